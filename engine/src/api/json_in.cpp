#include "api/json_in.h"

#include "api/json_chars.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace ddb {
namespace {

using nlohmann::json;

// Length of the well-formed UTF-8 sequence starting at p (Unicode Table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0 when it is not one.
size_t Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char b0 = p[0];
  auto in = [&](size_t i, unsigned char lo, unsigned char hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }


class Parser {
 public:
  explicit Parser(std::string_view text)
      : p_(reinterpret_cast<const unsigned char*>(text.data())), end_(p_ + text.size()) {}

  bool Document(json* out) {
    if (end_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) p_ += 3;  // byte order mark
    SkipSpace();
    if (!Value(out, 0)) return false;
    SkipSpace();
    return p_ == end_;
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  bool Take(char c) {
    if (p_ == end_ || *p_ != static_cast<unsigned char>(c)) return false;
    ++p_;
    return true;
  }

  bool Value(json* out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return Object(out, depth + 1);
      case '[': return Array(out, depth + 1);
      case '"': {
        std::string s;
        if (!String(&s)) return false;
        *out = std::move(s);
        return true;
      }
      case 't': return Literal("true", true, out);
      case 'f': return Literal("false", false, out);
      case 'n': return Literal("null", nullptr, out);
      default: return Number(out);
    }
  }

  bool Literal(std::string_view word, json value, json* out) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::string_view(reinterpret_cast<const char*>(p_), word.size()) != word)
      return false;
    p_ += word.size();
    *out = std::move(value);
    return true;
  }

  bool Object(json* out, int depth) {
    if (depth > kMaxJsonDepth) return false;
    ++p_;  // '{'
    *out = json::object();
    auto& members = out->get_ref<json::object_t&>();
    SkipSpace();
    if (Take('}')) return true;
    std::string name;
    while (true) {
      SkipSpace();
      if (p_ == end_ || *p_ != '"') return false;
      name.clear();
      if (!String(&name)) return false;
      SkipSpace();
      if (!Take(':')) return false;
      SkipSpace();
      // A repeated name keeps the last value, as nlohmann's parser does.
      if (!Value(&members[name], depth)) return false;
      SkipSpace();
      if (Take(',')) continue;
      return Take('}');
    }
  }

  bool Array(json* out, int depth) {
    if (depth > kMaxJsonDepth) return false;
    ++p_;  // '['
    *out = json::array();
    auto& elements = out->get_ref<json::array_t&>();
    SkipSpace();
    if (Take(']')) return true;
    while (true) {
      SkipSpace();
      // The element is filled in place: nothing else is appended to this array meanwhile.
      if (!Value(&elements.emplace_back(), depth)) return false;
      SkipSpace();
      if (Take(',')) continue;
      return Take(']');
    }
  }

  bool Hex4(uint32_t* out) {
    if (end_ - p_ < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
      const unsigned char c = *p_;
      v <<= 4;
      if (IsDigit(c)) v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return false;
    }
    *out = v;
    return true;
  }

  // \uXXXX, with a surrogate pair as two escapes; a lone surrogate is invalid.
  bool UnicodeEscape(std::string* out) {
    uint32_t cp = 0;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t low = 0;
      if (!Take('\\') || !Take('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(cp, out);
    return true;
  }

  bool String(std::string* out) {
    ++p_;  // opening quote
    const unsigned char* run = p_;  // start of the characters not yet copied
    while (true) {
      while (p_ < end_ && kJsonPlainBytes[*p_]) ++p_;
      if (p_ == end_) return false;
      const unsigned char c = *p_;
      if (c == '"') {
        out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p_ - run));
        ++p_;
        return true;
      }
      if (c < 0x20) return false;  // control characters must be escaped
      if (c >= 0x80) {
        const size_t n = Utf8SequenceLength(p_, end_);
        if (n == 0) return false;
        p_ += n;
        continue;
      }
      out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p_ - run));
      ++p_;  // backslash
      if (p_ == end_) return false;
      switch (*p_++) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u':
          if (!UnicodeEscape(out)) return false;
          break;
        default: return false;
      }
      run = p_;
    }
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? ; integers become int64 (negative) or uint64
  // when they fit, anything else a finite double, as nlohmann decides.
  bool Number(json* out) {
    const unsigned char* start = p_;
    const bool negative = Take('-');
    if (p_ == end_ || !IsDigit(*p_)) return false;
    if (*p_ == '0') ++p_;
    else while (p_ < end_ && IsDigit(*p_)) ++p_;
    bool integer = true;
    if (p_ < end_ && *p_ == '.') {
      integer = false;
      ++p_;
      if (p_ == end_ || !IsDigit(*p_)) return false;
      while (p_ < end_ && IsDigit(*p_)) ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      integer = false;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !IsDigit(*p_)) return false;
      while (p_ < end_ && IsDigit(*p_)) ++p_;
    }
    const char* first = reinterpret_cast<const char*>(start);
    const char* last = reinterpret_cast<const char*>(p_);
    if (integer) {
      if (negative) {
        int64_t v = 0;
        if (auto r = std::from_chars(first, last, v); r.ec == std::errc() && r.ptr == last) {
          *out = v;
          return true;
        }
      } else {
        uint64_t v = 0;
        if (auto r = std::from_chars(first, last, v); r.ec == std::errc() && r.ptr == last) {
          *out = v;
          return true;
        }
      }
    }
    // strtod in the "C" locale the engine runs in; nlohmann refuses a number that overflows.
    const std::string token(first, last);
    const double v = std::strtod(token.c_str(), nullptr);
    if (!std::isfinite(v)) return false;
    *out = v;
    return true;
  }

  const unsigned char* p_;
  const unsigned char* end_;
};

}  // namespace

bool ParseJsonText(std::string_view text, nlohmann::json* out) { return Parser(text).Document(out); }

void ReleaseJson(json& j) {
  if (j.is_object()) {
    auto& members = j.get_ref<json::object_t&>();
    for (auto& [name, value] : members) ReleaseJson(value);
    members.clear();
  } else if (j.is_array()) {
    auto& elements = j.get_ref<json::array_t&>();
    for (json& e : elements) ReleaseJson(e);
    elements.clear();
  }
  j = nullptr;
}

bool IdenticalJson(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
      if (i.key() != j.key() || !IdenticalJson(i.value(), j.value())) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!IdenticalJson(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

}  // namespace ddb
