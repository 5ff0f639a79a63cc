// Objects: mappingproxy (types.MappingProxyType, CPython's
// Objects/descrobject.c): a read-only, live view of a mapping. A class's
// __dict__ is one over its namespace, which may only change through the
// class (so its version tag follows every change).
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct MappingProxyObject : Object {
  Ref mapping;
};

// A read-only view of `mapping`.
Ref new_mappingproxy(Interpreter& interpreter, Value mapping);

void init_mappingproxy_type(Interpreter& interpreter);

}  // namespace krait::runtime
