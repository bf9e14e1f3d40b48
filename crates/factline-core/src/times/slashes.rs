//! Dates written with slashes ("12/27/2023", "27/12/2023"), read in the
//! order of day and month the article shows by a day past 12 (`SlashOrder`).

use super::day_ranges::single;
use super::{found, Reader, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::lex::Kind;
use crate::segment::Segments;

/// The order of day and month in a date written with slashes: "12/27/2023"
/// in the US press, "27/12/2023" in most other places.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum SlashOrder {
    MonthFirst,
    DayFirst,
}

impl SlashOrder {
    /// The order a date's first two parts show by a day past 12.
    fn shown_by(first: u8, second: u8) -> Option<SlashOrder> {
        match (first > 12, second > 12) {
            (true, false) => Some(SlashOrder::DayFirst),
            (false, true) => Some(SlashOrder::MonthFirst),
            _ => None,
        }
    }
}

/// A slash date's first two parts as numbers and its year as written.
fn slash_parts(word: &str) -> Option<(u8, u8, &str)> {
    let mut parts = word.split('/');
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    Some((first.parse().ok()?, second.parse().ok()?, year))
}

/// The order the article writes dates with slashes in, as a day past 12
/// in one of them shows; none when none shows it, or two show different
/// orders.
pub(super) fn written_slash_order(text: &str, segments: &Segments) -> Option<SlashOrder> {
    let mut shown = segments
        .tokens
        .iter()
        .filter(|t| t.kind == Kind::Number)
        .filter_map(|t| slash_parts(t.text(text)))
        .filter_map(|(first, second, _)| SlashOrder::shown_by(first, second));
    let first = shown.next()?;
    shown.all(|order| order == first).then_some(first)
}

impl Reader<'_> {
    /// A date written with slashes at token `i` (`word`): "12/27/2023",
    /// "27/12/23", in the order a day past 12 shows or else the article's
    /// own ([`SlashOrder`]); unresolved when neither tells. `None` when the
    /// word has no three parts.
    pub(super) fn read_slash_date(&self, i: usize, word: &str) -> Option<TimeRead> {
        let (first, second, y) = slash_parts(word)?;
        let year: i32 = match y.len() {
            4 => y.parse().ok()?,
            2 => 1900 + y.parse::<i32>().ok()? + if y < "50" { 100 } else { 0 },
            _ => return Some(None),
        };
        let order = SlashOrder::shown_by(first, second).or(self.slash_order);
        let (month, day) = match order {
            Some(SlashOrder::MonthFirst) => (first, second),
            Some(SlashOrder::DayFirst) => (second, first),
            None if first == second => (first, second),
            None => return Some(found(TimeRule::CalendarDate, i, i + 1, None)),
        };
        Some(found(
            TimeRule::CalendarDate,
            i,
            i + 1,
            Day::new(year, month, day).map(single),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::resolve;

    /// A date with slashes is read in the order the article writes them,
    /// which a day past 12 shows; an article that never shows it leaves an
    /// ambiguous date unread rather than guess between 3 April and 4 March.
    /// A text and its times, each with its days or none when unresolved.
    type MaybeResolvedCase<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn slash_dates_follow_the_articles_order() {
        let cases: &[MaybeResolvedCase] = &[
            (
                "It opened on 28/02/2024.",
                &[("28/02/2024", Some("2024-02-28/2024-02-28"))],
            ),
            (
                "It opened on 12/27/2023.",
                &[("12/27/2023", Some("2023-12-27/2023-12-27"))],
            ),
            (
                "It opened on 28/02/2024 and closed on 03/04/2024.",
                &[
                    ("28/02/2024", Some("2024-02-28/2024-02-28")),
                    ("03/04/2024", Some("2024-04-03/2024-04-03")),
                ],
            ),
            (
                "It opened on 12/27/2023 and closed on 03/04/2024.",
                &[
                    ("12/27/2023", Some("2023-12-27/2023-12-27")),
                    ("03/04/2024", Some("2024-03-04/2024-03-04")),
                ],
            ),
            ("It closed on 03/04/2024.", &[("03/04/2024", None)]),
            (
                "It closed on 05/05/2024.",
                &[("05/05/2024", Some("2024-05-05/2024-05-05"))],
            ),
        ];
        for (text, expected) in cases {
            let want: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(span, days)| (span.to_string(), days.map(str::to_string)))
                .collect();
            assert_eq!(resolve(text, Some("2024-06-01")), want, "{text}");
        }
    }
}
