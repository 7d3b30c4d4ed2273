//! The title page: what the project is, who runs it, what it serves, and the contents.

use serde_json::{Value, json};

use super::benefit_refs;
use crate::model::Model;

/// The summary's view.
pub fn view(model: &Model) -> Value {
    let plan = model.plan;
    let project = &plan.project;
    let t = model.texts;
    let roles = &project.roles;
    let negative = plan.benefits.iter().filter(|b| b.negative).count();
    json!({
        "title": project.title,
        "logo": super::logo_path(model),
        "logo_alt": super::logo_alt(model),
        "subtitle": project.subtitle,
        "organisation": project.organisation,
        "unit": project.unit,
        "version": project.version,
        "date": project.date.map(|d| t.date(d)),
        "period": project.period.as_ref().map(|p| format!("{} – {}", t.date(p.start), t.date(p.end))),
        "purpose": project.purpose,
        "roles": [
            [t.label("project_manager"), roles.project_manager, t.label("project_manager_note")],
            [t.label("benefit_owner"), roles.benefit_owner, t.label("benefit_owner_note")],
            [t.label("change_leader"), roles.change_leader, t.label("change_leader_note")],
        ],
        "counts": [
            [t.label("count_goals"), plan.goals.len().to_string()],
            [t.label("count_deliverables"), plan.deliverables.len().to_string()],
            [t.label("count_changes"), plan.changes.len().to_string()],
            [t.label("count_benefits"), format!("{} ({} {})", plan.benefits.len(), t.label("count_negative"), negative)],
        ],
        "goals": plan.goals.iter().map(|goal| json!({
            "id": goal.id,
            "title": goal.title,
            "description": goal.description,
            "benefits": benefit_refs(&model.benefits_of_goal(goal)),
        })).collect::<Vec<_>>(),
    })
}
