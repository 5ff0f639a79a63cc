// Runtime: what native code may read of the running Python frame (the
// innermost of Interpreter::frames while a builtin runs): its local
// variables, for locals()-style builtins, and the arguments of a
// zero-argument super().
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

// The running frame's variables (CPython's locals()): a module's or class
// body's namespace itself; for a function a new dict of its bound
// variables, cell and free variables read through their cells.
Ref frame_locals(Interpreter& interpreter);

// super() without arguments (CPython's super_init_without_args): the class
// in the running function's __class__ cell and its first argument
// (borrowed). False with CPython's RuntimeError pending.
[[nodiscard]] bool frame_super_arguments(Interpreter& interpreter, Type*& type, Value& first);

}  // namespace krait::runtime
