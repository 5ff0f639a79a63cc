// Objects: the copy/pickle protocol of `object` (object.__reduce_ex__,
// __reduce__, __getstate__: CPython's typeobject.c over copyreg) and the
// pieces built-in types' own __reduce__ methods share.
#pragma once
#include <initializer_list>
#include <span>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// The object's state as __getstate__ gives it (CPython's
// _PyObject_GetState): by default its __dict__ or None, with its
// __slots__ members.
Ref object_state(Interpreter& interpreter, Value self);

// A builtin by name ("iter", "getattr"), as __reduce__ results name their
// callables (borrowed).
Value builtin_named(Interpreter& interpreter, const char* name);

// A __reduce__ result: (callable, tuple(arguments)), or with the state
// third when `state` is not null.
Ref reduce_value(Interpreter& interpreter, Value callable, std::span<const Value> arguments, Value state = Value());

// (iter, (list of the items left,)) for an iterator without a position
// to restore (dict and set iterators): drains `copy`, a copy of it, so the
// iterator itself keeps its place (CPython's dictiter_reduce).
Ref reduce_remaining(Interpreter& interpreter, Value copy);

// __reduce__ for objects their own attributes rebuild: (type(self),
// (self.a, self.b, ...)) for the names listed (range: start, stop, step).
Ref reduce_with_attributes(Interpreter& interpreter, Value self, std::size_t count, Value kwnames,
                           std::initializer_list<const char*> names);

// __reduce__ takes no arguments: TypeError naming the built-in type the
// object's class extends ("set.__reduce__() takes no arguments (1 given)").
[[nodiscard]] bool check_reduce_arguments(Interpreter& interpreter, Value self, std::size_t count, Value kwnames);

// Puts __getstate__, __reduce__ and __reduce_ex__ into object's namespace.
void add_object_reduce_methods(Interpreter& interpreter, Type* object_type);

}  // namespace krait::runtime
