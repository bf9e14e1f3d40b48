//! Digits and their separators: thousands grouped by commas, or by dots
//! where the article writes them so ("230.000"), and decided once for the
//! whole article; decimals; and a prefix joined to the digits by a hyphen
//! ("minus-1.4", "sub-7").

use crate::lex::{word_is, Kind, Token};

/// Reads digits: thousands separators (commas, or dots in "160.000"),
/// decimals and simple fractions ("3/4", "1⁄32"). `dots_group_thousands`
/// says whether the article groups thousands with dots.
pub(super) fn parse_digits(word: &str, dots_group_thousands: bool) -> Option<f64> {
    if word.contains(':') {
        return None;
    }
    // British print's raised decimal point: "2·5" is two and a half.
    if word.contains('·') {
        let point: String = word.chars().filter(|&c| c != ',').collect();
        return point.replace('·', ".").parse::<f64>().ok();
    }
    if let Some((a, b)) = word.split_once(['/', '⁄']) {
        // A part is less than its whole, and the press writes small wholes
        // with a slash, or the halvings of a measure ("3/16 inch", "1/128
        // of a gallon"): "24/7", "50/50", "9/11" and "7/11" are names and
        // odds, not fractions.
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        let small_whole = b <= 10 || (b.is_power_of_two() && b <= 128);
        return (a < b && small_whole).then(|| f64::from(a) / f64::from(b));
    }
    // "1.234.567" groups thousands in any article; "230.000" only in one
    // that writes its thousands with dots, where "3,5" is three and a half.
    let dotted_thousands =
        is_grouped(word, '.') && (word.matches('.').count() > 1 || dots_group_thousands);
    let decimal_comma = dots_group_thousands && !is_grouped(word, ',') && word.contains(',');
    let cleaned: String = if dotted_thousands {
        word.chars().filter(|c| c.is_ascii_digit()).collect()
    } else if decimal_comma {
        word.chars()
            .filter(|&c| c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    } else {
        // Thousands grouped by commas, or by spaces ("1 000") in an article
        // that writes them so, as the tokenizer decided.
        word.chars()
            .filter(|&c| c != ',' && !c.is_whitespace())
            .collect()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Words joined by a hyphen before digits, with the sign and the qualifier
/// they give the number: "minus-5" is -5, as sports and weather pages write
/// it, and "sub-300 sq m" is under 300.
pub(super) const JOINED_PREFIXES: &[(&str, f64, Option<&str>)] =
    &[("minus", -1.0, None), ("sub", 1.0, Some("under"))];

/// A number with a prefix joined to it by a hyphen ("minus-1.4", "sub-7"):
/// its value with the prefix's sign, and the prefix's qualifier.
pub(super) fn prefixed_digits(
    word: &str,
    dots_group_thousands: bool,
) -> Option<(f64, Option<&'static str>)> {
    let (prefix, digits) = word.split_once('-')?;
    let (_, sign, qualifier) = JOINED_PREFIXES
        .iter()
        .find(|(written, _, _)| word_is(prefix, written))?;
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((
        sign * parse_digits(digits, dots_group_thousands)?,
        *qualifier,
    ))
}

/// Whether `word` is digits grouped in threes by `mark`: "230.000",
/// "1,234,567".
pub(super) fn is_grouped(word: &str, mark: char) -> bool {
    let mut groups = word.split(mark);
    let first = groups.next().unwrap_or_default();
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest.peek().is_some()
        && rest.all(|group| group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the article writes its thousands with dots ("230.000
/// personas", "1.234.567") rather than commas: decided once from all its
/// numbers, never guessed for one. A dotted group of "000" or several dotted
/// groups, or a decimal comma ("3,5"), say dots; any number grouped by
/// commas says commas.
pub(super) fn writes_thousands_with_dots(text: &str, tokens: &[Token]) -> bool {
    let numbers = tokens
        .iter()
        .filter(|token| token.kind == Kind::Number)
        .map(|token| token.text(text));
    let (mut dots, mut commas) = (false, false);
    for number in numbers {
        commas |= is_grouped(number, ',');
        let decimal_comma = number
            .rsplit_once(',')
            .is_some_and(|(_, decimals)| (1..=2).contains(&decimals.len()));
        dots |= decimal_comma
            || is_grouped(number, '.')
                && (number.ends_with(".000") || number.matches('.').count() > 1);
    }
    dots && !commas
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, figure_words, figures, Case};

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
}
