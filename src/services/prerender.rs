//! Taking the page over from its build-time picture.
//!
//! `index.html` carries the bundled dataset's default page, rendered at build
//! time (`src/prerender.rs`), in an element with the id [`PRERENDER_ID`];
//! the stylesheet hides it, and `static/prerender-gate.js` shows it where
//! the visit starts on the page it pictures. The app leaves it until it has
//! a page of its own to show, and removes it in the render that attaches
//! that page, so the reader never sees both or neither.

use std::cell::Cell;

/// The id of the element that holds the build-time page.
const PRERENDER_ID: &str = "prerender";

/// The id of the element the app mounts in (index.html has it after the
/// build-time page).
const APP_ID: &str = "app";

/// The element the app mounts in: the one index.html has for it, or the
/// body of a page without one. Yew empties the element it mounts in, so the
/// app cannot mount in the body while the body holds the build-time page.
pub fn app_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id(APP_ID)
        .or_else(|| document.body().map(Into::into))
}

/// The class `prerender-gate.js` gives the root element, before the body is
/// parsed, where the visit starts on the page the picture shows.
const SHOWN_CLASS: &str = "prerender-shown";

/// Whether the gate showed the build-time page when the visit started,
/// whether or not the app has removed it since.
pub fn picture_shown() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|root| root.class_list().contains(SHOWN_CLASS))
}

/// Whether the build-time page is on screen: the gate has shown it and the
/// app has not yet removed it.
pub fn prerender_on_screen() -> bool {
    picture_shown()
        && web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(PRERENDER_ID))
            .is_some()
}

thread_local! {
    /// Whether the build-time page is gone, so that later renders skip the
    /// lookup.
    static REMOVED: Cell<bool> = const { Cell::new(false) };
}

/// Removes the build-time page, if the document has one; after the first
/// call, does nothing.
pub fn remove_prerender() {
    if REMOVED.with(|removed| removed.replace(true)) {
        return;
    }
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(PRERENDER_ID))
    {
        element.remove();
    }
}
