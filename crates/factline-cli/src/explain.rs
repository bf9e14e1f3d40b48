//! `factline extract --explain`: what the engine found in each article and
//! why, statement by statement: the rule that found the statement, its cue,
//! how its mention leads to the speaker (through which earlier mention) and
//! how sure that is. It answers "which rule made this?" without a debugger.
//! As text it is for people; as JSON (the dataset with an `evidence` member
//! on each statement) for scripts that measure the engine.

use std::fmt::Write;

use factline_core::{analyze, Article, Dataset, Evidence, Mention, Statement};
use serde_json::{json, Value};

/// Each statement of `article` with its evidence. The engine runs again
/// over the text: evidence is not part of the dataset format.
fn with_evidence(article: &Article) -> impl Iterator<Item = (&Statement, Evidence)> {
    let analysis = analyze(&article.text, article.published);
    article.statements.iter().zip(analysis.evidence)
}

/// The report for every article of `dataset`, in words.
pub fn text(dataset: &Dataset) -> String {
    let mut out = String::new();
    for article in &dataset.articles {
        let _ = writeln!(
            out,
            "{} ({} statements)",
            article.id,
            article.statements.len()
        );
        for (statement, evidence) in with_evidence(article) {
            statement_text(&mut out, article, statement, &evidence);
        }
    }
    out
}

/// The dataset as JSON with each statement's evidence beside its fields.
pub fn json(dataset: &Dataset) -> String {
    let mut value: Value = serde_json::from_str(&dataset.to_json()).unwrap_or(Value::Null);
    let articles = value.get_mut("articles").and_then(Value::as_array_mut);
    for (article, json_article) in dataset.articles.iter().zip(articles.into_iter().flatten()) {
        let statements = json_article
            .get_mut("statements")
            .and_then(Value::as_array_mut);
        for ((_, evidence), json_statement) in
            with_evidence(article).zip(statements.into_iter().flatten())
        {
            if let Some(fields) = json_statement.as_object_mut() {
                fields.insert("evidence".into(), evidence_json(&evidence));
            }
        }
    }
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn evidence_json(evidence: &Evidence) -> Value {
    let span = |mention: &Option<Mention>| {
        mention
            .as_ref()
            .map(|m| json!({"text": m.text, "start": m.start, "end": m.end}))
    };
    json!({
        "rule": evidence.rule.name(),
        "cue": span(&evidence.cue),
        "link": evidence.link.map(|link| link.name()),
        "antecedent": span(&evidence.antecedent),
        "confidence": evidence.confidence.map(|level| level.name()),
    })
}

fn span(mention: &Mention) -> String {
    format!("\"{}\" ({}–{})", mention.text, mention.start, mention.end)
}

fn statement_text(out: &mut String, article: &Article, statement: &Statement, evidence: &Evidence) {
    let kind = format!("{:?}", statement.kind).to_lowercase();
    let (id, start, end) = (&statement.id, statement.start, statement.end);
    let _ = writeln!(out, "  {id} {kind} ({start}–{end}): {}", statement.text);
    let rule = evidence.rule;
    let _ = writeln!(
        out,
        "      found by {}: {}",
        rule.name(),
        rule.explanation()
    );
    if let Some(cue) = &evidence.cue {
        let _ = writeln!(out, "      cue {}", span(cue));
    }
    let speaker = statement
        .speaker
        .as_ref()
        .and_then(|id| article.speakers.iter().find(|speaker| &speaker.id == id));
    match (speaker, &statement.mention) {
        (Some(speaker), mention) => {
            let mention = mention
                .as_ref()
                .map_or(String::new(), |m| format!(" from {}", span(m)));
            let _ = writeln!(
                out,
                "      speaker {} ({}){mention}",
                speaker.name, speaker.id
            );
        }
        (None, Some(mention)) => {
            let _ = writeln!(out, "      speaker not resolved from {}", span(mention));
        }
        (None, None) => {}
    }
    if let Some(link) = evidence.link {
        let through = evidence
            .antecedent
            .as_ref()
            .map_or(String::new(), |antecedent| {
                format!(", through {}", span(antecedent))
            });
        let _ = writeln!(
            out,
            "      linked by {}: {}{through}",
            link.name(),
            link.explanation()
        );
    }
    if let Some(confidence) = evidence.confidence {
        let _ = writeln!(out, "      confidence {}", confidence.name());
    }
}
