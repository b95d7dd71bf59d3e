#include "stream/shard_iterator.h"

#include "ddb/codec.h"

#include <charconv>

namespace ddb {
namespace {

constexpr std::string_view kSeparator = "|1|";

template <typename T>
bool ParseInteger(std::string_view text, T* out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::string EncodeShardIterator(const ShardIterator& it) {
  const std::string body = std::to_string(it.issued_ms) + ":" + std::to_string(it.position) + ":" + it.shard_id;
  return it.stream_arn + std::string(kSeparator) + Base64Encode(body);
}

bool DecodeShardIterator(std::string_view text, ShardIterator* out) {
  const size_t sep = text.find(kSeparator);
  if (sep == std::string_view::npos || sep == 0) return false;
  std::string body;
  if (!Base64Decode(text.substr(sep + kSeparator.size()), &body)) return false;
  const size_t first = body.find(':');
  const size_t second = first == std::string::npos ? std::string::npos : body.find(':', first + 1);
  if (second == std::string::npos) return false;
  ShardIterator it;
  it.stream_arn = std::string(text.substr(0, sep));
  if (!ParseInteger(std::string_view(body).substr(0, first), &it.issued_ms)) return false;
  if (!ParseInteger(std::string_view(body).substr(first + 1, second - first - 1), &it.position)) return false;
  it.shard_id = body.substr(second + 1);
  if (it.shard_id.empty()) return false;
  *out = std::move(it);
  return true;
}

}  // namespace ddb
