// libFuzzer target for the expression parser: the first byte picks the expression kind, the rest
// is the expression text, compiled against a fixed set of placeholders and, when it compiles,
// evaluated/applied against a sample item. Bad text must become a ValidationException.
#include "ddb/expression.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

ddb::Item SampleItem() {
  ddb::Item item;
  item["pk"] = std::string("k");
  item["n"] = ddb::Number::FromInt(5);
  item["s"] = std::string("hello");
  ddb::List list{ddb::AttributeValue(std::string("a")), ddb::AttributeValue(ddb::Number::FromInt(2))};
  item["l"] = list;
  ddb::Map inner;
  inner["x"] = true;
  item["m"] = inner;
  item["ss"] = ddb::StringSet{{"p", "q"}};
  return item;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const ddb::Item item = SampleItem();
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  ddb::ExpressionNames names{{"#a", "n"}, {"#b", "m"}, {"#c", "l"}};
  ddb::Item values;
  values[":v"] = ddb::Number::FromInt(1);
  values[":s"] = std::string("he");
  values[":t"] = std::string("S");
  ddb::ExpressionContext ctx(names, values);
  switch (data[0] % 4) {
    case 0: {
      auto c = ddb::CompileCondition(text, ddb::ExpressionKind::kCondition, ctx);
      if (c.ok()) (void)ddb::Evaluate(c.value(), item);
      break;
    }
    case 1: {
      auto u = ddb::CompileUpdate(text, ctx);
      if (u.ok()) (void)ddb::ApplyUpdate(u.value(), item);
      break;
    }
    case 2: {
      auto p = ddb::CompileProjection(text, ctx);
      if (p.ok()) (void)ddb::Project(p.value(), item);
      break;
    }
    default: {
      ddb::KeySchemaInfo schema{"pk", ddb::ValueType::kS, "n", ddb::ValueType::kN};
      auto k = ddb::CompileKeyCondition(text, schema, ctx);
      if (k.ok()) (void)k.value().Matches(item);
      break;
    }
  }
  (void)ctx.CheckAllUsed();
  return 0;
}
