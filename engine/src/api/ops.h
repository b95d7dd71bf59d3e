// The operation handlers behind Engine::Handle, one per DynamoDB operation, grouped by file:
// ops_table.cpp (control plane), ops_item.cpp (single-item data plane),
// ops_read.cpp (Query, Scan), ops_batch.cpp (BatchGetItem, BatchWriteItem). Each reads and validates
// the whole request first, then applies it.
#pragma once

#include "api/engine_state.h"
#include "ddb/requests.h"

namespace ddb {

Result<json> CreateTable(EngineState& s, const json& request);
Result<json> DescribeTable(EngineState& s, const json& request);
Result<json> ListTables(EngineState& s, const json& request);
Result<json> DeleteTable(EngineState& s, const json& request);
Result<json> UpdateTable(EngineState& s, const json& request);

Result<json> PutItem(EngineState& s, const json& request);
Result<json> GetItem(EngineState& s, const json& request);
Result<json> UpdateItem(EngineState& s, const json& request);
Result<json> DeleteItem(EngineState& s, const json& request);
Result<json> Query(EngineState& s, const json& request);
Result<json> Scan(EngineState& s, const json& request);
Result<json> BatchGetItem(EngineState& s, const json& request);
Result<json> BatchWriteItem(EngineState& s, const json& request);

// DynamoDB Streams (ops_stream.cpp).
Result<json> ListStreams(EngineState& s, const json& request);
Result<json> DescribeStream(EngineState& s, const json& request);
Result<json> GetShardIterator(EngineState& s, const json& request);
Result<json> GetRecords(EngineState& s, const json& request);

// ddbviz extensions (ops_capacity.cpp).
Result<json> DescribePartitions(EngineState& s, const json& request);
Result<json> DescribeMetrics(EngineState& s, const json& request);
Result<json> SetAutoScaling(EngineState& s, const json& request);
Result<json> StartWorkload(EngineState& s, const json& request);  // ops_workload.cpp
Result<json> StopWorkload(EngineState& s, const json& request);
Result<json> ListWorkloads(EngineState& s, const json& request);
// Stream triggers, a simulated Lambda event source mapping (stream/trigger_ops.cpp).
Result<json> CreateStreamTrigger(EngineState& s, const json& request);
Result<json> DeleteStreamTrigger(EngineState& s, const json& request);
Result<json> ListStreamTriggers(EngineState& s, const json& request);
Result<json> DescribeStreamTrigger(EngineState& s, const json& request);

// The text door (Engine::HandleText) of the operations whose response is written once for both
// doors (respond.h): the JSON text is appended to `text` without building a DOM. The hot reads
// have one; every other operation's DOM response is dumped.
Status GetItemText(EngineState& s, const json& request, std::string* text);
Status QueryText(EngineState& s, const json& request, std::string* text);
Status ScanText(EngineState& s, const json& request, std::string* text);

// The typed door (ddb/requests.h): the JSON handlers above read their request and call these.
Result<WriteOutput> ExecutePutItem(EngineState& s, PutItemInput&& in);
Result<WriteOutput> ExecuteDeleteItem(EngineState& s, const DeleteItemInput& in);
Result<GetItemOutput> ExecuteGetItem(EngineState& s, const GetItemInput& in);
Result<QueryOutput> ExecuteQuery(EngineState& s, const QueryInput& in);

// Shared by handlers: the table a data-plane request names, if it exists and accepts traffic.
Result<Table*> FindTableForData(EngineState& s, const std::string& name);
// The table a control-plane request names, in any status.
Result<Table*> FindTable(EngineState& s, const std::string& name);
// The TableDescription shape of DescribeTable/CreateTable/DeleteTable responses.
json DescribeTableJson(const EngineState& s, const Table& table);

}  // namespace ddb
