//! Applies the colour theme to the page.

use crate::services::options::Theme;

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
