// A bounded FIFO that keeps the newest `capacity` elements: the event log's storage. Once full, a
// new element takes the slot of the oldest, and the slot's strings keep their buffers, so a long
// run appends millions of events without allocating (a deque allocates and frees a block every
// few events, and pops destroy strings that the next push allocates again).
//
// Read access is a random-access range, oldest first: begin()/end(), operator[], front(), back().
// Alloc provides the slots' storage, reserved whole on first use (the event log's is bulk memory,
// ddb/bulk_memory.h).
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace ddb {

template <typename T, typename Alloc = std::allocator<T>>
class RingBuffer {
 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    reference operator*() const { return (*ring_)[i_]; }
    pointer operator->() const { return &(*ring_)[i_]; }
    reference operator[](difference_type n) const { return (*ring_)[Offset(n)]; }
    const_iterator& operator++() { return *this += 1; }
    const_iterator operator++(int) { const_iterator before = *this; ++*this; return before; }
    const_iterator& operator--() { return *this -= 1; }
    const_iterator operator--(int) { const_iterator before = *this; --*this; return before; }
    const_iterator& operator+=(difference_type n) { i_ = Offset(n); return *this; }
    const_iterator& operator-=(difference_type n) { return *this += -n; }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
      return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.i_ <=> b.i_; }

   private:
    friend class RingBuffer;
    const_iterator(const RingBuffer* ring, size_t i) : ring_(ring), i_(i) {}
    size_t Offset(difference_type n) const { return static_cast<size_t>(static_cast<difference_type>(i_) + n); }

    const RingBuffer* ring_ = nullptr;
    size_t i_ = 0;  // logical position: 0 is the oldest element
  };

  explicit RingBuffer(size_t capacity) : capacity_(std::max<size_t>(1, capacity)) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return capacity_; }

  // i: 0 is the oldest element.
  const T& operator[](size_t i) const { return slots_[Physical(i)]; }
  const T& front() const { return (*this)[0]; }
  const T& back() const { return (*this)[size_ - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

  // The slot for a new newest element, to be overwritten by the caller: a fresh one until the
  // buffer is full, then the oldest element's (which is dropped).
  T& PushSlot() {
    if (size_ < slots_.size()) return slots_[Physical(size_++)];
    if (slots_.size() < capacity_) {
      // Reserved whole on first use, so growing never moves the elements (for the event log,
      // each move would copy strings); untouched capacity costs address space, not memory.
      if (slots_.empty()) slots_.reserve(capacity_);
      // Growing: the live elements must be in order from slot 0 before one is appended.
      std::rotate(slots_.begin(), slots_.begin() + static_cast<std::ptrdiff_t>(head_), slots_.end());
      head_ = 0;
      ++size_;
      return slots_.emplace_back();
    }
    T& oldest = slots_[head_];
    head_ = head_ + 1 == slots_.size() ? 0 : head_ + 1;
    return oldest;
  }

  // Drops the oldest elements beyond the newest `keep` (their slots are reused later).
  void KeepNewest(size_t keep) {
    if (size_ <= keep) return;
    head_ = Physical(size_ - keep);
    size_ = keep;
  }

 private:
  size_t Physical(size_t i) const {
    const size_t p = head_ + i;
    return p >= slots_.size() ? p - slots_.size() : p;
  }

  std::vector<T, Alloc> slots_;
  size_t head_ = 0;  // slot of the oldest element
  size_t size_ = 0;
  size_t capacity_;
};

}  // namespace ddb
