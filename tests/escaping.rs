//! User text is data: every string, whatever it holds, comes out of the PDF as written.
//!
//! For each string of a hostile corpus, a plan is built with that string (plus a tag naming
//! the field) in every text field of the format; the rendered PDF's text must contain every
//! tagged value verbatim.

mod common;

use serde_json::json;

/// Strings that mean something to Typst, to minijinja, to YAML or to a PDF reader.
const CORPUS: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "<1%",
    "*not bold*",
    "$x$",
    "@ref",
    "\\",
    "\"",
    "]",
    "//",
    "/* */",
    "{{ 7*7 }} {% if x %}",
    "#set text(red) ] ) } #panic()",
    "_u_ `raw` <label> = h",
    "🚀👍 æøåÆØÅ",
];

/// A plan with `text`, tagged per field, in every text field. Returns the YAML and the values.
fn hostile_plan(text: &str) -> (String, Vec<String>) {
    let mut values = Vec::new();
    let mut v = || {
        let value = format!("{text}|f{}|", values.len());
        values.push(value.clone());
        value
    };
    let plan = json!({
        "project": {
            "title": v(), "subtitle": v(), "organisation": v(), "unit": v(), "version": v(),
            "purpose": v(), "date": "2017-04-04",
            "period": {"start": "2017-03", "end": "2018-06"},
            "roles": {"project_manager": v(), "benefit_owner": v(), "change_leader": v()},
        },
        "goals": [{"id": "M1", "title": v(), "description": v()}],
        "deliverables": [{
            "id": "L1", "title": v(), "justification": v(), "responsible": v(),
            "activities": [v()], "schedule": v(), "status": "started",
        }],
        "changes": [{
            "id": "F1", "title": v(), "responsible": v(), "deliverables": ["L1"],
            "activities": [{"what": v(), "when": v(), "who": v()}],
        }],
        "benefits": [{
            "id": "G1", "title": v(), "description": v(), "justification": v(), "unit": v(),
            "baseline": v(), "target": v(), "measurement_method": v(), "owner": v(),
            "experienced_by": v(), "changes": ["F1"], "activities": v(),
            "prerequisites": v(), "goals": ["M1"], "start": "2017-06", "end": "2018-06",
            "certainty": "high",
            "measurements": [{"kind": "baseline", "date": "2017-04-01", "value": 3, "comment": v()}],
        }],
    });
    // JSON is YAML: the plan is written as JSON so that every string is quoted correctly.
    (serde_json::to_string_pretty(&plan).unwrap(), values)
}

#[test]
fn hostile_text_renders_verbatim_in_every_field() {
    for text in CORPUS {
        let (yaml, values) = hostile_plan(text);
        let pdf = common::render("hostile.yaml", &yaml, &[]);
        let all = common::squash(&common::pages(&pdf).concat());
        for value in &values {
            assert!(
                all.contains(&common::squash(value)),
                "{value:?} is missing from the PDF's text:\n{all}"
            );
        }
    }
}

#[test]
fn the_title_is_the_pdf_title_verbatim() {
    let (yaml, values) = hostile_plan("#read(\"/etc/passwd\") æøå");
    let pdf = common::render(
        "hostile.yaml",
        &yaml,
        &[gevinst::documents::Document::Summary],
    );
    let raw = String::from_utf8_lossy(&pdf);
    // The XMP metadata carries the title as XML text.
    let title = values[0].replace('"', "&quot;");
    assert!(
        raw.contains(&title) || raw.contains(&values[0]),
        "title {:?} not in the metadata",
        values[0]
    );
}
