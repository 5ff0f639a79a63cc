// Compiler stage: the text an annotation is stored as under
// `from __future__ import annotations` (PEP 563): the expression written back
// as CPython 3.11's C unparser writes it (Python/ast_unparse.c), with its
// precedence-based parentheses and spacing, constants by repr and infinite
// floats as 1e309.
#pragma once

#include "parser/ast.h"
#include "runtime/object.h"

namespace krait::runtime {
class Interpreter;
}

namespace krait::compiler {

// The annotation's text as a str; null with an exception pending if a
// constant's repr fails (only a constant of a tree compile() got as _ast
// objects can).
runtime::Ref annotation_text(runtime::Interpreter& interpreter, const ast::Expr* annotation);

}  // namespace krait::compiler
