//! The `gevinst` command line: `gevinst render plan.yaml -o plan.pdf`, `gevinst check`,
//! `gevinst new` for a starter plan and `gevinst schema` for editors.
//!
//! Exit codes (also in the README): 0 success, 1 the plan has errors, 2 wrong usage,
//! 3 a file could not be read or written, 4 internal error (a bug in gevinst).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gevinst::diagnostic::Severity;
use gevinst::documents::Document;
use gevinst::i18n::Texts;
use gevinst::model::Model;
use gevinst::plan::{Lang, Paper};
use gevinst::render::{self, RenderError, Renderer, Standard, Today};
use gevinst::starter::Starter;

/// Like `println!`, but a closed pipe (`gevinst check … | head`) is not an error.
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// Like `eprintln!`, but a closed pipe is not an error (and never a panic in a panic).
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Exit code: the plan has errors.
const EXIT_PLAN: u8 = 1;
/// Exit code: wrong usage.
const EXIT_USAGE: u8 = 2;
/// Exit code: a file could not be read or written.
const EXIT_IO: u8 = 3;
/// Exit code: a bug in gevinst.
const EXIT_INTERNAL: u8 = 4;

/// Turns a benefits-realisation plan in YAML into PDF documents.
#[derive(Parser)]
#[command(name = "gevinst", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render a plan to PDF, or one document to SVG or PNG images.
    Render {
        /// The plan, a YAML file.
        plan: PathBuf,
        /// The file to write; defaults to the plan's name with .pdf. A name ending in .svg
        /// or .png writes images of the benefit map (or of the `--only` documents), one file
        /// per page: map.png, or map-1.png, map-2.png… when there are several pages.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Render only these documents (repeat or separate with commas).
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<Document>,
        /// Resolution of PNG images, in dots per inch (50–600).
        #[arg(long, value_parser = clap::value_parser!(u32).range(50..=600))]
        dpi: Option<u32>,
        /// Also write the generated Typst source, style and fonts into this folder.
        #[arg(long, value_name = "DIR")]
        typst: Option<PathBuf>,
        /// The date the documents are made, YYYY-MM-DD; defaults to SOURCE_DATE_EPOCH or today.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
        /// The paper for the benefit map (landscape); overrides the plan's `map.paper`.
        #[arg(long, value_enum)]
        paper: Option<Paper>,
        /// The archive and accessibility standards the PDF is made to and claims.
        #[arg(long, value_enum, value_name = "STANDARD", default_value = "a-2a-ua-1")]
        pdf_standard: Standard,
        /// The documents' language (labels, numbers, dates); overrides the plan's `lang`.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A CSV file of measurements (benefit id, date, value, comment) added to the plan's
        /// own, e.g. as Excel saves it; see docs/plan-format.md.
        #[arg(long, value_name = "FILE.csv")]
        measurements: Option<PathBuf>,
    },
    /// Check a plan without rendering it.
    Check {
        /// The plan, a YAML file.
        plan: PathBuf,
        /// How to print the report: `text` for people, `json` for other tools.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Treat warnings as errors (exit code 1 when there are any).
        #[arg(long)]
        deny_warnings: bool,
        /// The language `render` would use; accepted so that both commands take the same
        /// flags. The checks and their messages do not depend on it.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Also check this CSV file of measurements, as `render --measurements` reads it.
        #[arg(long, value_name = "FILE.csv")]
        measurements: Option<PathBuf>,
        /// The day rows of the measurements file are checked against (W105), YYYY-MM-DD;
        /// defaults to SOURCE_DATE_EPOCH or today.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Write a starter plan with every field and a short Danish comment on each.
    New {
        /// The plan file to write, e.g. plan.yaml.
        file: PathBuf,
        /// Which method the plan follows.
        #[arg(long, value_enum, default_value = "peak")]
        model: Starter,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print the JSON Schema of the plan format, for editors that check YAML as you type.
    Schema,
}

/// The report format of `check`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// One line per diagnostic, like a compiler, and a summary.
    Text,
    /// One JSON document with every diagnostic and the counts.
    Json,
}

/// A failure with its exit code; the message has been printed.
struct Failure(u8);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let input = match &cli.command {
        Command::Render { plan, .. } | Command::Check { plan, .. } => plan.display().to_string(),
        Command::New { file, .. } => file.display().to_string(),
        Command::Schema => "the schema".to_string(),
    };
    // A panic is a bug: say so briefly, without a backtrace, and exit with the bug code.
    std::panic::set_hook(Box::new(move |info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("gevinst: internal error while processing {input}, please report: {what}");
    }));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(Failure(code))) => ExitCode::from(code),
        Err(_) => ExitCode::from(EXIT_INTERNAL),
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Check {
            plan,
            format,
            deny_warnings,
            lang: _,
            measurements,
            today,
        } => {
            let today = resolve_today(today.as_deref())?;
            check(
                &plan,
                measurements.as_deref(),
                today.into(),
                format,
                deny_warnings,
            )
        }
        Command::New { file, model, force } => new(&file, model, force),
        Command::Schema => {
            println!("{}", gevinst::schema::plan_schema());
            Ok(())
        }
        Command::Render {
            plan,
            output,
            only,
            typst,
            today,
            paper,
            dpi,
            pdf_standard,
            lang,
            measurements,
        } => {
            let today = resolve_today(today.as_deref())?;
            let output = output.unwrap_or_else(|| plan.with_extension("pdf"));
            check_output(&plan, &output)?;
            let format = output_format(&output);
            if dpi.is_some() && format != Some(ImageFormat::Png) {
                eprintln!(
                    "gevinst: --dpi is for PNG images; {} is not a .png",
                    output.display()
                );
                return Err(Failure(EXIT_USAGE));
            }
            let mut checked = load(&plan)?;
            if let Some(paper) = paper {
                checked.plan.map.paper = paper;
            }
            // The plan's own measurements file first, then one given on the command line.
            if let Some((name, data)) = checked.files.measurements.take() {
                add_measurements(&name, &data, &mut checked.plan, today.into())?;
            }
            if let Some(file) = &measurements {
                let data = read(file)?;
                add_measurements(
                    &file.display().to_string(),
                    &data,
                    &mut checked.plan,
                    today.into(),
                )?;
            }
            let lang = lang.unwrap_or(checked.plan.lang);
            let model = Model::new(&checked, Texts::new(lang), today.into());
            // An image shows the benefit map unless other documents are asked for.
            let only = if format.is_some() && only.is_empty() {
                vec![Document::BenefitMap]
            } else {
                only
            };
            let documents = documents(&plan, &model, only)?;
            let mut renderer = Renderer::new(today);
            renderer.set_standard(pdf_standard);
            let generated = renderer
                .typst_source(&model, &documents, &plan.display().to_string())
                .map_err(|err| fail(&plan, err))?;
            for warning in &generated.warnings {
                eprintln!("gevinst: warning: {warning}");
            }
            let source = generated.source;
            if let Some(dir) = &typst {
                render::write_typst_dir(dir, &source, renderer.assets())
                    .map_err(|err| fail(&plan, err))?;
            }
            let (files, warnings) = match format {
                None => {
                    let (pdf, warnings) = renderer.pdf(&source).map_err(|err| fail(&plan, err))?;
                    (vec![(output, pdf)], warnings)
                }
                Some(format) => {
                    let images = match format {
                        ImageFormat::Svg => renderer.svg(&source),
                        ImageFormat::Png => renderer.png(&source, dpi.unwrap_or(DEFAULT_DPI)),
                    };
                    let (pages, warnings) = images.map_err(|err| fail(&plan, err))?;
                    (page_files(&output, pages), warnings)
                }
            };
            for warning in warnings {
                eprintln!("gevinst: internal warning from the layout (please report): {warning}");
            }
            let written = files.len();
            let first = files.first().map(|(path, _)| path.display().to_string());
            for (path, data) in files {
                write_atomically(&path, &data, true).map_err(|err| {
                    eprintln!("gevinst: cannot write {}: {}", path.display(), err.kind());
                    Failure(EXIT_IO)
                })?;
            }
            if let Some(first) = first {
                let more = if written > 1 {
                    format!(" and {} more image(s)", written - 1)
                } else {
                    String::new()
                };
                println!("gevinst: wrote {first}{more}");
            }
            Ok(())
        }
    }
}

/// Image formats `render` writes instead of a PDF, chosen by the output's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImageFormat {
    /// Vector image, one file per page.
    Svg,
    /// Raster image at `--dpi`, one file per page.
    Png,
}

/// The PNG resolution when `--dpi` is not given: sharp on slides and on screen, and an A4
/// map stays a few hundred kilobytes.
const DEFAULT_DPI: u32 = 200;

/// Refuses an output that would destroy the input (`-o plan.yaml`) or that names a format
/// gevinst does not write (`-o plan.docx`), before anything is rendered.
fn check_output(plan: &Path, output: &Path) -> Result<(), Failure> {
    let same = match (plan.canonicalize(), output.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        eprintln!(
            "gevinst: -o {} is the plan itself; name the PDF differently, e.g. -o {}",
            output.display(),
            plan.with_extension("pdf").display()
        );
        return Err(Failure(EXIT_USAGE));
    }
    let extension = output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("pdf" | "svg" | "png")) {
        eprintln!(
            "gevinst: -o {} must end in .pdf, .svg or .png (the format gevinst writes)",
            output.display()
        );
        return Err(Failure(EXIT_USAGE));
    }
    let folder = folder(output);
    if !folder.is_dir() {
        eprintln!(
            "gevinst: cannot write {}: the folder {} does not exist",
            output.display(),
            folder.display()
        );
        return Err(Failure(EXIT_IO));
    }
    Ok(())
}

/// The image format an output path asks for; `None` is a PDF.
fn output_format(path: &Path) -> Option<ImageFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "svg" => Some(ImageFormat::Svg),
        "png" => Some(ImageFormat::Png),
        _ => None,
    }
}

/// One file per page: `map.png` for one page, `map-1.png`, `map-2.png`… for several.
fn page_files(output: &Path, pages: Vec<Vec<u8>>) -> Vec<(PathBuf, Vec<u8>)> {
    if pages.len() == 1 {
        return pages
            .into_iter()
            .map(|p| (output.to_path_buf(), p))
            .collect();
    }
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = output
        .extension()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    pages
        .into_iter()
        .enumerate()
        .map(|(i, page)| {
            (
                output.with_file_name(format!("{stem}-{}.{extension}", i + 1)),
                page,
            )
        })
        .collect()
}

/// The documents to render: those asked for with `--only`, else every one the plan has.
/// Asking for a document the plan lacks (the business case appendix of a plan without a
/// `business_case:`) is the plan's error.
fn documents(plan: &Path, model: &Model, only: Vec<Document>) -> Result<Vec<Document>, Failure> {
    if only.is_empty() {
        return Ok(Document::all_for(model));
    }
    if let Some(missing) = only.iter().find(|d| !d.applies(model)) {
        let name = missing.name().replace('_', "-");
        eprintln!(
            "gevinst: {} has nothing for --only {name}; it needs {}, or leave {name} out",
            plan.display(),
            missing.needs()
        );
        return Err(Failure(EXIT_PLAN));
    }
    // In the full PDF's order, each once, whatever order the flags came in.
    Ok(Document::ALL
        .into_iter()
        .filter(|d| only.contains(d))
        .collect())
}

/// `gevinst check`: every diagnostic, sorted by position, and a summary; with a
/// measurements file, its diagnostics follow the plan's (a plan with errors is not merged).
fn check(
    path: &Path,
    measurements: Option<&Path>,
    today: gevinst::date::Date,
    format: Format,
    deny_warnings: bool,
) -> Result<(), Failure> {
    let bytes = read(path)?;
    let csv = measurements
        .map(|file| read(file).map(|b| (file, b)))
        .transpose()?;
    let found = match gevinst::check_in_folder(&path.display().to_string(), &bytes, folder(path)) {
        Ok(mut checked) => {
            let mut found = checked.warnings;
            let files = checked
                .files
                .measurements
                .take()
                .into_iter()
                .chain(csv.map(|(file, csv)| (file.display().to_string(), csv)));
            for (name, csv) in files {
                match gevinst::measurement_file::apply(&name, &csv, &mut checked.plan, today) {
                    Ok(warnings) | Err(warnings) => found.extend(warnings),
                }
            }
            found
        }
        Err(found) => found,
    };
    let errors = found
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = found.len() - errors;
    match format {
        Format::Text => {
            for diagnostic in &found {
                eprintln!("{diagnostic}");
            }
            println!(
                "{}: {errors} error(s), {warnings} warning(s)",
                path.display()
            );
        }
        Format::Json => {
            let diagnostics: Vec<serde_json::Value> = found
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                        "code": d.code,
                        "file": d.file,
                        "line": d.position.map(|p| p.line),
                        "column": d.position.map(|p| p.column),
                        "path": d.path,
                        "message": d.message,
                        "hint": d.hint,
                    })
                })
                .collect();
            let report = serde_json::json!({
                "file": path.display().to_string(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diagnostics,
            });
            println!("{report:#}");
        }
    }
    if errors > 0 || (deny_warnings && warnings > 0) {
        Err(Failure(EXIT_PLAN))
    } else {
        Ok(())
    }
}

/// Reads a plan file's bytes.
fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|err| {
        eprintln!("gevinst: cannot read {}: {err}", path.display());
        Failure(EXIT_IO)
    })
}

/// Reads and checks a plan, printing every diagnostic.
fn load(path: &Path) -> Result<gevinst::Checked, Failure> {
    let bytes = read(path)?;
    match gevinst::check_in_folder(&path.display().to_string(), &bytes, folder(path)) {
        Ok(checked) => {
            for warning in &checked.warnings {
                eprintln!("{warning}");
            }
            Ok(checked)
        }
        Err(found) => Err(refuse(&path.display().to_string(), &found)),
    }
}

/// Prints the diagnostics that stop a run and says that nothing was written: the plan's
/// error (exit code 1).
fn refuse(name: &str, found: &[gevinst::diagnostic::Diagnostic]) -> Failure {
    for diagnostic in found {
        eprintln!("{diagnostic}");
    }
    let errors = found
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    eprintln!("gevinst: {name} has {errors} error(s); nothing was written");
    Failure(EXIT_PLAN)
}

/// The folder of a file (a plan, where the files it refers to are; an output): its parent,
/// or the current folder for a bare file name.
fn folder(plan: &Path) -> &Path {
    match plan.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Merges the measurements file `name` into the plan, printing every diagnostic; an error
/// in the file is the plan's error (exit code 1).
fn add_measurements(
    name: &str,
    bytes: &[u8],
    plan: &mut gevinst::plan::Plan,
    today: gevinst::date::Date,
) -> Result<(), Failure> {
    match gevinst::measurement_file::apply(name, bytes, plan, today) {
        Ok(warnings) => {
            for warning in &warnings {
                eprintln!("{warning}");
            }
            Ok(())
        }
        Err(found) => Err(refuse(name, &found)),
    }
}

fn fail(plan: &Path, err: RenderError) -> Failure {
    match err {
        RenderError::Internal(message) => {
            eprintln!(
                "gevinst: internal error while rendering {}, please report:\n{message}",
                plan.display()
            );
            Failure(EXIT_INTERNAL)
        }
        RenderError::Io(message) => {
            eprintln!("gevinst: cannot write {message}");
            Failure(EXIT_IO)
        }
    }
}

/// `gevinst new`: writes the starter plan of `model`, never over an existing file unless
/// `force`.
fn new(path: &Path, model: Starter, force: bool) -> Result<(), Failure> {
    let text = model.text();
    match write_atomically(path, text.as_bytes(), force) {
        Ok(()) => {
            println!(
                "gevinst: wrote {}; fill it in, then run gevinst check {0}",
                path.display()
            );
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "gevinst: {} already exists; choose another name, or add --force to overwrite it",
                path.display()
            );
            Err(Failure(EXIT_USAGE))
        }
        Err(err) => {
            eprintln!("gevinst: cannot write {}: {err}", path.display());
            Err(Failure(EXIT_IO))
        }
    }
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so that a failed
/// run never leaves a truncated file behind. Without `overwrite`, an existing `path` is
/// left alone and the error is `AlreadyExists` (checked in the same step as the rename, so
/// a file created meanwhile is not lost either).
fn write_atomically(path: &Path, data: &[u8], overwrite: bool) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(data)?;
    // The temporary file is private (0600); the PDF is a document to share, so it gets the
    // permissions of the file it replaces, or the usual 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    file.as_file().sync_all()?;
    if overwrite {
        file.persist(path).map_err(|err| err.error)?;
    } else {
        file.persist_noclobber(path).map_err(|err| err.error)?;
    }
    Ok(())
}

/// The documents' date: `--today`, else SOURCE_DATE_EPOCH, else the system clock (UTC).
fn resolve_today(flag: Option<&str>) -> Result<Today, Failure> {
    if let Some(text) = flag {
        let date = match gevinst::date::Date::parse(text) {
            Ok(date) if date.day.is_some() => date,
            Ok(_) => {
                eprintln!("gevinst: --today {text}: give a day, YYYY-MM-DD");
                return Err(Failure(EXIT_USAGE));
            }
            Err(why) => {
                eprintln!("gevinst: --today: {why}");
                return Err(Failure(EXIT_USAGE));
            }
        };
        let (year, month, day) = date.first_day();
        return Ok(Today { year, month, day });
    }
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text.trim().parse::<i64>().map_err(|_| {
            eprintln!("gevinst: SOURCE_DATE_EPOCH={text} is not a number of seconds");
            Failure(EXIT_USAGE)
        })?,
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    };
    // 0 to 253402300799 is 1970-01-01 to 9999-12-31, the range a PDF date can hold.
    if !(0..=253_402_300_799).contains(&seconds) {
        eprintln!("gevinst: SOURCE_DATE_EPOCH={seconds} is outside 1970–9999");
        return Err(Failure(EXIT_USAGE));
    }
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    Ok(Today { year, month, day })
}

/// The Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{ImageFormat, civil_from_days, output_format, page_files};

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(17_260), (2017, 4, 4));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn images_by_extension_one_file_per_page() {
        assert_eq!(
            output_format(Path::new("a/map.SVG")),
            Some(ImageFormat::Svg)
        );
        assert_eq!(output_format(Path::new("map.png")), Some(ImageFormat::Png));
        assert_eq!(output_format(Path::new("plan.pdf")), None);
        assert_eq!(output_format(Path::new("plan")), None);
        let one = page_files(Path::new("out/map.png"), vec![vec![1]]);
        assert_eq!(one, [(PathBuf::from("out/map.png"), vec![1])]);
        let two: Vec<PathBuf> = page_files(Path::new("out/map.png"), vec![vec![1], vec![2]])
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            two,
            [
                PathBuf::from("out/map-1.png"),
                PathBuf::from("out/map-2.png")
            ]
        );
    }
}
