// Native modules: weakref (CPython's Lib/weakref.py over Modules/_weakref.c):
// ref (ReferenceType), getweakrefcount and getweakrefs. The types are in
// objects/weakref_object.cpp.
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
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

}  // namespace

Ref create_weakref_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "weakref");
  const Value weakref = module.get();
  runtime::add_module_functions(interpreter, weakref,
                                {{"getweakrefcount", &weakref_getweakrefcount}, {"getweakrefs", &weakref_getweakrefs}});
  const Value reference_type = Value::object(interpreter.weakref_type);
  for (const char* name : {"ref", "ReferenceType"}) runtime::module_set(interpreter, weakref, name, reference_type);
  return module;
}

}  // namespace krait::modules
