//! `factline extract --explain`: what the engine found in each article and
//! why, statement by statement: the rule that found the statement, its cue,
//! how its mention leads to the speaker (through which earlier mention) and
//! how sure that is. It answers "which rule made this?" without a debugger.
//! After an article's statements come the words of saying it did not read as
//! speech, each with the rule that refused it: "why not?". As text it is for
//! people; as JSON (the dataset with an `evidence` member on each statement
//! and `words_of_saying_left` on each article) for scripts that measure the
//! engine.

use std::fmt::Write;

use factline_core::{
    analyze, words_of_saying_left, Article, Dataset, Evidence, Mention, Statement,
};
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
        let left = words_of_saying_left(&article.text, article.published);
        if !left.is_empty() {
            let _ = writeln!(out, "  words of saying not read as speech:");
        }
        for word in left {
            let why = word.refusal.map_or(
                "a usable cue, but no source or clause was found for it",
                |r| r.name(),
            );
            let _ = writeln!(out, "      {}: {why}", span(&word.cue));
        }
    }
    out
}

/// The dataset as JSON with each statement's evidence beside its fields.
pub fn json(dataset: &Dataset) -> String {
    let mut value: Value = serde_json::from_str(&dataset.to_json()).unwrap_or(Value::Null);
    let articles = value.get_mut("articles").and_then(Value::as_array_mut);
    for (article, json_article) in dataset.articles.iter().zip(articles.into_iter().flatten()) {
        let left: Vec<Value> = words_of_saying_left(&article.text, article.published)
            .into_iter()
            .map(|word| {
                let cue = &word.cue;
                let refusal = word.refusal.map(|r| r.name());
                json!({"text": cue.text, "start": cue.start, "end": cue.end, "refusal": refusal})
            })
            .collect();
        if let Some(fields) = json_article.as_object_mut() {
            fields.insert("words_of_saying_left".into(), Value::Array(left));
        }
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
