#include "platform/png_writer.h"

#include <catch2/catch.hpp>

#include <cstring>

namespace ddb::viz {
namespace {

uint32_t ReadU32(const std::vector<uint8_t>& b, size_t at) {
  return (uint32_t{b[at]} << 24) | (uint32_t{b[at + 1]} << 16) | (uint32_t{b[at + 2]} << 8) | b[at + 3];
}

TEST_CASE("Crc32 matches the standard check value", "[viz]") {
  // CRC-32/ISO-HDLC (the PNG CRC) of "123456789" is 0xCBF43926.
  const char* text = "123456789";
  CHECK(Crc32(reinterpret_cast<const uint8_t*>(text), std::strlen(text)) == 0xCBF43926u);
}

TEST_CASE("Adler32 matches the RFC 1950 definition", "[viz]") {
  // Adler-32 of "Wikipedia" is 0x11E60398 (a = 920, b = 4582).
  const char* text = "Wikipedia";
  CHECK(Adler32(reinterpret_cast<const uint8_t*>(text), std::strlen(text)) == 0x11E60398u);
}

TEST_CASE("EncodePng writes signature, IHDR, stored IDAT and IEND", "[viz]") {
  const uint8_t rgba[] = {255, 0, 0, 255, 0, 0, 255, 128};  // 2x1: red, half-transparent blue
  std::vector<uint8_t> png = EncodePng(rgba, 2, 1);
  const uint8_t signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  REQUIRE(png.size() > 8 + 25 + 12);
  CHECK(std::memcmp(png.data(), signature, 8) == 0);

  // IHDR: length 13, width 2, height 1, depth 8, color type 6 (RGBA).
  CHECK(ReadU32(png, 8) == 13);
  CHECK(std::memcmp(png.data() + 12, "IHDR", 4) == 0);
  CHECK(ReadU32(png, 16) == 2);
  CHECK(ReadU32(png, 20) == 1);
  CHECK(png[24] == 8);
  CHECK(png[25] == 6);
  CHECK(ReadU32(png, 29) == Crc32(png.data() + 12, 17));

  // IDAT: zlib header, one final stored block holding filter byte 0 + the 8 pixel bytes.
  size_t idat = 33;
  CHECK(std::memcmp(png.data() + idat + 4, "IDAT", 4) == 0);
  const uint8_t* z = png.data() + idat + 8;
  CHECK(((z[0] << 8) | z[1]) % 31 == 0);  // zlib header check bits
  CHECK(z[2] == 1);                        // BFINAL, stored
  CHECK((z[3] | (z[4] << 8)) == 9);        // LEN
  CHECK((z[5] | (z[6] << 8)) == (~9 & 0xFFFF));
  CHECK(z[7] == 0);
  CHECK(std::memcmp(z + 8, rgba, 8) == 0);

  // The file ends with an empty IEND chunk and its fixed CRC.
  size_t end = png.size() - 12;
  CHECK(ReadU32(png, end) == 0);
  CHECK(std::memcmp(png.data() + end + 4, "IEND", 4) == 0);
  CHECK(ReadU32(png, end + 8) == 0xAE426082u);
}

TEST_CASE("EncodePng splits large images into 64 KB stored blocks", "[viz]") {
  std::vector<uint8_t> rgba(200 * 100 * 4, 7);  // 80,100 raw bytes with filter bytes
  std::vector<uint8_t> png = EncodePng(rgba.data(), 200, 100);
  const uint8_t* z = png.data() + 33 + 8;
  CHECK(z[2] == 0);  // first block is not final
  CHECK((z[3] | (z[4] << 8)) == 65535);
  const uint8_t* second = z + 2 + 5 + 65535;
  CHECK(second[0] == 1);  // final
  CHECK((second[1] | (second[2] << 8)) == 100 * (200 * 4 + 1) - 65535);
}

}  // namespace
}  // namespace ddb::viz
