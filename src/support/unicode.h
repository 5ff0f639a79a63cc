// Support: the Unicode facts the front end needs (UTF-8 coding, identifier
// classes, printability, NFKC), backed by utf8proc so that no character
// tables are kept by hand.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace krait::unicode {

// Decodes one code point at `pos`, advancing it. Returns -1 for an invalid or
// truncated sequence (advancing by one byte). Accepts encoded surrogates
// (U+D800..U+DFFF as 3-byte sequences), which Krait's strings may hold.
int decode_utf8(std::string_view text, std::size_t& pos);
// Appends the UTF-8 encoding of `code_point` (surrogates included).
void append_utf8(std::string& out, char32_t code_point);
// Whether `text` is strictly valid UTF-8 (no surrogates, no overlongs).
bool is_valid_utf8(std::string_view text);
// Number of code points in UTF-8 `text` (CPython's column unit in errors).
std::size_t count_code_points(std::string_view text);

// Identifier characters as Python defines them (PEP 3131, XID_Start plus
// '_', XID_Continue).
bool is_identifier_start(char32_t code_point);
bool is_identifier_continue(char32_t code_point);
// str.isprintable() for one character (used by repr()).
bool is_printable(char32_t code_point);
// What Python's `re` treats as a word character (\w): alphanumerics and '_'.
bool is_word_char(char32_t code_point);
// str.isalnum-style helpers for single characters.
bool is_alpha(char32_t code_point);
bool is_decimal(char32_t code_point);

// NFKC normalisation of UTF-8 text (identifiers are normalised, PEP 3131).
std::string nfkc(std::string_view text);

}  // namespace krait::unicode
