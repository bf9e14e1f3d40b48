//! Times named from an earlier time: "that same month", "the following
//! year", "the previous Friday", "the quarter a year ago", "the full year",
//! "a year earlier", and how each is counted from the time before it
//! (`Counted::from`).

use super::day_ranges::{
    quarter_range, shifted_month, single, three_months_ending, three_months_shifted, week_range,
    weekday_beside, whole_year_of, year_range, years_shifted,
};
use super::nearest::day_of_month_in;
use super::no_time::TIME_FOLLOWERS;
use super::years::parse_year;
use super::{found, Counted, Reader, TimeExpr, TimeRead, Unit};
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::WHOLE_WORDS;
use crate::lex::{word_in, word_is, Kind, Lexicon};

/// Words that make a time the same as one told before, or its days in
/// another year: "the same month", "the corresponding period last year",
/// "the comparable quarter in 2019".
static SAME_WORDS: Lexicon = Lexicon::new(&["same", "corresponding", "comparable"]);

/// Periods that "a year ago" or "a year earlier" just after them dates a
/// year back: "the quarter a year ago", "the same month a year earlier".
static YEAR_BACK_PERIODS: Lexicon = Lexicon::new(&["quarter", "period", "month", "week"]);

impl Unit {
    /// The most days one of this unit spans.
    pub(super) fn longest_days(self) -> i64 {
        match self {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 31,
            Unit::Quarter => 92,
            Unit::Year => 366,
        }
    }
}

impl Counted {
    /// The days this counts from the `anchor`'s days.
    pub(super) fn from(self, anchor: DayRange) -> Option<DayRange> {
        let (unit, shift) = match self {
            // A fiscal year is named by the year it ends in: "the same
            // period last year" after "fiscal 2023" is fiscal 2022.
            Counted::InYear(year) => return years_shifted(anchor, year - anchor.end.year()),
            // A period is longer than a day: "the latest period" after
            // "on Tuesday" is some stretch the words do not fix.
            Counted::Same => return (anchor.start != anchor.end).then_some(anchor),
            Counted::Weekday(weekday, shift) => return weekday_beside(anchor, weekday, shift),
            Counted::WholeYear => return whole_year_of(anchor),
            Counted::DayOfMonth(day) => return day_of_month_in(anchor, day),
            Counted::Units(unit, shift) => (unit, shift),
        };
        // "that same day" or "the following week" after "in October" is some
        // day or week of it, which the words do not say.
        if anchor.start.days_until(anchor.end) + 1 > unit.longest_days() {
            return None;
        }
        // A quarter that closed on another day than a calendar quarter's
        // ("the quarter ended July 31") is counted on in its own quarters.
        if unit == Unit::Quarter && three_months_ending(anchor.end) == Some(anchor) {
            return three_months_shifted(anchor.end, shift);
        }
        // Counted ahead from a time's last day, back or the same from its first.
        let day = if shift > 0 { anchor.end } else { anchor.start };
        match unit {
            Unit::Day => day.add_days(i64::from(shift)).map(single),
            Unit::Week => week_range(day, i64::from(shift)),
            Unit::Month => shifted_month(day, shift),
            Unit::Quarter => {
                let month = shifted_month(day, 3 * shift)?.start;
                quarter_range(month.year(), (month.month() - 1) / 3 + 1)
            }
            Unit::Year => year_range(day.year() + shift),
        }
    }
}

impl Reader<'_> {
    /// "that same month", "that year", "the following year", "the prior
    /// month", "the same period in 2019", "the same stretch last year": a
    /// time counted from the latest one before it, which
    /// `counted_from_earlier` finds. A period or stretch has no unit of its
    /// own, so it needs the year it is moved to.
    pub(super) fn read_counted_from_earlier(&self, i: usize, unit: &str) -> TimeRead {
        let unit = match unit {
            "day" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "quarter" => Some(Unit::Quarter),
            "year" => Some(Unit::Year),
            _ => None,
        };
        if unit.is_none() {
            if let Some((first, true)) = self.the_latest_before(i) {
                let time = found(TimeRule::CountedFromEarlier, first, i + 1, None)?;
                return Some(TimeExpr {
                    counted: Some(Counted::Same),
                    ..time
                });
            }
        }
        let after_the = |k: usize| word_is(self.prev(k), "the");
        let (first, shift) = match self.prev(i).to_ascii_lowercase().as_str() {
            same if SAME_WORDS.contains(same) && word_in(self.prev(i - 1), &["the", "that"]) => {
                (i - 2, 0)
            }
            "that" => (i - 1, 0),
            "following" | "next" | "subsequent" if after_the(i - 1) => (i - 2, 1),
            "previous" | "prior" | "preceding" if after_the(i - 1) => (i - 2, -1),
            _ => return None,
        };
        // "within the next month" runs from publication, not on from a
        // time told before.
        if word_is(self.prev(first), "within") {
            return None;
        }
        // "the same period in 2019", "the same month last year".
        let in_year = if self.is(i + 1, "in") {
            self.number(i + 2).and_then(parse_year).map(Some)
        } else if self.is(i + 1, "last") && self.is(i + 2, "year") {
            Some(self.published.map(|p| p.year() - 1))
        } else {
            None
        };
        let counted = match (in_year, unit) {
            (Some(year), _) if shift == 0 => Counted::InYear(year?),
            (None, Some(unit)) => Counted::Units(unit, shift),
            _ => return None,
        };
        let end = if in_year.is_some() { i + 3 } else { i + 1 };
        let time = found(TimeRule::CountedFromEarlier, first, end, None)?;
        Some(TimeExpr {
            counted: Some(counted),
            ..time
        })
    }

    /// "the quarter a year ago", "the same period a year earlier" (the noun
    /// at token `i`, one of `YEAR_BACK_PERIODS`): one year-earlier time from
    /// "the", the period a year before the one told before it, as earnings
    /// and economic news compares them ("Acme lost $2 million in the third
    /// quarter. For the quarter a year ago, it earned $16 million"). Read
    /// apart, "the quarter" would be the latest quarter and "a year ago",
    /// comparing no figure, a year before publication.
    pub(super) fn read_period_a_year_back(&self, i: usize) -> TimeRead {
        let year_back = self.is(i + 1, "a")
            && self.is(i + 2, "year")
            && word_in(self.doc.word(i + 3), &["ago", "earlier", "before"]);
        if !year_back || !YEAR_BACK_PERIODS.contains(self.doc.word(i)) {
            return None;
        }
        let mut first = i;
        if SAME_WORDS.contains(self.prev(first)) {
            first -= 1;
        }
        word_in(self.prev(first), &["the", "that"]).then_some(())?;
        found(TimeRule::YearEarlier, first - 1, i + 4, None)
    }

    /// The period noun of a year-earlier `time` read by
    /// `read_period_a_year_back` ("quarter" in "the quarter a year ago").
    pub(super) fn year_back_period(&self, time: &TimeExpr) -> Option<&str> {
        let noun = time.end.checked_sub(4)?;
        (time.rule == TimeRule::YearEarlier && noun > time.first)
            .then(|| self.doc.word(noun))
            .filter(|word| YEAR_BACK_PERIODS.contains(word))
    }

    /// "the full year", "the whole year", and "the year" after "for" with
    /// nothing after it that names another ("for the year, volume was
    /// flat", but not "for the year ended June 30" or "the year before"):
    /// the year of the time told just before it, which in earnings news is
    /// the year the reported quarter belongs to, or else of the report's
    /// period (see `counted_from_earlier`). An article that states a
    /// fiscal year leaves open whether its full year is that or the
    /// calendar's, so there it reads nothing.
    pub(super) fn read_whole_year(&self, i: usize) -> TimeRead {
        if i < self.doc.first + 2 || self.fiscal_end.is_some() {
            return None;
        }
        let whole = WHOLE_WORDS.contains(self.prev(i)) && self.is(i - 2, "the");
        let after_for = self.is(i - 1, "the") && self.is(i - 2, "for");
        // "the full year 1988" is read from its number; after "for", "the
        // year" must end its phrase ("for the year ended June 30" is the
        // fiscal year that day closes).
        let next = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        let year_named = next.is_some_and(|t| t.kind == Kind::Number);
        let ends_phrase = next.is_none_or(|t| {
            !t.is_word() && t.kind != Kind::Number
                || TIME_FOLLOWERS.contains(self.doc.word(i + 1))
                    && !word_in(self.doc.word(i + 1), &["before", "after", "than"])
        });
        if year_named || !(whole || after_for && ends_phrase) {
            return None;
        }
        let first = if whole { i - 2 } else { i - 1 };
        let time = found(TimeRule::CountedFromEarlier, first, i + 1, None)?;
        Some(TimeExpr {
            counted: Some(Counted::WholeYear),
            ..time
        })
    }

    /// "a year ago", "a year earlier": a year before the time it follows,
    /// which `find_times` fixes once it knows the times before it.
    pub(super) fn a_year_earlier(&self, i: usize, amount: i64) -> TimeRead {
        let one_year = amount == 1 && self.is(i + 1, "year");
        if !one_year
            || !(self.is(i + 2, "ago") || self.is(i + 2, "earlier"))
            || self.vague_before(i)
        {
            return None;
        }
        found(TimeRule::YearEarlier, i, i + 3, None)
    }
}
