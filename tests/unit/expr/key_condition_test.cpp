// KeyConditionExpression (DG "Query" key condition expressions, dynamodb-model §4.3), on the
// Music table of the Developer Guide: partition key Artist (S), sort key SongTitle (S).
#include "expr_test_support.h"

namespace ddb::test {
namespace {

const KeySchemaInfo kMusic{"Artist", ValueType::kS, "SongTitle", ValueType::kS};
const KeySchemaInfo kNumericSort{"Artist", ValueType::kS, "Year", ValueType::kN};
const KeySchemaInfo kHashOnly{"Artist", ValueType::kS, "", ValueType::kS};

const char* kValues = R"({":a": {"S": "No One You Know"}, ":t": {"S": "Call Me Today"},
                          ":u": {"S": "D"}, ":n": {"N": "1990"}})";

KeyCondition MustKey(const std::string& text, const KeySchemaInfo& schema,
                     ExpressionNames names = {}) {
  auto ctx = MakeContext(std::move(names), kValues);
  auto k = CompileKeyCondition(text, schema, ctx);
  if (!k.ok()) FAIL(text + " -> " + k.error().message);
  return *k;
}

std::string KeyError(const std::string& text, const KeySchemaInfo& schema) {
  auto ctx = MakeContext({}, kValues);
  auto k = CompileKeyCondition(text, schema, ctx);
  if (k.ok()) FAIL("expected an error for " + text);
  CHECK(k.error().type == ErrorType::kValidation);
  return k.error().message;
}

TEST_CASE("A key condition may name only the partition key", "[expr]") {
  KeyCondition k = MustKey("Artist = :a", kMusic);
  CHECK(k.partition_key == "Artist");
  CHECK(k.partition_value == MakeValue(R"({"S": "No One You Know"})"));
  CHECK_FALSE(k.sort.has_value());
}

TEST_CASE("Every sort-key operator compiles", "[expr]") {
  struct Case {
    const char* text;
    SortKeyOp op;
  };
  const Case cases[] = {
      {"Artist = :a AND SongTitle = :t", SortKeyOp::kEq},
      {"Artist = :a AND SongTitle < :t", SortKeyOp::kLt},
      {"Artist = :a AND SongTitle <= :t", SortKeyOp::kLe},
      {"Artist = :a AND SongTitle > :t", SortKeyOp::kGt},
      {"Artist = :a AND SongTitle >= :t", SortKeyOp::kGe},
      {"Artist = :a AND SongTitle BETWEEN :t AND :u", SortKeyOp::kBetween},
      {"Artist = :a AND begins_with(SongTitle, :t)", SortKeyOp::kBeginsWith},
      {"SongTitle > :t AND Artist = :a", SortKeyOp::kGt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    KeyCondition k = MustKey(c.text, kMusic);
    REQUIRE(k.sort.has_value());
    CHECK(k.sort->op == c.op);
    CHECK(k.sort->name == "SongTitle");
    CHECK(k.sort->value == MakeValue(R"({"S": "Call Me Today"})"));
  }
}

TEST_CASE("A value on the left of a key comparison is flipped", "[expr]") {
  KeyCondition k = MustKey(":a = Artist AND :t < SongTitle", kMusic);
  REQUIRE(k.sort.has_value());
  CHECK(k.sort->op == SortKeyOp::kGt);
}

TEST_CASE("Key attributes may be named through placeholders", "[expr]") {
  KeyCondition k = MustKey("#pk = :a AND #sk = :t", kMusic, {{"#pk", "Artist"}, {"#sk", "SongTitle"}});
  CHECK(k.partition_key == "Artist");
  CHECK(k.sort->name == "SongTitle");
}

TEST_CASE("The partition key condition is mandatory", "[expr]") {
  CHECK(KeyError("SongTitle = :t", kMusic) == "Query condition missed key schema element: Artist");
}

TEST_CASE("The partition key only supports equality", "[expr]") {
  CHECK(KeyError("Artist > :a", kMusic) == "Query key condition not supported");
  CHECK(KeyError("begins_with(Artist, :a)", kMusic) == "Query key condition not supported");
}

TEST_CASE("OR, NOT, IN, <> and other functions are not key conditions", "[expr]") {
  CHECK(KeyError("Artist = :a OR Artist = :u", kMusic) ==
        "Invalid operator used in KeyConditionExpression: OR");
  CHECK(KeyError("NOT Artist = :a", kMusic) == "Invalid operator used in KeyConditionExpression: NOT");
  CHECK(KeyError("Artist IN (:a, :u)", kMusic) == "Invalid operator used in KeyConditionExpression: IN");
  CHECK(KeyError("Artist = :a AND SongTitle <> :t", kMusic) ==
        "Invalid operator used in KeyConditionExpression: <>");
  CHECK(KeyError("Artist = :a AND contains(SongTitle, :t)", kMusic) ==
        "Invalid operator used in KeyConditionExpression: contains");
}

TEST_CASE("Each key attribute takes one condition", "[expr]") {
  CHECK(KeyError("Artist = :a AND SongTitle > :t AND SongTitle < :u", kMusic) ==
        "KeyConditionExpressions must only contain one condition per key");
  CHECK(KeyError("Artist = :a AND Artist = :u", kMusic) ==
        "KeyConditionExpressions must only contain one condition per key");
}

TEST_CASE("Key conditions cannot use nested attributes", "[expr]") {
  CHECK(KeyError("Artist = :a AND SongTitle.x = :t", kMusic) ==
        "KeyConditionExpressions cannot have conditions on nested attributes");
}

TEST_CASE("Conditions on non-key attributes are rejected", "[expr]") {
  // DynamoDB reports the sort key the condition failed to use.
  CHECK(KeyError("Artist = :a AND AlbumTitle = :t", kMusic) ==
        "Query condition missed key schema element: SongTitle");
  CHECK(KeyError("Artist = :a AND AlbumTitle = :t", kHashOnly) == "Query key condition not supported");
}

TEST_CASE("begins_with does not apply to a number sort key", "[expr]") {
  auto ctx = MakeContext({{"#y", "Year"}}, kValues);
  auto k = CompileKeyCondition("Artist = :a AND begins_with(#y, :n)", kNumericSort, ctx);
  REQUIRE_FALSE(k.ok());
  CHECK(k.error().message ==
        "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator "
        "or function: begins_with, operand type: N");
}

TEST_CASE("Key condition values must have the key's type", "[expr]") {
  CHECK(KeyError("Artist = :n", kMusic) ==
        "One or more parameter values were invalid: Condition parameter type does not match "
        "schema type");
  auto ctx = MakeContext({{"#y", "Year"}}, kValues);
  auto k = CompileKeyCondition("Artist = :a AND #y > :t", kNumericSort, ctx);
  REQUIRE_FALSE(k.ok());
  CHECK(k.error().message ==
        "One or more parameter values were invalid: Condition parameter type does not match "
        "schema type");
}

TEST_CASE("Key conditions go through the shared syntax checks", "[expr]") {
  CHECK(KeyError("Artist = :a AND", kMusic).rfind(
            "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\"", 0) == 0);
  CHECK(KeyError("Artist = :zz", kMusic) ==
        "Invalid KeyConditionExpression: An expression attribute value used in expression is not "
        "defined; attribute value: :zz");
}

TEST_CASE("Sort key conditions match in DynamoDB key order", "[expr]") {
  SortKeyCondition lt{SortKeyOp::kLt, "Year", MakeValue(R"({"N": "10"})"), {}};
  CHECK(lt.Matches(MakeValue(R"({"N": "9"})")));
  CHECK_FALSE(lt.Matches(MakeValue(R"({"N": "10"})")));
  CHECK_FALSE(lt.Matches(MakeValue(R"({"S": "1"})")));
  SortKeyCondition between{SortKeyOp::kBetween, "t", MakeValue(R"({"S": "A"})"),
                           MakeValue(R"({"S": "D"})")};
  CHECK(between.Matches(MakeValue(R"({"S": "Call Me Today"})")));
  CHECK(between.Matches(MakeValue(R"({"S": "D"})")));
  CHECK_FALSE(between.Matches(MakeValue(R"({"S": "a"})")));  // 'a' (0x61) sorts after 'D'
  SortKeyCondition prefix{SortKeyOp::kBeginsWith, "t", MakeValue(R"({"S": "Call"})"), {}};
  CHECK(prefix.Matches(MakeValue(R"({"S": "Call Me Today"})")));
  CHECK_FALSE(prefix.Matches(MakeValue(R"({"S": "Cal"})")));
}

TEST_CASE("A compiled key condition selects matching items", "[expr]") {
  KeyCondition k = MustKey("Artist = :a AND begins_with(SongTitle, :u)", kMusic);
  CHECK(k.Matches(MakeItem(R"({"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Dreams"}})")));
  CHECK_FALSE(k.Matches(MakeItem(R"({"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call"}})")));
  CHECK_FALSE(k.Matches(MakeItem(R"({"Artist": {"S": "Acme Band"}, "SongTitle": {"S": "Dreams"}})")));
}

}  // namespace
}  // namespace ddb::test
