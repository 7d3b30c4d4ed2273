//! Whole-render benchmark: `gevinst render examples/forflytning.yaml` as one process, the
//! median of several runs, against typst-cli 0.15 compiling the same generated source.
//!
//! Run with `cargo bench --bench render`. typst-cli is looked up in `$TYPST_CLI`, then on
//! PATH; without it only gevinst's figures are printed. Also prints an in-process figure:
//! rendering again in the same `Renderer`, as a run with several documents does.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use gevinst::render::{Renderer, Today};

const RUNS: usize = 15;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_command(program: &Path, args: &[&str]) -> Duration {
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let status = Command::new(program)
                .args(args)
                .status()
                .expect("the program runs");
            assert!(status.success(), "{} {args:?} failed", program.display());
            start.elapsed()
        })
        .collect();
    median(times)
}

fn typst_cli() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("TYPST_CLI") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("typst"))
        .find(|p| p.is_file())
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let plan = format!("{root}/examples/forflytning.yaml");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("out.pdf");
    let typst_dir = dir.path().join("typst");
    let gevinst = Path::new(env!("CARGO_BIN_EXE_gevinst"));
    let args = [
        "render",
        &plan,
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2017-04-04",
    ];

    let ours = time_command(gevinst, &args);
    println!(
        "gevinst render forflytning.yaml (process, median of {RUNS}): {:.1} ms",
        ours.as_secs_f64() * 1e3
    );

    // In-process: a second render in the same Renderer reuses comemo's caches.
    let yaml = std::fs::read(&plan).expect("the example");
    let checked = gevinst::check("forflytning.yaml", &yaml).expect("the example checks");
    let today = Today {
        year: 2017,
        month: 4,
        day: 4,
    };
    let model = Model::new(&checked, Texts::new(checked.plan.lang), today.into());
    let mut renderer = Renderer::new(today);
    let documents = Document::all_for(&model);
    let source = renderer
        .typst_source(&model, &documents, "forflytning.yaml")
        .unwrap()
        .source;
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            renderer.pdf(&source).expect("compiles");
            start.elapsed()
        })
        .collect();
    println!(
        "  in-process, warm Renderer (median of {RUNS}): {:.1} ms",
        median(times).as_secs_f64() * 1e3
    );

    let Some(typst) = typst_cli() else {
        println!("typst-cli not found (set TYPST_CLI or put `typst` on PATH): no comparison");
        return;
    };
    let mut with_dir = args.to_vec();
    with_dir.extend(["--typst", typst_dir.to_str().unwrap()]);
    assert!(
        Command::new(gevinst)
            .args(&with_dir)
            .status()
            .unwrap()
            .success()
    );
    let fonts = typst_dir.join("fonts");
    let main = typst_dir.join("main.typ");
    let cli_out = dir.path().join("cli.pdf");
    let cli = time_command(
        &typst,
        &[
            "compile",
            "--ignore-system-fonts",
            "--font-path",
            fonts.to_str().unwrap(),
            "--creation-timestamp",
            "1491264000",
            main.to_str().unwrap(),
            cli_out.to_str().unwrap(),
        ],
    );
    println!(
        "typst-cli compile of the same source (median of {RUNS}): {:.1} ms",
        cli.as_secs_f64() * 1e3
    );
    println!(
        "ratio gevinst / typst-cli: {:.2}",
        ours.as_secs_f64() / cli.as_secs_f64()
    );
}
