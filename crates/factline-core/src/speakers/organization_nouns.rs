//! What "it" or a noun for an organisation ("the company", "the agency")
//! points back to when the latest organisation with that noun does not
//! answer: the organisation the sentence before opened with, the source it
//! gave, the last one that spoke while no other name came between, or the
//! name the sentence opens with. A name the article never shows to be a
//! person is retyped as an organisation when one of these means it.

use std::collections::HashSet;

use super::index::pronoun_of;
use super::name_words::{name_form, strip_possessive};
use super::Resolver;
use crate::dataset::SpeakerKind;
use crate::grammar::{
    is_business_noun, is_first_name, is_generic_organization_noun, is_public_body,
    is_verb_after_singular, COURTESY_TITLES, NEWS_OUTLETS, ORGANIZATION_HEADS,
};
use crate::lex::{is_capitalized, word_is};
use crate::segment::Span;

impl Resolver<'_> {
    /// The organisation the sentence before the one at `at` opens with, which
    /// an "it" or "the company" goes on about: "The Federal Aviation
    /// Administration opened an inquiry. It said …". A name the article
    /// never shows to be a person is an organisation when "it" refers back
    /// to it ("Twitter said … It added").
    pub(super) fn previous_organization(&mut self, at: usize) -> Option<usize> {
        let previous = self.previous_sentence_start(at)?;
        if let Some(&index) = self.organization_subjects.get(&previous) {
            return Some(index);
        }
        let last_word = self.sentence_subjects.get(&previous)?;
        let found = self.known(std::slice::from_ref(last_word))?;
        self.as_organization(found)
    }

    /// The organisation a sentence that opens on "the" and a noun for one,
    /// then a verb, goes on about: the latest named with that noun, or else
    /// the one the sentence before opened with ("The Reserve Bank of India
    /// kept rates unchanged. The central bank projected growth of 7 per
    /// cent. It also said …"). A noun for a business never means a public
    /// body.
    pub(super) fn organization_by_opening_noun(&mut self, first: usize) -> Option<usize> {
        let doc = &self.reader.doc;
        let plain = |k: usize| doc.is_word(k) && !is_capitalized(doc.word(k));
        if !word_is(doc.word(first), "the") {
            return None;
        }
        let head = (first + 1..first + 3)
            .take_while(|&k| plain(k))
            .find(|&k| {
                let word = doc.word(k);
                is_generic_organization_noun(word) || ORGANIZATION_HEADS.contains(word)
            })?;
        let next = doc.word(head + 1);
        let verb = plain(head + 1) && is_verb_after_singular(next);
        if !verb {
            return None;
        }
        let lower = doc.word(head).to_ascii_lowercase();
        let found = self
            .index
            .latest_organization(&self.entities, &lower, first)
            .or_else(|| self.previous_organization(first))?;
        let public = is_public_body(&self.entities[found].words);
        (!is_business_noun(&lower) || !public).then_some(found)
    }

    /// The organisation the sentence holding `at` opens with as its
    /// subject, named before `at`: the one a noun after the reported clause
    /// means ("Quorvane Motors will recall 120,000 cars, the automaker
    /// said").
    pub(super) fn organization_opening_sentence(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let start = self.sentence_starts.get(sentence.checked_sub(1)?)?;
        let index = *self.organization_subjects.get(start)?;
        (self.entities[index].named.end <= at).then_some(index)
    }

    /// Whether the text capitalises the word with `key` somewhere other
    /// than at a sentence's start. The sentences are all known before any
    /// statement is resolved, when this is first asked.
    fn is_capitalised_inside_sentences(&self, key: u64) -> bool {
        let doc = self.reader.doc;
        self.capitalised_inside_sentences
            .get_or_init(|| {
                let starts: HashSet<usize> = self.sentence_starts.iter().copied().collect();
                (0..doc.tokens.len())
                    .filter(|k| {
                        !starts.contains(k) && doc.is_word(*k) && is_capitalized(doc.word(*k))
                    })
                    .map(|k| doc.tokens[k].key)
                    .collect()
            })
            .contains(&key)
    }

    /// The name the sentence holding `at` opens with, before its verb, as
    /// an organisation: the one a noun for an organisation after the
    /// reported clause means when nothing before it does ("Quorvane will
    /// cut 1,200 jobs, the company said"). Only a word the article also
    /// capitalises inside a sentence ("Proceeds of the offering will …"
    /// opens with a common noun), and not a name with a first name, a
    /// surname the article gave or a person it knows.
    pub(super) fn name_opening_sentence(&mut self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let start = *self.sentence_starts.get(sentence.checked_sub(1)?)?;
        let r = &self.reader;
        let run = *r.runs(start, at).first().filter(|run| run.first == start)?;
        let verb_next = r.doc.is_word(run.end) && !is_capitalized(r.doc.word(run.end));
        let name = self.is_capitalised_inside_sentences(r.doc.tokens[run.end - 1].key);
        let words = r.run_words(run.first, run.end);
        let person = !name
            || r.has_first_name(run)
            || self.is_seen_surname(run)
            || self
                .known(&words)
                .is_some_and(|index| self.entities[index].kind == SpeakerKind::Person);
        if !verb_next || person {
            return None;
        }
        let index = self.organization(run.first, run.end);
        (self.entities[index].kind == SpeakerKind::Organization).then_some(index)
    }

    /// The source the sentence before the one at `at` gave, when the
    /// article never shows it to be a person, for a noun that names what an
    /// organisation does: "According to Pellow Insight, bills could fall.
    /// The consultancy said …". Not for "it", which may be a place or a
    /// body a sentence names without its speaking ("Saddam said …. Iran
    /// said …, which it said it would review").
    pub(super) fn previous_source_organization(&mut self, at: usize) -> Option<usize> {
        let previous = self.previous_sentence_start(at)?;
        let found = self.speaker_since(previous, at)?;
        self.as_organization(found)
    }

    /// The last organisation that spoke, when every name the text gives
    /// from there to `at` is its own, a person's or a news outlet's: in a company's release
    /// or its earnings story "the company" is that company. Once another
    /// name comes between, it may be that one ("EgyptAir said …. Supré
    /// worked at Vanguard Logistics Services …. The company confirmed").
    pub(super) fn last_organization_still_in_view(&self, at: usize) -> Option<usize> {
        let index = self.last_organization?;
        let entity = &self.entities[index];
        let from = entity.last_spoke?.max(entity.named.end);
        let r = &self.reader;
        let runs = r.runs(from, at);
        let other = runs.iter().any(|run| {
            let words = r.run_words(run.first, run.end);
            let own = words.iter().all(|w| entity.words.contains(w));
            let person = r.has_first_name(*run)
                || run.first > 0
                    && COURTESY_TITLES.contains(crate::lex::without_dot(r.doc.word(run.first - 1)));
            // A word capitalised only as it opens a sentence ("In", "But")
            // names no one.
            let common =
                run.len() == 1 && self.lower_case_words.contains(&r.doc.tokens[run.first].key);
            // An outlet that saw or reported something is no company the
            // story is about: "in a memo seen by Reuters".
            let outlet = words.first().is_some_and(|w| NEWS_OUTLETS.contains(w));
            !own && !person && !common && !outlet && self.may_be_another_organization(*run)
        });
        (!other).then_some(index)
    }

    /// Whether the run may name an organisation "the company" could mean:
    /// one by its name ("NCNB Texas National Bank", "Vanguard Logistics
    /// Services"), or an owner the text has not named as a person
    /// ("Weisfield's"). Not a place written in initials ("N.Y.", "U.S."),
    /// a product ("Unix") or a person's possessive ("Reupke's" after
    /// "Michael Reupke").
    fn may_be_another_organization(&self, run: Span) -> bool {
        let r = &self.reader;
        let last = r.doc.word(run.end - 1);
        let initials = run.len() == 1 && last.contains('.');
        let organization = self.is_organization_run(run.first, run.end) && !initials;
        let owner = strip_possessive(last);
        let possessive =
            name_form(last) != last && !self.surnames_seen.contains(&owner.to_ascii_lowercase());
        organization || possessive
    }

    fn previous_sentence_start(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        self.sentence_starts.get(sentence.checked_sub(2)?).copied()
    }

    /// The entity at `index` as an organisation, retyped when it is a
    /// person only by default; None when it is shown to be a person.
    fn as_organization(&mut self, index: usize) -> Option<usize> {
        if self.is_unshown_person(index) {
            self.entities[index].kind = SpeakerKind::Organization;
            self.index
                .retype_as_organization(index, &self.entities[index]);
            self.recent_people.retain(|&p| p != index);
        }
        (self.entities[index].kind == SpeakerKind::Organization).then_some(index)
    }

    /// The person who spoke last, when the mention that named them is in
    /// `from..at`: "According to Pellow Insight, bills could fall. The
    /// consultancy said …".
    fn speaker_since(&self, from: usize, at: usize) -> Option<usize> {
        let &last = self.recent_people.last()?;
        let spoke = self.entities[last].last_spoke?;
        (from..at).contains(&spoke).then_some(last)
    }

    /// Whether the entity at `index` is a person only by default: the
    /// article gives no role, title or pronoun, and the name is one word
    /// that is no surname given in full elsewhere, or has no first name the
    /// lexicon knows ("Pellow Insight").
    fn is_unshown_person(&self, index: usize) -> bool {
        let entity = &self.entities[index];
        let words = &entity.words;
        let bare = match words.as_slice() {
            [word] => !self.surnames_seen.contains(word),
            [first, ..] => !is_first_name(first),
            [] => false,
        };
        entity.kind == SpeakerKind::Person
            && entity.role.is_none()
            && pronoun_of(entity).is_none()
            && bare
    }
}
