//! The names of months and days of the week, of holidays, and the words
//! of clock times and time zones.

use super::datelines::Country;
use crate::lex::{is_capitalized, Lexicon, Table};

static MONTHS: Table<u8> = Table::new(&[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
]);

static WEEKDAYS: Table<u8> = Table::new(&[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
]);

/// Whether the word with this key names a month or a day of the week.
pub(crate) fn is_calendar_word(key: u64) -> bool {
    MONTHS.get_key(key).is_some() || WEEKDAYS.get_key(key).is_some()
}

/// The month (1–12) a capitalised month name or abbreviation names.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    if !is_capitalized(word) {
        return None;
    }
    let bare = crate::lex::without_dot(word);
    let full =
        bare.len() >= 5 || matches!(bare.to_ascii_lowercase().as_str(), "may" | "june" | "july");
    // Short forms count only with their dot ("Dec.") or when unambiguous ("Sept").
    if !full && !word.ends_with('.') && !DOTLESS_MONTH_ABBREVIATIONS.contains(bare) {
        return None;
    }
    MONTHS.get(bare)
}

pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    if !is_capitalized(word) {
        return None;
    }
    WEEKDAYS.get(without_possessive(word))
}

/// "Friday's" reads as "Friday".
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// Short month names that count as months without their dot: "Sept 3", "Dec
/// 25". Others ("Mar", "Jun") count only with it.
static DOTLESS_MONTH_ABBREVIATIONS: Lexicon =
    Lexicon::new(&["sept", "dec", "nov", "oct", "aug", "feb", "jan", "apr"]);

/// When a holiday falls each year: on a fixed day of its month; on the
/// first given weekday (0 for Monday) on or after a day, as holidays
/// counted by weekday are ("the fourth Thursday of November" is the first
/// Thursday from the 22nd); or so many days from Easter Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HolidayDay {
    Fixed(u8, u8),
    WeekdayFrom(u8, u8, u8),
    FromEaster(i8),
}

/// A holiday: when it falls, and the word its name needs after its first
/// word to be the holiday: "Labor Day" but not "labor" alone, "Good
/// Friday", "New Year's"; "Christmas" alone is Christmas Day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HolidayDate {
    pub day: HolidayDay,
    pub needs: Option<&'static str>,
}

const fn fixed(month: u8, day: u8, needs: Option<&'static str>) -> HolidayDate {
    HolidayDate {
        day: HolidayDay::Fixed(month, day),
        needs,
    }
}

const fn weekday_from(month: u8, day: u8, weekday: u8, needs: Option<&'static str>) -> HolidayDate {
    HolidayDate {
        day: HolidayDay::WeekdayFrom(month, day, weekday),
        needs,
    }
}

const fn from_easter(days: i8, needs: Option<&'static str>) -> HolidayDate {
    HolidayDate {
        day: HolidayDay::FromEaster(days),
        needs,
    }
}

const DAY: Option<&str> = Some("day");

/// Holidays news names by name, by the first word of the name: those of
/// the US, and the national days of Britain, Canada, Australia and New
/// Zealand whose names say nothing else ("Canada Day", "Anzac Day").
/// "Election Day" is not among them: news names by it the day of any vote,
/// a primary's as well as November's general election; nor is
/// "Independence Day", which each country keeps on its own day.
static HOLIDAYS: Table<HolidayDate> = Table::new(&[
    ("christmas", fixed(12, 25, None)),
    // "New Year's Day", "New Year's Eve", "New Year's".
    ("new", fixed(1, 1, Some("year's"))),
    ("halloween", fixed(10, 31, None)),
    // The fourth Thursday of November.
    ("thanksgiving", weekday_from(11, 22, 3, None)),
    // The first Monday of September.
    ("labor", weekday_from(9, 1, 0, DAY)),
    // The last Monday of May.
    ("memorial", weekday_from(5, 25, 0, DAY)),
    ("veterans", fixed(11, 11, DAY)),
    ("remembrance", fixed(11, 11, DAY)),
    ("boxing", fixed(12, 26, DAY)),
    ("anzac", fixed(4, 25, DAY)),
    ("australia", fixed(1, 26, DAY)),
    ("canada", fixed(7, 1, DAY)),
    ("waitangi", fixed(2, 6, DAY)),
    // The last Monday before May 25.
    ("victoria", weekday_from(5, 18, 0, DAY)),
    ("easter", from_easter(0, None)),
    ("good", from_easter(-2, Some("friday"))),
]);

/// When the capitalised holiday name `word` falls ("Thanksgiving").
pub(crate) fn holiday_date(word: &str) -> Option<HolidayDate> {
    is_capitalized(word)
        .then(|| HOLIDAYS.get(without_possessive(word)))
        .flatten()
}

/// The decades named by a word, without their century: "the nineties".
/// "The twenties" and "the tens" are left out, as news more often says
/// them of ages and of numbers ("temperatures in the twenties") than of
/// a decade whose century it leaves for the reader to tell.
static DECADE_WORDS: Table<i32> = Table::new(&[
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
]);

/// The decade within its century a word names: 90 for "nineties".
pub(crate) fn decade_word(word: &str) -> Option<i32> {
    DECADE_WORDS.get(word)
}

/// Words that name a time of day by the clock before a day: "9 a.m.
/// Tuesday", "noon Friday".
pub(crate) static CLOCK_WORDS: Lexicon =
    Lexicon::new(&["a.m", "p.m", "am", "pm", "noon", "midnight"]);

/// Time zones written after a clock time: "4 a.m. EDT Thursday".
pub(crate) static TIME_ZONES: Lexicon = Lexicon::new(&[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
]);

/// Words between "the" and "year" that make it the whole of the year told
/// of: "for the full year", "the entire year".
pub(crate) static WHOLE_WORDS: Lexicon = Lexicon::new(&["full", "whole", "entire"]);

/// Months' names that are first names too: before a capitalised name, and
/// after no word that makes them a month (`MONTH_PREPOSITIONS`), they open
/// a person's name ("Jan Hatzius", "said April Ryan", "June Carter"), not
/// a month ("in May Lee's district").
pub(crate) static MONTH_FIRST_NAMES: Lexicon =
    Lexicon::new(&["jan", "april", "may", "june", "august"]);

/// Words before a month name that make "May", "March" or an abbreviation
/// ("Aug.") a month: "in May", "since March", "late May".
pub(crate) static MONTH_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "in", "since", "until", "by", "last", "next", "this", "during", "from", "through", "of",
    "early", "mid", "late",
]);

/// Parts of a day in the plural, which after a weekday make it recur:
/// "Friday nights", "on Saturday and Sunday mornings".
pub(crate) static PLURAL_DAY_PARTS: Lexicon =
    Lexicon::new(&["mornings", "afternoons", "evenings", "nights"]);

/// Things that happen or come out on one day, which make "today's" before
/// them that day ("today's editions", "today's vote", "today's geography
/// quiz") rather than the present age ("today's youth").
pub(crate) static ONE_DAY_NOUNS: Lexicon = Lexicon::new(&[
    "edition",
    "editions",
    "issue",
    "newspaper",
    "paper",
    "papers",
    "quiz",
    "session",
    "meeting",
    "vote",
    "game",
    "match",
    "race",
    "hearing",
    "ceremony",
    "election",
    "summit",
    "broadcast",
    "program",
    "show",
    "episode",
    "deadline",
    "rally",
    "announcement",
    "trading",
    "briefing",
    "speech",
]);

/// The day a country closes its fiscal year on, and whether every form of
/// a fiscal year is counted to it there or only one written across two
/// years ("2023-24").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FiscalHome {
    pub month: u8,
    pub day: u8,
    /// India's companies and governments all close in March, Australia's
    /// in June, so there "fiscal 2024" is that year too; Britain's and
    /// Canada's companies each keep their own, and only their public
    /// years, written across two ("the financial year 2023-24"), close on
    /// the country's day.
    pub every_form: bool,
}

const fn every_form(month: u8, day: u8) -> FiscalHome {
    FiscalHome {
        month,
        day,
        every_form: true,
    }
}

const fn split_years(month: u8, day: u8) -> FiscalHome {
    FiscalHome {
        month,
        day,
        every_form: false,
    }
}

/// The fiscal year a report filed in `country` counts by: India's to March
/// and Australia's to June for any form, Britain's and Canada's public
/// years to March for a year written across two; none known for New
/// Zealand.
pub(crate) fn fiscal_home(country: Country) -> Option<FiscalHome> {
    match country {
        Country::India => Some(every_form(3, 31)),
        Country::Australia => Some(every_form(6, 30)),
        Country::Britain | Country::Canada => Some(split_years(3, 31)),
        Country::NewZealand => None,
    }
}
