//! The timeline's order: statements by the day they were made.

use factline_core::{Article, Dataset, Day, Statement};

/// One statement on the timeline, by its place in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub article: usize,
    pub statement: usize,
    /// The first day the statement can be dated to, if any.
    pub day: Option<Day>,
}

/// Every statement of every article, earliest first. A statement is dated by
/// its own time when that resolves, else by its article's publication date;
/// undated statements come last, each article's in text order.
pub fn entries(dataset: &Dataset) -> Vec<Entry> {
    let mut entries: Vec<Entry> = dataset
        .articles
        .iter()
        .enumerate()
        .flat_map(|(article_index, article)| {
            article
                .statements
                .iter()
                .enumerate()
                .map(move |(statement_index, statement)| Entry {
                    article: article_index,
                    statement: statement_index,
                    day: statement_day(article, statement),
                })
        })
        .collect();
    // A stable sort keeps text order within a day.
    entries.sort_by_key(|entry| (entry.day.is_none(), entry.day));
    entries
}

fn statement_day(article: &Article, statement: &Statement) -> Option<Day> {
    statement
        .time
        .as_ref()
        .and_then(|id| article.times.iter().find(|time| &time.id == id))
        .and_then(|time| time.resolved)
        .map(|range| range.start)
        .or(article.published)
}

#[cfg(test)]
mod tests {
    use factline_core::{Article, Dataset, DayRange, Statement, StatementKind, Time};

    use super::entries;

    fn statement(id: &str, time: Option<&str>) -> Statement {
        Statement {
            id: id.to_string(),
            kind: StatementKind::Narration,
            text: String::new(),
            start: 0,
            end: 0,
            speaker: None,
            mention: None,
            cue: None,
            time: time.map(str::to_string),
            figures: Vec::new(),
        }
    }

    fn article(
        id: &str,
        published: Option<&str>,
        statements: Vec<Statement>,
        times: Vec<Time>,
    ) -> Article {
        Article {
            id: id.to_string(),
            title: String::new(),
            source: String::new(),
            url: None,
            published: published.map(|day| day.parse().unwrap()),
            published_note: None,
            text: String::new(),
            speakers: Vec::new(),
            statements,
            figures: Vec::new(),
            times,
        }
    }

    #[test]
    fn statements_are_dated_by_their_time_then_their_article() {
        let said_earlier = Time {
            id: "t1".to_string(),
            text: "on Monday".to_string(),
            start: 0,
            end: 0,
            resolved: Some(DayRange {
                start: "2023-12-25".parse().unwrap(),
                end: "2023-12-25".parse().unwrap(),
            }),
        };
        let dataset = Dataset {
            version: 1,
            articles: vec![
                article("undated", None, vec![statement("u1", None)], Vec::new()),
                article(
                    "late",
                    Some("2023-12-28"),
                    vec![statement("a1", None), statement("a2", Some("t1"))],
                    vec![said_earlier],
                ),
                article(
                    "early",
                    Some("2023-12-26"),
                    vec![statement("b1", None)],
                    Vec::new(),
                ),
            ],
        };
        let order: Vec<(usize, usize, Option<String>)> = entries(&dataset)
            .into_iter()
            .map(|entry| {
                (
                    entry.article,
                    entry.statement,
                    entry.day.map(|d| d.to_string()),
                )
            })
            .collect();
        assert_eq!(
            order,
            vec![
                (1, 1, Some("2023-12-25".to_string())),
                (2, 0, Some("2023-12-26".to_string())),
                (1, 0, Some("2023-12-28".to_string())),
                (0, 0, None),
            ]
        );
    }
}
