// Compiler stage, second pass: AST + symbol table -> code objects for the
// register VM. Locals get the first registers of a frame, temporaries are
// allocated above them like a stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>

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
};

[[nodiscard]] CompileResult compile_module(runtime::Interpreter& interpreter, const ast::Mod* module,
                                           const SymbolTable& table, std::string_view source,
                                           const std::string& filename);

}  // namespace krait::compiler
