//! The Typst `World` that gevinst compiles in: everything in memory, nothing from outside.
//!
//! The documents' Typst source, the style library and the charts are virtual files; the
//! fonts are the ones in `fonts/`, embedded in the binary. There is no file system access,
//! no system-font scan and no package download, so a document compiles the same on every
//! machine. One world is kept alive across the documents of a run: [`GevinstWorld::set_main`]
//! swaps the main source in place, which lets comemo reuse the work of earlier compiles.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};

/// The fonts shipped in `fonts/`, with their file names (for `--typst` output).
pub const FONT_FILES: &[(&str, &[u8])] = &[
    (
        "SourceSerif4-Regular.ttf",
        include_bytes!("../fonts/SourceSerif4-Regular.ttf"),
    ),
    (
        "SourceSerif4-It.ttf",
        include_bytes!("../fonts/SourceSerif4-It.ttf"),
    ),
    (
        "SourceSerif4-Bold.ttf",
        include_bytes!("../fonts/SourceSerif4-Bold.ttf"),
    ),
    (
        "SourceSerif4-BoldIt.ttf",
        include_bytes!("../fonts/SourceSerif4-BoldIt.ttf"),
    ),
    (
        "SourceSans3-Regular.ttf",
        include_bytes!("../fonts/SourceSans3-Regular.ttf"),
    ),
    (
        "SourceSans3-It.ttf",
        include_bytes!("../fonts/SourceSans3-It.ttf"),
    ),
    (
        "SourceSans3-Semibold.ttf",
        include_bytes!("../fonts/SourceSans3-Semibold.ttf"),
    ),
    (
        "SourceSans3-Bold.ttf",
        include_bytes!("../fonts/SourceSans3-Bold.ttf"),
    ),
    (
        "SourceSans3-BoldIt.ttf",
        include_bytes!("../fonts/SourceSans3-BoldIt.ttf"),
    ),
    (
        "NotoColorEmoji.ttf",
        include_bytes!("../fonts/NotoColorEmoji.ttf"),
    ),
];

/// The parsed fonts and their book, built once per process.
static FONTS: LazyLock<(Vec<Font>, LazyHash<FontBook>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
        .collect();
    let book = LazyHash::new(FontBook::from_fonts(&fonts));
    (fonts, book)
});

/// The embedded fonts, parsed once per process (for measuring text outside Typst).
pub fn fonts() -> &'static [Font] {
    &FONTS.0
}

/// Whether the embedded fonts can print `c`. Characters that are never drawn on their own
/// (zero-width joiners, variation selectors, soft hyphens) count as printable.
pub fn printable(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0020}'..='\u{e007f}')
        || FONTS
            .0
            .iter()
            .any(|font| font.info().coverage.contains(c as u32))
}

/// The standard library, built once per process. `A11yExtras` gives `pdf.table-summary`,
/// which tells a screen reader how the timeline's grid of bars is read.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| {
    LazyHash::new(
        Library::builder()
            .with_features([Feature::A11yExtras].into_iter().collect())
            .build(),
    )
});

/// The id of a file at `path` in the project root.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("gevinst's own file names are valid paths");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// An in-memory world: a main source, extra files and the embedded fonts.
pub struct GevinstWorld {
    main: FileId,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

impl GevinstWorld {
    /// A world whose `datetime.today()` is `today`, so output is reproducible.
    pub fn new(today: Datetime) -> GevinstWorld {
        GevinstWorld {
            main: file_id("main.typ"),
            sources: HashMap::new(),
            files: HashMap::new(),
            today,
        }
    }

    /// Sets the text of a Typst source file, editing an existing one in place so that
    /// incremental compilation can reuse what did not change.
    pub fn set_source(&mut self, path: &str, text: &str) {
        let id = file_id(path);
        match self.sources.get_mut(&id) {
            Some(source) => {
                source.replace(text);
            }
            None => {
                self.sources.insert(id, Source::new(id, text.to_string()));
            }
        }
    }

    /// Sets the main file's text.
    pub fn set_main(&mut self, text: &str) {
        self.set_source("main.typ", text);
    }

    /// Adds or replaces a data file, such as a chart's SVG.
    pub fn set_file(&mut self, path: &str, data: Vec<u8>) {
        self.files.insert(file_id(path), Bytes::new(data));
    }

    /// Drops the data files, before the next document adds its own.
    pub fn clear_files(&mut self) {
        self.files.clear();
    }
}

impl World for GevinstWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.1
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.sources.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(source) = self.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        self.files.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.0.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
