//! The part of the state that lives in the URL hash: the view, the
//! selection and the filters. A hash such as
//! `#view=speakers&speaker=brandon-johnson&q=border&kinds=direct` opens the
//! same view anywhere, with no server routes (GitHub Pages serves one file).

use factline_core::{Day, StatementKind};

use crate::filters::Filters;
use crate::launch::{url_pairs, LaunchOptions};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Timeline,
    Speakers,
    Figures,
    Source,
}

impl View {
    pub const ALL: [View; 4] = [View::Timeline, View::Speakers, View::Figures, View::Source];

    pub fn parse(text: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Speakers => "speakers",
            View::Figures => "figures",
            View::Source => "source",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            View::Timeline => "Timeline",
            View::Speakers => "Speakers",
            View::Figures => "Figures",
            View::Source => "Source text",
        }
    }
}

/// Everything a link can carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    /// The selected statement as `ARTICLE/STATEMENT` ids.
    pub statement: Option<String>,
    /// The article the source view shows when no statement is selected.
    pub article: Option<String>,
    /// The selected speaker is also the timeline's speaker filter.
    pub filters: Filters,
}

/// A kind's name in links and class names.
pub fn kind_name(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Direct => "direct",
        StatementKind::Indirect => "indirect",
        StatementKind::Narration => "narration",
    }
}

fn parse_kind(text: &str) -> Option<StatementKind> {
    match text {
        "direct" => Some(StatementKind::Direct),
        "indirect" => Some(StatementKind::Indirect),
        "narration" => Some(StatementKind::Narration),
        _ => None,
    }
}

impl Route {
    /// The route a page opened without a hash starts on: what the query
    /// string's launch options ask for.
    pub fn from_options(options: &LaunchOptions) -> Route {
        Route {
            view: options
                .view
                .as_deref()
                .and_then(View::parse)
                .unwrap_or_default(),
            statement: options.statement.clone(),
            article: None,
            filters: Filters {
                speaker: options.speaker.clone(),
                ..Filters::default()
            },
        }
    }

    /// Reads a hash such as `#view=figures&q=migrants`. Unknown keys and
    /// malformed values are ignored, so an old link still opens.
    pub fn from_hash(hash: &str) -> Route {
        let mut route = Route::default();
        for (key, value) in url_pairs(hash.trim_start_matches('#')) {
            let nonempty = || (!value.is_empty()).then(|| value.clone());
            match key {
                "view" => route.view = View::parse(&value).unwrap_or_default(),
                "statement" => route.statement = nonempty(),
                "article" => route.article = nonempty(),
                "speaker" => route.filters.speaker = nonempty(),
                "q" => route.filters.query = value.clone(),
                "kinds" => {
                    for kind in value.split(',').filter_map(parse_kind) {
                        if !route.filters.kinds.contains(&kind) {
                            route.filters.toggle_kind(kind);
                        }
                    }
                }
                "figures" => route.filters.with_figures = value == "1",
                "from" => route.filters.from = value.parse::<Day>().ok(),
                "to" => route.filters.to = value.parse::<Day>().ok(),
                _ => {}
            }
        }
        route
    }

    /// The hash for this route, without the `#`; only what differs from the
    /// default is written, so links stay short.
    pub fn to_hash(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.view != View::default() {
            pairs.push(("view", self.view.as_str().to_string()));
        }
        if let Some(statement) = &self.statement {
            pairs.push(("statement", statement.clone()));
        }
        if let Some(article) = &self.article {
            pairs.push(("article", article.clone()));
        }
        let filters = &self.filters;
        if let Some(speaker) = &filters.speaker {
            pairs.push(("speaker", speaker.clone()));
        }
        if !filters.query.is_empty() {
            pairs.push(("q", filters.query.clone()));
        }
        if !filters.kinds.is_empty() {
            let kinds: Vec<&str> = filters.kinds.iter().map(|&kind| kind_name(kind)).collect();
            pairs.push(("kinds", kinds.join(",")));
        }
        if filters.with_figures {
            pairs.push(("figures", "1".to_string()));
        }
        if let Some(from) = filters.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = filters.to {
            pairs.push(("to", to.to_string()));
        }
        pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent_encode(&value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The link that selects one statement on the timeline.
    pub fn for_statement(statement: String) -> Route {
        Route {
            statement: Some(statement),
            ..Route::default()
        }
    }
}

/// Escapes everything but unreserved characters and the `/` and `,` that
/// references and kind lists use, so values read back exactly.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b',' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// How a change of route goes into the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new step that Back returns from.
    Push,
    /// The current step, rewritten: the first route, and every keystroke of
    /// a search after the first, so Back does not replay typing.
    Replace,
    /// The route came from the history itself (Back, Forward, an edited hash).
    Keep,
}

#[cfg(test)]
mod tests {
    use factline_core::StatementKind;

    use super::{Route, View};
    use crate::filters::Filters;
    use crate::launch::LaunchOptions;

    #[test]
    fn a_route_survives_its_hash() {
        let route = Route {
            view: View::Speakers,
            statement: Some("blinken/s3".to_string()),
            article: Some("blinken".to_string()),
            filters: Filters {
                query: "out of room & more + “quotes”".to_string(),
                speaker: Some("brandon-johnson".to_string()),
                kinds: vec![StatementKind::Direct, StatementKind::Narration],
                with_figures: true,
                from: Some("2023-12-01".parse().unwrap()),
                to: Some("2023-12-31".parse().unwrap()),
            },
        };
        let hash = route.to_hash();
        assert!(hash.starts_with("view=speakers&statement=blinken/s3&"));
        assert_eq!(Route::from_hash(&format!("#{hash}")), route);
    }

    #[test]
    fn the_default_route_is_the_empty_hash() {
        assert_eq!(Route::default().to_hash(), "");
        assert_eq!(Route::from_hash(""), Route::default());
        assert_eq!(
            Route::from_hash("#view=nope&from=yesterday&x=1"),
            Route::default()
        );
    }

    #[test]
    fn launch_options_seed_the_route() {
        let options = LaunchOptions::from_query("?view=figures&statement=s2&speaker=p2");
        let route = Route::from_options(&options);
        assert_eq!(route.view, View::Figures);
        assert_eq!(route.statement.as_deref(), Some("s2"));
        assert_eq!(route.filters.speaker.as_deref(), Some("p2"));
    }
}
