//! Counts of time: "two years ago", "10 days ago", spans up to publication
//! ("the past two weeks", "the last 12 months") and "this time last year".

use super::day_ranges::{
    range, same_day_months_before, shifted_month, single, week_range, year_range, years_shifted,
};
use super::{found, Reader, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::grammar::APPROXIMATIONS;
use crate::lex::{word_in, word_is, Lexicon};

/// Words that open a relative clause right after a noun, which then picks
/// out one of its kind: "the last day I took off", "the last year that
/// he played".
static RELATIVE_CLAUSE_OPENERS: Lexicon = Lexicon::new(&[
    "i", "we", "you", "he", "she", "they", "it", "that", "when", "which", "where",
]);

/// Prepositions that make a span up to publication an adverbial of time:
/// "in the last year", "over the past two weeks".
static SPAN_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "over", "during", "for", "within", "throughout"]);

/// A unit of time written `word` (lower-cased, without its plural's "s")
/// and `amount` of it, with a fortnight counted as two weeks: "a
/// fortnight ago" is "two weeks ago".
fn in_weeks_for_fortnights(word: &str, amount: i64) -> (String, i64) {
    let lower = word.to_ascii_lowercase();
    let unit = lower.trim_end_matches('s');
    match unit {
        "fortnight" => ("week".to_string(), 2 * amount),
        _ => (unit.to_string(), amount),
    }
}

impl Reader<'_> {
    /// The count of time units written at token `k`, in digits ("10 days
    /// ago") or in words ("the past two weeks"), from one to a hundred, as
    /// spans and times ago are counted in news.
    pub(super) fn count_at(&self, k: usize) -> Option<i32> {
        let count = match self.number(k) {
            Some(digits) => digits.parse().ok(),
            None => crate::grammar::number_word(&self.doc.word(k).to_ascii_lowercase())
                .map(|v| v as i32),
        };
        count.filter(|n| (1..=100).contains(n))
    }

    /// "this time last year", "this time next year" at token `i`: the
    /// publication day a year back or on, as "a year ago" is the day a year
    /// back. Before, only "last year" was read, the whole year.
    pub(super) fn read_this_time_of_year(&self, i: usize) -> TimeRead {
        let shift = match self.doc.word(i + 2).to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        if !self.is(i + 3, "year") {
            return None;
        }
        let resolved = self.published.and_then(|p| years_shifted(single(p), shift));
        found(TimeRule::RelativeUnit, i, i + 4, resolved)
    }

    /// "the past two weeks", "the last 12 months", "the past year": the days
    /// of that length that end on the publication day. News writing counts
    /// back from its own day with these ("crime rose 4% in the last 12
    /// months"), so the count is of time, not of things. "The last week of
    /// March" is a part of March, "the last day I took off" one day picked
    /// out by the clause after it, and "the past few years" says no length,
    /// so none of them is read.
    pub(super) fn read_recent_span(&self, i: usize) -> TimeRead {
        let count = self.count_at(i + 1);
        let unit_at = if count.is_some() { i + 2 } else { i + 1 };
        let count = count.unwrap_or(1);
        let unit = self.doc.word(unit_at).to_ascii_lowercase();
        let singular = unit.trim_end_matches('s');
        // After a preposition the span is an adverbial, and a pronoun after
        // it the next clause's subject: "Over the last week it rained".
        let after = self.doc.word(unit_at + 1);
        let adverbial = SPAN_PREPOSITIONS.contains(self.prev(i - 1));
        // "the past decade and a half" is longer than its unit.
        let and_a_half = word_is(after, "and") && self.is(unit_at + 3, "half");
        if word_is(after, "of")
            || and_a_half
            || (RELATIVE_CLAUSE_OPENERS.contains(after) && !adverbial)
            || (singular.len() < unit.len()) != (count > 1)
        {
            return None;
        }
        let (singular, count) = match singular {
            "fortnight" => ("week", 2 * count),
            _ => (singular, count),
        };
        let start = |p: Day| match singular {
            "day" => p.add_days(1 - i64::from(count)),
            "week" => p.add_days(1 - 7 * i64::from(count)),
            "month" => same_day_months_before(p, count)?.add_days(1),
            "year" => years_shifted(single(p), -count)?.start.add_days(1),
            "decade" => years_shifted(single(p), -10 * count)?.start.add_days(1),
            _ => None,
        };
        if !word_in(singular, &["day", "week", "month", "year", "decade"]) {
            return None;
        }
        let resolved = self.published.and_then(|p| Some(range(start(p)?, p)));
        found(TimeRule::RecentSpan, i - 1, unit_at + 1, resolved)
    }

    /// "two years ago", "10 days ago", "three weeks ago": the day, week,
    /// month or year that far before publication. "or so" before "ago"
    /// says about as much ("a week or so ago").
    pub(super) fn ago(&self, i: usize, amount: i64) -> TimeRead {
        let or_so = self.is(i + 2, "or") && self.is(i + 3, "so");
        let ago_at = i + 2 + 2 * usize::from(or_so);
        if !self.is(ago_at, "ago") || self.vague_before(i) {
            return None;
        }
        let (unit, amount) = in_weeks_for_fortnights(self.doc.word(i + 1), amount);
        // "about four weeks ago" is the week around the day four weeks back,
        // not a Monday-to-Sunday week.
        let about_before = APPROXIMATIONS.contains(self.prev(i));
        let about = about_before || or_so;
        let around = |day: Day| Some(range(day.add_days(-3)?, day.add_days(3)?));
        let resolved = self.published.and_then(|p| match unit.as_str() {
            "day" => p.add_days(-amount).map(single),
            "week" if about => p.add_days(-7 * amount).and_then(around),
            "week" => week_range(p, -amount),
            "month" => shifted_month(p, -(amount as i32)),
            "year" => year_range(p.year() - amount as i32),
            _ => None,
        });
        let first = if about_before && unit == "week" {
            i - 1
        } else {
            i
        };
        found(TimeRule::Ago, first, ago_at + 1, Some(resolved?))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// "this time last year" is the publication day a year back (published
    /// Thursday, December 28, 2023).
    #[test]
    fn this_time_last_year() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "This time last year, prices were lower.",
                &[("This time last year", "2022-12-28/2022-12-28")],
            ),
            (
                "Rates may be higher by this time next year.",
                &[("this time next year", "2024-12-28/2024-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A count of time, in digits or in words, before "ago", and a span
    /// after "the past" or "the last", which is the stretch that ends on the
    /// publication day (Thursday, March 14, 2024): (text, its times).
    #[test]
    fn counts_of_time_and_spans_up_to_publication() {
        let cases: [(&str, &[(&str, &str)]); 20] = [
            (
                "The plant closed 10 days ago.",
                &[("10 days ago", "2024-03-04/2024-03-04")],
            ),
            (
                "The plant closed ten days ago.",
                &[("ten days ago", "2024-03-04/2024-03-04")],
            ),
            (
                "The plant closed one week ago.",
                &[("one week ago", "2024-03-04/2024-03-10")],
            ),
            (
                "Prices rose in the past 3 months.",
                &[("the past 3 months", "2023-12-15/2024-03-14")],
            ),
            (
                "Prices rose in the past three months.",
                &[("the past three months", "2023-12-15/2024-03-14")],
            ),
            (
                "Prices rose in the past twenty-one days.",
                &[("the past twenty-one days", "2024-02-23/2024-03-14")],
            ),
            (
                "Crime rose 4% in the last 12 months.",
                &[("the last 12 months", "2023-03-15/2024-03-14")],
            ),
            (
                "The index fell during the past two weeks.",
                &[("the past two weeks", "2024-03-01/2024-03-14")],
            ),
            (
                "Exports grew over the past two years.",
                &[("the past two years", "2022-03-15/2024-03-14")],
            ),
            (
                "Over the last week it rained.",
                &[("the last week", "2024-03-08/2024-03-14")],
            ),
            (
                "Prices doubled in the past year.",
                &[("the past year", "2023-03-15/2024-03-14")],
            ),
            (
                "Five people died in the past three days.",
                &[("the past three days", "2024-03-12/2024-03-14")],
            ),
            // A count past a hundred is no span of recent time.
            ("The church was built 500 years ago.", &[]),
            ("Floods returned in the past 150 years.", &[]),
            // A part of another time, or a span of no stated length.
            (
                "Sales slowed in the last week of February.",
                &[("February", "2024-02-01/2024-02-29")],
            ),
            ("Rents rose over the past few years.", &[]),
            ("I cannot remember the last day I took off.", &[]),
            ("He blamed her for the past decade and a half of failures.", &[]),
            (
                "Only 2,200 have come in the past four years; 10,000 are expected over the next year.",
                &[("the past four years", "2020-03-15/2024-03-14")],
            ),
            ("He won the last two races.", &[]),
        ];
        expect_resolved(&cases, "2024-03-14");
    }
}
