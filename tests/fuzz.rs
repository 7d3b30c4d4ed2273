//! Property tests: arbitrary input never panics, and any valid plan renders with its text.
//!
//! The case counts keep the suite fast in a debug build; set PROPTEST_CASES to run longer.
//! Every failure found this way is kept as a named regression test in tests/hostile.rs.

mod common;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};

/// `default` cases, or PROPTEST_CASES when it is set (an explicit count in a config would
/// otherwise win over the variable).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A plan that checks clean, in YAML, with the fragments below.
const VALID: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\ngoals:\n  - {id: M1, title: Mål}\nchanges:\n  - {id: F1, title: Forandring, deliverables: [L1]}\ndeliverables:\n  - {id: L1, title: Leverance, status: done}\nbenefits:\n  - {id: G1, title: Gevinst, goals: [M1], changes: [F1], target: 4, baseline: \"Ikke målt\"}\n";

/// Pieces of YAML and of plans, for inputs that get further than the parser.
const TOKENS: &[&str] = &[
    "project:",
    "\n",
    "  ",
    "\t",
    "title: ",
    "period: ",
    "{start: 2017-03, end: 2018-06}",
    "benefits:",
    "goals:",
    "changes:",
    "deliverables:",
    "business_case:",
    "- ",
    "id: ",
    "G1",
    "M1",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "'",
    "\"",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "? ",
    "|",
    ">",
    "#",
    "---",
    "...",
    ".inf",
    "-.inf",
    ".nan",
    "1e999",
    "-0",
    "0x1F",
    "2017-02-30",
    "2017-13",
    "null",
    "~",
    "true",
    "yes",
    "12.000",
    "48,5",
    "%",
    "\u{feff}",
    "\r\n",
    "\u{7}",
    "æøå",
    "🚀",
    "leads_to: [G1]",
    "target: ",
    "value: ",
    "kind: final",
    "date: ",
    "status: done",
    "measurements:",
    "first_year: 2015",
    "last_year: 2018",
    "unit: kr",
    "price_level: x",
    "savings_negative: true",
    "amounts: [1, 2]",
    "per_year: [",
    "map: {paper: a3}",
    "lang: da",
];

fn yaml_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

/// The valid plan with bytes inserted, replaced or removed at random places.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8).prop_map(
        |edits| {
            let mut bytes = VALID.as_bytes().to_vec();
            for (at, byte, how) in edits {
                let i = at.index(bytes.len() + 1);
                match how {
                    0 => bytes.insert(i, byte),
                    1 if i < bytes.len() => bytes[i] = byte,
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => {}
                }
            }
            bytes
        },
    )
}

proptest! {
    #![proptest_config(Config::with_cases(cases(256)))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = gevinst::check("fuzz.yaml", &bytes);
    }

    #[test]
    fn yaml_shaped_text_never_panics(text in yaml_like()) {
        let _ = gevinst::check("fuzz.yaml", text.as_bytes());
    }

    #[test]
    fn a_mutated_plan_never_panics(bytes in mutated()) {
        let _ = gevinst::check("fuzz.yaml", &bytes);
    }
}

/// Characters a title may hold: printable text in the fonts' scripts and everything that
/// means something to Typst, YAML, minijinja or a PDF reader.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \
    !\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~æøåÆØÅéüßñçœ€§½–—“”‘’«»…°±×÷αβγΩжЯ🚀👍";

fn title() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ALPHABET.chars().collect();
    prop::collection::vec(prop::sample::select(chars), 1..40)
        .prop_map(|c| c.into_iter().collect::<String>())
        .prop_filter("a title has something to print", |t| !t.trim().is_empty())
}

/// An id: letters, digits, '-', '_' and '.', unique thanks to its number.
fn id(prefix: &str, i: usize, tail: &str) -> String {
    format!("{prefix}{i}{tail}")
}

/// A valid plan: every object titled at random, linked at random along the line of sight.
fn valid_plan() -> impl Strategy<Value = (Value, Vec<String>)> {
    (1..4usize, 1..4usize, 1..4usize, 1..6usize).prop_flat_map(|(g, d, c, b)| {
        (
            prop::collection::vec(title(), g + d + c + b + 1),
            prop::sample::select(vec!["G", "g", "Gev", "ÆØÅ", "b", "NG"]),
            prop::sample::select(vec!["", "-a", "_1", ".2", "x", "é"]),
            prop::collection::vec(any::<prop::sample::Index>(), b * 4 + c),
        )
            .prop_map(move |(titles, prefix, tail, picks)| {
                let mut titles_iter = titles.iter().cloned();
                let mut next = || titles_iter.next().expect("enough titles");
                let mut picks = picks.into_iter();
                let mut pick = |n: usize| picks.next().expect("enough picks").index(n);
                let goals: Vec<Value> = (0..g)
                    .map(|i| json!({"id": id("M", i, tail), "title": next()}))
                    .collect();
                let deliverables: Vec<Value> = (0..d)
                    .map(|i| json!({"id": id("L", i, tail), "title": next(), "status": "started"}))
                    .collect();
                let changes: Vec<Value> = (0..c)
                    .map(|i| {
                        json!({"id": id("F", i, tail), "title": next(),
                               "deliverables": [id("L", pick(d), tail)]})
                    })
                    .collect();
                let benefits: Vec<Value> = (0..b)
                    .map(|i| {
                        // A benefit leads only to a later one, so there is no circle.
                        let leads_to: Vec<String> = (i + 1 < b)
                            .then(|| id(prefix, i + 1 + pick(b - i - 1), tail))
                            .into_iter()
                            .collect();
                        json!({
                            "id": id(prefix, i, tail), "title": next(),
                            "goals": [id("M", pick(g), tail)],
                            "changes": [id("F", pick(c), tail)],
                            "leads_to": leads_to,
                            "kind": if pick(2) == 0 { "immediate" } else { "main" },
                        })
                    })
                    .collect();
                let project_title = next();
                let plan = json!({
                    "project": {"title": project_title,
                                "period": {"start": "2017-03", "end": "2018-06"}},
                    "goals": goals, "deliverables": deliverables,
                    "changes": changes, "benefits": benefits,
                });
                (plan, titles)
            })
    })
}

proptest! {
    #![proptest_config(Config::with_cases(cases(12)))]

    #[test]
    fn a_valid_plan_checks_clean_and_prints_every_title((plan, titles) in valid_plan()) {
        // JSON is YAML, and serde_json quotes every string correctly.
        let yaml = serde_json::to_string_pretty(&plan).unwrap();
        let checked = gevinst::check("fuzz.yaml", yaml.as_bytes());
        let errors: Vec<String> = match &checked {
            Ok(_) => Vec::new(),
            Err(found) => found.iter().map(|d| d.to_string()).collect(),
        };
        prop_assert!(errors.is_empty(), "{yaml}\n{errors:#?}");
        let pdf = common::render("fuzz.yaml", &yaml, &[]);
        let text = common::squash(&common::pages(&pdf).concat());
        for title in &titles {
            prop_assert!(text.contains(&common::squash(title)), "{title:?} missing");
        }
    }
}
