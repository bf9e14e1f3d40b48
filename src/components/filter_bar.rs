//! Search and filters over the timeline, with the count of what matches.

use factline_core::{Day, StatementKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::clip::{self, clipped};
use crate::components::statement_card::kind_label;
use crate::filters::Filters;
use crate::state::{Action, Shared};

/// What the filter bar draws, and where its intents go.
pub struct FilterBar<'a> {
    pub catalog: &'a Shared<Catalog>,
    pub filters: &'a Filters,
    /// How many statements match.
    pub matching: usize,
    /// Whether the panel of filters is open on narrow screens.
    pub open: bool,
    /// Whether the view has painted. Until it has, the date fields are
    /// plain text boxes: making the browser's date fields takes longer than
    /// laying out the rest of the page, and held its first paint back by a
    /// third (`scripts/bench-paint.mjs`).
    pub painted: bool,
    pub on_action: &'a Callback<Action>,
}

const KINDS: [StatementKind; 3] = [
    StatementKind::Direct,
    StatementKind::Indirect,
    StatementKind::Narration,
];

fn input_value(event: &Event) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

/// The search field and filters. A function rather than a component: it has
/// no state, and a component costs the page's wasm about 1 KB gzipped of
/// Yew's machinery; the speaker list inside, which can be long, stays a
/// component so that it is rebuilt only when it changes.
pub fn filter_bar(props: FilterBar) -> Html {
    let catalog = props.catalog;
    let filters = props.filters;
    let total = catalog.entries.len();
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    let on_figures = props.on_action.reform(|event: Event| {
        Action::SetWithFigures(event.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::ClearFilters);
    let count = if filters.is_active() {
        format!("{} of {total} statements match", props.matching)
    } else {
        format!("{total} statements")
    };
    html! {
        <form class={classes!("filters", props.open.then_some("is-open"))} role="search" aria-label="Search and filters" {onsubmit}>
            { search_row(&props) }
            <div class="filter-more" id="filter-more">
                <SpeakerSelect
                    catalog={props.catalog.clone()}
                    selected={filters.speaker.clone()}
                    on_action={props.on_action.clone()}
                />
                <fieldset class="kinds">
                    <legend>{ "Only these kinds" }</legend>
                    { kind_checks(&props) }
                </fieldset>
                <label class="check">
                    <input type="checkbox" id="with-figures" checked={filters.with_figures} onchange={on_figures} />
                    { "With figures" }
                </label>
                { date_field(&props, "From", filters.from, Action::SetFrom) }
                { date_field(&props, "To", filters.to, Action::SetTo) }
                <button type="button" class="clear" onclick={on_clear} disabled={!filters.is_active()}>
                    { "Clear all" }
                </button>
            </div>
            <p class="result-count" role="status" aria-live="polite">{ count }</p>
        </form>
    }
}

/// The search field, and the button that opens the filters on a phone.
fn search_row(props: &FilterBar) -> Html {
    let oninput = props.on_action.reform(|event: InputEvent| {
        Action::SetQuery(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_toggle = props
        .on_action
        .reform(|_: MouseEvent| Action::ToggleFilterPanel);
    html! {
        <div class="filter-main">
            <label class="search">
                <span class="visually-hidden">{ "Search statements and speakers" }</span>
                // A short placeholder: the phone's search box and the wide
                // screen's filter column cut "Search statements and
                // speakers" off; the label says it in full.
                <input type="search" id="search" placeholder="Search"
                    value={props.filters.query.clone()} {oninput} autocomplete="off" />
            </label>
            <button type="button" class="filter-toggle" aria-expanded={props.open.to_string()}
                aria-controls="filter-more" onclick={on_toggle}>
                { "Filters" }
            </button>
        </div>
    }
}

/// A box for each kind of statement, with how many there are.
fn kind_checks(props: &FilterBar) -> Html {
    KINDS
        .iter()
        .map(|&kind| {
            let onchange = props.on_action.reform(move |_: Event| Action::ToggleKind(kind));
            html! {
                <label class="check">
                    <input type="checkbox" checked={props.filters.kinds.contains(&kind)} {onchange} />
                    { format!("{} ({})", kind_label(kind), props.catalog.kind_count(kind)) }
                </label>
            }
        })
        .collect()
}

/// A date bound of the filters ("From", "To"), within the catalog's days;
/// its id is its label in lower case.
fn date_field(
    props: &FilterBar,
    label: &'static str,
    value: Option<Day>,
    set: fn(Option<Day>) -> Action,
) -> Html {
    let onchange = props
        .on_action
        .reform(move |event: Event| set(input_value(&event).parse::<Day>().ok()));
    let days = props.catalog.days;
    html! {
        <label class="field">
            <span>{ label }</span>
            <input type={if props.painted { "date" } else { "text" }} id={label.to_ascii_lowercase()} value={value.map(|d| d.to_string()).unwrap_or_default()}
                min={days.map(|(first, _)| first.to_string())} max={days.map(|(_, last)| last.to_string())} {onchange} />
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct SpeakerSelectProps {
    catalog: Shared<Catalog>,
    selected: Option<String>,
    on_action: Callback<Action>,
}

/// The speaker filter: its own component, so that a search keystroke does
/// not rebuild one option per speaker (thousands in a large dataset).
#[component]
fn SpeakerSelect(props: &SpeakerSelectProps) -> Html {
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            on_action.emit(Action::SetSpeakerFilter(
                (!value.is_empty()).then_some(value),
            ));
        })
    };
    let options = props.catalog.speakers.iter().map(|speaker| {
        html! {
            <option value={speaker.key.clone()} selected={props.selected.as_ref() == Some(&speaker.key)}>
                { format!("{} ({})", clipped(&speaker.name, clip::LABEL), speaker.statements) }
            </option>
        }
    });
    html! {
        <label class="field">
            <span>{ "Speaker" }</span>
            <select id="speaker-filter" {onchange}>
                <option value="" selected={props.selected.is_none()}>{ "Anyone" }</option>
                { for options }
            </select>
        </label>
    }
}
