//! Money's currency before the number: a sign or a code, also written
//! apart ("Rs 500") or as letters against the digits ("R1,000"), in
//! either order with a sign ("-$5", "$-5"); an "m" set apart after money
//! ("£3 m"), and whether the sentence speaks of money at all.

use super::digits::is_grouped;
use super::scales::{spelled_scale, OPENING_ARTICLES};
use super::Reader;
use crate::lex::{word_in, word_is, Lexicon, Table, Token};

/// Currency codes written before the number, with their ISO names.
pub(super) static CURRENCY_CODES: Table<&str> = Table::new(&[
    ("us", "USD"),
    ("usd", "USD"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("c", "CAD"),
    ("nz", "NZD"),
    ("hk", "HKD"),
    ("s", "SGD"),
    ("ps", "GBP"),
    ("gbp", "GBP"),
    ("eur", "EUR"),
    ("rm", "MYR"),
    ("r", "BRL"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("ksh", "KES"),
    ("kes", "KES"),
    ("tsh", "TZS"),
    ("ush", "UGX"),
    ("ngn", "NGN"),
    ("rp", "IDR"),
    ("idr", "IDR"),
    ("krw", "KRW"),
    ("rmb", "CNY"),
    ("php", "PHP"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("qar", "QAR"),
    ("qr", "QAR"),
    ("pkr", "PKR"),
    ("bdt", "BDT"),
    ("lkr", "LKR"),
    ("thb", "THB"),
    ("bt", "THB"),
    ("vnd", "VND"),
    ("myr", "MYR"),
    ("zar", "ZAR"),
    ("egp", "EGP"),
    ("ghs", "GHS"),
    ("twd", "TWD"),
    ("brl", "BRL"),
    ("mxn", "MXN"),
    ("rub", "RUB"),
    ("try", "TRY"),
    ("pln", "PLN"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("ils", "ILS"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("chf", "CHF"),
]);

/// Currency signs before the number, besides "$", whose country the
/// article decides ([`article_dollar`](super::dollars::article_dollar)):
/// "€5 million", "₩3 trillion".
static CURRENCY_SIGNS: Table<&str> = Table::new(&[
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₱", "PHP"),
    ("₺", "TRY"),
    ("₫", "VND"),
    ("₽", "RUB"),
    ("₪", "ILS"),
    ("฿", "THB"),
]);

/// Currency codes of two letters that the press sets apart from the digits
/// as often as against them: "Rs 500 crore", "Rp 10 trillion", "KSh 400
/// million". Other short codes need the digits against them.
static CODES_WRITTEN_APART: Lexicon = Lexicon::new(&["rs", "rp", "ksh"]);

/// Currencies written as a capital letter or two against grouped or
/// scaled digits, exactly so: "R1,500" rand, "N5 billion" naira, "Sh2.5
/// billion" shillings, as the Kenyan, Tanzanian and Ugandan press writes
/// its own without saying whose, "Dh500 million" dirhams, as the UAE's
/// and Morocco's ([`Reader::letter_currency`]).
const LETTER_CURRENCIES: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("N", "NGN"),
    ("Sh", "shillings"),
    ("Dh", "dirhams"),
];

/// Words of money in a sentence, which make a bare "m" a million: "raised
/// 2.5m in funding", "sales reached 4m".
static MONEY_WORDS: Lexicon = Lexicon::new(&[
    "raised",
    "raise",
    "funding",
    "fund",
    "funds",
    "deal",
    "worth",
    "cost",
    "costs",
    "budget",
    "paid",
    "pay",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "loss",
    "losses",
    "sales",
    "spent",
    "spend",
    "spending",
    "investment",
    "invested",
    "bid",
    "fine",
    "fined",
    "price",
    "valued",
    "turnover",
    "salary",
    "bonus",
    "loan",
    "loans",
    "debt",
    "grant",
    "contract",
    "sold",
    "bought",
    "earned",
    "earnings",
    "fee",
    "fees",
    "income",
    "tax",
    "donated",
    "donation",
    "compensation",
    "damages",
    "award",
    "awarded",
    "package",
]);

/// Whether `word` is nothing but capital letters of the Latin alphabet:
/// "NATO", "KFI", "USD". Stricter than [`crate::lex::is_in_capitals`], which asks
/// only of the letters ("U.S.", "COVID-19"): a code or a call sign here
/// has no stop, digit or dash in it ("S22" and "A.D." are none).
pub(super) fn is_capital_letters(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase())
}

impl Reader<'_> {
    /// An "m" set apart after an amount of money, which scales it to millions
    /// as one against the digits does: "£3 m" is three million pounds. Only
    /// after money, since "3 m high" is three metres. The end and value.
    pub(super) fn spaced_million_after_money(
        &self,
        end: usize,
        value: f64,
        money: bool,
    ) -> (usize, f64) {
        let million = money && !self.attached(end) && self.doc.word(end) == "m";
        if million {
            (end + 1, value * 1e6)
        } else {
            (end, value)
        }
    }

    /// Whether the sentence has a word of money ([`MONEY_WORDS`]): "raised",
    /// "spend", "budget".
    pub(super) fn speaks_of_money(&self) -> bool {
        (self.doc.first..self.doc.end).any(|k| MONEY_WORDS.contains(self.doc.word(k)))
    }

    /// A currency sign or code before the number, with where the figure then
    /// starts: "$", "US$", "$US55,931,000", "RM79", "USD 1,700".
    pub(super) fn currency_before(&self, i: usize) -> Option<(usize, String)> {
        let p = i.checked_sub(1).filter(|p| *p >= self.doc.first)?;
        let sign = self.doc.word(p);
        let currency = match sign {
            "$" => Some(self.dollar),
            _ => CURRENCY_SIGNS.get(sign),
        };
        if let Some(c) = currency {
            let prefixed = p > self.doc.first
                && (self.attached(p) || self.spaced_dollar_code(p - 1))
                && self.doc.token(p - 1).is_some_and(Token::is_word)
                && self.doc.word(p - 1).len() <= 3;
            // "A$2 million" is Australian dollars, "C$" Canadian.
            let dollar_code = (prefixed && sign == "$")
                .then(|| CURRENCY_CODES.get(self.doc.word(p - 1)))
                .flatten();
            let code = dollar_code.unwrap_or(c);
            return Some((if prefixed { p - 1 } else { p }, code.to_string()));
        }
        if let Some(code) = self.letter_currency(p, i) {
            return Some((p, code.to_string()));
        }
        let code = CURRENCY_CODES.get(sign).filter(|_| {
            // A one-letter code needs its dollar sign: "$A82", not "S22".
            let dollar = p > self.doc.first && self.doc.word(p - 1) == "$" && self.attached(p);
            // "Rs 500 crore" is written apart as often as "Rs500".
            (self.attached(i) && (sign.len() > 1 || dollar))
                || sign.len() == 3 && is_capital_letters(sign)
                || CODES_WRITTEN_APART.contains(sign)
        })?;
        let dollar = p > self.doc.first && self.attached(p) && self.doc.word(p - 1) == "$";
        Some((if dollar { p - 1 } else { p }, code.to_string()))
    }

    /// The currency of the letters at `p` against the digits at `i`
    /// ([`LETTER_CURRENCIES`]): the South African rand "R", the Nigerian
    /// naira "N", the shilling "Sh". Only where the digits read as money and
    /// not as a code's ("the R40 road", "R2-D2", "N95 masks"), grouped in
    /// thousands or scaled ("R1,500", "R2.5bn", "N5 billion").
    fn letter_currency(&self, p: usize, i: usize) -> Option<&'static str> {
        let scaled = spelled_scale(self.doc.word(i + 1)).is_some()
            || self.attached(i + 1) && word_in(self.doc.word(i + 1), &["bn", "m"]);
        let letter = self.doc.word(p);
        let money = self.attached(i) && (is_grouped(self.doc.word(i), ',') || scaled);
        let (_, code) = LETTER_CURRENCIES
            .iter()
            .find(|(written, _)| *written == letter)?;
        money.then_some(*code)
    }

    /// Whether the word at `k` is a dollar's country code written apart
    /// from its sign, in capitals: "HK $3.7 billion", "S $1mil", "NZ
    /// $99.99". "A $15 fee" opens with the article.
    fn spaced_dollar_code(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        is_capital_letters(word)
            && CURRENCY_CODES.get(word).is_some()
            && !OPENING_ARTICLES.contains(word)
    }

    /// The sign and currency before the number at `i`, in either order
    /// ("-$5", "$-5"): where the figure starts, its value with the sign, and
    /// its currency.
    pub(super) fn sign_and_currency_before(
        &self,
        i: usize,
        value: f64,
    ) -> (usize, f64, Option<String>) {
        let (signed, value) = self.sign_before(i, value);
        match self.currency_before(signed) {
            Some((first, unit)) if signed == i => {
                let (first, value) = self.sign_before(first, value);
                (first, value, Some(unit))
            }
            Some((first, unit)) => (first, value, Some(unit)),
            None => (signed, value, None),
        }
    }

    /// A sign before the figure that starts at `first`: "-1.3%", "minus 5
    /// yards", "$-50bn". The figure's start and value with it.
    fn sign_before(&self, first: usize, value: f64) -> (usize, f64) {
        let Some(p) = first.checked_sub(1).filter(|p| *p >= self.doc.first) else {
            return (first, value);
        };
        // A dash against a word before it joins a name ("COVID -19" aside),
        // but against a currency sign it is the amount's minus.
        let after_currency = p > self.doc.first && matches!(self.doc.word(p - 1), "$" | "€" | "£");
        let minus = matches!(self.doc.word(p), "-" | "−")
            && self.attached(first)
            && self
                .doc
                .token(p)
                .is_some_and(|t| t.space_before || p == self.doc.first || after_currency);
        if minus || word_is(self.doc.word(p), "minus") {
            (p, -value)
        } else {
            (first, value)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::{check_figures, Case};

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
}
