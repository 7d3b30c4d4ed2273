//! The realisation plan: one row per benefit with the seed's 14 columns.

use serde_json::{Value, json};

use super::{benefit_kind, change_refs, deliverable_refs};
use crate::business_case::Role;
use crate::model::Model;
use crate::plan::Benefit;

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
                "value": business_case_value(model, b),
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

/// The total of the business-case line a benefit points to, in the case's unit and sign
/// convention, with the unit and the years: "3.677.742 kr. (2015–2018)".
fn business_case_value(model: &Model, benefit: &Benefit) -> Option<String> {
    let computed = model.business_case?;
    let line = computed.benefit(benefit.business_case_line.as_deref()?)?;
    let t = model.texts;
    let amount = t.number(computed.display(&line.amounts.total, Role::Gain) as f64, 0);
    let (first, last) = (computed.years.first()?, computed.years.last()?);
    Some(format!(
        "{amount} {} ({first}–{last})",
        super::business_case::unit_label(t, computed.unit)
    ))
}
