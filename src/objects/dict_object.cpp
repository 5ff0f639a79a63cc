// Objects: dict storage. CPython's compact layout: `entries` in insertion
// order, and `index`, an open-addressing table of positions in `entries`
// probed with CPython's perturbation sequence, so iteration follows
// insertion and a resize moves no entry relative to the others.
#include "objects/dict_object.h"

#include "objects/exception_object.h"
#include "objects/str_object.h"
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
// entries array (deleted entries go, order stays).
void rebuild(DictObject* dict, std::size_t capacity) {
  std::size_t size = minimum_index_size;
  while (size * 2 < capacity * 3) size *= 2;
  if (dict->used != dict->entries.size()) {
    std::size_t kept = 0;
    for (DictObject::Entry& entry : dict->entries)
      if (!entry.key.is_null()) dict->entries[kept++] = entry;
    dict->entries.resize(kept);
  }
  dict->index.assign(size, empty_slot);
  for (std::size_t position = 0; position < dict->entries.size(); ++position) {
    Probe probe(size, dict->entries[position].hash);
    while (dict->index[probe.slot] != empty_slot) probe.next();
    dict->index[probe.slot] = static_cast<std::int32_t>(position);
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
      const int same = equal(entry.key);
      if (same < 0) return -2;
      if (same > 0) {
        slot = probe.slot;
        return position;
      }
      // __eq__ may have changed the dict: start over as CPython does.
      if (dict->index.empty() || dict->index[probe.slot] != position) return find(dict, key, hash, slot, equal);
    }
  }
}

std::int64_t find_str(DictObject* dict, Value key, std::size_t& slot) {
  return find(dict, key, str_hash(key), slot, [&](Value other) {
    return other.is_object() && other.as_object()->type == key.as_object()->type && str_equal(other, key) ? 1 : 0;
  });
}

void insert_new(Interpreter& interpreter, DictObject* dict, std::size_t slot, Value key, std::int64_t hash, Value value) {
  incref(key);
  incref(value);
  dict->index[slot] = static_cast<std::int32_t>(dict->entries.size());
  dict->entries.push_back({hash, key, value});
  ++dict->used;
  dict->keys_version = interpreter.next_keys_version();
}

// Room for one more entry: the index stays at most 2/3 full (counting
// deleted entries, which still occupy slots).
void reserve_one(DictObject* dict) {
  if (dict->index.empty() || (dict->entries.size() + 1) * 3 > dict->index.size() * 2) rebuild(dict, dict->used * 2 + 1);
}

void replace_value(DictObject::Entry& entry, Value value) {
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
  dict->used = 0;
  for (const DictObject::Entry& entry : entries) {
    decref(entry.key);
    decref(entry.value);
  }
}

void dict_deallocate(Interpreter&, Object* object) {
  auto* dict = static_cast<DictObject*>(object);
  release_entries(dict);
  delete dict;
}

}  // namespace

Ref new_dict(Interpreter& interpreter) {
  auto* dict = new DictObject;
  dict->type = interpreter.dict_type;
  dict->keys_version = interpreter.next_keys_version();
  return Ref::steal(Value::object(dict));
}

int dict_lookup(Interpreter& interpreter, Value value, Value key, Value& out) {
  DictObject* dict = as_dict(value);
  const std::int64_t hash = runtime::hash(interpreter, key);
  if (hash == -1 && interpreter.has_exception()) return -1;
  if (dict->used == 0) return 0;
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, [&](Value other) { return equal(interpreter, other, key); });
  if (position == -2) return -1;
  if (position < 0) return 0;
  out = dict->entries[position].value;
  return 1;
}

bool dict_set_item(Interpreter& interpreter, Value value, Value key, Value item) {
  DictObject* dict = as_dict(value);
  const std::int64_t hash = runtime::hash(interpreter, key);
  if (hash == -1 && interpreter.has_exception()) return false;
  reserve_one(dict);
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, [&](Value other) { return equal(interpreter, other, key); });
  if (position == -2) return false;
  if (position >= 0) {
    replace_value(dict->entries[position], item);
  } else {
    // The comparison may have resized the dict: find the slot again.
    if (dict->index.empty() || (dict->entries.size() + 1) * 3 > dict->index.size() * 2) return dict_set_item(interpreter, value, key, item);
    insert_new(interpreter, dict, slot, key, hash, item);
  }
  return true;
}

int dict_delete_item(Interpreter& interpreter, Value value, Value key) {
  DictObject* dict = as_dict(value);
  const std::int64_t hash = runtime::hash(interpreter, key);
  if (hash == -1 && interpreter.has_exception()) return -1;
  if (dict->used == 0) return 0;
  std::size_t slot;
  const std::int64_t position = find(dict, key, hash, slot, [&](Value other) { return equal(interpreter, other, key); });
  if (position == -2) return -1;
  if (position < 0) return 0;
  DictObject::Entry& entry = dict->entries[position];
  const Value old_key = entry.key, old_value = entry.value;
  entry.key = Value();
  entry.value = Value();
  dict->index[slot] = deleted_slot;
  --dict->used;
  dict->keys_version = interpreter.next_keys_version();
  decref(old_key);
  decref(old_value);
  return 1;
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
  reserve_one(dict);
  std::size_t slot;
  const std::int64_t position = find_str(dict, key, slot);
  if (position >= 0)
    replace_value(dict->entries[position], item);
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

namespace {

Ref dict_subscript(Interpreter& interpreter, Value self, Value key) {
  Value value;
  const int found = dict_lookup(interpreter, self, key, value);
  if (found < 0) return Ref();
  if (!found) return raise_key_error(interpreter, key);
  return Ref::borrow(value);
}

int dict_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  if (!value.is_null()) return dict_set_item(interpreter, self, key, value) ? 0 : -1;
  const int removed = dict_delete_item(interpreter, self, key);
  if (removed == 0) {
    const Ref nothing = raise_key_error(interpreter, key);
    return -1;
  }
  return removed == 1 ? 0 : -1;
}

Ref dict_length(Interpreter&, Value self) { return Ref::small_int(static_cast<std::int64_t>(as_dict(self)->used)); }

}  // namespace

void init_dict_type(Interpreter& interpreter) {
  Type* type = interpreter.dict_type;
  type->deallocate = &dict_deallocate;
  type->subscript = &dict_subscript;
  type->assign_subscript = &dict_assign_subscript;
  type->length = &dict_length;
}

}  // namespace krait::runtime
