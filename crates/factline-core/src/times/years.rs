//! Years: a number read as a year where it is one (not money, not a count,
//! not part of a name, before 1900 only after a preposition of time), a
//! year said aloud ("nineteen ninety-one") and a decade written as one word
//! ("1990s").

use super::day_ranges::year_range;
use super::{found, Counted, Reader, TimeExpr, TimeRead};
use crate::evidence::TimeRule;
use crate::grammar::month_number;
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Table};

/// The first words of years said aloud, and the centuries they name:
/// "nineteen ninety-six".
static SPOKEN_CENTURIES: Table<i32> =
    Table::new(&[("eighteen", 18), ("nineteen", 19), ("twenty", 20)]);

/// Prepositions before a capitalised word that do not make a number after
/// it part of a name: "in 1990" is a year, "Title 2000" is not.
static YEAR_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "in", "since", "by", "until", "of", "from", "through", "during", "before", "after", "for",
]);

/// Prepositions of time that make a number before 1900 a year: "in
/// 1898", "since 1865".
static HISTORICAL_YEAR_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "since", "until", "before", "after"]);

/// Words after which a four-digit number is a year even before a noun: "in
/// 1990 spending", "its 1988 recapitalization", "a 1996 law". Capitalised
/// at the start of a sentence they are still these words, not a name.
static YEAR_ANCHORS: Lexicon = Lexicon::new(&[
    "in", "since", "by", "until", "from", "through", "during", "before", "after", "of", "its",
    "the", "his", "her", "their", "our", "this", "that", "early", "mid", "a", "an",
]);

/// Words after a four-digit number that leave it a year rather than a count
/// of what follows: "2020 election", "1990 and 1991", but "2000 people".
static YEAR_FOLLOWERS: Lexicon = Lexicon::new(&[
    "and",
    "or",
    "to",
    "as",
    "when",
    "because",
    "after",
    "before",
    "that",
    "but",
    "with",
    "for",
    "in",
    "on",
    "at",
    "was",
    "is",
    "were",
    "the",
    "a",
    "election",
    "elections",
    "season",
    "budget",
    "census",
    "levels",
    "level",
    "figures",
    "report",
    "campaign",
]);

/// Nouns of events and reports that a year and a name before them date
/// together: "a 2015 Gallup survey", "his 2012 Senate campaign", "1990
/// BellSouth earnings". A name alone after a year may be a model ("his 1987
/// Chevrolet", "a 2012 Ford Focus"), but a model is no survey or campaign.
static DATED_NOUNS: Lexicon = Lexicon::new(&[
    "survey",
    "poll",
    "study",
    "report",
    "campaign",
    "race",
    "election",
    "primary",
    "victory",
    "defeat",
    "hearing",
    "earnings",
    "convention",
    "nomination",
    "bombing",
    "attack",
    "attacks",
    "debate",
    "budget",
    "law",
    "ruling",
    "decision",
    "speech",
    "summit",
    "census",
    "season",
]);

pub(super) fn parse_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// The first year of a decade written as one word, "1990s" (in
/// "mid-1990s").
pub(super) fn decade_written(word: &str) -> Option<i32> {
    word.strip_suffix('s')
        .and_then(parse_year)
        .filter(|year| year % 10 == 0)
}

impl Reader<'_> {
    /// The year written at token `k`, in digits ("1997") or in words as
    /// it is spoken ("nineteen ninety-seven"), and the token after it.
    pub(super) fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        match self.number(k).and_then(parse_year) {
            Some(year) => Some((year, k + 1)),
            None => self.spoken_year(k),
        }
    }

    /// A year as broadcasters say it, its century and then its last two
    /// digits: "nineteen ninety-six", "twenty ten". A count never reads so
    /// ("nineteen" is never followed by a second number), so no context is
    /// needed.
    fn spoken_year(&self, k: usize) -> Option<(i32, usize)> {
        let century = SPOKEN_CENTURIES.get(self.doc.word(k))?;
        let rest = crate::grammar::number_word(&self.doc.word(k + 1).to_ascii_lowercase())
            .filter(|v| *v >= 10.0)?;
        Some((century * 100 + rest as i32, k + 2))
    }

    /// A spoken year alone ("in nineteen ninety-one"), or "the year two
    /// thousand", where a count of two thousand cannot be meant.
    pub(super) fn read_spoken_year(&self, i: usize) -> TimeRead {
        if let Some((year, end)) = self.spoken_year(i) {
            return found(TimeRule::Year, i, end, year_range(year));
        }
        let after_year = self.is(i.wrapping_sub(1), "year") && word_is(self.prev(i - 1), "the");
        if !after_year || !self.is(i, "two") || !self.is(i + 1, "thousand") {
            return None;
        }
        found(TimeRule::Year, i - 2, i + 2, year_range(2000))
    }

    /// The four-digit `year` at token `i` where it reads as one: a range of
    /// years, "the 1988 period", "the 2021 fiscal year", or a year alone.
    pub(super) fn read_year_number(&self, i: usize, year: i32) -> TimeRead {
        if let Some(years) = self.read_years(i, year) {
            return Some(years);
        }
        // A number in a range of four-digit numbers that is no span of
        // years is no year either: "2000 - 2500 calories".
        let ranged = matches!(self.doc.word(i + 1), "-" | "–");
        if ranged && self.number(i + 2).and_then(parse_year).is_some() {
            return None;
        }
        // "the 1988 second quarter" is the quarter's to read.
        if self.ordinal_quarter_at(i + 1) {
            return None;
        }
        // "the 1988 period": the report's period in 1988, or with none,
        // some part of 1988 the words do not fix, so the year is what can
        // be said of it (see `report_period_in_year`).
        if word_is(self.prev(i), "the") && word_in(self.doc.word(i + 1), &["period", "quarter"]) {
            let time = found(TimeRule::Year, i - 1, i + 2, year_range(year))?;
            return Some(TimeExpr {
                counted: Some(Counted::InYear(year)),
                ..time
            });
        }
        let modern = (1900..=2100).contains(&year) && self.bare_year_context(i);
        let historical = year < 1900 && self.historical_year_context(i);
        if !modern && !historical {
            return None;
        }
        found(TimeRule::Year, i, i + 1, year_range(year))
    }

    /// Whether a four-digit number before 1900 reads as a year: only
    /// after a preposition of time and before no word, "independence in
    /// 1898.", as such a number is more often a count ("in 1500 homes") or
    /// a score ("a level of 1500").
    fn historical_year_context(&self, i: usize) -> bool {
        let next_is_word = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && i + 1 < self.doc.end);
        HISTORICAL_YEAR_PREPOSITIONS.contains(self.prev(i)) && !next_is_word
    }

    /// Whether a word or a dash is joined to the number at token `i`
    /// without a space ("1990s", "1990-91"), which makes the number no year.
    pub(super) fn joined_after(&self, i: usize) -> bool {
        let next_token = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        next_token.is_some_and(|t| {
            !t.space_before && matches!(t.kind, Kind::Punct('-' | '–') | Kind::Word)
        })
    }

    /// Whether one or two capitalised words from token `k` are followed by
    /// one of the `DATED_NOUNS`: "(2015) Gallup survey", "(1990) BellSouth
    /// earnings".
    fn name_before_dated_noun(&self, k: usize) -> bool {
        let names = (k..k + 3)
            .take_while(|&j| j < self.doc.end && is_capitalized(self.doc.word(j)))
            .count();
        (1..=2).contains(&names) && DATED_NOUNS.contains(self.doc.word(k + names))
    }

    /// Whether a four-digit number reads as a year: not money, not part of a
    /// name or model ("Title 2000", "a 2012 Ford"), not a count ("2000 people").
    fn bare_year_context(&self, i: usize) -> bool {
        let prev = self.prev(i);
        let next = self.doc.word(i + 1);
        let next_token = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        if matches!(prev, "$" | "€" | "£" | "#") || self.vague_before(i) {
            return false;
        }
        if self.joined_after(i) {
            return false;
        }
        // After a preposition or a determiner the number is a year even
        // before a noun: "in 1990 spending", "its 1988 recapitalization".
        let anchored = YEAR_ANCHORS.contains(prev) || prev.ends_with("’s") || prev.ends_with("'s");
        let preceded_by_name = is_capitalized(prev)
            && !YEAR_PREPOSITIONS.contains(prev)
            && !anchored
            && month_number(prev).is_none()
            && i > self.doc.first;
        // Before a name the number is a year only where a preposition or a
        // demonstrative fixes it as one ("the 1996 Olympics", "in 1990
        // Congress"); after an owner or "a" it may name a model ("his 1987
        // Chevrolet", "a 2012 Ford").
        let fixed_before_name =
            YEAR_PREPOSITIONS.contains(prev) || word_in(prev, &["the", "this", "that"]);
        let followed_by_name = is_capitalized(next)
            && next_token.is_some_and(|t| t.is_word())
            && !fixed_before_name
            && !self.name_before_dated_noun(i + 1);
        let counted = !anchored
            && next_token.is_some_and(|t| t.is_word())
            && !is_capitalized(next)
            && !YEAR_FOLLOWERS.contains(next);
        !(preceded_by_name || followed_by_name || counted)
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// A range of years ends by 2100; one that runs past it is a range of
    /// something else.
    #[test]
    fn a_range_of_years_ends_by_2100() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            ("Adults need about 2000 - 2500 calories a day.", &[]),
            (
                "Between 1600 and 1900 the town grew slowly.",
                &[("Between 1600 and 1900", "1600-01-01/1900-12-31")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// Years said aloud, as broadcast transcripts write them (published
    /// Thursday, December 28, 2023).
    #[test]
    fn spoken_years() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "In nineteen eighty-four the mill closed.",
                &[("nineteen eighty-four", "1984-01-01/1984-12-31")],
            ),
            (
                "March nineteen ninety-two. The flood came.",
                &[("March nineteen ninety-two", "1992-03-01/1992-03-31")],
            ),
            (
                "The plan runs to the year two thousand.",
                &[("the year two thousand", "2000-01-01/2000-12-31")],
            ),
            (
                "The port reopened in twenty twelve.",
                &[("twenty twelve", "2012-01-01/2012-12-31")],
            ),
            ("Two thousand people marched.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A year that dates the noun after it, after a determiner or a
    /// preposition, is a year even before a name.
    #[test]
    fn a_year_before_what_it_dates() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "The 2004 Summer Games drew crowds.",
                &[("2004", "2004-01-01/2004-12-31")],
            ),
            (
                "Critics opposed the 1986 Tax Reform Act.",
                &[("1986", "1986-01-01/1986-12-31")],
            ),
            (
                "A 1997 statute covers the port.",
                &[("1997", "1997-01-01/1997-12-31")],
            ),
            (
                "That 1972 treaty still binds both sides.",
                &[("1972", "1972-01-01/1972-12-31")],
            ),
            (
                "In 1990 Congress rewrote the rules.",
                &[("1990", "1990-01-01/1990-12-31")],
            ),
            // A name between a year and an event or a report it dates.
            (
                "A 2015 Marist survey found the same.",
                &[("2015", "2015-01-01/2015-12-31")],
            ),
            (
                "She ran his 2012 Senate campaign.",
                &[("2012", "2012-01-01/2012-12-31")],
            ),
            (
                "Analysts cut their 2024 Acme Foods earnings estimates.",
                &[("2024", "2024-01-01/2024-12-31")],
            ),
            // A name alone after a year may be a model.
            ("Police found his 2009 Honda Civic abandoned.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    #[test]
    fn years_before_1900_need_a_preposition_of_time() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "The fort fell in 1864, after a siege.",
                &[("1864", "1864-01-01/1864-12-31")],
            ),
            ("The index closed at 1500.", &[]),
            ("Power returned in 1500 homes.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
