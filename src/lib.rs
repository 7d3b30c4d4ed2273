//! gevinst turns a benefits-realisation plan (gevinstrealiseringsplan) written in YAML into
//! the printable documents a Danish municipality needs.
//!
//! Data flows one way: [`load`] reads the YAML into a [`plan::Plan`], [`validate`] checks
//! its references, [`model`] works out the links, each module in [`documents`] builds a
//! view for its template, [`template`] writes Typst source, and [`render`] compiles it in
//! the in-memory [`world`] to PDF.

pub mod business_case;
pub mod chart;
pub mod colour;
pub mod date;
pub mod diagnostic;
pub mod documents;
pub mod i18n;
pub mod load;
pub mod locate;
pub mod map_layout;
pub mod measure;
pub mod model;
pub mod plan;
pub mod render;
pub mod template;
pub mod validate;
pub mod world;

use diagnostic::{Diagnostic, Severity};
use load::Source;
use plan::Plan;

/// A plan that loaded and passed validation, with the warnings found on the way.
pub struct Checked {
    /// The plan.
    pub plan: Plan,
    /// The plan's business case, computed, when it has one.
    pub business_case: Option<business_case::Computation>,
    /// The file it came from, for positions in later messages.
    pub source: Source,
    /// Problems that do not stop rendering.
    pub warnings: Vec<Diagnostic>,
}

/// Loads and validates a plan file. On failure, every diagnostic found is returned, errors
/// and warnings, sorted by position.
pub fn check(name: &str, bytes: &[u8]) -> Result<Checked, Vec<Diagnostic>> {
    let source = Source::from_bytes(name, bytes).map_err(|d| vec![*d])?;
    let plan = load::parse(&source).map_err(|d| vec![*d])?;
    let mut found = validate::validate(&plan, &source);
    let business_case = match plan
        .business_case
        .as_ref()
        .map(|case| case.compute())
        .transpose()
    {
        Ok(computed) => computed,
        Err(message) => {
            let path = "business_case";
            found.push(Diagnostic::error(
                "E030",
                name,
                source.position(path),
                Some(path.into()),
                message,
            ));
            None
        }
    };
    found.extend(validate::business_case_lines(
        &plan,
        business_case.as_ref(),
        &source,
    ));
    if found.iter().any(|d| d.severity == Severity::Error) {
        return Err(found);
    }
    Ok(Checked {
        plan,
        business_case,
        source,
        warnings: found,
    })
}
