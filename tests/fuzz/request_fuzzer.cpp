// libFuzzer target for the request API: the input is a script of `ddbviz exec` lines run against
// an engine holding two active tables, so sequences of operations (not just single requests) are
// explored. Any crash, hang or sanitizer report is a bug: bad input must become an error line.
#include "ddb/engine.h"
#include "ddb/exec_session.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

ddb::Engine* FreshEngine() {
  auto* e = new ddb::Engine(ddb::EngineOptions{1, "classroom"});
  (void)e->HandleText("CreateTable", R"({"TableName":"Music","AttributeDefinitions":[{"AttributeName":"Artist","AttributeType":"S"},{"AttributeName":"SongTitle","AttributeType":"S"}],"KeySchema":[{"AttributeName":"Artist","KeyType":"HASH"},{"AttributeName":"SongTitle","KeyType":"RANGE"}],"ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}})");
  (void)e->HandleText("CreateTable", R"({"TableName":"Counters","AttributeDefinitions":[{"AttributeName":"id","AttributeType":"N"}],"KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"})");
  e->AdvanceClock(60'000);
  (void)e->HandleText("PutItem", R"({"TableName":"Music","Item":{"Artist":{"S":"a"},"SongTitle":{"S":"b"},"n":{"N":"1"},"l":{"L":[{"S":"x"}]},"m":{"M":{"k":{"SS":["p","q"]}}}}})");
  return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ddb::Engine* engine = FreshEngine();
  ddb::ExecSession session(*engine, /*manual_clock=*/true);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t lines = 0;
  while (!input.empty() && lines++ < 64) {
    const size_t nl = input.find('\n');
    session.HandleLine(input.substr(0, nl));
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
  }
  delete engine;
  return 0;
}
