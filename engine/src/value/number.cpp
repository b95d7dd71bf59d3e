// DynamoDB's decimal Number: parsing with DynamoDB's accepted syntax and error messages, the
// canonical text form, numeric ordering, exact addition/subtraction and the item-size estimate.
// Parse and Compare run on the hot path, so nothing here allocates except ToString and the
// error messages.
#include <algorithm>
#include <cstring>
#include <limits>

#include "ddb/value.h"

#include <xxhash.h>

namespace ddb {

namespace {

// Messages reproduced from DynamoDB (dynamodb-model §1.2).
constexpr std::string_view kNotNumeric = "The parameter cannot be converted to a numeric value";
constexpr std::string_view kTooManyDigits =
    "Attempting to store more than 38 significant digits in a Number";
constexpr std::string_view kOverflow =
    "Number overflow. Attempting to store a number with magnitude larger than supported range";
constexpr std::string_view kUnderflow =
    "Number underflow. Attempting to store a number with magnitude smaller than supported range";

// DynamoDB echoes unparsable text after the message; an empty string gets the bare message.
ApiError NotNumeric(std::string_view text) {
  std::string msg(kNotNumeric);
  if (!text.empty()) {
    msg += ": ";
    msg += text;
  }
  return ApiError::Validation(std::move(msg));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// An exact sum spans at most from 10^126 (a carry above the largest digit) down to the last
// digit of a 38-digit number starting at 10^-130, i.e. under 300 decimal places.
constexpr int kMaxSpan = 300;

}  // namespace

Number Number::FromParts(bool negative, std::string_view digits, int32_t exponent) {
  Number n;
  n.negative_ = negative;
  n.digits_.size = static_cast<uint8_t>(digits.size());
  std::memcpy(n.digits_.data, digits.data(), digits.size());
  n.exponent_ = exponent;
  return n;
}

// Accepts what DynamoDB accepts (it reads numbers the way Java's BigDecimal does): an optional
// sign, digits with at most one decimal point (".5" and "5." are fine), and an optional exponent
// "e"/"E" with optional sign. No whitespace, no NaN/Infinity, no hex. The exponent must fit a
// 32-bit integer, otherwise the text is not convertible at all.
Result<Number> Number::Parse(std::string_view text) {
  const size_t n = text.size();
  if (n == 0) return NotNumeric(text);
  size_t i = 0;
  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    ++i;
  }

  char sig[kMaxDigits];
  int64_t sig_count = 0;   // digits from the first non-zero one on (including zeros)
  int last_nonzero = 0;    // sig_count at the last non-zero digit stored in `sig`
  bool too_many = false;   // a non-zero digit beyond the 38th significant place
  int64_t int_digits = 0;  // mantissa digits before the decimal point
  int64_t leading_zeros = 0;
  bool seen_point = false;
  bool any_digit = false;
  for (; i < n; ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      any_digit = true;
      if (!seen_point) ++int_digits;
      if (sig_count == 0 && c == '0') {
        ++leading_zeros;
        continue;
      }
      if (sig_count < kMaxDigits) {
        sig[sig_count] = c;
        if (c != '0') last_nonzero = static_cast<int>(sig_count) + 1;
      } else if (c != '0') {
        too_many = true;
      }
      ++sig_count;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (!any_digit) return NotNumeric(text);

  int64_t exp = 0;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    if (i == n) return NotNumeric(text);
    for (; i < n && IsDigit(text[i]); ++i) {
      exp = exp * 10 + (text[i] - '0');
      if (exp > std::numeric_limits<int32_t>::max()) return NotNumeric(text);
    }
    if (exp_negative) exp = -exp;
  }
  if (i != n) return NotNumeric(text);

  if (sig_count == 0) return Number();  // zero, whatever its exponent or sign
  // Same order of checks as DynamoDB: magnitude first, then precision.
  const int64_t exponent = int_digits - leading_zeros + exp;
  if (exponent > kMaxExponent) return ApiError::Validation(std::string(kOverflow));
  if (exponent < kMinExponent) return ApiError::Validation(std::string(kUnderflow));
  if (too_many) return ApiError::Validation(std::string(kTooManyDigits));
  return FromParts(negative, std::string_view(sig, last_nonzero), static_cast<int32_t>(exponent));
}

Number Number::FromInt(int64_t v) {
  if (v == 0) return Number();
  const bool negative = v < 0;
  uint64_t mag = negative ? ~static_cast<uint64_t>(v) + 1 : static_cast<uint64_t>(v);
  char buf[20];
  int len = 0;
  while (mag != 0) {
    buf[len++] = static_cast<char>('0' + mag % 10);
    mag /= 10;
  }
  std::reverse(buf, buf + len);
  int sig_len = len;
  while (buf[sig_len - 1] == '0') --sig_len;
  return FromParts(negative, std::string_view(buf, sig_len), len);
}

std::string Number::ToString() const {
  // Longest forms: "-0." + 129 zeros + 38 digits, or "-" + 126 digits.
  char buf[2 + 1 + 129 + kMaxDigits + 1];
  return std::string(buf, static_cast<size_t>(WriteText(buf) - buf));
}

size_t Number::TextLength() const {
  if (is_zero()) return 1;
  const size_t sign = negative_ ? 1 : 0, size = static_cast<size_t>(digits_.size);
  if (exponent_ <= 0) return sign + 2 + static_cast<size_t>(-exponent_) + size;  // 0.000ddd
  if (static_cast<size_t>(exponent_) < size) return sign + size + 1;              // dd.ddd
  return sign + static_cast<size_t>(exponent_);                                   // ddd000
}

char* Number::WriteText(char* out) const {
  if (is_zero()) {
    *out = '0';
    return out + 1;
  }
  if (negative_) *out++ = '-';
  const int size = digits_.size;
  if (exponent_ <= 0) {
    *out++ = '0';
    *out++ = '.';
    for (int k = 0; k < -exponent_; ++k) *out++ = '0';
    std::memcpy(out, digits_.data, size);
    return out + size;
  }
  if (exponent_ < size) {
    std::memcpy(out, digits_.data, exponent_);
    out += exponent_;
    *out++ = '.';
    std::memcpy(out, digits_.data + exponent_, size - exponent_);
    return out + (size - exponent_);
  }
  std::memcpy(out, digits_.data, size);
  out += size;
  for (int k = size; k < exponent_; ++k) *out++ = '0';
  return out;
}

int Number::CompareMagnitude(const Number& other) const {
  if (is_zero() || other.is_zero()) {
    return (is_zero() ? 0 : 1) - (other.is_zero() ? 0 : 1);
  }
  if (exponent_ != other.exponent_) return exponent_ < other.exponent_ ? -1 : 1;
  const int common = std::min(digits_.size, other.digits_.size);
  const int c = std::memcmp(digits_.data, other.digits_.data, common);
  if (c != 0) return c < 0 ? -1 : 1;
  // Normalised: no trailing zeros, so the longer run is the larger value.
  if (digits_.size == other.digits_.size) return 0;
  return digits_.size < other.digits_.size ? -1 : 1;
}

uint32_t Number::OrderPrefix() const {
  // Zero in the middle; a positive magnitude above it grows with the exponent first (the digits
  // are normalised, so a larger exponent is a larger number), then with the leading digits
  // (six of them, zero-padded, are below 2^20); a negative one mirrors it below zero.
  constexpr uint32_t kZero = 1u << 30;
  if (is_zero()) return kZero;
  uint32_t leading = 0;
  for (int i = 0; i < 6; ++i) leading = leading * 10 + (i < digits_.size ? static_cast<uint32_t>(digits_.data[i] - '0') : 0);
  const uint32_t magnitude = (static_cast<uint32_t>(exponent_ - kMinExponent) << 20) | leading;  // < 2^28
  return negative_ ? kZero - 1 - magnitude : kZero + 1 + magnitude;
}

uint64_t Number::Hash() const {
  // The digits, seeded with the sign and the exponent: exactly what operator== compares. Zero
  // is one value however it was reached.
  if (is_zero()) return 0;
  const uint64_t seed = (static_cast<uint64_t>(static_cast<uint32_t>(exponent_)) << 1) | (negative_ ? 1u : 0u);
  return XXH3_64bits_withSeed(digits_.data, digits_.size, seed);
}

int Number::Compare(const Number& other) const {
  const int sign_a = is_zero() ? 0 : (negative_ ? -1 : 1);
  const int sign_b = other.is_zero() ? 0 : (other.negative_ ? -1 : 1);
  if (sign_a != sign_b) return sign_a < sign_b ? -1 : 1;
  if (sign_a == 0) return 0;
  const int m = CompareMagnitude(other);
  return sign_a > 0 ? m : -m;
}

Result<Number> Number::Add(const Number& other) const { return AddSigned(other, false); }

Result<Number> Number::Subtract(const Number& other) const { return AddSigned(other, true); }

// Exact decimal addition on digit arrays aligned by decimal place. The result must fit
// DynamoDB's limits; DynamoDB reports a result that needs more than 38 digits (e.g. 1E+50 + 1)
// as an overflow, not as a precision error, and so do we.
Result<Number> Number::AddSigned(const Number& other, bool negate_other) const {
  const bool other_negative = negate_other ? !other.negative_ : other.negative_;
  if (other.is_zero()) return *this;
  if (is_zero()) return FromParts(other_negative, other.digits_.view(), other.exponent_);

  // Slot 0 holds decimal place 10^top (room for a carry); slot k holds 10^(top - k).
  const int top = std::max(exponent_, other.exponent_);
  const int bottom = std::min(exponent_ - digits_.size, other.exponent_ - other.digits_.size);
  const int span = top - bottom + 1;
  uint8_t acc[kMaxSpan];
  std::memset(acc, 0, span);

  const bool same_sign = negative_ == other_negative;
  const Number* big = this;
  const Number* small = &other;
  bool result_negative = negative_;
  if (!same_sign) {
    const int m = CompareMagnitude(other);
    if (m == 0) return Number();
    if (m < 0) {
      big = &other;
      small = this;
      result_negative = other_negative;
    }
  }
  const int big_offset = top - big->exponent_ + 1;
  for (int k = 0; k < big->digits_.size; ++k) acc[big_offset + k] = big->digits_.data[k] - '0';
  const int small_offset = top - small->exponent_ + 1;
  int carry = 0;
  for (int slot = small_offset + small->digits_.size - 1; slot >= 0; --slot) {
    const int k = slot - small_offset;
    const int d = (k >= 0 && k < small->digits_.size) ? small->digits_.data[k] - '0' : 0;
    if (d == 0 && carry == 0 && k < 0) break;
    int v = same_sign ? acc[slot] + d + carry : acc[slot] - d - carry;
    if (same_sign) {
      carry = v >= 10 ? 1 : 0;
      if (carry) v -= 10;
    } else {
      carry = v < 0 ? 1 : 0;
      if (carry) v += 10;
    }
    acc[slot] = static_cast<uint8_t>(v);
  }

  int first = 0;
  while (first < span && acc[first] == 0) ++first;
  int last = span - 1;
  while (last > first && acc[last] == 0) --last;
  const int exponent = top - first + 1;
  if (exponent > kMaxExponent) return ApiError::Validation(std::string(kOverflow));
  if (exponent < kMinExponent) return ApiError::Validation(std::string(kUnderflow));
  const int count = last - first + 1;
  if (count > kMaxDigits) return ApiError::Validation(std::string(kOverflow));
  char digits[kMaxDigits];
  for (int k = 0; k < count; ++k) digits[k] = static_cast<char>('0' + acc[first + k]);
  return FromParts(result_negative, std::string_view(digits, count), exponent);
}

// dynamodb-model §1.4: d significant digits, decimal exponent e in scientific notation
// (value = d1.d2... x 10^e, which is exponent_ - 1 here). Two digits per byte aligned on the
// decimal point, plus one byte, plus one for a negative sign.
size_t Number::SizeBytes() const {
  if (is_zero()) return 1;
  const int d = digits_.size;
  const int e = exponent_ - 1;
  const bool extra = d % 2 == 0 && e % 2 == 0;
  return 1 + static_cast<size_t>((d + 1) / 2) + (extra ? 1 : 0) + (negative_ ? 1 : 0);
}

bool Number::ToUint64(uint64_t* out) const {
  if (is_zero()) {
    *out = 0;
    return true;
  }
  if (negative_ || exponent_ < digits_.size || exponent_ > 20) return false;
  constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
  uint64_t v = 0;
  for (int k = 0; k < exponent_; ++k) {
    const uint64_t d = k < digits_.size ? static_cast<uint64_t>(digits_.data[k] - '0') : 0;
    if (v > (kMax - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = v;
  return true;
}

}  // namespace ddb
