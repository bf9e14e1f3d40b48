//! Ranges: two numbers joined by "to", "and" or a dash ("5 to 10",
//! "between 5 and 10", "8–10"), with the unit the second repeats, unless
//! the second is the level a change reached ("rose by 5 to 10").

use super::currency::CURRENCY_CODES;
use super::digits::parse_digits;
use super::joined::multiple_of;
use super::{FigureExpr, Reader};
use crate::grammar::{number_word, CHANGE_VERBS};
use crate::lex::{word_is, Kind};

/// The words that join the two ends of a range of numbers: "from 350 to
/// 300", "between 18 and 24", "2010-2014".
pub(super) const RANGE_JOINERS: &[&str] = &["to", "and", "-", "–"];

impl Reader<'_> {
    /// A range whose second number repeats the first one's unit, which
    /// `range` cannot see past: "RM120,000 to RM300,000", "between 15kHz
    /// and 17kHz". One figure, valued by its first number, as "8–10 weeks"
    /// is.
    pub(super) fn range_with_unit_repeated(&self, figure: FigureExpr, between: bool) -> FigureExpr {
        let joiner = self.doc.word(figure.end);
        let joins = word_is(joiner, "to")
            || matches!(joiner, "-" | "–")
            || (between && word_is(joiner, "and"));
        let number_at = (figure.end + 1..figure.end + 3)
            .find(|k| self.doc.token(*k).is_some_and(|t| t.kind == Kind::Number));
        let second = number_at
            .filter(|_| joins && figure.unit.is_some())
            .and_then(|k| self.figure(k))
            .filter(|second| {
                second.first == figure.end + 1
                    && second.unit == figure.unit
                    && second.qualifier.is_none()
                    // A range rises; a falling pair is a score or a
                    // comparison ("leads 47.1 percent to 41.7 percent").
                    && second.value > figure.value
                    && !self.follows_change(figure.first)
                    && !self.changed_by_then_level(figure.first, figure.value, second.value)
            });
        match second {
            Some(second) => FigureExpr {
                end: second.end,
                ..figure
            },
            None => figure,
        }
    }

    /// Whether the figure that starts at `first` is the size of a change,
    /// right after a verb of change ("rose 6 pence"), so that "to" after it
    /// names the level reached. After "by" it may be either: "grew by $40
    /// billion to $400 billion" is a change, "cut costs by $3 million to $4
    /// million" a range.
    fn follows_change(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .filter(|p| *p >= self.doc.first)
            .is_some_and(|p| CHANGE_VERBS.contains(self.doc.word(p)))
    }

    /// Whether the amount at `at`, with its currency before it, after "by"
    /// and a verb of change, is the change and `second`, more than five
    /// times its size, the level reached: "the population grew by 430,000
    /// to 40.1 million", "rose by $6.2 billion to $48.5 billion". "By" names
    /// a change more surely than a verb alone (`changed_then_level`), so a
    /// smaller gap serves; a range's ends are of a size ("dropped by 1 to
    /// 1.5 metres", "cut costs by $2 million to $4 million").
    fn changed_by_then_level(&self, at: usize, value: f64, second: f64) -> bool {
        let first = self.currency_before(at).map_or(at, |(p, _)| p);
        let by = first
            .checked_sub(1)
            .filter(|by| *by > self.doc.first && word_is(self.doc.word(*by), "by"));
        by.is_some_and(|by| CHANGE_VERBS.contains(self.doc.word(by - 1))) && second > 5.0 * value
    }

    /// Whether `second` is the level a change at `at` of `value` reached, not
    /// a range's end: after a verb of change, with "by" or without.
    fn reaches_level(&self, at: usize, value: f64, second: f64) -> bool {
        self.changed_by_then_level(at, value, second) || self.changed_then_level(at, value, second)
    }

    /// Whether the number at `at`, with its currency before it, right after
    /// a verb of change, is the change and `second`, ten times or more its
    /// size, the level reached: "shares jumped 3 to 48", "surged 4 5/8 to
    /// 112 5/8". A range's ends are of a size ("rose 3 to 5 points").
    fn changed_then_level(&self, at: usize, value: f64, second: f64) -> bool {
        let first = self.currency_before(at).map_or(at, |(p, _)| p);
        self.follows_change(first) && second >= 10.0 * value
    }

    /// Ranges and tallies: "5 to 10", "between 5 and 10", "8–10", "286-134",
    /// "4.8 percent to 4.7 percent". The figure's end and value with the
    /// second number, whose scale the first may share.
    pub(super) fn range(&self, i: usize, end: usize, value: f64, between: bool) -> (usize, f64) {
        let word = self.doc.word(i);
        let percent_first = self.percent_words(end);
        let joiner_at = end + percent_first.unwrap_or(0);
        let joiner = self.doc.word(joiner_at);
        let joins = matches!(joiner, "-" | "–" | "—")
            || word_is(joiner, "to")
            || (word_is(joiner, "or") && number_word(word).is_some())
            || (between && word_is(joiner, "and"));
        if !joins || self.opens_no_range(i, end) {
            return (end, value);
        }
        let mut k = joiner_at + 1;
        let currency = matches!(self.doc.word(k), "$" | "€" | "£");
        if currency {
            k += 1;
            if CURRENCY_CODES.get(self.doc.word(k)).is_some() && self.attached(k) {
                k += 1;
            }
        }
        // A percentage does not run into an amount of money.
        if currency && percent_first.is_some() {
            k = usize::MAX;
        }
        let second = self
            .doc
            .token(k)
            .map(|t| t.text(self.doc.text))
            .and_then(|w| parse_digits(w, self.dots_group_thousands).or_else(|| number_word(w)));
        // After a percentage only another one closes a range: "rose 4.2%
        // to 311.50" is a change and then the level it reached.
        let core = self
            .core(k)
            .filter(|(e, _)| percent_first.is_none() || self.percent_words(*e).is_some());
        // A range rises. A falling pair is a score or a comparison ("leads
        // 47.1 percent to 41.7 percent"), two figures, unless "from" opens
        // it as a change written as one ("fell from 61 percent to 55").
        let from = word_is(self.doc.word(i.wrapping_sub(1)), "from");
        // A percent after the second alone is the range's: "rose by 1 to 10 percent".
        let percent_shared = |e| percent_first.is_none() && self.percent_words(e).is_some();
        let level = |e, scaled| !percent_shared(e) && self.reaches_level(i, value, scaled);
        let core = core.filter(|&(e, scaled)| from || scaled > value && !level(e, scaled));
        if let (Some((e, scaled)), Some(raw)) = (core, second) {
            // "$10 to $15 billion", "four to five thousand": the scale is
            // shared, unless the first number is already the larger one
            // ("$800,000 to $1.3 million"); a fraction is no scale ("1/8 to 31 7/8").
            let scaled_second = e > k + 1 && self.mixed_fraction(k).is_none();
            let shared = end == i + 1 && scaled_second && raw != 0.0 && value < raw;
            return (
                e,
                if shared {
                    value * (scaled / raw)
                } else {
                    value
                },
            );
        }
        (end, value)
    }

    /// Whether the number at `i..end` opens no range: a multiple ("grew
    /// sixfold to $3 billion") or a part of a point ("cut rates by a
    /// half-point to 5 per cent").
    fn opens_no_range(&self, i: usize, end: usize) -> bool {
        let point = end
            .checked_sub(1)
            .is_some_and(|last| self.part_of_a_point_in_one_word(last).is_some());
        multiple_of(self.doc.word(i)).is_some() || point
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figure_texts, check_figures, figure_words, Case};

    /// A range whose second number repeats the unit is one figure, valued
    /// by its first number.
    #[test]
    fn ranges_that_repeat_their_unit() {
        let cases: &[Case] = &[
            (
                "Flats sell for RM250,000 to RM400,000.",
                "RM250,000 to RM400,000",
                250_000.0,
                Some("MYR"),
                None,
            ),
            (
                "Bats hear between 20kHz and 120kHz.",
                "between 20kHz and 120kHz",
                20.0,
                Some("khz"),
                None,
            ),
        ];
        check_figures(cases);
        // A falling pair is two figures: a score, not a range.
        check_figure_texts(&[(
            "Roe leads Doe 47.1 percent to 41.7 percent.",
            &["47.1 percent", "41.7 percent"],
        )]);
    }

    /// Market reports give a change in percent and then the level it
    /// reached: two figures, not a range from one to the other; nor is a
    /// range the first number of another.
    #[test]
    fn a_change_is_no_range() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Shares of the brewer rose 4.2% to 311.50 on Tuesday.",
                &["4.2%", "311.50"],
            ),
            (
                "The index fell 1.3 per cent to 7,204.6.",
                &["1.3 per cent", "7,204.6"],
            ),
            (
                "The stock gained 2 percent to 88 cents.",
                &["2 percent", "88 cents"],
            ),
            (
                "Turnout fell from 61 percent to 55 percent.",
                &["61 percent to 55 percent"],
            ),
            ("Support ranged 5% to 9%.", &["5% to 9%"]),
            (
                "Shares rose 6 pence to 410 pence.",
                &["6 pence", "410 pence"],
            ),
            (
                "Costs grew by 3 cents to 4 cents a share.",
                &["3 cents to 4 cents"],
            ),
            (
                "The fee rose from $10 to $12 to $15.",
                &["$10 to $12", "$15"],
            ),
            (
                "Growth was cut from 5 to 7 per cent to 3 to 5 per cent.",
                &["5 to 7 per cent", "3 to 5 per cent"],
            ),
            (
                "The population grew by 430,000 to 40.1 million.",
                &["430,000", "40.1 million"],
            ),
            ("The lake dropped by 1 to 1.5 metres.", &["1 to 1.5 metres"]),
            ("Prices rose by 1 to 10 percent.", &["1 to 10 percent"]),
            (
                "Support rose by 5 percent to 60 percent.",
                &["5 percent", "60 percent"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(figure_words(text), *expected, "{text}");
        }
    }
}
