// Helpers for the expression tests: items and values written as DynamoDB JSON, contexts, and
// compile-and-expect-success / compile-and-return-the-error shorthands.
#pragma once

#include "ddb/codec.h"
#include "ddb/expression.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace ddb::test {

// An Item from DynamoDB JSON, e.g. R"({"a": {"N": "1"}})".
inline Item MakeItem(const std::string& json_text) {
  auto j = nlohmann::json::parse(json_text, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  auto item = DecodeItem(j);
  if (!item.ok()) FAIL(item.error().message);
  return *item;
}

// One AttributeValue from DynamoDB JSON, e.g. R"({"SS": ["a"]})".
inline AttributeValue MakeValue(const std::string& json_text) {
  auto j = nlohmann::json::parse(json_text, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  auto v = DecodeValue(j);
  if (!v.ok()) FAIL(v.error().message);
  return *v;
}

inline ExpressionContext MakeContext(ExpressionNames names, const std::string& values_json = "{}") {
  return ExpressionContext(std::move(names), MakeItem(values_json));
}

inline Condition MustCondition(const std::string& text, ExpressionContext& ctx,
                               ExpressionKind kind = ExpressionKind::kCondition) {
  auto c = CompileCondition(text, kind, ctx);
  if (!c.ok()) FAIL(text + " -> " + c.error().message);
  return *c;
}

inline std::string ConditionError(const std::string& text, ExpressionContext& ctx,
                                  ExpressionKind kind = ExpressionKind::kCondition,
                                  SourceSpan* span = nullptr) {
  auto c = CompileCondition(text, kind, ctx, span);
  if (c.ok()) FAIL("expected an error for " + text);
  CHECK(c.error().type == ErrorType::kValidation);
  return c.error().message;
}

inline Update MustUpdate(const std::string& text, ExpressionContext& ctx) {
  auto u = CompileUpdate(text, ctx);
  if (!u.ok()) FAIL(text + " -> " + u.error().message);
  return *u;
}

inline std::string UpdateError(const std::string& text, ExpressionContext& ctx,
                               SourceSpan* span = nullptr) {
  auto u = CompileUpdate(text, ctx, span);
  if (u.ok()) FAIL("expected an error for " + text);
  CHECK(u.error().type == ErrorType::kValidation);
  return u.error().message;
}

// Applies an update that must succeed and returns the new item.
inline Item MustApply(const std::string& text, ExpressionContext& ctx, const Item& old_item) {
  Update u = MustUpdate(text, ctx);
  auto r = ApplyUpdate(u, old_item);
  if (!r.ok()) FAIL(text + " -> " + r.error().message);
  return r->new_item;
}

inline std::string ApplyError(const std::string& text, ExpressionContext& ctx,
                              const Item& old_item) {
  Update u = MustUpdate(text, ctx);
  auto r = ApplyUpdate(u, old_item);
  if (r.ok()) FAIL("expected an error applying " + text);
  CHECK(r.error().type == ErrorType::kValidation);
  return r.error().message;
}

// The ProductCatalog item of the Developer Guide ("Specifying item attributes when using
// expressions"), used by many examples.
inline Item ProductCatalogItem() {
  return MakeItem(R"({
    "Id": {"N": "123"},
    "Title": {"S": "Bicycle 123"},
    "Description": {"S": "123 description"},
    "BicycleType": {"S": "Hybrid"},
    "Brand": {"S": "Brand-Company C"},
    "Price": {"N": "500"},
    "Color": {"SS": ["Red", "Black"]},
    "ProductCategory": {"S": "Bicycle"},
    "InStock": {"BOOL": true},
    "QuantityOnHand": {"NULL": true},
    "RelatedItems": {"L": [{"N": "341"}, {"N": "472"}, {"N": "649"}]},
    "Pictures": {"M": {
      "FrontView": {"S": "http://example.com/products/123_front.jpg"},
      "RearView": {"S": "http://example.com/products/123_rear.jpg"},
      "SideView": {"S": "http://example.com/products/123_left_side.jpg"}}},
    "ProductReviews": {"M": {
      "FiveStar": {"L": [
        {"S": "Excellent! Can't recommend it highly enough! Buy it!"},
        {"S": "Do yourself a favor and buy this."}]},
      "OneStar": {"L": [{"S": "Terrible product! Do not buy this."}]}}},
    "Comment": {"S": "This product sells out quickly during the summer"},
    "Safety.Warning": {"S": "Always wear a helmet"}
  })");
}

}  // namespace ddb::test
