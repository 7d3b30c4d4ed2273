//! The assessment card (vurderingskort): one page, always, for an idea alone or in a plan.

mod common;

use std::process::Command;

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The documents a plan gets without `--only`.
fn documents_of(yaml: &str) -> Vec<Document> {
    let checked = gevinst::check("plan.yaml", yaml.as_bytes()).unwrap();
    let model = Model::new(
        &checked,
        Texts::new(checked.plan.lang),
        common::TODAY.into(),
    );
    Document::all_for(&model)
}

#[test]
fn the_idea_examples_are_a_card_alone_on_one_page_with_every_point() {
    for name in ["nem-sms.yaml", "sidemandsoplaering.yaml"] {
        let yaml = example(name);
        assert_eq!(documents_of(&yaml), vec![Document::Assessment], "{name}");
        let checked = gevinst::check(name, yaml.as_bytes()).unwrap();
        assert!(
            checked.warnings.is_empty(),
            "{name}: {:?}",
            checked.warnings
        );
        let pdf = common::render(name, &yaml, &[]);
        let pages = common::pages(&pdf);
        assert_eq!(pages.len(), 1, "{name}");
        let text = common::squash(&pages[0]);
        let card = checked.plan.assessment.as_ref().unwrap();
        let points = std::iter::once(&card.problem)
            .chain(&card.today)
            .chain(&card.tomorrow)
            .chain(&card.benefits)
            .chain(&card.negative_benefits)
            .chain(&card.requirements);
        for point in points {
            assert!(text.contains(&common::squash(point)), "{name}: {point}");
        }
        assert!(text.contains("Vurderingskort"), "{name}");
        assert!(!text.contains("flere"), "{name}: nothing is left out");
    }
}

/// A card with `n` numbered points in each list, each `words` words long.
fn big_card(n: usize, words: usize) -> String {
    let point = |i: usize| format!("P{i:03}x {}", vec!["forudsætning"; words].join(" "));
    let list = |from: usize| {
        (from..from + n)
            .map(|i| format!("    - {}\n", point(i)))
            .collect::<String>()
    };
    format!(
        "project:\n  title: Stor idé\nassessment:\n  problem: {}\n  today:\n{}  tomorrow:\n{}  benefits:\n{}  requirements:\n{}",
        vec!["problem"; 600].join(" "),
        list(100),
        list(300),
        list(500),
        list(700),
    )
}

#[test]
fn a_card_too_long_for_its_page_stays_on_one_page_and_says_what_it_left_out() {
    let yaml = big_card(60, 12);
    let checked = gevinst::check("plan.yaml", yaml.as_bytes()).unwrap();
    let model = Model::new(
        &checked,
        Texts::new(checked.plan.lang),
        common::TODAY.into(),
    );
    let view = Document::Assessment.view(&model);
    // The four lists are cut, and the problem, 600 words, is cut short.
    assert_eq!(view.warnings.len(), 5, "{:#?}", view.warnings);
    assert!(view.warnings.iter().all(|w| w.starts_with("W702: ")));
    let pdf = common::render("plan.yaml", &yaml, &[]);
    let pages = common::pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = &pages[0];
    // Each list shows a prefix of its points, and its "+N flere" counts the rest.
    for from in [100, 300, 500, 700] {
        let shown = (from..from + 60)
            .take_while(|i| text.contains(&format!("P{i:03}x")))
            .count();
        assert!(shown > 0 && shown < 60, "list from {from}: {shown} shown");
        assert!(
            !text.contains(&format!("P{:03}x", from + shown)),
            "list from {from}: shown points are not a prefix"
        );
        let more = format!("+{} flere", 60 - shown);
        assert!(
            common::squash(text).contains(&common::squash(&more)),
            "list from {from}: no '{more}'"
        );
    }
    assert!(text.contains('…'), "the long problem ends in an ellipsis");
}

#[test]
fn a_plan_with_a_card_has_it_after_the_summary_and_one_pager() {
    let mut yaml = example("forflytning.yaml");
    yaml.push_str(
        "assessment:\n  problem: Forflytninger kræver to hjælpere.\n  today: [To hjælpere]\n  \
         tomorrow: [Én hjælper]\n  benefits: [Frigjort tid]\n  requirements: [Loftlifte]\n",
    );
    let documents = documents_of(&yaml);
    assert_eq!(
        &documents[..4],
        &[
            Document::Summary,
            Document::OnePager,
            Document::Assessment,
            Document::BenefitMap
        ]
    );
    let pdf = common::render(
        "plan.yaml",
        &yaml,
        &[Document::Summary, Document::Assessment],
    );
    let pages = common::pages(&pdf);
    let card = pages
        .iter()
        .rposition(|p| p.contains("Vurderingskort"))
        .expect("a page with the card");
    assert!(card >= 1 && common::squash(&pages[card]).contains("Loftlifte"));
}

#[test]
fn an_idea_has_no_other_document_to_ask_for() {
    let dir = tempfile::tempdir().unwrap();
    let plan = format!("{}/examples/nem-sms.yaml", env!("CARGO_MANIFEST_DIR"));
    let out = dir.path().join("out.pdf");
    let output = Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(["render", &plan, "--only", "benefit-map", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("nothing for --only benefit-map"), "{err}");
    assert!(!out.exists());
}

#[test]
fn the_card_speaks_english_with_lang_en() {
    let yaml = example("nem-sms.yaml").replace("lang: da", "lang: en");
    let pages = common::pages(&common::render("nem-sms.yaml", &yaml, &[]));
    let text = common::squash(&pages[0]);
    for label in ["Assessment card", "The situation today", "negative"] {
        assert!(text.contains(&common::squash(label)), "{label}");
    }
}
