// Objects: dict storage (open addressing with linear probing) for str keys.
#include "objects/dict_object.h"

#include "objects/str_object.h"
#include "runtime/interpreter.h"

namespace krait::runtime {
namespace {

DictObject* as_dict(Value value) { return static_cast<DictObject*>(value.as_object()); }

DictObject::Entry& find_slot(DictObject* dict, Value key, std::int64_t hash) {
  const std::size_t mask = dict->entries.size() - 1;
  for (std::size_t index = static_cast<std::size_t>(hash) & mask;; index = (index + 1) & mask) {
    DictObject::Entry& entry = dict->entries[index];
    if (entry.key.is_null() || (entry.hash == hash && str_equal(entry.key, key))) return entry;
  }
}

void grow(DictObject* dict) {
  std::vector<DictObject::Entry> old = std::move(dict->entries);
  dict->entries.assign(old.empty() ? 8 : old.size() * 2, DictObject::Entry());
  for (const DictObject::Entry& entry : old)
    if (!entry.key.is_null()) find_slot(dict, entry.key, entry.hash) = entry;
}

// Releases the entries only after detaching them, so that a deallocator run
// by a decref never sees a half-cleared dict.
void release_entries(DictObject* dict) {
  std::vector<DictObject::Entry> entries = std::move(dict->entries);
  dict->entries.clear();
  dict->count = 0;
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
  return Ref::steal(Value::object(dict));
}

Value dict_get_str(Value value, Value key) {
  DictObject* dict = as_dict(value);
  if (dict->count == 0) return Value();
  return find_slot(dict, key, str_hash(key)).value;
}

void dict_set_str(Value value, Value key, Value item) {
  DictObject* dict = as_dict(value);
  // Keep at most 2/3 of the slots used, so probes stay short.
  if ((dict->count + 1) * 3 > dict->entries.size() * 2) grow(dict);
  const std::int64_t hash = str_hash(key);
  DictObject::Entry& entry = find_slot(dict, key, hash);
  incref(item);
  if (entry.key.is_null()) {
    incref(key);
    entry.key = key;
    entry.hash = hash;
    ++dict->count;
  } else {
    decref(entry.value);
  }
  entry.value = item;
}

void dict_clear(Value dict) { release_entries(as_dict(dict)); }

void init_dict_type(Interpreter& interpreter) { interpreter.dict_type->deallocate = &dict_deallocate; }

}  // namespace krait::runtime
