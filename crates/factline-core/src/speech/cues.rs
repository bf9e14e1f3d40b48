//! Cues: the verbs of saying in all their forms, and whether a token is a
//! usable cue in its context (`Finder::cue_at`).

use crate::evidence::CueRefusal;
use crate::grammar::{
    is_determiner, is_participle_before, number_word, BE_FORMS, MODAL_VERBS, OBJECT_PREPOSITIONS,
    SPEECH_SETTINGS,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Mark, Token};
use crate::segment::Span;

use super::finder::Finder;
use super::lexicons::{
    cue_lemma, cue_lemma_key, has_adjective_ending, is_blocker, ANNOUNCED_THINGS, ANSWERED_THINGS,
    CHANGE_NOUNS, CLAIMED_THINGS, CLAUSE_ONLY_CUES, DECLARED_THINGS, DEGREE_ADJECTIVES,
    FINDING_DOCUMENTS, FINDING_VERBS, INVERTING_CUES, NOUN_LIKE, NOUN_MODIFIERS, ONLINE_PLACES,
    PUTTING_VERBS, REFUSABLE_THINGS, REPORTED_RESULTS, RETORT_VERBS, SUBJECT_PRONOUNS,
    VERB_PARTICLES, WARNING_CUES, WRITTEN_WORKS,
};

impl Finder<'_> {
    /// Whether token `i` is a usable cue: a verb of saying, or "according to".
    pub(super) fn cue_at(&self, i: usize) -> Option<Span> {
        match self.cue_check(i) {
            Some(Ok(cue)) => Some(cue),
            _ => None,
        }
    }

    /// Whether token `i`, if it is a word of saying not yet used, is a
    /// usable cue, or which rule refuses it where it stands.
    pub(super) fn cue_check(&self, i: usize) -> Option<Result<Span, CueRefusal>> {
        if !self.doc.is_word(i) || self.used_cue.get(i).copied().unwrap_or(true) {
            return None;
        }
        let word = self.doc.word(i);
        if word_is(word, "according") && word_is(self.doc.word(i + 1), "to") {
            return Some(Ok(Span::new(i, i + 2)));
        }
        if let Some(cue) = self.as_reported_by(i) {
            return Some(Ok(cue));
        }
        if FINDING_VERBS.contains(word) {
            return self.finding_cue(i).map(Ok);
        }
        if PUTTING_VERBS.contains(word) {
            return self.put_it_cue(i).map(Ok);
        }
        if RETORT_VERBS.contains(word) {
            return self.retort_cue(i).map(Ok);
        }
        let lemma = cue_lemma_key(self.doc.tokens.get(i)?.key)?;
        Some(self.cue_in_context(i, word, lemma))
    }

    /// A verb of finding is a cue only after a document that reports
    /// findings and names its issuer ("a Brookings study found that …"),
    /// whose claim it states; anywhere else it is no word of saying at all
    /// ("police found the door forced", "a poll found 43 percent").
    fn finding_cue(&self, i: usize) -> Option<Span> {
        if is_blocker(self.doc.word(i.wrapping_sub(1))) {
            return None;
        }
        let subject = self.subject_before(i, self.sentence_bounds(i).first)?;
        let issuer = self.issuer_of_subject(subject, i)?;
        // The document is the subject ("a Brookings study") or, read
        // through "by", names its issuer ("a study by Brookings").
        let document = match self.document_issued_by(issuer) {
            Some(noun) => noun,
            None => subject.end.checked_sub(1)?,
        };
        FINDING_DOCUMENTS
            .contains(self.doc.word(document))
            .then_some(Span::new(i, i + 1))
    }

    /// "as reported by" (perhaps "as first reported by") starting at `i`,
    /// a tag that names its source after "by" as "according to" does: "As
    /// reported by the Gazette, the city …", "…, as first reported by the
    /// Times on Tuesday." The cue is the whole phrase.
    fn as_reported_by(&self, i: usize) -> Option<Span> {
        let word = |k: usize| self.doc.word(k);
        if !word_is(word(i), "as") {
            return None;
        }
        let reported = i + 1 + usize::from(word_is(word(i + 1), "first"));
        (word_is(word(reported), "reported") && word_is(word(reported + 1), "by"))
            .then(|| Span::new(i, reported + 2))
    }

    /// "put it" is a cue after "as" and its source, before a mark or a
    /// setting: "As Roe put it, the plan is dead", "“…,” as Roe puts it.",
    /// "as Roe put it in a speech". Anywhere else "put" places a thing
    /// ("as Roe put it on the table" is no speech). After a word of saying
    /// in its sentence it names the author of the words quoted there, not
    /// of the sentence ("Doe urged a vote, saying the council would “sink
    /// us,” as Roe put it"), and is left to that word's reading.
    fn put_it_cue(&self, i: usize) -> Option<Span> {
        let word = |k: usize| self.doc.word(k);
        if !word_is(word(i + 1), "it") {
            return None;
        }
        let closes =
            self.doc.token(i + 2).is_none_or(|t| !t.is_word()) || word_is(word(i + 2), "in");
        let first = self.sentence_bounds(i).first;
        let subject = self.subject_before(i, first)?;
        let after_as = subject.first > 0 && word_is(word(subject.first - 1), "as");
        let said_before =
            (first..subject.first).any(|k| self.used_cue[k] || self.cue_at(k).is_some());
        (closes && after_as && !said_before).then_some(Span::new(i, i + 2))
    }

    /// "shot back" or "fired back" starting at `i`, a retort, when its words
    /// or its mark follow at once: "Roe shot back that the pier was safe",
    /// "Lee fired back: “…”", "“…,” Lee shot back." Without "back" the verb
    /// is no saying ("shot the sign"), and any other word after "back"
    /// aims or moves it ("fired back at the council", "fired back with a
    /// statement", "fares shot back up"); a statement there is the
    /// participle's ("shot back in a statement, saying …").
    fn retort_cue(&self, i: usize) -> Option<Span> {
        let back = word_is(self.doc.word(i + 1), "back");
        let after = i + 2;
        let words_follow = !self.doc.is_word(after) || word_is(self.doc.word(after), "that");
        (back && words_follow).then_some(Span::new(i, i + 2))
    }

    /// The rules that refuse a word of saying where it stands, tried in
    /// the order of [`CUE_REFUSALS`].
    fn cue_in_context(&self, i: usize, word: &str, lemma: &str) -> Result<Span, CueRefusal> {
        let site = CueSite {
            finder: self,
            i,
            word,
            lemma,
            next: self.doc.word(i + 1),
            prev: self.doc.word(i.wrapping_sub(1)),
        };
        // "point" speaks only with "out", and, as "noting" does, not in the
        // writer's aside ("it is worth pointing out that …") nor when
        // negated or not done ("did not point out that …").
        if lemma == "point" {
            return if !word_is(site.next, "out") {
                Err(CueRefusal::PointWithoutOut)
            } else if is_writers_aside(&site) {
                Err(CueRefusal::WritersAside)
            } else if is_negated_or_not_done(&site) {
                Err(CueRefusal::NegatedOrNotDone)
            } else {
                Ok(Span::new(i, i + 2))
            };
        }
        match CUE_REFUSALS.iter().find(|(_, refuses)| refuses(&site)) {
            Some(&(refusal, _)) => Err(refusal),
            None => Ok(Span::new(i, i + 1)),
        }
    }
}

/// A word of saying where it stands: the token `i`, its text, its verb's
/// base form, and the words on either side.
struct CueSite<'f, 'a, 'w> {
    finder: &'f Finder<'a>,
    i: usize,
    word: &'w str,
    lemma: &'w str,
    next: &'a str,
    prev: &'a str,
}

impl CueSite<'_, '_, '_> {
    fn word_at(&self, k: usize) -> &str {
        self.finder.doc.word(k)
    }

    fn token_at(&self, k: usize) -> Option<&Token> {
        self.finder.doc.tokens.get(k)
    }

    /// Where a quotation closes just before the word, with the punctuation
    /// that hands it to a tag ("“…,” he continued", "“…?’” Doe added"): the
    /// word is that tag's verb of saying. A title the source's appositive
    /// quotes hands nothing over ("Roe, who starred in “Tides,” posted the
    /// clip").
    fn quote_tagged(&self) -> Option<usize> {
        let tokens = &self.finder.doc.tokens;
        let hands = |k: usize| matches!(tokens[k].kind, Kind::Punct(',' | '?' | '!'));
        // An inner quotation may close first: "…,’”".
        let inner_close =
            |k: usize| tokens[k].is_quote() || matches!(tokens[k].kind, Kind::Punct('’' | '\''));
        let hands_over =
            |k: usize| k > 0 && (hands(k - 1) || (k > 1 && inner_close(k - 1) && hands(k - 2)));
        let close = (self.i.saturating_sub(5)..self.i).find(|&k| {
            matches!(tokens[k].kind, Kind::Quote(Mark::Close | Mark::Straight)) && hands_over(k)
        })?;
        let first = self.finder.sentence_bounds(self.i).first;
        let in_source = self
            .finder
            .subject_before(self.i, first)
            .is_some_and(|s| s.first < close && close < s.end);
        (!in_source).then_some(close)
    }

    /// Whether the source before the word opens right after a quotation
    /// that closes in its sentence, too far back for `quote_tagged` when
    /// the source is long: "“…,” the economist Jo Doe, a former adviser in
    /// the White House, wrote on his blog".
    fn source_after_quote(&self, first: usize) -> bool {
        let tokens = &self.finder.doc.tokens;
        self.finder.subject_before(self.i, first).is_some_and(|s| {
            s.first > first
                && matches!(
                    tokens[s.first - 1].kind,
                    Kind::Quote(Mark::Close | Mark::Straight)
                )
        })
    }

    /// Where "whether" or "if" opens the question of an "asked" whose
    /// asker follows "by" (`Finder::asked_question`).
    fn asked_question(&self) -> Option<usize> {
        (self.lemma == "ask")
            .then(|| self.finder.asked_question(self.i))
            .flatten()
    }

    /// "that" and a clause's subject follow: "states that the plan …".
    fn clause_follows(&self) -> bool {
        let after_that = self.word_at(self.i + 2);
        word_is(self.next, "that")
            && (is_capitalized(after_that)
                || is_determiner(after_that)
                || SUBJECT_PRONOUNS.contains(after_that)
                || word_in(after_that, &["there", "this"]))
    }

    /// Where the word takes as its object one of `things`, after a
    /// determiner, and a figure or a modifier or two, if they open the
    /// phrase: "announced 2,000 layoffs", "wrote a short book".
    fn thing_taken(&self, things: &Lexicon) -> Option<usize> {
        let first = if is_determiner(self.next) {
            self.i + 2
        } else {
            self.i + 1
        };
        (first..first + 3)
            .take_while(|&k| self.may_modify_a_thing(k))
            .find(|&k| things.contains(self.word_at(k)))
    }

    /// Whether token `k` may stand in the noun phrase of a thing the word
    /// takes as its object: a figure ("2,000", "$"), or a lower-case word
    /// that opens no clause or phrase of its own ("tighter",
    /// "long-awaited"; not "that", "it", "would", "in").
    fn may_modify_a_thing(&self, k: usize) -> bool {
        let Some(token) = self.token_at(k) else {
            return false;
        };
        let word = self.word_at(k);
        token.kind == Kind::Number
            || token.is_punct('$')
            || token.is_word()
                && !is_capitalized(word)
                && !SUBJECT_PRONOUNS.contains(word)
                && !MODAL_VERBS.contains(word)
                && !OBJECT_PREPOSITIONS.contains(word)
                && !word_in(word, &["that", "you", "into"])
    }

    /// A word as often a noun as a verb: "report", "tweet", "claim".
    fn noun_like(&self) -> bool {
        NOUN_LIKE.contains(self.lemma)
    }

    /// Whether a lower-case word before this one is an adjective of its
    /// noun: one of size or degree ("a larger say"), or, before a plural
    /// noun of saying, one with an adjective's ending ("offensive remarks";
    /// "the missive suggests" keeps its verb) or a past participle, which
    /// describes the noun after it ("his expected answers", "her repeated
    /// claims").
    fn is_adjective(&self, word: &str) -> bool {
        let plural_noun = self.noun_like() && self.word.ends_with('s');
        let describes = has_adjective_ending(word) || word.ends_with("ed");
        DEGREE_ADJECTIVES.contains(word) || plural_noun && describes
    }
}

/// Whether a rule refuses the word of saying at a site.
type Refuses = fn(&CueSite) -> bool;

/// The rules that refuse a word of saying as a cue, in the order they are
/// tried: each recognises one thing such a word can be instead of speech,
/// and the first that applies refuses it (see [`CueRefusal`]). A word no
/// rule refuses is a cue.
const CUE_REFUSALS: &[(CueRefusal, Refuses)] = &[
    (CueRefusal::ListOfDoings, is_list_of_doings),
    (CueRefusal::GoingOnWithoutSpeech, goes_on_without_speech),
    (CueRefusal::StatesWithoutClause, states_without_clause),
    (CueRefusal::AnotherVerb, makes_another_verb),
    (CueRefusal::AddsAFigure, adds_a_figure),
    (CueRefusal::RefusesAThing, refuses_a_thing),
    (CueRefusal::AnswersTheDoor, answers_the_door),
    (CueRefusal::AnnouncesAThing, announces_a_thing),
    (CueRefusal::ReportsAResult, reports_a_result),
    (CueRefusal::WithoutThat, says_without_that),
    (CueRefusal::WritesAWork, writes_a_work),
    (CueRefusal::BoastsAThing, boasts_a_thing),
    (CueRefusal::ChangeAsEvidence, change_as_evidence),
    (CueRefusal::AskedForAnonymity, asks_for_anonymity),
    (CueRefusal::NounForm, is_noun_form),
    (CueRefusal::PluralNoun, is_plural_noun),
    (
        CueRefusal::AfterHyphenatedModifier,
        follows_hyphenated_modifier,
    ),
    (CueRefusal::BeforeVerbOrObject, comes_before_verb_or_object),
    (CueRefusal::ClaimOfAThing, claims_a_thing),
    (CueRefusal::WritersAside, is_writers_aside),
    (CueRefusal::AfterPossessive, follows_possessive),
    (CueRefusal::HeadlineOrLabel, opens_headline_or_label),
    (CueRefusal::ModifierOfANoun, modifies_a_noun),
    (CueRefusal::ModifierOfANoun, modifies_a_counted_noun),
    (CueRefusal::AfterDeterminer, follows_determiner),
    (CueRefusal::Passive, is_passive),
    (CueRefusal::NegatedOrNotDone, is_negated_or_not_done),
];

/// A list of doings is no speech: "begin shouting, pointing, jeering".
fn is_list_of_doings(site: &CueSite) -> bool {
    site.word.ends_with("ing")
        && site.next == ","
        && is_participle_before(site.word_at(site.i + 2), "")
}

/// "continue", "maintain" and "counter" speak only before a clause or a
/// quote, or after one ("“…,” he continued."). A capitalised one may open an
/// inverted attribution ("Continued Stone: “…”"), which the rule for
/// capitals reads. "posted" speaks the same way, after its setting too
/// ("posted on Facebook that …"); anywhere else it puts up a thing ("posted
/// a photo", "posted a loss"), and "post" and "posts" are nouns far more
/// often than verbs, as is a capitalised "Post" (a newspaper's name).
/// "chant" says only the quotation it tags or that follows it ("chanted
/// “Lock the gates!”"); "chanted his name" says nothing.
fn goes_on_without_speech(site: &CueSite) -> bool {
    let introduces = matches!(site.next, ":" | ",") || word_is(site.next, "that");
    let tagged = site.quote_tagged().is_some();
    if site.lemma == "post" {
        let speaks = introduces || tagged || setting_before_clause(site);
        return site.word != "posted" || !speaks;
    }
    if site.lemma == "chant" {
        return !tagged && !quote_follows(site);
    }
    matches!(site.lemma, "continue" | "maintain" | "counter")
        && !introduces
        && !tagged
        && !is_capitalized(site.word)
}

/// Whether a quotation opens right after the word, perhaps after a comma
/// or a colon: "chanted “Lock the gates!”", "chanted, “…”".
fn quote_follows(site: &CueSite) -> bool {
    let mark = |k: usize| site.token_at(k).is_some_and(|t| t.is_quote());
    let hands = site
        .token_at(site.i + 1)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | ':')));
    mark(site.i + 1) || hands && mark(site.i + 2)
}

/// "states" is a noun far more often than a verb: only "states:" and
/// "states that" before a clause's subject, not in "states that vote".
/// "stated" reports a clause with or without "that" ("the report stated the
/// water was clean"), but not a thing it states: "stated his intention".
fn states_without_clause(site: &CueSite) -> bool {
    let clause = site.clause_follows() || site.next == ":";
    let thing = word_in(site.next, &["a", "an", "his", "her", "their", "its", "our"]);
    site.lemma == "state" && !clause && (word_in(site.word, &["state", "states"]) || thing)
}

/// A particle makes another verb: "shouted down", "told off"; "added to" is
/// to increase ("added to the confusion"), and "responds to violence" is to
/// act on it, unless it tags a quotation in its sentence: "“…,” Doe added
/// to reporters" (after "“…!” Roe replied to her" a new sentence may open).
fn makes_another_verb(site: &CueSite) -> bool {
    let first = site.finder.sentence_bounds(site.i).first;
    let tags = site.quote_tagged().is_some_and(|k| k >= first);
    let to = word_is(site.next, "to") && !tags;
    VERB_PARTICLES.contains(site.next)
        || site.lemma == "add" && to
        || matches!(site.lemma, "respond" | "reply" | "answer") && to
}

/// "add" with a figure as its object is to increase: "employers added
/// 150,000 jobs", "added nearly $2 million". The figure opens the phrase
/// after at most two words that qualify it ("nearly", "another", "a net");
/// a clause opens with "that", and a quote with a comma or a colon, before
/// any figure.
fn adds_a_figure(site: &CueSite) -> bool {
    site.lemma == "add"
        && (site.i + 1..site.i + 4)
            .map_while(|k| site.finder.doc.token(k))
            .take_while(|t| {
                let opens_clause = word_is(t.text(site.finder.doc.text), "that");
                t.is_word() && !opens_clause || t.kind == Kind::Number || t.is_punct('$')
            })
            .any(|t| t.kind == Kind::Number)
}

/// The noun a verb takes as its object, after a determiner if one opens it:
/// "benefits" in "denies benefits", "results" in "announced the results".
fn object_noun<'a>(site: &CueSite<'_, 'a, '_>) -> &'a str {
    if is_determiner(site.next) {
        site.finder.doc.word(site.i + 2)
    } else {
        site.next
    }
}

/// "deny" with a thing as its object is to refuse it, not to say anything:
/// "the policy denies benefits to migrants", "the judge denied bail".
fn refuses_a_thing(site: &CueSite) -> bool {
    site.lemma == "deny" && REFUSABLE_THINGS.contains(object_noun(site))
}

/// "answer" with a door or a phone as its object is to open or pick it up,
/// not to reply: "a woman who answered the door said …", "answered her
/// phone".
fn answers_the_door(site: &CueSite) -> bool {
    let object = object_noun(site);
    site.lemma == "answer" && ANSWERED_THINGS.contains(object)
}

/// "announce" with a thing as its object makes it known without saying what
/// is so: "the mayor announced the results", "announced his candidacy".
/// Before "that" or a quote it is speech, and the object is no noun. The
/// thing may follow a figure or a modifier or two: "announced 2,000
/// layoffs", "announced her long-awaited presidential candidacy". "declare"
/// with a state of affairs as its object puts it in force, and says nothing
/// either: "declaring bankruptcy", "declared victory".
fn announces_a_thing(site: &CueSite) -> bool {
    let things = match site.lemma {
        "announce" => &ANNOUNCED_THINGS,
        "declare" => &DECLARED_THINGS,
        _ => return false,
    };
    site.thing_taken(things).is_some()
}

/// "report" with a result of business as its object states that result,
/// a figure the engine reads as such, and reports no claim: "Harbor Bank
/// reported a profit of $2 billion", "reported record sales", "reported a
/// 5 percent rise in revenue". A verb after the result makes it a clause's
/// subject, which is what was reported: "reported sales fell 5 percent".
fn reports_a_result(site: &CueSite) -> bool {
    site.lemma == "report"
        && site
            .thing_taken(&REPORTED_RESULTS)
            .is_some_and(|k| !site.finder.is_finite_verb(k + 1))
}

/// A verb of `CLAUSE_ONLY_CUES` says something only before "that", past
/// an audience, a time or a setting ("clarified on Tuesday that …",
/// "mentioned to reporters that …"), or as the tag of a quotation just
/// before it ("“…,” Lee underlined"); "mentioned the plan" says nothing,
/// nor does "“…,” she added, underscoring the appeal of his plan", whose
/// quotation another word tags.
fn says_without_that(site: &CueSite) -> bool {
    let first = site.finder.sentence_bounds(site.i).first;
    let tags = site.quote_tagged().is_some_and(|k| {
        k >= first && (k + 1..site.i).all(|w| cue_lemma(site.word_at(w)).is_none())
    });
    if !CLAUSE_ONLY_CUES.contains(site.lemma) || tags {
        return false;
    }
    let finder = site.finder;
    let limit = finder.sentence_bounds(site.i).end;
    let (start, _) = finder.clause_start(Span::new(site.i, site.i + 1), limit);
    // "clarified that to mean …" points at a remark, and opens no clause.
    let opens_clause =
        |k: usize| word_is(site.word_at(k), "that") && !word_is(site.word_at(k + 1), "to");
    !(site.i + 1..start).any(opens_clause)
}

/// "write" with a work as its object makes the work, and says nothing in
/// it: "wrote a book on trade", "wrote the introduction for a new book",
/// "wrote his dissertation". A letter or a column may say something ("wrote
/// a letter asking …"), and is no work here; nor is a work whose content
/// follows: "wrote a book in which he exposes …", "a book arguing that …".
fn writes_a_work(site: &CueSite) -> bool {
    let tells_content = |k: usize| {
        let next = site.word_at(k + 1);
        word_in(next, &["that", "arguing", "saying", "claiming"])
            || word_is(next, "in") && word_is(site.word_at(k + 2), "which")
    };
    site.lemma == "write"
        && site
            .thing_taken(&WRITTEN_WORKS)
            .is_some_and(|k| !tells_content(k))
}

/// "boast" before a thing or a figure is to have it: "the town boasts a
/// new stadium", "she boasts a 45-point lead", "boasts just one supermarket".
/// A boast that says something opens with "that", a quote or an audience
/// ("boasted to reporters").
fn boasts_a_thing(site: &CueSite) -> bool {
    let has = word_in(
        site.next,
        &[
            "a", "an", "just", "only", "nearly", "roughly", "some", "more", "over",
        ],
    ) || site
        .token_at(site.i + 1)
        .is_some_and(|t| t.kind == Kind::Number);
    site.lemma == "boast" && has
}

/// A change or a measure's movement that "suggests" something is evidence
/// read by the writer, not a source: "the increase suggests that prices
/// will fall", "the sharp rise in rents suggests …". The change is the
/// subject's head, or the noun before the subject's "in" or "of".
fn change_as_evidence(site: &CueSite) -> bool {
    if site.lemma != "suggest" {
        return false;
    }
    let first = site.finder.sentence_bounds(site.i).first;
    let Some(subject) = site.finder.subject_before(site.i, first) else {
        return CHANGE_NOUNS.contains(site.prev);
    };
    let head = subject.end.checked_sub(1).map(|k| site.word_at(k));
    let before_of = subject
        .first
        .checked_sub(2)
        .filter(|&k| word_in(site.word_at(k + 1), &["in", "of"]))
        .map(|k| site.word_at(k));
    [head, before_of, Some(site.prev)]
        .into_iter()
        .flatten()
        .any(|word| CHANGE_NOUNS.contains(word))
}

/// A source asking not to be named says nothing by asking: in "an
/// official, who asked not to be named because they were not authorized to
/// speak, said the talks had stalled" the claim is the one after "said".
fn asks_for_anonymity(site: &CueSite) -> bool {
    let word = |k: usize| site.word_at(site.i + k);
    site.lemma == "ask"
        && (word_is(word(1), "not") && word_is(word(2), "to") && word_is(word(3), "be")
            || word_is(word(1), "for") && word_is(word(2), "anonymity")
            || word_is(word(1), "that") && word_is(word(2), "their") && word_is(word(3), "name"))
}

/// Words that are nouns as often as verbs count only inflected
/// ("reported", not "the report"), except after a plural source and before
/// a clause, where the base form is the verb: "some note that Trump …",
/// "critics claim that the plan …", and after the "to" of a carried
/// infinitive: "went on to claim", "took to X to claim".
fn is_noun_form(site: &CueSite) -> bool {
    let carried = site.i > 0
        && word_is(site.prev, "to")
        && site.finder.infinitive_carrier_before(site.i - 1).is_some();
    let inflected = !site.word.eq_ignore_ascii_case(site.lemma);
    let prev = site.prev;
    let plural_source = site.i > 0
        && site.finder.doc.is_word(site.i - 1)
        && (word_in(
            prev,
            &["some", "others", "many", "most", "they", "we", "i", "you"],
        ) || (!is_determiner(prev)
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && prev.len() > 3));
    let verb = inflected || carried || site.clause_follows() && plural_source;
    site.noun_like() && !verb
}

/// The "-s" forms of those words are plural nouns after a modifier ("recent
/// comments", "early-morning tweets") or before a participle ("tweets
/// shaming a former Miss Universe").
fn is_plural_noun(site: &CueSite) -> bool {
    let (prev, next) = (site.prev, site.next);
    site.noun_like()
        && site.word.ends_with('s')
        && ((NOUN_MODIFIERS.contains(prev) || prev.contains('-') && !is_capitalized(prev))
            || (next.ends_with("ing")
                && site.finder.doc.is_word(site.i + 1)
                && !is_capitalized(next)))
}

/// The plain form right after a lower-case hyphenated word is a noun that
/// word modifies: "post-traumatic stress disorder", "a last-minute appeal".
/// A subject before the verb's plain form is plural, and a hyphenated one
/// ends in "s": "the co-chairs stress that …" keeps its verb.
fn follows_hyphenated_modifier(site: &CueSite) -> bool {
    let prev = site.prev;
    site.word == site.lemma
        && site.i > 0
        && site.finder.doc.is_word(site.i - 1)
        && prev.contains('-')
        && !is_capitalized(prev)
        && !prev.ends_with('s')
}

/// Right before another verb ("news reports said") or, except for "say",
/// before a verb of being or a preposition that takes an object ("claims of
/// fraud"). After "said" or "added", which take no object, the word of
/// saying that follows in its plain or plural form is a noun opening the
/// reported clause ("officials said demand had fallen", "she said reports
/// of a deal were false"), not a second verb; after "warned" it may be the
/// object's ("warned state officials to act"). A word that tags a
/// quotation just before it in its sentence, with no other word of saying
/// between them, has that quotation for what was said, and what follows it
/// says where, to whom or of what: "“…,” a supporter wrote on Reddit",
/// "“…,” Roe told state delegates". "by" still opens a passive's agent:
/// "“Roe,” a biography written by Ann Lee".
fn comes_before_verb_or_object(site: &CueSite) -> bool {
    let first = site.finder.sentence_bounds(site.i).first;
    let tags = site.quote_tagged().is_some_and(|k| {
        k >= first && (k + 1..site.i).all(|w| cue_lemma(site.word_at(w)).is_none())
    }) || site.source_after_quote(first);
    if tags && !word_is(site.next, "by") || site.asked_question().is_some() {
        return false;
    }
    let past = word_in(site.word, &["said", "added"]);
    // "says" and "tells" are never nouns.
    let noun_after = cue_lemma(site.next).is_some_and(|base| {
        word_is(site.next, base) || site.next.ends_with('s') && !word_in(base, &["say", "tell"])
    });
    // A time after the cue says when, and "that" after it opens what was
    // said: "reported on Saturday that …"; a mark after it closes a tag
    // whose clause came before: "…, Roe warned on Wednesday."
    let timed_clause = [site.i + 1, site.i + 2].into_iter().any(|k| {
        site.finder.time_at(k).is_some_and(|t| {
            let end = site.finder.times[t].end;
            word_is(site.word_at(end), "that") || closes_tag(site.token_at(end))
        })
    });
    // A capitalised word after the cue names its source: "said State
    // Police".
    cue_lemma(site.next).is_some() && !is_capitalized(site.next) && !(past && noun_after)
        || !timed_clause
            && !setting_before_clause(site)
            && !timed_before_that(site)
            && word_in(
                site.next,
                &[
                    "was", "is", "were", "are", "has", "have", "had", "by", "of", "with", "for",
                    "on", "about", "at", "from",
                ],
            )
            && site.lemma != "say"
}

/// Whether `token`, after a cue's time, ends the sentence, so the cue
/// closes a tag ("…, Roe warned on Wednesday."). A comma or a dash may go on
/// with what was said after it, and is left to the other rules.
fn closes_tag(token: Option<&Token>) -> bool {
    token.is_none_or(|t| matches!(t.kind, Kind::Punct('.' | '!' | '?')))
}

/// Whether a setting of the speech after the word ends where what was said
/// begins, at "that", a colon or a clause's subject: "declared on national
/// television that …", "wrote on Facebook: “…”", "insisted at a rally
/// Wednesday that …", "wrote on Quill the vote was rigged". The
/// setting is a place of speech or online, a name or a time, at or on which
/// one speaks ("wrote on her Instagram account that …"); "insisted on
/// changes that …" takes an object.
fn setting_before_clause(site: &CueSite) -> bool {
    let finder = site.finder;
    let limit = finder.sentence_bounds(site.i).end;
    if !word_in(site.next, &["on", "in", "at", "during"]) {
        return false;
    }
    finder.past_setting(site.i + 1, limit).is_some_and(|end| {
        let timed = finder.time_at(end).map(|t| finder.times[t].end);
        let last = site.word_at(end - 1);
        let place = SPEECH_SETTINGS.contains(last)
            || ONLINE_PLACES.contains(last)
            || is_capitalized(last)
            || timed.is_some();
        let after = timed.unwrap_or(end);
        // A setting set off by commas ends at its closing one: "posted on
        // X, formerly Twitter, that …".
        let that_after_comma = site.token_at(after).is_some_and(|t| t.is_punct(','))
            && word_is(site.word_at(after + 1), "that");
        let opens = word_is(site.word_at(after), "that")
            || that_after_comma
            || site.token_at(after).is_some_and(|t| t.is_punct(':'))
            || finder.opens_clause_after_setting(site.i + 1, after, limit);
        place && opens
    })
}

/// Whether a phrase of when or how long it was said stands between the cue
/// and the "that" of its clause: "argued for months that the port is too
/// small", "warned for years that …". The phrase is the one the clause
/// start skips (`Finder::past_adverbial`), so "argued for the plan that
/// passed" still takes an object.
fn timed_before_that(site: &CueSite) -> bool {
    let limit = site.finder.sentence_bounds(site.i).end;
    site.finder.past_adverbial(site.i + 1, limit) > site.i + 1
}

/// A claim of a thing or a share is no speech: "claimed a victory",
/// "claiming 41 percent of the vote", also past a capitalised word that
/// names whose thing it is ("claiming the Labor nomination").
fn claims_a_thing(site: &CueSite) -> bool {
    let claimed = (site.i + 1..site.i + 4)
        .take_while(|&k| {
            site.token_at(k).is_some_and(|t| t.kind == Kind::Number)
                || is_determiner(site.word_at(k))
                || k > site.i + 1 && is_capitalized(site.word_at(k))
                || CLAIMED_THINGS.contains(site.word_at(k))
        })
        .any(|k| CLAIMED_THINGS.contains(site.word_at(k)));
    site.lemma == "claim" && claimed
}

/// "It is worth noting that" is the writer's aside; "taxpayers reporting
/// capital gains" report no speech.
fn is_writers_aside(site: &CueSite) -> bool {
    word_is(site.prev, "worth")
        || (site.lemma == "report"
            && site.word.ends_with("ing")
            && !word_in(site.next, &["that", ":"]))
}

/// After a possessive it is a noun: "the mayor's statement". A mark that
/// closes a quotation in single marks is not a plural's apostrophe
/// ("‘We are ready,’ said Ana Cole").
fn follows_possessive(site: &CueSite) -> bool {
    let closes_quote = site
        .i
        .checked_sub(1)
        .and_then(|k| site.token_at(k))
        .is_some_and(Token::is_quote);
    ends_possessive(site.prev) && !closes_quote && !is_contraction_or_name(site)
}

/// Whether a capitalised word with "'s" before "said", "told" or "says"
/// is a subject, not a possessive: a contraction of "has" ("He's said",
/// "Obama's told aides") or a name that ends so ("Sainsbury's said").
/// Nothing is owned there, as a possessive needs a noun after it, and
/// those forms of the verbs are no adjective. "Let's say" proposes.
fn is_contraction_or_name(site: &CueSite) -> bool {
    let said = matches!(site.lemma, "say" | "tell")
        && !word_in(site.word, &["say", "tell"])
        && is_capitalized(site.prev)
        && !site.prev.to_lowercase().starts_with("let");
    said || contracted_progressive(site)
}

/// Whether a subject pronoun contracted with "is" stands before a
/// progressive that speaks: "She’s claiming that the vote was rigged",
/// "He's predicting he will win". A pronoun's "’s" owns nothing.
fn contracted_progressive(site: &CueSite) -> bool {
    let prev = site.prev;
    let stem = prev.strip_suffix("’s").or_else(|| prev.strip_suffix("'s"));
    stem.is_some_and(|stem| SUBJECT_PRONOUNS.contains(stem)) && speaks_as_progressive(site)
}

/// Whether a word is a possessive: "the mayor's", "the officials’".
fn ends_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s") || word.ends_with('’')
}

/// A capitalised "Says" opens a headline or a label, not reported speech;
/// "Said Ellis: “…”" opens an inverted attribution, and "Asked by Roe
/// whether …" the question Roe asked.
fn opens_headline_or_label(site: &CueSite) -> bool {
    let (word, next) = (site.word, site.next);
    let inverted = INVERTING_CUES.contains(word)
        && (is_capitalized(next) || word_in(next, &["the", "a", "an", "one"]))
        && (site.i + 2..site.i + 7).any(|k| {
            site.token_at(k)
                .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
                && site.token_at(k + 1).is_some_and(|t| t.is_quote())
        });
    is_capitalized(word)
        && !word_is(word, "according")
        && !inverted
        && site.asked_question().is_none()
        && !opens_sentence_as_participle(site)
}

/// A participle that opens its sentence is capitalised as any first word
/// is, and may tell what the main clause's subject said: "Noting that the
/// vote was close, Roe added …".
fn opens_sentence_as_participle(site: &CueSite) -> bool {
    site.word.ends_with("ing") && site.finder.sentence_bounds(site.i).first == site.i
}

/// A participle between a modifier and its noun is an adjective: "a
/// creative writing professor, said".
fn modifies_a_noun(site: &CueSite) -> bool {
    let (i, next) = (site.i, site.next);
    site.word.ends_with("ing")
        && i >= 2
        && is_determiner(site.word_at(i - 2))
        && site.finder.doc.is_word(i - 1)
        && !is_capitalized(site.prev)
        && site.finder.doc.is_word(i + 1)
        && !is_capitalized(next)
        && !is_determiner(next)
        && !SUBJECT_PRONOUNS.contains(next)
        && !word_in(next, &["you", "that"])
        && (site.token_at(i + 2).is_some_and(|t| t.is_punct(','))
            || cue_lemma(site.word_at(i + 2)).is_some())
}

/// A participle in -ed between a count or "no" and a lower-case word is an
/// adjective of that word, the noun counted: "three reported
/// sightings", "no reported leaks", "two added stops". A count that
/// speaks has its clause after the verb, opened by "that", a determiner or
/// a pronoun ("eight said the levy was too high", "two reported that …").
fn modifies_a_counted_noun(site: &CueSite) -> bool {
    let count = site
        .token_at(site.i.wrapping_sub(1))
        .is_some_and(|t| t.kind == Kind::Number)
        || number_word(site.prev).is_some()
        || word_is(site.prev, "no");
    let noun_after = site.finder.doc.is_word(site.i + 1)
        && site.may_modify_a_thing(site.i + 1)
        && !is_determiner(site.next)
        && !site.next.ends_with("ing");
    site.word.ends_with("ed") && count && noun_after
}

/// Nouns that look like verbs: "the state", "a report", "the tweet", also
/// with adjectives between the determiner or possessive and the noun: "a
/// larger say", "his most offensive remarks", "Doe's angry comments" (see
/// `CueSite::is_adjective`).
fn follows_determiner(site: &CueSite) -> bool {
    let determiner = |word: &str| {
        word_in(
            word,
            &[
                "the", "a", "an", "his", "her", "their", "its", "this", "that",
            ],
        )
    };
    let before_adjectives = (site.i.saturating_sub(3)..site.i)
        .rev()
        .take_while(|&k| {
            let word = site.word_at(k);
            site.finder.doc.is_word(k) && !is_capitalized(word) && site.is_adjective(word)
        })
        .last()
        .and_then(|k| k.checked_sub(1))
        .map(|k| site.word_at(k));
    determiner(site.prev) && !after_relative_that(site)
        || before_adjectives.is_some_and(|word| determiner(word) || ends_possessive(word))
}

/// Whether the word is "says" or "said" after a "that" that stands, as a
/// relative pronoun, for a document just before it
/// (`Finder::relative_that`): "a letter that says the plant is unsafe".
/// Those forms are never nouns for the "that" to determine.
fn after_relative_that(site: &CueSite) -> bool {
    site.i > 0 && site.finder.relative_that(site.i - 1, site.i)
}

/// A passive cue names who was addressed, not who spoke: "was asked",
/// "were told", unless the asker follows ("was asked by a host whether …").
/// A progressive one speaks as `speaks_as_progressive` says.
fn is_passive(site: &CueSite) -> bool {
    word_in(site.prev, BE_FORMS)
        && site.lemma != "say"
        && !speaks_as_progressive(site)
        && site.asked_question().is_none()
}

/// Whether a form in -ing after "is", "been" or a contracted "’s" speaks:
/// when a clause follows it, with "that" or without ("is arguing that the
/// plan will fail", "is claiming that voting fraud is rife", "is predicting
/// she will win", "has been arguing the deal is dead"), or when it tells
/// someone ("is telling reporters", "is warning voters that …"); without one it may be a doing ("is
/// admitting new members", "is reporting the figures").
fn speaks_as_progressive(site: &CueSite) -> bool {
    let finder = site.finder;
    let limit = finder.sentence_bounds(site.i).end;
    let after_that = word_is(site.next, "that")
        && finder.doc.is_word(site.i + 2)
        && finder.finite_verb_after(site.i + 2, limit).is_some();
    let without_that = finder.clause_opening_at(site.i + 1, limit).is_some();
    let warns = WARNING_CUES.contains(site.lemma)
        && finder.past_warned_audience(site.i + 1, limit) > site.i + 1;
    site.word.ends_with("ing")
        && (site.clause_follows() || after_that || without_that || warns || site.lemma == "tell")
}

/// Negated, refused or not done, within the cue's own sentence: "did not
/// say", "declined to comment"; but "Clinton did not. He said …" is said.
fn is_negated_or_not_done(site: &CueSite) -> bool {
    let (i, finder) = (site.i, site.finder);
    let sentence_first = finder.sentence_bounds(i).first;
    // A word inside the quotation before the cue is what was said, not a
    // negation of saying it: "“Others are just not,” said Roe".
    (i.saturating_sub(3).max(sentence_first)..i)
        .rev()
        .take_while(|&k| !finder.doc.tokens[k].is_quote() && !finder.quoted[k])
        .any(|k| {
            let word = site.word_at(k);
            // "to" makes an infinitive only right before the cue ("declined to
            // publicly say"); before a noun it opens a phrase ("sources close to
            // the campaign said").
            if word_is(word, "to") {
                let infinitive = finder.before_adverbs(i, k + 1) == k + 1;
                return infinitive && finder.infinitive_carrier_before(k).is_none();
            }
            is_blocker(word)
                || opens_question(word, site.word_at(k + 1), k + 1 == i)
                || word.ends_with("n't")
                || word.ends_with("n’t")
        })
}

/// Whether a capitalised modal opens a question before the cue ("Would
/// you say …", "Will the mayor say …"): a word in lower case follows it. A
/// name spelled like one stands right before the cue or before another
/// name: "Theresa May said", "Will Ruiz said"; and a month before a comma
/// opens nothing ("will reopen in May, said Tom Reyes").
fn opens_question(word: &str, next: &str, before_cue: bool) -> bool {
    let lower_word_next = next.chars().next().is_some_and(char::is_lowercase);
    MODAL_VERBS.contains(word) && is_capitalized(word) && !before_cue && lower_word_next
}
