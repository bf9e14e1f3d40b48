//! Views. Each takes its data as props and reports intents through callbacks.

pub mod embed_control;
pub mod error_panel;
pub mod figures;
pub mod filter_bar;
pub mod intents;
pub mod links;
pub mod source_text;
pub mod speakers;
pub mod statement_card;
pub mod timeline;
pub mod toolbar;
pub mod why;
