#include "ddb/result.h"

namespace ddb {

std::string_view ErrorTypeName(ErrorType type) {
  switch (type) {
    case ErrorType::kValidation: return "ValidationException";
    case ErrorType::kConditionalCheckFailed: return "ConditionalCheckFailedException";
    case ErrorType::kResourceNotFound: return "ResourceNotFoundException";
    case ErrorType::kResourceInUse: return "ResourceInUseException";
    case ErrorType::kProvisionedThroughputExceeded: return "ProvisionedThroughputExceededException";
    case ErrorType::kThrottling: return "ThrottlingException";
    case ErrorType::kRequestLimitExceeded: return "RequestLimitExceeded";
    case ErrorType::kItemCollectionSizeLimitExceeded: return "ItemCollectionSizeLimitExceededException";
    case ErrorType::kLimitExceeded: return "LimitExceededException";
    case ErrorType::kTransactionCanceled: return "TransactionCanceledException";
    case ErrorType::kTransactionConflict: return "TransactionConflictException";
    case ErrorType::kSerialization: return "SerializationException";
    case ErrorType::kUnknownOperation: return "UnknownOperationException";
    case ErrorType::kInternal: return "InternalServerError";
    case ErrorType::kExpiredIterator: return "ExpiredIteratorException";
    case ErrorType::kTrimmedDataAccess: return "TrimmedDataAccessException";
  }
  return "InternalServerError";
}

nlohmann::json ApiError::ToJson() const {
  // Validation errors carry the coral validate namespace, as the real service (and DYNALITE) do.
  const std::string prefix = type == ErrorType::kValidation ? "com.amazon.coral.validate#"
                                                            : "com.amazonaws.dynamodb.v20120810#";
  nlohmann::json body = {{"__type", prefix + std::string(ErrorTypeName(type))}, {"message", message}};
  if (extra.is_object()) {
    for (auto it = extra.begin(); it != extra.end(); ++it) body[it.key()] = it.value();
  }
  return body;
}

}  // namespace ddb
