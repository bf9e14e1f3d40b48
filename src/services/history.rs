//! The URL hash as the home of the route: reading it, writing it into the
//! browser's history, and hearing Back and Forward.

use yew::prelude::*;

use crate::route::HistoryEntry;
use crate::services::events::Listener;

/// The page's hash, with its `#`, or "" when it has none.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Writes `hash` (without `#`) into the history as a new step or over the
/// current one. `pushState` does not fire `popstate`, so the page does not
/// hear its own writes.
pub fn write_hash(hash: &str, entry: HistoryEntry) {
    if entry == HistoryEntry::Keep || current_hash().trim_start_matches('#') == hash {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    // An empty hash is written as the bare page address, so the default
    // route keeps the clean address it was opened with.
    let url = if hash.is_empty() {
        let location = window.location();
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    // A refused history write (a sandboxed iframe, say) leaves the page
    // working; only the address bar lags behind.
    let _ = match entry {
        HistoryEntry::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryEntry::Push | HistoryEntry::Keep => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
}

/// The page's address with `hash` in place of its own: the link a reader
/// copies to share a statement.
pub fn link_with_hash(hash: &str) -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{hash}")
}

/// Calls `on_navigate` with the new hash whenever the history moves (Back,
/// Forward) or the reader edits the hash.
#[hook]
pub fn use_history_listener(on_navigate: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            Listener::new(&window, &["popstate", "hashchange"], move |_| {
                on_navigate.emit(current_hash())
            })
        });
        move || drop(listener)
    });
}
