//! The year of a time written without one: a bare month, a day and month,
//! a day of the month said alone or a holiday, the nearest to publication,
//! the past winning unless the future is less than half as far.

use super::day_ranges::{shifted_month, single};
use super::tense::Tense;
use crate::calendar::Day;
use crate::dataset::DayRange;

/// The year of a bare `month` after the word `prev`, published on
/// `published`: the publication year's after "this"; when its clause looks
/// ahead (`next`), the next such month, which "a vote is expected in March",
/// said in March, is this March, and "next March" a year on; else the
/// latest, which "last June", said in June, is a year back.
pub(super) fn bare_month_year(published: Day, month: u8, prev: &str, next: bool) -> i32 {
    let year = published.year();
    if prev == "this" {
        year
    } else if next {
        if month > published.month() || month == published.month() && prev != "next" {
            year
        } else {
            year + 1
        }
    } else if prev == "last" && month >= published.month() || month > published.month() {
        year - 1
    } else {
        year
    }
}

/// Whether the next `month` after `published` is closer than the last
/// one, counted in months with the past preferred as `closest_year` does:
/// the next is nearer only when less than half as far.
pub(super) fn month_closer_ahead(published: Day, month: u8) -> bool {
    let ahead = (i32::from(month) - i32::from(published.month())).rem_euclid(12);
    ahead > 0 && 2 * ahead < 12 - ahead
}

/// The year that puts `month`/`day` closest to `published`, preferring the past.
pub(super) fn closest_year(published: Day, month: u8, day: u8) -> Option<Day> {
    closest_of_years(published, |year| Day::new(year, month, day))
}

/// Day `day` of the month that `days` lies within, if they lie within one.
pub(super) fn day_of_month_in(days: DayRange, day: u8) -> Option<DayRange> {
    let (start, end) = (days.start, days.end);
    let one_month = (start.year(), start.month()) == (end.year(), end.month());
    one_month
        .then(|| Day::new(start.year(), start.month(), day))
        .flatten()
        .map(single)
}

/// Day `day` of the month before, of or after publication's, the nearest
/// to `published` that `tense` allows (the past winning unless the future
/// is less than half as far, as for `closest_of_years`).
pub(super) fn nearest_day_of_month(published: Day, day: u8, tense: Option<Tense>) -> Option<Day> {
    (-1..=1)
        .filter_map(|shift| {
            let month = shifted_month(published, shift)?.start;
            Day::new(month.year(), month.month(), day)
        })
        .filter(|d| match tense {
            Some(Tense::Past) => published.days_until(*d) <= 0,
            Some(Tense::Future) => published.days_until(*d) >= 0,
            None => true,
        })
        .min_by_key(|d| past_leaning_distance(published, *d))
}

/// How far `day` is from `published` for choosing the closest day, with
/// a day ahead counted twice: news looks back more than ahead, so a day
/// ahead wins only when it is less than half as far as the one behind.
fn past_leaning_distance(published: Day, day: Day) -> i64 {
    let days = published.days_until(day);
    if days > 0 {
        days * 2
    } else {
        -days
    }
}

/// Of the days `day_in` gives for the years around `published`, the
/// closest to it, preferring the past.
pub(super) fn closest_of_years(published: Day, day_in: impl Fn(i32) -> Option<Day>) -> Option<Day> {
    let year = published.year();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(day_in)
        .min_by_key(|d| past_leaning_distance(published, *d))
}

/// Of the days `day_in` gives for the years around `published`, the
/// nearest to it, ahead or behind alike.
pub(super) fn nearest_of_years(published: Day, day_in: impl Fn(i32) -> Option<Day>) -> Option<Day> {
    let year = published.year();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(day_in)
        .min_by_key(|d| published.days_until(*d).abs())
}
