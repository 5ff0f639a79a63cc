// Objects: the singleton types None, NotImplemented, Ellipsis and bool.
#pragma once

namespace krait::runtime {

class Interpreter;

void init_singleton_types(Interpreter& interpreter);

}  // namespace krait::runtime
