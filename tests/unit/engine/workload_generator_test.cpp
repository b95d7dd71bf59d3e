// Workload generation (engine/src/sim/workload_generator.h and its helpers): exact request counts
// for every rate shape, the key, size and read/write distributions, sharding suffixes, time-series
// buckets and determinism. Expected numbers are worked out in the comments; statistical checks
// allow five standard deviations, so a correct generator fails them about once in 3.5 million runs
// (and, being seeded, either always passes or always fails).
#include "sim/bounded_draw.h"
#include "sim/portable_math.h"
#include "sim/workload_generator.h"
#include "sim/workload_keys.h"
#include "sim/zipf.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace ddb;
using nlohmann::json;

namespace {

// A generator for Minimal() plus `extra` members (merged one level deep), seeded with `seed`.
WorkloadGenerator Make(const json& extra, uint64_t seed = 1, int64_t start_ms = 0) {
  json r = {{"TableName", "Music"}, {"WorkloadName", "w"}, {"Rate", {{"RequestsPerSecond", 1000}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    if (it->is_object() && r.contains(it.key())) r[it.key()].update(*it);
    else r[it.key()] = *it;
  }
  auto spec = ParseWorkloadSpec(r);
  INFO(r.dump());
  if (!spec.ok()) FAIL(spec.error().message);
  return WorkloadGenerator(spec.value(), seed, start_ms);
}

// Runs `g` over [from, to) in windows of `window` ms (the last one cut at `to`).
std::vector<GeneratedRequest> Run(WorkloadGenerator& g, int64_t from, int64_t to, int64_t window) {
  std::vector<GeneratedRequest> out;
  for (int64_t t = from; t < to; t += window) g.Generate(t, std::min(t + window, to), &out);
  return out;
}

// Requests per whole second of virtual time.
std::map<int64_t, int64_t> PerSecond(const std::vector<GeneratedRequest>& requests) {
  std::map<int64_t, int64_t> counts;
  for (const auto& r : requests) ++counts[r.time_ms / 1000];
  return counts;
}

// The number in "user#42" or "user#42.7".
uint32_t KeyNumber(const std::string& key) {
  const size_t hash = key.find('#');
  return static_cast<uint32_t>(std::stoul(key.substr(hash + 1)));
}

// The shard suffix of "user#42.7".
uint32_t ShardOf(const std::string& key) { return static_cast<uint32_t>(std::stoul(key.substr(key.rfind('.') + 1))); }

// The generalised harmonic number H(n, s) = sum of 1/k^s for k = 1..n.
double Harmonic(uint32_t n, double s) {
  double h = 0;
  for (uint32_t k = n; k >= 1; --k) h += 1.0 / std::pow(static_cast<double>(k), s);  // small terms first
  return h;
}

// |observed share - p| within five standard deviations of a binomial share over `draws`.
bool ShareWithin(double observed, double p, int64_t draws) {
  return std::abs(observed - p) <= 5 * std::sqrt(p * (1 - p) / static_cast<double>(draws));
}

}  // namespace

// ----------------------------------------------------------------------------------------------
// Counts and timing
// ----------------------------------------------------------------------------------------------

TEST_CASE("STEADY issues exactly its rate per second, whatever the window size", "[engine]") {
  // 1500/s: the integral over [0, t ms) is 1.5 t; 10 s hold 15,000 requests whatever the windows.
  for (int64_t window : {1, 7, 8, 125, 333, 1000, 2500}) {
    INFO("window " << window << " ms");
    WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 1500}}}});
    auto requests = Run(g, 0, 10'000, window);
    CHECK(requests.size() == 15'000);
    // Windows that tile whole seconds give each second exactly 1500 (a window straddling a second
    // spreads its requests evenly, which may move one across the boundary).
    if (1000 % window != 0) continue;
    for (const auto& [second, count] : PerSecond(requests)) {
      INFO("second " << second);
      CHECK(count == 1500);
    }
  }
}

TEST_CASE("Fractions of a request carry from one 1 ms window to the next", "[engine]") {
  // 1.5 requests per ms: floor(1.5 t) is 1, 3, 4, 6, ... so the windows hold 1, 2, 1, 2, ...
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 1500}}}});
  std::vector<size_t> sizes;
  for (int64_t t = 0; t < 6; ++t) {
    std::vector<GeneratedRequest> out;
    g.Generate(t, t + 1, &out);
    sizes.push_back(out.size());
    for (const auto& r : out) CHECK(r.time_ms == t);
  }
  CHECK(sizes == std::vector<size_t>{1, 2, 1, 2, 1, 2});

  // 0.5/s is one request every 2 s: the integral reaches 1, 2, 3, ... at 2000, 4000, 6000 ms, so 10 s
  // in 100 ms windows give 5 requests, in the windows that end at those instants.
  WorkloadGenerator slow = Make({{"Rate", {{"RequestsPerSecond", 0.5}}}});
  auto requests = Run(slow, 0, 10'000, 100);
  REQUIRE(requests.size() == 5);
  CHECK(requests[0].time_ms == 1900);
  CHECK(requests[4].time_ms == 9900);
}

TEST_CASE("Timestamps are spread evenly across the window, in order", "[engine]") {
  // 1000/s over [0, 1000): one request per ms at 0, 1, ..., 999.
  WorkloadGenerator g = Make({});
  std::vector<GeneratedRequest> out;
  g.Generate(0, 1000, &out);
  REQUIRE(out.size() == 1000);
  for (size_t i = 0; i < out.size(); ++i) CHECK(out[i].time_ms == static_cast<int64_t>(i));

  // 300/s: 1500 requests in [0, 5000), then 0.3 * 5010 - 1500 = 3 in [5000, 5010). Request i of n
  // sits at from + floor(i * span / n): 5000, 5000 + floor(10 / 3) = 5003, 5000 + floor(20 / 3) = 5006.
  WorkloadGenerator h = Make({{"Rate", {{"RequestsPerSecond", 300}}}});
  out.clear();
  h.Generate(0, 5000, &out);
  CHECK(out.size() == 1500);
  out.clear();
  h.Generate(5000, 5010, &out);  // 300/s * 10 ms = 3
  REQUIRE(out.size() == 3);
  CHECK(out[0].time_ms == 5000);
  CHECK(out[1].time_ms == 5003);
  CHECK(out[2].time_ms == 5006);
}

TEST_CASE("RAMP rises linearly to the peak, then stays there", "[engine]") {
  // 1000 -> 3000 over 10 s: the rate in second k is 1000 + 200 (k + t) for t in [0, 1), so second k
  // holds 1000 + 200 k + 100 = 1100 + 200 k requests; from second 10 on it is the peak, 3000.
  // The first 10 s hold (1000 + 3000) / 2 * 10 = 20,000.
  for (int64_t window : {1, 50, 1000}) {
    INFO("window " << window << " ms");
    WorkloadGenerator g = Make({{"Rate", {{"Shape", "RAMP"}, {"PeakRequestsPerSecond", 3000}, {"DurationSeconds", 10}}}});
    auto counts = PerSecond(Run(g, 0, 12'000, window));
    int64_t first_ten = 0;
    for (int64_t k = 0; k < 10; ++k) {
      INFO("second " << k);
      CHECK(counts[k] == 1100 + 200 * k);
      first_ten += counts[k];
    }
    CHECK(first_ten == 20'000);
    CHECK(counts[10] == 3000);
    CHECK(counts[11] == 3000);
    CHECK(g.RateAt(5000) == 2000);  // half way: (1000 + 3000) / 2
    CHECK(g.RateAt(60'000) == 3000);
  }
}

TEST_CASE("SPIKE switches to the peak for its duration only", "[engine]") {
  // 100/s, 1000/s during [10 s, 15 s): 30 s hold 25 * 100 + 5 * 1000 = 7500.
  WorkloadGenerator g = Make({{"Rate", {{"Shape", "SPIKE"}, {"RequestsPerSecond", 100}, {"PeakRequestsPerSecond", 1000},
                                        {"StartSeconds", 10}, {"DurationSeconds", 5}}}});
  auto requests = Run(g, 0, 30'000, 250);
  CHECK(requests.size() == 7500);
  auto counts = PerSecond(requests);
  CHECK(counts[9] == 100);
  for (int64_t k = 10; k < 15; ++k) CHECK(counts[k] == 1000);
  CHECK(counts[15] == 100);
  CHECK(g.RateAt(9999) == 100);
  CHECK(g.RateAt(10'000) == 1000);
  CHECK(g.RateAt(14'999) == 1000);
  CHECK(g.RateAt(15'000) == 100);
}

TEST_CASE("DAILY swings from the trough at the start to the crest at half a period", "[engine]") {
  // 100 -> 300 -> 100 over a 60 s period: rate(t) = 100 + 200 (1 - cos(2 pi t / 60 s)) / 2.
  WorkloadGenerator g = Make({{"Rate", {{"Shape", "DAILY"}, {"RequestsPerSecond", 100},
                                        {"PeakRequestsPerSecond", 300}, {"PeriodSeconds", 60}}}});
  CHECK(g.RateAt(0) == 100);        // trough, cos 0 = 1
  CHECK(g.RateAt(15'000) == 200);   // a quarter period: cos = 0, half way
  CHECK(g.RateAt(30'000) == 300);   // crest, cos pi = -1
  CHECK(g.RateAt(60'000) == 100);   // trough again
  CHECK(std::abs(g.RateAt(10'000) - 150) < 1e-9);  // cos(pi/3) = 1/2: 100 + 200 * 0.25

  // The sine term of the integral vanishes at half and whole periods: the first half holds
  // 100 * 30 + 200 / 2 * 30 = 6000 requests, a whole period (100 + 300) / 2 * 60 = 12,000.
  auto requests = Run(g, 0, 120'000, 1);
  int64_t first_half = 0;
  for (const auto& r : requests) first_half += r.time_ms < 30'000;
  CHECK(first_half == 6000);
  CHECK(requests.size() == 24'000);
  auto counts = PerSecond(requests);
  CHECK(counts[0] < counts[29]);  // the busiest seconds are around the crest
  CHECK(counts[30] > counts[59]);
}

TEST_CASE("A workload issues nothing before its start and stops after StopAfterSeconds", "[engine]") {
  // 100/s from virtual time 1000 ms for 5 s: 500 requests in [1000, 6000).
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 100}}}, {"StopAfterSeconds", 5}}, 1, 1000);
  auto requests = Run(g, 0, 20'000, 10);
  CHECK(requests.size() == 500);
  CHECK(requests.front().time_ms >= 1000);
  CHECK(requests.back().time_ms < 6000);
  CHECK_FALSE(g.finished(5999));
  CHECK(g.finished(6000));
  CHECK(g.RateAt(999) == 0);
  CHECK(g.RateAt(1000) == 100);
  CHECK(g.RateAt(6000) == 0);

  WorkloadGenerator forever = Make({});
  CHECK_FALSE(forever.finished(int64_t{1} << 60));
}

// ----------------------------------------------------------------------------------------------
// Draws
// ----------------------------------------------------------------------------------------------

TEST_CASE("The same seed gives the same requests; another seed other ones", "[engine]") {
  const json spec = {{"ReadFraction", 0.5}, {"Keys", {{"Distribution", "ZIPF"}}},
                     {"ItemSize", {{"Distribution", "UNIFORM"}, {"MinBytes", 100}, {"MaxBytes", 4000}}},
                     {"Sharding", {{"Mode", "RANDOM"}}}};
  WorkloadGenerator a = Make(spec, 7), b = Make(spec, 7), c = Make(spec, 8);
  auto ra = Run(a, 0, 5000, 3), rb = Run(b, 0, 5000, 3), rc = Run(c, 0, 5000, 3);
  REQUIRE(ra.size() == 5000);
  REQUIRE(rc.size() == 5000);
  size_t same_as_b = 0, same_as_c = 0;
  for (size_t i = 0; i < ra.size(); ++i) {
    same_as_b += ra[i].partition_key == rb[i].partition_key && ra[i].is_read == rb[i].is_read &&
                 ra[i].item_bytes == rb[i].item_bytes && ra[i].time_ms == rb[i].time_ms;
    same_as_c += ra[i].partition_key == rc[i].partition_key && ra[i].is_read == rc[i].is_read &&
                 ra[i].item_bytes == rc[i].item_bytes;
  }
  CHECK(same_as_b == ra.size());
  CHECK(same_as_c < ra.size() / 10);
}

TEST_CASE("Each kind of draw has its own random stream", "[engine]") {
  // Changing ReadFraction changes which requests are reads, not which keys they use.
  WorkloadGenerator writes = Make({{"ReadFraction", 0}}, 3), mixed = Make({{"ReadFraction", 0.5}}, 3);
  auto w = Run(writes, 0, 2000, 10), m = Run(mixed, 0, 2000, 10);
  REQUIRE(w.size() == m.size());
  for (size_t i = 0; i < w.size(); ++i) CHECK(w[i].partition_key == m[i].partition_key);
}

TEST_CASE("ReadFraction sets the share of GetItem requests", "[engine]") {
  // 100,000 requests at ReadFraction 0.25: the share of reads is within 5 sd (0.0068) of 0.25.
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 10'000}}}, {"ReadFraction", 0.25},
                              {"ConsistentRead", true}});
  auto requests = Run(g, 0, 10'000, 100);
  REQUIRE(requests.size() == 100'000);
  int64_t reads = 0;
  for (const auto& r : requests) {
    reads += r.is_read;
    CHECK(r.consistent == r.is_read);  // ConsistentRead applies to reads only
    CHECK(r.item_bytes == (r.is_read ? 0u : 1000u));  // FIXED 1000 by default; reads carry none
  }
  CHECK(ShareWithin(static_cast<double>(reads) / 100'000, 0.25, 100'000));

  WorkloadGenerator all_reads = Make({{"ReadFraction", 1}});
  for (const auto& r : Run(all_reads, 0, 1000, 10)) CHECK(r.is_read);
  WorkloadGenerator all_writes = Make({});
  for (const auto& r : Run(all_writes, 0, 1000, 10)) CHECK_FALSE(r.is_read);
}

TEST_CASE("UNIFORM item sizes stay within their bounds around the mean", "[engine]") {
  // Uniform on 100..4000: mean 2050, sd 3900 / sqrt(12) = 1126; the mean of 100,000 is within
  // 5 * 1126 / sqrt(100000) = 18 of 2050.
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 10'000}}},
                              {"ItemSize", {{"Distribution", "UNIFORM"}, {"MinBytes", 100}, {"MaxBytes", 4000}}}});
  auto requests = Run(g, 0, 10'000, 1000);
  double sum = 0;
  uint32_t lo = UINT32_MAX, hi = 0;
  for (const auto& r : requests) {
    sum += r.item_bytes;
    lo = std::min(lo, r.item_bytes);
    hi = std::max(hi, r.item_bytes);
  }
  CHECK(std::abs(sum / static_cast<double>(requests.size()) - 2050) < 18);
  CHECK(lo >= 100);
  CHECK(hi <= 4000);
  CHECK(lo < 110);  // 100,000 draws reach within 10 bytes of each bound
  CHECK(hi > 3990);
}

TEST_CASE("UNIFORM keys are Prefix#1..Prefix#KeyCount, all used", "[engine]") {
  WorkloadGenerator g = Make({{"Keys", {{"KeyCount", 100}, {"Prefix", "dev"}}}});
  std::set<uint32_t> seen;
  for (const auto& r : Run(g, 0, 10'000, 100)) {
    REQUIRE(r.partition_key.rfind("dev#", 0) == 0);
    seen.insert(KeyNumber(r.partition_key));
  }
  CHECK(seen.size() == 100);
  CHECK(*seen.begin() == 1);
  CHECK(*seen.rbegin() == 100);
}

TEST_CASE("HOT_KEY sends HotFraction of the traffic to Prefix#1", "[engine]") {
  // 100,000 requests, HotFraction 0.9: user#1's share within 5 sd (0.0047) of 0.9; the rest are
  // spread over user#2..user#1000.
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 10'000}}}, {"Keys", {{"Distribution", "HOT_KEY"}}}});
  auto requests = Run(g, 0, 10'000, 100);
  int64_t hot = 0;
  std::set<uint32_t> others;
  for (const auto& r : requests) {
    const uint32_t k = KeyNumber(r.partition_key);
    if (k == 1) ++hot;
    else others.insert(k);
  }
  CHECK(ShareWithin(static_cast<double>(hot) / 100'000, 0.9, 100'000));
  CHECK(*others.begin() >= 2);
  CHECK(*others.rbegin() <= 1000);
  CHECK(others.size() > 990);  // 10,000 draws over 999 keys miss a given key with p = e^-10
}

TEST_CASE("ZIPF gives rank k a share of 1 / (k^s H(N, s))", "[engine]") {
  // N = 1000, s = 1.1: H(1000, 1.1) = sum 1/k^1.1 = 5.5728, so user#1 gets 1 / 5.5728 = 17.94 % and
  // user#2 2^-1.1 = 0.4665 of that, 8.37 %.
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 10'000}}}, {"Keys", {{"Distribution", "ZIPF"}, {"Skew", 1.1}}}});
  auto requests = Run(g, 0, 10'000, 100);
  std::map<uint32_t, int64_t> counts;
  for (const auto& r : requests) ++counts[KeyNumber(r.partition_key)];
  const double h = Harmonic(1000, 1.1);
  CHECK(std::abs(h - 5.5728) < 1e-4);
  CHECK(ShareWithin(static_cast<double>(counts[1]) / 100'000, 1 / h, 100'000));
  CHECK(ShareWithin(static_cast<double>(counts[2]) / 100'000, std::pow(2.0, -1.1) / h, 100'000));
  CHECK(counts.begin()->first >= 1);
  CHECK(counts.rbegin()->first <= 1000);
}

TEST_CASE("A Zipf table over more ranks than its cap keeps the shares of head and tail", "[engine]") {
  // N = 2,000,000 > 1,048,576: ranks 1..524,288 keep an entry each and the other 1,475,712 go in
  // runs of ceil(1,475,712 / 524,288) = 3, which takes 491,904 entries: 1,016,192 in all. With s = 1:
  // P(rank 1) = 1 / H(2e6, 1) = 1 / 15.0859 and P(rank > 524,288) = 1 - H(524288) / H(2e6)
  // (about ln(2e6 / 524288) / 15.09 = 0.089).
  ZipfTable table(2'000'000, 1.0);
  CHECK(table.entries() == 1'016'192);
  Rng rng(11);
  const int64_t draws = 200'000;
  int64_t first = 0, tail = 0;
  uint32_t highest = 0;
  for (int64_t i = 0; i < draws; ++i) {
    const uint32_t rank = table.Draw(rng);
    first += rank == 1;
    tail += rank > 524'288;
    highest = std::max(highest, rank);
  }
  const double h_all = Harmonic(2'000'000, 1.0), h_head = Harmonic(524'288, 1.0);
  CHECK(ShareWithin(static_cast<double>(first) / draws, 1 / h_all, draws));
  CHECK(ShareWithin(static_cast<double>(tail) / draws, 1 - h_head / h_all, draws));
  CHECK(highest <= 2'000'000);
  CHECK(highest > 1'900'000);  // the last runs are reachable
}

// ----------------------------------------------------------------------------------------------
// Time series and sharding
// ----------------------------------------------------------------------------------------------

TEST_CASE("TIME_SERIES keys change exactly at bucket boundaries of the virtual clock", "[engine]") {
  // 1000/s across [59,990, 60,010): ten requests in 00:00 and ten in 00:01 (virtual time 0 is
  // 2026-01-01T00:00:00Z; buckets of 60 s are named to the minute).
  WorkloadGenerator g = Make({{"Keys", {{"Distribution", "TIME_SERIES"}}}});
  std::vector<GeneratedRequest> out;
  g.Generate(59'990, 60'010, &out);
  REQUIRE(out.size() == 20);
  for (const auto& r : out) {
    INFO(r.time_ms);
    CHECK(r.partition_key == (r.time_ms < 60'000 ? "user#2026-01-01T00:00" : "user#2026-01-01T00:01"));
  }

  // Buckets follow the clock, not the workload's start: a workload started at 30 s with 60 s
  // buckets still switches at 60 s.
  WorkloadGenerator late = Make({{"Keys", {{"Distribution", "TIME_SERIES"}, {"Prefix", "evt"}}}}, 1, 30'000);
  out.clear();
  late.Generate(0, 61'000, &out);
  CHECK(out.front().partition_key == "evt#2026-01-01T00:00");
  CHECK(out.back().partition_key == "evt#2026-01-01T00:01");
}

TEST_CASE("Time buckets are named at the precision their length needs", "[engine]") {
  // 2028 is a leap year: 2026 and 2027 have 365 days, so day 730 is 2028-01-01 and day
  // 730 + 31 + 28 = 789 is 2028-02-29.
  const int64_t day = 86'400'000;
  CHECK(TimeBucketName(0, 60) == "2026-01-01T00:00");
  CHECK(TimeBucketName(789 * day, 86400) == "2028-02-29");
  CHECK(TimeBucketName(790 * day, 86400) == "2028-03-01");
  CHECK(TimeBucketName(365 * day, 86400) == "2027-01-01");
  CHECK(TimeBucketName(789 * day + 5 * 3'600'000, 3600) == "2028-02-29T05");
  CHECK(TimeBucketName(330'000, 30) == "2026-01-01T00:05:30");  // 330 s = 5 min 30 s
  CHECK(TimeBucketName(-60'000, 60) == "2025-12-31T23:59");     // before the epoch
  // 400 years later the calendar repeats: 146,097 days after 2026-01-01 is 2426-01-01.
  CHECK(TimeBucketName(146'097 * day, 86400) == "2426-01-01");
}

TEST_CASE("CALCULATED sharding maps a logical key to the product of its code points", "[engine]") {
  // "a#1": 'a' = 97, '#' = 35, '1' = 49; 97 * 35 * 49 = 166,355. Modulo 10 that is 5, so shard 6;
  // modulo 200 (the developer guide's example) 155, so shard 156.
  CHECK(CalculatedShard("a#1", 10) == 6);
  CHECK(CalculatedShard("a#1", 200) == 156);
  // Code points, not bytes: "é" is U+00E9 = 233 (UTF-8 bytes C3 A9), so modulo 1000 shard 234.
  CHECK(CalculatedShard("\xC3\xA9", 1000) == 234);

  WorkloadGenerator g = Make({{"ReadFraction", 0.5}, {"Keys", {{"KeyCount", 1}, {"Prefix", "a"}}},
                              {"Sharding", {{"Mode", "CALCULATED"}, {"Shards", 10}}}});
  for (const auto& r : Run(g, 0, 1000, 10)) CHECK(r.partition_key == "a#1.6");  // reads and writes alike

  // The guide's recipe degenerates when Shards shares a factor with every key: "user" holds
  // 's' = 115 = 5 * 23 and 'r' = 114 = 2 * 57, so every product is a multiple of 10 -> shard 1.
  WorkloadGenerator user10 = Make({{"Sharding", {{"Mode", "CALCULATED"}}}});
  for (const auto& r : Run(user10, 0, 1000, 10)) CHECK(ShardOf(r.partition_key) == 1);

  // With a prime above every code point (199) keys spread; each suffix is the recipe's value,
  // recomputed here byte by byte.
  WorkloadGenerator spread = Make({{"Sharding", {{"Mode", "CALCULATED"}, {"Shards", 199}}}});
  std::set<uint32_t> shards;
  for (const auto& r : Run(spread, 0, 5000, 10)) {
    const std::string logical = r.partition_key.substr(0, r.partition_key.rfind('.'));
    uint64_t product = 1;
    for (unsigned char c : logical) product = product * c % 199;
    CHECK(ShardOf(r.partition_key) == product + 1);
    shards.insert(ShardOf(r.partition_key));
  }
  CHECK(shards.size() > 150);
}

TEST_CASE("RANDOM sharding spreads writes and reads over all shards", "[engine]") {
  // One logical key, 10 shards, 10,000 requests: each shard gets 1000 +- 5 * 30 (sd sqrt(10000 * 0.1 * 0.9)).
  WorkloadGenerator g = Make({{"Rate", {{"RequestsPerSecond", 10'000}}}, {"ReadFraction", 0.5},
                              {"Keys", {{"KeyCount", 1}}}, {"Sharding", {{"Mode", "RANDOM"}}}});
  std::map<uint32_t, int64_t> counts;
  std::set<uint32_t> read_shards;
  for (const auto& r : Run(g, 0, 1000, 10)) {
    REQUIRE(r.partition_key.rfind("user#1.", 0) == 0);
    ++counts[ShardOf(r.partition_key)];
    if (r.is_read) read_shards.insert(ShardOf(r.partition_key));
  }
  REQUIRE(counts.size() == 10);
  CHECK(counts.begin()->first == 1);
  CHECK(counts.rbegin()->first == 10);
  for (const auto& [shard, count] : counts) {
    INFO("shard " << shard);
    CHECK(std::abs(count - 1000) <= 150);
  }
  CHECK(read_shards.size() == 10);
}

TEST_CASE("Default keys fit the small-string buffer", "[engine]") {
  // "user#1000.10" is 12 characters, below libstdc++'s 15.
  WorkloadGenerator g = Make({{"Sharding", {{"Mode", "RANDOM"}}}});
  for (const auto& r : Run(g, 0, 1000, 10)) CHECK(r.partition_key.size() <= 12);
}

TEST_CASE("UniformBelow draws every value below its bound equally often", "[engine]") {
  // 70,000 draws below 7: each value 10,000 times, sd sqrt(70000 * 1/7 * 6/7) = 92.6, so +- 463.
  Rng rng(5);
  std::map<uint32_t, int64_t> counts;
  for (int i = 0; i < 70'000; ++i) ++counts[UniformBelow(rng, 7)];
  REQUIRE(counts.size() == 7);
  CHECK(counts.rbegin()->first == 6);
  for (const auto& [value, count] : counts) CHECK(std::abs(count - 10'000) <= 463);
  // Bounds at both ends: 1 always gives 0; a bound just above 2^31 rejects almost half of the
  // products (2^32 mod (2^31 + 1) = 2^31 - 1) and still never reaches the bound, while the upper
  // half is drawn about as often as the lower.
  CHECK(UniformBelow(rng, 1) == 0);
  const uint32_t big = (1u << 31) + 1;
  int64_t upper = 0;
  for (int i = 0; i < 10'000; ++i) {
    const uint32_t v = UniformBelow(rng, big);
    CHECK(v < big);
    upper += v >= big / 2;
  }
  CHECK(ShareWithin(static_cast<double>(upper) / 10'000, 0.5, 10'000));
}

// ----------------------------------------------------------------------------------------------
// Portable math
// ----------------------------------------------------------------------------------------------

TEST_CASE("Portable math agrees with the C library to about 1e-14", "[engine]") {
  for (double x : {1e-300, 1e-10, 0.1, 0.5, 0.70710678, 1.0, 1.5, 2.0, 10.0, 12345.678, 1e6, 1e300}) {
    INFO(x);
    CHECK(std::abs(PortableLog(x) - std::log(x)) <= 1e-14 * std::max(1.0, std::abs(std::log(x))));
  }
  CHECK(PortableLog(1.0) == 0.0);
  for (double x : {-700.0, -20.0, -1.0, -1e-8, 0.0, 0.3, 1.0, 2.5, 50.0, 700.0}) {
    INFO(x);
    CHECK(std::abs(PortableExp(x) - std::exp(x)) <= 1e-14 * std::exp(x));
  }
  CHECK(PortableExp(0.0) == 1.0);
  CHECK(std::abs(PortablePow(1000.0, -1.1) - std::pow(1000.0, -1.1)) <= 1e-14 * std::pow(1000.0, -1.1));
  const double two_pi = 6.283185307179586;
  for (double f = -1.3; f < 2.0; f += 0.0173) {
    INFO(f);
    CHECK(std::abs(CosOfTurns(f) - std::cos(two_pi * f)) < 1e-14);
    CHECK(std::abs(SinOfTurns(f) - std::sin(two_pi * f)) < 1e-14);
  }
  CHECK(CosOfTurns(0.0) == 1.0);
  CHECK(CosOfTurns(0.5) == -1.0);
  CHECK(SinOfTurns(0.5) == 0.0);
}
