#include "index/index_definition.h"

#include <algorithm>

namespace ddb {

const char* ProjectionTypeName(ProjectionType p) {
  switch (p) {
    case ProjectionType::kKeysOnly: return "KEYS_ONLY";
    case ProjectionType::kInclude: return "INCLUDE";
    case ProjectionType::kAll: return "ALL";
  }
  return "ALL";
}

const char* IndexStatusName(IndexStatus s) {
  switch (s) {
    case IndexStatus::kCreating: return "CREATING";
    case IndexStatus::kUpdating: return "UPDATING";
    case IndexStatus::kDeleting: return "DELETING";
    case IndexStatus::kActive: return "ACTIVE";
  }
  return "ACTIVE";
}

bool IndexDefinition::Projects(const TableDefinition& table, std::string_view attribute) const {
  if (projection == ProjectionType::kAll) return true;
  if (attribute == table.hash_key.name || (table.range_key && attribute == table.range_key->name)) return true;
  if (attribute == hash_key.name || (range_key && attribute == range_key->name)) return true;
  return projection == ProjectionType::kInclude &&
         std::find(non_key_attributes.begin(), non_key_attributes.end(), attribute) != non_key_attributes.end();
}

}  // namespace ddb
