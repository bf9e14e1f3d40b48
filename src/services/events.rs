//! Event listeners that remove themselves when dropped, so hooks can hand
//! them to Yew as their clean-up.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::js_sys::Function;
use web_sys::{Event, EventTarget};

/// A listener for one or more event types on one target.
pub struct Listener {
    target: EventTarget,
    events: &'static [&'static str],
    callback: Closure<dyn Fn(Event)>,
}

impl Listener {
    /// Starts listening. Scroll and resize listeners are passive, since
    /// they never cancel the event, so scrolling stays smooth.
    pub fn new(
        target: &EventTarget,
        events: &'static [&'static str],
        handler: impl Fn(Event) + 'static,
    ) -> Listener {
        let callback = Closure::<dyn Fn(Event)>::new(handler);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(true);
        for event in events {
            // Adding a listener to a live target does not fail.
            let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
                event,
                callback.as_ref().unchecked_ref::<Function>(),
                &options,
            );
        }
        Listener {
            target: target.clone(),
            events,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        for event in self.events {
            let _ = self.target.remove_event_listener_with_callback(
                event,
                self.callback.as_ref().unchecked_ref::<Function>(),
            );
        }
    }
}
