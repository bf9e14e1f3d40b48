//! The dataset format shared by the engine, the CLI and the app.
//!
//! A dataset is `{"version": 1, "articles": [Article]}`. Every span is a pair of
//! byte offsets into the article's `text`, end-exclusive and on char
//! boundaries, and every `text` field next to a span is the exact substring at
//! those offsets. `dataset.schema.json` in the app's `static/` folder describes
//! the same format for tools outside Rust.
//!
//! An article whose `statements` field is absent is extracted when the dataset
//! is loaded; one that carries statements (even an empty list) is taken as an
//! editor gave it, so curated corrections survive.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::calendar::Day;

mod analysed_json;
mod csv;
mod decimal;
mod evidence;
mod html;
mod messages;
mod review;
mod row;

pub use evidence::{Confidence, Evidence, ReadingEvidence};
pub use review::Review;

/// The only dataset version this crate reads and writes.
pub const VERSION: u32 = 1;

/// A collection of analysed articles.
///
/// Only [`Dataset::from_json`] and [`Dataset::from_analysed_json`] read it:
/// a derived `Deserialize` would read the format otherwise, requiring an
/// analysed article's `title` and `source`, which a file may leave out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dataset {
    pub version: u32,
    pub articles: Vec<Article>,
}

/// One news article with everything found in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    /// The publication date, the reference for relative dates such as "last week".
    pub published: Option<Day>,
    /// Where `published` comes from when it is not printed in the article.
    pub published_note: Option<String>,
    pub text: String,
    pub speakers: Vec<Speaker>,
    pub statements: Vec<Statement>,
    pub figures: Vec<Figure>,
    pub times: Vec<Time>,
}

/// Someone or something that says things: a person, a group, an anonymous
/// source or an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub kind: SpeakerKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// An editor's mark, as on [`Statement::review`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Group,
    Anonymous,
    Organization,
}

/// A direct quote, a piece of reported speech, or an unattributed sentence
/// that states figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub kind: StatementKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The resolved speaker's id; `None` when nobody is named or the engine is unsure.
    pub speaker: Option<String>,
    /// How the speaker is named at this statement ("he", "Johnson", "One official").
    pub mention: Option<Mention>,
    /// The word of saying ("said", "according to").
    pub cue: Option<String>,
    /// The time the statement was made, as a time id.
    pub time: Option<String>,
    #[serde(default)]
    pub figures: Vec<String>,
    /// Why the engine found the statement and its speaker; none in a
    /// dataset written by hand or by an engine older than this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// An editor's mark; none on an unreviewed machine extraction, and
    /// never set by the engine (see `crate::corrections`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Statement {
    /// A statement of `kind` with `text` and nothing else yet: no span,
    /// speaker, figures or marks.
    pub(crate) fn bare(id: &str, kind: StatementKind, text: &str) -> Statement {
        Statement {
            id: id.into(),
            kind,
            text: text.into(),
            start: 0,
            end: 0,
            speaker: None,
            mention: None,
            cue: None,
            time: None,
            figures: Vec::new(),
            evidence: None,
            review: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Direct,
    Indirect,
    Narration,
}

/// A span of the article's text as it is written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A number stated in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: Option<String>,
    /// "more than", "about", "at least" and the like.
    pub qualifier: Option<String>,
    /// The period the figure covers, as a time id.
    pub period: Option<String>,
    /// The days the text says the figure's value is spread over, from which
    /// the page derives a rate per day; absent where the text supports no
    /// rate, and in older datasets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day: Option<PerDay>,
    /// Why the engine reads the figure so; absent in older datasets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<ReadingEvidence>,
    /// An editor's mark, as on [`Statement::review`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// What a rate per day divides a figure's value by, and why (see
/// [`crate::rates`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerDay {
    /// The days the value is spread over: 1 for "2,000 a day", 5 for
    /// "50,000 in five days", 30 for "191,000 in November".
    pub days: f64,
    pub basis: RateBasis,
}

/// Where the days of a [`PerDay`] come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RateBasis {
    /// The figure is a rate as written: "2,000 a week".
    Written,
    /// A duration stated after the figure: "50,000 in five days".
    Duration,
    /// The calendar days of the period the figure's clause names: "in
    /// November", "last week".
    Period,
}

/// A time expression and, where the text and the publication date fix it, the
/// calendar range it denotes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Time {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub resolved: Option<DayRange>,
    /// Why the engine reads the time so; absent in older datasets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<ReadingEvidence>,
    /// An editor's mark, as on [`Statement::review`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// An inclusive range of calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayRange {
    pub start: Day,
    pub end: Day,
}

/// Why a dataset could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetError {
    path: String,
    message: String,
}

/// What [`Dataset::from_analysed_json`] says of a file it cannot place a
/// problem in: [`Dataset::from_json`] reads it fully and tells where.
const NOT_ANALYSED: &str = "the file is not an analysed factline dataset";

impl DatasetError {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        DatasetError {
            path: path.into(),
            message: message.into(),
        }
    }

    fn not_analysed() -> Self {
        DatasetError::new("", NOT_ANALYSED)
    }

    /// Whether [`Dataset::from_analysed_json`] only found that the file is not
    /// an analysed dataset, without knowing what is wrong or where: the file
    /// may have articles given as text only, which [`Dataset::from_json`]
    /// extracts, or a problem it explains. Every other error is final.
    pub fn is_not_analysed(&self) -> bool {
        self.path.is_empty() && self.message == NOT_ANALYSED
    }

    /// Where the problem is, as a JSON path such as `articles[0].statements[3].end`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong, in a sentence.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() || self.path == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "at {}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DatasetError {}

/// An article as a dataset file may give it: analysed (with `statements`) or
/// only as text, to be extracted when loaded.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleInput {
    id: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<Day>,
    #[serde(default)]
    published_note: Option<String>,
    text: String,
    #[serde(default)]
    speakers: Vec<Speaker>,
    #[serde(default)]
    statements: Option<Vec<Statement>>,
    #[serde(default)]
    figures: Vec<Figure>,
    #[serde(default)]
    times: Vec<Time>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatasetInput {
    version: u32,
    articles: Vec<ArticleInput>,
}

/// A dataset file as read and checked, before any article is extracted.
pub(crate) struct DatasetSource {
    pub articles: Vec<SourceArticle>,
}

/// One article of a dataset file: analysed, or text still to be extracted.
pub(crate) enum SourceArticle {
    Analysed(Article),
    TextOnly(ArticleMeta, String),
}

impl DatasetSource {
    /// Reads a dataset, tracking where in the file each value comes from so
    /// that an error can name its JSON path.
    pub(crate) fn from_json(json: &str) -> Result<DatasetSource, DatasetError> {
        let json = without_byte_order_mark(json);
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let input: DatasetInput =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
                let path = err.path().to_string();
                messages::from_serde(json, path, err.into_inner())
            })?;
        deserializer
            .end()
            .map_err(|err| messages::from_serde(json, String::new(), err))?;
        check_version(input.version)?;
        check_unique_ids(input.articles.iter().map(|article| article.id.as_str()))?;
        let articles = input
            .articles
            .into_iter()
            .enumerate()
            .map(|(index, article)| article.into_source(&format!("articles[{index}]")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(DatasetSource { articles })
    }
}

impl Dataset {
    /// Reads a dataset whose articles all come analysed, with the same checks
    /// as [`Dataset::from_json`], but without the engine and without tracking
    /// JSON paths, which keeps a program that only shows datasets small.
    ///
    /// When the file is not such a dataset, the error only says so
    /// ([`DatasetError::is_not_analysed`]); [`Dataset::from_json`] reads it
    /// fully and tells where it is wrong (the page asks the engine's worker to,
    /// so that the page and the command line word every problem alike). It
    /// reads without serde (see `analysed_json.rs`), which keeps a
    /// program that reads with this alone small: the app's main thread reads
    /// with this and leaves what it refuses to the engine's worker.
    pub fn from_analysed_json(json: &str) -> Result<Dataset, DatasetError> {
        let mut reader = Dataset::analysed_reader(json);
        let mut articles = Vec::new();
        while let Some(article) = reader.next_article()? {
            articles.push(article);
        }
        reader.finish()?;
        Ok(Dataset {
            version: VERSION,
            articles,
        })
    }

    /// [`Dataset::from_analysed_json`] an article at a time, for a program
    /// with one thread that must stay responsive while it reads a large file.
    pub fn analysed_reader(json: &str) -> AnalysedReader<'_> {
        AnalysedReader {
            articles: analysed_json::Articles::new(without_byte_order_mark(json)),
            ids: HashMap::new(),
            duplicate: None,
            problem: None,
            count: 0,
        }
    }

    /// The dataset as pretty-printed JSON, for people and diffs.
    pub fn to_json(&self) -> String {
        // Serialising these plain structs cannot fail: every map key is a string.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The dataset as compact JSON, for programs: about a quarter smaller and
    /// quicker to write and read than [`Dataset::to_json`].
    pub fn to_compact_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads an analysed dataset an article at a time (see
/// [`Dataset::analysed_reader`]): every article as it comes, then
/// [`AnalysedReader::finish`] says whether the whole file was a valid
/// dataset. Its checks are [`Dataset::from_analysed_json`]'s, reported in the
/// same order (the version, then a repeated article id, then the first
/// article with a problem), so that a file's problem is the same whichever
/// reads it.
pub struct AnalysedReader<'a> {
    articles: analysed_json::Articles<'a>,
    /// The article ids read so far, with their indexes. A map of strings to
    /// numbers is a table the page's wasm already has code for; a set of
    /// strings would add another.
    ids: HashMap<String, usize>,
    /// The first article id used twice, found as the articles come.
    duplicate: Option<DatasetError>,
    /// The first article with a span or reference that does not hold.
    problem: Option<DatasetError>,
    count: usize,
}

impl AnalysedReader<'_> {
    /// The next article, or `None` when every article has been read. An
    /// error here is only [`DatasetError::is_not_analysed`]: other problems
    /// wait for [`AnalysedReader::finish`], since the file may yet turn out
    /// not to be an analysed dataset, and that is what it is then.
    pub fn next_article(&mut self) -> Result<Option<Article>, DatasetError> {
        let Some(article) = self
            .articles
            .next()
            .map_err(|_| DatasetError::not_analysed())?
        else {
            return Ok(None);
        };
        let index = self.count;
        self.count += 1;
        if self.duplicate.is_none() && self.ids.insert(article.id.clone(), index).is_some() {
            self.duplicate = Some(duplicate_article(index, &article.id));
        }
        if self.problem.is_none() {
            self.problem = article.check(&format!("articles[{index}]")).err();
        }
        Ok(Some(article))
    }

    /// How far into the file the reading is, in bytes.
    pub fn position(&self) -> usize {
        self.articles.position()
    }

    /// After the last article: whether the file was an analysed dataset of
    /// this version with every article sound, and nothing after it.
    pub fn finish(self) -> Result<(), DatasetError> {
        let version = self
            .articles
            .finish()
            .map_err(|_| DatasetError::not_analysed())?;
        check_version(version)?;
        match self.duplicate.or(self.problem) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// The text after a leading byte-order mark, which some Windows editors
/// write at the start of a UTF-8 file; it says nothing about the dataset.
fn without_byte_order_mark(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

fn check_version(version: u32) -> Result<(), DatasetError> {
    if version == VERSION {
        Ok(())
    } else {
        Err(DatasetError::new(
            "version",
            format!("this is a version {version} dataset; factline reads version {VERSION}"),
        ))
    }
}

fn check_unique_ids<'a>(ids: impl Iterator<Item = &'a str>) -> Result<(), DatasetError> {
    let mut seen = HashSet::new();
    for (index, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(duplicate_article(index, id));
        }
    }
    Ok(())
}

fn duplicate_article(index: usize, id: &str) -> DatasetError {
    DatasetError::new(
        format!("articles[{index}].id"),
        format!("the article id \"{id}\" is used twice"),
    )
}

impl ArticleInput {
    fn into_source(self, path: &str) -> Result<SourceArticle, DatasetError> {
        let source = self.into_unchecked();
        if let SourceArticle::Analysed(article) = &source {
            article.check(path)?;
        }
        Ok(source)
    }

    /// The article as the file gives it, unchecked: analysed, or text to
    /// extract when it comes without `statements` (absent or `null`). An
    /// analysed article's `title` and `source` may be left out, and read as
    /// empty.
    fn into_unchecked(self) -> SourceArticle {
        let meta = ArticleMeta {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            published: self.published,
            published_note: self.published_note,
        };
        let Some(statements) = self.statements else {
            return SourceArticle::TextOnly(meta, self.text);
        };
        SourceArticle::Analysed(Article {
            title: meta.title.unwrap_or_default(),
            source: meta.source.unwrap_or_default(),
            id: meta.id,
            url: meta.url,
            published: meta.published,
            published_note: meta.published_note,
            text: self.text,
            speakers: self.speakers,
            statements,
            figures: self.figures,
            times: self.times,
        })
    }
}

/// What is known about an article before its text is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    pub id: String,
    /// The headline; when `None`, the engine takes it from the text's feed footer if there is one.
    pub title: Option<String>,
    /// The outlet; when `None`, taken from the feed footer if there is one.
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<Day>,
    pub published_note: Option<String>,
}

impl Article {
    /// Checks that every span lies on the text and every reference names
    /// something in this article. `path` is the article's JSON path; paths
    /// are written out only for a problem, since a large dataset has many
    /// thousands of items and nearly always none.
    fn check(&self, path: &str) -> Result<(), DatasetError> {
        // A problem's JSON path: the article's, the list's, the item's index
        // and the field below it.
        let at = |list: &str| {
            let list = list.to_string();
            move |(index, problem): (usize, Problem)| {
                DatasetError::new(
                    format!("{path}.{list}[{index}]{}", problem.field),
                    problem.message,
                )
            }
        };
        let speakers =
            unique_ids(self.speakers.iter().map(|s| s.id.as_str())).map_err(at("speakers"))?;
        let figures =
            unique_ids(self.figures.iter().map(|f| f.id.as_str())).map_err(at("figures"))?;
        let times = unique_ids(self.times.iter().map(|t| t.id.as_str())).map_err(at("times"))?;
        unique_ids(self.statements.iter().map(|s| s.id.as_str())).map_err(at("statements"))?;
        for (index, statement) in self.statements.iter().enumerate() {
            self.check_statement(statement, &speakers, &times, &figures)
                .map_err(|problem| at("statements")((index, problem)))?;
        }
        for (index, figure) in self.figures.iter().enumerate() {
            self.check_figure(figure, &times)
                .map_err(|problem| at("figures")((index, problem)))?;
        }
        for (index, time) in self.times.iter().enumerate() {
            self.check_time(time)
                .map_err(|problem| at("times")((index, problem)))?;
        }
        Ok(())
    }

    fn check_statement(
        &self,
        statement: &Statement,
        speakers: &HashSet<&str>,
        times: &HashSet<&str>,
        figures: &HashSet<&str>,
    ) -> Result<(), Problem> {
        check_span(&self.text, &statement.text, statement.start, statement.end)?;
        let evidence = statement.evidence.as_ref();
        let mentions = [
            (".mention", statement.mention.as_ref()),
            (".evidence.cue", evidence.and_then(|e| e.cue.as_ref())),
            (
                ".evidence.antecedent",
                evidence.and_then(|e| e.antecedent.as_ref()),
            ),
        ];
        for (field, mention) in mentions {
            if let Some(mention) = mention {
                check_span(&self.text, &mention.text, mention.start, mention.end)
                    .map_err(|problem| problem.under(field))?;
            }
        }
        if let Some(speaker) = &statement.speaker {
            check_reference(speakers, speaker, "speaker", ".speaker")?;
        }
        if let Some(time) = &statement.time {
            check_reference(times, time, "time", ".time")?;
        }
        for (index, figure) in statement.figures.iter().enumerate() {
            check_reference(figures, figure, "figure", "")
                .map_err(|problem| problem.under(&format!(".figures[{index}]")))?;
        }
        Ok(())
    }

    fn check_figure(&self, figure: &Figure, times: &HashSet<&str>) -> Result<(), Problem> {
        check_span(&self.text, &figure.text, figure.start, figure.end)?;
        if !figure.value.is_finite() {
            return Err(Problem::new(
                ".value",
                "the value is not a finite number".into(),
            ));
        }
        if let Some(period) = &figure.period {
            check_reference(times, period, "time", ".period")?;
        }
        self.check_tied_to(figure.evidence.as_ref())
    }

    fn check_time(&self, time: &Time) -> Result<(), Problem> {
        check_span(&self.text, &time.text, time.start, time.end)?;
        self.check_tied_to(time.evidence.as_ref())?;
        match time.resolved {
            Some(range) if range.end < range.start => Err(Problem::new(
                ".resolved",
                format!(
                    "the range ends ({}) before it starts ({})",
                    range.end, range.start
                ),
            )),
            _ => Ok(()),
        }
    }

    /// The words a figure's or time's reading was tied to must be the
    /// article's, like every other span.
    fn check_tied_to(&self, evidence: Option<&ReadingEvidence>) -> Result<(), Problem> {
        match evidence.and_then(|e| e.tied_to.as_ref()) {
            Some(tied) => check_span(&self.text, &tied.text, tied.start, tied.end)
                .map_err(|problem| problem.under(".evidence.tied_to")),
            None => Ok(()),
        }
    }
}

/// What is wrong inside one item of an article: the field below the item
/// (".text", ".mention.text", "" for the item itself) and what is wrong.
struct Problem {
    field: String,
    message: String,
}

impl Problem {
    fn new(field: &str, message: String) -> Problem {
        Problem {
            field: field.to_string(),
            message,
        }
    }

    /// The same problem one level further down, under `field`.
    fn under(self, field: &str) -> Problem {
        Problem {
            field: format!("{field}{}", self.field),
            message: self.message,
        }
    }
}

/// The set of `ids`, or the index of the first one that is used twice.
fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, (usize, Problem)> {
    let mut set = HashSet::new();
    for (index, id) in ids.enumerate() {
        if !set.insert(id) {
            return Err((
                index,
                Problem::new(".id", format!("the id \"{id}\" is used twice")),
            ));
        }
    }
    Ok(set)
}

fn check_reference(ids: &HashSet<&str>, id: &str, kind: &str, field: &str) -> Result<(), Problem> {
    if ids.contains(id) {
        Ok(())
    } else {
        Err(Problem::new(
            field,
            format!("no {kind} has the id \"{id}\""),
        ))
    }
}

/// Checks that `start..end` is a span of `text` on char boundaries and that it
/// reads `expected`.
fn check_span(text: &str, expected: &str, start: usize, end: usize) -> Result<(), Problem> {
    let Some(actual) = text.get(start..end) else {
        return Err(Problem::new(
            "",
            format!(
                "the span {start}..{end} is not a span of the article text ({} bytes) on character boundaries",
                text.len()
            ),
        ));
    };
    if actual != expected {
        return Err(Problem::new(
            ".text",
            format!("the span {start}..{end} reads \"{actual}\", not \"{expected}\""),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Dataset;

    /// A curated one-article dataset over the text "She said hello." with
    /// `statement` as its only statement and one figure and time.
    fn curated(statement: &str, figure: &str, time: &str) -> String {
        format!(
            r#"{{"version": 1, "articles": [{{"id": "a", "title": "T", "source": "S", "url": null,
            "published": null, "text": "She said hello.",
            "speakers": [{{"id": "p1", "name": "Ann", "role": null, "kind": "person", "aliases": []}}],
            "statements": [{statement}], "figures": [{figure}], "times": [{time}]}}]}}"#
        )
    }

    const STATEMENT: &str = r#"{"id": "s1", "kind": "indirect", "text": "hello", "start": 9, "end": 14,
        "speaker": "p1", "mention": {"text": "She", "start": 0, "end": 3}, "cue": "said", "time": "t1", "figures": ["f1"],
        "evidence": {"rule": "reported-source-before", "cue": {"text": "said", "start": 4, "end": 8},
        "link": "name", "antecedent": null, "confidence": "certain"}}"#;
    const FIGURE: &str = r#"{"id": "f1", "text": "hello", "start": 9, "end": 14, "value": 1, "unit": null,
        "qualifier": null, "period": "t1",
        "evidence": {"rule": "bare-number", "tied_to": {"text": "said", "start": 4, "end": 8}}}"#;
    const TIME: &str = r#"{"id": "t1", "text": "said", "start": 4, "end": 8, "resolved": null,
        "evidence": {"rule": "weekday", "tied_to": {"text": "She", "start": 0, "end": 3}}}"#;

    #[test]
    fn a_consistent_curated_article_reads_with_both_readers() {
        let json = curated(STATEMENT, FIGURE, TIME);
        let dataset = Dataset::from_analysed_json(&json).unwrap();
        assert_eq!(dataset, Dataset::from_json(&json).unwrap());
    }

    #[test]
    fn both_readers_refuse_trailing_content() {
        let dataset = r#"{"version": 1, "articles": []}"#;
        for json in [format!("{dataset} x"), format!("{dataset}\n{dataset}")] {
            let full = Dataset::from_json(&json).unwrap_err();
            assert!(full.message().contains("goes on after the dataset ends"));
            let quick = Dataset::from_analysed_json(&json).unwrap_err();
            assert!(quick.is_not_analysed(), "{json}: the full reader words it");
        }
    }

    #[test]
    fn both_readers_read_past_a_byte_order_mark() {
        let json = format!("\u{feff}{}", curated(STATEMENT, FIGURE, TIME));
        let dataset = Dataset::from_analysed_json(&json).unwrap();
        assert_eq!(dataset, Dataset::from_json(&json).unwrap());
    }

    /// A table of broken datasets and the path each names; long because
    /// every kind of problem has its row.
    #[test]
    fn each_problem_is_named_by_its_json_path() {
        let cases = [
            (
                curated(
                    &STATEMENT.replace(r#""end": 14"#, r#""end": 13"#),
                    FIGURE,
                    TIME,
                ),
                "articles[0].statements[0].text",
            ),
            (
                curated(
                    &STATEMENT.replace(r#""end": 3}"#, r#""end": 99}"#),
                    FIGURE,
                    TIME,
                ),
                "articles[0].statements[0].mention",
            ),
            (
                curated(
                    &STATEMENT.replace(r#""start": 4, "end": 8}"#, r#""start": 4, "end": 9}"#),
                    FIGURE,
                    TIME,
                ),
                "articles[0].statements[0].evidence.cue.text",
            ),
            (
                curated(&STATEMENT.replace(r#""p1""#, r#""p2""#), FIGURE, TIME),
                "articles[0].statements[0].speaker",
            ),
            (
                curated(
                    &STATEMENT.replace(r#"["f1"]"#, r#"["f1", "f2"]"#),
                    FIGURE,
                    TIME,
                ),
                "articles[0].statements[0].figures[1]",
            ),
            (
                curated(
                    STATEMENT,
                    &FIGURE.replace(r#""period": "t1""#, r#""period": "t9""#),
                    TIME,
                ),
                "articles[0].figures[0].period",
            ),
            (
                curated(
                    STATEMENT,
                    &FIGURE.replace(r#""start": 4, "end": 8}"#, r#""start": 4, "end": 7}"#),
                    TIME,
                ),
                "articles[0].figures[0].evidence.tied_to.text",
            ),
            (
                curated(
                    STATEMENT,
                    FIGURE,
                    &TIME.replace(r#""end": 3}"#, r#""end": 30}"#),
                ),
                "articles[0].times[0].evidence.tied_to",
            ),
            (
                curated(
                    STATEMENT,
                    FIGURE,
                    &TIME.replace(r#""start": 4"#, r#""start": 5"#),
                ),
                "articles[0].times[0].text",
            ),
            (
                curated(
                    STATEMENT,
                    FIGURE,
                    &TIME.replace(
                        r#""resolved": null"#,
                        r#""resolved": {"start": "2024-01-02", "end": "2024-01-01"}"#,
                    ),
                ),
                "articles[0].times[0].resolved",
            ),
            (
                curated(&format!("{STATEMENT}, {STATEMENT}"), FIGURE, TIME),
                "articles[0].statements[1].id",
            ),
        ];
        for (json, path) in cases {
            for read in [Dataset::from_json, Dataset::from_analysed_json] {
                let error = read(&json).unwrap_err();
                assert_eq!(error.path(), path, "{}", error.message());
            }
        }
    }
}
