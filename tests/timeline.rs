//! The timeline (overordnet gevinstplan) and the full PDF's contents and bookmarks.

mod common;

use std::fmt::Write as _;

use gevinst::documents::Document;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

#[test]
fn forflytning_timeline_names_every_item_and_month() {
    let yaml = example("forflytning.yaml");
    let checked = gevinst::check("forflytning.yaml", yaml.as_bytes()).unwrap();
    let pdf = common::render("forflytning.yaml", &yaml, &[Document::Timeline]);
    let text = common::squash(&common::pages(&pdf).concat());
    let plan = &checked.plan;
    let ids = plan
        .deliverables
        .iter()
        .map(|d| &d.id)
        .chain(plan.changes.iter().map(|c| &c.id))
        .chain(plan.benefits.iter().map(|b| &b.id));
    for id in ids {
        assert!(text.contains(id.as_str()), "{id} missing");
    }
    // The seed's axis, March 2017 to June 2018, hyphens squashed away: M-17 … J-18.
    assert!(text.contains("M17A17M17J17J17A17S17O17N17D17J18F18M18A18M18J18"));
    for words in [
        "Overordnet gevinstplan",
        "Projektledelsens ansvar",
        "Linjeledelsens ansvar",
        "Baseline",
        "Midtvejsmåling",
        "Slutmåling",
        // The tests render on 4 April 2017, inside the period.
        "I dag 4. april 2017",
    ] {
        assert!(text.contains(&common::squash(words)), "{words:?} missing");
    }
}

/// A plan with `benefits` benefits over March 2017 to June 2018; the first has no dates,
/// the second runs past the period.
fn big_plan(benefits: usize) -> String {
    let mut yaml = String::from(
        "project:\n  title: Stor plan\n  period: {start: 2017-03, end: 2018-06}\n\
         goals:\n  - {id: M1, title: Mål}\n\
         deliverables:\n  - {id: L1, title: Leverance, status: started, start: 2017-03, end: 2017-05}\n\
         changes:\n  - {id: F1, title: Forandring, deliverables: [L1], start: 2017-04, end: 2017-09}\n\
         benefits:\n",
    );
    for i in 1..=benefits {
        let dates = match i {
            1 => String::new(),
            2 => ", start: 2018-01, end: 2019-06".into(),
            _ => format!(
                ", start: 2017-{:02}-15, end: 2018-0{}",
                3 + i % 9,
                1 + i % 6
            ),
        };
        writeln!(
            yaml,
            "  - {{id: G{i}, title: \"Gevinst nummer {i} med en lidt længere titel, der skal ombrydes i rækken\", changes: [F1], goals: [M1]{dates}, \
             measurements: [{{kind: baseline, date: 2017-04}}, {{kind: midway, date: 2017-10-15}}, {{kind: final, date: 2018-05}}]}}"
        )
        .unwrap();
    }
    yaml
}

#[test]
fn a_long_plan_breaks_across_pages_with_the_months_on_each() {
    let yaml = big_plan(40);
    let pdf = common::render("big.yaml", &yaml, &[Document::Timeline]);
    let pages = common::pages(&pdf);
    assert!(pages.len() >= 2, "40 benefits on {} page(s)", pages.len());
    for (i, page) in pages.iter().enumerate() {
        let page = common::squash(page);
        assert!(
            page.contains("M17A17M17J17") && page.contains("M18J18"),
            "page {} lacks the month header",
            i + 1
        );
    }
    let all = common::squash(&pages.concat());
    for i in 1..=40 {
        // "G4" is also inside "G40": look for the id followed by its title.
        let row = common::squash(&format!("G{i} Gevinst nummer {i} "));
        assert!(all.contains(&row), "G{i} missing");
    }
    // G1 has no dates: it is listed with the mark, not dropped.
    assert!(all.contains(&common::squash("ingen datoer")));
}

#[test]
fn the_full_pdf_has_contents_and_a_bookmark_per_document() {
    let yaml = example("business-case.yaml");
    let checked = gevinst::check("business-case.yaml", yaml.as_bytes()).unwrap();
    let pdf = common::render("business-case.yaml", &yaml, &[]);
    let pages = common::pages(&pdf);
    // The contents on the title page list every other document with its page number.
    let titles = [
        ("Til godkendelse i styregruppen", Document::OnePager),
        ("Gevinstkort", Document::BenefitMap),
        ("Gevinstrealiseringsplan", Document::RealisationPlan),
        ("Overordnet gevinstplan", Document::Timeline),
        ("Gevinster", Document::Benefits),
        ("Organisatoriske forandringer", Document::Changes),
        ("Leverancer", Document::Deliverables),
        ("Opfølgning på gevinster", Document::FollowUp),
        // The appendix is headed by the case's own heading.
        ("Generisk business case", Document::BusinessCase),
        // The slides come last, under the title slide's heading.
        ("Præsentation til styregruppen", Document::Slides),
    ];
    let first = common::squash(&pages[0]);
    let contents = &first[first.find("Indhold").expect("a table of contents")..];
    for (title, _) in titles {
        assert!(
            contents.contains(&common::squash(title)),
            "{title} not in contents"
        );
    }
    // Each title is followed (after the dot leaders) by its page number, in page order;
    // the timeline's page is the one with its groups.
    let mut previous = 1;
    for (title, document) in titles {
        let squashed = common::squash(title);
        let after = &contents[contents.find(&squashed).unwrap() + squashed.len()..];
        let number: String = after
            .trim_start_matches(['.', '\u{2026}', '\u{2002}'])
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let page: usize = number
            .parse()
            .unwrap_or_else(|_| panic!("{title} has no page number: {after:.40}"));
        assert!(
            (previous..=pages.len()).contains(&page),
            "{title} on page {page}"
        );
        previous = page;
        if document == Document::Timeline {
            let text = common::squash(&pages[page - 1]);
            assert!(text.contains(&common::squash("Projektledelsens ansvar")));
        }
    }
    // One top-level bookmark per document: the title page and the ten others.
    let bookmarks = top_level_bookmarks(&pdf);
    let documents = Document::all_for(&gevinst::model::Model::new(
        &checked,
        gevinst::i18n::Texts::new(checked.plan.lang),
        common::TODAY.into(),
    ));
    assert_eq!(documents.len(), titles.len() + 1);
    assert_eq!(bookmarks.len(), documents.len(), "{bookmarks:?}");
    assert_eq!(bookmarks[0], checked.plan.project.title);
    for ((title, _), bookmark) in titles.iter().zip(&bookmarks[1..]) {
        assert_eq!(bookmark, title);
    }
}

/// The titles of the PDF's top-level outline items (bookmarks), in order: from the
/// catalog's /Outlines along /First and /Next, read with lopdf (the catalog may sit in an
/// object stream).
fn top_level_bookmarks(pdf: &[u8]) -> Vec<String> {
    let pdf = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let catalog = pdf.catalog().expect("a catalog");
    let root = catalog
        .get(b"Outlines")
        .and_then(lopdf::Object::as_reference)
        .expect("the catalog has /Outlines");
    let dict = |id| pdf.get_dictionary(id).expect("an outline item");
    let mut titles = Vec::new();
    let mut next = dict(root)
        .get(b"First")
        .and_then(lopdf::Object::as_reference)
        .ok();
    while let Some(id) = next {
        let item = dict(id);
        assert_eq!(
            item.get(b"Parent")
                .and_then(lopdf::Object::as_reference)
                .ok(),
            Some(root),
            "item {id:?} is not top-level"
        );
        let title = item.get(b"Title").expect("a /Title");
        titles.push(lopdf::decode_text_string(title).expect("a text string"));
        next = item.get(b"Next").and_then(lopdf::Object::as_reference).ok();
    }
    titles
}
