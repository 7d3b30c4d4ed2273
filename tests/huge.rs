//! Huge plans: 1.000 benefits, or 5 MB of YAML, render (tables split across pages) and never
//! hang. How fast is a benchmark's business (benches/); the limit here only stops a hang.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longer than any sane run in a debug build; a run still going then hangs.
const HANG: Duration = Duration::from_secs(300);

/// A plan of `n` benefits over 100 deliverables, 200 changes and 10 goals, each benefit
/// with a description of `description` bytes.
fn plan(n: usize, description: usize) -> String {
    let mut yaml = String::from(
        "project:\n  title: Stor plan\n  period: {start: 2020-01, end: 2023-12}\ngoals:\n",
    );
    for g in 1..=10 {
        yaml += &format!("  - {{id: M{g}, title: Mål nummer {g}}}\n");
    }
    yaml += "deliverables:\n";
    for d in 1..=100 {
        yaml += &format!(
            "  - {{id: L{d}, title: Leverance {d}, status: started, start: 2020-02, end: 2021-06}}\n"
        );
    }
    yaml += "changes:\n";
    for c in 1..=200 {
        yaml += &format!(
            "  - {{id: F{c}, title: Forandring {c}, deliverables: [L{}]}}\n",
            c % 100 + 1
        );
    }
    yaml += "benefits:\n";
    let words = "Lang beskrivelse af gevinsten. ".repeat(description / 31 + 1);
    for b in 1..=n {
        yaml += &format!(
            "  - id: G{b}\n    title: Gevinst {b} om frigjort tid\n    description: {}\n    owner: Leder {}\n    unit: timer pr. uge\n    baseline: {b}\n    target: {}\n    measurement_method: Tælling\n    start: 2021-07\n    end: 2023-06\n    certainty: medium\n    changes: [F{}]\n    goals: [M{}]\n",
            words.trim_end(),
            b % 17,
            2 * b,
            b % 200 + 1,
            b % 10 + 1,
        );
    }
    yaml
}

/// Renders `yaml` with the binary; panics if it runs longer than [`HANG`].
fn render(yaml: &str, dir: &Path, args: &[&str]) -> std::process::Output {
    std::fs::write(dir.join("plan.yaml"), yaml).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args([
            "render",
            "plan.yaml",
            "-o",
            "plan.pdf",
            "--today",
            "2022-01-01",
        ])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > HANG {
            child.kill().unwrap();
            panic!("render still running after {HANG:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

fn pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).unwrap().get_pages().len()
}

#[test]
fn a_plan_of_a_thousand_benefits_renders_with_every_benefit() {
    let dir = tempfile::tempdir().unwrap();
    let output = render(&plan(1000, 40), dir.path(), &[]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{err}");
    // The map cannot hold 1.000 boxes legibly, and says so.
    assert!(err.contains("benefit map is too large"), "{err}");
    let pdf = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    for n in [1, 500, 1000] {
        assert!(
            text.contains(&format!("Gevinst {n} om frigjort tid")),
            "G{n}"
        );
    }
    // One realisation-plan row per benefit cannot fit fewer than a page per few dozen rows.
    assert!(pages(&pdf) > 1000 / 40, "{} pages", pages(&pdf));
}

#[test]
fn a_five_megabyte_plan_renders() {
    let yaml = plan(1000, 5000);
    assert!(yaml.len() > 5_000_000, "{} bytes", yaml.len());
    let dir = tempfile::tempdir().unwrap();
    let output = render(&yaml, dir.path(), &["--only", "realisation-plan,benefits"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = std::fs::read(dir.path().join("plan.pdf")).unwrap();
    // Each benefit's 5.000-character description is more than a third of a landscape page
    // in the realisation plan and again in the benefits list, so there are over 1.000 pages.
    assert!(pages(&pdf) > 1000, "{} pages", pages(&pdf));
}
