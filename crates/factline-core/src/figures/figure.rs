//! A whole figure at a number, its readers in the order the module root
//! gives: the number, what refuses it, the sign, currency and qualifier
//! before it, a ratio or range, and the unit after it.

use super::digits::prefixed_digits;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::lex::word_is;

impl Reader<'_> {
    /// Reads a whole figure starting at the number token `i`.
    pub(super) fn figure(&self, i: usize) -> Option<FigureExpr> {
        let (end, value) = self.core(i)?;
        if self.is_no_figure(i, end, value) {
            return None;
        }
        let word = self.doc.word(i);
        let (first, value, unit) = self.sign_and_currency_before(i, value);
        let (end, value) = self.spaced_million_after_money(end, value, unit.is_some());
        let (first, qualifier, single_age) = self.qualifier_or_age(first);
        let joined_qualifier = prefixed_digits(word, self.dots_group_thousands)
            .and_then(|(_, qualifier)| qualifier)
            .map(str::to_string);
        let qualifier = qualifier.or(joined_qualifier);
        let between = first > self.doc.first && word_is(self.doc.word(first - 1), "between");
        let first = if between { first - 1 } else { first };
        if let Some((end, value)) = self.ratio(i, end, value) {
            return Some(FigureExpr {
                first,
                end,
                value,
                unit: None,
                qualifier,
                rule: FigureRule::Ratio,
            });
        }
        let (range_end, value) = self.range(i, end, value, between);
        // A range already read is not the first number of another: "from
        // $160 to $180 to $200" is a sequence of changes.
        let single = range_end == end;
        let end = range_end;
        // Money until a unit after it says otherwise: "$5 million".
        let rule = if unit.is_some() {
            FigureRule::Money
        } else {
            FigureRule::BareNumber
        };
        let figure = FigureExpr {
            first,
            end,
            value,
            unit,
            qualifier,
            rule,
        };
        let figure = if single_age {
            self.age(figure)
        } else {
            self.rupees_by_article(self.unit_after(figure)?)
        };
        if figure.unit.is_none() && (self.is_rank(first) || self.opens_on_name(i, figure.end)) {
            return None;
        }
        let figure = if single {
            self.range_with_unit_repeated(figure, between)
        } else {
            figure
        };
        Some(self.without_span_word(figure))
    }
}
