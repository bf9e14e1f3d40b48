//! Ranges: years ("2016-2018", "between 2010 and 2014"), runs of months
//! ("the January-March quarter", "between March and May"), the months up to
//! one ("the year to March") and "the week of" a date.

use super::day_ranges::{
    is_whole_month, month_range, range, shifted_month, week_range, year_range,
};
use super::years::parse_year;
use super::{found, Reader, TimeExpr, TimeRead};
use crate::evidence::TimeRule;
use crate::grammar::month_number;
use crate::lex::{word_in, word_is};

impl Reader<'_> {
    /// "the week of March 6": the Monday-to-Sunday week that holds the
    /// date; any other time as it is.
    pub(super) fn week_of(&self, time: TimeExpr) -> TimeExpr {
        let day = time.resolved.filter(|days| days.start == days.end);
        let names_week = time.first >= self.doc.first + 3
            && self.is(time.first - 1, "of")
            && self.is(time.first - 2, "week")
            && self.is(time.first - 3, "the");
        match day {
            Some(day) if names_week => TimeExpr {
                first: time.first - 3,
                resolved: week_range(day.start, 0),
                ..time
            },
            _ => time,
        }
    }

    /// "the year to March", "the 12 months to June", "the three months
    /// ending September", "the financial year to June 2023": a period named, as
    /// British, Australian and Canadian statistics name them, by the month
    /// it runs to, the months up to that month's end; any other time as it
    /// is. A period to a day ("the year ended March 31") is read as the day
    /// that closes it (see `closes_period`).
    pub(super) fn months_up_to(&self, time: TimeExpr) -> TimeExpr {
        let month = time.resolved.filter(|&days| is_whole_month(days));
        let Some((first, months)) = self.period_before_to(time.first) else {
            return time;
        };
        let start = month.and_then(|days| shifted_month(days.start, 1 - months));
        match month.zip(start) {
            Some((month, start)) => TimeExpr {
                first,
                resolved: Some(range(start.start, month.end)),
                rule: if months == 3 {
                    TimeRule::Quarter
                } else {
                    TimeRule::CalendarDate
                },
                ..time
            },
            None => time,
        }
    }

    /// The first token and the months of a period named just before "to"
    /// or "ending" at token `at - 1`, after "the": "the year" (with
    /// "financial" or "fiscal" before it, too), "the 12 months", and the
    /// half-year of British and Australian company reports ("the half-year
    /// to December", "the half year to June", "the half to June"); "the
    /// quarter" is read by `quarter_days`. "extended by three months to
    /// June" names no period.
    pub(super) fn period_before_to(&self, at: usize) -> Option<(usize, i32)> {
        let floor = self.doc.first;
        let closer = at.checked_sub(1).filter(|&k| k > floor)?;
        if !self.is(closer, "to") && !self.is(closer, "ending") {
            return None;
        }
        let noun = closer - 1;
        let (mut first, months) = match self.doc.word(noun).to_ascii_lowercase().as_str() {
            "year" if noun > floor && self.is(noun - 1, "half") => (noun - 1, 6),
            "half-year" | "half" => (noun, 6),
            "year" => (noun, 12),
            "months" if noun > floor => (noun - 1, self.count_at(noun - 1)?),
            _ => return None,
        };
        if first > floor && word_in(self.prev(first), &["financial", "fiscal"]) {
            first -= 1;
        }
        (first > floor && self.is(first - 1, "the")).then_some((first - 1, months))
    }

    /// "the January-March quarter", "April-June 2023", "the July-September
    /// period last year" (`word` at token `i`): the months from the first
    /// named to the end of the second, in the year written after them or
    /// else the one the last month would be read in alone (see
    /// `read_bare_month`, here read where the noun after them stands, so
    /// that "last year" after it is seen); a "quarter", "period" or "half"
    /// after them is theirs, and three of them are a quarter. `None` when
    /// the word is no such run.
    pub(super) fn read_run_of_months(&self, i: usize, word: &str) -> Option<TimeRead> {
        let (from, to) = word.split_once(['-', '–'])?;
        let (from, to) = (month_number(from)?, month_number(to)?);
        let months = (i32::from(to) - i32::from(from)).rem_euclid(12);
        let noun = |k: usize| word_in(self.doc.word(k), &["quarter", "period", "half"]);
        let at = i + usize::from(noun(i + 1));
        let last = match self.year_at(at + 1) {
            Some((year, end)) => found(TimeRule::CalendarDate, i, end, month_range(year, to)),
            None => self.read_bare_month(at, to),
        };
        let Some(last) = last else {
            return Some(None);
        };
        let end = last.end.max(at + 1);
        Some(self.months_through(i.min(last.first), end, months, last))
    }

    /// "between March and May", "between November and February 2024",
    /// "between January and June 30" (the month `from` at token `i`): the
    /// months from the first to the end of the second, or to its day, read
    /// as a run of months is ("March-May", see
    /// `read_run_of_months`). Before, "between March" was no time and "May"
    /// was read alone.
    pub(super) fn read_months_between(&self, i: usize, from: u8) -> Option<TimeRead> {
        if !word_is(self.prev(i), "between") || !self.is(i + 1, "and") {
            return None;
        }
        let to = month_number(self.doc.word(i + 2))?;
        let months = (i32::from(to) - i32::from(from)).rem_euclid(12);
        let last = self.read_month(i + 2, to);
        Some(last.and_then(|last| self.months_through(i - 1, last.end, months, last)))
    }

    /// The time at tokens `first..end` that runs from `months` months
    /// before the month `last` to its end: three months are a quarter.
    fn months_through(&self, first: usize, end: usize, months: i32, last: TimeExpr) -> TimeRead {
        let start = last
            .resolved
            .and_then(|days| shifted_month(days.end, -months));
        let resolved = last
            .resolved
            .zip(start)
            .map(|(last, start)| range(start.start, last.end));
        let rule = if months == 2 {
            TimeRule::Quarter
        } else {
            TimeRule::CalendarDate
        };
        found(rule, first, end, resolved)
    }

    /// "2016-2018", "between 2010 and 2014": the years from the first to
    /// the last, when the last comes after the first.
    pub(super) fn read_years(&self, i: usize, year: i32) -> TimeRead {
        let between = word_is(self.prev(i), "between") && self.is(i + 1, "and");
        let dash = matches!(self.doc.word(i + 1), "-" | "–") && self.doc.word(i + 3) != "-";
        if !between && !dash {
            return None;
        }
        // A year past 2100 is something else in news: "2000 - 2500
        // Calories" is a range of calories.
        let last = self
            .number(i + 2)
            .and_then(parse_year)
            .filter(|&y| y > year && y <= 2100)?;
        let first = if between { i - 1 } else { i };
        let resolved = year_range(year)
            .zip(year_range(last))
            .map(|(a, b)| range(a.start, b.end));
        found(TimeRule::Year, first, i + 3, resolved)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    /// "the week of" a date is the week that holds it (published
    /// Thursday, December 28, 2023).
    #[test]
    fn the_week_of_a_date() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "The trial opens the week of Jan. 8.",
                &[("the week of Jan. 8", "2024-01-08/2024-01-14")],
            ),
            (
                "A hearing is set for the week of March 6, 2024.",
                &[("the week of March 6, 2024", "2024-03-04/2024-03-10")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// Times that run over several years, a fiscal year named by its
    /// number first, and a count of weeks made approximate (published
    /// Monday, December 25, 2023).
    #[test]
    fn extents() {
        let cases = [
            (
                "Output fell in 2016-2018, the agency said.",
                "2016-2018",
                "2016-01-01/2018-12-31",
            ),
            (
                "Rents rose between 2010 and 2014.",
                "between 2010 and 2014",
                "2010-01-01/2014-12-31",
            ),
            (
                "Spending grew in the 2021 fiscal year.",
                "the 2021 fiscal year",
                "2020-10-01/2021-09-30",
            ),
            (
                "The mill shut about four weeks ago.",
                "about four weeks ago",
                "2023-11-24/2023-11-30",
            ),
            (
                "The mill shut four weeks ago.",
                "four weeks ago",
                "2023-11-27/2023-12-03",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-25"));
            assert_eq!(
                got,
                vec![(span.to_string(), Some(days.to_string()))],
                "{text}"
            );
        }
    }

    /// Months between two named (published Thursday, December 28, 2023).
    #[test]
    fn months_between_two() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "Prices rose between March and May.",
                &[("between March and May", "2023-03-01/2023-05-31")],
            ),
            (
                "Rents fell between November and February 2023.",
                &[(
                    "between November and February 2023",
                    "2022-11-01/2023-02-28",
                )],
            ),
            (
                "The party raised $3 million between January and June 30.",
                &[("between January and June 30", "2023-01-01/2023-06-30")],
            ),
            (
                "Work will start between February and June.",
                &[("between February and June", "2024-02-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A period named by the month it runs to is the months up to that
    /// month's end (published Thursday, December 28, 2023).
    #[test]
    fn a_period_to_a_month() {
        let cases: [(&str, &[(&str, &str)]); 7] = [
            (
                "Sales rose 4% in the year to March.",
                &[("the year to March", "2022-04-01/2023-03-31")],
            ),
            (
                "Inflation was 3.4% in the 12 months to June.",
                &[("the 12 months to June", "2022-07-01/2023-06-30")],
            ),
            (
                "Unemployment fell in the three months to September.",
                &[("the three months to September", "2023-07-01/2023-09-30")],
            ),
            (
                "Spending rose in the financial year ending June 2022.",
                &[("financial year ending June 2022", "2021-07-01/2022-06-30")],
            ),
            (
                "Exports fell in the quarter to June.",
                &[
                    ("the quarter", "2023-04-01/2023-06-30"),
                    ("June", "2023-06-01/2023-06-30"),
                ],
            ),
            // A period to a day is read as the day that closes it; a
            // deadline moved is no period.
            (
                "Net rose in the year ended Sept. 30.",
                &[("Sept. 30", "2023-09-30/2023-09-30")],
            ),
            (
                "The board will extend the deadline by three months to June.",
                &[("June", "2024-06-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
