// Partition splits on the virtual clock (dynamodb-model §6.1, §6.6; simulation choices 3-5):
//   by size: a partition above the profile's size limit splits at its byte median;
//   for heat: a partition running at >= 80 % of a partition limit for 5 minutes splits at the
//   median of its observed traffic, unless one key carries more than half of it (a split cannot
//   spread a single key: the UI is told why). When that key is one item collection of a table
//   with a sort key and no LSI, the split falls inside the collection, at the weighted median of
//   the sort keys its requests named, unless one item carries more than half of the traffic or
//   the requests go to ever higher sort keys (time-ordered writes).
// A split takes 2-5 virtual minutes; the partition serves traffic meanwhile.
// (A global secondary index's partitions split by the same rules: index/index_splits.h.)
#pragma once

#include "api/engine_state.h"

namespace ddb {

inline constexpr double kHotFraction = 0.8;        // of the partition limit
inline constexpr int kHotSecondsBeforeSplit = 300;  // sustained for 5 minutes
inline constexpr double kSingleKeyShare = 0.5;      // above this, a split cannot help
inline constexpr size_t kMinCollectionSamples = 16;
inline constexpr int64_t kSplitMinMs = 2 * 60 * 1000;  // a split takes 2-5 virtual minutes
inline constexpr int64_t kSplitMaxMs = 5 * 60 * 1000;  // sampled requests needed to split a collection

// Called once per second per partition by the capacity clock.
void ConsiderSplit(EngineState& s, Table& t, size_t partition_index);

// Called once a second per partition, by table and GSI splits alike: whether `p` has run at
// kHotFraction of a ceiling or more for kHotSecondsBeforeSplit seconds in a row, given the last
// second's demand (units/s) on its read and write lanes. A second below that ends the spell and
// starts the partition's heat summary afresh.
bool HotLongEnough(Partition& p, double read_demand, double write_demand);
// A lane's demand in the last second: what it consumed and what it refused.
double ReadDemand(const Partition& p);
double WriteDemand(const Partition& p);

// A split that cannot help: the reason goes into the partition's note, and a SplitRefused event
// (once per hot spell) names the partition of `table`, or of its GSI `index` when not empty.
void NoteRefusedSplit(EngineState& s, std::string_view table, std::string_view index, Partition& p,
                      const std::string& why);

// Words of split notes: "62%", and a hash as 16 hex digits.
std::string PercentText(double share);
std::string HashText(uint64_t hash);

}  // namespace ddb
