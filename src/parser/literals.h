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

// The parser's side of string decoding: parsing the expressions of f-string
// replacement fields, and raising errors at parser-known positions.
class FStringExpressionParser {
 public:
  // Parses the source of one replacement field's expression. The literal
  // code passes exactly what CPython 3.11's fstring_compile_expr parses: the
  // expression text wrapped in parentheses, e.g. "(a + b)"; it lives in the
  // arena, so nodes may keep views into it. `lineno` is the
  // file line of the source's first line (tokens on source line k are on
  // file line lineno + k - 1); `col_offset` is CPython's starting_col_offset:
  // it is added to the columns of tokens on the source's first line only,
  // tokens on later lines keep their own column (3.11's fill_token rule).
  // The literal code computes both as fstring_find_expr_location does,
  // quirks included. Returns the expression with positions in the file's
  // coordinates, or throws ParseError (messages prefixed "f-string: " as
  // CPython's fstring_input mode does).
  virtual ast::Expr* parse_fstring_expression(std::string_view expression_source, int lineno,
                                              int col_offset) = 0;

  // Throws the ParseError for `message` placed as CPython's
  // RAISE_SYNTAX_ERROR places errors found while concatenating strings: at
  // the last token the parser has read (the lookahead after the STRING run)
  // when `token` is null, else at `token` (a STRING of the run).
  // `byte_columns`: the offsets are byte columns, not converted.
  [[noreturn]] virtual void raise_string_error(std::string_view message, const tokenizer::Token* token,
                                              bool byte_columns = false) = 0;

  // Records the DeprecationWarning `message` about the literal `token`
  // (an invalid escape sequence), shown as compile-time warnings are; -W
  // error turns it into a SyntaxError at the token.
  virtual void warn_string(std::string message, const tokenizer::Token& token) = 0;

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
