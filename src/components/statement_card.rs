//! One statement: who said it, what kind it is, the words, the figures and when.

use factline_core::{Dataset, StatementKind};
use yew::prelude::*;

use crate::components::timeline::long_date;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct StatementCardProps {
    pub dataset: Shared<Dataset>,
    /// The article's index in the dataset.
    pub article: usize,
    /// The statement's index in its article.
    pub statement: usize,
}

#[component]
pub fn StatementCard(props: &StatementCardProps) -> Html {
    let Some(article) = props.dataset.articles.get(props.article) else {
        return Html::default();
    };
    let Some(statement) = article.statements.get(props.statement) else {
        return Html::default();
    };
    let speaker = statement
        .speaker
        .as_ref()
        .and_then(|id| article.speakers.iter().find(|speaker| &speaker.id == id));
    let (kind_class, kind_label) = match statement.kind {
        StatementKind::Direct => ("direct", "Quote"),
        StatementKind::Indirect => ("indirect", "Reported"),
        StatementKind::Narration => ("narration", "Narration"),
    };
    let who = match (speaker, &statement.mention) {
        (Some(speaker), _) => html! {
            <p class="speaker">
                <span class="speaker-name">{ &speaker.name }</span>
                if let Some(role) = &speaker.role {
                    <span class="speaker-role">{ role }</span>
                }
            </p>
        },
        (None, Some(mention)) => html! {
            <p class="speaker speaker--unresolved">
                <span class="speaker-name">{ &mention.text }</span>
                <span class="speaker-role">{ "unresolved" }</span>
            </p>
        },
        (None, None) => html! {
            <p class="speaker speaker--none"><span class="speaker-name">{ "No speaker" }</span></p>
        },
    };
    let words = if statement.kind == StatementKind::Direct {
        html! { <blockquote class="words">{ format!("“{}”", statement.text) }</blockquote> }
    } else {
        html! { <p class="words">{ &statement.text }</p> }
    };
    let figures = statement
        .figures
        .iter()
        .filter_map(|id| article.figures.iter().find(|figure| &figure.id == id))
        .map(|figure| html! { <li class="chip figure-chip">{ &figure.text }</li> });
    let time = statement
        .time
        .as_ref()
        .and_then(|id| article.times.iter().find(|time| &time.id == id));
    let when = match (time, article.published) {
        (Some(time), _) => match time.resolved {
            Some(range) => html! {
                <time datetime={range.start.to_string()} title={time.text.clone()}>{ long_date(range.start) }</time>
            },
            None => html! { <span class="time-text">{ &time.text }</span> },
        },
        (None, Some(day)) => html! { <time datetime={day.to_string()}>{ long_date(day) }</time> },
        (None, None) => Html::default(),
    };
    html! {
        <article class={classes!("statement", format!("statement--{kind_class}"))}>
            <header class="statement-head">
                { who }
                <span class="kind">{ kind_label }</span>
            </header>
            { words }
            if !statement.figures.is_empty() {
                <ul class="chips" aria-label="Figures">{ for figures }</ul>
            }
            <footer class="statement-foot">
                { when }
                <span class="article-title">{ &article.title }</span>
            </footer>
        </article>
    }
}
