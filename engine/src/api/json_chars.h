// The bytes a JSON string holds as they are, read or written: printable ASCII other than '"' and
// '\'. Anything else ends the string, starts an escape, must be escaped (control characters) or
// starts a UTF-8 sequence, so the parser (json_in) and the writer (json_out) leave the fast path.
#pragma once

namespace ddb {

struct JsonPlainBytes {
  bool plain[256] = {};
  constexpr JsonPlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
  bool operator[](unsigned char c) const { return plain[c]; }
};
inline constexpr JsonPlainBytes kJsonPlainBytes;

}  // namespace ddb
