// Tokenizer stage: the lexer (CPython 3.11's Parser/tokenizer.c semantics),
// plus the operator and string-prefix tables of lexical.h.
#include "tokenizer/lexer.h"

#include <cstdio>
#include <cstring>

#include "support/unicode.h"
#include "tokenizer/lexical.h"

namespace krait::tokenizer {

namespace lexical {

TokenKind one_char_operator(int c1) {
  switch (c1) {
    case '%': return TokenKind::PERCENT;
    case '&': return TokenKind::AMPER;
    case '(': return TokenKind::LPAR;
    case ')': return TokenKind::RPAR;
    case '*': return TokenKind::STAR;
    case '+': return TokenKind::PLUS;
    case ',': return TokenKind::COMMA;
    case '-': return TokenKind::MINUS;
    case '.': return TokenKind::DOT;
    case '/': return TokenKind::SLASH;
    case ':': return TokenKind::COLON;
    case ';': return TokenKind::SEMI;
    case '<': return TokenKind::LESS;
    case '=': return TokenKind::EQUAL;
    case '>': return TokenKind::GREATER;
    case '@': return TokenKind::AT;
    case '[': return TokenKind::LSQB;
    case ']': return TokenKind::RSQB;
    case '^': return TokenKind::CIRCUMFLEX;
    case '{': return TokenKind::LBRACE;
    case '|': return TokenKind::VBAR;
    case '}': return TokenKind::RBRACE;
    case '~': return TokenKind::TILDE;
    default: return TokenKind::OP;
  }
}

TokenKind two_char_operator(int c1, int c2) {
  if (c2 == '=') {
    switch (c1) {
      case '!': return TokenKind::NOTEQUAL;
      case '%': return TokenKind::PERCENTEQUAL;
      case '&': return TokenKind::AMPEREQUAL;
      case '*': return TokenKind::STAREQUAL;
      case '+': return TokenKind::PLUSEQUAL;
      case '-': return TokenKind::MINEQUAL;
      case '/': return TokenKind::SLASHEQUAL;
      case ':': return TokenKind::COLONEQUAL;
      case '<': return TokenKind::LESSEQUAL;
      case '=': return TokenKind::EQEQUAL;
      case '>': return TokenKind::GREATEREQUAL;
      case '@': return TokenKind::ATEQUAL;
      case '^': return TokenKind::CIRCUMFLEXEQUAL;
      case '|': return TokenKind::VBAREQUAL;
      default: return TokenKind::OP;
    }
  }
  if (c1 == c2) {
    switch (c1) {
      case '*': return TokenKind::DOUBLESTAR;
      case '/': return TokenKind::DOUBLESLASH;
      case '<': return TokenKind::LEFTSHIFT;
      case '>': return TokenKind::RIGHTSHIFT;
      default: return TokenKind::OP;
    }
  }
  if (c1 == '-' && c2 == '>') return TokenKind::RARROW;
  if (c1 == '<' && c2 == '>') return TokenKind::NOTEQUAL;
  return TokenKind::OP;
}

TokenKind three_char_operator(int c1, int c2, int c3) {
  if (c3 == '=' && c1 == c2) {
    switch (c1) {
      case '*': return TokenKind::DOUBLESTAREQUAL;
      case '/': return TokenKind::DOUBLESLASHEQUAL;
      case '<': return TokenKind::LEFTSHIFTEQUAL;
      case '>': return TokenKind::RIGHTSHIFTEQUAL;
      default: return TokenKind::OP;
    }
  }
  if (c1 == '.' && c2 == '.' && c3 == '.') return TokenKind::ELLIPSIS;
  return TokenKind::OP;
}

bool is_string_prefix(std::string_view prefix) {
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (char ch : prefix) {
    switch (ch | 0x20) {
      case 'b':
        if (saw_b || saw_u || saw_f) return false;
        saw_b = true;
        break;
      case 'r':
        if (saw_r || saw_u) return false;
        saw_r = true;
        break;
      // u"" exists for backwards compatibility only, so it combines with nothing.
      case 'u':
        if (saw_b || saw_r || saw_u || saw_f) return false;
        saw_u = true;
        break;
      case 'f':
        if (saw_f || saw_b || saw_u) return false;
        saw_f = true;
        break;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace lexical

namespace {

constexpr int kEof = -1;
constexpr int kTabSize = 8;
// The consistency check measures tabs as one column too; a line must compare
// the same way under both measures (CPython's ALTTABSIZE).
constexpr int kAltTabSize = 1;
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;

using lexical::is_digit;

}  // namespace

struct Lexer::State {
  // The logical buffer is the source plus one newline when the source does
  // not end with one, as CPython appends it to string input.
  std::string_view source;
  std::size_t logical_size = 0;
  LexerOptions options;

  std::size_t cur = 0;
  // The current line: [line_start, line_end), line_end just past its newline.
  std::size_t line_start = 0;
  std::size_t line_end = 0;
  int lineno = 0;
  // CPython's tok->buf: the start of the line where the token in progress
  // began, which the parser's error reports quote from.
  std::size_t buffer_start = 0;
  bool in_token = false;

  bool at_line_start = true;
  int pending = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  int indent = 0;
  int indents[kMaxIndent + 1] = {0};
  int alt_indents[kMaxIndent + 1] = {0};

  int level = 0;
  char paren_chars[kMaxLevel];
  int paren_lines[kMaxLevel];
  int paren_cols[kMaxLevel];
  std::size_t paren_line_starts[kMaxLevel];

  bool failed = false;
  // The error was met at the end of the input (CPython's E_EOF, E_EOFS).
  bool failed_at_end = false;
  SyntaxErrorInfo error;
  Token error_token;
  std::vector<SyntaxErrorInfo> warnings;

  int at(std::size_t i) const {
    if (i < source.size()) return static_cast<unsigned char>(source[i]);
    return i < logical_size ? '\n' : kEof;
  }

  // Reads one byte, entering the next line when the current one is used up
  // (so `lineno` counts the lines actually reached, as CPython's does).
  int nextc() {
    if (cur == line_end) {
      if (cur >= logical_size) return kEof;
      line_start = cur;
      if (!in_token) buffer_start = cur;
      ++lineno;
      const void* newline = cur < source.size() ? std::memchr(source.data() + cur, '\n', source.size() - cur) : nullptr;
      line_end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - source.data()) + 1 : logical_size;
    }
    return at(cur++);
  }
  void backup(int c) {
    if (c != kEof) --cur;
  }

  std::string_view view(std::size_t begin, std::size_t end) const {
    if (begin > source.size()) begin = source.size();
    if (end > source.size()) end = source.size();
    return source.substr(begin, end - begin);
  }
  std::string_view line_from(std::size_t start) const {
    std::size_t end = start;
    while (end < source.size() && source[end] != '\n') ++end;
    return view(start, end);
  }
  int chars_between(std::size_t begin, std::size_t end) const {
    return static_cast<int>(unicode::count_code_points(view(begin, end)) + (end > source.size() ? end - std::max(begin, source.size()) : 0));
  }

  Token make(TokenKind kind, std::size_t start, int start_lineno, std::size_t start_line_start) const {
    Token token;
    token.kind = kind;
    token.text = view(start, cur);
    token.lineno = start_lineno;
    token.col_offset = static_cast<int>(start - start_line_start);
    token.end_lineno = lineno;
    token.end_col_offset = static_cast<int>(cur - line_start);
    return token;
  }

  Token fail(SyntaxErrorInfo info) {
    failed = true;
    error = std::move(info);
    // CPython decodes the line it quotes with errors="replace".
    error.text = unicode::replace_invalid_utf8(error.text);
    error_token.kind = TokenKind::ERRORTOKEN;
    error_token.text = std::string_view();
    error_token.lineno = error_token.end_lineno = error.lineno;
    error_token.col_offset = error_token.end_col_offset = error.offset > 0 ? error.offset - 1 : 0;
    return error_token;
  }

  // An error raised inside CPython's tokenizer: located at the character
  // before `cur`, with the line's text minus its newline.
  Token tokenizer_error(std::string message) {
    SyntaxErrorInfo info;
    info.message = std::move(message);
    info.lineno = info.end_lineno = lineno;
    info.offset = info.end_offset = chars_between(line_start, cur);
    info.text = std::string(line_from(line_start));
    return fail(std::move(info));
  }

  // An error CPython's parser raises from the tokenizer's state. `offset` and
  // `end_offset` are byte columns that CPython converts to characters by
  // decoding that many bytes of the error's text (when it knows the
  // encoding).
  Token parser_error(std::string type, std::string message, int error_lineno, std::size_t error_line_start,
                     int byte_offset, int byte_end_offset) {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.lineno = info.end_lineno = error_lineno;
    // CPython quotes the tokenizer's buffer (newline included) for its current
    // line, and an earlier line from the source without its newline.
    if (error_lineno >= lineno) {
      info.text = std::string(view(buffer_start, line_end));
      if (line_end > source.size()) info.text += '\n';
    } else {
      info.text = std::string(line_from(error_line_start));
    }
    // Decoding past the end of the text reads its terminating NUL too.
    auto to_chars = [&](int bytes) {
      if (bytes <= 0 || options.byte_columns) return bytes;
      std::size_t clamped = std::min(static_cast<std::size_t>(bytes), info.text.size() + 1);
      std::string_view decoded = std::string_view(info.text).substr(0, clamped);
      return static_cast<int>(unicode::count_code_points(decoded) + (clamped > info.text.size() ? 1 : 0));
    };
    info.offset = to_chars(byte_offset);
    info.end_offset = to_chars(byte_end_offset);
    return fail(std::move(info));
  }

  std::string_view line_at(int wanted) const {
    if (wanted < 1) return {};
    std::size_t start = 0;
    for (int n = 1; n < wanted; ++n) {
      const void* newline = std::memchr(source.data() + start, '\n', source.size() - start);
      if (!newline) return {};
      start = static_cast<std::size_t>(static_cast<const char*>(newline) - source.data()) + 1;
    }
    if (start >= source.size() && !(start == 0 && wanted == 1)) return {};
    return line_from(start);
  }

  Token unclosed_bracket_error() {
    const int depth = level - 1;
    std::string message = std::string("'") + paren_chars[depth] + "' was never closed";
    return parser_error("SyntaxError", message, paren_lines[depth], paren_line_starts[depth], paren_cols[depth] + 1, 0);
  }

  Token next_token();
  Token identifier_or_string(std::size_t start);
  Token string_literal(std::size_t start, int quote);
  Token number(std::size_t start, int c);
  bool decimal_tail(int& c);
  bool verify_end_of_number(int c, const char* kind);
  Token indentation_error_or_pending(int col, int alt_col);
  bool continue_line(Token& problem);
  Token type_comment(std::size_t start, int c, bool blank_line, bool& matched);
};

Token Lexer::State::indentation_error_or_pending(int col, int alt_col) {
  if (col == indents[indent]) {
    if (alt_col != alt_indents[indent]) return parser_error("TabError", "inconsistent use of tabs and spaces in indentation", lineno, line_start, 1, 0);
  } else if (col > indents[indent]) {
    if (indent + 1 >= kMaxIndent) {
      cur = line_end;
      return parser_error("IndentationError", "too many levels of indentation", lineno, line_start, 1, 0);
    }
    if (alt_col <= alt_indents[indent]) return parser_error("TabError", "inconsistent use of tabs and spaces in indentation", lineno, line_start, 1, 0);
    ++pending;
    indents[++indent] = col;
    alt_indents[indent] = alt_col;
  } else {
    while (indent > 0 && col < indents[indent]) {
      --pending;
      --indent;
    }
    if (col != indents[indent]) {
      cur = line_end;
      return parser_error("IndentationError", "unindent does not match any outer indentation level", lineno, line_start,
                          static_cast<int>(cur - line_start), -1);
    }
    if (alt_col != alt_indents[indent]) return parser_error("TabError", "inconsistent use of tabs and spaces in indentation", lineno, line_start, 1, 0);
  }
  return Token{};
}

// `# type: ...` comments. CPython's prefix is "# type: " where each space
// stands for any run of spaces and tabs.
Token Lexer::State::type_comment(std::size_t start, int c, bool blank_line, bool& matched) {
  matched = false;
  static constexpr std::string_view prefix = "# type: ";
  std::size_t p = start;
  std::size_t k = 0;
  while (k < prefix.size() && p < cur) {
    if (prefix[k] == ' ') {
      while (at(p) == ' ' || at(p) == '\t') ++p;
    } else if (at(p) == prefix[k]) {
      ++p;
    } else {
      break;
    }
    ++k;
  }
  if (k < prefix.size()) return Token{};
  matched = true;
  backup(c);  // the newline or EOF stays unread
  const std::size_t ignore_end = p + 6;
  bool is_ignore = cur >= ignore_end && view(p, ignore_end) == "ignore" &&
                   !(cur > ignore_end && (at(ignore_end) >= 128 || lexical::is_ascii_alnum(at(ignore_end))));
  Token token;
  token.lineno = token.end_lineno = lineno;
  token.end_col_offset = static_cast<int>(cur - line_start);
  token.kind = is_ignore ? TokenKind::TYPE_IGNORE : TokenKind::TYPE_COMMENT;
  std::size_t text_start = is_ignore ? ignore_end : p;
  token.text = view(text_start, cur);
  token.col_offset = static_cast<int>(text_start - line_start);
  if (is_ignore && blank_line) {
    // A type-ignore alone on its line takes the newline with it.
    nextc();
    at_line_start = true;
  }
  return token;
}

// After a backslash, as CPython's tok_continuation_line: a newline must
// follow, and then more input. Otherwise `problem` is the error token.
bool Lexer::State::continue_line(Token& problem) {
  if (nextc() != '\n') {
    problem = parser_error("SyntaxError", "unexpected character after line continuation character", lineno, line_start,
                           static_cast<int>(cur - buffer_start), 0);
    return false;
  }
  int after = nextc();
  if (after == kEof) {
    failed_at_end = true;
    if (level > 0) {
      problem = unclosed_bracket_error();
    } else {
      cur = line_end;
      problem = parser_error("SyntaxError", "unexpected EOF while parsing", lineno, line_start,
                             static_cast<int>(cur - line_start), -1);
    }
    return false;
  }
  backup(after);
  return true;
}

Token Lexer::State::next_token() {
  for (;;) {  // one iteration per logical line start
    in_token = false;
    bool blank_line = false;
    if (at_line_start) {
      at_line_start = false;
      int col = 0, alt_col = 0, continued_col = 0;
      int c;
      for (;;) {
        c = nextc();
        if (c == ' ') {
          ++col;
          ++alt_col;
        } else if (c == '\t') {
          col = (col / kTabSize + 1) * kTabSize;
          alt_col = (alt_col / kAltTabSize + 1) * kAltTabSize;
        } else if (c == '\f') {
          col = alt_col = 0;
        } else if (c == '\\') {
          // Indentation cannot be split over lines with backslashes: the
          // column of the first backslash decides. CPython 3.11 keeps that
          // column only when it is not 0, so after a backslash in column 0
          // the continued line's own indentation counts.
          if (continued_col == 0) continued_col = col;
          Token problem;
          if (!continue_line(problem)) return problem;
        } else {
          break;
        }
      }
      backup(c);
      if (c == '#' || c == '\n') blank_line = true;
      if (continued_col != 0) col = alt_col = continued_col;
      if (!blank_line && level == 0) {
        Token problem = indentation_error_or_pending(col, alt_col);
        if (failed) return problem;
      }
    }
    if (pending != 0) {
      TokenKind kind = pending < 0 ? TokenKind::DEDENT : TokenKind::INDENT;
      pending += pending < 0 ? 1 : -1;
      return make(kind, cur, lineno, line_start);
    }

    for (;;) {  // after a backslash continuation the same logical line goes on
      in_token = false;
      int c;
      do {
        c = nextc();
      } while (c == ' ' || c == '\t' || c == '\f');
      in_token = true;
      const std::size_t start = c == kEof ? cur : cur - 1;
      const std::size_t start_line_start = line_start;
      const int start_lineno = lineno;

      if (c == '#') {
        while (c != kEof && c != '\n') c = nextc();
        if (options.type_comments) {
          bool matched;
          Token token = type_comment(start, c, blank_line, matched);
          if (matched) return token;
        }
      }

      if (c == kEof) {
        failed_at_end = level > 0;
        if (level > 0) return unclosed_bracket_error();
        Token token = make(TokenKind::ENDMARKER, cur, lineno, line_start);
        token.text = view(cur, cur);
        return token;
      }

      if (lexical::is_potential_identifier_start(c)) return identifier_or_string(start);

      if (c == '\n') {
        at_line_start = true;
        if (blank_line || level > 0) break;
        // CPython's NEWLINE starts where the token scan began (a comment, if
        // any) and ends before the newline character.
        Token token = make(TokenKind::NEWLINE, start, start_lineno, start_line_start);
        token.text = view(start, cur - 1);
        token.end_col_offset = static_cast<int>(cur - 1 - line_start);
        return token;
      }

      if (c == '.') {
        int c2 = nextc();
        if (is_digit(c2)) return number(start, c2);
        if (c2 == '.') {
          int c3 = nextc();
          if (c3 == '.') return make(TokenKind::ELLIPSIS, start, start_lineno, start_line_start);
          backup(c3);
        }
        backup(c2);
        return make(TokenKind::DOT, start, start_lineno, start_line_start);
      }

      if (is_digit(c)) return number(start, c);

      if (c == '\'' || c == '"') return string_literal(start, c);

      if (c == '\\') {
        Token problem;
        if (!continue_line(problem)) return problem;
        continue;
      }

      int c2 = nextc();
      TokenKind kind = lexical::two_char_operator(c, c2);
      if (kind != TokenKind::OP) {
        int c3 = nextc();
        TokenKind kind3 = lexical::three_char_operator(c, c2, c3);
        if (kind3 != TokenKind::OP) {
          kind = kind3;
        } else {
          backup(c3);
        }
        return make(kind, start, start_lineno, start_line_start);
      }
      backup(c2);

      if (c == '(' || c == '[' || c == '{') {
        if (level >= kMaxLevel) return tokenizer_error("too many nested parentheses");
        paren_chars[level] = static_cast<char>(c);
        paren_lines[level] = lineno;
        paren_cols[level] = static_cast<int>(start - line_start);
        paren_line_starts[level] = line_start;
        ++level;
      } else if (c == ')' || c == ']' || c == '}') {
        if (level == 0) return tokenizer_error(std::string("unmatched '") + static_cast<char>(c) + "'");
        --level;
        const int opening = paren_chars[level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
          std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                                "' does not match opening parenthesis '" + static_cast<char>(opening) + "'";
          if (paren_lines[level] != lineno) message += " on line " + std::to_string(paren_lines[level]);
          return tokenizer_error(message);
        }
      }
      if (!unicode::is_printable(static_cast<char32_t>(c))) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
        return tokenizer_error(std::string("invalid non-printable character U+") + hex);
      }
      return make(lexical::one_char_operator(c), start, start_lineno, start_line_start);
    }
  }
}

Token Lexer::State::identifier_or_string(std::size_t start) {
  const int start_lineno = lineno;
  const std::size_t start_line_start = line_start;
  int c = at(start);
  // A string prefix is at most two letters; a quote right after it starts a
  // string literal.
  std::size_t prefix_end = start;
  while (prefix_end - start < 2 && lexical::is_ascii_letter(at(prefix_end)) &&
         lexical::is_string_prefix(view(start, prefix_end + 1))) {
    ++prefix_end;
    if (at(prefix_end) == '\'' || at(prefix_end) == '"') {
      cur = prefix_end + 1;
      return string_literal(start, at(prefix_end));
    }
  }
  bool non_ascii = false;
  while (lexical::is_potential_identifier_char(c)) {
    non_ascii |= c >= 128;
    c = nextc();
  }
  backup(c);
  if (non_ascii) {
    std::string_view name = view(start, cur);
    // CPython's verify_identifier first decodes the whole name strictly. Its
    // failure (E_DECODE) reaches pegen's raise_decode_error, which places it
    // at the error token; that token has no columns, so the error sits at the
    // tokenizer's cursor, just past the name, with no end.
    if (const auto invalid = unicode::find_utf8_error(name)) {
      return parser_error("SyntaxError", "(unicode error) " + unicode::describe_utf8_error(name, *invalid), lineno,
                          line_start, static_cast<int>(cur - line_start), -1);
    }
    // Then it reports the first character that cannot be part of a name.
    std::size_t pos = 0;
    bool first = true;
    while (pos < name.size()) {
      const auto cp = static_cast<char32_t>(unicode::decode_utf8(name, pos));
      bool valid = first ? unicode::is_identifier_start(cp) : unicode::is_identifier_continue(cp);
      first = false;
      if (valid) continue;
      cur = start + pos;
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      if (!unicode::is_printable(cp)) return tokenizer_error(std::string("invalid non-printable character U+") + hex);
      std::string message = "invalid character '";
      unicode::append_utf8(message, cp);
      return tokenizer_error(message + "' (U+" + hex + ")");
    }
  }
  // Since 3.7 the C tokenizer gives `async` and `await` kinds of their own.
  std::string_view name = view(start, cur);
  TokenKind kind = name == "async" ? TokenKind::ASYNC : name == "await" ? TokenKind::AWAIT : TokenKind::NAME;
  return make(kind, start, start_lineno, start_line_start);
}

// `cur` is just past the opening quote.
Token Lexer::State::string_literal(std::size_t start, int quote) {
  const int first_lineno = lineno;
  const std::size_t first_line_start = line_start;
  int quote_size = 1;
  int end_quote_size = 0;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // the empty string
    }
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Reported at the opening quote, on the line where the string began.
      failed_at_end = c == kEof;
      const int detected_at = lineno;
      cur = start + 1;
      line_start = first_line_start;
      lineno = first_lineno;
      return tokenizer_error(std::string(quote_size == 3 ? "unterminated triple-quoted string literal"
                                                         : "unterminated string literal") +
                             " (detected at line " + std::to_string(detected_at) + ")");
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();
    }
  }
  return make(TokenKind::STRING, start, first_lineno, first_line_start);
}

// Reads digits after a first one that was already read; returns the first
// non-digit in `c`. A '_' must sit between two digits.
bool Lexer::State::decimal_tail(int& c) {
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') return true;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      tokenizer_error("invalid decimal literal");
      return false;
    }
  }
}

// CPython lets a literal run into a keyword that can follow a number
// ("1if x else y", with a warning), and rejects any other letter after it.
// Only the "i" keywords are taken on their first two letters.
bool Lexer::State::verify_end_of_number(int c, const char* kind) {
  auto followed_by = [&](std::string_view rest) {
    return view(cur, cur + rest.size()) == rest && !lexical::is_potential_identifier_char(at(cur + rest.size()));
  };
  bool keyword_follows = false;
  switch (c) {
    case 'a': keyword_follows = followed_by("nd"); break;
    case 'e': keyword_follows = followed_by("lse"); break;
    case 'f': keyword_follows = followed_by("or"); break;
    case 'i': keyword_follows = at(cur) == 'f' || at(cur) == 'n' || at(cur) == 's'; break;
    case 'o': keyword_follows = followed_by("r"); break;
    case 'n': keyword_follows = followed_by("ot"); break;
    default: break;
  }
  if (keyword_follows) {
    SyntaxErrorInfo warning;
    warning.type = "SyntaxWarning";
    warning.message = std::string("invalid ") + kind + " literal";
    warning.lineno = lineno;
    warning.text = std::string(view(line_start, line_end));
    warning.from_tokenizer = true;
    warnings.push_back(std::move(warning));
  } else if (c < 128 && lexical::is_potential_identifier_char(c)) {
    backup(c);
    tokenizer_error(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

// `c` is the first character: a digit, or the digit after a leading '.'.
Token Lexer::State::number(std::size_t start, int c) {
  const int start_lineno = lineno;
  const std::size_t start_line_start = line_start;
  auto finish = [&](int last) {
    backup(last);
    return make(TokenKind::NUMBER, start, start_lineno, start_line_start);
  };
  auto error_result = [&] { return error_token; };

  // Integers with a base prefix share one shape: groups of digits separated
  // by single underscores.
  auto based = [&](auto is_base_digit, const char* kind, bool report_decimal_digit) -> Token {
    c = nextc();
    do {
      if (c == '_') c = nextc();
      if (!is_base_digit(c)) {
        if (report_decimal_digit && is_digit(c)) {
          return tokenizer_error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
        }
        backup(c);
        return tokenizer_error(std::string("invalid ") + kind + " literal");
      }
      do {
        c = nextc();
      } while (is_base_digit(c));
    } while (c == '_');
    if (report_decimal_digit && is_digit(c)) {
      return tokenizer_error(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
    }
    if (!verify_end_of_number(c, kind)) return error_result();
    return finish(c);
  };

  enum class Next { Fraction, Exponent, Imaginary, End };
  // What the character after a decimal integer part starts.
  auto part_after_digits = [](int after) {
    if (after == '.') return Next::Fraction;
    if (after == 'e' || after == 'E') return Next::Exponent;
    if (after == 'j' || after == 'J') return Next::Imaginary;
    return Next::End;
  };
  Next next = Next::End;
  bool leading_dot = at(start) == '.';
  if (leading_dot) {
    next = Next::Fraction;
  } else if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') return based(lexical::is_hex_digit, "hexadecimal", false);
    if (c == 'o' || c == 'O') return based([](int d) { return d >= '0' && d < '8'; }, "octal", true);
    if (c == 'b' || c == 'B') return based([](int d) { return d == '0' || d == '1'; }, "binary", true);
    bool nonzero = false;
    for (;;) {
      if (c == '_') {
        c = nextc();
        if (!is_digit(c)) {
          backup(c);
          return tokenizer_error("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = nextc();
    }
    const std::size_t zeros_end = cur;
    if (is_digit(c)) {
      nonzero = true;
      if (!decimal_tail(c)) return error_result();
    }
    next = part_after_digits(c);
    if (next != Next::End) {
      if (next == Next::Fraction) c = nextc();
    } else if (nonzero) {
      backup(c);
      // CPython passes byte columns here, unconverted.
      SyntaxErrorInfo info;
      info.message = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
      info.lineno = info.end_lineno = lineno;
      info.offset = static_cast<int>(start + 1 - line_start);
      info.end_offset = static_cast<int>(zeros_end - line_start);
      info.text = std::string(line_from(line_start));
      return fail(std::move(info));
    } else {
      if (!verify_end_of_number(c, "decimal")) return error_result();
      return finish(c);
    }
  } else {
    if (!decimal_tail(c)) return error_result();
    next = part_after_digits(c);
    if (next == Next::Fraction) c = nextc();
  }

  if (next == Next::Fraction) {
    if (is_digit(c) && !decimal_tail(c)) return error_result();
    next = (c == 'e' || c == 'E') ? Next::Exponent : (c == 'j' || c == 'J') ? Next::Imaginary : Next::End;
  }
  if (next == Next::Exponent) {
    const int e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return tokenizer_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      // Not an exponent after all: the number ends before the 'e'.
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return error_result();
      return finish(e);
    }
    if (!decimal_tail(c)) return error_result();
    next = (c == 'j' || c == 'J') ? Next::Imaginary : Next::End;
  }
  if (next == Next::Imaginary) {
    c = nextc();
    if (!verify_end_of_number(c, "imaginary")) return error_result();
    return finish(c);
  }
  if (!verify_end_of_number(c, "decimal")) return error_result();
  return finish(c);
}

Lexer::Lexer(std::string_view source, const LexerOptions& options) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.source = source;
  s.options = options;
  s.logical_size = source.size() + (!source.empty() && source.back() != '\n' ? 1 : 0);
  if (std::memchr(source.data(), '\0', source.size())) {
    SyntaxErrorInfo info;
    info.message = "source code string cannot contain null bytes";
    s.fail(std::move(info));
  }
}

Lexer::~Lexer() = default;

Token Lexer::next() {
  State& s = *state_;
  if (s.failed) return s.error_token;
  return s.next_token();
}

const SyntaxErrorInfo* Lexer::error() const { return state_->failed ? &state_->error : nullptr; }

bool Lexer::error_at_end() const { return state_->failed && state_->failed_at_end; }

const std::vector<SyntaxErrorInfo>& Lexer::warnings() const { return state_->warnings; }

std::string_view Lexer::line_text(int lineno) const { return state_->line_at(lineno); }

}  // namespace krait::tokenizer
