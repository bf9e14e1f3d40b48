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
    capture: bool,
    callback: Closure<dyn Fn(Event)>,
}

impl Listener {
    /// Starts listening. Listeners are passive, since they never cancel the
    /// event, so scrolling stays smooth.
    pub fn new(
        target: &EventTarget,
        events: &'static [&'static str],
        handler: impl Fn(Event) + 'static,
    ) -> Listener {
        Listener::attach(target, events, false, handler)
    }

    /// Starts listening in the capture phase, which also hears events that
    /// do not bubble from the elements inside `target`, such as their
    /// `scroll`.
    pub fn capturing(
        target: &EventTarget,
        events: &'static [&'static str],
        handler: impl Fn(Event) + 'static,
    ) -> Listener {
        Listener::attach(target, events, true, handler)
    }

    fn attach(
        target: &EventTarget,
        events: &'static [&'static str],
        capture: bool,
        handler: impl Fn(Event) + 'static,
    ) -> Listener {
        let callback = Closure::<dyn Fn(Event)>::new(handler);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(true);
        options.set_capture(capture);
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
            capture,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        for event in self.events {
            let _ = self.target.remove_event_listener_with_callback_and_bool(
                event,
                self.callback.as_ref().unchecked_ref::<Function>(),
                self.capture,
            );
        }
    }
}
