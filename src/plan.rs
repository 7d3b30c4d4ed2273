//! The plan as its author writes it: the YAML format, one Rust type per object of the method.
//!
//! These types mirror the input file one to one and carry no derived data. Everything computed
//! (who needs what, the realisation plan's "deliverables needed" column, Danish dates) is done
//! later in [`crate::model`], so that the format stays what a planner types and nothing more.
//! Every struct denies unknown keys: a misspelt key is an error, never silently ignored.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;

use crate::business_case::BusinessCase;
use crate::date::Date;

/// A whole benefits-realisation plan (gevinstrealiseringsplan).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Language of the documents' labels, dates and numbers: `da` (default) or `en`. The
    /// plan's own text is printed as written, whatever the language.
    #[serde(default)]
    pub lang: Lang,
    /// The project and its roles.
    pub project: Project,
    /// Overall goals (overordnede mål, M1…) the benefits serve.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Deliverables (leverancer, L1…) the project produces.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Organisational changes (organisatoriske forandringer, F1…).
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Employee groups who can do something new (medarbejdergrupper, Implement model).
    #[serde(default)]
    pub employee_groups: Vec<EmployeeGroup>,
    /// Tasks performed in a new or changed way (opgaver, Implement model).
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// Benefits (gevinster, G1…) and negative benefits (NG1…).
    #[serde(default)]
    pub benefits: Vec<Benefit>,
    /// A CSV file of measurements (benefit id, date, value, comment) in the plan's folder,
    /// read as `render --measurements` reads one, so that measurements can be kept out of
    /// the plan, e.g. `maalinger.csv`.
    #[serde(default)]
    pub measurements_file: Option<String>,
    /// How the benefit map is drawn.
    #[serde(default)]
    pub map: MapSettings,
    /// The business case, when the project has one (see docs/business_case.md).
    #[serde(default)]
    pub business_case: Option<BusinessCase>,
    /// The assessment card (vurderingskort) of the idea before it became a project. A plan
    /// may hold only this (with `project.title`) in the pre-project phase.
    #[serde(default)]
    pub assessment: Option<Assessment>,
}

impl Plan {
    /// Whether the plan is only an idea: nothing to plan yet (no goals, deliverables,
    /// changes, employee groups, tasks, benefits or business case), as an assessment card
    /// before the project is decided.
    pub fn is_idea(&self) -> bool {
        self.goals.is_empty()
            && self.deliverables.is_empty()
            && self.changes.is_empty()
            && self.employee_groups.is_empty()
            && self.tasks.is_empty()
            && self.benefits.is_empty()
            && self.business_case.is_none()
    }

    /// The deliverables a benefit needs: its own, those of its changes and those of the
    /// employee groups who perform its tasks, in plan order. Validation and the documents
    /// both ask this, so it is answered once, here.
    pub fn deliverables_needed<'a>(
        &'a self,
        benefit: &'a Benefit,
    ) -> impl Iterator<Item = &'a Deliverable> {
        let groups: Vec<&EmployeeGroup> = self
            .employee_groups
            .iter()
            .filter(|g| {
                self.tasks
                    .iter()
                    .any(|t| benefit.tasks.contains(&t.id) && t.employee_groups.contains(&g.id))
            })
            .collect();
        self.deliverables.iter().filter(move |d| {
            benefit.deliverables.contains(&d.id)
                || self
                    .changes
                    .iter()
                    .any(|c| benefit.changes.contains(&c.id) && c.deliverables.contains(&d.id))
                || groups.iter().any(|g| g.deliverables.contains(&d.id))
        })
    }
}

/// The assessment card (vurderingskort): the early look at an idea that decides whether it
/// becomes a project. Its sections are the seed's, in the seed's order; each is a list of
/// short points, as written on a workshop's sticky notes.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Hvad er problemet eller muligheden? A few sentences.
    pub problem: String,
    /// Situationen i dag: how the work is done now, point by point.
    #[serde(default)]
    pub today: Vec<String>,
    /// Situationen i morgen: how it could be when the idea is carried out.
    #[serde(default)]
    pub tomorrow: Vec<String>,
    /// Potentielle overordnede gevinster: the benefits the idea could bring.
    #[serde(default)]
    pub benefits: Vec<String>,
    /// Negative gevinster: what could get worse, e.g. more time spent on a new task.
    #[serde(default)]
    pub negative_benefits: Vec<String>,
    /// Krav og forudsætninger til løsningen: what a solution must meet or needs in place.
    #[serde(default)]
    pub requirements: Vec<String>,
}

/// Settings for the benefit map (gevinstkort).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MapSettings {
    /// The paper the map is drawn on: A4 (default) or A3, always landscape.
    #[serde(default)]
    pub paper: Paper,
    /// Which of the seed's two layouts the map follows.
    #[serde(default)]
    pub model: MapModel,
    /// Box fills that replace the seed's colours, e.g. a municipality's own palette.
    #[serde(default)]
    pub colours: MapColours,
}

/// The two benefit-map layouts of the seed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MapModel {
    /// Peak (Copenhagen's): deliverables → changes → benefits → goals.
    #[default]
    Peak,
    /// Implement: deliverables → employee groups → tasks → benefits → the project's purpose.
    Implement,
}

/// Box fills for the map, as `#rrggbb` (or `#rgb`); an absent kind keeps the seed's colour.
/// Validation checks each value (E020) and warns when black text would be hard to read on
/// it (W401).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MapColours {
    /// Deliverables (technical deliverables on the Implement map); seed: green.
    #[serde(default)]
    pub deliverable: Option<String>,
    /// Changes (change deliverables on the Implement map); seed: red.
    #[serde(default)]
    pub change: Option<String>,
    /// Employee groups (Implement map).
    #[serde(default)]
    pub employee_group: Option<String>,
    /// Tasks (Implement map).
    #[serde(default)]
    pub task: Option<String>,
    /// Benefits and negative benefits; seed: yellow.
    #[serde(default)]
    pub benefit: Option<String>,
    /// Goals and the project's purpose; seed: blue.
    #[serde(default)]
    pub goal: Option<String>,
}

impl MapColours {
    /// Every kind with its chosen fill, in the order of the fields.
    pub fn chosen(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("deliverable", &self.deliverable),
            ("change", &self.change),
            ("employee_group", &self.employee_group),
            ("task", &self.task),
            ("benefit", &self.benefit),
            ("goal", &self.goal),
        ]
        .into_iter()
        .filter_map(|(kind, value)| Some((kind, value.as_deref()?)))
    }
}

/// A paper size for pages that can be larger than A4.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// A4, 297 × 210 mm in landscape.
    #[default]
    A4,
    /// A3, 420 × 297 mm in landscape.
    A3,
}

/// Output language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish, the default: 1.052.890,5 and "4. april 2017".
    #[default]
    Da,
    /// English: 1,052,890.5 and "4 April 2017".
    En,
}

/// The project: what it is, who runs it and when.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The project's title, e.g. "Forflytning og vending med 1 hjælper".
    pub title: String,
    /// A subtitle shown under the title, e.g. the document type or the programme.
    #[serde(default)]
    pub subtitle: Option<String>,
    /// The organisation, e.g. "Københavns Kommune, Socialforvaltningen".
    #[serde(default)]
    pub organisation: Option<String>,
    /// The unit that owns the project, e.g. "Enheden for Velfærdsteknologi".
    #[serde(default)]
    pub unit: Option<String>,
    /// The organisation's logo for the title page and the cards: a PNG, JPEG, GIF or SVG
    /// file in the plan's folder (or below it), named relative to the plan, e.g. `logo.png`.
    #[serde(default)]
    pub logo: Option<String>,
    /// The plan's version, e.g. "0.8". Quote it so YAML keeps it as text.
    #[serde(default)]
    pub version: Option<String>,
    /// The date of this version of the plan.
    #[serde(default)]
    pub date: Option<Date>,
    /// The project's purpose (formål) in a few sentences.
    #[serde(default)]
    pub purpose: Option<String>,
    /// The period the plan covers: its first and last month. Required as soon as the plan has
    /// deliverables, changes or benefits; an idea that only has an `assessment` may leave it out.
    #[serde(default)]
    pub period: Option<Period>,
    /// The permanent and temporary roles.
    #[serde(default)]
    pub roles: Roles,
    /// What the steering group is asked to decide, e.g. "Styregruppen godkender planen".
    #[serde(default)]
    pub decision: Option<String>,
    /// The key risks (risici) for the realisation, one sentence each, most serious first,
    /// e.g. "Medarbejderne vender tilbage til at være 2 om forflytningen". The steering
    /// group's one-pager lists them.
    #[serde(default)]
    pub risks: Vec<String>,
    /// The project's prerequisites (forudsætninger/krav): what must be in place beyond the
    /// deliverables for the benefits to come home, one sentence each, e.g. "Loftlifte kan
    /// vedligeholdes og repareres". The steering group's one-pager lists them.
    #[serde(default)]
    pub prerequisites: Vec<String>,
}

/// A span of time with a start and an end.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day (or month) of the period.
    pub start: Date,
    /// Last day (or month) of the period.
    pub end: Date,
}

/// The three roles of the method.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// Projektleder: temporary, responsible for the deliverables.
    #[serde(default)]
    pub project_manager: Option<String>,
    /// Gevinstejer: permanent, decides on the total benefit.
    #[serde(default)]
    pub benefit_owner: Option<String>,
    /// Forandringsleder: permanent, creates the benefits through change.
    #[serde(default)]
    pub change_leader: Option<String>,
}

/// An overall goal of the organisation (overordnet mål).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Identifier, conventionally M1, M2…
    pub id: String,
    /// The goal, e.g. "Økonomisk råderum".
    pub title: String,
    /// Where the goal comes from or what it means.
    #[serde(default)]
    pub description: Option<String>,
    /// How the goal is followed once the project has ended (opfølgning i drift): who, how,
    /// how often, until when, at what effort and with what.
    #[serde(default)]
    pub follow_up: Option<GoalFollowUp>,
}

/// The follow-up of a goal in operations (opfølgning i drift), one row of the seed's
/// prioritised table: after the project, the organisation keeps following the goal.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalFollowUp {
    /// Who follows the goal, e.g. "VT-ansvarlig i centerstab".
    #[serde(default)]
    pub who: Option<String>,
    /// How it is measured or followed, e.g. "Optælling" or "Drøftelse på MED-møder".
    #[serde(default)]
    pub method: Option<String>,
    /// How often, e.g. "Årligt" or "Kvartalsvist".
    #[serde(default)]
    pub frequency: Option<String>,
    /// Until when: a date (2019-12) or a text such as "Til og med 2019".
    #[serde(default)]
    pub until: Option<When>,
    /// How resource-demanding the follow-up is: low, medium or high (lav, mellem, høj).
    #[serde(default)]
    pub effort: Option<Effort>,
    /// What it takes to follow the goal, e.g. "Adgang til registreringsark over teknologierne".
    #[serde(default)]
    pub requires: Option<String>,
}

/// How resource-demanding a follow-up is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Effort {
    /// Lav.
    Low,
    /// Mellem.
    Medium,
    /// Høj.
    High,
}

/// Status of a deliverable, as in the seed's deliverables table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliverableStatus {
    /// Foreslået.
    Proposed,
    /// Påbegyndt.
    Started,
    /// Færdig.
    Done,
}

/// A deliverable the project itself produces (leverance).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// Identifier, conventionally L1, L2…
    pub id: String,
    /// What is delivered, e.g. "Vendelagner og loftlifte installeret".
    pub title: String,
    /// Why the deliverable is needed (begrundelse).
    #[serde(default)]
    pub justification: Option<String>,
    /// Who is responsible (ansvar), e.g. "Projektet".
    #[serde(default)]
    pub responsible: Option<String>,
    /// What has to be done to produce it.
    #[serde(default)]
    pub activities: Vec<String>,
    /// Planned start.
    #[serde(default)]
    pub start: Option<Date>,
    /// Planned end (færdig).
    #[serde(default)]
    pub end: Option<Date>,
    /// A free-text schedule note when dates are not enough, e.g. "Ad hoc".
    #[serde(default)]
    pub schedule: Option<String>,
    /// Where the deliverable stands.
    pub status: DeliverableStatus,
    /// Technical (a new system, process or product) or a change deliverable (training):
    /// the Implement map tells them apart.
    #[serde(default, rename = "type")]
    pub kind: DeliverableType,
}

/// The Implement model's two sorts of deliverable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliverableType {
    /// Teknisk leverance: a new system, process or product.
    #[default]
    Technical,
    /// Forandringsleverance: training, instruction, support for the change.
    Change,
}

/// A group of employees who can do something new once the deliverables are there
/// (medarbejdergruppe, Implement model).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployeeGroup {
    /// Identifier, e.g. MG1, MG2…
    pub id: String,
    /// Who, and what they can do that is new, e.g. "Social- og sundhedshjælpere kan
    /// forflytte alene".
    pub title: String,
    /// The deliverables that let them (links deliverable → employee group).
    #[serde(default)]
    pub deliverables: Vec<String>,
}

/// A task performed in a new or changed way (opgave, Implement model).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Identifier, e.g. O1, O2…
    pub id: String,
    /// The task and how it changes, e.g. "Forflytning udføres med loftlift af én hjælper".
    pub title: String,
    /// The employee groups who perform it (links employee group → task).
    #[serde(default)]
    pub employee_groups: Vec<String>,
}

/// An organisational change (organisatorisk forandring).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Identifier, conventionally F1, F2…
    pub id: String,
    /// The change in daily work, e.g. "Medarbejderne forflytter alene og korrekt".
    pub title: String,
    /// Who is responsible (ansvar), e.g. "Bostedsleder".
    #[serde(default)]
    pub responsible: Option<String>,
    /// The deliverables this change needs (links deliverable → change), or `none` when it
    /// needs none (a new meeting structure, say); only `none` silences the warning W204.
    #[serde(default, deserialize_with = "ids_or_none")]
    #[schemars(schema_with = "ids_or_none_schema")]
    pub deliverables: Vec<String>,
    /// The activities (to-dos) that bring the change about.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// When the change is expected to be in place, for the timeline.
    #[serde(default)]
    pub start: Option<Date>,
    /// When the change is expected to be complete.
    #[serde(default)]
    pub end: Option<Date>,
}

/// A list of ids, or the word `none` for an explicitly empty list.
fn ids_or_none<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IdsOrNone {
        Ids(Vec<String>),
        Word(String),
    }
    match IdsOrNone::deserialize(deserializer)? {
        IdsOrNone::Ids(ids) => Ok(ids),
        IdsOrNone::Word(word) if word == "none" => Ok(Vec::new()),
        IdsOrNone::Word(word) => Err(serde::de::Error::custom(format!(
            "'{word}' is not a list of ids; write a list such as [L1, L2], or none"
        ))),
    }
}

/// The schema of [`ids_or_none`]: a list of ids or the word `none`.
fn ids_or_none_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "anyOf": [
            {"type": "array", "items": {"type": "string"}},
            {"const": "none"}
        ]
    })
}

/// One activity of a change: what, when and who.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// What is done.
    pub what: String,
    /// When: a date (2017-05-01 or 2017-05) or a text such as "Ad hoc ved ny medarbejder".
    #[serde(default)]
    pub when: Option<When>,
    /// Who does it or answers for it.
    #[serde(default)]
    pub who: Option<String>,
    /// Whether the activity has been carried out; an activity dated before today that is not
    /// done is flagged as overdue in the follow-up.
    #[serde(default)]
    pub done: bool,
}

/// A date, or a text where no date can be given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// A calendar date or month.
    Date(Date),
    /// A description such as "Løbende".
    Text(String),
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date (2017-05-01 or 2017-05) or a text such as \"Ad hoc\"."
        })
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(match Date::parse(&text) {
            Ok(date) => When::Date(date),
            Err(_) => When::Text(text),
        })
    }
}

/// Whether a benefit is immediate (supporting) or a main benefit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BenefitKind {
    /// Umiddelbar gevinst: comes first and supports the main benefits.
    Immediate,
    /// Hovedgevinst: what the project is expected to yield.
    #[default]
    Main,
}

/// How certain a benefit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Lav.
    Low,
    /// Middel.
    Medium,
    /// Høj.
    High,
}

/// Which way a benefit's measured number moves from its baseline to its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The target is above the baseline (more satisfied citizens, more hours freed).
    Increase,
    /// The target is below the baseline (fewer pressure sores, fewer hours spent).
    Decrease,
}

/// How firmly a benefit follows from the project's changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Causality {
    /// The benefit is caused by the changes and can be counted as the project's.
    #[default]
    Strong,
    /// Other causes weigh as much as the project ("kan ikke tælle som gevinst"): the
    /// benefit is followed up, but it may not carry a value in kroner.
    Weak,
}

/// A target or current level: a number in the benefit's unit, or a description.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Level {
    /// A number in the benefit's unit.
    Number(f64),
    /// A description, e.g. "Ikke målt".
    Text(String),
}

/// A benefit (gevinst) or, with `negative: true`, a negative benefit.
///
/// The fields are the 14 columns of the seed's realisation plan, plus the links and the
/// measurements.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    /// Identifier, conventionally G1… for benefits and NG1… for negative ones.
    pub id: String,
    /// Immediate or main benefit.
    #[serde(default)]
    pub kind: BenefitKind,
    /// A measurable worsening caused by the change (negativ gevinst).
    #[serde(default)]
    pub negative: bool,
    /// Gevinst titel.
    pub title: String,
    /// Beskrivelse.
    #[serde(default)]
    pub description: Option<String>,
    /// Begrundelse: why the benefit follows from the changes.
    #[serde(default)]
    pub justification: Option<String>,
    /// Måleenhed, e.g. "timer pr. år" or "skala 1–5".
    #[serde(default)]
    pub unit: Option<String>,
    /// Nuværende niveau (baseline).
    #[serde(default)]
    pub baseline: Option<Level>,
    /// Gevinststørrelse (target).
    #[serde(default)]
    pub target: Option<Level>,
    /// Which way the number moves from baseline to target; for a negative benefit, the way
    /// the worsening moves it. Checked against a numeric baseline and target (E020).
    #[serde(default)]
    pub direction: Option<Direction>,
    /// `weak` when the benefit cannot be counted as the project's gain; it then may not be
    /// valued in kroner (E021).
    #[serde(default)]
    pub causality: Causality,
    /// Målemetode.
    #[serde(default)]
    pub measurement_method: Option<String>,
    /// Gevinstejer.
    #[serde(default)]
    pub owner: Option<String>,
    /// Hvem vil opleve gevinsten?
    #[serde(default)]
    pub experienced_by: Option<String>,
    /// The changes this benefit needs (links change → benefit).
    #[serde(default)]
    pub changes: Vec<String>,
    /// Deliverables this benefit needs directly, beyond those of its changes.
    #[serde(default)]
    pub deliverables: Vec<String>,
    /// The tasks whose new way of working yields this benefit (links task → benefit,
    /// Implement model).
    #[serde(default)]
    pub tasks: Vec<String>,
    /// Further changes and activities in words, beyond the linked changes.
    #[serde(default)]
    pub activities: Option<String>,
    /// Startdato for realisering.
    #[serde(default)]
    pub start: Option<Date>,
    /// Slutdato for realisering.
    #[serde(default)]
    pub end: Option<Date>,
    /// Hvor sikker er gevinsten?
    #[serde(default)]
    pub certainty: Option<Certainty>,
    /// Evt. øvrige forudsætninger for at gevinsten kan realiseres.
    #[serde(default)]
    pub prerequisites: Option<String>,
    /// Main benefits this benefit leads to (links benefit → benefit).
    #[serde(default)]
    pub leads_to: Vec<String>,
    /// Goals this benefit serves (links benefit → goal).
    #[serde(default)]
    pub goals: Vec<String>,
    /// The id of the business case's benefit line that values this benefit in kroner; the
    /// realisation plan then shows the line's total next to the target.
    #[serde(default)]
    pub business_case_line: Option<String>,
    /// Where the measuring itself stands: prepared, in development or running.
    #[serde(default)]
    pub measurement_status: Option<MeasurementStatus>,
    /// The follow-up: baseline, midway and final measurement.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
}

/// Status of a benefit's measurement set-up, as in the seed's follow-up table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeasurementStatus {
    /// Forberedt.
    Prepared,
    /// Under udvikling.
    InDevelopment,
    /// I gang.
    Running,
}

/// Which of the method's three measurements this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MeasurementKind {
    /// Baselinemåling.
    Baseline,
    /// Midtvejsmåling.
    Midway,
    /// Slutmåling.
    Final,
}

/// One planned or completed measurement of a benefit.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Baseline, midway or final.
    pub kind: MeasurementKind,
    /// When it is (or was) taken.
    pub date: Date,
    /// The measured value in the benefit's unit, once measured.
    #[serde(default)]
    pub value: Option<f64>,
    /// Who carries it out, or any remark.
    #[serde(default)]
    pub comment: Option<String>,
}
