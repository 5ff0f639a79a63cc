// Parser stage: Python 3.11 source to an AST. The entry point of the front
// end: decodes the bytes, drives the lexer and returns a tree or a
// SyntaxError, never throwing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.h"
#include "support/arena.h"
#include "support/syntax_error.h"
#include "tokenizer/source.h"

namespace krait::parser {

// As the `mode` argument of CPython's compile()/ast.parse().
enum class Mode { Exec, Eval, Single, FuncType };

struct ParseOptions {
  Mode mode = Mode::Exec;
  bool type_comments = false;
  // Fail as ast.parse() does (RecursionError "maximum recursion depth
  // exceeded during ast construction") on a tree nested deeper than
  // `python -m ast` can convert to Python objects: only the `--ast` view
  // asks for this, compiling has no such limit.
  bool ast_depth_check = false;
  std::string filename = "<unknown>";
  // How undeclared UTF-8 is checked: as compile() and ast.parse() check
  // bytes unless the source is a program being run.
  tokenizer::SourceOrigin origin = tokenizer::SourceOrigin::Bytes;
  // Error columns stay in bytes, as CPython's tokenizer leaves them when it
  // has no encoding to convert them with: bytes of undeclared UTF-8 (a
  // file, compile() of bytes). parse() sets it from the source.
  bool byte_columns = false;
  // compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, codeop's test for a command
  // that needs more lines: when the grammar fails having read to the end of
  // the input, the error is SyntaxError "incomplete input".
  bool allow_incomplete_input = false;
  // Cleared for PyCF_DONT_IMPLY_DEDENT on 'single' input whose last line had
  // no newline (compile() adds it): the blocks open at the end stay open, so
  // codeop waits for the blank line that closes them.
  bool imply_dedent = true;
};

struct ParseResult {
  ast::Mod* tree = nullptr;  // null when `error` is set
  std::optional<SyntaxErrorInfo> error;
  // SyntaxWarnings (e.g. "invalid decimal literal" for `1if x else y`), to be
  // shown as the warnings module shows them.
  std::vector<SyntaxErrorInfo> warnings;
};

// Parses a file's raw bytes (PEP 263 decoding included). Nodes are allocated
// in `arena`, which must outlive the tree.
ParseResult parse(std::string_view source_bytes, Arena& arena, const ParseOptions& options);

}  // namespace krait::parser
