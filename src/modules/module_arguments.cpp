// Native modules: argument helpers (see module_arguments.h).
#include "modules/module_arguments.h"

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::modules {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

bool path_argument(Interpreter& interpreter, const char* function, Value value, std::string& out) {
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument must be str, not " +
                                                              std::string(runtime::type_name(interpreter, value)));
    return false;
  }
  out = std::string(runtime::str_utf8(value));
  return true;
}

bool invalidation_from_text(const std::string& text, compiler::Invalidation& out) {
  if (text == "timestamp") out = compiler::Invalidation::Timestamp;
  else if (text == "checked-hash") out = compiler::Invalidation::CheckedHash;
  else if (text == "unchecked-hash") out = compiler::Invalidation::UncheckedHash;
  else return false;
  return true;
}

bool invalidation_argument(Interpreter& interpreter, Value value, compiler::Invalidation& out) {
  if (value.is_null() || value == interpreter.none()) return true;
  if (value.is_small_int() && value.as_small_int() >= 1 && value.as_small_int() <= 3) {
    out = static_cast<compiler::Invalidation>(value.as_small_int() - 1);
    return true;
  }
  if (runtime::is_str(interpreter, value) && invalidation_from_text(std::string(runtime::str_utf8(value)), out))
    return true;
  interpreter.set_exception(interpreter.ValueError_type, "invalid invalidation_mode");
  return false;
}

bool command_arguments(Interpreter& interpreter, std::vector<std::string>& out) {
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  const Value argv = sys.is_null() ? Value() : runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern("argv"));
  if (argv.is_null() || !runtime::is_list(interpreter, argv)) return true;
  const std::vector<Value>& items = runtime::as_list(argv)->items;
  for (std::size_t i = 1; i < items.size(); ++i) {
    std::string text;
    if (!path_argument(interpreter, "main", items[i], text)) return false;
    out.push_back(std::move(text));
  }
  return true;
}

Ref exit_with(Interpreter& interpreter, int status) {
  if (status == 0) return interpreter.new_none();
  const Value code = Value::small_int(status);
  Ref exception = runtime::call(interpreter, Value::object(interpreter.SystemExit_type), &code, 1);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

}  // namespace krait::modules
