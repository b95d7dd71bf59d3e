#include "cli/cli_schema.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

namespace ddb::cli {
namespace {

// One line per operation: its request members in API-reference order; '!' marks required ones.
// Adding an operation is adding a line. Lines marked "ddbviz" are the simulator's extension
// operations (DescribePartitions, workloads, ...), not AWS ones.
struct OperationLine {
  std::string_view name;
  std::string_view members;
};
constexpr OperationLine kOperationLines[] = {
    {"BatchExecuteStatement", "Statements! ReturnConsumedCapacity"},
    {"BatchGetItem", "RequestItems! ReturnConsumedCapacity"},
    {"BatchWriteItem", "RequestItems! ReturnConsumedCapacity ReturnItemCollectionMetrics"},
    {"CreateBackup", "TableName! BackupName!"},
    {"CreateGlobalTable", "GlobalTableName! ReplicationGroup!"},
    {"CreateTable", "AttributeDefinitions TableName! KeySchema LocalSecondaryIndexes "
                    "GlobalSecondaryIndexes BillingMode ProvisionedThroughput "
                    "StreamSpecification SSESpecification Tags TableClass "
                    "DeletionProtectionEnabled WarmThroughput ResourcePolicy OnDemandThroughput "
                    "GlobalTableSourceArn GlobalTableSettingsReplicationMode"},
    {"DeleteBackup", "BackupArn!"},
    {"DeleteItem", "TableName! Key! Expected ConditionalOperator ReturnValues "
                   "ReturnConsumedCapacity ReturnItemCollectionMetrics ConditionExpression "
                   "ExpressionAttributeNames ExpressionAttributeValues "
                   "ReturnValuesOnConditionCheckFailure"},
    {"DeleteResourcePolicy", "ResourceArn! ExpectedRevisionId"},
    {"DeleteTable", "TableName!"},
    {"DescribeBackup", "BackupArn!"},
    {"DescribeContinuousBackups", "TableName!"},
    {"DescribeContributorInsights", "TableName! IndexName"},
    {"DescribeEndpoints", ""},
    {"DescribeExport", "ExportArn!"},
    {"DescribeGlobalTable", "GlobalTableName!"},
    {"DescribeGlobalTableSettings", "GlobalTableName!"},
    {"DescribeImport", "ImportArn!"},
    {"DescribeKinesisStreamingDestination", "TableName!"},
    {"DescribeLimits", ""},
    {"DescribeMetrics", "TableName! IndexName StartSecond EndSecond IncludePartitions"},  // ddbviz
    {"DescribePartitions", "TableName! IndexName"},                                       // ddbviz
    {"DescribeTable", "TableName!"},
    {"DescribeTableReplicaAutoScaling", "TableName!"},
    {"DescribeTimeToLive", "TableName!"},
    {"DisableKinesisStreamingDestination", "TableName! StreamArn! "
                                           "EnableKinesisStreamingConfiguration"},
    {"EnableKinesisStreamingDestination", "TableName! StreamArn! "
                                          "EnableKinesisStreamingConfiguration"},
    {"ExecuteStatement", "Statement! Parameters ConsistentRead NextToken ReturnConsumedCapacity "
                         "Limit ReturnValuesOnConditionCheckFailure"},
    {"ExecuteTransaction", "TransactStatements! ClientRequestToken ReturnConsumedCapacity"},
    {"ExportTableToPointInTime", "TableArn! ExportTime ClientToken S3Bucket! S3BucketOwner "
                                 "S3Prefix S3SseAlgorithm S3SseKmsKeyId ExportFormat ExportType "
                                 "IncrementalExportSpecification"},
    {"GetItem", "TableName! Key! AttributesToGet ConsistentRead ReturnConsumedCapacity "
                "ProjectionExpression ExpressionAttributeNames"},
    {"GetResourcePolicy", "ResourceArn!"},
    {"ImportTable", "ClientToken S3BucketSource! InputFormat! InputFormatOptions "
                    "InputCompressionType TableCreationParameters!"},
    {"ListBackups", "TableName Limit TimeRangeLowerBound TimeRangeUpperBound "
                    "ExclusiveStartBackupArn BackupType"},
    {"ListContributorInsights", "TableName NextToken MaxResults"},
    {"ListExports", "TableArn MaxResults NextToken"},
    {"ListGlobalTables", "ExclusiveStartGlobalTableName Limit RegionName"},
    {"ListImports", "TableArn PageSize NextToken"},
    {"ListTables", "ExclusiveStartTableName Limit"},
    {"ListTagsOfResource", "ResourceArn! NextToken"},
    {"ListWorkloads", ""},  // ddbviz
    {"PutItem", "TableName! Item! Expected ReturnValues ReturnConsumedCapacity "
                "ReturnItemCollectionMetrics ConditionalOperator ConditionExpression "
                "ExpressionAttributeNames ExpressionAttributeValues "
                "ReturnValuesOnConditionCheckFailure"},
    {"PutResourcePolicy", "ResourceArn! Policy! ExpectedRevisionId "
                          "ConfirmRemoveSelfResourceAccess"},
    {"Query", "TableName! IndexName Select AttributesToGet Limit ConsistentRead KeyConditions "
              "QueryFilter ConditionalOperator ScanIndexForward ExclusiveStartKey "
              "ReturnConsumedCapacity ProjectionExpression FilterExpression "
              "KeyConditionExpression ExpressionAttributeNames ExpressionAttributeValues"},
    {"RestoreTableFromBackup", "TargetTableName! BackupArn! BillingModeOverride "
                               "GlobalSecondaryIndexOverride LocalSecondaryIndexOverride "
                               "ProvisionedThroughputOverride OnDemandThroughputOverride "
                               "SSESpecificationOverride"},
    {"RestoreTableToPointInTime", "SourceTableArn SourceTableName TargetTableName! "
                                  "UseLatestRestorableTime RestoreDateTime BillingModeOverride "
                                  "GlobalSecondaryIndexOverride LocalSecondaryIndexOverride "
                                  "ProvisionedThroughputOverride OnDemandThroughputOverride "
                                  "SSESpecificationOverride"},
    {"Scan", "TableName! IndexName AttributesToGet Limit Select ScanFilter ConditionalOperator "
             "ExclusiveStartKey ReturnConsumedCapacity TotalSegments Segment "
             "ProjectionExpression FilterExpression ExpressionAttributeNames "
             "ExpressionAttributeValues ConsistentRead"},
    {"SetAutoScaling", "TableName! ReadCapacity WriteCapacity"},  // ddbviz
    // DynamoDB Streams (aws dynamodbstreams <command>).
    {"DescribeStream", "StreamArn! Limit ExclusiveStartShardId ShardFilter"},  // dynamodbstreams
    {"GetRecords", "ShardIterator! Limit"},                                    // dynamodbstreams
    {"GetShardIterator", "StreamArn! ShardId! ShardIteratorType! SequenceNumber"},  // dynamodbstreams
    {"ListStreams", "TableName Limit ExclusiveStartStreamArn"},                // dynamodbstreams
    // Stream triggers, a simulated Lambda event source mapping.
    {"CreateStreamTrigger", "TriggerName! StreamArn TableName StartingPosition! Handler BatchSize "
                            "MaximumBatchingWindowInSeconds MaximumRetryAttempts FailureInjection"},  // ddbviz
    {"DeleteStreamTrigger", "TriggerName!"},      // ddbviz
    {"DescribeStreamTrigger", "TriggerName!"},    // ddbviz
    {"ListStreamTriggers", "TableName"},          // ddbviz
    {"StartWorkload", "TableName! WorkloadName! Rate! ReadFraction ConsistentRead ItemSize Keys Sharding "
                      "StopAfterSeconds"},  // ddbviz
    {"StopWorkload", "WorkloadName!"},     // ddbviz
    {"TagResource", "ResourceArn! Tags!"},
    {"TransactGetItems", "TransactItems! ReturnConsumedCapacity"},
    {"TransactWriteItems", "TransactItems! ReturnConsumedCapacity ReturnItemCollectionMetrics "
                           "ClientRequestToken"},
    {"UntagResource", "ResourceArn! TagKeys!"},
    {"UpdateContinuousBackups", "TableName! PointInTimeRecoverySpecification!"},
    {"UpdateContributorInsights", "TableName! IndexName ContributorInsightsAction! "
                                  "ContributorInsightsMode"},
    {"UpdateGlobalTable", "GlobalTableName! ReplicaUpdates!"},
    {"UpdateGlobalTableSettings", "GlobalTableName! GlobalTableBillingMode "
                                  "GlobalTableProvisionedWriteCapacityUnits "
                                  "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate "
                                  "GlobalTableGlobalSecondaryIndexSettingsUpdate "
                                  "ReplicaSettingsUpdate"},
    {"UpdateItem", "TableName! Key! AttributeUpdates Expected ConditionalOperator ReturnValues "
                   "ReturnConsumedCapacity ReturnItemCollectionMetrics UpdateExpression "
                   "ConditionExpression ExpressionAttributeNames ExpressionAttributeValues "
                   "ReturnValuesOnConditionCheckFailure"},
    {"UpdateKinesisStreamingDestination", "TableName! StreamArn! "
                                          "UpdateKinesisStreamingConfiguration"},
    {"UpdateTable", "AttributeDefinitions TableName! BillingMode ProvisionedThroughput "
                    "GlobalSecondaryIndexUpdates StreamSpecification SSESpecification "
                    "ReplicaUpdates TableClass DeletionProtectionEnabled MultiRegionConsistency "
                    "GlobalTableWitnessUpdates OnDemandThroughput WarmThroughput "
                    "GlobalTableSettingsReplicationMode"},
    {"UpdateTableReplicaAutoScaling", "GlobalSecondaryIndexUpdates TableName! "
                                      "ProvisionedWriteCapacityAutoScalingUpdate ReplicaUpdates"},
    {"UpdateTimeToLive", "TableName! TimeToLiveSpecification!"},
};

// Every request member whose JSON is not a plain string, sorted by name (binary-searched).
struct KindLine {
  std::string_view member;
  MemberKind kind;
};
constexpr KindLine kKindLines[] = {
    {"AttributeDefinitions", MemberKind::kStructList},
    {"AttributeUpdates", MemberKind::kStructMap},
    {"AttributeValueList", MemberKind::kStructList},
    {"AttributesToGet", MemberKind::kStringList},
    {"AutoScalingDisabled", MemberKind::kBoolean},
    {"BOOL", MemberKind::kBoolean},
    {"BS", MemberKind::kStringList},
    {"BatchSize", MemberKind::kInteger},
    {"ConditionCheck", MemberKind::kStruct},
    {"ConfirmRemoveSelfResourceAccess", MemberKind::kBoolean},
    {"ConsistentRead", MemberKind::kBoolean},
    {"Create", MemberKind::kStruct},
    {"Csv", MemberKind::kStruct},
    {"Delete", MemberKind::kStruct},
    {"DeleteRequest", MemberKind::kStruct},
    {"DeletionProtectionEnabled", MemberKind::kBoolean},
    {"DisableScaleIn", MemberKind::kBoolean},
    {"EnableKinesisStreamingConfiguration", MemberKind::kStruct},
    {"Enabled", MemberKind::kBoolean},
    {"ExclusiveStartKey", MemberKind::kValueMap},
    {"Exists", MemberKind::kBoolean},
    {"Expected", MemberKind::kStructMap},
    {"ExportFromTime", MemberKind::kTimestamp},
    {"ExportTime", MemberKind::kTimestamp},
    {"ExportToTime", MemberKind::kTimestamp},
    {"ExpressionAttributeNames", MemberKind::kStringMap},
    {"ExpressionAttributeValues", MemberKind::kValueMap},
    {"FailEveryNthInvocation", MemberKind::kInteger},
    {"FailureInjection", MemberKind::kStruct},
    {"FailureRate", MemberKind::kDouble},
    {"Get", MemberKind::kStruct},
    {"GlobalSecondaryIndexOverride", MemberKind::kStructList},
    {"GlobalSecondaryIndexUpdates", MemberKind::kStructList},
    {"GlobalSecondaryIndexes", MemberKind::kStructList},
    {"GlobalTableGlobalSecondaryIndexSettingsUpdate", MemberKind::kStructList},
    {"GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate", MemberKind::kStruct},
    {"GlobalTableProvisionedWriteCapacityUnits", MemberKind::kInteger},
    {"GlobalTableWitnessUpdates", MemberKind::kStructList},
    {"Handler", MemberKind::kStruct},
    {"HeaderList", MemberKind::kStringList},
    {"IncrementalExportSpecification", MemberKind::kStruct},
    {"InputFormatOptions", MemberKind::kStruct},
    {"Item", MemberKind::kValueMap},
    {"Key", MemberKind::kValueMap},
    {"KeyConditions", MemberKind::kStructMap},
    {"KeySchema", MemberKind::kStructList},
    {"Keys", MemberKind::kValueMapList},
    {"L", MemberKind::kStructList},
    {"Limit", MemberKind::kInteger},
    {"LocalSecondaryIndexOverride", MemberKind::kStructList},
    {"LocalSecondaryIndexes", MemberKind::kStructList},
    {"M", MemberKind::kValueMap},
    {"MaxReadRequestUnits", MemberKind::kInteger},
    {"MaxResults", MemberKind::kInteger},
    {"MaxWriteRequestUnits", MemberKind::kInteger},
    {"MaximumBatchingWindowInSeconds", MemberKind::kInteger},
    {"MaximumRetryAttempts", MemberKind::kInteger},
    {"MaximumUnits", MemberKind::kInteger},
    {"MinimumUnits", MemberKind::kInteger},
    {"NS", MemberKind::kStringList},
    {"NULL", MemberKind::kBoolean},
    {"NonKeyAttributes", MemberKind::kStringList},
    {"OnDemandThroughput", MemberKind::kStruct},
    {"OnDemandThroughputOverride", MemberKind::kStruct},
    {"PageSize", MemberKind::kInteger},
    {"Parameters", MemberKind::kStructList},
    {"PointInTimeRecoveryEnabled", MemberKind::kBoolean},
    {"PointInTimeRecoverySpecification", MemberKind::kStruct},
    {"Projection", MemberKind::kStruct},
    {"ProvisionedReadCapacityAutoScalingSettingsUpdate", MemberKind::kStruct},
    {"ProvisionedReadCapacityAutoScalingUpdate", MemberKind::kStruct},
    {"ProvisionedReadCapacityUnits", MemberKind::kInteger},
    {"ProvisionedThroughput", MemberKind::kStruct},
    {"ProvisionedThroughputOverride", MemberKind::kStruct},
    {"ProvisionedWriteCapacityAutoScalingSettingsUpdate", MemberKind::kStruct},
    {"ProvisionedWriteCapacityAutoScalingUpdate", MemberKind::kStruct},
    {"ProvisionedWriteCapacityUnits", MemberKind::kInteger},
    {"Put", MemberKind::kStruct},
    {"PutRequest", MemberKind::kStruct},
    {"QueryFilter", MemberKind::kStructMap},
    {"ReadCapacityUnits", MemberKind::kInteger},
    {"ReadUnitsPerSecond", MemberKind::kInteger},
    {"RecoveryPeriodInDays", MemberKind::kInteger},
    {"ReplicaGlobalSecondaryIndexSettingsUpdate", MemberKind::kStructList},
    {"ReplicaGlobalSecondaryIndexUpdates", MemberKind::kStructList},
    {"ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate", MemberKind::kStruct},
    {"ReplicaProvisionedReadCapacityAutoScalingUpdate", MemberKind::kStruct},
    {"ReplicaProvisionedReadCapacityUnits", MemberKind::kInteger},
    {"ReplicaSettingsUpdate", MemberKind::kStructList},
    {"ReplicaUpdates", MemberKind::kStructList},
    {"ReplicationGroup", MemberKind::kStructList},
    {"RequestItems", MemberKind::kStructMap},
    {"RestoreDateTime", MemberKind::kTimestamp},
    {"S3BucketSource", MemberKind::kStruct},
    {"SS", MemberKind::kStringList},
    {"SSESpecification", MemberKind::kStruct},
    {"SSESpecificationOverride", MemberKind::kStruct},
    {"ScaleInCooldown", MemberKind::kInteger},
    {"ScaleOutCooldown", MemberKind::kInteger},
    {"ScalingPolicyUpdate", MemberKind::kStruct},
    {"ScanFilter", MemberKind::kStructMap},
    {"ScanIndexForward", MemberKind::kBoolean},
    {"Segment", MemberKind::kInteger},
    {"ShardFilter", MemberKind::kStruct},
    {"Statements", MemberKind::kStructList},
    {"StreamEnabled", MemberKind::kBoolean},
    {"StreamSpecification", MemberKind::kStruct},
    {"TableCreationParameters", MemberKind::kStruct},
    {"TagKeys", MemberKind::kStringList},
    {"Tags", MemberKind::kStructList},
    {"TargetTrackingScalingPolicyConfiguration", MemberKind::kStruct},
    {"TargetValue", MemberKind::kDouble},
    {"TimeRangeLowerBound", MemberKind::kTimestamp},
    {"TimeRangeUpperBound", MemberKind::kTimestamp},
    {"TimeToLiveSpecification", MemberKind::kStruct},
    {"TotalSegments", MemberKind::kInteger},
    {"TransactItems", MemberKind::kStructList},
    {"TransactStatements", MemberKind::kStructList},
    {"Update", MemberKind::kStruct},
    {"UpdateKinesisStreamingConfiguration", MemberKind::kStruct},
    {"UseLatestRestorableTime", MemberKind::kBoolean},
    {"WarmThroughput", MemberKind::kStruct},
    {"WriteCapacityUnits", MemberKind::kInteger},
    {"WriteUnitsPerSecond", MemberKind::kInteger},
};

struct EnumLine {
  std::string_view member;
  std::vector<std::string_view> values;
};

const std::vector<EnumLine>& EnumLines() {
  static const std::vector<EnumLine> kLines = {
      {"BackupType", {"USER", "SYSTEM", "AWS_BACKUP", "ALL"}},
      {"BillingMode", {"PROVISIONED", "PAY_PER_REQUEST"}},
      {"BillingModeOverride", {"PROVISIONED", "PAY_PER_REQUEST"}},
      {"ConditionalOperator", {"AND", "OR"}},
      {"ContributorInsightsAction", {"ENABLE", "DISABLE"}},
      {"ContributorInsightsMode", {"ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"}},
      {"ExportFormat", {"DYNAMODB_JSON", "ION"}},
      {"ExportType", {"FULL_EXPORT", "INCREMENTAL_EXPORT"}},
      {"GlobalTableBillingMode", {"PROVISIONED", "PAY_PER_REQUEST"}},
      {"InputCompressionType", {"GZIP", "ZSTD", "NONE"}},
      {"InputFormat", {"DYNAMODB_JSON", "ION", "CSV"}},
      {"MultiRegionConsistency", {"EVENTUAL", "STRONG"}},
      {"ReturnConsumedCapacity", {"INDEXES", "TOTAL", "NONE"}},
      {"ReturnItemCollectionMetrics", {"SIZE", "NONE"}},
      {"ReturnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"}},
      {"ReturnValuesOnConditionCheckFailure", {"ALL_OLD", "NONE"}},
      {"S3SseAlgorithm", {"AES256", "KMS"}},
      {"Select", {"ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"}},
      {"ShardIteratorType", {"TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"}},
      {"StartingPosition", {"TRIM_HORIZON", "LATEST"}},
      {"StreamViewType", {"NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"}},
      {"TableClass", {"STANDARD", "STANDARD_INFREQUENT_ACCESS"}},
  };
  return kLines;
}

OperationSpec ParseLine(const OperationLine& line) {
  OperationSpec op;
  op.name = line.name;
  std::string_view rest = line.members;
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (word.empty()) continue;
    MemberSpec member;
    if (word.back() == '!') {
      member.required = true;
      word.remove_suffix(1);
    }
    member.name = std::string(word);
    op.members.push_back(std::move(member));
  }
  return op;
}

}  // namespace

const std::vector<OperationSpec>& Operations() {
  static const std::vector<OperationSpec> kOperations = [] {
    std::vector<OperationSpec> ops;
    for (const OperationLine& line : kOperationLines) ops.push_back(ParseLine(line));
    std::sort(ops.begin(), ops.end(),
              [](const OperationSpec& a, const OperationSpec& b) { return a.name < b.name; });
    return ops;
  }();
  return kOperations;
}

const OperationSpec* FindOperation(std::string_view operation) {
  for (const OperationSpec& op : Operations()) {
    if (op.name == operation) return &op;
  }
  return nullptr;
}

const OperationSpec* FindCommand(std::string_view command) {
  for (const OperationSpec& op : Operations()) {
    if (KebabCase(op.name) == command) return &op;
  }
  return nullptr;
}

bool IsStreamsOperation(std::string_view operation) {
  return operation == "ListStreams" || operation == "DescribeStream" || operation == "GetShardIterator" ||
         operation == "GetRecords";
}

const MemberSpec* FindMember(const OperationSpec& op, std::string_view member) {
  for (const MemberSpec& m : op.members) {
    if (m.name == member) return &m;
  }
  return nullptr;
}

MemberKind KindOf(std::string_view member) {
  const KindLine* begin = std::begin(kKindLines);
  const KindLine* end = std::end(kKindLines);
  const KindLine* it = std::lower_bound(
      begin, end, member, [](const KindLine& line, std::string_view m) { return line.member < m; });
  if (it != end && it->member == member) return it->kind;
  return MemberKind::kString;
}

bool IsListKind(MemberKind kind) {
  return kind == MemberKind::kStringList || kind == MemberKind::kStructList ||
         kind == MemberKind::kValueMapList;
}

bool IsScalarKind(MemberKind kind) {
  return kind == MemberKind::kString || kind == MemberKind::kInteger ||
         kind == MemberKind::kDouble || kind == MemberKind::kBoolean ||
         kind == MemberKind::kTimestamp;
}

const std::vector<std::string_view>& EnumValues(std::string_view member) {
  static const std::vector<std::string_view> kNone;
  for (const EnumLine& line : EnumLines()) {
    if (line.member == member) return line.values;
  }
  return kNone;
}

std::string KebabCase(std::string_view pascal) {
  std::string out;
  auto is_upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  auto is_lower_or_digit = [](char c) {
    return std::islower(static_cast<unsigned char>(c)) != 0 ||
           std::isdigit(static_cast<unsigned char>(c)) != 0;
  };
  for (size_t i = 0; i < pascal.size(); ++i) {
    const char c = pascal[i];
    if (i > 0 && is_upper(c)) {
      const bool after_word = is_lower_or_digit(pascal[i - 1]);
      const bool ends_acronym = is_upper(pascal[i - 1]) && i + 1 < pascal.size() &&
                                std::islower(static_cast<unsigned char>(pascal[i + 1])) != 0;
      if (after_word || ends_acronym) out += '-';
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

Paging PagingOf(std::string_view operation) {
  if (operation == "Query" || operation == "Scan") return {"ExclusiveStartKey", "Limit"};
  if (operation == "ListTables") return {"ExclusiveStartTableName", "Limit"};
  if (operation == "ListBackups") return {"ExclusiveStartBackupArn", "Limit"};
  if (operation == "ListTagsOfResource") return {"NextToken", ""};
  return {};
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      const size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace ddb::cli
