// Parser stage: the text of `ast.dump(tree, indent=..., include_attributes=...)`,
// byte for byte as CPython 3.11 writes it.
#pragma once

#include <string>

#include "parser/ast.h"

namespace krait::ast {

struct DumpOptions {
  bool include_attributes = false;
  int indent = 3;  // python -m ast's default; negative for the one-line form
};

std::string dump(const Node* tree, const DumpOptions& options);

// repr() of a constant, as Python prints it ('abc', b'\x00', 1e+16, 1j, ...).
std::string constant_repr(const ConstantValue& value);

}  // namespace krait::ast
