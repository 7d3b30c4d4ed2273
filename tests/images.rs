//! `render -o map.svg` and `-o map.png`: the benefit map (or the `--only` documents) as
//! images, one file per page.

use std::path::Path;
use std::process::{Command, Output};

fn gevinst(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs")
}

/// A folder with the Implement example as `plan.yaml`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let example = format!("{}/examples/implement.yaml", env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(example, dir.path().join("plan.yaml")).unwrap();
    dir
}

/// A4 landscape in points: 297 mm × 210 mm at 72/25.4 points a millimetre.
const A4_PT: (f64, f64) = (297.0 * 72.0 / 25.4, 210.0 * 72.0 / 25.4);

#[test]
fn svg_of_the_map_is_well_formed_with_every_glyph() {
    let dir = folder();
    let output = gevinst(&["render", "plan.yaml", "-o", "map.svg"], dir.path());
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(dir.path().join("map.svg")).unwrap();
    let svg = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = svg.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let pt = |name: &str| -> f64 {
        root.attribute(name)
            .and_then(|v| v.strip_suffix("pt"))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} in pt"))
    };
    // 297 mm = 841.89 pt, 210 mm = 595.28 pt.
    assert!((pt("width") - A4_PT.0).abs() < 0.01 && (pt("height") - A4_PT.1).abs() < 0.01);
    // typst-svg draws text as glyph outlines, each glyph a <use>: the boxes' ids and titles
    // alone are more glyphs than there are non-space characters in them.
    let plan = std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap();
    let checked = gevinst::check("plan.yaml", plan.as_bytes()).unwrap();
    let p = &checked.plan;
    let titles: usize = p
        .deliverables
        .iter()
        .map(|d| (&d.id, &d.title))
        .chain(p.employee_groups.iter().map(|g| (&g.id, &g.title)))
        .chain(p.tasks.iter().map(|t| (&t.id, &t.title)))
        .chain(p.benefits.iter().map(|b| (&b.id, &b.title)))
        .map(|(id, title)| id.len() + title.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    let uses = svg
        .descendants()
        .filter(|n| n.tag_name().name() == "use")
        .count();
    assert!(uses > titles, "{uses} glyphs for {titles} characters");
}

#[test]
fn png_has_the_size_of_a4_landscape_at_the_dpi() {
    let dir = folder();
    let output = gevinst(
        &["render", "plan.yaml", "-o", "map.png", "--dpi", "100"],
        dir.path(),
    );
    assert!(output.status.success(), "{output:?}");
    let png = std::fs::read(dir.path().join("map.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR follows the signature: length, "IHDR", width, height (big-endian).
    assert_eq!(&png[12..16], b"IHDR");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    // 297 mm = 11.693 in → 1169.3 px at 100 dpi; 210 mm = 8.268 in → 826.8 px.
    assert_eq!((width, height), (1169, 827));
}

#[test]
fn several_pages_give_numbered_files_and_dpi_is_only_for_png() {
    let dir = folder();
    let output = gevinst(
        &[
            "render",
            "plan.yaml",
            "-o",
            "docs.svg",
            "--only",
            "summary,benefit-map",
        ],
        dir.path(),
    );
    assert!(output.status.success(), "{output:?}");
    assert!(dir.path().join("docs-1.svg").exists());
    assert!(dir.path().join("docs-2.svg").exists());
    assert!(!dir.path().join("docs.svg").exists());
    let output = gevinst(
        &["render", "plan.yaml", "-o", "plan.pdf", "--dpi", "150"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--dpi"));
    assert!(!dir.path().join("plan.pdf").exists());
}
