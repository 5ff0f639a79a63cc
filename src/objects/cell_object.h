// Objects: cells. A cell holds one variable shared between a function and
// the functions nested in it (a cell variable of the outer, a free variable
// of the inner); empty (null contents) until the variable is assigned.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

struct CellObject : Object {
  Value contents;  // owned; null when empty
};

inline CellObject* as_cell(Value value) { return static_cast<CellObject*>(value.as_object()); }

// A new cell holding `owned` (an owned reference, or null for an empty cell).
Ref new_cell(Interpreter& interpreter, Value owned);

// Replaces a cell's contents with `owned` (null empties it).
void cell_set(Value cell, Value owned);

void init_cell_type(Interpreter& interpreter);

}  // namespace krait::runtime
