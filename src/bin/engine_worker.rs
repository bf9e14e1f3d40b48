//! The extraction engine in a Web Worker.
//!
//! The page's main wasm holds no engine, which keeps the first load small and
//! the page responsive: when a dataset carries articles as text only (or the
//! main thread's quick reader refuses it), the app starts this worker, waits
//! for its "ready", posts it the dataset's JSON, and gets back the complete
//! dataset as JSON, or the problem and its JSON path (see
//! `src/services/extraction.rs`).

use factline_core::Dataset;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// What the worker says once it listens.
const READY: &str = "ready";

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let json = event.data().as_string().unwrap_or_default();
        let reply = js_sys::Object::new();
        let fields = match Dataset::from_json(&json) {
            Ok(dataset) => vec![("dataset", dataset.to_compact_json())],
            Err(error) => vec![
                ("error", error.message().to_string()),
                ("path", error.path().to_string()),
            ],
        };
        for (key, value) in fields {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&reply, &key.into(), &value.into());
        }
        // Posting a plain object of strings cannot fail either; if the page
        // has gone away there is nobody left to tell.
        let _ = reply_scope.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // A message that arrives while the wasm still loads finds no handler and
    // is lost, so the page waits for this before it sends the dataset.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
