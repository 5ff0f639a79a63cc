// Objects: struct sequences (CPython's PyStructSequence, as sys.version_info
// and os.stat_result): tuples whose items can also be read by name. Some
// fields may be hidden (not items of the tuple, attributes only) and some
// unnamed (items only), as os.stat_result's.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

// A tuple type named `name` (as "os.stat_result") with fields of these
// names (nullptr: an unnamed field), of which the first `visible` are the
// tuple's items and the others hidden. A `constructible` type can be called
// with a sequence of the items, as os.terminal_size((80, 24)); instances of
// the others come from new_struct_sequence only.
Type* new_struct_sequence_type(Interpreter& interpreter, std::string name, std::initializer_list<const char*> fields,
                               std::size_t visible = static_cast<std::size_t>(-1), bool constructible = false);

// type(sequence, dict=None) for a constructible type `callee`: the visible
// items from the sequence, then the hidden ones it holds; the others None.
Ref construct_struct_sequence(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                              Value kwnames);

// An instance of such a type holding `items` (one per field, hidden ones
// included).
Ref new_struct_sequence(Interpreter& interpreter, Type* type, std::span<const Value> items);

}  // namespace krait::runtime
