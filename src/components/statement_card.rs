//! One statement: who said it, what kind it is, the words, the figures, when,
//! and where it comes from.

use factline_core::{Article, Confidence, SpeakerKind, Statement, StatementKind};
use yew::prelude::*;

use crate::catalog::{Catalog, Speaker};
use crate::clip::{self, clipped};
use crate::components::intents::Intents;
use crate::components::links::intent_link;
use crate::components::why::why;
use crate::dates::{range_days, range_label, StatementDate};
use crate::rates::{basis_label, rate_label, rate_of};
use crate::route::{kind_name, Route, View};
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct StatementCardProps {
    pub catalog: Shared<Catalog>,
    /// The statement's entry in the catalog.
    pub entry: usize,
    pub selected: bool,
    pub intents: Intents,
}

/// The element id of a statement's card, for scrolling and focus.
pub fn card_id(entry: usize) -> String {
    format!("entry-{entry}")
}

/// What the card calls a kind of statement.
pub fn kind_label(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Direct => "Quote",
        StatementKind::Indirect => "Reported",
        StatementKind::Narration => "Narration",
    }
}

/// How a kind of speaker is labelled; people need no label.
pub fn speaker_kind_label(speaker: &Speaker) -> Option<&'static str> {
    if speaker.unnamed {
        return Some("Unnamed source");
    }
    match speaker.kind {
        SpeakerKind::Person => None,
        SpeakerKind::Group => Some("Group"),
        SpeakerKind::Anonymous => Some("Anonymous source"),
        SpeakerKind::Organization => Some("Organization"),
    }
}

#[component]
pub fn StatementCard(props: &StatementCardProps) -> Html {
    let catalog = &props.catalog;
    let Some(entry) = catalog.entries.get(props.entry) else {
        return Html::default();
    };
    let article = &catalog.dataset.articles[entry.article];
    let statement = &article.statements[entry.statement];
    let reference = catalog.statement_ref(props.entry);
    let kind_class = kind_name(statement.kind);
    let speaker = entry.speaker.map(|index| &catalog.speakers[index]);
    let onclick = {
        let select = props.intents.select.clone();
        let reference = reference.clone();
        Callback::from(move |event: MouseEvent| {
            // Links and buttons inside the card do their own thing.
            if event.default_prevented() {
                return;
            }
            select.emit(reference.clone());
        })
    };
    html! {
        <article
            id={card_id(props.entry)}
            class={classes!("statement", format!("statement--{kind_class}"), props.selected.then_some("is-selected"))}
            tabindex="0"
            aria-current={props.selected.then_some("true")}
            {onclick}
        >
            <header class="statement-head">
                { who(speaker, statement, &props.intents) }
                <span class="kind">{ kind_label(statement.kind) }</span>
            </header>
            { words(article, statement) }
            if !statement.figures.is_empty() {
                <ul class="chips" aria-label="Figures">{ figure_chips(article, statement) }</ul>
            }
            if let Some(evidence) = &statement.evidence {
                { why(article, statement, evidence) }
            }
            { card_foot(&entry.date, article, statement, reference, &props.intents) }
        </article>
    }
}

/// Who said it: the speaker, a link to their panel, with role and kind; or
/// the words a speaker the engine could not identify goes by; or no one.
fn who(speaker: Option<&Speaker>, statement: &Statement, intents: &Intents) -> Html {
    // A reader must never take a guessed speaker for a certain one.
    let uncertain = statement
        .evidence
        .as_ref()
        .and_then(|evidence| evidence.confidence)
        == Some(Confidence::Uncertain);
    match (speaker, &statement.mention) {
        (Some(speaker), _) => {
            let route = Route {
                view: View::Speakers,
                filters: crate::filters::Filters {
                    speaker: Some(speaker.key.clone()),
                    ..Default::default()
                },
                ..Route::default()
            };
            html! {
                <p class="speaker">
                    { intent_link(
                        "speaker-name",
                        &route,
                        clipped(&speaker.name, clip::LABEL).into_owned(),
                        &intents.open_speaker,
                        speaker.key.clone(),
                    ) }
                    if let Some(role) = &speaker.role {
                        <span class="speaker-role">{ clipped(role, clip::LABEL).into_owned() }</span>
                    }
                    if let Some(label) = speaker_kind_label(speaker) {
                        <span class="speaker-kind">{ label }</span>
                    }
                    if uncertain {
                        <span class="speaker-kind speaker-uncertain">{ "Speaker uncertain" }</span>
                    }
                </p>
            }
        }
        // A pronoun the engine could not tie to anyone (the catalog makes
        // every other unresolved mention an unnamed source).
        (None, Some(mention)) => html! {
            <p class="speaker speaker--unresolved">
                <span class="speaker-name">{ "Speaker not identified" }</span>
                <span class="speaker-role">{ format!("the text says “{}”", clipped(&mention.text, clip::LABEL)) }</span>
            </p>
        },
        (None, None) => html! {
            <p class="speaker speaker--none"><span class="speaker-name">{ "No speaker" }</span></p>
        },
    }
}

/// The statement's words, in quotation marks when they are a quote.
fn words(article: &Article, statement: &Statement) -> Html {
    let text = clipped(shown_words(article, statement), clip::WORDS);
    if statement.kind == StatementKind::Direct {
        html! { <blockquote class="words">{ format!("“{text}”") }</blockquote> }
    } else {
        html! { <p class="words">{ text.into_owned() }</p> }
    }
}

/// A reported statement of this many words or fewer is an answer ("so",
/// "yes", "as much"), which tells a reader nothing alone: its card shows
/// the words from its source on, as the article has them ("62 percent said
/// yes").
const SHORT_ANSWER_WORDS: usize = 2;

/// The words a card shows for a statement: its own, or for a short
/// reported answer, the article's words from the source that gave it.
fn shown_words<'a>(article: &'a Article, statement: &'a Statement) -> &'a str {
    let answer = statement.kind == StatementKind::Indirect
        && statement.text.split_whitespace().count() <= SHORT_ANSWER_WORDS;
    let source = statement
        .mention
        .as_ref()
        .map(|mention| mention.start)
        .filter(|&start| start < statement.start);
    match source {
        Some(start) if answer => article
            .text
            .get(start..statement.end)
            .unwrap_or(&statement.text),
        _ => &statement.text,
    }
}

/// A chip for each figure the statement states, with the rate per day the
/// text supports and its basis.
fn figure_chips(article: &Article, statement: &Statement) -> Html {
    statement
        .figures
        .iter()
        .filter_map(|id| article.figures.iter().find(|figure| &figure.id == id))
        .map(|figure| {
            let rate = rate_of(figure).map(|rate| {
                let label = format!(
                    " · {} derived: {}",
                    rate_label(figure, &rate),
                    basis_label(figure, &rate)
                );
                html! { <span class="chip-rate">{ label }</span> }
            });
            html! { <li class="chip figure-chip">{ &figure.text }{ for rate }</li> }
        })
        .collect()
}

/// When, whether an editor checked it, where it comes from, and its link.
fn card_foot(
    date: &StatementDate,
    article: &Article,
    statement: &Statement,
    reference: String,
    intents: &Intents,
) -> Html {
    let copy = {
        let reference = reference.clone();
        intents.copy_link.reform(move |event: MouseEvent| {
            event.prevent_default();
            reference.clone()
        })
    };
    let in_source = Route {
        view: View::Source,
        statement: Some(reference.clone()),
        ..Route::default()
    };
    html! {
        <footer class="statement-foot">
            { date_chip(date) }
            // Readers can tell a statement an editor checked from one
            // only the engine read (see the editor, editor.html).
            <span class={classes!("review-mark", statement.review.map(|_| "is-reviewed"))}>
                { if statement.review.is_some() { "Reviewed by an editor" } else { "Not reviewed" } }
            </span>
            <span class="article-title">{ clipped(&article.title, clip::LABEL).into_owned() }</span>
            { intent_link(
                "in-source",
                &in_source,
                "In the text".to_string(),
                &intents.show,
                (reference, View::Source),
            ) }
            <button type="button" class="icon-button copy-link" onclick={copy}
                aria-label="Copy link to this statement" title="Copy link">
                <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
            </button>
        </footer>
    }
}

/// The date as resolved, with the words it came from shown on hover and
/// focus ("last week → Dec 18–24, 2023"); dates that are a range of days or
/// only the publication date are marked approximate.
fn date_chip(date: &StatementDate) -> Html {
    let (phrase, day, label, approximate) = match date {
        StatementDate::Stated { range, phrase } => (
            phrase.clone(),
            Some(range.start),
            range_label(*range),
            range_days(*range) > 1,
        ),
        StatementDate::Published(day) => (
            "published".to_string(),
            Some(*day),
            range_label(factline_core::DayRange {
                start: *day,
                end: *day,
            }),
            true,
        ),
        StatementDate::Unresolved { phrase, .. } => (phrase.clone(), None, phrase.clone(), true),
        StatementDate::Unknown => {
            return html! { <span class="chip time-chip">{ "Undated" }</span> }
        }
    };
    html! {
        <span class="chip time-chip" tabindex="0">
            if day.is_some() {
                <span class="time-phrase">{ format!("{phrase} → ") }</span>
            }
            if approximate {
                <span class="approx" aria-hidden="true">{ "≈ " }</span>
                <span class="visually-hidden">{ "approximately " }</span>
            }
            if let Some(day) = day {
                <time datetime={day.to_string()}>{ label }</time>
            } else {
                <span>{ label }</span>
            }
        </span>
    }
}
