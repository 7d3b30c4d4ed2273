//! Helpers shared by the integration tests: render a plan in-process, read a PDF's text.

#![allow(dead_code)]

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use gevinst::render::{Renderer, Today};

/// The date every test renders with, so output is reproducible.
pub const TODAY: Today = Today {
    year: 2017,
    month: 4,
    day: 4,
};

/// Renders a plan's text to PDF bytes with the given documents (all when empty).
pub fn render(name: &str, yaml: &str, documents: &[Document]) -> Vec<u8> {
    let checked = gevinst::check(name, yaml.as_bytes()).unwrap_or_else(|found| {
        panic!(
            "{name} does not check: {}",
            found
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let model = Model::new(&checked, Texts::new(checked.plan.lang), TODAY.into());
    let documents: Vec<Document> = if documents.is_empty() {
        Document::all_for(&model)
    } else {
        documents.to_vec()
    };
    let mut renderer = Renderer::new(TODAY);
    let source = renderer
        .typst_source(&model, &documents, name)
        .expect("templates render")
        .source;
    let (pdf, warnings) = renderer.pdf(&source).expect("typst compiles");
    assert!(warnings.is_empty(), "{name}: typst warnings: {warnings:?}");
    pdf
}

/// Runs the gevinst binary with `args` in `dir`, without SOURCE_DATE_EPOCH from the
/// environment, so a test sees what a user's shell would give.
pub fn gevinst(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs")
}

/// The text of every page of a PDF, one string per page.
pub fn pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf).expect("the PDF's text can be extracted")
}

/// Text with whitespace and hyphens removed, so that line breaks and hyphenation inside
/// table cells do not matter.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '\u{2010}'))
        .collect()
}

/// The names of the plans in examples/, sorted.
pub fn example_names() -> Vec<String> {
    let dir = format!("{}/examples", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}
