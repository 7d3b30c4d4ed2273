//! The business case appendix (business case-bilag): the year table laid out like the seed's,
//! payback and net present value, two charts, the sensitivity table, the assumptions with
//! their sources and the non-economic benefits.
//!
//! Every figure comes from [`Computation`] and is shown with [`Computation::display`] (money:
//! the case's unit and sign convention, rounded once) or rounded to whole kroner (rates per
//! person and per hour, which are always in kroner). Budget-effective savings and freed time
//! valued in kroner are always separate, labelled rows.

use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};
use serde_json::{Value, json};

use super::Asset;
use crate::business_case::{
    BusinessCase, Category, Computation, CostKind, GainsBasis, Payback, Persons, Role, Unit,
    round_half_away_from_zero,
};
use crate::chart::{self, Labels};
use crate::i18n::Texts;
use crate::model::Model;

/// Where the chart of yearly costs and gains is, next to `main.typ`.
const COSTS_CHART: &str = "charts/business-case-costs-gains.svg";
/// Where the chart of the cumulative balance is, next to `main.typ`.
const CUMULATIVE_CHART: &str = "charts/business-case-cumulative.svg";

/// Year columns after which the year table goes on a landscape page.
const PORTRAIT_YEARS: usize = 5;

/// The appendix's view; empty when the plan has no business case.
pub fn view(model: &Model) -> Value {
    let (Some(case), Some(c)) = (model.plan.business_case.as_ref(), model.business_case) else {
        return json!({});
    };
    let t = model.texts;
    let f = Figures { t, c };
    json!({
        "title": case.title.clone().unwrap_or_else(|| t.label("bc_title").to_string()),
        "basis": basis(t, case, c),
        "legend": sign_legend(t, c),
        "landscape": c.years.len() > PORTRAIT_YEARS,
        "years": c.years.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "sections": year_table(&f, case),
        "key_figures": key_figures(&f, case),
        "charts": charts(&f).into_iter().map(|chart| json!({
            "path": chart.path,
            "title": chart.title,
            "alt": chart.alt,
            "note": chart.note,
        })).collect::<Vec<_>>(),
        "sensitivity": sensitivity(&f),
        "assumptions": assumptions(&f, case),
        "non_economic": case.non_economic_benefits,
    })
}

/// What the amounts are in: "Beløb i kr., prisniveau: 2018 p/l".
fn basis(t: Texts, case: &BusinessCase, c: &Computation) -> String {
    format!(
        "{} {}, {}: {}",
        t.label("bc_amounts_in"),
        unit_label(t, c.unit),
        t.label("bc_price_level_in_text"),
        case.price_level
    )
}

/// What the signs of the amounts mean, in the case's convention.
fn sign_legend(t: Texts, c: &Computation) -> &'static str {
    t.label(if c.savings_negative {
        "bc_legend_negative"
    } else {
        "bc_legend_positive"
    })
}

/// The figures of the business case slide, for a plan with a business case: the basis
/// ("Beløb i kr., prisniveau: …") and the investment, the net over the period, payback and
/// net present value, each as [label, value, unit or none], shown as the appendix shows them.
pub(super) fn slide_figures(model: &Model) -> Option<Value> {
    let (case, c) = (model.plan.business_case.as_ref()?, model.business_case?);
    let t = model.texts;
    let f = Figures { t, c };
    let unit = unit_label(t, c.unit);
    let span = match (c.years.first(), c.years.last()) {
        (Some(first), Some(last)) => format!(" {first}–{last}"),
        _ => String::new(),
    };
    Some(json!({
        "basis": basis(t, case, c),
        "legend": sign_legend(t, c),
        "figures": [
            [t.label("slides_investment"), f.money(&c.investments.total, Role::Cost), unit],
            [format!("{}{span}", t.label("slides_net")), f.money(&c.net.total, Role::Balance), unit],
            [t.label("bc_payback"), f.payback(c.payback.as_ref()), none()],
            [format!("{} {}", t.label("bc_npv"), rate_text(&f)), f.money(&c.npv, Role::Balance), unit],
        ],
    }))
}

/// The charts' SVG files; none when the plan has no business case.
pub fn assets(model: &Model) -> Vec<Asset> {
    let Some(c) = model.business_case else {
        return Vec::new();
    };
    charts(&Figures { t: model.texts, c })
        .into_iter()
        .map(|chart| Asset {
            path: chart.path.to_string(),
            data: chart.svg.into_bytes(),
        })
        .collect()
}

/// The computation and the texts to show it with.
struct Figures<'a> {
    t: Texts,
    c: &'a Computation,
}

impl Figures<'_> {
    /// A money figure in the case's unit and sign convention, in the language's format.
    fn money(&self, kroner: &BigRational, role: Role) -> String {
        self.t.number(self.c.display(kroner, role) as f64, 0)
    }

    /// A rate or count, rounded to a whole number on its own, in the language's format.
    fn whole(&self, value: &BigRational) -> String {
        self.t.number(round_half_away_from_zero(value) as f64, 0)
    }

    /// A value with up to two decimals, in the language's format.
    fn decimal(&self, value: &BigRational) -> String {
        self.t.number(value.to_f64().unwrap_or(0.0), 2)
    }

    /// A share as a percentage: 3/5 → "60 %" (Danish) or "60%" (English).
    fn percent(&self, share: &BigRational) -> String {
        let hundred = BigRational::from_integer(100.into());
        self.t.percent(&self.decimal(&(share * hundred)))
    }

    /// The same text in every year column.
    fn every_year(&self, text: String) -> Vec<String> {
        vec![text; self.c.years.len()]
    }

    /// Payback as "2016 (0,40 år inde i året)" or "2016 (0.40 years into the year)", or that
    /// there is none within the period.
    fn payback(&self, payback: Option<&Payback>) -> String {
        let t = self.t;
        match payback {
            Some(p) if p.fraction.is_zero() => {
                format!("{} ({})", p.year, t.label("bc_payback_at_start"))
            }
            Some(p) => {
                // Always two decimals, "0,40", so that the fractions line up.
                let hundred = BigRational::from_integer(100.into());
                // Below one whole year by definition; 0,995 and up shows as 0,99.
                let hundredths = round_half_away_from_zero(&(&p.fraction * hundred)).min(99);
                format!(
                    "{} (0{}{hundredths:02} {})",
                    p.year,
                    t.decimal_mark(),
                    t.label("bc_payback_into_year")
                )
            }
            None => t.label("bc_no_payback").to_string(),
        }
    }
}

/// "kr." or "1.000 kr.".
pub(super) fn unit_label(t: Texts, unit: Unit) -> &'static str {
    match unit {
        Unit::Kr => t.label("bc_unit_kr"),
        Unit::TusindKr => t.label("bc_unit_tkr"),
    }
}

/// How a row of the year table is set.
#[derive(Clone, Copy)]
enum Style {
    /// A driver or a line: plain.
    Plain,
    /// A subtotal: semibold.
    Sum,
    /// A result the steering group reads first: bold on a light fill.
    Key,
}

/// One row of the year table.
fn row(label: &str, unit: &str, cells: Vec<String>, total: Option<String>, style: Style) -> Value {
    json!({
        "label": label,
        "unit": unit,
        "cells": cells,
        "total": total,
        "style": match style {
            Style::Plain => "plain",
            Style::Sum => "sum",
            Style::Key => "key",
        },
    })
}

/// A row of money figures in the case's unit, with their total.
fn money_row(
    f: &Figures,
    label: &str,
    row_of: &crate::business_case::Row,
    role: Role,
    style: Style,
) -> Value {
    row(
        label,
        unit_label(f.t, f.c.unit),
        row_of.per_year.iter().map(|v| f.money(v, role)).collect(),
        Some(f.money(&row_of.total, role)),
        style,
    )
}

/// The year table's sections: drivers, each freed-time computation, gains, costs, result.
fn year_table(f: &Figures, case: &BusinessCase) -> Vec<Value> {
    let t = f.t;
    let c = f.c;
    let kr = t.label("bc_unit_kr");
    let people = t.label("bc_unit_people");
    let mut sections = Vec::new();

    let mut drivers = Vec::new();
    for (label, group) in [
        ("bc_target_group", &case.target_group),
        ("bc_new_people", &case.new_people),
    ] {
        if let Some(group) = group {
            let values: Vec<&BigRational> = group.per_year.iter().map(|n| n.value()).collect();
            let total = (label == "bc_new_people")
                .then(|| f.decimal(&values.iter().fold(BigRational::zero(), |sum, v| sum + *v)));
            drivers.push(row(
                t.label(label),
                people,
                values.iter().map(|v| f.decimal(v)).collect(),
                total,
                Style::Plain,
            ));
        }
    }
    if !drivers.is_empty() {
        sections.push(json!({ "title": t.label("bc_drivers"), "rows": drivers }));
    }

    for (line, result) in case.benefits.iter().zip(&c.benefits) {
        let (Some(time), Some(computed)) = (&line.time_saved, &result.time) else {
            continue;
        };
        let mut rows = Vec::new();
        for improvement in &time.process_improvements {
            rows.push(row(
                &improvement.label,
                t.label("bc_unit_minutes"),
                f.every_year(f.decimal(improvement.minutes_per_day.value())),
                None,
                Style::Plain,
            ));
        }
        rows.push(row(
            t.label("bc_minutes_total"),
            t.label("bc_unit_minutes"),
            f.every_year(f.decimal(&computed.minutes_per_day)),
            None,
            Style::Sum,
        ));
        rows.push(row(
            t.label("bc_days_per_year"),
            t.label("bc_unit_days"),
            f.every_year(f.decimal(time.days_per_year.value.value())),
            None,
            Style::Plain,
        ));
        rows.push(row(
            t.label("bc_hours_per_person"),
            t.label("bc_unit_hours"),
            f.every_year(f.whole(&computed.hours_per_person)),
            None,
            Style::Plain,
        ));
        rows.push(row(
            t.label("bc_hours_all"),
            t.label("bc_unit_hours"),
            computed
                .hours_all
                .per_year
                .iter()
                .map(|v| f.whole(v))
                .collect(),
            Some(f.whole(&computed.hours_all.total)),
            Style::Sum,
        ));
        rows.push(row(
            t.label("bc_hourly_wage"),
            kr,
            computed.hourly_wage.iter().map(|v| f.whole(v)).collect(),
            None,
            Style::Plain,
        ));
        rows.push(row(
            t.label("bc_effective_share"),
            "%",
            f.every_year(f.percent(time.effective_share.value.value())),
            None,
            Style::Plain,
        ));
        rows.push(row(
            t.label("bc_kr_per_effective_hour"),
            kr,
            computed
                .kr_per_effective_hour
                .iter()
                .map(|v| f.whole(v))
                .collect(),
            None,
            Style::Plain,
        ));
        rows.push(row(
            t.label("bc_gain_per_person"),
            kr,
            computed
                .gain_per_person
                .per_year
                .iter()
                .map(|v| f.whole(v))
                .collect(),
            Some(f.whole(&computed.gain_per_person.total)),
            Style::Sum,
        ));
        sections.push(json!({
            "title": format!("{}: {}", t.label("bc_freed_time_of"), result.label),
            "rows": rows,
        }));
    }

    let mut gains = Vec::new();
    for result in &c.benefits {
        let label = format!("{} ({})", result.label, category_label(t, result.category));
        gains.push(money_row(
            f,
            &label,
            &result.amounts,
            Role::Gain,
            Style::Plain,
        ));
    }
    gains.push(money_row(
        f,
        t.label("bc_budget_savings"),
        &c.budget_savings,
        Role::Gain,
        Style::Sum,
    ));
    gains.push(money_row(
        f,
        t.label("bc_freed_time"),
        &c.freed_time,
        Role::Gain,
        Style::Sum,
    ));
    gains.push(money_row(
        f,
        gains_label(t, c.gains_basis),
        &c.gains,
        Role::Gain,
        Style::Key,
    ));
    sections.push(json!({ "title": t.label("bc_gains"), "rows": gains }));

    let mut costs = Vec::new();
    for kind in [
        CostKind::Investment,
        CostKind::Operation,
        CostKind::Project,
        CostKind::Other,
    ] {
        let lines: Vec<_> = case
            .costs
            .iter()
            .zip(&c.costs)
            .filter(|(line, _)| line.kind == kind)
            .collect();
        for (line, result) in &lines {
            if let (Some(per_person), Some(computed)) = (&line.per_person, &result.per_person) {
                let per = t.label(match per_person.persons {
                    Persons::NewPeople => "bc_per_new_person",
                    Persons::TargetGroup => "bc_per_person",
                });
                for component in &per_person.components {
                    rows_push_rate(f, &mut costs, &format!("{} {per}", component.label), {
                        component.amount.value()
                    });
                }
                if per_person.components.len() > 1 {
                    rows_push_rate(
                        f,
                        &mut costs,
                        &format!("{} {per}", t.label("bc_price_total")),
                        &computed.amount_per_person,
                    );
                }
            }
            costs.push(money_row(
                f,
                &result.label,
                &result.amounts,
                Role::Cost,
                Style::Plain,
            ));
        }
        if lines.len() > 1 {
            let subtotal = match kind {
                CostKind::Investment => &c.investments,
                CostKind::Operation => &c.operations,
                CostKind::Project => &c.project_costs,
                CostKind::Other => &c.other_costs,
            };
            let label = format!("{} {}", cost_kind_label(t, kind), t.label("bc_in_all"));
            costs.push(money_row(f, &label, subtotal, Role::Cost, Style::Sum));
        }
    }
    costs.push(money_row(
        f,
        t.label("bc_total_costs"),
        &c.total_costs,
        Role::Cost,
        Style::Key,
    ));
    sections.push(json!({ "title": t.label("bc_costs"), "rows": costs }));

    let cumulative = row(
        t.label("bc_cumulative"),
        unit_label(t, c.unit),
        c.cumulative
            .iter()
            .map(|v| f.money(v, Role::Balance))
            .collect(),
        None,
        Style::Sum,
    );
    sections.push(json!({
        "title": t.label("bc_result"),
        "rows": [
            money_row(f, gains_label(t, c.gains_basis), &c.gains, Role::Gain, Style::Plain),
            money_row(f, t.label("bc_total_costs"), &c.total_costs, Role::Cost, Style::Plain),
            money_row(f, balance_label(t, c.savings_negative), &c.net, Role::Balance, Style::Key),
            cumulative,
        ],
    }));
    sections
}

/// A rate in kroner per person, the same every year, without a total.
fn rows_push_rate(f: &Figures, rows: &mut Vec<Value>, label: &str, amount: &BigRational) {
    rows.push(row(
        label,
        f.t.label("bc_unit_kr"),
        f.every_year(f.whole(amount)),
        None,
        Style::Plain,
    ));
}

/// The balance's label, saying which way it is computed.
fn balance_label(t: Texts, savings_negative: bool) -> &'static str {
    t.label(if savings_negative {
        "bc_balance_negative"
    } else {
        "bc_balance_positive"
    })
}

/// What the gains total contains, so that it is never shown without saying so.
fn gains_label(t: Texts, basis: GainsBasis) -> &'static str {
    t.label(match basis {
        GainsBasis::Nothing => "bc_gains_nothing",
        GainsBasis::BudgetSavings => "bc_gains_budget",
        GainsBasis::FreedTime => "bc_gains_freed",
        GainsBasis::Both => "bc_gains_both",
    })
}

/// A benefit line's category in words.
fn category_label(t: Texts, category: Category) -> &'static str {
    t.label(match category {
        Category::BudgetSaving => "bc_category_budget",
        Category::FreedTime => "bc_category_freed",
    })
}

/// A cost kind in words.
fn cost_kind_label(t: Texts, kind: CostKind) -> &'static str {
    t.label(match kind {
        CostKind::Investment => "bc_kind_investment",
        CostKind::Operation => "bc_kind_operation",
        CostKind::Project => "bc_kind_project",
        CostKind::Other => "bc_kind_other",
    })
}

/// The discount rate as "3,5 % p.a.".
fn rate_text(f: &Figures) -> String {
    format!(
        "{} {}",
        f.percent(&f.c.discount_rate),
        f.t.label("bc_per_year")
    )
}

/// The figures a steering group reads first: totals, payback and net present value.
fn key_figures(f: &Figures, case: &BusinessCase) -> Vec<Value> {
    let t = f.t;
    let c = f.c;
    let unit = unit_label(t, c.unit);
    let first = c.years.first().copied().unwrap_or(case.first_year);
    let money = |label: &str, value: String| json!([label, value, unit, none()]);
    vec![
        money(
            gains_label(t, c.gains_basis),
            f.money(&c.gains.total, Role::Gain),
        ),
        money(
            t.label("bc_budget_savings"),
            f.money(&c.budget_savings.total, Role::Gain),
        ),
        money(
            t.label("bc_freed_time"),
            f.money(&c.freed_time.total, Role::Gain),
        ),
        money(
            t.label("bc_total_costs"),
            f.money(&c.total_costs.total, Role::Cost),
        ),
        money(
            balance_label(t, c.savings_negative),
            f.money(&c.net.total, Role::Balance),
        ),
        json!([
            t.label("bc_payback"),
            f.payback(c.payback.as_ref()),
            none(),
            t.label("bc_payback_note"),
        ]),
        json!([
            format!("{} {}", t.label("bc_npv"), rate_text(f)),
            f.money(&c.npv, Role::Balance),
            unit,
            format!(
                "{} {first} {}",
                t.label("bc_npv_note_before"),
                t.label("bc_npv_note_after")
            ),
        ]),
    ]
}

/// The steering group's summary of the business case for the one-pager, with the same
/// figures, labels and rounding as the appendix's key figures: (label, value, unit) for the
/// investment, the balance over the period, payback and the net present value. `None` when
/// the plan has no business case.
pub(super) fn steering_summary(model: &Model) -> Option<Vec<[String; 3]>> {
    let c = model.business_case?;
    let t = model.texts;
    let f = Figures { t, c };
    let unit = unit_label(t, c.unit).to_string();
    Some(vec![
        [
            cost_kind_label(t, CostKind::Investment).to_string(),
            f.money(&c.investments.total, Role::Cost),
            unit.clone(),
        ],
        [
            balance_label(t, c.savings_negative).to_string(),
            f.money(&c.net.total, Role::Balance),
            unit.clone(),
        ],
        [
            t.label("bc_payback").to_string(),
            f.payback(c.payback.as_ref()),
            String::new(),
        ],
        [
            format!("{} {}", t.label("bc_npv"), rate_text(&f)),
            f.money(&c.npv, Role::Balance),
            unit,
        ],
    ])
}

/// A JSON null, for a missing note.
fn none() -> Value {
    Value::Null
}

/// The sensitivity table: one row per scenario.
fn sensitivity(f: &Figures) -> Value {
    let t = f.t;
    let hundred = BigRational::from_integer(100.into());
    let rows: Vec<Value> =
        f.c.sensitivity
            .iter()
            .map(|s| {
                let scenario = if s.costs_factor.is_one() {
                    format!(
                        "{} {}",
                        t.label("bc_scenario_gains"),
                        f.percent(&s.gains_share)
                    )
                } else {
                    let more = (&s.costs_factor - BigRational::one()) * &hundred;
                    format!(
                        "{} +{}",
                        t.label("bc_scenario_costs"),
                        t.percent(&f.decimal(&more))
                    )
                };
                json!({
                    "scenario": scenario,
                    "gains": f.money(&s.gains, Role::Gain),
                    "costs": f.money(&s.costs, Role::Cost),
                    "net": f.money(&s.net, Role::Balance),
                    "payback": f.payback(s.payback.as_ref()),
                    "npv": f.money(&s.npv, Role::Balance),
                })
            })
            .collect();
    json!({
        "unit": format!("{} {}", t.label("bc_amounts_in"), unit_label(t, f.c.unit)),
        "npv_header": format!("{} {}", t.label("bc_npv"), rate_text(f)),
        "rows": rows,
    })
}

/// The assumptions behind the figures, each with its value and source.
fn assumptions(f: &Figures, case: &BusinessCase) -> Vec<Value> {
    let t = f.t;
    let kr = t.label("bc_unit_kr");
    let mut rows = Vec::new();
    let mut add = |what: String, value: String, source: Option<&String>| {
        rows.push(json!({ "what": what, "value": value, "source": source }));
    };
    add(
        t.label("bc_price_level").to_string(),
        case.price_level.clone(),
        None,
    );
    let default_source = t.label("bc_rate_default_source").to_string();
    add(
        t.label("bc_discount_rate").to_string(),
        rate_text(f),
        case.discount_rate.is_none().then_some(&default_source),
    );
    for (label, group) in [
        ("bc_target_group", &case.target_group),
        ("bc_new_people", &case.new_people),
    ] {
        if let Some(group) = group {
            let values: Vec<String> = group
                .per_year
                .iter()
                .map(|n| f.decimal(n.value()))
                .collect();
            add(
                t.label(label).to_string(),
                values.join("; "),
                group.source.as_ref(),
            );
        }
    }
    for line in &case.benefits {
        match &line.time_saved {
            Some(time) => {
                for improvement in &time.process_improvements {
                    add(
                        format!("{}: {}", line.label, improvement.label),
                        format!(
                            "{} {}",
                            f.decimal(improvement.minutes_per_day.value()),
                            t.label("bc_unit_minutes")
                        ),
                        improvement.source.as_ref(),
                    );
                }
                add(
                    t.label("bc_days_per_year").to_string(),
                    f.decimal(time.days_per_year.value.value()),
                    time.days_per_year.source.as_ref(),
                );
                let wage = &time.hourly_wage;
                add(
                    t.label("bc_hourly_wage").to_string(),
                    format!(
                        "{} {kr} {} {}, {} {} {}",
                        f.decimal(wage.amount.value()),
                        t.label("bc_in_year"),
                        wage.base_year,
                        t.label("bc_indexed"),
                        f.percent(wage.indexation.value()),
                        t.label("bc_per_year")
                    ),
                    wage.source.as_ref(),
                );
                add(
                    t.label("bc_effective_share").to_string(),
                    f.percent(time.effective_share.value.value()),
                    time.effective_share.source.as_ref(),
                );
            }
            None => add(
                line.label.clone(),
                category_label(t, line.category).to_string(),
                line.source.as_ref(),
            ),
        }
    }
    for line in &case.costs {
        let value = match &line.per_person {
            Some(per_person) => {
                let price = per_person
                    .components
                    .iter()
                    .fold(BigRational::zero(), |sum, c| sum + c.amount.value());
                let per = t.label(match per_person.persons {
                    Persons::NewPeople => "bc_per_new_person",
                    Persons::TargetGroup => "bc_per_person",
                });
                format!(
                    "{}: {} {kr} {per}",
                    cost_kind_label(t, line.kind),
                    f.whole(&price)
                )
            }
            None => cost_kind_label(t, line.kind).to_string(),
        };
        add(line.label.clone(), value, line.source.as_ref());
        if let Some(per_person) = &line.per_person {
            for component in &per_person.components {
                add(
                    format!("{}: {}", line.label, component.label),
                    format!("{} {kr}", f.whole(component.amount.value())),
                    component.source.as_ref(),
                );
            }
        }
    }
    rows
}

/// A chart: where it is, what it says in words, and its SVG.
struct Chart {
    path: &'static str,
    title: String,
    alt: String,
    note: String,
    svg: String,
}

/// The two charts: yearly costs against gains, and the cumulative balance with payback.
fn charts(f: &Figures) -> Vec<Chart> {
    let t = f.t;
    let c = f.c;
    let unit = unit_label(t, c.unit);
    let number = |v: f64| t.number(v, 0);
    let in_unit = |kroner: &BigRational| c.display(kroner, Role::Cost) as f64;
    let span = match (c.years.first(), c.years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    };

    let gains: Vec<f64> = c.gains.per_year.iter().map(in_unit).collect();
    let costs: Vec<f64> = c.total_costs.per_year.iter().map(in_unit).collect();
    let title = format!("{}, {span}", t.label("bc_chart_costs_title"));
    let labels = Labels {
        title: title.clone(),
        x_axis: t.label("bc_year").to_string(),
        y_axis: unit.to_string(),
        series: vec![
            gains_label(t, c.gains_basis).to_string(),
            t.label("bc_total_costs").to_string(),
        ],
    };
    let per_year: Vec<String> = c
        .years
        .iter()
        .zip(gains.iter().zip(&costs))
        .map(|(year, (g, k))| {
            format!(
                "{year}: {} {} {unit}, {} {} {unit}",
                t.label("bc_alt_gains"),
                number(*g),
                t.label("bc_alt_costs"),
                number(*k)
            )
        })
        .collect();
    let costs_chart = Chart {
        path: COSTS_CHART,
        alt: format!(
            "{} {}. {}.",
            t.label("bc_alt_costs_chart"),
            title,
            per_year.join("; ")
        ),
        title,
        note: t.label("bc_chart_costs_note").to_string(),
        svg: chart::costs_and_gains(&labels, &c.years, &gains, &costs, &number),
    };

    let cumulative: Vec<f64> = c
        .cumulative
        .iter()
        .map(|v| c.display(v, Role::Balance) as f64)
        .collect();
    let title = format!("{}, {span}", t.label("bc_chart_cumulative_title"));
    let payback_text = format!(
        "{}: {}",
        t.label("bc_payback"),
        f.payback(c.payback.as_ref())
    );
    let ends_above = c
        .cumulative
        .last()
        .is_none_or(|v| c.display(v, Role::Balance) >= 0);
    let elapsed = c
        .payback
        .as_ref()
        .map(|p| p.elapsed.to_f64().unwrap_or(0.0));
    let labels = Labels {
        title: title.clone(),
        x_axis: t.label("bc_year").to_string(),
        y_axis: unit.to_string(),
        series: vec![
            t.label("bc_chart_cumulative_series").to_string(),
            t.label("bc_payback").to_string(),
        ],
    };
    let per_year: Vec<String> = c
        .years
        .iter()
        .zip(&cumulative)
        .map(|(year, v)| format!("{year}: {} {unit}", number(*v)))
        .collect();
    let cumulative_chart = Chart {
        path: CUMULATIVE_CHART,
        alt: format!(
            "{} {}. {}: {}. {}.",
            t.label("bc_alt_line_chart"),
            title,
            t.label("bc_chart_cumulative_series"),
            per_year.join("; "),
            payback_text
        ),
        title,
        note: format!(
            "{} {}",
            t.label("bc_chart_cumulative_note"),
            t.label(if c.savings_negative {
                "bc_legend_negative"
            } else {
                "bc_legend_positive"
            })
        ),
        svg: chart::cumulative_balance(
            &labels,
            &c.years,
            &cumulative,
            elapsed.map(|at| (at, payback_text.as_str(), ends_above)),
            &number,
        ),
    };
    vec![costs_chart, cumulative_chart]
}
