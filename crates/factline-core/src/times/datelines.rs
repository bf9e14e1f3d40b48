//! The runs of tokens times are read in, the datelines among them, and the
//! country whose fiscal year the datelines name ("NEW DELHI, May 20",
//! "Mumbai:", "(PTI)").

use crate::grammar::{dateline_country, fiscal_home, FiscalHome};
use crate::lex::{is_capitalized, Kind, Token};
use crate::segment::{Segments, Span};

/// The country's fiscal year the article's datelines name by a city or a
/// news agency ("NEW DELHI, May 20", "(AAP)"; see `DATELINE_COUNTRIES`),
/// or the place that opens its first paragraphs in a dateline of the
/// Indian press, which ends in a colon or a bracket rather than a dash
/// ("New Delhi:", "Mumbai, May 20 (PTI)"); none when they name none, or
/// two that differ.
pub(super) fn dateline_fiscal_home(text: &str, segments: &Segments) -> Option<FiscalHome> {
    let openings = segments
        .paragraphs
        .iter()
        .filter(|paragraph| !paragraph.boilerplate)
        .take(OPENING_PLACE_PARAGRAPHS)
        .filter_map(|paragraph| place_opening(text, &segments.tokens, paragraph.first));
    let mut homes = segments
        .datelines
        .iter()
        .copied()
        .chain(openings)
        .flat_map(|span| span.first..span.end)
        .filter_map(|k| dateline_country(text, &segments.tokens, k).and_then(fiscal_home));
    let first = homes.next()?;
    homes.all(|home| home == first).then_some(first)
}

/// How many paragraphs from the top may open with a place before a colon
/// or a bracket: the first is often the headline.
const OPENING_PLACE_PARAGRAPHS: usize = 2;

/// The words before a colon, or the agency in the bracket, that open a
/// paragraph at token `first` as a dateline without a dash: "New Delhi:",
/// "Mumbai, May 20 (PTI)". Only capitalised words, numbers and commas may
/// stand before it, so a sentence ("Officials said: ...") is none.
fn place_opening(text: &str, tokens: &[Token], first: usize) -> Option<Span> {
    let limit = tokens.len().min(first + OPENING_PLACE_REACH);
    for (k, token) in tokens.iter().enumerate().take(limit).skip(first) {
        // Before a bracket only the agency in it is read: the place may be
        // a first name too ("Regina Lopez (D)").
        let stop = match token.kind {
            Kind::Punct(':') => Some(Span { first, end: k }),
            Kind::Punct('(') => Some(Span {
                first: k + 1,
                end: k + 2,
            }),
            _ => None,
        };
        if let Some(span) = stop.filter(|_| k > first) {
            return Some(span);
        }
        let allowed = token.kind == Kind::Number
            || token.is_punct(',')
            || token.is_word() && is_capitalized(token.text(text));
        if !allowed {
            return None;
        }
    }
    None
}

/// How many tokens a place and date before a colon or bracket may take:
/// "New Delhi, May 20 (".
const OPENING_PLACE_REACH: usize = 8;

/// The runs of tokens times are read in, in text order: the sentences of
/// reporting, and the datelines before them.
pub(super) fn windows(segments: &Segments) -> Vec<Span> {
    let mut windows: Vec<Span> = segments
        .sentences
        .iter()
        .filter(|sentence| !sentence.boilerplate)
        .map(|sentence| Span {
            first: sentence.first,
            end: sentence.end,
        })
        .chain(segments.datelines.iter().copied())
        .collect();
    windows.sort_by_key(|window| window.first);
    windows
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// A dateline's date is when the report was filed, though its place is
    /// no sentence of the report: (text, its times).
    #[test]
    fn a_datelines_date_is_read() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "HARBORTON, August 7 (Xinhua) --\nA ferry sank on Friday.",
                &[
                    ("August 7", "1998-08-07/1998-08-07"),
                    ("Friday", "1998-08-07/1998-08-07"),
                ],
            ),
            (
                "HARBORTON, Aug. 6 (AP) — The council met.",
                &[("Aug. 6", "1998-08-06/1998-08-06")],
            ),
            ("HARBORTON (Reuters) — The council met.", &[]),
        ];
        expect_resolved(cases, "1998-08-08");
    }
}
