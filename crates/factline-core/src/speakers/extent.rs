//! How far the phrase that names a source reaches around the words given as
//! its mention. A mention may be only the end of a partitive that counts
//! people ("one in| five", "most of| them") or only the head of a
//! description that follows it ("a source| at the Tampa station"); the
//! speaker is the whole phrase, and the part alone would be a wrong one.

use super::mention::QUANTITIES;
use super::name_words::strip_possessive;
use super::Reader;
use crate::grammar::{
    is_calendar_word, is_determiner, is_first_name, is_member_word, is_role_adjective,
    is_role_head, is_source_noun, is_verb_form, number_word, opens_object, APPROXIMATIONS,
    BE_FORMS, HAVE_FORMS, LIMITERS, MODAL_VERBS, ORGANIZATION_HEADS, OWNER_ADJECTIVES,
    SPEECH_SETTINGS,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon};
use crate::segment::Span;
use crate::speech::cue_lemma;

/// The words after an organisation's head that its name goes on with in
/// capitals: "Alliance to Reclaim Our Schools", "Coalition for Harbor
/// Ethics".
const NAME_GOING_ON_JOINERS: &[&str] = &["to", "for"];

/// Words that end a description after a source: they open a clause or a
/// second phrase about the speech rather than the speaker.
static DESCRIPTION_BREAKS: Lexicon = Lexicon::new(&[
    "who", "whom", "whose", "which", "that", "when", "where", "as", "while", "because", "after",
    "before", "since", "if", "whether", "and", "or", "but", "than", "to", "in", "on", "at", "for",
    "with", "from", "by", "during", "about", "over", "under", "without",
]);

/// How many words a description after a source may hold.
const DESCRIPTION_WORDS: usize = 8;

/// Prepositions of the words between a document and its issuer: "conducted
/// for local television by", "released on Friday by", "filed in federal
/// court by".
const ISSUE_PREPOSITIONS: &[&str] = &["by", "from", "for", "in", "on"];

/// How many words a partner's name after a slash may have.
const PARTNER_WORDS: usize = 4;

/// Participles whose agent holds a document rather than issues it:
/// "emails obtained by the Harbor Gazette".
static HOLDING_PARTICIPLES: Lexicon = Lexicon::new(&[
    "obtained", "seen", "reviewed", "received", "acquired", "viewed",
]);

/// Whether a word says whose something is: "his", "Greenberg's".
fn is_possessive(word: &str) -> bool {
    strip_possessive(word) != word || word_in(word, &["his", "her", "their", "its", "our", "my"])
}

/// How many words may stand between a document and the "by" that names who
/// issued it: a participle with where, when and for whom ("exit polls
/// conducted for local television by").
const ISSUE_WORDS: usize = 8;

impl Reader<'_> {
    /// Where the partitive that counts the people named at `first` starts,
    /// when the mention is the object of one: "one in| five", "majorities
    /// in all| five", "most of| them", "as many as three-fourths of| them",
    /// "Many in| the crowd", "all but| two", "those around| him".
    pub(super) fn partitive_start(&self, first: usize) -> Option<usize> {
        let mut link = first.checked_sub(1)?;
        if word_is(self.doc.word(link), "all") {
            link = link.checked_sub(1)?;
        }
        let count = link.checked_sub(1)?;
        let joined = match self.doc.word(link).to_ascii_lowercase().as_str() {
            "in" | "of" => self.is_count(count),
            "but" => word_is(self.doc.word(count), "all"),
            "around" => word_is(self.doc.word(count), "those"),
            _ => false,
        };
        joined.then(|| self.count_start(count))
    }

    /// Whether the mention in `first..end` can be what a count counts from:
    /// a name with an appositive is the one person it names ("one of his
    /// advisers, Tad Devine"), and a mention that ends on a subject pronoun
    /// was cut from a clause ("several of Trump's ventures she").
    pub(super) fn can_be_counted(&self, first: usize, end: usize) -> bool {
        let appositive = (first..end).any(|k| self.doc.tokens[k].is_punct(','));
        let last = end.checked_sub(1).map_or("", |k| self.doc.word(k));
        !appositive && !word_in(last, &["he", "she", "it", "they", "we", "i"])
    }

    /// Whether the word at `at` counts people: a number, a fraction
    /// ("two-thirds"), a percentage ("24 percent") or a quantity ("most",
    /// "majorities").
    fn is_count(&self, at: usize) -> bool {
        let word = self.doc.word(at);
        let fraction = word
            .rsplit_once('-')
            .is_some_and(|(_, part)| QUANTITIES.contains(part));
        let percentage = word_is(word, "percent")
            && at
                .checked_sub(1)
                .and_then(|k| self.doc.token(k))
                .is_some_and(|t| t.kind == Kind::Number);
        let number = self.doc.token(at).is_some_and(|t| t.kind == Kind::Number)
            || number_word(&word.to_ascii_lowercase()).is_some();
        QUANTITIES.contains(word) || fraction || percentage || number
    }

    /// Where a count that ends at `count` starts, with its number and a
    /// qualifier before it: "some 20 percent", "more than half".
    fn count_start(&self, count: usize) -> usize {
        let mut start = count;
        let number_before = start
            .checked_sub(1)
            .and_then(|k| self.doc.token(k))
            .is_some_and(|t| t.kind == Kind::Number);
        if word_is(self.doc.word(start), "percent") && number_before {
            start -= 1;
        }
        let before = |k: usize| start.checked_sub(k).map_or("", |i| self.doc.word(i));
        // A count written as a noun takes its article: "a majority of voters".
        if word_in(before(1), &["a", "the"]) {
            return start - 1;
        }
        if APPROXIMATIONS.contains(before(1)) || LIMITERS.contains(before(1)) {
            start -= 1;
        } else if word_is(before(1), "than") && word_in(before(2), &["more", "fewer", "less"]) {
            start -= 2;
        } else if word_is(before(1), "as") && word_is(before(2), "many") && word_is(before(3), "as")
        {
            start -= 3;
        }
        start
    }

    /// The whole name of the organisation a mention in `first..end` ends
    /// on, when the name goes on after "to" or "for" in capitalised words
    /// past the mention: "the organizer Alliance| to Reclaim Our Schools",
    /// "the Coalition| for Harbor Ethics". The head alone names no one body.
    /// A first name or a title after the joiner is someone the body speaks
    /// to or for: "the Council to Mayor Jane Roe".
    pub(super) fn organization_name_going_on(&self, first: usize, end: usize) -> Option<Span> {
        let word = |k: usize| self.doc.word(k);
        let capital = |k: usize| self.doc.is_word(k) && is_capitalized(word(k));
        let head = end.checked_sub(1).filter(|&k| k >= first && capital(k))?;
        let next = word(end + 1);
        let joined = ORGANIZATION_HEADS.contains(word(head))
            && word_in(word(end), NAME_GOING_ON_JOINERS)
            && capital(end + 1)
            && !is_first_name(next)
            && !is_role_head(next);
        if !joined {
            return None;
        }
        let name_first = (first..end)
            .rev()
            .take_while(|&k| capital(k) && !is_determiner(word(k)))
            .last()?;
        let name_end = (end + 1..).find(|&k| !capital(k))?;
        Some(Span::new(name_first, name_end))
    }

    /// Where the first of two roles joined by "and" starts, when the
    /// mention at `first` opens with the second: "the president and| chief
    /// executive of Acme, Jane Roe", "Acme's founder and| chairman, Tom Lee"
    /// hold both offices, and the second alone would leave the role half
    /// said. Only role words stand between the "and" and the article or
    /// owner before them, where the mention starts; without one it starts
    /// at the first role word ("Acme founder and| chairman" at "founder").
    pub(super) fn joined_role_start(&self, first: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let role_word =
            |k: usize| self.doc.is_word(k) && (is_role_head(word(k)) || is_role_adjective(word(k)));
        let Some(and) = first.checked_sub(1).filter(|&k| word_is(word(k), "and")) else {
            return first;
        };
        if !role_word(first) || and == 0 || !is_role_head(word(and - 1)) {
            return first;
        }
        let mut start = and - 1;
        while start > 0 && role_word(start - 1) {
            start -= 1;
        }
        let before = start.checked_sub(1).map_or("", word);
        if is_determiner(before) || is_possessive(before) {
            start - 1
        } else {
            start
        }
    }

    /// Where the description after an unnamed source's mention in
    /// `first..end` ends: the prepositional object that says which source
    /// it is ("a source| at the Tampa station", "people| in attendance",
    /// "a source involved| in the talks"). A phrase about the speech is no
    /// description ("a spokesman| in a statement", "an aide| on Tuesday"),
    /// and a named source needs none.
    pub(super) fn description_end(&self, first: usize, end: usize) -> usize {
        let Some(last) = end.checked_sub(1).filter(|&last| last >= first) else {
            return end;
        };
        let word = self.doc.word(last);
        let owner = if OWNER_ADJECTIVES.contains(word) && last > first {
            last - 1
        } else {
            last
        };
        let owner_word = self.doc.word(owner);
        // A common noun for people ("a source", "Democrats involved") or
        // a member noun ("one Republican"), never a name.
        let unnamed = self.doc.is_word(owner)
            && (is_source_noun(owner_word)
                && (!is_capitalized(owner_word) || owner_word.ends_with('s'))
                || self.is_member_noun(first, owner));
        let preposition = self.doc.word(end);
        let next = self.doc.word(end + 1);
        let opens = opens_object(preposition, next)
            && !word_is(preposition, "to")
            && !(word_is(preposition, "on") && is_capitalized(next));
        if !unnamed || !opens {
            return end;
        }
        self.object_end(end + 1).unwrap_or(end)
    }

    /// Where a mention that ends with a name ends when a slash joins a
    /// partner's name to it: "a CNN|/WMUR poll", "a Suffolk University|/Boston
    /// Globe poll" name both partners, and the first alone would be half of
    /// the source.
    pub(super) fn partner_end(&self, end: usize) -> usize {
        let slash = self.doc.token(end).is_some_and(|t| t.is_punct('/'));
        let name = |k: usize| self.doc.is_word(k) && is_capitalized(self.doc.word(k));
        if !slash || end == 0 || !name(end - 1) {
            return end;
        }
        let partner = (end + 1..end + 1 + PARTNER_WORDS)
            .take_while(|&k| name(k))
            .count();
        if partner == 0 {
            end
        } else {
            end + 1 + partner
        }
    }

    /// Where the one who issued the document named in `first..end` is named
    /// after it, before `limit`: "a count| by the Associated Press", "data
    /// released Friday| by state regulators", "a tally| from the Harbor
    /// Gazette". A document speaks for whoever issued it, so the issuer is
    /// the source. A person is never a document ("an aide picked by Jane
    /// Roe" speaks for themself), and "from" names an issuer only by name
    /// ("a count from the river" says where).
    pub(super) fn issuer_after(&self, first: usize, end: usize, limit: usize) -> Option<Span> {
        let last = end.checked_sub(1).filter(|&last| last >= first)?;
        let noun = if is_verb_form(self.doc.word(last)) && last > first {
            last - 1
        } else {
            last
        };
        let word = self.doc.word(noun);
        // A document someone owns is theirs ("excerpts of his speech
        // released by the White House"), and one that a mention's person
        // heads is that person's words.
        let owned_or_personal = (first..end).any(|k| {
            let word = self.doc.word(k);
            is_source_noun(word) || is_possessive(word)
        });
        if !self.doc.is_word(noun) || is_capitalized(word) || owned_or_personal {
            return None;
        }
        // Whoever obtained or reviewed a document did not issue it.
        if HOLDING_PARTICIPLES.contains(self.doc.word(last)) {
            return None;
        }
        let joiner = (end..limit.min(end + ISSUE_WORDS))
            .take_while(|&k| {
                self.is_object_word(k) || word_in(self.doc.word(k), ISSUE_PREPOSITIONS)
            })
            .find(|&k| word_in(self.doc.word(k), &["by", "from"]))?;
        let named = self.doc.word(joiner + 1);
        let named = if is_determiner(named) {
            self.doc.word(joiner + 2)
        } else {
            named
        };
        if word_is(self.doc.word(joiner), "from") && !is_capitalized(named) {
            return None;
        }
        let issuer_end = (joiner + 1..limit.min(joiner + 1 + DESCRIPTION_WORDS))
            .find(|&k| {
                let word = self.doc.word(k);
                !self.doc.is_word(k)
                    || !word_is(word, "of") && DESCRIPTION_BREAKS.contains(word)
                    || word_in(word, BE_FORMS)
                    || word_in(word, HAVE_FORMS)
            })
            .unwrap_or(limit.min(joiner + 1 + DESCRIPTION_WORDS));
        // A name cut at a number inside it ("E3G") would be a wrong one.
        let cut = self
            .doc
            .token(issuer_end)
            .is_some_and(|t| matches!(t.kind, Kind::Number));
        (issuer_end > joiner + 1 && !cut).then(|| Span::new(joiner + 1, issuer_end))
    }

    /// Whether the word at `at`, in a mention that starts at `first`, is a
    /// capitalised noun for a member of a party, a nation or a faith rather
    /// than a name: it stands alone after an indefinite article and
    /// lower-case adjectives ("a Republican", "one senior Democrat"), or
    /// after "the" and such adjectives ("the lifelong Republican"). After
    /// "the" alone it may be a title's last word ("The Guardian").
    pub(super) fn is_member_noun(&self, first: usize, at: usize) -> bool {
        let article = word_in(self.doc.word(first), &["a", "an", "one", "another"])
            || word_is(self.doc.word(first), "the") && at > first + 1;
        (first + 1..=first + 3).contains(&at)
            && article
            && (first + 1..at).all(|k| self.doc.is_word(k) && !is_capitalized(self.doc.word(k)))
            && self.doc.is_word(at)
            && is_member_word(self.doc.word(at))
            && !is_capitalized(self.doc.word(at + 1))
    }

    /// Where the object that starts at `first` ends: its words, joined by
    /// "of" ("in charge of the base"), up to a mark, a clause or another
    /// phrase; `None` when it names a time or a setting of speech.
    fn object_end(&self, first: usize) -> Option<usize> {
        let mut end = first;
        while end < first + DESCRIPTION_WORDS && self.is_object_word(end) {
            end += 1;
        }
        while end > first && word_in(self.doc.word(end - 1), &["of", "the", "a", "an"]) {
            end -= 1;
        }
        // An object cut before "and" and a name may name only the first of
        // two ("the chairs from Jefferson and Adams"): better none.
        if word_in(self.doc.word(end), &["and", "or"]) && is_capitalized(self.doc.word(end + 1)) {
            return None;
        }
        let head = self.doc.word(end.checked_sub(1)?);
        let setting = (first..end).any(|k| {
            is_calendar_word(self.doc.tokens[k].key) || SPEECH_SETTINGS.contains(self.doc.word(k))
        });
        (end > first && !setting && !SPEECH_SETTINGS.contains(head)).then_some(end)
    }

    /// Whether the token at `at` can be part of a source's prepositional
    /// object: a word that is no verb, no clause's opener and no other
    /// phrase's preposition.
    fn is_object_word(&self, at: usize) -> bool {
        let Some(token) = self.doc.token(at).filter(|t| t.is_word()) else {
            return false;
        };
        let word = token.text(self.doc.text);
        let verb = word_in(word, BE_FORMS)
            || word_in(word, HAVE_FORMS)
            || MODAL_VERBS.contains(word)
            || cue_lemma(word).is_some()
            || (!is_capitalized(word) && word.len() > 4 && word.ends_with("ing"));
        !verb && (word_is(word, "of") || !DESCRIPTION_BREAKS.contains(word))
    }
}
