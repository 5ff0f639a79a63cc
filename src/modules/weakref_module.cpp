// Native modules: weakref (CPython's Lib/weakref.py over Modules/_weakref.c):
// ref (ReferenceType), proxy (ProxyType, CallableProxyType), getweakrefcount
// and getweakrefs. WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod
// and finalize, pure Python in CPython, are not provided. The types are in
// objects/weakref_object.cpp.
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

}  // namespace

Ref create_weakref_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "weakref");
  const Value weakref = module.get();
  runtime::add_module_functions(interpreter, weakref,
                                {{"getweakrefcount", &weakref_getweakrefcount},
                                 {"getweakrefs", &weakref_getweakrefs},
                                 {"proxy", &weakref_proxy}});
  const Value reference_type = Value::object(interpreter.weakref_type);
  const Value proxy_types[] = {Value::object(interpreter.weakproxy_type), Value::object(interpreter.weakcallableproxy_type)};
  for (const char* name : {"ref", "ReferenceType"}) runtime::module_set(interpreter, weakref, name, reference_type);
  runtime::module_set(interpreter, weakref, "ProxyType", proxy_types[0]);
  runtime::module_set(interpreter, weakref, "CallableProxyType", proxy_types[1]);
  Ref proxy_tuple = runtime::new_tuple(interpreter, proxy_types);
  runtime::module_set(interpreter, weakref, "ProxyTypes", proxy_tuple.get());
  return module;
}

}  // namespace krait::modules
