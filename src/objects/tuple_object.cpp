// Objects: tuple: creation, tuple(iterable), len, repr, comparison, +, *,
// `in`, subscripting and iteration (most of it through sequence.h).
#include "objects/tuple_object.h"

#include <algorithm>

#include <new>
#include <string>

#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// A tuple of `size` null items, for the caller to fill.
TupleObject* allocate_tuple(Interpreter& interpreter, std::int64_t size) {
  gc_count_allocation(interpreter);
  TupleObject* reused = size > 0 && static_cast<std::size_t>(size) < Interpreter::tuple_free_sizes
                            ? interpreter.free_tuples[static_cast<std::size_t>(size)].take()
                            : nullptr;
  void* memory = reused ? static_cast<void*>(reused)
                        : gc_new_memory(interpreter, sizeof(TupleObject) + static_cast<std::size_t>(size) * sizeof(Value));
  auto* tuple = new (memory) TupleObject;
  if (reused) gc_reuse(interpreter, tuple);
  tuple->type = interpreter.tuple_type;
  tuple->size = size;
  for (std::int64_t i = 0; i < size; ++i) new (&tuple->items()[i]) Value();
  return tuple;
}

// The empty tuple is one object, as CPython's: `() is ()`.
Ref the_empty_tuple(Interpreter& interpreter) {
  if (!interpreter.empty_tuple) interpreter.empty_tuple = Ref::steal(Value::object(allocate_tuple(interpreter, 0)));
  return Ref::borrow(interpreter.empty_tuple.get());
}

std::int64_t tuple_length_of(Value self) { return as_tuple(self)->size; }

Ref tuple_item(Interpreter&, Value self, std::int64_t index) { return Ref::borrow(as_tuple(self)->items()[index]); }

Ref tuple_slice(Interpreter& interpreter, Value self, const SliceBounds& bounds) {
  const TupleObject* tuple = as_tuple(self);
  // Tuples are immutable, so the whole of one is itself.
  if (bounds.step == 1 && bounds.count == tuple->size) return Ref::borrow(self);
  if (bounds.count == 0) return the_empty_tuple(interpreter);
  TupleObject* result = allocate_tuple(interpreter, bounds.count);
  for (std::int64_t i = 0; i < bounds.count; ++i) {
    result->items()[i] = tuple->items()[bounds.start + i * bounds.step];
    incref(result->items()[i]);
  }
  return Ref::steal(Value::object(result));
}

constexpr SequenceAccess tuple_access{"tuple", &tuple_length_of, &tuple_item, &tuple_slice};

Ref tuple_length(Interpreter& interpreter, Value self) { return new_int(interpreter, as_tuple(self)->size); }

Ref tuple_repr(Interpreter& interpreter, Value self) {
  return sequence_repr(interpreter, self, "(", as_tuple(self)->size == 1 ? ",)" : ")", tuple_access);
}

// Lexicographic, on the items in place: a tuple cannot change while its
// items are compared.
Ref tuple_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_tuple_instance(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  const TupleObject* a = as_tuple(left);
  const TupleObject* b = as_tuple(right);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && a->size != b->size)
    return interpreter.new_boolean(op == CompareOp::Ne);
  const std::int64_t common = std::min(a->size, b->size);
  for (std::int64_t i = 0; i < common; ++i) {
    const int same = equal(interpreter, a->items()[i], b->items()[i]);
    if (same < 0) return Ref();
    if (same) continue;
    if (op == CompareOp::Eq || op == CompareOp::Ne) return interpreter.new_boolean(op == CompareOp::Ne);
    return compare(interpreter, a->items()[i], b->items()[i], op);
  }
  return interpreter.new_boolean(compare_ordered<std::int64_t>(a->size, b->size, op));
}

std::int64_t tuple_hash(Interpreter& interpreter, Value self) {
  return hash_tuple_items(interpreter, as_tuple(self)->items(), static_cast<std::size_t>(as_tuple(self)->size));
}

int tuple_contains(Interpreter& interpreter, Value self, Value item) {
  return sequence_contains(interpreter, self, item, tuple_access);
}

Ref tuple_subscript(Interpreter& interpreter, Value self, Value key) {
  return sequence_subscript(interpreter, self, key, tuple_access);
}

Ref tuple_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_subtype(type_of(interpreter, right), interpreter.tuple_type))
    return interpreter.raise(interpreter.TypeError_type, "can only concatenate tuple (not \"" +
                                                             std::string(type_name(interpreter, right)) + "\") to tuple");
  const TupleObject* a = as_tuple(left);
  const TupleObject* b = as_tuple(right);
  if (a->size + b->size == 0) return the_empty_tuple(interpreter);
  TupleObject* result = allocate_tuple(interpreter, a->size + b->size);
  std::int64_t next = 0;
  for (const TupleObject* part : {a, b})
    for (std::int64_t i = 0; i < part->size; ++i, ++next) {
      result->items()[next] = part->items()[i];
      incref(result->items()[next]);
    }
  return Ref::steal(Value::object(result));
}

Ref tuple_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  const TupleObject* tuple = as_tuple(self);
  if (count == 1) return Ref::borrow(self);
  std::int64_t size = 0;
  if (!repeat_size(interpreter, tuple->size, count, size)) return Ref();
  if (size == 0) return the_empty_tuple(interpreter);
  TupleObject* result = allocate_tuple(interpreter, size);
  for (std::int64_t i = 0; i < size; ++i) {
    result->items()[i] = tuple->items()[i % tuple->size];
    incref(result->items()[i]);
  }
  return Ref::steal(Value::object(result));
}

Ref tuple_iter(Interpreter& interpreter, Value self) {
  return new_sequence_iterator(interpreter, interpreter.tuple_iterator_type, self, tuple_access);
}

// tuple(iterable=(), /), and a subclass's instance with the same items.
Ref tuple_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  // Keywords are an error unless a subclass's __init__ takes them.
  if ((type == interpreter.tuple_type || type->initialize == interpreter.tuple_type->initialize) &&
      !reject_keywords(interpreter, "tuple", kwnames))
    return Ref();
  if (count > 1)
    return interpreter.raise(interpreter.TypeError_type,
                             "tuple expected at most 1 argument, got " + std::to_string(count));
  Ref value = count == 0 ? new_tuple(interpreter, {}) : tuple_from_iterable(interpreter, arguments[0]);
  if (!value || type == interpreter.tuple_type) return value;
  const TupleObject* items = as_tuple(value.get());
  TupleObject* tuple = allocate_tuple(interpreter, items->size);
  for (std::int64_t i = 0; i < items->size; ++i) {
    tuple->items()[i] = items->items()[i];
    incref(items->items()[i]);
  }
  set_object_type(tuple, type);
  return Ref::steal(Value::object(tuple));
}

// Small tuples wait for reuse in a free list per size, as CPython's.
void tuple_deallocate(Interpreter& interpreter, Object* object) {
  auto* tuple = static_cast<TupleObject*>(object);
  const std::int64_t size = tuple->size;
  for (std::int64_t i = 0; i < size; ++i) decref(tuple->items()[i]);
  if (object->type == interpreter.tuple_type && size > 0 && static_cast<std::size_t>(size) < Interpreter::tuple_free_sizes &&
      interpreter.free_tuples[static_cast<std::size_t>(size)].give(tuple))
    return gc_count_free(interpreter);
  gc_delete(interpreter, tuple);
}

// No clear: a tuple cannot be changed, and a cycle through one always
// passes through a mutable object, whose clearing breaks it.
void tuple_traverse(Object* object, const Visitor& visit) {
  const auto* tuple = static_cast<TupleObject*>(object);
  for (std::int64_t i = tuple->size; i-- > 0;) visit(tuple->items()[i]);  // last first, as CPython
}

Ref tuple_method_index(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  const std::int64_t found =
      sequence_index_method(interpreter, self, arguments, count, kwnames, "tuple.index", tuple_access);
  if (found == -2) return Ref();
  if (found < 0) return interpreter.raise(interpreter.ValueError_type, "tuple.index(x): x not in tuple");
  return new_int(interpreter, found);
}

Ref tuple_method_count(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  if (!reject_keywords(interpreter, "tuple.count", kwnames) ||
      !check_positional(interpreter, "tuple.count", count, 1, 1))
    return Ref();
  const std::int64_t found = sequence_count(interpreter, self, arguments[0], tuple_access);
  if (found < 0) return Ref();
  return new_int(interpreter, found);
}

// __getnewargs__(): (tuple(self),).
Ref tuple_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "tuple.__getnewargs__", count, kwnames)) return Ref();
  Ref copy = new_tuple(interpreter, std::span<const Value>(as_tuple(self)->items(), as_tuple(self)->size));
  const Value items[] = {copy.get()};
  return new_tuple(interpreter, items);
}

}  // namespace

bool is_tuple(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.tuple_type;
}

bool is_tuple_instance(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.tuple_type);
}

Ref new_tuple(Interpreter& interpreter, std::span<const Value> items) {
  if (items.empty()) return the_empty_tuple(interpreter);
  TupleObject* tuple = allocate_tuple(interpreter, static_cast<std::int64_t>(items.size()));
  for (std::size_t i = 0; i < items.size(); ++i) {
    tuple->items()[i] = items[i];
    incref(items[i]);
  }
  return Ref::steal(Value::object(tuple));
}

Ref tuple_from_iterable(Interpreter& interpreter, Value iterable) {
  if (is_tuple(interpreter, iterable)) return Ref::borrow(iterable);
  if (is_list(interpreter, iterable)) return new_tuple(interpreter, as_list(iterable)->items);
  Ref items = new_list(interpreter, {});
  if (!list_extend(interpreter, items.get(), iterable)) return Ref();
  return new_tuple(interpreter, as_list(items.get())->items);
}

void init_tuple_type(Interpreter& interpreter) {
  Type* type = interpreter.tuple_type;
  type->construct = &tuple_construct;
  type->repr = &tuple_repr;
  type->length = &tuple_length;
  type->compare = &tuple_compare;
  type->hash = &tuple_hash;
  type->contains = &tuple_contains;
  type->subscript = &tuple_subscript;
  type->concatenate = &tuple_concatenate;
  type->repeat = &tuple_repeat;
  type->iter = &tuple_iter;
  type->deallocate = &tuple_deallocate;
  type->traverse = &tuple_traverse;
  add_methods(interpreter, type,
              {{"index", &tuple_method_index},
               {"count", &tuple_method_count},
               {"__getnewargs__", &tuple_getnewargs}});
}

}  // namespace krait::runtime
