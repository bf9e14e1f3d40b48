//! Fiscal years: "fiscal 2024", "FY24", "the 2023-24 financial year", "this
//! financial year", with the end of the fiscal year the article states
//! ("fiscal years ending June 30") or its datelines' country keeps, and a
//! fiscal quarter.

use super::datelines::windows;
use super::day_ranges::{range, same_day_months_before, shifted_month, three_months_ending};
use super::days::parse_day;
use super::years::parse_year;
use super::{found, Reader, TimeRead};
use crate::calendar::Day;
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::month_number;
use crate::lex::{word_in, word_is, Lexicon};
use crate::segment::{Document, Segments};

/// Prepositions of time that mark a year written across two as a fiscal
/// year where the country's years are known: "in 2024-25", "by 2025-26".
static SPLIT_YEAR_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "in", "for", "by", "during", "until", "till", "since", "from", "through",
]);

/// Words that tie a period to the day it closes on: "the quarter ended
/// Sept. 30", "the fiscal year ending June 30".
pub(super) static PERIOD_CLOSERS: Lexicon = Lexicon::new(&["ended", "ending"]);

/// The day of the year a fiscal year ends on, as an article states it
/// ("fiscal years ending June 30").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct FiscalYearEnd {
    month: u8,
    day: u8,
}

/// How a fiscal year is named: "fiscal 2024", "FY24" or "the 2024 fiscal
/// year" (`Named`), which in US news is the federal year when nothing
/// says otherwise; "financial year 2024" (`Financial`), said where the
/// year is not the US's; or across two years, "2023-24" (`Split`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FiscalForm {
    Named,
    Financial,
    Split,
}

/// Whether `second`, in two digits or four, is the year after `first`:
/// "2023-24", "2023-2024".
fn ends_year_after(first: i32, second: &str) -> bool {
    let next = first + 1;
    match second.len() {
        2 => second.parse() == Ok(next.rem_euclid(100)),
        4 => second.parse() == Ok(next),
        _ => false,
    }
}

/// Fiscal year `year`: the twelve months that end on the article's stated
/// `end` in `year`, as a fiscal year is named for the year it ends in; else
/// the US federal fiscal year, October of the year before to September. A
/// year that ends in January or February is named by many retailers for the
/// year it began in, so such an end fixes no days.
fn fiscal_year(year: i32, end: Option<FiscalYearEnd>) -> Option<DayRange> {
    let Some(end) = end else {
        return Some(range(Day::new(year - 1, 10, 1)?, Day::new(year, 9, 30)?));
    };
    if end.month <= 2 {
        return None;
    }
    let last = Day::new(year, end.month, end.day)?;
    Some(range(same_day_months_before(last, 12)?.add_days(1)?, last))
}

/// Quarter `quarter` of fiscal year `year`, which ends on `end`: the three
/// months that close 9, 6 or 3 months before the year does, or with it; a
/// year that ends on a month's last day has quarters of whole months.
fn fiscal_quarter_range(year: i32, quarter: u8, end: FiscalYearEnd) -> Option<DayRange> {
    let last_day = fiscal_year(year, Some(end))?.end;
    let months = 3 * (4 - i32::from(quarter));
    let last = if shifted_month(last_day, 0)?.end == last_day {
        shifted_month(last_day, -months)?.end
    } else {
        same_day_months_before(last_day, months)?
    };
    three_months_ending(last)
}

/// The end of the fiscal year the article states ("the company's fiscal
/// years end June 30"), which its "fiscal 1990" counts by wherever it
/// stands; none when it states none, or two that differ, as an article
/// about two companies may.
pub(super) fn stated_fiscal_year_end(text: &str, segments: &Segments) -> Option<FiscalYearEnd> {
    let mut ends = windows(segments).into_iter().flat_map(|window| {
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(window.first, window.end),
            published: None,
            fiscal_end: None,
            fiscal_home: None,
            slash_order: None,
        };
        (window.first..window.end).filter_map(move |k| reader.fiscal_year_end_at(k))
    });
    let first = ends.next()?;
    ends.all(|end| end == first).then_some(first)
}

impl Reader<'_> {
    /// "fiscal 2024", "fiscal year 2024", "fiscal 2023-24".
    pub(super) fn read_fiscal_year(&self, i: usize) -> TimeRead {
        let at = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
        self.fiscal_year_at(i, at, FiscalForm::Named, false)
    }

    /// "FY24", "FY2024", "FY 2023-24": a fiscal year as "fiscal 2024" is;
    /// a year in two digits only written against "FY", as "FY 10" may
    /// be a count.
    pub(super) fn read_fy(&self, i: usize) -> TimeRead {
        let attached = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before);
        self.fiscal_year_at(i, i + 1, FiscalForm::Named, attached)
    }

    /// The fiscal year written at token `k` ("FY24", "fiscal 2024",
    /// "2023-24 financial year"), which a quarter or a part may be of:
    /// "Q4 FY24", "the first half of fiscal 2024".
    pub(super) fn fiscal_year_read_at(&self, k: usize) -> TimeRead {
        self.read(k)
            .filter(|time| time.rule == TimeRule::FiscalYear && time.first == k)
    }

    /// The fiscal year whose words open at token `first` and whose year is
    /// written at `at`, named in `form` unless written across two years
    /// ("fiscal 2023-24"); after "FY" (`short`) a year may be written with
    /// two digits ("FY24", "FY23-24").
    pub(super) fn fiscal_year_at(
        &self,
        first: usize,
        at: usize,
        form: FiscalForm,
        short: bool,
    ) -> TimeRead {
        let split = self
            .split_year_at(at, short)
            .or_else(|| self.year_to_next_at(at));
        let (year, end, form) = match split {
            Some((year, end)) => (year, end, FiscalForm::Split),
            None => (self.year_written(self.number(at)?, short)?, at + 1, form),
        };
        found(
            TimeRule::FiscalYear,
            first,
            end,
            self.fiscal_year_named(year, form),
        )
    }

    /// The days of the fiscal year that ends in `year`, named in `form`:
    /// to the end the article states; else to the end of its dateline's
    /// country's year, where every form counts by it or the year is
    /// written across two ("MUMBAI ... FY24" is April 2023 to March 2024);
    /// else, for "fiscal 2024" or "FY24" alone, the US federal year. A
    /// split year or a "financial year" is never the US's, so with nothing
    /// that says its end it fixes no days.
    fn fiscal_year_named(&self, year: i32, form: FiscalForm) -> Option<DayRange> {
        match self.known_fiscal_end(form) {
            Some(end) => fiscal_year(year, Some(end)),
            None if form == FiscalForm::Named => fiscal_year(year, None),
            None => None,
        }
    }

    /// The end of a fiscal year named in `form` that the article states,
    /// or else its dateline's country's, where every form counts by it or
    /// the year is written across two.
    fn known_fiscal_end(&self, form: FiscalForm) -> Option<FiscalYearEnd> {
        let home = self
            .fiscal_home
            .filter(|home| home.every_form || form == FiscalForm::Split)
            .map(|home| FiscalYearEnd {
                month: home.month,
                day: home.day,
            });
        self.fiscal_end.or(home)
    }

    /// "this financial year", "last fiscal year", "next fiscal year", "the
    /// current fiscal year" (`lower` the word at token `i`): the fiscal
    /// year that holds publication, or the one before or after it, where
    /// the article or its dateline says where its years end; nothing where
    /// neither does, as a company's year is its own.
    pub(super) fn read_relative_fiscal_year(&self, i: usize, lower: &str) -> TimeRead {
        let fiscal = word_in(self.doc.word(i + 1), &["fiscal", "financial"]);
        if !fiscal || !self.is(i + 2, "year") {
            return None;
        }
        let (shift, first) = match lower {
            "last" => (-1, i),
            "next" => (1, i),
            "this" => (0, i),
            "current" if word_is(self.prev(i), "the") => (0, i - 1),
            _ => return None,
        };
        let end = self.known_fiscal_end(FiscalForm::Financial)?;
        let resolved = self.published.and_then(|p| {
            let closes_this_year = p <= Day::new(p.year(), end.month, end.day)?;
            let holding = p.year() + i32::from(!closes_this_year);
            fiscal_year(holding + shift, Some(end))
        });
        found(TimeRule::FiscalYear, first, i + 3, resolved)
    }

    /// A year written across two at token `k` ("2023-24", "2023–2024",
    /// "2023/24"; after "FY", `short`, "23-24" too), each year the one
    /// after the other: the year it ends in, and the token after it.
    fn split_year_at(&self, k: usize, short: bool) -> Option<(i32, usize)> {
        let word = self.number(k)?;
        if let Some((first, second)) = word.split_once('/') {
            let first = self.year_written(first, short)?;
            return ends_year_after(first, second).then_some((first + 1, k + 1));
        }
        let first = self.year_written(word, short)?;
        let attached = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        let dash = matches!(self.doc.word(k + 1), "-" | "–") && attached(k + 1) && attached(k + 2);
        let second = self.number(k + 2).filter(|_| dash)?;
        ends_year_after(first, second).then_some((first + 1, k + 3))
    }

    /// "financial year ending March 2024", "financial year ended 31 March
    /// 2024", "financial year to 30 June 2023", as British and Australian
    /// public bodies write it (from "financial" at token `i`): the twelve
    /// months to that day, or to that month's end. Without its year the
    /// closing day is left to be read as a day.
    pub(super) fn read_financial_year_ending(&self, i: usize) -> TimeRead {
        let closer = self.doc.word(i + 2);
        if !PERIOD_CLOSERS.contains(closer) && !word_is(closer, "to") {
            return None;
        }
        let at = i + 3;
        let (month, day) = self.closing_date_at(at)?;
        let after = at + 1 + usize::from(day.is_some());
        let after = after + usize::from(self.doc.word(after) == ",");
        let (year, end) = self.year_at(after)?;
        let day = day.unwrap_or(Day::month_range(year, month)?.1.day());
        let last = Day::new(year, month, day);
        let resolved =
            last.and_then(|last| Some(range(same_day_months_before(last, 12)?.add_days(1)?, last)));
        found(TimeRule::FiscalYear, i, end, resolved)
    }

    /// A year across two written out with "to" at token `k`, as British
    /// public bodies write it after "financial year" ("2023 to 2024"): the
    /// year it ends in, and the token after it. Read only after a fiscal
    /// word, as "from 2023 to 2024" is two calendar years.
    fn year_to_next_at(&self, k: usize) -> Option<(i32, usize)> {
        let first = self.number(k).and_then(parse_year)?;
        let second = self.number(k + 2).filter(|_| self.is(k + 1, "to"))?;
        (second.len() == 4 && ends_year_after(first, second)).then_some((first + 1, k + 3))
    }

    /// A year written in four digits, or with `short` in two: the year
    /// ending so nearest publication ("FY99" in 2001 is 1999).
    fn year_written(&self, word: &str, short: bool) -> Option<i32> {
        if !short || word.len() != 2 {
            return parse_year(word);
        }
        let ending: i32 = word.parse().ok()?;
        let near = self.published.map_or(2000, Day::year);
        let year = near - near.rem_euclid(100) + ending;
        Some(match year - near {
            gap if gap > 50 => year - 100,
            gap if gap < -50 => year + 100,
            _ => year,
        })
    }

    /// The end of a fiscal year stated at token `k`: "fiscal years ending
    /// June 30", "its fiscal year ends in September", "the fiscal year that
    /// ended Sept. 30"; a month alone ends on its last day. An earnings
    /// report states it without "fiscal" too, by the day its year closes:
    /// "for the year ended Sept. 30", "in the year ending June 30, 1990",
    /// and in British style "profit in the year to 31 March".
    pub(super) fn fiscal_year_end_at(&self, k: usize) -> Option<FiscalYearEnd> {
        let fiscal = self.is(k, "fiscal") && word_in(self.doc.word(k + 1), &["year", "years"]);
        let closing = word_is(self.prev(k), "the")
            && self.is(k, "year")
            && (PERIOD_CLOSERS.contains(self.doc.word(k + 1)) || self.is(k + 1, "to"));
        if !fiscal && !closing {
            return None;
        }
        // The word after "year" or "years", where its end is said.
        let after = k + 1 + usize::from(fiscal);
        let mut at =
            after + usize::from(fiscal && word_in(self.doc.word(after), &["that", "which"]));
        let closer = self.doc.word(at);
        if !PERIOD_CLOSERS.contains(closer) && !word_in(closer, &["ends", "end", "to"]) {
            return None;
        }
        at += 1 + usize::from(fiscal && word_in(self.doc.word(at + 1), &["in", "on"]));
        let (month, day) = self.closing_date_at(at)?;
        // Without "fiscal", only a day says a year closes ("the year to
        // June" is any twelve months).
        if !fiscal && day.is_none() {
            return None;
        }
        // A month's last day in a common year; February's 29th is no end.
        let day = day.unwrap_or(Day::month_range(2001, month)?.1.day());
        Day::new(2001, month, day).map(|_| FiscalYearEnd { month, day })
    }

    /// The month and, if written, the day a period is said to close on at
    /// token `at`, month first ("Sept. 30", "June") or day first ("31
    /// March").
    fn closing_date_at(&self, at: usize) -> Option<(u8, Option<u8>)> {
        if let Some(month) = month_number(self.doc.word(at)) {
            return Some((month, self.number(at + 1).and_then(parse_day)));
        }
        let day = self.number(at).and_then(parse_day)?;
        Some((month_number(self.doc.word(at + 1))?, Some(day)))
    }

    /// Fiscal quarter `quarter` at tokens `first..end`, of the fiscal year
    /// `written` or else of the one publication falls in, unless that
    /// quarter has not begun and its clause is told in the past, as
    /// `quarter_year` has it for a calendar quarter; the year ends on
    /// `fiscal_end`, as the article states.
    pub(super) fn fiscal_quarter(
        &self,
        quarter: u8,
        written: Option<i32>,
        fiscal_end: FiscalYearEnd,
        first: usize,
        end: usize,
    ) -> Option<DayRange> {
        if let Some(year) = written {
            return fiscal_quarter_range(year, quarter, fiscal_end);
        }
        let published = self.published?;
        let year_end = Day::new(published.year(), fiscal_end.month, fiscal_end.day)?;
        let holding = published.year() + i32::from(year_end < published);
        let days = fiscal_quarter_range(holding, quarter, fiscal_end)?;
        let year = holding - i32::from(days.start > published && self.told_in_past(first, end));
        fiscal_quarter_range(year, quarter, fiscal_end)
    }

    /// "the 2021 fiscal year", "the 2024-25 financial year", "the 2023/24
    /// fiscal year": a fiscal year as "fiscal 2021", "financial year
    /// 2024-25" and "fiscal 2023/24" are (see `fiscal_year_named`).
    pub(super) fn read_the_fiscal_year(&self, i: usize) -> TimeRead {
        let (year, at, split) = match self.split_year_at(i, false) {
            Some((year, at)) => (year, at, true),
            None => (self.number(i).and_then(parse_year)?, i + 1, false),
        };
        let form = match self.doc.word(at).to_ascii_lowercase().as_str() {
            _ if split => FiscalForm::Split,
            "fiscal" => FiscalForm::Named,
            "financial" => FiscalForm::Financial,
            _ => return None,
        };
        if !word_in(self.doc.word(at), &["fiscal", "financial"]) || !self.is(at + 1, "year") {
            return None;
        }
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        found(
            TimeRule::FiscalYear,
            first,
            at + 2,
            self.fiscal_year_named(year, form),
        )
    }

    /// A year written across two without "fiscal" at token `i` ("in
    /// 2024-25", "the 2024-25 budget"): the fiscal year it names where the
    /// article or its dateline's country says where such years end, and a
    /// preposition of time before it or "budget" after it marks it as a
    /// time; a sports season or a school year ("the 2023-24 season") is
    /// marked by neither.
    pub(super) fn read_bare_split_year(&self, i: usize) -> TimeRead {
        let (year, end) = self.split_year_at(i, false)?;
        self.known_fiscal_end(FiscalForm::Split)?;
        let marked = SPLIT_YEAR_PREPOSITIONS.contains(self.prev(i))
            || word_in(self.doc.word(end), &["budget", "budgets"]);
        if !marked {
            return None;
        }
        found(
            TimeRule::FiscalYear,
            i,
            end,
            self.fiscal_year_named(year, FiscalForm::Split),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::times::test_support::{expect_resolved, resolve};

    /// "fiscal 1990" is the twelve months to the end of the fiscal year the
    /// article states anywhere, or else the US federal fiscal year; a year
    /// ending in January or February fixes no days (published 1989-10-26):
    /// (text, its fiscal years).
    #[test]
    fn a_fiscal_year_ends_where_the_article_says() {
        let cases: [(&str, Option<&str>); 8] = [
            (
                "In fiscal 1990 the mill expects more. Its fiscal years end June 30.",
                Some("1989-07-01/1990-06-30"),
            ),
            // An earnings report's "the year ended" states its fiscal year
            // without the word "fiscal".
            (
                "The firm expects profit in the year ending June 30, 1990, to fall. \
                 In fiscal 1990 it expects less.",
                Some("1989-07-01/1990-06-30"),
            ),
            (
                "For the year ended Aug. 31, the mill earned $2 million. In fiscal 1990 it expects more.",
                Some("1989-09-01/1990-08-31"),
            ),
            (
                "Sales in the six months ended Aug. 31 rose. In fiscal 1990 it expects more.",
                Some("1989-10-01/1990-09-30"),
            ),
            (
                "The fiscal year that ended in March was weak. In fiscal 1990 it expects more.",
                Some("1989-04-01/1990-03-31"),
            ),
            (
                "In fiscal 1990 the agency expects more.",
                Some("1989-10-01/1990-09-30"),
            ),
            (
                "The chain's fiscal year ends Jan. 31. In fiscal 1990 it expects more.",
                None,
            ),
            (
                "Acme's fiscal year ends June 30 and Brill's fiscal year ends March 31. \
                 In fiscal 1990 both expect more.",
                Some("1989-10-01/1990-09-30"),
            ),
        ];
        for (text, want) in cases {
            let fiscal: Vec<Option<String>> = resolve(text, Some("1989-10-26"))
                .into_iter()
                .filter(|(span, _)| span == "fiscal 1990")
                .map(|(_, days)| days)
                .collect();
            assert_eq!(fiscal, vec![want.map(String::from)], "{text}");
        }
    }

    /// A fiscal quarter is a quarter of the fiscal year the article states;
    /// without one stated it is the calendar quarter (published Thursday,
    /// October 26, 1989).
    #[test]
    fn a_fiscal_quarter_is_of_the_stated_fiscal_year() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Its fiscal year ends June 30. Profit rose in the fiscal first quarter.",
                &[
                    ("June 30", "1989-06-30/1989-06-30"),
                    ("the fiscal first quarter", "1989-07-01/1989-09-30"),
                ],
            ),
            (
                "Its fiscal years end Sept. 30. It expects a loss in the fiscal second quarter.",
                &[("the fiscal second quarter", "1990-01-01/1990-03-31")],
            ),
            (
                "Its fiscal years end June 30. Sales fell in the fiscal third quarter.",
                &[("the fiscal third quarter", "1989-01-01/1989-03-31")],
            ),
            (
                "Profit rose in the fiscal first quarter.",
                &[("the fiscal first quarter", "1989-01-01/1989-03-31")],
            ),
            // "fiscal-first" joins the words of "fiscal first".
            (
                "Its fiscal year ends June 30. Profit rose in the fiscal-first quarter.",
                &[
                    ("June 30", "1989-06-30/1989-06-30"),
                    ("the fiscal-first quarter", "1989-07-01/1989-09-30"),
                ],
            ),
            (
                "Acme earned C$4.7 million for the fiscal-first quarter ended Sept. 30. Sales were C$348.2 million compared with C$307.2 a year earlier.",
                &[
                    ("the fiscal-first quarter", "1989-07-01/1989-09-30"),
                    ("Sept. 30", "1989-09-30/1989-09-30"),
                    ("a year earlier", "1988-07-01/1988-09-30"),
                ],
            ),
        ];
        expect_resolved(cases, "1989-10-26");
    }
}
