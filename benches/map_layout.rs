//! Benchmark for the benefit-map layout: 60 boxes and 120 links must lay out
//! in under 10 ms in release. Plain `std::time::Instant` timing (no criterion):
//! run `cargo bench --bench map_layout`; it prints the median of many runs.

use gevinst::map_layout::{LayoutParams, MapEdge, MapNode, layout};
use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

const NODES: usize = 60;
const LINKS: usize = 120;
const COLUMNS: usize = 5;
const RUNS: usize = 201;
const BUDGET: Duration = Duration::from_millis(10);

/// Deterministic pseudo-random numbers (Knuth's MMIX LCG), so every run
/// measures the same map.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A map shaped like a large plan: 60 boxes over five columns, 120 links,
/// mostly to the next column and some skipping one or more columns.
fn map() -> (Vec<MapNode>, Vec<MapEdge>) {
    let mut rng = Lcg(2024);
    let nodes: Vec<MapNode> = (0..NODES)
        .map(|i| MapNode {
            id: format!("N{i}"),
            column: i * COLUMNS / NODES,
            width: 110.0 + rng.below(50) as f64,
            height: 24.0 + rng.below(30) as f64,
        })
        .collect();
    let mut edges = Vec::with_capacity(LINKS);
    let mut seen = HashSet::new();
    while edges.len() < LINKS {
        let a = rng.below(NODES as u64) as usize;
        let b = rng.below(NODES as u64) as usize;
        let (ca, cb) = (nodes[a].column, nodes[b].column);
        if ca >= cb || (cb - ca > 1 && rng.below(4) != 0) || !seen.insert((a, b)) {
            continue;
        }
        edges.push(MapEdge {
            from: nodes[a].id.clone(),
            to: nodes[b].id.clone(),
        });
    }
    (nodes, edges)
}

fn main() {
    let (nodes, edges) = map();
    let params = LayoutParams {
        column_gap: 24.0,
        vertical_gap: 8.0,
        area_width: 770.0,
        area_height: 520.0,
    };
    let first = layout(&nodes, &edges, &params).expect("benchmark map is valid");
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(layout(black_box(&nodes), black_box(&edges), black_box(&params)).ok());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let median = times[RUNS / 2];
    println!(
        "map_layout: {NODES} nodes, {LINKS} links: median {:.3} ms over {RUNS} runs \
         (min {:.3} ms, max {:.3} ms); {} crossings, scale {:.3}; budget {} ms: {}",
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        first.crossings,
        first.scale,
        BUDGET.as_millis(),
        if median < BUDGET { "ok" } else { "TOO SLOW" }
    );
}
