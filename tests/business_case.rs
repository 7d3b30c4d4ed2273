//! The business case appendix: the seed's figures in the PDF, the charts and their alt texts,
//! and the appendix only for a plan that has a business case.

mod common;

use std::process::Command;

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use gevinst::render::Renderer;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The appendix alone, as `--only business-case` renders it: its text, whitespace removed.
fn appendix_text(name: &str) -> String {
    let pdf = common::render(name, &example(name), &[Document::BusinessCase]);
    common::pages(&pdf)
        .concat()
        .split_whitespace()
        .collect::<Vec<_>>()
        .concat()
}

#[test]
fn generic_case_shows_the_seeds_figures() {
    let text = appendix_text("business-case.yaml");
    for figure in [
        // gains per year and in total
        "511.000",
        "777.998",
        "1.052.890",
        "1.335.854",
        "3.677.742",
        // costs
        "693.600",
        "319.400",
        "1.681.200",
        // balance
        "-182.600",
        "458.598",
        "1.996.542",
        // hours, rates, per person, NPV
        "11.923",
        "104.523",
        "1.835.167",
        "2016(0,40",
        "3,5%p.a.",
        "Beløbikr.,prisniveau:løbendepriser",
    ] {
        assert!(text.contains(figure), "{figure} missing");
    }
    for label in [
        "Budgetmæssigebesparelserialt",
        "Frigjorttidværdisatikr.ialt(ikkeenbudgetreduktion)",
        "Gevinsterialt:frigjorttidværdisatikr.(ikkeenbudgetreduktion)",
        "Følsomhedsanalyse",
        "Gevinsterrealiseret50%",
        "Omkostninger+20%",
        "Forudsætningerogkilder",
        "Hjælpengivesalleåretsdage",
        "Ikke-økonomiskegevinster",
        "Borgernebliver",
    ] {
        assert!(text.contains(label), "{label:?} missing");
    }
}

#[test]
fn efficiency_project_shows_its_lasting_changes() {
    let text = appendix_text("effektivisering.yaml");
    for figure in [
        "-18.078", "-20.028", "-21.980", "-23.931", "-84.017", "1.000kr.",
    ] {
        assert!(text.contains(figure), "{figure} missing");
    }
    assert!(text.contains("2018p/l"));
    assert!(text.contains("negativebeløberbesparelser"));
}

#[test]
fn charts_are_svg_in_the_house_font_with_alt_texts() {
    let yaml = example("business-case.yaml");
    let checked = gevinst::check("business-case.yaml", yaml.as_bytes()).unwrap();
    let model = Model::new(
        &checked,
        Texts::new(checked.plan.lang),
        common::TODAY.into(),
    );
    let assets = Document::BusinessCase.assets(&model);
    assert_eq!(assets.len(), 2);
    let titles = [
        "Omkostninger og gevinster pr. år, 2015–2018",
        "Akkumuleret balance, 2015–2018",
    ];
    for (asset, title) in assets.iter().zip(titles) {
        let svg = String::from_utf8(asset.data.clone()).unwrap();
        assert!(asset.path.ends_with(".svg"), "{}", asset.path);
        assert!(svg.contains(title), "{title} missing in {}", asset.path);
        assert!(svg.contains("Source Sans 3"), "{}", asset.path);
        assert!(
            svg.contains("1.000.000"),
            "Danish axis numbers in {}",
            asset.path
        );
    }
    let view = Document::BusinessCase.view(&model).data;
    let charts = view["charts"].as_array().unwrap();
    assert_eq!(charts.len(), 2);
    for chart in charts {
        let alt = chart["alt"].as_str().unwrap();
        assert!(alt.len() > 40 && alt.contains("2015"), "{alt}");
    }
    assert!(
        charts[1]["alt"]
            .as_str()
            .unwrap()
            .contains("Tilbagebetaling: 2016")
    );
    // The alt texts reach the Typst source as the images' alt arguments.
    let mut renderer = Renderer::new(common::TODAY);
    let source = renderer
        .typst_source(&model, &[Document::BusinessCase], "business-case.yaml")
        .unwrap()
        .source;
    assert_eq!(source.matches("alt: \"Søjlediagram").count(), 1);
    assert_eq!(source.matches("alt: \"Kurvediagram").count(), 1);
    assert_eq!(renderer.assets().len(), 2);
}

#[test]
fn appendix_only_for_a_plan_with_a_business_case() {
    for (name, expected) in [("forflytning.yaml", false), ("business-case.yaml", true)] {
        let yaml = example(name);
        let checked = gevinst::check(name, yaml.as_bytes()).unwrap();
        let model = Model::new(
            &checked,
            Texts::new(checked.plan.lang),
            common::TODAY.into(),
        );
        assert_eq!(Document::BusinessCase.applies(&model), expected, "{name}");
        assert_eq!(Document::BusinessCase.assets(&model).is_empty(), !expected);
    }
}

#[test]
fn only_business_case_without_one_is_a_plan_error() {
    let dir = tempfile::tempdir().unwrap();
    let plan = format!("{}/examples/forflytning.yaml", env!("CARGO_MANIFEST_DIR"));
    let out = dir.path().join("out.pdf");
    let output = Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(["render", &plan, "--only", "business-case", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("it needs a business_case:"), "{err}");
    assert!(!out.exists());
}

#[test]
fn typst_dir_holds_the_charts() {
    let dir = tempfile::tempdir().unwrap();
    let plan = format!("{}/examples/business-case.yaml", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args([
            "render",
            &plan,
            "--only",
            "business-case",
            "--today",
            "2017-04-04",
            "-o",
        ])
        .arg(dir.path().join("out.pdf"))
        .arg("--typst")
        .arg(dir.path().join("typst"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let main = std::fs::read_to_string(dir.path().join("typst/main.typ")).unwrap();
    for chart in [
        "business-case-costs-gains.svg",
        "business-case-cumulative.svg",
    ] {
        assert!(main.contains(chart), "{chart} not referenced");
        let svg = dir.path().join("typst/charts").join(chart);
        assert!(svg.exists(), "{} missing", svg.display());
    }
}

#[test]
fn a_benefit_shows_the_value_of_its_business_case_line() {
    let yaml = std::fs::read_to_string(format!(
        "{}/examples/business-case.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(yaml.contains("business_case_line: frigjort-tid"));
    let pdf = common::render("business-case.yaml", &yaml, &[Document::RealisationPlan]);
    let text = common::pages(&pdf).concat();
    // The freed-time line's total, 2015–2018, computed independently in the seed: 3.677.742.
    assert!(text.contains("3.677.742 kr. (2015–2018)"), "{text}");

    let wrong = yaml.replace(
        "business_case_line: frigjort-tid",
        "business_case_line: frigjort",
    );
    let found = gevinst::check("business-case.yaml", wrong.as_bytes())
        .err()
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, "E031");
    assert_eq!(
        found[0].hint.as_deref(),
        Some("did you mean 'frigjort-tid'?")
    );
}
