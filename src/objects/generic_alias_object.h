// Objects: types.GenericAlias (CPython's Objects/genericaliasobject.c), what
// `list[int]` makes: an origin class and its arguments, standing for the
// origin (calls, attributes, base classes through __mro_entries__) and
// printing as written. The builtin containers' __class_getitem__ makes one.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct GenericAliasObject : Object {
  Ref origin;     // __origin__
  Ref arguments;  // __args__, a tuple
};

// origin[arguments]: a tuple of arguments as it is, anything else as the
// one argument.
Ref new_generic_alias(Interpreter& interpreter, Value origin, Value arguments);

void init_generic_alias_type(Interpreter& interpreter);

}  // namespace krait::runtime
