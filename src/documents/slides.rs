//! Slides for the steering group (styregruppen): one 16:9 page each, in large type: title,
//! purpose and goals, benefit map, key benefits, business case, timeline, status and
//! decision.
//!
//! Every slide must fit its page. Typst cannot shorten a list for us, so the text is
//! measured here with the embedded font ([`crate::measure`]) at the sizes the template sets,
//! and lists are cut where they would overflow: the slide then says "+3 flere" and a warning
//! (W601–W607) says what was left out. Texts longer than their lines end in "…"; that warns
//! too, except in the one-line rows of the timeline and the status list and the detail
//! line under a key benefit, which are cut to one line by design (the full text is in the
//! plan's other documents). Rows of the timeline and the status list have fixed
//! heights in the template, so their count is exact; the other slides are measured
//! conservatively. The benefit map and the timeline are drawn by the same code as their own
//! documents (`map_drawing.typ`, `timeline_drawing.typ`), from
//! [`benefit_map::drawing`] and [`timeline::rows`].

use serde_json::{Value, json};

use super::{View, benefit_map, business_case, timeline};
use crate::measure::Measure;
use crate::model::Model;
use crate::plan::{Benefit, BenefitKind, DeliverableStatus, MeasurementKind};

/// The page: 16:9, 33,867 × 19,05 cm, in points.
const PAGE: (f64, f64) = (960.0, 540.0);
/// Page margins in points: sides, top, bottom.
const MARGIN: (f64, f64, f64) = (40.0, 30.0, 22.0);
/// A slide's title, in points.
const TITLE: f64 = 32.0;
/// Body text, in points.
const BODY: f64 = 20.0;
/// Secondary text (details, rows of the timeline and status lists), in points.
const SMALL: f64 = 18.0;
/// The footer, in points.
const FOOTER: f64 = 14.0;
/// The plan's title on the title slide, in points.
const PLAN_TITLE: f64 = 44.0;
/// The decision's text, in points.
const DECISION: f64 = 30.0;
/// Height of the title row (one line and the gap under it), in points.
const TITLE_ROW: f64 = 62.0;
/// Height of the footer row (one line and the gap above it), in points.
const FOOTER_ROW: f64 = 30.0;
/// Line pitch in ems: the template's leading, 0.55 em, over Source Sans 3's cap height of
/// 0.66 em.
const PITCH: f64 = 1.21;
/// Space between paragraphs in ems (the template's `par.spacing`).
const PAR_SPACING: f64 = 0.8;
/// Space between the items of a list, in points.
const GAP: f64 = 18.0;
/// Space between a key benefit's title and its detail line, in points.
const DETAIL_GAP: f64 = 6.0;
/// Height of one row of the timeline and of the status list, in points.
const ROW: f64 = 26.0;
/// Width of the label column of the timeline, in points.
const TIMELINE_LABELS: f64 = 330.0;
/// Width of the deliverables' column on the status slide, in points.
const STATUS_LEFT: f64 = 300.0;
/// Width of the status word's column on the status slide, in points.
const STATUS_WORD: f64 = 170.0;
/// Box text of the benefit map on a slide: it starts at this size and may shrink to
/// [`MAP_MIN`] before the drawing is scaled down.
const MAP_START: f64 = 18.0;
/// The smallest box text of the map on a slide that is legible from across a room.
const MAP_MIN: f64 = 10.0;
/// The timeline's legend and axis, in points.
const LEGEND: f64 = 16.0;
/// A legend sample and the space after it, in points.
const LEGEND_SAMPLE: f64 = 38.0;
/// Space between the legend's entries, in points.
const LEGEND_GAP: f64 = 20.0;
/// An id badge's width beyond its text, in points (its inset and stroke in `style.typ`).
const BADGE_EXTRA: f64 = 6.0;

/// The height of `lines` lines of text at `size`: a pitch per line but no leading after the
/// last, with room for the last line's descenders and an id badge's inset.
fn text_height(lines: usize, size: f64) -> f64 {
    lines as f64 * PITCH * size - 0.55 * size + 0.3 * size + 3.0
}

/// The height "+3 flere" takes under a list: the half gap and paragraph spacing above it
/// and its line.
fn more_height() -> f64 {
    GAP / 2.0 + PAR_SPACING * BODY + text_height(1, SMALL)
}

/// The width of the slide's content, in points.
const WIDTH: f64 = PAGE.0 - 2.0 * MARGIN.0;
/// The height of a slide's body, between its title and its footer, in points.
const BODY_HEIGHT: f64 = PAGE.1 - MARGIN.1 - MARGIN.2 - TITLE_ROW - FOOTER_ROW;

/// The slides' view: one entry per slide that applies, with the warnings for what was
/// shortened.
pub fn view(model: &Model) -> View {
    let mut deck = Deck {
        model,
        regular: Measure::sans(400),
        semibold: Measure::sans(600),
        warnings: Vec::new(),
    };
    let mut slides = vec![deck.title(), deck.purpose(), deck.map(), deck.benefits()];
    if let Some(slide) = deck.business_case() {
        slides.push(slide);
    }
    if model.plan.project.period.is_some() {
        slides.push(deck.timeline());
    }
    slides.push(deck.status());
    slides.push(deck.decision());
    let total = slides.len();
    for (i, slide) in slides.iter_mut().enumerate() {
        slide["number"] = json!(format!("{} / {total}", i + 1));
    }
    let t = model.texts;
    let project = &model.plan.project;
    let furniture: Vec<String> = project
        .version
        .iter()
        .map(|v| format!("{} {v}", t.label("version")))
        .chain(project.date.map(|d| t.date(d)))
        .collect();
    let furniture = furniture.join(" · ");
    let room = WIDTH - 80.0 - deck.regular.width(&format!(" · {furniture}"), FOOTER);
    let (footer_title, cut) = deck.shorten(false, 0.0, &project.title, FOOTER, room, 1);
    if cut {
        deck.warn(
            "W601",
            "the footer shortens the plan's title to one line".into(),
        );
    }
    let footer = if furniture.is_empty() {
        footer_title
    } else {
        format!("{footer_title} · {furniture}")
    };
    let data = json!({
        "page": { "w": PAGE.0, "h": PAGE.1 },
        "margin": { "x": MARGIN.0, "top": MARGIN.1, "bottom": MARGIN.2 },
        "sizes": {
            "title": TITLE, "body": BODY, "small": SMALL, "footer": FOOTER,
            "detail_gap": DETAIL_GAP,
            "plan_title": PLAN_TITLE, "decision": DECISION, "gap": GAP, "row": ROW,
            "title_row": TITLE_ROW, "footer_row": FOOTER_ROW,
            "timeline_labels": TIMELINE_LABELS, "status_left": STATUS_LEFT,
            "status_word": STATUS_WORD, "legend": LEGEND, "legend_sample": LEGEND_SAMPLE,
            "legend_gap": LEGEND_GAP,
        },
        "body": { "w": WIDTH, "h": BODY_HEIGHT },
        "par_spacing": PAR_SPACING,
        "footer": footer,
        "slides": slides,
    });
    View {
        data,
        warnings: deck.warnings,
    }
}

/// What the slides are made from: the model, the fonts they are measured with, and the
/// warnings so far.
struct Deck<'m, 'a> {
    model: &'m Model<'a>,
    regular: Measure,
    semibold: Measure,
    warnings: Vec<String>,
}

impl Deck<'_, '_> {
    /// A warning with its code, about the slides.
    fn warn(&mut self, code: &str, what: String) {
        self.warnings.push(format!("{code}: the slides: {what}"));
    }

    /// "+3 flere", for a list that shows all but `left` of its items.
    fn more(&self, left: usize) -> Option<String> {
        (left > 0).then(|| format!("+{left} {}", self.model.texts.label("slides_more")))
    }

    /// `text` in at most `max_lines` lines of `width` points at `size` (after a `lead`, e.g.
    /// a badge), cut after a whole word with "…" when it is longer; and whether it was cut.
    fn shorten(
        &self,
        semibold: bool,
        lead: f64,
        text: &str,
        size: f64,
        width: f64,
        max_lines: usize,
    ) -> (String, bool) {
        let m = if semibold {
            &self.semibold
        } else {
            &self.regular
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if m.lines(lead, &text, size, width) <= max_lines {
            return (text, false);
        }
        let words: Vec<&str> = text.split(' ').collect();
        for n in (1..words.len()).rev() {
            let cut = format!("{} …", words[..n].join(" "));
            if m.lines(lead, &cut, size, width) <= max_lines {
                return (cut, true);
            }
        }
        // A single word too long for the line: cut it by characters.
        let chars: Vec<char> = text.chars().collect();
        for n in (1..chars.len()).rev() {
            let cut: String = chars[..n].iter().collect::<String>() + "…";
            if m.width(&cut, size) + lead <= width * max_lines as f64 {
                return (cut, true);
            }
        }
        ("…".into(), true)
    }

    /// The number of lines `text` takes.
    fn lines(&self, semibold: bool, lead: f64, text: &str, size: f64, width: f64) -> usize {
        let m = if semibold {
            &self.semibold
        } else {
            &self.regular
        };
        m.lines(lead, text, size, width)
    }

    /// The width of an id badge at `size`.
    fn badge(&self, id: &str, size: f64) -> f64 {
        self.semibold.width(id, size) + BADGE_EXTRA
    }

    /// The title slide: the plan's title, subtitle, organisation, period, version and date.
    fn title(&mut self) -> Value {
        let t = self.model.texts;
        let project = &self.model.plan.project;
        let (title, cut_title) = self.shorten(true, 0.0, &project.title, PLAN_TITLE, WIDTH, 3);
        let subtitle = project
            .subtitle
            .as_deref()
            .map(|s| self.shorten(false, 0.0, s, TITLE, WIDTH, 2));
        let cut_subtitle = subtitle.as_ref().is_some_and(|s| s.1);
        let who: Vec<&str> = [&project.organisation, &project.unit]
            .into_iter()
            .filter_map(|s| s.as_deref())
            .collect();
        let (who, cut_who) = self.shorten(false, 0.0, &who.join(" · "), BODY, WIDTH, 2);
        if cut_title || cut_subtitle || cut_who {
            self.warn(
                "W601",
                "the title slide shortens the plan's title, subtitle or organisation".into(),
            );
        }
        let when: Vec<String> = project
            .period
            .iter()
            .map(|p| {
                format!(
                    "{}: {} – {}",
                    t.label("period"),
                    t.date(p.start),
                    t.date(p.end)
                )
            })
            .chain(
                project
                    .version
                    .iter()
                    .map(|v| format!("{} {v}", t.label("version"))),
            )
            .chain(project.date.map(|d| t.date(d)))
            .collect();
        json!({
            "kind": "title",
            "title": t.label("slides"),
            "plan_title": title,
            "subtitle": subtitle.map(|s| s.0),
            "who": (!who.is_empty()).then_some(who),
            "when": when.join(" · "),
        })
    }

    /// Purpose and goals: the purpose in at most six lines, then as many goals as fit.
    fn purpose(&mut self) -> Value {
        let t = self.model.texts;
        let plan = self.model.plan;
        let purpose = plan
            .project
            .purpose
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .map(|p| self.shorten(false, 0.0, p, BODY, WIDTH, 6));
        let cut_purpose = purpose.as_ref().is_some_and(|p| p.1);
        let purpose_lines = purpose
            .as_ref()
            .map_or(1, |p| self.lines(false, 0.0, &p.0, BODY, WIDTH));
        // The purpose, the space before the goals' heading, the heading and the gap under it.
        let heading = 1.5 * GAP + PAR_SPACING * BODY + text_height(1, BODY) + GAP;
        let mut room = BODY_HEIGHT - text_height(purpose_lines, BODY) - heading;
        let mut goals = Vec::new();
        let mut cut_titles = 0;
        for (i, goal) in plan.goals.iter().enumerate() {
            let lead = self.badge(&goal.id, BODY);
            let (title, cut) = self.shorten(false, lead, &goal.title, BODY, WIDTH, 2);
            let lines = self.lines(false, lead, &title, BODY, WIDTH);
            let h = text_height(lines, BODY) + if i > 0 { GAP } else { 0.0 };
            let rest = plan.goals.len() - i - 1;
            let reserve = if rest > 0 { more_height() } else { 0.0 };
            if h + reserve > room {
                break;
            }
            room -= h;
            cut_titles += usize::from(cut);
            goals.push(json!({ "id": goal.id, "title": title }));
        }
        let left = plan.goals.len() - goals.len();
        if cut_purpose || left > 0 || cut_titles > 0 {
            self.warn(
                "W602",
                format!(
                    "the purpose and goals slide shows {} of {} goals{}{}",
                    goals.len(),
                    plan.goals.len(),
                    if cut_purpose {
                        " and shortens the purpose to six lines"
                    } else {
                        ""
                    },
                    shortened_titles(cut_titles),
                ),
            );
        }
        json!({
            "kind": "purpose",
            "title": t.label("slides_purpose_goals"),
            "purpose": purpose.map(|p| p.0),
            "goals_title": t.label("goals"),
            "goals": goals,
            "more": self.more(left),
        })
    }

    /// The benefit map, laid out for the slide; reduced, with a pointer to the benefit map
    /// in the plan, when it cannot be drawn at [`MAP_MIN`].
    fn map(&mut self) -> Value {
        let t = self.model.texts;
        let full = benefit_map::drawing(self.model, MAP_START, MAP_MIN, WIDTH, BODY_HEIGHT);
        let (drawing, reduced, height) = if full.scale < 1.0 {
            let height = BODY_HEIGHT - text_height(1, SMALL) - GAP;
            let drawing = benefit_map::drawing(self.model, MAP_START, MAP_MIN, WIDTH, height);
            self.warn(
                "W603",
                format!(
                    "the benefit map is too large for a slide at {MAP_MIN} pt; it is drawn at \
                     {:.0} % (box text about {:.0} pt) with a pointer to the benefit map",
                    drawing.scale * 100.0,
                    drawing.size * drawing.scale
                ),
            );
            (drawing, true, height)
        } else {
            (full, false, BODY_HEIGHT)
        };
        json!({
            "kind": "map",
            "title": t.label("benefit_map"),
            "map": drawing.data,
            "area": { "w": WIDTH, "h": height },
            "note": reduced.then(|| t.label("slides_map_reduced")),
        })
    }

    /// The key benefits: the main benefits (every benefit when none is marked main), each
    /// with its baseline, target and owner, as many as fit.
    fn benefits(&mut self) -> Value {
        let t = self.model.texts;
        let plan = self.model.plan;
        let main: Vec<&Benefit> = plan
            .benefits
            .iter()
            .filter(|b| b.kind == BenefitKind::Main)
            .collect();
        let key = if main.is_empty() {
            plan.benefits.iter().collect()
        } else {
            main
        };
        let mut room = BODY_HEIGHT;
        let mut items = Vec::new();
        let mut cut_titles = 0;
        for (i, b) in key.iter().enumerate() {
            let mut lead = self.badge(&b.id, BODY);
            if b.negative {
                lead += self.semibold.width(t.label("negative"), BODY) + BADGE_EXTRA + 6.0;
            }
            let (title, cut) = self.shorten(true, lead, &b.title, BODY, WIDTH, 2);
            let lines = self.lines(true, lead, &title, BODY, WIDTH);
            let detail = self.detail(b);
            let detail = detail.map(|d| self.shorten(false, 0.0, &d, SMALL, WIDTH, 1).0);
            let h = text_height(lines, BODY)
                + if detail.is_some() {
                    DETAIL_GAP + text_height(1, SMALL)
                } else {
                    0.0
                }
                + if i > 0 { GAP } else { 0.0 };
            let rest = key.len() - i - 1;
            let reserve = if rest > 0 { more_height() } else { 0.0 };
            if h + reserve > room {
                break;
            }
            room -= h;
            cut_titles += usize::from(cut);
            items.push(json!({
                "id": b.id,
                "title": title,
                "negative": b.negative,
                "detail": detail,
            }));
        }
        let left = key.len() - items.len();
        if left > 0 || cut_titles > 0 {
            self.warn(
                "W604",
                format!(
                    "the key benefits slide shows {} of {} benefits{}",
                    items.len(),
                    key.len(),
                    shortened_titles(cut_titles)
                ),
            );
        }
        json!({
            "kind": "benefits",
            "title": t.label("slides_key_benefits"),
            "items": items,
            "empty": t.label("no_benefits"),
            "negative": t.label("negative"),
            "more": self.more(left),
        })
    }

    /// A benefit's levels and owner in one line: "0 → 2.433 timer sparet pr. år ·
    /// Gevinstejer: Centerchefer".
    fn detail(&self, b: &Benefit) -> Option<String> {
        let t = self.model.texts;
        let baseline = self.model.level(b.baseline.as_ref());
        let target = self.model.level(b.target.as_ref());
        let levels = match (baseline, target) {
            (Some(from), Some(to)) => Some(format!("{from} → {to}")),
            (None, Some(to)) => Some(format!("→ {to}")),
            (Some(from), None) => Some(from),
            (None, None) => None,
        };
        let levels = match (levels, &b.unit) {
            (Some(l), Some(unit)) => Some(format!("{l} {unit}")),
            (l, _) => l,
        };
        let owner = b
            .owner
            .as_ref()
            .map(|o| format!("{}: {o}", t.label("slides_owner")));
        let parts: Vec<String> = levels.into_iter().chain(owner).collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// The business case's key figures, for a plan with a business case.
    fn business_case(&self) -> Option<Value> {
        let figures = business_case::slide_figures(self.model)?;
        Some(json!({
            "kind": "business_case",
            "title": self.model.texts.label("slides_business_case"),
            "case": figures,
        }))
    }

    /// The timeline of the deliverables and the benefits (the changes are on the map), one
    /// row each, as many as fit, drawn like the timeline document.
    fn timeline(&mut self) -> Value {
        let t = self.model.texts;
        let frame = timeline::slide_frame(self.model);
        let months = timeline::Grid::new(&self.model.period).months();
        let chart = WIDTH - TIMELINE_LABELS;
        // One letter per month needs about an em of the axis' type.
        let letters = chart / f64::from(months) >= SMALL;
        let axis_rows = if letters { 2 } else { 1 };
        // The today line is named beside the month letters, or else in the legend.
        let legend = self.legend(&frame, !letters);
        // The legend, the axis, then the rows: every row is ROW high.
        let capacity =
            ((BODY_HEIGHT / ROW).floor() as usize).saturating_sub(legend.len() + axis_rows);
        let groups: Vec<timeline::Group> = timeline::rows(self.model)
            .into_iter()
            .filter(|g| g.kind != "change" && !g.rows.is_empty())
            .collect();
        let lengths: Vec<usize> = groups.iter().map(|g| g.rows.len()).collect();
        let quotas = quotas(&lengths, capacity);
        let mut shown = 0;
        let mut out = Vec::new();
        for (group, quota) in groups.into_iter().zip(&quotas) {
            let left = group.rows.len() - quota;
            let rows: Vec<Value> = group
                .rows
                .into_iter()
                .take(*quota)
                .map(|mut row| {
                    let lead = self.badge(&row.id, SMALL) + 4.0;
                    row.title = self
                        .shorten(false, lead, &row.title, SMALL, TIMELINE_LABELS - 8.0, 1)
                        .0;
                    json!(row)
                })
                .collect();
            shown += rows.len();
            out.push(json!({
                "title": group.title,
                "rows": rows,
                "more": self.more(left),
            }));
        }
        let total: usize = lengths.iter().sum();
        if shown < total {
            self.warn(
                "W605",
                format!("the timeline slide shows {shown} of {total} deliverables and benefits"),
            );
        }
        json!({
            "kind": "timeline",
            "title": t.label("slides_timeline"),
            "frame": frame,
            "letters": letters,
            "groups": out,
            "legend": legend,
            "period": format!(
                "{}: {} – {}",
                t.label("period"),
                t.date(self.model.period.start),
                t.date(self.model.period.end)
            ),
            "no_dates": t.label("timeline_no_dates"),
        })
    }

    /// The timeline's legend, broken into lines that fit the slide: the bars, the
    /// measurements' symbols and, with `today`, the today line, each as [kind, words].
    fn legend(&self, frame: &Value, today: bool) -> Vec<Vec<Value>> {
        let t = self.model.texts;
        let mut entries = vec![
            ("deliverable", t.label("map_deliverable").to_string()),
            ("benefit", t.label("timeline_realisation").to_string()),
        ];
        for kind in [
            MeasurementKind::Baseline,
            MeasurementKind::Midway,
            MeasurementKind::Final,
        ] {
            let key = match kind {
                MeasurementKind::Baseline => "baseline",
                MeasurementKind::Midway => "midway",
                MeasurementKind::Final => "final",
            };
            entries.push((key, t.measurement_kind(kind).to_string()));
        }
        if let Some(label) = frame["today"]["label"].as_str().filter(|_| today) {
            entries.push(("today", label.to_string()));
        }
        let mut lines: Vec<Vec<Value>> = Vec::new();
        let mut used = f64::INFINITY;
        for (kind, words) in entries {
            let w = LEGEND_SAMPLE + self.regular.width(&words, LEGEND);
            match lines.last_mut() {
                Some(line) if used + LEGEND_GAP + w <= WIDTH => {
                    used += LEGEND_GAP + w;
                    line.push(json!([kind, words]));
                }
                _ => {
                    used = w;
                    lines.push(vec![json!([kind, words])]);
                }
            }
        }
        lines
    }

    /// Status: the deliverables counted by status, and each benefit's status, as many as fit.
    fn status(&mut self) -> Value {
        let t = self.model.texts;
        let plan = self.model.plan;
        let counts: Vec<Value> = [
            DeliverableStatus::Done,
            DeliverableStatus::Started,
            DeliverableStatus::Proposed,
        ]
        .into_iter()
        .map(|s| {
            let n = plan.deliverables.iter().filter(|d| d.status == s).count();
            json!([t.deliverable_status(s), n.to_string()])
        })
        .collect();
        // The heading row, then the rows; the last row says "+3 flere" when some are left.
        let capacity = ((BODY_HEIGHT / ROW).floor() as usize).saturating_sub(2);
        let all = plan.benefits.len();
        let take = if all > capacity + 1 { capacity } else { all };
        let width = WIDTH - STATUS_LEFT - STATUS_WORD - 8.0;
        let benefits: Vec<Value> = plan
            .benefits
            .iter()
            .take(take)
            .map(|b| {
                let lead = self.badge(&b.id, SMALL) + 4.0;
                json!({
                    "id": b.id,
                    "title": self.shorten(false, lead, &b.title, SMALL, width, 1).0,
                    "status": benefit_status(self.model, b),
                })
            })
            .collect();
        if take < all {
            self.warn(
                "W606",
                format!("the status slide shows {take} of {all} benefits"),
            );
        }
        json!({
            "kind": "status",
            "title": t.label("slides_status"),
            "deliverables_title": t.label("slides_deliverables_status"),
            "deliverables": counts,
            "deliverables_total": plan.deliverables.len().to_string(),
            "benefits_title": t.label("slides_benefits_status"),
            "benefits": benefits,
            "empty": t.label("no_benefits"),
            "more": self.more(all - take),
        })
    }

    /// The decision the steering group is asked for, or a plain statement that there is
    /// none (the slide stays, so that the meeting sees that nothing is asked).
    fn decision(&mut self) -> Value {
        let t = self.model.texts;
        let decision = self
            .model
            .plan
            .project
            .decision
            .as_deref()
            .filter(|d| !d.trim().is_empty())
            .map(|d| self.shorten(true, 0.0, d, DECISION, WIDTH, 6));
        if decision.as_ref().is_some_and(|d| d.1) {
            self.warn(
                "W607",
                "the decision slide shortens project.decision to six lines".into(),
            );
        }
        json!({
            "kind": "decision",
            "title": t.label("slides_decision"),
            "asked": t.label("slides_decision_asked"),
            "decision": decision.map(|d| d.0),
            "none": t.label("slides_no_decision"),
        })
    }
}

/// ", and shortens 2 titles", for a warning.
fn shortened_titles(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => ", and shortens 1 title".into(),
        n => format!(", and shortens {n} titles"),
    }
}

/// How many rows of each group fit in `capacity` rows, when every group takes a heading
/// row and a group that does not show all its rows one row more for "+3 flere": rows are
/// handed out one at a time to each group in turn, so a long group does not crowd out the
/// others.
fn quotas(lengths: &[usize], capacity: usize) -> Vec<usize> {
    let used = |q: &[usize]| -> usize {
        lengths
            .iter()
            .zip(q)
            .map(|(&len, &n)| 1 + n + usize::from(n < len))
            .sum()
    };
    let mut quotas = vec![0; lengths.len()];
    loop {
        let mut grew = false;
        for i in 0..lengths.len() {
            if quotas[i] < lengths[i] {
                quotas[i] += 1;
                if used(&quotas) <= capacity {
                    grew = true;
                } else {
                    quotas[i] -= 1;
                }
            }
        }
        if !grew {
            return quotas;
        }
    }
}

/// A benefit's status in words, for the status slide (see
/// [`crate::follow_up::status_text`]), or that none is given.
fn benefit_status(model: &Model, benefit: &Benefit) -> String {
    crate::follow_up::status_text(model, benefit)
        .unwrap_or_else(|| model.texts.label("slides_status_not_given").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotas_share_the_rows_and_leave_room_for_more() {
        // Everything fits: 2 headings and 5 + 3 rows.
        assert_eq!(quotas(&[5, 3], 10), [5, 3]);
        // 2 headings and 2 "more" rows leave 8 rows, shared in turn.
        // A group that shows all its rows needs no "more" row.
        assert_eq!(quotas(&[5, 15], 12), [5, 4]);
        assert_eq!(quotas(&[1, 40], 12), [1, 8]);
        assert_eq!(quotas(&[20, 40], 12), [4, 4]);
        assert_eq!(quotas(&[], 12), Vec::<usize>::new());
    }
}
