// Objects: built-in types' special methods as attributes. Every slot a
// built-in type fills itself appears in its namespace under its dunder
// names as a wrapper_descriptor ("slot wrapper": int.__add__, object.__init__,
// dict.__setitem__), which calls the slot and binds to an instance as a
// method-wrapper ((1).__add__); __new__ is a built-in method bound to the
// type (object.__new__), as CPython's add_operators and tp_new_wrapper.
#pragma once

namespace krait::runtime {

class Interpreter;
struct Type;

// Adds the wrappers of the slots `type` fills itself (called for each
// built-in type before slot inheritance; names already present stay).
void add_slot_wrappers(Interpreter& interpreter, Type* type);

void init_wrapper_descriptor_types(Interpreter& interpreter);

}  // namespace krait::runtime
