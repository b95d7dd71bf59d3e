// Errors are values. Every engine entry point returns Result<T>: either the value or an ApiError
// whose type is the DynamoDB exception name a real client would see. Nothing in the engine throws
// (the WebAssembly build runs without exception support), so bad input always comes back as one
// of these, never as a crash.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace ddb {

// Mirrors the DynamoDB exception names (API reference, "Common errors" and per-operation errors).
enum class ErrorType {
  kValidation,
  kConditionalCheckFailed,
  kResourceNotFound,
  kResourceInUse,
  kProvisionedThroughputExceeded,
  kThrottling,
  kRequestLimitExceeded,
  kItemCollectionSizeLimitExceeded,
  kLimitExceeded,
  kTransactionCanceled,
  kTransactionConflict,
  kSerialization,  // malformed JSON body (SerializationException in the JSON 1.0 protocol)
  kUnknownOperation,
  kInternal,
  // DynamoDB Streams (API reference, DynamoDB Streams "Common errors" and GetRecords).
  kExpiredIterator,
  kTrimmedDataAccess,
};

// The wire name of an error type, e.g. "ValidationException".
std::string_view ErrorTypeName(ErrorType type);

struct ApiError {
  ErrorType type = ErrorType::kInternal;
  std::string message;
  // Extra members of the error body, e.g. the "Item" of a ConditionalCheckFailedException when
  // ReturnValuesOnConditionCheckFailure=ALL_OLD. Null when there are none.
  nlohmann::json extra;

  static ApiError Validation(std::string msg) { return {ErrorType::kValidation, std::move(msg), {}}; }
  static ApiError NotFound(std::string msg) { return {ErrorType::kResourceNotFound, std::move(msg), {}}; }
  static ApiError InUse(std::string msg) { return {ErrorType::kResourceInUse, std::move(msg), {}}; }
  static ApiError ConditionalCheckFailed() {
    return {ErrorType::kConditionalCheckFailed, "The conditional request failed", {}};
  }
  static ApiError Internal(std::string msg) { return {ErrorType::kInternal, std::move(msg), {}}; }

  // {"__type": "com.amazonaws.dynamodb.v20120810#<Name>", "message": ...} plus `extra`.
  nlohmann::json ToJson() const;
};

// A value or an ApiError. Cheap to test with ok(); value()/error() REQUIRE the matching state.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(ApiError error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const ApiError& error() const { return std::get<1>(v_); }
  ApiError&& take_error() { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, ApiError> v_;
};

// For operations that return nothing but may fail.
struct Ok {};
using Status = Result<Ok>;
inline Status OkStatus() { return Ok{}; }

}  // namespace ddb

// Propagates an error from an expression returning Result/Status: DDB_TRY(Validate(x));
#define DDB_TRY(expr)                                   \
  do {                                                  \
    auto ddb_try_result_ = (expr);                      \
    if (!ddb_try_result_.ok()) return ddb_try_result_.take_error(); \
  } while (0)
