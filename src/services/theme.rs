//! Applies the colour theme to the page, and remembers the reader's choice.

use yew::prelude::*;

use crate::launch::Theme;

/// Where the reader's choice is kept in `localStorage`.
const STORAGE_KEY: &str = "factline.theme";

/// Sets `data-theme` on the root element; the stylesheet picks colours from it,
/// and `auto` leaves them to `prefers-color-scheme`.
pub fn apply_theme(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        // Setting an attribute on the root element cannot fail in practice; if
        // it did, the page would simply keep the system theme.
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

/// The page's `localStorage`, unless the browser withholds it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The theme the reader last chose on this site, if any.
pub fn remembered_theme() -> Option<Theme> {
    Theme::parse(&local_storage()?.get_item(STORAGE_KEY).ok()??)
}

/// Keeps `theme` applied to the page. With `remember`, every change after
/// the first render is the reader's own choice and is kept for their next
/// visit; the theme the page starts with (from a link's `?theme=`, or the
/// last choice) is not written back.
#[hook]
pub fn use_theme(theme: Theme, remember: bool) {
    let started = use_mut_ref(|| false);
    use_effect_with(theme, move |&theme| {
        apply_theme(theme);
        if std::mem::replace(&mut *started.borrow_mut(), true) && remember {
            // Storage can be full or switched off; the choice then lasts for
            // this visit only.
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(STORAGE_KEY, theme.as_str());
            }
        }
    });
}
