//! The benefit map: every link drawn, no boxes overlapping, one page however large the plan.

mod common;

use std::collections::HashSet;

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use serde_json::Value;

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The map's view and warnings for a plan's text.
fn map_view(name: &str, yaml: &str) -> (Value, Vec<String>) {
    let checked = gevinst::check(name, yaml.as_bytes()).unwrap_or_else(|_| panic!("{name}"));
    let model = Model::new(
        &checked,
        Texts::new(checked.plan.lang),
        common::TODAY.into(),
    );
    let view = Document::BenefitMap.view(&model);
    (view.data, view.warnings)
}

/// Every link written in the plan, as (from, to).
fn plan_links(yaml: &str) -> HashSet<(String, String)> {
    let checked = gevinst::check("plan", yaml.as_bytes()).unwrap();
    let plan = &checked.plan;
    let mut links = HashSet::new();
    for c in &plan.changes {
        for d in &c.deliverables {
            links.insert((d.clone(), c.id.clone()));
        }
    }
    for b in &plan.benefits {
        for d in &b.deliverables {
            links.insert((d.clone(), b.id.clone()));
        }
        for c in &b.changes {
            links.insert((c.clone(), b.id.clone()));
        }
        for g in &b.goals {
            links.insert((b.id.clone(), g.clone()));
        }
        for x in &b.leads_to {
            links.insert((b.id.clone(), x.clone()));
        }
    }
    links
}

fn num(v: &Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or_else(|| panic!("{key} in {v}"))
}

/// Boxes must not overlap, and every edge must start and end on a box.
fn assert_sound(name: &str, view: &Value) {
    let boxes = view["boxes"].as_array().unwrap();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = num(a, "x") + num(a, "w") <= num(b, "x")
                || num(b, "x") + num(b, "w") <= num(a, "x")
                || num(a, "y") + num(a, "h") <= num(b, "y")
                || num(b, "y") + num(b, "h") <= num(a, "y");
            assert!(apart, "{name}: {} overlaps {}", a["id"], b["id"]);
        }
    }
    let (w, h) = (num(&view["map"], "w"), num(&view["map"], "h"));
    for b in boxes {
        assert!(
            num(b, "x") >= 0.0 && num(b, "x") + num(b, "w") <= w + 1e-6,
            "{name}: {b}"
        );
        assert!(
            num(b, "y") >= 0.0 && num(b, "y") + num(b, "h") <= h + 1e-6,
            "{name}: {b}"
        );
    }
}

#[test]
fn forflytning_draws_every_link_without_overlaps() {
    let yaml = example("forflytning.yaml");
    let (view, warnings) = map_view("forflytning.yaml", &yaml);
    assert!(warnings.is_empty(), "{warnings:?}");
    let drawn: HashSet<(String, String)> = view["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].as_str().unwrap().into(),
                e["to"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(drawn, plan_links(&yaml));
    assert_eq!(view["links"].as_array().unwrap().len(), drawn.len());
    assert!(view["note"].is_null());
    assert_sound("forflytning.yaml", &view);
    assert!(num(&view, "size") >= 7.0 && num(&view, "scale") >= 1.0);
}

#[test]
fn crossings_of_each_example() {
    for name in [
        "forflytning.yaml",
        "gevinstkort-v2.yaml",
        "skaermteknologi.yaml",
    ] {
        let yaml = example(name);
        let (view, warnings) = map_view(name, &yaml);
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        assert_sound(name, &view);
        let links = plan_links(&yaml).len();
        let edges = view["edges"].as_array().unwrap().len();
        println!(
            "{name}: {} boxes, {edges} arrows of {links} links, {} crossings, box text {} pt",
            view["boxes"].as_array().unwrap().len(),
            view["crossings"],
            view["size"],
        );
        assert_eq!(edges, links, "{name}: every link is drawn");
    }
}

#[test]
fn map_renders_alone_on_one_page_with_its_text() {
    let yaml = example("skaermteknologi.yaml");
    let pdf = common::render("skaermteknologi.yaml", &yaml, &[Document::BenefitMap]);
    let pages = common::pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = common::squash(&pages[0]);
    for word in [
        "Gevinstkort",
        "Leverancer",
        "Overordnedemål",
        "NG1",
        "negativ",
    ] {
        assert!(text.contains(word), "{word} missing");
    }
}

/// A plan with `benefits` benefits over 10 deliverables, 10 changes and 4 goals.
fn synthetic(benefits: usize) -> String {
    let mut y = String::from(
        "project:\n  title: Stor syntetisk plan\n  version: \"1.0\"\n  \
         period: {start: 2017-03, end: 2018-06}\n",
    );
    y.push_str("goals:\n");
    for g in 1..=4 {
        y.push_str(&format!(
            "  - {{id: M{g}, title: Overordnet mål nummer {g}}}\n"
        ));
    }
    y.push_str("deliverables:\n");
    for d in 1..=10 {
        y.push_str(&format!(
            "  - {{id: L{d}, title: Leverance {d} med en titel af almindelig længde, status: started}}\n"
        ));
    }
    y.push_str("changes:\n");
    for c in 1..=10 {
        y.push_str(&format!(
            "  - {{id: F{c}, title: Medarbejderne arbejder på en ny måde nummer {c}, deliverables: [L{c}]}}\n"
        ));
    }
    y.push_str("benefits:\n");
    for b in 1..=benefits {
        let kind = if b % 2 == 0 { "main" } else { "immediate" };
        let leads = if b % 2 == 1 && b < benefits {
            format!(", leads_to: [G{}]", b + 1)
        } else {
            String::new()
        };
        y.push_str(&format!(
            "  - {{id: G{b}, kind: {kind}, title: Gevinst {b} der kan måles og følges op, \
             changes: [F{}], goals: [M{}]{leads}}}\n",
            b % 10 + 1,
            b % 4 + 1
        ));
    }
    y
}

#[test]
fn sixty_benefits_continue_over_pages_at_legible_type_with_a_warning() {
    let yaml = synthetic(60);
    let (view, warnings) = map_view("big.yaml", &yaml);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("continues over"), "{warnings:?}");
    // The type stops at the legible minimum and is not scaled below it.
    assert_eq!(num(&view, "size"), 7.0);
    assert_eq!(num(&view, "scale"), 1.0);
    assert_sound("big.yaml", &view);
    assert_eq!(
        view["edges"].as_array().unwrap().len(),
        plan_links(&yaml).len()
    );
    // The pages' spans cover the drawing without gaps; what a page draws (its span and the
    // boxes reaching below it) fits the page's area; every box is drawn whole on one page.
    let slices: Vec<(f64, f64, f64)> = view["slices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (num(s, "y"), num(s, "h"), num(s, "reach")))
        .collect();
    assert!(slices.len() > 1);
    let mut bottom = 0.0;
    for &(y, h, reach) in &slices {
        assert!((y - bottom).abs() < 1e-9);
        assert!(h <= reach && reach <= num(&view["area"], "h") + 1e-9);
        bottom = y + h;
    }
    assert!((bottom - num(&view["map"], "h")).abs() < 1e-9);
    for b in view["boxes"].as_array().unwrap() {
        let (top, h, page) = (num(b, "y"), num(b, "h"), num(b, "page") as usize);
        let (y, _, reach) = slices[page];
        assert!(
            top >= y && top + h <= y + reach + 1e-9,
            "box {} is cut between pages",
            b["id"]
        );
    }
    let pdf = common::render("big.yaml", &yaml, &[Document::BenefitMap]);
    assert_eq!(common::pages(&pdf).len(), slices.len());
}

#[test]
fn links_that_do_not_go_forward_are_named_not_drawn() {
    let yaml = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\n\
                goals:\n  - {id: M1, title: Mål}\n\
                benefits:\n  - {id: G1, title: Første, leads_to: [G2], goals: [M1]}\n  \
                - {id: G2, title: Anden, goals: [M1]}\n";
    let (view, warnings) = map_view("plan.yaml", yaml);
    assert!(warnings.is_empty());
    assert_eq!(view["edges"].as_array().unwrap().len(), 2);
    let note = view["note"].as_str().unwrap();
    assert!(note.contains("G1 → G2"), "{note}");
    assert!(view["alt"].as_str().unwrap().contains("G1 → G2"));
    let pdf = common::render("plan.yaml", yaml, &[Document::BenefitMap]);
    assert_eq!(common::pages(&pdf).len(), 1);
}

/// Every link of an Implement plan, as (from, to); a benefit that leads to no other benefit
/// serves the purpose, whose box has the layout id "project purpose".
fn implement_links(yaml: &str) -> HashSet<(String, String)> {
    let checked = gevinst::check("plan", yaml.as_bytes()).unwrap();
    let plan = &checked.plan;
    let mut links = HashSet::new();
    for g in &plan.employee_groups {
        for d in &g.deliverables {
            links.insert((d.clone(), g.id.clone()));
        }
    }
    for t in &plan.tasks {
        for g in &t.employee_groups {
            links.insert((g.clone(), t.id.clone()));
        }
    }
    for b in &plan.benefits {
        for t in &b.tasks {
            links.insert((t.clone(), b.id.clone()));
        }
        for x in &b.leads_to {
            links.insert((b.id.clone(), x.clone()));
        }
        for g in &b.goals {
            links.insert((b.id.clone(), g.clone()));
        }
        if b.leads_to.is_empty() {
            links.insert((b.id.clone(), "project purpose".into()));
        }
    }
    links
}

fn drawn_links(view: &Value) -> HashSet<(String, String)> {
    view["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].as_str().unwrap().into(),
                e["to"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn implement_example_checks_clean_and_draws_every_link() {
    let yaml = example("implement.yaml");
    let checked = gevinst::check("implement.yaml", yaml.as_bytes()).unwrap();
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    let (view, warnings) = map_view("implement.yaml", &yaml);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_sound("implement.yaml", &view);
    // 6 deliverables, 3 groups, 4 tasks, 3 benefits and the purpose: the seed's slide.
    assert_eq!(view["boxes"].as_array().unwrap().len(), 6 + 3 + 4 + 3 + 1);
    // Links by hand: groups 2 + 3 + 4 = 9, tasks 1 + 2 + 1 + 2 = 6, benefits' tasks
    // 2 + 2 + 3 = 7, three benefits → purpose: 25.
    let drawn = drawn_links(&view);
    assert_eq!(drawn.len(), 25);
    assert_eq!(drawn, implement_links(&yaml));
    let headings: Vec<&str> = view["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "Leverancer",
            "Medarbejdergrupper, der kan noget nyt",
            "Opgaver, der udføres på en ny måde",
            "Gevinster",
            "Projektets formål"
        ]
    );
    // Change deliverables are drawn in the change colours, technical ones as deliverables.
    let kind = |id: &str| {
        view["boxes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["id"] == id)
            .map(|b| b["kind"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(
        (kind("L1"), kind("L5"), kind("MG1"), kind("O1")),
        (
            "deliverable".into(),
            "change".into(),
            "employee_group".into(),
            "task".into()
        )
    );
    let alt = view["alt"].as_str().unwrap();
    assert!(alt.contains("NG1 → Projektets formål"), "{alt}");
    assert!(alt.contains("MG3 → O4"), "{alt}");
    let pdf = common::render("implement.yaml", &yaml, &[Document::BenefitMap]);
    let pages = common::pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = common::squash(&pages[0]);
    for word in [
        "Medarbejdergrupper",
        "Forandringsleverance",
        "Projektetsformål",
        "MG3",
        "O4",
    ] {
        assert!(text.contains(word), "{word} missing");
    }
}

#[test]
fn implement_starter_checks_clean_and_renders() {
    let path = format!(
        "{}/templates/new/implement.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let yaml = std::fs::read_to_string(&path).unwrap();
    let checked = gevinst::check("implement.yaml", yaml.as_bytes()).unwrap();
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    let (view, _) = map_view("implement.yaml", &yaml);
    // L1, L2 → MG1 → O1 → G1 → purpose and M1.
    assert_eq!(drawn_links(&view), implement_links(&yaml));
    assert_eq!(drawn_links(&view).len(), 2 + 1 + 1 + 2);
    let pdf = common::render("implement.yaml", &yaml, &[]);
    assert!(common::pages(&pdf).len() > 1);
}

#[test]
fn theme_colours_reach_the_map() {
    let yaml = example("forflytning.yaml").replace(
        "lang: da\n",
        "lang: da\nmap:\n  colours:\n    benefit: \"#FFE599\"\n    change: \"#fcc\"\n",
    );
    assert!(
        yaml.contains("#FFE599"),
        "the example starts with `lang: da`"
    );
    let (view, _) = map_view("themed.yaml", &yaml);
    // #ffe599 darkened by 45 %: 255·0.55 = 140.25 → 8c, 229·0.55 = 125.95 → 7e,
    // 153·0.55 = 84.15 → 54; #fcc is #ffcccc.
    assert_eq!(view["colours"]["benefit"]["fill"], "#ffe599");
    assert_eq!(view["colours"]["benefit"]["line"], "#8c7e54");
    assert_eq!(view["colours"]["change"]["fill"], "#ffcccc");
    assert!(view["colours"]["goal"].is_null());
    let pdf = common::render("themed.yaml", &yaml, &[Document::BenefitMap]);
    assert_eq!(common::pages(&pdf).len(), 1);
}
