//! Bringing articles into the draft: `.txt` files as articles to read,
//! `.json` datasets (files, the site's published timeline, or a `?data=`
//! address) as articles already read.

use factline_core::{Article, Dataset};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::UseReducerDispatcher;

use super::state::{EditorAction, EditorState};
use crate::launch::LaunchOptions;
use crate::services::dataset::fetch_text;
use crate::services::extraction::extract_in_worker;

/// The site's published dataset, beside the editor's page.
pub const PUBLISHED: &str = "dataset.json";

/// Reads each file the editor chose or dropped, in order.
pub fn import_files(files: Vec<File>, dispatcher: UseReducerDispatcher<EditorState>) {
    wasm_bindgen_futures::spawn_local(async move {
        for file in files {
            import_file(file, &dispatcher).await;
        }
    });
}

async fn import_file(file: File, dispatcher: &UseReducerDispatcher<EditorState>) {
    let name = file.name();
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string());
    let Some(text) = text else {
        return dispatcher.dispatch(EditorAction::Notice(format!("{name} could not be read.")));
    };
    let lower = name.to_lowercase();
    if lower.ends_with(".txt") {
        dispatcher.dispatch(EditorAction::AddText { name, text });
    } else if lower.ends_with(".json") {
        match read_dataset(text).await {
            Ok(articles) => dispatcher.dispatch(EditorAction::AddArticles { from: name, articles }),
            Err(problem) => dispatcher.dispatch(EditorAction::Notice(format!(
                "{name} is not a factline dataset: {problem}. To bring in an article, paste its text into the box instead."
            ))),
        }
    } else {
        dispatcher.dispatch(EditorAction::Notice(format!(
            "{name} is neither an article (.txt) nor a factline dataset (.json)."
        )));
    }
}

/// Opens the dataset at `url` (the site's own, or one it trusts) for editing.
pub fn open_dataset(url: String, dispatcher: UseReducerDispatcher<EditorState>) {
    wasm_bindgen_futures::spawn_local(async move {
        let read = match fetch_text(&url).await {
            Ok(json) => read_dataset(json).await,
            Err(problem) => Err(problem),
        };
        dispatcher.dispatch(match read {
            Ok(articles) => EditorAction::AddArticles {
                from: url,
                articles,
            },
            Err(problem) => EditorAction::Notice(format!(
                "The dataset at {url} could not be opened: {problem}."
            )),
        });
    });
}

/// A dataset's articles, read (and, where they come as text only,
/// extracted) by the engine's worker, which words every problem as the
/// reader's page and `factline validate` do.
async fn read_dataset(json: String) -> Result<Vec<Article>, String> {
    let read = extract_in_worker(json)
        .await
        .map_err(|refusal| match refusal.location {
            Some(location) => format!("{} (at {location})", refusal.problem),
            None => refusal.problem,
        })?;
    Dataset::from_analysed_json(&read)
        .map(|dataset| dataset.articles)
        .map_err(|error| error.message().to_string())
}

/// The dataset the editor's address asks to open (`editor.html?data=…`, as
/// the reader's Edit link writes it). The address loses it, so that a
/// reload does not open it again.
pub fn dataset_in_address() -> Option<String> {
    let window = web_sys::window()?;
    let query = window.location().search().ok()?;
    let url = LaunchOptions::from_query(&query).data?;
    let path = window.location().pathname().ok()?;
    let _ = window
        .history()
        .and_then(|history| history.replace_state_with_url(&JsValue::NULL, "", Some(&path)));
    Some(url)
}
