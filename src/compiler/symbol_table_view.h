// Compiler stage: the `--symtable` view, the symbol table printed in the
// format of tests/symtable_view.py, which prints CPython's.
#pragma once

#include <string>

#include "compiler/symbol_table.h"

namespace krait::compiler {

// Each scope depth first: `type name line=N nested=B optimized=B`, its
// parameters, then each symbol sorted by name with its resolved scope and
// flags, children indented below.
std::string symbol_table_view(const SymbolTable& table);

}  // namespace krait::compiler
