//! Function words and verb forms that tell where a phrase begins.

use crate::lex::{is_capitalized, word_is, Lexicon};

/// Whether a word opens a noun phrase: "the", "his", "several".
pub(crate) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(word)
}

/// Words that open a noun phrase.
static DETERMINERS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "one", "two", "three", "four", "five", "some", "many", "several", "all",
    "both", "his", "her", "their", "its", "our", "former", "top", "senior", "other", "another",
]);

/// The modal verbs. One opens a verb phrase, so it is never part of a
/// name ("Would Johnson …") or of a source read leftwards from its cue ("the
/// mayor would say").
pub(crate) static MODAL_VERBS: Lexicon = Lexicon::new(&[
    "will", "would", "can", "could", "should", "may", "might", "must",
]);

/// Whether a lower-case word reads as a verb's participle or past tense
/// ("cited", "going"), not as a noun or adjective that ends like one.
pub(crate) fn is_verb_form(word: &str) -> bool {
    !is_capitalized(word)
        && (word.ends_with("ed") || word.ends_with("ing"))
        && !NOT_VERB_FORMS.contains(word)
        && !is_role_adjective(word)
}

/// Whether a lower-case word before `preposition` reads as a participle that
/// describes the noun before it: one in -ing ("voters going to"), not a noun
/// ("a ceiling"), or a passive one before its agent ("emails obtained by").
/// Another form in -ed is as often the clause's own verb ("a woman asked for
/// a photo").
pub(crate) fn is_participle_before(word: &str, preposition: &str) -> bool {
    is_verb_form(word) && (word.ends_with("ing") || word_is(preposition, "by"))
}

/// Adjectives that belong to a role ("former Secretary of State").
static ROLE_ADJECTIVES: Lexicon = Lexicon::new(&[
    "former", "acting", "then", "interim", "outgoing", "incoming", "retired", "late",
]);

/// Whether a word qualifies a role: "former", "acting", "retired".
pub(crate) fn is_role_adjective(word: &str) -> bool {
    ROLE_ADJECTIVES.contains(word)
}

/// Words in "-ed" or "-ing" that are nouns or adjectives, never a verb's
/// form: "a ceiling", "the embattled mayor".
static NOT_VERB_FORMS: Lexicon = Lexicon::new(&[
    "red",
    "bed",
    "speed",
    "need",
    "seed",
    "king",
    "thing",
    "ring",
    "wing",
    "spring",
    "ceiling",
    "sibling",
    "embattled",
]);
