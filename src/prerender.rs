//! The page rendered at build time: the bundled dataset's timeline as HTML.
//!
//! `scripts/post-build` puts this HTML in `index.html`, so the page shows the
//! timeline as soon as its HTML and stylesheet arrive, before the app's wasm
//! has loaded; the app then takes the page over (`services::prerender`). The
//! markup comes from the app's own views ([`crate::app::page`] and
//! [`crate::app::view`]) over the state the app starts in, so the two agree.
//! It is a picture of the default page only, of the full page for
//! `index.html` and of the embed for `embed.html`: `static/prerender-gate.js`
//! shows it only where a visit starts on that page.

use std::rc::Rc;

use factline_core::Dataset;
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::app::{page, view, Frame};
use crate::catalog::Catalog;
use crate::components::intents::Intents;
use crate::launch::{LaunchOptions, Theme};
/// The snippet the Embed control gives for a page's address, for the build's
/// oEmbed answer (`scripts/finish-html.mjs`), so that both give the same one.
pub use crate::services::embed::embed_snippet;
use crate::services::embed::embed_url;
use crate::state::{Action, AppState, Load, Shared};

#[derive(Properties, PartialEq)]
struct PrerenderedProps {
    dataset: Shared<Dataset>,
    embed: bool,
}

#[component]
fn Prerendered(props: &PrerenderedProps) -> Html {
    let options = LaunchOptions {
        embed: props.embed,
        ..LaunchOptions::default()
    };
    let state = Rc::new(AppState::new(&options, ""))
        .reduce(Action::Loaded(Catalog::new((*props.dataset).clone())));
    let Load::Ready(catalog) = &state.load else {
        return Html::default();
    };
    let matching = Shared(Rc::new(catalog.matching(&state.route.filters)));
    let on_action = Callback::noop();
    let intents = Intents::new(&on_action, Callback::noop());
    // The picture is what shows before anything has painted.
    let body = view(&state, catalog, &matching, false, &on_action, &intents);
    page(
        &Frame {
            state: &state,
            embed: props.embed,
            hide: None,
            // The page's address is not known at build time; the app fills
            // it in when it takes over. The embed's link to the full page
            // is relative meanwhile, and the Embed control offers no snippet.
            page_url: if props.embed {
                embed_url("", Theme::Auto, Default::default())
            } else {
                String::new()
            },
            on_action: &on_action,
            on_copy_embed: Callback::noop(),
            on_toggle_embed: Callback::noop(),
        },
        body,
    )
}

/// The default page over `dataset`, as the HTML of its root element: the
/// full page's, or with `embed` the embed's (`embed.html?embed=1`).
pub fn render_page(dataset: Dataset, embed: bool) -> String {
    let props = PrerenderedProps {
        dataset: Shared(Rc::new(dataset)),
        embed,
    };
    let renderer = LocalServerRenderer::<Prerendered>::with_props(props).hydratable(false);
    futures_executor::block_on(renderer.render())
}
