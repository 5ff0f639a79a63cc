// Objects: the singleton types None, NotImplemented, Ellipsis and bool (whose two
// instances are True and False; arithmetic on them is int's), and bool().
#include "objects/singleton_objects.h"

#include <string>

#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/warnings.h"

namespace krait::runtime {
namespace {

Ref none_repr(Interpreter& interpreter, Value) { return new_str(interpreter, "None"); }
int none_truth(Interpreter&, Value) { return 0; }
Ref not_implemented_repr(Interpreter& interpreter, Value) { return new_str(interpreter, "NotImplemented"); }
// True, with CPython 3.9's DeprecationWarning (binary operators' fallback
// value was meant to be tested with `is`).
int not_implemented_truth(Interpreter& interpreter, Value) {
  return warn(interpreter, interpreter.DeprecationWarning_type, "NotImplemented should not be used in a boolean context")
             ? 1
             : -1;
}
Ref ellipsis_repr(Interpreter& interpreter, Value) { return new_str(interpreter, "Ellipsis"); }
Ref bool_repr(Interpreter& interpreter, Value self) {
  return new_str(interpreter, self == interpreter.boolean(true) ? "True" : "False");
}
int bool_truth(Interpreter& interpreter, Value self) { return self == interpreter.boolean(true); }

// bool(x=False, /): the truth of x.
Ref bool_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "bool", kwnames) || !check_positional(interpreter, "bool", count, 0, 1))
    return Ref();
  if (count == 0) return interpreter.new_boolean(false);
  const int result = truth(interpreter, arguments[0]);
  if (result < 0) return Ref();
  return interpreter.new_boolean(result != 0);
}

// NoneType(), NotImplementedType(), ellipsis(): the singleton, no
// arguments ("NoneType takes no arguments"; the ellipsis type is
// EllipsisType there, as CPython names it).
template <Value (Interpreter::*singleton)() const>
Ref singleton_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t count, Value kwnames) {
  if (count || keyword_count(kwnames)) {
    const Type* type = static_cast<const Type*>(callee.as_object());
    const std::string name = type == interpreter.ellipsis_type ? "EllipsisType" : type->name;
    return interpreter.raise(interpreter.TypeError_type, name + " takes no arguments");
  }
  return Ref::borrow((interpreter.*singleton)());
}

// __reduce__() of Ellipsis and NotImplemented: their names, which pickle
// saves as globals of builtins.
Ref ellipsis_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "ellipsis.__reduce__", count, kwnames)) return Ref();
  return ellipsis_repr(interpreter, self);
}
Ref not_implemented_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "NotImplementedType.__reduce__", count, kwnames)) return Ref();
  return not_implemented_repr(interpreter, self);
}

// The singletons live as long as their interpreter, which frees them itself.
void singleton_deallocate(Interpreter&, Object* object) { delete object; }

}  // namespace

void init_singleton_types(Interpreter& interpreter) {
  interpreter.none_type->repr = &none_repr;
  interpreter.none_type->construct = &singleton_construct<&Interpreter::none>;
  interpreter.not_implemented_type->construct = &singleton_construct<&Interpreter::not_implemented>;
  interpreter.ellipsis_type->construct = &singleton_construct<&Interpreter::ellipsis>;
  interpreter.none_type->truth = &none_truth;
  interpreter.not_implemented_type->repr = &not_implemented_repr;
  interpreter.not_implemented_type->truth = &not_implemented_truth;
  interpreter.ellipsis_type->repr = &ellipsis_repr;
  add_methods(interpreter, interpreter.ellipsis_type, {{"__reduce__", &ellipsis_reduce}});
  add_methods(interpreter, interpreter.not_implemented_type, {{"__reduce__", &not_implemented_reduce}});
  interpreter.bool_type->repr = &bool_repr;
  interpreter.bool_type->truth = &bool_truth;
  interpreter.bool_type->construct = &bool_construct;
  for (Type* type :
       {interpreter.none_type, interpreter.not_implemented_type, interpreter.ellipsis_type, interpreter.bool_type})
    type->deallocate = &singleton_deallocate;
}

}  // namespace krait::runtime
