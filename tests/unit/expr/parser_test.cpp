// Lexing and parsing of expressions: syntax errors, limits, keywords and reserved words.
// Expected messages are DynamoDB's (Developer Guide "Expressions" pages and the error strings the
// service returns, as collected in dynamodb-model §4).
#include "expr/lexer.h"
#include "expr/reserved_words.h"
#include "expr_test_support.h"

#include <string>

namespace ddb::test {
namespace {

using expr::Lex;
using expr::TokenKind;

TEST_CASE("Lexer records the byte offset of every token", "[expr]") {
  auto tokens = Lex("#a.b[12] <= :v");
  REQUIRE(tokens.size() == 9);
  CHECK(tokens[0].kind == TokenKind::kNamePlaceholder);
  CHECK(tokens[0].offset == 0);
  CHECK(tokens[2].kind == TokenKind::kName);
  CHECK(tokens[2].offset == 3);
  CHECK(tokens[4].kind == TokenKind::kNumber);
  CHECK(tokens[4].text == "12");
  CHECK(tokens[6].kind == TokenKind::kLe);
  CHECK(tokens[6].offset == 9);
  CHECK(tokens[7].kind == TokenKind::kValuePlaceholder);
  CHECK(tokens[7].offset == 12);
  CHECK(tokens[8].kind == TokenKind::kEof);
  CHECK(tokens[8].offset == 14);
}

TEST_CASE("Lexer keeps a stray multi-byte character as one invalid token", "[expr]") {
  auto tokens = Lex("a \xC2\xBF b");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[1].kind == TokenKind::kInvalid);
  CHECK(tokens[1].text == "\xC2\xBF");
}

TEST_CASE("Empty expressions are rejected with DynamoDB's message", "[expr]") {
  auto ctx = MakeContext({});
  CHECK(ConditionError("", ctx) == "Invalid ConditionExpression: The expression can not be empty;");
  CHECK(ConditionError("", ctx, ExpressionKind::kFilter) ==
        "Invalid FilterExpression: The expression can not be empty;");
  CHECK(UpdateError("", ctx) == "Invalid UpdateExpression: The expression can not be empty;");
  auto p = CompileProjection("", ctx);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().message == "Invalid ProjectionExpression: The expression can not be empty;");
  KeySchemaInfo schema;
  schema.partition_key = "pk";
  auto k = CompileKeyCondition("", schema, ctx);
  REQUIRE_FALSE(k.ok());
  CHECK(k.error().message == "Invalid KeyConditionExpression: The expression can not be empty;");
}

TEST_CASE("Syntax errors quote the bad token and the text around it", "[expr]") {
  // DynamoDB's lexer does not accept names starting with '_' (message quoted in dynamodb-model §4
  // via Scylla's tests run against DynamoDB): Syntax error; token: "_", near: "SET _123".
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  SourceSpan span;
  CHECK(UpdateError("SET _123 = :v", ctx, &span) ==
        "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"");
  CHECK(span.offset == 4);
  CHECK(span.length == 1);
}

TEST_CASE("A hyphen in a bare attribute name is a syntax error at the hyphen", "[expr]") {
  // Names with hyphens must go through ExpressionAttributeNames (DG, "Expression attribute names").
  auto ctx = MakeContext({});
  SourceSpan span;
  auto p = CompileProjection("first-name", ctx, &span);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().message ==
        "Invalid ProjectionExpression: Syntax error; token: \"-\", near: \"first-name\"");
  CHECK(span.offset == 5);
}

TEST_CASE("An expression ending too early reports the <EOF> token", "[expr]") {
  auto ctx = MakeContext({});
  SourceSpan span;
  const std::string msg = ConditionError("a =", ctx, ExpressionKind::kCondition, &span);
  CHECK(msg.rfind("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: ", 0) == 0);
  CHECK(span.offset == 3);
  CHECK(span.length == 0);
}

TEST_CASE("List indexes must be non-negative integers", "[expr]") {
  // DG "Document paths": a[-1] and a[0.4] are invalid.
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(ConditionError("a[-1] = :v", ctx).find("Syntax error; token: \"-\"") != std::string::npos);
  CHECK(ConditionError("a[0.4] = :v", ctx).find("Syntax error; token: \".\"") != std::string::npos);
  MustCondition("a[0] = :v", ctx);
}

TEST_CASE("Keywords are case-insensitive", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}, ":w": {"N": "5"}})");
  MustCondition("a = :v and b = :w", ctx);
  MustCondition("a = :v Or NOT b = :w", ctx);
  MustCondition("a bEtWeEn :v AnD :w", ctx);
  MustCondition("a in (:v, :w)", ctx);
  MustUpdate("set a = :v remove b", ctx);
}

TEST_CASE("Function names are case-sensitive", "[expr]") {
  auto ctx = MakeContext({});
  CHECK(ConditionError("ATTRIBUTE_EXISTS(a)", ctx) ==
        "Invalid ConditionExpression: Invalid function name; function: ATTRIBUTE_EXISTS");
  MustCondition("attribute_exists(a)", ctx);
}

TEST_CASE("Expressions are limited to 4 KB", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  std::string ok = "a = :v";
  ok.resize(kMaxExpressionBytes, ' ');
  MustCondition(ok, ctx);
  std::string too_long = ok + " ";
  CHECK(ConditionError(too_long, ctx) ==
        "Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; "
        "expression size: 4097");
}

TEST_CASE("Reserved words cannot be used as attribute names", "[expr]") {
  // "Comment" is on the DG reserved-words list.
  auto ctx = MakeContext({}, R"({":c": {"S": "x"}})");
  SourceSpan span;
  CHECK(ConditionError("Comment = :c", ctx, ExpressionKind::kCondition, &span) ==
        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: "
        "Comment");
  CHECK(span.offset == 0);
  CHECK(span.length == 7);
  CHECK(ConditionError("Pictures.size = :c", ctx) ==
        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: size");
  auto p = CompileProjection("Id, name", ctx);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().message ==
        "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name");
}

TEST_CASE("Reserved words are fine behind a name placeholder", "[expr]") {
  auto ctx = MakeContext({{"#c", "Comment"}}, R"({":c": {"S": "This product sells out quickly during the summer"}})");
  Condition c = MustCondition("#c = :c", ctx);
  CHECK(Evaluate(c, ProductCatalogItem()));
}

TEST_CASE("The reserved-word list is the Developer Guide's 573 words", "[expr]") {
  CHECK(expr::ReservedWordCount() == 573);
  CHECK(expr::IsReservedWord("ABORT"));
  CHECK(expr::IsReservedWord("zone"));
  CHECK(expr::IsReservedWord("Status"));
  CHECK(expr::IsReservedWord("FLATTERN"));  // sic, as listed
  CHECK_FALSE(expr::IsReservedWord("Artist"));
  CHECK_FALSE(expr::IsReservedWord("Price"));
}

TEST_CASE("Document paths nest at most 32 levels", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  std::string path = "a";
  for (int i = 1; i < 32; ++i) path += ".a";
  MustCondition(path + " = :v", ctx);
  CHECK(ConditionError(path + ".a = :v", ctx) ==
        "Invalid ConditionExpression: The document path has too many nesting levels; nesting "
        "levels: 33");
}

TEST_CASE("IN takes at most 100 operands", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  auto in_list = [](int n) {
    std::string s = "a IN (";
    for (int i = 0; i < n; ++i) s += i ? ", :v" : ":v";
    return s + ")";
  };
  MustCondition(in_list(100), ctx);
  CHECK(ConditionError(in_list(101), ctx) ==
        "Invalid ConditionExpression: The IN operator is provided with too many operands; number "
        "of operands: 101");
}

TEST_CASE("Expressions are limited to 300 operators", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  std::string ok = "a = :v";
  for (int i = 0; i < 149; ++i) ok += " OR a = :v";  // 150 '=' + 149 OR = 299
  MustCondition(ok, ctx);
  const std::string too_many = ok + " OR a = :v";  // 301
  CHECK(ConditionError(too_many, ctx) ==
        "Invalid ConditionExpression: The expression contains too many operators; operator count: "
        "301");
}

TEST_CASE("Redundant parentheses are rejected", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(ConditionError("((a = :v))", ctx) ==
        "Invalid ConditionExpression: The expression has redundant parentheses;");
  MustCondition("(a = :v)", ctx);
  MustCondition("(a) = :v", ctx);
  MustCondition("(a = :v) AND (NOT (a = :v))", ctx);
}

TEST_CASE("A bare attribute is not a condition", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(ConditionError("a", ctx).find("Syntax error; token: \"<EOF>\"") != std::string::npos);
  CHECK(ConditionError("a AND b = :v", ctx).find("Syntax error; token: \"AND\"") !=
        std::string::npos);
  CHECK(ConditionError("a = :v = :v", ctx).find("Syntax error; token: \"=\"") != std::string::npos);
}

TEST_CASE("Each update clause may appear once, in any order", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}, ":s": {"SS": ["x"]}})");
  MustUpdate("REMOVE b ADD c :v SET a = :v DELETE d :s", ctx);
  CHECK(UpdateError("SET a = :v SET b = :v", ctx) ==
        "Invalid UpdateExpression: The \"SET\" section can only be used once in an update "
        "expression;");
  CHECK(UpdateError("REMOVE a remove b", ctx) ==
        "Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update "
        "expression;");
}

TEST_CASE("Update clauses need their keyword and comma-separated actions", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(UpdateError("a = :v", ctx).find("Syntax error; token: \"a\"") != std::string::npos);
  CHECK(UpdateError("SET a = :v b = :v", ctx).find("Syntax error; token: \"b\"") !=
        std::string::npos);
  CHECK(UpdateError("SET a = :v + :v + :v", ctx).find("Syntax error; token: \"+\"") !=
        std::string::npos);
  CHECK(UpdateError("ADD a b", ctx).find("Syntax error; token: \"b\"") != std::string::npos);
}

}  // namespace
}  // namespace ddb::test
