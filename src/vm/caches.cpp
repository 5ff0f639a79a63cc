// VM stage: the slow paths of the cached instructions (see caches.h).
#include "vm/caches.h"


#include <string>

#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/module_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// Instances whose attribute access is object's own, where a version check
// on the type stands for the whole lookup.
bool generic_instance(const Type* type) {
  return type->get_attribute == &runtime::object_get_attribute && type->attributes_offset != 0;
}

}  // namespace

void raise_name_error(Interpreter& interpreter, Value name) {
  interpreter.set_exception(interpreter.NameError_type, "name '" + std::string(runtime::str_utf8(name)) + "' is not defined");
  runtime::set_name_error_name(interpreter, name);
}

Value builtins_of(Interpreter& interpreter, Value globals) {
  const Value builtins = interpreter.builtins();
  const Value own = runtime::dict_get_str(globals, interpreter.names.dunder_builtins);
  if (own.is_null() || own == builtins) return builtins;
  if (runtime::is_dict(interpreter, own)) return own;
  if (runtime::is_module(interpreter, own)) return runtime::module_dict(own);
  return builtins;
}

bool load_global(Interpreter& interpreter, compiler::InlineCache& cache, Value globals, Value& out) {
  const std::int64_t position = runtime::dict_find_str(globals, cache.name);
  if (position >= 0) {
    cache.version = runtime::as_dict(globals)->keys_version;
    cache.version2 = 0;
    cache.index = position;
    out = runtime::as_dict(globals)->entries[position].value;
    return true;
  }
  const Value builtins = builtins_of(interpreter, globals);
  const std::int64_t builtin_position = runtime::dict_find_str(builtins, cache.name);
  if (builtin_position < 0) {
    raise_name_error(interpreter, cache.name);
    return false;
  }
  if (builtins != interpreter.builtins()) {
    // Other builtins than the cache knows: found again on every execution.
    out = runtime::as_dict(builtins)->entries[builtin_position].value;
    return true;
  }
  cache.version = runtime::as_dict(globals)->keys_version;
  cache.version2 = runtime::as_dict(builtins)->keys_version;
  cache.index = builtin_position;
  out = runtime::as_dict(builtins)->entries[builtin_position].value;
  return true;
}

Ref load_attribute(Interpreter& interpreter, compiler::InlineCache& cache, Value object) {
  using Kind = compiler::InlineCache::Kind;
  Ref result = runtime::get_attribute(interpreter, object, cache.name);
  if (!result || !object.is_object()) return result;
  Type* type = object.as_object()->type;
  if (type->get_attribute != &runtime::object_get_attribute) return result;
  auto remember = [&](Kind kind, Value value, std::int64_t index) {
    compiler::InlineCache::Entry& entry = cache.entry_for(type);
    entry = {type, type->version, index, value, kind};
  };
  // A data descriptor on the type takes precedence over the instance.
  const Value found = runtime::type_lookup(type, cache.name);
  const Type* found_type = found.is_null() ? nullptr : runtime::type_of(interpreter, found);
  if (found_type && found_type->descriptor_set) {
    if (found_type->descriptor_get) remember(Kind::DataDescriptor, found, -1);
    return result;
  }
  const std::int64_t slot = type->attributes_offset ? runtime::instance_key_slot(type, cache.name) : -1;
  const Value own = type->attributes_offset ? runtime::instance_attribute(object.as_object(), cache.name) : Value();
  if (!own.is_null()) {
    if (slot >= 0 && own == result.get() && generic_instance(type)) remember(Kind::InstanceSlot, Value(), slot);
  } else if (found_type && (!type->attributes_offset || !runtime::attributes_of(object.as_object())->dict)) {
    remember(Kind::TypeAttribute, found, slot);
  }
  return result;
}

Value load_cached_type_attribute(Interpreter& interpreter, const compiler::InlineCache::Entry& entry, Value object) {
  using Kind = compiler::InlineCache::Kind;
  if (entry.kind == Kind::TypeAttribute && static_cast<Type*>(entry.type)->attributes_offset) {
    const runtime::Attributes* attributes = runtime::attributes_of(object.as_object());
    if (attributes->dict || (entry.index >= 0 && entry.index < attributes->capacity &&
                             !attributes->values[entry.index].is_null()))
      return Value();
  }
  const runtime::DescriptorGetSlot getter = runtime::type_of(interpreter, entry.value)->descriptor_get;
  if (!getter) {
    runtime::incref(entry.value);
    return entry.value;
  }
  return getter(interpreter, entry.value, object, Value::object(object.as_object()->type)).release();
}

bool store_attribute(Interpreter& interpreter, compiler::InlineCache& cache, Value object, Value value) {
  if (!runtime::set_attribute(interpreter, object, cache.name, value)) return false;
  if (!object.is_object()) return true;
  Type* type = object.as_object()->type;
  if (!generic_instance(type) || type->set_attribute != &runtime::object_set_attribute) return true;
  const Value found = runtime::type_lookup(type, cache.name);
  if (!found.is_null() && runtime::type_of(interpreter, found)->descriptor_set) return true;
  const std::int64_t slot = runtime::instance_key_slot(type, cache.name);
  if (slot < 0) return true;
  cache.entry_for(type) = {type, type->version, slot, Value(), compiler::InlineCache::Kind::InstanceSlot};
  return true;
}

bool load_method(Interpreter& interpreter, compiler::InlineCache& cache, Value object, Value& method, Value& self) {
  Type* type = runtime::type_of(interpreter, object);
  const Value found = runtime::type_lookup(type, cache.name);
  const Type* found_type = found.is_null() ? nullptr : runtime::type_of(interpreter, found);
  const bool unbound_call = found_type && (found_type == interpreter.function_type ||
                                           found_type == interpreter.method_descriptor_type);
  if (unbound_call && type->get_attribute == &runtime::object_get_attribute) {
    const Value own = object.is_object() ? runtime::instance_attribute(object.as_object(), cache.name) : Value();
    if (own.is_null()) {
      const std::int64_t slot =
          object.is_object() && type->attributes_offset ? runtime::instance_key_slot(type, cache.name) : -1;
      cache.entry_for(type) = {type, type->version, slot, found, compiler::InlineCache::Kind::TypeAttribute};
      runtime::incref(found);
      runtime::incref(object);
      method = found;
      self = object;
      return true;
    }
  }
  Ref attribute = runtime::get_attribute(interpreter, object, cache.name);
  if (!attribute) return false;
  method = attribute.release();
  self = Value();
  return true;
}

}  // namespace krait::vm
