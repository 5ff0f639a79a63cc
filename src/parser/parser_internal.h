// Parser stage (internal): the Parser class shared by the parser's source
// files: the token buffer with checkpoints, node construction with CPython's
// positions, the two passes and error placement of CPython's pegen, and a
// method per rule of CPython 3.11's Grammar/python.gram.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.h"
#include "parser/literals.h"
#include "parser/parse_error.h"
#include "parser/parser.h"
#include "support/arena.h"
#include "tokenizer/lexer.h"
#include "tokenizer/token.h"

namespace krait::parser {

using tokenizer::Token;
using tokenizer::TokenKind;

// The reserved keywords of Python 3.11 (Grammar/python.gram's 'quoted'
// names). A NAME token spelling one of them never matches NAME.
enum class Keyword : std::uint8_t {
  NotKeyword,
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
  Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
  Return, Try, While, With, Yield,
};

// A token as the grammar sees it: the lexer's token plus its keyword and
// the bracket depth after it (CPython's tok->level).
struct GrammarToken {
  Token token;
  Keyword keyword = Keyword::NotKeyword;
  std::int16_t level = 0;
};

// Thrown when an alternative does not match; caught where the grammar has
// another alternative to try, and at the top, where it becomes CPython's
// generic "invalid syntax" at the furthest token read.
struct NoMatch {};

// What an invalid assignment-like target is reported as (CPython's
// TARGETS_TYPE).
enum class TargetsType { Star, Del, For };

class Parser final : public FStringExpressionParser {
 public:
  // `line_offset`/`column_offset` place the tokens in file coordinates (non
  // zero for an f-string expression: CPython's starting_lineno and
  // starting_col_offset).
  Parser(std::string_view source, Arena& arena, const ParseOptions& options, int line_offset,
         int column_offset, bool fstring_input);

  // Parses with the start rule for `mode`; throws ParseError.
  ast::Mod* parse_module(Mode mode);
  ast::Expr* parse_fstring();

  // The tokenizer's SyntaxWarnings for the source read, f-string
  // expressions included, in source order.
  std::vector<SyntaxErrorInfo> warnings() const;

  // FStringExpressionParser
  ast::Expr* parse_fstring_expression(std::string_view expression_source, int lineno,
                                      int col_offset) override;
  [[noreturn]] void raise_string_error(std::string_view message, const Token* token, bool byte_columns = false) override;
  void warn_string(std::string message, const Token& token) override;

 private:
  // Runs `start_rule`; when it fails, runs it again with the invalid_*
  // rules on, then reports the generic error (_PyPegen_run_parser).
  template <class Rule>
  auto run(Rule start_rule) -> decltype(start_rule());
  ast::Mod* parse_file();
  ast::Mod* parse_eval();
  ast::Mod* parse_interactive();
  ast::Mod* parse_func_type();

  // The generic error after both passes failed: "invalid syntax" (or an
  // unexpected indent) at the furthest token of the first pass.
  [[noreturn]] void raise_generic_error();
  bool read_to_end() const;
  [[noreturn]] void raise_incomplete_input();
  void prefer_later_tokenizer_error();

  // ---- token buffer (parser.cpp) ----
  // Every read of a token goes through peek/peek_at, which track the
  // furthest token the grammar has looked at: CPython reports a generic
  // syntax error there, and raises a tokenizer error when it is reached.
  const GrammarToken& peek() {
    if (index_ >= reached_) reach(index_);
    return tokens_[index_];
  }
  const GrammarToken& peek_at(std::size_t offset) {
    std::size_t i = std::min(index_ + offset, last_);
    if (i >= reached_) reach(i);
    return tokens_[i];
  }
  void reach(std::size_t index);
  [[noreturn]] void raise_lexer_error();
  TokenKind kind() { return peek().token.kind; }
  bool at(TokenKind kind) { return peek().token.kind == kind; }
  bool at(Keyword keyword) { return peek().keyword == keyword; }
  // A NAME that is not a keyword (soft keywords included).
  bool at_name() { return peek().token.kind == TokenKind::NAME && peek().keyword == Keyword::NotKeyword; }
  bool at_soft_keyword(std::string_view word) { return at_name() && peek().token.text == word; }
  bool accept(TokenKind kind);
  bool accept(Keyword keyword);
  const Token& expect(TokenKind kind);
  const Token& expect(Keyword keyword);
  // `&&'x'` in the grammar: a missing token is an immediate "expected 'x'".
  const Token& expect_forced(TokenKind kind, std::string_view spelling);
  const Token& advance() { return tokens_[index_++].token; }
  [[noreturn]] void no_match() { throw NoMatch{}; }

  // ---- nodes and positions (parser.cpp) ----
  template <class T>
  T* make(std::size_t start) {
    T* node = arena_.make<T>();
    place(node, start);
    return node;
  }
  void place(ast::Located* node, std::size_t start);
  // The last token before the current one that is not NEWLINE, INDENT,
  // DEDENT or ENDMARKER (CPython's _PyPegen_get_last_nonnwhitespace_token).
  const Token& last_significant_token();
  const Token& token_at(std::size_t index) const { return tokens_[index].token; }
  ast::Identifier identifier(const Token& token);
  ast::Name* name_node(std::size_t index, ast::ExprContext context);
  ast::Name* expect_name(ast::ExprContext context);
  ast::Identifier expect_identifier();

  // Where the parser is, for backtracking to an earlier alternative: the
  // token index and the heights of the pending-item stacks.
  struct Checkpoint {
    std::size_t index, scratch, compare_ops, identifiers;
  };
  Checkpoint checkpoint() const {
    return {index_, scratch_.size(), compare_ops_.size(), identifiers_.size()};
  }
  void restore(const Checkpoint& point) {
    index_ = point.index;
    scratch_.resize(point.scratch);
    compare_ops_.resize(point.compare_ops);
    identifiers_.resize(point.identifiers);
  }

  // A stack of pending sequence items shared by all rules; each rule pushes
  // its items and pops them into an arena array.
  std::size_t scratch_mark() const { return scratch_.size(); }
  void push(void* item) { scratch_.push_back(item); }
  template <class T>
  ast::Seq<T*> pop_seq(std::size_t mark) {
    ast::Seq<T*> seq;
    seq.count = static_cast<std::uint32_t>(scratch_.size() - mark);
    seq.items = arena_.make_array<T*>(seq.count);
    for (std::uint32_t i = 0; i < seq.count; ++i) seq.items[i] = static_cast<T*>(scratch_[mark + i]);
    scratch_.resize(mark);
    return seq;
  }
  template <class T>
  ast::Seq<T*> single(T* item) {
    ast::Seq<T*> seq;
    seq.count = 1;
    seq.items = arena_.make_array<T*>(1);
    seq.items[0] = item;
    return seq;
  }

  // Bounded recursion: CPython's parser fails with MemoryError past 6000
  // nested rule calls; `weight` approximates how many rules a construct
  // nests in CPython's generated parser.
  struct Nesting {
    Parser& parser;
    int weight;
    Nesting(Parser& p, int w);
    ~Nesting() { parser.level_ -= weight; }
  };

  // ---- errors (parser.cpp) ----
  // raise_*: errors CPython raises as soon as it meets them (tokenizer,
  // literals, `&&` forced tokens). invalid_*: the messages of the grammar's
  // invalid_* rules, which run only in the second pass, after the first
  // pass has failed; in the first pass they just fail the alternative.
  [[noreturn]] void raise_at(const Token& token, std::string message, const char* type = "SyntaxError");
  [[noreturn]] void raise_range(int lineno, int col, int end_lineno, int end_col, std::string message,
                                const char* type = "SyntaxError");
  [[noreturn]] void raise_at_node(const ast::Located* node, std::string message);
  [[noreturn]] void raise_at_last_token(std::string message, const char* type = "SyntaxError");
  [[noreturn]] void invalid_at(const Token& token, std::string message, const char* type = "SyntaxError");
  [[noreturn]] void invalid_range(int lineno, int col, int end_lineno, int end_col, std::string message);
  [[noreturn]] void invalid_at_node(const ast::Located* node, std::string message);
  [[noreturn]] void invalid_at_last_token(std::string message, const char* type = "SyntaxError");
  SyntaxErrorInfo error_info(int lineno, int col, int end_lineno, int end_col, std::string message,
                             const char* type);
  int character_offset(int lineno, int byte_col);

  // ---- statements (parser_statements.cpp) ----
  ast::Seq<ast::Stmt*> statements_until(TokenKind end);
  void statement();
  void simple_statements();
  ast::Seq<ast::Stmt*> block(const char* statement_name, const Token& statement_token);
  void expect_colon();
  ast::String type_comment();
  ast::Stmt* compound_statement();
  ast::Stmt* simple_statement();
  ast::Expr* annotated_rhs();
  ast::Stmt* assignment_or_expression();
  void check_assignment_target(ast::Expr* target, std::size_t target_start, std::size_t statement_start);
  ast::Stmt* import_name();
  ast::Identifier dotted_name();
  ast::Stmt* import_from();
  ast::Stmt* raise_statement();
  ast::Stmt* global_or_nonlocal(bool global);
  ast::Seq<ast::Identifier> pop_identifiers(std::size_t mark);
  ast::Stmt* del_statement();
  ast::Stmt* assert_statement();
  ast::Stmt* function_def(std::size_t decorators);
  ast::Stmt* class_def(std::size_t decorators);
  ast::Arguments* parameters(bool lambda);
  ast::Arg* parameter(bool lambda, bool star_annotation);
  ast::Stmt* if_statement();
  ast::Seq<ast::Stmt*> else_block();
  ast::Stmt* while_statement();
  ast::Stmt* for_statement(std::size_t start);
  ast::Stmt* with_statement(std::size_t start);
  ast::WithItem* with_item();
  ast::Stmt* try_statement();
  ast::ExceptHandler* except_block(bool star);

  // ---- patterns (parser_patterns.cpp) ----
  ast::Stmt* match_statement();
  ast::MatchCase* case_block();
  bool starts_pattern();
  ast::Pattern* patterns();
  ast::Pattern* maybe_star_pattern();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Identifier capture_target();
  ast::Pattern* closed_pattern();
  ast::Expr* signed_number();
  ast::Expr* name_or_attr();
  ast::Pattern* mapping_pattern();
  ast::Pattern* class_pattern(std::size_t start, ast::Expr* cls);

  // ---- expressions (parser_expressions.cpp) ----
  bool starts_atom();
  bool starts_expression();
  bool at_comprehension_start();
  void reject_walrus(ast::Expr* target);
  void check_missing_comma(ast::Expr* before);
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression(bool check_equals = true);
  static bool is_plain_bitwise_or(ast::Expr* expr);
  ast::Expr* comparison_after_equals();
  void check_unparenthesized_target(ast::Expr* first);
  ast::Expr* expression();
  ast::Expr* expression_alternatives();
  void check_legacy_statement(std::size_t name_index);
  ast::Expr* expressions();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or() { return binary_operation(1); }
  ast::Expr* binary_operation(int precedence);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* attribute(std::size_t start, ast::Expr* value, ast::ExprContext context);
  ast::Expr* subscript(std::size_t start, ast::Expr* value, ast::ExprContext context);
  ast::Expr* constant(std::size_t start, ast::ConstantValue value);
  void check_decimal_digits(const Token& token);
  ast::Expr* atom();
  ast::Expr* strings();
  ast::Expr* parenthesized();
  ast::Expr* bracketed();
  ast::Expr* braced();
  ast::Expr* dict_from(std::size_t start, std::size_t mark);
  ast::Expr* dict_value();
  ast::Expr* yield_expr();
  ast::Expr* lambdef();
  ast::Expr* slices();
  ast::Expr* slice_item();
  ast::Expr* starred_expression();
  ast::Call* call_arguments(std::size_t start, ast::Expr* function, bool allow_generator);
  ast::Seq<ast::Comprehension*> for_if_clauses();
  ast::Expr* for_targets();
  ast::Expr* tuple_from(std::size_t start, std::size_t mark, ast::ExprContext context);

  // ---- targets (parser_expressions.cpp) ----
  ast::Expr* star_targets();
  ast::Expr* star_target();
  ast::Expr* target_with_star_atom(ast::ExprContext context);
  ast::Seq<ast::Expr*> del_targets();
  void set_context(ast::Expr* expr, ast::ExprContext context);
  void check_target(ast::Expr* expr, TargetsType type);
  static ast::Expr* invalid_target(ast::Expr* expr, TargetsType type);
  static std::string expression_name(const ast::Expr* expr);

  // ---- state ----
  Arena& arena_;
  const ParseOptions& options_;
  std::string_view source_;  // UTF-8 text in the arena: tokens and identifiers view it
  std::unique_ptr<tokenizer::Lexer> lexer_;
  std::vector<GrammarToken> tokens_;  // ends with ENDMARKER or ERRORTOKEN
  std::size_t last_ = 0;              // index of that last token
  std::size_t reached_ = 0;           // one past the furthest token read
  std::size_t first_pass_reached_ = 0;
  bool second_pass_ = false;
  bool lexer_error_raised_ = false;
  std::size_t unclosed_bracket_ = SIZE_MAX;  // innermost bracket open at an ERRORTOKEN
  std::size_t index_ = 0;
  std::vector<void*> scratch_;
  std::vector<ast::CmpOpKind> compare_ops_;   // pending Compare operators
  std::vector<ast::Identifier> identifiers_;  // pending identifier sequences
  std::vector<Token> string_run_;
  std::vector<ast::TypeIgnore*> type_ignores_;
  std::vector<SyntaxErrorInfo> fstring_warnings_;
  // The second pass's memo of `expression`, by starting token.
  struct Memo {
    ast::Expr* expr = nullptr;
    std::size_t end = 0;
    enum { Unknown, Parsed, Failed } state = Unknown;
  };
  std::vector<Memo> expression_memo_;
  int line_offset_;
  int column_offset_;
  bool fstring_input_;
  int level_ = 0;
};

}  // namespace krait::parser
