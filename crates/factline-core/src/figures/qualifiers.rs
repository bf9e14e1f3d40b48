//! The qualifier before a figure ("more than", "just under", "about",
//! "only"), and a bound joined to the number by a hyphen ("50-plus",
//! "40-odd").

use super::{FigureExpr, Reader};
use crate::grammar::{APPROXIMATIONS, LIMITERS};
use crate::lex::{without_dot, word_is, Lexicon};

/// Qualifiers, longest first so "just over" wins over "over" and "no more
/// than" over "more than", its opposite. The one-word approximations and
/// limiters ("about", "only") are the shared lexicons, tried after these.
const QUALIFIERS: &[&str] = &[
    "no more than",
    "no less than",
    "no fewer than",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "close to",
    "in excess of",
    "upwards of",
    "an estimated",
    "just over",
    "just under",
    "well over",
    "over",
    "under",
    "above",
    "below",
    "estimated",
];

/// Qualifiers written otherwise than in their usual words, with those
/// words: "as high as $2,000" is at most $2,000, "just shy of $3 million"
/// just under it, and a tilde, as technical and informal copy writes it,
/// is about ("~45g"). Longest first, as in [`QUALIFIERS`].
const QUALIFIER_BOUNDS: &[(&str, &str)] = &[
    ("as high as", "at most"),
    ("as low as", "at least"),
    ("just shy of", "just under"),
    ("just short of", "just under"),
    ("shy of", "under"),
    ("~", "about"),
];

/// Words joined to a number by a hyphen that bound it, with the qualifier
/// they make: "20-plus years" is more than 20, "1,500-odd members" about
/// 1,500.
const JOINED_BOUNDS: &[(&str, &str)] = &[("plus", "more than"), ("odd", "about")];

/// The last words of the qualifiers of more than one word and of the
/// comparisons, to test cheaply whether one may end before a number.
static QUALIFIER_ENDS: Lexicon = Lexicon::new(&[
    "~",
    "high",
    "low",
    "than",
    "least",
    "most",
    "to",
    "as",
    "of",
    "estimated",
    "over",
    "under",
    "above",
    "below",
]);

/// Whether a qualifier may end with `word` before a number.
pub(super) fn ends_qualifier(word: &str) -> bool {
    QUALIFIER_ENDS.contains(word) || APPROXIMATIONS.contains(word) || LIMITERS.contains(word)
}

impl Reader<'_> {
    /// A qualifier before the figure that starts at `first` ("more than",
    /// "about"), with where the figure then starts.
    pub(super) fn qualifier_before(&self, first: usize) -> (usize, Option<String>) {
        let qualified = first > self.doc.first && ends_qualifier(self.doc.word(first - 1));
        let bounds = QUALIFIER_BOUNDS.iter().map(|(written, _)| written);
        // A tilde set apart marks a list's item ("~ Two former punters"), not
        // an approximation.
        let tilde_apart = self.doc.word(first.wrapping_sub(1)) == "~" && !self.attached(first);
        for q in bounds
            .chain(QUALIFIERS)
            .filter(|_| qualified && !tilde_apart)
        {
            let length = q.split(' ').count();
            let Some(start) = first.checked_sub(length).filter(|s| *s >= self.doc.first) else {
                continue;
            };
            if q.split(' ')
                .enumerate()
                .all(|(k, w)| word_is(self.doc.word(start + k), w))
            {
                let bound = QUALIFIER_BOUNDS.iter().find(|(written, _)| written == q);
                let qualifier = bound.map_or(*q, |(_, bound)| bound);
                return (start, Some(qualifier.to_string()));
            }
        }
        let word = self.doc.word(first.wrapping_sub(1));
        if qualified && APPROXIMATIONS.contains(word) {
            return (first - 1, Some(without_dot(word).to_ascii_lowercase()));
        }
        (first, None)
    }

    /// A number with a bound joined to it by a hyphen ([`JOINED_BOUNDS`]),
    /// as the British and Commonwealth press writes it: "£1bn-plus" is more
    /// than £1bn, "20-plus years" more than 20 years, "1,500-odd members"
    /// about 1,500 members.
    pub(super) fn plus_joined(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        let last = self.doc.word(end.checked_sub(1)?).to_ascii_lowercase();
        let bound_of = |word: &str| {
            JOINED_BOUNDS
                .iter()
                .find(|(bound, _)| word_is(word, bound))
                .map(|(_, qualifier)| *qualifier)
        };
        let joined = (self.doc.word(end) == "-" && self.attached(end) && self.attached(end + 1))
            .then(|| bound_of(self.doc.word(end + 1)))
            .flatten();
        let own = self
            .doc
            .is_word(end - 1)
            .then(|| last.rsplit_once('-').and_then(|(_, bound)| bound_of(bound)))
            .flatten();
        let qualifier = joined.or(own)?;
        let bound = FigureExpr {
            end: if joined.is_some() { end + 2 } else { end },
            qualifier: figure.qualifier.clone().or(Some(qualifier.into())),
            ..figure.clone()
        };
        Some(self.noun_after(bound))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, Case};

    #[test]
    fn no_more_than_is_at_most() {
        let cases: &[Case] = &[
            (
                "Doses stay at no more than 5 grams.",
                "no more than 5 grams",
                5.0,
                Some("grams"),
                Some("no more than"),
            ),
            (
                "It hired no fewer than 40 guards.",
                "no fewer than 40 guards",
                40.0,
                Some("guards"),
                Some("no fewer than"),
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_tilde_is_about() {
        let cases: &[Case] = &[
            (
                "Each sample weighs ~45g.",
                "~45g",
                45.0,
                Some("g"),
                Some("about"),
            ),
            (
                "BEFORE YOU GO. ~ Two punters died.",
                "Two punters",
                2.0,
                Some("punters"),
                None,
            ),
            (
                "The nozzle sat ~1.2mm above the bed.",
                "~1.2mm",
                1.2,
                Some("mm"),
                Some("about"),
            ),
        ];
        check_figures(cases);
    }
}
