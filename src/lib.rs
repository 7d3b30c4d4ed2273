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
pub mod files;
pub mod follow_up;
pub mod i18n;
pub mod load;
pub mod locate;
pub mod map_layout;
pub mod measure;
pub mod measurement_file;
pub mod model;
pub mod plan;
pub mod render;
pub mod schema;
pub mod starter;
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
    /// The files the plan refers to, once read with [`check_in_folder`]; none with [`check`].
    pub files: files::Files,
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
            let path = case_error_path(&message);
            found.push(Diagnostic::error(
                "E030",
                name,
                located(&source, &path),
                Some(path),
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
    let mut checked = Checked {
        plan,
        business_case,
        source,
        files: files::Files::default(),
        warnings: found,
    };
    // The one-pager's fit does not depend on the day the documents are made; the model
    // needs one, so the plan's own date (or any) stands in.
    let today = checked.plan.project.date.unwrap_or(date::Date {
        year: 1970,
        month: 1,
        day: Some(1),
    });
    let model = model::Model::new(&checked, i18n::Texts::new(checked.plan.lang), today);
    // An idea has no one-pager to shorten.
    let shortened = (!checked.plan.is_idea())
        .then(|| documents::one_pager::shortening(&model, &checked.source))
        .flatten();
    if let Some(warning) = shortened {
        checked.warnings.push(warning);
        checked
            .warnings
            .sort_by_key(|d| (d.position.map(|p| (p.line, p.column)), d.severity));
    }
    Ok(checked)
}

/// [`check`] for a plan file in the folder `dir`, also reading the files the plan refers to
/// (its logo, its measurements file) from that folder, and refusing any outside it.
pub fn check_in_folder(
    name: &str,
    bytes: &[u8],
    dir: &std::path::Path,
) -> Result<Checked, Vec<Diagnostic>> {
    let mut checked = check(name, bytes)?;
    match files::read(&checked.plan, &checked.source, dir) {
        Ok(files) => {
            checked.files = files;
            Ok(checked)
        }
        Err(mut found) => {
            found.extend(checked.warnings);
            found.sort_by_key(|d| d.position.map(|p| (p.line, p.column)));
            Err(found)
        }
    }
}

/// The field a business-case message is about. The engine's messages begin with the field's
/// path, with a line's label in brackets after its index:
/// "business_case.benefits[0] ('Besparelse').amounts has 1 value(s)…" is about
/// `business_case.benefits[0].amounts`.
fn case_error_path(message: &str) -> String {
    let mut path = String::new();
    let mut rest = message;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']')))
            .unwrap_or(rest.len());
        path.push_str(&rest[..end]);
        rest = &rest[end..];
        // A label in brackets, " ('…')", is skipped; anything else ends the path.
        match rest.strip_prefix(" ('").and_then(|r| r.split_once("')")) {
            Some((_, after)) if after.starts_with('.') => rest = after,
            _ => break,
        }
    }
    if path.starts_with("business_case") {
        path.trim_end_matches('.').to_string()
    } else {
        "business_case".to_string()
    }
}

/// The position of `path`, or of the nearest enclosing field that has one.
fn located(source: &Source, path: &str) -> Option<locate::Position> {
    let mut path = path;
    loop {
        if let Some(position) = source.position(path) {
            return Some(position);
        }
        path = &path[..path.rfind(['.', '['])?];
    }
}

#[cfg(test)]
mod tests {
    use super::case_error_path;

    #[test]
    fn a_business_case_message_names_its_field() {
        assert_eq!(
            case_error_path(
                "business_case.benefits[0] ('Besparelse').amounts has 1 value(s) but the business case has 2"
            ),
            "business_case.benefits[0].amounts"
        );
        assert_eq!(
            case_error_path("business_case.discount_rate must be at least 0"),
            "business_case.discount_rate"
        );
        assert_eq!(case_error_path("the years are wrong"), "business_case");
    }
}
