//! Parts of periods: "the end of 2020", "the start of the year", "early
//! March", "mid-April", "late 1990", "end-March", "year-end", each naming
//! the whole period it is part of.

use super::day_ranges::{
    decade_range, month_range, part_of, shifted_month, single, week_range, year_range,
};
use super::tense::Tense;
use super::weekdays::WEEKDAY_REACH;
use super::years::{decade_written, parse_year};
use super::{found, Reader, TimeExpr, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::grammar::month_number;
use crate::lex::{word_in, word_is, Lexicon};

/// Words before a month or a year, or joined to it, that say which part of
/// it is meant without bounding that part: "early March", "mid-April",
/// "late 1990", "early next year".
pub(super) static PART_MODIFIERS: Lexicon = Lexicon::new(&["early", "mid", "late"]);

impl Reader<'_> {
    /// Where the month or year named with a word of part at token `i`
    /// is: the token after "early", "mid" or "late", or `i` itself for one
    /// joined to it ("mid-April", "mid-2015").
    pub(super) fn part_modified_at(&self, i: usize) -> Option<usize> {
        let word = self.doc.word(i);
        let joined = word
            .split_once('-')
            .is_some_and(|(modifier, _)| PART_MODIFIERS.contains(modifier));
        if joined {
            Some(i)
        } else {
            PART_MODIFIERS.contains(word).then_some(i + 1)
        }
    }

    /// "end-March", "March-end", "end-2024", "end-June 2025", as Indian and
    /// wire copy write the end of a month or a year: that end, as "the end
    /// of March" is (see `part_of`), the month read as it would be alone.
    pub(super) fn read_joined_end(&self, i: usize) -> TimeRead {
        let (before, after) = self.doc.word(i).split_once('-')?;
        let end_first = before.eq_ignore_ascii_case("end");
        let period = match (end_first, after.eq_ignore_ascii_case("end")) {
            (true, _) => after,
            (false, true) => before,
            _ => return None,
        };
        let time = match (month_number(period), parse_year(period)) {
            (Some(month), _) => match self.year_at(i + 1) {
                Some((year, end)) => {
                    found(TimeRule::CalendarDate, i, end, month_range(year, month))?
                }
                None => self.read_bare_month(i, month)?,
            },
            (None, Some(year)) if end_first => found(TimeRule::Year, i, i + 1, year_range(year))?,
            _ => return None,
        };
        let resolved = time.resolved.and_then(|days| part_of(days, "end"));
        found(TimeRule::PartOfPeriod, time.first, time.end, resolved)
    }

    /// "early March", "mid-April", "late 1990", "early next year", "the
    /// mid-1990s": the whole month, year or decade a word of part names a
    /// part of. "Early" and "late"
    /// bound no days ("early March" may be the 12th), so the month or year
    /// that holds them is what the words say for certain; "the start of
    /// March", which names its part, is `read_part_of_period`'s. The time
    /// is read as the month, year or relative unit at `at` would be.
    pub(super) fn read_modified_period(&self, i: usize, at: usize) -> TimeRead {
        let word = self.doc.word(at);
        let period = word
            .split_once('-')
            .filter(|_| at == i)
            .map_or(word, |(_, rest)| rest);
        let lower = period.to_ascii_lowercase();
        let time = if let Some(month) = month_number(period) {
            self.read_month(at, month)?
        } else if let Some(year) =
            parse_year(period).filter(|y| (1900..=2100).contains(y) && !self.joined_after(at))
        {
            found(TimeRule::Year, at, at + 1, year_range(year))?
        } else if let Some(era) = self.read_era(at) {
            era
        } else if let Some(first_year) = decade_written(period).filter(|_| at == i) {
            let first = self.the_before_era(i).unwrap_or(i);
            found(TimeRule::Era, first, i + 1, decade_range(first_year))?
        } else if at > i && word_in(&lower, &["this", "next", "last"]) {
            self.read_relative_unit(at, &lower)?
        } else {
            return None;
        };
        Some(TimeExpr {
            first: time.first.min(i),
            ..time
        })
    }

    /// "the end of 2020", "the start of the year", "the middle of March",
    /// "the end of next month": the part of the period named after "of"
    /// (see `part_of`).
    pub(super) fn read_part_of_period(&self, i: usize, part: &str) -> TimeRead {
        if !self.is(i + 1, "of") {
            return None;
        }
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        let at = i + 2;
        let (end, period) = if let Some(fiscal) = self.fiscal_year_read_at(at) {
            (fiscal.end, fiscal.resolved)
        } else if let Some(year) = self.number(at).and_then(parse_year) {
            (at + 1, year_range(year))
        } else if let Some(month) = month_number(self.doc.word(at)) {
            let month = self.read_month(at, month)?;
            (month.end, month.resolved)
        } else {
            let shift = match self.doc.word(at).to_ascii_lowercase().as_str() {
                "the" | "this" => 0,
                "last" => -1,
                "next" => 1,
                _ => return None,
            };
            let unit = self.doc.word(at + 1).to_ascii_lowercase();
            let period = self.published.and_then(|p| match unit.as_str() {
                "year" if part == "end" && shift == 0 => {
                    year_range(self.year_ended(first, at + 2, p))
                }
                "year" => year_range(p.year() + shift as i32),
                "month" => shifted_month(p, shift as i32),
                "week" => week_range(p, shift),
                _ => None,
            });
            if !matches!(unit.as_str(), "year" | "month" | "week") {
                return None;
            }
            (at + 2, period)
        };
        let resolved = period.and_then(|days| part_of(days, part));
        found(TimeRule::PartOfPeriod, first, end, resolved)
    }

    /// "year-end", "year end", "year's end": the last month of the
    /// publication year, or of the year before when its clause is in the
    /// past ("at year end, the bank held $2 billion"). "year-end" in one
    /// word is the accounts' closing day, December 31 ("by year-end",
    /// "since year-end"); a fiscal one closes a year that may end in any
    /// month, so "at its fiscal year-end" reads nothing.
    pub(super) fn read_year_end(&self, i: usize) -> TimeRead {
        let closing_day = word_in(self.doc.word(i), &["year-end", "yearend"]);
        let end = if closing_day {
            i + 1
        } else if self.is(i + 1, "end") {
            i + 2
        } else {
            return None;
        };
        // "year-end bonuses" and "year-end net" are a kind of thing, not a time.
        if self.thing_named_at(end) || word_is(self.prev(i), "fiscal") {
            return None;
        }
        let resolved = self.published.and_then(|p| {
            let december = month_range(self.year_ended(i, end, p), 12)?;
            Some(if closing_day {
                single(december.end)
            } else {
                december
            })
        });
        found(TimeRule::PartOfPeriod, i, end, resolved)
    }

    /// The year whose end the words at `first..end` name when they name no other
    /// ("year-end", "the end of the year"): the publication year, or the
    /// year before when it counts "since" it or a past verb stands close
    /// before it ("at year-end, the bank held"); a verb further back is
    /// often another clause's ("cut costs, reaching its goal by the end
    /// of the year").
    fn year_ended(&self, first: usize, end: usize, published: Day) -> i32 {
        let since =
            (self.doc.first.max(first.saturating_sub(3))..first).any(|k| self.is(k, "since"));
        let past = self
            .tense_of(first, end, first.saturating_sub(WEEKDAY_REACH))
            .is_some_and(|(tense, _)| tense == Tense::Past);
        published.year() - i32::from(since || past)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    /// The start, middle or end of a period, and the periods named from
    /// publication that sit before or after it (published Thursday,
    /// October 26, 2023).
    #[test]
    fn parts_of_periods() {
        let cases = [
            (
                "Profit fell in the last half of 2022.",
                "the last half of 2022",
                "2022-07-01/2022-12-31",
            ),
            (
                "Sales should grow in the first half of next year.",
                "the first half of next year",
                "2024-01-01/2024-06-30",
            ),
            (
                "The depot will close by the end of 2025.",
                "the end of 2025",
                "2025-12-01/2025-12-31",
            ),
            (
                "Since the start of the year, rents rose 4%.",
                "the start of the year",
                "2023-01-01/2023-01-31",
            ),
            (
                "The fund runs dry at the end of the month.",
                "the end of the month",
                "2023-10-22/2023-10-31",
            ),
            (
                "Rates peaked in the middle of the year.",
                "the middle of the year",
                "2023-06-01/2023-07-31",
            ),
            (
                "The offer will expire at the end of November.",
                "the end of November",
                "2023-11-21/2023-11-30",
            ),
            (
                "The merger should close by year-end.",
                "year-end",
                "2023-12-31/2023-12-31",
            ),
            // Counted since, a year's end is the one gone.
            (
                "Shares are up 5% since year-end.",
                "year-end",
                "2022-12-31/2022-12-31",
            ),
            (
                "At year's end, the bank held more cash.",
                "year's end",
                "2022-12-01/2022-12-31",
            ),
            (
                "The firm went public earlier this month.",
                "this month",
                "2023-10-01/2023-10-31",
            ),
            (
                "Sales should pick up later this year.",
                "this year",
                "2023-01-01/2023-12-31",
            ),
            (
                "As of now, the road is closed.",
                "As of now",
                "2023-10-26/2023-10-26",
            ),
            // Said in its own month, a month ahead is this one.
            (
                "A ruling is expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-10-26"));
            let want = (span.to_string(), Some(days.to_string()));
            assert!(got.contains(&want), "{text}: {got:?}");
        }
        for text in [
            "Staff got year-end bonuses.",
            "The film ended with a chase.",
            "He scored in the second half of the game.",
        ] {
            assert_eq!(resolve(text, Some("2023-10-26")), vec![], "{text}");
        }
        // A single day has no end to name.
        assert_eq!(
            resolve("It ends at the end of March 5.", Some("2023-10-26")),
            vec![("the end of March 5".to_string(), None)]
        );
    }

    /// "early", "mid" and "late", apart or joined to what they modify, name
    /// the whole month or year that holds the part they mean, as they bound
    /// no days (published Thursday, March 14, 2024): (text, its times).
    #[test]
    fn a_word_of_part_names_its_whole_period() {
        let cases: [(&str, &[(&str, &str)]); 10] = [
            (
                "The ferry sank in early February.",
                &[("early February", "2024-02-01/2024-02-29")],
            ),
            (
                "The plant will reopen in mid-June.",
                &[("in mid-June", "2024-06-01/2024-06-30")],
            ),
            (
                "The strike began in late May last year.",
                &[("late May last year", "2023-05-01/2023-05-31")],
            ),
            (
                "The mill closed in late 2019.",
                &[("late 2019", "2019-01-01/2019-12-31")],
            ),
            (
                "Rents peaked in mid-2021.",
                &[("mid-2021", "2021-01-01/2021-12-31")],
            ),
            (
                "A ruling is expected early next week.",
                &[("early next week", "2024-03-18/2024-03-24")],
            ),
            (
                "Late last year the council sold the pier.",
                &[("Late last year", "2023-01-01/2023-12-31")],
            ),
            // A decade is read whole, as a year is; "late" before a person
            // is no part.
            (
                "Rents rose in the late 1990s.",
                &[("the late 1990s", "1990-01-01/1999-12-31")],
            ),
            ("The late mayor opened the pier.", &[]),
            // What is yet to be done looks ahead, and so does a time granted.
            (
                "He said rules to be published in early October will decide it.",
                &[("early October", "2024-10-01/2024-10-31")],
            ),
        ];
        expect_resolved(&cases, "2024-03-14");
        let granted: [(&str, &[(&str, &str)]); 1] = [(
            "The regulator gave the bank until mid-April to answer.",
            &[("mid-April", "2024-04-01/2024-04-30")],
        )];
        expect_resolved(&granted, "2024-03-29");
    }
}
