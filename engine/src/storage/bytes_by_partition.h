// The bytes one Query or Scan page read from each partition, in partition order, for its charge
// and for the viz. A page reads in key order, so an item almost always comes from the partition
// of the item before: that entry is tried first, and the rest is a small sorted vector instead of
// a tree node per partition. Each entry also keeps the first key read there (for a Query, where
// in the item collection its read landed).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace ddb {

struct PrimaryKey;  // storage/table.h

class BytesByPartition {
 public:
  struct Entry {
    size_t partition = 0;  // index
    uint64_t bytes = 0;    // read there
    const PrimaryKey* first_key = nullptr;
  };

  void Add(size_t partition, uint64_t bytes, const PrimaryKey* key = nullptr) {
    if (last_ < entries_.size() && entries_[last_].partition == partition) {
      entries_[last_].bytes += bytes;
      return;
    }
    auto it = std::lower_bound(entries_.begin(), entries_.end(), partition,
                               [](const Entry& e, size_t p) { return e.partition < p; });
    if (it == entries_.end() || it->partition != partition) it = entries_.insert(it, Entry{partition, 0, key});
    it->bytes += bytes;
    last_ = static_cast<size_t>(it - entries_.begin());
  }

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  std::vector<Entry> entries_;
  size_t last_ = 0;  // the entry the last Add went to
};

}  // namespace ddb
