//! Quotation marks paired into quotes, in one forward pass, and what
//! tells a quote's second half from a new one.

use crate::grammar::HAVE_FORMS;
use crate::lex::{is_capitalized, word_in, word_is, Kind, Mark, Token};
use crate::segment::{Segments, Span};

use super::finder::Finder;
use super::lexicons::{cue_lemma, SCENE_CONJUNCTIONS};

/// A paired quotation: the mark tokens and the content between them.
#[derive(Clone, Copy, Debug)]
pub(super) struct Quote {
    pub(super) open: usize,
    /// The closing mark, or the paragraph end for an unclosed quote.
    pub(super) close: usize,
    pub(super) closed: bool,
}

impl Quote {
    pub(super) fn content(&self) -> Span {
        Span::new(self.open + 1, self.close)
    }
}

/// Pairs quotation marks in one pass.
pub(super) fn pair_quotes(segments: &Segments) -> Vec<Quote> {
    let tokens = &segments.tokens;
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for paragraph in &segments.paragraphs {
        if paragraph.boilerplate {
            open = None;
            continue;
        }
        for i in paragraph.first..paragraph.end {
            let Kind::Quote(mark) = tokens[i].kind else {
                continue;
            };
            if i == paragraph.first && open.is_some() {
                // The quote from the previous paragraph continues here.
                continue;
            }
            match role_of_mark(tokens, i, mark, open, paragraph.first) {
                MarkRole::Opens => open = Some(i),
                MarkRole::Closes(o) => {
                    quotes.push(Quote {
                        open: o,
                        close: i,
                        closed: true,
                    });
                    open = None;
                }
                MarkRole::Neither => {}
            }
        }
        if let Some(o) = open.filter(|_| !continues_in_next(segments, paragraph.paragraph)) {
            quotes.push(Quote {
                open: o,
                close: paragraph.end,
                closed: false,
            });
            open = None;
        }
    }
    quotes
}

/// What a quotation mark does to the quote open before it, if any.
enum MarkRole {
    Opens,
    Closes(usize),
    Neither,
}

/// The role of the mark `mark` at `i`, in a paragraph that starts at
/// `first`, with `open` the quote open before it.
fn role_of_mark(
    tokens: &[Token],
    i: usize,
    mark: Mark,
    open: Option<usize>,
    first: usize,
) -> MarkRole {
    let next_attached = tokens
        .get(i + 1)
        .is_some_and(|t| !t.space_before && !t.newline_before);
    match (open, mark) {
        (None, Mark::Open) => MarkRole::Opens,
        (None, Mark::Straight) if tokens[i].space_before || i == first || next_attached => {
            MarkRole::Opens
        }
        (Some(o), Mark::Close | Mark::Straight) => MarkRole::Closes(o),
        // An opening-shaped mark glued to the words before it closes the
        // quote: `“It's unusual,“ said Noble`.
        (Some(o), Mark::Open) if !tokens[i].space_before && !next_attached => MarkRole::Closes(o),
        (Some(_), Mark::Open) => MarkRole::Opens,
        _ => MarkRole::Neither,
    }
}

/// Whether a quote left open at the end of paragraph `paragraph` goes on
/// in the next, which opens with a quotation mark, as the press writes a
/// quote of several paragraphs.
fn continues_in_next(segments: &Segments, paragraph: usize) -> bool {
    segments.paragraphs.get(paragraph + 1).is_some_and(|next| {
        !next.boilerplate
            && segments
                .tokens
                .get(next.first)
                .is_some_and(|t| matches!(t.kind, Kind::Quote(Mark::Open | Mark::Straight)))
    })
}

/// The end of a clause: the sentence end without its final punctuation.
pub(super) fn trim_end(tokens: &[Token], first: usize, mut end: usize) -> usize {
    while end > first
        && matches!(
            tokens[end - 1].kind,
            Kind::Punct('.' | '!' | '?' | ',' | ';' | ':' | ')' | '—' | '–')
        )
    {
        end -= 1;
    }
    end
}

/// Where the statement of `quote` starts when the sentence's own words
/// lead into it past a comma: "The plan, announced in March after a long
/// review, “will cut waiting times,” Roe said.", "In cases of abortion, it
/// said, “the woman is a victim.”". The writer puts the speaker's subject
/// or setting in words of their own, and the sentence is what the speaker
/// said, as a clause with a quote in it is. A quote that holds three
/// fifths of the words or more is the statement itself, as in a clause it
/// dominates ("In Leeds, “we have never seen a turnout like this,” Roe
/// said"), unless it opens in lower case after a tag that interrupts the
/// sentence (`goes_on_in_lower_case`). Words that set the scene of the
/// saying ("Asked about the vote, “…”", "When pressed, “…”") or name its
/// topic ("As for the vote, “…”") are no lead-in, and neither are words with a cue or a quote of their
/// own or a mark that sets off a clause (a colon, a semicolon, a dash, a
/// parenthesis). `tag_before` is the source and cue of a tag before the
/// quote, which must interrupt the sentence (`interrupting_tag`).
pub(super) fn lead_in_start(
    finder: &Finder,
    quote: &Quote,
    tag_before: Option<(Span, Span)>,
) -> Option<usize> {
    let tokens = finder.doc.tokens;
    let first = finder.sentence_bounds(quote.open).first;
    let comma = match tag_before {
        Some((mention, cue)) => interrupting_tag(finder, quote, mention, cue, first)?,
        None => quote.open.checked_sub(1)?,
    };
    if !quote.closed || first >= comma || !tokens[comma].is_punct(',') {
        return None;
    }
    let sets_off = |k: usize| {
        tokens[k].is_quote()
            || matches!(
                tokens[k].kind,
                Kind::Punct(':' | ';' | '—' | '–' | '(' | ')')
            )
            || finder.cue_at(k).is_some()
    };
    if (first..comma).any(sets_off) || sets_scene_or_topic(finder, first) {
        return None;
    }
    let words = |a: usize, b: usize| (a..b).filter(|&k| finder.doc.is_word(k)).count();
    let quoted = words(quote.open + 1, quote.close);
    let dominates = quoted * 5 >= (quoted + words(first, comma)) * 3;
    (!dominates || goes_on_in_lower_case(finder, quote, tag_before)).then_some(first)
}

/// Whether `quote`, after a tag before it that interrupts the sentence,
/// opens in lower case and so goes on with the words before the tag,
/// however few they are: "No new levy, she said, “will fix what is
/// broken.”", "The truth is, he added, “there are no easy answers.”". A
/// quotation that opens with a capital is a sentence of its own after what
/// leads in ("Later, Roe said, “We will open …”").
fn goes_on_in_lower_case(finder: &Finder, quote: &Quote, tag_before: Option<(Span, Span)>) -> bool {
    let opening = quote.open + 1;
    tag_before.is_some() && finder.doc.is_word(opening) && !is_capitalized(finder.doc.word(opening))
}

/// The comma before a tag of `mention` and `cue` that interrupts the
/// sentence opening at `first` right before `quote`: the source and its
/// verb alone, set off by commas ("In cases of abortion, it said, “…”").
/// A tag with more to it ("he sent an email saying", "Roe said, adding")
/// heads a sentence of its own, and so does one after a clause of time
/// ("As boos erupt, the executive says, “…”") or words with a comma of
/// their own ("In February, as a protester was led out, Trump said").
fn interrupting_tag(
    finder: &Finder,
    quote: &Quote,
    mention: Span,
    cue: Span,
    first: usize,
) -> Option<usize> {
    let tokens = finder.doc.tokens;
    let tag = Span::new(mention.first.min(cue.first), mention.end.max(cue.end));
    let alone = mention.end == cue.first || cue.end == mention.first;
    let comma = tag.first.checked_sub(1)?;
    let set_off = tag.end + 1 == quote.open && tokens[tag.end].is_punct(',');
    let frame = SCENE_CONJUNCTIONS.contains(finder.doc.word(first))
        || (first..comma).any(|k| tokens[k].is_punct(','));
    (alone && set_off && !frame).then_some(comma)
}

/// Whether the words that open at `first` set the scene of a saying, with
/// a participle of a verb of saying or asking ("Asked about it", "When
/// pressed"), or name its topic ("As for the vote", "As to the cost").
fn sets_scene_or_topic(finder: &Finder, first: usize) -> bool {
    let word = |k: usize| finder.doc.word(k);
    let opener = if word_is(word(first), "when") {
        first + 1
    } else {
        first
    };
    let participle = word(opener).ends_with("ed") || word(opener).ends_with("ing");
    let topic = word_is(word(first), "as") && word_in(word(first + 1), &["for", "to"]);
    topic || participle && (cue_lemma(word(opener)).is_some() || opener > first)
}

/// Whether no new clause follows the attribution, which ends at
/// `attribution_end`, before the second half of a split quote opens at
/// `open`: "…,” he told reporters. “…" but not "…,” she said, and he cut in. “…".
/// A conjunction after a comma opens a new clause, unless a verb of saying
/// follows it (", and added"), it goes on describing the source with no
/// subject of its own (", and who …", "who helmed the party, and has backed
/// …"), or it only sets the scene (`sets_scene`).
pub(super) fn no_new_clause(finder: &Finder, attribution_end: usize, open: usize) -> bool {
    (attribution_end..open).all(|k| {
        let conjunction = k > 0
            && finder.doc.tokens[k - 1].is_punct(',')
            && word_in(
                finder.doc.word(k),
                &["and", "but", "while", "as", "when", "because"],
            );
        let next = finder.doc.word(k + 1);
        !conjunction
            || cue_lemma(next).is_some()
            || word_is(finder.doc.word(k), "and")
                && (word_in(next, &["who", "whom"]) || word_in(next, HAVE_FORMS))
            || sets_scene(finder, k, Span::new(attribution_end, open))
    })
}

/// Whether the clause of time at `k` ("as", "when", "while") only sets the
/// scene of the saying, in the words `between` the attribution and the
/// quote: "…,” Roe said, as the crowd cheered. “…”. A clause about someone
/// named ("as Sam Poe nodded") brings in a person the quotation may belong
/// to, and so does a verb of saying there ("as her deputy told reporters",
/// not the noun of "a dozen states held contests");
/// after one ("she said, but added that after taxes, as a couple …") the
/// clause and any quote in it are what was added.
fn sets_scene(finder: &Finder, k: usize, between: Span) -> bool {
    SCENE_CONJUNCTIONS.contains(finder.doc.word(k))
        && !is_capitalized(finder.doc.word(k + 1))
        && between
            .indices()
            .all(|w| !finder.used_cue[w] && finder.cue_at(w).is_none())
}
