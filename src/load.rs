//! Reading a plan file into a [`Plan`], with positions on every error.
//!
//! This is the first step of the pipeline. It turns bytes into the typed plan and nothing
//! more: the cross-references between objects are checked by [`crate::validate`].

use crate::diagnostic::{Diagnostic, nearest};
use crate::locate::{Locations, Position};
use crate::plan::Plan;

/// A plan file read into memory, with the index that maps field paths to positions.
pub struct Source {
    /// The name used in messages, as the user wrote it.
    pub name: String,
    /// The file's text, without a byte-order mark.
    pub text: String,
    /// Positions of every field.
    pub locations: Locations,
}

impl Source {
    /// Decodes a plan file. Invalid UTF-8 is an error that points to the first bad byte.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Source, Box<Diagnostic>> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let good = &bytes[..err.valid_up_to()];
                let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
                let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
                return Err(Box::new(
                    Diagnostic::error(
                        "E001",
                        name,
                        Some(Position { line, column }),
                        None,
                        "the file is not valid UTF-8 text".into(),
                    )
                    .with_hint("save the plan as UTF-8 (the default in most editors)"),
                ));
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
        let locations = Locations::index(&text);
        Ok(Source {
            name: name.to_string(),
            text,
            locations,
        })
    }

    /// Where the field at `path` is, for a diagnostic.
    pub fn position(&self, path: &str) -> Option<Position> {
        self.locations.value(path)
    }
}

/// Parses the source into a plan. A syntax error, a wrong type or an unknown key gives one
/// diagnostic with its position and the field's path.
pub fn parse(source: &Source) -> Result<Plan, Box<Diagnostic>> {
    let deserializer = serde_yaml::Deserializer::from_str(&source.text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let inner = err.into_inner();
        let yaml_position = inner.location().map(|location| Position {
            line: location.line(),
            column: location.column(),
        });
        Box::new(diagnose(source, path, &inner.to_string(), yaml_position))
    })
}

/// Turns serde's message into one a planner can act on.
fn diagnose(source: &Source, path: String, raw: &str, position: Option<Position>) -> Diagnostic {
    // serde_yaml appends " at line L column C"; the position is shown in front instead.
    let message = raw.split(" at line ").next().unwrap_or(raw).trim();
    // It also prefixes the field's path ("benefits[0]: "), which is shown separately.
    let message = match message.split_once(": ") {
        Some((prefix, rest)) if !prefix.contains(' ') => rest,
        _ => message,
    }
    .to_string();
    if let Some((key, expected)) = unknown_field(&message) {
        // serde_path_to_error's path already ends with the unknown key.
        let key_path = if path.ends_with(&key) {
            path.clone()
        } else {
            join(&path, &key)
        };
        let path = key_path
            .strip_suffix(&key)
            .unwrap_or("")
            .trim_end_matches('.')
            .to_string();
        let position = source.locations.key(&key_path).or(position);
        let mut diagnostic = Diagnostic::error(
            "E002",
            &source.name,
            position,
            Some(path.clone()),
            format!("unknown key '{key}'"),
        );
        diagnostic.hint = Some(match nearest(&key, expected.iter().map(String::as_str)) {
            Some(near) => format!("did you mean '{near}'?"),
            None => format!("valid keys here: {}", expected.join(", ")),
        });
        return diagnostic;
    }
    if let Some(field) = missing_field(&message) {
        return Diagnostic::error(
            "E003",
            &source.name,
            source.position(&path).or(position),
            Some(path),
            format!("missing key '{field}'"),
        );
    }
    if let Some((value, expected)) = unknown_variant(&message) {
        let mut diagnostic = Diagnostic::error(
            "E004",
            &source.name,
            source.position(&path).or(position),
            Some(path),
            format!("'{value}' is not allowed here"),
        );
        diagnostic.hint = Some(match nearest(&value, expected.iter().map(String::as_str)) {
            Some(near) => format!("did you mean '{near}'? allowed: {}", expected.join(", ")),
            None => format!("allowed: {}", expected.join(", ")),
        });
        return diagnostic;
    }
    // A value's own position beats serde_yaml's, which can point at the enclosing mapping.
    let position = if path.is_empty() {
        position
    } else {
        source.position(&path).or(position)
    };
    let (message, hint) = plain_words(&message);
    let hint = hint
        .or_else(|| {
            tab_indent(source).map(|line| {
                format!("line {line} is indented with a tab; YAML needs spaces for indentation")
            })
        })
        .or_else(|| {
            // The scanner's words for a key indented unlike its neighbours.
            message.contains("mapping values are not allowed").then(|| {
                "check the indentation: keys of the same object must start in the same \
                 column, and a key's value on the same line must not contain ': '"
                    .to_string()
            })
        });
    // serde points a key written twice at the first; the second is the one to delete.
    let position = match (message.strip_prefix("the key '"), position) {
        (Some(rest), Some(first)) if rest.ends_with("' is written twice") => {
            let key = format!("{}:", rest.trim_end_matches("' is written twice"));
            second_key(source, first, &key).or(Some(first))
        }
        _ => position,
    };
    // A scanner error comes before serde knows the field: its path ends in '?'.
    let path = path
        .trim_end_matches(".?")
        .trim_end_matches('?')
        .to_string();
    let path = (!path.is_empty()).then_some(path);
    let mut diagnostic = Diagnostic::error("E001", &source.name, position, path, message);
    diagnostic.hint = hint;
    diagnostic
}

/// Where `key` (with its colon) is written a second time at the indentation of the line
/// `first` is on, after that line.
fn second_key(source: &Source, first: Position, key: &str) -> Option<Position> {
    let lines: Vec<&str> = source.text.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let level = indent(lines.get(first.line.checked_sub(1)?)?);
    lines
        .iter()
        .enumerate()
        .skip(first.line)
        .take_while(|(_, l)| l.trim().is_empty() || indent(l) >= level)
        .find(|(_, l)| indent(l) == level && l.trim_start().starts_with(key))
        .map(|(i, _)| Position {
            line: i + 1,
            column: level + 1,
        })
}

/// The first line indented with a tab, which YAML refuses or misreads.
fn tab_indent(source: &Source) -> Option<usize> {
    source
        .text
        .lines()
        .position(|line| {
            line.chars()
                .take_while(|c| c.is_whitespace())
                .any(|c| c == '\t')
        })
        .map(|i| i + 1)
}

/// serde's wording of a wrong type ("invalid type: sequence, expected a string") in a
/// planner's words, with a hint for the usual slips: yes/no for a flag, a decimal comma.
fn plain_words(message: &str) -> (String, Option<String>) {
    if let Some(name) = message.strip_prefix("data did not match any variant of untagged enum ") {
        let expected = match name {
            "Level" => "a number or a text",
            _ => "another kind of value",
        };
        return (format!("expected {expected} here"), None);
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return (
            format!("the key '{field}' is written twice"),
            Some(format!("keep one '{field}:' and delete the other")),
        );
    }
    let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    else {
        return (message.to_string(), None);
    };
    let text = found
        .strip_prefix("string ")
        .map(|quoted| quoted.trim_matches('"'));
    let found_words = match found {
        "sequence" => "a list".to_string(),
        "map" => "keys with values (a mapping)".to_string(),
        "unit value" => "an empty value".to_string(),
        _ => match text {
            Some(text) => format!("the text '{text}'"),
            None => found
                .split_once(' ')
                .map_or(found, |(_, value)| value)
                .trim_matches('`')
                .to_string(),
        },
    };
    let expected_words = if expected.starts_with("struct Plan") {
        "a plan: keys such as project:, goals: and benefits: at the start of lines"
    } else if expected.starts_with("struct ") || expected == "a map" {
        "keys with values (a mapping)"
    } else if expected == "a boolean" {
        "true or false"
    } else if expected == "a string" {
        "a text"
    } else if expected == "a sequence" {
        "a list, such as [F1, F2]"
    } else if matches!(
        expected,
        "f64" | "f32" | "i32" | "i64" | "u32" | "u64" | "a number"
    ) {
        "a number"
    } else {
        expected
    };
    let hint = match (expected, text) {
        ("a boolean", Some(word)) => Some(format!(
            "write true or false; YAML reads '{word}' as text, not as yes or no"
        )),
        (_, Some(word)) if expected_words == "a number" && word.contains(',') => Some(format!(
            "write the number the YAML way, with a point before decimals and no thousands separators: {}",
            word.replace('.', "").replace(',', ".")
        )),
        _ => None,
    };
    (
        format!("expected {expected_words}, found {found_words}"),
        hint,
    )
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The back-quoted names in a serde message: "unknown field `a`, expected one of `b`, `c`".
fn quoted(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field ")?;
    let mut names = quoted(rest).into_iter();
    Some((names.next()?, names.collect()))
}

fn unknown_variant(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown variant ")?;
    let mut names = quoted(rest).into_iter();
    Some((names.next()?, names.collect()))
}

fn missing_field(message: &str) -> Option<String> {
    quoted(message.strip_prefix("missing field ")?)
        .into_iter()
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Plan, Box<Diagnostic>> {
        parse(&Source::from_bytes("plan.yaml", text.as_bytes()).unwrap())
    }

    const MINIMAL: &str = "project:\n  title: T\n  period: {start: 2017-03, end: 2018-06}\n";

    #[test]
    fn a_key_written_twice_points_at_the_second() {
        let err =
            load("project:\n  title: A\n  title: B\n  period: {start: 2017-03, end: 2018-06}\n")
                .unwrap_err();
        assert_eq!(err.message, "the key 'title' is written twice");
        assert_eq!(err.position, Some(Position { line: 3, column: 3 }));
    }

    #[test]
    fn a_key_indented_unlike_its_neighbours_gets_a_hint_and_no_question_mark() {
        let err =
            load("project:\n  title: T\n   period: {start: 2017-03, end: 2018-06}\n").unwrap_err();
        assert_eq!(err.position.map(|p| p.line), Some(3));
        assert!(
            err.hint
                .as_deref()
                .unwrap_or_default()
                .contains("indentation")
        );
        assert!(
            !err.path.as_deref().unwrap_or_default().contains('?'),
            "{:?}",
            err.path
        );
    }

    #[test]
    fn loads_a_minimal_plan() {
        let plan = load(MINIMAL).unwrap();
        assert_eq!(plan.project.title, "T");
    }

    #[test]
    fn malformed_yaml_has_a_position() {
        let err = load("project:\n  title: [unclosed\n").unwrap_err();
        assert!(err.position.is_some(), "{err}");
        assert!(err.to_string().starts_with("plan.yaml:"), "{err}");
    }

    #[test]
    fn unknown_key_names_the_nearest() {
        let text = format!("{MINIMAL}benefits:\n  - id: G1\n    title: x\n    ower: y\n");
        let err = load(&text).unwrap_err();
        assert_eq!(err.message, "unknown key 'ower'");
        assert_eq!(err.path.as_deref(), Some("benefits[0]"));
        assert_eq!(err.hint.as_deref(), Some("did you mean 'owner'?"));
        assert_eq!(err.position, Some(Position { line: 7, column: 5 }));
    }

    #[test]
    fn bad_enum_value_lists_the_allowed() {
        let text =
            format!("{MINIMAL}deliverables:\n  - id: L1\n    title: x\n    status: færdig\n");
        let err = load(&text).unwrap_err();
        assert!(err.message.contains("færdig"), "{err}");
        assert!(err.hint.as_deref().unwrap().contains("done"), "{err}");
    }

    #[test]
    fn impossible_date_is_refused_with_its_path() {
        let text = MINIMAL.replace("2018-06", "2017-02-30");
        let err = load(&text).unwrap_err();
        assert!(err.message.contains("28 days"), "{err}");
        assert_eq!(err.path.as_deref(), Some("project.period.end"));
    }

    #[test]
    fn invalid_utf8_points_to_the_byte() {
        let err = Source::from_bytes("plan.yaml", b"project:\n  title: \xff\n")
            .err()
            .unwrap();
        assert_eq!(
            err.position,
            Some(Position {
                line: 2,
                column: 10
            })
        );
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        assert!(load(&format!("\u{feff}{MINIMAL}")).is_ok());
    }

    #[test]
    fn wrong_types_are_said_in_plain_words() {
        let flag = load(&format!(
            "{MINIMAL}benefits:\n  - {{id: G1, title: x, negative: yes}}\n"
        ))
        .unwrap_err();
        assert_eq!(flag.message, "expected true or false, found the text 'yes'");
        assert!(flag.hint.unwrap().starts_with("write true or false"));

        let comma = load(&format!("{MINIMAL}benefits:\n  - id: G1\n    title: x\n    measurements:\n      - kind: final\n        date: 2018-01\n        value: 3,4\n")).unwrap_err();
        assert_eq!(comma.message, "expected a number, found the text '3,4'");
        assert!(comma.hint.unwrap().ends_with(": 3.4"));

        let list = load(&MINIMAL.replace("title: T", "title: [T]")).unwrap_err();
        assert_eq!(list.message, "expected a text, found a list");
        assert_eq!(list.path.as_deref(), Some("project.title"));

        let not_a_plan = load("just some words\n").unwrap_err();
        assert!(
            not_a_plan.message.starts_with("expected a plan"),
            "{not_a_plan}"
        );
        assert!(!not_a_plan.message.contains("struct"), "{not_a_plan}");
    }

    #[test]
    fn a_tab_in_the_indentation_is_named() {
        let err = load("project:\n\ttitle: T\n").unwrap_err();
        assert!(
            err.hint
                .as_deref()
                .unwrap_or_default()
                .contains("line 2 is indented with a tab"),
            "{err}"
        );
    }
}
