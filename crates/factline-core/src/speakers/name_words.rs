//! Which words make a name and how a run of them is read: capitalised
//! words that are no common word, month or honorific ("Theresa May", not
//! "in May"; "Sir Keir Starmer" without "Sir"), joined by particles,
//! slashes or ampersands ("von der Leyen", "CNN/WMUR", "Procter &
//! Gamble"), and the run's text and words as names are matched.

use super::Reader;
use crate::grammar::{
    is_first_name, is_name_with_apostrophe_s, GENERATIONS, MODAL_VERBS, MONTH_FIRST_NAMES,
    MONTH_PREPOSITIONS, NAME_PARTICLES, POST_NOMINALS,
};
use crate::lex::{is_capitalized, is_name_in_capitals, Kind, Lexicon};
use crate::segment::Span;

/// Whether the word with this key neither starts nor continues a name, even
/// capitalised: one of [`NOT_NAMES`] or a modal verb.
pub(super) fn is_not_name(key: u64) -> bool {
    NOT_NAMES.contains_key(key) || MODAL_VERBS.contains_key(key)
}

/// The honorifics before a name: a surname after one is a name even when it
/// is also a title ("Mr. King"). A title of rank ("Sir Keir Starmer", "Dame
/// Margaret Hodge", "Lord Cameron", "Shri Nadda") is one too: it is how the
/// press addresses the person, not part of the name, so that "Sir Keir
/// Starmer" and a later "Starmer", or "Baroness Hale" and "Lady Hale", are
/// one person. Parliaments and governments style their members "the
/// Honourable" ("the Hon. Jane Roe", "the Rt Hon Jane Roe").
pub(super) static HONORIFICS: Lexicon = Lexicon::new(&[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "shri",
    "smt",
    "shrimati",
    "honourable",
    "honorable",
    "hon",
    "rt",
]);

/// Capitalised words that do not start or continue a name, besides the
/// modal verbs (see [`is_not_name`]).
static NOT_NAMES: Lexicon = Lexicon::new(&[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "for",
    "with",
    "from",
    "by",
    "to",
    "of",
    "so",
    "yet",
    "still",
    "there",
    "here",
    "now",
    "then",
    "however",
    "meanwhile",
    "also",
    "what",
    "who",
    "why",
    "how",
    "where",
    "mr",
    "mrs",
    "ms",
    "miss",
    "according",
    "said",
    "says",
    "read",
    "more",
    "one",
    "some",
    "many",
    "most",
    "all",
    "both",
    "every",
    "each",
    "no",
    "not",
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "asked",
    "since",
    "until",
    "during",
    "despite",
    "although",
    "though",
    "because",
    "under",
    "over",
    "among",
    "without",
    "just",
    "even",
    "instead",
    "other",
    "another",
    "such",
    "only",
    "if",
    "whether",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
]);

/// A word of a name as the name is written: without a possessive, unless
/// the name itself ends so ("Moody's").
pub(super) fn name_form(word: &str) -> &str {
    if is_name_with_apostrophe_s(word) {
        word
    } else {
        strip_possessive(word)
    }
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

impl Reader<'_> {
    /// A word that can be part of a name.
    fn is_name_word(&self, i: usize) -> bool {
        let Some(token) = self.doc.tokens.get(i).filter(|t| t.is_word()) else {
            return false;
        };
        let text = token.text(self.doc.text);
        // An acronym spelled like a function word is a name: "the WHO".
        let acronym = is_name_in_capitals(text);
        let spelled_otherwise = is_not_name(token.key) && !acronym
            || crate::grammar::is_calendar_word(token.key)
            || self.is_honorific(i)
            || self.is_post_nominal(i);
        is_capitalized(text)
            && (!spelled_otherwise || self.ends_name_as_may(i) || self.opens_name_as_first_name(i))
    }

    /// Whether the month's name at `i` opens a person's name as their
    /// first name: a capitalised name word follows it, and no word that
    /// makes it a month comes before it ("Jan Hatzius said", "said April
    /// Ryan"; not "in May Lee's district").
    fn opens_name_as_first_name(&self, i: usize) -> bool {
        let next = self.doc.tokens.get(i + 1).filter(|t| t.is_word());
        let name_next = next.is_some_and(|t| {
            is_capitalized(t.text(self.doc.text))
                && !crate::grammar::is_calendar_word(t.key)
                && !is_not_name(t.key)
        });
        let after_month_word = i > 0 && MONTH_PREPOSITIONS.contains(self.doc.word(i - 1));
        MONTH_FIRST_NAMES.contains(self.doc.word(i)) && name_next && !after_month_word
    }

    /// Whether the word at `i` is an honorific before a name ("Sir Keir
    /// Starmer", "Lord Cameron"), which stays out of the name; the same
    /// word with no name after it may be a surname ("Winston Lord").
    pub(super) fn is_honorific(&self, i: usize) -> bool {
        HONORIFICS.contains(self.doc.word(i))
            && self
                .doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_word() && is_capitalized(t.text(self.doc.text)))
    }

    /// Whether the word at `i` is letters after a name that say what the
    /// person is ("Ada Quist MP said", "Tom Vale KC, for the family"): in
    /// capitals, after a capitalised word, and ending the name, so that
    /// "Local MP Jo Roe" keeps its office before the name.
    pub(super) fn is_post_nominal(&self, i: usize) -> bool {
        let word = self.doc.word(i);
        let written_as_letters = word == "PhD" || word.chars().all(|c| c.is_ascii_uppercase());
        let after_name = i > 0 && self.doc.is_word(i - 1) && is_capitalized(self.doc.word(i - 1));
        let name_goes_on = self.doc.is_word(i + 1) && is_capitalized(self.doc.word(i + 1));
        POST_NOMINALS.contains(word) && written_as_letters && after_name && !name_goes_on
    }

    /// Whether "May", a modal's and a month's spelling, at `i` ends the
    /// name before it: "Theresa May said", not "Smith May 5" or "Congress
    /// may".
    fn ends_name_as_may(&self, i: usize) -> bool {
        let date_after = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Number);
        self.doc.word(i) == "May" && i > 0 && !date_after && self.is_name_word(i - 1)
    }

    /// Whether the digits at `i` belong to the name run that starts at
    /// `start`, written against it: "E3G", "G7", "B4Z". Read apart, the run
    /// would end at the digits and a letter after them ("G") would pass for
    /// a name of its own.
    fn is_digits_in_name(&self, i: usize, start: usize) -> bool {
        let tokens = &self.doc.tokens;
        let against = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| !t.space_before && !t.newline_before)
        };
        i > start
            && tokens[i].kind == Kind::Number
            && against(i)
            && !(against(i + 1) && self.doc.is_word(i + 1) && !self.is_name_word(i + 1))
    }

    /// The capitalised runs in `first..end`. A possessive ends its run.
    pub(super) fn runs(&self, first: usize, end: usize) -> Vec<Span> {
        let mut runs = Vec::new();
        let mut i = first;
        while i < end {
            if !self.is_name_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            while i < end {
                // A slash or an ampersand joins the names of partners: "a
                // CNN/WMUR poll", "Procter & Gamble".
                let joiner = NAME_PARTICLES.contains(self.doc.word(i))
                    || self.doc.tokens[i].is_punct('/')
                    || self.doc.tokens[i].is_punct('&');
                let joined = self.is_name_word(i)
                    || (joiner && i > start && self.name_after_particles(i + 1, end))
                    || self.is_digits_in_name(i, start);
                if !joined {
                    break;
                }
                i += 1;
                if name_form(self.doc.word(i - 1)) != self.doc.word(i - 1) {
                    break;
                }
            }
            runs.push(Span::new(start, i));
        }
        runs
    }

    /// Whether a name word comes at `k`, before `end`, past any more
    /// particles: "der Leyen" after "von".
    fn name_after_particles(&self, mut k: usize, end: usize) -> bool {
        while k < end && NAME_PARTICLES.contains(self.doc.word(k)) {
            k += 1;
        }
        k < end && self.is_name_word(k)
    }

    /// Whether a word of the run is a first name the lexicon knows.
    pub(super) fn has_first_name(&self, run: Span) -> bool {
        run.indices().any(|k| is_first_name(self.doc.word(k)))
    }

    /// The run's text without a final possessive.
    pub(super) fn run_text(&self, first: usize, end: usize) -> String {
        let span = self.span(first, end);
        let last = self.doc.word(end.saturating_sub(1));
        match span.strip_suffix(last) {
            Some(before) if !last.is_empty() => format!("{before}{}", name_form(last)),
            _ => strip_possessive(span).to_string(),
        }
    }

    /// The run's last word in lower case, as a later pronoun or surname
    /// meets it: the one before a generation ("Marsh" in "Tobin Marsh Jr.").
    pub(super) fn last_name_word(&self, run: Span) -> String {
        let lower = |k: usize| self.doc.word(k).to_lowercase();
        let last = lower(run.end - 1);
        let generation = run.len() > 1 && GENERATIONS.contains(last.trim_end_matches('.'));
        if generation {
            lower(run.end - 2)
        } else {
            last
        }
    }

    /// Whether a word in `first..end` says whose the rest is: "the
    /// agency's watchdog".
    pub(super) fn has_possessive(&self, first: usize, end: usize) -> bool {
        (first..end).any(|k| strip_possessive(self.doc.word(k)) != self.doc.word(k))
    }

    /// The run's words in lower case, as names are matched: without a
    /// possessive, a dot, or a generation after the name ("Jr.", "III"),
    /// so that "Admiral Marsh" is "Tobin Marsh Jr.".
    pub(super) fn run_words(&self, first: usize, end: usize) -> Vec<String> {
        let mut words: Vec<String> = (first..end)
            .filter(|&k| self.doc.is_word(k))
            .map(|k| {
                name_form(self.doc.word(k))
                    .trim_end_matches('.')
                    .to_ascii_lowercase()
            })
            .collect();
        if words.len() > 1 && words.last().is_some_and(|w| GENERATIONS.contains(w)) {
            words.pop();
        }
        words
    }
}
