//! The root component: owns the reducer and wires services to views.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_panel::ErrorPanel;
use crate::components::timeline::Timeline;
use crate::services::dataset::fetch_dataset;
use crate::services::options::LaunchOptions;
use crate::services::theme::apply_theme;
use crate::state::{Action, AppState, Load, Shared};

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let options = use_memo((), |_| LaunchOptions::from_location());
    use_effect_with(options.theme, |theme| apply_theme(*theme));

    {
        let dispatcher = state.dispatcher();
        let url = options.data.clone();
        use_effect_with(url, move |url| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_dataset(&url).await {
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
