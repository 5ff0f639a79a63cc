// Objects: the views of a dict (dict_keys, dict_values, dict_items: live,
// sized, iterable; keys and items behave as sets) and the dict iterators,
// forward and reversed, over keys, values or items.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

// A view of `dict`; `type` is one of the interpreter's dict_*_type views.
Ref new_dict_view(Interpreter& interpreter, Type* type, Value dict);
// An iterator over `dict`; `type` names what it yields and in which
// direction (dict_keyiterator ... dict_reverseitemiterator).
Ref new_dict_iterator(Interpreter& interpreter, Type* type, Value dict);

void init_dict_view_types(Interpreter& interpreter);

}  // namespace krait::runtime
