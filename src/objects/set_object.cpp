// Objects: set, frozenset and set_iterator, after CPython 3.11's
// Objects/setobject.c: the same probing, resizing and merging, and the same
// algorithm for every operation, since each decides the order in which a
// result's items are inserted and so the order in which it iterates.
#include "objects/set_object.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/object_reduce.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

using Entry = SetObject::Entry;

// After a probe's first entry, this many neighbours are tried before the
// perturbation jumps elsewhere (cache locality).
constexpr std::size_t linear_probes = 9;
constexpr int perturb_shift = 5;
// A deleted entry keeps hash -1 (never a key's hash) so that probes pass it.
constexpr std::int64_t dummy_hash = -1;

bool is_unused(const Entry& entry) { return entry.hash == 0 && entry.key.is_null(); }

bool is_exact_str(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.str_type;
}

// set or a subclass (CPython's PySet_Check): not frozenset.
bool is_mutable_set(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.set_type);
}

bool is_frozen(const Interpreter& interpreter, Value value) {
  return is_subtype(value.as_object()->type, interpreter.frozenset_type);
}

// set or frozenset exactly (PyAnySet_CheckExact).
bool is_exact_any_set(const Interpreter& interpreter, Value value) {
  return value.is_object() &&
         (value.as_object()->type == interpreter.set_type || value.as_object()->type == interpreter.frozenset_type);
}

std::size_t size_of(Value set) { return as_set(set)->used; }

// ---------------------------------------------------------------------------
// The table (CPython's set_lookkey, set_add_entry, set_insert_clean,
// set_table_resize, set_discard_entry).

// The entry holding `key`, or the unused entry that ended the probe; null
// when a comparison raised. An __eq__ that changes the set restarts it.
Entry* lookup(Interpreter& interpreter, SetObject* set, Value key, std::int64_t hash) {
  std::size_t mask = set->mask;
  std::size_t perturb = static_cast<std::size_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  for (;;) {
    Entry* entry = &set->table[i];
    std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
    do {
      if (is_unused(*entry)) return entry;
      if (entry->hash == hash) {
        const Value start = entry->key;
        if (start == key) return entry;
        if (is_exact_str(interpreter, start) && is_exact_str(interpreter, key) && str_equal(start, key)) return entry;
        const Entry* table = set->table;
        Ref held = Ref::borrow(start);
        const int same = equal(interpreter, start, key);
        if (same < 0) return nullptr;
        if (table != set->table || entry->key != start) return lookup(interpreter, set, key, hash);
        if (same > 0) return entry;
        mask = set->mask;
      }
      ++entry;
    } while (probes--);
    perturb >>= perturb_shift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Stores a key known to be absent into a table without deleted entries.
void insert_clean(Entry* table, std::size_t mask, Value key, std::int64_t hash) {
  std::size_t perturb = static_cast<std::size_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  for (;;) {
    Entry* entry = &table[i];
    std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
    do {
      if (entry->key.is_null()) {
        entry->key = key;
        entry->hash = hash;
        return;
      }
      ++entry;
    } while (probes--);
    perturb >>= perturb_shift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Tables of the size a set first grows to (32 entries, on its fifth key)
// are recycled through the interpreter: sets built and dropped in a loop
// then call no allocator.
constexpr std::size_t recycled_table_size = SetObject::minimum_size * 4;
constexpr std::size_t max_recycled_tables = 64;

SetObject::Entry* new_table(Interpreter& interpreter, std::size_t size) {
  std::vector<void*>& recycled = interpreter.free_set_tables;
  if (size == recycled_table_size && !recycled.empty()) {
    auto* table = static_cast<SetObject::Entry*>(recycled.back());
    recycled.pop_back();
    std::fill(table, table + size, SetObject::Entry{});
    return table;
  }
  return new SetObject::Entry[size];
}

void delete_table(Interpreter& interpreter, SetObject::Entry* table, std::size_t size) {
  std::vector<void*>& recycled = interpreter.free_set_tables;
  if (size == recycled_table_size && recycled.size() < max_recycled_tables) {
    recycled.push_back(table);
    return;
  }
  delete[] table;
}

void reset_small_table(SetObject* set) { std::fill(std::begin(set->small), std::end(set->small), Entry{}); }

// Rebuilds the table at the smallest power of two above `minimum_used`,
// dropping deleted entries. A small table without deleted entries that
// would stay small is left as it is, as CPython does.
void resize(SetObject* set, std::size_t minimum_used) {
  std::size_t size = SetObject::minimum_size;
  while (size <= minimum_used) size <<= 1;
  Entry* old_table = set->table;
  const std::size_t old_size = set->mask + 1;
  const bool old_is_allocated = old_table != set->small;
  Entry small_copy[SetObject::minimum_size];
  Entry* table;
  if (size == SetObject::minimum_size) {
    table = set->small;
    if (table == old_table) {
      if (set->fill == set->used) return;
      std::copy(std::begin(set->small), std::end(set->small), small_copy);
      old_table = small_copy;
    }
    reset_small_table(set);
  } else {
    table = new_table(*set->type->interpreter, size);
  }
  set->table = table;
  set->mask = size - 1;
  set->fill = set->used;
  for (std::size_t i = 0; i < old_size; ++i)
    if (!old_table[i].key.is_null()) insert_clean(table, set->mask, old_table[i].key, old_table[i].hash);
  if (old_is_allocated) delete_table(*set->type->interpreter, old_table, old_size);
}

void grow_after_insert(SetObject* set) {
  if (set->fill * 5 < set->mask * 3) return;
  resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

// Adds `key` unless an equal key is present. False when a comparison raised.
bool add_entry(Interpreter& interpreter, SetObject* set, Value key, std::int64_t hash) {
  // Held across comparisons, which may run code that drops other references.
  Ref held = Ref::borrow(key);
restart:
  std::size_t mask = set->mask;
  std::size_t perturb = static_cast<std::size_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  Entry* free_slot = nullptr;
  Entry* entry = nullptr;
  for (;;) {
    entry = &set->table[i];
    std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
    do {
      if (is_unused(*entry)) goto found_unused_or_deleted;
      if (entry->hash == hash) {
        const Value start = entry->key;
        if (start == key) return true;
        if (is_exact_str(interpreter, start) && is_exact_str(interpreter, key) && str_equal(start, key)) return true;
        const Entry* table = set->table;
        Ref start_held = Ref::borrow(start);
        const int same = equal(interpreter, start, key);
        if (same > 0) return true;
        if (same < 0) return false;
        if (table != set->table || entry->key != start) goto restart;
        mask = set->mask;
      } else if (entry->hash == dummy_hash) {
        free_slot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= perturb_shift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_deleted:
  ++set->used;
  if (free_slot) {
    free_slot->key = held.release();
    free_slot->hash = hash;
    return true;
  }
  ++set->fill;
  entry->key = held.release();
  entry->hash = hash;
  grow_after_insert(set);
  return true;
}

bool add_key(Interpreter& interpreter, SetObject* set, Value key) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return false;
  return add_entry(interpreter, set, key, hash);
}

int contains_entry(Interpreter& interpreter, SetObject* set, Value key, std::int64_t hash) {
  const Entry* entry = lookup(interpreter, set, key, hash);
  if (!entry) return -1;
  return entry->key.is_null() ? 0 : 1;
}

int contains_key(Interpreter& interpreter, SetObject* set, Value key) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return -1;
  return contains_entry(interpreter, set, key, hash);
}

// 1 removed, 0 missing, -1 error.
int discard_entry(Interpreter& interpreter, SetObject* set, Value key, std::int64_t hash) {
  Entry* entry = lookup(interpreter, set, key, hash);
  if (!entry) return -1;
  if (entry->key.is_null()) return 0;
  const Value old = entry->key;
  entry->key = Value();
  entry->hash = dummy_hash;
  --set->used;
  decref(old);
  return 1;
}

int discard_key(Interpreter& interpreter, SetObject* set, Value key) {
  const std::int64_t hash = hash_value(interpreter, key);
  if (hash == -1) return -1;
  return discard_entry(interpreter, set, key, hash);
}

void empty_to_minimum_size(SetObject* set) {
  reset_small_table(set);
  set->fill = 0;
  set->used = 0;
  set->mask = SetObject::minimum_size - 1;
  set->table = set->small;
  set->hash = -1;
}

// Empties the set before releasing its keys, since a key's deallocation
// may run code that looks at the set.
void clear_internal(SetObject* set) {
  Entry* table = set->table;
  const std::size_t size = set->mask + 1;
  const bool is_allocated = table != set->small;
  Entry small_copy[SetObject::minimum_size];
  if (is_allocated) {
    empty_to_minimum_size(set);
  } else if (set->fill > 0) {
    std::copy(std::begin(set->small), std::end(set->small), small_copy);
    table = small_copy;
    empty_to_minimum_size(set);
  } else {
    return;
  }
  for (std::size_t i = 0; i < size; ++i) decref(table[i].key);
  if (is_allocated) delete_table(*set->type->interpreter, table, size);
}

// The next active entry at or after `position` (CPython's set_next).
bool next_entry(const SetObject* set, std::size_t& position, const Entry*& out) {
  std::size_t i = position;
  while (i <= set->mask && set->table[i].key.is_null()) ++i;
  position = i + 1;
  if (i > set->mask) return false;
  out = &set->table[i];
  return true;
}

// Exchanges the contents of two sets (CPython's set_swap_bodies).
void swap_bodies(Interpreter& interpreter, SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  const bool a_small = a->table == a->small;
  const bool b_small = b->table == b->small;
  std::swap(a->table, b->table);
  std::swap_ranges(std::begin(a->small), std::end(a->small), std::begin(b->small));
  if (b_small) a->table = a->small;
  if (a_small) b->table = b->small;
  if (is_frozen(interpreter, Value::object(a)) && is_frozen(interpreter, Value::object(b))) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

// ---------------------------------------------------------------------------
// Bulk operations.

// Adds every key of another set (CPython's set_merge): into an empty set of
// the same size the table is copied as it is.
bool merge(Interpreter& interpreter, SetObject* set, SetObject* other) {
  if (other == set || other->used == 0) return true;
  Ref other_held = Ref::borrow(Value::object(other));
  if ((set->fill + other->used) * 5 >= set->mask * 3) resize(set, (set->used + other->used) * 2);
  if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
    for (std::size_t i = 0; i <= other->mask; ++i) {
      const Entry& source = other->table[i];
      if (source.key.is_null()) continue;
      incref(source.key);
      set->table[i] = source;
    }
    set->fill = other->fill;
    set->used = other->used;
    return true;
  }
  if (set->fill == 0) {
    set->fill = other->used;
    set->used = other->used;
    for (std::size_t i = 0; i <= other->mask; ++i) {
      const Entry& source = other->table[i];
      if (source.key.is_null()) continue;
      incref(source.key);
      insert_clean(set->table, set->mask, source.key, source.hash);
    }
    return true;
  }
  // Comparisons may change `other`: reread it at every step.
  for (std::size_t i = 0; i <= other->mask; ++i) {
    const Entry source = other->table[i];
    if (!source.key.is_null() && !add_entry(interpreter, set, source.key, source.hash)) return false;
  }
  return true;
}

bool is_exact_dict(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.dict_type;
}

// set.update(iterable) (CPython's set_update_internal): sets merge, dicts
// give their keys with their stored hashes, anything else is iterated.
bool update_internal(Interpreter& interpreter, SetObject* set, Value other) {
  if (is_any_set(interpreter, other)) return merge(interpreter, set, as_set(other));
  if (is_exact_dict(interpreter, other)) {
    Ref other_held = Ref::borrow(other);
    const DictObject* dict = as_dict(other);
    if ((set->fill + dict->used) * 5 >= set->mask * 3) resize(set, (set->used + dict->used) * 2);
    for (std::size_t position = 0; position < dict->entries.size(); ++position) {
      const DictObject::Entry entry = dict->entries[position];
      if (!entry.key.is_null() && !add_entry(interpreter, set, entry.key, entry.hash)) return false;
    }
    return true;
  }
  // Keys taken quietly must hash and compare without Python code, with the
  // keys already there too: so only while the set holds such keys alone.
  struct Adder final : ItemSink {
    SetObject* set;
    bool native_keys;
    explicit Adder(SetObject* target) : set(target), native_keys(target->used == 0) {}
    bool take(Interpreter& interpreter, Value key) override {
      native_keys = native_keys && has_native_equality(interpreter, key);
      return add_key(interpreter, set, key);
    }
    bool take_quietly(Interpreter& interpreter, Value key) override {
      return native_keys && has_native_equality(interpreter, key) && add_key(interpreter, set, key);
    }
  } adder(set);
  return for_each_item(interpreter, other, adder);
}

SetObject* allocate_set(Interpreter& interpreter, Type* type) { return gc_new<SetObject>(interpreter, type); }

// A set of `type` holding an iterable's items (none when null).
Ref make_set(Interpreter& interpreter, Type* type, Value iterable) {
  SetObject* set = allocate_set(interpreter, type);
  Ref result = Ref::steal(Value::object(set));
  if (!iterable.is_null() && !update_internal(interpreter, set, iterable)) return Ref();
  return result;
}

// A result of the built-in type below a subclass (set or frozenset).
Ref make_set_of_base_type(Interpreter& interpreter, Value self, Value iterable) {
  return make_set(interpreter, is_frozen(interpreter, self) ? interpreter.frozenset_type : interpreter.set_type,
                  iterable);
}

Ref copy_set(Interpreter& interpreter, Value self) { return make_set_of_base_type(interpreter, self, self); }

Ref intersection(Interpreter& interpreter, Value self, Value other) {
  if (self == other) return copy_set(interpreter, self);
  Ref result = make_set_of_base_type(interpreter, self, Value());
  SetObject* out = as_set(result.get());
  if (is_any_set(interpreter, other)) {
    // Walk the smaller set, look up in the larger.
    Value small = other, large = self;
    if (size_of(other) > size_of(self)) std::swap(small, large);
    std::size_t position = 0;
    const Entry* entry = nullptr;
    while (next_entry(as_set(small), position, entry)) {
      const std::int64_t hash = entry->hash;
      Ref key = Ref::borrow(entry->key);
      const int found = contains_entry(interpreter, as_set(large), key.get(), hash);
      if (found < 0) return Ref();
      if (found && !add_entry(interpreter, out, key.get(), hash)) return Ref();
    }
    return result;
  }
  Ref iterator = get_iterator(interpreter, other);
  if (!iterator) return Ref();
  while (Ref key = iterator_next(interpreter, iterator.get())) {
    const std::int64_t hash = hash_value(interpreter, key.get());
    if (hash == -1) return Ref();
    const int found = contains_entry(interpreter, as_set(self), key.get(), hash);
    if (found < 0) return Ref();
    if (found) {
      if (!add_entry(interpreter, out, key.get(), hash)) return Ref();
      if (out->used >= size_of(self)) break;
    }
  }
  if (interpreter.has_exception()) return Ref();
  return result;
}

bool difference_update_internal(Interpreter& interpreter, SetObject* set, Value other) {
  const Value self = Value::object(set);
  if (self == other) {
    clear_internal(set);
    return true;
  }
  if (is_any_set(interpreter, other)) {
    // Against a set more than 8 times larger, only the common keys matter.
    Ref others = (size_of(other) >> 3) > set->used ? intersection(interpreter, self, other) : Ref::borrow(other);
    if (!others) return false;
    std::size_t position = 0;
    const Entry* entry = nullptr;
    while (next_entry(as_set(others.get()), position, entry)) {
      const std::int64_t hash = entry->hash;
      Ref key = Ref::borrow(entry->key);
      if (discard_entry(interpreter, set, key.get(), hash) < 0) return false;
    }
  } else {
    Ref iterator = get_iterator(interpreter, other);
    if (!iterator) return false;
    while (Ref key = iterator_next(interpreter, iterator.get()))
      if (discard_key(interpreter, set, key.get()) < 0) return false;
    if (interpreter.has_exception()) return false;
  }
  // More than a quarter of the table deleted: rebuild without them.
  if (set->fill - set->used <= set->mask / 4) return true;
  resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
  return true;
}

Ref copy_and_difference(Interpreter& interpreter, Value self, Value other) {
  Ref result = copy_set(interpreter, self);
  if (!result || !difference_update_internal(interpreter, as_set(result.get()), other)) return Ref();
  return result;
}

Ref difference(Interpreter& interpreter, Value self, Value other) {
  std::size_t other_size = 0;
  const bool other_is_dict = is_exact_dict(interpreter, other);
  if (is_any_set(interpreter, other))
    other_size = size_of(other);
  else if (other_is_dict)
    other_size = as_dict(other)->used;
  else
    return copy_and_difference(interpreter, self, other);
  // Much larger than `other`: copying and removing is cheaper.
  if ((size_of(self) >> 2) > other_size) return copy_and_difference(interpreter, self, other);
  Ref result = make_set_of_base_type(interpreter, self, Value());
  std::size_t position = 0;
  const Entry* entry = nullptr;
  while (next_entry(as_set(self), position, entry)) {
    const std::int64_t hash = entry->hash;
    Ref key = Ref::borrow(entry->key);
    Value found_value;
    const int found = other_is_dict ? dict_lookup(interpreter, other, key.get(), found_value)
                                    : contains_entry(interpreter, as_set(other), key.get(), hash);
    if (found < 0) return Ref();
    if (!found && !add_entry(interpreter, as_set(result.get()), key.get(), hash)) return Ref();
  }
  return result;
}

// Each key of `keys` (with its hash) is removed when present, else added.
bool toggle(Interpreter& interpreter, SetObject* set, Value key, std::int64_t hash) {
  const int removed = discard_entry(interpreter, set, key, hash);
  if (removed < 0) return false;
  return removed == 1 || add_entry(interpreter, set, key, hash);
}

bool symmetric_difference_update(Interpreter& interpreter, SetObject* set, Value other) {
  if (Value::object(set) == other) {
    clear_internal(set);
    return true;
  }
  if (is_exact_dict(interpreter, other)) {
    Ref other_held = Ref::borrow(other);
    const DictObject* dict = as_dict(other);
    for (std::size_t position = 0; position < dict->entries.size(); ++position) {
      const DictObject::Entry entry = dict->entries[position];
      if (entry.key.is_null()) continue;
      Ref key = Ref::borrow(entry.key);
      if (!toggle(interpreter, set, key.get(), entry.hash)) return false;
    }
    return true;
  }
  Ref others = is_any_set(interpreter, other) ? Ref::borrow(other)
                                              : make_set_of_base_type(interpreter, Value::object(set), other);
  if (!others) return false;
  std::size_t position = 0;
  const Entry* entry = nullptr;
  while (next_entry(as_set(others.get()), position, entry)) {
    const std::int64_t hash = entry->hash;
    Ref key = Ref::borrow(entry->key);
    if (!toggle(interpreter, set, key.get(), hash)) return false;
  }
  return true;
}

Ref symmetric_difference(Interpreter& interpreter, Value self, Value other) {
  Ref result = make_set_of_base_type(interpreter, self, other);
  if (!result || !symmetric_difference_update(interpreter, as_set(result.get()), self)) return Ref();
  return result;
}

// 1 when every key of `self` is in `other`, 0 when not, -1 on error.
int is_subset(Interpreter& interpreter, Value self, Value other) {
  if (!is_any_set(interpreter, other)) {
    Ref others = make_set(interpreter, interpreter.set_type, other);
    if (!others) return -1;
    return is_subset(interpreter, self, others.get());
  }
  if (size_of(self) > size_of(other)) return 0;
  std::size_t position = 0;
  const Entry* entry = nullptr;
  while (next_entry(as_set(self), position, entry)) {
    Ref key = Ref::borrow(entry->key);
    const int found = contains_entry(interpreter, as_set(other), key.get(), entry->hash);
    if (found <= 0) return found;
  }
  return 1;
}

int is_superset(Interpreter& interpreter, Value self, Value other) {
  if (is_any_set(interpreter, other)) return is_subset(interpreter, other, self);
  Ref iterator = get_iterator(interpreter, other);
  if (!iterator) return -1;
  while (Ref key = iterator_next(interpreter, iterator.get())) {
    const int found = contains_key(interpreter, as_set(self), key.get());
    if (found <= 0) return found;
  }
  return interpreter.has_exception() ? -1 : 1;
}

Ref boolean_result(Interpreter& interpreter, int result) {
  if (result < 0) return Ref();
  return interpreter.new_boolean(result != 0);
}

// A set argument that is itself a set (unhashable) is looked up as a
// frozenset of its items, as CPython does for `in`, remove and discard.
template <typename Operation>
int with_frozen_key(Interpreter& interpreter, Value key, Operation&& operation) {
  const int result = operation(key);
  if (result >= 0 || !is_mutable_set(interpreter, key) ||
      !interpreter.exception_is(interpreter.TypeError_type))
    return result;
  Ref discarded = interpreter.take_exception();
  Ref frozen = make_set(interpreter, interpreter.frozenset_type, key);
  if (!frozen) return -1;
  return operation(frozen.get());
}

// ---------------------------------------------------------------------------
// Argument checking: messages name the method as "set.add" or
// "frozenset.union" by the instance's built-in type.

std::string method_name(const Interpreter& interpreter, Value self, const char* name) {
  return std::string(is_frozen(interpreter, self) ? "frozenset." : "set.") + name;
}

bool arguments_failed(Interpreter& interpreter, Value self, const char* name, std::size_t count, Value kwnames,
                      std::size_t minimum, std::size_t maximum) {
  const std::string function = method_name(interpreter, self, name);
  return reject_keywords(interpreter, function, kwnames) &&
         check_positional(interpreter, function, count, minimum, maximum);
}

inline bool check_arguments(Interpreter& interpreter, Value self, const char* name, std::size_t count, Value kwnames,
                            std::size_t minimum, std::size_t maximum) {
  return arguments_fit(count, kwnames, minimum, maximum) ||
         arguments_failed(interpreter, self, name, count, kwnames, minimum, maximum);
}

// ---------------------------------------------------------------------------
// Methods.

#define KRAIT_SET_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

KRAIT_SET_METHOD(set_add_method) {
  if (!check_arguments(interpreter, self, "add", count, kwnames, 1, 1)) return Ref();
  if (!add_key(interpreter, as_set(self), arguments[0])) return Ref();
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_clear_method) {
  if (!check_arguments(interpreter, self, "clear", count, kwnames, 0, 0)) return Ref();
  clear_internal(as_set(self));
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_copy_method) {
  if (!check_arguments(interpreter, self, "copy", count, kwnames, 0, 0)) return Ref();
  return copy_set(interpreter, self);
}

KRAIT_SET_METHOD(frozenset_copy_method) {
  if (!check_arguments(interpreter, self, "copy", count, kwnames, 0, 0)) return Ref();
  if (self.as_object()->type == interpreter.frozenset_type) return Ref::borrow(self);
  return copy_set(interpreter, self);
}

// __reduce__(): (type(self), (list(self),), state) (CPython's set_reduce).
KRAIT_SET_METHOD(set_reduce_method) {
  if (!check_arguments(interpreter, self, "__reduce__", count, kwnames, 0, 0)) return Ref();
  std::vector<Value> items;
  std::size_t position = 0;
  Value item;
  while (set_next(self, position, item)) items.push_back(item);
  Ref list = new_list(interpreter, items);
  Ref state = object_state(interpreter, self);
  if (!state) return Ref();
  const Value argument = list.get();
  return reduce_value(interpreter, Value::object(self.as_object()->type), {&argument, 1}, state.get());
}

KRAIT_SET_METHOD(set_discard_method) {
  if (!check_arguments(interpreter, self, "discard", count, kwnames, 1, 1)) return Ref();
  const int result = with_frozen_key(interpreter, arguments[0],
                                     [&](Value key) { return discard_key(interpreter, as_set(self), key); });
  if (result < 0) return Ref();
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_remove_method) {
  if (!check_arguments(interpreter, self, "remove", count, kwnames, 1, 1)) return Ref();
  const int result = with_frozen_key(interpreter, arguments[0],
                                     [&](Value key) { return discard_key(interpreter, as_set(self), key); });
  if (result < 0) return Ref();
  if (result == 0) return raise_key_error(interpreter, arguments[0]);
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_pop_method) {
  if (!check_arguments(interpreter, self, "pop", count, kwnames, 0, 0)) return Ref();
  SetObject* set = as_set(self);
  if (set->used == 0) {
    Ref message = new_str(interpreter, "pop from an empty set");
    return raise_key_error(interpreter, message.get());
  }
  // Resume where the last pop stopped, so repeated pops stay linear.
  Entry* entry = set->table + (set->finger & set->mask);
  Entry* const limit = set->table + set->mask;
  while (entry->key.is_null()) {
    ++entry;
    if (entry > limit) entry = set->table;
  }
  Ref key = Ref::steal(entry->key);
  entry->key = Value();
  entry->hash = dummy_hash;
  --set->used;
  set->finger = static_cast<std::size_t>(entry - set->table) + 1;
  return key;
}

KRAIT_SET_METHOD(set_update_method) {
  if (!check_arguments(interpreter, self, "update", count, kwnames, 0, SIZE_MAX)) return Ref();
  for (std::size_t i = 0; i < count; ++i)
    if (!update_internal(interpreter, as_set(self), arguments[i])) return Ref();
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_union_method) {
  if (!check_arguments(interpreter, self, "union", count, kwnames, 0, SIZE_MAX)) return Ref();
  Ref result = copy_set(interpreter, self);
  for (std::size_t i = 0; result && i < count; ++i)
    if (arguments[i] != self && !update_internal(interpreter, as_set(result.get()), arguments[i])) return Ref();
  return result;
}

Ref intersection_of_all(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count) {
  if (count == 0) return copy_set(interpreter, self);
  Ref result = Ref::borrow(self);
  for (std::size_t i = 0; i < count; ++i) {
    result = intersection(interpreter, result.get(), arguments[i]);
    if (!result) return Ref();
  }
  return result;
}

KRAIT_SET_METHOD(set_intersection_method) {
  if (!check_arguments(interpreter, self, "intersection", count, kwnames, 0, SIZE_MAX)) return Ref();
  return intersection_of_all(interpreter, self, arguments, count);
}

KRAIT_SET_METHOD(set_intersection_update_method) {
  if (!check_arguments(interpreter, self, "intersection_update", count, kwnames, 0, SIZE_MAX)) return Ref();
  Ref result = intersection_of_all(interpreter, self, arguments, count);
  if (!result) return Ref();
  swap_bodies(interpreter, as_set(self), as_set(result.get()));
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_difference_method) {
  if (!check_arguments(interpreter, self, "difference", count, kwnames, 0, SIZE_MAX)) return Ref();
  if (count == 0) return copy_set(interpreter, self);
  Ref result = difference(interpreter, self, arguments[0]);
  for (std::size_t i = 1; result && i < count; ++i)
    if (!difference_update_internal(interpreter, as_set(result.get()), arguments[i])) return Ref();
  return result;
}

KRAIT_SET_METHOD(set_difference_update_method) {
  if (!check_arguments(interpreter, self, "difference_update", count, kwnames, 0, SIZE_MAX)) return Ref();
  for (std::size_t i = 0; i < count; ++i)
    if (!difference_update_internal(interpreter, as_set(self), arguments[i])) return Ref();
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_symmetric_difference_method) {
  if (!check_arguments(interpreter, self, "symmetric_difference", count, kwnames, 1, 1)) return Ref();
  return symmetric_difference(interpreter, self, arguments[0]);
}

KRAIT_SET_METHOD(set_symmetric_difference_update_method) {
  if (!check_arguments(interpreter, self, "symmetric_difference_update", count, kwnames, 1, 1)) return Ref();
  if (!symmetric_difference_update(interpreter, as_set(self), arguments[0])) return Ref();
  return interpreter.new_none();
}

KRAIT_SET_METHOD(set_issubset_method) {
  if (!check_arguments(interpreter, self, "issubset", count, kwnames, 1, 1)) return Ref();
  return boolean_result(interpreter, is_subset(interpreter, self, arguments[0]));
}

KRAIT_SET_METHOD(set_issuperset_method) {
  if (!check_arguments(interpreter, self, "issuperset", count, kwnames, 1, 1)) return Ref();
  return boolean_result(interpreter, is_superset(interpreter, self, arguments[0]));
}

KRAIT_SET_METHOD(set_isdisjoint_method) {
  if (!check_arguments(interpreter, self, "isdisjoint", count, kwnames, 1, 1)) return Ref();
  const Value other = arguments[0];
  if (self == other) return interpreter.new_boolean(size_of(self) == 0);
  if (is_exact_any_set(interpreter, other)) {
    Value small = other, large = self;
    if (size_of(other) > size_of(self)) std::swap(small, large);
    std::size_t position = 0;
    const Entry* entry = nullptr;
    while (next_entry(as_set(small), position, entry)) {
      Ref key = Ref::borrow(entry->key);
      const int found = contains_entry(interpreter, as_set(large), key.get(), entry->hash);
      if (found != 0) return boolean_result(interpreter, found < 0 ? -1 : 0);
    }
    return interpreter.new_boolean(true);
  }
  Ref iterator = get_iterator(interpreter, other);
  if (!iterator) return Ref();
  while (Ref key = iterator_next(interpreter, iterator.get())) {
    const int found = contains_key(interpreter, as_set(self), key.get());
    if (found != 0) return boolean_result(interpreter, found < 0 ? -1 : 0);
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_boolean(true);
}

#undef KRAIT_SET_METHOD

// ---------------------------------------------------------------------------
// Slots.

Ref set_repr(Interpreter& interpreter, Value self) {
  const std::string name = type_of(interpreter, self)->name;
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, name + "(...)");
  if (size_of(self) == 0) return new_str(interpreter, name + "()");
  // The keys are held while their reprs run, which may change the set.
  std::vector<Ref> keys;
  std::size_t position = 0;
  const Entry* entry = nullptr;
  while (next_entry(as_set(self), position, entry)) keys.push_back(Ref::borrow(entry->key));
  active.push_back(self);
  std::string text = "{";
  bool failed = false;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    Ref key_repr = repr(interpreter, keys[i].get());
    if (!key_repr) {
      failed = true;
      break;
    }
    if (i > 0) text += ", ";
    text += str_utf8(key_repr.get());
  }
  active.erase(std::find(active.begin(), active.end(), self));
  if (failed) return Ref();
  text += '}';
  if (self.as_object()->type != interpreter.set_type) text = name + "(" + text + ")";
  return new_str(interpreter, text);
}

Ref set_length(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(size_of(self)));
}

int set_truth(Interpreter&, Value self) { return size_of(self) != 0; }

int set_contains_slot(Interpreter& interpreter, Value self, Value item) {
  return with_frozen_key(interpreter, item, [&](Value key) { return contains_key(interpreter, as_set(self), key); });
}

std::uint64_t shuffle_bits(std::uint64_t hash) { return ((hash ^ 89869747UL) ^ (hash << 16)) * 3644798167UL; }

// CPython's frozenset_hash: independent of order, so equal frozensets built
// differently hash alike.
std::int64_t frozenset_hash(Interpreter&, Value self) {
  SetObject* set = as_set(self);
  if (set->hash != -1) return set->hash;
  std::uint64_t hash = 0;
  for (std::size_t i = 0; i <= set->mask; ++i)
    if (!set->table[i].key.is_null()) hash ^= shuffle_bits(static_cast<std::uint64_t>(set->table[i].hash));
  hash ^= (static_cast<std::uint64_t>(set->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == static_cast<std::uint64_t>(-1)) hash = 590923713UL;
  set->hash = static_cast<std::int64_t>(hash);
  return set->hash;
}

Ref set_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if (!is_any_set(interpreter, other)) return Ref::borrow(interpreter.not_implemented());
  const std::size_t left = size_of(self), right = size_of(other);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      int same = 0;
      if (left == right) {
        const std::int64_t a = as_set(self)->hash, b = as_set(other)->hash;
        same = a != -1 && b != -1 && a != b ? 0 : is_subset(interpreter, self, other);
      }
      if (same < 0) return Ref();
      return interpreter.new_boolean((same != 0) == (op == CompareOp::Eq));
    }
    case CompareOp::Le: return boolean_result(interpreter, is_subset(interpreter, self, other));
    case CompareOp::Ge: return boolean_result(interpreter, is_superset(interpreter, self, other));
    case CompareOp::Lt:
      if (left >= right) return interpreter.new_boolean(false);
      return boolean_result(interpreter, is_subset(interpreter, self, other));
    case CompareOp::Gt:
      if (left <= right) return interpreter.new_boolean(false);
      return boolean_result(interpreter, is_superset(interpreter, self, other));
  }
  return Ref::borrow(interpreter.not_implemented());
}

// The binary operators take sets only: `{1} | [2]` is a TypeError.
template <Ref (*operation)(Interpreter&, Value, Value)>
Ref set_binary(Interpreter& interpreter, Value left, Value right) {
  if (!is_any_set(interpreter, left) || !is_any_set(interpreter, right))
    return Ref::borrow(interpreter.not_implemented());
  return operation(interpreter, left, right);
}

Ref union_of(Interpreter& interpreter, Value left, Value right) {
  Ref result = copy_set(interpreter, left);
  if (!result || left == right) return result;
  if (!update_internal(interpreter, as_set(result.get()), right)) return Ref();
  return result;
}

// The in-place operators update a set (never a frozenset, which has none).
template <bool (*operation)(Interpreter&, SetObject*, Value)>
Ref set_inplace(Interpreter& interpreter, Value self, Value other) {
  if (!is_any_set(interpreter, other)) return Ref::borrow(interpreter.not_implemented());
  if (!operation(interpreter, as_set(self), other)) return Ref();
  return Ref::borrow(self);
}

bool intersection_update(Interpreter& interpreter, SetObject* set, Value other) {
  Ref result = intersection(interpreter, Value::object(set), other);
  if (!result) return false;
  swap_bodies(interpreter, set, as_set(result.get()));
  return true;
}

Ref set_iter(Interpreter& interpreter, Value self);

// set.__new__: an empty set (of a subclass too); set.__init__ fills it, as
// type.__call__ runs both.
Ref set_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return make_set(interpreter, static_cast<Type*>(callee.as_object()), Value());
}

// set.__init__(self, iterable=()): refills the set.
Ref set_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "set", kwnames) ||
      !check_positional(interpreter, type_of(interpreter, self)->name, count, 0, 1))
    return Ref();
  SetObject* set = as_set(self);
  if (set->fill) clear_internal(set);
  set->hash = -1;
  if (count && !update_internal(interpreter, set, arguments[0])) return Ref();
  return interpreter.new_none();
}

// frozenset(iterable): frozensets are filled when created, subclasses too.
Ref frozenset_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                        Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  const bool exact = type == interpreter.frozenset_type;
  if ((exact || type->initialize == interpreter.frozenset_type->initialize) &&
      !reject_keywords(interpreter, "frozenset", kwnames))
    return Ref();
  if (!check_positional(interpreter, type->name, count, 0, 1)) return Ref();
  const Value iterable = count ? arguments[0] : Value();
  // frozenset(f) of a frozenset is f itself.
  if (exact && !iterable.is_null() && iterable.is_object() && iterable.as_object()->type == type)
    return Ref::borrow(iterable);
  return make_set(interpreter, type, iterable);
}

void set_deallocate(Interpreter& interpreter, Object* object) {
  auto* set = static_cast<SetObject*>(object);
  clear_internal(set);
  gc_delete(interpreter, set);
}

void set_traverse(Object* object, const Visitor& visit) {
  const SetObject* set = static_cast<SetObject*>(object);
  for (std::size_t i = 0; i <= set->mask; ++i) visit(set->table[i].key);
}

void set_clear_references(Interpreter&, Object* object) { clear_internal(static_cast<SetObject*>(object)); }

// ---------------------------------------------------------------------------
// set_iterator: a position in the table; the set changing size is an error.

struct SetIterator : Object {
  Ref set;  // null once exhausted
  std::size_t used = 0;  // the set's size when iteration began
  std::size_t position = 0;
  std::size_t remaining = 0;  // items still to come, while the size holds
};

constexpr std::size_t changed_size = SIZE_MAX;  // sticky, as CPython's si_used = -1

Ref set_iter(Interpreter& interpreter, Value self) {
  auto* iterator = gc_new<SetIterator>(interpreter, interpreter.set_iterator_type);
  iterator->set = Ref::borrow(self);
  iterator->used = iterator->remaining = size_of(self);
  return Ref::steal(Value::object(iterator));
}

Ref set_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<SetIterator*>(self.as_object());
  if (!iterator->set) return Ref();
  const SetObject* set = as_set(iterator->set.get());
  if (iterator->used != set->used) {
    iterator->used = changed_size;
    return interpreter.raise(interpreter.RuntimeError_type, "Set changed size during iteration");
  }
  const Entry* entry = nullptr;
  if (!next_entry(set, iterator->position, entry)) {
    iterator->set = Ref();
    return Ref();
  }
  --iterator->remaining;
  return Ref::borrow(entry->key);
}

// __length_hint__(): the items left, 0 once the set changed size.
Ref set_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "set_iterator.__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<SetIterator*>(self.as_object());
  const bool valid = iterator->set && iterator->used == as_set(iterator->set.get())->used;
  return new_int(interpreter, valid ? static_cast<std::int64_t>(iterator->remaining) : 0);
}

Ref self_iter(Interpreter&, Value self) { return Ref::borrow(self); }

void set_iterator_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<SetIterator*>(object));
}

// __reduce__(): (iter, (list of the items left,)), from a copy.
Ref set_iterator_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<SetIterator*>(self.as_object());
  auto* copy = gc_new<SetIterator>(interpreter, interpreter.set_iterator_type);
  Ref held = Ref::steal(Value::object(copy));
  if (iterator->set) copy->set = Ref::borrow(iterator->set.get());
  copy->used = iterator->used;
  copy->position = iterator->position;
  copy->remaining = iterator->remaining;
  return reduce_remaining(interpreter, held.get());
}

void set_iterator_traverse(Object* object, const Visitor& visit) { visit(static_cast<SetIterator*>(object)->set); }
void set_iterator_clear(Interpreter&, Object* object) { static_cast<SetIterator*>(object)->set = Ref(); }

}  // namespace

bool is_any_set(const Interpreter& interpreter, Value value) {
  if (!value.is_object()) return false;
  const Type* type = value.as_object()->type;
  return is_subtype(type, interpreter.set_type) || is_subtype(type, interpreter.frozenset_type);
}

Ref new_set(Interpreter& interpreter) { return make_set(interpreter, interpreter.set_type, Value()); }

void release_set_tables(Interpreter& interpreter) {
  for (void* table : interpreter.free_set_tables) delete[] static_cast<SetObject::Entry*>(table);
  interpreter.free_set_tables.clear();
}

Ref new_frozenset(Interpreter& interpreter, Value iterable) {
  return make_set(interpreter, interpreter.frozenset_type, iterable);
}

bool set_add(Interpreter& interpreter, Value set, Value item) { return add_key(interpreter, as_set(set), item); }

int set_contains(Interpreter& interpreter, Value set, Value item) { return set_contains_slot(interpreter, set, item); }

int set_discard(Interpreter& interpreter, Value set, Value item) { return discard_key(interpreter, as_set(set), item); }

bool set_update(Interpreter& interpreter, Value set, Value iterable) {
  return update_internal(interpreter, as_set(set), iterable);
}

Ref set_intersection(Interpreter& interpreter, Value set, Value other) { return intersection(interpreter, set, other); }

bool set_difference_update(Interpreter& interpreter, Value set, Value other) {
  return difference_update_internal(interpreter, as_set(set), other);
}

bool set_symmetric_difference_update(Interpreter& interpreter, Value set, Value other) {
  return symmetric_difference_update(interpreter, as_set(set), other);
}

bool set_next(Value set, std::size_t& position, Value& item) {
  const Entry* entry = nullptr;
  if (!next_entry(as_set(set), position, entry)) return false;
  item = entry->key;
  return true;
}

void init_set_types(Interpreter& interpreter) {
  for (Type* type : {interpreter.set_type, interpreter.frozenset_type}) {
    type->repr = &set_repr;
    type->length = &set_length;
    type->truth = &set_truth;
    type->contains = &set_contains_slot;
    type->compare = &set_compare;
    type->iter = &set_iter;
    type->subtract = &set_binary<difference>;
    type->bitwise_and = &set_binary<intersection>;
    type->bitwise_xor = &set_binary<symmetric_difference>;
    type->bitwise_or = &set_binary<union_of>;
    type->deallocate = &set_deallocate;
    type->traverse = &set_traverse;
    type->clear = &set_clear_references;
    type->weakrefable = true;
  }
  Type* set = interpreter.set_type;
  set->construct = &set_construct;
  set->initialize = &set_initialize;
  set->hash = &hash_not_implemented;
  set->inplace_subtract = &set_inplace<difference_update_internal>;
  set->inplace_bitwise_and = &set_inplace<intersection_update>;
  set->inplace_bitwise_xor = &set_inplace<symmetric_difference_update>;
  set->inplace_bitwise_or = &set_inplace<update_internal>;
  add_methods(interpreter, set,
              {{"add", &set_add_method},
               {"__reduce__", &set_reduce_method},
               {"clear", &set_clear_method},
               {"copy", &set_copy_method},
               {"discard", &set_discard_method},
               {"difference", &set_difference_method},
               {"difference_update", &set_difference_update_method},
               {"intersection", &set_intersection_method},
               {"intersection_update", &set_intersection_update_method},
               {"isdisjoint", &set_isdisjoint_method},
               {"issubset", &set_issubset_method},
               {"issuperset", &set_issuperset_method},
               {"pop", &set_pop_method},
               {"remove", &set_remove_method},
               {"symmetric_difference", &set_symmetric_difference_method},
               {"symmetric_difference_update", &set_symmetric_difference_update_method},
               {"union", &set_union_method},
               {"update", &set_update_method}});
  Type* frozen = interpreter.frozenset_type;
  frozen->construct = &frozenset_construct;
  frozen->hash = &frozenset_hash;
  add_methods(interpreter, frozen,
              {{"copy", &frozenset_copy_method},
               {"__reduce__", &set_reduce_method},
               {"difference", &set_difference_method},
               {"intersection", &set_intersection_method},
               {"isdisjoint", &set_isdisjoint_method},
               {"issubset", &set_issubset_method},
               {"issuperset", &set_issuperset_method},
               {"symmetric_difference", &set_symmetric_difference_method},
               {"union", &set_union_method}});
  Type* iterator = interpreter.set_iterator_type;
  iterator->iter = &self_iter;
  iterator->next = &set_iterator_next;
  iterator->deallocate = &set_iterator_deallocate;
  iterator->traverse = &set_iterator_traverse;
  iterator->clear = &set_iterator_clear;
  add_methods(interpreter, iterator,
              {{"__length_hint__", &set_iterator_length_hint}, {"__reduce__", &set_iterator_reduce}});
}

}  // namespace krait::runtime
