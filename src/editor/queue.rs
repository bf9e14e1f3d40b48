//! The review queue: the unreviewed statements of an article, riskiest
//! first, so that an editor short of time checks first what the engine most
//! likely got wrong.

use factline_core::{Article, Confidence, Statement, StatementKind};

/// How likely the engine's reading of a statement is to be wrong, most
/// likely first. The order follows where wrong attributions come from: a
/// quotation with nobody to say it, a speaker guessed across sentences, a
/// speaker reached through a pronoun or a role noun, and figures, whose
/// rates the page derives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    SpeechWithoutSpeaker,
    /// A quotation whose words hold a closing and an opening quotation mark:
    /// its tag is likely inside it ("…," she said. "…").
    QuoteWithTagInside,
    GuessedSpeaker,
    SpeakerByReference,
    Figures,
    Plain,
}

pub fn risk(statement: &Statement) -> Risk {
    let evidence = statement.evidence.as_ref();
    let link = evidence.and_then(|evidence| evidence.link.as_deref());
    if statement.kind != StatementKind::Narration && statement.speaker.is_none() {
        Risk::SpeechWithoutSpeaker
    } else if statement.kind == StatementKind::Direct && holds_quotation_marks(&statement.text) {
        Risk::QuoteWithTagInside
    } else if evidence.and_then(|evidence| evidence.confidence) == Some(Confidence::Uncertain) {
        Risk::GuessedSpeaker
    } else if matches!(
        link,
        Some("pronoun" | "role-noun" | "role-noun-named-next" | "continuation")
    ) {
        Risk::SpeakerByReference
    } else if !statement.figures.is_empty() {
        Risk::Figures
    } else {
        Risk::Plain
    }
}

/// Whether a quotation's words hold quotation marks of their own: a quote
/// is read without its outer marks, so marks inside it are where it was
/// interrupted.
fn holds_quotation_marks(text: &str) -> bool {
    text.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}') || c.is_whitespace())
        .contains(['"', '\u{201c}', '\u{201d}'])
}

/// The indexes of the unreviewed statements, riskiest first, then in the
/// order of the text.
pub fn review_queue(article: &Article) -> Vec<usize> {
    let mut queue: Vec<usize> = (0..article.statements.len())
        .filter(|&index| article.statements[index].review.is_none())
        .collect();
    queue.sort_by_key(|&index| (risk(&article.statements[index]), index));
    queue
}

/// Why a statement is high in the queue, for the editor; `None` when it is
/// not at risk.
pub fn risk_note(risk: Risk) -> Option<&'static str> {
    match risk {
        Risk::SpeechWithoutSpeaker => Some("No speaker found"),
        Risk::QuoteWithTagInside => Some("Tag inside the quote?"),
        Risk::GuessedSpeaker => Some("Speaker guessed"),
        Risk::SpeakerByReference => Some("Speaker through a reference"),
        Risk::Figures => Some("Has figures"),
        Risk::Plain => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factline_core::{ArticleMeta, Review};

    fn article(text: &str) -> Article {
        let meta = ArticleMeta {
            id: "a".to_string(),
            published: "2024-03-01".parse().ok(),
            ..ArticleMeta::default()
        };
        Article::extract(meta, text.to_string())
    }

    #[test]
    fn speech_without_a_speaker_comes_before_a_named_one() {
        let mut article = article(
            "\"The bridge will reopen soon,\" said Mara Quill. Ten buses were added, officials said.",
        );
        assert_eq!(article.statements.len(), 2, "{:?}", article.statements);
        assert!(
            article.statements[0].speaker.is_some(),
            "the engine names the first speaker"
        );
        article.statements[1].speaker = None;
        assert_eq!(risk(&article.statements[1]), Risk::SpeechWithoutSpeaker);
        assert_eq!(review_queue(&article), [1, 0]);
    }

    #[test]
    fn a_quote_interrupted_by_its_tag_is_at_risk() {
        // The engine reads the halves as two statements; a dataset from an
        // older engine, or written by hand, may hold both with the tag.
        let text =
            "\"We cannot wait another winter,\" said Mayor Lena Ortiz. \"The steel is failing.\"";
        let mut article = article(text);
        let halves: Vec<&str> = article.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            halves,
            ["We cannot wait another winter,", "The steel is failing."]
        );
        let second = article.statements.remove(1);
        let quote = &mut article.statements[0];
        quote.end = second.end;
        quote.text = text[quote.start..quote.end].to_string();
        assert_eq!(risk(quote), Risk::QuoteWithTagInside, "{quote:?}");
        assert!(!holds_quotation_marks("The steel is failing."));
        assert!(!holds_quotation_marks(
            "\u{201c}The steel is failing.\u{201d}"
        ));
    }

    #[test]
    fn reviewed_statements_leave_the_queue() {
        let mut article = article(
            "\"The bridge will reopen soon,\" said Mara Quill. Ten buses were added, officials said.",
        );
        let all = review_queue(&article);
        assert_eq!(all.len(), article.statements.len());
        article.statements[all[0]].review = Some(Review::Accepted);
        assert_eq!(review_queue(&article), all[1..]);
    }

    #[test]
    fn a_pronoun_across_sentences_is_a_guess() {
        let article = article(
            "Mara Quill spoke to reporters on Monday. \"We will reopen the bridge,\" she said.",
        );
        let pronoun = article
            .statements
            .iter()
            .find(|statement| statement.text.contains("reopen"))
            .expect("the quote is found");
        assert!(risk(pronoun) <= Risk::SpeakerByReference, "{pronoun:?}");
        assert!(risk_note(risk(pronoun)).is_some());
    }
}
