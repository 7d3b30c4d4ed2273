//! Writing a plan: the starter of `gevinst new`, the JSON Schema of `gevinst schema`, and the
//! documents' language.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use gevinst::starter::Starter;

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

/// The keys of the plan's own objects, from the schema.
fn plan_keys() -> Vec<String> {
    let schema: serde_json::Value = serde_json::from_str(&gevinst::schema::plan_schema()).unwrap();
    let plan_types = [
        "Project",
        "Period",
        "Roles",
        "Goal",
        "GoalFollowUp",
        "Deliverable",
        "EmployeeGroup",
        "Task",
        "Change",
        "Activity",
        "Benefit",
        "Measurement",
        "MapSettings",
        "MapColours",
    ];
    let mut keys: Vec<String> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for name in plan_types {
        let properties = schema["$defs"][name]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("$defs.{name} has properties"));
        keys.extend(properties.keys().cloned());
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The keys of `keys` that no line of `text` writes.
fn missing<'a>(text: &str, keys: &'a [String]) -> Vec<&'a String> {
    keys.iter()
        .filter(|key| {
            !text.lines().any(|l| {
                l.trim_start()
                    .trim_start_matches("- ")
                    .trim_start_matches("{")
                    .starts_with(&format!("{key}:"))
            })
        })
        .collect()
}

#[test]
fn every_starter_checks_clean_and_renders() {
    for starter in Starter::ALL {
        let expected = starter.text();
        let dir = tempfile::tempdir().unwrap();
        let output = gevinst(&["new", "plan.yaml", "--model", starter.name()], dir.path());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap();
        assert_eq!(text, expected);

        let checked = gevinst::check("plan.yaml", text.as_bytes()).unwrap_or_else(|found| {
            panic!(
                "{}: {}",
                starter.name(),
                found
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        let warnings: Vec<String> = checked.warnings.iter().map(|d| d.to_string()).collect();
        assert!(warnings.is_empty(), "{}: {warnings:#?}", starter.name());
        let pdf = common::render("plan.yaml", &text, &[]);
        let pages = common::squash(&common::pages(&pdf).concat());
        assert!(pages.contains(&common::squash(&checked.plan.project.title)));
    }
}

#[test]
fn the_starters_write_every_field() {
    let keys = plan_keys();
    // The Peak starter has every key but the Implement model's own objects and the
    // assessment card, which has a starter of its own; it also shows
    // a business case (one way of writing its lines, not every alternative).
    let peak = Starter::Peak.text();
    let implement_only = ["employee_groups", "tasks", "type", "employee_group", "task"];
    // The card has a starter of its own; the logo and the measurements file are shown
    // commented out, as a starter cannot ship the planner's files (the check would refuse
    // a missing one).
    let elsewhere = ["assessment", "logo", "measurements_file"];
    assert!(
        peak.contains("\n  # logo: "),
        "the Peak starter shows the logo field"
    );
    assert!(
        peak.contains("\n# measurements_file: "),
        "the Peak starter shows the measurements file"
    );
    let missed: Vec<&String> = missing(peak, &keys)
        .into_iter()
        .filter(|k| !implement_only.contains(&k.as_str()) && !elsewhere.contains(&k.as_str()))
        .collect();
    assert!(
        missed.is_empty(),
        "keys missing from the Peak starter: {missed:?}"
    );
    assert!(peak.contains("\nbusiness_case:"));
    // The Implement starter writes those.
    let implement = Starter::Implement.text();
    let missed: Vec<&String> = missing(implement, &keys)
        .into_iter()
        .filter(|k| implement_only.contains(&k.as_str()))
        .collect();
    assert!(
        missed.is_empty(),
        "keys missing from the Implement starter: {missed:?}"
    );
    // The assessment card's starter writes every key of the card.
    let card = Starter::Vurderingskort.text();
    let card_keys = [
        "assessment",
        "problem",
        "today",
        "tomorrow",
        "benefits",
        "negative_benefits",
        "requirements",
    ]
    .map(String::from);
    let missed = missing(card, &card_keys);
    assert!(
        missed.is_empty(),
        "keys missing from the vurderingskort starter: {missed:?}"
    );
}

#[test]
fn new_never_overwrites_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    std::fs::write(&plan, "my own plan\n").unwrap();
    let output = gevinst(&["new", "plan.yaml"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), "my own plan\n");
    // Nothing else was left behind, such as a temporary file.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let output = gevinst(&["new", "plan.yaml", "--force"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&plan).unwrap(),
        Starter::Peak.text()
    );
}

#[test]
fn the_committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/gevinst.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let output = gevinst(&["schema"], Path::new(env!("CARGO_MANIFEST_DIR")));
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(printed, format!("{}\n", gevinst::schema::plan_schema()));
    assert!(
        committed == printed,
        "docs/gevinst.schema.json is out of date; regenerate it with\n  \
         cargo run -- schema > docs/gevinst.schema.json"
    );
}

#[test]
fn the_schema_describes_fields_dates_and_none() {
    let schema: serde_json::Value = serde_json::from_str(&gevinst::schema::plan_schema()).unwrap();
    let benefit = &schema["$defs"]["Benefit"];
    assert_eq!(
        benefit["additionalProperties"], false,
        "unknown keys are refused"
    );
    let required: Vec<&str> = benefit["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["id", "title"]);
    assert!(
        benefit["properties"]["owner"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("Gevinstejer")),
        "doc comments become descriptions"
    );
    assert_eq!(
        schema["$defs"]["Date"]["pattern"],
        r"^\d{4}-\d{2}(-\d{2})?$"
    );
    let change = schema["$defs"]["Change"]["properties"]["deliverables"].to_string();
    assert!(change.contains("\"none\""), "{change}");
}

/// Words only the Danish label table prints; none appears in forflytning's own text.
const DANISH_LABELS: [&str; 14] = [
    "Målemetode",
    "Gevinstejer",
    "Nødvendige",
    "Umiddelbar",
    "Hovedgevinst",
    "Foreslået",
    "Påbegyndt",
    "Færdig",
    "Midtvejsmåling",
    "Slutmåling",
    "Overordnede",
    "Sammenfatning",
    "Begrundelse",
    "Leverancer",
];

#[test]
fn lang_en_renders_an_english_edition() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/forflytning.yaml");
    let pdf = dir.path().join("en.pdf");
    let output = gevinst(
        &[
            "render",
            plan.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
            "--lang",
            "en",
            "--today",
            "2017-04-04",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let bytes = std::fs::read(&pdf).unwrap();
    let text = common::squash(&common::pages(&bytes).concat());
    for heading in [
        "Benefitsrealisationplan",
        "Benefitmap",
        "Organisationalchanges",
        "Deliverables",
        "Benefitsfollowup",
        "Benefitowner",
        "Page1of",
    ] {
        assert!(text.contains(heading), "no '{heading}'");
    }
    // The plan's date 2017-04-04 and G1's target 2433 in English formats.
    assert!(text.contains("4April2017"), "no English date");
    assert!(text.contains("2,433"), "no English number");
    assert!(!text.contains("2.433"), "a Danish number");
    for word in DANISH_LABELS {
        assert!(
            !text.contains(&common::squash(word)),
            "Danish label '{word}'"
        );
    }
    // Typst's language, for hyphenation and the PDF's /Lang.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("/Lang (en)") || raw.contains("/Lang(en)"),
        "PDF /Lang is not en"
    );
}
