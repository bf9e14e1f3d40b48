//! A plural noun a number counts past the capitalised names before it
//! ("seven European countries", "8.99 Australian dollars"): a people named
//! in the plural ("2.3m Britons"), the people of one name ("48 Arsenal
//! fans") and nouns after initials ("12 EV models"), unless the digits are
//! a model's ("737 Max jets").

use super::counted::CURRENCY_NAMES;
use super::digits::{is_grouped, parse_digits};
use super::names::is_acronym;
use super::Reader;
use crate::grammar::number_word;
use crate::lex::{is_capitalized, looks_plural, Lexicon};

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

/// Whether `word` may be part of a name before a counted noun: letters, or
/// a country's initials with their stops ("U.S. cents").
fn is_name_word(word: &str) -> bool {
    word.chars().all(char::is_alphabetic)
        || word.chars().all(|c| c.is_ascii_uppercase() || c == '.') && word.contains('.')
}

impl Reader<'_> {
    /// The plural noun a number word counts past the capitalised names that
    /// qualify it, the names starting at `i`: "seven European countries",
    /// "five NBA teams", "four FA Cup finals". Digits before a name are more
    /// often a model's ("737 Max jets"), so they count so only a currency
    /// named by its country ("8.99 Australian dollars", "180 million Hong
    /// Kong dollars"), a body's initials ([`Reader::counts_past_initials`])
    /// or the people of a name ([`Reader::counts_members_past_name`]: "48
    /// Arsenal fans").
    pub(super) fn named_group(&self, i: usize) -> Option<(usize, String)> {
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
    pub(super) fn people_counted(&self, i: usize) -> Option<(usize, String)> {
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
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, Case};

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
}
