// Text formatting shared by the windows: byte sizes, 64-bit key-space positions and virtual time.
// Plain functions returning std::string, so they are easy to test and never touch ImGui.
#pragma once

#include <cstdint>
#include <string>

namespace ddb::viz {

// "0 B", "812 B", "3.4 KB", "12.0 MB" (1 KB = 1024 bytes, as DynamoDB sizes are counted).
std::string FormatBytes(uint64_t bytes);
// Full position in the key space: "0x3FFFFFFFFFFFFFFF".
std::string FormatHashFull(uint64_t hash);
// The top 16 bits, enough to tell ranges apart at a glance: "3FFF…".
std::string FormatHashShort(uint64_t hash);
// Virtual time as "mm:ss.mmm", or "h:mm:ss.mmm" past an hour.
std::string FormatVirtualTime(int64_t ms);
// 1234567 -> "1,234,567".
std::string FormatCount(uint64_t n);

}  // namespace ddb::viz
