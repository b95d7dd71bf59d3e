// The slots that hold a HashOrderedMap's entries: numbered from 0, each constructed when first
// handed out and never moved, so a reference to one stays valid for the life of the store.
//
// Slots come in slabs of kSlabSlots, found by slot number in two steps. The slabs are carved from
// blocks of bulk memory (ddb/bulk_memory.h) that grow with the store: each new block holds as many
// slabs as the store already has, up to kMaxBlockBytes. A table of a few items takes one small
// block; a table of a million takes a few dozen blocks of huge pages instead of thousands of
// separately allocated slabs, each of whose pages faulted in on its own.
#pragma once

#include "ddb/bulk_memory.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

namespace ddb {

template <typename T>
class SlotSlabs {
 public:
  static constexpr size_t kSlabSlots = 256;
  static constexpr size_t kMaxBlockBytes = 4 * kHugePageBytes;

  SlotSlabs() = default;
  SlotSlabs(SlotSlabs&& other) noexcept { Take(other); }
  SlotSlabs& operator=(SlotSlabs&& other) noexcept {
    if (this != &other) {
      Release();
      Take(other);
    }
    return *this;
  }
  SlotSlabs(const SlotSlabs&) = delete;
  SlotSlabs& operator=(const SlotSlabs&) = delete;
  ~SlotSlabs() { Release(); }

  // Slots constructed so far: numbers [0, size()).
  size_t size() const { return constructed_; }
  T& operator[](uint32_t slot) { return slabs_[slot / kSlabSlots][slot % kSlabSlots]; }
  const T& operator[](uint32_t slot) const { return slabs_[slot / kSlabSlots][slot % kSlabSlots]; }

  // Constructs slot number size() from `args`; returns its number.
  template <typename... Args>
  uint32_t Append(Args&&... args) {
    if (constructed_ == slabs_.size() * kSlabSlots) AddBlock();
    const auto slot = static_cast<uint32_t>(constructed_);
    ::new (static_cast<void*>(&(*this)[slot])) T(std::forward<Args>(args)...);
    ++constructed_;
    return slot;
  }

  // The blocks' sizes in bytes, oldest first (for the tests).
  std::vector<size_t> block_bytes() const {
    std::vector<size_t> sizes;
    for (const Block& b : blocks_) sizes.push_back(b.bytes);
    return sizes;
  }

 private:
  struct Block {
    void* memory;
    size_t bytes;
  };
  static constexpr size_t kSlabBytes = kSlabSlots * sizeof(T);

  void AddBlock() {
    const size_t max_slabs = std::max<size_t>(1, kMaxBlockBytes / kSlabBytes);
    const size_t wanted = std::clamp<size_t>(slabs_.size(), 1, max_slabs);
    // A block big enough for huge pages gets whole ones, filled with as many slabs as fit.
    const size_t bytes = BulkBytes(wanted * kSlabBytes);
    const size_t slabs = std::max<size_t>(1, bytes / kSlabBytes);
    auto* first = static_cast<T*>(AllocateBulk(bytes));
    blocks_.push_back({first, bytes});
    for (size_t i = 0; i < slabs; ++i) slabs_.push_back(first + i * kSlabSlots);
  }

  void Release() {
    for (size_t i = constructed_; i-- > 0;) (*this)[static_cast<uint32_t>(i)].~T();
    for (const Block& b : blocks_) FreeBulk(b.memory, b.bytes);
    slabs_.clear();
    blocks_.clear();
    constructed_ = 0;
  }

  void Take(SlotSlabs& other) {
    slabs_ = std::move(other.slabs_);
    blocks_ = std::move(other.blocks_);
    constructed_ = std::exchange(other.constructed_, 0);
    other.slabs_.clear();
    other.blocks_.clear();
  }

  std::vector<T*> slabs_;  // each kSlabSlots slots inside one of blocks_
  std::vector<Block> blocks_;
  size_t constructed_ = 0;
};

}  // namespace ddb
