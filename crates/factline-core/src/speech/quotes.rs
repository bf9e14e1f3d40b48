//! Quotation marks paired into quotes, in one forward pass, and what
//! tells a quote's second half from a new one.

use crate::lex::{word_in, Kind, Mark, Token};
use crate::segment::{Segments, Span};

use super::finder::Finder;
use super::lexicons::cue_lemma;

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
            let next_attached = tokens
                .get(i + 1)
                .is_some_and(|t| !t.space_before && !t.newline_before);
            if i == paragraph.first && open.is_some() {
                // The quote from the previous paragraph continues here.
                continue;
            }
            match (open, mark) {
                (None, Mark::Open) => open = Some(i),
                (None, Mark::Straight)
                    if tokens[i].space_before || i == paragraph.first || next_attached =>
                {
                    open = Some(i)
                }
                (Some(o), Mark::Close | Mark::Straight) => {
                    quotes.push(Quote {
                        open: o,
                        close: i,
                        closed: true,
                    });
                    open = None;
                }
                // An opening-shaped mark glued to the words before it closes
                // the quote: `“It's unusual,“ said Noble`.
                (Some(o), Mark::Open) if !tokens[i].space_before && !next_attached => {
                    quotes.push(Quote {
                        open: o,
                        close: i,
                        closed: true,
                    });
                    open = None;
                }
                (Some(_), Mark::Open) => open = Some(i),
                _ => {}
            }
        }
        if let Some(o) = open {
            let continues = segments
                .paragraphs
                .get(paragraph.paragraph + 1)
                .is_some_and(|next| {
                    !next.boilerplate
                        && tokens.get(next.first).is_some_and(|t| {
                            matches!(t.kind, Kind::Quote(Mark::Open | Mark::Straight))
                        })
                });
            if !continues {
                quotes.push(Quote {
                    open: o,
                    close: paragraph.end,
                    closed: false,
                });
                open = None;
            }
        }
    }
    quotes
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

/// Whether no new clause follows the attribution, which ends at
/// `attribution_end`, before the second half of a split quote opens at
/// `open`: "…,” he told reporters. “…" but not "…,” she said, and he cut in. “…".
pub(super) fn no_new_clause(finder: &Finder, attribution_end: usize, open: usize) -> bool {
    (attribution_end..open).all(|k| {
        let conjunction = k > 0
            && finder.doc.tokens[k - 1].is_punct(',')
            && word_in(
                finder.doc.word(k),
                &["and", "but", "while", "as", "when", "because"],
            );
        !conjunction || cue_lemma(finder.doc.word(k + 1)).is_some()
    })
}
