//! The last stage: links statements, speakers, figures and times into the
//! dataset's form.
//!
//! Conventions of the output:
//!
//! - Ids are `p1`.. for speakers, `s1`.. for statements, `f1`.. for figures
//!   and `t1`.. for times, in text order.
//! - A statement's `time` is the time the text gives for it ("said on December
//!   27"). `None` means the publication date: no Time is added for it, so the
//!   timeline places undated statements on the day the article appeared.
//! - Every figure outside an attributed statement sits in a `narration`
//!   statement: the sentence that states it, with no speaker.
//! - A figure's `period` is the nearest time in its sentence ("in five days
//!   last week", "In November they detained …").
//! - The speakers list holds the people introduced with a role and everyone
//!   and everything that speaks.

use crate::calendar::Day;
use crate::dataset::{Figure, Mention, Speaker, Statement, StatementKind, Time};
use crate::evidence::{Confidence, Evidence, LinkRule, StatementRule};
use crate::segment::{segment, Segments};
use crate::speakers::Link;
use crate::speech::RawStatement;

/// Everything the engine finds in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// The headline, when the text carries one in a feed footer.
    pub title: Option<String>,
    /// The outlet, when the text carries one in a feed footer.
    pub source: Option<String>,
    pub speakers: Vec<Speaker>,
    pub statements: Vec<Statement>,
    /// Each statement's evidence, in the order of `statements`.
    pub evidence: Vec<Evidence>,
    pub figures: Vec<Figure>,
    pub times: Vec<Time>,
}

/// The byte span of tokens `first..end`.
fn byte_span(segments: &Segments, first: usize, end: usize) -> Option<(usize, usize)> {
    let a = segments.tokens.get(first)?;
    let b = segments.tokens.get(end.checked_sub(1)?)?;
    (a.start() <= b.end()).then_some((a.start(), b.end()))
}

fn slice(text: &str, span: (usize, usize)) -> String {
    text.get(span.0..span.1).unwrap_or("").to_string()
}

/// The text of tokens `first..end` as a dataset span.
fn mention_at(text: &str, segments: &Segments, (first, end): (usize, usize)) -> Option<Mention> {
    byte_span(segments, first, end).map(|span| Mention {
        text: slice(text, span),
        start: span.0,
        end: span.1,
    })
}

/// Why the engine reads `statement` as it does: its rule, its cue, and how
/// its mention leads to the speaker.
fn evidence_of(
    text: &str,
    segments: &Segments,
    statement: &RawStatement,
    link: Option<&Link>,
) -> Evidence {
    let mention = statement.antecedent.or(statement.mention);
    Evidence {
        rule: statement.rule,
        cue: statement
            .cue
            .and_then(|cue| mention_at(text, segments, cue)),
        link: link.map(|link| link.rule),
        antecedent: link
            .and_then(|link| link.antecedent)
            .and_then(|span| mention_at(text, segments, span)),
        confidence: link.map(|link| confidence(segments, link, mention)),
    }
}

/// How sure an attribution is, from the rule that linked it (see
/// [`Confidence`]). A pronoun is as sure as a role noun when its speaker is
/// named in the same sentence, since no other sentence's subject can come
/// between them.
fn confidence(segments: &Segments, link: &Link, mention: Option<(usize, usize)>) -> Confidence {
    match link.rule {
        LinkRule::Name | LinkRule::Description => Confidence::Certain,
        LinkRule::Alias | LinkRule::RoleNoun | LinkRule::RelativePronoun => Confidence::Likely,
        LinkRule::Pronoun => {
            let sentence = |span: Option<(usize, usize)>| {
                span.and_then(|(first, _)| segments.sentence_of(first))
            };
            if sentence(link.antecedent).is_some() && sentence(link.antecedent) == sentence(mention)
            {
                Confidence::Likely
            } else {
                Confidence::Uncertain
            }
        }
        LinkRule::Continuation => Confidence::Uncertain,
    }
}

/// Analyses a news text. `published` is the reference for relative dates.
pub fn analyze(text: &str, published: Option<Day>) -> Analysis {
    let segments = segment(text);
    let times = crate::times::find_times(text, &segments, published);
    let figures = crate::figures::find_figures(text, &segments, &times);
    let raw = crate::speech::find_statements(text, &segments, &times);
    let resolution = crate::speakers::resolve(text, &segments, &raw);

    let mut analysis = Analysis {
        title: segments.title.clone(),
        source: segments.source.clone(),
        ..Analysis::default()
    };

    // Speakers: listed when they speak or come with a role.
    let mut order: Vec<usize> = (0..resolution.entities.len())
        .filter(|&i| {
            let e = &resolution.entities[i];
            e.speaks || e.role.is_some()
        })
        .collect();
    order.sort_by_key(|&i| resolution.entities[i].first_seen);
    let mut speaker_id = vec![None; resolution.entities.len()];
    for (n, &i) in order.iter().enumerate() {
        let e = &resolution.entities[i];
        let id = format!("p{}", n + 1);
        speaker_id[i] = Some(id.clone());
        analysis.speakers.push(Speaker {
            id,
            name: e.name.clone(),
            role: e.role.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
        });
    }

    for (n, t) in times.iter().enumerate() {
        // "Friday's meeting": the date is "Friday".
        let without_possessive = |(start, end): (usize, usize)| {
            let text = text.get(start..end).unwrap_or("");
            let cut = ["’s", "'s"]
                .iter()
                .find(|s| text.ends_with(*s))
                .map_or(0, |s| s.len());
            (start, end - cut)
        };
        if let Some(span) = byte_span(&segments, t.first, t.end).map(without_possessive) {
            analysis.times.push(Time {
                id: format!("t{}", n + 1),
                text: slice(text, span),
                start: span.0,
                end: span.1,
                resolved: t.resolved,
            });
        }
    }
    let time_id = |index: usize| analysis.times.get(index).map(|t| t.id.clone());

    // Figures, each with the nearest time of its sentence as its period.
    let mut figure_sentence = Vec::with_capacity(figures.len());
    let mut time_cursor = 0;
    for (n, f) in figures.iter().enumerate() {
        let Some(span) = byte_span(&segments, f.first, f.end) else {
            continue;
        };
        let sentence = segments.sentence_of(f.first);
        let bounds = sentence
            .and_then(|s| segments.sentences.get(s))
            .map_or((f.first, f.end), |s| (s.first, s.end));
        while times.get(time_cursor).is_some_and(|t| t.end <= bounds.0) {
            time_cursor += 1;
        }
        let period = times[time_cursor.min(times.len())..]
            .iter()
            .enumerate()
            .take_while(|(_, t)| t.first < bounds.1)
            .min_by_key(|(_, t)| {
                if t.first >= f.end {
                    t.first - f.end
                } else {
                    f.first.saturating_sub(t.end)
                }
            })
            .and_then(|(k, _)| time_id(time_cursor + k));
        figure_sentence.push((n, sentence, f.first));
        analysis.figures.push(Figure {
            id: format!("f{}", n + 1),
            text: slice(text, span),
            start: span.0,
            end: span.1,
            value: f.value,
            unit: f.unit.clone(),
            qualifier: f.qualifier.clone(),
            period,
        });
    }

    // Statements and narration, in text order.
    let mut entries: Vec<(usize, Statement, Evidence)> = Vec::new();
    let mut sentence_owner: std::collections::HashMap<usize, usize> =
        std::collections::HashMap::new();
    let mut figure_taken = vec![false; figures.len()];
    for (statement, link) in raw.iter().zip(&resolution.speakers) {
        let speaker = link.map(|link| link.entity);
        let Some(span) = byte_span(&segments, statement.first, statement.end) else {
            continue;
        };
        // A relative pronoun ("who said") is the mention when it leads to
        // a speaker; when it does not, the phrase it stands for ("an
        // architect") says more about the unresolved source.
        let named = match (speaker, statement.antecedent) {
            (None, Some(antecedent)) => Some(antecedent),
            _ => statement.mention,
        };
        let mention = named.and_then(|span| mention_at(text, &segments, span));
        let cue = statement
            .cue
            .and_then(|(a, b)| byte_span(&segments, a, b))
            .map(|s| slice(text, s));
        // The statement's sentences: its figures are its own.
        let first_sentence = segments.sentence_of(statement.first);
        let last_sentence = segments.sentence_of(statement.end.saturating_sub(1));
        let mut ids = Vec::new();
        let from = figures.partition_point(|f| f.first < statement.first);
        for (n, f) in figures.iter().enumerate().skip(from) {
            if f.first >= statement.end {
                break;
            }
            if f.end <= statement.end && !figure_taken[n] {
                figure_taken[n] = true;
                ids.push(format!("f{}", n + 1));
            }
        }
        if let (Some(a), Some(b)) = (first_sentence, last_sentence) {
            for s in a..=b {
                sentence_owner.entry(s).or_insert(entries.len());
            }
        }
        entries.push((
            span.0,
            Statement {
                id: String::new(),
                kind: statement.kind,
                text: slice(text, span),
                start: span.0,
                end: span.1,
                speaker: speaker.and_then(|i| speaker_id.get(i).cloned().flatten()),
                mention,
                cue,
                time: statement.time.and_then(time_id),
                figures: ids,
            },
            evidence_of(text, &segments, statement, link.as_ref()),
        ));
    }
    // Figures outside statements: their sentence is narration, unless a
    // statement already covers that sentence, in which case they join it.
    let mut narration: Vec<(usize, Vec<String>)> = Vec::new();
    for &(n, sentence, _) in &figure_sentence {
        if figure_taken[n] {
            continue;
        }
        let Some(s) = sentence else {
            continue;
        };
        if let Some((_, owner, _)) = sentence_owner.get(&s).and_then(|&e| entries.get_mut(e)) {
            owner.figures.push(format!("f{}", n + 1));
            continue;
        }
        match narration.last_mut() {
            Some((last, ids)) if *last == s => ids.push(format!("f{}", n + 1)),
            _ => narration.push((s, vec![format!("f{}", n + 1)])),
        }
    }
    for (s, ids) in narration {
        let Some(block) = segments.sentences.get(s) else {
            continue;
        };
        let Some(span) = byte_span(&segments, block.first, block.end) else {
            continue;
        };
        entries.push((
            span.0,
            Statement {
                id: String::new(),
                kind: StatementKind::Narration,
                text: slice(text, span),
                start: span.0,
                end: span.1,
                speaker: None,
                mention: None,
                cue: None,
                time: None,
                figures: ids,
            },
            Evidence {
                rule: StatementRule::FiguresInNarration,
                cue: None,
                link: None,
                antecedent: None,
                confidence: None,
            },
        ));
    }
    entries.sort_by_key(|(start, _, _)| *start);
    for (n, (_, mut statement, evidence)) in entries.into_iter().enumerate() {
        statement.id = format!("s{}", n + 1);
        analysis.statements.push(statement);
        analysis.evidence.push(evidence);
    }
    analysis
}
