// Objects: types.SimpleNamespace, an object whose attributes are given to
// its constructor as keywords (sys.implementation is one).
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

void init_namespace_type(Interpreter& interpreter);

}  // namespace krait::runtime
