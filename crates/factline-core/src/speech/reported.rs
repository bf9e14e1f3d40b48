//! Reported speech: a cue with the clause it reports ("Doe said the plan
//! would fail"), its source before or after it.

use crate::dataset::StatementKind;
use crate::evidence::StatementRule;
use crate::grammar::{
    is_determiner, is_irregular_past, is_past_tense, is_verb_form, number_word,
    ADDING_CONJUNCTIONS, AMOUNT_SIGNS, BE_FORMS, CLAUSE_JOINERS, HAVE_FORMS, INDEFINITE_ARTICLES,
    MODAL_VERBS,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Token};
use crate::segment::Span;

use super::attribution::participle_source;
use super::finder::Finder;
use super::lexicons::{
    cue_lemma, is_contracted_subject, is_saying_time, ADDING_PREPOSITIONS, ALTERNATIVE_JOINERS,
    ANSWER_TOPICS, ANSWER_WORDS, ASIDE_WORDS, BRINGING_TO_MIND_CUES, CLAUSE_ONLY_CUES,
    CLAUSE_OPENERS, CONTINUING_CONTRASTS, COORDINATORS, FINITE_AUXILIARIES, GAP_CUES,
    LEAD_IN_PREPOSITIONS, NONE_AMOUNTS, NONE_GRADES, NOT_CLAUSE_SUBJECTS, OBJECT_PRONOUNS,
    OPENING_SUBORDINATORS, QUESTION_WORDS, QUOTE_JOINERS, RELATIVE_OPENERS, SETTING_LINKS,
    SHARE_WORDS, SOURCE_AFTERWORDS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_CONJUNCTIONS,
    WRITERS_PARTICIPLES,
};
use super::quotes::{trim_end, Quote};
use super::source::{
    is_lowercase_participle, opens_noun_phrase, participle_speaker, sentence_subject,
    subject_after_opening,
};
use super::{RawStatement, SOURCE_REACH};

/// How many tokens back from a comma the opening word of the subordinate
/// clause it closes is looked for.
const SUBORDINATE_REACH: usize = 20;

/// Reported speech around the cue at `cue`, within `sentence`.
pub(super) fn reported(
    finder: &Finder,
    cue: Span,
    sentence: Span,
    earlier: Option<Span>,
    quotes: &[Quote],
    quote_used: &mut [bool],
) -> Option<RawStatement> {
    let tokens = finder.doc.tokens;
    let Span { first, end } = sentence;
    let content_end = trim_end(tokens, first, end);
    let at = AroundCue {
        finder,
        cue,
        first,
        end,
        content_end,
    };
    let Reading {
        rule,
        mention,
        content,
        antecedent,
    } = reading(&at, earlier)?;
    if is_held_by_later_source(&at) {
        return None;
    }
    let (clause, words) = clause_of(&at, content)?;
    let (clause, words) = before_tagged_quote(finder, clause, quotes, quote_used)
        .map_or((clause, words), |cut| (cut, words_in(finder, cut)));
    let (c_first, c_end) = (clause.first, clause.end);
    // Quotes inside the clause: a dominant one is the statement itself.
    // Quotes are in text order, so the ones inside the clause are a run.
    let from = quotes.partition_point(|q| q.open < c_first);
    let to = quotes.partition_point(|q| q.open < c_end);
    let inner: Vec<usize> = (from..to.max(from)).collect();
    if inner.iter().any(|&i| quote_used[i]) {
        return None;
    }
    let (_, time) = finder.clause_start(cue, end);
    let mut statement = RawStatement {
        kind: StatementKind::Indirect,
        rule,
        first: c_first,
        end: c_end,
        mention: Some(mention),
        antecedent,
        cue: Some(cue),
        time,
    };
    for &i in &inner {
        quote_used[i] = true;
    }
    if let [i] = inner[..] {
        quote_as_statement(finder, &mut statement, quotes[i], words);
    }
    (statement.end > statement.first).then_some(statement)
}

/// The reported clause cut before a coordinated clause that holds a
/// quotation with a tag of its own: in "Roe said parents would not be
/// eligible, and when pressed, an aide replied, “It is meant for mothers.”"
/// the quotation is the aide's, and Roe's clause ends at ", and". The cut
/// is the last comma or semicolon before the quotation that opens a
/// clause with "and" or "but", or a semicolon alone. None when no tagged
/// quotation stands in the clause, no such joint comes before it or fewer
/// than three words come before the joint; the clause is then read as it
/// was (a clause that holds another's quotation is no statement).
fn before_tagged_quote(
    finder: &Finder,
    clause: Span,
    quotes: &[Quote],
    quote_used: &[bool],
) -> Option<Span> {
    let tokens = finder.doc.tokens;
    let from = quotes.partition_point(|q| q.open < clause.first);
    let to = quotes.partition_point(|q| q.open < clause.end);
    let tagged = (from..to.max(from)).find(|&i| quote_used[i])?;
    let joint = |k: usize| {
        !finder.quoted[k]
            && (tokens[k].is_punct(';')
                || tokens[k].is_punct(',') && word_in(finder.doc.word(k + 1), QUOTE_JOINERS))
    };
    let cut = (clause.first + 1..quotes[tagged].open)
        .rev()
        .find(|&k| joint(k))?;
    Some(Span::new(clause.first, trim_end(tokens, clause.first, cut)))
        .filter(|&span| words_in(finder, span) >= 3)
}

/// How many words the clause `span` holds, a signed number counted as one.
fn words_in(finder: &Finder, span: Span) -> usize {
    (span.first..span.end)
        .filter(|&k| finder.doc.is_word(k) || is_signed_number(finder, k))
        .count()
}

/// How many numbers in `span` stand before a lower-case word, the noun
/// each counts: "12 boats arrived" is a clause of three words, as "twelve
/// boats arrived" is. A number that ends a name has none after it ("told
/// Fox News 6").
fn counting_numbers(finder: &Finder, span: Span) -> usize {
    (span.first..span.end)
        .filter(|&k| {
            finder.doc.tokens[k].kind == Kind::Number
                && finder.doc.is_word(k + 1)
                && !is_capitalized(finder.doc.word(k + 1))
        })
        .count()
}

/// The reported clause in `content`: without its opening punctuation and
/// cut where the clause ends, with its count of words. None when it is no
/// clause, holds a source of its own or has fewer than three words.
fn clause_of(at: &AroundCue, content: Span) -> Option<(Span, usize)> {
    let AroundCue { finder, cue, .. } = *at;
    if let Some(answer) = answer_object(at, content) {
        return Some((answer, answer.end - answer.first));
    }
    if is_no_clause(finder, cue, content) && relative_gap(finder, cue, at.first).is_none() {
        return None;
    }
    let tokens = finder.doc.tokens;
    let mut first = content.first;
    while first < content.end && matches!(tokens[first].kind, Kind::Punct(',' | ':' | '—')) {
        first += 1;
    }
    if has_own_source(finder, cue, first, content.end) {
        return None;
    }
    let first = past_participle_of_saying(finder, first, content.end);
    let end = reported_clause_end(at, first, content.end);
    let span = Span::new(first, end);
    let words = words_in(finder, span);
    // A number that counts a noun makes the clause long enough, but is no
    // word that weighs against a quotation inside it (`quote_as_statement`).
    let long_enough = words + counting_numbers(finder, span) >= 3;
    (long_enough || words == 2 && is_subject_and_verb(finder, first, end)).then_some((span, words))
}

/// A word that stands for a whole answer or for what was said before,
/// right after the cue (`ANSWER_WORDS`), is what was said when the cue's
/// object ends with it: "46 percent said yes, and …", "Roe said so on
/// Friday", "Lee has said as much in recent weeks". A setting after it is
/// the saying's, not what was said, but what "the same" is said of is
/// ("said the same of the board"). Before any other word it opens a phrase
/// or a clause of its own, which the other rules read: "said so many
/// times", "said the same boats sank"; and before "and" a second verb of
/// the source may go on to a quotation: "said yes and added: “…”".
fn answer_object(at: &AroundCue, content: Span) -> Option<Span> {
    let finder = at.finder;
    let first = content.first;
    let is_at = |phrase: &&&[&str]| {
        first + phrase.len() <= content.end
            && phrase.iter().enumerate().all(|(j, w)| {
                finder.doc.is_word(first + j) && word_is(finder.doc.word(first + j), w)
            })
    };
    let phrase = ANSWER_WORDS
        .iter()
        .find(is_at)
        .filter(|_| first == at.cue.end)?;
    let after = first + phrase.len();
    let next = finder.doc.word(after);
    let ends = after >= content.end
        || finder.doc.tokens[after].is_punct(',')
        || finder.doc.tokens[after].is_punct('.')
        || LEAD_IN_PREPOSITIONS.contains(next)
        || SUBORDINATORS.contains(next)
        || is_saying_time(next);
    if word_is(phrase[0], "the") && ANSWER_TOPICS.contains(next) {
        Some(Span::new(
            first,
            reported_clause_end(at, first, content.end),
        ))
    } else {
        ends.then(|| Span::new(first, after))
    }
}

/// Whether the clause from `first` to `end` is a subject and its finite
/// verb and nothing more: "Roe said rents fell", "Lee said she agreed",
/// "Lee says it works". The subject is a subject pronoun or a lower-case
/// word that is no determiner, preposition, adverb or word of time, and
/// the verb a past tense, or a present in -s after "he", "she" or "it";
/// so "said Tuesday night", "said last week", "said in statements" and
/// "said she would" are no clause.
fn is_subject_and_verb(finder: &Finder, first: usize, end: usize) -> bool {
    let doc = &finder.doc;
    if !(doc.is_word(first) && first + 1 < end && doc.is_word(first + 1)) {
        return false;
    }
    let (subject, verb) = (doc.word(first), doc.word(first + 1));
    let pronoun = SUBJECT_PRONOUNS.contains(subject);
    let noun = !is_capitalized(subject)
        && subject.chars().all(char::is_alphabetic)
        && !subject.ends_with("ly")
        && !is_determiner(subject)
        && !NOT_CLAUSE_SUBJECTS.contains(subject)
        && !SETTING_LINKS.contains(subject)
        && !CLAUSE_JOINERS.contains(subject)
        && !is_saying_time(subject)
        && !MODAL_VERBS.contains(subject);
    let present = word_in(subject, &["he", "she", "it"])
        && verb.len() > 2
        && verb.ends_with('s')
        && verb.chars().all(char::is_alphabetic)
        && !FINITE_AUXILIARIES.contains(verb)
        && !word_is(verb, "does");
    let past =
        is_past_tense(verb, subject) && !FINITE_AUXILIARIES.contains(verb) && !word_is(verb, "did");
    (pronoun || noun) && (past || present)
}

/// Where the clause starts past a participle of saying that repeats the
/// cue's saying after its comma: in "Roe responded, saying the plan was
/// dead" what was said is "the plan was dead", not "saying …". What the
/// participle's own clause start skips goes too: "that", and its audience
/// ("wrote to investors, telling them the stock was cheap").
fn past_participle_of_saying(finder: &Finder, first: usize, end: usize) -> usize {
    let word = finder.doc.word(first);
    let repeats = first > 0
        && finder.doc.tokens[first - 1].is_punct(',')
        && word.ends_with("ing")
        && cue_lemma(word).is_some();
    if !repeats {
        return first;
    }
    let (start, _) = finder.clause_start(Span::new(first, first + 1), end);
    if start < end {
        start
    } else {
        first + 1
    }
}

/// Whether the token at `k` is a number with a percent or currency sign,
/// which says as much as a word: "sales fell 4%" is a clause of three
/// words, as "sales fell four percent" is. A bare number is not counted,
/// as it may be part of a name: "told Fox News 6".
fn is_signed_number(finder: &Finder, k: usize) -> bool {
    let tokens = finder.doc.tokens;
    let sign = |t: Option<&Token>| {
        t.is_some_and(|t| matches!(t.kind, Kind::Punct(c) if AMOUNT_SIGNS.contains(&c)))
    };
    tokens[k].kind == Kind::Number
        && (sign(tokens.get(k + 1)) || sign(k.checked_sub(1).and_then(|p| tokens.get(p))))
}

/// The source and content around a cue, as the first rule that finds them
/// reads them. `earlier` is the source of an earlier cue in the sentence.
fn reading(at: &AroundCue, earlier: Option<Span>) -> Option<Reading> {
    let AroundCue {
        finder, cue, first, ..
    } = *at;
    // "as reported by X" names its source as "according to X" does.
    let according = word_in(finder.doc.word(cue.first), &["according", "as"]);
    let asked = cue_lemma(finder.doc.word(cue.first)) == Some("ask");
    // The rules that find a source and its content, tried in this order.
    if according {
        according_to(at)
    } else if let Some(question) = finder.asked_question(cue.first).filter(|_| asked) {
        asked_by(at, question)
    } else if follows_adding_preposition(finder, cue.first) {
        // "besides", "despite" or "aside from" before the participle is no
        // source.
        participle_after_conjunction(at, earlier).or_else(|| opening_participle(at))
    } else if let Some(subject) = finder
        .subject_before(cue.first, first)
        .filter(|&subject| !finder.object_before_participle(subject, cue.first, first))
    {
        through_relative_gap(at, subject).or_else(|| source_before(at, subject))
    } else if cue.first > first && finder.ends_clause(cue.first - 1) {
        source_after(at, earlier)
    } else if let Some(found) = participle_after_conjunction(at, earlier) {
        Some(found)
    } else if let Some(found) = opening_participle(at) {
        Some(found)
    } else if let Some((pronoun, noun_phrase)) = finder.relative_source(cue.first, first) {
        through_relative_pronoun(at, pronoun, noun_phrase)
    } else if cue.first > first + 2
        && (joins_second_verb(finder, cue.first)
            || !finder.doc.word(cue.first).ends_with("ing")
                && joins_second_verb(finder, before_scene_of_cue(finder, cue.first, first))
            || word_is(finder.doc.word(cue.first - 1), "by")
                && finder.doc.word(cue.first).ends_with("ing"))
    {
        joined_verb(at)
    } else {
        quoted_as_saying(at)
    }
}

/// Whether the sentence's last cue reports the words that hold this one:
/// "Doe met aides and told them that she would run, according to two
/// people present", "Doe held a meeting and pledged to act, the Sentinel
/// reported". The writer gives the whole account to the source at the end,
/// and what the account says someone said is part of it. Only an
/// attribution that closes the account holds it, so it is looked for near
/// the sentence's end; one in the middle ("attacks that, Roe noted, …") is
/// inside what was said.
fn is_held_by_later_source(at: &AroundCue) -> bool {
    let AroundCue {
        finder, cue, end, ..
    } = *at;
    let from = cue.end.max(end.saturating_sub(SOURCE_REACH));
    let Some(later) = (from..end)
        .rev()
        .filter(|&k| finder.doc.is_word(k) && !finder.quoted[k])
        .find_map(|k| finder.cue_at(k))
    else {
        return false;
    };
    reading(&AroundCue { cue: later, ..*at }, None).is_some_and(|reading| {
        let closes = reading.content.end <= later.first;
        let holds = reading.content.first <= cue.first && cue.first < reading.content.end;
        holds && closes
    })
}

/// Whether the cue at `cue` is the subject's second verb, after "and" or
/// "but" and perhaps an auxiliary: "visited the plant and said", "visited
/// the plant and has promised to keep it open". After an auxiliary the cue
/// must open a clause or an infinitive, as a cue with a thing for its
/// object is no speech there: "had confirmed 68 nominees", "has pledged his
/// support".
fn joins_second_verb(finder: &Finder, cue: usize) -> bool {
    let word = |k: usize| finder.doc.word(k);
    let auxiliary =
        cue > 1 && (MODAL_VERBS.contains(word(cue - 1)) || word_in(word(cue - 1), HAVE_FORMS));
    if !auxiliary {
        // An adverb of time or addition may stand before a finite cue: "and
        // then said", "but also said" ("and later threatening him" is a
        // doing).
        let adverb = cue > 1
            && word_in(word(cue - 1), &["then", "also", "later"])
            && !word(cue).ends_with("ing");
        let joiner = if adverb { cue - 2 } else { cue.wrapping_sub(1) };
        // "then" alone may join after a comma: "offered him a job, then said …".
        let then_after_comma =
            adverb && word_is(word(cue - 1), "then") && finder.doc.tokens[joiner].is_punct(',');
        return word_in(word(joiner), ADDING_CONJUNCTIONS) || then_after_comma;
    }
    let opens = word_in(word(cue + 1), &["to", "that"]) || SUBJECT_PRONOUNS.contains(word(cue + 1));
    opens && word_in(word(cue - 2), ADDING_CONJUNCTIONS)
}

/// Where the words before the cue at `cue` stop being its time or its
/// setting: "and on Monday announced", "but in a later interview said".
fn before_scene_of_cue(finder: &Finder, cue: usize, first: usize) -> usize {
    let end = finder.before_time(cue, first, &["on", "in", "at", "last", "this"]);
    finder.before_setting_phrase(cue, end, first)
}

/// Whether the `content` a rule found after or around the cue at `cue` is
/// no clause that reports anything.
fn is_no_clause(finder: &Finder, cue: Span, content: Span) -> bool {
    let (c_first, c_end) = (content.first, content.end);
    // A setting alone is no clause: "said at the time."
    let words_in = |a: usize, b: usize| (a..b).filter(|&k| finder.doc.is_word(k)).count();
    if word_in(finder.doc.word(c_first), &["at", "in", "on", "during"])
        && words_in(c_first, c_end) <= 4
    {
        return true;
    }
    // A time alone is no clause, perhaps after the word that places the
    // saying in it: "Earlier this week, Roe wrote to the board, urging …".
    let time_alone = finder
        .times
        .iter()
        .any(|t| t.first <= c_first + 1 && c_first < t.end && t.end >= c_end);
    if time_alone && words_in(c_first, c_end) <= 5 {
        return true;
    }
    // A cue before "than" is one side of a comparison, not a saying:
    // "easier said than done", "more often promised than kept".
    if c_first == cue.end && word_is(finder.doc.word(c_first), "than") {
        return true;
    }
    if is_topic(finder, cue, content)
        || brings_to_mind(finder, cue)
        || says_an_amount_of_none(finder, cue, c_first)
    {
        return true;
    }
    // What was said, named by a pronoun, is no clause: "said them, but not
    // before the damage was done" ("urged him to resign" opens one). "her"
    // may own the clause's subject: "said her $4 billion fortune was …".
    let pronoun = finder.doc.word(c_first);
    let pronoun_alone = OBJECT_PRONOUNS.contains(pronoun)
        && !word_is(pronoun, "her")
        && finder
            .doc
            .token(c_first + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(_)));
    if c_first == cue.end && pronoun_alone {
        return true;
    }
    // A clause needs a subject of its own, unless the cue's source is the
    // subject of a relative clause (`relative_gap`).
    let verb_first = word_in(
        finder.doc.word(c_first),
        &[
            "has", "have", "had", "is", "are", "was", "were", "would", "will", "could", "should",
            "can", "so", "and", "but", "or", "because",
        ],
    );
    if verb_first
        && c_first >= cue.end
        && !word_is(finder.doc.word(c_first.wrapping_sub(1)), "that")
    {
        return true;
    }
    // A cue closing a parenthesis ("19%, Gutin says)") attributes what is inside it.
    finder
        .doc
        .tokens
        .get(c_first)
        .is_some_and(|t| t.is_punct(')'))
}

/// Whether the content at `first`, right after the cue at `cue`, is an
/// amount of what was said that comes to none, which reports no claim as
/// "did not say" reports none: "said nothing about the levy", "has said
/// little", "said next to nothing" (`NONE_AMOUNTS`, `NONE_GRADES`). With a
/// verb of its own the amount is the subject of what was said: "said
/// nothing would change".
fn says_an_amount_of_none(finder: &Finder, cue: Span, first: usize) -> bool {
    let word = |k: usize| finder.doc.word(k);
    let amount = (first..first + 3).find(|&k| !NONE_GRADES.contains(word(k)));
    first == cue.end
        && amount.is_some_and(|k| NONE_AMOUNTS.contains(word(k)) && !finder.is_finite_verb(k + 1))
}

/// The relative pronoun the verb right after the cue at `cue` goes on
/// from, before the cue's source: "the rules, which officials said will
/// take effect", "a charity that prosecutors said was funding rebels".
/// Such a clause has no subject of its own because the pronoun is its
/// subject, and what follows the cue is what the source said of the
/// pronoun's noun. "what" is left out, as the writer so often names the
/// thing in his own words: "to end what she said were harsh rules".
fn relative_gap(finder: &Finder, cue: Span, first: usize) -> Option<usize> {
    let word = |k: usize| finder.doc.word(k);
    let gap_cue = cue_lemma(word(cue.first)).is_some_and(|lemma| GAP_CUES.contains(lemma));
    if !gap_cue || !FINITE_AUXILIARIES.contains(word(cue.end)) {
        return None;
    }
    let subject = finder.subject_before(cue.first, first)?;
    let pronoun = subject.first.checked_sub(1)?;
    (pronoun > first
        && finder.doc.is_word(pronoun)
        && word_in(word(pronoun), &["which", "who", "that"]))
    .then_some(pronoun)
}

/// "the rules, which officials said will take effect soon, apply to …":
/// the source before the cue said what follows it of the relative
/// pronoun's noun, up to where the sentence's own verb comes back when the
/// clause is set off by commas, or where a second relative clause of the
/// writer's is joined to it ("who officials say is tied to the army and who
/// ran the site").
fn through_relative_gap(at: &AroundCue, subject: Span) -> Option<Reading> {
    let (finder, cue, first, _, content_end) = at.parts();
    let pronoun = relative_gap(finder, cue, first)?;
    let set_off = finder.doc.tokens[pronoun - 1].is_punct(',');
    let second_relative = |k: usize| {
        word_in(finder.doc.word(k), ADDING_CONJUNCTIONS)
            && word_is(finder.doc.word(k + 1), finder.doc.word(pronoun))
    };
    let end = (cue.end + 1..content_end)
        .find(|&k| set_off && main_clause_resumes(finder, k) || second_relative(k))
        .unwrap_or(content_end);
    Some(Reading::found(
        StatementRule::ReportedSourceBefore,
        subject,
        Span::new(cue.end, end),
    ))
}

/// Whether the `content` right after the cue at `cue` is a topic, not what
/// was said: "things he said about tenants", "told of a nurse". A figure
/// after "about" opens a clause ("said about 40 people came", "about half
/// of them"); a quote in the content is what was said ("said of the
/// flood, “It was the worst”"), and a topic before a colon is kept as the
/// lead-in that the quoted paragraph after it goes on from.
fn is_topic(finder: &Finder, cue: Span, content: Span) -> bool {
    let (c_first, c_end) = (content.first, content.end);
    let word = |k: usize| finder.doc.word(k);
    let figure = finder
        .doc
        .token(c_first + 1)
        .is_some_and(|t| t.kind == Kind::Number)
        || number_word(word(c_first + 1)).is_some()
        || SHARE_WORDS.contains(word(c_first + 1))
        || word_in(word(c_first + 1), INDEFINITE_ARTICLES)
            && SHARE_WORDS.contains(word(c_first + 2));
    let quoted = (c_first..c_end).any(|k| finder.doc.tokens[k].is_quote())
        || finder.doc.token(c_end).is_some_and(|t| t.is_punct(':'));
    c_first == cue.end && word_in(word(c_first), &["about", "of"]) && !figure && !quoted
}

/// Whether "of" or "about" follows the audience of the "remind" or
/// "assure" at `cue`, which then bring a thing to mind or make it sure and
/// report nothing: "reminded voters of his years in the city", "assure her
/// of a win". The audience is a few words before "of", which goes on
/// when a name follows "of" or "that" comes soon after it: "assured
/// members of Congress that …", "assured a crowd of supporters that …".
fn brings_to_mind(finder: &Finder, cue: Span) -> bool {
    let word = |k: usize| finder.doc.word(k);
    let lemma = cue_lemma(word(cue.first));
    if !lemma.is_some_and(|lemma| BRINGING_TO_MIND_CUES.contains(lemma)) {
        return false;
    }
    (cue.end..cue.end + 5)
        .take_while(|&k| finder.doc.is_word(k) && !word_is(word(k), "that"))
        .find(|&k| word_in(word(k), &["of", "about"]))
        .is_some_and(|k| {
            let that_follows = (k + 1..k + 7).any(|j| word_is(word(j), "that"));
            !is_capitalized(word(k + 1)) && !that_follows
        })
}

/// Whether the content `c_first..c_end`, found past a comma after the cue
/// at `cue`, opens with a source and a cue of its own ("While Clinton
/// pledged to work with both parties, Sanders insisted that …"): then it is
/// that source's statement.
fn has_own_source(finder: &Finder, cue: Span, c_first: usize, c_end: usize) -> bool {
    let tokens = finder.doc.tokens;
    let past_comma = c_first > cue.end && (cue.end..c_first).any(|k| tokens[k].is_punct(','));
    past_comma
        && (c_first + 1..(c_first + 5).min(c_end)).any(|c| {
            finder.cue_at(c).is_some()
                && finder
                    .subject_before(c, c_first)
                    .is_some_and(|subject| subject.first == c_first)
        })
}

/// Where the reported clause that starts at `c_first` ends, at most at
/// `c_end`, without the punctuation that closes it.
fn reported_clause_end(at: &AroundCue, c_first: usize, c_end: usize) -> usize {
    let AroundCue { finder, cue, .. } = *at;
    // A contrasting clause after a comma is the writer's, not the source's,
    // and so is a second verb of the subject ("… and predicted that").
    // A clause before its cue is cut by the cue itself, not by these.
    let forward = c_first > cue.first;
    let cut = (c_first + 1..c_end)
        .filter(|_| forward)
        .find(|&k| ends_reported_clause(finder, k, c_end));
    let cut = cut.unwrap_or(c_end);
    let opening = opening_clause_end(at, c_first, cut).unwrap_or(cut);
    trim_end(finder.doc.tokens, c_first, opening)
}

/// Where the sentence's opening subordinate clause ends when the cue is
/// inside it: "While Doe said the plan would fail, it passed", "If he said
/// he'd hold a hearing, it's unlikely …". The comma that closes such a
/// clause opens the writer's main clause, which is no part of what was
/// said. The clause holds the cue only when no comma comes between the
/// sentence's start and the content; "As the Herald reported, …" reports
/// the clause after its comma, and so does "As Roe pointed out with a
/// chart, …", whose words before the comma are a setting. A comma before
/// "and" or another joiner goes on with the clause ("he says he “loves
/// China,” and “…,” he …"), one before "which" or "who" goes on
/// describing it, and one before a quotation leads into what was said ("As
/// Roe had written years earlier, “…”").
fn opening_clause_end(at: &AroundCue, c_first: usize, c_end: usize) -> Option<usize> {
    let AroundCue {
        finder, cue, first, ..
    } = *at;
    let tokens = finder.doc.tokens;
    let opener = (first..cue.first).find(|&k| finder.doc.is_word(k))?;
    let word = |k: usize| finder.doc.word(k);
    let subordinate = opens_subordinate_clause_at(finder, opener);
    // A comma outside quotes, or the closing mark after a quoted comma
    // ("… as “Medicare for all,” Clinton …"); a mark that opens a quote
    // after an unquoted comma is no such close.
    let comma = |k: usize| {
        let quoted_comma = tokens[k].is_quote() && k > 0 && finder.quoted[k - 1];
        finder.ends_clause(k) && (quoted_comma || !finder.quoted[k] && !tokens[k].is_quote())
    };
    let setting = LEAD_IN_PREPOSITIONS.contains(word(c_first));
    if !subordinate || setting || c_first <= cue.first || (first..c_first).any(comma) {
        return None;
    }
    let main_clause = |k: usize| {
        let opens = finder
            .doc
            .token(k + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number));
        opens && !COORDINATORS.contains(word(k + 1)) && !RELATIVE_OPENERS.contains(word(k + 1))
    };
    // A quotation closed by the comma is kept whole: "… as “full,”".
    let cut = (c_first + 1..c_end).find(|&k| comma(k) && main_clause(k))?;
    Some(if tokens[cut].is_quote() { cut + 1 } else { cut })
}

/// Whether a subordinate clause opens at the word `k`: "While …", "Even
/// if …".
fn opens_subordinate_clause_at(finder: &Finder, k: usize) -> bool {
    let word = |k: usize| finder.doc.word(k);
    OPENING_SUBORDINATORS.contains(word(k))
        || word_is(word(k), "even") && OPENING_SUBORDINATORS.contains(word(k + 1))
}

/// Whether the reported clause that runs to `c_end` ends before token `k`:
/// at a second verb of the subject, another source, the writer's own
/// words, a semicolon, a contrasting clause or a participle of saying.
fn ends_reported_clause(finder: &Finder, k: usize, c_end: usize) -> bool {
    let tokens = finder.doc.tokens;
    // A comma outside quotes, or a closing mark after a quoted comma: "…
    // “a crazy policy,” adding …". After a quote only "while" and "whereas"
    // turn to the writer's contrast ("“isn’t planning to endorse anyone,”
    // while Collins …"); "but" there most often goes on with the quoted
    // point ("are “right to be angry,” but also hungry for …").
    let comma = finder.ends_clause(k) && (tokens[k].is_quote() || !finder.quoted[k]);
    let contrast_after_quote =
        tokens[k].is_quote() && comma && word_in(finder.doc.word(k + 1), &["while", "whereas"]);
    second_verb_at(finder, k)
        || next_source_at(finder, k, c_end)
        || joined_source_at(finder, k, c_end)
        || writers_addition_at(finder, k)
        || tokens[k].is_punct(';')
        || contrast_after_quote
        || contrast_at(finder, k)
        // A participle of saying starts the source's next statement
        // ("…, adding that …", "…, “a crazy policy,” adding, “…”"); another
        // participle most often goes on with what was said ("…, allowing
        // people to see …").
        || (comma
            && finder.doc.is_word(k + 1)
            && finder.doc.word(k + 1).ends_with("ing")
            && cue_lemma(finder.doc.word(k + 1)).is_some())
}

/// Whether the comma at `k` turns from what was said to the writer's own
/// words about the speaker: a second predicate of the speaker with no
/// subject ("…, and has championed an agenda …", "…, and called him …"), a
/// participle of the writer's (`WRITERS_PARTICIPLES`: "…, citing legal
/// risks") or a comparison with another who did the same ("…, as have
/// other Democrats").
fn writers_addition_at(finder: &Finder, k: usize) -> bool {
    let word = |i: usize| finder.doc.word(i);
    if !finder.doc.tokens[k].is_punct(',') || finder.quoted[k] {
        return false;
    }
    // "as has been the case" compares within what was said.
    let comparison = word_is(word(k + 1), "as")
        && word_in(word(k + 2), &["has", "have", "had", "did", "do", "does"])
        && !word_is(word(k + 3), "been");
    comparison || WRITERS_PARTICIPLES.contains(word(k + 1)) || speakers_predicate_at(finder, k + 1)
}

/// Whether "and" at `k` opens a second predicate with no subject of its
/// own, in the past tense after an auxiliary or with its object after it:
/// "and has championed an agenda", "and called him", "and railed about".
/// The auxiliary or the object tells the verb from an adjective before a
/// noun ("and repaired bridges", "and classified information").
fn speakers_predicate_at(finder: &Finder, k: usize) -> bool {
    let word = |i: usize| finder.doc.word(i);
    if !word_is(word(k), "and") {
        return false;
    }
    let auxiliary = word_in(word(k + 1), HAVE_FORMS);
    let mut verb = k + 1 + usize::from(auxiliary);
    if word_in(word(verb), &["also", "then", "later"]) {
        verb += 1;
    }
    let past =
        is_verb_form(word(verb)) && word(verb).ends_with("ed") || is_irregular_past(word(verb));
    let object = word(verb + 1);
    past && (auxiliary
        || is_determiner(object)
        || OBJECT_PRONOUNS.contains(object)
        || word_in(object, &["it", "about", "on", "that"]))
}

/// Whether the comma at `k` opens the writer's contrasting clause: "…,
/// while Roe …", "…, but he …", "…, though he did not say who".
fn contrast_at(finder: &Finder, k: usize) -> bool {
    let word = |i: usize| finder.doc.word(i);
    // ", though" and ", although" go on with what was said ("the plan
    // would work, though it will take time"), unless the writer turns to
    // the speaker ("…, though he did not say who"). "even" turns only as "even though" or
    // to the speaker ("…, even as he has attacked …"); otherwise it
    // stresses a word of the clause ("a darker, even authoritarian,
    // vision", "even as prices rose", "even if"). ", despite" goes on with
    // it too ("he is not giving up, despite trailing in every poll").
    let turns = word_in(word(k + 1), &["while", "whereas", "but"])
        || word_in(word(k + 1), &["though", "although"])
            && word_in(word(k + 2), &["he", "she", "they"])
        || word_is(word(k + 1), "even") && turns_after_even(finder, k + 1);
    // "said that A, but that B": a second clause of the same verb, or a
    // contrast within what was said.
    let continuing = CONTINUING_CONTRASTS
        .iter()
        .any(|&(a, b)| word_is(word(k + 1), a) && word_is(word(k + 2), b));
    finder.doc.tokens[k].is_punct(',')
        && !finder.quoted[k]
        && turns
        && !continuing
        && !continues_reported_subject(finder, k + 1)
}

/// Whether "even" at `k` opens the writer's contrast rather than stressing
/// a word of what was said: "even though …", "even as he …".
fn turns_after_even(finder: &Finder, k: usize) -> bool {
    let (next, after) = (finder.doc.word(k + 1), finder.doc.word(k + 2));
    word_is(next, "though") || word_is(next, "as") && word_in(after, &["he", "she", "they"])
}

/// Whether "but" at `k` goes on with the reported clause's own subject, an
/// auxiliary or modal with no subject of its own after it: "he had
/// received offers, but couldn’t say from whom", "the deal is fair, but
/// will cost jobs". The writer's contrast names its subject ("…, but he
/// …") or turns to the speaker's doing ("…, but did not explain", "…, but
/// had a darker view"); a negated "have" is an auxiliary ("hasn’t decided").
fn continues_reported_subject(finder: &Finder, k: usize) -> bool {
    let word = finder.doc.word(k + 1);
    let base = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n’t"));
    let auxiliary = |w: &str| MODAL_VERBS.contains(w) || word_in(w, BE_FORMS);
    let verb = auxiliary(word)
        || base
            .is_some_and(|b| auxiliary(b) || word_in(b, HAVE_FORMS) || word_in(b, &["ca", "wo"]));
    word_is(finder.doc.word(k), "but") && verb && !SUBJECT_PRONOUNS.contains(finder.doc.word(k + 2))
}

/// Whether a second verb of the subject opens at token `k`: "and added",
/// "and says", or "and" with a pronoun after a comma or a dash. The second
/// verb is inflected: a bare form after "and" is more often a noun
/// ("federal and state law"). "it" after ", and" goes on with what was
/// said, as it most often stands for a thing of the clause ("the levy would
/// pay for 900 homes, and it would cost renters nothing"), not the source.
fn second_verb_at(finder: &Finder, k: usize) -> bool {
    let tokens = finder.doc.tokens;
    let next = finder.doc.word(k + 1);
    word_in(finder.doc.word(k), ADDING_CONJUNCTIONS)
        && !finder.quoted[k]
        && (cue_lemma(next).is_some_and(|base| !word_is(next, base))
            || (matches!(tokens[k - 1].kind, Kind::Punct(',' | '—' | '–'))
                && SUBJECT_PRONOUNS.contains(next)
                && !word_is(next, "it")))
}

/// Whether another source with a cue of its own follows the comma at `k`,
/// before `c_end`: "one company says X, another says Y", "Roe vowed to cut
/// taxes, and Lee is promising to raise them". "but" with an auxiliary and
/// no subject names no source: in "the levy would slow building, but would
/// eventually add 900 homes" the clause's own subject goes on.
fn next_source_at(finder: &Finder, k: usize, c_end: usize) -> bool {
    let tokens = finder.doc.tokens;
    // A relative clause with a source of its own ("the announcement,
    // which some have argued was a ploy, was an insult") goes on with it.
    // After ", and" the source may take a word more: ", and human rights
    // groups warned". A capitalised cue word inside a sentence is part of a
    // name: ", the Post reporter, saw".
    let reach = if word_in(finder.doc.word(k + 1), ADDING_CONJUNCTIONS) {
        6
    } else {
        5
    };
    tokens[k].is_punct(',')
        && !finder.quoted[k]
        && !continues_reported_subject(finder, k + 1)
        && (k + 2..(k + reach).min(c_end)).any(|c| {
            // A participle goes on with the clause, unless a form of "be"
            // makes it the other source's verb: ", and Lee is arguing".
            let progressive = word_in(finder.doc.word(c - 1), BE_FORMS);
            finder.doc.is_word(c)
                && speaks_at(finder, c)
                && !is_capitalized(finder.doc.word(c))
                && (!finder.doc.word(c).ends_with("ing") || progressive)
                && !(closes_clause_after_that(finder, k) && after_auxiliary(finder, c))
        })
}

/// Whether an auxiliary or a modal stands one or two words before the
/// word at `c`: "is often asked", "should have insisted". After a clause
/// of time or condition such a verb is its main clause's, where a source
/// would say plainly "he argued".
fn after_auxiliary(finder: &Finder, c: usize) -> bool {
    let auxiliary =
        |w: &str| word_in(w, BE_FORMS) || word_in(w, HAVE_FORMS) || MODAL_VERBS.contains(w);
    (c.saturating_sub(2)..c).any(|j| auxiliary(finder.doc.word(j)))
}

/// Whether the comma at `k` closes a clause of time or condition that
/// opens right after "that", or after "that" and an adverb set off by a
/// comma: "said that when she visits schools, she is often asked …",
/// "pleased that lately, when he walks downtown, he is …". What follows is
/// that clause's main clause, still what was said; a source there says so
/// with its plain cue ("that while the server was no part of it, he argued
/// …").
fn closes_clause_after_that(finder: &Finder, k: usize) -> bool {
    let word = |i: usize| finder.doc.word(i);
    let after_that = |j: usize| j > 0 && word_is(word(j - 1), "that");
    let after_adverb =
        |j: usize| j > 2 && finder.doc.tokens[j - 1].is_punct(',') && after_that(j - 2);
    (k.saturating_sub(SUBORDINATE_REACH)..k)
        .rev()
        .take_while(|&j| !finder.ends_clause(j))
        .any(|j| OPENING_SUBORDINATORS.contains(word(j)) && (after_that(j) || after_adverb(j)))
}

/// Whether the word at `c` is a word of saying that may speak where it
/// stands: one of `CLAUSE_ONLY_CUES` only where it is a usable cue, so
/// "…, and some speculated about his health" goes on with the clause.
fn speaks_at(finder: &Finder, c: usize) -> bool {
    cue_lemma(finder.doc.word(c))
        .is_some_and(|lemma| !CLAUSE_ONLY_CUES.contains(lemma) || finder.cue_at(c).is_some())
}

/// Whether "and" at `k`, with no comma before it, opens a clause of another
/// source and its cue within a few words, before `c_end`: "they will not
/// attend and others have said …", "… and one in four said …". The source
/// opens a noun phrase or a figure after a common noun, so that "and" ends
/// a clause rather than joining names ("Mills and another aide asked …");
/// a pronoun may be the speaker going on ("… and she said she would not
/// run"). The cue is a past form or "says": a bare or plural form is as
/// often a noun ("and cut demand", "grants Palestinians a state"), and a
/// participle goes on with the clause ("and the race continuing").
fn joined_source_at(finder: &Finder, k: usize, c_end: usize) -> bool {
    let word = |i: usize| finder.doc.word(i);
    let opener = word(k + 1);
    let after_noun = finder.doc.is_word(k - 1) && !is_capitalized(word(k - 1));
    let source = is_determiner(opener)
        || finder
            .doc
            .token(k + 1)
            .is_some_and(|t| t.kind == Kind::Number)
        || number_word(opener).is_some()
        || word_in(opener, &["others", "many", "some", "most"]);
    let cue = |c: usize| {
        let w = word(c);
        let past = cue_lemma(w).is_some_and(|base| !word_is(w, base))
            && !w.ends_with('s')
            && !w.ends_with("ing");
        finder.doc.is_word(c) && !finder.quoted[c] && (past || word_is(w, "says"))
    };
    word_is(word(k), "and")
        && !finder.quoted[k]
        && after_noun
        && source
        && (k + 2..(k + 5).min(c_end)).any(|c| cue(c) && (k + 1..c).all(|w| finder.doc.is_word(w)))
}

/// Makes `statement` direct speech when `quote`, the one quote inside its
/// clause, dominates the clause: it holds at least three fifths of the
/// clause's `words` and is no fragment that closes the clause, or the
/// clause is nothing but the quote.
fn quote_as_statement(finder: &Finder, statement: &mut RawStatement, quote: Quote, words: usize) {
    let (c_first, c_end) = (statement.first, statement.end);
    let content = quote.content();
    let (q_first, q_end) = (content.first, content.end);
    let quoted_words = (q_first..q_end.min(c_end))
        .filter(|&k| finder.doc.is_word(k))
        .count();
    // A quote that opens in lower case and closes the clause is a fragment
    // of it, and the clause is the statement: "said that Roe was “weak
    // like a baby.”" A quote that opens with a capital is a sentence of
    // the speaker's own, one that runs on past the clause is more of what
    // was said than the clause holds, and one with the clause going on
    // after it ("that Mexico “came prepared …” to help stem …") is read as
    // the quoted words alone.
    let fragment = finder.doc.is_word(q_first)
        && !is_capitalized(finder.doc.word(q_first))
        && quote.closed
        && quote.close + 1 == c_end;
    if quoted_words * 5 >= words * 3 && !fragment {
        statement.kind = StatementKind::Direct;
        statement.first = q_first;
        statement.end = if quote.closed {
            q_end
        } else {
            trim_end(finder.doc.tokens, q_first, q_end)
        };
    } else if quote.open == c_first && quote.close + 1 >= c_end {
        // A clause that is nothing but one quote is direct speech.
        statement.kind = StatementKind::Direct;
        statement.first = q_first;
        statement.end = q_end;
    }
}

/// Whether the inverted source `subject` closes the sentence around the
/// cue: nothing follows it, or only the setting of the saying, or after a
/// comma a description or the name of the role it holds ("…, said Marla
/// Roe, executive director of the group.", "said the company's chief
/// executive, John J. Roe.").
fn closes_after_cue(at: &AroundCue, subject: Span) -> bool {
    let (finder, _, first, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let next = finder.doc.word(subject.end + 1);
    let comma_follows = subject.end < end && tokens[subject.end].is_punct(',');
    trim_end(tokens, first, end) <= subject.end + 1
        || setting_closes(finder, subject, content_end)
        || relative_closes(finder, subject, content_end)
        || (comma_follows
            && (opens_noun_phrase(next)
                || crate::grammar::is_role_head(next)
                || (subject.end + 1..content_end)
                    .all(|w| !finder.doc.is_word(w) || is_capitalized(finder.doc.word(w)))))
}

/// Whether a relative clause about the inverted source closes the sentence
/// after it, with or without a comma: "…, said an official who asked not to
/// be named.", "…, said Tom Reyes, who runs the agency.". The clause only
/// describes the speaker; the content stands before the cue.
fn relative_closes(finder: &Finder, subject: Span, content_end: usize) -> bool {
    let comma = subject.end < content_end && finder.doc.tokens[subject.end].is_punct(',');
    let at = subject.end + usize::from(comma);
    at + 1 < content_end && word_in(finder.doc.word(at), &["who", "whose"])
}

/// Whether a relative pronoun that describes a person or a body opens at
/// `k`: "who", "whose", "which".
fn opens_relative(finder: &Finder, k: usize) -> bool {
    word_in(finder.doc.word(k), &["who", "whose", "which"])
}

/// The comma that closes the content before a source that ends its
/// sentence: right before it ("…, Johnson said.") or, when the attribution
/// `closes` the sentence, before the "as" that makes it an aside ("…, as
/// the Times reported on Saturday.", "…, as Roe noted in her column."). A
/// pronoun's contraction there is no source ("…, as he’s often alleged").
fn comma_before_source(
    finder: &Finder,
    subject: Span,
    first: usize,
    closes: bool,
) -> Option<usize> {
    let before = subject.first.checked_sub(1)?;
    let contracted = finder.doc.word(subject.end - 1).contains(['\'', '’']);
    let comma = if word_is(finder.doc.word(before), "as") {
        (closes && !contracted).then_some(before.checked_sub(1)?)?
    } else {
        before
    };
    (comma > first && finder.ends_clause(comma)).then_some(comma)
}

/// Whether an inverted source closes its sentence with only the setting of
/// the saying after it: "…, said Ann Lee on Tuesday.", "…, says a spokesman
/// in Sydney.". A "source" that holds a verb of its own is a clause ("…,
/// said his survey showed support holding after the debate.").
fn setting_closes(finder: &Finder, subject: Span, content_end: usize) -> bool {
    let doc = finder.doc;
    let verb =
        (subject.first + 1..subject.end).any(|k| is_past_tense(doc.word(k), doc.word(k - 1)));
    !verb && finder.only_setting(subject.end, content_end)
}

/// A cue and the sentence around it, as the rules that find reported
/// speech read them: the sentence is `first..end`, and its content may run
/// to `content_end`, before the final punctuation.
#[derive(Clone, Copy)]
struct AroundCue<'f, 'a> {
    finder: &'f Finder<'a>,
    cue: Span,
    first: usize,
    end: usize,
    content_end: usize,
}

/// The source and content a rule found around a cue, in tokens, and the
/// phrase a relative pronoun stands for.
struct Reading {
    rule: StatementRule,
    mention: Span,
    content: Span,
    antecedent: Option<Span>,
}

impl Reading {
    /// What `rule` found: a source that names itself, and its content.
    fn found(rule: StatementRule, mention: Span, content: Span) -> Reading {
        Reading {
            rule,
            mention,
            content,
            antecedent: None,
        }
    }
}

impl<'f, 'a> AroundCue<'f, 'a> {
    /// The cursor, the cue, the sentence's first and end tokens, and where
    /// its content may end.
    fn parts(&self) -> (&'f Finder<'a>, Span, usize, usize, usize) {
        (
            self.finder,
            self.cue,
            self.first,
            self.end,
            self.content_end,
        )
    }
}

/// "According to X, CONTENT.", "CONTENT, according to X.": the source follows
/// "according to".
fn according_to(at: &AroundCue) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let named = finder.subject_after(cue.end, end)?;
    // A document speaks for whoever issued it: "according to a report by
    // the Urban Institute" is the institute's claim.
    let issuer = finder.issuer_of_document(named, end);
    let subject = issuer.unwrap_or(named);
    let content = if cue.first == first || (cue.first == first + 1 && !finder.doc.is_word(first)) {
        // "According to X, CONTENT." An issuer named before its document
        // ends before the phrase does: "According to a Pew survey, …".
        let mut start = opening_phrase_end(finder, subject.end.max(named.end), content_end);
        while start < end && tokens[start].is_punct(',') {
            start += 1;
        }
        Span::new(start, content_end)
    } else {
        around_according_to(finder, first, cue, subject.end.max(named.end), content_end)
    };
    let rule = match issuer {
        Some(_) => StatementRule::ReportedAccordingToDocument,
        None => StatementRule::ReportedAccordingTo,
    };
    Some(Reading::found(rule, subject, content))
}

/// The content of an "according to X" tag that does not open its sentence,
/// whose source's phrase ends at `source_end`. A tag that closes a clause
/// reports the clause before it ("CONTENT, according to X, an analyst at
/// Y."); one the words before only lead into ("But, according to X,
/// CONTENT", "…, because, according to X, CONTENT", "While A, according to
/// X, CONTENT") reports the clause after it; one that interrupts a clause
/// ("Since May, according to X, forces have …") reports the whole sentence.
fn around_according_to(
    finder: &Finder,
    first: usize,
    cue: Span,
    source_end: usize,
    content_end: usize,
) -> Span {
    let tokens = finder.doc.tokens;
    let before = trim_end(tokens, first, cue.first);
    let start = aside_start(finder, first, cue.first, content_end);
    // A tag inside parentheses closes with them, and one before them ends
    // there: "(… white, according to exit polls), Ohio (79 percent) …",
    // "…, according to exit polls (a wide margin, but …)"; so does one
    // before a dash ("That's according to members of the caucus — a panel
    // of activists in Iowa, Ohio …").
    let comma = opening_phrase_end(finder, source_end, content_end);
    let closed =
        (source_end..comma).any(|k| matches!(tokens[k].kind, Kind::Punct('(' | ')' | '—' | '–')));
    if closed
        || !tokens.get(comma).is_some_and(|t| t.is_punct(','))
        || !goes_on_after(finder, comma + 1, content_end)
    {
        return Span::new(start, before);
    }
    if leads_into_clause(finder, start, before) {
        return Span::new(comma + 1, content_end);
    }
    Span::new(start, content_end)
}

/// Where the claim before a closing "according to" opens: after a colon,
/// an opening parenthesis or a dash (see [`dashed_aside`]) that the
/// sentence's own words lead up to ("The tax has not hurt the city: London
/// was first, according to one index", "(the true figure is 15 percent,
/// according to X)"), else at `first`.
/// A parenthesis closed before the tag ("a 0.85% return (price change plus
/// dividends), according to X") is an aside of the sentence's own.
fn aside_start(finder: &Finder, first: usize, tag: usize, content_end: usize) -> usize {
    let tokens = finder.doc.tokens;
    let before = trim_end(tokens, first, tag);
    let opener = (first..tag)
        .rev()
        .take_while(|&k| !tokens[k].is_punct(')'))
        .find(|&k| !finder.quoted[k] && matches!(tokens[k].kind, Kind::Punct(':' | '(')))
        .max(dashed_aside(finder, first, tag, content_end));
    // A colon that opens a list ("three aides: Ann Lee, Bo Roe and Cy Yu,
    // according to X") leaves the claim to the whole sentence.
    let list = |k: usize| {
        let commas = (k..before).filter(|&c| tokens[c].is_punct(',')).count();
        let and = (k..before).any(|w| word_is(finder.doc.word(w), "and"));
        tokens[k].is_punct(':') && (commas > 1 || commas == 1 && and)
    };
    match opener {
        Some(k) if !list(k) && (k + 1..before).filter(|&w| finder.doc.is_word(w)).count() >= 3 => {
            k + 1
        }
        _ => first,
    }
}

/// The dash before the "according to" at `tag` that opens an aside the
/// tag is in, closed by a dash after it: "Many voters - who made up 46
/// percent of the turnout, according to a poll - stayed home". A dash is
/// one only when set off by spaces ("--" is one), and one closed before
/// the tag ("the resort -- now a golf club -- was sold, according to X")
/// or never closed ("… 13 million votes - 13.3 million to be exact,
/// according to X") opens none.
fn dashed_aside(finder: &Finder, first: usize, tag: usize, content_end: usize) -> Option<usize> {
    let tokens = finder.doc.tokens;
    let dash = |k: usize| match tokens[k].kind {
        Kind::Punct('—' | '–') => true,
        Kind::Punct('-') => tokens[k].space_before || k > 0 && tokens[k - 1].is_punct('-'),
        _ => false,
    };
    let starts = |k: usize| dash(k) && !(k > first && dash(k - 1));
    let before: Vec<usize> = (first..tag).filter(|&k| starts(k)).collect();
    let closed_after = (tag..content_end).any(|k| dash(k) && !finder.quoted[k]);
    (before.len() % 2 == 1 && closed_after)
        .then(|| before.last().map(|&k| k + usize::from(dash(k + 1))))
        .flatten()
}

/// Whether the words from `start` to `content_end`, after the comma that
/// closes an "according to" source, go on with the sentence rather than
/// describe the source or add a clause of their own: "…, according to
/// Roe, an analyst at Y", "…, the station in Leeds", "…, who ran the count".
fn goes_on_after(finder: &Finder, start: usize, content_end: usize) -> bool {
    let doc = finder.doc;
    let words = (start..content_end).filter(|&k| doc.is_word(k)).count();
    let opener = doc.word(start);
    let verb = |k: usize| {
        let w = doc.word(k);
        word_in(w, BE_FORMS)
            || word_in(w, HAVE_FORMS)
            || MODAL_VERBS.contains(w)
            || w.ends_with("ed")
            || is_irregular_past(w)
    };
    // A description runs to the next comma; a clause after that comma
    // ("…, a tax aide, whose figures were checked") may be the description's
    // own.
    let phrase_end = (start..content_end)
        .find(|&k| doc.tokens[k].is_punct(',') && !finder.quoted[k])
        .unwrap_or(content_end);
    // A name is one when a comma sets it off too: "…, according to a memo
    // by its owner, Kohlberg Kravis Roberts & Co., to bankers". A role
    // may open one without an article: "…, according to Ann Lee, director
    // of the Harbor Trust, which …".
    let article = word_in(opener, &["a", "an", "the"]);
    let name = is_capitalized(opener) && phrase_end < content_end;
    let role = crate::grammar::is_role_head(opener);
    let description = (article || name || role) && !(start..phrase_end).any(verb);
    words >= 3 && !description && !SOURCE_AFTERWORDS.contains(opener)
}

/// Whether the words before a middle "according to", from `start` to
/// `before`, only lead into the clause after it: a lone word that joins
/// clauses ("But, according to X, …"), a last word that opens one ("…,
/// because, according to X, …"), or a clause of time or reason of five
/// words or more that runs up to the tag ("While most were kept, according
/// to X, two …"; not "Though A, B, according to X, …", where B is the claim).
fn leads_into_clause(finder: &Finder, start: usize, before: usize) -> bool {
    let doc = finder.doc;
    let words: Vec<usize> = (start..before).filter(|&k| doc.is_word(k)).collect();
    let commas = (start..before).any(|k| doc.tokens[k].is_punct(',') && !finder.quoted[k]);
    match words[..] {
        [only] => COORDINATORS.contains(doc.word(only)) || CLAUSE_OPENERS.contains(doc.word(only)),
        [.., last] if CLAUSE_OPENERS.contains(doc.word(last)) => true,
        _ => SUBORDINATORS.contains(doc.word(start)) && words.len() >= 5 && !commas,
    }
}

/// Where "According to X" ends when its source's phrase, read up to `end`,
/// stopped before the comma that closes it: at that comma. The phrase may
/// go on past what names the source ("According to exit polls conducted by
/// Edison Research for the networks, voters …", "officials who spoke on
/// condition of anonymity, …"); what follows the comma is what was said.
fn opening_phrase_end(finder: &Finder, end: usize, content_end: usize) -> usize {
    let tokens = finder.doc.tokens;
    if tokens.get(end).is_none_or(|t| t.is_punct(',')) {
        return end;
    }
    (end..content_end)
        .find(|&k| tokens[k].is_punct(',') && !finder.quoted[k])
        .unwrap_or(end)
}

/// "Johnson said the plan would fail", "the plan will fail, Johnson said": the
/// source is the subject before the cue.
fn source_before(at: &AroundCue, subject: Span) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let (mention, content) = {
        let participle = finder.doc.word(cue.first).ends_with("ing");
        let subject = participle_source(finder, subject, cue.first, first)?;
        let start = past_scene_of_saying(finder, cue, finder.clause_start(cue, end).0, content_end);
        // A parenthetical attribution ("Those who vote, he said, must
        // register") reports the whole sentence around it.
        // So does one with its setting or time: "…, the agency said in a June
        // report, and those …". Where a participle follows instead ("…,"
        // McConnell said in June 2012, citing …"), the content is before.
        let comma_after = (cue.end..start).any(|k| tokens[k].is_punct(','))
            && !(cue.end..start)
                .any(|k| word_is(finder.doc.word(k), "that") || tokens[k].is_punct(':'));
        let comma_before = subject.first > first + 1 && finder.ends_clause(subject.first - 1);
        let parenthetical = comma_before && comma_after && start < content_end;
        if parenthetical
            && is_lowercase_participle(finder.doc.word(start))
            && !needs_main_clause_after(finder, first, subject.first - 1)
        {
            if participle {
                return None;
            }
            (subject, Span::new(first, subject.first - 1))
        } else if parenthetical {
            (subject, Span::new(first, content_end))
        } else if start >= content_end || finder.opens_subordinate_clause(cue.end, start) {
            // "CONTENT, Johnson said." A clause of time or reason after the
            // cue is no content ("…, he said as he left"; "Gross tweeted as
            // Obama spoke"): the content is before the source or nowhere.
            // An "as" aside must close the sentence with its cue: "…, as
            // Doocy said while promoting a film", "…, as the site notes:"
            // hand on to more.
            let closes = start >= content_end && !tokens[end - 1].is_punct(':');
            let comma = comma_before_source(finder, subject, first, closes)?;
            if participle {
                return None;
            }
            (subject, Span::new(first, comma))
        } else {
            (subject, Span::new(start, content_end))
        }
    };
    // A document speaks for whoever issued it, as after "according to": "a
    // Brookings Institution study found that …" is the institution's claim.
    Some(match finder.issuer_of_subject(mention, cue.first) {
        Some(issuer) => Reading::found(StatementRule::ReportedDocumentBefore, issuer, content),
        None => Reading::found(StatementRule::ReportedSourceBefore, mention, content),
    })
}

/// Whether the words from the sentence's start `first` to the comma at
/// `comma` before a parenthetical source are an opening subordinate clause
/// and no more, which needs the main clause after the source: in "Though
/// the merger went smoothly, Doe said, closing the depot would be harder"
/// the participle opens that clause as its subject, and is no writer's
/// addition as in "The pier will close, Doe said, citing storm damage".
fn needs_main_clause_after(finder: &Finder, first: usize, comma: usize) -> bool {
    let opener = (first..comma).find(|&k| finder.doc.is_word(k));
    opener.is_some_and(|k| opens_subordinate_clause_at(finder, k))
        && !(first..comma).any(|k| finder.ends_clause(k))
}

/// Where the reported clause starts after `start`, past the place the source
/// spoke from or the listeners it spoke to: "Roe said from her office in
/// Tampa.", "Roe shouted to the crowd.". The place and the listeners set the
/// scene of the saying and are never what was said, so the clause is before
/// the source ("The pier is shut, Roe said from Tampa.") or after them ("Roe
/// said from Tampa that the pier is shut"). "to" before a determiner opens
/// no infinitive. After a comma, "from" may go on with what was said: "…,
/// Roe said, from “the worst storm.”"
fn past_scene_of_saying(finder: &Finder, cue: Span, start: usize, content_end: usize) -> usize {
    let comma = (cue.end..start).any(|k| finder.doc.tokens[k].is_punct(','));
    let word = finder.doc.word(start);
    let place = word_is(word, "from");
    let listeners = word_is(word, "to") && is_determiner(finder.doc.word(start + 1));
    if comma || !(place || listeners) {
        return start;
    }
    let Some(mut at) = finder.past_setting(start, content_end) else {
        return start;
    };
    while at < content_end
        && (finder.doc.tokens[at].is_punct(',') || word_is(finder.doc.word(at), "that"))
    {
        at += 1;
    }
    at
}

/// "CONTENT, said Johnson." or "…, saying the city is full": the source
/// follows the cue, or is the subject a participle goes on from.
fn source_after(at: &AroundCue, earlier: Option<Span>) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let (mention, content) = {
        // "CONTENT, said Johnson." / "…, saying the city is full" (the sentence's subject speaks).
        let after = finder.inverted_subject(cue, end);
        // Whether a comma follows the source in the sentence. The source may
        // end the sentence, and the text, with no mark of its own after it:
        // in "…, said Ana O." the initial keeps the period.
        let comma_follows = |subject: Span| subject.end < end && tokens[subject.end].is_punct(',');
        match after {
            // "…, said Marla Roe, executive director of the group."
            Some(subject)
                if closes_after_cue(at, subject)
                    && !finder.doc.word(cue.first).ends_with("ing") =>
            {
                let continues = goes_on_after_appositive(at, subject);
                // "said the company's chief executive, John J. Roe": the name
                // after the role is how the source is named.
                let named = comma_follows(subject)
                    && subject.end + 1 < content_end
                    && (subject.end + 1..content_end)
                        .all(|w| finder.doc.is_word(w) && is_capitalized(finder.doc.word(w)));
                let subject = if named {
                    Span::new(subject.end + 1, content_end)
                } else {
                    subject
                };
                if continues {
                    (subject, Span::new(first, content_end))
                } else {
                    (subject, Span::new(first, cue.first - 1))
                }
            }
            _ if finder.doc.word(cue.first).ends_with("ing") => {
                let subject = earlier.or_else(|| participle_speaker(finder, first, cue.first))?;
                let (start, _) = finder.clause_start(cue, end);
                (subject, Span::new(start, content_end))
            }
            _ => return None,
        }
    };
    Some(Reading::found(
        StatementRule::ReportedSourceAfter,
        mention,
        content,
    ))
}

/// Whether the sentence goes on after an inverted source and its
/// appositive, so that what was said runs past them: "Any interpretation,
/// said Jane Doe, an expert, would read this as …". A relative clause after
/// the appositive describes its person: "…, said Ann Lee, director of the
/// Trust, whose members …". One after "and" or "or" describes the source
/// again, or is the writer's: "…, said Tom Reyes, an economist, and a
/// Republican who led the budget staff".
fn goes_on_after_appositive(at: &AroundCue, subject: Span) -> bool {
    let (finder, _, _, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    subject.end < end
        && tokens[subject.end].is_punct(',')
        && !relative_closes(finder, subject, content_end)
        && (subject.end + 2..end)
            .find(|&k| tokens[k].is_punct(','))
            .is_some_and(|k| {
                (k + 1..content_end)
                    .filter(|&w| finder.doc.is_word(w))
                    .count()
                    >= 3
                    && !opens_relative(finder, k + 1)
                    && !word_in(finder.doc.word(k + 1), ALTERNATIVE_JOINERS)
            })
}

/// "an architect who said he was never paid": the pronoun is the source,
/// and the phrase before it says who.
fn through_relative_pronoun(at: &AroundCue, pronoun: Span, noun_phrase: Span) -> Option<Reading> {
    let (finder, cue, _, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let (mention, content) = {
        // "an architect who said he was never paid": the pronoun names the
        // source here, and the phrase before it says who that is.
        let (start, _) = finder.clause_start(cue, end);
        // A clause set off by commas ("Doe, who said X, is running") ends
        // where the sentence's own verb comes back after a comma; where it
        // comes back at once there is no clause ("the lawyer, an expert who
        // argued before the court, said …": the pronoun's cue reports
        // nothing).
        let set_off = tokens[pronoun.first - 1].is_punct(',');
        if start > 0 && main_clause_resumes(finder, start - 1) {
            return None;
        }
        let resumes = (start + 1..content_end).find(|&k| set_off && main_clause_resumes(finder, k));
        let content_end = resumes.unwrap_or(content_end);
        (pronoun, Span::new(start, content_end))
    };
    Some(Reading {
        rule: StatementRule::ReportedThroughRelativePronoun,
        mention,
        content,
        antecedent: Some(noun_phrase),
    })
}

/// Whether the comma at `k` closes a clause set off by commas, as the
/// sentence's own verb comes back after it: "Doe, who said X, is running",
/// "The changes, which officials said will start soon, will not apply".
fn main_clause_resumes(finder: &Finder, k: usize) -> bool {
    let next = finder.doc.word(k + 1);
    finder.doc.tokens[k].is_punct(',')
        && !finder.quoted[k]
        && finder.doc.is_word(k + 1)
        && (word_in(
            next,
            &[
                "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
                "did", "does", "remains", "said", "says",
            ],
        ) || (next.ends_with("ed") && !is_capitalized(next)))
}

/// Whether the cue at `cue` is a participle right after "before", "after"
/// or "while" (`TIME_CONJUNCTIONS`): "spoke for an hour before adding that
/// …", "met the crews after saying that …". The saying is one of the
/// subject's doings, as after a comma.
fn follows_time_conjunction(finder: &Finder, cue: usize) -> bool {
    cue > 0
        && finder.doc.word(cue).ends_with("ing")
        && TIME_CONJUNCTIONS.contains(finder.doc.word(cue - 1))
}

/// Whether the cue at `cue` is a participle after a preposition of
/// addition (`ADDING_PREPOSITIONS`, or "from" after `ASIDE_WORDS`): "he
/// refuses to name anyone, aside from saying he wants a diverse slate". The
/// saying is the subject's, as after "while".
fn follows_adding_preposition(finder: &Finder, cue: usize) -> bool {
    let word = |k: usize| finder.doc.word(k);
    let aside = cue > 1 && word_is(word(cue - 1), "from") && ASIDE_WORDS.contains(word(cue - 2));
    cue > 0 && word(cue).ends_with("ing") && (ADDING_PREPOSITIONS.contains(word(cue - 1)) || aside)
}

/// "Roe spoke for an hour before adding that the pier was unsafe": the
/// source of an earlier cue in the sentence speaks ("“…,” Lee replied
/// before adding that …"), or else the sentence's subject, and what was
/// said follows the cue as a clause (`opens_said_clause`); "held on while
/// adding two states" adds no words.
fn participle_after_conjunction(at: &AroundCue, earlier: Option<Span>) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    let (start, _) = finder.clause_start(cue, end);
    if !follows_joining_word(finder, cue.first) || !opens_said_clause(finder, cue, start, end) {
        return None;
    }
    let subject = earlier.or_else(|| sentence_subject(finder, first, cue.first))?;
    Some(Reading::found(
        StatementRule::ReportedSourceAfter,
        subject,
        Span::new(start, content_end),
    ))
}

/// "Noting that only one senator voted with them, Reyes added …", "After
/// saying her knee was sore, she was taken …": a participle of saying that
/// opens the sentence, alone or after "after", "before" or "while"
/// (`TIME_CONJUNCTIONS`) or a preposition of addition ("Despite saying …"),
/// tells what the main clause's subject said. What was said follows the
/// participle as a clause (`opens_said_clause`) and ends at the comma
/// before that subject; a participle with a thing for its object ("Citing a
/// report, Roe …") says no clause.
fn opening_participle(at: &AroundCue) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    // "After saying …", "Despite saying …", "Aside from saying …".
    let lead = 1 + usize::from(word_is(finder.doc.word(cue.first.wrapping_sub(1)), "from"));
    let opens =
        cue.first == first || follows_joining_word(finder, cue.first) && cue.first == first + lead;
    if !opens || !finder.doc.word(cue.first).ends_with("ing") {
        return None;
    }
    let (start, _) = finder.clause_start(cue, end);
    if !opens_said_clause(finder, cue, start, end) {
        return None;
    }
    let subject = subject_after_opening(finder, start, content_end)?;
    Some(Reading::found(
        StatementRule::ReportedSourceAfter,
        subject,
        Span::new(start, subject.first - 1),
    ))
}

/// Whether a time conjunction or a preposition of addition comes right
/// before the participle at `cue`: "before adding", "despite saying".
fn follows_joining_word(finder: &Finder, cue: usize) -> bool {
    follows_time_conjunction(finder, cue) || follows_adding_preposition(finder, cue)
}

/// Whether what follows the cue at `cue` from `start` is said as a clause:
/// after "that" or a colon ("adding that …", "adding: “…”"), as a
/// quotation, as a clause without "that" ("saying they will vote …",
/// "stressing it’s no endorsement") or as a question ("explaining why she
/// forgave him").
fn opens_said_clause(finder: &Finder, cue: Span, start: usize, end: usize) -> bool {
    let tokens = finder.doc.tokens;
    let led_in =
        (cue.end..start).any(|k| word_is(finder.doc.word(k), "that") || tokens[k].is_punct(':'));
    led_in
        || tokens.get(start).is_some_and(|t| t.is_quote())
        || finder.clause_opening_at(start, end).is_some()
        || is_contracted_subject(finder.doc.word(start))
        || QUESTION_WORDS.contains(finder.doc.word(start))
}

/// "McConnell embraced him and said …", "Obama responded by saying …": the
/// subject of the clause speaks.
fn joined_verb(at: &AroundCue) -> Option<Reading> {
    if let Some((pronoun, noun_phrase)) = relative_of_joined_verb(at) {
        return through_relative_pronoun(at, pronoun, noun_phrase);
    }
    let (finder, cue, first, end, content_end) = at.parts();
    let tokens = finder.doc.tokens;
    let (mention, content) = {
        // "McConnell embraced him and said …", "Obama responded to a mother
        // by saying …": the sentence's subject speaks, or the subject of a
        // clause of its own ("Doe signed an order, while Huckabee proposed a
        // ban and said …"). After "by", only when
        // one active clause runs from that subject to the cue ("hostility is
        // justified by arguing" names no one), and what follows is a clause
        // ("Clinton won the spin by declaring himself the comeback kid" says
        // nothing).
        let clause_first = (first + 1..cue.first - 1)
            .rev()
            .find(|&k| {
                tokens[k - 1].is_punct(',')
                    && word_in(
                        finder.doc.word(k),
                        &["while", "whereas", "but", "although", "though", "and"],
                    )
            })
            .map_or(first, |k| k + 1);
        // A clause after ", but" with only a time, a setting or an adverb
        // before its cue has no subject of its own and goes on with the
        // sentence's: "Roe denied it, but in a later interview said …".
        let scene = before_scene_of_cue(finder, cue.first, first);
        let adverb = |k: usize| word_in(finder.doc.word(k), &["then", "also", "later"]);
        // After ", and" a clause with no subject of its own is the
        // sentence's second verb: "…, and has promised that …".
        let after_and = clause_first > first && word_is(finder.doc.word(clause_first - 1), "and");
        let goes_on = clause_first > first
            && (after_and
                || scene == clause_first
                || scene == clause_first + 1 && adverb(clause_first));
        let subject = sentence_subject(finder, clause_first, cue.first - 1).or_else(|| {
            goes_on
                .then(|| sentence_subject(finder, first, clause_first))
                .flatten()
        })?;
        // The comma that closes the subject's appositive opens the clause:
        // "Lee, a retired judge, then appeared … and began by saying".
        let closed = usize::from(
            finder
                .doc
                .token(subject.end)
                .is_some_and(|t| t.is_punct(',')),
        );
        if word_is(finder.doc.word(cue.first - 1), "by")
            && ((subject.end + closed..cue.first).any(|k| {
                !finder.doc.is_word(k)
                    || word_in(
                        finder.doc.word(k),
                        &["is", "are", "was", "were", "be", "been"],
                    )
            }) || OBJECT_PRONOUNS.contains(finder.doc.word(cue.end)))
        {
            return None;
        }
        let (start, _) = finder.clause_start(cue, end);
        (subject, Span::new(start, content_end))
    };
    Some(Reading::found(
        StatementRule::ReportedByJoinedVerb,
        mention,
        content,
    ))
}

/// The relative pronoun whose clause a joined cue goes on, and the phrase
/// it stands for: in "Tom met Ann Lee, who opened the door and said she
/// would vote" the one who said is the pronoun's, not the sentence's
/// subject. The clause runs to the cue without a comma, and is set off by
/// one before it: a restrictive clause is as often closed before the joined
/// verb ("He praised those who left but said …").
fn relative_of_joined_verb(at: &AroundCue) -> Option<(Span, Span)> {
    let (finder, cue, first, ..) = at.parts();
    let pronoun = (first + 1..cue.first)
        .rev()
        .take_while(|&k| !finder.doc.tokens[k].is_punct(',') && !finder.quoted[k])
        .find(|&k| word_in(finder.doc.word(k), &["who", "which"]))?;
    finder.doc.tokens[pronoun - 1]
        .is_punct(',')
        .then(|| finder.relative_source(pronoun + 1, first))
        .flatten()
}

/// "Asked by a reporter whether she would run, Doe said …", "he was asked
/// by the host if he agreed": the asker after "by" speaks, and the question
/// runs from "whether" or "if" to the sentence's end, or where the clause
/// the question opens is closed by a comma ("When asked by … whether …,
/// Doe said"); the verb of a passive ("was asked by") is the clause's own.
fn asked_by(at: &AroundCue, question: usize) -> Option<Reading> {
    let (finder, cue, _, _, content_end) = at.parts();
    let asker = finder.subject_after(cue.end + 1, question)?;
    let passive = word_in(finder.doc.word(cue.first.wrapping_sub(1)), BE_FORMS);
    let end = (question + 1..content_end)
        .find(|&k| !passive && finder.doc.tokens[k].is_punct(',') && !finder.quoted[k])
        .unwrap_or(content_end);
    Some(Reading::found(
        StatementRule::ReportedSourceAfter,
        asker,
        Span::new(question, end),
    ))
}

/// "X was quoted as saying …".
fn quoted_as_saying(at: &AroundCue) -> Option<Reading> {
    let (finder, cue, first, end, content_end) = at.parts();
    let (mention, content) = {
        // "X was quoted as saying …".
        if !(word_is(finder.doc.word(cue.first), "saying")
            && word_is(finder.doc.word(cue.first.wrapping_sub(1)), "as")
            && word_is(finder.doc.word(cue.first.wrapping_sub(2)), "quoted"))
        {
            return None;
        }
        let was = cue.first.checked_sub(3)?;
        let subject = finder.subject_before(was, first)?;
        let (start, _) = finder.clause_start(cue, end);
        (subject, Span::new(start, content_end))
    };
    Some(Reading::found(
        StatementRule::ReportedQuotedAsSaying,
        mention,
        content,
    ))
}
