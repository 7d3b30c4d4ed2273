//! The documents gevinst renders, each a module here and a template of the same name.
//!
//! A document module turns the [`Model`] into a *view*: plain data (strings already in
//! Danish format, lists, flags) shaped for its template. Templates only lay the view out.

pub mod assessment;
pub mod benefit_map;
pub mod benefits;
pub mod business_case;
pub mod changes;
pub mod deliverables;
pub mod follow_up;
pub mod one_pager;
pub mod realisation_plan;
pub mod slides;
pub mod summary;
pub mod timeline;

use serde_json::{Value, json};

use crate::model::Model;
use crate::plan::{Benefit, Change, Deliverable, Goal};

/// One document of the full PDF, in the order they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Document {
    /// Title page with purpose, roles, goals and contents.
    Summary,
    /// The steering group's one-pager: exactly one A4 page for approval, shortened
    /// visibly when the plan is long.
    OnePager,
    /// The assessment card (vurderingskort) of the idea, on one landscape page.
    Assessment,
    /// The benefit map (gevinstkort): every object as a box, every link as an arrow.
    BenefitMap,
    /// The realisation plan: one row per benefit, 14 columns, landscape.
    RealisationPlan,
    /// The timeline (overordnet gevinstplan): bars and milestones on a month grid, landscape.
    Timeline,
    /// Benefits with justification and owner.
    Benefits,
    /// Organisational changes with their activities.
    Changes,
    /// Deliverables with status.
    Deliverables,
    /// The follow-up: each benefit's measurements against its planned path with status and
    /// chart, what is overdue, and the follow-up of the goals in operations.
    FollowUp,
    /// The business case appendix (business case-bilag); only for a plan with a business case.
    BusinessCase,
    /// Slides for the steering group: one 16:9 page each, in large type.
    Slides,
}

impl Document {
    /// Every document, in the order of the full PDF.
    pub const ALL: [Document; 12] = [
        Document::Summary,
        Document::OnePager,
        Document::Assessment,
        Document::BenefitMap,
        Document::RealisationPlan,
        Document::Timeline,
        Document::Benefits,
        Document::Changes,
        Document::Deliverables,
        Document::FollowUp,
        Document::BusinessCase,
        Document::Slides,
    ];

    /// The module's and template's name.
    pub fn name(self) -> &'static str {
        match self {
            Document::Summary => "summary",
            Document::OnePager => "one_pager",
            Document::Assessment => "assessment",
            Document::BenefitMap => "benefit_map",
            Document::RealisationPlan => "realisation_plan",
            Document::Timeline => "timeline",
            Document::Benefits => "benefits",
            Document::Changes => "changes",
            Document::Deliverables => "deliverables",
            Document::FollowUp => "follow_up",
            Document::BusinessCase => "business_case",
            Document::Slides => "slides",
        }
    }

    /// The document's view of the model, with any warnings found while making it.
    pub fn view(self, model: &Model) -> View {
        match self {
            Document::Summary => summary::view(model).into(),
            Document::OnePager => {
                one_pager::view(model, &one_pager::Budget::estimate(model)).into()
            }
            Document::Assessment => assessment::view(model),
            Document::BenefitMap => benefit_map::view(model),
            Document::RealisationPlan => realisation_plan::view(model).into(),
            Document::Timeline => timeline::view(model).into(),
            Document::Benefits => benefits::view(model).into(),
            Document::Changes => changes::view(model).into(),
            Document::Deliverables => deliverables::view(model).into(),
            Document::FollowUp => follow_up::view(model).into(),
            Document::BusinessCase => business_case::view(model).into(),
            Document::Slides => slides::view(model),
        }
    }

    /// Every document the plan has something for, in the order of the full PDF.
    pub fn all_for(model: &Model) -> Vec<Document> {
        Document::ALL
            .into_iter()
            .filter(|d| d.applies(model))
            .collect()
    }

    /// Whether the plan has what the document shows: the business case appendix needs a
    /// business case, the timeline a period and the assessment card an assessment. A plan
    /// that is only an idea (an assessment and nothing to plan yet) has only its card.
    pub fn applies(self, model: &Model) -> bool {
        let plan = model.plan;
        match self {
            Document::Assessment => plan.assessment.is_some(),
            _ if plan.assessment.is_some() && plan.is_idea() => false,
            Document::BusinessCase => model.business_case.is_some(),
            Document::Timeline => plan.project.period.is_some(),
            _ => true,
        }
    }

    /// What the plan must have for the document to apply, for the message when `--only`
    /// asks for one it lacks.
    pub fn needs(self) -> &'static str {
        match self {
            Document::Assessment => "an assessment: (the assessment card's sections)",
            Document::BusinessCase => "a business_case: (see docs/business_case.md)",
            Document::Timeline => "a project.period:",
            _ => "deliverables, changes or benefits (it is only an idea with an assessment)",
        }
    }

    /// The files the document's Typst source refers to, such as charts.
    pub fn assets(self, model: &Model) -> Vec<Asset> {
        match self {
            Document::BusinessCase => business_case::assets(model),
            Document::Summary | Document::Assessment => logo(model).into_iter().collect(),
            Document::FollowUp => follow_up::assets(model),
            _ => Vec::new(),
        }
    }
}

/// The most characters of a text the PDF holds as one string (alt text, the title).
/// PDF/A allows a string of at most 32.767 bytes, and typst-pdf writes text as UTF-16 with
/// a byte-order mark, so 16.000 characters leave room.
pub const PDF_TEXT_MAX: usize = 16_000;

/// `text` cut to [`PDF_TEXT_MAX`] characters after a word, ended with " … " and `note`
/// (which says where the rest is), when it is longer.
pub fn pdf_text(text: String, note: &str) -> String {
    if text.chars().count() <= PDF_TEXT_MAX {
        return text;
    }
    let room = PDF_TEXT_MAX - note.chars().count() - 3;
    let cut: String = text.chars().take(room).collect();
    let cut = match cut.rfind(' ') {
        Some(space) => &cut[..space],
        None => &cut,
    };
    format!("{cut} … {note}")
}

/// The plan's logo as a file for the Typst source, at the path [`logo_path`] names.
fn logo(model: &Model) -> Option<Asset> {
    Some(Asset {
        path: logo_path(model)?,
        data: model.logo?.data.clone(),
    })
}

/// The logo's alt text: "Logo" and the organisation's name.
pub fn logo_alt(model: &Model) -> String {
    let project = &model.plan.project;
    match &project.organisation {
        Some(organisation) => format!("{}: {organisation}", model.texts.label("logo")),
        None => model.texts.label("logo").to_string(),
    }
}

/// Where the Typst source finds the plan's logo, when it has one: a name gevinst chooses,
/// so the plan's own file name never reaches the source.
pub fn logo_path(model: &Model) -> Option<String> {
    model
        .logo
        .map(|image| format!("files/logo.{}", image.format))
}

/// A document's view (the data its template lays out) and the warnings for the user that
/// came up while making it, such as a map drawn smaller than legible type allows.
pub struct View {
    /// The data for the template.
    pub data: Value,
    /// Messages for the user, one sentence each, without a "warning:" prefix.
    pub warnings: Vec<String>,
}

impl From<Value> for View {
    fn from(data: Value) -> View {
        View {
            data,
            warnings: Vec::new(),
        }
    }
}

/// A file a document's Typst source refers to, such as a chart's SVG: its path relative to
/// `main.typ` and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// The path the Typst source uses, e.g. `charts/business-case-costs.svg`.
    pub path: String,
    /// The file's content.
    pub data: Vec<u8>,
}

/// A reference to an object, for badges: its id and title.
fn reference(id: &str, title: &str) -> Value {
    json!({ "id": id, "title": title })
}

/// References to goals.
fn goal_refs(goals: &[&Goal]) -> Vec<Value> {
    goals.iter().map(|g| reference(&g.id, &g.title)).collect()
}

/// References to deliverables.
fn deliverable_refs(deliverables: &[&Deliverable]) -> Vec<Value> {
    deliverables
        .iter()
        .map(|d| reference(&d.id, &d.title))
        .collect()
}

/// References to changes.
fn change_refs(changes: &[&Change]) -> Vec<Value> {
    changes.iter().map(|c| reference(&c.id, &c.title)).collect()
}

/// References to benefits.
fn benefit_refs(benefits: &[&Benefit]) -> Vec<Value> {
    benefits
        .iter()
        .map(|b| reference(&b.id, &b.title))
        .collect()
}

/// The kind of a benefit in words, including "negative".
fn benefit_kind(model: &Model, benefit: &Benefit) -> String {
    let kind = model.texts.benefit_kind(benefit.kind);
    if benefit.negative {
        format!("{} ({})", kind, model.texts.label("negative"))
    } else {
        kind.to_string()
    }
}
