//! Copying text for the reader.

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; `false` when the browser refuses (no
/// permission, or an insecure context).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
