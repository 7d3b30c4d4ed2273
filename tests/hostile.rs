//! Input no one means to give: odd bytes, odd types, impossible values and huge plans. Each
//! gets a message naming the place and the problem, and exit code 1, never a panic or a hang.

use std::path::Path;
use std::process::{Command, Output};

const VALID: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\ngoals:\n  - {id: M1, title: Mål}\nbenefits:\n  - {id: G1, title: Gevinst, goals: [M1]}\n";

/// Runs `gevinst check` on `bytes` and returns the output.
fn check(bytes: &[u8]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), bytes).unwrap();
    run(&["check", "plan.yaml"], dir.path())
}

fn run(args: &[&str], dir: &Path) -> Output {
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

/// Asserts exit code 1 and that stderr has every one of `needles`.
fn refused(output: &Output, needles: &[&str]) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    }
    assert!(
        !err.contains("panicked") && !err.contains("internal error"),
        "{err}"
    );
}

#[test]
fn a_control_character_is_named_with_its_place() {
    let text = VALID.replace("title: Gevinst", "title: \"Gev\\u0007inst\"");
    refused(&check(text.as_bytes()), &["plan.yaml:7:", "E005", "U+0007"]);
}

#[test]
fn invalid_utf8_points_at_the_byte() {
    let mut bytes = VALID.as_bytes().to_vec();
    // Line 2 is "  title: T"; the T (column 10) becomes a lone continuation byte.
    let at = VALID.find("T\n").unwrap();
    bytes[at] = 0x80;
    refused(&check(&bytes), &["plan.yaml:2:10:", "not valid UTF-8"]);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read_as_usual() {
    let text = format!("\u{feff}{}", VALID.replace('\n', "\r\n"));
    let output = check(text.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // Positions still count lines, not carriage returns: G1 is on line 7.
    let broken = text.replace("goals: [M1]}", "goals: [M9]}");
    refused(&check(broken.as_bytes()), &["plan.yaml:7:", "goal M9"]);
}

#[test]
fn tab_indentation_is_refused_with_its_line() {
    let text = VALID.replace("  title: T", "\ttitle: T");
    refused(&check(text.as_bytes()), &["plan.yaml:2:", "tab"]);
}

#[test]
fn a_tab_inside_a_value_is_text() {
    let text = VALID.replace("title: Gevinst", "title: \"Gev\\tinst\"");
    let output = check(text.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_number_where_text_is_expected_is_taken_as_text() {
    // A title of 2017 or a version of 1.10 is the text the planner typed.
    let text = VALID.replace("title: Gevinst", "title: 2017");
    let output = check(text.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn text_where_a_number_is_expected_names_the_field() {
    let text = VALID.replace(
        "  - {id: G1, title: Gevinst, goals: [M1]}\n",
        "  - id: G1\n    title: Gevinst\n    goals: [M1]\n    measurements:\n      - {kind: final, date: 2018-01-01, value: \"fire\"}\n",
    );
    assert_ne!(text, VALID);
    refused(
        &check(text.as_bytes()),
        &[
            "plan.yaml:11:48:",
            "benefits[0].measurements[0].value",
            "found the text 'fire'",
        ],
    );
}

#[test]
fn an_infinite_target_is_refused() {
    let text = VALID.replace("goals: [M1]}", "goals: [M1], target: .inf}");
    refused(
        &check(text.as_bytes()),
        &["plan.yaml:7:", "E017", "benefits[0].target", "finite"],
    );
}

#[test]
fn a_nan_baseline_is_refused() {
    let text = VALID.replace("goals: [M1]}", "goals: [M1], baseline: .nan}");
    refused(&check(text.as_bytes()), &["E017", "benefits[0].baseline"]);
}

#[test]
fn an_infinite_measurement_is_refused() {
    let text = format!(
        "{}\n    measurements:\n      - {{kind: final, date: 2018-01-01, value: -.inf}}\n",
        VALID.trim_end().replace(
            "{id: G1, title: Gevinst, goals: [M1]}",
            "id: G1\n    title: Gevinst\n    goals: [M1]"
        )
    );
    refused(
        &check(text.as_bytes()),
        &["E017", "benefits[0].measurements[0].value"],
    );
}

#[test]
fn an_impossible_date_says_why() {
    let text = VALID.replace("end: 2018-06", "end: 2017-02-30");
    refused(
        &check(text.as_bytes()),
        &["plan.yaml:3:", "project.period.end", "28 days"],
    );
}
