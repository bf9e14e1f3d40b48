//! The source noun phrase: where the phrase that names a cue's source
//! starts and ends, before the cue ("a spokesman for the company said") or
//! after it ("said Johnson"), and what may own an object or a clause.

use crate::grammar::{
    is_determiner, is_generic_organization_noun, is_irregular_past, is_role_head, is_source_noun,
    is_verb_form, number_word, office_head, without_possessive, APPROXIMATIONS, ARTICLES, BE_FORMS,
    CLAUSE_JOINERS, COMMON_SOURCES, DISTRIBUTIVES, HAVE_FORMS, INDEFINITE_ARTICLES, LIMITERS,
    MODAL_VERBS, NAME_PARTICLES, OBJECT_PREPOSITIONS, ORGANIZATION_HEADS, OWNER_ADJECTIVES,
    SPEECH_SETTINGS,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Mark};
use crate::segment::Span;

use super::finder::Finder;
use super::lexicons::{
    cue_lemma, has_adjective_ending, is_left_stop, is_ly_adverb, is_moment_word, takes_audience,
    APPOSITIVE_TIME_ADVERBS, ASIDE_ADVERBS, ASIDE_PARTICIPLES, ASIDE_PHRASES, BETWEEN,
    CARRYING_VERBS, COMPANION_PHRASES, CONTRACTED_S_WORDS, DATA_NOUNS, DEGREE_ADJECTIVES,
    DESCRIBING_PARTICIPLES, DOCUMENTS, NAME_JOINERS, NOUN_AWAITING_WORDS, NOUN_LIKE,
    NOUN_MODIFIERS, OCCASIONS, OPENING_PARTICIPLES, PAIRED_SOURCE_ADJECTIVES, PARTY_WORDS,
    PERCEIVED_PARTICIPLES, PLAIN_VERB_MARKERS, POLLED_PARTICIPLES, PRONOUN_COMPANIONS,
    REQUEST_WORDS, SCENE_CONJUNCTIONS, SENTENCE_VERBS, SOURCE_ADJECTIVES, SPANS_OF_TIME,
    SUBJECT_BREAKS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_PHRASES, TITLE_BODIES,
    UNCHANGED_PAST_VERBS, VERB_OPENERS, VERB_PARTICLES,
};
use super::SOURCE_REACH;

/// How many words into a phrase its source noun may stand, after a
/// determiner and adjectives: "a senior administration official".
const SOURCE_NOUN_REACH: usize = 4;

/// How many words before a relative "that" the document it stands for may
/// start: "a letter from his doctor Friday afternoon that says".
const DOCUMENT_REACH: usize = 6;

/// How many words a quotation inside an appositive may hold: a title or a
/// word the appositive quotes ("the author of “Harbor Lights,”"), never a
/// statement.
const QUOTED_TITLE_WORDS: usize = 8;

impl Finder<'_> {
    /// The source noun phrase that ends right before `cue`, read leftwards:
    /// "Chicago mayor Brandon Johnson", "Hugh Hill, a doctor,", "he".
    pub(super) fn subject_before(&self, cue: usize, floor: usize) -> Option<Span> {
        let floor = floor.max(cue.saturating_sub(SOURCE_REACH));
        if let Some(&found) = self.subjects.borrow().get(&(cue, floor)) {
            return found;
        }
        let found = self.search_subject_before(cue, floor);
        self.subjects.borrow_mut().insert((cue, floor), found);
        found
    }

    /// The search behind `subject_before`: the words that may stand between
    /// a source and its cue are set aside, the phrase is read leftwards, and
    /// the phrase's owner, if it has one, is where the source starts.
    pub(super) fn search_subject_before(&self, cue: usize, floor: usize) -> Option<Span> {
        let end = self.before_time_after_auxiliary(self.before_adverbs(cue, floor), floor);
        let end = self.before_carrying_verb(cue, end, floor);
        let mut end = self.before_aside(end, floor);
        if let Some(found) = self.appositive_closed_in_quote(end, floor) {
            return Some(found);
        }
        // An aside may follow an appositive's closing comma: "Brian Roe,
        // the county chairman, for example, said".
        if end < cue && self.doc.tokens[end].is_punct(',') {
            if let Some(found) = self.long_appositive(end, floor) {
                return Some(found);
            }
        }
        if let Some(found) = self.dashed_appositive(end, floor) {
            return Some(found);
        }
        if let Some(open) = self.setting_before(end, floor) {
            end = open;
            // The setting may close a long appositive: "Sandy Roe,
            // who lost her daughter in Aurora, Colorado, in July
            // 2012, said". The place is not the source.
            if let Some(found) = self.long_appositive(open, floor) {
                return Some(found);
            }
        }
        let end = self.before_quoted_as(cue, end, floor);
        if let Some(found) = self.shaped_phrase_before(end, floor) {
            return Some(found);
        }
        // A long appositive closed by a comma: "Laurence Meyer, a former Fed
        // governor who argued with her at the conference, said".
        if end > floor + 2 && self.doc.tokens[end - 1].is_punct(',') {
            if let Some(found) = self.long_appositive(end - 1, floor) {
                return Some(found);
            }
        }
        // "Johnson on Tuesday said".
        let end = self.before_time(end, floor, &["on", "last", "this"]);
        let end = self.before_time_phrase(end, floor);
        let end = self.before_setting_phrase(cue, end, floor);
        let LeftwardPhrase {
            first,
            end,
            commas,
            closed_appositive,
        } = self.phrase_leftwards(end, floor);
        // A comma before the cue must close an appositive that a name opens,
        // or follow a parenthesis: "Sen. Jack Reed (D-R.I.), said".
        let parenthesis = first < end && self.doc.tokens[end - 1].is_punct(')');
        if closed_appositive && commas < 2 && !parenthesis {
            return None;
        }
        let first = self.after_dangling_joiner(first, end);
        let first = self.after_opening_time(first, end);
        let first = self.object_owner(cue, first, floor)?;
        let first = self.clause_owner(first, end, floor).unwrap_or(first);
        (first < end && self.names_a_source(cue, first, end)).then_some(Span::new(first, end))
    }

    /// Where the phrase `first..end` starts past a dangling comma or
    /// conjunction at its left edge, which is not part of it.
    fn after_dangling_joiner(&self, mut first: usize, end: usize) -> usize {
        while first < end
            && (self.doc.tokens[first].is_punct(',')
                || word_in(self.doc.word(first), &["and", "of"]))
        {
            first += 1;
        }
        first
    }

    /// Where the phrase `first..end` starts past a time that opens it and
    /// the comma after the time: "On Sunday, Tanzanian police said" has
    /// its source after "Sunday,", which a capitalised word after the comma
    /// would otherwise join.
    fn after_opening_time(&self, first: usize, end: usize) -> usize {
        let Some(time) = self.time_at(first) else {
            return first;
        };
        let after = self.times[time].end;
        if after + 1 < end && self.doc.tokens[after].is_punct(',') {
            after + 1
        } else {
            first
        }
    }

    /// Whether the phrase `first..end` before `cue` names who spoke: a
    /// plausible source that is no count or description of the cue's noun
    /// ("three states"), no relative clause without "that" ("the work she
    /// promised to bring") and no pronoun with its own verb ("It means").
    fn names_a_source(&self, cue: usize, first: usize, end: usize) -> bool {
        self.plausible_source(first, end)
            && !self.counts_or_describes_cue(cue, end)
            && !self.opens_contact_relative(first, end, cue)
            && !self.pronoun_with_its_verb(first, end)
            && !(self.is_word_of_saying(cue)
                && (self.ends_without_its_noun(cue, end)
                    || self.is_verb_after_its_marker(first, end)
                    || self.asks_the_reader(end)))
    }

    /// Whether the phrase ending at `end` closes on a word that makes the
    /// cue after it a request (`REQUEST_WORDS`): an imperative, whose
    /// subject is whoever reads it and names no one ("Seriously, please ask
    /// yourself that question").
    fn asks_the_reader(&self, end: usize) -> bool {
        REQUEST_WORDS.contains(self.doc.word(end - 1))
    }

    /// Whether the token at `cue` is a word of saying. A phrase is also read
    /// leftwards from a joining word or a relative pronoun, to find the
    /// first of two joined phrases, and that one may end on a preposition
    /// the second shares: "Elected officials in and around Miami told …".
    fn is_word_of_saying(&self, cue: usize) -> bool {
        cue_lemma(self.doc.word(cue)).is_some()
    }

    /// Whether the phrase ending at `end` closes on a word a noun phrase
    /// cannot end on: a preposition, whose object is still to come, or a
    /// word that waits for its noun (`NOUN_AWAITING_WORDS`). Such a phrase
    /// is cut from a clause that goes on past the cue, which is a noun or
    /// an adjective there, and names no one: "faulted Roe for remarks at
    /// the pier", "ahead of Roe in pledged votes", "There's no denying",
    /// "sounded the same notes". A form in -ing right after the
    /// preposition is a gerund whose speaker stands before it, and is left
    /// to the rules for participles ("criticized Roe for saying …").
    fn ends_without_its_noun(&self, cue: usize, end: usize) -> bool {
        let last = self.doc.word(end - 1);
        let preposition = OBJECT_PREPOSITIONS.contains(last);
        let gerund = end == cue && self.doc.word(cue).ends_with("ing");
        self.doc.is_word(end - 1)
            && !is_capitalized(last)
            && (preposition && !gerund || NOUN_AWAITING_WORDS.contains(last))
    }

    /// Whether the phrase `first..end` is one lower-case word right after
    /// the "to" of an infinitive, a modal, or a form of "do" or "have": the
    /// verb of its own clause, never its subject, so a word of saying after
    /// it is its object's noun or adjective ("rose to echo remarks the mayor gave",
    /// "has given added weight to", "asked him to probe claims", "did
    /// remember telling"). A pronoun there is a question's subject ("Why had
    /// he asserted …"), and a count or a noun for people names a source
    /// ("according to officials").
    fn is_verb_after_its_marker(&self, first: usize, end: usize) -> bool {
        let (word, before) = (self.doc.word(first), self.doc.word(first.wrapping_sub(1)));
        let marker = PLAIN_VERB_MARKERS.contains(before)
            || MODAL_VERBS.contains(before)
            || word_in(before, HAVE_FORMS);
        end - first == 1
            && first > 0
            && marker
            && !is_capitalized(before)
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !SUBJECT_PRONOUNS.contains(word)
            && !is_determiner(word)
            && number_word(word).is_none()
            && !is_source_noun(word)
    }

    /// Whether the phrase `first..end` is a subject pronoun and the one word
    /// after it, its own verb, a clause that names no source for the cue
    /// after it: "It means admitting that …", "It requires saying that …".
    /// A personal pronoun takes no modifier after it in its noun phrase but
    /// a joined name ("he and Ann Lee said") or a word like "both" ("they
    /// both said"). A longer phrase may hold a verb that carries the cue
    /// ("she sent an email saying"), which the source is read through.
    fn pronoun_with_its_verb(&self, first: usize, end: usize) -> bool {
        let next = self.doc.word(first + 1);
        end - first == 2
            && SUBJECT_PRONOUNS.contains(self.doc.word(first))
            && self.doc.is_word(first + 1)
            && !is_capitalized(next)
            && !PRONOUN_COMPANIONS.contains(next)
    }

    /// Whether the phrase `first..end` before the cue at `cue` ends in a
    /// subject pronoun right after a common noun, and the cue goes on with
    /// an infinitive or a form in -ing: a relative clause without "that"
    /// that describes the noun, which is what was promised or reported ("the
    /// hard work she promised to bring", "any fees he reported receiving").
    /// What follows the cue is no clause and nothing was said in it. A noun
    /// of time before the pronoun is the setting of a statement ("Last
    /// night he promised to cut taxes").
    fn opens_contact_relative(&self, first: usize, end: usize, cue: usize) -> bool {
        let word = |k: usize| self.doc.word(k);
        let pronoun = end - 1;
        if pronoun <= first || !SUBJECT_PRONOUNS.contains(word(pronoun)) {
            return false;
        }
        let noun = word(pronoun - 1);
        let common_noun = self.doc.is_word(pronoun - 1)
            && !is_capitalized(noun)
            && noun.chars().all(|c| c.is_ascii_alphabetic())
            && !is_moment_word(noun);
        let (next, after) = (word(cue + 1), word(cue + 2));
        let infinitive = word_is(next, "to") && self.doc.is_word(cue + 2) && !is_capitalized(after);
        let gerund = next.ends_with("ing") && !is_capitalized(next);
        common_noun && (infinitive || gerund)
    }

    /// Whether the phrase ending at `end` closes on a word that describes
    /// or counts the cue at `cue` as a plural noun of saying, so that it
    /// names no source: "a history of offensive remarks", "a wave of
    /// hostile comments", "ads in nine states". A subject of "remarks" or
    /// "notes" as a verb is a noun or a pronoun ("the report notes", "Kim
    /// notes", "one notes"); an adjective's ending, a size or degree, a
    /// modifier of a noun of saying, or a count is not. The rule for cues
    /// reads such a word as the noun's after a determiner; here it has none.
    fn counts_or_describes_cue(&self, cue: usize, end: usize) -> bool {
        let cue_word = self.doc.word(cue).to_ascii_lowercase();
        let plural_noun = cue_word
            .strip_suffix('s')
            .is_some_and(|lemma| NOUN_LIKE.contains(lemma));
        let last = end - 1;
        if !plural_noun || !self.doc.is_word(last) && self.doc.tokens[last].kind != Kind::Number {
            return false;
        }
        let word = self.doc.word(last).to_ascii_lowercase();
        let count = self.doc.tokens[last].kind == Kind::Number
            || number_word(&word).is_some() && !word_is(&word, "one");
        count
            || has_adjective_ending(&word)
            || DEGREE_ADJECTIVES.contains(&word)
            || NOUN_MODIFIERS.contains(&word)
    }

    /// A source of a fixed shape that ends at `end`, which the phrase read
    /// leftwards would not find whole: a name with its home state, or a
    /// poll's share.
    fn shaped_phrase_before(&self, end: usize, floor: usize) -> Option<Span> {
        self.home_state_before(end, floor)
            .or_else(|| self.share_before(end, floor))
    }

    /// A share of those asked that ends at `end` and opens its clause, as
    /// polls name who answered: "About four in 10 said", "but nine out of
    /// 10 said", "61% said". Such a phrase has no noun for the phrase read
    /// leftwards to start from; the words of degree before it belong to it
    /// ("more than six in 10"). A share in words may be named by its figure
    /// between commas: "about two-thirds, 67 percent, say", "A third of
    /// independents, 33%, say".
    fn share_before(&self, end: usize, floor: usize) -> Option<Span> {
        let tokens = self.doc.tokens;
        let appositive = end > floor + 2 && tokens[end - 1].is_punct(',');
        let last = if appositive {
            end - 2
        } else {
            end.checked_sub(1)?
        };
        let first = self.before_degree(self.share_count(last, floor)?, floor);
        let opens_at = |k: usize| {
            k == floor
                || matches!(tokens[k - 1].kind, Kind::Punct(',' | ';' | ':'))
                || word_in(self.doc.word(k - 1), &["and", "but", "while", "whereas"])
        };
        if !appositive {
            return opens_at(first).then_some(Span::new(first, end));
        }
        let comma = first
            .checked_sub(1)
            .filter(|&k| k > floor && tokens[k].is_punct(','))?;
        let head = (floor..comma)
            .rev()
            .take_while(|&k| self.doc.is_word(k) || tokens[k].is_punct('-'))
            .last()?;
        (comma - head <= 5 && opens_at(head)).then_some(Span::new(head, last + 1))
    }

    /// Where the number stands of a share that ends at `last`: "four in
    /// 10", "nine out of 10", "61%", "67 percent".
    fn share_count(&self, last: usize, floor: usize) -> Option<usize> {
        let tokens = self.doc.tokens;
        let word = |k: usize| self.doc.word(k);
        if last <= floor + 1 {
            return None;
        }
        let ratio = tokens[last].kind == Kind::Number;
        let count = if tokens[last].is_punct('%') || word_is(word(last), "percent") {
            last - 1
        } else if ratio && word_is(word(last - 1), "in") {
            last - 2
        } else if ratio && word_is(word(last - 1), "of") && word_is(word(last - 2), "out") {
            last.checked_sub(3)?
        } else {
            return None;
        };
        let number = tokens[count].kind == Kind::Number || number_word(word(count)).is_some();
        (count >= floor && number).then_some(count)
    }

    /// Where a number at `count` starts with its words of degree: "about",
    /// "nearly", "just", "more than", "at least".
    fn before_degree(&self, count: usize, floor: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let one = count > floor
            && (APPROXIMATIONS.contains(word(count - 1)) || LIMITERS.contains(word(count - 1)));
        let two = count > floor + 1
            && (word_is(word(count - 1), "than")
                && word_in(word(count - 2), &["more", "fewer", "less"])
                || word_in(word(count - 1), &["least", "most"]) && word_is(word(count - 2), "at"));
        if two {
            count - 2
        } else if one {
            count - 1
        } else {
            count
        }
    }

    /// Where the source ends when a verb that carries the cue at `cue`
    /// stands before `end`: a participle after "kept" or "begun" ("Trump
    /// kept saying", "Republicans have begun urging"), or after a form of
    /// "be", "been" too ("the senator is arguing", "Roe has been
    /// warning"); a base form after "did" ("the
    /// governor did say"); a base form after "went on to" ("Roe later went
    /// on to say"). ("stopped saying" says the opposite and is no cue.)
    fn before_carrying_verb(&self, cue: usize, end: usize, floor: usize) -> usize {
        let cue_word = self.doc.word(cue);
        let carrier = self.doc.word(end.saturating_sub(1));
        let carries = if cue_word.ends_with("ing") {
            CARRYING_VERBS.contains(carrier)
                || word_in(carrier, &["is", "are", "was", "were", "been"])
                || self.perceived_passive(end)
        } else {
            word_in(carrier, &["did", "does", "do"]) && cue_lemma(cue_word) == Some(cue_word)
        };
        if carries && self.perceived_passive(end) && end > floor + 1 {
            self.before_adverbs(end - 2, floor)
        } else if carries && end > floor && self.doc.is_word(end - 1) {
            self.before_adverbs(end - 1, floor)
        } else if let Some(verb) = end
            .checked_sub(1)
            .and_then(|to| self.infinitive_carrier_before(to))
        {
            self.before_adverbs(verb, floor).max(floor)
        } else {
            end
        }
    }

    /// Whether a passive of seeing or hearing ends at `end`, before a
    /// participle of saying: "his supporters were shown chanting “…”",
    /// "the crowd was heard shouting". Who was shown speaks.
    fn perceived_passive(&self, end: usize) -> bool {
        end > 1
            && PERCEIVED_PARTICIPLES.contains(self.doc.word(end - 1))
            && word_in(self.doc.word(end - 2), BE_FORMS)
    }

    /// Where the source ends when a phrase of time that names no date
    /// stands before `end`, with the auxiliary before it: "Doe's friends
    /// have in the past said" (the past is not the source).
    fn before_time_phrase(&self, end: usize, floor: usize) -> usize {
        let ends_here = |phrase: &&[&str]| {
            let first = end.saturating_sub(phrase.len());
            first > floor
                && phrase.iter().enumerate().all(|(i, w)| {
                    self.doc.is_word(first + i) && word_is(self.doc.word(first + i), w)
                })
        };
        match TIME_PHRASES.iter().copied().find(ends_here) {
            Some(phrase) => self.before_adverbs(end - phrase.len(), floor),
            None => end,
        }
    }

    /// Where the source ends when a setting of the saying without commas
    /// stands before `end`, right before the finite verb of saying at `cue`:
    /// "the ministry in a statement on Sunday said", "Acme in a regulatory
    /// filing said", "the bank in its monetary policy statement said". The
    /// setting is a preposition, a determiner, up to three modifiers that
    /// are no verbs, and a noun of [`SPEECH_SETTINGS`]; it describes the
    /// saying, not the source. Before a participle ("… in a rally Saturday
    /// demanding") or a word that only owns the phrase, it is left as it is.
    pub(super) fn before_setting_phrase(&self, cue: usize, end: usize, floor: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let finite_cue = cue_lemma(word(cue)).is_some() && !word(cue).ends_with("ing");
        if !finite_cue || end < floor + 4 || !SPEECH_SETTINGS.contains(word(end - 1)) {
            return end;
        }
        let modifier = |k: usize| {
            self.doc.is_word(k)
                && !self.quoted[k]
                && !is_verb_form(word(k))
                && !is_irregular_past(word(k))
                && cue_lemma(word(k)).is_none()
        };
        let determiner = (end.saturating_sub(5).max(floor + 2)..end - 1)
            .rev()
            .take_while(|&k| modifier(k))
            .find(|&k| is_determiner(word(k)));
        match determiner {
            Some(d) if word_in(word(d - 1), &["in", "at", "through", "via", "during"]) => d - 1,
            _ => end,
        }
    }

    /// Where the source ends when a time stands between an auxiliary and the
    /// cue, before `end`: "The council has today announced", "Roe has this
    /// week confirmed". The time is the saying's, and the auxiliary before
    /// it is read past as it is before the cue ("has also said").
    fn before_time_after_auxiliary(&self, end: usize, floor: usize) -> usize {
        let first = self.before_time(end, floor, &["on"]);
        let auxiliary = first < end
            && first > floor + 1
            && (word_in(self.doc.word(first - 1), HAVE_FORMS)
                || MODAL_VERBS.contains(self.doc.word(first - 1)));
        if auxiliary {
            self.before_adverbs(first - 1, floor)
        } else {
            end
        }
    }

    /// Where the source ends when an aside stands between it and its cue,
    /// before `end`: "Forbes, however, says", "Roe, for example, said".
    fn before_aside(&self, end: usize, floor: usize) -> usize {
        let comma = |k: usize| self.doc.tokens[k].is_punct(',');
        let word = |k: usize| self.doc.word(k);
        let adverb = end > floor + 3
            && comma(end - 1)
            && comma(end - 3)
            && ASIDE_ADVERBS.contains(word(end - 2));
        let phrase = end > floor + 4
            && comma(end - 1)
            && comma(end - 4)
            && ASIDE_PHRASES
                .iter()
                .any(|&(a, b)| word_is(word(end - 3), a) && word_is(word(end - 2), b));
        if adverb {
            end - 3
        } else if phrase {
            end - 4
        } else {
            self.scene_aside_start(end, floor).unwrap_or(end)
        }
    }

    /// Where a scene of the saying set off by commas before `end` opens:
    /// "as", "when" or "while" with a participle (`SCENE_CONJUNCTIONS`),
    /// up to ten tokens without a comma of their own: "The minister, while
    /// speaking to reporters, said", "Roe, when asking the board for funds,
    /// said". The scene is the saying's, and the source stands before it.
    fn scene_aside_start(&self, end: usize, floor: usize) -> Option<usize> {
        let comma = |k: usize| self.doc.tokens[k].is_punct(',');
        if end < floor + 4 || !comma(end - 1) {
            return None;
        }
        let open = (end.saturating_sub(12).max(floor + 1)..end - 1)
            .rev()
            .find(|&k| comma(k))?;
        let scene = SCENE_CONJUNCTIONS.contains(self.doc.word(open + 1))
            && self.doc.word(open + 2).ends_with("ing")
            && (open + 1..end - 1).all(|k| self.doc.is_word(k) && !self.quoted[k]);
        scene.then_some(open)
    }

    /// The source whose appositive, set off by dashes, ends at `end`: the
    /// name before the opening dash, up to the closing one. "Kall --
    /// co-editor of Debating The Donald, a book on the debates -- said".
    fn dashed_appositive(&self, end: usize, floor: usize) -> Option<Span> {
        let close = self.dash_before(end, floor)?;
        let open = (close.saturating_sub(30).max(floor + 1)..close)
            .rev()
            .take_while(|&k| !self.quoted[k] && !self.doc.tokens[k].is_punct('.'))
            .find_map(|k| self.dash_before(k + 1, floor));
        let name = open.and_then(|open| {
            self.subject_before(open, floor)
                .filter(|name| name.end == open && is_capitalized(self.doc.word(name.first)))
        });
        name.map(|name| Span::new(name.first, close))
    }

    /// The comma that opens a setting set off by commas before `end`, where
    /// the source ends: "Jane Doe, in an interview with CNN, said"; "Hillary
    /// Clinton, at a later press gaggle, said"; and so does a description
    /// of the source a participle opens ("The bank, based in Leeds, said").
    /// A setting holds no cue.
    fn setting_before(&self, end: usize, floor: usize) -> Option<usize> {
        if !(end > floor + 3 && self.doc.tokens[end - 1].is_punct(',')) {
            return None;
        }
        let open = (end.saturating_sub(14).max(floor + 1)..end - 1)
            .rev()
            .find(|&k| matches!(self.doc.tokens[k].kind, Kind::Punct(_)) || self.quoted[k])
            .filter(|&k| self.doc.tokens[k].is_punct(','))?;
        let opener = self.doc.word(open + 1);
        let setting = word_in(
            opener,
            &[
                "in", "at", "on", "during", "after", "before", "from", "with", "via",
            ],
        ) || self.time_at(open + 1).is_some()
            || DESCRIBING_PARTICIPLES.contains(opener);
        let plain = (open + 1..end - 1).all(|k| self.cue_at(k).is_none());
        (setting && plain).then_some(open)
    }

    /// Where the source ends when the cue at `cue` is "saying" after "is
    /// quoted as" before `end`: "Jane Doe is quoted as saying" has its source
    /// before "is quoted".
    fn before_quoted_as(&self, cue: usize, mut end: usize, floor: usize) -> usize {
        if word_is(self.doc.word(cue), "saying")
            && end >= floor + 4
            && word_is(self.doc.word(end - 1), "as")
            && word_is(self.doc.word(end - 2), "quoted")
            && word_in(
                self.doc.word(end - 3),
                &["is", "was", "were", "are", "been"],
            )
        {
            end -= 3;
            while end > floor
                && word_in(
                    self.doc.word(end - 1),
                    &["is", "was", "were", "are", "been", "has", "have", "had"],
                )
            {
                end -= 1;
            }
        }
        end
    }

    /// The source phrase that ends at `end`, read leftwards a token at a time
    /// while each token joins it, over at most 14 tokens.
    fn phrase_leftwards(&self, end: usize, floor: usize) -> LeftwardPhrase {
        let mut phrase = LeftwardPhrase {
            first: end,
            end,
            commas: 0,
            closed_appositive: false,
        };
        while phrase.first > floor && phrase.end - phrase.first < 14 {
            let k = phrase.first - 1;
            if self.quoted[k] || !self.read_into_phrase(&mut phrase, k, floor) {
                break;
            }
        }
        phrase
    }

    /// Whether the token `k`, right before `phrase`, joins it; the phrase
    /// takes it in when it does.
    fn read_into_phrase(&self, phrase: &mut LeftwardPhrase, k: usize, floor: usize) -> bool {
        let first = match self.doc.tokens[k].kind {
            Kind::Word if self.word_joins_phrase(phrase, k, floor) => k,
            Kind::Punct(')') => {
                // A parenthetical such as "(D-Md.)" belongs to the name before it.
                let open = (k.saturating_sub(6).max(floor)..k)
                    .rev()
                    .find(|&p| self.doc.tokens[p].is_punct('('));
                match open {
                    Some(p) if p > floor => p,
                    _ => return false,
                }
            }
            Kind::Number if self.number_joins_phrase(phrase, k) => k,
            Kind::Punct(',')
                if phrase.commas < 2 && k > floor && self.comma_joins_phrase(phrase, k) =>
            {
                if phrase.first == phrase.end {
                    // "Johnson, the mayor, said": the comma before the cue closes an appositive.
                    phrase.end = k;
                    phrase.closed_appositive = true;
                }
                phrase.commas += 1;
                k
            }
            Kind::Punct('-') if self.spaced_dash_ends_phrase(phrase, k) => return false,
            Kind::Punct('-' | '’' | '\'' | '.') if phrase.first < phrase.end => k,
            // An ampersand joins the names of partners: "Procter & Gamble".
            Kind::Punct('&')
                if phrase.first == k + 1
                    && k > floor
                    && is_capitalized(self.doc.word(k - 1))
                    && is_capitalized(self.doc.word(k + 1)) =>
            {
                k
            }
            _ => return false,
        };
        phrase.first = first;
        true
    }

    /// Whether the hyphen at `k`, right before `phrase`, is a dash that
    /// ends it: one set off by a space, or the second of two ("--"), as
    /// typed text writes a dash. What stands before a dash is another
    /// clause or phrase, not the source's, as in "Lee gave a speech -- notes
    /// in hand -- Lee told the crowd" or "Lee was a careful planner, a
    /// former aide said", written with a spaced hyphen for the comma. A
    /// relative clause after the dash still describes the noun before it
    /// ("The justice -- who has been in a scuffle with Roe -- said"), and a
    /// phrase after the dash that opens on a verb follows a dashed aside
    /// ("Three groups -- among them the Harbor Trust -- sent a letter");
    /// one that opens on a noun is the source ("- a complaint of the police -
    /// tech firms say").
    fn spaced_dash_ends_phrase(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let token = &self.doc.tokens[k];
        let doubled = k > 0 && self.doc.tokens[k - 1].is_punct('-');
        let after = self.doc.word(phrase.first);
        let verb = is_verb_form(after) || is_irregular_past(after);
        let names = is_capitalized(after)
            || is_determiner(after)
            || SUBJECT_PRONOUNS.contains(after)
            || !verb && self.doc.is_word(phrase.first);
        (token.space_before || doubled) && phrase.first < phrase.end && names
    }

    /// Whether the word at `k`, right before `phrase`, belongs to it: not a
    /// word that stops a phrase, not a verb, and inside a name only where a
    /// name may hold it.
    fn word_joins_phrase(&self, phrase: &LeftwardPhrase, k: usize, floor: usize) -> bool {
        let word = self.doc.tokens[k].text(self.doc.text);
        if self.is_particle_inside_name(phrase, k) {
            return true;
        }
        // "those" opens a phrase only as its head: "those close to
        // him", "those who attended".
        let next = self.doc.word(k + 1);
        let those = word_is(word, "those")
            && (OWNER_ADJECTIVES.contains(next)
                || word_is(next, "who")
                || POLLED_PARTICIPLES.contains(next));
        // "this" and "these" open a phrase whose noun follows them: "this
        // source told the Post", "Mrs. Clinton, these people said, would …".
        let demonstrative = word_in(word, &["this", "these"])
            && phrase.first == k + 1
            && phrase.first < phrase.end
            && self.doc.is_word(k + 1);
        // "then" or "now" before an age in an appositive: "Mr. Sperling,
        // then 38, said", "Mr. Daniloff, now 81, said".
        let age_then = word_in(word, &["then", "now"])
            && phrase.first == k + 1
            && phrase.is_one_closed_appositive()
            && self
                .doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Number);
        let predeterminer = self.predeterminer_opens_subject(phrase, k)
            || self.distributive_opens_object(phrase, k);
        if is_left_stop(word)
            && !NAME_JOINERS.contains(word)
            && !those
            && !demonstrative
            && !age_then
            && !predeterminer
        {
            return false;
        }
        // A verb before the cue ("cited reports that") is no source,
        // but a noun in -ing after a determiner is ("another ranking").
        let noun = k > floor && opens_noun_phrase(self.doc.word(k - 1));
        // "people briefed on the talks".
        let owner_adjective = crate::grammar::OWNER_ADJECTIVES.contains(word);
        // A participle that ends the phrase says whom a poll asked, a group
        // named in the plural: "voters polled said", "those surveyed said"
        // (in "the chairs that POLITICO interviewed predicted" it is the
        // relative clause's verb).
        let before = self.doc.word(k.wrapping_sub(1));
        let group = word_is(before, "those") || before.ends_with('s') || word_is(before, "people");
        let polled = POLLED_PARTICIPLES.contains(word) && phrase.first == phrase.end && group;
        if is_verb_form(word) && !noun && !owner_adjective && !polled {
            return false;
        }
        if self.verb_before_name(phrase, k, floor) {
            return false;
        }
        !NAME_JOINERS.contains(word)
            || self.joins_names(k, floor)
            || self.opens_workplace(phrase, k)
    }

    /// Whether the word at `k` is a particle inside a name, between the
    /// phrase's capitalised first word and a capitalised word or another
    /// particle before it: "Ursula von der Leyen", "St Vincent de Paul
    /// Society", "Lula da Silva".
    fn is_particle_inside_name(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let word = self.doc.word(k);
        let capital_after = phrase.first == k + 1
            && phrase.first < phrase.end
            && is_capitalized(self.doc.word(k + 1));
        let name_before = k > 0
            && self.doc.is_word(k - 1)
            && (is_capitalized(self.doc.word(k - 1))
                || NAME_PARTICLES.contains(self.doc.word(k - 1)));
        NAME_PARTICLES.contains(word) && !is_capitalized(word) && capital_after && name_before
    }

    /// Whether the "of" at `k` opens an appositive that says where the name
    /// before its comma works: "Ada Quist, of the Harbor Institute, said".
    fn opens_workplace(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let after_name = k >= 2
            && self.doc.tokens[k - 1].is_punct(',')
            && self.doc.is_word(k - 2)
            && is_capitalized(self.doc.word(k - 2));
        let named = (k + 1..phrase.end).any(|p| is_capitalized(self.doc.word(p)));
        word_is(self.doc.word(k), "of")
            && after_name
            && named
            && phrase.first == k + 1
            && phrase.is_one_closed_appositive()
    }

    /// Whether "both", "all" or "each" at `k` stands before the noun of a
    /// subject that opens its sentence: "Both parents …", "All three
    /// candidates said"; after the noun they float ("the two senators both
    /// said"). "Both … and" joins two names, and the names alone are the
    /// source ("Both Democrats and Republicans").
    fn predeterminer_opens_subject(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let word = self.doc.word(k);
        let joins = word_is(word, "both")
            && (phrase.first..phrase.end).any(|w| word_is(self.doc.word(w), "and"));
        word_in(word, &["both", "all", "each"])
            && !joins
            && phrase.first == k + 1
            && phrase.first < phrase.end
            && self.sentence_bounds(k).first == k
    }

    /// Whether "each" or "every" at `k` opens the object of a preposition
    /// right before it, whose noun starts `phrase`: "half of voters in each
    /// state say", "officials from every county said". The phrase goes on
    /// to the noun the preposition describes.
    fn distributive_opens_object(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        DISTRIBUTIVES.contains(self.doc.word(k))
            && k > 0
            && OBJECT_PREPOSITIONS.contains(self.doc.word(k - 1))
            && phrase.first == k + 1
            && phrase.first < phrase.end
            && !is_capitalized(self.doc.word(k + 1))
    }

    /// Whether the word at `k`, left of a name that opens `phrase`, is the
    /// verb before the name rather than part of the phrase. Left of a name, a
    /// lower-case word belongs to the phrase only as a determiner or a role
    /// ("adviser Liz Roe"); otherwise it is the verb before it ("follows
    /// Harbor City mayors").
    fn verb_before_name(&self, phrase: &LeftwardPhrase, k: usize, floor: usize) -> bool {
        let word = self.doc.tokens[k].text(self.doc.text);
        let right = self.doc.word(k + 1);
        let before_name =
            phrase.first < phrase.end && is_capitalized(right) && self.doc.is_word(k + 1);
        let joiner = NAME_JOINERS.contains(word);
        // An adjective after a determiner is part of the phrase:
        // "the independent Vermont senator".
        let adjective = k > floor && opens_noun_phrase(self.doc.word(k - 1));
        // A lower-case word naming the body of a title before it:
        // "Tulsa police Chief Chuck Jordan", "state Sen. Jane Roe".
        let title_body = TITLE_BODIES.contains(word) && crate::grammar::is_role_head(right);
        before_name
            && !joiner
            && !adjective
            && !title_body
            && !is_capitalized(word)
            && !is_determiner(word)
            && !crate::grammar::is_role_head(word)
            && !crate::grammar::is_role_adjective(word)
            && !self.describes_name_after_comma(k, floor)
    }

    /// Whether the lower-case words from a comma up to `k` describe the
    /// name after them: "…, tech billionaire Jo Doe said". Right after a
    /// comma a verb would have no subject, so up to three such words that no
    /// list calls a verb, a joining word or a subordinator are the name's
    /// description. A particle right before the name is the name's own ("de
    /// Blasio", "van Buren").
    fn describes_name_after_comma(&self, k: usize, floor: usize) -> bool {
        let describing = |p: &usize| {
            let word = self.doc.word(*p);
            self.doc.is_word(*p)
                && !is_capitalized(word)
                && !is_verb_form(word)
                && !is_left_stop(word)
                && !NAME_JOINERS.contains(word)
                && !SUBORDINATORS.contains(word)
                && !word_is(word, "given")
        };
        !NAME_PARTICLES.contains(self.doc.word(k))
            && (k.saturating_sub(2).max(floor + 1)..=k)
                .rev()
                .take_while(describing)
                .last()
                .is_some_and(|p| self.ends_clause(p - 1))
    }

    /// Whether the joining word at `k` joins names or a list, as it must to
    /// be part of a source: "Secretary of State", "the Center for Responsive
    /// Politics", "Smith and Jones".
    fn joins_names(&self, k: usize, floor: usize) -> bool {
        let word = self.doc.tokens[k].text(self.doc.text);
        let before = self.doc.word(k.wrapping_sub(1));
        let after = self.doc.word(k + 1);
        let caps = is_capitalized(before) && is_capitalized(after);
        let list = word_is(word, "and")
            && (is_capitalized(before)
                || self.quoted.get(k.wrapping_sub(1)) == Some(&false) && k > floor)
            && is_capitalized(after);
        (caps || list || self.joins_group_sources(k, floor)) && k > floor
    }

    /// Whether the "and" at `k` joins two groups that speak together at the
    /// start of a clause: "…, teachers and union officials told POLITICO.",
    /// "Current and former officials said …". The word before it is a
    /// group's noun or an adjective that pairs with another, and it opens
    /// the clause, so an "and" between clauses ("the rules confused voters
    /// and officials said …") joins nothing.
    fn joins_group_sources(&self, k: usize, floor: usize) -> bool {
        if k < floor + 1 || !word_is(self.doc.word(k), "and") {
            return false;
        }
        let before = self.doc.word(k - 1);
        let after = self.doc.word(k + 1);
        let group = COMMON_SOURCES.contains(before) || PAIRED_SOURCE_ADJECTIVES.contains(before);
        let opens_clause = k - 1 == floor || self.doc.tokens[k - 2].is_punct(',');
        group && opens_clause && self.doc.is_word(k + 1) && !is_capitalized(after)
    }

    /// Whether the number at `k`, right before `phrase`, belongs to it.
    fn number_joins_phrase(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let LeftwardPhrase { first, end, .. } = *phrase;
        // A quantity: "27 percent of voters said".
        (first < end
            && first == k + 1
            && self.doc.is_word(first)
            && !is_capitalized(self.doc.word(first)))
            // A number in a compound modifier: "the 34-year-old mother".
            || (first == k + 1 && self.doc.tokens[first].is_punct('-'))
            // An age in an appositive: "Sarandon, 69, told".
            || (phrase.is_one_closed_appositive() && k + 1 == end)
    }

    /// Whether the comma at `k`, right before `phrase`, belongs to it.
    fn comma_joins_phrase(&self, phrase: &LeftwardPhrase, k: usize) -> bool {
        let LeftwardPhrase { first, end, .. } = *phrase;
        let closed = phrase.is_one_closed_appositive();
        // An appositive ("Hugh Hill, a doctor, said") or a list ("New York, Chicago and Denver mayors").
        let before = self.doc.word(k - 1);
        let part_first = self.doc.word(first);
        // An appositive is closed by a comma before the cue; without
        // one ("Clinton, a top aide said,") the name is not the source.
        let appositive = closed
            && first < end
            && (word_in(part_first, &["a", "an", "the", "who", "whose"])
                || !is_capitalized(part_first)
                || self.owned_description(first, end))
            && k + 1 == first
            && is_capitalized(before)
            && self.doc.is_word(k - 1);
        let list = is_capitalized(before)
            && is_capitalized(part_first)
            && (first..end).any(|p| word_is(self.doc.word(p), "and"));
        // A party tag: "Mitch McConnell, R-Ky., said".
        let party =
            closed && k + 1 == first && is_capitalized(before) && self.is_party_tag(first, end);
        let trailing = first == end;
        // A name after its description: "Google's chief executive,
        // Laszlo Bock, told", "Another pollster, David Woodard of Clemson
        // University, said"; names joined by "and" are a list, whose
        // speaker is a group, also after a description ("Two farmers, Tom
        // Quill and Ada Vane, said"). The description may end in a role
        // written in capitals ("The group's CEO, Kim Fritts, said").
        let name_word = |p: usize| {
            let word = self.doc.word(p);
            !self.doc.is_word(p)
                || is_capitalized(word)
                || p > first && (word_is(word, "of") || word_is(word, "and"))
        };
        let named_description = closed
            && k + 1 == first
            && (first..end).all(name_word)
            && self.doc.is_word(k - 1)
            && (!is_capitalized(before)
                || crate::grammar::is_role_head(before)
                || self.office_ends_at(k - 1));
        appositive || list || trailing || named_description || party
    }

    /// Whether an office after "the" ends at `last` (see
    /// [`office_head`]): "The Minister for Transport", "the director of
    /// the Harbor Port Authority", before the comma and the name it
    /// describes.
    fn office_ends_at(&self, last: usize) -> bool {
        let words = |p: usize| (p + 1..=last).map(|q| self.doc.word(q)).collect::<Vec<_>>();
        (0..last)
            .rev()
            .take(10)
            .take_while(|&p| self.doc.is_word(p))
            .any(|p| word_is(self.doc.word(p), "the") && office_head(&words(p)).is_some())
    }

    /// Whether the phrase `first..end` is a description a name in it owns:
    /// a possessive before the words of its noun ("Dalton's press
    /// secretary", "Time's Managing Editor", "Friends of Parks's executive
    /// director").
    fn owned_description(&self, first: usize, end: usize) -> bool {
        (first..end.saturating_sub(1)).any(|p| self.possessive_at(p).is_some())
    }

    /// Where the noun after a possessive at `p` starts, when the word at `p`
    /// is one: "Obama's", or a plural's or a name's in -s with its
    /// apostrophe alone ("Sanders’ campaign manager"), before a word.
    fn possessive_at(&self, p: usize) -> Option<usize> {
        let word = self.doc.word(p);
        let bare_apostrophe = word.ends_with('s')
            && self
                .doc
                .token(p + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('’' | '\'')) && !t.space_before);
        let noun = if bare_apostrophe { p + 2 } else { p + 1 };
        ((is_possessive(word) || bare_apostrophe) && self.doc.is_word(p) && self.doc.is_word(noun))
            .then_some(noun)
    }

    /// Whether the appositive `first..comma` is a description a name owns:
    /// "Michelle Obama's chief of staff", "Mrs. Obama's aide", "Sanders’
    /// campaign manager". The owner's name is at most three capitalised
    /// words, with a title's dot. A verb or a comma inside makes it a clause
    /// ("Roe, Doe's father, issued a statement, said"), whose subject the
    /// name is.
    fn owned_appositive(&self, first: usize, comma: usize) -> bool {
        let name_part = |k: &usize| {
            let token = self.doc.tokens.get(*k);
            token.is_some_and(|t| t.is_punct('.')) && *k > first
                || self.doc.is_word(*k) && is_capitalized(self.doc.word(*k))
        };
        let owned = (first..first + 5)
            .take_while(name_part)
            .any(|k| self.doc.is_word(k) && self.possessive_at(k).is_some());
        let clause = (first..comma).any(|k| {
            let word = self.doc.word(k);
            self.doc.tokens[k].is_punct(',') || is_verb_form(word) || is_irregular_past(word)
        });
        owned && !clause
    }

    /// Where the source starts when the phrase from `first`, before `cue`, is
    /// the object of a preposition: at the phrase that owns it ("a
    /// spokesman for the company"), or at `first` when nothing does. The
    /// object of a participle with no owner ("emails obtained by Vox") names
    /// no source at all.
    fn object_owner(&self, cue: usize, first: usize, floor: usize) -> Option<usize> {
        // A relative pronoun stands for the nearest phrase, the object of a
        // participle too: "a tax bill levied by the European Union, which
        // contended".
        let relative = |k: usize| word_in(self.doc.word(k), &["who", "which"]);
        let antecedent = relative(cue) || self.doc.tokens[cue].is_punct(',') && relative(cue + 1);
        let participle = (!antecedent)
            .then(|| self.participle_before_object(first, floor))
            .flatten();
        match self.phrase_owner(first, floor, participle) {
            Some(owner) => Some(owner),
            None if participle.is_some() => None,
            None => Some(first),
        }
    }

    /// Where the source starts when a relative clause stands between it and
    /// the cue: "voters who backed Trump said", "a man in Ohio who lost his
    /// job said". The clause opens with "who" after a noun for people, and
    /// runs to the cue without a comma or a quotation.
    pub(super) fn clause_owner(&self, first: usize, end: usize, floor: usize) -> Option<usize> {
        // The clause ends in a word of its own before the cue, not in "who"
        // ("those who say" is a relative source) or a joining word ("who
        // launched his campaign by saying").
        if first >= end || is_left_stop(self.doc.word(end - 1)) {
            return None;
        }
        let lowest = end.saturating_sub(16).max(floor + 1);
        // A participle with an infinitive opens a clause too: "Democrats
        // trying to regain control of the Senate say".
        let who = (lowest..first)
            .rev()
            .take_while(|&k| self.doc.is_word(k) && !self.quoted[k])
            .find(|&k| {
                word_is(self.doc.word(k), "who")
                    || k > floor
                        && self.doc.is_word(k - 1)
                        && opens_infinitive_clause(
                            self.doc.word(k - 1),
                            self.doc.word(k),
                            self.doc.word(k + 1),
                            self.doc.word(k + 2),
                        )
                        && !(k..first).any(|w| breaks_clause(self.doc.word(w)))
                    || self.opens_noun_infinitive(k, first, lowest)
            })?;
        let owner = self.subject_before(who, floor).filter(|owner| {
            owner.end == who
                && (self.owns_phrase(owner.first, owner.end)
                    || self.carries_object(owner.first, owner.end))
        })?;
        Some(owner.first)
    }

    /// Where the source starts when the phrase read leftwards from a cue,
    /// starting at `first`, is the object of a preposition: "a spokesman for
    /// the company said", "officials in Washington said", "Michael Tanner of
    /// the Cato Institute said", "people familiar with the talks said". The
    /// object alone would name the wrong source. A second object joined by
    /// "and" belongs to the same phrase: "experts on North Korea and nuclear
    /// nonproliferation", "observers in Virginia and around the country".
    /// `participle` stands between the owner and the preposition ("voters
    /// going to the polls").
    /// Whether "to" at `k` opens an infinitive that a noun before it takes,
    /// up to `first`: "Organizers of the push to boycott the speech said",
    /// where the push's organizers speak. After a verb ("used to say") or
    /// before a determiner ("close to the campaign") it does not, nor inside
    /// a relative or a subordinate clause from `lowest` ("an official who
    /// spoke anonymously to discuss …", "… because he claimed"), whose own
    /// reading stands.
    fn opens_noun_infinitive(&self, k: usize, first: usize, lowest: usize) -> bool {
        let clause = (lowest..first).any(|w| {
            let word = self.doc.word(w);
            word_in(word, &["who", "which", "that"]) || SUBORDINATORS.contains(word)
        });
        let noun = self.doc.word(k.wrapping_sub(1));
        let verb = self.doc.word(k + 1);
        word_is(self.doc.word(k), "to")
            && k > 0
            && self.doc.is_word(k - 1)
            && self.doc.is_word(k + 1)
            && !is_capitalized(noun)
            && !is_verb_form(noun)
            && !is_left_stop(noun)
            && !is_determiner(noun)
            && !OWNER_ADJECTIVES.contains(noun)
            && !is_capitalized(verb)
            && !is_determiner(verb)
            && !clause
            && !(k..first).any(|w| breaks_clause(self.doc.word(w)))
    }

    pub(super) fn phrase_owner(
        &self,
        first: usize,
        floor: usize,
        participle: Option<usize>,
    ) -> Option<usize> {
        let before = first
            .checked_sub(1)
            .filter(|&k| k > floor && self.doc.is_word(k))?;
        // After an adjective that owns its object, "to" opens that object
        // whatever follows: "sources privy to discussions say".
        let owned = OWNER_ADJECTIVES.contains(self.doc.word(before - 1))
            && OBJECT_PREPOSITIONS.contains(self.doc.word(before));
        if participle.is_some()
            || owned
            || crate::grammar::opens_object(self.doc.word(before), self.doc.word(first))
        {
            let head_end = participle.unwrap_or(before);
            let owner = self.subject_before(head_end, floor).filter(|&owner| {
                // A chain of objects: "members of the board of directors".
                // A document speaks through a participle: "a letter
                // signed by 50 senators says".
                let document = head_end != before && self.names_document(owner);
                owner.end == head_end
                    && (self.owns_phrase(owner.first, owner.end)
                        || self.carries_object(owner.first, owner.end)
                        || document)
            });
            if let Some(owner) = owner {
                return Some(owner.first);
            }
            let conjunction = before.checked_sub(1).filter(|&k| k > floor)?;
            return self.joined_object(conjunction, floor);
        }
        self.joined_object(before, floor)
    }

    /// The participle after a noun and before the preposition whose object
    /// starts at `first`: "voters going to the polls", "a source speaking to
    /// Fox News", "emails obtained by Vox". Its object is never the source;
    /// the phrase before it may be.
    pub(super) fn participle_before_object(&self, first: usize, floor: usize) -> Option<usize> {
        let participle = first.checked_sub(2).filter(|&k| k > floor)?;
        (self.doc.is_word(participle - 1)
            && can_be_described(self.doc.word(participle - 1))
            && self.doc.is_word(participle)
            && crate::grammar::opens_participle_object(
                self.doc.word(participle),
                self.doc.word(participle + 1),
                self.doc.word(first),
            ))
        .then_some(participle)
    }

    /// The start of the phrase before the conjunction at `conjunction` when
    /// that phrase ends in a prepositional object the words after it continue.
    pub(super) fn joined_object(&self, conjunction: usize, floor: usize) -> Option<usize> {
        if !word_in(self.doc.word(conjunction), &["and", "or"]) {
            return None;
        }
        let left = self
            .subject_before(conjunction, floor)
            .filter(|left| left.end == conjunction)?;
        self.carries_object(left.first, left.end)
            .then_some(left.first)
    }

    /// Whether the phrase `first..end` is a source with a prepositional object.
    pub(super) fn carries_object(&self, first: usize, end: usize) -> bool {
        (first + 1..end).any(|k| {
            crate::grammar::opens_object(self.doc.word(k), self.doc.word(k + 1))
                && self.owns_phrase(first, k)
        })
    }

    /// Whether the phrase `first..end` can carry a prepositional phrase as a
    /// source: its head is a noun for people ("spokesman", "officials",
    /// "experts", "people familiar") or it is a name ("Michael Tanner").
    pub(super) fn owns_phrase(&self, first: usize, end: usize) -> bool {
        let mut head = end - 1;
        // "people familiar with", "sources close to".
        if head > first && OWNER_ADJECTIVES.contains(self.doc.word(head)) {
            head -= 1;
        }
        let word = self.doc.word(head);
        let name = (first..end).all(|k| !self.doc.is_word(k) || is_capitalized(self.doc.word(k)))
            && !is_determiner(self.doc.word(first));
        let before = (head > first).then(|| self.doc.word(head - 1));
        crate::grammar::owns_object(word, before) || name
    }

    /// Where the words before `end` stop being adverbs and auxiliaries
    /// ("has also said", "falsely suggesting").
    pub(super) fn before_adverbs(&self, mut end: usize, floor: usize) -> usize {
        while end > floor && self.doc.is_word(end - 1) && {
            let w = self.doc.word(end - 1);
            BETWEEN.contains(w) || self.place_of_source(end - 1, floor) || is_ly_adverb(w)
        } {
            end -= 1;
        }
        end
    }

    /// Whether the word at `k` is "here" or "there" naming where the people
    /// just before it are: "officials there said", "workers here said". After
    /// another noun it may end a topic ("controls on hate speech here say"),
    /// which is no source.
    fn place_of_source(&self, k: usize, floor: usize) -> bool {
        k > floor
            && word_in(self.doc.word(k), &["here", "there"])
            && is_source_noun(self.doc.word(k - 1))
    }

    /// Where a time that ends at `end` starts, with one of `prepositions`
    /// before it ("on Tuesday"); `end` itself when no time ends there.
    pub(super) fn before_time(&self, end: usize, floor: usize, prepositions: &[&str]) -> usize {
        let Some(t) = self.time_ending(end) else {
            return end;
        };
        let mut first = self.times[t].first;
        // "early Friday", "late Monday".
        if first > floor && word_in(self.doc.word(first - 1), &["early", "late"]) {
            first -= 1;
        }
        if first > floor && word_in(self.doc.word(first - 1), prepositions) {
            first - 1
        } else {
            first
        }
    }

    /// Whether the words after a cue, from `after` on, open with a clause of
    /// time or reason rather than the content: "tweeted as Obama spoke", not
    /// "said that because …", "said as much" or "cautioned, as did the
    /// campaign, that …".
    pub(super) fn opens_subordinate_clause(&self, after: usize, start: usize) -> bool {
        let that = (after..start).any(|k| word_is(self.doc.word(k), "that"));
        let word = self.doc.word(start);
        let comparison = word_is(word, "as")
            && word_in(
                self.doc.word(start + 1),
                &[
                    "much", "well", "did", "does", "do", "have", "has", "had", "was", "is",
                ],
            );
        !that && !comparison && SUBORDINATORS.contains(word)
    }

    /// Whether `subject`, set off by a comma before the participle cue at
    /// `cue`, is the object of the sentence's verb rather than a source:
    /// "Fiorina attacked Donald Trump, the front-runner, saying …" reports
    /// Fiorina. A phrase that opens the sentence or a clause is its subject
    /// ("Trump, saying …, refused").
    pub(super) fn object_before_participle(&self, subject: Span, cue: usize, first: usize) -> bool {
        self.doc.word(cue).ends_with("ing")
            && cue > 0
            && self.doc.tokens[cue - 1].is_punct(',')
            && subject.first > first
            && !self.ends_clause(subject.first - 1)
            && self.doc.is_word(subject.first - 1)
    }

    /// Where a dash that ends right before `end` starts: "—", "–" or "--".
    pub(super) fn dash_before(&self, end: usize, floor: usize) -> Option<usize> {
        let last = end.checked_sub(1).filter(|&k| k > floor)?;
        match self.doc.tokens[last].kind {
            Kind::Punct('—' | '–') => Some(last),
            Kind::Punct('-') if last > floor + 1 && self.doc.tokens[last - 1].is_punct('-') => {
                Some(last - 1)
            }
            _ => None,
        }
    }

    /// Whether `first..end` is a party tag: "R-Ky.", "D-Calif", "I-Vt.".
    pub(super) fn is_party_tag(&self, first: usize, end: usize) -> bool {
        let tag = self.segments.text_of(self.doc.text, first, end);
        let mut parts = tag.splitn(2, '-');
        matches!(parts.next(), Some("R" | "D" | "I"))
            && parts.next().is_some_and(|state| {
                is_capitalized(state) && state.len() <= 6 && !state.contains(' ')
            })
    }

    /// Whether the phrase `first..end` names a document or an occasion,
    /// which says only what its author said: "a letter", "a series of
    /// tweets", "a news conference".
    pub(super) fn names_document(&self, Span { first, end }: Span) -> bool {
        (first..end)
            .rev()
            .find(|&k| self.doc.is_word(k))
            .is_some_and(|k| {
                DOCUMENTS.contains(self.doc.word(k)) || OCCASIONS.contains(self.doc.word(k))
            })
    }

    /// A relative pronoun as the source of the cue at `cue`: "an architect
    /// who said", "the agency, which said", "McConnell, who in 2010 said".
    /// Returns the pronoun and the noun phrase it stands for.
    pub(super) fn relative_source(&self, cue: usize, floor: usize) -> Option<(Span, Span)> {
        // "who has also said", "who in 2010 said", "who on Tuesday told".
        let end = self.before_adverbs(cue, floor);
        let end = self.before_time(end, floor, &["in", "on", "last", "this"]);
        let pronoun = end.checked_sub(1).filter(|&k| {
            k > floor
                && self.doc.is_word(k)
                && (word_in(self.doc.word(k), &["who", "which"]) || self.relative_that(k, cue))
        })?;
        // A non-restrictive clause follows a comma: "the agency, which said".
        let np_end = if self.doc.tokens[pronoun - 1].is_punct(',') {
            pronoun - 1
        } else {
            pronoun
        };
        let Span { mut first, end } = self.subject_before(np_end, floor)?;
        // Read leftwards the phrase can take in the verb before its
        // determiner ("pay an architect"); the determiner opens it.
        if let Some(determiner) =
            (first + 1..end).find(|&k| word_in(self.doc.word(k), &["a", "an", "the"]))
        {
            first = determiner;
        }
        let described = self
            .subject_of_predicate(first, floor)
            .unwrap_or(Span::new(first, end));
        let person = word_is(self.doc.word(pronoun), "who")
            .then(|| {
                self.appositive_holder(described, floor)
                    .or_else(|| self.named_before_appositive(np_end, described, floor))
            })
            .flatten();
        Some((Span::new(pronoun, pronoun + 1), person.unwrap_or(described)))
    }

    /// The name with its appositive when ", who" follows an appositive set
    /// off by commas that ends on `last`, the phrase before the comma: in
    /// "Tom Reyes, 24, from Quill, who said …" and "Ann Lee, the leader of
    /// the opposition in Vale, who suggested …" the one who spoke is the
    /// named person, never the town or the region that ends the appositive.
    /// "who" points to a person; a writer who means a body names it with
    /// "which".
    fn named_before_appositive(&self, comma: usize, last: Span, floor: usize) -> Option<Span> {
        let set_off = comma < self.doc.tokens.len() && self.doc.tokens[comma].is_punct(',');
        if !set_off || !self.ends_appositive(last) {
            return None;
        }
        let found = self.long_appositive(comma, floor)?;
        is_capitalized(self.doc.word(found.first)).then_some(found)
    }

    /// Whether `phrase` can only end an appositive, not name the one a
    /// "who" after it stands for: the object of a preposition ("from
    /// Quill", "on the harbor board"), a town's state ("from Englewood,
    /// Ohio") or a description set off by its own comma ("Ann Lee, the
    /// harbor master, who"). A name after "and" is one of its own ("Ann
    /// Lee, who …, and Tom Reyes, who said").
    fn ends_appositive(&self, phrase: Span) -> bool {
        let Some(before) = phrase.first.checked_sub(1) else {
            return false;
        };
        let word = |k: usize| self.doc.word(k);
        let object = |k: usize| self.doc.is_word(k) && OBJECT_PREPOSITIONS.contains(word(k));
        let comma = self.doc.tokens[before].is_punct(',');
        let state = comma && before >= 2 && is_capitalized(word(before - 1)) && object(before - 2);
        let opening = word(phrase.first);
        let description = comma && word_in(opening, ARTICLES);
        object(before) || state || description
    }

    /// The name an appositive describes when "who" follows a name inside
    /// the appositive's prepositional phrase: in "Ann Lee, an economist at
    /// the Harbor Institute in Quill who said …" the one who said is Ann
    /// Lee, never the institute or the town. "who" points to a person, and
    /// a writer who means the body names it with "which". The appositive
    /// opens with "a" or "an" after the comma that follows the name, and
    /// describes in lower case before its first preposition; a capitalised
    /// name follows the preposition within `phrase`, the phrase before
    /// "who".
    fn appositive_holder(&self, phrase: Span, floor: usize) -> Option<Span> {
        const APPOSITIVE_REACH: usize = 14;
        let word = |k: usize| self.doc.word(k);
        let article = (phrase.first.saturating_sub(APPOSITIVE_REACH).max(floor + 1)..=phrase.first)
            .rev()
            .take_while(|&k| self.doc.is_word(k) && !self.quoted[k])
            .find(|&k| {
                word_in(word(k), INDEFINITE_ARTICLES) && self.doc.tokens[k - 1].is_punct(',')
            })?;
        let link = (article + 1..phrase.end).find(|&k| OBJECT_PREPOSITIONS.contains(word(k)))?;
        let described = link > article + 1 && (article + 1..link).all(|k| !is_capitalized(word(k)));
        let named_inside = (link + 1..phrase.end).any(|k| is_capitalized(word(k)));
        let holder = self.subject_before(article - 1, floor)?;
        (described && named_inside && is_capitalized(word(holder.first))).then_some(holder)
    }

    /// The subject that a relative clause's noun phrase, from `noun`,
    /// describes when it closes a list of what the subject is, after "is a"
    /// or "was a" ("Ann Roe is a lawyer who said …"): in "Ann Roe insults reporters and is a liar, bully and fabulist
    /// who has vowed to …" the pronoun stands for Ann Roe, not for a
    /// "fabulist" the text never names. Read leftwards over the list's
    /// lower-case words and commas only, not past a preposition or another
    /// determiner ("a reversal for the senator, who …" is the senator's).
    fn subject_of_predicate(&self, noun: usize, floor: usize) -> Option<Span> {
        const LIST_REACH: usize = 16;
        let article = (noun.saturating_sub(LIST_REACH).max(floor + 1)..=noun)
            .rev()
            .take_while(|&k| {
                let word = self.doc.word(k);
                let listed = !is_capitalized(word)
                    && !OBJECT_PREPOSITIONS.contains(word)
                    && (word_in(word, INDEFINITE_ARTICLES) || !is_determiner(word));
                self.doc.tokens[k].is_punct(',') || self.doc.is_word(k) && listed
            })
            .find(|&k| word_in(self.doc.word(k), INDEFINITE_ARTICLES))?;
        let be = article - 1;
        if !word_in(self.doc.word(be), &["is", "was"]) {
            return None;
        }
        // A label before a colon opens no subject: "Update: Ann Roe …".
        let first = (floor..be)
            .rev()
            .find(|&k| self.doc.tokens[k].is_punct(':'))
            .map_or(floor, |colon| colon + 1);
        sentence_subject(self, first, be).or_else(|| self.subject_before(be, first))
    }

    /// Whether the "that" at `k` is a relative pronoun before the cue at
    /// `cue`, as "which" is: in lower case right before "says" or "said",
    /// with a document among the few words before it and no mark between
    /// ("a letter that says …", "a letter from his doctor on Friday that
    /// says …"). What a document says is its author's; a thing that bears
    /// words ("a hat that says “…”") says nothing.
    pub(super) fn relative_that(&self, k: usize, cue: usize) -> bool {
        let document_before = (k.saturating_sub(DOCUMENT_REACH)..k)
            .rev()
            .take_while(|&w| self.doc.is_word(w))
            .any(|w| DOCUMENTS.contains(self.doc.word(w)));
        k > 0
            && k + 1 == cue
            && self.doc.word(k) == "that"
            && word_in(self.doc.word(cue), &["says", "said"])
            && document_before
    }

    /// The name and appositive before the comma at `comma`: the appositive
    /// opens after an earlier comma that follows a capitalised name.
    pub(super) fn long_appositive(&self, comma: usize, floor: usize) -> Option<Span> {
        // The leftmost fitting comma wins: in "Elward Edd, an official at
        // the Authority in Arizona, which has a backlog, said" the name is
        // Elward Edd, not Arizona.
        let mut found = None;
        let mut commas = 0;
        // A comma inside a parenthesis opens no appositive of a name outside
        // it: in "The campaign, helped by surrogates (like Ann Lee, who …),
        // has said" the source is not Ann Lee.
        let mut parentheses = 0;
        let mut k = comma;
        // A home town and its state take two commas of their own: "Harry
        // Bond, 30, of Raleigh, N.C., who voted early, said".
        while k > floor + 1 && comma - k < 30 && commas < 4 {
            k -= 1;
            let token = self.doc.tokens[k];
            if self.quoted[k] {
                // A title or a word the appositive quotes is part of it.
                match self.quoted_title_open(k, floor) {
                    Some(open) => {
                        k = open;
                        continue;
                    }
                    None => break,
                }
            }
            match token.kind {
                Kind::Punct('.' | ';' | ':' | '!' | '?') => break,
                Kind::Punct(')') => parentheses += 1,
                Kind::Punct('(') if parentheses == 0 => break,
                Kind::Punct('(') => parentheses -= 1,
                _ => {}
            }
            if !token.is_punct(',') || parentheses > 0 {
                continue;
            }
            commas += 1;
            let opens = self.opens_appositive(k + 1, comma);
            // The name may carry a party tag: "Sen. Johnny Isakson (R-Ga.), one of …".
            // An appositive may also describe a noun for people: "the
            // official, who asked not to be named, said", "residents,
            // including two pilots, said", "the nurses, led by …, said",
            // "the employee, a nurse, said". So may a noun for an
            // organisation: "The bank, which employs 25,000 people, said".
            let before = self.doc.word(k - 1);
            let named = (self.doc.is_word(k - 1) && is_capitalized(before))
                || self.doc.tokens[k - 1].is_punct(')')
                || is_source_noun(before)
                || ORGANIZATION_HEADS.contains(before)
                || is_generic_organization_noun(before);
            let relative = |w: usize| word_in(self.doc.word(w), &["who", "whose", "which", "that"]);
            if opens && !self.holds_clause(k + 1, comma) {
                let name = self
                    .subject_before(k, floor)
                    .filter(|name| name.end == k && !self.is_place_after_of(*name))
                    .filter(|name| named || self.opens_with_source_noun(*name));
                if let Some(name) = name {
                    // A lone "who" before a setting ("Bret Stephens, who,
                    // after trading insults, said") describes nothing.
                    let lone_relative = comma == k + 2 && relative(k + 1);
                    let end = if lone_relative { k } else { comma };
                    found = Some(Span::new(name.first, end));
                }
            }
        }
        found
    }

    /// The source whose appositive ends in a short quotation with the
    /// appositive's comma inside its closing mark, right before `end`:
    /// "Tom Reyes, who calls the mayor a “showman,” said". A quotation a
    /// word of saying opens is what was said, and one after a verb "be" or a
    /// modal is a clause's complement ("…, told them it was “overblown,”
    /// adding"): neither is part of an appositive.
    fn appositive_closed_in_quote(&self, end: usize, floor: usize) -> Option<Span> {
        let close = end.checked_sub(1).filter(|&k| k > floor + 2)?;
        let closing = matches!(
            self.doc.tokens[close].kind,
            Kind::Quote(Mark::Close | Mark::Straight)
        );
        if !(closing && self.doc.tokens[close - 1].is_punct(',')) {
            return None;
        }
        let open = self.quoted_title_open(close, floor)?;
        let before = self.doc.word(open - 1);
        let verb = cue_lemma(before).is_some()
            || word_in(before, BE_FORMS)
            || MODAL_VERBS.contains(before);
        if !self.doc.is_word(open - 1) || verb {
            return None;
        }
        let found = self.long_appositive(close - 1, floor)?;
        Some(Span::new(found.first, end))
    }

    /// Where the short quotation that `last` lies in opens, read leftwards:
    /// up to `QUOTED_TITLE_WORDS` words, never the first of the reach. Such a
    /// quotation is a title or a word an appositive quotes ("a contestant on
    /// the show, “The Apprentice,” who …").
    fn quoted_title_open(&self, last: usize, floor: usize) -> Option<usize> {
        let open = (floor..=last)
            .rev()
            .take_while(|&k| self.quoted[k])
            .last()?;
        let words = (open..=last).filter(|&k| self.doc.is_word(k)).count();
        (open > floor && words <= QUOTED_TITLE_WORDS).then_some(open)
    }

    /// Whether a source noun heads the phrase `name` from its first words,
    /// with what it knows or whom it speaks for after it: "A person familiar
    /// with the inquiry", "A spokesman for the agency". Such a phrase ends in
    /// a common noun, yet names a source as a name would.
    fn opens_with_source_noun(&self, name: Span) -> bool {
        (name.first..name.end)
            .take(SOURCE_NOUN_REACH)
            .any(|k| is_source_noun(self.doc.word(k)))
    }

    /// Whether the words from `first` to the comma at `comma` hold a clause
    /// rather than an appositive: a verb and no relative pronoun ("the plant
    /// is hanging on, but …"), or a part between commas with a subject and a
    /// verb of its own ("Ohio, a state that she hoped to carry, the vote
    /// will be close,"). A part that goes on with the verb of a relative
    /// clause before it describes ("whose hometown, Miami, is expected …").
    fn holds_clause(&self, first: usize, comma: usize) -> bool {
        let be = |w: usize| word_in(self.doc.word(w), &["is", "are", "was", "were", "but"]);
        let verb = |w: usize| be(w) || MODAL_VERBS.contains(self.doc.word(w));
        let relative = |w: usize| word_in(self.doc.word(w), &["who", "whose", "which", "that"]);
        if (first..comma).any(be) && !(first..comma).any(relative) {
            return true;
        }
        let mut start = first;
        for end in (first..=comma).filter(|&w| w == comma || self.doc.tokens[w].is_punct(',')) {
            let subject = is_determiner(self.doc.word(start))
                || SUBJECT_PRONOUNS.contains(self.doc.word(start));
            if subject && (start..end).any(verb) && !(start..end).any(relative) {
                return true;
            }
            start = end + 1;
        }
        false
    }

    /// Whether a role follows the capitalised name of a place or body that
    /// opens an appositive at `first`: "Chris Roe, South Carolina director
    /// for the campaign, said", "Ann Lee, Senate Finance Committee
    /// spokeswoman, said".
    fn role_after_place(&self, first: usize, comma: usize) -> bool {
        let names_end = (first..comma)
            .find(|&k| !(self.doc.is_word(k) && is_capitalized(self.doc.word(k))))
            .unwrap_or(comma);
        names_end > first
            && names_end < comma
            && crate::grammar::is_role_head(self.doc.word(names_end))
    }

    /// Whether an appositive opens at `first`, after a name's comma, up to
    /// the comma at `comma`: a determiner, a relative pronoun, a party, a
    /// participle, a role, an age or a description a name owns.
    fn opens_appositive(&self, first: usize, comma: usize) -> bool {
        let opener = self.doc.word(first);
        is_determiner(opener)
            || word_in(opener, &["who", "whose", "which"])
            // "who" contracted with "is" or "has": "Williams, who’s running
            // to be an alternate, added".
            || word_in(opener, &["who’s", "who's"])
            // A party tag: "Dianne Feinstein, Democrat of California, said".
            || PARTY_WORDS.contains(opener)
            // Some of the many: "Critics, among them the Harbor Business
            // Council, said".
            || word_is(opener, "among") && word_in(self.doc.word(first + 1), &["them", "whom"])
            // A participial phrase: "Trump, speaking to a veterans group,
            // said"; "Johnson, asked about the shelters, said".
            || is_lowercase_participle(opener)
            || self.opens_agent_participle(first)
            || crate::grammar::is_role_head(opener)
            || crate::grammar::is_role_head(self.doc.word(first + 1))
            || self.role_after_place(first, comma)
            || self.owned_appositive(first, comma)
            || self.opens_home_town(first, comma)
            || self.opens_after_adverb(first, comma)
            || self.opens_companion(first, comma)
            || self
                .doc
                .tokens
                .get(first)
                .is_some_and(|t| t.kind == Kind::Number)
    }

    /// Whether a phrase that adds others to the source opens at `first`,
    /// with at least one word of theirs before the comma at `comma`: "Ann
    /// Lee, along with reporter Tom Reyes, says" (`COMPANION_PHRASES`).
    fn opens_companion(&self, first: usize, comma: usize) -> bool {
        COMPANION_PHRASES.iter().any(|phrase| {
            first + phrase.len() < comma
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(i, &w)| word_is(self.doc.word(first + i), w))
        })
    }

    /// Whether "of" and a place, perhaps with its state after a comma, run
    /// from `first` to the comma at `comma`: the home town news gives the
    /// people it quotes ("Johnnie Wilson, of Springfield, Va., said").
    fn opens_home_town(&self, first: usize, comma: usize) -> bool {
        let place = first + 1..comma;
        word_is(self.doc.word(first), "of")
            && !place.is_empty()
            && place.into_iter().all(|k| {
                let token = self.doc.tokens[k];
                token.is_punct(',') || token.is_punct('.') || is_capitalized(self.doc.word(k))
            })
    }

    /// Whether an adverb of time or an aside, perhaps with its own comma,
    /// stands before an appositive that opens after it, up to the comma at
    /// `comma`: "Ann Lee, now 62 and retired, said", "Roe, also campaigning
    /// in Ohio, said", "Roe, meanwhile, who runs the office, said". The
    /// adverb describes the appositive, not the clause after the cue.
    fn opens_after_adverb(&self, first: usize, comma: usize) -> bool {
        let opener = self.doc.word(first);
        if !(APPOSITIVE_TIME_ADVERBS.contains(opener) || ASIDE_ADVERBS.contains(opener)) {
            return false;
        }
        let next = first + 1 + usize::from(self.doc.tokens[first + 1].is_punct(','));
        next < comma && self.opens_appositive(next, comma)
    }

    /// Whether a past participle with its agent opens at `k`: "led by",
    /// "joined by", "flanked by". Such a phrase describes the noun before
    /// it, and its agent is not the source.
    fn opens_agent_participle(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        let past = (word.ends_with("ed") || is_irregular_past(word)) && !is_capitalized(word);
        past && self.doc.is_word(k) && word_is(self.doc.word(k + 1), "by")
    }

    /// The source whose home town and its state, set off by commas, end
    /// before `end`: "Jane Roe of Austin, Texas," or "John Smith of Tampa,
    /// Fla.,". The state takes a comma of its own, so the town's comma
    /// closes no appositive.
    fn home_state_before(&self, end: usize, floor: usize) -> Option<Span> {
        let closing = end.checked_sub(1).filter(|&k| k > floor)?;
        if !self.doc.tokens[closing].is_punct(',') {
            return None;
        }
        let capital = |k: usize| self.doc.is_word(k) && is_capitalized(self.doc.word(k));
        let state_first = (closing.saturating_sub(3).max(floor)..closing)
            .rev()
            .take_while(|&k| capital(k) || self.doc.tokens[k].is_punct('.'))
            .last()?;
        let town_comma = state_first.checked_sub(1).filter(|&k| k > floor)?;
        if !self.doc.tokens[town_comma].is_punct(',') {
            return None;
        }
        let town_first = (town_comma.saturating_sub(3).max(floor)..town_comma)
            .rev()
            .take_while(|&k| capital(k))
            .last()?;
        let of = town_first.checked_sub(1).filter(|&k| k > floor)?;
        if !word_is(self.doc.word(of), "of") {
            return None;
        }
        self.subject_before(town_comma, floor)
            .filter(|name| name.end == town_comma && name.first < of)
            .map(|name| Span::new(name.first, closing))
    }

    /// Whether a name is the state after a home town that "of" opens, which
    /// says where someone is from and never names the source: "N.C." in
    /// "Harry Bond, 30, of Raleigh, N.C., who …". A state is one word; a
    /// person named after "of Acme," has a full name ("the head of Acme,
    /// Jane Roe, who …").
    fn is_place_after_of(&self, name: Span) -> bool {
        let Some(comma) = name.first.checked_sub(1) else {
            return false;
        };
        let town = comma.saturating_sub(4)..comma;
        name.end == name.first + 1
            && self.doc.tokens.get(comma).is_some_and(|t| t.is_punct(','))
            && town.clone().any(|k| {
                // The town's "of" follows the age or the name's comma;
                // "Of Carson, Levine, who …" opens with a topic instead.
                word_is(self.doc.word(k), "of")
                    && k.checked_sub(1)
                        .is_some_and(|p| self.doc.tokens[p].is_punct(','))
            })
            && town
                .filter(|&k| k > 0 && word_is(self.doc.word(k - 1), "of"))
                .all(|k| is_capitalized(self.doc.word(k)))
    }

    /// Whether a phrase can name a source: it has a noun-like head.
    pub(super) fn plausible_source(&self, first: usize, end: usize) -> bool {
        let head = (first..end)
            .rev()
            .find(|&k| self.doc.is_word(k))
            .map(|k| self.doc.word(k));
        let Some(head) = head else {
            return false;
        };
        // A phrase that ends in a conjunction is cut from a longer one:
        // "crediting Trump for his instincts and urging him".
        if word_in(head, &["and", "or"]) {
            return false;
        }
        // A participle or a preposition does not name anyone: "Having", "of
        // Clinton". A capitalised "-ing" word is a name ("Ebeling said",
        // "King said") unless it opens the sentence as a verb would.
        let opens_sentence = first == 0
            || self.doc.tokens[first].newline_before
            || matches!(
                self.doc.tokens[first - 1].kind,
                Kind::Punct('.' | '!' | '?' | ':' | '(') | Kind::Quote(Mark::Open)
            );
        let verb_form = OPENING_PARTICIPLES.contains(head) || cue_lemma(head).is_some();
        let participle = end - first == 1
            && head.ends_with("ing")
            && (!is_capitalized(head) || opens_sentence && verb_form);
        if participle || word_in(self.doc.word(first), &["of", "to", "for", "by", "with"]) {
            return false;
        }
        // A span of time names no one: "After years adding generators". It
        // may end a relative clause that describes someone: "voters who have
        // listened to him over the decades".
        let relative = (first..end).any(|k| word_in(self.doc.word(k), &["who", "whose"]));
        if SPANS_OF_TIME.contains(head) && !relative {
            return false;
        }
        // A lone determiner or quantifier is no source: "other promising news".
        // "Another says" and "some say" name sources; "other promising" does not.
        let lone = end - first == 1
            && word_in(
                head,
                &[
                    "his", "her", "their", "its", "our", "other", "former", "top", "senior",
                    "such", "more", "most", "much", "amid", "despite", "per",
                ],
            );
        !lone
            && (!word_in(
                head,
                &[
                    "the", "a", "an", "it", "this", "that", "there", "which", "what", "one",
                ],
            ) || word_is(head, "it") && end - first == 1)
    }

    /// The source named after the cue `cue` ("said Johnson"). After "told"
    /// comes the audience, never the source: "…, told Fox News."
    pub(super) fn inverted_subject(&self, cue: Span, limit: usize) -> Option<Span> {
        if takes_audience(self.doc.word(cue.first)) {
            return None;
        }
        self.subject_after(cue.end, limit)
    }

    /// The source noun phrase after an inverted cue ("said Johnson", "said the mayor").
    /// Who issued the document that `phrase` names, when the text says:
    /// "a report by the Urban Institute", "a study from Brookings", "Zillow
    /// data". Not after "of", which names what the document is about ("a
    /// poll of voters").
    pub(super) fn issuer_of_document(&self, phrase: Span, limit: usize) -> Option<Span> {
        let end = phrase.end;
        let head = self.doc.word(end.checked_sub(1)?);
        let document = DOCUMENTS.contains(head) || DATA_NOUNS.contains(head);
        // A name before the document issued it: "Zillow data", "a Pew
        // Research Center survey", past a time that dates it ("a 2014 Labor
        // Department study").
        let first = phrase.first + usize::from(is_determiner(self.doc.word(phrase.first)));
        let first = self.time_dating_noun(first, end).unwrap_or(first);
        let named_before = first + 1 < end
            && (first..end - 1).all(|k| !self.doc.is_word(k) || is_capitalized(self.doc.word(k)));
        // The document is a common noun: "the Washington Post" is a name.
        if document && named_before && !is_capitalized(head) {
            return Some(Span::new(first, end - 1));
        }
        let by = word_in(self.doc.word(end), &["by", "from"]);
        // Only a named issuer: "from the convention" says where, not who.
        let issuer = (document && by)
            .then(|| self.subject_after(end + 1, limit))
            .flatten()?;
        issuer
            .indices()
            .any(|k| self.doc.is_word(k) && is_capitalized(self.doc.word(k)))
            .then_some(issuer)
    }

    /// Who issued the document that is the subject `subject` of the cue at
    /// `cue`: "a Brookings Institution report said", or read through "by"
    /// already, "a study by the Brookings Institution said". Not data, whose
    /// nouns name people too ("some GOP figures said"); not a phrase inside
    /// the subject ("people in a CNN/ORC poll said" are the people); and not
    /// a lone word that opens the sentence, which may be capitalised only
    /// for that ("Exit polls said").
    pub(super) fn issuer_of_subject(&self, subject: Span, cue: usize) -> Option<Span> {
        let (issuer, document_first) =
            if DOCUMENTS.contains(self.doc.word(subject.end.checked_sub(1)?)) {
                (self.issuer_of_document(subject, cue)?, subject.first)
            } else {
                let noun = self.document_issued_by(subject)?;
                (subject, self.phrase_start(noun))
            };
        if !self.opens_clause(document_first) {
            return None;
        }
        let opens_sentence = issuer.first == self.sentence_bounds(issuer.first).first;
        (!(opens_sentence && issuer.len() == 1)).then_some(issuer)
    }

    /// Where the noun phrase whose noun is at `noun` starts: its determiner
    /// and modifiers, up to four words before it ("a 2014 study").
    fn phrase_start(&self, noun: usize) -> usize {
        let mut first = noun;
        while first > 0
            && noun - first < 4
            && !self.opens_clause(first)
            && matches!(self.doc.tokens[first - 1].kind, Kind::Word | Kind::Number)
        {
            first -= 1;
        }
        first
    }

    /// Whether a clause's subject may start at token `first`: it opens the
    /// sentence, or follows a clause's punctuation, a quotation mark or a
    /// word that opens a clause ("and", "that", "because").
    fn opens_clause(&self, first: usize) -> bool {
        let Some(before) = first.checked_sub(1) else {
            return true;
        };
        let token = self.doc.tokens[before];
        first == self.sentence_bounds(first).first
            || matches!(
                token.kind,
                Kind::Punct(',' | ';' | ':' | '(' | '—' | '–') | Kind::Quote(_)
            )
            || CLAUSE_JOINERS.contains(self.doc.word(before))
    }

    /// The noun of the document whose issuer `issuer` is, named right
    /// before it: "study" in "a study by the Brookings Institution".
    pub(super) fn document_issued_by(&self, issuer: Span) -> Option<usize> {
        let by = issuer.first.checked_sub(1)?;
        let noun = by.checked_sub(1)?;
        (word_in(self.doc.word(by), &["by", "from"]) && DOCUMENTS.contains(self.doc.word(noun)))
            .then_some(noun)
    }

    pub(super) fn subject_after(&self, start: usize, limit: usize) -> Option<Span> {
        let mut end = start;
        while end < limit && end - start < 10 {
            if let Some(time_end) = self.time_dating_noun(end, limit) {
                end = time_end;
                continue;
            }
            let token = self.doc.tokens[end];
            let ok = match token.kind {
                Kind::Word => self.subject_goes_on(start, end),
                // A description named after a comma: "said the airport
                // director, Dr. Jane Roe".
                Kind::Punct(',') => {
                    if let Some(name_end) = self.name_after_description(start, end, limit) {
                        end = name_end;
                    }
                    break;
                }
                Kind::Punct('-' | '’' | '\'') => end > start,
                Kind::Number => end > start && self.number_in_subject(end),
                Kind::Punct('(') => {
                    let close =
                        (end..limit.min(end + 6)).find(|&p| self.doc.tokens[p].is_punct(')'));
                    if let Some(c) = close {
                        end = c;
                    }
                    close.is_some()
                }
                _ => false,
            };
            if !ok {
                break;
            }
            end += 1;
        }
        while end > start && word_is(self.doc.word(end - 1), "of") {
            end -= 1;
        }
        (end > start && self.plausible_source(start, end)).then_some(Span::new(start, end))
    }

    /// Where a time that starts at `at` ends when it stands between a
    /// determiner and the noun it dates, as in a document's name: "according
    /// to a 2014 Labor Department study", "the 2009 paper", "a January 2016
    /// survey". The phrase goes on over it, as a time elsewhere ends it.
    fn time_dating_noun(&self, at: usize, limit: usize) -> Option<usize> {
        let time_end = self.times[self.time_at(at)?].end;
        let after_determiner = at > 0 && is_determiner(self.doc.word(at - 1));
        let noun_follows = time_end < limit
            && self.doc.is_word(time_end)
            && !is_left_stop(self.doc.word(time_end));
        (after_determiner && noun_follows).then_some(time_end)
    }

    /// Whether the source phrase after a cue, from `start`, goes on over the
    /// word at `end`: not past a word that opens a clause, a setting or a
    /// time, except inside a source phrase ("a source close to the
    /// campaign") or an organisation's name ("the Center for Responsive
    /// Politics"). After a person's name, "for" names where they write or
    /// speak: "Cameron Easley for Morning Consult".
    fn subject_goes_on(&self, start: usize, end: usize) -> bool {
        let word = self.doc.word(end);
        let source_phrase = end > start
            && word_in(word, &["to", "with", "on"])
            && SOURCE_ADJECTIVES.contains(self.doc.word(end - 1));
        let name_joiner = end > start
            && is_determiner(self.doc.word(start))
            && NAME_JOINERS.contains(word)
            && is_capitalized(self.doc.word(end - 1))
            && is_capitalized(self.doc.word(end + 1));
        let stop = is_left_stop(word) && !word_is(word, "of") || SUBJECT_BREAKS.contains(word);
        source_phrase
            || name_joiner
            || self.office_for_portfolio(start, end)
            || !stop && self.time_at(end).is_none()
    }

    /// Whether the "for" at `end` joins a capitalised office to its
    /// capitalised portfolio, so the source phrase after a cue goes on to
    /// the name: "said Minister for Housing Jane Roe". After a name, "for"
    /// says whom they write for ("Jane Roe for Harbor Research"), and stops.
    fn office_for_portfolio(&self, start: usize, end: usize) -> bool {
        end > start
            && word_is(self.doc.word(end), "for")
            && is_capitalized(self.doc.word(end - 1))
            && is_role_head(self.doc.word(end - 1))
            && is_capitalized(self.doc.word(end + 1))
    }

    /// Whether the digits at `i` belong to the source phrase: the digits of
    /// a code run on in its word ("L2 president Bruce Willsie"), and an age
    /// joined to its noun is the person ("said the 46-year-old"), not a
    /// count apart ("the 50-state poll").
    fn number_in_subject(&self, i: usize) -> bool {
        let age = self
            .doc
            .token(i + 1)
            .is_some_and(|t| t.is_punct('-') && !t.space_before)
            && self.doc.word(i + 2).starts_with("year");
        !self.doc.tokens[i].space_before || age
    }
}

impl Finder<'_> {
    /// Where the name after a description ends, when `start..comma` is a
    /// description without a capital ("the airport director") and a
    /// capitalised name follows its comma ("Dr. Jane Roe"), before
    /// `limit`, and nothing but a mark follows it. A second description or
    /// a clause after the comma is not a name.
    fn name_after_description(&self, start: usize, comma: usize, limit: usize) -> Option<usize> {
        let description = comma > start + 1
            && is_determiner(self.doc.word(start))
            && (start..comma).all(|k| !is_capitalized(self.doc.word(k)));
        // Titles are one token with their dot ("Dr."), so a name is its
        // capitalised words.
        let name_word = |k: usize| {
            self.doc.token(k).is_some_and(|t| t.is_word()) && is_capitalized(self.doc.word(k))
        };
        let name_end = (comma + 1..limit).find(|&k| !name_word(k)).unwrap_or(limit);
        let words = (comma + 1..name_end)
            .filter(|&k| self.doc.is_word(k))
            .count();
        // The name closes the tag; a word after it makes it the subject of
        // what follows ("According to aides, Mrs. Clinton and …").
        let closes = name_end >= limit || !self.doc.is_word(name_end);
        (description && words >= 2 && closes).then_some(name_end)
    }
}

/// The source phrase before a cue, as far as it has been read leftwards.
#[derive(Clone, Copy)]
struct LeftwardPhrase {
    /// The phrase's first token so far.
    first: usize,
    /// Where the phrase ends: before the cue, or before the comma that
    /// closes an appositive ("Johnson, the mayor, said").
    end: usize,
    /// The commas the phrase holds.
    commas: usize,
    /// Whether a comma before the cue closes an appositive.
    closed_appositive: bool,
}

impl LeftwardPhrase {
    /// Whether the phrase is one appositive, closed by a comma before the
    /// cue: "Johnson, the mayor, said".
    fn is_one_closed_appositive(&self) -> bool {
        self.commas == 1 && self.closed_appositive
    }
}

/// The noun phrase that opens the sentence and is its subject, for cues that
/// share it ("The mayor left, saying …", "She smiled and said …"): the
/// subject of the first verb whose subject opens the sentence or follows an
/// opening phrase ("By the end of the day, Mr. Trump …"). A verb whose
/// subject does neither is a clause's inside the opening phrase ("As the
/// crowd began to chant, Doe was joined …").
pub(super) fn sentence_subject(finder: &Finder, first: usize, limit: usize) -> Option<Span> {
    // A conjunction may open the sentence before its subject: "But he …".
    let joined = word_in(finder.doc.word(first), &["but", "and", "yet", "so"]);
    let first = if joined { first + 1 } else { first };
    sentence_verbs(finder, first, limit).find_map(|verb| {
        let subject = finder.subject_before(verb, first)?;
        let opens = subject.first == first || finder.doc.tokens[subject.first - 1].is_punct(',');
        opens.then_some(subject)
    })
}

/// The subject of the main clause after an opening phrase that runs from
/// `from`: the subject of the first verb whose subject follows a comma
/// ("Insisting the deal is dead, the governor walked out"), not that of a
/// verb inside the phrase ("the deal is").
pub(super) fn subject_after_opening(finder: &Finder, from: usize, limit: usize) -> Option<Span> {
    sentence_verbs(finder, from, limit).find_map(|verb| {
        let subject = finder.subject_before(verb, from)?;
        let comma = subject.first.checked_sub(1).filter(|&k| k > from)?;
        (finder.doc.tokens[comma].is_punct(',') && !finder.quoted[comma]).then_some(subject)
    })
}

/// Who speaks in a participle of saying at `cue` that goes on from its
/// sentence: the source of a word of saying in the attribution just before
/// it ("Ryan will meet him next week, Spicer said, adding, “…”", where the
/// sentence opens with what was said), or else the sentence's subject. That
/// attribution runs back from the comma before the participle to the comma
/// before it, a few words at most ("Spicer said Tuesday in a statement").
pub(super) fn participle_speaker(finder: &Finder, first: usize, cue: usize) -> Option<Span> {
    const ATTRIBUTION_REACH: usize = 12;
    let tokens = finder.doc.tokens;
    let comma = cue
        .checked_sub(1)
        .filter(|&k| k > first && tokens[k].is_punct(','));
    let said = comma.and_then(|comma| {
        (comma.saturating_sub(ATTRIBUTION_REACH).max(first + 1)..comma)
            .rev()
            .take_while(|&k| !tokens[k].is_punct(',') && !finder.quoted[k])
            .filter(|&k| finder.doc.is_word(k) && !finder.doc.word(k).ends_with("ing"))
            .find_map(|k| finder.cue_at(k))
    });
    said.and_then(|said| {
        finder
            .subject_before(said.first, first)
            .or_else(|| finder.inverted_subject(said, cue))
    })
    .or_else(|| sentence_subject(finder, first, cue))
}

/// The verb-like words after the sentence's opening noun phrase, in order:
/// a past form, a verb of `SENTENCE_VERBS` or a modal. An irregular past
/// after a determiner or a possessive describes a noun ("his paid
/// speeches", "the lost votes"), and so does any past form after a
/// possessive ("China's state-owned giant"); after a quantifier it is a verb
/// ("many agreed").
fn sentence_verbs<'f>(
    finder: &'f Finder,
    first: usize,
    limit: usize,
) -> impl Iterator<Item = usize> + 'f {
    (first + 1..limit).filter(move |&k| {
        let w = finder.doc.word(k);
        let before = finder.doc.word(k - 1);
        let irregular = is_irregular_past(w) && !opens_noun_phrase(before);
        finder.doc.is_word(k)
            && !is_capitalized(w)
            && (w.ends_with("ed") && !is_possessive(before)
                || SENTENCE_VERBS.contains(w)
                || irregular
                || MODAL_VERBS.contains(w)
                || is_present_at(finder, k)
                || is_verb_with_particle(finder, k))
    })
}

/// Whether the word at `k` is a verb whose past is its base form, before a
/// particle that makes it a verb phrase: "Roe hit back, saying …", "the
/// board cut back, saying …". Alone such a word is as often a noun ("a hit
/// song", "the cut").
fn is_verb_with_particle(finder: &Finder, k: usize) -> bool {
    let word = finder.doc.word(k);
    let before = finder.doc.word(k - 1);
    UNCHANGED_PAST_VERBS.contains(word)
        && !opens_noun_phrase(before)
        && finder.doc.is_word(k + 1)
        && VERB_PARTICLES.contains(finder.doc.word(k + 1))
}

/// Whether the word at `k` may be a verb in the present: a form in "-s"
/// after "he", "she" or "it", or after a singular common noun that a
/// determiner or a name opens ("the minister runs a fund and says …", "the
/// Clinton campaign denies it and points out …"). After a capitalised
/// word, a number, an adjective or a possessive a form in "-s" is most
/// often a plural noun ("FBI officials were", "Democratic strategists
/// fear", "its own finances"), and so is a span of time ("a few days
/// later"). The subject it finds must still open the sentence.
fn is_present_at(finder: &Finder, k: usize) -> bool {
    let word = finder.doc.word(k);
    let before = finder.doc.word(k - 1);
    let opener = k.checked_sub(2);
    // A name opens the noun inside the sentence; at its start any word is
    // capitalised ("He shook hands").
    let opens = opener.is_some_and(|o| {
        let first = o == finder.sentence_bounds(k).first;
        word_in(finder.doc.word(o), &["the", "a", "an", "this", "that"])
            || (is_capitalized(finder.doc.word(o)) && !first)
    });
    let pronoun = word_in(before, &["he", "she", "it"]);
    // After a one-word name that opens the sentence or follows its opening
    // phrase, a form in "-s" with an object after it is the name's verb:
    // "In a letter, Lane rips the agreement, arguing …". A plural noun
    // takes no object ("FBI officials were").
    let opens_name = k.checked_sub(1) == Some(finder.sentence_bounds(k).first)
        || opener.is_some_and(|o| finder.doc.tokens[o].is_punct(','));
    let named = opens_name
        && is_capitalized(before)
        && word_in(
            finder.doc.word(k + 1),
            &["the", "a", "an", "his", "her", "their", "its"],
        );
    let noun = finder.doc.is_word(k - 1)
        && !is_capitalized(before)
        && (!before.ends_with('s') || before.ends_with("ss"))
        && !has_adjective_ending(before)
        && !opens_noun_phrase(before)
        && opens;
    // A verb after it makes it the noun of a subject: "the guerrilla
    // fighters waged war", "the candidates briefly put away …".
    let next = finder.doc.word(k + 1);
    let verb_after = next.ends_with("ed")
        || next.ends_with("ly")
        || is_irregular_past(next)
        || word_in(next, BE_FORMS)
        || word_in(next, HAVE_FORMS)
        || MODAL_VERBS.contains(next);
    let form = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    form && !verb_after && !SPANS_OF_TIME.contains(word) && (pronoun || noun || named)
}

/// Whether `word` opens a noun phrase, so that the word after it is a noun
/// or its modifier, never a verb: a determiner ("the meeting") or a
/// possessive, which stands where a determiner would ("Monday's meeting",
/// "Dalton's press secretary").
pub(super) fn opens_noun_phrase(word: &str) -> bool {
    is_determiner(word) || is_possessive(word)
}

/// Whether `word` is a possessive in "'s" or "’s": "Dalton's", "the
/// union’s". A pronoun's "'s" is a verb ("it's", "that's").
fn is_possessive(word: &str) -> bool {
    let stem = without_possessive(word);
    stem.len() < word.len() && !stem.is_empty() && !CONTRACTED_S_WORDS.contains(stem)
}

/// Whether `word` can be a noun that a participle after it describes. After
/// a pronoun or a form of "be" the verb is the clause's own ("he is
/// kowtowing to Donald Trump, who has threatened"), and after a determiner a
/// word in -ing is a noun ("a string of").
pub(super) fn can_be_described(word: &str) -> bool {
    !is_determiner(word) && !SUBJECT_PRONOUNS.contains(word) && !VERB_OPENERS.contains(word)
}

/// Whether a participle's clause before a cue cannot hold `word`: a second
/// verb's conjunction or a modal ("Anyone expecting Trump to pivot should
/// remember that social scientists say").
fn breaks_clause(word: &str) -> bool {
    CLAUSE_BREAKS.contains(word) || MODAL_VERBS.contains(word)
}

/// The conjunctions that open a second verb's clause, which a participle's
/// clause before a cue does not hold (with the modal verbs, see
/// [`breaks_clause`]).
static CLAUSE_BREAKS: Lexicon = Lexicon::new(&["and", "or", "but", "that"]);

/// Whether `participle`, after `noun` and before "to" and a verb, opens a
/// clause that describes the noun: "Democrats trying to regain", "groups
/// seeking to block". Without its infinitive a word in -ing may be a noun's
/// modifier ("lobbying records", "ranking Democrat").
pub(crate) fn opens_infinitive_clause(noun: &str, participle: &str, to: &str, verb: &str) -> bool {
    can_be_described(noun)
        && participle.ends_with("ing")
        && is_verb_form(participle)
        && word_is(to, "to")
        && !is_capitalized(verb)
        && !is_determiner(verb)
}

/// A lower-case participle that opens a phrase between a source and its cue:
/// "speaking to …", "citing …", "asked about …", "pressed on …".
pub(super) fn is_lowercase_participle(word: &str) -> bool {
    let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    lower && ((word.len() > 5 && word.ends_with("ing")) || ASIDE_PARTICIPLES.contains(word))
}
