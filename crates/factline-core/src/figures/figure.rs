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

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, Case};

    #[test]
    fn figures_read_value_unit_and_qualifier() {
        let cases: &[Case] = &[
            (
                "Agents saw more than 50,000 migrants.",
                "more than 50,000 migrants",
                50_000.0,
                Some("migrants"),
                Some("more than"),
            ),
            ("It took five days.", "five days", 5.0, Some("days"), None),
            // An adjective before the counted noun is not the unit, and a
            // limiter keeps the number exact: no qualifier, and no label's name.
            (
                "Fully 40 foreign firms bid.",
                "40 foreign firms",
                40.0,
                Some("firms"),
                None,
            ),
            // A singular noun before a plural one modifies it.
            (
                "Three police officers arrived.",
                "Three police officers",
                3.0,
                Some("officers"),
                None,
            ),
            (
                "She cited 12 different studies.",
                "12 different studies",
                12.0,
                Some("studies"),
                None,
            ),
            (
                "The old car did about 80 m.p.h. on the flat.",
                "about 80 m.p.h.",
                80.0,
                Some("mph"),
                Some("about"),
            ),
            (
                "The plan costs $1.7 trillion.",
                "$1.7 trillion",
                1.7e12,
                Some("USD"),
                None,
            ),
            ("Prices rose 3.4%.", "3.4%", 3.4, Some("percent"), None),
            (
                "About 28 percent agreed.",
                "About 28 percent",
                28.0,
                Some("percent"),
                Some("about"),
            ),
            (
                "It lasts 8–10 weeks.",
                "8–10 weeks",
                8.0,
                Some("weeks"),
                None,
            ),
            (
                "It hits one in 23 adults.",
                "one in 23",
                1.0 / 23.0,
                None,
                None,
            ),
            (
                "Up to 160.000 people came.",
                "Up to 160.000 people",
                160_000.0,
                Some("people"),
                Some("up to"),
            ),
            (
                "It fined them €5 million.",
                "€5 million",
                5e6,
                Some("EUR"),
                None,
            ),
            (
                "Between 5 and 10 homes burned.",
                "Between 5 and 10 homes",
                5.0,
                Some("homes"),
                None,
            ),
            (
                "The report ran 4,155 pages.",
                "4,155 pages",
                4155.0,
                Some("pages"),
                None,
            ),
        ];
        check_figures(cases);
    }
}
