//! Options given in the page's query string, for embedding and sharing:
//! `?embed=1&theme=dark&hide=theme+filters&data=https://…/dataset.json&view=speakers&statement=ID&speaker=ID`.
//!
//! They set how the page starts; the URL hash then holds the live state.
//! This module only reads them from text; `services/options.rs` reads the
//! page's address and the reader's remembered theme.

/// The file of the dataset shipped with the app, shown when the link names no
/// other and the page does not carry it inside.
pub const BUNDLED_DATASET: &str = "dataset.json";

/// The colour theme the reader asked for; `Auto` follows the system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the page was asked to start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaunchOptions {
    /// Compact layout without page chrome, for iframes.
    pub embed: bool,
    pub theme: Theme,
    /// What an embed's producer hid from its readers, words the stylesheet
    /// reads: `theme` (the theme switch), `filters` (all but the search).
    pub hide: Option<String>,
    /// The dataset's URL, relative to the page or absolute; `None` for the
    /// bundled dataset, which the page carries inside it.
    pub data: Option<String>,
    /// The view to open: "timeline", "speakers", "figures" or "source".
    pub view: Option<String>,
    /// A statement to select at start, as `ARTICLE/STATEMENT` ids or a statement id.
    pub statement: Option<String>,
    /// A speaker to select at start.
    pub speaker: Option<String>,
}

impl Default for LaunchOptions {
    fn default() -> Self {
        LaunchOptions {
            embed: false,
            theme: Theme::Auto,
            hide: None,
            data: None,
            view: None,
            statement: None,
            speaker: None,
        }
    }
}

impl LaunchOptions {
    /// Reads the options from a query string such as `?embed=1&theme=dark`.
    /// Unknown keys and malformed values are ignored, so an old link never breaks the page.
    pub fn from_query(query: &str) -> LaunchOptions {
        let mut options = LaunchOptions::default();
        for (key, value) in url_pairs(query.trim_start_matches('?')) {
            let nonempty = || (!value.is_empty()).then(|| value.clone());
            match key {
                "embed" => options.embed = matches!(value.as_str(), "" | "1" | "true" | "yes"),
                "theme" => options.theme = Theme::parse(&value).unwrap_or_default(),
                "hide" => options.hide = nonempty(),
                "data" => options.data = nonempty().or(options.data),
                "view" => options.view = nonempty(),
                "statement" => options.statement = nonempty(),
                "speaker" => options.speaker = nonempty(),
                _ => {}
            }
        }
        options
    }
}

/// The `key=value` pairs of a query string or hash (without its `?` or `#`),
/// with the values decoded; a key without `=` has an empty value.
pub fn url_pairs(text: &str) -> impl Iterator<Item = (&str, String)> {
    text.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key, percent_decode(value))
    })
}

/// Decodes `%XX` escapes and `+` as a space; invalid escapes stay as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|pair| {
                    std::str::from_utf8(pair)
                        .ok()
                        .and_then(|pair| u8::from_str_radix(pair, 16).ok())
                });
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{LaunchOptions, Theme};

    #[test]
    fn reads_embed_options_from_the_query() {
        let options = LaunchOptions::from_query(
            "?embed=1&theme=dark&hide=theme+filters&data=https%3A%2F%2Fexample.org%2Fd.json&view=speakers&speaker=p2&x=y",
        );
        assert!(options.embed);
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.hide.as_deref(), Some("theme filters"));
        assert_eq!(options.data.as_deref(), Some("https://example.org/d.json"));
        assert_eq!(options.view.as_deref(), Some("speakers"));
        assert_eq!(options.speaker.as_deref(), Some("p2"));
        assert_eq!(options.statement, None);
    }

    #[test]
    fn ignores_malformed_values() {
        let options = LaunchOptions::from_query("theme=purple&data=&embed=0&%zz");
        assert_eq!(options, LaunchOptions::default());
    }
}
