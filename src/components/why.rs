//! A card's "Why?": the rule that found the statement and the one that led
//! to its speaker, in plain words, with the words of the article that made
//! them marked: the cue, the mention and the earlier mention it stands for;
//! and for each of its figures and its time, the rule that read it and the
//! words it was tied to.

use factline_core::{Article, Confidence, Evidence, ReadingEvidence, Statement};
use yew::prelude::*;

use crate::clip::{self, clipped};

/// What a rule that finds statements recognised, for a reader.
pub(crate) fn found_as(rule: &str) -> &str {
    match rule {
        "quote-tag-after" => "a quotation, then who said it",
        "quote-tag-before" => "who said it, then a quotation",
        "quote-second-half" => "a quotation going on after its tag",
        "quote-continues-paragraph" => "a quotation going on from the one before",
        "quote-signed" => "a quotation signed with a dash and a name",
        "reported-according-to" => "words after “according to”",
        "reported-according-to-document" | "reported-document-before" => {
            "a document’s words, credited to its issuer"
        }
        "reported-source-before" => "reported speech after its source",
        "reported-source-after" => "reported speech before its source",
        "reported-through-relative-pronoun" => "reported speech after “who said”",
        "reported-by-joined-verb" => "reported speech after “and said”",
        "reported-quoted-as-saying" => "words “quoted as saying”",
        "figures-in-narration" => "figures the article states itself",
        other => other,
    }
}

/// How a rule that links mentions led to the speaker, for a reader. The
/// words fit a person and an organization alike: "the department" is no
/// one's role.
pub(crate) fn linked_by(link: &str) -> &str {
    match link {
        "name" => "named here",
        "description" => "described here",
        "alias" => "a short form of an earlier name",
        "role-noun" => "a noun for a speaker named earlier",
        "role-noun-named-next" => "a role, its holder named just after",
        "pronoun" => "a pronoun for a speaker named earlier",
        "relative-pronoun" => "“who”, for the words before it",
        "continuation" => "the speaker of the quotation before",
        other => other,
    }
}

fn confidence_label(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Certain => "certain",
        Confidence::Likely => "likely",
        Confidence::Uncertain => "uncertain",
    }
}

/// The disclosure for a statement with evidence.
pub fn why(article: &Article, statement: &Statement, evidence: &Evidence) -> Html {
    html! {
        <details class="why">
            <summary>{ "Why?" }</summary>
            <p>{ format!("Found as {}.", found_as(&evidence.rule)) }</p>
            if evidence.cue.is_some() || statement.mention.is_some() {
                <p class="why-text">{ marked(&article.text, statement, evidence) }</p>
            }
            { speaker_link(evidence) }
            { readings(article, statement) }
        </details>
    }
}

/// How the words naming the speaker led to it, how sure that is, and the
/// earlier mention they stand for: "Speaker: a pronoun for a speaker named
/// earlier; likely. Earlier: Jane Roe".
pub(crate) fn speaker_link(evidence: &Evidence) -> Html {
    let link = evidence.link.as_deref().map(|link| {
        let sure = evidence.confidence.map_or("", confidence_label);
        html! { <p>{ format!("Speaker: {}; {sure}.", linked_by(link)) }</p> }
    });
    let earlier = evidence.antecedent.as_ref().map(|antecedent| {
        html! { <p>{ "Earlier: " }<mark class="hl-mention">{ &antecedent.text }</mark></p> }
    });
    html! { <>{ for link }{ for earlier }</> }
}

/// A line for each of the statement's figures and for its time that the
/// engine read: "“4%”: percentage, tied to “last year”." Rules are shown by
/// their names in words; what each recognises is in the editor and
/// `factline extract --explain`.
fn readings(article: &Article, statement: &Statement) -> Html {
    let figures = article
        .figures
        .iter()
        .filter(|figure| statement.figures.contains(&figure.id))
        .map(|figure| (&figure.text, figure.evidence.as_ref()));
    let time = article
        .times
        .iter()
        .filter(|time| statement.time.as_ref() == Some(&time.id))
        .map(|time| (&time.text, time.evidence.as_ref()));
    figures
        .chain(time)
        .filter_map(|(text, evidence)| Some((text, evidence?)))
        .map(|(text, evidence): (_, &ReadingEvidence)| {
            html! {
                <p>
                    { format!("“{text}”: {}", evidence.rule.replace('-', " ")) }
                    if let Some(tied_to) = &evidence.tied_to {
                        { ", tied to " }<mark class="hl-time">{ &tied_to.text }</mark>
                    }
                    { "." }
                </p>
            }
        })
        .collect()
}

/// The article's words from the first of statement, cue and mention to the
/// last, with the cue and the mention marked.
pub(crate) fn marked(text: &str, statement: &Statement, evidence: &Evidence) -> Html {
    let mut spans = [
        (evidence.cue.as_ref(), "hl-cue"),
        (statement.mention.as_ref(), "hl-mention"),
    ]
    .map(|(span, class)| span.map_or((usize::MAX, 0, class), |m| (m.start, m.end, class)));
    // In text order; a sort would cost the page's wasm more than this.
    if spans[1].0 < spans[0].0 {
        spans.swap(0, 1);
    }
    // The statement's own words are on the card: long ones are cut here.
    let piece = |from: usize, to: usize| {
        clipped(text.get(from..to).unwrap_or(""), clip::LABEL).into_owned()
    };
    let mut nodes = Vec::new();
    let mut at = spans[0].0.min(statement.start);
    for (from, to, class) in spans {
        if from < at || from == usize::MAX {
            continue;
        }
        nodes.push(html! { { piece(at, from) } });
        nodes.push(html! { <mark class={class}>{ piece(from, to) }</mark> });
        at = to;
    }
    nodes.push(html! { { piece(at, statement.end.max(at)) } });
    nodes.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::{found_as, linked_by};
    use factline_core::{LinkRule, StatementRule};

    /// A rule the engine gains must gain words for a reader too: a card
    /// that says "found as reported-document-before" explains nothing.
    #[test]
    fn every_rule_has_words_for_a_reader() {
        for rule in StatementRule::ALL {
            assert_ne!(found_as(rule.name()), rule.name());
        }
        for rule in LinkRule::ALL {
            assert_ne!(linked_by(rule.name()), rule.name());
        }
    }
}
