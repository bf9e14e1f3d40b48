//! Side effects: everything that talks to the network or the browser.

pub mod clipboard;
pub mod dataset;
pub mod embed;
pub mod events;
pub mod extraction;
pub mod history;
pub mod keyboard;
pub mod options;
pub mod prerender;
pub mod theme;
pub mod viewport;
