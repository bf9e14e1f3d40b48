//! The editor (`editor.html`): where a newsroom editor brings in articles,
//! has the engine read them in its worker, reviews and corrects every
//! statement, and downloads the reviewed dataset.
//!
//! Like the explorer, it has one reducer ([`state`]); views get the data they
//! draw and narrow callbacks. The draft ([`draft`]) keeps the engine's
//! reading and the editor's corrections apart, and is saved in the browser
//! after every change ([`storage`]).

mod download;
mod draft;
mod import;
mod queue;
mod state;
mod storage;
mod views;

use factline_core::{Anchor, Dataset};
use gloo_timers::future::TimeoutFuture;
use yew::prelude::*;

use crate::services::events::Listener;
use crate::services::extraction::extract_in_worker;
use draft::DraftArticle;
use state::{EditorAction, EditorState, Field};
use views::article_form::{ArticleForm, ArticleFormProps};
use views::articles::ArticleCallbacks;
use views::review::Review;
use views::source::Source;

/// Starts the editor in `#editor`.
pub fn start() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("editor"));
    if let Some(root) = root {
        yew::Renderer::<Editor>::with_root(root).render();
    }
}

#[component]
fn Editor() -> Html {
    let state = use_reducer(EditorState::default);
    use_saved_draft(&state);
    use_reading_again(&state);
    use_review_keys(state.dispatcher());
    let on_download = state
        .dispatcher()
        .to_callback()
        .reform(EditorAction::Notice);
    let (on_drop, on_drag_over) = file_drops(state.dispatcher());
    html! {
        <div class="editor" ondrop={on_drop} ondragover={on_drag_over}>
            <header class="editor-head">
                <h1>{ "factline editor" }</h1>
                <a href="./">{ "Back to the timeline" }</a>
            </header>
            <main>
                { views::articles::tabs(&state.draft, state.current, &article_callbacks(state.dispatcher())) }
                if let Some(article) = state.article() {
                    { workspace(&state, article) }
                } else {
                    <p class="editor-empty">{ "Start with an article: paste its text, then let the engine find its statements for you to review." }</p>
                }
                { views::publish::publish(&state.draft, on_download) }
                <p class="editor-status" role="status" aria-live="polite">
                    { state.notice.clone().unwrap_or_default() }
                </p>
            </main>
        </div>
    }
}

/// The open article: its form, and once the engine has read it, its text
/// beside the review of what was found in it.
fn workspace(state: &UseReducerHandle<EditorState>, article: &DraftArticle) -> Html {
    let on_edit = state
        .dispatcher()
        .to_callback()
        .reform(|(field, value): (Field, String)| EditorAction::Edit(field, value));
    let on_extract = {
        let dispatcher = state.dispatcher();
        let article = article.clone();
        Callback::from(move |()| extract(article.clone(), dispatcher.clone()))
    };
    let on_correct = state
        .dispatcher()
        .to_callback()
        .reform(EditorAction::Correct);
    let on_stop = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(EditorAction::StopReading))
    };
    html! {
        <>
            <ArticleForm ..ArticleFormProps {
                article: article.clone(),
                reading: state.reading.as_deref() == Some(article.id.as_str()),
                on_stop,
                on_edit,
                on_extract,
            } />
            if let Some((corrected, conflicts)) = article.corrected() {
                <div class="review-layout">
                    <Source
                        text={corrected.text.clone()}
                        focused={corrected.statements.get(state.focus).map(|s| (state.focus, Anchor::of(s)))}
                        on_correct={on_correct.clone()}
                    />
                    <Review
                        article={std::rc::Rc::new(corrected)}
                        conflicts={conflicts.into_iter().map(|c| (c.index, c.problem)).collect::<Vec<_>>()}
                        focus={state.focus}
                        {on_correct}
                        dispatcher={state.dispatcher()}
                    />
                </div>
            }
        </>
    }
}

/// The handlers that take files dropped anywhere on the page. A page lets
/// files be dropped on it only where dragging over it is cancelled.
fn file_drops(
    dispatcher: UseReducerDispatcher<EditorState>,
) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let on_drop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        let files = views::articles::files_of(event.data_transfer().and_then(|data| data.files()));
        import::import_files(files, dispatcher.clone());
    });
    (
        on_drop,
        Callback::from(|event: DragEvent| event.prevent_default()),
    )
}

fn article_callbacks(dispatcher: UseReducerDispatcher<EditorState>) -> ArticleCallbacks {
    let on_select = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |index| dispatcher.dispatch(EditorAction::Select(index)))
    };
    let on_new = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |()| dispatcher.dispatch(EditorAction::NewArticle))
    };
    let on_files = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |files| import::import_files(files, dispatcher.clone()))
    };
    let on_open_published = Callback::from(move |()| {
        import::open_dataset(import::PUBLISHED.to_string(), dispatcher.clone())
    });
    ArticleCallbacks {
        on_select,
        on_new,
        on_files,
        on_open_published,
    }
}

/// Reads the saved draft once, saves the draft after every change, and
/// takes over a draft another tab saves.
#[hook]
fn use_saved_draft(state: &UseReducerHandle<EditorState>) {
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let (draft, notice) = storage::load();
            dispatcher.dispatch(EditorAction::Restored { draft, notice });
            if let Some(url) = import::dataset_in_address() {
                import::open_dataset(url, dispatcher);
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.draft.clone(), move |draft| {
            let on_problem =
                Callback::from(move |problem| dispatcher.dispatch(EditorAction::Notice(problem)));
            storage::save(draft, on_problem);
        });
    }
    let dispatcher = state.dispatcher();
    storage::use_draft_from_other_tabs(Callback::from(move |draft| {
        let notice = "This draft was changed in another tab; its changes are shown here.";
        dispatcher.dispatch(EditorAction::Restored {
            draft,
            notice: Some(notice.to_string()),
        })
    }));
}

/// Has the engine read again, one at a time, the articles it had read
/// before the draft was saved (the saved draft keeps only their text).
#[hook]
fn use_reading_again(state: &UseReducerHandle<EditorState>) {
    let next = state
        .draft
        .articles
        .iter()
        .find(|article| article.needs_reading())
        .cloned();
    let key = (
        next.as_ref().map(|article| article.id.clone()),
        state.reading.is_some(),
    );
    let dispatcher = state.dispatcher();
    use_effect_with(key, move |(_, busy)| {
        if let (Some(article), false) = (next, *busy) {
            extract(article, dispatcher);
        }
    });
}

/// The review keys, on the whole page except where the editor types.
#[hook]
fn use_review_keys(dispatcher: UseReducerDispatcher<EditorState>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|window| window.document())
            .map(|document| {
                Listener::new(&document, &["keydown"], move |event| {
                    if let Some(command) = views::keys::command_of(&event) {
                        dispatcher.dispatch(EditorAction::Command(command));
                    }
                })
            });
        move || drop(listener)
    });
}

/// Has the engine's worker read the article's text, and hands its reading
/// to the reducer.
fn extract(article: DraftArticle, dispatcher: UseReducerDispatcher<EditorState>) {
    let Some(published) = article.published else {
        dispatcher.dispatch(EditorAction::Notice(
            "Give the article's publication date first: dates such as \"last week\" are counted from it."
                .to_string(),
        ));
        return;
    };
    if article.text.trim().is_empty() {
        dispatcher.dispatch(EditorAction::Notice(
            "Paste the article's text first.".to_string(),
        ));
        return;
    }
    dispatcher.dispatch(EditorAction::Reading(article.id.clone()));
    let source = serde_json::json!({
        "version": 1,
        "articles": [{
            "id": article.id,
            "title": Some(&article.title).filter(|title| !title.trim().is_empty()),
            "source": Some(&article.source).filter(|source| !source.trim().is_empty()),
            "url": article.url,
            "published": published.to_string(),
            "text": article.text,
        }],
    });
    wasm_bindgen_futures::spawn_local(async move {
        let answer = extract_in_worker(source.to_string()).await;
        // Reading the answer, and drawing it, each in a task of its own: for
        // a long article either is a long step, and the page must go on
        // answering between them.
        TimeoutFuture::new(0).await;
        let result = match answer {
            Ok(json) => Dataset::from_analysed_json(&json)
                .ok()
                .and_then(|dataset| dataset.articles.into_iter().next())
                .ok_or_else(|| "The engine's answer could not be read.".to_string()),
            Err(refusal) => Err(format!(
                "The engine could not read the article: {}.",
                refusal.problem
            )),
        };
        TimeoutFuture::new(0).await;
        dispatcher.dispatch(EditorAction::Extracted {
            id: article.id,
            result,
        });
    });
}
