//! The realisation plan: one row per benefit with the seed's 14 columns.

use serde_json::{Value, json};

use super::{benefit_kind, change_refs, deliverable_refs};
use crate::model::Model;

/// The realisation plan's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let rows: Vec<Value> = model
        .plan
        .benefits
        .iter()
        .map(|b| {
            json!({
                "id": b.id,
                "title": b.title,
                "kind": benefit_kind(model, b),
                "negative": b.negative,
                "description": b.description,
                "unit": b.unit,
                "target": model.level(b.target.as_ref()),
                "baseline": model.level(b.baseline.as_ref()),
                "method": b.measurement_method,
                "owner": b.owner,
                "experienced_by": b.experienced_by,
                "changes": change_refs(&model.changes_of(b)),
                "activities": b.activities,
                "start": b.start.map(|d| t.date(d)),
                "end": b.end.map(|d| t.date(d)),
                "certainty": b.certainty.map(|c| t.certainty(c)),
                "deliverables": deliverable_refs(&model.deliverables_of(b)),
                "prerequisites": b.prerequisites,
            })
        })
        .collect();
    json!({ "rows": rows })
}
