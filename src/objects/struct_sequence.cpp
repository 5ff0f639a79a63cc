// Objects: struct sequences (see struct_sequence.h). An instance is a tuple
// of all the fields whose size counts only the visible ones: the hidden
// fields follow in the same memory, out of reach of tuple operations, and
// getset descriptors read every named field by position, as CPython's
// members do. The type's n_fields, n_sequence_fields and n_unnamed_fields
// are CPython's class attributes; __match_args__ names the visible fields.
#include "objects/struct_sequence.h"

#include <array>
#include <utility>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// The most fields a struct sequence has (os.stat_result: 19).
constexpr std::size_t max_fields = 32;

template <std::size_t index>
Ref field_get(Interpreter&, Value self) {
  return Ref::borrow(as_tuple(self)->items()[index]);
}

template <std::size_t... indexes>
constexpr std::array<Getter, sizeof...(indexes)> make_field_getters(std::index_sequence<indexes...>) {
  return {&field_get<indexes>...};
}
constexpr std::array<Getter, max_fields> field_getters = make_field_getters(std::make_index_sequence<max_fields>());

std::int64_t type_count(Interpreter& interpreter, const Type* type, const char* name) {
  return dict_get_str(type->dict.get(), interpreter.intern(name)).as_small_int();
}

// The names repr shows: the named fields, in order (so an unnamed visible
// field shows under a later field's name, as in CPython's structseq_repr).
std::vector<Value> named_fields(Interpreter& interpreter, const Type* type) {
  std::vector<Value> names;
  std::size_t position = 0;
  Value key, value;
  while (dict_next(type->dict.get(), position, key, value))
    if (type_of(interpreter, value) == interpreter.getset_descriptor_type) names.push_back(key);
  return names;
}

// os.stat_result(st_mode=16877, st_ino=..., ...).
Ref struct_sequence_repr(Interpreter& interpreter, Value self) {
  const Type* type = type_of(interpreter, self);
  const std::vector<Value> names = named_fields(interpreter, type);
  std::string text = type->name + "(";
  const TupleObject* tuple = as_tuple(self);
  for (std::int64_t i = 0; i < tuple->size && static_cast<std::size_t>(i) < names.size(); ++i) {
    Ref shown = repr(interpreter, tuple->items()[i]);
    if (!shown) return Ref();
    text += (i ? ", " : "") + std::string(str_utf8(names[static_cast<std::size_t>(i)])) + "=" +
            std::string(str_utf8(shown.get()));
  }
  return new_str(interpreter, text + ")");
}

Ref struct_sequence_cannot_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return interpreter.raise(interpreter.TypeError_type,
                           "cannot create '" + static_cast<Type*>(callee.as_object())->name + "' instances");
}

}  // namespace

Ref construct_struct_sequence(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                              Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  Value bound[2];
  if (!bind_arguments(interpreter, {"structseq", {"sequence", "dict"}, 0, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  Ref items = tuple_from_iterable(interpreter, bound[0]);
  if (!items) {
    if (!interpreter.exception_is(interpreter.TypeError_type)) return Ref();
    Ref ignored = interpreter.take_exception();
    return interpreter.raise(interpreter.TypeError_type, "constructor requires a sequence");
  }
  const std::int64_t length = as_tuple(items.get())->size;
  const std::int64_t minimum = type_count(interpreter, type, "n_sequence_fields");
  const std::int64_t maximum = type_count(interpreter, type, "n_fields");
  if (length < minimum || length > maximum) {
    const char* bound_text = minimum == maximum ? "a " : length < minimum ? "an at least " : "an at most ";
    return interpreter.raise(interpreter.TypeError_type, type->name + "() takes " + bound_text +
                                                             std::to_string(length < minimum ? minimum : maximum) +
                                                             "-sequence (" + std::to_string(length) +
                                                             "-sequence given)");
  }
  std::vector<Value> all(static_cast<std::size_t>(maximum), interpreter.none());
  for (std::int64_t i = 0; i < length; ++i) all[static_cast<std::size_t>(i)] = as_tuple(items.get())->items()[i];
  return new_struct_sequence(interpreter, type, all);
}

namespace {

// The hidden fields are items too when the tuple is freed.
void struct_sequence_deallocate(Interpreter& interpreter, Object* object) {
  auto* tuple = static_cast<TupleObject*>(object);
  tuple->size = type_count(interpreter, object->type, "n_fields");
  interpreter.tuple_type->deallocate(interpreter, object);
}

}  // namespace

Type* new_struct_sequence_type(Interpreter& interpreter, std::string name, std::initializer_list<const char*> fields,
                               std::size_t visible, bool constructible) {
  Type* type = new_native_type(interpreter, std::move(name), interpreter.tuple_type);
  type->repr = &struct_sequence_repr;
  type->construct = constructible ? &construct_struct_sequence : &struct_sequence_cannot_construct;
  type->deallocate = &struct_sequence_deallocate;
  if (visible > fields.size()) visible = fields.size();
  std::vector<Value> match_args;
  std::size_t index = 0, unnamed = 0;
  for (const char* field : fields) {
    if (!field) {
      ++unnamed;
    } else {
      add_getsets(interpreter, type, {{field, field_getters[index]}});
      if (index < visible) match_args.push_back(interpreter.intern(field));
    }
    ++index;
  }
  const Value dict = type->dict.get();
  for (auto [attribute, value] : {std::pair{"n_sequence_fields", visible}, std::pair{"n_fields", fields.size()},
                                  std::pair{"n_unnamed_fields", unnamed}})
    dict_set_str(interpreter, dict, interpreter.intern(attribute), Value::small_int(static_cast<std::int64_t>(value)));
  Ref match_args_tuple = new_tuple(interpreter, match_args);
  dict_set_str(interpreter, dict, interpreter.intern("__match_args__"), match_args_tuple.get());
  ready_native_type(interpreter, type);
  return type;
}

Ref new_struct_sequence(Interpreter& interpreter, Type* type, std::span<const Value> items) {
  Ref tuple = new_tuple(interpreter, items);
  tuple.get().as_object()->type = type;
  as_tuple(tuple.get())->size = type_count(interpreter, type, "n_sequence_fields");
  return tuple;
}

}  // namespace krait::runtime
