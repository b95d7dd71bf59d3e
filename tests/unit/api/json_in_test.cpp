// The wire door's JSON parser (api/json_in.h) must accept exactly what nlohmann's parser accepts
// and build the same DOM, types included. tests/fuzz/json_text_fuzzer.cpp does the same on
// generated input; these are the cases a reader can check by eye.
#include "api/json_in.h"
#include "test_support.h"

#include <string>
#include <vector>

using namespace ddb;
using nlohmann::json;

namespace {

// nlohmann's verdict and DOM against ours.
void ExpectSameAsNlohmann(const std::string& text) {
  INFO("text: " << text);
  json theirs = json::parse(text, nullptr, /*allow_exceptions=*/false);
  json ours;
  const bool ok = ParseJsonText(text, &ours);
  CHECK(ok == !theirs.is_discarded());
  if (ok && !theirs.is_discarded()) CHECK(IdenticalJson(ours, theirs));
}

}  // namespace

TEST_CASE("The wire door's JSON parser agrees with nlohmann on valid documents", "[api]") {
  const std::vector<std::string> valid = {
      R"({"TableName":"Music","Key":{"Artist":{"S":"No One You Know"}}})",
      " \t\r\n{ \"a\" : [ 1 , -2 , 3.5 , -0 , 0.0 , 1e3 , 1E-3 , 2e+2 ] } \n",
      R"([true,false,null,{},[],"",[[]],{"":{}}])",
      "18446744073709551615",   // the largest uint64: unsigned
      "18446744073709551616",   // one more: a double
      "-9223372036854775808",   // the smallest int64: signed
      "-9223372036854775809",   // one less: a double
      "1e-400",                 // underflows to zero, accepted
      R"("escapes \" \\ \/ \b \f \n \r \t \u0000 \u00e9 \u20AC \ud83d\ude00")",
      "\"raw UTF-8 na\xc3\xafve \xe2\x98\x83 \xf0\x9f\x98\x80\"",
      "\xef\xbb\xbf{\"bom\":1}",  // a leading byte order mark is skipped
      R"({"same":1,"same":2})",  // the last value of a repeated name wins
      "0", "-0", "\"\"",
  };
  for (const std::string& text : valid) ExpectSameAsNlohmann(text);
  json out;
  REQUIRE(ParseJsonText(R"({"n":[1,-1,1.5,18446744073709551615]})", &out));
  CHECK(out["n"][0].is_number_unsigned());
  CHECK(out["n"][1].is_number_integer());
  CHECK(out["n"][2].is_number_float());
  CHECK(out["n"][3].get<uint64_t>() == 18446744073709551615ull);
}

TEST_CASE("The wire door's JSON parser refuses what nlohmann refuses", "[api]") {
  const std::vector<std::string> invalid = {
      "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[1 2]", "01", "-", "1.", ".5", "1e", "+1",
      "1e400",  // overflows: nlohmann refuses it
      "tru", "nul", "True", "[1]x", "\"unterminated", "\"bad escape \\x\"", "\"\\u12\"", "\"\\ud83d\"",  // lone high
      "\"\\ude00\"",  // lone low surrogate
      std::string("\"control \x01 char\""), "\"overlong \xc0\xaf\"", "\"surrogate \xed\xa0\x80\"",
      "\"too high \xf4\x90\x80\x80\"", "\"truncated \xe2\x98\"", "NaN", "Infinity",
  };
  for (const std::string& text : invalid) ExpectSameAsNlohmann(text);
}

TEST_CASE("The wire door's JSON parser refuses a NUL byte that nlohmann reads as the end of the text", "[api]") {
  const std::string text("{\"TableName\":\"Music\"}\0 trailing bytes", 32);
  json out;
  CHECK(!json::parse(text, nullptr, false).is_discarded());  // nlohmann stops at the NUL
  CHECK_FALSE(ParseJsonText(text, &out));
}

TEST_CASE("The wire door's JSON parser refuses nesting deeper than its limit instead of overflowing the stack",
          "[api]") {
  json out;
  const std::string ok_depth = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  CHECK(ParseJsonText(ok_depth, &out));
  const std::string too_deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  CHECK_FALSE(ParseJsonText(too_deep, &out));
  const std::string hostile(1'000'000, '[');
  CHECK_FALSE(ParseJsonText(hostile, &out));
  Engine e;
  CHECK(e.HandleText("ListTables", std::string(100'000, '{')).error().type == ErrorType::kSerialization);
}

TEST_CASE("ReleaseJson empties a parsed request to null, however deep or partly built", "[api]") {
  json out;
  REQUIRE(ParseJsonText(R"({"TableName":"Music","Key":{"Artist":{"S":"No One"}},"L":[[1,[2]],{"a":[]}]})", &out));
  ReleaseJson(out);
  CHECK(out.is_null());
  const std::string deepest = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  REQUIRE(ParseJsonText(deepest, &out));
  ReleaseJson(out);
  CHECK(out.is_null());
  // A refused text leaves whatever was built so far; releasing it is still safe.
  CHECK_FALSE(ParseJsonText(R"({"a":{"b":[1,2,{"c":)", &out));
  ReleaseJson(out);
  CHECK(out.is_null());
}
