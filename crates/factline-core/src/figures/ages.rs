//! Ages: a number after "aged" or "ages" names a group and is no figure
//! ("voters aged 18 to 29"), while one person's age ("over the age of
//! 65", "a cyclist aged 61", "at age 18 months") is a figure in years or
//! in the span written after it.

use super::ranges::RANGE_JOINERS;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::lex::{looks_plural, word_in, word_is, Lexicon};

/// Words before a number that make it the ages that name a group, not an
/// amount: "women aged 25 to 54", "voters ages 16 to 24", "between the ages
/// of 17 and 20". A single age stays a figure: "at age 16", "over the age
/// of 21".
static AGE_WORDS: Lexicon = Lexicon::new(&["aged", "ages"]);

/// The spans of time an age may be told in after its number: "under the
/// age of 5 years", "at age 18 months".
static AGE_SPANS: Lexicon = Lexicon::new(&["years", "year", "months", "month", "weeks", "days"]);

/// Nouns of people that are plural without an "s": "the men, aged 30 and
/// 34" are a group, not one person of an age.
static PLURAL_PERSONS: Lexicon = Lexicon::new(&["people", "children", "men", "women", "folk"]);

impl Reader<'_> {
    /// Whether the number at `i` is an age after "aged" or "ages" ("aged
    /// 18 to 34", "the ages of 17 and 20", "aged between 18 and 24"), or the
    /// end of such a range
    /// ("34"): it names who is counted, as an age after a name does
    /// ("Senard, 65, said"), and is no amount.
    pub(super) fn is_age(&self, i: usize) -> bool {
        let word_before = |k: usize, back: usize| {
            k.checked_sub(back)
                .filter(|before| *before >= self.doc.first)
                .map_or("", |before| self.doc.word(before))
        };
        let after_age_word = |k: usize| {
            AGE_WORDS.contains(word_before(k, 1))
                || word_in(word_before(k, 1), &["of", "between"])
                    && AGE_WORDS.contains(word_before(k, 2))
        };
        let range_end = word_in(word_before(i, 1), RANGE_JOINERS)
            && i.checked_sub(2).is_some_and(after_age_word);
        (after_age_word(i) && self.persons_age_before(i).is_none()) || range_end
    }

    /// Where the words that make the number at `first` one person's age
    /// begin, after a singular noun with its article: the "aged" of "a
    /// cyclist aged 61" and "the driver, aged 52,", the comma of "a
    /// teacher, 38,". The ages of a group ("voters aged 45", "the men, aged
    /// 30 and 34") are none (`is_age`), and so is an age set apart after a
    /// name ("Senard, 65,"), which belongs to the name (`is_set_apart`).
    fn persons_age_before(&self, first: usize) -> Option<usize> {
        let before = |k: usize| k.checked_sub(1).filter(|b| *b >= self.doc.first);
        let at = before(first)?;
        let aged = word_is(self.doc.word(at), "aged");
        let comma_at = if aged { before(at)? } else { at };
        let comma = self.doc.word(comma_at) == ",";
        let noun = if comma { before(comma_at)? } else { comma_at };
        let next = self.doc.word(first + 1);
        let single = if aged {
            !word_in(next, &["to", "and", "or", "-", "–"])
        } else {
            comma && next == ","
        };
        let word = self.doc.word(noun);
        let singular_noun = self.doc.is_word(noun)
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !looks_plural(word)
            && !PLURAL_PERSONS.contains(word);
        let article = word_in(self.doc.word(before(noun)?), &["a", "an", "the"]);
        (single && singular_noun && article).then_some(at)
    }

    /// The qualifier before the figure that starts at `first`, and whether
    /// the figure is a single age. An age's comparison stands before the
    /// words that make it one ("over the age of 65"), and the figure keeps
    /// to the number, which is what other readers mark.
    pub(super) fn qualifier_or_age(&self, first: usize) -> (usize, Option<String>, bool) {
        let phrase = self
            .age_phrase_before(first)
            .or_else(|| self.persons_age_before(first));
        match phrase {
            Some(phrase) => (first, self.qualifier_before(phrase).1, true),
            None => {
                let (first, qualifier) = self.qualifier_before(first);
                (first, qualifier, false)
            }
        }
    }

    /// A single age, in the span of time written after it ("under the age
    /// of 5 years", "at age 18 months") or else in years. Nothing else after
    /// it is counted: "under the age of five ride free" counts no rides.
    pub(super) fn age(&self, figure: FigureExpr) -> FigureExpr {
        let next = self.doc.word(figure.end);
        let (end, unit) = if AGE_SPANS.contains(next) {
            let span = next.to_ascii_lowercase();
            (figure.end + 1, format!("{span} of age"))
        } else {
            (figure.end, "years of age".to_string())
        };
        FigureExpr {
            end,
            unit: Some(unit),
            rule: FigureRule::Age,
            ..figure
        }
    }

    /// Where the words that make the number at `first` a single age begin:
    /// "the age of 65", "at age 16", "an average age of 45". The ages of a
    /// group ("aged 25 to 54") are no figure at all (see `is_age`).
    fn age_phrase_before(&self, first: usize) -> Option<usize> {
        let before = |k: usize| k.checked_sub(1).filter(|b| *b >= self.doc.first);
        let mut at = before(first)?;
        if word_is(self.doc.word(at), "of") {
            at = before(at)?;
        }
        if !word_is(self.doc.word(at), "age") {
            return None;
        }
        let the = before(at).filter(|the| word_is(self.doc.word(*the), "the"));
        Some(the.unwrap_or(at))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, Case};

    /// A single age is a figure in years of age, with the comparison
    /// written before "the age of" as its qualifier.
    #[test]
    fn an_age_after_the_age_of() {
        let cases: &[Case] = &[
            (
                "The benefit goes to people over the age of 65.",
                "65",
                65.0,
                Some("years of age"),
                Some("over"),
            ),
            (
                "Children under the age of five ride free.",
                "five",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "Many children under the age of 5 years died.",
                "5 years",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "She left school at age 16.",
                "16",
                16.0,
                Some("years of age"),
                None,
            ),
        ];
        check_figures(cases);
    }
}
