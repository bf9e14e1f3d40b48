//! The root component: owns the reducer and wires services to views.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_panel::ErrorPanel;
use crate::components::timeline::Timeline;
use crate::services::dataset::{fetch_dataset, BUNDLED_DATASET};
use crate::state::{Action, AppState, Load, Shared};

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_dataset(BUNDLED_DATASET).await {
                    Ok(dataset) => dispatcher.dispatch(Action::Loaded(Shared(Rc::new(dataset)))),
                    Err(error) => dispatcher.dispatch(Action::Failed(error)),
                }
            });
        });
    }

    let body = match &state.load {
        Load::Loading => html! {
            <p class="status" role="status">{ "Loading the dataset…" }</p>
        },
        Load::Failed(error) => html! { <ErrorPanel error={error.clone()} /> },
        Load::Ready(dataset) => html! { <Timeline dataset={dataset.clone()} /> },
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "factline" }</h1>
                <p class="tagline">{ "Who said what, with which numbers, when." }</p>
            </header>
            <main id="main">{ body }</main>
        </>
    }
}
