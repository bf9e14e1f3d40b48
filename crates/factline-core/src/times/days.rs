//! Days of the month: "December 27" and "27 December 2023" with their year
//! picked by a weekday before them or by the tense of their clause, a second
//! day ("April 24 and 25"), a day said as an ordinal ("on the 5th"), and a
//! date written year first with dashes ("2023-12-27").

use super::day_ranges::single;
use super::nearest::{closest_of_years, closest_year, nearest_of_years};
use super::no_time::TIME_FOLLOWERS;
use super::tense::{Tense, DEFERRING_VERBS, SCHEDULED_VERBS};
use super::years::parse_year;
use super::{found, Counted, Reader, TimeExpr, TimeRead};
use crate::calendar::Day;
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::{is_past_tense, month_number, ordinal_word};
use crate::lex::{word_in, word_is, Lexicon};

/// Prepositions after which "the" and an ordinal alone name a day of the
/// month: "on the 5th", "by the 20th", "from the 1st".
static ORDINAL_DAY_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "by", "from", "until", "till", "since", "before", "after",
]);

/// Words of a round of golf, in whose report "on the 17th" is a hole, not
/// a day: "dropped a shot on the 17th", "a birdie on the 18th".
static COURSE_WORDS: Lexicon = Lexicon::new(&[
    "hole", "holes", "birdie", "birdied", "bogey", "bogeyed", "putt", "fairway", "tee",
]);

pub(super) fn parse_day(word: &str) -> Option<u8> {
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// How many tokens a day written before its month may stand back from it:
/// "14 May", "14th May", "14th of May".
pub(super) const DAY_FIRST_REACH: usize = 3;

/// How many words before a day of the month, or its "on", "will" or a
/// verb of a scheduled event may point it ahead: "will be held on Nov. 16".
const DAY_VERB_REACH: usize = 3;

impl Reader<'_> {
    /// The day `month`/`day` nearest to publication.
    fn month_day(&self, month: u8, day: u8) -> Option<DayRange> {
        closest_year(self.published?, month, day).map(single)
    }

    /// "Oct. 13" or "13 October", written from token `i`, with the weekday
    /// just before it if there is one ("Friday Oct. 13", "Sunday, March 4",
    /// "Tuesday 28 May"): the weekday picks, of the years around
    /// publication, the nearest in which the day falls on it; without one,
    /// or with none that fits, the day is the nearest.
    pub(super) fn dated_by_weekday_before(&self, i: usize, month: u8, day: u8) -> TimeRead {
        let (weekday, first) = self.weekday_before(i);
        let on_weekday = weekday.and_then(|weekday| {
            closest_of_years(self.published?, |year| {
                Day::new(year, month, day).filter(|d| d.weekday_from_monday() == weekday)
            })
        });
        let resolved = on_weekday
            .map(single)
            .or_else(|| self.month_day_after_verb(i, month, day));
        found(TimeRule::CalendarDate, first, i + 2, resolved)
    }

    /// The day `month`/`day` at token `i` nearest to publication, or the
    /// latest on or before it when a verb in the past dates it, just
    /// before it or before its "on": "In the fiscal year ended Jan. 31"
    /// (published in October) is the January gone, "the deal was signed on
    /// Dec. 5" a day done. A verb of putting off moves a day ahead ("the
    /// offer was extended to Nov. 16"), so it does not count. "will" or a
    /// verb of a scheduled event close before it makes it the next such day
    /// ("the election will be held on Nov. 16", see `future_verb_before`).
    /// A day written first has "the" before it ("was held on the 14th of
    /// May"), which stands between it and its "on".
    fn month_day_after_verb(&self, i: usize, month: u8, day: u8) -> Option<DayRange> {
        let published = self.published?;
        let at = i - usize::from(i > self.doc.first && word_is(self.prev(i), "the"));
        let verb_at = if word_is(self.prev(at), "on") {
            at - 1
        } else {
            at
        };
        let preposition = word_in(self.prev(at), &["on", "from", "by"]);
        let date_at = at - usize::from(preposition);
        let tense = self.day_tense(verb_at, date_at, i + 2);
        let day_in = |year| {
            Day::new(year, month, day).filter(|d| match tense {
                Some(Tense::Past) => published.days_until(*d) <= 0,
                Some(Tense::Future) => published.days_until(*d) >= 0,
                _ => true,
            })
        };
        if tense.is_none() && self.would_before(date_at) {
            return nearest_of_years(published, day_in).map(single);
        }
        closest_of_years(published, day_in).map(single)
    }

    /// Whether "would" is the nearest word that sets a tense in the few
    /// words before a day of the month at token `at` (or its "on"): "the
    /// airline said the flights would run from August 6". It tells of what
    /// was yet to come from some moment, which may lie before publication
    /// ("officials had said the bridge would reopen on Jan. 5"), so the day
    /// is the nearest either way, with no lean to the past or the future.
    /// "would have" looks back and is no such word.
    fn would_before(&self, at: usize) -> bool {
        let floor = at.saturating_sub(DAY_VERB_REACH).max(self.doc.first);
        let nearest = (floor..at)
            .rev()
            .take_while(|&k| self.doc.is_word(k))
            .find(|&k| self.tense_at(k, true).is_some());
        nearest.is_some_and(|k| {
            self.is(k, "would") && !word_in(self.doc.word(k + 1), &["have", "'ve", "’ve"])
        })
    }

    /// The tense that dates a day of the month written at `date_at` (its
    /// preposition, if any) to `end`: past after a verb in the past just
    /// before `verb_at` ("the deal was signed on Dec. 5"), future after
    /// "will" or a verb of a scheduled event close before it, else the
    /// tense its clause opens with, if that tells.
    pub(super) fn day_tense(&self, verb_at: usize, date_at: usize, end: usize) -> Option<Tense> {
        let (verb, before) = (self.prev(verb_at), self.prev(verb_at.saturating_sub(1)));
        let passive = word_in(before, &["was", "were"]) && verb.ends_with("ed");
        let past = verb_at > self.doc.first
            && (is_past_tense(verb, before) || passive)
            && !DEFERRING_VERBS.contains(verb);
        if past {
            Some(Tense::Past)
        } else if self.future_verb_before(date_at) {
            Some(Tense::Future)
        } else {
            self.opening_tense(verb_at, end)
        }
    }

    /// "on the 5th", "by the 20th": a day of the month said by its ordinal
    /// alone at token `i` (`day`), as British and Commonwealth papers write
    /// it, after a preposition of a day (`ORDINAL_DAY_PREPOSITIONS`). Its
    /// month is fixed once the times before it are known (see
    /// `day_of_month_told`). An ordinal before a noun counts that noun
    /// ("on the 5th floor", "on the 50th anniversary"), and in a report of
    /// golf it is a hole ("a bogey on the 17th").
    pub(super) fn read_ordinal_day(&self, i: usize, day: u8) -> TimeRead {
        let ending = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && word_in(self.doc.word(i + 1), &["st", "nd", "rd", "th"]);
        let the_at = i.checked_sub(1).filter(|&k| k > self.doc.first)?;
        let alone = ending
            && self.is(the_at, "the")
            && ORDINAL_DAY_PREPOSITIONS.contains(self.prev(the_at))
            && self.month_after_day(i).is_none()
            && !self.thing_named_at(i + 2)
            && !(self.doc.first..self.doc.end).any(|k| COURSE_WORDS.contains(self.doc.word(k)));
        if !alone {
            return None;
        }
        let time = found(TimeRule::CalendarDate, the_at, i + 2, None)?;
        Some(TimeExpr {
            counted: Some(Counted::DayOfMonth(day)),
            ..time
        })
    }

    /// Whether "will" or a verb of a scheduled event in the present stands
    /// in the few words of its clause before a day of the month at token
    /// `at`: "will be held on Nov. 16", "the tariff takes effect Nov. 16".
    /// A day written in full is as often a day gone as one to come, so
    /// words that look ahead from further off or only as adjectives ("his
    /// next speech, on May 28, was delivered") do not point it; nor does
    /// the end a fiscal year is stated to have, which comes each year
    /// ("its fiscal year ends June 30").
    fn future_verb_before(&self, at: usize) -> bool {
        let floor = at.saturating_sub(DAY_VERB_REACH).max(self.doc.first);
        let nearest = (floor..at)
            .rev()
            .take_while(|&k| self.doc.is_word(k))
            .find_map(|k| self.tense_at(k, true).map(|tense| (tense, k)));
        let Some((Tense::Future, k)) = nearest else {
            return false;
        };
        let word = self.verb_word(k);
        let verb =
            word_in(word, &["will", "shall", "'ll", "’ll"]) || SCHEDULED_VERBS.contains(word);
        let fiscal_year_end = (floor.saturating_sub(1).max(self.doc.first)..at)
            .any(|k| self.fiscal_year_end_at(k).is_some());
        verb && !fiscal_year_end
    }

    /// The day of the month written at token `k`, after its month: in
    /// digits ("March 8") or as an ordinal said aloud ("March eighth"),
    /// which a noun after it would make an ordinal of that noun instead
    /// ("in May first responders").
    pub(super) fn day_of_month_at(&self, k: usize) -> Option<u8> {
        if let Some(day) = self.number(k).and_then(parse_day) {
            return Some(day);
        }
        let day = ordinal_word(self.doc.word(k)).filter(|day| (1..=31).contains(day))?;
        let noun_after = self.doc.is_word(k + 1)
            && k + 1 < self.doc.end
            && !TIME_FOLLOWERS.contains(self.doc.word(k + 1));
        (!noun_after).then_some(day)
    }

    /// A date written day first at token `i`: "27 December 2023", or the
    /// second day of "April 24 and 25".
    pub(super) fn read_day_first(&self, i: usize, day: u8) -> TimeRead {
        if let Some(second) = self.second_day_of_month(i, day) {
            return Some(second);
        }
        let month_at = self.month_after_day(i)?;
        let month = month_number(self.doc.word(month_at))?;
        let year = self.number(month_at + 1).and_then(parse_year)?;
        // "Friday, 17 May 2024": the weekday is part of the date.
        let (_, first) = self.weekday_before(i);
        found(
            TimeRule::CalendarDate,
            first,
            month_at + 2,
            Day::new(year, month, day).map(single),
        )
    }

    /// The token of the month after a day written first at token `i`,
    /// with its ordinal ending or without ("17 May", "17th May"), or with
    /// the ending and "of" ("the 17th of May").
    pub(super) fn month_after_day(&self, i: usize) -> Option<usize> {
        let ending = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && word_in(self.doc.word(i + 1), &["st", "nd", "rd", "th"]);
        let at = i + 1 + usize::from(ending);
        let at = at + usize::from(ending && self.is(at, "of"));
        month_number(self.doc.word(at)).map(|_| at)
    }

    /// A date written year first with dashes at token `i`: "2023-12-27".
    pub(super) fn read_iso_date(&self, i: usize, year: i32) -> TimeRead {
        if self.doc.word(i + 1) != "-" || self.doc.word(i + 3) != "-" {
            return None;
        }
        let month = self.number(i + 2).and_then(|m| m.parse().ok())?;
        let day = self.number(i + 4).and_then(|d| d.parse().ok())?;
        found(
            TimeRule::CalendarDate,
            i,
            i + 5,
            Day::new(year, month, day).map(single),
        )
    }

    /// The second day of "April 24 and 25": a day number after "and" or
    /// "or" that follows a month's day, in that month, when no word follows
    /// it to make it a count ("April 24 and 25 people").
    fn second_day_of_month(&self, i: usize, day: u8) -> TimeRead {
        let joined = i >= self.doc.first + 3 && word_in(self.prev(i), &["and", "or"]);
        let first_day = self.number(i.wrapping_sub(2)).and_then(parse_day);
        let month = month_number(self.doc.word(i.wrapping_sub(3)));
        let counts = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && i + 1 < self.doc.end);
        let month = month.filter(|_| joined && first_day.is_some() && !counts)?;
        found(TimeRule::CalendarDate, i, i + 1, self.month_day(month, day))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// A verb in the past just before a day and month puts it on or before
    /// publication (published Monday, October 30, 1989).
    #[test]
    fn a_past_verb_puts_a_day_before_publication() {
        let cases: [(&str, &[(&str, &str)]); 8] = [
            (
                "In the fiscal year ended Jan. 31, the chain sold $59 million.",
                &[("Jan. 31", "1989-01-31/1989-01-31")],
            ),
            (
                "The accord was signed on Jan. 12 by both sides.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            // Putting off moves a day ahead; without a verb, the nearest day.
            (
                "The offer was extended to Jan. 12.",
                &[("Jan. 12", "1990-01-12/1990-01-12")],
            ),
            (
                "The offer expires Jan. 12.",
                &[("Jan. 12", "1990-01-12/1990-01-12")],
            ),
            // A day that opens its sentence takes the tense of the verb
            // after it.
            (
                "On Jan. 12, 100 people marched.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            (
                "On Oct. 20, the council will vote.",
                &[("Oct. 20", "1990-10-20/1990-10-20")],
            ),
            (
                "On Jan. 12, police, asking how he could have fled, searched the site.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            (
                "Jan. 12 saw the first strike.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
        ];
        expect_resolved(&cases, "1989-10-30");
    }

    /// A day of the month with "will" or a verb of a scheduled event in the
    /// present a few words before it ("will be held on Nov. 16", "takes
    /// effect Nov. 16") is the next such day on or after publication,
    /// though a day behind it is nearer; other words that look ahead say
    /// less of a day written in full ("his next speech, on May 28, was
    /// delivered", "were due to file by March 15"), which keeps the
    /// nearest day (published Saturday, June 20, 1998).
    #[test]
    fn a_future_verb_puts_a_day_after_publication() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The election will be held on Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The talks resume in Geneva on Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The new tariff takes effect Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The ferry will sail from Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The state's fiscal year, which ends Nov. 16, shows a deficit.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            // No verb of the future just before: the nearest day.
            (
                "His next speech, on Nov. 16, was delivered to a charity.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "All candidates were due to file their papers by Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "She won most votes through the Nov. 16 contests.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "The mill closed on Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            // The end a fiscal year is stated to have recurs each year.
            (
                "Its fiscal year ends Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
        ];
        expect_resolved(cases, "1998-06-20");
    }

    /// A weekday before a day and month picks the year in which the day
    /// falls on it (published Monday, October 30, 1989).
    #[test]
    fn a_weekday_before_a_date_picks_its_year() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "About $14 million seeped out Friday Oct. 13 alone.",
                &[("Friday Oct. 13", "1989-10-13/1989-10-13")],
            ),
            (
                "He will speak on Sunday, March 4, at noon.",
                &[("Sunday, March 4", "1990-03-04/1990-03-04")],
            ),
            (
                "The vote was held Friday, March 4.",
                &[("Friday, March 4", "1988-03-04/1988-03-04")],
            ),
            // No year around publication fits: the nearest day.
            (
                "The vote was held Monday, March 4.",
                &[("Monday, March 4", "1989-03-04/1989-03-04")],
            ),
            // A month word that reads as no time leaves the weekday.
            (
                "On Friday, May said the deal was done.",
                &[("Friday", "1989-10-27/1989-10-27")],
            ),
        ];
        expect_resolved(&cases, "1989-10-30");
    }

    /// A second day joined to a month's day is in that month (published
    /// Thursday, December 28, 2023).
    #[test]
    fn a_second_day_of_the_month() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "The summit meets on Jan. 24 and 25.",
                &[
                    ("Jan. 24", "2024-01-24/2024-01-24"),
                    ("25", "2024-01-25/2024-01-25"),
                ],
            ),
            // A count after "and" is no day; the past verb after the day
            // that opens the sentence puts it in the January gone.
            (
                "On Jan. 24 and 25 people lined up.",
                &[("Jan. 24", "2023-01-24/2023-01-24")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day of the month said as an ordinal, unless a noun follows it
    /// (published Thursday, March 5, 1998).
    #[test]
    fn a_day_said_as_an_ordinal() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Women's Day is this Sunday, March eighth.",
                &[("Sunday, March eighth", "1998-03-08/1998-03-08")],
            ),
            (
                "The vote is on March twenty-first, officials said.",
                &[("March twenty-first", "1998-03-21/1998-03-21")],
            ),
            (
                "In May first responders marched.",
                &[("In May", "1997-05-01/1997-05-31")],
            ),
        ];
        expect_resolved(cases, "1998-03-05");
    }
}
