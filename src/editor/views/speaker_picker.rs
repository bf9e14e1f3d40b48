//! Who said a statement: one of the article's speakers, a new one, or no one.

use factline_core::{Anchor, Correction, Speaker, SpeakerKind, SpeakerRef};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The menu's value for "New speaker…"; speaker ids never start with a space.
const NEW: &str = " new";

#[derive(Properties, PartialEq)]
pub struct SpeakerPickerProps {
    /// The statement's id, for the controls' ids.
    pub id: String,
    pub at: Anchor,
    pub speakers: Vec<Speaker>,
    pub current: Option<String>,
    pub on_correct: Callback<Correction>,
}

fn speaker_ref(speaker: &Speaker) -> SpeakerRef {
    SpeakerRef {
        name: speaker.name.clone(),
        role: speaker.role.clone(),
        kind: speaker.kind,
    }
}

fn selected(event: &Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlSelectElement>().ok())
        .map(|select| select.value())
        .unwrap_or_default()
}

#[component]
pub fn SpeakerPicker(props: &SpeakerPickerProps) -> Html {
    let creating = use_state(|| false);
    let on_change = {
        let (creating, at, speakers) = (creating.clone(), props.at.clone(), props.speakers.clone());
        let on_correct = props.on_correct.clone();
        Callback::from(move |event: Event| {
            let value = selected(&event);
            creating.set(value == NEW);
            if value == NEW {
                return;
            }
            let speaker = speakers.iter().find(|s| s.id == value).map(speaker_ref);
            on_correct.emit(Correction::SetSpeaker {
                at: at.clone(),
                speaker,
            });
        })
    };
    let menu_id = format!("speaker-{}", props.id);
    let current = props.current.clone().unwrap_or_default();
    html! {
        <div class="speaker-picker">
            <label for={menu_id.clone()}>{ "Speaker" }</label>
            <select id={menu_id} onchange={on_change}>
                <option value="" selected={current.is_empty() && !*creating}>{ "No speaker" }</option>
                { for props.speakers.iter().map(|speaker| {
                    let label = match &speaker.role {
                        Some(role) => format!("{} ({role})", speaker.name),
                        None => speaker.name.clone(),
                    };
                    html! { <option value={speaker.id.clone()} selected={speaker.id == current && !*creating}>{ label }</option> }
                }) }
                <option value={NEW} selected={*creating}>{ "New speaker…" }</option>
            </select>
            if *creating {
                <NewSpeaker id={props.id.clone()} at={props.at.clone()} on_correct={props.on_correct.clone()} on_done={Callback::from(move |()| creating.set(false))} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NewSpeakerProps {
    id: String,
    at: Anchor,
    on_correct: Callback<Correction>,
    on_done: Callback<()>,
}

const KINDS: [(SpeakerKind, &str); 4] = [
    (SpeakerKind::Person, "Person"),
    (SpeakerKind::Organization, "Organisation"),
    (SpeakerKind::Group, "Group"),
    (SpeakerKind::Anonymous, "Anonymous source"),
];

fn input_value(id: &str) -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value().trim().to_string())
        .unwrap_or_default()
}

/// The fields of a speaker the engine did not find.
#[component]
fn NewSpeaker(props: &NewSpeakerProps) -> Html {
    let kind = use_state(|| SpeakerKind::Person);
    let ids = ["name", "role", "kind"].map(|part| format!("new-speaker-{part}-{}", props.id));
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| {
            let value = selected(&event);
            if let Some((chosen, _)) = KINDS.iter().find(|(_, label)| *label == value) {
                kind.set(*chosen);
            }
        })
    };
    let on_add = {
        let (ids, at, kind) = (ids.clone(), props.at.clone(), *kind);
        let (on_correct, on_done) = (props.on_correct.clone(), props.on_done.clone());
        Callback::from(move |_| {
            let name = input_value(&ids[0]);
            if name.is_empty() {
                return;
            }
            let role = Some(input_value(&ids[1])).filter(|role| !role.is_empty());
            let speaker = Some(SpeakerRef { name, role, kind });
            on_correct.emit(Correction::SetSpeaker {
                at: at.clone(),
                speaker,
            });
            on_done.emit(());
        })
    };
    html! {
        <div class="new-speaker" role="group" aria-label="New speaker">
            <label for={ids[0].clone()}>{ "Name" }</label>
            <input id={ids[0].clone()} type="text" required=true />
            <label for={ids[1].clone()}>{ "Role (optional)" }</label>
            <input id={ids[1].clone()} type="text" />
            <label for={ids[2].clone()}>{ "Kind" }</label>
            <select id={ids[2].clone()} onchange={on_kind}>
                { for KINDS.iter().map(|(value, label)| html! { <option selected={*value == *kind}>{ *label }</option> }) }
            </select>
            <button type="button" onclick={on_add}>{ "Add speaker" }</button>
        </div>
    }
}
