// Tokenizer stage: what a token is. Shared by the lexer, the parser and the
// `--tokens` view.
#pragma once

#include <cstdint>
#include <string_view>

namespace krait::tokenizer {

enum class TokenKind : std::uint8_t {
#define TOKEN(name, text) name,
#include "tokenizer/token_kinds.def"
#undef TOKEN
};

inline constexpr int token_kind_count = 0
#define TOKEN(name, text) +1
#include "tokenizer/token_kinds.def"
#undef TOKEN
    ;

// CPython's name for the kind ("NAME", "OP", ...).
std::string_view token_kind_name(TokenKind kind);
// The spelling of an exact operator kind ("+=" for PLUSEQUAL), "" otherwise.
std::string_view token_kind_text(TokenKind kind);

// A token. Lines are 1-based; columns are 0-based UTF-8 byte offsets within
// the line, as CPython's AST positions are. `text` views the lexer's UTF-8
// buffer, which outlives the tokens.
struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  std::string_view text;
  std::int32_t lineno = 0;
  std::int32_t col_offset = 0;
  std::int32_t end_lineno = 0;
  std::int32_t end_col_offset = 0;
};

}  // namespace krait::tokenizer
