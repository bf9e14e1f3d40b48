//! Function words and verb forms that tell where a phrase begins.

use crate::lex::{is_capitalized, word_in, word_is, Lexicon};

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

/// Words that join one clause to another: a clause, and so its subject,
/// begins after one ("noted that a Brookings study found"), and a verb past
/// one is not the verb of the clause before it ("by the end of March and
/// suggested").
pub(crate) static CLAUSE_JOINERS: Lexicon = Lexicon::new(&[
    "and", "or", "but", "that", "which", "who", "when", "while", "as", "because", "if", "after",
    "before", "since", "until", "where", "although", "though", "whereas",
]);

/// The conjunctions that join a clause, a second verb or a sentence to
/// what came before as one more thing said or done: "and said", "but
/// added", "And in January, …". "or", "so" and "yet" offer or conclude
/// instead (`CLAUSE_JOINERS` has every word that opens a clause).
pub(crate) const ADDING_CONJUNCTIONS: &[&str] = &["and", "but"];

/// Determiners that take the members of a set one by one: before a
/// weekday or a month they make it recur ("the flight leaves every
/// Thursday"), and after a preposition they open its object ("officials
/// from every county").
pub(crate) static DISTRIBUTIVES: Lexicon = Lexicon::new(&["each", "every"]);

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

/// Whether `word`, after the word `before`, is a verb in the past tense
/// that sets its clause's time: "the council met Friday", "protesters
/// marched". A past form after an auxiliary is a participle ("is
/// expected", "will be held"), and one in "-ed" after a determiner an
/// adjective ("the proposed budget"), so neither sets the tense.
pub(crate) fn is_past_tense(word: &str, before: &str) -> bool {
    let regular = is_verb_form(word) && word.ends_with("ed") && !is_determiner(before);
    (IRREGULAR_PAST_FORMS.contains(word) || regular) && !AUXILIARIES.contains(before)
}

/// Whether `word` is the past tense of a common irregular verb: "began",
/// "sought", "struck".
pub(crate) fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST_FORMS.contains(word)
}

/// The past tense of common irregular verbs, which has no "-ed" to tell it
/// by. Forms that are also the present ("put", "hit", "set") are left out.
static IRREGULAR_PAST_FORMS: Lexicon = Lexicon::new(&[
    "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave",
    "got", "held", "left", "began", "rose", "fell", "won", "lost", "saw", "ran", "sent", "spent",
    "sold", "paid", "brought", "bought", "found", "kept", "thought", "led", "struck", "built",
    "fought", "broke", "spoke", "wrote", "chose", "drove", "flew", "grew", "knew", "threw",
    "stood", "sat", "fled", "sought", "caught", "felt", "heard", "became", "swept", "shot", "slid",
    "sank",
]);

/// Whether `word` is a past tense after a subject in the singular, where
/// the present would end in "-s": a past in "-ed" or an irregular one, or
/// a verb whose past is its base ("Acme Corp cut 200 jobs", "the council
/// set a date").
fn is_past_after_singular(word: &str) -> bool {
    is_past_tense(word, "") || SAME_PAST_FORMS.contains(word)
}

/// Whether `word` is a finite verb after a subject in the singular: a past
/// ([`is_past_after_singular`]), a modal, or a form of "be" or "have"
/// ("Quorvane Corp cut", "the bank will", "the Fed has").
pub(crate) fn is_verb_after_singular(word: &str) -> bool {
    is_past_after_singular(word)
        || MODAL_VERBS.contains(word)
        || word_in(word, BE_FORMS)
        || word_in(word, HAVE_FORMS)
}

/// Verbs whose past tense is their base form: read as a past only where
/// the present would have an "-s".
static SAME_PAST_FORMS: Lexicon = Lexicon::new(&[
    "cut", "put", "set", "hit", "shut", "quit", "cost", "spread", "split", "shed", "bid", "let",
    "hurt", "cast", "upset", "burst",
]);

/// Auxiliaries and linking verbs before a participle: "is expected", "has
/// been closed", "to be held", "stays closed".
static AUXILIARIES: Lexicon = Lexicon::new(&[
    "is", "are", "am", "be", "been", "being", "was", "were", "has", "have", "had", "will", "would",
    "to", "get", "gets", "got", "not", "stay", "stays", "remain", "remains", "seem", "seems",
]);

/// The forms of "be": before a participle they make it passive ("was
/// told") or progressive ("is arguing"), and before a figure a level ("is
/// 8 million").
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "am", "was", "were", "be", "been", "being"];

/// The indefinite articles: "a" and "an".
pub(crate) const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];

/// The articles: "the", "a" and "an".
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// The forms of "have": before a figure they make it something held ("has
/// 8,000 residents").
pub(crate) const HAVE_FORMS: &[&str] = &["has", "have", "had"];

/// The words that open a relative clause after a comma ("the bank, which
/// employs 25,000 people, said"): what follows describes the noun before
/// the comma, in the writer's voice.
pub(crate) const RELATIVE_CLAUSE_OPENERS: &[&str] = &["which", "who", "where", "whose"];

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
    "unspecified",
    "undisclosed",
    "unidentified",
    "unnamed",
    "unexpected",
    "unprecedented",
    "unconfirmed",
    "unchanged",
]);
