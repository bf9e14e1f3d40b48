//! Surnames and aliases: the people the article names in full, whom a
//! lone surname later means ("Jim Chalmers" … "Dr Chalmers said"), unless
//! two people share it or an honorific says otherwise; the pronoun an
//! honorific tells ("Mr.", "Mrs."); and each person's shorter names the
//! article uses.

use super::name_words::HONORIFICS;
use super::Resolver;
use crate::dataset::SpeakerKind;
use crate::evidence::LinkRule;
use crate::grammar::{first_name_pronoun, is_role_head};
use crate::lex::Lexicon;
use crate::segment::Span;

/// The honorifics that show a person is known as "he".
static HE_HONORIFICS: Lexicon = Lexicon::new(&["mr", "sir", "lord", "shri"]);

/// The honorifics that show a person is known as "she".
static SHE_HONORIFICS: Lexicon = Lexicon::new(&[
    "mrs", "ms", "miss", "dame", "lady", "baroness", "smt", "shrimati",
]);

impl Resolver<'_> {
    /// Gives each person their aliases: the shorter forms of their name the
    /// article uses.
    pub(super) fn add_aliases(&mut self) {
        let runs_seen = std::mem::take(&mut self.runs_seen);
        for entity in &mut self.entities {
            if entity.kind != SpeakerKind::Person {
                continue;
            }
            let parts: Vec<&str> = entity.name.split_whitespace().collect();
            for skip in 1..parts.len() {
                let alias = parts[skip..].join(" ");
                if runs_seen.contains(&alias.to_lowercase())
                    && alias.chars().any(char::is_alphabetic)
                {
                    entity.aliases.push(alias);
                }
            }
        }
    }

    /// Whether a run of several names may be a person's whose first name
    /// the lexicon does not know: one the text introduces as news introduces
    /// people, with an appositive after a comma ("Johnnie Wilson, 83, of
    /// Springfield"), opening with a word the text never writes in lower
    /// case (not "New York, the city"), and no organisation's.
    pub(super) fn may_be_unknown_person(&self, run: Span) -> bool {
        let doc = &self.reader.doc;
        let introduced = doc.tokens.get(run.end).is_some_and(|t| t.is_punct(','));
        introduced
            && !self.lower_case_words.contains(&doc.tokens[run.first].key)
            && !self.is_organization_run(run.first, run.end)
    }

    /// Whether the run is one word the text has given as a surname after a
    /// first name, which is a person's wherever it stands: "Zap owner
    /// Quill" after "Tom Quill".
    pub(super) fn is_seen_surname(&self, run: Span) -> bool {
        run.len() == 1
            && self
                .surnames_seen
                .contains(&self.reader.run_words(run.first, run.end)[0])
    }

    /// Notes the last word of a name of several words as a surname, with
    /// the pronoun its first name tells. A name that may be a person's
    /// though the lexicon knows no first name in it (`unknown_person`) tells
    /// neither pronoun: "Johnnie Wilson" may be a "he" as well as a "she".
    pub(super) fn note_full_name(&mut self, run: Span, unknown_person: bool) {
        let words = self.reader.run_words(run.first, run.end);
        let Some(surname) = words.last() else {
            return;
        };
        let pronoun = first_name_pronoun(&words);
        let named = self.named_in_full.entry(surname.clone()).or_default();
        // The word before the surname that is no initial is the given
        // name, whatever role comes before it ("Secretary Jeh Johnson"); a
        // title there ("Dr Chalmers") gives none.
        let given = words[..words.len() - 1]
            .iter()
            .rev()
            .find(|word| word.chars().count() > 1)
            .filter(|word| !HONORIFICS.contains(word) && !is_role_head(word));
        named.given_names.extend(given.cloned());
        if pronoun.is_some() && named.first_known.is_none() {
            named.first_known = Some(run);
        }
        if pronoun.is_none() && unknown_person {
            self.told_surnames.entry(surname.clone()).or_insert(None);
        }
        if let Some(pronoun) = pronoun {
            let told = self
                .told_surnames
                .entry(surname.clone())
                .or_insert(Some(pronoun));
            // Written after first names of both kinds, it tells neither.
            if *told != Some(pronoun) {
                *told = None;
            }
        }
        self.surnames_seen.insert(surname.clone());
    }

    /// Who the lone word `name` means when the article wrote it before in
    /// a longer name: the one person named in full with that surname
    /// ([`Resolver::named_in_full_before`]), with `role`, or the one
    /// organisation whose name opens with it ("Harbour Bancorp said …
    /// Harbour in a statement said"), unless the word is a person's surname
    /// too ("the Clinton Foundation … Mrs. Clinton said").
    pub(super) fn named_earlier(
        &mut self,
        run: Span,
        name: Span,
        name_words: &[String],
        role: &Option<String>,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        if let Some(full) = self.named_in_full_before(name, name_words) {
            let text = r.run_text(full.first, full.end);
            let words = r.run_words(full.first, full.end);
            let index = self.add(text, words, role.clone(), SpeakerKind::Person, full);
            return Some((index, LinkRule::Alias));
        }
        let [word] = name_words else {
            return None;
        };
        let honorific = run.first > 0 && HONORIFICS.contains(r.doc.word(run.first - 1));
        if honorific || self.surnames_seen.contains(word) {
            return None;
        }
        let index = self
            .index
            .organization_opening_with(&self.entities, word, name.first)?;
        Some((index, LinkRule::Alias))
    }

    /// The one person the article named in full before `name`, a lone
    /// surname, where no one spoke ("Jim Chalmers spoke to reporters …
    /// Dr Chalmers said"): not when the article writes two given names
    /// before the surname, nor when an honorific before it is of the other
    /// sex.
    pub(super) fn named_in_full_before(&self, name: Span, name_words: &[String]) -> Option<Span> {
        let [surname] = name_words else {
            return None;
        };
        let named = self.named_in_full.get(surname)?;
        let full = named.first_known.filter(|full| full.end <= name.first)?;
        if named.given_names.len() != 1 {
            return None;
        }
        let before = name
            .first
            .checked_sub(1)
            .map_or("", |k| self.reader.doc.word(k));
        let told = first_name_pronoun(&self.reader.run_words(full.first, full.end));
        let clashes = (HE_HONORIFICS.contains(before) && told != Some("he"))
            || (SHE_HONORIFICS.contains(before) && told != Some("she"));
        (!clashes).then_some(full)
    }

    /// Learns "he" from "Mr." or "Sir" and "she" from "Mrs.", "Ms.", "Miss" or
    /// "Dame" before a name.
    pub(super) fn note_honorific(&mut self, index: usize, run_first: usize) {
        let before = run_first
            .checked_sub(1)
            .map_or("", |k| self.reader.doc.word(k));
        let pronoun = if HE_HONORIFICS.contains(before) {
            Some("he")
        } else if SHE_HONORIFICS.contains(before) {
            Some("she")
        } else {
            None
        };
        let unknown = self
            .entities
            .get(index)
            .is_some_and(|e| e.pronoun.is_none());
        if let Some(p) = pronoun.filter(|_| unknown) {
            self.set_pronoun(index, p);
        }
    }
}
