// An ordered map for keys that sort by a 64-bit hash first: a table's items (ordered by
// partition-key hash, partition key, sort key) and an index's entries. It keeps std::map's order
// and interface, with a layout that touches far less memory per lookup:
//
//  - entries live in slabs that never move (storage/slot_slabs.h), so a pointer or reference to
//    an entry stays valid until that entry is erased;
//  - the order is a list of chunks of (hash, slot) references. A search finds the chunk among the
//    chunks' last references, then the place in that chunk, comparing contiguous hashes; both
//    searches start where interpolating the hash puts them. It reads an entry's key only when
//    hashes tie (the items of one item collection).
//
// A std::map lookup in a table of 100k items follows about 17 pointers to nodes scattered over
// the heap; here it reads two small arrays and one entry. The price: any insert or erase
// invalidates iterators (not references), so nothing may hold an iterator across a change.
//
// Keys that tie on the hash (an item collection) are told apart by a 32-bit prefix of what
// follows, when Less offers one (Prefix(key), ordered like the keys wherever prefixes differ,
// and SameGroup(a, b): whether a and b share everything before the part the prefix summarises,
// e.g. the partition key). References carry the prefix, so a search inside a collection reads
// entries only where prefixes tie. Should two groups ever share a hash (a 64-bit collision),
// prefixes no longer order the tie and the map compares entries from then on.
//
// A write looks its key up (for the condition and the old image) and then inserts or erases it;
// the map remembers where the last key search ended (the finger) and the next search for a key
// first checks whether the finger is already its answer, so the write searches once.
//
// When Less also hashes whole keys (PointHash(key) and Same(stored, key)), a point index
// (storage/point_index.h) maps that hash to the entry's slot: FindValue and Upsert, which need an
// entry rather than a place in the order, then read one bucket and one entry. Every item read
// and write asks for exactly that, and in an item collection the ordered search would compare
// keys at each step inside the collection.
//
// With a point index, a new key that Upsert stores also waits for its place in the order: its
// reference joins an unsorted pending run, and the first reader of the order (an iterator, a
// bound, find, an erase, an ordered insert) settles the run into it (see Settle). Point lookups
// never need that place, and settling many references at once (sort, then merge chunk by chunk)
// costs far less than searching and shifting a chunk for each: a table being loaded pays for its
// order once, when a Query, Scan, split or view first reads it. Readers of a const map may
// therefore settle it, so the members that hold the order are mutable.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "storage/point_index.h"
#include "storage/search_near.h"
#include "storage/slot_slabs.h"

namespace ddb {

// A probe for "the first key whose hash is >= hash" (lower_bound by hash alone).
struct HashBound {
  uint64_t hash;
};

// Key: has a `uint64_t hash` member. Less: a strict weak order on Key that orders by hash first,
// with transparent overloads for HashBound (comparing hashes only).
template <typename Key, typename Value, typename Less>
class HashOrderedMap {
 public:
  using key_type = Key;
  using mapped_type = Value;
  using value_type = std::pair<const Key, Value>;
  using size_type = size_t;

 private:
  struct Ref {
    uint64_t hash;
    uint32_t slot;
    uint32_t prefix;  // Less::Prefix of the entry's key (0 without one); fills what was padding
  };
  // Whether Less summarises probe type K with a prefix (Key and key views; not HashBound).
  template <typename K>
  static constexpr bool kPrefixed = requires(const Less& less, const K& k, const Key& a) {
    { less.Prefix(k) } -> std::convertible_to<uint32_t>;
    { less.SameGroup(a, a) } -> std::convertible_to<bool>;
  };
  // Whether Less hashes whole keys of probe type K for the point index (Key and key views).
  template <typename K>
  static constexpr bool kPointHashed = requires(const Less& less, const K& k, const Key& stored) {
    { less.PointHash(k) } -> std::convertible_to<uint64_t>;
    { less.Same(stored, k) } -> std::convertible_to<bool>;
  };
  static constexpr bool kPointIndexed = kPointHashed<Key>;
  using Chunk = std::vector<Ref>;
  // Chunks split beyond this many references: small enough that an insert into a chunk cold in
  // the cache shifts a few lines of it (an insert shifted 19 lines of a 256-reference chunk on
  // average), large enough that the top-level search stays short (a million items make about
  // 20,000 chunks, and that search starts from an interpolated guess).
  static constexpr size_t kChunkMax = 64;
  // A chunk that a merge overfills splits into chunks this full, leaving room for later inserts.
  static constexpr size_t kChunkFill = kChunkMax * 3 / 4;
  // Pending references are settled one by one (a search each) while there are fewer than one per
  // this many chunks; from there on one merging pass over the whole order is cheaper.
  static constexpr size_t kChunksPerSingleInsert = 32;
  using Slot = std::optional<value_type>;

  template <bool kConst>
  class Iter {
   public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = HashOrderedMap::value_type;
    using difference_type = std::ptrdiff_t;
    using pointer = std::conditional_t<kConst, const value_type*, value_type*>;
    using reference = std::conditional_t<kConst, const value_type&, value_type&>;

    Iter() = default;
    // iterator -> const_iterator (a template, so never a copy constructor).
    template <bool kOther>
      requires(kConst && !kOther)
    Iter(const Iter<kOther>& o) : map_(o.map_), chunk_(o.chunk_), pos_(o.pos_) {}  // NOLINT: implicit

    reference operator*() const { return map_->EntryAt(map_->chunks_[chunk_][pos_].slot); }
    pointer operator->() const { return &**this; }
    Iter& operator++() {
      if (++pos_ == map_->chunks_[chunk_].size()) {
        ++chunk_;
        pos_ = 0;
      }
      return *this;
    }
    Iter operator++(int) {
      Iter before = *this;
      ++*this;
      return before;
    }
    Iter& operator--() {
      if (pos_ == 0) {
        --chunk_;
        pos_ = map_->chunks_[chunk_].size() - 1;
      } else {
        --pos_;
      }
      return *this;
    }
    Iter operator--(int) {
      Iter before = *this;
      --*this;
      return before;
    }
    friend bool operator==(const Iter& a, const Iter& b) { return a.chunk_ == b.chunk_ && a.pos_ == b.pos_; }

   private:
    friend class HashOrderedMap;
    template <bool>
    friend class Iter;
    using MapPtr = std::conditional_t<kConst, const HashOrderedMap*, HashOrderedMap*>;
    Iter(MapPtr map, size_t chunk, size_t pos) : map_(map), chunk_(chunk), pos_(pos) {}

    MapPtr map_ = nullptr;
    size_t chunk_ = 0, pos_ = 0;  // end(): chunk_ == number of chunks, pos_ == 0
  };

 public:
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  HashOrderedMap() = default;
  HashOrderedMap(HashOrderedMap&&) noexcept = default;
  HashOrderedMap& operator=(HashOrderedMap&&) noexcept = default;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  iterator begin() {
    Settle();
    return {this, 0, 0};
  }
  iterator end() {
    Settle();
    return {this, chunks_.size(), 0};
  }
  const_iterator begin() const {
    Settle();
    return {this, 0, 0};
  }
  const_iterator end() const {
    Settle();
    return {this, chunks_.size(), 0};
  }
  reverse_iterator rbegin() { return reverse_iterator(end()); }
  reverse_iterator rend() { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

  // K: Key or HashBound.
  template <typename K>
  iterator lower_bound(const K& key) {
    Settle();
    const Probe<K> probe = MakeProbe(key);
    return At(FirstWhere([&](const Ref& r) { return !RefLess(r, probe); }, probe.hash));
  }
  template <typename K>
  const_iterator lower_bound(const K& key) const {
    return const_cast<HashOrderedMap*>(this)->lower_bound(key);
  }
  template <typename K>
  iterator upper_bound(const K& key) {
    Settle();
    const Probe<K> probe = MakeProbe(key);
    return At(FirstWhere([&](const Ref& r) { return LessRef(probe, r); }, probe.hash));
  }
  template <typename K>
  const_iterator upper_bound(const K& key) const {
    return const_cast<HashOrderedMap*>(this)->upper_bound(key);
  }

  iterator find(const Key& key) { return find<Key>(key); }
  const_iterator find(const Key& key) const { return const_cast<HashOrderedMap*>(this)->find<Key>(key); }
  // K: any type with a `hash` member that Less compares with Key (a key view).
  template <typename K>
  iterator find(const K& key) {
    Settle();
    const Probe<K> probe = MakeProbe(key);
    const Position at = Locate(probe);
    return HoldsKey(at, probe) ? At(at) : end();
  }
  template <typename K>
  const_iterator find(const K& key) const {
    return const_cast<HashOrderedMap*>(this)->find<K>(key);
  }

  // The value stored under `key`, nullptr when none: through the point index where there is
  // one, else find().
  template <typename K>
  const Value* FindValue(const K& key) const {
    if constexpr (kPointIndexed && kPointHashed<K>) {
      const uint32_t slot = SlotByPointHash(less_.PointHash(key), key);
      return slot == PointIndex::kNone ? nullptr : &EntryAt(slot).second;
    } else {
      const auto it = find(key);
      return it == end() ? nullptr : &it->second;
    }
  }
  template <typename K>
  Value* FindValue(const K& key) {
    return const_cast<Value*>(std::as_const(*this).FindValue(key));
  }

  // try_emplace for a caller that needs only the value: a key already present is found through
  // the point index, and a new key waits in the pending run for its place in the order; neither
  // searches the order. Returns the value and whether it is new.
  std::pair<Value*, bool> Upsert(Key&& key) {
    const uint64_t point_hash = PointHashOf(key);
    if constexpr (kPointIndexed) {
      const uint32_t found = SlotByPointHash(point_hash, key);
      if (found != PointIndex::kNone) return {&EntryAt(found).second, false};
      const Probe<Key> probe = MakeProbe<Key>(key);
      Ref ref{probe.hash, 0, probe.prefix};  // before the key moves: `probe` refers to it
      ref.slot = NewSlot(std::move(key));
      point_.Insert(point_hash, ref.slot);
      pending_.push_back(ref);
      ++size_;
      return {&EntryAt(ref.slot).second, true};
    } else {
      auto [it, inserted] = Emplace(std::move(key), point_hash);
      return {&it->second, inserted};
    }
  }

  // Inserts (key, Value()) unless the key is present; returns the entry and whether it is new.
  // An rvalue key is moved into a new entry (a write's key becomes the stored key, uncopied).
  std::pair<iterator, bool> try_emplace(const Key& key) { return Emplace(key, PointHashOf(key)); }
  std::pair<iterator, bool> try_emplace(Key&& key) {
    const uint64_t point_hash = PointHashOf(key);
    return Emplace(std::move(key), point_hash);
  }

  // Removes the entry; returns the one after it. `it` comes from a settled order (any iterator
  // does: the calls that make one settle it first, and Upsert invalidates iterators).
  iterator erase(iterator it) {
    Chunk& chunk = chunks_[it.chunk_];
    const uint32_t slot = chunk[it.pos_].slot;
    if constexpr (kPointIndexed) point_.Erase(less_.PointHash(EntryAt(slot).first), slot);
    FreeSlot(slot);
    chunk.erase(chunk.begin() + static_cast<std::ptrdiff_t>(it.pos_));
    --size_;
    if (chunk.empty()) {
      chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(it.chunk_));
      last_.erase(last_.begin() + static_cast<std::ptrdiff_t>(it.chunk_));
      return {this, it.chunk_, 0};
    }
    last_[it.chunk_] = chunk.back();
    if (it.pos_ == chunk.size()) return {this, it.chunk_ + 1, 0};
    return it;
  }
  size_t erase(const Key& key) {
    iterator it = find(key);
    if (it == end()) return 0;
    erase(it);
    return 1;
  }

  void clear() { *this = HashOrderedMap(); }

 private:
  struct Position {
    size_t chunk, pos;
  };

  // A search key with what every comparison on the way needs, computed once: its hash and, when
  // Less offers one, its prefix (summarising a number costs more than comparing two hashes).
  template <typename K>
  struct Probe {
    const K& key;
    uint64_t hash;
    uint32_t prefix;
  };
  template <typename K>
  Probe<K> MakeProbe(const K& key) const {
    uint32_t prefix = 0;
    if constexpr (kPrefixed<K>) prefix = less_.Prefix(key);
    return {key, key.hash, prefix};
  }

  // The point index's hash of `key`; 0 without a point index.
  uint64_t PointHashOf(const Key& key) const {
    if constexpr (kPointIndexed) return less_.PointHash(key);
    return 0;
  }
  // The slot holding `key`, found through the point index; PointIndex::kNone when none does.
  template <typename K>
  uint32_t SlotByPointHash(uint64_t point_hash, const K& key) const {
    return point_.Find(point_hash, [&](uint32_t at) { return less_.Same(EntryAt(at).first, key); });
  }

  value_type& EntryAt(uint32_t slot) { return *slots_[slot]; }
  const value_type& EntryAt(uint32_t slot) const { return *slots_[slot]; }

  // entry(r) < key, comparing hashes and reading the entry only on a tie.
  // On a tie, differing prefixes answer without reading the entry either.
  template <typename K>
  bool RefLess(const Ref& r, const Probe<K>& probe) const {
    if (r.hash != probe.hash) return r.hash < probe.hash;
    if (const int c = PrefixOrder(r, probe)) return c < 0;
    return less_(EntryAt(r.slot).first, probe.key);
  }
  // key < entry(r).
  template <typename K>
  bool LessRef(const Probe<K>& probe, const Ref& r) const {
    if (r.hash != probe.hash) return probe.hash < r.hash;
    if (const int c = PrefixOrder(r, probe)) return c > 0;
    return less_(probe.key, EntryAt(r.slot).first);
  }
  // For a reference whose hash ties with key's: <0 or >0 when the prefixes order entry(r) and
  // key, 0 when only the entry can tell.
  template <typename K>
  int PrefixOrder(const Ref& r, const Probe<K>& probe) const {
    if constexpr (kPrefixed<K>) {
      if (!mixed_groups_ && r.prefix != probe.prefix) return r.prefix < probe.prefix ? -1 : 1;
    }
    return 0;
  }

  // The first reference for which `pred` holds; pred is false then true along the order, and
  // `hash` is the probe's hash, from which both searches start (see search_near.h): hashes are
  // spread evenly, so the chunk holding a hash and its place in the chunk are guessed by
  // interpolation, and the search inside a chunk that is cold in the cache reads a line or two
  // around the guess.
  template <typename Pred>
  Position FirstWhere(Pred pred, uint64_t hash) const {
    // The first chunk whose last reference satisfies pred holds the answer.
    const size_t n = last_.size();
    const auto top = PartitionPointNear(last_.begin(), last_.end(),
                                        last_.begin() + static_cast<std::ptrdiff_t>(InterpolateHash(hash, 0, UINT64_MAX, n)), pred);
    const size_t c = static_cast<size_t>(top - last_.begin());
    if (c == n) return {c, 0};
    const Chunk& refs = chunks_[c];
    const uint64_t lo = c > 0 ? last_[c - 1].hash : 0;  // every hash in chunk c lies in [lo, last_[c].hash]
    const size_t guess = InterpolateHash(hash, lo, last_[c].hash, refs.size());
    const auto it = PartitionPointNear(refs.begin(), refs.end(), refs.begin() + static_cast<std::ptrdiff_t>(guess), pred);
    return {c, static_cast<size_t>(it - refs.begin())};
  }

  iterator At(Position p) { return {this, p.chunk, p.pos}; }

  // The lower bound of `key`: the finger when it still is (checked against its neighbours, so a
  // finger left stale by inserts and erases is never trusted), else a search, which moves it.
  template <typename K>
  Position Locate(const Probe<K>& key) const {
    if (!FingerIsLowerBound(key)) finger_ = FirstWhere([&](const Ref& r) { return !RefLess(r, key); }, key.hash);
    return finger_;
  }
  template <typename K>
  bool FingerIsLowerBound(const Probe<K>& key) const {
    const Position at = finger_;
    if (at.chunk >= chunks_.size()) {  // end(): right when every entry is less than key
      return at.chunk == chunks_.size() && at.pos == 0 && (chunks_.empty() || RefLess(last_.back(), key));
    }
    const Chunk& refs = chunks_[at.chunk];
    if (at.pos >= refs.size() || RefLess(refs[at.pos], key)) return false;
    if (at.pos > 0) return RefLess(refs[at.pos - 1], key);
    return at.chunk == 0 || RefLess(last_[at.chunk - 1], key);
  }

  // Whether the entry at `at` (the lower bound of `key`) is `key`. A different hash answers
  // without reading the entry, which is a cache miss on a large map.
  template <typename K>
  bool HoldsKey(Position at, const Probe<K>& probe) const {
    if (at.chunk == chunks_.size()) return false;
    const Ref& r = chunks_[at.chunk][at.pos];
    if (r.hash != probe.hash || PrefixOrder(r, probe) != 0) return false;
    return !less_(probe.key, EntryAt(r.slot).first);
  }

  // Inserts `ref` before position `at` (at the back when `at` is end()); returns where it went.
  Position InsertRef(Position at, Ref ref) const {
    if (chunks_.empty()) {
      chunks_.emplace_back().push_back(ref);
      last_.push_back(ref);
      return {0, 0};
    }
    if (at.chunk == chunks_.size()) at = {chunks_.size() - 1, chunks_.back().size()};
    Chunk& chunk = chunks_[at.chunk];
    chunk.insert(chunk.begin() + static_cast<std::ptrdiff_t>(at.pos), ref);
    last_[at.chunk] = chunk.back();
    if (chunk.size() <= kChunkMax) return at;
    // Full: the upper half moves to a new chunk after this one.
    const size_t half = chunk.size() / 2;
    Chunk upper(chunk.begin() + static_cast<std::ptrdiff_t>(half), chunk.end());
    chunk.resize(half);
    last_[at.chunk] = chunk.back();
    last_.insert(last_.begin() + static_cast<std::ptrdiff_t>(at.chunk) + 1, upper.back());
    chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(at.chunk) + 1, std::move(upper));
    return at.pos < half ? at : Position{at.chunk + 1, at.pos - half};
  }

  // `point_hash`: PointHashOf(key).
  template <typename K>
  std::pair<iterator, bool> Emplace(K&& key, uint64_t point_hash) {
    Settle();
    const Probe<Key> probe = MakeProbe<Key>(key);
    const Position at = Locate(probe);
    if (HoldsKey(at, probe)) return {At(at), false};
    Ref ref{probe.hash, 0, probe.prefix};
    ref.slot = NewSlot(std::forward<K>(key));  // `probe` refers to key: not used below
    if constexpr (kPointIndexed) point_.Insert(point_hash, ref.slot);
    ++size_;
    finger_ = Place(at, ref);
    return {At(finger_), true};
  }

  // Puts `ref`, an entry not yet in the order, at `at`, its lower bound found by hash and prefix;
  // returns where it went.
  Position Place(Position at, const Ref& ref) const {
    if constexpr (kPrefixed<Key>) {
      // The first collision: the place found by prefixes may be wrong; find it by the keys.
      const Key& key = EntryAt(ref.slot).first;
      if (NoteGroupsAround(at, key)) at = Locate(Probe<Key>{key, ref.hash, ref.prefix});
    }
    return InsertRef(at, ref);
  }

  // Whether entry(a) sorts before entry(b): by hash, by prefix while prefixes order ties, and
  // only then by reading both entries.
  bool RefBefore(const Ref& a, const Ref& b) const {
    if (a.hash != b.hash) return a.hash < b.hash;
    if constexpr (kPrefixed<Key>) {
      if (!mixed_groups_ && a.prefix != b.prefix) return a.prefix < b.prefix;
    }
    return less_(EntryAt(a.slot).first, EntryAt(b.slot).first);
  }
  // Whether entry(r) shares key's hash but not its group (a hash collision).
  bool OtherGroup(const Ref& r, const Key& key) const {
    if constexpr (kPrefixed<Key>) return r.hash == key.hash && !less_.SameGroup(EntryAt(r.slot).first, key);
    return false;
  }

  // Gives every pending reference its place in the order.
  void Settle() const {
    if (pending_.empty()) return;
    std::vector<Ref> refs;
    refs.swap(pending_);
    if (refs.size() * kChunksPerSingleInsert < chunks_.size()) {
      for (const Ref& ref : refs) {
        const Key& key = EntryAt(ref.slot).first;
        finger_ = Place(Locate(Probe<Key>{key, ref.hash, ref.prefix}), ref);
      }
      return;
    }
    MergeIntoOrder(std::move(refs));
  }

  // Sorts `refs` (entries not in the order) and merges them into it in one pass: a chunk that no
  // reference falls into moves over whole; one that some do is merged with them and split when
  // it overflows.
  void MergeIntoOrder(std::vector<Ref> refs) const {
    std::sort(refs.begin(), refs.end(), [this](const Ref& a, const Ref& b) { return RefBefore(a, b); });
    CollisionWatch watch{*this};
    std::vector<Chunk> merged_chunks;
    merged_chunks.reserve(chunks_.size() + refs.size() / kChunkFill + 1);
    auto next = refs.begin();
    Chunk merged;
    // Chunk c takes the new references that sort before its last one; the last chunk (or, in an
    // empty order, a chunk of nothing) takes the rest.
    static const Chunk kNoChunk;
    const size_t chunk_count = std::max<size_t>(chunks_.size(), 1);
    for (size_t c = 0; c < chunk_count; ++c) {
      const Chunk& old = c < chunks_.size() ? chunks_[c] : kNoChunk;
      auto upto = refs.end();
      if (c + 1 < chunk_count) {
        const auto before_last = [&](const Ref& r) { return RefBefore(r, last_[c]); };
        upto = next != refs.end() && before_last(*next) ? std::partition_point(next, refs.end(), before_last) : next;
      }
      if (upto == next) {  // nothing new here
        watch.See(old.front(), false);
        watch.See(old.back(), false);
        merged_chunks.push_back(std::move(chunks_[c]));
        continue;
      }
      merged.clear();
      merged.reserve(old.size() + static_cast<size_t>(upto - next));
      auto o = old.begin();
      while (o != old.end() || next != upto) {
        const bool take_new = o == old.end() || (next != upto && RefBefore(*next, *o));
        if (take_new) PrefetchGroupCheck(next, refs.end());
        merged.push_back(take_new ? *next++ : *o++);
        watch.See(merged.back(), take_new);
      }
      SplitInto(merged, merged_chunks);
    }
    chunks_.swap(merged_chunks);
    last_.clear();
    last_.reserve(chunks_.size());
    for (const Chunk& chunk : chunks_) last_.push_back(chunk.back());
    finger_ = {0, 0};
    if (watch.collided) {
      // From now on ties compare keys. The order that prefixes gave may be wrong around the
      // collision, so it is rebuilt by the keys (once in a map's life, if ever).
      mixed_groups_ = true;
      std::vector<Ref> all;
      all.reserve(size_);
      for (const Chunk& chunk : chunks_) all.insert(all.end(), chunk.begin(), chunk.end());
      chunks_.clear();
      last_.clear();
      MergeIntoOrder(std::move(all));
    }
  }

  // The collision watch reads the entries of new neighbours with one hash (the items of a new
  // item collection), each a cache miss in a large load; fetching them a few references ahead
  // overlaps those misses instead of waiting for each in turn.
  template <typename It>
  void PrefetchGroupCheck(It at, It end) const {
    if constexpr (kPrefixed<Key>) {
      constexpr std::ptrdiff_t kAhead = 8;
      if (mixed_groups_ || end - at <= kAhead) return;
      const It ahead = at + kAhead;
      if (ahead->hash == (ahead - 1)->hash) __builtin_prefetch(&EntryAt(ahead->slot).first);
    }
  }

  // Watches a merge's output, in order, for the first collision: neighbours with one hash from
  // different groups, at least one of them new (old neighbours were checked when they met).
  struct CollisionWatch {
    const HashOrderedMap& map;
    bool collided = false;
    bool any = false;
    Ref previous{};
    bool previous_is_new = false;

    void See(const Ref& ref, bool is_new) {
      if (!map.mixed_groups_ && !collided && any && (is_new || previous_is_new)) {
        collided = map.OtherGroup(previous, map.EntryAt(ref.slot).first);
      }
      any = true;
      previous = ref;
      previous_is_new = is_new;
    }
  };

  // Appends `refs` (in order) to `chunks` as one chunk, or as even chunks of about kChunkFill
  // when they overflow one.
  static void SplitInto(const Chunk& refs, std::vector<Chunk>& chunks) {
    if (refs.size() <= kChunkMax) {
      chunks.push_back(refs);
      return;
    }
    const size_t pieces = (refs.size() + kChunkFill - 1) / kChunkFill;
    for (size_t i = 0; i < pieces; ++i) {
      const auto from = refs.begin() + static_cast<std::ptrdiff_t>(refs.size() * i / pieces);
      const auto to = refs.begin() + static_cast<std::ptrdiff_t>(refs.size() * (i + 1) / pieces);
      chunks.emplace_back(from, to);
    }
  }

  // Before `key` goes in at `at`: its neighbours with the same hash are its group unless two
  // groups collide on this hash. Entries with one hash are contiguous, so the first collision
  // always has a neighbour from the other group.
  // Returns whether this insert is the first collision.
  bool NoteGroupsAround(Position at, const Key& key) const {
    if (mixed_groups_) return false;
    if (at.chunk < chunks_.size() && OtherGroup(chunks_[at.chunk][at.pos], key)) mixed_groups_ = true;
    const Ref* before = nullptr;
    if (at.chunk < chunks_.size() && at.pos > 0) before = &chunks_[at.chunk][at.pos - 1];
    else if (at.chunk > 0) before = &last_[at.chunk - 1];
    if (before && OtherGroup(*before, key)) mixed_groups_ = true;
    return mixed_groups_;
  }

  template <typename K>
  uint32_t NewSlot(K&& key) {
    if (free_.empty()) {
      return slots_.Append(std::in_place, std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                           std::forward_as_tuple());
    }
    const uint32_t slot = free_.back();
    free_.pop_back();
    slots_[slot].emplace(std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)), std::forward_as_tuple());
    return slot;
  }
  void FreeSlot(uint32_t slot) {
    slots_[slot].reset();
    free_.push_back(slot);
  }

  // The order; mutable because a reader may settle the pending run into it.
  mutable std::vector<Chunk> chunks_;
  mutable std::vector<Ref> last_;     // last reference of each chunk: the top-level search reads only this
  mutable std::vector<Ref> pending_;  // entries stored by Upsert, not yet in the order (see Settle)
  mutable Position finger_{0, 0};     // where the last key search ended (see Locate)
  mutable bool mixed_groups_ = false;  // two groups have shared a hash: prefixes cannot order ties
  SlotSlabs<Slot> slots_;
  std::vector<uint32_t> free_;  // erased slots, reused first
  PointIndex point_;            // whole-key hash -> slot, when kPointIndexed (else empty)
  size_t size_ = 0;             // entries, pending ones included
  [[no_unique_address]] Less less_;
};

}  // namespace ddb
