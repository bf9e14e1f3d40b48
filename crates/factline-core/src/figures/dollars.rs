//! Which dollar a "$" is: decided once for the article from its dateline,
//! the codes it writes and the states or provinces it names, and restated
//! after an amount ("$2.1 billion Cdn", "$75 U.S. per barrel").

use super::counted::CURRENCY_NAMES;
use super::currency::CURRENCY_CODES;
use super::scales::scale;
use super::{FigureExpr, Reader};
use crate::grammar::{dateline_country, home_dollar, DOLLAR_COUNTRIES, US_DOLLAR_WIRES};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Table, Token};
use crate::segment::Segments;

/// The country whose dollar an amount in dollars is, restated after the
/// number as the Canadian and Australian press write it: "$75 U.S. per
/// barrel", "$2.1 billion Cdn". A final dot is ignored, so "U.S." and "US"
/// are one entry.
pub(super) static DOLLARS_RESTATED: Table<&str> = Table::new(&[
    ("u.s", "USD"),
    ("us", "USD"),
    ("cdn", "CAD"),
    ("aud", "AUD"),
    ("nzd", "NZD"),
]);

/// The currencies a "$" stands for, which a country restated after the
/// number may name.
static DOLLAR_CODES: Lexicon = Lexicon::new(&["USD", "CAD", "AUD", "NZD", "$"]);

/// States and provinces whose names belong to one country with a dollar,
/// as written, with that dollar: an article naming them shows its home
/// ([`DollarSignals::home_by_regions`]). "Victoria" is a state and a
/// province, and "New Brunswick" a US city too, so both are left out.
const DOLLAR_REGIONS: &[(&[&str], &str)] = &[
    (&["New", "South", "Wales"], "AUD"),
    (&["NSW"], "AUD"),
    (&["Queensland"], "AUD"),
    (&["Tasmania"], "AUD"),
    (&["Western", "Australia"], "AUD"),
    (&["South", "Australia"], "AUD"),
    (&["Northern", "Territory"], "AUD"),
    (&["British", "Columbia"], "CAD"),
    (&["Alberta"], "CAD"),
    (&["Saskatchewan"], "CAD"),
    (&["Manitoba"], "CAD"),
    (&["Ontario"], "CAD"),
    (&["Quebec"], "CAD"),
    (&["Nova", "Scotia"], "CAD"),
    (&["Newfoundland"], "CAD"),
];

/// What an article writes about its dollars, read once from all its words
/// and datelines, to decide what a bare "$" stands for.
#[derive(Default)]
struct DollarSignals {
    /// The dollars of the place the report is filed from or of the country
    /// whose dollar it names alone ("the Canadian dollar"); two differing
    /// leave none.
    homes: Vec<&'static str>,
    /// A dateline names an agency that prices in US dollars ("(Reuters)").
    wire: bool,
    /// The article marks an amount as US dollars ("US$75", "$75 U.S.",
    /// "73.5 U.S. cents").
    marks_us: bool,
    /// The article marks an amount as another dollar ("C$40 million", "2
    /// billion Australian dollars").
    marks_other: bool,
    /// The dollars of the states and provinces the article names
    /// ([`DOLLAR_REGIONS`]), one for each mention.
    regions: Vec<&'static str>,
    /// The article spells "per cent" in two words, as the press outside the
    /// United States does.
    per_cent: bool,
}

impl DollarSignals {
    fn mark(&mut self, code: &str) {
        if code == "USD" {
            self.marks_us = true;
        } else {
            self.marks_other = true;
        }
    }

    fn home(&self) -> Option<&'static str> {
        let first = *self.homes.first()?;
        self.homes.iter().all(|h| *h == first).then_some(first)
    }

    /// The home an article with no dateline shows by its own words: the
    /// states or provinces of one dollar country it names more than once,
    /// where it also spells "per cent" as that country's press does. "The
    /// New South Wales government will spend $2.4 billion … NSW waits fell
    /// 12 per cent" is in Australian dollars. One passing mention ("oil
    /// from Alberta"), "percent", or a second country's state leaves none.
    fn home_by_regions(&self) -> Option<&'static str> {
        let first = *self.regions.first()?;
        let one_country = self.regions.iter().all(|r| *r == first);
        let shown = self.per_cent && one_country && self.regions.len() > 1;
        (shown && self.homes.is_empty()).then_some(first)
    }

    /// The currency of a bare "$". An article that marks one dollar leaves
    /// "$" for the other: for its home's where it marks US dollars, for US
    /// dollars where it marks another, as the US press and the wires write
    /// "4.7 million Canadian dollars ($4 million)" and "C$2 billion". Without
    /// marks it is the home's dollar in the local press, and US dollars
    /// elsewhere. Where the article marks both, marks US dollars with no
    /// home to tell the other, or is local press from a home that marks its
    /// own dollar, "$" is kept as written and claims no country. An
    /// article without a dateline may show its home by the states it names
    /// ([`DollarSignals::home_by_regions`]); where it marks another dollar
    /// that home is too weak to unsettle US dollars.
    fn bare_dollar(&self) -> &'static str {
        let home = self.home().or_else(|| self.home_by_regions());
        match (self.marks_us, self.marks_other) {
            (true, true) => "$",
            (true, false) => home.unwrap_or("$"),
            (false, true) => self.home().filter(|_| !self.wire).map_or("USD", |_| "$"),
            (false, false) => home.filter(|_| !self.wire).unwrap_or("USD"),
        }
    }
}

/// The currency a bare "$" stands for in the article: decided once from its
/// datelines and the dollars it marks ([`DollarSignals::bare_dollar`]),
/// never guessed for one number.
pub(super) fn article_dollar(text: &str, segments: &Segments) -> &'static str {
    let tokens = &segments.tokens;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let mut signals = DollarSignals::default();
    for span in &segments.datelines {
        for k in span.first..span.end {
            signals.wire |= is_capitalized(word(k)) && US_DOLLAR_WIRES.contains(word(k));
            if let Some(home) = dateline_country(text, tokens, k).and_then(home_dollar) {
                signals.homes.push(home);
            }
        }
    }
    for k in 0..tokens.len() {
        dollar_mark_at(text, tokens, k, &mut signals);
        signals.per_cent |= word(k) == "per" && word_is(word(k + 1), "cent");
        if let Some(code) = dollar_region_at(text, tokens, k) {
            signals.regions.push(code);
        }
    }
    signals.bare_dollar()
}

/// The dollar of the state or province whose name starts at token `k`, as
/// written ([`DOLLAR_REGIONS`]): "New South Wales" is AUD, "Saskatchewan"
/// CAD.
fn dollar_region_at(text: &str, tokens: &[Token], k: usize) -> Option<&'static str> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    DOLLAR_REGIONS
        .iter()
        .find(|(name, _)| name.iter().enumerate().all(|(j, w)| word(k + j) == *w))
        .map(|(_, code)| *code)
}

/// Reads what the token at `k` says of the article's dollars: a code
/// against "$" and digits ("US$75", "C$40"), a country restated after an
/// amount in dollars ("$75 U.S."), a country before "dollars" or "cents"
/// (a mark after an amount, "2 billion Australian dollars", a home
/// without one, "the Canadian dollar"), or an ISO code ("USD").
fn dollar_mark_at(text: &str, tokens: &[Token], k: usize, signals: &mut DollarSignals) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let attached = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    let amount = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == Kind::Number) || scale(word(k)).is_some()
    };
    let w = word(k);
    let coded = w.len() <= 3 && word(k + 1) == "$" && attached(k + 1) && attached(k + 2);
    if let Some(code) = CURRENCY_CODES.get(w).filter(|_| coded && amount(k + 2)) {
        signals.mark(code);
    }
    let after_dollars = k > 0 && amount(k - 1) && (k.saturating_sub(4)..k).any(|j| word(j) == "$");
    if let Some(code) = DOLLARS_RESTATED
        .get(w)
        .filter(|_| after_dollars && is_capitalized(w))
    {
        signals.mark(code);
    }
    let named = word_in(word(k + 1), &["dollar", "dollars", "cents"]) && is_capitalized(w);
    if let Some(code) = DOLLAR_COUNTRIES.get(w).filter(|_| named) {
        let priced = k > 0 && (amount(k - 1) || (k > 1 && amount(k - 2)));
        if priced {
            signals.mark(code);
        } else if code != "USD" {
            signals.homes.push(code);
        }
    }
    if matches!(w, "USD" | "CAD" | "AUD" | "NZD") {
        signals.mark(w);
    }
}

impl Reader<'_> {
    /// The currency of an amount in dollars whose country is restated after
    /// it ("$75 U.S."), unless the word is a name's or the dollars' own
    /// ("$5 U.S. Steel shares", "$5 Canadian dollars").
    pub(super) fn dollar_restated(&self, figure: &FigureExpr) -> Option<&'static str> {
        let end = figure.end;
        let after = self.doc.word(end + 1);
        let dollars = figure
            .unit
            .as_deref()
            .is_some_and(|u| DOLLAR_CODES.contains(u));
        let restated = self.doc.is_word(end)
            && self
                .doc
                .word(end)
                .starts_with(|c: char| c.is_ascii_uppercase())
            && !is_capitalized(after)
            && !CURRENCY_NAMES.contains(after);
        DOLLARS_RESTATED
            .get(self.doc.word(end))
            .filter(|_| dollars && restated)
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::figures;

    /// The currency of every bare "$" in each article: a number's own
    /// prefix aside, decided once for the article from its dateline and the
    /// dollars it marks.
    #[test]
    fn a_bare_dollar_follows_the_articles_own_signals() {
        let cases: &[(&str, &[&str])] = &[
            // The local press from its own country writes its own dollar.
            (
                "OTTAWA — The province will spend $4.5 billion on clinics.",
                &["CAD"],
            ),
            (
                "SYDNEY, May 2 (AAP) - The state pledged $300 million for roads.",
                &["AUD"],
            ),
            // A city of the same name in a US state is American.
            (
                "MELBOURNE, Fla. — The county pledged $300 million for roads.",
                &["USD"],
            ),
            // Marking US dollars leaves "$" to the home's.
            (
                "TORONTO (Reuters) - Shopify earned $40 million, or US$29 million.",
                &["CAD", "USD"],
            ),
            // A wire marks the home's dollar and prices in US dollars.
            (
                "CALGARY (Reuters) - Oil traded at $75 a barrel, and Suncor paid C$2 billion.",
                &["USD per barrel", "CAD"],
            ),
            // Named alone, a country's dollar is the article's.
            (
                "The Canadian dollar fell. Loblaw earned $500 million.",
                &["CAD"],
            ),
            // No place and no marks: US dollars, as before.
            ("The council approved $48 million for roads.", &["USD"]),
            // Both dollars marked: a bare "$" claims neither.
            (
                "BHP paid A$2 million and US$1 million, and $5 million in fees.",
                &["AUD", "USD", "$"],
            ),
            // Another dollar marked: "$" is the US dollar, as the US press
            // writes it.
            (
                "Dominion earned 4.7 million Canadian dollars ($4 million).",
                &["Canadian dollars", "USD"],
            ),
            // US dollars marked with no place to tell the other dollar.
            (
                "The bank lent US$2 million. It earned $300 million.",
                &["USD", "$"],
            ),
            // The local press of a home that marks its own dollar.
            (
                "PERTH - The miner lent A$2 million. It earned $300 million.",
                &["AUD", "$"],
            ),
            // Without a dateline, the states of one country and "per cent"
            // show the home.
            (
                "The New South Wales government will spend $2.4 billion, and NSW waits fell 12 per cent.",
                &["AUD", "percent"],
            ),
            (
                "Saskatchewan will spend $300 million on Saskatchewan clinics, up 4 per cent.",
                &["CAD", "percent"],
            ),
            // One passing mention, "percent", or states of two countries
            // show none.
            (
                "Oil from Alberta traded at $52 a barrel, up 4 per cent.",
                &["USD per barrel", "percent"],
            ),
            (
                "Ontario will spend $30 million on Ontario parks, up 4 percent.",
                &["USD", "percent"],
            ),
            (
                "Queensland and Alberta pledged $5 million to Alberta, up 2 per cent.",
                &["USD", "percent"],
            ),
            // Another dollar marked: the states do not unsettle US dollars.
            (
                "The NSW miner lent A$2 million and $300 million to NSW, up 2 per cent.",
                &["AUD", "USD", "percent"],
            ),
        ];
        for (text, units) in cases {
            let found: Vec<String> = figures(text).into_iter().filter_map(|f| f.2).collect();
            assert_eq!(&found, units, "{text}");
        }
    }
}
