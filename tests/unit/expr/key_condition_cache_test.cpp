// KeyConditionCache must answer exactly what CompileKeyCondition answers, request after request:
// the same condition, the same error and message, and the same placeholders marked used. Each
// request below goes through one shared cache and through a plain compile; the texts repeat
// with values that pass, fail the type check, are missing, or put BETWEEN's bounds out of order.
#include "expr/key_condition_cache.h"
#include "expr_test_support.h"

#include <string>
#include <vector>

namespace ddb::test {
namespace {

const KeySchemaInfo kOrders{"Customer", ValueType::kS, "Placed", ValueType::kN};
const KeySchemaInfo kHashOnly{"Customer", ValueType::kS, "", ValueType::kS};

struct Request {
  const char* text;
  ExpressionNames names;
  const char* values;
  const KeySchemaInfo* schema = &kOrders;
};

// The answer as text: the condition's parts, or the error; then what CheckAllUsed says.
std::string Outcome(const Result<KeyCondition>& k, const ExpressionContext& ctx) {
  std::string out;
  if (!k.ok()) {
    out = "error " + std::string(ErrorTypeName(k.error().type)) + ": " + k.error().message;
  } else {
    out = k->partition_key + "=" + EncodeValue(k->partition_value).dump();
    if (k->sort) {
      out += " sort " + k->sort->name + " op" + std::to_string(static_cast<int>(k->sort->op)) + " " +
             EncodeValue(k->sort->value).dump() + " " + EncodeValue(k->sort->upper).dump();
    }
  }
  auto used = ctx.CheckAllUsed();
  return out + " | " + (used.ok() ? "all used" : used.error().message);
}

}  // namespace

TEST_CASE("The key condition cache answers what a full compile answers, request after request", "[expr]") {
  const std::vector<Request> requests = {
      {"Customer = :c", {}, R"({":c": {"S": "ann"}})"},
      {"Customer = :c", {}, R"({":c": {"S": "bob"}})"},                     // hit, new value
      {"Customer = :c", {}, R"({":c": {"N": "1"}})"},                       // hit, wrong type
      {"Customer = :c", {}, R"({":x": {"S": "bob"}})"},                     // hit, placeholder missing
      {"Customer = :c", {}, R"({":c": {"S": "bob"}, ":spare": {"S": "z"}})"},  // hit, an unused value
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Customer"}}, R"({":c": {"S": "a"}, ":lo": {"N": "1"}, ":hi": {"N": "9"}})"},
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Customer"}}, R"({":c": {"S": "a"}, ":lo": {"N": "5"}, ":hi": {"N": "10"}})"},
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Customer"}}, R"({":c": {"S": "a"}, ":lo": {"N": "9"}, ":hi": {"N": "1"}})"},
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Customer"}}, R"({":c": {"S": "a"}, ":lo": {"S": "1"}, ":hi": {"N": "9"}})"},
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Customer"}, {"#spare", "x"}}, R"({":c": {"S": "a"}, ":lo": {"N": "1"}, ":hi": {"N": "9"}})"},
      {"#c = :c AND Placed BETWEEN :lo AND :hi", {{"#c", "Other"}}, R"({":c": {"S": "a"}, ":lo": {"N": "1"}, ":hi": {"N": "9"}})"},
      {":c = Customer AND :p < Placed", {}, R"({":c": {"S": "a"}, ":p": {"N": "3"}})"},
      {":c = Customer AND :p < Placed", {}, R"({":c": {"S": "b"}, ":p": {"N": "-3.5"}})"},
      {":c = Customer AND :p < Placed", {}, R"({":c": {"S": "b"}, ":p": {"S": "x"}})"},
      {"Customer = :v AND Placed = :v", {}, R"({":v": {"S": "a"}})"},  // one value for both: fails
      {"Customer = :c AND begins_with(Placed, :p)", {}, R"({":c": {"S": "a"}, ":p": {"N": "1"}})"},
      {"Customer = :c", {}, R"({":c": {"S": "ann"}})", &kHashOnly},  // another schema, another entry
      {"Customer = :c AND Placed > :p", {}, R"({":c": {"S": "ann"}, ":p": {"N": "1"}})", &kHashOnly},
      {"Customer = :c OR Placed > :p", {}, R"({":c": {"S": "ann"}, ":p": {"N": "1"}})"},
      {"Customer = :c", {}, R"({":c": {"S": "again"}})"},
  };
  KeyConditionCache cache;
  for (const Request& r : requests) {
    INFO(r.text << " with " << r.values);
    ExpressionContext cached_ctx = MakeContext(r.names, r.values);
    ExpressionContext plain_ctx = MakeContext(r.names, r.values);
    const std::string cached = Outcome(cache.Compile(r.text, *r.schema, cached_ctx), cached_ctx);
    const std::string plain = Outcome(CompileKeyCondition(r.text, *r.schema, plain_ctx), plain_ctx);
    CHECK(cached == plain);
  }
  // Five (text, schema, names) compiled and were kept; five more compiled to an error, which is
  // not kept; the other ten requests were answered from the cache (or fell back for their error).
  CHECK(cache.size() == 5);
  CHECK(cache.misses() == 10);
}

TEST_CASE("The key condition cache starts over when it is full", "[expr]") {
  KeyConditionCache cache;
  for (size_t i = 0; i <= KeyConditionCache::kMaxEntries; ++i) {
    ExpressionContext ctx = MakeContext({{"#k", "Customer"}, {"#n" + std::to_string(i), "x"}}, R"({":c": {"S": "a"}})");
    REQUIRE(cache.Compile("#k = :c", kHashOnly, ctx).ok());
  }
  CHECK(cache.size() == 1);
}

}  // namespace ddb::test
