//! The review of one article: how far it has come, what no longer fits, and
//! a card for every statement with what the engine saw and the decisions.

use std::rc::Rc;

use factline_core::{Anchor, Article, Correction, Statement, StatementKind};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::correcting;
use super::facts::facts;
use super::keys::GUIDE;
use super::speaker_picker::SpeakerPicker;
use super::speakers::Speakers;
use crate::components::why::{found_as, marked, speaker_link};
use crate::editor::draft::{review_label, reviewed_count};
use crate::editor::queue::{risk, risk_note};
use crate::editor::state::{Command, EditorAction, EditorState};

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub article: Rc<Article>,
    /// The corrections that no longer fit the engine's reading: their
    /// place in the article's corrections, and the problem in plain words.
    pub conflicts: Vec<(usize, String)>,
    pub focus: usize,
    pub on_correct: Callback<Correction>,
    pub dispatcher: UseReducerDispatcher<EditorState>,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    use_focus_card(props.focus);
    let (reviewed, total) = reviewed_count(&props.article);
    let command = |command: Command| {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(EditorAction::Command(command)))
    };
    let on_correct = &props.on_correct;
    let window = page_of(props.article.statements.len(), props.focus);
    let first = window.start;
    html! {
        <section class="review" aria-labelledby="review-title">
            <div class="review-bar">
                <h2 id="review-title">{ "Review" }</h2>
                <p class="review-count">{ format!("{reviewed} of {total} reviewed") }</p>
                <button type="button" onclick={command(Command::NextUnreviewed)}>{ "Next to review" }</button>
                <button type="button" onclick={command(Command::Undo)}>{ "Undo" }</button>
                <button type="button" onclick={command(Command::Redo)}>{ "Redo" }</button>
            </div>
            if !props.conflicts.is_empty() {
                <div class="conflicts" role="alert">
                    <h3>{ "Corrections that no longer fit" }</h3>
                    <p>{ "The engine now reads the text differently here. Check the statement and decide again, then discard the old correction." }</p>
                    <ul>{ for props.conflicts.iter().map(|(index, problem)| {
                        let dispatcher = props.dispatcher.clone();
                        let index = *index;
                        let discard = Callback::from(move |_| dispatcher.dispatch(EditorAction::Discard(index)));
                        html! { <li>{ problem }{ " " }<button type="button" onclick={discard}>{ "Discard" }</button></li> }
                    }) }</ul>
                </div>
            }
            <Speakers article={props.article.clone()} on_correct={on_correct.clone()} />
            <details class="key-guide">
                <summary>{ "Keys" }</summary>
                <dl>{ for GUIDE.iter().map(|(key, does)| html! { <><dt><kbd>{ *key }</kbd></dt><dd>{ *does }</dd></> }) }</dl>
            </details>
            { pages(props.article.statements.len(), props.focus, &props.dispatcher) }
            <ol class="review-cards" start={(window.start + 1).to_string()}>
                { for props.article.statements[window].iter().enumerate().map(|(offset, statement)| {
                    let index = first + offset;
                    html! {
                        <ReviewCard
                            key={statement.id.clone()}
                            {index}
                            next={props.article.statements.get(index + 1).map(Anchor::of)}
                            statement={statement.clone()}
                            article={props.article.clone()}
                            focused={index == props.focus}
                            on_correct={on_correct.clone()}
                            dispatcher={props.dispatcher.clone()}
                        />
                    }
                }) }
            </ol>
        </section>
    }
}

/// How many cards the page draws at once: enough to review without paging
/// often, few enough that a long article's hundreds of statements never make
/// one slow render.
const PAGE: usize = 50;

/// The statements on the page with the one in focus.
fn page_of(count: usize, focus: usize) -> std::ops::Range<usize> {
    let start = (focus / PAGE * PAGE).min(count);
    start..(start + PAGE).min(count)
}

/// Which statements the page shows, and buttons to the pages around it,
/// when there is more than one.
fn pages(count: usize, focus: usize, dispatcher: &UseReducerDispatcher<EditorState>) -> Html {
    if count <= PAGE {
        return html! {};
    }
    let window = page_of(count, focus);
    let go = |to: usize| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(EditorAction::Focus(to)))
    };
    html! {
        <nav class="review-pages" aria-label="Pages of statements">
            <button type="button" disabled={window.start == 0} onclick={go(window.start.saturating_sub(PAGE))}>
                { "Earlier statements" }
            </button>
            <p>{ format!("Statements {}–{} of {count}", window.start + 1, window.end) }</p>
            <button type="button" disabled={window.end == count} onclick={go(window.end)}>
                { "Later statements" }
            </button>
        </nav>
    }
}

/// Moves the keyboard's focus to the card in focus, unless it is already
/// inside it (the editor is choosing its speaker).
#[hook]
fn use_focus_card(focus: usize) {
    use_effect_with(focus, |focus| {
        let document = web_sys::window().and_then(|window| window.document());
        let card = document
            .as_ref()
            .and_then(|document| document.get_element_by_id(&format!("review-{focus}")))
            .and_then(|card| card.dyn_into::<web_sys::HtmlElement>().ok());
        let active = document.and_then(|document| document.active_element());
        if let Some(card) = card {
            if !active.is_some_and(|active| card.contains(Some(&active))) {
                let _ = card.focus();
            }
        }
    });
}

#[derive(Properties, PartialEq)]
struct ReviewCardProps {
    index: usize,
    /// The next statement, which this one can be joined with.
    next: Option<Anchor>,
    statement: Statement,
    article: Rc<Article>,
    focused: bool,
    on_correct: Callback<Correction>,
    dispatcher: UseReducerDispatcher<EditorState>,
}

const KINDS: [(StatementKind, &str); 3] = [
    (StatementKind::Direct, "Quote"),
    (StatementKind::Indirect, "Reported"),
    (StatementKind::Narration, "Narration"),
];

fn kind_label(kind: StatementKind) -> &'static str {
    KINDS
        .iter()
        .find(|(each, _)| *each == kind)
        .map_or("", |(_, label)| label)
}

/// The statement's kind, which the editor may change.
fn kind_menu(statement: &Statement, at: &Anchor, on_correct: &Callback<Correction>) -> Html {
    let id = format!("kind-{}", statement.id);
    let at = at.clone();
    let onchange = correcting(on_correct, move |event| {
        let select = event
            .target()?
            .dyn_into::<web_sys::HtmlSelectElement>()
            .ok()?;
        let label = select.value();
        let (kind, _) = KINDS.iter().find(|(_, each)| *each == label)?;
        Some(Correction::SetKind {
            at: at.clone(),
            kind: *kind,
        })
    });
    html! {
        <div class="kind-menu">
            <label for={id.clone()}>{ "Kind" }</label>
            <select {id} {onchange}>
                { for KINDS.iter().map(|(kind, label)| html! {
                    <option selected={*kind == statement.kind}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}

#[component]
fn ReviewCard(props: &ReviewCardProps) -> Html {
    let statement = &props.statement;
    let at = Anchor::of(statement);
    let on_focus = {
        let (dispatcher, index) = (props.dispatcher.clone(), props.index);
        Callback::from(move |_: FocusEvent| dispatcher.dispatch(EditorAction::Focus(index)))
    };
    let decide = |correction: Correction| {
        props
            .on_correct
            .reform(move |_: MouseEvent| correction.clone())
    };
    let class = classes!(
        "review-card",
        props.focused.then_some("is-focused"),
        statement.review.map(|_| "is-reviewed")
    );
    html! {
        <li>
            <article id={format!("review-{}", props.index)} {class} tabindex="-1" onfocusin={on_focus}
                aria-label={format!("Statement {}", props.index + 1)}>
                <header class="review-card-head">
                    <span class="kind">{ kind_label(statement.kind) }</span>
                    <span class="review-state">{ review_label(statement.review) }</span>
                    if let Some(note) = risk_note(risk(statement)).filter(|_| statement.review.is_none()) {
                        <span class="risk">{ note }</span>
                    }
                </header>
                <p class="words">{ &statement.text }</p>
                { evidence(statement, &props.article) }
                { facts(statement, &props.article, &props.on_correct) }
                { kind_menu(statement, &at, &props.on_correct) }
                <SpeakerPicker id={statement.id.clone()} at={at.clone()} speakers={props.article.speakers.clone()}
                    current={statement.speaker.clone()} on_correct={props.on_correct.clone()} />
                <div class="review-actions">
                    <button type="button" class="accept" onclick={decide(Correction::Accept { at: at.clone() })}>{ "Accept" }</button>
                    <button type="button" class="delete" onclick={decide(Correction::Delete { at: at.clone() })}>{ "Delete" }</button>
                    if let Some(next) = props.next.clone() {
                        <button type="button" onclick={decide(Correction::Join { first: at, second: next })}>{ "Join with the next" }</button>
                    }
                </div>
            </article>
        </li>
    }
}

/// What the engine went by, in the article's words: the rule that found
/// the statement, its cue and the words naming the speaker marked, and how
/// those words led to the speaker, through which earlier mention.
fn evidence(statement: &Statement, article: &Article) -> Html {
    let Some(evidence) = &statement.evidence else {
        return html! { <p class="review-evidence">{ "Added by an editor." }</p> };
    };
    html! {
        <div class="review-evidence">
            <p>{ format!("Found as {}.", found_as(&evidence.rule)) }</p>
            if evidence.cue.is_some() || statement.mention.is_some() {
                <p class="review-source">{ marked(&article.text, statement, evidence) }</p>
            }
            { speaker_link(evidence) }
        </div>
    }
}
