// Key bytes and the partition-key hash (see key_encoding.h).
#include "value/key_encoding.h"

#include <xxhash.h>

namespace ddb {

std::string KeyBytes(const AttributeValue& v) {
  std::string out;
  switch (v.type()) {
    case ValueType::kS:
      out.reserve(1 + v.s().size());
      out += 'S';
      out += v.s();
      break;
    case ValueType::kN:
      out += 'N';
      out += v.n().ToString();
      break;
    case ValueType::kB:
      out.reserve(1 + v.b().bytes.size());
      out += 'B';
      out += v.b().bytes;
      break;
    default:
      // Not a key type: fall back to the type name so the result is still deterministic.
      out += ValueTypeName(v.type());
      break;
  }
  return out;
}

uint64_t HashPartitionKey(const AttributeValue& v) {
  const std::string bytes = KeyBytes(v);
  return XXH64(bytes.data(), bytes.size(), 0);
}

}  // namespace ddb
