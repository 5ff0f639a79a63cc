// Objects: struct sequences (CPython's PyStructSequence, as sys.version_info):
// tuples whose items can also be read by name.
#pragma once

#include <initializer_list>
#include <span>
#include <string>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

// A tuple type named `name` (as "sys.version_info") with one field name per
// item; its instances come from new_struct_sequence, not from calling it.
Type* new_struct_sequence_type(Interpreter& interpreter, std::string name, std::initializer_list<const char*> fields);

// An instance of such a type holding `items` (one per field).
Ref new_struct_sequence(Interpreter& interpreter, Type* type, std::span<const Value> items);

}  // namespace krait::runtime
