// Placeholder limits (Developer Guide, "Constraints": expression parameters).
#include "ddb/expression.h"

#include <catch2/catch.hpp>

namespace ddb {

TEST_CASE("A placeholder may be at most 255 bytes", "[expr]") {
  ExpressionNames ok{{"#" + std::string(254, 'a'), "x"}};
  CHECK(ExpressionContext::Create(&ok, nullptr).ok());
  ExpressionNames names{{"#" + std::string(255, 'a'), "x"}};  // 256 bytes
  auto r = ExpressionContext::Create(&names, nullptr);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; "
        "size of key: 256");
  Item values{{":" + std::string(300, 'v'), AttributeValue("x")}};
  auto v = ExpressionContext::Create(nullptr, &values);
  REQUIRE_FALSE(v.ok());
  CHECK(v.error().type == ErrorType::kValidation);
}

TEST_CASE("Substitution maps may hold at most 2 MB", "[expr]") {
  // Nine values of 250,000 bytes: 2,250,000 bytes > 2 MB (2,097,152).
  Item values;
  for (int i = 0; i < 9; ++i) values[":v" + std::to_string(i)] = AttributeValue(std::string(250'000, 'x'));
  auto r = ExpressionContext::Create(nullptr, &values);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "ExpressionAttributeValues exceeds max size");
  values.erase(":v8");  // 2,000,024 bytes: within the limit
  CHECK(ExpressionContext::Create(nullptr, &values).ok());
}

}  // namespace ddb
