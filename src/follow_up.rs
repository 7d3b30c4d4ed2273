//! Follow-up on benefits (opfølgning): how far each benefit has come against its planned
//! path, its status, and what is overdue.
//!
//! The planned path runs in a straight line from the baseline at the benefit's `start` to its
//! target at its `end`, by days; before the start the plan is the baseline, after the end the
//! target. Achievement is the share of the way from baseline to target a measured value has
//! come: `(actual − baseline) / (target − baseline)`, so 0 is the baseline, 1 the target, and
//! it works for benefits that decrease as for those that increase.
//!
//! The status compares the latest measured value (dated no later than today, and not the
//! baseline measurement) with the path at its date. The gap is how many shares of the way
//! the measurement lies behind the path (for a negative benefit: beyond it, since a larger
//! worsening is the bad side):
//!
//! | status | gap |
//! | --- | --- |
//! | green, [`Status::OnTrack`] | at most 0,10 (10 percentage points) |
//! | amber, [`Status::Behind`] | more than 0,10, at most 0,25 |
//! | red, [`Status::Critical`] | more than 0,25 |
//!
//! These bands are documented in docs/plan-format.md; other documents (the one-pager, the
//! slides) call [`status`] so that every document shows the same status.

use crate::date::{Date, day_number};
use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::{Benefit, DeliverableStatus, Level, Measurement, MeasurementKind, When};

/// The largest gap behind the path that is still green, in shares of the way (10 points).
pub const GREEN_GAP: f64 = 0.10;
/// The largest gap behind the path that is still amber, in shares of the way (25 points).
pub const AMBER_GAP: f64 = 0.25;

/// How a benefit's realisation stands against its planned path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Green: on the path, ahead of it, or at most [`GREEN_GAP`] behind.
    OnTrack,
    /// Amber: more than [`GREEN_GAP`] and at most [`AMBER_GAP`] behind the path.
    Behind,
    /// Red: more than [`AMBER_GAP`] behind the path.
    Critical,
}

impl Status {
    /// The status of a measurement `gap` shares of the way behind its path (negative when
    /// ahead). A gap on a band's boundary belongs to the better band.
    pub fn from_gap(gap: f64) -> Status {
        // Shares are computed from decimal inputs; a hair's breadth over a boundary is the
        // boundary.
        const EPSILON: f64 = 1e-9;
        if gap <= GREEN_GAP + EPSILON {
            Status::OnTrack
        } else if gap <= AMBER_GAP + EPSILON {
            Status::Behind
        } else {
            Status::Critical
        }
    }

    /// The traffic-light colour's name, for a template's colour: `green`, `amber` or `red`.
    pub fn colour(self) -> &'static str {
        match self {
            Status::OnTrack => "green",
            Status::Behind => "amber",
            Status::Critical => "red",
        }
    }

    /// A symbol that tells the statuses apart without colour: ● on track, ▲ behind,
    /// ◆ critical. The embedded Source Sans 3 has all three.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::OnTrack => "●",
            Status::Behind => "▲",
            Status::Critical => "◆",
        }
    }

    /// The status in words, in the documents' language: "I plan", "Bagud", "Kritisk".
    pub fn word(self, texts: Texts) -> &'static str {
        texts.label(match self {
            Status::OnTrack => "fu_status_green",
            Status::Behind => "fu_status_amber",
            Status::Critical => "fu_status_red",
        })
    }
}

/// The share of the way from `baseline` to `target` that `actual` has come; `None` when
/// baseline and target are the same, so there is no way to go.
pub fn achievement(baseline: f64, target: f64, actual: f64) -> Option<f64> {
    let way = target - baseline;
    (way != 0.0 && way.is_finite()).then(|| (actual - baseline) / way)
}

/// A benefit's numeric baseline and target, when both are numbers.
pub fn levels(benefit: &Benefit) -> Option<(f64, f64)> {
    match (&benefit.baseline, &benefit.target) {
        (Some(Level::Number(baseline)), Some(Level::Number(target))) => Some((*baseline, *target)),
        _ => None,
    }
}

/// The day a date stands for on a path: a day itself, a month its first day.
pub fn day(date: Date) -> i64 {
    day_number(date.first_day())
}

/// The share of the way the plan expects at `date`: 0 until the benefit's start (its first
/// day), rising linearly by days to 1 at its end (its last day), 1 after. `None` when the
/// benefit lacks a start or an end.
pub fn planned_share(benefit: &Benefit, date: Date) -> Option<f64> {
    let start = day_number(benefit.start?.first_day());
    let end = day_number(benefit.end?.last_day());
    let at = day(date);
    if at <= start {
        return Some(0.0);
    }
    if at >= end {
        return Some(1.0);
    }
    Some((at - start) as f64 / (end - start) as f64)
}

/// The value the plan expects at `date`: on the path from baseline to target.
pub fn planned_value(benefit: &Benefit, date: Date) -> Option<f64> {
    let (baseline, target) = levels(benefit)?;
    Some(baseline + planned_share(benefit, date)? * (target - baseline))
}

/// Where a benefit stands: its latest measurement and how it compares with the path.
#[derive(Debug, Clone, Copy)]
pub struct Assessment<'a> {
    /// The measurement the status is based on.
    pub measurement: &'a Measurement,
    /// Its value.
    pub value: f64,
    /// The share of the way it has come.
    pub achievement: f64,
    /// The share of the way the plan expected at its date.
    pub planned: f64,
    /// Green, amber or red.
    pub status: Status,
}

/// The latest measurement of a benefit that has a value and is dated no later than `today`,
/// other than a baseline measurement; of several on the same day, the last listed.
pub fn latest_measured(benefit: &Benefit, today: Date) -> Option<&Measurement> {
    benefit
        .measurements
        .iter()
        .filter(|m| m.value.is_some() && m.kind != MeasurementKind::Baseline)
        .filter(|m| !today.before(m.date))
        .max_by_key(|m| day(m.date))
}

/// How a benefit stands on `today`: `None` when it has no numeric baseline and target, no
/// start and end, baseline equal to target, or no measured value since the baseline.
pub fn assess(benefit: &Benefit, today: Date) -> Option<Assessment<'_>> {
    let (baseline, target) = levels(benefit)?;
    let measurement = latest_measured(benefit, today)?;
    let value = measurement.value?;
    let achievement = achievement(baseline, target, value)?;
    let planned = planned_share(benefit, measurement.date)?;
    // A negative benefit is a worsening: coming further than planned is the bad side.
    let gap = if benefit.negative {
        achievement - planned
    } else {
        planned - achievement
    };
    Some(Assessment {
        measurement,
        value,
        achievement,
        planned,
        status: Status::from_gap(gap),
    })
}

/// The realisation status of a benefit on the model's today, for every document that shows
/// one (see the bands in the module's documentation); `None` when it cannot be told yet.
pub fn status(model: &Model, benefit: &Benefit) -> Option<Status> {
    assess(benefit, model.today).map(|a| a.status)
}

/// A benefit's status in words for the one-pager and the slides: the realisation status
/// with its symbol ("● I plan") once it has been measured against its path, else where its
/// measurement stands ("Under udvikling"), else nothing.
pub fn status_text(model: &Model, benefit: &Benefit) -> Option<String> {
    match status(model, benefit) {
        Some(status) => Some(format!("{} {}", status.symbol(), status.word(model.texts))),
        None => benefit
            .measurement_status
            .map(|s| model.texts.measurement_status(s).to_string()),
    }
}

/// What an overdue item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverdueKind {
    /// A deliverable that is not done by its end.
    Deliverable,
    /// A change's activity that is not done by its date.
    Activity,
}

/// A deliverable or change activity whose date has passed while it is not done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overdue<'a> {
    /// A deliverable or an activity.
    pub kind: OverdueKind,
    /// The deliverable's id, or the id of the activity's change.
    pub id: &'a str,
    /// The deliverable's title or the activity's text.
    pub what: &'a str,
    /// When it was due.
    pub due: Date,
    /// Who answers for it: the deliverable's `responsible`, the activity's `who`.
    pub responsible: Option<&'a str>,
    /// Days from the due date's last day to today.
    pub days: i64,
}

/// Every deliverable not done whose `end` lies before today, and every change activity not
/// `done` whose `when` is a date before today, in plan order (deliverables first).
pub fn overdue<'a>(model: &Model<'a>) -> Vec<Overdue<'a>> {
    let today = model.today;
    let late = |due: Date| day_number(today.first_day()) - day_number(due.last_day());
    let deliverables = model.plan.deliverables.iter().filter_map(|d| {
        let due = d.end.filter(|end| end.before(today))?;
        (d.status != DeliverableStatus::Done).then(|| Overdue {
            kind: OverdueKind::Deliverable,
            id: &d.id,
            what: &d.title,
            due,
            responsible: d.responsible.as_deref(),
            days: late(due),
        })
    });
    let activities = model.plan.changes.iter().flat_map(|c| {
        c.activities.iter().filter_map(move |a| match a.when {
            Some(When::Date(due)) if due.before(today) && !a.done => Some(Overdue {
                kind: OverdueKind::Activity,
                id: &c.id,
                what: &a.what,
                due,
                responsible: a.who.as_deref().or(c.responsible.as_deref()),
                days: late(due),
            }),
            _ => None,
        })
    });
    deliverables.chain(activities).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn benefit(yaml: &str) -> Benefit {
        serde_yaml::from_str(yaml).unwrap()
    }

    /// G1 of the forflytning example: 0 to 2.433 hours from May 2017 to June 2018.
    const G1: &str = "{id: G1, title: T, baseline: 0, target: 2433, start: 2017-05, end: 2018-06}";

    #[test]
    fn achievement_is_the_share_of_the_way() {
        // (900 − 0) / (2433 − 0) = 0,3699…
        assert!((achievement(0.0, 2433.0, 900.0).unwrap() - 0.369_913).abs() < 1e-6);
        // Decreasing: 3,4 → 2,4; at 3,0 it has come (3,0 − 3,4) / (2,4 − 3,4) = 0,4.
        assert!((achievement(3.4, 2.4, 3.0).unwrap() - 0.4).abs() < 1e-12);
        // Past the target, and the wrong way.
        assert_eq!(achievement(10.0, 20.0, 25.0), Some(1.5));
        assert_eq!(achievement(10.0, 20.0, 5.0), Some(-0.5));
        assert_eq!(achievement(0.0, 0.0, 1.0), None);
    }

    #[test]
    fn bands_have_their_boundaries_in_the_better_band() {
        assert_eq!(Status::from_gap(-0.5), Status::OnTrack);
        assert_eq!(Status::from_gap(0.10), Status::OnTrack);
        assert_eq!(Status::from_gap(0.1001), Status::Behind);
        assert_eq!(Status::from_gap(0.25), Status::Behind);
        assert_eq!(Status::from_gap(0.2501), Status::Critical);
        // 0,7 − 0,6 is 0,0999… or 0,1000…1 in floating point: still green.
        assert_eq!(Status::from_gap(0.7 - 0.6), Status::OnTrack);
    }

    #[test]
    fn the_path_runs_by_days_from_start_to_end() {
        let g1 = benefit(G1);
        // Start 2017-05-01, end 2018-06-30: 425 days (245 left of 2017 + 180 of 2018).
        assert_eq!(planned_share(&g1, date("2017-04-15")), Some(0.0));
        assert_eq!(planned_share(&g1, date("2017-05")), Some(0.0));
        assert_eq!(planned_share(&g1, date("2018-07-01")), Some(1.0));
        // 2017-11-01 is 184 days after 2017-05-01 (31+30+31+31+30+31): 184 / 425.
        let share = planned_share(&g1, date("2017-11")).unwrap();
        assert!((share - 184.0 / 425.0).abs() < 1e-12, "{share}");
        // On the path: 2433 × 184 / 425 = 447.672 / 425 = 1.053,346…
        let value = planned_value(&g1, date("2017-11")).unwrap();
        assert!((value - 1053.346).abs() < 0.001, "{value}");
        let no_dates = benefit("{id: G1, title: T, baseline: 0, target: 10}");
        assert_eq!(planned_share(&no_dates, date("2017-11")), None);
    }

    #[test]
    fn the_status_compares_the_latest_measurement_with_the_path() {
        let mut g1 = benefit(G1);
        let today = date("2018-01-10");
        // Only the baseline measured: no status yet.
        g1.measurements = serde_yaml::from_str(
            "[{kind: baseline, date: 2017-04, value: 0}, {kind: midway, date: 2017-11}]",
        )
        .unwrap();
        assert!(assess(&g1, today).is_none());
        // 900 hours on 2017-11-01: achievement 0,370, path 0,433, gap 0,063: green.
        g1.measurements[1].value = Some(900.0);
        let a = assess(&g1, today).unwrap();
        assert_eq!(a.status, Status::OnTrack);
        assert!((a.planned - a.achievement - 0.0630).abs() < 1e-3);
        // 600 hours: achievement 0,247, gap 0,186: amber.
        g1.measurements[1].value = Some(600.0);
        assert_eq!(assess(&g1, today).unwrap().status, Status::Behind);
        // 300 hours: achievement 0,123, gap 0,310: red.
        g1.measurements[1].value = Some(300.0);
        assert_eq!(assess(&g1, today).unwrap().status, Status::Critical);
        // Measured after today: not yet counted.
        assert!(assess(&g1, date("2017-10-31")).is_none());
    }

    #[test]
    fn a_negative_benefit_is_red_when_it_worsens_beyond_the_plan() {
        // A worsening planned from 100 to 110 over January–October 2017, measured in
        // November, after the end, where the path has reached the target (share 1).
        let mut ng = benefit(
            "{id: NG1, title: T, negative: true, baseline: 100, target: 110, start: 2017-01, end: 2017-10,
              measurements: [{kind: final, date: 2017-11, value: 114}]}",
        );
        // Achievement (114 − 100) / 10 = 1,4; path 1; 0,4 beyond the plan: red.
        assert_eq!(
            assess(&ng, date("2018-01-01")).unwrap().status,
            Status::Critical
        );
        // 105: achievement 0,5, half the planned worsening: green.
        ng.measurements[0].value = Some(105.0);
        assert_eq!(
            assess(&ng, date("2018-01-01")).unwrap().status,
            Status::OnTrack
        );
    }

    #[test]
    fn overdue_needs_a_past_date_and_no_done() {
        let plan: Plan = serde_yaml::from_str(
            "project: {title: T, period: {start: 2017-01, end: 2018-12}}
deliverables:
  - {id: L1, title: Late, status: started, end: 2017-03, responsible: Projektet}
  - {id: L2, title: Done, status: done, end: 2017-03}
  - {id: L3, title: Ends this month, status: started, end: 2017-04}
changes:
  - id: F1
    title: F
    responsible: Leder
    activities:
      - {what: Past, when: 2017-03-31}
      - {what: Past but done, when: 2017-03-31, done: true}
      - {what: Today, when: 2017-04-04}
      - {what: Text, when: Ad hoc}
",
        )
        .unwrap();
        let checked = crate::Checked {
            plan,
            business_case: None,
            source: crate::load::Source::from_bytes("p", b"").unwrap(),
            files: crate::files::Files::default(),
            warnings: Vec::new(),
        };
        let model = Model::new(
            &checked,
            Texts::new(crate::plan::Lang::Da),
            date("2017-04-04"),
        );
        let found = overdue(&model);
        let ids: Vec<(&str, &str)> = found.iter().map(|o| (o.id, o.what)).collect();
        assert_eq!(ids, [("L1", "Late"), ("F1", "Past")]);
        // L1 was due on 2017-03-31: 4 days before 2017-04-04.
        assert_eq!(found[0].days, 4);
        assert_eq!(found[1].responsible, Some("Leder"));
    }
}
