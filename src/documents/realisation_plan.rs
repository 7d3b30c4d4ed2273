//! The realisation plan: one row per benefit with the seed's 14 columns.

use serde_json::{Value, json};

use super::{benefit_kind, change_refs, deliverable_refs};
use crate::business_case::Role;
use crate::measure::Measure;
use crate::model::Model;
use crate::plan::Benefit;

/// The 14 columns' relative widths (Typst `fr`), in the seed's order. The template takes
/// them from the view, so the estimate in [`keeps_together`] measures the columns drawn.
const COLUMNS: [f64; 14] = [
    1.5, 1.9, 0.9, 0.85, 0.85, 1.3, 0.95, 1.0, 1.75, 0.85, 0.85, 0.75, 0.9, 1.35,
];
/// The table's width: A4 landscape (841.89 pt) less the template's 12 mm margins.
const TABLE_WIDTH: f64 = 841.89 - 2.0 * 34.0157;
/// A cell's horizontal padding, both sides together (the template's `inset: (x: 3pt)`).
const CELL_PADDING: f64 = 6.0;
/// The table's type size.
const SIZE: f64 = 8.0;
/// The most lines a row may need and still be kept on one page. A landscape page holds
/// about 40 lines of the table below its header; a row up to half of that moves whole to
/// the next page rather than split, a longer one is allowed to break so that it can never
/// be cut off.
const KEEP_LINES: usize = 20;

/// The realisation plan's view.
pub fn view(model: &Model) -> Value {
    let t = model.texts;
    let rows: Vec<Value> = model
        .plan
        .benefits
        .iter()
        .map(|b| {
            let changes = model.changes_of(b);
            let cells: [Vec<String>; 14] = [
                vec![format!("{} {}", b.id, b.title), benefit_kind(model, b)],
                b.description.iter().cloned().collect(),
                b.unit.iter().cloned().collect(),
                model
                    .level(b.target.as_ref())
                    .into_iter()
                    .chain(business_case_value(model, b))
                    .collect(),
                model.level(b.baseline.as_ref()).into_iter().collect(),
                b.measurement_method.iter().cloned().collect(),
                b.owner.iter().cloned().collect(),
                b.experienced_by.iter().cloned().collect(),
                changes
                    .iter()
                    .map(|c| format!("{} {}", c.id, c.title))
                    .chain(b.activities.clone())
                    .collect(),
                b.start.map(|d| t.date(d)).into_iter().collect(),
                b.end.map(|d| t.date(d)).into_iter().collect(),
                b.certainty
                    .map(|c| t.certainty(c).to_string())
                    .into_iter()
                    .collect(),
                Vec::new(),
                b.prerequisites.iter().cloned().collect(),
            ];
            json!({
                "keep": keeps_together(&cells),
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
                "changes": change_refs(&changes),
                "activities": b.activities,
                "start": b.start.map(|d| t.date(d)),
                "end": b.end.map(|d| t.date(d)),
                "certainty": b.certainty.map(|c| t.certainty(c)),
                "deliverables": deliverable_refs(&model.deliverables_of(b)),
                "prerequisites": b.prerequisites,
            })
        })
        .collect();
    json!({ "columns": COLUMNS, "rows": rows })
}

/// Whether a row is short enough to be kept on one page: the tallest of its cells, each a
/// list of paragraphs, wraps to at most [`KEEP_LINES`] lines in its column.
fn keeps_together(cells: &[Vec<String>; 14]) -> bool {
    let measure = Measure::sans(400);
    let total: f64 = COLUMNS.iter().sum();
    let tallest = cells
        .iter()
        .zip(COLUMNS)
        .map(|(paragraphs, fr)| {
            let width = TABLE_WIDTH * fr / total - CELL_PADDING;
            paragraphs
                .iter()
                .map(|p| measure.lines(0.0, p, SIZE, width))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    tallest <= KEEP_LINES
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
