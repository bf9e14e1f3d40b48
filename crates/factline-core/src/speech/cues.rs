//! Cues: the verbs of saying in all their forms, and whether a token is a
//! usable cue in its context (`Finder::cue_at`).

use crate::evidence::CueRefusal;
use crate::grammar::{is_determiner, is_participle_before};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Mark};

use super::finder::Finder;
use super::lexicons::{
    cue_lemma, cue_lemma_key, BLOCKERS, CLAIMED_THINGS, NOUN_LIKE, NOUN_MODIFIERS, SUBJECT_PRONOUNS,
};

impl Finder<'_> {
    /// Whether token `i` is a usable cue: a verb of saying, or "according to".
    pub(super) fn cue_at(&self, i: usize) -> Option<(usize, usize)> {
        match self.cue_check(i) {
            Some(Ok(cue)) => Some(cue),
            _ => None,
        }
    }

    /// Whether token `i`, if it is a word of saying not yet used, is a
    /// usable cue, or which rule refuses it where it stands.
    pub(super) fn cue_check(&self, i: usize) -> Option<Result<(usize, usize), CueRefusal>> {
        if !self.doc.is_word(i) || self.used_cue.get(i).copied().unwrap_or(true) {
            return None;
        }
        let word = self.doc.word(i);
        if word_is(word, "according") && word_is(self.doc.word(i + 1), "to") {
            return Some(Ok((i, i + 2)));
        }
        let lemma = cue_lemma_key(self.doc.tokens.get(i)?.key)?;
        Some(self.cue_in_context(i, word, lemma))
    }

    /// Whether a figure opens the phrase at `k`, after at most two words
    /// that qualify it ("nearly", "another", "a net"): a number, or a
    /// currency sign before one.
    fn figure_follows(&self, k: usize) -> bool {
        (k..k + 3)
            .map_while(|j| self.doc.token(j))
            .take_while(|t| {
                let opens_clause = word_is(t.text(self.doc.text), "that");
                t.is_word() && !opens_clause || t.kind == Kind::Number || t.is_punct('$')
            })
            .any(|t| t.kind == Kind::Number)
    }

    /// The rules that refuse a word of saying where it stands, in the order
    /// they are tried.
    fn cue_in_context(
        &self,
        i: usize,
        word: &str,
        lemma: &str,
    ) -> Result<(usize, usize), CueRefusal> {
        use CueRefusal::*;
        if lemma == "point" {
            return if word_is(self.doc.word(i + 1), "out") {
                Ok((i, i + 2))
            } else {
                Err(PointWithoutOut)
            };
        }
        let next = self.doc.word(i + 1);
        // A list of doings is no speech: "begin shouting, pointing, jeering".
        if word.ends_with("ing") && next == "," && is_participle_before(self.doc.word(i + 2), "") {
            return Err(ListOfDoings);
        }
        let introduces = matches!(next, ":" | ",") || word_is(next, "that");
        // "“…,” he continued." closes the attribution of the quote before it.
        let after_quote = (i.saturating_sub(5)..i).any(|k| {
            matches!(
                self.doc.tokens[k].kind,
                Kind::Quote(Mark::Close | Mark::Straight)
            ) && k > 0
                && matches!(self.doc.tokens[k - 1].kind, Kind::Punct(',' | '?' | '!'))
        });
        // A capitalised one may open an inverted attribution ("Continued
        // Stone: “…”"), which the check for capitals below reads.
        if matches!(lemma, "continue" | "maintain" | "counter")
            && !introduces
            && !after_quote
            && !is_capitalized(word)
        {
            return Err(GoingOnWithoutSpeech);
        }
        // "states" is a noun far more often than a verb: only "states:" and
        // "states that" before a clause's subject, not in "states that vote".
        let after_that = self.doc.word(i + 2);
        let clause_follows = word_is(next, "that")
            && (is_capitalized(after_that)
                || is_determiner(after_that)
                || SUBJECT_PRONOUNS.contains(after_that)
                || word_in(after_that, &["there", "this"]));
        if lemma == "state" && !(clause_follows || next == ":") {
            return Err(StatesWithoutClause);
        }
        // A particle makes another verb: "shouted down", "told off"; "added
        // to" is to increase ("added to the confusion"), and "responds to
        // violence" is to act on it.
        if word_in(next, &["down", "up", "off", "back", "away"])
            || lemma == "add" && word_is(next, "to")
            || matches!(lemma, "respond" | "reply" | "answer") && word_is(next, "to")
        {
            return Err(AnotherVerb);
        }
        // "add" with a figure as its object is to increase: "employers added
        // 150,000 jobs", "added nearly $2 million"; a clause or a quote
        // opens with "that", a comma or a colon before any figure.
        if lemma == "add" && self.figure_follows(i + 1) {
            return Err(AddsAFigure);
        }
        // Words that are nouns as often as verbs count only inflected
        // ("reported", not "the report"), and never right before a verb
        // ("news reports said").
        let inflected = !word.eq_ignore_ascii_case(lemma);
        let noun_like = NOUN_LIKE.contains(lemma);
        // After a plural source and before a clause, the base form is the
        // verb: "some note that Trump …", "critics claim that the plan …".
        let prev = self.doc.word(i.wrapping_sub(1));
        let plural_source = i > 0
            && self.doc.is_word(i - 1)
            && (word_in(
                prev,
                &["some", "others", "many", "most", "they", "we", "i", "you"],
            ) || (!is_determiner(prev)
                && prev.ends_with('s')
                && !prev.ends_with("ss")
                && prev.len() > 3));
        if noun_like && !inflected && !(clause_follows && plural_source) {
            return Err(NounForm);
        }
        // Their "-s" forms are plural nouns after a modifier ("recent
        // comments", "early-morning tweets") or before a participle ("tweets
        // shaming a former Miss Universe").
        let plural_noun = noun_like
            && word.ends_with('s')
            && ((NOUN_MODIFIERS.contains(prev) || prev.contains('-') && !is_capitalized(prev))
                || (next.ends_with("ing") && self.doc.is_word(i + 1) && !is_capitalized(next)));
        if plural_noun {
            return Err(PluralNoun);
        }
        if cue_lemma(next).is_some()
            || word_in(
                next,
                &[
                    "was", "is", "were", "are", "has", "have", "had", "by", "of", "with", "for",
                    "on", "about", "at", "from",
                ],
            ) && lemma != "say"
        {
            return Err(BeforeVerbOrObject);
        }
        // A claim of a thing or a share is no speech: "claimed a victory",
        // "claiming 41 percent of the vote".
        let claimed = (i + 1..i + 4)
            .take_while(|&k| {
                self.doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == Kind::Number)
                    || is_determiner(self.doc.word(k))
                    || CLAIMED_THINGS.contains(self.doc.word(k))
            })
            .any(|k| CLAIMED_THINGS.contains(self.doc.word(k)));
        if lemma == "claim" && claimed {
            return Err(ClaimOfAThing);
        }
        // "It is worth noting that" is the writer's aside; "taxpayers
        // reporting capital gains" report no speech.
        if word_is(prev, "worth")
            || (lemma == "report" && word.ends_with("ing") && !word_in(next, &["that", ":"]))
        {
            return Err(WritersAside);
        }
        if prev.ends_with("’s") || prev.ends_with("'s") || prev.ends_with('’') {
            return Err(AfterPossessive);
        }
        // A capitalised "Says" opens a headline or a label, not reported
        // speech; "Said Ellis: “…”" opens an inverted attribution.
        let inverted = word_in(word, &["said", "says", "added", "wrote", "continued"])
            && (is_capitalized(next) || word_in(next, &["the", "a", "an", "one"]))
            && (i + 2..i + 7).any(|k| {
                self.doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
                    && self.doc.tokens.get(k + 1).is_some_and(|t| t.is_quote())
            });
        if is_capitalized(word) && !word_is(word, "according") && !inverted {
            return Err(HeadlineOrLabel);
        }
        // A participle between a modifier and its noun is an adjective: "a
        // creative writing professor, said".
        let noun_modifier = word.ends_with("ing")
            && i >= 2
            && is_determiner(self.doc.word(i - 2))
            && self.doc.is_word(i - 1)
            && !is_capitalized(prev)
            && self.doc.is_word(i + 1)
            && !is_capitalized(next)
            && !is_determiner(next)
            && !SUBJECT_PRONOUNS.contains(next)
            && !word_in(next, &["you", "that"])
            && (self.doc.tokens.get(i + 2).is_some_and(|t| t.is_punct(','))
                || cue_lemma(self.doc.word(i + 2)).is_some());
        if noun_modifier {
            return Err(ModifierOfANoun);
        }
        // Nouns that look like verbs: "the state", "a report", "the tweet".
        if word_in(
            self.doc.word(i.wrapping_sub(1)),
            &[
                "the", "a", "an", "his", "her", "their", "its", "this", "that",
            ],
        ) {
            return Err(AfterDeterminer);
        }
        // Within the cue's own sentence: "Clinton did not. He said …" is said.
        let (sentence_first, _) = self.sentence_bounds(i);
        let blocked = (i.saturating_sub(3).max(sentence_first)..i).any(|k| {
            let word = self.doc.word(k);
            // "to" makes an infinitive only right before the cue ("declined
            // to publicly say"); before a noun it opens a phrase ("sources
            // close to the campaign said").
            if word_is(word, "to") {
                return self.before_adverbs(i, k + 1) == k + 1;
            }
            BLOCKERS.contains(word) || word.ends_with("n't") || word.ends_with("n’t")
        });
        // A passive cue names who was addressed, not who spoke: "was asked", "were told".
        let passive = word_in(prev, &["was", "were", "been", "being", "is", "are", "be"]);
        if passive && lemma != "say" {
            return Err(Passive);
        }
        if blocked {
            return Err(NegatedOrNotDone);
        }
        Ok((i, i + 1))
    }
}
