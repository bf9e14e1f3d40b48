//! The days a time spans, by calendar arithmetic: a day, a Monday–Sunday
//! week, a month, a quarter, a year, a decade or a century, shifted by so
//! many units, and a part of a period ("the end of 2020").

use super::Unit;
use crate::calendar::Day;
use crate::dataset::DayRange;

pub(super) fn range(start: Day, end: Day) -> DayRange {
    DayRange { start, end }
}

pub(super) fn single(day: Day) -> DayRange {
    range(day, day)
}

pub(super) fn month_range(year: i32, month: u8) -> Option<DayRange> {
    Day::month_range(year, month).map(|(a, b)| range(a, b))
}

pub(super) fn year_range(year: i32) -> Option<DayRange> {
    Some(range(Day::new(year, 1, 1)?, Day::new(year, 12, 31)?))
}

/// The Monday–Sunday week holding `day`, shifted by `weeks`.
pub(super) fn week_range(day: Day, weeks: i64) -> Option<DayRange> {
    let monday = day.add_days(-i64::from(day.weekday_from_monday()) + 7 * weeks)?;
    Some(range(monday, monday.add_days(6)?))
}

/// The week, weekend, month or year `shift` units from the one that holds
/// `day`.
pub(super) fn relative_unit(day: Day, unit: &str, shift: i64) -> Option<DayRange> {
    match unit {
        "week" => week_range(day, shift),
        "weekend" => {
            let week = week_range(day, shift)?;
            Some(range(week.end.add_days(-1)?, week.end))
        }
        "month" => shifted_month(day, shift as i32),
        "year" => year_range(day.year() + shift as i32),
        _ => None,
    }
}

/// The `weekday` just after a day (`shift` 1) or just before it (`shift`
/// -1), never that day itself: "the previous Friday" after a Friday is the
/// one a week before. A longer time has no day to count a weekday from.
pub(super) fn weekday_beside(days: DayRange, weekday: u8, shift: i32) -> Option<DayRange> {
    if days.start != days.end {
        return None;
    }
    let from = i64::from(days.start.weekday_from_monday());
    let apart = (i64::from(shift) * (i64::from(weekday) - from)).rem_euclid(7);
    let apart = if apart == 0 { 7 } else { apart };
    days.start.add_days(i64::from(shift) * apart).map(single)
}

/// The month `months` away from the month holding `day`.
pub(super) fn shifted_month(day: Day, months: i32) -> Option<DayRange> {
    let index = day.year() * 12 + i32::from(day.month()) - 1 + months;
    month_range(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

/// The day `months` months before `day`, on the same day of the month or
/// that month's last day: March 31 less one month is February 29 in 2024.
pub(super) fn same_day_months_before(day: Day, months: i32) -> Option<Day> {
    let month = shifted_month(day, -months)?;
    month
        .start
        .add_days(i64::from(day.day().min(month.end.day())) - 1)
}

/// The same days `years` years later (earlier when negative); February 29
/// becomes the 28th.
pub(super) fn years_shifted(days: DayRange, years: i32) -> Option<DayRange> {
    let shift = |day: Day| {
        Day::new(day.year() + years, day.month(), day.day())
            .or_else(|| Day::new(day.year() + years, day.month(), day.day() - 1))
    };
    Some(range(shift(days.start)?, shift(days.end)?))
}

/// The whole year a reported period belongs to: the calendar year of a
/// quarter or a shorter time within one year, or a year-long period itself
/// ("fiscal 1989" is its own full year). A longer or a straddling time
/// names no single year.
pub(super) fn whole_year_of(days: DayRange) -> Option<DayRange> {
    let length = days.start.days_until(days.end) + 1;
    if (365..=366).contains(&length) {
        return Some(days);
    }
    let one_year = days.start.year() == days.end.year();
    (length <= Unit::Quarter.longest_days() && one_year)
        .then(|| year_range(days.start.year()))
        .flatten()
}

/// The same days a year before.
pub(super) fn year_before(days: DayRange) -> Option<DayRange> {
    years_shifted(days, -1)
}

/// Part `index` (from 1) of `year`, each part `months` long: the second
/// quarter of a year from July is October to December. A year that does
/// not start on a month's first day has no such parts.
pub(super) fn part_of_year(year: DayRange, index: u8, months: i32) -> Option<DayRange> {
    if year.start.day() != 1 {
        return None;
    }
    let skipped = months * (i32::from(index) - 1);
    let first = shifted_month(year.start, skipped)?;
    let last = shifted_month(year.start, skipped + months - 1)?;
    Some(range(first.start, last.end))
}

/// The ten years from `first_year`: "the 1990s".
pub(super) fn decade_range(first_year: i32) -> Option<DayRange> {
    let (first, last) = (year_range(first_year)?, year_range(first_year + 9)?);
    Some(range(first.start, last.end))
}

/// The hundred years of the `century`th century as news counts them: "the
/// 20th century" is 1900 to 1999.
pub(super) fn century_range(century: i32) -> Option<DayRange> {
    let (first, last) = (
        year_range((century - 1) * 100)?,
        year_range(century * 100 - 1)?,
    );
    Some(range(first.start, last.end))
}

pub(super) fn quarter_range(year: i32, quarter: u8) -> Option<DayRange> {
    let first = (quarter - 1) * 3 + 1;
    Some(range(
        Day::new(year, first, 1)?,
        Day::month_range(year, first + 2)?.1,
    ))
}

/// The three months that end on `day`: "the quarter ended Sept. 30" is
/// July 1 to September 30, "the quarter ended Aug. 26" May 27 to August 26.
pub(super) fn three_months_ending(day: Day) -> Option<DayRange> {
    let start = if shifted_month(day, 0)?.end == day {
        shifted_month(day, -2)?.start
    } else {
        same_day_months_before(day, 3)?.add_days(1)?
    };
    Some(range(start, day))
}

/// Whether `days` are a whole month, its first day to its last.
pub(super) fn is_whole_month(days: DayRange) -> bool {
    days.start.day() == 1 && shifted_month(days.start, 0).is_some_and(|m| m.end == days.end)
}

/// The three months `quarters` quarters after (before, when negative)
/// the three months that end on `end`, ending on the same day of a month
/// or, for a month's last day, on that month's last day.
pub(super) fn three_months_shifted(end: Day, quarters: i32) -> Option<DayRange> {
    let month = shifted_month(end, 0)?;
    let shifted_end = if month.end == end {
        shifted_month(end, 3 * quarters)?.end
    } else {
        same_day_months_before(end, -3 * quarters)?
    };
    three_months_ending(shifted_end)
}

/// A part of a period: a year's first, middle or last months ("the start
/// of 2020" is January, "the end of 2020" December), or a shorter
/// period's first, middle or last third ("the end of the month" is its last
/// ten days).
pub(super) fn part_of(days: DayRange, part: &str) -> Option<DayRange> {
    let length = days.start.days_until(days.end) + 1;
    if length > 31 {
        let months = (days.end.year() - days.start.year()) * 12 + i32::from(days.end.month())
            - i32::from(days.start.month());
        let (from, to) = match part {
            "start" | "beginning" => (0, 0),
            "middle" => (months / 2, (months + 1) / 2),
            "first half" => (0, months / 2),
            "second half" => (months / 2 + 1, months),
            _ => (months, months),
        };
        let first = shifted_month(days.start, from)?;
        return Some(range(first.start, shifted_month(days.start, to)?.end));
    }
    // A day or two ("the end of March 5") has no thirds to name.
    let third = length / 3;
    if third == 0 {
        return None;
    }
    let (from, to) = match part {
        "start" | "beginning" => (0, third - 1),
        "middle" => (third, length - third - 1),
        "first half" => (0, length / 2 - 1),
        "second half" => (length / 2, length - 1),
        _ => (length - third, length - 1),
    };
    Some(range(days.start.add_days(from)?, days.start.add_days(to)?))
}
