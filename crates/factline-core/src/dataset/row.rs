//! A statement as the exports (`csv.rs`, `html.rs`) show it, with the
//! speaker, day and figures its ids name looked up here once, so that both
//! downloads date and name every statement alike.

use std::collections::HashMap;

use super::{Article, Figure, Speaker, Statement, Time};
use crate::calendar::Day;

/// One statement with what its ids name in its article.
pub(super) struct Row<'a> {
    pub article: &'a Article,
    pub statement: &'a Statement,
    pub speaker: Option<&'a Speaker>,
    /// The first day of the statement's time when that time resolves, else
    /// the article's publication day: a statement with no time of its own
    /// was made, as far as the article tells, by the day it was published.
    pub day: Option<Day>,
    /// The texts of the statement's figures, in the statement's order.
    pub figures: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The rows of an article's statements, in the article's order. The
    /// ids are looked up in maps, since an article may hold thousands of
    /// statements and searching its lists for each would take their product.
    pub fn of(article: &'a Article) -> Vec<Row<'a>> {
        let speakers = by_id(&article.speakers, |speaker: &Speaker| &speaker.id);
        let times = by_id(&article.times, |time: &Time| &time.id);
        let figures = by_id(&article.figures, |figure: &Figure| &figure.id);
        let row = |statement: &'a Statement| {
            let resolved = statement
                .time
                .as_deref()
                .and_then(|id| times.get(id))
                .and_then(|time| time.resolved);
            Row {
                article,
                statement,
                speaker: statement
                    .speaker
                    .as_deref()
                    .and_then(|id| speakers.get(id).copied()),
                day: resolved.map(|range| range.start).or(article.published),
                figures: statement
                    .figures
                    .iter()
                    .filter_map(|id| figures.get(id.as_str()))
                    .map(|figure| figure.text.as_str())
                    .collect(),
            }
        };
        article.statements.iter().map(row).collect()
    }
}

/// The items of a list by their ids. A dataset that passed the readers'
/// checks has no id twice; for one built otherwise, the first item wins.
fn by_id<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a String) -> HashMap<&'a str, &'a T> {
    let mut map = HashMap::new();
    for item in items {
        map.entry(id(item).as_str()).or_insert(item);
    }
    map
}

/// Builders of small datasets for the exports' tests.
#[cfg(test)]
pub(super) mod examples {
    use super::super::{Article, Dataset, Statement, StatementKind};

    /// A statement of `kind` with `text`, whose span and ids the export
    /// does not check.
    pub fn statement(id: &str, kind: StatementKind, text: &str) -> Statement {
        Statement::bare(id, kind, text)
    }

    pub fn dataset(articles: Vec<Article>) -> Dataset {
        Dataset {
            version: 1,
            articles,
        }
    }
}
