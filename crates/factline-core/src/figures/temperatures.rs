//! Temperatures: a scale's letter or a degree sign after the number
//! ("41C", "104°F", "220°"), where a lower-case "c" is Celsius only in a
//! sentence that speaks of the weather ("highs of 30c"), and the letter
//! after a name is a model's ("iPhone 5C").

use super::{FigureExpr, Reader};
use crate::lex::{is_capitalized, word_is, Kind, Lexicon};

/// The temperature scale a word after a number names, as the unit it
/// makes: "41C", "104°F", "30 degrees Celsius". A letter names a scale only
/// as a capital; lower-case "c" and "f" are not written for temperatures.
pub(super) fn temperature_scale(word: &str) -> Option<&'static str> {
    match word {
        "C" | "Celsius" | "centigrade" | "degC" => Some("degrees Celsius"),
        "F" | "Fahrenheit" | "degF" => Some("degrees Fahrenheit"),
        _ => None,
    }
}

/// Words of the weather, which tell a temperature's lower-case "c"
/// ("highs of 30c") from cents ("12c a share").
static WEATHER_WORDS: Lexicon = Lexicon::new(&[
    "temperature",
    "temperatures",
    "degrees",
    "heat",
    "heatwave",
    "hot",
    "hottest",
    "warm",
    "warmest",
    "cold",
    "coldest",
    "weather",
    "highs",
    "lows",
    "forecast",
]);

impl Reader<'_> {
    /// Where a temperature's unit against `figure` ends, and the unit: a
    /// scale's letter ("41C"), a degree sign with or without one ("104°F",
    /// "220°"). After a name the letter is a model's ("iPhone 5C", "Form
    /// 3F"), not a scale.
    pub(super) fn temperature(&self, figure: &FigureExpr) -> Option<(usize, &'static str)> {
        let at = figure.end;
        // A lower-case "c" is cents ("12c a share") unless the sentence
        // speaks of the weather ("highs of 30c").
        let celsius =
            |word: &str| (word == "c" && self.speaks_of_weather()).then_some("degrees Celsius");
        let letter = |k: usize| {
            (self.attached(k) && self.doc.is_word(k))
                .then(|| temperature_scale(self.doc.word(k)).or_else(|| celsius(self.doc.word(k))))
                .flatten()
        };
        // A degree sign, or "deg" where a feed spells it out ("1.19deg C"),
        // may have its scale after a space.
        let degree = self.attached(at)
            && (word_is(self.doc.word(at), "deg")
                || self
                    .doc
                    .token(at)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('°' | 'º'))));
        if degree {
            let scale = self
                .doc
                .is_word(at + 1)
                .then(|| temperature_scale(self.doc.word(at + 1)))
                .flatten();
            return Some(scale.map_or((at + 1, "degrees"), |unit| (at + 2, unit)));
        }
        let named = figure.first > 0
            && self.doc.is_word(figure.first - 1)
            && is_capitalized(self.doc.word(figure.first - 1));
        letter(at).filter(|_| !named).map(|unit| (at + 1, unit))
    }

    /// Whether the words being read speak of the weather, where a
    /// temperature may be written with a lower-case "c".
    fn speaks_of_weather(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| WEATHER_WORDS.contains(self.doc.word(k)))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figures, Case};

    /// One figure a sentence, read as the case says.
    /// Temperatures as the press writes them: the scale's letter against
    /// the digits ("41C", "-5C"), after a degree sign ("41.2°C", "104°F"),
    /// or named after "degrees". A letter after a space is a grade or a
    /// section, not a scale.
    #[test]
    fn temperatures_carry_their_scale() {
        let cases: &[Case] = &[
            (
                "The town hit 41.2C on Monday.",
                "41.2C",
                41.2,
                Some("degrees Celsius"),
                None,
            ),
            (
                "It may reach 38C by noon.",
                "38C",
                38.0,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The valley saw 104°F at dusk.",
                "104°F",
                104.0,
                Some("degrees Fahrenheit"),
                None,
            ),
            (
                "It was 12.5°C at the coast.",
                "12.5°C",
                12.5,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The lake was 2.14degF warmer.",
                "2.14degF",
                2.14,
                Some("degrees Fahrenheit"),
                None,
            ),
            (
                "The sea was 1.19deg C warmer.",
                "1.19deg C",
                1.19,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The oven ran at 220° all day.",
                "220°",
                220.0,
                Some("degrees"),
                None,
            ),
            (
                "Highs of 30 degrees Celsius are likely.",
                "30 degrees Celsius",
                30.0,
                Some("degrees Celsius"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("She scored 12 C in maths."),
            figures("She scored 12 in maths.")
        );
    }
}
