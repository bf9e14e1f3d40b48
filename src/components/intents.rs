//! What a reader can ask for from any view, as narrow callbacks over the one
//! reducer: views get these and the data they draw, not the reducer's whole
//! `Action` vocabulary (yew's `function_todomvc` shape).

use yew::prelude::*;

use crate::route::View;
use crate::state::Action;

/// The reader's requests about statements, speakers and views.
#[derive(Clone, PartialEq)]
pub struct Intents {
    /// Selects a statement, by its `ARTICLE/ID`, where it is shown.
    pub select: Callback<String>,
    /// Shows a statement on a view: its passage in the source text, its card
    /// on the timeline.
    pub show: Callback<(String, View)>,
    /// Opens a speaker's panel, by the speaker's key.
    pub open_speaker: Callback<String>,
    /// Shows a view as it is.
    pub show_view: Callback<View>,
    /// Copies a link to a statement.
    pub copy_link: Callback<String>,
}

impl Intents {
    /// The requests as actions for `dispatch`, and links copied by `copy_link`.
    pub fn new(dispatch: &Callback<Action>, copy_link: Callback<String>) -> Intents {
        Intents {
            select: dispatch.reform(Action::SelectStatement),
            show: dispatch.reform(|(statement, view)| Action::ShowStatement { statement, view }),
            open_speaker: dispatch.reform(Action::OpenSpeaker),
            show_view: dispatch.reform(Action::ShowView),
            copy_link,
        }
    }
}
