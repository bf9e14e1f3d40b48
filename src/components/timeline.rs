//! The timeline: the matching statements in time order, grouped under their
//! days. Long timelines render only the rows in view (see `crate::window`).

use factline_core::Day;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::components::statement_card::{card_id, StatementCard};
use crate::dates::long_date;
use crate::services::viewport::{
    focus_adjacent, measure_rows, reveal, scroll_list_to, use_viewport, ScrollLogicalPosition,
};
use crate::state::{Action, Shared};
use crate::window::{offsets, visible_rows, RENDER_ALL_UP_TO};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub catalog: Shared<Catalog>,
    /// The entries to show, in timeline order.
    pub entries: Shared<Vec<usize>>,
    /// The selected entry, if any.
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
    pub on_copy_link: Callback<String>,
}

/// A row of the list: a day's heading or a statement.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Row {
    Day(Option<Day>),
    Statement(usize),
}

fn rows(catalog: &Catalog, entries: &[usize]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(entries.len() + entries.len() / 8 + 1);
    let mut day = None;
    for &entry in entries {
        let entry_day = catalog.entries[entry].day;
        if rows.is_empty() || day != entry_day {
            rows.push(Row::Day(entry_day));
            day = entry_day;
        }
        rows.push(Row::Statement(entry));
    }
    rows
}

/// Measured row heights, kept across renders: by entry for statements, one
/// for all day headings, which look alike.
struct Heights {
    statements: Vec<f64>,
    heading: f64,
    /// The mean of the measured statement heights, the estimate for the rest.
    typical: f64,
}

impl Heights {
    fn height(&self, row: &Row) -> f64 {
        match row {
            Row::Day(_) => self.heading,
            Row::Statement(entry) => match self.statements.get(*entry) {
                Some(&height) if height > 0.0 => height,
                _ => self.typical,
            },
        }
    }
}

/// A section of the window: a day's heading (absent when the window starts
/// inside the day) and its statements.
fn day_section(heading: Option<Option<Day>>, items: &mut Vec<Html>) -> Option<Html> {
    if heading.is_none() && items.is_empty() {
        return None;
    }
    let key = match heading {
        Some(day) => format!("day-{}", day.map(|d| d.to_string()).unwrap_or_default()),
        None => "continued".to_string(),
    };
    Some(html! {
        <section class="day" {key}>
            if let Some(day) = heading {
                <h2 class="day-heading" data-row="d">{ day_heading(day) }</h2>
            }
            <ol class="statements">{ for items.drain(..) }</ol>
        </section>
    })
}

fn day_heading(day: Option<Day>) -> Html {
    match day {
        Some(day) => html! { <time datetime={day.to_string()}>{ long_date(day) }</time> },
        None => html! { { "Undated" } },
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let catalog = &props.catalog;
    let rows = use_memo(
        (props.catalog.clone(), props.entries.clone()),
        |(catalog, entries)| rows(catalog, entries),
    );
    let list = use_node_ref();
    let viewport = use_viewport(list.clone());
    let heights = use_mut_ref(|| Heights {
        statements: vec![0.0; catalog.entries.len()],
        heading: 48.0,
        typical: 200.0,
    });
    let windowed = rows.len() > RENDER_ALL_UP_TO;
    let row_offsets = offsets(rows.iter().map(|row| heights.borrow().height(row)));
    let range = visible_rows(&row_offsets, viewport.top, viewport.bottom);
    let force_update = use_force_update();

    // Measures what was rendered, so the spacers match the rows they stand
    // for; a change re-renders once, and the next measurement then agrees.
    {
        let heights = heights.clone();
        let list = list.clone();
        use_effect(move || {
            if windowed {
                let mut heights = heights.borrow_mut();
                let mut changed = false;
                for (key, height) in measure_rows(&list) {
                    let slot = match key.strip_prefix('s').and_then(|n| n.parse::<usize>().ok()) {
                        Some(entry) => heights.statements.get_mut(entry),
                        None => Some(&mut heights.heading),
                    };
                    if let Some(slot) = slot {
                        if (*slot - height).abs() > 0.5 {
                            *slot = height;
                            changed = true;
                        }
                    }
                }
                if changed {
                    let measured: Vec<f64> = heights
                        .statements
                        .iter()
                        .copied()
                        .filter(|&h| h > 0.0)
                        .collect();
                    if !measured.is_empty() {
                        heights.typical = measured.iter().sum::<f64>() / measured.len() as f64;
                    }
                    force_update.force_update();
                }
            }
        });
    }

    // Brings a newly selected statement into view, once: scrolls to where
    // it would be, so that it renders, and then to the card itself.
    let pending_reveal = use_mut_ref(|| None::<usize>);
    {
        let pending_reveal = pending_reveal.clone();
        use_effect_with(props.selected, move |selected| {
            *pending_reveal.borrow_mut() = *selected;
        });
    }
    {
        let list = list.clone();
        let target = props
            .selected
            .and_then(|entry| rows.iter().position(|row| *row == Row::Statement(entry)))
            .map(|row| row_offsets[row]);
        let rendered = props
            .selected
            .is_some_and(|entry| rows[range.clone()].contains(&Row::Statement(entry)));
        use_effect_with((props.selected, rendered), move |_| {
            let pending = *pending_reveal.borrow();
            if let (Some(entry), Some(offset)) = (pending, target) {
                if reveal(&card_id(entry), ScrollLogicalPosition::Nearest) {
                    *pending_reveal.borrow_mut() = None;
                } else {
                    scroll_list_to(&list, offset);
                }
            }
        });
    }

    if rows.is_empty() {
        return html! { <p class="status empty">{ "No statements match." }</p> };
    }

    let onkeydown = {
        let list = list.clone();
        let on_action = props.on_action.clone();
        let catalog = props.catalog.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(card) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .filter(|element| element.class_list().contains("statement"))
            else {
                return;
            };
            let step = match event.key().as_str() {
                "ArrowDown" | "j" => 1,
                "ArrowUp" | "k" => -1,
                "Enter" => {
                    let entry = card
                        .id()
                        .strip_prefix("entry-")
                        .and_then(|n| n.parse::<usize>().ok());
                    if let Some(entry) = entry {
                        event.prevent_default();
                        on_action.emit(Action::SelectStatement(catalog.statement_ref(entry)));
                    }
                    return;
                }
                _ => return,
            };
            if let Some(container) = list.cast::<web_sys::Element>() {
                if focus_adjacent(&container, &card, "article.statement", step) {
                    event.prevent_default();
                }
            }
        })
    };

    // Window rows go into day sections; a window that starts inside a day
    // continues that day's list without repeating its heading.
    let mut sections: Vec<Html> = Vec::new();
    let mut heading: Option<Option<Day>> = None;
    let mut items: Vec<Html> = Vec::new();
    for row in &rows[range.clone()] {
        match *row {
            Row::Day(day) => {
                sections.extend(day_section(heading.take(), &mut items));
                heading = Some(day);
            }
            Row::Statement(entry) => items.push(html! {
                <li key={entry} data-row={format!("s{entry}")}>
                    <StatementCard
                        catalog={props.catalog.clone()}
                        {entry}
                        selected={props.selected == Some(entry)}
                        on_action={props.on_action.clone()}
                        on_copy_link={props.on_copy_link.clone()}
                    />
                </li>
            }),
        }
    }
    sections.extend(day_section(heading.take(), &mut items));

    let total = row_offsets.last().copied().unwrap_or_default();
    let above = row_offsets[range.start];
    let below = total - row_offsets[range.end];
    html! {
        <div class={classes!("timeline", windowed.then_some("is-windowed"))} ref={list} {onkeydown}>
            if windowed {
                <svg class="spacer" width="1" height={above.round().to_string()} aria-hidden="true" focusable="false" />
            }
            { for sections }
            if windowed {
                <svg class="spacer" width="1" height={below.round().to_string()} aria-hidden="true" focusable="false" />
            }
        </div>
    }
}
