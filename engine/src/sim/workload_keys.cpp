#include "sim/workload_keys.h"

namespace ddb {

namespace {

bool IsLeap(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
int64_t DaysInYear(int64_t year) { return IsLeap(year) ? 366 : 365; }

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void AppendTwoDigits(std::string* out, int64_t v) {
  out->push_back(static_cast<char>('0' + v / 10));
  out->push_back(static_cast<char>('0' + v % 10));
}

}  // namespace

size_t WriteDecimal(char* out, uint32_t value) {
  char digits[kMaxDecimalDigits];
  size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  for (size_t i = 0; i < n; ++i) out[i] = digits[n - 1 - i];
  return n;
}

uint32_t CalculatedShard(std::string_view logical_key, uint32_t shards) {
  uint64_t product = 1 % shards;
  size_t i = 0;
  while (i < logical_key.size()) {
    const auto byte = static_cast<unsigned char>(logical_key[i]);
    // Length of the UTF-8 sequence this byte starts, and the payload bits it carries.
    size_t length = 1;
    uint32_t code_point = byte;
    if (byte >= 0xC0 && byte < 0xE0) {
      length = 2;
      code_point = byte & 0x1F;
    } else if (byte >= 0xE0 && byte < 0xF0) {
      length = 3;
      code_point = byte & 0x0F;
    } else if (byte >= 0xF0 && byte < 0xF8) {
      length = 4;
      code_point = byte & 0x07;
    }
    bool well_formed = length > 1 && i + length <= logical_key.size();
    for (size_t k = 1; well_formed && k < length; ++k) {
      const auto next = static_cast<unsigned char>(logical_key[i + k]);
      well_formed = (next & 0xC0) == 0x80;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (length > 1 && !well_formed) {
      length = 1;
      code_point = byte;
    }
    product = product * (code_point % shards) % shards;
    i += length;
  }
  return static_cast<uint32_t>(product) + 1;
}

std::string TimeBucketName(int64_t bucket_start_ms, int64_t bucket_seconds) {
  const int64_t seconds = FloorDiv(bucket_start_ms, 1000);
  int64_t days = FloorDiv(seconds, 86400);
  const int64_t second_of_day = seconds - days * 86400;

  // Walk from 2026-01-01: whole 400-year cycles (146,097 days) first, then years, then months.
  int64_t year = 2026;
  const int64_t cycles = FloorDiv(days, 146097);
  year += cycles * 400;
  days -= cycles * 146097;
  while (days >= DaysInYear(year)) days -= DaysInYear(year++);
  static constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int month = 0;
  for (;; ++month) {
    const int64_t length = kMonthDays[month] + (month == 1 && IsLeap(year) ? 1 : 0);
    if (days < length) break;
    days -= length;
  }

  std::string out;
  out.reserve(20);
  if (year >= 0 && year <= 9999) {
    AppendTwoDigits(&out, year / 100);
    AppendTwoDigits(&out, year % 100);
  } else {
    out += std::to_string(year);
  }
  out.push_back('-');
  AppendTwoDigits(&out, month + 1);
  out.push_back('-');
  AppendTwoDigits(&out, days + 1);
  if (bucket_seconds % 86400 == 0) return out;
  out.push_back('T');
  AppendTwoDigits(&out, second_of_day / 3600);
  if (bucket_seconds % 3600 == 0) return out;
  out.push_back(':');
  AppendTwoDigits(&out, second_of_day / 60 % 60);
  if (bucket_seconds % 60 == 0) return out;
  out.push_back(':');
  AppendTwoDigits(&out, second_of_day % 60);
  return out;
}

}  // namespace ddb
