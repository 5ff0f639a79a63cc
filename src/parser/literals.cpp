// Parser stage: the values of NUMBER and STRING tokens, matching CPython 3.11's
// parsenumber (Parser/pegen.c), string_parser.c and
// _PyPegen_concatenate_strings (Parser/action_helpers.c).
#include "parser/literals.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <vector>

#include "support/unicode.h"

namespace krait::parser {

namespace {

using ast::ConstantValue;

// ---------------------------------------------------------------------------
// Numbers

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// The digits of `text` without the PEP 515 underscores.
std::string without_underscores(std::string_view text) {
  std::string digits;
  digits.reserve(text.size());
  for (char c : text) {
    if (c != '_') digits += c;
  }
  return digits;
}

// An integer too large for int64: its decimal text, computed with GMP.
std::string_view big_integer_text(std::string_view digits, int base, Arena& arena) {
  std::string clean = without_underscores(digits);
  mpz_t value;
  if (mpz_init_set_str(value, clean.c_str(), base) != 0) mpz_set_ui(value, 0);
  const std::size_t capacity = mpz_sizeinbase(value, 10) + 2;
  char* text = static_cast<char*>(arena.allocate(capacity, 1));
  mpz_get_str(text, 10, value);
  mpz_clear(value);
  return {text, std::char_traits<char>::length(text)};
}

// strtod-correct conversion; a value beyond the double range is inf or 0.0 as
// PyOS_string_to_double gives it (std::from_chars reports it as an error).
double float_value(std::string_view text) {
  const std::string digits = without_underscores(text);
  double value = 0.0;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (result.ec != std::errc::result_out_of_range) return value;
  // The decimal magnitude tells overflow from underflow: the place of the
  // first non-zero digit relative to the point, plus the exponent.
  const std::size_t mantissa_end = std::min(digits.find_first_of("eE"), digits.size());
  const std::size_t point = std::min(digits.find('.'), mantissa_end);
  const std::size_t first_significant = digits.find_first_of("123456789");
  const long magnitude = first_significant < point ? static_cast<long>(point - first_significant)
                                                   : -static_cast<long>(first_significant - point - 1);
  long exponent = 0;
  if (mantissa_end < digits.size()) {
    std::string_view exponent_text = std::string_view(digits).substr(mantissa_end + 1);
    if (!exponent_text.empty() && exponent_text.front() == '+') exponent_text.remove_prefix(1);
    std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
  }
  return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

// ---------------------------------------------------------------------------
// Escape decoding

bool is_hex_digit(char c) { return digit_value(c) < 16; }

// The offset CPython reports in "can't decode bytes in position A-B": its
// decode_unicode_with_escapes first rewrites each non-ASCII character as a
// 10-byte \UXXXXXXXX escape (and a backslash before one, or at the end, as
// \u005c), then decodes that buffer, so positions count in that buffer.
std::size_t escaped_buffer_offset(std::string_view piece, std::size_t byte_offset) {
  std::size_t offset = 0;
  std::size_t i = 0;
  while (i < byte_offset) {
    const auto c = static_cast<unsigned char>(piece[i]);
    if (c == '\\') {
      // A backslash and the ASCII character after it are copied as a pair.
      const bool pair = i + 1 < piece.size() && static_cast<unsigned char>(piece[i + 1]) < 0x80;
      offset += pair ? 2 : 6;
      i += pair ? 2 : 1;
    } else if (c >= 0x80) {
      unicode::decode_utf8(piece, i);
      offset += 10;
    } else {
      offset += 1;
      ++i;
    }
  }
  return offset;
}

// ---------------------------------------------------------------------------
// String runs

constexpr int max_paren_nesting = 200;  // CPython's MAXLEVEL

struct StringToken {
  const tokenizer::Token* token;
  std::string_view body;  // between the quotes
  bool is_bytes = false;
  bool is_raw = false;
  bool is_fstring = false;
};

// The first invalid escape of a literal, which CPython 3.11 warns about
// (DeprecationWarning; SyntaxWarning from 3.12): an unknown letter, or an
// octal escape above 0o377.
struct InvalidEscape {
  std::string message;

  // `at`: the escape's character after the backslash.
  void note(std::string_view body, std::size_t at, bool octal) {
    if (!message.empty()) return;
    message = octal ? "invalid octal escape sequence '\\" + std::string(body.substr(at, 3)) + "'"
                    : "invalid escape sequence '\\" + std::string(1, body[at]) + "'";
  }
  void warn(FStringExpressionParser& parser, const tokenizer::Token& token) {
    if (!message.empty()) parser.warn_string(std::move(message), token);
  }
};

StringToken split_string_token(const tokenizer::Token& token) {
  StringToken result{&token, {}};
  const std::string_view text = token.text;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    switch (text[i] | 0x20) {
      case 'b': result.is_bytes = true; break;
      case 'r': result.is_raw = true; break;
      case 'f': result.is_fstring = true; break;
      default: break;
    }
  }
  const std::size_t quote_length =
      text.size() - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
  const std::size_t start = std::min(text.size(), i + quote_length);
  const std::size_t end = text.size() >= start + quote_length ? text.size() - quote_length : start;
  result.body = text.substr(start, end - start);
  return result;
}

// Decodes one run of adjacent STRING tokens. The structure follows CPython's
// FstringParser: literal text is gathered in `pending` (last_str) and turned
// into a Constant when a replacement field follows; fields become
// FormattedValue nodes.
class StringRunDecoder {
 public:
  StringRunDecoder(const tokenizer::Token* tokens, std::size_t count, Arena& arena,
                   FStringExpressionParser& parser)
      : tokens_(tokens), count_(count), first_(tokens[0]), last_(tokens[count - 1]), arena_(arena), parser_(parser) {}

  ast::Expr* decode() {
    // A lone literal without escapes is the token text itself.
    if (count_ == 1) {
      const StringToken only = split_string_token(first_);
      if (!only.is_fstring && (only.is_raw || only.body.find('\\') == std::string_view::npos)) {
        if (only.is_bytes) {
          check_ascii(only);
        } else {
          check_utf8(only.body);
        }
        return make_constant(only.is_bytes ? ConstantValue::Tag::Bytes : ConstantValue::Tag::Str, only.body, first_,
                             last_, first_);
      }
    }
    bool bytes_mode = false;
    for (std::size_t i = 0; i < count_; ++i) {
      const StringToken piece = split_string_token(tokens_[i]);
      // As parsestr runs before the mixing check, a token's own decoding
      // errors come first.
      if (piece.is_bytes) {
        check_ascii(piece);
        append_bytes(piece, pending_);
      } else if (!piece.is_fstring) {
        // parsestr decodes a literal without backslashes as a raw one.
        append_decoded(pending_, piece.body, piece.is_raw || piece.body.find('\\') == std::string_view::npos,
                       *piece.token);
      }
      if (i != 0 && piece.is_bytes != bytes_mode) {
        parser_.raise_string_error("cannot mix bytes and nonbytes literals", nullptr);
      }
      bytes_mode = piece.is_bytes;
      if (piece.is_fstring) {
        is_joined_ = true;
        const char* cursor = piece.body.data();
        concatenate_fstring(top_level_, piece, cursor, 0);
      }
    }
    if (bytes_mode) return make_constant(ConstantValue::Tag::Bytes, arena_.copy(pending_), first_, last_, first_);
    return finish(top_level_, first_, last_);
  }

 private:
  // A JoinedStr under construction (CPython's FstringParser state): literal
  // text not yet made a node lives in `pending_` for the top level, and in
  // the state's own buffer for a format spec.
  struct JoinedState {
    std::string* pending;
    std::vector<ast::Expr*> values;
  };

  // --- Nodes

  template <class T>
  T* make_node(const tokenizer::Token& start, const tokenizer::Token& end) {
    T* node = arena_.make<T>();
    node->lineno = start.lineno;
    node->col_offset = start.col_offset;
    node->end_lineno = end.end_lineno;
    node->end_col_offset = end.end_col_offset;
    return node;
  }

  // `text` must outlive the tree (the arena or the source buffer).
  // make_str_node_and_del: kind 'u' when the token the node is attributed to
  // starts with a lower-case 'u' (CPython tests only that character).
  ast::Constant* make_constant(ConstantValue::Tag tag, std::string_view text, const tokenizer::Token& start,
                               const tokenizer::Token& end, const tokenizer::Token& kind_token) {
    auto* constant = make_node<ast::Constant>(start, end);
    constant->value.tag = tag;
    constant->value.text = text;
    if (kind_token.text.starts_with('u')) constant->kind = "u";
    return constant;
  }

  // Turns the pending literal text of `state` into a Constant value.
  void flush_literal(JoinedState& state, const tokenizer::Token& start, const tokenizer::Token& end) {
    if (state.pending->empty()) return;
    state.values.push_back(make_constant(ConstantValue::Tag::Str, arena_.copy(*state.pending), start, end, start));
    state.pending->clear();
  }

  // _PyPegen_FstringParser_Finish.
  ast::Expr* finish(JoinedState& state, const tokenizer::Token& start, const tokenizer::Token& end) {
    if (!is_joined_) return make_constant(ConstantValue::Tag::Str, arena_.copy(*state.pending), start, end, start);
    flush_literal(state, start, end);
    auto* joined = make_node<ast::JoinedStr>(start, end);
    joined->values = to_seq(state.values);
    return joined;
  }

  ast::Seq<ast::Expr*> to_seq(const std::vector<ast::Expr*>& values) {
    ast::Seq<ast::Expr*> seq;
    seq.count = static_cast<std::uint32_t>(values.size());
    seq.items = arena_.make_array<ast::Expr*>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) seq.items[i] = values[i];
    return seq;
  }

  // --- Plain literals

  void check_ascii(const StringToken& piece) {
    for (char c : piece.body) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        // CPython reports this one in byte columns.
        parser_.raise_string_error("bytes can only contain ASCII literal characters", piece.token, true);
      }
    }
  }

  // PyUnicode_DecodeUTF8 of `text`, a whole literal or one run of non-ASCII
  // bytes; pegen's raise_decode_error reports a failure at the last token
  // read, as it does escape errors.
  void check_utf8(std::string_view text) {
    if (const auto invalid = unicode::find_utf8_error(text)) {
      parser_.raise_string_error("(unicode error) " + unicode::describe_utf8_error(text, *invalid), nullptr);
    }
  }

  // _PyBytes_DecodeEscape: octal escapes keep their low byte; an invalid
  // escape stays as written.
  void append_bytes(const StringToken& piece, std::string& out) {
    const std::string_view body = piece.body;
    if (piece.is_raw) {
      out += body;
      return;
    }
    InvalidEscape invalid;
    for (std::size_t i = 0; i < body.size(); ++i) {
      const char c = body[i];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i + 1 >= body.size()) {
        out += '\\';
        break;
      }
      const char escape = body[++i];
      if (append_simple_escape(out, body, i)) continue;
      if (escape >= '0' && escape <= '7') {
        const std::size_t digits = i;
        const unsigned value = read_octal(body, i);
        if (value > 0377) invalid.note(body, digits, true);
        out += static_cast<char>(value & 0xFF);
      } else if (escape == 'x') {
        if (i + 2 < body.size() && is_hex_digit(body[i + 1]) && is_hex_digit(body[i + 2])) {
          out += static_cast<char>(digit_value(body[i + 1]) * 16 + digit_value(body[i + 2]));
          i += 2;
        } else {
          parser_.raise_string_error(
              "(value error) invalid \\x escape at position " + std::to_string(i - 1), nullptr);
        }
      } else {
        invalid.note(body, i, false);
        out += '\\';
        out += escape;
      }
    }
    invalid.warn(parser_, *piece.token);
  }

  // Escapes with the same meaning in str and bytes; `i` is at the character
  // after the backslash and stays at the last one consumed.
  static bool append_simple_escape(std::string& out, std::string_view body, std::size_t& i) {
    switch (body[i]) {
      case '\n': return true;
      case '\\': out += '\\'; return true;
      case '\'': out += '\''; return true;
      case '"': out += '"'; return true;
      case 'a': out += '\a'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'v': out += '\v'; return true;
      default: return false;
    }
  }

  // One to three octal digits starting at `i`; leaves `i` on the last.
  static unsigned read_octal(std::string_view body, std::size_t& i) {
    unsigned value = static_cast<unsigned>(body[i] - '0');
    for (int more = 0; more < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++more) {
      value = value * 8 + static_cast<unsigned>(body[++i] - '0');
    }
    return value;
  }

  // A str literal's text (or an f-string's literal piece), checked as
  // UTF-8 and decoded into `out` as decode_unicode_with_escapes does unless
  // `raw`.
  void append_decoded(std::string& out, std::string_view piece, bool raw, const tokenizer::Token& token) {
    if (raw) {
      check_utf8(piece);
      out += piece;
      return;
    }
    // decode_unicode_with_escapes decodes each run of non-ASCII bytes on its
    // own (positions count from the run's start), all before any escape.
    for (std::size_t i = 0; i < piece.size();) {
      std::size_t run_end = i;
      while (run_end < piece.size() && static_cast<unsigned char>(piece[run_end]) >= 0x80) ++run_end;
      if (run_end > i) check_utf8(piece.substr(i, run_end - i));
      i = run_end + 1;
    }
    InvalidEscape invalid;
    for (std::size_t i = 0; i < piece.size(); ++i) {
      if (piece[i] != '\\') {
        out += piece[i];
        continue;
      }
      const std::size_t backslash = i;
      // A backslash at the end of a piece, or before a non-ASCII character,
      // is kept: CPython turns it into \u005c before decoding.
      if (i + 1 >= piece.size() || static_cast<unsigned char>(piece[i + 1]) >= 0x80) {
        out += '\\';
        continue;
      }
      const char escape = piece[++i];
      if (append_simple_escape(out, piece, i)) continue;
      switch (escape) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          const std::size_t digits = i;
          const unsigned value = read_octal(piece, i);
          if (value > 0377) invalid.note(piece, digits, true);
          unicode::append_utf8(out, value);
          break;
        }
        case 'x': append_hex_escape(out, piece, backslash, i, 2, "truncated \\xXX escape"); break;
        case 'u': append_hex_escape(out, piece, backslash, i, 4, "truncated \\uXXXX escape"); break;
        case 'U': append_hex_escape(out, piece, backslash, i, 8, "truncated \\UXXXXXXXX escape"); break;
        case 'N': append_named_escape(out, piece, backslash, i); break;
        default:
          invalid.note(piece, i, false);
          out += '\\';
          out += escape;
          break;
      }
    }
    invalid.warn(parser_, token);
  }

  void append_hex_escape(std::string& out, std::string_view piece, std::size_t backslash, std::size_t& i,
                         int digits, const char* truncated_message) {
    std::uint32_t value = 0;
    for (int n = 0; n < digits; ++n) {
      if (i + 1 >= piece.size() || !is_hex_digit(piece[i + 1])) {
        raise_unicode_error(piece, backslash, i + 1, truncated_message);
      }
      value = value * 16 + static_cast<std::uint32_t>(digit_value(piece[++i]));
    }
    if (value > 0x10FFFF) raise_unicode_error(piece, backslash, i + 1, "illegal Unicode character");
    unicode::append_utf8(out, value);
  }

  void append_named_escape(std::string& out, std::string_view piece, std::size_t backslash, std::size_t& i) {
    static constexpr const char* malformed = "malformed \\N character escape";
    if (i + 1 >= piece.size()) raise_unicode_error(piece, backslash, piece.size(), malformed);
    if (piece[i + 1] != '{') raise_unicode_error(piece, backslash, i + 1, malformed);
    const std::size_t name_start = i + 2;
    const std::size_t close = piece.find('}', name_start);
    if (close == std::string_view::npos) raise_unicode_error(piece, backslash, piece.size(), malformed);
    if (close == name_start) raise_unicode_error(piece, backslash, close, malformed);
    const int code_point = unicode::code_point_for_name(piece.substr(name_start, close - name_start));
    if (code_point < 0) raise_unicode_error(piece, backslash, close + 1, "unknown Unicode character name");
    unicode::append_utf8(out, static_cast<char32_t>(code_point));
    i = close;
  }

  // The SyntaxError CPython makes of the codec's UnicodeDecodeError, for the
  // bytes [start, end) of `piece`. (Like fstring_error it never returns, as
  // raise_string_error throws; GCC would wrongly warn on [[noreturn]] here.)
  void raise_unicode_error(std::string_view piece, std::size_t start, std::size_t end,
                                        const char* reason) {
    const std::size_t from = escaped_buffer_offset(piece, start);
    const std::size_t to = escaped_buffer_offset(piece, end);
    parser_.raise_string_error("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                   std::to_string(from) + "-" + std::to_string(to - 1) + ": " + reason,
                               nullptr);
  }

  // --- f-strings

  // _PyPegen_FstringParser_ConcatFstring: literal pieces and replacement
  // fields of `piece` from `cursor`, up to the end of the body (top level) or
  // the '}' closing a format spec (nested).
  void concatenate_fstring(JoinedState& state, const StringToken& piece, const char*& cursor, int depth) {
    const char* const end = piece.body.data() + piece.body.size();
    while (true) {
      const bool more_literal = find_literal(*state.pending, piece, cursor, depth);
      if (more_literal) continue;
      if (cursor >= end || *cursor == '}') break;
      ast::Expr* field = find_expression(state, piece, cursor, depth);
      flush_literal(state, first_, last_);
      state.values.push_back(field);
    }
    if (depth != 0 && (cursor >= end || *cursor != '}')) fstring_error("f-string: expecting '}'");
  }

  // fstring_find_literal: appends the literal text before the next
  // replacement field; returns true when it stopped at a doubled brace and
  // scanning should simply continue.
  bool find_literal(std::string& out, const StringToken& piece, const char*& cursor, int depth) {
    const char* const end = piece.body.data() + piece.body.size();
    const char* s = cursor;
    const char* const literal_start = s;
    bool doubled = false;
    while (s < end) {
      char c = *s++;
      if (!piece.is_raw && c == '\\' && s < end) {
        c = *s++;
        if (c == 'N') {
          // \N{...} braces are not replacement fields. A \N without '{'
          // ends the literal here; decoding it then fails as in CPython.
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
            continue;
          }
          break;
        }
      }
      if (c == '{' || c == '}') {
        if (depth == 0) {
          if (s < end && *s == c) {
            cursor = s + 1;
            doubled = true;
            break;
          }
          if (c == '}') fstring_error("f-string: single '}' is not allowed");
        }
        --s;
        break;
      }
    }
    if (!doubled) cursor = s;
    const std::size_t length = static_cast<std::size_t>(s - literal_start);
    append_decoded(out, {literal_start, length}, piece.is_raw, *piece.token);
    return doubled;
  }

  // fstring_find_expr: one replacement field at `cursor` (on its '{').
  ast::Expr* find_expression(JoinedState& state, const StringToken& piece, const char*& cursor, int depth) {
    const char* const end = piece.body.data() + piece.body.size();
    if (depth >= 2) fstring_error("f-string: expressions nested too deeply");
    const char* const brace = cursor;
    const char* s = cursor + 1;
    const char* const expression_start = s;
    char quote = 0;
    bool triple_quoted = false;
    char parens[max_paren_nesting];
    int nesting = 0;
    // Finds the end of the expression without parsing it: strings and
    // brackets are skipped, and '!', ':', '}', '=' end it at the top level
    // unless part of !=, ==, <=, >=.
    for (; s < end; ++s) {
      const char c = *s;
      if (c == '\\') fstring_error("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote) {
          if (!triple_quoted) {
            quote = 0;
          } else if (s + 2 < end && s[1] == c && s[2] == c) {
            s += 2;
            quote = 0;
          }
        }
      } else if (c == '\'' || c == '"') {
        triple_quoted = s + 2 < end && s[1] == c && s[2] == c;
        if (triple_quoted) s += 2;
        quote = c;
      } else if (c == '[' || c == '{' || c == '(') {
        if (nesting >= max_paren_nesting) fstring_error("f-string: too many nested parenthesis");
        parens[nesting++] = c;
      } else if (c == '#') {
        fstring_error("f-string expression part cannot include '#'");
      } else if (nesting == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
        if (s + 1 < end) {
          if (s[1] == '=' && c != ':' && c != '}') {
            ++s;
            continue;
          }
          if (c == '>' || c == '<') continue;
        }
        break;
      } else if (c == ']' || c == '}' || c == ')') {
        if (nesting == 0) fstring_error(std::string("f-string: unmatched '") + c + "'");
        const char opening = parens[--nesting];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
          fstring_error(std::string("f-string: closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + opening + "'");
        }
      }
    }
    const char* const expression_end = s;
    if (quote) fstring_error("f-string: unterminated string");
    if (nesting) fstring_error(std::string("f-string: unmatched '") + parens[nesting - 1] + "'");
    if (s >= end) fstring_error("f-string: expecting '}'");

    ast::Expr* expression = compile_expression(piece, brace, expression_end);

    bool self_documenting = false;
    if (*s == '=') {
      // The expression's text, the '=' and the whitespace after it become
      // literal text before the field.
      ++s;
      while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f')) ++s;
      state.pending->append(expression_start, static_cast<std::size_t>(s - expression_start));
      self_documenting = true;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
      ++s;
      if (s >= end) fstring_error("f-string: expecting '}'");
      conversion = static_cast<unsigned char>(*s++);
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (s >= end) fstring_error("f-string: expecting '}'");
    ast::Expr* format_spec = nullptr;
    if (*s == ':') {
      ++s;
      if (s >= end) fstring_error("f-string: expecting '}'");
      format_spec = parse_format_spec(piece, s, depth + 1);
    }
    if (s >= end || *s != '}') fstring_error("f-string: expecting '}'");
    cursor = s + 1;
    // A self-documenting field shows repr() unless told otherwise.
    if (self_documenting && !format_spec && conversion == -1) conversion = 'r';

    auto* formatted = make_node<ast::FormattedValue>(first_, last_);
    formatted->value = expression;
    formatted->conversion = conversion;
    formatted->format_spec = format_spec;
    return formatted;
  }

  // fstring_parse for a format spec: its own JoinedStr, placed (with its
  // final literal) at the current token rather than the whole run.
  ast::Expr* parse_format_spec(const StringToken& piece, const char*& cursor, int depth) {
    std::string pending;
    JoinedState state{&pending, {}};
    concatenate_fstring(state, piece, cursor, depth);
    return finish(state, *piece.token, *piece.token);
  }

  // fstring_compile_expr: hands "(expression)" to the parser with the
  // position fstring_find_expr_location computes for it.
  ast::Expr* compile_expression(const StringToken& piece, const char* brace, const char* expression_end) {
    const char* const expression_start = brace + 1;
    const std::string_view text(expression_start, static_cast<std::size_t>(expression_end - expression_start));
    if (text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
      // 3.11 names the character that ended the empty expression, unless it
      // is the closing brace.
      if (*expression_end == '!' || *expression_end == ':' || *expression_end == '=') {
        fstring_error(std::string("f-string: expression required before '") + *expression_end + "'");
      }
      fstring_error("f-string: empty expression not allowed");
    }
    const tokenizer::Token& token = *piece.token;
    const std::string_view token_text = token.text;
    const std::size_t brace_offset = static_cast<std::size_t>(brace - token_text.data());

    // CPython 3.11 counts the newlines of the token text before the brace,
    // and shifts the columns of the expression's first line by the brace's
    // column, unless only whitespace follows the brace on its line. The
    // token's own column is added only when the brace is on its first line.
    int lines = 0;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < brace_offset; ++i) {
      if (token_text[i] == '\n') {
        ++lines;
        line_start = i + 1;
      }
    }
    const std::size_t after_brace = text.find_first_not_of(" \t\f");
    const bool newline_after_brace = after_brace == std::string_view::npos || text[after_brace] == '\n';
    int col_offset = newline_after_brace ? 0 : static_cast<int>(brace_offset - line_start);
    if (lines == 0) col_offset += token.col_offset;

    char* source = static_cast<char*>(arena_.allocate(text.size() + 2, 1));
    source[0] = '(';
    std::copy(text.begin(), text.end(), source + 1);
    source[text.size() + 1] = ')';
    return parser_.parse_fstring_expression({source, text.size() + 2}, token.lineno + lines, col_offset);
  }

  void fstring_error(const std::string& message) { parser_.raise_string_error(message, nullptr); }

  const tokenizer::Token* tokens_;
  std::size_t count_;
  const tokenizer::Token& first_;
  const tokenizer::Token& last_;
  Arena& arena_;
  FStringExpressionParser& parser_;
  std::string pending_;
  JoinedState top_level_{&pending_, {}};
  bool is_joined_ = false;
};

}  // namespace

ConstantValue number_value(std::string_view text, Arena& arena) {
  ConstantValue value;
  if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) {
    value.tag = ConstantValue::Tag::Complex;
    value.number = float_value(text.substr(0, text.size() - 1));
    return value;
  }
  int base = 10;
  std::string_view digits = text;
  if (text.size() > 2 && text[0] == '0') {
    switch (text[1] | 0x20) {
      case 'x': base = 16; break;
      case 'o': base = 8; break;
      case 'b': base = 2; break;
      default: break;
    }
    if (base != 10) digits.remove_prefix(2);
  }
  if (base == 10 && digits.find_first_of(".eE") != std::string_view::npos) {
    value.tag = ConstantValue::Tag::Float;
    value.number = float_value(digits);
    return value;
  }
  // An int: int64 while it fits, else decimal text from GMP.
  std::uint64_t magnitude = 0;
  bool overflow = false;
  for (char c : digits) {
    if (c == '_') continue;
    const int digit = digit_value(c);
    if (digit >= base) break;
    if (magnitude > (std::numeric_limits<std::uint64_t>::max() - static_cast<unsigned>(digit)) / base) {
      overflow = true;
      break;
    }
    magnitude = magnitude * base + static_cast<unsigned>(digit);
  }
  if (overflow || magnitude > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    value.tag = ConstantValue::Tag::BigInt;
    value.text = big_integer_text(digits, base, arena);
  } else {
    value.tag = ConstantValue::Tag::Int;
    value.integer = static_cast<std::int64_t>(magnitude);
  }
  return value;
}

ast::Expr* string_expression(const tokenizer::Token* tokens, std::size_t count, Arena& arena,
                             FStringExpressionParser& expression_parser) {
  StringRunDecoder decoder(tokens, count, arena, expression_parser);
  return decoder.decode();
}

}  // namespace krait::parser
