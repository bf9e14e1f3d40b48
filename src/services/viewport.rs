//! Where a long list is on screen, what its rendered rows measure, and
//! scrolling a row into view: what the windowed timeline needs from the DOM.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
pub use web_sys::ScrollLogicalPosition;
use web_sys::{
    Element, HtmlElement, ScrollBehavior, ScrollIntoViewContainer, ScrollIntoViewOptions,
};
use yew::prelude::*;

use crate::services::embed::{in_frame, scroll_host_to};
use crate::services::events::Listener;

/// The part of a list in view, in the list's own coordinates (0 is its top).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub top: f64,
    pub bottom: f64,
}

/// Steps the viewport moves in, so that scrolling re-renders the list a few
/// times per screen rather than on every pixel.
const STEP: f64 = 64.0;

fn measure_viewport(list: &NodeRef) -> Option<Viewport> {
    let element = list.cast::<Element>()?;
    let window = web_sys::window()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let rect = element.get_bounding_client_rect();
    // The part of the list in view, in the list's own coordinates: between
    // the window's top and bottom and, when the list scrolls inside its own
    // box (as in an embed), within that box, shifted by how far it scrolled.
    let scrolled = f64::from(element.scroll_top());
    let top = scrolled + (-rect.top()).max(0.0);
    let bottom = scrolled + height.min(rect.bottom()) - rect.top();
    Some(Viewport {
        top: (top / STEP).floor() * STEP,
        bottom: ((bottom / STEP).ceil() + 1.0) * STEP,
    })
}

/// The viewport over the list behind `list`, kept up to date as the page
/// scrolls and resizes while `follow` is on, and a callback that measures it
/// again at once (after scrolling a row into view, so that no render in
/// between works from where the list was). A list short enough to render
/// whole does not follow: measuring would force a layout in the middle of
/// the first paint and render the list twice, for nothing.
#[hook]
pub fn use_viewport(list: NodeRef, follow: bool) -> (Viewport, Callback<()>) {
    let viewport = use_state_eq(|| Viewport {
        top: 0.0,
        bottom: 1200.0,
    });
    let update = {
        let viewport = viewport.clone();
        let list = list.clone();
        Callback::from(move |()| {
            if let Some(now) = measure_viewport(&list) {
                viewport.set(now);
            }
        })
    };
    {
        let update = update.clone();
        use_effect_with((list, follow), move |(_, follow)| {
            // In the capture phase, the window hears the page's scrolling
            // and the list's own, when it scrolls in a box of its own.
            let listener = follow.then(|| {
                update.emit(());
                web_sys::window().map(|window| {
                    Listener::capturing(&window, &["scroll", "resize"], move |_| update.emit(()))
                })
            });
            move || drop(listener)
        });
    }
    (*viewport, update)
}

/// The shortest a row of the timeline is, in CSS pixels, at any width: a
/// day's heading is about 50 and the shortest card about 100, so rows this
/// short are more than any window shows.
#[cfg(target_arch = "wasm32")]
const SHORTEST_ROW: f64 = 80.0;

/// How many rows a list's first render draws, when it draws only what can
/// fill the window: as many as would, were every row as short as
/// [`SHORTEST_ROW`]. Drawing no more lets the first paint come as soon as
/// the top of the list is ready, at every length of list; the rest comes
/// in a render after that paint ([`after_next_paint`]).
///
/// `None` where the list renders whole at once: in a frame, whose host
/// sizes it to its content and would otherwise resize it twice; and where
/// the build-time picture was shown, which the app replaces with its page
/// in one render, wherever the reader has scrolled it meanwhile.
#[cfg(target_arch = "wasm32")]
pub fn first_screen_rows() -> Option<usize> {
    if in_frame() || crate::services::prerender::picture_shown() {
        return None;
    }
    let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
    Some((height / SHORTEST_ROW).ceil() as usize)
}

/// The build-time page (`src/prerender.rs`) renders lists whole: it has no
/// window, and readers without scripts see only what it holds.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_screen_rows() -> Option<usize> {
    None
}

/// Runs `then` once the browser has painted what is rendered now: in a task
/// queued after the next animation frame, which runs once that frame is
/// drawn. (A promise the frame resolves, rather than a closure of its own,
/// so that it takes no more of the page's wasm than the futures it has.)
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        // Asking for a frame fails only in a document without a window.
        let _ = window.request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(frame).await;
        TimeoutFuture::new(0).await;
        then();
    });
}

/// Whether the browser has painted since `shown` was first true: what would
/// hold back the first paint of a view, and can come a frame later, waits
/// for this.
#[hook]
pub fn use_painted_since(shown: bool) -> bool {
    let painted = use_mut_ref(|| false);
    let force_update = use_force_update();
    {
        let painted = painted.clone();
        use_effect_with(shown, move |&shown| {
            if shown {
                after_next_paint(move || {
                    *painted.borrow_mut() = true;
                    force_update.force_update();
                });
            }
        });
    }
    let painted = *painted.borrow();
    painted
}

/// The height of every rendered row in the list, by its `data-row` key.
pub fn measure_rows(list: &NodeRef) -> Vec<(String, f64)> {
    let Some(element) = list.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(rows) = element.query_selector_all("[data-row]") else {
        return Vec::new();
    };
    (0..rows.length())
        .filter_map(|index| rows.item(index)?.dyn_into::<Element>().ok())
        .filter_map(|row| {
            let key = row.get_attribute("data-row")?;
            Some((key, row.get_bounding_client_rect().height()))
        })
        .collect()
}

/// Scrolls the element with this id into view, placed at `position` of
/// the view (`Nearest` moves as little as needed), in the page and, in an
/// embed, in the host page; `false` when it is not in the page. Motion
/// follows the stylesheet's `scroll-behavior`, which respects
/// `prefers-reduced-motion`, unless `instant`: a smooth scroll across a
/// windowed list would render every row on the way. It scrolls only: focus
/// stays where the reader has it, so a screen reader is not moved.
pub fn reveal(id: &str, position: ScrollLogicalPosition, instant: bool) -> bool {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
    else {
        return false;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    // In a frame, Chromium would scroll the host page too, even for the
    // view an embed opens with, pulling the host page to the frame on load:
    // only the frame's own boxes scroll, and the host is asked when the
    // reader chose something.
    if in_frame() {
        options.set_container(ScrollIntoViewContainer::Nearest);
    }
    if instant {
        options.set_behavior(ScrollBehavior::Instant);
    }
    element.scroll_into_view_with_scroll_into_view_options(&options);
    scroll_host_to(element.get_bounding_client_rect().top());
    true
}

/// Moves keyboard focus to the element with this id, if it is in the page,
/// without scrolling it: the caller has placed it already.
pub fn focus_by_id(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        // Focus fails only on elements that cannot take it; the heading can.
        let _ = element.focus_with_options(&options);
    }
}

/// Moves keyboard focus from `current` to the `step`-th next element that
/// matches `selector` inside `container` (negative steps go back).
pub fn focus_adjacent(container: &Element, current: &Element, selector: &str, step: isize) -> bool {
    let Ok(items) = container.query_selector_all(selector) else {
        return false;
    };
    let items: Vec<HtmlElement> = (0..items.length())
        .filter_map(|index| items.item(index)?.dyn_into::<HtmlElement>().ok())
        .collect();
    let Some(at) = items
        .iter()
        .position(|item| item.is_same_node(Some(current)))
    else {
        return false;
    };
    let Some(next) = at.checked_add_signed(step).and_then(|next| items.get(next)) else {
        return false;
    };
    next.focus().is_ok()
}
