//! The draft's articles as tabs, and the ways to bring one in: a new one to
//! paste, text files and datasets, and the site's published timeline.

use wasm_bindgen::JsCast;
use web_sys::{File, FileList, HtmlInputElement};
use yew::prelude::*;

use crate::editor::draft::Draft;

/// What the tabs can ask for.
pub struct ArticleCallbacks {
    pub on_select: Callback<usize>,
    pub on_new: Callback<()>,
    pub on_files: Callback<Vec<File>>,
    pub on_open_published: Callback<()>,
}

/// The files of a file list, in order.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .collect()
}

pub fn tabs(draft: &Draft, current: usize, callbacks: &ArticleCallbacks) -> Html {
    let on_chosen = callbacks.on_files.reform(|event: Event| {
        let input = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok());
        let files = files_of(input.as_ref().and_then(HtmlInputElement::files));
        // The same file can be chosen again later.
        if let Some(input) = input {
            input.set_value("");
        }
        files
    });
    html! {
        <nav class="editor-articles" aria-label="Articles">
            <ul>
                { for draft.articles.iter().enumerate().map(|(index, article)| {
                    let select = callbacks.on_select.reform(move |_: MouseEvent| index);
                    let name = if article.title.trim().is_empty() { article.id.clone() } else { article.title.clone() };
                    html! {
                        <li>
                            <button type="button" aria-current={(index == current).then_some("true")} onclick={select}>
                                { name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="editor-new" onclick={callbacks.on_new.reform(|_: MouseEvent| ())}>{ "New article" }</button>
            <label class="file-button" for="open-files">{ "Open files…" }</label>
            <input id="open-files" class="visually-hidden" type="file" multiple=true
                accept=".txt,.json,text/plain,application/json" onchange={on_chosen} />
            <button type="button" onclick={callbacks.on_open_published.reform(|_: MouseEvent| ())}>
                { "Open the published timeline" }
            </button>
        </nav>
    }
}
