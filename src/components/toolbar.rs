//! The views' navigation and the theme control.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::links::intent_link;
use crate::launch::Theme;
use crate::route::{Route, View};

/// The toolbar for the current `route`, whose selection and filters the view
/// links keep. A plain function rather than a component: it changes with
/// every route anyway, and each component costs the app's code size.
pub fn toolbar(
    route: &Route,
    current_theme: Theme,
    on_view: &Callback<View>,
    on_theme: &Callback<Theme>,
) -> Html {
    let views = View::ALL.into_iter().map(|view| {
        let current = route.view == view;
        let link = Route {
            view,
            ..route.clone()
        };
        html! {
            <li class={classes!(current.then_some("is-current"))} aria-current={current.then_some("page")}>
                { intent_link("view-link", &link, view.title().to_string(), on_view, view) }
            </li>
        }
    });
    let on_theme = on_theme.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        Theme::parse(&value).unwrap_or_default()
    });
    let themes = [Theme::Auto, Theme::Light, Theme::Dark].map(|theme| {
        let label = match theme {
            Theme::Auto => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        };
        html! { <option value={theme.as_str()} selected={theme == current_theme}>{ label }</option> }
    });
    html! {
        // A named section is a landmark, so the theme control is in one too.
        <section class="toolbar" aria-label="Controls">
            <nav aria-label="Views">
                <ul class="views">{ for views }</ul>
            </nav>
            <label class="theme-control">
                <span>{ "Theme" }</span>
                <select id="theme" onchange={on_theme}>{ for themes }</select>
            </label>
        </section>
    }
}
