//! The factline explorer: a Yew single-page app over a factline dataset.
//!
//! State lives in one reducer ([`state`]); data goes down to [`components`] as
//! props and intents come back up as callbacks; fetching and other effects live
//! in [`services`]. The pure logic the views show (ordering, merging speakers,
//! search and filters, rates, highlighting, windowing) is in plain modules
//! with unit tests.
//!
//! The page's binary (`src/main.rs`) starts [`app::App`] in the browser.

mod app;
mod catalog;
mod components;
mod dates;
mod filters;
mod order;
mod rates;
mod route;
mod services;
mod source;
mod state;
mod window;

/// Starts the explorer in the page.
pub fn start() {
    services::embed::report_height_to_host();
    yew::Renderer::<app::App>::new().render();
}
