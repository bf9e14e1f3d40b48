//! Every speaker with role, aliases, kind and count; the selected speaker's
//! statements in a panel beside the list.

use yew::prelude::*;

use crate::catalog::{Catalog, Speaker};
use crate::clip::{self, clipped};
use crate::components::intents::Intents;
use crate::components::links::intent_link;
use crate::components::statement_card::{speaker_kind_label, StatementCard};
use crate::filters::Filters;
use crate::route::{Route, View};
use crate::services::viewport::{focus_by_id, reveal, ScrollLogicalPosition};
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct SpeakersProps {
    pub catalog: Shared<Catalog>,
    /// The selected speaker's key.
    pub selected: Option<String>,
    pub selected_statement: Option<usize>,
    pub intents: Intents,
    /// Closes the open speaker's panel.
    pub on_close: Callback<()>,
}

/// The id of the open speaker's heading, which is scrolled to and focused.
const PANEL_TITLE: &str = "speaker-panel-title";

fn speaker_route(view: View, key: &str) -> Route {
    Route {
        view,
        filters: Filters {
            speaker: Some(key.to_string()),
            ..Filters::default()
        },
        ..Route::default()
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[component]
pub fn Speakers(props: &SpeakersProps) -> Html {
    let catalog = &props.catalog;
    let selected = props
        .selected
        .as_deref()
        .and_then(|key| catalog.find_speaker(key));
    // An opened speaker's panel comes into view (on a phone it opens above
    // the list, perhaps far above a name tapped on the timeline) and takes
    // keyboard focus, so a keyboard reader lands in the panel they asked
    // for (and Escape closes it).
    use_effect_with(selected, |selected| {
        if selected.is_some() {
            reveal(PANEL_TITLE, ScrollLogicalPosition::Start, false);
            focus_by_id(PANEL_TITLE);
        }
    });
    let list = catalog
        .speakers
        .iter()
        .enumerate()
        .map(|(index, speaker)| speaker_item(speaker, selected == Some(index), &props.intents));
    let panel = selected.map(|index| speaker_panel(props, &catalog.speakers[index]));
    html! {
        <div class={classes!("speakers-view", panel.is_some().then_some("has-panel"))}>
            <section class="speaker-index" aria-labelledby="speakers-title">
                <h2 id="speakers-title">{ format!("Speakers ({})", catalog.speakers.len()) }</h2>
                <ul class="speaker-list">{ for list }</ul>
            </section>
            { for panel }
        </div>
    }
}

/// A speaker in the index: a link that opens their panel, their kind, role
/// and other names, and how many statements they made.
fn speaker_item(speaker: &Speaker, selected: bool, intents: &Intents) -> Html {
    let link = intent_link(
        "speaker-link",
        &speaker_route(View::Speakers, &speaker.key),
        clipped(&speaker.name, clip::LABEL).into_owned(),
        &intents.open_speaker,
        speaker.key.clone(),
    );
    html! {
        <li class={classes!("speaker-item", selected.then_some("is-selected"))}
            aria-current={selected.then_some("true")}>
            { link }
            if let Some(label) = speaker_kind_label(speaker) {
                <span class="speaker-kind">{ label }</span>
            }
            if let Some(role) = &speaker.role {
                <span class="speaker-role">{ clipped(role, clip::LABEL).into_owned() }</span>
            }
            if !speaker.aliases.is_empty() {
                <span class="aliases">{ format!("also “{}”", speaker.aliases.join("”, “")) }</span>
            }
            <span class="count">{ plural(speaker.statements, "statement", "statements") }</span>
        </li>
    }
}

/// An opened speaker's panel: who they are, a way to their statements on
/// the timeline, and the statements themselves.
fn speaker_panel(props: &SpeakersProps, speaker: &Speaker) -> Html {
    let entries = props.catalog.matching(&Filters {
        speaker: Some(speaker.key.clone()),
        ..Filters::default()
    });
    let name = clipped(&speaker.name, clip::LABEL);
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <aside class="speaker-panel" aria-labelledby={PANEL_TITLE}>
            <div class="panel-head">
                <h2 id={PANEL_TITLE} tabindex="-1">{ name.clone().into_owned() }</h2>
                <button type="button" class="icon-button close" onclick={on_close}
                    aria-label={format!("Close {name}")} title="Close (Escape)">
                    <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                        <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                    </svg>
                </button>
            </div>
            <p class="speaker-facts">
                if let Some(role) = &speaker.role {
                    <span class="speaker-role">{ clipped(role, clip::LABEL).into_owned() }</span>
                }
                if let Some(label) = speaker_kind_label(speaker) {
                    <span class="speaker-kind">{ label }</span>
                }
                <span class="count">{ plural(entries.len(), "statement", "statements") }</span>
            </p>
            <p>
                { intent_link(
                    "to-timeline",
                    &speaker_route(View::Timeline, &speaker.key),
                    "Show on the timeline".to_string(),
                    &props.intents.show_view,
                    View::Timeline,
                ) }
            </p>
            <ol class="statements">
                { for entries.iter().map(|&entry| html! {
                    <li key={entry}>
                        <StatementCard
                            catalog={props.catalog.clone()}
                            {entry}
                            selected={props.selected_statement == Some(entry)}
                            intents={props.intents.clone()}
                        />
                    </li>
                }) }
            </ol>
        </aside>
    }
}
