// Reading secondary-index definitions from CreateTable and UpdateTable requests, with DynamoDB's
// validation messages (as mirrored by DYNALITE's validations/createTable.js where the service's
// own text is known; the few messages ddbviz had to word itself say so in a comment).
#pragma once

#include "api/request.h"
#include "index/index_definition.h"

#include <vector>

namespace ddb {

// Reads LocalSecondaryIndexes and GlobalSecondaryIndexes of a CreateTable request. `table` holds
// the table's key schema, attribute definitions and billing mode. Also checks that every attribute
// definition is used by the table's or an index's key schema (DynamoDB refuses unused ones).
Result<std::vector<IndexDefinition>> ReadCreateTableIndexes(const RequestView& v, const TableDefinition& table);

// Reads one GlobalSecondaryIndexUpdates Create of UpdateTable. `defs` are the request's
// AttributeDefinitions (which must define the new index's keys, with the table's types where the
// table already defines them); `existing` counts the table's non-key attributes already projected.
Result<IndexDefinition> ReadCreateGlobalIndex(const json& create, const std::vector<KeyElement>& defs,
                                              const TableDefinition& table, size_t existing_non_key_attributes);

// Reads an optional AttributeDefinitions member (UpdateTable).
Result<std::vector<KeyElement>> ReadAttributeDefinitions(const RequestView& v);

// Reads a ProvisionedThroughput object (both units >= 1).
Result<std::pair<int64_t, int64_t>> ReadIndexThroughput(const json& pt, const std::string& path);

size_t NonKeyAttributeCount(const std::vector<IndexDefinition>& indexes);

}  // namespace ddb
