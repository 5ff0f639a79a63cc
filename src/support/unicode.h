// Support: the Unicode facts the front end needs (UTF-8 coding, identifier
// classes, printability, NFKC), backed by utf8proc so that no character
// tables are kept by hand.
#pragma once

#include <cstddef>
#include <optional>
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
// Number of characters in `text` as Python decodes it with errors="replace"
// (CPython's column unit in errors): a code point per well-formed sequence,
// one U+FFFD per invalid sequence as Utf8Error delimits it.
std::size_t count_code_points(std::string_view text);

// An invalid sequence as Python's strict UTF-8 decoder reports it
// (Objects/stringlib/codecs.h, raised by Objects/unicodeobject.c): the bytes
// [start, end) of the decoded input and the UnicodeDecodeError's reason. A
// sequence cut short by the end of the input is "unexpected end of data" and
// runs to that end; otherwise the error covers the longest prefix of a
// well-formed sequence ("invalid continuation byte") or the lone byte
// ("invalid start byte").
struct Utf8Error {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view reason;
};
// The first invalid sequence in `text`, or nothing when it is valid UTF-8.
std::optional<Utf8Error> find_utf8_error(std::string_view text);
// The UnicodeDecodeError's text for `error` in `text`, e.g. "'utf-8' codec
// can't decode byte 0xf6 in position 1: invalid start byte", or "bytes in
// position 1-2" for a longer sequence.
std::string describe_utf8_error(std::string_view text, const Utf8Error& error);
// `text` decoded with errors="replace" (one U+FFFD per invalid sequence), as
// CPython shows a source line in a SyntaxError.
std::string replace_invalid_utf8(std::string_view text);

// Identifier characters as Python defines them (PEP 3131, XID_Start plus
// '_', XID_Continue).
bool is_identifier_start(char32_t code_point);
bool is_identifier_continue(char32_t code_point);
// \N{name}: the code point of a Unicode name or name alias as unicodedata's
// lookup for \N accepts them (names case-insensitively; Hangul syllable and
// CJK ideograph names, computed rather than stored by CPython, only in upper
// case), or -1 for an unknown name.
int code_point_for_name(std::string_view name);
// unicodedata.name(c): the character's name, or "" when it has none.
std::string character_name(char32_t code_point);

// str.isprintable() for one character (used by repr()).
bool is_printable(char32_t code_point);
// What Python's `re` treats as a word character (\w): alphanumerics and '_'.
bool is_word_char(char32_t code_point);
// str.isalnum-style helpers for single characters.
bool is_alpha(char32_t code_point);
bool is_decimal(char32_t code_point);
// East Asian Width W or F: two columns on a terminal (unicodedata's
// east_asian_width, by which CPython aligns traceback carets).
bool is_wide(char32_t code_point);

// The character properties behind str's is*() methods, as CPython's
// Objects/unicodectype.c defines them (Unicode 14.0, like CPython 3.11).
bool is_lowercase(char32_t code_point);   // the Lowercase property
bool is_uppercase(char32_t code_point);   // the Uppercase property
bool is_titlecase(char32_t code_point);   // category Lt
bool is_cased(char32_t code_point);
bool is_case_ignorable(char32_t code_point);
// str.isidentifier(): XID_Start (or '_') then XID_Continue, with no NFKC.
bool is_xid_start(char32_t code_point);
bool is_xid_continue(char32_t code_point);
bool is_space(char32_t code_point);       // category Zs or bidi class WS, B or S
bool is_digit(char32_t code_point);       // Numeric_Type Decimal or Digit
bool is_numeric(char32_t code_point);     // any Numeric_Type (Unihan numbers too)
// The value of a decimal digit of any script (category Nd), or -1.
int decimal_value(char32_t code_point);
// What str.splitlines() splits at (line break classes BK, CR, LF, NL, bidi B).
bool is_line_break(char32_t code_point);

// Full case mappings (UnicodeData plus SpecialCasing's unconditional
// entries; CaseFolding's C and F for Fold): up to 3 code points written to
// `out`, their count returned.
enum class CaseMapping : unsigned char { Lower, Upper, Title, Fold };
int map_case(char32_t code_point, CaseMapping mapping, char32_t out[3]);

// NFKC normalisation of UTF-8 text (identifiers are normalised, PEP 3131).
std::string nfkc(std::string_view text);

}  // namespace krait::unicode
