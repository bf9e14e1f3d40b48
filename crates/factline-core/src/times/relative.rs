//! Units relative to publication: "last week", "this month", "next year",
//! "this weekend", "the weekend", "the current quarter", "last year's
//! quarter".

use super::day_ranges::{
    quarter_range, range, relative_unit, shifted_month, single, week_range, year_range,
};
use super::parts::PART_MODIFIERS;
use super::tense::Tense;
use super::weekdays::WEEKDAY_REACH;
use super::{found, Counted, Reader, TimeExpr, TimeRead};
use crate::calendar::Day;
use crate::evidence::TimeRule;
use crate::lex::{is_capitalized, word_in, word_is};

impl Reader<'_> {
    /// "the current quarter", "the current year": the week, month, quarter
    /// or year that holds the publication date. "the current fiscal year"
    /// is read only where its end is known (`read_relative_fiscal_year`).
    pub(super) fn read_current_unit(&self, i: usize) -> TimeRead {
        if !word_is(self.prev(i), "the") {
            return None;
        }
        let unit = self.doc.word(i + 1).to_ascii_lowercase();
        let resolved = |p: Day| match unit.as_str() {
            "week" => week_range(p, 0),
            "month" => shifted_month(p, 0),
            "quarter" => quarter_range(p.year(), (p.month() - 1) / 3 + 1),
            "year" => year_range(p.year()),
            _ => None,
        };
        if !word_in(&unit, &["week", "month", "quarter", "year"]) {
            return None;
        }
        found(
            TimeRule::RelativeUnit,
            i - 1,
            i + 2,
            self.published.and_then(resolved),
        )
    }

    /// "last week", "this month", "next year", "last weekend".
    pub(super) fn read_relative_unit(&self, i: usize, lower: &str) -> TimeRead {
        let published = self.published;
        let unit = self.doc.word(i + 1).to_ascii_lowercase();
        let unit = unit.trim_end_matches("’s").trim_end_matches("'s");
        // "the past week" is a span up to publication, which
        // `read_recent_span` reads; "the next year" is counted from an
        // earlier time; "past week" alone is no time.
        if word_is(self.prev(i), "the") || lower == "past" {
            return None;
        }
        // "last night" is the evening before the publication day.
        if lower == "last" && unit == "night" {
            let yesterday = published.and_then(|p| p.add_days(-1)).map(single);
            return found(TimeRule::DayWord, i, i + 2, yesterday);
        }
        if self.names_no_relative_unit(i, unit) {
            return None;
        }
        let shift = match lower {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        // "last year's quarter" is the quarter told before, a year back,
        // not the whole of last year.
        let owns_period =
            self.doc.word(i + 1).len() > 4 && word_in(self.doc.word(i + 2), &["quarter", "period"]);
        if unit == "year" && owns_period {
            return self.period_of_year(i, published?.year() + shift as i32);
        }
        let shift = if self.weekend_gone(i, lower, unit) {
            -1
        } else if self.week_ahead_from_sunday(i, lower, unit) {
            1
        } else {
            shift
        };
        if !matches!(unit, "week" | "weekend" | "month" | "year") {
            return None;
        }
        let resolved = published.and_then(|p| relative_unit(p, unit, shift));
        found(TimeRule::RelativeUnit, i, i + 2, resolved)
    }

    /// "this past week", "this past year", "this past weekend" at token
    /// `i`: the span up to publication that "the past week" is, and the
    /// weekend gone that "last weekend" is. American news writes "this
    /// past" for the period just ended; read alone, "this" would be the
    /// period still running.
    pub(super) fn read_this_past(&self, i: usize) -> TimeRead {
        if !self.is(i + 2, "weekend") {
            return self.read_recent_span(i + 1);
        }
        let resolved = self.published.and_then(|p| relative_unit(p, "weekend", -1));
        found(TimeRule::RelativeUnit, i, i + 3, resolved)
    }

    /// Whether "this", "next" or "last" at token `i`, before `unit`, names
    /// no unit of time counted from publication: "This Week" in
    /// mid-sentence is a title; "the end of this year", which names a part
    /// of it, is read as that part or not at all, though "later this
    /// month", "earlier this month" and "early next year" still name the
    /// month or year they are in; "this year's third quarter" is the
    /// quarter's.
    fn names_no_relative_unit(&self, i: usize, unit: &str) -> bool {
        let title = is_capitalized(self.doc.word(i + 1));
        let in_period =
            word_in(self.prev(i), &["later", "earlier"]) || PART_MODIFIERS.contains(self.prev(i));
        let part = self.vague_before(i) && !in_period;
        let quarter_follows = word_in(
            self.doc.word(i + 2),
            &["first", "second", "third", "fourth"],
        ) || self.doc.word(i + 2).ends_with("-quarter");
        let years_quarter = unit == "year" && self.doc.word(i + 1).len() > 4 && quarter_follows;
        title || part || years_quarter
    }

    /// "last year's quarter", "this year's period" at token `i`: the
    /// period told before, moved to `year`.
    fn period_of_year(&self, i: usize, year: i32) -> TimeRead {
        let time = found(TimeRule::CountedFromEarlier, i, i + 3, None)?;
        Some(TimeExpr {
            counted: Some(Counted::InYear(year)),
            ..time
        })
    }

    /// Whether "this weekend" at token `i` is the weekend just gone: on a
    /// weekday, when its clause is in the past ("This weekend, protesters
    /// marched").
    fn weekend_gone(&self, i: usize, lower: &str, unit: &str) -> bool {
        lower == "this"
            && unit == "weekend"
            && self.published.is_some_and(|p| p.weekday_from_monday() < 5)
            && self
                .tense_of(i, i + 2, i.saturating_sub(WEEKDAY_REACH))
                .is_some_and(|(tense, _)| tense == Tense::Past)
    }

    /// Whether a paper dated Sunday means the week after its own by "this
    /// week" at token `i`: in a clause that looks ahead ("the council will
    /// meet this week") only that Sunday is left of the week of
    /// publication, so the week meant is the one that starts the next day.
    /// In the past ("crews repaired the bridge this week") it is the week
    /// just ending, as on any other day.
    fn week_ahead_from_sunday(&self, i: usize, lower: &str, unit: &str) -> bool {
        lower == "this"
            && unit == "week"
            && self.published.is_some_and(|p| p.weekday_from_monday() == 6)
            && self
                .tense_of(i, i + 2, i.saturating_sub(WEEKDAY_REACH))
                .is_some_and(|(tense, _)| tense == Tense::Future)
    }

    /// "the weekend": the latest Saturday and Sunday, or the coming ones.
    pub(super) fn read_the_weekend(&self, i: usize) -> TimeRead {
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            return None;
        };
        // On a weekday, "the weekend" is the coming one only if the sentence looks ahead.
        let ahead_by = self
            .ahead_by(first, i + 1, i.saturating_sub(WEEKDAY_REACH))
            .filter(|_| self.published.is_some_and(|p| p.weekday_from_monday() < 5));
        let resolved = self.published.and_then(|p| {
            let shift = if ahead_by.is_some() || p.weekday_from_monday() >= 5 {
                0
            } else {
                -1
            };
            let week = week_range(p, shift)?;
            Some(range(week.end.add_days(-1)?, week.end))
        });
        found(TimeRule::Weekend, first, i + 1, resolved).map(|time| time.pointed_ahead_by(ahead_by))
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::expect_resolved;

    /// "the current" week, month, quarter or year holds the publication
    /// date (Thursday, December 28, 2023).
    #[test]
    fn the_current_period() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Orders rose in the current quarter.",
                &[("the current quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "The firm expects a loss for the current year.",
                &[("the current year", "2023-01-01/2023-12-31")],
            ),
            ("The current account widened.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }
}
