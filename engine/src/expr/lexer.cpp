// Hand-written lexer for DynamoDB expressions (see lexer.h).
#include "expr/lexer.h"

namespace ddb::expr {
namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsNameChar(char c) { return IsLetter(c) || IsDigit(c) || c == '_'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Length of the UTF-8 sequence starting with `lead`, so a stray non-ASCII character is quoted
// whole in an error message rather than as half a character.
size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::vector<Token> Lex(std::string_view src) {
  std::vector<Token> out;
  out.reserve(src.size() / 2 + 2);  // about what an expression needs, saving the vector's regrowths
  size_t i = 0;
  auto emit = [&](TokenKind kind, size_t start, size_t end) {
    out.push_back(Token{kind, static_cast<uint32_t>(start), static_cast<uint32_t>(end - start),
                        src.substr(start, end - start)});
  };
  while (i < src.size()) {
    const char c = src[i];
    const size_t start = i;
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (IsLetter(c)) {
      while (i < src.size() && IsNameChar(src[i])) ++i;
      emit(TokenKind::kName, start, i);
      continue;
    }
    if (IsDigit(c)) {
      while (i < src.size() && IsDigit(src[i])) ++i;
      emit(TokenKind::kNumber, start, i);
      continue;
    }
    if (c == '#' || c == ':') {
      ++i;
      while (i < src.size() && IsNameChar(src[i])) ++i;
      if (i == start + 1) {
        emit(TokenKind::kInvalid, start, i);
      } else {
        emit(c == '#' ? TokenKind::kNamePlaceholder : TokenKind::kValuePlaceholder, start, i);
      }
      continue;
    }
    const char next = i + 1 < src.size() ? src[i + 1] : '\0';
    TokenKind kind = TokenKind::kInvalid;
    size_t len = 1;
    switch (c) {
      case '(': kind = TokenKind::kLParen; break;
      case ')': kind = TokenKind::kRParen; break;
      case '[': kind = TokenKind::kLBracket; break;
      case ']': kind = TokenKind::kRBracket; break;
      case ',': kind = TokenKind::kComma; break;
      case '.': kind = TokenKind::kDot; break;
      case '=': kind = TokenKind::kEq; break;
      case '+': kind = TokenKind::kPlus; break;
      case '-': kind = TokenKind::kMinus; break;
      case '<':
        if (next == '>') {
          kind = TokenKind::kNe;
          len = 2;
        } else if (next == '=') {
          kind = TokenKind::kLe;
          len = 2;
        } else {
          kind = TokenKind::kLt;
        }
        break;
      case '>':
        if (next == '=') {
          kind = TokenKind::kGe;
          len = 2;
        } else {
          kind = TokenKind::kGt;
        }
        break;
      default:
        len = Utf8Length(static_cast<unsigned char>(c));
        if (start + len > src.size()) len = src.size() - start;
        break;
    }
    i += len;
    emit(kind, start, i);
  }
  out.push_back(Token{TokenKind::kEof, static_cast<uint32_t>(src.size()), 0, {}});
  return out;
}

bool IsKeyword(const Token& token, std::string_view upper_keyword) {
  if (token.kind != TokenKind::kName || token.text.size() != upper_keyword.size()) return false;
  for (size_t i = 0; i < upper_keyword.size(); ++i) {
    char c = token.text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != upper_keyword[i]) return false;
  }
  return true;
}

}  // namespace ddb::expr
