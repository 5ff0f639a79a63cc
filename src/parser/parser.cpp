// Parser stage: the parser's driver. Owns parse() (decoding, start rules,
// CPython's two passes and its choice of the reported SyntaxError), the
// token buffer with its keyword classification and furthest-token tracking,
// node positions, error placement and the f-string expression sub-parser.
#include <algorithm>
#include <utility>

#include "parser/ast_visit.h"
#include "parser/parser_internal.h"
#include "support/unicode.h"
#include "tokenizer/source.h"

namespace krait::parser {

namespace {

// CPython's MAXSTACK: the parser's nesting limit before MemoryError.
constexpr int max_nesting = 6000;

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

Keyword classify(std::string_view word) {
  struct Entry {
    std::string_view text;
    Keyword keyword;
  };
  static constexpr Entry keywords[] = {
      {"False", Keyword::False},
      {"None", Keyword::None},
      {"True", Keyword::True},
      {"and", Keyword::And},
      {"as", Keyword::As},
      {"assert", Keyword::Assert},
      {"async", Keyword::Async},
      {"await", Keyword::Await},
      {"break", Keyword::Break},
      {"class", Keyword::Class},
      {"continue", Keyword::Continue},
      {"def", Keyword::Def},
      {"del", Keyword::Del},
      {"elif", Keyword::Elif},
      {"else", Keyword::Else},
      {"except", Keyword::Except},
      {"finally", Keyword::Finally},
      {"for", Keyword::For},
      {"from", Keyword::From},
      {"global", Keyword::Global},
      {"if", Keyword::If},
      {"import", Keyword::Import},
      {"in", Keyword::In},
      {"is", Keyword::Is},
      {"lambda", Keyword::Lambda},
      {"nonlocal", Keyword::Nonlocal},
      {"not", Keyword::Not},
      {"or", Keyword::Or},
      {"pass", Keyword::Pass},
      {"raise", Keyword::Raise},
      {"return", Keyword::Return},
      {"try", Keyword::Try},
      {"while", Keyword::While},
      {"with", Keyword::With},
      {"yield", Keyword::Yield},
  };
  if (word.size() < 2 || word.size() > 8) return Keyword::NotKeyword;
  for (const Entry& entry : keywords)
    if (entry.text[0] == word[0] && entry.text == word) return entry.keyword;
  return Keyword::NotKeyword;
}

// The depth of the tree as CPython's ast2obj counts it (one level per node
// of a sum or product type), stopping once `limit` is exceeded.
class DepthCheck {
 public:
  explicit DepthCheck(int limit) : limit_(limit) {}
  bool exceeds(const ast::Node* node) { return !within(node); }

  // Field visitor interface (ast_visit.h): only node fields deepen the tree.
  template <class T>
  void child(const char*, const T* node) {
    within(node);
  }
  template <class T>
  void optional_child(const char* name, const T* node) {
    child(name, node);
  }
  template <class T>
  void children(const char* name, const ast::Seq<T*>& nodes) {
    for (const T* node : nodes) child(name, node);
  }
  template <class T>
  void value(const char*, const T&) {}
  template <class T>
  void optional_value(const char*, const T&) {}
  template <class T>
  void values(const char*, const T&) {}

 private:
  bool within(const ast::Node* node) {
    if (!node || !ok_) return ok_;
    if (++depth_ > limit_) return ok_ = false;
    ast::visit_fields(*node, *this);
    --depth_;
    return ok_;
  }

  int limit_;
  int depth_ = 0;
  bool ok_ = true;
};

// The deepest tree `python -m ast` converts to Python objects: ast2obj's
// recursion limit under the interpreter stack `-m ast` runs with.
constexpr int ast_construction_limit = 988;

}  // namespace

Parser::Parser(std::string_view source, Arena& arena, const ParseOptions& options, int line_offset,
               int column_offset, bool fstring_input)
    : arena_(arena),
      options_(options),
      source_(arena.copy(source)),
      line_offset_(line_offset),
      column_offset_(column_offset),
      fstring_input_(fstring_input) {
  tokenizer::LexerOptions lexer_options;
  lexer_options.type_comments = options.type_comments;
  lexer_options.byte_columns = options.byte_columns;
  lexer_ = std::make_unique<tokenizer::Lexer>(source_, lexer_options);
  // The whole source is tokenized up front; errors stay latent until the
  // grammar reaches the token, as CPython's on-demand tokenizer reports them.
  tokens_.reserve(source_.size() / 4 + 16);
  std::vector<std::size_t> open_brackets;
  for (;;) {
    GrammarToken grammar_token;
    grammar_token.token = lexer_->next();
    Token& token = grammar_token.token;
    if (token.kind == TokenKind::TYPE_IGNORE) {
      auto* ignore = arena_.make<ast::TypeIgnore>();
      ignore->lineno = token.lineno + line_offset_;
      ignore->tag = arena_.copy(token.text);
      type_ignores_.push_back(ignore);
      continue;
    }
    if (line_offset_ || column_offset_) {
      // CPython shifts columns only for tokens ending on the first line.
      if (token.end_lineno == 1) {
        token.col_offset += column_offset_;
        token.end_col_offset += column_offset_;
      }
      token.lineno += line_offset_;
      token.end_lineno += line_offset_;
    }
    if (token.kind == TokenKind::NAME) {
      grammar_token.keyword = classify(token.text);
    } else if (token.kind == TokenKind::ASYNC) {
      token.kind = TokenKind::NAME;
      grammar_token.keyword = Keyword::Async;
    } else if (token.kind == TokenKind::AWAIT) {
      token.kind = TokenKind::NAME;
      grammar_token.keyword = Keyword::Await;
    }
    switch (token.kind) {
      case TokenKind::LPAR:
      case TokenKind::LSQB:
      case TokenKind::LBRACE: open_brackets.push_back(tokens_.size()); break;
      case TokenKind::RPAR:
      case TokenKind::RSQB:
      case TokenKind::RBRACE:
        if (!open_brackets.empty()) open_brackets.pop_back();
        break;
      case TokenKind::NEWLINE: {
        // tokenize.py's NEWLINE for a backslash-continued blank line, which
        // CPython's own tokenizer does not produce.
        TokenKind previous = tokens_.empty() ? TokenKind::NEWLINE : tokens_.back().token.kind;
        if (previous == TokenKind::NEWLINE || previous == TokenKind::INDENT || previous == TokenKind::DEDENT)
          continue;
        break;
      }
      default: break;
    }
    grammar_token.level = static_cast<std::int16_t>(open_brackets.size());
    tokens_.push_back(grammar_token);
    if (token.kind == TokenKind::ENDMARKER || token.kind == TokenKind::ERRORTOKEN) break;
  }
  // PyCF_DONT_IMPLY_DEDENT: the blocks open at the end stay open.
  if (!options.imply_dedent && tokens_.back().token.kind == TokenKind::ENDMARKER)
    while (tokens_.size() > 1 && tokens_[tokens_.size() - 2].token.kind == TokenKind::DEDENT)
      tokens_.erase(tokens_.end() - 2);
  last_ = tokens_.size() - 1;
  if (!open_brackets.empty()) unclosed_bracket_ = open_brackets.back();
}

void Parser::reach(std::size_t index) {
  reached_ = index + 1;
  if (tokens_[index].token.kind == TokenKind::ERRORTOKEN) raise_lexer_error();
}

void Parser::raise_lexer_error() {
  lexer_error_raised_ = true;
  const SyntaxErrorInfo* error = lexer_->error();
  SyntaxErrorInfo info;
  if (error) {
    info = *error;
  } else {
    info.message = "invalid token";
  }
  info.lineno += info.lineno ? line_offset_ : 0;
  info.end_lineno += info.end_lineno ? line_offset_ : 0;
  if (fstring_input_) info.message = "f-string: " + info.message;
  info.filename = options_.filename;
  info.from_tokenizer = true;
  throw ParseError{std::move(info)};
}

bool Parser::accept(TokenKind kind) {
  if (peek().token.kind != kind || (kind == TokenKind::NAME && peek().keyword != Keyword::NotKeyword))
    return false;
  ++index_;
  return true;
}

bool Parser::accept(Keyword keyword) {
  if (peek().keyword != keyword) return false;
  ++index_;
  return true;
}

const Token& Parser::expect(TokenKind kind) {
  if (!accept(kind)) no_match();
  return token_at(index_ - 1);
}

const Token& Parser::expect(Keyword keyword) {
  if (!accept(keyword)) no_match();
  return token_at(index_ - 1);
}

const Token& Parser::expect_forced(TokenKind kind, std::string_view spelling) {
  if (!accept(kind)) raise_at(peek().token, "expected '" + std::string(spelling) + "'");
  return token_at(index_ - 1);
}

const Token& Parser::last_significant_token() {
  std::size_t i = index_;
  while (i > 0) {
    --i;
    TokenKind kind = tokens_[i].token.kind;
    if (kind != TokenKind::NEWLINE && kind != TokenKind::INDENT && kind != TokenKind::DEDENT &&
        kind != TokenKind::ENDMARKER)
      break;
  }
  return tokens_[i].token;
}

void Parser::place(ast::Located* node, std::size_t start) {
  const Token& first = tokens_[start].token;
  const Token& last = last_significant_token();
  node->lineno = first.lineno;
  node->col_offset = first.col_offset;
  node->end_lineno = last.end_lineno;
  node->end_col_offset = last.end_col_offset;
}

ast::Identifier Parser::identifier(const Token& token) {
  if (is_ascii(token.text)) return token.text;
  // PEP 3131: non-ASCII identifiers are NFKC-normalised.
  return arena_.copy(unicode::nfkc(token.text));
}

ast::Name* Parser::name_node(std::size_t index, ast::ExprContext context) {
  auto* name = arena_.make<ast::Name>();
  const Token& token = tokens_[index].token;
  name->id = identifier(token);
  name->ctx = context;
  name->lineno = token.lineno;
  name->col_offset = token.col_offset;
  name->end_lineno = token.end_lineno;
  name->end_col_offset = token.end_col_offset;
  return name;
}

ast::Name* Parser::expect_name(ast::ExprContext context) {
  if (!at_name()) no_match();
  return name_node(index_++, context);
}

ast::Identifier Parser::expect_identifier() {
  if (!at_name()) no_match();
  return identifier(advance());
}

Parser::Nesting::Nesting(Parser& p, int w) : parser(p), weight(w) {
  parser.level_ += weight;
  if (parser.level_ > max_nesting) {
    SyntaxErrorInfo info;
    info.type = "MemoryError";
    info.filename = parser.options_.filename;
    throw ParseError{std::move(info)};
  }
}

// ---- errors ----

int Parser::character_offset(int lineno, int byte_col) {
  if (fstring_input_ || options_.byte_columns || byte_col <= 0) return byte_col + 1;
  std::string_view line = lexer_->line_text(lineno);
  if (static_cast<std::size_t>(byte_col) > line.size()) return byte_col + 1;
  if (unicode::is_valid_utf8(line)) return static_cast<int>(unicode::count_code_points(line.substr(0, byte_col))) + 1;
  // CPython counts the characters in the first byte_col + 1 bytes of the
  // line decoded with replacement characters (and encoded again).
  const std::string replaced = unicode::replace_invalid_utf8(line);
  const std::string prefix = unicode::replace_invalid_utf8(std::string_view(replaced).substr(0, byte_col + 1));
  return static_cast<int>(unicode::count_code_points(prefix));
}

SyntaxErrorInfo Parser::error_info(int lineno, int col, int end_lineno, int end_col, std::string message,
                                   const char* type) {
  SyntaxErrorInfo info;
  info.type = type;
  info.message = fstring_input_ ? "f-string: " + message : std::move(message);
  info.filename = options_.filename;
  info.lineno = lineno;
  info.end_lineno = end_lineno;
  if (!fstring_input_) {
    info.text = unicode::replace_invalid_utf8(lexer_->line_text(lineno));
    info.offset = character_offset(lineno, col);
    info.end_offset = end_lineno == lineno ? character_offset(lineno, end_col) : end_col + 1;
  } else {
    // _PyPegen_raise_error_known_location: columns relative to the
    // parenthesized expression source, which is the line shown.
    info.text = std::string(lexer_->line_text(lineno - line_offset_));
    info.offset = col - column_offset_ + 1;
    info.end_offset = end_col - column_offset_ + 1;
  }
  return info;
}

void Parser::raise_range(int lineno, int col, int end_lineno, int end_col, std::string message,
                         const char* type) {
  throw ParseError{error_info(lineno, col, end_lineno, end_col, std::move(message), type)};
}

void Parser::raise_at(const Token& token, std::string message, const char* type) {
  TokenKind kind = token.kind;
  if (kind == TokenKind::INDENT || kind == TokenKind::DEDENT || kind == TokenKind::ENDMARKER) {
    // CPython's tokenizer gives these no text: _PyPegen_raise_error places
    // the error at the tokenizer's cursor, unadjusted, with no end.
    SyntaxErrorInfo info =
        error_info(token.lineno, token.col_offset, token.lineno, 0, std::move(message), type);
    info.offset -= 1;
    info.end_offset = -1;
    // Reading a file, the tokenizer has emptied its buffer at the end of it.
    const Token& end = tokens_.back().token;
    if (options_.origin == tokenizer::SourceOrigin::File && end.kind == TokenKind::ENDMARKER &&
        token.lineno == end.lineno && token.col_offset == end.col_offset)
      info.offset = 0;
    throw ParseError{std::move(info)};
  }
  raise_range(token.lineno, token.col_offset, token.end_lineno, token.end_col_offset, std::move(message),
              type);
}

void Parser::raise_at_node(const ast::Located* node, std::string message) {
  raise_range(node->lineno, node->col_offset, node->end_lineno, node->end_col_offset, std::move(message));
}

void Parser::raise_at_last_token(std::string message, const char* type) {
  raise_at(tokens_[reached_ ? reached_ - 1 : 0].token, std::move(message), type);
}

void Parser::invalid_at(const Token& token, std::string message, const char* type) {
  if (!second_pass_) no_match();
  raise_at(token, std::move(message), type);
}

void Parser::invalid_range(int lineno, int col, int end_lineno, int end_col, std::string message) {
  if (!second_pass_) no_match();
  raise_range(lineno, col, end_lineno, end_col, std::move(message));
}

void Parser::invalid_at_node(const ast::Located* node, std::string message) {
  if (!second_pass_) no_match();
  raise_at_node(node, std::move(message));
}

void Parser::invalid_at_last_token(std::string message, const char* type) {
  if (!second_pass_) no_match();
  raise_at_last_token(std::move(message), type);
}

void Parser::raise_string_error(std::string_view message, const Token* token, bool byte_columns) {
  if (token && byte_columns) {
    SyntaxErrorInfo info = error_info(token->lineno, token->col_offset, token->end_lineno, token->end_col_offset,
                                      std::string(message), "SyntaxError");
    info.offset = token->col_offset + 1;
    info.end_offset = token->end_col_offset + 1;
    throw ParseError{std::move(info)};
  }
  if (token) raise_at(*token, std::string(message));
  raise_at_last_token(std::string(message));
}

void Parser::warn_string(std::string message, const Token& token) {
  SyntaxErrorInfo info = error_info(token.lineno, token.col_offset, token.end_lineno, token.end_col_offset,
                                    std::move(message), "DeprecationWarning");
  // Backtracking may decode a literal again: one warning per literal.
  for (const SyntaxErrorInfo& seen : fstring_warnings_)
    if (seen.lineno == info.lineno && seen.offset == info.offset && seen.message == info.message) return;
  fstring_warnings_.push_back(std::move(info));
}

void Parser::raise_generic_error() {
  const Token& last = tokens_[first_pass_reached_ ? first_pass_reached_ - 1 : 0].token;
  if (last.kind == TokenKind::INDENT) raise_at(last, "unexpected indent", "IndentationError");
  if (last.kind == TokenKind::DEDENT) raise_at(last, "unexpected unindent", "IndentationError");
  prefer_later_tokenizer_error();
  raise_at(last, "invalid syntax");
}

// _PyPegen_tokenize_full_source_to_check_for_errors: after a syntax error
// found by the parser, a tokenizer error further on takes its place if the
// tokenizer raises it itself. The errors CPython's pegen raises for the
// tokenizer (indentation, line continuation, EOF) do not; at one of them, a
// bracket still open since before the line of the furthest token read is
// reported instead.
void Parser::prefer_later_tokenizer_error() {
  if (tokens_[last_].token.kind != TokenKind::ERRORTOKEN) return;
  const SyntaxErrorInfo* error = lexer_->error();
  if (!error) return;
  static constexpr std::string_view reported_by_parser[] = {
      "unindent does not match any outer indentation level",
      "inconsistent use of tabs and spaces in indentation",
      "too many levels of indentation",
      "unexpected character after line continuation character",
      "unexpected EOF while parsing",
      "invalid token",
  };
  bool raised_by_tokenizer = error->message.find("was never closed") == std::string::npos;
  for (std::string_view message : reported_by_parser)
    if (error->message == message) raised_by_tokenizer = false;
  if (raised_by_tokenizer) raise_lexer_error();
  if (unclosed_bracket_ == SIZE_MAX) return;
  const Token& bracket = tokens_[unclosed_bracket_].token;
  if (tokens_[reached_ ? reached_ - 1 : 0].token.lineno > bracket.lineno) {
    SyntaxErrorInfo info = error_info(bracket.lineno, bracket.col_offset, bracket.lineno, -1,
                                      "'" + std::string(bracket.text) + "' was never closed", "SyntaxError");
    info.from_tokenizer = true;
    throw ParseError{std::move(info)};
  }
}

// ---- start rules ----

// Whether the first pass read to the end of the input, as CPython's
// _is_end_of_source asks of its tokenizer: it reached the end marker, a
// dedent at the end, the NEWLINE the end stands for (no newline ends the
// text: 'eval' input), or an error met at the end (a bracket, string or
// line continuation left open).
bool Parser::read_to_end() const {
  if (reached_ == 0) return false;
  const std::size_t furthest = reached_ - 1;
  const TokenKind kind = tokens_[furthest].token.kind;
  if (kind == TokenKind::ERRORTOKEN) return lexer_->error_at_end();
  const bool implied_newline = !source_.empty() && source_.back() != '\n' && source_.back() != '\r';
  if (kind != TokenKind::DEDENT && kind != TokenKind::ENDMARKER && !(kind == TokenKind::NEWLINE && implied_newline))
    return false;
  for (std::size_t i = furthest + 1; i < last_; ++i)
    if (tokens_[i].token.kind != TokenKind::DEDENT) return false;
  return true;
}

// PyCF_ALLOW_INCOMPLETE_INPUT's error: at the end of the last line, where
// CPython's tokenizer stopped (at the opening quote of a string left open).
void Parser::raise_incomplete_input() {
  const SyntaxErrorInfo* error = lexer_->error();
  SyntaxErrorInfo info;
  if (error && error->message.starts_with("unterminated")) {
    info = error_info(error->lineno, 0, error->lineno, 0, "incomplete input", "SyntaxError");
    info.offset = error->offset;
  } else {
    int lineno = static_cast<int>(std::count(source_.begin(), source_.end(), '\n'));
    if (!source_.empty() && source_.back() != '\n') ++lineno;
    lineno = std::max(lineno, 1);
    info = error_info(lineno, static_cast<int>(lexer_->line_text(lineno).size()), lineno, 0, "incomplete input",
                      "SyntaxError");
  }
  info.end_offset = -1;
  throw ParseError{std::move(info)};
}

template <class Rule>
auto Parser::run(Rule start_rule) -> decltype(start_rule()) {
  // _PyPegen_run_parser: codeop's test for a command that needs more lines.
  const bool incomplete_allowed = options_.allow_incomplete_input && !fstring_input_;
  try {
    try {
      return start_rule();
    } catch (const NoMatch&) {
    } catch (const ParseError&) {
      if (!incomplete_allowed || !read_to_end()) throw;
    }
    if (incomplete_allowed && read_to_end()) raise_incomplete_input();
    // reset_parser_state_for_error_pass: the tokens read so far stay read.
    first_pass_reached_ = reached_;
    restore({});
    second_pass_ = true;
    expression_memo_.resize(tokens_.size() + 1);
    try {
      start_rule();
    } catch (const NoMatch&) {
    }
  } catch (const ParseError& error) {
    const std::string& type = error.info.type;
    if (incomplete_allowed && error.info.message == "incomplete input") throw;  // as it is
    if (!lexer_error_raised_ && (type == "SyntaxError" || type == "IndentationError" || type == "TabError"))
      prefer_later_tokenizer_error();
    throw;
  }
  raise_generic_error();
}

ast::Mod* Parser::parse_module(Mode mode) {
  switch (mode) {
    case Mode::Eval: return run([this] { return parse_eval(); });
    case Mode::Single: return run([this] { return parse_interactive(); });
    case Mode::FuncType: return run([this] { return parse_func_type(); });
    case Mode::Exec: break;
  }
  return run([this] { return parse_file(); });
}

// file: [statements] ENDMARKER
ast::Mod* Parser::parse_file() {
  auto* module = arena_.make<ast::Module>();
  module->body = statements_until(TokenKind::ENDMARKER);
  expect(TokenKind::ENDMARKER);
  module->type_ignores.count = static_cast<std::uint32_t>(type_ignores_.size());
  module->type_ignores.items = arena_.make_array<ast::TypeIgnore*>(type_ignores_.size());
  std::copy(type_ignores_.begin(), type_ignores_.end(), module->type_ignores.items);
  return module;
}

// eval: expressions NEWLINE* ENDMARKER
ast::Mod* Parser::parse_eval() {
  auto* expression = arena_.make<ast::Expression>();
  expression->body = expressions();
  while (accept(TokenKind::NEWLINE)) {
  }
  expect(TokenKind::ENDMARKER);
  return expression;
}

// interactive: statement_newline
ast::Mod* Parser::parse_interactive() {
  auto* interactive = arena_.make<ast::Interactive>();
  std::size_t start = index_;
  if (at(TokenKind::NEWLINE)) {
    advance();
    interactive->body = single(static_cast<ast::Stmt*>(make<ast::Pass>(start)));
  } else if (at(TokenKind::ENDMARKER)) {
    // _PyPegen_interactive_exit: no input is no statement.
    no_match();
  } else {
    std::size_t mark = scratch_mark();
    statement();
    interactive->body = pop_seq<ast::Stmt>(mark);
    accept(TokenKind::NEWLINE);
    // bad_single_statement: only blank lines and comments may follow, the
    // error placed after the last token read.
    const Token& last = tokens_[index_ - 1].token;
    while (at(TokenKind::NEWLINE) || at(TokenKind::DEDENT)) advance();
    if (!at(TokenKind::ENDMARKER))
      raise_range(last.lineno, last.col_offset, last.lineno, last.col_offset,
                  "multiple statements found while compiling a single statement");
  }
  return interactive;
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
ast::Mod* Parser::parse_func_type() {
  auto* function_type = arena_.make<ast::FunctionType>();
  expect(TokenKind::LPAR);
  std::size_t mark = scratch_mark();
  // type_expressions: ','.expression+ with optional trailing '*' expression
  // and '**' expression, whose markers are dropped.
  while (!at(TokenKind::RPAR)) {
    if (!accept(TokenKind::STAR)) accept(TokenKind::DOUBLESTAR);
    push(expression());
    if (!accept(TokenKind::COMMA)) break;
    if (at(TokenKind::RPAR)) no_match();
  }
  function_type->argtypes = pop_seq<ast::Expr>(mark);
  expect(TokenKind::RPAR);
  expect(TokenKind::RARROW);
  function_type->returns = expression();
  while (accept(TokenKind::NEWLINE)) {
  }
  expect(TokenKind::ENDMARKER);
  return function_type;
}

// fstring: star_expressions
ast::Expr* Parser::parse_fstring() {
  return run([this] { return star_expressions(); });
}

ast::Expr* Parser::parse_fstring_expression(std::string_view expression_source, int lineno, int col_offset) {
  Parser nested(expression_source, arena_, options_, lineno - 1, col_offset, true);
  nested.level_ = level_;
  ast::Expr* expression = nested.parse_fstring();
  for (SyntaxErrorInfo& warning : nested.warnings()) fstring_warnings_.push_back(std::move(warning));
  return expression;
}

std::vector<SyntaxErrorInfo> Parser::warnings() const {
  // CPython tokenizes on demand: after an error, only the tokens read so
  // far have warned.
  const Token& furthest = tokens_[reached_ ? reached_ - 1 : 0].token;
  auto read = [&](const SyntaxErrorInfo& warning) {
    int lineno = warning.lineno + line_offset_;
    return lineno < furthest.end_lineno ||
           (lineno == furthest.end_lineno && warning.offset <= furthest.end_col_offset + 1);
  };
  std::vector<SyntaxErrorInfo> all;
  for (const SyntaxErrorInfo& warning : lexer_->warnings()) {
    if (!read(warning)) continue;
    all.push_back(warning);
    all.back().lineno += line_offset_;
    all.back().end_lineno += all.back().end_lineno ? line_offset_ : 0;
  }
  all.insert(all.end(), fstring_warnings_.begin(), fstring_warnings_.end());
  std::stable_sort(all.begin(), all.end(), [](const SyntaxErrorInfo& a, const SyntaxErrorInfo& b) {
    return a.lineno != b.lineno ? a.lineno < b.lineno : a.offset < b.offset;
  });
  return all;
}

ParseResult parse(std::string_view source_bytes, Arena& arena, const ParseOptions& options) {
  ParseResult result;
  tokenizer::DecodedSource decoded = tokenizer::decode_source(source_bytes, options.filename, options.origin);
  if (decoded.error) {
    result.error = std::move(decoded.error);
    if (result.error->filename.empty()) result.error->filename = options.filename;
    return result;
  }
  try {
    ParseOptions source_options = options;
    source_options.byte_columns = !decoded.declared;
    Parser parser(decoded.text, arena, source_options, 0, 0, false);
    try {
      result.tree = parser.parse_module(options.mode);
    } catch (const ParseError&) {
      result.warnings = parser.warnings();
      throw;
    }
    result.warnings = parser.warnings();
    if (options.ast_depth_check && DepthCheck(ast_construction_limit).exceeds(result.tree)) {
      SyntaxErrorInfo info;
      info.type = "RecursionError";
      info.message = "maximum recursion depth exceeded during ast construction";
      info.filename = options.filename;
      throw ParseError{std::move(info)};
    }
  } catch (ParseError& error) {
    result.tree = nullptr;
    result.error = std::move(error.info);
  }
  return result;
}

}  // namespace krait::parser
