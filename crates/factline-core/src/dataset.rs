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

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::calendar::Day;

/// The only dataset version this crate reads and writes.
pub const VERSION: u32 = 1;

/// A collection of analysed articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub version: u32,
    pub articles: Vec<Article>,
}

/// One news article with everything found in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    /// The publication date, the reference for relative dates such as "last week".
    pub published: Option<Day>,
    /// Where `published` comes from when it is not printed in the article.
    #[serde(default)]
    pub published_note: Option<String>,
    pub text: String,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    pub statements: Vec<Statement>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Direct,
    Indirect,
    Narration,
}

/// A span of the article's text as it is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A number stated in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

/// A time expression and, where the text and the publication date fix it, the
/// calendar range it denotes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Time {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub resolved: Option<DayRange>,
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

impl DatasetError {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        DatasetError {
            path: path.into(),
            message: message.into(),
        }
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
struct DatasetSource {
    articles: Vec<SourceArticle>,
}

/// One article of a dataset file: analysed, or text still to be extracted.
enum SourceArticle {
    Analysed(Article),
    TextOnly(ArticleMeta, String),
}

impl DatasetSource {
    /// Reads a dataset, tracking where in the file each value comes from so
    /// that an error can name its JSON path.
    fn from_json(json: &str) -> Result<DatasetSource, DatasetError> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let input: DatasetInput =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
                let path = err.path().to_string();
                serde_error(path, err.into_inner())
            })?;
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
    /// Reads a dataset from JSON, checks it, and extracts the articles that
    /// come as text only.
    ///
    /// Every span must lie on the text and read what its `text` says, and
    /// every reference must name something in its article. The error names
    /// the JSON path of the first problem, so an editor can find it.
    pub fn from_json(json: &str) -> Result<Dataset, DatasetError> {
        let source = DatasetSource::from_json(json)?;
        let articles = source
            .articles
            .into_iter()
            .map(|article| match article {
                SourceArticle::Analysed(article) => article,
                SourceArticle::TextOnly(meta, text) => Article::extract(meta, text),
            })
            .collect();
        Ok(Dataset {
            version: VERSION,
            articles,
        })
    }

    /// Reads a dataset whose articles all come analysed, with the same checks
    /// as [`Dataset::from_json`], but without the engine and without tracking
    /// JSON paths, which keeps a program that only shows datasets small.
    ///
    /// When the file is not such a dataset, the error only says so, with an
    /// empty path; [`Dataset::from_json`] reads it fully and tells where it is
    /// wrong. (Not formatting serde's message keeps its formatting code, and
    /// the Unicode tables it brings, out of a program that reads with this
    /// alone.) The app's main thread reads with this and leaves what it
    /// refuses to the engine's worker.
    pub fn from_analysed_json(json: &str) -> Result<Dataset, DatasetError> {
        let dataset: Dataset = serde_json::from_str(json)
            .map_err(|_| DatasetError::new("", "the file is not an analysed factline dataset"))?;
        check_version(dataset.version)?;
        check_unique_ids(dataset.articles.iter().map(|article| article.id.as_str()))?;
        for (index, article) in dataset.articles.iter().enumerate() {
            article.check(&format!("articles[{index}]"))?;
        }
        Ok(dataset)
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

fn serde_error(path: String, err: serde_json::Error) -> DatasetError {
    let message = if err.is_syntax() || err.is_eof() {
        format!("the file is not valid JSON: {err}")
    } else {
        err.to_string()
    };
    DatasetError::new(path, message)
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
    let mut seen = std::collections::HashSet::new();
    for (index, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(DatasetError::new(
                format!("articles[{index}].id"),
                format!("the article id \"{id}\" is used twice"),
            ));
        }
    }
    Ok(())
}

impl ArticleInput {
    fn into_source(self, path: &str) -> Result<SourceArticle, DatasetError> {
        let meta = ArticleMeta {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            published: self.published,
            published_note: self.published_note,
        };
        let Some(statements) = self.statements else {
            return Ok(SourceArticle::TextOnly(meta, self.text));
        };
        let article = Article {
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
        };
        article.check(path)?;
        Ok(SourceArticle::Analysed(article))
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
    /// Analyses `text` and builds the article from what the engine finds.
    pub fn extract(meta: ArticleMeta, text: String) -> Article {
        let analysis = crate::analyze(&text, meta.published);
        Article {
            id: meta.id,
            title: meta.title.or(analysis.title).unwrap_or_default(),
            source: meta.source.or(analysis.source).unwrap_or_default(),
            url: meta.url,
            published: meta.published,
            published_note: meta.published_note,
            text,
            speakers: analysis.speakers,
            statements: analysis.statements,
            figures: analysis.figures,
            times: analysis.times,
        }
    }

    /// Checks that every span lies on the text and every reference names
    /// something in this article.
    fn check(&self, path: &str) -> Result<(), DatasetError> {
        let span = |field: String, text: &str, start: usize, end: usize| {
            check_span(&self.text, &field, text, start, end)
        };
        let ids = |kind: &str,
                   ids: Vec<&str>|
         -> Result<std::collections::HashSet<String>, DatasetError> {
            let mut set = std::collections::HashSet::new();
            for (index, id) in ids.into_iter().enumerate() {
                if !set.insert(id.to_string()) {
                    return Err(DatasetError::new(
                        format!("{path}.{kind}[{index}].id"),
                        format!("the id \"{id}\" is used twice"),
                    ));
                }
            }
            Ok(set)
        };
        let speakers = ids(
            "speakers",
            self.speakers.iter().map(|s| s.id.as_str()).collect(),
        )?;
        let figures = ids(
            "figures",
            self.figures.iter().map(|f| f.id.as_str()).collect(),
        )?;
        let times = ids("times", self.times.iter().map(|t| t.id.as_str()).collect())?;
        ids(
            "statements",
            self.statements.iter().map(|s| s.id.as_str()).collect(),
        )?;
        let reference =
            |field: String, set: &std::collections::HashSet<String>, id: &str, kind: &str| {
                if set.contains(id) {
                    Ok(())
                } else {
                    Err(DatasetError::new(
                        field,
                        format!("no {kind} has the id \"{id}\""),
                    ))
                }
            };
        for (index, statement) in self.statements.iter().enumerate() {
            let at = format!("{path}.statements[{index}]");
            span(at.clone(), &statement.text, statement.start, statement.end)?;
            if let Some(mention) = &statement.mention {
                span(
                    format!("{at}.mention"),
                    &mention.text,
                    mention.start,
                    mention.end,
                )?;
            }
            if let Some(speaker) = &statement.speaker {
                reference(format!("{at}.speaker"), &speakers, speaker, "speaker")?;
            }
            if let Some(time) = &statement.time {
                reference(format!("{at}.time"), &times, time, "time")?;
            }
            for (k, figure) in statement.figures.iter().enumerate() {
                reference(format!("{at}.figures[{k}]"), &figures, figure, "figure")?;
            }
        }
        for (index, figure) in self.figures.iter().enumerate() {
            let at = format!("{path}.figures[{index}]");
            span(at.clone(), &figure.text, figure.start, figure.end)?;
            if !figure.value.is_finite() {
                return Err(DatasetError::new(
                    format!("{at}.value"),
                    "the value is not a finite number",
                ));
            }
            if let Some(period) = &figure.period {
                reference(format!("{at}.period"), &times, period, "time")?;
            }
        }
        for (index, time) in self.times.iter().enumerate() {
            let at = format!("{path}.times[{index}]");
            span(at.clone(), &time.text, time.start, time.end)?;
            if let Some(range) = time.resolved {
                if range.end < range.start {
                    return Err(DatasetError::new(
                        format!("{at}.resolved"),
                        format!(
                            "the range ends ({}) before it starts ({})",
                            range.end, range.start
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Checks that `start..end` is a span of `text` on char boundaries and that it
/// reads `expected`.
fn check_span(
    text: &str,
    path: &str,
    expected: &str,
    start: usize,
    end: usize,
) -> Result<(), DatasetError> {
    let Some(actual) = text.get(start..end) else {
        return Err(DatasetError::new(
            path,
            format!(
                "the span {start}..{end} is not a span of the article text ({} bytes) on character boundaries",
                text.len()
            ),
        ));
    };
    if actual != expected {
        return Err(DatasetError::new(
            format!("{path}.text"),
            format!("the span {start}..{end} reads \"{actual}\", not \"{expected}\""),
        ));
    }
    Ok(())
}
