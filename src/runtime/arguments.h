// Runtime: binding a native function's arguments to its parameters with
// CPython's TypeErrors, so every builtin checks its arguments one way.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "objects/tuple_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// The parameters of a native function, as its Python signature:
//   names       every parameter, in order;
//   positional_only  how many of the first names cannot be passed by keyword;
//   keyword_only     how many of the last names can only be passed by keyword;
//   required    how many of the first names must be given.
struct NativeSignature {
  std::string_view function;  // for messages: "sorted"
  std::initializer_list<std::string_view> names;
  std::size_t positional_only = 0;
  std::size_t keyword_only = 0;
  std::size_t required = 0;
};

// Fills out[i] (borrowed, null when not given) for each parameter. False
// with CPython 3.11's TypeError pending (the argument clinic's texts, as
// "sum() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
// argument for round()", "pow() missing required argument 'exp' (pos 2)").
[[nodiscard]] bool bind_arguments(Interpreter& interpreter, const NativeSignature& signature, const Value* arguments,
                                  std::size_t count, Value kwnames, Value* out);

// The checks below are inline tests with the messages out of line, so that a
// call passing good arguments pays a comparison or two and builds no text.

// Whether a call passes no keywords and `count` in [minimum, maximum]: the
// cheap test to make before building a function's name for a message.
inline bool arguments_fit(std::size_t count, Value kwnames, std::size_t minimum, std::size_t maximum) {
  return kwnames.is_null() && count >= minimum && count <= maximum;
}

bool keywords_given(Interpreter& interpreter, std::string_view function, Value kwnames);
// "f() takes no keyword arguments": false with TypeError pending when
// kwnames is not null.
[[nodiscard]] inline bool reject_keywords(Interpreter& interpreter, std::string_view function, Value kwnames) {
  return kwnames.is_null() || keywords_given(interpreter, function, kwnames);
}

// Checks `count` against [minimum, maximum] with CPython's messages for
// functions taking positional arguments only ("f expected at most 2
// arguments, got 3", "f() takes exactly one argument (2 given)").
bool check_positional_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                                  std::size_t maximum);
[[nodiscard]] inline bool check_positional(Interpreter& interpreter, std::string_view function, std::size_t count,
                                       std::size_t minimum, std::size_t maximum) {
  return (count >= minimum && count <= maximum) || check_positional_failed(interpreter, function, count, minimum, maximum);
}

// The same check in the older PyArg_ParseTuple wording, which some methods
// keep ("find() takes at least 1 argument (0 given)").
bool check_tuple_arguments_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                                       std::size_t maximum);
[[nodiscard]] inline bool check_tuple_arguments(Interpreter& interpreter, std::string_view function, std::size_t count,
                                            std::size_t minimum, std::size_t maximum) {
  return (count >= minimum && count <= maximum) || check_tuple_arguments_failed(interpreter, function, count, minimum, maximum);
}

// A method taking no arguments but self (CPython's METH_NOARGS): TypeError
// "bytes.upper() takes no arguments (1 given)" naming `qualified`.
[[nodiscard]] inline bool check_no_arguments(Interpreter& interpreter, std::string_view qualified, std::size_t count,
                                 Value kwnames) {
  return reject_keywords(interpreter, qualified, kwnames) && check_positional(interpreter, qualified, count, 0, 0);
}
// A method taking one argument (METH_O): "bytes.join() takes exactly one
// argument (0 given)".
[[nodiscard]] inline bool check_one_argument(Interpreter& interpreter, std::string_view qualified, std::size_t count,
                                 Value kwnames) {
  return reject_keywords(interpreter, qualified, kwnames) && check_positional(interpreter, qualified, count, 1, 1);
}

// The arguments of a method CPython implements as a slot wrapper
// (int.__abs__, float.__divmod__): TypeError "wrapper __abs__() takes no
// keyword arguments" or "expected 1 argument, got 0".
[[nodiscard]] bool check_slot_arguments(Interpreter& interpreter, std::string_view name, std::size_t count,
                                        Value kwnames, std::size_t expected);

// The type of a wrong argument as argument clinic's messages name it
// ("must be str, not int"): "None" for None, else the type's name.
std::string argument_type_name(const Interpreter& interpreter, Value value);

// As check_positional, always in the "f expected 1 argument, got 2" form
// (CPython's _PyArg_CheckPositional), as sorted() and reversed() word it.
bool check_argument_count_failed(Interpreter& interpreter, std::string_view function, std::size_t count, std::size_t minimum,
                                      std::size_t maximum);
[[nodiscard]] inline bool check_argument_count(Interpreter& interpreter, std::string_view function, std::size_t count,
                                           std::size_t minimum, std::size_t maximum) {
  return (count >= minimum && count <= maximum) || check_argument_count_failed(interpreter, function, count, minimum, maximum);
}

// TypeError "'keyword' is an invalid keyword argument for function()";
// returns false.
bool invalid_keyword(Interpreter& interpreter, std::string_view function, std::string_view keyword);

// How many keyword values follow the positional arguments.
inline std::size_t keyword_count(Value kwnames) {
  return kwnames.is_null() ? 0 : static_cast<std::size_t>(as_tuple(kwnames)->size);
}

}  // namespace krait::runtime
