//! The benefits with their justification and owner (begrundelse og ansvar).

use serde_json::{Value, json};

use super::{benefit_kind, benefit_refs, goal_refs};
use crate::model::Model;

/// The benefits table's view.
pub fn view(model: &Model) -> Value {
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
                "justification": b.justification,
                "owner": b.owner,
                "leads_to": benefit_refs(&model.leads_to(b)),
                "goals": goal_refs(&model.goals_of(b)),
            })
        })
        .collect();
    json!({ "rows": rows })
}
