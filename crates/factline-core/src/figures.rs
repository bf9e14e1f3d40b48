//! Reads the numbers a text states: digits with separators, decimals, number
//! words, fractions, scales, money, percentages, ranges and tallies, with the
//! qualifier before them and the unit or counted noun after them.
//!
//! Years, ordinals, clock times, codes and names ("Title 42", "COVID-19", "a
//! 2012 Ford") and dates are not figures, nor is the length of a time ("two
//! years ago", "the past two weeks"), which belongs to the time, the ages
//! that name a group ("voters aged 18 to 29") or a place in a ranking ("the
//! top three").
//!
//! How a figure is read (the submodule that holds each step in parentheses):
//!
//! 1. Once for the article: whether it writes its thousands with dots
//!    (`digits`), which dollar a bare "$" is (`dollars`), and whether it
//!    writes amounts in rupees (`rupees`).
//! 2. In each sentence, headlines included, a token inside a time or ending
//!    its day range is skipped (`periods`); at a token that opens a number
//!    (`numbers`), a figure is read up to the next time (`periods`), by
//!    `Reader::figure` (`figure`), in this order:
//!    - the number itself: digits, words, fractions and scales (`numbers`,
//!      `digits`, `scales`);
//!    - none if it is a year, an age that names a group, a code or a name,
//!      an unsure "m", a phone number, a call sign, an innings score or a
//!      bare "one" (`no_figure`, `ages`, `names`, `tallies`, `shares`);
//!    - the sign and currency before it (`currency`) and an "m" after money;
//!    - the qualifier before it (`qualifiers`), or the words that make it
//!      one person's age (`ages`);
//!    - a ratio (`shares`), or a range or tally (`ranges`);
//!    - the unit after it (`units`): a reading on a scale, a share
//!      (`shares`), a measure or a bound joined to it (`joined`,
//!      `qualifiers`), a unit against the digits (`units`, `metres`,
//!      `temperatures`), or the noun it counts (`counted`, `named_groups`)
//!      and the rate it is given by (`periods`); then the currency the
//!      article gives an amount in crore (`rupees`);
//!    - none if it has no unit and is a rank or opens a name (`no_figure`,
//!      `names`); then a range that repeats its unit (`ranges`), and a
//!      duration after "over" or "under" read as a span (`periods`);
//!    - where no figure is read, a tally is stepped over (`tallies`).
//! 3. Each figure takes from the one before it a conversion's qualifier and
//!    a tally's unit (`neighbours`, `tallies`).

use crate::evidence::FigureRule;
use crate::segment::{Document, Segments};
use crate::times::TimeExpr;

mod ages;
mod counted;
mod currency;
mod digits;
mod dollars;
mod figure;
mod joined;
mod metres;
mod named_groups;
mod names;
mod neighbours;
mod no_figure;
mod numbers;
mod periods;
mod qualifiers;
mod ranges;
mod rupees;
mod scales;
mod shares;
mod tallies;
mod temperatures;
mod units;

use digits::writes_thousands_with_dots;
use dollars::article_dollar;
use neighbours::share_with_neighbours;
use numbers::opens_number;
use periods::is_part_of_time;
use rupees::writes_rupees;
use units::is_plain_unit;

/// A figure as token indices `first..end`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureExpr {
    pub first: usize,
    pub end: usize,
    pub value: f64,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    /// How its number and unit were read.
    pub rule: FigureRule,
}

#[derive(Clone, Copy)]
struct Reader<'a> {
    doc: Document<'a>,
    /// The article writes thousands with dots ([`writes_thousands_with_dots`]).
    dots_group_thousands: bool,
    /// The currency of a bare "$" in the article ([`article_dollar`]).
    dollar: &'static str,
    /// The article writes amounts in rupees somewhere ([`writes_rupees`]).
    rupees: bool,
}

impl Reader<'_> {
    fn attached(&self, i: usize) -> bool {
        self.doc.token(i).is_some_and(|t| !t.space_before)
    }
}

/// Finds every figure outside page furniture and outside the given time
/// spans ([`is_part_of_time`]). A line set aside only for its headline form
/// is read: its figures are the article's, whether it is a headline or a
/// list item of statistics. There a figure needs a plain unit
/// ([`is_plain_unit`]), since the times stage skips such lines and a bare
/// number in one ("Published Dec 20", "by 2120", "the 90049 ZIP Code") is as
/// likely a date or a code.
pub(crate) fn find_figures(text: &str, segments: &Segments, times: &[TimeExpr]) -> Vec<FigureExpr> {
    let mut figures: Vec<FigureExpr> = Vec::new();
    let mut time_at = 0;
    let dots_group_thousands = writes_thousands_with_dots(text, &segments.tokens);
    let dollar = article_dollar(text, segments);
    let rupees = writes_rupees(text, &segments.tokens);
    for sentence in segments
        .sentences
        .iter()
        .filter(|s| !s.boilerplate || s.headline)
    {
        let reader = Reader {
            doc: Document::new(text, &segments.tokens).within(sentence.first, sentence.end),
            dots_group_thousands,
            dollar,
            rupees,
        };
        let mut i = sentence.first;
        while i < sentence.end {
            while times.get(time_at).is_some_and(|t| t.end <= i) {
                time_at += 1;
            }
            if times
                .get(time_at)
                .is_some_and(|time| is_part_of_time(time, i))
            {
                i += 1;
                continue;
            }
            let time_before = time_at.checked_sub(1).and_then(|k| times.get(k));
            if time_before.is_some_and(|time| reader.ends_day_range(time, i)) {
                i += 1;
                continue;
            }
            let starts_number = reader.doc.token(i).is_some_and(|t| opens_number(t, text));
            let found = starts_number
                .then(|| reader.figure_before_time(i, times.get(time_at)))
                .flatten()
                .filter(|f| {
                    let clear_of_times = times.get(time_at).is_none_or(|t| t.first >= f.end);
                    clear_of_times
                        && f.first >= figures.last().map_or(0, |l| l.end)
                        && (!sentence.headline || f.unit.as_deref().is_some_and(is_plain_unit))
                });
            match found {
                Some(figure) => {
                    i = figure.end;
                    figures.push(figure);
                }
                // A tally is no figure, and its second number no minus.
                None => i = reader.tally_end(i).unwrap_or(i + 1),
            }
        }
    }
    share_with_neighbours(&Document::new(text, &segments.tokens), &mut figures);
    figures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Day;
    use crate::segment::segment;
    use crate::times::find_times;

    /// A sentence, the words of the one figure in it, its value, unit and
    /// qualifier.
    type Case<'a> = (&'a str, &'a str, f64, Option<&'a str>, Option<&'a str>);

    fn figures(text: &str) -> Vec<(String, f64, Option<String>, Option<String>)> {
        figures_published(text, None)
    }

    /// The figures of a text published on `published`, against which the
    /// times that count from it ("two years ago") are read.
    fn figures_published(
        text: &str,
        published: Option<Day>,
    ) -> Vec<(String, f64, Option<String>, Option<String>)> {
        let segments = segment(text);
        let times = find_times(text, &segments, published);
        find_figures(text, &segments, &times)
            .into_iter()
            .map(|f| {
                (
                    segments.text_of(text, f.first, f.end).to_string(),
                    f.value,
                    f.unit,
                    f.qualifier,
                )
            })
            .collect()
    }

    /// Checks that each text gives exactly the figures with these texts.
    fn expect_figure_texts(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            let found: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
            assert_eq!(&found, expected, "{text}");
        }
    }

    #[test]
    fn lines_shaped_like_headlines_give_figures_with_units() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Top relievers: Jane Roe (0.5 ERA), Ann Lee (12 saves)",
                &["12 saves"],
            ),
            (
                "Get the Lamp at Home Store for $49.99 (Save $20)",
                &["$49.99", "$20"],
            ),
            ("Only 24 Percent of Voters Are Undecided.", &["24 Percent"]),
            ("State calls 22 emails 'top secret'", &["22 emails"]),
            ("Published 5:55 AM EST Dec 20 2019", &[]),
            ("Seas could rise by 2120, scientists warn", &[]),
            ("34 postsGet LiveSign in", &[]),
        ];
        expect_figure_texts(cases);
    }

    /// A cricket bowler's figures and a side's score are no fractions or
    /// ranges: "5/32" is five wickets for 32 runs, "247-6" a tally.
    #[test]
    fn cricket_scores_are_no_fractions() {
        let cases: &[(&str, &[&str])] = &[
            ("Bumrah took 5/32 in ten overs.", &["ten overs"]),
            ("India were 247-6 at the close.", &[]),
            ("Australia were 247 for 6 at stumps.", &[]),
            ("England declared on 412 for 8.", &[]),
            ("Australia were 9-312 declared.", &[]),
            ("Starc took 4-42 on Sunday.", &[]),
            ("The repair took 4-6 weeks.", &["4-6 weeks"]),
            ("Scores of 30-40 runs were common.", &["30-40 runs"]),
            ("The bus runs 5-20 minutes late.", &["5-20 minutes"]),
            ("The shop sold 3 for 10 pounds.", &["3", "10 pounds"]),
            ("Kohli made 105 off 87 balls.", &["105", "87 balls"]),
        ];
        expect_figure_texts(cases);
    }

    /// The currency of every bare "$" in each article: a number's own
    /// prefix aside, decided once for the article from its dateline and the
    /// dollars it marks.
    #[test]
    fn a_bare_dollar_follows_the_articles_own_signals() {
        let cases: &[(&str, &[&str])] = &[
            // The local press from its own country writes its own dollar.
            (
                "OTTAWA — The province will spend $4.5 billion on clinics.",
                &["CAD"],
            ),
            (
                "SYDNEY, May 2 (AAP) - The state pledged $300 million for roads.",
                &["AUD"],
            ),
            // A city of the same name in a US state is American.
            (
                "MELBOURNE, Fla. — The county pledged $300 million for roads.",
                &["USD"],
            ),
            // Marking US dollars leaves "$" to the home's.
            (
                "TORONTO (Reuters) - Shopify earned $40 million, or US$29 million.",
                &["CAD", "USD"],
            ),
            // A wire marks the home's dollar and prices in US dollars.
            (
                "CALGARY (Reuters) - Oil traded at $75 a barrel, and Suncor paid C$2 billion.",
                &["USD per barrel", "CAD"],
            ),
            // Named alone, a country's dollar is the article's.
            (
                "The Canadian dollar fell. Loblaw earned $500 million.",
                &["CAD"],
            ),
            // No place and no marks: US dollars, as before.
            ("The council approved $48 million for roads.", &["USD"]),
            // Both dollars marked: a bare "$" claims neither.
            (
                "BHP paid A$2 million and US$1 million, and $5 million in fees.",
                &["AUD", "USD", "$"],
            ),
            // Another dollar marked: "$" is the US dollar, as the US press
            // writes it.
            (
                "Dominion earned 4.7 million Canadian dollars ($4 million).",
                &["Canadian dollars", "USD"],
            ),
            // US dollars marked with no place to tell the other dollar.
            (
                "The bank lent US$2 million. It earned $300 million.",
                &["USD", "$"],
            ),
            // The local press of a home that marks its own dollar.
            (
                "PERTH - The miner lent A$2 million. It earned $300 million.",
                &["AUD", "$"],
            ),
            // Without a dateline, the states of one country and "per cent"
            // show the home.
            (
                "The New South Wales government will spend $2.4 billion, and NSW waits fell 12 per cent.",
                &["AUD", "percent"],
            ),
            (
                "Saskatchewan will spend $300 million on Saskatchewan clinics, up 4 per cent.",
                &["CAD", "percent"],
            ),
            // One passing mention, "percent", or states of two countries
            // show none.
            (
                "Oil from Alberta traded at $52 a barrel, up 4 per cent.",
                &["USD per barrel", "percent"],
            ),
            (
                "Ontario will spend $30 million on Ontario parks, up 4 percent.",
                &["USD", "percent"],
            ),
            (
                "Queensland and Alberta pledged $5 million to Alberta, up 2 per cent.",
                &["USD", "percent"],
            ),
            // Another dollar marked: the states do not unsettle US dollars.
            (
                "The NSW miner lent A$2 million and $300 million to NSW, up 2 per cent.",
                &["AUD", "USD", "percent"],
            ),
        ];
        for (text, units) in cases {
            let found: Vec<String> = figures(text).into_iter().filter_map(|f| f.2).collect();
            assert_eq!(&found, units, "{text}");
        }
    }

    /// How the press outside the US writes its amounts: scales joined by a
    /// hyphen, a currency restated after the number, British suffixes.
    #[test]
    fn figures_as_the_press_outside_the_us_writes_them() {
        let cases: &[Case] = &[
            (
                "The province will spend $40.1-billion on clinics.",
                "$40.1-billion",
                40.1e9,
                Some("USD"),
                None,
            ),
            (
                "The ₹10,000-crore bridge opened.",
                "₹10,000-crore",
                1e11,
                Some("INR"),
                None,
            ),
            (
                "The Treasury wrote off £1.2trn of debt.",
                "£1.2trn",
                1.2e12,
                Some("GBP"),
                None,
            ),
            (
                "Crude settled at $75 U.S. per barrel.",
                "$75 U.S. per barrel",
                75.0,
                Some("USD per barrel"),
                None,
            ),
            (
                "The mine was sold for $2.1 billion U.S. last year.",
                "$2.1 billion U.S.",
                2.1e9,
                Some("USD"),
                None,
            ),
            (
                "She earns £450,000-a-year as chair.",
                "£450,000-a-year",
                450_000.0,
                Some("GBP per year"),
                None,
            ),
            (
                "Profits were £1bn-plus again.",
                "£1bn-plus",
                1e9,
                Some("GBP"),
                Some("more than"),
            ),
            (
                "The levy raises $400-million-a-year for transit.",
                "$400-million-a-year",
                4e8,
                Some("USD per year"),
                None,
            ),
            (
                "The pane is 3/16 inch thick.",
                "3/16 inch",
                0.1875,
                Some("inch"),
                None,
            ),
            (
                "House prices rose by a fifth in a decade.",
                "a fifth",
                0.2,
                None,
                None,
            ),
            (
                "Sales were Rs.2,300 cr in the quarter.",
                "Rs.2,300 cr",
                2.3e10,
                Some("INR"),
                None,
            ),
            (
                "The deal funds 1,200 new child-care spaces.",
                "1,200 new child-care spaces",
                1200.0,
                Some("spaces"),
                None,
            ),
            // Cents written "c" against the digits, as the press of
            // Australia, New Zealand and Canada writes them, and by the unit
            // they buy.
            (
                "The lender will pay 12c a share.",
                "12c a share",
                12.0,
                Some("cents per share"),
                None,
            ),
            (
                "Petrol rose to 189.9c a litre.",
                "189.9c a litre",
                189.9,
                Some("cents per litre"),
                None,
            ),
            (
                "Temperatures could reach 30c on Friday.",
                "30c",
                30.0,
                Some("degrees Celsius"),
                None,
            ),
            // A part of a percentage point, as rate decisions are written.
            (
                "The bank raised rates by a quarter of a percentage point.",
                "a quarter of a percentage point",
                0.25,
                Some("percentage points"),
                None,
            ),
            (
                "The rate rose half a percentage point.",
                "half a percentage point",
                0.5,
                Some("percentage points"),
                None,
            ),
            (
                "Yields fell three-quarters of a percentage point.",
                "three-quarters of a percentage point",
                0.75,
                Some("percentage points"),
                None,
            ),
            (
                "Ministers served 20-plus years each.",
                "20-plus years",
                20.0,
                Some("years"),
                Some("more than"),
            ),
            (
                "Traders priced it at a $90-a-barrel level.",
                "$90-a-barrel",
                90.0,
                Some("USD per barrel"),
                None,
            ),
            (
                "Farah won the 10,000m in Paris.",
                "10,000m",
                10_000.0,
                Some("metres"),
                None,
            ),
            (
                "Some 400m people live there.",
                "Some 400m people",
                4e8,
                Some("people"),
                Some("some"),
            ),
            (
                "Wheat output rose to 12.5 lakh tonnes.",
                "12.5 lakh tonnes",
                1.25e6,
                Some("tonnes"),
                None,
            ),
            (
                "Rents rose between 5 and 6 per cent.",
                "between 5 and 6 per cent",
                5.0,
                Some("percent"),
                None,
            ),
            (
                "Nearly a third of staff quit.",
                "Nearly a third",
                1.0 / 3.0,
                None,
                Some("nearly"),
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn figures_read_value_unit_and_qualifier() {
        let cases: &[Case] = &[
            (
                "Agents saw more than 50,000 migrants.",
                "more than 50,000 migrants",
                50_000.0,
                Some("migrants"),
                Some("more than"),
            ),
            ("It took five days.", "five days", 5.0, Some("days"), None),
            // An adjective before the counted noun is not the unit, and a
            // limiter keeps the number exact: no qualifier, and no label's name.
            (
                "Fully 40 foreign firms bid.",
                "40 foreign firms",
                40.0,
                Some("firms"),
                None,
            ),
            // A singular noun before a plural one modifies it.
            (
                "Three police officers arrived.",
                "Three police officers",
                3.0,
                Some("officers"),
                None,
            ),
            (
                "She cited 12 different studies.",
                "12 different studies",
                12.0,
                Some("studies"),
                None,
            ),
            (
                "The old car did about 80 m.p.h. on the flat.",
                "about 80 m.p.h.",
                80.0,
                Some("mph"),
                Some("about"),
            ),
            (
                "The plan costs $1.7 trillion.",
                "$1.7 trillion",
                1.7e12,
                Some("USD"),
                None,
            ),
            ("Prices rose 3.4%.", "3.4%", 3.4, Some("percent"), None),
            (
                "About 28 percent agreed.",
                "About 28 percent",
                28.0,
                Some("percent"),
                Some("about"),
            ),
            (
                "It lasts 8–10 weeks.",
                "8–10 weeks",
                8.0,
                Some("weeks"),
                None,
            ),
            (
                "It hits one in 23 adults.",
                "one in 23",
                1.0 / 23.0,
                None,
                None,
            ),
            (
                "Up to 160.000 people came.",
                "Up to 160.000 people",
                160_000.0,
                Some("people"),
                Some("up to"),
            ),
            (
                "It fined them €5 million.",
                "€5 million",
                5e6,
                Some("EUR"),
                None,
            ),
            (
                "Between 5 and 10 homes burned.",
                "Between 5 and 10 homes",
                5.0,
                Some("homes"),
                None,
            ),
            (
                "The report ran 4,155 pages.",
                "4,155 pages",
                4155.0,
                Some("pages"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// Parts of a whole, ratios and powers of ten, in words and in signs.
    #[test]
    fn parts_ratios_and_powers_of_ten() {
        let cases: &[Case] = &[
            (
                "Wages rose one per cent.",
                "one per cent",
                1.0,
                Some("percent"),
                None,
            ),
            ("A cup holds 1⁄16 of a gallon.", "1⁄16", 0.0625, None, None),
            (
                "Three in every 10 adults smoke.",
                "Three in every 10",
                0.3,
                None,
                None,
            ),
            (
                "More than 4 in 10 voters approve.",
                "More than 4 in 10",
                0.4,
                None,
                Some("more than"),
            ),
            // A year is no whole.
            ("The index stood at 5 in 2019.", "5", 5.0, None, None),
            (
                "One fourth of the town voted.",
                "One fourth",
                0.25,
                None,
                None,
            ),
            (
                "Light moves at 2.998×10^8 meters per second.",
                "2.998×10^8 meters per second",
                2.998e8,
                Some("meters per second"),
                None,
            ),
            (
                "A proton weighs about 1.67×10−27 kilograms.",
                "about 1.67×10−27 kilograms",
                1.67e-27,
                Some("kilograms"),
                Some("about"),
            ),
            (
                "One in three voters backed it.",
                "One in three",
                1.0 / 3.0,
                None,
                None,
            ),
            (
                "Two out of five homes flooded.",
                "Two out of five",
                0.4,
                None,
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A number word that begins a name is no figure, and a plural name
    /// after a number word counts nothing: "the Four Seasons hotels".
    #[test]
    fn a_number_word_in_a_name() {
        for text in [
            "The chain runs the Four Seasons hotels in Asia.",
            "Visitors to Three Mile Island left early.",
            // Opening the sentence, a name still goes on past the number.
            "Four Seasons hotels reopened in May.",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
        // A people named in the plural is what is counted.
        let cases: &[Case] = &[(
            "Five Britons died.",
            "Five Britons",
            5.0,
            Some("Britons"),
            None,
        )];
        check_figures(cases);
    }

    /// A participle between a number and the plural noun it counts is part
    /// of the figure; without the noun it names no unit.
    #[test]
    fn a_participle_before_the_counted_noun() {
        let cases: &[Case] = &[
            (
                "The storm left 40 flooded homes.",
                "40 flooded homes",
                40.0,
                Some("homes"),
                None,
            ),
            (
                "The county has 1,200 registered voters.",
                "1,200 registered voters",
                1200.0,
                Some("voters"),
                None,
            ),
            (
                "Officials said 50 killed in the fire.",
                "50",
                50.0,
                None,
                None,
            ),
            ("Two turned vicious.", "Two", 2.0, None, None),
        ];
        check_figures(cases);
    }

    /// A word of comparison between the number and its noun leaves the noun
    /// counted: "200 more kilometres" are kilometres, not "more", and "the
    /// ten most populous cities" are cities.
    #[test]
    fn a_comparison_before_the_counted_noun() {
        let cases: &[Case] = &[
            (
                "The convoy drove 200 more kilometres.",
                "200 more kilometres",
                200.0,
                Some("kilometres"),
                None,
            ),
            (
                "Rescuers found 12 more survivors.",
                "12 more survivors",
                12.0,
                Some("survivors"),
                None,
            ),
            ("The team needs 20 more than that.", "20", 20.0, None, None),
            (
                "The ten most populous cities grew.",
                "ten most populous cities",
                10.0,
                Some("cities"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A verb in the past after a bare count is what the counted did, not
    /// what the number counts, and so is one in the present that polls
    /// report.
    #[test]
    fn a_verb_after_a_bare_count() {
        let cases: &[Case] = &[
            (
                "Some 1000 came to the rally.",
                "Some 1000",
                1000.0,
                None,
                Some("some"),
            ),
            (
                "At least 12 fled the fire.",
                "At least 12",
                12.0,
                None,
                Some("at least"),
            ),
            ("About 40 attended.", "About 40", 40.0, None, Some("about")),
            (
                "Some 300 oppose the plan.",
                "Some 300",
                300.0,
                None,
                Some("some"),
            ),
            (
                "Nearly 40 want a recount.",
                "Nearly 40",
                40.0,
                None,
                Some("nearly"),
            ),
            (
                "It hired 197 paid staffers.",
                "197 paid staffers",
                197.0,
                Some("staffers"),
                None,
            ),
            (
                "Police held 12 suspects.",
                "12 suspects",
                12.0,
                Some("suspects"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A single age is a figure in years of age, with the comparison
    /// written before "the age of" as its qualifier.
    #[test]
    fn an_age_after_the_age_of() {
        let cases: &[Case] = &[
            (
                "The benefit goes to people over the age of 65.",
                "65",
                65.0,
                Some("years of age"),
                Some("over"),
            ),
            (
                "Children under the age of five ride free.",
                "five",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "Many children under the age of 5 years died.",
                "5 years",
                5.0,
                Some("years of age"),
                Some("under"),
            ),
            (
                "She left school at age 16.",
                "16",
                16.0,
                Some("years of age"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A range whose second number repeats the unit is one figure, valued
    /// by its first number.
    #[test]
    fn ranges_that_repeat_their_unit() {
        let cases: &[Case] = &[
            (
                "Flats sell for RM250,000 to RM400,000.",
                "RM250,000 to RM400,000",
                250_000.0,
                Some("MYR"),
                None,
            ),
            (
                "Bats hear between 20kHz and 120kHz.",
                "between 20kHz and 120kHz",
                20.0,
                Some("khz"),
                None,
            ),
        ];
        check_figures(cases);
        // A falling pair is two figures: a score, not a range.
        check_figure_texts(&[(
            "Roe leads Doe 47.1 percent to 41.7 percent.",
            &["47.1 percent", "41.7 percent"],
        )]);
    }

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

    /// Every value is a finite number, however many scales or however large
    /// a power of ten the text writes, since the dataset has no infinity.
    #[test]
    fn values_stay_finite() {
        let text = format!(
            "It cost 5{} dollars. It weighs 999999999999×10^300 kilograms.",
            " trillion".repeat(30)
        );
        for figure in figures(&text) {
            assert!(figure.1.is_finite(), "{figure:?}");
        }
    }

    /// One figure a sentence, read as the case says.
    /// Temperatures as the press writes them: the scale's letter against
    /// the digits ("41C", "-5C"), after a degree sign ("41.2°C", "104°F"),
    /// or named after "degrees". A letter after a space is a grade or a
    /// section, not a scale.
    #[test]
    fn temperatures_carry_their_scale() {
        let cases: &[Case] = &[
            (
                "The town hit 41.2C on Monday.",
                "41.2C",
                41.2,
                Some("degrees Celsius"),
                None,
            ),
            (
                "It may reach 38C by noon.",
                "38C",
                38.0,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The valley saw 104°F at dusk.",
                "104°F",
                104.0,
                Some("degrees Fahrenheit"),
                None,
            ),
            (
                "It was 12.5°C at the coast.",
                "12.5°C",
                12.5,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The lake was 2.14degF warmer.",
                "2.14degF",
                2.14,
                Some("degrees Fahrenheit"),
                None,
            ),
            (
                "The sea was 1.19deg C warmer.",
                "1.19deg C",
                1.19,
                Some("degrees Celsius"),
                None,
            ),
            (
                "The oven ran at 220° all day.",
                "220°",
                220.0,
                Some("degrees"),
                None,
            ),
            (
                "Highs of 30 degrees Celsius are likely.",
                "30 degrees Celsius",
                30.0,
                Some("degrees Celsius"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("She scored 12 C in maths."),
            figures("She scored 12 in maths.")
        );
    }

    fn check_figures(cases: &[Case]) {
        for (text, span, value, unit, qualifier) in cases {
            let got = figures(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            let (s, v, u, q) = &got[0];
            assert_eq!(s, span, "{text}");
            assert!((v - value).abs() < 1e-9, "{text}: {v}");
            assert_eq!(u.as_deref(), *unit, "{text}");
            assert_eq!(q.as_deref(), *qualifier, "{text}");
        }
    }

    /// British, wire and Commonwealth copy: units in the plain words a
    /// reader understands, rates, and the rand and the real.
    #[test]
    fn abbreviated_units_and_currencies() {
        let cases: &[Case] = &[
            (
                "Petrol reached 145.9p a litre.",
                "145.9p a litre",
                145.9,
                Some("pence per litre"),
                None,
            ),
            (
                "Its shares closed at 212p.",
                "212p",
                212.0,
                Some("pence"),
                None,
            ),
            (
                "Profit was £980m a year earlier.",
                "£980m",
                9.8e8,
                Some("GBP"),
                None,
            ),
            (
                "Onions touched Rs 80 a kg.",
                "Rs 80 a kg",
                80.0,
                Some("INR per kg"),
                None,
            ),
            (
                "Gold rose to $2,045.10 an ounce.",
                "$2,045.10 an ounce",
                2045.1,
                Some("USD per ounce"),
                None,
            ),
            (
                "The loonie traded at 73.5 U.S. cents.",
                "73.5 U.S. cents",
                73.5,
                Some("U.S. cents"),
                None,
            ),
            // A preposition after a cricket score counts nothing.
            ("He hit 105 off the last over.", "105", 105.0, None, None),
            (
                "Riyadh kept its cut of 1 million bpd.",
                "1 million bpd",
                1e6,
                Some("barrels per day"),
                None,
            ),
            (
                "Eskom needs R2.5bn for repairs.",
                "R2.5bn",
                2.5e9,
                Some("ZAR"),
                None,
            ),
            ("The fine is R1,500.", "R1,500", 1500.0, Some("ZAR"), None),
            (
                "Petrobras will pay R$2.5 billion.",
                "R$2.5 billion",
                2.5e9,
                Some("BRL"),
                None,
            ),
        ];
        check_figures(cases);
    }

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

    /// Crore and lakh with no currency and nothing counted after them are
    /// rupees in an article that writes its rupees elsewhere, as the Indian
    /// press leaves the sign off a second amount; else they stay bare.
    #[test]
    fn a_bare_crore_is_rupees_where_the_article_writes_rupees() {
        let rupees = "The Rs 500 crore plan was approved. The state will spend 2,300 crore on \
                      roads, and 12 lakh a year on upkeep, for 1.2 crore voters.";
        let units: Vec<(String, Option<String>)> =
            figures(rupees).into_iter().map(|f| (f.0, f.2)).collect();
        let expected = [
            ("Rs 500 crore", Some("INR")),
            ("2,300 crore", Some("INR")),
            ("12 lakh a year", Some("INR per year")),
            ("1.2 crore voters", Some("voters")),
        ]
        .map(|(text, unit)| (text.to_string(), unit.map(str::to_string)));
        assert_eq!(units, expected);
        let against = figures("The firm booked Rs1,200 crore, after Rs500 crore.");
        let against: Vec<(&str, f64)> = against.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(against, [("Rs1,200 crore", 1.2e10), ("Rs500 crore", 5e9)]);
        let bare = figures("The state will spend 2,300 crore on roads.");
        assert_eq!(bare[0].2, None);
    }

    /// A measure given by the span it is reached in is a rate of that
    /// measure, as "per" makes one: "35 hours a week" is hours per week.
    /// A span that counts back ("a year earlier") is a time, and a count of
    /// events keeps its noun for the rate [`crate::rates`] reads.
    #[test]
    fn a_measure_by_its_span_is_a_rate() {
        let cases: &[Case] = &[
            (
                "Nurses work 35-plus hours a week.",
                "35-plus hours a week",
                35.0,
                Some("hours per week"),
                Some("more than"),
            ),
            (
                "He was driving at 80 kilometres an hour.",
                "80 kilometres an hour",
                80.0,
                Some("kilometres per hour"),
                None,
            ),
            (
                "The pump moves 40 litres a minute.",
                "40 litres a minute",
                40.0,
                Some("litres per minute"),
                None,
            ),
            (
                "The limit is 40km/h near schools.",
                "40km/h",
                40.0,
                Some("km/h"),
                None,
            ),
            (
                "The mine shipped 300 tonnes a year earlier.",
                "300 tonnes",
                300.0,
                Some("tonnes"),
                None,
            ),
            (
                "About 500 migrants a day crossed.",
                "About 500 migrants",
                500.0,
                Some("migrants"),
                Some("about"),
            ),
            (
                "The bank cut by 0.25 of a percentage point.",
                "0.25 of a percentage point",
                0.25,
                Some("percentage points"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// British and Commonwealth copy, a second look: "-odd" rounds a count,
    /// a quarter-point is a part of a percentage point, a vulgar fraction
    /// adds to the digits it is set against, and hectares are written "ha".
    #[test]
    fn rounded_counts_points_and_vulgar_fractions() {
        let cases: &[Case] = &[
            (
                "It had 1,500-odd members.",
                "1,500-odd members",
                1500.0,
                Some("members"),
                Some("about"),
            ),
            (
                "The bank raised rates by a quarter-point.",
                "a quarter-point",
                0.25,
                Some("percentage points"),
                None,
            ),
            (
                "The Fed made a half-point cut in rates.",
                "a half-point",
                0.5,
                Some("percentage points"),
                None,
            ),
            (
                "He was jailed for 2½ years.",
                "2½ years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "The farm covers 600ha of land.",
                "600ha",
                600.0,
                Some("hectares"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("A half-point was scored."),
            figures("A point was scored.")
        );
        let slashed = [
            (
                "Diesel sold at $1.95/litre.",
                "$1.95/litre",
                "USD per litre",
            ),
            ("Onions touched ₹80/kg.", "₹80/kg", "INR per kg"),
        ];
        for (text, span, unit) in slashed {
            let got = figures(text);
            assert_eq!((got[0].0.as_str(), got[0].2.as_deref()), (span, Some(unit)));
        }
        assert_eq!(
            figure_words("The Fed cut rates by a half-point to 5 per cent."),
            ["a half-point", "5 per cent"]
        );
    }

    /// British print's raised decimal point ("€2·5bn") is a decimal point,
    /// and a scale's letter set apart after money scales it ("£3 m").
    #[test]
    fn a_raised_decimal_point_and_a_spaced_scale_after_money() {
        let cases: &[Case] = &[
            ("The plan costs €2·5bn.", "€2·5bn", 2.5e9, Some("EUR"), None),
            (
                "Rates rose 0·25 percentage points.",
                "0·25 percentage points",
                0.25,
                Some("percentage points"),
                None,
            ),
            ("Sales rose to £3 m in all.", "£3 m", 3e6, Some("GBP"), None),
            (
                "Yields rose 12 bps on Monday.",
                "12 bps",
                12.0,
                Some("basis points"),
                None,
            ),
            (
                "Exports grew 3 p.c. in all.",
                "3 p.c.",
                3.0,
                Some("percent"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(figure_words("She ran 3 m short."), ["3 m"]);
        let stations = figures("It has 300 BP stations.");
        assert!(stations
            .iter()
            .all(|f| f.2.as_deref() != Some("basis points")));
    }

    /// Every dollar's ISO code opens an amount as "USD" does: "CAD 3
    /// million", "AUD 450,000".
    #[test]
    fn dollar_codes_before_an_amount() {
        let cases: &[Case] = &[
            (
                "Costs of CAD 3 million.",
                "CAD 3 million",
                3e6,
                Some("CAD"),
                None,
            ),
            (
                "A fee of AUD 450,000.",
                "AUD 450,000",
                450_000.0,
                Some("AUD"),
                None,
            ),
            ("It raised NZD 12m.", "NZD 12m", 12e6, Some("NZD"), None),
        ];
        check_figures(cases);
    }

    /// An adverb without "-ly" after a bare count is not what it counts, and
    /// a scale's capital at the end of a sentence keeps its stop.
    #[test]
    fn adverbs_after_a_count_and_a_final_scale() {
        let cases: &[Case] = &[
            (
                "Temperatures fell to minus 12 overnight.",
                "minus 12",
                -12.0,
                None,
                None,
            ),
            (
                "Cases rose to 3,400 nationwide.",
                "3,400",
                3400.0,
                None,
                None,
            ),
            ("They scored 21 altogether.", "21", 21.0, None, None),
            (
                "The party elects four statewide officials.",
                "four statewide officials",
                4.0,
                Some("officials"),
                None,
            ),
            (
                "Temperatures touched 47.5 degrees C.",
                "47.5 degrees C.",
                47.5,
                Some("degrees Celsius"),
                None,
            ),
        ];
        check_figures(cases);
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

    /// A table of figures as written outside the US press and in trade
    /// pages; long because each way of writing has its row.
    #[test]
    fn figures_as_the_press_outside_the_us_and_trade_pages_write_them() {
        let cases: &[Case] = &[
            (
                "The miners raised A$2 million.",
                "A$2 million",
                2e6,
                Some("AUD"),
                None,
            ),
            ("The grant is C$40 each.", "C$40", 40.0, Some("CAD"), None),
            // The rupee with its abbreviation's dot, apart or against the digits.
            (
                "He was paid Rs. 1.5 lakh in all.",
                "Rs. 1.5 lakh",
                1.5e5,
                Some("INR"),
                None,
            ),
            ("The fee is Rs.500 now.", "Rs.500", 500.0, Some("INR"), None),
            (
                "The dam cost Rs 500 crore.",
                "Rs 500 crore",
                5e9,
                Some("INR"),
                None,
            ),
            ("Fees rose to ₹3 lakh.", "₹3 lakh", 3e5, Some("INR"), None),
            (
                "Rents could go as high as $2,000.",
                "as high as $2,000",
                2000.0,
                Some("USD"),
                Some("at most"),
            ),
            (
                "Bids came in as low as €40.",
                "as low as €40",
                40.0,
                Some("EUR"),
                Some("at least"),
            ),
            (
                "Crude sold at $58.24 per barrel.",
                "$58.24 per barrel",
                58.24,
                Some("USD per barrel"),
                None,
            ),
            (
                "Desks cost $21.25 per square foot.",
                "$21.25 per square foot",
                21.25,
                Some("USD per square foot"),
                None,
            ),
            (
                "Rooms go for RM79 a month.",
                "RM79 a month",
                79.0,
                Some("MYR per month"),
                None,
            ),
            (
                "Gusts reached 140 km/h.",
                "140 km/h",
                140.0,
                Some("km/h"),
                None,
            ),
            (
                "Each flat has 300 sq m.",
                "300 sq m",
                300.0,
                Some("sq m"),
                None,
            ),
            (
                "The bank cut by 50 basis points.",
                "50 basis points",
                50.0,
                Some("basis points"),
                None,
            ),
            (
                "Hikers crossed it over three days.",
                "three days",
                3.0,
                Some("days"),
                None,
            ),
            (
                "The hearing lasted over three days.",
                "over three days",
                3.0,
                Some("days"),
                Some("over"),
            ),
        ];
        check_figures(cases);
    }

    /// A unit's symbol in capitals after a number is no model's name ("450
    /// Nm" is not "737 Max"), and a unit against the number, a scale or a
    /// percent mark after it make it an amount even after a name ("Panadol
    /// 500mg", "Chile's 9 billion").
    #[test]
    fn units_in_capitals_and_units_after_a_name() {
        let cases: &[Case] = &[
            (
                "The motor makes 450 Nm of torque.",
                "450 Nm",
                450.0,
                Some("nm"),
                None,
            ),
            (
                "The old engine gave 300 HP.",
                "300 HP",
                300.0,
                Some("hp"),
                None,
            ),
            ("The grid hums at 60 Hz.", "60 Hz", 60.0, Some("hz"), None),
            (
                "The battery stores 35 GWh each year.",
                "35 GWh",
                35.0,
                Some("gwh"),
                None,
            ),
            (
                "Nights fall to minus 40 Celsius.",
                "minus 40 Celsius",
                -40.0,
                Some("celsius"),
                None,
            ),
            (
                "Water boils at 212 Fahrenheit.",
                "212 Fahrenheit",
                212.0,
                Some("fahrenheit"),
                None,
            ),
            (
                "It hurts Chile's 9 billion peso budget.",
                "9 billion peso",
                9e9,
                Some("peso"),
                None,
            ),
            (
                "Pemex sold on Monday 4.5% of the field.",
                "4.5%",
                4.5,
                Some("percent"),
                None,
            ),
            (
                "The pharmacy sells Panadol 500mg tablets.",
                "500mg",
                500.0,
                Some("mg"),
                None,
            ),
            (
                "The Ferrari 710bhp engine roars.",
                "710bhp",
                710.0,
                Some("bhp"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A minus or "sub" written against the number, as sports, weather and
    /// property pages write them, and a minus between a currency and its
    /// amount.
    #[test]
    fn a_prefix_joined_to_the_number() {
        let cases: &[Case] = &[
            (
                "Demand for sub-200 sq m flats rose.",
                "sub-200 sq m",
                200.0,
                Some("sq m"),
                Some("under"),
            ),
            (
                "She ran a sub-3 hour marathon.",
                "sub-3 hour",
                3.0,
                Some("hour"),
                Some("under"),
            ),
            (
                "The wind chill reached minus-40 degrees.",
                "minus-40 degrees",
                -40.0,
                Some("degrees"),
                None,
            ),
            (
                "The team ended with minus-12 yards rushing.",
                "minus-12 yards",
                -12.0,
                Some("yards"),
                None,
            ),
            (
                "The launch angle was minus-2.5 degrees.",
                "minus-2.5 degrees",
                -2.5,
                Some("degrees"),
                None,
            ),
            (
                "The trade gap widened to $-48.2bn in May.",
                "$-48.2bn",
                -48.2e9,
                Some("USD"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// A measure joined by a hyphen to a number word, a scale or a unit's
    /// symbol: the length or size of the noun after it.
    #[test]
    fn measures_joined_by_a_hyphen() {
        let cases: &[Case] = &[
            (
                "It began a five-year review.",
                "five-year",
                5.0,
                Some("years"),
                None,
            ),
            (
                "The union called a two-day strike.",
                "two-day",
                2.0,
                Some("days"),
                None,
            ),
            (
                "The firm signed a twenty-five-year lease.",
                "twenty-five-year",
                25.0,
                Some("years"),
                None,
            ),
            (
                "The probe made a 1.8 billion-mile journey.",
                "1.8 billion-mile",
                1.8e9,
                Some("miles"),
                None,
            ),
            ("It has a 185-hp engine.", "185-hp", 185.0, Some("hp"), None),
            ("It gained a 5-mpg boost.", "5-mpg", 5.0, Some("mpg"), None),
        ];
        check_figures(cases);
    }

    /// The words of every figure in a text, in order.
    fn figure_words(text: &str) -> Vec<String> {
        figures(text).into_iter().map(|f| f.0).collect()
    }

    /// Market reports give a change in percent and then the level it
    /// reached: two figures, not a range from one to the other; nor is a
    /// range the first number of another.
    #[test]
    fn a_change_is_no_range() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Shares of the brewer rose 4.2% to 311.50 on Tuesday.",
                &["4.2%", "311.50"],
            ),
            (
                "The index fell 1.3 per cent to 7,204.6.",
                &["1.3 per cent", "7,204.6"],
            ),
            (
                "The stock gained 2 percent to 88 cents.",
                &["2 percent", "88 cents"],
            ),
            (
                "Turnout fell from 61 percent to 55 percent.",
                &["61 percent to 55 percent"],
            ),
            ("Support ranged 5% to 9%.", &["5% to 9%"]),
            (
                "Shares rose 6 pence to 410 pence.",
                &["6 pence", "410 pence"],
            ),
            (
                "Costs grew by 3 cents to 4 cents a share.",
                &["3 cents to 4 cents"],
            ),
            (
                "The fee rose from $10 to $12 to $15.",
                &["$10 to $12", "$15"],
            ),
            (
                "Growth was cut from 5 to 7 per cent to 3 to 5 per cent.",
                &["5 to 7 per cent", "3 to 5 per cent"],
            ),
            (
                "The population grew by 430,000 to 40.1 million.",
                &["430,000", "40.1 million"],
            ),
            ("The lake dropped by 1 to 1.5 metres.", &["1 to 1.5 metres"]),
            ("Prices rose by 1 to 10 percent.", &["1 to 10 percent"]),
            (
                "Support rose by 5 percent to 60 percent.",
                &["5 percent", "60 percent"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(figure_words(text), *expected, "{text}");
        }
    }

    #[test]
    fn an_article_groups_its_thousands_one_way() {
        let values = |text: &str| -> Vec<f64> { figures(text).iter().map(|f| f.1).collect() };
        let cases: &[(&str, &str, &[f64])] = &[
            (
                "dots, told by a group of 000",
                "Police said 230.000 people marched. Of them, 2.417 were held.",
                &[230_000.0, 2417.0],
            ),
            (
                "dots, told by several groups",
                "The fund holds 1.234.567 shares and sold 3.250 more.",
                &[1_234_567.0, 3250.0],
            ),
            (
                "dots, told by a decimal comma",
                "Prices rose 3,5 percent and 2.417 firms closed.",
                &[3.5, 2417.0],
            ),
            (
                "commas: a dotted number is a decimal",
                "Some 50,000 people came. The index fell 2.417 points.",
                &[50_000.0, 2.417],
            ),
            (
                "no grouping shown: a dotted number is a decimal",
                "The rate rose to 2.125 percent.",
                &[2.125],
            ),
            (
                "spaces, told by a group of 000",
                "The town has 1 000 residents, 12 500 cars and 3 000 000 trees.",
                &[1000.0, 12_500.0, 3_000_000.0],
            ),
            (
                "no-break spaces",
                "Some 1\u{a0}000 came and 2\u{202f}417 stayed.",
                &[1000.0, 2417.0],
            ),
            (
                "thin spaces group thousands wherever they stand",
                "The city has 1\u{2009}234\u{2009}567 residents and 12\u{202f}500 cars, 1,000 more.",
                &[1_234_567.0, 12_500.0, 1000.0],
            ),
            (
                "spaces, but not in a phone number",
                "Some 1 000 residents came. Call 0800 555 111 for advice.",
                &[1000.0],
            ),
            (
                "commas: a day and a count stay apart",
                "On May 3 100 people marched, 1,000 fewer than last time.",
                &[100.0, 1000.0],
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(values(text), *expected, "{name}");
        }
    }

    #[test]
    fn numbers_written_out_in_groups() {
        let cases: &[Case] = &[
            (
                "There are twenty-eight thousand six hundred forty-two students.",
                "twenty-eight thousand six hundred forty-two students",
                28_642.0,
                Some("students"),
                None,
            ),
            (
                "The hall seats one hundred and fifty guests.",
                "one hundred and fifty guests",
                150.0,
                Some("guests"),
                None,
            ),
            (
                "Some five million five hundred thousand voters stayed home.",
                "Some five million five hundred thousand voters",
                5_500_000.0,
                Some("voters"),
                Some("some"),
            ),
            (
                "It took twenty four hours.",
                "twenty four hours",
                24.0,
                Some("hours"),
                None,
            ),
            (
                "Some thirty five thousand fans came.",
                "Some thirty five thousand fans",
                35_000.0,
                Some("fans"),
                Some("some"),
            ),
            (
                "They laid off three hundred workers.",
                "three hundred workers",
                300.0,
                Some("workers"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(
            figures("Between two thousand and three thousand fans came.")[0].1,
            2000.0
        );
    }

    #[test]
    fn million_written_mil() {
        let cases: &[Case] = &[
            (
                "The sisters laundered almost RM3.06mil from victims.",
                "almost RM3.06mil",
                3_060_000.0,
                Some("MYR"),
                Some("almost"),
            ),
            (
                "The club paid $1mil for him.",
                "$1mil",
                1_000_000.0,
                Some("USD"),
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_dollar_code_written_apart() {
        let cases: &[Case] = &[
            (
                "Revenue grew to HK $3.7 billion.",
                "HK $3.7 billion",
                3.7e9,
                Some("HKD"),
                None,
            ),
            (
                "They laundered almost S $1mil from victims.",
                "almost S $1mil",
                1e6,
                Some("SGD"),
                Some("almost"),
            ),
            ("A $15 fee applies.", "$15", 15.0, Some("USD"), None),
        ];
        check_figures(cases);
    }

    /// (sentence, the figure in brackets, its qualifier).
    #[test]
    fn a_conversion_in_brackets_shares_the_qualifier() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "The moths can fly more than 100 kilometers (60 miles).",
                "60 miles",
                Some("more than"),
            ),
            (
                "The engine makes just under 296 hp (224 kW) of power.",
                "224 kW",
                Some("just under"),
            ),
            (
                "The dam holds about 2 million tonnes (~2.2 million tons).",
                "~2.2 million tons",
                Some("about"),
            ),
            ("The firm sold 40 cars (12%) abroad.", "12%", None),
        ];
        for (text, span, qualifier) in cases {
            let found = figures(text);
            let figure = found.iter().find(|f| f.0 == *span);
            assert_eq!(
                figure.map(|f| f.3.as_deref()),
                Some(*qualifier),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_qualified_number_before_a_name_is_an_amount() {
        let cases: &[Case] = &[
            (
                "About 460 Kia and Hyundai vehicles were stolen.",
                "About 460",
                460.0,
                None,
                Some("about"),
            ),
            (
                "Nearly 300 Google employees signed.",
                "Nearly 300",
                300.0,
                None,
                Some("nearly"),
            ),
        ];
        check_figures(cases);
        assert_eq!(figures("Concerns over 737 Max jets grew."), vec![]);
        // A letter scale written apart is unread, and the number with it.
        assert_eq!(figures("The population is about 8 B people."), vec![]);
    }

    #[test]
    fn no_more_than_is_at_most() {
        let cases: &[Case] = &[
            (
                "Doses stay at no more than 5 grams.",
                "no more than 5 grams",
                5.0,
                Some("grams"),
                Some("no more than"),
            ),
            (
                "It hired no fewer than 40 guards.",
                "no fewer than 40 guards",
                40.0,
                Some("guards"),
                Some("no fewer than"),
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn half_of_something_is_a_share() {
        let cases: &[Case] = &[
            (
                "Nearly half of all voters stayed home.",
                "Nearly half",
                0.5,
                None,
                Some("nearly"),
            ),
            ("Half the condos have sold.", "Half", 0.5, None, None),
            (
                "It employs 600 people, almost half of whom are in Ohio.",
                "almost half",
                0.5,
                None,
                Some("almost"),
            ),
        ];
        for case in cases {
            let found = figures(case.0);
            let half = found.iter().find(|f| f.0 == case.1);
            assert_eq!(
                half.map(|f| (f.1, f.2.as_deref(), f.3.as_deref())),
                Some((case.2, case.3, case.4)),
                "{}: {found:?}",
                case.0
            );
        }
        let half_of_a_figure = figures("Christians make up less than half of 1 percent of them.");
        assert_eq!(half_of_a_figure.len(), 1, "{half_of_a_figure:?}");
        assert_eq!(half_of_a_figure[0].0, "1 percent");
    }

    /// A part of a scale and a whole number and a half, as the press writes
    /// them: the value is the part of the scale, not the scale.
    #[test]
    fn parts_of_a_scale_and_a_half() {
        let cases: &[Case] = &[
            (
                "Nearly half a million homes lost power.",
                "Nearly half a million homes",
                5e5,
                Some("homes"),
                Some("nearly"),
            ),
            (
                "A half million people voted.",
                "A half million people",
                5e5,
                Some("people"),
                None,
            ),
            (
                "About a quarter of a million people fled.",
                "About a quarter of a million people",
                2.5e5,
                Some("people"),
                Some("about"),
            ),
            (
                "Two-thirds of a billion doses were shipped.",
                "Two-thirds of a billion doses",
                2e9 / 3.0,
                Some("doses"),
                None,
            ),
            (
                "Half a dozen people were hurt.",
                "Half a dozen people",
                6.0,
                Some("people"),
                None,
            ),
            (
                "The talks lasted two and a half years.",
                "two and a half years",
                2.5,
                Some("years"),
                None,
            ),
            (
                "Some one and a half million people came.",
                "Some one and a half million people",
                1.5e6,
                Some("people"),
                Some("some"),
            ),
            (
                "One-and-a-half thousand tonnes were shipped.",
                "One-and-a-half thousand tonnes",
                1500.0,
                Some("tonnes"),
                None,
            ),
            (
                "A third of voters backed it.",
                "A third",
                1.0 / 3.0,
                None,
                None,
            ),
        ];
        check_figures(cases);
    }

    #[test]
    fn a_cylinder_count_and_pressures() {
        let cases: &[Case] = &[
            (
                "It has a four-cylinder engine.",
                "four-cylinder",
                4.0,
                Some("cylinders"),
                None,
            ),
            (
                "The panel held 61.4 MPa of pressure.",
                "61.4 MPa",
                61.4,
                Some("mpa"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// Checks the figures' texts, in order, of sentences published on
    /// 2024-03-20 (a date only times counted from it need): (sentence, the
    /// figures read).
    fn check_figure_texts(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            let found: Vec<String> = figures_published(text, "2024-03-20".parse().ok())
                .into_iter()
                .map(|f| f.0)
                .collect();
            assert_eq!(found, *expected, "{text}");
        }
    }

    #[test]
    fn a_number_before_a_time_stops_at_it() {
        let cases: &[(&str, &[&str])] = &[
            ("The angle was 2.1 last year.", &["2.1"]),
            ("The shop sold 300 last week.", &["300"]),
            ("Rents rose 4% last year.", &["4%"]),
            ("They got the file five or six weeks ago.", &[]),
            ("It was drafted six to eight weeks ago.", &[]),
            (
                "Ads ran in at least four Super Tuesday states.",
                &["at least four"],
            ),
        ];
        check_figure_texts(cases);
    }

    #[test]
    fn multiples_written_with_fold() {
        let cases: &[Case] = &[
            (
                "Revenue grew more than sixfold.",
                "more than sixfold",
                6.0,
                Some("times"),
                Some("more than"),
            ),
            (
                "It was a three-fold increase.",
                "three-fold",
                3.0,
                Some("times"),
                None,
            ),
            (
                "Cases saw a 10-fold rise.",
                "10-fold",
                10.0,
                Some("times"),
                None,
            ),
        ];
        check_figures(cases);
        assert_eq!(figures("They built a scaffold and a manifold."), vec![]);
        // A multiple opens no range.
        check_figure_texts(&[(
            "Revenue grew sixfold to $3 billion.",
            &["sixfold", "$3 billion"],
        )]);
    }

    #[test]
    fn a_tilde_is_about() {
        let cases: &[Case] = &[
            (
                "Each sample weighs ~45g.",
                "~45g",
                45.0,
                Some("g"),
                Some("about"),
            ),
            (
                "BEFORE YOU GO. ~ Two punters died.",
                "Two punters",
                2.0,
                Some("punters"),
                None,
            ),
            (
                "The nozzle sat ~1.2mm above the bed.",
                "~1.2mm",
                1.2,
                Some("mm"),
                Some("about"),
            ),
        ];
        check_figures(cases);
    }

    /// "m" against digits is a million unless a dimension, a race, a length
    /// in brackets or a sprint's time makes it metres.
    #[test]
    fn metres_or_millions() {
        let cases: &[Case] = &[
            (
                "She ran in the 200m heats.",
                "200m",
                200.0,
                Some("metres"),
                None,
            ),
            (
                "She reached the 1500m final.",
                "1500m",
                1500.0,
                Some("metres"),
                None,
            ),
            ("The mast is 42m tall.", "42m", 42.0, Some("metres"), None),
            (
                "The wall stood 6m above the road.",
                "6m",
                6.0,
                Some("metres"),
                None,
            ),
            (
                "She won the 2,000m race.",
                "2,000m",
                2000.0,
                Some("metres"),
                None,
            ),
            (
                "A 1,000-strong crowd gathered.",
                "1,000-strong crowd",
                1000.0,
                Some("crowd"),
                None,
            ),
            ("The squad is 30-strong.", "30-strong", 30.0, None, None),
            (
                "He took gold in the 400m hurdles.",
                "400m",
                400.0,
                Some("metres"),
                None,
            ),
            (
                "Some 12m viewers watched.",
                "Some 12m viewers",
                12e6,
                Some("viewers"),
                Some("some"),
            ),
            (
                "It cost £42m tall order aside.",
                "£42m",
                42e6,
                Some("GBP"),
                None,
            ),
        ];
        check_figures(cases);
        // A sprint's time in hundredths of a second runs the race.
        let sprint = figures("Bolt ran the 100m in 9.58 seconds.");
        let metres = ("100m".to_string(), 100.0, Some("metres".to_string()), None);
        assert_eq!(sprint.first(), Some(&metres));
        let record = figures("The record of 43.03 seconds in the 400m stands.");
        let metres = ("400m".to_string(), 400.0, Some("metres".to_string()), None);
        assert_eq!(record.last(), Some(&metres));
        // A structure measured by it makes the "m" metres.
        let wall = figures("They built a 3m wall round the site.");
        let metres = ("3m".to_string(), 3.0, Some("metres".to_string()), None);
        assert_eq!(wall.first(), Some(&metres));
    }

    /// Basis points written against the digits, as the City pages do.
    #[test]
    fn basis_points_against_the_digits() {
        let cases: &[Case] = &[(
            "Rates rose 25bp on Tuesday.",
            "25bp",
            25.0,
            Some("basis points"),
            None,
        )];
        check_figures(cases);
    }

    /// A scaled amount after "a" sizes the singular noun after it.
    #[test]
    fn an_amount_of_one_thing() {
        let cases: &[(&str, &[&str])] = &[
            (
                "India aims to be a 5 lakh crore economy.",
                &["5 lakh crore"],
            ),
            (
                "The state cleared a 10,000 crore project.",
                &["10,000 crore"],
            ),
            ("The state hired 2 million workers.", &["2 million workers"]),
            ("A 2 million euro grant came.", &["2 million euro"]),
            ("A 5 million tonne crop came.", &["5 million tonne"]),
        ];
        check_figure_texts(cases);
    }

    /// A height or weight in two units is one figure in the smaller.
    #[test]
    fn two_part_measures() {
        let cases: &[Case] = &[
            (
                "He stands 6ft 2in tall.",
                "6ft 2in",
                74.0,
                Some("inches"),
                None,
            ),
            (
                "He is 6 feet 2 inches tall.",
                "6 feet 2 inches",
                74.0,
                Some("inches"),
                None,
            ),
            (
                "The baby weighed 7lb 4oz.",
                "7lb 4oz",
                116.0,
                Some("oz"),
                None,
            ),
        ];
        check_figures(cases);
    }

    /// An area at a sentence's end keeps its side past the full stop.
    #[test]
    fn an_area_at_a_sentence_end() {
        let cases: &[Case] = &[(
            "The office covers 30,000 sq ft.",
            "30,000 sq ft.",
            30000.0,
            Some("sq ft"),
            None,
        )];
        check_figures(cases);
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

    /// A length inside a time the time stage reads is the time's, and the
    /// figures beside it stay: (sentence, the figures read).
    #[test]
    fn a_length_inside_a_time_is_no_figure() {
        let cases: &[(&str, &[&str])] = &[
            ("Rents rose 4% two years ago.", &["4%"]),
            ("The plant closed about three weeks ago.", &[]),
            ("A week ago, 12 families moved in.", &["12 families"]),
            ("Ten days ago the fund held $2 million.", &["$2 million"]),
            ("Some 300 people left 18 months ago.", &["Some 300 people"]),
            (
                "The clinic treated 400 patients in the past two weeks.",
                &["400 patients"],
            ),
            ("Sales fell 3% over the last 12 months.", &["3%"]),
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
