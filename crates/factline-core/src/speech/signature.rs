//! Quotations signed with a dash, as news releases print them: a paragraph
//! that is nothing but a quotation, then a line with a dash and who said
//! it, their name and office, and no word of saying:
//!
//! ```text
//! “Today’s investment will help families find a home.”
//!
//! – The Honourable Jane Roe, Minister of Housing
//! ```

use crate::evidence::StatementRule;
use crate::grammar::NAME_PARTICLES;
use crate::lex::{is_capitalized, Kind};
use crate::segment::{Block, Span};

use super::quotes::Quote;
use super::{RawStatement, Speech};

/// How many tokens a signature may hold: a name and an office, never a
/// sentence.
const SIGNATURE_REACH: usize = 24;

impl Speech<'_> {
    /// Quotations with no cue that a signature after them attributes.
    pub(super) fn signed_quotes(&mut self) {
        let segments = self.finder.segments;
        let text = self.finder.doc.text;
        let signed: Vec<(usize, Span, Span)> = self
            .quotes
            .iter()
            .enumerate()
            .filter(|&(qi, quote)| !self.quote_used[qi] && quote.closed)
            .filter_map(|(qi, quote)| {
                let mention = signature_after(segments, text, quote)?;
                Some((qi, quote.content(), mention))
            })
            .collect();
        for (qi, content, mention) in signed {
            self.quote_used[qi] = true;
            self.statements.push(RawStatement::quotation(
                StatementRule::QuoteSigned,
                content,
                mention,
                None,
                None,
            ));
        }
    }
}

/// The signature that follows `quote`, if the quotation fills its
/// paragraph: the name and office after a dash that opens the next
/// paragraph, to that paragraph's end.
fn signature_after(segments: &crate::segment::Segments, text: &str, quote: &Quote) -> Option<Span> {
    let paragraph_at = |i: usize| {
        let sentence = segments.sentence_of(i)?;
        segments
            .paragraphs
            .get(segments.sentences.get(sentence)?.paragraph)
    };
    let own: &Block = paragraph_at(quote.open)?;
    if own.first != quote.open {
        return None;
    }
    let dash = quote.close + 1;
    if own.end != dash {
        return None;
    }
    let signed: &Block = paragraph_at(dash).filter(|next| next.first == dash)?;
    let tokens = &segments.tokens;
    let opens = tokens
        .get(dash)
        .is_some_and(|t| matches!(t.kind, Kind::Punct('–' | '—' | '-')));
    let name_first = dash + 1;
    let named = tokens
        .get(name_first)
        .is_some_and(|t| t.is_word() && is_capitalized(t.text(text)));
    let end = trim_final_dot(tokens, name_first, signed.end, text);
    let short = end > name_first && end - name_first <= SIGNATURE_REACH;
    let no_sentence = (name_first..end).all(|k| !ends_sentence(tokens[k].kind));
    let name_end = (name_first..end)
        .find(|&k| tokens[k].is_punct(','))
        .unwrap_or(end);
    let is_name = (name_first..name_end).all(|k| {
        let word = tokens[k].text(text);
        !tokens[k].is_word() || is_capitalized(word) || NAME_PARTICLES.contains(word)
    });
    (opens && named && short && no_sentence && is_name).then(|| Span::new(name_first, end))
}

/// `end`, less a final full stop after the signature's last word.
fn trim_final_dot(tokens: &[crate::lex::Token], first: usize, end: usize, text: &str) -> usize {
    let last_dot =
        end > first && tokens[end - 1].is_punct('.') && tokens[end - 1].text(text) == ".";
    end - usize::from(last_dot)
}

/// Whether a token of this kind ends a sentence, which a signature never
/// holds.
fn ends_sentence(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Punct('.' | '!' | '?' | ':' | ';') | Kind::Quote(_)
    )
}

#[cfg(test)]
mod tests {
    use crate::segment::segment;
    use crate::speech::find_statements;
    use crate::times::find_times;

    /// Each signed statement's text and the words that name its source,
    /// in a text that opens with a sentence of its own.
    fn signed(body: &str) -> Vec<(String, String)> {
        let text = &format!("The port reopened on Monday.\n\n{body}");
        let segments = segment(text);
        let times = find_times(text, &segments, None);
        find_statements(text, &segments, &times)
            .into_iter()
            .filter(|s| s.rule == crate::evidence::StatementRule::QuoteSigned)
            .map(|s| {
                let mention = s.mention.expect("a signed quotation names its source");
                (
                    segments.text_of(text, s.first, s.end).to_string(),
                    segments
                        .text_of(text, mention.first, mention.end)
                        .to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_signature_under_a_quotation_names_its_speaker() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "“The ferry will run all winter.”\n\n– The Honourable Ada Quist, Minister of Transport\n",
                &[(
                    "The ferry will run all winter.",
                    "The Honourable Ada Quist, Minister of Transport",
                )],
            ),
            (
                "\"We are proud of this bridge.\"\n\n- Tom Vale, Mayor of Harbor City.\n",
                &[("We are proud of this bridge.", "Tom Vale, Mayor of Harbor City")],
            ),
            // A dash line that is a sentence, a list item, or a quotation
            // inside a paragraph is no signature.
            (
                "“The ferry will run all winter.”\n\n- Roads will reopen on Monday.\n",
                &[],
            ),
            (
                "“The ferry will run all winter.”\n\n– and then the storm came, and the port closed for a week.\n",
                &[],
            ),
            (
                "The sign read “Closed” — Harbor Ferries had gone.\n",
                &[],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(q, m)| (q.to_string(), m.to_string()))
                .collect();
            assert_eq!(signed(text), want, "{text}");
        }
    }
}
