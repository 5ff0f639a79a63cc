// VM stage: entering Python functions: binding arguments to parameters with
// CPython's TypeErrors, pushing frames, calls from native code, class
// bodies and builtins.__build_class__.
#include "vm/call.h"
#include "vm/async_builtins.h"
#include "vm/eval.h"
#include "vm/generator.h"
#include "vm/import.h"

#include <string>
#include <vector>

#include "objects/cell_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/wrapper_descriptor_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using runtime::FunctionObject;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

void store(Value& slot, Value owned) {
  const Value old = slot;
  slot = owned;
  runtime::decref(old);
}

std::string function_name(const CodeObject* code) { return std::string(runtime::str_utf8(code->qualname.get())); }

std::string quoted(const CodeObject* code, int index) {
  return "'" + std::string(runtime::str_utf8(code->local_names[index].get())) + "'";
}

// 'a', 'a' and 'b', 'a', 'b', and 'c'.
std::string name_list(const std::vector<std::string>& names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += names.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == names.size()) list += "and ";
    list += names[i];
  }
  return list;
}

void raise_missing(Interpreter& interpreter, const CodeObject* code, const std::vector<std::string>& missing,
                   const char* kind) {
  interpreter.set_exception(interpreter.TypeError_type,
                            function_name(code) + "() missing " + std::to_string(missing.size()) + " required " + kind +
                                " argument" + (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
}

void raise_too_many(Interpreter& interpreter, const CodeObject* code, const FunctionObject* function, std::size_t given,
                    std::size_t keyword_only_given) {
  const auto parameters = static_cast<std::size_t>(code->argument_count);
  const std::size_t defaults = function->defaults.size();
  const std::string expected = defaults ? "from " + std::to_string(parameters - defaults) + " to " + std::to_string(parameters)
                                        : std::to_string(parameters);
  std::string message = function_name(code) + "() takes " + expected + " positional argument" +
                        (parameters == 1 && !defaults ? "" : "s") + " but " + std::to_string(given);
  if (keyword_only_given)
    message += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
               std::to_string(keyword_only_given) + " keyword-only argument" + (keyword_only_given == 1 ? "" : "s") +
               ") were given";
  else
    message += given == 1 ? " was given" : " were given";
  interpreter.set_exception(interpreter.TypeError_type, message);
}

}  // namespace

bool bind_arguments(Interpreter& interpreter, FunctionObject* function, CodeObject* code, Value* window,
                    std::size_t count, Value kwnames) {
  // The variables' names (keywords are matched with them) come with the body.
  if (!compiler::ensure_code_body(*code)) return false;
  const auto positional = static_cast<std::size_t>(code->argument_count);
  const auto keyword_only = static_cast<std::size_t>(code->keyword_only_count);
  const bool varargs = code->flags & compiler::code_varargs;
  const bool varkeywords = code->flags & compiler::code_varkeywords;
  const std::size_t keywords = runtime::keyword_count(kwnames);
  // The keyword values leave the window first: their registers may be
  // parameters' own.
  std::vector<Value> keyword_values(window + count, window + count + keywords);
  for (std::size_t k = 0; k < keywords; ++k) window[count + k] = Value();
  struct Release {
    std::vector<Value>& values;
    ~Release() {
      for (Value value : values) runtime::decref(value);
    }
  } release{keyword_values};

  const std::size_t varargs_index = positional + keyword_only;
  const std::size_t varkeywords_index = varargs_index + (varargs ? 1 : 0);
  Ref extra_positional;
  if (count > positional) {
    if (!varargs) {
      std::size_t keyword_only_given = 0;
      for (std::size_t k = 0; k < keywords; ++k)
        for (std::size_t i = positional; i < positional + keyword_only; ++i)
          if (runtime::str_equal(runtime::as_tuple(kwnames)->items()[k], code->local_names[i].get())) ++keyword_only_given;
      raise_too_many(interpreter, code, function, count, keyword_only_given);
      return false;
    }
    extra_positional = runtime::new_tuple(interpreter, std::span<const Value>(window + positional, count - positional));
    for (std::size_t i = positional; i < count; ++i) store(window[i], Value());
  }
  for (std::size_t i = count; i < static_cast<std::size_t>(code->local_count); ++i) store(window[i], Value());
  if (varargs) window[varargs_index] = extra_positional ? extra_positional.release() : runtime::new_tuple(interpreter, {}).release();
  if (varkeywords) window[varkeywords_index] = runtime::new_dict(interpreter).release();

  for (std::size_t k = 0; k < keywords; ++k) {
    const Value name = runtime::as_tuple(kwnames)->items()[k];
    std::size_t index = static_cast<std::size_t>(code->positional_only_count);
    for (; index < positional + keyword_only; ++index)
      if (code->local_names[index].get() == name) break;
    if (index == positional + keyword_only)
      for (index = code->positional_only_count; index < positional + keyword_only; ++index)
        if (runtime::str_equal(code->local_names[index].get(), name)) break;
    if (index < positional + keyword_only) {
      if (!window[index].is_null()) {
        interpreter.set_exception(interpreter.TypeError_type, function_name(code) + "() got multiple values for argument '" +
                                                                  std::string(runtime::str_utf8(name)) + "'");
        return false;
      }
      window[index] = keyword_values[k];
      keyword_values[k] = Value();
      continue;
    }
    if (varkeywords) {
      if (!runtime::dict_set_item(interpreter, window[varkeywords_index], name, keyword_values[k])) return false;
      continue;
    }
    bool positional_only = false;
    for (int i = 0; i < code->positional_only_count; ++i)
      positional_only = positional_only || runtime::str_equal(code->local_names[i].get(), name);
    if (positional_only)
      interpreter.set_exception(interpreter.TypeError_type, function_name(code) +
                                                                "() got some positional-only arguments passed as keyword arguments: '" +
                                                                std::string(runtime::str_utf8(name)) + "'");
    else
      interpreter.set_exception(interpreter.TypeError_type, function_name(code) + "() got an unexpected keyword argument '" +
                                                                std::string(runtime::str_utf8(name)) + "'");
    return false;
  }

  // Defaults for the last positional parameters, then the missing ones.
  const std::size_t defaults = function->defaults.size();
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < positional; ++i) {
    if (!window[i].is_null()) continue;
    if (i >= positional - defaults) {
      window[i] = function->defaults[i - (positional - defaults)].get();
      runtime::incref(window[i]);
    } else {
      missing.push_back(quoted(code, static_cast<int>(i)));
    }
  }
  if (!missing.empty()) {
    raise_missing(interpreter, code, missing, "positional");
    return false;
  }
  for (std::size_t i = positional; i < positional + keyword_only; ++i) {
    if (!window[i].is_null()) continue;
    const Value fallback = function->keyword_defaults
                               ? runtime::dict_get_str(function->keyword_defaults.get(), code->local_names[i].get())
                               : Value();
    if (fallback.is_null()) {
      missing.push_back(quoted(code, static_cast<int>(i)));
      continue;
    }
    runtime::incref(fallback);
    window[i] = fallback;
  }
  if (!missing.empty()) {
    raise_missing(interpreter, code, missing, "keyword-only");
    return false;
  }
  return true;
}

void raise_recursion_error(Interpreter& interpreter) {
  interpreter.set_exception(interpreter.RecursionError_type, "maximum recursion depth exceeded");
}

runtime::FunctionObject* inlinable_initializer(Interpreter& interpreter, Value callee) {
  auto* cls = static_cast<runtime::Type*>(callee.as_object());
  if (cls == interpreter.type_type || cls->construct != interpreter.object_type->construct) return nullptr;
  const Value init = runtime::type_lookup(cls, interpreter.names.dunder_init);
  if (init.is_null() || !init.is_object() || init.as_object()->type != interpreter.function_type) return nullptr;
  auto* function = runtime::as_function(init);
  if (compiler::as_code(function->code.get())->flags & compiler::code_suspendable) return nullptr;
  return function;
}

Ref call_function(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* function = runtime::as_function(callee);
  auto* code = compiler::as_code(function->code.get());
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  const std::size_t total = count + runtime::keyword_count(kwnames);
  const std::size_t needed = std::max<std::size_t>(total, static_cast<std::size_t>(code->register_count));
  if (window + needed > interpreter.register_base() + interpreter.register_capacity())
    return interpreter.raise(interpreter.RecursionError_type, "maximum recursion depth exceeded");
  for (std::size_t i = 0; i < total; ++i) {
    runtime::incref(arguments[i]);
    store(window[i], arguments[i]);
  }
  if (code->flags & compiler::code_suspendable) {
    if (!bind_arguments(interpreter, function, code, window, count, kwnames)) {
      for (std::size_t i = 0; i < needed; ++i) store(window[i], Value());
      return Ref();
    }
    return new_generator(interpreter, function, code, window);
  }
  if (!bind_arguments(interpreter, function, code, window, count, kwnames) ||
      !push_frame(interpreter, function, code, function->globals.get(), Value(), window, nullptr, true)) {
    for (std::size_t i = 0; i < needed; ++i) store(window[i], Value());
    return Ref();
  }
  return execute(interpreter);
}

Ref run_class_body(Interpreter& interpreter, Value callee, Value namespace_dict) {
  auto* function = runtime::as_function(callee);
  auto* code = compiler::as_code(function->code.get());
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  if (!push_frame(interpreter, function, code, function->globals.get(), namespace_dict, window, nullptr, true)) return Ref();
  return execute(interpreter);
}

namespace {

// PEP 560: a base that is not a class but has __mro_entries__ (list[int])
// is replaced by the classes it returns. `bases` on return: the new tuple,
// or the original one when nothing changed.
bool update_bases(Interpreter& interpreter, Value original, Ref& bases) {
  const runtime::TupleObject* given = runtime::as_tuple(original);
  std::vector<Value> resolved;
  std::vector<Ref> entries;
  bool changed = false;
  for (std::int64_t i = 0; i < given->size; ++i) {
    const Value base = given->items()[i];
    Ref method;
    if (runtime::is_type_object(interpreter, base) ||
        runtime::lookup_attribute(interpreter, base, interpreter.intern("__mro_entries__"), method) == 0) {
      resolved.push_back(base);
      continue;
    }
    if (!method) return false;
    Ref replacement = runtime::call(interpreter, method.get(), &original, 1);
    if (!replacement) return false;
    if (runtime::type_of(interpreter, replacement.get()) != interpreter.tuple_type) {
      interpreter.set_exception(interpreter.TypeError_type, "__mro_entries__ must return a tuple");
      return false;
    }
    const runtime::TupleObject* items = runtime::as_tuple(replacement.get());
    resolved.insert(resolved.end(), items->items(), items->items() + items->size);
    entries.push_back(std::move(replacement));
    changed = true;
  }
  bases = changed ? runtime::new_tuple(interpreter, resolved) : Ref::borrow(original);
  return true;
}

// builtins.__build_class__(body, name, *bases, metaclass=None, **keywords):
// the metaclass, its __prepare__d namespace, the body run in it, then
// metaclass(name, bases, namespace, **keywords); the __class__ cell gets
// the class.
Ref build_class(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count < 2) return interpreter.raise(interpreter.TypeError_type, "__build_class__: not enough arguments");
  const Value body = arguments[0], name = arguments[1];
  if (runtime::type_of(interpreter, body) != interpreter.function_type)
    return interpreter.raise(interpreter.TypeError_type, "__build_class__: func must be a function");
  if (runtime::type_of(interpreter, name) != interpreter.str_type)
    return interpreter.raise(interpreter.TypeError_type, "__build_class__: name is not a string");
  Ref original_bases = runtime::new_tuple(interpreter, std::span<const Value>(arguments + 2, count - 2));
  Ref bases;
  if (!update_bases(interpreter, original_bases.get(), bases)) return Ref();
  const runtime::TupleObject* base_items = runtime::as_tuple(bases.get());
  // The keywords other than metaclass go to the metaclass call.
  Value metaclass;
  std::vector<Value> keyword_names, keyword_values;
  for (std::size_t k = 0; k < runtime::keyword_count(kwnames); ++k) {
    const Value keyword = runtime::as_tuple(kwnames)->items()[k];
    if (runtime::str_equal(keyword, interpreter.names.metaclass)) {
      metaclass = arguments[count + k];
    } else {
      keyword_names.push_back(keyword);
      keyword_values.push_back(arguments[count + k]);
    }
  }
  if (metaclass.is_null()) {
    metaclass = base_items->size > 0 ? Value::object(runtime::type_of(interpreter, base_items->items()[0]))
                                     : Value::object(interpreter.type_type);
  }
  // The most derived metaclass among the given one and the bases' types.
  if (runtime::is_subtype(runtime::type_of(interpreter, metaclass), interpreter.type_type) || metaclass == Value::object(interpreter.type_type)) {
    runtime::Type* winner =
        runtime::calculate_metaclass(interpreter, static_cast<runtime::Type*>(metaclass.as_object()), bases.get());
    if (!winner) return Ref();
    metaclass = Value::object(winner);
  }
  Ref keyword_tuple = keyword_names.empty() ? Ref() : runtime::new_tuple(interpreter, keyword_names);
  Ref namespace_dict;
  {
    Ref prepare;
    const int has_prepare = runtime::lookup_attribute(interpreter, metaclass, interpreter.names.dunder_prepare, prepare);
    if (has_prepare < 0) return Ref();
    if (has_prepare) {
      std::vector<Value> prepare_arguments{name, bases.get()};
      prepare_arguments.insert(prepare_arguments.end(), keyword_values.begin(), keyword_values.end());
      namespace_dict = runtime::call(interpreter, prepare.get(), prepare_arguments.data(), 2, keyword_tuple.get());
    } else {
      namespace_dict = runtime::new_dict(interpreter);
    }
  }
  if (!namespace_dict) return Ref();
  Ref cell = run_class_body(interpreter, body, namespace_dict.get());
  if (!cell) return cell;
  if (bases.get() != original_bases.get() &&
      !runtime::set_item(interpreter, namespace_dict.get(), interpreter.intern("__orig_bases__"), original_bases.get()))
    return Ref();
  std::vector<Value> call_arguments{name, bases.get(), namespace_dict.get()};
  call_arguments.insert(call_arguments.end(), keyword_values.begin(), keyword_values.end());
  Ref cls = runtime::call(interpreter, metaclass, call_arguments.data(), 3, keyword_tuple.get());
  if (cls && runtime::type_of(interpreter, cell.get()) == interpreter.cell_type) {
    runtime::incref(cls.get());
    runtime::cell_set(cell.get(), cls.get());
  }
  return cls;
}

}  // namespace

void install(Interpreter& interpreter) {
  interpreter.function_type->call = &call_function;
  interpreter.unraisable_printer = &print_unraisable;
  interpreter.exception_printer = &print_exception;
  install_generators(interpreter);
  Ref builder = runtime::new_builtin_function(interpreter, "__build_class__", &build_class);
  runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.names.dunder_build_class, builder.get());
  install_import(interpreter);
  install_eval(interpreter);
  install_async_builtins(interpreter);
  // The special methods of the slots filled here, as the other built-in
  // types got theirs when the interpreter started (function.__call__,
  // generator.__next__ ...).
  for (runtime::Type* type : {interpreter.function_type, interpreter.generator_type, interpreter.coroutine_type,
                              interpreter.async_generator_type, interpreter.async_generator_asend_type,
                              interpreter.async_generator_athrow_type, interpreter.coroutine_wrapper_type,
                              interpreter.anext_awaitable_type}) {
    runtime::add_slot_wrappers(interpreter, type);
    type->version = interpreter.next_type_version();
  }
}

}  // namespace krait::vm
