//! The follow-up report and its measurements file (`--measurements file.csv`): every CSV
//! code (E040–E047, W105) with its position and hint, how rows combine with the plan's own
//! measurements, and the report as rendered. The rules harness (`tests/rules.rs`) counts a
//! code as covered when this file tests it with `expect_code`.

mod common;

use std::path::Path;

use common::gevinst;

use gevinst::date::Date;
use gevinst::diagnostic::{Diagnostic, Severity};
use gevinst::follow_up::{self, Status};
use gevinst::i18n::Texts;
use gevinst::measurement_file::apply;
use gevinst::model::Model;
use gevinst::plan::{Lang, MeasurementKind, Plan};

/// A plan with two benefits: G1 from 0 to 2433 hours over May 2017 – June 2018 with a
/// planned midway measurement in November and a measured final in May, and G2 on a 1–5 scale.
const PLAN: &str = "project:
  title: Opfølgning
  period: {start: 2017-03, end: 2018-06}
goals:
  - {id: M1, title: Mål}
benefits:
  - id: G1
    title: Timer
    baseline: 0
    target: 2433
    start: 2017-05
    end: 2018-06
    goals: [M1]
    measurements:
      - {kind: baseline, date: 2017-04, value: 0}
      - {kind: midway, date: 2017-11}
      - {kind: final, date: 2018-05, value: 2400}
  - id: G2
    title: Skala
    baseline: 3.4
    target: 2.4
    start: 2017-04
    end: 2018-06
    goals: [M1]
";

fn plan() -> Plan {
    gevinst::check("plan.yaml", PLAN.as_bytes())
        .ok()
        .unwrap()
        .plan
}

fn today() -> Date {
    Date::parse("2018-01-15").unwrap()
}

/// Applies `csv` to the plan: the merged plan, or the diagnostics.
fn run(csv: &[u8]) -> Result<(Plan, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut plan = plan();
    let warnings = apply("m.csv", csv, &mut plan, today())?;
    Ok((plan, warnings))
}

/// The one diagnostic `csv` gives must have `code`, point at `line:column` and say `text`.
fn expect_code(csv: &str, code: &str, line: usize, column: usize, text: &str) -> Diagnostic {
    let found = match run(csv.as_bytes()) {
        Ok((_, warnings)) => warnings,
        Err(found) => found,
    };
    assert_eq!(found.len(), 1, "{csv:?}: {found:#?}");
    let d = found.into_iter().next().unwrap();
    assert_eq!(d.code, code, "{d}");
    let shown = d.to_string();
    assert!(
        shown.starts_with(&format!("m.csv:{line}:{column}: ")),
        "{shown}"
    );
    assert!(shown.contains(text), "{shown}");
    d
}

#[test]
fn e040_an_empty_file_or_an_unclosed_quote() {
    expect_code("", "E040", 1, 1, "the file is empty");
    expect_code(
        "gevinst;dato;værdi\nG1;2017-11;\"12\n",
        "E040",
        2,
        12,
        "never closed",
    );
}

#[test]
fn e041_the_header_names_the_nearest_column() {
    let d = expect_code(
        "gevinst;dato;værdy\n",
        "E041",
        1,
        14,
        "unknown column 'værdy'",
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean 'værdi'?"));
    expect_code("gevinst;dato\n", "E041", 1, 9, "no column 'value' (værdi)");
    expect_code("gevinst;dato;dato;værdi\n", "E041", 1, 14, "comes twice");
}

#[test]
fn e042_a_decimal_comma_in_a_comma_file() {
    // "3,4" splits into two fields in a comma-separated file: the extra field starts at
    // column 17 ("G1,2017-11-20,3," is 16 characters).
    let d = expect_code(
        "benefit,date,value\nG1,2017-11-20,3,4\n",
        "E042",
        2,
        17,
        "4 fields, but the header has 3 columns",
    );
    assert!(d.hint.unwrap().contains("decimals with a point"));
}

#[test]
fn e043_an_unknown_benefit_names_the_nearest() {
    let d = expect_code(
        "gevinst;dato;værdi\nG11;2017-11;900\n",
        "E043",
        2,
        1,
        "benefit G11 does not exist",
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean G1?"));
}

#[test]
fn e044_a_danish_excel_date_gets_advice() {
    let d = expect_code(
        "gevinst;dato;værdi\nG1;20-11-2017;900\n",
        "E044",
        2,
        4,
        "'20-11-2017' is not a date",
    );
    assert!(d.hint.unwrap().contains("2017-11-20"));
}

#[test]
fn e045_a_number_in_the_wrong_format() {
    let d = expect_code(
        "gevinst;dato;værdi\nG1;2017-11;3.4\n",
        "E045",
        2,
        12,
        "'3.4' is not a number",
    );
    assert!(d.hint.unwrap().contains("3,4"));
    expect_code(
        "gevinst;dato;værdi\nG1;2017-11;\n",
        "E045",
        2,
        12,
        "neither a value nor a comment",
    );
}

#[test]
fn e046_the_file_never_overrides_the_plan() {
    // The plan's baseline in April 2017 already has a value.
    expect_code(
        "gevinst;dato;værdi\nG1;2017-04-20;5\n",
        "E046",
        2,
        4,
        "already has a measured value of G1 on 2017-04",
    );
    // Two rows for the planned November measurement.
    expect_code(
        "gevinst;dato;værdi\nG1;2017-11-20;900\nG1;2017-11;950\n",
        "E046",
        3,
        4,
        "line 2 already gives",
    );
    // Two added rows on one day.
    expect_code(
        "gevinst;dato;værdi\nG2;2017-10-16;3,1\nG2;2017-10-16;3,2\n",
        "E046",
        3,
        4,
        "line 2 already gives a measurement of G2 on 2017-10-16",
    );
}

#[test]
fn e047_an_unknown_kind() {
    let d = expect_code(
        "gevinst;dato;værdi;måling\nG2;2017-10;3,1;midwya\n",
        "E047",
        2,
        16,
        "'midwya' is not a kind",
    );
    assert!(d.hint.unwrap().contains("did you mean 'midway'?"));
}

#[test]
fn w105_a_row_after_today_is_kept_but_not_counted() {
    let d = expect_code(
        "gevinst;dato;værdi\nG2;2018-02-01;2,9\n",
        "W105",
        2,
        4,
        "dated after today (2018-01-15)",
    );
    assert_eq!(d.severity, Severity::Warning);
    let (plan, _) = run(b"gevinst;dato;v\xc3\xa6rdi\nG2;2018-02-01;2,9\n").unwrap();
    assert_eq!(plan.benefits[1].measurements.len(), 1);
    assert!(follow_up::assess(&plan.benefits[1], today()).is_none());
}

#[test]
fn a_row_fills_the_planned_measurement_of_its_month_others_are_added_as_midway() {
    // What Excel writes: a BOM, semicolons, CRLF, a decimal comma, Danish thousands.
    let csv = "\u{feff}gevinst;dato;værdi;bemærkning\r\nG1;2017-11-20;1.050,5;Tidsstudier\r\nG2;2017-10-16;3,1;\r\n;;;\r\n";
    let (plan, warnings) = run(csv.as_bytes()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let g1 = &plan.benefits[0].measurements;
    assert_eq!(g1.len(), 3, "filled, not added");
    assert_eq!(g1[1].kind, MeasurementKind::Midway);
    assert_eq!(g1[1].date, Date::parse("2017-11-20").unwrap());
    assert_eq!(g1[1].value, Some(1050.5));
    assert_eq!(g1[1].comment.as_deref(), Some("Tidsstudier"));
    let g2 = &plan.benefits[1].measurements;
    assert_eq!(g2.len(), 1);
    assert_eq!(g2[0].kind, MeasurementKind::Midway);
    assert_eq!(g2[0].value, Some(3.1));
    assert_eq!(g2[0].comment, None);
}

#[test]
fn a_comma_file_in_windows_1252_with_a_kind_column() {
    // "bemærkning" and "én" in Windows-1252 (æ = 0xE6, é = 0xE9), English numbers.
    let csv = b"benefit,date,value,kind,bem\xe6rkning\nG2,2017-04-03,3.4,baseline,f\xf8r\n";
    let (plan, _) = run(csv).unwrap();
    let m = &plan.benefits[1].measurements[0];
    assert_eq!(m.kind, MeasurementKind::Baseline);
    assert_eq!(m.value, Some(3.4));
    assert_eq!(m.comment.as_deref(), Some("før"));
}

#[test]
fn several_errors_are_all_reported_and_the_plan_is_untouched() {
    let mut plan = plan();
    let found = apply(
        "m.csv",
        b"gevinst;dato;v\xc3\xa6rdi\nG9;2017-11;1\nG1;2017-13;1\nG1;2017-11;x\n",
        &mut plan,
        today(),
    )
    .unwrap_err();
    let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E043", "E044", "E045"]);
    assert_eq!(plan.benefits[0].measurements[1].value, None);
}

#[test]
fn the_status_follows_the_merged_measurements() {
    let texts = Texts::new(Lang::Da);
    let checked = gevinst::check("plan.yaml", PLAN.as_bytes()).ok().unwrap();
    // G2: 3,4 → 2,4 over 2017-04-01 … 2018-06-30 (455 days). On 2017-10-16 (198 days in)
    // the path is at 198 / 455 = 0,435; 3,1 has come (3,1 − 3,4) / (2,4 − 3,4) = 0,30 of
    // the way: 0,135 behind, amber.
    let mut merged = gevinst::Checked {
        plan: checked.plan.clone(),
        business_case: None,
        source: checked.source,
        files: gevinst::files::Files::default(),
        warnings: Vec::new(),
    };
    apply(
        "m.csv",
        "gevinst;dato;værdi\nG2;2017-10-16;3,1\n".as_bytes(),
        &mut merged.plan,
        today(),
    )
    .unwrap();
    let model = Model::new(&merged, texts, today());
    let g2 = &model.plan.benefits[1];
    assert_eq!(follow_up::status(&model, g2), Some(Status::Behind));
    let a = follow_up::assess(g2, today()).unwrap();
    assert!((a.planned - 198.0 / 455.0).abs() < 1e-12);
    assert!((a.achievement - 0.3).abs() < 1e-12);
    assert_eq!(Status::Behind.word(texts), "Bagud");
    assert_eq!(Status::Behind.word(Texts::new(Lang::En)), "Behind");
    // G1's latest measured value is the final, 2400 on 2018-05-01, dated after today: the
    // status rests on nothing but the baseline, so there is none.
    assert_eq!(follow_up::status(&model, &model.plan.benefits[0]), None);
}

#[test]
fn the_status_symbols_are_printable() {
    for status in [Status::OnTrack, Status::Behind, Status::Critical] {
        for c in status.symbol().chars() {
            assert!(gevinst::world::printable(c), "{c} is not in the fonts");
        }
    }
}

#[test]
fn a_bad_measurements_file_exits_1_and_leaves_the_pdf_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), PLAN).unwrap();
    std::fs::write(dir.path().join("out.pdf"), b"old").unwrap();
    std::fs::write(
        dir.path().join("m.csv"),
        "gevinst;dato;værdi\nG11;2017-11;1\n",
    )
    .unwrap();
    let output = gevinst(
        &[
            "render",
            "plan.yaml",
            "-o",
            "out.pdf",
            "--measurements",
            "m.csv",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("\nm.csv:2:1: error[E043]"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("out.pdf")).unwrap(), b"old");
    let missing = gevinst(
        &[
            "render",
            "plan.yaml",
            "-o",
            "out.pdf",
            "--measurements",
            "none.csv",
        ],
        dir.path(),
    );
    assert_eq!(missing.status.code(), Some(3));
    assert_eq!(std::fs::read(dir.path().join("out.pdf")).unwrap(), b"old");
}

#[test]
fn the_example_renders_with_its_measurements() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fu.pdf");
    let output = gevinst(
        &[
            "render",
            root.join("examples/forflytning.yaml").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--only",
            "follow-up",
            "--today",
            "2018-01-15",
            "--measurements",
            root.join("examples/forflytning-maalinger.csv")
                .to_str()
                .unwrap(),
        ],
        dir.path(),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = pdf_extract::extract_text(&out).unwrap();
    // G1: 1.050,5 hours on 20 November 2017 of 2.433: 43 %; the path is at 203 / 425 days
    // = 48 %: 5 points behind, green. G3: 30 % against 44 %, amber.
    for expected in [
        "Opfølgning i drift",
        "20. november 2017: 1.050,5",
        "43 %",
        "48 %",
        "I plan",
        "Bagud",
        "Overskredne frister",
        "Til og med 2019",
    ] {
        assert!(text.contains(expected), "{expected} missing in:\n{text}");
    }
}

#[test]
fn check_reports_the_measurements_file_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), PLAN).unwrap();
    std::fs::write(
        dir.path().join("m.csv"),
        "gevinst;dato;værdi\nG1;2017-11;900\nG2;2017-13;3\n",
    )
    .unwrap();
    let output = gevinst(
        &[
            "check",
            "plan.yaml",
            "--measurements",
            "m.csv",
            "--today",
            "2018-01-15",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("\nm.csv:3:4: error[E044]"), "{err}");
    // Four warnings of the plan (W202 and W301 for each benefit) and the file's error.
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("1 error(s), 4 warning(s)"), "{out}");
}
