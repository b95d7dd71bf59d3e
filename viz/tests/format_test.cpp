#include "app/format.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

TEST_CASE("FormatBytes uses binary kilobytes", "[viz]") {
  CHECK(FormatBytes(0) == "0 B");
  CHECK(FormatBytes(1023) == "1023 B");
  CHECK(FormatBytes(1536) == "1.5 KB");
  CHECK(FormatBytes(10ull * 1024 * 1024 * 1024) == "10.00 GB");
}

TEST_CASE("Hash positions print as 16 hex digits or the top 16 bits", "[viz]") {
  CHECK(FormatHashFull(0x3FFFFFFFFFFFFFFFull) == "0x3FFFFFFFFFFFFFFF");
  CHECK(FormatHashFull(0) == "0x0000000000000000");
  CHECK(FormatHashShort(0x8000000000000000ull) == "8000\xE2\x80\xA6");
}

TEST_CASE("Virtual time prints as minutes, seconds and milliseconds", "[viz]") {
  CHECK(FormatVirtualTime(0) == "00:00.000");
  CHECK(FormatVirtualTime(83456) == "01:23.456");
  CHECK(FormatVirtualTime(3600000 + 61001) == "1:01:01.001");
}

TEST_CASE("Counts get thousands separators", "[viz]") {
  CHECK(FormatCount(7) == "7");
  CHECK(FormatCount(1000) == "1,000");
  CHECK(FormatCount(1234567) == "1,234,567");
}

}  // namespace
}  // namespace ddb::viz
