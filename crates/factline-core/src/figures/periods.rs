//! Figures beside times and spans: a number inside a time or ending its
//! day range is none, a figure stops at the next time, a duration after
//! "over" or "under" is the span, and the unit money or a measure is given
//! by ("per barrel", "$2.05/L", "145.9p a litre", "35 hours a week").

use super::scales::OPENING_ARTICLES;
use super::units::is_attached_unit;
use super::{FigureExpr, Reader};
use crate::grammar::SPAN_BACK_WORDS;
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Table, Token};
use crate::times::TimeExpr;

/// Verbs of lasting, and the prepositions of a length: "over three days"
/// after one is more than three days ("lasted over", "for over", "the
/// highest in over 15 years", "finished in under two hours", "after over
/// six weeks"); elsewhere "over three days" is the span something happened
/// in.
const LENGTH_WORDS: &[&str] = &[
    "last", "lasts", "lasted", "took", "take", "takes", "spent", "spend", "waited", "wait", "for",
    "in", "within", "after",
];

/// The spans of time, in the singular: a measure given by one after an
/// article is a rate ("35 hours a week", "80 kilometres an hour"), and a
/// number of them after "over" the span something happened in ("over
/// three days").
static SPANS_OF_TIME: Lexicon = Lexicon::new(&["minute", "hour", "day", "week", "month", "year"]);

/// Units' symbols that price a good after a slash, with the unit they
/// name, where the symbol alone is too short or too rare to read as a
/// unit elsewhere: "$2.05/L" is per litre, "$8,900/t" per tonne, "$80/bbl"
/// per barrel, as the Australian, Canadian and commodity pages write them.
static SLASHED_SYMBOLS: Table<&str> =
    Table::new(&[("l", "litre"), ("t", "tonne"), ("bbl", "barrel")]);

/// The spans money is paid by, abbreviated in lower case as British
/// adverts and property pages write them, with the span: "£40,000 pa" a
/// year, "£1,200 pcm" a calendar month, "£300pw" a week. In capitals "PA"
/// is a news agency.
pub(super) static RATE_ABBREVIATIONS: Table<&str> = Table::new(&[
    ("pa", "year"),
    ("p.a", "year"),
    ("pcm", "month"),
    ("pw", "week"),
]);

/// Whether the token at `i` belongs to `time`, the first time that ends
/// after it: a number inside a time is the time's own, not a figure. That
/// holds for its day and year ("December 27, 2023") and as much for its
/// length: "two years ago", "the past two weeks", "in the last 12 months"
/// and "two days after the election" say when, and a reader wants them
/// among the times, not among the amounts. A figure whose period such a
/// time is keeps it, and its rate (see [`crate::rates`]).
pub(super) fn is_part_of_time(time: &TimeExpr, i: usize) -> bool {
    time.first <= i
}

impl Reader<'_> {
    /// Whether the digits at `i` are the last day of a range that `time`
    /// opens: the time is "Sept. 20" in "Sept. 20-24", and "24" is a day,
    /// not a figure.
    pub(super) fn ends_day_range(&self, time: &TimeExpr, i: usize) -> bool {
        let dash = i.checked_sub(1).filter(|dash| *dash == time.end);
        dash.is_some_and(|dash| {
            matches!(self.doc.word(dash), "-" | "–")
                && self.attached(dash)
                && self.attached(i)
                && self.doc.token(i).is_some_and(|t| t.kind == Kind::Number)
        })
    }

    /// The figure at `i`, read only up to `time`, the next time in its
    /// sentence: a number right before a time neither counts the time's
    /// first word nor is lost in it ("the angle was 2.1 last year", "sold
    /// 300 last week"). A number that opens a range the time ends is the
    /// time's length ("five or six weeks ago"), no figure.
    pub(super) fn figure_before_time(
        &self,
        i: usize,
        time: Option<&TimeExpr>,
    ) -> Option<FigureExpr> {
        let figure = self.figure(i)?;
        match time.filter(|time| time.first < figure.end && time.first > i) {
            Some(time) => Reader {
                doc: self.doc.within(self.doc.first, time.first),
                ..*self
            }
            .figure(i)
            .filter(|bounded| !word_in(self.doc.word(bounded.end), &["or", "to", "-", "–"])),
            None => Some(figure),
        }
    }

    /// A duration after "over" or "under" is the span something happened
    /// in ("50,000 crossed over three days"), not a bound, unless a verb of
    /// lasting comes before it ("the talks lasted over three days").
    pub(super) fn without_span_word(&self, figure: FigureExpr) -> FigureExpr {
        // The word itself, not a qualifier read from "sub-3", which stays.
        let span_word = matches!(figure.qualifier.as_deref(), Some("over" | "under"))
            && word_in(self.doc.word(figure.first), &["over", "under"]);
        let duration = figure.unit.as_deref().is_some_and(|unit| {
            self.is_measure(unit) && SPANS_OF_TIME.contains(unit.strip_suffix('s').unwrap_or(unit))
        });
        let lasting = figure
            .first
            .checked_sub(1)
            .filter(|before| *before >= self.doc.first)
            .is_some_and(|before| word_in(self.doc.word(before), LENGTH_WORDS));
        if span_word && duration && !lasting {
            FigureExpr {
                first: figure.first + 1,
                qualifier: None,
                ..figure
            }
        } else {
            figure
        }
    }

    /// Pence or cents by the unit they buy, as money is ("145.9p a litre"
    /// is pence per litre, "12c a share" cents per share): `unit`, which
    /// ends before `end`, with its rate if it is pence or cents and one
    /// follows.
    pub(super) fn pence_rate(&self, end: usize, unit: String) -> (usize, String) {
        match self
            .rate_after(end)
            .filter(|_| unit == "pence" || unit == "cents")
        {
            Some((rate_end, per)) => (rate_end, format!("{unit} per {per}")),
            None => (end, unit),
        }
    }

    /// A unit that money is given for, starting at `i`: "per barrel", "per
    /// square foot", "a month", "a share". After "a" only a measure or a
    /// share of something is one, since "$5 a …" opens other phrases too.
    pub(super) fn rate_after(&self, i: usize) -> Option<(usize, String)> {
        if let Some(rate) = self.slash_rate(i) {
            return Some(rate);
        }
        let word = self.doc.word(i);
        let lower = word.chars().all(|c| c.is_ascii_lowercase() || c == '.');
        if let Some(span) = RATE_ABBREVIATIONS.get(word).filter(|_| lower) {
            return Some((i + 1, span.to_string()));
        }
        let plain = |k: usize| {
            let w = self.doc.word(k);
            (self.doc.token(k).is_some_and(Token::is_word)
                && !is_capitalized(w)
                && w.chars().all(char::is_alphabetic))
            .then_some(w)
        };
        let noun = plain(i + 1)?;
        let per = word_is(word, "per");
        // A unit's symbol prices too: "Rs 80 a kg"; "sq" is half of one.
        let symbol = is_attached_unit(noun) && noun.len() > 1 && noun != "sq";
        let priced_unit =
            self.is_measure(noun) || symbol || word_in(noun, &["share", "head", "person"]);
        // "a year earlier" says when, not what the money buys: "rose to
        // £1.2bn from £980m a year earlier".
        let when = SPAN_BACK_WORDS.contains(self.doc.word(i + 2));
        if !(per || (OPENING_ARTICLES.contains(word) && priced_unit && !when)) {
            return None;
        }
        match plain(i + 2).filter(|_| per && word_in(noun, &["square", "cubic"])) {
            Some(measure) => Some((i + 3, format!("{noun} {measure}"))),
            None => Some((i + 2, noun.to_string())),
        }
    }

    /// A unit that money is given for after a slash against it, as price
    /// lists and the Australian and Indian press write one: "$1.95/litre",
    /// "₹80/kg", "$1,200/month", or by its symbol ([`SLASHED_SYMBOLS`]:
    /// "$2.05/L"). Its end and the unit.
    fn slash_rate(&self, i: usize) -> Option<(usize, String)> {
        let noun = self.doc.word(i + 1);
        let slashed = self.doc.word(i) == "/" && self.attached(i) && self.attached(i + 1);
        let symbol = SLASHED_SYMBOLS.get(noun);
        let unit = self.is_measure(noun) || is_attached_unit(noun) && noun.len() > 1;
        (slashed && (unit || symbol.is_some()) && self.doc.is_word(i + 1))
            .then(|| (i + 2, symbol.unwrap_or(noun).to_string()))
    }

    /// The span a measure `unit` is given by after an article, starting at
    /// `at`: "35 hours a week" is hours per week, "80 kilometres an hour"
    /// kilometres per hour. A span counted back says when ("300 tonnes a
    /// year earlier"), and a count keeps "a day" for its rate ("500
    /// migrants a day", see [`crate::rates`]).
    pub(super) fn span_rate(&self, at: usize, unit: &str) -> Option<(usize, String)> {
        let span = self.doc.word(at + 1);
        let rate = OPENING_ARTICLES.contains(self.doc.word(at))
            && SPANS_OF_TIME.contains(span)
            && self.doc.is_word(at + 1)
            && self.is_measure(unit)
            && !SPAN_BACK_WORDS.contains(self.doc.word(at + 2));
        rate.then(|| (at + 2, span.to_ascii_lowercase()))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figure_texts, check_figures, Case};

    /// A measure given by the span it is reached in is a rate of that
    /// measure, as "per" makes one: "35 hours a week" is hours per week.
    /// A span that counts back ("a year earlier") is a time, and a count of
    /// events keeps its noun for the rate [`crate::rates`] reads.
    #[test]
    fn a_measure_by_its_span_is_a_rate() {
        let cases: &[Case] = &[
            (
                "Nurses work 35-plus hours a week.",
                "35-plus hours a week",
                35.0,
                Some("hours per week"),
                Some("more than"),
            ),
            (
                "He was driving at 80 kilometres an hour.",
                "80 kilometres an hour",
                80.0,
                Some("kilometres per hour"),
                None,
            ),
            (
                "The pump moves 40 litres a minute.",
                "40 litres a minute",
                40.0,
                Some("litres per minute"),
                None,
            ),
            (
                "The limit is 40km/h near schools.",
                "40km/h",
                40.0,
                Some("km/h"),
                None,
            ),
            (
                "The mine shipped 300 tonnes a year earlier.",
                "300 tonnes",
                300.0,
                Some("tonnes"),
                None,
            ),
            (
                "About 500 migrants a day crossed.",
                "About 500 migrants",
                500.0,
                Some("migrants"),
                Some("about"),
            ),
            (
                "The bank cut by 0.25 of a percentage point.",
                "0.25 of a percentage point",
                0.25,
                Some("percentage points"),
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_number_before_a_time_stops_at_it() {
        let cases: &[(&str, &[&str])] = &[
            ("The angle was 2.1 last year.", &["2.1"]),
            ("The shop sold 300 last week.", &["300"]),
            ("Rents rose 4% last year.", &["4%"]),
            ("They got the file five or six weeks ago.", &[]),
            ("It was drafted six to eight weeks ago.", &[]),
            (
                "Ads ran in at least four Super Tuesday states.",
                &["at least four"],
            ),
        ];
        check_figure_texts(cases);
    }

    /// A length inside a time the time stage reads is the time's, and the
    /// figures beside it stay: (sentence, the figures read).
    #[test]
    fn a_length_inside_a_time_is_no_figure() {
        let cases: &[(&str, &[&str])] = &[
            ("Rents rose 4% two years ago.", &["4%"]),
            ("The plant closed about three weeks ago.", &[]),
            ("A week ago, 12 families moved in.", &["12 families"]),
            ("Ten days ago the fund held $2 million.", &["$2 million"]),
            ("Some 300 people left 18 months ago.", &["Some 300 people"]),
            (
                "The clinic treated 400 patients in the past two weeks.",
                &["400 patients"],
            ),
            ("Sales fell 3% over the last 12 months.", &["3%"]),
        ];
        check_figure_texts(cases);
    }
}
