//! The Embed control: the copy-paste snippet for the current view, its
//! options, and a preview of how it looks embedded.

use yew::prelude::*;

use crate::launch::Theme;
use crate::services::embed::{embed_snippet, embed_url, EmbedOption, EmbedOptions};

/// What the Embed control draws, and the intents it reports.
pub struct EmbedControl<'a> {
    /// The address of the current view, hash included.
    pub page_url: &'a str,
    /// The theme the reader chose, which the embed takes.
    pub theme: Theme,
    pub options: EmbedOptions,
    /// Switches one of the options.
    pub on_option: &'a Callback<EmbedOption>,
    /// Asks for text to be copied to the clipboard.
    pub on_copy: &'a Callback<String>,
    pub open: bool,
    /// Tells that the disclosure opened (`true`) or closed.
    pub on_toggle: &'a Callback<bool>,
}

/// A native disclosure, so it opens and closes by keyboard. The preview's
/// frame is only in the page while it is open: a frame costs the first
/// paint a few milliseconds even when it loads nothing. A function rather
/// than a component, like the error panel: it has no state of its own.
pub fn embed_control(props: EmbedControl) -> Html {
    // The build-time page does not know its address (its `page_url` is
    // empty), and a snippet of relative addresses would work pasted nowhere:
    // it offers none, and the app writes the snippet when it takes over.
    let snippet = if props.page_url.is_empty() {
        String::new()
    } else {
        embed_snippet(props.page_url, props.theme, props.options)
    };
    let onclick = {
        let (on_copy, snippet) = (props.on_copy.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| on_copy.emit(snippet.clone()))
    };
    let ontoggle = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |event: Event| {
            let details = event.target_unchecked_into::<web_sys::Element>();
            on_toggle.emit(details.has_attribute("open"));
        })
    };
    html! {
        <details class="embed-control" open={props.open} {ontoggle}>
            <summary>{ "Embed" }</summary>
            <div class="embed-panel">
                <fieldset class="embed-options">
                    <legend>{ "For readers of your page" }</legend>
                    { option_box(&props, EmbedOption::HideThemeSwitch, "Hide the theme switch") }
                    { option_box(&props, EmbedOption::HideFilters, "Hide the filters") }
                    { option_box(&props, EmbedOption::FixedHeight, "Fixed height: 600 px, scrolling inside") }
                </fieldset>
                <label for="embed-snippet">{ "Paste this where the view should appear:" }</label>
                <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="5" value={snippet} />
                <button type="button" class="embed-copy" {onclick}>{ "Copy embed code" }</button>
                <p class="embed-note">{ "Without the script the frame keeps its set height; with it, or with pym.js, it fits its content." }</p>
                if props.open {
                    // The preview is the snippet at work: the host script
                    // sizes it as it would on the producer's page (the
                    // site's own script, which the page's policy allows).
                    // A frame whose height becomes fixed is a new one, free
                    // of the height the script gave the old.
                    <iframe key={if props.options.fixed_height { "fixed" } else { "auto" }}
                        class="embed-preview" src={embed_url(props.page_url, props.theme, props.options)}
                        title="Preview of this view embedded" height="600"
                        data-factline={if props.options.fixed_height { "fixed" } else { "" }} />
                    <script src="embed.js" async=true />
                }
            </div>
        </details>
    }
}

/// A checkbox that switches one of the embed's options.
fn option_box(props: &EmbedControl, option: EmbedOption, label: &'static str) -> Html {
    let onchange = props.on_option.reform(move |_: Event| option);
    html! {
        <label class="check">
            <input type="checkbox" checked={props.options.has(option)} {onchange} />
            { label }
        </label>
    }
}
