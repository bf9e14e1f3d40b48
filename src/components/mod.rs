//! Views. Each takes its data as props and reports intents through callbacks.

pub mod error_panel;
pub mod statement_card;
pub mod timeline;
