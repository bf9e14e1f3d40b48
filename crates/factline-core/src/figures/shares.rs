//! Shares: a percentage after the number ("4%", "12 percent", "3 per
//! cent"), a ratio ("one in five"), and "half" where it is a half of
//! something ("half of all voters").

use super::digits::parse_digits;
use super::numbers::opens_number;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::grammar::{number_word, APPROXIMATIONS};
use crate::lex::{word_in, word_is, Kind, Lexicon};

/// Words after "half" that make it half of something: "half of all voters",
/// "nearly half the money".
static HALF_OF: Lexicon = Lexicon::new(&[
    "of", "the", "its", "their", "his", "her", "our", "all", "those", "these",
]);

/// Words before "half" that make it a part of a period, a measure or a
/// pair, not a share: "the second half of", "a half", "the better half".
static NOT_BEFORE_HALF: Lexicon = Lexicon::new(&[
    "a", "an", "the", "first", "second", "last", "other", "latter", "better", "final", "each",
    "lower", "upper", "top", "bottom", "front", "back",
]);

/// Words that end a bound or a limit before a "half" standing alone as a
/// share: "more than half", "at least half", "only half" (the
/// approximations, "nearly half", are the shared lexicon).
static HALF_BOUNDS: Lexicon = Lexicon::new(&["than", "least", "most", "only", "just"]);

/// Words after a bounded "half" that make it a measure's or a clock's:
/// "nearly half an hour", "about half past six".
static NOT_AFTER_BOUNDED_HALF: Lexicon = Lexicon::new(&["a", "an", "past"]);

impl Reader<'_> {
    /// Whether "half" at `i` is a share of something, a half of it:
    /// "nearly half of all voters", "Half the condos have sold". After an
    /// article or an ordinal it is a part of a period or a pair ("the
    /// second half of the year", "a half"), before "a" a measure's half
    /// ("half a percentage point"), and before a number that number's half
    /// ("less than half of 1 percent" is under 0.5 percent, not a half).
    pub(super) fn is_share_half(&self, i: usize) -> bool {
        let before = i
            .checked_sub(1)
            .filter(|p| *p >= self.doc.first)
            .map_or("", |p| self.doc.word(p));
        let of_a_number = self
            .doc
            .token(i + 2)
            .is_some_and(|t| opens_number(t, self.doc.text));
        let share = HALF_OF.contains(self.doc.word(i + 1)) || self.is_bounded_half(i, before);
        share && !NOT_BEFORE_HALF.contains(before) && !of_a_number
    }

    /// Whether "half" at `i`, after the word `before`, is a share standing
    /// alone because an approximation or a bound opens it: "more than half
    /// said no", "nearly half voted", "at least half". Before "a" or "an"
    /// it is still a measure's half ("nearly half an hour"), before "past"
    /// a clock's ("about half past six").
    fn is_bounded_half(&self, i: usize, before: &str) -> bool {
        let bounded = HALF_BOUNDS.contains(before) || APPROXIMATIONS.contains(before);
        bounded && !NOT_AFTER_BOUNDED_HALF.contains(self.doc.word(i + 1))
    }

    /// So many in so many, after the number at `i` that ends at `end`: "one
    /// in 23", "one in three", "two out of five", "4 in 10". Its end and
    /// value. A measure after the second number makes it a span instead:
    /// "the only one in three years". Digits are a part of a whole only when
    /// less than it and the whole is no year ("5 in 2019").
    pub(super) fn ratio(&self, i: usize, end: usize, value: f64) -> Option<(usize, f64)> {
        let digits = self.doc.token(i)?.kind == Kind::Number;
        if !digits {
            number_word(self.doc.word(i))?;
        }
        let out_of = word_is(self.doc.word(end), "out") && word_is(self.doc.word(end + 1), "of");
        let whole_at = match (word_is(self.doc.word(end), "in"), out_of) {
            (true, _) => end + 1,
            (_, true) => end + 2,
            _ => return None,
        };
        // "three in every 10 adults" is three in 10.
        let whole_at = whole_at + usize::from(word_is(self.doc.word(whole_at), "every"));
        let whole = self.doc.token(whole_at)?;
        let written = whole.text(self.doc.text);
        let whole_value = if whole.kind == Kind::Number {
            parse_digits(written, self.dots_group_thousands)
        } else {
            number_word(written)
        };
        let whole_value = whole_value.filter(|w| *w != 0.0)?;
        if digits && !(value < whole_value && whole_value <= 1000.0) {
            return None;
        }
        let span = self.is_measure(self.doc.word(whole_at + 1));
        (!span).then_some((whole_at + 1, value / whole_value))
    }

    /// How many words the percent mark at `at` takes: one for "%",
    /// "percent" or "pct", two for "per cent"; none if there is no mark.
    pub(super) fn percent_words(&self, at: usize) -> Option<usize> {
        let word = self.doc.word(at);
        if word == "%" || word_in(word, &["percent", "pct"]) {
            Some(1)
        } else if word_is(word, "per") && word_is(self.doc.word(at + 1), "cent") {
            Some(2)
        } else {
            None
        }
    }

    /// A share written after the figure: "4%", "12 percent", "3 per cent",
    /// "2 percentage points".
    pub(super) fn share_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        let next = self.doc.word(end);
        if let Some(words) = self.percent_words(end) {
            return Some(FigureExpr {
                end: end + words,
                unit: Some("percent".into()),
                rule: FigureRule::Percentage,
                ..figure.clone()
            });
        }
        let part_of_a_point = end
            .checked_sub(1)
            .is_some_and(|last| self.part_of_a_point_in_one_word(last).is_some());
        let points =
            word_is(next, "percentage") && word_in(self.doc.word(end + 1), &["point", "points"]);
        if part_of_a_point {
            return Some(FigureExpr {
                unit: Some("percentage points".into()),
                rule: FigureRule::PercentagePoints,
                ..figure.clone()
            });
        }
        points.then(|| FigureExpr {
            end: end + 2,
            unit: Some("percentage points".into()),
            rule: FigureRule::PercentagePoints,
            ..figure.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figures, Case};

    /// Parts of a whole, ratios and powers of ten, in words and in signs.
    #[test]
    fn parts_ratios_and_powers_of_ten() {
        let cases: &[Case] = &[
            (
                "Wages rose one per cent.",
                "one per cent",
                1.0,
                Some("percent"),
                None,
            ),
            ("A cup holds 1⁄16 of a gallon.", "1⁄16", 0.0625, None, None),
            (
                "Three in every 10 adults smoke.",
                "Three in every 10",
                0.3,
                None,
                None,
            ),
            (
                "More than 4 in 10 voters approve.",
                "More than 4 in 10",
                0.4,
                None,
                Some("more than"),
            ),
            // A year is no whole.
            ("The index stood at 5 in 2019.", "5", 5.0, None, None),
            (
                "One fourth of the town voted.",
                "One fourth",
                0.25,
                None,
                None,
            ),
            (
                "Light moves at 2.998×10^8 meters per second.",
                "2.998×10^8 meters per second",
                2.998e8,
                Some("meters per second"),
                None,
            ),
            (
                "A proton weighs about 1.67×10−27 kilograms.",
                "about 1.67×10−27 kilograms",
                1.67e-27,
                Some("kilograms"),
                Some("about"),
            ),
            (
                "One in three voters backed it.",
                "One in three",
                1.0 / 3.0,
                None,
                None,
            ),
            (
                "Two out of five homes flooded.",
                "Two out of five",
                0.4,
                None,
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn half_of_something_is_a_share() {
        let cases: &[Case] = &[
            (
                "Nearly half of all voters stayed home.",
                "Nearly half",
                0.5,
                None,
                Some("nearly"),
            ),
            ("Half the condos have sold.", "Half", 0.5, None, None),
            (
                "It employs 600 people, almost half of whom are in Ohio.",
                "almost half",
                0.5,
                None,
                Some("almost"),
            ),
        ];
        for case in cases {
            let found = figures(case.0);
            let half = found.iter().find(|f| f.0 == case.1);
            assert_eq!(
                half.map(|f| (f.1, f.2.as_deref(), f.3.as_deref())),
                Some((case.2, case.3, case.4)),
                "{}: {found:?}",
                case.0
            );
        }
        let half_of_a_figure = figures("Christians make up less than half of 1 percent of them.");
        assert_eq!(half_of_a_figure.len(), 1, "{half_of_a_figure:?}");
        assert_eq!(half_of_a_figure[0].0, "1 percent");
    }
}
