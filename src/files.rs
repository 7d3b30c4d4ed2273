//! Files a plan refers to (its logo, its measurements file), read from the plan's own folder
//! and nowhere else.
//!
//! A plan travels: it is mailed, attached to case documents and rendered on other machines.
//! So a reference is a path relative to the plan's folder, and anything that would leave the
//! folder — `../` steps, an absolute path elsewhere, a symbolic link pointing out — is
//! refused, as is a file that is not what the field expects. Each refusal is a diagnostic on
//! the field, so the planner sees `plan.yaml:5:9: error[E051]: …` like any other mistake.

use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::load::Source;

/// The largest file a plan may refer to. A logo is a few hundred kilobytes; anything much
/// larger is a mistake (a photo, a video) that would bloat every PDF.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// An image the documents show, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// The file's extension as Typst knows the format: `png`, `jpg`, `gif` or `svg`.
    pub format: &'static str,
    /// The file's bytes.
    pub data: Vec<u8>,
}

/// The files a plan refers to, read from its folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Files {
    /// The organisation's logo (`project.logo`), for the title page and the cards.
    pub logo: Option<Image>,
    /// The measurements file (`measurements_file`): its name for messages (the plan's
    /// folder and the name as written) and its bytes, for [`crate::measurement_file`].
    pub measurements: Option<(String, Vec<u8>)>,
}

/// Why a referenced file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The path leaves the plan's folder.
    Outside(String),
    /// There is no such file (or it cannot be read).
    Missing(String),
    /// The file is not what the field expects, or too large.
    Unusable(String),
}

impl Refusal {
    /// The diagnostic code of the refusal, documented in docs/plan-format.md.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Outside(_) => "E050",
            Refusal::Missing(_) => "E051",
            Refusal::Unusable(_) => "E052",
        }
    }

    fn message(self) -> String {
        match self {
            Refusal::Outside(m) | Refusal::Missing(m) | Refusal::Unusable(m) => m,
        }
    }
}

/// Resolves `reference` against the plan's folder `dir`, refusing any path that leaves it.
/// The check is made twice: on the words of the path (no `..`, no absolute path elsewhere),
/// and on the file found, after symbolic links are followed.
pub fn resolve(dir: &Path, reference: &str) -> Result<PathBuf, Refusal> {
    let given = Path::new(reference);
    if reference.trim().is_empty() {
        return Err(Refusal::Missing("the file name is empty".into()));
    }
    let folder = dir.canonicalize().map_err(|err| {
        Refusal::Missing(format!(
            "the plan's folder {} cannot be read: {err}",
            dir.display()
        ))
    })?;
    let outside = || {
        Refusal::Outside(format!(
            "{reference} is outside the plan's folder {}; put the file in that folder (or below it) and name it relative to the plan: a file beside the plan by its name alone",
            folder.display()
        ))
    };
    let path = if given.is_absolute() {
        given.to_path_buf()
    } else {
        if given
            .components()
            .any(|c| matches!(c, Component::ParentDir))
        {
            return Err(outside());
        }
        folder.join(given)
    };
    let found = path.canonicalize().map_err(|_| {
        Refusal::Missing(format!(
            "{reference} does not exist (looked for {})",
            path.display()
        ))
    })?;
    if !found.starts_with(&folder) {
        return Err(outside());
    }
    if !found.is_file() {
        return Err(Refusal::Missing(format!("{reference} is not a file")));
    }
    Ok(found)
}

/// Reads an image the plan refers to and checks that it is one: PNG, JPEG, GIF or SVG, by
/// its content rather than its name, and at most [`MAX_BYTES`].
pub fn read_image(dir: &Path, reference: &str) -> Result<Image, Refusal> {
    let data = read_file(dir, reference)?;
    let format = image_format(&data).ok_or_else(|| {
        Refusal::Unusable(format!("{reference} is not a PNG, JPEG, GIF or SVG image"))
    })?;
    Ok(Image { format, data })
}

/// The image format of `data` by its first bytes; SVG by its root element.
fn image_format(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("jpg")
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Some("gif")
    } else {
        let text = std::str::from_utf8(&data[..data.len().min(4096)]).ok()?;
        text.contains("<svg").then_some("svg")
    }
}

/// Reads a file the plan refers to, of at most [`MAX_BYTES`].
pub fn read_file(dir: &Path, reference: &str) -> Result<Vec<u8>, Refusal> {
    let path = resolve(dir, reference)?;
    let size = path.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_BYTES {
        return Err(Refusal::Unusable(format!(
            "{reference} is {:.1} MB; a file the plan refers to may be at most {} MB",
            size as f64 / 1_048_576.0,
            MAX_BYTES / 1_048_576
        )));
    }
    std::fs::read(&path)
        .map_err(|err| Refusal::Missing(format!("{reference} cannot be read: {err}")))
}

/// Reads every file the plan refers to from `dir`, the plan's folder. The refusals are
/// errors on the fields that name the files.
pub fn read(
    plan: &crate::plan::Plan,
    source: &Source,
    dir: &Path,
) -> Result<Files, Vec<Diagnostic>> {
    let mut files = Files::default();
    let mut found = Vec::new();
    let mut refused = |path: &str, refusal: Refusal| {
        found.push(Diagnostic::error(
            refusal.code(),
            &source.name,
            source.position(path),
            Some(path.into()),
            refusal.message(),
        ));
    };
    if let Some(logo) = &plan.project.logo {
        match read_image(dir, logo) {
            Ok(image) => files.logo = Some(image),
            Err(refusal) => refused("project.logo", refusal),
        }
    }
    if let Some(file) = &plan.measurements_file {
        match read_file(dir, file) {
            Ok(data) => {
                let name = if dir == Path::new(".") {
                    file.clone()
                } else {
                    dir.join(file).display().to_string()
                };
                files.measurements = Some((name, data));
            }
            Err(refusal) => refused("measurements_file", refusal),
        }
    }
    if found.is_empty() {
        Ok(files)
    } else {
        Err(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("plan")).unwrap();
        std::fs::write(dir.path().join("plan/logo.png"), PNG).unwrap();
        std::fs::write(dir.path().join("secret.png"), PNG).unwrap();
        dir
    }

    #[test]
    fn a_file_in_the_folder_or_below_is_found() {
        let dir = folder();
        let plan = dir.path().join("plan");
        std::fs::create_dir(plan.join("img")).unwrap();
        std::fs::write(plan.join("img/logo.svg"), "<?xml version='1.0'?><svg/>").unwrap();
        assert_eq!(read_image(&plan, "logo.png").unwrap().format, "png");
        assert_eq!(read_image(&plan, "./img/logo.svg").unwrap().format, "svg");
        let absolute = plan.join("logo.png").display().to_string();
        assert_eq!(read_image(&plan, &absolute).unwrap().data, PNG);
    }

    #[test]
    fn a_path_out_of_the_folder_is_refused() {
        let dir = folder();
        let plan = dir.path().join("plan");
        for reference in ["../secret.png", "img/../../secret.png", "/etc/passwd"] {
            assert!(
                matches!(resolve(&plan, reference), Err(Refusal::Outside(_))),
                "{reference}"
            );
        }
        let absolute = dir.path().join("secret.png").display().to_string();
        assert!(matches!(
            resolve(&plan, &absolute),
            Err(Refusal::Outside(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_pointing_out_of_the_folder_is_refused() {
        let dir = folder();
        let plan = dir.path().join("plan");
        std::os::unix::fs::symlink(dir.path().join("secret.png"), plan.join("link.png")).unwrap();
        assert!(matches!(
            resolve(&plan, "link.png"),
            Err(Refusal::Outside(_))
        ));
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = folder();
        let plan = dir.path().join("plan");
        match resolve(&plan, "logo-ny.png") {
            Err(Refusal::Missing(message)) => assert!(message.contains("logo-ny.png"), "{message}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_that_is_no_image_is_refused() {
        let dir = folder();
        let plan = dir.path().join("plan");
        std::fs::write(plan.join("logo.txt"), "Københavns Kommune").unwrap();
        assert!(matches!(
            read_image(&plan, "logo.txt"),
            Err(Refusal::Unusable(_))
        ));
        let big = std::fs::File::create(plan.join("big.png")).unwrap();
        big.set_len(MAX_BYTES + 1).unwrap();
        assert!(matches!(
            read_image(&plan, "big.png"),
            Err(Refusal::Unusable(_))
        ));
    }
}
