//! An editor's corrections, kept as a layer over the engine's output.
//!
//! An editor does not edit the engine's statements in place: each decision
//! is a [`Correction`] anchored to the words of the article it concerns, and
//! [`apply`] lays the corrections over whatever the engine reads. Re-reading
//! the same article with a newer engine then keeps every human decision: a
//! correction finds its statement, figure or time again by the words it
//! held, even when the text around it moved, and its speaker by name. A
//! correction that no longer fits, because its words are gone or the engine
//! now reads them differently, is returned as a [`Conflict`] for the editor
//! to decide again; it is never dropped.
//!
//! The layer depends only on the dataset's types, so that the browser's
//! editor can keep it (in storage and as a downloaded file) without the
//! engine, and so that it never panics on any article or correction.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::dataset::{
    Article, DayRange, Figure, Review, Speaker, SpeakerKind, Statement, StatementKind, Time,
};

/// Where a correction applies: the span in the article's text of a
/// statement, figure or time, and the words it held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A speaker as an editor names it: the article's speaker of that name or
/// alias, or a new one when the article has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub kind: SpeakerKind,
}

/// One decision of an editor about an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Correction {
    Accept {
        at: Anchor,
    },
    Delete {
        at: Anchor,
    },
    /// `speaker: None` means "no speaker".
    SetSpeaker {
        at: Anchor,
        speaker: Option<SpeakerRef>,
    },
    SetKind {
        at: Anchor,
        kind: StatementKind,
    },
    /// The statement's words as the editor selected them, where the engine
    /// cut them short or took too many.
    SetSpan {
        at: Anchor,
        to: Anchor,
    },
    /// The words `second` anchors to, inside the statement, become a
    /// statement of their own with its kind and speaker; the statement
    /// keeps the words before them.
    Split {
        at: Anchor,
        second: Anchor,
    },
    /// Two statements become one, from the first's words to the last's.
    Join {
        first: Anchor,
        second: Anchor,
    },
    /// A statement the engine missed, selected by the editor.
    Add {
        at: Anchor,
        kind: StatementKind,
        speaker: Option<SpeakerRef>,
    },
    RenameSpeaker {
        name: String,
        to: String,
        #[serde(default)]
        role: Option<String>,
    },
    /// `name` becomes an alias of `into`, which takes its statements.
    MergeSpeakers {
        name: String,
        into: String,
    },
    AcceptSpeaker {
        name: String,
    },
    AcceptFigure {
        at: Anchor,
    },
    /// The figure as the editor reads it. The period is anchored to a
    /// time's words, since time ids are the engine's and change between
    /// readings; `period: None` means the figure covers no period.
    SetFigure {
        at: Anchor,
        value: f64,
        unit: Option<String>,
        qualifier: Option<String>,
        period: Option<Anchor>,
    },
    RemoveFigure {
        at: Anchor,
    },
    AcceptTime {
        at: Anchor,
    },
    /// The days the time denotes; `resolved: None` means it fixes no days.
    SetTime {
        at: Anchor,
        resolved: Option<DayRange>,
    },
    RemoveTime {
        at: Anchor,
    },
}

/// A correction that no longer fits the article, with its place in the list
/// and why, in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub index: usize,
    pub correction: Correction,
    pub problem: String,
}

/// A file of corrections for a dataset:
/// `{"version": 1, "articles": [{"id": "ARTICLE-ID", "corrections": [...]}]}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsFile {
    pub version: u32,
    pub articles: Vec<ArticleCorrections>,
}

/// The corrections of one article, in the order they were made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleCorrections {
    pub id: String,
    pub corrections: Vec<Correction>,
}

impl Anchor {
    /// The anchor of a statement: its span and its words.
    pub fn of(statement: &Statement) -> Anchor {
        Anchor {
            start: statement.start,
            end: statement.end,
            text: statement.text.clone(),
        }
    }
}

impl Correction {
    /// The operation's name, as the JSON's `op` writes it: "set-speaker".
    pub fn op(&self) -> &'static str {
        match self {
            Correction::Accept { .. } => "accept",
            Correction::Delete { .. } => "delete",
            Correction::SetSpeaker { .. } => "set-speaker",
            Correction::SetKind { .. } => "set-kind",
            Correction::SetSpan { .. } => "set-span",
            Correction::Split { .. } => "split",
            Correction::Join { .. } => "join",
            Correction::Add { .. } => "add",
            Correction::RenameSpeaker { .. } => "rename-speaker",
            Correction::MergeSpeakers { .. } => "merge-speakers",
            Correction::AcceptSpeaker { .. } => "accept-speaker",
            Correction::AcceptFigure { .. } => "accept-figure",
            Correction::SetFigure { .. } => "set-figure",
            Correction::RemoveFigure { .. } => "remove-figure",
            Correction::AcceptTime { .. } => "accept-time",
            Correction::SetTime { .. } => "set-time",
            Correction::RemoveTime { .. } => "remove-time",
        }
    }
}

/// Applies the corrections in order to the engine's article; returns the corrected article and the corrections that no longer fit.
pub fn apply(article: &Article, corrections: &[Correction]) -> (Article, Vec<Conflict>) {
    let mut corrected = article.clone();
    let idle = idle_speakers(article);
    let mut conflicts = Vec::new();
    for (index, correction) in corrections.iter().enumerate() {
        if let Err(problem) = correct(&mut corrected, correction) {
            conflicts.push(Conflict {
                index,
                correction: correction.clone(),
                problem,
            });
        }
    }
    // A speaker left without statements by the corrections is no longer
    // someone who speaks in the article; one the engine gave without
    // statements stays, since it was not the corrections that idled it.
    let referred = referred_speakers(&corrected);
    corrected
        .speakers
        .retain(|speaker| idle.contains(&speaker.id) || referred.contains(&speaker.id));
    // A corrected value, unit or period may support another rate, or none.
    crate::rates::set_rates(&mut corrected);
    (corrected, conflicts)
}

/// The ids of the speakers no statement of `article` refers to.
fn idle_speakers(article: &Article) -> HashSet<String> {
    let referred = referred_speakers(article);
    article
        .speakers
        .iter()
        .filter(|speaker| !referred.contains(&speaker.id))
        .map(|speaker| speaker.id.clone())
        .collect()
}

/// The ids of the speakers some statement of `article` refers to.
fn referred_speakers(article: &Article) -> HashSet<String> {
    article
        .statements
        .iter()
        .filter_map(|statement| statement.speaker.clone())
        .collect()
}

/// Applies one correction, or says why it no longer fits.
fn correct(article: &mut Article, correction: &Correction) -> Result<(), String> {
    match correction {
        Correction::Accept { at } => found_mut(&article.text, &mut article.statements, at)
            .map(|statement| accept(&mut statement.review)),
        Correction::Delete { at } => {
            remove_at(&article.text, &mut article.statements, at).map(drop)
        }
        Correction::SetSpeaker { at, speaker } => {
            let index = index_at(&article.text, &article.statements, at)?;
            set_speaker(article, index, speaker.as_ref());
            Ok(())
        }
        Correction::SetKind { at, kind } => {
            let statement = found_mut(&article.text, &mut article.statements, at)?;
            statement.kind = *kind;
            statement.review = Some(Review::Corrected);
            Ok(())
        }
        Correction::SetSpan { at, to } => set_span(article, at, to),
        Correction::Split { at, second } => split(article, at, second),
        Correction::Join { first, second } => join(article, first, second),
        Correction::Add { at, kind, speaker } => add(article, at, *kind, speaker.as_ref()),
        Correction::RenameSpeaker { name, to, role } => rename(article, name, to, role.as_ref()),
        Correction::MergeSpeakers { name, into } => merge(article, name, into),
        Correction::AcceptSpeaker { name } => {
            named_mut(article, name).map(|speaker| accept(&mut speaker.review))
        }
        Correction::AcceptFigure { at } => found_mut(&article.text, &mut article.figures, at)
            .map(|figure| accept(&mut figure.review)),
        Correction::SetFigure {
            at,
            value,
            unit,
            qualifier,
            period,
        } => set_figure(article, at, *value, unit, qualifier, period.as_ref()),
        Correction::RemoveFigure { at } => remove_figure(article, at),
        Correction::AcceptTime { at } => {
            found_mut(&article.text, &mut article.times, at).map(|time| accept(&mut time.review))
        }
        Correction::SetTime { at, resolved } => set_time(article, at, *resolved),
        Correction::RemoveTime { at } => remove_time(article, at),
    }
}

/// Marks something the editor found right, unless the editor already
/// changed it: accepting what one corrected leaves it corrected.
fn accept(review: &mut Option<Review>) {
    if *review != Some(Review::Corrected) {
        *review = Some(Review::Accepted);
    }
}

/// The span of the article's text that `at` anchors to: its own span while
/// the text there still reads its words, or else the one place the words
/// are now, since text added or removed before a statement moves it.
fn locate(text: &str, at: &Anchor) -> Result<(usize, usize), String> {
    // An anchor without words would fit anywhere, so it anchors nothing.
    if at.text.is_empty() {
        return Err("the correction is anchored to no words".to_string());
    }
    if text.get(at.start..at.end) == Some(at.text.as_str()) {
        return Ok((at.start, at.end));
    }
    match occurrences(text, &at.text).as_slice() {
        [] => Err("the article no longer has these words".to_string()),
        [start] => Ok((*start, start + at.text.len())),
        places => Err(format!(
            "these words are in the article {} times",
            places.len()
        )),
    }
}

/// Where `words` start in `text`, overlapping occurrences included: "a a"
/// is twice in "a a a", and an anchor there is as ambiguous as any other.
fn occurrences(text: &str, words: &str) -> Vec<usize> {
    let mut places = Vec::new();
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(words)) {
        let start = from + found;
        places.push(start);
        // The next search starts one character on, on a char boundary.
        let next = text.get(start..).and_then(|rest| rest.chars().next());
        let step = next.map_or(1, char::len_utf8);
        from = start + step;
    }
    places
}

/// Something the engine found at a span of the article's text, which a
/// correction finds again by its words: a statement, a figure or a time.
trait Spanned {
    /// What it is, in the editor's words.
    const WHAT: &'static str;
    fn span(&self) -> (usize, usize);
    fn words(&self) -> &str;
}

/// Statements, figures and times all keep their span and words in
/// `start`, `end` and `text`.
macro_rules! spanned {
    ($($item:ty => $what:literal),*) => {$(
        impl Spanned for $item {
            const WHAT: &'static str = $what;
            fn span(&self) -> (usize, usize) {
                (self.start, self.end)
            }
            fn words(&self) -> &str {
                &self.text
            }
        }
    )*};
}

spanned!(Statement => "statement", Figure => "figure", Time => "time");

/// The index of the item whose span is exactly `span`; an error names the
/// items that overlap it instead, since the engine now reads those words
/// otherwise and the editor must decide again.
fn item_at<T: Spanned>(items: &[T], span: (usize, usize)) -> Result<Option<usize>, String> {
    let (start, end) = span;
    if let Some(index) = items.iter().position(|item| item.span() == span) {
        return Ok(Some(index));
    }
    let readings: Vec<String> = items
        .iter()
        .filter(|item| item.span().0 < end && start < item.span().1)
        .map(|item| format!("\"{}\"", item.words()))
        .collect();
    if readings.is_empty() {
        Ok(None)
    } else {
        Err(format!(
            "the engine now reads this {} as {}",
            T::WHAT,
            readings.join(" and ")
        ))
    }
}

/// What a correction says when the engine finds nothing at its words.
fn not_found<T: Spanned>() -> String {
    format!("the engine no longer finds this {}", T::WHAT)
}

/// The index of the item `at` anchors to among `items`, which must still be there.
fn index_at<T: Spanned>(text: &str, items: &[T], at: &Anchor) -> Result<usize, String> {
    let span = locate(text, at)?;
    item_at(items, span)?.ok_or_else(not_found::<T>)
}

/// The item `at` anchors to among `items`, to change it.
fn found_mut<'a, T: Spanned>(
    text: &str,
    items: &'a mut [T],
    at: &Anchor,
) -> Result<&'a mut T, String> {
    let index = index_at(text, items, at)?;
    items.get_mut(index).ok_or_else(not_found::<T>)
}

/// Removes and returns the item `at` anchors to. When the engine no longer
/// finds anything there, the editor's wish already holds.
fn remove_at<T: Spanned>(text: &str, items: &mut Vec<T>, at: &Anchor) -> Result<Option<T>, String> {
    let span = locate(text, at)?;
    Ok(item_at(items, span)?.map(|index| items.remove(index)))
}

/// Gives the statement at `index` the editor's speaker. The mention, link,
/// antecedent and confidence described the engine's attribution, which the
/// editor replaced, so they go; the rule and cue that found the statement
/// still hold.
fn set_speaker(article: &mut Article, index: usize, speaker: Option<&SpeakerRef>) {
    let id = speaker.map(|speaker| speaker_id(article, speaker));
    let Some(statement) = article.statements.get_mut(index) else {
        return;
    };
    statement.speaker = id;
    statement.mention = None;
    if let Some(evidence) = statement.evidence.as_mut() {
        evidence.link = None;
        evidence.antecedent = None;
        evidence.confidence = None;
    }
    statement.review = Some(Review::Corrected);
}

/// The id of the article's speaker named or aliased as `speaker.name`, made
/// when the article has none, so that an editor can name someone the engine
/// missed.
fn speaker_id(article: &mut Article, speaker: &SpeakerRef) -> String {
    let known = article
        .speakers
        .iter()
        .find(|s| s.name == speaker.name || s.aliases.contains(&speaker.name));
    if let Some(known) = known {
        return known.id.clone();
    }
    let id = unused_id(article.speakers.iter().map(|s| s.id.as_str()));
    article.speakers.push(Speaker {
        id: id.clone(),
        name: speaker.name.clone(),
        role: speaker.role.clone(),
        kind: speaker.kind,
        aliases: Vec::new(),
        review: Some(Review::Corrected),
    });
    id
}

/// The first of `e1`, `e2`, ... (for "editor") that no id in `ids` uses.
fn unused_id<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let used: HashSet<&str> = ids.collect();
    (1usize..)
        .map(|n| format!("e{n}"))
        .find(|id| !used.contains(id.as_str()))
        .unwrap_or_default()
}

/// Gives the statement `at` anchors to the words `to` anchors to, with the
/// figures inside them, keeping the statements in text order. Another
/// statement over exactly those words is a conflict: two statements of the
/// same words would be one said twice.
fn set_span(article: &mut Article, at: &Anchor, to: &Anchor) -> Result<(), String> {
    let index = index_at(&article.text, &article.statements, at)?;
    let span = locate(&article.text, to)?;
    if is_taken(article, span, Some(index)) {
        return Err(format!("another statement already reads \"{}\"", to.text));
    }
    respan(article, index, span);
    Ok(())
}

/// Whether a statement other than the one at `except` has exactly `span`.
fn is_taken(article: &Article, span: (usize, usize), except: Option<usize>) -> bool {
    article
        .statements
        .iter()
        .enumerate()
        .any(|(other, s)| Some(other) != except && (s.start, s.end) == span)
}

/// Gives the statement at `index` the words of `span`, with the figures
/// inside them, and keeps the statements in text order; returns where the
/// statement now stands.
fn respan(article: &mut Article, index: usize, (start, end): (usize, usize)) -> usize {
    let figures = figures_inside(article, (start, end));
    let mut statement = article.statements.remove(index);
    statement.text = article.text.get(start..end).unwrap_or_default().to_string();
    (statement.start, statement.end) = (start, end);
    statement.figures = figures;
    statement.review = Some(Review::Corrected);
    let index = article.statements.partition_point(|s| s.start <= start);
    article.statements.insert(index, statement);
    index
}

/// Splits a statement in two: the words `second` anchors to, which must lie
/// inside it after its first words, become a statement of their own with the
/// same kind and speaker, and the statement keeps the words before them,
/// without the spaces and opening quotation marks between.
fn split(article: &mut Article, at: &Anchor, second: &Anchor) -> Result<(), String> {
    let index = index_at(&article.text, &article.statements, at)?;
    let span = locate(&article.text, second)?;
    let whole = article
        .statements
        .get(index)
        .ok_or_else(not_found::<Statement>)?;
    let (whole_start, whole_end, kind, speaker) =
        (whole.start, whole.end, whole.kind, whole.speaker.clone());
    if span.0 <= whole_start || whole_end < span.1 {
        return Err(
            "the words to split off are not inside the statement, after its first words".into(),
        );
    }
    let before = article.text.get(whole_start..span.0).unwrap_or_default();
    let first_end = whole_start
        + before
            .trim_end_matches(|c: char| c.is_whitespace() || OPENING_QUOTES.contains(&c))
            .len();
    // Only spaces and quotation marks before the words: no first statement.
    if first_end == whole_start {
        return Err("no words of the statement are left before the words to split off".into());
    }
    if is_taken(article, span, None) || is_taken(article, (whole_start, first_end), Some(index)) {
        return Err(format!(
            "another statement already reads \"{}\"",
            second.text
        ));
    }
    respan(article, index, (whole_start, first_end));
    let added = insert_statement(article, span, kind);
    if let Some(statement) = article.statements.get_mut(added) {
        statement.speaker = speaker;
    }
    Ok(())
}

/// The marks that open a quotation, which belong to neither half of a split.
const OPENING_QUOTES: [char; 4] = ['"', '\u{201c}', '\'', '\u{2018}'];

/// Joins two statements into one from the first's words to the last's,
/// with the kind and speaker of the one that comes first.
fn join(article: &mut Article, first: &Anchor, second: &Anchor) -> Result<(), String> {
    let one = index_at(&article.text, &article.statements, first)?;
    let other = index_at(&article.text, &article.statements, second)?;
    if one == other {
        return Err("a statement cannot be joined with itself".into());
    }
    let (keep, gone) = if one < other {
        (one, other)
    } else {
        (other, one)
    };
    let start = article.statements.get(keep).map_or(0, |s| s.start);
    let end = article
        .statements
        .iter()
        .skip(keep)
        .take(gone - keep + 1)
        .map(|s| s.end)
        .max()
        .unwrap_or(start);
    article.statements.remove(gone);
    respan(article, keep, (start, end));
    Ok(())
}

/// The ids of the article's figures that lie inside `span`.
fn figures_inside(article: &Article, (start, end): (usize, usize)) -> Vec<String> {
    article
        .figures
        .iter()
        .filter(|f| start <= f.start && f.end <= end)
        .map(|f| f.id.clone())
        .collect()
}

/// Adds the statement the editor selected, or, when the engine now finds a
/// statement with exactly that span, gives it the editor's kind and speaker.
fn add(
    article: &mut Article,
    at: &Anchor,
    kind: StatementKind,
    speaker: Option<&SpeakerRef>,
) -> Result<(), String> {
    let span = locate(&article.text, at)?;
    let existing = article
        .statements
        .iter()
        .position(|s| (s.start, s.end) == span);
    let index = match existing {
        Some(index) => {
            if let Some(statement) = article.statements.get_mut(index) {
                statement.kind = kind;
            }
            index
        }
        None => insert_statement(article, span, kind),
    };
    set_speaker(article, index, speaker);
    Ok(())
}

/// Inserts a bare statement of `kind` over `span` in text order, with the
/// figures that lie inside it, and returns its index.
fn insert_statement(article: &mut Article, span: (usize, usize), kind: StatementKind) -> usize {
    let (start, end) = span;
    let figures = figures_inside(article, span);
    let statement = Statement {
        id: unused_id(article.statements.iter().map(|s| s.id.as_str())),
        kind,
        text: article.text.get(start..end).unwrap_or_default().to_string(),
        start,
        end,
        speaker: None,
        mention: None,
        cue: None,
        time: None,
        figures,
        evidence: None,
        review: Some(Review::Corrected),
    };
    let index = article.statements.partition_point(|s| s.start <= start);
    article.statements.insert(index, statement);
    index
}

fn rename(
    article: &mut Article,
    name: &str,
    to: &str,
    role: Option<&String>,
) -> Result<(), String> {
    let speaker = named_mut(article, name)?;
    speaker.name = to.to_string();
    if let Some(role) = role {
        speaker.role = Some(role.clone());
    }
    speaker.review = Some(Review::Corrected);
    Ok(())
}

/// Makes `name` an alias of `into`: its statements and its names go over to
/// `into`, and it is no longer a speaker of its own.
fn merge(article: &mut Article, name: &str, into: &str) -> Result<(), String> {
    if name == into {
        return Err(format!("\"{name}\" cannot be merged into itself"));
    }
    let merged = named_mut(article, name)?.clone();
    let target = named_mut(article, into)?;
    let names = std::iter::once(merged.name).chain(merged.aliases);
    for alias in names {
        if alias != target.name && !target.aliases.contains(&alias) {
            target.aliases.push(alias);
        }
    }
    target.review = Some(Review::Corrected);
    let target_id = target.id.clone();
    for statement in &mut article.statements {
        if statement.speaker.as_deref() == Some(merged.id.as_str()) {
            statement.speaker = Some(target_id.clone());
        }
    }
    article.speakers.retain(|speaker| speaker.id != merged.id);
    Ok(())
}

/// The speaker named `name`; an alias does not count, since renaming or
/// merging away a speaker by one of its aliases would touch someone the
/// editor did not name.
fn named_mut<'a>(article: &'a mut Article, name: &str) -> Result<&'a mut Speaker, String> {
    article
        .speakers
        .iter_mut()
        .find(|speaker| speaker.name == name)
        .ok_or_else(|| format!("no speaker is named \"{name}\""))
}

/// Gives the figure `at` anchors to the editor's value, unit, qualifier and
/// period. Everything is checked before anything changes, so that a
/// conflict leaves the figure as it was.
fn set_figure(
    article: &mut Article,
    at: &Anchor,
    value: f64,
    unit: &Option<String>,
    qualifier: &Option<String>,
    period: Option<&Anchor>,
) -> Result<(), String> {
    // The dataset holds only finite values, which JSON can write.
    if !value.is_finite() {
        return Err("a figure's value must be a number".to_string());
    }
    let index = index_at(&article.text, &article.figures, at)?;
    let period = period
        .map(|period| period_id(article, period))
        .transpose()?;
    let figure = article
        .figures
        .get_mut(index)
        .ok_or_else(not_found::<Figure>)?;
    figure.value = value;
    figure.unit = unit.clone();
    figure.qualifier = qualifier.clone();
    figure.period = period;
    // The figure is the editor's reading now, not the engine's.
    figure.evidence = None;
    figure.review = Some(Review::Corrected);
    Ok(())
}

/// The id of the time a figure's period is anchored to; the problem says it
/// is the period's anchor that no longer fits, not the figure's.
fn period_id(article: &Article, period: &Anchor) -> Result<String, String> {
    let index = index_at(&article.text, &article.times, period)
        .map_err(|problem| format!("for the period, {problem}"))?;
    article
        .times
        .get(index)
        .map(|time| time.id.clone())
        .ok_or_else(not_found::<Time>)
}

/// Removes the figure `at` anchors to, and its id from the statements that
/// held it.
fn remove_figure(article: &mut Article, at: &Anchor) -> Result<(), String> {
    if let Some(figure) = remove_at(&article.text, &mut article.figures, at)? {
        for statement in &mut article.statements {
            statement.figures.retain(|id| *id != figure.id);
        }
    }
    Ok(())
}

/// Gives the time `at` anchors to the days the editor says it denotes.
fn set_time(article: &mut Article, at: &Anchor, resolved: Option<DayRange>) -> Result<(), String> {
    if let Some(range) = resolved.filter(|range| range.end < range.start) {
        return Err(format!(
            "a time's days cannot end ({}) before they start ({})",
            range.end, range.start
        ));
    }
    let time = found_mut(&article.text, &mut article.times, at)?;
    time.resolved = resolved;
    // The days are the editor's now, not the engine's reading.
    time.evidence = None;
    time.review = Some(Review::Corrected);
    Ok(())
}

/// Removes the time `at` anchors to; the statements made then and the
/// figures covering it no longer name a time.
fn remove_time(article: &mut Article, at: &Anchor) -> Result<(), String> {
    if let Some(time) = remove_at(&article.text, &mut article.times, at)? {
        let named = Some(&time.id);
        for statement in &mut article.statements {
            if statement.time.as_ref() == named {
                statement.time = None;
            }
        }
        for figure in &mut article.figures {
            if figure.period.as_ref() == named {
                figure.period = None;
                // The evidence no longer ties the figure to a period either.
                if let Some(evidence) = figure.evidence.as_mut() {
                    evidence.tied_to = None;
                }
            }
        }
    }
    Ok(())
}
