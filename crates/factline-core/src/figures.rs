//! Reads the numbers a text states: digits with separators, decimals, number
//! words, fractions, scales, money, percentages, ranges and tallies, with the
//! qualifier before them and the unit or counted noun after them.
//!
//! Years, ordinals, clock times, codes and names ("Title 42", "COVID-19", "a
//! 2012 Ford") and dates are not figures, nor is the length of a time ("two
//! years ago", "the past two weeks"), which belongs to the time, the ages
//! that name a group ("voters aged 18 to 29") or a place in a ranking ("the
//! top three").

use crate::evidence::FigureRule;
use crate::grammar::{
    dateline_country, home_dollar, is_irregular_past, number_word, APPROXIMATIONS, CHANGE_VERBS,
    DOLLAR_COUNTRIES, INDEFINITE_ARTICLES, LABEL_NOUNS, LIMITERS, MEASURES, SPAN_BACK_WORDS,
    TEMPERATURE_SCALES, TWO_PART_MEASURES, UNIT_NAMES, US_DOLLAR_WIRES,
};
use crate::lex::{
    is_capitalized, looks_plural, without_dot, word_in, word_is, Kind, Lexicon, Table, Token,
};
use crate::segment::{Document, Segments};
use crate::times::TimeExpr;

/// A figure as token indices `first..end`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureExpr {
    pub first: usize,
    pub end: usize,
    pub value: f64,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    /// How its number and unit were read.
    pub rule: FigureRule,
}

static SCALES: Table<f64> = Table::new(&[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mln", 1e6),
    ("mil", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("crore", 1e7),
    ("cr", 1e7),
    ("crores", 1e7),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("k", 1e3),
    ("dozen", 12.0),
]);

static FRACTIONS: Table<f64> = Table::new(&[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fourth", 0.25),
    ("fourths", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
    ("tenths", 0.1),
]);

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

/// The eras a year is counted in: "620 B.C.", "A.D. 900", "300 BCE".
static ERAS: Lexicon = Lexicon::new(&["BC", "B.C.", "AD", "A.D.", "BCE", "B.C.E.", "CE", "C.E."]);

/// Whether `word` names an era in its capitals ([`ERAS`]): "BC", "A.D.";
/// "an ad" is none.
fn is_era(word: &str) -> bool {
    ERAS.contains(word) && !word.chars().any(char::is_lowercase)
}

/// Words of a vote, after which two whole numbers joined by "to" are its
/// tally: "the court ruled 6 to 3".
static VOTE_WORDS: Lexicon = Lexicon::new(&["vote", "voted", "ruled"]);

/// Verbs of lasting, and the prepositions of a length: "over three days"
/// after one is more than three days ("lasted over", "for over", "the
/// highest in over 15 years", "finished in under two hours", "after over
/// six weeks"); elsewhere "over three days" is the span something happened
/// in.
const LENGTH_WORDS: &[&str] = &[
    "last", "lasts", "lasted", "took", "take", "takes", "spent", "spend", "waited", "wait", "for",
    "in", "within", "after",
];

/// The words that join the two ends of a range of numbers: "from 350 to
/// 300", "between 18 and 24", "2010-2014".
const RANGE_JOINERS: &[&str] = &["to", "and", "-", "–"];

/// Words joined to a number by a hyphen that bound it, with the qualifier
/// they make: "20-plus years" is more than 20, "1,500-odd members" about
/// 1,500.
const JOINED_BOUNDS: &[(&str, &str)] = &[("plus", "more than"), ("odd", "about")];

/// The vulgar fractions typesetters set in one character, against digits
/// ("2½ years") or alone.
static VULGAR_FRACTIONS: Table<f64> = Table::new(&[
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅛", 0.125),
]);

/// Words of interest rates and yields, in whose sentence "a quarter-point"
/// is a quarter of a percentage point ("raised rates by a quarter-point"),
/// not a half-point scored.
static RATE_WORDS: Lexicon = Lexicon::new(&[
    "rate", "rates", "yield", "yields", "interest", "percent", "%",
]);

/// "a dozen", "an estimated": articles that may open a figure.
static OPENING_ARTICLES: Lexicon = Lexicon::new(INDEFINITE_ARTICLES);

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
fn ends_qualifier(word: &str) -> bool {
    QUALIFIER_ENDS.contains(word) || APPROXIMATIONS.contains(word) || LIMITERS.contains(word)
}

/// Capitalised words that open a sentence before a number without naming it
/// ("In 42 cases", "All 12 members").
static OPENERS: Lexicon = Lexicon::new(&[
    "in", "on", "at", "by", "from", "to", "for", "with", "of", "and", "but", "only", "between",
    "the", "a", "an", "all", "another", "since", "after", "before", "during", "within", "those",
    "these", "its", "their", "his", "her", "our", "another", "every", "each", "last", "first",
    "up", "more", "less", "fewer", "over", "under", "exactly", "among", "of", "per", "than",
    "total", "another",
]);

/// Words after a number that make it a clock time.
const CLOCK_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "edt",
    "est",
    "pdt",
    "pst",
    "bst",
    "cet",
    "o'clock",
    "o’clock",
];

/// Currency codes written before the number, with their ISO names.
static CURRENCY_CODES: Table<&str> = Table::new(&[
    ("us", "USD"),
    ("usd", "USD"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("c", "CAD"),
    ("nz", "NZD"),
    ("hk", "HKD"),
    ("s", "SGD"),
    ("ps", "GBP"),
    ("gbp", "GBP"),
    ("eur", "EUR"),
    ("rm", "MYR"),
    ("r", "BRL"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("ksh", "KES"),
    ("kes", "KES"),
    ("tsh", "TZS"),
    ("ush", "UGX"),
    ("ngn", "NGN"),
    ("rp", "IDR"),
    ("idr", "IDR"),
    ("krw", "KRW"),
    ("rmb", "CNY"),
    ("php", "PHP"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("qar", "QAR"),
    ("qr", "QAR"),
    ("pkr", "PKR"),
    ("bdt", "BDT"),
    ("lkr", "LKR"),
    ("thb", "THB"),
    ("bt", "THB"),
    ("vnd", "VND"),
    ("myr", "MYR"),
    ("zar", "ZAR"),
    ("egp", "EGP"),
    ("ghs", "GHS"),
    ("twd", "TWD"),
    ("brl", "BRL"),
    ("mxn", "MXN"),
    ("rub", "RUB"),
    ("try", "TRY"),
    ("pln", "PLN"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("ils", "ILS"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("chf", "CHF"),
]);

/// Currency signs before the number, besides "$", whose country the
/// article decides ([`article_dollar`]): "€5 million", "₩3 trillion".
static CURRENCY_SIGNS: Table<&str> = Table::new(&[
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₱", "PHP"),
    ("₺", "TRY"),
    ("₫", "VND"),
    ("₽", "RUB"),
    ("₪", "ILS"),
    ("฿", "THB"),
]);

/// Currency codes of two letters that the press sets apart from the digits
/// as often as against them: "Rs 500 crore", "Rp 10 trillion", "KSh 400
/// million". Other short codes need the digits against them.
static CODES_WRITTEN_APART: Lexicon = Lexicon::new(&["rs", "rp", "ksh"]);

/// Currencies written as a capital letter or two against grouped or
/// scaled digits, exactly so: "R1,500" rand, "N5 billion" naira, "Sh2.5
/// billion" shillings, as the Kenyan, Tanzanian and Ugandan press writes
/// its own without saying whose, "Dh500 million" dirhams, as the UAE's
/// and Morocco's ([`Reader::letter_currency`]).
const LETTER_CURRENCIES: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("N", "NGN"),
    ("Sh", "shillings"),
    ("Dh", "dirhams"),
];

/// The country whose dollar an amount in dollars is, restated after the
/// number as the Canadian and Australian press write it: "$75 U.S. per
/// barrel", "$2.1 billion Cdn". A final dot is ignored, so "U.S." and "US"
/// are one entry.
static DOLLARS_RESTATED: Table<&str> = Table::new(&[
    ("u.s", "USD"),
    ("us", "USD"),
    ("cdn", "CAD"),
    ("aud", "AUD"),
    ("nzd", "NZD"),
]);

/// The currencies a "$" stands for, which a country restated after the
/// number may name.
static DOLLAR_CODES: Lexicon = Lexicon::new(&["USD", "CAD", "AUD", "NZD", "$"]);

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

/// Words before a number that make it the ages that name a group, not an
/// amount: "women aged 25 to 54", "voters ages 16 to 24", "between the ages
/// of 17 and 20". A single age stays a figure: "at age 16", "over the age
/// of 21".
static AGE_WORDS: Lexicon = Lexicon::new(&["aged", "ages"]);

/// The spans of time an age may be told in after its number: "under the
/// age of 5 years", "at age 18 months".
static AGE_SPANS: Lexicon = Lexicon::new(&["years", "year", "months", "month", "weeks", "days"]);

/// Nouns of people that are plural without an "s": "the men, aged 30 and
/// 34" are a group, not one person of an age.
static PLURAL_PERSONS: Lexicon = Lexicon::new(&["people", "children", "men", "women", "folk"]);

/// The people a club, a party, a firm or a force has, which a count
/// before its name counts: "48 Arsenal fans", "23 Republican senators".
static MEMBERS: Lexicon = Lexicon::new(&[
    "fans",
    "supporters",
    "members",
    "employees",
    "workers",
    "staffers",
    "senators",
    "lawmakers",
    "legislators",
    "councillors",
    "councilors",
    "delegates",
    "voters",
    "soldiers",
    "troops",
    "officers",
    "players",
    "students",
    "residents",
    "activists",
    "protesters",
    "volunteers",
]);

/// Peoples and parties' members named in the plural without the "-ans" of
/// most ("Canadians", "Republicans"): "2.3m Britons", "40 Democrats".
static PEOPLES: Lexicon = Lexicon::new(&[
    "britons",
    "brits",
    "aussies",
    "kiwis",
    "scots",
    "democrats",
    "israelis",
    "iraqis",
    "pakistanis",
    "bangladeshis",
    "filipinos",
    "saudis",
    "somalis",
    "turks",
    "poles",
    "greeks",
    "kurds",
    "muslims",
    "hindus",
    "sikhs",
    "jews",
    "catholics",
    "tories",
]);

/// Words after "half" that make it half of something: "half of all voters",
/// "nearly half the money".
static HALF_OF: Lexicon = Lexicon::new(&[
    "of", "the", "its", "their", "his", "her", "our", "all", "those", "these",
]);

/// Words before "half" that make it a part of a period, a measure or a
/// pair, not a share: "the second half of", "a half", "the better half".
static NOT_BEFORE_HALF: Lexicon = Lexicon::new(&[
    "a", "an", "the", "first", "second", "last", "other", "latter", "better", "final", "each",
    "lower", "upper", "top", "bottom", "front", "back",
]);

/// Words that end a bound or a limit before a "half" standing alone as a
/// share: "more than half", "at least half", "only half" (the
/// approximations, "nearly half", are the shared lexicon).
static HALF_BOUNDS: Lexicon = Lexicon::new(&["than", "least", "most", "only", "just"]);

/// Words after a bounded "half" that make it a measure's or a clock's:
/// "nearly half an hour", "about half past six".
static NOT_AFTER_BOUNDED_HALF: Lexicon = Lexicon::new(&["a", "an", "past"]);

/// Currency names after money that already has its sign ("$5 million
/// dollars"), and after digits with the country that issues them ("73.5
/// U.S. cents").
static CURRENCY_NAMES: Lexicon = Lexicon::new(&["dollars", "euros", "pounds", "cents"]);

/// Whether `word` may be part of a name before a counted noun: letters, or
/// a country's initials with their stops ("U.S. cents").
fn is_name_word(word: &str) -> bool {
    word.chars().all(char::is_alphabetic)
        || word.chars().all(|c| c.is_ascii_uppercase() || c == '.') && word.contains('.')
}

/// Capitalised words before a number that make it money, not a name or a
/// code: "USD 1,700", "HK 300".
static CURRENCY_PREFIXES: Lexicon = Lexicon::new(&["USD", "EUR", "GBP", "US", "A", "C", "HK", "S"]);

/// The scales that open a word, joined by hyphens, multiplied: "billion"
/// in "billion-mile", 10^12 in "lakh-crore", as the Indian press writes
/// a lakh crore ("a ₹2.5-lakh-crore plan"). After the first, only a scale
/// written out joins.
fn joined_scales(word: &str) -> Option<f64> {
    let mut parts = word.split('-');
    let first = scale(parts.next()?)?;
    Some(parts.map_while(spelled_scale).fold(first, |all, s| all * s))
}

/// The part of a hyphenated compound before its first hyphen.
fn head_of(word: &str) -> &str {
    word.bytes()
        .position(|b| b == b'-')
        .and_then(|at| word.get(..at))
        .unwrap_or(word)
}

/// A compound that joins a number to a measure by a hyphen, split at that
/// hyphen: "five-year" is ("five", "year"), "billion-mile" ("billion",
/// "mile"), "twenty-five-year-old" ("twenty-five", "year"). "One-time"
/// means former, not once.
fn joined_measure(word: &str) -> Option<(&str, &str)> {
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
fn multiple_of(word: &str) -> Option<f64> {
    let stem = word.get(..word.len().checked_sub(4)?).filter(|_| {
        word.get(word.len() - 4..)
            .is_some_and(|end| word_is(end, "fold"))
    })?;
    number_word(stem.strip_suffix('-').unwrap_or(stem))
}

/// Whether `word` is a unit written against a number ("60mph", "185-hp",
/// "12st"). "45g" is grams but "5G" a network: one-letter units are
/// lower-case, and so is stone, since "St" is a saint or a street.
fn is_attached_unit(word: &str) -> bool {
    let lower = word.chars().all(char::is_lowercase);
    ATTACHED_UNITS.contains(word) && (word.len() > 1 || lower)
        || UNITS_ONLY_ATTACHED.contains(word) && lower
}

/// Units read only against the digits and in lower case, whose letters
/// elsewhere are something else: "12st" is twelve stone, as British copy
/// weighs people, but "42 St Mary's Road" a street's.
static UNITS_ONLY_ATTACHED: Lexicon = Lexicon::new(&["st"]);

/// Whether `ending`, against the digits `digits`, makes them an ordinal:
/// "th" and a decade's "s" after any, "st", "nd" and "rd" only after the
/// ones they are said with ("21st", "32nd", "3rd"), so "12st" is stone.
fn is_ordinal_ending(digits: &str, ending: &str) -> bool {
    let tens = digits.len() >= 2 && digits.as_bytes()[digits.len() - 2] == b'1';
    let said_with = match digits.as_bytes().last() {
        Some(b'1') => "st",
        Some(b'2') => "nd",
        Some(b'3') => "rd",
        _ => "th",
    };
    word_in(ending, &["th", "s"]) || !tens && word_is(ending, said_with)
}

/// The unit of a length written against the digits with its dimension
/// joined to it by a hyphen: the "km" of "a 14km-long stretch", the "m" of
/// "a 4m-high barrier", where the dimension makes it metres, not millions.
fn unit_of_dimension(word: &str) -> Option<&str> {
    let (unit, dimension) = word.split_once('-')?;
    let metres = unit == "m";
    ((is_attached_unit(unit) || metres) && DIMENSIONS.contains(dimension)).then_some(unit)
}

/// The temperature scale a word after a number names, as the unit it
/// makes: "41C", "104°F", "30 degrees Celsius". A letter names a scale only
/// as a capital; lower-case "c" and "f" are not written for temperatures.
fn temperature_scale(word: &str) -> Option<&'static str> {
    match word {
        "C" | "Celsius" | "centigrade" | "degC" => Some("degrees Celsius"),
        "F" | "Fahrenheit" | "degF" => Some("degrees Fahrenheit"),
        _ => None,
    }
}

/// Units of measure written straight after the digits ("60mph", "5km").
static ATTACHED_UNITS: Lexicon = Lexicon::new(&[
    "pc", "p", "c", "bhp", "ghz", "khz", "mhz", "hz", "mbps", "gbps", "kbps", "min", "l", "g",
    "mg", "mpg", "nm", "kph", "km/h", "mph", "km", "kg", "mm", "cm", "lb", "lbs", "ft", "mi", "ml",
    "gb", "mb", "tb", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "hp", "oz", "sq", "yrs", "hrs",
    "mins", "kmh", "m2", "km2", "mpa", "kpa", "ha", "bp", "bps", "m²", "km²", "cm²", "m³", "cm³",
]);

/// Units whose letters in capitals name something else, so no unit in
/// capitals: "25bp" is basis points, "300 BP stations" a company's.
static NOT_UNITS_IN_CAPITALS: Lexicon = Lexicon::new(&["bp", "bps"]);

/// Words after which a digit and capitals name a radio station, as what
/// is told, not a measure: "told 2GB".
static BROADCAST_CUES: Lexicon = Lexicon::new(&["told", "tell", "tells", "telling"]);

/// Words of speaking before "on" or "to", after which a digit and capitals
/// name the station spoken on: "said on 3AW", "speaking to 2UE", "appeared
/// on 2GB". Without one, "upgraded to 2TB" is a measure.
static SPEAKING_ON_AIR: Lexicon = Lexicon::new(&[
    "said",
    "says",
    "say",
    "saying",
    "speaking",
    "spoke",
    "speak",
    "speaks",
    "talking",
    "talked",
    "appeared",
    "appearing",
    "interviewed",
    "interview",
]);

/// The signs and names of the rupee, by which an article shows it writes
/// its amounts in rupees: "Rs 500 crore", "₹1,200", "INR 40", "rupees".
static RUPEE_SIGNS: Lexicon = Lexicon::new(&["₹", "rs", "inr"]);
static RUPEE_NAMES: Lexicon = Lexicon::new(&["rupee", "rupees"]);

/// The Indian scales, which the Indian press writes money in with the sign
/// of a second amount left off: "the state will spend 2,300 crore".
static INDIAN_SCALES: Lexicon = Lexicon::new(&["crore", "crores", "cr", "lakh", "lakhs"]);

/// Words of a cricket innings, in whose sentence "247 for 6" is a side's
/// runs for the wickets it has lost, a score and no figure: "at stumps",
/// "declared on 412 for 8".
static INNINGS_WORDS: Lexicon = Lexicon::new(&[
    "stumps", "declared", "innings", "wicket", "wickets", "overs", "batting", "bowled", "bowling",
    "chasing", "lunch", "tea", "runs",
]);

/// The spans of time, in the singular: a measure given by one after an
/// article is a rate ("35 hours a week", "80 kilometres an hour"), and a
/// number of them after "over" the span something happened in ("over
/// three days").
static SPANS_OF_TIME: Lexicon = Lexicon::new(&["minute", "hour", "day", "week", "month", "year"]);

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

/// Scales a reading is given on, named beside its number: "a 6.9-magnitude
/// tremor", "a magnitude 5.8 earthquake". The noun after the reading is
/// what was measured, not what the number counts.
static READING_SCALES: Lexicon = Lexicon::new(&["magnitude"]);

/// Units' symbols that price a good after a slash, with the unit they
/// name, where the symbol alone is too short or too rare to read as a
/// unit elsewhere: "$2.05/L" is per litre, "$8,900/t" per tonne, "$80/bbl"
/// per barrel, as the Australian, Canadian and commodity pages write them.
static SLASHED_SYMBOLS: Table<&str> =
    Table::new(&[("l", "litre"), ("t", "tonne"), ("bbl", "barrel")]);

/// The spans money is paid by, abbreviated in lower case as British
/// adverts and property pages write them, with the span: "£40,000 pa" a
/// year, "£1,200 pcm" a calendar month, "£300pw" a week. In capitals "PA"
/// is a news agency.
static RATE_ABBREVIATIONS: Table<&str> = Table::new(&[
    ("pa", "year"),
    ("p.a", "year"),
    ("pcm", "month"),
    ("pw", "week"),
]);

/// Words of size after a length: "37m tall", "5m above the street".
static DIMENSIONS: Lexicon = Lexicon::new(&[
    "tall", "long", "high", "wide", "deep", "thick", "across", "above", "below", "away", "taller",
    "longer", "higher", "wider", "deeper",
]);

/// Things built or standing that a length in metres measures: "a 3m wall",
/// "a 40m tower".
static STRUCTURES: Lexicon = Lexicon::new(&[
    "wall", "walls", "fence", "fences", "tower", "towers", "statue", "mast", "barrier", "barriers",
    "hedge", "cliff", "waves", "wave", "dam", "pole",
]);

/// Words of money in a sentence, which make a bare "m" a million: "raised
/// 2.5m in funding", "sales reached 4m".
static MONEY_WORDS: Lexicon = Lexicon::new(&[
    "raised",
    "raise",
    "funding",
    "fund",
    "funds",
    "deal",
    "worth",
    "cost",
    "costs",
    "budget",
    "paid",
    "pay",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "loss",
    "losses",
    "sales",
    "spent",
    "spend",
    "spending",
    "investment",
    "invested",
    "bid",
    "fine",
    "fined",
    "price",
    "valued",
    "turnover",
    "salary",
    "bonus",
    "loan",
    "loans",
    "debt",
    "grant",
    "contract",
    "sold",
    "bought",
    "earned",
    "earnings",
    "fee",
    "fees",
    "income",
    "tax",
    "donated",
    "donation",
    "compensation",
    "damages",
    "award",
    "awarded",
    "package",
]);

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

/// The names that place an article in South Korea, whose currency, the
/// won, is written after the amount as the verb is ([`Reader::is_korean_won`]).
const KOREA_NAMES: &[&str] = &["Korea", "Seoul"];

/// Words that pick quarters of a year in order before their number: "the
/// first three quarters", "the past two quarters".
static QUARTER_RUN_OPENERS: Lexicon = Lexicon::new(&[
    "first",
    "last",
    "past",
    "next",
    "final",
    "previous",
    "coming",
    "latest",
    "opening",
    "remaining",
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

/// Units of length that a conversion in brackets may give: "37m (121ft)".
static LENGTH_UNITS: Lexicon = Lexicon::new(&[
    "ft", "feet", "foot", "in", "inches", "yd", "yards", "miles", "mi",
]);

/// A unit's abbreviation written with dots, as older and American copy
/// writes it ("80 m.p.h.", "30 m.p.g."), as the unit without them.
fn dotted_unit(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let dotted = word.contains('.') && letters.len() >= 2;
    (dotted && ATTACHED_UNITS.contains(&letters)).then(|| letters.to_ascii_lowercase())
}

/// A unit in the plain words a reader understands: "pence" for the "p" of
/// "145.9p", "barrels per day" for "bpd"; any other unit as written.
fn plain_unit_name(unit: &str) -> String {
    UNIT_NAMES
        .get(unit)
        .map_or_else(|| unit.to_string(), str::to_string)
}

/// Whether `word` is a name written in capitals: "COVID", "NATO".
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && is_capital_letters(word)
}

/// Whether `word` is nothing but capital letters of the Latin alphabet:
/// "NATO", "KFI", "USD". Stricter than [`crate::lex::is_in_capitals`], which asks
/// only of the letters ("U.S.", "COVID-19"): a code or a call sign here
/// has no stop, digit or dash in it ("S22" and "A.D." are none).
fn is_capital_letters(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` is a unit though written with capitals: a unit's symbol
/// ("784 HP", "450 Nm", "35 GWh") or a temperature scale ("Celsius").
fn is_unit_in_capitals(word: &str) -> bool {
    let unit = ATTACHED_UNITS.contains(word) && !NOT_UNITS_IN_CAPITALS.contains(word);
    word.len() >= 2 && unit || TEMPERATURE_SCALES.contains(word)
}

/// Verbs of a cut or a rise besides [`CHANGE_VERBS`], after which "by" and
/// a fraction is the change's share: "cut by a quarter", "to reduce
/// emissions by a third", "a goal of cutting waste by a fifth".
static SHARE_CHANGE_VERBS: Lexicon = Lexicon::new(&[
    "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "raise", "raised",
    "raises", "raising",
]);

/// Words after a number that are not what it counts.
static NOT_UNITS: Lexicon = Lexicon::new(&[
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

fn scale(word: &str) -> Option<f64> {
    SCALES.get(word)
}

/// A scale written as a word, not a letter: "million", "dozen", not "m".
fn spelled_scale(word: &str) -> Option<f64> {
    scale(word).filter(|_| word.len() > 2)
}

/// A whole number and a half joined by hyphens, as in "two-and-a-half
/// thousand": its value.
fn joined_and_a_half(word: &str) -> Option<f64> {
    let (number, half) = word.split_once('-')?;
    let whole = number_word(number)?;
    word_is(half, "and-a-half").then_some(whole + 0.5)
}

fn fraction(word: &str) -> Option<f64> {
    FRACTIONS.get(word)
}

/// A part of a scale joined into one word by hyphens, as British copy
/// writes it: "half-a-million" is 500,000, "quarter-of-a-billion" 250
/// million. Its value.
fn joined_part_of_scale(word: &str) -> Option<f64> {
    let mut parts = word.split('-');
    let part = fraction(parts.next()?)?;
    let scale = spelled_scale(parts.next_back()?)?;
    let linked: Vec<&str> = parts.collect();
    let joins = matches!(linked.as_slice(), [a] | ["of", a] if word_in(a, INDEFINITE_ARTICLES));
    joins.then_some(part * scale)
}

/// Whether `word`, written against digits, is a scale's letter with the
/// rate the amount is given by joined to it: the "m-a-year" of
/// "£1.2m-a-year", the "bn-a-year" of "$4bn-a-year".
fn scale_with_rate(word: &str) -> bool {
    word.split_once('-').is_some_and(|(letter, rate)| {
        let per = rate
            .split_once('-')
            .is_some_and(|(per, _)| word_in(per, &["a", "an", "per"]));
        scale(letter).is_some() && per
    })
}

/// Reads digits: thousands separators (commas, or dots in "160.000"),
/// decimals and simple fractions ("3/4", "1⁄32"). `dots_group_thousands`
/// says whether the article groups thousands with dots.
fn parse_digits(word: &str, dots_group_thousands: bool) -> Option<f64> {
    if word.contains(':') {
        return None;
    }
    // British print's raised decimal point: "2·5" is two and a half.
    if word.contains('·') {
        let point: String = word.chars().filter(|&c| c != ',').collect();
        return point.replace('·', ".").parse::<f64>().ok();
    }
    if let Some((a, b)) = word.split_once(['/', '⁄']) {
        // A part is less than its whole, and the press writes small wholes
        // with a slash, or the halvings of a measure ("3/16 inch", "1/128
        // of a gallon"): "24/7", "50/50", "9/11" and "7/11" are names and
        // odds, not fractions.
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        let small_whole = b <= 10 || (b.is_power_of_two() && b <= 128);
        return (a < b && small_whole).then(|| f64::from(a) / f64::from(b));
    }
    // "1.234.567" groups thousands in any article; "230.000" only in one
    // that writes its thousands with dots, where "3,5" is three and a half.
    let dotted_thousands =
        is_grouped(word, '.') && (word.matches('.').count() > 1 || dots_group_thousands);
    let decimal_comma = dots_group_thousands && !is_grouped(word, ',') && word.contains(',');
    let cleaned: String = if dotted_thousands {
        word.chars().filter(|c| c.is_ascii_digit()).collect()
    } else if decimal_comma {
        word.chars()
            .filter(|&c| c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    } else {
        // Thousands grouped by commas, or by spaces ("1 000") in an article
        // that writes them so, as the tokenizer decided.
        word.chars()
            .filter(|&c| c != ',' && !c.is_whitespace())
            .collect()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Words joined by a hyphen before digits, with the sign and the qualifier
/// they give the number: "minus-5" is -5, as sports and weather pages write
/// it, and "sub-300 sq m" is under 300.
const JOINED_PREFIXES: &[(&str, f64, Option<&str>)] =
    &[("minus", -1.0, None), ("sub", 1.0, Some("under"))];

/// A number with a prefix joined to it by a hyphen ("minus-1.4", "sub-7"):
/// its value with the prefix's sign, and the prefix's qualifier.
fn prefixed_digits(word: &str, dots_group_thousands: bool) -> Option<(f64, Option<&'static str>)> {
    let (prefix, digits) = word.split_once('-')?;
    let (_, sign, qualifier) = JOINED_PREFIXES
        .iter()
        .find(|(written, _, _)| word_is(prefix, written))?;
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((
        sign * parse_digits(digits, dots_group_thousands)?,
        *qualifier,
    ))
}

/// Whether the token opens a number: digits, a number word, an article
/// ("a dozen"), a number word before a hyphen ("three-quarters") or a
/// prefix joined to digits ("minus-5", "sub-300").
fn opens_number(token: &Token, text: &str) -> bool {
    if token.kind == Kind::Number {
        return true;
    }
    if !token.is_word() {
        // A vulgar fraction alone: "nearly ¾ of tenants".
        return VULGAR_FRACTIONS.get(token.text(text)).is_some();
    }
    let word = token.text(text);
    match word.split_once('-') {
        Some((head, _)) => {
            number_word(head).is_some()
                || joined_part_of_scale(word).is_some()
                || JOINED_PREFIXES
                    .iter()
                    .any(|(prefix, _, _)| word_is(head, prefix))
        }
        // Most words have no hyphen; their key is already computed.
        None => {
            crate::grammar::NUMBER_WORDS.get_key(token.key).is_some()
                || OPENING_ARTICLES.contains_key(token.key)
                || word_is(word, "half")
                || multiple_of(word).is_some()
        }
    }
}

/// Whether `word` is digits grouped in threes by `mark`: "230.000",
/// "1,234,567".
fn is_grouped(word: &str, mark: char) -> bool {
    let mut groups = word.split(mark);
    let first = groups.next().unwrap_or_default();
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest.peek().is_some()
        && rest.all(|group| group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the article writes its thousands with dots ("230.000
/// personas", "1.234.567") rather than commas: decided once from all its
/// numbers, never guessed for one. A dotted group of "000" or several dotted
/// groups, or a decimal comma ("3,5"), say dots; any number grouped by
/// commas says commas.
fn writes_thousands_with_dots(text: &str, tokens: &[Token]) -> bool {
    let numbers = tokens
        .iter()
        .filter(|token| token.kind == Kind::Number)
        .map(|token| token.text(text));
    let (mut dots, mut commas) = (false, false);
    for number in numbers {
        commas |= is_grouped(number, ',');
        let decimal_comma = number
            .rsplit_once(',')
            .is_some_and(|(_, decimals)| (1..=2).contains(&decimals.len()));
        dots |= decimal_comma
            || is_grouped(number, '.')
                && (number.ends_with(".000") || number.matches('.').count() > 1);
    }
    dots && !commas
}

/// Whether the article writes amounts in rupees anywhere: a rupee's sign or
/// code before digits ("Rs 500 crore", "Rs. 40", "₹1,200") or the word
/// "rupees". Decided once for the article, as the dollar is.
fn writes_rupees(text: &str, tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
    (0..tokens.len()).any(|k| {
        let digits = number(k + 1) || word(k + 1) == "." && number(k + 2);
        RUPEE_SIGNS.contains(word(k)) && digits || RUPEE_NAMES.contains(word(k))
    })
}

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
fn article_dollar(text: &str, segments: &Segments) -> &'static str {
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

/// The first word of a number, read: whole, or a value that the scales and
/// fractions after it may still change (the "3" of "3 million").
enum FirstWord {
    Whole(usize, f64),
    Scalable(f64),
}

#[derive(Clone, Copy)]
struct Reader<'a> {
    doc: Document<'a>,
    /// The article writes thousands with dots ([`writes_thousands_with_dots`]).
    dots_group_thousands: bool,
    /// The currency of a bare "$" in the article ([`article_dollar`]).
    dollar: &'static str,
    /// The article writes amounts in rupees somewhere ([`writes_rupees`]).
    rupees: bool,
}

impl Reader<'_> {
    fn attached(&self, i: usize) -> bool {
        self.doc.token(i).is_some_and(|t| !t.space_before)
    }

    /// Whether the digits at `i` are the last day of a range that `time`
    /// opens: the time is "Sept. 20" in "Sept. 20-24", and "24" is a day,
    /// not a figure.
    fn ends_day_range(&self, time: &TimeExpr, i: usize) -> bool {
        let dash = i.checked_sub(1).filter(|dash| *dash == time.end);
        dash.is_some_and(|dash| {
            matches!(self.doc.word(dash), "-" | "–")
                && self.attached(dash)
                && self.attached(i)
                && self.doc.token(i).is_some_and(|t| t.kind == Kind::Number)
        })
    }

    /// A power of ten written against a number's digits from `at`, as
    /// science pages read when their superscripts are lost: "×10−30",
    /// "×10^8". Its end and exponent. Without a caret or a sign the
    /// exponent's digits cannot be told from the ten's, so it is none.
    fn power_of_ten(&self, at: usize) -> Option<(usize, i32)> {
        let times = self.doc.word(at) == "×"
            && self.attached(at)
            && self.doc.word(at + 1) == "10"
            && self.attached(at + 1);
        if !times {
            return None;
        }
        let caret = self.doc.word(at + 2) == "^" && self.attached(at + 2);
        let sign_at = at + 2 + usize::from(caret);
        let negative = matches!(self.doc.word(sign_at), "−" | "-") && self.attached(sign_at);
        let digits_at = sign_at + usize::from(negative);
        if !(caret || negative) || !self.attached(digits_at) {
            return None;
        }
        let exponent: i32 = self
            .doc
            .token(digits_at)
            .filter(|t| t.kind == Kind::Number)?
            .text(self.doc.text)
            .parse()
            .ok()
            .filter(|e: &i32| *e <= 300)?;
        Some((digits_at + 1, if negative { -exponent } else { exponent }))
    }

    /// Reads the number itself at `i`: `(end, value)`, with scales.
    fn core(&self, i: usize) -> Option<(usize, f64)> {
        let token = self.doc.token(i)?;
        let first = if token.kind == Kind::Number {
            self.digits_first(i, token.text(self.doc.text))?
        } else {
            self.spelled_first(i, token.text(self.doc.text))?
        };
        let value = match first {
            FirstWord::Whole(end, value) => return Some((end, value)),
            FirstWord::Scalable(value) => value,
        };
        // Fractions written as two words: "two thirds". After "one" only a
        // part of something is one ("one fourth of the vote"), since "one
        // quarter" alone is more often a quarter of the year.
        if token.kind == Kind::Word {
            let of_something = word_is(self.doc.word(i + 2), "of");
            let numerator = (value > 1.0 || of_something) && value < 10.0;
            let fraction_here = numerator && !self.is_run_of_quarters(i);
            if let Some(d) = fraction(self.doc.word(i + 1)).filter(|_| fraction_here) {
                return Some(self.of_a_scale(i + 2, value * d));
            }
            let (end, value) = self.tens_and_ones(i, value);
            let (end, value) = self.and_a_half(end, value);
            return Some(self.scaled(end, value, true));
        }
        // A vulgar fraction after whole digits adds to them, set against
        // them or apart: "2½ years", "3 ½ hours".
        let vulgar = VULGAR_FRACTIONS.get(self.doc.word(i + 1)).filter(|_| {
            let word = self.doc.word(i);
            let whole = word.bytes().all(|b| b.is_ascii_digit());
            (self.attached(i + 1) || whole) && !word.contains(['.', '/'])
        });
        if let Some(part) = vulgar {
            return Some(self.scaled(i + 2, value + part, false));
        }
        if let Some((end, part)) = self.mixed_fraction(i) {
            return Some(self.scaled(end, value + part, false));
        }
        // A part of a point in digits: "0.25 of a percentage point".
        let of_a_point = word_is(self.doc.word(i + 1), "of") && value < 1.0;
        if let Some(point) = self.part_of_a_point(i + 1).filter(|_| of_a_point) {
            return Some((point, value));
        }
        let (end, value) = self.and_a_half(i + 1, value);
        Some(self.scaled(end, value, false))
    }

    /// Whether the number word at `i` counts quarters of a year after a word
    /// that picks them in order: "sales rose in the first three quarters",
    /// "over the past two quarters" are nine and six months, not 0.75 and
    /// 0.5. Times read such a run where a year follows it; without one it
    /// is still no fraction.
    fn is_run_of_quarters(&self, i: usize) -> bool {
        let quarters = word_is(self.doc.word(i + 1), "quarters");
        let before = i.checked_sub(1).filter(|p| *p >= self.doc.first);
        quarters && before.is_some_and(|p| QUARTER_RUN_OPENERS.contains(self.doc.word(p)))
    }

    /// The fraction of a mixed number after the whole digits at `i`, as the
    /// wire and the markets pages write one with a slash, joined by a hyphen
    /// or set apart: "2-1/2 percent", "3 1/2 years", "6 3/8%". Its end and
    /// value. A whole of four digits may be a year ("in 2019 1/3 of
    /// voters"), and a slashed pair not less than one no fraction.
    fn mixed_fraction(&self, i: usize) -> Option<(usize, f64)> {
        let whole = self.doc.word(i);
        let plain = whole.len() <= 3 && whole.bytes().all(|b| b.is_ascii_digit());
        let dashed = self.doc.word(i + 1) == "-" && self.attached(i + 1) && self.attached(i + 2);
        let at = if dashed { i + 2 } else { i + 1 };
        let written = self
            .doc
            .token(at)
            .filter(|t| t.kind == Kind::Number && (dashed || t.space_before))?
            .text(self.doc.text);
        let part = parse_digits(written, false).filter(|_| written.contains(['/', '⁄']))?;
        (plain && part < 1.0).then_some((at + 1, part))
    }

    /// A half written after a whole number: "two and a half years" is 2.5
    /// years, and "one and a half million" 1.5 million. The number's end and
    /// value.
    fn and_a_half(&self, end: usize, value: f64) -> (usize, f64) {
        let written = word_is(self.doc.word(end), "and")
            && word_in(self.doc.word(end + 1), INDEFINITE_ARTICLES)
            && word_is(self.doc.word(end + 2), "half");
        if written {
            (end + 3, value + 0.5)
        } else {
            (end, value)
        }
    }

    /// A scale written out after an article, as the press writes a part of
    /// one: the "a million" of "half a million". Its end and the scale.
    fn article_scale(&self, at: usize) -> Option<(usize, f64)> {
        let s = spelled_scale(self.doc.word(at + 1))?;
        word_in(self.doc.word(at), INDEFINITE_ARTICLES).then_some((at + 2, s))
    }

    /// A fraction that ends at `end`, taken of the scale after it: "a
    /// quarter of a million" is 250,000, "two-thirds of a billion" about
    /// 667 million. Without a scale the fraction stays: "a third of voters".
    fn of_a_scale(&self, end: usize, value: f64) -> (usize, f64) {
        if let Some(point) = self.part_of_a_point(end) {
            return (point, value);
        }
        match self
            .article_scale(end + 1)
            .filter(|_| word_is(self.doc.word(end), "of"))
        {
            Some((scale_end, s)) => (scale_end, value * s),
            None => (end, value),
        }
    }

    /// Where "percentage point" starts when a part of one follows a
    /// fraction from `at`: the "of a" of "a quarter of a percentage point",
    /// the "a" of "half a percentage point". The share after the figure
    /// then reads its unit.
    fn part_of_a_point(&self, at: usize) -> Option<usize> {
        let article = at + usize::from(word_is(self.doc.word(at), "of"));
        let point = article + 1;
        let is_point = word_in(self.doc.word(article), INDEFINITE_ARTICLES)
            && word_is(self.doc.word(point), "percentage")
            && word_in(self.doc.word(point + 1), &["point", "points"]);
        is_point.then_some(point)
    }

    /// A part of a percentage point in one word at `at`, in a sentence of
    /// interest rates or yields: the "quarter-point" of "raised rates by a
    /// quarter-point", the "half-point" of "a half-point cut". Its value.
    fn part_of_a_point_in_one_word(&self, at: usize) -> Option<f64> {
        let (part, point) = self.doc.word(at).split_once('-')?;
        let of_rates =
            (self.doc.first..self.doc.end).any(|k| RATE_WORDS.contains(self.doc.word(k)));
        fraction(part).filter(|_| word_is(point, "point") && of_rates)
    }

    /// Tens and ones written as two words, as speech is transcribed:
    /// "twenty four hours", "thirty five people". The number's end and value.
    fn tens_and_ones(&self, i: usize, tens: f64) -> (usize, f64) {
        let is_tens = (20.0..100.0).contains(&tens)
            && tens % 10.0 == 0.0
            && number_word(self.doc.word(i)).is_some();
        let ones = number_word(self.doc.word(i + 1))
            .filter(|ones| (1.0..10.0).contains(ones) && self.doc.is_word(i + 1));
        match ones.filter(|_| is_tens) {
            Some(ones) => (i + 2, tens + ones),
            None => (i + 1, tens),
        }
    }

    /// Reads the digits `word` at `i`: none where they begin an ordinal
    /// ("5th") or a clock time ("11 a.m."), whole with a power of ten
    /// after them.
    fn digits_first(&self, i: usize, word: &str) -> Option<FirstWord> {
        let next = self.doc.word(i + 1);
        let attached_word =
            self.attached(i + 1) && self.doc.token(i + 1).is_some_and(Token::is_word);
        if attached_word && is_ordinal_ending(word, next) {
            return None;
        }
        // Digits, a letter and digits run together are a code, as a postal
        // code's half is ("K1A 0B1"), not "0" billion.
        let code = self.attached(i + 2)
            && self
                .doc
                .token(i + 2)
                .is_some_and(|t| t.kind == Kind::Number);
        if attached_word && code {
            return None;
        }
        // Clock times: "11 a.m.", "0401 GMT".
        if word_in(next, CLOCK_WORDS) {
            return None;
        }
        let value = parse_digits(word, self.dots_group_thousands)?;
        if self.is_bare_halving(i, word) {
            return None;
        }
        // A power too large for a number reads as no power at all.
        let powered = self
            .power_of_ten(i + 1)
            .map(|(end, exponent)| (end, value * 10f64.powi(exponent)))
            .filter(|(_, powered)| powered.is_finite());
        if let Some((end, powered)) = powered {
            return Some(FirstWord::Whole(end, powered));
        }
        // A scale may carry the "-plus" of a lower bound: "£1bn-plus".
        if attached_word
            && scale(next.strip_suffix("-plus").unwrap_or(next)).is_none()
            && !scale_with_rate(next)
            && !(RATE_ABBREVIATIONS.get(next).is_some() && self.currency_before(i).is_some())
            && !is_attached_unit(next)
            && unit_of_dimension(next).is_none()
            && temperature_scale(next).is_none()
            && !word_is(next, "deg")
        {
            return None;
        }
        Some(FirstWord::Scalable(value))
    }

    /// Whether the slashed digits `word` at `i` are a halving of a measure
    /// ("3/16", "1/32") with no measure after them: a fraction so fine
    /// measures something ("3/16 inch", "1/128 of a gallon"), and a slashed
    /// pair standing alone is a cricket bowler's wickets and runs ("took
    /// 5/32"), no fraction.
    fn is_bare_halving(&self, i: usize, word: &str) -> bool {
        let fine = word
            .split_once(['/', '⁄'])
            .and_then(|(_, whole)| whole.parse::<u32>().ok())
            .is_some_and(|whole| whole > 10);
        let next = self.doc.word(i + 1);
        // "in" after it opens a ratio or a place, not inches: "5/32 in ten
        // overs".
        let measured = word_is(next, "of")
            || (self.is_measure(next) || is_attached_unit(next) || LENGTH_UNITS.contains(next))
                && !word_is(next, "in");
        fine && !measured
    }

    /// Reads the number written as the word `word` at `i`: "three",
    /// "three-quarters", "$5", "10km", "twofold", a share's "half", "a
    /// dozen".
    fn spelled_first(&self, i: usize, word: &str) -> Option<FirstWord> {
        let value = if let Some(v) = word
            .split_once('-')
            .and_then(|(n, d)| Some(number_word(n)? * fraction(d)?))
        {
            // A fraction written as one word: "three-quarters".
            let (end, v) = self.of_a_scale(i + 1, v);
            return Some(FirstWord::Whole(end, v));
        } else if let Some(v) = joined_and_a_half(word) {
            v
        } else if let Some(v) = joined_part_of_scale(word) {
            return Some(FirstWord::Whole(i + 1, v));
        } else if let Some((v, _)) = prefixed_digits(word, self.dots_group_thousands) {
            v
        } else if let Some(v) = number_word(word) {
            v
        } else if let Some(v) = joined_measure(word).and_then(|(number, _)| number_word(number)) {
            v
        } else if let Some(v) = multiple_of(word) {
            v
        } else if let Some(v) = VULGAR_FRACTIONS.get(word) {
            // A vulgar fraction alone is a part, as "three-quarters" is.
            let (end, v) = self.of_a_scale(i + 1, v);
            return Some(FirstWord::Whole(end, v));
        } else if word_is(word, "half") {
            // "half a million" is half of the scale, as "a half million" is.
            if let Some((end, s)) = self.article_scale(i + 1) {
                return Some(FirstWord::Whole(end, 0.5 * s));
            }
            if let Some(point) = self.part_of_a_point(i + 1) {
                return Some(FirstWord::Whole(point, 0.5));
            }
            return self
                .is_share_half(i)
                .then_some(FirstWord::Whole(i + 1, 0.5));
        } else if word_in(word, INDEFINITE_ARTICLES) {
            return self.after_article(i);
        } else {
            return None;
        };
        Some(FirstWord::Scalable(value))
    }

    /// The number that the article at `i` opens: "a dozen", "a million", "a
    /// half million", "a third of" and "a quarter of a million".
    fn after_article(&self, i: usize) -> Option<FirstWord> {
        let next = self.doc.word(i + 1);
        if word_is(next, "half") {
            let s = spelled_scale(self.doc.word(i + 2))?;
            return Some(FirstWord::Whole(i + 3, 0.5 * s));
        }
        if let Some(part) = self.part_of_a_point_in_one_word(i + 1) {
            return Some(FirstWord::Whole(i + 2, part));
        }
        let (end, v) = match spelled_scale(next) {
            Some(s) => (i + 2, s),
            None => {
                let part = word_is(self.doc.word(i + 2), "of") || self.changed_by(i);
                let f = fraction(next).filter(|_| part)?;
                self.of_a_scale(i + 2, f)
            }
        };
        Some(FirstWord::Whole(end, v))
    }

    /// Whether the article at `i` follows "by" after a verb of change, where
    /// a fraction is the share of the change, as the British press writes
    /// it: "prices rose by a fifth", "staff were cut by a quarter". With the
    /// change's object between the verb and "by" the fraction must end its
    /// phrase ([`Reader::fraction_ends_phrase`]): "cut deaths by a third",
    /// "reduced its workforce by a quarter over two years"; in "cut costs by
    /// a third party" the party is no share.
    fn changed_by(&self, i: usize) -> bool {
        let Some(by) = i
            .checked_sub(1)
            .filter(|by| *by > self.doc.first && word_is(self.doc.word(*by), "by"))
        else {
            return false;
        };
        let changes = |k: usize| {
            let verb = self.doc.word(k);
            CHANGE_VERBS.contains(verb) || SHARE_CHANGE_VERBS.contains(verb)
        };
        if changes(by - 1) {
            return true;
        }
        // The verb two to four words before "by", the words between all
        // words: its object.
        let verb = (by.saturating_sub(4).max(self.doc.first)..by - 1)
            .rev()
            .take_while(|k| self.doc.is_word(*k + 1))
            .find(|k| changes(*k));
        verb.is_some() && self.fraction_ends_phrase(i + 2)
    }

    /// Whether the word at `after`, right after a fraction, ends the
    /// fraction's phrase: no word, or one a number does not count ("by a
    /// third.", "by a fifth from 2010 levels").
    fn fraction_ends_phrase(&self, after: usize) -> bool {
        !self.doc.is_word(after) || NOT_UNITS.contains(self.doc.word(after))
    }

    /// `value` times the scales from `end` on, also in compounds such as
    /// "billion-mile"; a number written in words (`spelled`) goes on with
    /// its smaller groups after them.
    fn scaled(&self, mut end: usize, mut value: f64, spelled: bool) -> (usize, f64) {
        let mut last_scale = None;
        end += usize::from(self.hyphened_scale(end));
        while let Some(s) = joined_scales(self.doc.word(end)).filter(|_| !self.is_metres(end)) {
            // A bare letter scale ("m", "bn") only counts attached or after money.
            let letter = self.doc.word(end).len() <= 2 && !self.attached(end);
            // A value must stay a number: "trillion trillion …" stops
            // scaling before it overflows.
            let letter_kept = !letter || word_in(self.doc.word(end), &["bn", "mn", "tn", "cr"]);
            if !letter_kept || !(value * s).is_finite() {
                break;
            }
            value *= s;
            end += 1;
            last_scale = Some(s);
        }
        match last_scale.filter(|_| spelled) {
            Some(s) => self.spelled_groups(end, value, s),
            None => (end, value),
        }
    }

    /// Whether a hyphen at `at` joins the digits before it to a scale written
    /// out, as the Canadian and Indian press write an amount: "$40.1-billion",
    /// "a ₹10,000-crore project". A letter's scale is never joined so.
    fn hyphened_scale(&self, at: usize) -> bool {
        self.doc.word(at) == "-"
            && self.attached(at)
            && self.attached(at + 1)
            && self
                .doc
                .token(at.wrapping_sub(1))
                .is_some_and(|t| t.kind == Kind::Number)
            && spelled_scale(head_of(self.doc.word(at + 1))).is_some()
    }

    /// The smaller groups after a scale of a number written out in words,
    /// from `end`: "twenty-eight thousand six hundred forty-two" goes on
    /// past "thousand" to 28,642, "one hundred and fifty" past "hundred" to
    /// 150. Each group is smaller than the scale before it; a number whose
    /// scale does not fit begins another ("two thousand and three
    /// thousand"). The number's end and value.
    fn spelled_groups(
        &self,
        mut end: usize,
        mut value: f64,
        mut scale_before: f64,
    ) -> (usize, f64) {
        let spelled_scale = |k: usize| {
            let word = self.doc.word(k);
            scale(word).filter(|s| *s >= 100.0 && word.len() > 2)
        };
        loop {
            let at = end + usize::from(word_is(self.doc.word(end), "and"));
            let Some(mut group) = number_word(self.doc.word(at)).filter(|n| *n < scale_before)
            else {
                return (end, value);
            };
            let mut k = at + 1;
            let mut group_scale = None;
            while let Some(s) = spelled_scale(k).filter(|s| group * s < scale_before) {
                group *= s;
                group_scale = Some(s);
                k += 1;
            }
            if spelled_scale(k).is_some() {
                return (end, value);
            }
            value += group;
            end = k;
            match group_scale {
                Some(s) => scale_before = s,
                None => return (end, value),
            }
        }
    }

    fn is_year(&self, i: usize, end: usize) -> bool {
        let word = self.doc.word(i);
        let year_like = word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && word
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        let money = i > 0 && matches!(self.doc.word(i - 1), "$" | "€" | "£" | "¥");
        let measured = end > i + 1
            || matches!(self.doc.word(end), "%")
            || word_in(self.doc.word(end), &["percent"]);
        year_like && !money && !measured || self.is_year_of_era(i)
    }

    /// Whether the digits at `i` are a year of an era ([`ERAS`]), the era
    /// written before or after them or after the other end of their range:
    /// "620 B.C.", "A.D. 900", "between A.D. 900 and 1150", "from 350 to 300
    /// BC".
    fn is_year_of_era(&self, i: usize) -> bool {
        let back = |k: usize, n: usize| k.checked_sub(n).filter(|b| *b >= self.doc.first);
        let era = |k: Option<usize>| k.is_some_and(|k| is_era(self.doc.word(k)));
        let dated = |n: usize| era(Some(n + 1)) || era(back(n, 1));
        let digits = |k: Option<usize>| {
            k.and_then(|k| self.doc.token(k))
                .is_some_and(|t| t.kind == Kind::Number)
        };
        let joins = |k: Option<usize>| k.is_some_and(|k| word_in(self.doc.word(k), RANGE_JOINERS));
        let range_end_dated = joins(Some(i + 1)) && digits(Some(i + 2)) && dated(i + 2);
        let range_start_dated =
            joins(back(i, 1)) && digits(back(i, 2)) && back(i, 2).is_some_and(dated);
        dated(i) || range_end_dated || range_start_dated
    }

    /// Whether the number that starts at `first` is a place in a ranking,
    /// with nothing it counts: "slipped into the bottom three", "finished in
    /// the top 10". "the top three seeds" counts seeds.
    fn is_rank(&self, first: usize) -> bool {
        let word_before = |back: usize| {
            first
                .checked_sub(back)
                .filter(|k| *k >= self.doc.first)
                .map_or("", |k| self.doc.word(k))
        };
        word_in(word_before(1), &["top", "bottom"]) && word_is(word_before(2), "the")
    }

    /// Whether "half" at `i` is a share of something, a half of it:
    /// "nearly half of all voters", "Half the condos have sold". After an
    /// article or an ordinal it is a part of a period or a pair ("the
    /// second half of the year", "a half"), before "a" a measure's half
    /// ("half a percentage point"), and before a number that number's half
    /// ("less than half of 1 percent" is under 0.5 percent, not a half).
    fn is_share_half(&self, i: usize) -> bool {
        let before = i
            .checked_sub(1)
            .filter(|p| *p >= self.doc.first)
            .map_or("", |p| self.doc.word(p));
        let of_a_number = self
            .doc
            .token(i + 2)
            .is_some_and(|t| opens_number(t, self.doc.text));
        let share = HALF_OF.contains(self.doc.word(i + 1)) || self.is_bounded_half(i, before);
        share && !NOT_BEFORE_HALF.contains(before) && !of_a_number
    }

    /// Whether "half" at `i`, after the word `before`, is a share standing
    /// alone because an approximation or a bound opens it: "more than half
    /// said no", "nearly half voted", "at least half". Before "a" or "an"
    /// it is still a measure's half ("nearly half an hour"), before "past"
    /// a clock's ("about half past six").
    fn is_bounded_half(&self, i: usize, before: &str) -> bool {
        let bounded = HALF_BOUNDS.contains(before) || APPROXIMATIONS.contains(before);
        bounded && !NOT_AFTER_BOUNDED_HALF.contains(self.doc.word(i + 1))
    }

    /// Whether the number at `i` is an age after "aged" or "ages" ("aged
    /// 18 to 34", "the ages of 17 and 20", "aged between 18 and 24"), or the
    /// end of such a range
    /// ("34"): it names who is counted, as an age after a name does
    /// ("Senard, 65, said"), and is no amount.
    fn is_age(&self, i: usize) -> bool {
        let word_before = |k: usize, back: usize| {
            k.checked_sub(back)
                .filter(|before| *before >= self.doc.first)
                .map_or("", |before| self.doc.word(before))
        };
        let after_age_word = |k: usize| {
            AGE_WORDS.contains(word_before(k, 1))
                || word_in(word_before(k, 1), &["of", "between"])
                    && AGE_WORDS.contains(word_before(k, 2))
        };
        let range_end = word_in(word_before(i, 1), RANGE_JOINERS)
            && i.checked_sub(2).is_some_and(after_age_word);
        (after_age_word(i) && self.persons_age_before(i).is_none()) || range_end
    }

    /// Where the words that make the number at `first` one person's age
    /// begin, after a singular noun with its article: the "aged" of "a
    /// cyclist aged 61" and "the driver, aged 52,", the comma of "a
    /// teacher, 38,". The ages of a group ("voters aged 45", "the men, aged
    /// 30 and 34") are none (`is_age`), and so is an age set apart after a
    /// name ("Senard, 65,"), which belongs to the name (`is_set_apart`).
    fn persons_age_before(&self, first: usize) -> Option<usize> {
        let before = |k: usize| k.checked_sub(1).filter(|b| *b >= self.doc.first);
        let at = before(first)?;
        let aged = word_is(self.doc.word(at), "aged");
        let comma_at = if aged { before(at)? } else { at };
        let comma = self.doc.word(comma_at) == ",";
        let noun = if comma { before(comma_at)? } else { comma_at };
        let next = self.doc.word(first + 1);
        let single = if aged {
            !word_in(next, &["to", "and", "or", "-", "–"])
        } else {
            comma && next == ","
        };
        let word = self.doc.word(noun);
        let singular_noun = self.doc.is_word(noun)
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !looks_plural(word)
            && !PLURAL_PERSONS.contains(word);
        let article = word_in(self.doc.word(before(noun)?), &["a", "an", "the"]);
        (single && singular_noun && article).then_some(at)
    }

    /// A capitalised word right before the number makes it a code or a name
    /// ("Title 42", "Section 230"), unless the word is a qualifier or opens
    /// the sentence; so does a noun that names a rank by number ("a category
    /// 4 hurricane", "a phase 3 trial").
    /// `end` is where the number's own words end, with any scale.
    fn is_code(&self, i: usize, end: usize) -> bool {
        !self.is_plainly_amount(i, end)
            && (self.begins_model_name(i) || self.is_set_apart(i) || self.follows_name(i))
    }

    /// A unit against the number, a scale after its digits or a percent
    /// mark after it make it an amount whatever name comes before it:
    /// "Panadol 500mg", "the Ferrari 710bhp engine", "Israel's 9 billion
    /// shekels", "on Sunday 5.5%". A name may be spelt out with a scale
    /// ("TWA Flight eight hundred").
    fn is_plainly_amount(&self, i: usize, end: usize) -> bool {
        let unit_against = self.attached(i + 1) && ATTACHED_UNITS.contains(self.doc.word(i + 1));
        let digits = self.doc.token(i).is_some_and(|t| t.kind == Kind::Number);
        unit_against || (digits && end > i + 1) || self.percent_words(end).is_some()
    }

    /// A model or a place after a short number: "737 Max", "iPhone 11
    /// Pro", "9 E 71st St"; "63000 Model 3 sedans" is a count, and "450
    /// Nm" a measure. A number an approximation or a bound qualifies is
    /// an amount, whatever names follow it: "about 460 Kia and Hyundai
    /// vehicles"; a preposition is no such qualifier ("concerns over
    /// 737 Max jets").
    fn begins_model_name(&self, i: usize) -> bool {
        let next = self.doc.word(i + 1);
        let qualified = self
            .qualifier_before(i)
            .1
            .is_some_and(|q| !word_in(&q, &["over", "under", "above", "below"]))
            && scale(next).is_none();
        self.doc.word(i).len() <= 4
            && !qualified
            && self
                .doc
                .token(i + 1)
                .is_some_and(|t| t.is_word() && t.space_before)
            && is_capitalized(next)
            && !next.ends_with('s')
            && !is_unit_in_capitals(next)
            && CURRENCY_CODES.get(next).is_none()
            && DOLLARS_RESTATED.get(next).is_none()
            && crate::grammar::month_number(next).is_none()
            && self.named_group(i + 1).is_none()
    }

    /// A number set apart as a name's: an age after a name ("Senard, 65,
    /// said"), a label in brackets ("(4)"), or the end of a name in
    /// capitals written apart by a dash against the number ("COVID -19",
    /// "MH -17").
    fn is_set_apart(&self, i: usize) -> bool {
        let prev_word = self.doc.word(i.wrapping_sub(1));
        let next = self.doc.word(i + 1);
        let name_dash = matches!(prev_word, "-" | "–")
            && self.attached(i)
            && is_acronym(self.doc.word(i.wrapping_sub(2)));
        let age =
            prev_word == "," && next == "," && is_capitalized(self.doc.word(i.wrapping_sub(2)));
        let bracketed = prev_word == "(" && next == ")";
        age || bracketed || name_dash
    }

    /// A name, a "#" or a noun that labels by number right before the
    /// number: "Title 42", "#3", "a category 4 hurricane".
    fn follows_name(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).filter(|p| *p >= self.doc.first) else {
            return false;
        };
        let word = self.doc.word(prev);
        let token = self.doc.token(prev);
        // A currency code is money only where it reads as one: "RM79" is
        // money, "S23" a model, since a one-letter code needs its dollar sign.
        if self.currency_before(i).is_some() {
            return false;
        }
        token.is_some_and(Token::is_word)
            && word.chars().any(char::is_uppercase)
            && !OPENERS.contains(word)
            && !ends_qualifier(word)
            && crate::grammar::month_number(word).is_none()
            && !CURRENCY_PREFIXES.contains(word)
            || word == "#"
            || LABEL_NOUNS.contains(word)
            || (token.is_some_and(|t| t.is_word()) && self.attached(i))
    }

    /// Reads a whole figure starting at the number token `i`.
    fn figure(&self, i: usize) -> Option<FigureExpr> {
        let (end, value) = self.core(i)?;
        if self.is_no_figure(i, end, value) {
            return None;
        }
        let word = self.doc.word(i);
        let (first, value, unit) = self.sign_and_currency_before(i, value);
        let (end, value) = self.spaced_million_after_money(end, value, unit.is_some());
        let (first, qualifier, single_age) = self.qualifier_or_age(first);
        let joined_qualifier = prefixed_digits(word, self.dots_group_thousands)
            .and_then(|(_, qualifier)| qualifier)
            .map(str::to_string);
        let qualifier = qualifier.or(joined_qualifier);
        let between = first > self.doc.first && word_is(self.doc.word(first - 1), "between");
        let first = if between { first - 1 } else { first };
        if let Some((end, value)) = self.ratio(i, end, value) {
            return Some(FigureExpr {
                first,
                end,
                value,
                unit: None,
                qualifier,
                rule: FigureRule::Ratio,
            });
        }
        let (range_end, value) = self.range(i, end, value, between);
        // A range already read is not the first number of another: "from
        // $160 to $180 to $200" is a sequence of changes.
        let single = range_end == end;
        let end = range_end;
        // Money until a unit after it says otherwise: "$5 million".
        let rule = if unit.is_some() {
            FigureRule::Money
        } else {
            FigureRule::BareNumber
        };
        let figure = FigureExpr {
            first,
            end,
            value,
            unit,
            qualifier,
            rule,
        };
        let figure = if single_age {
            self.age(figure)
        } else {
            self.rupees_by_article(self.unit_after(figure)?)
        };
        if figure.unit.is_none() && (self.is_rank(first) || self.opens_on_name(i, figure.end)) {
            return None;
        }
        let figure = if single {
            self.range_with_unit_repeated(figure, between)
        } else {
            figure
        };
        Some(self.without_span_word(figure))
    }

    /// An amount in crore or lakh with no currency and nothing counted after
    /// it, in rupees where the article writes its amounts so and its
    /// sentence speaks of money: "the state will spend 2,300 crore on
    /// roads" after "Rs 500 crore". A capitalised word after it is what it
    /// counts ("140 crore Indians"), and without a money word it is a count
    /// ("cases rose to 1.2 lakh").
    fn rupees_by_article(&self, figure: FigureExpr) -> FigureExpr {
        let in_indian_scale = figure
            .end
            .checked_sub(1)
            .is_some_and(|last| INDIAN_SCALES.contains(self.doc.word(last)));
        let named_after = self.doc.is_word(figure.end) && is_capitalized(self.doc.word(figure.end));
        let bare = figure.unit.is_none() && figure.rule == FigureRule::BareNumber;
        if !(self.rupees && bare && in_indian_scale && self.speaks_of_money()) || named_after {
            return figure;
        }
        self.noun_after(FigureExpr {
            unit: Some("INR".into()),
            rule: FigureRule::Money,
            ..figure
        })
    }

    /// An "m" set apart after an amount of money, which scales it to millions
    /// as one against the digits does: "£3 m" is three million pounds. Only
    /// after money, since "3 m high" is three metres. The end and value.
    fn spaced_million_after_money(&self, end: usize, value: f64, money: bool) -> (usize, f64) {
        let million = money && !self.attached(end) && self.doc.word(end) == "m";
        if million {
            (end + 1, value * 1e6)
        } else {
            (end, value)
        }
    }

    /// The qualifier before the figure that starts at `first`, and whether
    /// the figure is a single age. An age's comparison stands before the
    /// words that make it one ("over the age of 65"), and the figure keeps
    /// to the number, which is what other readers mark.
    fn qualifier_or_age(&self, first: usize) -> (usize, Option<String>, bool) {
        let phrase = self
            .age_phrase_before(first)
            .or_else(|| self.persons_age_before(first));
        match phrase {
            Some(phrase) => (first, self.qualifier_before(phrase).1, true),
            None => {
                let (first, qualifier) = self.qualifier_before(first);
                (first, qualifier, false)
            }
        }
    }

    /// A single age, in the span of time written after it ("under the age
    /// of 5 years", "at age 18 months") or else in years. Nothing else after
    /// it is counted: "under the age of five ride free" counts no rides.
    fn age(&self, figure: FigureExpr) -> FigureExpr {
        let next = self.doc.word(figure.end);
        let (end, unit) = if AGE_SPANS.contains(next) {
            let span = next.to_ascii_lowercase();
            (figure.end + 1, format!("{span} of age"))
        } else {
            (figure.end, "years of age".to_string())
        };
        FigureExpr {
            end,
            unit: Some(unit),
            rule: FigureRule::Age,
            ..figure
        }
    }

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

    /// Where the words that make the number at `first` a single age begin:
    /// "the age of 65", "at age 16", "an average age of 45". The ages of a
    /// group ("aged 25 to 54") are no figure at all (see `is_age`).
    fn age_phrase_before(&self, first: usize) -> Option<usize> {
        let before = |k: usize| k.checked_sub(1).filter(|b| *b >= self.doc.first);
        let mut at = before(first)?;
        if word_is(self.doc.word(at), "of") {
            at = before(at)?;
        }
        if !word_is(self.doc.word(at), "age") {
            return None;
        }
        let the = before(at).filter(|the| word_is(self.doc.word(*the), "the"));
        Some(the.unwrap_or(at))
    }

    /// Whether the number read at `i..end` is part of something that is
    /// not a figure: a year, a code, an age, a tally, the pronoun "one" or
    /// a name.
    fn is_no_figure(&self, i: usize, end: usize, value: f64) -> bool {
        self.is_year(i, end)
            || self.is_code(i, end)
            || self.is_age(i)
            || self.tally_end(i).is_some()
            || self.is_phone_digits(i)
            || self.is_station_call_sign(i)
            || self.is_innings_score(i)
            || self.is_bare_one(i, end, value)
            || self.begins_name(i, end)
            || self.unsure_million(i, end)
    }

    /// Whether the sentence has a word of money ([`MONEY_WORDS`]): "raised",
    /// "spend", "budget".
    fn speaks_of_money(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| MONEY_WORDS.contains(self.doc.word(k)))
    }

    /// Whether the digits at `i` end, at `end`, in an "m" that may as well
    /// be metres as millions: no currency before them, no money word in the
    /// sentence and nothing counted after them ("the lake fell by 2.5m last
    /// year"). A wrong value is worse than none, so no figure is read;
    /// "raised 2.5m in funding" and "2m people" stay millions.
    fn unsure_million(&self, i: usize, end: usize) -> bool {
        let at = end.wrapping_sub(1);
        let next = self.doc.word(end);
        let money = self.speaks_of_money();
        end == i + 2
            && self.doc.word(at) == "m"
            && self.attached(at)
            && self.currency_before(i).is_none()
            && !money
            && !word_is(next, "of")
            && self.counted(end).is_none()
            && self.people_counted(end).is_none()
    }

    /// Whether the digits at `i` are a phone number's or a like code's, which
    /// no reader takes for an amount: written with a leading zero ("0800",
    /// "020 7946 0000") or one of a run of three or more plain digit groups
    /// set apart by spaces alone ("call 1800 123 456"). Two such numbers
    /// may each be an amount: "almost 650 18-hole courses".
    fn is_phone_digits(&self, i: usize) -> bool {
        let plain = |k: usize| {
            self.doc.token(k).is_some_and(|t| t.kind == Kind::Number)
                && self.doc.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        if !plain(i) {
            return false;
        }
        let word = self.doc.word(i).as_bytes();
        let leading_zero = word.len() > 1 && word[0] == b'0';
        let grouped = |k: usize| plain(k) && !self.attached(k);
        let mut first = i;
        while first > 0 && grouped(first) && plain(first - 1) {
            first -= 1;
        }
        let mut end = i + 1;
        while grouped(end) {
            end += 1;
        }
        leading_zero || end - first >= 3 || self.dashed_groups(i) >= 3
    }

    /// Whether the digit at `i` opens a radio station's call sign, one
    /// digit and two or three capitals against it ("2GB", "3AW", "6PR"),
    /// where it is what someone told or spoke on: "told 2GB that crews had
    /// acted", "said on 3AW". It stays a measure where something is measured
    /// in it or changed to it: "raised to 2GB of data", "kept on 2GB cards",
    /// "upgraded to 2TB".
    fn is_station_call_sign(&self, i: usize) -> bool {
        let digit = self.doc.word(i);
        let sign = self.doc.word(i + 1);
        let shaped = self.doc.token(i).is_some_and(|t| t.kind == Kind::Number)
            && digit.len() == 1
            && digit != "0"
            && self.attached(i + 1)
            && (2..=3).contains(&sign.len())
            && is_capital_letters(sign);
        let before = |k: usize| i >= self.doc.first + k;
        let on_air = before(2)
            && word_in(self.doc.word(i - 1), &["on", "to"])
            && SPEAKING_ON_AIR.contains(self.doc.word(i - 2));
        let cued = on_air || before(1) && BROADCAST_CUES.contains(self.doc.word(i - 1));
        let after = self.doc.word(i + 2);
        let measured = word_is(after, "of")
            || looks_plural(after) && after.chars().all(|c| c.is_ascii_lowercase());
        shaped && cued && !measured
    }

    /// Whether the digits at `i` are half of a cricket score, a score as
    /// "247-6" is and no figure: runs for wickets down ("247 for 6") or, as
    /// Australia writes it, wickets for runs ("9-312 declared") in a
    /// sentence about an innings, and a bowler's wickets for runs after
    /// "took" ("Starc took 4-42"); never with a noun counted after them
    /// ("the bus runs 5-20 minutes late").
    fn is_innings_score(&self, i: usize) -> bool {
        let whole = |k: usize| {
            self.doc
                .token(k)
                .filter(|t| t.kind == Kind::Number)
                .and_then(|t| t.text(self.doc.text).parse::<u32>().ok())
        };
        let dashed = |k: usize| self.doc.word(k) == "-" && self.attached(k) && self.attached(k + 1);
        // The first of a pair at `a` joined at `a + 1`: one number a count
        // of wickets, the other the runs, no fewer.
        let pair = |a: usize| {
            let (x, y) = whole(a).zip(whole(a + 2))?;
            let wickets_first = dashed(a + 1) && x <= 10 && y > x;
            let runs_first = word_is(self.doc.word(a + 1), "for") && y <= 10 && x >= y;
            (wickets_first || runs_first).then_some(wickets_first)
        };
        let first = if pair(i).is_some() {
            Some(i)
        } else {
            i.checked_sub(2)
        };
        let Some((first, dashed)) = first.and_then(|a| Some((a, pair(a)?))) else {
            return false;
        };
        let of_an_innings =
            (self.doc.first..self.doc.end).any(|k| INNINGS_WORDS.contains(self.doc.word(k)));
        let bowled = dashed && first > self.doc.first && word_is(self.doc.word(first - 1), "took");
        (of_an_innings || bowled) && !self.is_plain_unit(first + 3)
    }

    /// How many plain digit groups joined by dashes run through the digits
    /// at `i`, as a phone number is written in North America
    /// ("613-555-0142", "1-800-555-0199"); no amount or range runs so.
    fn dashed_groups(&self, i: usize) -> usize {
        let plain = |k: usize| {
            self.doc.token(k).is_some_and(|t| t.kind == Kind::Number)
                && self.doc.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        let joined = |dash: usize| {
            self.doc.word(dash) == "-" && self.attached(dash) && self.attached(dash + 1)
        };
        let mut first = i;
        while first >= 2 && joined(first - 1) && plain(first - 2) {
            first -= 2;
        }
        let mut last = i;
        while joined(last + 1) && plain(last + 2) {
            last += 2;
        }
        (last - first) / 2 + 1
    }

    /// Whether `i..end` is a bare "one", a pronoun or an article far more
    /// often than a count: unless a measure, a ratio, a share or a range
    /// follows it.
    fn is_bare_one(&self, i: usize, end: usize, value: f64) -> bool {
        word_is(self.doc.word(i), "one")
            && end == i + 1
            && !self.is_measure(self.doc.word(end))
            && !word_in(self.doc.word(end), &["in", "to", "or"])
            && self.ratio(i, end, value).is_none()
            && self.percent_words(end).is_none()
    }

    /// Whether the number word at `i` begins a name: capitalised after a
    /// word of its sentence, before a capitalised word ("the Four Seasons",
    /// "near Three Mile Island").
    fn begins_name(&self, i: usize, end: usize) -> bool {
        let word = self.doc.word(i);
        i > self.doc.first
            && self.doc.is_word(i - 1)
            && is_capitalized(word)
            && number_word(word).is_some()
            && is_capitalized(self.doc.word(end))
    }

    /// Whether the number word at `i`, opening its sentence and read alone
    /// up to `end`, begins a name: a capitalised word follows that it does
    /// not count, itself before another capitalised word or a plural noun
    /// it qualifies ("Three Gorges Dam opened", "Five Eyes partners met"),
    /// as `begins_name` finds inside a sentence. "Five Britons died" counts.
    fn opens_on_name(&self, i: usize, end: usize) -> bool {
        let after = self.doc.word(end + 1);
        let name_goes_on = self.doc.is_word(end + 1)
            && (is_capitalized(after) || self.is_plain_unit(end + 1) && looks_plural(after));
        i == self.doc.first
            && end == i + 1
            && number_word(self.doc.word(i)).is_some()
            && self.doc.is_word(end)
            && is_capitalized(self.doc.word(end))
            && name_goes_on
    }

    /// The figure at `i`, read only up to `time`, the next time in its
    /// sentence: a number right before a time neither counts the time's
    /// first word nor is lost in it ("the angle was 2.1 last year", "sold
    /// 300 last week"). A number that opens a range the time ends is the
    /// time's length ("five or six weeks ago"), no figure.
    fn figure_before_time(&self, i: usize, time: Option<&TimeExpr>) -> Option<FigureExpr> {
        let figure = self.figure(i)?;
        match time.filter(|time| time.first < figure.end && time.first > i) {
            Some(time) => Reader {
                doc: self.doc.within(self.doc.first, time.first),
                ..*self
            }
            .figure(i)
            .filter(|bounded| !word_in(self.doc.word(bounded.end), &["or", "to", "-", "–"])),
            None => Some(figure),
        }
    }

    /// A range whose second number repeats the first one's unit, which
    /// `range` cannot see past: "RM120,000 to RM300,000", "between 15kHz
    /// and 17kHz". One figure, valued by its first number, as "8–10 weeks"
    /// is.
    fn range_with_unit_repeated(&self, figure: FigureExpr, between: bool) -> FigureExpr {
        let joiner = self.doc.word(figure.end);
        let joins = word_is(joiner, "to")
            || matches!(joiner, "-" | "–")
            || (between && word_is(joiner, "and"));
        let number_at = (figure.end + 1..figure.end + 3)
            .find(|k| self.doc.token(*k).is_some_and(|t| t.kind == Kind::Number));
        let second = number_at
            .filter(|_| joins && figure.unit.is_some())
            .and_then(|k| self.figure(k))
            .filter(|second| {
                second.first == figure.end + 1
                    && second.unit == figure.unit
                    && second.qualifier.is_none()
                    // A range rises; a falling pair is a score or a
                    // comparison ("leads 47.1 percent to 41.7 percent").
                    && second.value > figure.value
                    && !self.follows_change(figure.first)
                    && !self.changed_by_then_level(figure.first, figure.value, second.value)
            });
        match second {
            Some(second) => FigureExpr {
                end: second.end,
                ..figure
            },
            None => figure,
        }
    }

    /// Whether the figure that starts at `first` is the size of a change,
    /// right after a verb of change ("rose 6 pence"), so that "to" after it
    /// names the level reached. After "by" it may be either: "grew by $40
    /// billion to $400 billion" is a change, "cut costs by $3 million to $4
    /// million" a range.
    fn follows_change(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .filter(|p| *p >= self.doc.first)
            .is_some_and(|p| CHANGE_VERBS.contains(self.doc.word(p)))
    }

    /// Whether the amount at `at`, with its currency before it, after "by"
    /// and a verb of change, is the change and `second`, more than five
    /// times its size, the level reached: "the population grew by 430,000
    /// to 40.1 million", "rose by $6.2 billion to $48.5 billion". "By" names
    /// a change more surely than a verb alone (`changed_then_level`), so a
    /// smaller gap serves; a range's ends are of a size ("dropped by 1 to
    /// 1.5 metres", "cut costs by $2 million to $4 million").
    fn changed_by_then_level(&self, at: usize, value: f64, second: f64) -> bool {
        let first = self.currency_before(at).map_or(at, |(p, _)| p);
        let by = first
            .checked_sub(1)
            .filter(|by| *by > self.doc.first && word_is(self.doc.word(*by), "by"));
        by.is_some_and(|by| CHANGE_VERBS.contains(self.doc.word(by - 1))) && second > 5.0 * value
    }

    /// Whether `second` is the level a change at `at` of `value` reached, not
    /// a range's end: after a verb of change, with "by" or without.
    fn reaches_level(&self, at: usize, value: f64, second: f64) -> bool {
        self.changed_by_then_level(at, value, second) || self.changed_then_level(at, value, second)
    }

    /// Whether the number at `at`, with its currency before it, right after
    /// a verb of change, is the change and `second`, ten times or more its
    /// size, the level reached: "shares jumped 3 to 48", "surged 4 5/8 to
    /// 112 5/8". A range's ends are of a size ("rose 3 to 5 points").
    fn changed_then_level(&self, at: usize, value: f64, second: f64) -> bool {
        let first = self.currency_before(at).map_or(at, |(p, _)| p);
        self.follows_change(first) && second >= 10.0 * value
    }

    /// So many in so many, after the number at `i` that ends at `end`: "one
    /// in 23", "one in three", "two out of five", "4 in 10". Its end and
    /// value. A measure after the second number makes it a span instead:
    /// "the only one in three years". Digits are a part of a whole only when
    /// less than it and the whole is no year ("5 in 2019").
    fn ratio(&self, i: usize, end: usize, value: f64) -> Option<(usize, f64)> {
        let digits = self.doc.token(i)?.kind == Kind::Number;
        if !digits {
            number_word(self.doc.word(i))?;
        }
        let out_of = word_is(self.doc.word(end), "out") && word_is(self.doc.word(end + 1), "of");
        let whole_at = match (word_is(self.doc.word(end), "in"), out_of) {
            (true, _) => end + 1,
            (_, true) => end + 2,
            _ => return None,
        };
        // "three in every 10 adults" is three in 10.
        let whole_at = whole_at + usize::from(word_is(self.doc.word(whole_at), "every"));
        let whole = self.doc.token(whole_at)?;
        let written = whole.text(self.doc.text);
        let whole_value = if whole.kind == Kind::Number {
            parse_digits(written, self.dots_group_thousands)
        } else {
            number_word(written)
        };
        let whole_value = whole_value.filter(|w| *w != 0.0)?;
        if digits && !(value < whole_value && whole_value <= 1000.0) {
            return None;
        }
        let span = self.is_measure(self.doc.word(whole_at + 1));
        (!span).then_some((whole_at + 1, value / whole_value))
    }

    /// A duration after "over" or "under" is the span something happened
    /// in ("50,000 crossed over three days"), not a bound, unless a verb of
    /// lasting comes before it ("the talks lasted over three days").
    fn without_span_word(&self, figure: FigureExpr) -> FigureExpr {
        // The word itself, not a qualifier read from "sub-3", which stays.
        let span_word = matches!(figure.qualifier.as_deref(), Some("over" | "under"))
            && word_in(self.doc.word(figure.first), &["over", "under"]);
        let duration = figure.unit.as_deref().is_some_and(|unit| {
            self.is_measure(unit) && SPANS_OF_TIME.contains(unit.strip_suffix('s').unwrap_or(unit))
        });
        let lasting = figure
            .first
            .checked_sub(1)
            .filter(|before| *before >= self.doc.first)
            .is_some_and(|before| word_in(self.doc.word(before), LENGTH_WORDS));
        if span_word && duration && !lasting {
            FigureExpr {
                first: figure.first + 1,
                qualifier: None,
                ..figure
            }
        } else {
            figure
        }
    }

    /// A currency sign or code before the number, with where the figure then
    /// starts: "$", "US$", "$US55,931,000", "RM79", "USD 1,700".
    fn currency_before(&self, i: usize) -> Option<(usize, String)> {
        let p = i.checked_sub(1).filter(|p| *p >= self.doc.first)?;
        let sign = self.doc.word(p);
        let currency = match sign {
            "$" => Some(self.dollar),
            _ => CURRENCY_SIGNS.get(sign),
        };
        if let Some(c) = currency {
            let prefixed = p > self.doc.first
                && (self.attached(p) || self.spaced_dollar_code(p - 1))
                && self.doc.token(p - 1).is_some_and(Token::is_word)
                && self.doc.word(p - 1).len() <= 3;
            // "A$2 million" is Australian dollars, "C$" Canadian.
            let dollar_code = (prefixed && sign == "$")
                .then(|| CURRENCY_CODES.get(self.doc.word(p - 1)))
                .flatten();
            let code = dollar_code.unwrap_or(c);
            return Some((if prefixed { p - 1 } else { p }, code.to_string()));
        }
        if let Some(code) = self.letter_currency(p, i) {
            return Some((p, code.to_string()));
        }
        let code = CURRENCY_CODES.get(sign).filter(|_| {
            // A one-letter code needs its dollar sign: "$A82", not "S22".
            let dollar = p > self.doc.first && self.doc.word(p - 1) == "$" && self.attached(p);
            // "Rs 500 crore" is written apart as often as "Rs500".
            (self.attached(i) && (sign.len() > 1 || dollar))
                || sign.len() == 3 && is_capital_letters(sign)
                || CODES_WRITTEN_APART.contains(sign)
        })?;
        let dollar = p > self.doc.first && self.attached(p) && self.doc.word(p - 1) == "$";
        Some((if dollar { p - 1 } else { p }, code.to_string()))
    }

    /// The currency of the letters at `p` against the digits at `i`
    /// ([`LETTER_CURRENCIES`]): the South African rand "R", the Nigerian
    /// naira "N", the shilling "Sh". Only where the digits read as money and
    /// not as a code's ("the R40 road", "R2-D2", "N95 masks"), grouped in
    /// thousands or scaled ("R1,500", "R2.5bn", "N5 billion").
    fn letter_currency(&self, p: usize, i: usize) -> Option<&'static str> {
        let scaled = spelled_scale(self.doc.word(i + 1)).is_some()
            || self.attached(i + 1) && word_in(self.doc.word(i + 1), &["bn", "m"]);
        let letter = self.doc.word(p);
        let money = self.attached(i) && (is_grouped(self.doc.word(i), ',') || scaled);
        let (_, code) = LETTER_CURRENCIES
            .iter()
            .find(|(written, _)| *written == letter)?;
        money.then_some(*code)
    }

    /// Whether the word at `k` is a dollar's country code written apart
    /// from its sign, in capitals: "HK $3.7 billion", "S $1mil", "NZ
    /// $99.99". "A $15 fee" opens with the article.
    fn spaced_dollar_code(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        is_capital_letters(word)
            && CURRENCY_CODES.get(word).is_some()
            && !OPENING_ARTICLES.contains(word)
    }

    /// The sign and currency before the number at `i`, in either order
    /// ("-$5", "$-5"): where the figure starts, its value with the sign, and
    /// its currency.
    fn sign_and_currency_before(&self, i: usize, value: f64) -> (usize, f64, Option<String>) {
        let (signed, value) = self.sign_before(i, value);
        match self.currency_before(signed) {
            Some((first, unit)) if signed == i => {
                let (first, value) = self.sign_before(first, value);
                (first, value, Some(unit))
            }
            Some((first, unit)) => (first, value, Some(unit)),
            None => (signed, value, None),
        }
    }

    /// A sign before the figure that starts at `first`: "-1.3%", "minus 5
    /// yards", "$-50bn". The figure's start and value with it.
    fn sign_before(&self, first: usize, value: f64) -> (usize, f64) {
        let Some(p) = first.checked_sub(1).filter(|p| *p >= self.doc.first) else {
            return (first, value);
        };
        // A dash against a word before it joins a name ("COVID -19" aside),
        // but against a currency sign it is the amount's minus.
        let after_currency = p > self.doc.first && matches!(self.doc.word(p - 1), "$" | "€" | "£");
        let minus = matches!(self.doc.word(p), "-" | "−")
            && self.attached(first)
            && self
                .doc
                .token(p)
                .is_some_and(|t| t.space_before || p == self.doc.first || after_currency);
        if minus || word_is(self.doc.word(p), "minus") {
            (p, -value)
        } else {
            (first, value)
        }
    }

    /// A qualifier before the figure that starts at `first` ("more than",
    /// "about"), with where the figure then starts.
    fn qualifier_before(&self, first: usize) -> (usize, Option<String>) {
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

    /// Ranges and tallies: "5 to 10", "between 5 and 10", "8–10", "286-134",
    /// "4.8 percent to 4.7 percent". The figure's end and value with the
    /// second number, whose scale the first may share.
    fn range(&self, i: usize, end: usize, value: f64, between: bool) -> (usize, f64) {
        let word = self.doc.word(i);
        let percent_first = self.percent_words(end);
        let joiner_at = end + percent_first.unwrap_or(0);
        let joiner = self.doc.word(joiner_at);
        let joins = matches!(joiner, "-" | "–" | "—")
            || word_is(joiner, "to")
            || (word_is(joiner, "or") && number_word(word).is_some())
            || (between && word_is(joiner, "and"));
        if !joins || self.opens_no_range(i, end) {
            return (end, value);
        }
        let mut k = joiner_at + 1;
        let currency = matches!(self.doc.word(k), "$" | "€" | "£");
        if currency {
            k += 1;
            if CURRENCY_CODES.get(self.doc.word(k)).is_some() && self.attached(k) {
                k += 1;
            }
        }
        // A percentage does not run into an amount of money.
        if currency && percent_first.is_some() {
            k = usize::MAX;
        }
        let second = self
            .doc
            .token(k)
            .map(|t| t.text(self.doc.text))
            .and_then(|w| parse_digits(w, self.dots_group_thousands).or_else(|| number_word(w)));
        // After a percentage only another one closes a range: "rose 4.2%
        // to 311.50" is a change and then the level it reached.
        let core = self
            .core(k)
            .filter(|(e, _)| percent_first.is_none() || self.percent_words(*e).is_some());
        // A range rises. A falling pair is a score or a comparison ("leads
        // 47.1 percent to 41.7 percent"), two figures, unless "from" opens
        // it as a change written as one ("fell from 61 percent to 55").
        let from = word_is(self.doc.word(i.wrapping_sub(1)), "from");
        // A percent after the second alone is the range's: "rose by 1 to 10 percent".
        let percent_shared = |e| percent_first.is_none() && self.percent_words(e).is_some();
        let level = |e, scaled| !percent_shared(e) && self.reaches_level(i, value, scaled);
        let core = core.filter(|&(e, scaled)| from || scaled > value && !level(e, scaled));
        if let (Some((e, scaled)), Some(raw)) = (core, second) {
            // "$10 to $15 billion", "four to five thousand": the scale is
            // shared, unless the first number is already the larger one
            // ("$800,000 to $1.3 million"); a fraction is no scale ("1/8 to 31 7/8").
            let scaled_second = e > k + 1 && self.mixed_fraction(k).is_none();
            let shared = end == i + 1 && scaled_second && raw != 0.0 && value < raw;
            return (
                e,
                if shared {
                    value * (scaled / raw)
                } else {
                    value
                },
            );
        }
        (end, value)
    }

    /// Whether the number at `i..end` opens no range: a multiple ("grew
    /// sixfold to $3 billion") or a part of a point ("cut rates by a
    /// half-point to 5 per cent").
    fn opens_no_range(&self, i: usize, end: usize) -> bool {
        let point = end
            .checked_sub(1)
            .is_some_and(|last| self.part_of_a_point_in_one_word(last).is_some());
        multiple_of(self.doc.word(i)).is_some() || point
    }

    /// Where a tally or score that starts at `i` ends: two whole numbers
    /// joined by a dash, the second no larger than the first ("voted 7-2",
    /// "a 5-4 decision", "drew 2-2"), or by "to" after a vote ("ruled 6 to
    /// 3", "the vote was 5 to 4"). A range runs upwards ("16-18").
    fn tally_end(&self, i: usize) -> Option<usize> {
        let whole = |k: usize| {
            self.doc
                .token(k)
                .filter(|t| t.kind == Kind::Number)
                .and_then(|t| t.text(self.doc.text).parse::<u32>().ok())
        };
        let first = whole(i)?;
        let dash = matches!(self.doc.word(i + 1), "-" | "–") && self.attached(i + 1);
        let to = word_is(self.doc.word(i + 1), "to") && self.follows_vote(i);
        let second = whole(i + 2).filter(|_| dash && self.attached(i + 2) || to)?;
        (second <= first).then_some(i + 3)
    }

    /// Whether one of the two words before the number at `i` names a vote
    /// ([`VOTE_WORDS`]): "voted 7 to 2", "the vote was 5 to 4", "by a vote
    /// of 61 to 38".
    fn follows_vote(&self, i: usize) -> bool {
        (i.saturating_sub(2).max(self.doc.first)..i).any(|k| VOTE_WORDS.contains(self.doc.word(k)))
    }

    /// How many words the percent mark at `at` takes: one for "%",
    /// "percent" or "pct", two for "per cent"; none if there is no mark.
    fn percent_words(&self, at: usize) -> Option<usize> {
        let word = self.doc.word(at);
        if word == "%" || word_in(word, &["percent", "pct"]) {
            Some(1)
        } else if word_is(word, "per") && word_is(self.doc.word(at + 1), "cent") {
            Some(2)
        } else {
            None
        }
    }

    /// A share written after the figure: "4%", "12 percent", "3 per cent",
    /// "2 percentage points".
    fn share_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
        let end = figure.end;
        let next = self.doc.word(end);
        if let Some(words) = self.percent_words(end) {
            return Some(FigureExpr {
                end: end + words,
                unit: Some("percent".into()),
                rule: FigureRule::Percentage,
                ..figure.clone()
            });
        }
        let part_of_a_point = end
            .checked_sub(1)
            .is_some_and(|last| self.part_of_a_point_in_one_word(last).is_some());
        let points =
            word_is(next, "percentage") && word_in(self.doc.word(end + 1), &["point", "points"]);
        if part_of_a_point {
            return Some(FigureExpr {
                unit: Some("percentage points".into()),
                rule: FigureRule::PercentagePoints,
                ..figure.clone()
            });
        }
        points.then(|| FigureExpr {
            end: end + 2,
            unit: Some("percentage points".into()),
            rule: FigureRule::PercentagePoints,
            ..figure.clone()
        })
    }

    /// The unit after the figure: a percentage, a measure joined by a hyphen
    /// ("a 10-hour meeting"), an attached unit ("60mph"), or the noun it
    /// counts. A hyphen that joins anything else makes it no figure.
    fn unit_after(&self, figure: FigureExpr) -> Option<FigureExpr> {
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

    /// A measure in a larger unit with its smaller part after it, read whole
    /// in the smaller unit: "6ft 2in" is 74 inches, "7lb 4oz" 116 oz, where
    /// reading the first part alone would give a wrong height or weight.
    fn smaller_part_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
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
    fn measure_in_own_word(&self, figure: &FigureExpr) -> Option<FigureExpr> {
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
    fn multiple_after(&self, figure: &FigureExpr) -> Option<FigureExpr> {
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
    fn hyphened_measure(&self, figure: &FigureExpr) -> Option<Option<FigureExpr>> {
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

    /// A number with a bound joined to it by a hyphen ([`JOINED_BOUNDS`]),
    /// as the British and Commonwealth press writes it: "£1bn-plus" is more
    /// than £1bn, "20-plus years" more than 20 years, "1,500-odd members"
    /// about 1,500 members.
    fn plus_joined(&self, figure: &FigureExpr) -> Option<FigureExpr> {
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
    fn rate_in_own_word(&self, figure: &FigureExpr) -> Option<FigureExpr> {
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

    /// Whether the "m" at `at`, against the digits before it, is metres, not
    /// a million: a dimension follows it ("37m tall", "rose 5m above the
    /// street"), a race it names ("the 400m hurdles") or a length in brackets
    /// converts it ("37m (121ft)"), or a time in hundredths of a second
    /// in its sentence runs it ("the 100m in 9.58 seconds"). Without
    /// such a sign it stays a million ("35m of its shares", "£37m"), as the
    /// press most often means it.
    fn is_metres(&self, at: usize) -> bool {
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

    /// Where a temperature's unit against `figure` ends, and the unit: a
    /// scale's letter ("41C"), a degree sign with or without one ("104°F",
    /// "220°"). After a name the letter is a model's ("iPhone 5C", "Form
    /// 3F"), not a scale.
    fn temperature(&self, figure: &FigureExpr) -> Option<(usize, &'static str)> {
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

    /// Pence or cents by the unit they buy, as money is ("145.9p a litre"
    /// is pence per litre, "12c a share" cents per share): `unit`, which
    /// ends before `end`, with its rate if it is pence or cents and one
    /// follows.
    fn pence_rate(&self, end: usize, unit: String) -> (usize, String) {
        match self
            .rate_after(end)
            .filter(|_| unit == "pence" || unit == "cents")
        {
            Some((rate_end, per)) => (rate_end, format!("{unit} per {per}")),
            None => (end, unit),
        }
    }

    /// The noun after the figure: what it counts, or, after money, the
    /// currency's name or the unit the money is given for.
    fn noun_after(&self, figure: FigureExpr) -> FigureExpr {
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

    /// The currency of an amount in dollars whose country is restated after
    /// it ("$75 U.S."), unless the word is a name's or the dollars' own
    /// ("$5 U.S. Steel shares", "$5 Canadian dollars").
    fn dollar_restated(&self, figure: &FigureExpr) -> Option<&'static str> {
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

    /// A unit that money is given for, starting at `i`: "per barrel", "per
    /// square foot", "a month", "a share". After "a" only a measure or a
    /// share of something is one, since "$5 a …" opens other phrases too.
    fn rate_after(&self, i: usize) -> Option<(usize, String)> {
        if let Some(rate) = self.slash_rate(i) {
            return Some(rate);
        }
        let word = self.doc.word(i);
        let lower = word.chars().all(|c| c.is_ascii_lowercase() || c == '.');
        if let Some(span) = RATE_ABBREVIATIONS.get(word).filter(|_| lower) {
            return Some((i + 1, span.to_string()));
        }
        let plain = |k: usize| {
            let w = self.doc.word(k);
            (self.doc.token(k).is_some_and(Token::is_word)
                && !is_capitalized(w)
                && w.chars().all(char::is_alphabetic))
            .then_some(w)
        };
        let noun = plain(i + 1)?;
        let per = word_is(word, "per");
        // A unit's symbol prices too: "Rs 80 a kg"; "sq" is half of one.
        let symbol = is_attached_unit(noun) && noun.len() > 1 && noun != "sq";
        let priced_unit =
            self.is_measure(noun) || symbol || word_in(noun, &["share", "head", "person"]);
        // "a year earlier" says when, not what the money buys: "rose to
        // £1.2bn from £980m a year earlier".
        let when = SPAN_BACK_WORDS.contains(self.doc.word(i + 2));
        if !(per || (OPENING_ARTICLES.contains(word) && priced_unit && !when)) {
            return None;
        }
        match plain(i + 2).filter(|_| per && word_in(noun, &["square", "cubic"])) {
            Some(measure) => Some((i + 3, format!("{noun} {measure}"))),
            None => Some((i + 2, noun.to_string())),
        }
    }

    /// A unit that money is given for after a slash against it, as price
    /// lists and the Australian and Indian press write one: "$1.95/litre",
    /// "₹80/kg", "$1,200/month", or by its symbol ([`SLASHED_SYMBOLS`]:
    /// "$2.05/L"). Its end and the unit.
    fn slash_rate(&self, i: usize) -> Option<(usize, String)> {
        let noun = self.doc.word(i + 1);
        let slashed = self.doc.word(i) == "/" && self.attached(i) && self.attached(i + 1);
        let symbol = SLASHED_SYMBOLS.get(noun);
        let unit = self.is_measure(noun) || is_attached_unit(noun) && noun.len() > 1;
        (slashed && (unit || symbol.is_some()) && self.doc.is_word(i + 1))
            .then(|| (i + 2, symbol.unwrap_or(noun).to_string()))
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

    fn is_measure(&self, word: &str) -> bool {
        MEASURES.contains(word)
    }

    /// The plural noun a number word counts past the capitalised names that
    /// qualify it, the names starting at `i`: "seven European countries",
    /// "five NBA teams", "four FA Cup finals". Digits before a name are more
    /// often a model's ("737 Max jets"), so they count so only a currency
    /// named by its country ("8.99 Australian dollars", "180 million Hong
    /// Kong dollars"), a body's initials ([`Reader::counts_past_initials`])
    /// or the people of a name ([`Reader::counts_members_past_name`]: "48
    /// Arsenal fans").
    fn named_group(&self, i: usize) -> Option<(usize, String)> {
        if let Some(people) = self.people_counted(i) {
            return Some(people);
        }
        let number = i.checked_sub(1).and_then(|n| self.doc.token(n))?;
        let number_in_words = number.is_word() && number_word(number.text(self.doc.text)).is_some();
        let names: Vec<&str> = (i..i + 3)
            .map(|k| self.doc.word(k))
            .take_while(|name| is_capitalized(name) && is_name_word(name))
            .collect();
        // A plural name is a name of its own: "Four Seasons hotels" are not
        // four hotels.
        if names.first().is_some_and(|name| name.ends_with('s')) {
            return None;
        }
        let (end, noun) = self
            .counted(i + names.len())
            .filter(|_| !names.is_empty())?;
        // The noun's own word, before any rate: "dollars" in "dollars per month".
        let head = noun.split(' ').next().unwrap_or_default();
        let counted = head.ends_with('s')
            && (number_in_words
                || CURRENCY_NAMES.contains(head)
                || self.counts_past_initials(i - 1, &names)
                || self.counts_members_past_name(i - 1, &names, head));
        counted.then(|| (end, format!("{} {noun}", names.join(" "))))
    }

    /// A people or a party's members named in the plural at `i`, which a
    /// number before it counts: "40,000 Canadians", "2.3m Britons", "12
    /// Republicans" (`PEOPLES`, or a capitalised plural in "-ans"). Before a
    /// plural noun it names the noun's kind ("3 Titans fans"), no people.
    fn people_counted(&self, i: usize) -> Option<(usize, String)> {
        let word = self.doc.word(i);
        let next = self.doc.word(i + 1);
        let people = PEOPLES.contains(word) || word.ends_with("ans") && looks_plural(word);
        let modifier = looks_plural(next) && self.is_plain_unit(i + 1);
        let named = self.doc.is_word(i) && is_capitalized(word) && is_name_word(word);
        (people && named && !modifier).then(|| (i + 1, word.to_string()))
    }

    /// Whether the digits at `number` count the plural noun after the one
    /// body's or thing's initials `names`: "12 EV models", "40 NHS
    /// trusts", "3 GOP senators". A model's number is most often of three
    /// digits or more and ungrouped ("737 MAX jets"), so only a count under
    /// a hundred or grouped in thousands ("1,200 NHS nurses") counts so.
    fn counts_past_initials(&self, number: usize, names: &[&str]) -> bool {
        matches!(names, [initials] if is_acronym(initials) && initials.len() <= 4)
            && self.is_no_model_number(number)
    }

    /// Whether the digits at `number` count the people of the one name
    /// `names` that the plural `noun` after it calls them ([`MEMBERS`]): "48
    /// Arsenal fans", "23 Republican senators", "2,400 Boeing workers". A
    /// model's users or pilots are not counted past its number, which
    /// [`Reader::is_no_model_number`] tells.
    fn counts_members_past_name(&self, number: usize, names: &[&str], noun: &str) -> bool {
        names.len() == 1 && MEMBERS.contains(noun) && self.is_no_model_number(number)
    }

    /// Whether the digits at `number` are a count's, not a model's: under a
    /// hundred or grouped in thousands ("12", "1,200"), where a model's
    /// number is most often of three digits or more and ungrouped ("737").
    fn is_no_model_number(&self, number: usize) -> bool {
        let digits = self.doc.word(number);
        let small = parse_digits(digits, self.dots_group_thousands).is_some_and(|v| v < 100.0);
        small || is_grouped(digits, if self.dots_group_thousands { '.' } else { ',' })
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
    fn is_plain_unit(&self, k: usize) -> bool {
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
    fn counted(&self, i: usize) -> Option<(usize, String)> {
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

    /// Whether "won" at `i` is South Korea's currency rather than the verb:
    /// after a spelled scale, in an article that names Korea ("Samsung will
    /// invest 3 trillion won in Korea's chip plants"). "2 million won
    /// praise" elsewhere stays the verb.
    fn is_korean_won(&self, i: usize) -> bool {
        let scaled = i > 0 && spelled_scale(self.doc.word(i - 1)).is_some();
        let korea = || KOREA_NAMES.iter().any(|name| self.doc.text.contains(name));
        word_is(self.doc.word(i), "won") && scaled && korea()
    }

    /// The span a measure `unit` is given by after an article, starting at
    /// `at`: "35 hours a week" is hours per week, "80 kilometres an hour"
    /// kilometres per hour. A span counted back says when ("300 tonnes a
    /// year earlier"), and a count keeps "a day" for its rate ("500
    /// migrants a day", see [`crate::rates`]).
    fn span_rate(&self, at: usize, unit: &str) -> Option<(usize, String)> {
        let span = self.doc.word(at + 1);
        let rate = OPENING_ARTICLES.contains(self.doc.word(at))
            && SPANS_OF_TIME.contains(span)
            && self.doc.is_word(at + 1)
            && self.is_measure(unit)
            && !SPAN_BACK_WORDS.contains(self.doc.word(at + 2));
        rate.then(|| (at + 2, span.to_ascii_lowercase()))
    }

    /// `unit`, which ends before `end`, with its second part if one follows:
    /// "km/h", "sq m", "basis points", "degrees Celsius".
    fn unit_second_part(&self, unit: String, end: usize) -> (String, usize) {
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

/// Whether the token at `i` belongs to `time`, the first time that ends
/// after it: a number inside a time is the time's own, not a figure. That
/// holds for its day and year ("December 27, 2023") and as much for its
/// length: "two years ago", "the past two weeks", "in the last 12 months"
/// and "two days after the election" say when, and a reader wants them
/// among the times, not among the amounts. A figure whose period such a
/// time is keeps it, and its rate (see [`crate::rates`]).
fn is_part_of_time(time: &TimeExpr, i: usize) -> bool {
    time.first <= i
}

/// Finds every figure outside page furniture and outside the given time
/// spans ([`is_part_of_time`]). A line set aside only for its headline form
/// is read: its figures are the article's, whether it is a headline or a
/// list item of statistics. There a figure needs a plain unit
/// ([`is_plain_unit`]), since the times stage skips such lines and a bare
/// number in one ("Published Dec 20", "by 2120", "the 90049 ZIP Code") is as
/// likely a date or a code.
pub(crate) fn find_figures(text: &str, segments: &Segments, times: &[TimeExpr]) -> Vec<FigureExpr> {
    let mut figures: Vec<FigureExpr> = Vec::new();
    let mut time_at = 0;
    let dots_group_thousands = writes_thousands_with_dots(text, &segments.tokens);
    let dollar = article_dollar(text, segments);
    let rupees = writes_rupees(text, &segments.tokens);
    for sentence in segments
        .sentences
        .iter()
        .filter(|s| !s.boilerplate || s.headline)
    {
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(sentence.first, sentence.end),
            dots_group_thousands,
            dollar,
            rupees,
        };
        let mut i = sentence.first;
        while i < sentence.end {
            while times.get(time_at).is_some_and(|t| t.end <= i) {
                time_at += 1;
            }
            if times
                .get(time_at)
                .is_some_and(|time| is_part_of_time(time, i))
            {
                i += 1;
                continue;
            }
            let time_before = time_at.checked_sub(1).and_then(|k| times.get(k));
            if time_before.is_some_and(|time| reader.ends_day_range(time, i)) {
                i += 1;
                continue;
            }
            let starts_number = reader.doc.token(i).is_some_and(|t| opens_number(t, text));
            let found = starts_number
                .then(|| reader.figure_before_time(i, times.get(time_at)))
                .flatten()
                .filter(|f| {
                    let clear_of_times = times.get(time_at).is_none_or(|t| t.first >= f.end);
                    clear_of_times
                        && f.first >= figures.last().map_or(0, |l| l.end)
                        && (!sentence.headline || f.unit.as_deref().is_some_and(is_plain_unit))
                });
            match found {
                Some(figure) => {
                    i = figure.end;
                    figures.push(figure);
                }
                // A tally is no figure, and its second number no minus.
                None => i = reader.tally_end(i).unwrap_or(i + 1),
            }
        }
    }
    share_with_neighbours(&Document::new(text, &segments.tokens), &mut figures);
    figures
}

/// What a figure takes from the one before it: a conversion's qualifier
/// and a tally's unit.
fn share_with_neighbours(doc: &Document, figures: &mut [FigureExpr]) {
    conversions_share_qualifiers(doc, figures);
    tallies_share_units(doc, figures);
}

/// Units whose count is set against another in a tally: "passed by 312
/// votes to 278".
static TALLIED_UNITS: Lexicon = Lexicon::new(&["votes"]);

/// The bare number after "to" in a tally counts what the first one counts:
/// "by 312 votes to 278" is 312 votes and 278 votes.
fn tallies_share_units(doc: &Document, figures: &mut [FigureExpr]) {
    for k in 1..figures.len() {
        let (before, after) = figures.split_at_mut(k);
        let (Some(first), Some(second)) = (before.last(), after.first_mut()) else {
            continue;
        };
        let tallied = first
            .unit
            .as_deref()
            .is_some_and(|u| TALLIED_UNITS.contains(u));
        let after_to = second.first == first.end + 1 && word_is(doc.word(first.end), "to");
        if tallied && after_to && second.unit.is_none() {
            second.unit.clone_from(&first.unit);
        }
    }
}

/// Whether a unit read in a headline-shaped line is a plain word, not two
/// run together ("34 postsGet Livefyre"): a lower-case word with a capital
/// inside is scraped page furniture whose spaces were lost.
fn is_plain_unit(unit: &str) -> bool {
    let mut letters = unit.chars();
    let lower_start = letters.next().is_some_and(char::is_lowercase);
    !(lower_start && letters.any(char::is_uppercase))
}

/// A figure in brackets right after another, with no qualifier of its
/// own, gives the same amount in another unit and so shares the first
/// one's qualifier: "more than 100 kilometers (60 miles)", "just under
/// 296 hp (224 kW)", "more than 7.5 million crowns (US $1.1 million)".
fn conversions_share_qualifiers(doc: &Document, figures: &mut [FigureExpr]) {
    for k in 1..figures.len() {
        let (before, after) = figures.split_at_mut(k);
        let (Some(first), Some(second)) = (before.last(), after.first_mut()) else {
            continue;
        };
        let bracketed = second.first == first.end + 1 && doc.word(first.end) == "(";
        if bracketed && second.qualifier.is_none() {
            second.qualifier.clone_from(&first.qualifier);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Day;
    use crate::segment::segment;
    use crate::times::find_times;

    /// A sentence, the words of the one figure in it, its value, unit and
    /// qualifier.
    type Case<'a> = (&'a str, &'a str, f64, Option<&'a str>, Option<&'a str>);

    fn figures(text: &str) -> Vec<(String, f64, Option<String>, Option<String>)> {
        figures_published(text, None)
    }

    /// The figures of a text published on `published`, against which the
    /// times that count from it ("two years ago") are read.
    fn figures_published(
        text: &str,
        published: Option<Day>,
    ) -> Vec<(String, f64, Option<String>, Option<String>)> {
        let segments = segment(text);
        let times = find_times(text, &segments, published);
        find_figures(text, &segments, &times)
            .into_iter()
            .map(|f| {
                (
                    segments.text_of(text, f.first, f.end).to_string(),
                    f.value,
                    f.unit,
                    f.qualifier,
                )
            })
            .collect()
    }

    /// Checks that each text gives exactly the figures with these texts.
    fn expect_figure_texts(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            let found: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
            assert_eq!(&found, expected, "{text}");
        }
    }

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

    /// A cricket bowler's figures and a side's score are no fractions or
    /// ranges: "5/32" is five wickets for 32 runs, "247-6" a tally.
    #[test]
    fn cricket_scores_are_no_fractions() {
        let cases: &[(&str, &[&str])] = &[
            ("Bumrah took 5/32 in ten overs.", &["ten overs"]),
            ("India were 247-6 at the close.", &[]),
            ("Australia were 247 for 6 at stumps.", &[]),
            ("England declared on 412 for 8.", &[]),
            ("Australia were 9-312 declared.", &[]),
            ("Starc took 4-42 on Sunday.", &[]),
            ("The repair took 4-6 weeks.", &["4-6 weeks"]),
            ("Scores of 30-40 runs were common.", &["30-40 runs"]),
            ("The bus runs 5-20 minutes late.", &["5-20 minutes"]),
            ("The shop sold 3 for 10 pounds.", &["3", "10 pounds"]),
            ("Kohli made 105 off 87 balls.", &["105", "87 balls"]),
        ];
        expect_figure_texts(cases);
    }

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

    /// How the press outside the US writes its amounts: scales joined by a
    /// hyphen, a currency restated after the number, British suffixes.
    #[test]
    fn figures_as_the_press_outside_the_us_writes_them() {
        let cases: &[Case] = &[
            (
                "The province will spend $40.1-billion on clinics.",
                "$40.1-billion",
                40.1e9,
                Some("USD"),
                None,
            ),
            (
                "The ₹10,000-crore bridge opened.",
                "₹10,000-crore",
                1e11,
                Some("INR"),
                None,
            ),
            (
                "The Treasury wrote off £1.2trn of debt.",
                "£1.2trn",
                1.2e12,
                Some("GBP"),
                None,
            ),
            (
                "Crude settled at $75 U.S. per barrel.",
                "$75 U.S. per barrel",
                75.0,
                Some("USD per barrel"),
                None,
            ),
            (
                "The mine was sold for $2.1 billion U.S. last year.",
                "$2.1 billion U.S.",
                2.1e9,
                Some("USD"),
                None,
            ),
            (
                "She earns £450,000-a-year as chair.",
                "£450,000-a-year",
                450_000.0,
                Some("GBP per year"),
                None,
            ),
            (
                "Profits were £1bn-plus again.",
                "£1bn-plus",
                1e9,
                Some("GBP"),
                Some("more than"),
            ),
            (
                "The levy raises $400-million-a-year for transit.",
                "$400-million-a-year",
                4e8,
                Some("USD per year"),
                None,
            ),
            (
                "The pane is 3/16 inch thick.",
                "3/16 inch",
                0.1875,
                Some("inch"),
                None,
            ),
            (
                "House prices rose by a fifth in a decade.",
                "a fifth",
                0.2,
                None,
                None,
            ),
            (
                "Sales were Rs.2,300 cr in the quarter.",
                "Rs.2,300 cr",
                2.3e10,
                Some("INR"),
                None,
            ),
            (
                "The deal funds 1,200 new child-care spaces.",
                "1,200 new child-care spaces",
                1200.0,
                Some("spaces"),
                None,
            ),
            // Cents written "c" against the digits, as the press of
            // Australia, New Zealand and Canada writes them, and by the unit
            // they buy.
            (
                "The lender will pay 12c a share.",
                "12c a share",
                12.0,
                Some("cents per share"),
                None,
            ),
            (
                "Petrol rose to 189.9c a litre.",
                "189.9c a litre",
                189.9,
                Some("cents per litre"),
                None,
            ),
            (
                "Temperatures could reach 30c on Friday.",
                "30c",
                30.0,
                Some("degrees Celsius"),
                None,
            ),
            // A part of a percentage point, as rate decisions are written.
            (
                "The bank raised rates by a quarter of a percentage point.",
                "a quarter of a percentage point",
                0.25,
                Some("percentage points"),
                None,
            ),
            (
                "The rate rose half a percentage point.",
                "half a percentage point",
                0.5,
                Some("percentage points"),
                None,
            ),
            (
                "Yields fell three-quarters of a percentage point.",
                "three-quarters of a percentage point",
                0.75,
                Some("percentage points"),
                None,
            ),
            (
                "Ministers served 20-plus years each.",
                "20-plus years",
                20.0,
                Some("years"),
                Some("more than"),
            ),
            (
                "Traders priced it at a $90-a-barrel level.",
                "$90-a-barrel",
                90.0,
                Some("USD per barrel"),
                None,
            ),
            (
                "Farah won the 10,000m in Paris.",
                "10,000m",
                10_000.0,
                Some("metres"),
                None,
            ),
            (
                "Some 400m people live there.",
                "Some 400m people",
                4e8,
                Some("people"),
                Some("some"),
            ),
            (
                "Wheat output rose to 12.5 lakh tonnes.",
                "12.5 lakh tonnes",
                1.25e6,
                Some("tonnes"),
                None,
            ),
            (
                "Rents rose between 5 and 6 per cent.",
                "between 5 and 6 per cent",
                5.0,
                Some("percent"),
                None,
            ),
            (
                "Nearly a third of staff quit.",
                "Nearly a third",
                1.0 / 3.0,
                None,
                Some("nearly"),
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn figures_read_value_unit_and_qualifier() {
        let cases: &[Case] = &[
            (
                "Agents saw more than 50,000 migrants.",
                "more than 50,000 migrants",
                50_000.0,
                Some("migrants"),
                Some("more than"),
            ),
            ("It took five days.", "five days", 5.0, Some("days"), None),
            // An adjective before the counted noun is not the unit, and a
            // limiter keeps the number exact: no qualifier, and no label's name.
            (
                "Fully 40 foreign firms bid.",
                "40 foreign firms",
                40.0,
                Some("firms"),
                None,
            ),
            // A singular noun before a plural one modifies it.
            (
                "Three police officers arrived.",
                "Three police officers",
                3.0,
                Some("officers"),
                None,
            ),
            (
                "She cited 12 different studies.",
                "12 different studies",
                12.0,
                Some("studies"),
                None,
            ),
            (
                "The old car did about 80 m.p.h. on the flat.",
                "about 80 m.p.h.",
                80.0,
                Some("mph"),
                Some("about"),
            ),
            (
                "The plan costs $1.7 trillion.",
                "$1.7 trillion",
                1.7e12,
                Some("USD"),
                None,
            ),
            ("Prices rose 3.4%.", "3.4%", 3.4, Some("percent"), None),
            (
                "About 28 percent agreed.",
                "About 28 percent",
                28.0,
                Some("percent"),
                Some("about"),
            ),
            (
                "It lasts 8–10 weeks.",
                "8–10 weeks",
                8.0,
                Some("weeks"),
                None,
            ),
            (
                "It hits one in 23 adults.",
                "one in 23",
                1.0 / 23.0,
                None,
                None,
            ),
            (
                "Up to 160.000 people came.",
                "Up to 160.000 people",
                160_000.0,
                Some("people"),
                Some("up to"),
            ),
            (
                "It fined them €5 million.",
                "€5 million",
                5e6,
                Some("EUR"),
                None,
            ),
            (
                "Between 5 and 10 homes burned.",
                "Between 5 and 10 homes",
                5.0,
                Some("homes"),
                None,
            ),
            (
                "The report ran 4,155 pages.",
                "4,155 pages",
                4155.0,
                Some("pages"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// Parts of a whole, ratios and powers of ten, in words and in signs.
    #[test]
    fn parts_ratios_and_powers_of_ten() {
        let cases: &[Case] = &[
            (
                "Wages rose one per cent.",
                "one per cent",
                1.0,
                Some("percent"),
                None,
            ),
            ("A cup holds 1⁄16 of a gallon.", "1⁄16", 0.0625, None, None),
            (
                "Three in every 10 adults smoke.",
                "Three in every 10",
                0.3,
                None,
                None,
            ),
            (
                "More than 4 in 10 voters approve.",
                "More than 4 in 10",
                0.4,
                None,
                Some("more than"),
            ),
            // A year is no whole.
            ("The index stood at 5 in 2019.", "5", 5.0, None, None),
            (
                "One fourth of the town voted.",
                "One fourth",
                0.25,
                None,
                None,
            ),
            (
                "Light moves at 2.998×10^8 meters per second.",
                "2.998×10^8 meters per second",
                2.998e8,
                Some("meters per second"),
                None,
            ),
            (
                "A proton weighs about 1.67×10−27 kilograms.",
                "about 1.67×10−27 kilograms",
                1.67e-27,
                Some("kilograms"),
                Some("about"),
            ),
            (
                "One in three voters backed it.",
                "One in three",
                1.0 / 3.0,
                None,
                None,
            ),
            (
                "Two out of five homes flooded.",
                "Two out of five",
                0.4,
                None,
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A number word that begins a name is no figure, and a plural name
    /// after a number word counts nothing: "the Four Seasons hotels".
    #[test]
    fn a_number_word_in_a_name() {
        for text in [
            "The chain runs the Four Seasons hotels in Asia.",
            "Visitors to Three Mile Island left early.",
            // Opening the sentence, a name still goes on past the number.
            "Four Seasons hotels reopened in May.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
        // A people named in the plural is what is counted.
        let cases: &[Case] = &[(
            "Five Britons died.",
            "Five Britons",
            5.0,
            Some("Britons"),
            None,
        )];
        check_figures(cases);
    }

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

    /// A single age is a figure in years of age, with the comparison
    /// written before "the age of" as its qualifier.
    #[test]
    fn an_age_after_the_age_of() {
        let cases: &[Case] = &[
            (
                "The benefit goes to people over the age of 65.",
                "65",
                65.0,
                Some("years of age"),
                Some("over"),
            ),
            (
                "Children under the age of five ride free.",
                "five",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "Many children under the age of 5 years died.",
                "5 years",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "She left school at age 16.",
                "16",
                16.0,
                Some("years of age"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A range whose second number repeats the unit is one figure, valued
    /// by its first number.
    #[test]
    fn ranges_that_repeat_their_unit() {
        let cases: &[Case] = &[
            (
                "Flats sell for RM250,000 to RM400,000.",
                "RM250,000 to RM400,000",
                250_000.0,
                Some("MYR"),
                None,
            ),
            (
                "Bats hear between 20kHz and 120kHz.",
                "between 20kHz and 120kHz",
                20.0,
                Some("khz"),
                None,
            ),
        ];
        check_figures(cases);
        // A falling pair is two figures: a score, not a range.
        check_figure_texts(&[(
            "Roe leads Doe 47.1 percent to 41.7 percent.",
            &["47.1 percent", "41.7 percent"],
        )]);
    }

    /// A number word counts the plural noun past the names that qualify
    /// it, and any number a currency named by its country.
    #[test]
    fn a_number_word_counts_past_names() {
        let cases: &[Case] = &[
            (
                "It costs 8.99 Australian dollars per month.",
                "8.99 Australian dollars per month",
                8.99,
                Some("Australian dollars per month"),
                None,
            ),
            (
                "The mall cost 180 million Hong Kong dollars.",
                "180 million Hong Kong dollars",
                1.8e8,
                Some("Hong Kong dollars"),
                None,
            ),
            (
                "Seven European countries signed the pact.",
                "Seven European countries",
                7.0,
                Some("European countries"),
                None,
            ),
            (
                "He played for five NBA teams.",
                "five NBA teams",
                5.0,
                Some("NBA teams"),
                None,
            ),
            (
                "She won four FA Cup finals.",
                "four FA Cup finals",
                4.0,
                Some("FA Cup finals"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// Every value is a finite number, however many scales or however large
    /// a power of ten the text writes, since the dataset has no infinity.
    #[test]
    fn values_stay_finite() {
        let text = format!(
            "It cost 5{} dollars. It weighs 999999999999×10^300 kilograms.",
            " trillion".repeat(30)
        );
        for figure in figures(&text) {
            assert!(figure.1.is_finite(), "{figure:?}");
        }
    }

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

    fn check_figures(cases: &[Case]) {
        for (text, span, value, unit, qualifier) in cases {
            let got = figures(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            let (s, v, u, q) = &got[0];
            assert_eq!(s, span, "{text}");
            assert!((v - value).abs() < 1e-9, "{text}: {v}");
            assert_eq!(u.as_deref(), *unit, "{text}");
            assert_eq!(q.as_deref(), *qualifier, "{text}");
        }
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

    /// A talkback station's call sign, a digit and capitals, is no measure
    /// where it is what is told or spoken on: "told 2GB" names a station,
    /// "a 2GB memory card" two gigabytes.
    #[test]
    fn a_station_call_sign_is_no_measure() {
        let cases: &[(&str, &[&str])] = &[
            ("The mayor told 2GB that crews had acted.", &[]),
            ("She said on 3AW the plan was sound.", &[]),
            ("He spoke to 2UE about the 40 new buses.", &["40 new buses"]),
            ("She bought a 2GB memory card.", &["2GB"]),
            ("Storage was raised to 2GB of data.", &["2GB"]),
            ("Photos are kept on 2GB cards.", &["2GB"]),
            ("She upgraded to 2TB.", &["2TB"]),
            (
                "He told 2GB's host that 12 officers were hurt.",
                &["12 officers"],
            ),
            (
                "Speaking to 2GB on Monday, he said 300 homes flooded.",
                &["300 homes"],
            ),
        ];
        expect_figure_texts(cases);
    }

    /// Crore and lakh with no currency and nothing counted after them are
    /// rupees in an article that writes its rupees elsewhere, as the Indian
    /// press leaves the sign off a second amount; else they stay bare.
    #[test]
    fn a_bare_crore_is_rupees_where_the_article_writes_rupees() {
        let rupees = "The Rs 500 crore plan was approved. The state will spend 2,300 crore on \
                      roads, and 12 lakh a year on upkeep, for 1.2 crore voters.";
        let units: Vec<(String, Option<String>)> =
            figures(rupees).into_iter().map(|f| (f.0, f.2)).collect();
        let expected = [
            ("Rs 500 crore", Some("INR")),
            ("2,300 crore", Some("INR")),
            ("12 lakh a year", Some("INR per year")),
            ("1.2 crore voters", Some("voters")),
        ]
        .map(|(text, unit)| (text.to_string(), unit.map(str::to_string)));
        assert_eq!(units, expected);
        let against = figures("The firm booked Rs1,200 crore, after Rs500 crore.");
        let against: Vec<(&str, f64)> = against.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(against, [("Rs1,200 crore", 1.2e10), ("Rs500 crore", 5e9)]);
        let bare = figures("The state will spend 2,300 crore on roads.");
        assert_eq!(bare[0].2, None);
    }

    /// A measure given by the span it is reached in is a rate of that
    /// measure, as "per" makes one: "35 hours a week" is hours per week.
    /// A span that counts back ("a year earlier") is a time, and a count of
    /// events keeps its noun for the rate [`crate::rates`] reads.
    #[test]
    fn a_measure_by_its_span_is_a_rate() {
        let cases: &[Case] = &[
            (
                "Nurses work 35-plus hours a week.",
                "35-plus hours a week",
                35.0,
                Some("hours per week"),
                Some("more than"),
            ),
            (
                "He was driving at 80 kilometres an hour.",
                "80 kilometres an hour",
                80.0,
                Some("kilometres per hour"),
                None,
            ),
            (
                "The pump moves 40 litres a minute.",
                "40 litres a minute",
                40.0,
                Some("litres per minute"),
                None,
            ),
            (
                "The limit is 40km/h near schools.",
                "40km/h",
                40.0,
                Some("km/h"),
                None,
            ),
            (
                "The mine shipped 300 tonnes a year earlier.",
                "300 tonnes",
                300.0,
                Some("tonnes"),
                None,
            ),
            (
                "About 500 migrants a day crossed.",
                "About 500 migrants",
                500.0,
                Some("migrants"),
                Some("about"),
            ),
            (
                "The bank cut by 0.25 of a percentage point.",
                "0.25 of a percentage point",
                0.25,
                Some("percentage points"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// British and Commonwealth copy, a second look: "-odd" rounds a count,
    /// a quarter-point is a part of a percentage point, a vulgar fraction
    /// adds to the digits it is set against, and hectares are written "ha".
    #[test]
    fn rounded_counts_points_and_vulgar_fractions() {
        let cases: &[Case] = &[
            (
                "It had 1,500-odd members.",
                "1,500-odd members",
                1500.0,
                Some("members"),
                Some("about"),
            ),
            (
                "The bank raised rates by a quarter-point.",
                "a quarter-point",
                0.25,
                Some("percentage points"),
                None,
            ),
            (
                "The Fed made a half-point cut in rates.",
                "a half-point",
                0.5,
                Some("percentage points"),
                None,
            ),
            (
                "He was jailed for 2½ years.",
                "2½ years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "The farm covers 600ha of land.",
                "600ha",
                600.0,
                Some("hectares"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("A half-point was scored."),
            figures("A point was scored.")
        );
        let slashed = [
            (
                "Diesel sold at $1.95/litre.",
                "$1.95/litre",
                "USD per litre",
            ),
            ("Onions touched ₹80/kg.", "₹80/kg", "INR per kg"),
        ];
        for (text, span, unit) in slashed {
            let got = figures(text);
            assert_eq!((got[0].0.as_str(), got[0].2.as_deref()), (span, Some(unit)));
        }
        assert_eq!(
            figure_words("The Fed cut rates by a half-point to 5 per cent."),
            ["a half-point", "5 per cent"]
        );
    }

    /// British print's raised decimal point ("€2·5bn") is a decimal point,
    /// and a scale's letter set apart after money scales it ("£3 m").
    #[test]
    fn a_raised_decimal_point_and_a_spaced_scale_after_money() {
        let cases: &[Case] = &[
            ("The plan costs €2·5bn.", "€2·5bn", 2.5e9, Some("EUR"), None),
            (
                "Rates rose 0·25 percentage points.",
                "0·25 percentage points",
                0.25,
                Some("percentage points"),
                None,
            ),
            ("Sales rose to £3 m in all.", "£3 m", 3e6, Some("GBP"), None),
            (
                "Yields rose 12 bps on Monday.",
                "12 bps",
                12.0,
                Some("basis points"),
                None,
            ),
            (
                "Exports grew 3 p.c. in all.",
                "3 p.c.",
                3.0,
                Some("percent"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(figure_words("She ran 3 m short."), ["3 m"]);
        let stations = figures("It has 300 BP stations.");
        assert!(stations
            .iter()
            .all(|f| f.2.as_deref() != Some("basis points")));
    }

    /// Every dollar's ISO code opens an amount as "USD" does: "CAD 3
    /// million", "AUD 450,000".
    #[test]
    fn dollar_codes_before_an_amount() {
        let cases: &[Case] = &[
            (
                "Costs of CAD 3 million.",
                "CAD 3 million",
                3e6,
                Some("CAD"),
                None,
            ),
            (
                "A fee of AUD 450,000.",
                "AUD 450,000",
                450_000.0,
                Some("AUD"),
                None,
            ),
            ("It raised NZD 12m.", "NZD 12m", 12e6, Some("NZD"), None),
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

    /// A contact block's phone numbers and postal codes are no figures, and
    /// a tally's second count counts what its first does.
    #[test]
    fn contact_codes_and_tallies() {
        let not_figures = [
            "Call 1-800-555-0199 today.",
            "Write to Ottawa, ON K1A 0B1.",
            "He drove the R40 to town.",
        ];
        for text in not_figures {
            assert_eq!(figures(text), vec![], "{text}");
        }
        let tally: Vec<(String, Option<String>)> = figures("It passed by 312 votes to 278.")
            .into_iter()
            .map(|f| (f.0, f.2))
            .collect();
        let votes = Some("votes".to_string());
        let expected = [
            ("312 votes".to_string(), votes.clone()),
            ("278".to_string(), votes),
        ];
        assert_eq!(tally, expected);
    }

    /// A table of figures as written outside the US press and in trade
    /// pages; long because each way of writing has its row.
    #[test]
    fn figures_as_the_press_outside_the_us_and_trade_pages_write_them() {
        let cases: &[Case] = &[
            (
                "The miners raised A$2 million.",
                "A$2 million",
                2e6,
                Some("AUD"),
                None,
            ),
            ("The grant is C$40 each.", "C$40", 40.0, Some("CAD"), None),
            // The rupee with its abbreviation's dot, apart or against the digits.
            (
                "He was paid Rs. 1.5 lakh in all.",
                "Rs. 1.5 lakh",
                1.5e5,
                Some("INR"),
                None,
            ),
            ("The fee is Rs.500 now.", "Rs.500", 500.0, Some("INR"), None),
            (
                "The dam cost Rs 500 crore.",
                "Rs 500 crore",
                5e9,
                Some("INR"),
                None,
            ),
            ("Fees rose to ₹3 lakh.", "₹3 lakh", 3e5, Some("INR"), None),
            (
                "Rents could go as high as $2,000.",
                "as high as $2,000",
                2000.0,
                Some("USD"),
                Some("at most"),
            ),
            (
                "Bids came in as low as €40.",
                "as low as €40",
                40.0,
                Some("EUR"),
                Some("at least"),
            ),
            (
                "Crude sold at $58.24 per barrel.",
                "$58.24 per barrel",
                58.24,
                Some("USD per barrel"),
                None,
            ),
            (
                "Desks cost $21.25 per square foot.",
                "$21.25 per square foot",
                21.25,
                Some("USD per square foot"),
                None,
            ),
            (
                "Rooms go for RM79 a month.",
                "RM79 a month",
                79.0,
                Some("MYR per month"),
                None,
            ),
            (
                "Gusts reached 140 km/h.",
                "140 km/h",
                140.0,
                Some("km/h"),
                None,
            ),
            (
                "Each flat has 300 sq m.",
                "300 sq m",
                300.0,
                Some("sq m"),
                None,
            ),
            (
                "The bank cut by 50 basis points.",
                "50 basis points",
                50.0,
                Some("basis points"),
                None,
            ),
            (
                "Hikers crossed it over three days.",
                "three days",
                3.0,
                Some("days"),
                None,
            ),
            (
                "The hearing lasted over three days.",
                "over three days",
                3.0,
                Some("days"),
                Some("over"),
            ),
        ];
        check_figures(cases);
    }

    /// A unit's symbol in capitals after a number is no model's name ("450
    /// Nm" is not "737 Max"), and a unit against the number, a scale or a
    /// percent mark after it make it an amount even after a name ("Panadol
    /// 500mg", "Chile's 9 billion").
    #[test]
    fn units_in_capitals_and_units_after_a_name() {
        let cases: &[Case] = &[
            (
                "The motor makes 450 Nm of torque.",
                "450 Nm",
                450.0,
                Some("nm"),
                None,
            ),
            (
                "The old engine gave 300 HP.",
                "300 HP",
                300.0,
                Some("hp"),
                None,
            ),
            ("The grid hums at 60 Hz.", "60 Hz", 60.0, Some("hz"), None),
            (
                "The battery stores 35 GWh each year.",
                "35 GWh",
                35.0,
                Some("gwh"),
                None,
            ),
            (
                "Nights fall to minus 40 Celsius.",
                "minus 40 Celsius",
                -40.0,
                Some("celsius"),
                None,
            ),
            (
                "Water boils at 212 Fahrenheit.",
                "212 Fahrenheit",
                212.0,
                Some("fahrenheit"),
                None,
            ),
            (
                "It hurts Chile's 9 billion peso budget.",
                "9 billion peso",
                9e9,
                Some("peso"),
                None,
            ),
            (
                "Pemex sold on Monday 4.5% of the field.",
                "4.5%",
                4.5,
                Some("percent"),
                None,
            ),
            (
                "The pharmacy sells Panadol 500mg tablets.",
                "500mg",
                500.0,
                Some("mg"),
                None,
            ),
            (
                "The Ferrari 710bhp engine roars.",
                "710bhp",
                710.0,
                Some("bhp"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A minus or "sub" written against the number, as sports, weather and
    /// property pages write them, and a minus between a currency and its
    /// amount.
    #[test]
    fn a_prefix_joined_to_the_number() {
        let cases: &[Case] = &[
            (
                "Demand for sub-200 sq m flats rose.",
                "sub-200 sq m",
                200.0,
                Some("sq m"),
                Some("under"),
            ),
            (
                "She ran a sub-3 hour marathon.",
                "sub-3 hour",
                3.0,
                Some("hour"),
                Some("under"),
            ),
            (
                "The wind chill reached minus-40 degrees.",
                "minus-40 degrees",
                -40.0,
                Some("degrees"),
                None,
            ),
            (
                "The team ended with minus-12 yards rushing.",
                "minus-12 yards",
                -12.0,
                Some("yards"),
                None,
            ),
            (
                "The launch angle was minus-2.5 degrees.",
                "minus-2.5 degrees",
                -2.5,
                Some("degrees"),
                None,
            ),
            (
                "The trade gap widened to $-48.2bn in May.",
                "$-48.2bn",
                -48.2e9,
                Some("USD"),
                None,
            ),
        ];
        check_figures(cases);
    }

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

    /// The words of every figure in a text, in order.
    fn figure_words(text: &str) -> Vec<String> {
        figures(text).into_iter().map(|f| f.0).collect()
    }

    /// Market reports give a change in percent and then the level it
    /// reached: two figures, not a range from one to the other; nor is a
    /// range the first number of another.
    #[test]
    fn a_change_is_no_range() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Shares of the brewer rose 4.2% to 311.50 on Tuesday.",
                &["4.2%", "311.50"],
            ),
            (
                "The index fell 1.3 per cent to 7,204.6.",
                &["1.3 per cent", "7,204.6"],
            ),
            (
                "The stock gained 2 percent to 88 cents.",
                &["2 percent", "88 cents"],
            ),
            (
                "Turnout fell from 61 percent to 55 percent.",
                &["61 percent to 55 percent"],
            ),
            ("Support ranged 5% to 9%.", &["5% to 9%"]),
            (
                "Shares rose 6 pence to 410 pence.",
                &["6 pence", "410 pence"],
            ),
            (
                "Costs grew by 3 cents to 4 cents a share.",
                &["3 cents to 4 cents"],
            ),
            (
                "The fee rose from $10 to $12 to $15.",
                &["$10 to $12", "$15"],
            ),
            (
                "Growth was cut from 5 to 7 per cent to 3 to 5 per cent.",
                &["5 to 7 per cent", "3 to 5 per cent"],
            ),
            (
                "The population grew by 430,000 to 40.1 million.",
                &["430,000", "40.1 million"],
            ),
            ("The lake dropped by 1 to 1.5 metres.", &["1 to 1.5 metres"]),
            ("Prices rose by 1 to 10 percent.", &["1 to 10 percent"]),
            (
                "Support rose by 5 percent to 60 percent.",
                &["5 percent", "60 percent"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(figure_words(text), *expected, "{text}");
        }
    }

    #[test]
    fn an_article_groups_its_thousands_one_way() {
        let values = |text: &str| -> Vec<f64> { figures(text).iter().map(|f| f.1).collect() };
        let cases: &[(&str, &str, &[f64])] = &[
            (
                "dots, told by a group of 000",
                "Police said 230.000 people marched. Of them, 2.417 were held.",
                &[230_000.0, 2417.0],
            ),
            (
                "dots, told by several groups",
                "The fund holds 1.234.567 shares and sold 3.250 more.",
                &[1_234_567.0, 3250.0],
            ),
            (
                "dots, told by a decimal comma",
                "Prices rose 3,5 percent and 2.417 firms closed.",
                &[3.5, 2417.0],
            ),
            (
                "commas: a dotted number is a decimal",
                "Some 50,000 people came. The index fell 2.417 points.",
                &[50_000.0, 2.417],
            ),
            (
                "no grouping shown: a dotted number is a decimal",
                "The rate rose to 2.125 percent.",
                &[2.125],
            ),
            (
                "spaces, told by a group of 000",
                "The town has 1 000 residents, 12 500 cars and 3 000 000 trees.",
                &[1000.0, 12_500.0, 3_000_000.0],
            ),
            (
                "no-break spaces",
                "Some 1\u{a0}000 came and 2\u{202f}417 stayed.",
                &[1000.0, 2417.0],
            ),
            (
                "thin spaces group thousands wherever they stand",
                "The city has 1\u{2009}234\u{2009}567 residents and 12\u{202f}500 cars, 1,000 more.",
                &[1_234_567.0, 12_500.0, 1000.0],
            ),
            (
                "spaces, but not in a phone number",
                "Some 1 000 residents came. Call 0800 555 111 for advice.",
                &[1000.0],
            ),
            (
                "commas: a day and a count stay apart",
                "On May 3 100 people marched, 1,000 fewer than last time.",
                &[100.0, 1000.0],
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(values(text), *expected, "{name}");
        }
    }

    #[test]
    fn numbers_written_out_in_groups() {
        let cases: &[Case] = &[
            (
                "There are twenty-eight thousand six hundred forty-two students.",
                "twenty-eight thousand six hundred forty-two students",
                28_642.0,
                Some("students"),
                None,
            ),
            (
                "The hall seats one hundred and fifty guests.",
                "one hundred and fifty guests",
                150.0,
                Some("guests"),
                None,
            ),
            (
                "Some five million five hundred thousand voters stayed home.",
                "Some five million five hundred thousand voters",
                5_500_000.0,
                Some("voters"),
                Some("some"),
            ),
            (
                "It took twenty four hours.",
                "twenty four hours",
                24.0,
                Some("hours"),
                None,
            ),
            (
                "Some thirty five thousand fans came.",
                "Some thirty five thousand fans",
                35_000.0,
                Some("fans"),
                Some("some"),
            ),
            (
                "They laid off three hundred workers.",
                "three hundred workers",
                300.0,
                Some("workers"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("Between two thousand and three thousand fans came.")[0].1,
            2000.0
        );
    }

    #[test]
    fn million_written_mil() {
        let cases: &[Case] = &[
            (
                "The sisters laundered almost RM3.06mil from victims.",
                "almost RM3.06mil",
                3_060_000.0,
                Some("MYR"),
                Some("almost"),
            ),
            (
                "The club paid $1mil for him.",
                "$1mil",
                1_000_000.0,
                Some("USD"),
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_dollar_code_written_apart() {
        let cases: &[Case] = &[
            (
                "Revenue grew to HK $3.7 billion.",
                "HK $3.7 billion",
                3.7e9,
                Some("HKD"),
                None,
            ),
            (
                "They laundered almost S $1mil from victims.",
                "almost S $1mil",
                1e6,
                Some("SGD"),
                Some("almost"),
            ),
            ("A $15 fee applies.", "$15", 15.0, Some("USD"), None),
        ];
        check_figures(cases);
    }

    /// (sentence, the figure in brackets, its qualifier).
    #[test]
    fn a_conversion_in_brackets_shares_the_qualifier() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "The moths can fly more than 100 kilometers (60 miles).",
                "60 miles",
                Some("more than"),
            ),
            (
                "The engine makes just under 296 hp (224 kW) of power.",
                "224 kW",
                Some("just under"),
            ),
            (
                "The dam holds about 2 million tonnes (~2.2 million tons).",
                "~2.2 million tons",
                Some("about"),
            ),
            ("The firm sold 40 cars (12%) abroad.", "12%", None),
        ];
        for (text, span, qualifier) in cases {
            let found = figures(text);
            let figure = found.iter().find(|f| f.0 == *span);
            assert_eq!(
                figure.map(|f| f.3.as_deref()),
                Some(*qualifier),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_qualified_number_before_a_name_is_an_amount() {
        let cases: &[Case] = &[
            (
                "About 460 Kia and Hyundai vehicles were stolen.",
                "About 460",
                460.0,
                None,
                Some("about"),
            ),
            (
                "Nearly 300 Google employees signed.",
                "Nearly 300",
                300.0,
                None,
                Some("nearly"),
            ),
        ];
        check_figures(cases);
        assert_eq!(figures("Concerns over 737 Max jets grew."), vec![]);
        // A letter scale written apart is unread, and the number with it.
        assert_eq!(figures("The population is about 8 B people."), vec![]);
    }

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
    fn half_of_something_is_a_share() {
        let cases: &[Case] = &[
            (
                "Nearly half of all voters stayed home.",
                "Nearly half",
                0.5,
                None,
                Some("nearly"),
            ),
            ("Half the condos have sold.", "Half", 0.5, None, None),
            (
                "It employs 600 people, almost half of whom are in Ohio.",
                "almost half",
                0.5,
                None,
                Some("almost"),
            ),
        ];
        for case in cases {
            let found = figures(case.0);
            let half = found.iter().find(|f| f.0 == case.1);
            assert_eq!(
                half.map(|f| (f.1, f.2.as_deref(), f.3.as_deref())),
                Some((case.2, case.3, case.4)),
                "{}: {found:?}",
                case.0
            );
        }
        let half_of_a_figure = figures("Christians make up less than half of 1 percent of them.");
        assert_eq!(half_of_a_figure.len(), 1, "{half_of_a_figure:?}");
        assert_eq!(half_of_a_figure[0].0, "1 percent");
    }

    /// A part of a scale and a whole number and a half, as the press writes
    /// them: the value is the part of the scale, not the scale.
    #[test]
    fn parts_of_a_scale_and_a_half() {
        let cases: &[Case] = &[
            (
                "Nearly half a million homes lost power.",
                "Nearly half a million homes",
                5e5,
                Some("homes"),
                Some("nearly"),
            ),
            (
                "A half million people voted.",
                "A half million people",
                5e5,
                Some("people"),
                None,
            ),
            (
                "About a quarter of a million people fled.",
                "About a quarter of a million people",
                2.5e5,
                Some("people"),
                Some("about"),
            ),
            (
                "Two-thirds of a billion doses were shipped.",
                "Two-thirds of a billion doses",
                2e9 / 3.0,
                Some("doses"),
                None,
            ),
            (
                "Half a dozen people were hurt.",
                "Half a dozen people",
                6.0,
                Some("people"),
                None,
            ),
            (
                "The talks lasted two and a half years.",
                "two and a half years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "Some one and a half million people came.",
                "Some one and a half million people",
                1.5e6,
                Some("people"),
                Some("some"),
            ),
            (
                "One-and-a-half thousand tonnes were shipped.",
                "One-and-a-half thousand tonnes",
                1500.0,
                Some("tonnes"),
                None,
            ),
            (
                "A third of voters backed it.",
                "A third",
                1.0 / 3.0,
                None,
                None,
            ),
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

    /// Checks the figures' texts, in order, of sentences published on
    /// 2024-03-20 (a date only times counted from it need): (sentence, the
    /// figures read).
    fn check_figure_texts(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            let found: Vec<String> = figures_published(text, "2024-03-20".parse().ok())
                .into_iter()
                .map(|f| f.0)
                .collect();
            assert_eq!(found, *expected, "{text}");
        }
    }

    #[test]
    fn a_number_before_a_time_stops_at_it() {
        let cases: &[(&str, &[&str])] = &[
            ("The angle was 2.1 last year.", &["2.1"]),
            ("The shop sold 300 last week.", &["300"]),
            ("Rents rose 4% last year.", &["4%"]),
            ("They got the file five or six weeks ago.", &[]),
            ("It was drafted six to eight weeks ago.", &[]),
            (
                "Ads ran in at least four Super Tuesday states.",
                &["at least four"],
            ),
        ];
        check_figure_texts(cases);
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

    /// An "m" against digits with no money and nothing counted after it may
    /// be metres or millions; no figure is read rather than a wrong value:
    /// (sentence, the figures read).
    #[test]
    fn an_unsure_m_is_no_figure() {
        let cases: &[(&str, &[&str])] = &[
            ("The lake fell by 2.5m last year.", &[]),
            ("The river rose 1.5m overnight.", &[]),
            ("The firm raised 2.5m in new funding.", &["2.5m"]),
            ("Sales reached 4m last year.", &["4m"]),
            ("Some 3m of the shares changed hands.", &["Some 3m"]),
            ("About 2m people voted.", &["About 2m people"]),
        ];
        check_figure_texts(cases);
    }

    /// A length inside a time the time stage reads is the time's, and the
    /// figures beside it stay: (sentence, the figures read).
    #[test]
    fn a_length_inside_a_time_is_no_figure() {
        let cases: &[(&str, &[&str])] = &[
            ("Rents rose 4% two years ago.", &["4%"]),
            ("The plant closed about three weeks ago.", &[]),
            ("A week ago, 12 families moved in.", &["12 families"]),
            ("Ten days ago the fund held $2 million.", &["$2 million"]),
            ("Some 300 people left 18 months ago.", &["Some 300 people"]),
            (
                "The clinic treated 400 patients in the past two weeks.",
                &["400 patients"],
            ),
            ("Sales fell 3% over the last 12 months.", &["3%"]),
        ];
        check_figure_texts(cases);
    }

    #[test]
    fn not_figures() {
        for text in [
            "It ended in 2019.",
            "He came 3rd.",
            "They met at 10:30.",
            "Title 42 ended.",
            "COVID-19 spread.",
            "She drove a 2012 Ford.",
            "Five Eyes partners met on Monday.",
            "The airline grounded its 737 Max jets.",
            "He bought a 3-D printer.",
            "The category 4 storm hit land.",
            "It entered a phase 3 trial.",
            "She has stage 2 cancer.",
            "Profit fell in one quarter.",
            "The tapes of TWA Flight eight hundred were played.",
            "The festival runs Sept. 20-24 in Austin.",
            "Hearings resume Oct. 18–22.",
            "Her Galaxy S23 cost less.",
            "The S22 models sold out.",
            "The 4-H club met.",
            "She made a one-time payment.",
            "He upgraded to Windows 10 last year.",
            "One official spoke.",
            "It ended on December 27.",
            // Tallies and scores: a vote count, not the value 7.
            "The board voted 7-2 to close it.",
            "The court ruled 5-4.",
            "The teams drew 2-2.",
            "The vote was 286-134.",
            // Ages that name a group or a rule.
            "Men aged 18 to 34 bet on it.",
            "Women aged 25 to 54 found jobs.",
            "Voters ages 16 to 24 stayed home.",
            "Those between the ages of 17 and 20 left.",
            // A half that is a part of a period, a pair or a measure.
            "Sales rose in the second half of the year.",
            "He cut the cake in half.",
            "Students from the lower half of the income distribution gain.",
            // A name with its dash written apart, and a place in a ranking.
            "They bought COVID -19 tests.",
            "The side slipped into the bottom three during the run.",
            // Phone numbers, and numbers with a slash that are no part.
            "Call 0800 555 111 for advice.",
            "Call 1800 123 456 for help.",
            "Ring 020 7946 0000 today.",
            "The service runs 24/7.",
            "After 9/11, the agency grew.",
            "It is a 50/50 call.",
        ] {
            assert_eq!(figures(text), vec![], "{text}");
        }
    }
}
