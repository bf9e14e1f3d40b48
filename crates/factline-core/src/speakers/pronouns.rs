//! Pronouns: a "he" or "she" goes to the latest recent speaker it fits,
//! unless another person it fits has been a sentence's subject since or an
//! owner in its own sentence may be meant; else to the subject of the
//! sentence before. A "they" is the group still in view, an "it" the
//! organisation the sentence before opened with.

use super::index::pronoun_of;
use super::mention::QUANTITIES;
use super::name_words::strip_possessive;
use super::{Entity, Resolver};
use crate::dataset::SpeakerKind;
use crate::evidence::LinkRule;
use crate::grammar::{is_determiner, is_source_noun};
use crate::lex::{is_capitalized, is_name_in_capitals, key, looks_plural, without_contraction};

/// How many of the people who spoke last a "he" or "she" may refer to.
const RECENT_SPEAKERS: usize = 3;

/// How many sentences before a "they" the group it means has spoken or
/// been named again: further back, the text has moved on to other people
/// ("Workers objected … They also said" is not the executives who spoke ten
/// sentences before). On PolNeAR, a group named within three was right and
/// most further back were not.
const PLURAL_WINDOW: usize = 3;

/// How many words a sentence's subject may open with before its head
/// noun: "Several| Quorvane| associates".
const PLURAL_SUBJECT_REACH: usize = 4;

/// How many sentence subjects back a pronoun looks for a rival. In the
/// benchmarks' articles the look never goes past 22; one back to the start
/// would make a text of many pronouns quadratic.
const RIVAL_LOOKBACK: usize = 64;

/// How many tokens back in its own sentence a pronoun looks for an owner
/// it may mean (`owner_before_in_sentence`).
const OWNER_LOOKBACK: usize = 64;

impl Resolver<'_> {
    /// The person a "he" or "she" refers to: the latest speaker it can fit,
    /// among the last `RECENT_SPEAKERS`; before anyone has spoken, the only
    /// person introduced so far. When neither is sure, the person the
    /// sentence before was about ([`Resolver::previous_subject`]).
    fn pronoun(&mut self, pronoun: &'static str, at: usize) -> Option<usize> {
        let fits = |e: &Entity| pronoun_of(e).is_none_or(|p| p == pronoun);
        let found = self
            .recent_people
            .iter()
            .rev()
            .copied()
            .find(|&p| fits(&self.entities[p]))
            .or_else(|| {
                self.recent_people
                    .is_empty()
                    .then(|| self.index.only_fitting(pronoun, at))
                    .flatten()
            })
            .filter(|&found| !self.has_rival(found, pronoun, at))
            .or_else(|| self.previous_subject(pronoun, at))?;
        // A person whose pronoun is unknown loses it to an owner in the
        // pronoun's own sentence whom it fits.
        let entity = &self.entities[found];
        let owner_rival = pronoun_of(entity).is_none()
            && self.owner_before_in_sentence(entity.words.last(), pronoun, at);
        if owner_rival {
            return None;
        }
        self.set_pronoun(found, pronoun);
        Some(found)
    }

    /// Whether another person the pronoun fits has been the subject of a
    /// sentence since `found` last spoke or was the subject, which makes
    /// the pronoun ambiguous: "Kasich said … Sanders is touting his
    /// campaign. He says …". An entity with the same surname is the same
    /// person named another way ("Reid", "Harry M. Reid"). The runs are in
    /// text order.
    fn has_rival(&self, found: usize, pronoun: &str, at: usize) -> bool {
        let surname = self.entities[found].words.last();
        let subject_at = surname
            .and_then(|surname| self.subjects_by_word.get(surname))
            .and_then(|starts| {
                let before = starts.partition_point(|&position| position < at);
                before.checked_sub(1).map(|k| starts[k])
            });
        let since = subject_at.max(self.entities[found].last_spoke).unwrap_or(0);
        // Whether the pronoun fits the person it found is unknown, so a
        // person it would not fit is no less likely the one the text has
        // moved on to.
        let unknown = pronoun_of(&self.entities[found]).is_none();
        let before = self
            .name_runs
            .partition_point(|(position, ..)| *position < at);
        self.name_runs[before.saturating_sub(RIVAL_LOOKBACK)..before]
            .iter()
            .rev()
            .take_while(|(position, ..)| *position > since)
            .any(|(position, last_word, told)| {
                // A person named in full whose first name fits the pronoun
                // is a rival though others share the surname: "Bill
                // Clinton set … He suggested" when Hillary Clinton is "she".
                let fits_by_name =
                    *told == Some(pronoun) || self.is_person_to_come(last_word, pronoun);
                Some(last_word) != surname
                    && (self.index.surname_fits(last_word, pronoun)
                        || unknown && self.index.is_surname(last_word)
                        || fits_by_name && !self.in_quotation(*position))
            })
    }

    /// Whether the pronoun's own sentence names, before it, an owner whom
    /// the pronoun fits, and not the person `surname` names: in "the ruling raised
    /// questions about Jane Quist's affidavit, in which she said …" the
    /// "she" may well be Quist, so a speaker whose pronoun is unknown is no
    /// safe reading.
    fn owner_before_in_sentence(&self, surname: Option<&String>, pronoun: &str, at: usize) -> bool {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        // Bounded, so that a sentence of any length is read in linear time.
        let start = sentence
            .checked_sub(1)
            .map_or(0, |k| self.sentence_starts[k])
            .max(at.saturating_sub(OWNER_LOOKBACK));
        let doc = &self.reader.doc;
        let name_at = |k: usize| strip_possessive(doc.word(k)).to_lowercase();
        // A speaker the sentence names itself stays the likelier one:
        // "Roe told CNN the video did not show Lee's hand, but he said …".
        let named = (start..at).any(|k| Some(&name_at(k)) == surname);
        let owner_fits = (start..at).any(|k| {
            let word = doc.word(k);
            let owner = strip_possessive(word);
            let name = name_at(k);
            owner != word
                && is_capitalized(owner)
                && (self.index.surname_fits(&name, pronoun)
                    || self.told_surnames.get(&name) == Some(&Some(pronoun)))
        });
        !named && owner_fits
    }

    /// Whether `last_word`, a sentence's subject, is the surname of someone
    /// the article names in full after a first name that `pronoun` fits
    /// ("Sam Roe") but has not yet read as a person: one who speaks only
    /// later. A name after no first name may be a place or a group ("Senate
    /// Republicans", "Penguin Classics"); one in a quotation is whom the
    /// speaker talks about, so the caller sets it aside.
    fn is_person_to_come(&self, last_word: &str, pronoun: &str) -> bool {
        self.told_surnames
            .get(last_word)
            .is_some_and(|told| told.is_none_or(|told| told == pronoun))
            && !self.index.is_surname(last_word)
            && !self.organization_names.contains(last_word)
    }

    /// The person the sentence before the pronoun's opens with, when the
    /// pronoun fits them: news goes on about the subject it has just
    /// named ("Ham made it clear he had misgivings. “Now …,” he told the
    /// host"). Only the sentence before: a name opening the pronoun's own
    /// sentence may be what the person talks about ("Trump is wrong, he
    /// said").
    fn previous_subject(&self, pronoun: &str, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let previous = self.sentence_starts.get(sentence.checked_sub(2)?)?;
        let last_word = self.sentence_subjects.get(previous)?;
        let person = self.known(std::slice::from_ref(last_word))?;
        let entity = &self.entities[person];
        let fits = pronoun_of(entity).is_none_or(|p| p == pronoun);
        // Someone the article has shown to be a person: with a role, or
        // speaking. A place can open a sentence too ("South Carolina polls").
        let shown = entity.role.is_some() || entity.speaks;
        (entity.kind == SpeakerKind::Person && fits && shown).then_some(person)
    }

    /// Puts a person who spoke last among the recent speakers. Only the last
    /// few matter, so the list stays short and updating it stays cheap.
    pub(super) fn note_speaker(&mut self, index: usize) {
        self.recent_people.retain(|&p| p != index);
        self.recent_people.push(index);
        if self.recent_people.len() > RECENT_SPEAKERS {
            self.recent_people.remove(0);
        }
    }

    /// What a mention that is one word, the word at `at`, refers to when
    /// that word is a pronoun: `Some` with the speaker if one is found
    /// ("I", "we", "you", "who" and "which" name none here), `None` when the
    /// word is no pronoun.
    pub(super) fn pronoun_mention(&mut self, at: usize) -> Option<Option<(usize, LinkRule)>> {
        let word = strip_possessive(self.reader.doc.word(at));
        // An acronym spelled like a pronoun is a name: "WHO said".
        if is_name_in_capitals(word) {
            return None;
        }
        let found = match without_contraction(word).to_ascii_lowercase().as_str() {
            "he" => self.pronoun("he", at),
            "she" => self.pronoun("she", at),
            "they" => self.plural_in_view(at),
            "it" => self.previous_organization(at).or(self.last_organization),
            "i" | "we" | "you" | "who" | "which" => None,
            _ => return None,
        };
        Some(found.map(|index| (index, LinkRule::Pronoun)))
    }

    /// The group a "they" at `at` refers to: the last that spoke, while it
    /// spoke or the last word of its name was written again in the
    /// pronoun's sentence or the `PLURAL_WINDOW` before ("Democrats believe
    /// … They say").
    fn plural_in_view(&self, at: usize) -> Option<usize> {
        let group = self.last_plural?;
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let window = sentence.saturating_sub(PLURAL_WINDOW + 1);
        let from = self.sentence_starts.get(window).copied().unwrap_or(0);
        let entity = &self.entities[group];
        let since = entity.last_spoke.unwrap_or(from).max(from);
        let head = entity.words.last().and_then(|w| w.rsplit(' ').next());
        if self.plural_subject_since(since, at, head.unwrap_or_default()) {
            return None;
        }
        if entity.last_spoke.is_some_and(|spoke| spoke >= from) {
            return Some(group);
        }
        let last = key(entity.words.last()?);
        let tokens = &self.reader.doc.tokens[from..at.max(from)];
        tokens.iter().any(|t| t.key == last).then_some(group)
    }

    /// Whether a sentence after `since` and before the pronoun's own at
    /// `at` has other people in the plural as its subject, who may as well
    /// be the "they": in "Tom Quill and Ada Vane said they would help.
    /// Several Quorvane aides have named Ohio. She could win there, they
    /// suggested." the aides suggest it. A subject headed by `group_head`,
    /// the group's own last word, names the group again ("The executives").
    fn plural_subject_since(&self, since: usize, at: usize, group_head: &str) -> bool {
        let own = self.sentence_starts.partition_point(|&start| start <= at);
        let after = self
            .sentence_starts
            .partition_point(|&start| start <= since);
        let before_own = own.saturating_sub(1);
        self.sentence_starts[after.min(before_own)..before_own]
            .iter()
            .filter_map(|&start| self.plural_people_opening(start))
            .any(|head| head != group_head)
    }

    /// The plural noun for people, in lower case, that the sentence at
    /// `start` opens with as its subject's head, past quantities,
    /// determiners and names before it: "Others said", "Several Quorvane
    /// aides have", "The Quorvane workers".
    fn plural_people_opening(&self, start: usize) -> Option<String> {
        let doc = &self.reader.doc;
        let head = (start..start + PLURAL_SUBJECT_REACH).find(|&k| {
            let word = doc.word(k).to_ascii_lowercase();
            let before_head = QUANTITIES.contains(&word)
                || is_determiner(&word)
                || k > start && is_capitalized(doc.word(k));
            doc.is_word(k) && !before_head
        });
        let word = doc.word(head?).to_ascii_lowercase();
        (looks_plural(&word) && is_source_noun(&word)).then_some(word)
    }
}
