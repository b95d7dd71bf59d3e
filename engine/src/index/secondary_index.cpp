#include "index/secondary_index.h"

#include "sim/hash_space.h"

namespace ddb {

bool IndexKeyLess::operator()(const IndexKey& a, const IndexKey& b) const {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (const int c = CompareKeyValues(a.partition, b.partition); c != 0) return c < 0;
  if (a.sort.has_value() != b.sort.has_value()) return !a.sort.has_value();
  if (a.sort) {
    if (const int c = CompareKeyValues(*a.sort, *b.sort); c != 0) return c < 0;
  }
  return PrimaryKeyLess()(a.base, b.base);
}

const IndexEntry* SecondaryIndex::Find(const IndexKey& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

void SecondaryIndex::Put(IndexKey key, IndexEntry entry) {
  const uint64_t hash = key.hash;
  auto [it, inserted] = entries_.try_emplace(std::move(key));
  if (!inserted) entry_bytes_ -= it->second.size;
  if (!partitions_.empty()) {
    Partition& p = partitions_[PartitionIndexFor(hash)];
    if (inserted) ++p.item_count; else p.size_bytes -= it->second.size;
    p.size_bytes += entry.size;
  }
  entry_bytes_ += entry.size;
  it->second = std::move(entry);
}

bool SecondaryIndex::Erase(const IndexKey& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return false;
  if (!partitions_.empty()) {
    Partition& p = partitions_[PartitionIndexFor(key.hash)];
    --p.item_count;
    p.size_bytes -= it->second.size;
  }
  entry_bytes_ -= it->second.size;
  entries_.erase(it);
  return true;
}

void SecondaryIndex::LayOutPartitions(int count) {
  partitions_.clear();
  for (int i = 0; i < count; ++i) {
    Partition p;
    p.id = i;
    p.hash_lo = SliceStart(i, count);
    p.hash_hi = static_cast<uint64_t>(SliceEnd(i, count) - 1);
    p.heat.Reset(p.hash_lo, p.hash_hi);
    partitions_.push_back(p);
  }
  queues_.assign(partitions_.size(), IndexPartitionQueue{});
  next_partition_id_ = count;
}

int SecondaryIndex::PartitionIndexById(int id) const { return PartitionPlace(partitions_, id); }

bool SecondaryIndex::MedianByBytes(size_t partition, uint64_t* split_hash) const {
  const Partition& p = partitions_[partition];
  uint64_t below = 0, previous = 0;
  bool any = false, boundary = false;
  for (auto it = entries_.lower_bound(HashBound{p.hash_lo}); it != entries_.end() && it->first.hash <= p.hash_hi; ++it) {
    const uint64_t hash = it->first.hash;
    if (any && hash != previous) {  // a new index partition-key value starts here: a possible split point
      *split_hash = hash;
      boundary = true;
      if (below >= p.size_bytes / 2) break;
    }
    below += it->second.size;
    previous = hash;
    any = true;
  }
  return boundary;
}

size_t SecondaryIndex::SplitPartition(size_t partition, uint64_t split_hash) {
  const Partition parent = partitions_[partition];
  auto [lower, upper] = SplitChildren(parent, split_hash - 1, split_hash, &next_partition_id_);
  for (auto it = entries_.lower_bound(HashBound{split_hash}); it != entries_.end() && it->first.hash <= parent.hash_hi;
       ++it) {
    ++upper.item_count;
    upper.size_bytes += it->second.size;
  }
  lower.item_count = parent.item_count - upper.item_count;
  lower.size_bytes = parent.size_bytes - upper.size_bytes;

  // Each queued update goes to the child owning its key, keeping its place in line.
  IndexPartitionQueue parent_queue = std::move(queues_[partition]);
  IndexPartitionQueue lower_queue, upper_queue;
  for (PendingIndexUpdate& u : parent_queue.pending) {
    IndexPartitionQueue& q = u.key.hash < split_hash ? lower_queue : upper_queue;
    q.pending_units += static_cast<double>(u.units);
    q.pending.push_back(std::move(u));
  }
  const auto at = static_cast<std::ptrdiff_t>(partition);
  partitions_[partition] = std::move(lower);
  partitions_.insert(partitions_.begin() + at + 1, std::move(upper));
  queues_[partition] = std::move(lower_queue);
  queues_.insert(queues_.begin() + at + 1, std::move(upper_queue));
  return partition;
}

size_t SecondaryIndex::PartitionIndexFor(uint64_t hash) const {
  size_t lo = 0, hi = partitions_.size() - 1;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (partitions_[mid].hash_hi < hash) lo = mid + 1; else hi = mid;
  }
  return lo;
}

uint64_t SecondaryIndex::pending_updates() const {
  uint64_t n = 0;
  for (const IndexPartitionQueue& q : queues_) n += q.pending.size();
  return n;
}

SecondaryIndex* TableIndexes::Find(std::string_view name) {
  for (auto& index : all_) {
    if (index->def().name == name) return index.get();
  }
  return nullptr;
}

const SecondaryIndex* TableIndexes::Find(std::string_view name) const {
  return const_cast<TableIndexes*>(this)->Find(name);
}

bool TableIndexes::has_local() const { return count(IndexKind::kLocal) > 0; }

size_t TableIndexes::count(IndexKind kind) const {
  size_t n = 0;
  for (const auto& index : all_) n += index->def().kind == kind ? 1 : 0;
  return n;
}

uint64_t TableIndexes::collection_bytes(const PrimaryKey& key) const {
  const PrimaryKey collection{key.hash, key.partition, std::nullopt};
  auto it = collections_.find(collection);
  return it == collections_.end() ? 0 : it->second;
}

void TableIndexes::AddCollectionBytes(const PrimaryKey& key, int64_t delta) {
  if (delta == 0) return;
  const PrimaryKey collection{key.hash, key.partition, std::nullopt};
  uint64_t& bytes = collections_[collection];
  bytes = static_cast<uint64_t>(static_cast<int64_t>(bytes) + delta);
  if (bytes == 0) collections_.erase(collection);
}

}  // namespace ddb
