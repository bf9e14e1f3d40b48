//! The dataset as one self-contained HTML page of its timeline, for an
//! editor to publish beside the JSON. The page opens from disk, prints, and
//! reads without scripts: it has none, and it loads nothing (no stylesheet,
//! font or image), which its Content Security Policy also enforces, so that
//! even an edited copy of the file makes no request. Everything taken from
//! the dataset is escaped, since a dataset's text is untrusted.

use super::row::Row;
use super::{Article, Dataset, Review, StatementKind};
use crate::calendar::Day;

/// Nothing may be fetched and only the page's own inline style applies.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// System fonts, a readable column, the reader's light or dark scheme, and
/// a print layout that keeps each statement on one page.
const STYLE: &str = "
:root { color-scheme: light dark; --text: #1a1a1a; --page: #fff; --muted: #5c5c5c; --rule: #d0d0d0; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --text: #e8e8e8; --page: #161616; --muted: #a8a8a8; --rule: #3a3a3a; --accent: #7fb6f0; } }
body { margin: 0; background: var(--page); color: var(--text); font: 1rem/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; }
main, footer { max-width: 42rem; margin: 0 auto; padding: 1rem; }
a { color: var(--accent); }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--rule); }
h3 { margin-top: 1.5rem; font-size: 1rem; color: var(--muted); }
ol.statements { list-style: none; padding: 0; }
.statement { border-left: 3px solid var(--rule); padding: 0.25rem 0 0.25rem 1rem; margin: 0 0 1rem; }
.statement blockquote { margin: 0.25rem 0; font-style: italic; }
.text { white-space: pre-line; }
.source, .byline, .review, footer { color: var(--muted); font-size: 0.9rem; }
.review.reviewed { color: var(--text); font-weight: 600; }
@media print {
  :root { --text: #000; --page: #fff; --muted: #333; --rule: #999; --accent: #000; }
  main, footer { max-width: none; padding: 0; }
  .statement { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a[href]::after { content: \" (\" attr(href) \")\"; font-size: 0.8em; }
}
";

impl Dataset {
    /// The dataset as an HTML5 page of its timeline: each article with its
    /// statements by day, each statement with its speaker, kind, figures and
    /// whether an editor reviewed it.
    pub fn to_html(&self) -> String {
        let heading = escape(self.heading());
        let mut page = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{heading}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
             <main>\n<h1>{heading}</h1>\n"
        );
        for article in &self.articles {
            push_article(&mut page, article);
        }
        page.push_str("</main>\n");
        push_footer(&mut page, self);
        page.push_str("</body>\n</html>\n");
        page
    }

    /// The page's one top heading: a lone article's title, else a name for the whole.
    fn heading(&self) -> &str {
        match self.articles.as_slice() {
            [article] if !article.title.trim().is_empty() => &article.title,
            _ => "Timeline of statements",
        }
    }
}

/// An article's heading and source, then its statements by day: the days
/// in order, and the statements with no day last, under "Undated".
fn push_article(page: &mut String, article: &Article) {
    page.push_str("<section class=\"article\">\n<h2>");
    let title = match article.title.trim() {
        "" => "Untitled article".to_string(),
        _ => escape(&article.title),
    };
    match article.url.as_deref().and_then(web_address) {
        Some(url) => page.push_str(&format!("<a href=\"{}\">{title}</a>", escape(url))),
        None => page.push_str(&title),
    }
    page.push_str("</h2>\n");
    let source = [
        Some(escape(&article.source)).filter(|source| !source.trim().is_empty()),
        article
            .published
            .map(|day| format!("published {}", time(day))),
    ];
    let source: Vec<String> = source.into_iter().flatten().collect();
    if !source.is_empty() {
        page.push_str(&format!("<p class=\"source\">{}</p>\n", source.join(", ")));
    }
    let mut rows = Row::of(article);
    // A stable sort, so that a day's statements keep the article's order.
    rows.sort_by_key(|row| (row.day.is_none(), row.day));
    for day in rows.chunk_by(|a, b| a.day == b.day) {
        let heading = day
            .first()
            .and_then(|row| row.day)
            .map_or_else(|| "Undated".to_string(), time);
        page.push_str(&format!(
            "<section class=\"day\">\n<h3>{heading}</h3>\n<ol class=\"statements\">\n"
        ));
        day.iter().for_each(|row| push_statement(page, row));
        page.push_str("</ol>\n</section>\n");
    }
    if rows.is_empty() {
        page.push_str("<p>This article has no statements.</p>\n");
    }
    page.push_str("</section>\n");
}

/// A statement as a list item: who, what kind, the words, the figures and
/// the review mark.
fn push_statement(page: &mut String, row: &Row) {
    let statement = row.statement;
    let (kind, open, close) = match statement.kind {
        StatementKind::Direct => ("Quote", "<blockquote class=\"text\">", "</blockquote>"),
        StatementKind::Indirect => ("Reported", "<p class=\"text\">", "</p>"),
        StatementKind::Narration => ("Narration", "<p class=\"text\">", "</p>"),
    };
    page.push_str(&format!(
        "<li><article class=\"statement\">\n<p class=\"byline\">{} · <span class=\"kind\">{kind}</span></p>\n{open}{}{close}\n",
        speaker(row),
        escape(&statement.text)
    ));
    if !row.figures.is_empty() {
        page.push_str("<ul class=\"figures\" aria-label=\"Figures\">\n");
        for figure in &row.figures {
            page.push_str(&format!("<li>{}</li>\n", escape(figure)));
        }
        page.push_str("</ul>\n");
    }
    page.push_str(match statement.review {
        Some(Review::Accepted | Review::Corrected) => {
            "<p class=\"review reviewed\">Reviewed by an editor</p>\n"
        }
        None => "<p class=\"review\">Machine extraction, not reviewed</p>\n",
    });
    page.push_str("</article></li>\n");
}

/// The speaker's name and role, or that the statement has no speaker.
fn speaker(row: &Row) -> String {
    let Some(speaker) = row.speaker else {
        return "<span class=\"speaker\">No speaker</span>".to_string();
    };
    let name = format!("<span class=\"speaker\">{}</span>", escape(&speaker.name));
    match speaker
        .role
        .as_deref()
        .filter(|role| !role.trim().is_empty())
    {
        Some(role) => format!("{name}, <span class=\"role\">{}</span>", escape(role)),
        None => name,
    }
}

fn push_footer(page: &mut String, dataset: &Dataset) {
    let statements = dataset.articles.iter().flat_map(|a| &a.statements);
    let count = statements.clone().count();
    let reviewed = statements.filter(|s| s.review.is_some()).count();
    let noun = if count == 1 {
        "statement"
    } else {
        "statements"
    };
    page.push_str(&format!(
        "<footer>\n<p>Made with factline · {count} {noun}, {reviewed} reviewed by an editor.</p>\n</footer>\n"
    ));
}

/// The URL when it is a web address: anything else (`javascript:`, `data:`,
/// a file path) could run or fetch something when followed, so it is shown
/// as nothing rather than linked.
fn web_address(url: &str) -> Option<&str> {
    let scheme = |prefix: &str| {
        url.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    (scheme("http://") || scheme("https://")).then_some(url)
}

/// A day for people, with its ISO form for programs: `<time datetime="2024-03-04">4 March 2024</time>`.
fn time(day: Day) -> String {
    let month = day.month_name();
    format!(
        "<time datetime=\"{day}\">{} {month} {}</time>",
        day.day(),
        day.year()
    )
}

/// Text made safe to put in an element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::super::row::examples::{dataset, statement};
    use super::super::{Article, DayRange, Review, Speaker, SpeakerKind, StatementKind, Time};

    fn article(id: &str, title: &str, url: Option<&str>) -> Article {
        Article {
            id: id.into(),
            title: title.into(),
            source: "The Harbour Gazette".into(),
            url: url.map(String::from),
            published: "2024-03-04".parse().ok(),
            ..Article::default()
        }
    }

    /// A time `id` that resolves to the day `day`.
    fn on(id: &str, day: &str) -> Time {
        Time {
            id: id.into(),
            resolved: day.parse().ok().map(|day| DayRange {
                start: day,
                end: day,
            }),
            ..Time::default()
        }
    }

    #[test]
    fn everything_from_the_dataset_is_escaped() {
        let mut hostile = article("a", "<script>alert(1)</script>", None);
        hostile.source = "\"><img onerror=alert(2)>".into();
        hostile.speakers = vec![Speaker {
            id: "p1".into(),
            name: "<b>Ann</b> & co".into(),
            role: Some("' onmouseover='alert(3)".into()),
            kind: SpeakerKind::Person,
            aliases: Vec::new(),
            review: None,
        }];
        let mut quote = statement("s1", StatementKind::Direct, "\"><img onerror=alert(4)>");
        quote.speaker = Some("p1".into());
        hostile.statements = vec![quote];
        let html = dataset(vec![hostile]).to_html();
        for raw in ["<script", "<img", "<b>", "' onmouseover"] {
            assert!(!html.contains(raw), "{raw} is in:\n{html}");
        }
        for escaped in [
            "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>",
            "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>",
            "&quot;&gt;&lt;img onerror=alert(2)&gt;",
            "&lt;b&gt;Ann&lt;/b&gt; &amp; co</span>, <span class=\"role\">&#39; onmouseover=&#39;alert(3)</span>",
            "<blockquote class=\"text\">&quot;&gt;&lt;img onerror=alert(4)&gt;</blockquote>",
        ] {
            assert!(html.contains(escaped), "{escaped} is not in:\n{html}");
        }
    }

    #[test]
    fn only_a_web_address_is_linked() {
        let cases = [
            ("https", Some("https://news.example/a?b=1&c=2"), true),
            ("http in capitals", Some("HTTP://news.example/a"), true),
            ("javascript", Some("javascript:alert(1)"), false),
            (
                "javascript after a space",
                Some(" javascript:alert(1)"),
                false,
            ),
            ("data", Some("data:text/html,<b>hi</b>"), false),
            ("a relative path", Some("story.html"), false),
            ("none", None, false),
        ];
        for (name, url, linked) in cases {
            let html = dataset(vec![article("a", "Harbour plan", url)]).to_html();
            assert_eq!(html.contains("<a href="), linked, "{name}:\n{html}");
            assert!(!html.contains("javascript:"), "{name}");
        }
        let html = dataset(vec![article(
            "a",
            "Plan",
            Some("https://x.example/?a=1&b=\"2\""),
        )]);
        assert!(html
            .to_html()
            .contains("<h2><a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">Plan</a></h2>"));
    }

    #[test]
    fn statements_are_grouped_by_day_in_order_with_the_undated_last() {
        let mut harbour = article("a", "Harbour plan", None);
        harbour.published = None;
        harbour.times = vec![on("t1", "2024-03-02"), on("t2", "2024-01-15")];
        let dated = |id: &str, text: &str, time: Option<&str>| {
            let mut statement = statement(id, StatementKind::Indirect, text);
            statement.time = time.map(String::from);
            statement
        };
        harbour.statements = vec![
            dated("s1", "March first", Some("t1")),
            dated("s2", "no day", None),
            dated("s3", "January", Some("t2")),
            dated("s4", "March second", Some("t1")),
        ];
        let html = dataset(vec![harbour]).to_html();
        let order = [
            "<h3><time datetime=\"2024-01-15\">15 January 2024</time></h3>",
            "January",
            "<h3><time datetime=\"2024-03-02\">2 March 2024</time></h3>",
            "March first",
            "March second",
            "<h3>Undated</h3>",
            "no day",
        ];
        let positions: Vec<_> = order.iter().map(|text| html.find(text)).collect();
        assert!(positions.iter().all(Option::is_some), "{html}");
        assert!(
            positions.is_sorted(),
            "{order:?} are out of order in:\n{html}"
        );
        assert_eq!(html.matches("<h3>").count(), 3);
    }

    #[test]
    fn each_statement_is_marked_reviewed_or_machine_made_and_counted() {
        let mut harbour = article("a", "Harbour plan", None);
        let reviews = [Some(Review::Accepted), Some(Review::Corrected), None];
        harbour.statements = reviews
            .iter()
            .enumerate()
            .map(|(index, review)| {
                let mut statement = statement(&format!("s{index}"), StatementKind::Narration, "x");
                statement.review = *review;
                statement
            })
            .collect();
        let html = dataset(vec![harbour]).to_html();
        assert_eq!(html.matches(">Reviewed by an editor<").count(), 2);
        assert_eq!(
            html.matches(">Machine extraction, not reviewed<").count(),
            1
        );
        assert!(html.contains("Made with factline · 3 statements, 2 reviewed by an editor."));
    }

    #[test]
    fn the_page_fetches_nothing_runs_nothing_and_has_one_h1() {
        let mut first = article("a", "Harbour plan", Some("https://news.example/a"));
        let mut quote = statement("s1", StatementKind::Direct, "We need 40 berths");
        quote.figures = vec!["f1".into()];
        first.figures = vec![super::super::Figure {
            id: "f1".into(),
            text: "40 berths".into(),
            ..Default::default()
        }];
        first.statements = vec![
            quote,
            statement("s2", StatementKind::Indirect, "it was late"),
        ];
        let second = article("b", "Ferry fares", Some("http://news.example/b"));
        let html = dataset(vec![first, second]).to_html();
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        ));
        assert!(!html.contains("src="));
        assert!(!html.contains("<script"));
        assert!(!html.contains("<link"));
        assert!(!html.contains("url("));
        assert_eq!(html.matches("href=").count(), 2, "the two articles' links");
        assert_eq!(html.matches("href=\"http").count(), 2);
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("<h1>Timeline of statements</h1>"));
        assert_eq!(html.matches("<h2>").count(), 2);
        assert!(html
            .contains("<ul class=\"figures\" aria-label=\"Figures\">\n<li>40 berths</li>\n</ul>"));
        assert!(html.contains(
            "<span class=\"speaker\">No speaker</span> · <span class=\"kind\">Quote</span>"
        ));
        assert!(html.contains(
            "<span class=\"kind\">Reported</span></p>\n<p class=\"text\">it was late</p>"
        ));
        assert!(html.contains("<p class=\"source\">The Harbour Gazette, published <time datetime=\"2024-03-04\">4 March 2024</time></p>"));
        assert!(html.contains("@media print") && html.contains("prefers-color-scheme"));
    }
}
