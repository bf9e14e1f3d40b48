//! The noun a number counts ("3,000 new jobs", "12 saves"), past
//! adjectives and participles, not adverbs or verbs that follow a bare
//! count; the head of a compound noun; after money, the currency's name
//! or the unit the money is given for; and after "a", the one thing an
//! amount sizes ("a 10,000 crore project").

use super::scales::{scale, OPENING_ARTICLES};
use super::units::{dotted_unit, is_attached_unit, is_unit_in_capitals, plain_unit_name};
use super::{FigureExpr, Reader};
use crate::evidence::FigureRule;
use crate::grammar::is_irregular_past;
use crate::lex::{is_capitalized, looks_plural, word_is, Lexicon, Token};

/// Adjectives that go before the noun a number counts: "3,000 new jobs",
/// "12 armed men".
static COUNT_ADJECTIVES: Lexicon = Lexicon::new(&[
    "new",
    "more",
    "most",
    "other",
    "old",
    "young",
    "additional",
    "extra",
    "full-time",
    "part-time",
    "undocumented",
    "registered",
    "armed",
    "unaccompanied",
    "foreign",
    "former",
    "small",
    "large",
    "big",
    "major",
    "senior",
    "junior",
    "private",
    "separate",
    "different",
]);

/// Endings of adjectives that may stand between a number and the noun it
/// counts: "40 local firms", "3 massive storms", "12 dangerous roads".
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ive", "ous", "ic", "ful", "less", "ish", "ary", "an", "ing",
];

/// Whether `word` is an adjective before the noun a number counts ("new
/// jobs", "undocumented migrants", "foreign companies"), so the noun after
/// it is the unit.
fn is_count_adjective(word: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|s| word.ends_with(s)) || COUNT_ADJECTIVES.contains(word)
}

/// Currency names after money that already has its sign ("$5 million
/// dollars"), and after digits with the country that issues them ("73.5
/// U.S. cents").
pub(super) static CURRENCY_NAMES: Lexicon = Lexicon::new(&["dollars", "euros", "pounds", "cents"]);

/// Words after a number that are not what it counts.
pub(super) static NOT_UNITS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
    "but", "as", "than", "that", "which", "who", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "will", "would", "could", "should", "may", "might", "can", "do", "does", "did",
    "it", "its", "this", "these", "those", "their", "his", "her", "when", "while", "after",
    "before", "since", "until", "over", "under", "more", "less", "each", "a.m.", "p.m.", "am",
    "pm", "times", "percent", "per", "into", "out", "up", "down", "so", "if", "then", "there",
    "here", "all", "both", "not", "no", "also", "still", "only", "just", "about", "around",
    "among", "between", "through", "during", "against", "vs", "vs.", "off",
]);

/// Adverbs of place and time without the "-ly" that marks most adverbs,
/// which follow a bare count and are never what it counts: "rose to 3,400
/// nationwide", "minus 12 overnight", "scored 21 altogether".
static COUNT_ADVERBS: Lexicon = Lexicon::new(&[
    "overnight",
    "nationwide",
    "worldwide",
    "statewide",
    "countrywide",
    "overseas",
    "abroad",
    "again",
    "altogether",
    "together",
    "apiece",
    "alone",
    "ahead",
    "behind",
    "instead",
    "already",
    "away",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
]);

/// Verbs in the present that follow a bare count as what the counted do,
/// above all in polls ("4 in 10 say", "some 300 oppose the plan"): never
/// what the number counts.
static VERBS_AFTER_A_COUNT: Lexicon = Lexicon::new(&[
    "say",
    "think",
    "believe",
    "want",
    "support",
    "oppose",
    "approve",
    "disapprove",
    "favor",
    "favour",
    "prefer",
    "agree",
    "disagree",
    "expect",
    "remain",
]);

impl Reader<'_> {
    /// The noun after the figure: what it counts, or, after money, the
    /// currency's name or the unit the money is given for.
    pub(super) fn noun_after(&self, figure: FigureExpr) -> FigureExpr {
        let end = figure.end;
        let next = self.doc.word(end);
        if figure.unit.is_none() && !self.amount_of_one_thing(&figure) {
            if let Some((e, u)) = self.counted(end).or_else(|| self.named_group(end)) {
                let (e, u) = self.compound_head(e, u, figure.value);
                return FigureExpr {
                    end: e,
                    unit: Some(u),
                    rule: FigureRule::CountedNoun,
                    ..figure
                };
            }
        } else if CURRENCY_NAMES.contains(next) {
            return FigureExpr {
                end: end + 1,
                ..figure
            };
        } else if let Some(code) = self.dollar_restated(&figure) {
            let restated = FigureExpr {
                end: end + 1,
                unit: Some(code.to_string()),
                ..figure
            };
            return self.noun_after(restated);
        } else if let Some((rate_end, per)) = self.rate_after(end) {
            // Money by the unit it buys: "$58.24 per barrel", "$3,500 a month".
            let currency = figure.unit.clone().unwrap_or_default();
            return FigureExpr {
                end: rate_end,
                unit: Some(format!("{currency} per {per}")),
                ..figure
            };
        }
        figure
    }

    /// Whether the scaled amount `figure`, after "a", sizes the one thing
    /// the singular noun after it names rather than counting it: "a 5 lakh
    /// crore economy", "a 10,000 crore project" are no 10,000 crore projects.
    fn amount_of_one_thing(&self, figure: &FigureExpr) -> bool {
        let before = self.doc.word(figure.first.wrapping_sub(1));
        let last = self.doc.word(figure.end.wrapping_sub(1));
        let next = self.doc.word(figure.end);
        figure.first > self.doc.first
            && OPENING_ARTICLES.contains(before)
            && scale(last).is_some_and(|_| last.len() > 2)
            && self.is_plain_unit(figure.end)
            && !looks_plural(next)
            && !CURRENCY_NAMES.contains(&format!("{next}s"))
            && !self.is_measure(next)
            && !is_attached_unit(next)
    }

    /// The head of a compound noun a count of more than one counts: in "two
    /// former golf courses" and "three police officers" the singular noun is
    /// a modifier of the plural after it, which is what is counted.
    fn compound_head(&self, end: usize, unit: String, value: f64) -> (usize, String) {
        let next = self.doc.word(end);
        let plural_after = looks_plural(next) && next.chars().all(|c| c.is_ascii_lowercase());
        // A modifier may be a compound: "1,200 child-care spaces".
        let modifier = value > 1.0
            && unit.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !looks_plural(&unit)
            && !self.is_measure(&unit);
        if modifier && plural_after && self.doc.is_word(end) {
            (end + 1, next.to_string())
        } else {
            (end, unit)
        }
    }

    /// Whether the word at `i` is a participle, which counts only the plural
    /// noun right after it: "40 flooded homes", "300 registered voters",
    /// "197 paid staffers". Without one it is a verb or stands alone ("50
    /// killed", "some 1,000 came").
    fn is_participle(&self, i: usize) -> bool {
        let word = self.doc.word(i);
        (word.ends_with("ed") || is_irregular_past(word))
            && !self.is_measure(word)
            && word.chars().all(|c| c.is_ascii_lowercase())
            && self.doc.token(i).is_some_and(Token::is_word)
    }

    /// Whether the word at `k` may be a unit or a counted noun: a plain
    /// lower-case word (or a unit's symbol in capitals), not an adverb, a
    /// verb that follows a count or a participle.
    pub(super) fn is_plain_unit(&self, k: usize) -> bool {
        let w = self.doc.word(k);
        self.doc.token(k).is_some_and(Token::is_word)
            && (!is_capitalized(w) || is_unit_in_capitals(w))
            && !NOT_UNITS.contains(w)
            && !VERBS_AFTER_A_COUNT.contains(w)
            && !COUNT_ADVERBS.contains(w)
            && !w.ends_with("ly")
            && (!w.ends_with("ed") || self.is_measure(w))
            // A unit's power may be set as a superscript: "30,000 km²".
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '²' | '³'))
    }

    /// The noun a number counts, starting at `i`: one lower-case word, or an
    /// adjective and its noun, with a following "per X".
    pub(super) fn counted(&self, i: usize) -> Option<(usize, String)> {
        if let Some(unit) = dotted_unit(self.doc.word(i)) {
            return Some((i + 1, plain_unit_name(&unit)));
        }
        if self.is_korean_won(i) {
            return Some((i + 1, "won".to_string()));
        }
        let plain = |k: usize| self.is_plain_unit(k);
        let word = self.doc.word(i);
        if self.is_participle(i) {
            return self
                .counted(i + 1)
                .filter(|(end, noun)| *end == i + 2 && looks_plural(noun));
        }
        // "more" and the adverbs are words no unit is, but the plural noun
        // after one is counted: "200 more kilometres", "12 more survivors",
        // "four statewide officials"; not "14 more ready" or "200 more along".
        let next = self.doc.word(i + 1);
        let before_noun = (word_is(word, "more") || COUNT_ADVERBS.contains(word))
            && plain(i + 1)
            && looks_plural(next);
        if !plain(i) && !before_noun {
            return None;
        }
        let mut end = i + 1;
        let mut unit = self.doc.word(i).to_string();
        let modifier = is_count_adjective(&unit) || before_noun;
        if modifier && plain(end) && !self.is_measure(&unit) {
            unit = self.doc.word(end).to_string();
            end += 1;
        }
        if is_unit_in_capitals(&unit) {
            unit = unit.to_ascii_lowercase();
        }
        let unit = plain_unit_name(&unit);
        let (mut unit, mut end) = self.unit_second_part(unit, end);
        if word_is(self.doc.word(end), "per") && plain(end + 1) {
            unit = format!("{unit} per {}", self.doc.word(end + 1));
            end += 2;
        } else if let Some((rate_end, span)) = self.span_rate(end, &unit) {
            unit = format!("{unit} per {span}");
            end = rate_end;
        }
        Some((end, unit))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figure_texts, check_figures, Case};

    /// A participle between a number and the plural noun it counts is part
    /// of the figure; without the noun it names no unit.
    #[test]
    fn a_participle_before_the_counted_noun() {
        let cases: &[Case] = &[
            (
                "The storm left 40 flooded homes.",
                "40 flooded homes",
                40.0,
                Some("homes"),
                None,
            ),
            (
                "The county has 1,200 registered voters.",
                "1,200 registered voters",
                1200.0,
                Some("voters"),
                None,
            ),
            (
                "Officials said 50 killed in the fire.",
                "50",
                50.0,
                None,
                None,
            ),
            ("Two turned vicious.", "Two", 2.0, None, None),
        ];
        check_figures(cases);
    }

    /// A word of comparison between the number and its noun leaves the noun
    /// counted: "200 more kilometres" are kilometres, not "more", and "the
    /// ten most populous cities" are cities.
    #[test]
    fn a_comparison_before_the_counted_noun() {
        let cases: &[Case] = &[
            (
                "The convoy drove 200 more kilometres.",
                "200 more kilometres",
                200.0,
                Some("kilometres"),
                None,
            ),
            (
                "Rescuers found 12 more survivors.",
                "12 more survivors",
                12.0,
                Some("survivors"),
                None,
            ),
            ("The team needs 20 more than that.", "20", 20.0, None, None),
            (
                "The ten most populous cities grew.",
                "ten most populous cities",
                10.0,
                Some("cities"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A verb in the past after a bare count is what the counted did, not
    /// what the number counts, and so is one in the present that polls
    /// report.
    #[test]
    fn a_verb_after_a_bare_count() {
        let cases: &[Case] = &[
            (
                "Some 1000 came to the rally.",
                "Some 1000",
                1000.0,
                None,
                Some("some"),
            ),
            (
                "At least 12 fled the fire.",
                "At least 12",
                12.0,
                None,
                Some("at least"),
            ),
            ("About 40 attended.", "About 40", 40.0, None, Some("about")),
            (
                "Some 300 oppose the plan.",
                "Some 300",
                300.0,
                None,
                Some("some"),
            ),
            (
                "Nearly 40 want a recount.",
                "Nearly 40",
                40.0,
                None,
                Some("nearly"),
            ),
            (
                "It hired 197 paid staffers.",
                "197 paid staffers",
                197.0,
                Some("staffers"),
                None,
            ),
            (
                "Police held 12 suspects.",
                "12 suspects",
                12.0,
                Some("suspects"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// An adverb without "-ly" after a bare count is not what it counts, and
    /// a scale's capital at the end of a sentence keeps its stop.
    #[test]
    fn adverbs_after_a_count_and_a_final_scale() {
        let cases: &[Case] = &[
            (
                "Temperatures fell to minus 12 overnight.",
                "minus 12",
                -12.0,
                None,
                None,
            ),
            (
                "Cases rose to 3,400 nationwide.",
                "3,400",
                3400.0,
                None,
                None,
            ),
            ("They scored 21 altogether.", "21", 21.0, None, None),
            (
                "The party elects four statewide officials.",
                "four statewide officials",
                4.0,
                Some("officials"),
                None,
            ),
            (
                "Temperatures touched 47.5 degrees C.",
                "47.5 degrees C.",
                47.5,
                Some("degrees Celsius"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A scaled amount after "a" sizes the singular noun after it.
    #[test]
    fn an_amount_of_one_thing() {
        let cases: &[(&str, &[&str])] = &[
            (
                "India aims to be a 5 lakh crore economy.",
                &["5 lakh crore"],
            ),
            (
                "The state cleared a 10,000 crore project.",
                &["10,000 crore"],
            ),
            ("The state hired 2 million workers.", &["2 million workers"]),
            ("A 2 million euro grant came.", &["2 million euro"]),
            ("A 5 million tonne crop came.", &["5 million tonne"]),
        ];
        check_figure_texts(cases);
    }
}
