// Runtime: warnings raised by native code (see warnings.h).
#include "runtime/warnings.h"

#include <fstream>
#include <string>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// The module `name` when sys.modules holds it (borrowed), else null.
Value loaded_module(Interpreter& interpreter, std::string_view name) {
  return interpreter.modules ? dict_get_str(interpreter.modules.get(), interpreter.intern(name)) : Value();
}

// Whether the filters are CPython's defaults: the warnings module is not
// loaded, and sys.warnoptions (-W, PYTHONWARNINGS, -X dev) asks for no others.
bool default_filters(Interpreter& interpreter) {
  if (!loaded_module(interpreter, "warnings").is_null()) return false;
  const Value sys = loaded_module(interpreter, "sys");
  if (sys.is_null()) return true;
  const Value options = dict_get_str(module_dict(sys), interpreter.intern("warnoptions"));
  return options.is_null() || type_of(interpreter, options) != interpreter.list_type || as_list(options)->items.empty();
}

// The default filters' verdict for a warning from `module`: CPython's
// default::DeprecationWarning:__main__, then ignore::DeprecationWarning,
// PendingDeprecationWarning, ImportWarning and ResourceWarning; the
// "default" action (once per place) for the rest.
bool ignored_by_default(Interpreter& interpreter, const Type* category, std::string_view module) {
  if (is_subtype(category, interpreter.DeprecationWarning_type)) return module != "__main__";
  return is_subtype(category, interpreter.PendingDeprecationWarning_type) ||
         is_subtype(category, interpreter.ImportWarning_type) || is_subtype(category, interpreter.ResourceWarning_type);
}

// Line `lineno` of a file, stripped, as warnings shows it (linecache).
std::string source_line(std::string_view filename, int lineno) {
  std::ifstream in{std::string(filename), std::ios::binary};
  std::string line;
  for (int number = 1; number <= lineno && std::getline(in, line); ++number)
    if (number == lineno) {
      const char* space = " \t\n\r\f\v";
      const std::size_t first = line.find_first_not_of(space);
      return first == std::string::npos ? "" : line.substr(first, line.find_last_not_of(space) - first + 1);
    }
  return "";
}

// warnings._showwarnmsg_impl's text on sys.stderr (nothing when it is
// None). With a source object, the note tracemalloc's absence adds.
bool show_warning(Interpreter& interpreter, const Type* category, std::string_view message, std::string_view filename,
                  int lineno, bool with_source) {
  std::string text = std::string(filename) + ":" + std::to_string(lineno) + ": " + category->name + ": " +
                     std::string(message) + "\n";
  const std::string line = source_line(filename, lineno);
  if (!line.empty()) text += "  " + line + "\n";
  if (with_source) text += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  const Value sys = loaded_module(interpreter, "sys");
  const Value stream = sys.is_null() ? Value() : dict_get_str(module_dict(sys), interpreter.intern("stderr"));
  if (stream.is_null() || stream == interpreter.none()) return true;
  Ref argument = new_str(interpreter, text);
  const Value arguments[] = {argument.get()};
  return static_cast<bool>(call_method(interpreter, stream, interpreter.intern("write"), arguments, 1));
}

// The "default" action: whether this place warned already, as the module
// records it in `registry` (a frame's __warningregistry__), which is
// cleared when its filters change (its "version": 1 until then).
int already_warned(Interpreter& interpreter, Value registry, Value key) {
  const Value version_name = interpreter.intern("version");
  const Value version = dict_get_str(registry, version_name);
  if (version.is_null() || version != Value::small_int(1)) {
    dict_clear(interpreter, registry);
    if (!dict_set_item(interpreter, registry, version_name, Value::small_int(1))) return -1;
  }
  Value found;
  const int known = dict_lookup(interpreter, registry, key, found);
  if (known != 0) return known;
  return dict_set_item(interpreter, registry, key, Value::small_int(1)) ? 0 : -1;
}

// Shows a warning the default filters let through, from the Python frame
// `stack_level` calls out (CPython's setup_context: "sys", line 1, when
// the stack is not that deep).
bool warn_by_default(Interpreter& interpreter, Type* category, Value message, int stack_level, bool with_source) {
  std::string filename = "sys";
  int lineno = 1;
  Value globals;
  const std::size_t depth = interpreter.frames.size();
  if (stack_level >= 1 && static_cast<std::size_t>(stack_level) <= depth) {
    const Value sys = loaded_module(interpreter, "sys");
    Ref getframe = sys.is_null() ? Ref() : get_attribute(interpreter, sys, interpreter.intern("_getframe"));
    if (!getframe) return false;
    const Value level = Value::small_int(stack_level - 1);
    Ref frame = call(interpreter, getframe.get(), &level, 1);
    if (!frame) return false;
    Ref code = get_attribute(interpreter, frame.get(), interpreter.intern("f_code"));
    Ref name = code ? get_attribute(interpreter, code.get(), interpreter.intern("co_filename")) : Ref();
    Ref line = get_attribute(interpreter, frame.get(), interpreter.intern("f_lineno"));
    if (!name || !line) return false;
    if (is_str(interpreter, name.get())) filename = str_utf8(name.get());
    if (line.get().is_small_int()) lineno = static_cast<int>(line.get().as_small_int());
    globals = interpreter.frames[depth - stack_level].globals;
  }
  if (!globals.is_null()) {
    const Value registry_name = interpreter.intern("__warningregistry__");
    Ref registry = Ref::borrow(dict_get_str(globals, registry_name));
    if (!registry) {
      registry = new_dict(interpreter);
      if (!dict_set_item(interpreter, globals, registry_name, registry.get())) return false;
    }
    if (type_of(interpreter, registry.get()) == interpreter.dict_type) {
      const Value items[] = {message, Value::object(category), Value::small_int(lineno)};
      Ref key = new_tuple(interpreter, items);
      const int warned = already_warned(interpreter, registry.get(), key.get());
      if (warned != 0) return warned > 0;
    }
  }
  return show_warning(interpreter, category, str_utf8(message), filename, lineno, with_source);
}

// Calls warnings.<function> (importing the module).
bool call_warnings(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count) {
  Ref module = import_module(interpreter, "warnings");
  if (!module) return false;
  Ref callable = get_attribute(interpreter, module.get(), interpreter.intern(function));
  return callable && call(interpreter, callable.get(), arguments, count);
}

}  // namespace

bool warn(Interpreter& interpreter, Type* category, std::string_view message, int stack_level, Value source) {
  if (default_filters(interpreter)) {
    std::string_view module = "sys";
    const std::size_t depth = interpreter.frames.size();
    if (stack_level >= 1 && static_cast<std::size_t>(stack_level) <= depth) {
      const Value name = dict_get_str(interpreter.frames[depth - stack_level].globals, interpreter.names.dunder_name);
      module = !name.is_null() && is_str(interpreter, name) ? str_utf8(name) : "<string>";
    }
    if (ignored_by_default(interpreter, category, module)) return true;
  }
  Ref text = new_str(interpreter, message);
  if (default_filters(interpreter))
    return warn_by_default(interpreter, category, text.get(), stack_level, !source.is_null());
  // Not the source: the pure-Python warn_explicit passes it on as
  // WarningMessage's fifth argument, which is `file` -- the warning would
  // be written into the unclosed file (CPython's C _warnings has no such
  // slip).
  const Value arguments[] = {text.get(), Value::object(category), Value::small_int(stack_level)};
  return call_warnings(interpreter, "warn", arguments, 3);
}

bool warn_explicit(Interpreter& interpreter, Type* category, std::string_view message, std::string_view filename,
                   int lineno) {
  if (default_filters(interpreter)) {
    std::string_view module = filename.empty() ? "<unknown>" : filename;
    if (module.size() >= 3 && module.substr(module.size() - 3) == ".py") module.remove_suffix(3);
    if (ignored_by_default(interpreter, category, module)) return true;
    return show_warning(interpreter, category, message, filename, lineno, false);
  }
  Ref text = new_str(interpreter, message);
  Ref file = new_str(interpreter, filename);
  const Value arguments[] = {text.get(), Value::object(category), file.get(), Value::small_int(lineno)};
  return call_warnings(interpreter, "warn_explicit", arguments, 4);
}

}  // namespace krait::runtime
