//! Fetching and reading the dataset.

use factline_core::{AnalysedReader, Dataset, DatasetError};
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::catalog::{Catalog, CatalogBuilder};
use crate::launch::BUNDLED_DATASET;
use crate::services::extraction::extract_in_worker;

/// The largest dataset file the page reads, in bytes. Larger ones would fill
/// the page's memory, which never shrinks, for a timeline nobody can scroll;
/// the command line reads any size.
const MAX_DATASET_BYTES: u32 = 64 << 20;

/// The largest dataset the page hands to the engine's worker, in bytes: one
/// with articles given as text only, to extract, or one the quick reader
/// cannot place a problem in, to explain. The engine's answer is several
/// times the text; `factline prepare` extracts, and `factline validate`
/// explains, any size.
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

/// How long the page's thread reads before it lets the browser paint and
/// answer the reader, in milliseconds: well under the 50 ms after which a
/// task counts as long.
const STEP_MS: f64 = 30.0;

/// Fetches the dataset at `data` (the bundled one when `None`) and reads it
/// into a catalog. Articles that come as text only are extracted in the
/// engine's worker, which also explains files the main thread's quick reader
/// refuses.
pub async fn fetch_catalog(data: Option<&str>) -> Result<Catalog, LoadError> {
    let url = data.unwrap_or(BUNDLED_DATASET);
    let error = |problem: String, location: Option<String>| LoadError {
        url: url.to_string(),
        problem,
        location,
    };
    let json = match data.map_or_else(bundled_in_page, |_| None) {
        Some(json) => json,
        None => fetch_text(url)
            .await
            .map_err(|problem| error(problem, None))?,
    };
    let explained = |err: DatasetError| {
        let path = err.path();
        let location = (!path.is_empty() && path != ".").then(|| path.to_string());
        error(err.message().to_string(), location)
    };
    match read_in_steps(&json).await {
        Ok(catalog) => return Ok(catalog),
        // A problem the quick reader could place (a span, a reference, a
        // repeated id, the version) is final.
        Err(err) if !err.is_not_analysed() => return Err(explained(err)),
        Err(_) => {}
    }
    if json.len() > MAX_EXTRACTED_BYTES {
        return Err(error(
            "the page cannot read this dataset as it is, and at over 2 MB it is too large for the \
             page to analyse or explain: `factline prepare` analyses it, `factline validate` says \
             what is wrong"
                .to_string(),
            None,
        ));
    }
    // The file has articles given as text only, or a problem the quick reader
    // cannot place: the engine's worker extracts the articles, or says where
    // the problem is.
    let extracted = extract_in_worker(json)
        .await
        .map_err(|refusal| error(refusal.problem, refusal.location))?;
    read_in_steps(&extracted).await.map_err(explained)
}

/// The bundled dataset, when the page carries it: the build writes it into
/// the page (scripts/finish-html.mjs), where it compresses with the
/// prerendered timeline that repeats its words, and the page need not wait
/// for another request. A page without it fetches the file like any other.
fn bundled_in_page() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id("dataset")?.text_content()
}

/// The text of the dataset file at `url`, from its own site or a trusted one.
pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    let other_site = trusted_origin(url)?;
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| unreachable(other_site.as_deref()))?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {} instead of the dataset",
            response.status(),
            response.status_text()
        ));
    }
    read_body(&response.into()).await
}

/// Reads an analysed dataset into a catalog an article at a time, handing
/// the thread back to the browser every [`STEP_MS`], so that the page keeps
/// painting and answering while a large dataset loads. It hands it back
/// before the first step too: the file has just been copied and checked
/// for UTF-8 in the task before, which for 50 MB is a step's worth.
async fn read_in_steps(json: &str) -> Result<Catalog, DatasetError> {
    let mut reader = Dataset::analysed_reader(json);
    let mut catalog = CatalogBuilder::default();
    loop {
        TimeoutFuture::new(0).await;
        if read_for_a_step(&mut reader, &mut catalog)? {
            break;
        }
    }
    reader.finish()?;
    Ok(catalog.finish())
}

/// Reads articles into the catalog for up to [`STEP_MS`]; true once every
/// article is read.
fn read_for_a_step(
    reader: &mut AnalysedReader,
    catalog: &mut CatalogBuilder,
) -> Result<bool, DatasetError> {
    let started = js_sys::Date::now();
    while js_sys::Date::now() - started < STEP_MS {
        match reader.next_article()? {
            Some(article) => catalog.add(article),
            None => return Ok(true),
        }
    }
    Ok(false)
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
        return Err(
            "the dataset is larger than the page reads (64 MB): split it, for example by month"
                .to_string(),
        );
    }
    String::from_utf8(Uint8Array::new(&buffer).to_vec()).map_err(|err| {
        format!(
            "the dataset is not UTF-8 text (invalid byte at offset {}): save it as UTF-8",
            err.utf8_error().valid_up_to()
        )
    })
}

/// Whether the page may show the dataset at `url`, and the dataset's origin
/// when it is another site's: the page's own origin is trusted, and so is one
/// its Content-Security-Policy lets it connect to, which the
/// build writes from `static/dataset-origins.txt`. Anyone can write any
/// address after `?data=`, so a page that read datasets from anywhere could be
/// made to show quotes its publisher never published, under the publisher's
/// name. `data:` and `blob:` addresses are never read.
fn trusted_origin(url: &str) -> Result<Option<String>, String> {
    let refused = || {
        "this page shows datasets only from its own site and sites its publisher lists, so that \
         nobody can make it show quotes the publisher never published (the list is \
         static/dataset-origins.txt)"
            .to_string()
    };
    let page = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .ok_or_else(refused)?;
    let parse = |url: &str| web_sys::Url::new_with_base(url, &page).map_err(|_| refused());
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
        Err(refused())
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
