//! Side effects: everything that talks to the network or the browser.

pub mod dataset;
pub mod options;
pub mod theme;
