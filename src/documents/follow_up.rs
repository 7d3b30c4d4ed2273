//! Follow-up on the benefits: owner, measuring point, method, measurements and status.

use serde_json::{Value, json};

use crate::model::Model;

/// The follow-up table's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let rows: Vec<Value> = model
        .plan
        .benefits
        .iter()
        .map(|b| {
            let measurements: Vec<Value> = b
                .measurements
                .iter()
                .map(|m| {
                    json!({
                        "kind": t.measurement_kind(m.kind),
                        "date": t.date(m.date),
                        "value": m.value.map(|v| t.number(v, 2)),
                        "comment": m.comment,
                    })
                })
                .collect();
            json!({
                "id": b.id,
                "title": b.title,
                "negative": b.negative,
                "owner": b.owner,
                "unit": b.unit,
                "method": b.measurement_method,
                "measurements": measurements,
                "status": b.measurement_status.map(|s| t.measurement_status(s)),
            })
        })
        .collect();
    json!({ "rows": rows })
}
