// VM stage: the "Did you mean" of the traceback display (CPython 3.11's
// Python/suggestions.c): for an AttributeError the closest name of
// dir(obj), for a NameError the closest of the innermost frame's
// variables, then its globals, then the builtins.
#pragma once

#include <string>

#include "runtime/interpreter.h"

namespace krait::vm {

// The name to suggest for `exception`, or "" (also when looking fails).
std::string offer_suggestion(runtime::Interpreter& interpreter, runtime::Value exception);

}  // namespace krait::vm
