#include "index/index_read.h"

#include "api/keys.h"
#include "capacity/admission.h"
#include "capacity/units.h"
#include "ddb/engine.h"
#include "index/index_stale_read.h"
#include "sim/hash_space.h"
#include "storage/bytes_by_partition.h"

#include <algorithm>
#include <map>

namespace ddb {
namespace {

constexpr uint64_t kPageBytes = 1024 * 1024;

ApiError InvalidStart() { return ApiError::Validation("The provided starting key is invalid"); }

Item EntryKeyAttributes(const TableDefinition& table, const IndexDefinition& index, const Item& item) {
  Item key = KeyAttributes(table, item);
  for (const KeyElement* k : {&index.hash_key, index.range_key ? &*index.range_key : nullptr}) {
    if (!k) continue;
    if (auto it = item.find(k->name); it != item.end()) key.emplace(it->first, it->second);
  }
  return key;
}

struct RawPage {
  std::vector<const IndexEntry*> entries;
  std::vector<const IndexKey*> keys;
  int64_t scanned = 0;
  uint64_t bytes_read = 0;
  BytesByPartition bytes_by_partition;  // GSI partitions
  std::optional<Item> last_evaluated;
};

template <typename It, typename Classify>
RawPage ReadEntries(const IndexReadRequest& r, It it, It end, Classify classify) {
  RawPage page;
  const SecondaryIndex& index = *r.index;
  for (; it != end; ++it) {
    const int c = classify(it->first);
    if (c == 2) break;
    if (c == 1) continue;
    ++page.scanned;
    page.bytes_read += it->second.size;
    if (index.global()) page.bytes_by_partition.Add(index.PartitionIndexFor(it->first.hash), it->second.size);
    page.entries.push_back(&it->second);
    page.keys.push_back(&it->first);
    if ((r.limit && page.scanned >= r.limit) || page.bytes_read >= kPageBytes) {
      page.last_evaluated = EntryKeyAttributes(r.table->def(), index.def(), it->second.item);
      break;
    }
  }
  return page;
}

std::string ReadReason(bool on_demand, AdmitResult why) {
  return why == AdmitResult::kOverProvisioned && !on_demand ? "IndexReadProvisionedThroughputExceeded"
                                                            : "IndexReadKeyRangeThroughputExceeded";
}

// Charges a GSI page to the index's partitions (all or nothing), in proportion to the bytes each
// served, like a table page. A Query names one index partition-key value (`first_hash` is its
// hash): its units count as that key's heat, for a split of the index partition.
Status ChargeGlobalRead(EngineState& s, Table& t, SecondaryIndex& index, const RawPage& page, int64_t half_units,
                        uint64_t first_hash, bool one_key) {
  std::vector<std::pair<size_t, int64_t>> shares;
  int64_t given = 0;
  uint64_t cumulative = 0;
  for (const auto& entry : page.bytes_by_partition) {
    cumulative += entry.bytes;
    const int64_t upto = static_cast<int64_t>(static_cast<u128>(half_units) * cumulative / page.bytes_read);
    shares.emplace_back(entry.partition, upto - given);
    given = upto;
  }
  if (shares.empty()) shares.emplace_back(index.PartitionIndexFor(first_hash), half_units);
  const int64_t now = s.now_ms();
  const bool on_demand = t.def().billing == BillingMode::kPayPerRequest;
  for (const auto& [pi, half] : shares) {
    Partition& p = index.partitions()[pi];
    const AdmitResult why = p.read.Check(now, static_cast<double>(half) / 2.0);
    if (why == AdmitResult::kAdmitted) continue;
    p.read.RecordThrottle(static_cast<double>(half) / 2.0);
    const std::string reason = ReadReason(on_demand, why);
    s.EmitForIndex(EventKind::kThrottled, t.def().name, index.def().name, p.id, first_hash, half, 0,
                   reason + ": index " + index.def().name + " partition " + std::to_string(p.id));
    ApiError e;
    e.type = on_demand ? ErrorType::kThrottling : ErrorType::kProvisionedThroughputExceeded;
    e.message = on_demand ? "Throughput exceeds the current capacity of your table or index. DynamoDB is automatically "
                            "scaling your table or index so please try again shortly. If exceptions persist, check if "
                            "you have a hot key"
                          : "The level of configured provisioned throughput for one or more global secondary indexes "
                            "of the table was exceeded. Consider increasing your provisioning level for the "
                            "under-provisioned global secondary indexes with the UpdateTable API";
    e.extra = {{"ThrottlingReasons", {{{"reason", reason}, {"resource", index.def().arn}}}}};
    return e;
  }
  for (const auto& [pi, half] : shares) {
    Partition& p = index.partitions()[pi];
    p.read.Consume(now, static_cast<double>(half) / 2.0);
    if (one_key) p.heat.Record(first_hash, static_cast<double>(half) / 2.0);
    s.EmitForIndex(EventKind::kItemRead, t.def().name, index.def().name, p.id, first_hash, half, 0, index.def().name);
  }
  return OkStatus();
}

// Charges the page, filters it and builds the result.
Result<IndexPage> Finish(EngineState& s, const IndexReadRequest& r, RawPage raw, uint64_t first_hash, bool one_key) {
  Table& t = *r.table;
  SecondaryIndex& index = *r.index;
  const int64_t index_half = ReadHalfUnits(raw.bytes_read, r.consistent);
  int64_t fetch_half = 0;
  std::vector<const Item*> full;
  if (r.fetch_from_table) {
    for (const IndexKey* key : raw.keys) {
      const StoredItem* stored = t.Find(key->base);
      full.push_back(stored ? &stored->item : nullptr);
      if (stored) fetch_half += ReadHalfUnits(stored->size, r.consistent);
    }
  }
  if (index.global()) {
    DDB_TRY(ChargeGlobalRead(s, t, index, raw, index_half, first_hash, one_key));
  } else {
    const int64_t half = index_half + fetch_half;
    DDB_TRY(ChargeOne(s, t, Direction::kRead, first_hash, static_cast<double>(half) / 2.0));
    s.Emit(EventKind::kItemRead, t.def().name, t.partitions()[t.PartitionIndexFor(first_hash)].id, first_hash, half, 0,
           index.def().name);
  }
  IndexCharges& c = s.index_charges;
  c.Clear();
  c.used = true;
  c.table_read_half_units = fetch_half;
  c.Add({index.def().name, index.global(), index_half, 0});

  IndexPage page;
  page.scanned = raw.scanned;
  page.last_evaluated = std::move(raw.last_evaluated);
  page.consumed = Consumed{index_half + fetch_half, 0};
  for (size_t i = 0; i < raw.entries.size(); ++i) {
    const Item* item = r.fetch_from_table ? full[i] : &raw.entries[i]->item;
    if (!item) item = &raw.entries[i]->item;  // (the item is gone from the table: what the index has)
    if (r.filter && !Evaluate(*r.filter, *item)) continue;
    ++page.count;
    page.items.push_back(item);
  }
  return page;
}

}  // namespace

Result<IndexKey> ResolveIndexStartKey(const Table& t, const SecondaryIndex& index, const Item& start) {
  const TableDefinition& table = t.def();
  const IndexDefinition& d = index.def();
  size_t expected = 0;
  std::vector<const KeyElement*> keys{&table.hash_key};
  if (table.range_key) keys.push_back(&*table.range_key);
  keys.push_back(&d.hash_key);
  if (d.range_key) keys.push_back(&*d.range_key);
  std::vector<std::string> names;
  for (const KeyElement* k : keys) {
    if (std::find(names.begin(), names.end(), k->name) != names.end()) continue;
    names.push_back(k->name);
    auto it = start.find(k->name);
    if (it == start.end()) return InvalidStart();
    if (it->second.type() != k->type) return ApiError::Validation("The provided key element does not match the schema");
    ++expected;
  }
  if (start.size() != expected) return InvalidStart();
  auto base = KeyFromItem(table, start);
  if (!base.ok()) return InvalidStart();
  IndexKey key;
  key.base = base.value();
  key.partition = start.at(d.hash_key.name);
  key.hash = d.global() ? Engine::HashKey(key.partition) : key.base.hash;
  if (d.range_key) key.sort = start.at(d.range_key->name);
  return key;
}

Result<IndexPage> QueryIndex(EngineState& s, const IndexReadRequest& r, const KeyCondition& kc, bool forward) {
  const SecondaryIndex& index = *r.index;
  const uint64_t hash = Engine::HashKey(kc.partition_value);
  auto same = [&](const IndexKey& k) { return k.hash == hash && k.partition == kc.partition_value; };
  if (r.start && !same(*r.start)) {
    return ApiError::Validation("The provided starting key is outside query boundaries based on provided conditions");
  }
  auto classify = [&](const IndexKey& k) {
    if (!same(k)) return 2;
    if (kc.sort && k.sort && !kc.sort->Matches(*k.sort)) return 1;
    return 0;
  };
  const IndexEntries& entries = index.entries();
  // The first possible key of this partition-key value: no sort key and the smallest base key.
  const IndexKey first{hash, kc.partition_value, std::nullopt, PrimaryKey{0, kc.partition_value, std::nullopt}};
  auto lower = entries.lower_bound(first);
  RawPage raw;
  if (forward) {
    auto begin = r.start ? entries.upper_bound(*r.start) : lower;
    raw = ReadEntries(r, begin, entries.end(), classify);
  } else {
    auto upper = r.start ? entries.lower_bound(*r.start) : lower;
    if (!r.start) {
      while (upper != entries.end() && same(upper->first)) ++upper;
    }
    raw = ReadEntries(r, std::make_reverse_iterator(upper), entries.rend(), classify);
  }
  auto page = Finish(s, r, std::move(raw), hash, /*one_key=*/true);
  if (page.ok() && index.global()) {
    const int partition = index.partitions()[index.PartitionIndexFor(hash)].id;
    EmitStaleRead(s, *r.table, index, "Query", PendingUpdatesForKey(index, hash, kc.partition_value), partition, hash);
  }
  return page;
}

Result<IndexPage> ScanIndex(EngineState& s, const IndexReadRequest& r, int64_t segment, int64_t total_segments) {
  const uint64_t lo = SliceStart(segment, total_segments);
  const u128 hi_excl = SliceEnd(segment, total_segments);
  if (r.start && (r.start->hash < lo || static_cast<u128>(r.start->hash) >= hi_excl)) {
    return ApiError::Validation("The provided Exclusive start key does not map to the provided Segment: " +
                                std::to_string(segment));
  }
  const IndexEntries& entries = r.index->entries();
  auto begin = r.start ? entries.upper_bound(*r.start) : entries.lower_bound(HashBound{lo});
  auto classify = [&](const IndexKey& k) { return static_cast<u128>(k.hash) >= hi_excl ? 2 : 0; };
  RawPage raw = ReadEntries(r, begin, entries.end(), classify);
  auto page = Finish(s, r, std::move(raw), r.start ? r.start->hash : lo, /*one_key=*/false);
  if (page.ok() && r.index->global())
    EmitStaleRead(s, *r.table, *r.index, "Scan",
                  PendingUpdatesInRange(*r.index, lo, static_cast<uint64_t>(hi_excl - 1)), -1, lo);
  return page;
}

}  // namespace ddb
