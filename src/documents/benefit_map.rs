//! The benefit map (gevinstkort): boxes in columns, with an arrow for every link of the plan,
//! on one landscape page. Two layouts from the seed: the Peak model (deliverables → changes →
//! benefits → goals) and the Implement model (technical and change deliverables → employee
//! groups who can do something new → tasks done in a new way → benefits → the project's
//! purpose), chosen with `map.model`.
//!
//! Typst cannot tell the layout how tall a box will be before the layout has placed it, so
//! the boxes are sized here, from the embedded font's metrics ([`crate::measure`]), laid out
//! by [`crate::map_layout`], and handed to the template as absolute positions. The template
//! sets the box text with the same font, size and leading and without hyphenation, so the
//! text fits the computed height. When the map does not fit its page the type shrinks (and
//! everything is measured and laid out again) down to [`MIN_SIZE`]; a map still too tall
//! then continues over several pages, cut between boxes, and a warning says so.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::View;
use crate::colour::Rgb;
use crate::map_layout::{LayoutParams, MapEdge, MapLayout, MapNode, layout};
use crate::measure::Measure;
use crate::model::Model;
use crate::plan::{BenefitKind, DeliverableType, MapModel, Paper};

/// The smallest box text, in points, that a printed map may use.
pub const MIN_SIZE: f64 = 7.0;
/// Box widths tried at each type size, in ems: narrow boxes leave room for arrows, wider
/// ones take fewer lines when a column is too tall.
const BOX_EMS: [f64; 3] = [14.0, 17.0, 20.0];
/// Horizontal padding inside a box, in ems.
const PAD_X: f64 = 0.55;
/// Vertical padding inside a box, in ems.
const PAD_Y: f64 = 0.5;
/// Space between lines of box text, in ems (Typst's `par.leading`).
pub const LEADING: f64 = 0.45;
/// How far an id badge reaches above the cap height and below the baseline, in points
/// (its inset in `style.typ`).
const BADGE_INSET_Y: f64 = 1.5;
/// Horizontal inset plus stroke of an id badge, both sides together, in points.
const BADGE_EXTRA_X: f64 = 6.0;
/// Page margins, in points: sides, top, bottom (the bottom holds the page number).
const MARGIN: (f64, f64, f64) = (32.0, 26.0, 34.0);
/// Size of the plan's title in the page heading, in points.
const TITLE_SIZE: f64 = 13.0;
/// Height of the line with the document's name, version and date, in points.
const HEAD_LINE: f64 = 20.0;
/// Size of the legend and notes under the map, in points.
const LEGEND_SIZE: f64 = 8.0;
/// Space between legend samples, in points (the template's `spacing`).
const SAMPLE_GAP: f64 = 14.0;
/// A legend sample's swatch and the gap after it, in points (the arrow's is 2 pt wider).
const SWATCH: f64 = 24.0;
/// Height of one legend row, in points.
const LEGEND_ROW: f64 = 18.0;
/// Smallest gap between columns, in points; the arrows run in it.
const MIN_COLUMN_GAP: f64 = 30.0;
/// Length and half width of an arrowhead, in points.
const ARROW: (f64, f64) = (5.5, 2.4);

/// The map's columns, left to right. A model uses some of them; the layout collapses the
/// others.
const DELIVERABLES: usize = 0;
/// Peak: organisational changes.
const CHANGES: usize = 1;
/// Implement: employee groups who can do something new.
const GROUPS: usize = 1;
/// Implement: tasks done in a new way.
const TASKS: usize = 2;
const IMMEDIATE: usize = 3;
const MAIN: usize = 4;
/// Goals, and on the Implement map the project's purpose.
const GOALS: usize = 5;

/// The purpose box's id in the layout: with a space, which no plan id (E010) can have.
const PURPOSE_ID: &str = "project purpose";

/// How much a themed fill is darkened for its box's border and for its badge's text.
const LINE_DARKEN: f64 = 0.45;
const INK_DARKEN: f64 = 0.75;

/// One box before layout: what it shows and which column it stands in.
struct Item<'a> {
    id: &'a str,
    /// How the box is named in words (alt text, links): its id, or "Projektets formål".
    name: &'a str,
    title: &'a str,
    kind: &'static str,
    /// Whether the box shows its id in a badge (every box but the purpose).
    badge: bool,
    negative: bool,
    column: usize,
}

/// A link of the plan: from one id to another.
struct Link<'a> {
    from: &'a str,
    to: &'a str,
}

/// The fonts the map is measured with, and the negative mark's word.
struct Fonts {
    regular: Measure,
    semibold: Measure,
    mark: &'static str,
}

/// Everything that depends on the type size: the boxes' sizes and the layout.
struct Fitted {
    size: f64,
    box_width: f64,
    strip: f64,
    layout: MapLayout,
}

/// The benefit map's view, with a warning when the map had to be drawn below [`MIN_SIZE`].
pub fn view(model: &Model) -> View {
    let plan = model.plan;
    let t = model.texts;
    let fonts = Fonts::new(model);
    let parts = Parts::new(model);
    let (page_w, page_h) = match plan.map.paper {
        Paper::A4 => (841.89, 595.28),
        Paper::A3 => (1190.55, 841.89),
    };
    let start_size = match plan.map.paper {
        Paper::A4 => 10.0,
        Paper::A3 => 12.0,
    };
    let width = page_w - 2.0 * MARGIN.0;
    let title_lines = fonts
        .semibold
        .lines(0.0, &plan.project.title, TITLE_SIZE, width);
    let head = HEAD_LINE + title_lines as f64 * TITLE_SIZE * 1.3 + 4.0;
    let note_lines = parts
        .note
        .as_ref()
        .map_or(0, |n| fonts.regular.lines(0.0, n, LEGEND_SIZE, width));
    let samples = legend(model, &parts.items);
    let rows = legend_rows(&fonts, samples, width);
    let legend = LEGEND_ROW * rows.len() as f64 + note_lines as f64 * LEGEND_SIZE * 1.35 + 6.0;
    let height = page_h - MARGIN.1 - MARGIN.2 - head - legend;

    let drawing = parts.draw(model, &fonts, start_size, MIN_SIZE, width, height, true);
    let mut warnings = Vec::new();
    if drawing.pages > 1 {
        warnings.push(format!(
            "the benefit map is too large for one page even at {MIN_SIZE} pt type; it continues \
             over {} pages. Try `--paper a3` or `map: {{paper: a3}}`.",
            drawing.pages
        ));
    } else if drawing.scale < 1.0 {
        warnings.push(format!(
            "the benefit map is too wide for its page even at {MIN_SIZE} pt type; it is drawn \
             at {:.0} % (box text about {:.1} pt). Try `--paper a3` or `map: {{paper: a3}}`.",
            drawing.scale * 100.0,
            drawing.size * drawing.scale
        ));
    }
    let mut view = json!({
        "paper": match plan.map.paper { Paper::A4 => "a4", Paper::A3 => "a3" },
        "margin": { "x": MARGIN.0, "top": MARGIN.1, "bottom": MARGIN.2 },
        "title": plan.project.title,
        "version": plan.project.version,
        "date": plan.project.date.map(|d| t.date(d)),
        "title_size": TITLE_SIZE,
        "head_line": HEAD_LINE,
        "head": head,
        "legend": legend,
        "legend_size": LEGEND_SIZE,
        "area": { "w": width, "h": height },
        "note": parts.note,
        "legend_rows": rows,
        "legend_row": LEGEND_ROW,
    });
    if let (Value::Object(view), Value::Object(drawn)) = (&mut view, drawing.data) {
        view.extend(drawn);
    }
    View {
        data: view,
        warnings,
    }
}

/// The map drawn into an area: what the template's `bm-drawing` needs, and the type size
/// and scale it came out at.
pub struct Drawing {
    /// The boxes, arrows, column headings and sizes, for `bm-drawing`; also `alt`, the map
    /// in words.
    pub data: Value,
    /// The box text's size in points before scaling.
    pub size: f64,
    /// The factor the drawing is scaled by to fit its area, at most 1.
    pub scale: f64,
    /// How many areas (pages) the drawing continues over: 1 unless it was allowed more.
    pub pages: usize,
}

/// The benefit map drawn to fit `width` × `height` points, starting at `start_size` pt box
/// text and shrinking to `min_size` before it is scaled: the drawing that the slides place
/// on a 16:9 page, laid out like the benefit map's own page.
pub fn drawing(model: &Model, start_size: f64, min_size: f64, width: f64, height: f64) -> Drawing {
    Parts::new(model).draw(
        model,
        &Fonts::new(model),
        start_size,
        min_size,
        width,
        height,
        false,
    )
}

/// What the map is made of, before it is fitted to an area.
struct Parts<'a> {
    items: Vec<Item<'a>>,
    drawn: Vec<Link<'a>>,
    not_drawn: Vec<Link<'a>>,
    headings: Vec<(usize, (&'static str, &'static str))>,
    /// The note naming the links that cannot be drawn left to right.
    note: Option<String>,
}

impl<'a> Parts<'a> {
    fn new(model: &Model<'a>) -> Parts<'a> {
        let plan = model.plan;
        let split = plan
            .benefits
            .iter()
            .any(|b| b.kind == BenefitKind::Immediate)
            && plan.benefits.iter().any(|b| b.kind == BenefitKind::Main);
        let items = items(model, split);
        let (drawn, not_drawn) = links(model, &items);
        let note = note_text(model, &not_drawn, &|id| name(&items, id));
        Parts {
            headings: headings(model, split),
            items,
            drawn,
            not_drawn,
            note,
        }
    }

    /// Fits the map to the area and turns it into the drawing's data. With `pages`, a map
    /// too tall for the area even at `min_size` continues over several areas (pages) at
    /// that size, in `slices`; without, it is scaled to fit one.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &self,
        model: &Model,
        fonts: &Fonts,
        start_size: f64,
        min_size: f64,
        width: f64,
        height: f64,
        pages: bool,
    ) -> Drawing {
        let items = &self.items;
        let headings = &self.headings;
        let sizes = (start_size, min_size);
        let mut fitted = fit(fonts, items, &self.drawn, headings, sizes, width, height);
        if pages && fitted.layout.scale < 1.0 {
            // The layout spreads the boxes over the height it is given, so it is given the
            // height the map needs (one area's over the scale it needed), a little more
            // while that is not enough, rather than whole pages that would leave gaps.
            let edges = map_edges(&self.drawn);
            let mut areas = 1.0 / fitted.layout.scale;
            while let Some(taller) = try_fit(
                fonts,
                items,
                &edges,
                headings,
                fitted.size,
                fitted.box_width,
                width,
                height * areas,
            ) {
                let done = taller.layout.scale >= 1.0 || areas > 4.0 / fitted.layout.scale;
                fitted = taller;
                if done {
                    break;
                }
                areas *= 1.05;
            }
        }
        let lay = &fitted.layout;
        let strip = fitted.strip;
        let tops: Vec<(f64, f64)> = lay
            .boxes
            .iter()
            .map(|b| (b.y + strip, b.y + strip + b.h))
            .collect();
        // A box is drawn whole on the page its top is on, reaching below that page's cut
        // when it must, so a page holds its span and the tallest box below it.
        let (total, page) = (lay.height + strip, height / lay.scale);
        let tallest = tops.iter().map(|(t, b)| b - t).fold(0.0, f64::max);
        let slices = if !pages || total <= page + 1e-6 {
            vec![(0.0, total)]
        } else {
            slices(&tops, total, (page - tallest).max(page / 2.0))
        };
        let page_of = |top: f64| {
            slices
                .iter()
                .rposition(|&(y, _)| y <= top + 1e-9)
                .unwrap_or(0)
        };
        let reach: Vec<f64> = slices
            .iter()
            .enumerate()
            .map(|(i, &(y, bottom))| {
                tops.iter()
                    .filter(|&&(t, _)| page_of(t) == i)
                    .fold(bottom, |reach, &(_, b)| reach.max(b))
                    - y
            })
            .collect();
        let boxes: Vec<Value> = items
            .iter()
            .zip(&lay.boxes)
            .map(|(item, placed)| {
                json!({
                    "id": item.id,
                    "title": item.title,
                    "kind": item.kind,
                    "badge": item.badge,
                    "negative": item.negative,
                    "x": placed.x,
                    "y": placed.y + strip,
                    "w": placed.w,
                    "h": placed.h,
                    "page": page_of(placed.y + strip),
                })
            })
            .collect();
        let edges: Vec<Value> = lay
            .edges
            .iter()
            .map(|edge| {
                let (points, head) = arrow(&edge.points, strip);
                json!({ "from": edge.from, "to": edge.to, "points": points, "head": head })
            })
            .collect();
        let columns: Vec<Value> = lay
            .columns
            .iter()
            .filter_map(|span| {
                let (text, kind) = headings.iter().find(|h| h.0 == span.column)?.1;
                Some(json!({ "x": span.x, "w": span.width, "text": text, "kind": kind }))
            })
            .collect();
        let words: Vec<String> = self
            .drawn
            .iter()
            .chain(&self.not_drawn)
            .map(|l| format!("{} → {}", name(items, l.from), name(items, l.to)))
            .collect();
        let data = json!({
            "strip": strip,
            "size": fitted.size,
            "heading_size": heading_size(fitted.size),
            "leading": LEADING,
            "pad_x": PAD_X,
            "box_width": fitted.box_width,
            "scale": lay.scale,
            "map": { "w": lay.width, "h": lay.height + strip },
            "columns": columns,
            "boxes": boxes,
            "edges": edges,
            "crossings": lay.crossings,
            "slices": slices.iter().zip(&reach).map(|((top, bottom), reach)| {
                json!({ "y": top, "h": bottom - top, "reach": reach })
            }).collect::<Vec<_>>(),
            "links": words,
            "alt": alt_text(model, items, &words, headings),
            "colours": colours(model),
        });
        Drawing {
            data,
            size: fitted.size,
            scale: lay.scale,
            pages: slices.len(),
        }
    }
}

/// How a box is named in words: its id, or "Projektets formål".
fn name<'a>(items: &[Item<'a>], id: &str) -> &'a str {
    items.iter().find(|i| i.id == id).map_or("?", |i| i.name)
}

impl Fonts {
    fn new(model: &Model) -> Fonts {
        Fonts {
            regular: Measure::sans(400),
            semibold: Measure::sans(600),
            mark: model.texts.label("negative"),
        }
    }
}

/// Every box, column by column, in plan order.
fn items<'a>(model: &Model<'a>, split: bool) -> Vec<Item<'a>> {
    let plan = model.plan;
    let implement = plan.map.model == MapModel::Implement;
    let item = |id: &'a str, title: &'a str, kind: &'static str, column: usize| Item {
        id,
        name: id,
        title,
        kind,
        badge: true,
        negative: false,
        column,
    };
    let mut items: Vec<Item<'a>> = plan
        .deliverables
        .iter()
        .map(|d| {
            // Only the Implement map tells change deliverables apart, in the change colours.
            let kind = if implement && d.kind == DeliverableType::Change {
                "change"
            } else {
                "deliverable"
            };
            item(&d.id, &d.title, kind, DELIVERABLES)
        })
        .collect();
    if implement {
        items.extend(
            plan.employee_groups
                .iter()
                .map(|g| item(&g.id, &g.title, "employee_group", GROUPS)),
        );
        items.extend(
            plan.tasks
                .iter()
                .map(|t| item(&t.id, &t.title, "task", TASKS)),
        );
    } else {
        items.extend(
            plan.changes
                .iter()
                .map(|c| item(&c.id, &c.title, "change", CHANGES)),
        );
    }
    items.extend(plan.benefits.iter().map(|b| Item {
        negative: b.negative,
        ..item(
            &b.id,
            &b.title,
            "benefit",
            if split && b.kind == BenefitKind::Immediate {
                IMMEDIATE
            } else {
                MAIN
            },
        )
    }));
    if let Some(purpose) = purpose(model) {
        items.push(Item {
            name: model.texts.label("map_purpose"),
            badge: false,
            ..item(PURPOSE_ID, purpose, "goal", GOALS)
        });
    }
    items.extend(
        plan.goals
            .iter()
            .map(|g| item(&g.id, &g.title, "goal", GOALS)),
    );
    items
}

/// The project's purpose, when the map ends in it: on the Implement map, if written.
fn purpose<'a>(model: &Model<'a>) -> Option<&'a str> {
    let plan = model.plan;
    let purpose = plan.project.purpose.as_deref()?.trim();
    (plan.map.model == MapModel::Implement && !purpose.is_empty()).then_some(purpose)
}

/// Every link of the plan, once each: those that go left to right (drawn), and those that
/// do not (a benefit leading to a benefit in the same column, or back), which are named
/// under the map instead. Links to unknown ids cannot occur in a validated plan and are
/// skipped.
fn links<'a>(model: &Model<'a>, items: &[Item<'a>]) -> (Vec<Link<'a>>, Vec<Link<'a>>) {
    let plan = model.plan;
    let column = |id: &str| items.iter().find(|i| i.id == id).map(|i| i.column);
    let mut all: Vec<Link<'a>> = Vec::new();
    let link = |from: &'a str, to: &'a str| Link { from, to };
    let implement = plan.map.model == MapModel::Implement;
    if implement {
        for group in &plan.employee_groups {
            all.extend(group.deliverables.iter().map(|d| link(d, &group.id)));
        }
        for task in &plan.tasks {
            all.extend(task.employee_groups.iter().map(|g| link(g, &task.id)));
        }
    } else {
        for change in &plan.changes {
            all.extend(change.deliverables.iter().map(|d| link(d, &change.id)));
        }
    }
    let purpose = purpose(model).is_some();
    for benefit in &plan.benefits {
        all.extend(benefit.deliverables.iter().map(|d| link(d, &benefit.id)));
        let before = if implement {
            &benefit.tasks
        } else {
            &benefit.changes
        };
        all.extend(before.iter().map(|x| link(x, &benefit.id)));
        all.extend(benefit.leads_to.iter().map(|b| link(&benefit.id, b)));
        all.extend(benefit.goals.iter().map(|g| link(&benefit.id, g)));
        // A benefit serves the purpose unless its line of sight runs on through the
        // benefits it leads to.
        if purpose && benefit.leads_to.is_empty() {
            all.push(link(&benefit.id, PURPOSE_ID));
        }
    }
    let mut seen = HashSet::new();
    let mut drawn = Vec::new();
    let mut not_drawn = Vec::new();
    for link in all {
        if !seen.insert((link.from, link.to)) {
            continue;
        }
        match (column(link.from), column(link.to)) {
            (Some(a), Some(b)) if a < b => drawn.push(link),
            (Some(_), Some(_)) => not_drawn.push(link),
            _ => {}
        }
    }
    (drawn, not_drawn)
}

/// The column headings: (column, (text, kind)).
fn headings(model: &Model, split: bool) -> Vec<(usize, (&'static str, &'static str))> {
    let t = model.texts;
    let mut headings = vec![(DELIVERABLES, (t.label("map_deliverables"), "deliverable"))];
    match model.plan.map.model {
        MapModel::Peak => headings.push((CHANGES, (t.label("map_changes"), "change"))),
        MapModel::Implement => {
            headings.push((GROUPS, (t.label("map_groups"), "employee_group")));
            headings.push((TASKS, (t.label("map_tasks"), "task")));
        }
    }
    if split {
        headings.push((IMMEDIATE, (t.label("map_immediate"), "benefit")));
        headings.push((MAIN, (t.label("map_main"), "benefit")));
    } else {
        headings.push((MAIN, (t.label("map_benefits"), "benefit")));
    }
    let goals = match (purpose(model).is_some(), model.plan.goals.is_empty()) {
        (true, true) => "map_purpose",
        (true, false) => "map_purpose_goals",
        (false, _) => "map_goals",
    };
    headings.push((GOALS, (t.label(goals), "goal")));
    headings
}

/// The plan's own box fills (`map.colours`), each with a border and badge ink of the same
/// hue, by kind; kinds it does not name keep the house colours. Validation has checked the
/// values.
fn colours(model: &Model) -> Value {
    let mut themed = serde_json::Map::new();
    for (kind, value) in model.plan.map.colours.chosen() {
        if let Some(fill) = Rgb::parse(value.trim()) {
            themed.insert(
                kind.into(),
                json!({
                    "fill": fill.hex(),
                    "line": fill.darken(LINE_DARKEN).hex(),
                    "ink": fill.darken(INK_DARKEN).hex(),
                }),
            );
        }
    }
    Value::Object(themed)
}

/// One legend entry: a box of `kind` (or the arrow, kind "arrow"), and its label.
struct Sample {
    kind: &'static str,
    negative: bool,
    label: &'static str,
}

/// The legend's samples: one per kind of box on the map, in column order, and the arrow.
fn legend(model: &Model, items: &[Item]) -> Vec<Sample> {
    let t = model.texts;
    let implement = model.plan.map.model == MapModel::Implement;
    let has = |kind: &str| items.iter().any(|i| i.kind == kind && i.badge);
    let mut samples = Vec::new();
    let mut sample = |kind: &'static str, negative: bool, label: &'static str| {
        samples.push(Sample {
            kind,
            negative,
            label,
        });
    };
    if implement {
        sample("deliverable", false, t.label("map_technical"));
        sample("change", false, t.label("map_change_deliverable"));
        sample("employee_group", false, t.label("map_group"));
        sample("task", false, t.label("map_task"));
    } else {
        sample("deliverable", false, t.label("map_deliverable"));
        sample("change", false, t.label("map_change"));
    }
    sample("benefit", false, t.label("map_benefit"));
    sample("benefit", true, t.label("negative_benefit"));
    if purpose(model).is_some() {
        sample("goal", false, t.label("map_purpose"));
    }
    if !implement || has("goal") {
        sample("goal", false, t.label("map_goal"));
    }
    sample("arrow", false, t.label("map_arrow"));
    samples
}

/// The legend broken into rows that fit `width`, as the template draws them.
fn legend_rows(fonts: &Fonts, samples: Vec<Sample>, width: f64) -> Vec<Vec<Value>> {
    let mut rows: Vec<Vec<Value>> = Vec::new();
    let mut used = f64::INFINITY;
    for s in samples {
        let mut w = SWATCH + fonts.regular.width(s.label, LEGEND_SIZE);
        if s.negative {
            w += fonts.regular.width(" ", LEGEND_SIZE)
                + fonts.semibold.width(fonts.mark, LEGEND_SIZE)
                + BADGE_EXTRA_X;
        }
        if s.kind == "arrow" {
            w += 2.0;
        }
        let value = json!({ "kind": s.kind, "negative": s.negative, "label": s.label });
        match rows.last_mut() {
            Some(row) if used + SAMPLE_GAP + w <= width => {
                row.push(value);
                used += SAMPLE_GAP + w;
            }
            _ => {
                rows.push(vec![value]);
                used = w;
            }
        }
    }
    rows
}

/// The size of the column headings for box text of `size`.
fn heading_size(size: f64) -> f64 {
    size + 0.5
}

/// The largest type size (and box width) from `sizes.0` down to `sizes.1` at which the map
/// fits its area; at the smallest size the best layout is kept even if it must be scaled.
fn fit(
    fonts: &Fonts,
    items: &[Item],
    links: &[Link],
    headings: &[(usize, (&str, &str))],
    sizes: (f64, f64),
    width: f64,
    height: f64,
) -> Fitted {
    let (start_size, min_size) = sizes;
    let edges = map_edges(links);
    let columns = items
        .iter()
        .map(|i| i.column)
        .collect::<HashSet<_>>()
        .len()
        .max(1);
    let mut best: Option<Fitted> = None;
    let mut size = start_size;
    loop {
        for em in BOX_EMS {
            // Boxes may not be so wide that the columns' gaps become too narrow for arrows.
            let widest = (width - MIN_COLUMN_GAP * (columns as f64 - 1.0)) / columns as f64;
            let box_width = (em * size).min(widest);
            let Some(fitted) = try_fit(
                fonts, items, &edges, headings, size, box_width, width, height,
            ) else {
                continue;
            };
            let better = best
                .as_ref()
                .is_none_or(|b| fitted.layout.scale > b.layout.scale + 1e-9);
            if fitted.layout.scale >= 1.0 {
                return fitted;
            }
            if better {
                best = Some(fitted);
            }
        }
        if size <= min_size {
            break;
        }
        size = (size - 0.5).max(min_size);
    }
    best.expect("a map with valid sizes always lays out")
}

/// The links as the layout takes them.
fn map_edges(links: &[Link]) -> Vec<MapEdge> {
    links
        .iter()
        .map(|l| MapEdge {
            from: l.from.to_string(),
            to: l.to.to_string(),
        })
        .collect()
}

/// Where a drawing `total` tall is cut into pages at most `page` tall: the spans (top,
/// bottom) of its pages, in drawing units. A cut goes through no box where it can: at the
/// page's full height if that is free, else in the lowest free place in the page's lower
/// half. Where boxes in different columns leave no such place, it goes where it cuts the
/// fewest. `boxes` are the boxes' (top, bottom).
fn slices(boxes: &[(f64, f64)], total: f64, page: f64) -> Vec<(f64, f64)> {
    /// Room kept above and below a box, so its border is not clipped by the cut.
    const CLEAR: f64 = 2.0;
    let cut_boxes = |cut: f64| {
        boxes
            .iter()
            .filter(|&&(top, bottom)| top - CLEAR < cut && cut < bottom + CLEAR)
            .count()
    };
    // The places a cut may go: the page's height, and just above and below every box.
    let mut places: Vec<f64> = boxes
        .iter()
        .flat_map(|&(top, bottom)| [top - CLEAR, bottom + CLEAR])
        .collect();
    places.sort_by(f64::total_cmp);
    let mut spans = Vec::new();
    let mut top = 0.0;
    while total - top > page + 1e-6 {
        let limit = top + page;
        let mut best = (cut_boxes(limit), limit);
        for &place in places.iter().rev() {
            if place > limit {
                continue;
            }
            if place <= top + page / 2.0 || best.0 == 0 {
                break;
            }
            let cut = cut_boxes(place);
            if cut < best.0 {
                best = (cut, place);
            }
        }
        spans.push((top, best.1));
        top = best.1;
    }
    spans.push((top, total));
    spans
}

/// Measures every box at `size` in boxes `box_width` wide and lays the map out.
#[allow(clippy::too_many_arguments)]
fn try_fit(
    fonts: &Fonts,
    items: &[Item],
    edges: &[MapEdge],
    headings: &[(usize, (&str, &str))],
    size: f64,
    box_width: f64,
    width: f64,
    height: f64,
) -> Option<Fitted> {
    let cap = fonts.regular.cap_height(size);
    let leading = LEADING * size;
    let space = fonts.regular.width(" ", size);
    let mut nodes = Vec::with_capacity(items.len());
    for item in items {
        let mut lead = if item.badge {
            fonts.semibold.width(item.id, size) + BADGE_EXTRA_X
        } else {
            0.0
        };
        if item.negative {
            lead += space + fonts.semibold.width(fonts.mark, size) + BADGE_EXTRA_X;
        }
        // A word wider than the box would stick out: widen that box instead.
        let inner = (box_width - 2.0 * PAD_X * size)
            .max(fonts.regular.widest_word(item.title, size))
            .max(lead);
        let w = inner + 2.0 * PAD_X * size;
        let lines = fonts.regular.lines(lead, item.title, size, inner) as f64;
        let h = lines * cap + (lines - 1.0) * leading + 2.0 * BADGE_INSET_Y + 2.0 * PAD_Y * size;
        nodes.push(MapNode {
            id: item.id.to_string(),
            column: item.column,
            width: w,
            height: h,
        });
    }
    let hsize = heading_size(size);
    let heading_lines = headings
        .iter()
        .map(|(_, (text, _))| fonts.semibold.lines(0.0, text, hsize, box_width))
        .max()
        .unwrap_or(1) as f64;
    let strip = heading_lines * fonts.semibold.cap_height(hsize)
        + (heading_lines - 1.0) * LEADING * hsize
        + 12.0;
    let params = LayoutParams {
        column_gap: MIN_COLUMN_GAP,
        vertical_gap: 0.9 * size,
        area_width: width,
        area_height: height - strip,
    };
    let layout = layout(&nodes, edges, &params).ok()?;
    Some(Fitted {
        size,
        box_width,
        strip,
        layout,
    })
}

/// A polyline shortened so the line stops at the arrowhead's base, and the arrowhead's
/// three corners, both moved down by `dy`.
fn arrow(points: &[(f64, f64)], dy: f64) -> (Vec<[f64; 2]>, Vec<[f64; 2]>) {
    let mut line: Vec<[f64; 2]> = points.iter().map(|&(x, y)| [x, y + dy]).collect();
    let n = line.len();
    let tip = line[n - 1];
    let prev = line[n - 2];
    let (dx, dyy) = (tip[0] - prev[0], tip[1] - prev[1]);
    let len = (dx * dx + dyy * dyy).sqrt().max(1e-9);
    let (ux, uy) = (dx / len, dyy / len);
    let base = [tip[0] - ux * ARROW.0, tip[1] - uy * ARROW.0];
    if len > ARROW.0 {
        line[n - 1] = base;
    }
    let head = vec![
        tip,
        [base[0] - uy * ARROW.1, base[1] + ux * ARROW.1],
        [base[0] + uy * ARROW.1, base[1] - ux * ARROW.1],
    ];
    (line, head)
}

/// The note under the map naming links that cannot be drawn left to right.
fn note_text<'a>(
    model: &Model,
    not_drawn: &[Link<'a>],
    name: &dyn Fn(&'a str) -> &'a str,
) -> Option<String> {
    if not_drawn.is_empty() {
        return None;
    }
    let list: Vec<String> = not_drawn
        .iter()
        .map(|l| format!("{} → {}", name(l.from), name(l.to)))
        .collect();
    Some(format!(
        "{} {}",
        model.texts.label("map_not_drawn"),
        list.join(", ")
    ))
}

/// The map in words, for screen readers: every box by column, then every link.
fn alt_text(
    model: &Model,
    items: &[Item],
    links: &[String],
    headings: &[(usize, (&str, &str))],
) -> String {
    let t = model.texts;
    let mut parts = vec![format!("{}.", t.label("benefit_map"))];
    for (column, (text, _)) in headings {
        let boxes: Vec<String> = items
            .iter()
            .filter(|i| i.column == *column)
            .map(|i| {
                if !i.badge {
                    format!("{}: {}", i.name, i.title)
                } else if i.negative {
                    format!("{} ({}) {}", i.id, t.label("negative"), i.title)
                } else {
                    format!("{} {}", i.id, i.title)
                }
            })
            .collect();
        if !boxes.is_empty() {
            parts.push(format!("{text}: {}.", boxes.join("; ")));
        }
    }
    parts.push(format!("{}: {}.", t.label("map_links"), links.join(", ")));
    super::pdf_text(parts.join(" "), t.label("map_alt_cut"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tall_map_is_cut_between_boxes() {
        // Boxes 0–40, 50–90, 100–140, 150–190 on pages 120 high: 120 falls inside the box
        // 100–140, so the cut goes 2 above it, at 98, the lowest free place.
        let boxes = [(0.0, 40.0), (50.0, 90.0), (100.0, 140.0), (150.0, 190.0)];
        assert_eq!(
            slices(&boxes, 195.0, 120.0),
            vec![(0.0, 98.0), (98.0, 195.0)]
        );
        // Pages 75 high: 75 is inside 50–90, so the cut goes above it at 48; the next page
        // would end at 123, inside 100–140: 98; then 173, inside 150–190: 148.
        assert_eq!(
            slices(&boxes, 195.0, 75.0),
            vec![(0.0, 48.0), (48.0, 98.0), (98.0, 148.0), (148.0, 195.0)]
        );
        // Boxes in two columns overlapping in height: 100 cuts 80–120 and 90–130, 88 and 78
        // one box each, and 58, above all three and still in the page's lower half, none.
        let staggered = [(60.0, 86.0), (80.0, 120.0), (90.0, 130.0)];
        assert_eq!(slices(&staggered, 140.0, 100.0)[0], (0.0, 58.0));
        // With the page's lower half full of boxes, the fewest are cut: 88 (one box).
        let crowded = [(40.0, 86.0), (80.0, 120.0), (90.0, 130.0)];
        assert_eq!(slices(&crowded, 140.0, 100.0)[0], (0.0, 88.0));
        // A box taller than a page is cut at the page's height.
        assert_eq!(
            slices(&[(10.0, 300.0)], 310.0, 100.0),
            vec![(0.0, 100.0), (100.0, 200.0), (200.0, 300.0), (300.0, 310.0)]
        );
        // A drawing that fits is one page.
        assert_eq!(slices(&boxes, 195.0, 200.0), vec![(0.0, 195.0)]);
    }

    #[test]
    fn arrowhead_points_along_the_last_segment() {
        let (line, head) = arrow(&[(0.0, 0.0), (20.0, 0.0), (40.0, 10.0)], 5.0);
        assert_eq!(line.len(), 3);
        assert_eq!(head[0], [40.0, 15.0]);
        // The line stops at the head's base, which lies on the last segment.
        let base = line[2];
        assert!((base[0] - 40.0).hypot(base[1] - 15.0) - ARROW.0 < 1e-9);
        assert!(base[0] < 40.0 && base[1] < 15.0);
    }
}
