// Control plane: CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable.
// Status transitions run on the virtual clock (CREATING -> ACTIVE, DELETING -> gone), with
// durations drawn from the control-plane generator (simulation choice: 5-10 s to create, 2-4 s to
// delete, 3-6 s to update; DynamoDB documents only that these are asynchronous).
#include "api/on_demand_throughput.h"
#include "api/ops.h"
#include "api/request.h"
#include "capacity/capacity_clock.h"
#include "capacity/throughput_config.h"
#include "ddb/value.h"
#include "index/index_lifecycle.h"
#include "index/index_schema.h"
#include "stream/stream_spec.h"

#include <algorithm>
#include <cstdio>

namespace ddb {
namespace {

constexpr int64_t kRefreshCountersMs = 6 * 3600 * 1000;  // "about every six hours"

Result<ValueType> ParseScalarType(const std::string& t) {
  if (t == "S") return ValueType::kS;
  if (t == "N") return ValueType::kN;
  if (t == "B") return ValueType::kB;
  return ConstraintError("AttributeType", "'" + t + "'", "Member must satisfy enum value set: [B, N, S]");
}

Result<std::pair<int64_t, int64_t>> ParseThroughput(const json& pt) {
  RequestView v(pt);
  auto r = v.Int("ReadCapacityUnits");
  if (!r.ok()) return r.take_error();
  auto w = v.Int("WriteCapacityUnits");
  if (!w.ok()) return w.take_error();
  if (!r.value()) return ConstraintError("provisionedThroughput.readCapacityUnits", "null", "Member must not be null");
  if (!w.value()) return ConstraintError("provisionedThroughput.writeCapacityUnits", "null", "Member must not be null");
  if (*r.value() < 1)
    return ConstraintError("provisionedThroughput.readCapacityUnits", std::to_string(*r.value()),
                           "Member must have value greater than or equal to 1");
  if (*w.value() < 1)
    return ConstraintError("provisionedThroughput.writeCapacityUnits", std::to_string(*w.value()),
                           "Member must have value greater than or equal to 1");
  return std::make_pair(*r.value(), *w.value());
}

std::string MakeTableId(Rng& rng) {
  // A UUID-shaped id from the seeded generator, so replays give the same ids.
  const uint64_t a = rng.Next(), b = rng.Next();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                static_cast<unsigned long long>(b & 0xffffffffffffull));
  return buf;
}

void ScheduleCounterRefresh(EngineState& s, const std::string& name) {
  s.scheduler.After(kRefreshCountersMs, [&s, name] {
    auto it = s.tables.find(name);
    if (it == s.tables.end()) return;
    it->second->RefreshReportedCounters();
    ScheduleCounterRefresh(s, name);
  });
}

// "WCU 5 -> 10", "PROVISIONED -> PAY_PER_REQUEST", ... for the CapacityChanged event.
std::string CapacityChange(const TableDefinition& before, const TableDefinition& after) {
  if (before.billing != after.billing) {
    return std::string(BillingModeName(before.billing)) + " -> " + BillingModeName(after.billing);
  }
  std::string out;
  if (before.read_capacity != after.read_capacity)
    out += "RCU " + std::to_string(before.read_capacity) + " -> " + std::to_string(after.read_capacity);
  if (before.write_capacity != after.write_capacity) {
    if (!out.empty()) out += ", ";
    out += "WCU " + std::to_string(before.write_capacity) + " -> " + std::to_string(after.write_capacity);
  }
  return out;
}

Status RejectUnsupported(const RequestView& v, std::string_view member, std::string_view what) {
  if (v.has(member)) {
    return ApiError::Validation("ddbviz does not simulate " + std::string(what) + " yet (" + std::string(member) +
                                "); remove it from the request");
  }
  return OkStatus();
}

}  // namespace

Result<Table*> FindTable(EngineState& s, const std::string& name) {
  auto it = s.tables.find(name);
  if (it == s.tables.end()) return ApiError::NotFound("Requested resource not found: Table: " + name + " not found");
  return it->second.get();
}

Result<Table*> FindTableForData(EngineState& s, const std::string& name) {
  // Every data-plane request starts here: usually the table of the request before, else one map
  // lookup; no intermediate Result.
  Table* t = s.last_data_table;
  if (!t || t->def().name != name) {
    auto it = s.tables.find(name);
    if (it == s.tables.end()) return ApiError::NotFound("Requested resource not found");
    t = s.last_data_table = it->second.get();
  }
  if (t->status() == TableStatus::kCreating) {
    // DynamoDB accepts data-plane calls only once the table is ACTIVE.
    return ApiError::NotFound("Requested resource not found: Table: " + name +
                              " is still CREATING; advance the clock until it is ACTIVE");
  }
  return t;
}

json DescribeTableJson(const EngineState& s, const Table& table) {
  const TableDefinition& d = table.def();
  json attrs = json::array();
  for (const KeyElement& a : d.attribute_definitions) {
    attrs.push_back({{"AttributeName", a.name}, {"AttributeType", ValueTypeName(a.type)}});
  }
  json schema = json::array({{{"AttributeName", d.hash_key.name}, {"KeyType", "HASH"}}});
  if (d.range_key) schema.push_back({{"AttributeName", d.range_key->name}, {"KeyType", "RANGE"}});
  json description = {
      {"AttributeDefinitions", attrs},
      {"TableName", d.name},
      {"KeySchema", schema},
      {"TableStatus", TableStatusName(table.status())},
      {"CreationDateTime", kVirtualEpochSeconds + static_cast<double>(d.created_ms) / 1000.0},
      {"ProvisionedThroughput",
       {{"NumberOfDecreasesToday", table.capacity().quotas.decreases_today(s.now_ms())}, {"ReadCapacityUnits", d.read_capacity}, {"WriteCapacityUnits", d.write_capacity}}},
      {"TableSizeBytes", table.reported_size_bytes()},
      {"ItemCount", table.reported_item_count()},
      {"TableArn", d.arn},
      {"TableId", d.table_id},
      {"BillingModeSummary", {{"BillingMode", BillingModeName(d.billing)}}},
      {"TableClassSummary", {{"TableClass", d.table_class}}},
      {"DeletionProtectionEnabled", d.deletion_protection},
  };
  AddOnDemandThroughput(d, &description);
  AddIndexDescriptions(description, table);  // --- Secondary indexes
  AddStreamDescription(s, table, &description);  // [stream]
  return description;
}

Result<json> CreateTable(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  DDB_TRY(ValidateTableName("TableName", name.value()));
  auto stream_spec = ReadStreamSpecification(request);  // [stream]
  if (!stream_spec.ok()) return stream_spec.take_error();

  TableDefinition d;
  d.name = name.value();
  d.profile = FindScaleProfile(s.options.profile);
  if (!d.profile) d.profile = &kRealProfile;
  // A table may choose its own scale profile with the tag "ddbviz:profile" (Tags is a regular
  // CreateTable member, so AWS clients can send it); other tags are accepted and ignored.
  auto tags = v.Array("Tags");
  if (!tags.ok()) return tags.take_error();
  if (tags.value()) {
    for (const json& tag : *tags.value()) {
      if (!tag.is_object()) return SerializationError("a Tag structure", tag);
      RequestView tv(tag);
      auto key = tv.RequiredString("Key");
      if (!key.ok()) return key.take_error();
      auto value = tv.RequiredString("Value");
      if (!value.ok()) return value.take_error();
      if (key.value() != "ddbviz:profile") continue;
      d.profile = FindScaleProfile(value.value());
      if (!d.profile) {
        return ApiError::Validation("Unknown ddbviz:profile tag value '" + value.value() +
                                    "': use \"real\" or \"classroom\"");
      }
    }
  }

  // Attribute definitions.
  auto defs = v.Array("AttributeDefinitions");
  if (!defs.ok()) return defs.take_error();
  if (!defs.value()) return ConstraintError("AttributeDefinitions", "null", "Member must not be null");
  for (const json& a : *defs.value()) {
    if (!a.is_object()) return SerializationError("an AttributeDefinition structure", a);
    RequestView av(a);
    auto an = av.RequiredString("AttributeName");
    if (!an.ok()) return an.take_error();
    auto at = av.RequiredString("AttributeType");
    if (!at.ok()) return at.take_error();
    auto type = ParseScalarType(at.value());
    if (!type.ok()) return type.take_error();
    for (const KeyElement& e : d.attribute_definitions) {
      if (e.name == an.value()) return ApiError::Validation("Cannot have two attributes with the same name");
    }
    d.attribute_definitions.push_back({an.value(), type.value()});
  }

  // Key schema: one HASH, then optionally one RANGE.
  auto read_schema = ReadKeySchema(v, "KeySchema", "KeySchema.keyType");
  if (!read_schema.ok()) return read_schema.take_error();
  const KeySchemaElements& elements = read_schema.value();
  if (elements[0].second != "HASH")
    return ApiError::Validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  if (elements.size() == 2) {
    if (elements[1].second != "RANGE")
      return ApiError::Validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    if (elements[0].first == elements[1].first)
      return ApiError::Validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
  }
  std::string undefined;
  for (const auto& element : elements) {
    const std::string& key_name = element.first;
    const std::string& key_type = element.second;
    auto def = std::find_if(d.attribute_definitions.begin(), d.attribute_definitions.end(),
                            [&](const KeyElement& e) { return e.name == key_name; });
    if (def == d.attribute_definitions.end()) {
      undefined += (undefined.empty() ? "" : ", ") + key_name;
      continue;
    }
    if (key_type == "HASH") d.hash_key = *def; else d.range_key = *def;
  }
  if (!undefined.empty()) {
    std::string all;
    for (const KeyElement& e : d.attribute_definitions) all += (all.empty() ? "" : ", ") + e.name;
    return ApiError::Validation(
        "One or more parameter values were invalid: Some index key attributes are not defined in "
        "AttributeDefinitions. Keys: [" + undefined + "], AttributeDefinitions: [" + all + "]");
  }
  const bool has_indexes = v.has("LocalSecondaryIndexes") || v.has("GlobalSecondaryIndexes");
  if (!has_indexes && d.attribute_definitions.size() != elements.size()) {
    return ApiError::Validation(
        "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match "
        "number of attributes defined in AttributeDefinitions");
  }

  // Billing.
  auto billing = v.Enum("BillingMode", {"PROVISIONED", "PAY_PER_REQUEST"}, "PROVISIONED");
  if (!billing.ok()) return billing.take_error();
  auto pt = v.Object("ProvisionedThroughput");
  if (!pt.ok()) return pt.take_error();
  if (billing.value() == "PAY_PER_REQUEST") {
    if (pt.value()) {
      return ApiError::Validation(
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be "
          "specified when BillingMode is PAY_PER_REQUEST");
    }
    d.billing = BillingMode::kPayPerRequest;
  } else {
    if (!pt.value()) {
      return ApiError::Validation(
          "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be "
          "specified when BillingMode is PROVISIONED");
    }
    auto rw = ParseThroughput(*pt.value());
    if (!rw.ok()) return rw.take_error();
    d.read_capacity = rw.value().first;
    d.write_capacity = rw.value().second;
  }
  bool cap_given = false;
  DDB_TRY(ReadOnDemandThroughput(v, &d, &cap_given));
  auto table_class = v.Enum("TableClass", {"STANDARD", "STANDARD_INFREQUENT_ACCESS"}, "STANDARD");
  if (!table_class.ok()) return table_class.take_error();
  d.table_class = table_class.value();
  auto protection = v.Bool("DeletionProtectionEnabled");
  if (!protection.ok()) return protection.take_error();
  d.deletion_protection = protection.value().value_or(false);

  // --- Secondary indexes (index/index_schema.h).
  d.arn = "arn:aws:dynamodb:ddbviz-local:000000000000:table/" + d.name;
  auto indexes = ReadCreateTableIndexes(v, d);
  if (!indexes.ok()) return indexes.take_error();

  if (s.tables.count(d.name)) return ApiError::InUse("Table already exists: " + d.name);

  d.created_ms = s.now_ms();
  d.table_id = MakeTableId(s.control_rng);
  const int partitions = PartitionsForThroughput(d);
  auto table = std::make_unique<Table>(std::move(d), partitions);
  Table& t = *table;
  ConfigureThroughput(t, s.now_ms(), /*reset=*/true);
  InstallCreateTableIndexes(s, t, std::move(indexes.value()));
  const std::string table_name = t.def().name;
  s.tables.emplace(table_name, std::move(table));
  StartCapacityClock(s, table_name);
  ApplyStreamSpecification(s, t, stream_spec.value());  // [stream]
  s.Emit(EventKind::kTableCreated, table_name, -1, 0, 0, 0, std::to_string(partitions) + " partitions");

  s.scheduler.After(s.control_rng.Between(5000, 10000), [&s, table_name] {
    auto it = s.tables.find(table_name);
    if (it == s.tables.end() || it->second->status() != TableStatus::kCreating) return;
    it->second->set_status(TableStatus::kActive);
    ActivateCreateTableIndexes(s, *it->second);
    s.Emit(EventKind::kTableActive, table_name);
  });
  ScheduleCounterRefresh(s, table_name);
  return json{{"TableDescription", DescribeTableJson(s, t)}};
}

Result<json> DescribeTable(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto t = FindTable(s, name.value());
  if (!t.ok()) return t.take_error();
  return json{{"Table", DescribeTableJson(s, *t.value())}};
}

Result<json> ListTables(EngineState& s, const json& request) {
  RequestView v(request);
  auto limit = v.Int("Limit");
  if (!limit.ok()) return limit.take_error();
  const int64_t max = limit.value().value_or(100);
  if (max < 1) return ConstraintError("Limit", std::to_string(max), "Member must have value greater than or equal to 1");
  if (max > 100) return ConstraintError("Limit", std::to_string(max), "Member must have value less than or equal to 100");
  auto start = v.String("ExclusiveStartTableName");
  if (!start.ok()) return start.take_error();

  // Simulation choice 25: lexicographic (byte) order, which std::map already keeps.
  auto it = start.value() ? s.tables.upper_bound(*start.value()) : s.tables.begin();
  json names = json::array();
  for (; it != s.tables.end() && static_cast<int64_t>(names.size()) < max; ++it) names.push_back(it->first);
  json response = {{"TableNames", names}};
  if (it != s.tables.end() && !names.empty()) response["LastEvaluatedTableName"] = names.back();
  return response;
}

Result<json> DeleteTable(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  auto found = FindTable(s, name.value());
  if (!found.ok()) return found.take_error();
  Table& t = *found.value();
  switch (t.status()) {
    case TableStatus::kCreating:
      return ApiError::InUse("Attempt to change a resource which is still in use: Table is being created: " + name.value());
    case TableStatus::kUpdating:
      return ApiError::InUse("Attempt to change a resource which is still in use: Table is being updated: " + name.value());
    case TableStatus::kDeleting:
      return json{{"TableDescription", DescribeTableJson(s, t)}};
    case TableStatus::kActive:
      break;
  }
  if (auto blocked = IndexBlockingTableChange(t)) return ApiError::InUse(*blocked);
  if (t.def().deletion_protection) {
    return ApiError::Validation(
        "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");
  }
  DisableStreamOfDeletedTable(s, t);  // [stream] its records stay readable for 24 hours
  t.set_status(TableStatus::kDeleting);
  json response = {{"TableDescription", DescribeTableJson(s, t)}};
  const std::string table_name = name.value();
  s.Emit(EventKind::kTableDeleted, table_name, -1, 0, 0, 0, "DELETING");
  s.scheduler.After(s.control_rng.Between(2000, 4000), [&s, table_name] {
    s.last_data_table = nullptr;
    s.tables.erase(table_name);
  });
  return response;
}

Result<json> UpdateTable(EngineState& s, const json& request) {
  RequestView v(request);
  auto name = v.RequiredString("TableName");
  if (!name.ok()) return name.take_error();
  DDB_TRY(RejectUnsupported(v, "ReplicaUpdates", "global tables"));
  auto found = FindTable(s, name.value());
  if (!found.ok()) return found.take_error();
  Table& t = *found.value();
  if (t.status() != TableStatus::kActive) {
    return ApiError::InUse("Attempt to change a resource which is still in use: Table is " +
                           std::string(TableStatusName(t.status())) + ": " + name.value());
  }
  auto billing = v.Enum("BillingMode", {"PROVISIONED", "PAY_PER_REQUEST"}, "");
  if (!billing.ok()) return billing.take_error();
  // --- Secondary indexes: GlobalSecondaryIndexUpdates (index/index_lifecycle.h), on their own, except
  // when an on-demand table switches to PROVISIONED: its GSIs' throughput must come in the same call.
  const bool gsi_updates = v.has("GlobalSecondaryIndexUpdates");
  const bool switch_to_provisioned = t.def().billing == BillingMode::kPayPerRequest && billing.value() == "PROVISIONED";
  if (gsi_updates && !switch_to_provisioned) {
    if (v.has("ProvisionedThroughput") || v.has("BillingMode") || v.has("StreamSpecification")) {
      return ApiError::Validation("ddbviz applies GlobalSecondaryIndexUpdates and a change of the table's throughput, "
                                  "billing mode or stream in separate UpdateTable calls; send them one at a time");
    }
    DDB_TRY(ApplyGlobalIndexUpdates(s, t, v, t.def().billing));
    s.Emit(EventKind::kTableUpdated, name.value());
    return json{{"TableDescription", DescribeTableJson(s, t)}};
  }
  auto pt = v.Object("ProvisionedThroughput");
  if (!pt.ok()) return pt.take_error();
  auto protection = v.Bool("DeletionProtectionEnabled");
  if (!protection.ok()) return protection.take_error();
  auto table_class = v.Enum("TableClass", {"STANDARD", "STANDARD_INFREQUENT_ACCESS"}, "");
  if (!table_class.ok()) return table_class.take_error();
  auto stream_spec = ReadStreamSpecification(request);  // [stream]
  if (!stream_spec.ok()) return stream_spec.take_error();
  DDB_TRY(CheckStreamUpdate(s, t, stream_spec.value()));

  TableDefinition next = t.def();
  if (!billing.value().empty()) next.billing = billing.value() == "PROVISIONED" ? BillingMode::kProvisioned
                                                                                : BillingMode::kPayPerRequest;
  if (next.billing == BillingMode::kPayPerRequest) {
    if (pt.value()) {
      return ApiError::Validation(
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be "
          "specified when BillingMode is PAY_PER_REQUEST");
    }
    next.read_capacity = next.write_capacity = 0;
  } else if (pt.value()) {
    auto rw = ParseThroughput(*pt.value());
    if (!rw.ok()) return rw.take_error();
    next.read_capacity = rw.value().first;
    next.write_capacity = rw.value().second;
    if (t.def().billing == BillingMode::kProvisioned && next.read_capacity == t.def().read_capacity &&
        next.write_capacity == t.def().write_capacity && billing.value().empty()) {
      return ApiError::Validation(
          "The provisioned throughput for the table will not change. The requested value equals the current value. "
          "Current ReadCapacityUnits provisioned for the table: " + std::to_string(t.def().read_capacity) +
          ". Requested ReadCapacityUnits: " + std::to_string(next.read_capacity) +
          ". Current WriteCapacityUnits provisioned for the table: " + std::to_string(t.def().write_capacity) +
          ". Requested WriteCapacityUnits: " + std::to_string(next.write_capacity) +
          ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
    }
  } else if (t.def().billing == BillingMode::kPayPerRequest) {
    return ApiError::Validation(
        "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be "
        "specified when BillingMode is PROVISIONED");
  }
  if (protection.value()) next.deletion_protection = *protection.value();
  if (!table_class.value().empty()) next.table_class = table_class.value();
  bool cap_given = false;
  DDB_TRY(ReadOnDemandThroughput(v, &next, &cap_given));
  if (next.billing == BillingMode::kProvisioned) next.max_read_request_units = next.max_write_request_units = -1;

  const bool changes_capacity = next.billing != t.def().billing || next.read_capacity != t.def().read_capacity ||
                                next.write_capacity != t.def().write_capacity;
  // The documented limits on decreases and on switching to on-demand.
  const bool decrease = next.billing == BillingMode::kProvisioned && t.def().billing == BillingMode::kProvisioned &&
                        (next.read_capacity < t.def().read_capacity || next.write_capacity < t.def().write_capacity);
  const bool to_on_demand = t.def().billing == BillingMode::kProvisioned && next.billing == BillingMode::kPayPerRequest;
  if (changes_capacity) {
    if (auto blocked = IndexBlockingTableChange(t)) return ApiError::InUse(*blocked);
  }
  if (decrease) DDB_TRY(t.capacity().quotas.CheckDecrease(s.now_ms()));
  if (to_on_demand) DDB_TRY(t.capacity().quotas.CheckSwitchToOnDemand(s.now_ms()));
  // The GSIs' throughput for a switch to PROVISIONED (validated whole before the table changes; their
  // lanes are set when each index update completes, against the table's new mode).
  if (switch_to_provisioned) DDB_TRY(ApplyGlobalIndexUpdates(s, t, v, BillingMode::kProvisioned));
  if (decrease) t.capacity().quotas.RecordDecrease(s.now_ms());
  if (to_on_demand) t.capacity().quotas.RecordSwitchToOnDemand(s.now_ms());
  if (t.def().billing == BillingMode::kProvisioned && next.billing == BillingMode::kPayPerRequest) {
    // A provisioned table switched to on-demand keeps at least its provisioned throughput
    // (Developer Guide, "Switching capacity modes"): as if that were half its previous peak.
    t.capacity().peak_read = std::max(t.capacity().peak_read, static_cast<double>(t.def().read_capacity) / 2);
    t.capacity().peak_write = std::max(t.capacity().peak_write, static_cast<double>(t.def().write_capacity) / 2);
  }
  const std::string change = CapacityChange(t.def(), next);
  t.mutable_def() = next;
  const std::string table_name = name.value();
  if (changes_capacity) {
    t.set_status(TableStatus::kUpdating);
    // The new throughput applies when the update completes (simulation choice: 3-6 s).
    s.scheduler.After(s.control_rng.Between(3000, 6000), [&s, table_name, change] {
      auto it = s.tables.find(table_name);
      if (it == s.tables.end() || it->second->status() != TableStatus::kUpdating) return;
      Table& updated = *it->second;
      GrowPartitionsForThroughput(s, updated);
      if (updated.def().billing == BillingMode::kPayPerRequest) IndexesFollowOnDemand(s, updated);
      updated.set_status(TableStatus::kActive);
      s.Emit(EventKind::kCapacityChanged, table_name, -1, 0, 0, 0,
             change + " (" + std::to_string(updated.partitions().size()) + " partitions)");
      s.Emit(EventKind::kTableActive, table_name);
    });
  }
  if (cap_given && !changes_capacity) {
    // A new maximum applies at once (the lanes are set again when a capacity change completes).
    ConfigureThroughput(t, s.now_ms(), /*reset=*/false);
    s.Emit(EventKind::kCapacityChanged, table_name, -1, 0, 0, 0,
           "OnDemandThroughput maximum: " + std::to_string(t.def().max_read_request_units) + " RRU/s, " +
               std::to_string(t.def().max_write_request_units) + " WRU/s (-1: none)");
  }
  ApplyStreamSpecification(s, t, stream_spec.value());  // [stream]
  s.Emit(EventKind::kTableUpdated, table_name);
  return json{{"TableDescription", DescribeTableJson(s, t)}};
}

}  // namespace ddb
