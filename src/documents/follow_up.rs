//! The follow-up report (opfølgning): for each benefit its measurements against the planned
//! path, with achievement, status and a chart; what is overdue; and how each goal is
//! followed in operations. The numbers come from [`crate::follow_up`].

use serde_json::{Value, json};

use super::Asset;
use crate::chart::{self, Labels, PathData};
use crate::date::{Date, days_in_month};
use crate::follow_up::{self, AMBER_GAP, GREEN_GAP, OverdueKind, Status};
use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::{Benefit, When};

/// The most characters of a unit on a chart's y axis; a longer unit is cut with "…" there
/// and printed in full in the caption.
const AXIS_UNIT_CHARS: usize = 30;

/// The follow-up's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let today = t.date(model.today);
    let benefits: Vec<Value> = model
        .plan
        .benefits
        .iter()
        .enumerate()
        .map(|(i, b)| benefit_view(model, i, b))
        .collect();
    let band = |key: &str| {
        t.label(key)
            .replace("{green}", &t.number(GREEN_GAP * 100.0, 0))
            .replace("{amber}", &t.number(AMBER_GAP * 100.0, 0))
    };
    let bands: Vec<Value> = [
        (Status::OnTrack, "fu_band_green"),
        (Status::Behind, "fu_band_amber"),
        (Status::Critical, "fu_band_red"),
    ]
    .into_iter()
    .map(|(s, key)| json!({ "status": status_view(t, s), "text": band(key) }))
    .collect();
    let overdue: Vec<Value> = follow_up::overdue(model)
        .into_iter()
        .map(|o| {
            let (kind, badge) = match o.kind {
                OverdueKind::Deliverable => (t.label("fu_kind_deliverable"), "deliverable"),
                OverdueKind::Activity => (t.label("fu_kind_activity"), "change"),
            };
            json!({
                "kind": kind,
                "badge": badge,
                "id": o.id,
                "what": o.what,
                "due": t.date(o.due),
                "days": t.number(o.days as f64, 0),
                "responsible": o.responsible,
            })
        })
        .collect();
    let operations: Vec<Value> = model
        .plan
        .goals
        .iter()
        .filter_map(|g| {
            let f = g.follow_up.as_ref()?;
            Some(json!({
                "id": g.id,
                "title": g.title,
                "who": f.who,
                "method": f.method,
                "frequency": f.frequency,
                "until": f.until.as_ref().map(|w| match w {
                    When::Date(d) => t.date(*d),
                    When::Text(text) => text.clone(),
                }),
                "effort": f.effort.map(|e| t.effort(e)),
                "requires": f.requires,
            }))
        })
        .collect();
    json!({
        "as_of": format!("{} {today}", t.label("fu_as_of")),
        "bands_intro": t.label("fu_bands"),
        "bands": bands,
        "band_negative": t.label("fu_band_negative"),
        "benefits": benefits,
        "overdue": overdue,
        "overdue_intro": t.label("fu_overdue_intro").replace("{today}", &today),
        "no_overdue": t.label("fu_no_overdue").replace("{today}", &today),
        "operations": operations,
    })
}

/// A status as the templates show it: colour name, symbol and word.
fn status_view(t: Texts, status: Status) -> Value {
    json!({ "colour": status.colour(), "symbol": status.symbol(), "word": status.word(t) })
}

/// Where benefit `i`'s chart is, next to `main.typ`.
fn chart_path(i: usize) -> String {
    format!("charts/follow-up-{}.svg", i + 1)
}

/// One benefit's part of the report.
fn benefit_view(model: &Model, i: usize, b: &Benefit) -> Value {
    let t = model.texts;
    let percent = |v: f64| t.percent(&t.number(v * 100.0, 0));
    let assessment = follow_up::assess(b, model.today);
    let mut measurements: Vec<_> = b.measurements.iter().collect();
    measurements.sort_by_key(|m| follow_up::day(m.date));
    let levels = follow_up::levels(b);
    let rows: Vec<Value> = measurements
        .iter()
        .map(|m| {
            let achievement = match (levels, m.value) {
                (Some((baseline, target)), Some(v)) => follow_up::achievement(baseline, target, v),
                _ => None,
            };
            json!({
                "date": t.date(m.date),
                "kind": t.measurement_kind(m.kind),
                "value": m.value.map(|v| t.number(v, 2)),
                "planned": follow_up::planned_value(b, m.date).map(|v| t.number(v, 2)),
                "achievement": achievement.map(percent),
                "comment": m.comment,
                "counted": assessment.is_some_and(|a| std::ptr::eq(a.measurement, *m)),
            })
        })
        .collect();
    let no_chart = match (levels, b.start, b.end) {
        (None, _, _) => Some(t.label("fu_no_chart_levels")),
        (_, None, _) | (_, _, None) => Some(t.label("fu_no_chart_dates")),
        _ => None,
    };
    let chart = chart_of(model, b).map(|c| json!({ "path": chart_path(i), "alt": c.alt }));
    json!({
        "id": b.id,
        "title": b.title,
        "negative": b.negative,
        "owner": b.owner,
        "unit": b.unit,
        "method": b.measurement_method,
        "measurement_status": b.measurement_status.map(|s| t.measurement_status(s)),
        "baseline": model.level(b.baseline.as_ref()),
        "target": model.level(b.target.as_ref()),
        "realisation": match (b.start, b.end) {
            (Some(s), Some(e)) => Some(format!("{} {} {}", t.date(s), t.label("to"), t.date(e))),
            _ => None,
        },
        "status": assessment.map(|a| status_view(t, a.status)),
        "latest": assessment.map(|a| format!("{}: {}", t.date(a.measurement.date), t.number(a.value, 2))),
        "achievement": assessment.map(|a| percent(a.achievement)),
        "planned": assessment.map(|a| percent(a.planned)),
        "measurements": rows,
        "chart": chart,
        "no_chart": no_chart,
    })
}

/// A benefit's chart: its alt text and SVG.
struct Chart {
    alt: String,
    svg: String,
}

/// A date on the chart's x axis: months since year 0, plus the share of the month gone.
fn x_of(date: Date) -> f64 {
    let (year, month, day) = date.first_day();
    f64::from(date.month_index()) + f64::from(day - 1) / f64::from(days_in_month(year, month))
}

/// The chart of a benefit with numeric baseline and target and both realisation dates.
fn chart_of(model: &Model, b: &Benefit) -> Option<Chart> {
    let t = model.texts;
    let (baseline, target) = follow_up::levels(b)?;
    let (start, end) = (b.start?, b.end?);
    let number = |v: f64| t.number(v, 2);
    let start_x = x_of(start);
    // The path reaches the target at the end of the end's last day.
    let (ey, em, ed) = end.last_day();
    let end_x = f64::from(end.month_index()) + f64::from(ed) / f64::from(days_in_month(ey, em));
    let mut measured: Vec<(f64, f64)> = b
        .measurements
        .iter()
        .filter_map(|m| Some((x_of(m.date), m.value?)))
        .collect();
    measured.sort_by(|a, b| a.0.total_cmp(&b.0));
    let first = measured.first().map_or(start_x, |p| p.0).min(start_x);
    let last = measured.last().map_or(end_x, |p| p.0).max(end_x);
    // Whole months on both sides, with a month's room before the start.
    let x_range = ((first - 1.0).floor(), (last + 0.5).ceil());
    let path = [
        (x_range.0, baseline),
        (start_x, baseline),
        (end_x, target),
        (x_range.1, target),
    ];
    let unit = b.unit.clone().unwrap_or_default();
    let axis_unit = if unit.chars().count() > AXIS_UNIT_CHARS {
        let cut: String = unit.chars().take(AXIS_UNIT_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        unit.clone()
    };
    let title = format!("{}, {}", b.id, t.label("fu_chart_title"));
    let labels = Labels {
        title: title.clone(),
        x_axis: t.label("fu_chart_time").to_string(),
        y_axis: axis_unit,
        series: vec![
            t.label("fu_chart_path").to_string(),
            t.label("fu_chart_measured").to_string(),
        ],
    };
    let mark = |x: f64| {
        let index = x.round() as i32;
        t.month_short(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    };
    let data = PathData {
        path: &path,
        measured: &measured,
        x_range,
        today: Some(x_of(model.today)),
        today_label: t.label("fu_chart_today"),
    };
    let svg = chart::measurements_against_path(&labels, &data, &mark, &number);
    let values: Vec<String> = b
        .measurements
        .iter()
        .filter_map(|m| Some(format!("{}: {}", t.date(m.date), number(m.value?))))
        .collect();
    let alt = format!(
        "{} {title}{}. {}: {} ({}) {} {} ({}). {}: {}.",
        t.label("fu_alt_chart"),
        if unit.is_empty() {
            String::new()
        } else {
            format!(", {unit}")
        },
        t.label("fu_chart_path"),
        number(baseline),
        t.date(start),
        t.label("fu_alt_to"),
        number(target),
        t.date(end),
        t.label("fu_chart_measured"),
        if values.is_empty() {
            "–".to_string()
        } else {
            values.join("; ")
        },
    );
    Some(Chart { alt, svg })
}

/// The benefits' charts as SVG files.
pub fn assets(model: &Model) -> Vec<Asset> {
    model
        .plan
        .benefits
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let chart = chart_of(model, b)?;
            Some(Asset {
                path: chart_path(i),
                data: chart.svg.into_bytes(),
            })
        })
        .collect()
}
