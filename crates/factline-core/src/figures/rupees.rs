//! Currencies told by the article or the sentence: an amount in crore or
//! lakh is rupees where the article writes rupees elsewhere, and "won" is
//! South Korea's currency, not the verb, where the article is placed in
//! Korea.

use super::scales::spelled_scale;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::lex::{is_capitalized, word_is, Kind, Lexicon, Token};

/// The signs and names of the rupee, by which an article shows it writes
/// its amounts in rupees: "Rs 500 crore", "₹1,200", "INR 40", "rupees".
static RUPEE_SIGNS: Lexicon = Lexicon::new(&["₹", "rs", "inr"]);

static RUPEE_NAMES: Lexicon = Lexicon::new(&["rupee", "rupees"]);

/// The Indian scales, which the Indian press writes money in with the sign
/// of a second amount left off: "the state will spend 2,300 crore".
static INDIAN_SCALES: Lexicon = Lexicon::new(&["crore", "crores", "cr", "lakh", "lakhs"]);

/// The names that place an article in South Korea, whose currency, the
/// won, is written after the amount as the verb is ([`Reader::is_korean_won`]).
const KOREA_NAMES: &[&str] = &["Korea", "Seoul"];

/// Whether the article writes amounts in rupees anywhere: a rupee's sign or
/// code before digits ("Rs 500 crore", "Rs. 40", "₹1,200") or the word
/// "rupees". Decided once for the article, as the dollar is.
pub(super) fn writes_rupees(text: &str, tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
    (0..tokens.len()).any(|k| {
        let digits = number(k + 1) || word(k + 1) == "." && number(k + 2);
        RUPEE_SIGNS.contains(word(k)) && digits || RUPEE_NAMES.contains(word(k))
    })
}

impl Reader<'_> {
    /// An amount in crore or lakh with no currency and nothing counted after
    /// it, in rupees where the article writes its amounts so and its
    /// sentence speaks of money: "the state will spend 2,300 crore on
    /// roads" after "Rs 500 crore". A capitalised word after it is what it
    /// counts ("140 crore Indians"), and without a money word it is a count
    /// ("cases rose to 1.2 lakh").
    pub(super) fn rupees_by_article(&self, figure: FigureExpr) -> FigureExpr {
        let in_indian_scale = figure
            .end
            .checked_sub(1)
            .is_some_and(|last| INDIAN_SCALES.contains(self.doc.word(last)));
        let named_after = self.doc.is_word(figure.end) && is_capitalized(self.doc.word(figure.end));
        let bare = figure.unit.is_none() && figure.rule == FigureRule::BareNumber;
        if !(self.rupees && bare && in_indian_scale && self.speaks_of_money()) || named_after {
            return figure;
        }
        self.noun_after(FigureExpr {
            unit: Some("INR".into()),
            rule: FigureRule::Money,
            ..figure
        })
    }

    /// Whether "won" at `i` is South Korea's currency rather than the verb:
    /// after a spelled scale, in an article that names Korea ("Samsung will
    /// invest 3 trillion won in Korea's chip plants"). "2 million won
    /// praise" elsewhere stays the verb.
    pub(super) fn is_korean_won(&self, i: usize) -> bool {
        let scaled = i > 0 && spelled_scale(self.doc.word(i - 1)).is_some();
        let korea = || KOREA_NAMES.iter().any(|name| self.doc.text.contains(name));
        word_is(self.doc.word(i), "won") && scaled && korea()
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::figures;

    /// Crore and lakh with no currency and nothing counted after them are
    /// rupees in an article that writes its rupees elsewhere, as the Indian
    /// press leaves the sign off a second amount; else they stay bare.
    #[test]
    fn a_bare_crore_is_rupees_where_the_article_writes_rupees() {
        let rupees = "The Rs 500 crore plan was approved. The state will spend 2,300 crore on \
                      roads, and 12 lakh a year on upkeep, for 1.2 crore voters.";
        let units: Vec<(String, Option<String>)> =
            figures(rupees).into_iter().map(|f| (f.0, f.2)).collect();
        let expected = [
            ("Rs 500 crore", Some("INR")),
            ("2,300 crore", Some("INR")),
            ("12 lakh a year", Some("INR per year")),
            ("1.2 crore voters", Some("voters")),
        ]
        .map(|(text, unit)| (text.to_string(), unit.map(str::to_string)));
        assert_eq!(units, expected);
        let against = figures("The firm booked Rs1,200 crore, after Rs500 crore.");
        let against: Vec<(&str, f64)> = against.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(against, [("Rs1,200 crore", 1.2e10), ("Rs500 crore", 5e9)]);
        let bare = figures("The state will spend 2,300 crore on roads.");
        assert_eq!(bare[0].2, None);
    }
}
