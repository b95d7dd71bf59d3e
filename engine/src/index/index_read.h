// Query and Scan of a secondary index (dynamodb-model §3.3, §5.2, §7). Pages are read in index
// order (index key, then base key), stop at Limit or 1 MB like table reads, and are charged for
// the index entries read, summed and rounded up to 4 KB once. A GSI read is eventually consistent
// and charged to the index's partitions; an LSI read is charged to the table, and when it needs
// attributes the index does not project, each item fetched from the table costs its own size
// rounded up to 4 KB on top (Developer Guide, "Local secondary indexes": 4 x 200 B entries + 4
// fetches of 300 B = 4 KB + 16 KB).
#pragma once

#include "api/engine_state.h"
#include "index/secondary_index.h"

#include <optional>

namespace ddb {

struct IndexReadRequest {
  Table* table = nullptr;
  SecondaryIndex* index = nullptr;
  const Condition* filter = nullptr;
  bool consistent = false;
  int64_t limit = 0;       // 0: none
  bool fetch_from_table = false;  // LSI: return whole items (attributes the index lacks)
  std::optional<IndexKey> start;  // ExclusiveStartKey
};

struct IndexPage {
  std::vector<const Item*> items;  // views into the index (or the table when fetched)
  int64_t count = 0, scanned = 0;
  std::optional<Item> last_evaluated;  // table key + index key
  Consumed consumed;
};

// The ExclusiveStartKey of an index read: exactly the table's and the index's key attributes.
Result<IndexKey> ResolveIndexStartKey(const Table& t, const SecondaryIndex& index, const Item& start);

Result<IndexPage> QueryIndex(EngineState& s, const IndexReadRequest& r, const KeyCondition& kc, bool forward);
// Segment `segment` of `total_segments`, bounded as for a table Scan (simulation choice 23), over
// index key hashes.
Result<IndexPage> ScanIndex(EngineState& s, const IndexReadRequest& r, int64_t segment, int64_t total_segments);

}  // namespace ddb
