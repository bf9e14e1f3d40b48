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

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    #[test]
    fn a_year_earlier_is_counted_from_the_time_before_it() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            // "the year-ago quarter" is a quarter a year back, never a
            // month's: a month told just before is passed over for the
            // quarter the report is about.
            (
                "Acme said profit rose in the third quarter. It moved its head office in December. \
                 In the comparable year-ago quarter, Acme had a loss.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("in December", "2023-12-01/2023-12-31"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales rose in June. In the year-earlier period, sales fell.",
                &[
                    ("in June", "2023-06-01/2023-06-30"),
                    ("year-earlier", "2022-06-01/2022-06-30"),
                ],
            ),
            // A count of months between a time and "a year earlier" is the
            // period compared, which is not read: the day it was said on
            // is no anchor.
            (
                "The company said Friday that it lost $6 million in the first nine months, against a profit a year earlier.",
                &[
                    ("Friday", "2023-12-22/2023-12-22"),
                    ("a year earlier", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "The company said Friday that profit rose in the third quarter from a year earlier.",
                &[
                    ("Friday", "2023-12-22/2023-12-22"),
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit rose in the third quarter from $5 million a year earlier.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales fell 3% in November. A year earlier they had risen.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("A year earlier", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "Net income rose in the third quarter; the year-ago quarter was weaker.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            // Without a time before it, "ago" counts from publication.
            (
                "The plant closed a year ago.",
                &[("a year ago", "2022-12-28/2022-12-28")],
            ),
            // The day a period ended on bounds it; the year-ago time is the
            // period's.
            (
                "Profit rose in the quarter ended Sept. 30. The year-ago results were restated.",
                &[
                    ("the quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales for the fiscal year ending June 30 fell from a year earlier.",
                &[("June 30", "2023-06-30/2023-06-30")],
            ),
            // "Earlier" needs a time to follow, in its sentence or the one before.
            ("A year earlier, the plant closed.", &[]),
            (
                "Sales fell in November. Then prices rose. A year earlier they had risen.",
                &[("in November", "2023-11-01/2023-11-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    #[test]
    fn times_counted_from_an_earlier_time() {
        let cases: [(&str, &[(&str, &str)]); 18] = [
            // A weekday just before or after a day told before it.
            (
                "Talks resumed on Oct. 3 and ended the following Monday.",
                &[
                    ("Oct. 3", "2023-10-03/2023-10-03"),
                    ("the following Monday", "2023-10-09/2023-10-09"),
                ],
            ),
            (
                "Shares closed lower on Dec. 22, down 4% from the previous Friday.",
                &[
                    ("Dec. 22", "2023-12-22/2023-12-22"),
                    ("the previous Friday", "2023-12-15/2023-12-15"),
                ],
            ),
            // "within the next month" runs from publication.
            (
                "Teams must be in place by July. Work must start within the next month.",
                &[("July", "2024-07-01/2024-07-31")],
            ),
            (
                "Rents rose in May. Prices rose that same month.",
                &[
                    ("in May", "2023-05-01/2023-05-31"),
                    ("that same month", "2023-05-01/2023-05-31"),
                ],
            ),
            (
                "The mill opened in March 2019. The following year it closed.",
                &[
                    ("March 2019", "2019-03-01/2019-03-31"),
                    ("The following year", "2020-01-01/2020-12-31"),
                ],
            ),
            (
                "Rents rose in June, after falling the prior month.",
                &[
                    ("in June", "2023-06-01/2023-06-30"),
                    ("the prior month", "2023-05-01/2023-05-31"),
                ],
            ),
            (
                "Output grew in the third quarter, after shrinking in the same period in 2019.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the same period in 2019", "2019-07-01/2019-09-30"),
                ],
            ),
            (
                "Acme lost money in the third quarter, against a profit in the corresponding period last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the corresponding period last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales rose in the second quarter from the comparable quarter in 2021.",
                &[
                    ("the second quarter", "2023-04-01/2023-06-30"),
                    ("the comparable quarter in 2021", "2021-04-01/2021-06-30"),
                ],
            ),
            (
                "Acme lost money in the third quarter. Sales for last year's quarter were $3 million.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            ("Sales for last year's quarter were $3 million.", &[]),
            (
                "Sales rose in November, above the same stretch last year.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("the same stretch last year", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "In March, the mill got an offer. Its owner weighed a sale. Unions urged a deal.\n\nThe following month, the mill was sold.",
                &[
                    ("In March", "2023-03-01/2023-03-31"),
                    ("The following month", "2023-04-01/2023-04-30"),
                ],
            ),
            (
                "Net income rose in the third quarter. Sales in the latest period were $1.8 billion.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the latest period", "2023-07-01/2023-09-30"),
                ],
            ),
            (
                "Sales rose 5% in October, and in the most recent period margins grew.",
                &[
                    ("in October", "2023-10-01/2023-10-31"),
                    ("the most recent period", "2023-10-01/2023-10-31"),
                ],
            ),
            // A day is no period, and with no time before it, it names none.
            ("Shares rose on Tuesday. In the latest period, volume fell.", &[("Tuesday", "2023-12-26/2023-12-26")]),
            ("In the latest period, sales fell.", &[]),
            // With no time before it, it names none.
            ("The following month, the mill closed.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day or week counted from a longer time is some part of it the
    /// words do not say, so it has no days of its own.
    #[test]
    fn a_shorter_unit_counted_from_a_longer_time_is_unresolved() {
        let got = resolve(
            "The plant closed in October. Workers left that same day.",
            Some("2023-12-28"),
        );
        assert_eq!(
            got,
            vec![
                (
                    "in October".to_string(),
                    Some("2023-10-01/2023-10-31".to_string())
                ),
                ("that same day".to_string(), None),
            ]
        );
    }

    /// "the full year" and "for the year" are the whole year of the time
    /// told just before, or else of the report's period; with neither, or
    /// with words after that name another year, they read nothing
    /// (published Thursday, December 28, 2023).
    #[test]
    fn the_whole_year_of_an_earlier_time() {
        let cases: [(&str, &[(&str, &str)]); 10] = [
            (
                "Profit rose 5% in the third quarter. The company forecast higher earnings for the full year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the full year", "2023-01-01/2023-12-31"),
                ],
            ),
            (
                "In 1985 the mill lost money. For the whole year, its sales fell by half.",
                &[
                    ("1985", "1985-01-01/1985-12-31"),
                    ("the whole year", "1985-01-01/1985-12-31"),
                ],
            ),
            (
                "Net income rose in the third quarter. Costs fell. Orders grew. For the year, volume was flat.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the year", "2023-01-01/2023-12-31"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2022. Sales for the full year rose.",
                &[
                    ("fiscal 2022", "2021-10-01/2022-09-30"),
                    ("the full year", "2021-10-01/2022-09-30"),
                ],
            ),
            (
                "By 2030 the firm aims to double its share. It forecast higher earnings for the full year.",
                &[("2030", "2030-01-01/2030-12-31")],
            ),
            ("She was named player of the year.", &[]),
            ("The team is done for the year.", &[]),
            ("Sales rose 4% for the year ended June 30.", &[("June 30", "2023-06-30/2023-06-30")]),
            (
                "Profit rose in the third quarter. It was the best quarter for the year before the merger.",
                &[("the third quarter", "2023-07-01/2023-09-30")],
            ),
            (
                "Acme's fiscal years end June 30. Profit rose in the fourth quarter. Sales for the full year rose.",
                &[("the fourth quarter", "2023-04-01/2023-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
