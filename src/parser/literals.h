// Parser stage (internal): the values of literal tokens. NUMBER text becomes
// a ConstantValue; a run of adjacent STRING tokens becomes one Constant or,
// when an f-string is among them, a JoinedStr (implicit concatenation).
#pragma once

#include <cstddef>
#include <string_view>

#include "parser/ast.h"
#include "support/arena.h"
#include "tokenizer/token.h"

namespace krait::parser {

// The parser's side of f-string decoding: parses the source of one
// replacement field's expression. The literal code passes exactly what
// CPython 3.11 parses for it and the position it starts at; the parser
// returns the expression with positions in the enclosing file's coordinates,
// or throws ParseError.
class FStringExpressionParser {
 public:
  virtual ast::Expr* parse_fstring_expression(std::string_view expression_source, int lineno,
                                              int col_offset) = 0;

 protected:
  ~FStringExpressionParser() = default;
};

// The value of a NUMBER token (int, float or imaginary), as CPython 3.11
// evaluates the literal.
ast::ConstantValue number_value(std::string_view text, Arena& arena);

// The expression for `count` adjacent STRING tokens; throws ParseError for an
// invalid literal (e.g. non-ASCII in bytes, mixing bytes and str).
ast::Expr* string_expression(const tokenizer::Token* tokens, std::size_t count, Arena& arena,
                             FStringExpressionParser& expression_parser);

}  // namespace krait::parser
