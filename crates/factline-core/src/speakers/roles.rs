//! The roles the text gives a name: before it ("Chicago mayor Brandon
//! Johnson", "Secretary of State Antony Blinken"), in a description that
//! opens the sentence ("A local farmer, Bo Tate, said"), or in an
//! appositive after it ("Hugh Hill, a doctor"); an "its" in a role is the
//! organisation the sentence before opened with.

use super::name_words::{is_not_name, HONORIFICS};
use super::{Reader, Resolver};
use crate::grammar::{
    is_first_name, is_organization_head, is_role_adjective, is_role_head, COURTESY_TITLES,
    INTRODUCING_DETERMINERS, NAME_PREPOSITIONS, PERSON_NOUNS,
};
use crate::lex::{is_capitalized, looks_plural, word_in, word_is, Kind, Lexicon};
use crate::segment::Span;
use crate::speech::cue_lemma;

/// Words that end the role words read leftwards from a role head: a
/// preposition, a conjunction or a verb before the role ("told Chicago
/// mayor", "a group including the mayor").
static ROLE_BREAKS: Lexicon = Lexicon::new(&[
    "with",
    "and",
    "said",
    "told",
    "says",
    "by",
    "including",
    "like",
    "named",
    "called",
]);

impl Reader<'_> {
    /// Role words extending left from the role head at `head`, within `floor..`:
    /// "Chicago mayor", "homeland security adviser", "former Gov.".
    fn role_start(&self, head: usize, floor: usize) -> usize {
        let mut first = head;
        let capital_head = is_capitalized(self.doc.word(head));
        while first > floor && head - first < 3 {
            let k = first - 1;
            let word = self.doc.word(k);
            let allowed = self.doc.is_word(k)
                && !is_not_name(crate::lex::key(word))
                && !ROLE_BREAKS.contains(word)
                && cue_lemma(word).is_none()
                && (is_capitalized(word)
                    || is_role_adjective(word)
                    || (!capital_head
                        && !word.ends_with("ed")
                        && !word.ends_with("ing")
                        && !word.ends_with("ly")))
                && !(is_capitalized(word) && looks_plural(word) && !capital_head && k == floor);
            if !allowed {
                break;
            }
            first = k;
        }
        first
    }

    /// The role a run holds before its name, given by the role head at
    /// `head` inside it ("Homeland Security Secretary Alejandro Mayorkas")
    /// with the role words before the run within `floor..`: where the name
    /// starts, and the role. A run that ends with its role head holds no
    /// name.
    fn role_in_run(&self, run: Span, head: usize, floor: usize) -> (usize, Option<String>) {
        if head + 1 < run.end {
            let start = self.role_start(run.first, floor).min(run.first);
            let start = if start < run.first && is_capitalized(self.doc.word(start)) {
                run.first
            } else {
                start
            };
            let start = if start == run.first {
                self.body_before_run(run.first, floor).unwrap_or(start)
            } else {
                start
            };
            return (head + 1, Some(self.span(start, head + 1).to_string()));
        }
        (run.end, None)
    }

    /// Where the body whose name runs over "of" or "for" into the words at
    /// `run_first` begins, within `floor..`, when the capitalised words
    /// before that "of" end in an organisation's head: the role in "Bank
    /// of America CEO Brian Moynihan" is "Bank of America CEO", and in
    /// "University of Michigan economist Jane Roe" "University of Michigan
    /// economist"; cut at "of", they read "America CEO" and "Michigan
    /// economist".
    fn body_before_run(&self, run_first: usize, floor: usize) -> Option<usize> {
        let joiner = run_first.checked_sub(1).filter(|&k| k > floor)?;
        if !NAME_PREPOSITIONS.contains(self.doc.word(joiner)) {
            return None;
        }
        let body_first = (floor..joiner)
            .rev()
            .take_while(|&k| self.doc.is_word(k) && is_capitalized(self.doc.word(k)))
            .last()?;
        is_organization_head(self.doc.word(joiner - 1)).then_some(body_first)
    }

    /// A title that runs over "of" or "for" into the run at `index` in
    /// `runs`, which holds the rest of the title and then the name:
    /// "Secretary of State Antony Blinken", "Speaker of the House Paul
    /// Ryan", "Minister for Housing Jane Roe". Where the name starts, and
    /// the title.
    fn title_with_of(&self, runs: &[Span], index: usize, floor: usize) -> Option<(usize, String)> {
        let run = runs[index];
        let of_the = run.first >= 3
            && word_is(self.doc.word(run.first - 1), "the")
            && NAME_PREPOSITIONS.contains(self.doc.word(run.first - 2));
        let of = run.first >= 2 && NAME_PREPOSITIONS.contains(self.doc.word(run.first - 1));
        let gap = if of_the { 2 } else { 1 };
        if (of || of_the) && run.first > floor + gap && run.len() >= 3 {
            // The title's head may itself be no name word ("Speaker").
            let title = run.first - gap - 1;
            if is_role_head(self.doc.word(title)) && is_capitalized(self.doc.word(title)) {
                let title_first = runs[..index]
                    .last()
                    .filter(|run| run.end == title + 1)
                    .map_or(title, |run| run.first);
                let name_first = run.end - 2;
                return Some((name_first, self.span(title_first, name_first).to_string()));
            }
        }
        None
    }

    /// A lower-case role before the run that starts at `run_first`, within
    /// `floor..`: "Chicago mayor Brandon Johnson". An honorific may stand
    /// between the role and the name, and then a capitalised role is one too,
    /// since the honorific is what ended its run: "Labour leader Sir Keir
    /// Starmer", "Prime Minister Sir Keir Starmer".
    fn role_before(&self, run_first: usize, floor: usize) -> Option<String> {
        let titled = run_first > floor && HONORIFICS.contains(self.doc.word(run_first - 1));
        let end = run_first - usize::from(titled);
        let head = self.doc.word(end.saturating_sub(1));
        let before = end > floor && is_role_head(head) && (titled || !is_capitalized(head));
        before.then(|| {
            let start = self.role_start(end - 1, floor);
            let start = self.body_before_run(start, floor).unwrap_or(start);
            self.span(start, end).to_string()
        })
    }

    /// A description that opens the sentence and names the run after its
    /// comma, as news introduces the people it meets: "One resident, Tom
    /// Lee, 67, said", "A local farmer, Bo Tate, said", "A trader in Lagos,
    /// Chidi Okeke, said". The description is a determiner, up to two words
    /// and a noun for a person or a role, perhaps with a place or a body
    /// after "in", "at", "from" or "of".
    fn description_before(&self, run_first: usize, floor: usize) -> Option<String> {
        let comma = run_first.checked_sub(1)?;
        if !self.doc.tokens[comma].is_punct(',') || comma <= floor + 1 {
            return None;
        }
        let preposition =
            (floor + 1..comma).find(|&k| word_in(self.doc.word(k), &["in", "at", "from", "of"]));
        let head = preposition.unwrap_or(comma) - 1;
        let placed = preposition.is_none_or(|p| {
            (p + 1..comma).all(|k| self.doc.is_word(k) && is_capitalized(self.doc.word(k)))
        });
        let noun = self.doc.word(head).to_ascii_lowercase();
        let person = is_role_head(&noun) || PERSON_NOUNS.contains(&noun);
        let described = person
            && placed
            && head > floor
            && head - floor <= 3
            && INTRODUCING_DETERMINERS.contains(self.doc.word(floor))
            && (floor + 1..=head).all(|k| self.doc.is_word(k) && !is_capitalized(self.doc.word(k)));
        described.then(|| self.span(floor + 1, comma).to_string())
    }

    /// A role in an appositive after the run, closed before `limit`: "Hugh
    /// Hill, a doctor, said".
    fn appositive_role(&self, run: Span, limit: usize) -> Option<String> {
        // Letters after the name stand before the comma: "Ada Quist MP, Minister for Roads".
        let name_end = (run.end..limit)
            .find(|&k| !self.is_post_nominal(k))
            .unwrap_or(limit);
        let comma = self
            .doc
            .tokens
            .get(name_end)
            .is_some_and(|t| t.is_punct(','));
        if run.len() < 2 || !comma {
            return None;
        }
        let mut k = name_end + 1;
        if word_in(self.doc.word(k), &["a", "an", "the"]) {
            k += 1;
        }
        let start = k;
        let mut head = None;
        while k < limit && k - start < 8 && self.doc.is_word(k) {
            if head.is_none() && k - start < 4 && is_role_head(self.doc.word(k)) {
                head = Some(k);
            }
            k += 1;
        }
        if head.is_some() {
            k = self.portfolios_end(k, limit).unwrap_or(k);
        }
        let closed = k >= limit
            || self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';')));
        (head.is_some() && closed && k > start).then(|| self.span(start, k).to_string())
    }

    /// Where the rest of an office's list of portfolios ends, when the comma
    /// at `comma` goes on with one: "Minister of Housing|, Infrastructure
    /// and Communities". Only capitalised words joined by "and" are, so that
    /// a comma before the next clause or name ends the office, and a first
    /// name opens a person's name, not a portfolio.
    pub(super) fn portfolios_end(&self, comma: usize, limit: usize) -> Option<usize> {
        if !self.doc.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut k = comma + 1;
        let mut joined = false;
        while k < limit && k - comma < 8 && self.doc.is_word(k) {
            let word = self.doc.word(k);
            joined |= word_in(word, &["and", "&"]);
            let part = is_capitalized(word) && !crate::grammar::is_first_name(word);
            if !part && !word_in(word, &["and", "&", "of"]) {
                return None;
            }
            k += 1;
        }
        (joined && is_capitalized(self.doc.word(k - 1))).then_some(k)
    }
}

impl Resolver<'_> {
    /// Where the name in a run starts, and the role before or after it.
    pub(super) fn role_of(
        &self,
        runs: &[Span],
        index: usize,
        floor: usize,
        limit: usize,
    ) -> (usize, Option<String>) {
        let r = &self.reader;
        let run = runs[index];
        // A surname after an honorific is a name even when it is also a
        // title: "Mr. King".
        let honorific = run.first > 0 && HONORIFICS.contains(r.doc.word(run.first - 1));
        if honorific && run.len() == 1 {
            return (run.first, r.role_before(run.first, floor));
        }
        // A title after a first name is a surname: "Howard Dean", "Angus
        // King", "Nathan Judge".
        let surname = |k: usize| k > run.first && is_first_name(r.doc.word(k - 1));
        let role_head = |k: usize| is_role_head(r.doc.word(k)) && !surname(k);
        if let Some(head) = run.indices().rev().find(|&k| role_head(k)) {
            let (name_first, role) = r.role_in_run(run, head, floor);
            // A courtesy title alone gives way to a role after the name.
            let title_only = head == run.first
                && COURTESY_TITLES.contains(crate::lex::without_dot(r.doc.word(head)));
            let apposed = title_only.then(|| r.appositive_role(run, limit)).flatten();
            return (name_first, apposed.or(role));
        }
        if let Some((name_first, title)) = r.title_with_of(runs, index, floor) {
            return (name_first, Some(title));
        }
        if let Some(role) = r.role_before(run.first, floor) {
            return (run.first, Some(role));
        }
        let described = r.description_before(run.first, floor);
        (
            run.first,
            described.or_else(|| r.appositive_role(run, limit)),
        )
    }

    /// A role the text gives as "its chief executive", before or after the
    /// name, with the organisation the sentence before `at` opened with in
    /// place of "its": "Quorvane said … Ada Quist, its chief executive,"
    /// is "Quorvane's chief executive". Any other role stays as written.
    pub(super) fn with_owner(&mut self, role: String, at: usize) -> String {
        let Some(rest) = role
            .strip_prefix("its ")
            .or_else(|| role.strip_prefix("Its "))
        else {
            return role;
        };
        let Some(owner) = self.previous_organization(at) else {
            return role;
        };
        let owner = self.entities[owner].name.as_str();
        // A name ending in "s" takes the apostrophe alone: "Quorvane Airways' chief executive".
        let mark = if owner.ends_with('s') { "'" } else { "'s" };
        format!("{owner}{mark} {rest}")
    }
}
