//! What a sentence is about: its subject ("In an interview, Ham made it
//! clear"), the name a clause opening it is about ("When Roe visited the
//! port …"), and the organisation it opens with ("The Federal Aviation
//! Administration opened an inquiry"), which later pronouns and role nouns
//! may mean.

use super::name_words::name_form;
use super::Reader;
use crate::grammar::{
    is_organization_head, is_role_head, is_verb_after_singular, weekday_number, CLAUSE_JOINERS,
    NAME_PREPOSITIONS,
};
use crate::lex::{is_capitalized, word_in, word_is};
use crate::segment::Span;

/// Words that open a phrase before a sentence's subject: "In an interview,
/// Ham made it clear", "On Wednesday, Trump told".
const OPENING_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "while",
    "when",
    "with",
    "without",
    "despite",
    "unlike",
    "like",
    "since",
    "as",
    "instead",
    "meanwhile",
    "later",
    "earlier",
    "last",
    "this",
    "speaking",
    "asked",
    "for",
    "from",
    "under",
    "over",
    "by",
];

impl Reader<'_> {
    /// The name a sentence starting at `first` is about: its first run of
    /// capitalised words, opening the sentence or just after the comma that
    /// closes an opening phrase ("In an interview, Ham made it clear"), when
    /// a lower-case word, its verb, comes next. A run before a role is the
    /// role's owner, and the name after the role is the subject
    /// ("McConnell spokesman Don Stewart wouldn't say", "Democratic
    /// presidential candidate Bernie Sanders is").
    pub(super) fn subject_run(&self, runs: &[Span], first: usize) -> Option<Span> {
        // The comma is looked for only up to the last run, where the subject
        // must start, so that every sentence is read once and not to the
        // document's end.
        let last_run = runs.last().map_or(first, |run| run.first);
        let opening_phrase = word_in(self.doc.word(first), OPENING_WORDS);
        let first_comma = opening_phrase
            .then(|| (first..last_run).find(|&k| self.doc.tokens[k].is_punct(',')))
            .flatten();
        // An honorific before the name opens the sentence with it: "Mr.
        // Lee met the families".
        let opens = |k: usize| k == first || k == first + 1 && self.is_honorific(first);
        let opening = runs
            .iter()
            .position(|run| opens(run.first) || first_comma.is_some_and(|k| run.first == k + 1))?;
        let before_role = |(index, run): &(usize, &Span)| {
            let next = runs.get(index + 1).map_or(run.end, |next| next.first);
            let between = run.end..next;
            between.len() <= 3
                && between.clone().all(|k| !is_capitalized(self.doc.word(k)))
                && between
                    .last()
                    .is_some_and(|k| is_role_head(&self.doc.word(k).to_ascii_lowercase()))
        };
        let (_, run) = runs
            .iter()
            .enumerate()
            .skip(opening)
            .find(|entry| !before_role(entry))?;
        let verb_next = self.doc.token(run.end).is_some_and(|t| t.is_word())
            && !is_capitalized(self.doc.word(run.end))
            && !word_in(self.doc.word(run.end), &["and", "or", "of"]);
        verb_next.then_some(*run)
    }

    /// The name right after a word that opens a clause at the start of the
    /// sentence at `first`, when a lower-case word, its verb, comes next:
    /// "When Roe visited the port he was booed", "While Roe toured the
    /// docks, …". It is not the sentence's subject, but the person the text
    /// has moved on to, whom a later "he" or "she" may mean as well.
    pub(super) fn clause_subject_run(&self, runs: &[Span], first: usize) -> Option<Span> {
        // "And" or "that" may open the main clause: only a word that opens
        // a phrase before the subject opens such a clause.
        let word = self.doc.word(first);
        if !CLAUSE_JOINERS.contains(word) || !word_in(word, OPENING_WORDS) {
            return None;
        }
        let run = runs.iter().find(|run| run.first == first + 1)?;
        let verb_next = self.doc.token(run.end).is_some_and(|t| t.is_word())
            && !is_capitalized(self.doc.word(run.end));
        verb_next.then_some(*run)
    }

    /// The name a sentence starting at `first` opens with after "the" (or
    /// an acronym opening it: "NASA"), when a lower-case word, its verb,
    /// comes next: "The Federal Aviation Administration opened an
    /// inquiry". Not the owner of the subject ("The agency's chief said"),
    /// and not a title before a person's name ("House Speaker Paul Ryan").
    /// Without "the", a capital may only open the sentence ("Follow
    /// Breitbart News", "Police said").
    pub(super) fn organization_subject(&self, runs: &[Span], first: usize) -> Option<Span> {
        let the = word_is(self.doc.word(first), "the");
        let at = runs
            .iter()
            .position(|run| run.first == first + usize::from(the))?;
        let run = self.with_object_name(runs, at);
        let last = self.doc.word(run.end - 1);
        let acronym = run.len() == 1 && last.len() > 1 && last.chars().all(|c| c.is_uppercase());
        // A name that ends in an organisation's head, or in a word only a
        // business's name ends with, needs no "the" when a verb in the past
        // or with its auxiliary follows: "Northshire County Council approved
        // the budget", "Quorvane Motors will recall", not "Follow Breitbart
        // News investigative reporter …".
        let verb_at = self.past_name_asides(run.end);
        let next = self.doc.word(verb_at);
        let head = self.doc.word(runs[at].end - 1).to_ascii_lowercase();
        let headed =
            runs[at].len() > 1 && is_organization_head(&head) && is_verb_after_singular(next);
        let verb_next = self.doc.is_word(verb_at) && !is_capitalized(next);
        // A title opens the name ("the Secretary of State"); after "of" a
        // title's word is the organisation's ("the Department of Justice").
        let titled = runs[at].indices().any(|k| is_role_head(self.doc.word(k)));
        let opens = (the || acronym || headed) && verb_next && !titled;
        (opens && name_form(last) == last).then_some(run)
    }

    /// Where the words after a name at `at` go on past what may stand
    /// between it and its verb: the acronym it is given in parentheses and
    /// the day it acted on ("The Reserve Bank of India (RBI) on Friday
    /// kept …").
    fn past_name_asides(&self, mut at: usize) -> usize {
        if self.acronym_at(at).is_some() {
            at += 3;
        }
        if word_is(self.doc.word(at), "on") && weekday_number(self.doc.word(at + 1)).is_some() {
            at += 2;
        }
        at
    }

    /// The acronym given in parentheses right at `at`: "(RBI)".
    pub(super) fn acronym_at(&self, at: usize) -> Option<&str> {
        let tokens = self.doc.tokens;
        let open = tokens.get(at).is_some_and(|t| t.is_punct('('));
        let close = tokens.get(at + 2).is_some_and(|t| t.is_punct(')'));
        let word = self.doc.word(at + 1);
        let acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
        (open && close && acronym).then_some(word)
    }

    /// The run at `at` with the name after its "of" or "for", when one
    /// follows right after it: "the Ministry| of Health", "the Department|
    /// of Justice", "the Center| for Responsive Politics".
    pub(super) fn with_object_name(&self, runs: &[Span], at: usize) -> Span {
        let run = runs[at];
        let joined = NAME_PREPOSITIONS.contains(self.doc.word(run.end));
        let skip_the = usize::from(word_is(self.doc.word(run.end + 1), "the"));
        match runs.get(at + 1) {
            Some(next) if joined && next.first == run.end + 1 + skip_the => {
                Span::new(run.first, next.end)
            }
            _ => run,
        }
    }
}
