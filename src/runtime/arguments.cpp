// Runtime: argument binding for native functions, with the TypeError
// messages of CPython's argument clinic.
#include "runtime/arguments.h"

#include <string>

#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

namespace krait::runtime {

std::size_t keyword_count(Value kwnames) {
  return kwnames.is_null() ? 0 : static_cast<std::size_t>(as_tuple(kwnames)->size);
}

std::string argument_type_name(const Interpreter& interpreter, Value value) {
  if (value == interpreter.none()) return "None";
  return type_of(interpreter, value)->name;
}

bool reject_keywords(Interpreter& interpreter, std::string_view function, Value kwnames) {
  if (keyword_count(kwnames) == 0) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() takes no keyword arguments");
  return false;
}

bool check_positional(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                      std::size_t maximum) {
  if (count >= minimum && count <= maximum) return true;
  const std::string name(function);
  if (minimum == 1 && maximum == 1) {
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes exactly one argument (" + std::to_string(count) + " given)");
  } else if (maximum == 0) {
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes no arguments (" + std::to_string(count) + " given)");
  } else {
    const bool too_many = count > maximum;
    const std::size_t bound = too_many ? maximum : minimum;
    const char* relation = minimum == maximum ? "" : too_many ? "at most " : "at least ";
    interpreter.set_exception(interpreter.TypeError_type, name + " expected " + relation + std::to_string(bound) +
                                                              " argument" + (bound == 1 ? "" : "s") + ", got " +
                                                              std::to_string(count));
  }
  return false;
}

bool check_argument_count(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                          std::size_t maximum) {
  if (count >= minimum && count <= maximum) return true;
  const bool too_many = count > maximum;
  const std::size_t bound = too_many ? maximum : minimum;
  const char* relation = minimum == maximum ? "exactly " : too_many ? "at most " : "at least ";
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() takes " + relation +
                                                            std::to_string(bound) + " argument" +
                                                            (bound == 1 ? "" : "s") + " (" + std::to_string(count) +
                                                            " given)");
  return false;
}

bool bind_arguments(Interpreter& interpreter, const NativeSignature& signature, const Value* arguments,
                    std::size_t count, Value kwnames, Value* out) {
  const std::string name(signature.function);
  const std::size_t total = signature.names.size();
  const std::size_t positional_capacity = total - signature.keyword_only;
  for (std::size_t i = 0; i < total; ++i) out[i] = Value();
  // The checks and texts of CPython 3.11's _PyArg_UnpackKeywords.
  const std::size_t keywords = keyword_count(kwnames);
  if (count + keywords > total) {
    interpreter.set_exception(interpreter.TypeError_type, name + "() takes at most " + std::to_string(total) + " " +
                                                              (count == 0 ? "keyword " : "") + "argument" +
                                                              (total == 1 ? "" : "s") + " (" +
                                                              std::to_string(count + keywords) + " given)");
    return false;
  }
  if (count > positional_capacity) {
    if (positional_capacity == 0) {
      interpreter.set_exception(interpreter.TypeError_type, name + "() takes no positional arguments");
      return false;
    }
    const std::size_t minimum = signature.required < positional_capacity ? signature.required : positional_capacity;
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes " + (minimum < positional_capacity ? "at most " : "exactly ") +
                                  std::to_string(positional_capacity) + " positional argument" +
                                  (positional_capacity == 1 ? "" : "s") + " (" + std::to_string(count) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < count; ++i) out[i] = arguments[i];
  for (std::size_t k = 0; k < keywords; ++k) {
    const Value keyword = as_tuple(kwnames)->items()[k];
    const std::string_view text = str_utf8(keyword);
    std::size_t index = signature.positional_only;
    auto parameter = signature.names.begin() + index;
    for (; index < total && *parameter != text; ++index, ++parameter) {
    }
    if (index == total) {
      std::string message(1, '\'');
      message.append(text).append("' is an invalid keyword argument for ").append(name).append("()");
      interpreter.set_exception(interpreter.TypeError_type, message);
      return false;
    }
    if (!out[index].is_null()) {
      interpreter.set_exception(interpreter.TypeError_type, "argument for " + name + "() given by name ('" +
                                                                std::string(text) + "') and position (" +
                                                                std::to_string(index + 1) + ")");
      return false;
    }
    out[index] = arguments[count + k];
  }
  for (std::size_t i = 0; i < signature.required; ++i) {
    if (!out[i].is_null()) continue;
    const std::string_view missing = *(signature.names.begin() + i);
    if (i < signature.positional_only || missing.empty())
      interpreter.set_exception(interpreter.TypeError_type, name + "() missing required argument (pos " +
                                                                std::to_string(i + 1) + ")");
    else
      interpreter.set_exception(interpreter.TypeError_type, name + "() missing required argument '" +
                                                                std::string(missing) + "' (pos " +
                                                                std::to_string(i + 1) + ")");
    return false;
  }
  return true;
}

}  // namespace krait::runtime
