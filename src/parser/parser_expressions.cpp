// Parser stage: expressions and assignment targets (python.gram's
// EXPRESSIONS, LITERALS, FUNCTION CALL ARGUMENTS and ASSIGNMENT TARGETS
// sections), with the node positions CPython's rule actions give.
#include <utility>

#include "parser/parser_internal.h"

namespace krait::parser {

using namespace ast;

namespace {

struct BinaryOperator {
  int precedence = 0;  // 0: not a binary operator
  OperatorKind op = OperatorKind::Add;
};

// bitwise_or (1) .. term (6): the left-recursive binary rules.
BinaryOperator binary_operator(TokenKind kind) {
  switch (kind) {
    case TokenKind::VBAR: return {1, OperatorKind::BitOr};
    case TokenKind::CIRCUMFLEX: return {2, OperatorKind::BitXor};
    case TokenKind::AMPER: return {3, OperatorKind::BitAnd};
    case TokenKind::LEFTSHIFT: return {4, OperatorKind::LShift};
    case TokenKind::RIGHTSHIFT: return {4, OperatorKind::RShift};
    case TokenKind::PLUS: return {5, OperatorKind::Add};
    case TokenKind::MINUS: return {5, OperatorKind::Sub};
    case TokenKind::STAR: return {6, OperatorKind::Mult};
    case TokenKind::SLASH: return {6, OperatorKind::Div};
    case TokenKind::DOUBLESLASH: return {6, OperatorKind::FloorDiv};
    case TokenKind::PERCENT: return {6, OperatorKind::Mod};
    case TokenKind::AT: return {6, OperatorKind::MatMult};
    default: return {};
  }
}

bool is_t_lookahead(TokenKind kind) {
  return kind == TokenKind::LPAR || kind == TokenKind::LSQB || kind == TokenKind::DOT;
}

}  // namespace

// Whether the current token can begin an atom (and so a t_primary).
bool Parser::starts_atom() {
  const GrammarToken& token = peek();
  switch (token.token.kind) {
    case TokenKind::NAME:
      return token.keyword == Keyword::NotKeyword || token.keyword == Keyword::False ||
             token.keyword == Keyword::None || token.keyword == Keyword::True;
    case TokenKind::NUMBER:
    case TokenKind::STRING:
    case TokenKind::LPAR:
    case TokenKind::LSQB:
    case TokenKind::LBRACE:
    case TokenKind::ELLIPSIS: return true;
    default: return false;
  }
}

// Whether the current token can begin an `expression`: where the grammar
// has an optional expression, this decides whether to parse one.
bool Parser::starts_expression() {
  if (starts_atom()) return true;
  switch (kind()) {
    case TokenKind::MINUS:
    case TokenKind::PLUS:
    case TokenKind::TILDE: return true;
    default: return at(Keyword::Not) || at(Keyword::Lambda) || at(Keyword::Await);
  }
}

Expr* Parser::tuple_from(std::size_t start, std::size_t mark, ExprContext context) {
  auto* tuple = make<Tuple>(start);
  tuple->elts = pop_seq<Expr>(mark);
  tuple->ctx = context;
  return tuple;
}

// star_expressions: star_expression (',' star_expression)* [','], a Tuple
// as soon as there is a comma.
Expr* Parser::star_expressions() {
  std::size_t start = index_;
  Expr* first = star_expression();
  if (!at(TokenKind::COMMA)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::COMMA)) {
    if (!at(TokenKind::STAR) && !starts_expression()) break;
    push(star_expression());
  }
  return tuple_from(start, mark, ExprContext::Load);
}

// expressions: expression (',' expression)* [','] (the eval start rule)
Expr* Parser::expressions() {
  std::size_t start = index_;
  Expr* first = expression();
  if (!at(TokenKind::COMMA)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::COMMA)) {
    if (!starts_expression()) break;
    push(expression());
  }
  return tuple_from(start, mark, ExprContext::Load);
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (!at(TokenKind::STAR)) return expression();
  std::size_t start = index_;
  advance();
  Expr* value = bitwise_or();
  auto* starred = make<Starred>(start);
  starred->value = value;
  starred->ctx = ExprContext::Load;
  return starred;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(TokenKind::STAR)) return star_expression();
  return named_expression();
}

// starred_expression: '*' expression
Expr* Parser::starred_expression() {
  std::size_t start = index_;
  expect(TokenKind::STAR);
  Expr* value = expression();
  auto* starred = make<Starred>(start);
  starred->value = value;
  starred->ctx = ExprContext::Load;
  return starred;
}

// named_expression: NAME ':=' ~ expression | expression !':='
Expr* Parser::named_expression(bool check_equals) {
  if (at_name() && peek_at(1).token.kind == TokenKind::COLONEQUAL) {
    std::size_t start = index_;
    Name* target = name_node(index_, ExprContext::Store);
    index_ += 2;
    Expr* value = expression();
    auto* named = make<NamedExpr>(start);
    named->target = target;
    named->value = value;
    return named;
  }
  std::size_t start = index_;
  Expr* value = expression();
  reject_walrus(value);
  // invalid_named_expression: `NAME '=' bitwise_or` and
  // `bitwise_or '=' bitwise_or`, each not followed by '=' or ':='.
  if (check_equals && second_pass_ && at(TokenKind::EQUAL)) {
    bool bare_name = value->kind == NodeKind::Name && index_ == start + 1;
    if (bare_name || is_plain_bitwise_or(value)) {
      if (Expr* compared = comparison_after_equals()) {
        if (bare_name) {
          invalid_range(value->lineno, value->col_offset, compared->end_lineno, compared->end_col_offset,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        invalid_at_node(value, "cannot assign to " + expression_name(value) +
                                   " here. Maybe you meant '==' instead of '='?");
      }
    }
  }
  return value;
}

// Whether invalid_named_expression's `bitwise_or '=' ...` alternative can
// match the target, which gives the "Maybe you meant '=='" message: the
// target is a bitwise_or that does not start with a list, tuple, genexp or
// True/None/False.
bool Parser::is_plain_bitwise_or(Expr* expr) {
  switch (expr->kind) {
    case NodeKind::BoolOp:
    case NodeKind::Compare:
    case NodeKind::IfExp:
    case NodeKind::Lambda:
    case NodeKind::Starred: return false;
    case NodeKind::UnaryOp:
      if (static_cast<UnaryOp*>(expr)->op == UnaryOpKind::Not) return false;
      break;
    default: break;
  }
  Expr* leftmost = expr;
  for (;;) {
    switch (leftmost->kind) {
      case NodeKind::Attribute: leftmost = static_cast<Attribute*>(leftmost)->value; continue;
      case NodeKind::Subscript: leftmost = static_cast<Subscript*>(leftmost)->value; continue;
      case NodeKind::Call: leftmost = static_cast<Call*>(leftmost)->func; continue;
      case NodeKind::BinOp: leftmost = static_cast<BinOp*>(leftmost)->left; continue;
      default: break;
    }
    break;
  }
  if (leftmost->lineno == expr->lineno && leftmost->col_offset == expr->col_offset) {
    switch (leftmost->kind) {
      case NodeKind::Tuple:
      case NodeKind::List:
      case NodeKind::GeneratorExp: return false;
      case NodeKind::Constant: {
        auto tag = static_cast<Constant*>(leftmost)->value.tag;
        return tag != ConstantValue::Tag::True && tag != ConstantValue::Tag::False &&
               tag != ConstantValue::Tag::None;
      }
      default: break;
    }
  }
  return true;
}

// The bitwise_or after the current '=' when it is not followed by '=' or
// ':=': the shape in which invalid_named_expression takes '=' for a
// mistyped '=='. Null otherwise.
Expr* Parser::comparison_after_equals() {
  Checkpoint before = checkpoint();
  advance();
  Expr* compared = nullptr;
  try {
    compared = bitwise_or();
    if (at(TokenKind::EQUAL) || at(TokenKind::COLONEQUAL)) compared = nullptr;
  } catch (const NoMatch&) {
  }
  restore(before);
  return compared;
}

// invalid_named_expression: only a bare name can be the target of ':='.
void Parser::reject_walrus(Expr* target) {
  if (at(TokenKind::COLONEQUAL))
    invalid_at_node(target, "cannot use assignment expressions with " + expression_name(target));
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction
//           | lambdef
// The second pass memoises it, as CPython's parser does, so that the
// lookahead of its invalid_* alternatives stays linear.
Expr* Parser::expression() {
  if (!second_pass_) return expression_alternatives();
  std::size_t start = index_;
  Memo& memo = expression_memo_[start];
  if (memo.state == Memo::Parsed) {
    index_ = memo.end;
    return memo.expr;
  }
  if (memo.state == Memo::Failed) no_match();
  try {
    Expr* expr = expression_alternatives();
    expression_memo_[start] = {expr, index_, Memo::Parsed};
    return expr;
  } catch (const NoMatch&) {
    expression_memo_[start].state = Memo::Failed;
    throw;
  }
}

Expr* Parser::expression_alternatives() {
  if (at(Keyword::Lambda)) return lambdef();
  std::size_t start = index_;
  // invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction
  // expression_without_invalid, inside brackets.
  bool comma_check =
      second_pass_ &&
      !(at_name() && (peek_at(1).token.kind == TokenKind::STRING || peek().token.text == "match" ||
                      peek().token.text == "case" || peek().token.text == "_"));
  Expr* body = disjunction();
  if (comma_check && starts_expression()) check_missing_comma(body);
  if (second_pass_ && tokens_[start].token.kind == TokenKind::NAME &&
      tokens_[start].keyword == Keyword::NotKeyword && tokens_[start + 1].token.kind != TokenKind::LPAR)
    check_legacy_statement(start);
  if (!at(Keyword::If)) return body;
  Nesting nesting(*this, 1);
  advance();
  Expr* test = disjunction();
  if (!accept(Keyword::Else)) {
    // invalid_expression: a conditional expression without 'else'.
    if (!at(TokenKind::COLON)) {
      invalid_range(body->lineno, body->col_offset, test->end_lineno, test->end_col_offset,
                    "expected 'else' after 'if' expression");
    }
    no_match();
  }
  Expr* orelse = expression();
  auto* conditional = make<IfExp>(start);
  conditional->test = test;
  conditional->body = body;
  conditional->orelse = orelse;
  return conditional;
}

// invalid_legacy_expression: NAME !'(' star_expressions, an error for
// `print x` and `exec x`. Reading on after every name, with the invalid_*
// rules still on, is what makes CPython's second pass nest deeply (and fail
// with MemoryError) on a long run of names.
void Parser::check_legacy_statement(std::size_t name_index) {
  Checkpoint after = checkpoint();
  Checkpoint from_name = after;
  from_name.index = name_index + 1;
  restore(from_name);
  Nesting nesting(*this, 4);
  Expr* arguments = nullptr;
  try {
    arguments = star_expressions();
  } catch (const NoMatch&) {
  }
  std::string_view name = token_at(name_index).text;
  if (arguments && (name == "print" || name == "exec")) {
    const Token& token = token_at(name_index);
    invalid_range(token.lineno, token.col_offset, arguments->end_lineno, arguments->end_col_offset,
                  "Missing parentheses in call to '" + std::string(name) + "'. Did you mean " +
                      std::string(name) + "(...)?");
  }
  restore(after);
}

// Raises "Perhaps you forgot a comma?" when `before` is followed by an
// expression that ends inside brackets (not for `print x` / `exec x`).
void Parser::check_missing_comma(Expr* before) {
  if (auto* name = as<Name>(before); name && (name->id == "print" || name->id == "exec")) return;
  Checkpoint after = checkpoint();
  Expr* next = nullptr;
  second_pass_ = false;
  try {
    next = expression();
  } catch (const NoMatch&) {
  }
  second_pass_ = true;
  if (next && tokens_[index_ - 1].level > 0) {
    raise_range(before->lineno, before->col_offset, next->end_lineno, next->end_col_offset,
                "invalid syntax. Perhaps you forgot a comma?");
  }
  restore(after);
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  std::size_t start = index_;
  Expr* first = conjunction();
  if (!at(Keyword::Or)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(Keyword::Or)) push(conjunction());
  auto* operation = make<BoolOp>(start);
  operation->op = BoolOpKind::Or;
  operation->values = pop_seq<Expr>(mark);
  return operation;
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  std::size_t start = index_;
  Expr* first = inversion();
  if (!at(Keyword::And)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(Keyword::And)) push(inversion());
  auto* operation = make<BoolOp>(start);
  operation->op = BoolOpKind::And;
  operation->values = pop_seq<Expr>(mark);
  return operation;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  if (!at(Keyword::Not)) return comparison();
  std::size_t start = index_;
  Nesting nesting(*this, 1);
  advance();
  Expr* operand = inversion();
  auto* operation = make<UnaryOp>(start);
  operation->op = UnaryOpKind::Not;
  operation->operand = operand;
  return operation;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::comparison() {
  std::size_t start = index_;
  Expr* left = bitwise_or();
  std::size_t ops_mark = compare_ops_.size();
  std::size_t mark = scratch_mark();
  for (;;) {
    const GrammarToken& token = peek();
    CmpOpKind op;
    switch (token.token.kind) {
      case TokenKind::EQEQUAL: op = CmpOpKind::Eq; break;
      // '<>' is NOTEQUAL too, but only with barry_as_FLUFL.
      case TokenKind::NOTEQUAL:
        if (token.token.text != "!=") goto done;
        op = CmpOpKind::NotEq;
        break;
      case TokenKind::LESSEQUAL: op = CmpOpKind::LtE; break;
      case TokenKind::LESS: op = CmpOpKind::Lt; break;
      case TokenKind::GREATEREQUAL: op = CmpOpKind::GtE; break;
      case TokenKind::GREATER: op = CmpOpKind::Gt; break;
      case TokenKind::NAME:
        if (token.keyword == Keyword::In) {
          op = CmpOpKind::In;
        } else if (token.keyword == Keyword::Not && peek_at(1).keyword == Keyword::In) {
          op = CmpOpKind::NotIn;
          advance();
        } else if (token.keyword == Keyword::Is) {
          op = CmpOpKind::Is;
          if (peek_at(1).keyword == Keyword::Not) {
            op = CmpOpKind::IsNot;
            advance();
          }
        } else {
          goto done;
        }
        break;
      default: goto done;
    }
    advance();
    compare_ops_.push_back(op);
    push(bitwise_or());
  }
done:
  if (compare_ops_.size() == ops_mark) return left;
  auto* compare = make<Compare>(start);
  compare->left = left;
  compare->ops.count = static_cast<std::uint32_t>(compare_ops_.size() - ops_mark);
  compare->ops.items = arena_.make_array<CmpOpKind>(compare->ops.count);
  std::copy(compare_ops_.begin() + ops_mark, compare_ops_.end(), compare->ops.items);
  compare_ops_.resize(ops_mark);
  compare->comparators = pop_seq<Expr>(mark);
  return compare;
}

// bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: each
// left-recursive rule is a loop at its precedence level, so every BinOp
// starts where its leftmost operand's rule started.
Expr* Parser::binary_operation(int precedence) {
  std::size_t start = index_;
  Expr* left = precedence == 6 ? factor() : binary_operation(precedence + 1);
  for (;;) {
    BinaryOperator op = binary_operator(kind());
    if (op.precedence != precedence) return left;
    advance();
    Expr* right = precedence == 6 ? factor() : binary_operation(precedence + 1);
    auto* operation = make<BinOp>(start);
    operation->left = left;
    operation->op = op.op;
    operation->right = right;
    left = operation;
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::PLUS: op = UnaryOpKind::UAdd; break;
    case TokenKind::MINUS: op = UnaryOpKind::USub; break;
    case TokenKind::TILDE: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  std::size_t start = index_;
  Nesting nesting(*this, 1);
  advance();
  Expr* operand = factor();
  auto* operation = make<UnaryOp>(start);
  operation->op = op;
  operation->operand = operand;
  return operation;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  std::size_t start = index_;
  Expr* base = await_primary();
  if (!accept(TokenKind::DOUBLESTAR)) return base;
  Nesting nesting(*this, 2);
  Expr* exponent = factor();
  auto* operation = make<BinOp>(start);
  operation->left = base;
  operation->op = OperatorKind::Pow;
  operation->right = exponent;
  return operation;
}

// await_primary: AWAIT primary | primary
Expr* Parser::await_primary() {
  if (!at(Keyword::Await)) return primary();
  std::size_t start = index_;
  advance();
  Expr* value = primary();
  auto* awaited = make<Await>(start);
  awaited->value = value;
  return awaited;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
// A trailer that does not parse leaves the shorter primary (the
// left-recursive rule keeps its last successful seed).
Expr* Parser::primary() {
  std::size_t start = index_;
  Expr* value = atom();
  for (;;) {
    Checkpoint trailer = checkpoint();
    try {
      switch (kind()) {
        case TokenKind::DOT: value = attribute(start, value, ExprContext::Load); break;
        case TokenKind::LPAR: value = call_arguments(start, value, true); break;
        case TokenKind::LSQB: value = subscript(start, value, ExprContext::Load); break;
        default: return value;
      }
    } catch (const NoMatch&) {
      restore(trailer);
      return value;
    }
  }
}

Expr* Parser::attribute(std::size_t start, Expr* value, ExprContext context) {
  advance();
  Identifier attr = expect_identifier();
  auto* node = make<Attribute>(start);
  node->value = value;
  node->attr = attr;
  node->ctx = context;
  return node;
}

Expr* Parser::subscript(std::size_t start, Expr* value, ExprContext context) {
  advance();
  Expr* slice = slices();
  expect(TokenKind::RSQB);
  auto* node = make<Subscript>(start);
  node->value = value;
  node->slice = slice;
  node->ctx = context;
  return node;
}

Expr* Parser::constant(std::size_t start, ConstantValue value) {
  auto* node = make<Constant>(start);
  node->value = value;
  return node;
}

// A decimal int literal over CPython's default int/str conversion limit is
// a SyntaxError where the parser reads it (parsenumber's ValueError),
// placed at the line without a column.
void Parser::check_decimal_digits(const Token& token) {
  constexpr std::size_t limit = 4300;  // sys.int_info.default_max_str_digits
  const std::string_view text = token.text;
  if (text.size() <= limit || (text.size() > 1 && text[0] == '0') ||
      text.find_first_of(".eEjJ") != std::string_view::npos)
    return;
  std::size_t digits = 0;
  for (const char c : text) digits += c != '_';
  if (digits <= limit) return;
  SyntaxErrorInfo info = error_info(token.lineno, 0, token.lineno, 0,
                                    "Exceeds the limit (" + std::to_string(limit) +
                                        " digits) for integer string conversion: value has " + std::to_string(digits) +
                                        " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                        "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                    "SyntaxError");
  info.offset = 0;
  info.end_offset = 0;
  throw ParseError{std::move(info)};
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//     | (tuple | group | genexp) | (list | listcomp)
//     | (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom() {
  const GrammarToken& token = peek();
  std::size_t start = index_;
  // A bracketed atom nests about as deep in CPython's rules as a statement
  // does down to its expression.
  Nesting nesting(*this, token.token.kind == TokenKind::LPAR || token.token.kind == TokenKind::LSQB ||
                                 token.token.kind == TokenKind::LBRACE
                             ? 25
                             : 0);
  ConstantValue value;
  switch (token.token.kind) {
    case TokenKind::NAME:
      switch (token.keyword) {
        case Keyword::NotKeyword: return name_node(index_++, ExprContext::Load);
        case Keyword::True: value.tag = ConstantValue::Tag::True; break;
        case Keyword::False: value.tag = ConstantValue::Tag::False; break;
        case Keyword::None: value.tag = ConstantValue::Tag::None; break;
        default: no_match();
      }
      advance();
      return constant(start, value);
    case TokenKind::NUMBER: {
      advance();
      check_decimal_digits(token.token);
      return constant(start, number_value(token.token.text, arena_));
    }
    case TokenKind::STRING: return strings();
    case TokenKind::LPAR: return parenthesized();
    case TokenKind::LSQB: return bracketed();
    case TokenKind::LBRACE: return braced();
    case TokenKind::ELLIPSIS:
      advance();
      value.tag = ConstantValue::Tag::Ellipsis;
      return constant(start, value);
    default: no_match();
  }
}

// strings: STRING+ (implicit concatenation, f-strings included)
Expr* Parser::strings() {
  std::size_t start = index_;
  string_run_.clear();
  while (at(TokenKind::STRING)) string_run_.push_back(advance());
  Expr* value = string_expression(string_run_.data(), string_run_.size(), arena_, *this);
  place(value, start);
  return value;
}

// tuple | group | genexp, told apart after the first element:
//   tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
//   group: '(' (yield_expr | named_expression) ')'
//   genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr* Parser::parenthesized() {
  std::size_t start = index_;
  advance();
  if (accept(TokenKind::RPAR)) {
    std::size_t mark = scratch_mark();
    return tuple_from(start, mark, ExprContext::Load);
  }
  if (at(Keyword::Yield)) {
    Expr* value = yield_expr();
    expect(TokenKind::RPAR);
    return value;
  }
  if (at(TokenKind::DOUBLESTAR)) {
    // invalid_group: '(' '**' expression ')'
    const Token& stars = advance();
    expression();
    if (at(TokenKind::RPAR)) invalid_at(stars, "cannot use double starred expression here");
    no_match();
  }
  Expr* first = star_named_expression();
  if (at_comprehension_start()) {
    // invalid_comprehension
    if (first->kind == NodeKind::Starred)
      invalid_at_node(first, "iterable unpacking cannot be used in comprehension");
    Seq<Comprehension*> generators = for_if_clauses();
    expect(TokenKind::RPAR);
    auto* generator = make<GeneratorExp>(start);
    generator->elt = first;
    generator->generators = generators;
    return generator;
  }
  if (accept(TokenKind::RPAR)) {
    // invalid_group: a starred expression alone in parentheses.
    if (first->kind == NodeKind::Starred) invalid_at_node(first, "cannot use starred expression here");
    return first;
  }
  std::size_t mark = scratch_mark();
  push(first);
  expect(TokenKind::COMMA);
  while (!at(TokenKind::RPAR)) {
    push(star_named_expression());
    if (!accept(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RPAR);
  return tuple_from(start, mark, ExprContext::Load);
}

bool Parser::at_comprehension_start() {
  return at(Keyword::For) || (at(Keyword::Async) && peek_at(1).keyword == Keyword::For);
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::bracketed() {
  std::size_t start = index_;
  advance();
  std::size_t mark = scratch_mark();
  if (!at(TokenKind::RSQB)) {
    Expr* first = star_named_expression();
    if (at_comprehension_start()) {
      // invalid_comprehension
      if (first->kind == NodeKind::Starred)
        invalid_at_node(first, "iterable unpacking cannot be used in comprehension");
      Seq<Comprehension*> generators = for_if_clauses();
      expect(TokenKind::RSQB);
      auto* comprehension = make<ListComp>(start);
      comprehension->elt = first;
      comprehension->generators = generators;
      return comprehension;
    }
    push(first);
    while (accept(TokenKind::COMMA) && !at(TokenKind::RSQB)) push(star_named_expression());
    check_unparenthesized_target(first);
  }
  expect(TokenKind::RSQB);
  auto* list = make<List>(start);
  list->elts = pop_seq<Expr>(mark);
  list->ctx = ExprContext::Load;
  return list;
}

// dict: '{' [double_starred_kvpairs] '}'    set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'   setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::braced() {
  std::size_t start = index_;
  advance();
  std::size_t mark = scratch_mark();
  bool is_dict = at(TokenKind::RBRACE) || at(TokenKind::DOUBLESTAR);
  if (!is_dict) {
    // A dict key is an `expression`: an unparenthesized ':=' makes a set.
    bool walrus = at_name() && peek_at(1).token.kind == TokenKind::COLONEQUAL;
    Expr* first = star_named_expression();
    if (!walrus && first->kind != NodeKind::Starred && accept(TokenKind::COLON)) {
      Expr* value = dict_value();
      if (at_comprehension_start()) {
        Seq<Comprehension*> generators = for_if_clauses();
        expect(TokenKind::RBRACE);
        auto* comprehension = make<DictComp>(start);
        comprehension->key = first;
        comprehension->value = value;
        comprehension->generators = generators;
        return comprehension;
      }
      push(first);
      push(value);
      is_dict = true;
    } else if (at_comprehension_start()) {
      // invalid_comprehension
      if (first->kind == NodeKind::Starred)
        invalid_at_node(first, "iterable unpacking cannot be used in comprehension");
      Seq<Comprehension*> generators = for_if_clauses();
      expect(TokenKind::RBRACE);
      auto* comprehension = make<SetComp>(start);
      comprehension->elt = first;
      comprehension->generators = generators;
      return comprehension;
    } else {
      push(first);
      while (accept(TokenKind::COMMA) && !at(TokenKind::RBRACE)) push(star_named_expression());
      check_unparenthesized_target(first);
      expect(TokenKind::RBRACE);
      auto* set = make<Set>(start);
      set->elts = pop_seq<Expr>(mark);
      return set;
    }
    if (!accept(TokenKind::COMMA)) {
      expect(TokenKind::RBRACE);
      return dict_from(start, mark);
    }
  }
  // double_starred_kvpair: '**' bitwise_or | expression ':' expression;
  // keys and values are pushed in pairs, null key for '**'.
  while (!at(TokenKind::RBRACE)) {
    if (at(TokenKind::DOUBLESTAR)) {
      const Token& stars = advance();
      push(nullptr);
      push(bitwise_or());
      // invalid_dict_comprehension
      if (at_comprehension_start()) invalid_at(stars, "dict unpacking cannot be used in dict comprehension");
    } else {
      Expr* key = expression();
      // invalid_kvpair
      if (!accept(TokenKind::COLON))
        invalid_range(key->lineno, key->end_col_offset - 1, key->end_lineno, -1,
                      "':' expected after dictionary key");
      push(key);
      push(dict_value());
    }
    if (!accept(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RBRACE);
  return dict_from(start, mark);
}

// The value of a kvpair, after its ':' (with invalid_kvpair's messages).
Expr* Parser::dict_value() {
  if (at(TokenKind::STAR) && second_pass_) {
    const Token& star = advance();
    bitwise_or();
    const Token& last = last_significant_token();
    invalid_range(star.lineno, star.col_offset, last.end_lineno, last.end_col_offset,
                  "cannot use a starred expression in a dictionary value");
  }
  if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
    invalid_at(token_at(index_ - 1), "expression expected after dictionary key and ':'");
  return expression();
}

// invalid_comprehension: a list or set display directly followed by a
// comprehension clause.
void Parser::check_unparenthesized_target(Expr* first) {
  if (!at_comprehension_start()) return;
  const Token& last = last_significant_token();
  invalid_range(first->lineno, first->col_offset, last.end_lineno, last.end_col_offset,
                "did you forget parentheses around the comprehension target?");
}

Expr* Parser::dict_from(std::size_t start, std::size_t mark) {
  auto* dict = make<Dict>(start);
  std::uint32_t count = static_cast<std::uint32_t>((scratch_.size() - mark) / 2);
  dict->keys.count = dict->values.count = count;
  dict->keys.items = arena_.make_array<Expr*>(count);
  dict->values.items = arena_.make_array<Expr*>(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    dict->keys.items[i] = static_cast<Expr*>(scratch_[mark + 2 * i]);
    dict->values.items[i] = static_cast<Expr*>(scratch_[mark + 2 * i + 1]);
  }
  scratch_.resize(mark);
  return dict;
}

// for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction
//                  ('if' disjunction)*)+
Seq<Comprehension*> Parser::for_if_clauses() {
  std::size_t mark = scratch_mark();
  while (at_comprehension_start()) {
    bool is_async = accept(Keyword::Async);
    advance();
    Expr* target = for_targets();
    expect(Keyword::In);
    Expr* iter = disjunction();
    std::size_t ifs_mark = scratch_mark();
    while (accept(Keyword::If)) push(disjunction());
    auto* comprehension = arena_.make<Comprehension>();
    comprehension->target = target;
    comprehension->iter = iter;
    comprehension->ifs = pop_seq<Expr>(ifs_mark);
    comprehension->is_async = is_async;
    push(comprehension);
  }
  return pop_seq<Comprehension>(mark);
}

// The target of a `for` (statement or clause): star_targets, else
// invalid_for_target's message for what was written instead.
Expr* Parser::for_targets() {
  if (!second_pass_) {
    Expr* target = star_targets();
    if (!at(Keyword::In)) no_match();
    return target;
  }
  Checkpoint start = checkpoint();
  try {
    Expr* target = star_targets();
    if (at(Keyword::In)) return target;
  } catch (const NoMatch&) {
  }
  restore(start);
  Expr* written = star_expressions();
  check_target(written, TargetsType::For);
  no_match();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  std::size_t start = index_;
  advance();
  if (accept(Keyword::From)) {
    Expr* value = expression();
    auto* node = make<YieldFrom>(start);
    node->value = value;
    return node;
  }
  Expr* value = at(TokenKind::STAR) || starts_expression() ? star_expressions() : nullptr;
  auto* node = make<Yield>(start);
  node->value = value;
  return node;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  std::size_t start = index_;
  Nesting nesting(*this, 2);
  advance();
  Arguments* args = at(TokenKind::COLON) ? arena_.make<Arguments>() : parameters(true);
  expect(TokenKind::COLON);
  Expr* body = expression();
  auto* lambda = make<Lambda>(start);
  lambda->args = args;
  lambda->body = body;
  return lambda;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple)
Expr* Parser::slices() {
  std::size_t start = index_;
  Expr* first = at(TokenKind::STAR) ? starred_expression() : slice_item();
  if (!at(TokenKind::COMMA) && first->kind != NodeKind::Starred) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::COMMA) && !at(TokenKind::RSQB))
    push(at(TokenKind::STAR) ? starred_expression() : slice_item());
  return tuple_from(start, mark, ExprContext::Load);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice_item() {
  std::size_t start = index_;
  Expr* lower = nullptr;
  if (!at(TokenKind::COLON)) {
    if (at_name() && peek_at(1).token.kind == TokenKind::COLONEQUAL) return named_expression();
    lower = expression();
    if (!at(TokenKind::COLON)) {
      reject_walrus(lower);
      return lower;
    }
  }
  advance();
  auto optional_bound = [this]() -> Expr* {
    return at(TokenKind::COLON) || at(TokenKind::COMMA) || at(TokenKind::RSQB) ? nullptr : expression();
  };
  Expr* upper = optional_bound();
  Expr* step = accept(TokenKind::COLON) ? optional_bound() : nullptr;
  auto* slice = make<Slice>(start);
  slice->lower = lower;
  slice->upper = upper;
  slice->step = step;
  return slice;
}

// '(' [arguments] ')' after `function` (a Call), or a sole genexp argument
// (`primary genexp`). arguments: args [','] &')' where
//   args: ','.(starred_expression | (assignment_expression | expression
//         !':=') !'=')+ [',' kwargs] | kwargs
//   kwargs: kwarg_or_starred (NAME '=' expression | starred_expression)
//           then kwarg_or_double_starred (NAME '=' expression | '**' expression)
// Positional and starred arguments go to `args` in order, keywords to
// `keywords` (_PyPegen_collect_call_seqs).
Call* Parser::call_arguments(std::size_t start, Expr* function, bool allow_generator) {
  std::size_t open = index_;
  advance();
  std::size_t mark = scratch_mark();
  bool seen_keyword = false;
  bool seen_double_star = false;
  // invalid_arguments reports a positional argument after keywords at the
  // last token read, once all arguments are read.
  const char* misplaced_positional = nullptr;
  while (!at(TokenKind::RPAR)) {
    std::size_t item_start = index_;
    if (at(TokenKind::STAR)) {
      if (seen_double_star)
        invalid_at(peek().token, "iterable argument unpacking follows keyword argument unpacking");
      push(starred_expression());
    } else if (at(TokenKind::DOUBLESTAR) || (at_name() && peek_at(1).token.kind == TokenKind::EQUAL)) {
      Identifier arg{};
      if (accept(TokenKind::DOUBLESTAR)) {
        seen_double_star = true;
      } else {
        arg = identifier(advance());
        advance();
      }
      Expr* value = expression();
      // invalid_kwarg: NAME '=' expression for_if_clauses
      if (arg.data() && at_comprehension_start()) {
        invalid_range(token_at(item_start).lineno, token_at(item_start).col_offset,
                      token_at(item_start + 1).end_lineno, token_at(item_start + 1).end_col_offset,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      auto* keyword = make<ast::Keyword>(item_start);
      keyword->arg = arg;
      keyword->value = value;
      seen_keyword = true;
      push(keyword);
    } else {
      if (peek().keyword == Keyword::True || peek().keyword == Keyword::False ||
          peek().keyword == Keyword::None) {
        if (peek_at(1).token.kind == TokenKind::EQUAL) {
          const Token& name = peek().token;
          const Token& equal = peek_at(1).token;
          invalid_range(name.lineno, name.col_offset, equal.end_lineno, equal.end_col_offset,
                        "cannot assign to " + std::string(name.text));
        }
      }
      Expr* value = named_expression(false);
      if (at_comprehension_start()) {
        if (!allow_generator) no_match();
        Seq<Comprehension*> generators = for_if_clauses();
        if (scratch_.size() != mark || !at(TokenKind::RPAR)) {
          // invalid_arguments: a generator argument among others.
          const Token& last = last_significant_token();
          invalid_range(value->lineno, value->col_offset, last.end_lineno, last.end_col_offset,
                        "Generator expression must be parenthesized");
        }
        expect(TokenKind::RPAR);
        auto* generator = make<GeneratorExp>(open);
        generator->elt = value;
        generator->generators = generators;
        auto* call = make<Call>(start);
        call->func = function;
        call->args = single<Expr>(generator);
        return call;
      }
      if (at(TokenKind::EQUAL)) {
        const Token& equal = peek().token;
        invalid_range(value->lineno, value->col_offset, equal.end_lineno, equal.end_col_offset,
                      "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (seen_keyword && !misplaced_positional) {
        if (!second_pass_) no_match();
        misplaced_positional = seen_double_star ? "positional argument follows keyword argument unpacking"
                                                : "positional argument follows keyword argument";
      }
      push(value);
    }
    if (!accept(TokenKind::COMMA)) break;
  }
  if (misplaced_positional) invalid_at_last_token(misplaced_positional);
  expect(TokenKind::RPAR);
  std::uint32_t keyword_count = 0;
  for (std::size_t i = mark; i < scratch_.size(); ++i)
    if (static_cast<Node*>(scratch_[i])->kind == NodeKind::Keyword) ++keyword_count;
  auto* call = make<Call>(start);
  call->func = function;
  std::uint32_t total = static_cast<std::uint32_t>(scratch_.size() - mark);
  call->args.count = total - keyword_count;
  call->args.items = arena_.make_array<Expr*>(call->args.count);
  call->keywords.count = keyword_count;
  call->keywords.items = arena_.make_array<ast::Keyword*>(keyword_count);
  std::uint32_t args = 0, keywords = 0;
  for (std::size_t i = mark; i < scratch_.size(); ++i) {
    auto* node = static_cast<Node*>(scratch_[i]);
    if (node->kind == NodeKind::Keyword) {
      call->keywords.items[keywords++] = static_cast<ast::Keyword*>(node);
    } else {
      call->args.items[args++] = static_cast<Expr*>(node);
    }
  }
  scratch_.resize(mark);
  return call;
}

// ---- assignment targets ----

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::star_targets() {
  std::size_t start = index_;
  Expr* first = star_target();
  if (!at(TokenKind::COMMA)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::COMMA)) {
    if (!at(TokenKind::STAR) && !starts_atom()) break;
    push(star_target());
  }
  return tuple_from(start, mark, ExprContext::Store);
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::star_target() {
  if (!at(TokenKind::STAR)) return target_with_star_atom(ExprContext::Store);
  std::size_t start = index_;
  Nesting nesting(*this, 2);
  advance();
  if (at(TokenKind::STAR)) no_match();
  Expr* value = star_target();
  auto* starred = make<Starred>(start);
  starred->value = value;
  starred->ctx = ExprContext::Store;
  return starred;
}

// target_with_star_atom (Store) and del_target (Del):
//   t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//   | star_atom / del_t_atom
// where t_primary is an atom followed by trailers, each followed by another
// trailer ('(' '[' '.').
Expr* Parser::target_with_star_atom(ExprContext context) {
  std::size_t start = index_;
  std::size_t mark = scratch_mark();
  Nesting nesting(*this, 3);
  if (starts_atom()) {
    Checkpoint before = checkpoint();
    try {
      Expr* value = atom();
      while (is_t_lookahead(kind())) {
        switch (kind()) {
          case TokenKind::DOT: value = attribute(start, value, ExprContext::Load); break;
          case TokenKind::LSQB: value = subscript(start, value, ExprContext::Load); break;
          default: value = call_arguments(start, value, true); break;
        }
        if (!is_t_lookahead(kind())) {
          if (value->kind == NodeKind::Call) break;
          set_context(value, context);
          return value;
        }
      }
    } catch (const NoMatch&) {
    }
    restore(before);
  }
  // star_atom: NAME | '(' target_with_star_atom ')'
  //   | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
  if (at_name()) return name_node(index_++, context);
  TokenKind close;
  if (accept(TokenKind::LPAR)) {
    close = TokenKind::RPAR;
  } else if (accept(TokenKind::LSQB)) {
    close = TokenKind::RSQB;
  } else {
    no_match();
  }
  auto element = [&]() {
    return context == ExprContext::Del ? target_with_star_atom(context) : star_target();
  };
  if (!at(close)) {
    Expr* first = element();
    if (close == TokenKind::RPAR && first->kind != NodeKind::Starred && accept(TokenKind::RPAR)) {
      set_context(first, context);
      return first;
    }
    push(first);
    if (close == TokenKind::RPAR)
      expect(TokenKind::COMMA);
    else
      accept(TokenKind::COMMA);
    while (!at(close) && (at(TokenKind::STAR) || starts_atom())) {
      push(element());
      if (!accept(TokenKind::COMMA)) break;
    }
  }
  expect(close);
  if (close == TokenKind::RPAR) return tuple_from(start, mark, context);
  auto* list = make<List>(start);
  list->elts = pop_seq<Expr>(mark);
  list->ctx = context;
  return list;
}

// del_targets: ','.del_target+ [',']
Seq<Expr*> Parser::del_targets() {
  std::size_t mark = scratch_mark();
  push(target_with_star_atom(ExprContext::Del));
  while (accept(TokenKind::COMMA) && starts_atom()) push(target_with_star_atom(ExprContext::Del));
  return pop_seq<Expr>(mark);
}

// _PyPegen_set_expr_context: the context reaches into tuples, lists and
// starred values, not into attribute or subscript values.
void Parser::set_context(Expr* expr, ExprContext context) {
  switch (expr->kind) {
    case NodeKind::Name: static_cast<Name*>(expr)->ctx = context; break;
    case NodeKind::Attribute: static_cast<Attribute*>(expr)->ctx = context; break;
    case NodeKind::Subscript: static_cast<Subscript*>(expr)->ctx = context; break;
    case NodeKind::Starred: {
      auto* starred = static_cast<Starred*>(expr);
      starred->ctx = context;
      set_context(starred->value, context);
      break;
    }
    case NodeKind::Tuple: {
      auto* tuple = static_cast<Tuple*>(expr);
      tuple->ctx = context;
      for (Expr* element : tuple->elts) set_context(element, context);
      break;
    }
    case NodeKind::List: {
      auto* list = static_cast<List*>(expr);
      list->ctx = context;
      for (Expr* element : list->elts) set_context(element, context);
      break;
    }
    default: break;
  }
}

// _PyPegen_get_invalid_target: the first subexpression that cannot be
// assigned to (or deleted), or null.
Expr* Parser::invalid_target(Expr* expr, TargetsType type) {
  switch (expr->kind) {
    case NodeKind::List:
      for (Expr* element : static_cast<List*>(expr)->elts)
        if (Expr* invalid = invalid_target(element, type)) return invalid;
      return nullptr;
    case NodeKind::Tuple:
      for (Expr* element : static_cast<Tuple*>(expr)->elts)
        if (Expr* invalid = invalid_target(element, type)) return invalid;
      return nullptr;
    case NodeKind::Starred:
      if (type == TargetsType::Del) return expr;
      return invalid_target(static_cast<Starred*>(expr)->value, type);
    case NodeKind::Compare: {
      // `for a in b` parsed as an expression is a comparison.
      auto* compare = static_cast<Compare*>(expr);
      if (type == TargetsType::For) {
        if (compare->ops[0] == CmpOpKind::In) return invalid_target(compare->left, type);
        return nullptr;
      }
      return expr;
    }
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute: return nullptr;
    default: return expr;
  }
}

void Parser::check_target(Expr* expr, TargetsType type) {
  if (Expr* invalid = invalid_target(expr, type)) {
    invalid_at_node(invalid, (type == TargetsType::Del ? "cannot delete " : "cannot assign to ") +
                                 expression_name(invalid));
  }
}

// _PyPegen_get_expr_name
std::string Parser::expression_name(const Expr* expr) {
  switch (expr->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant:
      switch (static_cast<const Constant*>(expr)->value.tag) {
        case ConstantValue::Tag::None: return "None";
        case ConstantValue::Tag::False: return "False";
        case ConstantValue::Tag::True: return "True";
        case ConstantValue::Tag::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

}  // namespace krait::parser
