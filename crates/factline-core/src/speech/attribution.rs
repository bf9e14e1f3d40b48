//! Quotes attributed by a tag next to them: after the quote (`"…," Doe
//! said.`) or before it (`Doe said: "…"`).

use crate::grammar::is_source_noun;
use crate::lex::{is_capitalized, word_in, word_is, Kind, Token};
use crate::segment::Span;

use super::finder::Finder;
use super::lexicons::{cue_lemma, OBJECT_VERBS, SUBJECT_PRONOUNS, TITLED_WORKS};
use super::quotes::{trim_end, Quote};
use super::reads_as_sentence;
use super::source::{participle_speaker, sentence_subject};

/// A source phrase, its cue and an explicit time, in tokens.
pub(super) type Attribution = (Span, Span, Option<usize>);

/// Whether a quote of some words that ends in a word is attributed after it
/// without the comma, by a name and a cue that end the sentence, with at
/// most a time, an audience or a setting after the cue: `“The Iowa caucus
/// is a battle of niches” Grubbs said.`, `“…” Roe said in a newsletter to
/// supporters.`
pub(super) fn missing_comma(finder: &Finder, quote: &Quote, after: usize) -> bool {
    let words_inside = (quote.open + 1..quote.close)
        .filter(|&w| finder.doc.is_word(w))
        .count();
    let ends_in_word = quote.close > 0 && finder.doc.is_word(quote.close - 1);
    let name_end = (after..after + 4)
        .find(|&w| !(finder.doc.is_word(w) && is_capitalized(finder.doc.word(w))))
        .unwrap_or(after);
    words_inside >= 4
        && ends_in_word
        && name_end > after
        && cue_lemma(finder.doc.word(name_end)).is_some()
        && ends_sentence_after_cue(finder, name_end)
}

/// Whether nothing but a time, an audience or a setting follows the cue at
/// `cue` to the end of its sentence: "said.", "said in an interview.",
/// "told reporters on Monday.".
pub(super) fn ends_sentence_after_cue(finder: &Finder, cue: usize) -> bool {
    let sentence = finder.sentence_bounds(cue);
    let content_end = trim_end(finder.doc.tokens, sentence.first, sentence.end);
    let (start, _) = finder.clause_start(Span::new(cue, cue + 1), content_end);
    start >= content_end
        && finder
            .doc
            .tokens
            .get(content_end)
            .is_some_and(|t| t.is_punct('.'))
}

/// `"…," said Johnson.` / `"…," Johnson said.` / `"…," according to X.`
pub(super) fn attribution_after(finder: &Finder, quote: &Quote) -> Option<Attribution> {
    if !quote.closed || !stands_alone(finder.doc.tokens, quote) || names_a_work(finder, quote) {
        return None;
    }
    tag_after(finder, tag_start(finder, quote)?)
}

/// Where a tag after the closed `quote` would start: past its closing
/// marks and the comma or dash that ends the quoted words, on the same
/// line. None when nothing may tag it: no such comma, inside or after.
fn tag_start(finder: &Finder, quote: &Quote) -> Option<usize> {
    let tokens = finder.doc.tokens;
    // A nested quote may close right before the outer one: `‘… happens,’”`.
    let mut inside = quote.close.checked_sub(1);
    if inside.is_some_and(|k| matches!(tokens[k].kind, Kind::Punct('’' | '\''))) {
        inside = inside.and_then(|k| k.checked_sub(1));
    }
    let last_inside = inside.map(|k| tokens[k].kind);
    let inner_comma = matches!(
        last_inside,
        Some(Kind::Punct(',' | '?' | '!' | '—' | '–' | '-' | '…'))
    );
    let mut k = quote.close + 1;
    // The end of a nested quote may trail the outer mark: `…at all,'''`.
    while tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Punct('\'' | '’')) && !t.space_before)
    {
        k += 1;
    }
    if tokens
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('—'))
    {
        k += 1;
    } else if !inner_comma && !missing_comma(finder, quote, k) {
        return None;
    }
    tokens
        .get(k)
        .is_some_and(|t| !t.newline_before)
        .then_some(k)
}

/// Whether `quote` is the title of the work named just before it and its
/// comma, in a title's capitals: "In his 2002 book, “Make Your Ferry
/// Pay,” Roe argued that …" names the book; the tag after it says what
/// else Roe did. A sentence there is quoted from the work ("In her book,
/// “We lost the harbour,” Roe wrote").
fn names_a_work(finder: &Finder, quote: &Quote) -> bool {
    let tokens = finder.doc.tokens;
    let work = quote
        .open
        .checked_sub(2)
        .filter(|&k| tokens[k + 1].is_punct(',') && TITLED_WORKS.contains(finder.doc.word(k)));
    work.is_some() && !reads_as_sentence(finder, quote)
}

/// A quotation attributed after it stands on its own: it opens a sentence
/// or follows punctuation. One inside a phrase ("on ABC’s “This Week,”") is a title.
fn stands_alone(tokens: &[Token], quote: &Quote) -> bool {
    quote.open.checked_sub(1).is_none_or(|p| {
        tokens[quote.open].newline_before
            || matches!(
                tokens[p].kind,
                Kind::Punct('.' | '!' | '?' | ',' | ':' | ';' | '—' | '(' | '…')
            )
            || tokens[p].is_quote()
    })
}

/// The tag that starts at `k`, after a quote: inverted ("said Johnson") or
/// not ("Johnson said", "the mayor, a Democrat, said").
fn tag_after(finder: &Finder, k: usize) -> Option<Attribution> {
    let sentence_end = finder.sentence_bounds(k).end;
    let limit = sentence_end.max(k + 1).min(finder.doc.tokens.len());
    if let Some(cue) = finder.cue_at(k) {
        let (_, time) = finder.clause_start(cue, limit);
        let subject = finder.inverted_subject(cue, limit)?;
        let time = time.or_else(|| {
            finder
                .time_at(subject.end)
                .or_else(|| finder.time_at(subject.end + 1))
        });
        return Some((subject, cue, time));
    }
    let cue_pos =
        (k..limit.min(k + 30)).find(|&c| finder.cue_at(c).is_some() && !finder.quoted[c])?;
    let cue = finder.cue_at(cue_pos)?;
    let subject = finder.subject_before(cue_pos, k)?;
    if subject.first != k {
        return None;
    }
    let time = finder
        .time_at(cue.end)
        .or_else(|| finder.time_at(cue.end + 1));
    Some((subject, cue, time))
}

/// `Johnson said: "…"` / `He added, "…"` / `said Johnson: "…"`.
pub(super) fn attribution_before(finder: &Finder, quote: &Quote) -> Option<Attribution> {
    let tokens = finder.doc.tokens;
    let p = tag_end_before(finder, quote)?;
    let floor = finder.sentence_bounds(p).first;
    // The cue is within a few words of the mark: "said:", "told reporters:", "said Johnson:".
    let cue_pos = (p.saturating_sub(6).max(floor)..=p)
        .rev()
        .find(|&c| finder.cue_at(c).is_some() && !finder.quoted[c])?;
    let cue = finder.cue_at(cue_pos)?;
    // Only an audience, a time, a setting, "that" and punctuation may stand
    // between the cue and the mark; anything else makes the quote a partial
    // one inside reported speech.
    // The mark itself must end the skipped words: a setting that runs into
    // it ("said on NBC’s “Meet the Press”") makes the quote a title.
    let (clause, time) = finder.clause_start(cue, quote.open + 1);
    // A quote the clause runs on from is a partial one ("said that “…”
    // against what …", "said “a bomb” had gone off"): reported speech takes
    // the whole clause. A quote that ends on its own punctuation ends the
    // clause ("“… we will win,” he added").
    let runs_on = quote.closed
        && finder.doc.is_word(quote.close + 1)
        && !finder.quoted[quote.close + 1]
        && !matches!(tokens[quote.close - 1].kind, Kind::Punct(_));
    if runs_on {
        return None;
    }
    if clause == quote.open {
        if let Some(subject) = source_before_tag(finder, cue, cue_pos, floor, p) {
            return Some((subject?, cue, time));
        }
    }
    // Inverted before the quote: "said Johnson:".
    let subject = finder.inverted_subject(cue, p + 1)?;
    let punctuated = matches!(tokens[p + 1].kind, Kind::Punct(',' | ':' | '—'));
    if subject.end != p + 1 || !punctuated {
        return None;
    }
    // The cue's object: the subject before the cue said the words. Without
    // one the phrase stays the tag's, and names no one.
    let before = || source_before_tag(finder, cue, cue_pos, floor, p).flatten();
    let source = if names_source(finder, subject) {
        subject
    } else {
        before().unwrap_or(subject)
    };
    Some((source, cue, time))
}

/// Whether the phrase `subject` after a cue names who spoke: a name, a
/// pronoun or a noun for people ("said Johnson:", "added a spokesman:").
/// A thing or the people addressed are the cue's object instead ("added a
/// caveat: “…”", "recalling her own experience: “…”").
fn names_source(finder: &Finder, subject: Span) -> bool {
    let words: Vec<usize> = subject
        .indices()
        .filter(|&k| finder.doc.is_word(k))
        .collect();
    let named = words.iter().any(|&k| is_capitalized(finder.doc.word(k)));
    let head = words.last().map(|&k| finder.doc.word(k));
    named || head.is_some_and(|w| is_source_noun(w) || SUBJECT_PRONOUNS.contains(w))
}

/// A line that hands the quotations after it to a source, as government
/// media releases do: "Quotes attributable to Minister for Roads Ada
/// Quist:", then the quoted paragraphs. The words between "attributable
/// to" and the colon are the source, and "attributable" stands for the cue.
pub(super) fn attributable_line_before(finder: &Finder, quote: &Quote) -> Option<Attribution> {
    let tokens = finder.doc.tokens;
    let colon = quote.open.checked_sub(1)?;
    if !tokens[quote.open].newline_before || !tokens[colon].is_punct(':') {
        return None;
    }
    let line = (colon.saturating_sub(ATTRIBUTABLE_LINE_WORDS)..colon)
        .rev()
        .find(|&k| k == 0 || tokens[k].newline_before)?;
    let cue = (line..colon).find(|&k| word_is(finder.doc.word(k), "attributable"))?;
    let source = Span::new(cue + 2, colon);
    (word_is(finder.doc.word(cue + 1), "to") && source.first < source.end).then_some((
        source,
        Span::new(cue, cue + 1),
        None,
    ))
}

/// How many tokens a line that hands quotations to a source may have.
const ATTRIBUTABLE_LINE_WORDS: usize = 24;

/// The last token of a tag that may stand right before the quotation, past
/// a comma, colon, dash or "that"; none where the quotation cannot have a
/// tag before it.
fn tag_end_before(finder: &Finder, quote: &Quote) -> Option<usize> {
    let tokens = finder.doc.tokens;
    let p = quote.open.checked_sub(1)?;
    // A quotation opening a paragraph is introduced only by a colon that
    // ends the one before: "Cruz continued:" and then the quoted passage.
    if tokens[quote.open].newline_before && !tokens[p].is_punct(':') {
        return None;
    }
    // After a possessive the quotation is a title: "told ABC’s “Good Morning America”".
    let before = finder.doc.word(p);
    if before.ends_with("’s") || before.ends_with("'s") {
        return None;
    }
    if matches!(tokens[p].kind, Kind::Punct(',' | ':' | '—')) || word_is(before, "that") {
        p.checked_sub(1)
    } else {
        Some(p)
    }
}

/// The source of a tag whose cue at `cue_pos` opens the quotation's
/// clause, read before the cue: its subject ("Johnson said:"), the source
/// after "according to", or the sentence's subject for a participle
/// ("Sanders compared himself to Clinton, saying, “…”"). `None` when no
/// rule applies; `Some(None)` when the subject is found but speaks for no
/// one here.
fn source_before_tag(
    finder: &Finder,
    cue: Span,
    cue_pos: usize,
    floor: usize,
    p: usize,
) -> Option<Option<Span>> {
    if let Some(subject) = finder.subject_before(cue_pos, floor) {
        return Some(participle_source(finder, subject, cue.first, floor));
    }
    if word_is(finder.doc.word(cue.first), "according") {
        return Some(finder.subject_after(cue.end, p + 1));
    }
    let participle = finder.doc.word(cue.first).ends_with("ing")
        && cue.first > floor
        && finder.ends_clause(cue.first - 1);
    participle
        .then(|| participle_speaker(finder, floor, cue.first))
        .flatten()
        .map(Some)
}

/// The source of the cue at `cue` given the phrase `subject` read leftwards
/// from it. A document or an occasion before a participle speaks for the
/// sentence's subject: "Trump sent a letter saying", "the company issued a
/// statement saying". So does an object, an audience or a place: "sent a
/// text message to supporters saying", "emailed supporters saying" ("with
/// McCain telling" names its own source); without a subject there is no
/// source. The phrase
/// read leftwards may have taken in the author and their verb ("Trump sent a
/// letter"), so the author may start with it.
pub(super) fn participle_source(
    finder: &Finder,
    subject: Span,
    cue: usize,
    first: usize,
) -> Option<Span> {
    if !finder.doc.word(cue).ends_with("ing") {
        return Some(subject);
    }
    // "criticized Roe for saying": the one criticized said it, or, in the
    // passive ("Roe was criticized by Doe for saying"), the sentence's subject.
    let last = subject.indices().rev().find(|&k| finder.doc.is_word(k));
    if let Some(last) = last.filter(|&k| k > subject.first && word_is(finder.doc.word(k), "for")) {
        let passive = subject.first > first && word_is(finder.doc.word(subject.first - 1), "by");
        if passive {
            return sentence_subject(finder, first, subject.first);
        }
        return Some(Span::new(subject.first, last));
    }
    // A document with its author speaks for them, not for whoever handles
    // it: "slammed a lawsuit filed by a fired staffer alleging".
    if subject.indices().any(|k| word_is(finder.doc.word(k), "by")) {
        return Some(subject);
    }
    let before = subject
        .first
        .checked_sub(1)
        .filter(|&k| k >= first && finder.doc.is_word(k))
        .map(|k| finder.doc.word(k));
    let after_preposition =
        before.is_some_and(|word| word_in(word, &["to", "for", "on", "in", "at", "from", "into"]));
    // The object of a verb is an audience too: "emailed supporters saying".
    let after_verb = before.is_some_and(|word| {
        !is_capitalized(word)
            && (word.ends_with("ed") || cue_lemma(word).is_some() || OBJECT_VERBS.contains(word))
    });
    let object = after_preposition || after_verb;
    if !object && !finder.names_document(subject) {
        return Some(subject);
    }
    let author = sentence_subject(finder, first, subject.end)
        .filter(|author| author.end <= subject.first || author.first == subject.first);
    match author {
        None if !object => Some(subject),
        author => author,
    }
}
