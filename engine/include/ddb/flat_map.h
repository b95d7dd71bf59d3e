// An ordered map kept as one sorted vector: the representation of an item's attributes and of an
// M value. An item is small (a handful of attributes) and is built, copied, read whole and
// destroyed far more often than it is edited in the middle, so one contiguous allocation beats
// a tree of nodes scattered over the heap: building an item costs one allocation instead of one
// per attribute, destroying an overwritten item touches one block instead of chasing pointers
// into cold memory, and reading an attribute is a binary search over adjacent entries.
//
// The interface follows std::map's where callers use it (find, emplace, operator[], erase,
// ordered iteration), with two differences a caller must respect:
//  - any insertion or erasure invalidates every iterator, pointer and reference into the map;
//  - entries are std::pair<Key, Value> with a mutable key: changing it breaks the order.
// Inserting in key order (as decoding a JSON object does) appends; inserting elsewhere moves the
// entries after the insertion point, which for an item's few attributes is a short copy.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace ddb {

// Less: a transparent strict weak order on Key (std::less<> for strings and string_views).
// Value may be incomplete where FlatMap<Key, Value> is named, as for a recursive value type.
template <typename Key, typename Value, typename Less = std::less<>>
class FlatMap {
 public:
  // Up to this many entries, find() scans instead of bisecting.
  static constexpr size_t kLinearFindMax = 8;

  using key_type = Key;
  using mapped_type = Value;
  using value_type = std::pair<Key, Value>;
  using size_type = size_t;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  FlatMap() = default;
  // Like std::map: of entries with equal keys, the first one is kept.
  FlatMap(std::initializer_list<value_type> entries) : entries_(entries) { SortUnique(); }
  template <typename It>
  FlatMap(It first, It last) : entries_(first, last) { SortUnique(); }

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  const_iterator cbegin() const { return entries_.cbegin(); }
  const_iterator cend() const { return entries_.cend(); }
  auto rbegin() const { return entries_.rbegin(); }
  auto rend() const { return entries_.rend(); }

  size_type size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() { entries_.clear(); }
  void reserve(size_type n) { entries_.reserve(n); }

  template <typename K>
  iterator lower_bound(const K& key) {
    return std::lower_bound(entries_.begin(), entries_.end(), key,
                            [](const value_type& e, const K& k) { return Less{}(e.first, k); });
  }
  template <typename K>
  const_iterator lower_bound(const K& key) const {
    return const_cast<FlatMap*>(this)->lower_bound(key);
  }
  template <typename K>
  iterator upper_bound(const K& key) {
    return std::upper_bound(entries_.begin(), entries_.end(), key,
                            [](const K& k, const value_type& e) { return Less{}(k, e.first); });
  }
  template <typename K>
  const_iterator upper_bound(const K& key) const {
    return const_cast<FlatMap*>(this)->upper_bound(key);
  }
  template <typename K>
  iterator find(const K& key) {
    // An item has a handful of attributes: comparing names for equality (lengths first) down the
    // few entries costs less than the ordered comparisons of a binary search.
    if constexpr (requires(const Key& k) { { k == key } -> std::convertible_to<bool>; }) {
      if (entries_.size() <= kLinearFindMax) {
        return std::find_if(entries_.begin(), entries_.end(), [&](const value_type& e) { return e.first == key; });
      }
    }
    const iterator it = lower_bound(key);
    return it != end() && !Less{}(key, it->first) ? it : end();
  }
  template <typename K>
  const_iterator find(const K& key) const {
    return const_cast<FlatMap*>(this)->find(key);
  }
  template <typename K>
  size_type count(const K& key) const { return find(key) != end() ? 1 : 0; }
  template <typename K>
  bool contains(const K& key) const { return find(key) != end(); }

  template <typename K>
  Value& at(const K& key) {
    const iterator it = find(key);
    if (it == end()) throw std::out_of_range("FlatMap::at");
    return it->second;
  }
  template <typename K>
  const Value& at(const K& key) const { return const_cast<FlatMap*>(this)->at(key); }

  // Inserts (key, Value(args...)) unless the key is present; returns the entry and whether it
  // was inserted.
  template <typename K, typename... Args>
  std::pair<iterator, bool> try_emplace(K&& key, Args&&... args) {
    const iterator it = AppendPoint(key);
    if (it != end() && !Less{}(key, it->first)) return {it, false};
    return {entries_.emplace(it, std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                             std::forward_as_tuple(std::forward<Args>(args)...)),
            true};
  }
  template <typename K, typename V>
  std::pair<iterator, bool> emplace(K&& key, V&& value) {
    return try_emplace(std::forward<K>(key), std::forward<V>(value));
  }
  std::pair<iterator, bool> insert(value_type entry) {
    return try_emplace(std::move(entry.first), std::move(entry.second));
  }
  // The hint is only a shortcut: an entry past the last one appends without a search.
  template <typename K, typename V>
  iterator emplace_hint(const_iterator /*hint*/, K&& key, V&& value) {
    return try_emplace(std::forward<K>(key), std::forward<V>(value)).first;
  }
  template <typename K, typename V>
  std::pair<iterator, bool> insert_or_assign(K&& key, V&& value) {
    auto [it, inserted] = try_emplace(std::forward<K>(key), std::forward<V>(value));
    if (!inserted) it->second = std::forward<V>(value);
    return {it, inserted};
  }
  template <typename K>
  Value& operator[](K&& key) { return try_emplace(std::forward<K>(key)).first->second; }

  iterator erase(const_iterator it) { return entries_.erase(it); }
  iterator erase(const_iterator first, const_iterator last) { return entries_.erase(first, last); }
  template <typename K>
    requires(!std::is_convertible_v<const K&, const_iterator>)
  size_type erase(const K& key) {
    const iterator it = find(key);
    if (it == end()) return 0;
    entries_.erase(it);
    return 1;
  }

  void swap(FlatMap& other) noexcept { entries_.swap(other.entries_); }
  bool operator==(const FlatMap& other) const { return entries_ == other.entries_; }

 private:
  // Where `key` belongs: past the last entry when it sorts after it (the common case while a
  // map is built in order), else found by binary search.
  template <typename K>
  iterator AppendPoint(const K& key) {
    if (entries_.empty() || Less{}(entries_.back().first, key)) return entries_.end();
    return lower_bound(key);
  }
  void SortUnique() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const value_type& a, const value_type& b) { return Less{}(a.first, b.first); });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const value_type& a, const value_type& b) {
                                 return !Less{}(a.first, b.first) && !Less{}(b.first, a.first);
                               }),
                   entries_.end());
  }

  std::vector<value_type> entries_;
};

}  // namespace ddb
