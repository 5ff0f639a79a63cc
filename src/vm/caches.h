// VM stage, internal: the slow paths of the cached instructions. Each does
// the full lookup (as CPython's LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and
// LOAD_METHOD) and, when what it found can be found again by a version
// check, fills the instruction's inline cache for the fast path in vm.cpp.
#pragma once

#include "compiler/code_object.h"
#include "runtime/interpreter.h"

namespace krait::vm {

// The global `cache.name` (borrowed) in `globals`, else the builtins; false
// with NameError pending.
[[nodiscard]] bool load_global(runtime::Interpreter& interpreter, compiler::InlineCache& cache, runtime::Value globals,
                               runtime::Value& out);

// The builtins of code running with `globals` (CPython's frame builtins):
// globals['__builtins__'] when that is a dict or a module other than the
// interpreter's builtins (exec() with such globals), else the builtins dict.
runtime::Value builtins_of(runtime::Interpreter& interpreter, runtime::Value globals);

runtime::Ref load_attribute(runtime::Interpreter& interpreter, compiler::InlineCache& cache, runtime::Value object);

// LOAD_ATTR's fast path for a type attribute the cache (valid for the
// object's type) remembers: the value (owned); null with an exception, or
// without one when an instance attribute shadows it now.
runtime::Value load_cached_type_attribute(runtime::Interpreter& interpreter, const compiler::InlineCache::Entry& entry,
                                          runtime::Value object);

// The entry of an attribute site's cache that holds for `object`, or null.
inline const compiler::InlineCache::Entry* cached_entry(const compiler::InlineCache& cache, runtime::Value object) {
  if (!object.is_object()) return nullptr;
  const runtime::Object* type = object.as_object()->type;
  for (const compiler::InlineCache::Entry& entry : cache.entries)
    if (entry.type == type) return entry.version == static_cast<const runtime::Type*>(type)->version ? &entry : nullptr;
  return nullptr;
}

[[nodiscard]] bool store_attribute(runtime::Interpreter& interpreter, compiler::InlineCache& cache,
                                   runtime::Value object, runtime::Value value);

// object.name for a call: an unbound function and `self` (both owned), or
// the attribute and a null self.
[[nodiscard]] bool load_method(runtime::Interpreter& interpreter, compiler::InlineCache& cache, runtime::Value object,
                               runtime::Value& method, runtime::Value& self);

// NameError "name 'x' is not defined", with the name for the display's
// suggestions.
void raise_name_error(runtime::Interpreter& interpreter, runtime::Value name);

}  // namespace krait::vm
