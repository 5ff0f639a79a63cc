// Native modules: argument helpers shared by the modules that precompile
// sources (py_compile, compileall).
#pragma once

#include <string>
#include <vector>

#include "compiler/bytecode_cache.h"
#include "runtime/interpreter.h"

namespace krait::modules {

// A path argument (a str): false with TypeError pending otherwise.
[[nodiscard]] bool path_argument(runtime::Interpreter& interpreter, const char* function, runtime::Value value,
                                 std::string& out);

// An invalidation mode: None (keeps `out`), 1-3 (PycInvalidationMode), or
// 'timestamp', 'checked-hash', 'unchecked-hash'.
[[nodiscard]] bool invalidation_argument(runtime::Interpreter& interpreter, runtime::Value value,
                                         compiler::Invalidation& out);
// The same from compileall's --invalidation-mode text; false for another.
bool invalidation_from_text(const std::string& text, compiler::Invalidation& out);

// sys.argv[1:] as strings.
[[nodiscard]] bool command_arguments(runtime::Interpreter& interpreter, std::vector<std::string>& out);

// raise SystemExit(status) (null Ref), or None for status 0.
runtime::Ref exit_with(runtime::Interpreter& interpreter, int status);

}  // namespace krait::modules
