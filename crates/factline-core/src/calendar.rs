//! Calendar days as the dataset writes them: `YYYY-MM-DD`.
//!
//! The arithmetic (month lengths, weekdays, leap years) is the `time` crate's;
//! this module only gives it the dataset's text form, and keeps every day in
//! the years 1 to 9999, which four digits write. The `time` crate reaches
//! back to year -9999, but a day before year 1 has no `YYYY-MM-DD` form that
//! the readers, the JSON Schema and the page agree on, so no constructor or
//! arithmetic here ever makes one: "yesterday" on 0001-01-01 is unresolved.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

/// The years a [`Day`] may fall in: the ones `YYYY` writes, from 1 to 9999.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A calendar day in the years 1 to 9999, written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day(Date);

impl Day {
    /// The day with this year (1–9999), month (1–12) and day of month, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day)
            .ok()
            .and_then(Day::within_years)
    }

    /// The date as a day, if it falls in [`YEARS`].
    fn within_years(date: Date) -> Option<Day> {
        YEARS.contains(&date.year()).then_some(Day(date))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    /// The month's name in English, as readers see it: "March".
    pub fn month_name(self) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        NAMES
            .get(usize::from(self.month()).wrapping_sub(1))
            .copied()
            .unwrap_or_default()
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// Days since Monday: 0 for Monday, 6 for Sunday.
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().number_days_from_monday()
    }

    /// The day `days` later (or earlier, when negative), if it falls in [`YEARS`].
    pub fn add_days(self, days: i64) -> Option<Day> {
        self.0
            .checked_add(time::Duration::days(days))
            .and_then(Day::within_years)
    }

    /// The number of days in this day's month.
    pub fn days_in_month(self) -> u8 {
        self.0.month().length(self.0.year())
    }

    /// The number of days from `self` to `other`, negative when `other` is earlier.
    pub fn days_until(self, other: Day) -> i64 {
        (other.0 - self.0).whole_days()
    }

    /// Easter Sunday of `year` in the Western churches' reckoning, which
    /// fixes Good Friday and Easter Monday (the anonymous Gregorian
    /// algorithm): 31 March 2024, 20 April 2025.
    pub fn easter(year: i32) -> Option<Day> {
        let (a, b, c) = (year % 19, year / 100, year % 100);
        let (d, e) = (b / 4, b % 4);
        let g = (8 * b + 13) / 25;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 19 * l) / 433;
        let month = (h + l - 7 * m + 90) / 25;
        let day = (h + l - 7 * m + 33 * month + 19) % 32;
        Day::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The first and last day of the given month, if the year is representable.
    pub fn month_range(year: i32, month: u8) -> Option<(Day, Day)> {
        let first = Day::new(year, month, 1)?;
        let last = Day::new(year, month, first.days_in_month())?;
        Some((first, last))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// The text is not a `YYYY-MM-DD` calendar day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayParseError(String);

impl fmt::Display for DayParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a calendar day written YYYY-MM-DD in the years 0001 to 9999",
            self.0
        )
    }
}

impl std::error::Error for DayParseError {}

impl FromStr for Day {
    type Err = DayParseError;

    fn from_str(s: &str) -> Result<Day, DayParseError> {
        let err = || DayParseError(s.to_string());
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(err());
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            bytes.get(range)?.iter().try_fold(0, |number: u32, &b| {
                b.is_ascii_digit()
                    .then(|| number * 10 + u32::from(b - b'0'))
            })
        };
        let year = number(0..4).ok_or_else(err)?;
        let month = number(5..7).ok_or_else(err)?;
        let day = number(8..10).ok_or_else(err)?;
        Day::new(year as i32, month as u8, day as u8).ok_or_else(err)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn parses_and_prints_iso_days() {
        let cases = [
            ("2023-12-28", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2023-13-01", false),
            ("2023-1-01", false),
            ("+023-12-01", false),
            ("0000-01-01", false),
            ("0001-01-01", true),
            ("9999-12-31", true),
            ("", false),
        ];
        for (text, valid) in cases {
            let parsed = text.parse::<Day>();
            assert_eq!(parsed.is_ok(), valid, "{text}");
            if let Ok(day) = parsed {
                assert_eq!(day.to_string(), text);
            }
        }
    }

    #[test]
    fn arithmetic_never_leaves_the_years_1_to_9999() {
        let first: Day = "0001-01-01".parse().unwrap();
        let last: Day = "9999-12-31".parse().unwrap();
        assert_eq!(first.add_days(-1), None);
        assert_eq!(last.add_days(1), None);
        assert_eq!(first.add_days(1).unwrap().to_string(), "0001-01-02");
        assert_eq!(Day::new(0, 12, 31), None);
        assert_eq!(Day::new(10_000, 1, 1), None);
        assert_eq!(Day::month_range(0, 12), None);
    }

    #[test]
    fn counts_weekdays_and_months() {
        let day: Day = "2023-12-28".parse().unwrap();
        assert_eq!(day.weekday_from_monday(), 3);
        assert_eq!(day.add_days(-10).unwrap().to_string(), "2023-12-18");
        assert_eq!(
            Day::month_range(2024, 2).unwrap().1.to_string(),
            "2024-02-29"
        );
    }
}
