//! The timeline: the matching statements in time order, grouped under their
//! days. Long timelines render only the rows in view (see `crate::window`).

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use factline_core::Day;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::components::intents::Intents;
use crate::components::statement_card::{card_id, StatementCard};
use crate::dates::long_date;
use crate::services::viewport::{
    first_screen_rows, focus_adjacent, measure_rows, reveal, use_painted_since, use_viewport,
    ScrollLogicalPosition,
};
use crate::state::Shared;
use crate::window::{offsets, visible_rows, RowHeights, RENDER_ALL_UP_TO};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub catalog: Shared<Catalog>,
    /// The entries to show, in timeline order.
    pub entries: Shared<Vec<usize>>,
    /// The selected entry, if any.
    pub selected: Option<usize>,
    pub intents: Intents,
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

/// A card's shape for estimating its height before it is measured: cards
/// with figure chips are taller, and longer words wrap onto more lines.
fn card_shape(catalog: &Catalog, entry: usize) -> usize {
    let entry = &catalog.entries[entry];
    let statement = &catalog.dataset.articles[entry.article].statements[entry.statement];
    let lines = (statement.text.len() / 60).min(15);
    lines * 2 + usize::from(!statement.figures.is_empty())
}

/// A length as whole pixels, written without float formatting.
fn whole_pixels(length: f64) -> String {
    (length.round() as i64).to_string()
}

fn row_height(heights: &RowHeights, row: &Row) -> f64 {
    match row {
        Row::Day(_) => heights.heading(),
        Row::Statement(entry) => heights.item(*entry),
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
    let rows = use_memo(
        (props.catalog.clone(), props.entries.clone()),
        |(catalog, entries)| rows(catalog, entries),
    );
    let list = use_node_ref();
    let windowed = rows.len() > RENDER_ALL_UP_TO;
    let (viewport, measure_viewport) = use_viewport(list.clone(), windowed);
    let heights = use_mut_ref(|| estimated_heights(&props.catalog));
    let row_offsets = offsets(rows.iter().map(|row| row_height(&heights.borrow(), row)));
    // A selection not yet brought into view is rendered with the rows
    // around it, wherever the page is scrolled; the effect below then
    // scrolls to its card, which lands where the estimates put it.
    let revealed = use_mut_ref(|| None::<usize>);
    let target_row = props
        .selected
        .filter(|&entry| *revealed.borrow() != Some(entry))
        .and_then(|entry| rows.iter().position(|row| *row == Row::Statement(entry)));
    let first_screen = use_first_screen(target_row.is_some());
    let in_view = visible_rows(&row_offsets, viewport.top, viewport.bottom);
    let range = rendered_rows(in_view, target_row, windowed, first_screen, rows.len());
    let settled = use_row_measurements(list.clone(), heights, windowed);
    use_reveal_selection(
        props.selected,
        target_row.is_some(),
        revealed,
        settled,
        measure_viewport,
    );

    if rows.is_empty() {
        return html! { <p class="status empty">{ "No statements match." }</p> };
    }
    let onkeydown = keyboard_steps(list.clone(), props);
    let sections = day_sections(&rows[range.clone()], props);
    let total = row_offsets.last().copied().unwrap_or_default();
    let above = row_offsets[range.start];
    let below = total - row_offsets[range.end];
    // Rows are left out below the window: a spacer stands for them. Until
    // the rest of a first screen's list is drawn, assistive technology is
    // told that the list is still coming.
    let rest_below = windowed || range.end < rows.len();
    let busy = first_screen.is_some() && range.end < rows.len();
    html! {
        <div class={classes!("timeline", windowed.then_some("is-windowed"))} ref={list} {onkeydown}
            aria-busy={busy.then_some("true")}>
            if windowed {
                <svg class="spacer" width="1" height={whole_pixels(above)} aria-hidden="true" focusable="false" />
            }
            { for sections }
            if rest_below {
                <svg class="spacer" width="1" height={whole_pixels(below)} aria-hidden="true" focusable="false" />
            }
        </div>
    }
}

/// Every card's height as estimated from its shape, until it is measured.
fn estimated_heights(catalog: &Catalog) -> RowHeights {
    let shapes = (0..catalog.entries.len())
        .map(|entry| card_shape(catalog, entry))
        .collect();
    RowHeights::new(shapes, 180.0, 48.0)
}

/// How many rows the list's first render draws: no more than can fill the
/// window, and the rest once that is painted, so that the top of the list
/// shows as soon as it can at every length. `None` once that is painted, and
/// from the start for a list that must show a selection, which draws the
/// rows around it at once.
#[hook]
fn use_first_screen(showing_selection: bool) -> Option<usize> {
    let first_screen = *use_memo((), move |()| {
        (!showing_selection).then(first_screen_rows).flatten()
    });
    let painted = use_painted_since(true);
    first_screen.filter(|_| !painted)
}

/// The rows to render: those in view, or, in a windowed list, the rows
/// around a selection out of view; while the first screen is drawn, no more
/// of them than fill it.
fn rendered_rows(
    in_view: Range<usize>,
    target_row: Option<usize>,
    windowed: bool,
    first_screen: Option<usize>,
    row_count: usize,
) -> Range<usize> {
    let range = match target_row {
        Some(row) if windowed && !in_view.contains(&row) => {
            row.saturating_sub(4)..(row + 12).min(row_count)
        }
        _ => in_view,
    };
    match first_screen {
        Some(count) => range.start..range.end.min(range.start + count),
        None => range,
    }
}

/// Measures what a windowed list rendered, so the spacers match the rows
/// they stand for; a change re-renders once, and the next measurement then
/// agrees. (The browser's scroll anchoring keeps the rows in view in place
/// while the spacer above them changes.) Says whether the last render's
/// measurements changed nothing.
#[hook]
fn use_row_measurements(
    list: NodeRef,
    heights: Rc<RefCell<RowHeights>>,
    windowed: bool,
) -> Rc<RefCell<bool>> {
    let settled = use_mut_ref(|| false);
    let force_update = use_force_update();
    {
        let settled = settled.clone();
        use_effect(move || {
            let mut changed = false;
            if windowed {
                let mut heights = heights.borrow_mut();
                for (key, height) in measure_rows(&list) {
                    changed |= match key.strip_prefix('s').and_then(|n| n.parse::<usize>().ok()) {
                        Some(entry) => heights.record_item(entry, height),
                        None => heights.record_heading(height),
                    };
                }
            }
            *settled.borrow_mut() = !changed;
            if changed {
                force_update.force_update();
            }
        });
    }
    settled
}

/// Brings a newly selected statement into view, once, when the rows around
/// it are measured, so that it lands where later renders keep it; a
/// statement the filters hide counts as brought.
#[hook]
fn use_reveal_selection(
    selected: Option<usize>,
    shown: bool,
    revealed: Rc<RefCell<Option<usize>>>,
    settled: Rc<RefCell<bool>>,
    measure_viewport: Callback<()>,
) {
    use_effect(move || {
        if let Some(entry) = selected.filter(|&entry| *revealed.borrow() != Some(entry)) {
            if !shown
                || (*settled.borrow()
                    && reveal(&card_id(entry), ScrollLogicalPosition::Nearest, true))
            {
                *revealed.borrow_mut() = Some(entry);
                // Once revealed, the card is rendered because it is in
                // view: the viewport must say so before the next render.
                measure_viewport.emit(());
            }
        }
    });
}

/// The list's keys: arrows (and j/k) move between cards, Enter selects one.
fn keyboard_steps(list: NodeRef, props: &TimelineProps) -> Callback<KeyboardEvent> {
    let select = props.intents.select.clone();
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
                    select.emit(catalog.statement_ref(entry));
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
}

/// The rendered rows in day sections; a window that starts inside a day
/// continues that day's list without repeating its heading.
fn day_sections(rows: &[Row], props: &TimelineProps) -> Vec<Html> {
    let mut sections: Vec<Html> = Vec::new();
    let mut heading: Option<Option<Day>> = None;
    let mut items: Vec<Html> = Vec::new();
    for row in rows {
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
                        intents={props.intents.clone()}
                    />
                </li>
            }),
        }
    }
    sections.extend(day_section(heading.take(), &mut items));
    sections
}
