//! The draft's articles as tabs, and a button for a new one.

use yew::prelude::*;

use crate::editor::draft::Draft;
use crate::editor::state::{EditorAction, EditorState};

pub fn tabs(draft: &Draft, current: usize, dispatcher: UseReducerDispatcher<EditorState>) -> Html {
    let new_article = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(EditorAction::NewArticle))
    };
    html! {
        <nav class="editor-articles" aria-label="Articles">
            <ul>
                { for draft.articles.iter().enumerate().map(|(index, article)| {
                    let dispatcher = dispatcher.clone();
                    let select = Callback::from(move |_| dispatcher.dispatch(EditorAction::Select(index)));
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
            <button type="button" class="editor-new" onclick={new_article}>{ "New article" }</button>
        </nav>
    }
}
