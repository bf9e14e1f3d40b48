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

/// Words before a weekday or month that make it recur rather than name one
/// day or month: "Orangemen march each July", "the flight leaves every
/// Thursday".
pub(super) static RECURRING: Lexicon = Lexicon::new(&["each", "every"]);

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
