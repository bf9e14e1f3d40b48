//! factline-core reads news articles and finds *who said what, with which
//! numbers, when*.
//!
//! The engine is a pipeline of plain rules, one module a stage:
//!
//! 1. [`segment`] splits the text into paragraphs and sentences and sets
//!    boilerplate (feed footers, "Read More", captions) aside;
//! 2. [`speech`] finds direct quotes and reported speech with their cue words;
//! 3. [`speakers`] names who speaks, resolving aliases, pronouns and roles;
//! 4. [`figures`] reads numbers with their units and qualifiers;
//! 5. [`times`] reads dates and resolves them against the publication date;
//! 6. [`record`] links all of it into the dataset's [`Article`] form.
//!
//! Beside the pipeline, [`corrections`] lays an editor's corrections over
//! the engine's output, anchored to the article's words, so that they hold
//! when a newer engine reads the article again; and [`rates`] says which
//! figures have a rate per day the text supports, and over how many days.
//!
//! It is pure Rust with no clock and no I/O: the reference date is an argument,
//! so the same code runs natively and in WebAssembly. Analysing text never
//! fails and never panics.
//!
//! # Example
//!
//! ```
//! use factline_core::{analyze, Day};
//!
//! let text = "“We are out of room,” said Mayor Jane Doe on Friday.";
//! let published: Day = "2023-12-28".parse().unwrap();
//! let analysis = analyze(text, Some(published));
//! let statement = &analysis.statements[0];
//! assert_eq!(statement.text, "We are out of room,");
//! let speaker = analysis.speakers.iter().find(|s| Some(&s.id) == statement.speaker.as_ref());
//! assert_eq!(speaker.unwrap().name, "Jane Doe");
//! ```

pub mod calendar;
pub mod corrections;
pub mod dataset;
pub mod evidence;
mod extract;
pub mod figures;
mod grammar;
mod lex;
pub mod rates;
pub mod record;
pub mod segment;
pub mod speakers;
pub mod speech;
pub mod times;

pub use calendar::Day;
pub use corrections::{
    Anchor, ArticleCorrections, Conflict, Correction, CorrectionsFile, SpeakerRef,
};
pub use dataset::{
    AnalysedReader, Article, ArticleMeta, Confidence, Dataset, DatasetError, DayRange, Evidence,
    Figure, Mention, PerDay, RateBasis, ReadingEvidence, Review, Speaker, SpeakerKind, Statement,
    StatementKind, Time,
};
pub use evidence::{CueRefusal, FigureRule, LinkRule, StatementRule, TimeRule, WordOfSayingLeft};
pub use record::{analyze, words_of_saying_left, Analysis};
