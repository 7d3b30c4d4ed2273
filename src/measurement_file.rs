//! Measurements from a CSV file (`--measurements file.csv`), so that the plan need not be
//! edited at every measurement.
//!
//! The file is what Excel writes: a header row, then one measurement a row. Fields are
//! separated by `;` (Danish Excel, with decimal commas: `3,4` and `1.052.890`) or by `,`
//! (decimal points: `3.4`), detected from the header row; an Excel `sep=;` line is obeyed.
//! The text may be UTF-8, with or without a byte-order mark, or Windows-1252 (Excel's
//! "CSV (semikolonsepareret)"). Fields may be quoted with `"`, a quote inside doubled.
//!
//! Columns, by their header in English or Danish, in any order: `benefit`/`gevinst` (an id),
//! `date`/`dato` (YYYY-MM-DD or YYYY-MM, as in the plan), `value`/`værdi` (a number, or empty
//! for a qualitative measurement with a comment), and optionally `comment`/`bemærkning` and
//! `kind`/`måling` (`baseline`, `midway` or `final`, or in Danish `baselinemåling`,
//! `midtvejsmåling`, `slutmåling`). The Danish names may be written `vaerdi`, `bemaerkning`,
//! `maaling`.
//!
//! How the rows combine with the plan's own measurements: a row *fills* the plan's planned
//! measurement (one without a value) of the same benefit in the same month when the dates
//! agree (the same day, or either is a whole month) and, if the row names a kind, the kinds
//! agree: it takes the row's value, the row's date if that is a day, and the row's comment
//! if it has one, and keeps its kind. Any other row is *added* as a measurement of its own
//! kind, `midway` when it names none (every measurement between baseline and final is a
//! midway one in the method). A row that meets a plan measurement that already has a value,
//! or a row that fills or repeats what an earlier row did, is an error (E046): the file
//! never silently overrides the plan.

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity, nearest};
use crate::locate::Position;
use crate::plan::{Measurement, MeasurementKind, Plan};

/// Reads the measurements file `name` and merges its rows into `plan`'s benefits. Returns
/// the warnings; on any error, every error and warning found, and `plan` is untouched.
pub fn apply(
    name: &str,
    bytes: &[u8],
    plan: &mut Plan,
    today: Date,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let mut reader = Reader {
        name,
        found: Vec::new(),
    };
    let rows = reader.rows(bytes, plan);
    let merged = reader.merge(plan, rows, today);
    let found = reader.found;
    if found.iter().any(|d| d.severity == Severity::Error) {
        return Err(found);
    }
    *plan = merged;
    Ok(found)
}

/// One field of the file and where it starts.
#[derive(Debug, Clone, PartialEq)]
struct Field {
    text: String,
    at: Position,
}

/// One measurement row, read and checked.
#[derive(Debug, Clone)]
struct Row {
    at: Position,
    benefit: usize,
    date: Date,
    value: Option<f64>,
    comment: Option<String>,
    kind: Option<MeasurementKind>,
}

/// The columns the file may have: (column, the names its header may have).
/// The Danish names may be written without æ, ø and å.
const COLUMNS: [(Column, &[&str]); 5] = [
    (Column::Benefit, &["benefit", "gevinst"]),
    (Column::Date, &["date", "dato"]),
    (Column::Value, &["value", "værdi", "vaerdi"]),
    (
        Column::Comment,
        &["comment", "bemærkning", "bemaerkning", "kommentar"],
    ),
    (Column::Kind, &["kind", "måling", "maaling"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Benefit,
    Date,
    Value,
    Comment,
    Kind,
}

struct Reader<'a> {
    name: &'a str,
    found: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn error(&mut self, code: &'static str, at: Position, message: String, hint: Option<String>) {
        let mut diagnostic = Diagnostic::error(code, self.name, Some(at), None, message);
        diagnostic.hint = hint;
        self.found.push(diagnostic);
    }

    /// The checked rows; every problem is recorded.
    fn rows(&mut self, bytes: &[u8], plan: &Plan) -> Vec<Row> {
        let text = decode(bytes);
        let (text, first_line, sep_line) = match text.strip_prefix("sep=") {
            Some(rest) => {
                let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
                let sep = line.trim_end_matches('\r').chars().next();
                (after.to_string(), 2, sep)
            }
            None => (text.clone(), 1, None),
        };
        let delimiter = sep_line.unwrap_or_else(|| detect(&text));
        let records = match records(&text, delimiter, first_line) {
            Ok(records) => records,
            Err((at, message)) => {
                self.error(
                    "E040",
                    at,
                    message,
                    Some(
                        "close the quote with \"; a quote inside a field is written twice (\"\")"
                            .into(),
                    ),
                );
                return Vec::new();
            }
        };
        let mut records = records.into_iter();
        let Some(header) = records.next() else {
            self.error(
                "E040",
                Position { line: 1, column: 1 },
                "the file is empty; it needs a header row such as gevinst;dato;værdi;bemærkning"
                    .into(),
                None,
            );
            return Vec::new();
        };
        let Some(columns) = self.header(&header, delimiter) else {
            return Vec::new();
        };
        let ids: Vec<&str> = plan.benefits.iter().map(|b| b.id.as_str()).collect();
        let mut rows = Vec::new();
        for record in records {
            // Excel writes rows of empty fields below the data (";;;").
            if record.iter().all(|f| f.text.trim().is_empty()) {
                continue;
            }
            if let Some(extra) = record.get(columns.len()) {
                let hint = if delimiter == ',' {
                    "in a file separated by commas, write decimals with a point (3.4), or quote the field (\"3,4\")"
                } else {
                    "quote a field that holds a semicolon"
                };
                self.error(
                    "E042",
                    extra.at,
                    format!(
                        "the row has {} fields, but the header has {} columns",
                        record.len(),
                        columns.len()
                    ),
                    Some(hint.into()),
                );
                continue;
            }
            let row_at = record[0].at;
            let end = Position {
                line: row_at.line,
                column: record
                    .last()
                    .map_or(1, |f| f.at.column + f.text.chars().count()),
            };
            let field = |column: Column| {
                columns
                    .iter()
                    .position(|c| *c == column)
                    .and_then(|i| record.get(i))
            };
            let cell = |column: Column| field(column).map(|f| (f.text.trim(), f.at));
            let (benefit, benefit_at) = cell(Column::Benefit).unwrap_or(("", end));
            let (date, date_at) = cell(Column::Date).unwrap_or(("", end));
            let (value, value_at) = cell(Column::Value).unwrap_or(("", end));
            let comment = cell(Column::Comment)
                .map(|(c, _)| c.to_string())
                .filter(|c| !c.is_empty());
            let benefit_index = ids.iter().position(|id| *id == benefit);
            if benefit_index.is_none() {
                let (message, hint) = if benefit.is_empty() {
                    ("the row names no benefit".to_string(), None)
                } else {
                    (
                        format!("benefit {benefit} does not exist in the plan"),
                        nearest(benefit, ids.iter().copied()).map(|n| format!("did you mean {n}?")),
                    )
                };
                let hint =
                    hint.or_else(|| Some(format!("the plan's benefits: {}", ids.join(", "))));
                self.error("E043", benefit_at, message, hint);
            }
            let date = match Date::parse(date) {
                Ok(date) => Some(date),
                Err(why) => {
                    let why = if date.is_empty() {
                        "the row has no date".to_string()
                    } else {
                        why
                    };
                    self.error("E044", date_at, why, Some(date_hint(date)));
                    None
                }
            };
            let value = if value.is_empty() {
                if comment.is_none() {
                    self.error(
                        "E045",
                        value_at,
                        "the row has neither a value nor a comment".into(),
                        Some(
                            "give the measured value, or for a qualitative measurement a comment"
                                .into(),
                        ),
                    );
                }
                None
            } else {
                match number(value, delimiter) {
                    Ok(v) => Some(v),
                    Err(hint) => {
                        self.error(
                            "E045",
                            value_at,
                            format!("'{value}' is not a number"),
                            Some(hint),
                        );
                        None
                    }
                }
            };
            let kind = match cell(Column::Kind) {
                None | Some(("", _)) => None,
                Some((word, at)) => match word.to_lowercase().as_str() {
                    "baseline" | "baselinemåling" => Some(MeasurementKind::Baseline),
                    "midway" | "midtvejsmåling" => Some(MeasurementKind::Midway),
                    "final" | "slutmåling" => Some(MeasurementKind::Final),
                    _ => {
                        let allowed = ["baseline", "midway", "final"];
                        let hint = match nearest(word, allowed) {
                            Some(near) => format!(
                                "did you mean '{near}'? allowed: baseline, midway, final (or baselinemåling, midtvejsmåling, slutmåling)"
                            ),
                            None => "allowed: baseline, midway, final (or baselinemåling, midtvejsmåling, slutmåling)".into(),
                        };
                        self.error(
                            "E047",
                            at,
                            format!("'{word}' is not a kind of measurement"),
                            Some(hint),
                        );
                        continue;
                    }
                },
            };
            if let (Some(benefit), Some(date)) = (benefit_index, date)
                && (value.is_some() || comment.is_some())
            {
                rows.push(Row {
                    at: date_at,
                    benefit,
                    date,
                    value,
                    comment,
                    kind,
                });
            }
        }
        rows
    }

    /// The columns of the header row, in order; `None` after recording why it is unusable.
    fn header(&mut self, header: &[Field], delimiter: char) -> Option<Vec<Column>> {
        let mut columns = Vec::new();
        let names: Vec<&str> = COLUMNS
            .iter()
            .flat_map(|(_, n)| n.iter().copied())
            .collect();
        let mut usable = true;
        for field in header {
            let name = field.text.trim().to_lowercase();
            match COLUMNS.iter().find(|(_, n)| n.contains(&name.as_str())) {
                Some((column, _)) if columns.contains(column) => {
                    self.error(
                        "E041",
                        field.at,
                        format!("the column '{name}' comes twice"),
                        None,
                    );
                    usable = false;
                }
                Some((column, _)) => columns.push(*column),
                None => {
                    let hint = match nearest(&name, names.iter().copied()) {
                        Some(near) => format!("did you mean '{near}'?"),
                        None => format!("the columns are {}", names.join(", ")),
                    };
                    let message = if header.len() == 1 {
                        format!(
                            "the header '{name}' has one column; separate the columns with ';' or ','"
                        )
                    } else {
                        format!("unknown column '{name}'")
                    };
                    self.error("E041", field.at, message, Some(hint));
                    usable = false;
                }
            }
        }
        if usable {
            for (column, names) in &COLUMNS[..3] {
                if !columns.contains(column) {
                    let at = header
                        .last()
                        .map_or(Position { line: 1, column: 1 }, |f| f.at);
                    let sep = delimiter.to_string();
                    self.error(
                        "E041",
                        at,
                        format!("the header has no column '{}' ({})", names[0], names[1]),
                        Some(format!("the header row needs gevinst{sep}dato{sep}værdi, and may add {sep}bemærkning")),
                    );
                    usable = false;
                }
            }
        }
        usable.then_some(columns)
    }

    /// `plan` with the rows merged (see the module's documentation); duplicates are recorded.
    fn merge(&mut self, plan: &Plan, rows: Vec<Row>, today: Date) -> Plan {
        let mut merged = plan.clone();
        // Which plan measurements a row has filled, and which rows were added, by benefit:
        // (benefit, measurement index in the plan, line of the row that filled it).
        let mut filled: Vec<(usize, usize, usize)> = Vec::new();
        let mut added: Vec<(usize, Date, usize)> = Vec::new();
        for row in rows {
            let benefit = &plan.benefits[row.benefit];
            if today.before(row.date) {
                let mut warning = Diagnostic::error(
                    "W105",
                    self.name,
                    Some(row.at),
                    None,
                    format!(
                        "the measurement of {} on {} is dated after today ({today}); it is shown but does not count for the status",
                        benefit.id, row.date
                    ),
                );
                warning.severity = Severity::Warning;
                warning.hint = Some("correct the date, or give --today".into());
                self.found.push(warning);
            }
            let planned =
                benefit.measurements.iter().enumerate().find(|(_, m)| {
                    same_time(m.date, row.date) && row.kind.is_none_or(|k| k == m.kind)
                });
            if let Some((j, m)) = planned {
                if m.value.is_some() {
                    self.error(
                        "E046",
                        row.at,
                        format!(
                            "the plan already has a measured value of {} on {} ({})",
                            benefit.id, m.date, value_text(m.value)
                        ),
                        Some("remove the row, or the value from the plan; the file never overrides the plan".into()),
                    );
                    continue;
                }
                if let Some(&(_, _, line)) =
                    filled.iter().find(|(b, k, _)| *b == row.benefit && *k == j)
                {
                    self.error(
                        "E046",
                        row.at,
                        format!(
                            "line {line} already gives the measurement of {} on {}",
                            benefit.id, m.date
                        ),
                        Some("keep one of the two rows".into()),
                    );
                    continue;
                }
                filled.push((row.benefit, j, row.at.line));
                let target = &mut merged.benefits[row.benefit].measurements[j];
                target.value = row.value;
                if row.date.day.is_some() {
                    target.date = row.date;
                }
                if row.comment.is_some() {
                    target.comment = row.comment;
                }
                continue;
            }
            if let Some(&(_, _, line)) = added
                .iter()
                .find(|(b, d, _)| *b == row.benefit && *d == row.date)
            {
                self.error(
                    "E046",
                    row.at,
                    format!(
                        "line {line} already gives a measurement of {} on {}",
                        benefit.id, row.date
                    ),
                    Some("keep one of the two rows".into()),
                );
                continue;
            }
            added.push((row.benefit, row.date, row.at.line));
            merged.benefits[row.benefit].measurements.push(Measurement {
                kind: row.kind.unwrap_or(MeasurementKind::Midway),
                date: row.date,
                value: row.value,
                comment: row.comment,
            });
        }
        merged
    }
}

/// Whether a plan measurement's date and a row's date mean the same time: the same day, or
/// the same month when either is a whole month.
fn same_time(a: Date, b: Date) -> bool {
    a.year == b.year && a.month == b.month && (a.day.is_none() || b.day.is_none() || a.day == b.day)
}

fn value_text(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// The file as text: UTF-8 without its byte-order mark, else Windows-1252.
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The delimiter the header row uses: `;` when it has one outside quotes, else `,`.
fn detect(text: &str) -> char {
    let mut quoted = false;
    let (mut semicolons, mut commas) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if semicolons > 0 || commas == 0 {
        ';'
    } else {
        ','
    }
}

/// The records of the text, each a list of fields with their positions (`first_line` is the
/// text's first line in the file). An unclosed quote is an error at the quote.
fn records(
    text: &str,
    delimiter: char,
    first_line: usize,
) -> Result<Vec<Vec<Field>>, (Position, String)> {
    let mut records = Vec::new();
    let mut record: Vec<Field> = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (first_line, 1);
    loop {
        let at = Position { line, column };
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            column += 1;
            loop {
                match chars.next() {
                    None => return Err((at, "a quote opened here is never closed".into())),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        column += 2;
                        field.push('"');
                    }
                    Some('"') => {
                        column += 1;
                        break;
                    }
                    Some('\n') => {
                        line += 1;
                        column = 1;
                        field.push('\n');
                    }
                    Some(c) => {
                        column += 1;
                        field.push(c);
                    }
                }
            }
        }
        // Unquoted text, or what follows a closing quote, up to the delimiter or line end.
        let ended = loop {
            match chars.next() {
                None => break None,
                Some(c) if c == delimiter => {
                    column += 1;
                    break Some(false);
                }
                Some('\n') => break Some(true),
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some(c) => {
                    column += 1;
                    field.push(c);
                }
            }
        };
        record.push(Field { text: field, at });
        match ended {
            Some(false) => {}
            Some(true) => {
                records.push(std::mem::take(&mut record));
                line += 1;
                column = 1;
            }
            None => {
                if !(record.len() == 1 && record[0].text.is_empty()) {
                    records.push(record);
                }
                return Ok(records);
            }
        }
    }
}

/// A number as the file's delimiter implies: with `;` Danish (`3,4`, `1.052.890`), with `,`
/// English (`3.4`). The error is a hint for the user.
fn number(text: &str, delimiter: char) -> Result<f64, String> {
    let danish = delimiter == ';';
    let (sign, digits) = match text.strip_prefix(['-', '−']) {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = if danish {
        match digits.split_once(',') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        }
    } else {
        match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        }
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let hint = if danish {
        "write the number as Danish Excel does: 3,4 or 1.052.890 (a decimal comma; points only between groups of three digits)"
    } else {
        "write the number with a decimal point, 3.4, and no thousands separators"
    };
    // Danish thousands separators: 1.052.890 is 1052890; the groups after the first have
    // three digits, so 3.4 is refused rather than read as 34.
    let whole: String = if danish && whole.contains('.') {
        let groups: Vec<&str> = whole.split('.').collect();
        let first = groups[0];
        let grouped = (1..=3).contains(&first.len())
            && all_digits(first)
            && groups[1..].iter().all(|g| g.len() == 3 && all_digits(g));
        if !grouped {
            return Err(hint.into());
        }
        groups.concat()
    } else {
        whole.to_string()
    };
    if !all_digits(&whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err(hint.into());
    }
    let normal = match fraction {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    };
    normal.parse().map_err(|_| hint.into())
}

/// What to do about a date that is none: Excel's Danish dates get their own advice.
fn date_hint(text: &str) -> String {
    let parts: Vec<&str> = text.split(['-', '.', '/']).collect();
    if parts.len() == 3 && parts[2].len() == 4 {
        format!(
            "write the date year first, {}-{:0>2}-{:0>2}; in Excel, format the column as ÅÅÅÅ-MM-DD before saving",
            parts[2], parts[1], parts[0]
        )
    } else {
        "write YYYY-MM-DD (2017-04-04) or YYYY-MM (2017-04), as in the plan".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_delimiter() {
        assert_eq!(number("3,4", ';'), Ok(3.4));
        assert_eq!(number("1.052.890", ';'), Ok(1_052_890.0));
        assert_eq!(number("1.052,5", ';'), Ok(1052.5));
        assert_eq!(number("-12", ';'), Ok(-12.0));
        assert_eq!(number("−0,5", ';'), Ok(-0.5));
        assert!(number("3.4", ';').is_err());
        assert!(number("1.05", ';').is_err());
        assert!(number("3,4", ',').is_err());
        assert_eq!(number("3.4", ','), Ok(3.4));
        assert!(number("inf", ',').is_err());
        assert!(number("NaN", ';').is_err());
        assert!(number("", ';').is_err());
        assert!(number("1e5", ',').is_err());
    }

    #[test]
    fn fields_know_where_they_start() {
        let r = records("a;\"b;\"\"c\"\"\"\r\n;x\n", ';', 1).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0][1].text, "b;\"c\"");
        assert_eq!(r[0][1].at, Position { line: 1, column: 3 });
        assert_eq!(r[1][0].text, "");
        assert_eq!(r[1][1].at, Position { line: 2, column: 2 });
        let open = records("a;\"b\n", ';', 1).unwrap_err();
        assert_eq!(open.0, Position { line: 1, column: 3 });
    }

    #[test]
    fn the_delimiter_is_detected_from_the_header() {
        assert_eq!(detect("gevinst;dato;værdi\nG1;2017-11;3,4"), ';');
        assert_eq!(detect("benefit,date,value\nG1,2017-11,3.4"), ',');
        assert_eq!(detect("\"a;b\",c\n"), ',');
    }

    #[test]
    fn windows_1252_is_read() {
        // "værdi" in Windows-1252: æ is 0xE6.
        assert_eq!(decode(b"v\xe6rdi"), "værdi");
        assert_eq!(decode("\u{feff}værdi".as_bytes()), "værdi");
    }

    #[test]
    fn excel_dates_get_advice() {
        assert!(date_hint("04-11-2017").contains("2017-11-04"));
        assert!(date_hint("4.11.2017").contains("2017-11-04"));
        assert!(date_hint("nov").contains("YYYY-MM-DD"));
    }
}
