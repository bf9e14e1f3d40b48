//! Runs the extraction engine in its Web Worker (`src/bin/engine_worker.rs`).

use futures_channel::oneshot;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The worker's start-up script, written by Trunk next to the page.
const WORKER_SCRIPT: &str = "./engine_worker_loader.js";

/// What the worker says once it listens for a dataset.
const READY: &str = "ready";

/// Why the worker gave back no dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// What went wrong, in a sentence.
    pub problem: String,
    /// Where in the dataset, as a JSON path, when the file is at fault.
    pub location: Option<String>,
}

impl From<&str> for Refusal {
    fn from(problem: &str) -> Refusal {
        Refusal {
            problem: problem.to_string(),
            location: None,
        }
    }
}

/// Sends a dataset's JSON to a fresh worker and returns the complete dataset
/// JSON it sends back, or why that failed. The worker ends after one dataset.
///
/// The JSON goes both ways as UTF-8 bytes, never as a JavaScript string: the
/// engine's answer is several times the article's text, and a string of it
/// would be re-encoded twice on the page's thread. The answer comes in a
/// transferred buffer; the page sends at most 2 MB, which it copies.
pub async fn extract_in_worker(json: String) -> Result<String, Refusal> {
    let worker = Worker::new(WORKER_SCRIPT)
        .map_err(|_| Refusal::from("the extraction engine could not be started"))?;
    let (sender, receiver) = oneshot::channel::<Result<String, Refusal>>();
    let sender = std::rc::Rc::new(std::cell::Cell::new(Some(sender)));

    let reply_sender = sender.clone();
    let dataset_worker = worker.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if event.data().as_string().as_deref() == Some(READY) {
            let bytes = js_sys::Uint8Array::from(json.as_bytes());
            if dataset_worker.post_message(&bytes).is_err() {
                if let Some(sender) = reply_sender.take() {
                    let _ = sender.send(Err(Refusal::from(
                        "the dataset could not be sent to the extraction engine",
                    )));
                }
            }
            return;
        }
        let value = |name: &str| js_sys::Reflect::get(&event.data(), &name.into()).ok();
        let field = |name: &str| value(name).and_then(|value| value.as_string());
        let dataset = value("dataset")
            .and_then(|bytes| bytes.dyn_into::<js_sys::Uint8Array>().ok())
            .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok());
        let result = match (dataset, field("error")) {
            (Some(dataset), _) => Ok(dataset),
            (None, Some(problem)) => Err(Refusal {
                problem,
                location: field("path").filter(|path| !path.is_empty() && path != "."),
            }),
            (None, None) => Err(Refusal::from(
                "the extraction engine sent an unreadable reply",
            )),
        };
        if let Some(sender) = reply_sender.take() {
            let _ = sender.send(result);
        }
    });
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
        if let Some(sender) = sender.take() {
            let _ = sender.send(Err(Refusal {
                problem: format!("the extraction engine failed ({})", event.message()),
                location: None,
            }));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = receiver.await.unwrap_or_else(|_| {
        Err(Refusal::from(
            "the extraction engine stopped without a reply",
        ))
    });
    worker.terminate();
    // The closures must outlive the worker's last event, so they are dropped only now.
    drop((on_message, on_error));
    result
}
