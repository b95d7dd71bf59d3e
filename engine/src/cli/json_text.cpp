#include "cli/json_text.h"

#include <algorithm>
#include <string>

namespace ddb::cli {
namespace {

using nlohmann::json;

// Accepts everything and remembers the first error; used only to locate an error.
class ErrorLocator : public nlohmann::json_sax<json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position_ = position;
    what_ = ex.what();
    return false;
  }

  std::size_t position() const { return position_; }
  // "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>" -> "<reason>".
  std::string reason() const {
    const size_t column = what_.find("column ");
    if (column != std::string::npos) {
      const size_t colon = what_.find(": ", column);
      if (colon != std::string::npos) return what_.substr(colon + 2);
    }
    const size_t bracket = what_.find("] ");
    return bracket == std::string::npos ? what_ : what_.substr(bracket + 2);
  }

 private:
  std::size_t position_ = 0;
  std::string what_;
};

}  // namespace

JsonText ParseJsonText(std::string_view text) {
  JsonText out;
  out.value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!out.value.is_discarded()) return out;
  ErrorLocator locator;
  json::sax_parse(text.begin(), text.end(), &locator);
  JsonSyntaxError error;
  // The parser reports how many characters it had read, i.e. one past the offending one.
  error.offset = std::min(text.size(), locator.position() > 0 ? locator.position() - 1 : 0);
  error.reason = locator.reason();
  out.error = std::move(error);
  return out;
}

bool LooksLikeJson(std::string_view text, char opener) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == opener;
  }
  return false;
}

}  // namespace ddb::cli
