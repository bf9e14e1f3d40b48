//! Scales and fractions: the words and letters that multiply a number
//! ("million", "bn", "crore", "dozen"), also joined by hyphens
//! ("₹2.5-lakh-crore", "two-and-a-half thousand", "half-a-million"), the
//! smaller groups after a scale of a number written out ("twenty-eight
//! thousand six hundred forty-two"), a half after a whole number ("two and
//! a half years") and a fraction taken of a scale or of a percentage point
//! ("a quarter of a million", "a quarter-point").

use super::Reader;
use crate::grammar::{number_word, INDEFINITE_ARTICLES};
use crate::lex::{word_in, word_is, Kind, Lexicon, Table};

static SCALES: Table<f64> = Table::new(&[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mln", 1e6),
    ("mil", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("crore", 1e7),
    ("cr", 1e7),
    ("crores", 1e7),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("k", 1e3),
    ("dozen", 12.0),
]);

static FRACTIONS: Table<f64> = Table::new(&[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fourth", 0.25),
    ("fourths", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
    ("tenths", 0.1),
]);

/// Words of interest rates and yields, in whose sentence "a quarter-point"
/// is a quarter of a percentage point ("raised rates by a quarter-point"),
/// not a half-point scored.
static RATE_WORDS: Lexicon = Lexicon::new(&[
    "rate", "rates", "yield", "yields", "interest", "percent", "%",
]);

/// "a dozen", "an estimated": articles that may open a figure.
pub(super) static OPENING_ARTICLES: Lexicon = Lexicon::new(INDEFINITE_ARTICLES);

/// The scales that open a word, joined by hyphens, multiplied: "billion"
/// in "billion-mile", 10^12 in "lakh-crore", as the Indian press writes
/// a lakh crore ("a ₹2.5-lakh-crore plan"). After the first, only a scale
/// written out joins.
fn joined_scales(word: &str) -> Option<f64> {
    let mut parts = word.split('-');
    let first = scale(parts.next()?)?;
    Some(parts.map_while(spelled_scale).fold(first, |all, s| all * s))
}

/// The part of a hyphenated compound before its first hyphen.
pub(super) fn head_of(word: &str) -> &str {
    word.bytes()
        .position(|b| b == b'-')
        .and_then(|at| word.get(..at))
        .unwrap_or(word)
}

pub(super) fn scale(word: &str) -> Option<f64> {
    SCALES.get(word)
}

/// A scale written as a word, not a letter: "million", "dozen", not "m".
pub(super) fn spelled_scale(word: &str) -> Option<f64> {
    scale(word).filter(|_| word.len() > 2)
}

/// A whole number and a half joined by hyphens, as in "two-and-a-half
/// thousand": its value.
pub(super) fn joined_and_a_half(word: &str) -> Option<f64> {
    let (number, half) = word.split_once('-')?;
    let whole = number_word(number)?;
    word_is(half, "and-a-half").then_some(whole + 0.5)
}

pub(super) fn fraction(word: &str) -> Option<f64> {
    FRACTIONS.get(word)
}

/// A part of a scale joined into one word by hyphens, as British copy
/// writes it: "half-a-million" is 500,000, "quarter-of-a-billion" 250
/// million. Its value.
pub(super) fn joined_part_of_scale(word: &str) -> Option<f64> {
    let mut parts = word.split('-');
    let part = fraction(parts.next()?)?;
    let scale = spelled_scale(parts.next_back()?)?;
    let linked: Vec<&str> = parts.collect();
    let joins = matches!(linked.as_slice(), [a] | ["of", a] if word_in(a, INDEFINITE_ARTICLES));
    joins.then_some(part * scale)
}

/// Whether `word`, written against digits, is a scale's letter with the
/// rate the amount is given by joined to it: the "m-a-year" of
/// "£1.2m-a-year", the "bn-a-year" of "$4bn-a-year".
pub(super) fn scale_with_rate(word: &str) -> bool {
    word.split_once('-').is_some_and(|(letter, rate)| {
        let per = rate
            .split_once('-')
            .is_some_and(|(per, _)| word_in(per, &["a", "an", "per"]));
        scale(letter).is_some() && per
    })
}

impl Reader<'_> {
    /// A half written after a whole number: "two and a half years" is 2.5
    /// years, and "one and a half million" 1.5 million. The number's end and
    /// value.
    pub(super) fn and_a_half(&self, end: usize, value: f64) -> (usize, f64) {
        let written = word_is(self.doc.word(end), "and")
            && word_in(self.doc.word(end + 1), INDEFINITE_ARTICLES)
            && word_is(self.doc.word(end + 2), "half");
        if written {
            (end + 3, value + 0.5)
        } else {
            (end, value)
        }
    }

    /// A scale written out after an article, as the press writes a part of
    /// one: the "a million" of "half a million". Its end and the scale.
    pub(super) fn article_scale(&self, at: usize) -> Option<(usize, f64)> {
        let s = spelled_scale(self.doc.word(at + 1))?;
        word_in(self.doc.word(at), INDEFINITE_ARTICLES).then_some((at + 2, s))
    }

    /// A fraction that ends at `end`, taken of the scale after it: "a
    /// quarter of a million" is 250,000, "two-thirds of a billion" about
    /// 667 million. Without a scale the fraction stays: "a third of voters".
    pub(super) fn of_a_scale(&self, end: usize, value: f64) -> (usize, f64) {
        if let Some(point) = self.part_of_a_point(end) {
            return (point, value);
        }
        match self
            .article_scale(end + 1)
            .filter(|_| word_is(self.doc.word(end), "of"))
        {
            Some((scale_end, s)) => (scale_end, value * s),
            None => (end, value),
        }
    }

    /// Where "percentage point" starts when a part of one follows a
    /// fraction from `at`: the "of a" of "a quarter of a percentage point",
    /// the "a" of "half a percentage point". The share after the figure
    /// then reads its unit.
    pub(super) fn part_of_a_point(&self, at: usize) -> Option<usize> {
        let article = at + usize::from(word_is(self.doc.word(at), "of"));
        let point = article + 1;
        let is_point = word_in(self.doc.word(article), INDEFINITE_ARTICLES)
            && word_is(self.doc.word(point), "percentage")
            && word_in(self.doc.word(point + 1), &["point", "points"]);
        is_point.then_some(point)
    }

    /// A part of a percentage point in one word at `at`, in a sentence of
    /// interest rates or yields: the "quarter-point" of "raised rates by a
    /// quarter-point", the "half-point" of "a half-point cut". Its value.
    pub(super) fn part_of_a_point_in_one_word(&self, at: usize) -> Option<f64> {
        let (part, point) = self.doc.word(at).split_once('-')?;
        let of_rates =
            (self.doc.first..self.doc.end).any(|k| RATE_WORDS.contains(self.doc.word(k)));
        fraction(part).filter(|_| word_is(point, "point") && of_rates)
    }

    /// `value` times the scales from `end` on, also in compounds such as
    /// "billion-mile"; a number written in words (`spelled`) goes on with
    /// its smaller groups after them.
    pub(super) fn scaled(&self, mut end: usize, mut value: f64, spelled: bool) -> (usize, f64) {
        let mut last_scale = None;
        end += usize::from(self.hyphened_scale(end));
        while let Some(s) = joined_scales(self.doc.word(end)).filter(|_| !self.is_metres(end)) {
            // A bare letter scale ("m", "bn") only counts attached or after money.
            let letter = self.doc.word(end).len() <= 2 && !self.attached(end);
            // A value must stay a number: "trillion trillion …" stops
            // scaling before it overflows.
            let letter_kept = !letter || word_in(self.doc.word(end), &["bn", "mn", "tn", "cr"]);
            if !letter_kept || !(value * s).is_finite() {
                break;
            }
            value *= s;
            end += 1;
            last_scale = Some(s);
        }
        match last_scale.filter(|_| spelled) {
            Some(s) => self.spelled_groups(end, value, s),
            None => (end, value),
        }
    }

    /// Whether a hyphen at `at` joins the digits before it to a scale written
    /// out, as the Canadian and Indian press write an amount: "$40.1-billion",
    /// "a ₹10,000-crore project". A letter's scale is never joined so.
    fn hyphened_scale(&self, at: usize) -> bool {
        self.doc.word(at) == "-"
            && self.attached(at)
            && self.attached(at + 1)
            && self
                .doc
                .token(at.wrapping_sub(1))
                .is_some_and(|t| t.kind == Kind::Number)
            && spelled_scale(head_of(self.doc.word(at + 1))).is_some()
    }

    /// The smaller groups after a scale of a number written out in words,
    /// from `end`: "twenty-eight thousand six hundred forty-two" goes on
    /// past "thousand" to 28,642, "one hundred and fifty" past "hundred" to
    /// 150. Each group is smaller than the scale before it; a number whose
    /// scale does not fit begins another ("two thousand and three
    /// thousand"). The number's end and value.
    fn spelled_groups(
        &self,
        mut end: usize,
        mut value: f64,
        mut scale_before: f64,
    ) -> (usize, f64) {
        let spelled_scale = |k: usize| {
            let word = self.doc.word(k);
            scale(word).filter(|s| *s >= 100.0 && word.len() > 2)
        };
        loop {
            let at = end + usize::from(word_is(self.doc.word(end), "and"));
            let Some(mut group) = number_word(self.doc.word(at)).filter(|n| *n < scale_before)
            else {
                return (end, value);
            };
            let mut k = at + 1;
            let mut group_scale = None;
            while let Some(s) = spelled_scale(k).filter(|s| group * s < scale_before) {
                group *= s;
                group_scale = Some(s);
                k += 1;
            }
            if spelled_scale(k).is_some() {
                return (end, value);
            }
            value += group;
            end = k;
            match group_scale {
                Some(s) => scale_before = s,
                None => return (end, value),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figures, Case};

    #[test]
    fn numbers_written_out_in_groups() {
        let cases: &[Case] = &[
            (
                "There are twenty-eight thousand six hundred forty-two students.",
                "twenty-eight thousand six hundred forty-two students",
                28_642.0,
                Some("students"),
                None,
            ),
            (
                "The hall seats one hundred and fifty guests.",
                "one hundred and fifty guests",
                150.0,
                Some("guests"),
                None,
            ),
            (
                "Some five million five hundred thousand voters stayed home.",
                "Some five million five hundred thousand voters",
                5_500_000.0,
                Some("voters"),
                Some("some"),
            ),
            (
                "It took twenty four hours.",
                "twenty four hours",
                24.0,
                Some("hours"),
                None,
            ),
            (
                "Some thirty five thousand fans came.",
                "Some thirty five thousand fans",
                35_000.0,
                Some("fans"),
                Some("some"),
            ),
            (
                "They laid off three hundred workers.",
                "three hundred workers",
                300.0,
                Some("workers"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("Between two thousand and three thousand fans came.")[0].1,
            2000.0
        );
    }

    #[test]
    fn million_written_mil() {
        let cases: &[Case] = &[
            (
                "The sisters laundered almost RM3.06mil from victims.",
                "almost RM3.06mil",
                3_060_000.0,
                Some("MYR"),
                Some("almost"),
            ),
            (
                "The club paid $1mil for him.",
                "$1mil",
                1_000_000.0,
                Some("USD"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A part of a scale and a whole number and a half, as the press writes
    /// them: the value is the part of the scale, not the scale.
    #[test]
    fn parts_of_a_scale_and_a_half() {
        let cases: &[Case] = &[
            (
                "Nearly half a million homes lost power.",
                "Nearly half a million homes",
                5e5,
                Some("homes"),
                Some("nearly"),
            ),
            (
                "A half million people voted.",
                "A half million people",
                5e5,
                Some("people"),
                None,
            ),
            (
                "About a quarter of a million people fled.",
                "About a quarter of a million people",
                2.5e5,
                Some("people"),
                Some("about"),
            ),
            (
                "Two-thirds of a billion doses were shipped.",
                "Two-thirds of a billion doses",
                2e9 / 3.0,
                Some("doses"),
                None,
            ),
            (
                "Half a dozen people were hurt.",
                "Half a dozen people",
                6.0,
                Some("people"),
                None,
            ),
            (
                "The talks lasted two and a half years.",
                "two and a half years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "Some one and a half million people came.",
                "Some one and a half million people",
                1.5e6,
                Some("people"),
                Some("some"),
            ),
            (
                "One-and-a-half thousand tonnes were shipped.",
                "One-and-a-half thousand tonnes",
                1500.0,
                Some("tonnes"),
                None,
            ),
            (
                "A third of voters backed it.",
                "A third",
                1.0 / 3.0,
                None,
                None,
            ),
        ];
        check_figures(cases);
    }
}
