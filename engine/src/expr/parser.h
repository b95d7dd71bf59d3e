// Recursive-descent parsers for the expression grammars (Developer Guide, "Condition and filter
// expressions, operators and functions", "Update expressions", "Projection expressions"). They
// build the AST of ast.h with placeholders unresolved; syntax errors stop the parse and are
// reported DynamoDB-style ("Syntax error; token: \"x\", near: \"a x b\""), while softer problems
// found on the way (too many operators, redundant parentheses, a repeated update clause) are
// noted in the IssueCollector and parsing goes on.
//
// Condition precedence, loosest first: OR, AND, NOT, then comparisons / BETWEEN / IN / function
// calls, with parentheses around conditions or operands.
#pragma once

#include "expr/ast.h"
#include "expr/issues.h"
#include "expr/lexer.h"

#include <string_view>
#include <vector>

namespace ddb::expr {

enum class Grammar : uint8_t { kCondition, kUpdate, kProjection };

class Parser {
 public:
  // REQUIRES: `issues` outlives the parser.
  Parser(std::string_view source, Grammar grammar, IssueCollector* issues);

  // Each parses the whole source. False on a syntax error, described by syntax_error().
  bool ParseCondition(CondNode* out);
  bool ParseUpdate(std::vector<UpdateAction>* out);
  bool ParseProjection(std::vector<Path>* out);

  const ExprIssue& syntax_error() const { return error_; }

 private:
  // A parsed condition-or-operand: a parenthesised operand such as "(a)" in "(a) = :v" is only
  // known to be an operand once the comparator after it is seen.
  struct Parsed {
    bool is_operand = false;
    Operand operand;
    CondNode cond;
  };

  const Token& Peek(size_t ahead = 0) const;
  const Token& Next();
  bool Accept(TokenKind kind);
  bool Expect(TokenKind kind);
  bool Fail();  // syntax error at the current token
  bool IsGrammarKeyword(const Token& token) const;
  // One level deeper (parentheses, NOT, function call), checked before the token that opens the
  // level is consumed; false (a syntax error at that token) when nested absurdly deep.
  bool Enter();
  void CountOperator(const Token& token);
  void NoteRedundantParens(const Token& open);

  bool ParseOr(Parsed* out);
  bool ParseAnd(Parsed* out);
  bool ContinueLogical(Parsed* out, bool is_or);
  bool ParseNot(Parsed* out);
  bool ContinueNot(Parsed* out);
  bool ParseComparison(Parsed* out);
  bool FinishComparison(Parsed* out);
  bool ParsePrimary(Parsed* out);
  bool ParseOperand(Operand* out);
  bool ParseFunction(FunctionCall* out);
  bool ParsePath(Path* out);
  bool ParsePathElement(PathStep* out);
  bool ParseValueRef(ValueRef* out);
  bool ParseSetValue(SetValue* out);
  bool ParseUpdateAction(UpdateKind kind, UpdateAction* out);

  std::string_view src_;
  Grammar grammar_;
  IssueCollector* issues_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
  size_t operators_ = 0;
  ExprIssue error_;
};

FunctionId LookupFunction(std::string_view name);

}  // namespace ddb::expr
