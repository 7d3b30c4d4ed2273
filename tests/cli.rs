//! The command line as a user meets it: exit codes, messages, and files left alone on failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gevinst(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh folder holding `plan.yaml` with `text`.
fn folder(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    std::fs::write(&plan, text).unwrap();
    (dir, plan)
}

const VALID: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\ngoals:\n  - {id: M1, title: Mål}\nbenefits:\n  - {id: G1, title: Gevinst, goals: [M1]}\n";

#[test]
fn malformed_yaml_gives_file_line_col_and_writes_nothing() {
    let (dir, _) = folder("project:\n  title: [unclosed\n  period: x\n");
    let output = gevinst(&["render", "plan.yaml", "-o", "out.pdf"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let first = err.lines().next().unwrap();
    let parts: Vec<&str> = first.splitn(4, ':').collect();
    assert_eq!(parts[0], "plan.yaml", "{err}");
    assert!(
        parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
        "{err}"
    );
    assert!(!dir.path().join("out.pdf").exists());
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

#[test]
fn unknown_key_names_the_closest_valid_key() {
    let (dir, _) = folder(&VALID.replace("title: Gevinst,", "title: Gevinst, ower: x,"));
    let output = gevinst(&["render", "plan.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.starts_with("plan.yaml:7:"), "{err}");
    assert!(
        err.contains("unknown key 'ower'") && err.contains("did you mean 'owner'?"),
        "{err}"
    );
}

#[test]
fn dangling_reference_names_both_ids() {
    let (dir, _) = folder(&VALID.replace("goals: [M1]", "goals: [M9]"));
    let output = gevinst(&["check", "plan.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("plan.yaml:7:") && err.contains("benefit G1 points to goal M9"),
        "{err}"
    );
}

#[test]
fn a_failed_run_leaves_an_existing_output_untouched() {
    let (dir, plan) = folder(VALID);
    let out = dir.path().join("out.pdf");
    std::fs::write(&out, b"previous contents").unwrap();
    std::fs::write(&plan, "project: [").unwrap();
    let output = gevinst(&["render", "plan.yaml", "-o", "out.pdf"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&out).unwrap(), b"previous contents");
}

#[test]
fn render_writes_a_pdf_and_typst_that_matches() {
    let (dir, _) = folder(VALID);
    let output = gevinst(
        &[
            "render",
            "plan.yaml",
            "-o",
            "out.pdf",
            "--today",
            "2017-04-04",
            "--typst",
            "src",
        ],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let pdf = std::fs::read(dir.path().join("out.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let main = std::fs::read_to_string(dir.path().join("src/main.typ")).unwrap();
    assert!(main.contains("#import \"style.typ\""));
    assert!(dir.path().join("src/style.typ").exists());
    assert!(
        dir.path()
            .join("src/fonts/SourceSans3-Regular.ttf")
            .exists()
    );
    // No temporary files are left beside the output.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 3, "{left:?}");
}

#[test]
fn same_plan_and_date_give_identical_bytes() {
    let (dir, _) = folder(VALID);
    for out in ["a.pdf", "b.pdf"] {
        let output = gevinst(
            &["render", "plan.yaml", "-o", out, "--today", "2018-01-31"],
            dir.path(),
        );
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let a = std::fs::read(dir.path().join("a.pdf")).unwrap();
    let b = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(a == b);
}

#[test]
fn same_plan_and_source_date_epoch_give_identical_bytes_with_charts_and_map() {
    // The business-case example has every kind of page: map, tables, timeline and charts.
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/business-case.yaml");
    let dir = tempfile::tempdir().unwrap();
    for out in ["a.pdf", "b.pdf"] {
        let output = Command::new(env!("CARGO_BIN_EXE_gevinst"))
            .arg("render")
            .arg(&plan)
            .args(["-o", out])
            .current_dir(dir.path())
            // 2019-03-01 12:00 UTC.
            .env("SOURCE_DATE_EPOCH", "1551441600")
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let a = std::fs::read(dir.path().join("a.pdf")).unwrap();
    let b = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(a == b, "two runs differ");
    // The date is the epoch's, not the clock's: the XMP metadata carries 2019-03-01.
    assert!(String::from_utf8_lossy(&a).contains("2019-03-01"));
}

#[test]
fn usage_errors_exit_with_two() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(gevinst(&["render"], dir.path()).status.code(), Some(2));
    assert_eq!(
        gevinst(&["render", "x.yaml", "--only", "nothing"], dir.path())
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        gevinst(&["render", "x.yaml", "--today", "4/4-2017"], dir.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_missing_plan_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = gevinst(&["render", "missing.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr(&output).contains("missing.yaml"));
}

#[test]
fn map_alone_with_paper_flag_and_size_warning() {
    let mut plan = String::from(VALID);
    for i in 2..=70 {
        plan.push_str(&format!(
            "  - {{id: G{i}, title: Gevinst nummer {i}, goals: [M1]}}\n"
        ));
    }
    let (dir, _) = folder(&plan);
    let output = gevinst(
        &[
            "render",
            "plan.yaml",
            "--only",
            "benefit-map",
            "--paper",
            "a3",
            "-o",
            "map.pdf",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("gevinst: warning: the benefit map"), "{err}");
    let pdf = std::fs::read(dir.path().join("map.pdf")).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("1190.55"), "an A3 landscape page");
}

#[test]
fn check_reports_as_json_and_can_deny_warnings() {
    // G1 has no change behind it and is not SMART: warnings, no errors.
    let (dir, _) = folder(VALID);
    let output = gevinst(&["check", "plan.yaml", "--format", "json"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 0);
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["W202", "W301"]);
    assert_eq!(report["diagnostics"][0]["line"], 7);
    let denied = gevinst(&["check", "plan.yaml", "--deny-warnings"], dir.path());
    assert_eq!(denied.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&denied.stdout).contains("0 error(s), 2 warning(s)"));
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_quickly() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = i - 1;
        bomb.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
    }
    bomb.push_str(VALID);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for text in [bomb, deep] {
        let (dir, _) = folder(&text);
        let start = std::time::Instant::now();
        let output = gevinst(&["check", "plan.yaml"], dir.path());
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
        assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    }
}

#[test]
fn impossible_dates_for_today_are_usage_errors() {
    let (dir, _) = folder(VALID);
    let output = gevinst(
        &["render", "plan.yaml", "--today", "2023-02-29"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("28 days"), "{}", stderr(&output));
    for epoch in ["-99999999999", "99999999999999"] {
        let output = Command::new(env!("CARGO_BIN_EXE_gevinst"))
            .args(["render", "plan.yaml"])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{epoch}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn an_output_that_is_the_plan_or_no_known_format_is_refused() {
    let (dir, plan) = folder(VALID);
    for (out, needle) in [
        ("plan.yaml", "is the plan itself"),
        ("./plan.yaml", "is the plan itself"),
        ("plan.docx", "must end in .pdf, .svg or .png"),
        ("plan", "must end in .pdf, .svg or .png"),
    ] {
        let output = gevinst(&["render", "plan.yaml", "-o", out], dir.path());
        assert_eq!(output.status.code(), Some(2), "{out}");
        assert!(
            stderr(&output).contains(needle),
            "{out}: {}",
            stderr(&output)
        );
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), VALID, "{out}");
    }
    assert!(!dir.path().join("plan.docx").exists());
}

#[test]
fn an_output_in_a_missing_folder_names_the_folder() {
    let (dir, _) = folder(VALID);
    let output = gevinst(
        &["render", "plan.yaml", "-o", "nowhere/plan.pdf"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(3));
    let err = stderr(&output);
    assert!(err.contains("the folder nowhere does not exist"), "{err}");
    assert!(!err.contains(".tmp"), "{err}");
}

#[test]
fn render_says_what_it_wrote() {
    let (dir, _) = folder(VALID);
    let output = gevinst(&["render", "plan.yaml", "-o", "out.pdf"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "gevinst: wrote out.pdf\n"
    );
}
