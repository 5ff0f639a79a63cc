// Objects: dict views and dict iterators (see dict_view_object.h), after
// CPython 3.11's Objects/dictobject.c. The set operators of keys and items
// views build their results by the same steps as CPython, so the results
// iterate in CPython's order.
#include "objects/dict_view_object.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/object_reduce.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

enum class Part : std::uint8_t { Keys, Values, Items };

struct DictView : Object {
  Ref dict;
};

struct DictIterator : Object {
  Ref dict;                   // null once exhausted
  std::size_t used = 0;       // the dict's size when iteration began
  std::int64_t position = 0;  // the next entry to look at
  std::size_t remaining = 0;  // items still to come, while the size holds
  Part part = Part::Keys;
  bool reverse = false;
};

// Sticky, as CPython's di_used = -1: once the size changed, iteration fails.
constexpr std::size_t changed_size = SIZE_MAX;

Value view_dict(Value view) { return static_cast<DictView*>(view.as_object())->dict.get(); }
std::size_t view_size(Value view) { return as_dict(view_dict(view))->used; }

// Also a view of a derived view type (collections.OrderedDict's odict_keys ...).
bool is_view_of(Value value, const Type* type) { return value.is_object() && is_subtype(value.as_object()->type, type); }

// dict_keys or dict_items: the views that are sets (PyDictViewSet_Check).
bool is_set_view(const Interpreter& interpreter, Value value) {
  return is_view_of(value, interpreter.dict_keys_type) || is_view_of(value, interpreter.dict_items_type);
}

Part part_of(const Interpreter& interpreter, const Type* type) {
  while (type->base && type->base != interpreter.object_type) type = type->base;  // a derived view: its base's part
  if (type == interpreter.dict_keys_type || type == interpreter.dict_keyiterator_type ||
      type == interpreter.dict_reversekeyiterator_type)
    return Part::Keys;
  if (type == interpreter.dict_values_type || type == interpreter.dict_valueiterator_type ||
      type == interpreter.dict_reversevalueiterator_type)
    return Part::Values;
  return Part::Items;
}

Type* iterator_type(Interpreter& interpreter, Part part, bool reverse) {
  switch (part) {
    case Part::Keys: return reverse ? interpreter.dict_reversekeyiterator_type : interpreter.dict_keyiterator_type;
    case Part::Values:
      return reverse ? interpreter.dict_reversevalueiterator_type : interpreter.dict_valueiterator_type;
    case Part::Items: break;
  }
  return reverse ? interpreter.dict_reverseitemiterator_type : interpreter.dict_itemiterator_type;
}

// ---------------------------------------------------------------------------
// Iterators.

Ref iterator_item(Interpreter& interpreter, Part part, const DictObject::Entry& entry) {
  switch (part) {
    case Part::Keys: return Ref::borrow(entry.key);
    case Part::Values: return Ref::borrow(entry.value);
    case Part::Items: break;
  }
  const Value both[] = {entry.key, entry.value};
  return new_tuple(interpreter, both);
}

Ref finish_iteration(DictIterator* iterator) {
  iterator->dict = Ref();
  return Ref();
}

Ref dict_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<DictIterator*>(self.as_object());
  if (!iterator->dict) return Ref();
  const DictObject* dict = as_dict(iterator->dict.get());
  if (iterator->used != dict->used) {
    iterator->used = changed_size;
    return interpreter.raise(interpreter.RuntimeError_type, "dictionary changed size during iteration");
  }
  const auto end = static_cast<std::int64_t>(dict->entries.size());
  std::int64_t i = iterator->position;
  if (iterator->reverse) {
    i = std::min(i, end - 1);
    while (i >= 0 && dict->entries[i].key.is_null()) --i;
    if (i < 0) return finish_iteration(iterator);
    iterator->position = i - 1;
  } else {
    while (i < end && dict->entries[i].key.is_null()) ++i;
    if (i >= end) return finish_iteration(iterator);
    // As many keys as ever, but not the same ones.
    if (iterator->remaining == 0) {
      iterator->dict = Ref();
      return interpreter.raise(interpreter.RuntimeError_type, "dictionary keys changed during iteration");
    }
    iterator->position = i + 1;
  }
  --iterator->remaining;
  return iterator_item(interpreter, iterator->part, dict->entries[i]);
}

Ref self_iter(Interpreter&, Value self) { return Ref::borrow(self); }

// __reduce__(): (iter, (list of the items left,)), from a copy.
Ref dict_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<DictIterator*>(self.as_object());
  auto* copy = gc_new<DictIterator>(interpreter, iterator->type);
  Ref held = Ref::steal(Value::object(copy));
  if (iterator->dict) copy->dict = Ref::borrow(iterator->dict.get());
  copy->used = iterator->used;
  copy->position = iterator->position;
  copy->remaining = iterator->remaining;
  copy->part = iterator->part;
  copy->reverse = iterator->reverse;
  return reduce_remaining(interpreter, held.get());
}

void dict_iterator_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<DictIterator*>(object));
}
void dict_iterator_traverse(Object* object, const Visitor& visit) { visit(static_cast<DictIterator*>(object)->dict); }
void dict_iterator_clear(Interpreter&, Object* object) { static_cast<DictIterator*>(object)->dict = Ref(); }

// ---------------------------------------------------------------------------
// Views: size, iteration, membership, repr.

Ref view_length(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(view_size(self)));
}

Ref view_iter(Interpreter& interpreter, Value self) {
  const Part part = part_of(interpreter, self.as_object()->type);
  return new_dict_iterator(interpreter, iterator_type(interpreter, part, false), view_dict(self));
}

int keys_contains(Interpreter& interpreter, Value self, Value key) {
  Value ignored;
  return dict_lookup(interpreter, view_dict(self), key, ignored);
}

// (key, value) in items: the key is present with an equal value.
int items_contains(Interpreter& interpreter, Value self, Value item) {
  if (!is_tuple_instance(interpreter, item) || as_tuple(item)->size != 2) return 0;
  const Value key = as_tuple(item)->items()[0];
  Value found;
  const int present = dict_lookup(interpreter, view_dict(self), key, found);
  if (present <= 0) return present;
  Ref held = Ref::borrow(found);
  return equal(interpreter, found, as_tuple(item)->items()[1]);
}

int view_contains(Interpreter& interpreter, Value view, Value item) {
  return is_view_of(view, interpreter.dict_items_type) ? items_contains(interpreter, view, item)
                                                       : keys_contains(interpreter, view, item);
}

// "dict_keys([1, 2])": the type name and the repr of a list of the items.
Ref view_repr(Interpreter& interpreter, Value self) {
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, "...");
  active.push_back(self);
  Ref items = new_list(interpreter, {});
  Ref items_repr = list_extend(interpreter, items.get(), self) ? repr(interpreter, items.get()) : Ref();
  active.erase(std::find(active.begin(), active.end(), self));
  if (!items_repr) return Ref();
  return new_str(interpreter, self.as_object()->type->name + "(" + std::string(str_utf8(items_repr.get())) + ")");
}

Ref view_reversed_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  const std::string name = self.as_object()->type->name + ".__reversed__";
  if (!reject_keywords(interpreter, name, kwnames) || !check_positional(interpreter, name, count, 0, 0)) return Ref();
  const Part part = part_of(interpreter, self.as_object()->type);
  return new_dict_iterator(interpreter, iterator_type(interpreter, part, true), view_dict(self));
}

// ---------------------------------------------------------------------------
// Keys and items as sets.

// 1 when every item of `self` is in `other`.
int all_contained_in(Interpreter& interpreter, Value self, Value other) {
  Ref iterator = get_iterator(interpreter, self);
  if (!iterator) return -1;
  while (Ref item = iterator_next(interpreter, iterator.get())) {
    const int found = contains(interpreter, other, item.get());
    if (found <= 0) return found;
  }
  return interpreter.has_exception() ? -1 : 1;
}

Ref view_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if (!is_any_set(interpreter, other) && !is_set_view(interpreter, other))
    return Ref::borrow(interpreter.not_implemented());
  Ref self_length = length(interpreter, self);
  Ref other_length = self_length ? length(interpreter, other) : Ref();
  if (!other_length) return Ref();
  const std::int64_t left = self_length.get().as_small_int(), right = other_length.get().as_small_int();
  int result = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (left == right) result = all_contained_in(interpreter, self, other);
      if (op == CompareOp::Ne && result >= 0) result = !result;
      break;
    case CompareOp::Lt:
      if (left < right) result = all_contained_in(interpreter, self, other);
      break;
    case CompareOp::Le:
      if (left <= right) result = all_contained_in(interpreter, self, other);
      break;
    case CompareOp::Gt:
      if (left > right) result = all_contained_in(interpreter, other, self);
      break;
    case CompareOp::Ge:
      if (left >= right) result = all_contained_in(interpreter, other, self);
      break;
  }
  if (result < 0) return Ref();
  return interpreter.new_boolean(result != 0);
}

// The left operand as a new set (CPython's dictviews_to_set); a keys view
// of a dict reads the dict itself, with its stored hashes. The left operand
// need not be a view: `[1] - d.keys()` comes here too.
Ref to_set(Interpreter& interpreter, Value left) {
  Value source = left;
  if (is_view_of(left, interpreter.dict_keys_type) &&
      view_dict(left).as_object()->type == interpreter.dict_type)
    source = view_dict(left);
  Ref result = new_set(interpreter);
  if (!set_update(interpreter, result.get(), source)) return Ref();
  return result;
}

Ref view_subtract(Interpreter& interpreter, Value left, Value right) {
  Ref result = to_set(interpreter, left);
  if (!result || !set_difference_update(interpreter, result.get(), right)) return Ref();
  return result;
}

Ref view_or(Interpreter& interpreter, Value left, Value right) {
  Ref result = to_set(interpreter, left);
  if (!result || !set_update(interpreter, result.get(), right)) return Ref();
  return result;
}

// CPython's _PyDictView_Intersect: iterate the smaller operand, keep what
// the view holds.
Ref view_and(Interpreter& interpreter, Value self, Value other) {
  if (!is_set_view(interpreter, self)) std::swap(self, other);
  const std::size_t self_size = view_size(self);
  if (is_view_of(other, interpreter.set_type) && self_size <= as_set(other)->used)
    return set_intersection(interpreter, other, self);
  if (is_set_view(interpreter, other) && view_size(other) > self_size) std::swap(self, other);
  Ref result = new_set(interpreter);
  Ref iterator = get_iterator(interpreter, other);
  if (!iterator) return Ref();
  while (Ref item = iterator_next(interpreter, iterator.get())) {
    const int found = view_contains(interpreter, self, item.get());
    if (found < 0 || (found && !set_add(interpreter, result.get(), item.get()))) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  return result;
}

// items ^ items: pairs of either dict whose key is missing from the other
// or holds a different value there (CPython's dictitems_xor).
Ref items_xor(Interpreter& interpreter, Value left, Value right) {
  Ref remaining = dict_copy(interpreter, view_dict(left));
  if (!remaining) return Ref();
  Ref result = new_set(interpreter);
  const Value other = view_dict(right);
  Ref other_held = Ref::borrow(other);
  std::size_t position = 0;
  Value key_value, item_value;
  while (dict_next(other, position, key_value, item_value)) {
    Ref key = Ref::borrow(key_value), item = Ref::borrow(item_value);
    Value mine;
    int both = dict_lookup(interpreter, remaining.get(), key.get(), mine);
    if (both < 0) return Ref();
    if (both) {
      Ref mine_held = Ref::borrow(mine);
      both = equal(interpreter, mine, item.get());
      if (both < 0) return Ref();
    }
    if (both) {
      if (dict_delete_item(interpreter, remaining.get(), key.get()) < 0) return Ref();
    } else {
      const Value pair_items[] = {key.get(), item.get()};
      Ref pair = new_tuple(interpreter, pair_items);
      if (!set_add(interpreter, result.get(), pair.get())) return Ref();
    }
  }
  Ref remaining_items = new_dict_view(interpreter, interpreter.dict_items_type, remaining.get());
  if (!set_update(interpreter, result.get(), remaining_items.get())) return Ref();
  return result;
}

Ref view_xor(Interpreter& interpreter, Value left, Value right) {
  if (is_view_of(left, interpreter.dict_items_type) && is_view_of(right, interpreter.dict_items_type))
    return items_xor(interpreter, left, right);
  Ref result = to_set(interpreter, left);
  if (!result || !set_symmetric_difference_update(interpreter, result.get(), right)) return Ref();
  return result;
}

Ref view_isdisjoint_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                           Value kwnames) {
  const std::string name = self.as_object()->type->name + ".isdisjoint";
  if (!reject_keywords(interpreter, name, kwnames) || !check_positional(interpreter, name, count, 1, 1)) return Ref();
  Value other = arguments[0];
  if (self == other) return interpreter.new_boolean(view_size(self) == 0);
  // Iterate the smaller operand when the other answers `in` cheaply.
  if (is_any_set(interpreter, other) || is_set_view(interpreter, other)) {
    Ref other_length = length(interpreter, other);
    if (!other_length) return Ref();
    if (other_length.get().as_small_int() > static_cast<std::int64_t>(view_size(self))) std::swap(self, other);
  }
  Ref iterator = get_iterator(interpreter, other);
  if (!iterator) return Ref();
  while (Ref item = iterator_next(interpreter, iterator.get())) {
    const int found = contains(interpreter, self, item.get());
    if (found < 0) return Ref();
    if (found) return interpreter.new_boolean(false);
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_boolean(true);
}

// __length_hint__ of the dict iterators: the items left, 0 once the dict
// changed size.
Ref dict_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<DictIterator*>(self.as_object());
  const bool valid = iterator->dict && iterator->used == as_dict(iterator->dict.get())->used;
  return new_int(interpreter, valid ? static_cast<std::int64_t>(iterator->remaining) : 0);
}

// view.mapping: a read-only proxy of the view's dict.
Ref view_mapping(Interpreter& interpreter, Value self) { return new_mappingproxy(interpreter, view_dict(self)); }

void view_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, static_cast<DictView*>(object)); }
void view_traverse(Object* object, const Visitor& visit) { visit(static_cast<DictView*>(object)->dict); }

}  // namespace

Ref new_dict_view(Interpreter& interpreter, Type* type, Value dict) {
  auto* view = gc_new<DictView>(interpreter, type);
  view->dict = Ref::borrow(dict);
  return Ref::steal(Value::object(view));
}

Ref new_dict_iterator(Interpreter& interpreter, Type* type, Value dict) {
  auto* iterator = gc_new<DictIterator>(interpreter, type);
  iterator->dict = Ref::borrow(dict);
  const DictObject* storage = as_dict(dict);
  iterator->used = storage->used;
  iterator->remaining = storage->used;
  iterator->part = part_of(interpreter, type);
  iterator->reverse = type == interpreter.dict_reversekeyiterator_type ||
                      type == interpreter.dict_reversevalueiterator_type ||
                      type == interpreter.dict_reverseitemiterator_type;
  iterator->position = iterator->reverse ? static_cast<std::int64_t>(storage->entries.size()) - 1 : 0;
  return Ref::steal(Value::object(iterator));
}

void init_dict_view_types(Interpreter& interpreter) {
  for (Type* type : {interpreter.dict_keys_type, interpreter.dict_values_type, interpreter.dict_items_type}) {
    type->length = &view_length;
    type->iter = &view_iter;
    type->repr = &view_repr;
    type->deallocate = &view_deallocate;
    type->traverse = &view_traverse;
    add_methods(interpreter, type, {{"__reversed__", &view_reversed_method}});
    add_getsets(interpreter, type, {{"mapping", &view_mapping}});
  }
  for (Type* type : {interpreter.dict_keys_type, interpreter.dict_items_type}) {
    type->contains = &view_contains;
    type->compare = &view_compare;
    type->hash = &hash_not_implemented;
    type->subtract = &view_subtract;
    type->bitwise_and = &view_and;
    type->bitwise_or = &view_or;
    type->bitwise_xor = &view_xor;
    add_methods(interpreter, type, {{"isdisjoint", &view_isdisjoint_method}});
  }
  for (Type* type : {interpreter.dict_keyiterator_type, interpreter.dict_valueiterator_type,
                     interpreter.dict_itemiterator_type, interpreter.dict_reversekeyiterator_type,
                     interpreter.dict_reversevalueiterator_type, interpreter.dict_reverseitemiterator_type}) {
    type->iter = &self_iter;
    type->next = &dict_iterator_next;
    type->deallocate = &dict_iterator_deallocate;
    type->traverse = &dict_iterator_traverse;
    type->clear = &dict_iterator_clear;
    add_methods(interpreter, type,
                {{"__length_hint__", &dict_iterator_length_hint}, {"__reduce__", &dict_iterator_reduce}});
  }
}

}  // namespace krait::runtime
