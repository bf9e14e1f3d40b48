//! Sources the text describes without naming: anonymous people ("One
//! official", "a senior official", and "the official" after them), groups
//! ("voters", "Officials in Washington") and counts of people ("one in
//! five", "most of them").

use super::name_words::strip_possessive;
use super::{Mention, Resolver};
use crate::dataset::SpeakerKind;
use crate::evidence::LinkRule;
use crate::grammar::{
    is_role_head, is_source_noun, ordinal_word, ANONYMOUS_HEADS, COMMON_SOURCES,
    ORGANIZATION_HEADS, PERSON_NOUNS,
};
use crate::lex::{word_is, Lexicon};
use crate::segment::Span;

/// Determiners of an unnamed source.
static INDEFINITES: Lexicon =
    Lexicon::new(&["a", "an", "one", "another", "his", "her", "their", "its"]);

impl Resolver<'_> {
    /// The source a mention headed by a common noun refers to: an unnamed
    /// source, an organisation named by its common head, an entity a role
    /// noun refers back to, or a group.
    pub(super) fn common_noun_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let lower = mention.head.to_ascii_lowercase();
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        // An unnamed person: "a senior official", "a friend", "his lawyer".
        let indefinite = INDEFINITES.contains(&mention.determiner)
            && (is_role_head(&lower) || PERSON_NOUNS.contains(&lower));
        if ANONYMOUS_HEADS.contains(&lower) || indefinite {
            return Some(self.anonymous_source(mention, &lower, plural));
        }
        // A named organisation by its common head: "the Trump campaign",
        // "the Obama administration".
        if ORGANIZATION_HEADS.contains(&lower) && !mention.runs.is_empty() && !plural {
            return Some((self.organization_by_head(mention), LinkRule::Name));
        }
        if matches!(mention.determiner.as_str(), "the" | "this" | "that") && !plural {
            return self
                .role_noun(mention, &lower)
                .or_else(|| self.office_holder(mention, &lower));
        }
        if plural && self.is_a_persons_things(mention, &lower) {
            return None;
        }
        if plural || (mention.words == 1 && COMMON_SOURCES.contains(&lower)) {
            return Some((self.unnamed_group(mention, &lower), LinkRule::Description));
        }
        None
    }

    /// Whether a plural mention, headed by `lower`, is things a person the
    /// article knows owns, which say nothing: "Mr. Roe's eyes", "Lee's
    /// remarks". People a person has ("Lee's aides") are a noun for people;
    /// what an organisation has may speak for it ("the State's reviewers").
    fn is_a_persons_things(&self, mention: &Mention, lower: &str) -> bool {
        let doc = &self.reader.doc;
        let owner = (mention.first..mention.head_word).any(|k| {
            let word = doc.word(k);
            let name = strip_possessive(word);
            name != word
                && self
                    .known(&[name.to_ascii_lowercase()])
                    .is_some_and(|index| self.entities[index].kind == SpeakerKind::Person)
        });
        owner && !is_source_noun(lower)
    }

    /// An anonymous source, "One official", "a senior official", whose head
    /// noun in lower case is `lower`: a new one, or the latest with that
    /// head when "the" refers back to it.
    pub(super) fn anonymous_source(
        &mut self,
        mention: &Mention,
        lower: &str,
        plural: bool,
    ) -> (usize, LinkRule) {
        // "the official" after "One official" is the same source; "the
        // first official" after "another official" is the first of them.
        if mention.determiner == "the" && !plural {
            let ordinal = (mention.first + 1 < mention.head_word)
                .then(|| ordinal_word(self.reader.doc.word(mention.first + 1)))
                .flatten();
            let earlier = match ordinal {
                Some(nth) => self.index.nth_anonymous(lower, nth),
                None => self.index.latest_anonymous(lower),
            };
            if let Some(index) = earlier {
                return (index, LinkRule::RoleNoun);
            }
        }
        (
            self.add_unnamed(mention, lower, None),
            LinkRule::Description,
        )
    }

    /// A new unnamed source, known by the words of `mention` and by its
    /// head `lower`, with `role` if the mention gives one.
    pub(super) fn add_unnamed(
        &mut self,
        mention: &Mention,
        lower: &str,
        role: Option<String>,
    ) -> usize {
        self.add(
            mention.text.clone(),
            vec![lower.to_string()],
            role,
            SpeakerKind::Anonymous,
            Span::new(mention.first, mention.phrase_end),
        )
    }

    /// A group the mention describes without naming it, "voters", "Officials
    /// in Washington", with its head as role when that is a role noun and
    /// says more than the name: "reporters" is no role of "reporters".
    fn unnamed_group(&mut self, mention: &Mention, lower: &str) -> usize {
        let name = self
            .reader
            .with_inclusion(mention)
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let singular = lower.trim_end_matches('s');
        let role = (is_role_head(singular) && !name.eq_ignore_ascii_case(&mention.head))
            .then(|| mention.head.clone());
        self.add(
            name,
            vec![lower.to_string()],
            role,
            SpeakerKind::Group,
            Span::new(mention.first, mention.phrase_end),
        )
    }

    /// The group a count of people in `first..end` names: "one in five",
    /// "most of them"; or the one unnamed person of "one of his aides". It
    /// names no one, so nothing later refers back to it.
    pub(super) fn counted_group(&mut self, first: usize, end: usize) -> usize {
        let r = &self.reader;
        let one = word_is(r.doc.word(first), "one") && word_is(r.doc.word(first + 1), "of");
        let kind = if one {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Group
        };
        let name = r.span(first, end).to_string();
        let words = vec![name.to_ascii_lowercase()];
        self.add(name, words, None, kind, Span::new(first, end))
    }
}
