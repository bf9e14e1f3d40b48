//! The article's speakers: rename one, fix its role, or merge two that are
//! the same person (the merged name becomes an alias).

use factline_core::{Article, Correction, Speaker};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::correcting;
use crate::editor::draft::review_label;

#[derive(Properties, PartialEq)]
pub struct SpeakersProps {
    pub article: std::rc::Rc<Article>,
    pub on_correct: Callback<Correction>,
}

fn value_of(event: &Event) -> Option<String> {
    let target = event.target()?;
    let value = match target.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.value(),
        None => target.dyn_into::<HtmlSelectElement>().ok()?.value(),
    };
    Some(value.trim().to_string())
}

#[component]
pub fn Speakers(props: &SpeakersProps) -> Html {
    let article = &props.article;
    // The rows, each with a menu of every other speaker, exist only while the
    // list is open: a long article's hundreds of speakers would otherwise
    // make every render slow.
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            open.set(details.is_some_and(|details| details.open()));
        })
    };
    html! {
        <details class="editor-speakers" ontoggle={on_toggle}>
            <summary>{ format!("Speakers ({})", article.speakers.len()) }</summary>
            if *open {
                <ul>
                    { for article.speakers.iter().map(|speaker| row(article, speaker, &props.on_correct)) }
                </ul>
            }
        </details>
    }
}

/// One speaker's name, role and merge menu; each change is one correction,
/// made when the field is left.
fn row(article: &Article, speaker: &Speaker, on_correct: &Callback<Correction>) -> Html {
    let said = article
        .statements
        .iter()
        .filter(|statement| statement.speaker.as_deref() == Some(speaker.id.as_str()))
        .count();
    let [on_name, on_role, on_merge] = field_corrections(&speaker.name, on_correct);
    let accept = {
        let correction = Correction::AcceptSpeaker {
            name: speaker.name.clone(),
        };
        on_correct.reform(move |_: MouseEvent| correction.clone())
    };
    let ids = ["name", "role", "merge"].map(|part| format!("speaker-{part}-{}", speaker.id));
    html! {
        <li class="editor-speaker">
            <h3>{ &speaker.name }</h3>
            <p class="speaker-review">
                <span class="review-state">{ review_label(speaker.review) }</span>
                <button type="button" onclick={accept}>{ "Accept" }</button>
            </p>
            <label for={ids[0].clone()}>{ "Name" }</label>
            <input id={ids[0].clone()} type="text" value={speaker.name.clone()} onchange={on_name} />
            <label for={ids[1].clone()}>{ "Role" }</label>
            <input id={ids[1].clone()} type="text" value={speaker.role.clone().unwrap_or_default()} onchange={on_role} />
            <label for={ids[2].clone()}>{ "Same as" }</label>
            <select id={ids[2].clone()} onchange={on_merge}>
                <option value="" selected=true>{ "No one else" }</option>
                { for article.speakers.iter().filter(|other| other.id != speaker.id).map(|other| html! {
                    <option value={other.name.clone()}>{ &other.name }</option>
                }) }
            </select>
            <p class="speaker-said">{ if said == 1 { "1 statement".to_string() } else { format!("{said} statements") } }
                if !speaker.aliases.is_empty() { { format!("; also called {}", speaker.aliases.join(", ")) } }
            </p>
        </li>
    }
}

/// What a speaker's fields correct when left: its name, its role, and whom
/// it is the same as. An empty or unchanged field corrects nothing.
fn field_corrections(name: &str, on_correct: &Callback<Correction>) -> [Callback<Event>; 3] {
    let name = name.to_string();
    let on_name = {
        let name = name.clone();
        correcting(on_correct, move |event| {
            let to = value_of(event).filter(|to| !to.is_empty() && *to != name)?;
            Some(Correction::RenameSpeaker {
                name: name.clone(),
                to,
                role: None,
            })
        })
    };
    let on_role = {
        let name = name.clone();
        correcting(on_correct, move |event| {
            let role = value_of(event).filter(|role| !role.is_empty())?;
            Some(Correction::RenameSpeaker {
                name: name.clone(),
                to: name.clone(),
                role: Some(role),
            })
        })
    };
    let on_merge = correcting(on_correct, move |event| {
        let into = value_of(event).filter(|into| !into.is_empty())?;
        Some(Correction::MergeSpeakers {
            name: name.clone(),
            into,
        })
    });
    [on_name, on_role, on_merge]
}
