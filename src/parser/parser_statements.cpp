// Parser stage: statements (python.gram's GENERAL, SIMPLE and COMPOUND
// STATEMENTS sections): blocks, assignments, imports, function and class
// definitions with their parameters, and the control-flow statements.
#include <string>

#include "parser/parser_internal.h"

namespace krait::parser {

using namespace ast;

namespace {

bool augmented_operator(TokenKind kind, OperatorKind& op) {
  switch (kind) {
    case TokenKind::PLUSEQUAL: op = OperatorKind::Add; return true;
    case TokenKind::MINEQUAL: op = OperatorKind::Sub; return true;
    case TokenKind::STAREQUAL: op = OperatorKind::Mult; return true;
    case TokenKind::ATEQUAL: op = OperatorKind::MatMult; return true;
    case TokenKind::SLASHEQUAL: op = OperatorKind::Div; return true;
    case TokenKind::PERCENTEQUAL: op = OperatorKind::Mod; return true;
    case TokenKind::AMPEREQUAL: op = OperatorKind::BitAnd; return true;
    case TokenKind::VBAREQUAL: op = OperatorKind::BitOr; return true;
    case TokenKind::CIRCUMFLEXEQUAL: op = OperatorKind::BitXor; return true;
    case TokenKind::LEFTSHIFTEQUAL: op = OperatorKind::LShift; return true;
    case TokenKind::RIGHTSHIFTEQUAL: op = OperatorKind::RShift; return true;
    case TokenKind::DOUBLESTAREQUAL: op = OperatorKind::Pow; return true;
    case TokenKind::DOUBLESLASHEQUAL: op = OperatorKind::FloorDiv; return true;
    default: return false;
  }
}

bool is_single_target(const Expr* expr) {
  return expr->kind == NodeKind::Name || expr->kind == NodeKind::Attribute ||
         expr->kind == NodeKind::Subscript;
}

}  // namespace

// statements: statement+ (until `end`, which the caller consumes)
Seq<Stmt*> Parser::statements_until(TokenKind end) {
  std::size_t mark = scratch_mark();
  while (!at(end) && !at(TokenKind::ENDMARKER)) statement();
  return pop_seq<Stmt>(mark);
}

// statement: compound_stmt | simple_stmts (pushes its statements)
void Parser::statement() {
  if (Stmt* compound = compound_statement()) {
    push(compound);
    return;
  }
  simple_statements();
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
void Parser::simple_statements() {
  push(simple_statement());
  while (accept(TokenKind::SEMI) && !at(TokenKind::NEWLINE)) push(simple_statement());
  expect(TokenKind::NEWLINE);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
// A block right after its header's ':' is also checked as the statement's
// invalid_*_stmt rule does (`':' NEWLINE !INDENT`), naming the statement.
Seq<Stmt*> Parser::block(const char* statement_name, const Token& statement_token) {
  Nesting nesting(*this, 6);
  if (at(TokenKind::NEWLINE)) {
    if (peek_at(1).token.kind != TokenKind::INDENT) {
      std::string message = "expected an indented block";
      if (token_at(index_ - 1).kind == TokenKind::COLON)
        message +=
            std::string(" after ") + statement_name + " on line " + std::to_string(statement_token.lineno);
      invalid_at_last_token(message, "IndentationError");
    }
    index_ += 2;
    Seq<Stmt*> body = statements_until(TokenKind::DEDENT);
    expect(TokenKind::DEDENT);
    return body;
  }
  std::size_t mark = scratch_mark();
  simple_statements();
  return pop_seq<Stmt>(mark);
}

// A ':' ending a compound statement's header; invalid_*_stmt report
// "expected ':'" when the line ends instead.
void Parser::expect_colon() {
  if (accept(TokenKind::COLON)) return;
  if (at(TokenKind::NEWLINE)) invalid_at_last_token("expected ':'");
  no_match();
}

// [TYPE_COMMENT]: its text, or None.
String Parser::type_comment() {
  if (!at(TokenKind::TYPE_COMMENT)) return {};
  return advance().text;
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//              | try_stmt | while_stmt | match_stmt
// Returns null when the statement is not a compound one.
Stmt* Parser::compound_statement() {
  std::size_t start = index_;
  switch (peek().keyword) {
    case Keyword::Def: return function_def(scratch_mark());
    case Keyword::If: return if_statement();
    case Keyword::Class: return class_def(scratch_mark());
    case Keyword::With: return with_statement(start);
    case Keyword::For: return for_statement(start);
    case Keyword::Try: return try_statement();
    case Keyword::While: return while_statement();
    case Keyword::Async:
      switch (peek_at(1).keyword) {
        case Keyword::Def: return function_def(scratch_mark());
        case Keyword::With: advance(); return with_statement(start);
        case Keyword::For: advance(); return for_statement(start);
        default: no_match();
      }
    default: break;
  }
  if (at(TokenKind::AT)) {
    // decorators: ('@' named_expression NEWLINE)+
    std::size_t decorators = scratch_mark();
    while (accept(TokenKind::AT)) {
      push(named_expression());
      expect(TokenKind::NEWLINE);
    }
    if (at(Keyword::Class)) return class_def(decorators);
    if (at(Keyword::Def) || (at(Keyword::Async) && peek_at(1).keyword == Keyword::Def))
      return function_def(decorators);
    no_match();
  }
  if (at_soft_keyword("match")) {
    // match_stmt is the last alternative of compound_stmt; when it does not
    // match, the line is a simple statement using `match` as a name.
    Checkpoint before = checkpoint();
    try {
      return match_statement();
    } catch (const NoMatch&) {
      restore(before);
    }
  }
  return nullptr;
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
//            | 'break' | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::simple_statement() {
  std::size_t start = index_;
  switch (peek().keyword) {
    case Keyword::Return: {
      advance();
      auto* node = arena_.make<Return>();
      node->value = at(TokenKind::STAR) || starts_expression() ? star_expressions() : nullptr;
      place(node, start);
      return node;
    }
    case Keyword::Import: return import_name();
    case Keyword::From: return import_from();
    case Keyword::Raise: return raise_statement();
    case Keyword::Pass: advance(); return make<Pass>(start);
    case Keyword::Break: advance(); return make<Break>(start);
    case Keyword::Continue: advance(); return make<Continue>(start);
    case Keyword::Del: return del_statement();
    case Keyword::Assert: return assert_statement();
    case Keyword::Global: return global_or_nonlocal(true);
    case Keyword::Nonlocal: return global_or_nonlocal(false);
    default: return assignment_or_expression();
  }
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotated_rhs() { return at(Keyword::Yield) ? yield_expr() : star_expressions(); }

// assignment (all four forms) or an expression statement. The first part
// is parsed as an expression and checked as a target once the operator
// after it shows which form this is; targets are expressions with their
// context set to Store, so the tree is the one star_targets builds.
Stmt* Parser::assignment_or_expression() {
  std::size_t start = index_;
  // CPython's rules nest this deep from a statement to its expression.
  Nesting nesting(*this, 31);
  Expr* first = annotated_rhs();
  OperatorKind op;
  if (at(TokenKind::COLON)) {
    // NAME ':' expression ['=' annotated_rhs]
    // | ('(' single_target ')' | single_subscript_attribute_target) ':' ...
    if (!is_single_target(first)) {
      // invalid_assignment: its messages need `expression ':' expression`.
      if (!second_pass_ || first->kind == NodeKind::Starred || tokens_[start].keyword == Keyword::Yield)
        no_match();
      advance();
      expression();
      if (first->kind == NodeKind::Tuple && token_at(start).kind != TokenKind::LPAR) {
        invalid_at_node(static_cast<Tuple*>(first)->elts[0],
                        "only single target (not tuple) can be annotated");
      }
      if (first->kind == NodeKind::Tuple || first->kind == NodeKind::List) {
        invalid_at_node(first, "only single target (not " + expression_name(first) + ") can be annotated");
      }
      invalid_at_node(first, "illegal target for annotation");
    }
    advance();
    Expr* annotation = expression();
    Expr* value = accept(TokenKind::EQUAL) ? annotated_rhs() : nullptr;
    set_context(first, ExprContext::Store);
    auto* node = make<AnnAssign>(start);
    node->target = first;
    node->annotation = annotation;
    node->value = value;
    node->simple = first->kind == NodeKind::Name && token_at(start).kind != TokenKind::LPAR;
    return node;
  }
  if (at(TokenKind::EQUAL)) {
    // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
    std::size_t mark = scratch_mark();
    Expr* value = first;
    std::size_t value_start = start;
    while (at(TokenKind::EQUAL)) {
      check_assignment_target(value, value_start, start);
      set_context(value, ExprContext::Store);
      push(value);
      advance();
      Nesting right_side(*this, 2);
      value_start = index_;
      value = annotated_rhs();
    }
    auto* node = arena_.make<Assign>();
    node->targets = pop_seq<Expr>(mark);
    node->value = value;
    node->type_comment = type_comment();
    place(node, start);
    return node;
  }
  if (augmented_operator(kind(), op)) {
    // single_target augassign ~ annotated_rhs
    if (!is_single_target(first)) {
      // invalid_assignment: star_expressions augassign (yield_expr | star_expressions)
      if (!second_pass_) no_match();
      advance();
      annotated_rhs();
      std::string message = expression_name(first);
      message.insert(0, 1, '\'');
      message += "' is an illegal expression for augmented assignment";
      invalid_at_node(first, message);
    }
    set_context(first, ExprContext::Store);
    advance();
    Expr* value = annotated_rhs();
    auto* node = make<AugAssign>(start);
    node->target = first;
    node->op = op;
    node->value = value;
    return node;
  }
  // invalid_assignment: star_named_expression, through
  // invalid_named_expression's `expression ':=' expression` (a bare name
  // before ':=' is an assignment_expression there).
  if (index_ != start + 1) reject_walrus(first);
  auto* node = arena_.make<ExprStmt>();
  node->value = first;
  place(node, start);
  return node;
}

// invalid_assignment, in its order: the statement's first target read
// again as star_named_expressions, whose invalid_named_expression checks
// may take an '=' for a mistyped '=='; then assignment to an unparenthesized
// yield; then the first part of the target that cannot be assigned to.
void Parser::check_assignment_target(Expr* target, std::size_t target_start, std::size_t statement_start) {
  Expr* invalid = invalid_target(target, TargetsType::Star);
  if (!invalid) return;
  if (!second_pass_) no_match();
  Checkpoint here = checkpoint();
  Checkpoint statement = here;
  statement.index = statement_start;
  restore(statement);
  try {
    star_named_expression();
    while (accept(TokenKind::COMMA) && (at(TokenKind::STAR) || starts_expression())) star_named_expression();
  } catch (const NoMatch&) {
  }
  restore(here);
  if (tokens_[target_start].keyword == Keyword::Yield)
    invalid_at_node(target, "assignment to yield expression not possible");
  invalid_at_node(invalid, "cannot assign to " + expression_name(invalid));
}

// ---- simple statements ----

// import_name: 'import' dotted_as_names
Stmt* Parser::import_name() {
  std::size_t start = index_;
  advance();
  std::size_t mark = scratch_mark();
  do {
    // dotted_as_name: dotted_name ['as' NAME]
    std::size_t alias_start = index_;
    Identifier name = dotted_name();
    Identifier asname = accept(Keyword::As) ? expect_identifier() : Identifier{};
    auto* alias = make<Alias>(alias_start);
    alias->name = name;
    alias->asname = asname;
    push(alias);
  } while (accept(TokenKind::COMMA));
  auto* node = arena_.make<Import>();
  node->names = pop_seq<Alias>(mark);
  place(node, start);
  return node;
}

// dotted_name: dotted_name '.' NAME | NAME
Identifier Parser::dotted_name() {
  Identifier first = expect_identifier();
  if (!at(TokenKind::DOT)) return first;
  std::string joined(first);
  while (accept(TokenKind::DOT)) {
    joined += '.';
    joined += expect_identifier();
  }
  return arena_.copy(joined);
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::import_from() {
  std::size_t start = index_;
  advance();
  std::int64_t level = 0;
  for (;;) {
    if (accept(TokenKind::DOT))
      level += 1;
    else if (accept(TokenKind::ELLIPSIS))
      level += 3;
    else
      break;
  }
  Identifier module{};
  if (level == 0 || !at(Keyword::Import)) module = dotted_name();
  expect(Keyword::Import);
  std::size_t mark = scratch_mark();
  // import_from_targets: '(' import_from_as_names [','] ')'
  //   | import_from_as_names !',' | '*'
  if (at(TokenKind::STAR)) {
    std::size_t star = index_;
    advance();
    auto* alias = make<Alias>(star);
    alias->name = "*";
    push(alias);
  } else {
    bool parenthesized = accept(TokenKind::LPAR);
    do {
      if (parenthesized && at(TokenKind::RPAR) && scratch_.size() > mark) break;
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      if (!parenthesized && at(TokenKind::NEWLINE) && scratch_.size() > mark)
        invalid_at_last_token("trailing comma not allowed without surrounding parentheses");
      // import_from_as_name: NAME ['as' NAME]
      std::size_t alias_start = index_;
      Identifier name = expect_identifier();
      Identifier asname = accept(Keyword::As) ? expect_identifier() : Identifier{};
      auto* alias = make<Alias>(alias_start);
      alias->name = name;
      alias->asname = asname;
      push(alias);
    } while (accept(TokenKind::COMMA));
    if (parenthesized) expect(TokenKind::RPAR);
  }
  auto* node = arena_.make<ImportFrom>();
  node->module = module;
  node->names = pop_seq<Alias>(mark);
  node->level = {level, true};
  place(node, start);
  return node;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_statement() {
  std::size_t start = index_;
  advance();
  auto* node = arena_.make<Raise>();
  if (starts_expression()) {
    node->exc = expression();
    if (accept(Keyword::From)) node->cause = expression();
  }
  place(node, start);
  return node;
}

// global_stmt / nonlocal_stmt: ('global' | 'nonlocal') ','.NAME+
Stmt* Parser::global_or_nonlocal(bool global) {
  std::size_t start = index_;
  advance();
  std::size_t mark = identifiers_.size();
  do {
    identifiers_.push_back(expect_identifier());
  } while (accept(TokenKind::COMMA));
  Seq<Identifier> names = pop_identifiers(mark);
  if (global) {
    auto* node = make<Global>(start);
    node->names = names;
    return node;
  }
  auto* node = make<Nonlocal>(start);
  node->names = names;
  return node;
}

Seq<Identifier> Parser::pop_identifiers(std::size_t mark) {
  Seq<Identifier> names;
  names.count = static_cast<std::uint32_t>(identifiers_.size() - mark);
  names.items = arena_.make_array<Identifier>(names.count);
  std::copy(identifiers_.begin() + mark, identifiers_.end(), names.items);
  identifiers_.resize(mark);
  return names;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::del_statement() {
  std::size_t start = index_;
  advance();
  Checkpoint targets_start = checkpoint();
  try {
    Seq<Expr*> targets = del_targets();
    if (at(TokenKind::SEMI) || at(TokenKind::NEWLINE)) {
      auto* node = make<Delete>(start);
      node->targets = targets;
      return node;
    }
  } catch (const NoMatch&) {
  }
  if (!second_pass_) no_match();
  restore(targets_start);
  check_target(star_expressions(), TargetsType::Del);
  no_match();
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_statement() {
  std::size_t start = index_;
  advance();
  auto* node = arena_.make<Assert>();
  node->test = expression();
  if (accept(TokenKind::COMMA)) node->msg = expression();
  place(node, start);
  return node;
}

// ---- function and class definitions ----

// function_def: decorators function_def_raw | function_def_raw
// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression]
//                   &&':' [func_type_comment] block
// The decorators are already on the scratch stack from `decorators` on;
// they do not change where the definition starts.
Stmt* Parser::function_def(std::size_t decorators) {
  std::size_t start = index_;
  bool is_async = accept(Keyword::Async);
  const Token& keyword = expect(Keyword::Def);
  Identifier name = expect_identifier();
  expect_forced(TokenKind::LPAR, "(");
  Arguments* args = at(TokenKind::RPAR) ? arena_.make<Arguments>() : parameters(false);
  expect(TokenKind::RPAR);
  // ['->' expression]: without an expression the arrow stays unread, for
  // the forced ':' to report.
  Expr* returns = nullptr;
  if (at(TokenKind::RARROW)) {
    Checkpoint arrow = checkpoint();
    advance();
    try {
      returns = expression();
    } catch (const NoMatch&) {
      restore(arrow);
    }
  }
  expect_forced(TokenKind::COLON, ":");
  // invalid_def_raw comes before the rule's main alternative.
  if (second_pass_ && at(TokenKind::NEWLINE) && peek_at(1).token.kind != TokenKind::INDENT) {
    invalid_at_last_token(
        "expected an indented block after function definition on line " + std::to_string(keyword.lineno),
        "IndentationError");
  }
  // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
  //   | invalid_double_type_comments | TYPE_COMMENT
  String comment{};
  if (at(TokenKind::TYPE_COMMENT) && peek_at(1).token.kind == TokenKind::NEWLINE &&
      peek_at(2).token.kind == TokenKind::TYPE_COMMENT && peek_at(3).token.kind == TokenKind::NEWLINE &&
      peek_at(4).token.kind == TokenKind::INDENT) {
    invalid_at_last_token("Cannot have two type comments on def");
  }
  if (at(TokenKind::TYPE_COMMENT)) {
    comment = advance().text;
  } else if (at(TokenKind::NEWLINE) && peek_at(1).token.kind == TokenKind::TYPE_COMMENT &&
             peek_at(2).token.kind == TokenKind::NEWLINE && peek_at(3).token.kind == TokenKind::INDENT) {
    advance();
    comment = advance().text;
  }
  Seq<Stmt*> body = block("function definition", keyword);
  Seq<Expr*> decorator_list = pop_seq<Expr>(decorators);
  auto fill = [&](auto* node) {
    node->name = name;
    node->args = args;
    node->body = body;
    node->decorator_list = decorator_list;
    node->returns = returns;
    node->type_comment = comment;
    place(node, start);
    return node;
  };
  if (is_async) return fill(arena_.make<AsyncFunctionDef>());
  return fill(arena_.make<FunctionDef>());
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def(std::size_t decorators) {
  std::size_t start = index_;
  const Token& keyword = advance();
  Identifier name = expect_identifier();
  auto* node = arena_.make<ClassDef>();
  if (at(TokenKind::LPAR)) {
    Call* arguments = call_arguments(start, nullptr, false);
    node->bases = arguments->args;
    node->keywords = arguments->keywords;
  }
  expect_colon();
  node->name = name;
  node->body = block("class definition", keyword);
  node->decorator_list = pop_seq<Expr>(decorators);
  place(node, start);
  return node;
}

// params / lambda_params: the parameters, slash_no_default /
// slash_with_default, param_no_default / param_with_default, star_etc and
// kwds rules together, checked as invalid_parameters / invalid_star_etc /
// invalid_kwds do. Parameters end at ')' (':' for a lambda); each may be
// followed by a TYPE_COMMENT after its comma or before the ')'.
Arguments* Parser::parameters(bool lambda) {
  TokenKind close = lambda ? TokenKind::COLON : TokenKind::RPAR;
  // The scratch stack holds (arg, default) pairs in source order.
  std::size_t mark = scratch_mark();
  auto count = [&]() { return static_cast<std::uint32_t>((scratch_.size() - mark) / 2); };
  std::int64_t slash_at = -1;  // parameters before '/'
  std::int64_t star_at = -1;   // parameters before the keyword-only ones
  const Token* bare_star = nullptr;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seen_default = false;
  while (!at(close)) {
    Arg* last = nullptr;
    const Token& token = peek().token;
    if (kwarg) invalid_at(token, "arguments cannot follow var-keyword argument");
    if (at(TokenKind::SLASH)) {
      advance();
      if (star_at >= 0) invalid_at(token, "/ must be ahead of *");
      if (slash_at >= 0) invalid_at(token, "/ may appear only once");
      if (count() == 0) invalid_at(token, "at least one argument must precede /");
      // param_maybe_default+ '/' a='*'
      if (at(TokenKind::STAR)) invalid_at(peek().token, "expected comma between / and *");
      slash_at = count();
    } else if (at(TokenKind::STAR)) {
      advance();
      if (star_at >= 0) invalid_at(token, "* argument may appear only once");
      star_at = count();
      if (at(TokenKind::COMMA)) {
        bare_star = &token;
      } else {
        if (at(close)) {
          // invalid_star_etc reports at the '*', invalid_lambda_star_etc at
          // the last token read.
          if (lambda) invalid_at_last_token("named arguments must follow bare *");
          invalid_at(token, "named arguments must follow bare *");
        }
        last = vararg = parameter(lambda, !lambda);
        if (at(TokenKind::EQUAL))
          invalid_at(peek().token, "var-positional argument cannot have default value");
      }
    } else if (at(TokenKind::DOUBLESTAR)) {
      advance();
      last = kwarg = parameter(lambda, false);
      if (at(TokenKind::EQUAL)) invalid_at(peek().token, "var-keyword argument cannot have default value");
    } else {
      if (at(TokenKind::LPAR) && second_pass_) {
        // invalid_parameters / invalid_lambda_parameters:
        // '(' param_no_default+ ','? ')'
        advance();
        do {
          parameter(lambda, false);
        } while (accept(TokenKind::COMMA) && !at(TokenKind::RPAR));
        const Token& close_paren = expect(TokenKind::RPAR);
        invalid_range(token.lineno, token.col_offset, close_paren.end_lineno, close_paren.end_col_offset,
                      lambda ? "Lambda expression parameters cannot be parenthesized"
                             : "Function parameters cannot be parenthesized");
      }
      last = parameter(lambda, false);
      Expr* default_value = nullptr;
      if (at(TokenKind::EQUAL)) {
        const Token& equal = advance();
        // invalid_default: '=' &(')' | ',')
        if (at(TokenKind::COMMA) || at(close)) invalid_at(equal, "expected default value expression");
        default_value = expression();
        if (star_at < 0) seen_default = true;
      } else if (seen_default && star_at < 0) {
        invalid_at_node(last, "non-default argument follows default argument");
      }
      push(last);
      push(default_value);
    }
    bool comma = accept(TokenKind::COMMA);
    if (!lambda && at(TokenKind::TYPE_COMMENT)) {
      // invalid_star_etc: '*' ',' TYPE_COMMENT
      if (bare_star == &token) invalid_at_last_token("bare * has associated type comment");
      if (last) last->type_comment = advance().text;
    }
    if (!comma) break;
  }
  if (bare_star && count() == star_at) {
    if (lambda) invalid_at_last_token("named arguments must follow bare *");
    invalid_at(*bare_star, "named arguments must follow bare *");
  }
  if (!at(close)) no_match();

  auto* arguments = arena_.make<Arguments>();
  std::uint32_t total = count();
  std::uint32_t positional = star_at >= 0 ? static_cast<std::uint32_t>(star_at) : total;
  std::uint32_t posonly = slash_at >= 0 ? static_cast<std::uint32_t>(slash_at) : 0;
  auto arg_at = [&](std::uint32_t i) { return static_cast<Arg*>(scratch_[mark + 2 * i]); };
  auto default_at = [&](std::uint32_t i) { return static_cast<Expr*>(scratch_[mark + 2 * i + 1]); };
  auto slice = [&](std::uint32_t begin, std::uint32_t end) {
    Seq<Arg*> seq;
    seq.count = end - begin;
    seq.items = arena_.make_array<Arg*>(seq.count);
    for (std::uint32_t i = begin; i < end; ++i) seq.items[i - begin] = arg_at(i);
    return seq;
  };
  arguments->posonlyargs = slice(0, posonly);
  arguments->args = slice(posonly, positional);
  arguments->kwonlyargs = slice(positional, total);
  std::uint32_t first_default = positional;
  while (first_default > 0 && default_at(first_default - 1)) --first_default;
  arguments->defaults.count = positional - first_default;
  arguments->defaults.items = arena_.make_array<Expr*>(arguments->defaults.count);
  for (std::uint32_t i = first_default; i < positional; ++i)
    arguments->defaults.items[i - first_default] = default_at(i);
  arguments->kw_defaults.count = total - positional;
  arguments->kw_defaults.items = arena_.make_array<Expr*>(arguments->kw_defaults.count);
  for (std::uint32_t i = positional; i < total; ++i)
    arguments->kw_defaults.items[i - positional] = default_at(i);
  arguments->vararg = vararg;
  arguments->kwarg = kwarg;
  scratch_.resize(mark);
  return arguments;
}

// param: NAME annotation?   param_star_annotation: NAME star_annotation
// lambda_param: NAME
Arg* Parser::parameter(bool lambda, bool star_annotation) {
  std::size_t start = index_;
  Identifier name = expect_identifier();
  Expr* annotation = nullptr;
  if (!lambda && accept(TokenKind::COLON)) annotation = star_annotation ? star_expression() : expression();
  auto* arg = make<Arg>(start);
  arg->arg = name;
  arg->annotation = annotation;
  return arg;
}

// ---- compound statements ----

// if_stmt / elif_stmt: ('if' | 'elif') named_expression ':' block
//                      (elif_stmt | [else_block])
Stmt* Parser::if_statement() {
  std::size_t start = index_;
  const Token& keyword = advance();
  Expr* test = named_expression();
  expect_colon();
  auto* node = arena_.make<If>();
  node->test = test;
  node->body = block(keyword.text == "if" ? "'if' statement" : "'elif' statement", keyword);
  if (at(Keyword::Elif)) {
    node->orelse = single<Stmt>(if_statement());
  } else {
    node->orelse = else_block();
  }
  place(node, start);
  return node;
}

// else_block: 'else' &&':' block (empty when there is no 'else')
Seq<Stmt*> Parser::else_block() {
  if (!at(Keyword::Else)) return {};
  const Token& keyword = advance();
  expect_forced(TokenKind::COLON, ":");
  return block("'else' statement", keyword);
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::while_statement() {
  std::size_t start = index_;
  const Token& keyword = advance();
  Expr* test = named_expression();
  expect_colon();
  auto* node = arena_.make<While>();
  node->test = test;
  node->body = block("'while' statement", keyword);
  node->orelse = else_block();
  place(node, start);
  return node;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':'
//           [TYPE_COMMENT] block [else_block]
Stmt* Parser::for_statement(std::size_t start) {
  bool is_async = index_ != start;
  const Token& keyword = advance();
  Expr* target = for_targets();
  expect(Keyword::In);
  Expr* iter = star_expressions();
  expect_colon();
  String comment = type_comment();
  Seq<Stmt*> body = block("'for' statement", keyword);
  Seq<Stmt*> orelse = else_block();
  auto fill = [&](auto* node) {
    node->target = target;
    node->iter = iter;
    node->body = body;
    node->orelse = orelse;
    node->type_comment = comment;
    place(node, start);
    return node;
  };
  if (is_async) return fill(arena_.make<AsyncFor>());
  return fill(arena_.make<For>());
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
Stmt* Parser::with_statement(std::size_t start) {
  bool is_async = index_ != start;
  const Token& keyword = advance();
  std::size_t mark = scratch_mark();
  bool parenthesized = false;
  if (at(TokenKind::LPAR)) {
    Checkpoint open = checkpoint();
    try {
      advance();
      do {
        push(with_item());
      } while (accept(TokenKind::COMMA) && !at(TokenKind::RPAR));
      expect(TokenKind::RPAR);
      // The parenthesized form takes no type comment: with one, the
      // parentheses belong to the first item's expression.
      if (!at(TokenKind::COLON) || peek_at(1).token.kind == TokenKind::TYPE_COMMENT) {
        // invalid_with_stmt
        if (at(TokenKind::NEWLINE)) invalid_at_last_token("expected ':'");
        no_match();
      }
      parenthesized = true;
    } catch (const NoMatch&) {
      restore(open);
    }
  }
  if (!parenthesized) {
    do {
      push(with_item());
    } while (accept(TokenKind::COMMA));
  }
  Seq<WithItem*> items = pop_seq<WithItem>(mark);
  expect_colon();
  String comment = parenthesized ? String{} : type_comment();
  Seq<Stmt*> body = block("'with' statement", keyword);
  auto fill = [&](auto* node) {
    node->items = items;
    node->body = body;
    node->type_comment = comment;
    place(node, start);
    return node;
  };
  if (is_async) return fill(arena_.make<AsyncWith>());
  return fill(arena_.make<With>());
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem* Parser::with_item() {
  auto* item = arena_.make<WithItem>();
  item->context_expr = expression();
  if (!at(Keyword::As)) return item;
  Checkpoint as = checkpoint();
  auto target_ends = [&]() { return at(TokenKind::COMMA) || at(TokenKind::RPAR) || at(TokenKind::COLON); };
  advance();
  try {
    Expr* target = star_target();
    // invalid_with_stmt reads `expression ['as' star_target]` up to a
    // missing ':'.
    if (target_ends() || (second_pass_ && at(TokenKind::NEWLINE))) {
      item->optional_vars = target;
      return item;
    }
  } catch (const NoMatch&) {
  }
  // invalid_with_item: 'as' followed by an expression that is no target.
  if (second_pass_) {
    restore(as);
    advance();
    Expr* written = expression();
    if (target_ends()) check_target(written, TargetsType::Star);
  }
  restore(as);
  return item;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block]
//           [finally_block] | except_star_block+ [else_block] [finally_block])
Stmt* Parser::try_statement() {
  std::size_t start = index_;
  const Token& keyword = advance();
  expect_forced(TokenKind::COLON, ":");
  Seq<Stmt*> body = block("'try' statement", keyword);
  std::size_t mark = scratch_mark();
  bool star = false;
  while (at(Keyword::Except)) {
    bool this_star = peek_at(1).token.kind == TokenKind::STAR;
    if (scratch_.size() > mark && this_star != star) {
      const Token& except = peek().token;
      const Token& end = this_star ? peek_at(1).token : except;
      invalid_range(except.lineno, except.col_offset, end.end_lineno, end.end_col_offset,
                    "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = this_star;
    push(except_block(star));
  }
  Seq<ExceptHandler*> handlers = pop_seq<ExceptHandler>(mark);
  if (handlers.empty() && !at(Keyword::Finally))
    invalid_at_last_token("expected 'except' or 'finally' block");
  Seq<Stmt*> orelse = handlers.empty() ? Seq<Stmt*>{} : else_block();
  Seq<Stmt*> finalbody;
  if (at(Keyword::Finally)) {
    // finally_block: 'finally' &&':' block
    const Token& finally_keyword = advance();
    expect_forced(TokenKind::COLON, ":");
    finalbody = block("'finally' statement", finally_keyword);
  }
  auto fill = [&](auto* node) {
    node->body = body;
    node->handlers = handlers;
    node->orelse = orelse;
    node->finalbody = finalbody;
    place(node, start);
    return node;
  };
  if (star) return fill(arena_.make<TryStar>());
  return fill(arena_.make<Try>());
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
ExceptHandler* Parser::except_block(bool star) {
  std::size_t start = index_;
  const Token& keyword = advance();
  if (star) advance();
  auto* handler = arena_.make<ExceptHandler>();
  if (star && at(TokenKind::COLON)) invalid_at_last_token("expected one or more exception types");
  // invalid_except_stmt: 'except' NEWLINE
  if (!star && at(TokenKind::NEWLINE)) invalid_at_last_token("expected ':'");
  if (star || !at(TokenKind::COLON)) {
    handler->type = expression();
    if (at(TokenKind::COMMA) && second_pass_) {
      // invalid_except_stmt: 'except' '*'? expression ',' expressions ['as' NAME] ':'
      advance();
      expressions();
      if (accept(Keyword::As)) expect_identifier();
      const Token& last = token_at(index_ - 1);
      expect(TokenKind::COLON);
      invalid_range(handler->type->lineno, handler->type->col_offset, last.end_lineno, last.end_col_offset,
                    "multiple exception types must be parenthesized");
    }
    if (accept(Keyword::As)) handler->name = expect_identifier();
  }
  expect_colon();
  handler->body = block(star ? "'except*' statement" : "'except' statement", keyword);
  place(handler, start);
  return handler;
}

}  // namespace krait::parser
