//! Checks that a loaded plan hangs together: ids, references, dates.
//!
//! Loading guarantees the shape of each field; this step checks what serde cannot see, the
//! relations between objects. A reference to an id that does not exist names both ids and
//! the nearest id that does.

use std::collections::{HashMap, HashSet};

use crate::business_case::Computation;
use crate::colour::{self, Rgb};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity, nearest};
use crate::load::Source;
use crate::plan::{Assessment, Benefit, Causality, Direction, Level, MapModel, Plan, When};
use crate::world;

/// The kinds of object an id can name, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Goal,
    Deliverable,
    Change,
    EmployeeGroup,
    Task,
    Benefit,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Deliverable => "deliverable",
            Kind::Change => "change",
            Kind::EmployeeGroup => "employee group",
            Kind::Task => "task",
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
    fn error(&mut self, code: &'static str, path: String, message: String) -> &mut Diagnostic {
        let position = self.source.position(&path);
        self.found.push(Diagnostic::error(
            code,
            &self.source.name,
            position,
            Some(path),
            message,
        ));
        self.found.last_mut().expect("just pushed")
    }

    fn warning(&mut self, code: &'static str, path: String, message: String) -> &mut Diagnostic {
        let diagnostic = self.error(code, path, message);
        diagnostic.severity = Severity::Warning;
        diagnostic
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
                    "E013",
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
                    "E012",
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
        for (j, activity) in change.activities.iter().enumerate() {
            // `when` may be free text, but text shaped like a date is most likely a typo.
            if let Some(When::Text(text)) = &activity.when
                && looks_like_a_date(text)
                && let Err(why) = Date::parse(text)
            {
                checker
                    .warning("W102", format!("changes[{i}].activities[{j}].when"), why)
                    .hint = Some(
                    "it is shown as text; write a real date (YYYY-MM-DD or YYYY-MM) or words"
                        .into(),
                );
            }
        }
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
    for (i, group) in plan.employee_groups.iter().enumerate() {
        for (j, id) in group.deliverables.iter().enumerate() {
            let path = format!("employee_groups[{i}].deliverables[{j}]");
            let owner = format!("employee group {}", group.id);
            reference(&mut checker, path, &owner, id, Kind::Deliverable);
        }
    }
    for (i, task) in plan.tasks.iter().enumerate() {
        for (j, id) in task.employee_groups.iter().enumerate() {
            let path = format!("tasks[{i}].employee_groups[{j}]");
            let owner = format!("task {}", task.id);
            reference(&mut checker, path, &owner, id, Kind::EmployeeGroup);
        }
    }
    for (i, benefit) in plan.benefits.iter().enumerate() {
        let owner = format!("benefit {}", benefit.id);
        let links = [
            ("changes", &benefit.changes, Kind::Change),
            ("deliverables", &benefit.deliverables, Kind::Deliverable),
            ("tasks", &benefit.tasks, Kind::Task),
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
                "E014",
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
        // YAML reads `.inf` and `.nan` as numbers; no level or measurement can be either.
        for (field, level) in [("baseline", &benefit.baseline), ("target", &benefit.target)] {
            if let Some(Level::Number(v)) = level
                && !v.is_finite()
            {
                checker.error(
                    "E017",
                    format!("benefits[{i}].{field}"),
                    format!("the {field} must be a finite number"),
                );
            }
        }
        for (j, measurement) in benefit.measurements.iter().enumerate() {
            if let Some(period) = &plan.project.period
                && (measurement.date.last_day() < period.start.first_day()
                    || measurement.date.first_day() > period.end.last_day())
            {
                checker.warning(
                    "W101",
                    format!("benefits[{i}].measurements[{j}].date"),
                    format!(
                        "the measurement on {} falls outside the plan's period {} – {}",
                        measurement.date, period.start, period.end
                    ),
                );
            }
            if measurement.value.is_some_and(|v| !v.is_finite()) {
                checker.error(
                    "E017",
                    format!("benefits[{i}].measurements[{j}].value"),
                    "the value must be a finite number".into(),
                );
            }
            if benefit.measurements[..j]
                .iter()
                .any(|earlier| earlier.date == measurement.date)
            {
                checker
                    .warning(
                        "W104",
                        format!("benefits[{i}].measurements[{j}].date"),
                        format!(
                            "benefit {} has two measurements on {}",
                            benefit.id, measurement.date
                        ),
                    )
                    .hint = Some("remove one, or correct its date".into());
            }
        }
        // Achievement needs numbers: a measured value against a baseline or target in words.
        let text_level = [("baseline", &benefit.baseline), ("target", &benefit.target)]
            .into_iter()
            .find(|(_, level)| matches!(level, Some(Level::Text(_))));
        if let (Some((field, _)), Some(j)) = (
            text_level,
            benefit.measurements.iter().position(|m| m.value.is_some()),
        ) {
            checker
                .warning(
                    "W103",
                    format!("benefits[{i}].measurements[{j}].value"),
                    format!(
                        "benefit {} has a measured value, but its {field} is text, so the follow-up cannot compute how far it has come",
                        benefit.id
                    ),
                )
                .hint = Some(format!(
                "once it is measured, write the {field} as a number in the benefit's unit"
            ));
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
    match &plan.project.period {
        Some(period) => check_span(
            &mut checker,
            "project.period",
            Some(period.start),
            Some(period.end),
        ),
        None if !plan.is_idea() => {
            checker.error(
                "E023",
                "project".into(),
                "the plan has goals, deliverables, changes, benefits or a business case but no `period` (start and end month) to plan them in; only an idea with nothing but an `assessment` may leave it out".into(),
            );
        }
        None => {}
    }
    check_cycles(plan, &mut checker);
    check_text(source, &mut checker);
    if let Some(assessment) = &plan.assessment {
        check_assessment(assessment, &mut checker);
    }
    if plan.project.title.trim().is_empty() {
        checker.error(
            "E018",
            "project.title".into(),
            "the project's title is empty".into(),
        );
    }
    match plan.map.model {
        MapModel::Peak => check_line_of_sight(plan, &mut checker),
        MapModel::Implement => check_implement(plan, &mut checker),
    }
    check_colours(plan, &mut checker);
    check_smart(plan, &mut checker);
    check_claims(plan, &mut checker);

    let mut found = checker.found;
    found.sort_by_key(|d| (d.position.map(|p| (p.line, p.column)), d.severity));
    found
}

/// A benefit's `business_case_line` must name a benefit line of the computed business case.
/// Separate from [`validate`] because it needs the computation, which needs a valid plan.
pub fn business_case_lines(
    plan: &Plan,
    computed: Option<&Computation>,
    source: &Source,
) -> Vec<Diagnostic> {
    let mut checker = Checker {
        source,
        found: Vec::new(),
    };
    for (i, benefit) in plan.benefits.iter().enumerate() {
        let Some(line) = &benefit.business_case_line else {
            continue;
        };
        let owner = format!(
            "benefit {} points to business-case line '{line}'",
            benefit.id
        );
        let message = match computed {
            Some(c) if c.benefit(line).is_some() => continue,
            Some(_) => format!("{owner}, which does not exist"),
            None => format!("{owner}, but the plan has no business_case"),
        };
        let ids = computed
            .into_iter()
            .flat_map(|c| c.benefits.iter().filter_map(|b| b.id.as_deref()));
        let near = nearest(line, ids);
        let diagnostic =
            checker.error("E031", format!("benefits[{i}].business_case_line"), message);
        diagnostic.hint = near.map(|near| format!("did you mean '{near}'?"));
    }
    checker.found
}

/// Registers every id, reporting malformed and duplicate ones.
fn collect_ids(plan: &Plan, checker: &mut Checker) -> HashMap<String, Kind> {
    let mut ids = HashMap::new();
    let groups: [(&str, Kind, Vec<&str>); 6] = [
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
            "employee_groups",
            Kind::EmployeeGroup,
            plan.employee_groups.iter().map(|g| g.id.as_str()).collect(),
        ),
        (
            "tasks",
            Kind::Task,
            plan.tasks.iter().map(|t| t.id.as_str()).collect(),
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
                && id.chars().count() <= 16
                && id
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
            if !well_formed {
                checker
                    .error("E010", path, format!("'{id}' is not a usable id"))
                    .hint = Some(
                    "use letters, digits, '-', '_' or '.', at most 16 characters, e.g. G1".into(),
                );
            } else if ids.contains_key(id) {
                // The first use keeps the id, so links to it are judged by that object.
                checker.error("E011", path, format!("the id {id} is used twice"));
            } else {
                ids.insert(id.to_string(), kind);
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
            "E016",
            format!("{path}.end"),
            format!("the end {end} is before the start {start}"),
        );
    }
}

/// Text that cannot be printed, and numbers that YAML would misread: checked on the values
/// as written, before they reach a document.
fn check_text(source: &Source, checker: &mut Checker) {
    for scalar in source.locations.scalars() {
        if let Some(c) = scalar
            .text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            checker
                .error(
                    "E005",
                    scalar.path.clone(),
                    format!(
                        "the text holds the control character U+{:04X}, which cannot be printed",
                        c as u32
                    ),
                )
                .hint =
                Some("remove it; it is often pasted in by accident from another program".into());
        } else if let Some(c) = scalar
            .text
            .chars()
            .find(|&c| !c.is_control() && !world::printable(c))
        {
            checker.error(
                "E006",
                scalar.path.clone(),
                format!("the character '{c}' (U+{:04X}) cannot be printed with gevinst's fonts", c as u32),
            ).hint = Some("the embedded fonts cover Latin, Greek and Cyrillic text and emoji; write it in those".into());
        }
        let field = scalar.path.rsplit('.').next().unwrap_or_default();
        if scalar.plain
            && matches!(field, "baseline" | "target" | "value")
            && thousands(&scalar.text)
        {
            let digits = scalar.text.replace('.', "");
            checker.error(
                "E019",
                scalar.path.clone(),
                format!("'{}' looks like a number with Danish thousands separators, which YAML reads as a decimal point", scalar.text),
            ).hint = Some(format!("write {digits} (or \"{}\" in quotes, if it is meant as text)", scalar.text));
        }
    }
}

/// Digits and dashes only, with a dash: `2017-02-30`, `2024-13`.
fn looks_like_a_date(text: &str) -> bool {
    let text = text.trim();
    text.contains('-') && text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

/// `48.000` or `-1.052.890`: digits in groups of three after a point, as Danes write thousands.
fn thousands(text: &str) -> bool {
    let text = text.strip_prefix('-').unwrap_or(text);
    let mut groups = text.split('.');
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Line of sight (Ray Rist): every deliverable enables a change, every change a benefit,
/// every benefit a goal. A break is a warning: a draft plan is allowed to be incomplete,
/// but the planner should see where the chain is broken.
fn check_line_of_sight(plan: &Plan, checker: &mut Checker) {
    for (field, len) in [
        ("employee_groups", plan.employee_groups.len()),
        ("tasks", plan.tasks.len()),
    ] {
        if len > 0 {
            checker
                .warning(
                    "W212",
                    field.into(),
                    format!("{field} are drawn only on the Implement map, and this plan's map is a Peak map"),
                )
                .hint = Some("add `map: {model: implement}`, or leave them out".into());
        }
    }
    let by_id: HashMap<&str, &Benefit> = plan.benefits.iter().map(|b| (b.id.as_str(), b)).collect();
    for (i, benefit) in plan.benefits.iter().enumerate() {
        // A benefit serves a goal directly or through the benefits it leads to.
        let mut seen = HashSet::new();
        let mut todo = vec![benefit];
        let mut serves = false;
        while let Some(b) = todo.pop() {
            if !seen.insert(b.id.as_str()) {
                continue;
            }
            serves |= !b.goals.is_empty();
            todo.extend(b.leads_to.iter().filter_map(|id| by_id.get(id.as_str())));
        }
        if !serves {
            checker.warning(
                "W201",
                format!("benefits[{i}]"),
                format!("benefit {} serves no goal, directly or through the benefits it leads to", benefit.id),
            ).hint = Some("add the goals it serves under `goals:`, or the benefit it supports under `leads_to:`".into());
        }
        if benefit.changes.is_empty() {
            checker
                .warning(
                    "W202",
                    format!("benefits[{i}]"),
                    format!("benefit {} has no change behind it", benefit.id),
                )
                .hint = Some("list the organisational changes it needs under `changes:`".into());
        }
    }
    for (i, change) in plan.changes.iter().enumerate() {
        if !plan.benefits.iter().any(|b| b.changes.contains(&change.id)) {
            checker
                .warning(
                    "W203",
                    format!("changes[{i}]"),
                    format!("change {} enables no benefit", change.id),
                )
                .hint = Some("name it under `changes:` of the benefits it enables".into());
        }
        if change.deliverables.is_empty() && !says_none(checker.source, i) {
            checker
                .warning(
                    "W204",
                    format!("changes[{i}]"),
                    format!("change {} has no deliverables", change.id),
                )
                .hint = Some(
                "list the deliverables it needs under `deliverables:`, or write `deliverables: none` if it needs none".into(),
            );
        }
    }
    for (i, deliverable) in plan.deliverables.iter().enumerate() {
        let used = plan
            .changes
            .iter()
            .any(|c| c.deliverables.contains(&deliverable.id))
            || plan
                .benefits
                .iter()
                .any(|b| b.deliverables.contains(&deliverable.id));
        if !used {
            checker
                .warning(
                    "W205",
                    format!("deliverables[{i}]"),
                    format!(
                        "deliverable {} enables no change: work with no benefit",
                        deliverable.id
                    ),
                )
                .hint = Some("name it under `deliverables:` of the changes that need it".into());
        }
    }
}

/// Line of sight on the Implement map: deliverables → employee groups who can do something
/// new → tasks done in a new way → benefits → the project's purpose. The same idea as
/// [`check_line_of_sight`], with its own codes because the chain has other links.
fn check_implement(plan: &Plan, checker: &mut Checker) {
    if plan
        .project
        .purpose
        .as_deref()
        .is_none_or(|p| p.trim().is_empty())
    {
        checker.warning(
            "W206",
            "project".into(),
            "the Implement map ends in the project's purpose, but the plan has no project.purpose".into(),
        ).hint = Some("write the purpose in a few sentences under `project: purpose:`".into());
    }
    for (i, benefit) in plan.benefits.iter().enumerate() {
        if benefit.tasks.is_empty() {
            checker
                .warning(
                    "W207",
                    format!("benefits[{i}]"),
                    format!("benefit {} has no task behind it", benefit.id),
                )
                .hint =
                Some("list the tasks done in a new way that yield it under `tasks:`".into());
        }
    }
    for (i, group) in plan.employee_groups.iter().enumerate() {
        if group.deliverables.is_empty() {
            checker
                .warning(
                    "W208",
                    format!("employee_groups[{i}]"),
                    format!("employee group {} has no deliverables", group.id),
                )
                .hint = Some(
                "list the deliverables that let them do something new under `deliverables:`".into(),
            );
        }
        if !plan
            .tasks
            .iter()
            .any(|t| t.employee_groups.contains(&group.id))
        {
            checker
                .warning(
                    "W209",
                    format!("employee_groups[{i}]"),
                    format!("employee group {} performs no task", group.id),
                )
                .hint = Some("name it under `employee_groups:` of the tasks it performs".into());
        }
    }
    for (i, task) in plan.tasks.iter().enumerate() {
        if task.employee_groups.is_empty() {
            checker
                .warning(
                    "W210",
                    format!("tasks[{i}]"),
                    format!("task {} is performed by no employee group", task.id),
                )
                .hint = Some("list who performs it under `employee_groups:`".into());
        }
        if !plan.benefits.iter().any(|b| b.tasks.contains(&task.id)) {
            checker
                .warning(
                    "W211",
                    format!("tasks[{i}]"),
                    format!("task {} yields no benefit", task.id),
                )
                .hint = Some("name it under `tasks:` of the benefits it yields".into());
        }
    }
    for (i, deliverable) in plan.deliverables.iter().enumerate() {
        let used = plan
            .employee_groups
            .iter()
            .any(|g| g.deliverables.contains(&deliverable.id));
        if !used {
            checker
                .warning(
                    "W205",
                    format!("deliverables[{i}]"),
                    format!(
                        "deliverable {} lets no employee group do something new: work with no benefit",
                        deliverable.id
                    ),
                )
                .hint =
                Some("name it under `deliverables:` of the employee groups that need it".into());
        }
    }
}

/// The map's theme: every colour must be a hex colour (E020), light enough for black text
/// (W401).
fn check_colours(plan: &Plan, checker: &mut Checker) {
    for (kind, value) in plan.map.colours.chosen() {
        let path = format!("map.colours.{kind}");
        match Rgb::parse(value.trim()) {
            None => {
                checker
                    .error("E020", path, format!("'{value}' is not a colour"))
                    .hint = Some("write a hex colour in quotes, e.g. \"#d9ead3\"".into());
            }
            Some(fill) if colour::too_dark(fill) => {
                checker.warning(
                    "W401",
                    path,
                    format!(
                        "{value} is too dark for the boxes' black text (contrast {:.1}:1, at least {}:1 is needed to read it, also when printed in greyscale)",
                        fill.contrast(colour::BLACK),
                        colour::MIN_CONTRAST
                    ),
                ).hint = Some("choose a lighter tint of the colour".into());
            }
            Some(_) => {}
        }
    }
}

/// Whether change `i` says in so many words that it needs no deliverables.
fn says_none(source: &Source, i: usize) -> bool {
    let path = format!("changes[{i}].deliverables");
    source
        .locations
        .scalars()
        .iter()
        .any(|s| s.path == path && s.text == "none")
}

/// A benefit's numbers must agree with what it says about itself: the target lies in the
/// stated direction from the baseline, and a benefit of weak causality is not valued in
/// kroner.
fn check_claims(plan: &Plan, checker: &mut Checker) {
    for (i, b) in plan.benefits.iter().enumerate() {
        if let (Some(direction), Some(Level::Number(baseline)), Some(Level::Number(target))) =
            (b.direction, &b.baseline, &b.target)
        {
            let (fits, word) = match direction {
                Direction::Increase => (target > baseline, "above"),
                Direction::Decrease => (target < baseline, "below"),
            };
            if !fits {
                let name = match direction {
                    Direction::Increase => "increase",
                    Direction::Decrease => "decrease",
                };
                checker
                    .error(
                        "E022",
                        format!("benefits[{i}].target"),
                        format!(
                            "benefit {} is to {name}, but its target {target} is not {word} its baseline {baseline}",
                            b.id
                        ),
                    )
                    .hint = Some(
                    "correct the target or the baseline, or the direction (increase or decrease)"
                        .into(),
                );
            }
        }
        if b.causality == Causality::Weak {
            let kroner = if b.business_case_line.is_some() {
                Some(("business_case_line", "is valued by the business case line"))
            } else if b.unit.as_deref().is_some_and(in_kroner) {
                Some(("unit", "is measured in kroner"))
            } else {
                None
            };
            if let Some((field, what)) = kroner {
                checker
                    .error(
                        "E021",
                        format!("benefits[{i}].{field}"),
                        format!(
                            "benefit {} has weak causality and cannot count as a gain, but it {what}",
                            b.id
                        ),
                    )
                    .hint = Some(format!(
                    "remove `{field}:` (follow the benefit up in its own unit), or drop `causality: weak` if the project does cause it"
                ));
            }
        }
    }
}

/// A unit of money: "kr.", "1.000 kr.", "kroner pr. år", "DKK".
fn in_kroner(unit: &str) -> bool {
    unit.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| matches!(word, "kr" | "kroner" | "dkk" | "tkr"))
}

/// SMART: a benefit is specific, measurable, accepted (owned), realistic (its certainty is
/// stated) and time-bound. Negative benefits are measured and owned like any other.
fn check_smart(plan: &Plan, checker: &mut Checker) {
    for (i, b) in plan.benefits.iter().enumerate() {
        let missing: Vec<&str> = [
            ("owner", b.owner.is_none()),
            ("unit", b.unit.is_none()),
            ("baseline", b.baseline.is_none()),
            ("target", b.target.is_none()),
            ("measurement_method", b.measurement_method.is_none()),
            ("start", b.start.is_none()),
            ("end", b.end.is_none()),
            ("certainty", b.certainty.is_none()),
        ]
        .into_iter()
        .filter_map(|(field, absent)| absent.then_some(field))
        .collect();
        if !missing.is_empty() {
            let kind = if b.negative {
                "negative benefit"
            } else {
                "benefit"
            };
            checker.warning(
                "W301",
                format!("benefits[{i}]"),
                format!(
                    "{kind} {} is not SMART yet: it lacks {}",
                    b.id,
                    missing.join(", ")
                ),
            );
        }
        // Realisation cannot start before the deliverables it needs are done.
        if let Some(start) = b.start {
            for d in plan.deliverables_needed(b) {
                if let Some(end) = d.end.filter(|end| start.last_day() < end.first_day()) {
                    checker.warning(
                        "W302",
                        format!("benefits[{i}].start"),
                        format!(
                            "benefit {} starts realising in {start}, before deliverable {} is done in {end}",
                            b.id, d.id
                        ),
                    );
                }
            }
        }
    }
}

/// Benefits leading to benefits must not go round in a circle.
/// W701: a section of the assessment card left empty. The card is for deciding whether an
/// idea becomes a project, so an empty section is a question the workshop has not answered.
fn check_assessment(assessment: &Assessment, checker: &mut Checker) {
    if assessment.problem.trim().is_empty() {
        checker.warning(
            "W701",
            "assessment.problem".into(),
            "the assessment card does not say what the problem or opportunity is".into(),
        );
    }
    let sections = [
        ("today", &assessment.today),
        ("tomorrow", &assessment.tomorrow),
        ("benefits", &assessment.benefits),
        ("requirements", &assessment.requirements),
    ];
    for (key, points) in sections {
        if points.iter().all(|p| p.trim().is_empty()) {
            let path = if points.is_empty() {
                "assessment".to_string()
            } else {
                format!("assessment.{key}")
            };
            checker.warning(
                "W701",
                path,
                format!("the assessment card's `{key}` is empty: it has no point to show"),
            );
        }
    }
}

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
                            "E015",
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

    /// The errors only, leaving out the warnings of rules a test is not about.
    fn errors(text: &str) -> Vec<Diagnostic> {
        check(text)
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect()
    }

    const HEAD: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\ngoals:\n  - {id: M1, title: g}\n";

    #[test]
    fn dangling_goal_names_both_ids() {
        let found = errors(&format!(
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
        let found = errors(&format!(
            "{HEAD}benefits:\n  - id: G1\n    title: b\n    changes: [M1]\n"
        ));
        assert_eq!(
            found[0].message,
            "benefit G1 points to M1, which is a goal, not a change"
        );
    }

    #[test]
    fn duplicate_and_malformed_ids() {
        let found = errors(&format!(
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
        let messages: Vec<String> = errors(&text).into_iter().map(|d| d.message).collect();
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
        let found: Vec<Diagnostic> = check(&text)
            .into_iter()
            .filter(|d| d.code == "W101")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    fn codes(text: &str) -> Vec<&'static str> {
        errors(text).into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn line_of_sight_breaks_are_warned() {
        let text = format!(
            "{HEAD}deliverables:\n  - {{id: L1, title: d, status: done}}\n  - {{id: L2, title: unused, status: done}}\nchanges:\n  - {{id: F1, title: c, deliverables: [L1]}}\n  - {{id: F2, title: idle}}\nbenefits:\n  - {{id: G1, title: b, changes: [F1], leads_to: [G2]}}\n  - {{id: G2, title: main, changes: [F1], goals: [M1]}}\n  - {{id: G3, title: orphan}}\n"
        );
        let found: Vec<String> = check(&text)
            .into_iter()
            .filter(|d| d.code.starts_with("W2"))
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        assert_eq!(
            found,
            [
                "W205 deliverable L2 enables no change: work with no benefit",
                "W203 change F2 enables no benefit",
                "W204 change F2 has no deliverables",
                "W201 benefit G3 serves no goal, directly or through the benefits it leads to",
                "W202 benefit G3 has no change behind it",
            ]
        );
    }

    #[test]
    fn smart_and_realisation_dates_are_warned() {
        let smart = "owner: o, unit: u, baseline: 1, target: 2, measurement_method: m, certainty: high, start: 2017-05, end: 2018-01";
        let text = format!(
            "{HEAD}deliverables:\n  - {{id: L1, title: d, status: started, end: 2017-06}}\nchanges:\n  - {{id: F1, title: c, deliverables: [L1]}}\nbenefits:\n  - {{id: G1, title: b, changes: [F1], goals: [M1], {smart}}}\n  - {{id: NG1, title: n, negative: true, changes: [F1], goals: [M1], owner: o}}\n"
        );
        let found = check(&text);
        let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "benefit G1 starts realising in 2017-05, before deliverable L1 is done in 2017-06",
                "negative benefit NG1 is not SMART yet: it lacks unit, baseline, target, measurement_method, start, end, certainty",
            ]
        );
        assert!(found.iter().all(|d| d.severity == Severity::Warning));
    }

    #[test]
    fn error_codes_name_the_rule() {
        assert_eq!(
            codes(&format!(
                "{HEAD}benefits:\n  - {{id: G1, title: b, goals: [M9], changes: [F1]}}\n"
            ))
            .first(),
            Some(&"E012")
        );
    }

    #[test]
    fn unprintable_text_and_danish_thousands_are_errors() {
        let text = format!(
            "{HEAD}benefits:\n  - id: G1\n    title: \"a\\u0007b\"\n    description: 中文\n    baseline: 48.000\n    target: \"6.000\"\n    unit: æøå 🚀\n"
        );
        let found: Vec<(String, &str, usize)> = errors(&text)
            .into_iter()
            .map(|d| (d.path.unwrap(), d.code, d.position.unwrap().line))
            .collect();
        assert_eq!(
            found,
            [
                ("benefits[0].title".to_string(), "E005", 8),
                ("benefits[0].description".to_string(), "E006", 9),
                ("benefits[0].baseline".to_string(), "E019", 10),
            ]
        );
        assert!(
            thousands("1.052.890")
                && thousands("-12.390")
                && !thousands("3.4")
                && !thousands("2.4333")
        );
    }

    const IMPLEMENT: &str = "project:\n  title: T\n  purpose: Formålet\n  period: {start: 2017-03, end: 2018-06}\nmap: {model: implement}\n";

    #[test]
    fn implement_references_resolve_with_hints() {
        let text = format!(
            "{IMPLEMENT}deliverables:\n  - {{id: L1, title: d, status: done, type: change}}\n\
             employee_groups:\n  - {{id: MG1, title: g, deliverables: [L2]}}\n\
             tasks:\n  - {{id: O1, title: t, employee_groups: [MG2]}}\n  - {{id: MG1, title: dup}}\n\
             benefits:\n  - {{id: G1, title: b, tasks: [O2, L1]}}\n"
        );
        let found: Vec<(String, String, Option<String>)> = errors(&text)
            .into_iter()
            .map(|d| (format!("{} {}", d.code, d.path.unwrap()), d.message, d.hint))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "E012 employee_groups[0].deliverables[0]".into(),
                    "employee group MG1 points to deliverable L2, which does not exist".into(),
                    Some("did you mean L1?".into())
                ),
                (
                    "E012 tasks[0].employee_groups[0]".into(),
                    "task O1 points to employee group MG2, which does not exist".into(),
                    Some("did you mean MG1?".into())
                ),
                (
                    "E011 tasks[1].id".into(),
                    "the id MG1 is used twice".into(),
                    None
                ),
                (
                    "E012 benefits[0].tasks[0]".into(),
                    "benefit G1 points to task O2, which does not exist".into(),
                    Some("did you mean O1?".into())
                ),
                (
                    "E013 benefits[0].tasks[1]".into(),
                    "benefit G1 points to L1, which is a deliverable, not a task".into(),
                    None
                ),
            ]
        );
    }

    #[test]
    fn implement_line_of_sight_breaks_are_warned() {
        let text = format!(
            "{}deliverables:\n  - {{id: L1, title: d, status: done}}\n  - {{id: L2, title: unused, status: done}}\n\
             employee_groups:\n  - {{id: MG1, title: g, deliverables: [L1]}}\n  - {{id: MG2, title: idle}}\n\
             tasks:\n  - {{id: O1, title: t, employee_groups: [MG1]}}\n  - {{id: O2, title: alone}}\n\
             benefits:\n  - {{id: G1, title: b, tasks: [O1]}}\n  - {{id: G2, title: orphan}}\n",
            IMPLEMENT.replace("  purpose: Formålet\n", "")
        );
        let found: Vec<String> = check(&text)
            .into_iter()
            .filter(|d| d.code.starts_with("W2"))
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        assert_eq!(
            found,
            [
                "W206 the Implement map ends in the project's purpose, but the plan has no project.purpose",
                "W205 deliverable L2 lets no employee group do something new: work with no benefit",
                "W208 employee group MG2 has no deliverables",
                "W209 employee group MG2 performs no task",
                "W210 task O2 is performed by no employee group",
                "W211 task O2 yields no benefit",
                "W207 benefit G2 has no task behind it",
            ]
        );
    }

    #[test]
    fn implement_objects_on_a_peak_map_are_warned() {
        let text = format!(
            "{HEAD}employee_groups:\n  - {{id: MG1, title: g}}\ntasks:\n  - {{id: O1, title: t, employee_groups: [MG1]}}\n"
        );
        let found: Vec<(String, Option<usize>)> = check(&text)
            .into_iter()
            .filter(|d| d.code == "W212")
            .map(|d| (d.path.unwrap(), d.position.map(|p| p.line)))
            .collect();
        assert_eq!(
            found,
            [
                ("employee_groups".to_string(), Some(7)),
                ("tasks".to_string(), Some(9))
            ]
        );
    }

    #[test]
    fn theme_colours_are_checked() {
        let text = format!(
            "{HEAD}map:\n  colours:\n    deliverable: \"#d9ead3\"\n    benefit: gul\n    goal: \"#cc0000\"\n"
        );
        let found: Vec<(&str, String, usize)> = check(&text)
            .into_iter()
            .filter(|d| d.code == "E020" || d.code == "W401")
            .map(|d| (d.code, d.path.unwrap(), d.position.unwrap().line))
            .collect();
        assert_eq!(
            found,
            [
                ("E020", "map.colours.benefit".to_string(), 9),
                ("W401", "map.colours.goal".to_string(), 10),
            ]
        );
    }

    #[test]
    fn a_date_shaped_when_that_is_no_date_is_warned() {
        let text = format!(
            "{HEAD}changes:\n  - id: F1\n    title: c\n    activities:\n      - {{what: a, when: 2017-02-30}}\n      - {{what: b, when: Ad hoc}}\n"
        );
        let found: Vec<Diagnostic> = check(&text)
            .into_iter()
            .filter(|d| d.code == "W102")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].path.as_deref(),
            Some("changes[0].activities[0].when")
        );
        assert!(found[0].message.contains("28 days"), "{}", found[0].message);
    }

    #[test]
    fn only_an_explicit_none_says_a_change_needs_no_deliverables() {
        let text = format!(
            "{HEAD}changes:\n  - {{id: F1, title: a, deliverables: none}}\n  - {{id: F2, title: b, deliverables: []}}\n  - {{id: F3, title: c}}\n"
        );
        let found: Vec<String> = check(&text)
            .into_iter()
            .filter(|d| d.code == "W204")
            .map(|d| d.message)
            .collect();
        assert_eq!(
            found,
            [
                "change F2 has no deliverables",
                "change F3 has no deliverables"
            ]
        );
        let source = Source::from_bytes(
            "plan.yaml",
            format!("{HEAD}changes:\n  - {{id: F1, title: a, deliverables: nothing}}\n").as_bytes(),
        )
        .unwrap();
        let err = parse(&source).unwrap_err();
        assert!(err.message.contains("or none"), "{err}");
    }

    #[test]
    fn direction_holds_for_benefits_and_negative_benefits() {
        let text = format!(
            "{HEAD}benefits:\n  - {{id: G1, title: a, direction: decrease, baseline: 10, target: 12}}\n  - {{id: G2, title: b, direction: decrease, baseline: 10, target: 8}}\n  - {{id: NG1, title: c, negative: true, direction: increase, baseline: 5, target: 5}}\n  - {{id: NG2, title: d, negative: true, direction: increase, baseline: 0, target: 5}}\n  - {{id: G3, title: e, direction: increase, baseline: Ikke målt, target: 5}}\n"
        );
        let found: Vec<String> = errors(&text).into_iter().map(|d| d.message).collect();
        assert_eq!(
            found,
            [
                "benefit G1 is to decrease, but its target 12 is not below its baseline 10",
                "benefit NG1 is to increase, but its target 5 is not above its baseline 5",
            ]
        );
    }

    #[test]
    fn weak_causality_carries_no_kroner() {
        let text = format!(
            "{HEAD}benefits:\n  - {{id: G1, title: a, causality: weak, business_case_line: x}}\n  - {{id: G2, title: b, causality: weak, unit: 1.000 kr. pr. år}}\n  - {{id: G3, title: c, causality: weak, unit: sygedage pr. år}}\n  - {{id: G4, title: d, unit: kr.}}\n"
        );
        let found: Vec<(String, String)> = errors(&text)
            .into_iter()
            .map(|d| (d.path.unwrap(), d.code.to_string()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "benefits[0].business_case_line".to_string(),
                    "E021".to_string()
                ),
                ("benefits[1].unit".to_string(), "E021".to_string()),
            ]
        );
        assert!(in_kroner("DKK") && in_kroner("kroner pr. år") && !in_kroner("krav"));
    }
}
