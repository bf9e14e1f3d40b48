//! The factline explorer: a Yew single-page app over a factline dataset.
//!
//! State lives in one reducer ([`state`]); data goes down to [`components`] as
//! props and intents come back up as callbacks; fetching and other effects live
//! in [`services`].

mod app;
mod components;
mod services;
mod state;
mod timeline;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
