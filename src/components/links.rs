//! Links that are real links (they open in a new tab and can be copied) but
//! that, on a plain click, send an intent instead of reloading the route.

use yew::prelude::*;

use crate::route::Route;
use crate::state::Action;

/// The `href` of a route.
pub fn route_href(route: &Route) -> String {
    format!("#{}", route.to_hash())
}

/// A link to `route` that dispatches `intent()` on a plain click; a click
/// with a modifier key is left to the browser (new tab, new window).
pub fn intent_link(
    class: &'static str,
    route: &Route,
    text: String,
    on_action: &Callback<Action>,
    intent: impl Fn() -> Action + 'static,
) -> Html {
    let on_action = on_action.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        on_action.emit(intent());
    });
    html! { <a {class} href={route_href(route)} {onclick}>{ text }</a> }
}

/// A left click without modifier keys: one the page handles itself rather
/// than leaving to the browser.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
