// Objects: list: creation, list(iterable), extend, len, repr, comparison,
// + and * (and their in-place forms), `in`, subscripting, item and slice
// assignment and deletion, and iteration.
#include "objects/list_object.h"

#include <algorithm>
#include <string>

#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_sort.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref allocate_list(Interpreter& interpreter) {
  gc_count_allocation(interpreter);
  ListObject* list = interpreter.free_lists.take();
  if (list) {
    gc_reuse(interpreter, list);
  } else {
    list = new (gc_new_memory(interpreter, sizeof(ListObject))) ListObject;
  }
  list->type = interpreter.list_type;
  return Ref::steal(Value::object(list));
}

std::int64_t list_length_of(Value self) { return static_cast<std::int64_t>(as_list(self)->items.size()); }

Ref list_item(Interpreter&, Value self, std::int64_t index) { return Ref::borrow(as_list(self)->items[index]); }

Ref list_slice(Interpreter& interpreter, Value self, const SliceBounds& bounds) {
  Ref result = allocate_list(interpreter);
  const std::vector<Value>& items = as_list(self)->items;
  for (std::int64_t i = 0; i < bounds.count; ++i) list_append(result.get(), items[bounds.start + i * bounds.step]);
  return result;
}

constexpr SequenceAccess list_access{"list", &list_length_of, &list_item, &list_slice};

Ref list_length(Interpreter& interpreter, Value self) { return new_int(interpreter, list_length_of(self)); }

Ref list_repr(Interpreter& interpreter, Value self) { return sequence_repr(interpreter, self, "[", "]", list_access); }

Ref list_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  return sequence_compare(interpreter, left, right, op, list_access);
}

int list_contains(Interpreter& interpreter, Value self, Value item) {
  return sequence_contains(interpreter, self, item, list_access);
}

Ref list_subscript(Interpreter& interpreter, Value self, Value key) {
  return sequence_subscript(interpreter, self, key, list_access);
}

// del self[start:stop:step] over bounds.count positions.
void delete_slice(Value self, const SliceBounds& bounds) {
  std::vector<Value>& items = as_list(self)->items;
  std::vector<Value> removed;
  if (bounds.step == 1) {
    removed.assign(items.begin() + bounds.start, items.begin() + bounds.start + bounds.count);
    items.erase(items.begin() + bounds.start, items.begin() + bounds.start + bounds.count);
  } else {
    // Walk the positions in increasing order so each erase keeps the rest valid.
    const std::int64_t first = bounds.step > 0 ? bounds.start : bounds.start + (bounds.count - 1) * bounds.step;
    const std::int64_t stride = bounds.step > 0 ? bounds.step : -bounds.step;
    for (std::int64_t i = bounds.count - 1; i >= 0; --i) {
      const std::int64_t position = first + i * stride;
      removed.push_back(items[position]);
      items.erase(items.begin() + position);
    }
  }
  // Released last: a freed item cannot observe the list half changed.
  for (Value item : removed) decref(item);
}

// self[slice] = iterable (or del self[slice] when `value` is null).
int assign_slice(Interpreter& interpreter, Value self, Value key, Value value) {
  SliceBounds bounds;
  if (!slice_bounds(interpreter, key, list_length_of(self), bounds)) return -1;
  if (value.is_null()) {
    delete_slice(self, bounds);
    return 0;
  }
  // Copied first, so that `a[:] = a` reads the list before it changes.
  // Anything iter() accepts will do, sequences with only __getitem__ too
  // (re/_parser.py assigns its SubPattern).
  const Type* type = type_of(interpreter, value);
  if (type->iter == nullptr && type->subscript == nullptr) {
    interpreter.set_exception(interpreter.TypeError_type, "can only assign an iterable");
    return -1;
  }
  Ref source = new_list(interpreter, {});
  if (!list_extend(interpreter, source.get(), value)) return -1;
  std::vector<Value>& replacement = as_list(source.get())->items;
  std::vector<Value>& items = as_list(self)->items;
  const auto size = static_cast<std::int64_t>(replacement.size());
  if (bounds.step == 1) {
    delete_slice(self, bounds);
    items.insert(items.begin() + bounds.start, replacement.begin(), replacement.end());
    replacement.clear();  // the references moved into the list
    return 0;
  }
  if (size != bounds.count) {
    interpreter.set_exception(interpreter.ValueError_type, "attempt to assign sequence of size " + std::to_string(size) +
                                                               " to extended slice of size " +
                                                               std::to_string(bounds.count));
    return -1;
  }
  for (std::int64_t i = 0; i < size; ++i) std::swap(items[bounds.start + i * bounds.step], replacement[i]);
  return 0;  // the old items leave with `source`
}

int list_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  if (is_slice(interpreter, key)) return assign_slice(interpreter, self, key, value);
  Ref index_value = subscript_index(interpreter, key);
  if (!index_value) {
    if (!interpreter.has_exception())
      interpreter.set_exception(interpreter.TypeError_type, "list indices must be integers or slices, not " +
                                                                std::string(type_name(interpreter, key)));
    return -1;
  }
  std::vector<Value>& items = as_list(self)->items;
  std::int64_t index = 0;
  if (!sequence_index(interpreter, index_value.get(), list_length_of(self), "list assignment", index, key)) return -1;
  const Value old = items[index];
  if (value.is_null()) {
    items.erase(items.begin() + index);
  } else {
    incref(value);
    items[index] = value;
  }
  decref(old);
  return 0;
}

Ref list_concatenate(Interpreter& interpreter, Value left, Value right) {
  if (!is_subtype(type_of(interpreter, right), interpreter.list_type))
    return interpreter.raise(interpreter.TypeError_type, "can only concatenate list (not \"" +
                                                             std::string(type_name(interpreter, right)) + "\") to list");
  Ref result = new_list(interpreter, as_list(left)->items);
  for (Value item : as_list(right)->items) list_append(result.get(), item);
  return result;
}

Ref list_inplace_concatenate(Interpreter& interpreter, Value self, Value other) {
  if (!list_extend(interpreter, self, other)) return Ref();
  return Ref::borrow(self);
}

Ref list_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  const std::vector<Value>& items = as_list(self)->items;
  std::int64_t size = 0;
  if (!repeat_size(interpreter, static_cast<std::int64_t>(items.size()), count, size)) return Ref();
  Ref result = allocate_list(interpreter);
  as_list(result.get())->items.reserve(static_cast<std::size_t>(size));
  for (std::int64_t i = 0; i < size; ++i) list_append(result.get(), items[i % items.size()]);
  return result;
}

Ref list_inplace_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  Ref repeated = list_repeat(interpreter, self, count);
  if (!repeated) return Ref();
  std::swap(as_list(self)->items, as_list(repeated.get())->items);
  return Ref::borrow(self);  // the old items leave with `repeated`
}

Ref list_iter(Interpreter& interpreter, Value self) {
  return new_sequence_iterator(interpreter, interpreter.list_iterator_type, self, list_access);
}

// list.__new__: an empty list (of a subclass too); list.__init__ fills it,
// as type.__call__ runs both.
Ref list_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(gc_new<ListObject>(interpreter, static_cast<Type*>(callee.as_object()))));
}

void release_items(std::vector<Value>&& moved) {
  std::vector<Value> items = std::move(moved);
  for (Value item : items) decref(item);
}

// list.__init__(self, iterable=(), /): refills the list.
Ref list_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "list", kwnames) || !check_argument_count(interpreter, "list", count, 0, 1))
    return Ref();
  release_items(std::move(as_list(self)->items));
  if (count == 1 && !list_extend(interpreter, self, arguments[0])) return Ref();
  return interpreter.new_none();
}

// A freed list keeps its buffer for reuse when not large. Nothing refers to
// it any more, so its items can be released in place.
void list_deallocate(Interpreter& interpreter, Object* object) {
  auto* list = static_cast<ListObject*>(object);
  constexpr std::size_t kept_capacity = 64;
  if (object->type == interpreter.list_type && list->items.capacity() <= kept_capacity) {
    for (Value item : list->items) decref(item);
    list->items.clear();
    if (interpreter.free_lists.give(list)) return gc_count_free(interpreter);
    return gc_delete(interpreter, list);
  }
  std::vector<Value> items = std::move(list->items);
  gc_delete(interpreter, list);
  release_items(std::move(items));
}

// Last item first, as CPython (gc.get_referents shows the order).
void list_traverse(Object* object, const Visitor& visit) {
  const std::vector<Value>& items = static_cast<ListObject*>(object)->items;
  for (auto item = items.rbegin(); item != items.rend(); ++item) visit(*item);
}

void list_clear(Interpreter&, Object* object) { release_items(std::move(static_cast<ListObject*>(object)->items)); }

// ---- Methods ----
// Argument errors as CPython's method table words them: METH_NOARGS and
// METH_O methods name themselves "list.x()", argument clinic ones "x".

Ref list_method_append(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "list.append", count, kwnames)) return Ref();
  list_append(self, arguments[0]);
  return interpreter.new_none();
}

Ref list_method_extend(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "list.extend", count, kwnames) || !list_extend(interpreter, self, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

Ref list_method_insert(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = 0;
  if (!reject_keywords(interpreter, "list.insert", kwnames) || !check_positional(interpreter, "insert", count, 2, 2) ||
      !index_argument(interpreter, arguments[0], index))
    return Ref();
  std::vector<Value>& items = as_list(self)->items;
  const auto size = static_cast<std::int64_t>(items.size());
  // Out-of-range positions clamp to the ends.
  if (index < 0) index = std::max<std::int64_t>(index + size, 0);
  if (index > size) index = size;
  incref(arguments[1]);
  items.insert(items.begin() + index, arguments[1]);
  return interpreter.new_none();
}

Ref list_method_pop(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t index = -1;
  if (!reject_keywords(interpreter, "list.pop", kwnames) || !check_positional(interpreter, "pop", count, 0, 1) ||
      (count == 1 && !index_argument(interpreter, arguments[0], index)))
    return Ref();
  std::vector<Value>& items = as_list(self)->items;
  if (items.empty()) return interpreter.raise(interpreter.IndexError_type, "pop from empty list");
  const auto size = static_cast<std::int64_t>(items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return interpreter.raise(interpreter.IndexError_type, "pop index out of range");
  const Value item = items[index];
  items.erase(items.begin() + index);
  return Ref::steal(item);
}

Ref list_method_remove(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "list.remove", count, kwnames)) return Ref();
  std::vector<Value>& items = as_list(self)->items;
  // The size is reread: comparing may run code that changes the list.
  for (std::size_t i = 0; i < items.size(); ++i) {
    Ref item = Ref::borrow(items[i]);
    const int found = equal(interpreter, item.get(), arguments[0]);
    if (found < 0) return Ref();
    if (found && i < items.size()) {
      const Value removed = items[i];
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      decref(removed);
      return interpreter.new_none();
    }
  }
  return interpreter.raise(interpreter.ValueError_type, "list.remove(x): x not in list");
}

Ref list_method_index(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const std::int64_t found =
      sequence_index_method(interpreter, self, arguments, count, kwnames, "list.index", list_access);
  if (found == -2) return Ref();
  if (found >= 0) return new_int(interpreter, found);
  Ref shown = repr(interpreter, arguments[0]);
  if (!shown) return Ref();
  return interpreter.raise(interpreter.ValueError_type, std::string(str_utf8(shown.get())) + " is not in list");
}

Ref list_method_count(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "list.count", count, kwnames)) return Ref();
  const std::int64_t found = sequence_count(interpreter, self, arguments[0], list_access);
  if (found < 0) return Ref();
  return new_int(interpreter, found);
}

Ref list_method_reverse(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "list.reverse", count, kwnames)) return Ref();
  std::vector<Value>& items = as_list(self)->items;
  std::reverse(items.begin(), items.end());
  return interpreter.new_none();
}

Ref list_method_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "list.copy", count, kwnames)) return Ref();
  return new_list(interpreter, as_list(self)->items);
}

Ref list_method_reversed(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "list.__reversed__", count, kwnames)) return Ref();
  return new_list_reverse_iterator(interpreter, self);
}

Ref list_method_clear(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "list.clear", count, kwnames)) return Ref();
  // Emptied first: a freed item cannot observe the list half cleared.
  std::vector<Value> items = std::move(as_list(self)->items);
  as_list(self)->items.clear();
  for (Value item : items) decref(item);
  return interpreter.new_none();
}

}  // namespace

bool is_list(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.list_type;
}

Ref new_list(Interpreter& interpreter, std::span<const Value> items) {
  Ref list = allocate_list(interpreter);
  as_list(list.get())->items.reserve(items.size());
  for (Value item : items) list_append(list.get(), item);
  return list;
}

void list_append(Value list, Value item) {
  incref(item);
  as_list(list)->items.push_back(item);
}

bool list_extend(Interpreter& interpreter, Value list, Value iterable) {
  if (is_list(interpreter, iterable) || is_tuple(interpreter, iterable)) {
    // A copy first: `a.extend(a)` must read the list as it was.
    std::vector<Value> items = is_list(interpreter, iterable)
                                   ? as_list(iterable)->items
                                   : std::vector<Value>(as_tuple(iterable)->items(),
                                                        as_tuple(iterable)->items() + as_tuple(iterable)->size);
    for (Value item : items) list_append(list, item);
    return true;
  }
  // Appending runs no Python code: every item is taken quietly.
  struct Appender final : ItemSink {
    ListObject* list;
    explicit Appender(ListObject* target) : list(target) {}
    bool take(Interpreter&, Value item) override {
      incref(item);
      list->items.push_back(item);
      return true;
    }
    bool take_quietly(Interpreter& interpreter, Value item) override { return take(interpreter, item); }
  } appender(as_list(list));
  return for_each_item(interpreter, iterable, appender);
}

void init_list_type(Interpreter& interpreter) {
  Type* type = interpreter.list_type;
  type->construct = &list_construct;
  type->initialize = &list_initialize;
  type->repr = &list_repr;
  type->length = &list_length;
  type->compare = &list_compare;
  type->hash = &hash_not_implemented;
  type->contains = &list_contains;
  type->subscript = &list_subscript;
  type->assign_subscript = &list_assign_subscript;
  type->concatenate = &list_concatenate;
  type->inplace_concatenate = &list_inplace_concatenate;
  type->repeat = &list_repeat;
  type->inplace_repeat = &list_inplace_repeat;
  type->iter = &list_iter;
  type->deallocate = &list_deallocate;
  type->traverse = &list_traverse;
  type->clear = &list_clear;
  add_methods(interpreter, type,
              {
                  {"append", &list_method_append},
                  {"extend", &list_method_extend},
                  {"insert", &list_method_insert},
                  {"pop", &list_method_pop},
                  {"remove", &list_method_remove},
                  {"index", &list_method_index},
                  {"count", &list_method_count},
                  {"reverse", &list_method_reverse},
                  {"copy", &list_method_copy},
                  {"clear", &list_method_clear},
                  {"sort", &list_sort_method},
                  {"__reversed__", &list_method_reversed},
              });
}

}  // namespace krait::runtime
