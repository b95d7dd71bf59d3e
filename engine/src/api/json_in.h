// JSON text -> nlohmann DOM for the wire door (Engine::HandleText). nlohmann's own parser spends
// about a hundred instructions per character (it records every character for its error
// messages), which made parsing a Query request cost more than running it. This one accepts
// exactly what nlohmann's parser accepts and builds the same DOM (integers as signed or
// unsigned the same way, a repeated member name keeping its last value, a leading UTF-8 byte
// order mark skipped), with two differences: nesting deeper than kMaxJsonDepth is refused rather
// than recursed into until the stack runs out, and a NUL byte is never valid, where nlohmann takes
// one between tokens as the end of the text (a C-string habit: it would read `{}\0junk` as `{}`).
// tests/fuzz/json_text_fuzzer.cpp compares the two.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace ddb {

inline constexpr int kMaxJsonDepth = 512;

// Parses one JSON document (surrounding whitespace allowed) into *out. False when the text is
// not valid JSON (RFC 8259, strings in well-formed UTF-8) or nests deeper than kMaxJsonDepth;
// *out is then unspecified.
bool ParseJsonText(std::string_view text, nlohmann::json* out);

// Empties a DOM that ParseJsonText built, innermost containers first, leaving a null. nlohmann
// destroys a container without recursion by moving its children to a heap-allocated stack,
// one per object or array, which cost a wire request a tenth of its whole time; emptied from the
// inside out, every container is already empty when its turn comes. The recursion is as deep as
// the nesting, which ParseJsonText bounds by kMaxJsonDepth.
void ReleaseJson(nlohmann::json& j);

// Equal values of equal types all the way down (nlohmann's == holds 1, 1u and 1.0 equal), which
// is what "the same DOM" means above. For the tests and the fuzzer.
bool IdenticalJson(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace ddb
