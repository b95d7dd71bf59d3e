// ProjectionExpression (DG "Projection expressions", dynamodb-model §4.5).
#include "expr_test_support.h"

namespace ddb::test {
namespace {

Item ProjectText(const std::string& text, ExpressionContext& ctx, const Item& item) {
  auto p = CompileProjection(text, ctx);
  if (!p.ok()) FAIL(p.error().message);
  return Project(*p, item);
}

TEST_CASE("Projection keeps the listed attributes and nested structure", "[expr]") {
  // DG example: "Description, RelatedItems[0], ProductReviews.FiveStar".
  auto ctx = MakeContext({});
  Item out = ProjectText("Description, RelatedItems[0], ProductReviews.FiveStar", ctx,
                         ProductCatalogItem());
  CHECK(out == MakeItem(R"({
    "Description": {"S": "123 description"},
    "RelatedItems": {"L": [{"N": "341"}]},
    "ProductReviews": {"M": {"FiveStar": {"L": [
      {"S": "Excellent! Can't recommend it highly enough! Buy it!"},
      {"S": "Do yourself a favor and buy this."}]}}}
  })"));
}

TEST_CASE("Projected list elements come back in index order", "[expr]") {
  auto ctx = MakeContext({});
  Item out = ProjectText("RelatedItems[2], RelatedItems[0]", ctx, ProductCatalogItem());
  CHECK(out == MakeItem(R"({"RelatedItems": {"L": [{"N": "341"}, {"N": "649"}]}})"));
}

TEST_CASE("Requested attributes that are missing are simply absent", "[expr]") {
  auto ctx = MakeContext({});
  Item out = ProjectText("Title, Nope, Pictures.TopView, RelatedItems[7]", ctx, ProductCatalogItem());
  CHECK(out == MakeItem(R"({"Title": {"S": "Bicycle 123"}})"));
}

TEST_CASE("Projection through placeholders", "[expr]") {
  auto ctx = MakeContext({{"#pr", "ProductReviews"}, {"#1star", "OneStar"}, {"#c", "Comment"}});
  Item out = ProjectText("#pr.#1star, #c", ctx, ProductCatalogItem());
  CHECK(out.size() == 2);
  CHECK(out.at("ProductReviews") ==
        MakeValue(R"({"M": {"OneStar": {"L": [{"S": "Terrible product! Do not buy this."}]}}})"));
  auto listed = CompileProjection("#c, #pr.#1star, #pr.Zero", ctx);
  REQUIRE(listed.ok());
  CHECK(ProjectedTopLevelNames(*listed) == std::vector<std::string>{"Comment", "ProductReviews"});
}

TEST_CASE("Overlapping projection paths are rejected", "[expr]") {
  auto ctx = MakeContext({});
  auto p = CompileProjection("Pictures, Pictures.FrontView", ctx);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().message ==
        "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or "
        "rewrite one of these paths; path one: [Pictures], path two: [Pictures, FrontView]");
}

TEST_CASE("An empty projection keeps the whole item", "[expr]") {
  Projection all;
  CHECK(all.empty());
  CHECK(Project(all, ProductCatalogItem()) == ProductCatalogItem());
}

}  // namespace
}  // namespace ddb::test
