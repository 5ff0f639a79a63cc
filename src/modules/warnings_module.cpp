// Native modules: _warnings, the part of CPython's Python/_warnings.c that
// importlib needs (its _bootstrap loads _warnings as a built-in module and
// calls _warnings.warn). It has only warn: `warnings` still keeps the
// filters in Python (its `from _warnings import filters, ...` fails, so it
// uses its own functions), and warn hands a warning to runtime/warnings.h,
// which filters it as CPython's defaults do until `warnings` is loaded and
// then calls warnings.warn.
#include <string>

#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/warnings.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// warn(message, category=None, stacklevel=1, source=None)
Ref warnings_warn(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  if (!runtime::bind_arguments(interpreter, {"warn", {"message", "category", "stacklevel", "source"}, 0, 0, 1}, arguments,
                               count, kwnames, bound))
    return Ref();
  int stack_level = 1;
  if (!bound[2].is_null() && !runtime::index_to_c_int(interpreter, bound[2], stack_level)) return Ref();
  const Value category = bound[1].is_null() ? interpreter.none() : bound[1];
  const bool is_class = category != interpreter.none() && runtime::is_subtype(runtime::type_of(interpreter, category), interpreter.type_type);
  if (runtime::is_str(interpreter, bound[0]) && (category == interpreter.none() || is_class)) {
    runtime::Type* type = category == interpreter.none() ? interpreter.UserWarning_type
                                                          : static_cast<runtime::Type*>(category.as_object());
    if (!runtime::is_subtype(type, interpreter.Warning_type))
      return interpreter.raise(interpreter.TypeError_type, "category must be a Warning subclass, not '" +
                                                               runtime::type_of(interpreter, category)->name + "'");
    if (!runtime::warn(interpreter, type, runtime::str_utf8(bound[0]), stack_level,
                       bound[3].is_null() || bound[3] == interpreter.none() ? Value() : bound[3]))
      return Ref();
    return interpreter.new_none();
  }
  // A Warning instance, or a category to check: warnings.warn decides.
  Ref module = runtime::import_module(interpreter, "warnings");
  Ref function = module ? runtime::get_attribute(interpreter, module.get(), interpreter.intern("warn")) : Ref();
  if (!function) return Ref();
  const Value values[] = {bound[0], category, Value::small_int(stack_level),
                          bound[3].is_null() ? interpreter.none() : bound[3]};
  return runtime::call(interpreter, function.get(), values, 4);
}

}  // namespace

Ref create_warnings_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_warnings");
  runtime::add_module_functions(interpreter, module.get(), {{"warn", &warnings_warn}});
  return module;
}

}  // namespace krait::modules
