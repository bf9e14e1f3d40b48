//! Whether an "m" against digits is metres, not millions: after a length's
//! dimension, with a structure or a conversion in brackets, or naming a
//! race by its distance ("the 100m"), which the sports pages time.

use super::counted::CURRENCY_NAMES;
use super::digits::parse_digits;
use super::scales::scale;
use super::units::{unit_of_dimension, DIMENSIONS, LENGTH_UNITS};
use super::Reader;
use crate::lex::{word_in, Kind, Lexicon};

/// Things built or standing that a length in metres measures: "a 3m wall",
/// "a 40m tower".
static STRUCTURES: Lexicon = Lexicon::new(&[
    "wall", "walls", "fence", "fences", "tower", "towers", "statue", "mast", "barrier", "barriers",
    "hedge", "cliff", "waves", "wave", "dam", "pole",
]);

/// Races, which the sports pages name by their length in metres: "the
/// 400m hurdles", "a 2,000m race", "the 100m freestyle".
static RACES: Lexicon = Lexicon::new(&[
    "race",
    "races",
    "hurdles",
    "sprint",
    "dash",
    "relay",
    "steeplechase",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "final",
    "finals",
    "heat",
    "heats",
    "title",
    "record",
    "champion",
    "medal",
    "event",
]);

/// The distances in metres that track races are run over, which the sports
/// pages name with an "m" alone: "won the 10,000m", "the 1500m".
const RACE_DISTANCES: &[f64] = &[
    60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
];

impl Reader<'_> {
    /// Whether the "m" at `at`, against the digits before it, is metres, not
    /// a million: a dimension follows it ("37m tall", "rose 5m above the
    /// street"), a race it names ("the 400m hurdles") or a length in brackets
    /// converts it ("37m (121ft)"), or a time in hundredths of a second
    /// in its sentence runs it ("the 100m in 9.58 seconds"). Without
    /// such a sign it stays a million ("35m of its shares", "£37m"), as the
    /// press most often means it.
    pub(super) fn is_metres(&self, at: usize) -> bool {
        let next = self.doc.word(at + 1);
        let converted = next == "(" && LENGTH_UNITS.contains(self.doc.word(at + 3));
        // A dimension joined to it says so: "a 4m-high barrier".
        let dimension_joined = unit_of_dimension(self.doc.word(at)) == Some("m");
        (self.doc.word(at) == "m" || dimension_joined)
            && self.attached(at)
            && self.currency_before(at.wrapping_sub(1)).is_none()
            && (dimension_joined
                || DIMENSIONS.contains(next)
                || STRUCTURES.contains(next)
                || RACES.contains(next)
                || converted
                || self.race_timed()
                || self.names_race(at))
    }

    /// Whether the "m" at `at` names a race by its distance: digits a race
    /// is run over, with no noun after them for millions to count ("won the
    /// 10,000m in Paris", not "400m people").
    fn names_race(&self, at: usize) -> bool {
        let digits = self.doc.word(at.wrapping_sub(1));
        let distance = self
            .doc
            .token(at.wrapping_sub(1))
            .is_some_and(|t| t.kind == Kind::Number)
            && !digits.contains('.')
            && parse_digits(digits, false).is_some_and(|v| RACE_DISTANCES.contains(&v));
        let next = self.doc.word(at + 1);
        distance
            && self.counted(at + 1).is_none()
            && !CURRENCY_NAMES.contains(next)
            && scale(next).is_none()
    }

    /// Whether a race's time is in the sentence read: a number with
    /// decimals in seconds ("9.58 seconds", "21.34 secs"), as the sports
    /// pages time a sprint and nothing counted in millions is timed.
    fn race_timed(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| {
            self.doc.token(k).is_some_and(|t| t.kind == Kind::Number)
                && self.doc.word(k).contains('.')
                && word_in(self.doc.word(k + 1), &["seconds", "secs", "sec"])
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figures, Case};

    /// "m" against digits is a million unless a dimension, a race, a length
    /// in brackets or a sprint's time makes it metres.
    #[test]
    fn metres_or_millions() {
        let cases: &[Case] = &[
            (
                "She ran in the 200m heats.",
                "200m",
                200.0,
                Some("metres"),
                None,
            ),
            (
                "She reached the 1500m final.",
                "1500m",
                1500.0,
                Some("metres"),
                None,
            ),
            ("The mast is 42m tall.", "42m", 42.0, Some("metres"), None),
            (
                "The wall stood 6m above the road.",
                "6m",
                6.0,
                Some("metres"),
                None,
            ),
            (
                "She won the 2,000m race.",
                "2,000m",
                2000.0,
                Some("metres"),
                None,
            ),
            (
                "A 1,000-strong crowd gathered.",
                "1,000-strong crowd",
                1000.0,
                Some("crowd"),
                None,
            ),
            ("The squad is 30-strong.", "30-strong", 30.0, None, None),
            (
                "He took gold in the 400m hurdles.",
                "400m",
                400.0,
                Some("metres"),
                None,
            ),
            (
                "Some 12m viewers watched.",
                "Some 12m viewers",
                12e6,
                Some("viewers"),
                Some("some"),
            ),
            (
                "It cost £42m tall order aside.",
                "£42m",
                42e6,
                Some("GBP"),
                None,
            ),
        ];
        check_figures(cases);
        // A sprint's time in hundredths of a second runs the race.
        let sprint = figures("Bolt ran the 100m in 9.58 seconds.");
        let metres = ("100m".to_string(), 100.0, Some("metres".to_string()), None);
        assert_eq!(sprint.first(), Some(&metres));
        let record = figures("The record of 43.03 seconds in the 400m stands.");
        let metres = ("400m".to_string(), 400.0, Some("metres".to_string()), None);
        assert_eq!(record.last(), Some(&metres));
        // A structure measured by it makes the "m" metres.
        let wall = figures("They built a 3m wall round the site.");
        let metres = ("3m".to_string(), 3.0, Some("metres".to_string()), None);
        assert_eq!(wall.first(), Some(&metres));
    }
}
