//! The business case (business case-bilag): its YAML model and its exact computation.
//!
//! The business case is the economics that decide whether the steering group approves a
//! project, so its figures must be the figures the planner's spreadsheet shows, to the krone.
//! Everything is therefore computed with exact rational numbers: the YAML text `0.035` is the
//! fraction 35/1000, never a binary float, and no value is rounded until it is displayed. A
//! total is summed from unrounded values and rounded once, which is why a total can differ by a
//! krone from the sum of the rounded cells above it (as in the seed's own table).
//!
//! Canonical signs inside the engine: a gain is positive, a cost is positive and the balance is
//! gains minus costs. The plan's sign convention (`savings_negative`) only decides how explicit
//! benefit amounts are written in the YAML and how figures are shown; see [`Role`].
//!
//! The method keeps budget-effective savings (money taken out of a budget) apart from freed
//! time valued in kroner (an efficiency that is not yet a budget cut): every benefit line has a
//! [`Category`], both are summed separately, and the combined total carries a [`GainsBasis`]
//! whose label says what it contains.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Finansministeriet's discount rate for years 0–35 of a project: 3.5 % a year.
const DEFAULT_DISCOUNT_RATE_PER_MILLE: i64 = 35;
/// The number of years (0–35) the default discount rate is given for.
const DEFAULT_RATE_YEARS: usize = 36;
/// The most year columns a business case may have; more is a typing error, not a plan.
const MAX_YEARS: i64 = 100;
/// The largest magnitude, in kroner (or hours), any computed figure may reach. Nothing a
/// municipality budgets comes near it, and staying below it lets every figure be shown as i64.
const MAX_MAGNITUDE: i64 = 1_000_000_000_000_000;

/// A business case: the value of the plan's top-level `business_case:` key.
///
/// Years are the table's columns. Benefit lines and cost lines each hold either explicit
/// amounts per year or a computation from drivers (people, minutes, wages, prices per person).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BusinessCase {
    /// A heading for the appendix, e.g. "Generisk business case".
    #[serde(default)]
    pub title: Option<String>,
    /// The first year column, e.g. 2015. It is year 0 for the net present value.
    pub first_year: i32,
    /// The last year column, e.g. 2018 (inclusive).
    pub last_year: i32,
    /// The unit of explicit amounts and of the money tables: kroner or 1.000 kroner.
    pub unit: Unit,
    /// The price level the amounts are stated in, e.g. "2018 p/l" or "løbende priser".
    /// Required because a figure without a price level cannot be compared with a budget.
    pub price_level: String,
    /// The sign convention, stated explicitly because both are in use. `true`: savings and
    /// gains are negative and costs positive, as in Copenhagen's budget tables; `false`: gains
    /// and costs are both positive and the balance is gains minus costs. It governs how
    /// explicit benefit amounts are written here and how every figure is shown.
    pub savings_negative: bool,
    /// The yearly discount rate for the net present value, as a fraction (`0.035`) or a
    /// percentage (`3.5 %`). Defaults to Finansministeriet's 3.5 % for years 0–35; a case longer
    /// than 36 years must state its rate, since the default does not cover it.
    #[serde(default)]
    pub discount_rate: Option<Number>,
    /// People in the target group per year (e.g. citizens using the technology). Drives the
    /// freed-time gains and costs per installed person.
    #[serde(default)]
    pub target_group: Option<PeoplePerYear>,
    /// People who are new each year. Drives investments per new person.
    #[serde(default)]
    pub new_people: Option<PeoplePerYear>,
    /// Benefit lines (gevinster), each budget-effective or freed time.
    #[serde(default)]
    pub benefits: Vec<BenefitLine>,
    /// Cost lines (omkostninger): investments, operation, project costs and other costs.
    #[serde(default)]
    pub costs: Vec<CostLine>,
    /// Benefits that are not counted in kroner (quality, safety, dignity…). The seed stresses
    /// that they often come first, so they are listed next to the figures rather than dropped.
    #[serde(default)]
    pub non_economic_benefits: Vec<String>,
}

/// The unit of explicit amounts and of the money tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Kroner.
    Kr,
    /// Thousands of kroner (1.000 kr.), as budget tables usually are.
    TusindKr,
}

impl Unit {
    /// How many kroner one unit is: 1 or 1000.
    pub fn kroner(self) -> BigRational {
        match self {
            Unit::Kr => BigRational::one(),
            Unit::TusindKr => BigRational::from_integer(BigInt::from(1000)),
        }
    }
}

/// A number as the planner wrote it, kept exact.
///
/// Written as an integer (`12000`), a decimal with a point (`0.6`) or a percentage (`60 %`,
/// meaning 0.6). Refused, because a Danish planner easily types them by mistake: a decimal
/// comma (`0,6`) and anything that looks like Danish thousands separators (`12.000`,
/// `-12.390`, `1.350.000`), which YAML would otherwise read as twelve, not twelve thousand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(BigRational);

impl Number {
    /// The exact value.
    pub fn value(&self) -> &BigRational {
        &self.0
    }
}

impl JsonSchema for Number {
    fn schema_name() -> Cow<'static, str> {
        "Number".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^\s*[-+]?\d+(\.\d+)?\s*%\s*$"}
            ],
            "description": "A number such as 12000, -12390 or 0.6, or a percentage such as \"60 %\"."
        })
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumberVisitor;
        impl Visitor<'_> for NumberVisitor {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number such as 12000, 0.6 or 60 %")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Number, E> {
                parse_number(text).map(Number).map_err(E::custom)
            }
        }
        // Asking for a string gives the scalar exactly as typed, so `0.035` never passes
        // through a float and `12.000` can be recognised as a probable thousands separator.
        deserializer.deserialize_str(NumberVisitor)
    }
}

/// Parses the text of a [`Number`] exactly.
fn parse_number(text: &str) -> Result<BigRational, String> {
    let trimmed = text.trim();
    let (body, percent) = match trimmed.strip_suffix('%') {
        Some(body) => (body.trim_end(), true),
        None => (trimmed, false),
    };
    if body.contains(',') {
        return Err(format!(
            "'{text}': write decimals with a point (0.6), not a comma (0,6)"
        ));
    }
    let (negative, unsigned) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.strip_prefix('+').unwrap_or(body)),
    };
    let (whole, decimals) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let thousands = format!(
        "'{text}' looks like Danish thousands separators; write the number without them \
         (12000, not 12.000). If you meant a decimal number, write it with another number of \
         decimals (1.5, not 1.500)"
    );
    if decimals.contains('.') {
        return Err(thousands);
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || (unsigned.contains('.') && !digits(decimals)) {
        return Err(format!(
            "'{text}' is not a number; write e.g. 12000, -12390, 0.6 or 60 %"
        ));
    }
    if !percent && decimals.len() == 3 && whole.len() <= 3 && !whole.starts_with('0') {
        return Err(thousands);
    }
    let mut value = BigRational::new(
        format!("{whole}{decimals}")
            .parse::<BigInt>()
            .map_err(|e| e.to_string())?,
        BigInt::from(10).pow(decimals.len() as u32),
    );
    if negative {
        value = -value;
    }
    if percent {
        value /= BigInt::from(100);
    }
    Ok(value)
}

/// A number of people per year, one value per year column, with where it comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeoplePerYear {
    /// One count per year, e.g. `[20, 30, 40, 50]`. May be fractional (full-year equivalents).
    pub per_year: Vec<Number>,
    /// Where the figures come from; the appendix prints it with the assumptions.
    #[serde(default)]
    pub source: Option<String>,
}

/// A single driver value with where it comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    /// The value, e.g. `365` days or `60 %`.
    pub value: Number,
    /// Where the value comes from; the appendix prints it with the assumptions.
    #[serde(default)]
    pub source: Option<String>,
}

/// Whether a benefit is money taken out of a budget or time freed and valued in kroner.
///
/// The method keeps the two apart: freed time only becomes money when a budget is reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A budget-effective saving: the amount is actually taken out of a budget.
    BudgetSaving,
    /// Freed time valued in kroner: an efficiency, not (yet) a budget cut.
    FreedTime,
}

/// A benefit line: explicit `amounts` or a `time_saved` computation, never both.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitLine {
    /// An identifier a benefit of the realisation plan can point to, to show its value.
    #[serde(default)]
    pub id: Option<String>,
    /// The line's text, e.g. "Sparede lønudgifter ift. borgere med handicap".
    pub label: String,
    /// Budget-effective saving or freed time; stated for every line, as the method demands.
    pub category: Category,
    /// Where the figures come from.
    #[serde(default)]
    pub source: Option<String>,
    /// One amount per year in the case's unit, signed by the case's sign convention (a saving
    /// is negative when `savings_negative` is true).
    #[serde(default)]
    pub amounts: Option<Vec<Number>>,
    /// A gain computed from minutes saved per person, the target group and the wage.
    #[serde(default)]
    pub time_saved: Option<TimeSaved>,
}

/// The drivers of a gain computed from freed time, as in the seed's generic case.
///
/// Hours per person a year = minutes per day × days per year / 60; kroner per effective hour =
/// hourly wage × indexation factor / effective share; the gain = hours × that rate × people in
/// the target group. Rates are in kroner whatever the case's unit.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeSaved {
    /// The process improvements; their minutes per day per person are added up.
    pub process_improvements: Vec<ProcessImprovement>,
    /// Days a year the improvements apply, e.g. 365 for round-the-clock care.
    pub days_per_year: Sourced,
    /// The hourly wage including pension, and its yearly indexation.
    pub hourly_wage: HourlyWage,
    /// The share of paid time that is effective working time, e.g. `60 %`. An hour of
    /// effective work therefore costs the wage divided by this share.
    pub effective_share: Sourced,
}

/// A process improvement: minutes saved per day for each person in the target group.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessImprovement {
    /// What improves, e.g. "Forflytning med én hjælper i stedet for to".
    pub label: String,
    /// Minutes saved per day per person. Negative if the change costs time.
    pub minutes_per_day: Number,
    /// Where the figure comes from (a time study, a supplier's test…).
    #[serde(default)]
    pub source: Option<String>,
}

/// The hourly wage including pension, in kroner, indexed from a base year.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HourlyWage {
    /// Kroner per paid hour including pension in the base year, e.g. 180.
    pub amount: Number,
    /// The year the amount is stated in, e.g. 2015.
    pub base_year: i32,
    /// The yearly indexation, e.g. `1.5 %`; `0` for fixed prices. Year y's wage is
    /// amount × (1 + indexation)^(y − base_year).
    pub indexation: Number,
    /// Where the wage comes from (a pay scale, the finance department…).
    #[serde(default)]
    pub source: Option<String>,
}

/// What a cost line is; the appendix subtotals costs by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    /// Investments (technology, training, installation).
    Investment,
    /// Operation and maintenance.
    Operation,
    /// Project costs (management, procurement, communication, evaluation).
    Project,
    /// Any other cost.
    Other,
}

/// A cost line: explicit `amounts` or a `per_person` computation, never both.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    /// The line's text, e.g. "Projektledelse og -aktiviteter".
    pub label: String,
    /// Which subtotal the line belongs to.
    pub kind: CostKind,
    /// Where the figures come from.
    #[serde(default)]
    pub source: Option<String>,
    /// One amount per year in the case's unit; a cost is positive in both sign conventions.
    #[serde(default)]
    pub amounts: Option<Vec<Number>>,
    /// A cost computed as a price per person times a number of people per year.
    #[serde(default)]
    pub per_person: Option<PerPerson>,
}

/// A cost per person: the components' prices are added and multiplied by the people.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerPerson {
    /// Which people the price applies to.
    pub persons: Persons,
    /// The price components, e.g. technology, training and installation.
    pub components: Vec<Component>,
}

/// Which count of people a per-person cost multiplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Persons {
    /// `new_people`: e.g. an investment paid once per new person.
    NewPeople,
    /// `target_group`: everyone installed that year, e.g. operation and maintenance.
    TargetGroup,
}

/// One price component of a per-person cost.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// What is paid for, e.g. "Teknologi".
    pub label: String,
    /// Kroner per person (always kroner, whatever the case's unit).
    pub amount: Number,
    /// Where the price comes from.
    #[serde(default)]
    pub source: Option<String>,
}

/// A summable figure: one unrounded value per year and the unrounded total.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// One value per year column.
    pub per_year: Vec<BigRational>,
    /// The sum of `per_year`, unrounded, so it is rounded once when shown.
    pub total: BigRational,
}

impl Row {
    fn new(per_year: Vec<BigRational>) -> Row {
        let total = per_year.iter().fold(BigRational::zero(), |sum, v| sum + v);
        Row { per_year, total }
    }

    fn zeros(years: usize) -> Row {
        Row::new(vec![BigRational::zero(); years])
    }

    fn combine(&self, other: &Row, f: impl Fn(&BigRational, &BigRational) -> BigRational) -> Row {
        Row::new(
            self.per_year
                .iter()
                .zip(&other.per_year)
                .map(|(a, b)| f(a, b))
                .collect(),
        )
    }
}

/// The computed figures of a benefit line, in the same order as [`BusinessCase::benefits`].
#[derive(Debug, Clone)]
pub struct BenefitResult {
    /// The line's identifier, if any.
    pub id: Option<String>,
    /// The line's text.
    pub label: String,
    /// Budget-effective saving or freed time.
    pub category: Category,
    /// The gain per year in kroner, canonical sign (a gain is positive).
    pub amounts: Row,
    /// The intermediate figures when the gain is computed from freed time.
    pub time: Option<TimeResult>,
}

/// The intermediate figures of a freed-time gain, as the seed's table shows them.
#[derive(Debug, Clone)]
pub struct TimeResult {
    /// Minutes saved per day per person, all improvements together.
    pub minutes_per_day: BigRational,
    /// Hours saved a year per person (the same every year).
    pub hours_per_person: BigRational,
    /// Hours saved a year, all persons.
    pub hours_all: Row,
    /// Kroner per paid hour including pension, indexed to each year.
    pub hourly_wage: Vec<BigRational>,
    /// Kroner per effective hour each year: the indexed wage divided by the effective share.
    pub kr_per_effective_hour: Vec<BigRational>,
    /// The gain per person each year, in kroner.
    pub gain_per_person: Row,
}

/// The computed figures of a cost line, in the same order as [`BusinessCase::costs`].
#[derive(Debug, Clone)]
pub struct CostResult {
    /// The line's text.
    pub label: String,
    /// Which subtotal the line belongs to.
    pub kind: CostKind,
    /// The cost per year in kroner (positive is a cost).
    pub amounts: Row,
    /// The intermediate figures when the cost is computed per person.
    pub per_person: Option<PerPersonResult>,
}

/// The intermediate figures of a per-person cost.
#[derive(Debug, Clone)]
pub struct PerPersonResult {
    /// Kroner per person, all components together (e.g. 27.000).
    pub amount_per_person: BigRational,
    /// The people it is multiplied by each year.
    pub persons: Row,
}

/// What the combined gains total contains, so it is never shown without saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GainsBasis {
    /// There are no benefit lines.
    Nothing,
    /// Only budget-effective savings.
    BudgetSavings,
    /// Only freed time valued in kroner.
    FreedTime,
    /// Budget-effective savings plus freed time valued in kroner.
    Both,
}

/// When the cumulative balance turns non-negative for good.
#[derive(Debug, Clone, PartialEq)]
pub struct Payback {
    /// The year in which the cumulative balance crosses zero.
    pub year: i32,
    /// How far into that year, 0 ≤ fraction < 1, assuming the year's net accrues evenly.
    pub fraction: BigRational,
    /// Years from the start of the first year: the year's index plus the fraction.
    pub elapsed: BigRational,
}

/// One row of the sensitivity table.
#[derive(Debug, Clone)]
pub struct SensitivityRow {
    /// The share of the gains realised, e.g. 1/2.
    pub gains_share: BigRational,
    /// The factor on the costs, e.g. 6/5 for costs +20 %.
    pub costs_factor: BigRational,
    /// Total gains in kroner in this scenario.
    pub gains: BigRational,
    /// Total costs in kroner in this scenario.
    pub costs: BigRational,
    /// Total balance (gains − costs) in kroner in this scenario.
    pub net: BigRational,
    /// Payback in this scenario, `None` if the balance ends negative.
    pub payback: Option<Payback>,
    /// Net present value in kroner in this scenario.
    pub npv: BigRational,
}

/// How a money figure is shown under the sign convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A gain or saving: shown negative when `savings_negative` is true.
    Gain,
    /// A cost: shown positive in both conventions.
    Cost,
    /// A balance or net present value (gains − costs): shown as costs − gains, i.e. the net
    /// budget change, when `savings_negative` is true.
    Balance,
}

/// Everything computed from a [`BusinessCase`], unrounded, in kroner and canonical signs.
///
/// Money is in kroner (not the case's unit) with a gain, a cost and a surplus all positive;
/// [`Computation::display`] converts to the unit and the sign convention and rounds once.
#[derive(Debug, Clone)]
pub struct Computation {
    /// The year columns.
    pub years: Vec<i32>,
    /// The unit the tables show.
    pub unit: Unit,
    /// The sign convention the tables show.
    pub savings_negative: bool,
    /// The discount rate used for the net present values.
    pub discount_rate: BigRational,
    /// Each benefit line's figures.
    pub benefits: Vec<BenefitResult>,
    /// Each cost line's figures.
    pub costs: Vec<CostResult>,
    /// Budget-effective savings in total.
    pub budget_savings: Row,
    /// Freed time valued in kroner in total.
    pub freed_time: Row,
    /// What `gains` contains; use its label whenever `gains` or `net` is shown.
    pub gains_basis: GainsBasis,
    /// All gains: `budget_savings` + `freed_time`.
    pub gains: Row,
    /// Investment costs.
    pub investments: Row,
    /// Operation and maintenance costs.
    pub operations: Row,
    /// Project costs.
    pub project_costs: Row,
    /// Other costs.
    pub other_costs: Row,
    /// All costs.
    pub total_costs: Row,
    /// The balance each year: gains − costs.
    pub net: Row,
    /// The cumulative balance at the end of each year.
    pub cumulative: Vec<BigRational>,
    /// Payback, `None` if the cumulative balance ends negative.
    pub payback: Option<Payback>,
    /// The net present value of `net` at `discount_rate`, the first year undiscounted.
    pub npv: BigRational,
    /// Gains realised at 50, 75 and 100 %, and costs +20 %.
    pub sensitivity: Vec<SensitivityRow>,
}

impl Computation {
    /// A money figure (kroner, canonical sign) as the tables show it: in the case's unit,
    /// signed by its convention, rounded once, half away from zero.
    pub fn display(&self, kroner: &BigRational, role: Role) -> i64 {
        let in_unit = kroner / self.unit.kroner();
        let flip = self.savings_negative && role != Role::Cost;
        round_half_away_from_zero(&if flip { -in_unit } else { in_unit })
    }
}

impl Computation {
    /// The benefit line with this identifier, for a realisation-plan benefit pointing to it.
    pub fn benefit(&self, id: &str) -> Option<&BenefitResult> {
        self.benefits.iter().find(|b| b.id.as_deref() == Some(id))
    }
}

/// Rounds to the nearest integer, half away from zero (777.997,5 → 777.998; −0,5 → −1).
///
/// Saturates at the i64 range; [`BusinessCase::compute`] refuses any figure beyond 10^15, so
/// figures of a [`Computation`] never reach it.
pub fn round_half_away_from_zero(value: &BigRational) -> i64 {
    let rounded = value.round().to_integer();
    rounded.to_i64().unwrap_or(if rounded.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

/// A per-year list checked against the year columns.
struct Columns {
    years: Vec<i32>,
}

impl Columns {
    fn list(&self, values: &[Number], what: &str) -> Result<Vec<BigRational>, String> {
        if values.len() != self.years.len() {
            return Err(format!(
                "{what} has {} value(s) but the business case has {} year(s), {}–{}; give one \
                 value per year",
                values.len(),
                self.years.len(),
                self.years[0],
                self.years[self.years.len() - 1]
            ));
        }
        Ok(values.iter().map(|v| v.0.clone()).collect())
    }

    fn people(&self, people: Option<&PeoplePerYear>, what: &str) -> Result<Row, String> {
        let Some(people) = people else {
            return Err(format!(
                "{what} is needed by a computed line but is not given"
            ));
        };
        let values = self.list(&people.per_year, &format!("{what}.per_year"))?;
        if values.iter().any(Signed::is_negative) {
            return Err(format!("{what}.per_year has a negative number of people"));
        }
        Ok(Row::new(values))
    }
}

impl BusinessCase {
    /// Computes every figure exactly, or explains what in the YAML is wrong.
    pub fn compute(&self) -> Result<Computation, String> {
        let span = i64::from(self.last_year) - i64::from(self.first_year);
        if !(0..MAX_YEARS).contains(&span) {
            return Err(format!(
                "business_case: first_year {} and last_year {} must span 1 to {MAX_YEARS} years",
                self.first_year, self.last_year
            ));
        }
        let columns = Columns {
            years: (self.first_year..=self.last_year).collect(),
        };
        let count = columns.years.len();
        let discount_rate = match &self.discount_rate {
            Some(rate) => rate.0.clone(),
            None if count > DEFAULT_RATE_YEARS => {
                return Err(format!(
                    "business_case: the default discount rate (3.5 %) covers years 0–35 only; \
                     set discount_rate for a case of {count} years"
                ));
            }
            None => ratio(DEFAULT_DISCOUNT_RATE_PER_MILLE, 1000),
        };
        if discount_rate.is_negative() || discount_rate >= BigRational::one() {
            return Err("business_case.discount_rate must be at least 0 and below 100 %".into());
        }

        let mut ids = Vec::new();
        let mut benefits = Vec::new();
        for (i, line) in self.benefits.iter().enumerate() {
            let at = format!("business_case.benefits[{i}] ('{}')", line.label);
            if let Some(id) = &line.id {
                if id.trim().is_empty() || ids.contains(&id) {
                    return Err(format!("{at}: id '{id}' is empty or used by another line"));
                }
                ids.push(id);
            }
            benefits.push(self.benefit(line, &columns, &at)?);
        }
        let costs = self
            .costs
            .iter()
            .enumerate()
            .map(|(i, line)| {
                self.cost(
                    line,
                    &columns,
                    &format!("business_case.costs[{i}] ('{}')", line.label),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;

        let sum = |rows: &mut dyn Iterator<Item = &Row>| {
            rows.fold(Row::zeros(count), |sum, row| sum.combine(row, |a, b| a + b))
        };
        let by_category = |c: Category| {
            sum(&mut benefits
                .iter()
                .filter(|b| b.category == c)
                .map(|b| &b.amounts))
        };
        let by_kind =
            |k: CostKind| sum(&mut costs.iter().filter(|c| c.kind == k).map(|c| &c.amounts));
        let budget_savings = by_category(Category::BudgetSaving);
        let freed_time = by_category(Category::FreedTime);
        let has = |c: Category| benefits.iter().any(|b| b.category == c);
        let gains_basis = match (has(Category::BudgetSaving), has(Category::FreedTime)) {
            (false, false) => GainsBasis::Nothing,
            (true, false) => GainsBasis::BudgetSavings,
            (false, true) => GainsBasis::FreedTime,
            (true, true) => GainsBasis::Both,
        };
        let gains = budget_savings.combine(&freed_time, |a, b| a + b);
        let total_costs = sum(&mut costs.iter().map(|c| &c.amounts));
        let net = gains.combine(&total_costs, |g, c| g - c);
        let cumulative = cumulate(&net.per_year);
        let payback = payback_point(&net.per_year, &columns.years);
        let npv = present_value(&net.per_year, &discount_rate);
        let sensitivity = SCENARIOS
            .iter()
            .map(|&(gains_percent, costs_percent)| {
                let gains_share = ratio(gains_percent, 100);
                let costs_factor = ratio(costs_percent, 100);
                let nets: Vec<BigRational> = gains
                    .per_year
                    .iter()
                    .zip(&total_costs.per_year)
                    .map(|(g, c)| g * &gains_share - c * &costs_factor)
                    .collect();
                SensitivityRow {
                    gains: &gains.total * &gains_share,
                    costs: &total_costs.total * &costs_factor,
                    net: nets.iter().fold(BigRational::zero(), |sum, n| sum + n),
                    payback: payback_point(&nets, &columns.years),
                    npv: present_value(&nets, &discount_rate),
                    gains_share,
                    costs_factor,
                }
            })
            .collect();

        let computation = Computation {
            years: columns.years,
            unit: self.unit,
            savings_negative: self.savings_negative,
            discount_rate,
            benefits,
            investments: by_kind(CostKind::Investment),
            operations: by_kind(CostKind::Operation),
            project_costs: by_kind(CostKind::Project),
            other_costs: by_kind(CostKind::Other),
            costs,
            budget_savings,
            freed_time,
            gains_basis,
            gains,
            total_costs,
            net,
            cumulative,
            payback,
            npv,
            sensitivity,
        };
        check_magnitudes(&computation)?;
        Ok(computation)
    }

    fn benefit(
        &self,
        line: &BenefitLine,
        columns: &Columns,
        at: &str,
    ) -> Result<BenefitResult, String> {
        let (amounts, time) = match (&line.amounts, &line.time_saved) {
            (Some(amounts), None) => {
                let factor = if self.savings_negative {
                    -self.unit.kroner()
                } else {
                    self.unit.kroner()
                };
                let values = columns.list(amounts, &format!("{at}.amounts"))?;
                (
                    Row::new(values.into_iter().map(|v| v * &factor).collect()),
                    None,
                )
            }
            (None, Some(time)) => {
                let target_group =
                    columns.people(self.target_group.as_ref(), "business_case.target_group")?;
                let result = time_saved(time, &target_group, &columns.years, at)?;
                (
                    result.gain_per_person.combine(&target_group, |g, p| g * p),
                    Some(result),
                )
            }
            _ => {
                return Err(format!(
                    "{at}: give either amounts or time_saved (exactly one)"
                ));
            }
        };
        Ok(BenefitResult {
            id: line.id.clone(),
            label: line.label.clone(),
            category: line.category,
            amounts,
            time,
        })
    }

    fn cost(&self, line: &CostLine, columns: &Columns, at: &str) -> Result<CostResult, String> {
        let (amounts, per_person) = match (&line.amounts, &line.per_person) {
            (Some(amounts), None) => {
                let factor = self.unit.kroner();
                let values = columns.list(amounts, &format!("{at}.amounts"))?;
                (
                    Row::new(values.into_iter().map(|v| v * &factor).collect()),
                    None,
                )
            }
            (None, Some(per_person)) => {
                if per_person.components.is_empty() {
                    return Err(format!("{at}.per_person.components is empty"));
                }
                let persons = match per_person.persons {
                    Persons::NewPeople => {
                        columns.people(self.new_people.as_ref(), "business_case.new_people")?
                    }
                    Persons::TargetGroup => {
                        columns.people(self.target_group.as_ref(), "business_case.target_group")?
                    }
                };
                let amount_per_person = per_person
                    .components
                    .iter()
                    .fold(BigRational::zero(), |sum, c| sum + &c.amount.0);
                let amounts = Row::new(
                    persons
                        .per_year
                        .iter()
                        .map(|p| p * &amount_per_person)
                        .collect(),
                );
                (
                    amounts,
                    Some(PerPersonResult {
                        amount_per_person,
                        persons,
                    }),
                )
            }
            _ => {
                return Err(format!(
                    "{at}: give either amounts or per_person (exactly one)"
                ));
            }
        };
        Ok(CostResult {
            label: line.label.clone(),
            kind: line.kind,
            amounts,
            per_person,
        })
    }
}

/// The sensitivity scenarios: percentage of the gains realised, percentage of the costs.
/// The documents name each scenario in their own language from these two figures.
const SCENARIOS: [(i64, i64); 4] = [(50, 100), (75, 100), (100, 100), (100, 120)];

fn ratio(numer: i64, denom: i64) -> BigRational {
    BigRational::new(BigInt::from(numer), BigInt::from(denom))
}

/// The freed-time computation for one line; the gain is gain per person × target group.
fn time_saved(
    time: &TimeSaved,
    target_group: &Row,
    years: &[i32],
    at: &str,
) -> Result<TimeResult, String> {
    let at = format!("{at}.time_saved");
    if time.process_improvements.is_empty() {
        return Err(format!("{at}.process_improvements is empty"));
    }
    let days = &time.days_per_year.value.0;
    if !days.is_positive() || *days > BigRational::from_integer(BigInt::from(366)) {
        return Err(format!(
            "{at}.days_per_year must be above 0 and at most 366"
        ));
    }
    let share = &time.effective_share.value.0;
    if !share.is_positive() || *share > BigRational::one() {
        return Err(format!(
            "{at}.effective_share must be above 0 and at most 100 % (it divides the wage)"
        ));
    }
    let wage = &time.hourly_wage;
    if !wage.amount.0.is_positive() {
        return Err(format!("{at}.hourly_wage.amount must be above 0"));
    }
    let growth = BigRational::one() + &wage.indexation.0;
    if !growth.is_positive() {
        return Err(format!("{at}.hourly_wage.indexation must be above −100 %"));
    }
    let minutes_per_day = time
        .process_improvements
        .iter()
        .fold(BigRational::zero(), |sum, p| sum + &p.minutes_per_day.0);
    let hours_per_person = &minutes_per_day * days / BigInt::from(60);
    let mut hourly_wage = Vec::new();
    for &year in years {
        let offset = i64::from(year) - i64::from(wage.base_year);
        if offset.abs() > MAX_YEARS {
            return Err(format!(
                "{at}.hourly_wage.base_year {} is more than {MAX_YEARS} years from {year}",
                wage.base_year
            ));
        }
        // The bound above keeps the offset well inside i32.
        hourly_wage.push(&wage.amount.0 * growth.pow(offset as i32));
    }
    let kr_per_effective_hour: Vec<BigRational> = hourly_wage.iter().map(|w| w / share).collect();
    let gain_per_person = Row::new(
        kr_per_effective_hour
            .iter()
            .map(|r| r * &hours_per_person)
            .collect(),
    );
    let hours_all = Row::new(
        target_group
            .per_year
            .iter()
            .map(|p| p * &hours_per_person)
            .collect(),
    );
    Ok(TimeResult {
        minutes_per_day,
        hours_per_person,
        hours_all,
        hourly_wage,
        kr_per_effective_hour,
        gain_per_person,
    })
}

/// The running sum of the yearly balances.
fn cumulate(nets: &[BigRational]) -> Vec<BigRational> {
    nets.iter()
        .scan(BigRational::zero(), |sum, net| {
            *sum += net;
            Some(sum.clone())
        })
        .collect()
}

/// Payback: the point from which the cumulative balance stays at or above zero to the end.
///
/// Within the crossing year the year's balance is assumed to accrue evenly, so the fraction is
/// the deficit at the start of the year divided by the year's balance. A case whose cumulative
/// balance is never negative pays back at once (first year, fraction 0); one that ends
/// negative never does (`None`). A later dip below zero moves the payback to the last crossing.
fn payback_point(nets: &[BigRational], years: &[i32]) -> Option<Payback> {
    let mut cumulative = BigRational::zero();
    let mut found = None;
    for (index, (net, &year)) in nets.iter().zip(years).enumerate() {
        let before = cumulative.clone();
        cumulative += net;
        if cumulative.is_negative() {
            found = None;
        } else if found.is_none() {
            let fraction = if before.is_negative() {
                -before / net
            } else {
                BigRational::zero()
            };
            let elapsed = BigRational::from_integer(BigInt::from(index)) + &fraction;
            found = Some(Payback {
                year,
                fraction,
                elapsed,
            });
        }
    }
    found
}

/// The net present value: year t (the first year is t = 0) is divided by (1 + rate)^t.
fn present_value(nets: &[BigRational], rate: &BigRational) -> BigRational {
    let discount = (BigRational::one() + rate).recip();
    let mut factor = BigRational::one();
    let mut sum = BigRational::zero();
    for net in nets {
        sum += net * &factor;
        factor *= &discount;
    }
    sum
}

/// Refuses a case whose figures leave the range anything in a municipal budget can reach.
fn check_magnitudes(c: &Computation) -> Result<(), String> {
    let limit = BigRational::from_integer(BigInt::from(MAX_MAGNITUDE));
    let mut rows: Vec<&Row> = vec![
        &c.gains,
        &c.budget_savings,
        &c.freed_time,
        &c.total_costs,
        &c.net,
    ];
    let mut values: Vec<&BigRational> = vec![&c.npv];
    values.extend(&c.cumulative);
    for b in &c.benefits {
        rows.push(&b.amounts);
        if let Some(t) = &b.time {
            rows.extend([&t.hours_all, &t.gain_per_person]);
            values.extend(t.kr_per_effective_hour.iter().chain(&t.hourly_wage));
            values.push(&t.hours_per_person);
        }
    }
    for cost in &c.costs {
        rows.push(&cost.amounts);
        if let Some(p) = &cost.per_person {
            rows.push(&p.persons);
            values.push(&p.amount_per_person);
        }
    }
    for s in &c.sensitivity {
        values.extend([&s.gains, &s.costs, &s.net, &s.npv]);
    }
    for row in rows {
        values.extend(row.per_year.iter().chain([&row.total]));
    }
    if values.iter().any(|v| v.abs() > limit) {
        return Err(format!(
            "business_case: a figure exceeds {MAX_MAGNITUDE} kr.; check the amounts and their unit"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Expected figures were computed by hand (and checked with Python's `fractions`), not by
    //! this engine; the seed's own tables give the generic case and "Øvrig tid".
    use super::*;

    /// A complete plan read for its `business_case:` key only; the rest is ignored here.
    #[derive(Deserialize)]
    struct PlanWithCase {
        business_case: BusinessCase,
    }

    fn load(yaml: &str) -> Result<BusinessCase, String> {
        serde_yaml::from_str::<PlanWithCase>(yaml)
            .map(|s| s.business_case)
            .map_err(|e| e.to_string())
    }

    fn compute(yaml: &str) -> Computation {
        load(yaml)
            .and_then(|case| case.compute())
            .expect("the case computes")
    }

    fn generic() -> Computation {
        compute(include_str!("../examples/business-case.yaml"))
    }

    fn shown(c: &Computation, row: &Row, role: Role) -> (Vec<i64>, i64) {
        let cells = row.per_year.iter().map(|v| c.display(v, role)).collect();
        (cells, c.display(&row.total, role))
    }

    fn rounded(values: &[BigRational]) -> Vec<i64> {
        values.iter().map(round_half_away_from_zero).collect()
    }

    fn q(numer: i64, denom: i64) -> BigRational {
        ratio(numer, denom)
    }

    #[test]
    fn generic_case_time_and_rates() {
        let c = generic();
        let time = c.benefits[0].time.as_ref().expect("a time_saved line");
        assert_eq!(time.minutes_per_day, q(14, 1));
        // 14 min × 365 days / 60 = 85 1/6 hours, shown as 85.
        assert_eq!(time.hours_per_person, q(511, 6));
        assert_eq!(round_half_away_from_zero(&time.hours_per_person), 85);
        assert_eq!(rounded(&time.hours_all.per_year), [1703, 2555, 3407, 4258]);
        assert_eq!(round_half_away_from_zero(&time.hours_all.total), 11923);
        // 180 / 0.6 × 1.015^t: 300, 304.5, 309.0675, 313.7035125.
        assert_eq!(
            time.kr_per_effective_hour,
            [
                q(300, 1),
                q(3045, 10),
                q(3090675, 10000),
                q(3137035125, 10000000)
            ]
        );
        assert_eq!(rounded(&time.kr_per_effective_hour), [300, 305, 309, 314]);
        assert_eq!(
            rounded(&time.gain_per_person.per_year),
            [25550, 25933, 26322, 26717]
        );
        // The total is rounded once: 104.523, although the shown cells add up to 104.522.
        assert_eq!(
            round_half_away_from_zero(&time.gain_per_person.total),
            104523
        );
    }

    #[test]
    fn generic_case_gains_costs_and_balance() {
        let c = generic();
        assert_eq!(c.gains_basis, GainsBasis::FreedTime);
        assert_eq!(c.budget_savings.total, BigRational::zero());
        assert_eq!(c.gains.per_year[1], q(1555995, 2));
        assert_eq!(
            shown(&c, &c.gains, Role::Gain),
            (vec![511000, 777998, 1052890, 1335854], 3677742)
        );
        assert_eq!(
            shown(&c, &c.investments, Role::Cost),
            (vec![540000, 270000, 270000, 270000], 1350000)
        );
        assert_eq!(
            shown(&c, &c.operations, Role::Cost),
            (vec![19600, 29400, 39200, 49000], 137200)
        );
        assert_eq!(
            shown(&c, &c.project_costs, Role::Cost),
            (vec![134000, 20000, 20000, 20000], 194000)
        );
        assert_eq!(c.other_costs.total, BigRational::zero());
        assert_eq!(
            shown(&c, &c.total_costs, Role::Cost),
            (vec![693600, 319400, 329200, 339000], 1681200)
        );
        assert_eq!(
            shown(&c, &c.net, Role::Balance),
            (vec![-182600, 458598, 723690, 996854], 1996542)
        );
        assert_eq!(
            c.cumulative,
            [
                q(-182600, 1),
                q(551995, 2),
                q(19993749, 20),
                q(6388933037, 3200)
            ]
        );
        let investment = c.costs[0].per_person.as_ref().expect("per person");
        assert_eq!(investment.amount_per_person, q(27000, 1));
    }

    #[test]
    fn generic_case_payback_npv_and_sensitivity() {
        let c = generic();
        // Payback in 2016: the 182.600 deficit over 2016's balance of 458.597,5.
        let payback = c.payback.clone().expect("pays back");
        assert_eq!(payback.year, 2016);
        assert_eq!(payback.fraction, q(73040, 183439));
        assert_eq!(payback.elapsed, q(73040, 183439) + q(1, 1));
        // NPV at 3.5 %, 2015 undiscounted.
        assert_eq!(c.discount_rate, q(7, 200));
        assert_eq!(c.npv, q(16277459562200, 8869743));
        assert_eq!(c.display(&c.npv, Role::Balance), 1835167);

        let rows: Vec<_> = c
            .sensitivity
            .iter()
            .map(|s| {
                (
                    (
                        round_half_away_from_zero(&(&s.gains_share * q(100, 1))),
                        round_half_away_from_zero(&(&s.costs_factor * q(100, 1))),
                    ),
                    c.display(&s.gains, Role::Gain),
                    c.display(&s.costs, Role::Cost),
                    c.display(&s.net, Role::Balance),
                    s.payback.as_ref().map(|p| p.year),
                    c.display(&s.npv, Role::Balance),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ((50, 100), 1838871, 1681200, 157671, Some(2018), 109949),
                ((75, 100), 2758306, 1681200, 1077106, Some(2017), 972558),
                ((100, 100), 3677742, 1681200, 1996542, Some(2016), 1835167),
                ((100, 120), 3677742, 2017440, 1660302, Some(2016), 1512113),
            ]
        );
        let half = c.sensitivity[0].payback.as_ref().expect("pays back");
        assert_eq!(half.fraction, q(1096040160, 2105133197));
        let dearer = c.sensitivity[3].payback.as_ref().expect("pays back");
        assert_eq!(dearer.fraction, q(128528, 157887));
    }

    #[test]
    fn efficiency_project_lines_and_totals() {
        let c = compute(include_str!("../examples/effektivisering.yaml"));
        assert_eq!(c.unit, Unit::TusindKr);
        assert_eq!(c.gains_basis, GainsBasis::BudgetSavings);
        let lines: Vec<Vec<i64>> = c
            .benefits
            .iter()
            .map(|b| shown(&c, &b.amounts, Role::Gain).0)
            .collect();
        assert_eq!(
            lines,
            [
                [-12390, -12390, -12390, -12390],
                [-4029, -5190, -6351, -7512],
                [-1054, -1356, -1659, -1961],
                [-1581, -2068, -2556, -3044],
            ]
        );
        assert_eq!(shown(&c, &c.total_costs, Role::Cost), (vec![976; 4], 3904));
        assert_eq!(
            shown(&c, &c.net, Role::Balance),
            (vec![-18078, -20028, -21980, -23931], -84017)
        );
        // Internally a saving is a positive gain in kroner: 12.390 thousand kr.
        assert_eq!(c.benefits[0].amounts.per_year[0], q(12390000, 1));
        assert_eq!(c.net.per_year[0], q(18078000, 1));
        // Never negative, so it pays back at once.
        let payback = c.payback.clone().expect("pays back");
        assert_eq!(
            (payback.year, payback.fraction),
            (2019, BigRational::zero())
        );
        assert_eq!(c.npv, q(2902985878000, 36501));
        assert_eq!(c.display(&c.npv, Role::Balance), -79532);
    }

    #[test]
    fn payback_interpolates_within_the_crossing_year() {
        let years = [2020, 2021, 2022, 2023];
        // Cumulative −100 then +300: the year's 400 covers the 100 deficit a quarter in.
        let p = payback_point(&[q(-100, 1), q(400, 1)], &years).expect("pays back");
        assert_eq!(
            (p.year, p.fraction.clone(), p.elapsed),
            (2021, q(1, 4), q(5, 4))
        );
        // Exactly zero counts as paid back, at the end of that year's deficit.
        let p = payback_point(&[q(-100, 1), q(100, 1)], &years).expect("pays back");
        assert_eq!((p.year, p.fraction), (2021, q(1, 1)));
        // Ends negative: never.
        assert_eq!(payback_point(&[q(-100, 1), q(50, 1)], &years), None);
        // Dips below zero again: the last crossing counts (cumulative −100, 100, −50, 50).
        let nets = [q(-100, 1), q(200, 1), q(-150, 1), q(100, 1)];
        let p = payback_point(&nets, &years).expect("pays back");
        assert_eq!((p.year, p.fraction), (2023, q(1, 2)));
        // Never negative: at once.
        let p = payback_point(&[q(10, 1), q(10, 1)], &years).expect("pays back");
        assert_eq!((p.year, p.fraction), (2020, BigRational::zero()));
    }

    #[test]
    fn npv_discounts_from_the_second_year() {
        let rate = q(35, 1000);
        // 100, 103.5 and 107.1225 are each worth 100 today at 3.5 %.
        let nets = [q(100, 1), q(1035, 10), q(1071225, 10000)];
        assert_eq!(present_value(&nets, &rate), q(300, 1));
        assert_eq!(present_value(&[q(-1000, 1)], &rate), q(-1000, 1));
        assert_eq!(present_value(&[q(0, 1), q(207, 1)], &rate), q(200, 1));
        assert_eq!(
            present_value(&[q(5, 1), q(5, 1)], &BigRational::zero()),
            q(10, 1)
        );
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_half_away_from_zero(&q(1555995, 2)), 777998);
        assert_eq!(round_half_away_from_zero(&q(-1555995, 2)), -777998);
        assert_eq!(round_half_away_from_zero(&q(1, 2)), 1);
        assert_eq!(round_half_away_from_zero(&q(-1, 2)), -1);
        assert_eq!(round_half_away_from_zero(&q(24999, 10000)), 2);
        assert_eq!(round_half_away_from_zero(&q(-25001, 10000)), -3);
        let huge = BigRational::from_integer(BigInt::from(10).pow(30));
        assert_eq!(round_half_away_from_zero(&huge), i64::MAX);
    }

    const SMALL: &str = "
business_case:
  first_year: 2020
  last_year: 2021
  unit: tusind_kr
  price_level: 2020 p/l
  savings_negative: SIGN
  benefits:
    - label: Besparelse
      category: budget_saving
      amounts: [AMOUNTS]
  costs:
    - label: Drift
      kind: operation
      amounts: [100, 100]
";

    fn small(sign: &str, amounts: &str) -> Result<Computation, String> {
        load(&SMALL.replace("SIGN", sign).replace("AMOUNTS", amounts))?.compute()
    }

    #[test]
    fn sign_convention_flips_benefits_and_balance_only() {
        let negative = small("true", "-250.5, -300").expect("computes");
        let positive = small("false", "250.5, 300").expect("computes");
        // The same case written in either convention computes the same canonical figures.
        assert_eq!(negative.net, positive.net);
        assert_eq!(negative.gains.per_year, [q(250500, 1), q(300000, 1)]);
        assert_eq!(negative.net.total, q(350500, 1));
        // Shown in 1.000 kr.: 250,5 rounds half away from zero to 251 (−251 as a saving).
        assert_eq!(
            shown(&negative, &negative.gains, Role::Gain),
            (vec![-251, -300], -551)
        );
        assert_eq!(
            shown(&positive, &positive.gains, Role::Gain),
            (vec![251, 300], 551)
        );
        assert_eq!(
            shown(&negative, &negative.total_costs, Role::Cost),
            (vec![100, 100], 200)
        );
        assert_eq!(
            shown(&positive, &positive.total_costs, Role::Cost),
            (vec![100, 100], 200)
        );
        assert_eq!(
            shown(&negative, &negative.net, Role::Balance),
            (vec![-151, -200], -351)
        );
        assert_eq!(
            shown(&positive, &positive.net, Role::Balance),
            (vec![151, 200], 351)
        );
        // A positive amount under savings_negative is a negative benefit: a loss.
        let loss = small("true", "50, 0").expect("computes");
        assert_eq!(loss.gains.total, q(-50000, 1));
    }

    #[test]
    fn numbers_are_exact_and_danish_slips_are_refused() {
        assert_eq!(parse_number("0.035"), Ok(q(7, 200)));
        assert_eq!(parse_number("3.5 %"), Ok(q(7, 200)));
        assert_eq!(parse_number("60%"), Ok(q(3, 5)));
        assert_eq!(parse_number("-12390"), Ok(q(-12390, 1)));
        assert_eq!(parse_number("+2.25"), Ok(q(9, 4)));
        assert_eq!(parse_number("0.500"), Ok(q(1, 2)));
        for slip in [
            "12.000",
            "-12.390",
            "1.350.000",
            "0,6",
            "",
            "12a",
            ".5",
            "5.",
            "--1",
        ] {
            assert!(parse_number(slip).is_err(), "{slip:?} should be refused");
        }
        let err = small("true", "-12.390, -12390").expect_err("refused");
        assert!(err.contains("thousands separators"), "{err}");
    }

    #[test]
    fn clear_errors_for_bad_input() {
        let err = small("true", "-1, -2, -3").expect_err("refused");
        assert!(
            err.contains("benefits[0] ('Besparelse').amounts has 3 value(s)"),
            "{err}"
        );
        assert!(err.contains("2 year(s), 2020–2021"), "{err}");

        let generic = include_str!("../examples/business-case.yaml");
        let zero_share = generic.replace("value: 60 %", "value: 0 %");
        let err = load(&zero_share)
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(err.contains("effective_share must be above 0"), "{err}");

        let short = generic.replace("per_year: [20, 30, 40, 50]", "per_year: [20, 30]");
        let err = load(&short).and_then(|c| c.compute()).expect_err("refused");
        assert!(
            err.contains("business_case.target_group.per_year has 2 value(s)"),
            "{err}"
        );

        let both = generic.replace("      amounts: [14000, 0, 0, 0]", "      amounts: [14000, 0, 0, 0]\n      per_person: {persons: new_people, components: [{label: x, amount: 1}]}");
        let err = load(&both).and_then(|c| c.compute()).expect_err("refused");
        assert!(
            err.contains("costs[5] ('Kommunikation'): give either"),
            "{err}"
        );

        let no_people = generic.replace(
            "  new_people:\n    per_year: [20, 10, 10, 10]\n",
            "  new_people_x:\n    per_year: [20, 10, 10, 10]\n",
        );
        let err = load(&no_people).expect_err("unknown field refused");
        assert!(err.contains("unknown field `new_people_x`"), "{err}");

        let missing = generic.replace("  new_people:\n    per_year: [20, 10, 10, 10]\n    source: Tilgang af borgere pr. år (seedens eksempeltal)\n", "");
        let err = load(&missing)
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(err.contains("business_case.new_people is needed"), "{err}");

        let backwards = SMALL.replace("last_year: 2021", "last_year: 2019");
        let err = load(&backwards.replace("SIGN", "true").replace("AMOUNTS", "1"))
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(err.contains("must span"), "{err}");
        let extreme = SMALL
            .replace("first_year: 2020", "first_year: -2147483648")
            .replace("last_year: 2021", "last_year: 2147483647");
        let err = load(&extreme.replace("SIGN", "true").replace("AMOUNTS", "1"))
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(err.contains("must span"), "{err}");

        let far = generic.replace("base_year: 2015", "base_year: -2147483648");
        let err = load(&far).and_then(|c| c.compute()).expect_err("refused");
        assert!(err.contains("more than 100 years from 2015"), "{err}");

        let huge = SMALL.replace("[100, 100]", "[100, 1000000000000000000000]");
        let err = load(&huge.replace("SIGN", "true").replace("AMOUNTS", "1, 1"))
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(err.contains("exceeds"), "{err}");

        let efficiency = include_str!("../examples/effektivisering.yaml");
        let duplicate = efficiency.replace("id: borgere-med", "id: handicap");
        let err = load(&duplicate)
            .and_then(|c| c.compute())
            .expect_err("refused");
        assert!(
            err.contains("id 'handicap' is empty or used by another line"),
            "{err}"
        );
    }
}
