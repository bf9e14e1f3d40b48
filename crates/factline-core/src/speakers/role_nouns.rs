//! Role nouns that point back: "the mayor", "the PM", "the Minister for
//! Health" are the one person the article gave that role (or named with it
//! just after a lead's first use), "the agency" or "the company" the
//! organisation with that noun; a role at a named organisation with no
//! holder is an unnamed source.

use std::ops::Range;

use super::{Mention, Resolver};
use crate::evidence::LinkRule;
use crate::grammar::{
    is_business_noun, is_generic_organization_noun, is_public_body, is_role_adjective,
    is_role_head, ORGANIZATION_HEADS, ORGANIZATION_NOUN_HEADS,
};
use crate::lex::{key, word_in, word_is};

/// In how many sentences after its own a lead's "the Education Secretary"
/// may have its holder named (`holder_named_next`): the next one, where a
/// release or a report says who it meant.
const NAMED_NEXT_SENTENCES: usize = 1;

impl Resolver<'_> {
    /// The one person whose role is the office a mention writes in capitals
    /// ("the PM", "the Chief Minister"); a word before the office's head
    /// must be in the role too, so that "the Prime Minister" is not a
    /// health minister.
    pub(super) fn office_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let lower = mention.head.to_ascii_lowercase();
        let qualifier = self.role_qualifier(mention);
        self.role_holder(mention.first, &lower, None, qualifier.as_deref())
    }

    /// The one person with the role a mention at token `at` names (as
    /// `EntityIndex::titled_holders` reads `lower`, `object` and
    /// `qualifier`): named before it, or else, the first time a mention
    /// uses the role, named with it just after (`holder_named_next`).
    fn role_holder(
        &mut self,
        at: usize,
        lower: &str,
        object: Option<&str>,
        qualifier: Option<&str>,
    ) -> Option<(usize, LinkRule)> {
        let first_use = self.roles_met.insert(key(lower));
        let holders = |seen| {
            self.index
                .titled_holders(&self.entities, lower, object, qualifier, seen)
        };
        let before = holders(0..at);
        match before[..] {
            [one] => Some((one, LinkRule::RoleNoun)),
            [] if first_use => self
                .holder_named_next(at, holders)
                .map(|index| (index, LinkRule::RoleNounNamedNext)),
            _ => None,
        }
    }

    /// The one person the article gave the office the mention names, whose
    /// head is at `head` ("The Minister for Health"), or else its unnamed
    /// holder, with the office as role.
    pub(super) fn portfolio_office(&mut self, mention: &Mention, head: usize) -> (usize, LinkRule) {
        let doc = &self.reader.doc;
        let lower = doc.word(head).to_ascii_lowercase();
        let object = (head + 1 < mention.phrase_end)
            .then(|| doc.word(mention.phrase_end - 1).to_ascii_lowercase());
        let holder = self.index.only_titled(
            &self.entities,
            &lower,
            object.as_deref(),
            None,
            mention.first,
        );
        if let Some(index) = holder {
            return (index, LinkRule::RoleNoun);
        }
        let role = mention
            .text
            .split_once(' ')
            .map(|(_, role)| role.to_string());
        (
            self.add_unnamed(mention, &lower, role),
            LinkRule::Description,
        )
    }

    /// The word right before a role noun's head that says which office it
    /// is ("the chief minister", "the Prime Minister"), in lower case; none
    /// for a word that only says when the role was held ("the former
    /// senator").
    fn role_qualifier(&self, mention: &Mention) -> Option<String> {
        let word = self.reader.doc.word(mention.head_word.checked_sub(1)?);
        let qualifies = mention.head_word > mention.first + 1 && !is_role_adjective(word);
        qualifies.then(|| word.to_ascii_lowercase())
    }

    /// The unnamed person a role at an organisation the text names is, when
    /// no one the article has named holds it: "The interim director of the
    /// Federal Aviation Administration said" is whoever holds that office,
    /// with the phrase as their role; never a person named by the words of
    /// the organisation. A role alone ("the mayor") or of something else
    /// ("the senator from Vermont", "the former secretary of state") is as
    /// often someone the article has named, and stays unresolved; so does a
    /// mention that goes on to a name or another source ("the director of
    /// the FBI, James Roe", "The company and its director").
    pub(super) fn office_holder(
        &mut self,
        mention: &Mention,
        lower: &str,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let object_runs = r.runs(mention.head_word + 1, mention.phrase_end);
        let at_organization = object_runs.last().is_some_and(|run| {
            run.end == mention.phrase_end && self.is_organization_run(run.first, run.end)
        });
        let alone = mention.end == mention.phrase_end
            && (mention.first..mention.phrase_end).all(|k| !word_in(r.doc.word(k), &["and", "or"]));
        if mention.object_word.is_none() || !is_role_head(lower) || !at_organization || !alone {
            return None;
        }
        let role = mention
            .text
            .split_once(' ')
            .map(|(_, role)| role.to_string());
        Some((
            self.add_unnamed(mention, lower, role),
            LinkRule::Description,
        ))
    }

    /// The entity a role noun, `lower`, refers back to: "the agency" is the
    /// latest organisation with that head (or, for a generic noun, the
    /// organisation the sentence before is about, or the last one that
    /// spoke while no other name came after it), "the mayor" the only
    /// person with that title.
    pub(super) fn role_noun(
        &mut self,
        mention: &Mention,
        lower: &str,
    ) -> Option<(usize, LinkRule)> {
        // A noun for a business that is also a person's occupation means
        // the person the article gave it to: "Tom Lee, a miner, … The
        // miner said".
        let holder = (is_business_noun(lower) && is_role_head(lower))
            .then(|| {
                self.index
                    .only_titled(&self.entities, lower, None, None, mention.first)
            })
            .flatten();
        if let Some(person) = holder {
            return Some((person, LinkRule::RoleNoun));
        }
        let generic = is_generic_organization_noun(lower);
        // Agencies named without "Agency" in their names: "the agency" is
        // one of them, never a body named in passing since. "The Federal
        // Aviation Administration grounded the jets. Quorvane Airways said it
        // would comply. The agency said …" is the administration.
        let agencies = if word_is(lower, "agency") {
            self.index.agencies_before(&self.entities, mention.first)
        } else {
            Vec::new()
        };
        let found = if ORGANIZATION_HEADS.contains(lower) || generic {
            // "the force" is the police named before.
            let named_head = ORGANIZATION_NOUN_HEADS.get(lower);
            self.index
                .latest_organization(&self.entities, lower, mention.first)
                .or_else(|| {
                    named_head.and_then(|head| {
                        self.index
                            .latest_organization(&self.entities, head, mention.first)
                    })
                })
                .or_else(|| match agencies[..] {
                    [only] => Some(only),
                    _ => None,
                })
                .or_else(|| {
                    (generic && agencies.is_empty())
                        .then(|| {
                            // "the agency's watchdog" is another body.
                            let owned =
                                self.reader.has_possessive(mention.first, mention.head_word);
                            (!owned)
                                .then(|| self.organization_opening_sentence(mention.first))
                                .flatten()
                                .or_else(|| self.previous_organization(mention.first))
                                .or_else(|| self.previous_source_organization(mention.first))
                                .or_else(|| self.last_organization_still_in_view(mention.first))
                                .or_else(|| self.name_opening_sentence(mention.first))
                        })
                        .flatten()
                })
        } else if is_role_head(lower) {
            let qualifier = self.role_qualifier(mention);
            let object = mention.object_word.as_deref();
            return self.role_holder(mention.first, lower, object, qualifier.as_deref());
        } else {
            None
        };
        // A noun for a business never means a public body: after "Police
        // said …", "the company" is another organisation.
        let fits = |&index: &usize| {
            !is_business_noun(lower) || !is_public_body(&self.entities[index].words)
        };
        found.filter(fits).map(|index| (index, LinkRule::RoleNoun))
    }

    /// The one person named with the role a lead gives before its holder
    /// ("The Education Secretary has announced …", then "Education
    /// Secretary Gillian Keegan said"), by `holders` first seen in a range
    /// of tokens: first seen within the sentences just after the mention at
    /// token `at`. Two holders named next leave it unresolved.
    fn holder_named_next(
        &self,
        at: usize,
        holders: impl Fn(Range<usize>) -> Vec<usize>,
    ) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let limit = self
            .sentence_starts
            .get(sentence + NAMED_NEXT_SENTENCES)
            .copied()
            .unwrap_or(self.reader.doc.tokens.len());
        match holders(at..limit)[..] {
            [one] => Some(one),
            _ => None,
        }
    }
}
