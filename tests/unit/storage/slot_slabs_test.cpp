// SlotSlabs (where a HashOrderedMap keeps its entries) and the bulk memory under it.
#include "ddb/bulk_memory.h"
#include "storage/slot_slabs.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ddb {
namespace {

// Counts live instances, so the tests see every slot destroyed exactly once.
struct Tracked {
  static inline int live = 0;
  std::string text;
  explicit Tracked(std::string t) : text(std::move(t)) { ++live; }
  Tracked(const Tracked&) = delete;
  ~Tracked() { --live; }
};

constexpr size_t kSlab = SlotSlabs<Tracked>::kSlabSlots;

TEST_CASE("SlotSlabs numbers slots in order and never moves one", "[engine]") {
  Tracked::live = 0;
  {
    SlotSlabs<Tracked> slots;
    CHECK(slots.size() == 0);
    CHECK(slots.block_bytes().empty());  // nothing is allocated before the first slot
    std::vector<const Tracked*> addresses;
    for (int i = 0; i < 20'000; ++i) {
      REQUIRE(slots.Append("slot " + std::to_string(i)) == static_cast<uint32_t>(i));
      addresses.push_back(&slots[static_cast<uint32_t>(i)]);
    }
    CHECK(slots.size() == 20'000);
    CHECK(Tracked::live == 20'000);
    for (uint32_t i = 0; i < 20'000; ++i) {
      REQUIRE(&slots[i] == addresses[i]);
      REQUIRE(slots[i].text == "slot " + std::to_string(i));
    }
  }
  CHECK(Tracked::live == 0);
}

TEST_CASE("SlotSlabs grows its blocks with the store, up to a cap", "[engine]") {
  SlotSlabs<Tracked> slots;
  const size_t slab_bytes = kSlab * sizeof(Tracked);
  slots.Append("first");
  REQUIRE(slots.block_bytes() == std::vector<size_t>{slab_bytes});  // a small table stays small
  for (size_t i = 1; i < kSlab + 1; ++i) slots.Append("more");
  // The second block holds as many slabs as there were (one), the third two, then four...
  CHECK(slots.block_bytes() == std::vector<size_t>{slab_bytes, slab_bytes});
  for (size_t i = slots.size(); i < 2'000'000; ++i) slots.Append("");
  const std::vector<size_t> blocks = slots.block_bytes();
  size_t largest = 0;
  for (size_t b : blocks) largest = std::max(largest, b);
  CHECK(largest <= SlotSlabs<Tracked>::kMaxBlockBytes);
  CHECK(largest >= kHugePageBytes);
  // Two million slots in a few dozen blocks, not 2,000,000 / 256 slabs allocated one by one.
  CHECK(blocks.size() < 64);
  // Large blocks come in whole huge pages.
  for (size_t b : blocks) {
    if (b >= kHugePageBytes) CHECK(b % kHugePageBytes == 0);
  }
}

TEST_CASE("SlotSlabs moves its slots to another store and destroys them once", "[engine]") {
  Tracked::live = 0;
  {
    SlotSlabs<Tracked> a;
    for (int i = 0; i < 1000; ++i) a.Append(std::to_string(i));
    const Tracked* kept = &a[999];
    SlotSlabs<Tracked> b(std::move(a));
    CHECK(a.size() == 0);  // NOLINT(bugprone-use-after-move): a moved-from store is empty
    CHECK(b.size() == 1000);
    CHECK(&b[999] == kept);  // the slots themselves did not move
    SlotSlabs<Tracked> c;
    c.Append("replaced");
    c = std::move(b);
    CHECK(c[0].text == "0");
    CHECK(Tracked::live == 1000);
    a.Append("reused");  // a moved-from store starts over
    CHECK(a[0].text == "reused");
    CHECK(Tracked::live == 1001);
  }
  CHECK(Tracked::live == 0);
}

TEST_CASE("Bulk memory is usable at every size; large blocks come in whole huge pages", "[engine]") {
  CHECK(BulkBytes(100) == 100);
  CHECK(BulkBytes(kHugePageBytes) == kHugePageBytes);
  CHECK(BulkBytes(kHugePageBytes + 1) == 2 * kHugePageBytes);
  for (size_t bytes : {size_t{16}, size_t{4096}, kHugePageBytes, 3 * kHugePageBytes + 17}) {
    auto* block = static_cast<unsigned char*>(AllocateBulk(bytes));
    REQUIRE(block != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(block) % alignof(std::max_align_t) == 0);
    block[0] = 1;
    block[bytes - 1] = 2;  // the whole block is ours
    CHECK(block[0] + block[bytes - 1] == 3);
    FreeBulk(block, bytes);
  }
}

}  // namespace
}  // namespace ddb
