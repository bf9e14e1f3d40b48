//! The timeline: every statement in time order, grouped under its day.

use factline_core::{Dataset, Day};
use yew::prelude::*;

use crate::components::statement_card::StatementCard;
use crate::state::Shared;
use crate::timeline::entries;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub dataset: Shared<Dataset>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let entries = entries(&props.dataset);
    if entries.is_empty() {
        return html! { <p class="status">{ "This dataset has no statements yet." }</p> };
    }
    // Entries are sorted by day, so each day's statements are one run.
    let groups = entries.chunk_by(|a, b| a.day == b.day).map(|group| {
        let day = group[0].day;
        html! {
            <section class="day" key={day.map(|d| d.to_string()).unwrap_or_default()}>
                <h2 class="day-heading">{ day_heading(day) }</h2>
                <ol class="statements">
                    { for group.iter().map(|entry| html! {
                        <li key={format!("{}/{}", entry.article, entry.statement)}>
                            <StatementCard
                                dataset={props.dataset.clone()}
                                article={entry.article}
                                statement={entry.statement}
                            />
                        </li>
                    }) }
                </ol>
            </section>
        }
    });
    html! { <div class="timeline">{ for groups }</div> }
}

fn day_heading(day: Option<Day>) -> Html {
    match day {
        Some(day) => html! { <time datetime={day.to_string()}>{ long_date(day) }</time> },
        None => html! { { "Undated" } },
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "December 28, 2023".
pub fn long_date(day: Day) -> String {
    let month = MONTHS[usize::from(day.month().clamp(1, 12)) - 1];
    format!("{month} {}, {}", day.day(), day.year())
}
