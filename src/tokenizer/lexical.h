// Tokenizer stage (internal): the lexical facts shared by the lexer and the
// `--tokens` view: character classes, operator spellings, string prefixes and
// coding-cookie recognition.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tokenizer/token.h"

namespace krait::tokenizer::lexical {

inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
inline bool is_hex_digit(int c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
inline bool is_ascii_letter(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_ascii_alnum(int c) { return is_ascii_letter(c) || is_digit(c); }

// CPython reads every byte >= 0x80 as a possible identifier character and
// validates the whole name afterwards.
inline bool is_potential_identifier_start(int c) { return is_ascii_letter(c) || c == '_' || c >= 128; }
inline bool is_potential_identifier_char(int c) { return is_ascii_alnum(c) || c == '_' || c >= 128; }

// Operator kinds by spelling, as CPython's PyToken_OneChar/TwoChars/ThreeChars:
// OP when the characters spell no operator ("<>" is NOTEQUAL here, as in the
// C tokenizer).
TokenKind one_char_operator(int c1);
TokenKind two_char_operator(int c1, int c2);
TokenKind three_char_operator(int c1, int c2, int c3);

// Whether `prefix` is a valid string prefix (b r u f br rb fr rf, any case,
// or empty).
bool is_string_prefix(std::string_view prefix);

// The encoding named by a PEP 263 cookie on `line` (one line, UTF-8 or ASCII
// bytes), normalised as tokenize._get_normal_name does, or nothing.
std::optional<std::string> find_coding_cookie(std::string_view line);
// Whether `line` holds only whitespace and maybe a comment (so that the next
// line may still carry a cookie).
bool is_blank_or_comment_line(std::string_view line);

// Whether iconv knows `encoding` (Krait's stand-in for codecs.lookup).
bool is_known_encoding(const std::string& encoding);

// Decodes `bytes` in `encoding` to UTF-8. On failure returns nothing and sets
// `error_position` to the byte offset of the first undecodable input.
std::optional<std::string> decode_to_utf8(std::string_view bytes, const std::string& encoding,
                                          std::size_t& error_position);

}  // namespace krait::tokenizer::lexical
