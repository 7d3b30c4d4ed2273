//! The template engine, and the one place where user text enters Typst source.
//!
//! Templates in `templates/` are minijinja templates that write Typst. Every `{{ value }}`
//! is turned into a Typst *code literal* by [`write_literal`]: a string becomes a quoted,
//! escaped string literal, a list an array, a map a dictionary. Templates therefore only
//! ever place user text where Typst expects an expression (a function argument, or after
//! `#` in markup), and no string, whatever it holds, can become markup or code. There is no
//! `safe` filter in use and no other path from data to source.

use std::fmt::Write as _;

use minijinja::value::{Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};

/// The templates, embedded at build time: (name, text).
const TEMPLATES: &[(&str, &str)] = &[
    ("main.typ", include_str!("../templates/main.typ")),
    ("summary.typ", include_str!("../templates/summary.typ")),
    ("one_pager.typ", include_str!("../templates/one_pager.typ")),
    (
        "assessment.typ",
        include_str!("../templates/assessment.typ"),
    ),
    (
        "benefit_map.typ",
        include_str!("../templates/benefit_map.typ"),
    ),
    (
        "map_drawing.typ",
        include_str!("../templates/map_drawing.typ"),
    ),
    (
        "realisation_plan.typ",
        include_str!("../templates/realisation_plan.typ"),
    ),
    ("timeline.typ", include_str!("../templates/timeline.typ")),
    ("benefits.typ", include_str!("../templates/benefits.typ")),
    ("changes.typ", include_str!("../templates/changes.typ")),
    (
        "deliverables.typ",
        include_str!("../templates/deliverables.typ"),
    ),
    ("follow_up.typ", include_str!("../templates/follow_up.typ")),
    (
        "business_case.typ",
        include_str!("../templates/business_case.typ"),
    ),
    ("slides.typ", include_str!("../templates/slides.typ")),
    (
        "timeline_drawing.typ",
        include_str!("../templates/timeline_drawing.typ"),
    ),
];

/// The Typst style library every document imports, written verbatim (it is not a template).
pub const STYLE: &str = include_str!("../templates/style.typ");

/// A template environment that writes every value as a Typst literal.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("typst"));
    env.set_formatter(|out: &mut Output, _state: &State, value: &Value| {
        let mut text = String::new();
        write_literal(&mut text, value)?;
        out.write_str(&text).map_err(Error::from)
    });
    env.set_keep_trailing_newline(true);
    for (name, text) in TEMPLATES {
        env.add_template(name, text)
            .expect("templates are checked by the tests");
    }
    env
}

/// Writes `value` as a Typst expression that evaluates to the same data.
pub fn write_literal(out: &mut String, value: &Value) -> Result<(), Error> {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => out.push_str("none"),
        ValueKind::Bool => out.push_str(if value.is_true() { "true" } else { "false" }),
        // Numbers in views are structural (a row span, a count); user amounts arrive as
        // formatted strings. A number cannot carry markup, so it is written as a number.
        ValueKind::Number => match (i64::try_from(value.clone()), f64::try_from(value.clone())) {
            (Ok(int), _) => {
                let _ = write!(out, "{int}");
            }
            (_, Ok(float)) if float.is_finite() => {
                let _ = write!(out, "{float:?}");
            }
            _ => out.push_str("none"),
        },
        ValueKind::String => write_string(out, value.as_str().unwrap_or_default()),
        ValueKind::Seq | ValueKind::Iterable => {
            out.push('(');
            for item in value.try_iter()? {
                write_literal(out, &item)?;
                out.push_str(", ");
            }
            out.push(')');
        }
        ValueKind::Map => {
            out.push('(');
            let mut any = false;
            for key in value.try_iter()? {
                write_string(out, &key.to_string());
                out.push_str(": ");
                write_literal(out, &value.get_item(&key)?)?;
                out.push_str(", ");
                any = true;
            }
            if !any {
                out.push(':');
            }
            out.push(')');
        }
        _ => {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!("a {} cannot be written into a document", value.kind()),
            ));
        }
    }
    Ok(())
}

/// A Typst string literal. Typst knows the escapes `\\`, `\"`, `\n`, `\r`, `\t` and
/// `\u{…}`; every other character stands for itself inside the quotes.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_become_escaped_literals() {
        let mut out = String::new();
        write_string(&mut out, "a\"b\\c\nd\u{7}e #read(\"/etc/passwd\") $x$ */");
        assert_eq!(out, r#""a\"b\\c\nd\u{7}e #read(\"/etc/passwd\") $x$ */""#);
    }

    #[test]
    fn collections_become_arrays_and_dictionaries() {
        let value = Value::from_serialize(serde_json::json!({"a": [1, "x"], "b": null, "c": {}}));
        let mut out = String::new();
        write_literal(&mut out, &value).unwrap();
        assert_eq!(out, r#"("a": (1, "x", ), "b": none, "c": (:), )"#);
    }

    #[test]
    fn every_template_parses() {
        let env = environment();
        for (name, _) in TEMPLATES {
            assert!(env.get_template(name).is_ok(), "{name}");
        }
    }
}
