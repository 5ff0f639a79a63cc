// Tokenizer stage: names and spellings of token kinds, from token_kinds.def.
#include "tokenizer/token.h"

#include <array>

namespace krait::tokenizer {

namespace {
constexpr std::array<std::string_view, token_kind_count> kind_names = {
#define TOKEN(name, text) #name,
#include "tokenizer/token_kinds.def"
#undef TOKEN
};
constexpr std::array<std::string_view, token_kind_count> kind_texts = {
#define TOKEN(name, text) text,
#include "tokenizer/token_kinds.def"
#undef TOKEN
};
}  // namespace

std::string_view token_kind_name(TokenKind kind) { return kind_names[static_cast<int>(kind)]; }
std::string_view token_kind_text(TokenKind kind) { return kind_texts[static_cast<int>(kind)]; }

}  // namespace krait::tokenizer
