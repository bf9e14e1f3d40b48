//! Reading a statement's mention: where the phrase that names the source
//! ends (before an appositive or a parenthesis), what describes it (a
//! prepositional object, "a spokesman| for the company"; a relative clause,
//! "voters| who backed Trump") and so the noun at its head, and whether it
//! is an office ("the PM") or an organisation in several runs ("the Center
//! for American Progress").

use super::name_words::{strip_possessive, HONORIFICS};
use super::{Mention, Reader};
use crate::grammar::{
    is_first_name, is_organization_head, is_role_head, is_source_noun, office_head, opens_object,
    opens_participle_object, owns_object, ANONYMOUS_HEADS, COMMON_SOURCES, NAME_PREPOSITIONS,
    OBJECT_PREPOSITIONS, OWNER_ADJECTIVES, PLACE_PREPOSITIONS, PLURAL_TITLES,
};
use crate::lex::{is_capitalized, is_in_capitals, word_in, word_is, Kind, Lexicon};
use crate::segment::Span;

/// Quantities of people: "hundreds of people", "a group of parents".
pub(super) static QUANTITIES: Lexicon = Lexicon::new(&[
    "majorities",
    "majority",
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "scores",
    "tens",
    "some",
    "many",
    "most",
    "several",
    "few",
    "all",
    "none",
    "both",
    "majority",
    "group",
    "number",
    "handful",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "each",
    // Fractions, also as the end of a hyphenated one: "two-thirds".
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourths",
    "fifth",
    "fifths",
]);

impl Reader<'_> {
    /// Where the head of a source ends in `first..end` when a prepositional
    /// object describes it: "A spokesman| for the company", "Officials| in
    /// Washington", "Michael Tanner| of the Cato Institute", "People| familiar
    /// with the talks", "Voters| going to the polls". A preposition inside a name
    /// ("Secretary of State", "Bank of America") opens none, and neither does
    /// one in a title before a name ("former secretary of state Hillary
    /// Clinton"), where the name is the source.
    fn owner_end(&self, first: usize, end: usize) -> Option<usize> {
        // Only the source itself, not an appositive after it ("Eric Roe, an
        // adviser to Scott Walker"), can carry the object.
        let end = (first..end)
            .find(|&k| self.doc.tokens[k].is_punct(','))
            .unwrap_or(end);
        let last = (first..end).rev().find(|&k| self.doc.is_word(k))?;
        if self.ends_in_titled_name(first, last)? {
            return None;
        }
        (first + 1..last).find_map(|k| self.object_owner(first, k))
    }

    /// Whether `first..=last` ends in a name with a title before it
    /// ("former secretary of state Hillary Clinton"), whose name is the
    /// source whatever prepositions the title holds.
    fn ends_in_titled_name(&self, first: usize, last: usize) -> Option<bool> {
        if !is_capitalized(self.doc.word(last)) {
            return Some(false);
        }
        // An ampersand between capitalised words is inside the name: "Pell
        // & Rowe Securities".
        let capitalised = |k: usize| self.doc.is_word(k) && is_capitalized(self.doc.word(k));
        let run_first = (first..=last)
            .rev()
            .take_while(|&k| {
                capitalised(k)
                    || self.doc.tokens[k].is_punct('&') && k > first && capitalised(k - 1)
            })
            .last()?;
        // The agent of a participle is an object too: "emails obtained by Vox".
        let agent = run_first > first + 1
            && opens_participle_object(
                self.doc.word(run_first - 2),
                self.doc.word(run_first - 1),
                self.doc.word(run_first),
            );
        let before = self.doc.word(run_first.saturating_sub(1));
        // A name after "and" ends a list the object of an unnamed source
        // holds ("a spokesman for Smith and Jones", "for the Department of
        // Housing and Communities"), not a title's holder. After a name
        // ("Judge Roe of the Appeals Court and Bob Lee") the list is of
        // people.
        let owner = (first..last).find(|&k| !crate::grammar::is_determiner(self.doc.word(k)));
        let listed = word_in(before, &["and", "&"])
            && owner.is_some_and(|k| !is_capitalized(self.doc.word(k)));
        Some(
            run_first > first
                && !agent
                && !listed
                && !OBJECT_PREPOSITIONS.contains(before)
                && !crate::grammar::is_determiner(before)
                && !is_capitalized(before),
        )
    }

    /// Where the owner of an object opened at `k` ends, if the word before
    /// `k` owns one: "A spokesman| for", "people familiar| with".
    fn object_owner(&self, first: usize, k: usize) -> Option<usize> {
        let participle =
            opens_participle_object(self.doc.word(k - 1), self.doc.word(k), self.doc.word(k + 1));
        if !opens_object(self.doc.word(k), self.doc.word(k + 1)) && !participle {
            return None;
        }
        // A quantity before "of" is no source: "hundreds of people".
        if word_is(self.doc.word(k), "of") && QUANTITIES.contains(self.doc.word(k - 1)) {
            return None;
        }
        // "people familiar with", "voters going to".
        let mut owner = k - 1;
        if owner > first && (OWNER_ADJECTIVES.contains(self.doc.word(owner)) || participle) {
            owner -= 1;
        }
        let word = self.doc.word(owner);
        let after = self.doc.word(k + 1);
        // A common noun for people carries the object. A capitalised word
        // does when it is a plural opening the sentence ("Officials in
        // Washington"), or a person's name ("Tanner of the Cato
        // Institute", "Sanders of Vermont"); not inside a title or an
        // organisation's name ("Secretary of State", "Speaker of the
        // House", "Bank of America", "the Center for American Progress").
        // A body's head opening the source owns the place it is in ("Police
        // in Lagos"); "of" and "for" go on with its name, though it is
        // plural ("the Centers for Disease Control").
        let owns = if !is_capitalized(word) {
            owns_object(word, (owner > first).then(|| self.doc.word(owner - 1)))
        } else if is_organization_head(word) {
            owner == first && word_in(self.doc.word(k), PLACE_PREPOSITIONS)
        } else if is_source_noun(word) && word.ends_with('s') {
            true
        } else if is_role_head(word) {
            false
        } else {
            !is_capitalized(after) || !word_is(self.doc.word(first), "the")
        };
        owns.then_some(owner + 1)
    }

    /// Where the head part of the mention in `first..end` ends: before an
    /// appositive (after a comma or a dash) or a parenthesis.
    pub(super) fn mention_head_end(&self, first: usize, end: usize) -> usize {
        let tokens = self.doc.tokens;
        (first..end)
            .find(|&k| {
                tokens[k].is_punct(',')
                    || (k > first && matches!(tokens[k].kind, Kind::Punct('(' | '—' | '–'))
                        || tokens[k].is_punct('-')
                            && tokens.get(k + 1).is_some_and(|t| t.is_punct('-')))
            })
            .filter(|&comma| {
                // A list of names ("New York, Chicago and Denver mayors") keeps
                // its commas; an appositive ("Eric Roe, a strategist and
                // adviser") does not, and a dash or a parenthesis closes the
                // head ("Jane Roe and Sen. Ted Cruz (R-Texas)") unless more
                // names follow it ("Jane Roe (D-Ohio) and Bob Lee (D-N.J.)").
                if !tokens[comma].is_punct(',') {
                    let close = (comma..end).find(|&k| tokens[k].is_punct(')'));
                    return close.is_none_or(|close| !word_is(self.doc.word(close + 1), "and"));
                }
                let next = self.doc.word(comma + 1);
                // An office written in capitals is an appositive too, though
                // its name holds a list ("Jane Roe, Minister of Housing,
                // Roads and Ports"); a title before a name ("Sen. Jane Roe,
                // Rep. Bob Lee and …") goes on with the list.
                let office = is_role_head(next)
                    && !is_capitalized(self.doc.word(comma + 2))
                    && !self.names_after_office(comma, end);
                let appositive =
                    !is_capitalized(next) || crate::grammar::is_determiner(next) || office;
                // A description before names joined by "and" is no part of
                // the list: "Two farmers, Tom Quill and Ada Vane".
                let described_names = comma > first
                    && !is_capitalized(self.doc.word(comma - 1))
                    && self.listed_people(comma + 1, end).is_some();
                appositive
                    || described_names
                    || !(first..end).any(|k| word_is(self.doc.word(k), "and"))
            })
            .unwrap_or(end)
    }

    /// The names of the people `first..end` lists when it is a list of
    /// names and nothing else: names joined by commas and a last "and", each
    /// perhaps after titles ("Sens.", "Gov.") and before "of" and the place
    /// it is from, as in "Sens. Tom Quill of Ohio and Ada Vane of Utah". The
    /// titles and places are no part of the names.
    pub(super) fn listed_people(&self, first: usize, end: usize) -> Option<Vec<Span>> {
        let mut names = Vec::new();
        let (mut k, mut and) = (first, 0);
        loop {
            let (name, next) = self.listed_person(k, end)?;
            names.push(name);
            if next == end {
                break;
            }
            let comma = usize::from(self.doc.tokens[next].is_punct(','));
            and = usize::from(word_is(self.doc.word(next + comma), "and"));
            k = next + comma + and;
            if comma + and == 0 || k >= end {
                return None;
            }
        }
        (and == 1).then_some(names)
    }

    /// One name in a list of people that starts at `k`, after its titles
    /// and before its "of PLACE", and where its item ends. A name before
    /// "of" has a title or two words, so that "Bank of Quorn" is no
    /// person from Quorn.
    fn listed_person(&self, k: usize, end: usize) -> Option<(Span, usize)> {
        let capitalised =
            |p: usize| p < end && self.doc.is_word(p) && is_capitalized(self.doc.word(p));
        let item_end = (k..=end).find(|&p| !capitalised(p))?;
        // A surname that is also a title stays a name: "Angus King".
        let title = |p: usize| {
            let word = self.doc.word(p);
            (is_role_head(word) || HONORIFICS.contains(word) || PLURAL_TITLES.contains(word))
                && !(p > k && is_first_name(self.doc.word(p - 1)))
        };
        let name_first = (k..item_end.saturating_sub(1))
            .rev()
            .find(|&p| title(p))
            .map_or(k, |p| p + 1);
        if name_first >= item_end {
            return None;
        }
        let name = Span::new(name_first, item_end);
        if item_end == end || !word_is(self.doc.word(item_end), "of") {
            return Some((name, item_end));
        }
        let place_end = (item_end + 1..=end).find(|&p| !capitalised(p))?;
        let person = name.len() > 1 || name_first > k;
        (person && place_end > item_end + 1).then_some((name, place_end))
    }

    /// Whether more names follow the office that opens after `comma`,
    /// before `end`: "Jane Roe, Minister of Housing, Tom Lee and Bob Hale"
    /// lists three people.
    fn names_after_office(&self, comma: usize, end: usize) -> bool {
        let office_end = (comma + 1..end)
            .find(|&k| self.doc.tokens[k].is_punct(','))
            .map_or(end, |c| self.portfolios_end(c, end).unwrap_or(c));
        (office_end..end).any(|k| word_in(self.doc.word(k), &["and", "&"]))
    }

    /// Whether the mention in `first..end`, whose head part ends at
    /// `head_end`, is a description then the name: "Google's chief
    /// executive, Laszlo Bock".
    pub(super) fn names_after_description(
        &self,
        first: usize,
        head_end: usize,
        end: usize,
    ) -> bool {
        if head_end >= end || !self.doc.tokens[head_end].is_punct(',') {
            return false;
        }
        // Parliaments style the name "the Honourable": "the Hon. Ada Quist".
        let styled = word_is(self.doc.word(head_end + 1), "the") && self.is_honorific(head_end + 2);
        let name_first = head_end + 1 + usize::from(styled);
        let described_in_lower_case = (first..head_end)
            .rev()
            .find(|&k| self.doc.is_word(k))
            .is_some_and(|k| !is_capitalized(self.doc.word(k)));
        let names = (name_first..end)
            .all(|k| !self.doc.is_word(k) || is_capitalized(self.doc.word(k)))
            || self.listed_people(name_first, end).is_some();
        (name_first..end).any(|k| self.doc.is_word(k))
            && names
            && (described_in_lower_case || self.office_description_head(first, head_end).is_some())
    }

    /// Where the head of the office after "the" in `first..head_end` is,
    /// when the words name one (see [`office_head`]): "The Prime
    /// Minister", "the Secretary of State for Transport".
    fn office_description_head(&self, first: usize, head_end: usize) -> Option<usize> {
        let words: Vec<&str> = (first + 1..head_end).map(|k| self.doc.word(k)).collect();
        let office = word_is(self.doc.word(first), "the")
            && (first + 1..head_end).all(|k| self.doc.is_word(k));
        office
            .then(|| office_head(&words))
            .flatten()
            .map(|head| first + 1 + head)
    }

    /// Where a relative clause that describes the source opens in
    /// `first..head_end`: "Voters who backed Trump", "Democrats trying to
    /// regain control of the Senate".
    fn relative_clause(&self, first: usize, head_end: usize) -> Option<usize> {
        (first + 1..head_end).find(|&k| {
            let word = self.doc.word(k);
            // "the WHO" is a name.
            word_is(word, "who") && !is_in_capitals(word)
                || crate::speech::opens_infinitive_clause(
                    self.doc.word(k - 1),
                    self.doc.word(k),
                    self.doc.word(k + 1),
                    self.doc.word(k + 2),
                )
        })
    }

    /// Reads the mention in `first..end`, whose head part ends at
    /// `head_end`: its phrase and the noun at its head, `None` when the
    /// head holds no word.
    pub(super) fn read_mention(
        &self,
        first: usize,
        head_end: usize,
        end: usize,
    ) -> Option<Mention> {
        // The text names the whole phrase; a prepositional object after the
        // source ("A spokesman for the company") only describes it.
        let phrase_end = head_end;
        let owner_end = self.owner_end(first, head_end);
        // A relative clause describes the source too.
        let clause = self.relative_clause(first, head_end);
        let head_end = match (owner_end, clause) {
            (Some(owner_end), Some(clause)) => owner_end.min(clause),
            (owner_end, clause) => owner_end.or(clause).unwrap_or(head_end),
        };
        let object_word = owner_end
            .and_then(|_| (first..phrase_end).rev().find(|&k| self.doc.is_word(k)))
            .map(|k| self.doc.word(k).to_ascii_lowercase());
        let head_word = (first..head_end).rev().find(|&k| {
            self.doc.is_word(k)
                && !OWNER_ADJECTIVES.contains(self.doc.word(k))
                && !self.is_post_nominal(k)
        })?;
        let head = strip_possessive(self.doc.word(head_word)).to_string();
        let words = head_word + 1 - first;
        // A common noun capitalised only because it opens the sentence: "Officials said".
        let sentence_capital = words == 1
            && (ANONYMOUS_HEADS.contains(&head)
                || COMMON_SOURCES.contains(&head)
                || head.ends_with('s') && is_source_noun(&head));
        let head = if sentence_capital {
            head.to_ascii_lowercase()
        } else {
            head
        };
        Some(Mention {
            first,
            end,
            phrase_end,
            head_word,
            head,
            words,
            object_word,
            runs: self.runs(first, head_end),
            text: self.span(first, phrase_end).to_string(),
            determiner: self.doc.word(first).to_ascii_lowercase(),
        })
    }

    /// Whether the mention is an office written in capitals after "the",
    /// with no name after it: "the PM", "the CM", "the Prime Minister". Like
    /// its lower-case form it refers back to the person who holds it; read as
    /// a name it would name no one.
    pub(super) fn is_office_mention(&self, mention: &Mention) -> bool {
        let [run] = mention.runs.as_slice() else {
            return false;
        };
        word_is(self.doc.word(mention.first), "the")
            && run.first == mention.first + 1
            && run.end == mention.head_word + 1
            && run.len() <= 2
            && mention.end == mention.phrase_end
            && mention.object_word.is_none()
            && is_role_head(&mention.head)
    }

    /// The head of the office the mention is, with the portfolio it is for
    /// and nothing after it: "The Secretary of State for Education said".
    /// Read as a name, its last word would be a person.
    pub(super) fn portfolio_office_head(&self, mention: &Mention) -> Option<usize> {
        let alone = mention.end == mention.phrase_end && is_capitalized(&mention.head);
        // An office in capitals alone may be a name's end: "The New
        // Hampshire Union Leader" is a newspaper.
        alone
            .then(|| self.office_description_head(mention.first, mention.phrase_end))
            .flatten()
            .filter(|&head| head + 1 < mention.phrase_end)
    }

    /// The mention's phrase with the members it says it includes, when it
    /// does: "Others, including members of the pilots' association". A group
    /// that names some of its members is known by them.
    pub(super) fn with_inclusion<'m>(&'m self, mention: &'m Mention) -> &'m str {
        let tokens = self.doc.tokens;
        let includes = tokens
            .get(mention.phrase_end)
            .is_some_and(|t| t.is_punct(','))
            && word_is(self.doc.word(mention.phrase_end + 1), "including");
        // The members end at the comma that closes them, or with the mention.
        let end = (mention.phrase_end + 2..mention.end)
            .find(|&k| tokens[k].is_punct(','))
            .unwrap_or(mention.end);
        if includes && end > mention.phrase_end + 2 {
            self.span(mention.first, end)
        } else {
            &mention.text
        }
    }

    /// Whether the mention names an organisation in several runs: after
    /// "the", capitalised words joined by "of", "for" or "and" ("the
    /// Organization for Economic Cooperation and Development", "the Center
    /// for American Progress"), or letters joined by "and" (`is_lettered_name`).
    pub(super) fn is_joined_organization(&self, mention: &Mention) -> bool {
        if self.is_lettered_name(mention) {
            return true;
        }
        let runs = &mention.runs;
        // Adjectives may stand before the name: "the progressive Center
        // for Economic and Policy Research".
        mention.determiner == "the"
            && runs.len() > 1
            && (mention.first + 1..=mention.first + 3).contains(&runs[0].first)
            && (mention.first + 1..runs[0].first)
                .all(|k| self.doc.is_word(k) && !is_capitalized(self.doc.word(k)))
            // A title is a person's: "the former CEO of Hewlett-Packard".
            && !is_role_head(self.doc.word(runs[0].first))
            && runs.windows(2).all(|pair| {
                pair[0].end + 1 == pair[1].first
                    && (NAME_PREPOSITIONS.contains(self.doc.word(pair[0].end))
                        || word_is(self.doc.word(pair[0].end), "and"))
            })
    }

    /// Whether the mention is one company's name in capital letters joined
    /// by "and", one side a single letter, as a text that spells out "&"
    /// writes it: "AT and T", "B and Q". Two acronyms ("FBI and CIA") are
    /// two sources.
    fn is_lettered_name(&self, mention: &Mention) -> bool {
        let letters = |k: usize| {
            let word = self.doc.word(k);
            (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
        };
        let single = |k: usize| self.doc.word(k).len() == 1;
        let (first, and) = (mention.first, mention.first + 1);
        mention.phrase_end == first + 3
            && letters(first)
            && word_is(self.doc.word(and), "and")
            && letters(and + 1)
            && (single(first) || single(and + 1))
    }
}
