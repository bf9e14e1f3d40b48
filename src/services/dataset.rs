//! Fetching and reading the dataset.

use factline_core::{Dataset, DatasetError};
use gloo_net::http::Request;
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::services::extraction::extract_in_worker;

/// The dataset shipped beside the app.
pub const BUNDLED_DATASET: &str = "dataset.json";

/// The largest dataset file the page reads, in bytes. Larger ones would fill
/// the page's memory, which never shrinks, for a timeline nobody can scroll;
/// the command line reads any size.
const MAX_DATASET_BYTES: u32 = 64 << 20;

/// The largest dataset with articles given as text only that the page
/// extracts, in bytes. The engine's answer is several times the text, and the
/// page must read all of it at once; `factline prepare` extracts any size
/// ahead of time.
const MAX_EXTRACTED_BYTES: usize = 2 << 20;

/// Why the dataset could not be shown, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The dataset's URL.
    pub url: String,
    /// What went wrong, in a sentence.
    pub problem: String,
    /// Where in the file, as a JSON path, when the file itself is at fault.
    pub location: Option<String>,
}

/// Fetches the dataset at `url` and reads it. Articles that come as text only
/// are extracted in the engine's worker, which also explains files the main
/// thread's quick reader refuses.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadError> {
    let error = |problem: String, location: Option<String>| LoadError {
        url: url.to_string(),
        problem,
        location,
    };
    let other_site = trusted_origin(url).map_err(|problem| error(problem, None))?;
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| error(unreachable(other_site.as_deref()), None))?;
    if !response.ok() {
        return Err(error(
            format!(
                "the server answered {} {} instead of the dataset",
                response.status(),
                response.status_text()
            ),
            None,
        ));
    }
    let json = read_body(&response.into())
        .await
        .map_err(|problem| error(problem, None))?;
    let checked = |result: Result<Dataset, DatasetError>| {
        result.map_err(|err| {
            let path = err.path();
            let location = (!path.is_empty() && path != ".").then(|| path.to_string());
            error(err.message().to_string(), location)
        })
    };
    match Dataset::from_analysed_json(&json) {
        Ok(dataset) => return Ok(dataset),
        // A problem the quick reader could place (a span, a reference, the
        // version, content after the dataset) is final.
        Err(err) if !err.is_not_analysed() => return checked(Err(err)),
        Err(_) => {}
    }
    if json.len() > MAX_EXTRACTED_BYTES {
        return Err(error(
            format!(
                "at {} this dataset of unanalysed text is larger than the page analyses ({}): \
                 analyse it with `factline prepare` and publish that file",
                megabytes(json.len()),
                megabytes(MAX_EXTRACTED_BYTES)
            ),
            None,
        ));
    }
    // The file has articles given as text only, or a problem the quick reader
    // cannot place: the engine's worker extracts the articles, or says where
    // the problem is.
    let extracted = extract_in_worker(json)
        .await
        .map_err(|refusal| error(refusal.problem, refusal.location))?;
    checked(Dataset::from_analysed_json(&extracted))
}

/// The response's body as text, refused unread when it is larger than
/// [`MAX_DATASET_BYTES`]. The body comes in as bytes: copying them into wasm
/// is much cheaper than handing over a JavaScript string, which must be
/// re-encoded.
async fn read_body(response: &web_sys::Response) -> Result<String, String> {
    let unreadable = || "the dataset could not be read".to_string();
    let promise = response.array_buffer().map_err(|_| unreadable())?;
    let buffer: ArrayBuffer = JsFuture::from(promise)
        .await
        .map_err(|_| unreadable())?
        .unchecked_into();
    if buffer.byte_length() > MAX_DATASET_BYTES {
        return Err(format!(
            "at {} the dataset is larger than the page reads ({}): split it, for example by month",
            megabytes(buffer.byte_length() as usize),
            megabytes(MAX_DATASET_BYTES as usize)
        ));
    }
    String::from_utf8(Uint8Array::new(&buffer).to_vec()).map_err(|err| {
        format!(
            "the dataset is not UTF-8 text (invalid byte at offset {}): save it as UTF-8",
            err.utf8_error().valid_up_to()
        )
    })
}

/// A size in megabytes with one decimal, in integer arithmetic: formatting a
/// float would bring core's float printer into the page's wasm (10 KB).
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Whether the page may show the dataset at `url`, and the dataset's origin
/// when it is another site's: the page's own origin is trusted, and so is one
/// its Content-Security-Policy lets it connect to, which the
/// build writes from `static/dataset-origins.txt`. Anyone can write any
/// address after `?data=`, so a page that read datasets from anywhere could be
/// made to show quotes its publisher never published, under the publisher's
/// name. `data:` and `blob:` addresses are never read.
fn trusted_origin(url: &str) -> Result<Option<String>, String> {
    let unknown = || "this is not the address of a dataset".to_string();
    let page = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .ok_or_else(unknown)?;
    let parse = |url: &str| web_sys::Url::new_with_base(url, &page).map_err(|_| unknown());
    // The page's own origin from its address: a sandboxed frame's
    // `location.origin` is "null".
    let page_origin = parse(&page)?.origin();
    let dataset = parse(url)?;
    let origin = dataset.origin();
    let web = matches!(dataset.protocol().as_str(), "https:" | "http:");
    if web && origin == page_origin {
        Ok(None)
    } else if web && is_allowed(&origin) {
        Ok(Some(origin))
    } else {
        Err(
            "this page shows only datasets from its own site and from sites its publisher lists, \
             so that nobody can make it show quotes the publisher never published. To list a \
             site, add it to static/dataset-origins.txt"
                .to_string(),
        )
    }
}

/// Whether the page's Content-Security-Policy `<meta>` lets it connect to
/// `origin`.
fn is_allowed(origin: &str) -> bool {
    let policy = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector(r#"meta[http-equiv="Content-Security-Policy"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    policy
        .split(';')
        .find_map(|directive| directive.trim().strip_prefix("connect-src "))
        .is_some_and(|sources| sources.split(' ').any(|source| source == origin))
}

/// Why a fetch failed, as far as the page can tell: the browser says only
/// that it failed, whether the network is down or another site's server
/// does not let other sites read its files.
fn unreachable(other_site: Option<&str>) -> String {
    match other_site {
        None => "the dataset could not be fetched: check the connection and reload".to_string(),
        Some(origin) => format!(
            "the dataset could not be fetched: {origin} is unreachable or does not let other \
             sites read it (it must send Access-Control-Allow-Origin)"
        ),
    }
}
