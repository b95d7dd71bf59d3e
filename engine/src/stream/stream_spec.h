// StreamSpecification on CreateTable and UpdateTable, and the stream members of a
// TableDescription (dynamodb-model §8.1; API reference StreamSpecification, TableDescription).
// The view type cannot be edited: a table disables its stream and enables a new one, which gets a
// new label and ARN while the old one stays readable for 24 hours.
#pragma once

#include "api/engine_state.h"

namespace ddb {

struct StreamSpecRequest {
  bool present = false;  // the request had a StreamSpecification
  bool enabled = false;
  StreamViewType view = StreamViewType::kKeysOnly;
};

// Reads the StreamSpecification member of `request` (absent: present = false).
Result<StreamSpecRequest> ReadStreamSpecification(const json& request);
// UpdateTable's documented errors: enabling while a stream is enabled -> ResourceInUseException;
// disabling without one -> ValidationException.
Status CheckStreamUpdate(const EngineState& s, const Table& t, const StreamSpecRequest& spec);
// Enables or disables as asked. REQUIRES: CheckStreamUpdate passed (or a new table).
void ApplyStreamSpecification(EngineState& s, const Table& t, const StreamSpecRequest& spec);
// A deleted table's stream is disabled; its records stay readable for 24 hours.
void DisableStreamOfDeletedTable(EngineState& s, const Table& t);
// Adds StreamSpecification, LatestStreamArn and LatestStreamLabel to a TableDescription.
void AddStreamDescription(const EngineState& s, const Table& t, json* description);

}  // namespace ddb
