// Tokenizer stage: the lexer. It turns UTF-8 source into the token stream the
// parser reads, with CPython 3.11's C tokenizer as the model: INDENT/DEDENT
// from an indentation stack, NEWLINE only outside brackets, implicit line
// joining, and errors reported as an ERRORTOKEN plus `error()`.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "support/syntax_error.h"
#include "tokenizer/token.h"

namespace krait::tokenizer {

struct LexerOptions {
  // Produce TYPE_COMMENT / TYPE_IGNORE tokens (ast.parse(type_comments=True)).
  bool type_comments = false;
  // The parser's errors keep byte columns (see parser::ParseOptions).
  bool byte_columns = false;
};

class Lexer {
 public:
  // `source` is UTF-8 (see decode_source) and must outlive the lexer and its
  // tokens.
  Lexer(std::string_view source, const LexerOptions& options);
  ~Lexer();
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  // The next token; ENDMARKER repeats at the end. On a lexical error it
  // returns ERRORTOKEN and error() describes it.
  Token next();
  const SyntaxErrorInfo* error() const;
  // Whether that error was met at the end of the input: a bracket, string
  // or line continuation left open (CPython's E_EOF and E_EOFS).
  bool error_at_end() const;
  // SyntaxWarnings met so far (type "SyntaxWarning"), in source order.
  const std::vector<SyntaxErrorInfo>& warnings() const;

  // The full text of source line `lineno` (1-based), without its newline.
  std::string_view line_text(int lineno) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace krait::tokenizer
