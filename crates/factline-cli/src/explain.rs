//! `factline extract --explain`: what the engine found in each article and
//! why, statement by statement: the rule that found the statement, its cue,
//! how its mention leads to the speaker (through which earlier mention) and
//! how sure that is, all from the statement's evidence in the dataset; and
//! for each figure and time, the rule that read it and the words it was tied
//! to. It answers "which rule made this?" without a debugger. After an article's
//! statements come the words of saying it did not read as speech, each with
//! the rule that refused it: "why not?". As text it is for people; as JSON
//! (the dataset with `words_of_saying_left` on each article) for scripts that
//! measure the engine.

use std::fmt::Write;

use factline_core::{
    words_of_saying_left, Article, Dataset, FigureRule, LinkRule, Mention, ReadingEvidence,
    Statement, StatementRule, TimeRule,
};
use serde_json::{json, Value};

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
        for statement in &article.statements {
            statement_text(&mut out, article, statement);
        }
        if !article.times.is_empty() {
            let _ = writeln!(out, "  times:");
        }
        for time in &article.times {
            let _ = writeln!(
                out,
                "      {} {}",
                time.id,
                span_of(&time.text, time.start, time.end)
            );
            reading_text(
                &mut out,
                time.evidence.as_ref(),
                TimeRule::from_name,
                TimeRule::explanation,
                "tied to",
            );
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

/// The dataset as JSON with the words of saying left on each article.
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
    }
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn span(mention: &Mention) -> String {
    span_of(&mention.text, mention.start, mention.end)
}

fn span_of(text: &str, start: usize, end: usize) -> String {
    format!("\"{text}\" ({start}–{end})")
}

/// The rule that read a figure or time and the words it was tied to, from
/// the rules of its kind (`from_name`, `explanation`).
fn reading_text<R: Copy>(
    out: &mut String,
    evidence: Option<&ReadingEvidence>,
    from_name: fn(&str) -> Option<R>,
    explanation: fn(R) -> &'static str,
    tied: &str,
) {
    let Some(evidence) = evidence else {
        let _ = writeln!(out, "        no evidence: the dataset or an editor gave it");
        return;
    };
    let rule = &evidence.rule;
    let what = from_name(rule).map_or("a rule this build does not know", explanation);
    let _ = writeln!(out, "        read by {rule}: {what}");
    if let Some(tied_to) = &evidence.tied_to {
        let _ = writeln!(out, "        {tied} {}", span(tied_to));
    }
}

fn statement_text(out: &mut String, article: &Article, statement: &Statement) {
    let kind = format!("{:?}", statement.kind).to_lowercase();
    let (id, start, end) = (&statement.id, statement.start, statement.end);
    let _ = writeln!(out, "  {id} {kind} ({start}–{end}): {}", statement.text);
    let evidence = statement.evidence.as_ref();
    match evidence {
        Some(evidence) => {
            let rule = &evidence.rule;
            let what = StatementRule::from_name(rule).map_or(
                "a rule this build does not know",
                StatementRule::explanation,
            );
            let _ = writeln!(out, "      found by {rule}: {what}");
        }
        None => {
            let _ = writeln!(out, "      no evidence: the dataset gave this statement");
        }
    }
    if let Some(cue) = evidence.and_then(|e| e.cue.as_ref()) {
        let _ = writeln!(out, "      cue {}", span(cue));
    }
    speaker_text(out, article, statement);
    for figure in article
        .figures
        .iter()
        .filter(|figure| statement.figures.contains(&figure.id))
    {
        let place = span_of(&figure.text, figure.start, figure.end);
        let _ = writeln!(out, "      figure {} {place}", figure.id);
        reading_text(
            out,
            figure.evidence.as_ref(),
            FigureRule::from_name,
            FigureRule::explanation,
            "for the period",
        );
    }
    let Some(evidence) = evidence else {
        return;
    };
    if let Some(link) = &evidence.link {
        let what = LinkRule::from_name(link)
            .map_or("a rule this build does not know", LinkRule::explanation);
        let through = evidence
            .antecedent
            .as_ref()
            .map_or(String::new(), |antecedent| {
                format!(", through {}", span(antecedent))
            });
        let _ = writeln!(out, "      linked by {link}: {what}{through}");
    }
    if let Some(confidence) = evidence.confidence {
        let _ = writeln!(out, "      confidence {}", confidence.name());
    }
}

/// The statement's speaker and the mention it was found from, or the mention
/// that led to no one.
fn speaker_text(out: &mut String, article: &Article, statement: &Statement) {
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
}
