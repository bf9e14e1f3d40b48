//! The unit after a figure, tried in order (`Reader::unit_after`): a
//! reading on a scale, a share, the measures joined to the number, a unit
//! against the digits ("60mph", "5km", "41C"), else the noun it counts;
//! with units' symbols, units in capitals, dotted units, a unit's second
//! part ("sq m") and the plain words a unit is given in.

use super::temperatures::temperature_scale;
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::grammar::{MEASURES, TEMPERATURE_SCALES, UNIT_NAMES};
use crate::lex::{without_dot, word_in, word_is, Lexicon, Token};

/// Whether `word` is a unit written against a number ("60mph", "185-hp",
/// "12st"). "45g" is grams but "5G" a network: one-letter units are
/// lower-case, and so is stone, since "St" is a saint or a street.
pub(super) fn is_attached_unit(word: &str) -> bool {
    let lower = word.chars().all(char::is_lowercase);
    ATTACHED_UNITS.contains(word) && (word.len() > 1 || lower)
        || UNITS_ONLY_ATTACHED.contains(word) && lower
}

/// Units read only against the digits and in lower case, whose letters
/// elsewhere are something else: "12st" is twelve stone, as British copy
/// weighs people, but "42 St Mary's Road" a street's.
static UNITS_ONLY_ATTACHED: Lexicon = Lexicon::new(&["st"]);

/// The unit of a length written against the digits with its dimension
/// joined to it by a hyphen: the "km" of "a 14km-long stretch", the "m" of
/// "a 4m-high barrier", where the dimension makes it metres, not millions.
pub(super) fn unit_of_dimension(word: &str) -> Option<&str> {
    let (unit, dimension) = word.split_once('-')?;
    let metres = unit == "m";
    ((is_attached_unit(unit) || metres) && DIMENSIONS.contains(dimension)).then_some(unit)
}

/// Units of measure written straight after the digits ("60mph", "5km").
pub(super) static ATTACHED_UNITS: Lexicon = Lexicon::new(&[
    "pc", "p", "c", "bhp", "ghz", "khz", "mhz", "hz", "mbps", "gbps", "kbps", "min", "l", "g",
    "mg", "mpg", "nm", "kph", "km/h", "mph", "km", "kg", "mm", "cm", "lb", "lbs", "ft", "mi", "ml",
    "gb", "mb", "tb", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "hp", "oz", "sq", "yrs", "hrs",
    "mins", "kmh", "m2", "km2", "mpa", "kpa", "ha", "bp", "bps", "m²", "km²", "cm²", "m³", "cm³",
]);

/// Units whose letters in capitals name something else, so no unit in
/// capitals: "25bp" is basis points, "300 BP stations" a company's.
static NOT_UNITS_IN_CAPITALS: Lexicon = Lexicon::new(&["bp", "bps"]);

/// Scales a reading is given on, named beside its number: "a 6.9-magnitude
/// tremor", "a magnitude 5.8 earthquake". The noun after the reading is
/// what was measured, not what the number counts.
static READING_SCALES: Lexicon = Lexicon::new(&["magnitude"]);

/// Words of size after a length: "37m tall", "5m above the street".
pub(super) static DIMENSIONS: Lexicon = Lexicon::new(&[
    "tall", "long", "high", "wide", "deep", "thick", "across", "above", "below", "away", "taller",
    "longer", "higher", "wider", "deeper",
]);

/// Units of length that a conversion in brackets may give: "37m (121ft)".
pub(super) static LENGTH_UNITS: Lexicon = Lexicon::new(&[
    "ft", "feet", "foot", "in", "inches", "yd", "yards", "miles", "mi",
]);

/// A unit's abbreviation written with dots, as older and American copy
/// writes it ("80 m.p.h.", "30 m.p.g."), as the unit without them.
pub(super) fn dotted_unit(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let dotted = word.contains('.') && letters.len() >= 2;
    (dotted && ATTACHED_UNITS.contains(&letters)).then(|| letters.to_ascii_lowercase())
}

/// A unit in the plain words a reader understands: "pence" for the "p" of
/// "145.9p", "barrels per day" for "bpd"; any other unit as written.
pub(super) fn plain_unit_name(unit: &str) -> String {
    UNIT_NAMES
        .get(unit)
        .map_or_else(|| unit.to_string(), str::to_string)
}

/// Whether `word` is a unit though written with capitals: a unit's symbol
/// ("784 HP", "450 Nm", "35 GWh") or a temperature scale ("Celsius").
pub(super) fn is_unit_in_capitals(word: &str) -> bool {
    let unit = ATTACHED_UNITS.contains(word) && !NOT_UNITS_IN_CAPITALS.contains(word);
    word.len() >= 2 && unit || TEMPERATURE_SCALES.contains(word)
}

/// Whether a unit read in a headline-shaped line is a plain word, not two
/// run together ("34 postsGet Livefyre"): a lower-case word with a capital
/// inside is scraped page furniture whose spaces were lost.
pub(super) fn is_plain_unit(unit: &str) -> bool {
    let mut letters = unit.chars();
    let lower_start = letters.next().is_some_and(char::is_lowercase);
    !(lower_start && letters.any(char::is_uppercase))
}

impl Reader<'_> {
    /// A reading on a scale named beside the number ([`READING_SCALES`]),
    /// before it ("a magnitude 5.8 earthquake", "of magnitude 6") or after
    /// it, joined by a hyphen or not ("a 6.9-magnitude tremor", "a 6.2
    /// magnitude quake"): in that scale, with the noun after it what was
    /// measured ("earthquake"), not what the number counts.
    fn scale_reading(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        let joined = self.doc.word(end) == "-" && self.attached(end) && self.attached(end + 1);
        let after = end + usize::from(joined);
        let before = figure.first.checked_sub(1).filter(|b| *b >= self.doc.first);
        let (first, end, scale) = if READING_SCALES.contains(self.doc.word(after)) {
            (figure.first, after + 1, after)
        } else {
            let before = before.filter(|b| READING_SCALES.contains(self.doc.word(*b)))?;
            (before, end, before)
        };
        let plain = figure.unit.is_none() && self.doc.is_word(scale);
        plain.then(|| FigureExpr {
            first,
            end,
            unit: Some(self.doc.word(scale).to_ascii_lowercase()),
            rule: FigureRule::Reading,
            ..figure.clone()
        })
    }

    /// The unit after the figure: a percentage, a measure joined by a hyphen
    /// ("a 10-hour meeting"), an attached unit ("60mph"), or the noun it
    /// counts. A hyphen that joins anything else makes it no figure.
    pub(super) fn unit_after(&self, figure: FigureExpr) -> Option<FigureExpr> {
        let read = self
            .scale_reading(&figure)
            .or_else(|| self.share_after(&figure))
            .or_else(|| self.measure_in_own_word(&figure))
            .or_else(|| self.multiple_after(&figure))
            .or_else(|| self.plus_joined(&figure))
            .or_else(|| self.rate_in_own_word(&figure));
        if read.is_some() {
            return read;
        }
        if let Some(compound) = self.hyphened_measure(&figure) {
            return compound;
        }
        let figure = self
            .attached_unit(&figure)
            .unwrap_or_else(|| self.noun_after(figure));
        Some(self.smaller_part_after(&figure).unwrap_or(figure))
    }

    /// An attached unit of measure: "60mph", "5pc", "41C".
    fn attached_unit(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        if let Some((end, unit)) = self.temperature(figure) {
            return Some(FigureExpr {
                end,
                unit: Some(unit.to_string()),
                rule: FigureRule::AttachedUnit,
                ..figure.clone()
            });
        }
        let written = self.doc.word(end);
        // A dimension joined to the unit is read with it: "14km-long".
        let next = unit_of_dimension(written).unwrap_or(written);
        let attached = self.attached(end)
            && self.doc.token(end).is_some_and(Token::is_word)
            && (ATTACHED_UNITS.contains(next)
                || UNITS_ONLY_ATTACHED.contains(next)
                || self.is_metres(end));
        if !attached {
            return None;
        }
        let (unit, rule) = if word_is(next, "pc") {
            ("percent".to_string(), FigureRule::Percentage)
        } else if self.is_metres(end) {
            ("metres".to_string(), FigureRule::AttachedUnit)
        } else {
            (
                plain_unit_name(&next.to_ascii_lowercase()),
                FigureRule::AttachedUnit,
            )
        };
        let (unit, end) = self.unit_second_part(unit, end + 1);
        let (end, unit) = self.pence_rate(end, unit);
        Some(FigureExpr {
            end,
            unit: Some(unit),
            rule,
            ..figure.clone()
        })
    }

    /// The side of an area after "sq" or "square" at `at`, also where the
    /// sentence's full stop is written against it: "30,000 sq ft.", as the
    /// area stays in square feet at a sentence's end.
    fn area_side_at<'w>(&'w self, unit: &str, at: usize) -> Option<&'w str> {
        let word = self.doc.word(at);
        let side = without_dot(word);
        let plain = self.is_plain_unit(at) || side != word && self.doc.is_word(at);
        (word_in(unit, &["sq", "square"]) && plain && self.is_area_side(side)).then_some(side)
    }

    /// Whether `word` measures the side of an area: "sq m", "square feet".
    fn is_area_side(&self, word: &str) -> bool {
        word_in(word, &["m", "ft", "km", "mi"]) || (self.is_measure(word) && word != "percent")
    }

    pub(super) fn is_measure(&self, word: &str) -> bool {
        MEASURES.contains(word)
    }

    /// `unit`, which ends before `end`, with its second part if one follows:
    /// "km/h", "sq m", "basis points", "degrees Celsius".
    pub(super) fn unit_second_part(&self, unit: String, end: usize) -> (String, usize) {
        let next = self.doc.word(end);
        if next == "/"
            && self.attached(end)
            && self.attached(end + 1)
            && self.is_plain_unit(end + 1)
        {
            (format!("{unit}/{}", self.doc.word(end + 1)), end + 2)
        } else if let Some(side) = self.area_side_at(&unit, end) {
            (format!("{unit} {side}"), end + 1)
        } else if word_is(&unit, "basis") && word_in(next, &["point", "points"]) {
            (format!("{unit} {next}"), end + 1)
        } else if let Some(scale) =
            temperature_scale(without_dot(next)).filter(|_| word_in(&unit, &["degree", "degrees"]))
        {
            (scale.to_string(), end + 1)
        } else {
            (unit, end)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, expect_figure_texts, Case};

    #[test]
    fn lines_shaped_like_headlines_give_figures_with_units() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Top relievers: Jane Roe (0.5 ERA), Ann Lee (12 saves)",
                &["12 saves"],
            ),
            (
                "Get the Lamp at Home Store for $49.99 (Save $20)",
                &["$49.99", "$20"],
            ),
            ("Only 24 Percent of Voters Are Undecided.", &["24 Percent"]),
            ("State calls 22 emails 'top secret'", &["22 emails"]),
            ("Published 5:55 AM EST Dec 20 2019", &[]),
            ("Seas could rise by 2120, scientists warn", &[]),
            ("34 postsGet LiveSign in", &[]),
        ];
        expect_figure_texts(cases);
    }

    /// British, wire and Commonwealth copy: units in the plain words a
    /// reader understands, rates, and the rand and the real.
    #[test]
    fn abbreviated_units_and_currencies() {
        let cases: &[Case] = &[
            (
                "Petrol reached 145.9p a litre.",
                "145.9p a litre",
                145.9,
                Some("pence per litre"),
                None,
            ),
            (
                "Its shares closed at 212p.",
                "212p",
                212.0,
                Some("pence"),
                None,
            ),
            (
                "Profit was £980m a year earlier.",
                "£980m",
                9.8e8,
                Some("GBP"),
                None,
            ),
            (
                "Onions touched Rs 80 a kg.",
                "Rs 80 a kg",
                80.0,
                Some("INR per kg"),
                None,
            ),
            (
                "Gold rose to $2,045.10 an ounce.",
                "$2,045.10 an ounce",
                2045.1,
                Some("USD per ounce"),
                None,
            ),
            (
                "The loonie traded at 73.5 U.S. cents.",
                "73.5 U.S. cents",
                73.5,
                Some("U.S. cents"),
                None,
            ),
            // A preposition after a cricket score counts nothing.
            ("He hit 105 off the last over.", "105", 105.0, None, None),
            (
                "Riyadh kept its cut of 1 million bpd.",
                "1 million bpd",
                1e6,
                Some("barrels per day"),
                None,
            ),
            (
                "Eskom needs R2.5bn for repairs.",
                "R2.5bn",
                2.5e9,
                Some("ZAR"),
                None,
            ),
            ("The fine is R1,500.", "R1,500", 1500.0, Some("ZAR"), None),
            (
                "Petrobras will pay R$2.5 billion.",
                "R$2.5 billion",
                2.5e9,
                Some("BRL"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// Basis points written against the digits, as the City pages do.
    #[test]
    fn basis_points_against_the_digits() {
        let cases: &[Case] = &[(
            "Rates rose 25bp on Tuesday.",
            "25bp",
            25.0,
            Some("basis points"),
            None,
        )];
        check_figures(cases);
    }

    /// An area at a sentence's end keeps its side past the full stop.
    #[test]
    fn an_area_at_a_sentence_end() {
        let cases: &[Case] = &[(
            "The office covers 30,000 sq ft.",
            "30,000 sq ft.",
            30000.0,
            Some("sq ft"),
            None,
        )];
        check_figures(cases);
    }
}
