// Native modules: _weakref (CPython's Modules/_weakref.c), under the standard
// library's pure-Python weakref and _weakrefset: ref (ReferenceType), proxy
// (ProxyType, CallableProxyType), getweakrefcount, getweakrefs and
// _remove_dead_weakref. The types are in objects/weakref_object.cpp.
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

Ref weakref_getweakrefcount(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_weakref.getweakrefcount", count, kwnames)) return Ref();
  if (!arguments[0].is_object()) return Ref::small_int(0);
  return runtime::new_int(interpreter, runtime::weak_reference_count(interpreter, arguments[0].as_object()));
}

Ref weakref_getweakrefs(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_weakref.getweakrefs", count, kwnames)) return Ref();
  Ref result = runtime::new_list(interpreter, {});
  if (!arguments[0].is_object()) return result;
  for (runtime::WeakReference* reference = runtime::weak_references_of(interpreter, arguments[0].as_object()); reference;
       reference = reference->next)
    runtime::list_append(result.get(), Value::object(reference));
  return result;
}

// weakref.proxy(object[, callback]).
Ref weakref_proxy(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "proxy", kwnames) ||
      !runtime::check_argument_count(interpreter, "proxy", count, 1, 2))
    return Ref();
  return runtime::new_weak_proxy(interpreter, arguments[0], count == 2 ? arguments[1] : Value());
}

// _remove_dead_weakref(dict, key): del dict[key] if it holds a dead weak
// reference (WeakValueDictionary's callbacks, which may run late).
Ref weakref_remove_dead(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_remove_dead_weakref", kwnames) ||
      !runtime::check_positional(interpreter, "_remove_dead_weakref", count, 2, 2))
    return Ref();
  if (!runtime::is_dict(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "_remove_dead_weakref() argument 1 must be dict, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  Value value;
  const int found = runtime::dict_lookup(interpreter, arguments[0], arguments[1], value);
  if (found < 0) return Ref();
  if (found && value.is_object() && runtime::is_weak_reference(interpreter, value.as_object()) &&
      !static_cast<runtime::WeakReference*>(value.as_object())->referent &&
      runtime::dict_delete_item(interpreter, arguments[0], arguments[1]) < 0)
    return Ref();
  return interpreter.new_none();
}

}  // namespace

Ref create_weakref_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_weakref");
  const Value weakref = module.get();
  runtime::add_module_functions(interpreter, weakref,
                                {{"getweakrefcount", &weakref_getweakrefcount},
                                 {"getweakrefs", &weakref_getweakrefs},
                                 {"proxy", &weakref_proxy},
                                 {"_remove_dead_weakref", &weakref_remove_dead}});
  const Value reference_type = Value::object(interpreter.weakref_type);
  for (const char* name : {"ref", "ReferenceType"}) runtime::module_set(interpreter, weakref, name, reference_type);
  runtime::module_set(interpreter, weakref, "ProxyType", Value::object(interpreter.weakproxy_type));
  runtime::module_set(interpreter, weakref, "CallableProxyType", Value::object(interpreter.weakcallableproxy_type));
  return module;
}

}  // namespace krait::modules
