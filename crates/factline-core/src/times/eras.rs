//! Decades and centuries: "the 1990s", "the nineties", "the '90s", "the
//! 21st century", with "the" before them, unless the sentence talks of
//! temperatures.

use super::day_ranges::{century_range, decade_range};
use super::parts::PART_MODIFIERS;
use super::years::parse_year;
use super::{found, Reader, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::grammar::{decade_word, ordinal_word};
use crate::lex::{is_capitalized, word_in, Lexicon};

/// A decade as written: with its century, by its first year ("the
/// 1990s"), or without it, by its tens ("the nineties", "the '90s"),
/// which publication gives a century.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decade {
    Of(i32),
    InCentury(i32),
}

/// The first year of the latest decade with these `tens` begun by
/// `published`: "the nineties" said in 1998 are the 1990s, and so are
/// they said in 2023.
fn latest_decade(published: Day, tens: i32) -> i32 {
    let year = published.year() / 100 * 100 + tens;
    if year > published.year() {
        year - 100
    } else {
        year
    }
}

/// Words of a sentence that talks of temperatures, where "the nineties"
/// are degrees, not a decade.
static TEMPERATURE_WORDS: Lexicon = Lexicon::new(&[
    "temperature",
    "temperatures",
    "degrees",
    "highs",
    "lows",
    "heat",
    "thermometer",
    "fahrenheit",
    "celsius",
]);

impl Reader<'_> {
    /// A decade or a century at token `i`, with "the" before it: "the
    /// 1990s", "the nineties", "the '90s", "the 20th century", "a
    /// 19th-century church". A decade said without its century needs
    /// "the" ("in her nineties" is an age) and no talk of temperatures
    /// ("highs in the nineties").
    pub(super) fn read_era(&self, i: usize) -> TimeRead {
        let the = self.the_before_era(i);
        let (resolved, end) = if let Some((century, end)) = self.century_at(i) {
            (century_range(century), end)
        } else {
            let (decade, end) = self.decade_at(i)?;
            let first_year = match decade {
                // "the 1800s", "the early 1900s" are centuries; "the 2000s"
                // is most often the decade, as its century is not done.
                Decade::Of(year) if year % 100 == 0 && year < 2000 => {
                    return found(
                        TimeRule::Era,
                        the.unwrap_or(i),
                        end,
                        century_range(year / 100 + 1),
                    );
                }
                Decade::Of(year) => Some(year),
                Decade::InCentury(_) if the.is_none() || self.speaks_of_temperature() => {
                    return None
                }
                Decade::InCentury(tens) => self.published.map(|p| latest_decade(p, tens)),
            };
            (first_year.and_then(decade_range), end)
        };
        found(TimeRule::Era, the.unwrap_or(i), end, resolved)
    }

    /// Where "the" before a decade or century at token `i` is, before it or
    /// before a word of part before it ("the late nineties").
    pub(super) fn the_before_era(&self, i: usize) -> Option<usize> {
        let part = usize::from(PART_MODIFIERS.contains(self.prev(i)));
        let the = i.checked_sub(1 + part)?;
        (the >= self.doc.first && self.is(the, "the")).then_some(the)
    }

    /// The decade written at token `k` and the token after it: a year with
    /// "s" joined to it ("1990s"), two digits after an apostrophe ("'90s")
    /// or a word ("nineties").
    fn decade_at(&self, k: usize) -> Option<(Decade, usize)> {
        if let Some(tens) = decade_word(self.doc.word(k)) {
            return Some((Decade::InCentury(tens), k + 1));
        }
        let apostrophe = word_in(self.doc.word(k), &["'", "’", "‘"]);
        let at = k + usize::from(apostrophe);
        let digits = self.number(at).filter(|d| d.ends_with('0'))?;
        let joined_s = self
            .doc
            .tokens
            .get(at + 1)
            .is_some_and(|t| !t.space_before && at + 1 < self.doc.end)
            && self.doc.word(at + 1) == "s";
        if !joined_s {
            return None;
        }
        let decade = match (digits.len(), apostrophe) {
            (4, false) => Decade::Of(parse_year(digits)?),
            (2, true) => Decade::InCentury(digits.parse().ok()?),
            _ => return None,
        };
        Some((decade, at + 2))
    }

    /// The century named at token `k` by its ordinal, in digits or in
    /// words, and the token after "century": "20th century",
    /// "twentieth-century", "21st-century". A century before Christ
    /// ("the fifth century BC") is none of the calendar's.
    fn century_at(&self, k: usize) -> Option<(i32, usize)> {
        // The ordinal and its last token: the suffix joined to its digits
        // ("20th"), or the word itself ("twentieth").
        let (century, last) = match self.number(k) {
            Some(digits) => {
                let joined = self.doc.tokens.get(k + 1).is_some_and(|t| !t.space_before);
                let suffix = self.doc.word(k + 1).split('-').next().unwrap_or("");
                let ordinal = joined && word_in(suffix, &["st", "nd", "rd", "th"]);
                (ordinal.then(|| digits.parse().ok()).flatten()?, k + 1)
            }
            None => {
                let word = self.doc.word(k).to_ascii_lowercase();
                let bare = word.strip_suffix("-century").unwrap_or(&word);
                (i32::from(ordinal_word(bare)?), k)
            }
        };
        let end = if self
            .doc
            .word(last)
            .to_ascii_lowercase()
            .ends_with("-century")
        {
            last + 1
        } else if self.is(last + 1, "century") {
            last + 2
        } else {
            return None;
        };
        let before_christ = word_in(self.doc.word(end), &["bc", "b.c", "bce", "b.c.e"]);
        // A capitalised "Century" before another capitalised word is part
        // of a name: "21st Century Fox".
        let named = is_capitalized(self.doc.word(end - 1))
            && self.doc.is_word(end)
            && end < self.doc.end
            && is_capitalized(self.doc.word(end));
        (!before_christ && !named && (1..=21).contains(&century)).then_some((century, end))
    }

    /// Whether the sentence talks of temperatures, where "the nineties" are
    /// degrees.
    fn speaks_of_temperature(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| TEMPERATURE_WORDS.contains(self.doc.word(k)))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    /// Decades and centuries: a decade said without its century is the
    /// latest begun by publication (published Thursday, December 28, 2023).
    #[test]
    fn decades_and_centuries() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Crime fell in the 1990s.",
                &[("the 1990s", "1990-01-01/1999-12-31")],
            ),
            (
                "Growth was high through the nineties.",
                &[("the nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "He grew up in the '80s.",
                &[("the '80s", "1980-01-01/1989-12-31")],
            ),
            (
                "Prices rose in the early 1990s and fell in the mid-1990s.",
                &[
                    ("the early 1990s", "1990-01-01/1999-12-31"),
                    ("the mid-1990s", "1990-01-01/1999-12-31"),
                ],
            ),
            (
                "The mill ran through the 1800s and the early 1900s.",
                &[
                    ("the 1800s", "1800-01-01/1899-12-31"),
                    ("the early 1900s", "1900-01-01/1999-12-31"),
                ],
            ),
            (
                "Prices fell in the 2000s.",
                &[("the 2000s", "2000-01-01/2009-12-31")],
            ),
            (
                "She was born in the late nineties.",
                &[("the late nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "The 20th century saw two wars.",
                &[("The 20th century", "1900-01-01/1999-12-31")],
            ),
            (
                "A 19th-century church burned.",
                &[("19th-century", "1800-01-01/1899-12-31")],
            ),
            (
                "The fabled 11th century temple drew crowds.",
                &[("11th century", "1000-01-01/1099-12-31")],
            ),
            (
                "The twenty-first-century economy is new.",
                &[("The twenty-first-century", "2000-01-01/2099-12-31")],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// An age, degrees, a name and a century before the calendar's years
    /// are no decade or century; without publication a decade said
    /// without its century is left unresolved.
    #[test]
    fn no_decade_or_century() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("She is in her nineties.", &[]),
            ("He ran 21st Century Fox.", &[]),
            ("Highs were in the nineties.", &[]),
            ("The wall was built in the fifth century BC.", &[]),
        ];
        expect_resolved(cases, "2023-12-28");
        assert_eq!(
            resolve("Crime fell in the nineties.", None),
            [("the nineties".to_string(), None)]
        );
    }
}
