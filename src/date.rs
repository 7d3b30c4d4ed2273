//! Calendar dates as planners write them: a day (`2017-04-04`) or a whole month (`2017-04`).
//!
//! A plan's schedule is often known only to the month, and the seed's timeline is a month
//! grid, so month precision is kept rather than guessed into a day. Dates are validated
//! (2017-02-30 is refused) without pulling in a date-time crate.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;

/// A day, or a month when `day` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    /// The year, 1000–9999.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, or `None` for the whole month.
    pub day: Option<u8>,
}

impl Date {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`, refusing days that do not exist.
    pub fn parse(text: &str) -> Result<Date, String> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let bad = || format!("'{text}' is not a date; write YYYY-MM-DD (2017-04-04) or YYYY-MM");
        let (year, month, day) = match parts.as_slice() {
            [y, m] => (number(y, 4), number(m, 2), None),
            [y, m, d] => (
                number(y, 4),
                number(m, 2),
                Some(number(d, 2).ok_or_else(bad)?),
            ),
            _ => return Err(bad()),
        };
        let (Some(year), Some(month)) = (year, month) else {
            return Err(bad());
        };
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        let year = year as i32;
        let month = month as u8;
        if let Some(day) = day {
            let last = days_in_month(year, month);
            if day == 0 || day > u32::from(last) {
                return Err(format!(
                    "'{text}' is not a date: month {month} of {year} has {last} days"
                ));
            }
        }
        Ok(Date {
            year,
            month,
            day: day.map(|d| d as u8),
        })
    }

    /// The first day this date covers.
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month, self.day.unwrap_or(1))
    }

    /// The last day this date covers.
    pub fn last_day(self) -> (i32, u8, u8) {
        (
            self.year,
            self.month,
            self.day
                .unwrap_or_else(|| days_in_month(self.year, self.month)),
        )
    }

    /// Months since year 0, for month arithmetic on timelines.
    pub fn month_index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }

    /// Whether this date's days all come before `other`'s: a month is before a day only
    /// when the whole month is.
    pub fn before(self, other: Date) -> bool {
        self.last_day() < other.first_day()
    }
}

/// The number of days from 1970-01-01 to a day of the Gregorian calendar (negative before),
/// for spans in days (Howard Hinnant's algorithm).
pub fn day_number((year, month, day): (i32, u8, u8)) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(day) => write!(f, "{:04}-{:02}-{day:02}", self.year, self.month),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": r"^\d{4}-\d{2}(-\d{2})?$",
            "description": "A day, YYYY-MM-DD (2017-04-04), or a whole month, YYYY-MM (2017-04)."
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(
            Date::parse("2017-04-04"),
            Ok(Date {
                year: 2017,
                month: 4,
                day: Some(4)
            })
        );
        assert_eq!(
            Date::parse("2018-06"),
            Ok(Date {
                year: 2018,
                month: 6,
                day: None
            })
        );
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        assert!(Date::parse("2017-02-30").is_err());
        assert!(Date::parse("2017-02-29").is_err());
        assert!(Date::parse("2016-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("2017-13-01").is_err());
        assert!(Date::parse("2017-4-4").is_err());
        assert!(Date::parse("4. april 2017").is_err());
    }

    #[test]
    fn day_numbers_count_from_1970() {
        assert_eq!(day_number((1970, 1, 1)), 0);
        // 2017-04-04: 47 years of 365 days plus 12 leap days (1972…2016) = 17.167, plus
        // 31 + 28 + 31 + 3 = 93 days into 2017: 17.260.
        assert_eq!(day_number((2017, 4, 4)), 17_260);
        assert_eq!(day_number((1969, 12, 31)), -1);
        // 2000 is a leap year: 1 March follows 29 February.
        assert_eq!(day_number((2000, 3, 1)) - day_number((2000, 2, 28)), 2);
    }

    #[test]
    fn a_month_is_before_a_day_only_as_a_whole() {
        let april = Date::parse("2017-04").unwrap();
        assert!(april.before(Date::parse("2017-05-01").unwrap()));
        assert!(!april.before(Date::parse("2017-04-30").unwrap()));
        assert!(!Date::parse("2017-04-04").unwrap().before(april));
    }

    #[test]
    fn month_covers_its_days() {
        let feb = Date::parse("2016-02").unwrap();
        assert_eq!(feb.first_day(), (2016, 2, 1));
        assert_eq!(feb.last_day(), (2016, 2, 29));
    }
}
