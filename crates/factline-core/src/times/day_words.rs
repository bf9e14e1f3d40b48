//! Day words: "today", "yesterday", "tomorrow", "tonight", possessive or not,
//! unless a name's ("USA TODAY"); "as of now"; and "the day before" or
//! "after" a time that names one day.

use super::day_ranges::single;
use super::{found, Reader, TimeRead};
use crate::evidence::TimeRule;
use crate::grammar::{without_possessive, ONE_DAY_NOUNS};
use crate::lex::{is_capitalized, word_is, Kind, Lexicon};

/// Parts of a day: "Friday night" is still Friday, but "yesterday morning"
/// is a time of day.
pub(super) static DAY_PARTS: Lexicon = Lexicon::new(&[
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "noon",
]);

impl Reader<'_> {
    /// "today", "yesterday", "tomorrow", "tonight", possessive or not
    /// (`owns`): the day that far from publication.
    pub(super) fn read_day_word(&self, i: usize, lower: &str, owns: bool) -> TimeRead {
        // "today's" mostly means the present age ("today's youth"), not the
        // day, unless it owns a thing of one day ("today's editions",
        // "today's geography quiz"); "yesterday's vote" and "tonight's game"
        // are days. "yesterday morning" is a time of day.
        let of_one_day =
            (i + 1..i + 3).any(|k| k < self.doc.end && ONE_DAY_NOUNS.contains(self.doc.word(k)));
        if (lower == "today" && owns && !of_one_day) || DAY_PARTS.contains(self.doc.word(i + 1)) {
            return None;
        }
        if self.is_title_day_word(i) {
            return None;
        }
        // After "of" it names an age, not a day: "the candidates of
        // tomorrow", "the policies of yesterday"; "as of today" is the day.
        if word_is(self.prev(i), "of") && !word_is(self.prev(i - 1), "as") {
            return None;
        }
        let shift = match lower {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        found(
            TimeRule::DayWord,
            i,
            i + 1,
            self.published.and_then(|p| p.add_days(shift)).map(single),
        )
    }

    /// Whether the capitalised day word at `i` is a name's, not a day.
    /// After a capitalised word of its sentence it ends a name ("USA TODAY
    /// reported", "a USA Today poll", "NBC's Today show"); after a
    /// possessive, a number or "on" it is a programme's ("Radio 4's Today
    /// programme", "appeared on Today"). After other small words of a
    /// headline it is the day: "10 Things to Know for Today".
    fn is_title_day_word(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        let word = self.doc.word(before);
        let possessive = without_possessive(word) != word || word == "s";
        let number = self
            .doc
            .tokens
            .get(before)
            .is_some_and(|t| t.kind == Kind::Number);
        let on_a_programme = possessive || number || word == "on";
        let same_line = !self.doc.tokens[i].newline_before;
        is_capitalized(self.doc.word(i)) && same_line && (is_capitalized(word) || on_a_programme)
    }

    /// "the day before Thanksgiving", "the day after last Tuesday's
    /// hearing": the day just before or after the day the time after it
    /// names. A time of more than one day, or one that needs an earlier
    /// time to count from, fixes no single day beside it, and then "the
    /// day" reads nothing ("the day after the election" names no day).
    pub(super) fn read_day_beside(&self, i: usize) -> TimeRead {
        let shift = match self.doc.word(i + 1).to_ascii_lowercase().as_str() {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        if i <= self.doc.first || !self.is(i - 1, "the") {
            return None;
        }
        // A time that opens with a word before its head ("last Tuesday")
        // is read from the head.
        let named = (i + 2..i + 4)
            .find_map(|k| self.read(k))
            .filter(|t| t.first == i + 2)?;
        let day = named.resolved.filter(|days| days.start == days.end)?.start;
        found(
            TimeRule::DayBeside,
            i - 1,
            named.end,
            day.add_days(shift).map(single),
        )
    }

    /// "as of now": the publication day.
    pub(super) fn read_as_of_now(&self, i: usize) -> TimeRead {
        if i < self.doc.first + 2 || !self.is(i - 1, "of") || !self.is(i - 2, "as") {
            return None;
        }
        found(TimeRule::DayWord, i - 2, i + 1, self.published.map(single))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// "the day before" or "after" a time that names one day is the day
    /// beside it; one that names no day reads nothing (published Thursday,
    /// December 28, 2023).
    #[test]
    fn the_day_beside_a_day() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "The day before last Tuesday's hearing, the lawyers met.",
                &[("The day before last Tuesday's", "2023-12-25/2023-12-25")],
            ),
            (
                "Shops reopened the day after Christmas.",
                &[("the day after Christmas", "2023-12-26/2023-12-26")],
            ),
            ("Shops reopened the day after the election.", &[]),
            (
                "Prices rose the day after last week's vote.",
                &[("last week's", "2023-12-18/2023-12-24")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A time that owns what follows it is still that time (published
    /// Thursday, December 28, 2023).
    #[test]
    fn possessive_times() {
        let cases: [(&str, &[(&str, &str)]); 6] = [
            (
                "The agency revised November's jobs figures.",
                &[("November's", "2023-11-01/2023-11-30")],
            ),
            (
                "Investors cheered yesterday's vote.",
                &[("yesterday's", "2023-12-27/2023-12-27")],
            ),
            ("The tool suits today's students.", &[]),
            ("Theresa May's cabinet met.", &[]),
            // "today's" owning a thing of one day is that day.
            (
                "The offer was advertised in today's editions of the paper.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
            (
                "Now for today's geography quiz.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day word that ends a name ("USA TODAY"), names a programme in
    /// capitals inside its sentence ("on Today") or names an age after "of"
    /// ("the candidates of tomorrow") is no day.
    #[test]
    fn a_day_word_in_a_name_is_no_day() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            ("USA TODAY reported the figures.", &[]),
            ("A USA Today poll found a lead.", &[]),
            (
                "She said on Harbor FM's Today show that she would run.",
                &[],
            ),
            (
                "He told Quill Radio 4's Today programme that prices would fall.",
                &[],
            ),
            ("He appeared on Today with the mayor.", &[]),
            (
                "10 Things to Know for Today.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
            (
                "The mayor, today, closed the pier.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "On Monday the pier closed. Today, it reopened.",
                &[
                    ("Monday", "2023-12-25/2023-12-25"),
                    ("Today", "2023-12-28/2023-12-28"),
                ],
            ),
            ("He spoke for the candidates of tomorrow.", &[]),
            ("They rejected the policies of yesterday.", &[]),
            (
                "As of today, the office is closed.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "Today the senator returned the money.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
