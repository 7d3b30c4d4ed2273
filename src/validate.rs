//! Checks that a loaded plan hangs together: ids, references, dates.
//!
//! Loading guarantees the shape of each field; this step checks what serde cannot see, the
//! relations between objects. A reference to an id that does not exist names both ids and
//! the nearest id that does.

use std::collections::{HashMap, HashSet};

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity, nearest};
use crate::load::Source;
use crate::plan::Plan;

/// The kinds of object an id can name, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Goal,
    Deliverable,
    Change,
    Benefit,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Deliverable => "deliverable",
            Kind::Change => "change",
            Kind::Benefit => "benefit",
        }
    }
}

/// Collects diagnostics with positions from the source.
struct Checker<'a> {
    source: &'a Source,
    found: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, path: String, message: String) -> &mut Diagnostic {
        let position = self.source.position(&path);
        self.found.push(Diagnostic::error(
            &self.source.name,
            position,
            Some(path),
            message,
        ));
        self.found.last_mut().expect("just pushed")
    }

    fn warning(&mut self, path: String, message: String) {
        let position = self.source.position(&path);
        let mut diagnostic = Diagnostic::error(&self.source.name, position, Some(path), message);
        diagnostic.severity = Severity::Warning;
        self.found.push(diagnostic);
    }
}

/// Every problem in `plan`, errors and warnings, sorted by position.
pub fn validate(plan: &Plan, source: &Source) -> Vec<Diagnostic> {
    let mut checker = Checker {
        source,
        found: Vec::new(),
    };
    let ids = collect_ids(plan, &mut checker);

    let reference = |checker: &mut Checker, path: String, owner: &str, id: &str, kind: Kind| {
        match ids.get(id) {
            Some(found) if *found == kind => {}
            Some(found) => {
                checker.error(
                    path,
                    format!(
                        "{owner} points to {id}, which is a {}, not a {}",
                        found.noun(),
                        kind.noun()
                    ),
                );
            }
            None => {
                let same_kind = ids
                    .iter()
                    .filter(|(_, k)| **k == kind)
                    .map(|(id, _)| id.as_str());
                let near = nearest(id, same_kind);
                let diagnostic = checker.error(
                    path,
                    format!(
                        "{owner} points to {} {id}, which does not exist",
                        kind.noun()
                    ),
                );
                if let Some(near) = near {
                    diagnostic.hint = Some(format!("did you mean {near}?"));
                }
            }
        }
    };

    for (i, change) in plan.changes.iter().enumerate() {
        for (j, id) in change.deliverables.iter().enumerate() {
            let path = format!("changes[{i}].deliverables[{j}]");
            reference(
                &mut checker,
                path,
                &format!("change {}", change.id),
                id,
                Kind::Deliverable,
            );
        }
        check_span(
            &mut checker,
            &format!("changes[{i}]"),
            change.start,
            change.end,
        );
    }
    for (i, benefit) in plan.benefits.iter().enumerate() {
        let owner = format!("benefit {}", benefit.id);
        let links = [
            ("changes", &benefit.changes, Kind::Change),
            ("deliverables", &benefit.deliverables, Kind::Deliverable),
            ("leads_to", &benefit.leads_to, Kind::Benefit),
            ("goals", &benefit.goals, Kind::Goal),
        ];
        for (field, list, kind) in links {
            for (j, id) in list.iter().enumerate() {
                reference(
                    &mut checker,
                    format!("benefits[{i}].{field}[{j}]"),
                    &owner,
                    id,
                    kind,
                );
            }
        }
        if benefit.leads_to.contains(&benefit.id) {
            checker.error(
                format!("benefits[{i}].leads_to"),
                format!("{owner} leads to itself"),
            );
        }
        check_span(
            &mut checker,
            &format!("benefits[{i}]"),
            benefit.start,
            benefit.end,
        );
        for (j, measurement) in benefit.measurements.iter().enumerate() {
            let period = &plan.project.period;
            if measurement.date.last_day() < period.start.first_day()
                || measurement.date.first_day() > period.end.last_day()
            {
                checker.warning(
                    format!("benefits[{i}].measurements[{j}].date"),
                    format!(
                        "the measurement on {} falls outside the plan's period {} – {}",
                        measurement.date, period.start, period.end
                    ),
                );
            }
            if measurement.value.is_some_and(|v| !v.is_finite()) {
                checker.error(
                    format!("benefits[{i}].measurements[{j}].value"),
                    "the value must be a finite number".into(),
                );
            }
        }
    }
    for (i, deliverable) in plan.deliverables.iter().enumerate() {
        check_span(
            &mut checker,
            &format!("deliverables[{i}]"),
            deliverable.start,
            deliverable.end,
        );
    }
    let period = &plan.project.period;
    check_span(
        &mut checker,
        "project.period",
        Some(period.start),
        Some(period.end),
    );
    check_cycles(plan, &mut checker);

    let mut found = checker.found;
    found.sort_by_key(|d| (d.position.map(|p| (p.line, p.column)), d.severity));
    found
}

/// Registers every id, reporting malformed and duplicate ones.
fn collect_ids(plan: &Plan, checker: &mut Checker) -> HashMap<String, Kind> {
    let mut ids = HashMap::new();
    let groups: [(&str, Kind, Vec<&str>); 4] = [
        (
            "goals",
            Kind::Goal,
            plan.goals.iter().map(|g| g.id.as_str()).collect(),
        ),
        (
            "deliverables",
            Kind::Deliverable,
            plan.deliverables.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "changes",
            Kind::Change,
            plan.changes.iter().map(|c| c.id.as_str()).collect(),
        ),
        (
            "benefits",
            Kind::Benefit,
            plan.benefits.iter().map(|b| b.id.as_str()).collect(),
        ),
    ];
    for (field, kind, list) in groups {
        for (i, id) in list.into_iter().enumerate() {
            let path = format!("{field}[{i}].id");
            let well_formed = !id.is_empty()
                && id.len() <= 16
                && id
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
            if !well_formed {
                checker
                    .error(path, format!("'{id}' is not a usable id"))
                    .hint = Some(
                    "use letters, digits, '-', '_' or '.', at most 16 characters, e.g. G1".into(),
                );
            } else if ids.insert(id.to_string(), kind).is_some() {
                checker.error(path, format!("the id {id} is used twice"));
            }
        }
    }
    ids
}

/// A start after its end is an error.
fn check_span(checker: &mut Checker, path: &str, start: Option<Date>, end: Option<Date>) {
    if let (Some(start), Some(end)) = (start, end)
        && start.first_day() > end.last_day()
    {
        checker.error(
            format!("{path}.end"),
            format!("the end {end} is before the start {start}"),
        );
    }
}

/// Benefits leading to benefits must not go round in a circle.
fn check_cycles(plan: &Plan, checker: &mut Checker) {
    let index: HashMap<&str, usize> = plan
        .benefits
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.as_str(), i))
        .collect();
    let mut reported = HashSet::new();
    for start in 0..plan.benefits.len() {
        // Depth-first search for a path that comes back to `start`.
        let mut stack = vec![(start, vec![start])];
        let mut seen = HashSet::new();
        while let Some((node, trail)) = stack.pop() {
            for next in &plan.benefits[node].leads_to {
                let Some(&next) = index.get(next.as_str()) else {
                    continue;
                };
                if next == start && trail.len() > 1 {
                    let mut members: Vec<usize> = trail.clone();
                    members.sort_unstable();
                    if reported.insert(members) {
                        let names: Vec<&str> = trail
                            .iter()
                            .chain([&start])
                            .map(|&i| plan.benefits[i].id.as_str())
                            .collect();
                        checker.error(
                            format!("benefits[{start}].leads_to"),
                            format!(
                                "the benefits lead to each other in a circle: {}",
                                names.join(" → ")
                            ),
                        );
                    }
                } else if next != start && seen.insert(next) {
                    let mut trail = trail.clone();
                    trail.push(next);
                    stack.push((next, trail));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse;

    fn check(text: &str) -> Vec<Diagnostic> {
        let source = Source::from_bytes("plan.yaml", text.as_bytes()).unwrap();
        let plan = parse(&source).unwrap();
        validate(&plan, &source)
    }

    const HEAD: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\ngoals:\n  - {id: M1, title: g}\n";

    #[test]
    fn dangling_goal_names_both_ids() {
        let found = check(&format!(
            "{HEAD}benefits:\n  - id: G1\n    title: b\n    goals: [M9]\n"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "benefit G1 points to goal M9, which does not exist"
        );
        assert_eq!(found[0].path.as_deref(), Some("benefits[0].goals[0]"));
        assert_eq!(found[0].position.map(|p| p.line), Some(9));
        assert_eq!(found[0].hint.as_deref(), Some("did you mean M1?"));
    }

    #[test]
    fn wrong_kind_of_id_is_named() {
        let found = check(&format!(
            "{HEAD}benefits:\n  - id: G1\n    title: b\n    changes: [M1]\n"
        ));
        assert_eq!(
            found[0].message,
            "benefit G1 points to M1, which is a goal, not a change"
        );
    }

    #[test]
    fn duplicate_and_malformed_ids() {
        let found = check(&format!(
            "{HEAD}  - {{id: M1, title: h}}\n  - {{id: 'M 2', title: h}}\n"
        ));
        let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            ["the id M1 is used twice", "'M 2' is not a usable id"]
        );
    }

    #[test]
    fn circles_and_reversed_spans() {
        let text = format!(
            "{HEAD}benefits:\n  - {{id: G1, title: a, leads_to: [G2]}}\n  - {{id: G2, title: b, leads_to: [G1], start: 2018-01, end: 2017-12}}\n"
        );
        let messages: Vec<String> = check(&text).into_iter().map(|d| d.message).collect();
        assert!(
            messages
                .contains(&"the benefits lead to each other in a circle: G1 → G2 → G1".to_string()),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"the end 2017-12 is before the start 2018-01".to_string()),
            "{messages:?}"
        );
        assert_eq!(messages.len(), 2, "{messages:?}");
    }

    #[test]
    fn measurement_outside_period_warns() {
        let text = format!(
            "{HEAD}benefits:\n  - id: G1\n    title: b\n    measurements:\n      - {{kind: final, date: 2019-01-01}}\n"
        );
        let found = check(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }
}
