//! What an archive and a screen reader need from the PDF, read back from the file itself:
//! a structure tree with table headers and figure descriptions, a language and a title,
//! fonts that are embedded and map every glyph to Unicode.

mod common;

use std::collections::BTreeSet;

use lopdf::{Dictionary, Document as Pdf, Object};

fn example(name: &str) -> String {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The example with every document: tables, the benefit map and the business case charts.
fn rendered() -> &'static (Vec<u8>, Pdf) {
    static PDF: std::sync::OnceLock<(Vec<u8>, Pdf)> = std::sync::OnceLock::new();
    PDF.get_or_init(|| {
        let bytes = common::render("forflytning.yaml", &example("forflytning.yaml"), &[]);
        let pdf = Pdf::load_mem(&bytes).expect("lopdf reads the PDF");
        (bytes, pdf)
    })
}

/// `object`, following a reference.
fn resolve<'a>(pdf: &'a Pdf, object: &'a Object) -> &'a Object {
    pdf.dereference(object).map_or(object, |(_, o)| o)
}

fn dict<'a>(pdf: &'a Pdf, object: &'a Object) -> Option<&'a Dictionary> {
    resolve(pdf, object).as_dict().ok()
}

fn name<'a>(pdf: &'a Pdf, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    d.get(key).ok().and_then(|o| resolve(pdf, o).as_name().ok())
}

/// Every structure element under `root`, depth first, each once.
fn structure_elements<'a>(pdf: &'a Pdf, root: &'a Dictionary) -> Vec<&'a Dictionary> {
    let mut found = Vec::new();
    let mut todo: Vec<&Object> = root.get(b"K").into_iter().collect();
    while let Some(object) = todo.pop() {
        match resolve(pdf, object) {
            Object::Array(items) => todo.extend(items.iter()),
            Object::Dictionary(d) if d.has(b"S") => {
                found.push(d);
                todo.extend(d.get(b"K").ok());
            }
            // Marked-content references and integers (MCIDs) end the tree.
            _ => {}
        }
    }
    found
}

#[test]
fn the_catalog_is_marked_with_a_language_and_a_title() {
    let (_, pdf) = rendered();
    let catalog = pdf.catalog().unwrap();
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| dict(pdf, m))
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    assert_eq!(marked, Some(true), "/MarkInfo << /Marked true >>");
    let lang = catalog.get(b"Lang").and_then(Object::as_str).unwrap();
    assert_eq!(lang, b"da");
    let display_title = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(|v| dict(pdf, v))
        .and_then(|v| v.get(b"DisplayDocTitle").ok())
        .and_then(|v| v.as_bool().ok());
    assert_eq!(display_title, Some(true), "a viewer shows the title");
    let info = pdf
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| dict(pdf, i))
        .expect("an /Info dictionary");
    let title = info.get(b"Title").and_then(Object::as_str).unwrap();
    let title = lopdf::decode_text_string(&Object::String(
        title.to_vec(),
        lopdf::StringFormat::Literal,
    ))
    .unwrap();
    assert_eq!(title, "Forflytning og vending med 1 hjælper");
}

#[test]
fn tables_have_header_cells_and_figures_have_alt_text() {
    // The business-case example has a benefit map and the appendix's two charts.
    let bytes = common::render("business-case.yaml", &example("business-case.yaml"), &[]);
    let pdf = &Pdf::load_mem(&bytes).expect("lopdf reads the PDF");
    let catalog = pdf.catalog().unwrap();
    let root = catalog
        .get(b"StructTreeRoot")
        .ok()
        .and_then(|r| dict(pdf, r))
        .expect("a /StructTreeRoot");
    let elements = structure_elements(pdf, root);
    let kinds: BTreeSet<&[u8]> = elements.iter().filter_map(|e| name(pdf, e, b"S")).collect();
    for kind in [&b"Table"[..], b"TR", b"TH", b"TD", b"H1", b"Figure"] {
        assert!(
            kinds.contains(kind),
            "no /{} element among {:?}",
            String::from_utf8_lossy(kind),
            kinds
                .iter()
                .map(|k| String::from_utf8_lossy(k))
                .collect::<Vec<_>>()
        );
    }
    let figures: Vec<&&Dictionary> = elements
        .iter()
        .filter(|e| name(pdf, e, b"S") == Some(b"Figure"))
        .collect();
    // The benefit map and the business case's two charts.
    assert!(figures.len() >= 3, "{} figures", figures.len());
    for figure in figures {
        let alt = figure
            .get(b"Alt")
            .ok()
            .map(|a| resolve(pdf, a))
            .and_then(|a| lopdf::decode_text_string(a).ok())
            .unwrap_or_default();
        assert!(
            alt.trim().len() > 20,
            "a figure without real alt text: {alt:?}"
        );
    }
}

/// The PostScript names of the fonts gevinst embeds.
fn embedded_font_names() -> Vec<String> {
    gevinst::world::fonts()
        .iter()
        .filter_map(|font| font.post_script_name())
        .collect()
}

#[test]
fn every_font_is_embedded_one_of_ours_and_maps_to_unicode() {
    let (_, pdf) = rendered();
    let ours = embedded_font_names();
    assert!(ours.iter().any(|n| n == "SourceSans3-Regular"), "{ours:?}");
    let fonts: Vec<&Dictionary> = pdf
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(pdf, d, b"Type") == Some(b"Font"))
        .collect();
    assert!(!fonts.is_empty());
    for font in fonts {
        let subtype = name(pdf, font, b"Subtype").unwrap_or_default();
        // CID fonts are reached through their Type0 parent, which carries /ToUnicode.
        if subtype == b"CIDFontType0" || subtype == b"CIDFontType2" {
            continue;
        }
        let label =
            String::from_utf8_lossy(name(pdf, font, b"BaseFont").unwrap_or(b"Type3")).into_owned();
        assert!(font.has(b"ToUnicode"), "{label} has no /ToUnicode");
        // A Type 3 font draws its glyphs (here: colour emoji) inside the PDF itself.
        if subtype == b"Type3" {
            continue;
        }
        // A subset's name is "ABCDEF+PostScriptName".
        let base = label.split_once('+').map_or(label.as_str(), |(_, b)| b);
        assert!(
            ours.iter().any(|n| n == base),
            "{label} is not one of gevinst's fonts {ours:?}"
        );
        let descriptor_holder = if subtype == b"Type0" {
            font.get(b"DescendantFonts")
                .ok()
                .map(|d| resolve(pdf, d))
                .and_then(|d| d.as_array().ok())
                .and_then(|a| a.first())
                .and_then(|d| dict(pdf, d))
                .unwrap_or_else(|| panic!("{label} has no descendant font"))
        } else {
            font
        };
        let descriptor = descriptor_holder
            .get(b"FontDescriptor")
            .ok()
            .and_then(|d| dict(pdf, d))
            .unwrap_or_else(|| panic!("{label} has no /FontDescriptor"));
        assert!(
            [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                .iter()
                .any(|k| descriptor.has(k)),
            "{label} is not embedded"
        );
    }
}

#[test]
fn the_text_has_no_private_use_or_unmapped_characters() {
    let (bytes, _) = rendered();
    let text = common::pages(bytes).concat();
    let bad: Vec<String> = text
        .chars()
        .filter(|&c| ('\u{e000}'..='\u{f8ff}').contains(&c) || c == '\u{fffd}')
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(bad.is_empty(), "unmapped glyphs: {bad:?}");
    // The check above would pass on an empty text.
    assert!(common::squash(&text).contains("Forflytningogvending"));
}
