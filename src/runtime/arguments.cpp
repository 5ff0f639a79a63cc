// Runtime: argument binding for native functions, with the TypeError
// messages of CPython's argument clinic.
#include "runtime/arguments.h"

#include <algorithm>
#include <string>

#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

namespace krait::runtime {

std::string argument_type_name(const Interpreter& interpreter, Value value) {
  if (value == interpreter.none()) return "None";
  return type_of(interpreter, value)->name;
}

bool keywords_given(Interpreter& interpreter, std::string_view function, Value kwnames) {
  if (keyword_count(kwnames) == 0) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() takes no keyword arguments");
  return false;
}

bool invalid_keyword(Interpreter& interpreter, std::string_view function, std::string_view keyword) {
  std::string message(1, '\'');
  message.append(keyword).append("' is an invalid keyword argument for ").append(function).append("()");
  interpreter.set_exception(interpreter.TypeError_type, message);
  return false;
}

namespace {

// "at most 2 arguments", "exactly 1 argument": the bound that `count` broke.
std::string broken_bound(std::size_t count, std::size_t minimum, std::size_t maximum, const char* exactly) {
  const bool too_many = count > maximum;
  const std::size_t bound = too_many ? maximum : minimum;
  const char* relation = minimum == maximum ? exactly : too_many ? "at most " : "at least ";
  return relation + std::to_string(bound) + " argument" + (bound == 1 ? "" : "s");
}

}  // namespace

bool check_argument_count_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                          std::size_t maximum) {
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + " expected " +
                                                            broken_bound(count, minimum, maximum, "") + ", got " +
                                                            std::to_string(count));
  return false;
}

bool check_positional_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                      std::size_t maximum) {
  const std::string name(function);
  if (minimum == 1 && maximum == 1) {
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes exactly one argument (" + std::to_string(count) + " given)");
  } else if (maximum == 0) {
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes no arguments (" + std::to_string(count) + " given)");
  } else {
    return check_argument_count_failed(interpreter, function, count, minimum, maximum);
  }
  return false;
}

bool check_tuple_arguments_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                           std::size_t maximum) {
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() takes " +
                                                            broken_bound(count, minimum, maximum, "exactly ") + " (" +
                                                            std::to_string(count) + " given)");
  return false;
}

// CPython 3.11's _PyArg_UnpackKeywords, check for check, so that the first
// problem reported and its text are the same.
bool bind_arguments(Interpreter& interpreter, const NativeSignature& signature, const Value* arguments,
                    std::size_t count, Value kwnames, Value* out) {
  const std::size_t total = signature.names.size();
  const std::size_t positional_only = signature.positional_only;
  const std::size_t maximum_positional = total - signature.keyword_only;
  if (kwnames.is_null() && count >= signature.required && count <= maximum_positional) {
    for (std::size_t i = 0; i < total; ++i) out[i] = i < count ? arguments[i] : Value();
    return true;
  }
  const std::string name = std::string(signature.function) + "()";
  const std::size_t minimum_positional = std::min(signature.required, maximum_positional);
  const std::size_t keywords = keyword_count(kwnames);
  auto fail = [&](const std::string& message) {
    interpreter.set_exception(interpreter.TypeError_type, message);
    return false;
  };
  auto plural = [](std::size_t n) { return n == 1 ? "" : "s"; };
  auto parameter = [&](std::size_t i) { return *(signature.names.begin() + i); };
  if (count + keywords > total)
    return fail(name + " takes at most " + std::to_string(total) + " " + (count == 0 ? "keyword " : "") + "argument" +
                plural(total) + " (" + std::to_string(count + keywords) + " given)");
  if (count > maximum_positional) {
    if (maximum_positional == 0) return fail(name + " takes no positional arguments");
    return fail(name + " takes " + (minimum_positional < maximum_positional ? "at most " : "exactly ") +
                std::to_string(maximum_positional) + " positional argument" + plural(maximum_positional) + " (" +
                std::to_string(count) + " given)");
  }
  const std::size_t minimum_positional_only = std::min(positional_only, minimum_positional);
  if (count < minimum_positional_only)
    return fail(name + " takes " + (minimum_positional_only < maximum_positional ? "at least " : "exactly ") +
                std::to_string(minimum_positional_only) + " positional argument" + plural(minimum_positional_only) +
                " (" + std::to_string(count) + " given)");
  auto find_keyword = [&](std::string_view wanted) -> Value {
    for (std::size_t k = 0; k < keywords; ++k)
      if (str_utf8(as_tuple(kwnames)->items()[k]) == wanted) return arguments[count + k];
    return Value();
  };
  for (std::size_t i = 0; i < total; ++i) out[i] = i < count ? arguments[i] : Value();
  std::size_t unmatched = keywords;
  for (std::size_t i = std::max(count, positional_only); i < total; ++i) {
    if (unmatched > 0) out[i] = find_keyword(parameter(i));
    if (!out[i].is_null()) {
      --unmatched;
    } else if (i < signature.required) {
      return fail(name + " missing required argument '" + std::string(parameter(i)) + "' (pos " +
                  std::to_string(i + 1) + ")");
    }
  }
  if (unmatched == 0) return true;
  for (std::size_t i = positional_only; i < count; ++i)
    if (!find_keyword(parameter(i)).is_null())
      return fail("argument for " + name + " given by name ('" + std::string(parameter(i)) + "') and position (" +
                  std::to_string(i + 1) + ")");
  for (std::size_t k = 0; k < keywords; ++k) {
    const std::string_view keyword = str_utf8(as_tuple(kwnames)->items()[k]);
    bool known = false;
    for (std::size_t i = positional_only; i < total; ++i) known = known || parameter(i) == keyword;
    if (!known) return invalid_keyword(interpreter, signature.function, keyword);
  }
  return true;
}

bool check_slot_arguments(Interpreter& interpreter, std::string_view name, std::size_t count, Value kwnames,
                          std::size_t expected) {
  if (keyword_count(kwnames) != 0) {
    interpreter.set_exception(interpreter.TypeError_type, "wrapper " + std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (count == expected) return true;
  interpreter.set_exception(interpreter.TypeError_type, "expected " + std::to_string(expected) +
                                                            (expected == 1 ? " argument" : " arguments") + ", got " +
                                                            std::to_string(count));
  return false;
}

}  // namespace krait::runtime
