//! Quarters and halves: "the second quarter", "Q3 2023", "H1 FY25", "the
//! first half of 2020", "the first two quarters of 1990", "the March
//! quarter", "the quarter", and the year or fiscal year they belong to.

use super::day_ranges::{
    is_whole_month, part_of_year, quarter_range, range, shifted_month, three_months_ending,
    year_range,
};
use super::fiscal::PERIOD_CLOSERS;
use super::years::parse_year;
use super::{found, Reader, TimeExpr, TimeRead};
use crate::calendar::Day;
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::month_number;
use crate::lex::{word_in, word_is, Lexicon};

/// Words that make a period the last one reported: "the latest quarter",
/// "the most recent period".
static LATEST_WORDS: Lexicon = Lexicon::new(&["latest", "recent", "past", "just-ended"]);

impl Reader<'_> {
    /// Whether a quarter named by its ordinal starts at token `k`: "third
    /// quarter", "third-quarter".
    pub(super) fn ordinal_quarter_at(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        let ordinal = word_in(word, &["first", "second", "third", "fourth"]);
        (ordinal && self.is(k + 1, "quarter"))
            || word_in(
                word,
                &[
                    "first-quarter",
                    "second-quarter",
                    "third-quarter",
                    "fourth-quarter",
                ],
            )
    }

    /// "the first half of 2020", "the last half of the year": a period's
    /// first or last six months (or half of its days). A half of anything
    /// else ("the second half of the game") is no time.
    pub(super) fn read_half(&self, i: usize) -> TimeRead {
        let part = match self.prev(i).to_ascii_lowercase().as_str() {
            "first" => "first half",
            "second" | "last" | "latter" => "second half",
            _ => return None,
        };
        let time = self.read_part_of_period(i, part)?;
        let ordinal = i - 1;
        let first = if word_is(self.prev(ordinal), "the") {
            ordinal - 1
        } else {
            ordinal
        };
        Some(TimeExpr { first, ..time })
    }

    /// "the first two quarters of 1990", "the last three quarters of 1988"
    /// (`lower` is "first" or "last", at token `i`): that many quarters
    /// from the start or up to the end of the year written after "of".
    /// Without a written year the quarters are left to the figures.
    pub(super) fn read_run_of_quarters(&self, i: usize, lower: &str) -> TimeRead {
        let count = self.count_at(i + 1).filter(|n| (1..=4).contains(n))?;
        let (year, end) = self.year_at(i + 4).filter(|_| self.is(i + 3, "of"))?;
        let months = 3 * count;
        let skipped = if lower == "first" { 0 } else { 12 - months };
        let first_month = Day::new(year, 1, 1).and_then(|d| shifted_month(d, skipped))?;
        let last_month = shifted_month(first_month.start, months - 1)?;
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        let resolved = range(first_month.start, last_month.end);
        found(TimeRule::Quarter, first, end, Some(resolved))
    }

    /// "Q3 2023", "Q4 FY24", "H1 FY25" (`quarter`: "Q", else "H" for a
    /// half): that quarter or half of the calendar year or the fiscal year
    /// written after it. Without a year ("profit rose in Q3") it names
    /// none, and nothing is read.
    pub(super) fn read_lettered_part(&self, i: usize, quarter: bool) -> TimeRead {
        let attached = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before);
        let parts = if quarter { 4 } else { 2 };
        let index: u8 = self.number(i + 1).filter(|_| attached)?.parse().ok()?;
        if !(1..=parts).contains(&index) {
            return None;
        }
        let (rule, months) = if quarter {
            (TimeRule::Quarter, 3)
        } else {
            (TimeRule::PartOfPeriod, 6)
        };
        if let Some(fiscal) = self.fiscal_year_read_at(i + 2) {
            let days = fiscal
                .resolved
                .and_then(|year| part_of_year(year, index, months));
            return found(rule, i, fiscal.end, days);
        }
        let year = self.number(i + 2).and_then(parse_year)?;
        let days = year_range(year).and_then(|year| part_of_year(year, index, months));
        found(rule, i, i + 3, days)
    }

    /// "the second quarter", "third-quarter", "the 1988 second quarter",
    /// "next year's first quarter", "the fourth quarter of 2023", "the
    /// fiscal-first quarter" (as "the fiscal first quarter").
    pub(super) fn read_quarter(&self, i: usize, lower: &str) -> TimeRead {
        let ordinal = lower.strip_prefix("fiscal-");
        let lower = ordinal.unwrap_or(lower);
        let quarter = match lower.split('-').next().unwrap_or("") {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };
        let (end, year_after) = self.quarter_end(i, lower)?;
        let (first, year_before) = self.year_before_quarter(i);
        // "the fiscal first quarter" is a quarter, "fiscal" one of its words,
        // and a quarter of the fiscal year the article states, if it does.
        let fiscal_before = word_is(self.prev(first), "fiscal");
        let first = first - usize::from(fiscal_before);
        let fiscal = fiscal_before || ordinal.is_some();
        let first = if word_is(self.prev(first), "the") {
            first - 1
        } else {
            first
        };
        // "the fourth quarter of FY24" is a quarter of that fiscal year.
        if let Some(fiscal) = self
            .fiscal_year_read_at(end + 1)
            .filter(|_| self.is(end, "of"))
        {
            let days = fiscal
                .resolved
                .and_then(|year| part_of_year(year, quarter, 3));
            return found(TimeRule::Quarter, first, fiscal.end, days);
        }
        let written = year_after.or(year_before);
        let reported = written.is_none() && self.reported_before_its_end(quarter, first, end);
        let calendar = match self.fiscal_end.filter(|_| fiscal || reported) {
            Some(fiscal_end) => self.fiscal_quarter(quarter, written, fiscal_end, first, end),
            None => written
                .or_else(|| {
                    self.published
                        .map(|p| self.quarter_year(p, quarter, first, end))
                })
                .and_then(|y| quarter_range(y, quarter)),
        };
        found(
            TimeRule::Quarter,
            first,
            end,
            self.quarter_days(end, calendar),
        )
    }

    /// The end of the quarter whose ordinal is at token `i` (`lower`), and
    /// the year written after it: "third-quarter", "third quarter", "the
    /// third quarter of 1990". `None` when no quarter is named.
    fn quarter_end(&self, i: usize, lower: &str) -> Option<(usize, Option<i32>)> {
        let end = if lower.ends_with("-quarter") {
            i + 1
        } else if self.is(i + 1, "quarter") {
            i + 2
        } else {
            return None;
        };
        let year = self
            .number(end + 1)
            .and_then(parse_year)
            .filter(|_| self.is(end, "of"));
        Some(year.map_or((end, None), |y| (end + 2, Some(y))))
    }

    /// The first token of a quarter whose ordinal is at token `i`, with a
    /// year before it, and that year: "the 1988 second quarter", "the
    /// year-ago quarter" (the year before publication), "next year's first
    /// quarter".
    fn year_before_quarter(&self, i: usize) -> (usize, Option<i32>) {
        let published = self.published;
        let prev = self.prev(i);
        if let Some(y) = self
            .number(i.wrapping_sub(1))
            .filter(|_| i > self.doc.first)
            .and_then(parse_year)
        {
            return (i - 1, Some(y));
        }
        if word_in(prev, &["year-ago", "year-earlier"]) {
            return (i - 1, published.map(|p| p.year() - 1));
        }
        if !word_in(prev, &["year's", "year’s"]) || i < 2 {
            return (i, None);
        }
        let shift = match self.prev(i - 1).to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return (i, None),
        };
        (i - 2, published.map(|p| p.year() + shift))
    }

    /// The year of a quarter named without one at tokens `first..end`: the
    /// publication year's, unless that quarter has not begun and its
    /// clause is told in the past, which makes it last year's ("AT&T
    /// announced a drop in profits for the fourth quarter", published in
    /// January).
    fn quarter_year(&self, published: Day, quarter: u8, first: usize, end: usize) -> i32 {
        let begun = quarter_range(published.year(), quarter).is_some_and(|q| q.start <= published);
        published.year() - i32::from(!begun && self.told_in_past(first, end))
    }

    /// Whether the calendar quarter `quarter` of the publication year,
    /// named at tokens `first..end`, holds the publication day while its
    /// clause is told in the past: "Ralston reported a 47% decline in
    /// fourth-quarter earnings", published in November, tells of a quarter
    /// whose results are in, so of a fiscal quarter that is over.
    fn reported_before_its_end(&self, quarter: u8, first: usize, end: usize) -> bool {
        let holds =
            |p: Day| quarter_range(p.year(), quarter).is_some_and(|q| q.start <= p && p < q.end);
        self.published.is_some_and(holds) && self.told_in_past(first, end)
    }

    /// The days of a quarter whose words end at token `end`: the three
    /// months up to the day the words after it say it closed on ("the
    /// fourth quarter ended Sept. 30" is July to September), as a company's
    /// fiscal quarter need not be a calendar one; else `calendar`, the
    /// calendar quarter its words name.
    fn quarter_days(&self, end: usize, calendar: Option<DayRange>) -> Option<DayRange> {
        // "the quarter to June", as British and Australian reports say.
        let closer = self.doc.word(end);
        if !PERIOD_CLOSERS.contains(closer) && !word_is(closer, "to") {
            return calendar;
        }
        // "the quarter ended in September" closes with the month.
        let at = if self.is(end + 1, "in") {
            end + 2
        } else {
            end + 1
        };
        let closing = month_number(self.doc.word(at)).and_then(|month| self.read_month(at, month));
        match closing {
            Some(closing) => closing
                .resolved
                .and_then(|days| three_months_ending(days.end)),
            None => calendar,
        }
    }

    /// "the quarter", "the latest quarter": the last one that ended before
    /// publication, as earnings reports use it.
    pub(super) fn read_the_quarter(&self, i: usize) -> TimeRead {
        let (first, _) = self.the_latest_before(i)?;
        let resolved = self.published.and_then(|p| {
            let current = (p.month() - 1) / 3 + 1;
            let (year, quarter) = if current == 1 {
                (p.year() - 1, 4)
            } else {
                (p.year(), current - 1)
            };
            quarter_range(year, quarter)
        });
        found(
            TimeRule::Quarter,
            first,
            i + 1,
            self.quarter_days(i + 1, resolved),
        )
    }

    /// Where "the", "the latest" or "the most recent" before token `i`
    /// begins, and whether a word of lateness stood in it: "the latest
    /// quarter" is the last one reported, "the latest period" the one the
    /// report named before.
    pub(super) fn the_latest_before(&self, i: usize) -> Option<(usize, bool)> {
        let mut first = i;
        let latest = LATEST_WORDS.contains(self.prev(first));
        if latest {
            first -= 1;
        }
        if word_is(self.prev(first), "most") {
            first -= 1;
        }
        word_is(self.prev(first), "the").then(|| (first - 1, latest))
    }

    /// "the March quarter", "the September 2023 quarter": a quarter named,
    /// as Australian, Indian and British reports name them, by the month
    /// it ends with, the three months to that month's end; any other time
    /// as it is.
    pub(super) fn quarter_ending_in(&self, time: TimeExpr) -> TimeExpr {
        let month = time.resolved.filter(|&days| is_whole_month(days));
        let resolved = month.and_then(|days| three_months_ending(days.end));
        match resolved {
            Some(quarter) if self.is(time.end, "quarter") && time.end < self.doc.end => TimeExpr {
                end: time.end + 1,
                resolved: Some(quarter),
                rule: TimeRule::Quarter,
                ..time
            },
            _ => time,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// A quarter with its year before it, written or counted back
    /// (published Thursday, December 28, 2023).
    /// A quarter with the day it closed on after it is the three months up
    /// to that day, a company's fiscal quarter; without one, it is the
    /// calendar quarter: (text, its times).
    #[test]
    fn a_quarter_ended_on_a_day() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "Net income rose in the fourth quarter ended Sept. 30.",
                &[
                    ("the fourth quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                ],
            ),
            (
                "Its second quarter ended Aug. 26 was weak.",
                &[
                    ("second quarter", "2023-05-27/2023-08-26"),
                    ("Aug. 26", "2023-08-26/2023-08-26"),
                ],
            ),
            (
                "Sales slipped in the quarter ended in October.",
                &[
                    ("the quarter", "2023-08-01/2023-10-31"),
                    ("in October", "2023-10-01/2023-10-31"),
                ],
            ),
            (
                "The company earned $4 million in the fiscal first quarter ended Sept. 30. A year earlier, it lost $1 million.",
                &[
                    ("the fiscal first quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("A year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31. Results for that quarter included a charge. The following quarter was better.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                    ("that quarter", "2023-05-01/2023-07-31"),
                    ("The following quarter", "2023-08-01/2023-10-31"),
                ],
            ),
            // Without its closing day, a quarter is the calendar quarter.
            (
                "Profit fell in the third quarter. The following quarter was better.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("The following quarter", "2023-10-01/2023-12-31"),
                ],
            ),
            (
                "Net income rose in the fiscal fourth quarter.",
                &[("the fiscal fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "The quarter ended with a loss.",
                &[("The quarter", "2023-07-01/2023-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-11-15");
    }

    /// A quarter without its year that has not begun is last year's when
    /// its clause is told in the past (published Saturday, January 20,
    /// 2024): (text, its times).
    #[test]
    fn a_quarter_not_begun_told_in_the_past() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "AT&T announced a drop in profits for the fourth quarter.",
                &[("the fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "Acme expects growth to resume in the second quarter.",
                &[("the second quarter", "2024-04-01/2024-06-30")],
            ),
            (
                "Sales rose in the first quarter, the company said.",
                &[("the first quarter", "2024-01-01/2024-03-31")],
            ),
        ];
        expect_resolved(&cases, "2024-01-20");
    }

    #[test]
    fn a_quarter_with_its_year_before_it() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "It lost money in the 2021 second quarter.",
                &[("the 2021 second quarter", "2021-04-01/2021-06-30")],
            ),
            (
                "It earned more than in the 2021 period.",
                &[("the 2021 period", "2021-01-01/2021-12-31")],
            ),
            (
                "It earned $5 million in the year-ago third quarter.",
                &[("the year-ago third quarter", "2022-07-01/2022-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A quarter whose results are told in the past cannot be a calendar
    /// quarter not yet over: in an article that states its fiscal year's
    /// end, it is that fiscal year's quarter, though "fiscal" is not said
    /// (published Thursday, October 26, 1989).
    #[test]
    fn a_quarter_told_in_the_past_before_its_end_is_fiscal() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Acme reported a drop in fourth-quarter profit. For the year ended Sept. 30, Acme earned $9 million.",
                &[
                    ("fourth-quarter", "1989-07-01/1989-09-30"),
                    ("Sept. 30", "1989-09-30/1989-09-30"),
                ],
            ),
            (
                "Its fiscal years end Aug. 31. Acme posted a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-06-01/1989-08-31")],
            ),
            // Looked for, or with no fiscal year stated: the calendar quarter.
            (
                "Its fiscal years end Aug. 31. Acme expects a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-10-01/1989-12-31")],
            ),
            (
                "Acme reported a drop in fourth-quarter profit.",
                &[("fourth-quarter", "1989-10-01/1989-12-31")],
            ),
        ];
        expect_resolved(cases, "1989-10-26");
    }
}
