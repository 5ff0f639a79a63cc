// Objects: slot wrappers. A class that defines a special method (__add__,
// __len__, __getattr__, ...) gets, in the matching Type slot, a function
// that calls it, so the rest of the runtime dispatches through slots alone
// (CPython's slot_* functions in typeobject.c).
#pragma once

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// Re-chooses a class's slots after its namespace (or a base's) changed:
// a wrapper where a class along the MRO defines the dunder, else the base's.
void update_heap_slots(Interpreter& interpreter, Type* type);

// Calls the special method `name` of `self`'s type with self first. Sets
// `found` false (and returns null, no exception) when the type lacks it.
Ref call_special(Interpreter& interpreter, Value self, Value name, const Value* arguments, std::size_t count,
                 bool& found);

// Whether a slot holds the wrapper calling a class's own __new__ or
// __setattr__/__delattr__ (CPython's tests for slot_tp_new and
// slot_tp_setattro), so checks can skip classes to the built-in type below.
bool is_class_construct(CallSlot slot);
bool is_class_set_attribute(SetAttributeSlot slot);

}  // namespace krait::runtime
