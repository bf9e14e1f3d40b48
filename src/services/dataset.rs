//! Fetching and reading the dataset.

use std::fmt;

use factline_core::{Dataset, DatasetSource};
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

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.problem)?;
        if let Some(location) = &self.location {
            write!(f, " (at {location})")?;
        }
        Ok(())
    }
}

/// Fetches the dataset at `url` and reads it, extracting the articles that
/// come as text only in the engine's worker.
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
    let json = response
        .text()
        .await
        .map_err(|err| error(format!("the dataset could not be read ({err})"), None))?;
    let read = |json: &str| {
        DatasetSource::from_json(json).map_err(|err| {
            let location =
                (!err.path().is_empty() && err.path() != ".").then(|| err.path().to_string());
            error(err.message().to_string(), location)
        })
    };
    let source = read(&json)?;
    if source.text_only_count() == 0 {
        return source
            .complete()
            .ok_or_else(|| error("the dataset is incomplete".to_string(), None));
    }
    // Some articles come as text only: the engine extracts them in its worker.
    let extracted = extract_in_worker(json)
        .await
        .map_err(|problem| error(problem, None))?;
    read(&extracted)?.complete().ok_or_else(|| {
        error(
            "the extraction engine left articles unextracted".to_string(),
            None,
        )
    })
}
