//! The places and news agencies a dateline names, by their country: one
//! table that `figures` asks for the dollar a report filed there prices in
//! and `times` for the fiscal year it counts by.

use crate::lex::{is_capitalized, without_dot, Table, Token, US_STATE_ABBREVIATIONS};

/// A country whose press writes its own dollar or counts its own fiscal
/// year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Country {
    Canada,
    Australia,
    NewZealand,
    India,
    Britain,
}

/// The country a word of a dateline names: its cities ("OTTAWA —", "NEW
/// DELHI, May 20", "SYDNEY, May 2") and its own news agencies ("(CP)",
/// "(PTI)", "(AAP)"). Cities whose names are also American (Birmingham,
/// Manchester) or Pakistani (Hyderabad) are left out.
static DATELINE_COUNTRIES: Table<Country> = Table::new(&[
    ("ottawa", Country::Canada),
    ("toronto", Country::Canada),
    ("montreal", Country::Canada),
    ("vancouver", Country::Canada),
    ("calgary", Country::Canada),
    ("edmonton", Country::Canada),
    ("winnipeg", Country::Canada),
    ("halifax", Country::Canada),
    ("regina", Country::Canada),
    ("saskatoon", Country::Canada),
    ("fredericton", Country::Canada),
    ("charlottetown", Country::Canada),
    ("whitehorse", Country::Canada),
    ("yellowknife", Country::Canada),
    ("cp", Country::Canada),
    ("sydney", Country::Australia),
    ("melbourne", Country::Australia),
    ("canberra", Country::Australia),
    ("brisbane", Country::Australia),
    ("perth", Country::Australia),
    ("adelaide", Country::Australia),
    ("hobart", Country::Australia),
    ("aap", Country::Australia),
    ("wellington", Country::NewZealand),
    ("auckland", Country::NewZealand),
    ("christchurch", Country::NewZealand),
    ("delhi", Country::India),
    ("mumbai", Country::India),
    ("bengaluru", Country::India),
    ("bangalore", Country::India),
    ("chennai", Country::India),
    ("kolkata", Country::India),
    ("pti", Country::India),
    ("ians", Country::India),
    ("london", Country::Britain),
    ("edinburgh", Country::Britain),
    ("cardiff", Country::Britain),
    ("belfast", Country::Britain),
    ("glasgow", Country::Britain),
]);

/// The country the dateline word at token `k` names (see
/// [`DATELINE_COUNTRIES`]), written with a capital; none for a city of the
/// same name in the United States, which its state after a comma shows
/// ("MELBOURNE, Fla.").
pub(crate) fn dateline_country(text: &str, tokens: &[Token], k: usize) -> Option<Country> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let american = tokens.get(k + 1).is_some_and(|t| t.is_punct(','))
        && US_STATE_ABBREVIATIONS.contains(without_dot(word(k + 2)));
    let country = DATELINE_COUNTRIES.get(word(k)).filter(|_| !american);
    country.filter(|_| is_capitalized(word(k)))
}
