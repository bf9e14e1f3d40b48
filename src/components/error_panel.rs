//! The panel shown instead of the timeline when the dataset cannot be shown.

use yew::prelude::*;

use crate::services::dataset::LoadError;

/// The panel for `error`. A function rather than a component: it has no
/// state, and each component costs the page's wasm about 1 KB gzipped of
/// Yew's machinery.
pub fn error_panel(error: &LoadError) -> Html {
    html! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h2 id="error-title">{ "The dataset could not be shown" }</h2>
            <p class="error-problem">{ &error.problem }</p>
            <dl>
                <dt>{ "Dataset" }</dt>
                <dd><code class="error-url">{ &error.url }</code></dd>
                if let Some(location) = &error.location {
                    <dt>{ "Where" }</dt>
                    <dd><code class="error-location">{ location }</code></dd>
                }
            </dl>
        </section>
    }
}
