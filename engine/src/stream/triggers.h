// Stream triggers: a simulated Lambda event source mapping on a DynamoDB stream
// (dynamodb-model §8.4; Lambda developer guide, "Using AWS Lambda with Amazon DynamoDB" and its
// event-source-mapping parameters). A trigger polls every shard 4 times per virtual second,
// finishes a parent shard before its children, and invokes its handler synchronously with a batch
// of up to BatchSize records (waiting up to MaximumBatchingWindowInSeconds to fill it). Delivery is
// at least once: a failed batch is retried, blocking its shard, until it succeeds, its records
// expire (24 h) or MaximumRetryAttempts is exhausted (then the batch is discarded).
//
// Handlers are built in and write through the same door as any client (the UpdateItem and
// PutItem operations), so their writes are charged and can be throttled; a throttled handler write
// fails the batch, which is retried.
//   NONE       consumes the records (for failure injection and iterator-age lessons)
//   COUNTER    keeps a count per partition key, or per another attribute, in a target table
//              (UpdateItem ADD: +1 on INSERT, -1 on REMOVE, moved on MODIFY when the value changed)
//   AUDIT_LOG  puts every record into a target table, keyed by eventID (idempotent on retry)
// Failures can be injected: every Nth invocation, or a failure rate drawn from a seeded generator.
#pragma once

#include "api/engine_state.h"

namespace ddb {

// Documented: Lambda polls each shard of a DynamoDB stream 4 times per second.
inline constexpr int64_t kTriggerPollMs = 250;
// Documented event-source-mapping limits for DynamoDB streams.
inline constexpr int64_t kTriggerDefaultBatchSize = 100;
inline constexpr int64_t kTriggerMaxBatchSize = 10000;
inline constexpr int64_t kTriggerMaxBatchingWindowSeconds = 300;
inline constexpr int64_t kTriggerMaxRetryAttempts = 10000;

const char* TriggerHandlerName(TriggerHandler h);

// Registers `trigger` (validated by the caller) and starts polling it.
Trigger& StartTrigger(EngineState& s, std::unique_ptr<Trigger> trigger);
// Stops polling and forgets it.
void StopTrigger(EngineState& s, const std::string& name);

// One poll of every shard of the trigger's stream (the scheduled work; exposed for tests of the
// delivery order).
void PollTrigger(EngineState& s, Trigger& trigger);

// Iterator age of the trigger: the largest over its unfinished shards.
int64_t TriggerIteratorAgeMs(const Trigger& trigger);

}  // namespace ddb
