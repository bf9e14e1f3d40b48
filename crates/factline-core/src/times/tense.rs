//! Which way a clause points its time from publication (`Tense`): "will",
//! modals, verbs of intent before "to", the present of a scheduled event,
//! verbs of putting off, the perfect, and a range that ends at publication
//! ("until", "through").

use super::Reader;
use crate::grammar::{
    is_determiner, is_past_tense, month_number, weekday_number, without_possessive,
    ADDING_CONJUNCTIONS, BE_FORMS, CHANGE_VERB_BASES, CLAUSE_JOINERS, HAVE_FORMS,
};
use crate::lex::{is_capitalized, word_in, word_is, Lexicon};

/// Words that put a clause in the future, so a bare weekday or month looks
/// forward: "the council will meet Friday", "a vote is expected in June".
static FUTURE_WORDS: Lexicon = Lexicon::new(&[
    "due",
    "poised",
    "would",
    "planned",
    "planning",
    "plan",
    "plans",
    "supposed",
    "set",
    "going",
    "gonna",
    "slated",
    "will",
    "shall",
    "next",
    "scheduled",
    "upcoming",
    "coming",
    "expected",
    "expects",
    "'ll",
]);

/// Modal verbs, which put what they govern after the moment they are said
/// in: "the Senate might vote on Tuesday", "the board may decide in
/// November"; a perfect after one looks back ("may have closed on
/// Tuesday"). "Could" is left out: it is as often the past of "can"
/// ("the grandparents could not be located Wednesday").
pub(super) static MODALS: Lexicon = Lexicon::new(&["may", "might", "should", "must", "can"]);

/// Words before a time that end a range running from publication: "the
/// store stays open through Sunday", unless its clause is in the past.
static RANGE_ENDS: Lexicon = Lexicon::new(&["until", "through", "till", "thru"]);

/// Units of the calendar longer than a week that "next" names a time by:
/// "next month", "next quarter", "next year".
static UNITS_LONGER_THAN_A_WEEK: Lexicon = Lexicon::new(&["month", "quarter", "year"]);

/// Words that look ahead only before "to": "the vote is set to take place
/// Friday", but "the mayor set aside Friday".
static FUTURE_BEFORE_TO: Lexicon = Lexicon::new(&[
    "set", "supposed", "going", "plan", "plans", "planning", "poised",
]);

/// Verbs of a scheduled event, which in the present tell news of what is
/// to come: "the council meets Monday", "the museum reopens in March",
/// "the two leaders reconvene Monday", "the ban takes effect Friday", "the
/// minister leaves for Paris Tuesday". Forms that are as often nouns
/// before a day ("a vote Tuesday", "the talks Monday", "the track meet
/// Saturday") are left out.
pub(super) static SCHEDULED_VERBS: Lexicon = Lexicon::new(&[
    "meets",
    "convene",
    "convenes",
    "reconvene",
    "reconvenes",
    "resume",
    "resumes",
    "reopen",
    "reopens",
    "opens",
    "begins",
    "arrives",
    "departs",
    "expires",
    "testify",
    "testifies",
    "flies",
    "takes",
    "starts",
    "ends",
    "closes",
    "leaves",
    "heads",
    "returns",
    "travels",
    "visits",
]);

/// Words before a verb of a scheduled event that make it no present of
/// its own: "failed to meet Monday", "did not meet Friday". After a modal
/// the modal is what looks ahead ("would reopen in May").
static NOT_SCHEDULING: Lexicon = Lexicon::new(&["to", "not", "n't", "did", "didn't", "never"]);

/// Verbs of intent in the present, which look ahead before "to": "the
/// union hopes to strike on Monday", "officials aim to finish the road in
/// May". In the past ("hoped to sign it Friday") the intent may have met
/// its day already, so they are left out.
static INTENT_VERBS: Lexicon = Lexicon::new(&[
    "hope",
    "hopes",
    "hoping",
    "aim",
    "aims",
    "aiming",
    "intend",
    "intends",
    "intending",
    "seek",
    "seeks",
    "seeking",
    "want",
    "wants",
    "promise",
    "promises",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "prepare",
    "prepares",
    "preparing",
]);

/// Verbs of putting off or of granting time, which move what they put off
/// or grant to the end of the range after them: "the board postponed the
/// vote until Tuesday", "the court gave the company until March".
pub(super) static DEFERRING_VERBS: Lexicon = Lexicon::new(&[
    "gave",
    "given",
    "granted",
    "postponed",
    "extended",
    "delayed",
    "deferred",
    "adjourned",
    "suspended",
    "rescheduled",
]);

/// Words that say how soon a time comes: "as soon as Tuesday", "as early
/// as March".
static SOON_WORDS: Lexicon = Lexicon::new(&["soon", "early"]);

/// Which way a clause points its time from publication: ahead, by a word
/// that looks forward ("will"), or back, by a verb in the past ("marched").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Future,
    Past,
}

/// How many words before a bare month a past verb may point it back.
pub(super) const MONTH_REACH: usize = 12;

/// How many words before a time that ends a range a verb in the perfect
/// may say the range has run: "the states that have held caucuses or
/// primaries through Tuesday".
const PERFECT_REACH: usize = 8;

/// Marks of punctuation that end a clause.
const CLAUSE_MARKS: &[&str] = &[",", ";", ":", "(", ")", "—", "–"];

/// How many words may stand before a time for it still to open its
/// sentence: "Until Thursday", "And until Thursday", "But up until Thursday".
const OPENING_REACH: usize = 3;

/// How many words after a time in a clause's subject its verb may come:
/// "sales in January rose", "output in March at the plant fell".
const SUBJECT_TAIL: usize = 4;

/// How many words before "meet" the "and" that joins its subject's names
/// may stand: "He and Palestinian leader Yasser Arafat meet".
const JOINED_NAME_REACH: usize = 6;

impl Reader<'_> {
    /// The word at `k` as a verb of tense reads it: "will" for a pronoun
    /// or name joined to its contracted "will" ("she'll", "Trump’ll") and
    /// for "won't", so that "She'll speak Tuesday" and "She won't attend
    /// Tuesday" look ahead as "She will speak Tuesday" does; else the word
    /// itself.
    pub(super) fn verb_word(&self, k: usize) -> &str {
        let word = self.doc.word(k);
        let contracted = ["'ll", "’ll"].iter().any(|ll| {
            let cut = word.len().wrapping_sub(ll.len());
            word.len() > ll.len()
                && word.is_char_boundary(cut)
                && word[cut..].eq_ignore_ascii_case(ll)
        });
        let wont = word_in(word, &["won't", "won’t"])
            || word_is(word, "wo") && word_in(self.doc.word(k + 1), &["n't", "n’t"]);
        if contracted || wont {
            "will"
        } else {
            word
        }
    }

    /// The tense the word at `k` sets for a time after it (`before_time`)
    /// or, for a time that opens its sentence, before it. A word that looks
    /// ahead ("will", "expected") sets the future, unless a comparison makes
    /// it what was looked for ("rose more than expected", "as planned"); but
    /// after the time, one in the past is its clause's own verb ("On Friday,
    /// the government planned to pay"), not what it points ahead. Before
    /// the time, "as soon as" points it ahead.
    pub(super) fn tense_at(&self, k: usize, before_time: bool) -> Option<Tense> {
        let (word, before) = (self.verb_word(k), self.prev(k));
        if self.next_of_a_time(k) {
            return None;
        }
        // A modal after the time is most often in another clause ("Earlier
        // Tuesday, his manager says the candidate can still win").
        if let Some(tense) = self.modal_tense(k).filter(|_| before_time) {
            return Some(tense);
        }
        let past = is_past_tense(word, before);
        // A passive infinitive tells of what is yet to be done: "guidelines
        // to be published in November".
        let infinitive =
            word_is(before, "be") && is_past_tense(word, "") && self.is(k.wrapping_sub(2), "to");
        let scheduled = (SCHEDULED_VERBS.contains(word) || self.meet_of_a_plural_subject(k))
            && !is_determiner(before)
            && !NOT_SCHEDULING.contains(before)
            && !crate::grammar::MODAL_VERBS.contains(before);
        let looks_ahead = infinitive
            || self.is_to_come(k)
            || scheduled
            || INTENT_VERBS.contains(word) && self.is(k + 1, "to")
            || FUTURE_WORDS.contains(word)
                && !self.compared_with_forecast(k)
                && !self.future_word_of_no_verb(k, before_time)
                && (!FUTURE_BEFORE_TO.contains(word) || self.is(k + 1, "to") || self.set_for(k));
        let soon = SOON_WORDS.contains(word) && word_is(before, "as") && self.is(k + 1, "as");
        if before_time && (looks_ahead || soon) {
            Some(Tense::Future)
        } else if past {
            Some(Tense::Past)
        } else {
            looks_ahead.then_some(Tense::Future)
        }
    }

    /// Whether the word of the future at `k` tells nothing of the verb of
    /// a time's clause: after the time (`before_time` false), one after a
    /// determiner names a noun's place in a series ("On Monday night, in a
    /// bid to sway the next debate, the senator told a rally ..." is the
    /// Monday gone); and one "coming off" a debate has had it ("is coming
    /// off a strong debate Tuesday night").
    fn future_word_of_no_verb(&self, k: usize, before_time: bool) -> bool {
        let adjective = !before_time && is_determiner(self.prev(k));
        adjective || self.is(k, "coming") && self.is(k + 1, "off")
    }

    /// Whether "set" at `k` is "set for" after a form of "be", which tells
    /// of a thing scheduled as "set to" does: "The trial is set for
    /// November". "set" alone is as often a past ("set a record in March").
    fn set_for(&self, k: usize) -> bool {
        self.is(k, "set") && self.is(k + 1, "for") && word_in(self.prev(k), BE_FORMS)
    }

    /// Whether "next" at `k` opens a time of its own longer than a week
    /// ("next year", "next month"), which points only that time ahead, not
    /// a weekday in its clause: in "Jane Roe, the party's leader next year,
    /// wouldn't say Tuesday how it would vote" Tuesday is the one gone.
    /// "next week" still points a weekday with it ahead ("faces voters
    /// next week in the Tuesday contests").
    fn next_of_a_time(&self, k: usize) -> bool {
        let after = without_possessive(self.doc.word(k + 1));
        word_is(self.doc.word(k), "next") && UNITS_LONGER_THAN_A_WEEK.contains(after)
    }

    /// Whether the word that looks ahead at `k` is a forecast or plan that
    /// what happened is compared with: "rose more than expected", "began as
    /// planned", also with an adverb of when it was looked for ("as
    /// previously planned", "than initially expected"), which says nothing
    /// of the time of its clause.
    fn compared_with_forecast(&self, k: usize) -> bool {
        let before = self.prev(k);
        let adverb = k > self.doc.first && before.len() > 4 && before.ends_with("ly");
        let at = if adverb { k - 1 } else { k };
        word_in(self.prev(at), &["than", "as"])
    }

    /// Whether "meet" at `k` is the verb of a plural subject, which tells of
    /// a meeting to come as "meets" does: after "they" or "we", or after
    /// joined names ("He and Yasser Arafat meet separately Monday", "Bush and
    /// Gorbachev meet in Malta"). After a noun it is as often the noun
    /// ("the track meet Saturday"), so it is left out there.
    fn meet_of_a_plural_subject(&self, k: usize) -> bool {
        let before = self.prev(k);
        let pronoun = word_in(before, &["they", "we"]);
        let joined_name = k >= self.doc.first + 2
            && is_capitalized(before)
            && (k.saturating_sub(JOINED_NAME_REACH).max(self.doc.first)..k - 1)
                .any(|j| self.is(j, "and"));
        word_is(self.doc.word(k), "meet") && (pronoun || joined_name)
    }

    /// Whether "to" at `k` is "is to" or "are to" before a verb, which
    /// tells of what is arranged to happen: "trading is to resume in Paris
    /// Tuesday", "the two leaders are to meet in May". A name, a
    /// determiner or "blame" after it is no verb to come ("the trip is to
    /// Paris", "the weather is to blame").
    fn is_to_come(&self, k: usize) -> bool {
        let next = self.doc.word(k + 1);
        let verb_after = self.doc.is_word(k + 1)
            && k + 1 < self.doc.end
            && !is_capitalized(next)
            && !is_determiner(next)
            && !word_is(next, "blame");
        self.is(k, "to") && word_in(self.prev(k), &["is", "are"]) && verb_after
    }

    /// The tense a modal verb at `k` sets: ahead, or back before a perfect
    /// ("may have seen"); none for a capitalised "May", which is the month.
    fn modal_tense(&self, k: usize) -> Option<Tense> {
        let word = self.doc.word(k);
        let forecast = word_is(word, "could") && CHANGE_VERB_BASES.contains(self.doc.word(k + 1));
        if !(MODALS.contains(word) || forecast) || is_capitalized(word) {
            return None;
        }
        let perfect = word_in(self.doc.word(k + 1), &["have", "'ve", "’ve"]);
        Some(if perfect { Tense::Past } else { Tense::Future })
    }

    /// Whether the word at `k` ends a range that starts at publication: "the
    /// store stays open through Sunday", but not one whose start is named
    /// before it, "sales this year through August", "from June until March".
    fn ends_range_from_now(&self, k: usize) -> bool {
        let start = self.prev(k);
        let named_start = word_in(start, &["year", "month", "week", "date"])
            || month_number(start).is_some()
            || weekday_number(start).is_some()
            || (k > self.doc.first && self.number(k - 1).is_some());
        RANGE_ENDS.contains(self.doc.word(k)) && !named_start
    }

    /// Which way the clause of the time at tokens `first..end` points it,
    /// and the word that says so: for a time that opens its sentence, the
    /// first word after it that sets a tense ("This weekend, protesters
    /// marched"); else the nearest one back to `floor`. "since" always
    /// points back, whatever the clause. "until" and "through" end a range
    /// that runs ahead ("the bridge stays closed through Sunday") unless the
    /// clause is in the past ("crews worked through the weekend"), where
    /// only a verb of putting off still points ahead ("postponed until
    /// Tuesday").
    pub(super) fn tense_of(
        &self,
        first: usize,
        end: usize,
        floor: usize,
    ) -> Option<(Tense, usize)> {
        if word_is(self.prev(first), "since") {
            return None;
        }
        let last = self.doc.word(end - 1);
        let possessive = without_possessive(last).len() < last.len();
        // A time that owns a noun may be its clause's subject ("Monday's
        // vote will decide it"), and the verb after it tells of the noun;
        // after an opening "until" it is not ("Until Monday's announcement,
        // shares were flat"), and the clause after it gives the tense.
        let owned_after_range_end = possessive && RANGE_ENDS.contains(self.prev(first));
        let opens_sentence =
            first <= self.sentence_opening() + 1 && (!possessive || owned_after_range_end);
        let after = (end..self.doc.end)
            .take_while(|_| opens_sentence)
            .find_map(|k| self.tense_at(k, false).map(|tense| (tense, k)));
        if after.is_some() {
            return after;
        }
        let mut range_end = None;
        for k in (floor.max(self.doc.first)..first).rev() {
            if range_end.is_none() && self.ends_range_from_now(k) {
                range_end = Some(k);
            } else if let Some(at) =
                range_end.filter(|_| DEFERRING_VERBS.contains(self.doc.word(k)))
            {
                // Put off in any form, "postponed", "was postponed" or "has
                // extended", what is put off runs ahead.
                return Some((Tense::Future, at));
            } else if let Some(tense) = self.tense_at(k, true) {
                return Some((tense, k));
            }
        }
        // What ran until a day in the perfect ran until one gone: "the
        // towns that have voted through Tuesday".
        let tense = if self.perfect_near(first, end, floor) {
            Tense::Past
        } else {
            Tense::Future
        };
        range_end.map(|at| (tense, at))
    }

    /// The token a sentence's own words open at, past an opening "And" or
    /// "But" that joins it to the one before: in "And in January, one of
    /// them will be leading the country" the time opens the sentence, and
    /// the verb after it gives its tense.
    fn sentence_opening(&self) -> usize {
        let first = self.doc.first;
        first + usize::from(word_in(self.doc.word(first), ADDING_CONJUNCTIONS))
    }

    /// Whether a verb in the perfect stands in the clause of the time at
    /// `first..end`: in the words before it, back to `floor` or at least
    /// `PERFECT_REACH` words, up to a comma or another mark that ends a
    /// clause ("the states that have held caucuses or primaries through
    /// Tuesday") or, for a time that opens its sentence, in the few words
    /// after it ("And until Thursday, the mayor had refused to name a
    /// successor"); after a time within a sentence the words are another
    /// clause's ("open through Sunday, which has been the plan"). One
    /// before the time that governs an infinitive is the infinitive's,
    /// which may look ahead ("has promised to keep the bridge open through
    /// Sunday").
    fn perfect_near(&self, first: usize, end: usize, floor: usize) -> bool {
        let perfect_at = |k: usize| {
            word_in(self.doc.word(k), HAVE_FORMS)
                && (k + 1..(k + 3).min(self.doc.end)).any(|p| {
                    let word = self.doc.word(p);
                    is_past_tense(word, "") || word_is(word, "been")
                })
        };
        let floor = floor
            .min(first.saturating_sub(PERFECT_REACH))
            .max(self.doc.first);
        let before = (floor..first)
            .rev()
            .take_while(|&k| !word_in(self.doc.word(k), CLAUSE_MARKS))
            .any(|k| perfect_at(k) && !(k..first).any(|j| self.is(j, "to")));
        let opens_sentence = first <= self.doc.first + OPENING_REACH;
        let after =
            opens_sentence && (end..(end + SUBJECT_TAIL + 2).min(self.doc.end)).any(perfect_at);
        before || after
    }

    /// The word that points the time at tokens `first..end` ahead of
    /// publication, if its clause does (see `tense_of`).
    pub(super) fn ahead_by(&self, first: usize, end: usize, floor: usize) -> Option<usize> {
        self.tense_of(first, end, floor)
            .and_then(|(tense, k)| (tense == Tense::Future).then_some(k))
    }

    /// The tense of the clause that a time at tokens `first..end` opens, as
    /// its sentence's first words ("On March 3, protesters marched";
    /// "March 3 will be the last day"): the first word after it that sets
    /// one, if it is a past verb or "will". Another modal is as often in a
    /// clause of its own that looks back ("On April 8, investigators,
    /// wondering how he could have fled, searched"). A time inside a
    /// sentence has none from here.
    pub(super) fn opening_tense(&self, first: usize, end: usize) -> Option<Tense> {
        let (tense, k) = self.tense_of(first, end, first)?;
        let will = word_in(self.verb_word(k), &["will", "shall"]);
        (tense == Tense::Past || will).then_some(tense)
    }

    /// Whether the clause of the time at tokens `first..end` is in the past.
    pub(super) fn told_in_past(&self, first: usize, end: usize) -> bool {
        self.tense_of(first, end, first.saturating_sub(MONTH_REACH))
            .is_some_and(|(tense, _)| tense == Tense::Past)
    }

    /// The tense of a verb just after a time inside its clause's subject,
    /// and the verb: "Retail sales in January rose", "Exports in February
    /// were weak". A comma or a word that joins clauses ends the search,
    /// as what follows is another clause ("by the end of March and
    /// suggested").
    pub(super) fn verb_after_subject(&self, end: usize) -> Option<(Tense, usize)> {
        (end..self.doc.end)
            .take(SUBJECT_TAIL)
            .take_while(|&k| {
                self.doc.tokens.get(k).is_some_and(|t| t.is_word())
                    && !CLAUSE_JOINERS.contains(self.doc.word(k))
            })
            .find_map(|k| self.tense_at(k, false).map(|tense| (tense, k)))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    /// The tense and modality of a time's clause point it ahead of or back
    /// from publication (a Thursday, December 28, 2023); long because each
    /// way a clause points has its row.
    #[test]
    fn the_clause_points_a_time_ahead_or_back() {
        let cases = [
            // "is to" and "are to" before a verb tell of what is arranged.
            (
                "Trading is to resume in Paris Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "The two leaders are to meet again in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // "meet" after two joined names or a plural pronoun is the
            // verb of a meeting to come; after a noun it is the noun.
            (
                "He and Palestinian leader Yasser Arafat meet separately Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            (
                "The track meet Saturday drew a crowd.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A name or "blame" after "is to" is no verb to come.
            ("The visit is to Paris on Tuesday.", "Tuesday", "2023-12-26/2023-12-26"),
            (
                "The storm is to blame for Tuesday's outage.",
                "Tuesday's",
                "2023-12-26/2023-12-26",
            ),
            // A weekday after a modal verb is ahead.
            (
                "The strike would end on Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            // A comparison with a forecast is about what happened, also
            // with an adverb of when it was looked for.
            (
                "Prices rose more than expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "Exports grew more than initially expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "The rebels let the ceasefire begin as previously planned Sunday night.",
                "Sunday night",
                "2023-12-24/2023-12-24",
            ),
            (
                "The vote went ahead as originally scheduled on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "since" points back whatever the clause.
            (
                "The ship, which will dock soon, has sailed since March.",
                "March",
                "2023-03-01/2023-03-31",
            ),
            // A past verb after an opening weekend: the weekend just gone.
            (
                "This weekend, protesters marched downtown.",
                "This weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "The fair was held this weekend.",
                "this weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "A fair will be held this weekend.",
                "this weekend",
                "2023-12-30/2023-12-31",
            ),
            // A future verb after an opening weekday: the one ahead.
            (
                "On Tuesday, the league will name a coach.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // But a past verb in its clause is the clause's own.
            (
                "On Friday, the ministry planned to pay the nurses.",
                "Friday",
                "2023-12-22/2023-12-22",
            ),
            (
                "The crew could arrive as soon as Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // "until" and "through" end a range that runs from now.
            (
                "The bridge stays closed through Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The office is closed until Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The board postponed the vote until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // In any form of the verb, past another past verb before it.
            (
                "The vote was postponed until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "Lenders led by a bank have extended the loans through February.",
                "February",
                "2024-02-01/2024-02-29",
            ),
            // Unless the range's start is named before it.
            (
                "Sales this year through August rose.",
                "August",
                "2023-08-01/2023-08-31",
            ),
            (
                "Until Tuesday, the police had not named him.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "set" looks ahead only before "to".
            (
                "The mayor set aside Monday for the parade.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
            (
                "The vote is set to take place Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A future auxiliary points a weekday ahead across a long object.
            (
                "The envoy would be flying to the capital of the region Friday.",
                "Friday",
                "2023-12-29/2023-12-29",
            ),
            // A month with no tense is the nearer one, the past preferred.
            (
                "Talks on the budget resume in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "Talks resumed in February.",
                "in February",
                "2023-02-01/2023-02-28",
            ),
            // "that" points back to a month told of before.
            (
                "And in that February speech, the governor hedged.",
                "February",
                "2023-02-01/2023-02-28",
            ),
            // A verb just after a month in its clause's subject.
            (
                "Retail sales in January rose 5 percent.",
                "in January",
                "2023-01-01/2023-01-31",
            ),
            // Not past a word that joins another clause.
            (
                "Britain will formally declare its intention to leave the bloc by the end of March and suggested a deal.",
                "the end of March",
                "2024-03-22/2024-03-31",
            ),
            // A past verb far back belongs to another clause; a word that
            // looks ahead does not.
            (
                "The ministry told the three oil firms of a deep cut in its crude supply in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "The agency will name the commander of the space shuttle crew for its mission in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // A weekday that owns a noun names a thing done.
            (
                "Aides would look for ways to get around Wednesday's ruling.",
                "Wednesday's",
                "2023-12-27/2023-12-27",
            ),
            // A modal verb points a weekday or month ahead, unless a perfect
            // after it looks back; "could" is as often the past of "can",
            // but before a verb of change it forecasts.
            (
                "Bills could fall in July.",
                "in July",
                "2024-07-01/2024-07-31",
            ),
            ("He could not attend in July.", "in July", "2023-07-01/2023-07-31"),
            ("The Senate must vote on Tuesday.", "Tuesday", "2024-01-02/2024-01-02"),
            ("Lawmakers might return Wednesday.", "Wednesday", "2024-01-03/2024-01-03"),
            (
                "The board may decide in November.",
                "in November",
                "2024-11-01/2024-11-30",
            ),
            (
                "The plant may have closed on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "The family could not be located Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // A modal after an opening time is in another clause, and a
            // month before a noun names the period of the thing.
            (
                "Earlier Tuesday, his manager says the candidate can still win.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "Candidates must file their November campaign reports.",
                "November",
                "2023-11-01/2023-11-30",
            ),
            // A verb of planning points a weekday ahead across a long object.
            (
                "Protesters planned a large demonstration in the old town on Saturday.",
                "Saturday",
                "2023-12-30/2023-12-30",
            ),
            (
                "They plan to drive around the international airport on Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A plan told of as it stood before may be done.
            (
                "He was scheduled to leave the state capital late Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "A memorial service planned at the old university for Saturday was canceled.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A nearer past verb still points it back.
            (
                "The planned merger of the two regional banks collapsed on Monday.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-28"));
            let want = (span.to_string(), Some(days.to_string()));
            assert!(got.contains(&want), "{text}: {got:?}");
        }
    }

    /// A verb of intent before "to" points its clause's month or weekday
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_verb_of_intent_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Officials hope to finish the road in May.",
                &[("in May", "2024-05-01/2024-05-31")],
            ),
            (
                "The union aims to strike on Monday.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The mayor intends to sign the bill Friday.",
                &[("Friday", "2023-06-16/2023-06-16")],
            ),
            (
                "He said the party wants to hold its vote in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            // Without "to" the verb is a noun's or says nothing of the time.
            (
                "The hope of May faded.",
                &[("May", "2023-05-01/2023-05-31")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }

    /// The present of a verb of a scheduled event points its day or month
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_scheduled_event_in_the_present_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The council meets Monday to discuss the budget.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The two leaders reconvene Monday with the envoy.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The museum reopens in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            (
                "The minister flies to Paris on Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "The bill, passed Monday, takes effect Friday.",
                &[
                    ("Monday", "2023-06-12/2023-06-12"),
                    ("Friday", "2023-06-16/2023-06-16"),
                ],
            ),
            (
                "The minister leaves for Paris Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "Congress returns Monday from its recess.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            // A noun, an infinitive after a past verb, a negated past.
            (
                "The track meet Saturday drew crowds.",
                &[("Saturday", "2023-06-10/2023-06-10")],
            ),
            (
                "The two sides failed to resume talks Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
            (
                "The two sides did not reconvene Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }
}
