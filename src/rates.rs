//! Figures side by side: each figure with the length of the period it
//! covers, and a rate per day derived where two figures can be compared.

use std::collections::HashMap;

use factline_core::{Article, Figure};

use crate::catalog::{fold, Catalog};
use crate::dates::range_days;
use crate::order;

/// How long a figure's period is, and how that is known.
#[derive(Clone, Debug, PartialEq)]
pub enum PeriodLength {
    /// A duration stated beside the figure ("50,000 in five days").
    Stated { days: f64 },
    /// The resolved calendar range of the figure's period ("in November").
    Calendar { days: f64 },
}

impl PeriodLength {
    pub fn days(&self) -> f64 {
        match self {
            PeriodLength::Stated { days } | PeriodLength::Calendar { days } => *days,
        }
    }
}

/// One figure with what the figures view shows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureFact {
    pub article: usize,
    pub figure: usize,
    /// The entry of the statement that states it, if one does.
    pub entry: Option<usize>,
    pub period: Option<PeriodLength>,
    /// The value per day, derived only when another figure with the same unit
    /// also has a period of known length, so that the two compare.
    pub rate_per_day: Option<f64>,
}

/// The number of days in one of a duration unit, for units that are durations.
fn unit_days(unit: &str) -> Option<f64> {
    match fold(unit).trim() {
        "day" | "days" => Some(1.0),
        "week" | "weeks" => Some(7.0),
        "month" | "months" => Some(30.0),
        "year" | "years" => Some(365.0),
        _ => None,
    }
}

/// A figure's period: a duration figure stated in the same statement wins
/// over the calendar range of its period, because "five days last week" is
/// five days, not seven.
fn period_length(article: &Article, figure: &Figure) -> Option<PeriodLength> {
    if figure.unit.as_deref().and_then(unit_days).is_some() {
        return None;
    }
    let figures_beside = article
        .statements
        .iter()
        .find(|statement| statement.figures.contains(&figure.id))
        .map(|statement| statement.figures.as_slice())
        .unwrap_or_default();
    let stated = figures_beside
        .iter()
        .filter(|id| **id != figure.id)
        .filter_map(|id| article.figures.iter().find(|other| &other.id == id))
        .find_map(|other| {
            let days = other.value * other.unit.as_deref().and_then(unit_days)?;
            (days > 0.0 && writes_exactly(days)).then_some(PeriodLength::Stated { days })
        });
    stated.or_else(|| {
        let period = figure.period.as_ref()?;
        let time = article.times.iter().find(|time| &time.id == period)?;
        let days = range_days(time.resolved?) as f64;
        (days > 0.0).then_some(PeriodLength::Calendar { days })
    })
}

/// Every figure of the dataset in timeline order of their statements, with
/// periods and derived rates.
pub fn figure_facts(catalog: &Catalog) -> Vec<FigureFact> {
    let mut facts: Vec<FigureFact> = catalog
        .dataset
        .articles
        .iter()
        .enumerate()
        .flat_map(|(article_index, article)| {
            article
                .figures
                .iter()
                .enumerate()
                .map(move |(figure_index, figure)| FigureFact {
                    article: article_index,
                    figure: figure_index,
                    entry: article
                        .statements
                        .iter()
                        .position(|statement| statement.figures.contains(&figure.id))
                        .and_then(|statement| catalog.entry_of(article_index, statement)),
                    period: period_length(article, figure),
                    rate_per_day: None,
                })
        })
        .collect();
    order::sort_by_key(&mut facts, |fact| fact.entry.unwrap_or(usize::MAX));
    let unit_of = |fact: &FigureFact| {
        catalog.dataset.articles[fact.article].figures[fact.figure]
            .unit
            .as_deref()
            .map(fold)
    };
    let comparable: Vec<Option<String>> = facts
        .iter()
        .map(|fact| fact.period.as_ref().and_then(|_| unit_of(fact)))
        .collect();
    // The same kind of map as the catalog's speakers by key, counted with
    // the same two calls (`get` and `insert`): each other kind of map, or
    // call, is another copy of the hash table's code in the page's wasm.
    let mut peers: HashMap<String, usize> = HashMap::new();
    for unit in comparable.iter().flatten() {
        let count = peers.get(unit).copied().unwrap_or(0);
        peers.insert(unit.clone(), count + 1);
    }
    for (fact, unit) in facts.iter_mut().zip(&comparable) {
        if unit
            .as_ref()
            .is_some_and(|unit| peers.get(unit).is_some_and(|&count| count >= 2))
        {
            let value = catalog.dataset.articles[fact.article].figures[fact.figure].value;
            let days = fact.period.as_ref().map_or(1.0, PeriodLength::days);
            fact.rate_per_day = writes_exactly(value)
                .then_some(value / days)
                .filter(|rate| writes_exactly(*rate));
        }
    }
    facts
}

/// The largest whole number below which an `f64` holds every whole number
/// (2^53). Digits written out beyond it would be invented: "99999999999999999999999"
/// is read as 1e23, whose digits the text never gave.
const LARGEST_EXACT: f64 = 9_007_199_254_740_992.0;

/// Whether [`format_number`] writes `value` without inventing digits.
pub fn writes_exactly(value: f64) -> bool {
    value.is_finite() && value.abs() < LARGEST_EXACT
}

/// A figure's value as the figures view shows it: formatted when that is
/// exact, and otherwise as the text wrote it.
pub fn value_label(figure: &Figure) -> String {
    format_number(figure.value).unwrap_or_else(|| figure.text.clone())
}

/// A number with thousands separators, rounded to a whole number when it is
/// large and to two decimals otherwise: "191,000", "6,367", "2.5"; `None`
/// for a value that [`writes_exactly`] refuses, whose digits it does not
/// hold. It formats through integers: core's float printer would cost the
/// page's wasm 10 KB.
pub fn format_number(value: f64) -> Option<String> {
    if !writes_exactly(value) {
        return None;
    }
    let rounded = if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 100.0).round() / 100.0
    };
    let whole = rounded.trunc().abs() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = (rounded.abs() - whole as f64) * 100.0;
    let fraction = fraction.round() as u64;
    let sign = if rounded < 0.0 { "-" } else { "" };
    Some(match fraction {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped}.{}", f / 10),
        f => format!("{sign}{grouped}.{f:02}"),
    })
}

/// Whether `format_number` had to round the value, which the view marks with "≈".
pub fn is_rounded(value: f64) -> bool {
    (value - value.round()).abs() > 1e-9 && value.abs() >= 100.0
}

#[cfg(test)]
mod tests {
    use factline_core::Dataset;

    use super::{figure_facts, format_number, is_rounded, value_label, PeriodLength};
    use crate::catalog::tests::{article, figure, statement, time};
    use crate::catalog::Catalog;

    /// The seed article's two migrant figures: 50,000 in five days last week
    /// and 191,000 in November.
    fn border_figures() -> Dataset {
        let mut border = article("border", Some("2023-12-28"));
        border.times = vec![
            time("t2", "last week", "2023-12-18", "2023-12-24"),
            time("t3", "In November", "2023-11-01", "2023-11-30"),
        ];
        border.figures = vec![
            figure("f1", 2.0, "hours", None),
            figure("f2", 50_000.0, "migrants", Some("t2")),
            figure("f3", 5.0, "days", Some("t2")),
            figure("f4", 191_000.0, "migrants", Some("t3")),
        ];
        let mut s1 = statement("s1", "The meeting lasted more than two hours.", None, None);
        s1.figures = vec!["f1".to_string()];
        let mut s8 = statement("s8", "50,000 in five days last week.", None, None);
        s8.figures = vec!["f2".to_string(), "f3".to_string()];
        let mut s9 = statement("s9", "In November 191,000.", None, None);
        s9.figures = vec!["f4".to_string()];
        border.statements = vec![s1, s8, s9];
        Dataset {
            version: 1,
            articles: vec![border],
        }
    }

    #[test]
    fn rates_per_day_compare_figures_with_the_same_unit() {
        let catalog = Catalog::new(border_figures());
        let facts = figure_facts(&catalog);
        let rates: Vec<(usize, Option<f64>)> = facts
            .iter()
            .map(|fact| (fact.figure, fact.rate_per_day))
            .collect();
        assert_eq!(
            rates,
            [
                (0, None),
                (1, Some(10_000.0)),
                (2, None),
                (3, Some(191_000.0 / 30.0))
            ]
        );
        assert_eq!(facts[1].period, Some(PeriodLength::Stated { days: 5.0 }));
        assert_eq!(facts[3].period, Some(PeriodLength::Calendar { days: 30.0 }));
        assert_eq!(facts[0].period, None, "two hours has no period");
    }

    #[test]
    fn numbers_are_grouped_and_rounded() {
        assert_eq!(format_number(10_000.0).unwrap(), "10,000");
        assert_eq!(format_number(191_000.0 / 30.0).unwrap(), "6,367");
        assert!(is_rounded(191_000.0 / 30.0));
        assert!(!is_rounded(10_000.0));
        assert_eq!(format_number(2.5).unwrap(), "2.5");
        assert_eq!(format_number(0.125).unwrap(), "0.13");
        assert_eq!(format_number(-1234.0).unwrap(), "-1,234");
        assert_eq!(format_number(999.0).unwrap(), "999");
        assert_eq!(
            format_number(9_007_199_254_740_991.0).unwrap(),
            "9,007,199,254,740,991"
        );
        assert_eq!(format_number(1e23), None);
        assert_eq!(format_number(f64::INFINITY), None);
    }

    #[test]
    fn values_beyond_exact_whole_numbers_show_as_written_and_derive_no_rate() {
        let mut dataset = border_figures();
        let border = &mut dataset.articles[0];
        border.figures[3].value = 99_999_999_999_999_999_999_999.0;
        border.figures[3].text = "99999999999999999999999".to_string();
        let catalog = Catalog::new(dataset);
        let facts = figure_facts(&catalog);
        let huge = &catalog.dataset.articles[0].figures[3];
        assert_eq!(value_label(huge), "99999999999999999999999");
        assert_eq!(facts[3].rate_per_day, None, "no rate from an inexact value");
        assert_eq!(
            value_label(&catalog.dataset.articles[0].figures[1]),
            "50,000"
        );
    }
}
