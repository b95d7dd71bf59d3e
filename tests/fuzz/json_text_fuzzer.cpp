// Differential libFuzzer target for the wire door's JSON parser (api/json_in.h): on any input it
// must agree with nlohmann's parser, accepting the same documents and building identical DOMs.
// The documented differences are checked one way: nesting deeper than kMaxJsonDepth, and NUL
// bytes, which nlohmann takes as the end of the text and this parser always refuses.
#include "api/json_in.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  nlohmann::json ours;
  const bool ok = ddb::ParseJsonText(text, &ours);
  const size_t openers = static_cast<size_t>(std::count(text.begin(), text.end(), '[') +
                                             std::count(text.begin(), text.end(), '{'));
  if (!ok && openers > static_cast<size_t>(ddb::kMaxJsonDepth)) return 0;  // may be the depth limit
  if (text.find('\0') != std::string_view::npos) {
    if (ok) std::abort();
    return 0;
  }
  nlohmann::json theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (ok != !theirs.is_discarded()) std::abort();
  if (ok && !ddb::IdenticalJson(ours, theirs)) std::abort();
  return 0;
}
