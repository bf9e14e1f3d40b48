//! The tokenizer every stage shares: words, numbers, quotation marks and
//! punctuation, each with its byte span in the article text.
//!
//! Spans come from `char_indices`, so they always lie on char boundaries and
//! later stages can slice the text with `str::get` without further checks.

use std::sync::OnceLock;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes, hyphens and dots ("don’t",
    /// "Sherwood-Randall", "U.S."); a known abbreviation keeps its final dot.
    Word,
    /// Digits with inner separators ("50,000", "3.4", "1/16", "9:30").
    Number,
    /// A double quotation mark: curly, straight or the typewriter `''`.
    Quote(Mark),
    /// Any other visible character.
    Punct(char),
}

/// Which way a quotation mark faces, when its shape says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Open,
    Close,
    /// Straight marks face either way; the context decides.
    Straight,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offsets as `u32` keep tokens small, so long texts stay in cache;
    /// texts beyond 4 GiB are not tokenized past that point.
    start: u32,
    end: u32,
    pub kind: Kind,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// The word's lookup key (see [`key`]); zero for other tokens.
    pub key: u64,
}

impl Token {
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }
}

/// The months' abbreviations, whose dot is the word's too. Apart from the
/// others because a month stays whole against digits ("Sept.11"; see
/// [`abbreviation_against_digits`]).
static MONTH_ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/// Abbreviations whose final dot belongs to the word, not to the sentence.
static ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "maj", "cpl", "pvt", "st", "jr", "sr", "prof", "rev", "hon", "pres",
    "inc", "corp", "co", "ltd", "llc", "vs", "etc", "approx", "dept", "est", "ft", "mt", "ave",
    "blvd", "fig", "gov't", "msgr", "supt", "det", "insp", "atty", "ald", "assn", "brig",
    // The rupee as the Indian press writes it before an amount ("Rs. 500", "Rs.500").
    "rs",
]);

/// Abbreviations for "number", whose dot belongs to the word only before a
/// number ("No. 3", "Nos. 4 and 5"): elsewhere the word is "no" and its dot
/// ends the sentence ("The mayor said no. Residents …").
static NUMBER_ABBREVIATIONS: Lexicon = Lexicon::new(&["no", "nos"]);

/// US state abbreviations in datelines and appositives ("Allentown, Pa.,",
/// "MELBOURNE, Fla."), whose final dot belongs to the word.
pub(crate) static US_STATE_ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo",
]);

/// Currency signs written in letters, not all capitals, that the press sets
/// against the digits of an amount: "Rs500 crore", "Rs1,200", "Sh2.5
/// billion", "KSh400 million", "Rp10,000", "Dh500", "Bt10 billion". Like a code in capitals
/// ("US55,931") the sign is a word of its own, or "Rs1,200" would be a word
/// "Rs1" and an amount of 200.
static LETTER_CURRENCY_SIGNS: Lexicon = Lexicon::new(&["rs", "sh", "ksh", "rp", "dh", "bt"]);

fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    let second = chars.next();
    // A single capital is an initial ("John F. Kennedy").
    if first.is_some_and(char::is_uppercase) && second.is_none() {
        return true;
    }
    // Party and state tags such as "D-Md." and dotted forms such as "U.S." or "a.m.".
    if word.contains('.') || (first.is_some_and(char::is_uppercase) && second == Some('-')) {
        return true;
    }
    ABBREVIATIONS.contains(word)
        || MONTH_ABBREVIATIONS.contains(word)
        || US_STATE_ABBREVIATIONS.contains(word)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// The spaces a number's thousands may be grouped by: "1 000", and the
/// no-break and thin spaces typesetters put there.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The thin and narrow no-break spaces, which typesetters put between a
/// number's groups of thousands ("1\u{2009}234\u{2009}567") and nowhere
/// else between digits: they group wherever they stand, whatever the
/// article's other numbers do.
fn is_thin_space(c: char) -> bool {
    matches!(c, '\u{202f}' | '\u{2009}')
}

/// Whether the article groups thousands with spaces ("1 000 residents",
/// "R12 500"), as South African, Canadian and much European copy in English
/// does: decided once from its own usage, by a group of "000" after a space
/// somewhere and no thousands grouped by commas anywhere. Else "12 500" is
/// two numbers, as in "on March 12 500 people marched".
fn groups_thousands_with_spaces(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let spaced_zeros = text.match_indices("000").any(|(i, _)| {
        let space = text.get(..i).and_then(|before| before.chars().next_back());
        let space_len = space.map_or(0, char::len_utf8);
        space.is_some_and(is_group_space)
            && i > space_len
            && digit_at(i - space_len - 1)
            && !digit_at(i + 3)
    });
    let comma_grouped = text.match_indices(',').any(|(i, _)| {
        i > 0 && digit_at(i - 1) && (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4)
    });
    spaced_zeros && !comma_grouped
}

/// Whether the article quotes with single marks, as much of the British,
/// Irish, Australian and Indian press does ("‘We are ready,’ she said"):
/// decided from the article's own usage, by its having no double marks at
/// all and a single mark before a word somewhere.
fn quotes_with_single_marks(text: &str) -> bool {
    let opens = text.contains('‘') || text.contains(" '") || text.starts_with('\'');
    opens && !text.contains(['“', '”', '"']) && !text.contains("''")
}

/// Whether the single mark `c` at byte `i` of `text` may open a quotation:
/// "‘" or a straight mark after a space, before a letter ("‘We", " 'We", but
/// not "'90s").
fn may_open_single(text: &str, i: usize, c: char, next: Option<char>) -> bool {
    let before = text.get(..i).unwrap_or("");
    let after_space = before.is_empty() || before.ends_with(char::is_whitespace);
    (c == '‘' || (c == '\'' && after_space)) && next.is_some_and(char::is_alphabetic)
}

/// Whether the single mark `c` may close a quotation: a right or straight
/// mark before no letter or digit ("ready,’ she", "news’.", but not "We’re").
fn may_close_single(c: char, next: Option<char>) -> bool {
    c != '‘' && !next.is_some_and(char::is_alphanumeric)
}

/// An article's quotations in single marks: which marks may close one and
/// where one must have closed, read once before the tokens, and whether one
/// is open as the tokens are made.
struct SingleMarks {
    open: bool,
    /// The byte offsets of the marks that may close a quotation.
    closers: Vec<usize>,
    /// The byte offsets of the marks that may open one and of the line
    /// breaks: a quotation closes before either.
    bounds: Vec<usize>,
}

impl SingleMarks {
    /// The single marks of `text`, if the article quotes with them.
    fn new(text: &str) -> Option<SingleMarks> {
        if !quotes_with_single_marks(text) {
            return None;
        }
        let mut marks = SingleMarks {
            open: false,
            closers: Vec::new(),
            bounds: Vec::new(),
        };
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, d)| d);
            if matches!(c, '\n' | '\r' | '\u{2029}') || may_open_single(text, i, c, next) {
                marks.bounds.push(i);
            } else if matches!(c, '’' | '\'') && may_close_single(c, next) {
                marks.closers.push(i);
            }
        }
        Some(marks)
    }

    /// Whether the mark at byte `i` is the last that may close a quotation
    /// before the next that may open one or the paragraph's end.
    fn last_closer(&self, i: usize) -> bool {
        let after = |offsets: &[usize]| offsets.get(offsets.partition_point(|&o| o <= i)).copied();
        match (after(&self.closers), after(&self.bounds)) {
            (Some(closer), Some(bound)) => closer > bound,
            (Some(_), None) => false,
            (None, _) => true,
        }
    }

    /// The kind of the single mark `c` at byte `i`: an opening mark before a
    /// word when no quotation is open; a closing one in an open quotation
    /// before no letter; otherwise an apostrophe ("We’re", "'90s"). After a
    /// plural's "s" the mark closes the quotation only if no later mark
    /// could ("‘fake news’ spread", but "‘The workers’ union agreed.’").
    fn kind(&mut self, text: &str, i: usize, c: char, next: Option<char>) -> Kind {
        let after_s = text.get(..i).is_some_and(|before| before.ends_with('s'));
        if !self.open && may_open_single(text, i, c, next) {
            self.open = true;
            Kind::Quote(Mark::Open)
        } else if self.open && may_close_single(c, next) && (!after_s || self.last_closer(i)) {
            self.open = false;
            Kind::Quote(Mark::Close)
        } else {
            Kind::Punct(c)
        }
    }
}

/// Splits `text` into tokens in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut newline = false;
    let mut space = false;
    let mut singles = SingleMarks::new(text);
    let spaced_thousands = groups_thousands_with_spaces(text);
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n' || c == '\r' || c == '\u{2029}';
            // A quotation in single marks left open at a paragraph's end
            // goes on in the next paragraph, which opens with a mark of its own.
            if let Some(singles) = singles.as_mut().filter(|_| newline) {
                singles.open = false;
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let after_space = space || tokens.is_empty();
        let kind = if c.is_alphabetic() {
            end = word_end(text, start, end, &mut chars);
            Kind::Word
        } else if c.is_ascii_digit() || is_bare_decimal(text, start, c, after_space) {
            // After another number ("0800 555 111") the groups are a phone
            // number's or a list's, not thousands.
            let after_number = tokens
                .last()
                .is_some_and(|t: &Token| t.kind == Kind::Number);
            let spaced = spaced_thousands && !after_number;
            end = number_end(text, start, end, &mut chars, spaced);
            Kind::Number
        } else if let Some(singles) = singles.as_mut().filter(|_| matches!(c, '‘' | '’' | '\''))
        {
            let next = chars.peek().map(|&(_, d)| d);
            singles.kind(text, start, c, next)
        } else {
            mark(c, &mut end, &mut chars)
        };
        let key = match kind {
            Kind::Word => key(text.get(start..end).unwrap_or("")),
            _ => 0,
        };
        let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
            break;
        };
        tokens.push(Token {
            start,
            end,
            kind,
            newline_before: newline,
            space_before: space,
            key,
        });
        newline = false;
        space = false;
    }
    tokens
}

/// Whether the character `c` at `start` opens a decimal written without its
/// zero: ".500" after a space, "$.99".
fn is_bare_decimal(text: &str, start: usize, c: char, after_space: bool) -> bool {
    c == '.'
        && (after_space || text.get(..start).is_some_and(|t| t.ends_with('$')))
        && text
            .as_bytes()
            .get(start + 1)
            .is_some_and(u8::is_ascii_digit)
}

/// The characters of the text still to tokenize, with their byte offsets.
type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Whether the dot at `i` ends an abbreviation written against the digits
/// after it, as in "Rs.500" or "No.1": the dot is the abbreviation's, and
/// the digits a number of their own. A month stays whole ("Sept.11"): the
/// dates stage reads such a day, and a year is not always near to be sure
/// of it ("after Sept.11").
fn abbreviation_against_digits(text: &str, start: usize, i: usize, d: char) -> bool {
    d == '.'
        && text.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
        && text
            .get(start..i)
            .is_some_and(|w| ABBREVIATIONS.contains(w) || NUMBER_ABBREVIATIONS.contains(w))
}

/// Whether the word before the dot at `dot` abbreviates "number": one of
/// [`NUMBER_ABBREVIATIONS`] with a digit after the dot and any spaces.
fn abbreviates_number(text: &str, word: &str, dot: usize) -> bool {
    let after = text.get(dot + 1..).unwrap_or("").trim_start_matches(' ');
    NUMBER_ABBREVIATIONS.contains(word) && after.starts_with(|c: char| c.is_ascii_digit())
}

/// The end of the word that starts at `start` and so far ends at `end`:
/// letters and digits, joined by apostrophes and hyphens, and an
/// abbreviation's dot.
fn word_end(text: &str, start: usize, mut end: usize, chars: &mut Chars) -> usize {
    while let Some(&(i, d)) = chars.peek() {
        // A currency or model code runs into its digits: "US55,931", "G7".
        let code = d.is_ascii_digit()
            && text.get(start..i).is_some_and(|w| {
                w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase())
                    || LETTER_CURRENCY_SIGNS.contains(w)
            });
        if code || abbreviation_against_digits(text, start, i, d) {
            break;
        }
        let joins = is_joiner(d)
            && text
                .get(i + d.len_utf8()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric);
        if d.is_alphanumeric() || joins {
            end = i + d.len_utf8();
            chars.next();
        } else {
            break;
        }
    }
    // A capital written against digits ends a code ("the nonprofit E3G."),
    // so it is no initial and the stop after it ends the sentence.
    let word = text.get(start..end).unwrap_or("");
    // So does a temperature's scale after its degree sign ("104°F."),
    // which the stop after it ends the sentence after too.
    let after_digits = text
        .get(..start)
        .and_then(|before| before.chars().last())
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '°' | 'º'));
    let code_letter = after_digits && word.chars().count() == 1;
    if let Some(&(i, '.')) = chars.peek() {
        if (is_abbreviation(word) || abbreviates_number(text, word, i)) && !code_letter {
            end = i + 1;
            chars.next();
        }
    }
    end
}

/// The end of the number that so far ends at `end`: digits, joined by
/// ",", ".", British print's raised decimal point "·" ("2·5"), "/", the
/// typographic fraction slash "⁄" ("1⁄32") or ":" when a digit follows.
fn number_end(text: &str, start: usize, mut end: usize, chars: &mut Chars, spaced: bool) -> usize {
    while let Some(&(i, d)) = chars.peek() {
        let after = i + d.len_utf8();
        let joins = matches!(d, ',' | '.' | '·' | '/' | '⁄' | ':')
            && text.as_bytes().get(after).is_some_and(u8::is_ascii_digit);
        let group = (spaced && is_group_space(d) || is_thin_space(d))
            && joins_spaced_group(text, start, i, after);
        if d.is_ascii_digit() || joins || group {
            end = after;
            chars.next();
        } else {
            break;
        }
    }
    end
}

/// Whether the number `start..space` goes on past the space at `space`
/// with a group of its thousands ("1 000", "12 500 000"): its last group
/// has one to three digits and nothing else, and exactly three digits
/// follow the space.
fn joins_spaced_group(text: &str, start: usize, space: usize, after: usize) -> bool {
    let so_far = text.get(start..space).unwrap_or("");
    let last_group = so_far.rsplit(is_group_space).next().unwrap_or("");
    let next = text.get(after..).unwrap_or("").as_bytes();
    (1..=3).contains(&last_group.len())
        && last_group.bytes().all(|b| b.is_ascii_digit())
        && next.len() >= 3
        && next[..3].iter().all(u8::is_ascii_digit)
        && !next.get(3).is_some_and(u8::is_ascii_digit)
}

/// The kind of a character that is neither letter nor digit: a quotation
/// mark (a doubled `''` or ``` `` ``` is one, and moves `end` past both) or
/// other punctuation.
fn mark(c: char, end: &mut usize, chars: &mut Chars) -> Kind {
    match c {
        '“' | '„' | '«' => Kind::Quote(Mark::Open),
        '”' | '»' => Kind::Quote(Mark::Close),
        '"' => Kind::Quote(Mark::Straight),
        '\'' | '`' if chars.peek().map(|&(_, d)| d) == Some(c) => {
            chars.next();
            *end += 1;
            Kind::Quote(if c == '`' { Mark::Open } else { Mark::Straight })
        }
        _ => Kind::Punct(c),
    }
}

/// A pronoun without the verb contracted onto it: "I’ve" → "I", "we'd" →
/// "we". "'s" is left, as it is as often a possessive.
pub(crate) fn without_contraction(word: &str) -> &str {
    [
        "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’m", "'m", "’re", "'re",
    ]
    .iter()
    .find_map(|ending| word.strip_suffix(ending))
    .unwrap_or(word)
}

/// The word without a final dot ("Gov." → "Gov"). A byte test, because
/// `strip_suffix` with a char pattern is slow on this hot path.
pub(crate) fn without_dot(word: &str) -> &str {
    match word.as_bytes().last() {
        Some(b'.') => word.get(..word.len() - 1).unwrap_or(word),
        _ => word,
    }
}

/// The lookup key of a word: a 64-bit FNV-1a hash of its ASCII-lower-cased
/// bytes, without a final dot. Word tables compare keys, so looking a token
/// up costs one pass over its bytes and a binary search, whatever the size of
/// the table.
pub(crate) fn key(word: &str) -> u64 {
    let word = without_dot(word);
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for c in word.chars() {
        // A typographic apostrophe is the same letter as a straight one:
        // "didn’t" is "didn't".
        let c = if c == '’' { '\'' } else { c };
        let mut utf8 = [0; 4];
        for b in c.encode_utf8(&mut utf8).bytes() {
            hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// A static word table with values, indexed on first use.
pub(crate) struct Table<V: Copy + 'static> {
    entries: &'static [(&'static str, V)],
    index: OnceLock<Vec<(u64, V)>>,
}

impl<V: Copy + 'static> Table<V> {
    pub const fn new(entries: &'static [(&'static str, V)]) -> Self {
        Table {
            entries,
            index: OnceLock::new(),
        }
    }

    /// The value of `word`, ignoring ASCII case and a final dot.
    pub fn get(&self, word: &str) -> Option<V> {
        self.get_key(key(word))
    }

    /// The value of the word with this key.
    pub fn get_key(&self, k: u64) -> Option<V> {
        let index = self.index.get_or_init(|| {
            let mut index: Vec<(u64, V)> = self.entries.iter().map(|&(w, v)| (key(w), v)).collect();
            index.sort_by_key(|&(k, _)| k);
            index
        });
        index
            .binary_search_by_key(&k, |&(k, _)| k)
            .ok()
            .and_then(|at| index.get(at))
            .map(|&(_, v)| v)
    }
}

/// A static word set, indexed on first use.
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    index: OnceLock<Vec<u64>>,
}

impl Lexicon {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` is in the set, ignoring ASCII case and a final dot.
    pub fn contains(&self, word: &str) -> bool {
        self.contains_key(key(word))
    }

    /// Whether the word with this key is in the set.
    pub fn contains_key(&self, k: u64) -> bool {
        let index = self.index.get_or_init(|| {
            let mut index: Vec<u64> = self.words.iter().map(|w| key(w)).collect();
            index.sort_unstable();
            index
        });
        index.binary_search(&k).is_ok()
    }
}

/// Lower-case ASCII comparison of a token's text, ignoring a final dot.
pub(crate) fn word_is(word: &str, expected: &str) -> bool {
    without_dot(word).eq_ignore_ascii_case(expected)
}

/// Whether the word is one of `list`, ignoring ASCII case and a final dot.
pub(crate) fn word_in(word: &str, list: &[&str]) -> bool {
    let word = without_dot(word);
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` looks like a plural noun: "homes", "voters", not "press",
/// "bonus" or "analysis".
pub(crate) fn looks_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
}

/// Whether the word starts with a capital letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether every letter of the word is a capital: "LAGOS", "AP", "U.S.".
pub(crate) fn is_in_capitals(word: &str) -> bool {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// Whether `word` is a name written in capitals, two characters or more:
/// an acronym, even one spelled like a function word ("the WHO"), or an
/// initial with its stop ("A.").
pub(crate) fn is_name_in_capitals(word: &str) -> bool {
    word.len() > 1 && is_in_capitals(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_abbreviations_names_and_numbers_whole() {
        let cases = [
            ("Gov. Greg Abbott", vec!["Gov.", "Greg", "Abbott"]),
            ("the U.S. border", vec!["the", "U.S.", "border"]),
            (
                "Hoyer (D-Md.) said",
                vec!["Hoyer", "(", "D-Md.", ")", "said"],
            ),
            (
                "Sherwood-Randall’s 50,000",
                vec!["Sherwood-Randall’s", "50,000"],
            ),
            ("room.” Then", vec!["room", ".", "”", "Then"]),
            ("''It is,'' he", vec!["''", "It", "is", ",", "''", "he"]),
            ("ends.", vec!["ends", "."]),
            ("John F. Kennedy", vec!["John", "F.", "Kennedy"]),
            (
                "‘We’re ready,’ the workers’ union said.",
                vec![
                    "‘", "We’re", "ready", ",", "’", "the", "workers", "’", "union", "said", ".",
                ],
            ),
            (
                "the nonprofit E3G.",
                vec!["the", "nonprofit", "E", "3", "G", "."],
            ),
            ("paid Rs.500 each", vec!["paid", "Rs.", "500", "each"]),
            ("ranked No.1 here", vec!["ranked", "No.", "1", "here"]),
            ("the No. 2 aide", vec!["the", "No.", "2", "aide"]),
            ("said no. Then", vec!["said", "no", ".", "Then"]),
            ("version v1.2 out", vec!["version", "v1.2", "out"]),
        ];
        for (text, expected) in cases {
            let got: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    /// The quotation marks of a text, as (mark, kind).
    fn quote_marks(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text)
            .iter()
            .filter(|t| t.is_quote())
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    #[test]
    fn an_article_may_quote_with_single_marks() {
        let (open, close) = (Kind::Quote(Mark::Open), Kind::Quote(Mark::Close));
        let cases: [(&str, Vec<(&str, Kind)>); 7] = [
            (
                "‘We’re ready,’ the workers’ union said.",
                vec![("‘", open), ("’", close)],
            ),
            // A plural's possessive early in a quotation does not close it,
            // however short the quotation is so far; a later mark does.
            (
                "‘No,’ said Ana Cole. ‘The workers’ union waits.’",
                vec![("‘", open), ("’", close), ("‘", open), ("’", close)],
            ),
            (
                "‘It is the Smiths’ fault,’ he said.",
                vec![("‘", open), ("’", close)],
            ),
            // A quotation may end in a plural when no later mark closes it.
            (
                "‘Fake news’ spread fast, and ‘the lies’ too.",
                vec![("‘", open), ("’", close), ("‘", open), ("’", close)],
            ),
            (
                "'It won't be easy,' Ana Ruiz said of the '90s.",
                vec![("'", open), ("'", close)],
            ),
            // A quotation left open at a paragraph's end goes on in the next.
            (
                "‘We wait.\n\n‘We still wait,’ she said.",
                vec![("‘", open), ("‘", open), ("’", close)],
            ),
            // With double marks in the article, single ones are nested quotes
            // or apostrophes, as before.
            (
                "“‘Ready,’ he said,” she said.",
                vec![("“", open), ("”", close)],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(quote_marks(text), expected, "{text}");
        }
    }
}
