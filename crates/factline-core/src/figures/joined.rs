//! Measures joined to the number by a hyphen or in its own word: "a
//! 10-hour meeting", "a five-year review", "sixfold", "a 10-fold rise",
//! "25-basis-point", "a 5,000-strong force", and a measure with its
//! smaller part after it ("6ft 2in").

use super::counted::NOT_UNITS;
use super::digits::parse_digits;
use super::scales::head_of;
use super::units::is_attached_unit;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::grammar::{number_word, MEASURES, TWO_PART_MEASURES};
use crate::lex::{word_in, word_is, Kind, Token};

/// A compound that joins a number to a measure by a hyphen, split at that
/// hyphen: "five-year" is ("five", "year"), "billion-mile" ("billion",
/// "mile"), "twenty-five-year-old" ("twenty-five", "year"). "One-time"
/// means former, not once.
pub(super) fn joined_measure(word: &str) -> Option<(&str, &str)> {
    if word_is(word, "one-time") {
        return None;
    }
    word.match_indices('-').find_map(|(at, _)| {
        let measure = head_of(word.get(at + 1..)?);
        let number = word.get(..at)?;
        MEASURES.contains(measure).then_some((number, measure))
    })
}

/// The number of a multiple written in one word: "sixfold" and "six-fold"
/// are six times as much.
pub(super) fn multiple_of(word: &str) -> Option<f64> {
    let stem = word.get(..word.len().checked_sub(4)?).filter(|_| {
        word.get(word.len() - 4..)
            .is_some_and(|end| word_is(end, "fold"))
    })?;
    number_word(stem.strip_suffix('-').unwrap_or(stem))
}

impl Reader<'_> {
    /// A measure in a larger unit with its smaller part after it, read whole
    /// in the smaller unit: "6ft 2in" is 74 inches, "7lb 4oz" 116 oz, where
    /// reading the first part alone would give a wrong height or weight.
    pub(super) fn smaller_part_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let unit = figure.unit.as_deref()?;
        let (_, smaller, per, whole) = TWO_PART_MEASURES
            .iter()
            .find(|(larger, ..)| word_in(unit, larger))?;
        let at = figure.end;
        self.doc.token(at).filter(|t| t.kind == Kind::Number)?;
        let part = parse_digits(self.doc.word(at), false)?;
        if !word_in(self.doc.word(at + 1), smaller) || self.attached(at) || part >= *per {
            return None;
        }
        Some(FigureExpr {
            end: at + 2,
            value: figure.value * per + part,
            unit: Some((*whole).to_string()),
            ..figure.clone()
        })
    }

    /// A measure in the number's own word: "a five-year review", "a 1.8
    /// billion-mile journey".
    pub(super) fn measure_in_own_word(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let own_word = self.doc.token(figure.end.checked_sub(1)?)?;
        if !own_word.is_word() || figure.unit.is_some() {
            return None;
        }
        let (_, measure) = joined_measure(own_word.text(self.doc.text))?;
        Some(FigureExpr {
            unit: Some(format!("{measure}s")),
            rule: FigureRule::MeasureCompound,
            ..figure.clone()
        })
    }

    /// A multiple: "sixfold", "six-fold", "a 10-fold rise", and so many
    /// times, as much or as often: "nine times average earnings", "10 times
    /// faster", "arrested three times". "Times" in lower case, as "The
    /// Times" is none.
    pub(super) fn multiple_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        let own_multiple = end
            .checked_sub(1)
            .and_then(|last| self.doc.token(last))
            .filter(|t| t.is_word())
            .is_some_and(|t| multiple_of(t.text(self.doc.text)).is_some());
        let fold_after = self.doc.word(end) == "-"
            && self.attached(end)
            && word_is(self.doc.word(end + 1), "fold");
        let times_after = self.doc.is_word(end) && self.doc.word(end) == "times";
        let words_after = if fold_after {
            2
        } else {
            usize::from(times_after)
        };
        (own_multiple || fold_after || times_after).then(|| FigureExpr {
            end: end + words_after,
            unit: Some("times".into()),
            rule: FigureRule::Multiple,
            ..figure.clone()
        })
    }

    /// A measure joined by a hyphen: "a 10-hour meeting", "15-year-old", "a
    /// 185-hp engine". `None` where no word is joined; `Some(None)` where
    /// the joined word is no unit, and the number then no figure.
    pub(super) fn hyphened_measure(&self, figure: &FigureExpr) -> Option<Option<FigureExpr>> {
        let end = figure.end;
        let joined = self.doc.word(end) == "-"
            && self.attached(end)
            && self.doc.token(end + 1).is_some_and(Token::is_word)
            && self.attached(end + 1);
        if !joined {
            return None;
        }
        let compound = self.doc.word(end + 1);
        let head = compound.split('-').next().unwrap_or(compound);
        if word_is(compound, "strong") {
            return Some(Some(self.strong_group(figure)));
        }
        if let Some(joined) = self.rate_joined(figure, compound, end + 2) {
            return Some(Some(joined));
        }
        if let Some(points) = self.points_joined(figure, compound, end + 2) {
            return Some(Some(points));
        }
        let unit = if self.is_measure(head) {
            format!("{head}s")
        } else if is_attached_unit(head) {
            head.to_ascii_lowercase()
        } else {
            return Some(None);
        };
        Some(Some(FigureExpr {
            end: end + 2,
            unit: Some(unit),
            rule: FigureRule::MeasureCompound,
            ..figure.clone()
        }))
    }

    /// Basis or percentage points joined to the number by hyphens, the
    /// `compound` that ends at `end`, as the markets pages size a change in
    /// rates: "a 25-basis-point hike", "a 0.75-percentage-point increase".
    fn points_joined(&self, figure: &FigureExpr, compound: &str, end: usize) -> Option<FigureExpr> {
        let (kind, point) = compound.split_once('-')?;
        let rule = if word_is(kind, "percentage") {
            FigureRule::PercentagePoints
        } else if word_is(kind, "basis") {
            FigureRule::MeasureCompound
        } else {
            return None;
        };
        word_in(point, &["point", "points"]).then(|| FigureExpr {
            end,
            unit: Some(format!("{} points", kind.to_ascii_lowercase())),
            rule,
            ..figure.clone()
        })
    }

    /// Money by the unit it buys with the rate joined to it by hyphens, the
    /// `compound` that ends at `end`: "£450,000-a-year", "a $90-a-barrel
    /// price", "£5-per-head".
    fn rate_joined(&self, figure: &FigureExpr, compound: &str, end: usize) -> Option<FigureExpr> {
        let (per, noun) = compound.split_once('-')?;
        let priced = word_in(per, &["a", "an", "per"])
            && (self.is_measure(noun) || word_in(noun, &["share", "head", "person"]));
        let currency = figure
            .unit
            .as_deref()
            .filter(|_| figure.rule == FigureRule::Money)?;
        priced.then(|| FigureExpr {
            end,
            unit: Some(format!("{currency} per {noun}")),
            ..figure.clone()
        })
    }

    /// The rate joined to a scale in the amount's own last word:
    /// "$400-million-a-year".
    pub(super) fn rate_in_own_word(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let last = figure.end.checked_sub(1).filter(|k| self.doc.is_word(*k))?;
        let (_, rate) = self.doc.word(last).split_once('-')?;
        self.rate_joined(figure, rate, figure.end)
    }

    /// A group counted by "-strong", as the British and Commonwealth press
    /// sizes a crowd or a force: "a 1,000-strong crowd" is 1,000 in the
    /// crowd, the noun after it, if a plain lower-case word follows.
    fn strong_group(&self, figure: &FigureExpr) -> FigureExpr {
        let after = figure.end + 2;
        let noun = self.doc.word(after);
        let is_noun = self.doc.is_word(after)
            && noun.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_UNITS.contains(noun);
        let (end, unit) = if is_noun {
            (after + 1, Some(noun.to_string()))
        } else {
            (after, None)
        };
        FigureExpr {
            end,
            unit,
            rule: FigureRule::MeasureCompound,
            ..figure.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figure_texts, check_figures, figures, Case};

    /// A measure joined by a hyphen to a number word, a scale or a unit's
    /// symbol: the length or size of the noun after it.
    #[test]
    fn measures_joined_by_a_hyphen() {
        let cases: &[Case] = &[
            (
                "It began a five-year review.",
                "five-year",
                5.0,
                Some("years"),
                None,
            ),
            (
                "The union called a two-day strike.",
                "two-day",
                2.0,
                Some("days"),
                None,
            ),
            (
                "The firm signed a twenty-five-year lease.",
                "twenty-five-year",
                25.0,
                Some("years"),
                None,
            ),
            (
                "The probe made a 1.8 billion-mile journey.",
                "1.8 billion-mile",
                1.8e9,
                Some("miles"),
                None,
            ),
            ("It has a 185-hp engine.", "185-hp", 185.0, Some("hp"), None),
            ("It gained a 5-mpg boost.", "5-mpg", 5.0, Some("mpg"), None),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_cylinder_count_and_pressures() {
        let cases: &[Case] = &[
            (
                "It has a four-cylinder engine.",
                "four-cylinder",
                4.0,
                Some("cylinders"),
                None,
            ),
            (
                "The panel held 61.4 MPa of pressure.",
                "61.4 MPa",
                61.4,
                Some("mpa"),
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn multiples_written_with_fold() {
        let cases: &[Case] = &[
            (
                "Revenue grew more than sixfold.",
                "more than sixfold",
                6.0,
                Some("times"),
                Some("more than"),
            ),
            (
                "It was a three-fold increase.",
                "three-fold",
                3.0,
                Some("times"),
                None,
            ),
            (
                "Cases saw a 10-fold rise.",
                "10-fold",
                10.0,
                Some("times"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(figures("They built a scaffold and a manifold."), vec![]);
        // A multiple opens no range.
        check_figure_texts(&[(
            "Revenue grew sixfold to $3 billion.",
            &["sixfold", "$3 billion"],
        )]);
    }

    /// A height or weight in two units is one figure in the smaller.
    #[test]
    fn two_part_measures() {
        let cases: &[Case] = &[
            (
                "He stands 6ft 2in tall.",
                "6ft 2in",
                74.0,
                Some("inches"),
                None,
            ),
            (
                "He is 6 feet 2 inches tall.",
                "6 feet 2 inches",
                74.0,
                Some("inches"),
                None,
            ),
            (
                "The baby weighed 7lb 4oz.",
                "7lb 4oz",
                116.0,
                Some("oz"),
                None,
            ),
        ];
        check_figures(cases);
    }
}
