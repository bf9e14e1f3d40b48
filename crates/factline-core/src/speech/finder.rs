//! The cursor speech is read with: the article's tokens with the quotes
//! and times found in them, and what lies between a cue and its clause.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::grammar::{
    is_determiner, is_irregular_past, is_past_tense, is_verb_form, BE_FORMS, HAVE_FORMS,
    MODAL_VERBS, NEWS_OUTLETS, SPEECH_SETTINGS,
};
use crate::lex::{is_capitalized, looks_plural, word_in, word_is, Kind, Mark};
use crate::segment::{Document, Segments, Span};
use crate::times::TimeExpr;

use super::lexicons::{
    cue_lemma, is_ly_adverb, is_moment_word, is_present_tense_verb, is_saying_time, takes_audience,
    ASKED_NOT_AUDIENCE, ASKED_OPENERS, AUDIENCES, BROADCASTERS, CARRYING_VERBS, COORDINATORS,
    FORMER_NAME_WORDS, GOING_ON_VERBS, HEARSAY_PARTICIPLES, PRESENT_TENSE_VERBS, PROMISING_CUES,
    QUESTION_WORDS, READY_ADJECTIVES, READY_ADVERBS, SEEMING_VERBS, SETTING_LINKS,
    SETTING_PREPOSITIONS, SUBJECT_PRONOUNS, TAKING_VERBS, WARNING_CUES,
};
use super::SubjectSearch;

pub(super) struct Finder<'a> {
    pub(super) doc: Document<'a>,
    pub(super) segments: &'a Segments,
    pub(super) times: &'a [TimeExpr],
    /// For each token, whether it lies inside a quotation (marks included).
    pub(super) quoted: Vec<bool>,
    pub(super) used_cue: Vec<bool>,
    /// What `subject_before` found for each cue and floor since a cue was
    /// last used. Its search reads the phrases to the left through the
    /// owners of prepositional objects, relative clauses and joined objects,
    /// each of which searches again further left, so one phrase is reached
    /// along many paths: a long run of prepositions and conjunctions before a
    /// cue took time exponential in its length (a minute for 1.5 KB).
    pub(super) subjects: RefCell<HashMap<SubjectSearch, Option<Span>>>,
}

impl Finder<'_> {
    /// Marks the cue's words as used, which `cue_at` and so every search for
    /// a subject depend on.
    pub(super) fn use_cue(&mut self, cue: Span) {
        self.used_cue[cue.indices()].fill(true);
        self.subjects.get_mut().clear();
    }

    pub(super) fn sentence_bounds(&self, i: usize) -> Span {
        self.segments
            .sentence_of(i)
            .and_then(|s| self.segments.sentences.get(s))
            .map_or(Span::new(i, i + 1), |s| Span::new(s.first, s.end))
    }

    /// The paragraph holding token `i`, through its sentence.
    pub(super) fn paragraph_of(&self, i: usize) -> Option<usize> {
        self.segments
            .sentence_of(i)
            .and_then(|s| self.segments.sentences.get(s))
            .map(|s| s.paragraph)
    }

    /// The time expression that starts at token `i`.
    pub(super) fn time_at(&self, i: usize) -> Option<usize> {
        let at = self.times.partition_point(|t| t.first < i);
        self.times.get(at).filter(|t| t.first == i).map(|_| at)
    }

    /// The time expression that ends at token `end`.
    pub(super) fn time_ending(&self, end: usize) -> Option<usize> {
        let at = self.times.partition_point(|t| t.end < end);
        self.times.get(at).filter(|t| t.end == end).map(|_| at)
    }

    /// Whether token `k` is the comma that ends a reported clause, or the
    /// closing mark right after one (`… a push poll,” Heiserman said`).
    pub(super) fn ends_clause(&self, k: usize) -> bool {
        let token = self.doc.tokens[k];
        token.is_punct(',')
            || (matches!(token.kind, Kind::Quote(Mark::Close | Mark::Straight))
                && k > 0
                && self.doc.tokens[k - 1].is_punct(','))
    }

    /// Skips what may stand between a cue and its clause: an audience ("told
    /// reporters"), a time ("on December 27"), a setting ("in a statement"),
    /// and "that". Returns where the clause starts and the time, if any.
    pub(super) fn clause_start(&self, cue: Span, limit: usize) -> (usize, Option<usize>) {
        let mut at = cue.end;
        let mut time = None;
        if takes_audience(self.doc.word(cue.first)) {
            at = self.past_place(at, self.past_audience(at, limit), limit);
        } else if cue_lemma(self.doc.word(cue.first)).is_some_and(|l| WARNING_CUES.contains(l)) {
            at = self.past_warned_audience(at, limit);
        } else if cue_lemma(self.doc.word(cue.first)) == Some("ask") {
            at = self.past_asked_audience(at, limit);
        }
        for _ in 0..4 {
            match self.past_time_or_setting(cue, at, limit) {
                Some((end, found)) => {
                    at = end;
                    time = found.or(time);
                }
                None => break,
            }
        }
        let at = self.past_manner_before_quote(at, limit);
        let at = self.past_set_off_adverb(self.past_adverbial(at, limit), limit);
        let mut at = self.past_set_off_setting(at, limit);
        while at < limit
            && (matches!(self.doc.tokens[at].kind, Kind::Punct(',' | ':' | '—' | '–'))
                || word_is(self.doc.word(at), "that"))
        {
            at += 1;
        }
        (at, time)
    }

    /// Where the clause goes on after one time or setting of the saying at
    /// `at` ("on Monday", "earlier this week", "in a statement"), with the
    /// time if it is one; `None` where none stands there.
    fn past_time_or_setting(
        &self,
        cue: Span,
        at: usize,
        limit: usize,
    ) -> Option<(usize, Option<usize>)> {
        if let Some(t) = self.time_at(at) {
            // A time right before a verb is the reported clause's
            // subject: "said Monday next year will be harder". A time
            // that opens with a capital, a day's name or a date, is the
            // time of saying ("a merger announced Monday would …"); a
            // subject opens with a word in lower case ("next year",
            // "this week").
            let first_word = self.doc.word(self.times[t].first);
            let subject = self.doc.is_word(self.times[t].first) && !is_capitalized(first_word);
            if subject && self.opens_with_verb(self.times[t].end) {
                return None;
            }
            return Some((self.times[t].end, Some(t)));
        }
        let word = self.doc.word(at);
        if self.opens_promised_infinitive(cue, at) {
            return None;
        }
        // "earlier this week", "later that day" and "late on Monday" say
        // when, as the time alone does.
        if word_in(word, &["earlier", "later", "late", "early"]) {
            let on = usize::from(word_is(self.doc.word(at + 1), "on"));
            if let Some(t) = self.time_at(at + 1 + on) {
                return Some((self.times[t].end, Some(t)));
            }
        }
        let scene = self.past_part_of_day(at, limit);
        if let Some(end) = scene.or_else(|| self.past_scene_participle(at, limit)) {
            return Some((end, None));
        }
        let preposition = word_in(
            word,
            &[
                "on", "in", "at", "during", "via", "to", "through", "after", "before",
            ],
        );
        if !preposition || at + 1 >= limit {
            return None;
        }
        if let Some(t) = self.time_at(at + 1) {
            return Some((self.times[t].end, Some(t)));
        }
        self.past_setting(at, limit).map(|end| (end, None))
    }

    /// Where the clause starts past "while" or "when" with a participle
    /// that sets the scene of the saying as a setting does: "said while
    /// addressing a rally in Patna that …", "said when speaking to
    /// reporters the …". At the sentence's end the scene is left as it was
    /// read.
    fn past_scene_participle(&self, at: usize, limit: usize) -> Option<usize> {
        let next = self.doc.word(at + 1);
        let scene = word_in(self.doc.word(at), &["while", "when"])
            && is_verb_form(next)
            && next.ends_with("ing");
        let clause_follows = |end: usize| {
            end < limit
                && self
                    .doc
                    .token(end)
                    .is_some_and(|t| !matches!(t.kind, Kind::Punct('.' | '!' | '?')))
        };
        scene
            .then(|| self.past_setting(at + 1, limit))
            .flatten()
            .filter(|&end| clause_follows(end))
    }

    /// Where the clause starts past a part of a day or a span near
    /// publication that the times leave unread ("said this morning the
    /// lockdown would end", "said last night he would stay"): "this",
    /// "last", "yesterday" or "tomorrow" and a noun of [`is_moment_word`],
    /// before a clause (`clause_opening_at`); "said this morning's meeting
    /// …" has its own subject.
    fn past_part_of_day(&self, at: usize, limit: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        let part = word_in(word(at), &["this", "last", "yesterday", "tomorrow"])
            && is_moment_word(word(at + 1))
            && at + 2 < limit;
        (part && self.clause_opening_at(at + 2, limit).is_some()).then_some(at + 2)
    }

    /// Where the clause starts past a phrase of time or manner between a
    /// cue and its "that" ("reported earlier this month that", "said
    /// privately that", "has said for years that"): at that "that", or `at`.
    /// The phrase is up to five words in lower case with a word of time
    /// (`is_saying_time`), or one adverb in "-ly" or "further" ("added further
    /// that …", as the Indian press writes it); other words before "that"
    /// may be the clause's own ("said the plan that passed was bad"), a
    /// period after "that" makes it a determiner ("later that day"), and a
    /// verb after it a relative pronoun ("in the week that followed, he").
    pub(super) fn past_adverbial(&self, at: usize, limit: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let Some(that) = (at + 1..limit.min(at + 6)).find(|&k| word_is(word(k), "that")) else {
            return at;
        };
        let plain =
            (at..that).all(|k| self.doc.is_word(k) && !self.quoted[k] && !is_capitalized(word(k)));
        let adverb = that == at + 1 && (word(at).ends_with("ly") || word_is(word(at), "further"));
        let time = (at..that).any(|k| is_saying_time(word(k)));
        let determiner = is_saying_time(word(that + 1)) || word(that + 1).ends_with("ed");
        if plain && (adverb || time) && !determiner {
            that
        } else {
            at
        }
    }

    /// Where the clause starts past an adverb of manner right before a
    /// quotation, perhaps after a comma, a colon or a dash: "answered
    /// flatly: “…”", "replied evenly, “…”". It says how the words were
    /// said; read as the source after the cue ("said Johnson: “…”"), it
    /// named an adverb as the speaker. `at` where no such adverb stands.
    fn past_manner_before_quote(&self, at: usize, limit: usize) -> usize {
        let tokens = self.doc.tokens;
        let mark = (at + 1..limit.min(at + 3))
            .find(|&k| !matches!(tokens[k].kind, Kind::Punct(',' | ':' | '—' | '–')));
        let before_quote = mark.is_some_and(|k| tokens[k].is_quote() && !self.quoted[k - 1]);
        if at < limit && self.doc.is_word(at) && is_ly_adverb(self.doc.word(at)) && before_quote {
            at + 1
        } else {
            at
        }
    }

    /// Where the clause starts past an adverb of manner set off by commas
    /// before "that" ("revealed, somewhat stiltedly, that …", "said, again,
    /// that …"): at that "that", or `at`. Up to three words in lower case
    /// stand between the commas, the last an adverb in "-ly" or "again".
    fn past_set_off_adverb(&self, at: usize, limit: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let tokens = self.doc.tokens;
        if at >= limit || !tokens[at].is_punct(',') {
            return at;
        }
        let close = (at + 2..limit.min(at + 5)).find(|&k| !self.doc.is_word(k));
        let set_off = close.filter(|&c| {
            let last = word(c - 1);
            tokens[c].is_punct(',')
                && word_is(word(c + 1), "that")
                && (at + 1..c).all(|k| !self.quoted[k] && !is_capitalized(word(k)))
                && (last.ends_with("ly") || word_is(last, "again"))
        });
        set_off.map_or(at, |c| c + 1)
    }

    /// Where the clause starts past a setting of the saying set off by
    /// commas before "that" ("insists, most recently in an interview with
    /// Quill News, that …", "said, in a letter to the board on Monday, that
    /// …"): at that "that", or `at`. The setting opens on a preposition,
    /// perhaps after adverbs, within its first three words, and holds up
    /// to twelve words, no verb of its own and no quotation.
    fn past_set_off_setting(&self, at: usize, limit: usize) -> usize {
        let tokens = self.doc.tokens;
        if at >= limit || !tokens[at].is_punct(',') {
            return at;
        }
        let Some(close) = (at + 2..limit.min(at + 14)).find(|&k| !self.doc.is_word(k)) else {
            return at;
        };
        let setting = (at + 1..close).all(|k| !self.quoted[k] && !self.is_finite_verb(k));
        let opens =
            (at + 1..(at + 4).min(close)).any(|k| SETTING_PREPOSITIONS.contains(self.doc.word(k)));
        if setting
            && opens
            && tokens[close].is_punct(',')
            && word_is(self.doc.word(close + 1), "that")
        {
            close + 1
        } else {
            at
        }
    }

    /// Whether token `k` is an auxiliary or a form of "be" or "have", which
    /// a clause's subject stands before: "next year will be", "Monday is".
    fn opens_with_verb(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        MODAL_VERBS.contains(word) || word_in(word, BE_FORMS) || word_in(word, HAVE_FORMS)
    }

    /// Where the clause starts after the audience of "tell" that starts at
    /// `at` ("told reporters", "told The Associated Press", "told the
    /// crowd"), or `at` when no audience is read. A long audience ("told The
    /// Post and Courier newspaper of Charleston on Saturday that he …") ends
    /// at a "that" opening a clause; a "that" after a coordinator joins a
    /// second clause to one that followed the audience ("told reporters the
    /// plan was sound and that …").
    fn past_audience(&self, at: usize, limit: usize) -> usize {
        let that = (at..limit.min(at + 16)).find(|&k| {
            let near = k < at + 9;
            let joined = k > at && COORDINATORS.contains(self.doc.word(k - 1));
            let clause = word_is(self.doc.word(k), "that")
                && !joined
                && (near || {
                    let next = self.doc.word(k + 1);
                    is_capitalized(next)
                        || is_determiner(next)
                        || SUBJECT_PRONOUNS.contains(next)
                        || word_in(next, &["he’s", "she’s"])
                });
            let comma = self.doc.tokens[k].is_punct(',') && !self.sets_off_age(k);
            clause || near && (comma || self.doc.tokens[k].is_punct(':'))
        });
        let article = word_in(self.doc.word(at), &["the", "a", "an", "his", "their"]);
        let named = AUDIENCES.contains(self.doc.word(at))
            || NEWS_OUTLETS.contains(self.doc.word(at))
            || is_capitalized(self.doc.word(at))
            || article && is_capitalized(self.doc.word(at + 1));
        match that {
            Some(k) => k,
            None if named => {
                let mut k = at + 1;
                if article {
                    k += 1;
                }
                k = self.audience_name_end(k, limit);
                if article {
                    k = self.past_audience_noun(k, limit);
                }
                k = self.past_audience_phrase(at, k, limit);
                // An audience cut off by the sentence's end ("…, telling
                // a") leaves no clause; past the end, the content would
                // start after the text.
                k.min(limit)
            }
            None => at,
        }
    }

    /// Where the audience ends when up to two nouns in lower case follow the
    /// body's name that qualifies them: "told a Senate panel Wednesday.",
    /// "told a Senate committee on Tuesday the …", "told the Senate
    /// estimates hearing the program was …". The nouns end before the
    /// sentence's end, a time or a clause (`clause_opening_at`); else the
    /// clause starts at `k`.
    fn past_audience_noun(&self, k: usize, limit: usize) -> usize {
        let noun = |j: usize| {
            let word = self.doc.word(j);
            !is_capitalized(word)
                && !SUBJECT_PRONOUNS.contains(word)
                && !self.is_finite_verb(j)
                && self.ends_noun_phrase(j)
        };
        let mut j = k;
        while j < k + 2 && j + 1 < limit && noun(j) {
            j += 1;
            let dated = word_in(self.doc.word(j), &["on", "at"]) && self.time_at(j + 1).is_some();
            if self.ends_audience(j)
                || self.time_at(j).is_some()
                || dated
                || self.clause_opening_at(j, limit).is_some()
                || self.opens_on_bare_plural(j, limit)
            {
                return j;
            }
        }
        k
    }

    /// Whether a clause opens at `j` on a plural noun with no determiner,
    /// its verb right after it: "told the port council voters want change",
    /// "told the city council residents were angry". A plural takes the
    /// verb's base form, so "the port council votes" stays a noun phrase.
    fn opens_on_bare_plural(&self, j: usize, limit: usize) -> bool {
        let (word, next) = (self.doc.word(j), self.doc.word(j + 1));
        let verb = self.is_finite_verb(j + 1) || PRESENT_TENSE_VERBS.contains(next);
        j + 1 < limit
            && !is_capitalized(word)
            && looks_plural(word)
            && !is_capitalized(next)
            && verb
    }

    /// Where the clause starts when the audience that opens at `at` goes on
    /// past `k` with a place or an owner: "told a press conference in Delhi
    /// the deal was close", "told a gathering of farmers the deal was
    /// close". The clause opens after the audience's last noun
    /// (`opens_clause_after_setting`) within ten words of `at`, before any
    /// subject pronoun; else at `k`.
    fn past_audience_phrase(&self, at: usize, k: usize, limit: usize) -> usize {
        let pronoun = |j: usize| SUBJECT_PRONOUNS.contains(self.doc.word(j));
        let opens_here =
            self.clause_opening_at(k, limit).is_some() || self.time_at(k).is_some() || pronoun(k);
        if k >= limit || opens_here || at == 0 {
            return k;
        }
        // A pronoun on the way opens a clause of its own: "told his
        // audience they wouldn't back him because he …".
        (k + 1..limit.min(at + 10))
            .take_while(|&j| self.doc.is_word(j - 1) && !self.quoted[j - 1] && !pronoun(j - 1))
            .find(|&j| self.opens_clause_after_setting(at - 1, j, limit))
            .unwrap_or(k)
    }

    /// Where what was asked starts past the one asked at `at`, before the
    /// question (`QUESTION_WORDS`, `ASKED_OPENERS`): "asked Tom Reyes if
    /// the pier would close", "asked the mayor on Friday why …", "asked him
    /// about the levy". The one asked is up to four words with no verb,
    /// mark or quotation among them; else what was asked starts at `at`, as
    /// a request does with the one who is to act ("asked the council to
    /// vote", "asked readers to guess whether …") and questions asked do
    /// (`ASKED_NOT_AUDIENCE`: "asked questions about the levy").
    fn past_asked_audience(&self, at: usize, limit: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let opens = |k: usize| QUESTION_WORDS.contains(word(k)) || ASKED_OPENERS.contains(word(k));
        if at >= limit || opens(at) {
            return at;
        }
        let Some(question) = (at + 1..limit.min(at + 5)).find(|&k| opens(k)) else {
            return at;
        };
        let asked =
            (at..question).all(|k| self.is_plain_word(k) && !ASKED_NOT_AUDIENCE.contains(word(k)));
        if asked {
            question
        } else {
            at
        }
    }

    /// Whether the token at `k` is a word outside quotation marks and no
    /// finite verb, as the words of an audience are.
    fn is_plain_word(&self, k: usize) -> bool {
        self.doc.is_word(k) && !self.quoted[k] && !self.is_finite_verb(k)
    }

    /// Where the clause starts past the audience of a warning at `at`,
    /// before "that" (`WARNING_CUES`): "warned voters that …", "is warning
    /// harbor workers that …", "cautioned the council that …". The audience
    /// is up to three words without a verb or a preposition, and a clause
    /// follows "that"; else the clause starts at `at` ("warned the plan
    /// would fail").
    pub(super) fn past_warned_audience(&self, at: usize, limit: usize) -> usize {
        let word = |k: usize| self.doc.word(k);
        let Some(that) = (at + 1..limit.min(at + 4)).find(|&k| word_is(word(k), "that")) else {
            return at;
        };
        let audience = (at..that).all(|k| {
            self.is_plain_word(k) && !SETTING_LINKS.contains(word(k)) && self.time_at(k).is_none()
        });
        let clause = self.finite_verb_after(that + 1, limit).is_some();
        if audience && clause {
            that
        } else {
            at
        }
    }

    /// Where the capitalised name of an audience that goes on at `k` ends:
    /// its capitalised words, a number inside a broadcaster's name ("Channel
    /// 9 News", "Quill Radio 5"), a programme it owns ("Radio 4's Today") and
    /// what the broadcaster is, in lower case ("Harbor FM radio"), and "of"
    /// between its words ("the House of Assembly"). A number after the name
    /// opens the clause: "told CNN 20 people had died".
    fn audience_name_end(&self, mut k: usize, limit: usize) -> usize {
        let capital = |k: usize| self.doc.is_word(k) && is_capitalized(self.doc.word(k));
        loop {
            let number_in_name = self.number_in_name(k);
            // A programme the broadcaster owns goes on with its name:
            // "Quill Radio 4's Today programme".
            // A plural's mark stands alone: "Sky News' Sophy Ridge".
            let mark = self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| t.is_punct('\'') || t.is_punct('’'));
            let possessive = mark && self.doc.word(k + 1) == "s" && capital(k + 2);
            let plural_possessive =
                mark && k > 0 && self.doc.word(k - 1).ends_with('s') && capital(k + 1);
            // A house or a body may be named with "of": "the House of
            // Assembly".
            let of_name =
                k > 0 && capital(k - 1) && word_is(self.doc.word(k), "of") && capital(k + 1);
            if k < limit && possessive {
                k += 2;
            } else if k < limit && (capital(k) || number_in_name || of_name || plural_possessive) {
                k += 1;
            } else {
                break;
            }
        }
        let kind_after = self.doc.is_word(k) && !is_capitalized(self.doc.word(k));
        if k < limit && kind_after && BROADCASTERS.contains(self.doc.word(k)) {
            k += 1;
        }
        k
    }

    /// Whether the token at `k` is a number inside a broadcaster's name:
    /// before a capitalised word or what the broadcaster is, or after what
    /// it is ("Channel 9 News", "Quill Radio 5", "Quill's 7.30 program").
    fn number_in_name(&self, k: usize) -> bool {
        let next = self.doc.word(k + 1);
        let before =
            self.doc.is_word(k + 1) && (is_capitalized(next) || BROADCASTERS.contains(next));
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Number)
            && (before || BROADCASTERS.contains(self.doc.word(k.saturating_sub(1))))
    }

    /// Where the clause starts after a place named right after the audience
    /// of "tell" that runs from `audience` to `at` ("told reporters in
    /// Canberra the deal was done", "told supporters at the Iowa State Fair
    /// she would stay"), or `at`. The place is "in" or "at" with a
    /// capitalised name, and the clause must open on a determiner or a
    /// subject pronoun in lower case, so a place that goes on ("in Canberra
    /// on the deal") is left as it is.
    fn past_place(&self, audience: usize, at: usize, limit: usize) -> usize {
        if at == audience || !word_in(self.doc.word(at), &["in", "at"]) {
            return at;
        }
        let mut k = at + 1;
        if word_is(self.doc.word(k), "the") {
            k += 1;
        }
        let name = k;
        while k < limit && self.doc.is_word(k) && is_capitalized(self.doc.word(k)) {
            k += 1;
        }
        let next = self.doc.word(k);
        let opens_clause = k < limit
            && self.doc.is_word(k)
            && !is_capitalized(next)
            && (is_determiner(next) || SUBJECT_PRONOUNS.contains(next));
        if k > name && opens_clause {
            k
        } else {
            at
        }
    }

    /// Whether nothing of a clause follows an audience ending before `k`:
    /// the sentence's end, or a time that ends it.
    fn ends_audience(&self, k: usize) -> bool {
        let end = self.time_at(k).map_or(k, |t| self.times[t].end);
        self.doc
            .tokens
            .get(end)
            .is_none_or(|t| matches!(t.kind, Kind::Punct('.' | '!' | '?')))
    }

    /// Whether only the times and settings of the saying stand from `at` to
    /// `end`, the end of the sentence's words: "…, said Ann Lee on Tuesday.",
    /// "…, says a spokesman in Sydney.", "…, said Roe in a statement on
    /// Monday.".
    pub(super) fn only_setting(&self, mut at: usize, end: usize) -> bool {
        for _ in 0..3 {
            if at >= end {
                break;
            }
            if let Some(t) = self.time_at(at) {
                at = self.times[t].end;
            } else if let Some(setting) = SETTING_PREPOSITIONS
                .contains(self.doc.word(at))
                .then(|| {
                    self.time_at(at + 1)
                        .map(|t| self.times[t].end)
                        .or_else(|| self.past_setting(at, end))
                })
                .flatten()
            {
                at = setting;
            } else {
                break;
            }
        }
        at >= end
    }

    /// Whether the "to" at `at`, right after a cue of [`PROMISING_CUES`],
    /// opens the infinitive that is what was promised, never a setting:
    /// "pledged to close the plant in March" ("said to reporters in March
    /// that …" has a setting). A verb in lower case follows; a name or a
    /// determiner names whom one is pledged to ("delegates pledged to
    /// Clinton", "pledged to the party").
    fn opens_promised_infinitive(&self, cue: Span, at: usize) -> bool {
        let lemma = cue_lemma(self.doc.word(cue.first));
        // A quotation may open on the verb: "vowed to “bomb the hell” out of".
        let k = at + 1 + usize::from(self.doc.token(at + 1).is_some_and(|t| t.is_quote()));
        let next = self.doc.word(k);
        let verb_next = self.doc.is_word(k) && !is_capitalized(next) && !is_determiner(next);
        at == cue.end
            && word_is(self.doc.word(at), "to")
            && verb_next
            && lemma.is_some_and(|lemma| PROMISING_CUES.contains(lemma))
    }

    /// Where the verb that carries the infinitive of a cue stands, when
    /// the "to" at `to` closes it: "went on to" (`going_on_before`) or
    /// "took to" a platform (`took_to_platform_before`). The saying is then
    /// done, not wanted or expected, and its source stands before the verb.
    pub(super) fn infinitive_carrier_before(&self, to: usize) -> Option<usize> {
        self.going_on_before(to)
            .or_else(|| self.took_to_platform_before(to))
            .or_else(|| self.going_on_saying_before(to))
            .or_else(|| self.hearsay_passive_before(to))
            .or_else(|| self.seeming_before(to))
            .or_else(|| self.ready_before(to))
    }

    /// Where the form of "be" stands when the "to" at `to` closes "quick to"
    /// after it (`READY_ADJECTIVES`), perhaps with "all" or "also" between
    /// (`READY_ADVERBS`): "Officials are quick to point out that …", "were
    /// all quick to add that …". The saying was done, and readily; after a
    /// modal it is still ahead ("will be quick to add").
    fn ready_before(&self, to: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        let adjective = to.checked_sub(1)?;
        if !(word_is(word(to), "to") && READY_ADJECTIVES.contains(word(adjective))) {
            return None;
        }
        let be = adjective.checked_sub(1)?;
        let be = if READY_ADVERBS.contains(word(be)) {
            be.checked_sub(1)?
        } else {
            be
        };
        let ahead = be > 0 && MODAL_VERBS.contains(word(be - 1));
        (word_in(word(be), BE_FORMS) && !ahead).then_some(be)
    }

    /// Where "appeared" or "seemed" stands right before the "to" at `to`
    /// (`SEEMING_VERBS`) and the verb after it opens a clause with "that":
    /// "Roe appeared to suggest that …", "Lee seemed to argue that …". The
    /// hedge is on what the words meant; they were said. With an object
    /// ("seemed to confirm the critiques", "appeared to acknowledge his
    /// help is needed") it may tell a deed as saying, and is left alone.
    fn seeming_before(&self, to: usize) -> Option<usize> {
        let verb = to.checked_sub(1)?;
        let word = |k: usize| self.doc.word(k);
        (word_is(word(to), "to")
            && SEEMING_VERBS.contains(word(verb))
            && word_is(word(to + 2), "that"))
        .then_some(verb)
    }

    /// Where the form of "be" stands when the "to" at `to` closes a passive
    /// of hearsay and a perfect infinitive follows it (`HEARSAY_PARTICIPLES`):
    /// "Roe is understood to have said that …", "is reported to have told
    /// aides that …". The saying is told as done; "is expected to say" is
    /// still ahead.
    fn hearsay_passive_before(&self, to: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        let be = to.checked_sub(2)?;
        (word_is(word(to), "to")
            && word_is(word(to + 1), "have")
            && HEARSAY_PARTICIPLES.contains(word(to - 1))
            && word_in(word(be), BE_FORMS))
        .then_some(be)
    }

    /// Where "continues", "began" or "started" stands right before the "to"
    /// at `to` (`CARRYING_VERBS`): "Roe continues to insist that …",
    /// "Lee began to argue that …". The saying goes on or has begun; a
    /// modal before the verb still points it ahead ("will continue to
    /// insist"), which the cue's own refusal reads.
    fn going_on_saying_before(&self, to: usize) -> Option<usize> {
        let verb = to.checked_sub(1)?;
        (word_is(self.doc.word(to), "to") && CARRYING_VERBS.contains(self.doc.word(verb)))
            .then_some(verb)
    }

    /// Where "took" stands when the "to" at `to` closes "took to" and the
    /// platform or medium taken to, in up to four words without a comma:
    /// "Roe took to X to say that …", "took to social media to claim …",
    /// "has taken to her Facebook page to argue …". Whoever takes to a
    /// platform to say a thing says it there.
    fn took_to_platform_before(&self, to: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        if !word_is(word(to), "to") {
            return None;
        }
        let opening = (to.saturating_sub(5)..to.saturating_sub(1))
            .rev()
            .take_while(|&j| (j + 1..to).all(|w| self.doc.is_word(w)))
            .find(|&j| word_is(word(j), "to"))?;
        (opening > 0 && TAKING_VERBS.contains(word(opening - 1))).then(|| opening - 1)
    }

    /// Where the verb of "went on to" stands when the "to" at `to` closes
    /// it, before a cue: "Roe went on to say that …". The infinitive is then
    /// what was done next, not what is wanted or expected.
    fn going_on_before(&self, to: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        (to > 1
            && word_is(word(to), "to")
            && word_is(word(to - 1), "on")
            && GOING_ON_VERBS.contains(word(to - 2)))
        .then(|| to - 2)
    }

    /// Where "whether" or "if" opens the question of the "asked" at `cue`
    /// when the asker follows "by": "asked by a reporter whether she would
    /// run", "Asked by Roe if he agreed, …". The asker is then who spoke.
    pub(super) fn asked_question(&self, cue: usize) -> Option<usize> {
        if !word_is(self.doc.word(cue + 1), "by") {
            return None;
        }
        (cue + 2..cue + 10)
            .take_while(|&k| self.doc.is_word(k))
            .find(|&k| word_in(self.doc.word(k), &["whether", "if"]))
    }

    /// Where a short setting after a preposition at `at` ends ("in a
    /// statement", "on Twitter", "at a news conference", "on ABC’s “This
    /// Week”"), when a comma, a "that" or a time follows it.
    pub(super) fn past_setting(&self, at: usize, limit: usize) -> Option<usize> {
        let mut k = at + 1;
        while k < limit
            && k - at <= 12
            && (self.doc.is_word(k) || self.in_setting_name(k) || self.quoted[k])
            && !SUBJECT_PRONOUNS.contains(self.doc.word(k))
            && !word_is(self.doc.word(k), "that")
            // A time inside the setting describes it: "in a June report".
            && (self.time_at(k).is_none() || is_determiner(self.doc.word(k - 1)))
            && !self.opens_clause_after_setting(at, k, limit)
        {
            k += 1;
        }
        let k = self.past_former_name(self.past_state_of_place(k, limit), limit);
        // The setting may end the sentence ("…, Kunin said in an interview
        // with the local paper."), but what "to" opens there is an
        // infinitive's clause ("vowed to protect the program.").
        let ends_sentence = self
            .doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '!' | '?')))
            && !word_is(self.doc.word(at), "to");
        let stops = k >= limit
            || ends_sentence
            || matches!(self.doc.tokens[k].kind, Kind::Punct(',' | ':'))
            || word_is(self.doc.word(k), "that")
            || self.time_at(k).is_some()
            || self.opens_clause_after_setting(at, k, limit);
        (stops && k > at + 1).then_some(k)
    }

    /// Whether the token at `k`, no word, is part of a name in a setting:
    /// a possessive's mark ("on ABC’s “This Week”"), a number in a
    /// broadcaster's name ("on Quill Radio 4's Today programme"), or a
    /// measure joined to its noun ("in a 114-page ruling").
    fn in_setting_name(&self, k: usize) -> bool {
        let token = self.doc.tokens[k];
        token.is_punct('’')
            || token.is_punct('\'') && word_is(self.doc.word(k + 1), "s")
            || self.number_in_name(k)
            || self.joined_to_next_word(k)
    }

    /// Whether the token at `k` is a number or a hyphen written joined to
    /// the word after it, a measure that describes a noun: "in a 114-page
    /// ruling".
    fn joined_to_next_word(&self, k: usize) -> bool {
        let tokens = &self.doc.tokens;
        let token = tokens[k];
        let joined = tokens.get(k + 1).is_some_and(|next| {
            !next.space_before && (next.is_punct('-') || self.doc.is_word(k + 1))
        });
        let hyphen = token.is_punct('-') && !token.space_before;
        joined && (token.kind == Kind::Number || hyphen)
    }

    /// Whether a clause without "that" opens at `k`, right after a setting
    /// of the saying that opens with the preposition at `setting`: "said in
    /// a statement a man, 45, was taken to hospital", "said on Quill News
    /// the levy was wrong", "said in an interview he would stay". It opens
    /// on a determiner or a subject pronoun in lower case after the
    /// setting's last noun, and a verb follows its short subject
    /// (`finite_verb_after`). A verb in the past tense with a "that" after
    /// it may be a relative clause inside the setting, which that "that"
    /// ends: "in a statement the board issued on Monday that …".
    pub(super) fn opens_clause_after_setting(
        &self,
        setting: usize,
        k: usize,
        limit: usize,
    ) -> bool {
        // A setting holds no verb of its own; "after Roe failed to show up
        // at the hearing he was called to" is a clause. A participle in
        // "-ed" right after the setting's noun describes it: "in a
        // statement released by her office".
        let describes_setting = |j: usize| {
            self.doc.word(j).ends_with("ed") && SPEECH_SETTINGS.contains(self.doc.word(j - 1))
        };
        let verbless = (setting + 1..k).all(|j| !self.is_finite_verb(j) || describes_setting(j));
        if k <= setting + 1 || !verbless || !self.ends_noun_phrase(k - 1) {
            return false;
        }
        let Some(verb) = self.clause_opening_at(k, limit) else {
            return false;
        };
        self.opens_with_verb(verb) || !(verb..limit).any(|j| word_is(self.doc.word(j), "that"))
    }

    /// The finite verb of a clause that opens at `k` on a determiner or a
    /// subject pronoun in lower case: "the levy was wrong", "he would stay".
    pub(super) fn clause_opening_at(&self, k: usize, limit: usize) -> Option<usize> {
        let word = self.doc.word(k);
        let opener = self.doc.is_word(k)
            && !is_capitalized(word)
            && (is_determiner(word) || SUBJECT_PRONOUNS.contains(word));
        opener.then(|| self.finite_verb_after(k, limit)).flatten()
    }

    /// Whether the word at `k` may end the noun phrase of a setting or an
    /// audience ("a statement", "Quill News", "its website", "a Senate
    /// committee"), not lead on to more of it as a preposition, a
    /// conjunction, a determiner or a verb does ("an interview with the", "a
    /// statement issued the day before").
    fn ends_noun_phrase(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        self.doc.is_word(k)
            && !self.quoted[k]
            && !is_determiner(word)
            && !SETTING_LINKS.contains(word)
            && (SPEECH_SETTINGS.contains(word) || !is_verb_form(word) && !is_irregular_past(word))
            && !COORDINATORS.contains(word)
    }

    /// Where the finite verb of a clause whose subject opens at `k` stands:
    /// a pronoun's verb after at most one word ("he would", "it now has"), a
    /// determiner's after up to six words of its noun, a possessive's mark,
    /// the numbers and hyphens of a compound ("a 45-year-old man from Leeds
    /// was") and an age set off by commas ("a man, 45, was taken"). The verb
    /// is an auxiliary, a modal or a past tense, or a present tense of a verb
    /// of state or want past the subject's first word
    /// (`is_present_subject_verb`).
    pub(super) fn finite_verb_after(&self, k: usize, limit: usize) -> Option<usize> {
        let word = |k: usize| self.doc.word(k);
        let pronoun = SUBJECT_PRONOUNS.contains(word(k));
        let reach = if pronoun { 1 } else { 6 };
        let (mut j, mut words) = (k + 1, 0);
        while j < limit {
            let token = self.doc.tokens[j];
            if self.is_finite_verb(j) || self.is_present_subject_verb(k, j, pronoun) {
                return Some(j);
            } else if self.age_appositive_at(j) {
                j += 3;
            } else if token.is_punct('\'')
                || token.is_punct('’')
                || reach > 1 && (token.is_punct('-') || token.kind == Kind::Number)
            {
                j += 1;
            } else if self.doc.is_word(j)
                && words < reach
                && !word_in(word(j), &["that", "who", "which"])
            {
                words += 1;
                j += 1;
            } else {
                return None;
            }
        }
        None
    }

    /// Whether the word at `j` is the present tense of the clause whose
    /// subject opens at `k` (`PRESENT_TENSE_VERBS`): "they want", "the
    /// crews share", "the talks remain". A determiner's noun stands between
    /// them, so a word right after a determiner is a noun ("the share of",
    /// "the urgency of the matter"); a pronoun's verb follows it.
    fn is_present_subject_verb(&self, k: usize, j: usize, pronoun: bool) -> bool {
        let word = self.doc.word(j);
        (pronoun || j > k + 1)
            && !is_determiner(self.doc.word(j - 1))
            && self.doc.is_word(j)
            && !self.quoted[j]
            && !is_capitalized(word)
            && is_present_tense_verb(word)
    }

    /// Whether the comma at `k` opens or closes an age set off by commas,
    /// which goes on with its noun: "told the inquest the victim, 19, had
    /// been stabbed".
    fn sets_off_age(&self, k: usize) -> bool {
        self.age_appositive_at(k) || k >= 2 && self.age_appositive_at(k - 2)
    }

    /// Whether the word at `k` is a finite verb: an auxiliary, a modal or a
    /// past tense ("was", "would", "failed").
    pub(super) fn is_finite_verb(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        self.doc.is_word(k)
            && (self.opens_with_verb(k) || k > 0 && is_past_tense(word, self.doc.word(k - 1)))
    }

    /// Whether an age set off by commas opens at the comma at `k`: "a man,
    /// 45, was taken to hospital".
    fn age_appositive_at(&self, k: usize) -> bool {
        let tokens = self.doc.tokens;
        tokens.get(k).is_some_and(|t| t.is_punct(','))
            && tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Number)
            && tokens.get(k + 2).is_some_and(|t| t.is_punct(','))
    }

    /// Where a setting ends when the comma at `k` closes the name of a place
    /// and its state follows, set off by a comma of its own before "that":
    /// "said in Dover, Delaware, that the pier is shut". The state is the
    /// setting's, not the start of what was said.
    fn past_state_of_place(&self, k: usize, limit: usize) -> usize {
        let tokens = self.doc.tokens;
        if k >= limit || !tokens[k].is_punct(',') {
            return k;
        }
        let state_end = (k + 1..limit.min(k + 5))
            .find(|&j| !(self.doc.is_word(j) && is_capitalized(self.doc.word(j))));
        match state_end {
            Some(end)
                if end > k + 1
                    && tokens[end].is_punct(',')
                    && word_is(self.doc.word(end + 1), "that") =>
            {
                end
            }
            _ => k,
        }
    }

    /// Where a setting ends when the comma or parenthesis at `k` opens the
    /// former name of the place or platform just named: "posted on X,
    /// formerly Twitter, that …", "wrote on X, formerly known as Twitter,
    /// that …", "said on X (formerly Twitter) the …". The old name is the
    /// setting's, not the start of what was said; the setting ends at the
    /// closing comma, or after the closing parenthesis.
    fn past_former_name(&self, k: usize, limit: usize) -> usize {
        let tokens = self.doc.tokens;
        let opens = |p: char| tokens.get(k).is_some_and(|t| t.is_punct(p));
        if k >= limit
            || !(opens(',') || opens('('))
            || !FORMER_NAME_WORDS.contains(self.doc.word(k + 1))
        {
            return k;
        }
        let mut j = k + 2;
        if word_is(self.doc.word(j), "known") && word_is(self.doc.word(j + 1), "as") {
            j += 2;
        }
        let name = j;
        while j < limit && self.doc.is_word(j) && is_capitalized(self.doc.word(j)) {
            j += 1;
        }
        let closes = |p: char| j > name && j < limit && tokens[j].is_punct(p);
        if opens(',') && closes(',') {
            j
        } else if opens('(') && closes(')') {
            j + 1
        } else {
            k
        }
    }
}
