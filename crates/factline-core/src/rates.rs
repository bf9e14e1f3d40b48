//! Rates per day derived from a figure, and only where the text itself says
//! how long the figure took.
//!
//! A derived number is one the article never printed, so it has to be right
//! or absent. A rate is derived only for a count of events or arrivals
//! ("50,000 migrants", "2,000") over a span the text states as the figure's
//! own: a rate written out ("2,000 a day"), a duration after it ("in five
//! days") or a calendar period in its clause ("In November they detained
//! 191,000 migrants"). Money, percentages, ratios, measures, votes and
//! levels ("the city has 8 million residents") have no rate, and neither
//! does a figure that merely sits near a date.
//!
//! Beside the pipeline, like [`crate::corrections`]: it reads a finished
//! [`Article`]. The engine sets each figure's [`PerDay`] when it builds the
//! article, and the corrections set them again after an editor's changes,
//! so the page only divides and never reads the text itself.

use std::collections::HashMap;

use crate::dataset::{Article, Figure, PerDay, RateBasis, Time};
use crate::evidence::{FigureRule, TimeRule};
use crate::grammar::{
    AMOUNT_SIGNS, BE_FORMS, CURRENCY_WORDS, HAVE_FORMS, MEASURES, SPAN_BACK_WORDS,
};
use crate::lex::word_in;

/// Sets every figure's [`PerDay`] to what the text supports now.
pub fn set_rates(article: &mut Article) {
    let around = Around::new(article);
    let rates: Vec<Option<PerDay>> = article
        .figures
        .iter()
        .map(|figure| daily_rate(article, &around, figure))
        .collect();
    for (figure, rate) in article.figures.iter_mut().zip(rates) {
        figure.per_day = rate;
    }
}

/// What a figure's rate is read against, looked up once an article rather
/// than once a figure, so that setting the rates stays linear in the
/// article's figures and times.
struct Around<'a> {
    /// The figures by where they start.
    figures_by_start: Vec<&'a Figure>,
    times_by_id: HashMap<&'a str, &'a Time>,
}

impl<'a> Around<'a> {
    fn new(article: &'a Article) -> Around<'a> {
        let mut figures_by_start: Vec<&Figure> = article.figures.iter().collect();
        figures_by_start.sort_by_key(|figure| figure.start);
        let times_by_id = article
            .times
            .iter()
            .map(|time| (time.id.as_str(), time))
            .collect();
        Around {
            figures_by_start,
            times_by_id,
        }
    }

    /// The first figure that starts at or after `at`.
    fn figure_from(&self, at: usize) -> Option<&'a Figure> {
        let first = self
            .figures_by_start
            .partition_point(|figure| figure.start < at);
        self.figures_by_start.get(first).copied()
    }

    /// The time a figure names as its period.
    fn period_of(&self, figure: &Figure) -> Option<&'a Time> {
        self.times_by_id.get(figure.period.as_deref()?).copied()
    }
}

/// The days over which the text spreads `figure`'s value, if it supports a
/// rate per day for it.
fn daily_rate(article: &Article, around: &Around, figure: &Figure) -> Option<PerDay> {
    let count = event_count(article, figure)?;
    // A bare number over a span ("300 in March") may count anything, so
    // only a rate written out ("2,000 a day") is taken from one.
    let (days, basis) = written_rate(article, figure)
        .map(|days| (days, RateBasis::Written))
        .or_else(|| {
            let named = count == EventCount::Named;
            let duration = named
                .then(|| stated_duration(article, around, figure))
                .flatten();
            duration.map(|days| (days, RateBasis::Duration))
        })
        .or_else(|| {
            let named = count == EventCount::Named;
            let period = named
                .then(|| calendar_period(article, around, figure))
                .flatten();
            period.map(|days| (days, RateBasis::Period))
        })?;
    Some(PerDay { days, basis })
}

/// What a figure that counts events says it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EventCount {
    /// A counted noun: "50,000 migrants".
    Named,
    /// A number alone: "2,000".
    Bare,
}

/// Nouns a number counts that are not events or arrivals: tallies, shares
/// of a whole, money besides the currencies ([`CURRENCY_WORDS`]), and the people a body has rather than gains ("paid
/// 172 employees", "has 8,000 residents"). Measures are in [`MEASURES`].
const NOT_EVENTS: &[&str] = &[
    "votes",
    "seats",
    "shares",
    "delegates",
    "percent",
    "cent",
    "cents",
    "pence",
    "crore",
    "lakh",
    "employees",
    "staff",
    "consultants",
    "members",
    "residents",
    "inhabitants",
    "subscribers",
    "followers",
    "customers",
    "users",
    "students",
    "troops",
    "voters",
];

/// Words next to a figure that make it a level, a change of a level or a
/// tally rather than a count of what happened, besides the forms of "be"
/// and "have" ("has 8 million"): "rose to 12,000", "voted 7-2", "stood at
/// 300", "300 remain".
const LEVEL_WORDS: &[&str] = &[
    "remain",
    "remains",
    "remained",
    "live",
    "lives",
    "lived",
    "total",
    "totals",
    "totaled",
    "totalled",
    "number",
    "numbered",
    "reached",
    "reach",
    "reaches",
    "to",
    "by",
    "at",
    "from",
    "of",
    "rose",
    "fell",
    "grew",
    "climbed",
    "dropped",
    "increased",
    "decreased",
    "declined",
    "jumped",
    "gained",
    "gaining",
    "lost",
    "losing",
    "vote",
    "voted",
];

/// Whether and how the figure counts events or arrivals: a whole number of
/// things, read as a counted noun or a bare number, with no level word
/// beside it. A figure an editor corrected has no rule any more; its unit
/// and words decide alone.
fn event_count(article: &Article, figure: &Figure) -> Option<EventCount> {
    let counted_rule = match &figure.evidence {
        Some(evidence) => matches!(
            FigureRule::from_name(&evidence.rule),
            Some(FigureRule::CountedNoun | FigureRule::BareNumber)
        ),
        None => !figure.text.contains(AMOUNT_SIGNS),
    };
    // The counted noun is the unit's words before any rate ("patients" in
    // "patients per week"); a bare number's next word may be what it
    // counts, unread ("4,000 votes").
    let word_after = first_word(after(article, figure.end));
    let counted_words = figure
        .unit
        .as_deref()
        .map(|unit| {
            words(unit, usize::MAX)
                .into_iter()
                .take_while(|word| !word_in(word, RATE_WORDS))
                .last()
        })
        .unwrap_or(word_after);
    let not_events = counted_words.is_some_and(|word| {
        MEASURES.contains(word) || CURRENCY_WORDS.contains(word) || word_in(word, NOT_EVENTS)
    });
    let level_beside = last_word(before(article, figure.start))
        .into_iter()
        .chain(word_after)
        .any(|word| {
            [LEVEL_WORDS, BE_FORMS, HAVE_FORMS]
                .iter()
                .any(|list| word_in(word, list))
        });
    let whole = figure.value >= 1.0 && figure.value.fract() == 0.0;
    let count = match figure.unit {
        Some(_) => EventCount::Named,
        None => EventCount::Bare,
    };
    (counted_rule && whole && !not_events && !level_beside).then_some(count)
}

/// The days of one of a rate's or a duration's units.
fn unit_days(unit: &str) -> Option<f64> {
    [
        ("day", 1.0),
        ("days", 1.0),
        ("week", 7.0),
        ("weeks", 7.0),
        ("month", 30.0),
        ("months", 30.0),
        ("year", 365.0),
        ("years", 365.0),
    ]
    .iter()
    .find(|(name, _)| name.eq_ignore_ascii_case(unit))
    .map(|(_, days)| *days)
}

/// Words that make what follows a rate: "2,000 a day", "per week". Public
/// so that the page, which groups rates by what they count, stops a unit
/// where the engine does.
pub const RATE_WORDS: &[&str] = &["a", "an", "per", "each", "every"];

/// The days of a rate written right after the figure, with no mark
/// between: "2,000 a day" is one, "500 per week" seven; "the two men, a
/// month later" is no rate.
fn written_rate(article: &Article, figure: &Figure) -> Option<f64> {
    // The engine may read the rate into the unit ("patients per week"), or
    // leave it after the figure ("2,000 passengers a day").
    let in_unit = figure
        .unit
        .as_deref()
        .into_iter()
        .flat_map(str::split_whitespace)
        .skip(1);
    let mut next = in_unit.chain(after(article, figure.end).split_whitespace());
    next.next().filter(|word| word_in(word, RATE_WORDS))?;
    let unit = next.next()?;
    // "300 jobs a year earlier" says when, not how often.
    let when = next.next().is_some_and(|word| {
        SPAN_BACK_WORDS.contains(word.strip_suffix(['.', ',', ';', ':']).unwrap_or(word))
    });
    let days = unit_days(unit.strip_suffix(['.', ',', ';', ':']).unwrap_or(unit));
    days.filter(|_| !when)
}

/// Words that open a span of time after a count: "in five days", "over
/// three weeks", "in the past two weeks".
const SPAN_OPENERS: &[&str] = &["in", "over", "within", "during", "across", "throughout"];

/// Words that may stand between a span's opener and its length.
const SPAN_ARTICLES: &[&str] = &["the", "past", "last", "first", "at", "least", "just"];

/// The days of a duration after `figure` in its clause, opened by a span
/// word: a duration figure ("50,000 migrants who entered illegally in five
/// days"), or a span up to publication, which the times read with its
/// length ("90 dogs over the past three weeks").
fn stated_duration(article: &Article, around: &Around, figure: &Figure) -> Option<f64> {
    let (start, days) =
        duration_figure_after(around, figure).or_else(|| span_to_publication(around, figure))?;
    let between = article.text.get(figure.end..start)?;
    let opened = words(between, NEAR_WORDS + 1)
        .iter()
        .rev()
        .find(|word| !word_in(word, SPAN_ARTICLES))
        .is_some_and(|word| word_in(word, SPAN_OPENERS));
    (opened && in_one_clause(between) && days >= 1.0).then_some(days)
}

/// Where the first duration figure after `figure` starts, and its days.
fn duration_figure_after(around: &Around, figure: &Figure) -> Option<(usize, f64)> {
    let duration = around.figure_from(figure.end)?;
    let days = duration.value * duration.unit.as_deref().and_then(unit_days)?;
    Some((duration.start, days))
}

/// Where `figure`'s period starts and its days, when it is a span up to
/// publication after the figure ("the past three weeks").
fn span_to_publication(around: &Around, figure: &Figure) -> Option<(usize, f64)> {
    let time = around.period_of(figure)?;
    let rule = time
        .evidence
        .as_ref()
        .map(|evidence| evidence.rule.as_str());
    let range = time.resolved?;
    let span = rule == Some(TimeRule::RecentSpan.name()) && time.start >= figure.end;
    span.then(|| (time.start, (range.start.days_until(range.end) + 1) as f64))
}

/// The days of the figure's period, when the period is a span of a week to
/// a quarter that lies wholly before publication and is tied to the figure: right
/// after it ("191,000 migrants in November", "300 arrests last week"), or
/// opening the figure's sentence ("In November they detained 191,000
/// migrants"). A single day is a point in time, not a span to divide by; a
/// span not yet over ("this month") has not all happened; a year is too
/// long to spread one count evenly over (news gives a year's total of a
/// broadcast's viewers or of one day's deletions as readily as of a flow);
/// and a rate below one a day says more about the calendar than the count.
fn calendar_period(article: &Article, around: &Around, figure: &Figure) -> Option<f64> {
    let time = around.period_of(figure)?;
    let range = time.resolved?;
    let tied = if time.end <= figure.start {
        opens_sentence(before(article, time.start))
            && fronted_before(article.text.get(time.end..figure.start)?)
    } else {
        right_after(article.text.get(figure.end..time.start)?)
    };
    let days = range.start.days_until(range.end) + 1;
    let over = article.published.is_some_and(|day| range.end < day);
    let per_day = figure.value / days as f64;
    (tied && over && (7..=QUARTER_DAYS).contains(&days) && per_day >= 1.0).then_some(days as f64)
}

/// The longest quarter of a year, in days.
const QUARTER_DAYS: i64 = 92;

/// Whether nothing but a span word stands between a figure and the time
/// after it: "191,000 migrants in November".
fn right_after(between: &str) -> bool {
    !between.contains(|c: char| !c.is_alphabetic() && !c.is_whitespace())
        && words(between, 2)
            .iter()
            .all(|word| word_in(word, SPAN_OPENERS))
        && words(between, 2).len() <= 1
}

/// Whether the text before a time ends a sentence, so that the time, or
/// the span word before it ("In | November"), opens the next one.
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    let opener = last_word(before).filter(|word| word_in(word, SPAN_OPENERS));
    let before = match opener {
        Some(word) => before.strip_suffix(word).unwrap_or(before),
        None => before,
    };
    let before = before.trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '“'])
}

/// At most this many words between a time that opens a sentence and the
/// figure it dates: a subject and a verb ("In November, agents detained").
const FRONTED_WORDS: usize = 3;

/// Whether the text between a time opening a sentence and a figure is a
/// short subject and verb, with at most the comma that sets the time off.
fn fronted_before(between: &str) -> bool {
    let between = between.trim_start();
    let between = between.strip_prefix(',').unwrap_or(between);
    in_one_clause(between) && words(between, FRONTED_WORDS + 1).len() <= FRONTED_WORDS
}

/// Words that start another clause, whose time is not the figure's: "…,
/// which", "and", "said that".
const CLAUSE_WORDS: &[&str] = &[
    "and",
    "but",
    "or",
    "while",
    "whereas",
    "although",
    "though",
    "after",
    "before",
    "because",
    "when",
    "since",
    "until",
    "which",
    "that",
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "according",
];

/// At most this many words between a figure and the duration it took.
const NEAR_WORDS: usize = 8;

/// Whether a stretch of text between a figure and its span stays in one
/// clause: no clause mark, no word that opens a clause, and short.
fn in_one_clause(between: &str) -> bool {
    !between.contains([
        ',', ';', ':', '(', ')', '—', '–', '.', '?', '!', '"', '“', '”',
    ]) && {
        let words = words(between, NEAR_WORDS + 1);
        words.len() <= NEAR_WORDS && words.iter().all(|word| !word_in(word, CLAUSE_WORDS))
    }
}

/// The article's text before `at`.
fn before(article: &Article, at: usize) -> &str {
    article.text.get(..at).unwrap_or_default()
}

/// The article's text after `at`.
fn after(article: &Article, at: usize) -> &str {
    article.text.get(at..).unwrap_or_default()
}

/// The first `limit` words of a stretch of text, without the marks around
/// them. A mark inside a word ("7-2", "U.S.") stays in it. Rates read a
/// finished article, which carries no tokens, and only the few words around
/// a figure, so this short reading serves instead of the lexer.
fn words(text: &str, limit: usize) -> Vec<&str> {
    text.split(splits_words)
        .map(without_marks)
        .filter(|word| !word.is_empty())
        .take(limit)
        .collect()
}

/// The first word of a stretch of text.
fn first_word(text: &str) -> Option<&str> {
    words(text, 1).pop()
}

/// The last word of a stretch of text, found from its end.
fn last_word(text: &str) -> Option<&str> {
    text.rsplit(splits_words)
        .map(without_marks)
        .find(|word| !word.is_empty())
}

fn splits_words(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"')
}

fn without_marks(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::ArticleMeta;

    /// The rates of every figure in an invented text published on
    /// 2024-03-20, as (figure text, rate per day, basis), as the engine
    /// sets them.
    fn rates(text: &str) -> Vec<(String, f64, RateBasis)> {
        let published = "2024-03-20".parse().ok();
        let meta = ArticleMeta {
            id: "a".into(),
            published,
            ..ArticleMeta::default()
        };
        let article = Article::extract(meta, text.to_string());
        article
            .figures
            .iter()
            .filter_map(|figure| {
                let rate = figure.per_day.as_ref()?;
                Some((figure.text.clone(), figure.value / rate.days, rate.basis))
            })
            .collect()
    }

    #[test]
    fn counts_over_a_stated_span_have_a_rate() {
        let cases: &[(&str, &str, &str, f64, RateBasis)] = &[
            (
                "a duration after the count",
                "Rangers counted 4,200 hikers who crossed the pass in seven days.",
                "4,200 hikers",
                600.0,
                RateBasis::Duration,
            ),
            (
                "a duration after the past",
                "The shelter took in 90 dogs over the past three weeks.",
                "90 dogs",
                90.0 / 21.0,
                RateBasis::Duration,
            ),
            (
                "a span up to publication after the count",
                "The clinic treated 400 patients in the past two weeks.",
                "400 patients",
                400.0 / 14.0,
                RateBasis::Duration,
            ),
            (
                "a rate written out",
                "The ferry carries 2,000 passengers a day.",
                "2,000 passengers",
                2000.0,
                RateBasis::Written,
            ),
            (
                "a weekly rate",
                "The clinic sees 350 patients per week.",
                "350 patients per week",
                50.0,
                RateBasis::Written,
            ),
            (
                "a fronted month",
                "In January inspectors closed 62 restaurants.",
                "62 restaurants",
                2.0,
                RateBasis::Period,
            ),
            (
                "a fronted month set off by a comma",
                "In January, inspectors closed 62 restaurants.",
                "62 restaurants",
                2.0,
                RateBasis::Period,
            ),
            (
                "a bare number written as a rate",
                "The hotline takes about 700 a week.",
                "about 700",
                100.0,
                RateBasis::Written,
            ),
            (
                "a month after the count",
                "Officers made 310 arrests in January.",
                "310 arrests",
                10.0,
                RateBasis::Period,
            ),
        ];
        for (name, text, figure, per_day, basis) in cases {
            let found = rates(text);
            let rate = found.iter().find(|(text, ..)| text == figure);
            let Some((_, rate, found_basis)) = rate else {
                panic!("{name}: no rate for {figure:?} in {found:?}");
            };
            assert!((rate - per_day).abs() < 1e-9, "{name}: {rate} ≠ {per_day}");
            assert_eq!(found_basis, basis, "{name}");
        }
    }

    #[test]
    fn other_figures_have_no_rate() {
        let cases: &[(&str, &str)] = &[
            ("money", "The council approved $48 million for roads in January."),
            ("a percentage", "Prices rose 3 percent in January."),
            ("a percentage spelled", "Turnout was 0.25 percent in February."),
            ("a ratio", "One in 23 applicants was accepted in January."),
            ("a measure", "The storm dropped 40mm of rain in February."),
            ("a measure compound", "It was a 12-year low in February."),
            ("a vote", "The board voted 7-2 in January to close the school."),
            ("votes", "She won 4,000 votes in February."),
            ("a level", "The town has 8,000 residents in February."),
            ("a change of level", "Unemployment claims rose to 12,000 in January."),
            ("stock points", "The index fell 200 points in January."),
            ("a single day", "Police made 40 arrests on Tuesday."),
            ("a span not over", "The charity has fed 900 families this month."),
            ("a span ahead", "The firm will make 300 hires in April."),
            ("another clause", "In January, officials said 500 people had left."),
            ("set apart", "The mayor, who met 30 residents, spoke in January."),
            ("a bare date", "Some 45 people attended, the group said January 3."),
            ("a duration as the figure", "The talks lasted three days in February."),
            ("a mark before the rate", "She met the two envoys, a month later."),
            ("a span counted back", "The plant had 300 workers a year earlier."),
            ("fewer than one a day", "Police recorded 3 burglaries in January."),
            ("a bare number over a span", "The tally hit 300 in January."),
            ("a measure written as a rate", "The field pumps 800,000 barrels a day."),
            ("money written as a rate", "Pickers earn 163 pesos a day."),
            ("a currency named after it", "In May the county spent 600 million baht."),
            ("shillings written as a rate", "Traders lose 2,000 shillings a day."),
            ("the won", "In May Samsung spent 3 trillion won in Korea."),
            ("a group of", "In January, a panel of 32 experts met."),
            ("a time inside the sentence", "The raids last week claimed 217 lives."),
            ("a year", "In 2021, 30 million people watched the final."),
            ("a body's people", "In January, the firm paid 172 employees."),
            ("a day counted from an event", "Police made 40 arrests two days after the election."),
            ("far from its span", "About 75 volunteers cleaned the beach near the old harbour pier by the lighthouse in January."),
        ];
        let derived: Vec<_> = cases
            .iter()
            .map(|(name, text)| (name, rates(text)))
            .filter(|(_, rates)| !rates.is_empty())
            .collect();
        assert_eq!(derived, vec![]);
    }
}
