#include "index/index_lifecycle.h"

#include "capacity/metric_record.h"
#include "capacity/units.h"
#include "index/index_entry.h"
#include "index/index_schema.h"
#include "index/index_splits.h"
#include "index/index_throughput.h"

#include <algorithm>

namespace ddb {
namespace {

constexpr int64_t kBackfillStepMs = 100;
constexpr int64_t kBackfillReportMs = 1000;  // progress events at most once a virtual second
constexpr size_t kBackfillScanPerStep = 20000;  // items looked at per step (sparse items are free)

ApiError OnlineIndexLimit() {
  return ApiError{ErrorType::kLimitExceeded,
                  "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table", {}};
}

// The second that just ended of a GSI's partitions, into its metric history: provisioned is the
// index's own throughput (on demand: what its partitions may use at once).
void RecordIndexSecond(const Table& t, SecondaryIndex& index, int64_t second) {
  MetricSample total;
  total.second = second;
  const bool on_demand = t.def().billing == BillingMode::kPayPerRequest;
  RecordPartitionsSecond(index.partitions(), second, on_demand, &index.partition_history, &total);
  if (on_demand) {
    for (const Partition& p : index.partitions()) {
      total.provisioned_rcu += p.read.ceiling();
      total.provisioned_wcu += p.write.ceiling();
    }
  } else {
    total.provisioned_rcu = static_cast<double>(index.def().read_capacity);
    total.provisioned_wcu = static_cast<double>(index.def().write_capacity);
  }
  total.item_count = index.item_count();
  total.size_bytes = index.size_bytes();
  index.history.Push(total);
}

// Once a second: close the GSI lanes' metric seconds (so snapshots show the last second's
// consumption), record them, and consider splitting each partition of an active GSI. Runs while
// the table has a global index.
void ScheduleIndexClock(EngineState& s, const std::string& table, const std::string& table_id) {
  s.scheduler.After(1000, [&s, table, table_id] {
    auto it = s.tables.find(table);
    if (it == s.tables.end() || it->second->def().table_id != table_id || !it->second->indexes()) return;
    TableIndexes& indexes = *it->second->indexes();
    if (indexes.count(IndexKind::kGlobal) == 0) {
      indexes.clock_running = false;
      return;
    }
    for (auto& index : indexes.all()) {
      for (Partition& p : index->partitions()) {
        p.read.EndSecond(s.now_ms());
        p.write.EndSecond(s.now_ms());
      }
      for (IndexPartitionQueue& q : index->queues()) {
        q.arrived_units_last_second = q.arrived_units;
        q.arrived_units = 0;
      }
      if (index->global()) RecordIndexSecond(*it->second, *index, s.now_ms() / 1000 - 1);
      // Only schedules splits (they complete minutes later): the partitions stay put here.
      if (index->status() == IndexStatus::kActive) {
        for (size_t i = 0; i < index->partitions().size(); ++i) ConsiderIndexSplit(s, *it->second, *index, i);
      }
    }
    ScheduleIndexClock(s, table, table_id);
  });
}

void StartIndexClock(EngineState& s, Table& t) {
  TableIndexes& indexes = *t.indexes();
  if (indexes.clock_running || indexes.count(IndexKind::kGlobal) == 0) return;
  indexes.clock_running = true;
  ScheduleIndexClock(s, t.def().name, t.def().table_id);
}

SecondaryIndex& AddIndex(EngineState& s, Table& t, IndexDefinition def, IndexStatus status) {
  if (!t.indexes()) t.set_indexes(std::make_unique<TableIndexes>());
  TableIndexes& indexes = *t.indexes();
  auto index = std::make_unique<SecondaryIndex>(std::move(def), status);
  index->serial = indexes.next_serial++;
  if (index->global()) {
    index->LayOutPartitions(PartitionsForIndex(index->def(), t.def()));
    ConfigureIndexThroughput(*index, t.def(), s.now_ms(), /*reset=*/true);
  }
  indexes.all().push_back(std::move(index));
  return *indexes.all().back();
}

// The write capacity a backfill may spend per second: the index's WCU, or on demand what its
// partitions can take.
double BackfillRate(const Table& t, const SecondaryIndex& index) {
  if (t.def().billing == BillingMode::kProvisioned) return static_cast<double>(index.def().write_capacity);
  return static_cast<double>(index.partitions().size()) * static_cast<double>(t.def().profile->partition_wcu);
}

std::string Progress(const SecondaryIndex& index) {
  const uint64_t total = std::max<uint64_t>(index.backfill_total, 1);
  const uint64_t pct = std::min<uint64_t>(100, index.backfill_done * 100 / total);
  return index.def().name + ": " + std::to_string(pct) + "% (" + std::to_string(index.backfill_done) + "/" +
         std::to_string(index.backfill_total) + " items copied)";
}

void BackfillStep(EngineState& s, Table& t, SecondaryIndex& index) {
  if (index.status() != IndexStatus::kCreating) return;
  const double rate = BackfillRate(t, index);
  index.backfill_credit = std::min(index.backfill_credit + rate * kBackfillStepMs / 1000.0, rate);
  const auto& items = t.items();
  auto it = index.backfill_cursor ? items.upper_bound(*index.backfill_cursor) : items.begin();
  size_t looked = 0;
  for (; it != items.end() && index.backfill_credit > 0 && looked < kBackfillScanPerStep; ++it, ++looked) {
    index.backfill_cursor = it->first;
    ++index.backfill_done;
    // Items whose index keys are missing or invalid are simply absent from the index.
    auto key = IndexKeyOf(index.def(), it->first, it->second.item);
    if (!key) continue;
    IndexEntry entry = MakeEntry(t.def(), index.def(), it->second.item);
    const int64_t units = WriteUnits(entry.size);
    index.backfill_credit -= static_cast<double>(units);
    index.partitions()[index.PartitionIndexFor(key->hash)].write.Consume(s.now_ms(), static_cast<double>(units));
    index.Put(*key, std::move(entry));
  }
  index.backfill_total = std::max(index.backfill_total, index.backfill_done);
  if (it == items.end()) {
    index.backfilling = false;
    index.set_status(IndexStatus::kActive);
    s.Emit(EventKind::kIndexBackfill, t.def().name, -1, 0, 0, 0, Progress(index));
    s.Emit(EventKind::kIndexActive, t.def().name, -1, 0, 0, 0, index.def().name + " ACTIVE");
    return;
  }
  if (s.now_ms() - index.backfill_reported_ms >= kBackfillReportMs) {
    index.backfill_reported_ms = s.now_ms();
    s.Emit(EventKind::kIndexBackfill, t.def().name, -1, 0, 0, 0, Progress(index));
  }
  AfterForIndex(s, t, index, kBackfillStepMs, [&s](Table& live, SecondaryIndex& i) { BackfillStep(s, live, i); });
}

void StartOnlineCreate(EngineState& s, Table& t, IndexDefinition def) {
  SecondaryIndex& index = AddIndex(s, t, std::move(def), IndexStatus::kCreating);
  index.online = true;
  StartIndexClock(s, t);
  s.Emit(EventKind::kIndexBackfill, t.def().name, -1, 0, 0, 0, index.def().name + ": CREATING (allocating resources)");
  AfterForIndex(s, t, index, s.index_rng.Between(2000, 4000), [&s](Table& live, SecondaryIndex& i) {
    i.backfilling = true;
    i.backfill_total = live.item_count();
    i.backfill_reported_ms = s.now_ms();
    s.Emit(EventKind::kIndexBackfill, live.def().name, -1, 0, 0, 0, i.def().name + ": backfilling " +
                                                                         std::to_string(i.backfill_total) + " items");
    BackfillStep(s, live, i);
  });
}

void StartDelete(EngineState& s, Table& t, SecondaryIndex& index) {
  index.set_status(IndexStatus::kDeleting);
  index.backfilling = false;
  s.Emit(EventKind::kIndexDeleted, t.def().name, -1, 0, 0, 0, index.def().name + " DELETING");
  AfterForIndex(s, t, index, s.index_rng.Between(1000, 3000), [&s](Table& live, SecondaryIndex& i) {
    auto& all = live.indexes()->all();
    const std::string name = i.def().name;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const auto& p) { return p.get() == &i; }), all.end());
    s.Emit(EventKind::kIndexDeleted, live.def().name, -1, 0, 0, 0, name + " deleted");
  });
}

void StartThroughputUpdate(EngineState& s, Table& t, SecondaryIndex& index, int64_t rcu, int64_t wcu) {
  const bool was_creating = index.status() == IndexStatus::kCreating;
  if (!was_creating) index.set_status(IndexStatus::kUpdating);
  AfterForIndex(s, t, index, s.index_rng.Between(3000, 6000), [&s, rcu, wcu](Table& live, SecondaryIndex& i) {
    i.mutable_def().read_capacity = rcu;
    i.mutable_def().write_capacity = wcu;
    GrowIndexPartitionsForThroughput(s, live, i);  // and gives the lanes their new shares
    if (i.status() == IndexStatus::kUpdating) i.set_status(IndexStatus::kActive);
    s.Emit(EventKind::kCapacityChanged, live.def().name, -1, 0, 0, 0,
           "index " + i.def().name + ": RCU " + std::to_string(rcu) + ", WCU " + std::to_string(wcu));
    s.Emit(EventKind::kIndexActive, live.def().name, -1, 0, 0, 0, i.def().name + " throughput updated");
  });
}

json KeySchemaJson(const IndexDefinition& d) {
  json schema = json::array({{{"AttributeName", d.hash_key.name}, {"KeyType", "HASH"}}});
  if (d.range_key) schema.push_back({{"AttributeName", d.range_key->name}, {"KeyType", "RANGE"}});
  return schema;
}

json ProjectionJson(const IndexDefinition& d) {
  json p = {{"ProjectionType", ProjectionTypeName(d.projection)}};
  if (d.projection == ProjectionType::kInclude) p["NonKeyAttributes"] = d.non_key_attributes;
  return p;
}

}  // namespace

void InstallCreateTableIndexes(EngineState& s, Table& t, std::vector<IndexDefinition> indexes) {
  if (indexes.empty()) return;
  for (IndexDefinition& d : indexes) {
    const bool global = d.global();
    AddIndex(s, t, std::move(d), global ? IndexStatus::kCreating : IndexStatus::kActive);
  }
  StartIndexClock(s, t);
}

void ActivateCreateTableIndexes(EngineState& s, Table& t) {
  if (!t.indexes()) return;
  for (auto& index : t.indexes()->all()) {
    if (index->global() && !index->online && index->status() == IndexStatus::kCreating) {
      index->set_status(IndexStatus::kActive);
      s.Emit(EventKind::kIndexActive, t.def().name, -1, 0, 0, 0, index->def().name + " ACTIVE");
    }
  }
}

void AddIndexDescriptions(json& description, const Table& t) {
  const TableIndexes* indexes = t.indexes();
  if (!indexes) return;
  json local = json::array(), global = json::array();
  for (const auto& index : indexes->all()) {
    const IndexDefinition& d = index->def();
    json out = {{"IndexName", d.name}, {"KeySchema", KeySchemaJson(d)}, {"Projection", ProjectionJson(d)}};
    if (d.global()) {
      out["IndexStatus"] = IndexStatusName(index->status());
      if (index->online && index->status() == IndexStatus::kCreating) out["Backfilling"] = index->backfilling;
      out["ProvisionedThroughput"] = {{"NumberOfDecreasesToday", 0},
                                      {"ReadCapacityUnits", d.read_capacity},
                                      {"WriteCapacityUnits", d.write_capacity}};
    }
    out["IndexSizeBytes"] = index->reported_size_bytes();
    out["ItemCount"] = index->reported_item_count();
    out["IndexArn"] = d.arn;
    (d.global() ? global : local).push_back(std::move(out));
  }
  if (!local.empty()) description["LocalSecondaryIndexes"] = std::move(local);
  if (!global.empty()) description["GlobalSecondaryIndexes"] = std::move(global);
}

std::optional<std::string> IndexBlockingTableChange(const Table& t) {
  if (!t.indexes()) return std::nullopt;
  for (const auto& index : t.indexes()->all()) {
    if (index->online && index->status() == IndexStatus::kCreating && !index->backfilling) {
      return "Attempt to change a resource which is still in use: Index is being created (allocating resources): " +
             index->def().name;
    }
  }
  return std::nullopt;
}

Result<SecondaryIndex*> FindIndexForRead(Table& t, const std::string& name) {
  SecondaryIndex* index = t.indexes() ? t.indexes()->Find(name) : nullptr;
  if (!index || index->status() == IndexStatus::kDeleting) {
    return ApiError::Validation("The table does not have the specified index: " + name);
  }
  if (index->status() == IndexStatus::kCreating) {
    return ApiError::Validation("Cannot read from backfilling global secondary index: " + name);
  }
  return index;
}

Status ApplyGlobalIndexUpdates(EngineState& s, Table& t, const RequestView& v, BillingMode billing) {
  const bool to_provisioned = t.def().billing == BillingMode::kPayPerRequest && billing == BillingMode::kProvisioned;
  auto updates = v.Array("GlobalSecondaryIndexUpdates");
  if (!updates.ok()) return updates.take_error();
  static const json kNone = json::array();
  const json& list = updates.value() ? *updates.value() : kNone;
  if (list.empty() && !to_provisioned) return OkStatus();
  auto defs = ReadAttributeDefinitions(v);
  if (!defs.ok()) return defs.take_error();

  struct Planned {
    enum class Kind { kCreate, kDelete, kUpdate } kind;
    IndexDefinition create;
    SecondaryIndex* index = nullptr;
    int64_t rcu = 0, wcu = 0;
  };
  std::vector<Planned> planned;
  size_t creates_or_deletes = 0;
  const TableIndexes* existing = t.indexes();
  std::vector<IndexDefinition> current;
  if (existing) {
    for (const auto& index : existing->all()) current.push_back(index->def());
  }
  for (const json& u : list) {
    if (!u.is_object()) return SerializationError("a GlobalSecondaryIndexUpdate structure", u);
    RequestView uv(u);
    const int members = (uv.has("Create") ? 1 : 0) + (uv.has("Delete") ? 1 : 0) + (uv.has("Update") ? 1 : 0);
    if (members != 1) {
      return ApiError::Validation("One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, "
                                  "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
    }
    Planned p;
    if (uv.has("Create")) {
      ++creates_or_deletes;
      auto def = ReadCreateGlobalIndex(*uv.Find("Create"), defs.value(), t.def(), NonKeyAttributeCount(current));
      if (!def.ok()) return def.take_error();
      if (existing && existing->Find(def->name)) {
        return ApiError::Validation("One or more parameter values were invalid: Attempting to create an index which "
                                    "already exists: " + def->name);
      }
      if ((existing ? existing->count(IndexKind::kGlobal) : 0) + 1 > kMaxGlobalIndexes) {
        return ApiError{ErrorType::kLimitExceeded,
                        "Subscriber limit exceeded: a table can have at most 20 global secondary indexes", {}};
      }
      p.kind = Planned::Kind::kCreate;
      p.create = std::move(def.value());
    } else {
      const json* body = uv.Find(uv.has("Delete") ? "Delete" : "Update");
      if (!body->is_object()) return SerializationError("an index update structure", *body);
      RequestView bv(*body);
      auto name = bv.RequiredString("IndexName");
      if (!name.ok()) return name.take_error();
      SecondaryIndex* index = t.indexes() ? t.indexes()->Find(name.value()) : nullptr;
      if (!index || !index->global()) {
        return ApiError::NotFound("Requested resource not found: Index: " + name.value() + " not found");
      }
      const bool allocating = index->online && index->status() == IndexStatus::kCreating && !index->backfilling;
      if (uv.has("Delete")) {
        ++creates_or_deletes;
        if (allocating || index->status() == IndexStatus::kDeleting) {
          return ApiError::InUse("Attempt to change a resource which is still in use: Index is " +
                                 std::string(allocating ? "being created" : "being deleted") + ": " + name.value());
        }
        p.kind = Planned::Kind::kDelete;
      } else {
        if (allocating || (index->status() != IndexStatus::kActive && index->status() != IndexStatus::kCreating)) {
          return ApiError::InUse("Attempt to change a resource which is still in use: Index is " +
                                 std::string(IndexStatusName(index->status())) + ": " + name.value());
        }
        auto pt = bv.Object("ProvisionedThroughput");
        if (!pt.ok()) return pt.take_error();
        if (billing == BillingMode::kPayPerRequest || !pt.value()) {
          return ApiError::Validation("One or more parameter values were invalid: ProvisionedThroughput of index " +
                                      name.value() + " can be updated only when the table's BillingMode is PROVISIONED");
        }
        auto rw = ReadIndexThroughput(*pt.value(), "globalSecondaryIndexUpdates.1.member.update.provisionedThroughput");
        if (!rw.ok()) return rw.take_error();
        if (rw->first == index->def().read_capacity && rw->second == index->def().write_capacity) {
          return ApiError::Validation("The provisioned throughput for the index " + name.value() +
                                      " will not change. The requested value equals the current value. Current "
                                      "ReadCapacityUnits provisioned for the index: " + std::to_string(rw->first) +
                                      ". Current WriteCapacityUnits provisioned for the index: " + std::to_string(rw->second));
        }
        p.kind = Planned::Kind::kUpdate;
        p.rcu = rw->first;
        p.wcu = rw->second;
      }
      p.index = index;
    }
    planned.push_back(std::move(p));
  }
  if (to_provisioned && existing) {
    if (creates_or_deletes > 0) {
      return ApiError::Validation("ddbviz switches a table to PROVISIONED with Update actions only; create or delete "
                                  "indexes in another UpdateTable call");
    }
    for (const auto& index : existing->all()) {
      if (!index->global()) continue;
      const bool given = std::any_of(planned.begin(), planned.end(), [&](const Planned& p) { return p.index == index.get(); });
      if (!given) {
        return ApiError::Validation("One or more parameter values were invalid: ProvisionedThroughput must be specified "
                                    "for index: " + index->def().name + " when the table switches to PROVISIONED");
      }
    }
  }
  // "You can create or delete only one global secondary index per UpdateTable operation", and not
  // while another one is being created or deleted.
  if (creates_or_deletes > 1) return OnlineIndexLimit();
  if (creates_or_deletes == 1 && existing) {
    for (const auto& index : existing->all()) {
      if ((index->online && index->status() == IndexStatus::kCreating) || index->status() == IndexStatus::kDeleting) {
        return OnlineIndexLimit();
      }
    }
  }

  for (Planned& p : planned) {
    switch (p.kind) {
      case Planned::Kind::kCreate: {
        for (const KeyElement* k : {&p.create.hash_key, p.create.range_key ? &*p.create.range_key : nullptr}) {
          if (!k) continue;
          auto& attrs = t.mutable_def().attribute_definitions;
          if (std::none_of(attrs.begin(), attrs.end(), [&](const KeyElement& e) { return e.name == k->name; })) {
            attrs.push_back(*k);
          }
        }
        StartOnlineCreate(s, t, std::move(p.create));
        break;
      }
      case Planned::Kind::kDelete: StartDelete(s, t, *p.index); break;
      case Planned::Kind::kUpdate: StartThroughputUpdate(s, t, *p.index, p.rcu, p.wcu); break;
    }
  }
  return OkStatus();
}

SecondaryIndex* FindIndexBySerial(EngineState& s, const std::string& table, const std::string& table_id, uint64_t serial,
                                  Table** out) {
  auto it = s.tables.find(table);
  if (it == s.tables.end() || it->second->def().table_id != table_id || !it->second->indexes()) return nullptr;
  for (auto& index : it->second->indexes()->all()) {
    if (index->serial == serial) {
      *out = it->second.get();
      return index.get();
    }
  }
  return nullptr;
}

void IndexesFollowOnDemand(EngineState& s, Table& t) {
  if (!t.indexes()) return;
  for (const auto& index : t.indexes()->all()) {
    if (!index->global()) continue;
    index->mutable_def().read_capacity = index->mutable_def().write_capacity = 0;
    ConfigureIndexThroughput(*index, t.def(), s.now_ms(), /*reset=*/false);
  }
}

}  // namespace ddb
