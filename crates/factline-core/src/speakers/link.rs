//! From a statement to its speaker: a mention is resolved once, through
//! the rules in the order the module root describes (`Resolver::mention`);
//! a mention that resolves to no one but names a document is read on for
//! its issuer; the link says through which earlier mention it went, and
//! the speaking is noted for the pronouns and role nouns after it.

use std::collections::HashMap;

use super::{Link, Resolver};
use crate::dataset::SpeakerKind;
use crate::evidence::{LinkRule, StatementRule};
use crate::lex::is_capitalized;
use crate::segment::Span;
use crate::speech::RawStatement;

impl Resolver<'_> {
    /// The speaker of `statement`, found through its mention, and the
    /// speaking noted for the pronouns and role nouns after it. `resolved`
    /// holds each mention resolved so far, so that a mention several
    /// statements share is resolved once.
    pub(super) fn speaker_of(
        &mut self,
        statement: &RawStatement,
        resolved: &mut HashMap<Span, Option<(usize, LinkRule)>>,
    ) -> Option<Link> {
        // A relative pronoun ("who said") is resolved through the phrase it
        // stands for.
        let named = statement.antecedent.or(statement.mention);
        let speaker = named.and_then(|named| {
            if let Some(&known) = resolved.get(&named) {
                return known;
            }
            let found = self
                .mention(named.first, named.end)
                .or_else(|| self.issuer(named, statement));
            resolved.insert(named, found);
            found
        });
        let link = speaker
            .zip(named)
            .map(|((index, rule), named)| self.link(statement, named, index, rule));
        if let Some((index, _)) = speaker {
            self.note_spoke(index, named, statement.rule);
        }
        link
    }

    /// Who issued the document a mention that resolves to no one names,
    /// when the text says so after it: "according to a count by the
    /// Associated Press". It is read up to the statement's cue when the cue
    /// follows the mention, else up to the sentence's end.
    fn issuer(&mut self, named: Span, statement: &RawStatement) -> Option<(usize, LinkRule)> {
        let next_sentence = self
            .sentence_starts
            .partition_point(|&start| start <= named.first);
        let sentence_end = self
            .sentence_starts
            .get(next_sentence)
            .copied()
            .unwrap_or(self.reader.doc.tokens.len());
        let limit = statement
            .cue
            .filter(|cue| cue.first >= named.end)
            .map_or(sentence_end, |cue| cue.first.min(sentence_end));
        let issuer = self.reader.issuer_after(named.first, named.end, limit)?;
        self.mention(issuer.first, issuer.end)
    }

    /// Notes that the entity at `index` spoke, named by the mention `named`
    /// in a statement that `rule` found: it becomes what a later pronoun or
    /// role noun may refer to.
    fn note_spoke(&mut self, index: usize, named: Option<Span>, rule: StatementRule) {
        let entity = &mut self.entities[index];
        entity.speaks = true;
        entity.last_spoke = named.map(|named| named.first);
        match entity.kind {
            SpeakerKind::Person => self.note_speaker(index),
            // An organisation that speaks through a document it issued
            // ("according to a report by the Urban Institute") is a
            // source, not what the text goes on about: a later "it" or
            // "the company" is not it.
            SpeakerKind::Organization
                if !matches!(
                    rule,
                    StatementRule::ReportedAccordingToDocument
                        | StatementRule::ReportedDocumentBefore
                ) =>
            {
                self.last_organization = Some(index)
            }
            SpeakerKind::Organization => {}
            _ => {
                let listed = entity.pronoun == Some("they");
                if listed || entity.words.last().is_some_and(|w| w.ends_with('s')) {
                    self.last_plural = Some(index);
                }
                // After people who speak together ("Wilcox and Beruff
                // said"), "he" or "she" could be any of them.
                if listed {
                    self.recent_people.clear();
                }
            }
        }
    }

    /// The link of `statement`, whose mention `named` was resolved to the
    /// entity at `index` by `rule`, with the earlier mention it went
    /// through. A mention that names the entity is remembered as the one
    /// later pronouns and role nouns point back to.
    fn link(
        &mut self,
        statement: &RawStatement,
        named: Span,
        index: usize,
        rule: LinkRule,
    ) -> Link {
        let entity = &mut self.entities[index];
        let earlier = match rule {
            LinkRule::Pronoun | LinkRule::RoleNoun => entity.last_named.or(Some(entity.named)),
            LinkRule::Alias => Some(entity.named),
            _ => None,
        };
        if matches!(
            rule,
            LinkRule::Name | LinkRule::Description | LinkRule::Alias
        ) {
            entity.last_named = Some(named);
        }
        let (rule, antecedent) = if statement.rule == StatementRule::QuoteContinuesParagraph {
            (LinkRule::Continuation, None)
        } else if statement.antecedent.is_some() {
            (LinkRule::RelativePronoun, statement.antecedent)
        } else {
            (rule, earlier)
        };
        // Only a mention before the statement's own explains it: for a
        // relative pronoun that is the pronoun, not the phrase it names. A
        // role named before its holder has none; the card names the holder.
        let here = statement
            .mention
            .map_or(named.first, |mention| mention.first);
        Link {
            entity: index,
            rule,
            antecedent: antecedent.filter(|antecedent| antecedent.end <= here),
        }
    }

    /// Resolves one statement's mention, and says how.
    fn mention(&mut self, first: usize, end: usize) -> Option<(usize, LinkRule)> {
        // A count of people is the source, not the people it counts from:
        // "one in five", "most of them".
        let counted = self.reader.partitive_start(first);
        if let Some(start) = counted.filter(|_| self.reader.can_be_counted(first, end)) {
            return Some((self.counted_group(start, end), LinkRule::Description));
        }
        let end = self
            .reader
            .partner_end(self.reader.description_end(first, end));
        if let Some(name) = self.reader.organization_name_going_on(first, end) {
            return Some(self.organization_link(name.first, name.end));
        }
        let head_end = self.reader.mention_head_end(first, end);
        // The description may start before a role the mention was cut at:
        // "the president and| chief executive of Acme, Jane Roe".
        let described_from = [self.reader.joined_role_start(first), first]
            .into_iter()
            .find(|&from| self.reader.names_after_description(from, head_end, end));
        if let Some(from) = described_from {
            // The name ends before its party tag: "a former lawmaker, Sen.
            // Joe Lieberman (I-Conn.)".
            let name_end = (head_end + 1..end)
                .find(|&k| self.reader.doc.tokens[k].is_punct('('))
                .unwrap_or(end);
            return self.named_after_description(from, head_end, name_end);
        }
        let mention = self.reader.read_mention(first, head_end, end)?;
        if mention.words == 1 {
            if let Some(found) = self.pronoun_mention(first) {
                return found;
            }
        }
        if self.reader.is_member_noun(first, mention.head_word) {
            let lower = mention.head.to_ascii_lowercase();
            Some(self.anonymous_source(&mention, &lower, false))
        } else if self.reader.is_office_mention(&mention) {
            self.office_mention(&mention)
        } else if let Some(head) = self.reader.portfolio_office_head(&mention) {
            Some(self.portfolio_office(&mention, head))
        } else if is_capitalized(&mention.head) {
            self.name_mention(&mention)
        } else {
            self.common_noun_mention(&mention)
        }
    }
}
