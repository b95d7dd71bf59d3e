// Recursive-descent parsers for DynamoDB expressions (see parser.h).
#include "expr/parser.h"

#include <charconv>
#include <memory>
#include <string>
#include <utility>

namespace ddb::expr {
namespace {

// Nesting levels (parentheses, NOT, function calls) the parser follows before giving up with a
// syntax error. Deep enough for anything DynamoDB accepts (a level needs an operator, at most 300
// of them, or is a redundant parenthesis, which is rejected anyway; "NOT (" is two levels for one
// operator), shallow enough for the stack of the WebAssembly build.
constexpr int kMaxNesting = 1000;

SourceSpan SpanOf(const Token& t) { return SourceSpan{t.offset, t.length}; }

SourceSpan Join(SourceSpan first, uint32_t end) {
  return SourceSpan{first.offset, end > first.offset ? end - first.offset : 0};
}

bool IsComparator(TokenKind k) {
  return k == TokenKind::kEq || k == TokenKind::kNe || k == TokenKind::kLt ||
         k == TokenKind::kLe || k == TokenKind::kGt || k == TokenKind::kGe;
}

CompareOp ToCompareOp(TokenKind k) {
  switch (k) {
    case TokenKind::kNe: return CompareOp::kNe;
    case TokenKind::kLt: return CompareOp::kLt;
    case TokenKind::kLe: return CompareOp::kLe;
    case TokenKind::kGt: return CompareOp::kGt;
    case TokenKind::kGe: return CompareOp::kGe;
    default: return CompareOp::kEq;
  }
}

}  // namespace

FunctionId LookupFunction(std::string_view name) {
  if (name == "attribute_exists") return FunctionId::kAttributeExists;
  if (name == "attribute_not_exists") return FunctionId::kAttributeNotExists;
  if (name == "attribute_type") return FunctionId::kAttributeType;
  if (name == "begins_with") return FunctionId::kBeginsWith;
  if (name == "contains") return FunctionId::kContains;
  if (name == "size") return FunctionId::kSize;
  if (name == "if_not_exists") return FunctionId::kIfNotExists;
  if (name == "list_append") return FunctionId::kListAppend;
  return FunctionId::kUnknown;
}

Parser::Parser(std::string_view source, Grammar grammar, IssueCollector* issues)
    : src_(source), grammar_(grammar), issues_(issues), tokens_(Lex(source)) {}

const Token& Parser::Peek(size_t ahead) const {
  const size_t i = pos_ + ahead;
  return i < tokens_.size() ? tokens_[i] : tokens_.back();
}

const Token& Parser::Next() {
  const Token& t = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

bool Parser::Accept(TokenKind kind) {
  if (Peek().kind != kind) return false;
  Next();
  return true;
}

bool Parser::Expect(TokenKind kind) { return Accept(kind) || Fail(); }

// DynamoDB quotes the offending token and the source from the token before it to the token after
// it, e.g. token "-" near "first-name", or token "<EOF>" near "a =".
bool Parser::Fail() {
  const Token& bad = tokens_[pos_];
  const Token* prev = pos_ > 0 ? &tokens_[pos_ - 1] : nullptr;
  const Token* next =
      (pos_ + 1 < tokens_.size() && tokens_[pos_ + 1].kind != TokenKind::kEof) ? &tokens_[pos_ + 1]
                                                                               : nullptr;
  size_t begin = prev ? prev->offset : bad.offset;
  size_t end = bad.offset + bad.length;
  if (bad.kind == TokenKind::kEof) {
    end = prev ? prev->offset + prev->length : bad.offset;
  } else if (next) {
    end = next->offset + next->length;
  }
  if (begin > end) begin = end;
  std::string token = bad.kind == TokenKind::kEof ? "<EOF>" : std::string(bad.text);
  error_.message = "Syntax error; token: \"" + token + "\", near: \"" +
                   std::string(src_.substr(begin, end - begin)) + "\"";
  error_.span = SpanOf(bad);
  return false;
}

bool Parser::IsGrammarKeyword(const Token& t) const {
  if (t.kind != TokenKind::kName) return false;
  switch (grammar_) {
    case Grammar::kCondition:
      return IsKeyword(t, "AND") || IsKeyword(t, "OR") || IsKeyword(t, "NOT") ||
             IsKeyword(t, "BETWEEN") || IsKeyword(t, "IN");
    case Grammar::kUpdate:
      return IsKeyword(t, "SET") || IsKeyword(t, "REMOVE") || IsKeyword(t, "ADD") ||
             IsKeyword(t, "DELETE");
    case Grammar::kProjection:
      return false;
  }
  return false;
}

bool Parser::Enter() {
  if (++depth_ > kMaxNesting) return Fail();
  return true;
}

void Parser::CountOperator(const Token& token) {
  if (++operators_ == kMaxExpressionOperators + 1) {
    issues_->Add(IssueCategory::kTooManyOperators,
                 "The expression contains too many operators; operator count: " +
                     std::to_string(operators_),
                 SpanOf(token));
  }
}

void Parser::NoteRedundantParens(const Token& open) {
  issues_->Add(IssueCategory::kRedundantParens, "The expression has redundant parentheses;",
               SpanOf(open));
}

// ---------------------------------------------------------------------------------------------
// Conditions

bool Parser::ParseCondition(CondNode* out) {
  Parsed p;
  if (!ParseOr(&p)) return false;
  if (p.is_operand || Peek().kind != TokenKind::kEof) return Fail();
  *out = std::move(p.cond);
  return true;
}

// The functions on the recursion cycle ParsePrimary -> ParseOr -> ParseAnd -> ParseNot ->
// ParseComparison -> ParsePrimary keep tiny stack frames: AST nodes are large, so whatever they
// build is built on the heap or in separate non-inlined helpers that run after the recursive call
// returned. A thousand nesting levels then fit easily in the WebAssembly build's stack.

bool Parser::ParseOr(Parsed* out) {
  if (!ParseAnd(out)) return false;
  if (!IsKeyword(Peek(), "OR")) return true;
  return ContinueLogical(out, /*is_or=*/true);
}

bool Parser::ParseAnd(Parsed* out) {
  if (!ParseNot(out)) return false;
  if (!IsKeyword(Peek(), "AND")) return true;
  return ContinueLogical(out, /*is_or=*/false);
}

// `out` holds the first operand of a chain "x OR y OR z" (or AND); parses the rest and replaces
// `out` by the whole chain.
[[gnu::noinline]] bool Parser::ContinueLogical(Parsed* out, bool is_or) {
  const std::string_view keyword = is_or ? "OR" : "AND";
  if (out->is_operand) return Fail();
  const SourceSpan span = SpanOf(Peek());
  std::vector<CondNode> children;
  children.push_back(std::move(out->cond));
  auto rhs = std::make_unique<Parsed>();
  while (IsKeyword(Peek(), keyword)) {
    CountOperator(Next());
    *rhs = Parsed();
    if (!(is_or ? ParseAnd(rhs.get()) : ParseNot(rhs.get()))) return false;
    if (rhs->is_operand) return Fail();
    children.push_back(std::move(rhs->cond));
  }
  out->cond = CondNode();
  out->cond.span = span;
  if (is_or) {
    out->cond.v = OrCond{std::move(children)};
  } else {
    out->cond.v = AndCond{std::move(children)};
  }
  return true;
}

bool Parser::ParseNot(Parsed* out) {
  if (!IsKeyword(Peek(), "NOT")) return ParseComparison(out);
  return ContinueNot(out);
}

[[gnu::noinline]] bool Parser::ContinueNot(Parsed* out) {
  if (!Enter()) return false;
  const Token& not_token = Next();
  CountOperator(not_token);
  auto inner = std::make_unique<Parsed>();
  if (!ParseNot(inner.get())) return false;
  --depth_;
  if (inner->is_operand) return Fail();
  out->is_operand = false;
  out->cond = CondNode();
  out->cond.span = SpanOf(not_token);
  NotCond not_cond;
  not_cond.child.push_back(std::move(inner->cond));
  out->cond.v = std::move(not_cond);
  return true;
}

bool Parser::ParseComparison(Parsed* out) {
  if (!ParsePrimary(out)) return false;
  if (!out->is_operand) return true;
  return FinishComparison(out);
}

// `out` holds an operand; what follows decides what it is part of.
[[gnu::noinline]] bool Parser::FinishComparison(Parsed* out) {
  const Token& t = Peek();
  CondNode node;
  node.span = SpanOf(t);
  if (IsComparator(t.kind)) {
    Next();
    CountOperator(t);
    Comparison cmp;
    cmp.op = ToCompareOp(t.kind);
    cmp.lhs = std::move(out->operand);
    if (!ParseOperand(&cmp.rhs)) return false;
    node.v = std::move(cmp);
  } else if (IsKeyword(t, "BETWEEN")) {
    Next();
    CountOperator(t);
    BetweenCond between;
    between.subject = std::move(out->operand);
    if (!ParseOperand(&between.lower)) return false;
    if (!IsKeyword(Peek(), "AND")) return Fail();
    Next();
    if (!ParseOperand(&between.upper)) return false;
    node.v = std::move(between);
  } else if (IsKeyword(t, "IN")) {
    Next();
    CountOperator(t);
    InCond in;
    in.subject = std::move(out->operand);
    if (!Expect(TokenKind::kLParen)) return false;
    do {
      Operand candidate;
      if (!ParseOperand(&candidate)) return false;
      in.candidates.push_back(std::move(candidate));
    } while (Accept(TokenKind::kComma));
    if (!Expect(TokenKind::kRParen)) return false;
    if (in.candidates.size() > kMaxInOperands) {
      issues_->Add(IssueCategory::kInOperands,
                   "The IN operator is provided with too many operands; number of operands: " +
                       std::to_string(in.candidates.size()),
                   node.span);
    }
    node.v = std::move(in);
  } else if (t.kind == TokenKind::kRParen) {
    // "(a) = :v" or "(size(a)) > :n": the operand's closing parenthesis. The enclosing
    // ParsePrimary consumes it and ParseComparison looks again at what follows.
    return true;
  } else if (const FunctionCall* call = out->operand.call()) {
    // A function call standing alone is a condition (attribute_exists(a), ...); whether this
    // function may be used that way is checked after resolution.
    node.span = call->span;
    node.parenthesized = out->operand.parenthesized;
    node.v = std::move(std::get<FunctionCall>(out->operand.v));
  } else {
    return Fail();
  }
  out->is_operand = false;
  out->cond = std::move(node);
  return true;
}

bool Parser::ParsePrimary(Parsed* out) {
  if (Peek().kind != TokenKind::kLParen) {
    out->is_operand = true;
    return ParseOperand(&out->operand);
  }
  if (!Enter()) return false;
  const Token& open = Next();
  if (!ParseOr(out)) return false;
  if (!Expect(TokenKind::kRParen)) return false;
  --depth_;
  bool& parenthesized = out->is_operand ? out->operand.parenthesized : out->cond.parenthesized;
  if (parenthesized) NoteRedundantParens(open);
  parenthesized = true;
  if (out->is_operand) {
    out->operand.span = Join(SpanOf(open), tokens_[pos_ - 1].offset + tokens_[pos_ - 1].length);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Operands and paths

bool Parser::ParseOperand(Operand* out) {
  const Token& t = Peek();
  const SourceSpan start = SpanOf(t);
  if (t.kind == TokenKind::kLParen) {
    if (!Enter()) return false;
    const Token& open = Next();
    if (!ParseOperand(out)) return false;
    if (!Expect(TokenKind::kRParen)) return false;
    --depth_;
    if (out->parenthesized) NoteRedundantParens(open);
    out->parenthesized = true;
    out->span = Join(start, tokens_[pos_ - 1].offset + tokens_[pos_ - 1].length);
    return true;
  }
  if (t.kind == TokenKind::kValuePlaceholder) {
    ValueRef value;
    if (!ParseValueRef(&value)) return false;
    out->v = std::move(value);
  } else if (t.kind == TokenKind::kName && !IsGrammarKeyword(t) &&
             Peek(1).kind == TokenKind::kLParen) {
    FunctionCall call;
    if (!ParseFunction(&call)) return false;
    out->v = std::move(call);
  } else {
    Path path;
    if (!ParsePath(&path)) return false;
    out->v = std::move(path);
  }
  out->span = Join(start, tokens_[pos_ - 1].offset + tokens_[pos_ - 1].length);
  return true;
}

bool Parser::ParseFunction(FunctionCall* out) {
  const Token& name = Next();
  CountOperator(name);
  out->name = std::string(name.text);
  out->id = LookupFunction(name.text);
  out->span = SpanOf(name);
  if (!Enter()) return false;
  Next();  // '('
  do {
    Operand arg;
    if (!ParseOperand(&arg)) return false;
    out->args.push_back(std::move(arg));
  } while (Accept(TokenKind::kComma));
  if (!Expect(TokenKind::kRParen)) return false;
  --depth_;
  return true;
}

bool Parser::ParsePathElement(PathStep* out) {
  const Token& t = Peek();
  if (t.kind == TokenKind::kNamePlaceholder) {
    out->from_placeholder = true;
  } else if (t.kind != TokenKind::kName || IsGrammarKeyword(t)) {
    return Fail();
  }
  out->name = std::string(t.text);
  out->span = SpanOf(t);
  Next();
  return true;
}

bool Parser::ParsePath(Path* out) {
  const SourceSpan start = SpanOf(Peek());
  PathStep first;
  if (!ParsePathElement(&first)) return false;
  out->steps.push_back(std::move(first));
  for (;;) {
    if (Accept(TokenKind::kDot)) {
      PathStep member;
      if (!ParsePathElement(&member)) return false;
      out->steps.push_back(std::move(member));
    } else if (Peek().kind == TokenKind::kLBracket) {
      const Token& open = Next();
      const Token& number = Peek();
      if (number.kind != TokenKind::kNumber) return Fail();
      PathStep index;
      index.is_index = true;
      const auto [ptr, ec] =
          std::from_chars(number.text.data(), number.text.data() + number.text.size(), index.index);
      if (ec != std::errc() || ptr != number.text.data() + number.text.size()) return Fail();
      Next();
      if (!Expect(TokenKind::kRBracket)) return false;
      index.span = Join(SpanOf(open), tokens_[pos_ - 1].offset + 1);
      out->steps.push_back(std::move(index));
    } else {
      break;
    }
  }
  out->span = Join(start, tokens_[pos_ - 1].offset + tokens_[pos_ - 1].length);
  return true;
}

bool Parser::ParseValueRef(ValueRef* out) {
  const Token& t = Peek();
  if (t.kind != TokenKind::kValuePlaceholder) return Fail();
  out->placeholder = std::string(t.text);
  out->span = SpanOf(t);
  Next();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Updates

bool Parser::ParseUpdate(std::vector<UpdateAction>* out) {
  bool seen[4] = {false, false, false, false};
  if (Peek().kind == TokenKind::kEof) return Fail();
  while (Peek().kind != TokenKind::kEof) {
    const Token& t = Peek();
    UpdateKind kind;
    const char* label;
    if (IsKeyword(t, "SET")) {
      kind = UpdateKind::kSet;
      label = "SET";
    } else if (IsKeyword(t, "REMOVE")) {
      kind = UpdateKind::kRemove;
      label = "REMOVE";
    } else if (IsKeyword(t, "ADD")) {
      kind = UpdateKind::kAdd;
      label = "ADD";
    } else if (IsKeyword(t, "DELETE")) {
      kind = UpdateKind::kDelete;
      label = "DELETE";
    } else {
      return Fail();
    }
    bool& seen_kind = seen[static_cast<int>(kind)];
    if (seen_kind) {
      issues_->Add(IssueCategory::kSection,
                   std::string("The \"") + label +
                       "\" section can only be used once in an update expression;",
                   SpanOf(t));
    }
    seen_kind = true;
    Next();
    do {
      UpdateAction action;
      if (!ParseUpdateAction(kind, &action)) return false;
      out->push_back(std::move(action));
    } while (Accept(TokenKind::kComma));
  }
  return true;
}

bool Parser::ParseUpdateAction(UpdateKind kind, UpdateAction* out) {
  out->kind = kind;
  if (!ParsePath(&out->path)) return false;
  switch (kind) {
    case UpdateKind::kSet:
      if (Peek().kind != TokenKind::kEq) return Fail();
      CountOperator(Next());
      return ParseSetValue(&out->set);
    case UpdateKind::kRemove:
      CountOperator(tokens_[pos_ - 1]);
      return true;
    case UpdateKind::kAdd:
    case UpdateKind::kDelete:
      CountOperator(tokens_[pos_ - 1]);
      return ParseValueRef(&out->value);
  }
  return true;
}

bool Parser::ParseSetValue(SetValue* out) {
  if (Peek().kind == TokenKind::kLParen) {
    // "(b + c)" wraps a whole value, "(b) + c" only an operand: parse the inside as a value and
    // see which it was.
    if (!Enter()) return false;
    const Token& open = Next();
    SetValue inner;
    if (!ParseSetValue(&inner)) return false;
    if (!Expect(TokenKind::kRParen)) return false;
    --depth_;
    if (inner.op != 0) {
      *out = std::move(inner);
      return true;
    }
    if (inner.lhs.parenthesized) NoteRedundantParens(open);
    out->lhs = std::move(inner.lhs);
    out->lhs.parenthesized = true;
  } else if (!ParseOperand(&out->lhs)) {
    return false;
  }
  const Token& t = Peek();
  if (t.kind != TokenKind::kPlus && t.kind != TokenKind::kMinus) return true;
  Next();
  CountOperator(t);
  out->op = t.kind == TokenKind::kPlus ? '+' : '-';
  out->op_span = SpanOf(t);
  return ParseOperand(&out->rhs);
}

// ---------------------------------------------------------------------------------------------
// Projections

bool Parser::ParseProjection(std::vector<Path>* out) {
  do {
    Path path;
    if (!ParsePath(&path)) return false;
    out->push_back(std::move(path));
  } while (Accept(TokenKind::kComma));
  if (Peek().kind != TokenKind::kEof) return Fail();
  return true;
}

}  // namespace ddb::expr
