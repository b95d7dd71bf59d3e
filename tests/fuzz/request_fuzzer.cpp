// libFuzzer target for the request API: the input is a script of `ddbviz exec` lines run against
// an engine holding two active tables, so sequences of operations (not just single requests) are
// explored. Any crash, hang or sanitizer report is a bug: bad input must become an error line.
#include "ddb/engine.h"
#include "ddb/exec_session.h"

#include <nlohmann/json.hpp>

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

// Virtual time is cheap but not free: a workload at 10 M requests/s run for a virtual day is a
// real hang by design. The fuzzer explores requests, not time, so it bounds both: at most 2
// virtual seconds per input, and workload rates of at most 1,000 requests/s.
constexpr int64_t kMaxVirtualMs = 2000;
constexpr double kMaxWorkloadRate = 1000;

bool TooCostly(std::string_view line, int64_t* advanced_ms) {
  const nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return false;
  auto op = j.find("op");
  if (op == j.end() || !op->is_string()) return false;
  if (*op == "AdvanceClock") {
    auto ms = j.find("ms");
    if (ms == j.end() || !ms->is_number()) return false;
    const double v = ms->get<double>();
    if (v < 0) return false;
    if (v > static_cast<double>(kMaxVirtualMs - *advanced_ms)) return true;
    *advanced_ms += static_cast<int64_t>(v);
    return false;
  }
  if (*op == "StartWorkload") {
    auto request = j.find("request");
    if (request == j.end() || !request->is_object()) return false;
    auto rate = request->find("Rate");
    if (rate == request->end() || !rate->is_object()) return false;
    for (const char* member : {"RequestsPerSecond", "PeakRequestsPerSecond"}) {
      auto r = rate->find(member);
      if (r != rate->end() && r->is_number() && r->get<double>() > kMaxWorkloadRate) return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ddb::Engine* engine = FreshEngine();
  ddb::ExecSession session(*engine, /*manual_clock=*/true);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t lines = 0;
  int64_t advanced_ms = 0;
  while (!input.empty() && lines++ < 64) {
    const size_t nl = input.find('\n');
    const std::string_view line = input.substr(0, nl);
    if (!TooCostly(line, &advanced_ms)) session.HandleLine(line);
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
  }
  delete engine;
  return 0;
}
