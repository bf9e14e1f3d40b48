//! Numbers written as words, and the words figures are read by: measures,
//! temperature scales, verbs of change and nouns that label by number.

use super::datelines::Country;
use crate::lex::{Lexicon, Table};

pub(crate) static NUMBER_WORDS: Table<f64> = Table::new(&[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
]);

/// The value of a number word from one to ninety-nine ("seven", "twenty-five").
pub(crate) fn number_word(word: &str) -> Option<f64> {
    let lookup = |w: &str| NUMBER_WORDS.get(w);
    match word.split_once('-') {
        Some((tens, ones)) => {
            let tens = lookup(tens).filter(|t| *t >= 20.0)?;
            Some(tens + lookup(ones).filter(|o| *o < 10.0)?)
        }
        None => lookup(word),
    }
}

/// Ordinal words from "first" to "twentieth", and the tens: a day of the
/// month said aloud ("March eighth") or a century ("the twentieth
/// century").
static ORDINAL_WORDS: Table<u8> = Table::new(&[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
]);

/// The value of an ordinal word from "first" to "thirty-first" ("eighth",
/// "twenty-first").
pub(crate) fn ordinal_word(word: &str) -> Option<u8> {
    match word.split_once('-') {
        Some((tens, ones)) => {
            let tens = NUMBER_WORDS
                .get(tens)
                .filter(|t| (20.0..=30.0).contains(t))?;
            let ones = ORDINAL_WORDS.get(ones).filter(|o| *o < 10)?;
            Some(tens as u8 + ones)
        }
        None => ORDINAL_WORDS.get(word),
    }
}

/// One-word qualifiers that make a number approximate: "about 40",
/// "nearly half", "some 300 people", "roughly four weeks ago". Figures,
/// times and counted groups of sources all read them.
pub(crate) static APPROXIMATIONS: Lexicon = Lexicon::new(&[
    "about",
    "almost",
    "approximately",
    "around",
    "nearly",
    "roughly",
    "some",
]);

/// One-word qualifiers that limit a number rather than approximate it
/// ("only 12 voters", "just three", "fully 40 percent"): the number stays
/// exact, so no qualifier is recorded, yet the word belongs to the phrase.
pub(crate) static LIMITERS: Lexicon = Lexicon::new(&["fully", "just", "only"]);

/// Units of measure and of time: a number can be joined to one by a hyphen
/// ("a 10-hour meeting"), and a number of them is a measure, not a count
/// of things that happened.
pub(crate) static MEASURES: Lexicon = Lexicon::new(&[
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "minute",
    "minutes",
    "second",
    "seconds",
    "mile",
    "miles",
    "foot",
    "feet",
    "meter",
    "meters",
    "kilometer",
    "kilometers",
    "percent",
    "point",
    "points",
    "dollar",
    "dollars",
    "inch",
    "inches",
    "pound",
    "pounds",
    "ton",
    "tons",
    "acre",
    "acres",
    "degree",
    "degrees",
    "year-old",
    "page",
    "pages",
    "time",
    "vote",
    "barrel",
    "barrels",
    "gallon",
    "gallons",
    "liter",
    "liters",
    "litre",
    "litres",
    "metre",
    "metres",
    "kilometre",
    "kilometres",
    "tonne",
    "tonnes",
    "kilogram",
    "kilograms",
    "gram",
    "grams",
    "cylinder",
    "cylinders",
    "ounce",
    "ounces",
]);

/// The names of currencies written after an amount, as the press of the
/// countries that pay in them writes it: "600 million baht", "3 billion
/// shillings", "500 million naira". An amount in one is money, never a
/// count of things that happened, so it has no rate per day.
pub(crate) static CURRENCY_WORDS: Lexicon = Lexicon::new(&[
    "euros",
    "marks",
    "pesos",
    "yen",
    "yuan",
    "renminbi",
    "rupees",
    "rupiah",
    "rubles",
    "roubles",
    "francs",
    "shekels",
    "baht",
    "rand",
    "naira",
    "shillings",
    "ringgit",
    "dirhams",
    "riyals",
    "cedis",
    "kwacha",
    "pula",
    "taka",
    "dinars",
    "lira",
    "zloty",
    "kronor",
    "won",
    "kroner",
]);

/// Words after a span with an article ("a year") that make it a time
/// counted back or on from another, not a rate: "£980m a year earlier",
/// "300 jobs a month ago".
pub(crate) static SPAN_BACK_WORDS: Lexicon = Lexicon::new(&["earlier", "ago", "before", "later"]);

/// The signs that make a number an amount of money or a share: "4%",
/// "$5", "£3bn". A number with one says as much as a word, and names a
/// level, not a count of things.
pub(crate) const AMOUNT_SIGNS: [char; 5] = ['%', '$', '£', '€', '¥'];

/// Temperature scales, units written with a capital: "minus 40 Celsius".
pub(crate) static TEMPERATURE_SCALES: Lexicon =
    Lexicon::new(&["Celsius", "Fahrenheit", "centigrade", "Kelvin"]);

/// Verbs that say a figure moved: the number right after one is the change,
/// and "to" after it names the level reached ("rose 6 pence to 410 pence"),
/// not the end of a range.
pub(crate) static CHANGE_VERBS: Lexicon = Lexicon::new(&[
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "gained",
    "gains",
    "lost",
    "loses",
    "dropped",
    "drops",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "slipped",
    "slips",
    "declined",
    "declines",
    "increased",
    "increases",
    "decreased",
    "decreases",
    "grew",
    "grows",
    "shed",
    "sheds",
    "slumped",
    "surged",
    "tumbled",
    "plunged",
    "edged",
    "eased",
    "advanced",
    "rallied",
    "soared",
    "sank",
    "added",
    "adds",
    "slid",
    "dipped",
    "skidded",
    "retreated",
    "rebounded",
    "plummeted",
    "leapt",
    "leaped",
    "shrank",
    "firmed",
]);

/// Verbs of change in their base form, which after "could" forecast:
/// "bills could fall in July" is a July ahead, though "could" is as often
/// the past of "can" ("he could not attend in July").
pub(crate) static CHANGE_VERB_BASES: Lexicon = Lexicon::new(&[
    "rise", "fall", "grow", "climb", "drop", "increase", "decrease", "decline", "jump", "slip",
    "gain", "lose", "reach", "top", "exceed", "double", "triple", "halve", "soar", "surge", "ease",
    "slow", "shrink", "rebound",
]);

/// Nouns that name a rank or a place in a series by the number after them,
/// which is then a label, not an amount: "a category 4 hurricane", "a phase
/// 3 trial", "stage 2 cancer", "gate 12".
pub(crate) static LABEL_NOUNS: Lexicon = Lexicon::new(&[
    "category", "level", "phase", "stage", "grade", "tier", "row", "gate", "platform", "lane",
    "chapter", "section", "article", "version",
]);

/// Units the press abbreviates, with the plain words a reader is shown:
/// British copy prices in pence ("145.9p a litre"), the press of Australia,
/// New Zealand and Canada in cents ("12c a share"), and the wire counts oil
/// in barrels per day ("2.2 million bpd"); land is measured in hectares
/// ("600ha"), the Indian press writes percent "p.c." ("grew 3 p.c.") and
/// the markets pages basis points "bps" ("yields rose 12 bps"); British copy
/// weighs people in stone ("lost 2st").
pub(crate) static UNIT_NAMES: Table<&str> = Table::new(&[
    ("p", "pence"),
    ("c", "cents"),
    ("bpd", "barrels per day"),
    ("ha", "hectares"),
    ("pc", "percent"),
    ("bp", "basis points"),
    ("bps", "basis points"),
    ("st", "stone"),
]);

/// Imperial measures written in two parts, a larger unit then a smaller
/// one ("6ft 2in", "7lb 4oz", "11st 3lb"): (the larger unit's spellings,
/// the smaller's, how many of the smaller make one larger, the unit the
/// whole is given in).
pub(crate) const TWO_PART_MEASURES: &[(&[&str], &[&str], f64, &str)] = &[
    (
        &["ft", "feet", "foot"],
        &["in", "ins", "inch", "inches"],
        12.0,
        "inches",
    ),
    (&["lb", "lbs", "pounds"], &["oz", "ounces"], 16.0, "oz"),
    (&["st", "stone"], &["lb", "lbs", "pounds"], 14.0, "lb"),
];

/// The dollar that a bare "$" stands for in a report filed in `country`,
/// whose press writes its own dollar so ("OTTAWA —", "SYDNEY, May 2",
/// "(CP)"); none for a country without a dollar.
pub(crate) fn home_dollar(country: Country) -> Option<&'static str> {
    match country {
        Country::Canada => Some("CAD"),
        Country::Australia => Some("AUD"),
        Country::NewZealand => Some("NZD"),
        Country::India | Country::Britain => None,
    }
}

/// The news agencies whose copy prices in US dollars wherever it is filed
/// and marks every other dollar ("C$40 million"): a dateline's "(Reuters)".
pub(crate) static US_DOLLAR_WIRES: Lexicon =
    Lexicon::new(&["reuters", "ap", "afp", "bloomberg", "upi"]);

/// The countries named before "dollar", "dollars" or "cents", with their
/// dollar: "the Canadian dollar", "73.5 U.S. cents", "2 billion Australian
/// dollars". A final dot is ignored, so "U.S." is "u.s".
pub(crate) static DOLLAR_COUNTRIES: Table<&str> = Table::new(&[
    ("u.s", "USD"),
    ("us", "USD"),
    ("american", "USD"),
    ("canadian", "CAD"),
    ("australian", "AUD"),
    ("zealand", "NZD"),
    ("kong", "HKD"),
    ("singapore", "SGD"),
]);
