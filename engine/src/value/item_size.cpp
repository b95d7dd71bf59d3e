// Item size per DynamoDB's documented rules (dynamodb-model §1.4, Developer Guide "Item sizes
// and formats").
#include "ddb/item_size.h"

namespace ddb {

namespace {

// Overhead of a map or list (3 bytes) and of each of its elements (1 byte).
constexpr size_t kDocumentOverhead = 3;
constexpr size_t kElementOverhead = 1;

}  // namespace

size_t ValueSize(const AttributeValue& v) {
  switch (v.type()) {
    case ValueType::kS: return v.s().size();  // std::string holds UTF-8 bytes
    case ValueType::kN: return v.n().SizeBytes();
    case ValueType::kB: return v.b().bytes.size();
    case ValueType::kBOOL:
    case ValueType::kNULL: return 1;
    case ValueType::kM: {
      size_t size = kDocumentOverhead;
      for (const auto& [name, value] : v.m())
        size += name.size() + ValueSize(value) + kElementOverhead;
      return size;
    }
    case ValueType::kL: {
      size_t size = kDocumentOverhead;
      for (const auto& value : v.l()) size += ValueSize(value) + kElementOverhead;
      return size;
    }
    // Sets: the sum of their members' scalar sizes (what reimplementations use; §1.4).
    case ValueType::kSS: {
      size_t size = 0;
      for (const auto& s : std::get<StringSet>(v.v).items) size += s.size();
      return size;
    }
    case ValueType::kNS: {
      size_t size = 0;
      for (const auto& n : std::get<NumberSet>(v.v).items) size += n.SizeBytes();
      return size;
    }
    case ValueType::kBS: {
      size_t size = 0;
      for (const auto& b : std::get<BinarySet>(v.v).items) size += b.size();
      return size;
    }
  }
  return 0;
}

size_t ItemSize(const Item& item) {
  size_t size = 0;
  for (const auto& [name, value] : item) size += name.size() + ValueSize(value);
  return size;
}

}  // namespace ddb
