// What the console needs to know about DynamoDB requests: every operation with its request
// members (in API-reference order, required ones marked), the JSON kind of every member that is
// not a plain string, and the allowed values of enum members. The AWS CLI derives its commands
// and options from the same facts (put-item <-> PutItem, --table-name <-> TableName), so one table
// drives parsing, completion and FormatAsCli alike. Shorthand syntax only produces strings, lists
// and objects; MemberKind says which strings become numbers or booleans and which scalars are
// really one-element lists, exactly as the CLI types shorthand by the service model.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ddb::cli {

enum class MemberKind {
  kString,         // also enums, ARNs, expressions, blobs
  kInteger,        // integer and long members
  kDouble,
  kBoolean,        // top-level booleans are flags: --consistent-read / --no-consistent-read
  kTimestamp,      // epoch seconds on the wire
  kStruct,         // object whose keys are member names (AttributeValue included)
  kStringList,     // list of strings
  kStructList,     // list of structures (or of AttributeValues)
  kValueMapList,   // list of attribute maps (BatchGetItem Keys)
  kValueMap,       // attribute name -> AttributeValue (Item, Key, ExpressionAttributeValues)
  kStringMap,      // string -> string (ExpressionAttributeNames)
  kStructMap,      // string -> structure or list of structures (RequestItems, KeyConditions)
};

struct MemberSpec {
  std::string name;  // "TableName"
  bool required = false;
};

struct OperationSpec {
  std::string_view name;  // "PutItem"
  std::vector<MemberSpec> members;
};

// All DynamoDB operations (API version 2012-08-10), sorted by name.
const std::vector<OperationSpec>& Operations();
// nullptr when unknown. Exact, case-sensitive.
const OperationSpec* FindOperation(std::string_view operation);
// Looks up an AWS CLI command ("put-item"); nullptr when unknown.
const OperationSpec* FindCommand(std::string_view command);
const MemberSpec* FindMember(const OperationSpec& op, std::string_view member);
// The DynamoDB Streams operations (a separate AWS CLI service: aws dynamodbstreams <command>).
bool IsStreamsOperation(std::string_view operation);

// The kind of a member by name; kString for names not listed. Member names mean the same thing
// wherever they occur in DynamoDB requests, except Tag's Key and Value (plain strings there);
// shorthand typing leaves strings alone under map kinds, so that clash is harmless.
MemberKind KindOf(std::string_view member);
bool IsListKind(MemberKind kind);
bool IsScalarKind(MemberKind kind);

// Allowed values of an enum member ("ReturnValues" -> NONE, ALL_OLD, ...); empty when not an enum.
const std::vector<std::string_view>& EnumValues(std::string_view member);

// The AWS CLI's spelling of a name: "PutItem" -> "put-item", "SSESpecification" ->
// "sse-specification" (a capital starts a new word unless it continues an acronym).
std::string KebabCase(std::string_view pascal);

// The paging model the AWS CLI adds to Query, Scan and the List operations (--max-items,
// --page-size, --starting-token). Empty input_token when the operation does not paginate.
struct Paging {
  std::string_view input_token;  // member that --starting-token feeds, e.g. "ExclusiveStartKey"
  std::string_view limit_key;    // member that --page-size sets ("Limit"), may be empty
};
Paging PagingOf(std::string_view operation);

// Levenshtein distance, for "did you mean" hints.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace ddb::cli
