// Objects: mappingproxy (types.MappingProxyType), a read-only view of a
// mapping: reads, iteration, comparison and | go to the mapping; nothing
// writes through it. What a dict view's `mapping` attribute returns.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// A mappingproxy of `mapping`.
Ref new_mappingproxy(Interpreter& interpreter, Value mapping);

void init_mappingproxy_type(Interpreter& interpreter);

}  // namespace krait::runtime
