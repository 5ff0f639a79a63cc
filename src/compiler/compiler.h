// Compiler stage, second pass: AST + symbol table -> code objects for the
// register VM. Locals get the first registers of a frame, temporaries are
// allocated above them like a stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/symbol_table.h"
#include "parser/ast.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"
#include "support/syntax_error.h"

namespace krait::compiler {

struct CompileResult {
  runtime::Ref code;  // the module's code object; null when `error` is set
  // A SyntaxError the compiler raises ('return' outside function, ...), or
  // a construct this compiler does not handle yet (type "NotImplementedError").
  std::optional<SyntaxErrorInfo> error;
  // compile_source only: the parser's SyntaxWarnings, to show.
  std::vector<SyntaxErrorInfo> warnings;
};

// Issues a compilation's warnings through the warnings filters
// (runtime/warnings.h) and empties the list. One a filter turns into an
// error becomes the result's SyntaxError at its place, as CPython's
// compiler_warn does; false with an exception pending on other errors.
[[nodiscard]] bool issue_warnings(runtime::Interpreter& interpreter, CompileResult& result, const std::string& filename);

// What compile() chooses (a program or module file takes the defaults).
struct CompileOptions {
  // 'exec' (a Module), 'eval' (an Expression: the code returns its value) or
  // 'single' (Interactive: expression statements print through sys.displayhook).
  parser::Mode mode = parser::Mode::Exec;
  // The top level reads and writes its names in the frame's locals mapping
  // (LOAD_NAME), as code for exec() and eval() must; a program's or
  // module's top level, whose locals are its globals, uses LOAD_GLOBAL.
  bool names_in_namespace = false;
  int optimize = -1;  // compile()'s optimize: -1 is the interpreter's -O level
  // Future features (future_feature bits) in force from the start: given
  // in compile()'s flags or inherited from the caller of exec(), eval() or
  // compile().
  std::uint32_t future_features = 0;
  // As parser::ParseOptions's (compile()'s PyCF_ALLOW_INCOMPLETE_INPUT and
  // PyCF_DONT_IMPLY_DEDENT).
  bool allow_incomplete_input = false;
  bool imply_dedent = true;
};

[[nodiscard]] CompileResult compile_module(runtime::Interpreter& interpreter, const ast::Mod* module,
                                           const SymbolTable& table, std::string_view source,
                                           const std::string& filename, const CompileOptions& options = {});

// The whole front end: parse (a file being run has its undeclared UTF-8
// checked up front), symbol table, code generation. The error is the first
// stage's that failed.
[[nodiscard]] CompileResult compile_source(runtime::Interpreter& interpreter, std::string_view source,
                                           const std::string& filename,
                                           tokenizer::SourceOrigin origin = tokenizer::SourceOrigin::File,
                                           const CompileOptions& options = {});

// The code of a parse tree: symbol table, then code generation. compile()
// of an AST object has no source text (`source` is empty, `origin` not a
// File: error lines come from the file named `filename`, if any).
// `warnings` (the parser's) come first among the result's.
[[nodiscard]] CompileResult compile_tree(runtime::Interpreter& interpreter, const ast::Mod* tree,
                                         std::string_view source, const std::string& filename,
                                         tokenizer::SourceOrigin origin, const CompileOptions& options,
                                         std::vector<SyntaxErrorInfo> warnings = {});

// The value of a Constant node (or a MatchSingleton's).
runtime::Ref constant_object(runtime::Interpreter& interpreter, const ast::ConstantValue& value);

// The text of `filename`'s line `lineno`, as CPython reads a SyntaxError's
// or warning's text from the file when the source was a string (empty: no
// such file).
std::string file_line(const std::string& filename, int lineno);

// SyntaxError.text is the whole source line, its newline included: adds
// the newline to a parser error's text when the source has it there (a
// tokenizer error's text has none).
void end_error_text(SyntaxErrorInfo& error, std::string_view source);

}  // namespace krait::compiler
