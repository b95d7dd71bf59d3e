// What a secondary index is (dynamodb-model §7): its kind, key schema, projection and, for a
// global index of a provisioned table, its own throughput. Parsed from CreateTable and UpdateTable
// (index_schema.h); the index's data lives in SecondaryIndex (secondary_index.h).
#pragma once

#include "storage/table.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

enum class IndexKind : uint8_t { kLocal, kGlobal };
enum class ProjectionType : uint8_t { kKeysOnly, kInclude, kAll };
enum class IndexStatus : uint8_t { kCreating, kUpdating, kDeleting, kActive };

const char* ProjectionTypeName(ProjectionType p);
const char* IndexStatusName(IndexStatus s);

// Developer Guide, "Quotas" (secondary indexes): 5 local and 20 global indexes per table, 100
// projected non-key attributes across all of a table's indexes; the API model caps each index's
// NonKeyAttributes list at 20.
inline constexpr size_t kMaxLocalIndexes = 5;
inline constexpr size_t kMaxGlobalIndexes = 20;
inline constexpr size_t kMaxNonKeyAttributesPerIndex = 20;
inline constexpr size_t kMaxNonKeyAttributesPerTable = 100;

struct IndexDefinition {
  std::string name;
  IndexKind kind = IndexKind::kGlobal;
  KeyElement hash_key;
  std::optional<KeyElement> range_key;
  ProjectionType projection = ProjectionType::kAll;
  std::vector<std::string> non_key_attributes;  // INCLUDE only, in request order
  int64_t read_capacity = 0, write_capacity = 0;  // a GSI of a provisioned table; 0 otherwise
  std::string arn;

  bool global() const { return kind == IndexKind::kGlobal; }
  // Whether an entry of this index carries `attribute`: the table's and the index's keys always,
  // the listed attributes for INCLUDE, everything for ALL.
  bool Projects(const TableDefinition& table, std::string_view attribute) const;
};

}  // namespace ddb
