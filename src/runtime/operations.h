// Runtime: the abstract object protocol (as CPython's Objects/abstract.c):
// the operations the VM and the builtins apply to any value, dispatched
// through the operands' Type slots, with CPython's TypeErrors when no slot
// applies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/type_object.h"
#include "runtime/interpreter.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

std::string_view type_name(const Interpreter& interpreter, Value value);
// An object's address as reprs show it ("0x7f..."), as CPython's %p.
std::string address_text(const void* pointer);
// The type name in quotes, as CPython's messages show it: "'int'".
std::string quoted_type_name(const Interpreter& interpreter, Value value);

// CPython's Py_EnterRecursiveCall: native code on its way back into Python
// code counts against the recursion limit as a frame does; over it,
// RecursionError "maximum recursion depth exceeded" + `where` is pending
// and the guard tests false.
class RecursionGuard {
 public:
  RecursionGuard(Interpreter& interpreter, const char* where)
      : interpreter_(interpreter), entered_(interpreter.frame_depth < interpreter.recursion_limit) {
    if (entered_) [[likely]]
      ++interpreter.frame_depth;
    else
      refuse(interpreter, where);
  }
  ~RecursionGuard() {
    if (entered_) --interpreter_.frame_depth;
  }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  explicit operator bool() const { return entered_; }

 private:
  static void refuse(Interpreter& interpreter, const char* where);
  Interpreter& interpreter_;
  bool entered_;
};

Ref repr(Interpreter& interpreter, Value value);
Ref str(Interpreter& interpreter, Value value);
// 1 for true, 0 for false, -1 with an exception pending.
int truth(Interpreter& interpreter, Value value);
std::int64_t hash(Interpreter& interpreter, Value value);

// `left OP right` (or `left OP= right` when in_place): the left operand's
// slot, then the right operand's, then TypeError.
Ref binary_operation(Interpreter& interpreter, BinaryOperator op, Value left, Value right, bool in_place);
// Rich comparison, with the reflected operator on the right operand and
// identity as the fallback for == and !=.
Ref compare(Interpreter& interpreter, Value left, Value right, CompareOp op);

// `left == right` as a truth value, identity first (CPython's
// PyObject_RichCompareBool): 1, 0, or -1 with an exception pending.
int equal(Interpreter& interpreter, Value left, Value right);
// `left OP right` as a truth value (without equal's identity shortcut):
// 1, 0, or -1 with an exception pending.
int compare_truth(Interpreter& interpreter, Value left, Value right, CompareOp op);
// `left < right` as a truth value: 1, 0, or -1 with an exception pending.
// Ints, floats, strs and tuples of them compare without a call.
int less_than(Interpreter& interpreter, Value left, Value right);
// `item in container`: the contains slot, else a walk of the iteration.
// 1, 0, or -1 with an exception pending.
int contains(Interpreter& interpreter, Value container, Value item);

// container[key]; container[key] = value; del container[key] (value null).
Ref get_item(Interpreter& interpreter, Value container, Value key);
[[nodiscard]] bool set_item(Interpreter& interpreter, Value container, Value key, Value value);

// Unpacks an iterable for `a, b = ...` / `a, *rest, b = ...`: exactly
// `before` items, or with `starred` at least `before + after` items, the
// middle ones as a list. Fills `out` (before [+ 1 + after] items) or raises
// CPython's TypeError/ValueError.
[[nodiscard]] bool unpack(Interpreter& interpreter, Value iterable, int before, bool starred, int after,
                          std::vector<Ref>& out);

enum class UnaryOperator : std::uint8_t { Negative, Positive, Invert };
Ref unary_operation(Interpreter& interpreter, UnaryOperator op, Value operand);

// callee(*arguments) with the CallSlot convention (kwnames: see type_object.h).
Ref call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames = Value());
// callable(self, *arguments), the keyword values after them.
Ref call_with_self(Interpreter& interpreter, Value callable, Value self, const Value* arguments, std::size_t count,
                   Value kwnames);
// object.name(*arguments), looking the method up as attribute access does.
Ref call_method(Interpreter& interpreter, Value object, Value name, const Value* arguments, std::size_t count);

// The module `name` imported by builtins.__import__ (PyImport_Import;
// a dotted name gives its top-level package).
Ref import_module(Interpreter& interpreter, std::string_view name);

// object.name (name: a str), through the type's get_attribute slot.
Ref get_attribute(Interpreter& interpreter, Value object, Value name);
// As get_attribute, but a missing attribute (AttributeError) is 0 rather
// than an error: 1 with `out` set, 0 missing, -1 another exception.
int lookup_attribute(Interpreter& interpreter, Value object, Value name, Ref& out);
// object.name = value; del object.name when value is null.
[[nodiscard]] bool set_attribute(Interpreter& interpreter, Value object, Value name, Value value);
// A special method as the interpreter finds it: on the type, never the
// instance (borrowed; null when missing).
Value lookup_special(Interpreter& interpreter, Value object, Value name);
// A special method found on the type of `self` (lookup_special), bound to
// it: through __get__ when it has one, as itself otherwise.
Ref bind_special(Interpreter& interpreter, Value found, Value self);

// Whether `value` is a class (an instance of type or of a metaclass).
bool is_type_object(const Interpreter& interpreter, Value value);
// isinstance(object, cls) / issubclass(derived, cls), honouring
// __instancecheck__/__subclasscheck__ and tuples of classes: 1, 0, or -1.
int is_instance(Interpreter& interpreter, Value object, Value cls);
int is_subclass(Interpreter& interpreter, Value derived, Value cls);
// The same without the hooks and tuples (type.__instancecheck__ and
// type.__subclasscheck__, CPython's object_isinstance/recursive_issubclass):
// the type, or a __class__/__bases__ that claims the relation.
int real_is_instance(Interpreter& interpreter, Value object, Value cls);
int real_is_subclass(Interpreter& interpreter, Value derived, Value cls);
Ref length(Interpreter& interpreter, Value value);
// Whether the value supports the sequence protocol (CPython's
// PySequence_Check): __getitem__, on a type that is not a mapping.
bool is_sequence(const Interpreter& interpreter, Value value);
// iter(value) (CPython's PyObject_GetIter): __iter__, whose result must be an
// iterator, else the __getitem__ protocol (items 0, 1, ... until
// IndexError), else TypeError "'X' object is not iterable".
Ref get_iterator(Interpreter& interpreter, Value value);
// The next item; a null Ref with no exception pending when exhausted.
Ref iterator_next(Interpreter& interpreter, Value iterator);

// A native consumer of an iterable's items (list(), set(), sum(), ...),
// fed by for_each_item.
class ItemSink {
 public:
  // Takes an item (borrowed): false with an exception pending.
  virtual bool take(Interpreter& interpreter, Value item) = 0;
  // Takes an item when that can run no Python code and cannot fail; false
  // leaves it to take(). A generator passes its items here without
  // suspending (Type::drain).
  virtual bool take_quietly(Interpreter&, Value) { return false; }

 protected:
  ~ItemSink() = default;
};

// Feeds every item of `iterable` to the sink, in order: false on error.
bool for_each_item(Interpreter& interpreter, Value iterable, ItemSink& sink);

}  // namespace krait::runtime
