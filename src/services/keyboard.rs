//! Page-wide keys.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::services::events::Listener;

/// Calls `on_escape` when the reader presses Escape anywhere on the page.
#[hook]
pub fn use_escape_key(on_escape: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|window| window.document())
            .map(|document| {
                Listener::new(&document, &["keydown"], move |event| {
                    let is_escape = event
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|key| key.key() == "Escape");
                    if is_escape {
                        on_escape.emit(());
                    }
                })
            });
        move || drop(listener)
    });
}
