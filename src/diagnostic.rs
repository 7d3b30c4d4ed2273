//! Messages about a plan, in the form a compiler uses: `file:line:col: error: message`.
//!
//! Every problem found in a plan, from a YAML syntax error to a dangling reference, becomes a
//! [`Diagnostic`] that names the file, the position, the field's path and, where it helps,
//! the nearest valid alternative. Loading, validation and rendering all report this way, so
//! a planner sees one format whatever went wrong.

use std::fmt;

use crate::locate::Position;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The plan can still be rendered.
    Warning,
    /// The plan cannot be rendered until this is fixed.
    Error,
}

/// One message about a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The rule's code, e.g. `E012`; documented in docs/plan-format.md.
    pub code: &'static str,
    /// The plan's file name as the user gave it.
    pub file: String,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field's path, e.g. `benefits[2].goals[0]`, when the message is about a field.
    pub path: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it, e.g. "did you mean 'owner'?".
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error about the field at `path`, breaking the rule `code`.
    pub fn error(
        code: &'static str,
        file: &str,
        position: Option<Position>,
        path: Option<String>,
        message: String,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_string(),
            position,
            path,
            message,
            hint: None,
        }
    }

    /// The same diagnostic with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(position) = self.position {
            write!(f, ":{}:{}", position.line, position.column)?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}[{}]: ", self.code)?;
        if let Some(path) = self.path.as_deref().filter(|p| !p.is_empty()) {
            write!(f, "{path}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(word.len()) / 2).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos_and_ignores_strangers() {
        let keys = ["owner", "unit", "target", "baseline"];
        assert_eq!(nearest("ower", keys), Some("owner"));
        assert_eq!(nearest("traget", keys), Some("target"));
        assert_eq!(nearest("colour", keys), None);
    }

    #[test]
    fn displays_like_a_compiler() {
        let diagnostic = Diagnostic::error(
            "E002",
            "plan.yaml",
            Some(Position { line: 7, column: 5 }),
            Some("benefits[1]".into()),
            "unknown key 'ower'".into(),
        )
        .with_hint("did you mean 'owner'?");
        assert_eq!(
            diagnostic.to_string(),
            "plan.yaml:7:5: error[E002]: benefits[1]: unknown key 'ower'\n  = hint: did you mean 'owner'?"
        );
    }
}
