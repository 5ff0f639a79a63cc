// VM stage: the "Did you mean: 'x'?" that CPython 3.11 adds to the message
// of a NameError, AttributeError or ImportError (Python/suggestions.c).
#pragma once

#include <string>

#include "runtime/interpreter.h"

namespace krait::vm {

// ". Did you mean: 'name'?" for `exception`, or empty.
std::string suggestion_text(runtime::Interpreter& interpreter, runtime::Value exception);

}  // namespace krait::vm
