//! The names of months and days of the week.

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
