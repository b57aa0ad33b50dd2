//! JSON numbers, read as serde_json 1 reads them (without its `float_roundtrip` feature): a whole number stays a
//! `u64` or `i64` while it fits, anything else becomes the same `f64` serde_json computes (significand times or
//! divided by a power of ten), and a number too large for a float is refused.
//!
//! Pure core: no serde, no UI dependency.

use super::error::Code;
use super::message::Found;
use super::reader::{Reader, Result};

/// A number as read: a whole number ≥ 0, a negative whole number, or a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// A whole number that fits a `u64`.
    Unsigned(u64),
    /// A negative whole number that fits an `i64`.
    Signed(i64),
    /// Anything else: a fraction, an exponent, `-0` or a whole number too large for the integers.
    Float(f64),
}

impl Num {
    /// The number as the value found in a "wrong type" message.
    pub(crate) fn found(self) -> Found<'static> {
        match self {
            Num::Unsigned(n) => Found::Unsigned(n),
            Num::Signed(n) => Found::Signed(n),
            Num::Float(x) => Found::Float(x),
        }
    }
}

/// True when `a * 10 + b` would pass `max` (serde_json's `overflow!`).
fn overflows(a: u64, b: u64, max: u64) -> bool {
    a >= max / 10 && (a > max / 10 || b > max % 10)
}

impl Reader<'_> {
    /// A number; for a negative one the reader stands after its `-`.
    pub(crate) fn number(&mut self, positive: bool) -> Result<Num> {
        let Some(first) = self.next() else { return Err(self.error(Code::EofValue)) };
        match first {
            b'0' => match self.peek_or_null() {
                b'0'..=b'9' => Err(self.peek_error(Code::InvalidNumber)),
                _ => self.number_tail(positive, 0),
            },
            c @ b'1'..=b'9' => {
                let mut significand = u64::from(c - b'0');
                loop {
                    match self.peek_or_null() {
                        c @ b'0'..=b'9' => {
                            let digit = u64::from(c - b'0');
                            if overflows(significand, digit, u64::MAX) {
                                return Ok(Num::Float(self.long_integer(positive, significand)?));
                            }
                            self.eat();
                            significand = significand * 10 + digit;
                        }
                        _ => return self.number_tail(positive, significand),
                    }
                }
            }
            _ => Err(self.error(Code::InvalidNumber)),
        }
    }

    fn number_tail(&mut self, positive: bool, significand: u64) -> Result<Num> {
        Ok(match self.peek_or_null() {
            b'.' => Num::Float(self.decimal(positive, significand, 0)?),
            b'e' | b'E' => Num::Float(self.exponent(positive, significand, 0)?),
            _ if positive => Num::Unsigned(significand),
            _ => {
                // Wrapping as serde_json does: -0 and anything below i64::MIN become floats.
                let negative = (significand as i64).wrapping_neg();
                if negative >= 0 {
                    Num::Float(-(significand as f64))
                } else {
                    Num::Signed(negative)
                }
            }
        })
    }

    fn decimal(&mut self, positive: bool, mut significand: u64, exponent_before: i32) -> Result<f64> {
        self.eat();
        let mut exponent_after = 0i32;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(c - b'0');
            if overflows(significand, digit, u64::MAX) {
                return self.decimal_overflow(positive, significand, exponent_before + exponent_after);
            }
            self.eat();
            significand = significand * 10 + digit;
            exponent_after -= 1;
        }
        if exponent_after == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(Code::InvalidNumber),
                None => self.peek_error(Code::EofValue),
            });
        }
        let exponent = exponent_before + exponent_after;
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.float_from_parts(positive, significand, exponent),
        }
    }

    fn exponent(&mut self, positive: bool, significand: u64, starting: i32) -> Result<f64> {
        self.eat();
        let positive_exp = match self.peek_or_null() {
            b'+' => {
                self.eat();
                true
            }
            b'-' => {
                self.eat();
                false
            }
            _ => true,
        };
        let Some(next) = self.next() else { return Err(self.error(Code::EofValue)) };
        let mut exp = match next {
            c @ b'0'..=b'9' => i32::from(c - b'0'),
            _ => return Err(self.error(Code::InvalidNumber)),
        };
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.eat();
            let digit = i32::from(c - b'0');
            if exp >= i32::MAX / 10 && (exp > i32::MAX / 10 || digit > i32::MAX % 10) {
                return self.exponent_overflow(positive, significand == 0, positive_exp);
            }
            exp = exp * 10 + digit;
        }
        let exponent = if positive_exp { starting.saturating_add(exp) } else { starting.saturating_sub(exp) };
        self.float_from_parts(positive, significand, exponent)
    }

    fn exponent_overflow(&mut self, positive: bool, zero_significand: bool, positive_exp: bool) -> Result<f64> {
        if !zero_significand && positive_exp {
            return Err(self.error(Code::NumberOutOfRange));
        }
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat();
        }
        Ok(if positive { 0.0 } else { -0.0 })
    }

    fn decimal_overflow(&mut self, positive: bool, significand: u64, exponent: i32) -> Result<f64> {
        // Further digits cannot change a 64-bit significand: skip them.
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat();
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.float_from_parts(positive, significand, exponent),
        }
    }

    fn long_integer(&mut self, positive: bool, significand: u64) -> Result<f64> {
        let mut exponent = 0i32;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.eat();
                    exponent = exponent.saturating_add(1);
                }
                b'.' => return self.decimal(positive, significand, exponent),
                b'e' | b'E' => return self.exponent(positive, significand, exponent),
                _ => return self.float_from_parts(positive, significand, exponent),
            }
        }
    }

    fn float_from_parts(&mut self, positive: bool, significand: u64, mut exponent: i32) -> Result<f64> {
        let mut f = significand as f64;
        loop {
            match POW10.get(exponent.unsigned_abs() as usize) {
                Some(&pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return Err(self.error(Code::NumberOutOfRange));
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None => {
                    if f == 0.0 {
                        break;
                    }
                    if exponent >= 0 {
                        return Err(self.error(Code::NumberOutOfRange));
                    }
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(if positive { f } else { -f })
    }

    /// Skips a number (after its `-`, if any), checking only its syntax, as serde_json skips one.
    pub(crate) fn ignore_number(&mut self) -> Result<()> {
        match self.next().unwrap_or(0) {
            b'0' => {
                if let b'0'..=b'9' = self.peek_or_null() {
                    return Err(self.peek_error(Code::InvalidNumber));
                }
            }
            b'1'..=b'9' => {
                while let b'0'..=b'9' = self.peek_or_null() {
                    self.eat();
                }
            }
            _ => return Err(self.error(Code::InvalidNumber)),
        }
        match self.peek_or_null() {
            b'.' => {
                self.eat();
                let mut digits = false;
                while let b'0'..=b'9' = self.peek_or_null() {
                    self.eat();
                    digits = true;
                }
                if !digits {
                    return Err(self.peek_error(Code::InvalidNumber));
                }
                if let b'e' | b'E' = self.peek_or_null() {
                    self.ignore_exponent()?;
                }
                Ok(())
            }
            b'e' | b'E' => self.ignore_exponent(),
            _ => Ok(()),
        }
    }

    fn ignore_exponent(&mut self) -> Result<()> {
        self.eat();
        if let b'+' | b'-' = self.peek_or_null() {
            self.eat();
        }
        match self.next().unwrap_or(0) {
            b'0'..=b'9' => {}
            _ => return Err(self.error(Code::InvalidNumber)),
        }
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat();
        }
        Ok(())
    }
}

/// 10⁰ … 10³⁰⁸, each the nearest `f64` (as the literals of serde_json's table).
#[rustfmt::skip]
static POW10: [f64; 309] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49, 1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61, 1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80, 1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89, 1e90, 1e91, 1e92, 1e93, 1e94, 1e95, 1e96, 1e97, 1e98, 1e99, 1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109, 1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119, 1e120, 1e121, 1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129, 1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136, 1e137, 1e138, 1e139, 1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149, 1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159, 1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169, 1e170, 1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179, 1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188, 1e189, 1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199, 1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209, 1e210, 1e211, 1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219, 1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227, 1e228, 1e229, 1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239, 1e240, 1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249, 1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256, 1e257, 1e258, 1e259, 1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269, 1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279, 1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308];
