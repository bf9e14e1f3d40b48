//! Which reader reads a time: `Reader::read` tries, at a token, a decade or
//! century, a number, a word of part, a joined end ("end-March"), then a
//! month, weekday or holiday by name, and last the few other words that may
//! open a time (`TRIGGERS`), each handed to the reader of its kind; and the
//! words before a date that make it vague or name a part of it ("early",
//! "the end of"), after which it is no time of its own.

use super::days::parse_day;
use super::fiscal::FiscalForm;
use super::years::parse_year;
use super::{found, Reader, TimeRead};
use crate::evidence::TimeRule;
use crate::grammar::{
    holiday_date, month_number, weekday_number, without_possessive, DISTRIBUTIVES,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon};

/// Words other than month and day names that open a time expression.
static TRIGGERS: Lexicon = Lexicon::new(&[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "last",
    "this",
    "next",
    "past",
    "fiscal",
    "financial",
    "fy",
    "q",
    "h",
    "first",
    "second",
    "third",
    "fourth",
    "first-quarter",
    "second-quarter",
    "third-quarter",
    "fourth-quarter",
    "fiscal-first",
    "fiscal-second",
    "fiscal-third",
    "fiscal-fourth",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "weekend",
    "quarter",
    "year-earlier",
    "year-ago",
    "end",
    "start",
    "beginning",
    "middle",
    "half",
    "year",
    "day",
    "week",
    "month",
    "period",
    "stretch",
    "year's",
    "year’s",
    "year-end",
    "yearend",
    "now",
    "current",
]);

/// Words before a date that make it vague or name a part of it: what
/// follows them is no time of its own ("the end of March" is the part's,
/// "late 1990" is read from "late", as the year that holds it).
static VAGUE_MODIFIERS: Lexicon = Lexicon::new(&[
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "beginning",
    "start",
    "middle",
]);

impl Reader<'_> {
    pub(super) fn vague_before(&self, i: usize) -> bool {
        let p = self.prev(i);
        VAGUE_MODIFIERS.contains(p)
            || (word_in(p, &["of", "the"]) && VAGUE_MODIFIERS.contains(self.prev(i - 1)))
            || (word_is(p, "the") && i >= 2 && VAGUE_MODIFIERS.contains(self.prev(i - 1)))
    }

    /// Reads a time expression starting at token `i`: `(first, end, resolved)`.
    /// Each kind of expression has its own reader below; this finds which.
    pub(super) fn read(&self, i: usize) -> TimeRead {
        let token = self.doc.tokens.get(i)?;
        let word = self.doc.word(i);
        if let Some(era) = self.read_era(i) {
            return Some(era);
        }
        if token.kind == Kind::Number {
            return self.read_number(i, word);
        }
        if let Some(period) = self.part_modified_at(i) {
            return self.read_modified_period(i, period);
        }
        if let Some(end) = self.read_joined_end(i) {
            return Some(end);
        }
        // "today's" and "December's" open times as "today" and "December" do.
        let bare = without_possessive(word);
        let trigger = TRIGGERS.contains_key(token.key)
            || (bare.len() < word.len() && TRIGGERS.contains(bare));
        if !token.is_word() || !(is_capitalized(word) || trigger) {
            return None;
        }
        if let Some(read) = self.read_calendar_name(i, word, bare) {
            return read;
        }
        // Only a few other words can open a time expression.
        if !trigger {
            return None;
        }
        self.read_trigger(i, word, bare)
    }

    /// The month, weekday or holiday named at token `i` (`word`, `bare`
    /// without its possessive), read by its own reader; `None` when the word
    /// names none. A month or weekday after "each" or "every" recurs, and a
    /// month after a word of vagueness is read from that word, if at all.
    fn read_calendar_name(&self, i: usize, word: &str, bare: &str) -> Option<TimeRead> {
        if let Some(months) = self.read_run_of_months(i, bare) {
            return Some(months);
        }
        let (month, weekday) = (month_number(bare), weekday_number(word));
        // "each July", "every Thursday" recur, naming no one day or month.
        if (month.is_some() || weekday.is_some()) && DISTRIBUTIVES.contains(self.prev(i)) {
            return Some(None);
        }
        if let Some(month) = month {
            if self.vague_before(i) {
                return Some(None);
            }
            if let Some(months) = self.read_months_between(i, month) {
                return Some(months);
            }
            let time = self.read_month(i, month).map(|time| self.week_of(time));
            let time = time.map(|time| self.quarter_ending_in(time));
            return Some(time.map(|time| self.months_up_to(time)));
        }
        if let Some(weekday) = weekday {
            if self.weekday_recurs(i) || self.ends_holiday_name(i) {
                return Some(None);
            }
            return Some(self.read_weekday(i, weekday));
        }
        holiday_date(word).map(|holiday| self.read_holiday(i, holiday))
    }

    /// The time opened by one of the `TRIGGERS` at token `i` (`word`, `bare`
    /// without its possessive), read by the reader of its kind.
    fn read_trigger(&self, i: usize, word: &str, bare: &str) -> TimeRead {
        let lower = bare.to_ascii_lowercase();
        match lower.as_str() {
            "first" | "last" if self.is(i + 2, "quarters") => self.read_run_of_quarters(i, &lower),
            "today" | "tonight" | "yesterday" | "tomorrow" => {
                self.read_day_word(i, &lower, bare.len() < word.len())
            }
            "last" | "past" if word_is(self.prev(i), "the") => self.read_recent_span(i),
            "this" if self.is(i + 1, "time") => self.read_this_time_of_year(i),
            "this" if self.is(i + 1, "past") => self.read_this_past(i),
            "last" | "this" | "next" | "past" => self
                .read_relative_fiscal_year(i, &lower)
                .or_else(|| self.read_relative_unit(i, &lower)),
            "fiscal" => self.read_fiscal_year(i),
            "financial" if self.is(i + 1, "year") => self
                .fiscal_year_at(i, i + 2, FiscalForm::Financial, false)
                .or_else(|| self.read_financial_year_ending(i)),
            "fy" if word == "FY" => self.read_fy(i),
            "q" | "h" if word == "Q" || word == "H" => self.read_lettered_part(i, word == "Q"),
            "first" | "second" | "third" | "fourth" | "first-quarter" | "second-quarter"
            | "third-quarter" | "fourth-quarter" | "fiscal-first" | "fiscal-second"
            | "fiscal-third" | "fiscal-fourth" => self.read_quarter(i, &lower),
            "quarter" => self
                .read_period_a_year_back(i)
                .or_else(|| self.read_the_quarter(i))
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "end" | "start" | "beginning" | "middle" => self.read_part_of_period(i, &lower),
            "half" => self.read_half(i),
            "year" | "year-end" | "yearend" => self
                .read_year_end(i)
                .or_else(|| self.read_whole_year(i))
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "day" => self
                .read_day_beside(i)
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "week" | "month" | "period" | "stretch" => self
                .read_period_a_year_back(i)
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "now" => self.read_as_of_now(i),
            "current" => self
                .read_relative_fiscal_year(i, &lower)
                .or_else(|| self.read_current_unit(i)),
            "weekend" => self.read_the_weekend(i),
            // "the year-earlier quarter": resolved from the time before it;
            // "the year-ago third quarter" is the quarter's to read.
            "year-earlier" | "year-ago" if !self.ordinal_quarter_at(i + 1) => {
                found(TimeRule::YearEarlier, i, i + 1, None)
            }
            // "nineteen ninety-six", "two years ago", "a week ago".
            _ => self.read_spoken_year(i).or_else(|| {
                let amount = match lower.as_str() {
                    "a" | "an" => Some(1),
                    _ => self.count_at(i).map(i64::from),
                };
                amount.and_then(|amount| {
                    self.a_year_earlier(i, amount)
                        .or_else(|| self.ago(i, amount))
                })
            }),
        }
    }

    /// A time that opens with the number at token `i` (`word`): "10 days
    /// ago", "27 December 2023", "12/27/2023", "2023-12-27", or a year.
    fn read_number(&self, i: usize, word: &str) -> TimeRead {
        if let Some(found) = self.count_at(i).and_then(|n| self.ago(i, i64::from(n))) {
            return Some(found);
        }
        if let Some(day) = parse_day(word) {
            return self
                .read_day_first(i, day)
                .or_else(|| self.read_ordinal_day(i, day));
        }
        if let Some(fiscal) = self
            .read_the_fiscal_year(i)
            .or_else(|| self.read_bare_split_year(i))
        {
            return Some(fiscal);
        }
        if let Some(date) = self.read_slash_date(i, word) {
            return date;
        }
        let year = parse_year(word)?;
        if let Some(date) = self.read_iso_date(i, year) {
            return Some(date);
        }
        self.read_year_number(i, year)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::resolve;

    /// A table of phrases and the days they resolve to; long because each
    /// kind of time has its row.
    #[test]
    fn times_resolve_against_publication() {
        let cases = [
            (
                "He spoke on December 27.",
                "December 27",
                "2023-12-27/2023-12-27",
            ),
            (
                "It ends Dec. 30, 2024.",
                "Dec. 30, 2024",
                "2024-12-30/2024-12-30",
            ),
            (
                "It began in March 2018.",
                "March 2018",
                "2018-03-01/2018-03-31",
            ),
            ("They met last week.", "last week", "2023-12-18/2023-12-24"),
            (
                "In November they left.",
                "In November",
                "2023-11-01/2023-11-30",
            ),
            (
                "He left in December.",
                "in December",
                "2023-12-01/2023-12-31",
            ),
            ("They met Friday.", "Friday", "2023-12-22/2023-12-22"),
            ("They will meet Friday.", "Friday", "2023-12-29/2023-12-29"),
            // Published on a Thursday: its own weekday ahead is that day.
            (
                "They will meet Thursday.",
                "Thursday",
                "2023-12-28/2023-12-28",
            ),
            (
                "They meet next Thursday.",
                "next Thursday",
                "2024-01-04/2024-01-04",
            ),
            ("It rained yesterday.", "yesterday", "2023-12-27/2023-12-27"),
            ("It rains tonight.", "tonight", "2023-12-28/2023-12-28"),
            (
                "Sales fell last year.",
                "last year",
                "2022-01-01/2022-12-31",
            ),
            (
                "Spending rose in fiscal 2023.",
                "fiscal 2023",
                "2022-10-01/2023-09-30",
            ),
            (
                "Profit rose in the third quarter.",
                "the third quarter",
                "2023-07-01/2023-09-30",
            ),
            (
                "It happened two years ago.",
                "two years ago",
                "2021-01-01/2021-12-31",
            ),
            ("He was born in 1961.", "1961", "1961-01-01/1961-12-31"),
            (
                "They spoke late yesterday.",
                "yesterday",
                "2023-12-27/2023-12-27",
            ),
            (
                "Fire broke out last night.",
                "last night",
                "2023-12-27/2023-12-27",
            ),
        ];
        for (text, span, resolved) in cases {
            let got = resolve(text, Some("2023-12-28"));
            assert_eq!(
                got,
                vec![(span.to_string(), Some(resolved.to_string()))],
                "{text}"
            );
        }
    }

    #[test]
    fn without_publication_date_no_year_is_invented() {
        let cases = [
            ("He spoke on December 27.", None),
            (
                "It ends Dec. 30, 2024.",
                Some("2024-12-30/2024-12-30".to_string()),
            ),
            ("They met last week.", None),
        ];
        for (text, resolved) in cases {
            assert_eq!(resolve(text, None)[0].1, resolved, "{text}");
        }
    }
}
