//! The one reducer that owns the app's state.

use std::rc::Rc;

use factline_core::{Day, StatementKind};
use yew::Reducible;

use crate::catalog::Catalog;
use crate::launch::{LaunchOptions, Theme};
use crate::route::{HistoryEntry, Route, View};
use crate::services::dataset::LoadError;
use crate::services::embed::{EmbedOption, EmbedOptions};

/// A shared value compared by identity, so that props holding a large
/// dataset compare in constant time.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Where the dataset is in its journey from the network to the page.
#[derive(Clone, PartialEq)]
pub enum Load {
    /// Just started: the page shows nothing yet, so that a dataset that
    /// arrives quickly paints once, with its content, instead of after a
    /// "Loading" page that must be laid out and painted first.
    Starting,
    /// Taking long enough to say so.
    Loading,
    Ready(Shared<Catalog>),
    Failed(LoadError),
}

#[derive(Clone, PartialEq)]
pub struct AppState {
    pub load: Load,
    pub route: Route,
    pub history: HistoryEntry,
    pub theme: Theme,
    /// Whether the filter panel is open on narrow screens.
    pub filters_open: bool,
    /// Whether the Embed disclosure is open; its live preview exists only then.
    pub embed_open: bool,
    /// What the Embed control's snippet and preview hide or fix.
    pub embed_options: EmbedOptions,
    /// A message for the polite live region, such as "Link copied".
    pub announcement: String,
}

impl AppState {
    /// The state a page starts in: the hash's route if it has one, else the
    /// launch options'.
    pub fn new(options: &LaunchOptions, hash: &str) -> AppState {
        let route = if hash.trim_start_matches('#').is_empty() {
            Route::from_options(options)
        } else {
            Route::from_hash(hash)
        };
        AppState {
            load: Load::Starting,
            route,
            history: HistoryEntry::Replace,
            theme: options.theme,
            filters_open: false,
            embed_open: false,
            embed_options: EmbedOptions::default(),
            announcement: String::new(),
        }
    }

    /// Typing goes into one history step: the first keystroke pushes, the
    /// rest rewrite it.
    fn history_of_typing(&self, query: &str) -> HistoryEntry {
        let typing = self.route.filters.query != query
            && !self.route.filters.query.is_empty()
            && self.history != HistoryEntry::Keep;
        if typing {
            HistoryEntry::Replace
        } else {
            HistoryEntry::Push
        }
    }

    /// Escape: closes the innermost open thing.
    fn dismiss(&mut self) {
        if self.filters_open {
            self.filters_open = false;
        } else if self.embed_open {
            self.embed_open = false;
        } else if self.route.view == View::Speakers && self.route.filters.speaker.is_some() {
            self.route.filters.speaker = None;
        } else {
            self.route.statement = None;
        }
    }
}

/// Everything that can change the state.
pub enum Action {
    Loaded(Catalog),
    Failed(LoadError),
    /// The dataset has not come in a moment: time to say it is loading.
    LoadIsSlow,
    /// The history moved to this route.
    Navigated(Route),
    ShowView(View),
    /// Selects a statement (by `ARTICLE/STATEMENT`) in the current view.
    SelectStatement(String),
    /// Selects a statement and shows it in a view.
    ShowStatement {
        statement: String,
        view: View,
    },
    /// Opens a speaker in the speakers view; this also filters the timeline.
    OpenSpeaker(String),
    SetSpeakerFilter(Option<String>),
    ShowArticle(String),
    SetQuery(String),
    ToggleKind(StatementKind),
    SetWithFigures(bool),
    SetFrom(Option<Day>),
    SetTo(Option<Day>),
    ClearFilters,
    SetTheme(Theme),
    ToggleFilterPanel,
    SetEmbedOpen(bool),
    ToggleEmbedOption(EmbedOption),
    /// Escape: closes the innermost open thing.
    Dismiss,
    Announce(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The notice that loading is slow matters only while nothing is shown;
        // after the dataset came it must not even re-render the page.
        if matches!(action, Action::LoadIsSlow) && self.load != Load::Starting {
            return self;
        }
        let mut next = (*self).clone();
        next.apply(action, &self);
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

impl AppState {
    /// Makes this state, a copy of `before`, the one after `action`.
    fn apply(&mut self, action: Action, before: &AppState) {
        // Most actions are a new step in the history; those that are not say so.
        self.history = HistoryEntry::Push;
        match action {
            Action::Loaded(catalog) => {
                self.load = Load::Ready(Shared(Rc::new(catalog)));
                self.history = HistoryEntry::Replace;
            }
            Action::Failed(error) => {
                self.load = Load::Failed(error);
                self.history = HistoryEntry::Replace;
            }
            Action::LoadIsSlow => {
                self.load = Load::Loading;
                self.history = HistoryEntry::Keep;
            }
            Action::Navigated(route) => {
                self.route = route;
                self.history = HistoryEntry::Keep;
            }
            Action::ShowView(view) => self.route.view = view,
            Action::ShowStatement { statement, view } => {
                self.route.statement = Some(statement);
                self.route.view = view;
            }
            Action::SelectStatement(statement) => self.route.statement = Some(statement),
            Action::OpenSpeaker(key) => {
                self.route.view = View::Speakers;
                self.route.filters.speaker = Some(key);
            }
            Action::SetSpeakerFilter(key) => self.route.filters.speaker = key,
            Action::ShowArticle(id) => {
                self.route.article = Some(id);
                self.route.statement = None;
            }
            Action::SetQuery(query) => {
                self.history = before.history_of_typing(&query);
                self.route.filters.query = query;
            }
            Action::ToggleKind(kind) => self.route.filters.toggle_kind(kind),
            Action::SetWithFigures(on) => self.route.filters.with_figures = on,
            Action::SetFrom(day) => self.route.filters.from = day,
            Action::SetTo(day) => self.route.filters.to = day,
            Action::ClearFilters => self.route.filters = Default::default(),
            Action::SetTheme(theme) => self.theme = theme,
            Action::ToggleFilterPanel => self.filters_open = !self.filters_open,
            Action::SetEmbedOpen(open) => self.embed_open = open,
            Action::ToggleEmbedOption(option) => self.embed_options.toggle(option),
            Action::Dismiss => self.dismiss(),
            Action::Announce(message) => self.announcement = message,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::{Action, AppState, Load};
    use crate::launch::LaunchOptions;
    use crate::route::HistoryEntry;
    use crate::route::View;
    use crate::services::dataset::LoadError;

    fn start(hash: &str) -> Rc<AppState> {
        Rc::new(AppState::new(&LaunchOptions::default(), hash))
    }

    #[test]
    fn the_hash_wins_over_launch_options() {
        let options = LaunchOptions::from_query("?view=figures&speaker=p2");
        assert_eq!(AppState::new(&options, "").route.view, View::Figures);
        let state = AppState::new(&options, "#view=source");
        assert_eq!(state.route.view, View::Source);
        assert_eq!(state.route.filters.speaker, None);
    }

    #[test]
    fn typing_a_search_is_one_history_step() {
        let state = start("").reduce(Action::SetQuery("b".to_string()));
        assert_eq!(state.history, HistoryEntry::Push);
        let state = state.reduce(Action::SetQuery("bo".to_string()));
        assert_eq!(state.history, HistoryEntry::Replace);
        let state = state.reduce(Action::ShowView(View::Figures));
        assert_eq!(state.history, HistoryEntry::Push);
    }

    #[test]
    fn loading_is_said_only_when_it_is_slow_and_not_after_a_result() {
        let state = start("");
        assert!(state.load == Load::Starting, "nothing is shown at first");
        let state = state.reduce(Action::LoadIsSlow);
        assert!(state.load == Load::Loading);
        let error = LoadError {
            url: "dataset.json".to_string(),
            problem: "the server answered 404 Not Found instead of the dataset".to_string(),
            location: None,
        };
        let failed = start("")
            .reduce(Action::Failed(error))
            .reduce(Action::LoadIsSlow);
        assert!(
            matches!(failed.load, Load::Failed(_)),
            "a late notice changes nothing"
        );
        let after = Rc::clone(&failed).reduce(Action::LoadIsSlow);
        assert!(Rc::ptr_eq(&failed, &after), "not even a re-render");
    }

    #[test]
    fn escape_closes_the_innermost_thing() {
        let state = start("#view=speakers&speaker=x&statement=a/s1")
            .reduce(Action::SetEmbedOpen(true))
            .reduce(Action::ToggleFilterPanel)
            .reduce(Action::Dismiss);
        assert!(!state.filters_open);
        assert!(state.embed_open);
        let state = state.reduce(Action::Dismiss);
        assert!(!state.embed_open);
        let state = state.reduce(Action::Dismiss);
        assert_eq!(state.route.filters.speaker, None);
        let state = state.reduce(Action::Dismiss);
        assert_eq!(state.route.statement, None);
    }
}
