// DynamoDB's sort order for key values (dynamodb-model §2), declared in ddb/value.h.
#include "ddb/value.h"

#include <xxhash.h>

namespace ddb {

namespace {
// std::string::compare goes through char_traits<char>::compare, which compares as unsigned
// char: exactly DynamoDB's byte-wise order for UTF-8 strings and binaries.
int Sign(int c) { return (c > 0) - (c < 0); }
}  // namespace

int CompareKeyValues(const AttributeValue& a, const AttributeValue& b) {
  switch (a.type()) {
    case ValueType::kN: return a.n().Compare(b.n());
    case ValueType::kS: return Sign(a.s().compare(b.s()));
    case ValueType::kB: return Sign(a.b().bytes.compare(b.b().bytes));
    default: return 0;
  }
}

uint32_t KeyOrderPrefix(const AttributeValue& v) {
  // S and B: the first four bytes, big-endian, zero-padded (a shorter value sorts first, and
  // padding can only make summaries tie, never reverse).
  auto bytes_prefix = [](const std::string& s) {
    uint32_t p = 0;
    for (size_t i = 0; i < 4; ++i) p = (p << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
    return p;
  };
  switch (v.type()) {
    case ValueType::kN: return v.n().OrderPrefix();
    case ValueType::kS: return bytes_prefix(v.s());
    case ValueType::kB: return bytes_prefix(v.b().bytes);
    default: return 0;
  }
}

uint64_t KeyValueHash(const AttributeValue& v) {
  switch (v.type()) {
    case ValueType::kN: return v.n().Hash();
    case ValueType::kS: return XXH3_64bits(v.s().data(), v.s().size());
    case ValueType::kB: return XXH3_64bits(v.b().bytes.data(), v.b().bytes.size());
    default: return 0;
  }
}

}  // namespace ddb
