//! The organisational changes with their activities: what, when and who.

use serde_json::{Value, json};

use super::{benefit_refs, deliverable_refs};
use crate::model::Model;
use crate::plan::When;

/// The changes table's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let changes: Vec<Value> = model
        .plan
        .changes
        .iter()
        .map(|c| {
            let activities: Vec<Value> = c
                .activities
                .iter()
                .map(|a| {
                    json!({
                        "what": a.what,
                        "when": a.when.as_ref().map(|w| match w {
                            When::Date(d) => t.date(*d),
                            When::Text(text) => text.clone(),
                        }),
                        "who": a.who,
                    })
                })
                .collect();
            json!({
                "id": c.id,
                "title": c.title,
                "responsible": c.responsible,
                "deliverables": deliverable_refs(&model.deliverables_of_change(c)),
                "benefits": benefit_refs(&model.benefits_of_change(c)),
                "activities": activities,
            })
        })
        .collect();
    json!({ "changes": changes })
}
