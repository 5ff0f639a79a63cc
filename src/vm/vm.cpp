// VM stage: the dispatch loop. Frames are windows of the interpreter's
// register stack: a call's arguments are already in place as the callee's
// first registers, so a Python-to-Python call allocates nothing and stays in
// this loop; native code calling Python re-enters it (call.cpp). Dispatch is
// computed goto where the compiler has labels as values, a switch elsewhere.
#include "vm/vm.h"

#include "runtime/arguments.h"
#include "vm/call.h"
#include "vm/caches.h"
#include "vm/eval.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/match.h"
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdio>
#include <span>
#include <vector>

#include "compiler/code_object.h"
#include "modules/signal_module.h"
#include "objects/cell_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/format.h"
#include "objects/frame_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using compiler::Instruction;
using compiler::Opcode;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// Threads (runtime/thread_state.h): another thread waits for the GIL.
inline bool gil_wanted(const Interpreter& interpreter) {
  return interpreter.gil_drop_request.load(std::memory_order_relaxed);
}

// The eval breaker (CPython's): the main thread runs the handlers of the
// signals caught, and a thread asked to hands the GIL over. False with the
// exception a handler raised.
[[gnu::noinline]] bool run_eval_breaker(Interpreter& interpreter) {
  if (!modules::check_signals(interpreter)) return false;
  if (gil_wanted(interpreter)) runtime::yield_gil(interpreter);
  return true;
}

// Computed goto needs GCC's labels as values; KRAIT_SWITCH_DISPATCH forces
// the portable switch (to test it).
#if defined(__GNUC__) && !defined(KRAIT_SWITCH_DISPATCH)
#define KRAIT_COMPUTED_GOTO 1
#else
#define KRAIT_COMPUTED_GOTO 0
#endif

// Stores an owned reference into a register, releasing the old one.
KRAIT_ALWAYS_INLINE void store(Value& slot, Value owned) {
  Value old = slot;
  slot = owned;
  runtime::decref(old);
}

KRAIT_ALWAYS_INLINE void clear_window(Value* registers, int count) {
  for (int i = 0; i < count; ++i) store(registers[i], Value());
}

// Small-int fast paths: true with `out` set when the result is exact.
template <runtime::BinaryOperator op>
inline bool small_int_binary(std::int64_t a, std::int64_t b, std::int64_t& out) {
  using runtime::BinaryOperator;
  if constexpr (op == BinaryOperator::ADD) return !__builtin_add_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::SUBTRACT) return !__builtin_sub_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::MULTIPLY) return !__builtin_mul_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::FLOOR_DIVIDE || op == BinaryOperator::REMAINDER) {
    if (b <= 0 || a < 0) return false;  // signs and zero: the general path
    out = op == BinaryOperator::FLOOR_DIVIDE ? a / b : a % b;
    return true;
  }
  // Bitwise results of small ints are small ints.
  if constexpr (op == BinaryOperator::AND) return out = a & b, true;
  if constexpr (op == BinaryOperator::XOR) return out = a ^ b, true;
  if constexpr (op == BinaryOperator::OR) return out = a | b, true;
  if constexpr (op == BinaryOperator::RIGHT_SHIFT) {
    if (b < 0 || b > 63) return false;
    out = a >> b;
    return true;
  }
  if constexpr (op == BinaryOperator::LEFT_SHIFT) {
    if (b < 0 || b > 62 || ((a << b) >> b) != a) return false;
    out = a << b;
    return Value::fits_small_int(out);
  }
  return false;
}

// A float, or a small int a double holds exactly (|i| <= 2**53), as a
// double: the operands of the float fast paths, which then give what
// CPython's float operations give.
inline bool exact_double(const Interpreter& interpreter, Value value, double& out) {
  if (value.is_small_int()) {
    const std::int64_t integer = value.as_small_int();
    if (integer > (std::int64_t{1} << 53) || integer < -(std::int64_t{1} << 53)) return false;
    out = static_cast<double>(integer);
    return true;
  }
  if (!value.is_object() || value.as_object()->type != interpreter.float_type) return false;
  out = runtime::float_value(value);
  return true;
}

// +, -, *, / of floats (or a float and an int, or two ints for /) that
// cannot fail: true with `out` set.
template <runtime::BinaryOperator op>
inline bool float_binary(const Interpreter& interpreter, Value left, Value right, double& out) {
  using runtime::BinaryOperator;
  if constexpr (op == BinaryOperator::ADD || op == BinaryOperator::SUBTRACT || op == BinaryOperator::MULTIPLY ||
                op == BinaryOperator::TRUE_DIVIDE) {
    double a, b;
    // Two ints make an int, except for /.
    if (op != BinaryOperator::TRUE_DIVIDE && left.is_small_int() && right.is_small_int()) return false;
    if (!exact_double(interpreter, left, a) || !exact_double(interpreter, right, b)) return false;
    if constexpr (op == BinaryOperator::ADD) out = a + b;
    if constexpr (op == BinaryOperator::SUBTRACT) out = a - b;
    if constexpr (op == BinaryOperator::MULTIPLY) out = a * b;
    if constexpr (op == BinaryOperator::TRUE_DIVIDE) {
      if (b == 0) return false;  // ZeroDivisionError: the general path
      out = a / b;
    }
    return true;
  } else {
    return false;
  }
}

// str + str, the commonest non-numeric `+`: `s += t` appends in place when
// the target register holds the only reference to `s` (linear loops). True
// when done (the result stored, or false returned with an error pending
// through `failed`).
template <runtime::BinaryOperator op>
inline bool str_binary(Interpreter& interpreter, Value* registers, int target, Value left, Value right, bool& failed) {
  if constexpr (op != runtime::BinaryOperator::ADD) {
    return false;
  } else {
    if (!left.is_object() || !right.is_object() || left.as_object()->type != interpreter.str_type ||
        right.as_object()->type != interpreter.str_type)
      return false;
    if (registers[target] == left && left.as_object()->refcount == 1) {
      failed = !runtime::str_concat_in_place(interpreter, registers[target], right);
      return true;
    }
    const Value result = runtime::str_concat(interpreter, left, right).release();
    failed = result.is_null();
    if (!failed) store(registers[target], result);
    return true;
  }
}

// Stores a float result, reusing the float the register holds when nothing
// else refers to it (no allocation in loops such as `total += x * y`).
inline void store_float(Interpreter& interpreter, Value& slot, double number) {
  if (slot.is_object() && slot.as_object()->type == interpreter.float_type && slot.as_object()->refcount == 1) {
    static_cast<runtime::FloatObject*>(slot.as_object())->value = number;
    return;
  }
  store(slot, runtime::new_float(interpreter, number).release());
}

void raise_unbound(Interpreter& interpreter, const CodeObject* code, int index) {
  interpreter.set_exception(interpreter.UnboundLocalError_type,
                           "cannot access local variable '" + std::string(runtime::str_utf8(code->local_names[index].get())) +
                               "' where it is not associated with a value");
}

// An empty cell read: a free variable's NameError or a cell variable's
// UnboundLocalError, as CPython's format_exc_unbound.
void raise_unbound_deref(Interpreter& interpreter, const CodeObject* code, int index) {
  if (index >= code->local_count - static_cast<int>(code->free_names.size())) {
    interpreter.set_exception(interpreter.NameError_type,
                              "cannot access free variable '" + std::string(runtime::str_utf8(code->local_names[index].get())) +
                                  "' where it is not associated with a value in enclosing scope");
    runtime::set_name_error_name(interpreter, code->local_names[index].get());
  } else {
    raise_unbound(interpreter, code, index);
  }
}

// LOAD_CLASSDEREF: the class namespace's entry for the cell's name, else
// the cell's contents. Owned, or null with the exception pending.
// locals[name] for LOAD_NAME and LOAD_CLASSDEREF: a dict looked up
// directly, any other mapping (a dict subclass included, as CPython) by
// its __getitem__, a KeyError meaning absent. 1 found (`out` a new
// reference), 0 absent, -1 error.
int namespace_lookup(Interpreter& interpreter, Value locals, Value name, Value& out) {
  if (runtime::type_of(interpreter, locals) == interpreter.dict_type) {
    const int found = runtime::dict_lookup(interpreter, locals, name, out);
    if (found > 0) runtime::incref(out);
    return found;
  }
  Ref value = runtime::get_item(interpreter, locals, name);
  if (value) {
    out = value.release();
    return 1;
  }
  if (!runtime::is_subtype(runtime::type_of(interpreter, interpreter.exception()), interpreter.KeyError_type)) return -1;
  Ref discarded = interpreter.take_exception();
  return 0;
}

// LOAD_NAME: locals, then globals, then builtins (a new reference, or null
// with NameError or the lookup's error pending).
Value load_name(Interpreter& interpreter, Value locals, Value globals, Value name) {
  Value value;
  const int found = namespace_lookup(interpreter, locals, name, value);
  if (found) return value;
  value = runtime::dict_get_str(globals, name);
  if (value.is_null()) value = runtime::dict_get_str(builtins_of(interpreter, globals), name);
  if (value.is_null()) {
    raise_name_error(interpreter, name);
    return Value();
  }
  runtime::incref(value);
  return value;
}

Value load_class_deref(Interpreter& interpreter, Value locals, const CodeObject* code, Value cell, int index) {
  const Value name = code->local_names[index].get();
  Value found_value;
  const int found = namespace_lookup(interpreter, locals, name, found_value);
  if (found < 0) return Value();
  if (found) return found_value;
  const Value value = runtime::as_cell(cell)->contents;
  if (value.is_null()) {
    raise_unbound_deref(interpreter, code, index);
    return Value();
  }
  runtime::incref(value);
  return value;
}

// SETUP_ANNOTATIONS: an empty __annotations__ dict in the namespace unless
// it has one.
bool setup_annotations(Interpreter& interpreter, Value locals) {
  const Value name = interpreter.intern("__annotations__");
  if (runtime::type_of(interpreter, locals) == interpreter.dict_type) {
    Value existing;
    const int found = runtime::dict_lookup(interpreter, locals, name, existing);
    if (found != 0) return found > 0;
    Ref annotations = runtime::new_dict(interpreter);
    return runtime::dict_set_item(interpreter, locals, name, annotations.get());
  }
  Ref existing = runtime::get_item(interpreter, locals, name);
  if (existing) return true;
  if (!runtime::is_subtype(runtime::type_of(interpreter, interpreter.exception()), interpreter.KeyError_type)) return false;
  Ref discarded = interpreter.take_exception();
  Ref annotations = runtime::new_dict(interpreter);
  return runtime::set_item(interpreter, locals, name, annotations.get());
}

// {items...}: a new set, owned, or null with the exception pending (an
// unhashable item).
Value build_set(Interpreter& interpreter, const Value* items, int count) {
  Ref set = runtime::new_set(interpreter);
  for (int i = 0; i < count; ++i)
    if (!runtime::set_add(interpreter, set.get(), items[i])) return Value();
  return set.release();
}

// An f-string's pieces: a value converted (1 str, 2 repr, 3 ascii),
// formatted with an empty spec, or joined. Owned, or null with the
// exception pending.
Value convert_value(Interpreter& interpreter, Value value, int conversion) {
  switch (conversion) {
    case 1: return runtime::str(interpreter, value).release();
    case 2: return runtime::repr(interpreter, value).release();
    default: return runtime::ascii_repr(interpreter, value).release();
  }
}

Value format_simple(Interpreter& interpreter, Value value) {
  if (value.is_object() && value.as_object()->type == interpreter.str_type) {
    runtime::incref(value);
    return value;
  }
  // An int's format(i, '') is its str(), without the __format__ lookup.
  if (value.is_small_int()) return runtime::str(interpreter, value).release();
  Ref empty = runtime::new_str(interpreter, "");
  return runtime::format_value(interpreter, value, empty.get()).release();
}

Value build_string(Interpreter& interpreter, const Value* pieces, int count) {
  std::int64_t length = 0;
  for (int i = 0; i < count; ++i) length += runtime::as_str(pieces[i])->length;
  runtime::StrBuilder out(interpreter, length);
  for (int i = 0; i < count; ++i) out.append(pieces[i]);
  return out.finish().release();
}

// Reads a register that may hold an unbound local: null with
// UnboundLocalError pending. (A function, not a lambda: capturing the
// dispatch loop's locals by reference would keep them out of registers.)
inline Value checked_register(Interpreter& interpreter, const CodeObject* code, const Value* registers, int n) {
  const Value value = registers[n];
  if (value.is_null()) [[unlikely]]
    raise_unbound(interpreter, code, n);
  return value;
}

// Pops the innermost frame, releasing its registers and its function; `pc`
// is past its last instruction.
void pop_frame(Interpreter& interpreter, const Instruction* pc) {
  runtime::Frame& frame = interpreter.frames.back();
  if (frame.constructed) {
    runtime::decref(Value::object(std::exchange(frame.constructed, nullptr)));
    --interpreter.frame_depth;
  }
  release_function_locals(interpreter, frame, pc);
  clear_window(frame.registers, static_cast<CodeObject*>(frame.code)->register_count);
  // A finalizer run by the clearing (a coroutine never awaited warns) may
  // have made this frame's object again.
  release_function_locals(interpreter, frame, pc);
  runtime::Object* function = frame.function;
  if (frame.generator) finish_generator(interpreter, frame.generator);
  interpreter.frames.pop_back();
  --interpreter.frame_depth;
  if (function) runtime::decref(Value::object(function));
}

void raise_class_call_recursion(Interpreter& interpreter) {
  interpreter.set_exception(interpreter.RecursionError_type,
                            "maximum recursion depth exceeded while calling a Python object");
}

// TypeError "__init__() should return None, not 'int'" (as type.__call__).
void raise_init_result(Interpreter& interpreter, Value returned) {
  interpreter.set_exception(interpreter.TypeError_type,
                            "__init__() should return None, not " + runtime::quoted_type_name(interpreter, returned));
}

// How a callee is named in argument errors, as CPython's
// _PyObject_FunctionStr: "module.qualname()" (no module for builtins).
std::string function_string(Interpreter& interpreter, Value callee) {
  const runtime::Type* type = runtime::type_of(interpreter, callee);
  if (type == interpreter.method_type) return function_string(interpreter, static_cast<runtime::MethodObject*>(callee.as_object())->function.get());
  if (type == interpreter.builtin_function_type) {
    // Native functions carry only their name: a bound one is its type's method.
    const auto* builtin = static_cast<const runtime::BuiltinFunction*>(callee.as_object());
    std::string name = builtin->self ? std::string(runtime::type_name(interpreter, builtin->self.get())).append(".") : std::string();
    return name.append(builtin->name).append("()");
  }
  Ref qualname;
  if (runtime::lookup_attribute(interpreter, callee, interpreter.names.dunder_qualname, qualname) <= 0 ||
      runtime::type_of(interpreter, qualname.get()) != interpreter.str_type) {
    Ref discarded = interpreter.take_exception();
    Ref text = runtime::str(interpreter, callee);
    if (!text) {
      discarded = interpreter.take_exception();
      return std::string(runtime::type_name(interpreter, callee)) + " object";
    }
    return std::string(runtime::str_utf8(text.get()));
  }
  std::string result;
  Ref module;
  if (runtime::lookup_attribute(interpreter, callee, interpreter.intern("__module__"), module) > 0 &&
      runtime::type_of(interpreter, module.get()) == interpreter.str_type && runtime::str_utf8(module.get()) != "builtins")
    result.append(runtime::str_utf8(module.get())).append(".");
  Ref discarded = interpreter.take_exception();
  return result.append(runtime::str_utf8(qualname.get())).append("()");
}

// {**mapping} in a display, or **mapping in a call (`for_call`: keys must be
// strs and none may repeat; `callee` names the function in the message).
bool merge_into_dict(Interpreter& interpreter, Value dict, Value mapping, bool for_call, Value callee) {
  auto callee_name = [&]() { return function_string(interpreter, callee); };
  Ref keys;
  if (runtime::is_subtype(runtime::type_of(interpreter, mapping), interpreter.dict_type)) {
    std::size_t position = 0;
    Value key, value;
    while (runtime::dict_next(mapping, position, key, value)) {
      if (for_call) {
        if (!runtime::is_subtype(runtime::type_of(interpreter, key), interpreter.str_type)) {
          interpreter.set_exception(interpreter.TypeError_type, "keywords must be strings");
          return false;
        }
        Value existing;
        const int found = runtime::dict_lookup(interpreter, dict, key, existing);
        if (found < 0) return false;
        if (found) {
          interpreter.set_exception(interpreter.TypeError_type, callee_name() + " got multiple values for keyword argument '" +
                                                                    std::string(runtime::str_utf8(key)) + "'");
          return false;
        }
      }
      if (!runtime::dict_set_item(interpreter, dict, key, value)) return false;
    }
    return true;
  }
  // Any mapping: keys(), then [key] for each.
  const int has_keys = runtime::lookup_attribute(interpreter, mapping, interpreter.names.keys, keys);
  if (has_keys < 0) return false;
  if (!has_keys) {
    interpreter.set_exception(interpreter.TypeError_type,
                              for_call ? callee_name() + " argument after ** must be a mapping, not " +
                                             std::string(runtime::type_name(interpreter, mapping))
                                       : std::string("'").append(runtime::type_name(interpreter, mapping)).append("' object is not a mapping"));
    return false;
  }
  Ref key_list = runtime::call(interpreter, keys.get(), nullptr, 0);
  if (!key_list) return false;
  Ref iterator = runtime::get_iterator(interpreter, key_list.get());
  if (!iterator) return false;
  for (;;) {
    Ref key = runtime::iterator_next(interpreter, iterator.get());
    if (!key) return !interpreter.has_exception();
    Ref value = runtime::get_item(interpreter, mapping, key.get());
    if (!value || !runtime::dict_set_item(interpreter, dict, key.get(), value.get())) return false;
  }
}

// f(*positional, **keywords): the positional list, tuple or other iterable
// and the dict (or null) become a flat call. Owned result, or null with the
// exception pending. (Out of the dispatch loop: its locals have destructors.)
Value call_unpacked(Interpreter& interpreter, Value callee, Value positional, Value keywords) {
  const runtime::Type* type = runtime::type_of(interpreter, positional);
  Ref list;
  if (type != interpreter.list_type && type != interpreter.tuple_type) {
    // f(*iterable) alone passes the iterable itself (CPython's check_args_iterable).
    if (!type->iter && !type->subscript) {
      interpreter.set_exception(interpreter.TypeError_type, function_string(interpreter, callee) +
                                                                " argument after * must be an iterable, not " +
                                                                std::string(runtime::type_name(interpreter, positional)));
      return Value();
    }
    list = runtime::new_list(interpreter, {});
    if (!runtime::list_extend(interpreter, list.get(), positional)) return Value();
    positional = list.get();
    type = interpreter.list_type;
  }
  const std::span<const Value> items =
      type == interpreter.list_type
          ? std::span<const Value>(runtime::as_list(positional)->items)
          : std::span<const Value>(runtime::as_tuple(positional)->items(), runtime::as_tuple(positional)->size);
  std::vector<Value> arguments(items.begin(), items.end());
  Ref names;
  if (!keywords.is_null()) {
    std::vector<Value> keys;
    std::size_t position = 0;
    Value key, value;
    while (runtime::dict_next(keywords, position, key, value)) {
      keys.push_back(key);
      arguments.push_back(value);
    }
    if (!keys.empty()) names = runtime::new_tuple(interpreter, keys);
  }
  return runtime::call(interpreter, callee, arguments.data(), items.size(), names.get()).release();
}



// `except types:` -- 1 when `exception` is an instance of one of them, 0 when
// not, -1 when `types` holds something that is not an exception class.
int exception_matches(Interpreter& interpreter, Value exception, Value types) {
  const bool is_tuple = runtime::type_of(interpreter, types) == interpreter.tuple_type;
  const std::span<const Value> classes = is_tuple ? std::span<const Value>(runtime::as_tuple(types)->items(),
                                                                           runtime::as_tuple(types)->size)
                                                  : std::span<const Value>(&types, 1);
  for (Value type : classes) {
    if (!runtime::is_exception_type(interpreter, type)) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
  }
  for (Value type : classes)
    if (runtime::is_subtype(runtime::type_of(interpreter, exception), static_cast<runtime::Type*>(type.as_object())))
      return 1;
  return 0;
}

// `raise value`, `raise value from cause`: an exception instance, or a class
// to instantiate without arguments. The exception (or the TypeError saying
// why there is none) is left pending.
void raise_statement(Interpreter& interpreter, Value value, Value cause) {
  auto instantiate = [&](Value given, const char* what) -> Ref {
    if (runtime::is_exception_type(interpreter, given)) {
      Ref made = runtime::call(interpreter, given, nullptr, 0);
      if (made && !runtime::is_exception(interpreter, made.get()))
        return interpreter.raise(interpreter.TypeError_type,
                                 "calling " + std::string(runtime::str_utf8(runtime::repr(interpreter, given).get())) +
                                     " should have returned an instance of BaseException, not " +
                                     std::string(runtime::type_name(interpreter, made.get())));
      return made;
    }
    if (runtime::is_exception(interpreter, given)) return Ref::borrow(given);
    return interpreter.raise(interpreter.TypeError_type, what);
  };
  Ref exception = instantiate(value, "exceptions must derive from BaseException");
  if (!exception) return;
  if (!cause.is_null()) {
    Ref link;
    if (cause != interpreter.none()) {
      link = instantiate(cause, "exception causes must derive from BaseException");
      if (!link) return;
    }
    runtime::as_exception(exception.get())->cause = std::move(link);
    runtime::as_exception(exception.get())->suppress_context = true;
  }
  interpreter.raise_object(std::move(exception));
}

// CHECK_EG_MATCH: `match` and `rest` (registers, rest also the input) get
// the group's parts, None where empty.
bool split_exception_group(Interpreter& interpreter, Value group, Value types, Value& match, Value& rest) {
  if (group == interpreter.none()) {
    store(match, interpreter.new_none().release());
    return true;
  }
  Ref matched, remaining;
  if (!runtime::except_star_match(interpreter, group, types, matched, remaining)) return false;
  store(match, matched ? matched.release() : interpreter.new_none().release());
  store(rest, remaining ? remaining.release() : interpreter.new_none().release());
  return true;
}

// A bare `raise`: true with the exception being handled pending again, false
// with RuntimeError pending when there is none.
bool raise_handled(Interpreter& interpreter) {
  if (interpreter.handled_exception.is_null()) {
    interpreter.set_exception(interpreter.RuntimeError_type, "No active exception to reraise");
    return false;
  }
  interpreter.restore_exception(Ref::borrow(interpreter.handled_exception));
  return true;
}

// BEFORE_WITH: `exit` = the manager's bound __exit__, `entered` = the result
// of its __enter__() (both owned); BEFORE_ASYNC_WITH likewise with
// __aexit__ and __aenter__. False with the exception pending.
bool enter_context(Interpreter& interpreter, Value manager, bool is_async, Value& exit, Value& entered) {
  const auto& names = interpreter.names;
  const Value enter_function = runtime::lookup_special(interpreter, manager, is_async ? names.dunder_aenter : names.dunder_enter);
  const Value exit_function = runtime::lookup_special(interpreter, manager, is_async ? names.dunder_aexit : names.dunder_exit);
  if (enter_function.is_null() || exit_function.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type,
                              runtime::quoted_type_name(interpreter, manager) + " object does not support the " +
                                  (is_async ? "asynchronous " : "") + "context manager protocol" +
                                  (enter_function.is_null() ? "" : is_async ? " (missed __aexit__ method)"
                                                                            : " (missed __exit__ method)"));
    return false;
  }
  Ref bound_exit = runtime::bind_special(interpreter, exit_function, manager);
  if (!bound_exit) return false;
  Ref bound_enter = runtime::bind_special(interpreter, enter_function, manager);
  if (!bound_enter) return false;
  Ref result = runtime::call(interpreter, bound_enter.get(), nullptr, 0);
  if (!result) return false;
  exit = bound_exit.release();
  entered = result.release();
  return true;
}

// async for's iterator: __aiter__()'s result, which must have __anext__.
Ref async_iterator(Interpreter& interpreter, Value iterable) {
  const Value method = runtime::lookup_special(interpreter, iterable, interpreter.intern("__aiter__"));
  if (method.is_null())
    return interpreter.raise(interpreter.TypeError_type, "'async for' requires an object with __aiter__ method, got " +
                                                             std::string(runtime::type_name(interpreter, iterable)));
  Ref bound = runtime::bind_special(interpreter, method, iterable);
  Ref iterator = bound ? runtime::call(interpreter, bound.get(), nullptr, 0) : Ref();
  if (!iterator) return Ref();
  if (runtime::lookup_special(interpreter, iterator.get(), interpreter.intern("__anext__")).is_null())
    return interpreter.raise(interpreter.TypeError_type,
                             "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                 std::string(runtime::type_name(interpreter, iterator.get())));
  return iterator;
}

// The awaitable iterator of the next item of an async for.
Ref async_next(Interpreter& interpreter, Value iterator) {
  Ref awaitable = runtime::call_method(interpreter, iterator, interpreter.intern("__anext__"), nullptr, 0);
  if (!awaitable) return Ref();
  Ref result = awaitable_iterator(interpreter, awaitable.get());
  if (!result && interpreter.exception_is(interpreter.TypeError_type)) {
    Ref discarded = interpreter.take_exception();
    return interpreter.raise(interpreter.TypeError_type, "'async for' received an invalid object from __anext__: " +
                                                             std::string(runtime::type_name(interpreter, awaitable.get())));
  }
  return result;
}

// __exit__(type, exception, traceback) for a with block left by `exception`.
Value exit_context(Interpreter& interpreter, Value exit, Value exception) {
  const Value arguments[] = {Value::object(runtime::type_of(interpreter, exception)), exception, interpreter.none()};
  return runtime::call(interpreter, exit, arguments, 3).release();
}

// The frame's current line enters the pending exception's traceback.
void record_traceback(Interpreter& interpreter, const CodeObject* code, const Instruction* pc) {
  auto* exception = runtime::as_exception(interpreter.exception());
  const auto index = static_cast<std::size_t>(pc - code->instructions.data()) - 1;
  runtime::Frame& frame = interpreter.frames.back();
  frame.pc = pc;  // where the frame object finds its line once the frame ends
  exception->traceback.push_back({Ref::borrow(Value::object(const_cast<CodeObject*>(code))), Ref::borrow(frame.globals),
                                  code->line_of(index), static_cast<std::uint32_t>(index), Ref(),
                                  runtime::frame_object(interpreter, frame)});
}
}  // namespace

Ref run_module(Interpreter& interpreter, Value code_value, Value globals) {
  CodeObject* code = compiler::as_code(code_value);
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  if (!push_frame(interpreter, nullptr, code, globals, globals, window, nullptr, true)) return Ref();
  return execute(interpreter);
}

Ref execute(Interpreter& interpreter, bool throw_pending) {
  std::vector<runtime::Frame>& frames = interpreter.frames;
  runtime::Frame* frame = &frames.back();
  CodeObject* code = static_cast<CodeObject*>(frame->code);
  Value* registers = frame->registers;
  const Instruction* pc = frame->pc;
  Instruction instruction = 0;
  Ref result;
  // The call handlers' decoded operands (declared here: a switch may not
  // jump past their initialisation).
  Value callee;
  Value* arguments = nullptr;
  int count = 0;
  Value kwnames;
  int target = 0;
  // A yield's value, and where it goes (yield_value).
  Value yielded;
  Value* yield_target = nullptr;
  bool yield_entry = false;
  std::vector<Ref> unpacked;  // reused by every unpacking that needs an iterator

#define A compiler::operand_a(instruction)
#define B compiler::operand_b(instruction)
#define C compiler::operand_c(instruction)
#define R(n) registers[n]
#define W (*pc++)
#define CHECKED(n) checked_register(interpreter, code, registers, n)
// The namespace of LOAD_NAME and its kin: the frame's locals, else (module
// code called as a function, as CPython without CO_NEWLOCALS) its globals.
#define NAMESPACE (frame->locals.is_null() ? frame->globals : frame->locals)
// The slow paths that may run Python code first leave the frame's pc
// where a frame object reads its line (sys._getframe(1).f_lineno in a
// property, f_lineno of the running frame): SAVE_PC, and STORE_RESULT.
#define SAVE_PC() (frame->pc = pc)
#define STORE_RESULT(target, expression) \
  do {                                    \
    SAVE_PC();                            \
    Ref result_ = (expression);           \
    if (!result_) goto error;             \
    store(R(target), result_.release());  \
  } while (0)

#if KRAIT_COMPUTED_GOTO
  static void* const dispatch_table[] = {
#define KRAIT_OPCODE(name, format, comment) &&op_##name,
#include "compiler/opcodes.def"
#undef KRAIT_OPCODE
  };
#define HANDLER(name) op_##name:
#define DISPATCH()                                      \
  do {                                                  \
    instruction = *pc++;                                \
    goto* dispatch_table[instruction & 0xFF];           \
  } while (0)
  if (throw_pending) goto error;
  DISPATCH();
#else
#define HANDLER(name) case Opcode::name:
#define DISPATCH() goto dispatch
  if (throw_pending) goto error;
dispatch:
  instruction = *pc++;
  switch (compiler::opcode_of(instruction)) {
#endif

  HANDLER(NOP) { DISPATCH(); }
  HANDLER(MOVE) {
    Value value = R(B);
    if (value.is_null()) {
      raise_unbound(interpreter, code, B);
      goto error;
    }
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(LOAD_CONST) {
    Value value = code->constants[compiler::operand_bx(instruction)].get();
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(LOAD_INT) {
    store(R(A), Value::small_int(compiler::operand_sbx(instruction)));
    DISPATCH();
  }
  HANDLER(LOAD_GLOBAL) {
    compiler::InlineCache& cache = code->caches[W];
    const auto* globals = runtime::as_dict(frame->globals);
    const auto* builtins = runtime::as_dict(interpreter.builtins());
    // The cache holds the entry position in the globals (version2 == 0) or
    // in the builtins, valid while the dicts' keys are unchanged.
    if (cache.version == globals->keys_version) {
      const Value value = cache.version2 == 0 ? globals->entries[cache.index].value
                          : cache.version2 == builtins->keys_version ? builtins->entries[cache.index].value
                                                                     : Value();
      if (!value.is_null()) {
        runtime::incref(value);
        store(R(A), value);
        DISPATCH();
      }
    }
    Value value;
    if (!load_global(interpreter, cache, frame->globals, value)) goto error;
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(STORE_GLOBAL) {
    const Value value = CHECKED(A);
    if (value.is_null()) goto error;
    runtime::dict_set_str(interpreter, frame->globals, code->names[compiler::operand_bx(instruction)].get(), value);
    DISPATCH();
  }
  HANDLER(DELETE_GLOBAL) {
    const Value name = code->names[compiler::operand_bx(instruction)].get();
    const int removed = runtime::dict_delete_item(interpreter, frame->globals, name);
    if (removed < 0) goto error;
    if (removed == 0) {
      raise_name_error(interpreter, name);
      goto error;
    }
    DISPATCH();
  }
  HANDLER(LOAD_NAME) {
    const Value value =
        load_name(interpreter, NAMESPACE, frame->globals, code->names[compiler::operand_bx(instruction)].get());
    if (value.is_null()) goto error;
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(STORE_NAME) {
    const Value value = CHECKED(A);
    if (value.is_null()) goto error;
    const Value name = code->names[compiler::operand_bx(instruction)].get();
    if (runtime::type_of(interpreter, NAMESPACE) == interpreter.dict_type) {
      runtime::dict_set_str(interpreter, NAMESPACE, name, value);
    } else if (!runtime::set_item(interpreter, NAMESPACE, name, value)) {
      goto error;
    }
    DISPATCH();
  }
  HANDLER(DELETE_NAME) {
    const Value name = code->names[compiler::operand_bx(instruction)].get();
    if (!runtime::set_item(interpreter, NAMESPACE, name, Value())) {
      if (interpreter.exception_is(interpreter.KeyError_type)) {
        Ref discarded = interpreter.take_exception();
        raise_name_error(interpreter, name);
      }
      goto error;
    }
    DISPATCH();
  }
  HANDLER(LOAD_ATTR) {
    compiler::InlineCache& cache = code->caches[W];
    const Value object = R(B);
    if (const auto* entry = cached_entry(cache, object)) {
      if (entry->kind == compiler::InlineCache::Kind::InstanceSlot) {
        // An instance attribute in the slot the cache remembers.
        const runtime::Attributes* attributes = runtime::attributes_of(object.as_object());
        if (!attributes->dict && entry->index < attributes->capacity) {
          const Value value = attributes->values[entry->index];
          if (!value.is_null()) {
            runtime::incref(value);
            store(R(A), value);
            DISPATCH();
          }
        }
      } else {
        const Value value = load_cached_type_attribute(interpreter, *entry, object);
        if (!value.is_null()) {
          store(R(A), value);
          DISPATCH();
        }
        if (interpreter.has_exception()) goto error;
      }
    }
    if (CHECKED(B).is_null()) goto error;
    STORE_RESULT(A, load_attribute(interpreter, cache, object));
    DISPATCH();
  }
  HANDLER(STORE_ATTR) {
    compiler::InlineCache& cache = code->caches[W];
    const Value object = R(A);
    const Value value = R(B);
    const auto* entry = value.is_null() ? nullptr : cached_entry(cache, object);
    if (entry) {
      runtime::Attributes* attributes = runtime::attributes_of(object.as_object());
      if (!attributes->dict && entry->index < attributes->capacity) {
        runtime::incref(value);
        store(attributes->values[entry->index], value);
        DISPATCH();
      }
    }
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    SAVE_PC();
    if (!store_attribute(interpreter, cache, object, value)) goto error;
    DISPATCH();
  }
  HANDLER(DELETE_ATTR) {
    if (CHECKED(A).is_null()) goto error;
    SAVE_PC();
    if (!runtime::set_attribute(interpreter, R(A), code->names[compiler::operand_bx(instruction)].get(), Value()))
      goto error;
    DISPATCH();
  }
  HANDLER(LOAD_METHOD) {
    compiler::InlineCache& cache = code->caches[W];
    const Value object = R(B);
    const int target = A;
    // A function on the type that the instance does not shadow: no bound
    // method is made.
    const auto* entry = cached_entry(cache, object);
    if (entry && !entry->value.is_null()) {
      const runtime::Attributes* attributes = runtime::attributes_of(object.as_object());
      const bool shadowed = attributes && (attributes->dict ? !runtime::dict_get_str(attributes->dict.get(), cache.name).is_null()
                                                            : entry->index >= 0 && entry->index < attributes->capacity &&
                                                                  !attributes->values[entry->index].is_null());
      if (!shadowed) {
        const Value method = entry->value;
        runtime::incref(method);
        runtime::incref(object);
        store(R(target + 1), object);
        store(R(target), method);
        DISPATCH();
      }
    }
    if (CHECKED(B).is_null()) goto error;
    {
      Value method, self;
      if (!load_method(interpreter, cache, object, method, self)) goto error;
      store(R(target + 1), self);
      store(R(target), method);
    }
    DISPATCH();
  }
  HANDLER(SETUP_ANNOTATIONS) {
    if (!setup_annotations(interpreter, NAMESPACE)) goto error;
    DISPATCH();
  }
  HANDLER(LOAD_BUILD_CLASS) {
    const Value builder = runtime::dict_get_str(interpreter.builtins(), interpreter.names.dunder_build_class);
    if (builder.is_null()) {
      interpreter.set_exception(interpreter.NameError_type, "__build_class__ not found");
      goto error;
    }
    runtime::incref(builder);
    store(R(A), builder);
    DISPATCH();
  }
  HANDLER(IMPORT_NAME) {
    STORE_RESULT(A, import_name(interpreter, *frame, code->names[compiler::operand_bx(instruction)].get(), R(A), R(A + 1)));
    DISPATCH();
  }
  HANDLER(IMPORT_FROM) {
    STORE_RESULT(A + 1, import_from(interpreter, R(A), code->names[compiler::operand_bx(instruction)].get()));
    DISPATCH();
  }
  HANDLER(IMPORT_STAR) {
    if (!import_star(interpreter, NAMESPACE, R(A))) goto error;
    DISPATCH();
  }
  HANDLER(PRINT_EXPR) {
    if (!print_expression(interpreter, R(A))) goto error;
    DISPATCH();
  }

#define KRAIT_BINARY_HANDLER(Name, in_place)                                                          \
  {                                                                                                   \
    const Value left = R(B), right = R(C);                                                            \
    std::int64_t value_;                                                                              \
    if (left.is_small_int() && right.is_small_int() &&                                                \
        small_int_binary<runtime::BinaryOperator::Name>(left.as_small_int(), right.as_small_int(), value_)) { \
      store(R(A), Value::small_int(value_));                                                          \
      DISPATCH();                                                                                     \
    }                                                                                                 \
    double number_;                                                                                   \
    if (float_binary<runtime::BinaryOperator::Name>(interpreter, left, right, number_)) {             \
      store_float(interpreter, R(A), number_);                                                        \
      DISPATCH();                                                                                     \
    }                                                                                                 \
    bool failed_ = false;                                                                             \
    if (str_binary<runtime::BinaryOperator::Name>(interpreter, registers, A, left, right, failed_)) {  \
      if (failed_) goto error;                                                                        \
      DISPATCH();                                                                                     \
    }                                                                                                 \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;                                     \
    STORE_RESULT(A, runtime::binary_operation(interpreter, runtime::BinaryOperator::Name, left, right, in_place)); \
    DISPATCH();                                                                                       \
  }
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) \
  HANDLER(BINARY_##Name) KRAIT_BINARY_HANDLER(Name, false) HANDLER(INPLACE_##Name) KRAIT_BINARY_HANDLER(Name, true)
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR

#define KRAIT_COMPARE_HANDLER(Name, Op)                                                              \
  HANDLER(COMPARE_##Name) {                                                                          \
    const Value left = R(B), right = R(C);                                                           \
    if (left.is_small_int() && right.is_small_int()) {                                               \
      store(R(A), interpreter.new_boolean(runtime::compare_ordered(left.as_small_int(), right.as_small_int(), runtime::CompareOp::Op)).release()); \
      DISPATCH();                                                                                    \
    }                                                                                                \
    if (runtime::CompareOp::Op == runtime::CompareOp::Eq || runtime::CompareOp::Op == runtime::CompareOp::Ne) { \
      if (left.is_object() && right.is_object() && left.as_object()->type == interpreter.str_type &&  \
          right.as_object()->type == interpreter.str_type) {                                          \
        const bool equal_ = runtime::str_equal(left, right);                                           \
        store(R(A), interpreter.new_boolean(equal_ == (runtime::CompareOp::Op == runtime::CompareOp::Eq)).release()); \
        DISPATCH();                                                                                  \
      }                                                                                              \
    }                                                                                                \
    double a_, b_;                                                                                   \
    if (exact_double(interpreter, left, a_) && exact_double(interpreter, right, b_)) {               \
      store(R(A), interpreter.new_boolean(runtime::compare_ordered(a_, b_, runtime::CompareOp::Op)).release()); \
      DISPATCH();                                                                                    \
    }                                                                                                \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;                                    \
    STORE_RESULT(A, runtime::compare(interpreter, left, right, runtime::CompareOp::Op));             \
    DISPATCH();                                                                                      \
  }
  KRAIT_COMPARE_HANDLER(LT, Lt)
  KRAIT_COMPARE_HANDLER(LE, Le)
  KRAIT_COMPARE_HANDLER(EQ, Eq)
  KRAIT_COMPARE_HANDLER(NE, Ne)
  KRAIT_COMPARE_HANDLER(GT, Gt)
  KRAIT_COMPARE_HANDLER(GE, Ge)

  // A condition's comparison: true skips the jump that follows, false takes
  // it at once (one dispatch fewer, and no bool made).
#define KRAIT_TEST_TAKE(condition)                                        \
  do {                                                                    \
    pc += (condition) ? 1 : 1 + compiler::operand_sj(*pc);                \
    DISPATCH();                                                           \
  } while (0)
#define KRAIT_TEST_HANDLER(Name, Op)                                                              \
  HANDLER(TEST_##Name) {                                                                          \
    const Value left = R(A), right = R(B);                                                        \
    if (left.is_small_int() && right.is_small_int())                                              \
      KRAIT_TEST_TAKE(runtime::compare_ordered(left.as_small_int(), right.as_small_int(), runtime::CompareOp::Op)); \
    double a_, b_;                                                                                \
    if (exact_double(interpreter, left, a_) && exact_double(interpreter, right, b_))              \
      KRAIT_TEST_TAKE(runtime::compare_ordered(a_, b_, runtime::CompareOp::Op));                             \
    if ((runtime::CompareOp::Op == runtime::CompareOp::Eq || runtime::CompareOp::Op == runtime::CompareOp::Ne) && \
        left.is_object() && right.is_object() && left.as_object()->type == interpreter.str_type && \
        right.as_object()->type == interpreter.str_type)                                          \
      KRAIT_TEST_TAKE(runtime::str_equal(left, right) == (runtime::CompareOp::Op == runtime::CompareOp::Eq)); \
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;                                 \
    SAVE_PC();                                                                                    \
    const int truth_ = runtime::compare_truth(interpreter, left, right, runtime::CompareOp::Op);          \
    if (truth_ < 0) goto error;                                                                   \
    KRAIT_TEST_TAKE(truth_);                                                                      \
  }
  KRAIT_TEST_HANDLER(LT, Lt)
  KRAIT_TEST_HANDLER(LE, Le)
  KRAIT_TEST_HANDLER(EQ, Eq)
  KRAIT_TEST_HANDLER(NE, Ne)
  KRAIT_TEST_HANDLER(GT, Gt)
  KRAIT_TEST_HANDLER(GE, Ge)
  HANDLER(TEST_IS) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    KRAIT_TEST_TAKE(R(A) == R(B));
  }
  HANDLER(TEST_IS_NOT) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    KRAIT_TEST_TAKE(R(A) != R(B));
  }
  HANDLER(TEST_IN)
  HANDLER(TEST_NOT_IN) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    SAVE_PC();
    const int found = runtime::contains(interpreter, R(B), R(A));
    if (found < 0) goto error;
    KRAIT_TEST_TAKE(found == (compiler::opcode_of(instruction) == Opcode::TEST_IN));
  }
  HANDLER(IS) {
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    store(R(A), interpreter.new_boolean(R(B) == R(C)).release());
    DISPATCH();
  }
  HANDLER(IS_NOT) {
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    store(R(A), interpreter.new_boolean(R(B) != R(C)).release());
    DISPATCH();
  }
#define KRAIT_UNARY_HANDLER(Name, Operator)                                              \
  HANDLER(Name) {                                                                        \
    const Value operand = CHECKED(B);                                                    \
    if (operand.is_null()) goto error;                                                   \
    STORE_RESULT(A, runtime::unary_operation(interpreter, runtime::UnaryOperator::Operator, operand)); \
    DISPATCH();                                                                          \
  }
  KRAIT_UNARY_HANDLER(NEGATE, Negative)
  KRAIT_UNARY_HANDLER(POSITIVE, Positive)
  KRAIT_UNARY_HANDLER(INVERT, Invert)
  HANDLER(NOT) {
    const Value operand = CHECKED(B);
    if (operand.is_null()) goto error;
    frame->pc = pc;  // __bool__ may warn: the line it reads
    const int truth = runtime::truth(interpreter, operand);
    if (truth < 0) goto error;
    store(R(A), interpreter.new_boolean(!truth).release());
    DISPATCH();
  }
#define KRAIT_CONTAINS_HANDLER(Name, when_found)                          \
  HANDLER(Name) {                                                         \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;         \
    SAVE_PC();                                                            \
    const int found = runtime::contains(interpreter, R(C), R(B));         \
    if (found < 0) goto error;                                            \
    store(R(A), interpreter.new_boolean(found == when_found).release());  \
    DISPATCH();                                                           \
  }
  KRAIT_CONTAINS_HANDLER(CONTAINS, 1)
  KRAIT_CONTAINS_HANDLER(NOT_CONTAINS, 0)
  HANDLER(BUILD_TUPLE) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_tuple(interpreter, std::span<const Value>(&R(B), C)).release());
    DISPATCH();
  }
  HANDLER(BUILD_LIST) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_list(interpreter, std::span<const Value>(&R(B), C)).release());
    DISPATCH();
  }
  HANDLER(LIST_APPEND) {
    const Value item = CHECKED(B);
    if (item.is_null()) goto error;
    runtime::list_append(R(A), item);
    DISPATCH();
  }
  HANDLER(LIST_EXTEND) {
    const Value iterable = CHECKED(B);
    if (iterable.is_null()) goto error;
    if (!runtime::type_of(interpreter, iterable)->iter) {
      interpreter.set_exception(interpreter.TypeError_type, "Value after * must be an iterable, not " +
                                                                std::string(runtime::type_name(interpreter, iterable)));
      goto error;
    }
    if (!runtime::list_extend(interpreter, R(A), iterable)) goto error;
    DISPATCH();
  }
  HANDLER(LIST_TO_TUPLE) {
    store(R(A), runtime::new_tuple(interpreter, runtime::as_list(R(B))->items).release());
    DISPATCH();
  }
  HANDLER(BUILD_SLICE) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_slice(interpreter, R(B), R(B + 1), C == 3 ? R(B + 2) : interpreter.none()).release());
    DISPATCH();
  }
  HANDLER(GET_ITEM) {
    const Value container = R(B), key = R(C);
    if (key.is_small_int() && container.is_object()) {
      // Reading a list or tuple at an int index in range: no call.
      const runtime::Type* type = container.as_object()->type;
      const Value* items = nullptr;
      std::int64_t size = 0;
      if (type == interpreter.list_type) {
        items = runtime::as_list(container)->items.data();
        size = static_cast<std::int64_t>(runtime::as_list(container)->items.size());
      } else if (type == interpreter.tuple_type) {
        items = runtime::as_tuple(container)->items();
        size = runtime::as_tuple(container)->size;
      } else if (type == interpreter.str_type) {
        // One character: the shared one-character strs when Latin-1.
        std::int64_t index = key.as_small_int();
        const runtime::StrObject* str = runtime::as_str(container);
        if (index < 0) index += str->length;
        if (index >= 0 && index < str->length) {
          store(R(A), runtime::new_str_from_code_point(interpreter, str->at(index)).release());
          DISPATCH();
        }
      }
      std::int64_t index = key.as_small_int();
      if (index < 0) index += size;
      if (index >= 0 && index < size) {
        runtime::incref(items[index]);
        store(R(A), items[index]);
        DISPATCH();
      }
    }
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    STORE_RESULT(A, runtime::get_item(interpreter, container, key));
    DISPATCH();
  }
  HANDLER(SET_ITEM) {
    {
      // Writing a list at an int index in range: no call.
      const Value container = R(A), key = R(B), value = R(C);
      if (key.is_small_int() && container.is_object() && container.as_object()->type == interpreter.list_type &&
          !value.is_null()) {
        std::vector<Value>& items = runtime::as_list(container)->items;
        std::int64_t index = key.as_small_int();
        if (index < 0) index += static_cast<std::int64_t>(items.size());
        if (index >= 0 && index < static_cast<std::int64_t>(items.size())) {
          runtime::incref(value);
          store(items[index], value);
          DISPATCH();
        }
      }
    }
    if (CHECKED(A).is_null() || CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    SAVE_PC();
    if (!runtime::set_item(interpreter, R(A), R(B), R(C))) goto error;
    DISPATCH();
  }
  HANDLER(DELETE_ITEM) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    SAVE_PC();
    if (!runtime::set_item(interpreter, R(A), R(B), Value())) goto error;
    DISPATCH();
  }
  HANDLER(UNPACK_SEQUENCE) {
    const Value source = CHECKED(B);
    if (source.is_null()) goto error;
    const int count = C;
    if (source.is_object() && (source.as_object()->type == interpreter.tuple_type ||
                                source.as_object()->type == interpreter.list_type)) {
      // A tuple or list of the right size unpacks without an iterator.
      const std::span<const Value> items =
          source.as_object()->type == interpreter.tuple_type
              ? std::span<const Value>(runtime::as_tuple(source)->items(), runtime::as_tuple(source)->size)
              : std::span<const Value>(runtime::as_list(source)->items);
      if (items.size() == static_cast<std::size_t>(count)) {
        // The targets are temporaries apart from R[B], which keeps the
        // source and so its items alive while they are stored.
        for (int i = 0; i < count; ++i) {
          runtime::incref(items[i]);
          store(R(A + i), items[i]);
        }
        DISPATCH();
      }
    }
    SAVE_PC();
    if (!runtime::unpack(interpreter, source, count, false, 0, unpacked)) goto error;
    for (int i = 0; i < count; ++i) store(R(A + i), unpacked[i].release());
    DISPATCH();
  }
  HANDLER(UNPACK_EX) {
    const Value source = CHECKED(A);
    if (source.is_null()) goto error;
    if (!runtime::unpack(interpreter, source, B, true, C, unpacked)) goto error;
    for (int i = 0; i <= B + C; ++i) store(R(A + i), unpacked[i].release());
    DISPATCH();
  }
  HANDLER(JUMP) {
    // A loop's back edge is the eval breaker's safe point: signal handlers
    // run, and the GIL goes to a thread that asked for it. Before the jump:
    // what a handler raises comes from this instruction, inside the loop.
    if (compiler::operand_sj(instruction) < 0 && (modules::any_pending | gil_wanted(interpreter))) [[unlikely]] {
      frame->pc = pc;
      if (!run_eval_breaker(interpreter)) goto error;
    }
    pc += compiler::operand_sj(instruction);
    DISPATCH();
  }
#define KRAIT_CONDITIONAL_JUMP(Name, jump_when)                           \
  HANDLER(Name) {                                                         \
    const Value value = R(A);                                             \
    int truth;                                                            \
    if (value == interpreter.boolean(true)) {                             \
      truth = 1;                                                          \
    } else if (value == interpreter.boolean(false)) {                     \
      truth = 0;                                                          \
    } else if (value.is_small_int()) {                                    \
      truth = value.as_small_int() != 0;                                  \
    } else {                                                              \
      if (CHECKED(A).is_null()) goto error;                               \
      frame->pc = pc; /* __bool__ may warn: the line it reads */          \
      truth = runtime::truth(interpreter, value);                         \
      if (truth < 0) goto error;                                          \
    }                                                                     \
    if (truth == jump_when) pc += compiler::operand_sbx(instruction);     \
    DISPATCH();                                                           \
  }
  KRAIT_CONDITIONAL_JUMP(JUMP_IF_FALSE, 0)
  KRAIT_CONDITIONAL_JUMP(JUMP_IF_TRUE, 1)
  HANDLER(GET_ITER) {
    const Value iterable = CHECKED(B);
    if (iterable.is_null()) goto error;
    STORE_RESULT(A, runtime::get_iterator(interpreter, iterable));
    DISPATCH();
  }
  HANDLER(FOR_ITER) {
    const Value iterator = R(A);
    // The next item, owned, or null once the iterator is exhausted. Handlers
    // hold owned values as raw Values, never Refs, across DISPATCH(): an
    // indirect goto cannot run destructors (clang rejects it, GCC would skip
    // them).
    Value item;
    if (iterator.as_object()->type == interpreter.range_iterator_type) {
      // Stepping a range inline: no call, no allocation for small ints.
      auto* range = static_cast<runtime::RangeIterator*>(iterator.as_object());
      if (range->remaining > 0) {
        --range->remaining;
        item = runtime::new_int(interpreter, range->next).release();
        range->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(range->next) +
                                                static_cast<std::uint64_t>(range->step));
      }
    } else if (iterator.as_object()->type == interpreter.list_iterator_type ||
               iterator.as_object()->type == interpreter.tuple_iterator_type) {
      // Stepping a list or tuple inline (a list may change size meanwhile).
      auto* sequence = static_cast<runtime::SequenceIterator*>(iterator.as_object());
      if (sequence->sequence) {
        const Value items = sequence->sequence.get();
        const bool is_list = iterator.as_object()->type == interpreter.list_iterator_type;
        const std::int64_t size = is_list ? static_cast<std::int64_t>(runtime::as_list(items)->items.size())
                                          : runtime::as_tuple(items)->size;
        if (sequence->index < size) {
          item = is_list ? runtime::as_list(items)->items[sequence->index] : runtime::as_tuple(items)->items()[sequence->index];
          runtime::incref(item);
          ++sequence->index;
        } else {
          sequence->sequence = Ref();
        }
      }
    } else if (iterator.as_object()->type == interpreter.str_ascii_iterator_type ||
               iterator.as_object()->type == interpreter.str_iterator_type) {
      auto* sequence = static_cast<runtime::SequenceIterator*>(iterator.as_object());
      if (sequence->sequence) {
        const runtime::StrObject* text = runtime::as_str(sequence->sequence.get());
        if (sequence->index < text->length) {
          item = runtime::new_str_from_code_point(interpreter, text->at(sequence->index++)).release();
        } else {
          sequence->sequence = Ref();
        }
      }
    } else if (iterator.as_object()->type == interpreter.generator_type &&
               runtime::as_generator(iterator)->state != runtime::GeneratorObject::State::Running &&
               runtime::as_generator(iterator)->state != runtime::GeneratorObject::State::Finished) {
      // A generator resumes in this loop: its yield lands in R[B] and skips
      // the exit jump, its return takes it (see yield_value, return_from_frame).
      frame->pc = pc;
      if (!push_generator_frame(interpreter, runtime::as_generator(iterator), Value(), false, &R(B), false)) goto error;
      frame = &frames.back();
      code = static_cast<CodeObject*>(frame->code);
      registers = frame->registers;
      pc = frame->pc;
      DISPATCH();
    } else {
      SAVE_PC();
      item = runtime::iterator_next(interpreter, iterator).release();
    }
    if (item.is_null()) {
      if (interpreter.has_exception()) goto error;
    } else {
      store(R(B), item);
      ++pc;  // over the loop's exit jump
    }
    DISPATCH();
  }
  // The calls: callee, arguments (at the top of the window) and keyword
  // names decoded, then one shared path. A Python function's frame starts
  // at its first argument; anything else is called through its type.
  {
  HANDLER(CALL)
    target = A;
    callee = R(target);
    arguments = &R(target + 1);
    count = B;
    kwnames = Value();
    goto call;
  HANDLER(CALL_KW)
    target = A;
    callee = R(target);
    arguments = &R(target + 1);
    kwnames = code->constants[W].get();
    count = B - static_cast<int>(runtime::as_tuple(kwnames)->size);
    goto call;
  HANDLER(CALL_METHOD)
    target = A;
    callee = R(target);
    kwnames = Value();
    count = B;
    goto method_call;
  HANDLER(CALL_METHOD_KW)
    target = A;
    callee = R(target);
    kwnames = code->constants[W].get();
    count = B - static_cast<int>(runtime::as_tuple(kwnames)->size);
  method_call:
    // Without a self (R[A+1] null), the arguments start one register later.
    if (R(target + 1).is_null()) {
      arguments = &R(target + 2);
    } else {
      arguments = &R(target + 1);
      ++count;
      // A built-in type's method on an instance of exactly that type: its
      // native function at once (as CPython 3.11's method-descriptor calls).
      if (callee.is_object() && callee.as_object()->type == interpreter.method_descriptor_type &&
          runtime::type_of(interpreter, arguments[0]) ==
              static_cast<runtime::MethodDescriptor*>(callee.as_object())->owner) {
        const Value value = static_cast<runtime::MethodDescriptor*>(callee.as_object())
                                ->function(interpreter, arguments[0], arguments + 1, static_cast<std::size_t>(count - 1),
                                           kwnames)
                                .release();
        clear_window(arguments, count + static_cast<int>(runtime::keyword_count(kwnames)));
        if (value.is_null()) goto error;
        store(R(target), value);
        DISPATCH();
      }
    }
  call:
    if (callee.is_object() && callee.as_object()->type == interpreter.method_type) {
      // A bound method: its self goes in the callee's register, just below
      // the arguments, and its function is called on them all.
      auto* method = static_cast<runtime::MethodObject*>(callee.as_object());
      if (arguments == &R(target + 1)) {
        // Owned here: storing self may free the method. The frame holds the
        // function while it runs.
        const Value function = method->function.get();
        runtime::incref(function);
        runtime::incref(method->self.get());
        store(R(target), method->self.get());
        arguments = &R(target);
        ++count;
        if (function.as_object()->type == interpreter.function_type &&
            !(compiler::as_code(runtime::as_function(function)->code.get())->flags & compiler::code_suspendable)) {
          auto* python = runtime::as_function(function);
          CodeObject* callee_code = compiler::as_code(python->code.get());
          frame->pc = pc;
          const bool ok = bind_arguments(interpreter, python, callee_code, arguments, static_cast<std::size_t>(count), kwnames) &&
                          push_frame(interpreter, python, callee_code, python->globals.get(), Value(), arguments,
                                     &R(target), false);
          runtime::decref(function);
          if (!ok) goto error;
          frame = &frames.back();
          code = callee_code;
          registers = frame->registers;
          pc = frame->pc;
          if (gil_wanted(interpreter)) [[unlikely]] goto yield_at_call;
          DISPATCH();
        }
        frame->pc = pc;  // where native code finds the caller's line (warnings, sys._getframe)
        const Value value = runtime::call(interpreter, function, arguments, static_cast<std::size_t>(count), kwnames).release();
        runtime::decref(function);
        clear_window(arguments, count + static_cast<int>(runtime::keyword_count(kwnames)));
        if (value.is_null()) goto error;
        store(R(target), value);
        DISPATCH();
      }
    }
    if (callee.is_object() && callee.as_object()->type == interpreter.function_type &&
        !(compiler::as_code(runtime::as_function(callee)->code.get())->flags & compiler::code_suspendable)) {
      auto* function = runtime::as_function(callee);
      CodeObject* callee_code = compiler::as_code(function->code.get());
      if (kwnames.is_null() && count == callee_code->argument_count && callee_code->parameter_count == count) {
        // The common case: exactly the positional parameters. Locals start
        // unbound (temporaries are written before they are read).
        for (int i = count; i < callee_code->local_count; ++i) store(arguments[i], Value());
      } else if (!bind_arguments(interpreter, function, callee_code, arguments, static_cast<std::size_t>(count), kwnames)) {
        goto error;
      }
      frame->pc = pc;
      if (!push_frame(interpreter, function, callee_code, function->globals.get(), Value(), arguments, &R(target), false))
        goto error;
      frame = &frames.back();
      code = callee_code;
      registers = frame->registers;
      pc = frame->pc;
      if (gil_wanted(interpreter)) [[unlikely]] goto yield_at_call;
      DISPATCH();
    }
    if (callee.is_object() && callee.as_object()->type == interpreter.type_type) {
      // A class whose __init__ is a Python function: the instance is made
      // here and __init__ runs in this loop, in the window of the callee
      // (or of the empty self slot), with the instance as self.
      if (runtime::FunctionObject* init = inlinable_initializer(interpreter, callee)) {
        // The class call counts as a level of recursion of its own, as
        // CPython's call through type.__call__ does (Frame::constructed).
        if (interpreter.frame_depth >= interpreter.recursion_limit) {
          raise_class_call_recursion(interpreter);
          goto error;
        }
        const Value instance =
            static_cast<runtime::Type*>(callee.as_object())
                ->construct(interpreter, callee, arguments, static_cast<std::size_t>(count), kwnames)
                .release();
        if (instance.is_null()) goto error;
        runtime::incref(instance);
        store(arguments[-1], instance);
        CodeObject* init_code = compiler::as_code(init->code.get());
        frame->pc = pc;
        ++interpreter.frame_depth;
        if (!bind_arguments(interpreter, init, init_code, arguments - 1, static_cast<std::size_t>(count) + 1, kwnames) ||
            !push_frame(interpreter, init, init_code, init->globals.get(), Value(), arguments - 1, &R(target), false)) {
          --interpreter.frame_depth;
          runtime::decref(instance);
          goto error;
        }
        frame = &frames.back();
        frame->constructed = instance.as_object();
        code = init_code;
        registers = frame->registers;
        pc = frame->pc;
        DISPATCH();
      }
    }
    {
      // A built-in function's native code directly (CPython 3.11's
      // PRECALL_BUILTIN_FAST), anything else through its type's call. The
      // pc saved: native code may ask for this frame's line (warnings).
      frame->pc = pc;
      const Value value =
          callee.is_object() && callee.as_object()->type == interpreter.builtin_function_type
              ? static_cast<runtime::BuiltinFunction*>(callee.as_object())
                    ->function(interpreter, static_cast<runtime::BuiltinFunction*>(callee.as_object())->self.get(),
                               arguments, static_cast<std::size_t>(count), kwnames)
                    .release()
              : runtime::call(interpreter, callee, arguments, static_cast<std::size_t>(count), kwnames).release();
      clear_window(arguments, count + static_cast<int>(runtime::keyword_count(kwnames)));
      if (value.is_null()) goto error;
      store(R(target), value);
    }
    DISPATCH();
  }
  HANDLER(CALL_EX) {
    frame->pc = pc;
    const Value value = call_unpacked(interpreter, R(A), R(A + 1), B ? R(A + 2) : Value());
    clear_window(&R(A + 1), 1 + B);
    if (value.is_null()) goto error;
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(BUILD_MAP) {
    const Value dict = runtime::new_dict(interpreter).release();
    store(R(A), dict);
    for (int i = 0; i < C; ++i) {
      if (CHECKED(B + 2 * i).is_null() || CHECKED(B + 2 * i + 1).is_null()) goto error;
      if (!runtime::dict_set_item(interpreter, dict, R(B + 2 * i), R(B + 2 * i + 1))) goto error;
    }
    DISPATCH();
  }
  HANDLER(DICT_UPDATE) {
    if (CHECKED(B).is_null()) goto error;
    if (!merge_into_dict(interpreter, R(A), R(B), false, Value())) goto error;
    DISPATCH();
  }
  HANDLER(DICT_MERGE) {
    if (CHECKED(B).is_null()) goto error;
    if (!merge_into_dict(interpreter, R(A), R(B), true, R(A - 2))) goto error;
    DISPATCH();
  }
  HANDLER(BUILD_SET) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    {
      const Value set = build_set(interpreter, &R(B), C);
      if (set.is_null()) goto error;
      store(R(A), set);
    }
    DISPATCH();
  }
  HANDLER(SET_ADD) {
    const Value item = CHECKED(B);
    if (item.is_null() || !runtime::set_add(interpreter, R(A), item)) goto error;
    DISPATCH();
  }
  HANDLER(SET_UPDATE) {
    const Value iterable = CHECKED(B);
    if (iterable.is_null() || !runtime::set_update(interpreter, R(A), iterable)) goto error;
    DISPATCH();
  }
  HANDLER(MAP_ADD) {
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    if (!runtime::dict_set_item(interpreter, R(A), R(B), R(C))) goto error;
    DISPATCH();
  }
  HANDLER(MAKE_FUNCTION) {
    const Value function_code = code->constants[compiler::operand_bx(instruction)].get();
    const CodeObject* inner = compiler::as_code(function_code);
    const Value function = runtime::new_function(interpreter, function_code, frame->globals, inner->name.get(),
                                                 inner->qualname.get(), inner->docstring.get())
                               .release();
    store(R(A), function);
    DISPATCH();
  }
  HANDLER(SET_KWDEFAULTS) {
    runtime::as_function(R(A))->keyword_defaults = Ref::borrow(R(B));
    DISPATCH();
  }
  HANDLER(SET_DEFAULTS) {
    auto* function = static_cast<runtime::FunctionObject*>(R(A).as_object());
    for (int i = 0; i < C; ++i) {
      const Value value = CHECKED(B + i);
      if (value.is_null()) goto error;
      function->defaults.push_back(Ref::borrow(value));
    }
    DISPATCH();
  }
  HANDLER(SET_ANNOTATIONS) {
    runtime::as_function(R(A))->annotations = Ref::borrow(R(B));
    DISPATCH();
  }
  HANDLER(MAKE_CELL) {
    // The register's value (a parameter's argument, or null) moves into the cell.
    R(A) = runtime::new_cell(interpreter, R(A)).release();
    DISPATCH();
  }
  HANDLER(COPY_FREE_VARS) {
    auto* function = static_cast<runtime::FunctionObject*>(frame->function);
    const Value* cells = runtime::as_tuple(function->closure.get())->items();
    for (int i = 0; i < B; ++i) {
      runtime::incref(cells[i]);
      store(R(A + i), cells[i]);
    }
    DISPATCH();
  }
  HANDLER(LOAD_DEREF) {
    const Value value = runtime::as_cell(R(B))->contents;
    if (value.is_null()) {
      raise_unbound_deref(interpreter, code, B);
      goto error;
    }
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(CONVERT_VALUE) {
    if (CHECKED(B).is_null()) goto error;
    {
      const Value value = convert_value(interpreter, R(B), C);
      if (value.is_null()) goto error;
      store(R(A), value);
    }
    DISPATCH();
  }
  HANDLER(FORMAT_VALUE) {
    if (CHECKED(B).is_null()) goto error;
    {
      const Value value = format_simple(interpreter, R(B));
      if (value.is_null()) goto error;
      store(R(A), value);
    }
    DISPATCH();
  }
  HANDLER(FORMAT_WITH_SPEC) {
    if (CHECKED(B).is_null()) goto error;
    STORE_RESULT(A, runtime::format_value(interpreter, R(B), R(C)));
    DISPATCH();
  }
  HANDLER(BUILD_STRING) {
    const Value value = build_string(interpreter, &R(B), C);
    if (value.is_null()) goto error;
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(DELETE_FAST) {
    if (CHECKED(A).is_null()) goto error;
    store(R(A), Value());
    DISPATCH();
  }
  HANDLER(DELETE_DEREF) {
    if (runtime::as_cell(R(A))->contents.is_null()) {
      raise_unbound_deref(interpreter, code, A);
      goto error;
    }
    runtime::cell_set(R(A), Value());
    DISPATCH();
  }
  HANDLER(LOAD_CLASSDEREF) {
    const Value value = load_class_deref(interpreter, NAMESPACE, code, R(B), B);
    if (value.is_null()) goto error;
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(STORE_DEREF) {
    const Value value = CHECKED(B);
    if (value.is_null()) goto error;
    runtime::incref(value);
    runtime::cell_set(R(A), value);
    DISPATCH();
  }
  HANDLER(SET_CLOSURE) {
    auto* function = static_cast<runtime::FunctionObject*>(R(A).as_object());
    function->closure = runtime::new_tuple(interpreter, std::span<const Value>(&R(B), C));
    DISPATCH();
  }
  HANDLER(CATCH) {
    // R[A+1] keeps the exception handled so far; R[A] is handled now.
    store(R(A + 1), interpreter.handled_exception);
    runtime::incref(R(A));
    interpreter.handled_exception = R(A);
    DISPATCH();
  }
  HANDLER(POP_EXCEPT) {
    const Value ended = interpreter.handled_exception;
    interpreter.handled_exception = R(A + 1);
    R(A + 1) = Value();
    runtime::decref(ended);
    store(R(A), Value());
    DISPATCH();
  }
  HANDLER(CHECK_EXC_MATCH) {
    const Value types = CHECKED(C);
    if (types.is_null()) goto error;
    const int matched = exception_matches(interpreter, R(B), types);
    if (matched < 0) goto error;
    store(R(A), interpreter.new_boolean(matched).release());
    DISPATCH();
  }
  HANDLER(RAISE) {
    if (C == 0) {
      // A bare raise re-raises as it is: no new traceback entry.
      if (raise_handled(interpreter)) goto unwind;
      goto error;
    }
    if (CHECKED(A).is_null() || (C == 2 && CHECKED(B).is_null())) goto error;
    raise_statement(interpreter, R(A), C == 2 ? R(B) : Value());
    goto error;
  }
  HANDLER(PREP_EXCEPT_STAR) {
    runtime::incref(R(B));
    store(R(A), R(B));
    store(R(A + 1), runtime::new_list(interpreter, {}).release());
    DISPATCH();
  }
  HANDLER(CHECK_EG_MATCH) {
    if (CHECKED(C).is_null()) goto error;
    if (!split_exception_group(interpreter, R(B), R(C), R(A), R(B))) goto error;
    DISPATCH();
  }
  HANDLER(PREP_RERAISE_STAR) {
    STORE_RESULT(A, runtime::prepare_reraise_star(interpreter, R(B), R(C)));
    DISPATCH();
  }
  HANDLER(RERAISE) {
    interpreter.restore_exception(Ref::borrow(R(A)));
    goto unwind;
  }
  HANDLER(CLEAR) {
    store(R(A), Value());
    DISPATCH();
  }
  HANDLER(BEFORE_WITH)
  HANDLER(BEFORE_ASYNC_WITH) {
    const Value manager = CHECKED(B);
    if (manager.is_null()) goto error;
    SAVE_PC();
    {
      Value exit, entered;
      if (!enter_context(interpreter, manager, compiler::opcode_of(instruction) == Opcode::BEFORE_ASYNC_WITH, exit,
                         entered))
        goto error;
      store(R(A), exit);
      store(R(A + 1), entered);
    }
    DISPATCH();
  }
  HANDLER(GET_AITER) {
    if (CHECKED(B).is_null()) goto error;
    STORE_RESULT(A, async_iterator(interpreter, R(B)));
    DISPATCH();
  }
  HANDLER(GET_ANEXT) {
    STORE_RESULT(A, async_next(interpreter, R(B)));
    DISPATCH();
  }
  HANDLER(END_ASYNC_FOR) {
    if (runtime::is_subtype(runtime::type_of(interpreter, R(A)), interpreter.StopAsyncIteration_type)) {
      store(R(A), Value());
      DISPATCH();
    }
    interpreter.restore_exception(Ref::borrow(R(A)));
    goto unwind;
  }
  HANDLER(WITH_EXCEPT) {
    const Value result = exit_context(interpreter, R(A), R(B));
    if (result.is_null()) goto error;
    store(R(A), result);
    DISPATCH();
  }
  HANDLER(LOAD_ASSERTION_ERROR) {
    const Value type = Value::object(interpreter.AssertionError_type);
    runtime::incref(type);
    store(R(A), type);
    DISPATCH();
  }
  HANDLER(YIELD) {
    // Drained by a native consumer: the item goes straight to it, and the
    // generator runs on (the yield's value is None, as for next()).
    if (frame->sink && frame->sink->take_quietly(interpreter, R(A))) {
      runtime::incref(interpreter.none());
      store(R(A), interpreter.none());
      DISPATCH();
    }
    yielded = R(A);
    R(A) = Value();
    yield_entry = frame->entry;
    yield_target = frame->result;
    suspend_generator(interpreter, *frame, pc, A, -1, B + 1);
    goto yield_value;
  }
  HANDLER(YIELD_FROM) {
    {
      Value value;
      const int outcome = delegate_step(interpreter, R(A), R(B), value);
      if (outcome < 0) goto error;
      if (outcome == 0) {
        store(R(B), value);
        DISPATCH();
      }
      // Resumed, this instruction sends the next value on.
      store(R(B), Value());
      yield_entry = frame->entry;
      yield_target = frame->result;
      suspend_generator(interpreter, *frame, pc - 1, B, A, C + 1);
      yielded = value;
    }
    goto yield_value;
  }
  HANDLER(GET_YIELD_FROM_ITER) {
    if (CHECKED(B).is_null()) goto error;
    STORE_RESULT(A, yield_from_iterator(interpreter, R(B), code->flags & (compiler::code_coroutine | compiler::code_iterable_coroutine)));
    DISPATCH();
  }
  HANDLER(GET_AWAITABLE) {
    if (CHECKED(B).is_null()) goto error;
    STORE_RESULT(A, awaitable_iterator(interpreter, R(B)));
    DISPATCH();
  }
  // Pattern matching (match.cpp): a test skips the JUMP to the next case
  // when the subject matches; what a match extracts lands in registers.
  HANDLER(MATCH_SEQUENCE) {
    const int matched = match_sequence(interpreter, R(A), B, C != 0);
    if (matched < 0) goto error;
    KRAIT_TEST_TAKE(matched);
  }
  HANDLER(MATCH_MAPPING) {
    const int matched = match_mapping(interpreter, R(A), B);
    if (matched < 0) goto error;
    KRAIT_TEST_TAKE(matched);
  }
  HANDLER(GET_LEN) {
    STORE_RESULT(A, runtime::length(interpreter, R(B)));
    DISPATCH();
  }
  HANDLER(MATCH_KEYS) {
    const int matched = match_keys(interpreter, R(B), R(C), unpacked);
    if (matched < 0) goto error;
    if (matched == 0) unpacked.clear();  // what was read before a miss
    for (std::size_t i = 0; i < unpacked.size(); ++i) store(R(A + static_cast<int>(i)), unpacked[i].release());
    KRAIT_TEST_TAKE(matched);
  }
  HANDLER(COPY_DICT_WITHOUT) {
    STORE_RESULT(A, copy_dict_without(interpreter, R(B), R(C)));
    DISPATCH();
  }
  HANDLER(MATCH_CLASS) {
    const int matched = match_class(interpreter, R(A), R(A + 1), B, code->constants[W].get(), unpacked);
    if (matched < 0) goto error;
    if (matched == 0) unpacked.clear();  // what was read before a miss
    for (std::size_t i = 0; i < unpacked.size(); ++i) store(R(A + static_cast<int>(i)), unpacked[i].release());
    KRAIT_TEST_TAKE(matched);
  }
  HANDLER(RETURN) {
    const Value value = CHECKED(A);
    if (value.is_null()) goto error;
    result = Ref::borrow(value);
    goto return_from_frame;
  }
  HANDLER(RETURN_NONE) {
    result = interpreter.new_none();
    goto return_from_frame;
  }

#if !KRAIT_COMPUTED_GOTO
  }
#endif

return_from_frame:
  {
    const bool entry = frame->entry;
    const bool generator = frame->generator;
    Value* result_register = frame->result;
    runtime::Object* constructed = std::exchange(frame->constructed, nullptr);
    pop_frame(interpreter, pc);
    if (constructed) {
      --interpreter.frame_depth;
      // An __init__ run in place: the call's value is the instance.
      const bool returned_none = result.get() == interpreter.none();
      if (!returned_none) raise_init_result(interpreter, result.get());
      result = Ref::steal(Value::object(constructed));
      if (!returned_none) {
        result = Ref();
        frame = &frames.back();
        code = static_cast<CodeObject*>(frame->code);
        registers = frame->registers;
        pc = frame->pc;
        goto error;
      }
    }
    if (entry) return result;
    // A generator run by FOR_ITER ends its loop: the value is not an item.
    if (generator)
      result = Ref();
    else
      store(*result_register, result.release());
  }
  frame = &frames.back();
  code = static_cast<CodeObject*>(frame->code);
  registers = frame->registers;
  pc = frame->pc;
  DISPATCH();

yield_value:
  // The generator's frame is gone (suspend_generator): the value goes to the
  // native resumer, or to FOR_ITER's target, whose loop goes on.
  if (yield_entry) {
    result = Ref::steal(yielded);
    return result;
  }
  store(*yield_target, yielded);
  frame = &frames.back();
  code = static_cast<CodeObject*>(frame->code);
  registers = frame->registers;
  pc = frame->pc + 1;  // over the loop's exit jump
  DISPATCH();

yield_at_call:
  // On entering a Python function (CPython's RESUME), another thread asked
  // for the GIL: recursion without loops lets other threads run too. One
  // shared cold block: a call at each call site costs the hot path.
  runtime::yield_gil(interpreter);
  DISPATCH();

error:
  record_traceback(interpreter, code, pc);
unwind:
  // To the handler of the instruction that raised, else out of the frame,
  // whose caller's line then enters the traceback.
  for (;;) {
    const auto* handler = code->handler_at(static_cast<std::size_t>(pc - code->instructions.data()) - 1);
    if (handler) {
      store(R(handler->exception_register), interpreter.take_exception().release());
      pc = code->instructions.data() + handler->target;
      DISPATCH();
    }
    const bool entry = frame->entry;
    if (frame->generator) stop_iteration_escaped(interpreter, frame->generator);
    pop_frame(interpreter, pc);
    if (entry) return Ref();
    frame = &frames.back();
    code = static_cast<CodeObject*>(frame->code);
    registers = frame->registers;
    pc = frame->pc;
    record_traceback(interpreter, code, pc);
  }

#undef A
#undef B
#undef C
#undef R
#undef W
#undef CHECKED
#undef NAMESPACE
#undef STORE_RESULT
#undef SAVE_PC
#undef HANDLER
#undef DISPATCH
}

}  // namespace krait::vm

