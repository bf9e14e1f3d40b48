//! The panel shown instead of the timeline when the dataset cannot be shown.

use yew::prelude::*;

use crate::services::dataset::LoadError;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub error: LoadError,
}

#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let error = &props.error;
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
