//! The timeline (overordnet gevinstplan): a month grid over the plan's period with the
//! deliverables, the changes and each benefit's realisation period as bars, and the
//! measurements as milestones.
//!
//! All geometry is worked out here, as fractions of the period (0 at the start of its first
//! month, 1 at the end of its last), so that the template only draws and slides can reuse
//! the same rows through [`rows`].
//!
//! The convention: every month of the grid is equally wide, whatever its number of days,
//! as in the seed's grid. Inside a month of `D` days, day `d` covers `(d-1)/D … d/D` of the
//! month. A bar starts at the start of its first day and ends at the end of its last day, so
//! a month-precision start fills from the month's first day and a month-precision end to
//! its last. A point in time (a measurement, today) sits in the middle of its day, or in the
//! middle of its month when only the month is known.

use serde::Serialize;
use serde_json::{Value, json};

use crate::date::{Date, days_in_month};
use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::{MeasurementKind, Period};

/// Periods up to this many months get a label per month ("M-17"); longer ones a row of
/// years above one letter per month.
const MONTH_LABELS_UP_TO: u32 = 24;
/// Periods up to this many months get month letters and month lines; longer ones show
/// years only, as 2 mm per month cannot hold a letter.
const MONTH_LETTERS_UP_TO: u32 = 48;

/// The month grid of a period: its first month and its number of months.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// The first month, as [`Date::month_index`].
    first: i32,
    /// The number of months, at least 1.
    months: u32,
}

impl Grid {
    /// The grid of whole months from the period's first to its last month. A period given
    /// in days still gets whole months, as in the seed.
    pub fn new(period: &Period) -> Grid {
        let first = period.start.month_index();
        let last = period.end.month_index().max(first);
        Grid {
            first,
            months: (last - first + 1) as u32,
        }
    }

    /// The number of months.
    pub fn months(self) -> u32 {
        self.months
    }

    /// The fraction of the period at which a moment `day_fraction` into a date's month lies,
    /// unclipped: below 0 before the period, above 1 after it.
    fn at(self, date: Date, into_month: f64) -> f64 {
        f64::from(date.month_index() - self.first) + into_month
    }

    /// Where a bar starting on `date` starts: the start of its first day.
    pub fn start_of(self, date: Date) -> f64 {
        let days = f64::from(days_in_month(date.year, date.month));
        let day = f64::from(date.day.unwrap_or(1));
        self.at(date, (day - 1.0) / days) / f64::from(self.months)
    }

    /// Where a bar ending on `date` ends: the end of its last day.
    pub fn end_of(self, date: Date) -> f64 {
        let days = days_in_month(date.year, date.month);
        let day = f64::from(date.day.unwrap_or(days));
        self.at(date, day / f64::from(days)) / f64::from(self.months)
    }

    /// Where a point in time lies: the middle of its day, or of its month.
    pub fn point(self, date: Date) -> f64 {
        let into = match date.day {
            Some(day) => (f64::from(day) - 0.5) / f64::from(days_in_month(date.year, date.month)),
            None => 0.5,
        };
        self.at(date, into) / f64::from(self.months)
    }

    /// The year and month of the grid's `i`-th month, counting from 0.
    fn month(self, i: u32) -> (i32, u8) {
        let index = self.first + i as i32;
        (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    }
}

/// A bar on the grid, clipped to the period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bar {
    /// Where the drawn bar starts, 0–1.
    pub start: f64,
    /// Where the drawn bar ends, 0–1, never before `start`. Equal to `start` for an item
    /// with one date only or wholly outside the period: drawn as a tick.
    pub end: f64,
    /// The item begins before the period: the bar is cut at the left edge.
    pub cut_start: bool,
    /// The item goes on after the period: the bar is cut at the right edge.
    pub cut_end: bool,
}

impl Bar {
    /// A bar from `start` to `end` (unclipped fractions), cut at the period's edges.
    fn clipped(start: f64, end: f64) -> Bar {
        let end = end.max(start);
        Bar {
            start: start.clamp(0.0, 1.0),
            end: end.clamp(0.0, 1.0),
            cut_start: start < 0.0,
            cut_end: end > 1.0,
        }
    }
}

/// A measurement on the grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Milestone {
    /// `baseline`, `midway` or `final`: picks the symbol.
    pub kind: &'static str,
    /// Where it is drawn, 0–1, clipped to the period.
    pub pos: f64,
    /// It lies outside the period and is drawn at the edge with an arrow.
    pub cut: bool,
    /// Its name and date in words, e.g. "Baseline: april 2017".
    pub text: String,
}

/// One row of the timeline: a deliverable, a change or a benefit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// `deliverable`, `change` or `benefit`: picks the colours and the bar's pattern.
    pub kind: &'static str,
    /// The object's id, e.g. L1.
    pub id: String,
    /// The object's title.
    pub title: String,
    /// A negative benefit.
    pub negative: bool,
    /// The dates in words, e.g. "marts 2017 – april 2017", "fra maj 2017", or the "no
    /// dates" mark.
    pub dates: String,
    /// The bar, or none when the item has no dates.
    pub bar: Option<Bar>,
    /// The measurements, for benefits.
    pub milestones: Vec<Milestone>,
}

/// A group of rows under one heading, e.g. the deliverables, the project management's
/// responsibility.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// `deliverable`, `change` or `benefit`.
    pub kind: &'static str,
    /// What the rows are, e.g. "Leverancer".
    pub title: &'static str,
    /// Who answers for them, e.g. "Projektledelsens ansvar".
    pub responsibility: &'static str,
    /// The rows, in plan order.
    pub rows: Vec<Row>,
}

/// The timeline's rows, grouped: deliverables, changes, benefits. Public for the slides,
/// which draw the same timeline.
pub fn rows(model: &Model) -> Vec<Group> {
    let t = model.texts;
    let plan = model.plan;
    let grid = Grid::new(&model.period);
    let deliverables = plan
        .deliverables
        .iter()
        .map(|d| row(grid, t, "deliverable", &d.id, &d.title, d.start, d.end))
        .collect();
    let changes = plan
        .changes
        .iter()
        .map(|c| row(grid, t, "change", &c.id, &c.title, c.start, c.end))
        .collect();
    let benefits = plan
        .benefits
        .iter()
        .map(|b| {
            let mut row = row(grid, t, "benefit", &b.id, &b.title, b.start, b.end);
            row.negative = b.negative;
            row.milestones = b
                .measurements
                .iter()
                .map(|m| {
                    let at = grid.point(m.date);
                    Milestone {
                        kind: measurement_key(m.kind),
                        pos: at.clamp(0.0, 1.0),
                        cut: !(0.0..=1.0).contains(&at),
                        text: format!("{}: {}", t.measurement_kind(m.kind), t.date(m.date)),
                    }
                })
                .collect();
            row
        })
        .collect();
    vec![
        group(t, "deliverable", "map_deliverables", deliverables),
        group(t, "change", "map_changes", changes),
        group(t, "benefit", "map_benefits", benefits),
    ]
}

/// A group with its title and who answers for it. As in the seed's timeline, the
/// deliverables are the project management's responsibility, the changes and the benefits
/// the line managers'.
fn group(t: Texts, kind: &'static str, title: &str, rows: Vec<Row>) -> Group {
    let responsibility = match kind {
        "deliverable" => "timeline_project_responsibility",
        _ => "timeline_line_responsibility",
    };
    Group {
        kind,
        title: t.label(title),
        responsibility: t.label(responsibility),
        rows,
    }
}

/// A row with its bar; no milestones.
fn row(
    grid: Grid,
    t: Texts,
    kind: &'static str,
    id: &str,
    title: &str,
    start: Option<Date>,
    end: Option<Date>,
) -> Row {
    let (bar, dates) = match (start, end) {
        (Some(s), Some(e)) => (
            Some(Bar::clipped(grid.start_of(s), grid.end_of(e))),
            format!("{} – {}", t.date(s), t.date(e)),
        ),
        (Some(s), None) => {
            let at = grid.start_of(s);
            (
                Some(Bar::clipped(at, at)),
                format!("{} {}", t.label("timeline_from"), t.date(s)),
            )
        }
        (None, Some(e)) => {
            let at = grid.end_of(e);
            (
                Some(Bar::clipped(at, at)),
                format!("{} {}", t.label("timeline_until"), t.date(e)),
            )
        }
        (None, None) => (None, t.label("timeline_no_dates").to_string()),
    };
    Row {
        kind,
        id: id.to_string(),
        title: title.to_string(),
        negative: false,
        dates,
        bar,
        milestones: Vec::new(),
    }
}

/// The template's name for a measurement kind.
fn measurement_key(kind: MeasurementKind) -> &'static str {
    match kind {
        MeasurementKind::Baseline => "baseline",
        MeasurementKind::Midway => "midway",
        MeasurementKind::Final => "final",
    }
}

/// The axis: a label per month or per year, and the grid lines between months. Periods up
/// to `labels_up_to` months get a label per month ("M-17"), longer ones years and letters.
fn axis(grid: Grid, t: Texts, labels_up_to: u32) -> Value {
    let n = grid.months;
    let months: Vec<Value> = (0..n)
        .map(|i| {
            let (year, month) = grid.month(i);
            let label = if n <= labels_up_to {
                t.month_mark(year, month)
            } else {
                t.month_letter(month).to_string()
            };
            json!({ "label": label, "start": f64::from(i) / f64::from(n), "end": f64::from(i + 1) / f64::from(n) })
        })
        .collect();
    let mut years: Vec<Value> = Vec::new();
    let mut i = 0;
    while i < n {
        let (year, month) = grid.month(i);
        let count = (13 - u32::from(month)).min(n - i);
        years.push(json!({
            "label": year.to_string(),
            "start": f64::from(i) / f64::from(n),
            "end": f64::from(i + count) / f64::from(n),
        }));
        i += count;
    }
    // A line between every two months, heavier at a new year; years only for long periods.
    let lines: Vec<Value> = (1..n)
        .filter_map(|i| {
            let major = grid.month(i).1 == 1;
            (major || n <= MONTH_LETTERS_UP_TO)
                .then(|| json!({ "pos": f64::from(i) / f64::from(n), "major": major }))
        })
        .collect();
    json!({
        "months": if n <= MONTH_LETTERS_UP_TO { months } else { Vec::new() },
        "years": if n > labels_up_to { years } else { Vec::new() },
        "lines": lines,
    })
}

/// Where the today line goes and its label, when today falls inside the period.
fn today(model: &Model, grid: Grid) -> Option<Value> {
    let period = &model.period;
    let today = model.today;
    let first = Date {
        day: None,
        ..period.start
    };
    let last = Date {
        day: None,
        ..period.end
    };
    if today.first_day() < first.first_day() || today.first_day() > last.last_day() {
        return None;
    }
    let at = grid.point(today);
    // The label is centred on the line, or kept inside the chart near its edges.
    let anchor = if at < 0.08 {
        "left"
    } else if at > 0.92 {
        "right"
    } else {
        "center"
    };
    let t = model.texts;
    Some(json!({
        "pos": at,
        "anchor": anchor,
        "label": format!("{} {}", t.label("today"), t.date(today)),
    }))
}

/// The timeline's frame for a slide, where large type leaves no room for "M-17": the axis
/// with years above one letter per month, and the today line, as the timeline's view has
/// them (`axis`, `today`), for the shared drawing in `timeline_drawing.typ`.
pub fn slide_frame(model: &Model) -> Value {
    let grid = Grid::new(&model.period);
    json!({
        "axis": axis(grid, model.texts, 0),
        "today": today(model, grid),
    })
}

/// The timeline's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let period = &model.period;
    let grid = Grid::new(period);
    let groups = rows(model);
    let period_words = format!("{} – {}", t.date(period.start), t.date(period.end));
    let counts: Vec<String> = groups
        .iter()
        .map(|g| format!("{} {}", g.rows.len(), g.title.to_lowercase()))
        .collect();
    let summary = format!(
        "{} {}: {}. {}.",
        t.label("timeline_summary"),
        t.label("period"),
        period_words,
        counts.join(", ")
    );
    json!({
        "period": period_words,
        "summary": summary,
        "axis": axis(grid, t, MONTH_LABELS_UP_TO),
        "today": today(model, grid),
        "groups": groups,
        "measurements": [
            { "kind": "baseline", "label": t.measurement_kind(MeasurementKind::Baseline) },
            { "kind": "midway", "label": t.measurement_kind(MeasurementKind::Midway) },
            { "kind": "final", "label": t.measurement_kind(MeasurementKind::Final) },
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// The seed's period: March 2017 to June 2018, 16 months.
    fn seed() -> Grid {
        Grid::new(&Period {
            start: date("2017-03"),
            end: date("2018-06"),
        })
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn the_seed_period_has_sixteen_month_labels() {
        let grid = seed();
        // March–December 2017 is 10 months, January–June 2018 6 more.
        assert_eq!(grid.months(), 16);
        let axis = axis(grid, Texts::new(crate::plan::Lang::Da), MONTH_LABELS_UP_TO);
        let labels: Vec<&str> = axis["months"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["label"].as_str().unwrap())
            .collect();
        assert_eq!(
            labels,
            [
                "M-17", "A-17", "M-17", "J-17", "J-17", "A-17", "S-17", "O-17", "N-17", "D-17",
                "J-18", "F-18", "M-18", "A-18", "M-18", "J-18"
            ]
        );
        // Short periods have no year row; the new year gets a heavier line at 10/16.
        assert!(axis["years"].as_array().unwrap().is_empty());
        let lines = axis["lines"].as_array().unwrap();
        assert_eq!(lines.len(), 15);
        let major: Vec<f64> = lines
            .iter()
            .filter(|l| l["major"] == true)
            .map(|l| l["pos"].as_f64().unwrap())
            .collect();
        assert_eq!(major, [10.0 / 16.0]);
    }

    #[test]
    fn month_bars_fill_whole_months() {
        let grid = seed();
        // April is month 1 (0-based) of 16, June month 3: from 1/16 to the end of June, 4/16.
        assert!(close(grid.start_of(date("2017-04")), 1.0 / 16.0));
        assert!(close(grid.end_of(date("2017-06")), 4.0 / 16.0));
        // The whole period, March 2017 to June 2018, is 0 to 1.
        assert!(close(grid.start_of(date("2017-03")), 0.0));
        assert!(close(grid.end_of(date("2018-06")), 1.0));
    }

    #[test]
    fn days_sit_inside_their_month() {
        let grid = seed();
        // April has 30 days; the middle of the 16th is 15.5 days in: (1 + 15.5/30)/16.
        assert!(close(
            grid.point(date("2017-04-16")),
            (1.0 + 15.5 / 30.0) / 16.0
        ));
        // A bar from 16 April starts at the start of that day, 15 days in: (1 + 15/30)/16,
        // and a bar to 16 April ends at its end, 16 days in: (1 + 16/30)/16.
        assert!(close(
            grid.start_of(date("2017-04-16")),
            (1.0 + 15.0 / 30.0) / 16.0
        ));
        assert!(close(
            grid.end_of(date("2017-04-16")),
            (1.0 + 16.0 / 30.0) / 16.0
        ));
        // February 2018 (28 days) is month 11: its 28th ends where March begins, 12/16.
        assert!(close(grid.end_of(date("2018-02-28")), 12.0 / 16.0));
        // A whole month as a point is its middle: May 2017 is month 2, so 2.5/16.
        assert!(close(grid.point(date("2017-05")), 2.5 / 16.0));
    }

    #[test]
    fn bars_are_cut_at_the_edges() {
        let grid = seed();
        // January 2017 to April 2017: starts 2 months early (-2/16), ends at 2/16.
        let bar = Bar::clipped(grid.start_of(date("2017-01")), grid.end_of(date("2017-04")));
        assert_eq!(
            bar,
            Bar {
                start: 0.0,
                end: 2.0 / 16.0,
                cut_start: true,
                cut_end: false
            }
        );
        // May 2018 to December 2018: from 14/16 on, cut at 1.
        let bar = Bar::clipped(grid.start_of(date("2018-05")), grid.end_of(date("2018-12")));
        assert_eq!(
            bar,
            Bar {
                start: 14.0 / 16.0,
                end: 1.0,
                cut_start: false,
                cut_end: true
            }
        );
        // Wholly after the period: a tick at the right edge with its arrow.
        let bar = Bar::clipped(grid.start_of(date("2019-01")), grid.end_of(date("2019-03")));
        assert_eq!(
            (bar.start, bar.end, bar.cut_start, bar.cut_end),
            (1.0, 1.0, false, true)
        );
        // Wholly before: a tick at the left edge.
        let bar = Bar::clipped(grid.start_of(date("2016-01")), grid.end_of(date("2016-03")));
        assert_eq!(
            (bar.start, bar.end, bar.cut_start, bar.cut_end),
            (0.0, 0.0, true, false)
        );
    }

    /// The timeline's view of a small plan over the seed's period, made on `today`.
    fn view_on(today: &str) -> Value {
        let yaml = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\n\
                    deliverables:\n  - {id: L1, title: L, status: done}\n";
        let checked = crate::check("t.yaml", yaml.as_bytes()).unwrap_or_else(|_| panic!());
        let model = Model::new(&checked, Texts::new(crate::plan::Lang::Da), date(today));
        view(&model)
    }

    #[test]
    fn today_inside_the_period_gets_a_line() {
        let view = view_on("2017-04-16");
        // As a point: the middle of 16 April, (1 + 15.5/30)/16.
        let at = view["today"]["pos"].as_f64().unwrap();
        assert!(close(at, (1.0 + 15.5 / 30.0) / 16.0));
        assert_eq!(view["today"]["label"], "I dag 16. april 2017");
        // 0.095 is past the left edge's 8 %: the label is centred on the line.
        assert_eq!(view["today"]["anchor"], "center");
        // The first and the last day of the period are inside; near the edges the label
        // stays inside the chart.
        assert_eq!(view_on("2017-03-01")["today"]["anchor"], "left");
        assert_eq!(view_on("2018-06-30")["today"]["anchor"], "right");
    }

    #[test]
    fn today_outside_the_period_has_no_line() {
        assert!(view_on("2017-02-28")["today"].is_null());
        assert!(view_on("2018-07-01")["today"].is_null());
    }

    #[test]
    fn undated_items_are_listed_with_the_mark() {
        let view = view_on("2017-04-04");
        let row = &view["groups"][0]["rows"][0];
        assert_eq!(row["id"], "L1");
        assert!(row["bar"].is_null());
        assert_eq!(row["dates"], "ingen datoer");
        assert_eq!(
            view["groups"][0]["responsibility"],
            "Projektledelsens ansvar"
        );
    }

    #[test]
    fn long_periods_get_years_and_letters() {
        // 2015-01 to 2018-12 is 48 months: a year row of four years, one letter per month.
        let grid = Grid::new(&Period {
            start: date("2015-01"),
            end: date("2018-12"),
        });
        let long = axis(grid, Texts::new(crate::plan::Lang::Da), MONTH_LABELS_UP_TO);
        assert_eq!(long["months"].as_array().unwrap().len(), 48);
        assert_eq!(long["months"][1]["label"], "F");
        let years = long["years"].as_array().unwrap();
        assert_eq!(years.len(), 4);
        assert_eq!(years[1]["label"], "2016");
        assert_eq!(years[1]["start"], 0.25);
        assert_eq!(years[1]["end"], 0.5);
        // 2010-07 to 2019-06 is 108 months: years only (2010 half, 2011–2018, 2019 half).
        let grid = Grid::new(&Period {
            start: date("2010-07"),
            end: date("2019-06"),
        });
        let axis = axis(grid, Texts::new(crate::plan::Lang::Da), MONTH_LABELS_UP_TO);
        assert!(axis["months"].as_array().unwrap().is_empty());
        assert_eq!(axis["years"].as_array().unwrap().len(), 10);
        // Only the 9 new years get a line.
        assert_eq!(axis["lines"].as_array().unwrap().len(), 9);
    }
}
