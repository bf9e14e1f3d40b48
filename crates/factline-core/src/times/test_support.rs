//! What the times' unit tests share: reading a text's times, published on a
//! day or not, and checking them against a table of cases.

use super::find_times;
use crate::calendar::Day;
use crate::segment::segment;

pub(super) fn resolve(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
    let published = published.map(|p| p.parse::<Day>().unwrap());
    let segments = segment(text);
    find_times(text, &segments, published)
        .into_iter()
        .map(|t| {
            let span = segments.text_of(text, t.first, t.end).to_string();
            let resolved = t.resolved.map(|r| format!("{}/{}", r.start, r.end));
            (span, resolved)
        })
        .collect()
}

/// Checks that each text's times resolve, published on `published`, to
/// the days given as `START/END`, and that it has no other times.
pub(super) fn expect_resolved(cases: &[(&str, &[(&str, &str)])], published: &str) {
    for (text, expected) in cases {
        let want: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(span, days)| (span.to_string(), Some(days.to_string())))
            .collect();
        assert_eq!(resolve(text, Some(published)), want, "{text}");
    }
}
