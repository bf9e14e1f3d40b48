//! Long strings cut for display.
//!
//! A dataset may hold a title, a name or a quote of megabytes, by mistake or
//! on purpose: laying out a 10 MB title in every card froze the page for half
//! a minute. Cards and lists show the start of such a text; the article's own
//! page (Source text) and the speaker's panel keep the whole of it one
//! disclosure away.

use std::borrow::Cow;

use yew::prelude::*;

/// Titles, names and roles longer than this many characters are cut.
pub const LABEL: usize = 300;

/// The words of a statement longer than this many characters are cut; the
/// card's "In the text" shows them whole.
pub const WORDS: usize = 5000;

/// `text` if it has at most `limit` characters, otherwise its first `limit`
/// characters and an ellipsis.
pub fn clipped(text: &str, limit: usize) -> Cow<'_, str> {
    match text.char_indices().nth(limit) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!("{}…", text.get(..end).unwrap_or(text))),
    }
}

/// When `text` is longer than [`LABEL`], the whole of it in a closed
/// disclosure named `what` ("The whole title"), which the browser does not
/// lay out until it is opened; otherwise nothing.
pub fn whole_text(text: &str, what: &'static str) -> Html {
    if text.chars().nth(LABEL).is_none() {
        return Html::default();
    }
    html! {
        <details class="whole-text">
            <summary>{ what }</summary>
            { text }
        </details>
    }
}

/// Whether `haystack` has `needle` in it, as `str::contains` says. The
/// standard library's substring search, with the panic messages it brings,
/// cost the page's wasm about 1 KB gzipped; searching a card's words for a
/// query typed by a reader needs no more than this.
pub fn contains(haystack: &str, needle: &str) -> bool {
    needle.is_empty()
        || haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window == needle.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{clipped, contains};

    #[test]
    fn cuts_only_what_is_longer_than_the_limit_on_character_boundaries() {
        assert_eq!(clipped("Mayor Doe", 9), "Mayor Doe");
        assert_eq!(clipped("Mayor Doe", 5), "Mayor…");
        assert_eq!(clipped("ééé", 2), "éé…");
        assert_eq!(clipped("", 0), "");
    }

    #[test]
    fn contains_agrees_with_the_standard_library() {
        let cases = [
            ("mayor said", "said"),
            ("mayor said", "mayor said"),
            ("mayor said", "mayor said."),
            ("mayor", ""),
            ("", ""),
            ("", "a"),
            ("said", "aid "),
            ("café ohne", "é o"),
            ("ééé", "éé"),
        ];
        for (haystack, needle) in cases {
            assert_eq!(
                contains(haystack, needle),
                haystack.contains(needle),
                "{needle} in {haystack}"
            );
        }
    }
}
