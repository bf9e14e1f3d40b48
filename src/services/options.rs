//! The launch options of the page as it was opened: its query string, and
//! the theme its reader last chose.

use crate::launch::{url_pairs, LaunchOptions, Theme};
use crate::services::theme::remembered_theme;

impl LaunchOptions {
    /// The options of the page as it was opened. The standalone page
    /// starts in the theme its reader last chose unless the link names one.
    pub fn from_location() -> LaunchOptions {
        let query = web_sys::window()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default();
        let mut options = LaunchOptions::from_query(&query);
        let names_theme = url_pairs(query.trim_start_matches('?'))
            .any(|(key, value)| key == "theme" && Theme::parse(&value).is_some());
        if !options.embed && !names_theme {
            options.theme = remembered_theme().unwrap_or(options.theme);
        }
        options
    }
}
