// Canonical key bytes and the partition-key hash (engine/src/value/key_encoding.h).
#include "value/key_encoding.h"

#include <xxhash.h>

#include <catch2/catch.hpp>
#include <string>

namespace ddb {
namespace {

AttributeValue N(const char* text) {
  auto r = Number::Parse(text);
  REQUIRE(r.ok());
  return AttributeValue(*r);
}

TEST_CASE("Key bytes are a type tag followed by the value's bytes", "[value]") {
  CHECK(KeyBytes(AttributeValue("a")) == "Sa");
  CHECK(KeyBytes(AttributeValue("\xC2\xBF")) == "S\xC2\xBF");
  CHECK(KeyBytes(N("1.50")) == "N1.5");
  CHECK(KeyBytes(N("-12e-1")) == "N-1.2");
  CHECK(KeyBytes(AttributeValue(Binary{std::string("\x00\xFF", 2)})) ==
        std::string("B\x00\xFF", 3));
}

TEST_CASE("Key bytes keep equal numbers equal and different types apart", "[value]") {
  CHECK(KeyBytes(N("1.50")) == KeyBytes(N("1.5")));
  CHECK(KeyBytes(N("100")) == KeyBytes(N("1e2")));
  CHECK(KeyBytes(AttributeValue("1")) != KeyBytes(N("1")));
  CHECK(KeyBytes(AttributeValue("1")) != KeyBytes(AttributeValue(Binary{"1"})));
}

TEST_CASE("Partition key hash is XXH64 of the key bytes with seed 0", "[value]") {
  const char bytes[] = {'S', 'a'};
  CHECK(HashPartitionKey(AttributeValue("a")) == XXH64(bytes, sizeof(bytes), 0));
  CHECK(HashPartitionKey(N("1.50")) == HashPartitionKey(N("1.5")));
  CHECK(HashPartitionKey(AttributeValue("a")) != HashPartitionKey(AttributeValue("b")));
}

}  // namespace
}  // namespace ddb
