// Runtime: binding a native function's arguments to its parameters with
// CPython's TypeErrors, so every builtin checks its arguments one way.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

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

// "f() takes no keyword arguments": false with TypeError pending when
// kwnames is not null.
[[nodiscard]] bool reject_keywords(Interpreter& interpreter, std::string_view function, Value kwnames);

// Checks `count` against [minimum, maximum] with CPython's messages for
// functions taking positional arguments only ("f expected at most 2
// arguments, got 3", "f() takes exactly one argument (2 given)").
[[nodiscard]] bool check_positional(Interpreter& interpreter, std::string_view function, std::size_t count,
                                    std::size_t minimum, std::size_t maximum);

// The same check in the older PyArg_ParseTuple wording, which some methods
// keep ("find() takes at least 1 argument (0 given)").
[[nodiscard]] bool check_tuple_arguments(Interpreter& interpreter, std::string_view function, std::size_t count,
                                         std::size_t minimum, std::size_t maximum);

// A method taking no arguments but self (CPython's METH_NOARGS): TypeError
// "bytes.upper() takes no arguments (1 given)" naming `qualified`.
[[nodiscard]] bool check_no_arguments(Interpreter& interpreter, std::string_view qualified, std::size_t count,
                                      Value kwnames);
// A method taking one argument (METH_O): "bytes.join() takes exactly one
// argument (0 given)".
[[nodiscard]] bool check_one_argument(Interpreter& interpreter, std::string_view qualified, std::size_t count,
                                      Value kwnames);

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
[[nodiscard]] bool check_argument_count(Interpreter& interpreter, std::string_view function, std::size_t count,
                                        std::size_t minimum, std::size_t maximum);

// TypeError "'keyword' is an invalid keyword argument for function()";
// returns false.
bool invalid_keyword(Interpreter& interpreter, std::string_view function, std::string_view keyword);

// How many keyword values follow the positional arguments.
std::size_t keyword_count(Value kwnames);

}  // namespace krait::runtime
