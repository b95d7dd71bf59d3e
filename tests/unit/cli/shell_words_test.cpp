// Shell word splitting as bash does it for the commands in the AWS documentation.
#include "cli/shell_words.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace ddb::cli {
namespace {

std::vector<std::string> Words(std::string_view text) {
  auto split = SplitShellWords(text);
  REQUIRE(split.ok());
  std::vector<std::string> out;
  for (const ShellWord& word : split->words) out.push_back(word.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("shell words: blanks separate words, quotes group them", "[cli]") {
  CHECK(Words("a  b\tc\nd") == Strings{"a", "b", "c", "d"});
  CHECK(Words(R"(--key-condition-expression "Artist = :name")") ==
        Strings{"--key-condition-expression", "Artist = :name"});
  CHECK(Words(R"('{"a": "b c"}')") == Strings{R"({"a": "b c"})"});
  CHECK(Words(R"(a'b'"c"d)") == Strings{"abcd"});
  CHECK(Words("'' x") == Strings{"", "x"});
}

TEST_CASE("shell words: backslashes inside double quotes escape only $ ` \" \\ and newline", "[cli]") {
  CHECK(Words(R"("say \"hi\" \\ \$HOME \n")") == Strings{R"(say "hi" \ $HOME \n)"});
  CHECK(Words("\"one \\\ntwo\"") == Strings{"one two"});
}

TEST_CASE("shell words: single quotes keep everything, '\\'' inserts a quote", "[cli]") {
  CHECK(Words(R"('a\b "c"')") == Strings{R"(a\b "c")"});
  CHECK(Words(R"('it'\''s')") == Strings{"it's"});
}

TEST_CASE("shell words: backslash-newline continues the line, even inside a word", "[cli]") {
  CHECK(Words("aws \\\n  dynamodb \\\r\n  list-tables") == Strings{"aws", "dynamodb", "list-tables"});
  CHECK(Words("ab\\\ncd") == Strings{"abcd"});
  CHECK(Words(R"(a\ b)") == Strings{"a b"});
}

TEST_CASE("shell words: backslash with trailing spaces before the newline is a continuation with a note", "[cli]") {
  auto split = SplitShellWords("a \\  \n b \\ \n c");
  REQUIRE(split.ok());
  REQUIRE(split->words.size() == 3);
  CHECK(split->notes.size() == 1);  // the same note is not repeated
}

TEST_CASE("shell words: # opening a line or followed by a blank starts a comment", "[cli]") {
  CHECK(Words("# comment\nlist-tables # trailing") == Strings{"list-tables"});
  CHECK(Words("  #comment\nlist-tables") == Strings{"list-tables"});
  // Unlike bash, an unquoted placeholder stays a word.
  CHECK(Words("--projection-expression #T,#C") == Strings{"--projection-expression", "#T,#C"});
  CHECK(Words("a#b") == Strings{"a#b"});
}

TEST_CASE("shell words: a pipe ends the command with a note", "[cli]") {
  auto split = SplitShellWords("describe-table --table-name Music | grep TableStatus");
  REQUIRE(split.ok());
  CHECK(split->words.size() == 3);
  REQUIRE(split->notes.size() == 1);
  CHECK(split->notes[0].find("grep TableStatus") != std::string::npos);
}

TEST_CASE("shell words: source offsets map every character back to the typed text", "[cli]") {
  const std::string text = R"(x 'a b' "c\"d")";
  auto split = SplitShellWords(text);
  REQUIRE(split.ok());
  REQUIRE(split->words.size() == 3);
  const ShellWord& single = split->words[1];
  CHECK(single.begin == 2);
  CHECK(single.end == 7);
  CHECK(single.SourceAt(0) == 3);  // 'a'
  CHECK(single.raw == "'a b'");
  const ShellWord& dbl = split->words[2];
  CHECK(dbl.text == "c\"d");
  CHECK(dbl.SourceAt(1) == text.find("\\\"") + 1);  // the escaped quote itself
}

TEST_CASE("shell words: strict mode rejects unclosed quotes and typographic quotes", "[cli]") {
  auto open = SplitShellWords("a 'b");
  REQUIRE_FALSE(open.ok());
  CHECK(open.error().extra["offset"] == 2);
  auto curly = SplitShellWords("--item \xE2\x80\x9C{}\xE2\x80\x9D");
  REQUIRE_FALSE(curly.ok());
  CHECK(curly.error().extra["offset"] == 7);
}

TEST_CASE("shell words: lenient mode keeps an open quote and reports the trailing blank", "[cli]") {
  auto open = SplitShellWords("--table-name 'Mu", /*lenient=*/true);
  REQUIRE(open.ok());
  CHECK(open->open_quote);
  CHECK(open->words.back().text == "Mu");
  auto blank = SplitShellWords("put-item ", true);
  REQUIRE(blank.ok());
  CHECK(blank->trailing_space);
  auto typing = SplitShellWords("put-item --ta", true);
  REQUIRE(typing.ok());
  CHECK_FALSE(typing->trailing_space);
}

}  // namespace
}  // namespace ddb::cli
