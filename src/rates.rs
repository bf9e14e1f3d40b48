//! Figures side by side: each figure with the rate per day the text
//! supports for it, and how that rate is shown. The engine decides which
//! figures have one and over how many days (`factline_core::rates`, the
//! figure's `per_day`); the page only divides.

use factline_core::rates::RATE_WORDS;
use factline_core::{Figure, RateBasis};

use crate::catalog::Catalog;
use crate::order;

/// One figure with what the figures view shows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureFact {
    pub article: usize,
    pub figure: usize,
    /// The entry of the statement that states it, if one does.
    pub entry: Option<usize>,
    /// The rate per day the text supports, when it writes exactly.
    pub rate: Option<Rate>,
}

/// A figure's value per day, and what it was divided by.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub per_day: f64,
    pub days: f64,
    pub basis: RateBasis,
}

/// The rate per day of a figure that has one, when its value, its days and
/// the rate all write exactly. Days below one are no span a dataset can
/// mean, and are shown as no rate.
pub fn rate_of(figure: &Figure) -> Option<Rate> {
    let per_day = figure.per_day.as_ref()?;
    let rate = Rate {
        per_day: figure.value / per_day.days,
        days: per_day.days,
        basis: per_day.basis,
    };
    let exact = [figure.value, rate.days, rate.per_day]
        .into_iter()
        .all(writes_exactly);
    (exact && rate.days >= 1.0).then_some(rate)
}

/// Every figure of the dataset in timeline order of their statements, with
/// the rates derived from them.
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
                    rate: rate_of(figure),
                })
        })
        .collect();
    order::sort_by_key(&mut facts, |fact| fact.entry.unwrap_or(usize::MAX));
    facts
}

/// What a figure counts, for grouping its rate with others of the same
/// kind: its unit up to a written rate ("patients" of "patients per week"),
/// or "count" for a number alone.
pub fn counted_noun(figure: &Figure) -> String {
    let unit = figure.unit.as_deref().unwrap_or("count");
    let noun: Vec<&str> = unit
        .split_whitespace()
        .take_while(|word| !RATE_WORDS.contains(word))
        .collect();
    noun.join(" ")
}

/// A rate as the page shows it: "more than 10,000/day", "≈ 6,367/day".
pub fn rate_label(figure: &Figure, rate: &Rate) -> String {
    format!("{}/day", rate_amount(figure, rate))
}

/// A rate's amount with the figure's qualifier, and "≈" when it is
/// rounded: "more than 10,000", "≈ 6,367".
pub fn rate_amount(figure: &Figure, rate: &Rate) -> String {
    let qualifier = figure
        .qualifier
        .as_deref()
        .map(|qualifier| format!("{qualifier} "))
        .unwrap_or_default();
    let approx = if is_rounded(rate.per_day) { "≈ " } else { "" };
    let number = format_number(rate.per_day).unwrap_or_default();
    format!("{qualifier}{approx}{number}")
}

/// What a rate was derived from, in the figure's own terms: "50,000 ÷ 5
/// days", or "as written" for a figure that is a rate per day already.
pub fn basis_label(figure: &Figure, rate: &Rate) -> String {
    let value = value_label(figure);
    match (&rate.basis, rate.days == 1.0) {
        (RateBasis::Written, true) => format!("{value} a day, as written"),
        _ => format!(
            "{value} ÷ {} days",
            format_number(rate.days).unwrap_or_default()
        ),
    }
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
    let rounded = shown_value(value);
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

/// Whether `format_number` had to round the value, which the page marks
/// with "≈".
pub fn is_rounded(value: f64) -> bool {
    (value - shown_value(value)).abs() > 1e-9
}

/// The value `format_number` writes: whole when large, and to two decimals
/// otherwise.
fn shown_value(value: f64) -> f64 {
    if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 100.0).round() / 100.0
    }
}

#[cfg(test)]
mod tests {
    use factline_core::{Article, ArticleMeta, Dataset};

    use super::{basis_label, figure_facts, format_number, is_rounded, rate_label, value_label};
    use crate::catalog::Catalog;

    /// An invented report of two counts, one over a stated duration and one
    /// over a month, beside a meeting's length and a sum of money.
    fn crossings() -> Dataset {
        let meta = ArticleMeta {
            id: "ferry".into(),
            published: "2024-03-20".parse().ok(),
            ..ArticleMeta::default()
        };
        let text = "The talks lasted more than two hours. Wardens counted more than 4,200 \
                    hikers who crossed the pass in seven days. In January they turned back 1,000 \
                    hikers. The park spent $48 million in January.";
        Dataset {
            version: 1,
            articles: vec![Article::extract(meta, text.to_string())],
        }
    }

    #[test]
    fn rates_come_with_their_basis_and_only_for_counts_over_a_stated_span() {
        let catalog = Catalog::new(crossings());
        let article = &catalog.dataset.articles[0];
        let shown: Vec<(String, Option<(String, String)>)> = figure_facts(&catalog)
            .iter()
            .map(|fact| {
                let figure = &article.figures[fact.figure];
                let rate = fact
                    .rate
                    .as_ref()
                    .map(|rate| (rate_label(figure, rate), basis_label(figure, rate)));
                (figure.text.clone(), rate)
            })
            .collect();
        let rate = |label: &str, basis: &str| Some((label.to_string(), basis.to_string()));
        assert_eq!(
            shown,
            [
                ("more than two hours".to_string(), None),
                (
                    "more than 4,200 hikers".to_string(),
                    rate("more than 600/day", "4,200 ÷ 7 days")
                ),
                ("seven days".to_string(), None),
                (
                    "1,000 hikers".to_string(),
                    rate("≈ 32.26/day", "1,000 ÷ 31 days")
                ),
                ("$48 million".to_string(), None),
            ]
        );
    }

    #[test]
    fn numbers_are_grouped_and_rounded() {
        assert_eq!(format_number(10_000.0).unwrap(), "10,000");
        assert_eq!(format_number(191_000.0 / 30.0).unwrap(), "6,367");
        assert!(is_rounded(191_000.0 / 30.0));
        assert!(!is_rounded(10_000.0));
        assert!(is_rounded(1_000.0 / 31.0), "32.26 is rounded too");
        assert!(!is_rounded(2.5));
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
        let mut dataset = crossings();
        let figure = &mut dataset.articles[0].figures[3];
        figure.value = 99_999_999_999_999_999_999_999.0;
        let catalog = Catalog::new(dataset);
        let facts = figure_facts(&catalog);
        let huge = &catalog.dataset.articles[0].figures[3];
        assert_eq!(value_label(huge), huge.text, "shown as written");
        assert_eq!(facts[3].rate, None, "no rate from an inexact value");
    }
}
