//! Numbers that are part of a code or a name: after a capitalised word or
//! a label ("Title 42", "#3", "COVID-19"), before a model's name ("737
//! Max"), set apart after a name ("Senard, 65,"), or a number word that
//! begins a name ("Three Mile Island").

use super::currency::{is_capital_letters, CURRENCY_CODES};
use super::dollars::DOLLARS_RESTATED;
use super::qualifiers::ends_qualifier;
use super::scales::scale;
use super::units::{is_unit_in_capitals, ATTACHED_UNITS};
use super::Reader;
use crate::grammar::{number_word, LABEL_NOUNS};
use crate::lex::{is_capitalized, looks_plural, word_in, Kind, Lexicon, Token};

/// Capitalised words that open a sentence before a number without naming it
/// ("In 42 cases", "All 12 members").
static OPENERS: Lexicon = Lexicon::new(&[
    "in", "on", "at", "by", "from", "to", "for", "with", "of", "and", "but", "only", "between",
    "the", "a", "an", "all", "another", "since", "after", "before", "during", "within", "those",
    "these", "its", "their", "his", "her", "our", "another", "every", "each", "last", "first",
    "up", "more", "less", "fewer", "over", "under", "exactly", "among", "of", "per", "than",
    "total", "another",
]);

/// Capitalised words before a number that make it money, not a name or a
/// code: "USD 1,700", "HK 300".
static CURRENCY_PREFIXES: Lexicon = Lexicon::new(&["USD", "EUR", "GBP", "US", "A", "C", "HK", "S"]);

/// Whether `word` is a name written in capitals: "COVID", "NATO".
pub(super) fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && is_capital_letters(word)
}

impl Reader<'_> {
    /// A capitalised word right before the number makes it a code or a name
    /// ("Title 42", "Section 230"), unless the word is a qualifier or opens
    /// the sentence; so does a noun that names a rank by number ("a category
    /// 4 hurricane", "a phase 3 trial").
    /// `end` is where the number's own words end, with any scale.
    pub(super) fn is_code(&self, i: usize, end: usize) -> bool {
        !self.is_plainly_amount(i, end)
            && (self.begins_model_name(i) || self.is_set_apart(i) || self.follows_name(i))
    }

    /// A unit against the number, a scale after its digits or a percent
    /// mark after it make it an amount whatever name comes before it:
    /// "Panadol 500mg", "the Ferrari 710bhp engine", "Israel's 9 billion
    /// shekels", "on Sunday 5.5%". A name may be spelt out with a scale
    /// ("TWA Flight eight hundred").
    fn is_plainly_amount(&self, i: usize, end: usize) -> bool {
        let unit_against = self.attached(i + 1) && ATTACHED_UNITS.contains(self.doc.word(i + 1));
        let digits = self.doc.token(i).is_some_and(|t| t.kind == Kind::Number);
        unit_against || (digits && end > i + 1) || self.percent_words(end).is_some()
    }

    /// A model or a place after a short number: "737 Max", "iPhone 11
    /// Pro", "9 E 71st St"; "63000 Model 3 sedans" is a count, and "450
    /// Nm" a measure. A number an approximation or a bound qualifies is
    /// an amount, whatever names follow it: "about 460 Kia and Hyundai
    /// vehicles"; a preposition is no such qualifier ("concerns over
    /// 737 Max jets").
    fn begins_model_name(&self, i: usize) -> bool {
        let next = self.doc.word(i + 1);
        let qualified = self
            .qualifier_before(i)
            .1
            .is_some_and(|q| !word_in(&q, &["over", "under", "above", "below"]))
            && scale(next).is_none();
        self.doc.word(i).len() <= 4
            && !qualified
            && self
                .doc
                .token(i + 1)
                .is_some_and(|t| t.is_word() && t.space_before)
            && is_capitalized(next)
            && !next.ends_with('s')
            && !is_unit_in_capitals(next)
            && CURRENCY_CODES.get(next).is_none()
            && DOLLARS_RESTATED.get(next).is_none()
            && crate::grammar::month_number(next).is_none()
            && self.named_group(i + 1).is_none()
    }

    /// A number set apart as a name's: an age after a name ("Senard, 65,
    /// said"), a label in brackets ("(4)"), or the end of a name in
    /// capitals written apart by a dash against the number ("COVID -19",
    /// "MH -17").
    fn is_set_apart(&self, i: usize) -> bool {
        let prev_word = self.doc.word(i.wrapping_sub(1));
        let next = self.doc.word(i + 1);
        let name_dash = matches!(prev_word, "-" | "–")
            && self.attached(i)
            && is_acronym(self.doc.word(i.wrapping_sub(2)));
        let age =
            prev_word == "," && next == "," && is_capitalized(self.doc.word(i.wrapping_sub(2)));
        let bracketed = prev_word == "(" && next == ")";
        age || bracketed || name_dash
    }

    /// A name, a "#" or a noun that labels by number right before the
    /// number: "Title 42", "#3", "a category 4 hurricane".
    fn follows_name(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).filter(|p| *p >= self.doc.first) else {
            return false;
        };
        let word = self.doc.word(prev);
        let token = self.doc.token(prev);
        // A currency code is money only where it reads as one: "RM79" is
        // money, "S23" a model, since a one-letter code needs its dollar sign.
        if self.currency_before(i).is_some() {
            return false;
        }
        token.is_some_and(Token::is_word)
            && word.chars().any(char::is_uppercase)
            && !OPENERS.contains(word)
            && !ends_qualifier(word)
            && crate::grammar::month_number(word).is_none()
            && !CURRENCY_PREFIXES.contains(word)
            || word == "#"
            || LABEL_NOUNS.contains(word)
            || (token.is_some_and(|t| t.is_word()) && self.attached(i))
    }

    /// Whether the number word at `i` begins a name: capitalised after a
    /// word of its sentence, before a capitalised word ("the Four Seasons",
    /// "near Three Mile Island").
    pub(super) fn begins_name(&self, i: usize, end: usize) -> bool {
        let word = self.doc.word(i);
        i > self.doc.first
            && self.doc.is_word(i - 1)
            && is_capitalized(word)
            && number_word(word).is_some()
            && is_capitalized(self.doc.word(end))
    }

    /// Whether the number word at `i`, opening its sentence and read alone
    /// up to `end`, begins a name: a capitalised word follows that it does
    /// not count, itself before another capitalised word or a plural noun
    /// it qualifies ("Three Gorges Dam opened", "Five Eyes partners met"),
    /// as `begins_name` finds inside a sentence. "Five Britons died" counts.
    pub(super) fn opens_on_name(&self, i: usize, end: usize) -> bool {
        let after = self.doc.word(end + 1);
        let name_goes_on = self.doc.is_word(end + 1)
            && (is_capitalized(after) || self.is_plain_unit(end + 1) && looks_plural(after));
        i == self.doc.first
            && end == i + 1
            && number_word(self.doc.word(i)).is_some()
            && self.doc.is_word(end)
            && is_capitalized(self.doc.word(end))
            && name_goes_on
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figures, Case};

    /// A number word that begins a name is no figure, and a plural name
    /// after a number word counts nothing: "the Four Seasons hotels".
    #[test]
    fn a_number_word_in_a_name() {
        for text in [
            "The chain runs the Four Seasons hotels in Asia.",
            "Visitors to Three Mile Island left early.",
            // Opening the sentence, a name still goes on past the number.
            "Four Seasons hotels reopened in May.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
        // A people named in the plural is what is counted.
        let cases: &[Case] = &[(
            "Five Britons died.",
            "Five Britons",
            5.0,
            Some("Britons"),
            None,
        )];
        check_figures(cases);
    }

    /// A unit's symbol in capitals after a number is no model's name ("450
    /// Nm" is not "737 Max"), and a unit against the number, a scale or a
    /// percent mark after it make it an amount even after a name ("Panadol
    /// 500mg", "Chile's 9 billion").
    #[test]
    fn units_in_capitals_and_units_after_a_name() {
        let cases: &[Case] = &[
            (
                "The motor makes 450 Nm of torque.",
                "450 Nm",
                450.0,
                Some("nm"),
                None,
            ),
            (
                "The old engine gave 300 HP.",
                "300 HP",
                300.0,
                Some("hp"),
                None,
            ),
            ("The grid hums at 60 Hz.", "60 Hz", 60.0, Some("hz"), None),
            (
                "The battery stores 35 GWh each year.",
                "35 GWh",
                35.0,
                Some("gwh"),
                None,
            ),
            (
                "Nights fall to minus 40 Celsius.",
                "minus 40 Celsius",
                -40.0,
                Some("celsius"),
                None,
            ),
            (
                "Water boils at 212 Fahrenheit.",
                "212 Fahrenheit",
                212.0,
                Some("fahrenheit"),
                None,
            ),
            (
                "It hurts Chile's 9 billion peso budget.",
                "9 billion peso",
                9e9,
                Some("peso"),
                None,
            ),
            (
                "Pemex sold on Monday 4.5% of the field.",
                "4.5%",
                4.5,
                Some("percent"),
                None,
            ),
            (
                "The pharmacy sells Panadol 500mg tablets.",
                "500mg",
                500.0,
                Some("mg"),
                None,
            ),
            (
                "The Ferrari 710bhp engine roars.",
                "710bhp",
                710.0,
                Some("bhp"),
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_qualified_number_before_a_name_is_an_amount() {
        let cases: &[Case] = &[
            (
                "About 460 Kia and Hyundai vehicles were stolen.",
                "About 460",
                460.0,
                None,
                Some("about"),
            ),
            (
                "Nearly 300 Google employees signed.",
                "Nearly 300",
                300.0,
                None,
                Some("nearly"),
            ),
        ];
        check_figures(cases);
        assert_eq!(figures("Concerns over 737 Max jets grew."), vec![]);
        // A letter scale written apart is unread, and the number with it.
        assert_eq!(figures("The population is about 8 B people."), vec![]);
    }
}
