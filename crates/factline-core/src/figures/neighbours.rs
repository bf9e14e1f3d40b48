//! What a figure takes from the one before it: a conversion in brackets
//! shares the qualifier ("more than 100 kilometers (60 miles)"), and a
//! tally's second number its unit.

use super::tallies::tallies_share_units;
use super::FigureExpr;
use crate::segment::Document;

/// What a figure takes from the one before it: a conversion's qualifier
/// and a tally's unit.
pub(super) fn share_with_neighbours(doc: &Document, figures: &mut [FigureExpr]) {
    conversions_share_qualifiers(doc, figures);
    tallies_share_units(doc, figures);
}

/// A figure in brackets right after another, with no qualifier of its
/// own, gives the same amount in another unit and so shares the first
/// one's qualifier: "more than 100 kilometers (60 miles)", "just under
/// 296 hp (224 kW)", "more than 7.5 million crowns (US $1.1 million)".
fn conversions_share_qualifiers(doc: &Document, figures: &mut [FigureExpr]) {
    for k in 1..figures.len() {
        let (before, after) = figures.split_at_mut(k);
        let (Some(first), Some(second)) = (before.last(), after.first_mut()) else {
            continue;
        };
        let bracketed = second.first == first.end + 1 && doc.word(first.end) == "(";
        if bracketed && second.qualifier.is_none() {
            second.qualifier.clone_from(&first.qualifier);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::figures;

    /// (sentence, the figure in brackets, its qualifier).
    #[test]
    fn a_conversion_in_brackets_shares_the_qualifier() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "The moths can fly more than 100 kilometers (60 miles).",
                "60 miles",
                Some("more than"),
            ),
            (
                "The engine makes just under 296 hp (224 kW) of power.",
                "224 kW",
                Some("just under"),
            ),
            (
                "The dam holds about 2 million tonnes (~2.2 million tons).",
                "~2.2 million tons",
                Some("about"),
            ),
            ("The firm sold 40 cars (12%) abroad.", "12%", None),
        ];
        for (text, span, qualifier) in cases {
            let found = figures(text);
            let figure = found.iter().find(|f| f.0 == *span);
            assert_eq!(
                figure.map(|f| f.3.as_deref()),
                Some(*qualifier),
                "{text}: {found:?}"
            );
        }
    }
}
