// Objects: collections.OrderedDict (CPython's Objects/odictobject.c), a dict
// subclass. Krait's dicts keep their keys in insertion order, and an
// OrderedDict's order departs from insertion order only through
// move_to_end, which re-inserts: so the dict's own order is the
// OrderedDict's, and only order-sensitive equality, popitem(last=False),
// move_to_end, the views' names and the repr are added here. The
// _collections module creates the types on first import.
#include <algorithm>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/dict_view_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/ordereddict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

bool is_ordereddict(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.collections_types.ordereddict);
}

// The live entries' keys (new references), in order.
std::vector<Ref> keys_of(Value dict) {
  std::vector<Ref> keys;
  std::size_t position = 0;
  Value key, value;
  while (dict_next(dict, position, key, value)) keys.push_back(Ref::borrow(key));
  return keys;
}

// self[key] = value for every pair of `source` (CPython's
// mutablemapping_update_arg): a mapping by its keys(), else (key, value)
// pairs. Through the subclass's __setitem__ when it has one.
bool update_from(Interpreter& interpreter, Value self, Value source) {
  if (type_of(interpreter, self)->assign_subscript == interpreter.dict_type->assign_subscript)
    return dict_update(interpreter, self, source);
  Ref keys_method;
  if (lookup_attribute(interpreter, source, interpreter.intern("keys"), keys_method) < 0) return false;
  Ref items;
  if (keys_method) {
    Ref keys = call(interpreter, keys_method.get(), nullptr, 0);
    if (!keys) return false;
    Ref iterator = get_iterator(interpreter, keys.get());
    if (!iterator) return false;
    while (Ref key = iterator_next(interpreter, iterator.get())) {
      Ref value = get_item(interpreter, source, key.get());
      if (!value || !set_item(interpreter, self, key.get(), value.get())) return false;
    }
    return !interpreter.has_exception();
  }
  Ref iterator = get_iterator(interpreter, source);
  if (!iterator) return false;
  while (Ref pair = iterator_next(interpreter, iterator.get())) {
    std::vector<Ref> parts;
    if (!unpack(interpreter, pair.get(), 2, false, 0, parts) ||
        !set_item(interpreter, self, parts[0].get(), parts[1].get()))
      return false;
  }
  return !interpreter.has_exception();
}

// update(other=(), /, **kwds), also what __init__ does.
Ref ordereddict_update(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  const std::size_t positional = count;
  if (positional > 1)
    return interpreter.raise(interpreter.TypeError_type,
                             "expected at most 1 arguments, got " + std::to_string(positional));
  if (positional == 1 && !update_from(interpreter, self, arguments[0])) return Ref();
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t i = 0; i < keywords; ++i)
    if (!set_item(interpreter, self, as_tuple(kwnames)->items()[i], arguments[positional + i])) return Ref();
  return interpreter.new_none();
}

Ref ordereddict_repr(Interpreter& interpreter, Value self) {
  const std::string& type_name = self.as_object()->type->name;
  const std::string name = type_name.substr(type_name.rfind('.') + 1);
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, "...");
  if (as_dict(self)->used == 0) return new_str(interpreter, name + "()");
  Ref pairs = new_list(interpreter, {});
  std::size_t position = 0;
  Value key, value;
  while (dict_next(self, position, key, value)) {
    const Value pair[] = {key, value};
    Ref tuple = new_tuple(interpreter, pair);
    list_append(pairs.get(), tuple.get());
  }
  active.push_back(self);
  Ref shown = repr(interpreter, pairs.get());
  active.pop_back();
  if (!shown) return Ref();
  return new_str(interpreter, name + "(" + std::string(str_utf8(shown.get())) + ")");
}

// == between two OrderedDicts also compares the order.
Ref ordereddict_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  Ref result = interpreter.dict_type->compare(interpreter, left, right, op);
  if (!result || (op != CompareOp::Eq && op != CompareOp::Ne) || !is_ordereddict(interpreter, right) ||
      result.get() != interpreter.boolean(op == CompareOp::Eq))
    return result;
  const std::vector<Ref> a = keys_of(left), b = keys_of(right);
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const int same = equal(interpreter, a[i].get(), b[i].get());
    if (same < 0) return Ref();
    if (!same) return interpreter.new_boolean(op == CompareOp::Ne);
  }
  return result;
}

// The first or last key (borrowed), or null when empty.
Value end_key(Value dict, bool last) {
  const std::vector<DictObject::Entry>& entries = as_dict(dict)->entries;
  if (last) {
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry)
      if (!entry->key.is_null()) return entry->key;
  } else {
    for (const DictObject::Entry& entry : entries)
      if (!entry.key.is_null()) return entry.key;
  }
  return Value();
}

// The `last` argument of popitem and move_to_end (default True).
bool last_argument(Interpreter& interpreter, const char* function, std::initializer_list<std::string_view> names,
                   const Value* arguments, std::size_t count, Value kwnames, Value* bound, bool& last) {
  const NativeSignature signature{function, names, 0, 0, names.size() - 1};
  if (!bind_arguments(interpreter, signature, arguments, count, kwnames, bound)) return false;
  const Value flag = bound[names.size() - 1];
  if (flag.is_null()) return true;
  const int truth_value = truth(interpreter, flag);
  if (truth_value < 0) return false;
  last = truth_value != 0;
  return true;
}

Ref ordereddict_popitem(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  Value bound[1];
  bool last = true;
  if (!last_argument(interpreter, "popitem", {"last"}, arguments, count, kwnames, bound, last)) return Ref();
  const Value found = end_key(self, last);
  if (found.is_null()) return interpreter.raise(interpreter.KeyError_type, "dictionary is empty");
  Ref key = Ref::borrow(found);
  Ref value = get_item(interpreter, self, key.get());
  if (!value || !set_item(interpreter, self, key.get(), Value())) return Ref();
  const Value pair[] = {key.get(), value.get()};
  return new_tuple(interpreter, pair);
}

// move_to_end(key, last=True): re-inserted at the end, or (last=False)
// the dict rebuilt with the key first.
Ref ordereddict_move_to_end(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  Value bound[2];
  bool last = true;
  if (!last_argument(interpreter, "move_to_end", {"key", "last"}, arguments, count, kwnames, bound, last))
    return Ref();
  const Value key = bound[0];
  Value found;
  const int present = dict_lookup(interpreter, self, key, found);
  if (present < 0) return Ref();
  if (present == 0) return raise_key_error(interpreter, key);
  const Value edge = end_key(self, last);
  if (!edge.is_null() && edge == key) return interpreter.new_none();
  Ref value = Ref::borrow(found);
  if (last) {
    if (dict_delete_item(interpreter, self, key) < 0 || !dict_set_item(interpreter, self, key, value.get()))
      return Ref();
    return interpreter.new_none();
  }
  std::vector<std::pair<Ref, Ref>> rest;
  std::size_t position = 0;
  Value other_key, other_value;
  while (dict_next(self, position, other_key, other_value))
    rest.emplace_back(Ref::borrow(other_key), Ref::borrow(other_value));
  Ref moved_key = Ref::borrow(key);
  dict_clear(interpreter, self);
  if (!dict_set_item(interpreter, self, moved_key.get(), value.get())) return Ref();
  for (const auto& [entry_key, entry_value] : rest) {
    if (entry_key.get() == moved_key.get()) continue;
    const int same = equal(interpreter, entry_key.get(), moved_key.get());
    if (same < 0) return Ref();
    if (!same && !dict_set_item(interpreter, self, entry_key.get(), entry_value.get())) return Ref();
  }
  return interpreter.new_none();
}

// copy(): type(self)() filled in order.
Ref ordereddict_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "OrderedDict.copy", count, kwnames)) return Ref();
  Ref copy = call(interpreter, Value::object(self.as_object()->type), nullptr, 0);
  if (!copy) return Ref();
  std::size_t position = 0;
  Value key, value;
  while (dict_next(self, position, key, value)) {
    Ref held_key = Ref::borrow(key), held_value = Ref::borrow(value);
    if (!set_item(interpreter, copy.get(), held_key.get(), held_value.get())) return Ref();
  }
  return copy;
}

// (type(od), (), None, None, iter(od.items())).
void ordereddict_deallocate(Interpreter& interpreter, Object* object) {
  side_attributes_deallocate_with(interpreter, object, interpreter.dict_type->deallocate);
}

// __reduce__(): (type, (), state, None, iter(items())), the state as
// __getstate__ gives it.
Ref ordereddict_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "OrderedDict.__reduce__", count, kwnames)) return Ref();
  Ref state = object_state(interpreter, self);
  if (!state) return Ref();
  Ref items = call_method(interpreter, self, interpreter.intern("items"), nullptr, 0);
  if (!items) return Ref();
  Ref iterator = get_iterator(interpreter, items.get());
  if (!iterator) return Ref();
  Ref empty = new_tuple(interpreter, {});
  const Value parts[] = {Value::object(self.as_object()->type), empty.get(), state.get(), interpreter.none(),
                         iterator.get()};
  return new_tuple(interpreter, parts);
}

// od | other and other | od for a dict other: type(od)(left) updated with right.
Ref ordereddict_or(Interpreter& interpreter, Value left, Value right) {
  const bool left_is_self = is_ordereddict(interpreter, left);
  const Value self = left_is_self ? left : right;
  if (!is_dict(interpreter, left_is_self ? right : left)) return Ref::borrow(interpreter.not_implemented());
  Ref result = call(interpreter, Value::object(self.as_object()->type), &left, 1);
  if (!result || !update_from(interpreter, result.get(), right)) return Ref();
  return result;
}

Ref ordereddict_inplace_or(Interpreter& interpreter, Value self, Value other) {
  if (!update_from(interpreter, self, other)) return Ref();
  return Ref::borrow(self);
}

template <int which>
Ref ordereddict_view(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  static const char* const names[] = {"OrderedDict.keys", "OrderedDict.values", "OrderedDict.items"};
  if (!check_no_arguments(interpreter, names[which], count, kwnames)) return Ref();
  auto& types = interpreter.collections_types;
  Type* const view_types[] = {types.odict_keys, types.odict_values, types.odict_items};
  return new_dict_view(interpreter, view_types[which], self);
}

Type* new_view_type(Interpreter& interpreter, const char* name, Type* base) {
  Type* type = new_native_type(interpreter, name, base);
  ready_native_type(interpreter, type);
  return type;
}

}  // namespace

void init_ordereddict_type(Interpreter& interpreter) {
  auto& types = interpreter.collections_types;
  types.odict_keys = new_view_type(interpreter, "odict_keys", interpreter.dict_keys_type);
  types.odict_values = new_view_type(interpreter, "odict_values", interpreter.dict_values_type);
  types.odict_items = new_view_type(interpreter, "odict_items", interpreter.dict_items_type);
  Type* type = new_native_type(interpreter, "collections.OrderedDict", interpreter.dict_type);
  type->subclassable = true;
  type->weakrefable = true;
  // Instances have a __dict__ (CPython's od_inst_dict), in the side table.
  type->side_attributes = true;
  type->get_attribute = &side_get_attribute;
  type->deallocate = &ordereddict_deallocate;
  // A dict's layout: the collector looks inside as it does for a dict.
  type->traverse = interpreter.dict_type->traverse;
  type->clear = interpreter.dict_type->clear;
  add_instance_getsets(interpreter, type, true, false);
  type->initialize = &ordereddict_update;
  type->repr = &ordereddict_repr;
  type->compare = &ordereddict_compare;
  type->bitwise_or = &ordereddict_or;
  type->inplace_bitwise_or = &ordereddict_inplace_or;
  add_methods(interpreter, type,
              {{"update", &ordereddict_update},
               {"popitem", &ordereddict_popitem},
               {"move_to_end", &ordereddict_move_to_end},
               {"copy", &ordereddict_copy},
               {"__reduce__", &ordereddict_reduce},
               {"keys", &ordereddict_view<0>},
               {"values", &ordereddict_view<1>},
               {"items", &ordereddict_view<2>}});
  ready_native_type(interpreter, type);
  types.ordereddict = type;
}

}  // namespace krait::runtime
