//! The Embed control: the copy-paste snippet for the current view, and a
//! preview of how it looks embedded.

use yew::prelude::*;

use crate::services::embed::{embed_snippet, embed_url};

#[derive(Properties, PartialEq)]
pub struct EmbedControlProps {
    /// The address of the current view, hash included.
    pub page_url: AttrValue,
    /// Asks for text to be copied to the clipboard.
    pub on_copy: Callback<String>,
}

/// A native disclosure, so it opens and closes by keyboard and needs no state;
/// the preview loads only once it is open.
#[component]
pub fn EmbedControl(props: &EmbedControlProps) -> Html {
    let snippet = embed_snippet(&props.page_url);
    let onclick = {
        let (on_copy, snippet) = (props.on_copy.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| on_copy.emit(snippet.clone()))
    };
    html! {
        <details class="embed-control">
            <summary>{ "Embed" }</summary>
            <div class="embed-panel">
                <label for="embed-snippet">{ "Paste this where the view should appear:" }</label>
                <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="5" value={snippet} />
                <button type="button" class="embed-copy" {onclick}>{ "Copy embed code" }</button>
                <p class="embed-note">{ "Without the script the frame keeps its set height; with it, or with pym.js, it fits its content." }</p>
                <iframe class="embed-preview" src={embed_url(&props.page_url)}
                    title="Preview of this view embedded" loading="lazy" />
            </div>
        </details>
    }
}
