// Objects: types.GenericAlias, what subscripting a generic built-in class
// gives (list[int], dict[str, int]; PEP 585), as annotations evaluate it.
#pragma once

#include <cstddef>
#include <string>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// origin[args]: args a tuple, or one argument.
Ref new_generic_alias(Interpreter& interpreter, Value origin, Value args);
bool is_generic_alias(const Interpreter& interpreter, Value value);

// __class_getitem__(cls, item) of the generic built-in classes: a
// classmethod over this function makes cls[item] a GenericAlias.
Ref generic_class_getitem(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames);

// How an alias or union argument shows in their reprs (CPython's
// ga_repr_item): "..." for Ellipsis, the qualified name of a class, else
// repr(); appended to `out`.
[[nodiscard]] bool append_type_repr(Interpreter& interpreter, Value item, std::string& out);

void init_generic_alias_type(Interpreter& interpreter);

}  // namespace krait::runtime
