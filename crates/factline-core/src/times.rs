//! Reads dates ("December 27", "Dec. 30, 2023", "March 2018", "Friday") and
//! relative times ("last week", "in November", "yesterday", "fiscal 2023")
//! and resolves them against the publication date.
//!
//! The conventions: a week runs Monday to Sunday; "last week" is the previous
//! such week; "this week" said ahead in a paper dated Sunday is the coming
//! one; a bare month and a bare weekday are the latest such month or
//! day on or before publication, unless their clause looks ahead ("will",
//! "is expected", "as soon as", "hopes to", the present of a scheduled
//! event, "the council meets Monday", "until" in a clause not in the past); a
//! past verb keeps "this weekend" on the weekend just gone; a day and month
//! without a year take the year nearest to publication, the past winning
//! unless the future is less than half as far;
//! "this September" is the publication year's; "fiscal 2023" is the twelve
//! months to the end of the fiscal year the article states ("fiscal years
//! ending June 30"), or else the US federal fiscal year, October 2022 to
//! September 2023; a quarter is the
//! calendar quarter unless the day it ended on follows it ("the fourth
//! quarter ended Sept. 30" is July to September), or, said as a fiscal
//! one ("the fiscal first quarter"), a quarter of the stated fiscal year. Without a publication
//! date only what the text itself fixes is resolved, and no year is ever
//! invented.

use crate::calendar::Day;
use crate::dataset::DayRange;
use crate::evidence::TimeRule;
use crate::grammar::{
    dateline_country, decade_word, fiscal_home, holiday_date, is_calendar_word, is_determiner,
    is_past_tense, month_number, ordinal_word, weekday_number, without_possessive, FiscalHome,
    HolidayDate, HolidayDay, APPROXIMATIONS, BE_FORMS, CHANGE_VERB_BASES, CLAUSE_JOINERS,
    CLOCK_WORDS, HAVE_FORMS, MONTH_FIRST_NAMES, MONTH_PREPOSITIONS, ONE_DAY_NOUNS,
    PLURAL_DAY_PARTS, TIME_ZONES, WHOLE_WORDS,
};
use crate::lex::{is_capitalized, word_in, word_is, Kind, Lexicon, Table, Token};
use crate::segment::{Document, Segments, Span};

/// A time expression as token indices `first..end`, with the days it
/// denotes where the text and the publication date fix them, the rule that
/// read it, and the words it was tied to: the word that pointed it ahead of
/// publication ("will" in "the council will meet Friday"), or the earlier
/// time it was counted from ("the third quarter" for "a year earlier").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeExpr {
    pub first: usize,
    pub end: usize,
    pub resolved: Option<DayRange>,
    pub rule: TimeRule,
    pub tied_to: Option<Span>,
    /// How a time named from an earlier one is counted from it, which
    /// `find_times` resolves once it knows the times before it.
    counted: Option<Counted>,
}

/// How a time named from an earlier one is counted from it: the same unit
/// of it, or the one so many after or before it ("that same month", "the
/// following year", "the prior month"), or the weekday just after or before
/// it ("the previous Friday"), or its days in another year ("the
/// same period in 2019", "the same stretch last year"), or its very days
/// ("the latest period"), or the whole year it falls in ("the full year"),
/// or a day of the month it falls in ("on the 5th" after "In April").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counted {
    Units(Unit, i32),
    Weekday(u8, i32),
    InYear(i32),
    Same,
    WholeYear,
    DayOfMonth(u8),
}

/// A unit of calendar time that a time can be counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Unit {
    /// The most days one of this unit spans.
    fn longest_days(self) -> i64 {
        match self {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 31,
            Unit::Quarter => 92,
            Unit::Year => 366,
        }
    }
}

impl Counted {
    /// The days this counts from the `anchor`'s days.
    fn from(self, anchor: DayRange) -> Option<DayRange> {
        let (unit, shift) = match self {
            // A fiscal year is named by the year it ends in: "the same
            // period last year" after "fiscal 2023" is fiscal 2022.
            Counted::InYear(year) => return years_shifted(anchor, year - anchor.end.year()),
            // A period is longer than a day: "the latest period" after
            // "on Tuesday" is some stretch the words do not fix.
            Counted::Same => return (anchor.start != anchor.end).then_some(anchor),
            Counted::Weekday(weekday, shift) => return weekday_beside(anchor, weekday, shift),
            Counted::WholeYear => return whole_year_of(anchor),
            Counted::DayOfMonth(day) => return day_of_month_in(anchor, day),
            Counted::Units(unit, shift) => (unit, shift),
        };
        // "that same day" or "the following week" after "in October" is some
        // day or week of it, which the words do not say.
        if anchor.start.days_until(anchor.end) + 1 > unit.longest_days() {
            return None;
        }
        // A quarter that closed on another day than a calendar quarter's
        // ("the quarter ended July 31") is counted on in its own quarters.
        if unit == Unit::Quarter && three_months_ending(anchor.end) == Some(anchor) {
            return three_months_shifted(anchor.end, shift);
        }
        // Counted ahead from a time's last day, back or the same from its first.
        let day = if shift > 0 { anchor.end } else { anchor.start };
        match unit {
            Unit::Day => day.add_days(i64::from(shift)).map(single),
            Unit::Week => week_range(day, i64::from(shift)),
            Unit::Month => shifted_month(day, shift),
            Unit::Quarter => {
                let month = shifted_month(day, 3 * shift)?.start;
                quarter_range(month.year(), (month.month() - 1) / 3 + 1)
            }
            Unit::Year => year_range(day.year() + shift),
        }
    }
}
type TimeRead = Option<TimeExpr>;

impl TimeExpr {
    /// The time with the word at token `word`, if any, as what pointed it
    /// ahead of publication.
    fn pointed_ahead_by(self, word: Option<usize>) -> TimeExpr {
        TimeExpr {
            tied_to: word.map(|k| Span::new(k, k + 1)),
            ..self
        }
    }
}

/// A time expression that `rule` read at tokens `first..end`.
fn found(rule: TimeRule, first: usize, end: usize, resolved: Option<DayRange>) -> TimeRead {
    Some(TimeExpr {
        first,
        end,
        resolved,
        rule,
        tied_to: None,
        counted: None,
    })
}

/// Words other than month and day names that open a time expression.
static TRIGGERS: Lexicon = Lexicon::new(&[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "last",
    "this",
    "next",
    "past",
    "fiscal",
    "financial",
    "fy",
    "q",
    "h",
    "first",
    "second",
    "third",
    "fourth",
    "first-quarter",
    "second-quarter",
    "third-quarter",
    "fourth-quarter",
    "fiscal-first",
    "fiscal-second",
    "fiscal-third",
    "fiscal-fourth",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "weekend",
    "quarter",
    "year-earlier",
    "year-ago",
    "end",
    "start",
    "beginning",
    "middle",
    "half",
    "year",
    "day",
    "week",
    "month",
    "period",
    "stretch",
    "year's",
    "year’s",
    "year-end",
    "yearend",
    "now",
    "current",
]);

/// The first words of years said aloud, and the centuries they name:
/// "nineteen ninety-six".
static SPOKEN_CENTURIES: Table<i32> =
    Table::new(&[("eighteen", 18), ("nineteen", 19), ("twenty", 20)]);

/// Parts of a day: "Friday night" is still Friday, but "yesterday morning"
/// is a time of day.
static DAY_PARTS: Lexicon = Lexicon::new(&[
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "noon",
]);

/// Words before a date that make it vague or name a part of it: what
/// follows them is no time of its own ("the end of March" is the part's,
/// "late 1990" is read from "late", as the year that holds it).
static VAGUE_MODIFIERS: Lexicon = Lexicon::new(&[
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "beginning",
    "start",
    "middle",
]);

/// Nouns of a part of a period that a month may follow with "of": "the end
/// of September", "the start of March".
static PERIOD_PART_NOUNS: Lexicon = Lexicon::new(&["end", "start", "beginning", "middle"]);

/// Prepositions before a holiday that make it the time of its clause, so
/// that the clause's tense picks the one gone or to come: "gathered on
/// Good Friday", "will travel over Easter". After others the holiday only
/// bounds or names something ("the Saturday before Christmas", "exports of
/// Christmas trees"), and the closest one is meant.
static HOLIDAY_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "over", "at", "during", "for", "by", "until", "till", "through",
]);

/// Prepositions of time that mark a year written across two as a fiscal
/// year where the country's years are known: "in 2024-25", "by 2025-26".
static SPLIT_YEAR_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "in", "for", "by", "during", "until", "till", "since", "from", "through",
]);

/// Words before a month or a year, or joined to it, that say which part of
/// it is meant without bounding that part: "early March", "mid-April",
/// "late 1990", "early next year".
static PART_MODIFIERS: Lexicon = Lexicon::new(&["early", "mid", "late"]);

/// Prepositions before a capitalised word that do not make a number after
/// it part of a name: "in 1990" is a year, "Title 2000" is not.
static YEAR_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "in", "since", "by", "until", "of", "from", "through", "during", "before", "after", "for",
]);

/// Prepositions of time that make a number before 1900 a year: "in
/// 1898", "since 1865".
static HISTORICAL_YEAR_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "since", "until", "before", "after"]);

/// Words after which a four-digit number is a year even before a noun: "in
/// 1990 spending", "its 1988 recapitalization", "a 1996 law". Capitalised
/// at the start of a sentence they are still these words, not a name.
static YEAR_ANCHORS: Lexicon = Lexicon::new(&[
    "in", "since", "by", "until", "from", "through", "during", "before", "after", "of", "its",
    "the", "his", "her", "their", "our", "this", "that", "early", "mid", "a", "an",
]);

/// Words after a four-digit number that leave it a year rather than a count
/// of what follows: "2020 election", "1990 and 1991", but "2000 people".
static YEAR_FOLLOWERS: Lexicon = Lexicon::new(&[
    "and",
    "or",
    "to",
    "as",
    "when",
    "because",
    "after",
    "before",
    "that",
    "but",
    "with",
    "for",
    "in",
    "on",
    "at",
    "was",
    "is",
    "were",
    "the",
    "a",
    "election",
    "elections",
    "season",
    "budget",
    "census",
    "levels",
    "level",
    "figures",
    "report",
    "campaign",
]);

/// Nouns of events and reports that a year and a name before them date
/// together: "a 2015 Gallup survey", "his 2012 Senate campaign", "1990
/// BellSouth earnings". A name alone after a year may be a model ("his 1987
/// Chevrolet", "a 2012 Ford Focus"), but a model is no survey or campaign.
static DATED_NOUNS: Lexicon = Lexicon::new(&[
    "survey",
    "poll",
    "study",
    "report",
    "campaign",
    "race",
    "election",
    "primary",
    "victory",
    "defeat",
    "hearing",
    "earnings",
    "convention",
    "nomination",
    "bombing",
    "attack",
    "attacks",
    "debate",
    "budget",
    "law",
    "ruling",
    "decision",
    "speech",
    "summit",
    "census",
    "season",
]);

/// Words that may follow a time that names no thing: "by year-end and
/// beyond", "at year-end, the bank", but not "year-end bonuses".
static TIME_FOLLOWERS: Lexicon = Lexicon::new(&[
    "and", "or", "but", "when", "as", "to", "in", "on", "at", "for", "of", "with", "from", "the",
    "a", "an", "that", "was", "is", "were", "will", "would", "if", "after", "before", "than",
]);

/// Prepositions after which "the" and an ordinal alone name a day of the
/// month: "on the 5th", "by the 20th", "from the 1st".
static ORDINAL_DAY_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "by", "from", "until", "till", "since", "before", "after",
]);

/// Words of a round of golf, in whose report "on the 17th" is a hole, not
/// a day: "dropped a shot on the 17th", "a birdie on the 18th".
static COURSE_WORDS: Lexicon = Lexicon::new(&[
    "hole", "holes", "birdie", "birdied", "bogey", "bogeyed", "putt", "fairway", "tee",
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

/// Words that put a clause in the future, so a bare weekday or month looks
/// forward: "the council will meet Friday", "a vote is expected in June".
static FUTURE_WORDS: Lexicon = Lexicon::new(&[
    "due",
    "poised",
    "would",
    "planned",
    "planning",
    "plan",
    "plans",
    "supposed",
    "set",
    "going",
    "gonna",
    "slated",
    "will",
    "shall",
    "next",
    "scheduled",
    "upcoming",
    "coming",
    "expected",
    "expects",
    "'ll",
]);

/// Modal verbs, which put what they govern after the moment they are said
/// in: "the Senate might vote on Tuesday", "the board may decide in
/// November"; a perfect after one looks back ("may have closed on
/// Tuesday"). "Could" is left out: it is as often the past of "can"
/// ("the grandparents could not be located Wednesday").
static MODALS: Lexicon = Lexicon::new(&["may", "might", "should", "must", "can"]);

/// Words before a time that end a range running from publication: "the
/// store stays open through Sunday", unless its clause is in the past.
static RANGE_ENDS: Lexicon = Lexicon::new(&["until", "through", "till", "thru"]);

/// Units of the calendar longer than a week that "next" names a time by:
/// "next month", "next quarter", "next year".
static UNITS_LONGER_THAN_A_WEEK: Lexicon = Lexicon::new(&["month", "quarter", "year"]);

/// Words that look ahead only before "to": "the vote is set to take place
/// Friday", but "the mayor set aside Friday".
static FUTURE_BEFORE_TO: Lexicon = Lexicon::new(&[
    "set", "supposed", "going", "plan", "plans", "planning", "poised",
]);

/// Verbs of a scheduled event, which in the present tell news of what is
/// to come: "the council meets Monday", "the museum reopens in March",
/// "the two leaders reconvene Monday", "the ban takes effect Friday", "the
/// minister leaves for Paris Tuesday". Forms that are as often nouns
/// before a day ("a vote Tuesday", "the talks Monday", "the track meet
/// Saturday") are left out.
static SCHEDULED_VERBS: Lexicon = Lexicon::new(&[
    "meets",
    "convene",
    "convenes",
    "reconvene",
    "reconvenes",
    "resume",
    "resumes",
    "reopen",
    "reopens",
    "opens",
    "begins",
    "arrives",
    "departs",
    "expires",
    "testify",
    "testifies",
    "flies",
    "takes",
    "starts",
    "ends",
    "closes",
    "leaves",
    "heads",
    "returns",
    "travels",
    "visits",
]);

/// Words before a verb of a scheduled event that make it no present of
/// its own: "failed to meet Monday", "did not meet Friday". After a modal
/// the modal is what looks ahead ("would reopen in May").
static NOT_SCHEDULING: Lexicon = Lexicon::new(&["to", "not", "n't", "did", "didn't", "never"]);

/// Verbs of intent in the present, which look ahead before "to": "the
/// union hopes to strike on Monday", "officials aim to finish the road in
/// May". In the past ("hoped to sign it Friday") the intent may have met
/// its day already, so they are left out.
static INTENT_VERBS: Lexicon = Lexicon::new(&[
    "hope",
    "hopes",
    "hoping",
    "aim",
    "aims",
    "aiming",
    "intend",
    "intends",
    "intending",
    "seek",
    "seeks",
    "seeking",
    "want",
    "wants",
    "promise",
    "promises",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "prepare",
    "prepares",
    "preparing",
]);

/// Verbs of putting off or of granting time, which move what they put off
/// or grant to the end of the range after them: "the board postponed the
/// vote until Tuesday", "the court gave the company until March".
static DEFERRING_VERBS: Lexicon = Lexicon::new(&[
    "gave",
    "given",
    "granted",
    "postponed",
    "extended",
    "delayed",
    "deferred",
    "adjourned",
    "suspended",
    "rescheduled",
]);

/// Words before a weekday or month that make it recur rather than name one
/// day or month: "Orangemen march each July", "the flight leaves every
/// Thursday".
static RECURRING: Lexicon = Lexicon::new(&["each", "every"]);

/// Words that open a relative clause right after a noun, which then picks
/// out one of its kind: "the last day I took off", "the last year that
/// he played".
static RELATIVE_CLAUSE_OPENERS: Lexicon = Lexicon::new(&[
    "i", "we", "you", "he", "she", "they", "it", "that", "when", "which", "where",
]);

/// Prepositions that make a span up to publication an adverbial of time:
/// "in the last year", "over the past two weeks".
static SPAN_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "over", "during", "for", "within", "throughout"]);

/// Words that say how soon a time comes: "as soon as Tuesday", "as early
/// as March".
static SOON_WORDS: Lexicon = Lexicon::new(&["soon", "early"]);

/// Words that make a period the last one reported: "the latest quarter",
/// "the most recent period".
static LATEST_WORDS: Lexicon = Lexicon::new(&["latest", "recent", "past", "just-ended"]);

/// Words that make a time the same as one told before, or its days in
/// another year: "the same month", "the corresponding period last year",
/// "the comparable quarter in 2019".
static SAME_WORDS: Lexicon = Lexicon::new(&["same", "corresponding", "comparable"]);

/// Periods that "a year ago" or "a year earlier" just after them dates a
/// year back: "the quarter a year ago", "the same month a year earlier".
static YEAR_BACK_PERIODS: Lexicon = Lexicon::new(&["quarter", "period", "month", "week"]);

/// Words that tie a period to the day it closes on: "the quarter ended
/// Sept. 30", "the fiscal year ending June 30".
static PERIOD_CLOSERS: Lexicon = Lexicon::new(&["ended", "ending"]);

/// Which way a clause points its time from publication: ahead, by a word
/// that looks forward ("will"), or back, by a verb in the past ("marched").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Future,
    Past,
}

fn range(start: Day, end: Day) -> DayRange {
    DayRange { start, end }
}

fn single(day: Day) -> DayRange {
    range(day, day)
}

fn month_range(year: i32, month: u8) -> Option<DayRange> {
    Day::month_range(year, month).map(|(a, b)| range(a, b))
}

fn year_range(year: i32) -> Option<DayRange> {
    Some(range(Day::new(year, 1, 1)?, Day::new(year, 12, 31)?))
}

/// The Monday–Sunday week holding `day`, shifted by `weeks`.
fn week_range(day: Day, weeks: i64) -> Option<DayRange> {
    let monday = day.add_days(-i64::from(day.weekday_from_monday()) + 7 * weeks)?;
    Some(range(monday, monday.add_days(6)?))
}

/// The week, weekend, month or year `shift` units from the one that holds
/// `day`.
fn relative_unit(day: Day, unit: &str, shift: i64) -> Option<DayRange> {
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
fn weekday_beside(days: DayRange, weekday: u8, shift: i32) -> Option<DayRange> {
    if days.start != days.end {
        return None;
    }
    let from = i64::from(days.start.weekday_from_monday());
    let apart = (i64::from(shift) * (i64::from(weekday) - from)).rem_euclid(7);
    let apart = if apart == 0 { 7 } else { apart };
    days.start.add_days(i64::from(shift) * apart).map(single)
}

/// The month `months` away from the month holding `day`.
fn shifted_month(day: Day, months: i32) -> Option<DayRange> {
    let index = day.year() * 12 + i32::from(day.month()) - 1 + months;
    month_range(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

/// The day `months` months before `day`, on the same day of the month or
/// that month's last day: March 31 less one month is February 29 in 2024.
fn same_day_months_before(day: Day, months: i32) -> Option<Day> {
    let month = shifted_month(day, -months)?;
    month
        .start
        .add_days(i64::from(day.day().min(month.end.day())) - 1)
}

/// The same days `years` years later (earlier when negative); February 29
/// becomes the 28th.
fn years_shifted(days: DayRange, years: i32) -> Option<DayRange> {
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
fn whole_year_of(days: DayRange) -> Option<DayRange> {
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
fn year_before(days: DayRange) -> Option<DayRange> {
    years_shifted(days, -1)
}

/// The day of the year a fiscal year ends on, as an article states it
/// ("fiscal years ending June 30").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FiscalYearEnd {
    month: u8,
    day: u8,
}

/// How a fiscal year is named: "fiscal 2024", "FY24" or "the 2024 fiscal
/// year" (`Named`), which in US news is the federal year when nothing
/// says otherwise; "financial year 2024" (`Financial`), said where the
/// year is not the US's; or across two years, "2023-24" (`Split`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FiscalForm {
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

/// A unit of time written `word` (lower-cased, without its plural's "s")
/// and `amount` of it, with a fortnight counted as two weeks: "a
/// fortnight ago" is "two weeks ago".
fn in_weeks_for_fortnights(word: &str, amount: i64) -> (String, i64) {
    let lower = word.to_ascii_lowercase();
    let unit = lower.trim_end_matches('s');
    match unit {
        "fortnight" => ("week".to_string(), 2 * amount),
        _ => (unit.to_string(), amount),
    }
}

/// Part `index` (from 1) of `year`, each part `months` long: the second
/// quarter of a year from July is October to December. A year that does
/// not start on a month's first day has no such parts.
fn part_of_year(year: DayRange, index: u8, months: i32) -> Option<DayRange> {
    if year.start.day() != 1 {
        return None;
    }
    let skipped = months * (i32::from(index) - 1);
    let first = shifted_month(year.start, skipped)?;
    let last = shifted_month(year.start, skipped + months - 1)?;
    Some(range(first.start, last.end))
}

/// The ten years from `first_year`: "the 1990s".
fn decade_range(first_year: i32) -> Option<DayRange> {
    let (first, last) = (year_range(first_year)?, year_range(first_year + 9)?);
    Some(range(first.start, last.end))
}

/// The hundred years of the `century`th century as news counts them: "the
/// 20th century" is 1900 to 1999.
fn century_range(century: i32) -> Option<DayRange> {
    let (first, last) = (
        year_range((century - 1) * 100)?,
        year_range(century * 100 - 1)?,
    );
    Some(range(first.start, last.end))
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

fn quarter_range(year: i32, quarter: u8) -> Option<DayRange> {
    let first = (quarter - 1) * 3 + 1;
    Some(range(
        Day::new(year, first, 1)?,
        Day::month_range(year, first + 2)?.1,
    ))
}

/// The three months that end on `day`: "the quarter ended Sept. 30" is
/// July 1 to September 30, "the quarter ended Aug. 26" May 27 to August 26.
fn three_months_ending(day: Day) -> Option<DayRange> {
    let start = if shifted_month(day, 0)?.end == day {
        shifted_month(day, -2)?.start
    } else {
        same_day_months_before(day, 3)?.add_days(1)?
    };
    Some(range(start, day))
}

/// Whether `days` are a whole month, its first day to its last.
fn is_whole_month(days: DayRange) -> bool {
    days.start.day() == 1 && shifted_month(days.start, 0).is_some_and(|m| m.end == days.end)
}

/// The three months `quarters` quarters after (before, when negative)
/// the three months that end on `end`, ending on the same day of a month
/// or, for a month's last day, on that month's last day.
fn three_months_shifted(end: Day, quarters: i32) -> Option<DayRange> {
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
fn part_of(days: DayRange, part: &str) -> Option<DayRange> {
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

/// The year of a bare `month` after the word `prev`, published on
/// `published`: the publication year's after "this"; when its clause looks
/// ahead (`next`), the next such month, which "a vote is expected in March",
/// said in March, is this March, and "next March" a year on; else the
/// latest, which "last June", said in June, is a year back.
fn bare_month_year(published: Day, month: u8, prev: &str, next: bool) -> i32 {
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
fn month_closer_ahead(published: Day, month: u8) -> bool {
    let ahead = (i32::from(month) - i32::from(published.month())).rem_euclid(12);
    ahead > 0 && 2 * ahead < 12 - ahead
}

/// The year that puts `month`/`day` closest to `published`, preferring the past.
fn closest_year(published: Day, month: u8, day: u8) -> Option<Day> {
    closest_of_years(published, |year| Day::new(year, month, day))
}

/// Day `day` of the month that `days` lies within, if they lie within one.
fn day_of_month_in(days: DayRange, day: u8) -> Option<DayRange> {
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
fn nearest_day_of_month(published: Day, day: u8, tense: Option<Tense>) -> Option<Day> {
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

/// Of the days `day_in` gives for the years around `published`, the
/// closest to it, preferring the past.
fn closest_of_years(published: Day, day_in: impl Fn(i32) -> Option<Day>) -> Option<Day> {
    let year = published.year();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(day_in)
        .min_by_key(|d| past_leaning_distance(published, *d))
}

/// Of the days `day_in` gives for the years around `published`, the
/// nearest to it, ahead or behind alike.
fn nearest_of_years(published: Day, day_in: impl Fn(i32) -> Option<Day>) -> Option<Day> {
    let year = published.year();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(day_in)
        .min_by_key(|d| published.days_until(*d).abs())
}

fn parse_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// The first year of a decade written as one word, "1990s" (in
/// "mid-1990s").
fn decade_written(word: &str) -> Option<i32> {
    word.strip_suffix('s')
        .and_then(parse_year)
        .filter(|year| year % 10 == 0)
}

fn parse_day(word: &str) -> Option<u8> {
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// How many tokens a day written before its month may stand back from it:
/// "14 May", "14th May", "14th of May".
const DAY_FIRST_REACH: usize = 3;

/// How many words before a weekday or weekend may say which way it points:
/// a weekday sits close to its verb ("will meet Bush on Thursday").
const WEEKDAY_REACH: usize = 5;

/// How many words before a day of the month, or its "on", "will" or a
/// verb of a scheduled event may point it ahead: "will be held on Nov. 16".
const DAY_VERB_REACH: usize = 3;

/// How many words before a bare month a past verb may point it back.
const MONTH_REACH: usize = 12;

/// How many words before a time that ends a range a verb in the perfect
/// may say the range has run: "the states that have held caucuses or
/// primaries through Tuesday".
const PERFECT_REACH: usize = 8;

/// Marks of punctuation that end a clause.
const CLAUSE_MARKS: &[&str] = &[",", ";", ":", "(", ")", "—", "–"];

/// How many words may stand before a time for it still to open its
/// sentence: "Until Thursday", "And until Thursday", "But up until Thursday".
const OPENING_REACH: usize = 3;

/// How many words after a time in a clause's subject its verb may come:
/// "sales in January rose", "output in March at the plant fell".
const SUBJECT_TAIL: usize = 4;

/// How many words before a bare weekday a future auxiliary may point it
/// ahead, when no nearer word sets a tense.
const AUXILIARY_REACH: usize = 10;

/// Auxiliaries and verbs of planning that put what follows them, and a
/// weekday after it, in the future, across a long object: "would be
/// traveling to the United States Thursday", "planned a large march in
/// Little Havana on Saturday". Words that look ahead only as adjectives
/// ("the next", "upcoming") say nothing of a verb further on.
static FAR_FUTURE_WORDS: Lexicon = Lexicon::new(&[
    "will",
    "would",
    "shall",
    "'ll",
    "planned",
    "planning",
    "plan",
    "plans",
    "scheduled",
    "slated",
    "expected",
    "expects",
    "set",
    "due",
    "poised",
    "going",
    "supposed",
]);

/// A decade as written: with its century, by its first year ("the
/// 1990s"), or without it, by its tens ("the nineties", "the '90s"),
/// which publication gives a century.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decade {
    Of(i32),
    InCentury(i32),
}

/// The first year of the latest decade with these `tens` begun by
/// `published`: "the nineties" said in 1998 are the 1990s, and so are
/// they said in 2023.
fn latest_decade(published: Day, tens: i32) -> i32 {
    let year = published.year() / 100 * 100 + tens;
    if year > published.year() {
        year - 100
    } else {
        year
    }
}

/// Words of a sentence that talks of temperatures, where "the nineties"
/// are degrees, not a decade.
static TEMPERATURE_WORDS: Lexicon = Lexicon::new(&[
    "temperature",
    "temperatures",
    "degrees",
    "highs",
    "lows",
    "heat",
    "thermometer",
    "fahrenheit",
    "celsius",
]);

/// The order of day and month in a date written with slashes: "12/27/2023"
/// in the US press, "27/12/2023" in most other places.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SlashOrder {
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

/// A reader over one sentence's tokens.
struct Reader<'a> {
    doc: Document<'a>,
    published: Option<Day>,
    /// The end of the fiscal year the article states, if it states one.
    fiscal_end: Option<FiscalYearEnd>,
    /// The country's fiscal year its datelines name, if they name one.
    fiscal_home: Option<FiscalHome>,
    /// The order the article writes dates with slashes in, if one shows it.
    slash_order: Option<SlashOrder>,
}

impl Reader<'_> {
    fn prev(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.doc.word(p))
    }

    fn is(&self, i: usize, expected: &str) -> bool {
        word_is(self.doc.word(i), expected)
    }

    /// The word at `k` as a verb of tense reads it: "will" for a pronoun
    /// or name joined to its contracted "will" ("she'll", "Trump’ll") and
    /// for "won't", so that "She'll speak Tuesday" and "She won't attend
    /// Tuesday" look ahead as "She will speak Tuesday" does; else the word
    /// itself.
    fn verb_word(&self, k: usize) -> &str {
        let word = self.doc.word(k);
        let contracted = ["'ll", "’ll"].iter().any(|ll| {
            let cut = word.len().wrapping_sub(ll.len());
            word.len() > ll.len()
                && word.is_char_boundary(cut)
                && word[cut..].eq_ignore_ascii_case(ll)
        });
        let wont = word_in(word, &["won't", "won’t"])
            || word_is(word, "wo") && word_in(self.doc.word(k + 1), &["n't", "n’t"]);
        if contracted || wont {
            "will"
        } else {
            word
        }
    }

    fn number(&self, i: usize) -> Option<&str> {
        self.doc
            .tokens
            .get(i)
            .filter(|t| t.kind == Kind::Number && i < self.doc.end)
            .map(|t| t.text(self.doc.text))
    }

    /// The count of time units written at token `k`, in digits ("10 days
    /// ago") or in words ("the past two weeks"), from one to a hundred, as
    /// spans and times ago are counted in news.
    fn count_at(&self, k: usize) -> Option<i32> {
        let count = match self.number(k) {
            Some(digits) => digits.parse().ok(),
            None => crate::grammar::number_word(&self.doc.word(k).to_ascii_lowercase())
                .map(|v| v as i32),
        };
        count.filter(|n| (1..=100).contains(n))
    }

    /// The tense the word at `k` sets for a time after it (`before_time`)
    /// or, for a time that opens its sentence, before it. A word that looks
    /// ahead ("will", "expected") sets the future, unless a comparison makes
    /// it what was looked for ("rose more than expected", "as planned"); but
    /// after the time, one in the past is its clause's own verb ("On Friday,
    /// the government planned to pay"), not what it points ahead. Before
    /// the time, "as soon as" points it ahead.
    fn tense_at(&self, k: usize, before_time: bool) -> Option<Tense> {
        let (word, before) = (self.verb_word(k), self.prev(k));
        if self.next_of_a_time(k) {
            return None;
        }
        // A modal after the time is most often in another clause ("Earlier
        // Tuesday, his manager says the candidate can still win").
        if let Some(tense) = self.modal_tense(k).filter(|_| before_time) {
            return Some(tense);
        }
        let past = is_past_tense(word, before);
        // A passive infinitive tells of what is yet to be done: "guidelines
        // to be published in November".
        let infinitive =
            word_is(before, "be") && is_past_tense(word, "") && self.is(k.wrapping_sub(2), "to");
        let scheduled = (SCHEDULED_VERBS.contains(word) || self.meet_of_a_plural_subject(k))
            && !is_determiner(before)
            && !NOT_SCHEDULING.contains(before)
            && !crate::grammar::MODAL_VERBS.contains(before);
        let looks_ahead = infinitive
            || self.is_to_come(k)
            || scheduled
            || INTENT_VERBS.contains(word) && self.is(k + 1, "to")
            || FUTURE_WORDS.contains(word)
                && !self.compared_with_forecast(k)
                && !self.future_word_of_no_verb(k, before_time)
                && (!FUTURE_BEFORE_TO.contains(word) || self.is(k + 1, "to") || self.set_for(k));
        let soon = SOON_WORDS.contains(word) && word_is(before, "as") && self.is(k + 1, "as");
        if before_time && (looks_ahead || soon) {
            Some(Tense::Future)
        } else if past {
            Some(Tense::Past)
        } else {
            looks_ahead.then_some(Tense::Future)
        }
    }

    /// Whether the word of the future at `k` tells nothing of the verb of
    /// a time's clause: after the time (`before_time` false), one after a
    /// determiner names a noun's place in a series ("On Monday night, in a
    /// bid to sway the next debate, the senator told a rally ..." is the
    /// Monday gone); and one "coming off" a debate has had it ("is coming
    /// off a strong debate Tuesday night").
    fn future_word_of_no_verb(&self, k: usize, before_time: bool) -> bool {
        let adjective = !before_time && is_determiner(self.prev(k));
        adjective || self.is(k, "coming") && self.is(k + 1, "off")
    }

    /// Whether "set" at `k` is "set for" after a form of "be", which tells
    /// of a thing scheduled as "set to" does: "The trial is set for
    /// November". "set" alone is as often a past ("set a record in March").
    fn set_for(&self, k: usize) -> bool {
        self.is(k, "set") && self.is(k + 1, "for") && word_in(self.prev(k), BE_FORMS)
    }

    /// Whether "next" at `k` opens a time of its own longer than a week
    /// ("next year", "next month"), which points only that time ahead, not
    /// a weekday in its clause: in "Jane Roe, the party's leader next year,
    /// wouldn't say Tuesday how it would vote" Tuesday is the one gone.
    /// "next week" still points a weekday with it ahead ("faces voters
    /// next week in the Tuesday contests").
    fn next_of_a_time(&self, k: usize) -> bool {
        let after = without_possessive(self.doc.word(k + 1));
        word_is(self.doc.word(k), "next") && UNITS_LONGER_THAN_A_WEEK.contains(after)
    }

    /// Whether the word that looks ahead at `k` is a forecast or plan that
    /// what happened is compared with: "rose more than expected", "began as
    /// planned", also with an adverb of when it was looked for ("as
    /// previously planned", "than initially expected"), which says nothing
    /// of the time of its clause.
    fn compared_with_forecast(&self, k: usize) -> bool {
        let before = self.prev(k);
        let adverb = k > self.doc.first && before.len() > 4 && before.ends_with("ly");
        let at = if adverb { k - 1 } else { k };
        word_in(self.prev(at), &["than", "as"])
    }

    /// Whether "meet" at `k` is the verb of a plural subject, which tells of
    /// a meeting to come as "meets" does: after "they" or "we", or after
    /// joined names ("He and Yasser Arafat meet separately Monday", "Bush and
    /// Gorbachev meet in Malta"). After a noun it is as often the noun
    /// ("the track meet Saturday"), so it is left out there.
    fn meet_of_a_plural_subject(&self, k: usize) -> bool {
        let before = self.prev(k);
        let pronoun = word_in(before, &["they", "we"]);
        let joined_name = k >= self.doc.first + 2
            && is_capitalized(before)
            && (k.saturating_sub(JOINED_NAME_REACH).max(self.doc.first)..k - 1)
                .any(|j| self.is(j, "and"));
        word_is(self.doc.word(k), "meet") && (pronoun || joined_name)
    }

    /// Whether "to" at `k` is "is to" or "are to" before a verb, which
    /// tells of what is arranged to happen: "trading is to resume in Paris
    /// Tuesday", "the two leaders are to meet in May". A name, a
    /// determiner or "blame" after it is no verb to come ("the trip is to
    /// Paris", "the weather is to blame").
    fn is_to_come(&self, k: usize) -> bool {
        let next = self.doc.word(k + 1);
        let verb_after = self.doc.is_word(k + 1)
            && k + 1 < self.doc.end
            && !is_capitalized(next)
            && !is_determiner(next)
            && !word_is(next, "blame");
        self.is(k, "to") && word_in(self.prev(k), &["is", "are"]) && verb_after
    }

    /// The tense a modal verb at `k` sets: ahead, or back before a perfect
    /// ("may have seen"); none for a capitalised "May", which is the month.
    fn modal_tense(&self, k: usize) -> Option<Tense> {
        let word = self.doc.word(k);
        let forecast = word_is(word, "could") && CHANGE_VERB_BASES.contains(self.doc.word(k + 1));
        if !(MODALS.contains(word) || forecast) || is_capitalized(word) {
            return None;
        }
        let perfect = word_in(self.doc.word(k + 1), &["have", "'ve", "’ve"]);
        Some(if perfect { Tense::Past } else { Tense::Future })
    }

    /// Whether the word at `k` ends a range that starts at publication: "the
    /// store stays open through Sunday", but not one whose start is named
    /// before it, "sales this year through August", "from June until March".
    fn ends_range_from_now(&self, k: usize) -> bool {
        let start = self.prev(k);
        let named_start = word_in(start, &["year", "month", "week", "date"])
            || month_number(start).is_some()
            || weekday_number(start).is_some()
            || (k > self.doc.first && self.number(k - 1).is_some());
        RANGE_ENDS.contains(self.doc.word(k)) && !named_start
    }

    /// Which way the clause of the time at tokens `first..end` points it,
    /// and the word that says so: for a time that opens its sentence, the
    /// first word after it that sets a tense ("This weekend, protesters
    /// marched"); else the nearest one back to `floor`. "since" always
    /// points back, whatever the clause. "until" and "through" end a range
    /// that runs ahead ("the bridge stays closed through Sunday") unless the
    /// clause is in the past ("crews worked through the weekend"), where
    /// only a verb of putting off still points ahead ("postponed until
    /// Tuesday").
    fn tense_of(&self, first: usize, end: usize, floor: usize) -> Option<(Tense, usize)> {
        if word_is(self.prev(first), "since") {
            return None;
        }
        let last = self.doc.word(end - 1);
        let possessive = without_possessive(last).len() < last.len();
        // A time that owns a noun may be its clause's subject ("Monday's
        // vote will decide it"), and the verb after it tells of the noun;
        // after an opening "until" it is not ("Until Monday's announcement,
        // shares were flat"), and the clause after it gives the tense.
        let owned_after_range_end = possessive && RANGE_ENDS.contains(self.prev(first));
        let opens_sentence =
            first <= self.sentence_opening() + 1 && (!possessive || owned_after_range_end);
        let after = (end..self.doc.end)
            .take_while(|_| opens_sentence)
            .find_map(|k| self.tense_at(k, false).map(|tense| (tense, k)));
        if after.is_some() {
            return after;
        }
        let mut range_end = None;
        for k in (floor.max(self.doc.first)..first).rev() {
            if range_end.is_none() && self.ends_range_from_now(k) {
                range_end = Some(k);
            } else if let Some(at) =
                range_end.filter(|_| DEFERRING_VERBS.contains(self.doc.word(k)))
            {
                // Put off in any form, "postponed", "was postponed" or "has
                // extended", what is put off runs ahead.
                return Some((Tense::Future, at));
            } else if let Some(tense) = self.tense_at(k, true) {
                return Some((tense, k));
            }
        }
        // What ran until a day in the perfect ran until one gone: "the
        // towns that have voted through Tuesday".
        let tense = if self.perfect_near(first, end, floor) {
            Tense::Past
        } else {
            Tense::Future
        };
        range_end.map(|at| (tense, at))
    }

    /// The token a sentence's own words open at, past an opening "And" or
    /// "But" that joins it to the one before: in "And in January, one of
    /// them will be leading the country" the time opens the sentence, and
    /// the verb after it gives its tense.
    fn sentence_opening(&self) -> usize {
        let first = self.doc.first;
        first + usize::from(word_in(self.doc.word(first), &["and", "but"]))
    }

    /// Whether a verb in the perfect stands in the clause of the time at
    /// `first..end`: in the words before it, back to `floor` or at least
    /// `PERFECT_REACH` words, up to a comma or another mark that ends a
    /// clause ("the states that have held caucuses or primaries through
    /// Tuesday") or, for a time that opens its sentence, in the few words
    /// after it ("And until Thursday, the mayor had refused to name a
    /// successor"); after a time within a sentence the words are another
    /// clause's ("open through Sunday, which has been the plan"). One
    /// before the time that governs an infinitive is the infinitive's,
    /// which may look ahead ("has promised to keep the bridge open through
    /// Sunday").
    fn perfect_near(&self, first: usize, end: usize, floor: usize) -> bool {
        let perfect_at = |k: usize| {
            word_in(self.doc.word(k), HAVE_FORMS)
                && (k + 1..(k + 3).min(self.doc.end)).any(|p| {
                    let word = self.doc.word(p);
                    is_past_tense(word, "") || word_is(word, "been")
                })
        };
        let floor = floor
            .min(first.saturating_sub(PERFECT_REACH))
            .max(self.doc.first);
        let before = (floor..first)
            .rev()
            .take_while(|&k| !word_in(self.doc.word(k), CLAUSE_MARKS))
            .any(|k| perfect_at(k) && !(k..first).any(|j| self.is(j, "to")));
        let opens_sentence = first <= self.doc.first + OPENING_REACH;
        let after =
            opens_sentence && (end..(end + SUBJECT_TAIL + 2).min(self.doc.end)).any(perfect_at);
        before || after
    }

    /// The word that points the time at tokens `first..end` ahead of
    /// publication, if its clause does (see `tense_of`).
    fn ahead_by(&self, first: usize, end: usize, floor: usize) -> Option<usize> {
        self.tense_of(first, end, floor)
            .and_then(|(tense, k)| (tense == Tense::Future).then_some(k))
    }

    /// The day `month`/`day` nearest to publication.
    fn month_day(&self, month: u8, day: u8) -> Option<DayRange> {
        closest_year(self.published?, month, day).map(single)
    }

    /// The weekday just before a date that opens at token `i`, with a
    /// comma or without ("Friday, Oct. 13", "Tuesday 28 May"), and the
    /// token the date's words then open at.
    fn weekday_before(&self, i: usize) -> (Option<u8>, usize) {
        let at = if self.prev(i) == "," { i - 1 } else { i };
        match weekday_number(self.prev(at)).filter(|_| at > self.doc.first) {
            Some(weekday) => (Some(weekday), at - 1),
            None => (None, i),
        }
    }

    /// "Oct. 13" or "13 October", written from token `i`, with the weekday
    /// just before it if there is one ("Friday Oct. 13", "Sunday, March 4",
    /// "Tuesday 28 May"): the weekday picks, of the years around
    /// publication, the nearest in which the day falls on it; without one,
    /// or with none that fits, the day is the nearest.
    fn dated_by_weekday_before(&self, i: usize, month: u8, day: u8) -> TimeRead {
        let (weekday, first) = self.weekday_before(i);
        let on_weekday = weekday.and_then(|weekday| {
            closest_of_years(self.published?, |year| {
                Day::new(year, month, day).filter(|d| d.weekday_from_monday() == weekday)
            })
        });
        let resolved = on_weekday
            .map(single)
            .or_else(|| self.month_day_after_verb(i, month, day));
        found(TimeRule::CalendarDate, first, i + 2, resolved)
    }

    /// The day `month`/`day` at token `i` nearest to publication, or the
    /// latest on or before it when a verb in the past dates it, just
    /// before it or before its "on": "In the fiscal year ended Jan. 31"
    /// (published in October) is the January gone, "the deal was signed on
    /// Dec. 5" a day done. A verb of putting off moves a day ahead ("the
    /// offer was extended to Nov. 16"), so it does not count. "will" or a
    /// verb of a scheduled event close before it makes it the next such day
    /// ("the election will be held on Nov. 16", see `future_verb_before`).
    /// A day written first has "the" before it ("was held on the 14th of
    /// May"), which stands between it and its "on".
    fn month_day_after_verb(&self, i: usize, month: u8, day: u8) -> Option<DayRange> {
        let published = self.published?;
        let at = i - usize::from(i > self.doc.first && word_is(self.prev(i), "the"));
        let verb_at = if word_is(self.prev(at), "on") {
            at - 1
        } else {
            at
        };
        let preposition = word_in(self.prev(at), &["on", "from", "by"]);
        let date_at = at - usize::from(preposition);
        let tense = self.day_tense(verb_at, date_at, i + 2);
        let day_in = |year| {
            Day::new(year, month, day).filter(|d| match tense {
                Some(Tense::Past) => published.days_until(*d) <= 0,
                Some(Tense::Future) => published.days_until(*d) >= 0,
                _ => true,
            })
        };
        if tense.is_none() && self.would_before(date_at) {
            return nearest_of_years(published, day_in).map(single);
        }
        closest_of_years(published, day_in).map(single)
    }

    /// Whether "would" is the nearest word that sets a tense in the few
    /// words before a day of the month at token `at` (or its "on"): "the
    /// airline said the flights would run from August 6". It tells of what
    /// was yet to come from some moment, which may lie before publication
    /// ("officials had said the bridge would reopen on Jan. 5"), so the day
    /// is the nearest either way, with no lean to the past or the future.
    /// "would have" looks back and is no such word.
    fn would_before(&self, at: usize) -> bool {
        let floor = at.saturating_sub(DAY_VERB_REACH).max(self.doc.first);
        let nearest = (floor..at)
            .rev()
            .take_while(|&k| self.doc.is_word(k))
            .find(|&k| self.tense_at(k, true).is_some());
        nearest.is_some_and(|k| {
            self.is(k, "would") && !word_in(self.doc.word(k + 1), &["have", "'ve", "’ve"])
        })
    }

    /// The tense that dates a day of the month written at `date_at` (its
    /// preposition, if any) to `end`: past after a verb in the past just
    /// before `verb_at` ("the deal was signed on Dec. 5"), future after
    /// "will" or a verb of a scheduled event close before it, else the
    /// tense its clause opens with, if that tells.
    fn day_tense(&self, verb_at: usize, date_at: usize, end: usize) -> Option<Tense> {
        let (verb, before) = (self.prev(verb_at), self.prev(verb_at.saturating_sub(1)));
        let passive = word_in(before, &["was", "were"]) && verb.ends_with("ed");
        let past = verb_at > self.doc.first
            && (is_past_tense(verb, before) || passive)
            && !DEFERRING_VERBS.contains(verb);
        if past {
            Some(Tense::Past)
        } else if self.future_verb_before(date_at) {
            Some(Tense::Future)
        } else {
            self.opening_tense(verb_at, end)
        }
    }

    /// "on the 5th", "by the 20th": a day of the month said by its ordinal
    /// alone at token `i` (`day`), as British and Commonwealth papers write
    /// it, after a preposition of a day (`ORDINAL_DAY_PREPOSITIONS`). Its
    /// month is fixed once the times before it are known (see
    /// `day_of_month_told`). An ordinal before a noun counts that noun
    /// ("on the 5th floor", "on the 50th anniversary"), and in a report of
    /// golf it is a hole ("a bogey on the 17th").
    fn read_ordinal_day(&self, i: usize, day: u8) -> TimeRead {
        let ending = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && word_in(self.doc.word(i + 1), &["st", "nd", "rd", "th"]);
        let the_at = i.checked_sub(1).filter(|&k| k > self.doc.first)?;
        let alone = ending
            && self.is(the_at, "the")
            && ORDINAL_DAY_PREPOSITIONS.contains(self.prev(the_at))
            && self.month_after_day(i).is_none()
            && !self.thing_named_at(i + 2)
            && !(self.doc.first..self.doc.end).any(|k| COURSE_WORDS.contains(self.doc.word(k)));
        if !alone {
            return None;
        }
        let time = found(TimeRule::CalendarDate, the_at, i + 2, None)?;
        Some(TimeExpr {
            counted: Some(Counted::DayOfMonth(day)),
            ..time
        })
    }

    /// Whether "will" or a verb of a scheduled event in the present stands
    /// in the few words of its clause before a day of the month at token
    /// `at`: "will be held on Nov. 16", "the tariff takes effect Nov. 16".
    /// A day written in full is as often a day gone as one to come, so
    /// words that look ahead from further off or only as adjectives ("his
    /// next speech, on May 28, was delivered") do not point it; nor does
    /// the end a fiscal year is stated to have, which comes each year
    /// ("its fiscal year ends June 30").
    fn future_verb_before(&self, at: usize) -> bool {
        let floor = at.saturating_sub(DAY_VERB_REACH).max(self.doc.first);
        let nearest = (floor..at)
            .rev()
            .take_while(|&k| self.doc.is_word(k))
            .find_map(|k| self.tense_at(k, true).map(|tense| (tense, k)));
        let Some((Tense::Future, k)) = nearest else {
            return false;
        };
        let word = self.verb_word(k);
        let verb =
            word_in(word, &["will", "shall", "'ll", "’ll"]) || SCHEDULED_VERBS.contains(word);
        let fiscal_year_end = (floor.saturating_sub(1).max(self.doc.first)..at)
            .any(|k| self.fiscal_year_end_at(k).is_some());
        verb && !fiscal_year_end
    }

    /// The tense of the clause that a time at tokens `first..end` opens, as
    /// its sentence's first words ("On March 3, protesters marched";
    /// "March 3 will be the last day"): the first word after it that sets
    /// one, if it is a past verb or "will". Another modal is as often in a
    /// clause of its own that looks back ("On April 8, investigators,
    /// wondering how he could have fled, searched"). A time inside a
    /// sentence has none from here.
    fn opening_tense(&self, first: usize, end: usize) -> Option<Tense> {
        let (tense, k) = self.tense_of(first, end, first)?;
        let will = word_in(self.verb_word(k), &["will", "shall"]);
        (tense == Tense::Past || will).then_some(tense)
    }

    fn vague_before(&self, i: usize) -> bool {
        let p = self.prev(i);
        VAGUE_MODIFIERS.contains(p)
            || (word_in(p, &["of", "the"]) && VAGUE_MODIFIERS.contains(self.prev(i - 1)))
            || (word_is(p, "the") && i >= 2 && VAGUE_MODIFIERS.contains(self.prev(i - 1)))
    }

    /// Reads a time expression starting at token `i`: `(first, end, resolved)`.
    /// Each kind of expression has its own reader below; this finds which.
    fn read(&self, i: usize) -> TimeRead {
        let token = self.doc.tokens.get(i)?;
        let word = self.doc.word(i);
        if let Some(era) = self.read_era(i) {
            return Some(era);
        }
        if token.kind == Kind::Number {
            return self.read_number(i, word);
        }
        if let Some(period) = self.part_modified_at(i) {
            return self.read_modified_period(i, period);
        }
        if let Some(end) = self.read_joined_end(i) {
            return Some(end);
        }
        // "today's" and "December's" open times as "today" and "December" do.
        let bare = without_possessive(word);
        let trigger = TRIGGERS.contains_key(token.key)
            || (bare.len() < word.len() && TRIGGERS.contains(bare));
        if !token.is_word() || !(is_capitalized(word) || trigger) {
            return None;
        }
        if let Some(read) = self.read_calendar_name(i, word, bare) {
            return read;
        }
        // Only a few other words can open a time expression.
        if !trigger {
            return None;
        }
        self.read_trigger(i, word, bare)
    }

    /// The month, weekday or holiday named at token `i` (`word`, `bare`
    /// without its possessive), read by its own reader; `None` when the word
    /// names none. A month or weekday after "each" or "every" recurs, and a
    /// month after a word of vagueness is read from that word, if at all.
    fn read_calendar_name(&self, i: usize, word: &str, bare: &str) -> Option<TimeRead> {
        if let Some(months) = self.read_run_of_months(i, bare) {
            return Some(months);
        }
        let (month, weekday) = (month_number(bare), weekday_number(word));
        if (month.is_some() || weekday.is_some()) && RECURRING.contains(self.prev(i)) {
            return Some(None);
        }
        if let Some(month) = month {
            if self.vague_before(i) {
                return Some(None);
            }
            if let Some(months) = self.read_months_between(i, month) {
                return Some(months);
            }
            let time = self.read_month(i, month).map(|time| self.week_of(time));
            let time = time.map(|time| self.quarter_ending_in(time));
            return Some(time.map(|time| self.months_up_to(time)));
        }
        if let Some(weekday) = weekday {
            if self.weekday_recurs(i) || self.ends_holiday_name(i) {
                return Some(None);
            }
            return Some(self.read_weekday(i, weekday));
        }
        holiday_date(word).map(|holiday| self.read_holiday(i, holiday))
    }

    /// Whether the weekday at token `i` ends a holiday's name, which is
    /// read with it or, inside a longer name ("the Good Friday Agreement"),
    /// not at all.
    fn ends_holiday_name(&self, i: usize) -> bool {
        let word = self.doc.word(i);
        holiday_date(self.prev(i)).is_some_and(|h| h.needs.is_some_and(|n| word_is(word, n)))
    }

    /// Whether the weekday at token `i` recurs by the plural part of a day
    /// after it, alone or after a second weekday: "the flights leave on
    /// Monday and Tuesday nights", "the shop opens Saturday mornings" name
    /// every such day, not one.
    fn weekday_recurs(&self, i: usize) -> bool {
        let joined = word_in(self.doc.word(i + 1), &["and", "or"])
            && weekday_number(self.doc.word(i + 2)).is_some();
        let part_at = if joined { i + 3 } else { i + 1 };
        part_at < self.doc.end && PLURAL_DAY_PARTS.contains(self.doc.word(part_at))
    }

    /// The time opened by one of the `TRIGGERS` at token `i` (`word`, `bare`
    /// without its possessive), read by the reader of its kind.
    fn read_trigger(&self, i: usize, word: &str, bare: &str) -> TimeRead {
        let lower = bare.to_ascii_lowercase();
        match lower.as_str() {
            "first" | "last" if self.is(i + 2, "quarters") => self.read_run_of_quarters(i, &lower),
            "today" | "tonight" | "yesterday" | "tomorrow" => {
                self.read_day_word(i, &lower, bare.len() < word.len())
            }
            "last" | "past" if word_is(self.prev(i), "the") => self.read_recent_span(i),
            "this" if self.is(i + 1, "time") => self.read_this_time_of_year(i),
            "last" | "this" | "next" | "past" => self
                .read_relative_fiscal_year(i, &lower)
                .or_else(|| self.read_relative_unit(i, &lower)),
            "fiscal" => self.read_fiscal_year(i),
            "financial" if self.is(i + 1, "year") => self
                .fiscal_year_at(i, i + 2, FiscalForm::Financial, false)
                .or_else(|| self.read_financial_year_ending(i)),
            "fy" if word == "FY" => self.read_fy(i),
            "q" | "h" if word == "Q" || word == "H" => self.read_lettered_part(i, word == "Q"),
            "first" | "second" | "third" | "fourth" | "first-quarter" | "second-quarter"
            | "third-quarter" | "fourth-quarter" | "fiscal-first" | "fiscal-second"
            | "fiscal-third" | "fiscal-fourth" => self.read_quarter(i, &lower),
            "quarter" => self
                .read_period_a_year_back(i)
                .or_else(|| self.read_the_quarter(i))
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "end" | "start" | "beginning" | "middle" => self.read_part_of_period(i, &lower),
            "half" => self.read_half(i),
            "year" | "year-end" | "yearend" => self
                .read_year_end(i)
                .or_else(|| self.read_whole_year(i))
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "day" => self
                .read_day_beside(i)
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "week" | "month" | "period" | "stretch" => self
                .read_period_a_year_back(i)
                .or_else(|| self.read_counted_from_earlier(i, &lower)),
            "now" => self.read_as_of_now(i),
            "current" => self
                .read_relative_fiscal_year(i, &lower)
                .or_else(|| self.read_current_unit(i)),
            "weekend" => self.read_the_weekend(i),
            // "the year-earlier quarter": resolved from the time before it;
            // "the year-ago third quarter" is the quarter's to read.
            "year-earlier" | "year-ago" if !self.ordinal_quarter_at(i + 1) => {
                found(TimeRule::YearEarlier, i, i + 1, None)
            }
            // "nineteen ninety-six", "two years ago", "a week ago".
            _ => self.read_spoken_year(i).or_else(|| {
                let amount = match lower.as_str() {
                    "a" | "an" => Some(1),
                    _ => self.count_at(i).map(i64::from),
                };
                amount.and_then(|amount| {
                    self.a_year_earlier(i, amount)
                        .or_else(|| self.ago(i, amount))
                })
            }),
        }
    }

    /// "this time last year", "this time next year" at token `i`: the
    /// publication day a year back or on, as "a year ago" is the day a year
    /// back. Before, only "last year" was read, the whole year.
    fn read_this_time_of_year(&self, i: usize) -> TimeRead {
        let shift = match self.doc.word(i + 2).to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        if !self.is(i + 3, "year") {
            return None;
        }
        let resolved = self.published.and_then(|p| years_shifted(single(p), shift));
        found(TimeRule::RelativeUnit, i, i + 4, resolved)
    }

    /// Where the month or year named with a word of part at token `i`
    /// is: the token after "early", "mid" or "late", or `i` itself for one
    /// joined to it ("mid-April", "mid-2015").
    fn part_modified_at(&self, i: usize) -> Option<usize> {
        let word = self.doc.word(i);
        let joined = word
            .split_once('-')
            .is_some_and(|(modifier, _)| PART_MODIFIERS.contains(modifier));
        if joined {
            Some(i)
        } else {
            PART_MODIFIERS.contains(word).then_some(i + 1)
        }
    }

    /// "end-March", "March-end", "end-2024", "end-June 2025", as Indian and
    /// wire copy write the end of a month or a year: that end, as "the end
    /// of March" is (see `part_of`), the month read as it would be alone.
    fn read_joined_end(&self, i: usize) -> TimeRead {
        let (before, after) = self.doc.word(i).split_once('-')?;
        let end_first = before.eq_ignore_ascii_case("end");
        let period = match (end_first, after.eq_ignore_ascii_case("end")) {
            (true, _) => after,
            (false, true) => before,
            _ => return None,
        };
        let time = match (month_number(period), parse_year(period)) {
            (Some(month), _) => match self.year_at(i + 1) {
                Some((year, end)) => {
                    found(TimeRule::CalendarDate, i, end, month_range(year, month))?
                }
                None => self.read_bare_month(i, month)?,
            },
            (None, Some(year)) if end_first => found(TimeRule::Year, i, i + 1, year_range(year))?,
            _ => return None,
        };
        let resolved = time.resolved.and_then(|days| part_of(days, "end"));
        found(TimeRule::PartOfPeriod, time.first, time.end, resolved)
    }

    /// "early March", "mid-April", "late 1990", "early next year", "the
    /// mid-1990s": the whole month, year or decade a word of part names a
    /// part of. "Early" and "late"
    /// bound no days ("early March" may be the 12th), so the month or year
    /// that holds them is what the words say for certain; "the start of
    /// March", which names its part, is `read_part_of_period`'s. The time
    /// is read as the month, year or relative unit at `at` would be.
    fn read_modified_period(&self, i: usize, at: usize) -> TimeRead {
        let word = self.doc.word(at);
        let period = word
            .split_once('-')
            .filter(|_| at == i)
            .map_or(word, |(_, rest)| rest);
        let lower = period.to_ascii_lowercase();
        let time = if let Some(month) = month_number(period) {
            self.read_month(at, month)?
        } else if let Some(year) =
            parse_year(period).filter(|y| (1900..=2100).contains(y) && !self.joined_after(at))
        {
            found(TimeRule::Year, at, at + 1, year_range(year))?
        } else if let Some(era) = self.read_era(at) {
            era
        } else if let Some(first_year) = decade_written(period).filter(|_| at == i) {
            let first = self.the_before_era(i).unwrap_or(i);
            found(TimeRule::Era, first, i + 1, decade_range(first_year))?
        } else if at > i && word_in(&lower, &["this", "next", "last"]) {
            self.read_relative_unit(at, &lower)?
        } else {
            return None;
        };
        Some(TimeExpr {
            first: time.first.min(i),
            ..time
        })
    }

    /// "today", "yesterday", "tomorrow", "tonight", possessive or not
    /// (`owns`): the day that far from publication.
    fn read_day_word(&self, i: usize, lower: &str, owns: bool) -> TimeRead {
        // "today's" mostly means the present age ("today's youth"), not the
        // day, unless it owns a thing of one day ("today's editions",
        // "today's geography quiz"); "yesterday's vote" and "tonight's game"
        // are days. "yesterday morning" is a time of day.
        let of_one_day =
            (i + 1..i + 3).any(|k| k < self.doc.end && ONE_DAY_NOUNS.contains(self.doc.word(k)));
        if (lower == "today" && owns && !of_one_day) || DAY_PARTS.contains(self.doc.word(i + 1)) {
            return None;
        }
        if self.is_title_day_word(i) {
            return None;
        }
        // After "of" it names an age, not a day: "the candidates of
        // tomorrow", "the policies of yesterday"; "as of today" is the day.
        if word_is(self.prev(i), "of") && !word_is(self.prev(i - 1), "as") {
            return None;
        }
        let shift = match lower {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        found(
            TimeRule::DayWord,
            i,
            i + 1,
            self.published.and_then(|p| p.add_days(shift)).map(single),
        )
    }

    /// Whether the capitalised day word at `i` is a name's, not a day.
    /// After a capitalised word of its sentence it ends a name ("USA TODAY
    /// reported", "a USA Today poll", "NBC's Today show"); after a
    /// possessive, a number or "on" it is a programme's ("Radio 4's Today
    /// programme", "appeared on Today"). After other small words of a
    /// headline it is the day: "10 Things to Know for Today".
    fn is_title_day_word(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        let word = self.doc.word(before);
        let possessive = without_possessive(word) != word || word == "s";
        let number = self
            .doc
            .tokens
            .get(before)
            .is_some_and(|t| t.kind == Kind::Number);
        let on_a_programme = possessive || number || word == "on";
        let same_line = !self.doc.tokens[i].newline_before;
        is_capitalized(self.doc.word(i)) && same_line && (is_capitalized(word) || on_a_programme)
    }

    /// A weekday, "last Friday", "this Wednesday night": the one the tense
    /// and the word before it point to from the publication date.
    fn read_weekday(&self, i: usize, weekday: u8) -> TimeRead {
        // "Friday, Oct. 13" and "Friday Oct. 13" are read from their month;
        // a month word after it that reads as no time ("on Thursday, Jan."
        // cut off by a sentence break, "Friday, May said") leaves the day.
        let month_at = if self.doc.word(i + 1) == "," {
            i + 2
        } else {
            i + 1
        };
        let month = month_number(self.doc.word(month_at));
        if month.is_some_and(|month| self.read_month(month_at, month).is_some()) {
            return None;
        }
        // "Tuesday 28 May" is read from its date, as "Tuesday, May 28" is.
        let day_first = self.number(month_at).and_then(parse_day).is_some()
            && self.month_after_day(month_at).is_some();
        if day_first {
            return None;
        }
        // "Wednesday night" is still Wednesday.
        let end = if DAY_PARTS.contains(self.doc.word(i + 1)) {
            i + 2
        } else {
            i + 1
        };
        if let Some(time) = self.weekday_from_earlier(i, weekday, end) {
            return Some(time);
        }
        if let Some(time) = self.weekday_weeks_on(i, weekday, end) {
            return Some(time);
        }
        let (first, direction, ahead_by) = match self.prev(i).to_ascii_lowercase().as_str() {
            "last" | "past" => (i - 1, -1, None),
            "next" | "coming" => (i - 1, 1, None),
            // "is scheduled to sign the budget and two other bills this
            // Thursday": as far back as for a bare weekday.
            "this" => {
                let ahead_by = self.weekday_ahead_by(i - 1, i, end);
                (i - 1, i64::from(ahead_by.is_some()), ahead_by)
            }
            _ => {
                let first = self.clock_time_before(i);
                let ahead_by = self.weekday_ahead_by(first, i, end);
                if ahead_by.is_some_and(|k| self.tells_plan_in_past(k)) {
                    let resolved = self.nearest_weekday(weekday);
                    return found(TimeRule::Weekday, first, end, resolved);
                }
                (first, i64::from(ahead_by.is_some()), ahead_by)
            }
        };
        let told = ahead_by
            .filter(|&k| self.is(k, "would"))
            .and_then(|k| self.weekday_after_told_day(weekday, k));
        let resolved = told.or_else(|| self.weekday_from_publication(weekday, direction, ahead_by));
        found(TimeRule::Weekday, first, end, resolved).map(|time| time.pointed_ahead_by(ahead_by))
    }

    /// The weekday `direction` points to from publication: the one gone
    /// (-1), the next (1, "next Friday" never today), or the latest on or
    /// before it (0); "will meet Friday" (`ahead_by`), said on a Friday, is
    /// that day.
    fn weekday_from_publication(
        &self,
        weekday: u8,
        direction: i64,
        ahead_by: Option<usize>,
    ) -> Option<DayRange> {
        let p = self.published?;
        let offset = i64::from(weekday) - i64::from(p.weekday_from_monday());
        let explicit = ahead_by.is_none();
        let days = match direction {
            -1 if offset >= 0 => offset - 7,
            1 if offset < 0 || offset == 0 && explicit => offset + 7,
            0 if offset > 0 => offset - 7,
            _ => offset,
        };
        p.add_days(days).map(single)
    }

    /// The weekday a "would" at token `would_at` points ahead from the day
    /// its sentence says the words were said on, a weekday before it: in
    /// "Officials said on Tuesday that talks would resume on Thursday",
    /// published on a Friday, Thursday is the day after Tuesday, the one
    /// gone, not the next one. `None` without such a day.
    fn weekday_after_told_day(&self, weekday: u8, would_at: usize) -> Option<DayRange> {
        let told = (self.doc.first..would_at)
            .rev()
            .filter(|&k| weekday_number(self.doc.word(k)).is_some())
            .find_map(|k| self.read(k))?
            .resolved
            .filter(|days| {
                days.start == days.end && self.published.is_some_and(|p| days.end <= p)
            })?;
        let offset =
            (i64::from(weekday) - i64::from(told.start.weekday_from_monday())).rem_euclid(7);
        let days = if offset == 0 { 7 } else { offset };
        told.start.add_days(days).map(single)
    }

    /// "Tuesday week", "Thursday fortnight", "a week on Tuesday", "a week
    /// from Friday" at tokens `i..end` (British): the weekday a week or
    /// two after the next such day. Before, "on Tuesday week" was the next
    /// Tuesday, a week early.
    fn weekday_weeks_on(&self, i: usize, weekday: u8, end: usize) -> TimeRead {
        let weeks_after = match self.doc.word(end).to_ascii_lowercase().as_str() {
            "week" => Some(1),
            "fortnight" => Some(2),
            _ => None,
        };
        let week_before = i >= self.doc.first + 3
            && word_in(self.prev(i), &["on", "from"])
            && self.is(i - 2, "week")
            && self.is(i - 3, "a");
        let (first, end, weeks) = match weeks_after {
            Some(weeks) if end < self.doc.end => (i, end + 1, weeks),
            _ if week_before => (i - 3, end, 1),
            _ => return None,
        };
        let resolved = self.published.and_then(|p| {
            let offset = (i64::from(weekday) - i64::from(p.weekday_from_monday())).rem_euclid(7);
            let next = if offset == 0 { 7 } else { offset };
            p.add_days(next + 7 * weeks).map(single)
        });
        found(TimeRule::Weekday, first, end, resolved)
    }

    /// "the previous Friday", "the following Monday" at tokens `i..end`: the
    /// weekday just before or after the day told before it, which
    /// `counted_from_earlier` finds.
    fn weekday_from_earlier(&self, i: usize, weekday: u8, end: usize) -> TimeRead {
        let shift = match self.prev(i).to_ascii_lowercase().as_str() {
            "previous" | "prior" | "preceding" => -1,
            "following" => 1,
            _ => return None,
        };
        if i < self.doc.first + 2 || !self.is(i - 2, "the") {
            return None;
        }
        let time = found(TimeRule::CountedFromEarlier, i - 2, end, None)?;
        Some(TimeExpr {
            counted: Some(Counted::Weekday(weekday, shift)),
            ..time
        })
    }

    /// Whether a quarter named by its ordinal starts at token `k`: "third
    /// quarter", "third-quarter".
    fn ordinal_quarter_at(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        let ordinal = word_in(word, &["first", "second", "third", "fourth"]);
        (ordinal && self.is(k + 1, "quarter"))
            || word_in(
                word,
                &[
                    "first-quarter",
                    "second-quarter",
                    "third-quarter",
                    "fourth-quarter",
                ],
            )
    }

    /// "the first half of 2020", "the last half of the year": a period's
    /// first or last six months (or half of its days). A half of anything
    /// else ("the second half of the game") is no time.
    fn read_half(&self, i: usize) -> TimeRead {
        let part = match self.prev(i).to_ascii_lowercase().as_str() {
            "first" => "first half",
            "second" | "last" | "latter" => "second half",
            _ => return None,
        };
        let time = self.read_part_of_period(i, part)?;
        let ordinal = i - 1;
        let first = if word_is(self.prev(ordinal), "the") {
            ordinal - 1
        } else {
            ordinal
        };
        Some(TimeExpr { first, ..time })
    }

    /// "the first two quarters of 1990", "the last three quarters of 1988"
    /// (`lower` is "first" or "last", at token `i`): that many quarters
    /// from the start or up to the end of the year written after "of".
    /// Without a written year the quarters are left to the figures.
    fn read_run_of_quarters(&self, i: usize, lower: &str) -> TimeRead {
        let count = self.count_at(i + 1).filter(|n| (1..=4).contains(n))?;
        let (year, end) = self.year_at(i + 4).filter(|_| self.is(i + 3, "of"))?;
        let months = 3 * count;
        let skipped = if lower == "first" { 0 } else { 12 - months };
        let first_month = Day::new(year, 1, 1).and_then(|d| shifted_month(d, skipped))?;
        let last_month = shifted_month(first_month.start, months - 1)?;
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        let resolved = range(first_month.start, last_month.end);
        found(TimeRule::Quarter, first, end, Some(resolved))
    }

    /// "the current quarter", "the current year": the week, month, quarter
    /// or year that holds the publication date. "the current fiscal year"
    /// is read only where its end is known (`read_relative_fiscal_year`).
    fn read_current_unit(&self, i: usize) -> TimeRead {
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

    /// The first token of a clock time just before the day at token `i`
    /// ("9 a.m. Tuesday", "4 a.m. EDT Thursday", "noon Friday"), which is
    /// part of naming that day; `i` when there is none.
    fn clock_time_before(&self, i: usize) -> usize {
        let zone = usize::from(i > self.doc.first && TIME_ZONES.contains(self.prev(i)));
        let after_clock_word = i - zone;
        if after_clock_word <= self.doc.first || !CLOCK_WORDS.contains(self.prev(after_clock_word))
        {
            return i;
        }
        let clock_word = after_clock_word - 1;
        // "9 a.m." starts at its hour; "noon" is a clock time alone.
        let has_hour = clock_word > self.doc.first && self.number(clock_word - 1).is_some();
        clock_word - usize::from(has_hour)
    }

    /// The word that points a bare weekday at tokens `i..end` ahead: a
    /// word that looks ahead close before it, or, when no word close
    /// before it sets a tense, a future auxiliary or verb of planning
    /// further back, whose verb may take a long object before its weekday
    /// ("would be traveling to the United States Thursday", "planned a
    /// large march in Little Havana on Saturday"; a plan told with "was"
    /// or "were" is `tells_plan_in_past`'s). A weekday that owns a noun
    /// ("Wednesday's ruling") names a thing already done, so it takes no
    /// distant auxiliary. The words before the time point it, so they are
    /// counted back from `first`, where it starts: at its clock time if it
    /// has one ("will leave at 4 in the morning (4 a.m. EDT Thursday)").
    fn weekday_ahead_by(&self, first: usize, i: usize, end: usize) -> Option<usize> {
        let near = first.saturating_sub(WEEKDAY_REACH);
        if self.tense_of(first, end, near).is_some() {
            return self.ahead_by(first, end, near);
        }
        let weekday = self.doc.word(i);
        let owns_noun = without_possessive(weekday).len() < weekday.len();
        // "A service planned for Saturday was canceled": the weekday sits in
        // the subject of a verb in the past, so what was planned is done.
        let subject_of_past = self
            .verb_after_subject(end)
            .is_some_and(|(tense, _)| tense == Tense::Past);
        self.tense_of(first, end, first.saturating_sub(AUXILIARY_REACH))
            .filter(|&(tense, k)| {
                tense == Tense::Future
                    && FAR_FUTURE_WORDS.contains(self.verb_word(k))
                    && !owns_noun
                    && !subject_of_past
            })
            .map(|(_, k)| k)
    }

    /// Whether the word at `k` that points a bare weekday ahead (see
    /// `weekday_ahead_by`) tells of a plan as it stood before, after "was"
    /// or "were": "the dinner the mayor was set to headline Tuesday", "he
    /// was scheduled to leave late Tuesday", "students were planning to
    /// march to the embassy on Friday". The day planned may have come
    /// already or be still to come, so it is read as the nearest (see
    /// `nearest_weekday`).
    fn tells_plan_in_past(&self, k: usize) -> bool {
        word_in(self.prev(k), &["was", "were"])
    }

    /// The `weekday` nearest to publication, a few days back or ahead.
    fn nearest_weekday(&self, weekday: u8) -> Option<DayRange> {
        let p = self.published?;
        let offset = i64::from(weekday) - i64::from(p.weekday_from_monday());
        let days = [offset - 7, offset, offset + 7]
            .into_iter()
            .min_by_key(|days| days.abs())?;
        p.add_days(days).map(single)
    }

    /// "the past two weeks", "the last 12 months", "the past year": the days
    /// of that length that end on the publication day. News writing counts
    /// back from its own day with these ("crime rose 4% in the last 12
    /// months"), so the count is of time, not of things. "The last week of
    /// March" is a part of March, "the last day I took off" one day picked
    /// out by the clause after it, and "the past few years" says no length,
    /// so none of them is read.
    fn read_recent_span(&self, i: usize) -> TimeRead {
        let count = self.count_at(i + 1);
        let unit_at = if count.is_some() { i + 2 } else { i + 1 };
        let count = count.unwrap_or(1);
        let unit = self.doc.word(unit_at).to_ascii_lowercase();
        let singular = unit.trim_end_matches('s');
        // After a preposition the span is an adverbial, and a pronoun after
        // it the next clause's subject: "Over the last week it rained".
        let after = self.doc.word(unit_at + 1);
        let adverbial = SPAN_PREPOSITIONS.contains(self.prev(i - 1));
        // "the past decade and a half" is longer than its unit.
        let and_a_half = word_is(after, "and") && self.is(unit_at + 3, "half");
        if word_is(after, "of")
            || and_a_half
            || (RELATIVE_CLAUSE_OPENERS.contains(after) && !adverbial)
            || (singular.len() < unit.len()) != (count > 1)
        {
            return None;
        }
        let (singular, count) = match singular {
            "fortnight" => ("week", 2 * count),
            _ => (singular, count),
        };
        let start = |p: Day| match singular {
            "day" => p.add_days(1 - i64::from(count)),
            "week" => p.add_days(1 - 7 * i64::from(count)),
            "month" => same_day_months_before(p, count)?.add_days(1),
            "year" => years_shifted(single(p), -count)?.start.add_days(1),
            "decade" => years_shifted(single(p), -10 * count)?.start.add_days(1),
            _ => None,
        };
        if !word_in(singular, &["day", "week", "month", "year", "decade"]) {
            return None;
        }
        let resolved = self.published.and_then(|p| Some(range(start(p)?, p)));
        found(TimeRule::RecentSpan, i - 1, unit_at + 1, resolved)
    }

    /// "last week", "this month", "next year", "last weekend".
    fn read_relative_unit(&self, i: usize, lower: &str) -> TimeRead {
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

    /// "the end of 2020", "the start of the year", "the middle of March",
    /// "the end of next month": the part of the period named after "of"
    /// (see `part_of`).
    fn read_part_of_period(&self, i: usize, part: &str) -> TimeRead {
        if !self.is(i + 1, "of") {
            return None;
        }
        let first = if word_is(self.prev(i), "the") {
            i - 1
        } else {
            i
        };
        let at = i + 2;
        let (end, period) = if let Some(fiscal) = self.fiscal_year_read_at(at) {
            (fiscal.end, fiscal.resolved)
        } else if let Some(year) = self.number(at).and_then(parse_year) {
            (at + 1, year_range(year))
        } else if let Some(month) = month_number(self.doc.word(at)) {
            let month = self.read_month(at, month)?;
            (month.end, month.resolved)
        } else {
            let shift = match self.doc.word(at).to_ascii_lowercase().as_str() {
                "the" | "this" => 0,
                "last" => -1,
                "next" => 1,
                _ => return None,
            };
            let unit = self.doc.word(at + 1).to_ascii_lowercase();
            let period = self.published.and_then(|p| match unit.as_str() {
                "year" if part == "end" && shift == 0 => {
                    year_range(self.year_ended(first, at + 2, p))
                }
                "year" => year_range(p.year() + shift as i32),
                "month" => shifted_month(p, shift as i32),
                "week" => week_range(p, shift),
                _ => None,
            });
            if !matches!(unit.as_str(), "year" | "month" | "week") {
                return None;
            }
            (at + 2, period)
        };
        let resolved = period.and_then(|days| part_of(days, part));
        found(TimeRule::PartOfPeriod, first, end, resolved)
    }

    /// "year-end", "year end", "year's end": the last month of the
    /// publication year, or of the year before when its clause is in the
    /// past ("at year end, the bank held $2 billion"). "year-end" in one
    /// word is the accounts' closing day, December 31 ("by year-end",
    /// "since year-end"); a fiscal one closes a year that may end in any
    /// month, so "at its fiscal year-end" reads nothing.
    fn read_year_end(&self, i: usize) -> TimeRead {
        let closing_day = word_in(self.doc.word(i), &["year-end", "yearend"]);
        let end = if closing_day {
            i + 1
        } else if self.is(i + 1, "end") {
            i + 2
        } else {
            return None;
        };
        // "year-end bonuses" and "year-end net" are a kind of thing, not a time.
        if self.thing_named_at(end) || word_is(self.prev(i), "fiscal") {
            return None;
        }
        let resolved = self.published.and_then(|p| {
            let december = month_range(self.year_ended(i, end, p), 12)?;
            Some(if closing_day {
                single(december.end)
            } else {
                december
            })
        });
        found(TimeRule::PartOfPeriod, i, end, resolved)
    }

    /// The year whose end the words at `first..end` name when they name no other
    /// ("year-end", "the end of the year"): the publication year, or the
    /// year before when it counts "since" it or a past verb stands close
    /// before it ("at year-end, the bank held"); a verb further back is
    /// often another clause's ("cut costs, reaching its goal by the end
    /// of the year").
    fn year_ended(&self, first: usize, end: usize, published: Day) -> i32 {
        let since =
            (self.doc.first.max(first.saturating_sub(3))..first).any(|k| self.is(k, "since"));
        let past = self
            .tense_of(first, end, first.saturating_sub(WEEKDAY_REACH))
            .is_some_and(|(tense, _)| tense == Tense::Past);
        published.year() - i32::from(since || past)
    }

    /// "that same month", "that year", "the following year", "the prior
    /// month", "the same period in 2019", "the same stretch last year": a
    /// time counted from the latest one before it, which
    /// `counted_from_earlier` finds. A period or stretch has no unit of its
    /// own, so it needs the year it is moved to.
    fn read_counted_from_earlier(&self, i: usize, unit: &str) -> TimeRead {
        let unit = match unit {
            "day" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "quarter" => Some(Unit::Quarter),
            "year" => Some(Unit::Year),
            _ => None,
        };
        if unit.is_none() {
            if let Some((first, true)) = self.the_latest_before(i) {
                let time = found(TimeRule::CountedFromEarlier, first, i + 1, None)?;
                return Some(TimeExpr {
                    counted: Some(Counted::Same),
                    ..time
                });
            }
        }
        let after_the = |k: usize| word_is(self.prev(k), "the");
        let (first, shift) = match self.prev(i).to_ascii_lowercase().as_str() {
            same if SAME_WORDS.contains(same) && word_in(self.prev(i - 1), &["the", "that"]) => {
                (i - 2, 0)
            }
            "that" => (i - 1, 0),
            "following" | "next" | "subsequent" if after_the(i - 1) => (i - 2, 1),
            "previous" | "prior" | "preceding" if after_the(i - 1) => (i - 2, -1),
            _ => return None,
        };
        // "within the next month" runs from publication, not on from a
        // time told before.
        if word_is(self.prev(first), "within") {
            return None;
        }
        // "the same period in 2019", "the same month last year".
        let in_year = if self.is(i + 1, "in") {
            self.number(i + 2).and_then(parse_year).map(Some)
        } else if self.is(i + 1, "last") && self.is(i + 2, "year") {
            Some(self.published.map(|p| p.year() - 1))
        } else {
            None
        };
        let counted = match (in_year, unit) {
            (Some(year), _) if shift == 0 => Counted::InYear(year?),
            (None, Some(unit)) => Counted::Units(unit, shift),
            _ => return None,
        };
        let end = if in_year.is_some() { i + 3 } else { i + 1 };
        let time = found(TimeRule::CountedFromEarlier, first, end, None)?;
        Some(TimeExpr {
            counted: Some(counted),
            ..time
        })
    }

    /// "the quarter a year ago", "the same period a year earlier" (the noun
    /// at token `i`, one of `YEAR_BACK_PERIODS`): one year-earlier time from
    /// "the", the period a year before the one told before it, as earnings
    /// and economic news compares them ("Acme lost $2 million in the third
    /// quarter. For the quarter a year ago, it earned $16 million"). Read
    /// apart, "the quarter" would be the latest quarter and "a year ago",
    /// comparing no figure, a year before publication.
    fn read_period_a_year_back(&self, i: usize) -> TimeRead {
        let year_back = self.is(i + 1, "a")
            && self.is(i + 2, "year")
            && word_in(self.doc.word(i + 3), &["ago", "earlier", "before"]);
        if !year_back || !YEAR_BACK_PERIODS.contains(self.doc.word(i)) {
            return None;
        }
        let mut first = i;
        if SAME_WORDS.contains(self.prev(first)) {
            first -= 1;
        }
        word_in(self.prev(first), &["the", "that"]).then_some(())?;
        found(TimeRule::YearEarlier, first - 1, i + 4, None)
    }

    /// The period noun of a year-earlier `time` read by
    /// `read_period_a_year_back` ("quarter" in "the quarter a year ago").
    fn year_back_period(&self, time: &TimeExpr) -> Option<&str> {
        let noun = time.end.checked_sub(4)?;
        (time.rule == TimeRule::YearEarlier && noun > time.first)
            .then(|| self.doc.word(noun))
            .filter(|word| YEAR_BACK_PERIODS.contains(word))
    }

    /// "the full year", "the whole year", and "the year" after "for" with
    /// nothing after it that names another ("for the year, volume was
    /// flat", but not "for the year ended June 30" or "the year before"):
    /// the year of the time told just before it, which in earnings news is
    /// the year the reported quarter belongs to, or else of the report's
    /// period (see `counted_from_earlier`). An article that states a
    /// fiscal year leaves open whether its full year is that or the
    /// calendar's, so there it reads nothing.
    fn read_whole_year(&self, i: usize) -> TimeRead {
        if i < self.doc.first + 2 || self.fiscal_end.is_some() {
            return None;
        }
        let whole = WHOLE_WORDS.contains(self.prev(i)) && self.is(i - 2, "the");
        let after_for = self.is(i - 1, "the") && self.is(i - 2, "for");
        // "the full year 1988" is read from its number; after "for", "the
        // year" must end its phrase ("for the year ended June 30" is the
        // fiscal year that day closes).
        let next = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        let year_named = next.is_some_and(|t| t.kind == Kind::Number);
        let ends_phrase = next.is_none_or(|t| {
            !t.is_word() && t.kind != Kind::Number
                || TIME_FOLLOWERS.contains(self.doc.word(i + 1))
                    && !word_in(self.doc.word(i + 1), &["before", "after", "than"])
        });
        if year_named || !(whole || after_for && ends_phrase) {
            return None;
        }
        let first = if whole { i - 2 } else { i - 1 };
        let time = found(TimeRule::CountedFromEarlier, first, i + 1, None)?;
        Some(TimeExpr {
            counted: Some(Counted::WholeYear),
            ..time
        })
    }

    /// "the day before Thanksgiving", "the day after last Tuesday's
    /// hearing": the day just before or after the day the time after it
    /// names. A time of more than one day, or one that needs an earlier
    /// time to count from, fixes no single day beside it, and then "the
    /// day" reads nothing ("the day after the election" names no day).
    fn read_day_beside(&self, i: usize) -> TimeRead {
        let shift = match self.doc.word(i + 1).to_ascii_lowercase().as_str() {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        if i <= self.doc.first || !self.is(i - 1, "the") {
            return None;
        }
        // A time that opens with a word before its head ("last Tuesday")
        // is read from the head.
        let named = (i + 2..i + 4)
            .find_map(|k| self.read(k))
            .filter(|t| t.first == i + 2)?;
        let day = named.resolved.filter(|days| days.start == days.end)?.start;
        found(
            TimeRule::DayBeside,
            i - 1,
            named.end,
            day.add_days(shift).map(single),
        )
    }

    /// "as of now": the publication day.
    fn read_as_of_now(&self, i: usize) -> TimeRead {
        if i < self.doc.first + 2 || !self.is(i - 1, "of") || !self.is(i - 2, "as") {
            return None;
        }
        found(TimeRule::DayWord, i - 2, i + 1, self.published.map(single))
    }

    /// "fiscal 2024", "fiscal year 2024", "fiscal 2023-24".
    fn read_fiscal_year(&self, i: usize) -> TimeRead {
        let at = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
        self.fiscal_year_at(i, at, FiscalForm::Named, false)
    }

    /// "FY24", "FY2024", "FY 2023-24": a fiscal year as "fiscal 2024" is;
    /// a year in two digits only written against "FY", as "FY 10" may
    /// be a count.
    fn read_fy(&self, i: usize) -> TimeRead {
        let attached = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before);
        self.fiscal_year_at(i, i + 1, FiscalForm::Named, attached)
    }

    /// The fiscal year written at token `k` ("FY24", "fiscal 2024",
    /// "2023-24 financial year"), which a quarter or a part may be of:
    /// "Q4 FY24", "the first half of fiscal 2024".
    fn fiscal_year_read_at(&self, k: usize) -> TimeRead {
        self.read(k)
            .filter(|time| time.rule == TimeRule::FiscalYear && time.first == k)
    }

    /// "Q3 2023", "Q4 FY24", "H1 FY25" (`quarter`: "Q", else "H" for a
    /// half): that quarter or half of the calendar year or the fiscal year
    /// written after it. Without a year ("profit rose in Q3") it names
    /// none, and nothing is read.
    fn read_lettered_part(&self, i: usize, quarter: bool) -> TimeRead {
        let attached = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before);
        let parts = if quarter { 4 } else { 2 };
        let index: u8 = self.number(i + 1).filter(|_| attached)?.parse().ok()?;
        if !(1..=parts).contains(&index) {
            return None;
        }
        let (rule, months) = if quarter {
            (TimeRule::Quarter, 3)
        } else {
            (TimeRule::PartOfPeriod, 6)
        };
        if let Some(fiscal) = self.fiscal_year_read_at(i + 2) {
            let days = fiscal
                .resolved
                .and_then(|year| part_of_year(year, index, months));
            return found(rule, i, fiscal.end, days);
        }
        let year = self.number(i + 2).and_then(parse_year)?;
        let days = year_range(year).and_then(|year| part_of_year(year, index, months));
        found(rule, i, i + 3, days)
    }

    /// The fiscal year whose words open at token `first` and whose year is
    /// written at `at`, named in `form` unless written across two years
    /// ("fiscal 2023-24"); after "FY" (`short`) a year may be written with
    /// two digits ("FY24", "FY23-24").
    fn fiscal_year_at(&self, first: usize, at: usize, form: FiscalForm, short: bool) -> TimeRead {
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
    fn read_relative_fiscal_year(&self, i: usize, lower: &str) -> TimeRead {
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
    fn read_financial_year_ending(&self, i: usize) -> TimeRead {
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
    fn fiscal_year_end_at(&self, k: usize) -> Option<FiscalYearEnd> {
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

    /// "the second quarter", "third-quarter", "the 1988 second quarter",
    /// "next year's first quarter", "the fourth quarter of 2023", "the
    /// fiscal-first quarter" (as "the fiscal first quarter").
    fn read_quarter(&self, i: usize, lower: &str) -> TimeRead {
        let ordinal = lower.strip_prefix("fiscal-");
        let lower = ordinal.unwrap_or(lower);
        let quarter = match lower.split('-').next().unwrap_or("") {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };
        let (end, year_after) = self.quarter_end(i, lower)?;
        let (first, year_before) = self.year_before_quarter(i);
        // "the fiscal first quarter" is a quarter, "fiscal" one of its words,
        // and a quarter of the fiscal year the article states, if it does.
        let fiscal_before = word_is(self.prev(first), "fiscal");
        let first = first - usize::from(fiscal_before);
        let fiscal = fiscal_before || ordinal.is_some();
        let first = if word_is(self.prev(first), "the") {
            first - 1
        } else {
            first
        };
        // "the fourth quarter of FY24" is a quarter of that fiscal year.
        if let Some(fiscal) = self
            .fiscal_year_read_at(end + 1)
            .filter(|_| self.is(end, "of"))
        {
            let days = fiscal
                .resolved
                .and_then(|year| part_of_year(year, quarter, 3));
            return found(TimeRule::Quarter, first, fiscal.end, days);
        }
        let written = year_after.or(year_before);
        let reported = written.is_none() && self.reported_before_its_end(quarter, first, end);
        let calendar = match self.fiscal_end.filter(|_| fiscal || reported) {
            Some(fiscal_end) => self.fiscal_quarter(quarter, written, fiscal_end, first, end),
            None => written
                .or_else(|| {
                    self.published
                        .map(|p| self.quarter_year(p, quarter, first, end))
                })
                .and_then(|y| quarter_range(y, quarter)),
        };
        found(
            TimeRule::Quarter,
            first,
            end,
            self.quarter_days(end, calendar),
        )
    }

    /// The end of the quarter whose ordinal is at token `i` (`lower`), and
    /// the year written after it: "third-quarter", "third quarter", "the
    /// third quarter of 1990". `None` when no quarter is named.
    fn quarter_end(&self, i: usize, lower: &str) -> Option<(usize, Option<i32>)> {
        let end = if lower.ends_with("-quarter") {
            i + 1
        } else if self.is(i + 1, "quarter") {
            i + 2
        } else {
            return None;
        };
        let year = self
            .number(end + 1)
            .and_then(parse_year)
            .filter(|_| self.is(end, "of"));
        Some(year.map_or((end, None), |y| (end + 2, Some(y))))
    }

    /// The first token of a quarter whose ordinal is at token `i`, with a
    /// year before it, and that year: "the 1988 second quarter", "the
    /// year-ago quarter" (the year before publication), "next year's first
    /// quarter".
    fn year_before_quarter(&self, i: usize) -> (usize, Option<i32>) {
        let published = self.published;
        let prev = self.prev(i);
        if let Some(y) = self
            .number(i.wrapping_sub(1))
            .filter(|_| i > self.doc.first)
            .and_then(parse_year)
        {
            return (i - 1, Some(y));
        }
        if word_in(prev, &["year-ago", "year-earlier"]) {
            return (i - 1, published.map(|p| p.year() - 1));
        }
        if !word_in(prev, &["year's", "year’s"]) || i < 2 {
            return (i, None);
        }
        let shift = match self.prev(i - 1).to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return (i, None),
        };
        (i - 2, published.map(|p| p.year() + shift))
    }

    /// The year of a quarter named without one at tokens `first..end`: the
    /// publication year's, unless that quarter has not begun and its
    /// clause is told in the past, which makes it last year's ("AT&T
    /// announced a drop in profits for the fourth quarter", published in
    /// January).
    fn quarter_year(&self, published: Day, quarter: u8, first: usize, end: usize) -> i32 {
        let begun = quarter_range(published.year(), quarter).is_some_and(|q| q.start <= published);
        published.year() - i32::from(!begun && self.told_in_past(first, end))
    }

    /// Whether the calendar quarter `quarter` of the publication year,
    /// named at tokens `first..end`, holds the publication day while its
    /// clause is told in the past: "Ralston reported a 47% decline in
    /// fourth-quarter earnings", published in November, tells of a quarter
    /// whose results are in, so of a fiscal quarter that is over.
    fn reported_before_its_end(&self, quarter: u8, first: usize, end: usize) -> bool {
        let holds =
            |p: Day| quarter_range(p.year(), quarter).is_some_and(|q| q.start <= p && p < q.end);
        self.published.is_some_and(holds) && self.told_in_past(first, end)
    }

    /// Whether the clause of the time at tokens `first..end` is in the past.
    fn told_in_past(&self, first: usize, end: usize) -> bool {
        self.tense_of(first, end, first.saturating_sub(MONTH_REACH))
            .is_some_and(|(tense, _)| tense == Tense::Past)
    }

    /// Fiscal quarter `quarter` at tokens `first..end`, of the fiscal year
    /// `written` or else of the one publication falls in, unless that
    /// quarter has not begun and its clause is told in the past, as
    /// `quarter_year` has it for a calendar quarter; the year ends on
    /// `fiscal_end`, as the article states.
    fn fiscal_quarter(
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

    /// The days of a quarter whose words end at token `end`: the three
    /// months up to the day the words after it say it closed on ("the
    /// fourth quarter ended Sept. 30" is July to September), as a company's
    /// fiscal quarter need not be a calendar one; else `calendar`, the
    /// calendar quarter its words name.
    fn quarter_days(&self, end: usize, calendar: Option<DayRange>) -> Option<DayRange> {
        // "the quarter to June", as British and Australian reports say.
        let closer = self.doc.word(end);
        if !PERIOD_CLOSERS.contains(closer) && !word_is(closer, "to") {
            return calendar;
        }
        // "the quarter ended in September" closes with the month.
        let at = if self.is(end + 1, "in") {
            end + 2
        } else {
            end + 1
        };
        let closing = month_number(self.doc.word(at)).and_then(|month| self.read_month(at, month));
        match closing {
            Some(closing) => closing
                .resolved
                .and_then(|days| three_months_ending(days.end)),
            None => calendar,
        }
    }

    /// "the quarter", "the latest quarter": the last one that ended before
    /// publication, as earnings reports use it.
    fn read_the_quarter(&self, i: usize) -> TimeRead {
        let (first, _) = self.the_latest_before(i)?;
        let resolved = self.published.and_then(|p| {
            let current = (p.month() - 1) / 3 + 1;
            let (year, quarter) = if current == 1 {
                (p.year() - 1, 4)
            } else {
                (p.year(), current - 1)
            };
            quarter_range(year, quarter)
        });
        found(
            TimeRule::Quarter,
            first,
            i + 1,
            self.quarter_days(i + 1, resolved),
        )
    }

    /// Where "the", "the latest" or "the most recent" before token `i`
    /// begins, and whether a word of lateness stood in it: "the latest
    /// quarter" is the last one reported, "the latest period" the one the
    /// report named before.
    fn the_latest_before(&self, i: usize) -> Option<(usize, bool)> {
        let mut first = i;
        let latest = LATEST_WORDS.contains(self.prev(first));
        if latest {
            first -= 1;
        }
        if word_is(self.prev(first), "most") {
            first -= 1;
        }
        word_is(self.prev(first), "the").then(|| (first - 1, latest))
    }

    /// "the weekend": the latest Saturday and Sunday, or the coming ones.
    fn read_the_weekend(&self, i: usize) -> TimeRead {
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

    /// Whether the word at token `k`, after a time, is the thing the time
    /// names a kind of ("year-end bonuses", "Christmas trees"): a word none
    /// of `TIME_FOLLOWERS`.
    fn thing_named_at(&self, k: usize) -> bool {
        let next = self.doc.tokens.get(k).filter(|_| k < self.doc.end);
        next.is_some_and(|t| t.is_word() && !TIME_FOLLOWERS.contains(self.doc.word(k)))
    }

    /// "Christmas", "Christmas Eve", "Thanksgiving", "Labor Day", "Anzac
    /// Day", "Good Friday", "Easter Monday": the closest one to the
    /// publication date.
    fn read_holiday(&self, i: usize, holiday: HolidayDate) -> TimeRead {
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

    /// "a year ago", "a year earlier": a year before the time it follows,
    /// which `find_times` fixes once it knows the times before it.
    fn a_year_earlier(&self, i: usize, amount: i64) -> TimeRead {
        let one_year = amount == 1 && self.is(i + 1, "year");
        if !one_year
            || !(self.is(i + 2, "ago") || self.is(i + 2, "earlier"))
            || self.vague_before(i)
        {
            return None;
        }
        found(TimeRule::YearEarlier, i, i + 3, None)
    }

    /// A year-earlier time, or one counted from an earlier time, resolved
    /// from the time it follows: the latest time read from the first token
    /// of `context` on, a year back at that time's granularity ("the
    /// third quarter" gives the third quarter a year before), or as the
    /// time says (`Counted`). Without one, "a year ago" is the publication
    /// day a year back, and "a year earlier" or "that same month" is no
    /// time at all. Other times pass as they are.
    fn counted_from_earlier(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        if time.rule == TimeRule::Year {
            return Some(self.report_period_in_year(time, earlier, context));
        }
        if time.rule == TimeRule::RelativeUnit {
            return Some(self.last_year_compared(time, earlier, context));
        }
        if let Some(Counted::DayOfMonth(day)) = time.counted {
            return Some(self.day_of_month_told(time, day, earlier, context));
        }
        if !matches!(
            time.rule,
            TimeRule::YearEarlier | TimeRule::CountedFromEarlier
        ) {
            return Some(time);
        }
        if let Some(anchor) = self.anchor_of(&time, earlier, context) {
            let counted = match time.counted {
                None if self.names_comparison_base(&time, &anchor, context) => anchor.resolved,
                None => anchor.resolved.and_then(year_before),
                Some(counted) => anchor.resolved.and_then(|days| counted.from(days)),
            };
            // "the latest period" names no time unless it is one told before.
            if counted.is_none() && time.counted == Some(Counted::Same) {
                return None;
            }
            return Some(TimeExpr {
                resolved: counted,
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            });
        }
        if let Some(year) = self.year_before_unread_period(&time, context) {
            return Some(TimeExpr {
                resolved: year_range(year),
                ..time
            });
        }
        let ago = self.counts_ago(&time) || word_is(self.doc.word(time.end - 1), "year-ago");
        (ago && time.counted.is_none()).then(|| TimeExpr {
            resolved: self.published.map(single).and_then(year_before),
            ..time
        })
    }

    /// The day of an ordinal day said alone ("on the 5th", `day`, at
    /// `time`): that day of the month of the latest time in its sentence or
    /// the one before that lies within one month ("In April the board met
    /// on the 5th"); else the nearest such day to publication, on or before
    /// it in a clause in the past and on or after it in one that looks
    /// ahead (`day_tense`): "the council will vote on the 5th", said on
    /// March 15, is April 5.
    fn day_of_month_told(
        &self,
        time: TimeExpr,
        day: u8,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let month_told = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .find(|t| {
                t.resolved
                    .is_some_and(|d| day_of_month_in(d, day).is_some())
            });
        if let Some(anchor) = month_told {
            return TimeExpr {
                resolved: anchor.resolved.and_then(|d| day_of_month_in(d, day)),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            };
        }
        let on_at = time.first.saturating_sub(1);
        let tense = self.day_tense(on_at, on_at, time.end);
        let resolved = self
            .published
            .and_then(|p| nearest_day_of_month(p, day, tense))
            .map(single);
        TimeExpr { resolved, ..time }
    }

    /// The year a year-earlier time near a count of months or weeks names:
    /// "in the first nine months, sales rose 5% from a year earlier"
    /// compares a part of a year the reader does not read, so the time is
    /// the whole year that holds the part a year back, as a word of part
    /// ("early March") dates the whole month: the year before the report's
    /// period, or before publication when there is none. "a year ago"
    /// counts from publication instead (see `report_period`).
    fn year_before_unread_period(&self, time: &TimeExpr, context: AnchorContext) -> Option<i32> {
        let ago = word_is(self.doc.word(time.end - 1), "ago");
        let applies = time.rule == TimeRule::YearEarlier
            && time.counted.is_none()
            && !ago
            && self.counted_period_near(time, context);
        let period_end = context
            .report_period
            .and_then(|period| period.resolved)
            .map(|days| days.end)
            .or(self.published)?;
        applies.then(|| period_end.year() - 1)
    }

    /// "last year" as the base a figure is compared with, when the
    /// latest time of its sentence or the one before is a quarter or month
    /// a year after one in last year: "In the latest quarter, Aetna lost $23
    /// million, compared with earnings of $33 million last year" is that
    /// quarter a year back, as "a year earlier" would be. Any other "last
    /// year" is the whole year.
    fn last_year_compared(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let unit = without_possessive(self.doc.word(time.first + 1));
        let last_year = self.is(time.first, "last") && word_is(unit, "year");
        let comparison = self.comparison_before(time.first, time.end);
        let Some(comparison) = comparison.filter(|_| last_year) else {
            return time;
        };
        // The period compared is told before the comparison: in "Imports
        // from China rose 5% in March, the most since last year", "March"
        // is no period that "from" compares.
        let anchor = self
            .compared_period(&time, earlier, context)
            .filter(|anchor| anchor.end <= comparison);
        let within = |days: DayRange| {
            time.resolved
                .is_some_and(|y| y.start <= days.start && days.end <= y.end)
        };
        match anchor.and_then(|a| Some((a, a.resolved.and_then(year_before)?))) {
            Some((anchor, days)) if within(days) => TimeExpr {
                resolved: Some(days),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                rule: TimeRule::YearEarlier,
                ..time
            },
            _ => time,
        }
    }

    /// The quarter or month that "last year" at `time` compares with a
    /// year back: the latest time of its sentence or the one before (also
    /// "the latest period", which is the report's: "Sales in the latest
    /// period rose 13% from last year's $1.55 billion"), or the
    /// quarter a closing day closes ("the quarter ended Sept. 30"). A day
    /// that closes a period not read ("the year ended Aug. 31"), or a
    /// count of months between ("In the nine months, net rose from $504
    /// million last year"), leaves none.
    fn compared_period(
        &self,
        time: &TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        let mut candidates = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .filter(|t| !matches!(t.rule, TimeRule::YearEarlier | TimeRule::RecentSpan));
        let latest = candidates.next()?;
        let anchor = if self.closes_period(latest) {
            candidates.next().filter(|t| t.end + 1 == latest.first)?
        } else {
            latest
        };
        // "the latest period" is the report's quarter or month, read as one.
        let period = matches!(anchor.rule, TimeRule::Quarter | TimeRule::Month)
            || anchor.counted == Some(Counted::Same);
        (period && !self.counted_period_between(anchor, time)).then_some(*anchor)
    }

    /// The word of comparison that makes the time at tokens `first..end`
    /// the base a figure is compared with: one shortly before it with a
    /// number between ("compared with a loss of $3 million last year",
    /// "down from $21.4 million last year"), or before its possessive with
    /// a number right after ("a 13% increase from last year's $1.55
    /// billion").
    fn comparison_before(&self, first: usize, end: usize) -> Option<usize> {
        let from = first.saturating_sub(COMPARISON_REACH).max(self.doc.first);
        let word_at = (from..first)
            .rev()
            .find(|&k| COMPARISON_WORDS.contains(self.doc.word(k)))?;
        let figure_between = (word_at + 1..first).any(|k| self.number(k).is_some());
        let last = self.doc.word(end - 1);
        let possessive = without_possessive(last).len() < last.len();
        let figure_after = possessive && (end..end + 2).any(|k| self.number(k).is_some());
        (figure_between || figure_after).then_some(word_at)
    }

    /// The time that `time`, a year-earlier time or one counted from an
    /// earlier time, counts from: the latest of `earlier` in its context
    /// that can be counted from, else the report's period. Before
    /// "quarter" ("the year-ago quarter") only a quarter can be.
    fn anchor_of(
        &self,
        time: &TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> Option<TimeExpr> {
        let context_first = match time.counted {
            Some(Counted::Units(_, shift)) if shift != 0 => context.narrative_first,
            _ => context.sentence_before_first,
        };
        earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context_first)
            .find(|t| {
                // A span up to publication is counted from publication
                // itself: "(10,000 are expected over the next year)" after
                // "in the past four years" is no year after those four.
                !matches!(t.rule, TimeRule::YearEarlier | TimeRule::RecentSpan)
                    && t.resolved.is_some()
                    && !self.closes_period(t)
                    && (time.counted != Some(Counted::WholeYear) || self.begun(t))
                    && !(time.rule == TimeRule::YearEarlier && self.counted_period_between(t, time))
                    && (!self.is(time.end, "quarter")
                        && self.year_back_period(time) != Some("quarter")
                        || t.rule == TimeRule::Quarter)
                    && (!self.counts_ago(time) || self.compares_figures(time))
            })
            .copied()
            .or_else(|| self.report_period(time, context))
    }

    /// Whether `time` ends in "ago" ("a year ago"), which counts from
    /// publication unless its sentence compares figures (see
    /// `compares_figures`); "the quarter a year ago" compares periods.
    fn counts_ago(&self, time: &TimeExpr) -> bool {
        word_is(self.doc.word(time.end - 1), "ago") && self.year_back_period(time).is_none()
    }

    /// Whether the sentence of `time` compares figures, so that "a year
    /// ago" is the period compared a year back, as earnings news writes
    /// it: a figure other than a year ("They were $4 million a year ago"
    /// after "Exports rose in November"), or "than" or "compared" before
    /// it ("Costs were lower than a year ago"). "In May 2019 the plant
    /// closed. A year ago it reopened." compares nothing: its "a year ago"
    /// is a year before publication, not May 2018.
    fn compares_figures(&self, time: &TimeExpr) -> bool {
        let figure = (self.doc.first..self.doc.end)
            .filter(|k| !(time.first..time.end).contains(k))
            .filter_map(|k| self.number(k))
            .any(|digits| parse_year(digits).is_none());
        let compared =
            (self.doc.first..time.first).any(|k| self.is(k, "than") || self.is(k, "compared"));
        figure || compared
    }

    /// Whether a count of months or weeks stands between `anchor` and the
    /// year-earlier `time` after it: "the company said Friday it lost $6
    /// million in the first nine months, against a profit a year earlier"
    /// compares the nine months, which the reader does not read, with a
    /// year before them, not the day it was said on with a year before that.
    fn counted_period_between(&self, anchor: &TimeExpr, time: &TimeExpr) -> bool {
        (anchor.end + 1..time.first).any(|k| self.counts_period_at(k))
    }

    /// Whether the word at `k` is "months" or "weeks" after a count of
    /// them: "nine months", "the past 12 weeks".
    fn counts_period_at(&self, k: usize) -> bool {
        word_in(self.doc.word(k), &["months", "weeks"])
            && k.checked_sub(1).and_then(|c| self.count_at(c)).is_some()
    }

    /// Whether the year-earlier adjective `time` ("the year-ago results")
    /// names the very time `anchor` told in a sentence before it, as the
    /// report's comparison: in earnings news, after "compared with a loss
    /// last year" or "in the 1988 period", the whole year before the
    /// report's period, "the year-ago results" are those results, not a
    /// year before them.
    fn names_comparison_base(
        &self,
        time: &TimeExpr,
        anchor: &TimeExpr,
        context: AnchorContext,
    ) -> bool {
        let adjective = time.rule == TimeRule::YearEarlier && time.end == time.first + 1;
        let report_year = context
            .report_period
            .and_then(|period| period.resolved)
            .map(|days| days.start.year());
        // The whole of the year before: a month or a day in it ("in
        // December") is no comparison.
        let a_year_before = anchor
            .resolved
            .zip(report_year)
            .is_some_and(|(days, year)| Some(days) == year_range(year - 1));
        adjective && anchor.first < self.doc.first && a_year_before
    }

    /// The period a report is about, for a year-earlier time or a whole
    /// year ("for the full year") with no time
    /// in its sentence or the one before to count from: earnings news names
    /// its period and compares it with a year earlier, then compares again
    /// paragraphs later ("In the year-earlier period, it lost money"), so
    /// the period is `context.report_period` (see `ReportPeriods`). "a
    /// year ago" counts from publication instead; and a count of months or
    /// weeks close before it or just after it ("Net for the nine months
    /// rose from a year earlier", "the year-earlier nine months") is a
    /// period the reader does not read, which the time may count from, so
    /// then there is none.
    fn report_period(&self, time: &TimeExpr, context: AnchorContext) -> Option<TimeExpr> {
        let counted_period = self.counted_period_near(time, context);
        let year_earlier = time.rule == TimeRule::YearEarlier && !self.counts_ago(time);
        // "the latest period" is the report's, as a reader of earnings news
        // takes it.
        let latest = time.counted == Some(Counted::Same);
        let whole_year = time.counted == Some(Counted::WholeYear);
        context
            .report_period
            .filter(|period| {
                year_earlier || whole_year || latest || self.period_in_year(time, period)
            })
            .filter(|_| !counted_period)
    }

    /// Whether `time` names the report's `period` in another year: "sales
    /// for last year's quarter", "the same period last year", with no time
    /// close before them; "quarter" names only a quarter.
    fn period_in_year(&self, time: &TimeExpr, period: &TimeExpr) -> bool {
        let names = |noun: &str| (time.first..time.end).any(|k| self.is(k, noun));
        let quarter = names("quarter");
        matches!(time.counted, Some(Counted::InYear(_)))
            && (quarter || names("period"))
            && (!quarter || period.rule == TimeRule::Quarter)
    }

    /// Whether a count of months or weeks stands close before `time` or
    /// just after it ("in the first nine months ... a year earlier", "the
    /// year-earlier nine months"): a period the reader does not read, which
    /// a time near it may be counted from.
    fn counted_period_near(&self, time: &TimeExpr, context: AnchorContext) -> bool {
        let first = context
            .sentence_before_first
            .max(time.first.saturating_sub(PERIOD_REACH));
        let near = Reader {
            doc: self.doc.within(first, self.doc.end.min(time.end + 3)),
            published: self.published,
            fiscal_end: self.fiscal_end,
            fiscal_home: self.fiscal_home,
            slash_order: self.slash_order,
        };
        (near.doc.first..near.doc.end).any(|k| near.counts_period_at(k))
    }

    /// "the 1988 quarter", "the 1989 period": the report's period (a
    /// quarter, for "quarter") named in its sentence or the one before, or
    /// else earlier (see `report_period`), in that year; "Profit rose in the
    /// third quarter ... Kirschner earned $376,000 in the 1988 quarter" is
    /// the third quarter of 1988. With none, or near a count of months, the
    /// time stays the year.
    fn report_period_in_year(
        &self,
        time: TimeExpr,
        earlier: &[TimeExpr],
        context: AnchorContext,
    ) -> TimeExpr {
        let Some(counted) = time.counted else {
            return time;
        };
        let quarter = word_is(self.doc.word(time.end - 1), "quarter");
        let fits =
            |t: &TimeExpr| self.is_report_period(t) && (!quarter || t.rule == TimeRule::Quarter);
        let anchor = earlier
            .iter()
            .rev()
            .take_while(|t| t.first >= context.sentence_before_first)
            .find(|t| fits(t))
            .copied()
            .or(context.report_period.filter(fits))
            .filter(|_| !self.counted_period_near(&time, context));
        let resolved = anchor.and_then(|a| counted.from(a.resolved?));
        match (anchor, resolved) {
            (Some(anchor), Some(resolved)) => TimeExpr {
                resolved: Some(resolved),
                tied_to: Some(Span::new(anchor.first, anchor.end)),
                ..time
            },
            _ => time,
        }
    }

    /// Whether `time` is a period results are reported for: a quarter or
    /// fiscal year that is over ("analysts expect losses through the third
    /// quarter of 1990" names no such period).
    fn is_report_period(&self, time: &TimeExpr) -> bool {
        let over = |days: DayRange| self.published.is_none_or(|p| days.end <= p);
        matches!(time.rule, TimeRule::Quarter | TimeRule::FiscalYear)
            && time.resolved.is_some_and(over)
    }

    /// Whether `time` began by publication. A whole year is the year of a
    /// time told of as begun ("forecast an increase for the full year"
    /// after "sales fell in the third quarter"), not of a goal set for a
    /// later one ("by 1992 it intended to double its share").
    fn begun(&self, time: &TimeExpr) -> bool {
        let begun = |days: DayRange| self.published.is_none_or(|p| days.start <= p);
        time.resolved.is_some_and(begun)
    }

    /// Whether `time` is the day a period ended on, "the quarter ended
    /// Sept. 30": a later "a year earlier" or "the year-ago results" counts
    /// from the period the report is about, not from its closing day, so
    /// such a day is no anchor.
    fn closes_period(&self, time: &TimeExpr) -> bool {
        let whole = self.doc.within(0, self.doc.tokens.len());
        let before = time.first.checked_sub(1).map_or("", |k| whole.word(k));
        PERIOD_CLOSERS.contains(before) && time.resolved.is_some_and(|d| d.start == d.end)
    }

    /// "two years ago", "10 days ago", "three weeks ago": the day, week,
    /// month or year that far before publication. "or so" before "ago"
    /// says about as much ("a week or so ago").
    fn ago(&self, i: usize, amount: i64) -> TimeRead {
        let or_so = self.is(i + 2, "or") && self.is(i + 3, "so");
        let ago_at = i + 2 + 2 * usize::from(or_so);
        if !self.is(ago_at, "ago") || self.vague_before(i) {
            return None;
        }
        let (unit, amount) = in_weeks_for_fortnights(self.doc.word(i + 1), amount);
        // "about four weeks ago" is the week around the day four weeks back,
        // not a Monday-to-Sunday week.
        let about_before = APPROXIMATIONS.contains(self.prev(i));
        let about = about_before || or_so;
        let around = |day: Day| Some(range(day.add_days(-3)?, day.add_days(3)?));
        let resolved = self.published.and_then(|p| match unit.as_str() {
            "day" => p.add_days(-amount).map(single),
            "week" if about => p.add_days(-7 * amount).and_then(around),
            "week" => week_range(p, -amount),
            "month" => shifted_month(p, -(amount as i32)),
            "year" => year_range(p.year() - amount as i32),
            _ => None,
        });
        let first = if about_before && unit == "week" {
            i - 1
        } else {
            i
        };
        found(TimeRule::Ago, first, ago_at + 1, Some(resolved?))
    }

    /// A month name: "December 27", "Dec. 30, 2023", "March 2020", "27
    /// December", or the month alone.
    fn read_month(&self, i: usize, month: u8) -> TimeRead {
        if let Some(day) = self.day_of_month_at(i + 1) {
            // "December 27" or "Dec. 30, 2023".
            let year_at = if self.doc.word(i + 2) == "," {
                i + 3
            } else {
                i + 2
            };
            if let Some((year, end)) = self.year_at(year_at) {
                let resolved = Day::new(year, month, day).map(single);
                return found(TimeRule::CalendarDate, i, end, resolved);
            }
            return self.dated_by_weekday_before(i, month, day);
        }
        if let Some((year, end)) = self.year_at(i + 1) {
            return found(TimeRule::CalendarDate, i, end, month_range(year, month));
        }
        if let Some(read) = self.month_of_year(i, month) {
            return read;
        }
        let day_first = (i.saturating_sub(DAY_FIRST_REACH).max(self.doc.first)..i)
            .find(|&k| self.month_after_day(k) == Some(i));
        if let Some((day, k)) = day_first.and_then(|k| Some((parse_day(self.number(k)?)?, k))) {
            // "27 December 2023" is read from its day, so this is only "27
            // December", read as "December 27" is.
            return self
                .dated_by_weekday_before(k, month, day)
                .map(|time| TimeExpr { end: i + 1, ..time });
        }
        self.read_bare_month(i, month)
    }

    /// The day of the month written at token `k`, after its month: in
    /// digits ("March 8") or as an ordinal said aloud ("March eighth"),
    /// which a noun after it would make an ordinal of that noun instead
    /// ("in May first responders").
    fn day_of_month_at(&self, k: usize) -> Option<u8> {
        if let Some(day) = self.number(k).and_then(parse_day) {
            return Some(day);
        }
        let day = ordinal_word(self.doc.word(k)).filter(|day| (1..=31).contains(day))?;
        let noun_after = self.doc.is_word(k + 1)
            && k + 1 < self.doc.end
            && !TIME_FOLLOWERS.contains(self.doc.word(k + 1));
        (!noun_after).then_some(day)
    }

    /// A month at token `i` with "of" and its year after it: "June of 2015",
    /// "June of last year". "June of that year" names a year told before,
    /// which "that year" is read as on its own, so the month reads nothing
    /// rather than the June nearest to publication. `None` when no "of"
    /// follows.
    fn month_of_year(&self, i: usize, month: u8) -> Option<TimeRead> {
        if !self.is(i + 1, "of") {
            return None;
        }
        if let Some((year, end)) = self.year_at(i + 2) {
            return Some(found(
                TimeRule::CalendarDate,
                i,
                end,
                month_range(year, month),
            ));
        }
        if let Some(shift) = self.year_named_after(i + 2) {
            let resolved = self
                .published
                .and_then(|p| month_range(p.year() + shift, month));
            return Some(found(TimeRule::Month, i, i + 4, resolved));
        }
        word_in(self.doc.word(i + 2), &["that", "the"]).then_some(None)
    }

    /// The year written at token `k`, in digits ("1997") or in words as
    /// it is spoken ("nineteen ninety-seven"), and the token after it.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        match self.number(k).and_then(parse_year) {
            Some(year) => Some((year, k + 1)),
            None => self.spoken_year(k),
        }
    }

    /// A year as broadcasters say it, its century and then its last two
    /// digits: "nineteen ninety-six", "twenty ten". A count never reads so
    /// ("nineteen" is never followed by a second number), so no context is
    /// needed.
    fn spoken_year(&self, k: usize) -> Option<(i32, usize)> {
        let century = SPOKEN_CENTURIES.get(self.doc.word(k))?;
        let rest = crate::grammar::number_word(&self.doc.word(k + 1).to_ascii_lowercase())
            .filter(|v| *v >= 10.0)?;
        Some((century * 100 + rest as i32, k + 2))
    }

    /// A decade or a century at token `i`, with "the" before it: "the
    /// 1990s", "the nineties", "the '90s", "the 20th century", "a
    /// 19th-century church". A decade said without its century needs
    /// "the" ("in her nineties" is an age) and no talk of temperatures
    /// ("highs in the nineties").
    fn read_era(&self, i: usize) -> TimeRead {
        let the = self.the_before_era(i);
        let (resolved, end) = if let Some((century, end)) = self.century_at(i) {
            (century_range(century), end)
        } else {
            let (decade, end) = self.decade_at(i)?;
            let first_year = match decade {
                // "the 1800s", "the early 1900s" are centuries; "the 2000s"
                // is most often the decade, as its century is not done.
                Decade::Of(year) if year % 100 == 0 && year < 2000 => {
                    return found(
                        TimeRule::Era,
                        the.unwrap_or(i),
                        end,
                        century_range(year / 100 + 1),
                    );
                }
                Decade::Of(year) => Some(year),
                Decade::InCentury(_) if the.is_none() || self.speaks_of_temperature() => {
                    return None
                }
                Decade::InCentury(tens) => self.published.map(|p| latest_decade(p, tens)),
            };
            (first_year.and_then(decade_range), end)
        };
        found(TimeRule::Era, the.unwrap_or(i), end, resolved)
    }

    /// Where "the" before a decade or century at token `i` is, before it or
    /// before a word of part before it ("the late nineties").
    fn the_before_era(&self, i: usize) -> Option<usize> {
        let part = usize::from(PART_MODIFIERS.contains(self.prev(i)));
        let the = i.checked_sub(1 + part)?;
        (the >= self.doc.first && self.is(the, "the")).then_some(the)
    }

    /// The decade written at token `k` and the token after it: a year with
    /// "s" joined to it ("1990s"), two digits after an apostrophe ("'90s")
    /// or a word ("nineties").
    fn decade_at(&self, k: usize) -> Option<(Decade, usize)> {
        if let Some(tens) = decade_word(self.doc.word(k)) {
            return Some((Decade::InCentury(tens), k + 1));
        }
        let apostrophe = word_in(self.doc.word(k), &["'", "’", "‘"]);
        let at = k + usize::from(apostrophe);
        let digits = self.number(at).filter(|d| d.ends_with('0'))?;
        let joined_s = self
            .doc
            .tokens
            .get(at + 1)
            .is_some_and(|t| !t.space_before && at + 1 < self.doc.end)
            && self.doc.word(at + 1) == "s";
        if !joined_s {
            return None;
        }
        let decade = match (digits.len(), apostrophe) {
            (4, false) => Decade::Of(parse_year(digits)?),
            (2, true) => Decade::InCentury(digits.parse().ok()?),
            _ => return None,
        };
        Some((decade, at + 2))
    }

    /// The century named at token `k` by its ordinal, in digits or in
    /// words, and the token after "century": "20th century",
    /// "twentieth-century", "21st-century". A century before Christ
    /// ("the fifth century BC") is none of the calendar's.
    fn century_at(&self, k: usize) -> Option<(i32, usize)> {
        // The ordinal and its last token: the suffix joined to its digits
        // ("20th"), or the word itself ("twentieth").
        let (century, last) = match self.number(k) {
            Some(digits) => {
                let joined = self.doc.tokens.get(k + 1).is_some_and(|t| !t.space_before);
                let suffix = self.doc.word(k + 1).split('-').next().unwrap_or("");
                let ordinal = joined && word_in(suffix, &["st", "nd", "rd", "th"]);
                (ordinal.then(|| digits.parse().ok()).flatten()?, k + 1)
            }
            None => {
                let word = self.doc.word(k).to_ascii_lowercase();
                let bare = word.strip_suffix("-century").unwrap_or(&word);
                (i32::from(ordinal_word(bare)?), k)
            }
        };
        let end = if self
            .doc
            .word(last)
            .to_ascii_lowercase()
            .ends_with("-century")
        {
            last + 1
        } else if self.is(last + 1, "century") {
            last + 2
        } else {
            return None;
        };
        let before_christ = word_in(self.doc.word(end), &["bc", "b.c", "bce", "b.c.e"]);
        // A capitalised "Century" before another capitalised word is part
        // of a name: "21st Century Fox".
        let named = is_capitalized(self.doc.word(end - 1))
            && self.doc.is_word(end)
            && end < self.doc.end
            && is_capitalized(self.doc.word(end));
        (!before_christ && !named && (1..=21).contains(&century)).then_some((century, end))
    }

    /// Whether the sentence talks of temperatures, where "the nineties" are
    /// degrees.
    fn speaks_of_temperature(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| TEMPERATURE_WORDS.contains(self.doc.word(k)))
    }

    /// A spoken year alone ("in nineteen ninety-one"), or "the year two
    /// thousand", where a count of two thousand cannot be meant.
    fn read_spoken_year(&self, i: usize) -> TimeRead {
        if let Some((year, end)) = self.spoken_year(i) {
            return found(TimeRule::Year, i, end, year_range(year));
        }
        let after_year = self.is(i.wrapping_sub(1), "year") && word_is(self.prev(i - 1), "the");
        if !after_year || !self.is(i, "two") || !self.is(i + 1, "thousand") {
            return None;
        }
        found(TimeRule::Year, i - 2, i + 2, year_range(2000))
    }

    /// "the week of March 6": the Monday-to-Sunday week that holds the
    /// date; any other time as it is.
    fn week_of(&self, time: TimeExpr) -> TimeExpr {
        let day = time.resolved.filter(|days| days.start == days.end);
        let names_week = time.first >= self.doc.first + 3
            && self.is(time.first - 1, "of")
            && self.is(time.first - 2, "week")
            && self.is(time.first - 3, "the");
        match day {
            Some(day) if names_week => TimeExpr {
                first: time.first - 3,
                resolved: week_range(day.start, 0),
                ..time
            },
            _ => time,
        }
    }

    /// "the March quarter", "the September 2023 quarter": a quarter named,
    /// as Australian, Indian and British reports name them, by the month
    /// it ends with, the three months to that month's end; any other time
    /// as it is.
    fn quarter_ending_in(&self, time: TimeExpr) -> TimeExpr {
        let month = time.resolved.filter(|&days| is_whole_month(days));
        let resolved = month.and_then(|days| three_months_ending(days.end));
        match resolved {
            Some(quarter) if self.is(time.end, "quarter") && time.end < self.doc.end => TimeExpr {
                end: time.end + 1,
                resolved: Some(quarter),
                rule: TimeRule::Quarter,
                ..time
            },
            _ => time,
        }
    }

    /// "the year to March", "the 12 months to June", "the three months
    /// ending September", "the financial year to June 2023": a period named, as
    /// British, Australian and Canadian statistics name them, by the month
    /// it runs to, the months up to that month's end; any other time as it
    /// is. A period to a day ("the year ended March 31") is read as the day
    /// that closes it (see `closes_period`).
    fn months_up_to(&self, time: TimeExpr) -> TimeExpr {
        let month = time.resolved.filter(|&days| is_whole_month(days));
        let Some((first, months)) = self.period_before_to(time.first) else {
            return time;
        };
        let start = month.and_then(|days| shifted_month(days.start, 1 - months));
        match month.zip(start) {
            Some((month, start)) => TimeExpr {
                first,
                resolved: Some(range(start.start, month.end)),
                rule: if months == 3 {
                    TimeRule::Quarter
                } else {
                    TimeRule::CalendarDate
                },
                ..time
            },
            None => time,
        }
    }

    /// The first token and the months of a period named just before "to"
    /// or "ending" at token `at - 1`, after "the": "the year" (with
    /// "financial" or "fiscal" before it, too), "the 12 months", and the
    /// half-year of British and Australian company reports ("the half-year
    /// to December", "the half year to June", "the half to June"); "the
    /// quarter" is read by `quarter_days`. "extended by three months to
    /// June" names no period.
    fn period_before_to(&self, at: usize) -> Option<(usize, i32)> {
        let floor = self.doc.first;
        let closer = at.checked_sub(1).filter(|&k| k > floor)?;
        if !self.is(closer, "to") && !self.is(closer, "ending") {
            return None;
        }
        let noun = closer - 1;
        let (mut first, months) = match self.doc.word(noun).to_ascii_lowercase().as_str() {
            "year" if noun > floor && self.is(noun - 1, "half") => (noun - 1, 6),
            "half-year" | "half" => (noun, 6),
            "year" => (noun, 12),
            "months" if noun > floor => (noun - 1, self.count_at(noun - 1)?),
            _ => return None,
        };
        if first > floor && word_in(self.prev(first), &["financial", "fiscal"]) {
            first -= 1;
        }
        (first > floor && self.is(first - 1, "the")).then_some((first - 1, months))
    }

    /// Whether the month name at token `i` dates the common noun after it,
    /// between "the" and that noun: "the March deadline", "the May
    /// election", but not "the March of Dimes" or "the March on Rome".
    fn dates_noun_after_the(&self, i: usize) -> bool {
        let next = self.doc.word(i + 1);
        let noun_follows = self.doc.tokens.get(i + 1).is_some_and(|t| t.is_word())
            && i + 1 < self.doc.end
            && !is_capitalized(next)
            && !crate::grammar::OBJECT_PREPOSITIONS.contains(next);
        word_is(self.prev(i), "the") && noun_follows
    }

    /// Which way the clause of the bare month at token `i` points it, and
    /// the word that says so: the nearest word that sets a tense close
    /// before it; or, further back in its sentence, only a word that looks
    /// ahead ("will be named commander of the shuttle for a mission in
    /// December"), as a past verb that far back mostly belongs to another
    /// clause ("told oil companies of a cutback in its supply in
    /// September").
    fn bare_month_tense(&self, i: usize) -> Option<(Tense, usize)> {
        let first = self.part_phrase_first(i);
        self.tense_of(first, i + 1, first.saturating_sub(MONTH_REACH))
            .or_else(|| self.verb_after_subject(i + 1))
            .or_else(|| {
                self.tense_of(first, i + 1, self.doc.first)
                    .filter(|&(tense, _)| tense == Tense::Future)
            })
    }

    /// Where the phrase of part that holds the month at token `i` begins
    /// ("the end of September", `PERIOD_PART_NOUNS`), else `i`: its tense
    /// is the phrase's, so that "Through the end of September, the senator
    /// had raised $3 million" opens its sentence and the verb after it says
    /// the months have run.
    fn part_phrase_first(&self, i: usize) -> usize {
        if i < self.doc.first + 2
            || !self.is(i - 1, "of")
            || !PERIOD_PART_NOUNS.contains(self.doc.word(i - 2))
        {
            return i;
        }
        if i > self.doc.first + 2 && self.is(i - 3, "the") {
            i - 3
        } else {
            i - 2
        }
    }

    /// The tense of a verb just after a time inside its clause's subject,
    /// and the verb: "Retail sales in January rose", "Exports in February
    /// were weak". A comma or a word that joins clauses ends the search,
    /// as what follows is another clause ("by the end of March and
    /// suggested").
    fn verb_after_subject(&self, end: usize) -> Option<(Tense, usize)> {
        (end..self.doc.end)
            .take(SUBJECT_TAIL)
            .take_while(|&k| {
                self.doc.tokens.get(k).is_some_and(|t| t.is_word())
                    && !CLAUSE_JOINERS.contains(self.doc.word(k))
            })
            .find_map(|k| self.tense_at(k, false).map(|tense| (tense, k)))
    }

    /// A month without its day or year: "in March", "last June", "January
    /// this year". "May" and "March", and abbreviations, need a preposition
    /// before them to be months at all; the year is the one the words
    /// around and the tense point to from the publication date.
    fn read_bare_month(&self, i: usize, month: u8) -> TimeRead {
        let published = self.published;
        let prev = self.prev(i).to_ascii_lowercase();
        let name = without_possessive(self.doc.word(i));
        let full = name.len() >= 5 || word_in(name, &["june", "july"]);
        let needs_preposition = word_in(name, &["may", "march"]) || !full;
        // "between January and March": a month joined to one before it.
        let joined = word_in(&prev, &["and", "or", "to"])
            && i >= self.doc.first + 2
            && month_number(self.doc.word(i - 2)).is_some();
        let preposition =
            MONTH_PREPOSITIONS.contains(&prev) || joined || self.period_before_to(i).is_some();
        if needs_preposition && !preposition && !self.dates_noun_after_the(i) {
            return None;
        }
        // "said April Ryan": a month's name that is a first name, before a
        // name, is the person's.
        let name_after = self.doc.tokens.get(i + 1).is_some_and(|t| {
            t.is_word() && is_capitalized(t.text(self.doc.text)) && !is_calendar_word(t.key)
        });
        if !preposition && name_after && MONTH_FIRST_NAMES.contains(name) {
            return None;
        }
        let first = if matches!(prev.as_str(), "in" | "last" | "next" | "this") {
            i - 1
        } else {
            i
        };
        if let Some(shift) = self.year_named_after(i + 1) {
            let resolved = published.and_then(|p| month_range(p.year() + shift, month));
            return found(TimeRule::Month, first, i + 3, resolved);
        }
        // "next June", "since March": the word before says which way; "that
        // October speech" is one told of before, so in the past.
        let pointed = matches!(prev.as_str(), "next" | "last" | "this" | "since" | "that");
        // A modal says when its verb happens, not the period that a month
        // before a noun names: "candidates must file their February reports".
        let tense = self
            .bare_month_tense(i)
            .filter(|&(_, k)| !pointed && (preposition || !MODALS.contains(self.doc.word(k))));
        let ahead_by = tense.and_then(|(tense, k)| (tense == Tense::Future).then_some(k));
        // With no tense, the nearer month, as for a day without its year.
        let soon =
            tense.is_none() && !pointed && published.is_some_and(|p| month_closer_ahead(p, month));
        let next = prev == "next" || ahead_by.is_some() || soon;
        let resolved =
            published.and_then(|p| month_range(bare_month_year(p, month, &prev, next), month));
        found(TimeRule::Month, first, i + 1, resolved).map(|time| time.pointed_ahead_by(ahead_by))
    }

    /// "the January-March quarter", "April-June 2023", "the July-September
    /// period last year" (`word` at token `i`): the months from the first
    /// named to the end of the second, in the year written after them or
    /// else the one the last month would be read in alone (see
    /// `read_bare_month`, here read where the noun after them stands, so
    /// that "last year" after it is seen); a "quarter", "period" or "half"
    /// after them is theirs, and three of them are a quarter. `None` when
    /// the word is no such run.
    fn read_run_of_months(&self, i: usize, word: &str) -> Option<TimeRead> {
        let (from, to) = word.split_once(['-', '–'])?;
        let (from, to) = (month_number(from)?, month_number(to)?);
        let months = (i32::from(to) - i32::from(from)).rem_euclid(12);
        let noun = |k: usize| word_in(self.doc.word(k), &["quarter", "period", "half"]);
        let at = i + usize::from(noun(i + 1));
        let last = match self.year_at(at + 1) {
            Some((year, end)) => found(TimeRule::CalendarDate, i, end, month_range(year, to)),
            None => self.read_bare_month(at, to),
        };
        let Some(last) = last else {
            return Some(None);
        };
        let end = last.end.max(at + 1);
        Some(self.months_through(i.min(last.first), end, months, last))
    }

    /// "between March and May", "between November and February 2024",
    /// "between January and June 30" (the month `from` at token `i`): the
    /// months from the first to the end of the second, or to its day, read
    /// as a run of months is ("March-May", see
    /// `read_run_of_months`). Before, "between March" was no time and "May"
    /// was read alone.
    fn read_months_between(&self, i: usize, from: u8) -> Option<TimeRead> {
        if !word_is(self.prev(i), "between") || !self.is(i + 1, "and") {
            return None;
        }
        let to = month_number(self.doc.word(i + 2))?;
        let months = (i32::from(to) - i32::from(from)).rem_euclid(12);
        let last = self.read_month(i + 2, to);
        Some(last.and_then(|last| self.months_through(i - 1, last.end, months, last)))
    }

    /// The time at tokens `first..end` that runs from `months` months
    /// before the month `last` to its end: three months are a quarter.
    fn months_through(&self, first: usize, end: usize, months: i32, last: TimeExpr) -> TimeRead {
        let start = last
            .resolved
            .and_then(|days| shifted_month(days.end, -months));
        let resolved = last
            .resolved
            .zip(start)
            .map(|(last, start)| range(start.start, last.end));
        let rule = if months == 2 {
            TimeRule::Quarter
        } else {
            TimeRule::CalendarDate
        };
        found(rule, first, end, resolved)
    }

    /// The year named after a month by "this year", "last year" or "next
    /// year" at token `k` ("January this year", "June last year"), as its
    /// shift from the publication year.
    fn year_named_after(&self, k: usize) -> Option<i32> {
        if !word_in(self.doc.word(k + 1), &["year", "year's", "year’s"]) {
            return None;
        }
        match self.doc.word(k).to_ascii_lowercase().as_str() {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        }
    }

    /// A time that opens with the number at token `i` (`word`): "10 days
    /// ago", "27 December 2023", "12/27/2023", "2023-12-27", or a year.
    fn read_number(&self, i: usize, word: &str) -> TimeRead {
        if let Some(found) = self.count_at(i).and_then(|n| self.ago(i, i64::from(n))) {
            return Some(found);
        }
        if let Some(day) = parse_day(word) {
            return self
                .read_day_first(i, day)
                .or_else(|| self.read_ordinal_day(i, day));
        }
        if let Some(fiscal) = self
            .read_the_fiscal_year(i)
            .or_else(|| self.read_bare_split_year(i))
        {
            return Some(fiscal);
        }
        if let Some(date) = self.read_slash_date(i, word) {
            return date;
        }
        let year = parse_year(word)?;
        if let Some(date) = self.read_iso_date(i, year) {
            return Some(date);
        }
        self.read_year_number(i, year)
    }

    /// A date written day first at token `i`: "27 December 2023", or the
    /// second day of "April 24 and 25".
    fn read_day_first(&self, i: usize, day: u8) -> TimeRead {
        if let Some(second) = self.second_day_of_month(i, day) {
            return Some(second);
        }
        let month_at = self.month_after_day(i)?;
        let month = month_number(self.doc.word(month_at))?;
        let year = self.number(month_at + 1).and_then(parse_year)?;
        // "Friday, 17 May 2024": the weekday is part of the date.
        let (_, first) = self.weekday_before(i);
        found(
            TimeRule::CalendarDate,
            first,
            month_at + 2,
            Day::new(year, month, day).map(single),
        )
    }

    /// The token of the month after a day written first at token `i`,
    /// with its ordinal ending or without ("17 May", "17th May"), or with
    /// the ending and "of" ("the 17th of May").
    fn month_after_day(&self, i: usize) -> Option<usize> {
        let ending = self.doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && word_in(self.doc.word(i + 1), &["st", "nd", "rd", "th"]);
        let at = i + 1 + usize::from(ending);
        let at = at + usize::from(ending && self.is(at, "of"));
        month_number(self.doc.word(at)).map(|_| at)
    }

    /// A date written with slashes at token `i` (`word`): "12/27/2023",
    /// "27/12/23", in the order a day past 12 shows or else the article's
    /// own ([`SlashOrder`]); unresolved when neither tells. `None` when the
    /// word has no three parts.
    fn read_slash_date(&self, i: usize, word: &str) -> Option<TimeRead> {
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

    /// A date written year first with dashes at token `i`: "2023-12-27".
    fn read_iso_date(&self, i: usize, year: i32) -> TimeRead {
        if self.doc.word(i + 1) != "-" || self.doc.word(i + 3) != "-" {
            return None;
        }
        let month = self.number(i + 2).and_then(|m| m.parse().ok())?;
        let day = self.number(i + 4).and_then(|d| d.parse().ok())?;
        found(
            TimeRule::CalendarDate,
            i,
            i + 5,
            Day::new(year, month, day).map(single),
        )
    }

    /// The four-digit `year` at token `i` where it reads as one: a range of
    /// years, "the 1988 period", "the 2021 fiscal year", or a year alone.
    fn read_year_number(&self, i: usize, year: i32) -> TimeRead {
        if let Some(years) = self.read_years(i, year) {
            return Some(years);
        }
        // A number in a range of four-digit numbers that is no span of
        // years is no year either: "2000 - 2500 calories".
        let ranged = matches!(self.doc.word(i + 1), "-" | "–");
        if ranged && self.number(i + 2).and_then(parse_year).is_some() {
            return None;
        }
        // "the 1988 second quarter" is the quarter's to read.
        if self.ordinal_quarter_at(i + 1) {
            return None;
        }
        // "the 1988 period": the report's period in 1988, or with none,
        // some part of 1988 the words do not fix, so the year is what can
        // be said of it (see `report_period_in_year`).
        if word_is(self.prev(i), "the") && word_in(self.doc.word(i + 1), &["period", "quarter"]) {
            let time = found(TimeRule::Year, i - 1, i + 2, year_range(year))?;
            return Some(TimeExpr {
                counted: Some(Counted::InYear(year)),
                ..time
            });
        }
        let modern = (1900..=2100).contains(&year) && self.bare_year_context(i);
        let historical = year < 1900 && self.historical_year_context(i);
        if !modern && !historical {
            return None;
        }
        found(TimeRule::Year, i, i + 1, year_range(year))
    }

    /// Whether a four-digit number before 1900 reads as a year: only
    /// after a preposition of time and before no word, "independence in
    /// 1898.", as such a number is more often a count ("in 1500 homes") or
    /// a score ("a level of 1500").
    fn historical_year_context(&self, i: usize) -> bool {
        let next_is_word = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && i + 1 < self.doc.end);
        HISTORICAL_YEAR_PREPOSITIONS.contains(self.prev(i)) && !next_is_word
    }

    /// The second day of "April 24 and 25": a day number after "and" or
    /// "or" that follows a month's day, in that month, when no word follows
    /// it to make it a count ("April 24 and 25 people").
    fn second_day_of_month(&self, i: usize, day: u8) -> TimeRead {
        let joined = i >= self.doc.first + 3 && word_in(self.prev(i), &["and", "or"]);
        let first_day = self.number(i.wrapping_sub(2)).and_then(parse_day);
        let month = month_number(self.doc.word(i.wrapping_sub(3)));
        let counts = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && i + 1 < self.doc.end);
        let month = month.filter(|_| joined && first_day.is_some() && !counts)?;
        found(TimeRule::CalendarDate, i, i + 1, self.month_day(month, day))
    }

    /// "2016-2018", "between 2010 and 2014": the years from the first to
    /// the last, when the last comes after the first.
    fn read_years(&self, i: usize, year: i32) -> TimeRead {
        let between = word_is(self.prev(i), "between") && self.is(i + 1, "and");
        let dash = matches!(self.doc.word(i + 1), "-" | "–") && self.doc.word(i + 3) != "-";
        if !between && !dash {
            return None;
        }
        // A year past 2100 is something else in news: "2000 - 2500
        // Calories" is a range of calories.
        let last = self
            .number(i + 2)
            .and_then(parse_year)
            .filter(|&y| y > year && y <= 2100)?;
        let first = if between { i - 1 } else { i };
        let resolved = year_range(year)
            .zip(year_range(last))
            .map(|(a, b)| range(a.start, b.end));
        found(TimeRule::Year, first, i + 3, resolved)
    }

    /// "the 2021 fiscal year", "the 2024-25 financial year", "the 2023/24
    /// fiscal year": a fiscal year as "fiscal 2021", "financial year
    /// 2024-25" and "fiscal 2023/24" are (see `fiscal_year_named`).
    fn read_the_fiscal_year(&self, i: usize) -> TimeRead {
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
    fn read_bare_split_year(&self, i: usize) -> TimeRead {
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

    /// Whether a word or a dash is joined to the number at token `i`
    /// without a space ("1990s", "1990-91"), which makes the number no year.
    fn joined_after(&self, i: usize) -> bool {
        let next_token = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        next_token.is_some_and(|t| {
            !t.space_before && matches!(t.kind, Kind::Punct('-' | '–') | Kind::Word)
        })
    }

    /// Whether one or two capitalised words from token `k` are followed by
    /// one of the `DATED_NOUNS`: "(2015) Gallup survey", "(1990) BellSouth
    /// earnings".
    fn name_before_dated_noun(&self, k: usize) -> bool {
        let names = (k..k + 3)
            .take_while(|&j| j < self.doc.end && is_capitalized(self.doc.word(j)))
            .count();
        (1..=2).contains(&names) && DATED_NOUNS.contains(self.doc.word(k + names))
    }

    /// Whether a four-digit number reads as a year: not money, not part of a
    /// name or model ("Title 2000", "a 2012 Ford"), not a count ("2000 people").
    fn bare_year_context(&self, i: usize) -> bool {
        let prev = self.prev(i);
        let next = self.doc.word(i + 1);
        let next_token = self.doc.tokens.get(i + 1).filter(|_| i + 1 < self.doc.end);
        if matches!(prev, "$" | "€" | "£" | "#") || self.vague_before(i) {
            return false;
        }
        if self.joined_after(i) {
            return false;
        }
        // After a preposition or a determiner the number is a year even
        // before a noun: "in 1990 spending", "its 1988 recapitalization".
        let anchored = YEAR_ANCHORS.contains(prev) || prev.ends_with("’s") || prev.ends_with("'s");
        let preceded_by_name = is_capitalized(prev)
            && !YEAR_PREPOSITIONS.contains(prev)
            && !anchored
            && month_number(prev).is_none()
            && i > self.doc.first;
        // Before a name the number is a year only where a preposition or a
        // demonstrative fixes it as one ("the 1996 Olympics", "in 1990
        // Congress"); after an owner or "a" it may name a model ("his 1987
        // Chevrolet", "a 2012 Ford").
        let fixed_before_name =
            YEAR_PREPOSITIONS.contains(prev) || word_in(prev, &["the", "this", "that"]);
        let followed_by_name = is_capitalized(next)
            && next_token.is_some_and(|t| t.is_word())
            && !fixed_before_name
            && !self.name_before_dated_noun(i + 1);
        let counted = !anchored
            && next_token.is_some_and(|t| t.is_word())
            && !is_capitalized(next)
            && !YEAR_FOLLOWERS.contains(next);
        !(preceded_by_name || followed_by_name || counted)
    }
}

/// Where a time counted from an earlier one looks for it: a year-earlier
/// time or "that same month" follows its time in its sentence or the one
/// before; one counted on or back from it ("The following month, the
/// company put itself up for sale") may open a paragraph that carries on
/// a story told a few sentences before.
#[derive(Clone, Copy)]
struct AnchorContext {
    sentence_before_first: usize,
    narrative_first: usize,
    report_period: Option<TimeExpr>,
}

/// The words that introduce the base a figure is compared with:
/// "compared with $3 million", "up from $2 million", "against a loss".
static COMPARISON_WORDS: Lexicon = Lexicon::new(&["compared", "from", "against", "versus", "vs"]);

/// How many words before a time its word of comparison may stand: "compared
/// with earnings of $6.1 million, or 52 cents a share, last year".
const COMPARISON_REACH: usize = 12;

/// How many words before a year-earlier time a count of months or weeks
/// makes it count from a period the reader does not read.
const PERIOD_REACH: usize = 40;

/// The periods earlier sentences reported on, which a year-earlier time
/// far from any other time counts from: the period the last year-earlier
/// comparison counted from, or else the last one named.
#[derive(Clone, Copy, Default)]
struct ReportPeriods {
    compared: Option<TimeExpr>,
    named: Option<TimeExpr>,
}

impl ReportPeriods {
    /// Takes note of the report periods among the `times` read from the
    /// one at `from` on.
    fn note(&mut self, reader: &Reader, times: &[TimeExpr], from: usize) {
        for time in times.get(from..).unwrap_or_default() {
            if reader.is_report_period(time) {
                self.named = Some(*time);
            }
            let anchor = time
                .tied_to
                .filter(|_| time.rule == TimeRule::YearEarlier)
                .and_then(|span| {
                    let k = times.partition_point(|t| t.first < span.first);
                    times.get(k).filter(|t| t.end == span.end).copied()
                });
            if let Some(anchor) = anchor.filter(|a| reader.is_report_period(a)) {
                self.compared = Some(anchor);
            }
        }
    }

    fn period(&self) -> Option<TimeExpr> {
        self.compared.or(self.named)
    }
}

/// How many words before "meet" the "and" that joins its subject's names
/// may stand: "He and Palestinian leader Yasser Arafat meet".
const JOINED_NAME_REACH: usize = 6;

/// How many sentences back a time counted on or back from an earlier one
/// ("the following month") looks for it.
const NARRATIVE_REACH: usize = 3;

/// Finds every time expression outside boilerplate, and the date of a
/// dateline ("JOHANNESBURG, August 7 (Xinhua) --"), which says when the
/// report was filed.
pub(crate) fn find_times(text: &str, segments: &Segments, published: Option<Day>) -> Vec<TimeExpr> {
    let mut times = Vec::new();
    let mut window_starts = Vec::new();
    let mut periods = ReportPeriods::default();
    let fiscal_end = stated_fiscal_year_end(text, segments);
    let fiscal_home = dateline_fiscal_home(text, segments);
    let slash_order = written_slash_order(text, segments);
    for window in windows(segments) {
        window_starts.push(window.first);
        let start_back = |n: usize| window_starts[window_starts.len().saturating_sub(n + 1)];
        let context = AnchorContext {
            sentence_before_first: start_back(1),
            narrative_first: start_back(NARRATIVE_REACH),
            report_period: periods.period(),
        };
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(window.first, window.end),
            published,
            fiscal_end,
            fiscal_home,
            slash_order,
        };
        let before = times.len();
        read_window(&reader, window, context, &mut times);
        periods.note(&reader, &times, before);
    }
    times
}

/// The end of the fiscal year the article states ("the company's fiscal
/// years end June 30"), which its "fiscal 1990" counts by wherever it
/// stands; none when it states none, or two that differ, as an article
/// about two companies may.
fn stated_fiscal_year_end(text: &str, segments: &Segments) -> Option<FiscalYearEnd> {
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

/// The country's fiscal year the article's datelines name by a city or a
/// news agency ("NEW DELHI, May 20", "(AAP)"; see `DATELINE_COUNTRIES`),
/// or the place that opens its first paragraphs in a dateline of the
/// Indian press, which ends in a colon or a bracket rather than a dash
/// ("New Delhi:", "Mumbai, May 20 (PTI)"); none when they name none, or
/// two that differ.
fn dateline_fiscal_home(text: &str, segments: &Segments) -> Option<FiscalHome> {
    let openings = segments
        .paragraphs
        .iter()
        .filter(|paragraph| !paragraph.boilerplate)
        .take(OPENING_PLACE_PARAGRAPHS)
        .filter_map(|paragraph| place_opening(text, &segments.tokens, paragraph.first));
    let mut homes = segments
        .datelines
        .iter()
        .copied()
        .chain(openings)
        .flat_map(|span| span.first..span.end)
        .filter_map(|k| dateline_country(text, &segments.tokens, k).and_then(fiscal_home));
    let first = homes.next()?;
    homes.all(|home| home == first).then_some(first)
}

/// How many paragraphs from the top may open with a place before a colon
/// or a bracket: the first is often the headline.
const OPENING_PLACE_PARAGRAPHS: usize = 2;

/// The words before a colon, or the agency in the bracket, that open a
/// paragraph at token `first` as a dateline without a dash: "New Delhi:",
/// "Mumbai, May 20 (PTI)". Only capitalised words, numbers and commas may
/// stand before it, so a sentence ("Officials said: ...") is none.
fn place_opening(text: &str, tokens: &[Token], first: usize) -> Option<Span> {
    let limit = tokens.len().min(first + OPENING_PLACE_REACH);
    for (k, token) in tokens.iter().enumerate().take(limit).skip(first) {
        // Before a bracket only the agency in it is read: the place may be
        // a first name too ("Regina Lopez (D)").
        let stop = match token.kind {
            Kind::Punct(':') => Some(Span { first, end: k }),
            Kind::Punct('(') => Some(Span {
                first: k + 1,
                end: k + 2,
            }),
            _ => None,
        };
        if let Some(span) = stop.filter(|_| k > first) {
            return Some(span);
        }
        let allowed = token.kind == Kind::Number
            || token.is_punct(',')
            || token.is_word() && is_capitalized(token.text(text));
        if !allowed {
            return None;
        }
    }
    None
}

/// How many tokens a place and date before a colon or bracket may take:
/// "New Delhi, May 20 (".
const OPENING_PLACE_REACH: usize = 8;

/// The order the article writes dates with slashes in, as a day past 12
/// in one of them shows; none when none shows it, or two show different
/// orders.
fn written_slash_order(text: &str, segments: &Segments) -> Option<SlashOrder> {
    let mut shown = segments
        .tokens
        .iter()
        .filter(|t| t.kind == Kind::Number)
        .filter_map(|t| slash_parts(t.text(text)))
        .filter_map(|(first, second, _)| SlashOrder::shown_by(first, second));
    let first = shown.next()?;
    shown.all(|order| order == first).then_some(first)
}

/// The runs of tokens times are read in, in text order: the sentences of
/// reporting, and the datelines before them.
fn windows(segments: &Segments) -> Vec<Span> {
    let mut windows: Vec<Span> = segments
        .sentences
        .iter()
        .filter(|sentence| !sentence.boilerplate)
        .map(|sentence| Span {
            first: sentence.first,
            end: sentence.end,
        })
        .chain(segments.datelines.iter().copied())
        .collect();
    windows.sort_by_key(|window| window.first);
    windows
}

/// Reads the times of one window, after the `times` before it.
fn read_window(reader: &Reader, window: Span, context: AnchorContext, times: &mut Vec<TimeExpr>) {
    let mut i = window.first;
    while i < window.end {
        let read = reader
            .read(i)
            .and_then(|time| reader.counted_from_earlier(time, times, context));
        match read {
            Some(time) if time.end > i && time.first >= window.first => {
                let first = times
                    .last()
                    .map_or(time.first, |t: &TimeExpr| time.first.max(t.end));
                times.push(TimeExpr {
                    first,
                    end: time.end.min(window.end),
                    ..time
                });
                i = time.end;
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn resolve(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let published = published.map(|p| p.parse::<Day>().unwrap());
        let segments = segment(text);
        find_times(text, &segments, published)
            .into_iter()
            .map(|t| {
                let span = segments.text_of(text, t.first, t.end).to_string();
                let resolved = t.resolved.map(|r| format!("{}/{}", r.start, r.end));
                (span, resolved)
            })
            .collect()
    }

    /// Checks that each text's times resolve, published on `published`, to
    /// the days given as `START/END`, and that it has no other times.
    fn expect_resolved(cases: &[(&str, &[(&str, &str)])], published: &str) {
        for (text, expected) in cases {
            let want: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(span, days)| (span.to_string(), Some(days.to_string())))
                .collect();
            assert_eq!(resolve(text, Some(published)), want, "{text}");
        }
    }

    /// A dateline's date is when the report was filed, though its place is
    /// no sentence of the report: (text, its times).
    #[test]
    fn a_datelines_date_is_read() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "HARBORTON, August 7 (Xinhua) --\nA ferry sank on Friday.",
                &[
                    ("August 7", "1998-08-07/1998-08-07"),
                    ("Friday", "1998-08-07/1998-08-07"),
                ],
            ),
            (
                "HARBORTON, Aug. 6 (AP) — The council met.",
                &[("Aug. 6", "1998-08-06/1998-08-06")],
            ),
            ("HARBORTON (Reuters) — The council met.", &[]),
        ];
        expect_resolved(cases, "1998-08-08");
    }

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

    /// A table of phrases and the days they resolve to; long because each
    /// kind of time has its row.
    #[test]
    fn times_resolve_against_publication() {
        let cases = [
            (
                "He spoke on December 27.",
                "December 27",
                "2023-12-27/2023-12-27",
            ),
            (
                "It ends Dec. 30, 2024.",
                "Dec. 30, 2024",
                "2024-12-30/2024-12-30",
            ),
            (
                "It began in March 2018.",
                "March 2018",
                "2018-03-01/2018-03-31",
            ),
            ("They met last week.", "last week", "2023-12-18/2023-12-24"),
            (
                "In November they left.",
                "In November",
                "2023-11-01/2023-11-30",
            ),
            (
                "He left in December.",
                "in December",
                "2023-12-01/2023-12-31",
            ),
            ("They met Friday.", "Friday", "2023-12-22/2023-12-22"),
            ("They will meet Friday.", "Friday", "2023-12-29/2023-12-29"),
            // Published on a Thursday: its own weekday ahead is that day.
            (
                "They will meet Thursday.",
                "Thursday",
                "2023-12-28/2023-12-28",
            ),
            (
                "They meet next Thursday.",
                "next Thursday",
                "2024-01-04/2024-01-04",
            ),
            ("It rained yesterday.", "yesterday", "2023-12-27/2023-12-27"),
            ("It rains tonight.", "tonight", "2023-12-28/2023-12-28"),
            (
                "Sales fell last year.",
                "last year",
                "2022-01-01/2022-12-31",
            ),
            (
                "Spending rose in fiscal 2023.",
                "fiscal 2023",
                "2022-10-01/2023-09-30",
            ),
            (
                "Profit rose in the third quarter.",
                "the third quarter",
                "2023-07-01/2023-09-30",
            ),
            (
                "It happened two years ago.",
                "two years ago",
                "2021-01-01/2021-12-31",
            ),
            ("He was born in 1961.", "1961", "1961-01-01/1961-12-31"),
            (
                "They spoke late yesterday.",
                "yesterday",
                "2023-12-27/2023-12-27",
            ),
            (
                "Fire broke out last night.",
                "last night",
                "2023-12-27/2023-12-27",
            ),
        ];
        for (text, span, resolved) in cases {
            let got = resolve(text, Some("2023-12-28"));
            assert_eq!(
                got,
                vec![(span.to_string(), Some(resolved.to_string()))],
                "{text}"
            );
        }
    }

    /// The tense and modality of a time's clause point it ahead of or back
    /// from publication (a Thursday, December 28, 2023); long because each
    /// way a clause points has its row.
    #[test]
    fn the_clause_points_a_time_ahead_or_back() {
        let cases = [
            // "is to" and "are to" before a verb tell of what is arranged.
            (
                "Trading is to resume in Paris Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "The two leaders are to meet again in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // "meet" after two joined names or a plural pronoun is the
            // verb of a meeting to come; after a noun it is the noun.
            (
                "He and Palestinian leader Yasser Arafat meet separately Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            (
                "The track meet Saturday drew a crowd.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A name or "blame" after "is to" is no verb to come.
            ("The visit is to Paris on Tuesday.", "Tuesday", "2023-12-26/2023-12-26"),
            (
                "The storm is to blame for Tuesday's outage.",
                "Tuesday's",
                "2023-12-26/2023-12-26",
            ),
            // A weekday after a modal verb is ahead.
            (
                "The strike would end on Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            // A comparison with a forecast is about what happened, also
            // with an adverb of when it was looked for.
            (
                "Prices rose more than expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "Exports grew more than initially expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
            (
                "The rebels let the ceasefire begin as previously planned Sunday night.",
                "Sunday night",
                "2023-12-24/2023-12-24",
            ),
            (
                "The vote went ahead as originally scheduled on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "since" points back whatever the clause.
            (
                "The ship, which will dock soon, has sailed since March.",
                "March",
                "2023-03-01/2023-03-31",
            ),
            // A past verb after an opening weekend: the weekend just gone.
            (
                "This weekend, protesters marched downtown.",
                "This weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "The fair was held this weekend.",
                "this weekend",
                "2023-12-23/2023-12-24",
            ),
            (
                "A fair will be held this weekend.",
                "this weekend",
                "2023-12-30/2023-12-31",
            ),
            // A future verb after an opening weekday: the one ahead.
            (
                "On Tuesday, the league will name a coach.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // But a past verb in its clause is the clause's own.
            (
                "On Friday, the ministry planned to pay the nurses.",
                "Friday",
                "2023-12-22/2023-12-22",
            ),
            (
                "The crew could arrive as soon as Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // "until" and "through" end a range that runs from now.
            (
                "The bridge stays closed through Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The office is closed until Sunday.",
                "Sunday",
                "2023-12-31/2023-12-31",
            ),
            (
                "The board postponed the vote until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            // In any form of the verb, past another past verb before it.
            (
                "The vote was postponed until Tuesday.",
                "Tuesday",
                "2024-01-02/2024-01-02",
            ),
            (
                "Lenders led by a bank have extended the loans through February.",
                "February",
                "2024-02-01/2024-02-29",
            ),
            // Unless the range's start is named before it.
            (
                "Sales this year through August rose.",
                "August",
                "2023-08-01/2023-08-31",
            ),
            (
                "Until Tuesday, the police had not named him.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // "set" looks ahead only before "to".
            (
                "The mayor set aside Monday for the parade.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
            (
                "The vote is set to take place Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A future auxiliary points a weekday ahead across a long object.
            (
                "The envoy would be flying to the capital of the region Friday.",
                "Friday",
                "2023-12-29/2023-12-29",
            ),
            // A month with no tense is the nearer one, the past preferred.
            (
                "Talks on the budget resume in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "Talks resumed in February.",
                "in February",
                "2023-02-01/2023-02-28",
            ),
            // "that" points back to a month told of before.
            (
                "And in that February speech, the governor hedged.",
                "February",
                "2023-02-01/2023-02-28",
            ),
            // A verb just after a month in its clause's subject.
            (
                "Retail sales in January rose 5 percent.",
                "in January",
                "2023-01-01/2023-01-31",
            ),
            // Not past a word that joins another clause.
            (
                "Britain will formally declare its intention to leave the bloc by the end of March and suggested a deal.",
                "the end of March",
                "2024-03-22/2024-03-31",
            ),
            // A past verb far back belongs to another clause; a word that
            // looks ahead does not.
            (
                "The ministry told the three oil firms of a deep cut in its crude supply in February.",
                "in February",
                "2024-02-01/2024-02-29",
            ),
            (
                "The agency will name the commander of the space shuttle crew for its mission in October.",
                "in October",
                "2024-10-01/2024-10-31",
            ),
            // A weekday that owns a noun names a thing done.
            (
                "Aides would look for ways to get around Wednesday's ruling.",
                "Wednesday's",
                "2023-12-27/2023-12-27",
            ),
            // A modal verb points a weekday or month ahead, unless a perfect
            // after it looks back; "could" is as often the past of "can",
            // but before a verb of change it forecasts.
            (
                "Bills could fall in July.",
                "in July",
                "2024-07-01/2024-07-31",
            ),
            ("He could not attend in July.", "in July", "2023-07-01/2023-07-31"),
            ("The Senate must vote on Tuesday.", "Tuesday", "2024-01-02/2024-01-02"),
            ("Lawmakers might return Wednesday.", "Wednesday", "2024-01-03/2024-01-03"),
            (
                "The board may decide in November.",
                "in November",
                "2024-11-01/2024-11-30",
            ),
            (
                "The plant may have closed on Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "The family could not be located Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            // A modal after an opening time is in another clause, and a
            // month before a noun names the period of the thing.
            (
                "Earlier Tuesday, his manager says the candidate can still win.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "Candidates must file their November campaign reports.",
                "November",
                "2023-11-01/2023-11-30",
            ),
            // A verb of planning points a weekday ahead across a long object.
            (
                "Protesters planned a large demonstration in the old town on Saturday.",
                "Saturday",
                "2023-12-30/2023-12-30",
            ),
            (
                "They plan to drive around the international airport on Monday.",
                "Monday",
                "2024-01-01/2024-01-01",
            ),
            // A plan told of as it stood before may be done.
            (
                "He was scheduled to leave the state capital late Tuesday.",
                "Tuesday",
                "2023-12-26/2023-12-26",
            ),
            (
                "A memorial service planned at the old university for Saturday was canceled.",
                "Saturday",
                "2023-12-23/2023-12-23",
            ),
            // A nearer past verb still points it back.
            (
                "The planned merger of the two regional banks collapsed on Monday.",
                "Monday",
                "2023-12-25/2023-12-25",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-28"));
            let want = (span.to_string(), Some(days.to_string()));
            assert!(got.contains(&want), "{text}: {got:?}");
        }
    }

    /// The start, middle or end of a period, and the periods named from
    /// publication that sit before or after it (published Thursday,
    /// October 26, 2023).
    #[test]
    fn parts_of_periods() {
        let cases = [
            (
                "Profit fell in the last half of 2022.",
                "the last half of 2022",
                "2022-07-01/2022-12-31",
            ),
            (
                "Sales should grow in the first half of next year.",
                "the first half of next year",
                "2024-01-01/2024-06-30",
            ),
            (
                "The depot will close by the end of 2025.",
                "the end of 2025",
                "2025-12-01/2025-12-31",
            ),
            (
                "Since the start of the year, rents rose 4%.",
                "the start of the year",
                "2023-01-01/2023-01-31",
            ),
            (
                "The fund runs dry at the end of the month.",
                "the end of the month",
                "2023-10-22/2023-10-31",
            ),
            (
                "Rates peaked in the middle of the year.",
                "the middle of the year",
                "2023-06-01/2023-07-31",
            ),
            (
                "The offer will expire at the end of November.",
                "the end of November",
                "2023-11-21/2023-11-30",
            ),
            (
                "The merger should close by year-end.",
                "year-end",
                "2023-12-31/2023-12-31",
            ),
            // Counted since, a year's end is the one gone.
            (
                "Shares are up 5% since year-end.",
                "year-end",
                "2022-12-31/2022-12-31",
            ),
            (
                "At year's end, the bank held more cash.",
                "year's end",
                "2022-12-01/2022-12-31",
            ),
            (
                "The firm went public earlier this month.",
                "this month",
                "2023-10-01/2023-10-31",
            ),
            (
                "Sales should pick up later this year.",
                "this year",
                "2023-01-01/2023-12-31",
            ),
            (
                "As of now, the road is closed.",
                "As of now",
                "2023-10-26/2023-10-26",
            ),
            // Said in its own month, a month ahead is this one.
            (
                "A ruling is expected in October.",
                "in October",
                "2023-10-01/2023-10-31",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-10-26"));
            let want = (span.to_string(), Some(days.to_string()));
            assert!(got.contains(&want), "{text}: {got:?}");
        }
        for text in [
            "Staff got year-end bonuses.",
            "The film ended with a chase.",
            "He scored in the second half of the game.",
        ] {
            assert_eq!(resolve(text, Some("2023-10-26")), vec![], "{text}");
        }
        // A single day has no end to name.
        assert_eq!(
            resolve("It ends at the end of March 5.", Some("2023-10-26")),
            vec![("the end of March 5".to_string(), None)]
        );
    }

    #[test]
    fn a_year_earlier_is_counted_from_the_time_before_it() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            // "the year-ago quarter" is a quarter a year back, never a
            // month's: a month told just before is passed over for the
            // quarter the report is about.
            (
                "Acme said profit rose in the third quarter. It moved its head office in December. \
                 In the comparable year-ago quarter, Acme had a loss.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("in December", "2023-12-01/2023-12-31"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales rose in June. In the year-earlier period, sales fell.",
                &[
                    ("in June", "2023-06-01/2023-06-30"),
                    ("year-earlier", "2022-06-01/2022-06-30"),
                ],
            ),
            // A count of months between a time and "a year earlier" is the
            // period compared, which is not read: the day it was said on
            // is no anchor.
            (
                "The company said Friday that it lost $6 million in the first nine months, against a profit a year earlier.",
                &[
                    ("Friday", "2023-12-22/2023-12-22"),
                    ("a year earlier", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "The company said Friday that profit rose in the third quarter from a year earlier.",
                &[
                    ("Friday", "2023-12-22/2023-12-22"),
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit rose in the third quarter from $5 million a year earlier.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales fell 3% in November. A year earlier they had risen.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("A year earlier", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "Net income rose in the third quarter; the year-ago quarter was weaker.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            // Without a time before it, "ago" counts from publication.
            (
                "The plant closed a year ago.",
                &[("a year ago", "2022-12-28/2022-12-28")],
            ),
            // The day a period ended on bounds it; the year-ago time is the
            // period's.
            (
                "Profit rose in the quarter ended Sept. 30. The year-ago results were restated.",
                &[
                    ("the quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales for the fiscal year ending June 30 fell from a year earlier.",
                &[("June 30", "2023-06-30/2023-06-30")],
            ),
            // "Earlier" needs a time to follow, in its sentence or the one before.
            ("A year earlier, the plant closed.", &[]),
            (
                "Sales fell in November. Then prices rose. A year earlier they had risen.",
                &[("in November", "2023-11-01/2023-11-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "last year's quarter" or "the same period last year" far from any
    /// other time is the report's period in that year, and "the latest
    /// period" the report's period: (text, its times).
    #[test]
    fn the_reports_period_in_another_year() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Net sales for the third quarter fell to $14 million. The company blamed its British unit. Sales there for last year's quarter were $3 million.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Revenue was flat from the same period last year.",
                &[
                    ("fiscal 2023", "2022-10-01/2023-09-30"),
                    ("the same period last year", "2021-10-01/2022-09-30"),
                ],
            ),
            (
                "Net income rose 8% in the third quarter. Costs fell. Orders rose. The latest period included a gain.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("The latest period", "2023-07-01/2023-09-30"),
                ],
            ),
            ("Costs fell. The latest period included a gain.", &[]),
            // A quarter is no fiscal year, and a month no report's period:
            // only "last year" is read.
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Sales for last year's quarter were flat.",
                &[("fiscal 2023", "2022-10-01/2023-09-30")],
            ),
            (
                "Profit rose in the third quarter. Costs fell. Orders rose. Sales were flat from the same month last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// "last year" as the base a figure is compared with is the quarter or
    /// month of its sentence or the one before, a year back: (text, its
    /// times).
    #[test]
    fn last_year_as_a_comparison_base() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "In the latest quarter, Acme lost $23 million, compared with earnings of $33 million last year.",
                &[
                    ("the latest quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $5 million in the third quarter. Its bank earned $24 million, compared with a loss of $3 million last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales in the third quarter were $1.76 billion, a 13% increase from last year's $1.55 billion.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Prices rose 3% in November, compared with 2% last year.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("last year", "2022-11-01/2022-11-30"),
                ],
            ),
            // No comparison, or nothing shorter than a year in last year
            // to compare: the whole year.
            (
                "Sales rose in the third quarter. The plant opened last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Imports from China rose 5% in March, the most since last year.",
                &[
                    ("in March", "2023-03-01/2023-03-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "In 2023, sales rose to $5 million from $4 million last year.",
                &[
                    ("2023", "2023-01-01/2023-12-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Acme earned $5 million in the quarter ended Sept. 30, compared with $4 million last year.",
                &[
                    ("the quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit fell in the fourth quarter. Net for the year ended Aug. 31 was $2 million, down from $9 million last year.",
                &[
                    // Its year ended Aug. 31, so its fourth quarter too.
                    ("the fourth quarter", "2023-06-01/2023-08-31"),
                    ("Aug. 31", "2023-08-31/2023-08-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "Acme sold a unit in August. In the nine months, net rose to $525 million from $504 million last year.",
                &[
                    ("in August", "2023-08-01/2023-08-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "In the fourth quarter of 2021, sales were $5 million, compared with $4 million last year.",
                &[
                    ("the fourth quarter of 2021", "2021-10-01/2021-12-31"),
                    ("last year", "2022-01-01/2022-12-31"),
                ],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// A year-earlier time far from any other counts from the quarter or
    /// fiscal year the report is about, and "the 2022 quarter" is that
    /// period in 2022: (text, its times).
    #[test]
    fn a_year_earlier_counts_from_the_reports_period() {
        let cases: [(&str, &[(&str, &str)]); 18] = [
            (
                "Net income rose 5% in the third quarter. Sales were flat. Margins narrowed. In the year-earlier period, the company lost money.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("year-earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $3 million in its fourth quarter ended Sept. 30. Costs fell. Orders rose. A year earlier, it lost $1 million.",
                &[
                    ("fourth quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("A year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2023. Costs fell. Orders rose. Revenue was flat from a year earlier.",
                &[
                    ("fiscal 2023", "2022-10-01/2023-09-30"),
                    ("a year earlier", "2021-10-01/2022-09-30"),
                ],
            ),
            // A period still to come is no report's.
            (
                "Profit fell in the third quarter. Analysts expect losses through the first quarter of 2024. Costs rose. In the year-ago quarter, profit was higher.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the first quarter of 2024", "2024-01-01/2024-03-31"),
                    ("year-ago", "2022-07-01/2022-09-30"),
                ],
            ),
            // After a time a year before the report's period, "the year-ago
            // results" are that time's.
            (
                "Net fell 9% in the third quarter. It lost $3 million last year. The year-ago results were restated.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year", "2022-01-01/2022-12-31"),
                    ("year-ago", "2022-01-01/2022-12-31"),
                ],
            ),
            // "the 1988 quarter" is the report's quarter in 1988.
            (
                "Acme expects lower third-quarter profit. Costs rose. It earned $4 million in the 2022 quarter.",
                &[
                    ("third-quarter", "2023-07-01/2023-09-30"),
                    ("the 2022 quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit rose in the third quarter. In the first nine months, it earned more than in the 2022 period.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the 2022 period", "2022-01-01/2022-12-31"),
                ],
            ),
            // The period compared before wins over one named in passing.
            (
                "Profit rose 20% in the third quarter from a year earlier. After a flat second quarter, sales rose. Costs fell. Charges in the year-earlier period hurt.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-07-01/2022-09-30"),
                    ("second quarter", "2023-04-01/2023-06-30"),
                    ("year-earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            // "ago" counts from publication, and a count of months is a
            // period of its own.
            (
                "Profit rose in the third quarter. Costs fell. The plant closed a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            // A year before a count of months the reader does not read is
            // the whole year that holds them.
            (
                "Profit rose in the third quarter. Costs fell. In the first nine months, sales rose 5% from a year earlier.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year earlier", "2022-01-01/2022-12-31"),
                ],
            ),
            (
                "For the nine months, Acme earned $5 million, compared with year-earlier net of $2 million.",
                &[("year-earlier", "2022-01-01/2022-12-31")],
            ),
            (
                "Sales rose in the first nine months of fiscal 2023 from a year earlier.",
                &[("fiscal 2023", "2022-10-01/2023-09-30"), ("a year earlier", "2021-10-01/2022-09-30")],
            ),
            (
                "In the nine months, sales rose 5%. The plant closed a year ago.",
                &[("a year ago", "2022-12-28/2022-12-28")],
            ),
            // "ago" counts from publication after a time that is no period
            // compared: the sentence names no figure and no comparison.
            (
                "In May 2019 the plant closed. A year ago it reopened.",
                &[
                    ("May 2019", "2019-05-01/2019-05-31"),
                    ("A year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            (
                "About four weeks ago it rose. A year ago it fell.",
                &[
                    ("About four weeks ago", "2023-11-27/2023-12-03"),
                    ("A year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            (
                "Profit rose in the third quarter. The plant closed a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-12-28/2022-12-28"),
                ],
            ),
            // A figure compared, or "than", keeps the period a year back.
            (
                "Exports rose in November. They were $4 million a year ago.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("a year ago", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "Profit rose in the third quarter. Costs were lower than a year ago.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("a year ago", "2022-07-01/2022-09-30"),
                ],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    #[test]
    fn times_counted_from_an_earlier_time() {
        let cases: [(&str, &[(&str, &str)]); 18] = [
            // A weekday just before or after a day told before it.
            (
                "Talks resumed on Oct. 3 and ended the following Monday.",
                &[
                    ("Oct. 3", "2023-10-03/2023-10-03"),
                    ("the following Monday", "2023-10-09/2023-10-09"),
                ],
            ),
            (
                "Shares closed lower on Dec. 22, down 4% from the previous Friday.",
                &[
                    ("Dec. 22", "2023-12-22/2023-12-22"),
                    ("the previous Friday", "2023-12-15/2023-12-15"),
                ],
            ),
            // "within the next month" runs from publication.
            (
                "Teams must be in place by July. Work must start within the next month.",
                &[("July", "2024-07-01/2024-07-31")],
            ),
            (
                "Rents rose in May. Prices rose that same month.",
                &[
                    ("in May", "2023-05-01/2023-05-31"),
                    ("that same month", "2023-05-01/2023-05-31"),
                ],
            ),
            (
                "The mill opened in March 2019. The following year it closed.",
                &[
                    ("March 2019", "2019-03-01/2019-03-31"),
                    ("The following year", "2020-01-01/2020-12-31"),
                ],
            ),
            (
                "Rents rose in June, after falling the prior month.",
                &[
                    ("in June", "2023-06-01/2023-06-30"),
                    ("the prior month", "2023-05-01/2023-05-31"),
                ],
            ),
            (
                "Output grew in the third quarter, after shrinking in the same period in 2019.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the same period in 2019", "2019-07-01/2019-09-30"),
                ],
            ),
            (
                "Acme lost money in the third quarter, against a profit in the corresponding period last year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the corresponding period last year", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Sales rose in the second quarter from the comparable quarter in 2021.",
                &[
                    ("the second quarter", "2023-04-01/2023-06-30"),
                    ("the comparable quarter in 2021", "2021-04-01/2021-06-30"),
                ],
            ),
            (
                "Acme lost money in the third quarter. Sales for last year's quarter were $3 million.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("last year's quarter", "2022-07-01/2022-09-30"),
                ],
            ),
            ("Sales for last year's quarter were $3 million.", &[]),
            (
                "Sales rose in November, above the same stretch last year.",
                &[
                    ("in November", "2023-11-01/2023-11-30"),
                    ("the same stretch last year", "2022-11-01/2022-11-30"),
                ],
            ),
            (
                "In March, the mill got an offer. Its owner weighed a sale. Unions urged a deal.\n\nThe following month, the mill was sold.",
                &[
                    ("In March", "2023-03-01/2023-03-31"),
                    ("The following month", "2023-04-01/2023-04-30"),
                ],
            ),
            (
                "Net income rose in the third quarter. Sales in the latest period were $1.8 billion.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the latest period", "2023-07-01/2023-09-30"),
                ],
            ),
            (
                "Sales rose 5% in October, and in the most recent period margins grew.",
                &[
                    ("in October", "2023-10-01/2023-10-31"),
                    ("the most recent period", "2023-10-01/2023-10-31"),
                ],
            ),
            // A day is no period, and with no time before it, it names none.
            ("Shares rose on Tuesday. In the latest period, volume fell.", &[("Tuesday", "2023-12-26/2023-12-26")]),
            ("In the latest period, sales fell.", &[]),
            // With no time before it, it names none.
            ("The following month, the mill closed.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A verb in the past just before a day and month puts it on or before
    /// publication (published Monday, October 30, 1989).
    #[test]
    fn a_past_verb_puts_a_day_before_publication() {
        let cases: [(&str, &[(&str, &str)]); 8] = [
            (
                "In the fiscal year ended Jan. 31, the chain sold $59 million.",
                &[("Jan. 31", "1989-01-31/1989-01-31")],
            ),
            (
                "The accord was signed on Jan. 12 by both sides.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            // Putting off moves a day ahead; without a verb, the nearest day.
            (
                "The offer was extended to Jan. 12.",
                &[("Jan. 12", "1990-01-12/1990-01-12")],
            ),
            (
                "The offer expires Jan. 12.",
                &[("Jan. 12", "1990-01-12/1990-01-12")],
            ),
            // A day that opens its sentence takes the tense of the verb
            // after it.
            (
                "On Jan. 12, 100 people marched.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            (
                "On Oct. 20, the council will vote.",
                &[("Oct. 20", "1990-10-20/1990-10-20")],
            ),
            (
                "On Jan. 12, police, asking how he could have fled, searched the site.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
            (
                "Jan. 12 saw the first strike.",
                &[("Jan. 12", "1989-01-12/1989-01-12")],
            ),
        ];
        expect_resolved(&cases, "1989-10-30");
    }

    /// A day of the month with "will" or a verb of a scheduled event in the
    /// present a few words before it ("will be held on Nov. 16", "takes
    /// effect Nov. 16") is the next such day on or after publication,
    /// though a day behind it is nearer; other words that look ahead say
    /// less of a day written in full ("his next speech, on May 28, was
    /// delivered", "were due to file by March 15"), which keeps the
    /// nearest day (published Saturday, June 20, 1998).
    #[test]
    fn a_future_verb_puts_a_day_after_publication() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The election will be held on Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The talks resume in Geneva on Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The new tariff takes effect Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The ferry will sail from Nov. 16.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            (
                "The state's fiscal year, which ends Nov. 16, shows a deficit.",
                &[("Nov. 16", "1998-11-16/1998-11-16")],
            ),
            // No verb of the future just before: the nearest day.
            (
                "His next speech, on Nov. 16, was delivered to a charity.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "All candidates were due to file their papers by Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "She won most votes through the Nov. 16 contests.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            (
                "The mill closed on Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
            // The end a fiscal year is stated to have recurs each year.
            (
                "Its fiscal year ends Nov. 16.",
                &[("Nov. 16", "1997-11-16/1997-11-16")],
            ),
        ];
        expect_resolved(cases, "1998-06-20");
    }

    /// A weekday before a day and month picks the year in which the day
    /// falls on it (published Monday, October 30, 1989).
    #[test]
    fn a_weekday_before_a_date_picks_its_year() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "About $14 million seeped out Friday Oct. 13 alone.",
                &[("Friday Oct. 13", "1989-10-13/1989-10-13")],
            ),
            (
                "He will speak on Sunday, March 4, at noon.",
                &[("Sunday, March 4", "1990-03-04/1990-03-04")],
            ),
            (
                "The vote was held Friday, March 4.",
                &[("Friday, March 4", "1988-03-04/1988-03-04")],
            ),
            // No year around publication fits: the nearest day.
            (
                "The vote was held Monday, March 4.",
                &[("Monday, March 4", "1989-03-04/1989-03-04")],
            ),
            // A month word that reads as no time leaves the weekday.
            (
                "On Friday, May said the deal was done.",
                &[("Friday", "1989-10-27/1989-10-27")],
            ),
        ];
        expect_resolved(&cases, "1989-10-30");
    }

    /// A second day joined to a month's day is in that month (published
    /// Thursday, December 28, 2023).
    #[test]
    fn a_second_day_of_the_month() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "The summit meets on Jan. 24 and 25.",
                &[
                    ("Jan. 24", "2024-01-24/2024-01-24"),
                    ("25", "2024-01-25/2024-01-25"),
                ],
            ),
            // A count after "and" is no day; the past verb after the day
            // that opens the sentence puts it in the January gone.
            (
                "On Jan. 24 and 25 people lined up.",
                &[("Jan. 24", "2023-01-24/2023-01-24")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "the week of" a date is the week that holds it (published
    /// Thursday, December 28, 2023).
    #[test]
    fn the_week_of_a_date() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "The trial opens the week of Jan. 8.",
                &[("the week of Jan. 8", "2024-01-08/2024-01-14")],
            ),
            (
                "A hearing is set for the week of March 6, 2024.",
                &[("the week of March 6, 2024", "2024-03-04/2024-03-10")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day or week counted from a longer time is some part of it the
    /// words do not say, so it has no days of its own.
    #[test]
    fn a_shorter_unit_counted_from_a_longer_time_is_unresolved() {
        let got = resolve(
            "The plant closed in October. Workers left that same day.",
            Some("2023-12-28"),
        );
        assert_eq!(
            got,
            vec![
                (
                    "in October".to_string(),
                    Some("2023-10-01/2023-10-31".to_string())
                ),
                ("that same day".to_string(), None),
            ]
        );
    }

    /// Times that run over several years, a fiscal year named by its
    /// number first, and a count of weeks made approximate (published
    /// Monday, December 25, 2023).
    #[test]
    fn extents() {
        let cases = [
            (
                "Output fell in 2016-2018, the agency said.",
                "2016-2018",
                "2016-01-01/2018-12-31",
            ),
            (
                "Rents rose between 2010 and 2014.",
                "between 2010 and 2014",
                "2010-01-01/2014-12-31",
            ),
            (
                "Spending grew in the 2021 fiscal year.",
                "the 2021 fiscal year",
                "2020-10-01/2021-09-30",
            ),
            (
                "The mill shut about four weeks ago.",
                "about four weeks ago",
                "2023-11-24/2023-11-30",
            ),
            (
                "The mill shut four weeks ago.",
                "four weeks ago",
                "2023-11-27/2023-12-03",
            ),
        ];
        for (text, span, days) in cases {
            let got = resolve(text, Some("2023-12-25"));
            assert_eq!(
                got,
                vec![(span.to_string(), Some(days.to_string()))],
                "{text}"
            );
        }
    }

    /// Months between two named (published Thursday, December 28, 2023).
    #[test]
    fn months_between_two() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "Prices rose between March and May.",
                &[("between March and May", "2023-03-01/2023-05-31")],
            ),
            (
                "Rents fell between November and February 2023.",
                &[(
                    "between November and February 2023",
                    "2022-11-01/2023-02-28",
                )],
            ),
            (
                "The party raised $3 million between January and June 30.",
                &[("between January and June 30", "2023-01-01/2023-06-30")],
            ),
            (
                "Work will start between February and June.",
                &[("between February and June", "2024-02-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "this time last year" is the publication day a year back (published
    /// Thursday, December 28, 2023).
    #[test]
    fn this_time_last_year() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            (
                "This time last year, prices were lower.",
                &[("This time last year", "2022-12-28/2022-12-28")],
            ),
            (
                "Rates may be higher by this time next year.",
                &[("this time next year", "2024-12-28/2024-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A weekday that "would" points ahead is counted from the day the
    /// words were said on (published Thursday, December 28, 2023).
    #[test]
    fn a_weekday_ahead_of_the_day_it_was_said() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Officials said on Monday that talks would resume on Wednesday.",
                &[
                    ("Monday", "2023-12-25/2023-12-25"),
                    ("Wednesday", "2023-12-27/2023-12-27"),
                ],
            ),
            (
                "The minister said Tuesday she would travel to Paris on Friday.",
                &[
                    ("Tuesday", "2023-12-26/2023-12-26"),
                    ("Friday", "2023-12-29/2023-12-29"),
                ],
            ),
            (
                "Officials said talks would resume on Wednesday.",
                &[("Wednesday", "2024-01-03/2024-01-03")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A weekday a week or a fortnight on, as British news writes it
    /// (published Thursday, December 28, 2023).
    #[test]
    fn a_weekday_a_week_on() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "The hearing resumes on Tuesday week.",
                &[("Tuesday week", "2024-01-09/2024-01-09")],
            ),
            (
                "The vote is on Thursday fortnight.",
                &[("Thursday fortnight", "2024-01-18/2024-01-18")],
            ),
            (
                "The shop reopens a week on Monday.",
                &[("a week on Monday", "2024-01-08/2024-01-08")],
            ),
            (
                "The council met on Tuesday. The week before, it had not.",
                &[("Tuesday", "2023-12-26/2023-12-26")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A period named by the month it runs to is the months up to that
    /// month's end (published Thursday, December 28, 2023).
    #[test]
    fn a_period_to_a_month() {
        let cases: [(&str, &[(&str, &str)]); 7] = [
            (
                "Sales rose 4% in the year to March.",
                &[("the year to March", "2022-04-01/2023-03-31")],
            ),
            (
                "Inflation was 3.4% in the 12 months to June.",
                &[("the 12 months to June", "2022-07-01/2023-06-30")],
            ),
            (
                "Unemployment fell in the three months to September.",
                &[("the three months to September", "2023-07-01/2023-09-30")],
            ),
            (
                "Spending rose in the financial year ending June 2022.",
                &[("financial year ending June 2022", "2021-07-01/2022-06-30")],
            ),
            (
                "Exports fell in the quarter to June.",
                &[
                    ("the quarter", "2023-04-01/2023-06-30"),
                    ("June", "2023-06-01/2023-06-30"),
                ],
            ),
            // A period to a day is read as the day that closes it; a
            // deadline moved is no period.
            (
                "Net rose in the year ended Sept. 30.",
                &[("Sept. 30", "2023-09-30/2023-09-30")],
            ),
            (
                "The board will extend the deadline by three months to June.",
                &[("June", "2024-06-01/2024-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "May" and "March" are months before the noun they date, after
    /// "the" (published Thursday, December 28, 2023).
    #[test]
    fn a_month_before_what_it_dates() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "Officials missed the March deadline.",
                &[("March", "2023-03-01/2023-03-31")],
            ),
            ("The March of Dimes raised funds.", &[]),
            ("The March on the capital was peaceful.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A quarter with its year before it, written or counted back
    /// (published Thursday, December 28, 2023).
    /// A quarter with the day it closed on after it is the three months up
    /// to that day, a company's fiscal quarter; without one, it is the
    /// calendar quarter: (text, its times).
    #[test]
    fn a_quarter_ended_on_a_day() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "Net income rose in the fourth quarter ended Sept. 30.",
                &[
                    ("the fourth quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                ],
            ),
            (
                "Its second quarter ended Aug. 26 was weak.",
                &[
                    ("second quarter", "2023-05-27/2023-08-26"),
                    ("Aug. 26", "2023-08-26/2023-08-26"),
                ],
            ),
            (
                "Sales slipped in the quarter ended in October.",
                &[
                    ("the quarter", "2023-08-01/2023-10-31"),
                    ("in October", "2023-10-01/2023-10-31"),
                ],
            ),
            (
                "The company earned $4 million in the fiscal first quarter ended Sept. 30. A year earlier, it lost $1 million.",
                &[
                    ("the fiscal first quarter", "2023-07-01/2023-09-30"),
                    ("Sept. 30", "2023-09-30/2023-09-30"),
                    ("A year earlier", "2022-07-01/2022-09-30"),
                ],
            ),
            (
                "Profit fell in the quarter ended July 31. Results for that quarter included a charge. The following quarter was better.",
                &[
                    ("the quarter", "2023-05-01/2023-07-31"),
                    ("July 31", "2023-07-31/2023-07-31"),
                    ("that quarter", "2023-05-01/2023-07-31"),
                    ("The following quarter", "2023-08-01/2023-10-31"),
                ],
            ),
            // Without its closing day, a quarter is the calendar quarter.
            (
                "Profit fell in the third quarter. The following quarter was better.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("The following quarter", "2023-10-01/2023-12-31"),
                ],
            ),
            (
                "Net income rose in the fiscal fourth quarter.",
                &[("the fiscal fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "The quarter ended with a loss.",
                &[("The quarter", "2023-07-01/2023-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-11-15");
    }

    /// A quarter without its year that has not begun is last year's when
    /// its clause is told in the past (published Saturday, January 20,
    /// 2024): (text, its times).
    #[test]
    fn a_quarter_not_begun_told_in_the_past() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "AT&T announced a drop in profits for the fourth quarter.",
                &[("the fourth quarter", "2023-10-01/2023-12-31")],
            ),
            (
                "Acme expects growth to resume in the second quarter.",
                &[("the second quarter", "2024-04-01/2024-06-30")],
            ),
            (
                "Sales rose in the first quarter, the company said.",
                &[("the first quarter", "2024-01-01/2024-03-31")],
            ),
        ];
        expect_resolved(&cases, "2024-01-20");
    }

    #[test]
    fn a_quarter_with_its_year_before_it() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "It lost money in the 2021 second quarter.",
                &[("the 2021 second quarter", "2021-04-01/2021-06-30")],
            ),
            (
                "It earned more than in the 2021 period.",
                &[("the 2021 period", "2021-01-01/2021-12-31")],
            ),
            (
                "It earned $5 million in the year-ago third quarter.",
                &[("the year-ago third quarter", "2022-07-01/2022-09-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

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

    /// "the day before" or "after" a time that names one day is the day
    /// beside it; one that names no day reads nothing (published Thursday,
    /// December 28, 2023).
    #[test]
    fn the_day_beside_a_day() {
        let cases: [(&str, &[(&str, &str)]); 4] = [
            (
                "The day before last Tuesday's hearing, the lawyers met.",
                &[("The day before last Tuesday's", "2023-12-25/2023-12-25")],
            ),
            (
                "Shops reopened the day after Christmas.",
                &[("the day after Christmas", "2023-12-26/2023-12-26")],
            ),
            ("Shops reopened the day after the election.", &[]),
            (
                "Prices rose the day after last week's vote.",
                &[("last week's", "2023-12-18/2023-12-24")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// "the full year" and "for the year" are the whole year of the time
    /// told just before, or else of the report's period; with neither, or
    /// with words after that name another year, they read nothing
    /// (published Thursday, December 28, 2023).
    #[test]
    fn the_whole_year_of_an_earlier_time() {
        let cases: [(&str, &[(&str, &str)]); 10] = [
            (
                "Profit rose 5% in the third quarter. The company forecast higher earnings for the full year.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the full year", "2023-01-01/2023-12-31"),
                ],
            ),
            (
                "In 1985 the mill lost money. For the whole year, its sales fell by half.",
                &[
                    ("1985", "1985-01-01/1985-12-31"),
                    ("the whole year", "1985-01-01/1985-12-31"),
                ],
            ),
            (
                "Net income rose in the third quarter. Costs fell. Orders grew. For the year, volume was flat.",
                &[
                    ("the third quarter", "2023-07-01/2023-09-30"),
                    ("the year", "2023-01-01/2023-12-31"),
                ],
            ),
            (
                "Acme earned $9 million in fiscal 2022. Sales for the full year rose.",
                &[
                    ("fiscal 2022", "2021-10-01/2022-09-30"),
                    ("the full year", "2021-10-01/2022-09-30"),
                ],
            ),
            (
                "By 2030 the firm aims to double its share. It forecast higher earnings for the full year.",
                &[("2030", "2030-01-01/2030-12-31")],
            ),
            ("She was named player of the year.", &[]),
            ("The team is done for the year.", &[]),
            ("Sales rose 4% for the year ended June 30.", &[("June 30", "2023-06-30/2023-06-30")]),
            (
                "Profit rose in the third quarter. It was the best quarter for the year before the merger.",
                &[("the third quarter", "2023-07-01/2023-09-30")],
            ),
            (
                "Acme's fiscal years end June 30. Profit rose in the fourth quarter. Sales for the full year rose.",
                &[("the fourth quarter", "2023-04-01/2023-06-30")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A clock time before a weekday is part of naming the day (published
    /// Thursday, December 28, 2023).
    #[test]
    fn clock_times_before_a_day() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "Bids are due by 5 p.m. Friday.",
                &[("5 p.m. Friday", "2023-12-29/2023-12-29")],
            ),
            (
                "The strike ended at noon Tuesday.",
                &[("noon Tuesday", "2023-12-26/2023-12-26")],
            ),
            (
                "The flight will land at 6 a.m. EST Saturday.",
                &[("6 a.m. EST Saturday", "2023-12-30/2023-12-30")],
            ),
            // The words that point a day ahead are counted back from its
            // clock time.
            (
                "\"The crew will leave at 4 in the morning (4 a.m. EST Friday),\" the captain said.",
                &[("4 a.m. EST Friday", "2023-12-29/2023-12-29")],
            ),
            (
                "The crew left at 4 in the morning (4 a.m. EST Tuesday), the captain said.",
                &[("4 a.m. EST Tuesday", "2023-12-26/2023-12-26")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A time that owns what follows it is still that time (published
    /// Thursday, December 28, 2023).
    #[test]
    fn possessive_times() {
        let cases: [(&str, &[(&str, &str)]); 6] = [
            (
                "The agency revised November's jobs figures.",
                &[("November's", "2023-11-01/2023-11-30")],
            ),
            (
                "Investors cheered yesterday's vote.",
                &[("yesterday's", "2023-12-27/2023-12-27")],
            ),
            ("The tool suits today's students.", &[]),
            ("Theresa May's cabinet met.", &[]),
            // "today's" owning a thing of one day is that day.
            (
                "The offer was advertised in today's editions of the paper.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
            (
                "Now for today's geography quiz.",
                &[("today's", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A range of years ends by 2100; one that runs past it is a range of
    /// something else.
    #[test]
    fn a_range_of_years_ends_by_2100() {
        let cases: [(&str, &[(&str, &str)]); 2] = [
            ("Adults need about 2000 - 2500 calories a day.", &[]),
            (
                "Between 1600 and 1900 the town grew slowly.",
                &[("Between 1600 and 1900", "1600-01-01/1900-12-31")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A day word that ends a name ("USA TODAY"), names a programme in
    /// capitals inside its sentence ("on Today") or names an age after "of"
    /// ("the candidates of tomorrow") is no day.
    #[test]
    fn a_day_word_in_a_name_is_no_day() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            ("USA TODAY reported the figures.", &[]),
            ("A USA Today poll found a lead.", &[]),
            (
                "She said on Harbor FM's Today show that she would run.",
                &[],
            ),
            (
                "He told Quill Radio 4's Today programme that prices would fall.",
                &[],
            ),
            ("He appeared on Today with the mayor.", &[]),
            (
                "10 Things to Know for Today.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
            (
                "The mayor, today, closed the pier.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "On Monday the pier closed. Today, it reopened.",
                &[
                    ("Monday", "2023-12-25/2023-12-25"),
                    ("Today", "2023-12-28/2023-12-28"),
                ],
            ),
            ("He spoke for the candidates of tomorrow.", &[]),
            ("They rejected the policies of yesterday.", &[]),
            (
                "As of today, the office is closed.",
                &[("today", "2023-12-28/2023-12-28")],
            ),
            (
                "Today the senator returned the money.",
                &[("Today", "2023-12-28/2023-12-28")],
            ),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// Years said aloud, as broadcast transcripts write them (published
    /// Thursday, December 28, 2023).
    #[test]
    fn spoken_years() {
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (
                "In nineteen eighty-four the mill closed.",
                &[("nineteen eighty-four", "1984-01-01/1984-12-31")],
            ),
            (
                "March nineteen ninety-two. The flood came.",
                &[("March nineteen ninety-two", "1992-03-01/1992-03-31")],
            ),
            (
                "The plan runs to the year two thousand.",
                &[("the year two thousand", "2000-01-01/2000-12-31")],
            ),
            (
                "The port reopened in twenty twelve.",
                &[("twenty twelve", "2012-01-01/2012-12-31")],
            ),
            ("Two thousand people marched.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A verb of intent before "to" points its clause's month or weekday
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_verb_of_intent_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Officials hope to finish the road in May.",
                &[("in May", "2024-05-01/2024-05-31")],
            ),
            (
                "The union aims to strike on Monday.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The mayor intends to sign the bill Friday.",
                &[("Friday", "2023-06-16/2023-06-16")],
            ),
            (
                "He said the party wants to hold its vote in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            // Without "to" the verb is a noun's or says nothing of the time.
            (
                "The hope of May faded.",
                &[("May", "2023-05-01/2023-05-31")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }

    /// The present of a verb of a scheduled event points its day or month
    /// ahead (published Wednesday, June 14, 2023).
    #[test]
    fn a_scheduled_event_in_the_present_points_ahead() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The council meets Monday to discuss the budget.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The two leaders reconvene Monday with the envoy.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            (
                "The museum reopens in March.",
                &[("in March", "2024-03-01/2024-03-31")],
            ),
            (
                "The minister flies to Paris on Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "The bill, passed Monday, takes effect Friday.",
                &[
                    ("Monday", "2023-06-12/2023-06-12"),
                    ("Friday", "2023-06-16/2023-06-16"),
                ],
            ),
            (
                "The minister leaves for Paris Thursday.",
                &[("Thursday", "2023-06-15/2023-06-15")],
            ),
            (
                "Congress returns Monday from its recess.",
                &[("Monday", "2023-06-19/2023-06-19")],
            ),
            // A noun, an infinitive after a past verb, a negated past.
            (
                "The track meet Saturday drew crowds.",
                &[("Saturday", "2023-06-10/2023-06-10")],
            ),
            (
                "The two sides failed to resume talks Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
            (
                "The two sides did not reconvene Monday.",
                &[("Monday", "2023-06-12/2023-06-12")],
            ),
        ];
        expect_resolved(cases, "2023-06-14");
    }

    /// Decades and centuries: a decade said without its century is the
    /// latest begun by publication (published Thursday, December 28, 2023).
    #[test]
    fn decades_and_centuries() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Crime fell in the 1990s.",
                &[("the 1990s", "1990-01-01/1999-12-31")],
            ),
            (
                "Growth was high through the nineties.",
                &[("the nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "He grew up in the '80s.",
                &[("the '80s", "1980-01-01/1989-12-31")],
            ),
            (
                "Prices rose in the early 1990s and fell in the mid-1990s.",
                &[
                    ("the early 1990s", "1990-01-01/1999-12-31"),
                    ("the mid-1990s", "1990-01-01/1999-12-31"),
                ],
            ),
            (
                "The mill ran through the 1800s and the early 1900s.",
                &[
                    ("the 1800s", "1800-01-01/1899-12-31"),
                    ("the early 1900s", "1900-01-01/1999-12-31"),
                ],
            ),
            (
                "Prices fell in the 2000s.",
                &[("the 2000s", "2000-01-01/2009-12-31")],
            ),
            (
                "She was born in the late nineties.",
                &[("the late nineties", "1990-01-01/1999-12-31")],
            ),
            (
                "The 20th century saw two wars.",
                &[("The 20th century", "1900-01-01/1999-12-31")],
            ),
            (
                "A 19th-century church burned.",
                &[("19th-century", "1800-01-01/1899-12-31")],
            ),
            (
                "The fabled 11th century temple drew crowds.",
                &[("11th century", "1000-01-01/1099-12-31")],
            ),
            (
                "The twenty-first-century economy is new.",
                &[("The twenty-first-century", "2000-01-01/2099-12-31")],
            ),
        ];
        expect_resolved(cases, "2023-12-28");
    }

    /// An age, degrees, a name and a century before the calendar's years
    /// are no decade or century; without publication a decade said
    /// without its century is left unresolved.
    #[test]
    fn no_decade_or_century() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("She is in her nineties.", &[]),
            ("He ran 21st Century Fox.", &[]),
            ("Highs were in the nineties.", &[]),
            ("The wall was built in the fifth century BC.", &[]),
        ];
        expect_resolved(cases, "2023-12-28");
        assert_eq!(
            resolve("Crime fell in the nineties.", None),
            [("the nineties".to_string(), None)]
        );
    }

    /// A day of the month said as an ordinal, unless a noun follows it
    /// (published Thursday, March 5, 1998).
    #[test]
    fn a_day_said_as_an_ordinal() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Women's Day is this Sunday, March eighth.",
                &[("Sunday, March eighth", "1998-03-08/1998-03-08")],
            ),
            (
                "The vote is on March twenty-first, officials said.",
                &[("March twenty-first", "1998-03-21/1998-03-21")],
            ),
            (
                "In May first responders marched.",
                &[("In May", "1997-05-01/1997-05-31")],
            ),
        ];
        expect_resolved(cases, "1998-03-05");
    }

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

    /// A year that dates the noun after it, after a determiner or a
    /// preposition, is a year even before a name.
    #[test]
    fn a_year_before_what_it_dates() {
        let cases: [(&str, &[(&str, &str)]); 9] = [
            (
                "The 2004 Summer Games drew crowds.",
                &[("2004", "2004-01-01/2004-12-31")],
            ),
            (
                "Critics opposed the 1986 Tax Reform Act.",
                &[("1986", "1986-01-01/1986-12-31")],
            ),
            (
                "A 1997 statute covers the port.",
                &[("1997", "1997-01-01/1997-12-31")],
            ),
            (
                "That 1972 treaty still binds both sides.",
                &[("1972", "1972-01-01/1972-12-31")],
            ),
            (
                "In 1990 Congress rewrote the rules.",
                &[("1990", "1990-01-01/1990-12-31")],
            ),
            // A name between a year and an event or a report it dates.
            (
                "A 2015 Marist survey found the same.",
                &[("2015", "2015-01-01/2015-12-31")],
            ),
            (
                "She ran his 2012 Senate campaign.",
                &[("2012", "2012-01-01/2012-12-31")],
            ),
            (
                "Analysts cut their 2024 Acme Foods earnings estimates.",
                &[("2024", "2024-01-01/2024-12-31")],
            ),
            // A name alone after a year may be a model.
            ("Police found his 2009 Honda Civic abandoned.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    #[test]
    fn years_before_1900_need_a_preposition_of_time() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "The fort fell in 1864, after a siege.",
                &[("1864", "1864-01-01/1864-12-31")],
            ),
            ("The index closed at 1500.", &[]),
            ("Power returned in 1500 homes.", &[]),
        ];
        expect_resolved(&cases, "2023-12-28");
    }

    /// A weekday or month after "each" or "every" recurs, as does a weekday
    /// before the plural of a part of a day; it is no one day.
    #[test]
    fn recurring_days_are_no_times() {
        for text in [
            "Orangemen march each July from their church.",
            "A third flight departs every Thursday.",
            "The club meets each Monday night.",
            "Two flights leave on Monday and Tuesday nights.",
            "The market opens Saturday mornings.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
        // One night is one day.
        assert_eq!(
            resolve("The fire broke out Monday night.", Some("2023-12-28")).len(),
            1
        );
    }

    /// "early", "mid" and "late", apart or joined to what they modify, name
    /// the whole month or year that holds the part they mean, as they bound
    /// no days (published Thursday, March 14, 2024): (text, its times).
    #[test]
    fn a_word_of_part_names_its_whole_period() {
        let cases: [(&str, &[(&str, &str)]); 10] = [
            (
                "The ferry sank in early February.",
                &[("early February", "2024-02-01/2024-02-29")],
            ),
            (
                "The plant will reopen in mid-June.",
                &[("in mid-June", "2024-06-01/2024-06-30")],
            ),
            (
                "The strike began in late May last year.",
                &[("late May last year", "2023-05-01/2023-05-31")],
            ),
            (
                "The mill closed in late 2019.",
                &[("late 2019", "2019-01-01/2019-12-31")],
            ),
            (
                "Rents peaked in mid-2021.",
                &[("mid-2021", "2021-01-01/2021-12-31")],
            ),
            (
                "A ruling is expected early next week.",
                &[("early next week", "2024-03-18/2024-03-24")],
            ),
            (
                "Late last year the council sold the pier.",
                &[("Late last year", "2023-01-01/2023-12-31")],
            ),
            // A decade is read whole, as a year is; "late" before a person
            // is no part.
            (
                "Rents rose in the late 1990s.",
                &[("the late 1990s", "1990-01-01/1999-12-31")],
            ),
            ("The late mayor opened the pier.", &[]),
            // What is yet to be done looks ahead, and so does a time granted.
            (
                "He said rules to be published in early October will decide it.",
                &[("early October", "2024-10-01/2024-10-31")],
            ),
        ];
        expect_resolved(&cases, "2024-03-14");
        let granted: [(&str, &[(&str, &str)]); 1] = [(
            "The regulator gave the bank until mid-April to answer.",
            &[("mid-April", "2024-04-01/2024-04-30")],
        )];
        expect_resolved(&granted, "2024-03-29");
    }

    /// A month with "of" and its year is that year's month; with "of that
    /// year", a year told before, it is no month the reader can fix, and
    /// "that year" is read on its own (published March 14, 2024).
    #[test]
    fn a_month_of_a_year() {
        let cases: [(&str, &[(&str, &str)]); 3] = [
            (
                "The mill opened in June of 2015.",
                &[("June of 2015", "2015-06-01/2015-06-30")],
            ),
            (
                "The mill opened in May of last year.",
                &[("May of last year", "2023-05-01/2023-05-31")],
            ),
            (
                "He ran in 1992 and led by early June of that year.",
                &[
                    ("1992", "1992-01-01/1992-12-31"),
                    ("that year", "1992-01-01/1992-12-31"),
                ],
            ),
        ];
        expect_resolved(&cases, "2024-03-14");
    }

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

    /// A quarter whose results are told in the past cannot be a calendar
    /// quarter not yet over: in an article that states its fiscal year's
    /// end, it is that fiscal year's quarter, though "fiscal" is not said
    /// (published Thursday, October 26, 1989).
    #[test]
    fn a_quarter_told_in_the_past_before_its_end_is_fiscal() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Acme reported a drop in fourth-quarter profit. For the year ended Sept. 30, Acme earned $9 million.",
                &[
                    ("fourth-quarter", "1989-07-01/1989-09-30"),
                    ("Sept. 30", "1989-09-30/1989-09-30"),
                ],
            ),
            (
                "Its fiscal years end Aug. 31. Acme posted a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-06-01/1989-08-31")],
            ),
            // Looked for, or with no fiscal year stated: the calendar quarter.
            (
                "Its fiscal years end Aug. 31. Acme expects a loss in the fourth quarter.",
                &[("the fourth quarter", "1989-10-01/1989-12-31")],
            ),
            (
                "Acme reported a drop in fourth-quarter profit.",
                &[("fourth-quarter", "1989-10-01/1989-12-31")],
            ),
        ];
        expect_resolved(cases, "1989-10-26");
    }

    #[test]
    fn not_dates() {
        for text in [
            "She drove a 2012 Ford.",
            "Police found her 2009 Honda.",
            "They sold 2000 tickets.",
            "It may rain.",
            "The night was loud.",
        ] {
            assert_eq!(resolve(text, Some("2023-12-28")), vec![], "{text}");
        }
    }

    /// A count of time, in digits or in words, before "ago", and a span
    /// after "the past" or "the last", which is the stretch that ends on the
    /// publication day (Thursday, March 14, 2024): (text, its times).
    #[test]
    fn counts_of_time_and_spans_up_to_publication() {
        let cases: [(&str, &[(&str, &str)]); 20] = [
            (
                "The plant closed 10 days ago.",
                &[("10 days ago", "2024-03-04/2024-03-04")],
            ),
            (
                "The plant closed ten days ago.",
                &[("ten days ago", "2024-03-04/2024-03-04")],
            ),
            (
                "The plant closed one week ago.",
                &[("one week ago", "2024-03-04/2024-03-10")],
            ),
            (
                "Prices rose in the past 3 months.",
                &[("the past 3 months", "2023-12-15/2024-03-14")],
            ),
            (
                "Prices rose in the past three months.",
                &[("the past three months", "2023-12-15/2024-03-14")],
            ),
            (
                "Prices rose in the past twenty-one days.",
                &[("the past twenty-one days", "2024-02-23/2024-03-14")],
            ),
            (
                "Crime rose 4% in the last 12 months.",
                &[("the last 12 months", "2023-03-15/2024-03-14")],
            ),
            (
                "The index fell during the past two weeks.",
                &[("the past two weeks", "2024-03-01/2024-03-14")],
            ),
            (
                "Exports grew over the past two years.",
                &[("the past two years", "2022-03-15/2024-03-14")],
            ),
            (
                "Over the last week it rained.",
                &[("the last week", "2024-03-08/2024-03-14")],
            ),
            (
                "Prices doubled in the past year.",
                &[("the past year", "2023-03-15/2024-03-14")],
            ),
            (
                "Five people died in the past three days.",
                &[("the past three days", "2024-03-12/2024-03-14")],
            ),
            // A count past a hundred is no span of recent time.
            ("The church was built 500 years ago.", &[]),
            ("Floods returned in the past 150 years.", &[]),
            // A part of another time, or a span of no stated length.
            (
                "Sales slowed in the last week of February.",
                &[("February", "2024-02-01/2024-02-29")],
            ),
            ("Rents rose over the past few years.", &[]),
            ("I cannot remember the last day I took off.", &[]),
            ("He blamed her for the past decade and a half of failures.", &[]),
            (
                "Only 2,200 have come in the past four years; 10,000 are expected over the next year.",
                &[("the past four years", "2020-03-15/2024-03-14")],
            ),
            ("He won the last two races.", &[]),
        ];
        expect_resolved(&cases, "2024-03-14");
    }

    #[test]
    fn without_publication_date_no_year_is_invented() {
        let cases = [
            ("He spoke on December 27.", None),
            (
                "It ends Dec. 30, 2024.",
                Some("2024-12-30/2024-12-30".to_string()),
            ),
            ("They met last week.", None),
        ];
        for (text, resolved) in cases {
            assert_eq!(resolve(text, None)[0].1, resolved, "{text}");
        }
    }
}
