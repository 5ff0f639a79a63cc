// Objects: the numeric built-in functions (abs, round, divmod, pow, hex,
// oct, bin), registered with the others by add_builtins (builtins.cpp).
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

Ref builtin_abs(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_round(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_divmod(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_pow(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_hex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_oct(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref builtin_bin(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

}  // namespace krait::runtime
