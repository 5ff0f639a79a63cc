// Compiler stage: the `--dis` view of code objects.
#pragma once

#include <string>

#include "runtime/object.h"

namespace krait::compiler {

// Every code object, outermost first, in the spirit of `python -m dis`.
std::string disassemble(runtime::Value code);

}  // namespace krait::compiler
