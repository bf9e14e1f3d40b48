//! The root component: owns the reducer and wires services to views.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use yew::prelude::*;

use crate::catalog::Catalog;
use crate::components::embed_control::{embed_control, EmbedControl};
use crate::components::error_panel::error_panel;
use crate::components::figures::Figures;
use crate::components::filter_bar::{filter_bar, FilterBar};
use crate::components::intents::Intents;
use crate::components::source_text::SourceText;
use crate::components::speakers::Speakers;
use crate::components::timeline::Timeline;
use crate::components::toolbar::toolbar;
use crate::filters::Filters;
use crate::launch::LaunchOptions;
use crate::route::{Route, View};
use crate::services::clipboard::copy_text;
use crate::services::dataset::fetch_catalog;
use crate::services::embed::{full_page_url, host_link};
use crate::services::history::{current_hash, link_with_hash, use_history_listener, write_hash};
use crate::services::keyboard::use_escape_key;
use crate::services::prerender::{prerender_on_screen, remove_prerender};
use crate::services::theme::use_theme;
use crate::services::viewport::{reveal, use_painted_since, ScrollLogicalPosition};
use crate::state::{Action, AppState, Load, Shared};

/// How long the page waits for the dataset before it says it is loading.
const SLOW_LOAD_MS: u32 = 400;

/// How long an announcement ("Link copied") stays on screen.
const ANNOUNCEMENT_MS: u32 = 3_000;

#[component]
pub fn App() -> Html {
    let options = use_memo((), |_| LaunchOptions::from_location());
    let state = {
        let options = options.clone();
        use_reducer(move || AppState::new(&options, &current_hash()))
    };
    use_page_services(&state, &options);
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let catalog = match &state.load {
        Load::Ready(catalog) => Some(catalog.clone()),
        _ => None,
    };
    let painted = use_painted_since(catalog.is_some());
    let matching = use_matching(catalog, state.route.filters.clone());

    // While the build-time picture is on screen, a slow dataset needs no
    // loading notice: the page shows it already.
    let waiting = match state.load {
        Load::Starting => true,
        Load::Loading => prerender_on_screen(),
        Load::Failed(_) | Load::Ready(_) => false,
    };
    if waiting {
        return Html::default();
    }
    // The app has a page to show: the picture goes in this render, which
    // attaches the app's page in the same scheduler run (Yew does not yield
    // while renders are pending) and before any view's effect, so the reader
    // never sees both or neither, and no effect finds the picture's copy of
    // an element.
    remove_prerender();
    let body = match &state.load {
        Load::Starting | Load::Loading => html! {
            <p class="status" role="status">{ "Loading the dataset…" }</p>
        },
        Load::Failed(error) => error_panel(error),
        Load::Ready(catalog) => view(
            &state,
            catalog,
            &matching,
            painted,
            &on_action,
            &Intents::new(&on_action, copy_link(state.dispatcher())),
        ),
    };
    page(&Frame::new(&state, &options, &on_action), body)
}

/// What keeps the page in step with the world outside it: the theme, the
/// dataset, the address's hash, the Escape key, and the phone's filters.
#[hook]
fn use_page_services(state: &UseReducerHandle<AppState>, options: &LaunchOptions) {
    // The standalone page remembers the reader's theme; an embed follows
    // its host's `?theme=` or the system.
    use_theme(state.theme, !options.embed);
    use_dataset(state.dispatcher(), options.data.clone());
    use_route_in_hash(state);
    let dispatcher = state.dispatcher();
    use_escape_key(Callback::from(move |()| {
        dispatcher.dispatch(Action::Dismiss)
    }));
    // The filters a phone reader opens unfold below their button, perhaps
    // past the screen's edge: they come into view.
    use_effect_with(state.filters_open, |&open| {
        if open {
            reveal("filter-more", ScrollLogicalPosition::Nearest, false);
        }
    });
}

/// Loads the dataset at `url` (the bundled one for `None`) into the state,
/// and says it is loading only when it is slow to come.
#[hook]
fn use_dataset(dispatcher: UseReducerDispatcher<AppState>, url: Option<String>) {
    use_effect_with(url, move |url| {
        let url = url.clone();
        let slow = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            dispatcher.dispatch(match fetch_catalog(url.as_deref()).await {
                Ok(catalog) => Action::Loaded(catalog),
                Err(error) => Action::Failed(error),
            });
        });
        let notice = Timeout::new(SLOW_LOAD_MS, move || slow.dispatch(Action::LoadIsSlow));
        move || drop(notice)
    });
}

/// The route lives in the URL hash: every change is written there, and
/// Back, Forward and edited hashes come back as routes.
#[hook]
fn use_route_in_hash(state: &UseReducerHandle<AppState>) {
    let entry = state.history;
    use_effect_with(state.route.clone(), move |route| {
        write_hash(&route.to_hash(), entry)
    });
    let dispatcher = state.dispatcher();
    use_history_listener(Callback::from(move |hash: String| {
        dispatcher.dispatch(Action::Navigated(Route::from_hash(&hash)))
    }));
}

/// The catalog's entries that match `filters`. While a search is typed,
/// each keystroke only narrows the last keystroke's matches, so it looks at
/// those rather than at everything.
#[hook]
fn use_matching(catalog: Option<Shared<Catalog>>, filters: Filters) -> Shared<Vec<usize>> {
    let last_matching = use_mut_ref(|| None::<(Shared<Catalog>, Filters, Shared<Vec<usize>>)>);
    let matching = use_memo((catalog, filters), move |(catalog, filters)| {
        let Some(catalog) = catalog else {
            return Shared(Rc::new(Vec::new()));
        };
        let matching = match &*last_matching.borrow() {
            Some((searched, previous, matches))
                if searched == catalog && filters.narrows(previous) =>
            {
                catalog.matching_among(filters, matches.iter().copied())
            }
            _ => catalog.matching(filters),
        };
        let matching = Shared(Rc::new(matching));
        *last_matching.borrow_mut() = Some((catalog.clone(), filters.clone(), matching.clone()));
        matching
    });
    (*matching).clone()
}

/// Copies a link to a statement and says so. In an embed, the link leads to
/// the host's article when its host script said where that is, and to the
/// full page otherwise (never to the bare embed).
fn copy_link(dispatcher: UseReducerDispatcher<AppState>) -> Callback<String> {
    Callback::from(move |statement: String| {
        let link = host_link(&statement).unwrap_or_else(|| {
            full_page_url(&link_with_hash(&Route::for_statement(statement).to_hash()))
        });
        copy_and_announce(dispatcher.clone(), link, "Link");
    })
}

/// What surrounds the current view: the page's header, its controls and its
/// live region.
pub(crate) struct Frame<'a> {
    pub state: &'a AppState,
    pub embed: bool,
    /// What the page's address hides (`LaunchOptions::hide`).
    pub hide: Option<&'a str>,
    /// The address of the current view, hash included.
    pub page_url: String,
    pub on_action: &'a Callback<Action>,
    pub on_copy_embed: Callback<String>,
    pub on_toggle_embed: Callback<bool>,
}

impl<'a> Frame<'a> {
    fn new(
        state: &'a UseReducerHandle<AppState>,
        options: &'a LaunchOptions,
        on_action: &'a Callback<Action>,
    ) -> Self {
        let dispatcher = state.dispatcher();
        Frame {
            state,
            embed: options.embed,
            hide: options.hide.as_deref(),
            page_url: link_with_hash(&state.route.to_hash()),
            on_action,
            on_copy_embed: Callback::from(move |snippet: String| {
                copy_and_announce(dispatcher.clone(), snippet, "Embed code")
            }),
            on_toggle_embed: on_action.reform(Action::SetEmbedOpen),
        }
    }
}

/// The editor's address for a page at `page_url`: its query, which names
/// the dataset the page shows when it is not the bundled one.
fn editor_url(page_url: &str) -> String {
    let address = page_url.split('#').next().unwrap_or_default();
    let query = address
        .find('?')
        .and_then(|at| address.get(at..))
        .unwrap_or_default();
    format!("editor.html{query}")
}

/// The whole page around `body`. A function of its arguments alone, so that
/// the build-time prerender renders exactly what the app renders.
pub(crate) fn page(frame: &Frame, body: Html) -> Html {
    let state = frame.state;
    html! {
        <div class={classes!("app", frame.embed.then_some("is-embed"))} data-hide={frame.hide.map(str::to_string)}>
            if frame.embed {
                // A banner landmark, so that everything on the page is in one.
                <header class="embed-head">
                    <h1 class="visually-hidden">{ "factline" }</h1>
                    // Links that leave an embed open a new tab, so the host page stays.
                    <a class="open-full" href={full_page_url(&frame.page_url)}
                        target="_blank" rel="noopener">{ "Open in factline ↗" }</a>
                </header>
            } else {
                <header class="masthead">
                    <h1>{ "factline" }</h1>
                    <p class="tagline">{ "Who said what, with which numbers, when." }</p>
                    // The editor, where a newsroom reviews its own articles; never in an
                    // embed. It opens the dataset this page shows from `?data=`.
                    <a class="edit-link" href={editor_url(&frame.page_url)}>{ "Edit" }</a>
                    { embed_control(EmbedControl {
                        page_url: &frame.page_url,
                        theme: state.theme,
                        options: state.embed_options,
                        on_option: &frame.on_action.reform(Action::ToggleEmbedOption),
                        on_copy: &frame.on_copy_embed,
                        open: state.embed_open,
                        on_toggle: &frame.on_toggle_embed,
                    }) }
                </header>
            }
            { toolbar(
                &state.route,
                state.theme,
                &frame.on_action.reform(Action::ShowView),
                &frame.on_action.reform(Action::SetTheme),
            ) }
            <main id="main">{ body }</main>
            <div class="announcement" role="status" aria-live="polite">{ &state.announcement }</div>
        </div>
    }
}

/// Copies `text` and tells screen readers (and everyone, through the status
/// line) whether it worked; `what` names the text: "Link", "Embed code".
fn copy_and_announce(dispatcher: UseReducerDispatcher<AppState>, text: String, what: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        let message = if copy_text(&text).await {
            format!("{what} copied")
        } else {
            format!("{what} could not be copied: {text}")
        };
        dispatcher.dispatch(Action::Announce(message));
        // The message shows on screen too, for a moment.
        TimeoutFuture::new(ANNOUNCEMENT_MS).await;
        dispatcher.dispatch(Action::Announce(String::new()));
    });
}

/// The current view over a loaded catalog. The filter bar edits the
/// route's filters, each of its controls one of the reducer's filter
/// actions, so it takes the dispatcher; the views take the reader's
/// `Intents` and the narrow callbacks they need.
pub(crate) fn view(
    state: &AppState,
    catalog: &Shared<Catalog>,
    matching: &Shared<Vec<usize>>,
    painted: bool,
    on_action: &Callback<Action>,
    intents: &Intents,
) -> Html {
    let route = &state.route;
    let selected = route
        .statement
        .as_deref()
        .and_then(|reference| catalog.find_statement(reference));
    match route.view {
        View::Timeline => html! {
            <>
                { filter_bar(FilterBar {
                    catalog,
                    filters: &route.filters,
                    matching: matching.len(),
                    open: state.filters_open,
                    painted,
                    on_action,
                }) }
                <Timeline
                    catalog={catalog.clone()}
                    entries={matching.clone()}
                    {selected}
                    intents={intents.clone()}
                />
            </>
        },
        View::Speakers => html! {
            <Speakers
                catalog={catalog.clone()}
                selected={route.filters.speaker.clone()}
                selected_statement={selected}
                intents={intents.clone()}
                on_close={on_action.reform(|()| Action::SetSpeakerFilter(None))}
            />
        },
        View::Figures => {
            html! { <Figures catalog={catalog.clone()} on_show={intents.show.clone()} /> }
        }
        View::Source => source_view(route, catalog, selected, intents, on_action),
    }
}

/// The source view: the selected statement's article with the statement
/// marked, else the route's article, else the first.
fn source_view(
    route: &Route,
    catalog: &Shared<Catalog>,
    selected: Option<usize>,
    intents: &Intents,
    on_action: &Callback<Action>,
) -> Html {
    let articles = &catalog.dataset.articles;
    let article = selected
        .map(|entry| catalog.entries[entry].article)
        .or_else(|| {
            let id = route.article.as_deref()?;
            articles.iter().position(|article| article.id == id)
        })
        .unwrap_or_default();
    let statement = selected
        .map(|entry| &catalog.entries[entry])
        .filter(|entry| entry.article == article)
        .map(|entry| entry.statement);
    html! {
        <SourceText
            catalog={catalog.clone()}
            {article}
            selected={statement}
            intents={intents.clone()}
            on_show_article={on_action.reform(Action::ShowArticle)}
        />
    }
}
