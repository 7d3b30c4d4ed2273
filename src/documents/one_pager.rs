//! The steering group's one-pager ("one page til godkendelse i TSG"): the project, its
//! purpose and goals, the key benefits with owner, target and status, the business case in
//! four figures, the key risks and prerequisites, and what the group is asked to decide. It
//! is always exactly one A4 page.
//!
//! The page is filled in two steps. [`Budget::estimate`] measures every text with the
//! embedded fonts ([`Measure`]) and decides how many rows of each list fit, cutting long
//! texts to a number of lines with an ellipsis; [`crate::render::Renderer`] then compiles
//! the page and, should it still run onto a second page, shrinks the budget a step at a
//! time until it is one page ([`Budget::shrink`]). A list that is cut ends in a visible
//! "+3 flere" row, and the plan gets the warning W501.
//!
//! Which benefits come first ([`order`]): main benefits, then immediate ones, then negative
//! benefits; within each group the ones valued highest in kroner in the business case, then
//! the most certain, then plan order.

use std::cmp::Ordering;

use num_rational::BigRational;
use serde_json::{Value, json};

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Source;
use crate::measure::Measure;
use crate::model::Model;
use crate::plan::{Benefit, BenefitKind, Certainty, Level};

/// The page's margins in points (left and right, top, bottom); the template uses these.
const MARGIN: (f64, f64, f64) = (51.0, 42.0, 54.0);
/// The text area's width: A4 (595,28 pt) less the margins.
const WIDTH: f64 = 595.28 - 2.0 * MARGIN.0;
/// The text area's height: A4 (841,89 pt) less the margins.
const HEIGHT: f64 = 841.89 - MARGIN.1 - MARGIN.2;

/// Type sizes in points; nothing on the page is below [`SMALL`].
const TITLE: f64 = 17.0;
const SUBTITLE: f64 = 11.0;
const HEADING: f64 = 11.0;
const BODY: f64 = 9.5;
const TABLE: f64 = 9.0;
const SMALL: f64 = 8.0;
/// The business case's figures.
const CASE: f64 = 12.0;
/// The cap height of Source Sans 3 and the template's leading, as fractions of the size.
const CAP: f64 = 0.66;
const LEADING: f64 = 0.55;
/// What a badge (an id on its colour) adds to a line's height: its inset above and below.
const BADGE: f64 = 4.0;
/// The share of the page the estimate fills at most, for what it cannot foresee.
const FILL: f64 = 0.97;

/// The benefit table's fixed columns (badge, owner, target, status) in points; the title
/// takes the rest. Cells have 4 pt inset left and right, 3 pt above and below.
const COLUMNS: [f64; 4] = [34.0, 84.0, 112.0, 76.0];
const CELL_X: f64 = 4.0;
const CELL_Y: f64 = 3.0;
/// Space between the two columns of risks and prerequisites.
const GUTTER: f64 = 14.0;
/// The indent of a list item (bullet and space).
const BULLET: f64 = 10.0;

/// At most this many lines for each text, whatever the room.
const TITLE_LINES: usize = 2;
const DECISION_LINES: usize = 5;
const PURPOSE_LINES: usize = 7;
const CELL_LINES: usize = 4;
const ITEM_LINES: usize = 3;
const GOAL_LINES: usize = 1;
const FACTS_LINES: usize = 2;

/// How much of each part the page shows: rows of each list, and lines of the purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Lines of the purpose.
    pub purpose_lines: usize,
    /// Goals shown.
    pub goals: usize,
    /// Benefits shown.
    pub benefits: usize,
    /// Risks shown.
    pub risks: usize,
    /// Prerequisites shown.
    pub prerequisites: usize,
}

/// One text cut to fit: the text to print and the lines it takes.
#[derive(Debug, Clone)]
struct Fitted {
    text: String,
    lines: usize,
    /// Whether the text was cut short (and ends in "…").
    cut: bool,
}

/// The page's content measured once: every text already cut to its line cap.
struct Content {
    title: Fitted,
    /// Organisation, unit, version, date and period on one line (two if need be).
    facts: Fitted,
    decision: Option<Fitted>,
    /// The purpose cut to [`PURPOSE_LINES`], and the whole purpose for cutting shorter.
    purpose: Option<(Fitted, String)>,
    goals: Vec<(String, Fitted)>,
    benefits: Vec<Row>,
    risks: Vec<Fitted>,
    prerequisites: Vec<Fitted>,
    /// The height of the business case's row of figures, when there is a business case.
    case_height: Option<f64>,
    /// Lines of the benefit table's header row.
    header_lines: usize,
    /// Lines of the note under the benefit table.
    note_lines: usize,
}

/// A benefit's row: id and four cells.
struct Row {
    id: String,
    cells: [Fitted; 4],
}

impl Row {
    fn lines(&self) -> usize {
        self.cells.iter().map(|c| c.lines).max().unwrap_or(1)
    }
}

/// Where a benefit's realisation stands, in words, for the one-pager's status column: see
/// [`crate::follow_up::status_text`].
fn benefit_status(model: &Model, benefit: &Benefit) -> String {
    crate::follow_up::status_text(model, benefit)
        .unwrap_or_else(|| model.texts.label("op_no_status").to_string())
}

/// The benefits in the one-pager's order: main benefits, then immediate, then negative;
/// within each, the highest value in kroner (its business-case line's total) first, then
/// the most certain, then plan order.
pub fn order<'a>(model: &Model<'a>) -> Vec<&'a Benefit> {
    let group = |b: &Benefit| match (b.negative, b.kind) {
        (false, BenefitKind::Main) => 0,
        (false, BenefitKind::Immediate) => 1,
        (true, _) => 2,
    };
    let value = |b: &Benefit| -> Option<BigRational> {
        let line = b.business_case_line.as_deref()?;
        Some(model.business_case?.benefit(line)?.amounts.total.clone())
    };
    let certainty = |b: &Benefit| match b.certainty {
        Some(Certainty::High) => 0,
        Some(Certainty::Medium) => 1,
        Some(Certainty::Low) => 2,
        None => 3,
    };
    let mut benefits: Vec<&Benefit> = model.plan.benefits.iter().collect();
    // A stable sort keeps plan order among equals.
    benefits.sort_by(|a, b| {
        group(a)
            .cmp(&group(b))
            .then_with(|| match (value(a), value(b)) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
            .then_with(|| certainty(a).cmp(&certainty(b)))
    });
    benefits
}

/// The width of the benefit title column.
fn title_column() -> f64 {
    WIDTH - COLUMNS.iter().sum::<f64>()
}

/// The width of one of the two columns of risks and prerequisites, less the bullet.
fn item_width() -> f64 {
    (WIDTH - GUTTER) / 2.0 - BULLET
}

/// `text` cut to at most `max_lines` lines `width` wide at `size`, wrapped greedily at
/// spaces as the template sets it (`linebreaks: "simple"`, no hyphenation), with "…" where
/// it was cut. A word wider than the line is split where it must be.
fn clamp(m: &Measure, text: &str, size: f64, width: f64, max_lines: usize) -> Fitted {
    let space = m.width(" ", size);
    let ellipsis = m.width("…", size);
    // Words, with any word wider than a line split into pieces that fit.
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if m.width(&piece, size) + ellipsis > width && piece.chars().count() > 1 {
                let last = piece.pop().unwrap_or(c);
                words.push(std::mem::take(&mut piece));
                piece.push(last);
            }
        }
        if !piece.is_empty() {
            words.push(piece);
        }
    }
    let mut lines: Vec<(Vec<&str>, f64)> = Vec::new();
    let mut cut = false;
    for word in &words {
        let w = m.width(word, size);
        let full = lines.len() == max_lines;
        match lines.last_mut() {
            Some((line, used)) if *used + space + w <= width => {
                line.push(word);
                *used += space + w;
            }
            _ if full => {
                cut = true;
                break;
            }
            _ => lines.push((vec![word], w)),
        }
    }
    if cut {
        // Make room for the ellipsis on the last line.
        if let Some((line, used)) = lines.last_mut() {
            while *used + ellipsis > width && line.len() > 1 {
                let w = m.width(line.pop().unwrap_or_default(), size);
                *used -= space + w;
            }
        }
    }
    let count = lines.len().max(1);
    let mut text = lines
        .into_iter()
        .map(|(line, _)| line.join(" "))
        .collect::<Vec<_>>()
        .join(" ");
    if cut {
        text = text
            .trim_end_matches(|c: char| c.is_ascii_punctuation())
            .to_string();
        text.push('…');
    }
    Fitted {
        text,
        lines: count,
        cut,
    }
}

impl Content {
    fn new(model: &Model) -> Content {
        let plan = model.plan;
        let project = &plan.project;
        let t = model.texts;
        let regular = Measure::sans(400);
        let bold = Measure::sans(700);
        let semibold = Measure::sans(600);
        let title = clamp(&bold, &project.title, TITLE, WIDTH, TITLE_LINES);
        let facts: Vec<String> = [
            project.organisation.clone(),
            project.unit.clone(),
            project
                .version
                .as_ref()
                .map(|v| format!("{} {v}", t.label("version"))),
            project.date.map(|d| t.date(d)),
            project.period.as_ref().map(|p| {
                format!(
                    "{} {} – {}",
                    t.label("period"),
                    t.date(p.start),
                    t.date(p.end)
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        let facts = clamp(&regular, &facts.join(" · "), SMALL, WIDTH, FACTS_LINES);
        let decision = project
            .decision
            .as_deref()
            .map(|d| clamp(&semibold, d, BODY, WIDTH - 16.0, DECISION_LINES));
        let purpose = project.purpose.as_deref().map(|p| {
            (
                clamp(&regular, p, BODY, WIDTH, PURPOSE_LINES),
                p.to_string(),
            )
        });
        let goals = plan
            .goals
            .iter()
            .map(|g| {
                let lead = semibold.width(&g.id, BODY) + 12.0;
                (
                    g.id.clone(),
                    clamp(&regular, &g.title, BODY, WIDTH - lead, GOAL_LINES),
                )
            })
            .collect();
        let cell =
            |text: &str, width: f64| clamp(&regular, text, TABLE, width - 2.0 * CELL_X, CELL_LINES);
        let benefits = order(model)
            .into_iter()
            .map(|b| {
                // A number with its unit; a target in words stands alone.
                let target = match (&b.target, model.level(b.target.as_ref()), &b.unit) {
                    (Some(Level::Number(_)), Some(level), Some(unit)) => format!("{level} {unit}"),
                    (_, Some(level), _) => level,
                    (_, None, _) => "–".to_string(),
                };
                let title = if b.negative {
                    format!("{} ({})", b.title, t.label("negative"))
                } else {
                    b.title.clone()
                };
                Row {
                    id: b.id.clone(),
                    cells: [
                        cell(&title, title_column()),
                        cell(b.owner.as_deref().unwrap_or("–"), COLUMNS[1]),
                        cell(&target, COLUMNS[2]),
                        cell(&benefit_status(model, b), COLUMNS[3]),
                    ],
                }
            })
            .collect();
        let item = |text: &String| clamp(&regular, text, BODY, item_width(), ITEM_LINES);
        let header_lines = [
            (t.label("col_title"), title_column()),
            (t.label("op_col_owner"), COLUMNS[1]),
            (t.label("op_col_target"), COLUMNS[2]),
            (t.label("op_col_status"), COLUMNS[3]),
        ]
        .iter()
        .map(|(label, width)| semibold.lines(0.0, label, TABLE, width - 2.0 * CELL_X))
        .max()
        .unwrap_or(1);
        // Four boxes with 6 pt between them and 8 pt inset: label, then value and unit.
        let case_width = (WIDTH - 3.0 * 6.0) / 4.0 - 16.0;
        let case_height = super::business_case::steering_summary(model).map(|figures| {
            figures
                .iter()
                .map(|[label, value, unit]| {
                    let label = regular.lines(0.0, label, SMALL, case_width);
                    let value = bold.lines(0.0, &format!("{value} {unit}"), CASE, case_width);
                    16.0 + text(label, SMALL) + 4.0 + text(value, CASE)
                })
                .fold(0.0, f64::max)
        });
        Content {
            title,
            facts,
            decision,
            purpose,
            goals,
            benefits,
            risks: project.risks.iter().map(item).collect(),
            prerequisites: project.prerequisites.iter().map(item).collect(),
            case_height,
            header_lines,
            note_lines: regular.lines(0.0, t.label("op_benefits_order"), SMALL, WIDTH),
        }
    }

    /// The budget that shows everything.
    fn everything(&self) -> Budget {
        Budget {
            purpose_lines: self.purpose.as_ref().map_or(0, |(p, _)| p.lines),
            goals: self.goals.len(),
            benefits: self.benefits.len(),
            risks: self.risks.len(),
            prerequisites: self.prerequisites.len(),
        }
    }

    /// The estimated height of the page's content with `budget`, in points, following the
    /// template's spacing: every gap there is an explicit `v()`, mirrored here.
    fn height(&self, budget: &Budget, model: &Model) -> f64 {
        let heading = 10.0 + text(1, HEADING) + 4.0;
        let more = |shown: usize, all: usize, size: f64| {
            if shown < all {
                3.0 + text(1, size)
            } else {
                0.0
            }
        };
        let project = &model.plan.project;
        // Kicker, title, subtitle, facts, rule.
        let mut h = text(1, SMALL) + 4.0 + text(self.title.lines, TITLE) + 4.0;
        if project.subtitle.is_some() {
            h += text(1, SUBTITLE) + 4.0;
        }
        if !self.facts.text.is_empty() {
            h += text(self.facts.lines, SMALL);
        }
        h += 6.0 + 1.5 + 10.0;
        if let Some(d) = &self.decision {
            h += 16.0 + text(1, SMALL) + 4.0 + text(d.lines, BODY) + 10.0;
        }
        if self.purpose.is_some() {
            h += heading + text(budget.purpose_lines, BODY);
        }
        if !self.goals.is_empty() {
            h += heading
                + self.goals[..budget.goals]
                    .iter()
                    .map(|(_, g)| text(g.lines, BODY).max(text(1, BODY) + BADGE) + 3.0)
                    .sum::<f64>()
                + more(budget.goals, self.goals.len(), BODY);
        }
        // The benefit table: header, rows, "+N" row and the note on the order.
        let row =
            |lines: usize| text(lines, TABLE).max(text(1, TABLE) + BADGE) + 2.0 * CELL_Y + 0.4;
        h += heading + row(self.header_lines);
        h += self.benefits[..budget.benefits]
            .iter()
            .map(|r| row(r.lines()))
            .sum::<f64>();
        if budget.benefits < self.benefits.len() || self.benefits.is_empty() {
            h += row(1);
        }
        h += 4.0 + text(self.note_lines, SMALL);
        if let Some(case) = self.case_height {
            h += heading + case;
        }
        let column = |items: &[Fitted], shown: usize| {
            items[..shown]
                .iter()
                .map(|i| text(i.lines, BODY) + 3.0)
                .sum::<f64>()
                .max(text(1, BODY))
                + more(shown, items.len(), BODY)
        };
        h += heading
            + column(&self.risks, budget.risks)
                .max(column(&self.prerequisites, budget.prerequisites));
        h
    }
}

/// The height of `lines` lines of text at `size`: each line is a cap height tall (Typst's
/// `top-edge: "cap-height"`, `bottom-edge: "baseline"`), with the leading between lines.
fn text(lines: usize, size: f64) -> f64 {
    let lines = lines.max(1) as f64;
    size * (CAP * lines + LEADING * (lines - 1.0))
}

impl Budget {
    /// The largest budget whose estimated height fits the page: everything when it fits,
    /// else shrunk a step at a time with [`Budget::shrink`].
    pub fn estimate(model: &Model) -> Budget {
        let content = Content::new(model);
        let mut budget = content.everything();
        while content.height(&budget, model) > HEIGHT * FILL && budget.shrink() {}
        budget
    }

    /// Takes one row (or one line of the purpose) away from the part that can best spare
    /// it, and says whether anything was left to take. Each part keeps a few rows as long
    /// as another part has more to give (benefits 6, the rest 3, the purpose 4 lines), and
    /// benefits give a row only when they have twice as many beyond that as the others;
    /// then everything shrinks down to one row each.
    pub fn shrink(&mut self) -> bool {
        for floors in [[4, 3, 6, 3, 3], [1, 1, 1, 1, 1]] {
            let parts = [
                (self.purpose_lines, floors[0], 1),
                (self.goals, floors[1], 1),
                (self.benefits, floors[2], 2),
                (self.risks, floors[3], 1),
                (self.prerequisites, floors[4], 1),
            ];
            let best = parts
                .iter()
                .enumerate()
                .filter(|(_, (shown, floor, _))| shown > floor)
                .max_by_key(|(i, (shown, floor, weight))| {
                    ((shown - floor) / weight, usize::MAX - i)
                })
                .map(|(i, _)| i);
            if let Some(i) = best {
                let part = match i {
                    0 => &mut self.purpose_lines,
                    1 => &mut self.goals,
                    2 => &mut self.benefits,
                    3 => &mut self.risks,
                    _ => &mut self.prerequisites,
                };
                *part -= 1;
                return true;
            }
        }
        false
    }

    /// What `self` leaves out compared with `model`'s whole content, in words, e.g.
    /// "12 of 40 benefits, 3 of 30 risks"; empty when it shows everything.
    pub fn cuts(&self, model: &Model) -> Vec<(&'static str, String)> {
        let content = Content::new(model);
        let all = content.everything();
        let mut cuts = Vec::new();
        let mut list = |path: &'static str, shown: usize, all: usize, what: &str| {
            if shown < all {
                cuts.push((path, format!("{shown} of {all} {what}")));
            }
        };
        list("benefits", self.benefits, all.benefits, "benefits");
        list("goals", self.goals, all.goals, "goals");
        list("project.risks", self.risks, all.risks, "risks");
        list(
            "project.prerequisites",
            self.prerequisites,
            all.prerequisites,
            "prerequisites",
        );
        if let Some((fitted, _)) = &content.purpose
            && (self.purpose_lines < all.purpose_lines || fitted.cut)
        {
            cuts.push((
                "project.purpose",
                format!("the purpose cut to {} lines", self.purpose_lines),
            ));
        }
        if content.title.cut {
            cuts.push((
                "project.title",
                format!("the title cut to {TITLE_LINES} lines"),
            ));
        }
        if content.decision.as_ref().is_some_and(|d| d.cut) {
            cuts.push((
                "project.decision",
                format!("the decision cut to {DECISION_LINES} lines"),
            ));
        }
        let texts_cut = content
            .benefits
            .iter()
            .take(self.benefits)
            .any(|r| r.cells.iter().any(|c| c.cut))
            || content.goals.iter().take(self.goals).any(|(_, g)| g.cut)
            || content.facts.cut
            || content
                .risks
                .iter()
                .take(self.risks)
                .chain(content.prerequisites.iter().take(self.prerequisites))
                .any(|i| i.cut);
        if texts_cut {
            cuts.push(("", "some long texts cut short with …".to_string()));
        }
        cuts
    }
}

/// The warning W501 when the one-pager cannot show the whole plan, at the first field it
/// shortens; `None` when everything fits.
pub fn shortening(model: &Model, source: &Source) -> Option<Diagnostic> {
    let budget = Budget::estimate(model);
    let cuts = budget.cuts(model);
    if cuts.is_empty() {
        return None;
    }
    let path = cuts
        .iter()
        .map(|(p, _)| *p)
        .find(|p| !p.is_empty())
        .unwrap_or("project");
    let mut diagnostic = Diagnostic::error(
        "W501",
        &source.name,
        source.position(path),
        Some(path.to_string()),
        format!(
            "the steering group's one-pager cannot hold everything and is shortened: {}",
            cuts.iter()
                .map(|(_, what)| what.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
    )
    .with_hint("shorten the texts or list the most important items first; the full documents show everything");
    diagnostic.severity = Severity::Warning;
    Some(diagnostic)
}

/// A "+3 flere" text when `shown` of `all` are shown.
fn more(model: &Model, shown: usize, all: usize) -> Option<String> {
    (shown < all).then(|| format!("+{} {}", all - shown, model.texts.label("op_more")))
}

/// The one-pager's view with `budget`.
pub fn view(model: &Model, budget: &Budget) -> Value {
    let content = Content::new(model);
    let all = content.everything();
    let project = &model.plan.project;
    let regular = Measure::sans(400);
    let purpose = content.purpose.as_ref().map(|(fitted, whole)| {
        if budget.purpose_lines < fitted.lines {
            clamp(&regular, whole, BODY, WIDTH, budget.purpose_lines).text
        } else {
            fitted.text.clone()
        }
    });
    let business_case = super::business_case::steering_summary(model).map(|figures| {
        let period = model
            .business_case
            .and_then(|c| Some(format!("{}–{}", c.years.first()?, c.years.last()?)));
        json!({
            "period": period,
            "figures": figures,
        })
    });
    json!({
        "margin": { "x": MARGIN.0, "top": MARGIN.1, "bottom": MARGIN.2 },
        "columns": [COLUMNS[0], title_column(), COLUMNS[1], COLUMNS[2], COLUMNS[3]],
        "gutter": GUTTER,
        "title": content.title.text,
        "subtitle": project.subtitle,
        "facts": (!content.facts.text.is_empty()).then_some(&content.facts.text),
        "decision": content.decision.as_ref().map(|d| &d.text),
        "purpose": purpose,
        "goals": content.goals[..budget.goals].iter().map(|(id, g)| json!({"id": id, "title": g.text})).collect::<Vec<_>>(),
        "goals_more": more(model, budget.goals, all.goals),
        "benefits": content.benefits[..budget.benefits].iter().map(|r| json!({
            "id": r.id,
            "cells": r.cells.iter().map(|c| &c.text).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "benefits_more": more(model, budget.benefits, all.benefits),
        "business_case": business_case,
        "risks": content.risks[..budget.risks].iter().map(|i| &i.text).collect::<Vec<_>>(),
        "risks_more": more(model, budget.risks, all.risks),
        "prerequisites": content.prerequisites[..budget.prerequisites].iter().map(|i| &i.text).collect::<Vec<_>>(),
        "prerequisites_more": more(model, budget.prerequisites, all.prerequisites),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_cuts_to_the_lines_with_an_ellipsis() {
        let m = Measure::sans(400);
        let short = clamp(&m, "Kort  tekst", 10.0, 200.0, 2);
        assert_eq!(
            (short.text.as_str(), short.lines, short.cut),
            ("Kort tekst", 1, false)
        );
        let long = "Borgerne skal kunne klare mere selv. ".repeat(30);
        let cut = clamp(&m, &long, 10.0, 200.0, 3);
        assert!(
            cut.cut && cut.lines == 3 && cut.text.ends_with('…'),
            "{cut:?}"
        );
        assert!(m.lines(0.0, &cut.text, 10.0, 200.0) <= 3);
        // A word wider than the line is split rather than left to overflow.
        let word = clamp(&m, &"x".repeat(400), 10.0, 100.0, 2);
        assert!(word.cut && word.lines == 2, "{word:?}");
    }

    #[test]
    fn shrink_spares_the_benefits_and_ends() {
        let mut budget = Budget {
            purpose_lines: 7,
            goals: 5,
            benefits: 40,
            risks: 30,
            prerequisites: 2,
        };
        assert!(budget.shrink());
        assert_eq!(
            budget.risks, 29,
            "the longest list beyond its floor gives first"
        );
        let mut steps = 1;
        while budget.shrink() {
            steps += 1;
        }
        assert_eq!(steps, 6 + 4 + 39 + 29 + 1);
        assert_eq!(
            budget,
            Budget {
                purpose_lines: 1,
                goals: 1,
                benefits: 1,
                risks: 1,
                prerequisites: 1
            }
        );
    }
}
