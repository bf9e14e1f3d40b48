//! Files the editor hands to the browser to save.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `content` as a file called `name`; `Err` when the browser
/// refused, in words for the editor.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let refused = || format!("The browser did not save {name}.");
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| refused())?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| refused())?;
    let anchor = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
        .ok_or_else(refused)?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The address is freed once the browser has surely read the file: some
    // browsers read it only after click() returns.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
