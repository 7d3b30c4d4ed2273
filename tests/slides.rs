//! The slides for the steering group (`--only slides`): one 16:9 page per slide that
//! applies, each slide's text on its page, and shortening that keeps every slide on its page
//! and warns (W601–W607).

mod common;

use std::fmt::Write as _;

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use gevinst::plan::Lang;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// Every page's size in points, width × height, read from its /MediaBox with lopdf.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let doc = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).expect("a page is a dictionary");
            let media = page
                .get(b"MediaBox")
                .and_then(lopdf::Object::as_array)
                .expect("every page has a MediaBox");
            let n: Vec<f64> = media
                .iter()
                .map(|o| o.as_float().map(f64::from).unwrap_or(0.0))
                .collect();
            (n[2] - n[0], n[3] - n[1])
        })
        .collect()
}

/// Whether a page is 16:9, 33,867 × 19,05 cm.
fn is_slide((w, h): (f64, f64)) -> bool {
    (w - 960.0).abs() < 1.0 && (h - 540.0).abs() < 1.0
}

/// The slides' warnings for a plan, in the plan's language.
fn warnings(name: &str, yaml: &str) -> Vec<String> {
    let checked = gevinst::check(name, yaml.as_bytes()).unwrap();
    let model = Model::new(
        &checked,
        Texts::new(checked.plan.lang),
        common::TODAY.into(),
    );
    Document::Slides.view(&model).warnings
}

/// The titles of the slides a plan gets, in order: which slides apply.
fn expected_titles(yaml: &str, name: &str) -> Vec<&'static str> {
    let checked = gevinst::check(name, yaml.as_bytes()).unwrap();
    let mut titles = vec![
        "Præsentation til styregruppen",
        "Formål og mål",
        "Gevinstkort",
        "Centrale gevinster",
    ];
    if checked.plan.business_case.is_some() {
        titles.push("Business case");
    }
    if checked.plan.project.period.is_some() {
        titles.push("Tidsplan: leverancer og gevinster");
    }
    titles.extend(["Status", "Beslutning"]);
    titles
}

#[test]
fn every_example_gives_one_16_9_page_per_slide_with_its_text() {
    let names = common::example_names();
    for name in names {
        let yaml = example(&name);
        let checked = gevinst::check(&name, yaml.as_bytes()).unwrap();
        let plan = &checked.plan;
        let pdf = common::render(&name, &yaml, &[Document::Slides]);
        let sizes = page_sizes(&pdf);
        let titles = expected_titles(&yaml, &name);
        assert_eq!(sizes.len(), titles.len(), "{name}: pages {sizes:?}");
        assert!(sizes.iter().all(|&s| is_slide(s)), "{name}: {sizes:?}");
        let pages: Vec<String> = common::pages(&pdf)
            .iter()
            .map(|p| common::squash(p))
            .collect();
        for (i, (page, title)) in pages.iter().zip(&titles).enumerate() {
            assert!(
                page.contains(&common::squash(title)),
                "{name}: slide {i}: {title}"
            );
            // The footer: the plan's title (perhaps shortened) and the slide's number.
            assert!(
                page.contains(&format!("{}/{}", i + 1, titles.len())),
                "{name}: slide {i} has no number"
            );
        }
        let on = |title: &str| &pages[titles.iter().position(|t| *t == title).unwrap()];
        assert!(on("Præsentation til styregruppen").contains(&common::squash(&plan.project.title)));
        // Every goal and every benefit's id is on the slides that list them, unless the
        // list says how many more there are.
        for goal in &plan.goals {
            assert!(
                on("Formål og mål").contains(&goal.id),
                "{name}: {}",
                goal.id
            );
        }
        let status = on("Status");
        for word in ["Færdig", "Påbegyndt", "Foreslået", "Gevinsternesmålestatus"] {
            assert!(status.contains(word), "{name}: status lacks {word}");
        }
        for benefit in &plan.benefits {
            assert!(
                status.contains(&benefit.id) || status.contains("flere"),
                "{name}: {}",
                benefit.id
            );
            assert!(
                on("Gevinstkort").contains(&benefit.id),
                "{name}: map {}",
                benefit.id
            );
        }
        if plan.project.period.is_some() {
            let timeline = on("Tidsplan: leverancer og gevinster");
            for d in &plan.deliverables {
                assert!(timeline.contains(&d.id), "{name}: timeline {}", d.id);
            }
        }
        let decision = match &plan.project.decision {
            Some(decision) => common::squash(decision),
            None => "Planenbederikkestyregruppenomenbeslutning.".to_string(),
        };
        assert!(on("Beslutning").contains(&decision), "{name}: decision");
    }
}

#[test]
fn the_business_case_slide_shows_the_seeds_key_figures() {
    let yaml = example("business-case.yaml");
    let pdf = common::render("business-case.yaml", &yaml, &[Document::Slides]);
    let pages = common::pages(&pdf);
    let slide = common::squash(&pages[4]);
    for figure in [
        "Investering",
        "1.350.000",
        "Nettooverperioden2015–2018",
        "1.996.542",
        "Tilbagebetaling",
        "2016(0,40",
        "1.835.167",
        "Beløbikr.",
    ] {
        assert!(slide.contains(figure), "{figure} missing from {slide}");
    }
}

#[test]
fn a_plan_without_a_business_case_or_period_leaves_those_slides_out() {
    let yaml = "project:\n  title: Idé\n  decision: Styregruppen godkender idéen\n";
    let pdf = common::render("idea.yaml", yaml, &[Document::Slides]);
    let pages = common::pages(&pdf);
    assert_eq!(pages.len(), 6);
    let last = common::squash(&pages[5]);
    assert!(last.contains("Styregruppenbedesbeslutte:"), "{last}");
    assert!(last.contains("Styregruppengodkenderidéen"), "{last}");
    assert!(!pages.concat().contains("Tidsplan"));
    assert!(warnings("idea.yaml", yaml).is_empty());
}

/// A plan that is too much for every slide: a long title, a long purpose, 12 goals, 40
/// benefits with long titles, a long decision.
fn big_plan(lang: &str) -> String {
    let words = "Borgerne oplever en bedre og mere sammenhængende indsats på tværs af centrene";
    let mut yaml = format!(
        "lang: {lang}\nproject:\n  title: \"{words} med en titel, der er alt for lang til én slide, og som bliver ved og ved og ved og ved og ved\"\n  \
         purpose: \"{}\"\n  period: {{start: 2017-03, end: 2018-06}}\n  decision: \"{}\"\n",
        [words; 8].join(". "),
        [words; 5].join(" og "),
    );
    yaml.push_str("goals:\n");
    for i in 1..=12 {
        writeln!(yaml, "  - {{id: M{i}, title: \"Mål {i}: {words}\"}}").unwrap();
    }
    yaml.push_str(
        "deliverables:\n  - {id: L1, title: Leverance, status: done, start: 2017-03, end: 2017-05}\n\
         changes:\n  - {id: F1, title: Forandring, deliverables: [L1], start: 2017-04, end: 2017-09}\n\
         benefits:\n",
    );
    for i in 1..=40 {
        writeln!(
            yaml,
            "  - {{id: G{i}, kind: main, title: \"Gevinst {i}: {words}\", changes: [F1], goals: [M{}], \
             baseline: 0, target: 1052890, unit: kr. pr. år, owner: Centerchefer, start: 2017-06, end: 2018-0{}, \
             measurement_status: running, measurements: [{{kind: baseline, date: 2017-04}}, {{kind: final, date: 2018-05}}]}}",
            1 + i % 12,
            1 + i % 6
        )
        .unwrap();
    }
    yaml
}

#[test]
fn a_big_plan_keeps_one_page_per_slide_and_says_what_it_left_out() {
    let yaml = big_plan("da");
    let pdf = common::render("big.yaml", &yaml, &[Document::Slides]);
    let sizes = page_sizes(&pdf);
    assert_eq!(sizes.len(), 7, "{sizes:?}");
    assert!(sizes.iter().all(|&s| is_slide(s)));
    let pages: Vec<String> = common::pages(&pdf)
        .iter()
        .map(|p| common::squash(p))
        .collect();
    // Purpose and goals, key benefits, the timeline and the status say how many are left.
    for i in [1, 3, 4, 5] {
        assert!(pages[i].contains("flere"), "slide {i}: {}", pages[i]);
    }
    assert!(pages[2].contains("Kortetervistformindsket;segevinstkortetiplanen."));
    assert!(pages[3].contains("0→1.052.890kr.pr.år"), "{}", pages[3]);
    let found = warnings("big.yaml", &yaml);
    let codes = documented_slides_codes();
    assert_eq!(
        codes,
        ["W601", "W602", "W603", "W604", "W605", "W606", "W607"]
    );
    for code in codes {
        assert!(
            found.iter().any(|w| w.starts_with(&format!("{code}: "))),
            "{code} missing: {found:#?}"
        );
    }
    assert!(
        found
            .iter()
            .any(|w| w.starts_with("W606: ") && w.contains("13 of 40 benefits")),
        "{found:#?}"
    );
}

#[test]
fn english_slides_use_the_english_labels() {
    let yaml = big_plan("en");
    let pdf = common::render("big.yaml", &yaml, &[Document::Slides]);
    let text = common::squash(&common::pages(&pdf).concat());
    for words in [
        "Presentation for the steering group",
        "Purpose and goals",
        "Key benefits",
        "Timeline: deliverables and benefits",
        "Benefits' measurement status",
        "The steering group is asked to decide:",
        "more",
        "1,052,890",
    ] {
        assert!(text.contains(&common::squash(words)), "{words:?} missing");
    }
    let checked = gevinst::check("big.yaml", yaml.as_bytes()).unwrap();
    assert_eq!(checked.plan.lang, Lang::En);
}

#[test]
fn in_the_full_pdf_the_slides_come_last_and_the_rest_keeps_its_pages() {
    let yaml = example("forflytning.yaml");
    let pdf = common::render("forflytning.yaml", &yaml, &[]);
    let sizes = page_sizes(&pdf);
    let slides = sizes.iter().rev().take_while(|&&s| is_slide(s)).count();
    assert_eq!(slides, expected_titles(&yaml, "forflytning.yaml").len());
    assert!(sizes[..sizes.len() - slides].iter().all(|&s| !is_slide(s)));
    // The title page is A4 portrait.
    assert!((sizes[0].0 - 595.3).abs() < 1.0 && (sizes[0].1 - 841.9).abs() < 1.0);
}

/// The slides' codes in the table of docs/plan-format.md: rows like `| W601 | warning | … |`.
fn documented_slides_codes() -> Vec<String> {
    let docs = std::fs::read_to_string(format!(
        "{}/docs/plan-format.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("docs/plan-format.md is readable");
    docs.lines()
        .filter_map(|l| l.strip_prefix("| W6"))
        .filter(|l| l[2..].starts_with(" | warning |"))
        .map(|l| format!("W6{}", &l[..2]))
        .collect()
}
