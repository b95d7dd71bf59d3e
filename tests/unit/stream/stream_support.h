// Helpers for the stream tests: tables with a stream, and reading a stream back the way a
// DynamoDB Streams client does (DescribeStream, GetShardIterator, GetRecords).
#pragma once

#include "test_support.h"

#include <string>
#include <vector>

namespace ddb::test {

// A table keyed by "pk" (S), provisioned 5/5 (one partition) unless told otherwise, with a stream
// of `view` (empty: no stream), ACTIVE.
inline json StreamTableRequest(const std::string& name, const std::string& view, int rcu = 5, int wcu = 5) {
  json r = {{"TableName", name},
            {"AttributeDefinitions", {{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", {{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
            {"ProvisionedThroughput", {{"ReadCapacityUnits", rcu}, {"WriteCapacityUnits", wcu}}}};
  if (!view.empty()) r["StreamSpecification"] = {{"StreamEnabled", true}, {"StreamViewType", view}};
  return r;
}

inline std::string CreateStreamTable(Engine& e, const std::string& name, const std::string& view, int rcu = 5,
                                     int wcu = 5) {
  CreateActive(e, StreamTableRequest(name, view, rcu, wcu));
  return Call(e, "DescribeTable", {{"TableName", name}})["Table"]["LatestStreamArn"].get<std::string>();
}

inline void Put(Engine& e, const std::string& table, const std::string& pk, json extra = json::object()) {
  json item = {{"pk", {{"S", pk}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) item[it.key()] = it.value();
  Call(e, "PutItem", {{"TableName", table}, {"Item", item}});
}

inline void Delete(Engine& e, const std::string& table, const std::string& pk) {
  Call(e, "DeleteItem", {{"TableName", table}, {"Key", {{"pk", {{"S", pk}}}}}});
}

inline json Shards(Engine& e, const std::string& arn) {
  return Call(e, "DescribeStream", {{"StreamArn", arn}})["StreamDescription"]["Shards"];
}

inline std::string Iterator(Engine& e, const std::string& arn, const std::string& shard, const std::string& type,
                            const std::string& sequence = "") {
  json r = {{"StreamArn", arn}, {"ShardId", shard}, {"ShardIteratorType", type}};
  if (!sequence.empty()) r["SequenceNumber"] = sequence;
  return Call(e, "GetShardIterator", r)["ShardIterator"].get<std::string>();
}

// Every record of one shard from TRIM_HORIZON, following NextShardIterator until a page is empty
// (an open shard) or the iterator is null (a closed shard).
inline json ReadShard(Engine& e, const std::string& arn, const std::string& shard) {
  json all = json::array();
  std::string it = Iterator(e, arn, shard, "TRIM_HORIZON");
  for (;;) {
    json page = Call(e, "GetRecords", {{"ShardIterator", it}});
    for (const json& r : page["Records"]) all.push_back(r);
    if (!page.contains("NextShardIterator") || page["Records"].empty()) break;
    it = page["NextShardIterator"].get<std::string>();
  }
  return all;
}

// Every record of the stream, shard by shard in DescribeStream order (parents before children).
inline json ReadStream(Engine& e, const std::string& arn) {
  json all = json::array();
  for (const json& shard : Shards(e, arn)) {
    for (const json& r : ReadShard(e, arn, shard["ShardId"].get<std::string>())) all.push_back(r);
  }
  return all;
}

inline size_t CountEvents(const Engine& e, EventKind kind) {
  size_t n = 0;
  for (const Event& ev : e.events().all()) n += ev.kind == kind;
  return n;
}

}  // namespace ddb::test
