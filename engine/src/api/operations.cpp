// The operation registry: DynamoDB operation name -> handler. Adding an operation is one line.
#include "api/ops.h"

#include <string_view>

namespace ddb {
namespace {

struct Operation {
  std::string_view name;
  OpHandler handler;
  TextHandler text = nullptr;
};

constexpr Operation kOperations[] = {
    {"CreateTable", CreateTable},
    {"DeleteTable", DeleteTable},
    {"DescribeTable", DescribeTable},
    {"ListTables", ListTables},
    {"UpdateTable", UpdateTable},
    {"PutItem", PutItem},
    {"GetItem", GetItem, GetItemText},
    {"UpdateItem", UpdateItem},
    {"DeleteItem", DeleteItem},
    {"Query", Query, QueryText},
    {"Scan", Scan, ScanText},
    {"BatchGetItem", BatchGetItem},
    {"BatchWriteItem", BatchWriteItem},
    // DynamoDB Streams (a separate AWS service, same door here).
    {"ListStreams", ListStreams},
    {"DescribeStream", DescribeStream},
    {"GetShardIterator", GetShardIterator},
    {"GetRecords", GetRecords},
    // ddbviz extensions: what DynamoDB does not show.
    {"DescribePartitions", DescribePartitions},
    {"DescribeMetrics", DescribeMetrics},
    {"SetAutoScaling", SetAutoScaling},
    {"StartWorkload", StartWorkload},
    {"StopWorkload", StopWorkload},
    {"ListWorkloads", ListWorkloads},
    {"CreateStreamTrigger", CreateStreamTrigger},
    {"DeleteStreamTrigger", DeleteStreamTrigger},
    {"ListStreamTriggers", ListStreamTriggers},
    {"DescribeStreamTrigger", DescribeStreamTrigger},
};

}  // namespace

OpHandler FindOperation(std::string_view name) {
  for (const Operation& op : kOperations) {
    if (op.name == name) return op.handler;
  }
  return nullptr;
}

TextHandler FindTextOperation(std::string_view name) {
  for (const Operation& op : kOperations) {
    if (op.name == name) return op.text;
  }
  return nullptr;
}

}  // namespace ddb
