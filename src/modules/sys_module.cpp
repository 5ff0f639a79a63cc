// Native modules: sys (CPython's Python/sysmodule.c), the interpreter's
// state as Python sees it: argv, path and modules (the import system's
// table), the version, the recursion limit, the standard streams, exit().
#include "modules/sys_module.h"

#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/code_object.h"
#include "modules/registry.h"
#include "modules/io/io.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/struct_sequence.h"
#include "objects/frame_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The Python version Krait implements.
constexpr int major_version = 3;
constexpr int minor_version = 11;
constexpr int micro_version = 0;

#if defined(__linux__)
constexpr const char* platform = "linux";
#elif defined(__APPLE__)
constexpr const char* platform = "darwin";
#elif defined(_WIN32)
constexpr const char* platform = "win32";
#else
constexpr const char* platform = "unknown";
#endif

Ref sys_getrecursionlimit(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.getrecursionlimit", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, interpreter.recursion_limit);
}

// The limit may not exceed the frames the interpreter reserved (it never
// moves them while they run): a deeper recursion could not happen anyway,
// as the register stack would be exhausted first.
Ref sys_setrecursionlimit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.setrecursionlimit", count, kwnames)) return Ref();
  if (runtime::type_of(interpreter, arguments[0]) == interpreter.float_type)
    return interpreter.raise(interpreter.TypeError_type, "'float' object cannot be interpreted as an integer");
  int limit = 0;
  if (!runtime::index_to_c_int(interpreter, arguments[0], limit)) return Ref();
  if (limit < 1) return interpreter.raise(interpreter.ValueError_type, "recursion limit must be greater or equal than 1");
  // CPython counts the call of setrecursionlimit itself.
  const int depth = interpreter.frame_depth + 1;
  if (depth >= limit)
    return interpreter.raise(interpreter.RecursionError_type,
                             "cannot set the recursion limit to " + std::to_string(limit) + " at the recursion depth " +
                                 std::to_string(depth) + ": the limit is too low");
  const auto most = static_cast<std::int64_t>(interpreter.frames.capacity()) - 1;
  interpreter.recursion_limit = static_cast<int>(std::min<std::int64_t>(limit, most));
  return interpreter.new_none();
}

// exit(status=None): raises SystemExit(status).
Ref sys_exit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "sys.exit", kwnames) ||
      !runtime::check_argument_count(interpreter, "exit", count, 0, 1))
    return Ref();
  // PyErr_SetObject: exit(None) raises a SystemExit without arguments.
  const std::size_t given = count == 1 && arguments[0] == interpreter.none() ? 0 : count;
  Ref exception = runtime::call(interpreter, Value::object(interpreter.SystemExit_type), arguments, given);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

// excepthook(type, value, traceback): prints the exception's traceback
// display on stderr (also sys.__excepthook__).
Ref sys_excepthook(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "excepthook", kwnames)) return Ref();
  if (count != 3)
    return interpreter.raise(interpreter.TypeError_type, "excepthook expected 3 arguments, got " + std::to_string(count));
  std::fflush(stdout);
  if (interpreter.exception_printer) interpreter.exception_printer(interpreter, arguments[1]);
  return interpreter.new_none();
}

// intern(string): the one str object of that value.
Ref sys_intern(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.intern", count, kwnames)) return Ref();
  const Value text = arguments[0];
  if (!runtime::is_str(interpreter, text))
    return interpreter.raise(interpreter.TypeError_type,
                             "intern() argument must be str, not " + runtime::argument_type_name(interpreter, text));
  if (runtime::type_of(interpreter, text) != interpreter.str_type)
    return interpreter.raise(interpreter.TypeError_type, "can't intern " + runtime::type_of(interpreter, text)->name);
  return Ref::borrow(interpreter.intern(runtime::str_utf8(text)));
}

// exc_info(): (type, value, traceback) of the exception being handled.
Ref sys_exc_info(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.exc_info", count, kwnames)) return Ref();
  const Value handled = interpreter.handled_exception;
  if (handled.is_null()) {
    const Value nones[] = {interpreter.none(), interpreter.none(), interpreter.none()};
    return runtime::new_tuple(interpreter, nones);
  }
  Ref traceback = runtime::exception_traceback(interpreter, *runtime::as_exception(handled));
  const Value items[] = {Value::object(runtime::type_of(interpreter, handled)), handled, traceback.get()};
  return runtime::new_tuple(interpreter, items);
}

// displayhook(value): what an expression statement of compile()'s 'single'
// mode calls: the repr of a value other than None written to sys.stdout,
// and kept in builtins._ (None while repr() runs, as CPython's).
Ref sys_displayhook(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.displayhook", count, kwnames)) return Ref();
  const Value value = arguments[0];
  if (value == interpreter.none()) return interpreter.new_none();
  const Value underscore = interpreter.intern("_");
  runtime::dict_set_str(interpreter, interpreter.builtins(), underscore, interpreter.none());
  Ref text = runtime::repr(interpreter, value);
  if (!text) return Ref();
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref stream;
  const int found = sys.is_null() ? 0 : runtime::lookup_attribute(interpreter, sys, interpreter.intern("stdout"), stream);
  if (found < 0) return Ref();
  if (!found || stream.get() == interpreter.none())
    return interpreter.raise(interpreter.RuntimeError_type, "lost sys.stdout");
  Ref newline = runtime::new_str(interpreter, "\n");
  for (Value piece : {text.get(), newline.get()})
    if (!runtime::call_method(interpreter, stream.get(), interpreter.intern("write"), &piece, 1)) return Ref();
  runtime::dict_set_str(interpreter, interpreter.builtins(), underscore, value);
  return interpreter.new_none();
}

// exception(): the exception being handled, or None.
Ref sys_exception(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.exception", count, kwnames)) return Ref();
  const Value handled = interpreter.handled_exception;
  return Ref::borrow(handled.is_null() ? interpreter.none() : handled);
}

Ref sys_getfilesystemencoding(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.getfilesystemencoding", count, kwnames)) return Ref();
  return runtime::new_str(interpreter, "utf-8");
}

Ref sys_getfilesystemencodeerrors(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.getfilesystemencodeerrors", count, kwnames)) return Ref();
  return runtime::new_str(interpreter, "surrogateescape");
}

// getsizeof(object, default): object.__sizeof__() plus the collector's
// header for containers, as CPython adds its GC header.
Ref sys_getsizeof(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"getsizeof", {"object", "default"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  const Value method = runtime::lookup_special(interpreter, bound[0], interpreter.intern("__sizeof__"));
  if (method.is_null()) {
    if (!bound[1].is_null()) return Ref::borrow(bound[1]);
    return interpreter.raise(interpreter.TypeError_type, "Type " + runtime::type_of(interpreter, bound[0])->name +
                                                             " doesn't define __sizeof__");
  }
  Ref size = runtime::call(interpreter, method, &bound[0], 1);
  if (!size) {
    if (!bound[1].is_null() && interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      return Ref::borrow(bound[1]);
    }
    return Ref();
  }
  std::int64_t bytes = 0;
  if (!runtime::is_int(interpreter, size.get()) || !runtime::int_to_int64(interpreter, size.get(), bytes))
    return interpreter.raise(interpreter.TypeError_type, "an integer is required");
  if (bytes < 0) return interpreter.raise(interpreter.ValueError_type, "__sizeof__() should return >= 0");
  if (runtime::type_of(interpreter, bound[0])->traverse) bytes += 16;
  return runtime::new_int(interpreter, bytes);
}

// _getframe(depth=0): the frame object of the running Python frame `depth`
// calls out.
Ref sys_getframe(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int depth = 0;
  if (!runtime::reject_keywords(interpreter, "_getframe", kwnames) ||
      !runtime::check_argument_count(interpreter, "_getframe", count, 0, 1) ||
      (count == 1 && !runtime::index_to_c_int(interpreter, arguments[0], depth)))
    return Ref();
  auto& frames = interpreter.frames;
  if (depth < 0 || static_cast<std::size_t>(depth) >= frames.size())
    return interpreter.raise(interpreter.ValueError_type, "call stack is not deep enough");
  return runtime::frame_object(interpreter, frames[frames.size() - 1 - static_cast<std::size_t>(depth)]);
}

// call_tracing(func, args): func(*args).
Ref sys_call_tracing(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "call_tracing", kwnames) ||
      !runtime::check_argument_count(interpreter, "call_tracing", count, 2, 2))
    return Ref();
  if (!runtime::is_tuple(interpreter, arguments[1]))
    return interpreter.raise(interpreter.TypeError_type, "call_tracing(): argument 2 must be tuple, not " +
                                                             runtime::argument_type_name(interpreter, arguments[1]));
  const runtime::TupleObject* tuple = runtime::as_tuple(arguments[1]);
  return runtime::call(interpreter, arguments[0], tuple->items(), static_cast<std::size_t>(tuple->size));
}

// The hooks CPython lets programs install but Krait does not call (audit
// hooks, tracing, profiling): accepted and ignored; the getters say None.
Ref sys_ignore(Interpreter& interpreter, Value, const Value*, std::size_t, Value) { return interpreter.new_none(); }

Ref sys_is_finalizing(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.is_finalizing", count, kwnames)) return Ref();
  return interpreter.new_boolean(interpreter.gil->finalizing());
}

Ref sys_getrefcount(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.getrefcount", count, kwnames)) return Ref();
  if (!arguments[0].is_object()) return runtime::new_int(interpreter, UINT32_MAX);
  return runtime::new_int(interpreter, arguments[0].as_object()->refcount);
}

Ref sys_getswitchinterval(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.getswitchinterval", count, kwnames)) return Ref();
  return runtime::new_float(interpreter, 1e-6 * static_cast<double>(interpreter.gil->switch_interval.load()));
}

// setswitchinterval(interval, /): how long a thread keeps the GIL while
// another waits (runtime/thread_state.h), kept in whole microseconds as
// CPython keeps it (an interval too small or too large for them is 0).
Ref sys_setswitchinterval(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.setswitchinterval", count, kwnames)) return Ref();
  double interval = 0;
  if (!runtime::float_argument(interpreter, arguments[0], interval)) return Ref();
  if (interval <= 0) return interpreter.raise(interpreter.ValueError_type, "switch interval must be strictly positive");
  const double microseconds = 1e6 * interval;
  interpreter.gil->switch_interval = microseconds < 9.2e18 ? static_cast<std::int64_t>(microseconds) : 0;
  return interpreter.new_none();
}

// get_asyncgen_hooks() / set_asyncgen_hooks(firstiter, finalizer): kept in
// a list, the functions' `self` (Krait's async generators do not call them).
Ref sys_get_asyncgen_hooks(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.get_asyncgen_hooks", count, kwnames)) return Ref();
  const auto& hooks = runtime::as_list(self)->items;  // firstiter, finalizer, the result's type
  return runtime::new_struct_sequence(interpreter, static_cast<runtime::Type*>(hooks[2].as_object()),
                                      std::span<const Value>(hooks.data(), 2));
}

Ref sys_set_asyncgen_hooks(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, 0, 0}, arguments,
                               count, kwnames, bound))
    return Ref();
  auto& hooks = runtime::as_list(self)->items;
  const char* names[] = {"firstiter", "finalizer"};
  for (int i = 1; i >= 0; --i)
    if (!bound[i].is_null() && bound[i] != interpreter.none() && !runtime::type_of(interpreter, bound[i])->call)
      return interpreter.raise(interpreter.TypeError_type, std::string("callable ") + names[i] + " expected, got " +
                                                               runtime::type_of(interpreter, bound[i])->name);
  for (int i = 0; i < 2; ++i) {
    if (bound[i].is_null()) continue;
    runtime::incref(bound[i]);
    runtime::decref(std::exchange(hooks[static_cast<std::size_t>(i)], bound[i]));
  }
  return interpreter.new_none();
}

// unraisablehook(unraisable): CPython's default display of an exception
// raised where nothing could receive it.
Ref sys_unraisablehook(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "sys.unraisablehook", count, kwnames)) return Ref();
  Ref value = runtime::get_attribute(interpreter, arguments[0], interpreter.intern("exc_value"));
  Ref object = value ? runtime::get_attribute(interpreter, arguments[0], interpreter.intern("object")) : Ref();
  if (!object) return Ref();
  std::fflush(stdout);
  if (interpreter.unraisable_printer) interpreter.unraisable_printer(interpreter, value.get(), object.get(), "in");
  return interpreter.new_none();
}

Ref sys_getdefaultencoding(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.getdefaultencoding", count, kwnames)) return Ref();
  return runtime::new_str(interpreter, "utf-8");
}

// CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest limit allowed
// (beside 0, none), and the default limit.
constexpr int int_digits_threshold = 640;
constexpr int default_int_max_str_digits = 4300;

Ref sys_get_int_max_str_digits(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sys.get_int_max_str_digits", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, interpreter.int_max_str_digits);
}

// set_int_max_str_digits(maxdigits): 0 lifts the limit.
Ref sys_set_int_max_str_digits(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                               Value kwnames) {
  Value maxdigits;
  if (!runtime::bind_arguments(interpreter, {"set_int_max_str_digits", {"maxdigits"}, 0, 0, 1}, arguments, count,
                               kwnames, &maxdigits))
    return Ref();
  int limit = 0;
  if (!runtime::index_to_c_int(interpreter, maxdigits, limit)) return Ref();
  if (limit != 0 && limit < int_digits_threshold)
    return interpreter.raise(interpreter.ValueError_type,
                             "maxdigits must be 0 or larger than " + std::to_string(int_digits_threshold));
  interpreter.int_max_str_digits = limit;
  return interpreter.new_none();
}

void set_str(Interpreter& interpreter, Value module, const char* name, const std::string& text) {
  Ref value = runtime::new_str(interpreter, text);
  runtime::module_set(interpreter, module, name, value.get());
}

Ref string_list(Interpreter& interpreter, const std::vector<std::string>& texts) {
  Ref list = runtime::new_list(interpreter, {});
  for (const std::string& text : texts) {
    Ref item = runtime::new_str(interpreter, text);
    runtime::list_append(list.get(), item.get());
  }
  return list;
}

// version, version_info, hexversion and implementation.
void add_version(Interpreter& interpreter, Value module) {
  const std::string number =
      std::to_string(major_version) + "." + std::to_string(minor_version) + "." + std::to_string(micro_version);
  set_str(interpreter, module, "version", number + " (Krait " KRAIT_VERSION ")");
  runtime::Type* version_type = runtime::new_struct_sequence_type(
      interpreter, "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Ref level = runtime::new_str(interpreter, "final");
  const Value items[] = {Value::small_int(major_version), Value::small_int(minor_version),
                         Value::small_int(micro_version), level.get(), Value::small_int(0)};
  Ref version_info = runtime::new_struct_sequence(interpreter, version_type, items);
  runtime::module_set(interpreter, module, "version_info", version_info.get());
  // PY_VERSION_HEX: 0xMMmmuuLS, release level 0xF for final.
  const std::int64_t hexversion = major_version << 24 | minor_version << 16 | micro_version << 8 | 0xF0;
  runtime::module_set(interpreter, module, "hexversion", Value::small_int(hexversion));
  Ref implementation = runtime::call(interpreter, Value::object(interpreter.namespace_type), nullptr, 0);
  Ref name = runtime::new_str(interpreter, "krait");
  Ref cache_tag = runtime::new_str(interpreter, "krait-" + std::to_string(major_version) + std::to_string(minor_version));
  // Debian's multiarch tuple: sysconfig names its _sysconfigdata module by it.
#if defined(__x86_64__)
  Ref multiarch = runtime::new_str(interpreter, "x86_64-linux-gnu");
#elif defined(__aarch64__)
  Ref multiarch = runtime::new_str(interpreter, "aarch64-linux-gnu");
#else
  Ref multiarch = runtime::new_str(interpreter, "");
#endif
  for (auto [attribute, value] : {std::pair{"name", name.get()}, std::pair{"cache_tag", cache_tag.get()},
                                  std::pair{"version", version_info.get()},
                                  std::pair{"hexversion", Value::small_int(hexversion)},
                                  std::pair{"_multiarch", multiarch.get()}})
    if (!runtime::set_attribute(interpreter, implementation.get(), interpreter.intern(attribute), value)) return;
  runtime::module_set(interpreter, module, "implementation", implementation.get());
}

// sys.flags (the command-line options; Krait honours only -O and -v, and reads
// the environment variables CPython reports here) and sys.int_info.
void add_flags(Interpreter& interpreter, Value module) {
  auto environment_flag = [](const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? 1 : 0;
  };
  const char* hash_seed = std::getenv("PYTHONHASHSEED");
  const bool hash_randomization = !(hash_seed && std::string_view(hash_seed) == "0");
  runtime::Type* flags_type = runtime::new_struct_sequence_type(
      interpreter, "sys.flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
       "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
       "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"});
  const Value zero = Value::small_int(0), no = interpreter.boolean(false);
  const Value flags[] = {zero, zero, zero, Value::small_int(interpreter.optimize),
                         Value::small_int(environment_flag("PYTHONDONTWRITEBYTECODE")), zero, zero, zero,
                         Value::small_int(interpreter.verbose), zero,
                         zero, Value::small_int(hash_randomization ? 1 : 0), zero,
                         interpreter.boolean(interpreter.dev_mode), zero, zero, no,
                         Value::small_int(-1)};
  Ref flags_value = runtime::new_struct_sequence(interpreter, flags_type, flags);
  runtime::module_set(interpreter, module, "flags", flags_value.get());
  runtime::Type* int_info_type = runtime::new_struct_sequence_type(
      interpreter, "sys.int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  const Value int_info[] = {Value::small_int(30), Value::small_int(4), Value::small_int(default_int_max_str_digits),
                            Value::small_int(int_digits_threshold)};
  Ref int_info_value = runtime::new_struct_sequence(interpreter, int_info_type, int_info);
  runtime::module_set(interpreter, module, "int_info", int_info_value.get());
}

// sys.float_info, sys.hash_info, sys.maxunicode, sys.float_repr_style: the
// numeric facts CPython reports for a 64-bit IEEE platform.
void add_number_info(Interpreter& interpreter, Value module) {
  runtime::Type* float_info_type = runtime::new_struct_sequence_type(
      interpreter, "sys.float_info",
      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"});
  Ref largest = runtime::new_float(interpreter, DBL_MAX), smallest = runtime::new_float(interpreter, DBL_MIN);
  Ref epsilon = runtime::new_float(interpreter, DBL_EPSILON);
  const Value float_info[] = {largest.get(),         Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
                              smallest.get(),        Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                              Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), epsilon.get(),
                              Value::small_int(FLT_RADIX), Value::small_int(1)};
  Ref float_info_value = runtime::new_struct_sequence(interpreter, float_info_type, float_info);
  runtime::module_set(interpreter, module, "float_info", float_info_value.get());
  runtime::Type* hash_info_type = runtime::new_struct_sequence_type(
      interpreter, "sys.hash_info",
      {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  Ref algorithm = runtime::new_str(interpreter, "siphash13");
  const Value hash_info[] = {Value::small_int(64),     Value::small_int((std::int64_t{1} << 61) - 1),
                             Value::small_int(314159), Value::small_int(0),
                             Value::small_int(1000003), algorithm.get(),
                             Value::small_int(64),     Value::small_int(128),
                             Value::small_int(0)};
  Ref hash_info_value = runtime::new_struct_sequence(interpreter, hash_info_type, hash_info);
  runtime::module_set(interpreter, module, "hash_info", hash_info_value.get());
  runtime::module_set(interpreter, module, "maxunicode", Value::small_int(0x10FFFF));
  set_str(interpreter, module, "float_repr_style", "short");
}

// The constant facts and settings of CPython's sys that Krait reports as a
// CPython 3.11 build on Linux would (prefixes, API version, copyright ...).
void add_installation(Interpreter& interpreter, Value module) {
  runtime::module_set(interpreter, module, "warnoptions", runtime::new_list(interpreter, {}).get());
  Ref options = runtime::new_dict(interpreter);
  runtime::module_set(interpreter, module, "_xoptions", options.get());
  for (const char* name : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) set_str(interpreter, module, name, "/usr");
  set_str(interpreter, module, "platlibdir", "lib");
  set_str(interpreter, module, "abiflags", "");
  set_str(interpreter, module, "_framework", "");
  runtime::module_set(interpreter, module, "api_version", Value::small_int(1013));
  set_str(interpreter, module, "copyright",
          "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
          "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
          "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
          "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.");
  Ref git_name = runtime::new_str(interpreter, "krait"), empty = runtime::new_str(interpreter, "");
  const Value git[] = {git_name.get(), empty.get(), empty.get()};
  runtime::module_set(interpreter, module, "_git", runtime::new_tuple(interpreter, git).get());
  // Filled in place: sys is made before the iterator types exist.
  Ref stdlib_names = runtime::new_frozenset(interpreter, Value());
  for (const char* name : {
#define KRAIT_STDLIB_MODULE(name) name,
#include "modules/stdlib_module_names.def"
#undef KRAIT_STDLIB_MODULE
       })
    if (!runtime::set_add(interpreter, stdlib_names.get(), interpreter.intern(name))) return;
  runtime::module_set(interpreter, module, "stdlib_module_names", stdlib_names.get());
  runtime::Type* thread_info_type =
      runtime::new_struct_sequence_type(interpreter, "sys.thread_info", {"name", "lock", "version"});
  Ref thread_name = runtime::new_str(interpreter, "pthread"), lock = runtime::new_str(interpreter, "semaphore");
  const Value thread_info[] = {thread_name.get(), lock.get(), interpreter.none()};
  Ref thread_info_value = runtime::new_struct_sequence(interpreter, thread_info_type, thread_info);
  runtime::module_set(interpreter, module, "thread_info", thread_info_value.get());
  runtime::Type* hooks_type =
      runtime::new_struct_sequence_type(interpreter, "asyncgen_hooks", {"firstiter", "finalizer"});
  const Value hooks_items[] = {interpreter.none(), interpreter.none(), Value::object(hooks_type)};
  Ref hooks = runtime::new_list(interpreter, hooks_items);
  for (auto [name, function] : {std::pair{"get_asyncgen_hooks", &sys_get_asyncgen_hooks},
                                std::pair{"set_asyncgen_hooks", &sys_set_asyncgen_hooks}}) {
    Ref made = runtime::new_builtin_function(interpreter, name, function, hooks.get());
    runtime::module_set(interpreter, module, name, made.get());
  }
}

// sys.stdin, stdout and stderr (and their __x__ copies): _io.TextIOWrapper
// objects over file descriptors 0, 1 and 2.
void add_streams(Interpreter& interpreter, Value module) {
  struct Stream {
    const char* name;
    const char* original;
    std::FILE* file;
  };
  const Stream streams[] = {{"stdin", "__stdin__", stdin}, {"stdout", "__stdout__", stdout}, {"stderr", "__stderr__", stderr}};
  for (int fd = 0; fd < 3; ++fd) {
    Ref stream = io::new_standard_stream(interpreter, fd, streams[fd].file, fd > 0);
    if (!stream) return;
    runtime::module_set(interpreter, module, streams[fd].name, stream.get());
    runtime::module_set(interpreter, module, streams[fd].original, stream.get());
  }
}

}  // namespace

Ref create_sys_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "sys");
  const Value sys = module.get();
  runtime::module_set(interpreter, sys, "modules", interpreter.modules.get());
  Ref argv = string_list(interpreter, {});
  runtime::module_set(interpreter, sys, "argv", argv.get());
  Ref path = string_list(interpreter, {});
  runtime::module_set(interpreter, sys, "path", path.get());
  set_str(interpreter, sys, "executable", "");
  runtime::module_set(interpreter, sys, "dont_write_bytecode", interpreter.boolean(false));
  runtime::module_set(interpreter, sys, "pycache_prefix", interpreter.none());
  set_str(interpreter, sys, "platform", platform);
  set_str(interpreter, sys, "byteorder", "little");
  Ref maxsize = runtime::new_int(interpreter, INT64_MAX);
  runtime::module_set(interpreter, sys, "maxsize", maxsize.get());
  std::vector<Value> names;
  for (const NativeModule& native : native_modules()) names.push_back(interpreter.intern(native.name));
  Ref builtin_names = runtime::new_tuple(interpreter, names);
  runtime::module_set(interpreter, sys, "builtin_module_names", builtin_names.get());
  add_version(interpreter, sys);
  add_streams(interpreter, sys);
  add_flags(interpreter, sys);
  add_number_info(interpreter, sys);
  add_installation(interpreter, sys);
  runtime::add_module_functions(interpreter, sys,
                                {{"getrecursionlimit", &sys_getrecursionlimit},
                                 {"setrecursionlimit", &sys_setrecursionlimit},
                                 {"exit", &sys_exit},
                                 {"intern", &sys_intern},
                                 {"exc_info", &sys_exc_info},
                                 {"exception", &sys_exception},
                                 {"displayhook", &sys_displayhook},
                                 {"excepthook", &sys_excepthook},
                                 {"getdefaultencoding", &sys_getdefaultencoding},
                                 {"getfilesystemencoding", &sys_getfilesystemencoding},
                                 {"getfilesystemencodeerrors", &sys_getfilesystemencodeerrors},
                                 {"getsizeof", &sys_getsizeof},
                                 {"_getframe", &sys_getframe},
                                 {"call_tracing", &sys_call_tracing},
                                 {"audit", &sys_ignore},
                                 {"addaudithook", &sys_ignore},
                                 {"settrace", &sys_ignore},
                                 {"gettrace", &sys_ignore},
                                 {"setprofile", &sys_ignore},
                                 {"getprofile", &sys_ignore},
                                 {"setswitchinterval", &sys_setswitchinterval},
                                 {"getswitchinterval", &sys_getswitchinterval},
                                 {"breakpointhook", &sys_ignore},
                                 {"_clear_type_cache", &sys_ignore},
                                 {"is_finalizing", &sys_is_finalizing},
                                 {"getrefcount", &sys_getrefcount},
                                 {"unraisablehook", &sys_unraisablehook},
                                 {"get_int_max_str_digits", &sys_get_int_max_str_digits},
                                 {"set_int_max_str_digits", &sys_set_int_max_str_digits}});
  runtime::module_set(interpreter, sys, "__displayhook__",
                      runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("displayhook")));
  for (auto [original, name] : {std::pair{"__unraisablehook__", "unraisablehook"},
                                std::pair{"__breakpointhook__", "breakpointhook"}})
    runtime::module_set(interpreter, sys, original, runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern(name)));
  const Value excepthook = runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("excepthook"));
  if (!excepthook.is_null()) runtime::module_set(interpreter, sys, "__excepthook__", excepthook);
  if (interpreter.has_exception()) return Ref();
  return module;
}

void configure_sys(Interpreter& interpreter, const SysConfiguration& configuration) {
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  if (sys.is_null()) return;
  Ref argv = string_list(interpreter, configuration.argv);
  runtime::module_set(interpreter, sys, "argv", argv.get());
  Ref path = string_list(interpreter, configuration.path);
  runtime::module_set(interpreter, sys, "path", path.get());
  set_str(interpreter, sys, "executable", configuration.executable);
  runtime::module_set(interpreter, sys, "dont_write_bytecode", interpreter.boolean(configuration.dont_write_bytecode));
  if (configuration.pycache_prefix.empty())
    runtime::module_set(interpreter, sys, "pycache_prefix", interpreter.none());
  else
    set_str(interpreter, sys, "pycache_prefix", configuration.pycache_prefix);
  Ref warn_options = string_list(interpreter, configuration.warn_options);
  runtime::module_set(interpreter, sys, "warnoptions", warn_options.get());
  // -X name is True, -X name=value the string value.
  Ref x_options = runtime::new_dict(interpreter);
  for (const std::string& option : configuration.x_options) {
    const std::size_t equals = option.find('=');
    Ref name = runtime::new_str(interpreter, option.substr(0, equals));
    Ref value = equals == std::string::npos ? interpreter.new_boolean(true) : runtime::new_str(interpreter, option.substr(equals + 1));
    if (!runtime::dict_set_item(interpreter, x_options.get(), name.get(), value.get())) return;
  }
  runtime::module_set(interpreter, sys, "_xoptions", x_options.get());
  if (configuration.stdlib_directory.empty())
    runtime::module_set(interpreter, sys, "_stdlib_dir", interpreter.none());
  else
    set_str(interpreter, sys, "_stdlib_dir", configuration.stdlib_directory);
}

bool prepare_quick_exit(Interpreter& interpreter) {
  // The standard streams as add_streams made them: a TextIOWrapper over a
  // BufferedReader or BufferedWriter over a FileIO, all native. Finalizing
  // them would only flush (their descriptors stay open).
  std::vector<runtime::Object*> layers;
  std::vector<Value> texts;
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  io::IoState* state = io::io_state(interpreter, false);
  if (sys.is_null() || !runtime::is_module(interpreter, sys) || !state) return false;
  for (const char* name : {"__stdin__", "__stdout__", "__stderr__"}) {
    const Value text = runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern(name));
    if (text.is_null() || runtime::type_of(interpreter, text) != state->text_wrapper) continue;
    Ref buffer = runtime::get_attribute(interpreter, text, interpreter.intern("buffer"));
    Ref raw = buffer ? runtime::get_attribute(interpreter, buffer.get(), interpreter.intern("raw")) : Ref();
    if (!raw) {
      Ref ignored = interpreter.take_exception();
      continue;
    }
    const runtime::Type* buffer_type = runtime::type_of(interpreter, buffer.get());
    if ((buffer_type != state->buffered_reader && buffer_type != state->buffered_writer) ||
        runtime::type_of(interpreter, raw.get()) != state->fileio)
      continue;
    layers.insert(layers.end(), {text.as_object(), buffer.get().as_object(), raw.get().as_object()});
    texts.push_back(text);
  }
  if (!runtime::gc_teardown_is_quiet(interpreter, layers)) return false;
  for (const Value text : texts) {
    Ref flushed = runtime::call_method(interpreter, text, interpreter.intern("flush"), nullptr, 0);
    if (!flushed) Ref ignored = interpreter.take_exception();
  }
  std::fflush(nullptr);
  return true;
}

}  // namespace krait::modules
