// Compiler stage: code objects, the compiler's output and the VM's input:
// instructions, constants, names, the register window's shape and the line
// table, cell and free variable names, plus CPython's co_name/co_qualname/co_filename/co_firstlineno.
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/opcodes.h"
#include "runtime/interpreter.h"
#include "runtime/object.h"

namespace krait::compiler {

struct CodeObject : runtime::Object {
  std::vector<Instruction> instructions;
  std::vector<runtime::Ref> constants;    // K: values, and the code objects of nested functions
  std::vector<runtime::Ref> names;        // N: interned strs of global names
  // Register i < local_count holds variable i: the names of co_varnames,
  // then the cell variables that are not parameters, then the free variables
  // (CPython 3.11's co_localsplusnames order). A cell or free variable's
  // register holds its cell.
  std::vector<runtime::Ref> local_names;
  std::vector<runtime::Ref> cell_names;  // co_cellvars: cell parameters in order, then the other cells sorted
  std::vector<runtime::Ref> free_names;  // co_freevars, sorted; the last free_names.size() variables
  // The window: parameters, then the other variables, then temporaries.
  int parameter_count = 0;
  int local_count = 0;
  int register_count = 0;
  // Line table: runs of instructions, each {first instruction, source line},
  // in instruction order.
  struct LineRun {
    std::uint32_t first = 0;
    int line = 0;
  };
  std::vector<LineRun> lines;
  runtime::Ref name;      // co_name
  runtime::Ref qualname;  // co_qualname
  runtime::Ref filename;  // co_filename
  int first_line = 1;     // co_firstlineno

  // The source line of the instruction at `index`.
  int line_of(std::size_t index) const;
};

inline CodeObject* as_code(runtime::Value value) { return static_cast<CodeObject*>(value.as_object()); }

// A new, empty code object (the compiler fills it).
runtime::Ref new_code(runtime::Interpreter& interpreter);

}  // namespace krait::compiler
