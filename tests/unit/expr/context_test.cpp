// ExpressionAttributeNames / ExpressionAttributeValues: resolution, undefined and unused
// placeholders across all expressions of a request (dynamodb-model §4.1).
#include "expr_test_support.h"

namespace ddb::test {
namespace {

TEST_CASE("An undefined name placeholder is rejected and located", "[expr]") {
  auto ctx = MakeContext({{"#a", "A"}}, R"({":v": {"N": "1"}})");
  SourceSpan span;
  CHECK(ConditionError("#a = :v AND #x = :v", ctx, ExpressionKind::kCondition, &span) ==
        "Invalid ConditionExpression: An expression attribute name used in the document path is "
        "not defined; attribute name: #x");
  CHECK(span.offset == 12);
  CHECK(span.length == 2);
}

TEST_CASE("An undefined value placeholder is rejected", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(UpdateError("SET a = :y", ctx) ==
        "Invalid UpdateExpression: An expression attribute value used in expression is not "
        "defined; attribute value: :y");
}

TEST_CASE("Unused names are reported after all expressions are compiled", "[expr]") {
  auto ctx = MakeContext({{"#a", "A"}, {"#b", "B"}, {"#x", "X"}}, R"({":v": {"N": "1"}})");
  MustCondition("#a = :v", ctx);
  REQUIRE(CompileProjection("#b", ctx).ok());
  auto status = ctx.CheckAllUsed();
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
}

TEST_CASE("Unused values are reported with every unused key", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}, ":y": {"N": "2"}, ":z": {"N": "3"}})");
  MustCondition("a = :v", ctx);
  auto status = ctx.CheckAllUsed();
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:y, :z}");
}

TEST_CASE("A placeholder used by any expression of the request counts as used", "[expr]") {
  auto ctx = MakeContext({{"#a", "A"}, {"#b", "B"}}, R"({":v": {"N": "1"}, ":w": {"N": "2"}})");
  MustCondition("#a = :v", ctx, ExpressionKind::kFilter);
  MustUpdate("SET #b = :w", ctx);
  CHECK(ctx.CheckAllUsed().ok());
}

TEST_CASE("Supplied but empty placeholder maps are rejected", "[expr]") {
  ExpressionNames no_names;
  Item no_values;
  auto a = ExpressionContext::Create(&no_names, nullptr);
  REQUIRE_FALSE(a.ok());
  CHECK(a.error().message == "ExpressionAttributeNames must not be empty");
  auto b = ExpressionContext::Create(nullptr, &no_values);
  REQUIRE_FALSE(b.ok());
  CHECK(b.error().message == "ExpressionAttributeValues must not be empty");
  CHECK(ExpressionContext::Create(nullptr, nullptr).ok());
}

TEST_CASE("Placeholder keys must start with # or :", "[expr]") {
  ExpressionNames names = {{"a", "A"}};
  auto r = ExpressionContext::Create(&names, nullptr);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
}

TEST_CASE("A dot inside a placeholder's name is part of the name", "[expr]") {
  // DG "Expression attribute names": #sw -> "Safety.Warning" addresses the top-level attribute
  // literally named Safety.Warning, while #pr.#1star addresses ProductReviews.OneStar.
  auto ctx = MakeContext({{"#sw", "Safety.Warning"}, {"#pr", "ProductReviews"}, {"#1star", "OneStar"}},
                         R"({":w": {"S": "Always wear a helmet"}})");
  Item item = ProductCatalogItem();
  CHECK(Evaluate(MustCondition("#sw = :w", ctx), item));
  CHECK(Evaluate(MustCondition("attribute_exists(#pr.#1star)", ctx), item));
  auto literal = MakeContext({{"#pr1star", "ProductReviews.OneStar"}});
  CHECK_FALSE(Evaluate(MustCondition("attribute_exists(#pr1star)", literal), item));
}

TEST_CASE("Placeholders are resolved once, at compile time", "[expr]") {
  Condition c;
  {
    auto ctx = MakeContext({{"#p", "Price"}}, R"({":p": {"N": "500"}})");
    c = MustCondition("#p = :p", ctx);
  }  // the context is gone; the compiled condition keeps what it needs
  CHECK(Evaluate(c, ProductCatalogItem()));
}

}  // namespace
}  // namespace ddb::test
