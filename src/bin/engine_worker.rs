//! The extraction engine in a Web Worker.
//!
//! The page's main wasm holds no engine, which keeps the first load small and
//! the page responsive: when a dataset carries articles as text only (or the
//! main thread's quick reader refuses it), the app starts this worker, waits
//! for its "ready", posts it the dataset's JSON, and gets back the complete
//! dataset as JSON, or the problem and its JSON path (see
//! `src/services/extraction.rs`). The JSON comes and goes as UTF-8 bytes, the
//! answer in a transferred buffer, so no giant string is built on either
//! thread.

use factline_core::Dataset;
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// What the worker says once it listens.
const READY: &str = "ready";

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = event
            .data()
            .dyn_into::<Uint8Array>()
            .map(|bytes| bytes.to_vec())
            .unwrap_or_default();
        let reply = js_sys::Object::new();
        let transfer = js_sys::Array::new();
        let fields: Vec<(&str, JsValue)> = match String::from_utf8(bytes)
            .map_err(|_| {
                let problem = "the dataset is not UTF-8 text: save it as UTF-8";
                (problem.to_string(), String::new())
            })
            .and_then(|json| {
                Dataset::from_json(&json)
                    .map_err(|error| (error.message().to_string(), error.path().to_string()))
            }) {
            Ok(dataset) => {
                let json = Uint8Array::from(dataset.to_compact_json().as_bytes());
                transfer.push(&json.buffer());
                vec![("dataset", json.into())]
            }
            Err((problem, path)) => vec![("error", problem.into()), ("path", path.into())],
        };
        for (key, value) in fields {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&reply, &key.into(), &value);
        }
        // Posting a plain object of strings and one buffer cannot fail
        // either; if the page has gone away there is nobody left to tell.
        let _ = reply_scope.post_message_with_transfer(&reply, &transfer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // A message that arrives while the wasm still loads finds no handler and
    // is lost, so the page waits for this before it sends the dataset.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
