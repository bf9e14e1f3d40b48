//! The draft in this browser's storage: saved after every change, read at
//! start, and followed when another tab changes it.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use web_sys::{Storage, StorageEvent};
use yew::prelude::*;

use super::draft::{Draft, DRAFT_VERSION};
use crate::services::events::Listener;

/// Where the draft is kept in the site's local storage.
const KEY: &str = "factline-editor-draft";

/// Where a saved draft this build cannot read is kept, so that a newer
/// editor's draft, or a damaged one, is never overwritten.
const KEPT_KEY: &str = "factline-editor-draft-unread";

/// The first key to keep an unreadable draft under that holds nothing yet,
/// so that a second one never takes the place of the first.
fn free_key(storage: &Storage) -> Option<String> {
    (1..100)
        .map(|n| match n {
            1 => KEPT_KEY.to_string(),
            n => format!("{KEPT_KEY}-{n}"),
        })
        .find(|key| storage.get_item(key).ok().flatten().is_none())
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the browser holds: the draft (empty when there is none), and a
/// sentence for the editor when a saved draft could not be read.
pub fn load() -> (Draft, Option<String>) {
    let Some(storage) = storage() else {
        let notice = "This browser keeps no drafts here (its storage is off): \
                      download your work before you leave the page.";
        return (Draft::default(), Some(notice.to_string()));
    };
    let Some(saved) = storage.get_item(KEY).ok().flatten() else {
        return (Draft::default(), None);
    };
    match serde_json::from_str::<Draft>(&saved) {
        Ok(draft) if draft.version == DRAFT_VERSION => {
            LAST.set(Some(saved));
            (draft, None)
        }
        _ => {
            let kept = free_key(&storage)
                .filter(|key| storage.set_item(key, &saved).is_ok())
                .filter(|_| storage.remove_item(KEY).is_ok());
            let notice = if let Some(key) = kept {
                format!(
                    "A saved draft could not be read by this version of the editor; \
                     it is kept in this browser's storage as \"{key}\"."
                )
            } else {
                "A saved draft could not be read by this version of the editor; \
                 it is left as it was, and nothing will be saved until it is removed."
                    .to_string()
            };
            (Draft::default(), Some(notice))
        }
    }
}

thread_local! {
    /// The draft as this tab last wrote or read it, so that saving the same
    /// draft again neither reads the storage back nor writes it.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Saves the draft unless storage already holds exactly it, so that taking
/// over another tab's draft does not echo it back. The draft is written out
/// now, as it is, and stored in a task of its own, which keeps the page's
/// thread free for the render of a long article. `on_problem` hears why it
/// could not be kept.
pub fn save(draft: &Draft, on_problem: Callback<String>) {
    let Ok(json) = serde_json::to_string(draft) else {
        return;
    };
    Timeout::new(0, move || {
        if let Err(problem) = store(json) {
            on_problem.emit(problem);
        }
    })
    .forget();
}

fn store(json: String) -> Result<(), String> {
    if LAST.with_borrow(|last| last.as_deref() == Some(json.as_str())) {
        return Ok(());
    }
    let storage = storage().ok_or("This browser keeps no drafts here.")?;
    // A draft this tab neither wrote nor read may be another version's.
    if LAST.with_borrow(Option::is_none) {
        let saved = storage.get_item(KEY).ok().flatten();
        if saved.is_some_and(|saved| saved_version(&saved) != Some(DRAFT_VERSION)) {
            return Err(
                "A draft of another version is in storage; it is left untouched.".to_string(),
            );
        }
    }
    storage.set_item(KEY, &json).map_err(|_| {
        "This browser's storage is full, so the latest change is not saved: \
         download the dataset to keep your work."
            .to_string()
    })?;
    LAST.set(Some(json));
    Ok(())
}

/// The version of a saved draft, read without reading the rest, which may
/// be of another shape.
fn saved_version(json: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Version {
        version: u32,
    }
    serde_json::from_str::<Version>(json)
        .ok()
        .map(|saved| saved.version)
}

/// Calls `on_change` with the draft another tab of this site saved, so two
/// tabs never silently overwrite each other's work: this tab takes the
/// other's draft and says so.
#[hook]
pub fn use_draft_from_other_tabs(on_change: Callback<Draft>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            Listener::new(&window, &["storage"], move |event| {
                let Some(event) = wasm_bindgen::JsCast::dyn_ref::<StorageEvent>(&event) else {
                    return;
                };
                if event.key().as_deref() != Some(KEY) {
                    return;
                }
                let Some(json) = event.new_value() else {
                    return;
                };
                let draft = serde_json::from_str::<Draft>(&json).ok();
                if let Some(draft) = draft.filter(|draft| draft.version == DRAFT_VERSION) {
                    LAST.set(Some(json));
                    on_change.emit(draft);
                }
            })
        });
        move || drop(listener)
    });
}
