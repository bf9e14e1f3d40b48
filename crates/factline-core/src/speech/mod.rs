//! Finds direct quotes and reported speech with their cue words and the noun
//! phrase that names the source.
//!
//! Quotes are paired in one forward pass. An opening mark left open at the end
//! of a paragraph continues into the next paragraph when that paragraph opens
//! with a mark, the way multi-paragraph quotes are printed. Quotes become
//! statements only when something attributes them: a cue next to them, a
//! reported clause that they dominate, or the previous paragraph's speaker
//! for a paragraph that is nothing but a quote. Scare quotes and quoted names
//! stay what they are.
//!
//! A quote split by its attribution ("…," he said. "…") becomes one
//! statement spanning both pieces, so the text between them is part of it:
//! that is how news corpora annotate it, and it keeps the quote whole.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::dataset::StatementKind;
use crate::evidence::{CueRefusal, StatementRule};
use crate::grammar::is_first_name;
use crate::lex::{is_capitalized, Kind};
use crate::segment::{Document, Segments, Span};
use crate::times::TimeExpr;

mod attribution;
mod cues;
mod finder;
mod lexicons;
mod quotes;
mod reported;
mod signature;
mod source;

use attribution::{attributable_line_before, attribution_after, attribution_before};
use finder::Finder;
pub(crate) use lexicons::{cue_lemma, is_document_noun};
use lexicons::{COORDINATORS, SUBJECT_PRONOUNS, TITLE_SMALL_WORDS};
use quotes::{lead_in_start, no_new_clause, pair_quotes, trim_end, Quote};
use reported::reported;
use source::is_lowercase_participle;
pub(crate) use source::opens_infinitive_clause;

/// A statement before its speaker is resolved; spans are token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawStatement {
    pub kind: StatementKind,
    /// The rule that found it.
    pub rule: StatementRule,
    /// The content, `first..end` in tokens.
    pub first: usize,
    pub end: usize,
    /// How the source is named here, in tokens.
    pub mention: Option<Span>,
    /// The noun phrase a relative pronoun mention stands for: "an architect"
    /// in "an architect who said".
    pub antecedent: Option<Span>,
    pub cue: Option<Span>,
    /// The index of an explicit time in the `times` list ("said on December 27").
    pub time: Option<usize>,
}

impl RawStatement {
    /// A quotation `content` that `mention` is named as saying, found by
    /// `rule`, with the cue and time of its attribution if it has them.
    fn quotation(
        rule: StatementRule,
        content: Span,
        mention: Span,
        cue: Option<Span>,
        time: Option<usize>,
    ) -> RawStatement {
        RawStatement {
            kind: StatementKind::Direct,
            rule,
            first: content.first,
            end: content.end,
            mention: Some(mention),
            antecedent: None,
            cue,
            time,
        }
    }
}

/// How far before its cue a source may start, in tokens.
/// The search for a source goes on through the owners of the phrases it
/// finds ("a spokesman for the office of the mayor"), one call deeper for
/// each, so an endless chain would run out the stack (the engine's worker has
/// 1 MB in wasm). PolNeAR's train and dev articles read the same with any
/// reach from 40 tokens up.
const SOURCE_REACH: usize = 64;

/// How many of a reported clause's last tokens are read for a quote, when
/// a quote after its tag may go on with it.
const QUOTE_REACH: usize = 40;

/// A search for a subject: the token it ends before and the floor below
/// which it does not read.
type SubjectSearch = (usize, usize);

/// Finds statements in the article.
pub(crate) fn find_statements(
    text: &str,
    segments: &Segments,
    times: &[TimeExpr],
) -> Vec<RawStatement> {
    read_speech(text, segments, times).0
}

/// Every word of saying outside quotes and statements that made no
/// statement, with the rule that refused it as a cue; `None` for a usable
/// cue whose source or clause was not found. It answers an editor's "why
/// not?".
pub(crate) fn words_of_saying_left(
    text: &str,
    segments: &Segments,
    times: &[TimeExpr],
) -> Vec<(Span, Option<CueRefusal>)> {
    let (statements, finder) = read_speech(text, segments, times);
    let mut inside = vec![false; segments.tokens.len()];
    for statement in &statements {
        for flag in inside.iter_mut().take(statement.end).skip(statement.first) {
            *flag = true;
        }
    }
    let mut left = Vec::new();
    for sentence in segments.sentences.iter().filter(|s| !s.boilerplate) {
        let outside = |&k: &usize| !finder.quoted[k] && !inside[k];
        for k in (sentence.first..sentence.end).filter(outside) {
            match finder.cue_check(k) {
                Some(Ok(cue)) => left.push((cue, None)),
                Some(Err(refusal)) => left.push((Span::new(k, k + 1), Some(refusal))),
                None => {}
            }
        }
    }
    left
}

/// The statements of the article, and the cursor that found them, which
/// knows the cues they used.
fn read_speech<'a>(
    text: &'a str,
    segments: &'a Segments,
    times: &'a [TimeExpr],
) -> (Vec<RawStatement>, Finder<'a>) {
    let tokens = &segments.tokens;
    let quotes = pair_quotes(segments);
    let mut quoted = vec![false; tokens.len()];
    for q in &quotes {
        for flag in quoted
            .iter_mut()
            .take((q.close + 1).min(tokens.len()))
            .skip(q.open)
        {
            *flag = true;
        }
    }
    let finder = Finder {
        doc: Document::new(text, tokens),
        segments,
        times,
        quoted,
        used_cue: vec![false; tokens.len()],
        subjects: RefCell::default(),
    };
    let mut speech = Speech {
        finder,
        quote_used: vec![false; quotes.len()],
        quotes,
        statements: Vec::new(),
    };
    speech.quotes_with_tags();
    speech.reported_speech();
    speech.signed_quotes();
    speech.quotes_without_cue();
    let Speech {
        finder,
        mut statements,
        ..
    } = speech;
    statements.sort_by_key(|s| s.first);
    (statements, finder)
}

/// What the passes over an article share: the cursor, the quotes and which
/// of them a statement holds, and the statements found so far.
struct Speech<'a> {
    finder: Finder<'a>,
    quotes: Vec<Quote>,
    quote_used: Vec<bool>,
    statements: Vec<RawStatement>,
}

impl Speech<'_> {
    /// Direct quotes with a cue next to them.
    fn quotes_with_tags(&mut self) {
        let Speech {
            finder,
            quotes,
            quote_used,
            statements,
        } = self;
        let segments = finder.segments;
        let tokens = &segments.tokens;
        for (qi, quote) in quotes.iter().enumerate() {
            let Span { first, end } = quote.content();
            let end = if quote.closed {
                end
            } else {
                trim_end(tokens, first, end).max(first)
            };
            if end <= first || (end - first) < 2 {
                continue;
            }
            let attribution = attribution_after(finder, quote)
                .map(|found| (StatementRule::QuoteTagAfter, found))
                .or_else(|| {
                    attribution_before(finder, quote)
                        .or_else(|| attributable_line_before(finder, quote))
                        .map(|found| (StatementRule::QuoteTagBefore, found))
                });
            if let Some((rule, (mention, cue, time))) = attribution {
                finder.use_cue(cue);
                quote_used[qi] = true;
                // Words of the sentence that lead into the quote make it a
                // clause with a quote in it, from the sentence's start.
                let tag_before = (rule == StatementRule::QuoteTagBefore).then_some((mention, cue));
                let lead_in = lead_in_start(finder, quote, tag_before);
                let content = lead_in.map_or(Span::new(first, end), |start| {
                    Span::new(start, quote.close + 1)
                });
                let mut statement =
                    RawStatement::quotation(rule, content, mention, Some(cue), time);
                if lead_in.is_some() {
                    statement.kind = StatementKind::Indirect;
                }
                statements.push(statement);
            }
        }
    }

    /// Reported speech. A cue inside a clause already reported is part of
    /// that clause, not a statement of its own.
    fn reported_speech(&mut self) {
        let Speech {
            finder,
            quotes,
            quote_used,
            statements,
        } = self;
        let segments = finder.segments;
        let mut reported_until = 0;
        let mut sources: BTreeMap<usize, Span> = statements
            .iter()
            .filter_map(|s| Some((s.cue?.first, s.mention?)))
            .collect();
        for sentence in segments.sentences.iter().filter(|s| !s.boilerplate) {
            for c in sentence.first..sentence.end {
                if finder.quoted[c] || c < reported_until {
                    continue;
                }
                let Some(cue) = finder.cue_at(c) else {
                    continue;
                };
                // The source of an earlier cue in the sentence, for "…, adding that …".
                let earlier = sources
                    .range(sentence.first..c)
                    .next_back()
                    .map(|(_, &m)| m);
                if let Some(statement) = reported(
                    finder,
                    cue,
                    Span::new(sentence.first, sentence.end),
                    earlier,
                    quotes,
                    quote_used,
                ) {
                    if let Some(mention) = statement.mention {
                        sources.insert(c, mention);
                    }
                    finder.use_cue(cue);
                    if statement.first > c {
                        reported_until = statement.end;
                    }
                    statements.push(statement);
                }
            }
        }
    }

    /// Quotes without a cue: a split quote's second half, or a paragraph that
    /// continues the previous paragraph's speaker.
    fn quotes_without_cue(&mut self) {
        let Speech {
            finder,
            quotes,
            quote_used,
            statements,
        } = self;
        let tokens = &finder.segments.tokens;
        statements.sort_by_key(|s| s.first);
        let mut continued: Vec<RawStatement> = Vec::new();
        for (qi, quote) in quotes.iter().enumerate() {
            if quote_used[qi] {
                continue;
            }
            let Span { first, end } = quote.content();
            let end = if quote.closed {
                end
            } else {
                trim_end(tokens, first, end).max(first)
            };
            if end <= first + 1 {
                continue;
            }
            let Some(prev) = statement_before(statements, &continued, first) else {
                continue;
            };
            // The second half of a split quote is a statement of its own,
            // so that neither holds the tag; its rule marks it as continuing
            // the statement before it, with the same cue.
            let (rule, cue, prev) = match continuation(finder, quote, prev) {
                Some(Continuation::SecondHalf) => (StatementRule::QuoteSecondHalf, prev.cue, prev),
                Some(Continuation::Paragraph) => {
                    (StatementRule::QuoteContinuesParagraph, None, prev)
                }
                None => match quote_after_added_clause(finder, statements, quote, prev) {
                    Some(tagged) => (StatementRule::QuoteContinuesParagraph, None, tagged),
                    None => continue,
                },
            };
            continued.push(RawStatement {
                kind: StatementKind::Direct,
                rule,
                first,
                end,
                mention: prev.mention,
                antecedent: prev.antecedent,
                cue,
                time: prev.time,
            });
            quote_used[qi] = true;
        }
        statements.extend(continued);
    }
}

/// The statement just before the quote whose content starts at `first`:
/// the last attributed one before it, or the last one `continued` (by the
/// pass over quotes without a cue), whichever is later.
fn statement_before<'s>(
    statements: &'s [RawStatement],
    continued: &'s [RawStatement],
    first: usize,
) -> Option<&'s RawStatement> {
    let before = statements.partition_point(|s| s.first < first);
    let listed = before.checked_sub(1).map(|i| &statements[i]);
    match (listed, continued.last()) {
        (Some(a), Some(b)) => Some(if b.first > a.first { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The quotation whose tag reports `added`, the clause just before `quote`,
/// when `quote` goes on in that quotation's speaker's words: "“The port will
/// close,” Roe said, adding that the crews had been told. “We have no choice
/// now.”", also after ", who noted that …" or ", and added that …". It is no
/// second half, which would be joined to the added clause just before it,
/// but a quotation of its own. The added clause is the tagged speaker's (its
/// mention is theirs, or its relative pronoun stands for them) and ends the
/// sentence the quote follows; a sentence between, or a clause someone else
/// said (", and her husband said …"), leaves the quote to no one.
fn quote_after_added_clause<'s>(
    finder: &Finder,
    statements: &'s [RawStatement],
    quote: &Quote,
    added: &RawStatement,
) -> Option<&'s RawStatement> {
    let before = statements.partition_point(|s| s.first < added.first);
    let tagged = statements[..before].last()?;
    let mention = tagged.mention?;
    let tag_end = attribution_end(finder.times, tagged);
    let speakers = added.mention == Some(mention)
        || added.antecedent.is_some_and(|a| a.first == mention.first);
    let sentence_ends = (added.end..quote.open)
        .all(|k| matches!(finder.doc.tokens[k].kind, Kind::Punct('.' | '!' | '?')));
    let same_paragraph = finder.paragraph_of(tagged.first) == finder.paragraph_of(quote.open);
    let opens_sentence = is_capitalized(finder.doc.word(first_word(finder, quote)));
    (tagged.kind == StatementKind::Direct
        && added.kind == StatementKind::Indirect
        && tagged.cue.is_some_and(|c| c.first > tagged.end)
        && added.first > tag_end
        && speakers
        && sentence_ends
        && same_paragraph
        && opens_sentence
        && !has_own_speaker(finder, quote))
    .then_some(tagged)
}

/// How a quote without a cue continues the statement before it.
enum Continuation {
    /// It is the second half of a split quote: "…," he said. "…"
    SecondHalf,
    /// It fills the paragraph after the statement's, whose speaker goes on.
    Paragraph,
}

/// How `quote`, which has no cue, continues `prev`, the statement before
/// it, if it does.
fn continuation(finder: &Finder, quote: &Quote, prev: &RawStatement) -> Option<Continuation> {
    let segments = finder.segments;
    let (Some(here), Some(there)) = (
        finder.paragraph_of(quote.open),
        finder.paragraph_of(prev.first),
    ) else {
        return None;
    };
    let paragraph = segments.paragraphs.get(here);
    let fills_paragraph = paragraph
        .is_some_and(|p| p.first == quote.open && (quote.close + 2 >= p.end || !quote.closed));
    let gap = quote.open.saturating_sub(prev.end);
    let opens = opens_second_half(finder, quote, prev);
    let own_speaker = has_own_speaker(finder, quote);
    // A reported clause that quotes its source goes on as a quote does:
    // "The new plan “will fail,” Roe said. “It has no money.”" Its
    // last words are read, so that many quotes after one long statement
    // stay linear.
    let quotes_source = prev.kind == StatementKind::Direct
        || (prev.first.max(prev.end.saturating_sub(QUOTE_REACH))..prev.end)
            .any(|k| finder.quoted.get(k).copied().unwrap_or(false));
    // The words between the attribution and the quote are read last,
    // once the cue is known to stand between the halves and the gap to
    // be short: read for every quote, they made a text of many quotes
    // quadratic.
    let next_paragraph = fills_paragraph && here == there + 1;
    let split = (here == there || next_paragraph && tag_ends_paragraph(finder, quote, prev))
        && !own_speaker
        && quotes_source
        && gap <= 40
        && opens
        && prev
            .cue
            .is_some_and(|c| c.first > prev.end && c.end <= quote.open)
        && no_new_clause(finder, attribution_end(finder.times, prev), quote.open)
        && !someone_else_between(finder, quote, prev);
    if split {
        Some(Continuation::SecondHalf)
    } else if next_paragraph && prev.mention.is_some() {
        Some(Continuation::Paragraph)
    } else {
        None
    }
}

/// Whether `quote` opens where the second half of `prev` would: a
/// sentence, or the clause after the attribution's comma. A quote inside a
/// clause is a partial quote of its own. The sentence may open after a
/// title that ends the tag ("he said on “Meet the Press.” “But …"), after
/// an abbreviation whose dot ends it ("of Tampa, Fla. “We …"), or right
/// after a tag whose punctuation the writer left out ("Trump said “Bush
/// …"); there it opens with a capital, after the whole attribution.
fn opens_second_half(finder: &Finder, quote: &Quote, prev: &RawStatement) -> bool {
    let Some(before) = quote.open.checked_sub(1) else {
        return false;
    };
    let tokens = &finder.doc.tokens;
    let sentence_end = |k: usize| matches!(tokens[k].kind, Kind::Punct('.' | '!' | '?'));
    let tag_end = attribution_end(finder.times, prev);
    let new_sentence =
        quote.open >= tag_end && is_capitalized(finder.doc.word(first_word(finder, quote)));
    match tokens[before].kind {
        Kind::Punct('.' | '!' | '?' | ',' | ':' | '—') => true,
        Kind::Quote(_) => before > 0 && sentence_end(before - 1) && new_sentence,
        Kind::Word if finder.doc.word(before).ends_with('.') => new_sentence,
        // "But" or "And" opening the sentence the quotation ends: “…,” he
        // said outside. But “Trump’s bid is stronger for it.”
        Kind::Word if COORDINATORS.contains(finder.doc.word(before)) => {
            before > 0 && sentence_end(before - 1) && new_sentence && ends_sentence(finder, quote)
        }
        _ => new_sentence && quote.open == tag_end && reads_as_sentence(finder, quote),
    }
}

/// The first token of `quote` past an ellipsis that stands for words left
/// out at its start: “. . . We have no boats.”, “… We have no boats.”.
fn first_word(finder: &Finder, quote: &Quote) -> usize {
    (quote.open + 1..quote.close)
        .find(|&k| !matches!(finder.doc.tokens[k].kind, Kind::Punct('.' | '…')))
        .unwrap_or(quote.open + 1)
}

/// Whether `quote` closes with the end of a sentence inside its marks: “… it
/// helps.”
fn ends_sentence(finder: &Finder, quote: &Quote) -> bool {
    quote.closed
        && quote
            .close
            .checked_sub(1)
            .is_some_and(|k| matches!(finder.doc.tokens[k].kind, Kind::Punct('.' | '!' | '?')))
}

/// Whether the words of `quote` read as a sentence, not a title: some word
/// besides a title's small ones is in lower case. Right after a cue, a
/// title is what was said or written of ("told “Meet the Press.”", "wrote
/// “The Art of the Deal.”"), not the quotation going on.
fn reads_as_sentence(finder: &Finder, quote: &Quote) -> bool {
    quote.content().indices().any(|k| {
        let word = finder.doc.word(k);
        finder.doc.is_word(k) && !is_capitalized(word) && !TITLE_SMALL_WORDS.contains(word)
    })
}

/// Whether `quote`, which fills the paragraph after `prev`'s, follows
/// right after the sentence of `prev`'s tag: "“…,” Roe said.¶“…”". News
/// paragraphs are short, and a quotation its tag interrupts goes on in the
/// next one as often as in its own, with the tag's cue. The tag's sentence
/// may go on with a setting or an aside about the source ("…,” said Roe,
/// who has run the port since 2010.¶“…”), which `continuation` reads as it
/// reads the words between two halves in one paragraph; a sentence after
/// it leaves the quotation, and so does a participle after the tag ("…,”
/// she said, looking over at him.¶“…”), which moves to the scene.
fn tag_ends_paragraph(finder: &Finder, quote: &Quote, prev: &RawStatement) -> bool {
    let segments = finder.segments;
    let tag_end = attribution_end(finder.times, prev);
    let tag_sentence_last =
        segments.sentence_of(tag_end) == segments.sentence_of(quote.open.saturating_sub(1));
    let to_the_scene = finder.doc.tokens[tag_end].is_punct(',')
        && is_lowercase_participle(finder.doc.word(tag_end + 1));
    prev.kind == StatementKind::Direct && tag_sentence_last && !to_the_scene
}

/// Where the attribution of `statement` ends: after its cue, its mention or
/// its time, whichever comes last, or at the statement's end without them.
fn attribution_end(times: &[TimeExpr], statement: &RawStatement) -> usize {
    [
        statement.cue.map(|c| c.end),
        statement.mention.map(|m| m.end),
        statement.time.and_then(|t| times.get(t)).map(|t| t.end),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(statement.end)
}

/// Whether `quote` is followed by its own speaker and verb, so it is
/// someone else's: "“…?” Maddow repeated." They stand in the quotation's
/// paragraph: the subject that opens the next one ("He also backed …") is
/// the writer's, and says nothing of whose the quotation is.
fn has_own_speaker(finder: &Finder, quote: &Quote) -> bool {
    let paragraph = finder.paragraph_of(quote.close);
    quote.closed
        && matches!(
            finder.doc.tokens[quote.close - 1].kind,
            Kind::Punct(',' | '?' | '!' | '—')
        )
        && finder.doc.is_word(quote.close + 1)
        && is_capitalized(finder.doc.word(quote.close + 1))
        && (quote.close + 2..quote.close + 5).any(|k| {
            finder.paragraph_of(k) == paragraph
                && finder.doc.is_word(k)
                && !is_capitalized(finder.doc.word(k))
                && finder.doc.word(k).ends_with("ed")
        })
}

/// Whether a sentence after the tag of `prev`, before `quote`, opens with
/// someone else named as its subject: "“…,” Tom Ebeling said. Betsy Ebeling
/// shook her head. “…”", "“…,” Roe said. Poe disagreed: “…”". The quote
/// may be theirs. A sentence about something else ("They also lie far from
/// any city.") or about the speaker ("Ruiz paused.") leaves the quotation
/// to go on.
fn someone_else_between(finder: &Finder, quote: &Quote, prev: &RawStatement) -> bool {
    let segments = finder.segments;
    let tag_end = attribution_end(finder.times, prev);
    let (Some(tag), Some(last)) = (
        segments.sentence_of(tag_end.saturating_sub(1)),
        segments.sentence_of(quote.open),
    ) else {
        return false;
    };
    let speaker = prev.mention.unwrap_or(Span::new(0, 0));
    let named = |f: usize| {
        let (word, next) = (finder.doc.word(f), finder.doc.word(f + 1));
        let full_name = is_first_name(word) && is_capitalized(next);
        let with_verb = is_capitalized(word)
            && !TITLE_SMALL_WORDS.contains(word)
            && !SUBJECT_PRONOUNS.contains(word)
            && finder.doc.is_word(f + 1)
            && !is_capitalized(next)
            && next.ends_with("ed");
        let speakers_word = speaker.indices().any(|m| finder.doc.word(m) == word);
        finder.doc.is_word(f) && (full_name || with_verb) && !speakers_word
    };
    (tag + 1..=last)
        .filter_map(|s| segments.sentences.get(s))
        .any(|s| s.first < quote.open && named(s.first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;
    use crate::times::find_times;

    fn statements(text: &str) -> Vec<(StatementKind, String, String, String)> {
        let segments = segment(text);
        let times = find_times(text, &segments, None);
        find_statements(text, &segments, &times)
            .into_iter()
            .map(|s| {
                let mention = s.mention.map_or(String::new(), |mention| {
                    segments
                        .text_of(text, mention.first, mention.end)
                        .to_string()
                });
                let cue = s.cue.map_or(String::new(), |cue| {
                    segments.text_of(text, cue.first, cue.end).to_string()
                });
                (
                    s.kind,
                    segments.text_of(text, s.first, s.end).to_string(),
                    mention,
                    cue,
                )
            })
            .collect()
    }

    /// The second halves found in `text`: the quotations a tag interrupts
    /// that go on after it, each a statement of its own.
    fn second_halves(text: &str) -> Vec<String> {
        let segments = segment(text);
        let times = find_times(text, &segments, None);
        find_statements(text, &segments, &times)
            .into_iter()
            .filter(|s| s.rule == StatementRule::QuoteSecondHalf)
            .map(|s| segments.text_of(text, s.first, s.end).to_string())
            .collect()
    }

    /// Each text with the second half it holds, or none.
    fn expect_second_halves(cases: &[(&str, Option<&str>)]) {
        for &(text, half) in cases {
            let want: Vec<String> = half.into_iter().map(String::from).collect();
            assert_eq!(second_halves(text), want, "{text}");
        }
    }

    /// A speaker and a verb after a quotation make it someone else's only in
    /// its own paragraph: the next paragraph's subject says nothing of it.
    #[test]
    fn own_speaker_stands_in_the_quotations_paragraph() {
        expect_second_halves(&[
            (
                "“I was shaking my head,” Ana Ruiz said. “It made no sense. Was that not the worst?”\n\nHe also backed his sister on the rules.",
                Some("It made no sense. Was that not the worst?"),
            ),
            (
                "“We will look at many people,” Ana Ruiz said. “A bear?” Sam Poe repeated.",
                None,
            ),
            (
                "“We will look at many people,” Ana Ruiz said. “A bear?” Sam Poe repeated.\n\nThe park closed.",
                None,
            ),
        ]);
    }

    /// A second half opens where a sentence does, though the mark before it
    /// may be a title's that ends the tag, an abbreviation's dot, or no mark
    /// at all where the writer left the tag's punctuation out.
    #[test]
    fn second_half_opens_a_sentence() {
        expect_second_halves(&[
            (
                "“The pier is shut,” Ana Ruiz said on ABC’s “This Week.” “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "''The pier is shut,'' Ana Ruiz said on ABC's ''This Week.'' ''We have no boats.''",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” said Ana Ruiz, 40, of Tampa, Fla. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” Ana Ruiz said “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” Ana Ruiz said outside. But “the boats are ready. We can sail.”",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said outside. But “The Harbor” is still open.",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said outside. But “Boats are ready. We can sail.”",
                Some("Boats are ready. We can sail."),
            ),
            // A quote inside the writer's clause is a partial quote of its own.
            (
                "“The pier is shut,” Ana Ruiz said of the “new rules” she read.",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said of the “Harbor Rules” she read.",
                None,
            ),
            // A title right after the cue is what was said of, not the quotation.
            (
                "“The pier is shut,” Ana Ruiz told “Meet the Press.” She left.",
                None,
            ),
        ]);
    }

    /// A clause after the tag that only sets the scene, or goes on
    /// describing the source, leaves the quotation to go on; one that brings
    /// in someone else, who may be the one quoted next, does not.
    #[test]
    fn second_half_after_a_scene() {
        expect_second_halves(&[
            (
                "“The pier is shut,” Ana Ruiz said, as the crowd cheered. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” Ana Ruiz said, while workers stacked sandbags along the wall. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” said Ana Ruiz, who runs the port, and who is building another. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” said Ana Ruiz, who ran the port in 2010, and has backed the plan since. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” Ana Ruiz told reporters on Tuesday, when a dozen states held votes. “We have no boats.”",
                Some("We have no boats."),
            ),
            (
                "“The pier is shut,” Ana Ruiz said, as Sam Poe nodded. “We have no boats.”",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said, as her deputy told reporters otherwise. “We have boats.”",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said, and her husband cut in. “Do not forget me.”",
                None,
            ),
            (
                "“The pier is shut,” she said, but added that after the storm, as a port with one crane, “We were never ready.”",
                None,
            ),
        ]);
    }

    /// A sentence between the tag and the next quote whose subject is
    /// someone else named may lead to that person's words; one about
    /// something else, or about the speaker, leaves the quotation to go on.
    #[test]
    fn second_half_after_someone_else() {
        expect_second_halves(&[
            (
                "“It goes in here,” Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her head. “Tom is better than I am.”",
                None,
            ),
            (
                "“The pier is shut,” Ana Ruiz said. Poe disagreed: “We have boats.”",
                None,
            ),
            (
                "“Those are small towns,” Ana Ruiz said. They also lie far from any city. “That is a tough area.”",
                Some("That is a tough area."),
            ),
            (
                "“The pier is shut,” Ana Ruiz said. Ruiz paused. “We have no boats.”",
                Some("We have no boats."),
            ),
        ]);
    }

    #[test]
    fn cue_lemmas_cover_inflections() {
        let cases = [
            ("said", Some("say")),
            ("insisted", Some("insist")),
            ("noting", Some("note")),
            ("argues", Some("argue")),
            ("denied", Some("deny")),
            ("wrote", Some("write")),
            ("table", None),
        ];
        for (word, lemma) in cases {
            assert_eq!(cue_lemma(word), lemma, "{word}");
        }
    }

    /// One case for each form of speech the engine reads, with the content,
    /// mention and cue it must find. It is long because it is a table: a
    /// form added is a case added, and rustfmt writes each case on its lines.
    #[test]
    fn speech_forms() {
        use StatementKind::{Direct, Indirect};
        let cases = [
            (
                "“We are full,” said Johnson.",
                Direct,
                "We are full,",
                "Johnson",
                "said",
            ),
            (
                "“We are full,” Johnson said.",
                Direct,
                "We are full,",
                "Johnson",
                "said",
            ),
            (
                "Johnson said, “We are full.”",
                Direct,
                "We are full.",
                "Johnson",
                "said",
            ),
            (
                "He added: \"We are full.\"",
                Direct,
                "We are full.",
                "He",
                "added",
            ),
            (
                "The mayor said that the city is full.",
                Indirect,
                "the city is full",
                "The mayor",
                "said",
            ),
            (
                "Hugh Hill, a doctor, said the ward is full.",
                Indirect,
                "the ward is full",
                "Hugh Hill, a doctor",
                "said",
            ),
            (
                "Johnson told reporters the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "told",
            ),
            (
                "Johnson said on Friday that the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "said",
            ),
            (
                "According to the mayor, the city is full.",
                Indirect,
                "the city is full",
                "the mayor",
                "According to",
            ),
            (
                "The city is full, the mayor said.",
                Indirect,
                "The city is full",
                "the mayor",
                "said",
            ),
            (
                "The city is full, according to officials.",
                Indirect,
                "The city is full",
                "officials",
                "according to",
            ),
            (
                "Johnson was quoted as saying the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "saying",
            ),
        ];
        for (text, kind, content, mention, cue) in cases {
            let got = statements(text);
            assert_eq!(
                got,
                vec![(kind, content.into(), mention.into(), cue.into())],
                "{text}"
            );
        }
    }

    #[test]
    fn not_speech() {
        for text in [
            "The “Remain in Mexico” policy ended.",
            "Johnson did not say whether the city is full.",
            "Johnson will announce the plan tomorrow.",
            "The state said nothing.",
            "It is worth noting that this is the first time a candidate has been asked.",
            "Jane Roe reported from Midway Atoll, and John Doe from Kaneohe Bay, Hawaii.",
            "Additional reporting from Jane Roe.",
            "Taxpayers reporting capital gains would pay their ordinary rate.",
            // Negations with a typographic apostrophe, as news sites print them.
            "The mayor didn’t say whether the city was full.",
            "Trump isn’t saying what other techniques he would support.",
            "Sanders had also claimed a victory in the primary last month.",
            "She claimed 41 percent of the vote in the primary.",
            "The group claimed responsibility for the attack.",
            "A gunman claiming allegiance to the group opened fire on the crowd.",
            "The merged company, claiming residency in Ireland, paid less tax.",
            "Dan Gross live tweeted as Obama spoke from the East Room.",
        ] {
            assert_eq!(statements(text), vec![], "{text}");
        }
    }
}
