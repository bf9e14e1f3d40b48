//! The editor's views: each gets the data it draws and narrow callbacks.

pub mod article_form;
pub mod articles;
pub mod facts;
pub mod keys;
pub mod publish;
pub mod review;
pub mod source;
pub mod speaker_picker;
pub mod speakers;

use factline_core::Correction;
use yew::{Callback, Event};

/// A change handler that makes a correction of the event, when it makes
/// one (a field left unchanged makes none).
pub fn correcting(
    on_correct: &Callback<Correction>,
    make: impl Fn(&Event) -> Option<Correction> + 'static,
) -> Callback<Event> {
    let on_correct = on_correct.clone();
    Callback::from(move |event: Event| {
        if let Some(correction) = make(&event) {
            on_correct.emit(correction);
        }
    })
}
