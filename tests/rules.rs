//! Every rule of docs/plan-format.md has a small plan in `tests/rules/` that breaks it and
//! nothing else. The plan's first line says what it must produce:
//!
//! ```text
//! # expect: warning[W204] on the line marked ← here: change F2 has no deliverables
//! ```
//!
//! and the line the diagnostic points to carries the comment `# ← here`. The plan must give
//! exactly that one diagnostic, and a documented code without a plan fails the test.

use std::collections::BTreeSet;
use std::path::Path;

use gevinst::diagnostic::{Diagnostic, Severity};

/// The codes in the table of docs/plan-format.md: rows like `| E012 | error | … |`.
fn documented_codes() -> BTreeSet<String> {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/plan-format.md"))
            .expect("docs/plan-format.md is readable");
    docs.lines()
        .filter_map(|line| {
            let mut cells = line.split('|').map(str::trim).skip(1);
            let code = cells.next()?;
            let kind = cells.next()?;
            let shaped = code.len() == 4
                && (code.starts_with('E') || code.starts_with('W'))
                && code[1..].bytes().all(|b| b.is_ascii_digit());
            (shaped && matches!(kind, "error" | "warning")).then(|| code.to_string())
        })
        .collect()
}

/// The codes of the measurements file (`--measurements`), which no plan can break: each is
/// tested in `tests/follow_up.rs` by a call `expect_code(csv, "E043", …)`.
fn measurement_file_codes() -> BTreeSet<String> {
    let tests =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/follow_up.rs"))
            .expect("tests/follow_up.rs is readable");
    tests
        .split("expect_code(")
        .skip(1)
        .filter_map(|call| {
            // The first string literal shaped like a code is the call's code.
            call.split('"')
                .find(|code| {
                    code.len() == 4
                        && (code.starts_with('E') || code.starts_with('W'))
                        && code[1..].bytes().all(|b| b.is_ascii_digit())
                })
                .map(str::to_string)
        })
        .collect()
}

/// What a rule plan's first line expects.
struct Expectation {
    severity: Severity,
    code: String,
    line: usize,
    message: String,
}

fn expectation(name: &str, text: &str) -> Expectation {
    let first = text.lines().next().unwrap_or_default();
    let rest = first
        .strip_prefix("# expect: ")
        .unwrap_or_else(|| panic!("{name}: the first line must start with '# expect: '"));
    let (head, message) = rest
        .split_once(" on the line marked ← here: ")
        .unwrap_or_else(|| {
            panic!("{name}: write '# expect: kind[CODE] on the line marked ← here: message'")
        });
    let (kind, code) = head
        .trim_end_matches(']')
        .split_once('[')
        .unwrap_or_else(|| panic!("{name}: '{head}' is not kind[CODE]"));
    let severity = match kind {
        "error" => Severity::Error,
        "warning" => Severity::Warning,
        _ => panic!("{name}: '{kind}' is neither error nor warning"),
    };
    let marked: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("# ← here"))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        marked.len(),
        1,
        "{name}: mark exactly one line with '# ← here'"
    );
    Expectation {
        severity,
        code: code.to_string(),
        line: marked[0],
        message: message.to_string(),
    }
}

#[test]
fn every_rule_has_a_plan_that_breaks_it_alone() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/rules exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        let expected = expectation(&name, &text);
        assert!(
            name.starts_with(&format!("{}-", expected.code)),
            "{name}: the file name must start with its code {}",
            expected.code
        );
        covered.insert(expected.code.clone());
        // Files the plan refers to are looked for beside it, in tests/rules.
        let found: Vec<Diagnostic> = match gevinst::check_in_folder(&name, &bytes, &dir) {
            Ok(checked) => checked.warnings,
            Err(found) => found,
        };
        let matches = |d: &Diagnostic| {
            d.code == expected.code
                && d.severity == expected.severity
                && d.position.map(|p| p.line) == Some(expected.line)
                && d.message.contains(&expected.message)
        };
        if found.len() != 1 || !matches(&found[0]) {
            failures.push(format!(
                "{name}: expected only {}[{}] on line {} containing '{}', got:\n  {}",
                if expected.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                },
                expected.code,
                expected.line,
                expected.message,
                found
                    .iter()
                    .map(|d| d.to_string().replace('\n', "\n  "))
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // W6xx are raised while the slides are laid out, not by `check`: tests/slides.rs; so is
    // W702, while the assessment card is: tests/assessment.rs.
    covered.extend(measurement_file_codes());
    let documented: BTreeSet<String> = documented_codes()
        .into_iter()
        .filter(|code| !code.starts_with("W6") && code != "W702")
        .collect();
    assert!(documented.len() > 20, "the rule table was not found");
    let untested: Vec<&String> = documented.difference(&covered).collect();
    let undocumented: Vec<&String> = covered.difference(&documented).collect();
    assert!(
        untested.is_empty() && undocumented.is_empty(),
        "documented codes without a plan in tests/rules: {untested:?}; \
         plans for codes not in docs/plan-format.md: {undocumented:?}"
    );
}
