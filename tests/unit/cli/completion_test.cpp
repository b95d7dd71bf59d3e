// CompleteConsoleInput: commands, options, enum values and table names for the word being typed.
#include "ddb/console_syntax.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace ddb {
namespace {

using Strings = std::vector<std::string>;

const Strings kTables = {"Music", "MusicCollection", "GameScores"};

Strings Complete(std::string_view text) { return CompleteConsoleInput(text, kTables); }

bool Has(const Strings& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST_CASE("completion: command names after aws dynamodb and on their own", "[cli]") {
  CHECK(Complete("aws dynamodb put") == Strings{"put-item", "put-resource-policy"});
  CHECK(Complete("put") == Strings{"put-item", "put-resource-policy", "PutItem", "PutResourcePolicy"});
  CHECK(Complete("a") == Strings{"aws"});
  CHECK(Complete("aws ") == Strings{"dynamodb", "dynamodbstreams"});  // the two simulated services
  CHECK(Complete("aws d") == Strings{"dynamodb", "dynamodbstreams"});
  const Strings all = Complete("aws dynamodb ");
  CHECK(Has(all, "create-table"));
  CHECK(Has(all, "transact-write-items"));
  CHECK(Has(all, "wait"));
  CHECK_FALSE(Has(all, "PutItem"));
}

TEST_CASE("completion: options of the command, required ones first, used ones left out", "[cli]") {
  const Strings options = Complete("aws dynamodb get-item --");
  REQUIRE(options.size() >= 2);
  CHECK(options[0] == "--table-name");
  CHECK(options[1] == "--key");
  CHECK(Has(options, "--no-consistent-read"));
  const Strings rest = Complete("get-item --table-name Music --consistent-read --");
  CHECK_FALSE(Has(rest, "--table-name"));
  CHECK_FALSE(Has(rest, "--consistent-read"));
  CHECK_FALSE(Has(rest, "--no-consistent-read"));
  CHECK(Has(rest, "--key"));
  CHECK(Complete("query --table-name Music --key-c") == Strings{"--key-conditions", "--key-condition-expression"});
}

TEST_CASE("completion: paging options only for paginated commands", "[cli]") {
  CHECK(Has(Complete("scan --"), "--max-items"));
  CHECK(Has(Complete("list-tables --"), "--starting-token"));
  CHECK_FALSE(Has(Complete("get-item --"), "--max-items"));
}

TEST_CASE("completion: table names after --table-name", "[cli]") {
  CHECK(Complete("aws dynamodb describe-table --table-name ") == kTables);
  CHECK(Complete("describe-table --table-name Mu") == Strings{"Music", "MusicCollection"});
  CHECK(Complete("describe-table --table-name 'Gam") == Strings{"GameScores"});
  CHECK(Complete("wait table-exists --table-name G") == Strings{"GameScores"});
}

TEST_CASE("completion: enum values after enum options", "[cli]") {
  CHECK(Complete("update-item --return-values U") == Strings{"UPDATED_OLD", "UPDATED_NEW"});
  CHECK(Complete("query --select ") ==
        Strings{"ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"});
  CHECK(Complete("put-item --return-consumed-capacity t") == Strings{"TOTAL"});
}

TEST_CASE("completion: nothing inside free-form values and raw JSON", "[cli]") {
  CHECK(Complete("query --key-condition-expression Ar").empty());
  CHECK(Complete("PutItem {\"Ta").empty());
  CHECK(Complete("unknown-command --").empty());
  CHECK(Complete("aws s3 ").empty());
}

TEST_CASE("completion: waiters after wait", "[cli]") {
  CHECK(Complete("aws dynamodb wait ") == Strings{"table-exists", "table-not-exists"});
}

}  // namespace
}  // namespace ddb
