// Objects: the built-in functions of the builtins module, one function per
// builtin, and add_builtins, which lists them (with the built-in types and
// exceptions) at the bottom. The numeric ones live in builtins_numeric.cpp.
#include "objects/builtins.h"

#include <gmp.h>

#include <cstdio>
#include <limits>
#include <string>

#include "objects/builtins_numeric.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/format.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/list_sort.h"
#include "objects/module_object.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/frame_inspection.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

// The one argument of len(), repr(), ... (CPython's METH_O).
bool single_argument(Interpreter& interpreter, const char* function, std::size_t count, Value kwnames) {
  return reject_keywords(interpreter, function, kwnames) && check_positional(interpreter, function, count, 1, 1);
}

// sys.stdout or sys.stdin (`name`; `original` is sys.__stdout__ ...) for
// print() and input(), in `out`: 1 for a stream the program installed, 0
// for the original stream, which callers may write to directly, or when
// there is no sys module (or no longer, as finalizers run at exit: `out`
// stays null); -1 with RuntimeError "lost sys.stdout" when the attribute is
// gone. Read from sys's namespace directly: print is hot.
int sys_stream(Interpreter& interpreter, Value name, Value original, Ref& out) {
  if (!interpreter.modules) return 0;
  const Value sys = dict_get_str(interpreter.modules.get(), interpreter.names.sys);
  if (sys.is_null() || type_of(interpreter, sys) != interpreter.module_type) return 0;
  const Value namespace_dict = module_dict(sys);
  const Value original_stream = dict_get_str(namespace_dict, original);
  if (original_stream.is_null()) return 0;
  const Value stream = dict_get_str(namespace_dict, name);
  if (stream.is_null()) {
    interpreter.set_exception(interpreter.RuntimeError_type, "lost sys." + std::string(str_utf8(name)));
    return -1;
  }
  out = Ref::borrow(stream);
  return stream == original_stream ? 0 : 1;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False). Each piece is
// written as soon as it is known, so output before a failing str() stays.
Ref builtin_print(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  // print's parser (CPython's _PyArg_ParseStackAndKeywords) reports an
  // unknown keyword before counting them.
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k) {
    const std::string_view name = str_utf8(as_tuple(kwnames)->items()[k]);
    if (name != "sep" && name != "end" && name != "file" && name != "flush") {
      invalid_keyword(interpreter, "print", name);
      return Ref();
    }
  }
  Value options[4];
  if (!bind_arguments(interpreter, {"print", {"sep", "end", "file", "flush"}, 0, 4}, arguments + count, 0, kwnames,
                      options))
    return Ref();
  auto text_option = [&](Value& option, const char* name) {
    if (option == interpreter.none()) option = Value();
    if (option.is_null() || is_str(interpreter, option)) return true;
    interpreter.set_exception(interpreter.TypeError_type, std::string(name) + " must be None or a string, not " +
                                                              std::string(type_name(interpreter, option)));
    return false;
  };
  Value& separator = options[0];
  Value& end = options[1];
  if (!text_option(separator, "sep") || !text_option(end, "end")) return Ref();
  // Without a file, sys.stdout: written to directly while it is still the
  // original stream, else through its write method; nothing when None.
  Ref standard_output;
  Value file = options[2].is_null() || options[2] == interpreter.none() ? Value() : options[2];
  if (file.is_null()) {
    const int found = sys_stream(interpreter, interpreter.names.stdout, interpreter.names.dunder_stdout, standard_output);
    if (found < 0) return Ref();
    if (found && standard_output.get() == interpreter.none()) return interpreter.new_none();
    if (found) file = standard_output.get();
  }
  const Value write_name = interpreter.names.write;
  auto write = [&](Value text) {
    if (file.is_null()) {
      const std::string_view utf8 = str_utf8(text);
      std::fwrite(utf8.data(), 1, utf8.size(), stdout);
      return true;
    }
    Ref written = call_method(interpreter, file, write_name, &text, 1);
    return static_cast<bool>(written);
  };
  Ref space, newline;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) {
      if (separator.is_null() && !space) space = new_str(interpreter, " ");
      if (!write(separator.is_null() ? space.get() : separator)) return Ref();
    }
    Ref text = str(interpreter, arguments[i]);
    if (!text || !write(text.get())) return Ref();
  }
  if (end.is_null()) newline = new_str(interpreter, "\n");
  if (!write(end.is_null() ? newline.get() : end)) return Ref();
  if (!options[3].is_null()) {
    const int flush = truth(interpreter, options[3]);
    if (flush < 0) return Ref();
    if (flush && file.is_null()) std::fflush(stdout);
    if (flush && !file.is_null() && !call_method(interpreter, file, interpreter.intern("flush"), nullptr, 0))
      return Ref();
  }
  return interpreter.new_none();
}

Ref builtin_len(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "len", count, kwnames)) return Ref();
  return length(interpreter, arguments[0]);
}

Ref builtin_repr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "repr", count, kwnames)) return Ref();
  // A one-argument builtin is a native call to CPython's recursion count.
  RecursionGuard guard(interpreter, " while calling a Python object");
  if (!guard) return Ref();
  return repr(interpreter, arguments[0]);
}

// ascii(object): repr with non-ASCII characters escaped as \xhh, \uhhhh or
// \Uhhhhhhhh (the "backslashreplace" error handler).
Ref builtin_ascii(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "ascii", count, kwnames)) return Ref();
  Ref shown = repr(interpreter, arguments[0]);
  if (!shown || as_str(shown.get())->ascii) return shown;
  const StrObject* text = as_str(shown.get());
  std::string escaped;
  for (std::int64_t i = 0; i < text->length; ++i) {
    const char32_t code_point = text->at(i);
    if (code_point < 0x80) {
      escaped += static_cast<char>(code_point);
      continue;
    }
    char buffer[16];
    if (code_point < 0x100) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(code_point));
    } else if (code_point < 0x10000) {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(code_point));
    } else {
      std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(code_point));
    }
    escaped += buffer;
  }
  return new_str(interpreter, escaped);
}

Ref builtin_hash(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "hash", count, kwnames)) return Ref();
  RecursionGuard guard(interpreter, " while calling a Python object");
  if (!guard) return Ref();
  const std::int64_t result = hash(interpreter, arguments[0]);
  if (result == -1 && interpreter.has_exception()) return Ref();
  return new_int(interpreter, result);
}

// id(object): the object's address; a small int's tagged word (odd, so
// never an address) stands in for the address it does not have.
Ref builtin_id(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "id", count, kwnames)) return Ref();
  mpz_t identity;
  mpz_init_set_ui(identity, arguments[0].bits());
  Ref result = new_int(interpreter, identity);
  mpz_clear(identity);
  return result;
}

Ref builtin_callable(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "callable", count, kwnames)) return Ref();
  return interpreter.new_boolean(type_of(interpreter, arguments[0])->call != nullptr);
}

// iter(iterable) or iter(callable, sentinel).
Ref builtin_iter(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "iter", kwnames) || !check_argument_count(interpreter, "iter", count, 1, 2))
    return Ref();
  if (count == 1) return iterate(interpreter, arguments[0]);
  if (!type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "iter(v, w): v must be callable");
  return new_callable_iterator(interpreter, arguments[0], arguments[1]);
}

// next(iterator[, default]): StopIteration when exhausted, unless a
// default is given.
Ref builtin_next(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "next", kwnames) || !check_argument_count(interpreter, "next", count, 1, 2))
    return Ref();
  const Value iterator = arguments[0];
  if (!type_of(interpreter, iterator)->next)
    return interpreter.raise(interpreter.TypeError_type,
                             quoted_type_name(interpreter, iterator) + " object is not an iterator");
  // The slot itself: a StopIteration it raises (with a value) propagates.
  Ref item = type_of(interpreter, iterator)->next(interpreter, iterator);
  if (item) return item;
  if (interpreter.has_exception()) {
    if (count == 1 || !interpreter.exception_is(interpreter.StopIteration_type))
      return Ref();
    Ref ended = interpreter.take_exception();
  }
  if (count == 2) return Ref::borrow(arguments[1]);
  return interpreter.raise(interpreter.StopIteration_type, "");
}

// any(iterable) and all(iterable): the first item whose truth is `decisive`
// decides; otherwise the result is !decisive.
Ref any_or_all(Interpreter& interpreter, const char* function, bool decisive, const Value* arguments,
               std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, function, count, kwnames)) return Ref();
  Ref iterator = iterate(interpreter, arguments[0]);
  if (!iterator) return Ref();
  while (Ref item = next_item(interpreter, iterator.get())) {
    const int truth_value = truth(interpreter, item.get());
    if (truth_value < 0) return Ref();
    if ((truth_value != 0) == decisive) return interpreter.new_boolean(decisive);
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_boolean(!decisive);
}

Ref builtin_any(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return any_or_all(interpreter, "any", true, arguments, count, kwnames);
}

Ref builtin_all(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return any_or_all(interpreter, "all", false, arguments, count, kwnames);
}

// min() and max() (CPython's min_max): one iterable or several arguments,
// key=, and default= for an empty iterable. `op` is how a better item
// compares with the best so far (ties keep the first).
Ref min_max(Interpreter& interpreter, const char* function, CompareOp op, const Value* arguments, std::size_t count,
            Value kwnames) {
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, std::string(function) + " expected at least 1 argument, got 0");
  Value options[2];
  if (!bind_arguments(interpreter, {function, {"key", "default"}, 0, 2}, arguments + count, 0, kwnames, options))
    return Ref();
  const Value key = options[0] == interpreter.none() ? Value() : options[0];
  const Value default_value = options[1];
  const bool several = count > 1;
  if (several && !default_value.is_null())
    return interpreter.raise(interpreter.TypeError_type, std::string("Cannot specify a default for ") + function +
                                                             "() with multiple positional arguments");
  Ref iterator;
  if (!several) {
    iterator = iterate(interpreter, arguments[0]);
    if (!iterator) return Ref();
  }
  Ref best, best_key;
  for (std::size_t position = 0;; ++position) {
    Ref item = several ? (position < count ? Ref::borrow(arguments[position]) : Ref())
                       : next_item(interpreter, iterator.get());
    if (!item) break;
    Ref item_key;
    if (key.is_null()) {
      item_key = Ref::borrow(item.get());
    } else {
      const Value argument = item.get();
      item_key = call(interpreter, key, &argument, 1);
      if (!item_key) return Ref();
    }
    if (!best) {
      best = std::move(item);
      best_key = std::move(item_key);
      continue;
    }
    const int is_better = compare_truth(interpreter, item_key.get(), best_key.get(), op);
    if (is_better < 0) return Ref();
    if (is_better) {
      best = std::move(item);
      best_key = std::move(item_key);
    }
  }
  if (interpreter.has_exception()) return Ref();
  if (best) return best;
  if (!default_value.is_null()) return Ref::borrow(default_value);
  return interpreter.raise(interpreter.ValueError_type, std::string(function) + "() arg is an empty sequence");
}

Ref builtin_min(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return min_max(interpreter, "min", CompareOp::Lt, arguments, count, kwnames);
}

Ref builtin_max(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return min_max(interpreter, "max", CompareOp::Gt, arguments, count, kwnames);
}

// sum(iterable, /, start=0): start + item + item ..., with inline paths for
// small ints and floats that give what `+` gives.
Ref builtin_sum(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"sum", {"iterable", "start"}, 1, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  const Value start = bound[1];
  if (!start.is_null() && is_str(interpreter, start))
    return interpreter.raise(interpreter.TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
  // Small ints and floats add quietly, as `+` would.
  struct Adder final : ItemSink {
    Ref total;
    bool take_quietly(Interpreter& interpreter, Value b) override {
      const Value a = total.get();
      if (a.is_small_int() && b.is_small_int()) {
        // Two 63-bit values cannot overflow 64 bits.
        total = new_int(interpreter, a.as_small_int() + b.as_small_int());
        return true;
      }
      if (a.is_object() && a.as_object()->type == interpreter.float_type) {
        const bool float_item = b.is_object() && b.as_object()->type == interpreter.float_type;
        if (float_item || b.is_small_int()) {
          const double addend = float_item ? float_value(b) : static_cast<double>(b.as_small_int());
          total = new_float(interpreter, float_value(a) + addend);
          return true;
        }
      }
      return false;
    }
    bool take(Interpreter& interpreter, Value b) override {
      if (take_quietly(interpreter, b)) return true;
      total = binary_operation(interpreter, BinaryOperator::ADD, total.get(), b, false);
      return bool(total);
    }
  } adder;
  adder.total = start.is_null() ? Ref::small_int(0) : Ref::borrow(start);
  if (!for_each_item(interpreter, bound[0], adder)) return Ref();
  return std::move(adder.total);
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
// list.sort, which checks the keywords.
Ref builtin_sorted(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_argument_count(interpreter, "sorted", count, 1, 1)) return Ref();
  Ref list = new_list(interpreter, {});
  if (!list_extend(interpreter, list.get(), arguments[0])) return Ref();
  if (!list_sort_method(interpreter, list.get(), arguments + 1, 0, kwnames)) return Ref();
  return list;
}

Ref builtin_chr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "chr", count, kwnames)) return Ref();
  int code_point = 0;
  if (!index_to_c_int(interpreter, arguments[0], code_point)) return Ref();
  if (code_point < 0 || code_point > 0x10FFFF)
    return interpreter.raise(interpreter.ValueError_type, "chr() arg not in range(0x110000)");
  std::string utf8;
  unicode::append_utf8(utf8, static_cast<char32_t>(code_point));
  return new_str(interpreter, utf8);
}

Ref builtin_ord(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!single_argument(interpreter, "ord", count, kwnames)) return Ref();
  const Value character = arguments[0];
  // A bytes or bytearray of one byte gives the byte (CPython's ord accepts
  // both, not other bytes-like objects).
  const bool bytes = is_bytes(interpreter, character), bytearray = is_bytearray(interpreter, character);
  if (bytes || bytearray) {
    const std::string_view data =
        bytes ? as_bytes(character)->view() : std::string_view(as_bytearray(character)->bytes);
    if (data.size() != 1)
      return interpreter.raise(interpreter.TypeError_type, "ord() expected a character, but string of length " +
                                                               std::to_string(data.size()) + " found");
    return Ref::small_int(static_cast<unsigned char>(data[0]));
  }
  if (!is_str(interpreter, character))
    return interpreter.raise(interpreter.TypeError_type, "ord() expected string of length 1, but " +
                                                             std::string(type_name(interpreter, character)) + " found");
  const StrObject* text = as_str(character);
  if (text->length != 1)
    return interpreter.raise(interpreter.TypeError_type, "ord() expected a character, but string of length " +
                                                             std::to_string(text->length) + " found");
  return Ref::small_int(text->at(0));
}

// isinstance(obj, class_or_tuple, /) and issubclass(cls, class_or_tuple, /).
Ref builtin_isinstance(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "isinstance", kwnames) || !check_argument_count(interpreter, "isinstance", count, 2, 2))
    return Ref();
  const int result = is_instance(interpreter, arguments[0], arguments[1]);
  return result < 0 ? Ref() : interpreter.new_boolean(result);
}

Ref builtin_issubclass(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "issubclass", kwnames) || !check_argument_count(interpreter, "issubclass", count, 2, 2))
    return Ref();
  const int result = is_subclass(interpreter, arguments[0], arguments[1]);
  return result < 0 ? Ref() : interpreter.new_boolean(result);
}

// The positional arguments of getattr, setattr, hasattr and delattr, whose
// second one must be a str.
bool attribute_arguments(Interpreter& interpreter, const char* function, std::size_t count, Value kwnames,
                         std::size_t minimum, std::size_t maximum, const Value* arguments) {
  if (!reject_keywords(interpreter, function, kwnames) ||
      !check_argument_count(interpreter, function, count, minimum, maximum))
    return false;
  if (is_str(interpreter, arguments[1])) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            "attribute name must be string, not " + quoted_type_name(interpreter, arguments[1]));
  return false;
}

// getattr(object, name[, default]): the default only for AttributeError.
Ref builtin_getattr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!attribute_arguments(interpreter, "getattr", count, kwnames, 2, 3, arguments)) return Ref();
  if (count == 2) return get_attribute(interpreter, arguments[0], arguments[1]);
  Ref value;
  const int found = lookup_attribute(interpreter, arguments[0], arguments[1], value);
  if (found < 0) return Ref();
  return found ? std::move(value) : Ref::borrow(arguments[2]);
}

Ref builtin_hasattr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!attribute_arguments(interpreter, "hasattr", count, kwnames, 2, 2, arguments)) return Ref();
  Ref value;
  const int found = lookup_attribute(interpreter, arguments[0], arguments[1], value);
  return found < 0 ? Ref() : interpreter.new_boolean(found);
}

Ref builtin_setattr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!attribute_arguments(interpreter, "setattr", count, kwnames, 3, 3, arguments) ||
      !set_attribute(interpreter, arguments[0], arguments[1], arguments[2]))
    return Ref();
  return interpreter.new_none();
}

Ref builtin_delattr(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!attribute_arguments(interpreter, "delattr", count, kwnames, 2, 2, arguments) ||
      !set_attribute(interpreter, arguments[0], arguments[1], Value()))
    return Ref();
  return interpreter.new_none();
}

// globals(): the running frame's global namespace.
Ref builtin_globals(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "globals", count, kwnames)) return Ref();
  if (interpreter.frames.empty()) return interpreter.new_none();
  return Ref::borrow(interpreter.frames.back().globals);
}

// locals(): the running frame's variables.
Ref builtin_locals(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "locals", count, kwnames)) return Ref();
  return frame_locals(interpreter);
}

// input([prompt]): the prompt written to sys.stdout, then a line of
// sys.stdin without its newline; EOFError at the end of the input.
Ref builtin_input(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "input", kwnames) || !check_argument_count(interpreter, "input", count, 0, 1))
    return Ref();
  Ref output, input;
  const Interpreter::Names& names = interpreter.names;
  if (sys_stream(interpreter, names.stdout, names.dunder_stdout, output) < 0 ||
      sys_stream(interpreter, names.stdin, names.dunder_stdin, input) < 0)
    return Ref();
  const Value none = interpreter.none();
  if (!input || input.get() == none) return interpreter.raise(interpreter.RuntimeError_type, "input(): lost sys.stdin");
  if (!output || output.get() == none)
    return interpreter.raise(interpreter.RuntimeError_type, "input(): lost sys.stdout");
  if (count == 1) {
    Ref prompt = str(interpreter, arguments[0]);
    if (!prompt) return Ref();
    const Value text = prompt.get();
    if (!call_method(interpreter, output.get(), names.write, &text, 1)) return Ref();
  }
  if (!call_method(interpreter, output.get(), names.flush, nullptr, 0)) return Ref();
  Ref line = call_method(interpreter, input.get(), interpreter.intern("readline"), nullptr, 0);
  if (!line) return Ref();
  if (!is_str(interpreter, line.get()))
    return interpreter.raise(interpreter.TypeError_type, "object.readline() returned non-string");
  const std::string_view text = str_utf8(line.get());
  if (text.empty()) return interpreter.raise(interpreter.EOFError_type, "EOF when reading a line");
  if (text.back() != '\n') return line;
  return new_str(interpreter, text.substr(0, text.size() - 1));
}

// exit(code=None) and quit(code=None), which the site module provides as
// Quitter objects: raise SystemExit(code).
Ref builtin_exit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  // As the site module's Quitter.__call__(code=None): SystemExit(code).
  Value code;
  if (!bind_arguments(interpreter, {"__call__", {"code"}, 0, 0, 0}, arguments, count, kwnames, &code)) return Ref();
  const Value argument = code.is_null() ? interpreter.none() : code;
  Ref exception = call(interpreter, Value::object(interpreter.SystemExit_type), &argument, 1);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

// vars([object]): object.__dict__, or the running frame's locals.
Ref builtin_vars(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "vars", kwnames) || !check_argument_count(interpreter, "vars", count, 0, 1))
    return Ref();
  if (count == 0) return frame_locals(interpreter);
  Ref dict;
  const int found = lookup_attribute(interpreter, arguments[0], interpreter.names.dunder_dict, dict);
  if (found == 0)
    return interpreter.raise(interpreter.TypeError_type, "vars() argument must have __dict__ attribute");
  return dict;
}

// dir([object]): the sorted list of object.__dir__(), or of the running
// frame's local names.
Ref builtin_dir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "dir", kwnames) || !check_argument_count(interpreter, "dir", count, 0, 1))
    return Ref();
  Ref names;
  if (count == 0) {
    Ref locals = frame_locals(interpreter);
    if (!locals) return Ref();
    names = new_list(interpreter, {});
    if (!list_extend(interpreter, names.get(), locals.get())) return Ref();
  } else {
    bool found = true;
    Ref result = call_special(interpreter, arguments[0], interpreter.names.dunder_dir, nullptr, 0, found);
    if (!found) return interpreter.raise(interpreter.TypeError_type, "object does not provide __dir__");
    if (!result) return Ref();
    names = new_list(interpreter, {});
    if (!list_extend(interpreter, names.get(), result.get())) return Ref();
  }
  if (!list_sort(interpreter, names.get(), Value(), false)) return Ref();
  return names;
}

}  // namespace

// breakpoint(*args, **kws): whatever sys.breakpointhook does with them.
Ref builtin_breakpoint(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const Value sys = dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref hook;
  const int found = sys.is_null() ? 0 : lookup_attribute(interpreter, sys, interpreter.intern("breakpointhook"), hook);
  if (found < 0) return Ref();
  if (found == 0) return interpreter.raise(interpreter.RuntimeError_type, "lost sys.breakpointhook");
  return call(interpreter, hook.get(), arguments, count, kwnames);
}

void add_builtins(Interpreter& interpreter, Value builtins) {
  auto define = [&](const char* name, Value value) { dict_set_str(interpreter, builtins, interpreter.intern(name), value); };
  struct Function {
    const char* name;
    NativeFunction function;
  };
  static constexpr Function functions[] = {
      {"abs", &builtin_abs},       {"all", &builtin_all},     {"any", &builtin_any},
      {"ascii", &builtin_ascii},   {"bin", &builtin_bin},     {"callable", &builtin_callable},
      {"chr", &builtin_chr},       {"delattr", &builtin_delattr}, {"dir", &builtin_dir},
      {"divmod", &builtin_divmod}, {"format", &builtin_format}, {"getattr", &builtin_getattr},
      {"hasattr", &builtin_hasattr}, {"hash", &builtin_hash},
      {"hex", &builtin_hex},       {"id", &builtin_id},       {"isinstance", &builtin_isinstance},
      {"issubclass", &builtin_issubclass}, {"iter", &builtin_iter},
      {"len", &builtin_len},       {"max", &builtin_max},     {"min", &builtin_min},
      {"next", &builtin_next},     {"oct", &builtin_oct},     {"ord", &builtin_ord},
      {"pow", &builtin_pow},       {"print", &builtin_print}, {"repr", &builtin_repr},
      {"round", &builtin_round},   {"setattr", &builtin_setattr}, {"sorted", &builtin_sorted},
      {"sum", &builtin_sum},       {"vars", &builtin_vars},
      {"globals", &builtin_globals}, {"locals", &builtin_locals}, {"input", &builtin_input},
      {"exit", &builtin_exit},     {"quit", &builtin_exit},   {"breakpoint", &builtin_breakpoint},
  };
  for (const Function& entry : functions) {
    Ref function = new_builtin_function(interpreter, entry.name, entry.function);
    define(entry.name, function.get());
  }
  for (Type* type : {interpreter.object_type, interpreter.type_type, interpreter.int_type, interpreter.bool_type,
                     interpreter.float_type, interpreter.complex_type, interpreter.range_type, interpreter.tuple_type, interpreter.list_type,
                     interpreter.property_type, interpreter.classmethod_type, interpreter.staticmethod_type,
                     interpreter.enumerate_type, interpreter.zip_type, interpreter.map_type, interpreter.filter_type,
                     interpreter.reversed_type, interpreter.dict_type, interpreter.super_type,
                     interpreter.set_type, interpreter.frozenset_type, interpreter.str_type,
                     interpreter.bytes_type, interpreter.bytearray_type, interpreter.memoryview_type})
    define(type->name.c_str(), Value::object(type));
  define("None", interpreter.none());
  define("True", interpreter.boolean(true));
  define("False", interpreter.boolean(false));
  define("__debug__", interpreter.boolean(interpreter.optimize == 0));
  define("NotImplemented", interpreter.not_implemented());
  define("Ellipsis", interpreter.ellipsis());
  define("slice", Value::object(interpreter.slice_type));
#define KRAIT_EXCEPTION_TYPE(Name, Base) define(#Name, Value::object(interpreter.Name##_type));
#include "objects/exception_types.def"
#undef KRAIT_EXCEPTION_TYPE
  define("EnvironmentError", Value::object(interpreter.OSError_type));
  define("IOError", Value::object(interpreter.OSError_type));
}

}  // namespace krait::runtime
