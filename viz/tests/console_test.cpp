#include "app/console.h"

#include "app/requests.h"

#include <catch2/catch.hpp>

namespace ddb::viz {
namespace {

TEST_CASE("Console history walks back from the draft and returns to it", "[viz]") {
  ConsoleHistory h;
  HistoryPush(h, "scan 1");
  HistoryPush(h, "scan 2");
  std::string out;
  REQUIRE(HistoryOlder(h, "half typed", &out));
  CHECK(out == "scan 2");
  REQUIRE(HistoryOlder(h, out, &out));
  CHECK(out == "scan 1");
  CHECK_FALSE(HistoryOlder(h, out, &out));  // oldest: stays
  CHECK(out == "scan 1");
  REQUIRE(HistoryNewer(h, &out));
  CHECK(out == "scan 2");
  REQUIRE(HistoryNewer(h, &out));
  CHECK(out == "half typed");
  CHECK_FALSE(HistoryNewer(h, &out));
}

TEST_CASE("Console history skips blank entries and immediate repeats", "[viz]") {
  ConsoleHistory h;
  HistoryPush(h, "a");
  HistoryPush(h, "a");
  HistoryPush(h, "  \n");
  HistoryPush(h, "b");
  CHECK(h.entries == std::vector<std::string>{"a", "b"});
  CHECK(h.pos == 2);
}

TEST_CASE("History keys act only on the first and last line of the input", "[viz]") {
  std::string text = "aws dynamodb scan \\\n  --table-name Music";
  CHECK(CursorOnFirstLine(text, 3));
  CHECK_FALSE(CursorOnFirstLine(text, text.size()));
  CHECK(CursorOnLastLine(text, text.size()));
  CHECK_FALSE(CursorOnLastLine(text, 3));
}

TEST_CASE("Tab with one candidate completes the word and adds a space", "[viz]") {
  CompletionEdit e = PlanCompletion("aws dynamodb put-it", {"put-item"});
  REQUIRE(e.changes);
  CHECK(e.word_start == 13);
  CHECK(e.replacement == "put-item ");
}

TEST_CASE("Tab with several candidates extends to their common prefix", "[viz]") {
  CompletionEdit e = PlanCompletion("aws dynamodb scan --ta", {"--table-name", "--table-names-x"});
  REQUIRE(e.changes);
  CHECK(e.replacement == "--table-name");
  CompletionEdit none = PlanCompletion("aws dynamodb ", {"get-item", "put-item"});
  CHECK_FALSE(none.changes);
}

TEST_CASE("A console PutItem reaches the engine and reports its write capacity", "[viz]") {
  Engine engine;
  auto created = engine.Handle("CreateTable", SampleTableRequest());
  REQUIRE(created.ok());
  engine.AdvanceClock(60000);
  // A small item: 1 WCU (writes are charged per 1 KB, rounded up).
  ConsoleEntry e = RunConsoleInput(
      engine, "aws dynamodb put-item --table-name Music --item "
              "'{\"Artist\": {\"S\": \"Acme\"}, \"SongTitle\": {\"S\": \"Hi\"}}'");
  INFO(e.error_type << ": " << e.error_message);
  REQUIRE(e.ok);
  CHECK(e.operation == "PutItem");
  CHECK(e.write_units == 1);
  CHECK_FALSE(e.response_has_capacity);
  CHECK_FALSE(e.cli.empty());
}

TEST_CASE("A console entry that does not parse is not sent and keeps its error", "[viz]") {
  Engine engine;
  uint64_t before = engine.events().last_seq();
  ConsoleEntry e = RunConsoleInput(engine, "aws dynamodb frobnicate --table-name Music");
  CHECK_FALSE(e.ok);
  CHECK(e.operation.empty());
  CHECK(e.error_type == "ValidationException");
  CHECK(engine.events().last_seq() == before);
}

}  // namespace
}  // namespace ddb::viz
