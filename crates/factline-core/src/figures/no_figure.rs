//! What is refused as no figure though it is a number: years and years of
//! an era, places in a ranking, an "m" that may be metres or millions,
//! phone numbers, radio call signs, a bare "one" that is a pronoun, and
//! the ages, codes, names and tallies the other files tell.

use super::currency::is_capital_letters;
use super::ranges::RANGE_JOINERS;
use super::Reader;
use crate::lex::{looks_plural, word_in, word_is, Kind, Lexicon};

/// The eras a year is counted in: "620 B.C.", "A.D. 900", "300 BCE".
static ERAS: Lexicon = Lexicon::new(&["BC", "B.C.", "AD", "A.D.", "BCE", "B.C.E.", "CE", "C.E."]);

/// Whether `word` names an era in its capitals ([`ERAS`]): "BC", "A.D.";
/// "an ad" is none.
fn is_era(word: &str) -> bool {
    ERAS.contains(word) && !word.chars().any(char::is_lowercase)
}

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

impl Reader<'_> {
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
    pub(super) fn is_rank(&self, first: usize) -> bool {
        let word_before = |back: usize| {
            first
                .checked_sub(back)
                .filter(|k| *k >= self.doc.first)
                .map_or("", |k| self.doc.word(k))
        };
        word_in(word_before(1), &["top", "bottom"]) && word_is(word_before(2), "the")
    }

    /// Whether the number read at `i..end` is part of something that is
    /// not a figure: a year, a code, an age, a tally, the pronoun "one" or
    /// a name.
    pub(super) fn is_no_figure(&self, i: usize, end: usize, value: f64) -> bool {
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
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figure_texts, expect_figure_texts, figures};

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
