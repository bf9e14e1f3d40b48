//! Fetching and reading the dataset.

use factline_core::{Dataset, DatasetError};
use gloo_net::http::Request;

use crate::services::extraction::extract_in_worker;

/// The dataset shipped beside the app.
pub const BUNDLED_DATASET: &str = "dataset.json";

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
    let response = Request::get(url)
        .send()
        .await
        .map_err(|err| error(format!("the dataset could not be fetched ({err})"), None))?;
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
    // The body comes in as bytes: copying them into wasm is much cheaper
    // than handing over a JavaScript string, which must be re-encoded.
    let bytes = response
        .binary()
        .await
        .map_err(|err| error(format!("the dataset could not be read ({err})"), None))?;
    let json = String::from_utf8(bytes).map_err(|err| {
        error(
            format!(
                "the dataset is not UTF-8 text (invalid byte at offset {})",
                err.utf8_error().valid_up_to()
            ),
            None,
        )
    })?;
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
        // version) is final.
        Err(err) if !err.path().is_empty() => return checked(Err(err)),
        Err(_) => {}
    }
    // The file has articles given as text only, or a problem the quick reader
    // cannot place: the engine's worker extracts the articles, or says where
    // the problem is.
    let extracted = extract_in_worker(json)
        .await
        .map_err(|refusal| error(refusal.problem, refusal.location))?;
    checked(Dataset::from_analysed_json(&extracted))
}
