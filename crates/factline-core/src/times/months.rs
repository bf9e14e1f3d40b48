//! Months: a month with its day or year ("Dec. 30, 2023", "June of 2015"),
//! and a bare month ("in March", "last June") pointed back or ahead by its
//! clause, or dating the noun after it ("the May elections").

use super::day_ranges::{month_range, single};
use super::days::{parse_day, DAY_FIRST_REACH};
use super::nearest::{bare_month_year, month_closer_ahead};
use super::tense::{Tense, MODALS, MONTH_REACH};
use super::{found, Reader, TimeExpr, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::grammar::{
    is_calendar_word, month_number, without_possessive, MONTH_FIRST_NAMES, MONTH_PREPOSITIONS,
};
use crate::lex::{is_capitalized, word_in, word_is, Lexicon};

/// Nouns of a part of a period that a month may follow with "of": "the end
/// of September", "the start of March".
static PERIOD_PART_NOUNS: Lexicon = Lexicon::new(&["end", "start", "beginning", "middle"]);

impl Reader<'_> {
    /// A month name: "December 27", "Dec. 30, 2023", "March 2020", "27
    /// December", or the month alone.
    pub(super) fn read_month(&self, i: usize, month: u8) -> TimeRead {
        if let Some(day) = self.day_of_month_at(i + 1) {
            // "December 27" or "Dec. 30, 2023".
            let year_at = if self.doc.word(i + 2) == "," {
                i + 3
            } else {
                i + 2
            };
            if let Some((year, end)) = self.year_at(year_at) {
                let resolved = Day::new(year, month, day).map(single);
                return found(TimeRule::CalendarDate, i, end, resolved);
            }
            return self.dated_by_weekday_before(i, month, day);
        }
        if let Some((year, end)) = self.year_at(i + 1) {
            return found(TimeRule::CalendarDate, i, end, month_range(year, month));
        }
        if let Some(read) = self.month_of_year(i, month) {
            return read;
        }
        let day_first = (i.saturating_sub(DAY_FIRST_REACH).max(self.doc.first)..i)
            .find(|&k| self.month_after_day(k) == Some(i));
        if let Some((day, k)) = day_first.and_then(|k| Some((parse_day(self.number(k)?)?, k))) {
            // "27 December 2023" is read from its day, so this is only "27
            // December", read as "December 27" is.
            return self
                .dated_by_weekday_before(k, month, day)
                .map(|time| TimeExpr { end: i + 1, ..time });
        }
        self.read_bare_month(i, month)
    }

    /// A month at token `i` with "of" and its year after it: "June of 2015",
    /// "June of last year". "June of that year" names a year told before,
    /// which "that year" is read as on its own, so the month reads nothing
    /// rather than the June nearest to publication. `None` when no "of"
    /// follows.
    fn month_of_year(&self, i: usize, month: u8) -> Option<TimeRead> {
        if !self.is(i + 1, "of") {
            return None;
        }
        if let Some((year, end)) = self.year_at(i + 2) {
            return Some(found(
                TimeRule::CalendarDate,
                i,
                end,
                month_range(year, month),
            ));
        }
        if let Some(shift) = self.year_named_after(i + 2) {
            let resolved = self
                .published
                .and_then(|p| month_range(p.year() + shift, month));
            return Some(found(TimeRule::Month, i, i + 4, resolved));
        }
        word_in(self.doc.word(i + 2), &["that", "the"]).then_some(None)
    }

    /// Whether the month name at token `i` dates the common noun after it,
    /// between "the" and that noun: "the March deadline", "the May
    /// election", but not "the March of Dimes" or "the March on Rome".
    fn dates_noun_after_the(&self, i: usize) -> bool {
        let next = self.doc.word(i + 1);
        let noun_follows = self.doc.tokens.get(i + 1).is_some_and(|t| t.is_word())
            && i + 1 < self.doc.end
            && !is_capitalized(next)
            && !crate::grammar::OBJECT_PREPOSITIONS.contains(next);
        word_is(self.prev(i), "the") && noun_follows
    }

    /// Which way the clause of the bare month at token `i` points it, and
    /// the word that says so: the nearest word that sets a tense close
    /// before it; or, further back in its sentence, only a word that looks
    /// ahead ("will be named commander of the shuttle for a mission in
    /// December"), as a past verb that far back mostly belongs to another
    /// clause ("told oil companies of a cutback in its supply in
    /// September").
    fn bare_month_tense(&self, i: usize) -> Option<(Tense, usize)> {
        let first = self.part_phrase_first(i);
        self.tense_of(first, i + 1, first.saturating_sub(MONTH_REACH))
            .or_else(|| self.verb_after_subject(i + 1))
            .or_else(|| {
                self.tense_of(first, i + 1, self.doc.first)
                    .filter(|&(tense, _)| tense == Tense::Future)
            })
    }

    /// Where the phrase of part that holds the month at token `i` begins
    /// ("the end of September", `PERIOD_PART_NOUNS`), else `i`: its tense
    /// is the phrase's, so that "Through the end of September, the senator
    /// had raised $3 million" opens its sentence and the verb after it says
    /// the months have run.
    fn part_phrase_first(&self, i: usize) -> usize {
        if i < self.doc.first + 2
            || !self.is(i - 1, "of")
            || !PERIOD_PART_NOUNS.contains(self.doc.word(i - 2))
        {
            return i;
        }
        if i > self.doc.first + 2 && self.is(i - 3, "the") {
            i - 3
        } else {
            i - 2
        }
    }

    /// A month without its day or year: "in March", "last June", "January
    /// this year". "May" and "March", and abbreviations, need a preposition
    /// before them to be months at all; the year is the one the words
    /// around and the tense point to from the publication date.
    pub(super) fn read_bare_month(&self, i: usize, month: u8) -> TimeRead {
        let published = self.published;
        let prev = self.prev(i).to_ascii_lowercase();
        let name = without_possessive(self.doc.word(i));
        let full = name.len() >= 5 || word_in(name, &["june", "july"]);
        let needs_preposition = word_in(name, &["may", "march"]) || !full;
        // "between January and March": a month joined to one before it.
        let joined = word_in(&prev, &["and", "or", "to"])
            && i >= self.doc.first + 2
            && month_number(self.doc.word(i - 2)).is_some();
        let preposition =
            MONTH_PREPOSITIONS.contains(&prev) || joined || self.period_before_to(i).is_some();
        if needs_preposition && !preposition && !self.dates_noun_after_the(i) {
            return None;
        }
        // "said April Ryan": a month's name that is a first name, before a
        // name, is the person's.
        let name_after = self.doc.tokens.get(i + 1).is_some_and(|t| {
            t.is_word() && is_capitalized(t.text(self.doc.text)) && !is_calendar_word(t.key)
        });
        if !preposition && name_after && MONTH_FIRST_NAMES.contains(name) {
            return None;
        }
        let first = if matches!(prev.as_str(), "in" | "last" | "next" | "this") {
            i - 1
        } else {
            i
        };
        if let Some(shift) = self.year_named_after(i + 1) {
            let resolved = published.and_then(|p| month_range(p.year() + shift, month));
            return found(TimeRule::Month, first, i + 3, resolved);
        }
        // "next June", "since March": the word before says which way; "that
        // October speech" is one told of before, so in the past.
        let pointed = matches!(prev.as_str(), "next" | "last" | "this" | "since" | "that");
        // A modal says when its verb happens, not the period that a month
        // before a noun names: "candidates must file their February reports".
        let tense = self
            .bare_month_tense(i)
            .filter(|&(_, k)| !pointed && (preposition || !MODALS.contains(self.doc.word(k))));
        let ahead_by = tense.and_then(|(tense, k)| (tense == Tense::Future).then_some(k));
        // With no tense, the nearer month, as for a day without its year.
        let soon =
            tense.is_none() && !pointed && published.is_some_and(|p| month_closer_ahead(p, month));
        let next = prev == "next" || ahead_by.is_some() || soon;
        let resolved =
            published.and_then(|p| month_range(bare_month_year(p, month, &prev, next), month));
        found(TimeRule::Month, first, i + 1, resolved).map(|time| time.pointed_ahead_by(ahead_by))
    }

    /// The year named after a month by "this year", "last year" or "next
    /// year" at token `k` ("January this year", "June last year"), as its
    /// shift from the publication year.
    fn year_named_after(&self, k: usize) -> Option<i32> {
        if !word_in(self.doc.word(k + 1), &["year", "year's", "year’s"]) {
            return None;
        }
        match self.doc.word(k).to_ascii_lowercase().as_str() {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// "May" and "March" are months before the noun they date, after
    /// "the" (published Thursday, December 28, 2023).
    #[test]
    fn a_month_before_what_it_dates() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Officials missed the March deadline.",
                &[("March", "2023-03-01/2023-03-31")],
            ),
            ("The March of Dimes raised funds.", &[]),
            ("The March on the capital was peaceful.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A month with "of" and its year is that year's month; with "of that
    /// year", a year told before, it is no month the reader can fix, and
    /// "that year" is read on its own (published March 14, 2024).
    #[test]
    fn a_month_of_a_year() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "The mill opened in June of 2015.",
                &[("June of 2015", "2015-06-01/2015-06-30")],
            ),
            (
                "The mill opened in May of last year.",
                &[("May of last year", "2023-05-01/2023-05-31")],
            ),
            (
                "He ran in 1992 and led by early June of that year.",
                &[
                    ("1992", "1992-01-01/1992-12-31"),
                    ("that year", "1992-01-01/1992-12-31"),
                ],
            ),
        ];
        expect_resolved(&cases, "2024-03-14");
    }
}
