//! Where in the YAML file a field is: a map from field paths to line and column.
//!
//! serde_yaml reports positions for syntax and type errors but forgets them once the plan is
//! loaded, and validation (a benefit pointing to goal M9) happens after loading. This module
//! re-reads the same text with yaml-rust2's event parser, which carries a position on every
//! event, and records where each path (`benefits[2].goals[0]`) starts. Paths use the same
//! spelling as serde_path_to_error, so one path names a field in every message.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A line and column, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// Positions of the values (and of the keys) of a YAML document, by path.
#[derive(Debug, Default)]
pub struct Locations {
    values: HashMap<String, Position>,
    keys: HashMap<String, Position>,
    scalars: Vec<Scalar>,
}

/// A scalar value as written, for checks that need the text itself (which characters it
/// holds, whether a number was written with Danish thousands separators).
#[derive(Debug, Clone)]
pub struct Scalar {
    /// The field's path.
    pub path: String,
    /// Where the value starts.
    pub position: Position,
    /// The value after YAML's unquoting and escapes.
    pub text: String,
    /// Whether it was written without quotes, so that YAML may read it as a number.
    pub plain: bool,
}

impl Locations {
    /// Indexes `text`. Text that does not parse yields an empty index: the loader reports
    /// the syntax error itself, with serde_yaml's position.
    pub fn index(text: &str) -> Locations {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut builder, false).is_err() {
            return Locations::default();
        }
        builder.locations
    }

    /// Where the value at `path` starts, or the nearest enclosing value that has a position.
    pub fn value(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(position) = self.values.get(path) {
                return Some(*position);
            }
            path = parent(path)?;
        }
    }

    /// Every scalar value of the document (not the keys), in file order.
    pub fn scalars(&self) -> &[Scalar] {
        &self.scalars
    }

    /// Where the key that ends `path` is written, e.g. the `ower` of `benefits[2].ower`.
    pub fn key(&self, path: &str) -> Option<Position> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }
}

/// The path one level up: `a.b[2]` → `a.b` → `a` → `` → none.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    Some(path.rfind(['.', '[']).map_or("", |cut| &path[..cut]))
}

/// One open collection while walking the events.
enum Frame {
    /// A sequence and the index of its next item.
    Sequence { path: String, next: usize },
    /// A mapping, and the key whose value comes next (`None`: a key comes next).
    Mapping { path: String, key: Option<String> },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    locations: Locations,
}

impl Builder {
    /// The path of the node that starts now, advancing the enclosing collection; `None` when
    /// the node is a mapping key.
    fn next_path(&mut self, event_text: Option<&str>, position: Position) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, next }) => {
                let item = format!("{path}[{next}]");
                *next += 1;
                Some(item)
            }
            Some(Frame::Mapping { path, key }) => match key.take() {
                Some(key) => Some(join(path, &key)),
                None => {
                    let name = event_text.unwrap_or_default().to_string();
                    self.locations.keys.insert(join(path, &name), position);
                    *key = Some(name);
                    None
                }
            },
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let position = Position {
            line: mark.line(),
            column: mark.col() + 1,
        };
        match event {
            Event::Scalar(text, style, ..) => {
                if let Some(path) = self.next_path(Some(&text), position) {
                    self.locations.values.insert(path.clone(), position);
                    let plain = style == yaml_rust2::scanner::TScalarStyle::Plain;
                    self.locations.scalars.push(Scalar {
                        path,
                        position,
                        text,
                        plain,
                    });
                }
            }
            Event::Alias(_) => {
                if let Some(path) = self.next_path(None, position) {
                    self.locations.values.insert(path, position);
                }
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                // A collection used as a mapping key has no useful path; give it an empty one.
                let path = self.next_path(None, position).unwrap_or_default();
                self.locations.values.insert(path.clone(), position);
                self.stack.push(match event {
                    Event::SequenceStart(..) => Frame::Sequence { path, next: 0 },
                    _ => Frame::Mapping { path, key: None },
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "project:\n  title: X\nbenefits:\n  - id: G1\n    goals: [M1, M9]\n  - id: G2\n    ower: x\n";

    #[test]
    fn finds_values_keys_and_sequence_items() {
        let locations = Locations::index(TEXT);
        assert_eq!(
            locations.value("project.title"),
            Some(Position {
                line: 2,
                column: 10
            })
        );
        assert_eq!(
            locations.value("benefits[0].goals[1]"),
            Some(Position {
                line: 5,
                column: 17
            })
        );
        assert_eq!(
            locations.key("benefits[1].ower"),
            Some(Position { line: 7, column: 5 })
        );
    }

    #[test]
    fn falls_back_to_the_enclosing_value() {
        let locations = Locations::index(TEXT);
        assert_eq!(
            locations.value("benefits[1].owner"),
            locations.value("benefits[1]")
        );
    }
}
