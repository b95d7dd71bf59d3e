// Query and Scan (dynamodb-model §3.3, §3.4, capacity §5.2). Both read a run of items in key
// order, stop at Limit evaluated items or 1 MB read (the item crossing 1 MB is included; simulation
// choice 10), then filter and project. They are charged for what was read, summed and rounded up
// to 4 KB once, not for what the filter returned.
#include "api/consumed_capacity.h"
#include "api/keys.h"
#include "api/ops.h"
#include "api/respond.h"
#include "api/request.h"
#include "api/request_expressions.h"
#include "capacity/admission.h"
#include "capacity/units.h"
#include "ddb/codec.h"
#include "index/index_lifecycle.h"
#include "index/index_read.h"
#include "sim/hash_space.h"
#include "storage/bytes_by_partition.h"

#include <algorithm>
#include <map>

namespace ddb {
namespace {

constexpr uint64_t kPageBytes = 1024 * 1024;
constexpr int64_t kTypicalPageItems = 16;

// The members Query and Scan share, read and validated before any item is touched.
struct ReadRequest {
  Table* table = nullptr;
  Condition filter;
  Projection projection;
  std::string select;
  bool consistent = false;
  CapacityDetail detail = CapacityDetail::kNone;
  int64_t limit = 0;  // 0: no limit
  std::optional<Item> start;  // ExclusiveStartKey, decoded
  // --- Secondary indexes: the index read (IndexName), and whether an LSI read must fetch
  // attributes it does not project from the table.
  SecondaryIndex* index = nullptr;
  bool fetch_from_table = false;
};

// What one page read: the matching items (views into the table), the counts, and the bytes each
// partition served (for the charge and the viz).
struct Page {
  std::vector<const Item*> items;
  int64_t count = 0, scanned = 0;
  uint64_t bytes_read = 0;
  BytesByPartition bytes_by_partition;
  std::optional<Item> last_evaluated;
};

// The key of an ExclusiveStartKey, validated against the table's key schema.
Result<PrimaryKey> ResolveStartKey(const TableDefinition& def, const Item& start) {
  auto key = KeyFromKeyMap(def, start);
  if (!key.ok()) return ApiError::Validation("The provided starting key is invalid: " + key.error().message);
  return key;
}

// --- Secondary indexes: the index a read names, its consistency, and which attributes it can
// return (a GSI only its projection; an LSI fetches the others from the table).
Status ResolveReadIndex(const std::string& index_name, ReadRequest* r) {
  auto index = FindIndexForRead(*r->table, index_name);
  if (!index.ok()) return index.take_error();
  r->index = index.value();
  const IndexDefinition& d = r->index->def();
  if (d.global() && r->consistent) return ApiError::Validation("Consistent reads are not supported on global secondary indexes");
  bool needs_table = false;
  if (r->select == "ALL_ATTRIBUTES") needs_table = d.projection != ProjectionType::kAll;
  if (r->select == "SPECIFIC_ATTRIBUTES") {
    for (const std::string& attr : ProjectedTopLevelNames(r->projection)) {
      if (!d.Projects(r->table->def(), attr)) needs_table = true;
    }
  }
  if (needs_table && d.global()) {
    return ApiError::Validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported "
                                "for global secondary index " + d.name + " because its projection type is not ALL");
  }
  r->fetch_from_table = needs_table;
  return OkStatus();
}

Status ReadCommon(EngineState& s, const RequestView& v, ExpressionContext& ctx, ReadRequest* r) {
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto index_name = v.String("IndexName");
  if (!index_name.ok()) return index_name.take_error();
  if (index_name.value()) DDB_TRY(ValidateTableName("IndexName", *index_name.value()));
  DDB_TRY(CheckLegacyParameters(v));
  auto consistent = v.Bool("ConsistentRead");
  if (!consistent.ok()) return consistent.take_error();
  r->consistent = consistent.value().value_or(false);
  auto detail = ReadCapacityDetail(v);
  if (!detail.ok()) return detail.take_error();
  r->detail = detail.value();
  auto limit = v.Int("Limit");
  if (!limit.ok()) return limit.take_error();
  if (limit.value()) {
    if (*limit.value() < 1)
      return ConstraintError("Limit", std::to_string(*limit.value()), "Member must have value greater than or equal to 1");
    r->limit = *limit.value();
  }
  auto filter = ReadCondition(v, "FilterExpression", ExpressionKind::kFilter, ctx);
  if (!filter.ok()) return filter.take_error();
  r->filter = std::move(filter.value());
  auto projection = ReadProjection(v, ctx);
  if (!projection.ok()) return projection.take_error();
  r->projection = std::move(projection.value());

  auto select = v.Enum("Select", {"ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"}, "");
  if (!select.ok()) return select.take_error();
  r->select = select.value();
  // Without Select: all attributes of a table, all projected attributes of an index.
  if (r->select.empty()) {
    r->select = !r->projection.empty() ? "SPECIFIC_ATTRIBUTES"
                : index_name.value()   ? "ALL_PROJECTED_ATTRIBUTES"
                                       : "ALL_ATTRIBUTES";
  }
  if (r->select == "ALL_PROJECTED_ATTRIBUTES" && !index_name.value())
    return ApiError::Validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
  if (r->select == "SPECIFIC_ATTRIBUTES" && r->projection.empty())
    return ApiError::Validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
  if (r->select != "SPECIFIC_ATTRIBUTES" && !r->projection.empty())
    return ApiError::Validation("Cannot specify the ProjectionExpression when choosing to get " + r->select);

  auto table = FindTableForData(s, name.value());
  if (!table.ok()) return table.take_error();
  r->table = table.value();
  if (index_name.value()) DDB_TRY(ResolveReadIndex(*index_name.value(), r));

  auto start = v.Object("ExclusiveStartKey");
  if (!start.ok()) return start.take_error();
  if (start.value()) {
    auto decoded = DecodeItem(*start.value());
    if (!decoded.ok()) return decoded.take_error();
    r->start = std::move(decoded.value());
  }
  return OkStatus();
}

// Reads items from `it` until `end`, Limit or 1 MB. `classify(key)` says whether an item is in
// range (0), outside a sort condition but not past the end (1: skip, not read), or past the end (2).
template <typename It, typename Classify>
Page ReadPage(const Table& t, const Condition& filter, int64_t limit, It it, It end, Classify classify) {
  Page page;
  // Room for a typical item collection up front, instead of growing 1, 2, 4, 8, 16.
  page.items.reserve(static_cast<size_t>(limit ? std::min<int64_t>(limit, kTypicalPageItems) : kTypicalPageItems));
  for (; it != end; ++it) {
    const PrimaryKey& key = it->first;
    const int c = classify(key);
    if (c == 2) break;
    if (c == 1) continue;
    const StoredItem& stored = it->second;
    ++page.scanned;
    page.bytes_read += stored.size;
    page.bytes_by_partition.Add(t.PartitionIndexFor(key), stored.size, &key);
    if (Evaluate(filter, stored.item)) {
      ++page.count;
      page.items.push_back(&stored.item);
    }
    if ((limit && page.scanned >= limit) || page.bytes_read >= kPageBytes) {
      page.last_evaluated = KeyAttributes(t.def(), stored.item);
      break;
    }
  }
  return page;
}

// Charges the page (its bytes summed, then rounded up to 4 KB once) and records which partitions
// served it: the charge is split over them in proportion to the bytes each served, so the shares
// the viz shows add up to exactly the charge.
// A throttled page is refused whole and reads nothing.
Result<Consumed> ChargePage(EngineState& s, Table& t, const Page& page, bool consistent, size_t first_partition,
                            uint64_t key_hash) {
  const Consumed consumed{ReadHalfUnits(page.bytes_read, consistent), 0};
  std::vector<PartitionCharge> charges;
  std::vector<int64_t> half_units;
  const size_t partitions = std::max<size_t>(1, page.bytes_by_partition.size());
  charges.reserve(partitions);
  half_units.reserve(partitions);
  int64_t given = 0;
  uint64_t cumulative = 0;
  for (const auto& entry : page.bytes_by_partition) {
    cumulative += entry.bytes;
    const int64_t upto = page.bytes_read ? static_cast<int64_t>(static_cast<u128>(consumed.read_half_units) *
                                                                cumulative / page.bytes_read)
                                         : consumed.read_half_units;
    // A Query's share names the first item it read there, so heat inside an item collection is seen.
    const PrimaryKeyRef first = key_hash && entry.first_key ? RefOf(*entry.first_key) : PrimaryKeyRef{};
    charges.push_back({entry.partition, static_cast<double>(upto - given) / 2.0, key_hash, first});
    half_units.push_back(upto - given);
    given = upto;
  }
  // Nothing read still costs the minimum, at the partition where the read began.
  if (charges.empty()) {
    charges.push_back({first_partition, consumed.read_capacity_units(), key_hash, {}});
    half_units.push_back(consumed.read_half_units);
  }
  DDB_TRY(Charge(s, t, Direction::kRead, charges.data(), charges.size()));
  for (size_t i = 0; i < charges.size(); ++i) {
    s.Emit(EventKind::kItemRead, t.def().name, t.partitions()[charges[i].partition_index].id, key_hash, half_units[i], 0);
  }
  return consumed;
}

// A Query or Scan answer, written to either door by WriteResponse.
struct ReadResponse {
  ReadRequest request;
  std::vector<const Item*> items;
  int64_t count = 0, scanned = 0;
  std::optional<Item> last_evaluated;
  Consumed consumed;
  const IndexCharges* index_charges = nullptr;
};

// Members in key order (json_out.h): ConsumedCapacity, Count, Items, LastEvaluatedKey, ScannedCount.
template <class Out>
void WriteResponse(Out& out, const ReadResponse& p) {
  const ReadRequest& r = p.request;
  out.BeginObject();
  WriteConsumedCapacity(out, r.detail, r.table->def().name, p.consumed, p.index_charges);
  out.Key("Count");
  out.Integer(p.count);
  if (r.select != "COUNT") {
    out.Key("Items");
    out.BeginArray();
    for (const Item* item : p.items) WriteProjected(out, r.projection, *item);
    out.EndArray();
  }
  if (p.last_evaluated) {
    out.Key("LastEvaluatedKey");
    out.Item(*p.last_evaluated);
  }
  out.Key("ScannedCount");
  out.Integer(p.scanned);
  out.EndObject();
}

Result<ReadResponse> FromIndexPage(ReadRequest&& r, Result<IndexPage>&& page, const IndexCharges& charges) {
  if (!page.ok()) return page.take_error();
  return ReadResponse{std::move(r), std::move(page->items), page->count, page->scanned,
                      std::move(page->last_evaluated), page->consumed, &charges};
}

// --- Secondary indexes: the index read behind Query/Scan with IndexName.
// The index part of a Query or Scan with IndexName, its ExclusiveStartKey resolved to an index key.
Result<IndexReadRequest> MakeIndexRead(const ReadRequest& r) {
  IndexReadRequest in;
  in.table = r.table;
  in.index = r.index;
  in.filter = &r.filter;
  in.consistent = r.consistent;
  in.limit = r.limit;
  in.fetch_from_table = r.fetch_from_table;
  if (r.start) {
    auto start = ResolveIndexStartKey(*r.table, *r.index, *r.start);
    if (!start.ok()) return start.take_error();
    in.start = std::move(start.value());
  }
  return in;
}

bool SamePartitionKey(const PrimaryKey& k, uint64_t hash, const AttributeValue& pk) {
  return k.hash == hash && k.partition == pk;
}

}  // namespace

Result<QueryOutput> ExecuteQuery(EngineState& s, const QueryInput& in) {
  auto table = FindTableForData(s, in.table_name);
  if (!table.ok()) return table.take_error();
  Table& t = *table.value();
  const KeyCondition& kc = in.key_condition;
  const uint64_t hash = Engine::HashKey(kc.partition_value);
  std::optional<PrimaryKey> start;
  if (in.exclusive_start_key) {
    auto key = ResolveStartKey(t.def(), *in.exclusive_start_key);
    if (!key.ok()) return key.take_error();
    if (!SamePartitionKey(key.value(), hash, kc.partition_value)) {
      return ApiError::Validation("The provided starting key is outside query boundaries based on provided conditions");
    }
    start = std::move(key.value());
  }
  auto classify = [&](const PrimaryKey& k) {
    if (!SamePartitionKey(k, hash, kc.partition_value)) return 2;
    if (kc.sort && k.sort && !kc.sort->Matches(*k.sort)) return 1;
    return 0;
  };
  const auto& items = t.items();
  PrimaryKey first{hash, kc.partition_value, std::nullopt};  // sorts before every sort key
  Page page;
  if (in.scan_forward) {
    auto begin = start ? items.upper_bound(*start) : items.lower_bound(first);
    page = ReadPage(t, in.filter, in.limit, begin, items.end(), classify);
  } else {
    // Descending: start at the end of this item collection (or just before the start key).
    auto upper = start ? items.lower_bound(*start) : items.lower_bound(first);
    if (!start) {
      while (upper != items.end() && SamePartitionKey(upper->first, hash, kc.partition_value)) ++upper;
    }
    page = ReadPage(t, in.filter, in.limit, std::make_reverse_iterator(upper), items.rend(), classify);
  }
  QueryOutput out;
  auto consumed = ChargePage(s, t, page, in.consistent_read, t.PartitionIndexFor(hash), hash);
  if (!consumed.ok()) return consumed.take_error();
  out.consumed = consumed.value();
  out.items = std::move(page.items);
  out.count = page.count;
  out.scanned_count = page.scanned;
  out.last_evaluated_key = std::move(page.last_evaluated);
  return out;
}

namespace {

Result<ReadResponse> RunQuery(EngineState& s, const json& request) {
  RequestView v(request);
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  ReadRequest r;
  DDB_TRY(ReadCommon(s, v, ctx.value(), &r));
  const TableDefinition& table_def = r.table->def();
  auto forward = v.Bool("ScanIndexForward");
  if (!forward.ok()) return forward.take_error();
  auto key_text = v.String("KeyConditionExpression");
  if (!key_text.ok()) return key_text.take_error();
  if (!key_text.value()) {
    return ApiError::Validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
  }
  // The key schema queried: the table's, or the index's.
  const KeyElement* hash_key = &table_def.hash_key;
  const std::optional<KeyElement>* range_key = &table_def.range_key;
  if (r.index) {
    hash_key = &r.index->def().hash_key;
    range_key = &r.index->def().range_key;
  }
  KeySchemaInfo schema{hash_key->name, hash_key->type, *range_key ? (*range_key)->name : "",
                       *range_key ? (*range_key)->type : ValueType::kS};
  auto key_condition = s.key_conditions.Compile(*key_text.value(), schema, ctx.value());
  if (!key_condition.ok()) return key_condition.take_error();
  if (!r.filter.empty()) {
    std::vector<std::string> key_names{hash_key->name};
    if (*range_key) key_names.push_back((*range_key)->name);
    DDB_TRY(CheckFilterAvoidsKeys(r.filter, key_names));
  }
  DDB_TRY(ctx->CheckAllUsed());

  if (r.index) {
    auto in = MakeIndexRead(r);
    if (!in.ok()) return in.take_error();
    auto page = QueryIndex(s, in.value(), key_condition.value(), forward.value().value_or(true));
    return FromIndexPage(std::move(r), std::move(page), s.index_charges);
  }

  QueryInput in;
  in.table_name = table_def.name;
  in.key_condition = std::move(key_condition.value());
  in.filter = r.filter;
  in.scan_forward = forward.value().value_or(true);
  in.limit = r.limit;
  in.consistent_read = r.consistent;
  in.exclusive_start_key = std::move(r.start);
  auto out = ExecuteQuery(s, in);
  if (!out.ok()) return out.take_error();
  return ReadResponse{std::move(r), std::move(out->items), out->count, out->scanned_count,
                      std::move(out->last_evaluated_key), out->consumed};
}

Result<ReadResponse> RunScan(EngineState& s, const json& request) {
  RequestView v(request);
  auto ctx = ReadExpressionContext(v);
  if (!ctx.ok()) return ctx.take_error();
  ReadRequest r;
  auto segment = v.Int("Segment");
  if (!segment.ok()) return segment.take_error();
  auto total = v.Int("TotalSegments");
  if (!total.ok()) return total.take_error();
  if (segment.value() && !total.value())
    return ApiError::Validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
  if (total.value() && !segment.value())
    return ApiError::Validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
  int64_t seg = 0, segs = 1;
  if (total.value()) {
    segs = *total.value();
    seg = *segment.value();
    if (segs < 1 || segs > 1000000)
      return ConstraintError("TotalSegments", std::to_string(segs), segs < 1 ? "Member must have value greater than or equal to 1"
                                                                              : "Member must have value less than or equal to 1000000");
    if (seg < 0) return ConstraintError("Segment", std::to_string(seg), "Member must have value greater than or equal to 0");
    if (seg >= segs)
      return ApiError::Validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: " +
                                  std::to_string(seg) + " is not less than TotalSegments: " + std::to_string(segs));
  }
  DDB_TRY(ReadCommon(s, v, ctx.value(), &r));
  DDB_TRY(ctx->CheckAllUsed());

  // Simulation choice 23: segment i of N covers hashes [i * 2^64 / N, (i+1) * 2^64 / N).
  const uint64_t lo = SliceStart(seg, segs);
  const u128 hi_excl = SliceEnd(seg, segs);
  if (r.index) {
    auto in = MakeIndexRead(r);
    if (!in.ok()) return in.take_error();
    auto page = ScanIndex(s, in.value(), seg, segs);
    return FromIndexPage(std::move(r), std::move(page), s.index_charges);
  }
  std::optional<PrimaryKey> start;
  if (r.start) {
    auto key = ResolveStartKey(r.table->def(), *r.start);
    if (!key.ok()) return key.take_error();
    start = std::move(key.value());
  }
  if (start && (start->hash < lo || static_cast<u128>(start->hash) >= hi_excl)) {
    return ApiError::Validation("The provided Exclusive start key does not map to the provided Segment: " + std::to_string(seg));
  }
  Table& t = *r.table;
  const auto& items = t.items();
  auto begin = start ? items.upper_bound(*start) : items.lower_bound(HashBound{lo});
  auto classify = [&](const PrimaryKey& k) { return static_cast<u128>(k.hash) >= hi_excl ? 2 : 0; };
  Page page = ReadPage(t, r.filter, r.limit, begin, items.end(), classify);
  auto consumed = ChargePage(s, t, page, r.consistent, t.PartitionIndexFor(start ? start->hash : lo), 0);
  if (!consumed.ok()) return consumed.take_error();
  return ReadResponse{std::move(r), std::move(page.items), page.count, page.scanned, std::move(page.last_evaluated),
                      consumed.value()};
}

}  // namespace

Result<json> Query(EngineState& s, const json& request) { return RespondJson(RunQuery(s, request)); }
Status QueryText(EngineState& s, const json& request, std::string* text) {
  return RespondText(RunQuery(s, request), text);
}
Result<json> Scan(EngineState& s, const json& request) { return RespondJson(RunScan(s, request)); }
Status ScanText(EngineState& s, const json& request, std::string* text) {
  return RespondText(RunScan(s, request), text);
}

}  // namespace ddb
