// Objects: collections.defaultdict, a dict subclass with a default factory
// (defaultdict_object.cpp).
#pragma once

namespace krait::runtime {

class Interpreter;

// Creates collections.defaultdict into the interpreter's _collections state.
void init_defaultdict_type(Interpreter& interpreter);

}  // namespace krait::runtime
