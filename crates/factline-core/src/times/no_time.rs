//! What is refused as no time though it names one: a weekday or month that
//! recurs ("every Monday", "Saturday mornings"), and the word after a time
//! that makes it name a kind of thing ("year-end bonuses", "Christmas trees")
//! rather than a time (`TIME_FOLLOWERS`).

use super::Reader;
use crate::grammar::{weekday_number, PLURAL_DAY_PARTS};
use crate::lex::{word_in, Lexicon};

/// Words that may follow a time that names no thing: "by year-end and
/// beyond", "at year-end, the bank", but not "year-end bonuses".
pub(super) static TIME_FOLLOWERS: Lexicon = Lexicon::new(&[
    "and", "or", "but", "when", "as", "to", "in", "on", "at", "for", "of", "with", "from", "the",
    "a", "an", "that", "was", "is", "were", "will", "would", "if", "after", "before", "than",
]);

impl Reader<'_> {
    /// Whether the weekday at token `i` recurs by the plural part of a day
    /// after it, alone or after a second weekday: "the flights leave on
    /// Monday and Tuesday nights", "the shop opens Saturday mornings" name
    /// every such day, not one.
    pub(super) fn weekday_recurs(&self, i: usize) -> bool {
        let joined = word_in(self.doc.word(i + 1), &["and", "or"])
            && weekday_number(self.doc.word(i + 2)).is_some();
        let part_at = if joined { i + 3 } else { i + 1 };
        part_at < self.doc.end && PLURAL_DAY_PARTS.contains(self.doc.word(part_at))
    }

    /// Whether the word at token `k`, after a time, is the thing the time
    /// names a kind of ("year-end bonuses", "Christmas trees"): a word none
    /// of `TIME_FOLLOWERS`.
    pub(super) fn thing_named_at(&self, k: usize) -> bool {
        let next = self.doc.tokens.get(k).filter(|_| k < self.doc.end);
        next.is_some_and(|t| t.is_word() && !TIME_FOLLOWERS.contains(self.doc.word(k)))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::resolve;

    /// A weekday or month after "each" or "every" recurs, as does a weekday
    /// before the plural of a part of a day; it is no one day.
    #[test]
    fn recurring_days_are_no_times() {
        for text in [
            "Orangemen march each July from their church.",
            "A third flight departs every Thursday.",
            "The club meets each Monday night.",
            "Two flights leave on Monday and Tuesday nights.",
            "The market opens Saturday mornings.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
        // One night is one day.
        assert_eq!(
            resolve("The fire broke out Monday night.", Some("2023-12-28")).len(),
            1
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "She drove a 2012 Ford.",
            "Police found her 2009 Honda.",
            "They sold 2000 tickets.",
            "It may rain.",
            "The night was loud.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
    }
}
