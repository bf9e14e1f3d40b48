//! An article's details and text, and the button that has the engine read it.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement, InputEvent};
use yew::prelude::*;

use crate::editor::draft::DraftArticle;
use crate::editor::state::Field;

#[derive(Properties, PartialEq)]
pub struct ArticleFormProps {
    pub article: DraftArticle,
    /// Whether the engine is reading this article.
    pub reading: bool,
    pub on_stop: Callback<()>,
    pub on_edit: Callback<(Field, String)>,
    pub on_extract: Callback<()>,
}

/// The value typed into an input or a text area.
fn typed(event: &InputEvent) -> String {
    let target = event.target();
    target
        .clone()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .or_else(|| {
            target
                .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|area| area.value())
        })
        .unwrap_or_default()
}

fn field(
    id: &str,
    label: &str,
    kind: &str,
    value: String,
    field: Field,
    on_edit: &Callback<(Field, String)>,
) -> Html {
    let oninput = on_edit.reform(move |event: InputEvent| (field, typed(&event)));
    // The page says what is missing itself, in words, instead of the
    // browser's validation bubble, which would stop the form silently.
    let (required, hint) = match field {
        Field::Published => (Some("true"), Some("published-hint")),
        _ => (None, None),
    };
    html! {
        <label class="editor-field" for={id.to_string()}>
            <span>{ label }</span>
            <input id={id.to_string()} type={kind.to_string()} {value} {oninput}
                aria-required={required} aria-describedby={hint} />
        </label>
    }
}

#[component]
pub fn ArticleForm(props: &ArticleFormProps) -> Html {
    let article = &props.article;
    let published = article
        .published
        .map(|day| day.to_string())
        .unwrap_or_default();
    let on_text = props
        .on_edit
        .reform(|event: InputEvent| (Field::Text, typed(&event)));
    let on_submit = props
        .on_extract
        .reform(|event: SubmitEvent| event.prevent_default());
    let missing_date = article.published.is_none();
    html! {
        <form class="article-form" onsubmit={on_submit} aria-label="Article">
            <div class="editor-fields">
                { field("title", "Title", "text", article.title.clone(), Field::Title, &props.on_edit) }
                { field("source", "Source", "text", article.source.clone(), Field::Source, &props.on_edit) }
                { field("url", "Address (URL)", "url", article.url.clone().unwrap_or_default(), Field::Url, &props.on_edit) }
                { field("published", "Published", "date", published, Field::Published, &props.on_edit) }
            </div>
            <p class={classes!("editor-hint", missing_date.then_some("is-missing"))} id="published-hint">
                { if missing_date { "The publication date is needed: dates" } else { "Dates" } }
                { " such as \u{201c}last week\u{201d} are counted from it." }
            </p>
            <label class="editor-field editor-text" for="article-text">
                <span>{ "The article's text" }</span>
                <textarea id="article-text" rows="10" value={article.text.clone()} oninput={on_text} />
            </label>
            <div class="reading">
                <button type="submit" class="editor-primary" disabled={props.reading}>
                    { if props.reading { "Reading…" } else if article.reading().is_some() { "Read the text again" } else { "Find statements" } }
                </button>
                if props.reading {
                    // No value: the engine cannot tell how far it is, only that it works.
                    <progress aria-label="Reading the article" />
                    <button type="button" onclick={props.on_stop.reform(|_: MouseEvent| ())}>{ "Stop" }</button>
                }
            </div>
        </form>
    }
}
