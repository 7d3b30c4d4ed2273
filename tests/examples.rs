//! Every file in examples/ renders, with the pages and text its content calls for.

mod common;

use gevinst::documents::Document;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

#[test]
fn every_example_renders_with_its_text() {
    let names = common::example_names();
    assert!(names.len() >= 3, "examples: {names:?}");
    for name in names {
        let yaml = example(&name);
        let checked = gevinst::check(&name, yaml.as_bytes()).unwrap();
        let pdf = common::render(&name, &yaml, &[]);
        let text = common::squash(&common::pages(&pdf).concat());
        for benefit in &checked.plan.benefits {
            assert!(
                text.contains(&common::squash(&benefit.title)),
                "{name}: {} missing",
                benefit.id
            );
        }
        for change in &checked.plan.changes {
            assert!(
                text.contains(&common::squash(&change.title)),
                "{name}: {} missing",
                change.id
            );
        }
    }
}

#[test]
fn forflytning_checks_without_warnings() {
    let checked =
        gevinst::check("forflytning.yaml", example("forflytning.yaml").as_bytes()).unwrap();
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

#[test]
fn forflytning_has_its_documents_in_danish() {
    let pdf = common::render("forflytning.yaml", &example("forflytning.yaml"), &[]);
    let pages = common::pages(&pdf);
    let count = pages.len();
    // 7 to 14 pages of documents, then the 7 slides.
    assert!(
        (7 + 7..=14 + 7).contains(&count),
        "forflytning has {count} pages"
    );
    let all = pages.concat();
    for heading in [
        "Gevinstrealiseringsplan",
        "Gevinster",
        "Organisatoriske forandringer",
        "Leverancer",
        "Opfølgning på gevinster",
        "Hvor sikker er gevinsten?",
        "4. april 2017",
        "marts 2017 – juni 2018",
        "Færdig",
        "Påbegyndt",
    ] {
        assert!(
            common::squash(&all).contains(&common::squash(heading)),
            "{heading:?} missing"
        );
    }
    // Every page is numbered "Side N af M", and each of the 7 slides at the end "K / 7".
    let slides = 7;
    for (i, page) in pages.iter().enumerate() {
        let expected = match (i + slides).checked_sub(count) {
            Some(k) => format!("{}/{slides}", k + 1),
            None => common::squash(&format!("Side {} af {count}", i + 1)),
        };
        assert!(
            common::squash(page).contains(&expected),
            "page {} lacks its number",
            i + 1
        );
    }
}

#[test]
fn realisation_plan_alone_has_all_fourteen_columns() {
    let pdf = common::render(
        "forflytning.yaml",
        &example("forflytning.yaml"),
        &[Document::RealisationPlan],
    );
    let first = common::squash(&common::pages(&pdf)[0]);
    for column in [
        "Gevinst",
        "Beskrivelse",
        "Måleenhed",
        "Gevinststørrelse",
        "Nuværende niveau",
        "Målemetode",
        "Gevinstejer",
        "Hvem oplever gevinsten?",
        "Nødvendige forandringer og aktiviteter",
        "Startdato for realisering",
        "Slutdato for realisering",
        "Hvor sikker er gevinsten?",
        "Nødvendige leverancer",
        "Øvrige forudsætninger",
    ] {
        assert!(
            first.contains(&common::squash(column)),
            "column {column:?} missing"
        );
    }
}

#[test]
fn identical_input_gives_identical_bytes() {
    let yaml = example("forflytning.yaml");
    let a = common::render("forflytning.yaml", &yaml, &[]);
    let b = common::render("forflytning.yaml", &yaml, &[]);
    assert!(a == b, "two renders of the same plan differ");
}

#[test]
fn the_pdf_claims_pdf_a_2a_and_ua_1_with_title_and_language() {
    let pdf = common::render(
        "forflytning.yaml",
        &example("forflytning.yaml"),
        &[Document::Summary],
    );
    let raw = String::from_utf8_lossy(&pdf);
    for needle in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "/StructTreeRoot",
        "/Lang(da)",
        "<rdf:li xml:lang=\"x-default\">Forflytning og vending med 1 hjælper</rdf:li>",
    ] {
        assert!(raw.contains(needle), "{needle} missing from the PDF");
    }
}
