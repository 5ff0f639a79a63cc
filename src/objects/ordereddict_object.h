// Objects: collections.OrderedDict, a dict subclass keeping the dict's own
// order (ordereddict_object.cpp).
#pragma once

namespace krait::runtime {

class Interpreter;

// Creates collections.OrderedDict and its views (odict_keys, odict_values,
// odict_items) into the interpreter's _collections state.
void init_ordereddict_type(Interpreter& interpreter);

}  // namespace krait::runtime
