//! Links that are real links (they open in a new tab and can be copied) but
//! that, on a plain click, send an intent instead of reloading the route.

use yew::prelude::*;

use crate::route::Route;

/// The `href` of a route.
pub fn route_href(route: &Route) -> String {
    format!("#{}", route.to_hash())
}

/// A link to `route` that sends `request` to `on_click` on a plain click; a
/// click with a modifier key is left to the browser (new tab, new window).
pub fn intent_link<T: Clone + 'static>(
    class: &'static str,
    route: &Route,
    text: String,
    on_click: &Callback<T>,
    request: T,
) -> Html {
    let on_click = on_click.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        on_click.emit(request.clone());
    });
    html! { <a {class} href={route_href(route)} {onclick}>{ text }</a> }
}

/// A left click without modifier keys: one the page handles itself rather
/// than leaving to the browser.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
