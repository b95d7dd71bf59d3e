// The table designer's model, free of ImGui: a table design as the learner fills it in (keys,
// capacity, scale profile, local and global secondary indexes, stream), the CreateTable request
// it makes (DynamoDB JSON, and the same request as an `aws dynamodb create-table` command line),
// the attribute definitions derived from every key it uses, and the problems DynamoDB would
// reject it for, each worded for a learner and tied to the field it is about.
//
// Rules mirrored from the DynamoDB Developer Guide and API reference: names, CreateTable, capacity
// minimums and the per-table quota, secondary index limits and projections, stream
// view types.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ddb::viz {

// Values of the form's combo boxes (indexes into the labels below).
enum class ProjectionKind { kKeysOnly = 0, kInclude = 1, kAll = 2 };
enum class StreamKind { kOff = 0, kKeysOnly, kNewImage, kOldImage, kNewAndOldImages };
// kDefault sends no tag: the table gets the simulation's own profile (--profile).
enum class ProfileKind { kDefault = 0, kReal, kClassroom };

// DynamoDB limits the designer checks before sending (quoted where they are used).
inline constexpr int kMaxLocalIndexes = 5;
inline constexpr int kMaxGlobalIndexes = 20;
inline constexpr int kMaxNonKeyAttributesPerIndex = 20;
inline constexpr int kMaxNonKeyAttributesPerTable = 100;
inline constexpr int kMaxTableCapacityUnits = 40000;

// A key attribute: its name and scalar type (0 = S, 1 = N, 2 = B, as KeyTypeName reads it).
struct DesignKey {
  std::string name;
  int type = 0;
};

// One secondary index. A local index has the table's partition key, so `partition_key` is unused
// for it and its sort key is required; a global index has its own partition key and an optional
// sort key, and its own capacity when the table is provisioned.
struct DesignIndex {
  std::string name;
  DesignKey partition_key;  // global indexes only
  bool has_sort_key = true;  // always true for a local index
  DesignKey sort_key;
  ProjectionKind projection = ProjectionKind::kAll;
  std::string non_key_attributes;  // INCLUDE only: names as typed, separated by commas or spaces
  int read_capacity = 5;   // global indexes of a provisioned table only
  int write_capacity = 5;
};

struct TableDesign {
  std::string name = "Orders";
  DesignKey partition_key{"CustomerId", 0};
  bool has_sort_key = true;
  DesignKey sort_key{"OrderDate", 0};
  bool on_demand = false;
  int read_capacity = 5;
  int write_capacity = 5;
  ProfileKind profile = ProfileKind::kDefault;
  std::vector<DesignIndex> local_indexes;
  std::vector<DesignIndex> global_indexes;
  StreamKind stream = StreamKind::kOff;
};

// Something DynamoDB would refuse, for the field it is about. Field ids: "name", "pk", "sk",
// "capacity", "lsi" and "gsi" (the index lists), "lsi/<i>/name", "lsi/<i>/sk", "lsi/<i>/nonkey",
// "gsi/<i>/name", "gsi/<i>/pk", "gsi/<i>/sk", "gsi/<i>/nonkey", "gsi/<i>/capacity",
// "nonkey" (the table-wide total) and "attr/<name>" (one name used with two types).
struct DesignProblem {
  std::string field;
  std::string message;
};

// One entry of AttributeDefinitions, in order of first use (table keys, then LSIs, then GSIs).
// `conflict` names the other type this attribute is also declared with, empty when none.
struct DerivedAttribute {
  std::string name;
  std::string type;      // "S", "N" or "B": the first use wins
  std::string conflict;  // e.g. "N" when a later key declares the same name as a number
};

// Labels of the combo boxes, in enum order.
inline constexpr const char* kProjectionLabels[] = {"KEYS_ONLY", "INCLUDE", "ALL"};
inline constexpr const char* kStreamLabels[] = {"Off", "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE",
                                                "NEW_AND_OLD_IMAGES"};

// The attribute names of an INCLUDE list as typed ("Total, Status Items"): split at commas and
// white space, empty pieces dropped, order kept (duplicates too, so validation can flag them).
std::vector<std::string> ParseAttributeList(std::string_view text);

// Every key attribute of the table and its indexes, deduplicated by name.
std::vector<DerivedAttribute> DeriveAttributeDefinitions(const TableDesign& design);

// Everything DynamoDB would reject, in form order; empty when the design can be sent.
std::vector<DesignProblem> ValidateDesign(const TableDesign& design);

// The CreateTable request, members in the API reference's order (TableName first), so the
// preview reads like the AWS documentation.
nlohmann::ordered_json CreateTableRequestFor(const TableDesign& design);
// The same request as the json Engine::Handle takes (same members, its own key order).
nlohmann::json CreateTableRequestToSend(const TableDesign& design);
// The same request pretty-printed (2 spaces; a small structure such as a KeySchema entry stays on
// one line when it fits in 64 columns), and as the AWS CLI command that sends it.
std::string CreateTableJsonText(const TableDesign& design);
std::string CreateTableCliText(const TableDesign& design);

// Presets that fill the whole form: "music", "orders-gsi", "forum-lsi".
struct DesignPreset {
  const char* id;
  const char* label;
};
inline constexpr DesignPreset kDesignPresets[] = {
    {"music", "Music (simple)"}, {"orders-gsi", "Orders with GSI"}, {"forum-lsi", "Forum with LSI"}};
// Fills *design from the preset `id`. Returns false (design untouched) for an unknown id.
bool ApplyDesignPreset(std::string_view id, TableDesign* design);

}  // namespace ddb::viz
