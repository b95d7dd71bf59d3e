#include "app/format.h"

#include <cstdio>

namespace ddb::viz {

std::string FormatBytes(uint64_t bytes) {
  char buf[32];
  if (bytes < 1024) {
    std::snprintf(buf, sizeof(buf), "%llu B", static_cast<unsigned long long>(bytes));
  } else if (bytes < 1024ull * 1024) {
    std::snprintf(buf, sizeof(buf), "%.1f KB", static_cast<double>(bytes) / 1024.0);
  } else if (bytes < 1024ull * 1024 * 1024) {
    std::snprintf(buf, sizeof(buf), "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  } else {
    std::snprintf(buf, sizeof(buf), "%.2f GB",
                  static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0));
  }
  return buf;
}

std::string FormatHashFull(uint64_t hash) {
  char buf[24];
  std::snprintf(buf, sizeof(buf), "0x%016llX", static_cast<unsigned long long>(hash));
  return buf;
}

std::string FormatHashShort(uint64_t hash) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04llX\xE2\x80\xA6", static_cast<unsigned long long>(hash >> 48));
  return buf;
}

std::string FormatVirtualTime(int64_t ms) {
  if (ms < 0) ms = 0;
  int64_t h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, milli = ms % 1000;
  char buf[48];
  if (h > 0) {
    std::snprintf(buf, sizeof(buf), "%lld:%02lld:%02lld.%03lld", static_cast<long long>(h),
                  static_cast<long long>(m), static_cast<long long>(s),
                  static_cast<long long>(milli));
  } else {
    std::snprintf(buf, sizeof(buf), "%02lld:%02lld.%03lld", static_cast<long long>(m),
                  static_cast<long long>(s), static_cast<long long>(milli));
  }
  return buf;
}

std::string FormatCount(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

}  // namespace ddb::viz
