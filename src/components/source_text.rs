//! The article as written, with its statements, the speakers' mentions,
//! figures and times highlighted. Choosing a highlighted statement selects
//! it; selecting a statement elsewhere scrolls here to its words.

use factline_core::Article;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::clip::{self, clipped, whole_text};
use crate::components::intents::Intents;
use crate::components::links::{intent_link, is_plain_click, route_href};
use crate::route::{kind_name, Route, View};
use crate::services::viewport::{reveal, ScrollLogicalPosition};
use crate::source::{passages, Mark, Passage, Piece};
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct SourceTextProps {
    pub catalog: Shared<Catalog>,
    /// The article to show, by index.
    pub article: usize,
    /// The selected statement's index in that article.
    pub selected: Option<usize>,
    pub intents: Intents,
    /// Shows another article, by its id.
    pub on_show_article: Callback<String>,
}

/// The element id of a statement's words in the source text.
fn span_id(article: usize, statement: usize) -> String {
    format!("source-{article}-{statement}")
}

#[component]
pub fn SourceText(props: &SourceTextProps) -> Html {
    let catalog = &props.catalog;
    let Some(article) = catalog.dataset.articles.get(props.article) else {
        return Html::default();
    };
    let passages = use_memo(
        (props.catalog.clone(), props.article),
        |(catalog, article)| passages(&catalog.dataset.articles[*article]),
    );
    {
        let target = props
            .selected
            .map(|statement| span_id(props.article, statement));
        use_effect_with(target, |target| {
            if let Some(id) = target {
                reveal(id, ScrollLogicalPosition::Center, false);
            }
        });
    }
    html! {
        <article class="source-view" aria-labelledby="source-title">
            { source_head(props, article) }
            <div class="source-text">
                { for passages.iter().map(|passage| passage_html(props, article, passage)) }
            </div>
        </article>
    }
}

/// The article's picker (when there are several), title, source, date, the
/// highlights' legend and a way back to the selected statement.
fn source_head(props: &SourceTextProps, article: &Article) -> Html {
    let catalog = &props.catalog;
    let on_article = props
        .on_show_article
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    let articles = &catalog.dataset.articles;
    let title = article_title(article);
    let selected_entry = props
        .selected
        .and_then(|statement| catalog.entry_of(props.article, statement));
    html! {
        <header class="source-head">
            if articles.len() > 1 {
                <label class="field">
                    <span>{ "Article" }</span>
                    <select id="article-picker" onchange={on_article}>
                        { for articles.iter().enumerate().map(|(index, other)| html! {
                            <option value={other.id.clone()} selected={index == props.article}>
                                { clipped(article_title(other), clip::LABEL).into_owned() }
                            </option>
                        }) }
                    </select>
                </label>
            }
            <h2 id="source-title">{ clipped(title, clip::LABEL).into_owned() }</h2>
            { whole_text(title, "The whole title") }
            <p class="source-meta">
                { &article.source }
                if let Some(day) = article.published {
                    { " · " }<time datetime={day.to_string()}>{ crate::dates::long_date(day) }</time>
                }
            </p>
            <ul class="legend" aria-label="Highlights">
                <li><span class="hl-statement">{ "Statement" }</span></li>
                <li><mark class="hl-mention">{ "Speaker" }</mark></li>
                <li><mark class="hl-figure">{ "Figure" }</mark></li>
                <li><mark class="hl-time">{ "Time" }</mark></li>
            </ul>
            if let Some(entry) = selected_entry {
                <p class="source-back">
                    { intent_link(
                        "to-timeline",
                        &Route::for_statement(catalog.statement_ref(entry)),
                        "Back to the statement on the timeline".to_string(),
                        &props.intents.show,
                        (catalog.statement_ref(entry), View::Timeline),
                    ) }
                </p>
            }
        </header>
    }
}

/// An article's title, or its id when it has none.
fn article_title(article: &Article) -> &str {
    if article.title.is_empty() {
        &article.id
    } else {
        &article.title
    }
}

/// A passage of the text: its pieces, in a link that selects its statement
/// when it is one.
fn passage_html(props: &SourceTextProps, article: &Article, passage: &Passage) -> Html {
    let pieces = passage
        .pieces
        .iter()
        .map(|piece| piece_html(&article.text, piece));
    let catalog = &props.catalog;
    let Some((statement, entry)) = passage
        .statement
        .and_then(|statement| Some((statement, catalog.entry_of(props.article, statement)?)))
    else {
        return html! { <>{ for pieces }</> };
    };
    let reference = catalog.statement_ref(entry);
    let selected = props.selected == Some(statement);
    let route = Route {
        view: View::Source,
        statement: Some(reference.clone()),
        ..Route::default()
    };
    let select = props.intents.select.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        select.emit(reference.clone());
    });
    let kind = kind_name(article.statements[statement].kind);
    html! {
        <a id={span_id(props.article, statement)}
            class={classes!("hl-statement", format!("hl-statement--{kind}"), selected.then_some("is-selected"))}
            href={route_href(&route)}
            aria-current={selected.then_some("true")}
            {onclick}>
            { for pieces }
        </a>
    }
}

/// A piece of a passage: plain words, or words marked as a speaker's
/// mention, a figure or a time.
fn piece_html(text: &str, piece: &Piece) -> Html {
    let words = text.get(piece.start..piece.end).unwrap_or("");
    let Some(mark) = piece.mark else {
        return html! { { words } };
    };
    let (class, label) = match mark {
        Mark::Mention => ("hl-mention", "speaker"),
        Mark::Figure => ("hl-figure", "figure"),
        Mark::Time => ("hl-time", "time"),
    };
    html! { <mark class={class} data-mark={label}>{ words }</mark> }
}
