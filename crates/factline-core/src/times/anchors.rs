//! The earlier time a time is counted from (`Reader::counted_from_earlier`):
//! the time just before it, the period a report is about (`ReportPeriods`),
//! or the base a figure is compared with ("compared with last year").

use super::day_ranges::{single, year_before, year_range};
use super::fiscal::PERIOD_CLOSERS;
use super::nearest::{day_of_month_in, nearest_day_of_month};
use super::years::parse_year;
use super::{Counted, Reader, TimeExpr};
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::without_possessive;
use crate::lex::{word_in, word_is, Lexicon};
use crate::segment::Span;

/// Where a time counted from an earlier one looks for it: a year-earlier
/// time or "that same month" follows its time in its sentence or the one
/// before; one counted on or back from it ("The following month, the
/// company put itself up for sale") may open a paragraph that carries on
/// a story told a few sentences before.
#[derive(Clone, Copy)]
pub(super) struct AnchorContext {
    pub(super) sentence_before_first: usize,
    pub(super) narrative_first: usize,
    pub(super) report_period: Option<TimeExpr>,
}

/// The words that introduce the base a figure is compared with:
/// "compared with $3 million", "up from $2 million", "against a loss".
static COMPARISON_WORDS: Lexicon = Lexicon::new(&["compared", "from", "against", "versus", "vs"]);

/// How many words before a time its word of comparison may stand: "compared
/// with earnings of $6.1 million, or 52 cents a share, last year".
const COMPARISON_REACH: usize = 12;

/// How many words before a year-earlier time a count of months or weeks
/// makes it count from a period the reader does not read.
const PERIOD_REACH: usize = 40;

/// The periods earlier sentences reported on, which a year-earlier time
/// far from any other time counts from: the period the last year-earlier
/// comparison counted from, or else the last one named.
#[derive(Clone, Copy, Default)]
pub(super) struct ReportPeriods {
    compared: Option<TimeExpr>,
    named: Option<TimeExpr>,
}

impl ReportPeriods {
    /// Takes note of the report periods among the `times` read from the
    /// one at `from` on.
    pub(super) fn note(&mut self, reader: &Reader, times: &[TimeExpr], from: usize) {
        for time in times.get(from..).unwrap_or_default() {
            if reader.is_report_period(time) {
                self.named = Some(*time);
            }
            let anchor = time
                .tied_to
                .filter(|_| time.rule == TimeRule::YearEarlier)
                .and_then(|span| {
                    let k = times.partition_point(|t| t.first < span.first);
                    times.get(k).filter(|t| t.end == span.end).copied()
                });
            if let Some(anchor) = anchor.filter(|a| reader.is_report_period(a)) {
                self.compared = Some(anchor);
            }
        }
    }

    pub(super) fn period(&self) -> Option<TimeExpr> {
        self.compared.or(self.named)
    }
}

impl Reader<'_> {
    /// A year-earlier time, or one counted from an earlier time, resolved
    /// from the time it follows: the latest time read from the first token
    /// of `context` on, a year back at that time's granularity ("the
    /// third quarter" gives the third quarter a year before), or as the
    /// time says (`Counted`). Without one, "a year ago" is the publication
    /// day a year back, and "a year earlier" or "that same month" is no
    /// time at all. Other times pass as they are.
    pub(super) fn counted_from_earlier(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        if time.rule == TimeRule::Year {
            return Some(self.report_period_in_year(time, earlier, context));
        }
        if time.rule == TimeRule::RelativeUnit {
            return Some(self.last_year_compared(time, earlier, context));
        }
        if let Some(Counted::DayOfMonth(day)) = time.counted {
            return Some(self.day_of_month_told(time, day, earlier, context));
        }
        if !matches!(
            time.rule,
            TimeRule::YearEarlier | TimeRule::CountedFromEarlier
        ) {
            return Some(time);
        }
        if let Some(anchor) = self.anchor_of(&time, earlier, context) {
            let counted = match time.counted {
                None if self.names_comparison_base(&time, &anchor, context) => anchor.resolved,
                None => anchor.resolved.and_then(year_before),
                Some(counted) => anchor.resolved.and_then(|days| counted.from(days)),
            };
            // "the latest period" names no time unless it is one told before.
            if counted.is_none() && time.counted == Some(Counted::Same) {
                return None;
            }
            return Some(TimeExpr {
                resolved: counted,
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            });
        }
        if let Some(year) = self.year_before_unread_period(&time, context) {
            return Some(TimeExpr {
                resolved: year_range(year),
                ..time
            });
        }
        let ago = self.counts_ago(&time) || word_is(self.doc.word(time.end - 1), "year-ago");
        (ago && time.counted.is_none()).then(|| TimeExpr {
            resolved: self.published.map(single).and_then(year_before),
            ..time
        })
    }

    /// The day of an ordinal day said alone ("on the 5th", `day`, at
    /// `time`): that day of the month of the latest time in its sentence or
    /// the one before that lies within one month ("In April the board met
    /// on the 5th"); else the nearest such day to publication, on or before
    /// it in a clause in the past and on or after it in one that looks
    /// ahead (`day_tense`): "the council will vote on the 5th", said on
    /// March 15, is April 5.
    fn day_of_month_told(
        &self,
        time: TimeExpr,
        day: u8,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let month_told = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .find(|t| {
                t.resolved
                    .is_some_and(|d| day_of_month_in(d, day).is_some())
            });
        if let Some(anchor) = month_told {
            return TimeExpr {
                resolved: anchor.resolved.and_then(|d| day_of_month_in(d, day)),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            };
        }
        let on_at = time.first.saturating_sub(1);
        let tense = self.day_tense(on_at, on_at, time.end);
        let resolved = self
            .published
            .and_then(|p| nearest_day_of_month(p, day, tense))
            .map(single);
        TimeExpr { resolved, ..time }
    }

    /// The year a year-earlier time near a count of months or weeks names:
    /// "in the first nine months, sales rose 5% from a year earlier"
    /// compares a part of a year the reader does not read, so the time is
    /// the whole year that holds the part a year back, as a word of part
    /// ("early March") dates the whole month: the year before the report's
    /// period, or before publication when there is none. "a year ago"
    /// counts from publication instead (see `report_period`).
    fn year_before_unread_period(&self, time: &TimeExpr, context: AnchorContext) -> Option<i32> {
        let ago = word_is(self.doc.word(time.end - 1), "ago");
        let applies = time.rule == TimeRule::YearEarlier
            && time.counted.is_none()
            && !ago
            && self.counted_period_near(time, context);
        let period_end = context
            .report_period
            .and_then(|period| period.resolved)
            .map(|days| days.end)
            .or(self.published)?;
        applies.then(|| period_end.year() - 1)
    }

    /// "last year" as the base a figure is compared with, when the
    /// latest time of its sentence or the one before is a quarter or month
    /// a year after one in last year: "In the latest quarter, Aetna lost $23
    /// million, compared with earnings of $33 million last year" is that
    /// quarter a year back, as "a year earlier" would be. Any other "last
    /// year" is the whole year.
    fn last_year_compared(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let unit = without_possessive(self.doc.word(time.first + 1));
        let last_year = self.is(time.first, "last") && word_is(unit, "year");
        let comparison = self.comparison_before(time.first, time.end);
        let Some(comparison) = comparison.filter(|_| last_year) else {
            return time;
        };
        // The period compared is told before the comparison: in "Imports
        // from China rose 5% in March, the most since last year", "March"
        // is no period that "from" compares.
        let anchor = self
            .compared_period(&time, earlier, context)
            .filter(|anchor| anchor.end <= comparison);
        let within = |days: DayRange| {
            time.resolved
                .is_some_and(|y| y.start <= days.start && days.end <= y.end)
        };
        match anchor.and_then(|a| Some((a, a.resolved.and_then(year_before)?))) {
            Some((anchor, days)) if within(days) => TimeExpr {
                resolved: Some(days),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                rule: TimeRule::YearEarlier,
                ..time
            },
            _ => time,
        }
    }

    /// The quarter or month that "last year" at `time` compares with a
    /// year back: the latest time of its sentence or the one before (also
    /// "the latest period", which is the report's: "Sales in the latest
    /// period rose 13% from last year's $1.55 billion"), or the
    /// quarter a closing day closes ("the quarter ended Sept. 30"). A day
    /// that closes a period not read ("the year ended Aug. 31"), or a
    /// count of months between ("In the nine months, net rose from $504
    /// million last year"), leaves none.
    fn compared_period(
        &self,
        time: &TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        let mut candidates = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .filter(|t| !matches!(t.rule, TimeRule::YearEarlier | TimeRule::RecentSpan));
        let latest = candidates.next()?;
        let anchor = if self.closes_period(latest) {
            candidates.next().filter(|t| t.end + 1 == latest.first)?
        } else {
            latest
        };
        // "the latest period" is the report's quarter or month, read as one.
        let period = matches!(anchor.rule, TimeRule::Quarter | TimeRule::Month)
            || anchor.counted == Some(Counted::Same);
        (period && !self.counted_period_between(anchor, time)).then_some(*anchor)
    }

    /// The word of comparison that makes the time at tokens `first..end`
    /// the base a figure is compared with: one shortly before it with a
    /// number between ("compared with a loss of $3 million last year",
    /// "down from $21.4 million last year"), or before its possessive with
    /// a number right after ("a 13% increase from last year's $1.55
    /// billion").
    fn comparison_before(&self, first: usize, end: usize) -> Option<usize> {
        let from = first.saturating_sub(COMPARISON_REACH).max(self.doc.first);
        let word_at = (from..first)
            .rev()
            .find(|&k| COMPARISON_WORDS.contains(self.doc.word(k)))?;
        let figure_between = (word_at + 1..first).any(|k| self.number(k).is_some());
        let last = self.doc.word(end - 1);
        let possessive = without_possessive(last).len() < last.len();
        let figure_after = possessive && (end..end + 2).any(|k| self.number(k).is_some());
        (figure_between || figure_after).then_some(word_at)
    }

    /// The time that `time`, a year-earlier time or one counted from an
    /// earlier time, counts from: the latest of `earlier` in its context
    /// that can be counted from, else the report's period. Before
    /// "quarter" ("the year-ago quarter") only a quarter can be.
    fn anchor_of(
        &self,
        time: &TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        let context_first = match time.counted {
            Some(Counted::Units(_, shift)) if shift != 0 => context.narrative_first,
            _ => context.sentence_before_first,
        };
        earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context_first)
            .find(|t| {
                // A span up to publication is counted from publication
                // itself: "(10,000 are expected over the next year)" after
                // "in the past four years" is no year after those four.
                !matches!(t.rule, TimeRule::YearEarlier | TimeRule::RecentSpan)
                    && t.resolved.is_some()
                    && !self.closes_period(t)
                    && (time.counted != Some(Counted::WholeYear) || self.begun(t))
                    && !(time.rule == TimeRule::YearEarlier && self.counted_period_between(t, time))
                    && (!self.is(time.end, "quarter")
                        && self.year_back_period(time) != Some("quarter")
                        || t.rule == TimeRule::Quarter)
                    && (!self.counts_ago(time) || self.compares_figures(time))
            })
            .copied()
            .or_else(|| self.report_period(time, context))
    }

    /// Whether `time` ends in "ago" ("a year ago"), which counts from
    /// publication unless its sentence compares figures (see
    /// `compares_figures`); "the quarter a year ago" compares periods.
    fn counts_ago(&self, time: &TimeExpr) -> bool {
        word_is(self.doc.word(time.end - 1), "ago") && self.year_back_period(time).is_none()
    }

    /// Whether the sentence of `time` compares figures, so that "a year
    /// ago" is the period compared a year back, as earnings news writes
    /// it: a figure other than a year ("They were $4 million a year ago"
    /// after "Exports rose in November"), or "than" or "compared" before
    /// it ("Costs were lower than a year ago"). "In May 2019 the plant
    /// closed. A year ago it reopened." compares nothing: its "a year ago"
    /// is a year before publication, not May 2018.
    fn compares_figures(&self, time: &TimeExpr) -> bool {
        let figure = (self.doc.first..self.doc.end)
            .filter(|k| !(time.first..time.end).contains(k))
            .filter_map(|k| self.number(k))
            .any(|digits| parse_year(digits).is_none());
        let compared =
            (self.doc.first..time.first).any(|k| self.is(k, "than") || self.is(k, "compared"));
        figure || compared
    }

    /// Whether a count of months or weeks stands between `anchor` and the
    /// year-earlier `time` after it: "the company said Friday it lost $6
    /// million in the first nine months, against a profit a year earlier"
    /// compares the nine months, which the reader does not read, with a
    /// year before them, not the day it was said on with a year before that.
    fn counted_period_between(&self, anchor: &TimeExpr, time: &TimeExpr) -> bool {
        (anchor.end + 1..time.first).any(|k| self.counts_period_at(k))
    }

    /// Whether the word at `k` is "months" or "weeks" after a count of
    /// them: "nine months", "the past 12 weeks".
    fn counts_period_at(&self, k: usize) -> bool {
        word_in(self.doc.word(k), &["months", "weeks"])
            && k.checked_sub(1).and_then(|c| self.count_at(c)).is_some()
    }

    /// Whether the year-earlier adjective `time` ("the year-ago results")
    /// names the very time `anchor` told in a sentence before it, as the
    /// report's comparison: in earnings news, after "compared with a loss
    /// last year" or "in the 1988 period", the whole year before the
    /// report's period, "the year-ago results" are those results, not a
    /// year before them.
    fn names_comparison_base(
        &self,
        time: &TimeExpr,
        anchor: &TimeExpr,
        context: AnchorContext,
    ) -> bool {
        let adjective = time.rule == TimeRule::YearEarlier && time.end == time.first + 1;
        let report_year = context
            .report_period
            .and_then(|period| period.resolved)
            .map(|days| days.start.year());
        // The whole of the year before: a month or a day in it ("in
        // December") is no comparison.
        let a_year_before = anchor
            .resolved
            .zip(report_year)
            .is_some_and(|(days, year)| Some(days) == year_range(year - 1));
        adjective && anchor.first < self.doc.first && a_year_before
    }

    /// The period a report is about, for a year-earlier time or a whole
    /// year ("for the full year") with no time
    /// in its sentence or the one before to count from: earnings news names
    /// its period and compares it with a year earlier, then compares again
    /// paragraphs later ("In the year-earlier period, it lost money"), so
    /// the period is `context.report_period` (see `ReportPeriods`). "a
    /// year ago" counts from publication instead; and a count of months or
    /// weeks close before it or just after it ("Net for the nine months
    /// rose from a year earlier", "the year-earlier nine months") is a
    /// period the reader does not read, which the time may count from, so
    /// then there is none.
    fn report_period(&self, time: &TimeExpr, context: AnchorContext) -> Option<TimeExpr> {
        let counted_period = self.counted_period_near(time, context);
        let year_earlier = time.rule == TimeRule::YearEarlier && !self.counts_ago(time);
        // "the latest period" is the report's, as a reader of earnings news
        // takes it.
        let latest = time.counted == Some(Counted::Same);
        let whole_year = time.counted == Some(Counted::WholeYear);
        context
            .report_period
            .filter(|period| {
                year_earlier || whole_year || latest || self.period_in_year(time, period)
            })
            .filter(|_| !counted_period)
    }

    /// Whether `time` names the report's `period` in another year: "sales
    /// for last year's quarter", "the same period last year", with no time
    /// close before them; "quarter" names only a quarter.
    fn period_in_year(&self, time: &TimeExpr, period: &TimeExpr) -> bool {
        let names = |noun: &str| (time.first..time.end).any(|k| self.is(k, noun));
        let quarter = names("quarter");
        matches!(time.counted, Some(Counted::InYear(_)))
            && (quarter || names("period"))
            && (!quarter || period.rule == TimeRule::Quarter)
    }

    /// Whether a count of months or weeks stands close before `time` or
    /// just after it ("in the first nine months ... a year earlier", "the
    /// year-earlier nine months"): a period the reader does not read, which
    /// a time near it may be counted from.
    fn counted_period_near(&self, time: &TimeExpr, context: AnchorContext) -> bool {
        let first = context
            .sentence_before_first
            .max(time.first.saturating_sub(PERIOD_REACH));
        let near = Reader {
            doc: self.doc.within(first, self.doc.end.min(time.end + 3)),
            published: self.published,
            fiscal_end: self.fiscal_end,
            fiscal_home: self.fiscal_home,
            slash_order: self.slash_order,
        };
        (near.doc.first..near.doc.end).any(|k| near.counts_period_at(k))
    }

    /// "the 1988 quarter", "the 1989 period": the report's period (a
    /// quarter, for "quarter") named in its sentence or the one before, or
    /// else earlier (see `report_period`), in that year; "Profit rose in the
    /// third quarter ... Kirschner earned $376,000 in the 1988 quarter" is
    /// the third quarter of 1988. With none, or near a count of months, the
    /// time stays the year.
    fn report_period_in_year(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let Some(counted) = time.counted else {
            return time;
        };
        let quarter = word_is(self.doc.word(time.end - 1), "quarter");
        let fits =
            |t: &TimeExpr| self.is_report_period(t) && (!quarter || t.rule == TimeRule::Quarter);
        let anchor = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .find(|t| fits(t))
            .copied()
            .or(context.report_period.filter(fits))
            .filter(|_| !self.counted_period_near(&time, context));
        let resolved = anchor.and_then(|a| counted.from(a.resolved?));
        match (anchor, resolved) {
            (Some(anchor), Some(resolved)) => TimeExpr {
                resolved: Some(resolved),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            },
            _ => time,
        }
    }

    /// Whether `time` is a period results are reported for: a quarter or
    /// fiscal year that is over ("analysts expect losses through the third
    /// quarter of 1990" names no such period).
    fn is_report_period(&self, time: &TimeExpr) -> bool {
        let over = |days: DayRange| self.published.is_none_or(|p| days.end <= p);
        matches!(time.rule, TimeRule::Quarter | TimeRule::FiscalYear)
            && time.resolved.is_some_and(over)
    }

    /// Whether `time` began by publication. A whole year is the year of a
    /// time told of as begun ("forecast an increase for the full year"
    /// after "sales fell in the third quarter"), not of a goal set for a
    /// later one ("by 1992 it intended to double its share").
    fn begun(&self, time: &TimeExpr) -> bool {
        let begun = |days: DayRange| self.published.is_none_or(|p| days.start <= p);
        time.resolved.is_some_and(begun)
    }

    /// Whether `time` is the day a period ended on, "the quarter ended
    /// Sept. 30": a later "a year earlier" or "the year-ago results" counts
    /// from the period the report is about, not from its closing day, so
    /// such a day is no anchor.
    fn closes_period(&self, time: &TimeExpr) -> bool {
        let whole = self.doc.within(0, self.doc.tokens.len());
        let before = time.first.checked_sub(1).map_or("", |k| whole.word(k));
        PERIOD_CLOSERS.contains(before) && time.resolved.is_some_and(|d| d.start == d.end)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// "last year's quarter" or "the same period last year" far from any
    /// other time is the report's period in that year, and "the latest
    /// period" the report's period: (text, its times).
    #[test]
    fn the_reports_period_in_another_year() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Net sales for the third quarter fell to $14 million. The company blamed its British unit. Sales there for last year's quarter were $3 million.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Revenue was flat from the same period last year.",
                &[
                    ("fiscal 2023", "2022-10-01/2023-09-30"),
                    ("the same period last year", "2021-10-01/2022-09-30"),
                ],
            ),
            (
                "Net income rose 8% in the third quarter. Costs fell. Orders rose. The latest period included a gain.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("The latest period", "2023-07-01/2023-09-30"),
                ],
            ),
            ("Costs fell. The latest period included a gain.", &[]),
            // A quarter is no fiscal year, and a month no report's period:
            // only "last year" is read.
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Sales for last year's quarter were flat.",
                &[("fiscal 2023", "2022-10-01/2023-09-30")],
            ),
            (
                "Profit rose in the third quarter. Costs fell. Orders rose. Sales were flat from the same month last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// "last year" as the base a figure is compared with is the quarter or
    /// month of its sentence or the one before, a year back: (text, its
    /// times).
    #[test]
    fn last_year_as_a_comparison_base() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "In the latest quarter, Acme lost $23 million, compared with earnings of $33 million last year.",
                &[
                    ("the latest quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $5 million in the third quarter. Its bank earned $24 million, compared with a loss of $3 million last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales in the third quarter were $1.76 billion, a 13% increase from last year's $1.55 billion.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Prices rose 3% in November, compared with 2% last year.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("last year", "2022-11-01/2022-11-30"),
                ],
            ),
            // No comparison, or nothing shorter than a year in last year
            // to compare: the whole year.
            (
                "Sales rose in the third quarter. The plant opened last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Imports from China rose 5% in March, the most since last year.",
                &[
                    ("in March", "2023-03-01/2023-03-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "In 2023, sales rose to $5 million from $4 million last year.",
                &[
                    ("2023", "2023-01-01/2023-12-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Acme earned $5 million in the quarter ended Sept. 30, compared with $4 million last year.",
                &[
                    ("the quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit fell in the fourth quarter. Net for the year ended Aug. 31 was $2 million, down from $9 million last year.",
                &[
                    // Its year ended Aug. 31, so its fourth quarter too.
                    ("the fourth quarter", "2023-06-01/2023-08-31"),
                    ("Aug. 31", "2023-08-31/2023-08-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Acme sold a unit in August. In the nine months, net rose to $525 million from $504 million last year.",
                &[
                    ("in August", "2023-08-01/2023-08-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "In the fourth quarter of 2021, sales were $5 million, compared with $4 million last year.",
                &[
                    ("the fourth quarter of 2021", "2021-10-01/2021-12-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// A year-earlier time far from any other counts from the quarter or
    /// fiscal year the report is about, and "the 2022 quarter" is that
    /// period in 2022: (text, its times).
    #[test]
    fn a_year_earlier_counts_from_the_reports_period() {
        let cases: [(&str, &[(&str, &str)]); 18] = [
            (
                "Net income rose 5% in the third quarter. Sales were flat. Margins narrowed. In the year-earlier period, the company lost money.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("year-earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $3 million in its fourth quarter ended Sept. 30. Costs fell. Orders rose. A year earlier, it lost $1 million.",
                &[
                    ("fourth quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("A year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Revenue was flat from a year earlier.",
                &[
                    ("fiscal 2023", "2022-10-01/2023-09-30"),
                    ("a year earlier", "2021-10-01/2022-09-30"),
                ],
            ),
            // A period still to come is no report's.
            (
                "Profit fell in the third quarter. Analysts expect losses through the first quarter of 2024. Costs rose. In the year-ago quarter, profit was higher.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the first quarter of 2024", "2024-01-01/2024-03-31"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            // After a time a year before the report's period, "the year-ago
            // results" are that time's.
            (
                "Net fell 9% in the third quarter. It lost $3 million last year. The year-ago results were restated.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                    ("year-ago", "2022-01-01/2022-12-31"),
                ],
            ),
            // "the 1988 quarter" is the report's quarter in 1988.
            (
                "Acme expects lower third-quarter profit. Costs rose. It earned $4 million in the 2022 quarter.",
                &[
                    ("third-quarter", "2023-07-01/2023-09-30"),
                    ("the 2022 quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit rose in the third quarter. In the first nine months, it earned more than in the 2022 period.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the 2022 period", "2022-01-01/2022-12-31"),
                ],
            ),
            // The period compared before wins over one named in passing.
            (
                "Profit rose 20% in the third quarter from a year earlier. After a flat second quarter, sales rose. Costs fell. Charges in the year-earlier period hurt.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                    ("second quarter", "2023-04-01/2023-06-30"),
                    ("year-earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            // "ago" counts from publication, and a count of months is a
            // period of its own.
            (
                "Profit rose in the third quarter. Costs fell. The plant closed a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            // A year before a count of months the reader does not read is
            // the whole year that holds them.
            (
                "Profit rose in the third quarter. Costs fell. In the first nine months, sales rose 5% from a year earlier.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "For the nine months, Acme earned $5 million, compared with year-earlier net of $2 million.",
                &[("year-earlier", "2022-01-01/2022-12-31")],
            ),
            (
                "Sales rose in the first nine months of fiscal 2023 from a year earlier.",
                &[("fiscal 2023", "2022-10-01/2023-09-30"), ("a year earlier", "2021-10-01/2022-09-30")],
            ),
            (
                "In the nine months, sales rose 5%. The plant closed a year ago.",
                &[("a year ago", "2022-12-28/2022-12-28")],
            ),
            // "ago" counts from publication after a time that is no period
            // compared: the sentence names no figure and no comparison.
            (
                "In May 2019 the plant closed. A year ago it reopened.",
                &[
                    ("May 2019", "2019-05-01/2019-05-31"),
                    ("A year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            (
                "About four weeks ago it rose. A year ago it fell.",
                &[
                    ("About four weeks ago", "2023-11-27/2023-12-03"),
                    ("A year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            (
                "Profit rose in the third quarter. The plant closed a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            // A figure compared, or "than", keeps the period a year back.
            (
                "Exports rose in November. They were $4 million a year ago.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("a year ago", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "Profit rose in the third quarter. Costs were lower than a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-07-01/2022-09-30"),
                ],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
