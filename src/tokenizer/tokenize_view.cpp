// Tokenizer stage: `krait --tokens`, a faithful model of CPython 3.11's
// Lib/tokenize.py and its main(). That module is a regex tokenizer whose
// results differ from the C tokenizer's (no numeric or bracket validation,
// ERRORTOKEN for stray characters, COMMENT/NL tokens, per-line decoding), so
// the view has its own scanner over code points; the lexical tables it
// shares with the lexer live in lexical.h.
#include "tokenizer/tokenize_view.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "support/repr.h"
#include "support/unicode.h"
#include "tokenizer/lexical.h"

namespace krait::tokenizer {

namespace {

using Line = std::u32string;

constexpr int kTabSize = 8;

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------
// Decoding, as tokenize.py reads bytes line by line.

struct DecodeFailure {
  std::string message;  // UnicodeDecodeError's str()
};

// Strict UTF-8 as Python's codec checks it. With `escape_errors`, undecodable
// bytes become lone surrogates (the surrogateescape handler of sys.stdin).
std::optional<Line> decode_utf8_line(std::string_view bytes, bool escape_errors, DecodeFailure& failure) {
  Line out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out += static_cast<char32_t>(c);
      ++i;
      continue;
    }
    int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    std::size_t valid = 1;
    const char* reason = "invalid start byte";
    if (length > 0) {
      reason = nullptr;
      for (; valid < static_cast<std::size_t>(length); ++valid) {
        if (i + valid >= n) {
          reason = "unexpected end of data";
          break;
        }
        unsigned char cc = s[i + valid];
        unsigned char low = 0x80, high = 0xBF;
        if (valid == 1) {
          if (c == 0xE0) low = 0xA0;
          if (c == 0xED) high = 0x9F;
          if (c == 0xF0) low = 0x90;
          if (c == 0xF4) high = 0x8F;
        }
        if (cc < low || cc > high) {
          reason = "invalid continuation byte";
          break;
        }
      }
    }
    if (!reason) {
      std::size_t pos = i;
      out += static_cast<char32_t>(unicode::decode_utf8(bytes, pos));
      i = pos;
      continue;
    }
    if (escape_errors) {
      for (std::size_t k = 0; k < valid; ++k) out += static_cast<char32_t>(0xDC00 + s[i + k]);
      i += valid;
      continue;
    }
    char buffer[160];
    if (valid == 1) {
      std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i, reason);
    } else {
      std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", i, i + valid - 1, reason);
    }
    failure.message = buffer;
    return std::nullopt;
  }
  return out;
}

Line utf8_to_line(std::string_view utf8) {
  Line out;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    int cp = unicode::decode_utf8(utf8, pos);
    out += static_cast<char32_t>(cp < 0 ? 0xFFFD : cp);
  }
  return out;
}

std::optional<Line> decode_line(std::string_view bytes, const std::string& encoding, DecodeFailure& failure) {
  if (encoding == "utf-8") return decode_utf8_line(bytes, false, failure);
  std::size_t error_position = 0;
  std::optional<std::string> utf8 = lexical::decode_to_utf8(bytes, encoding, error_position);
  if (!utf8) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer, "'%s' codec can't decode byte 0x%02x in position %zu", encoding.c_str(),
                  error_position < bytes.size() ? static_cast<unsigned char>(bytes[error_position]) : 0u, error_position);
    failure.message = buffer;
    return std::nullopt;
  }
  return utf8_to_line(*utf8);
}

// ---------------------------------------------------------------------------
// The pieces of tokenize.py's regular expressions, each returning where its
// match ends (or npos). Python's `re` is greedy with backtracking; every
// place where backtracking changes the outcome is handled explicitly.

constexpr std::size_t npos = static_cast<std::size_t>(-1);

char32_t at(const Line& line, std::size_t i) { return i < line.size() ? line[i] : 0; }

// [0-9](?:_?[0-9])*
std::size_t digit_part(const Line& line, std::size_t i) {
  if (!is_ascii_digit(at(line, i))) return npos;
  ++i;
  for (;;) {
    if (at(line, i) == '_' && is_ascii_digit(at(line, i + 1))) {
      i += 2;
    } else if (is_ascii_digit(at(line, i))) {
      ++i;
    } else {
      return i;
    }
  }
}

// [eE][-+]?[0-9](?:_?[0-9])*
std::size_t exponent(const Line& line, std::size_t i) {
  if (at(line, i) != 'e' && at(line, i) != 'E') return npos;
  ++i;
  if (at(line, i) == '-' || at(line, i) == '+') ++i;
  return digit_part(line, i);
}

std::size_t with_optional_exponent(const Line& line, std::size_t i) {
  std::size_t e = exponent(line, i);
  return e == npos ? i : e;
}

// Pointfloat | Expfloat
std::size_t float_number(const Line& line, std::size_t i) {
  std::size_t d = digit_part(line, i);
  if (d != npos && at(line, d) == '.') {
    std::size_t fraction = digit_part(line, d + 1);
    return with_optional_exponent(line, fraction == npos ? d + 1 : fraction);
  }
  if (at(line, i) == '.') {
    std::size_t fraction = digit_part(line, i + 1);
    if (fraction != npos) return with_optional_exponent(line, fraction);
  }
  return d == npos ? npos : exponent(line, d);
}

// (?:_?X)+ after a base prefix
template <class IsDigit>
std::size_t prefixed_digits(const Line& line, std::size_t i, IsDigit is_digit) {
  std::size_t start = i;
  for (;;) {
    if (at(line, i) == '_' && is_digit(at(line, i + 1))) {
      i += 2;
    } else if (is_digit(at(line, i))) {
      ++i;
    } else {
      return i == start ? npos : i;
    }
  }
}

std::size_t int_number(const Line& line, std::size_t i) {
  char32_t c = at(line, i);
  if (c == '0') {
    char32_t base = at(line, i + 1) | 0x20;
    std::size_t end = npos;
    if (base == 'x') end = prefixed_digits(line, i + 2, [](char32_t d) { return d < 128 && lexical::is_hex_digit(static_cast<int>(d)); });
    if (base == 'b') end = prefixed_digits(line, i + 2, [](char32_t d) { return d == '0' || d == '1'; });
    if (base == 'o') end = prefixed_digits(line, i + 2, [](char32_t d) { return d >= '0' && d <= '7'; });
    if (end != npos) return end;
    // 0(?:_?0)*
    ++i;
    for (;;) {
      if (at(line, i) == '_' && at(line, i + 1) == '0') {
        i += 2;
      } else if (at(line, i) == '0') {
        ++i;
      } else {
        return i;
      }
    }
  }
  return c >= '1' && c <= '9' ? digit_part(line, i) : npos;
}

// Imagnumber | Floatnumber | Intnumber
std::size_t number(const Line& line, std::size_t i) {
  auto is_j = [&](std::size_t k) { return k != npos && (at(line, k) == 'j' || at(line, k) == 'J'); };
  std::size_t d = digit_part(line, i);
  if (is_j(d)) return d + 1;
  std::size_t f = float_number(line, i);
  if (is_j(f)) return f + 1;
  if (f != npos) return f;
  return int_number(line, i);
}

// The length of a string prefix (maybe empty) at `i` that is followed by a
// quote, or npos.
std::size_t string_prefix_before_quote(const Line& line, std::size_t i) {
  std::string prefix;
  for (std::size_t k = 0; k <= 2; ++k) {
    char32_t c = at(line, i + k);
    if (c == '\'' || c == '"') return lexical::is_string_prefix(prefix) ? k : npos;
    if (c >= 128 || !lexical::is_ascii_letter(static_cast<int>(c))) return npos;
    prefix += static_cast<char>(c);
  }
  return npos;
}

bool is_triple_quote(const Line& line, std::size_t i) {
  char32_t q = at(line, i);
  return (q == '\'' || q == '"') && at(line, i + 1) == q && at(line, i + 2) == q;
}

// The rest of a ' or " string on its first line (ContStr): up to the closing
// quote, or a backslash-newline that continues it.
std::size_t continued_string_tail(const Line& line, std::size_t i, char32_t quote) {
  while (i < line.size()) {
    char32_t c = line[i];
    if (c == quote) return i + 1;
    if (c == '\n') return npos;
    if (c == '\\') {
      if (at(line, i + 1) == '\n') return i + 2;
      if (at(line, i + 1) == '\r' && at(line, i + 2) == '\n') return i + 3;
      if (i + 1 >= line.size()) return npos;
      i += 2;
    } else {
      ++i;
    }
  }
  return npos;
}

// endpats: Single/Double (quote_size 1) and Single3/Double3 (quote_size 3).
std::size_t string_end(const Line& line, std::size_t i, char32_t quote, int quote_size) {
  while (i < line.size()) {
    char32_t c = line[i];
    if (c == '\\') {
      if (i + 1 >= line.size() || line[i + 1] == '\n') return npos;
      i += 2;
    } else if (c == quote && (quote_size == 1 || (at(line, i + 1) == quote && at(line, i + 2) == quote))) {
      return i + quote_size;
    } else {
      ++i;
    }
  }
  return npos;
}

// Special: the exact operator spellings of token.EXACT_TOKEN_TYPES, longest
// first. That table lacks "<>", which the C tokenizer knows.
std::size_t special(const Line& line, std::size_t i) {
  auto ascii = [&](std::size_t k) { return at(line, k) < 128 ? static_cast<int>(at(line, k)) : -1; };
  int c1 = ascii(i), c2 = ascii(i + 1), c3 = ascii(i + 2);
  if (lexical::three_char_operator(c1, c2, c3) != TokenKind::OP) return i + 3;
  if (lexical::two_char_operator(c1, c2) != TokenKind::OP && !(c1 == '<' && c2 == '>')) return i + 2;
  if (c1 >= 0 && lexical::one_char_operator(c1) != TokenKind::OP) return i + 1;
  return npos;
}

bool is_word(char32_t c) { return unicode::is_word_char(c); }

struct PseudoMatch {
  std::size_t start, end;
};

// PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)
std::optional<PseudoMatch> pseudo_token(const Line& line, std::size_t pos) {
  std::size_t i = pos;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\f' || line[i] == '\t')) ++i;
  auto found = [&](std::size_t end) { return PseudoMatch{i, end}; };
  char32_t c = at(line, i);
  if (c == '\\') {
    if (at(line, i + 1) == '\n') return found(i + 2);
    if (at(line, i + 1) == '\r' && at(line, i + 2) == '\n') return found(i + 3);
  }
  if (i == line.size()) return found(i);
  if (c == '#') {
    std::size_t end = i;
    while (end < line.size() && line[end] != '\r' && line[end] != '\n') ++end;
    return found(end);
  }
  std::size_t prefix = string_prefix_before_quote(line, i);
  if (prefix != npos && is_triple_quote(line, i + prefix)) return found(i + prefix + 3);
  if (std::size_t end = number(line, i); end != npos) return found(end);
  if (c == '\n') return found(i + 1);
  if (c == '\r' && at(line, i + 1) == '\n') return found(i + 2);
  if (std::size_t end = special(line, i); end != npos) return found(end);
  if (prefix != npos) {
    std::size_t end = continued_string_tail(line, i + prefix + 1, at(line, i + prefix));
    if (end != npos) return found(end);
  }
  if (is_word(c)) {
    std::size_t end = i;
    while (end < line.size() && is_word(line[end])) ++end;
    return found(end);
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Output

enum class Kind { ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL, ERRORTOKEN, ENCODING };

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::ENDMARKER: return "ENDMARKER";
    case Kind::NAME: return "NAME";
    case Kind::NUMBER: return "NUMBER";
    case Kind::STRING: return "STRING";
    case Kind::NEWLINE: return "NEWLINE";
    case Kind::INDENT: return "INDENT";
    case Kind::DEDENT: return "DEDENT";
    case Kind::OP: return "OP";
    case Kind::COMMENT: return "COMMENT";
    case Kind::NL: return "NL";
    case Kind::ERRORTOKEN: return "ERRORTOKEN";
    case Kind::ENCODING: return "ENCODING";
  }
  return "";
}

// The exact kind of an OP token, as TokenInfo.exact_type.
std::string_view exact_name(const std::u32string_view text) {
  auto ascii = [&](std::size_t k) { return k < text.size() && text[k] < 128 ? static_cast<int>(text[k]) : -1; };
  TokenKind kind = TokenKind::OP;
  if (text.size() == 1) kind = lexical::one_char_operator(ascii(0));
  if (text.size() == 2 && text != U"<>") kind = lexical::two_char_operator(ascii(0), ascii(1));
  if (text.size() == 3) kind = lexical::three_char_operator(ascii(0), ascii(1), ascii(2));
  return token_kind_name(kind);
}

// Python's repr() of a str; `width` is its length in characters, which
// tokenize.py's `%-15r` pads to.
void append_repr(std::string& out, std::u32string_view text, std::size_t& width) {
  const std::size_t start = out.size();
  append_str_repr(out, text.size(), [&](std::size_t i) { return text[i]; });
  width = unicode::count_code_points(std::string_view(out).substr(start));
}

void append_padded(std::string& out, std::string_view text, std::size_t width, std::size_t field) {
  out += text;
  if (width < field) out.append(field - width, ' ');
}

// ---------------------------------------------------------------------------
// tokenize._tokenize

struct Position {
  int line, column;
};

struct ScanError {
  std::string message;
  Position where;
};

class Scanner {
 public:
  Scanner(bool exact, std::string& out) : exact_(exact), out_(out) {}

  void emit(Kind kind, std::u32string_view text, Position start, Position end) {
    char range[64];
    int length = std::snprintf(range, sizeof range, "%d,%d-%d,%d:", start.line, start.column, end.line, end.column);
    append_padded(out_, std::string_view(range, static_cast<std::size_t>(length)), static_cast<std::size_t>(length), 20);
    std::string_view name = exact_ && kind == Kind::OP ? exact_name(text) : kind_name(kind);
    append_padded(out_, name, name.size(), 15);
    std::string repr;
    std::size_t width = 0;
    append_repr(repr, text, width);
    append_padded(out_, repr, width, 15);
    out_ += '\n';
  }

  // Feeds one line ("" at the end of input). Returns false when tokenizing
  // is over (at the end, or after an error in `error`).
  bool feed(const Line& line);
  void finish();

  std::optional<ScanError> error;

 private:
  Position here(int column) const { return {lnum_, column}; }
  static int col(std::size_t i) { return static_cast<int>(i); }

  bool exact_;
  std::string& out_;
  int lnum_ = 0;
  int parenlev_ = 0;
  bool continued_ = false;
  std::vector<int> indents_{0};
  // A string that spans lines.
  Line contstr_;
  bool in_contstr_ = false;
  bool needcont_ = false;
  char32_t cont_quote_ = 0;
  int cont_quote_size_ = 1;
  Position strstart_{0, 0};
  Line last_line_, line_;
};

bool Scanner::feed(const Line& line) {
  last_line_ = std::move(line_);
  line_ = line;
  ++lnum_;
  std::size_t pos = 0;
  const std::size_t max = line.size();

  if (in_contstr_) {
    if (line.empty()) {
      error = ScanError{"EOF in multi-line string", strstart_};
      return false;
    }
    std::size_t end = string_end(line, 0, cont_quote_, cont_quote_size_);
    if (end != npos) {
      pos = end;
      contstr_.append(line, 0, end);
      emit(Kind::STRING, contstr_, strstart_, here(col(end)));
      contstr_.clear();
      in_contstr_ = needcont_ = false;
    } else if (needcont_ && !(line.size() >= 2 && line.compare(line.size() - 2, 2, U"\\\n") == 0) &&
               !(line.size() >= 3 && line.compare(line.size() - 3, 3, U"\\\r\n") == 0)) {
      contstr_ += line;
      emit(Kind::ERRORTOKEN, contstr_, strstart_, here(col(line.size())));
      contstr_.clear();
      in_contstr_ = false;
      return true;
    } else {
      contstr_ += line;
      return true;
    }
  } else if (parenlev_ == 0 && !continued_) {
    if (line.empty()) return false;
    int column = 0;
    while (pos < max) {
      if (line[pos] == ' ') {
        ++column;
      } else if (line[pos] == '\t') {
        column = (column / kTabSize + 1) * kTabSize;
      } else if (line[pos] == '\f') {
        column = 0;
      } else {
        break;
      }
      ++pos;
    }
    if (pos == max) return false;

    if (line[pos] == '#' || line[pos] == '\r' || line[pos] == '\n') {
      if (line[pos] == '#') {
        std::size_t end = max;
        while (end > pos && (line[end - 1] == '\r' || line[end - 1] == '\n')) --end;
        emit(Kind::COMMENT, std::u32string_view(line).substr(pos, end - pos), here(col(pos)), here(col(end)));
        pos = end;
      }
      emit(Kind::NL, std::u32string_view(line).substr(pos), here(col(pos)), here(col(max)));
      return true;
    }

    if (column > indents_.back()) {
      indents_.push_back(column);
      emit(Kind::INDENT, std::u32string_view(line).substr(0, pos), here(0), here(col(pos)));
    }
    while (column < indents_.back()) {
      bool known = false;
      for (int indent : indents_) known |= indent == column;
      if (!known) {
        error = ScanError{"unindent does not match any outer indentation level", here(col(pos))};
        return false;
      }
      indents_.pop_back();
      emit(Kind::DEDENT, U"", here(col(pos)), here(col(pos)));
    }
  } else {
    if (line.empty()) {
      error = ScanError{"EOF in multi-line statement", here(0)};
      return false;
    }
    continued_ = false;
  }

  while (pos < max) {
    std::optional<PseudoMatch> match = pseudo_token(line, pos);
    if (!match) {
      emit(Kind::ERRORTOKEN, std::u32string_view(line).substr(pos, 1), here(col(pos)), here(col(pos + 1)));
      ++pos;
      continue;
    }
    const std::size_t start = match->start, end = match->end;
    pos = end;
    if (start == end) continue;
    const std::u32string_view token = std::u32string_view(line).substr(start, end - start);
    const char32_t initial = token[0];
    const std::size_t prefix = string_prefix_before_quote(line, start);
    const bool starts_string = prefix != npos && start + prefix < end;

    if (is_ascii_digit(initial) || (initial == '.' && token != U"." && token != U"...")) {
      emit(Kind::NUMBER, token, here(col(start)), here(col(end)));
    } else if (initial == '\r' || initial == '\n') {
      emit(parenlev_ > 0 ? Kind::NL : Kind::NEWLINE, token, here(col(start)), here(col(end)));
    } else if (initial == '#') {
      emit(Kind::COMMENT, token, here(col(start)), here(col(end)));
    } else if (starts_string && token.size() == prefix + 3 && is_triple_quote(line, start + prefix)) {
      const char32_t quote = line[start + prefix];
      std::size_t string_end_pos = string_end(line, pos, quote, 3);
      if (string_end_pos != npos) {
        pos = string_end_pos;
        emit(Kind::STRING, std::u32string_view(line).substr(start, pos - start), here(col(start)), here(col(pos)));
      } else {
        strstart_ = here(col(start));
        contstr_.assign(line, start);
        in_contstr_ = true;
        needcont_ = false;
        cont_quote_ = quote;
        cont_quote_size_ = 3;
        break;
      }
    } else if (starts_string) {
      if (token.back() == '\n') {
        strstart_ = here(col(start));
        contstr_.assign(line, start);
        in_contstr_ = true;
        needcont_ = true;
        cont_quote_ = line[start + prefix];
        cont_quote_size_ = 1;
        break;
      }
      emit(Kind::STRING, token, here(col(start)), here(col(end)));
    } else if (unicode::is_identifier_start(initial)) {
      emit(Kind::NAME, token, here(col(start)), here(col(end)));
    } else if (initial == '\\') {
      continued_ = true;
    } else {
      if (initial == '(' || initial == '[' || initial == '{') ++parenlev_;
      if (initial == ')' || initial == ']' || initial == '}') --parenlev_;
      emit(Kind::OP, token, here(col(start)), here(col(end)));
    }
  }
  return true;
}

bool is_python_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

void Scanner::finish() {
  // The implicit NEWLINE for a last line without one (unless it is a comment).
  const Line& last = last_line_;
  if (!last.empty() && last.back() != '\r' && last.back() != '\n') {
    std::size_t first = 0;
    while (first < last.size() && is_python_space(last[first])) ++first;
    if (first == last.size() || last[first] != '#') {
      emit(Kind::NEWLINE, U"", {lnum_ - 1, col(last.size())}, {lnum_ - 1, col(last.size() + 1)});
    }
  }
  for (std::size_t i = 1; i < indents_.size(); ++i) emit(Kind::DEDENT, U"", here(0), here(0));
  emit(Kind::ENDMARKER, U"", here(0), here(0));
}

// The lines of `bytes`, each with its "\n" (readline on a binary file).
std::vector<std::string_view> split_lines(std::string_view bytes) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t newline = bytes.find('\n', start);
    std::size_t end = newline == std::string_view::npos ? bytes.size() : newline + 1;
    lines.push_back(bytes.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::string python_str_repr(std::string_view utf8) {
  std::string out;
  std::size_t width = 0;
  append_repr(out, utf8_to_line(utf8), width);
  return out;
}

// tokenize.detect_encoding: the encoding, or the SyntaxError message.
std::string detect_encoding(std::vector<std::string_view>& lines, std::string_view filename, std::string& error) {
  const std::string quoted = python_str_repr(filename);
  bool bom = false;
  if (!lines.empty() && lines[0].substr(0, 3) == "\xEF\xBB\xBF") {
    bom = true;
    lines[0].remove_prefix(3);
  }
  const std::string fallback = bom ? "utf-8-sig" : "utf-8";
  auto find_cookie = [&](std::string_view line) -> std::optional<std::string> {
    if (!unicode::is_valid_utf8(line)) {
      error = "invalid or missing encoding declaration for " + quoted;
      return std::nullopt;
    }
    std::optional<std::string> encoding = lexical::find_coding_cookie(line);
    if (!encoding) return std::nullopt;
    if (!lexical::is_known_encoding(*encoding)) {
      error = "unknown encoding for " + quoted + ": " + *encoding;
      return std::nullopt;
    }
    if (bom) {
      if (*encoding != "utf-8") {
        error = "encoding problem for " + quoted + ": utf-8";
        return std::nullopt;
      }
      return *encoding + "-sig";
    }
    return encoding;
  };
  if (lines.empty() || lines[0].empty()) return fallback;
  if (std::optional<std::string> encoding = find_cookie(lines[0])) return *encoding;
  if (!error.empty() || !lexical::is_blank_or_comment_line(lines[0]) || lines.size() < 2) return fallback;
  if (std::optional<std::string> encoding = find_cookie(lines[1])) return *encoding;
  return fallback;
}

// An undecodable line escapes tokenize.py's main() as an uncaught
// UnicodeDecodeError: it prints "unexpected error: ..." and then Python
// reports the exception. The frames of that report are CPython's own
// internals, so only its first and last lines are reproduced.
std::string decode_traceback(const std::string& message) {
  return "unexpected error: " + message + "\nTraceback (most recent call last):\nUnicodeDecodeError: " + message + "\n";
}

// sys.stdin: UTF-8 with surrogateescape; its lines keep their "\r".
std::vector<Line> stdin_lines(std::string_view bytes) {
  std::vector<Line> lines;
  DecodeFailure unused;
  for (std::string_view line : split_lines(bytes)) lines.push_back(*decode_utf8_line(line, true, unused));
  return lines;
}

}  // namespace

TokenizeViewOutput tokenize_view(std::string_view source_bytes, std::string_view filename, bool from_stdin, bool exact) {
  TokenizeViewOutput result;
  const std::string name = from_stdin ? "<stdin>" : std::string(filename);
  Scanner scanner(exact, result.out);

  if (from_stdin) {
    std::vector<Line> lines = stdin_lines(source_bytes);
    std::size_t next = 0;
    while (scanner.feed(next < lines.size() ? lines[next] : Line())) ++next;
  } else {
    std::vector<std::string_view> lines = split_lines(source_bytes);
    std::string encoding_error;
    std::string encoding = detect_encoding(lines, filename, encoding_error);
    if (!encoding_error.empty()) {
      result.err = name + ": error: " + encoding_error + "\n";
      result.exit_code = 1;
      return result;
    }
    if (encoding == "utf-8-sig") encoding = "utf-8";
    scanner.emit(Kind::ENCODING, utf8_to_line(encoding), {0, 0}, {0, 0});
    std::size_t next = 0;
    for (;;) {
      Line line;
      if (next < lines.size()) {
        DecodeFailure failure;
        std::optional<Line> decoded = decode_line(lines[next], encoding, failure);
        if (!decoded) {
          // main() lists all tokens before printing, so nothing is printed.
          result.out.clear();
          result.err = decode_traceback(failure.message);
          result.exit_code = 1;
          return result;
        }
        line = std::move(*decoded);
      }
      if (!scanner.feed(line)) break;
      ++next;
    }
  }

  if (scanner.error) {
    if (!from_stdin) result.out.clear();
    result.err = name + ":" + std::to_string(scanner.error->where.line) + ":" + std::to_string(scanner.error->where.column) +
                 ": error: " + scanner.error->message + "\n";
    result.exit_code = 1;
    return result;
  }
  scanner.finish();
  return result;
}

}  // namespace krait::tokenizer
