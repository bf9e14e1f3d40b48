//! Holidays: "Christmas", "Christmas Eve", "Labor Day", "Easter Monday", on
//! the day they fall on in the year their clause points to, unless they name
//! a thing kept for them ("Christmas trees") or begin a longer name ("the
//! Good Friday Agreement").

use super::day_ranges::range;
use super::nearest::closest_of_years;
use super::tense::Tense;
use super::weekdays::WEEKDAY_REACH;
use super::{found, Reader, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::grammar::{holiday_date, month_number, weekday_number, HolidayDate, HolidayDay};
use crate::lex::{is_capitalized, word_is, Lexicon};

/// Prepositions before a holiday that make it the time of its clause, so
/// that the clause's tense picks the one gone or to come: "gathered on
/// Good Friday", "will travel over Easter". After others the holiday only
/// bounds or names something ("the Saturday before Christmas", "exports of
/// Christmas trees"), and the closest one is meant.
static HOLIDAY_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "over", "at", "during", "for", "by", "until", "till", "through",
]);

/// Things kept for a holiday, which its name before them makes no day of:
/// "Sales of Christmas trees fell", "a box of Easter eggs". A holiday's
/// sales, shopping or season still name its time.
static HOLIDAY_THINGS: Lexicon = Lexicon::new(&[
    "tree",
    "trees",
    "card",
    "cards",
    "lights",
    "decorations",
    "ornaments",
    "carols",
    "pudding",
    "puddings",
    "cake",
    "cakes",
    "stocking",
    "stockings",
    "jumper",
    "jumpers",
    "sweater",
    "sweaters",
    "crackers",
    "hamper",
    "hampers",
    "egg",
    "eggs",
    "bunny",
    "bonnet",
    "bonnets",
]);

/// The day a holiday falls on in `year`.
fn holiday_in(year: i32, holiday: HolidayDate) -> Option<Day> {
    match holiday.day {
        HolidayDay::Fixed(month, day) => Day::new(year, month, day),
        HolidayDay::WeekdayFrom(month, day, weekday) => {
            let from = Day::new(year, month, day)?;
            let wait = (i64::from(weekday) - i64::from(from.weekday_from_monday())).rem_euclid(7);
            from.add_days(wait)
        }
        HolidayDay::FromEaster(days) => Day::easter(year)?.add_days(i64::from(days)),
    }
}

impl Reader<'_> {
    /// Whether the weekday at token `i` ends a holiday's name, which is
    /// read with it or, inside a longer name ("the Good Friday Agreement"),
    /// not at all.
    pub(super) fn ends_holiday_name(&self, i: usize) -> bool {
        let word = self.doc.word(i);
        holiday_date(self.prev(i)).is_some_and(|h| h.needs.is_some_and(|n| word_is(word, n)))
    }

    /// "Christmas", "Christmas Eve", "Thanksgiving", "Labor Day", "Anzac
    /// Day", "Good Friday", "Easter Monday": the closest one to the
    /// publication date.
    pub(super) fn read_holiday(&self, i: usize, holiday: HolidayDate) -> TimeRead {
        // "Year’s" is "Year's".
        let next = self.doc.word(i + 1).replace('’', "'");
        if holiday.needs.is_some_and(|word| !word_is(&next, word)) {
            return None;
        }
        let easter = matches!(holiday.day, HolidayDay::FromEaster(_));
        let (end, shift, length) = match holiday.needs {
            Some(_) => self.holiday_suffix(i + 2, false),
            None => self.holiday_suffix(i + 1, easter),
        };
        // "Christmas trees", "Easter eggs": the things kept for a holiday,
        // which name no day of it.
        if self.continues_name(end) || HOLIDAY_THINGS.contains(self.doc.word(end)) {
            return None;
        }
        // A clause in the past or the future picks the holiday gone or to
        // come: "Crowds gathered on Good Friday", "Shops will shut on
        // Boxing Day"; else the closest, as for a holiday that names a
        // thing of its own ("as Easter week began").
        let at = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        let tense = self
            .tense_of(i, end, i.saturating_sub(WEEKDAY_REACH))
            .map(|(tense, _)| tense)
            .filter(|_| HOLIDAY_PREPOSITIONS.contains(self.prev(at)) && !self.thing_named_at(end));
        let resolved = self.published.and_then(|p| {
            let day_in = |year| {
                let first = holiday_in(year, holiday)?.add_days(shift)?;
                let last = first.add_days(length - 1)?;
                match tense {
                    Some(Tense::Past) => (first <= p).then_some(first),
                    Some(Tense::Future) => (last >= p).then_some(first),
                    _ => Some(first),
                }
            };
            let first = closest_of_years(p, day_in)?;
            Some(range(first, first.add_days(length - 1)?))
        });
        found(TimeRule::Holiday, i, end, resolved)
    }

    /// What the words from token `k` on add to a holiday's name: where the
    /// time ends, its first day counted from the holiday, and how many days
    /// it takes. "Day" is the holiday's, "Eve" the day before it; after
    /// "Easter" (`easter`) a weekday names a day of its weekend ("Easter
    /// Monday", the day after), "weekend" its Saturday and Sunday, "week"
    /// the week it ends, and "long weekend" Good Friday to Easter Monday,
    /// as Britain and Australia keep it.
    fn holiday_suffix(&self, k: usize, easter: bool) -> (usize, i64, i64) {
        let weekday = weekday_number(self.doc.word(k)).filter(|_| easter);
        match weekday {
            Some(6) => return (k + 1, 0, 1),
            Some(0) => return (k + 1, 1, 1),
            Some(5) => return (k + 1, -1, 1),
            _ => {}
        }
        if self.is(k, "day") {
            (k + 1, 0, 1)
        } else if self.is(k, "eve") {
            (k + 1, -1, 1)
        } else if easter && self.is(k, "weekend") {
            (k + 1, -1, 2)
        } else if easter && self.is(k, "week") {
            (k + 1, -6, 7)
        } else if easter && self.is(k, "long") && self.is(k + 1, "weekend") {
            (k + 2, -2, 4)
        } else {
            (k, 0, 1)
        }
    }

    /// Whether a capitalised word at token `k`, after a holiday's name,
    /// carries on a proper name that holds it: "Easter Island", "the Good
    /// Friday Agreement", "the Easter Rising" are no days.
    fn continues_name(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        k < self.doc.end
            && self.doc.tokens.get(k).is_some_and(|t| t.is_word())
            && is_capitalized(word)
            && weekday_number(word).is_none()
            && month_number(word).is_none()
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// Holidays on a fixed day and on a weekday counted in their month
    /// (published Thursday, December 28, 2023).
    #[test]
    fn holidays() {
        let cases: [(&str, &[(&str, &str)]); 16] = [
            (
                "Shops closed on Christmas Eve.",
                &[("Christmas Eve", "2023-12-24/2023-12-24")],
            ),
            (
                "The boat sank on Thanksgiving Day.",
                &[("Thanksgiving Day", "2023-11-23/2023-11-23")],
            ),
            (
                "Stores opened on Labor Day.",
                &[("Labor Day", "2023-09-04/2023-09-04")],
            ),
            (
                "The pool opened on Memorial Day.",
                &[("Memorial Day", "2023-05-29/2023-05-29")],
            ),
            ("The election was close.", &[]),
            (
                "Crowds gathered on Good Friday.",
                &[("Good Friday", "2023-04-07/2023-04-07")],
            ),
            (
                "Shops closed on Easter Monday.",
                &[("Easter Monday", "2023-04-10/2023-04-10")],
            ),
            (
                "Police charged 40 drivers over the Easter long weekend.",
                &[("Easter long weekend", "2023-04-07/2023-04-10")],
            ),
            (
                "The sale began on Boxing Day.",
                &[("Boxing Day", "2023-12-26/2023-12-26")],
            ),
            (
                "Veterans marched on Anzac Day and on Canada Day.",
                &[
                    ("Anzac Day", "2023-04-25/2023-04-25"),
                    ("Canada Day", "2023-07-01/2023-07-01"),
                ],
            ),
            (
                "Pilgrims arrived as Easter week began.",
                &[("Easter week", "2024-03-25/2024-03-31")],
            ),
            // A holiday's name inside a proper name is no day.
            (
                "He signed the Good Friday Agreement and flew to Easter Island.",
                &[],
            ),
            ("Canada won the match.", &[]),
            (
                "The ban began on New Year's Day; he spoke on New Year’s Eve.",
                &[
                    ("New Year's Day", "2023-01-01/2023-01-01"),
                    ("New Year’s Eve", "2022-12-31/2022-12-31"),
                ],
            ),
            (
                "Shops will shut on Good Friday.",
                &[("Good Friday", "2024-03-29/2024-03-29")],
            ),
            // Only a holiday that is its clause's time takes the tense.
            (
                "The debate was held the Saturday before Christmas.",
                &[
                    ("Saturday", "2023-12-23/2023-12-23"),
                    ("Christmas", "2023-12-25/2023-12-25"),
                ],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
