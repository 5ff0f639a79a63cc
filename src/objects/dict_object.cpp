// Objects: dict. The storage is CPython's compact layout: `entries` in
// insertion order, and `index`, an open-addressing table of positions in
// `entries` probed with CPython's perturbation sequence, so iteration
// follows insertion and a resize moves no entry relative to the others.
// Then the dict type as Python sees it (Objects/dictobject.c): subscripts
// with __missing__, comparison, repr, |, construction, and the methods. The
// views and iterators are in dict_view_object.cpp.
#include "objects/dict_object.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/dict_view_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

constexpr std::int32_t empty_slot = -1;
constexpr std::int32_t deleted_slot = -2;
constexpr std::size_t minimum_index_size = 8;

// The probe sequence of CPython's dictobject.c.
struct Probe {
  std::size_t mask;
  std::size_t slot;
  std::uint64_t perturb;
  Probe(std::size_t size, std::int64_t hash)
      : mask(size - 1), slot(static_cast<std::size_t>(hash) & mask), perturb(static_cast<std::uint64_t>(hash)) {}
  void next() {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
};

// Rebuilds the index for at least `capacity` live entries, compacting the
// entries array (deleted entries go, order stays). Compacting moves
// entries, so it renews keys_version even when no key is added after it.
void rebuild(Interpreter& interpreter, DictObject* dict, std::size_t capacity) {
  std::size_t size = minimum_index_size;
  while (size * 2 < capacity * 3) size *= 2;
  if (dict->used != dict->entries.size()) {
    dict->keys_version = interpreter.next_keys_version();
    std::size_t kept = 0;
    for (DictObject::Entry& entry : dict->entries)
      if (!entry.key.is_null()) dict->entries[kept++] = entry;
    dict->entries.resize(kept);
  }
  dict->index.reset(size);
  // Room for every entry the index admits, in one allocation.
  dict->entries.reserve(size * 2 / 3);
  dict->index_used = dict->entries.size();
  for (std::size_t position = 0; position < dict->entries.size(); ++position) {
    Probe probe(size, dict->entries[position].hash);
    while (dict->index[probe.slot] != empty_slot) probe.next();
    dict->index.set(probe.slot, static_cast<std::int32_t>(position));
  }
}

// Finds `key`: its entry position, or -1, with `slot` set to the index slot
// holding it or where it would go. -2: the comparison raised.
template <typename Equal>
std::int64_t find(DictObject* dict, Value key, std::int64_t hash, std::size_t& slot, Equal&& equal) {
  std::size_t free_slot = SIZE_MAX;
  for (Probe probe(dict->index.size(), hash);; probe.next()) {
    const std::int32_t position = dict->index[probe.slot];
    if (position == empty_slot) {
      slot = free_slot != SIZE_MAX ? free_slot : probe.slot;
      return -1;
    }
    if (position == deleted_slot) {
      if (free_slot == SIZE_MAX) free_slot = probe.slot;
      continue;
    }
    const DictObject::Entry& entry = dict->entries[position];
    if (entry.key == key) {
      slot = probe.slot;
      return position;
    }
    if (entry.hash == hash) {
      const Value start = entry.key;
      const std::size_t size = dict->index.size();
      const int same = equal(start);
      if (same < 0) return -2;
      // __eq__ may have changed the dict: start over as CPython does.
      if (dict->index.size() != size || dict->index[probe.slot] != position || dict->entries[position].key != start) {
        if (dict->index.empty()) {  // cleared: nothing to find, and inserting rebuilds first
          slot = 0;
          return -1;
        }
        return find(dict, key, hash, slot, equal);
      }
      if (same > 0) {
        slot = probe.slot;
        return position;
      }
    }
  }
}

// Whether `value` compares as a str does: a str, or an instance of a
// subclass that keeps str's comparison. Such keys match a str of the same
// text, as CPython's dict finds S("x") for "x" (their __eq__ is str's).
bool compares_as_str(Value value) {
  if (!value.is_object()) return false;
  const Type* type = value.as_object()->type;
  const Type* str_type = type->interpreter->str_type;
  return type == str_type || (type->compare == str_type->compare && is_subtype(type, str_type));
}

std::int64_t find_str(DictObject* dict, Value key, std::size_t& slot) {
  return find(dict, key, str_hash(key), slot, [&](Value other) {
    if (!other.is_object()) return 0;
    const bool comparable = other.as_object()->type == key.as_object()->type ||
                            (compares_as_str(other) && compares_as_str(key));
    return comparable && str_equal(other, key) ? 1 : 0;
  });
}

// CPython's MAINTAIN_TRACKING: a dict made by dict literals and dict()
// starts untracked, and the collector only looks at it once it holds a
// value that could be part of a cycle (a container, other than a tuple the
// collector already stopped looking at).
bool may_be_tracked(const Interpreter& interpreter, Value value) {
  if (!value.is_object()) return false;
  const Object* object = value.as_object();
  return is_container(object->type) && (object->type != interpreter.tuple_type || gc_is_tracked(object));
}

void maintain_tracking(Interpreter& interpreter, DictObject* dict, Value key, Value value) {
  if (!gc_header(dict)->next && (may_be_tracked(interpreter, value) || may_be_tracked(interpreter, key)))
    gc_track(interpreter, dict);
}

void insert_new(Interpreter& interpreter, DictObject* dict, std::size_t slot, Value key, std::int64_t hash, Value value) {
  maintain_tracking(interpreter, dict, key, value);
  incref(key);
  incref(value);
  if (dict->index[slot] == empty_slot) ++dict->index_used;
  dict->index.set(slot, static_cast<std::int32_t>(dict->entries.size()));
  dict->entries.push_back({hash, key, value});
  ++dict->used;
  dict->keys_version = interpreter.next_keys_version();
}

// Room for one more entry: the index stays at most 2/3 full (counting the
// slots of deleted entries, which probes still pass), and so does the
// entries array, whose deleted entries stay until a rebuild even when a new
// key reuses their index slot (CPython's dk_usable).
bool index_is_full(const DictObject* dict) {
  const std::size_t filled = std::max(dict->index_used, dict->entries.size());
  return dict->index.empty() || (filled + 1) * 3 > dict->index.size() * 2;
}

void reserve_one(Interpreter& interpreter, DictObject* dict) {
  if (index_is_full(dict)) rebuild(interpreter, dict, dict->used * 2 + 1);
}

void replace_value(Interpreter& interpreter, DictObject* dict, DictObject::Entry& entry, Value value) {
  maintain_tracking(interpreter, dict, entry.key, value);
  incref(value);
  Value old = entry.value;
  entry.value = value;
  decref(old);
}

// Releases the entries only after detaching them, so that a deallocator run
// by a decref never sees a half-cleared dict.
void release_entries(DictObject* dict) {
  std::vector<DictObject::Entry> entries = std::move(dict->entries);
  dict->entries.clear();
  dict->index.clear();
  dict->index_used = 0;
  dict->used = 0;
  for (const DictObject::Entry& entry : entries) {
    decref(entry.key);
    decref(entry.value);
  }
}


// The equality test of a lookup by any key: two strs compare directly (as
// CPython's unicode_eq); otherwise the stored key is held while its __eq__
// runs, which may remove it from the dict.
auto equal_to(Interpreter& interpreter, Value key) {
  return [&interpreter, key](Value stored) {
    const Type* str_type = interpreter.str_type;
    if (stored.is_object() && key.is_object() && stored.as_object()->type == str_type &&
        key.as_object()->type == str_type)
      return str_equal(stored, key) ? 1 : 0;
    Ref held = Ref::borrow(stored);
    return equal(interpreter, stored, key);
  };
}

// Lookup with the key's hash known: 1 with `out` set (borrowed), 0, -1.
int lookup_known_hash(Interpreter& interpreter, DictObject* dict, Value key, std::int64_t hash, Value& out) {
  if (dict->used == 0) return 0;
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, equal_to(interpreter, key));
  if (position == -2) return -1;
  if (position < 0) return 0;
  out = dict->entries[position].value;
  return 1;
}

bool insert(Interpreter& interpreter, DictObject* dict, Value key, std::int64_t hash, Value item) {
  reserve_one(interpreter, dict);
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, equal_to(interpreter, key));
  if (position == -2) return false;
  if (position >= 0) {
    replace_value(interpreter, dict, dict->entries[position], item);
    return true;
  }
  // The comparison may have resized the dict: find the slot again.
  if (index_is_full(dict)) return insert(interpreter, dict, key, hash, item);
  insert_new(interpreter, dict, slot, key, hash, item);
  return true;
}

// Removes the entry at `position`, whose index slot is `slot`.
void remove_entry(Interpreter& interpreter, DictObject* dict, std::size_t slot, std::int64_t position) {
  DictObject::Entry& entry = dict->entries[position];
  const Value old_key = entry.key, old_value = entry.value;
  entry.key = Value();
  entry.value = Value();
  dict->index.set(slot, deleted_slot);
  --dict->used;
  dict->keys_version = interpreter.next_keys_version();
  // Deleted entries at the end go at once, so that popitem() stays O(1).
  while (!dict->entries.empty() && dict->entries.back().key.is_null()) dict->entries.pop_back();
  decref(old_key);
  decref(old_value);
}

// Takes the entry of `key` out of the dict: 1 with `value` owning its value,
// 0 when missing, -1 on error.
int pop_known_hash(Interpreter& interpreter, DictObject* dict, Value key, std::int64_t hash, Ref& value) {
  if (dict->used == 0) return 0;
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, equal_to(interpreter, key));
  if (position == -2) return -1;
  if (position < 0) return 0;
  value = Ref::borrow(dict->entries[position].value);
  remove_entry(interpreter, dict, slot, position);
  return 1;
}

// A freed small dict keeps its buffers for reuse. Nothing refers to it any
// more, so its entries can be released in place.
void dict_deallocate(Interpreter& interpreter, Object* object) {
  auto* dict = static_cast<DictObject*>(object);
  constexpr std::size_t kept_index_size = 16;
  if (object->type == interpreter.dict_type && dict->index.capacity_bytes() <= kept_index_size) {
    for (const DictObject::Entry& entry : dict->entries) {
      decref(entry.key);
      decref(entry.value);
    }
    dict->entries.clear();
    dict->index.clear();
    dict->index_used = 0;
    dict->used = 0;
    if (interpreter.free_dicts.give(dict)) return gc_count_free(interpreter);
    return gc_delete(interpreter, dict);
  }
  release_entries(dict);
  gc_delete(interpreter, dict);
}

void dict_traverse(Object* object, const Visitor& visit) {
  for (const DictObject::Entry& entry : static_cast<DictObject*>(object)->entries) {
    visit(entry.value);
    visit(entry.key);
  }
}

void dict_clear_references(Interpreter& interpreter, Object* object) { dict_clear(interpreter, Value::object(object)); }

Ref allocate_dict(Interpreter& interpreter, Type* type) {
  gc_count_allocation(interpreter);
  if (type != interpreter.dict_type) {
    auto* dict = new (gc_new_memory(interpreter, sizeof(DictObject))) DictObject;
    set_object_type(dict, type);
    dict->keys_version = interpreter.next_keys_version();
    return Ref::steal(Value::object(dict));
  }
  // Untracked until it holds a container (maintain_tracking).
  DictObject* dict = interpreter.free_dicts.take();
  if (!dict) dict = new (gc_new_untracked_memory(sizeof(DictObject))) DictObject;
  gc_header(dict)->bits = 0;
  dict->type = type;
  dict->keys_version = interpreter.next_keys_version();
  return Ref::steal(Value::object(dict));
}

bool is_exact_dict(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.dict_type;
}

// ---------------------------------------------------------------------------
// Merging (CPython's dict_merge, PyDict_MergeFromSeq2, dict_update_arg).

Ref dict_iter(Interpreter& interpreter, Value self);

// Every item of a mapping into `dict`, later values replacing earlier ones.
bool merge(Interpreter& interpreter, Value target, Value other) {
  DictObject* dict = as_dict(target);
  if (is_dict(interpreter, other) && type_of(interpreter, other)->iter == &dict_iter) {
    const DictObject* source = as_dict(other);
    if (source == dict || source->used == 0) return true;
    // Into an empty dict, a dict without deleted entries is copied whole.
    if (dict->used == 0 && dict->entries.empty() && source->used == source->entries.size()) {
      if (gc_header(source)->next) gc_track(interpreter, dict);
      dict->entries = source->entries;
      dict->index = source->index;
      dict->index_used = source->index_used;
      dict->used = source->used;
      for (const DictObject::Entry& entry : dict->entries) {
        incref(entry.key);
        incref(entry.value);
      }
      dict->keys_version = interpreter.next_keys_version();
      return true;
    }
    Ref held = Ref::borrow(other);
    const std::size_t original_size = source->entries.size();
    for (std::size_t position = 0; position < source->entries.size(); ++position) {
      const DictObject::Entry entry = source->entries[position];
      if (entry.key.is_null()) continue;
      Ref key = Ref::borrow(entry.key), value = Ref::borrow(entry.value);
      if (!insert(interpreter, dict, key.get(), entry.hash, value.get())) return false;
      if (source->entries.size() != original_size) {
        interpreter.set_exception(interpreter.RuntimeError_type, "dict mutated during update");
        return false;
      }
    }
    return true;
  }
  // Any other mapping: its keys(), then each value by subscript.
  Ref keys = call_method(interpreter, other, interpreter.names.keys, nullptr, 0);
  if (!keys) return false;
  Ref iterator = get_iterator(interpreter, keys.get());
  if (!iterator) return false;
  while (Ref key = iterator_next(interpreter, iterator.get())) {
    Ref value = get_item(interpreter, other, key.get());
    if (!value || !dict_set_item(interpreter, target, key.get(), value.get())) return false;
  }
  return !interpreter.has_exception();
}

// An item of dict(pairs) as a sequence (CPython's PySequence_Fast): a tuple
// or list as it is, anything else iterated into a list.
Ref pair_sequence(Interpreter& interpreter, Value item, std::size_t index) {
  if (is_tuple(interpreter, item) || is_list(interpreter, item)) return Ref::borrow(item);
  Ref list = new_list(interpreter, {});
  if (list_extend(interpreter, list.get(), item)) return list;
  if (interpreter.exception_is(interpreter.TypeError_type))
    interpreter.set_exception(interpreter.TypeError_type, "cannot convert dictionary update sequence element #" +
                                                              std::to_string(index) + " to a sequence");
  return Ref();
}

bool merge_pairs(Interpreter& interpreter, Value dict, Value pairs) {
  Ref iterator = get_iterator(interpreter, pairs);
  if (!iterator) return false;
  for (std::size_t index = 0;; ++index) {
    Ref item = iterator_next(interpreter, iterator.get());
    if (!item) return !interpreter.has_exception();
    Ref sequence = pair_sequence(interpreter, item.get(), index);
    if (!sequence) return false;
    const bool tuple = is_tuple(interpreter, sequence.get());
    const std::size_t length = tuple ? static_cast<std::size_t>(as_tuple(sequence.get())->size)
                                     : as_list(sequence.get())->items.size();
    if (length != 2) {
      interpreter.set_exception(interpreter.ValueError_type, "dictionary update sequence element #" +
                                                                 std::to_string(index) + " has length " +
                                                                 std::to_string(length) + "; 2 is required");
      return false;
    }
    const Value* both = tuple ? as_tuple(sequence.get())->items() : as_list(sequence.get())->items.data();
    Ref key = Ref::borrow(both[0]), value = Ref::borrow(both[1]);
    if (!dict_set_item(interpreter, dict, key.get(), value.get())) return false;
  }
}

// dict.update(arg, **keywords) and dict(arg, **keywords): `function` names
// the call in the argument-count message.
bool update_from_arguments(Interpreter& interpreter, Value dict, const char* function, const Value* arguments,
                           std::size_t count, Value kwnames) {
  if (!check_positional(interpreter, function, count, 0, 1)) return false;
  if (count == 1 && !dict_update(interpreter, dict, arguments[0])) return false;
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k)
    if (!dict_set_item(interpreter, dict, as_tuple(kwnames)->items()[k], arguments[count + k])) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Slots.

Ref dict_repr(Interpreter& interpreter, Value self) {
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, "{...}");
  if (as_dict(self)->used == 0) return new_str(interpreter, "{}");
  active.push_back(self);
  std::string text = "{";
  bool failed = false;
  // Reprs may change the dict: walk it live, as CPython does.
  std::size_t position = 0;
  Value key_value, item_value;
  while (!failed && dict_next(self, position, key_value, item_value)) {
    Ref key = Ref::borrow(key_value), item = Ref::borrow(item_value);
    if (text.size() > 1) text += ", ";
    Ref key_repr = repr(interpreter, key.get());
    Ref item_repr = key_repr ? repr(interpreter, item.get()) : Ref();
    if (!item_repr) {
      failed = true;
      break;
    }
    text += str_utf8(key_repr.get());
    text += ": ";
    text += str_utf8(item_repr.get());
  }
  active.erase(std::find(active.begin(), active.end(), self));
  if (failed) return Ref();
  text += '}';
  return new_str(interpreter, text);
}

Ref dict_length(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(as_dict(self)->used));
}

int dict_truth(Interpreter&, Value self) { return as_dict(self)->used != 0; }

int dict_contains(Interpreter& interpreter, Value self, Value key) {
  Value ignored;
  return dict_lookup(interpreter, self, key, ignored);
}

// self[key]; a subclass's __missing__ answers for a missing key.
Ref dict_subscript(Interpreter& interpreter, Value self, Value key) {
  Value value;
  const int found = dict_lookup(interpreter, self, key, value);
  if (found < 0) return Ref();
  if (found > 0) return Ref::borrow(value);
  if (!is_exact_dict(interpreter, self)) {
    const Value missing = lookup_special(interpreter, self, interpreter.names.dunder_missing);
    if (!missing.is_null()) {
      // Bound as CPython's _PyObject_LookupSpecial binds it.
      const Type* missing_type = type_of(interpreter, missing);
      Ref method = missing_type->descriptor_get
                       ? missing_type->descriptor_get(interpreter, missing, self,
                                                      Value::object(type_of(interpreter, self)))
                       : Ref::borrow(missing);
      if (!method) return Ref();
      return call(interpreter, method.get(), &key, 1);
    }
  }
  return raise_key_error(interpreter, key);
}

int dict_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  if (!value.is_null()) return dict_set_item(interpreter, self, key, value) ? 0 : -1;
  const int removed = dict_delete_item(interpreter, self, key);
  if (removed < 0) return -1;
  if (removed == 0) {
    Ref ignored = raise_key_error(interpreter, key);
    return -1;
  }
  return 0;
}

// Equal dicts have the same keys with equal values (CPython's dict_equal).
int dict_equal(Interpreter& interpreter, Value left, Value right) {
  const DictObject* a = as_dict(left);
  if (a->used != as_dict(right)->used) return 0;
  for (std::size_t position = 0; position < a->entries.size(); ++position) {
    const DictObject::Entry entry = a->entries[position];
    if (entry.key.is_null()) continue;
    Ref key = Ref::borrow(entry.key), value = Ref::borrow(entry.value);
    Value other;
    const int found = lookup_known_hash(interpreter, as_dict(right), key.get(), entry.hash, other);
    if (found <= 0) return found;
    Ref other_held = Ref::borrow(other);
    const int same = equal(interpreter, value.get(), other);
    if (same <= 0) return same;
  }
  return 1;
}

Ref dict_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_dict(interpreter, right) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return Ref::borrow(interpreter.not_implemented());
  const int same = dict_equal(interpreter, left, right);
  if (same < 0) return Ref();
  return interpreter.new_boolean((same != 0) == (op == CompareOp::Eq));
}

// d | other: a new dict of d's items updated with other's (dicts only).
Ref dict_or(Interpreter& interpreter, Value left, Value right) {
  if (!is_dict(interpreter, left) || !is_dict(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  Ref result = dict_copy(interpreter, left);
  if (!result || !dict_update(interpreter, result.get(), right)) return Ref();
  return result;
}

// d |= other: any mapping or iterable of pairs, as d.update(other).
Ref dict_inplace_or(Interpreter& interpreter, Value self, Value other) {
  if (!dict_update(interpreter, self, other)) return Ref();
  return Ref::borrow(self);
}

Ref dict_iter(Interpreter& interpreter, Value self) {
  return new_dict_iterator(interpreter, interpreter.dict_keyiterator_type, self);
}

// dict.__new__: an empty dict (of a subclass too); dict.__init__ fills it,
// as type.__call__ runs both.
Ref dict_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return allocate_dict(interpreter, static_cast<Type*>(callee.as_object()));
}

// dict.__init__(self, mapping_or_pairs, **keywords): updates the dict.
Ref dict_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!update_from_arguments(interpreter, self, "dict", arguments, count, kwnames)) return Ref();
  return interpreter.new_none();
}

// ---------------------------------------------------------------------------
// Methods.

#define KRAIT_DICT_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

// CPython's messages: "dict.keys() takes no arguments (1 given)" for
// methods without parameters, "get expected at least 1 argument, got 0"
// for those with optional ones, and "dict.get() takes no keyword arguments".
bool arguments_failed(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames,
                      std::size_t minimum, std::size_t maximum) {
  const std::string qualified = std::string("dict.") + name;
  if (!reject_keywords(interpreter, qualified, kwnames)) return false;
  return check_positional(interpreter, minimum == maximum ? qualified : std::string(name), count, minimum, maximum);
}

inline bool check_arguments(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames,
                            std::size_t minimum, std::size_t maximum) {
  return arguments_fit(count, kwnames, minimum, maximum) ||
         arguments_failed(interpreter, name, count, kwnames, minimum, maximum);
}

KRAIT_DICT_METHOD(dict_keys_method) {
  if (!check_arguments(interpreter, "keys", count, kwnames, 0, 0)) return Ref();
  return new_dict_view(interpreter, interpreter.dict_keys_type, self);
}

KRAIT_DICT_METHOD(dict_values_method) {
  if (!check_arguments(interpreter, "values", count, kwnames, 0, 0)) return Ref();
  return new_dict_view(interpreter, interpreter.dict_values_type, self);
}

KRAIT_DICT_METHOD(dict_items_method) {
  if (!check_arguments(interpreter, "items", count, kwnames, 0, 0)) return Ref();
  return new_dict_view(interpreter, interpreter.dict_items_type, self);
}

KRAIT_DICT_METHOD(dict_get_method) {
  if (!check_arguments(interpreter, "get", count, kwnames, 1, 2)) return Ref();
  Value value;
  const int found = dict_lookup(interpreter, self, arguments[0], value);
  if (found < 0) return Ref();
  if (found > 0) return Ref::borrow(value);
  return count == 2 ? Ref::borrow(arguments[1]) : interpreter.new_none();
}

KRAIT_DICT_METHOD(dict_setdefault_method) {
  if (!check_arguments(interpreter, "setdefault", count, kwnames, 1, 2)) return Ref();
  const Value key = arguments[0];
  const Value fallback = count == 2 ? arguments[1] : interpreter.none();
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return Ref();
  Value value;
  const int found = lookup_known_hash(interpreter, as_dict(self), key, hash, value);
  if (found < 0) return Ref();
  if (found > 0) return Ref::borrow(value);
  if (!insert(interpreter, as_dict(self), key, hash, fallback)) return Ref();
  return Ref::borrow(fallback);
}

KRAIT_DICT_METHOD(dict_pop_method) {
  if (!check_arguments(interpreter, "pop", count, kwnames, 1, 2)) return Ref();
  const Value key = arguments[0];
  // An empty dict answers without hashing the key, as CPython's _PyDict_Pop.
  int found = 0;
  Ref value;
  if (as_dict(self)->used != 0) {
    const std::int64_t hash = hash_value(interpreter, key);
    if (hash == -1) return Ref();
    found = pop_known_hash(interpreter, as_dict(self), key, hash, value);
    if (found < 0) return Ref();
  }
  if (found > 0) return value;
  if (count == 2) return Ref::borrow(arguments[1]);
  return raise_key_error(interpreter, key);
}

// The last item inserted, removed (LIFO).
KRAIT_DICT_METHOD(dict_popitem_method) {
  if (!check_arguments(interpreter, "popitem", count, kwnames, 0, 0)) return Ref();
  DictObject* dict = as_dict(self);
  if (dict->used == 0) {
    Ref message = new_str(interpreter, "popitem(): dictionary is empty");
    return raise_key_error(interpreter, message.get());
  }
  const std::int64_t position = static_cast<std::int64_t>(dict->entries.size()) - 1;
  const DictObject::Entry& entry = dict->entries[position];
  const Value both[] = {entry.key, entry.value};
  Ref pair = new_tuple(interpreter, both);
  Probe probe(dict->index.size(), entry.hash);
  while (dict->index[probe.slot] != position) probe.next();
  remove_entry(interpreter, dict, probe.slot, position);
  return pair;
}

KRAIT_DICT_METHOD(dict_update_method) {
  if (!update_from_arguments(interpreter, self, "update", arguments, count, kwnames)) return Ref();
  return interpreter.new_none();
}

KRAIT_DICT_METHOD(dict_copy_method) {
  if (!check_arguments(interpreter, "copy", count, kwnames, 0, 0)) return Ref();
  return dict_copy(interpreter, self);
}

KRAIT_DICT_METHOD(dict_clear_method) {
  if (!check_arguments(interpreter, "clear", count, kwnames, 0, 0)) return Ref();
  dict_clear(interpreter, self);
  return interpreter.new_none();
}

KRAIT_DICT_METHOD(dict_contains_method) {
  if (!check_arguments(interpreter, "__contains__", count, kwnames, 1, 1)) return Ref();
  const int found = dict_contains(interpreter, self, arguments[0]);
  if (found < 0) return Ref();
  return interpreter.new_boolean(found != 0);
}

KRAIT_DICT_METHOD(dict_getitem_method) {
  if (!check_arguments(interpreter, "__getitem__", count, kwnames, 1, 1)) return Ref();
  return dict_subscript(interpreter, self, arguments[0]);
}

KRAIT_DICT_METHOD(dict_reversed_method) {
  if (!check_arguments(interpreter, "__reversed__", count, kwnames, 0, 0)) return Ref();
  return new_dict_iterator(interpreter, interpreter.dict_reversekeyiterator_type, self);
}

// dict.fromkeys(iterable, value=None): a classmethod, so the class comes
// first; cls() makes the result, filled by __setitem__ for a subclass.
KRAIT_DICT_METHOD(dict_fromkeys_method) {
  if (!check_arguments(interpreter, "fromkeys", count ? count - 1 : 0, kwnames, 1, 2)) return Ref();
  const Value cls = arguments[0];
  const Value value = count == 3 ? arguments[2] : interpreter.none();
  Ref result = call(interpreter, cls, nullptr, 0);
  if (!result) return Ref();
  Ref iterator = get_iterator(interpreter, arguments[1]);
  if (!iterator) return Ref();
  const bool exact = is_exact_dict(interpreter, result.get());
  while (Ref key = iterator_next(interpreter, iterator.get())) {
    const bool stored = exact ? dict_set_item(interpreter, result.get(), key.get(), value)
                              : set_item(interpreter, result.get(), key.get(), value);
    if (!stored) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  return result;
}

#undef KRAIT_DICT_METHOD

}  // namespace

bool is_dict(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.dict_type);
}

Ref new_dict(Interpreter& interpreter) { return allocate_dict(interpreter, interpreter.dict_type); }

Ref dict_copy(Interpreter& interpreter, Value dict) {
  Ref result = new_dict(interpreter);
  if (!merge(interpreter, result.get(), dict)) return Ref();
  return result;
}

bool dict_update(Interpreter& interpreter, Value dict, Value other) {
  if (is_exact_dict(interpreter, other)) return merge(interpreter, dict, other);
  Ref keys;
  const int has_keys = lookup_attribute(interpreter, other, interpreter.names.keys, keys);
  if (has_keys < 0) return false;
  if (has_keys > 0) return merge(interpreter, dict, other);
  return merge_pairs(interpreter, dict, other);
}

int dict_lookup(Interpreter& interpreter, Value value, Value key, Value& out) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return -1;
  return lookup_known_hash(interpreter, as_dict(value), key, hash, out);
}

bool dict_set_item(Interpreter& interpreter, Value value, Value key, Value item) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return false;
  return insert(interpreter, as_dict(value), key, hash, item);
}

int dict_delete_item(Interpreter& interpreter, Value value, Value key) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return -1;
  Ref removed;
  return pop_known_hash(interpreter, as_dict(value), key, hash, removed);
}

Value dict_get_str(Value value, Value key) {
  DictObject* dict = as_dict(value);
  if (dict->used == 0) return Value();
  std::size_t slot;
  const std::int64_t position = find_str(dict, key, slot);
  return position < 0 ? Value() : dict->entries[position].value;
}

std::int64_t dict_find_str(Value value, Value key) {
  DictObject* dict = as_dict(value);
  if (dict->used == 0) return -1;
  std::size_t slot;
  return find_str(dict, key, slot);
}

void dict_set_str(Interpreter& interpreter, Value value, Value key, Value item) {
  DictObject* dict = as_dict(value);
  reserve_one(interpreter, dict);
  std::size_t slot;
  const std::int64_t position = find_str(dict, key, slot);
  if (position >= 0)
    replace_value(interpreter, dict, dict->entries[position], item);
  else
    insert_new(interpreter, dict, slot, key, str_hash(key), item);
}

bool dict_next(Value value, std::size_t& position, Value& key, Value& item) {
  const DictObject* dict = as_dict(value);
  for (; position < dict->entries.size(); ++position) {
    const DictObject::Entry& entry = dict->entries[position];
    if (!entry.key.is_null()) {
      key = entry.key;
      item = entry.value;
      ++position;
      return true;
    }
  }
  return false;
}

void dict_clear(Interpreter& interpreter, Value value) {
  DictObject* dict = as_dict(value);
  dict->keys_version = interpreter.next_keys_version();
  release_entries(dict);
}

void init_dict_type(Interpreter& interpreter) {
  Type* type = interpreter.dict_type;
  type->deallocate = &dict_deallocate;
  type->traverse = &dict_traverse;
  type->clear = &dict_clear_references;
  type->construct = &dict_construct;
  type->initialize = &dict_initialize;
  type->repr = &dict_repr;
  type->length = &dict_length;
  type->truth = &dict_truth;
  type->contains = &dict_contains;
  type->subscript = &dict_subscript;
  type->assign_subscript = &dict_assign_subscript;
  type->compare = &dict_compare;
  type->hash = &hash_not_implemented;
  type->iter = &dict_iter;
  type->bitwise_or = &dict_or;
  type->inplace_bitwise_or = &dict_inplace_or;
  add_methods(interpreter, type,
              {{"__contains__", &dict_contains_method},
               {"__getitem__", &dict_getitem_method},
               {"__reversed__", &dict_reversed_method},
               {"keys", &dict_keys_method},
               {"items", &dict_items_method},
               {"values", &dict_values_method},
               {"get", &dict_get_method},
               {"setdefault", &dict_setdefault_method},
               {"pop", &dict_pop_method},
               {"popitem", &dict_popitem_method},
               {"update", &dict_update_method},
               {"copy", &dict_copy_method},
               {"clear", &dict_clear_method}});
  add_class_methods(interpreter, type, {{"fromkeys", &dict_fromkeys_method}});
}

}  // namespace krait::runtime
