#include "storage/table.h"

#include "index/secondary_index.h"
#include "sim/hash_space.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>
#include <variant>

namespace ddb {

const char* BillingModeName(BillingMode m) {
  return m == BillingMode::kProvisioned ? "PROVISIONED" : "PAY_PER_REQUEST";
}

const char* TableStatusName(TableStatus s) {
  switch (s) {
    case TableStatus::kCreating: return "CREATING";
    case TableStatus::kActive: return "ACTIVE";
    case TableStatus::kUpdating: return "UPDATING";
    case TableStatus::kDeleting: return "DELETING";
  }
  return "ACTIVE";
}

namespace {

const AttributeValue& PartitionOf(const PrimaryKey& k) { return k.partition; }
const AttributeValue& PartitionOf(const PrimaryKeyRef& k) { return *k.partition; }
const AttributeValue* SortOf(const PrimaryKey& k) { return k.sort ? &*k.sort : nullptr; }
const AttributeValue* SortOf(const PrimaryKeyRef& k) { return k.sort; }

// CompareKeyValues with the common case, two strings, inline: a lookup inside an item
// collection compares its partition key (equal, usually S) at every step of the search.
int CompareKeys(const AttributeValue& a, const AttributeValue& b) {
  const std::string* x = std::get_if<std::string>(&a.v);
  const std::string* y = std::get_if<std::string>(&b.v);
  if (x && y) {
    const int c = x->compare(*y);
    return (c > 0) - (c < 0);
  }
  return CompareKeyValues(a, b);
}

// Hash, then partition key, then sort key (absent before present).
template <typename A, typename B>
bool KeyLess(const A& a, const B& b) {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (const int c = CompareKeys(PartitionOf(a), PartitionOf(b)); c != 0) return c < 0;
  const AttributeValue* sa = SortOf(a);
  const AttributeValue* sb = SortOf(b);
  if (!sa || !sb) return !sa && sb;
  return CompareKeys(*sa, *sb) < 0;
}

template <typename K>
bool SameKey(const PrimaryKey& stored, const K& k) {
  if (stored.hash != k.hash || CompareKeys(stored.partition, PartitionOf(k)) != 0) return false;
  const AttributeValue* sort = SortOf(k);
  if (!stored.sort || !sort) return !stored.sort && !sort;
  return CompareKeys(*stored.sort, *sort) == 0;
}

}  // namespace

bool PrimaryKeyLess::operator()(const PrimaryKey& a, const PrimaryKey& b) const { return KeyLess(a, b); }
bool PrimaryKeyLess::operator()(const PrimaryKey& a, const PrimaryKeyRef& b) const { return KeyLess(a, b); }
bool PrimaryKeyLess::operator()(const PrimaryKeyRef& a, const PrimaryKey& b) const { return KeyLess(a, b); }
bool PrimaryKeyLess::SameGroup(const PrimaryKey& a, const PrimaryKey& b) {
  return CompareKeys(a.partition, b.partition) == 0;
}

bool PrimaryKeyLess::Same(const PrimaryKey& stored, const PrimaryKey& k) { return SameKey(stored, k); }
bool PrimaryKeyLess::Same(const PrimaryKey& stored, const PrimaryKeyRef& k) { return SameKey(stored, k); }

uint64_t PrimaryKeyLess::MixSortHash(uint64_t hash, const AttributeValue& sort) {
  return FoldHash(hash, KeyValueHash(sort));
}

Table::Table(TableDefinition def, int initial_partitions) : def_(std::move(def)) {
  if (initial_partitions < 1) initial_partitions = 1;
  // Equal slices of the 2^64 hash space: partition i owns [i * 2^64 / n, (i+1) * 2^64 / n).
  for (int i = 0; i < initial_partitions; ++i) {
    Partition p;
    p.id = i;
    p.hash_lo = SliceStart(i, initial_partitions);
    p.hash_hi = static_cast<uint64_t>(SliceEnd(i, initial_partitions) - 1);
    partitions_.push_back(p);
  }
  next_partition_id_ = initial_partitions;
  RebuildPartitionLookup();
}

Table::~Table() = default;

void Table::set_indexes(std::unique_ptr<TableIndexes> indexes) { indexes_ = std::move(indexes); }

void Table::RefreshReportedCounters() {
  reported_items_ = item_count();
  reported_bytes_ = size_bytes_;
  if (indexes_) {
    for (auto& index : indexes_->all()) index->RefreshReportedCounters();
  }
}

int PartitionPlace(const std::vector<Partition>& parts, int id) {
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Table::PartitionIndexById(int id) const { return PartitionPlace(partitions_, id); }

bool Table::MaySplitCollections() const { return def_.range_key && !(indexes_ && indexes_->has_local()); }

Table::ItemMap::const_iterator Table::PartitionBegin(size_t index) const {
  if (index >= partitions_.size()) return items_.end();
  const Partition& p = partitions_[index];
  return p.first_key ? items_.lower_bound(*p.first_key) : items_.lower_bound(HashBound{p.hash_lo});
}

std::pair<Table::ItemMap::const_iterator, Table::ItemMap::const_iterator> Table::ItemsOf(size_t index) const {
  return {PartitionBegin(index), PartitionBegin(index + 1)};
}

bool Table::Divides(size_t index, const SplitPoint& at) const {
  if (index >= partitions_.size() || (at.key && at.key->hash != at.hash)) return false;
  const Partition& p = partitions_[index];
  if (at.hash < p.hash_lo || at.hash > p.hash_hi) return false;
  const PrimaryKeyLess less;
  // After the partition's first key (a bare hash is the first key of that hash)...
  if (at.hash == p.hash_lo && !(at.key && (!p.first_key || less(*p.first_key, *at.key)))) return false;
  // ...and before the next partition's.
  if (at.hash == p.hash_hi && at.key && index + 1 < partitions_.size()) {
    const Partition& next = partitions_[index + 1];
    if (next.first_key && !less(*at.key, *next.first_key)) return false;
  }
  return true;
}

std::pair<Partition, Partition> SplitChildren(const Partition& parent, uint64_t lower_hi, uint64_t upper_lo, int* next_id) {
  Partition lower, upper;
  lower.id = (*next_id)++;
  upper.id = (*next_id)++;
  lower.parent = upper.parent = parent.id;
  lower.hash_lo = parent.hash_lo;
  lower.hash_hi = lower_hi;
  upper.hash_lo = upper_lo;
  upper.hash_hi = parent.hash_hi;
  parent.read.SplitInto(&lower.read, &upper.read);
  parent.write.SplitInto(&lower.write, &upper.write);
  lower.heat.Reset(lower.hash_lo, lower.hash_hi);
  upper.heat.Reset(upper.hash_lo, upper.hash_hi);
  return {std::move(lower), std::move(upper)};
}

size_t Table::SplitPartition(size_t index, const SplitPoint& at) {
  const auto last = PartitionBegin(index + 1);  // the first item past the parent
  const Partition parent = partitions_[index];
  // Inside an item collection both children hold part of the hash at.hash.
  auto [lower, upper] = SplitChildren(parent, at.key ? at.hash : at.hash - 1, at.hash, &next_partition_id_);
  lower.first_key = parent.first_key;
  upper.first_key = at.key;
  auto it = at.key ? items_.lower_bound(*at.key) : items_.lower_bound(HashBound{at.hash});
  for (; it != last; ++it) {
    ++upper.item_count;
    upper.size_bytes += it->second.size;
  }
  lower.item_count = parent.item_count - upper.item_count;
  lower.size_bytes = parent.size_bytes - upper.size_bytes;
  partitions_[index] = lower;
  partitions_.insert(partitions_.begin() + static_cast<std::ptrdiff_t>(index) + 1, upper);
  RebuildPartitionLookup();
  return index;
}

bool Table::MedianByBytes(size_t index, SplitPoint* at) const {
  const Partition& p = partitions_[index];
  const auto [first, last] = ItemsOf(index);
  // Between item collections: the first collection boundary with at least half the bytes below.
  uint64_t below = 0, previous = 0;
  bool any = false, boundary = false;
  for (auto it = first; it != last; ++it) {
    const uint64_t hash = it->first.hash;
    if (any && hash != previous) {  // a new item collection starts here: a possible split point
      *at = SplitPoint{hash, {}};
      boundary = true;
      if (below >= p.size_bytes / 2) break;
    }
    below += it->second.size;
    previous = hash;
    any = true;
  }
  if (boundary) return true;
  // One item collection: at the item where half its bytes lie below, if that leaves one above.
  if (!any || !MaySplitCollections()) return false;
  below = 0;
  for (auto it = first; it != last; ++it) {
    if (below > 0 && below >= p.size_bytes / 2) {
      *at = SplitPoint{it->first.hash, it->first};
      return true;
    }
    below += it->second.size;
  }
  return false;
}

template <typename K>
size_t Table::PartitionIndexForKey(const K& key) const {
  size_t i = PartitionIndexFor(key.hash);
  // After a split inside an item collection, the partitions that follow may begin within it.
  if (sort_key_splits_) {
    while (i + 1 < partitions_.size() && partitions_[i + 1].hash_lo == key.hash && partitions_[i + 1].first_key &&
           !PrimaryKeyLess()(key, *partitions_[i + 1].first_key)) {
      ++i;
    }
  }
  return i;
}

size_t Table::PartitionIndexFor(const PrimaryKey& key) const { return PartitionIndexForKey(key); }
size_t Table::PartitionIndexFor(const PrimaryKeyRef& key) const { return PartitionIndexForKey(key); }

size_t Table::PartitionIndexFor(uint64_t hash) const {
  // Every request asks (admission, storage, its event). The bucket's first partition is at most
  // a few short of the answer: there are four buckets per partition, up to 4096 of them.
  size_t i = first_in_bucket_[static_cast<size_t>(hash >> (64 - bucket_bits_))];
  while (i < upper_bounds_.size() && upper_bounds_[i] < hash) ++i;
  return i;
}

void Table::RebuildPartitionLookup() {
  sort_key_splits_ = false;
  for (const Partition& p : partitions_) sort_key_splits_ |= p.first_key.has_value();
  upper_bounds_.clear();
  for (const Partition& p : partitions_) upper_bounds_.push_back(p.hash_hi);
  bucket_bits_ = 2;  // at least 2, so the shift above stays below 64
  while (bucket_bits_ < 12 && (size_t{1} << bucket_bits_) < 4 * partitions_.size()) ++bucket_bits_;
  first_in_bucket_.assign(size_t{1} << bucket_bits_, 0);
  size_t i = 0;
  for (size_t b = 0; b < first_in_bucket_.size(); ++b) {
    const uint64_t first_hash = static_cast<uint64_t>(b) << (64 - bucket_bits_);
    while (i < upper_bounds_.size() && upper_bounds_[i] < first_hash) ++i;
    first_in_bucket_[b] = static_cast<uint32_t>(i);
  }
}

const StoredItem* Table::Find(const PrimaryKey& key) const { return items_.FindValue(key); }
const StoredItem* Table::Find(const PrimaryKeyRef& key) const { return items_.FindValue(key); }

void Table::Put(PrimaryKey&& key, Item&& item, uint64_t size) {
  Partition& part = partitions_[PartitionIndexFor(key)];
  auto [stored, inserted] = items_.Upsert(std::move(key));
  if (inserted) {
    ++part.item_count;
  } else {
    part.size_bytes -= stored->size;
    size_bytes_ -= stored->size;
  }
  stored->item = std::move(item);
  stored->size = size;
  part.size_bytes += size;
  size_bytes_ += size;
}

bool Table::Erase(const PrimaryKey& key) {
  auto it = items_.find(key);
  if (it == items_.end()) return false;
  Partition& part = partitions_[PartitionIndexFor(key)];
  --part.item_count;
  part.size_bytes -= it->second.size;
  size_bytes_ -= it->second.size;
  items_.erase(it);
  return true;
}

}  // namespace ddb
