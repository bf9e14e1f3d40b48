//! Every figure with value, unit, qualifier and period, linked to its
//! statement, and a chart of the rates per day derived from them.

use factline_core::{Article, Figure};
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::components::links::intent_link;
use crate::dates::range_label;
use crate::rates::{
    basis_label, counted_noun, figure_facts, rate_label, value_label, FigureFact, Rate,
};
use crate::route::{Route, View};
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub catalog: Shared<Catalog>,
    /// Shows a figure's statement on a view.
    pub on_show: Callback<(String, View)>,
}

/// The table shows this many figures at most: enough to read, and a page
/// that stays quick at a hundred thousand statements.
const TABLE_ROWS: usize = 1000;

/// A chart compares this many rates of a unit at most; more bars than this
/// no longer read as a comparison.
const CHART_BARS: usize = 20;

#[component]
pub fn Figures(props: &FiguresProps) -> Html {
    let catalog = &props.catalog;
    let facts = use_memo(props.catalog.clone(), |catalog| figure_facts(catalog));
    if facts.is_empty() {
        return html! { <p class="status empty">{ "This dataset states no figures." }</p> };
    }
    let rows = facts
        .iter()
        .take(TABLE_ROWS)
        .map(|fact| figure_row(catalog, fact, &props.on_show));
    html! {
        <div class="figures-view">
            <h2>{ format!("Figures ({})", facts.len()) }</h2>
            { rate_chart(catalog, &facts) }
            <div class="table-scroll" tabindex="0" role="region" aria-label="Figures table">
                <table class="figures">
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            <th scope="col">{ "Value" }</th>
                            <th scope="col">{ "Unit" }</th>
                            <th scope="col">{ "Qualifier" }</th>
                            <th scope="col">{ "Period" }</th>
                            <th scope="col">{ "Per day" }</th>
                            <th scope="col">{ "Said in" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if facts.len() > TABLE_ROWS {
                <p class="status">
                    { format!("The first {TABLE_ROWS} of {} figures, in timeline order.", facts.len()) }
                </p>
            }
        </div>
    }
}

/// A figure's row of the table, with a link to the statement that states it.
fn figure_row(catalog: &Catalog, fact: &FigureFact, on_show: &Callback<(String, View)>) -> Html {
    let article = &catalog.dataset.articles[fact.article];
    let figure = &article.figures[fact.figure];
    let statement = fact.entry.map(|entry| {
        let reference = catalog.statement_ref(entry);
        let route = Route::for_statement(reference.clone());
        intent_link(
            "figure-statement",
            &route,
            "Statement".to_string(),
            on_show,
            (reference, View::Timeline),
        )
    });
    html! {
        <tr>
            <th scope="row">{ &figure.text }</th>
            <td class="number" data-label="Value">{ value_label(figure) }</td>
            <td data-label="Unit">{ figure.unit.clone().unwrap_or_default() }</td>
            <td data-label="Qualifier">{ figure.qualifier.clone().unwrap_or_default() }</td>
            <td data-label="Period">{ period_label(article, figure) }</td>
            <td class="number" data-label="Per day">
                if let Some(rate) = &fact.rate {
                    <span class="derived">{ rate_label(figure, rate) }</span>
                    <span class="derived-mark">{ " derived: " }{ basis_label(figure, rate) }</span>
                }
            </td>
            <td data-label="Said in">{ for statement }</td>
        </tr>
    }
}

/// A figure's period as the article words it, and the days it was read as.
fn period_label(article: &Article, figure: &Figure) -> String {
    let period = figure
        .period
        .as_ref()
        .and_then(|id| article.times.iter().find(|time| &time.id == id));
    match period {
        Some(time) => match time.resolved {
            Some(range) => format!("{} → {}", time.text, range_label(range)),
            None => time.text.clone(),
        },
        None => String::new(),
    }
}

// The rate chart's measures. Whole-pixel coordinates: they are exact
// enough, and keep float formatting out of the app's code. The chart is
// drawn at about the size it shows at on a phone (the stylesheet caps it
// there), so its labels read at their set size rather than scaled down.
const CHART_WIDTH: i64 = 360;
const LABEL: i64 = 18;
const BAR: i64 = 18;
// A bar's row: its label, the bar and a gap.
const ROW: i64 = LABEL + BAR + 10;

/// Horizontal bars, one per derived rate, grouped by unit; each unit has its
/// own scale, since migrants per day and dollars per day do not compare.
/// Each bar has its figure and rate above it, so the chart reads at phone
/// width too.
fn rate_chart(catalog: &Catalog, facts: &[FigureFact]) -> Html {
    let units = rates_by_unit(catalog, facts);
    if units.is_empty() {
        return Html::default();
    }
    html! { <div class="charts">{ for units.into_iter().map(|(unit, bars)| unit_chart(&unit, bars)) }</div> }
}

/// The derived rates of `facts`, each with its figure, grouped by the unit
/// they count, in the order the units first come.
fn rates_by_unit<'a>(
    catalog: &'a Catalog,
    facts: &'a [FigureFact],
) -> Vec<(String, Vec<(&'a Figure, &'a Rate)>)> {
    let mut units: Vec<(String, Vec<(&Figure, &Rate)>)> = Vec::new();
    for fact in facts {
        let Some(rate) = &fact.rate else {
            continue;
        };
        let figure = &catalog.dataset.articles[fact.article].figures[fact.figure];
        let unit = counted_noun(figure);
        let bar = (figure, rate);
        match units.iter_mut().find(|(name, _)| *name == unit) {
            Some((_, bars)) => bars.push(bar),
            None => units.push((unit, vec![bar])),
        }
    }
    units
}

/// One unit's chart: a bar for each of its rates (the first
/// [`CHART_BARS`]), on a scale of its own.
fn unit_chart(unit: &str, mut bars: Vec<(&Figure, &Rate)>) -> Html {
    let count = bars.len();
    bars.truncate(CHART_BARS);
    let max = bars
        .iter()
        .map(|(_, rate)| rate.per_day)
        .fold(0.0, f64::max);
    let height = bars.len() as i64 * ROW;
    let summary = bars
        .iter()
        .map(|(figure, rate)| {
            let text = &figure.text;
            format!(
                "{text}: {} ({})",
                rate_label(figure, rate),
                basis_label(figure, rate)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let shapes = bars
        .iter()
        .enumerate()
        .map(|(index, &(figure, rate))| chart_bar(index as i64 * ROW, figure, rate, max));
    html! {
        <figure class="rate-chart">
            <figcaption>
                { format!("{unit} per day (derived)") }
                if count > CHART_BARS {
                    { format!(": the first {CHART_BARS} of {count}") }
                }
            </figcaption>
            <svg viewBox={format!("0 0 {CHART_WIDTH} {height}")} width="100%" role="img"
                aria-label={format!("{unit} per day, derived: {summary}")}>
                { for shapes }
            </svg>
        </figure>
    }
}

/// A rate's bar at `y`, as long beside the chart's width as the rate is
/// beside the largest, `max`, with its figure and rate above it.
fn chart_bar(y: i64, figure: &Figure, rate: &Rate, max: f64) -> Html {
    let length = if max > 0.0 {
        (CHART_WIDTH as f64 * rate.per_day / max).round() as i64
    } else {
        0
    }
    .max(1);
    html! {
        <g>
            <text x="0" y={(y + 13).to_string()} class="chart-label">{ format!("{}: {}", figure.text, rate_label(figure, rate)) }</text>
            <rect x="0" y={(y + LABEL).to_string()} width={length.to_string()} height={BAR.to_string()} rx="3" class="chart-bar" />
        </g>
    }
}
