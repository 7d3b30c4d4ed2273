//! Layout engine for the benefit map (gevinstkort).
//!
//! The benefit map shows deliverables → changes → benefits → goals as boxes in
//! columns with an arrow for every link. Planners draw it by hand today and
//! redraw it whenever the plan changes; `gevinst` computes it instead. This
//! module only computes geometry (no text, no colours, no rendering): the
//! caller measures each box from its text, calls [`layout`], and hands the
//! positioned boxes and polylines to Typst.
//!
//! The algorithm is a classic layered-graph (Sugiyama-style) layout, because
//! the map already *is* a layered graph: every link goes from a lower to a
//! higher column.
//!
//! 1. **Layering.** Each column that holds at least one box becomes a layer.
//!    Columns without boxes are collapsed (zero width, no gap) so a plan that
//!    does not split immediate and main benefits gets no hole in the middle.
//!    A link that skips layers gets one *dummy* vertex per skipped layer; a
//!    dummy is a thin slot in that column's stacking order, which is what
//!    guarantees that the arrow later passes *between* boxes, never through one.
//! 2. **Ordering.** Within each layer the vertices are ordered to keep link
//!    crossings few: alternating down/up sweeps sort each layer by the
//!    barycenter (or median) of its neighbours in the layer before, each
//!    sweep followed by adjacent transposition; a run stops when it stops
//!    improving and its best order is polished by sifting (moving single
//!    vertices to their best slot). Eight runs are made (barycenter/median ×
//!    first sweep down/up × two starting orders: the input order and a
//!    global "spectral" order, which avoids the upside-down blocks that
//!    one-layer-at-a-time sweeps get stuck in) and the order with the fewest
//!    crossings is kept. Everything is deterministic: no randomness, stable
//!    sorts, ties keep the earlier candidate and the input order, so the same
//!    plan always gives the same picture (people compare map versions).
//! 3. **Coordinates.** x: each column is as wide as its widest box; columns are
//!    spread over the available width. y: every vertex is pulled towards the
//!    mean height of its neighbours, and each column is then packed without
//!    overlap by an exact weighted least-squares fit that keeps the order
//!    (pool-adjacent-violators); a few sweeps of this settle the layout. The
//!    result is centred in the available height.
//! 4. **Routing.** A link leaves the right side of its source box and enters
//!    the left side of its target box; several links on one side are spread
//!    along it in the order of their other ends, so arrows neither share a
//!    start point nor cross right at the box. Inside a column a link runs
//!    horizontally (at its attachment height or its dummy slot), between
//!    columns it runs straight; both parts avoid all foreign boxes.
//! 5. **Fitting.** If the natural size exceeds the available area, a scale
//!    factor below 1 is reported. The caller decides how far type may shrink
//!    (legibility is a typographic question, not a geometric one) and warns.

use std::collections::{HashMap, HashSet};
use std::fmt;

/// A box to place: one deliverable, change, benefit or goal of the plan.
///
/// The caller measures `width` and `height` (in points) from the box's text,
/// because only the renderer knows fonts; the layout never resizes a box.
#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    /// Identifier used by [`MapEdge`] (e.g. `"L1"`, `"G12"`); must be unique.
    pub id: String,
    /// Column index, left to right (e.g. 0 deliverables … 4 goals). Columns
    /// need not be contiguous: a column without boxes is collapsed.
    pub column: usize,
    /// Box width in points; positive, at most 10⁷.
    pub width: f64,
    /// Box height in points; positive, at most 10⁷.
    pub height: f64,
}

/// A directed link of the plan ("L1 enables F2").
///
/// Links must go strictly left to right (from a lower to a higher column),
/// which is what the line of sight from deliverable to goal means; they may
/// skip columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapEdge {
    /// Id of the source node.
    pub from: String,
    /// Id of the target node.
    pub to: String,
}

/// Spacing and the area the map must fit, all in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutParams {
    /// Minimum horizontal gap between neighbouring columns; the arrows live in
    /// these gaps, so it must be positive.
    pub column_gap: f64,
    /// Minimum vertical gap between two boxes of one column. A link passing
    /// through a column keeps half this distance to the boxes around it.
    /// Must be positive so an arrow never grazes a box.
    pub vertical_gap: f64,
    /// Width of the area available for the map (e.g. the page's text width).
    pub area_width: f64,
    /// Height of the area available for the map.
    pub area_height: f64,
}

/// A box with its final position; `(x, y)` is the top-left corner, y grows
/// downwards (as in Typst's `place`).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedBox {
    /// The node's id.
    pub id: String,
    /// The node's column index as given in the input.
    pub column: usize,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (as given).
    pub w: f64,
    /// Height (as given).
    pub h: f64,
}

/// A link routed as a polyline, to be drawn with an arrow head at the end.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutedEdge {
    /// Source id, as given.
    pub from: String,
    /// Target id, as given.
    pub to: String,
    /// At least two points; the first lies on the source's right side, the
    /// last on the target's left side.
    pub points: Vec<(f64, f64)>,
}

/// Horizontal extent of a non-empty column, so the caller can put column
/// headings ("Leverancer", "Gevinster", …) above it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnSpan {
    /// The column index, as used in [`MapNode::column`].
    pub column: usize,
    /// Left edge of the column.
    pub x: f64,
    /// Width of the column (its widest box); boxes are centred in it.
    pub width: f64,
}

/// The computed map.
///
/// Coordinates are in unscaled points. Drawn at `scale`, the map fits the
/// requested area: `scale * width <= area_width` and
/// `scale * height <= area_height`.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// One box per input node, in input order.
    pub boxes: Vec<PlacedBox>,
    /// One routed edge per input edge, in input order.
    pub edges: Vec<RoutedEdge>,
    /// The non-empty columns, left to right.
    pub columns: Vec<ColumnSpan>,
    /// Width of the drawing area the coordinates live in.
    pub width: f64,
    /// Height of the drawing area the coordinates live in.
    pub height: f64,
    /// Link crossings of the final order, counted between adjacent columns
    /// (segments through skipped columns included). Reported so tests and
    /// warnings can say how tangled a plan is.
    pub crossings: usize,
    /// 1 if the map fits the area as laid out, otherwise the factor (< 1) by
    /// which boxes and type must shrink to fit.
    pub scale: f64,
}

/// Why a map cannot be laid out. Every malformed input ends here instead of
/// in a panic, so the CLI can point the planner at the offending line.
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutError {
    /// A parameter is not a positive number of at most 10⁷ points.
    InvalidParameter {
        /// Field name in [`LayoutParams`].
        name: &'static str,
        /// The offending value.
        value: f64,
    },
    /// A node's width or height is not a positive number of at most 10⁷
    /// points.
    InvalidNodeSize {
        /// The node's id.
        id: String,
    },
    /// Two nodes share an id.
    DuplicateNode {
        /// The repeated id.
        id: String,
    },
    /// An edge names a node that does not exist.
    UnknownNode {
        /// The missing id.
        id: String,
        /// The edge's source.
        from: String,
        /// The edge's target.
        to: String,
    },
    /// An edge stays in its column or goes right to left.
    EdgeNotForward {
        /// The edge's source.
        from: String,
        /// The edge's target.
        to: String,
        /// Column of the source.
        from_column: usize,
        /// Column of the target.
        to_column: usize,
    },
    /// The same link is listed twice.
    DuplicateEdge {
        /// The edge's source.
        from: String,
        /// The edge's target.
        to: String,
    },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::InvalidParameter { name, value } => {
                write!(
                    f,
                    "layout parameter {name} must be above 0 and at most {MAX_POINTS} points, \
                     got {value}"
                )
            }
            LayoutError::InvalidNodeSize { id } => {
                write!(
                    f,
                    "box {id} must have a width and height above 0 and at most {MAX_POINTS} points"
                )
            }
            LayoutError::DuplicateNode { id } => write!(f, "id {id} is used by two boxes"),
            LayoutError::UnknownNode { id, from, to } => {
                write!(f, "link {from} → {to} refers to unknown id {id}")
            }
            LayoutError::EdgeNotForward {
                from,
                to,
                from_column,
                to_column,
            } => write!(
                f,
                "link {from} → {to} must go to a later column, but goes from column \
                 {from_column} to column {to_column}"
            ),
            LayoutError::DuplicateEdge { from, to } => {
                write!(f, "link {from} → {to} is listed twice")
            }
        }
    }
}

impl std::error::Error for LayoutError {}

/// Largest accepted size or parameter, in points (about 3.5 km). Anything
/// larger is a unit mistake, and rejecting it keeps every sum finite, so the
/// output never contains infinities or NaN.
const MAX_POINTS: f64 = 1e7;
/// Sweeps per ordering run; small maps converge in a handful.
const MAX_SWEEPS: usize = 24;
/// A run stops after this many sweeps without a new best order.
const PATIENCE: usize = 4;
/// Power iterations for the spectral starting order.
const SPECTRAL_ITERATIONS: usize = 200;
/// Upper bound on transposition passes (each pass strictly lowers crossings,
/// the bound only caps the running time on pathological inputs).
const MAX_TRANSPOSE_PASSES: usize = 16;
/// Down+up sweeps of the vertical placement.
const PLACEMENT_ROUNDS: usize = 16;
/// Weight of a dummy in the placement fit: higher than a box so long links
/// stay straight rather than zig-zag.
const DUMMY_WEIGHT: f64 = 2.0;
/// Weight of a vertex with no neighbours: it holds its place but yields.
const FREE_WEIGHT: f64 = 0.25;

/// How a layer is sorted against its neighbour layer.
#[derive(Debug, Clone, Copy)]
enum Heuristic {
    Barycenter,
    Median,
}

/// The (heuristic, first sweep goes down) combinations tried in turn.
const STRATEGIES: [(Heuristic, bool); 4] = [
    (Heuristic::Barycenter, true),
    (Heuristic::Median, true),
    (Heuristic::Barycenter, false),
    (Heuristic::Median, false),
];

/// The layered graph: real vertices `0..real` (same indices as the input
/// nodes), then the dummies.
struct Graph {
    real: usize,
    layer: Vec<usize>,
    height: Vec<f64>,
    up: Vec<Vec<usize>>,
    down: Vec<Vec<usize>>,
    /// For each input edge, its vertex chain `source, dummies…, target`.
    chains: Vec<Vec<usize>>,
    /// Input column of each layer.
    layer_column: Vec<usize>,
}

/// Lays out a benefit map.
///
/// Returns an error (never panics) for malformed input: unknown ids,
/// duplicate ids or links, links that do not go left to right, or
/// non-positive / non-finite sizes and parameters. An empty node list gives an
/// empty layout.
pub fn layout(
    nodes: &[MapNode],
    edges: &[MapEdge],
    params: &LayoutParams,
) -> Result<MapLayout, LayoutError> {
    validate_params(params)?;
    let graph = build_graph(nodes, edges)?;
    let n_layers = graph.layer_column.len();

    let mut initial: Vec<Vec<usize>> = vec![Vec::new(); n_layers];
    for (v, &l) in graph.layer.iter().enumerate() {
        initial[l].push(v);
    }
    let (layers, crossings) = minimise_crossings(&graph, initial);
    let pos = positions(&layers, graph.layer.len());
    let centre = assign_y(&graph, &layers, params.vertical_gap);

    // Natural extent.
    let top = |v: usize| centre[v] - graph.height[v] / 2.0;
    let bottom = |v: usize| centre[v] + graph.height[v] / 2.0;
    let (min_y, max_y) = (0..graph.layer.len())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |acc, v| {
            (acc.0.min(top(v)), acc.1.max(bottom(v)))
        });
    let natural_h = if max_y >= min_y { max_y - min_y } else { 0.0 };
    let col_widths: Vec<f64> = layers
        .iter()
        .map(|layer| {
            layer
                .iter()
                .filter(|&&v| v < graph.real)
                .map(|&v| nodes[v].width)
                .fold(0.0, f64::max)
        })
        .collect();
    let sum_w: f64 = col_widths.iter().sum();
    let natural_w = sum_w + params.column_gap * n_layers.saturating_sub(1) as f64;

    let scale = (params.area_width / natural_w)
        .min(params.area_height / natural_h)
        .min(1.0);
    let width = params.area_width / scale;
    let height = params.area_height / scale;

    // Spread the columns over the whole width; a lone column is centred.
    let mut col_x = Vec::with_capacity(n_layers);
    if n_layers <= 1 {
        col_x.resize(n_layers, (width - sum_w) / 2.0);
    } else {
        let gap = (width - sum_w) / (n_layers - 1) as f64;
        let mut x = 0.0;
        for w in &col_widths {
            col_x.push(x);
            x += w + gap;
        }
    }
    let dy = (height - natural_h) / 2.0 - min_y;

    let boxes: Vec<PlacedBox> = nodes
        .iter()
        .enumerate()
        .map(|(v, n)| {
            let l = graph.layer[v];
            PlacedBox {
                id: n.id.clone(),
                column: n.column,
                x: col_x[l] + (col_widths[l] - n.width) / 2.0,
                y: top(v) + dy,
                w: n.width,
                h: n.height,
            }
        })
        .collect();

    let edges = route_edges(
        &graph,
        edges,
        &boxes,
        &pos,
        &centre,
        dy,
        &col_x,
        &col_widths,
    );
    let columns = (0..n_layers)
        .map(|l| ColumnSpan {
            column: graph.layer_column[l],
            x: col_x[l],
            width: col_widths[l],
        })
        .collect();

    Ok(MapLayout {
        boxes,
        edges,
        columns,
        width,
        height,
        crossings,
        scale,
    })
}

/// Counts pairs of crossing segments between different edges of a finished
/// layout, geometrically (proper intersections only; touching does not count).
///
/// Because every link has exactly one segment in each gap it spans and runs
/// horizontally inside columns, this equals [`MapLayout::crossings`]; it is
/// public so tests can check the reported figure against the drawing itself.
/// Quadratic in the number of segments, meant for tests and diagnostics.
pub fn count_crossings(layout: &MapLayout) -> usize {
    let mut count = 0;
    for (i, a) in layout.edges.iter().enumerate() {
        for b in &layout.edges[i + 1..] {
            for sa in a.points.windows(2) {
                for sb in b.points.windows(2) {
                    if segments_cross(sa[0], sa[1], sb[0], sb[1]) {
                        count += 1;
                    }
                }
            }
        }
    }
    count
}

fn segments_cross(p1: (f64, f64), p2: (f64, f64), q1: (f64, f64), q2: (f64, f64)) -> bool {
    fn orient(a: (f64, f64), b: (f64, f64), c: (f64, f64)) -> f64 {
        (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
    }
    let d1 = orient(q1, q2, p1);
    let d2 = orient(q1, q2, p2);
    let d3 = orient(p1, p2, q1);
    let d4 = orient(p1, p2, q2);
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

fn validate_params(p: &LayoutParams) -> Result<(), LayoutError> {
    for (name, value) in [
        ("column_gap", p.column_gap),
        ("vertical_gap", p.vertical_gap),
        ("area_width", p.area_width),
        ("area_height", p.area_height),
    ] {
        if !(value > 0.0 && value <= MAX_POINTS) {
            return Err(LayoutError::InvalidParameter { name, value });
        }
    }
    Ok(())
}

/// Validates the input and builds the layered graph with dummies.
fn build_graph(nodes: &[MapNode], edges: &[MapEdge]) -> Result<Graph, LayoutError> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(nodes.len());
    for (i, n) in nodes.iter().enumerate() {
        let valid = |v: f64| v > 0.0 && v <= MAX_POINTS;
        if !(valid(n.width) && valid(n.height)) {
            return Err(LayoutError::InvalidNodeSize { id: n.id.clone() });
        }
        if index.insert(n.id.as_str(), i).is_some() {
            return Err(LayoutError::DuplicateNode { id: n.id.clone() });
        }
    }

    // Only columns with boxes become layers (sparse column indices are fine).
    let mut layer_column: Vec<usize> = nodes.iter().map(|n| n.column).collect();
    layer_column.sort_unstable();
    layer_column.dedup();
    let layer_of_column = |c: usize| layer_column.binary_search(&c).unwrap_or(0);

    let real = nodes.len();
    let mut g = Graph {
        real,
        layer: nodes.iter().map(|n| layer_of_column(n.column)).collect(),
        height: nodes.iter().map(|n| n.height).collect(),
        up: vec![Vec::new(); real],
        down: vec![Vec::new(); real],
        chains: Vec::with_capacity(edges.len()),
        layer_column: Vec::new(),
    };

    let mut seen: HashSet<(usize, usize)> = HashSet::with_capacity(edges.len());
    for e in edges {
        let find = |id: &str| {
            index
                .get(id)
                .copied()
                .ok_or_else(|| LayoutError::UnknownNode {
                    id: id.to_string(),
                    from: e.from.clone(),
                    to: e.to.clone(),
                })
        };
        let s = find(&e.from)?;
        let t = find(&e.to)?;
        if nodes[s].column >= nodes[t].column {
            return Err(LayoutError::EdgeNotForward {
                from: e.from.clone(),
                to: e.to.clone(),
                from_column: nodes[s].column,
                to_column: nodes[t].column,
            });
        }
        if !seen.insert((s, t)) {
            return Err(LayoutError::DuplicateEdge {
                from: e.from.clone(),
                to: e.to.clone(),
            });
        }
        let mut chain = vec![s];
        for l in g.layer[s] + 1..g.layer[t] {
            let d = g.layer.len();
            g.layer.push(l);
            g.height.push(0.0);
            g.up.push(Vec::new());
            g.down.push(Vec::new());
            chain.push(d);
        }
        chain.push(t);
        for pair in chain.windows(2) {
            g.down[pair[0]].push(pair[1]);
            g.up[pair[1]].push(pair[0]);
        }
        g.chains.push(chain);
    }
    g.layer_column = layer_column;
    Ok(g)
}

/// Index of every vertex within its layer.
fn positions(layers: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut pos = vec![0; n];
    for layer in layers {
        for (i, &v) in layer.iter().enumerate() {
            pos[v] = i;
        }
    }
    pos
}

/// Crossings between layer `upper` and the next one: the number of inversions
/// in the target positions when the segments are sorted by source position
/// (Barth–Jünger–Mutzel with a Fenwick tree, O(E log V)).
fn layer_crossings(g: &Graph, layers: &[Vec<usize>], pos: &[usize], upper: usize) -> usize {
    let Some(lower_len) = layers.get(upper + 1).map(Vec::len) else {
        return 0;
    };
    let mut tree = vec![0usize; lower_len + 1];
    let mut inserted = 0;
    let mut count = 0;
    let mut targets: Vec<usize> = Vec::new();
    for &u in &layers[upper] {
        targets.clear();
        targets.extend(g.down[u].iter().map(|&v| pos[v]));
        targets.sort_unstable();
        for &p in &targets {
            // Number of inserted targets at positions <= p.
            let mut not_greater = 0;
            let mut i = p + 1;
            while i > 0 {
                not_greater += tree[i];
                i &= i - 1;
            }
            count += inserted - not_greater;
            let mut i = p + 1;
            while i <= lower_len {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
            inserted += 1;
        }
    }
    count
}

fn total_crossings(g: &Graph, layers: &[Vec<usize>], pos: &[usize]) -> usize {
    (0..layers.len().saturating_sub(1))
        .map(|l| layer_crossings(g, layers, pos, l))
        .sum()
}

/// Sort key of a vertex from its neighbours' positions, `None` if it has none
/// (such vertices keep their slot, the usual way to stop them drifting).
fn sort_key(neighbours: &[usize], pos: &[usize], heuristic: Heuristic) -> Option<f64> {
    if neighbours.is_empty() {
        return None;
    }
    match heuristic {
        Heuristic::Barycenter => {
            let sum: usize = neighbours.iter().map(|&v| pos[v]).sum();
            Some(sum as f64 / neighbours.len() as f64)
        }
        Heuristic::Median => {
            let mut p: Vec<usize> = neighbours.iter().map(|&v| pos[v]).collect();
            p.sort_unstable();
            let m = p.len() / 2;
            if p.len() % 2 == 1 {
                Some(p[m] as f64)
            } else {
                Some((p[m - 1] + p[m]) as f64 / 2.0)
            }
        }
    }
}

/// Reorders one layer by the sort key against `neighbours`; stable, so ties
/// keep the current (ultimately the input) order.
fn reorder(layer: &mut [usize], neighbours: &[Vec<usize>], pos: &mut [usize], h: Heuristic) {
    let mut slots = Vec::with_capacity(layer.len());
    let mut keyed = Vec::with_capacity(layer.len());
    for (i, &v) in layer.iter().enumerate() {
        if let Some(k) = sort_key(&neighbours[v], pos, h) {
            slots.push(i);
            keyed.push((k, v));
        }
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (&slot, &(_, v)) in slots.iter().zip(&keyed) {
        layer[slot] = v;
    }
    for (i, &v) in layer.iter().enumerate() {
        pos[v] = i;
    }
}

/// Crossings among the links of `u` and `v` (to both neighbour layers) with
/// `u` above `v`, and with `v` above `u`.
fn pair_crossings(g: &Graph, pos: &[usize], u: usize, v: usize) -> (usize, usize) {
    let (mut uv, mut vu) = (0, 0);
    for nb in [&g.up, &g.down] {
        for &a in &nb[u] {
            for &b in &nb[v] {
                if pos[a] > pos[b] {
                    uv += 1;
                } else if pos[a] < pos[b] {
                    vu += 1;
                }
            }
        }
    }
    (uv, vu)
}

/// Swaps neighbours in a layer while that strictly reduces crossings; fixes
/// the local tangles the sorting sweeps cannot see.
fn transpose(g: &Graph, layers: &mut [Vec<usize>], pos: &mut [usize]) {
    for _ in 0..MAX_TRANSPOSE_PASSES {
        let mut improved = false;
        for layer in layers.iter_mut() {
            for i in 1..layer.len() {
                let (u, v) = (layer[i - 1], layer[i]);
                let (uv, vu) = pair_crossings(g, pos, u, v);
                if vu < uv {
                    layer.swap(i - 1, i);
                    pos[u] = i;
                    pos[v] = i - 1;
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
}

/// Moves each vertex to the position in its layer where it crosses least
/// (sifting). Unlike adjacent swaps this can carry a vertex past several
/// others at once, which undoes some of the "flipped block" local minima
/// that barycenter sweeps get stuck in. Returns whether anything moved.
fn sift(g: &Graph, layers: &mut [Vec<usize>], pos: &mut [usize]) -> bool {
    let lens: Vec<usize> = layers.iter().map(Vec::len).collect();
    let mut moved = false;
    // less[p]: how many of v's neighbours (on one side) sit above position p.
    let mut less_up: Vec<usize> = Vec::new();
    let mut less_down: Vec<usize> = Vec::new();
    for (l, layer) in layers.iter_mut().enumerate() {
        let up_len = l.checked_sub(1).map_or(0, |u| lens[u]);
        let down_len = lens.get(l + 1).copied().unwrap_or(0);
        let vertices = layer.clone();
        for v in vertices {
            prefix_counts(&g.up[v], pos, up_len, &mut less_up);
            prefix_counts(&g.down[v], pos, down_len, &mut less_down);
            let from = pos[v];
            layer.remove(from);
            // Cost of v at slot k relative to the cost at slot 0; moving v
            // below w changes it by c(w above v) - c(v above w).
            let mut cost: isize = 0;
            let (mut best_cost, mut best_slot) = (0isize, 0usize);
            let mut current_cost = if from == 0 { Some(0) } else { None };
            for (k, &w) in layer.iter().enumerate() {
                let mut delta = 0isize;
                for (nb, less, deg) in [
                    (&g.up[w], &less_up, g.up[v].len()),
                    (&g.down[w], &less_down, g.down[v].len()),
                ] {
                    for &b in nb {
                        let below_b = deg - less[pos[b] + 1];
                        delta += less[pos[b]] as isize - below_b as isize;
                    }
                }
                cost += delta;
                if cost < best_cost {
                    best_cost = cost;
                    best_slot = k + 1;
                }
                if k + 1 == from {
                    current_cost = Some(cost);
                }
            }
            let to = match current_cost {
                Some(c) if c <= best_cost => from,
                _ => best_slot,
            };
            moved |= to != from;
            layer.insert(to, v);
            for (i, &u) in layer.iter().enumerate() {
                pos[u] = i;
            }
        }
    }
    moved
}

/// Fills `less` (length `len + 1`) so that `less[p]` is the number of
/// `neighbours` at positions below `p`.
fn prefix_counts(neighbours: &[usize], pos: &[usize], len: usize, less: &mut Vec<usize>) {
    less.clear();
    less.resize(len + 1, 0);
    for &a in neighbours {
        less[pos[a] + 1] += 1;
    }
    for p in 1..less.len() {
        less[p] += less[p - 1];
    }
}

/// Runs every strategy from the input order and from the spectral order and
/// returns the best order seen with its crossing count. Ties keep the
/// earliest candidate, so the result is deterministic.
fn minimise_crossings(g: &Graph, initial: Vec<Vec<usize>>) -> (Vec<Vec<usize>>, usize) {
    let n = g.layer.len();
    let spectral = spectral_order(g, &initial);
    let mut best_c = usize::MAX;
    let mut best = Vec::new();
    for start in [initial, spectral] {
        let c = total_crossings(g, &start, &positions(&start, n));
        if c < best_c {
            best_c = c;
            best.clone_from(&start);
        }
        for (heuristic, first_down) in STRATEGIES {
            if best_c == 0 {
                return (best, 0);
            }
            let (layers, c) = sweep_run(g, start.clone(), heuristic, first_down);
            if c < best_c {
                best_c = c;
                best = layers;
            }
        }
    }
    (best, best_c)
}

/// One ordering run: alternating sweeps with transposition until the run
/// stops improving, then its best order is polished by sifting (too costly
/// to do after every sweep within the 10 ms budget, and most useful at the
/// end, where sweeps have stalled).
fn sweep_run(
    g: &Graph,
    mut layers: Vec<Vec<usize>>,
    heuristic: Heuristic,
    first_down: bool,
) -> (Vec<Vec<usize>>, usize) {
    let mut pos = positions(&layers, g.layer.len());
    let mut best = layers.clone();
    let mut best_c = total_crossings(g, &layers, &pos);
    let mut down = first_down;
    let mut stale = 0;
    for _ in 0..MAX_SWEEPS {
        if down {
            for layer in layers.iter_mut().skip(1) {
                reorder(layer, &g.up, &mut pos, heuristic);
            }
        } else {
            let last = layers.len().saturating_sub(1);
            for layer in layers[..last].iter_mut().rev() {
                reorder(layer, &g.down, &mut pos, heuristic);
            }
        }
        transpose(g, &mut layers, &mut pos);
        let c = total_crossings(g, &layers, &pos);
        if c < best_c {
            best_c = c;
            best.clone_from(&layers);
            stale = 0;
        } else {
            stale += 1;
        }
        if best_c == 0 || stale >= PATIENCE {
            break;
        }
        down = !down;
    }
    let mut pos = positions(&best, g.layer.len());
    for _ in 0..MAX_TRANSPOSE_PASSES {
        if best_c == 0 || !sift(g, &mut best, &mut pos) {
            break;
        }
        transpose(g, &mut best, &mut pos);
        best_c = total_crossings(g, &best, &pos);
    }
    (best, best_c)
}

/// A second, global starting order. Sweeps only look one layer ahead, so a
/// scrambled input can leave a whole block of the map upside down (a local
/// minimum no sweep or swap escapes). Smoothing the input positions over the
/// whole graph (power iteration of the lazy random walk with the constant
/// part removed, which converges to the graph's smoothest non-constant
/// vector, as in spectral ordering) gives every vertex a global rank that
/// agrees across layers; sorting each layer by it is a start without flips.
fn spectral_order(g: &Graph, initial: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = g.layer.len();
    let mut x = vec![0.0; n];
    for layer in initial {
        for (i, &v) in layer.iter().enumerate() {
            x[v] = (i as f64 + 0.5) / layer.len() as f64 - 0.5;
        }
    }
    let degree: Vec<f64> = (0..n)
        .map(|v| (g.up[v].len() + g.down[v].len()) as f64)
        .collect();
    let total_degree: f64 = degree.iter().sum();
    let mut next = vec![0.0; n];
    for _ in 0..SPECTRAL_ITERATIONS {
        for v in 0..n {
            next[v] = if degree[v] == 0.0 {
                x[v]
            } else {
                let sum: f64 = g.up[v].iter().chain(&g.down[v]).map(|&u| x[u]).sum();
                0.5 * x[v] + 0.5 * sum / degree[v]
            };
        }
        if total_degree > 0.0 {
            let mean = next.iter().zip(&degree).map(|(a, d)| a * d).sum::<f64>() / total_degree;
            let scale = next.iter().fold(0.0f64, |m, a| m.max((a - mean).abs()));
            if scale > 0.0 {
                for a in &mut next {
                    *a = (*a - mean) / scale;
                }
            }
        }
        std::mem::swap(&mut x, &mut next);
    }
    initial
        .iter()
        .map(|layer| {
            let mut layer = layer.clone();
            layer.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
            layer
        })
        .collect()
}

/// Weighted isotonic regression (pool adjacent violators): the nondecreasing
/// sequence closest to `values` in weighted least squares.
fn isotonic(values: &[f64], weights: &[f64]) -> Vec<f64> {
    // (mean, weight, count)
    let mut blocks: Vec<(f64, f64, usize)> = Vec::with_capacity(values.len());
    for (&v, &w) in values.iter().zip(weights) {
        blocks.push((v, w, 1));
        while blocks.len() >= 2 {
            let (m2, w2, c2) = blocks[blocks.len() - 1];
            let (m1, w1, c1) = blocks[blocks.len() - 2];
            if m1 <= m2 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = ((m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, c1 + c2);
        }
    }
    blocks
        .iter()
        .flat_map(|&(m, _, c)| std::iter::repeat_n(m, c))
        .collect()
}

/// Vertical centre of every vertex. Each vertex is pulled to the mean centre
/// of its neighbours; each layer is then packed in its fixed order with the
/// required gaps by an exact least-squares fit. Boxes keep `vertical_gap`
/// between them, dummies (links passing through) half of it.
fn assign_y(g: &Graph, layers: &[Vec<usize>], vertical_gap: f64) -> Vec<f64> {
    let sep = |a: usize, b: usize| {
        if a < g.real && b < g.real {
            vertical_gap
        } else {
            vertical_gap / 2.0
        }
    };
    // Offset of each vertex's top from the top of its layer when packed tight.
    let offsets: Vec<Vec<f64>> = layers
        .iter()
        .map(|layer| {
            let mut off = Vec::with_capacity(layer.len());
            let mut y = 0.0;
            for (i, &v) in layer.iter().enumerate() {
                if i > 0 {
                    y += sep(layer[i - 1], v);
                }
                off.push(y);
                y += g.height[v];
            }
            off
        })
        .collect();

    // Start: every layer packed tight and centred on y = 0.
    let mut centre = vec![0.0; g.layer.len()];
    for (layer, off) in layers.iter().zip(&offsets) {
        let total = match (layer.last(), off.last()) {
            (Some(&v), Some(&o)) => o + g.height[v],
            _ => 0.0,
        };
        for (&v, &o) in layer.iter().zip(off) {
            centre[v] = o + g.height[v] / 2.0 - total / 2.0;
        }
    }

    let order: Vec<usize> = (0..layers.len()).chain((0..layers.len()).rev()).collect();
    let mut wanted = Vec::new();
    let mut weights = Vec::new();
    for _ in 0..PLACEMENT_ROUNDS {
        for &l in &order {
            wanted.clear();
            weights.clear();
            for (&v, &o) in layers[l].iter().zip(&offsets[l]) {
                let (sum, k) = g.up[v]
                    .iter()
                    .chain(&g.down[v])
                    .fold((0.0, 0usize), |(s, k), &u| (s + centre[u], k + 1));
                let (target, weight) = if k == 0 {
                    (centre[v], FREE_WEIGHT)
                } else if v >= g.real {
                    (sum / k as f64, DUMMY_WEIGHT)
                } else {
                    (sum / k as f64, 1.0)
                };
                wanted.push(target - g.height[v] / 2.0 - o);
                weights.push(weight);
            }
            let fitted = isotonic(&wanted, &weights);
            for ((&v, &o), q) in layers[l].iter().zip(&offsets[l]).zip(fitted) {
                centre[v] = q + o + g.height[v] / 2.0;
            }
        }
    }
    centre
}

/// Turns the vertex chains into polylines with spread attachment points.
#[allow(clippy::too_many_arguments)]
fn route_edges(
    g: &Graph,
    edges: &[MapEdge],
    boxes: &[PlacedBox],
    pos: &[usize],
    centre: &[f64],
    dy: f64,
    col_x: &[f64],
    col_w: &[f64],
) -> Vec<RoutedEdge> {
    // Attachment heights: the k links on one side of a box split it into
    // k + 1 equal parts, ordered like their other ends to avoid crossings.
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); g.real];
    let mut in_edges: Vec<Vec<usize>> = vec![Vec::new(); g.real];
    for (e, chain) in g.chains.iter().enumerate() {
        if let (Some(&s), Some(&t)) = (chain.first(), chain.last()) {
            out_edges[s].push(e);
            in_edges[t].push(e);
        }
    }
    let mut start_y = vec![0.0; g.chains.len()];
    let mut end_y = vec![0.0; g.chains.len()];
    for v in 0..g.real {
        let b = &boxes[v];
        let mut outs = std::mem::take(&mut out_edges[v]);
        outs.sort_by_key(|&e| g.chains[e].get(1).map_or(0, |&n| pos[n]));
        for (i, &e) in outs.iter().enumerate() {
            start_y[e] = b.y + b.h * (i + 1) as f64 / (outs.len() + 1) as f64;
        }
        let mut ins = std::mem::take(&mut in_edges[v]);
        ins.sort_by_key(|&e| {
            let c = &g.chains[e];
            c.len().checked_sub(2).map_or(0, |i| pos[c[i]])
        });
        for (i, &e) in ins.iter().enumerate() {
            end_y[e] = b.y + b.h * (i + 1) as f64 / (ins.len() + 1) as f64;
        }
    }

    edges
        .iter()
        .zip(&g.chains)
        .enumerate()
        .map(|(e, (input, chain))| {
            let mut points: Vec<(f64, f64)> = Vec::with_capacity(2 * chain.len() + 2);
            let mut push = |p: (f64, f64)| {
                if points.last() != Some(&p) {
                    points.push(p);
                }
            };
            let s = chain[0];
            let t = chain[chain.len() - 1];
            let (sb, tb) = (&boxes[s], &boxes[t]);
            let (ls, lt) = (g.layer[s], g.layer[t]);
            push((sb.x + sb.w, start_y[e]));
            push((col_x[ls] + col_w[ls], start_y[e]));
            for &d in &chain[1..chain.len() - 1] {
                let l = g.layer[d];
                let y = centre[d] + dy;
                push((col_x[l], y));
                push((col_x[l] + col_w[l], y));
            }
            push((col_x[lt], end_y[e]));
            push((tb.x, end_y[e]));
            RoutedEdge {
                from: input.from.clone(),
                to: input.to.clone(),
                points,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> LayoutParams {
        LayoutParams {
            column_gap: 24.0,
            vertical_gap: 10.0,
            area_width: 770.0,
            area_height: 500.0,
        }
    }

    fn node(id: &str, column: usize, width: f64, height: f64) -> MapNode {
        MapNode {
            id: id.to_string(),
            column,
            width,
            height,
        }
    }

    fn edge(from: &str, to: &str) -> MapEdge {
        MapEdge {
            from: from.to_string(),
            to: to.to_string(),
        }
    }

    /// Deterministic pseudo-random numbers (Knuth's MMIX LCG).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// A random-looking but deterministic map; links are biased to adjacent
    /// columns but may skip.
    fn random_graph(
        seed: u64,
        n_nodes: usize,
        n_edges: usize,
        n_cols: usize,
    ) -> (Vec<MapNode>, Vec<MapEdge>) {
        let mut rng = Lcg(seed);
        let nodes: Vec<MapNode> = (0..n_nodes)
            .map(|i| {
                let col = if i < n_cols {
                    i
                } else {
                    rng.below(n_cols as u64) as usize
                };
                node(
                    &format!("N{i}"),
                    col,
                    80.0 + rng.below(80) as f64,
                    20.0 + rng.below(40) as f64,
                )
            })
            .collect();
        let mut edges = Vec::new();
        let mut seen = HashSet::new();
        let mut attempts = 0;
        while edges.len() < n_edges && attempts < n_edges * 50 {
            attempts += 1;
            let a = rng.below(n_nodes as u64) as usize;
            let b = rng.below(n_nodes as u64) as usize;
            let (ca, cb) = (nodes[a].column, nodes[b].column);
            if ca >= cb || (cb - ca > 1 && rng.below(3) != 0) || !seen.insert((a, b)) {
                continue;
            }
            edges.push(edge(&nodes[a].id, &nodes[b].id));
        }
        (nodes, edges)
    }

    /// Modelled on the seed's "Gevinstkort: Forflytning og vending med 1
    /// hjælper": deliverables L1–L5, changes F1–F5, benefits G1–G5, goals
    /// M1–M3. The OCR loses the arrows; these are the links a planner would
    /// draw, including one deliverable → benefit skip.
    fn forflytning() -> (Vec<MapNode>, Vec<MapEdge>) {
        let mut nodes = Vec::new();
        for i in 1..=5 {
            nodes.push(node(
                &format!("L{i}"),
                0,
                150.0,
                44.0 + 6.0 * (i % 3) as f64,
            ));
        }
        for i in 1..=5 {
            nodes.push(node(&format!("F{i}"), 1, 150.0, 50.0));
        }
        for i in 1..=5 {
            nodes.push(node(
                &format!("G{i}"),
                2,
                160.0,
                38.0 + 8.0 * (i % 2) as f64,
            ));
        }
        for i in 1..=3 {
            nodes.push(node(&format!("M{i}"), 3, 130.0, 40.0));
        }
        let links = [
            // L1 lifts and turning sheets installed
            ("L1", "F1"),
            ("L1", "F3"),
            // L2 super-users chosen
            ("L2", "F2"),
            // L3 staff trained in correct turning with technology
            ("L3", "F1"),
            ("L3", "F2"),
            // L4 operating agreement: re-use, maintenance, screening
            ("L4", "F3"),
            ("L4", "G5"),
            // L5 communication to managers
            ("L5", "F4"),
            ("L5", "F5"),
            // F1 staff turn citizens alone, correctly, following the guide
            ("F1", "G1"),
            ("F1", "G2"),
            ("F1", "G3"),
            // F2 super-users train and support colleagues
            ("F2", "G3"),
            ("F2", "G4"),
            // F3 technology moved between units instead of bought anew
            ("F3", "G5"),
            // F4 managers follow up on use
            ("F4", "G1"),
            ("F4", "G4"),
            // F5 citizens screened for technology on admission
            ("F5", "G2"),
            ("F5", "G1"),
            // benefits → goals
            ("G1", "M1"),
            ("G5", "M1"),
            ("G2", "M2"),
            ("G3", "M3"),
            ("G4", "M3"),
        ];
        let edges = links.iter().map(|(a, b)| edge(a, b)).collect();
        (nodes, edges)
    }

    /// Columns of 5, 6, 6, 4 vertices with links that are monotone in a hidden
    /// order (so an order with zero crossings exists), including skip links
    /// along the top and bottom, given to the layout in scrambled order.
    fn planar_scrambled() -> (Vec<MapNode>, Vec<MapEdge>) {
        let sizes = [5usize, 6, 6, 4];
        let name = |c: usize, i: usize| format!("C{c}_{i}");
        let mut edges = Vec::new();
        for c in 0..sizes.len() - 1 {
            let (n, m) = (sizes[c], sizes[c + 1]);
            for i in 0..n {
                let lo = i * m / n;
                let hi = ((i + 1) * m).div_ceil(n).saturating_sub(1).max(lo);
                for j in lo..=hi {
                    edges.push((name(c, i), name(c + 1, j)));
                }
            }
        }
        edges.push((name(0, 0), name(2, 0)));
        edges.push((name(1, 5), name(3, 3)));
        edges.push((name(0, 4), name(3, 3)));
        let mut nodes: Vec<MapNode> = sizes
            .iter()
            .enumerate()
            .flat_map(|(c, &n)| (0..n).map(move |i| (c, i)))
            .map(|(c, i)| node(&name(c, i), c, 100.0, 30.0))
            .collect();
        // Deterministic scramble of both lists.
        let mut rng = Lcg(7);
        for i in (1..nodes.len()).rev() {
            nodes.swap(i, rng.below(i as u64 + 1) as usize);
        }
        for i in (1..edges.len()).rev() {
            edges.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let edges = edges.iter().map(|(a, b)| edge(a, b)).collect();
        (nodes, edges)
    }

    /// The named example graphs, laid out with [`params`].
    fn named_graphs() -> Vec<(String, Vec<MapNode>, Vec<MapEdge>)> {
        let mut graphs = vec![
            {
                let (n, e) = forflytning();
                ("forflytning".to_string(), n, e)
            },
            {
                let (n, e) = planar_scrambled();
                ("planar".to_string(), n, e)
            },
        ];
        for (seed, n, m, c) in [
            (1, 10, 12, 3),
            (2, 20, 30, 4),
            (3, 30, 50, 5),
            (4, 60, 120, 5),
            (5, 45, 70, 6),
            (6, 8, 20, 2),
        ] {
            let (nodes, edges) = random_graph(seed, n, m, c);
            graphs.push((format!("random{seed}"), nodes, edges));
        }
        graphs
    }

    /// Cramped spacing and a small area, to stress the invariants.
    fn tight_params() -> LayoutParams {
        LayoutParams {
            column_gap: 2.0,
            vertical_gap: 0.5,
            area_width: 300.0,
            area_height: 200.0,
        }
    }

    /// Every case the invariant tests run: the named graphs with normal
    /// spacing plus many small generated graphs, alternately with normal and
    /// cramped spacing.
    fn cases() -> Vec<(String, Vec<MapNode>, Vec<MapEdge>, LayoutParams)> {
        let mut cases: Vec<_> = named_graphs()
            .into_iter()
            .map(|(name, n, e)| (name, n, e, params()))
            .collect();
        let mut rng = Lcg(99);
        for seed in 0..40 {
            let n = 2 + rng.below(15) as usize;
            let m = rng.below(2 * n as u64 + 1) as usize;
            let c = 2 + rng.below(4) as usize;
            let (nodes, edges) = random_graph(1000 + seed, n, m, c);
            let p = if seed % 2 == 0 {
                params()
            } else {
                tight_params()
            };
            cases.push((format!("small{seed}"), nodes, edges, p));
        }
        cases
    }

    const EPS: f64 = 1e-6;

    /// True if the segment enters the open interior of the rectangle
    /// (Liang–Barsky clipping against the rectangle shrunk by `EPS`).
    fn segment_hits_box(a: (f64, f64), b: (f64, f64), r: &PlacedBox) -> bool {
        let (x0, y0, x1, y1) = (r.x + EPS, r.y + EPS, r.x + r.w - EPS, r.y + r.h - EPS);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - x0),
            (dx, x1 - a.0),
            (-dy, a.1 - y0),
            (dy, y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
            }
        }
        t0 < t1
    }

    #[test]
    fn no_two_boxes_overlap() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            for (i, a) in l.boxes.iter().enumerate() {
                for b in &l.boxes[i + 1..] {
                    let apart_x = a.x + a.w <= b.x + EPS || b.x + b.w <= a.x + EPS;
                    let apart_y = a.y + a.h <= b.y + EPS || b.y + b.h <= a.y + EPS;
                    assert!(apart_x || apart_y, "{name}: {} overlaps {}", a.id, b.id);
                    if a.column == b.column {
                        let gap = (b.y - (a.y + a.h)).max(a.y - (b.y + b.h));
                        assert!(
                            gap >= p.vertical_gap - EPS,
                            "{name}: {} too close to {}",
                            a.id,
                            b.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_edge_is_drawn_from_right_side_to_left_side() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            assert_eq!(l.edges.len(), edges.len(), "{name}");
            let by_id: HashMap<&str, &PlacedBox> =
                l.boxes.iter().map(|b| (b.id.as_str(), b)).collect();
            for (input, routed) in edges.iter().zip(&l.edges) {
                assert_eq!((&input.from, &input.to), (&routed.from, &routed.to));
                assert!(routed.points.len() >= 2);
                let (s, t) = (by_id[input.from.as_str()], by_id[input.to.as_str()]);
                let first = routed.points[0];
                let last = routed.points[routed.points.len() - 1];
                assert!((first.0 - (s.x + s.w)).abs() < EPS, "{name}: {input:?}");
                assert!(first.1 > s.y && first.1 < s.y + s.h, "{name}: {input:?}");
                assert!((last.0 - t.x).abs() < EPS, "{name}: {input:?}");
                assert!(last.1 > t.y && last.1 < t.y + t.h, "{name}: {input:?}");
                // Left to right throughout.
                for w in routed.points.windows(2) {
                    assert!(w[1].0 >= w[0].0 - EPS, "{name}: {input:?} goes back");
                }
            }
        }
    }

    #[test]
    fn no_edge_passes_through_a_foreign_box() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            for e in &l.edges {
                for b in &l.boxes {
                    if b.id == e.from || b.id == e.to {
                        continue;
                    }
                    for w in e.points.windows(2) {
                        assert!(
                            !segment_hits_box(w[0], w[1], b),
                            "{name}: {} → {} passes through {}",
                            e.from,
                            e.to,
                            b.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn segment_box_test_detects_hits() {
        let b = PlacedBox {
            id: "B".into(),
            column: 0,
            x: 10.0,
            y: 10.0,
            w: 10.0,
            h: 10.0,
        };
        assert!(segment_hits_box((0.0, 0.0), (30.0, 30.0), &b));
        assert!(segment_hits_box((0.0, 15.0), (30.0, 15.0), &b));
        assert!(!segment_hits_box((0.0, 10.0), (30.0, 10.0), &b));
        assert!(!segment_hits_box((0.0, 0.0), (30.0, 5.0), &b));
        assert!(!segment_hits_box((20.0, 15.0), (30.0, 15.0), &b));
    }

    #[test]
    fn attachment_points_are_spread() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            let mut starts: Vec<(f64, f64)> = l.edges.iter().map(|e| e.points[0]).collect();
            let mut ends: Vec<(f64, f64)> =
                l.edges.iter().map(|e| *e.points.last().unwrap()).collect();
            for pts in [&mut starts, &mut ends] {
                pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
                for w in pts.windows(2) {
                    assert!(w[0] != w[1], "{name}: two arrows share {:?}", w[0]);
                }
            }
        }
    }

    #[test]
    fn reported_crossings_match_the_drawing() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            assert_eq!(count_crossings(&l), l.crossings, "{name}");
        }
    }

    #[test]
    fn known_planar_graph_gets_zero_crossings() {
        let (nodes, edges) = planar_scrambled();
        // The scrambled input order itself is tangled.
        let (sizes, mut pos) = (HashMap::<usize, usize>::new(), HashMap::new());
        let mut sizes = sizes;
        for n in &nodes {
            let c = sizes.entry(n.column).or_insert(0);
            pos.insert(n.id.clone(), *c);
            *c += 1;
        }
        let mut tangled = 0;
        for (i, a) in edges.iter().enumerate() {
            for b in &edges[i + 1..] {
                let col = |id: &str| nodes.iter().find(|n| n.id == id).unwrap().column;
                if col(&a.from) == col(&b.from) && col(&a.to) == col(&b.to) {
                    let (a0, a1) = (pos[&a.from], pos[&a.to]);
                    let (b0, b1) = (pos[&b.from], pos[&b.to]);
                    if (a0 < b0 && a1 > b1) || (a0 > b0 && a1 < b1) {
                        tangled += 1;
                    }
                }
            }
        }
        assert!(tangled > 0, "scramble should tangle the input order");
        let l = layout(&nodes, &edges, &params()).unwrap();
        assert_eq!(l.crossings, 0);
        assert_eq!(count_crossings(&l), 0);
    }

    fn permutations(items: &[usize]) -> Vec<Vec<usize>> {
        if items.len() <= 1 {
            return vec![items.to_vec()];
        }
        let mut out = Vec::new();
        for i in 0..items.len() {
            let mut rest = items.to_vec();
            let first = rest.remove(i);
            for mut p in permutations(&rest) {
                p.insert(0, first);
                out.push(p);
            }
        }
        out
    }

    /// The true minimum crossing count by exhaustive search (the inner layers
    /// are enumerated, the outer two optimised on their own since each touches
    /// one neighbour only), or `None` if the search would be too large.
    fn exact_minimum(nodes: &[MapNode], edges: &[MapEdge]) -> Option<usize> {
        let g = build_graph(nodes, edges).unwrap();
        let n_layers = g.layer_column.len();
        let mut layers: Vec<Vec<usize>> = vec![Vec::new(); n_layers];
        for (v, &l) in g.layer.iter().enumerate() {
            layers[l].push(v);
        }
        if n_layers < 3 {
            return None;
        }
        let factorial = |k: usize| (1..=k).try_fold(1usize, |a, b| a.checked_mul(b));
        let inner = layers[1..n_layers - 1]
            .iter()
            .try_fold(1usize, |a, l| a.checked_mul(factorial(l.len())?))?;
        let outer = factorial(layers[0].len())? + factorial(layers[n_layers - 1].len())?;
        if inner > 200_000 || outer > 1_000 {
            return None;
        }
        let n = g.layer.len();
        let inner_perms: Vec<Vec<Vec<usize>>> = layers[1..n_layers - 1]
            .iter()
            .map(|l| permutations(l))
            .collect();
        let firsts = permutations(&layers[0]);
        let lasts = permutations(&layers[n_layers - 1]);
        let mut best = usize::MAX;
        let mut choice = vec![0usize; inner_perms.len()];
        loop {
            let mut ls = layers.clone();
            for (k, &c) in choice.iter().enumerate() {
                ls[k + 1] = inner_perms[k][c].clone();
            }
            let pos = positions(&ls, n);
            let mid: usize = (1..n_layers - 2)
                .map(|l| layer_crossings(&g, &ls, &pos, l))
                .sum();
            if mid < best {
                let mut end = |layer: usize, upper: usize, perms: &[Vec<usize>]| {
                    perms
                        .iter()
                        .map(|p| {
                            ls[layer] = p.clone();
                            layer_crossings(&g, &ls, &positions(&ls, n), upper)
                        })
                        .min()
                        .unwrap_or(0)
                };
                let total = mid + end(0, 0, &firsts) + end(n_layers - 1, n_layers - 2, &lasts);
                best = best.min(total);
            }
            // Next combination of inner permutations.
            let mut k = 0;
            loop {
                if k == choice.len() {
                    return Some(best);
                }
                choice[k] += 1;
                if choice[k] < inner_perms[k].len() {
                    break;
                }
                choice[k] = 0;
                k += 1;
            }
        }
    }

    #[test]
    fn forflytning_crossing_count() {
        for (name, nodes, edges) in named_graphs() {
            let l = layout(&nodes, &edges, &params()).unwrap();
            let optimum = exact_minimum(&nodes, &edges);
            println!(
                "{name}: {} nodes, {} links, {} crossings (exact minimum {}), scale {:.3}",
                nodes.len(),
                edges.len(),
                l.crossings,
                optimum.map_or("not computed".to_string(), |o| o.to_string()),
                l.scale
            );
            if let Some(o) = optimum {
                assert!(l.crossings >= o, "{name}: below the minimum?");
            }
            if name == "forflytning" {
                assert_eq!(Some(l.crossings), optimum, "heuristic misses the optimum");
            }
        }
    }

    #[test]
    fn layout_is_deterministic() {
        for (name, nodes, edges, p) in cases() {
            let a = layout(&nodes, &edges, &p).unwrap();
            let b = layout(&nodes, &edges, &p).unwrap();
            assert_eq!(a, b, "{name}");
        }
    }

    #[test]
    fn fits_the_area_or_reports_a_scale() {
        for (name, nodes, edges, p) in cases() {
            let l = layout(&nodes, &edges, &p).unwrap();
            assert!(l.scale > 0.0 && l.scale <= 1.0, "{name}");
            assert!(l.scale * l.width <= p.area_width * (1.0 + 1e-9), "{name}");
            assert!(l.scale * l.height <= p.area_height * (1.0 + 1e-9), "{name}");
            for b in &l.boxes {
                assert!(b.x >= -EPS && b.x + b.w <= l.width + EPS, "{name}");
                assert!(b.y >= -EPS && b.y + b.h <= l.height + EPS, "{name}");
            }
        }
        // A small map fits without shrinking; a tall column forces a scale.
        let (nodes, edges) = forflytning();
        assert_eq!(layout(&nodes, &edges, &params()).unwrap().scale, 1.0);
        let tall: Vec<MapNode> = (0..30)
            .map(|i| node(&format!("G{i}"), 0, 100.0, 40.0))
            .collect();
        let l = layout(&tall, &[], &params()).unwrap();
        assert!(l.scale < 1.0);
        assert!((l.scale * l.height - 500.0).abs() < 1e-6);
    }

    #[test]
    fn empty_columns_are_collapsed_and_sparse_indices_work() {
        let nodes = vec![
            node("L1", 0, 100.0, 30.0),
            node("G1", 7, 100.0, 30.0),
            node("M1", 1_000_000_000, 100.0, 30.0),
        ];
        let edges = vec![edge("L1", "G1"), edge("G1", "M1"), edge("L1", "M1")];
        let l = layout(&nodes, &edges, &params()).unwrap();
        assert_eq!(l.columns.len(), 3);
        assert_eq!(
            l.columns.iter().map(|c| c.column).collect::<Vec<_>>(),
            vec![0, 7, 1_000_000_000]
        );
        assert_eq!(l.crossings, 0);
        // L1 → M1 passes column 7 beside G1, horizontally.
        assert_eq!(l.edges[2].points.len(), 4);
    }

    #[test]
    fn empty_graph_gives_empty_layout() {
        let l = layout(&[], &[], &params()).unwrap();
        assert!(l.boxes.is_empty() && l.edges.is_empty() && l.columns.is_empty());
        assert_eq!((l.crossings, l.scale), (0, 1.0));
        assert_eq!(count_crossings(&l), 0);
    }

    #[test]
    fn single_box_is_centred() {
        let l = layout(&[node("M1", 3, 100.0, 40.0)], &[], &params()).unwrap();
        let b = &l.boxes[0];
        assert!(
            (b.x - 335.0).abs() < EPS && (b.y - 230.0).abs() < EPS,
            "{b:?}"
        );
    }

    #[test]
    fn malformed_input_is_an_error() {
        let nodes = vec![
            node("L1", 0, 100.0, 30.0),
            node("F1", 1, 100.0, 30.0),
            node("F2", 1, 100.0, 30.0),
        ];
        let p = params();
        assert!(matches!(
            layout(&nodes, &[edge("L1", "X9")], &p),
            Err(LayoutError::UnknownNode { id, .. }) if id == "X9"
        ));
        assert!(matches!(
            layout(&nodes, &[edge("Y1", "F1")], &p),
            Err(LayoutError::UnknownNode { id, .. }) if id == "Y1"
        ));
        assert!(matches!(
            layout(&nodes, &[edge("F1", "F2")], &p),
            Err(LayoutError::EdgeNotForward { .. })
        ));
        assert!(matches!(
            layout(&nodes, &[edge("F1", "L1")], &p),
            Err(LayoutError::EdgeNotForward { .. })
        ));
        assert!(matches!(
            layout(&nodes, &[edge("F1", "F1")], &p),
            Err(LayoutError::EdgeNotForward { .. })
        ));
        assert!(matches!(
            layout(&nodes, &[edge("L1", "F1"), edge("L1", "F1")], &p),
            Err(LayoutError::DuplicateEdge { .. })
        ));
        let dup = vec![node("L1", 0, 100.0, 30.0), node("L1", 1, 100.0, 30.0)];
        assert!(matches!(
            layout(&dup, &[], &p),
            Err(LayoutError::DuplicateNode { .. })
        ));
        for (w, h) in [
            (0.0, 10.0),
            (10.0, -1.0),
            (f64::NAN, 10.0),
            (10.0, f64::INFINITY),
            (f64::MAX, 10.0),
        ] {
            assert!(matches!(
                layout(&[node("A", 0, w, h)], &[], &p),
                Err(LayoutError::InvalidNodeSize { .. })
            ));
        }
        for bad in [0.0, -5.0, f64::NAN, f64::INFINITY, 1e300] {
            for which in 0..4 {
                let mut q = p;
                match which {
                    0 => q.column_gap = bad,
                    1 => q.vertical_gap = bad,
                    2 => q.area_width = bad,
                    _ => q.area_height = bad,
                }
                assert!(matches!(
                    layout(&nodes, &[], &q),
                    Err(LayoutError::InvalidParameter { .. })
                ));
            }
        }
        // Errors explain themselves.
        let msg = layout(&nodes, &[edge("F1", "L1")], &p)
            .unwrap_err()
            .to_string();
        assert!(msg.contains("F1 → L1"), "{msg}");
    }

    #[test]
    fn isolated_and_extreme_boxes_do_not_panic() {
        let nodes = vec![
            node("A", 0, 1e-9, 1e-9),
            node("B", 0, 1e6, 1e6),
            node("C", 2, 50.0, 50.0),
            node("D", 2, 50.0, 50.0),
        ];
        let l = layout(&nodes, &[edge("A", "C")], &params()).unwrap();
        assert!(l.scale < 1.0);
        assert!(l.edges[0].points.len() >= 2);
    }
}
