// The DynamoDB requests the UI sends, built as the same DynamoDB JSON a real client would send,
// and the one place that runs them through Engine::Handle and records the answer for display.
// The viz never changes the engine any other way (apart from advancing its clock).
#pragma once

#include "app/view_state.h"
#include "ddb/engine.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ddb::viz {

// "S", "N" or "B" for a KeyType index (as stored in the forms' combo boxes).
const char* KeyTypeName(int key_type);

// JSON text that never aborts: invalid UTF-8 is replaced instead of raising.
std::string DumpJson(const nlohmann::json& value, int indent = -1);

nlohmann::json CreateTableRequest(const CreateTableForm& form);
// The friendly first table: Music (Artist S HASH, SongTitle S RANGE), PROVISIONED 5/5.
nlohmann::json SampleTableRequest();
inline constexpr const char* kSampleTableName = "Music";

// {"<pk>": {"<type>": value}, "<sk>": ...}. B values are typed as base64 text.
nlohmann::json KeyObject(const KeySchema& schema, const std::string& partition_value,
                         const std::string& sort_value);
// PutItem from the form: the key plus the extra attributes object (DynamoDB JSON). Returns false
// with *error set when extra_json is not a JSON object.
bool PutItemRequest(const std::string& table, const KeySchema& schema, const ItemForm& form,
                    nlohmann::json* out, std::string* error);
nlohmann::json GetItemRequest(const std::string& table, const KeySchema& schema,
                              const ItemForm& form);
nlohmann::json DeleteItemRequest(const std::string& table, const KeySchema& schema,
                                 const ItemForm& form);
// `n` PutItem requests with varied keys, drawn deterministically from *counter (advanced).
std::vector<nlohmann::json> RandomPutRequests(const std::string& table, const KeySchema& schema,
                                              uint64_t* counter, int n);

// The key schema of `table` via DescribeTable, cached in state.key_schemas. Null if unknown.
const KeySchema* FindKeySchema(Engine& engine, ViewState& state, const std::string& table);

// Runs one request and records the outcome in state.last_response. Returns true on success.
bool RunRequest(Engine& engine, ViewState& state, std::string_view operation,
                const nlohmann::json& request);
// Records a problem found before sending (e.g. malformed extra-attributes JSON).
void RecordLocalError(ViewState& state, std::string_view operation, std::string type,
                      std::string message);

}  // namespace ddb::viz
