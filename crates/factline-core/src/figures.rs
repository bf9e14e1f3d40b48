//! Reads the numbers a text states: digits with separators, decimals, number
//! words, fractions, scales, money, percentages, ranges and tallies, with the
//! qualifier before them and the unit or counted noun after them.
//!
//! Years, ordinals, clock times, codes and names ("Title 42", "COVID-19", "a
//! 2012 Ford") and dates are not figures, nor is the length of a time ("two
//! years ago", "the past two weeks"), which belongs to the time, the ages
//! that name a group ("voters aged 18 to 29") or a place in a ranking ("the
//! top three").
//!
//! How a figure is read (the submodule that holds each step in parentheses):
//!
//! 1. Once for the article: whether it writes its thousands with dots
//!    (`digits`), which dollar a bare "$" is (`dollars`), and whether it
//!    writes amounts in rupees (`rupees`).
//! 2. In each sentence, headlines included, a token inside a time or ending
//!    its day range is skipped (`periods`); at a token that opens a number
//!    (`numbers`), a figure is read up to the next time (`periods`), by
//!    `Reader::figure` (`figure`), in this order:
//!    - the number itself: digits, words, fractions and scales (`numbers`,
//!      `digits`, `scales`);
//!    - none if it is a year, an age that names a group, a code or a name,
//!      an unsure "m", a phone number, a call sign, an innings score or a
//!      bare "one" (`no_figure`, `ages`, `names`, `tallies`, `shares`);
//!    - the sign and currency before it (`currency`) and an "m" after money;
//!    - the qualifier before it (`qualifiers`), or the words that make it
//!      one person's age (`ages`);
//!    - a ratio (`shares`), or a range or tally (`ranges`);
//!    - the unit after it (`units`): a reading on a scale, a share
//!      (`shares`), a measure or a bound joined to it (`joined`,
//!      `qualifiers`), a unit against the digits (`units`, `metres`,
//!      `temperatures`), or the noun it counts (`counted`, `named_groups`)
//!      and the rate it is given by (`periods`); then the currency the
//!      article gives an amount in crore (`rupees`);
//!    - none if it has no unit and is a rank or opens a name (`no_figure`,
//!      `names`); then a range that repeats its unit (`ranges`), and a
//!      duration after "over" or "under" read as a span (`periods`);
//!    - where no figure is read, a tally is stepped over (`tallies`).
//! 3. Each figure takes from the one before it a conversion's qualifier and
//!    a tally's unit (`neighbours`, `tallies`).

use crate::evidence::FigureRule;
use crate::segment::{Document, Segments};
use crate::times::TimeExpr;

mod ages;
mod counted;
mod currency;
mod digits;
mod dollars;
mod figure;
mod joined;
mod metres;
mod named_groups;
mod names;
mod neighbours;
mod no_figure;
mod numbers;
mod periods;
mod qualifiers;
mod ranges;
mod rupees;
mod scales;
mod shares;
mod tallies;
mod temperatures;
#[cfg(test)]
mod test_support;
mod units;

use digits::writes_thousands_with_dots;
use dollars::article_dollar;
use neighbours::share_with_neighbours;
use numbers::opens_number;
use periods::is_part_of_time;
use rupees::writes_rupees;
use units::is_plain_unit;

/// A figure as token indices `first..end`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureExpr {
    pub first: usize,
    pub end: usize,
    pub value: f64,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    /// How its number and unit were read.
    pub rule: FigureRule,
}

#[derive(Clone, Copy)]
struct Reader<'a> {
    doc: Document<'a>,
    /// The article writes thousands with dots ([`writes_thousands_with_dots`]).
    dots_group_thousands: bool,
    /// The currency of a bare "$" in the article ([`article_dollar`]).
    dollar: &'static str,
    /// The article writes amounts in rupees somewhere ([`writes_rupees`]).
    rupees: bool,
}

impl Reader<'_> {
    fn attached(&self, i: usize) -> bool {
        self.doc.token(i).is_some_and(|t| !t.space_before)
    }
}

/// Finds every figure outside page furniture and outside the given time
/// spans ([`is_part_of_time`]). A line set aside only for its headline form
/// is read: its figures are the article's, whether it is a headline or a
/// list item of statistics. There a figure needs a plain unit
/// ([`is_plain_unit`]), since the times stage skips such lines and a bare
/// number in one ("Published Dec 20", "by 2120", "the 90049 ZIP Code") is as
/// likely a date or a code.
pub(crate) fn find_figures(text: &str, segments: &Segments, times: &[TimeExpr]) -> Vec<FigureExpr> {
    let mut figures: Vec<FigureExpr> = Vec::new();
    let mut time_at = 0;
    let dots_group_thousands = writes_thousands_with_dots(text, &segments.tokens);
    let dollar = article_dollar(text, segments);
    let rupees = writes_rupees(text, &segments.tokens);
    for sentence in segments
        .sentences
        .iter()
        .filter(|s| !s.boilerplate || s.headline)
    {
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(sentence.first, sentence.end),
            dots_group_thousands,
            dollar,
            rupees,
        };
        let mut i = sentence.first;
        while i < sentence.end {
            while times.get(time_at).is_some_and(|t| t.end <= i) {
                time_at += 1;
            }
            if times
                .get(time_at)
                .is_some_and(|time| is_part_of_time(time, i))
            {
                i += 1;
                continue;
            }
            let time_before = time_at.checked_sub(1).and_then(|k| times.get(k));
            if time_before.is_some_and(|time| reader.ends_day_range(time, i)) {
                i += 1;
                continue;
            }
            let starts_number = reader.doc.token(i).is_some_and(|t| opens_number(t, text));
            let found = starts_number
                .then(|| reader.figure_before_time(i, times.get(time_at)))
                .flatten()
                .filter(|f| {
                    let clear_of_times = times.get(time_at).is_none_or(|t| t.first >= f.end);
                    clear_of_times
                        && f.first >= figures.last().map_or(0, |l| l.end)
                        && (!sentence.headline || f.unit.as_deref().is_some_and(is_plain_unit))
                });
            match found {
                Some(figure) => {
                    i = figure.end;
                    figures.push(figure);
                }
                // A tally is no figure, and its second number no minus.
                None => i = reader.tally_end(i).unwrap_or(i + 1),
            }
        }
    }
    share_with_neighbours(&Document::new(text, &segments.tokens), &mut figures);
    figures
}
