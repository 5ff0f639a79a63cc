// Objects: the builtins namespace: its functions (builtins.cpp,
// builtins_numeric.cpp), types and exception classes.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// Fills the builtins dict: functions, and the built-in types and
// exception classes under their names.
void add_builtins(Interpreter& interpreter, Value builtins);

}  // namespace krait::runtime
