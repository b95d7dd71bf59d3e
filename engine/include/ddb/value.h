// Typed DynamoDB attribute values. An Item is a map of attribute name to AttributeValue; the
// DynamoDB-JSON wire form ({"S":"x"}, {"N":"1.5"}, ...) is converted in one place (codec.h), and
// item sizes follow DynamoDB's documented rules (item_size.h). Numbers are exact decimals with
// DynamoDB's 38-digit precision and range, never binary floating point.
#pragma once

#include "ddb/flat_map.h"
#include "ddb/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace ddb {

// An exact decimal number with at most 38 significant digits and DynamoDB's range
// (magnitude 1E-130 .. 9.99...E+125). Stored normalised (no leading or trailing zeros), so equal
// numbers have equal representations: "1.500" and "1.5" are the same Number.
class Number {
 public:
  Number() = default;  // zero

  // Parses DynamoDB's N string form. Errors are ValidationExceptions with DynamoDB's messages
  // ("Attempting to store more than 38 significant digits in a Number", "Number overflow. ...",
  // "Number underflow. ...", "The parameter cannot be converted to a numeric value", followed
  // by ": <text>" unless the text is empty). Accepts what DynamoDB accepts: optional sign
  // ("+5"), ".5", "5.", exponents ("1.5e3", "1E-130"); no whitespace, NaN or Infinity.
  static Result<Number> Parse(std::string_view text);
  static Number FromInt(int64_t v);

  // Canonical decimal text, e.g. "1.5", "-120", "0.001", "1E+100" is rendered as digits
  // (DynamoDB returns numbers without exponent notation).
  std::string ToString() const;
  // The same text written to `out` (REQUIRES TextLength() bytes there); returns its end.
  char* WriteText(char* out) const;
  size_t TextLength() const;

  bool is_zero() const { return digits_.empty(); }
  bool negative() const { return negative_; }

  // Numeric comparison: <0, 0, >0.
  int Compare(const Number& other) const;
  bool operator==(const Number& o) const {
    return negative_ == o.negative_ && exponent_ == o.exponent_ && digits_ == o.digits_;
  }

  // Exact arithmetic; a result outside precision or range is a ValidationException.
  Result<Number> Add(const Number& other) const;
  Result<Number> Subtract(const Number& other) const;

  // Bytes this number counts for in an item's size (DynamoDB-documented approximation,
  // see dynamodb-model §1.4: 1 + ceil(d/2) (+1 if d and e both even) (+1 if negative); 0 -> 1).
  size_t SizeBytes() const;

  // KeyOrderPrefix for numbers: sign, exponent and the first six significant digits, so that
  // a.OrderPrefix() < b.OrderPrefix() implies a < b.
  uint32_t OrderPrefix() const;
  // A hash of the value: equal numbers ("1.50" and "1.5") hash alike (the form is normalised).
  uint64_t Hash() const;

  // If the value is a non-negative integer that fits, stores it in *out and returns true.
  bool ToUint64(uint64_t* out) const;

  // DynamoDB's limits: significant digits, and the exponent range in this class's convention
  // (value = 0.d1d2... x 10^exponent), i.e. 1E-130 = 0.1E-129 and 9.9..E+125 = 0.99..E+126.
  static constexpr int kMaxDigits = 38;
  static constexpr int kMinExponent = -129;
  static constexpr int kMaxExponent = 126;

 private:
  // Significant digits stored inline: Numbers are parsed and compared on the hot path of the
  // benchmark, and a fixed buffer never allocates (38 digits would not fit a short string).
  struct Digits {
    uint8_t size = 0;
    char data[kMaxDigits] = {};  // ASCII '0'..'9'; only the first `size` are meaningful
    bool empty() const { return size == 0; }
    std::string_view view() const { return {data, size}; }
    bool operator==(const Digits& o) const { return view() == o.view(); }
  };

  // Builds a Number from parts that are already normalised and within DynamoDB's limits.
  // REQUIRES: digits has 1..38 chars, first and last not '0'; exponent within the limits.
  static Number FromParts(bool negative, std::string_view digits, int32_t exponent);
  // Compares absolute values: <0, 0, >0.
  int CompareMagnitude(const Number& other) const;
  Result<Number> AddSigned(const Number& other, bool negate_other) const;

  bool negative_ = false;
  Digits digits_;  // significant digits, '1'..'9' first, no trailing '0'; empty for zero
  int32_t exponent_ = 0;  // value = 0.d1d2d3... x 10^exponent_
};

struct NullValue {
  bool operator==(const NullValue&) const { return true; }
};
// Raw (decoded) bytes of a B value.
struct Binary {
  std::string bytes;
  bool operator==(const Binary& o) const { return bytes == o.bytes; }
};

struct AttributeValue;
// An M value (and an Item): attributes sorted by name in one vector (flat_map.h explains why).
using Map = FlatMap<std::string, AttributeValue>;
using List = std::vector<AttributeValue>;
// Sets are kept sorted in DynamoDB key order and free of duplicates, so equal sets compare equal.
struct StringSet { std::vector<std::string> items; bool operator==(const StringSet& o) const { return items == o.items; } };
struct NumberSet { std::vector<Number> items; bool operator==(const NumberSet& o) const { return items == o.items; } };
struct BinarySet { std::vector<std::string> items; bool operator==(const BinarySet& o) const { return items == o.items; } };

enum class ValueType : uint8_t { kS, kN, kB, kBOOL, kNULL, kM, kL, kSS, kNS, kBS };

// The wire descriptor of a type: "S", "N", ..., "BS".
std::string_view ValueTypeName(ValueType t);

struct AttributeValue {
  // Alternative order matches ValueType.
  std::variant<std::string, Number, Binary, bool, NullValue, Map, List, StringSet, NumberSet, BinarySet> v;

  AttributeValue() : v(NullValue{}) {}
  // Constrained so that copying from a non-const AttributeValue& picks the copy constructor.
  template <typename T>
    requires(!std::is_same_v<std::remove_cvref_t<T>, AttributeValue>)
  AttributeValue(T&& x) : v(std::forward<T>(x)) {}  // NOLINT: implicit by design
  AttributeValue(const char* s) : v(std::string(s)) {}  // NOLINT

  ValueType type() const { return static_cast<ValueType>(v.index()); }
  bool is(ValueType t) const { return type() == t; }
  const std::string& s() const { return std::get<0>(v); }
  const Number& n() const { return std::get<1>(v); }
  const Binary& b() const { return std::get<2>(v); }
  bool boolean() const { return std::get<3>(v); }
  const Map& m() const { return std::get<5>(v); }
  Map& m() { return std::get<5>(v); }
  const List& l() const { return std::get<6>(v); }
  List& l() { return std::get<6>(v); }

  bool operator==(const AttributeValue& o) const { return v == o.v; }
  bool operator!=(const AttributeValue& o) const { return !(v == o.v); }
};

using Item = Map;

// Orders two values of the same scalar key type as DynamoDB sorts keys: N numerically, S and B by
// unsigned bytes. REQUIRES: a and b are both S, both N or both B.
int CompareKeyValues(const AttributeValue& a, const AttributeValue& b);

// A 32-bit summary of a key value that keeps CompareKeyValues' order wherever two summaries
// differ: KeyOrderPrefix(a) < KeyOrderPrefix(b) implies a < b (equal summaries say nothing).
// Ordered containers compare summaries before reading keys. REQUIRES: v is S, N or B.
uint32_t KeyOrderPrefix(const AttributeValue& v);

// A 64-bit hash of a key value: values that CompareKeyValues calls equal hash alike. Hash
// indexes over whole keys use it (the partition key has its own hash, HashPartitionKey, which
// places items and must never change). REQUIRES: v is S, N or B.
uint64_t KeyValueHash(const AttributeValue& v);

}  // namespace ddb
