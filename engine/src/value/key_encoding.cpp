// Key bytes and the partition-key hash (see key_encoding.h).
#include "value/key_encoding.h"

#include <xxhash.h>

#include <cstring>

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
  // Strings and binaries (nearly every key) are hashed in two pieces, tag then bytes, without
  // building KeyBytes: streaming XXH64 gives exactly the hash of the concatenation.
  const std::string* bytes = v.is(ValueType::kS) ? &v.s() : v.is(ValueType::kB) ? &v.b().bytes : nullptr;
  if (!bytes) {
    const std::string all = KeyBytes(v);
    return XXH64(all.data(), all.size(), 0);
  }
  const char tag = v.is(ValueType::kS) ? 'S' : 'B';
  // Short keys (nearly all) are hashed in one shot from a stack copy: several times cheaper
  // than the streaming state, and the same value.
  if (bytes->size() < 128) {
    char buffer[128];
    buffer[0] = tag;
    std::memcpy(buffer + 1, bytes->data(), bytes->size());
    return XXH64(buffer, bytes->size() + 1, 0);
  }
  XXH64_state_t state;
  XXH64_reset(&state, 0);
  XXH64_update(&state, &tag, 1);
  XXH64_update(&state, bytes->data(), bytes->size());
  return XXH64_digest(&state);
}

}  // namespace ddb
