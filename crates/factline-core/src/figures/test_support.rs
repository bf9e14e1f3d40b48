//! What the figures' unit tests share: reading a text's figures, as the
//! times stage would leave them, and checking them against a table of cases.

use super::find_figures;
use crate::calendar::Day;
use crate::segment::segment;
use crate::times::find_times;

/// A sentence, the words of the one figure in it, its value, unit and
/// qualifier.
pub(super) type Case<'a> = (&'a str, &'a str, f64, Option<&'a str>, Option<&'a str>);

pub(super) fn figures(text: &str) -> Vec<(String, f64, Option<String>, Option<String>)> {
    figures_published(text, None)
}

/// The figures of a text published on `published`, against which the
/// times that count from it ("two years ago") are read.
pub(super) fn figures_published(
    text: &str,
    published: Option<Day>,
) -> Vec<(String, f64, Option<String>, Option<String>)> {
    let segments = segment(text);
    let times = find_times(text, &segments, published);
    find_figures(text, &segments, &times)
        .into_iter()
        .map(|f| {
            (
                segments.text_of(text, f.first, f.end).to_string(),
                f.value,
                f.unit,
                f.qualifier,
            )
        })
        .collect()
}

/// Checks that each text gives exactly the figures with these texts.
pub(super) fn expect_figure_texts(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        let found: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert_eq!(&found, expected, "{text}");
    }
}

pub(super) fn check_figures(cases: &[Case]) {
    for (text, span, value, unit, qualifier) in cases {
        let got = figures(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (s, v, u, q) = &got[0];
        assert_eq!(s, span, "{text}");
        assert!((v - value).abs() < 1e-9, "{text}: {v}");
        assert_eq!(u.as_deref(), *unit, "{text}");
        assert_eq!(q.as_deref(), *qualifier, "{text}");
    }
}

/// The words of every figure in a text, in order.
pub(super) fn figure_words(text: &str) -> Vec<String> {
    figures(text).into_iter().map(|f| f.0).collect()
}

/// Checks the figures' texts, in order, of sentences published on
/// 2024-03-20 (a date only times counted from it need): (sentence, the
/// figures read).
pub(super) fn check_figure_texts(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        let found: Vec<String> = figures_published(text, "2024-03-20".parse().ok())
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(found, *expected, "{text}");
    }
}
