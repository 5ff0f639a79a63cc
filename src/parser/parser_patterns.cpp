// Parser stage: the match statement and its patterns (python.gram's "Match
// statement" section), including the soft keywords match, case and _.
#include <string>

#include "parser/parser_internal.h"

namespace krait::parser {

using namespace ast;

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions?
//             | named_expression
Stmt* Parser::match_statement() {
  std::size_t start = index_;
  const Token& keyword = advance();
  std::size_t subject_start = index_;
  Expr* subject = star_named_expression();
  if (at(TokenKind::COMMA)) {
    std::size_t mark = scratch_mark();
    push(subject);
    while (accept(TokenKind::COMMA) && (at(TokenKind::STAR) || starts_expression()))
      push(star_named_expression());
    subject = tuple_from(subject_start, mark, ExprContext::Load);
  } else if (subject->kind == NodeKind::Starred) {
    no_match();
  }
  expect_colon();
  expect(TokenKind::NEWLINE);
  if (!at(TokenKind::INDENT)) {
    invalid_at_last_token(
        "expected an indented block after 'match' statement on line " + std::to_string(keyword.lineno),
        "IndentationError");
  }
  advance();
  std::size_t mark = scratch_mark();
  do {
    push(case_block());
  } while (!at(TokenKind::DEDENT));
  advance();
  auto* node = arena_.make<Match>();
  node->subject = subject;
  node->cases = pop_seq<MatchCase>(mark);
  place(node, start);
  return node;
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
MatchCase* Parser::case_block() {
  if (!at_soft_keyword("case")) no_match();
  const Token& keyword = advance();
  auto* node = arena_.make<MatchCase>();
  node->pattern = patterns();
  if (accept(Keyword::If)) node->guard = named_expression();
  expect_colon();
  node->body = block("'case' statement", keyword);
  return node;
}

bool Parser::starts_pattern() {
  switch (kind()) {
    case TokenKind::NUMBER:
    case TokenKind::STRING:
    case TokenKind::MINUS:
    case TokenKind::LPAR:
    case TokenKind::LSQB:
    case TokenKind::LBRACE:
    case TokenKind::STAR: return true;
    case TokenKind::NAME:
      return peek().keyword == Keyword::NotKeyword || peek().keyword == Keyword::None ||
             peek().keyword == Keyword::True || peek().keyword == Keyword::False;
    default: return false;
  }
}

// patterns: open_sequence_pattern (a MatchSequence) | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Pattern* Parser::patterns() {
  std::size_t start = index_;
  Pattern* first = maybe_star_pattern();
  if (!at(TokenKind::COMMA)) {
    if (first->kind == NodeKind::MatchStar) no_match();
    return first;
  }
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::COMMA) && starts_pattern()) push(maybe_star_pattern());
  auto* sequence = make<MatchSequence>(start);
  sequence->patterns = pop_seq<Pattern>(mark);
  return sequence;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::maybe_star_pattern() {
  if (!at(TokenKind::STAR)) return pattern();
  std::size_t start = index_;
  advance();
  Identifier name{};
  if (at_soft_keyword("_")) {
    advance();
  } else {
    name = capture_target();
  }
  auto* star = make<MatchStar>(start);
  star->name = name;
  return star;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
Pattern* Parser::pattern() {
  std::size_t start = index_;
  Pattern* inner = or_pattern();
  if (!accept(Keyword::As)) return inner;
  // invalid_as_pattern
  if (at_soft_keyword("_")) invalid_at(peek().token, "cannot use '_' as a target");
  if (!at_name()) invalid_at_node(expression(), "invalid pattern target");
  Identifier name = capture_target();
  auto* as_pattern = make<MatchAs>(start);
  as_pattern->pattern = inner;
  as_pattern->name = name;
  return as_pattern;
}

// or_pattern: '|'.closed_pattern+ (a MatchOr when more than one)
Pattern* Parser::or_pattern() {
  std::size_t start = index_;
  Pattern* first = closed_pattern();
  if (!at(TokenKind::VBAR)) return first;
  std::size_t mark = scratch_mark();
  push(first);
  while (accept(TokenKind::VBAR)) push(closed_pattern());
  auto* alternatives = make<MatchOr>(start);
  alternatives->patterns = pop_seq<Pattern>(mark);
  return alternatives;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Identifier Parser::capture_target() {
  if (!at_name() || peek().token.text == "_") no_match();
  TokenKind next = peek_at(1).token.kind;
  if (next == TokenKind::DOT || next == TokenKind::LPAR || next == TokenKind::EQUAL) no_match();
  return identifier(advance());
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
//               | value_pattern | group_pattern | sequence_pattern
//               | mapping_pattern | class_pattern
// tried in that order: `_` is the wildcard even before '.' or '('.
Pattern* Parser::closed_pattern() {
  std::size_t start = index_;
  Nesting nesting(*this, 4);
  switch (kind()) {
    case TokenKind::NUMBER:
    case TokenKind::MINUS:
    case TokenKind::STRING: {
      Expr* value = at(TokenKind::STRING) ? strings() : signed_number();
      auto* node = make<MatchValue>(start);
      node->value = value;
      return node;
    }
    case TokenKind::NAME: {
      ConstantValue singleton;
      switch (peek().keyword) {
        case Keyword::NotKeyword: break;
        case Keyword::None: singleton.tag = ConstantValue::Tag::None; break;
        case Keyword::True: singleton.tag = ConstantValue::Tag::True; break;
        case Keyword::False: singleton.tag = ConstantValue::Tag::False; break;
        default: no_match();
      }
      if (peek().keyword != Keyword::NotKeyword) {
        advance();
        auto* node = make<MatchSingleton>(start);
        node->value = singleton;
        return node;
      }
      if (at_soft_keyword("_")) {
        advance();
        return make<MatchAs>(start);
      }
      Expr* value = name_or_attr();
      if (at(TokenKind::LPAR)) return class_pattern(start, value);
      if (at(TokenKind::EQUAL)) no_match();
      if (value->kind == NodeKind::Attribute) {
        auto* node = make<MatchValue>(start);
        node->value = value;
        return node;
      }
      auto* capture = make<MatchAs>(start);
      capture->name = static_cast<Name*>(value)->id;
      return capture;
    }
    case TokenKind::LPAR: {
      // group_pattern: '(' pattern ')'
      // sequence_pattern: '(' open_sequence_pattern? ')'
      advance();
      std::size_t mark = scratch_mark();
      if (!at(TokenKind::RPAR)) {
        Pattern* first = maybe_star_pattern();
        if (first->kind != NodeKind::MatchStar && accept(TokenKind::RPAR)) return first;
        push(first);
        expect(TokenKind::COMMA);
        while (!at(TokenKind::RPAR)) {
          push(maybe_star_pattern());
          if (!accept(TokenKind::COMMA)) break;
        }
      }
      expect(TokenKind::RPAR);
      auto* sequence = make<MatchSequence>(start);
      sequence->patterns = pop_seq<Pattern>(mark);
      return sequence;
    }
    case TokenKind::LSQB: {
      // sequence_pattern: '[' maybe_sequence_pattern? ']'
      advance();
      std::size_t mark = scratch_mark();
      while (!at(TokenKind::RSQB)) {
        push(maybe_star_pattern());
        if (!accept(TokenKind::COMMA)) break;
      }
      expect(TokenKind::RSQB);
      auto* sequence = make<MatchSequence>(start);
      sequence->patterns = pop_seq<Pattern>(mark);
      return sequence;
    }
    case TokenKind::LBRACE: return mapping_pattern();
    default: no_match();
  }
}

// signed_number !('+' | '-') | complex_number, where
// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::signed_number() {
  std::size_t start = index_;
  bool negative = accept(TokenKind::MINUS);
  if (!at(TokenKind::NUMBER)) no_match();
  Expr* value = atom();
  if (negative) {
    auto* negation = make<UnaryOp>(start);
    negation->op = UnaryOpKind::USub;
    negation->operand = value;
    value = negation;
  }
  if (!at(TokenKind::PLUS) && !at(TokenKind::MINUS)) return value;
  auto is_imaginary = [](Expr* number) {
    return static_cast<Constant*>(number)->value.tag == ConstantValue::Tag::Complex;
  };
  Expr* real = negative ? static_cast<UnaryOp*>(value)->operand : value;
  if (is_imaginary(real)) raise_at_node(real, "real number required in complex literal");
  OperatorKind op = advance().kind == TokenKind::PLUS ? OperatorKind::Add : OperatorKind::Sub;
  if (!at(TokenKind::NUMBER)) no_match();
  Expr* imaginary = atom();
  if (!is_imaginary(imaginary)) raise_at_node(imaginary, "imaginary number required in complex literal");
  auto* sum = make<BinOp>(start);
  sum->left = value;
  sum->op = op;
  sum->right = imaginary;
  return sum;
}

// name_or_attr: attr | NAME     attr: name_or_attr '.' NAME
Expr* Parser::name_or_attr() {
  std::size_t start = index_;
  Expr* value = expect_name(ExprContext::Load);
  while (at(TokenKind::DOT)) value = attribute(start, value, ExprContext::Load);
  return value;
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
Pattern* Parser::mapping_pattern() {
  std::size_t start = index_;
  advance();
  std::size_t mark = scratch_mark();  // (key, pattern) pairs
  Identifier rest{};
  while (!at(TokenKind::RBRACE)) {
    if (accept(TokenKind::DOUBLESTAR)) {
      rest = capture_target();
      accept(TokenKind::COMMA);
      break;
    }
    Expr* key;
    switch (kind()) {
      case TokenKind::NUMBER:
      case TokenKind::MINUS: key = signed_number(); break;
      case TokenKind::STRING: key = strings(); break;
      case TokenKind::NAME:
        if (peek().keyword == Keyword::NotKeyword) {
          key = name_or_attr();
          if (key->kind != NodeKind::Attribute) no_match();
        } else if (peek().keyword == Keyword::None || peek().keyword == Keyword::True ||
                   peek().keyword == Keyword::False) {
          key = atom();
        } else {
          no_match();
        }
        break;
      default: no_match();
    }
    expect(TokenKind::COLON);
    push(key);
    push(pattern());
    if (!accept(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RBRACE);
  auto* mapping = make<MatchMapping>(start);
  std::uint32_t count = static_cast<std::uint32_t>((scratch_.size() - mark) / 2);
  mapping->keys.count = mapping->patterns.count = count;
  mapping->keys.items = arena_.make_array<Expr*>(count);
  mapping->patterns.items = arena_.make_array<Pattern*>(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    mapping->keys.items[i] = static_cast<Expr*>(scratch_[mark + 2 * i]);
    mapping->patterns.items[i] = static_cast<Pattern*>(scratch_[mark + 2 * i + 1]);
  }
  scratch_.resize(mark);
  mapping->rest = rest;
  return mapping;
}

// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns
//                ','] ')' with keyword_pattern: NAME '=' pattern
Pattern* Parser::class_pattern(std::size_t start, Expr* cls) {
  advance();
  std::size_t mark = scratch_mark();
  std::size_t names_mark = identifiers_.size();
  std::size_t positional = SIZE_MAX;  // patterns before the first keyword
  while (!at(TokenKind::RPAR)) {
    if (at_name() && peek_at(1).token.kind == TokenKind::EQUAL) {
      if (positional == SIZE_MAX) positional = scratch_.size() - mark;
      identifiers_.push_back(identifier(advance()));
      advance();
      push(pattern());
    } else {
      Pattern* item = pattern();
      // invalid_class_pattern
      if (positional != SIZE_MAX) invalid_at_node(item, "positional patterns follow keyword patterns");
      push(item);
    }
    if (!accept(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RPAR);
  auto* node = make<MatchClass>(start);
  node->cls = cls;
  node->kwd_attrs = pop_identifiers(names_mark);
  node->kwd_patterns = pop_seq<Pattern>(positional == SIZE_MAX ? scratch_.size() : mark + positional);
  node->patterns = pop_seq<Pattern>(mark);
  return node;
}

}  // namespace krait::parser
