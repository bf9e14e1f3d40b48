//! The article text cut into pieces for highlighting: statements on the
//! outside, and the speakers' mentions, figures and times inside them.

use factline_core::Article;

use crate::order;

/// What a highlighted piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Mention,
    Figure,
    Time,
}

/// A run of text with at most one mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub mark: Option<Mark>,
}

/// A run of text that is one statement, or lies between statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The statement's index in its article, when the passage is one.
    pub statement: Option<usize>,
    pub pieces: Vec<Piece>,
}

/// Cuts the whole text into passages. Statements that overlap an earlier one
/// are left unhighlighted rather than nested, and marks that overlap an
/// earlier mark are dropped; a mark that crosses a statement's edge is cut
/// there. Spans off the text or off character boundaries are ignored.
pub fn passages(article: &Article) -> Vec<Passage> {
    let text = &article.text;
    let marks = kept_marks(article);
    statement_runs(article)
        .into_iter()
        .map(|(start, end, statement)| Passage {
            statement,
            pieces: pieces(text, start, end, &marks),
        })
        .collect()
}

/// Whether `start..end` is a span of `text`: not empty, and on character
/// boundaries.
fn on_text(text: &str, start: usize, end: usize) -> bool {
    start < end && text.get(start..end).is_some()
}

/// The text cut into runs: each statement that overlaps no earlier one, and
/// the text between them.
fn statement_runs(article: &Article) -> Vec<(usize, usize, Option<usize>)> {
    let text = &article.text;
    let mut statements: Vec<(usize, usize, usize)> = article
        .statements
        .iter()
        .enumerate()
        .filter(|(_, statement)| on_text(text, statement.start, statement.end))
        .map(|(index, statement)| (statement.start, statement.end, index))
        .collect();
    order::sort_by_key(&mut statements, |&statement| statement);
    let mut runs: Vec<(usize, usize, Option<usize>)> = Vec::new();
    let mut at = 0;
    for (start, end, index) in statements {
        if start < at {
            continue;
        }
        if start > at {
            runs.push((at, start, None));
        }
        runs.push((start, end, Some(index)));
        at = end;
    }
    if at < text.len() {
        runs.push((at, text.len(), None));
    }
    runs
}

/// The marks of mentions, figures and times in text order, each that
/// overlaps no earlier one.
fn kept_marks(article: &Article) -> Vec<(usize, usize, Mark)> {
    let mentions = article
        .statements
        .iter()
        .filter_map(|statement| statement.mention.as_ref())
        .map(|mention| (mention.start, mention.end, Mark::Mention));
    let figures = article
        .figures
        .iter()
        .map(|figure| (figure.start, figure.end, Mark::Figure));
    let times = article
        .times
        .iter()
        .map(|time| (time.start, time.end, Mark::Time));
    let mut marks: Vec<(usize, usize, Mark)> = mentions
        .chain(figures)
        .chain(times)
        .filter(|&(start, end, _)| on_text(&article.text, start, end))
        .collect();
    order::sort_by_key(&mut marks, |&(start, end, _)| (start, end));
    marks.dedup_by_key(|&mut (start, end, _)| (start, end));
    let mut kept: Vec<(usize, usize, Mark)> = Vec::new();
    for mark in marks {
        if kept.last().is_none_or(|last| mark.0 >= last.1) {
            kept.push(mark);
        }
    }
    kept
}

/// The pieces of `start..end`, marked where a mark covers them.
fn pieces(text: &str, start: usize, end: usize, marks: &[(usize, usize, Mark)]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = start;
    for &(mark_start, mark_end, mark) in marks {
        let (from, to) = (mark_start.max(start), mark_end.min(end));
        // Cutting a mark at a statement's edge must stay on a char boundary,
        // which both edges are.
        if from >= to || text.get(from..to).is_none() {
            continue;
        }
        if from > at {
            pieces.push(Piece {
                start: at,
                end: from,
                mark: None,
            });
        }
        pieces.push(Piece {
            start: from,
            end: to,
            mark: Some(mark),
        });
        at = to;
    }
    if at < end {
        pieces.push(Piece {
            start: at,
            end,
            mark: None,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use factline_core::{Figure, Mention};

    use super::{passages, Mark, Passage, Piece};
    use crate::catalog::tests::{article, statement};

    #[test]
    fn statements_contain_their_marks_and_mentions_stand_outside() {
        let text = "“We need 50 buses,” said Johnson. Then rain.";
        let mut news = article("a", None);
        news.text = text.to_string();
        let quote_start = "“".len();
        let quote_end = text.find('”').unwrap() - 1;
        let mut quote = statement("s1", &text[quote_start..quote_end], Some("p1"), None);
        quote.start = quote_start;
        quote.end = quote_end;
        let johnson = text.find("Johnson").unwrap();
        quote.mention = Some(Mention {
            text: "Johnson".to_string(),
            start: johnson,
            end: johnson + 7,
        });
        news.statements = vec![quote];
        let fifty = text.find("50").unwrap();
        news.figures = vec![Figure {
            id: "f1".to_string(),
            text: "50 buses".to_string(),
            start: fifty,
            end: fifty + 8,
            value: 50.0,
            unit: Some("buses".to_string()),
            qualifier: None,
            ..Figure::default()
        }];
        let passages = passages(&news);
        let read = |piece: &Piece| &text[piece.start..piece.end];
        assert_eq!(passages.len(), 3);
        assert_eq!(passages[1].statement, Some(0));
        let inside: Vec<(&str, Option<Mark>)> = passages[1]
            .pieces
            .iter()
            .map(|piece| (read(piece), piece.mark))
            .collect();
        assert_eq!(
            inside,
            [("We need ", None), ("50 buses", Some(Mark::Figure))]
        );
        let after: &Passage = &passages[2];
        assert_eq!(after.statement, None);
        assert!(after
            .pieces
            .iter()
            .any(|piece| read(piece) == "Johnson" && piece.mark == Some(Mark::Mention)));
        let whole: String = passages
            .iter()
            .flat_map(|passage| passage.pieces.iter().map(read))
            .collect();
        assert_eq!(whole, text, "the pieces put the text back together");
    }

    #[test]
    fn bad_spans_are_ignored() {
        let mut news = article("a", None);
        news.text = "é then more".to_string();
        let mut broken = statement("s1", "x", None, None);
        broken.start = 1;
        broken.end = 3;
        news.statements = vec![broken];
        let passages = passages(&news);
        assert_eq!(passages.len(), 1);
        assert_eq!(passages[0].statement, None);
    }
}
