//! The steering group's one-pager: always exactly one A4 page, shortened visibly ("+N
//! flere") with the warning W501 when the plan is long, complete when it is short.

mod common;

use common::{pages, render, squash};
use gevinst::documents::Document;

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR")))
        .expect("the example is readable")
}

/// The codes of a plan's warnings.
fn warning_codes(name: &str, yaml: &str) -> Vec<&'static str> {
    match gevinst::check(name, yaml.as_bytes()) {
        Ok(checked) => checked.warnings.iter().map(|d| d.code).collect(),
        Err(found) => panic!("{name} does not check: {found:?}"),
    }
}

/// A plan with one goal, one deliverable, one change and `benefits` SMART benefits named
/// B01, B02…, each with a `title`; `extra` is added to the project (indented by four).
fn plan(title: &str, purpose: &str, benefits: usize, benefit_title: &str, extra: &str) -> String {
    let mut yaml = format!(
        "project:\n  title: \"{title}\"\n  purpose: \"{purpose}\"\n  period: {{start: 2017-01, end: 2018-12}}\n{extra}\
         goals:\n  - {{id: M1, title: Økonomisk råderum}}\n\
         deliverables:\n  - {{id: L1, title: Teknologien installeret, status: done, end: 2017-02}}\n\
         changes:\n  - {{id: F1, title: Medarbejderne arbejder på en ny måde, deliverables: [L1]}}\n\
         benefits:\n"
    );
    for i in 1..=benefits {
        yaml.push_str(&format!(
            "  - {{id: B{i:02}, title: \"{benefit_title} {i}\", owner: Centerchef, unit: timer pr. uge, \
             baseline: 10, target: 5, measurement_method: Tælling, start: 2017-03, end: 2018-06, \
             certainty: high, measurement_status: running, changes: [F1], goals: [M1]}}\n"
        ));
    }
    yaml
}

/// The ids B01…B99 that the text shows.
fn shown_benefits(text: &str, all: usize) -> usize {
    (1..=all)
        .filter(|i| text.contains(&format!("B{i:02}")))
        .count()
}

#[test]
fn forty_benefits_fit_one_page_with_the_rest_counted() {
    let yaml = plan(
        "Fyrre gevinster",
        "Et projekt med mange gevinster.",
        40,
        "Mindre tid brugt på opgave",
        "",
    );
    assert!(warning_codes("forty.yaml", &yaml).contains(&"W501"));
    let pdf = render("forty.yaml", &yaml, &[Document::OnePager]);
    let text = pages(&pdf);
    assert_eq!(text.len(), 1, "the one-pager must be one page");
    let shown = shown_benefits(&text[0], 40);
    assert!((5..40).contains(&shown), "{shown} benefits shown");
    // The "+N" is what is left out, counted here from the ids on the page.
    let more = format!("+{}flere", 40 - shown);
    assert!(squash(&text[0]).contains(&more), "{more} missing");
}

#[test]
fn in_the_full_pdf_the_one_pager_is_one_page_too() {
    let yaml = plan(
        "Fyrre gevinster",
        "Et projekt med mange gevinster.",
        40,
        "Mindre tid brugt på opgave",
        "  risks: [Medarbejderne bruger ikke teknologien]\n  prerequisites: [Teknologien virker]\n",
    );
    let pdf = render("forty.yaml", &yaml, &[]);
    let text = pages(&pdf);
    let page = text
        .iter()
        .position(|p| squash(p).contains("Væsentligsterisici"))
        .expect("the one-pager is in the full PDF");
    // Its last part, the prerequisites, is on the same page as its first.
    assert!(squash(&text[page]).contains("Teknologienvirker"));
    assert!(!squash(&text[page + 1]).contains("Teknologienvirker"));
}

#[test]
fn very_long_texts_still_fit_one_page() {
    let purpose = "Borgerne skal kunne klare mere selv, og tiden skal bruges bedre. ".repeat(47);
    assert!(purpose.len() >= 3000);
    let long_title = "Forflytning og vending med én hjælper i stedet for to på alle kommunens botilbud og plejecentre med ny teknologi og nye arbejdsgange for medarbejderne og lederne i hele forvaltningen";
    assert!(long_title.chars().count() >= 180);
    let mut extra = String::from("  risks:\n");
    for i in 1..=30 {
        extra.push_str(&format!(
            "    - \"Risiko {i}: medarbejderne vender tilbage til de gamle arbejdsgange, når projektet slutter\"\n"
        ));
    }
    extra.push_str(&format!(
        "  decision: \"{}\"\n",
        "Styregruppen godkender planen. ".repeat(20)
    ));
    let yaml = plan(long_title, purpose.trim(), 12, long_title, &extra);
    assert!(warning_codes("long.yaml", &yaml).contains(&"W501"));
    for lang in ["da", "en"] {
        let yaml = format!("lang: {lang}\n{yaml}");
        let pdf = render("long.yaml", &yaml, &[Document::OnePager]);
        let text = pages(&pdf);
        assert_eq!(text.len(), 1, "{lang}: the one-pager must be one page");
        assert!(
            text[0].contains('…'),
            "{lang}: long texts are cut with an ellipsis"
        );
        let more = if lang == "da" { "flere" } else { "more" };
        assert!(text[0].contains(more), "{lang}: the risks are counted");
    }
}

#[test]
fn a_short_plan_shows_everything_without_a_warning() {
    let yaml = example("forflytning.yaml");
    assert!(!warning_codes("forflytning.yaml", &yaml).contains(&"W501"));
    let pdf = render("forflytning.yaml", &yaml, &[Document::OnePager]);
    let text = pages(&pdf);
    assert_eq!(text.len(), 1);
    let page = squash(&text[0]);
    let checked = gevinst::check("forflytning.yaml", yaml.as_bytes()).expect("checks");
    for benefit in &checked.plan.benefits {
        assert!(page.contains(&benefit.id), "{} missing", benefit.id);
    }
    for text in checked
        .plan
        .project
        .risks
        .iter()
        .chain(&checked.plan.project.prerequisites)
        .chain(checked.plan.project.decision.as_slice())
    {
        assert!(page.contains(&squash(text)), "{text} missing");
    }
    assert!(!page.contains("flere") && !page.contains('…'));
}

#[test]
fn business_case_figures_match_the_appendix() {
    // examples/business-case.yaml, by hand (kr., gains positive):
    // - investment: 27.000 per new citizen (12.000 + 5.000 + 10.000) × (20 + 10 + 10 + 10)
    //   = 1.350.000;
    // - costs per year: investment 540.000, 270.000, 270.000, 270.000; operation 980 × 20,
    //   30, 40, 50 = 19.600, 29.400, 39.200, 49.000; project 134.000, 20.000, 20.000,
    //   20.000; in all 693.600, 319.400, 329.200, 339.000;
    // - gains (freed time): 511.000, 777.997,5, 1.052.890, 1.335.854 (rounded);
    // - balance: −182.600 + 458.597,5 + 723.690 + 996.854 = 1.996.542 (rounded once);
    // - payback: 182.600 / 458.597,5 = 0,398 into 2016 → "2016 (0,40 år inde i året)";
    // - NPV at 3,5 %: −182.600 + 458.597,5 / 1,035 + 723.690 / 1,035² + 996.854 / 1,035³
    //   = −182.600 + 443.089 + 675.572 + 899.107 ≈ 1.835.167 (unrounded inputs).
    let yaml = example("business-case.yaml");
    let one_pager = squash(&pages(&render("business-case.yaml", &yaml, &[Document::OnePager]))[0]);
    let appendix = squash(
        &pages(&render(
            "business-case.yaml",
            &yaml,
            &[Document::BusinessCase],
        ))
        .join(""),
    );
    for figure in [
        "1.350.000",
        "1.996.542",
        "2016(0,40årindeiåret)",
        "1.835.167",
    ] {
        assert!(one_pager.contains(figure), "one-pager: {figure} missing");
        assert!(appendix.contains(figure), "appendix: {figure} missing");
    }
}

#[test]
fn every_example_has_a_one_page_one_pager() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in std::fs::read_dir(dir).expect("examples exist") {
        let path = entry.expect("readable").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".yaml") {
            continue;
        }
        let yaml = std::fs::read_to_string(&path).expect("readable");
        let checked = gevinst::check(&name, yaml.as_bytes()).expect("examples check");
        if checked.plan.is_idea() {
            // An idea has only its assessment card, no one-pager.
            continue;
        }
        let pdf = render(&name, &yaml, &[Document::OnePager]);
        assert_eq!(pages(&pdf).len(), 1, "{name}");
    }
}
