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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn resolve(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let published = published.map(|p| p.parse::<Day>().unwrap());
        let segments = segment(text);
        find_times(text, &segments, published)
            .into_iter()
            .map(|t| {
                let span = segments.text_of(text, t.first, t.end).to_string();
                let resolved = t.resolved.map(|r| format!("{}/{}", r.start, r.end));
                (span, resolved)
            })
            .collect()
    }

    /// Checks that each text's times resolve, published on `published`, to
    /// the days given as `START/END`, and that it has no other times.
    fn expect_resolved(cases: &[(&str, &[(&str, &str)])], published: &str) {
        for (text, expected) in cases {
            let want: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(span, days)| (span.to_string(), Some(days.to_string())))
                .collect();
            assert_eq!(resolve(text, Some(published)), want, "{text}");
        }
    }

    /// A dateline's date is when the report was filed, though its place is
    /// no sentence of the report: (text, its times).
    #[test]
    fn a_datelines_date_is_read() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "HARBORTON, August 7 (Xinhua) --\nA ferry sank on Friday.",
                &[
                    ("August 7", "1998-08-07/1998-08-07"),
                    ("Friday", "1998-08-07/1998-08-07"),
                ],
            ),
            (
                "HARBORTON, Aug. 6 (AP) — The council met.",
                &[("Aug. 6", "1998-08-06/1998-08-06")],
            ),
            ("HARBORTON (Reuters) — The council met.", &[]),
        ];
        expect_resolved(cases, "1998-08-08");
    }

    /// A date with slashes is read in the order the article writes them,
    /// which a day past 12 shows; an article that never shows it leaves an
    /// ambiguous date unread rather than guess between 3 April and 4 March.
    /// A text and its times, each with its days or none when unresolved.
    type MaybeResolvedCase<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn slash_dates_follow_the_articles_order() {
        let cases: &[MaybeResolvedCase] = &[
            (
                "It opened on 28/02/2024.",
                &[("28/02/2024", Some("2024-02-28/2024-02-28"))],
            ),
            (
                "It opened on 12/27/2023.",
                &[("12/27/2023", Some("2023-12-27/2023-12-27"))],
            ),
            (
                "It opened on 28/02/2024 and closed on 03/04/2024.",
                &[
                    ("28/02/2024", Some("2024-02-28/2024-02-28")),
                    ("03/04/2024", Some("2024-04-03/2024-04-03")),
                ],
            ),
            (
                "It opened on 12/27/2023 and closed on 03/04/2024.",
                &[
                    ("12/27/2023", Some("2023-12-27/2023-12-27")),
                    ("03/04/2024", Some("2024-03-04/2024-03-04")),
                ],
            ),
            ("It closed on 03/04/2024.", &[("03/04/2024", None)]),
            (
                "It closed on 05/05/2024.",
                &[("05/05/2024", Some("2024-05-05/2024-05-05"))],
            ),
        ];
        for (text, expected) in cases {
            let want: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(span, days)| (span.to_string(), days.map(str::to_string)))
                .collect();
            assert_eq!(resolve(text, Some("2024-06-01")), want, "{text}");
        }
    }

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

    /// The tense and modality of a time's clause point it ahead of or back
    /// from publication (a Thursday, December 28, 2023); long because each
    /// way a clause points has its row.
    #[test]
    fn the_clause_points_a_time_ahead_or_back() {
        let cases = [
            // "is to" and "are to" before a verb tell of what is arranged.
            (
                "Trading is to resume in Paris Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "The two leaders are to meet again in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // "meet" after two joined names or a plural pronoun is the
            // verb of a meeting to come; after a noun it is the noun.
            (
                "He and Palestinian leader Yasser Arafat meet separately Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            (
                "The track meet Saturday drew a crowd.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A name or "blame" after "is to" is no verb to come.
            ("The visit is to Paris on Tuesday.", "Tuesday", "2023-12-26/2023-12-26"),
            (
                "The storm is to blame for Tuesday's outage.",
                "Tuesday's",
                "2023-12-26/2023-12-26",
            ),
            // A weekday after a modal verb is ahead.
            (
                "The strike would end on Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            // A comparison with a forecast is about what happened, also
            // with an adverb of when it was looked for.
            (
                "Prices rose more than expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "Exports grew more than initially expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "The rebels let the ceasefire begin as previously planned Sunday night.",
                "Sunday night",
                "2023-12-24/2023-12-24",
            ),
            (
                "The vote went ahead as originally scheduled on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "since" points back whatever the clause.
            (
                "The ship, which will dock soon, has sailed since March.",
                "March",
                "2023-03-01/2023-03-31",
            ),
            // A past verb after an opening weekend: the weekend just gone.
            (
                "This weekend, protesters marched downtown.",
                "This weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "The fair was held this weekend.",
                "this weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "A fair will be held this weekend.",
                "this weekend",
                "2023-12-30/2023-12-31",
            ),
            // A future verb after an opening weekday: the one ahead.
            (
                "On Tuesday, the league will name a coach.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // But a past verb in its clause is the clause's own.
            (
                "On Friday, the ministry planned to pay the nurses.",
                "Friday",
                "2023-12-22/2023-12-22",
            ),
            (
                "The crew could arrive as soon as Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // "until" and "through" end a range that runs from now.
            (
                "The bridge stays closed through Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The office is closed until Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The board postponed the vote until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // In any form of the verb, past another past verb before it.
            (
                "The vote was postponed until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "Lenders led by a bank have extended the loans through February.",
                "February",
                "2024-02-01/2024-02-29",
            ),
            // Unless the range's start is named before it.
            (
                "Sales this year through August rose.",
                "August",
                "2023-08-01/2023-08-31",
            ),
            (
                "Until Tuesday, the police had not named him.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "set" looks ahead only before "to".
            (
                "The mayor set aside Monday for the parade.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
            (
                "The vote is set to take place Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A future auxiliary points a weekday ahead across a long object.
            (
                "The envoy would be flying to the capital of the region Friday.",
                "Friday",
                "2023-12-29/2023-12-29",
            ),
            // A month with no tense is the nearer one, the past preferred.
            (
                "Talks on the budget resume in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "Talks resumed in February.",
                "in February",
                "2023-02-01/2023-02-28",
            ),
            // "that" points back to a month told of before.
            (
                "And in that February speech, the governor hedged.",
                "February",
                "2023-02-01/2023-02-28",
            ),
            // A verb just after a month in its clause's subject.
            (
                "Retail sales in January rose 5 percent.",
                "in January",
                "2023-01-01/2023-01-31",
            ),
            // Not past a word that joins another clause.
            (
                "Britain will formally declare its intention to leave the bloc by the end of March and suggested a deal.",
                "the end of March",
                "2024-03-22/2024-03-31",
            ),
            // A past verb far back belongs to another clause; a word that
            // looks ahead does not.
            (
                "The ministry told the three oil firms of a deep cut in its crude supply in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "The agency will name the commander of the space shuttle crew for its mission in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // A weekday that owns a noun names a thing done.
            (
                "Aides would look for ways to get around Wednesday's ruling.",
                "Wednesday's",
                "2023-12-27/2023-12-27",
            ),
            // A modal verb points a weekday or month ahead, unless a perfect
            // after it looks back; "could" is as often the past of "can",
            // but before a verb of change it forecasts.
            (
                "Bills could fall in July.",
                "in July",
                "2024-07-01/2024-07-31",
            ),
            ("He could not attend in July.", "in July", "2023-07-01/2023-07-31"),
            ("The Senate must vote on Tuesday.", "Tuesday", "2024-01-02/2024-01-02"),
            ("Lawmakers might return Wednesday.", "Wednesday", "2024-01-03/2024-01-03"),
            (
                "The board may decide in November.",
                "in November",
                "2024-11-01/2024-11-30",
            ),
            (
                "The plant may have closed on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "The family could not be located Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // A modal after an opening time is in another clause, and a
            // month before a noun names the period of the thing.
            (
                "Earlier Tuesday, his manager says the candidate can still win.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "Candidates must file their November campaign reports.",
                "November",
                "2023-11-01/2023-11-30",
            ),
            // A verb of planning points a weekday ahead across a long object.
            (
                "Protesters planned a large demonstration in the old town on Saturday.",
                "Saturday",
                "2023-12-30/2023-12-30",
            ),
            (
                "They plan to drive around the international airport on Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A plan told of as it stood before may be done.
            (
                "He was scheduled to leave the state capital late Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "A memorial service planned at the old university for Saturday was canceled.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A nearer past verb still points it back.
            (
                "The planned merger of the two regional banks collapsed on Monday.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-28"));
            let want = (span.to_string(), Some(days.to_string()));
            assert!(got.contains(&want), "{text}: {got:?}");
        }
    }

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

    /// "the week of" a date is the week that holds it (published
    /// Thursday, December 28, 2023).
    #[test]
    fn the_week_of_a_date() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "The trial opens the week of Jan. 8.",
                &[("the week of Jan. 8", "2024-01-08/2024-01-14")],
            ),
            (
                "A hearing is set for the week of March 6, 2024.",
                &[("the week of March 6, 2024", "2024-03-04/2024-03-10")],
            ),
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

    /// Times that run over several years, a fiscal year named by its
    /// number first, and a count of weeks made approximate (published
    /// Monday, December 25, 2023).
    #[test]
    fn extents() {
        let cases = [
            (
                "Output fell in 2016-2018, the agency said.",
                "2016-2018",
                "2016-01-01/2018-12-31",
            ),
            (
                "Rents rose between 2010 and 2014.",
                "between 2010 and 2014",
                "2010-01-01/2014-12-31",
            ),
            (
                "Spending grew in the 2021 fiscal year.",
                "the 2021 fiscal year",
                "2020-10-01/2021-09-30",
            ),
            (
                "The mill shut about four weeks ago.",
                "about four weeks ago",
                "2023-11-24/2023-11-30",
            ),
            (
                "The mill shut four weeks ago.",
                "four weeks ago",
                "2023-11-27/2023-12-03",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-25"));
            assert_eq!(
                got,
                vec![(span.to_string(), Some(days.to_string()))],
                "{text}"
            );
        }
    }

    /// Months between two named (published Thursday, December 28, 2023).
    #[test]
    fn months_between_two() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "Prices rose between March and May.",
                &[("between March and May", "2023-03-01/2023-05-31")],
            ),
            (
                "Rents fell between November and February 2023.",
                &[(
                    "between November and February 2023",
                    "2022-11-01/2023-02-28",
                )],
            ),
            (
                "The party raised $3 million between January and June 30.",
                &[("between January and June 30", "2023-01-01/2023-06-30")],
            ),
            (
                "Work will start between February and June.",
                &[("between February and June", "2024-02-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

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

    /// A period named by the month it runs to is the months up to that
    /// month's end (published Thursday, December 28, 2023).
    #[test]
    fn a_period_to_a_month() {
        let cases: [(&str, &[(&str, &str)]); 7] = [
            (
                "Sales rose 4% in the year to March.",
                &[("the year to March", "2022-04-01/2023-03-31")],
            ),
            (
                "Inflation was 3.4% in the 12 months to June.",
                &[("the 12 months to June", "2022-07-01/2023-06-30")],
            ),
            (
                "Unemployment fell in the three months to September.",
                &[("the three months to September", "2023-07-01/2023-09-30")],
            ),
            (
                "Spending rose in the financial year ending June 2022.",
                &[("financial year ending June 2022", "2021-07-01/2022-06-30")],
            ),
            (
                "Exports fell in the quarter to June.",
                &[
                    ("the quarter", "2023-04-01/2023-06-30"),
                    ("June", "2023-06-01/2023-06-30"),
                ],
            ),
            // A period to a day is read as the day that closes it; a
            // deadline moved is no period.
            (
                "Net rose in the year ended Sept. 30.",
                &[("Sept. 30", "2023-09-30/2023-09-30")],
            ),
            (
                "The board will extend the deadline by three months to June.",
                &[("June", "2024-06-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

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

    /// A quarter with its year before it, written or counted back
    /// (published Thursday, December 28, 2023).
    /// A quarter with the day it closed on after it is the three months up
    /// to that day, a company's fiscal quarter; without one, it is the
    /// calendar quarter: (text, its times).
    #[test]
    fn a_quarter_ended_on_a_day() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "Net income rose in the fourth quarter ended Sept. 30.",
                &[
                    ("the fourth quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                ],
            ),
            (
                "Its second quarter ended Aug. 26 was weak.",
                &[
                    ("second quarter", "2023-05-27/2023-08-26"),
                    ("Aug. 26", "2023-08-26/2023-08-26"),
                ],
            ),
            (
                "Sales slipped in the quarter ended in October.",
                &[
                    ("the quarter", "2023-08-01/2023-10-31"),
                    ("in October", "2023-10-01/2023-10-31"),
                ],
            ),
            (
                "The company earned $4 million in the fiscal first quarter ended Sept. 30. A year earlier, it lost $1 million.",
                &[
                    ("the fiscal first quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("A year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31. Results for that quarter included a charge. The following quarter was better.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                    ("that quarter", "2023-05-01/2023-07-31"),
                    ("The following quarter", "2023-08-01/2023-10-31"),
                ],
            ),
            // Without its closing day, a quarter is the calendar quarter.
            (
                "Profit fell in the third quarter. The following quarter was better.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("The following quarter", "2023-10-01/2023-12-31"),
                ],
            ),
            (
                "Net income rose in the fiscal fourth quarter.",
                &[("the fiscal fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "The quarter ended with a loss.",
                &[("The quarter", "2023-07-01/2023-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-11-15");
    }

    /// A quarter without its year that has not begun is last year's when
    /// its clause is told in the past (published Saturday, January 20,
    /// 2024): (text, its times).
    #[test]
    fn a_quarter_not_begun_told_in_the_past() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "AT&T announced a drop in profits for the fourth quarter.",
                &[("the fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "Acme expects growth to resume in the second quarter.",
                &[("the second quarter", "2024-04-01/2024-06-30")],
            ),
            (
                "Sales rose in the first quarter, the company said.",
                &[("the first quarter", "2024-01-01/2024-03-31")],
            ),
        ];
        expect_resolved(&cases, "2024-01-20");
    }

    #[test]
    fn a_quarter_with_its_year_before_it() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "It lost money in the 2021 second quarter.",
                &[("the 2021 second quarter", "2021-04-01/2021-06-30")],
            ),
            (
                "It earned more than in the 2021 period.",
                &[("the 2021 period", "2021-01-01/2021-12-31")],
            ),
            (
                "It earned $5 million in the year-ago third quarter.",
                &[("the year-ago third quarter", "2022-07-01/2022-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "the current" week, month, quarter or year holds the publication
    /// date (Thursday, December 28, 2023).
    #[test]
    fn the_current_period() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Orders rose in the current quarter.",
                &[("the current quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "The firm expects a loss for the current year.",
                &[("the current year", "2023-01-01/2023-12-31")],
            ),
            ("The current account widened.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "the day before" or "after" a time that names one day is the day
    /// beside it; one that names no day reads nothing (published Thursday,
    /// December 28, 2023).
    #[test]
    fn the_day_beside_a_day() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "The day before last Tuesday's hearing, the lawyers met.",
                &[("The day before last Tuesday's", "2023-12-25/2023-12-25")],
            ),
            (
                "Shops reopened the day after Christmas.",
                &[("the day after Christmas", "2023-12-26/2023-12-26")],
            ),
            ("Shops reopened the day after the election.", &[]),
            (
                "Prices rose the day after last week's vote.",
                &[("last week's", "2023-12-18/2023-12-24")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
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

    /// A time that owns what follows it is still that time (published
    /// Thursday, December 28, 2023).
    #[test]
    fn possessive_times() {
        let cases: [(&str, &[(&str, &str)]); 6] = [
            (
                "The agency revised November's jobs figures.",
                &[("November's", "2023-11-01/2023-11-30")],
            ),
            (
                "Investors cheered yesterday's vote.",
                &[("yesterday's", "2023-12-27/2023-12-27")],
            ),
            ("The tool suits today's students.", &[]),
            ("Theresa May's cabinet met.", &[]),
            // "today's" owning a thing of one day is that day.
            (
                "The offer was advertised in today's editions of the paper.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
            (
                "Now for today's geography quiz.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A range of years ends by 2100; one that runs past it is a range of
    /// something else.
    #[test]
    fn a_range_of_years_ends_by_2100() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            ("Adults need about 2000 - 2500 calories a day.", &[]),
            (
                "Between 1600 and 1900 the town grew slowly.",
                &[("Between 1600 and 1900", "1600-01-01/1900-12-31")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day word that ends a name ("USA TODAY"), names a programme in
    /// capitals inside its sentence ("on Today") or names an age after "of"
    /// ("the candidates of tomorrow") is no day.
    #[test]
    fn a_day_word_in_a_name_is_no_day() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            ("USA TODAY reported the figures.", &[]),
            ("A USA Today poll found a lead.", &[]),
            (
                "She said on Harbor FM's Today show that she would run.",
                &[],
            ),
            (
                "He told Quill Radio 4's Today programme that prices would fall.",
                &[],
            ),
            ("He appeared on Today with the mayor.", &[]),
            (
                "10 Things to Know for Today.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
            (
                "The mayor, today, closed the pier.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "On Monday the pier closed. Today, it reopened.",
                &[
                    ("Monday", "2023-12-25/2023-12-25"),
                    ("Today", "2023-12-28/2023-12-28"),
                ],
            ),
            ("He spoke for the candidates of tomorrow.", &[]),
            ("They rejected the policies of yesterday.", &[]),
            (
                "As of today, the office is closed.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "Today the senator returned the money.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// Years said aloud, as broadcast transcripts write them (published
    /// Thursday, December 28, 2023).
    #[test]
    fn spoken_years() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "In nineteen eighty-four the mill closed.",
                &[("nineteen eighty-four", "1984-01-01/1984-12-31")],
            ),
            (
                "March nineteen ninety-two. The flood came.",
                &[("March nineteen ninety-two", "1992-03-01/1992-03-31")],
            ),
            (
                "The plan runs to the year two thousand.",
                &[("the year two thousand", "2000-01-01/2000-12-31")],
            ),
            (
                "The port reopened in twenty twelve.",
                &[("twenty twelve", "2012-01-01/2012-12-31")],
            ),
            ("Two thousand people marched.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A verb of intent before "to" points its clause's month or weekday
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_verb_of_intent_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Officials hope to finish the road in May.",
                &[("in May", "2024-05-01/2024-05-31")],
            ),
            (
                "The union aims to strike on Monday.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The mayor intends to sign the bill Friday.",
                &[("Friday", "2023-06-16/2023-06-16")],
            ),
            (
                "He said the party wants to hold its vote in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            // Without "to" the verb is a noun's or says nothing of the time.
            (
                "The hope of May faded.",
                &[("May", "2023-05-01/2023-05-31")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }

    /// The present of a verb of a scheduled event points its day or month
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_scheduled_event_in_the_present_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The council meets Monday to discuss the budget.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The two leaders reconvene Monday with the envoy.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The museum reopens in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            (
                "The minister flies to Paris on Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "The bill, passed Monday, takes effect Friday.",
                &[
                    ("Monday", "2023-06-12/2023-06-12"),
                    ("Friday", "2023-06-16/2023-06-16"),
                ],
            ),
            (
                "The minister leaves for Paris Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "Congress returns Monday from its recess.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            // A noun, an infinitive after a past verb, a negated past.
            (
                "The track meet Saturday drew crowds.",
                &[("Saturday", "2023-06-10/2023-06-10")],
            ),
            (
                "The two sides failed to resume talks Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
            (
                "The two sides did not reconvene Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }

    /// Decades and centuries: a decade said without its century is the
    /// latest begun by publication (published Thursday, December 28, 2023).
    #[test]
    fn decades_and_centuries() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Crime fell in the 1990s.",
                &[("the 1990s", "1990-01-01/1999-12-31")],
            ),
            (
                "Growth was high through the nineties.",
                &[("the nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "He grew up in the '80s.",
                &[("the '80s", "1980-01-01/1989-12-31")],
            ),
            (
                "Prices rose in the early 1990s and fell in the mid-1990s.",
                &[
                    ("the early 1990s", "1990-01-01/1999-12-31"),
                    ("the mid-1990s", "1990-01-01/1999-12-31"),
                ],
            ),
            (
                "The mill ran through the 1800s and the early 1900s.",
                &[
                    ("the 1800s", "1800-01-01/1899-12-31"),
                    ("the early 1900s", "1900-01-01/1999-12-31"),
                ],
            ),
            (
                "Prices fell in the 2000s.",
                &[("the 2000s", "2000-01-01/2009-12-31")],
            ),
            (
                "She was born in the late nineties.",
                &[("the late nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "The 20th century saw two wars.",
                &[("The 20th century", "1900-01-01/1999-12-31")],
            ),
            (
                "A 19th-century church burned.",
                &[("19th-century", "1800-01-01/1899-12-31")],
            ),
            (
                "The fabled 11th century temple drew crowds.",
                &[("11th century", "1000-01-01/1099-12-31")],
            ),
            (
                "The twenty-first-century economy is new.",
                &[("The twenty-first-century", "2000-01-01/2099-12-31")],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// An age, degrees, a name and a century before the calendar's years
    /// are no decade or century; without publication a decade said
    /// without its century is left unresolved.
    #[test]
    fn no_decade_or_century() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("She is in her nineties.", &[]),
            ("He ran 21st Century Fox.", &[]),
            ("Highs were in the nineties.", &[]),
            ("The wall was built in the fifth century BC.", &[]),
        ];
        expect_resolved(cases, "2023-12-28");
        assert_eq!(
            resolve("Crime fell in the nineties.", None),
            [("the nineties".to_string(), None)]
        );
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

    /// Holidays on a fixed day and on a weekday counted in their month
    /// (published Thursday, December 28, 2023).
    #[test]
    fn holidays() {
        let cases: [(&str, &[(&str, &str)]); 16] = [
            (
                "Shops closed on Christmas Eve.",
                &[("Christmas Eve", "2023-12-24/2023-12-24")],
            ),
            (
                "The boat sank on Thanksgiving Day.",
                &[("Thanksgiving Day", "2023-11-23/2023-11-23")],
            ),
            (
                "Stores opened on Labor Day.",
                &[("Labor Day", "2023-09-04/2023-09-04")],
            ),
            (
                "The pool opened on Memorial Day.",
                &[("Memorial Day", "2023-05-29/2023-05-29")],
            ),
            ("The election was close.", &[]),
            (
                "Crowds gathered on Good Friday.",
                &[("Good Friday", "2023-04-07/2023-04-07")],
            ),
            (
                "Shops closed on Easter Monday.",
                &[("Easter Monday", "2023-04-10/2023-04-10")],
            ),
            (
                "Police charged 40 drivers over the Easter long weekend.",
                &[("Easter long weekend", "2023-04-07/2023-04-10")],
            ),
            (
                "The sale began on Boxing Day.",
                &[("Boxing Day", "2023-12-26/2023-12-26")],
            ),
            (
                "Veterans marched on Anzac Day and on Canada Day.",
                &[
                    ("Anzac Day", "2023-04-25/2023-04-25"),
                    ("Canada Day", "2023-07-01/2023-07-01"),
                ],
            ),
            (
                "Pilgrims arrived as Easter week began.",
                &[("Easter week", "2024-03-25/2024-03-31")],
            ),
            // A holiday's name inside a proper name is no day.
            (
                "He signed the Good Friday Agreement and flew to Easter Island.",
                &[],
            ),
            ("Canada won the match.", &[]),
            (
                "The ban began on New Year's Day; he spoke on New Year’s Eve.",
                &[
                    ("New Year's Day", "2023-01-01/2023-01-01"),
                    ("New Year’s Eve", "2022-12-31/2022-12-31"),
                ],
            ),
            (
                "Shops will shut on Good Friday.",
                &[("Good Friday", "2024-03-29/2024-03-29")],
            ),
            // Only a holiday that is its clause's time takes the tense.
            (
                "The debate was held the Saturday before Christmas.",
                &[
                    ("Saturday", "2023-12-23/2023-12-23"),
                    ("Christmas", "2023-12-25/2023-12-25"),
                ],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A year that dates the noun after it, after a determiner or a
    /// preposition, is a year even before a name.
    #[test]
    fn a_year_before_what_it_dates() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "The 2004 Summer Games drew crowds.",
                &[("2004", "2004-01-01/2004-12-31")],
            ),
            (
                "Critics opposed the 1986 Tax Reform Act.",
                &[("1986", "1986-01-01/1986-12-31")],
            ),
            (
                "A 1997 statute covers the port.",
                &[("1997", "1997-01-01/1997-12-31")],
            ),
            (
                "That 1972 treaty still binds both sides.",
                &[("1972", "1972-01-01/1972-12-31")],
            ),
            (
                "In 1990 Congress rewrote the rules.",
                &[("1990", "1990-01-01/1990-12-31")],
            ),
            // A name between a year and an event or a report it dates.
            (
                "A 2015 Marist survey found the same.",
                &[("2015", "2015-01-01/2015-12-31")],
            ),
            (
                "She ran his 2012 Senate campaign.",
                &[("2012", "2012-01-01/2012-12-31")],
            ),
            (
                "Analysts cut their 2024 Acme Foods earnings estimates.",
                &[("2024", "2024-01-01/2024-12-31")],
            ),
            // A name alone after a year may be a model.
            ("Police found his 2009 Honda Civic abandoned.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    #[test]
    fn years_before_1900_need_a_preposition_of_time() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "The fort fell in 1864, after a siege.",
                &[("1864", "1864-01-01/1864-12-31")],
            ),
            ("The index closed at 1500.", &[]),
            ("Power returned in 1500 homes.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A weekday or month after "each" or "every" recurs, as does a weekday
    /// before the plural of a part of a day; it is no one day.
    #[test]
    fn recurring_days_are_no_times() {
        for text in [
            "Orangemen march each July from their church.",
            "A third flight departs every Thursday.",
            "The club meets each Monday night.",
            "Two flights leave on Monday and Tuesday nights.",
            "The market opens Saturday mornings.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
        // One night is one day.
        assert_eq!(
            resolve("The fire broke out Monday night.", Some("2023-12-28")).len(),
            1
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

    /// "fiscal 1990" is the twelve months to the end of the fiscal year the
    /// article states anywhere, or else the US federal fiscal year; a year
    /// ending in January or February fixes no days (published 1989-10-26):
    /// (text, its fiscal years).
    #[test]
    fn a_fiscal_year_ends_where_the_article_says() {
        let cases: [(&str, Option<&str>); 8] = [
            (
                "In fiscal 1990 the mill expects more. Its fiscal years end June 30.",
                Some("1989-07-01/1990-06-30"),
            ),
            // An earnings report's "the year ended" states its fiscal year
            // without the word "fiscal".
            (
                "The firm expects profit in the year ending June 30, 1990, to fall. \
                 In fiscal 1990 it expects less.",
                Some("1989-07-01/1990-06-30"),
            ),
            (
                "For the year ended Aug. 31, the mill earned $2 million. In fiscal 1990 it expects more.",
                Some("1989-09-01/1990-08-31"),
            ),
            (
                "Sales in the six months ended Aug. 31 rose. In fiscal 1990 it expects more.",
                Some("1989-10-01/1990-09-30"),
            ),
            (
                "The fiscal year that ended in March was weak. In fiscal 1990 it expects more.",
                Some("1989-04-01/1990-03-31"),
            ),
            (
                "In fiscal 1990 the agency expects more.",
                Some("1989-10-01/1990-09-30"),
            ),
            (
                "The chain's fiscal year ends Jan. 31. In fiscal 1990 it expects more.",
                None,
            ),
            (
                "Acme's fiscal year ends June 30 and Brill's fiscal year ends March 31. \
                 In fiscal 1990 both expect more.",
                Some("1989-10-01/1990-09-30"),
            ),
        ];
        for (text, want) in cases {
            let fiscal: Vec<Option<String>> = resolve(text, Some("1989-10-26"))
                .into_iter()
                .filter(|(span, _)| span == "fiscal 1990")
                .map(|(_, days)| days)
                .collect();
            assert_eq!(fiscal, vec![want.map(String::from)], "{text}");
        }
    }

    /// A fiscal quarter is a quarter of the fiscal year the article states;
    /// without one stated it is the calendar quarter (published Thursday,
    /// October 26, 1989).
    #[test]
    fn a_fiscal_quarter_is_of_the_stated_fiscal_year() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Its fiscal year ends June 30. Profit rose in the fiscal first quarter.",
                &[
                    ("June 30", "1989-06-30/1989-06-30"),
                    ("the fiscal first quarter", "1989-07-01/1989-09-30"),
                ],
            ),
            (
                "Its fiscal years end Sept. 30. It expects a loss in the fiscal second quarter.",
                &[("the fiscal second quarter", "1990-01-01/1990-03-31")],
            ),
            (
                "Its fiscal years end June 30. Sales fell in the fiscal third quarter.",
                &[("the fiscal third quarter", "1989-01-01/1989-03-31")],
            ),
            (
                "Profit rose in the fiscal first quarter.",
                &[("the fiscal first quarter", "1989-01-01/1989-03-31")],
            ),
            // "fiscal-first" joins the words of "fiscal first".
            (
                "Its fiscal year ends June 30. Profit rose in the fiscal-first quarter.",
                &[
                    ("June 30", "1989-06-30/1989-06-30"),
                    ("the fiscal-first quarter", "1989-07-01/1989-09-30"),
                ],
            ),
            (
                "Acme earned C$4.7 million for the fiscal-first quarter ended Sept. 30. Sales were C$348.2 million compared with C$307.2 a year earlier.",
                &[
                    ("the fiscal-first quarter", "1989-07-01/1989-09-30"),
                    ("Sept. 30", "1989-09-30/1989-09-30"),
                    ("a year earlier", "1988-07-01/1988-09-30"),
                ],
            ),
        ];
        expect_resolved(cases, "1989-10-26");
    }

    /// A quarter whose results are told in the past cannot be a calendar
    /// quarter not yet over: in an article that states its fiscal year's
    /// end, it is that fiscal year's quarter, though "fiscal" is not said
    /// (published Thursday, October 26, 1989).
    #[test]
    fn a_quarter_told_in_the_past_before_its_end_is_fiscal() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Acme reported a drop in fourth-quarter profit. For the year ended Sept. 30, Acme earned $9 million.",
                &[
                    ("fourth-quarter", "1989-07-01/1989-09-30"),
                    ("Sept. 30", "1989-09-30/1989-09-30"),
                ],
            ),
            (
                "Its fiscal years end Aug. 31. Acme posted a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-06-01/1989-08-31")],
            ),
            // Looked for, or with no fiscal year stated: the calendar quarter.
            (
                "Its fiscal years end Aug. 31. Acme expects a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-10-01/1989-12-31")],
            ),
            (
                "Acme reported a drop in fourth-quarter profit.",
                &[("fourth-quarter", "1989-10-01/1989-12-31")],
            ),
        ];
        expect_resolved(cases, "1989-10-26");
    }

    #[test]
    fn not_dates() {
        for text in [
            "She drove a 2012 Ford.",
            "Police found her 2009 Honda.",
            "They sold 2000 tickets.",
            "It may rain.",
            "The night was loud.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
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
