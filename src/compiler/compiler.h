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

[[nodiscard]] CompileResult compile_module(runtime::Interpreter& interpreter, const ast::Mod* module,
                                           const SymbolTable& table, std::string_view source,
                                           const std::string& filename);

// The whole front end for a program or module file: parse (as a file being
// run: undeclared UTF-8 checked up front), symbol table, code generation.
// The error is the first stage's that failed.
[[nodiscard]] CompileResult compile_source(runtime::Interpreter& interpreter, std::string_view source,
                                           const std::string& filename);

}  // namespace krait::compiler
