//! How calendar days and ranges are written for readers, and how a
//! statement's date is found.

use factline_core::{Article, Day, DayRange, Statement};

fn short_month(day: Day) -> &'static str {
    day.month_name().get(..3).unwrap_or("")
}

/// "December 28, 2023".
pub fn long_date(day: Day) -> String {
    format!("{} {}, {}", day.month_name(), day.day(), day.year())
}

/// A range in as few words as it needs: "Dec 27, 2023", "Dec 18–24, 2023",
/// "Nov 28 – Dec 3, 2023" or "Dec 30, 2023 – Jan 2, 2024".
pub fn range_label(range: DayRange) -> String {
    let (start, end) = (range.start, range.end);
    if start == end {
        format!("{} {}, {}", short_month(start), start.day(), start.year())
    } else if start.year() != end.year() {
        format!(
            "{} {}, {} – {} {}, {}",
            short_month(start),
            start.day(),
            start.year(),
            short_month(end),
            end.day(),
            end.year()
        )
    } else if start.month() != end.month() {
        format!(
            "{} {} – {} {}, {}",
            short_month(start),
            start.day(),
            short_month(end),
            end.day(),
            end.year()
        )
    } else {
        format!(
            "{} {}–{}, {}",
            short_month(start),
            start.day(),
            end.day(),
            end.year()
        )
    }
}

/// The number of days a range covers, both ends included.
pub fn range_days(range: DayRange) -> i64 {
    range.start.days_until(range.end) + 1
}

/// Where a statement's date comes from, which says how exact it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatementDate {
    /// The text dates the statement to this range; `phrase` is how it says so.
    Stated {
        range: DayRange,
        phrase: String,
    },
    /// The text names a time that does not resolve to a day; the article's
    /// publication date, if known, still bounds it.
    Unresolved {
        phrase: String,
        published: Option<Day>,
    },
    /// The statement carries no time of its own; it was made by its article's
    /// publication date.
    Published(Day),
    Unknown,
}

impl StatementDate {
    /// The first day the statement can be dated to, by which the timeline orders it.
    pub fn first_day(&self) -> Option<Day> {
        match self {
            StatementDate::Stated { range, .. } => Some(range.start),
            StatementDate::Published(day) => Some(*day),
            StatementDate::Unresolved { published, .. } => *published,
            StatementDate::Unknown => None,
        }
    }
}

/// A statement is dated by its own time when that resolves, else by its
/// article's publication date.
pub fn statement_date(article: &Article, statement: &Statement) -> StatementDate {
    let time = statement
        .time
        .as_ref()
        .and_then(|id| article.times.iter().find(|time| &time.id == id));
    match (time, article.published) {
        (Some(time), published) => match time.resolved {
            Some(range) => StatementDate::Stated {
                range,
                phrase: time.text.clone(),
            },
            None => StatementDate::Unresolved {
                phrase: time.text.clone(),
                published,
            },
        },
        (None, Some(day)) => StatementDate::Published(day),
        (None, None) => StatementDate::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use factline_core::{Day, DayRange};

    use super::{long_date, range_days, range_label};

    fn range(start: &str, end: &str) -> DayRange {
        DayRange {
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
        }
    }

    #[test]
    fn writes_days_and_ranges_briefly() {
        let day: Day = "2023-12-28".parse().unwrap();
        assert_eq!(long_date(day), "December 28, 2023");
        let labels = [
            (("2023-12-27", "2023-12-27"), "Dec 27, 2023"),
            (("2023-12-18", "2023-12-24"), "Dec 18–24, 2023"),
            (("2023-11-28", "2023-12-03"), "Nov 28 – Dec 3, 2023"),
            (("2023-12-30", "2024-01-02"), "Dec 30, 2023 – Jan 2, 2024"),
        ];
        for ((start, end), label) in labels {
            assert_eq!(range_label(range(start, end)), label);
        }
        assert_eq!(range_days(range("2023-11-01", "2023-11-30")), 30);
    }
}
