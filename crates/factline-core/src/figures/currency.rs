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
/// article decides ([`article_dollar`]): "€5 million", "₩3 trillion".
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
