//! From a validated plan to Typst source, and from Typst source to PDF.
//!
//! [`Renderer`] owns the template environment and one [`GevinstWorld`], so that a run which
//! produces several documents compiles them all in the same world and comemo can reuse work
//! between them. A Typst error here is a bug in gevinst's templates, never the user's fault:
//! it is reported as [`RenderError::Internal`] with the position in the generated source.

use std::path::Path;

use minijinja::Environment;
use serde_json::{Map, Value, json};
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::documents::{Asset, Document, View, one_pager};
use crate::model::Model;
use crate::template::{self, STYLE};
use crate::world::{FONT_FILES, GevinstWorld};

/// What went wrong while rendering.
#[derive(Debug)]
pub enum RenderError {
    /// A bug in gevinst: a template failed or produced Typst that does not compile.
    Internal(String),
    /// Writing the Typst source directory failed.
    Io(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Internal(message) | RenderError::Io(message) => f.write_str(message),
        }
    }
}

/// A calendar day, for `datetime.today()` and the PDF's creation date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day, 1–31.
    pub day: u8,
}

impl From<Today> for crate::date::Date {
    fn from(today: Today) -> Self {
        crate::date::Date {
            year: today.year,
            month: today.month,
            day: Some(today.day),
        }
    }
}

/// The archive and accessibility standards a PDF is made to and claims in its metadata.
///
/// The default suits a municipality's records: PDF/A-2a (archivable, tagged) and PDF/UA-1
/// (accessible). The others exist for systems that accept only one flavour, e.g. an archive
/// that takes PDF/A-3b, or a printer's workflow that wants no claims at all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Standard {
    /// PDF/A-2a and PDF/UA-1.
    #[default]
    #[value(name = "a-2a-ua-1")]
    A2aUa1,
    /// PDF/A-2b: archivable, with no claim about structure.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b: as PDF/A-2b, and allows embedded files.
    #[value(name = "a-3b")]
    A3b,
    /// PDF/UA-1 alone.
    #[value(name = "ua-1")]
    Ua1,
    /// A plain PDF 1.7 that claims no standard (still tagged).
    #[value(name = "none")]
    None,
}

impl Standard {
    fn pdf_standards(self) -> Result<PdfStandards, RenderError> {
        let list: &[PdfStandard] = match self {
            Standard::A2aUa1 => &[PdfStandard::A_2a, PdfStandard::Ua_1],
            Standard::A2b => &[PdfStandard::A_2b],
            Standard::A3b => &[PdfStandard::A_3b],
            Standard::Ua1 => &[PdfStandard::Ua_1],
            Standard::None => return Ok(PdfStandards::default()),
        };
        PdfStandards::new(list)
            .map_err(|err| RenderError::Internal(format!("PDF standards: {err:?}")))
    }
}

/// Generated Typst source and the warnings the documents raised while making it.
pub struct Generated {
    /// The Typst source of the main file.
    pub source: String,
    /// Messages for the user, e.g. that the benefit map had to be drawn small.
    pub warnings: Vec<String>,
}

/// Renders plans: templates to Typst, Typst to PDF, in one long-lived world.
pub struct Renderer {
    env: Environment<'static>,
    world: GevinstWorld,
    today: Datetime,
    assets: Vec<Asset>,
    standard: Standard,
}

impl Renderer {
    /// A renderer whose documents are dated `today`.
    pub fn new(today: Today) -> Renderer {
        let today = Datetime::from_ymd(today.year, today.month, today.day)
            .unwrap_or_else(|| Datetime::from_ymd(1970, 1, 1).expect("a valid date"));
        let mut world = GevinstWorld::new(today);
        world.set_source("style.typ", STYLE);
        Renderer {
            env: template::environment(),
            world,
            today,
            assets: Vec::new(),
            standard: Standard::default(),
        }
    }

    /// Makes the PDFs of later [`Renderer::pdf`] calls to `standard` instead of the default.
    pub fn set_standard(&mut self, standard: Standard) {
        self.standard = standard;
    }

    /// The Typst source of `documents`, in order, for the plan in `model`, with the
    /// documents' warnings for the user. The files the documents refer to (see
    /// [`Document::assets`]) replace those of the previous call in the world, and
    /// [`Renderer::assets`] returns them.
    pub fn typst_source(
        &mut self,
        model: &Model,
        documents: &[Document],
        source_name: &str,
    ) -> Result<Generated, RenderError> {
        let project = &model.plan.project;
        let mut context = Map::new();
        context.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
        context.insert("source".into(), json!(source_name));
        context.insert("t".into(), json!(model.texts.labels()));
        context.insert(
            "doc".into(),
            json!({
                "title": crate::documents::pdf_text(project.title.clone(), ""),
                "lang": model.texts.code(),
                "version": project.version,
                "date": project.date.map(|d| model.texts.date(d)),
            }),
        );
        context.insert(
            "documents".into(),
            json!(documents.iter().map(|d| d.name()).collect::<Vec<_>>()),
        );
        let mut warnings = Vec::new();
        for document in documents {
            let view = match document {
                Document::OnePager => self.fit_one_pager(model, &context)?,
                _ => document.view(model),
            };
            warnings.extend(view.warnings);
            context.insert(document.name().into(), view.data);
        }
        self.world.clear_files();
        self.assets = documents.iter().flat_map(|d| d.assets(model)).collect();
        for asset in &self.assets {
            self.world.set_file(&asset.path, asset.data.clone());
        }
        let source = self.main_source(context)?;
        Ok(Generated { source, warnings })
    }

    /// The main file's Typst source for a complete template context.
    fn main_source(&self, context: Map<String, Value>) -> Result<String, RenderError> {
        let template = self
            .env
            .get_template("main.typ")
            .map_err(|err| RenderError::Internal(format!("template main.typ: {err:#}")))?;
        template
            .render(Value::Object(context))
            .map_err(|err| RenderError::Internal(format!("template error: {err:#}")))
    }

    /// The one-pager's view, verified to be exactly one page: the estimated budget
    /// ([`one_pager::Budget::estimate`]) is compiled on its own, and shrunk a step at a time
    /// while the page runs over. The one-pager sets its own page, so alone it lays out
    /// exactly as inside the full PDF. `context` holds the labels and the document's
    /// metadata.
    fn fit_one_pager(
        &mut self,
        model: &Model,
        context: &Map<String, Value>,
    ) -> Result<View, RenderError> {
        let estimate = one_pager::Budget::estimate(model);
        let mut budget = estimate;
        loop {
            let data = one_pager::view(model, &budget);
            let mut alone = context.clone();
            alone.insert("documents".into(), json!([Document::OnePager.name()]));
            alone.insert(Document::OnePager.name().into(), data.clone());
            let source = self.main_source(alone)?;
            let (document, _) = self.compile(&source)?;
            if document.pages().len() == 1 {
                let mut warnings = Vec::new();
                if budget != estimate {
                    let cuts: Vec<String> = budget
                        .cuts(model)
                        .into_iter()
                        .map(|(_, what)| what)
                        .collect();
                    warnings.push(format!(
                        "the steering group's one-pager had to be shortened further than \
                         `gevinst check` estimated to stay on one page: {}",
                        cuts.join("; ")
                    ));
                }
                return Ok(View { data, warnings });
            }
            if !budget.shrink() {
                return Err(RenderError::Internal(
                    "the one-pager runs onto a second page even at one row per list".into(),
                ));
            }
        }
    }

    /// The files the last [`Renderer::typst_source`] refers to, for [`write_typst_dir`].
    pub fn assets(&self) -> &[Asset] {
        &self.assets
    }

    /// Compiles Typst source to a PDF. Typst warnings are returned; errors are bugs.
    pub fn pdf(&mut self, source: &str) -> Result<(Vec<u8>, Vec<String>), RenderError> {
        let document = self.compile(source)?;
        let options = PdfOptions {
            ident: Smart::Auto,
            creator: Smart::Custom(Some(format!("gevinst {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(Timestamp::new_utc(self.today)),
            standards: self.standard.pdf_standards()?,
            ..PdfOptions::default()
        };
        let pdf = typst_pdf::pdf(&document.0, &options)
            .map_err(|errors| RenderError::Internal(self.describe(&errors)))?;
        Ok((pdf, document.1))
    }

    /// Compiles Typst source to one SVG image per page. Text is drawn as glyph outlines, so
    /// the image looks the same without the fonts.
    pub fn svg(&mut self, source: &str) -> Result<(Vec<Vec<u8>>, Vec<String>), RenderError> {
        let (document, warnings) = self.compile(source)?;
        let options = typst_svg::SvgOptions::default();
        let pages = document
            .pages()
            .iter()
            .map(|page| typst_svg::svg(page, &options).into_bytes())
            .collect();
        Ok((pages, warnings))
    }

    /// Compiles Typst source to one PNG image per page at `dpi` dots per inch.
    pub fn png(
        &mut self,
        source: &str,
        dpi: u32,
    ) -> Result<(Vec<Vec<u8>>, Vec<String>), RenderError> {
        let (document, warnings) = self.compile(source)?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(dpi) / 72.0),
            render_bleed: false,
        };
        let pages = document
            .pages()
            .iter()
            .map(|page| {
                typst_render::render(page, &options)
                    .encode_png()
                    .map_err(|err| RenderError::Internal(format!("PNG encoding: {err}")))
            })
            .collect::<Result<_, _>>()?;
        Ok((pages, warnings))
    }

    /// Compiles Typst source to laid-out pages, with Typst's warnings.
    pub fn compile(&mut self, source: &str) -> Result<(PagedDocument, Vec<String>), RenderError> {
        self.world.set_main(source);
        let result = typst::compile::<PagedDocument>(&self.world);
        // Old cache entries would otherwise pile up across compiles in a long run.
        typst::comemo::evict(10);
        let warnings = result
            .warnings
            .iter()
            .map(|w| self.describe(std::slice::from_ref(w)))
            .collect();
        match result.output {
            Ok(document) => Ok((document, warnings)),
            Err(errors) => Err(RenderError::Internal(self.describe(&errors))),
        }
    }

    /// Diagnostics as `main.typ:LINE:COL: message` lines.
    fn describe(&self, diagnostics: &[SourceDiagnostic]) -> String {
        diagnostics
            .iter()
            .map(|diagnostic| {
                let place = diagnostic
                    .span
                    .id()
                    .and_then(|id| {
                        let source = self.world.source(id).ok()?;
                        let range = self.world.range(diagnostic.span)?;
                        let (line, column) = source.lines().byte_to_line_column(range.start)?;
                        let name = id.vpath().get_without_slash().to_string();
                        Some(format!("{name}:{}:{}: ", line + 1, column + 1))
                    })
                    .unwrap_or_default();
                let severity = match diagnostic.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                let hints: String = diagnostic
                    .hints
                    .iter()
                    .map(|h| format!(" (hint: {})", h.v))
                    .collect();
                format!("{place}{severity}: {}{hints}", diagnostic.message)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Writes the Typst source and everything it needs (style, fonts and the documents' `assets`)
/// into `dir`, so that `typst compile --features a11y-extras --ignore-system-fonts --font-path fonts main.typ` gives
/// the same document.
pub fn write_typst_dir(dir: &Path, source: &str, assets: &[Asset]) -> Result<(), RenderError> {
    let io =
        |what: &Path, err: std::io::Error| RenderError::Io(format!("{}: {err}", what.display()));
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).map_err(|err| io(&fonts, err))?;
    let files: Vec<(std::path::PathBuf, &[u8])> = [
        (dir.join("main.typ"), source.as_bytes()),
        (dir.join("style.typ"), STYLE.as_bytes()),
    ]
    .into_iter()
    .chain(
        FONT_FILES
            .iter()
            .map(|(name, data)| (fonts.join(name), *data)),
    )
    .chain(
        assets
            .iter()
            .map(|asset| (dir.join(&asset.path), asset.data.as_slice())),
    )
    .collect();
    for (path, data) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|err| io(parent, err))?;
        }
        std::fs::write(&path, data).map_err(|err| io(&path, err))?;
    }
    Ok(())
}
