//! The validated plan with its links worked out: who needs what, who serves what.
//!
//! The plan stores each link once, on the side that needs it (a benefit lists its changes, a
//! change its deliverables). The documents read the links in both directions and across
//! two steps (the deliverables a benefit needs through its changes); this module answers
//! those questions once, in plan order, so that every document agrees.

use crate::Checked;
use crate::business_case::Computation;
use crate::date::Date;
use crate::files::Image;
use crate::i18n::Texts;
use crate::plan::{Benefit, Change, Deliverable, Goal, Level, Period, Plan};

/// A validated plan and the language it is rendered in.
pub struct Model<'a> {
    /// The plan as written.
    pub plan: &'a Plan,
    /// Labels and formats.
    pub texts: Texts,
    /// The computed business case, when the plan has one.
    pub business_case: Option<&'a Computation>,
    /// The organisation's logo, when the plan has one and it was read from its folder.
    pub logo: Option<&'a Image>,
    /// The day the documents are made (`--today`, SOURCE_DATE_EPOCH or the clock): the
    /// timeline's today line and what counts as overdue. An input, so output stays
    /// reproducible.
    pub today: Date,
    /// The period the documents plan in: the plan's own, or for an idea with only an
    /// assessment (which may leave the period out, E023) the month of `today`. No document
    /// shows the stand-in: the timeline applies only to a plan with a period.
    pub period: Period,
}

impl<'a> Model<'a> {
    /// A model over a plan that has passed [`crate::check`].
    pub fn new(checked: &'a Checked, texts: Texts, today: Date) -> Model<'a> {
        Model {
            plan: &checked.plan,
            texts,
            business_case: checked.business_case.as_ref(),
            logo: checked.files.logo.as_ref(),
            today,
            period: checked.plan.project.period.clone().unwrap_or(Period {
                start: Date { day: None, ..today },
                end: Date { day: None, ..today },
            }),
        }
    }

    /// The goal with this id.
    pub fn goal(&self, id: &str) -> Option<&'a Goal> {
        self.plan.goals.iter().find(|g| g.id == id)
    }

    /// The deliverable with this id.
    pub fn deliverable(&self, id: &str) -> Option<&'a Deliverable> {
        self.plan.deliverables.iter().find(|d| d.id == id)
    }

    /// The change with this id.
    pub fn change(&self, id: &str) -> Option<&'a Change> {
        self.plan.changes.iter().find(|c| c.id == id)
    }

    /// The benefit with this id.
    pub fn benefit(&self, id: &str) -> Option<&'a Benefit> {
        self.plan.benefits.iter().find(|b| b.id == id)
    }

    /// The changes a benefit needs, in plan order.
    pub fn changes_of(&self, benefit: &Benefit) -> Vec<&'a Change> {
        self.plan
            .changes
            .iter()
            .filter(|c| benefit.changes.contains(&c.id))
            .collect()
    }

    /// The deliverables a benefit needs: its own and those of its changes, in plan order.
    pub fn deliverables_of(&self, benefit: &'a Benefit) -> Vec<&'a Deliverable> {
        self.plan.deliverables_needed(benefit).collect()
    }

    /// The deliverables a change needs, in plan order.
    pub fn deliverables_of_change(&self, change: &Change) -> Vec<&'a Deliverable> {
        self.plan
            .deliverables
            .iter()
            .filter(|d| change.deliverables.contains(&d.id))
            .collect()
    }

    /// The benefits a change enables, in plan order.
    pub fn benefits_of_change(&self, change: &Change) -> Vec<&'a Benefit> {
        self.plan
            .benefits
            .iter()
            .filter(|b| b.changes.contains(&change.id))
            .collect()
    }

    /// The changes that use a deliverable, in plan order.
    pub fn changes_of_deliverable(&self, deliverable: &Deliverable) -> Vec<&'a Change> {
        self.plan
            .changes
            .iter()
            .filter(|c| c.deliverables.contains(&deliverable.id))
            .collect()
    }

    /// The benefits a benefit leads to, in plan order.
    pub fn leads_to(&self, benefit: &Benefit) -> Vec<&'a Benefit> {
        self.plan
            .benefits
            .iter()
            .filter(|b| benefit.leads_to.contains(&b.id))
            .collect()
    }

    /// The goals a benefit serves directly, in plan order.
    pub fn goals_of(&self, benefit: &Benefit) -> Vec<&'a Goal> {
        self.plan
            .goals
            .iter()
            .filter(|g| benefit.goals.contains(&g.id))
            .collect()
    }

    /// The benefits that serve a goal directly, in plan order.
    pub fn benefits_of_goal(&self, goal: &Goal) -> Vec<&'a Benefit> {
        self.plan
            .benefits
            .iter()
            .filter(|b| b.goals.contains(&goal.id))
            .collect()
    }

    /// A target or baseline in words: a Danish number, or the text as written.
    pub fn level(&self, level: Option<&Level>) -> Option<String> {
        match level? {
            Level::Number(value) => Some(self.texts.number(*value, 2)),
            Level::Text(text) => Some(text.clone()),
        }
    }
}
