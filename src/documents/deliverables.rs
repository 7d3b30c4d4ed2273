//! The deliverables with justification, responsible, activities, schedule and status.

use serde_json::{Value, json};

use super::change_refs;
use crate::model::Model;

/// The deliverables table's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let rows: Vec<Value> = model
        .plan
        .deliverables
        .iter()
        .map(|d| {
            let dates = match (d.start, d.end) {
                (Some(s), Some(e)) => Some(format!("{} – {}", t.date(s), t.date(e))),
                (Some(s), None) => Some(t.date(s)),
                (None, Some(e)) => Some(format!("{} {}", t.label("to"), t.date(e))),
                (None, None) => None,
            };
            let schedule: Vec<String> = dates.into_iter().chain(d.schedule.clone()).collect();
            json!({
                "id": d.id,
                "title": d.title,
                "justification": d.justification,
                "responsible": d.responsible,
                "activities": d.activities,
                "schedule": schedule,
                "status": t.deliverable_status(d.status),
                "changes": change_refs(&model.changes_of_deliverable(d)),
            })
        })
        .collect();
    json!({ "rows": rows })
}
