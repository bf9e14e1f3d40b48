//! The seed article against its hand-read gold file: every statement, every
//! speaker, figure and date, the boilerplate left out, and the feed footer's
//! title and source.

use factline_core::{analyze, Analysis, Day, Speaker, StatementKind};
use serde_json::Value;

const ARTICLE: &str = include_str!("fixtures/seed/article.txt");
const GOLD: &str = include_str!("fixtures/seed/gold.json");

fn setup() -> (Analysis, Value) {
    let gold: Value = serde_json::from_str(GOLD).expect("gold.json is JSON");
    let published: Day = gold["published"].as_str().unwrap().parse().unwrap();
    (analyze(ARTICLE, Some(published)), gold)
}

fn speaker<'a>(analysis: &'a Analysis, id: &Option<String>) -> Option<&'a Speaker> {
    analysis
        .speakers
        .iter()
        .find(|s| Some(&s.id) == id.as_ref())
}

fn text_list(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn seed_statements_match_gold() {
    let (analysis, gold) = setup();
    let attributed: Vec<_> = analysis
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .collect();
    let expected = gold["statements"].as_array().unwrap();
    assert_eq!(attributed.len(), expected.len(), "{attributed:#?}");
    for g in expected {
        let quote = g["quote"].as_str().unwrap();
        let statement = attributed
            .iter()
            .find(|s| s.text == quote)
            .unwrap_or_else(|| panic!("no statement reads {quote:?}"));
        let kind = match g["kind"].as_str().unwrap() {
            "direct" => StatementKind::Direct,
            _ => StatementKind::Indirect,
        };
        assert_eq!(statement.kind, kind, "{quote}");
        let who =
            speaker(&analysis, &statement.speaker).unwrap_or_else(|| panic!("{quote}: no speaker"));
        assert_eq!(who.name, g["speaker"].as_str().unwrap(), "{quote}");
        assert_eq!(who.role.as_deref(), g["speaker_role"].as_str(), "{quote}");
        assert!(statement.mention.is_some(), "{quote}: no mention");
    }
}

#[test]
fn seed_boilerplate_is_not_a_statement() {
    let (analysis, gold) = setup();
    for text in text_list(&gold["not_statements"]) {
        let start = ARTICLE.find(text).unwrap();
        let end = start + text.len();
        for statement in &analysis.statements {
            assert!(
                statement.end <= start || statement.start >= end,
                "{:?} overlaps boilerplate {text:?}",
                statement.text
            );
        }
    }
    let meta = &gold["metadata_in_text"];
    assert_eq!(analysis.title.as_deref(), meta["title"].as_str());
    assert_eq!(analysis.source.as_deref(), meta["source"].as_str());
}

#[test]
fn seed_narration_carries_its_figures() {
    let (analysis, gold) = setup();
    let narration: Vec<_> = analysis
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::Narration)
        .collect();
    let expected = gold["narration"].as_array().unwrap();
    assert_eq!(narration.len(), expected.len(), "{narration:#?}");
    for g in expected {
        let text = g["text"].as_str().unwrap();
        let statement = narration
            .iter()
            .find(|s| s.text.contains(text))
            .unwrap_or_else(|| panic!("no narration holds {text:?}"));
        assert_eq!(statement.speaker, None);
        let figures: Vec<&str> = statement
            .figures
            .iter()
            .map(|id| {
                analysis
                    .figures
                    .iter()
                    .find(|f| &f.id == id)
                    .unwrap()
                    .text
                    .as_str()
            })
            .collect();
        assert_eq!(figures, text_list(&g["figures"]), "{text}");
    }
}

#[test]
fn seed_speakers_have_roles_and_aliases() {
    let (analysis, gold) = setup();
    let expected = gold["speakers"].as_array().unwrap();
    for g in expected {
        let name = g["name"].as_str().unwrap();
        let found = analysis
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no speaker {name}"));
        assert_eq!(found.role.as_deref(), g["role"].as_str(), "{name}");
        // Aliases are the other names the article uses. The gold also lists
        // "Biden", which the text never uses on its own, so gold aliases are
        // required only where the text uses them, and nothing else may appear.
        let gold_aliases = text_list(&g["aliases"]);
        let used: Vec<&str> = gold_aliases
            .iter()
            .copied()
            .filter(|alias| ARTICLE.matches(alias).count() > ARTICLE.matches(name).count())
            .collect();
        for alias in &found.aliases {
            assert!(
                gold_aliases.contains(&alias.as_str()),
                "{name}: unexpected alias {alias}"
            );
        }
        for alias in used {
            assert!(
                found.aliases.iter().any(|a| a == alias),
                "{name}: missing alias {alias}"
            );
        }
    }
    // Everyone else in the list is a source that speaks without a name.
    let speaking: Vec<&String> = analysis
        .statements
        .iter()
        .filter_map(|s| s.speaker.as_ref())
        .collect();
    for extra in analysis
        .speakers
        .iter()
        .filter(|s| !expected.iter().any(|g| g["name"] == s.name.as_str()))
    {
        assert!(
            speaking.contains(&&extra.id),
            "{extra:?} neither speaks nor is in the gold"
        );
        assert_ne!(extra.kind, factline_core::SpeakerKind::Person, "{extra:?}");
    }
}

#[test]
fn seed_figures_match_gold() {
    let (analysis, gold) = setup();
    let expected = gold["figures"].as_array().unwrap();
    assert_eq!(
        analysis.figures.len(),
        expected.len(),
        "{:#?}",
        analysis.figures
    );
    for (figure, g) in analysis.figures.iter().zip(expected) {
        assert_eq!(figure.text, g["text"].as_str().unwrap());
        assert_eq!(
            figure.value,
            g["value"].as_f64().unwrap(),
            "{}",
            figure.text
        );
        assert_eq!(
            figure.unit.as_deref(),
            g["unit"].as_str(),
            "{}",
            figure.text
        );
        assert_eq!(
            figure.qualifier.as_deref(),
            g["qualifier"].as_str(),
            "{}",
            figure.text
        );
    }
    // "In five days last week": the figures of that sentence cover last week.
    let last_week = analysis
        .times
        .iter()
        .find(|t| t.text == "last week")
        .unwrap();
    for text in ["more than 50,000 migrants", "five days"] {
        let figure = analysis.figures.iter().find(|f| f.text == text).unwrap();
        assert_eq!(figure.period.as_ref(), Some(&last_week.id), "{text}");
    }
    let november = analysis
        .times
        .iter()
        .find(|t| t.text == "In November")
        .unwrap();
    let detained = analysis
        .figures
        .iter()
        .find(|f| f.text == "191,000 migrants")
        .unwrap();
    assert_eq!(detained.period.as_ref(), Some(&november.id));
}

#[test]
fn seed_dates_resolve_against_publication() {
    let (analysis, gold) = setup();
    let expected = gold["dates"].as_array().unwrap();
    assert_eq!(
        analysis.times.len(),
        expected.len(),
        "{:#?}",
        analysis.times
    );
    for (time, g) in analysis.times.iter().zip(expected) {
        assert_eq!(time.text, g["text"].as_str().unwrap());
        let resolved = time.resolved.expect("resolved");
        let range = format!("{}/{}", resolved.start, resolved.end);
        let want = match g["resolved"].as_str().unwrap() {
            "2023-11" => "2023-11-01/2023-11-30".to_string(),
            r if r.contains('/') => r.to_string(),
            r => format!("{r}/{r}"),
        };
        assert_eq!(range, want, "{}", time.text);
    }
    // Johnson spoke on December 27; the other statements carry no date of their own.
    let johnson = analysis
        .statements
        .iter()
        .find(|s| s.text.starts_with("without significant intervention"))
        .unwrap();
    let december = analysis
        .times
        .iter()
        .find(|t| t.text == "December 27")
        .unwrap();
    assert_eq!(johnson.time.as_ref(), Some(&december.id));
}
