#include "sim/workload_spec.h"

#include <cmath>
#include <initializer_list>
#include <string_view>

namespace ddb {

namespace {

using nlohmann::json;

constexpr double kMaxRate = 10'000'000;
constexpr int64_t kMaxSeconds = 1'000'000'000;
constexpr int64_t kMaxItemBytes = 400 * 1024;
constexpr int64_t kMaxKeyCount = 10'000'000;
constexpr int64_t kMaxSortKeyCount = 1'000'000;

// One JSON object of the request and its dotted name ("Rate"), so every message names the member
// the learner has to fix ("Rate.RequestsPerSecond ...").
class Members {
 public:
  Members(const json& object, std::string_view parent) : object_(object), parent_(parent) {}

  std::string Path(std::string_view member) const {
    return parent_.empty() ? std::string(member) : std::string(parent_) + "." + std::string(member);
  }

  // nullptr when absent or null.
  const json* Find(std::string_view member) const {
    auto it = object_.find(member);
    if (it == object_.end() || it->is_null()) return nullptr;
    return &*it;
  }

  // Rejects members outside `known` (object keys iterate in sorted order: the first unknown one
  // in that order is reported).
  Status OnlyKnown(std::initializer_list<std::string_view> known) const {
    for (auto it = object_.begin(); it != object_.end(); ++it) {
      bool found = false;
      for (std::string_view k : known) found = found || it.key() == k;
      if (found) continue;
      std::string list;
      for (std::string_view k : known) {
        if (!list.empty()) list += ", ";
        list += k;
      }
      const std::string where = parent_.empty() ? "the StartWorkload request" : std::string(parent_);
      return ApiError::Validation("Unknown member " + Path(it.key()) + " in " + where +
                                  "; the members are " + list);
    }
    return OkStatus();
  }

  Result<std::optional<std::string>> String(std::string_view member) const {
    const json* v = Find(member);
    if (!v) return std::optional<std::string>();
    if (!v->is_string()) return ApiError::Validation(Path(member) + " must be a string");
    return std::optional<std::string>(v->get<std::string>());
  }

  Result<std::optional<double>> Number(std::string_view member) const {
    const json* v = Find(member);
    if (!v) return std::optional<double>();
    if (!v->is_number()) return ApiError::Validation(Path(member) + " must be a number");
    return std::optional<double>(v->get<double>());
  }

  // A whole number in [min, max]; 60.0 counts as whole.
  Result<std::optional<int64_t>> Whole(std::string_view member, int64_t min, int64_t max) const {
    auto n = Number(member);
    if (!n.ok()) return n.take_error();
    if (!n.value()) return std::optional<int64_t>();
    const double d = *n.value();
    if (!(d == std::floor(d))) return ApiError::Validation(Path(member) + " must be a whole number");
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) return RangeError(member, min, max);
    return std::optional<int64_t>(static_cast<int64_t>(d));
  }

  // Whole seconds, 1..kMaxSeconds (0 allowed when `allow_zero`).
  Result<std::optional<int64_t>> Seconds(std::string_view member, bool allow_zero) const {
    auto n = Number(member);
    if (!n.ok()) return n.take_error();
    if (n.value() && !allow_zero && !(*n.value() > 0))
      return ApiError::Validation(Path(member) + " must be greater than 0");
    return Whole(member, allow_zero ? 0 : 1, kMaxSeconds);
  }

  // A fraction in [0, 1].
  Result<std::optional<double>> Fraction(std::string_view member) const {
    auto n = Number(member);
    if (!n.ok()) return n.take_error();
    if (n.value() && !(*n.value() >= 0 && *n.value() <= 1))
      return ApiError::Validation(Path(member) + " must be between 0 and 1");
    return n;
  }

  Result<std::optional<bool>> Bool(std::string_view member) const {
    const json* v = Find(member);
    if (!v) return std::optional<bool>();
    if (!v->is_boolean()) return ApiError::Validation(Path(member) + " must be true or false");
    return std::optional<bool>(v->get<bool>());
  }

  // Present members must be objects; nullptr when absent.
  Result<const json*> Object(std::string_view member) const {
    const json* v = Find(member);
    if (v && !v->is_object()) return ApiError::Validation(Path(member) + " must be an object");
    return v;
  }

  // The index in `allowed` of the member's value, or `fallback` when absent.
  Result<int> Enum(std::string_view member, std::initializer_list<std::string_view> allowed, int fallback) const {
    auto s = String(member);
    if (!s.ok()) return s.take_error();
    if (!s.value()) return fallback;
    int i = 0;
    std::string list;
    for (std::string_view a : allowed) {
      if (*s.value() == a) return i;
      ++i;
      if (!list.empty()) list += ", ";
      list += a;
    }
    return ApiError::Validation(Path(member) + " must be one of " + list + " (got '" + *s.value() + "')");
  }

  ApiError RangeError(std::string_view member, int64_t min, int64_t max) const {
    return ApiError::Validation(Path(member) + " must be between " + std::to_string(min) + " and " +
                                std::to_string(max));
  }

 private:
  const json& object_;
  std::string_view parent_;
};

bool NameCharsOk(const std::string& s, std::string_view extra) {
  for (unsigned char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    extra.find(static_cast<char>(c)) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

Status CheckName(const std::string& value, std::string_view member, size_t min, size_t max) {
  if (value.size() < min || value.size() > max || !NameCharsOk(value, "_.-"))
    return ApiError::Validation(std::string(member) + " must be " + std::to_string(min) + " to " +
                                std::to_string(max) + " characters of letters, digits, '_', '-' and '.' (got '" +
                                value + "')");
  return OkStatus();
}

// A request rate: present members must be in (0, kMaxRate].
Result<std::optional<double>> Rate(const Members& m, std::string_view member) {
  auto n = m.Number(member);
  if (!n.ok() || !n.value()) return n;
  if (!(*n.value() > 0)) return ApiError::Validation(m.Path(member) + " must be greater than 0");
  if (!(*n.value() <= kMaxRate)) return ApiError::Validation(m.Path(member) + " must be at most 10000000");
  return n;
}

Status ParseRate(const json& object, RateSpec* out) {
  Members m(object, "Rate");
  DDB_TRY(m.OnlyKnown({"Shape", "RequestsPerSecond", "PeakRequestsPerSecond", "StartSeconds",
                       "DurationSeconds", "PeriodSeconds"}));
  // Enum lists follow the order of the matching enum class, so the index converts directly.
  auto shape = m.Enum("Shape", {"STEADY", "RAMP", "SPIKE", "DAILY"}, 0);
  if (!shape.ok()) return shape.take_error();
  out->shape = static_cast<RateShape>(shape.value());
  const std::string shape_name = m.Find("Shape") ? m.Find("Shape")->get<std::string>() : "STEADY";

  auto base = Rate(m, "RequestsPerSecond");
  if (!base.ok()) return base.take_error();
  if (!base.value()) return ApiError::Validation("Rate.RequestsPerSecond is required");
  out->requests_per_second = *base.value();

  auto peak = Rate(m, "PeakRequestsPerSecond");
  if (!peak.ok()) return peak.take_error();
  if (peak.value()) out->peak_requests_per_second = *peak.value();
  else if (out->shape != RateShape::kSteady)
    return ApiError::Validation("Rate.PeakRequestsPerSecond is required when Rate.Shape is " + shape_name);

  auto start = m.Seconds("StartSeconds", /*allow_zero=*/true);
  if (!start.ok()) return start.take_error();
  if (start.value()) out->start_seconds = *start.value();

  auto duration = m.Seconds("DurationSeconds", /*allow_zero=*/false);
  if (!duration.ok()) return duration.take_error();
  if (duration.value()) out->duration_seconds = *duration.value();
  else if (out->shape == RateShape::kRamp || out->shape == RateShape::kSpike)
    return ApiError::Validation("Rate.DurationSeconds is required when Rate.Shape is " + shape_name);

  auto period = m.Seconds("PeriodSeconds", /*allow_zero=*/false);
  if (!period.ok()) return period.take_error();
  if (period.value()) out->period_seconds = *period.value();
  return OkStatus();
}

Status ParseItemSize(const json& object, ItemSizeSpec* out) {
  Members m(object, "ItemSize");
  DDB_TRY(m.OnlyKnown({"Distribution", "Bytes", "MinBytes", "MaxBytes"}));
  auto distribution = m.Enum("Distribution", {"FIXED", "UNIFORM"}, 0);
  if (!distribution.ok()) return distribution.take_error();
  out->distribution = static_cast<ItemSizeDistribution>(distribution.value());

  const bool uniform = out->distribution == ItemSizeDistribution::kUniform;
  auto read = [&](std::string_view member, bool required, uint32_t* field) -> Status {
    auto n = m.Whole(member, 1, kMaxItemBytes);
    if (!n.ok()) return n.take_error();
    if (n.value()) *field = static_cast<uint32_t>(*n.value());
    else if (required) return ApiError::Validation(m.Path(member) + " is required when ItemSize.Distribution is UNIFORM");
    return OkStatus();
  };
  DDB_TRY(read("Bytes", false, &out->bytes));
  DDB_TRY(read("MinBytes", uniform, &out->min_bytes));
  DDB_TRY(read("MaxBytes", uniform, &out->max_bytes));
  if (uniform && out->min_bytes > out->max_bytes)
    return ApiError::Validation("ItemSize.MinBytes (" + std::to_string(out->min_bytes) +
                                ") must not be greater than ItemSize.MaxBytes (" +
                                std::to_string(out->max_bytes) + ")");
  return OkStatus();
}

Status ParseKeys(const json& object, KeySpec* out) {
  Members m(object, "Keys");
  DDB_TRY(m.OnlyKnown({"Distribution", "KeyCount", "Skew", "HotFraction", "BucketSeconds", "Prefix", "SortKeyCount"}));
  auto distribution = m.Enum("Distribution", {"UNIFORM", "ZIPF", "HOT_KEY", "TIME_SERIES"}, 0);
  if (!distribution.ok()) return distribution.take_error();
  out->distribution = static_cast<KeyDistribution>(distribution.value());

  auto count = m.Whole("KeyCount", 1, kMaxKeyCount);
  if (!count.ok()) return count.take_error();
  if (count.value()) out->key_count = static_cast<uint32_t>(*count.value());

  auto sort_keys = m.Whole("SortKeyCount", 1, kMaxSortKeyCount);
  if (!sort_keys.ok()) return sort_keys.take_error();
  if (sort_keys.value()) out->sort_key_count = static_cast<uint32_t>(*sort_keys.value());

  auto skew = m.Number("Skew");
  if (!skew.ok()) return skew.take_error();
  if (skew.value()) {
    if (!(*skew.value() > 0)) return ApiError::Validation("Keys.Skew must be greater than 0");
    if (!(*skew.value() <= 5)) return ApiError::Validation("Keys.Skew must be at most 5");
    out->skew = *skew.value();
  }

  auto hot = m.Fraction("HotFraction");
  if (!hot.ok()) return hot.take_error();
  if (hot.value()) out->hot_fraction = *hot.value();

  auto bucket = m.Seconds("BucketSeconds", /*allow_zero=*/false);
  if (!bucket.ok()) return bucket.take_error();
  if (bucket.value()) out->bucket_seconds = *bucket.value();

  auto prefix = m.String("Prefix");
  if (!prefix.ok()) return prefix.take_error();
  if (prefix.value()) {
    const std::string& p = *prefix.value();
    if (p.empty() || p.size() > 64 || !NameCharsOk(p, "_.:-"))
      return ApiError::Validation("Keys.Prefix must be 1 to 64 characters of letters, digits, '_', '-', '.' and ':' (got '" +
                                  p + "')");
    out->prefix = p;
  }
  return OkStatus();
}

Status ParseSharding(const json& object, ShardingSpec* out) {
  Members m(object, "Sharding");
  DDB_TRY(m.OnlyKnown({"Mode", "Shards"}));
  auto mode = m.Enum("Mode", {"NONE", "RANDOM", "CALCULATED"}, 0);
  if (!mode.ok()) return mode.take_error();
  out->mode = static_cast<ShardingMode>(mode.value());
  auto shards = m.Whole("Shards", 2, 1000);
  if (!shards.ok()) return shards.take_error();
  if (shards.value()) out->shards = static_cast<uint32_t>(*shards.value());
  return OkStatus();
}

Status ParseIndexAttribute(const json& object, IndexAttributeSpec* out) {
  Members m(object, "IndexAttribute");
  DDB_TRY(m.OnlyKnown({"Name", "ValueCount"}));
  auto name = m.String("Name");
  if (!name.ok()) return name.take_error();
  if (!name.value()) return ApiError::Validation("IndexAttribute.Name is required");
  if (name.value()->empty() || name.value()->size() > 255)
    return ApiError::Validation("IndexAttribute.Name must be 1 to 255 bytes long");
  out->name = *name.value();
  auto count = m.Whole("ValueCount", 1, kMaxSortKeyCount);
  if (!count.ok()) return count.take_error();
  if (count.value()) out->value_count = static_cast<uint32_t>(*count.value());
  return OkStatus();
}

// Parses the optional nested object `member` with `parse`, leaving the defaults when absent.
template <typename Spec>
Status Nested(const Members& m, std::string_view member, Status (*parse)(const json&, Spec*), Spec* out) {
  auto object = m.Object(member);
  if (!object.ok()) return object.take_error();
  if (object.value()) return parse(*object.value(), out);
  return OkStatus();
}

}  // namespace

Result<WorkloadSpec> ParseWorkloadSpec(const nlohmann::json& request) {
  if (!request.is_object()) return ApiError::Validation("The StartWorkload request must be a JSON object");
  Members m(request, "");
  DDB_TRY(m.OnlyKnown({"TableName", "WorkloadName", "Rate", "ReadFraction", "ConsistentRead", "ItemSize",
                       "Keys", "Sharding", "IndexAttribute", "StopAfterSeconds"}));
  WorkloadSpec spec;

  auto table = m.String("TableName");
  if (!table.ok()) return table.take_error();
  if (!table.value()) return ApiError::Validation("TableName is required");
  DDB_TRY(CheckName(*table.value(), "TableName", 3, 255));
  spec.table_name = *table.value();

  auto name = m.String("WorkloadName");
  if (!name.ok()) return name.take_error();
  if (!name.value()) return ApiError::Validation("WorkloadName is required");
  DDB_TRY(CheckName(*name.value(), "WorkloadName", 1, 64));
  spec.workload_name = *name.value();

  auto rate = m.Object("Rate");
  if (!rate.ok()) return rate.take_error();
  if (!rate.value()) return ApiError::Validation("Rate is required (at least {\"RequestsPerSecond\": N})");
  DDB_TRY(ParseRate(*rate.value(), &spec.rate));

  auto read_fraction = m.Fraction("ReadFraction");
  if (!read_fraction.ok()) return read_fraction.take_error();
  if (read_fraction.value()) spec.read_fraction = *read_fraction.value();

  auto consistent = m.Bool("ConsistentRead");
  if (!consistent.ok()) return consistent.take_error();
  if (consistent.value()) spec.consistent_read = *consistent.value();

  DDB_TRY(Nested(m, "ItemSize", &ParseItemSize, &spec.item_size));
  DDB_TRY(Nested(m, "Keys", &ParseKeys, &spec.keys));
  DDB_TRY(Nested(m, "Sharding", &ParseSharding, &spec.sharding));
  auto index_attribute = m.Object("IndexAttribute");
  if (!index_attribute.ok()) return index_attribute.take_error();
  if (index_attribute.value()) {
    DDB_TRY(ParseIndexAttribute(*index_attribute.value(), &spec.index_attribute.emplace()));
  }

  auto stop = m.Seconds("StopAfterSeconds", /*allow_zero=*/false);
  if (!stop.ok()) return stop.take_error();
  spec.stop_after_seconds = stop.value();
  return spec;
}

}  // namespace ddb
