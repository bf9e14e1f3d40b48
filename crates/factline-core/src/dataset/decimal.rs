//! Decimal numbers to the nearest `f64`, for the analysed-dataset reader.
//!
//! `str::parse::<f64>` is correctly rounded and fast, but its fast algorithm
//! (Eisel–Lemire) carries a table of 128-bit powers of five that cost the
//! page's wasm 10 KB gzipped, a sixteenth of its first load. Figures in news
//! are short numbers, so this reads them on Clinger's fast path: a whole
//! number below 2^53, times or divided by a power of ten up to 10^22, is
//! computed exactly in floating point and rounded once. Every other number
//! takes a slow but exact path through a small big integer. The tests hold
//! both paths to `str::parse` bit for bit.

/// Digits after this many significant ones can only break a tie between two
/// neighbouring `f64`s (an exact halfway point has at most 767 significant
/// digits), so they are kept as one bit: whether any of them is not zero.
const MAX_DIGITS: usize = 800;

/// Reads a JSON number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) to
/// the nearest `f64`, ties to even, as `str::parse` does: infinite when it is
/// too large, zero when it is too small. `None` for text that is not a number.
pub(super) fn parse(text: &str) -> Option<f64> {
    let negative = text.starts_with('-');
    let mut decimal = Decimal::default();
    let mut after_point = false;
    let mut digits = 0;
    for (at, byte) in text.bytes().enumerate().skip(usize::from(negative)) {
        match byte {
            b'.' if digits > 0 && !after_point => after_point = true,
            b'e' | b'E' if digits > 0 => {
                let exponent = exponent_value(text.get(at + 1..)?)?;
                decimal.exponent = decimal.exponent.saturating_add(exponent);
                break;
            }
            _ => {
                decimal.push(byte, after_point)?;
                digits += 1;
            }
        }
    }
    if digits == 0 {
        return None;
    }
    let magnitude = decimal.into_f64();
    Some(if negative { -magnitude } else { magnitude })
}

/// The value of an exponent's text, held within ±10^12: no `f64` needs more
/// than a few hundred, and the holding keeps the arithmetic from overflowing.
fn exponent_value(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, text.get(1..)?),
        b'+' => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: i64 = 0;
    for byte in digits.bytes() {
        let digit = decimal_digit(byte)?;
        value = (value * 10 + i64::from(digit)).min(1_000_000_000_000);
    }
    Some(if negative { -value } else { value })
}

fn decimal_digit(byte: u8) -> Option<u8> {
    byte.is_ascii_digit().then(|| byte - b'0')
}

/// A positive number as `digits × 10^exponent`, plus a trace of dropped digits.
#[derive(Default)]
struct Decimal {
    /// The significant digits, most significant first, without leading zeros.
    digits: Vec<u8>,
    /// Whether a digit after [`MAX_DIGITS`] was not zero: the number is then
    /// a little more than its kept digits say.
    truncated: bool,
    exponent: i64,
}

impl Decimal {
    fn push(&mut self, byte: u8, after_point: bool) -> Option<()> {
        let digit = decimal_digit(byte)?;
        if self.digits.len() < MAX_DIGITS {
            // Leading zeros are not significant; after the point they still
            // move it.
            if digit != 0 || !self.digits.is_empty() {
                self.digits.push(digit);
            }
            if after_point {
                self.exponent -= 1;
            }
        } else {
            self.truncated |= digit != 0;
            if !after_point {
                self.exponent += 1;
            }
        }
        Some(())
    }

    fn into_f64(mut self) -> f64 {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
            self.exponent += 1;
        }
        if self.digits.is_empty() {
            return 0.0;
        }
        // The number lies in [10^(order-1), 10^order).
        let order = self.digits.len() as i64 + self.exponent;
        if order > 310 {
            return f64::INFINITY;
        }
        // Below 10^-330 is below half the smallest subnormal, 2^-1075.
        if order < -330 {
            return 0.0;
        }
        if let Some(exact) = self.clinger_fast_path() {
            return exact;
        }
        self.exact_slow_path()
    }

    /// The whole number of the digits and a power of ten that are both exact
    /// in `f64`, so that one multiplication or division rounds once.
    fn clinger_fast_path(&self) -> Option<f64> {
        if self.truncated || self.digits.len() > 16 || self.exponent.abs() > 22 {
            return None;
        }
        let whole = self
            .digits
            .iter()
            .fold(0u64, |whole, &digit| whole * 10 + u64::from(digit));
        if whole > 1 << 53 {
            return None;
        }
        // Every power of ten up to 10^22 is exact in f64 (5^22 < 2^53), and so
        // is each step of this product.
        let power = (0..self.exponent.abs()).fold(1.0, |power, _| power * 10.0);
        Some(if self.exponent < 0 {
            whole as f64 / power
        } else {
            whole as f64 * power
        })
    }

    /// The number as a big integer scaled by a power of two, cut to its top
    /// 64 bits with a bit for whatever was cut, and then rounded once.
    fn exact_slow_path(&self) -> f64 {
        let mut number = Natural::default();
        for &digit in &self.digits {
            number.mul_add(10, u32::from(digit));
        }
        let mut inexact = self.truncated;
        let mut binary_exponent: i64 = 0;
        if self.exponent >= 0 {
            for _ in 0..self.exponent {
                number.mul_add(10, 0);
            }
        } else {
            // Dividing by 10^k loses the fraction, so first make room for at
            // least 66 significant bits in the quotient: log2(10) < 10/3.
            let k = self.exponent.unsigned_abs();
            let room = 70 + k * 10 / 3 + 1;
            number.shift_left(room);
            binary_exponent -= room as i64;
            for _ in 0..k / 9 {
                inexact |= number.div_rem(1_000_000_000) != 0;
            }
            inexact |= number.div_rem(10u32.pow((k % 9) as u32)) != 0;
        }
        let (top, cut, lost) = number.top_64_bits();
        round_to_f64(top, binary_exponent + cut, inexact || lost)
    }
}

/// Rounds `top × 2^exponent`, plus a little more when `inexact`, to the
/// nearest `f64`, ties to even. `top` has its highest bit set.
fn round_to_f64(top: u64, exponent: i64, inexact: bool) -> f64 {
    // The number lies in [2^power, 2^(power+1)).
    let power = exponent + 63;
    if power > 1023 {
        return f64::INFINITY;
    }
    // Subnormal numbers share the smallest normal exponent's bit pattern and
    // have fewer significant bits.
    let biased = (power + 1023).max(1);
    let last_bit = biased - 1075;
    // At least 11: an f64 has 53 significant bits of top's 64.
    let dropped = (last_bit - exponent).min(127) as u32;
    let wide = u128::from(top);
    let mut mantissa = (wide >> dropped) as u64;
    let rest = wide & ((1 << dropped) - 1);
    let half = 1 << (dropped - 1);
    if rest > half || (rest == half && (inexact || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    // The hidden bit of a normal mantissa adds one to the exponent field, and
    // a carry out of a full mantissa moves it on to the next binade (or to
    // infinity), which is what rounding up means.
    f64::from_bits(((biased as u64 - 1) << 52) + mantissa)
}

/// A natural number in base 2^32, least significant limb first.
#[derive(Default)]
struct Natural(Vec<u32>);

impl Natural {
    /// `self = self × factor + add`.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self = self / divisor`, returning the remainder.
    fn div_rem(&mut self, divisor: u32) -> u32 {
        let mut remainder = 0u64;
        for limb in self.0.iter_mut().rev() {
            let part = remainder << 32 | u64::from(*limb);
            *limb = (part / u64::from(divisor)) as u32;
            remainder = part % u64::from(divisor);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        remainder as u32
    }

    fn shift_left(&mut self, bits: u64) {
        let (limbs, bits) = ((bits / 32) as usize, (bits % 32) as u32);
        if bits != 0 {
            self.mul_add(1 << bits, 0);
        }
        let mut shifted = vec![0; limbs];
        shifted.append(&mut self.0);
        self.0 = shifted;
    }

    fn bit(&self, at: u64) -> bool {
        let limb = self.0.get((at / 32) as usize).copied().unwrap_or(0);
        limb >> (at % 32) & 1 == 1
    }

    /// The highest 64 bits, with the highest one set; how many bits below
    /// them were cut (negative when the number has fewer than 64); and
    /// whether any cut bit was set.
    fn top_64_bits(&self) -> (u64, i64, bool) {
        let length = (self.0.len() as u64 * 32).saturating_sub(u64::from(
            self.0.last().map_or(32, |limb| limb.leading_zeros()),
        ));
        let cut = length as i64 - 64;
        let top = (0..64).fold(0u64, |top, place| {
            let at = cut + 63 - place;
            top << 1 | u64::from(at >= 0 && self.bit(at as u64))
        });
        let lost = (0..cut.max(0) as u64).any(|at| self.bit(at));
        (top, cut, lost)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::parse;

    fn assert_as_std(text: &str) {
        let expected: f64 = text.parse().expect("a test number is a number");
        let read = parse(text).expect("a JSON number reads");
        assert_eq!(
            read.to_bits(),
            expected.to_bits(),
            "{text}: read {read:e}, std reads {expected:e}"
        );
    }

    #[test]
    fn reads_numbers_to_the_nearest_f64_as_std_does() {
        let cases = [
            // Figures as news writes them: the fast path.
            "0",
            "-0",
            "5",
            "6.25",
            "0.1",
            "1.5E+3",
            "191000",
            "2300000.0",
            "6366.666666666667",
            "0.3333333333333333",
            "1e22",
            "-12.5e-3",
            // Seventeen digits, or more than 2^53: the slow path.
            "0.30000000000000004",
            "9007199254740993",
            "9007199254740995",
            "18446744073709551615",
            "123456789012345678901234567890",
            "1e23",
            "8.98846567431158e307",
            // Around the ends of the range.
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9e-324",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-330",
            "1e-400",
            "1e400",
            "0e99999999999999999999",
            "1e-99999999999999999999",
            "0.000000000000000000000000000000000000000000001",
        ];
        for text in cases {
            assert_as_std(text);
        }
    }

    /// The exact halfway point between 1 and the next f64 up, 1 + 2^-53,
    /// rounds to even (1), and anything beyond it, however far down the
    /// digits, rounds up: a tie is broken by digits past `MAX_DIGITS`.
    #[test]
    fn breaks_ties_with_digits_past_the_ones_it_keeps() {
        let halfway = "1.00000000000000011102230246251565404236316680908203125";
        assert_as_std(halfway);
        assert_as_std(&format!("{halfway}000000000001"));
        let beyond_kept_digits = format!("{halfway}{}1", "0".repeat(1000));
        assert_as_std(&beyond_kept_digits);
        assert_as_std(&format!("{}e-1000", "1".repeat(1200)));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in ["", "-", ".5", "1e", "1e+", "x", "1.2.3", "1e5x", "--1"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        // Every f64, written as Rust writes it, reads back to itself.
        #[test]
        fn reads_every_f64_back(bits in any::<u64>()) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_finite());
            let text = format!("{value:e}");
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(bits));
        }

        // Numbers of every shape, near and far from the nearest f64.
        #[test]
        fn reads_any_decimal_as_std_does(
            whole in "(0|[1-9][0-9]{0,24})",
            fraction in proptest::option::of("[0-9]{1,40}"),
            exponent in proptest::option::of(-340i32..340),
        ) {
            let mut text = whole;
            if let Some(fraction) = fraction {
                text = format!("{text}.{fraction}");
            }
            if let Some(exponent) = exponent {
                text = format!("{text}e{exponent}");
            }
            let expected: f64 = text.parse().unwrap();
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(expected.to_bits()), "{}", text);
        }
    }
}
