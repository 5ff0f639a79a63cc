// Objects: exception groups (PEP 654) and the steps of `except*`.
#pragma once

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// `except* types` on what is left of an exception: the part matching (null
// for none; a naked exception is matched wrapped in a group) and the rest
// (null for none). False with the exception pending (TypeError for bad types).
[[nodiscard]] bool except_star_match(Interpreter& interpreter, Value exception, Value types, Ref& match, Ref& rest);

// What leaves a try with except* clauses (CPython's _PyExc_PrepReraiseStar):
// None when everything was handled, else the parts of `original` raised
// again (keeping its structure) together with the new exceptions in `raised`
// (a list holding also the unhandled rest).
Ref prepare_reraise_star(Interpreter& interpreter, Value original, Value raised);

void init_exception_group_types(Interpreter& interpreter);

}  // namespace krait::runtime
