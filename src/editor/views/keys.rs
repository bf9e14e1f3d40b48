//! The review keys: one letter each, as in a mail reader, so that an editor
//! reviews a twenty-statement article without the mouse.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, KeyboardEvent};

use crate::editor::state::Command;

/// The keys and what they do, for the page's key guide.
pub const GUIDE: [(&str, &str); 7] = [
    ("j / ↓", "next statement"),
    ("k / ↑", "previous statement"),
    ("n", "next to review, riskiest first"),
    ("a", "accept"),
    ("Delete", "delete"),
    ("u / Ctrl+Z", "undo"),
    ("r / Ctrl+Y", "redo"),
];

/// The command a key press asks for; none while the editor types in a
/// field, or with a modifier the command does not take.
pub fn command_of(event: &Event) -> Option<Command> {
    let key = event.dyn_ref::<KeyboardEvent>()?;
    if is_typing(event) || key.alt_key() || key.meta_key() {
        return None;
    }
    let control = key.ctrl_key();
    match (key.key().as_str(), control) {
        ("j" | "ArrowDown", false) => Some(Command::Next),
        ("k" | "ArrowUp", false) => Some(Command::Previous),
        ("n", false) => Some(Command::NextUnreviewed),
        ("a", false) => Some(Command::Accept),
        ("Delete", false) => Some(Command::Delete),
        ("u", false) | ("z", true) => Some(Command::Undo),
        ("r", false) | ("y" | "Z", true) => Some(Command::Redo),
        _ => None,
    }
}

/// Whether the key goes to a field the editor types in or a menu, which
/// keep their own keys.
fn is_typing(event: &Event) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}
