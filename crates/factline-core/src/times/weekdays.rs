//! Weekdays: "Friday", "last Friday", "Tuesday week", "the previous Friday",
//! pointed back or ahead of publication by the tense of their clause, or
//! from the day a "would" was said, with a clock time before them.

use super::day_ranges::single;
use super::day_words::DAY_PARTS;
use super::days::parse_day;
use super::tense::Tense;
use super::{found, Counted, Reader, TimeExpr, TimeRead};
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::{month_number, weekday_number, without_possessive, CLOCK_WORDS, TIME_ZONES};
use crate::lex::{word_in, Lexicon};

/// How many words before a weekday or weekend may say which way it points:
/// a weekday sits close to its verb ("will meet Bush on Thursday").
pub(super) const WEEKDAY_REACH: usize = 5;

/// How many words before a bare weekday a future auxiliary may point it
/// ahead, when no nearer word sets a tense.
const AUXILIARY_REACH: usize = 10;

/// Auxiliaries and verbs of planning that put what follows them, and a
/// weekday after it, in the future, across a long object: "would be
/// traveling to the United States Thursday", "planned a large march in
/// Little Havana on Saturday". Words that look ahead only as adjectives
/// ("the next", "upcoming") say nothing of a verb further on.
static FAR_FUTURE_WORDS: Lexicon = Lexicon::new(&[
    "will",
    "would",
    "shall",
    "'ll",
    "planned",
    "planning",
    "plan",
    "plans",
    "scheduled",
    "slated",
    "expected",
    "expects",
    "set",
    "due",
    "poised",
    "going",
    "supposed",
]);

impl Reader<'_> {
    /// The weekday just before a date that opens at token `i`, with a
    /// comma or without ("Friday, Oct. 13", "Tuesday 28 May"), and the
    /// token the date's words then open at.
    pub(super) fn weekday_before(&self, i: usize) -> (Option<u8>, usize) {
        let at = if self.prev(i) == "," { i - 1 } else { i };
        match weekday_number(self.prev(at)).filter(|_| at > self.doc.first) {
            Some(weekday) => (Some(weekday), at - 1),
            None => (None, i),
        }
    }

    /// A weekday, "last Friday", "this Wednesday night": the one the tense
    /// and the word before it point to from the publication date.
    pub(super) fn read_weekday(&self, i: usize, weekday: u8) -> TimeRead {
        // "Friday, Oct. 13" and "Friday Oct. 13" are read from their month;
        // a month word after it that reads as no time ("on Thursday, Jan."
        // cut off by a sentence break, "Friday, May said") leaves the day.
        let month_at = if self.doc.word(i + 1) == "," {
            i + 2
        } else {
            i + 1
        };
        let month = month_number(self.doc.word(month_at));
        if month.is_some_and(|month| self.read_month(month_at, month).is_some()) {
            return None;
        }
        // "Tuesday 28 May" is read from its date, as "Tuesday, May 28" is.
        let day_first = self.number(month_at).and_then(parse_day).is_some()
            && self.month_after_day(month_at).is_some();
        if day_first {
            return None;
        }
        // "Wednesday night" is still Wednesday.
        let end = if DAY_PARTS.contains(self.doc.word(i + 1)) {
            i + 2
        } else {
            i + 1
        };
        if let Some(time) = self.weekday_from_earlier(i, weekday, end) {
            return Some(time);
        }
        if let Some(time) = self.weekday_weeks_on(i, weekday, end) {
            return Some(time);
        }
        let (first, direction, ahead_by) = match self.prev(i).to_ascii_lowercase().as_str() {
            "last" | "past" => (i - 1, -1, None),
            "next" | "coming" => (i - 1, 1, None),
            // "is scheduled to sign the budget and two other bills this
            // Thursday": as far back as for a bare weekday.
            "this" => {
                let ahead_by = self.weekday_ahead_by(i - 1, i, end);
                (i - 1, i64::from(ahead_by.is_some()), ahead_by)
            }
            _ => {
                let first = self.clock_time_before(i);
                let ahead_by = self.weekday_ahead_by(first, i, end);
                if ahead_by.is_some_and(|k| self.tells_plan_in_past(k)) {
                    let resolved = self.nearest_weekday(weekday);
                    return found(TimeRule::Weekday, first, end, resolved);
                }
                (first, i64::from(ahead_by.is_some()), ahead_by)
            }
        };
        let told = ahead_by
            .filter(|&k| self.is(k, "would"))
            .and_then(|k| self.weekday_after_told_day(weekday, k));
        let resolved = told.or_else(|| self.weekday_from_publication(weekday, direction, ahead_by));
        found(TimeRule::Weekday, first, end, resolved).map(|time| time.pointed_ahead_by(ahead_by))
    }

    /// The weekday `direction` points to from publication: the one gone
    /// (-1), the next (1, "next Friday" never today), or the latest on or
    /// before it (0); "will meet Friday" (`ahead_by`), said on a Friday, is
    /// that day.
    fn weekday_from_publication(
        &self,
        weekday: u8,
        direction: i64,
        ahead_by: Option<usize>,
    ) -> Option<DayRange> {
        let p = self.published?;
        let offset = i64::from(weekday) - i64::from(p.weekday_from_monday());
        let explicit = ahead_by.is_none();
        let days = match direction {
            -1 if offset >= 0 => offset - 7,
            1 if offset < 0 || offset == 0 && explicit => offset + 7,
            0 if offset > 0 => offset - 7,
            _ => offset,
        };
        p.add_days(days).map(single)
    }

    /// The weekday a "would" at token `would_at` points ahead from the day
    /// its sentence says the words were said on, a weekday before it: in
    /// "Officials said on Tuesday that talks would resume on Thursday",
    /// published on a Friday, Thursday is the day after Tuesday, the one
    /// gone, not the next one. `None` without such a day.
    fn weekday_after_told_day(&self, weekday: u8, would_at: usize) -> Option<DayRange> {
        let told = (self.doc.first..would_at)
            .rev()
            .filter(|&k| weekday_number(self.doc.word(k)).is_some())
            .find_map(|k| self.read(k))?
            .resolved
            .filter(|days| {
                days.start == days.end && self.published.is_some_and(|p| days.end <= p)
            })?;
        let offset =
            (i64::from(weekday) - i64::from(told.start.weekday_from_monday())).rem_euclid(7);
        let days = if offset == 0 { 7 } else { offset };
        told.start.add_days(days).map(single)
    }

    /// "Tuesday week", "Thursday fortnight", "a week on Tuesday", "a week
    /// from Friday" at tokens `i..end` (British): the weekday a week or
    /// two after the next such day. Before, "on Tuesday week" was the next
    /// Tuesday, a week early.
    fn weekday_weeks_on(&self, i: usize, weekday: u8, end: usize) -> TimeRead {
        let weeks_after = match self.doc.word(end).to_ascii_lowercase().as_str() {
            "week" => Some(1),
            "fortnight" => Some(2),
            _ => None,
        };
        let week_before = i >= self.doc.first + 3
            && word_in(self.prev(i), &["on", "from"])
            && self.is(i - 2, "week")
            && self.is(i - 3, "a");
        let (first, end, weeks) = match weeks_after {
            Some(weeks) if end < self.doc.end => (i, end + 1, weeks),
            _ if week_before => (i - 3, end, 1),
            _ => return None,
        };
        let resolved = self.published.and_then(|p| {
            let offset = (i64::from(weekday) - i64::from(p.weekday_from_monday())).rem_euclid(7);
            let next = if offset == 0 { 7 } else { offset };
            p.add_days(next + 7 * weeks).map(single)
        });
        found(TimeRule::Weekday, first, end, resolved)
    }

    /// "the previous Friday", "the following Monday" at tokens `i..end`: the
    /// weekday just before or after the day told before it, which
    /// `counted_from_earlier` finds.
    fn weekday_from_earlier(&self, i: usize, weekday: u8, end: usize) -> TimeRead {
        let shift = match self.prev(i).to_ascii_lowercase().as_str() {
            "previous" | "prior" | "preceding" => -1,
            "following" => 1,
            _ => return None,
        };
        if i < self.doc.first + 2 || !self.is(i - 2, "the") {
            return None;
        }
        let time = found(TimeRule::CountedFromEarlier, i - 2, end, None)?;
        Some(TimeExpr {
            counted: Some(Counted::Weekday(weekday, shift)),
            ..time
        })
    }

    /// The first token of a clock time just before the day at token `i`
    /// ("9 a.m. Tuesday", "4 a.m. EDT Thursday", "noon Friday"), which is
    /// part of naming that day; `i` when there is none.
    fn clock_time_before(&self, i: usize) -> usize {
        let zone = usize::from(i > self.doc.first && TIME_ZONES.contains(self.prev(i)));
        let after_clock_word = i - zone;
        if after_clock_word <= self.doc.first || !CLOCK_WORDS.contains(self.prev(after_clock_word))
        {
            return i;
        }
        let clock_word = after_clock_word - 1;
        // "9 a.m." starts at its hour; "noon" is a clock time alone.
        let has_hour = clock_word > self.doc.first && self.number(clock_word - 1).is_some();
        clock_word - usize::from(has_hour)
    }

    /// The word that points a bare weekday at tokens `i..end` ahead: a
    /// word that looks ahead close before it, or, when no word close
    /// before it sets a tense, a future auxiliary or verb of planning
    /// further back, whose verb may take a long object before its weekday
    /// ("would be traveling to the United States Thursday", "planned a
    /// large march in Little Havana on Saturday"; a plan told with "was"
    /// or "were" is `tells_plan_in_past`'s). A weekday that owns a noun
    /// ("Wednesday's ruling") names a thing already done, so it takes no
    /// distant auxiliary. The words before the time point it, so they are
    /// counted back from `first`, where it starts: at its clock time if it
    /// has one ("will leave at 4 in the morning (4 a.m. EDT Thursday)").
    fn weekday_ahead_by(&self, first: usize, i: usize, end: usize) -> Option<usize> {
        let near = first.saturating_sub(WEEKDAY_REACH);
        if self.tense_of(first, end, near).is_some() {
            return self.ahead_by(first, end, near);
        }
        let weekday = self.doc.word(i);
        let owns_noun = without_possessive(weekday).len() < weekday.len();
        // "A service planned for Saturday was canceled": the weekday sits in
        // the subject of a verb in the past, so what was planned is done.
        let subject_of_past = self
            .verb_after_subject(end)
            .is_some_and(|(tense, _)| tense == Tense::Past);
        self.tense_of(first, end, first.saturating_sub(AUXILIARY_REACH))
            .filter(|&(tense, k)| {
                tense == Tense::Future
                    && FAR_FUTURE_WORDS.contains(self.verb_word(k))
                    && !owns_noun
                    && !subject_of_past
            })
            .map(|(_, k)| k)
    }

    /// Whether the word at `k` that points a bare weekday ahead (see
    /// `weekday_ahead_by`) tells of a plan as it stood before, after "was"
    /// or "were": "the dinner the mayor was set to headline Tuesday", "he
    /// was scheduled to leave late Tuesday", "students were planning to
    /// march to the embassy on Friday". The day planned may have come
    /// already or be still to come, so it is read as the nearest (see
    /// `nearest_weekday`).
    fn tells_plan_in_past(&self, k: usize) -> bool {
        word_in(self.prev(k), &["was", "were"])
    }

    /// The `weekday` nearest to publication, a few days back or ahead.
    fn nearest_weekday(&self, weekday: u8) -> Option<DayRange> {
        let p = self.published?;
        let offset = i64::from(weekday) - i64::from(p.weekday_from_monday());
        let days = [offset - 7, offset, offset + 7]
            .into_iter()
            .min_by_key(|days| days.abs())?;
        p.add_days(days).map(single)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// A weekday that "would" points ahead is counted from the day the
    /// words were said on (published Thursday, December 28, 2023).
    #[test]
    fn a_weekday_ahead_of_the_day_it_was_said() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Officials said on Monday that talks would resume on Wednesday.",
                &[
                    ("Monday", "2023-12-25/2023-12-25"),
                    ("Wednesday", "2023-12-27/2023-12-27"),
                ],
            ),
            (
                "The minister said Tuesday she would travel to Paris on Friday.",
                &[
                    ("Tuesday", "2023-12-26/2023-12-26"),
                    ("Friday", "2023-12-29/2023-12-29"),
                ],
            ),
            (
                "Officials said talks would resume on Wednesday.",
                &[("Wednesday", "2024-01-03/2024-01-03")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A weekday a week or a fortnight on, as British news writes it
    /// (published Thursday, December 28, 2023).
    #[test]
    fn a_weekday_a_week_on() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "The hearing resumes on Tuesday week.",
                &[("Tuesday week", "2024-01-09/2024-01-09")],
            ),
            (
                "The vote is on Thursday fortnight.",
                &[("Thursday fortnight", "2024-01-18/2024-01-18")],
            ),
            (
                "The shop reopens a week on Monday.",
                &[("a week on Monday", "2024-01-08/2024-01-08")],
            ),
            (
                "The council met on Tuesday. The week before, it had not.",
                &[("Tuesday", "2023-12-26/2023-12-26")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A clock time before a weekday is part of naming the day (published
    /// Thursday, December 28, 2023).
    #[test]
    fn clock_times_before_a_day() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "Bids are due by 5 p.m. Friday.",
                &[("5 p.m. Friday", "2023-12-29/2023-12-29")],
            ),
            (
                "The strike ended at noon Tuesday.",
                &[("noon Tuesday", "2023-12-26/2023-12-26")],
            ),
            (
                "The flight will land at 6 a.m. EST Saturday.",
                &[("6 a.m. EST Saturday", "2023-12-30/2023-12-30")],
            ),
            // The words that point a day ahead are counted back from its
            // clock time.
            (
                "\"The crew will leave at 4 in the morning (4 a.m. EST Friday),\" the captain said.",
                &[("4 a.m. EST Friday", "2023-12-29/2023-12-29")],
            ),
            (
                "The crew left at 4 in the morning (4 a.m. EST Tuesday), the captain said.",
                &[("4 a.m. EST Tuesday", "2023-12-26/2023-12-26")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
