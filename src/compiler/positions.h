// Compiler stage: the source position CPython 3.11 gives the instructions
// compiled from an AST node (co_positions, the carets of tracebacks).
#pragma once

#include "compiler/code_object.h"
#include "parser/ast.h"

namespace krait::compiler {

inline SourcePosition position_of(const ast::Located* node) {
  return {node->lineno, node->end_lineno, node->col_offset, node->end_col_offset};
}

// The position of `whole` (a method call, or the method's attribute itself)
// whose method is `method`: when it spans lines, it starts at the method's
// name instead, as CPython's update_start_location_to_match_attr does.
SourcePosition method_position(const ast::Located* whole, const ast::Attribute* method);

}  // namespace krait::compiler
