// Objects: struct sequences (see struct_sequence.h). The field names are the
// type's __match_args__ (as in CPython), which attribute access and repr read.
#include "objects/struct_sequence.h"

#include <vector>

#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

const TupleObject* field_names(Interpreter& interpreter, Value self) {
  return as_tuple(type_lookup(type_of(interpreter, self), interpreter.intern("__match_args__")));
}

Ref struct_sequence_get_attribute(Interpreter& interpreter, Value self, Value name) {
  const TupleObject* fields = field_names(interpreter, self);
  for (std::int64_t i = 0; i < fields->size; ++i)
    if (str_equal(fields->items()[i], name)) return Ref::borrow(as_tuple(self)->items()[i]);
  return object_get_attribute(interpreter, self, name);
}

// sys.version_info(major=3, minor=11, ...).
Ref struct_sequence_repr(Interpreter& interpreter, Value self) {
  const TupleObject* fields = field_names(interpreter, self);
  std::string text = type_of(interpreter, self)->name + "(";
  for (std::int64_t i = 0; i < fields->size; ++i) {
    Ref shown = repr(interpreter, as_tuple(self)->items()[i]);
    if (!shown) return Ref();
    text += (i ? ", " : "") + std::string(str_utf8(fields->items()[i])) + "=" + std::string(str_utf8(shown.get()));
  }
  return new_str(interpreter, text + ")");
}

Ref struct_sequence_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return interpreter.raise(interpreter.TypeError_type,
                           "cannot create '" + static_cast<Type*>(callee.as_object())->name + "' instances");
}

}  // namespace

Type* new_struct_sequence_type(Interpreter& interpreter, std::string name, std::initializer_list<const char*> fields) {
  Type* type = new_native_type(interpreter, std::move(name), interpreter.tuple_type);
  type->get_attribute = &struct_sequence_get_attribute;
  type->repr = &struct_sequence_repr;
  type->construct = &struct_sequence_construct;
  std::vector<Value> names;
  for (const char* field : fields) names.push_back(interpreter.intern(field));
  Ref match_args = new_tuple(interpreter, names);
  dict_set_str(interpreter, type->dict.get(), interpreter.intern("__match_args__"), match_args.get());
  ready_native_type(interpreter, type);
  return type;
}

Ref new_struct_sequence(Interpreter& interpreter, Type* type, std::span<const Value> items) {
  Ref tuple = new_tuple(interpreter, items);
  tuple.get().as_object()->type = type;
  return tuple;
}

}  // namespace krait::runtime
