// Tokenizer shared by every expression grammar. Each token keeps its byte offset and length in the
// source so errors can quote the token and its neighbours (DynamoDB's "token: ..., near: ...") and
// the UI can underline it. Keywords are not tokens of their own: whether a name such as AND or SET
// is a keyword depends on the grammar, so the parser decides (case-insensitively).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ddb::expr {

enum class TokenKind : uint8_t {
  kName,              // [A-Za-z][A-Za-z0-9_]*: attribute name, keyword or function name
  kNamePlaceholder,   // #[A-Za-z0-9_]+
  kValuePlaceholder,  // :[A-Za-z0-9_]+
  kNumber,            // [0-9]+ (list indexes)
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kComma,
  kDot,
  kEq,
  kNe,  // <>
  kLt,
  kLe,
  kGt,
  kGe,
  kPlus,
  kMinus,
  kInvalid,  // any other character (a whole UTF-8 sequence), or a bare '#' / ':'
  kEof,      // always the last token; offset = source size, empty text
};

struct Token {
  TokenKind kind = TokenKind::kEof;
  uint32_t offset = 0;
  uint32_t length = 0;
  std::string_view text;  // view into the source
};

// Never fails: characters outside the grammar become kInvalid tokens, which the parser reports as
// syntax errors with the usual context.
std::vector<Token> Lex(std::string_view source);

// Case-insensitive match of a kName token against an upper-case keyword.
bool IsKeyword(const Token& token, std::string_view upper_keyword);

}  // namespace ddb::expr
