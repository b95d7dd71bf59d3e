#include "sim/workload_generator.h"

#include "sim/bounded_draw.h"
#include "sim/workload_keys.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace ddb {

namespace {

constexpr uint64_t kTwoPow53 = uint64_t{1} << 53;

// fraction (0..1) of 2^53, compared against 53 random bits: below it with that probability.
uint64_t Threshold53(double fraction) {
  return static_cast<uint64_t>(fraction * static_cast<double>(kTwoPow53));
}

// True with probability threshold / 2^53; draws nothing when the answer is certain.
bool Below53(Rng& rng, uint64_t threshold) {
  if (threshold == 0) return false;
  if (threshold >= kTwoPow53) return true;
  return (rng.Next() >> 11) < threshold;
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Longest key: a 64-character prefix, "#", a time-bucket name (or a number), "." and a shard.
constexpr size_t kKeyBuffer = 128;

}  // namespace

WorkloadGenerator::WorkloadGenerator(WorkloadSpec spec, uint64_t seed, int64_t start_ms)
    : spec_(std::move(spec)),
      start_ms_(start_ms),
      stop_ms_(spec_.stop_after_seconds ? start_ms + *spec_.stop_after_seconds * 1000
                                        : std::numeric_limits<int64_t>::max()),
      curve_(spec_.rate) {
  Rng master(seed);
  kind_rng_ = master.Fork();
  key_rng_ = master.Fork();
  size_rng_ = master.Fork();
  shard_rng_ = master.Fork();
  sort_rng_ = master.Fork();
  index_rng_ = master.Fork();  // forked last, like every new draw, so older workloads replay alike

  read_threshold_ = Threshold53(spec_.read_fraction);
  hot_threshold_ = Threshold53(spec_.keys.hot_fraction);
  key_head_ = spec_.keys.prefix + "#";
  if (spec_.keys.distribution == KeyDistribution::kZipf) zipf_.emplace(spec_.keys.key_count, spec_.keys.skew);
  bucket_ms_ = spec_.keys.bucket_seconds * 1000;

  if (spec_.sharding.mode == ShardingMode::kCalculated) {
    const uint32_t shards = spec_.sharding.shards;
    head_product_ = CalculatedShard(key_head_, shards) - 1;
    times_digit_.resize(static_cast<size_t>(shards) * 10);
    for (uint32_t p = 0; p < shards; ++p) {
      for (uint32_t d = 0; d < 10; ++d) times_digit_[p * 10 + d] = static_cast<uint16_t>(p * ('0' + d) % shards);
    }
  }
}

double WorkloadGenerator::RateAt(int64_t now_ms) const {
  if (now_ms < start_ms_ || finished(now_ms)) return 0;
  return curve_.RateAt(now_ms - start_ms_);
}

void WorkloadGenerator::Generate(int64_t from_ms, int64_t to_ms, std::vector<GeneratedRequest>* out) {
  const int64_t lo = std::max(from_ms, start_ms_), hi = std::min(to_ms, stop_ms_);
  if (lo >= hi) return;
  const int64_t n = curve_.RequestsBefore(hi - start_ms_) - curve_.RequestsBefore(lo - start_ms_);
  if (n <= 0) return;

  // Grow geometrically: a caller appending a few requests per call must not reallocate each time.
  const size_t needed = out->size() + static_cast<size_t>(n);
  if (out->capacity() < needed) out->reserve(std::max(needed, 2 * out->capacity()));

  // Request i is issued at lo + floor(i * span / n), stepped without multiplying or dividing.
  const int64_t span = hi - lo, step = span / n, extra = span % n;
  int64_t t = lo, carry = 0;
  for (int64_t i = 0; i < n; ++i) {
    GeneratedRequest& r = out->emplace_back();
    r.time_ms = t;
    r.is_read = DrawIsRead();
    r.consistent = r.is_read && spec_.consistent_read;
    r.item_bytes = r.is_read ? 0 : DrawItemBytes();
    MakeKey(t, &r.partition_key);
    if (spec_.keys.sort_key_count > 1) r.sort_key = UniformBelow(sort_rng_, spec_.keys.sort_key_count);
    if (spec_.index_attribute && !r.is_read) r.index_value = 1 + UniformBelow(index_rng_, spec_.index_attribute->value_count);
    t += step;
    carry += extra;
    if (carry >= n) {
      carry -= n;
      ++t;
    }
  }
}

bool WorkloadGenerator::DrawIsRead() { return Below53(kind_rng_, read_threshold_); }

uint32_t WorkloadGenerator::DrawItemBytes() {
  const ItemSizeSpec& size = spec_.item_size;
  if (size.distribution == ItemSizeDistribution::kFixed) return size.bytes;
  return size.min_bytes + UniformBelow(size_rng_, size.max_bytes - size.min_bytes + 1);
}

uint32_t WorkloadGenerator::DrawKeyNumber() {
  const uint32_t count = spec_.keys.key_count;
  switch (spec_.keys.distribution) {
    case KeyDistribution::kZipf:
      return zipf_->Draw(key_rng_);
    case KeyDistribution::kHotKey:
      if (count == 1 || Below53(key_rng_, hot_threshold_)) return 1;
      return 2 + UniformBelow(key_rng_, count - 1);
    case KeyDistribution::kUniform:
    case KeyDistribution::kTimeSeries:
      break;
  }
  return 1 + UniformBelow(key_rng_, count);
}

void WorkloadGenerator::MakeKey(int64_t time_ms, std::string* key) {
  char buf[kKeyBuffer];
  size_t len = 0;
  uint32_t product = 0;
  if (spec_.keys.distribution == KeyDistribution::kTimeSeries) {
    const int64_t bucket = FloorDiv(time_ms, bucket_ms_);
    if (!have_cached_bucket_ || bucket != cached_bucket_) {
      cached_bucket_ = bucket;
      have_cached_bucket_ = true;
      cached_key_ = key_head_ + TimeBucketName(bucket * bucket_ms_, spec_.keys.bucket_seconds);
      if (spec_.sharding.mode == ShardingMode::kCalculated)
        cached_product_ = CalculatedShard(cached_key_, spec_.sharding.shards) - 1;
    }
    len = std::min(cached_key_.size(), kKeyBuffer - 16);
    std::memcpy(buf, cached_key_.data(), len);
    product = cached_product_;
  } else {
    len = key_head_.size();
    std::memcpy(buf, key_head_.data(), len);
    const size_t digits = WriteDecimal(buf + len, DrawKeyNumber());
    if (spec_.sharding.mode == ShardingMode::kCalculated) {
      product = head_product_;
      for (size_t i = 0; i < digits; ++i) product = times_digit_[product * 10 + (buf[len + i] - '0')];
    }
    len += digits;
  }
  len = AppendShard(buf, len, product);
  key->assign(buf, len);
}

size_t WorkloadGenerator::AppendShard(char* buf, size_t len, uint32_t calculated_product) {
  uint32_t shard = 0;
  switch (spec_.sharding.mode) {
    case ShardingMode::kNone:
      return len;
    case ShardingMode::kRandom:
      shard = 1 + UniformBelow(shard_rng_, spec_.sharding.shards);
      break;
    case ShardingMode::kCalculated:
      shard = calculated_product + 1;
      break;
  }
  buf[len++] = '.';
  return len + WriteDecimal(buf + len, shard);
}

}  // namespace ddb
