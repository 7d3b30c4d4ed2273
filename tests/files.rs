//! Files a plan refers to (its logo) come from the plan's folder and nowhere else.

mod common;

use std::path::Path;

use common::gevinst;

/// A valid PNG of one transparent pixel.
const PNG: [u8; 70] = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0xf8, 0xcf, 0x50,
    0x0f, 0x00, 0x03, 0x86, 0x01, 0x80, 0x5a, 0x34, 0x7d, 0x6b, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// A folder `plan/` with a card whose logo is `logo`, a `logo.png` beside the plan and a
/// `secret.png` outside its folder.
fn setup(logo: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    std::fs::write(plan.join("logo.png"), PNG).unwrap();
    std::fs::write(dir.path().join("secret.png"), PNG).unwrap();
    let yaml = format!(
        "project:\n  title: Idé\n  organisation: Eksempel Kommune\n  logo: {logo}\nassessment:\n  problem: P\n  today: [a]\n  tomorrow: [b]\n  benefits: [c]\n  requirements: [d]\n"
    );
    std::fs::write(plan.join("card.yaml"), yaml).unwrap();
    dir
}

#[test]
fn a_logo_in_the_plans_folder_is_drawn_with_alt_text() {
    let dir = setup("logo.png");
    // Run from the folder above, so the logo is found beside the plan, not the current folder.
    let output = gevinst(&["render", "plan/card.yaml", "-o", "card.pdf"], dir.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = std::fs::read(dir.path().join("card.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .count();
    assert!(images >= 1, "no image in the PDF");
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("Logo: Eksempel Kommune"), "no alt text");
}

#[test]
fn a_logo_outside_the_plans_folder_is_refused_and_nothing_is_written() {
    let dir = setup("x");
    let outside = dir.path().join("secret.png").display().to_string();
    for logo in [
        "../secret.png",
        "sub/../../secret.png",
        outside.as_str(),
        "/etc/passwd",
    ] {
        let dir = setup(logo);
        let output = gevinst(&["render", "plan/card.yaml", "-o", "card.pdf"], dir.path());
        assert_eq!(output.status.code(), Some(1), "{logo}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(
            err.starts_with("plan/card.yaml:4:9: error[E050]: project.logo:")
                && err.contains("outside the plan's folder"),
            "{logo}: {err}"
        );
        assert!(!dir.path().join("card.pdf").exists());
    }
}

#[test]
fn a_missing_logo_is_an_error_naming_the_path() {
    let dir = setup("logo-2024.png");
    let output = gevinst(&["check", "plan/card.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("error[E051]") && err.contains("logo-2024.png does not exist"),
        "{err}"
    );
}

#[test]
fn a_logo_that_is_no_image_is_refused() {
    let dir = setup("card.yaml");
    let output = gevinst(&["check", "plan/card.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("error[E052]") && err.contains("not a PNG"),
        "{err}"
    );
}

/// A folder `plan/` with the forflytning example naming `file` as its measurements file,
/// the example's measurements beside it and a copy outside the folder.
fn measured(file: &str) -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    let csv = std::fs::read(root.join("forflytning-maalinger.csv")).unwrap();
    std::fs::write(plan.join("maalinger.csv"), &csv).unwrap();
    std::fs::write(dir.path().join("maalinger.csv"), &csv).unwrap();
    let yaml = std::fs::read_to_string(root.join("forflytning.yaml")).unwrap();
    std::fs::write(
        plan.join("plan.yaml"),
        format!("{yaml}\nmeasurements_file: {file}\n"),
    )
    .unwrap();
    dir
}

#[test]
fn a_measurements_file_beside_the_plan_is_read_as_with_the_flag() {
    let dir = measured("maalinger.csv");
    let args = ["--only", "follow-up", "--today", "2018-01-15"];
    let output = gevinst(
        &[&["render", "plan/plan.yaml", "-o", "named.pdf"], &args[..]].concat(),
        dir.path(),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The same plan without the field, with the file given on the command line instead.
    let yaml = std::fs::read_to_string(dir.path().join("plan/plan.yaml")).unwrap();
    let without = yaml.replace("\nmeasurements_file: maalinger.csv\n", "\n");
    std::fs::write(dir.path().join("plan/bare.yaml"), without).unwrap();
    let output = gevinst(
        &[
            &["render", "plan/bare.yaml", "-o", "flag.pdf"],
            &args[..],
            &["--measurements", "plan/maalinger.csv"],
        ]
        .concat(),
        dir.path(),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = |name: &str| {
        pdf_extract::extract_text_from_mem(&std::fs::read(dir.path().join(name)).unwrap()).unwrap()
    };
    let named = text("named.pdf");
    // G1's measurement of 20 November 2017 from the file is in the report.
    assert!(
        named.contains("1.050,5"),
        "the file's measurement is missing"
    );
    assert_eq!(named, text("flag.pdf"));
}

#[test]
fn a_measurements_file_outside_the_plans_folder_is_refused() {
    let dir = measured("../maalinger.csv");
    let output = gevinst(&["check", "plan/plan.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("error[E050]: measurements_file: ../maalinger.csv is outside"),
        "{err}"
    );
    let dir = measured("maalinger-2018.csv");
    let output = gevinst(&["render", "plan/plan.yaml", "-o", "x.pdf"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("error[E051]: measurements_file: maalinger-2018.csv does not exist"),
        "{err}"
    );
    assert!(!dir.path().join("x.pdf").exists());
}
