//! Reads dates ("December 27", "Dec. 30, 2023", "March 2018", "Friday") and
//! relative times ("last week", "in November", "yesterday", "fiscal 2023")
//! and resolves them against the publication date.
//!
//! The conventions: a week runs Monday to Sunday; "last week" is the previous
//! such week; "this week" said ahead in a paper dated Sunday is the coming
//! one; a bare month and a bare weekday are the latest such month or
//! day on or before publication, unless their clause looks ahead ("will",
//! "is expected", "as soon as", "hopes to", the present of a scheduled
//! event, "the council meets Monday", "until" in a clause not in the past); a
//! past verb keeps "this weekend" on the weekend just gone; a day and month
//! without a year take the year nearest to publication, the past winning
//! unless the future is less than half as far;
//! "this September" is the publication year's; "fiscal 2023" is the twelve
//! months to the end of the fiscal year the article states ("fiscal years
//! ending June 30"), or else the US federal fiscal year, October 2022 to
//! September 2023; a quarter is the
//! calendar quarter unless the day it ended on follows it ("the fourth
//! quarter ended Sept. 30" is July to September), or, said as a fiscal
//! one ("the fiscal first quarter"), a quarter of the stated fiscal year. Without a publication
//! date only what the text itself fixes is resolved, and no year is ever
//! invented.
//!
//! How a time is read (the submodule that holds each step in parentheses):
//!
//! 1. Once for the article: the runs of tokens times are read in, its
//!    sentences and datelines (`datelines`); the end of the fiscal year it
//!    states (`fiscal`); the country whose fiscal year its datelines name
//!    (`datelines`); and the order it writes dates with slashes in
//!    (`slashes`).
//! 2. In each run, at each token, `Reader::read` (`read`) tries in order:
//!    - a decade or a century (`eras`);
//!    - a number: a count before "ago" (`spans`), a day written first or an
//!      ordinal day (`days`), a fiscal year written across two (`fiscal`), a
//!      date with slashes (`slashes`) or dashes (`days`), or a year (`years`,
//!      `ranges`);
//!    - a word of part, joined or apart ("early March", "end-2024") (`parts`);
//!    - a month, weekday or holiday by name (`months`, `days`, `weekdays`,
//!      `holidays`), with runs of months and the months up to one (`ranges`)
//!      and quarters named by a month (`quarters`), unless it recurs
//!      (`no_time`);
//!    - another word that opens a time: day words (`day_words`), units
//!      relative to publication (`relative`), spans and counts (`spans`),
//!      fiscal years (`fiscal`), quarters and halves (`quarters`), parts of
//!      periods (`parts`), times named from an earlier one (`earlier`) and
//!      years said aloud (`years`);
//!    - for a time without its year, which way its clause's tense points it
//!      (`tense`) and its days nearest to publication (`nearest`), reckoned
//!      on the calendar (`day_ranges`).
//! 3. A time named from an earlier one is counted from it: the time before
//!    it, the period a report is about, or the base a figure is compared
//!    with (`anchors`, `earlier`).

use crate::calendar::Day;
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::FiscalHome;
use crate::lex::{word_is, Kind};
use crate::segment::{Document, Segments, Span};

mod anchors;
mod datelines;
mod day_ranges;
mod day_words;
mod days;
mod earlier;
mod eras;
mod fiscal;
mod holidays;
mod months;
mod nearest;
mod no_time;
mod parts;
mod quarters;
mod ranges;
mod read;
mod relative;
mod slashes;
mod spans;
mod tense;
#[cfg(test)]
mod test_support;
mod weekdays;
mod years;

use anchors::{AnchorContext, ReportPeriods};
use datelines::{dateline_fiscal_home, windows};
use fiscal::{stated_fiscal_year_end, FiscalYearEnd};
use slashes::{written_slash_order, SlashOrder};

/// A time expression as token indices `first..end`, with the days it
/// denotes where the text and the publication date fix them, the rule that
/// read it, and the words it was tied to: the word that pointed it ahead of
/// publication ("will" in "the council will meet Friday"), or the earlier
/// time it was counted from ("the third quarter" for "a year earlier").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeExpr {
    pub first: usize,
    pub end: usize,
    pub resolved: Option<DayRange>,
    pub rule: TimeRule,
    pub tied_to: Option<Span>,
    /// How a time named from an earlier one is counted from it, which
    /// `find_times` resolves once it knows the times before it.
    counted: Option<Counted>,
}

impl TimeExpr {
    /// The time with the word at token `word`, if any, as what pointed it
    /// ahead of publication.
    fn pointed_ahead_by(self, word: Option<usize>) -> TimeExpr {
        TimeExpr {
            tied_to: word.map(|k| Span::new(k, k + 1)),
            ..self
        }
    }
}

/// How a time named from an earlier one is counted from it: the same unit
/// of it, or the one so many after or before it ("that same month", "the
/// following year", "the prior month"), or the weekday just after or before
/// it ("the previous Friday"), or its days in another year ("the
/// same period in 2019", "the same stretch last year"), or its very days
/// ("the latest period"), or the whole year it falls in ("the full year"),
/// or a day of the month it falls in ("on the 5th" after "In April").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counted {
    Units(Unit, i32),
    Weekday(u8, i32),
    InYear(i32),
    Same,
    WholeYear,
    DayOfMonth(u8),
}

/// A unit of calendar time that a time can be counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

type TimeRead = Option<TimeExpr>;

/// A time expression that `rule` read at tokens `first..end`.
fn found(rule: TimeRule, first: usize, end: usize, resolved: Option<DayRange>) -> TimeRead {
    Some(TimeExpr {
        first,
        end,
        resolved,
        rule,
        tied_to: None,
        counted: None,
    })
}

/// A reader over one sentence's tokens.
struct Reader<'a> {
    doc: Document<'a>,
    published: Option<Day>,
    /// The end of the fiscal year the article states, if it states one.
    fiscal_end: Option<FiscalYearEnd>,
    /// The country's fiscal year its datelines name, if they name one.
    fiscal_home: Option<FiscalHome>,
    /// The order the article writes dates with slashes in, if one shows it.
    slash_order: Option<SlashOrder>,
}

impl Reader<'_> {
    fn prev(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.doc.word(p))
    }

    fn is(&self, i: usize, expected: &str) -> bool {
        word_is(self.doc.word(i), expected)
    }

    fn number(&self, i: usize) -> Option<&str> {
        self.doc
            .tokens
            .get(i)
            .filter(|t| t.kind == Kind::Number && i < self.doc.end)
            .map(|t| t.text(self.doc.text))
    }
}

/// How many sentences back a time counted on or back from an earlier one
/// ("the following month") looks for it.
const NARRATIVE_REACH: usize = 3;

/// Finds every time expression outside boilerplate, and the date of a
/// dateline ("JOHANNESBURG, August 7 (Xinhua) --"), which says when the
/// report was filed.
pub(crate) fn find_times(text: &str, segments: &Segments, published: Option<Day>) -> Vec<TimeExpr> {
    let mut times = Vec::new();
    let mut window_starts = Vec::new();
    let mut periods = ReportPeriods::default();
    let fiscal_end = stated_fiscal_year_end(text, segments);
    let fiscal_home = dateline_fiscal_home(text, segments);
    let slash_order = written_slash_order(text, segments);
    for window in windows(segments) {
        window_starts.push(window.first);
        let start_back = |n: usize| window_starts[window_starts.len().saturating_sub(n + 1)];
        let context = AnchorContext {
            sentence_before_first: start_back(1),
            narrative_first: start_back(NARRATIVE_REACH),
            report_period: periods.period(),
        };
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(window.first, window.end),
            published,
            fiscal_end,
            fiscal_home,
            slash_order,
        };
        let before = times.len();
        read_window(&reader, window, context, &mut times);
        periods.note(&reader, &times, before);
    }
    times
}

/// Reads the times of one window, after the `times` before it.
fn read_window(reader: &Reader, window: Span, context: AnchorContext, times: &mut Vec<TimeExpr>) {
    let mut i = window.first;
    while i < window.end {
        let read = reader
            .read(i)
            .and_then(|time| reader.counted_from_earlier(time, times, context));
        match read {
            Some(time) if time.end > i && time.first >= window.first => {
                let first = times
                    .last()
                    .map_or(time.first, |t: &TimeExpr| time.first.max(t.end));
                times.push(TimeExpr {
                    first,
                    end: time.end.min(window.end),
                    ..time
                });
                i = time.end;
            }
            _ => i += 1,
        }
    }
}
