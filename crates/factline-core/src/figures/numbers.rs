//! The number itself: which token opens one, then its first word read as
//! digits ("3,000", "4½", "×10^8") or as a word ("three", "a dozen",
//! "sixfold"), with the tens and ones of speech, a mixed fraction and
//! the scales after it. Digits that begin an ordinal or a clock time are
//! none, and "the first three quarters" counts quarters, no fraction.

use super::counted::NOT_UNITS;
use super::digits::{parse_digits, prefixed_digits, JOINED_PREFIXES};
use super::joined::{joined_measure, multiple_of};
use super::periods::RATE_ABBREVIATIONS;
use super::scales::{
    fraction, joined_and_a_half, joined_part_of_scale, scale, scale_with_rate, spelled_scale,
    OPENING_ARTICLES,
};
use super::temperatures::temperature_scale;
use super::units::{is_attached_unit, unit_of_dimension, LENGTH_UNITS};
use super::Reader;
use crate::grammar::{number_word, CHANGE_VERBS, INDEFINITE_ARTICLES};
use crate::lex::{word_in, word_is, Kind, Lexicon, Table, Token};

/// The vulgar fractions typesetters set in one character, against digits
/// ("2½ years") or alone.
static VULGAR_FRACTIONS: Table<f64> = Table::new(&[
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅛", 0.125),
]);

/// Words after a number that make it a clock time.
const CLOCK_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "edt",
    "est",
    "pdt",
    "pst",
    "bst",
    "cet",
    "o'clock",
    "o’clock",
];

/// Whether `ending`, against the digits `digits`, makes them an ordinal:
/// "th" and a decade's "s" after any, "st", "nd" and "rd" only after the
/// ones they are said with ("21st", "32nd", "3rd"), so "12st" is stone.
fn is_ordinal_ending(digits: &str, ending: &str) -> bool {
    let tens = digits.len() >= 2 && digits.as_bytes()[digits.len() - 2] == b'1';
    let said_with = match digits.as_bytes().last() {
        Some(b'1') => "st",
        Some(b'2') => "nd",
        Some(b'3') => "rd",
        _ => "th",
    };
    word_in(ending, &["th", "s"]) || !tens && word_is(ending, said_with)
}

/// Words that pick quarters of a year in order before their number: "the
/// first three quarters", "the past two quarters".
static QUARTER_RUN_OPENERS: Lexicon = Lexicon::new(&[
    "first",
    "last",
    "past",
    "next",
    "final",
    "previous",
    "coming",
    "latest",
    "opening",
    "remaining",
]);

/// Verbs of a cut or a rise besides [`CHANGE_VERBS`], after which "by" and
/// a fraction is the change's share: "cut by a quarter", "to reduce
/// emissions by a third", "a goal of cutting waste by a fifth".
static SHARE_CHANGE_VERBS: Lexicon = Lexicon::new(&[
    "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "raise", "raised",
    "raises", "raising",
]);

/// Whether the token opens a number: digits, a number word, an article
/// ("a dozen"), a number word before a hyphen ("three-quarters") or a
/// prefix joined to digits ("minus-5", "sub-300").
pub(super) fn opens_number(token: &Token, text: &str) -> bool {
    if token.kind == Kind::Number {
        return true;
    }
    if !token.is_word() {
        // A vulgar fraction alone: "nearly ¾ of tenants".
        return VULGAR_FRACTIONS.get(token.text(text)).is_some();
    }
    let word = token.text(text);
    match word.split_once('-') {
        Some((head, _)) => {
            number_word(head).is_some()
                || joined_part_of_scale(word).is_some()
                || JOINED_PREFIXES
                    .iter()
                    .any(|(prefix, _, _)| word_is(head, prefix))
        }
        // Most words have no hyphen; their key is already computed.
        None => {
            crate::grammar::NUMBER_WORDS.get_key(token.key).is_some()
                || OPENING_ARTICLES.contains_key(token.key)
                || word_is(word, "half")
                || multiple_of(word).is_some()
        }
    }
}

/// The first word of a number, read: whole, or a value that the scales and
/// fractions after it may still change (the "3" of "3 million").
enum FirstWord {
    Whole(usize, f64),
    Scalable(f64),
}

impl Reader<'_> {
    /// A power of ten written against a number's digits from `at`, as
    /// science pages read when their superscripts are lost: "×10−30",
    /// "×10^8". Its end and exponent. Without a caret or a sign the
    /// exponent's digits cannot be told from the ten's, so it is none.
    fn power_of_ten(&self, at: usize) -> Option<(usize, i32)> {
        let times = self.doc.word(at) == "×"
            && self.attached(at)
            && self.doc.word(at + 1) == "10"
            && self.attached(at + 1);
        if !times {
            return None;
        }
        let caret = self.doc.word(at + 2) == "^" && self.attached(at + 2);
        let sign_at = at + 2 + usize::from(caret);
        let negative = matches!(self.doc.word(sign_at), "−" | "-") && self.attached(sign_at);
        let digits_at = sign_at + usize::from(negative);
        if !(caret || negative) || !self.attached(digits_at) {
            return None;
        }
        let exponent: i32 = self
            .doc
            .token(digits_at)
            .filter(|t| t.kind == Kind::Number)?
            .text(self.doc.text)
            .parse()
            .ok()
            .filter(|e: &i32| *e <= 300)?;
        Some((digits_at + 1, if negative { -exponent } else { exponent }))
    }

    /// Reads the number itself at `i`: `(end, value)`, with scales.
    pub(super) fn core(&self, i: usize) -> Option<(usize, f64)> {
        let token = self.doc.token(i)?;
        let first = if token.kind == Kind::Number {
            self.digits_first(i, token.text(self.doc.text))?
        } else {
            self.spelled_first(i, token.text(self.doc.text))?
        };
        let value = match first {
            FirstWord::Whole(end, value) => return Some((end, value)),
            FirstWord::Scalable(value) => value,
        };
        // Fractions written as two words: "two thirds". After "one" only a
        // part of something is one ("one fourth of the vote"), since "one
        // quarter" alone is more often a quarter of the year.
        if token.kind == Kind::Word {
            let of_something = word_is(self.doc.word(i + 2), "of");
            let numerator = (value > 1.0 || of_something) && value < 10.0;
            let fraction_here = numerator && !self.is_run_of_quarters(i);
            if let Some(d) = fraction(self.doc.word(i + 1)).filter(|_| fraction_here) {
                return Some(self.of_a_scale(i + 2, value * d));
            }
            let (end, value) = self.tens_and_ones(i, value);
            let (end, value) = self.and_a_half(end, value);
            return Some(self.scaled(end, value, true));
        }
        // A vulgar fraction after whole digits adds to them, set against
        // them or apart: "2½ years", "3 ½ hours".
        let vulgar = VULGAR_FRACTIONS.get(self.doc.word(i + 1)).filter(|_| {
            let word = self.doc.word(i);
            let whole = word.bytes().all(|b| b.is_ascii_digit());
            (self.attached(i + 1) || whole) && !word.contains(['.', '/'])
        });
        if let Some(part) = vulgar {
            return Some(self.scaled(i + 2, value + part, false));
        }
        if let Some((end, part)) = self.mixed_fraction(i) {
            return Some(self.scaled(end, value + part, false));
        }
        // A part of a point in digits: "0.25 of a percentage point".
        let of_a_point = word_is(self.doc.word(i + 1), "of") && value < 1.0;
        if let Some(point) = self.part_of_a_point(i + 1).filter(|_| of_a_point) {
            return Some((point, value));
        }
        let (end, value) = self.and_a_half(i + 1, value);
        Some(self.scaled(end, value, false))
    }

    /// Whether the number word at `i` counts quarters of a year after a word
    /// that picks them in order: "sales rose in the first three quarters",
    /// "over the past two quarters" are nine and six months, not 0.75 and
    /// 0.5. Times read such a run where a year follows it; without one it
    /// is still no fraction.
    fn is_run_of_quarters(&self, i: usize) -> bool {
        let quarters = word_is(self.doc.word(i + 1), "quarters");
        let before = i.checked_sub(1).filter(|p| *p >= self.doc.first);
        quarters && before.is_some_and(|p| QUARTER_RUN_OPENERS.contains(self.doc.word(p)))
    }

    /// The fraction of a mixed number after the whole digits at `i`, as the
    /// wire and the markets pages write one with a slash, joined by a hyphen
    /// or set apart: "2-1/2 percent", "3 1/2 years", "6 3/8%". Its end and
    /// value. A whole of four digits may be a year ("in 2019 1/3 of
    /// voters"), and a slashed pair not less than one no fraction.
    pub(super) fn mixed_fraction(&self, i: usize) -> Option<(usize, f64)> {
        let whole = self.doc.word(i);
        let plain = whole.len() <= 3 && whole.bytes().all(|b| b.is_ascii_digit());
        let dashed = self.doc.word(i + 1) == "-" && self.attached(i + 1) && self.attached(i + 2);
        let at = if dashed { i + 2 } else { i + 1 };
        let written = self
            .doc
            .token(at)
            .filter(|t| t.kind == Kind::Number && (dashed || t.space_before))?
            .text(self.doc.text);
        let part = parse_digits(written, false).filter(|_| written.contains(['/', '⁄']))?;
        (plain && part < 1.0).then_some((at + 1, part))
    }

    /// Tens and ones written as two words, as speech is transcribed:
    /// "twenty four hours", "thirty five people". The number's end and value.
    fn tens_and_ones(&self, i: usize, tens: f64) -> (usize, f64) {
        let is_tens = (20.0..100.0).contains(&tens)
            && tens % 10.0 == 0.0
            && number_word(self.doc.word(i)).is_some();
        let ones = number_word(self.doc.word(i + 1))
            .filter(|ones| (1.0..10.0).contains(ones) && self.doc.is_word(i + 1));
        match ones.filter(|_| is_tens) {
            Some(ones) => (i + 2, tens + ones),
            None => (i + 1, tens),
        }
    }

    /// Reads the digits `word` at `i`: none where they begin an ordinal
    /// ("5th") or a clock time ("11 a.m."), whole with a power of ten
    /// after them.
    fn digits_first(&self, i: usize, word: &str) -> Option<FirstWord> {
        let next = self.doc.word(i + 1);
        let attached_word =
            self.attached(i + 1) && self.doc.token(i + 1).is_some_and(Token::is_word);
        if attached_word && is_ordinal_ending(word, next) {
            return None;
        }
        // Digits, a letter and digits run together are a code, as a postal
        // code's half is ("K1A 0B1"), not "0" billion.
        let code = self.attached(i + 2)
            && self
                .doc
                .token(i + 2)
                .is_some_and(|t| t.kind == Kind::Number);
        if attached_word && code {
            return None;
        }
        // Clock times: "11 a.m.", "0401 GMT".
        if word_in(next, CLOCK_WORDS) {
            return None;
        }
        let value = parse_digits(word, self.dots_group_thousands)?;
        if self.is_bare_halving(i, word) {
            return None;
        }
        // A power too large for a number reads as no power at all.
        let powered = self
            .power_of_ten(i + 1)
            .map(|(end, exponent)| (end, value * 10f64.powi(exponent)))
            .filter(|(_, powered)| powered.is_finite());
        if let Some((end, powered)) = powered {
            return Some(FirstWord::Whole(end, powered));
        }
        // A scale may carry the "-plus" of a lower bound: "£1bn-plus".
        if attached_word
            && scale(next.strip_suffix("-plus").unwrap_or(next)).is_none()
            && !scale_with_rate(next)
            && !(RATE_ABBREVIATIONS.get(next).is_some() && self.currency_before(i).is_some())
            && !is_attached_unit(next)
            && unit_of_dimension(next).is_none()
            && temperature_scale(next).is_none()
            && !word_is(next, "deg")
        {
            return None;
        }
        Some(FirstWord::Scalable(value))
    }

    /// Whether the slashed digits `word` at `i` are a halving of a measure
    /// ("3/16", "1/32") with no measure after them: a fraction so fine
    /// measures something ("3/16 inch", "1/128 of a gallon"), and a slashed
    /// pair standing alone is a cricket bowler's wickets and runs ("took
    /// 5/32"), no fraction.
    fn is_bare_halving(&self, i: usize, word: &str) -> bool {
        let fine = word
            .split_once(['/', '⁄'])
            .and_then(|(_, whole)| whole.parse::<u32>().ok())
            .is_some_and(|whole| whole > 10);
        let next = self.doc.word(i + 1);
        // "in" after it opens a ratio or a place, not inches: "5/32 in ten
        // overs".
        let measured = word_is(next, "of")
            || (self.is_measure(next) || is_attached_unit(next) || LENGTH_UNITS.contains(next))
                && !word_is(next, "in");
        fine && !measured
    }

    /// Reads the number written as the word `word` at `i`: "three",
    /// "three-quarters", "$5", "10km", "twofold", a share's "half", "a
    /// dozen".
    fn spelled_first(&self, i: usize, word: &str) -> Option<FirstWord> {
        let value = if let Some(v) = word
            .split_once('-')
            .and_then(|(n, d)| Some(number_word(n)? * fraction(d)?))
        {
            // A fraction written as one word: "three-quarters".
            let (end, v) = self.of_a_scale(i + 1, v);
            return Some(FirstWord::Whole(end, v));
        } else if let Some(v) = joined_and_a_half(word) {
            v
        } else if let Some(v) = joined_part_of_scale(word) {
            return Some(FirstWord::Whole(i + 1, v));
        } else if let Some((v, _)) = prefixed_digits(word, self.dots_group_thousands) {
            v
        } else if let Some(v) = number_word(word) {
            v
        } else if let Some(v) = joined_measure(word).and_then(|(number, _)| number_word(number)) {
            v
        } else if let Some(v) = multiple_of(word) {
            v
        } else if let Some(v) = VULGAR_FRACTIONS.get(word) {
            // A vulgar fraction alone is a part, as "three-quarters" is.
            let (end, v) = self.of_a_scale(i + 1, v);
            return Some(FirstWord::Whole(end, v));
        } else if word_is(word, "half") {
            // "half a million" is half of the scale, as "a half million" is.
            if let Some((end, s)) = self.article_scale(i + 1) {
                return Some(FirstWord::Whole(end, 0.5 * s));
            }
            if let Some(point) = self.part_of_a_point(i + 1) {
                return Some(FirstWord::Whole(point, 0.5));
            }
            return self
                .is_share_half(i)
                .then_some(FirstWord::Whole(i + 1, 0.5));
        } else if word_in(word, INDEFINITE_ARTICLES) {
            return self.after_article(i);
        } else {
            return None;
        };
        Some(FirstWord::Scalable(value))
    }

    /// The number that the article at `i` opens: "a dozen", "a million", "a
    /// half million", "a third of" and "a quarter of a million".
    fn after_article(&self, i: usize) -> Option<FirstWord> {
        let next = self.doc.word(i + 1);
        if word_is(next, "half") {
            let s = spelled_scale(self.doc.word(i + 2))?;
            return Some(FirstWord::Whole(i + 3, 0.5 * s));
        }
        if let Some(part) = self.part_of_a_point_in_one_word(i + 1) {
            return Some(FirstWord::Whole(i + 2, part));
        }
        let (end, v) = match spelled_scale(next) {
            Some(s) => (i + 2, s),
            None => {
                let part = word_is(self.doc.word(i + 2), "of") || self.changed_by(i);
                let f = fraction(next).filter(|_| part)?;
                self.of_a_scale(i + 2, f)
            }
        };
        Some(FirstWord::Whole(end, v))
    }

    /// Whether the article at `i` follows "by" after a verb of change, where
    /// a fraction is the share of the change, as the British press writes
    /// it: "prices rose by a fifth", "staff were cut by a quarter". With the
    /// change's object between the verb and "by" the fraction must end its
    /// phrase ([`Reader::fraction_ends_phrase`]): "cut deaths by a third",
    /// "reduced its workforce by a quarter over two years"; in "cut costs by
    /// a third party" the party is no share.
    fn changed_by(&self, i: usize) -> bool {
        let Some(by) = i
            .checked_sub(1)
            .filter(|by| *by > self.doc.first && word_is(self.doc.word(*by), "by"))
        else {
            return false;
        };
        let changes = |k: usize| {
            let verb = self.doc.word(k);
            CHANGE_VERBS.contains(verb) || SHARE_CHANGE_VERBS.contains(verb)
        };
        if changes(by - 1) {
            return true;
        }
        // The verb two to four words before "by", the words between all
        // words: its object.
        let verb = (by.saturating_sub(4).max(self.doc.first)..by - 1)
            .rev()
            .take_while(|k| self.doc.is_word(*k + 1))
            .find(|k| changes(*k));
        verb.is_some() && self.fraction_ends_phrase(i + 2)
    }

    /// Whether the word at `after`, right after a fraction, ends the
    /// fraction's phrase: no word, or one a number does not count ("by a
    /// third.", "by a fifth from 2010 levels").
    fn fraction_ends_phrase(&self, after: usize) -> bool {
        !self.doc.is_word(after) || NOT_UNITS.contains(self.doc.word(after))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figure_words, figures, Case};

    /// Every value is a finite number, however many scales or however large
    /// a power of ten the text writes, since the dataset has no infinity.
    #[test]
    fn values_stay_finite() {
        let text = format!(
            "It cost 5{} dollars. It weighs 999999999999×10^300 kilograms.",
            " trillion".repeat(30)
        );
        for figure in figures(&text) {
            assert!(figure.1.is_finite(), "{figure:?}");
        }
    }

    /// British and Commonwealth copy, a second look: "-odd" rounds a count,
    /// a quarter-point is a part of a percentage point, a vulgar fraction
    /// adds to the digits it is set against, and hectares are written "ha".
    #[test]
    fn rounded_counts_points_and_vulgar_fractions() {
        let cases: &[Case] = &[
            (
                "It had 1,500-odd members.",
                "1,500-odd members",
                1500.0,
                Some("members"),
                Some("about"),
            ),
            (
                "The bank raised rates by a quarter-point.",
                "a quarter-point",
                0.25,
                Some("percentage points"),
                None,
            ),
            (
                "The Fed made a half-point cut in rates.",
                "a half-point",
                0.5,
                Some("percentage points"),
                None,
            ),
            (
                "He was jailed for 2½ years.",
                "2½ years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "The farm covers 600ha of land.",
                "600ha",
                600.0,
                Some("hectares"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("A half-point was scored."),
            figures("A point was scored.")
        );
        let slashed = [
            (
                "Diesel sold at $1.95/litre.",
                "$1.95/litre",
                "USD per litre",
            ),
            ("Onions touched ₹80/kg.", "₹80/kg", "INR per kg"),
        ];
        for (text, span, unit) in slashed {
            let got = figures(text);
            assert_eq!((got[0].0.as_str(), got[0].2.as_deref()), (span, Some(unit)));
        }
        assert_eq!(
            figure_words("The Fed cut rates by a half-point to 5 per cent."),
            ["a half-point", "5 per cent"]
        );
    }
}
