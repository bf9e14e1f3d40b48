//! The factline explorer: a Yew single-page app over a factline dataset.
//!
//! State lives in one reducer ([`state`]); data goes down to [`components`] as
//! props and intents come back up as callbacks; fetching and other effects live
//! in [`services`]. The pure logic the views show (ordering, merging speakers,
//! search and filters, rates, highlighting, windowing) is in plain modules
//! with unit tests.
//!
//! The editor (`editor.html`, [`editor`]) is its own binary
//! (`src/bin/editor.rs`), so the reader's page carries none of it.
//!
//! The page's binary (`src/main.rs`) starts [`app::App`] in the browser;
//! with the `prerender` feature, the `prerender` module renders the same
//! views to HTML at build time, so that the page shows its bundled dataset
//! before the app starts.

mod app;
mod catalog;
mod clip;
mod components;
mod dates;
mod editor;
mod filters;
mod launch;
mod order;
#[cfg(feature = "prerender")]
pub mod prerender;
mod rates;
mod route;
mod services;
mod source;
mod state;
mod window;

/// Starts the explorer in the page.
pub fn start() {
    services::embed::report_height_to_host();
    if let Some(root) = services::prerender::app_root() {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

/// Starts the editor in its page.
pub fn start_editor() {
    editor::start();
}
