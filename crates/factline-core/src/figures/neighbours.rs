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
