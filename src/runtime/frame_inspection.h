// Runtime: what native code may read of the running Python frame (the
// innermost of Interpreter::frames while a builtin runs): its local
// variables, for locals()-style builtins, and the arguments of a
// zero-argument super().
#pragma once

#include "runtime/object.h"

namespace krait::compiler {
struct CodeObject;
}

namespace krait::runtime {

class Interpreter;
struct Type;

// The running frame's variables (CPython's locals()): a module's or class
// body's namespace itself; for a function the dict of its frame object's
// f_locals, brought up to date: its bound variables, cell and free
// variables read through their cells.
Ref frame_locals(Interpreter& interpreter);

// Variable `index` of `code` in a window of `registers` (borrowed, null
// when unbound), through its cell when it is a cell or free variable.
Value frame_variable(Interpreter& interpreter, const compiler::CodeObject* code, const Value* registers, int index);

// super() without arguments (CPython's super_init_without_args): the class
// in the running function's __class__ cell and its first argument
// (borrowed). False with CPython's RuntimeError pending.
[[nodiscard]] bool frame_super_arguments(Interpreter& interpreter, Type*& type, Value& first);

}  // namespace krait::runtime
