// Native modules: atexit (CPython's Modules/atexitmodule.c): functions run
// when the interpreter finishes, last registered first.
#include "modules/atexit_module.h"

#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The registered callbacks: (function, arguments, keyword names) tuples as
// runtime::call takes them, None where one was unregistered (CPython keeps
// the slot: _ncallbacks() still counts it).
Value callbacks(Interpreter& interpreter) {
  if (!interpreter.atexit_callbacks) interpreter.atexit_callbacks = runtime::new_list(interpreter, {});
  return interpreter.atexit_callbacks.get();
}

// register(function, /, *args, **kwargs): returns `function`, so it serves
// as a decorator.
Ref atexit_register(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, "register() takes at least 1 argument (0 given)");
  if (!runtime::type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "the first argument must be callable");
  const std::size_t keywords = kwnames.is_null() ? 0 : runtime::as_tuple(kwnames)->size;
  Ref args = runtime::new_tuple(interpreter, std::span<const Value>(arguments + 1, count - 1 + keywords));
  const Value entry_items[] = {arguments[0], args.get(), kwnames.is_null() ? interpreter.none() : kwnames};
  Ref entry = runtime::new_tuple(interpreter, entry_items);
  runtime::list_append(callbacks(interpreter), entry.get());
  return Ref::borrow(arguments[0]);
}

// unregister(function): every registration of a function equal to it.
Ref atexit_unregister(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "unregister", count, kwnames)) return Ref();
  Ref list = Ref::borrow(callbacks(interpreter));
  std::vector<Value>& entries = runtime::as_list(list.get())->items;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Ref entry = Ref::borrow(entries[i]);
    if (entry.get() == interpreter.none()) continue;
    const int same = runtime::equal(interpreter, runtime::as_tuple(entry.get())->items()[0], arguments[0]);
    if (same < 0) return Ref();
    // The comparison may have run code that changed the list.
    if (same && i < entries.size() && entries[i] == entry.get()) {
      entries[i] = interpreter.none();
      runtime::incref(interpreter.none());
      runtime::decref(entry.get());
    }
  }
  return interpreter.new_none();
}

Ref atexit_run_exitfuncs(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_run_exitfuncs", count, kwnames)) return Ref();
  run_exit_functions(interpreter);
  return interpreter.new_none();
}

Ref atexit_clear(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_clear", count, kwnames)) return Ref();
  interpreter.atexit_callbacks = Ref();
  return interpreter.new_none();
}

Ref atexit_ncallbacks(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_ncallbacks", count, kwnames)) return Ref();
  return Ref::small_int(static_cast<std::int64_t>(runtime::as_list(callbacks(interpreter))->items.size()));
}

}  // namespace

void run_exit_functions(Interpreter& interpreter) {
  // Taken first: a callback registering another does not extend this run.
  Ref list = std::move(interpreter.atexit_callbacks);
  if (!list) return;
  const std::vector<Value>& entries = runtime::as_list(list.get())->items;
  for (std::size_t i = entries.size(); i-- > 0;) {
    if (i >= entries.size()) continue;
    Ref entry = Ref::borrow(entries[i]);
    if (entry.get() == interpreter.none()) continue;
    const Value* parts = runtime::as_tuple(entry.get())->items();
    const runtime::TupleObject* args = runtime::as_tuple(parts[1]);
    const Value kwnames = parts[2] == interpreter.none() ? Value() : parts[2];
    const std::size_t keywords = kwnames.is_null() ? 0 : runtime::as_tuple(kwnames)->size;
    Ref result = runtime::call(interpreter, parts[0], args->items(), static_cast<std::size_t>(args->size) - keywords,
                               kwnames);
    if (!result) interpreter.report_unraisable(parts[0], "in atexit callback");
  }
  // Functions registered while exiting are dropped, as CPython drops them.
  interpreter.atexit_callbacks = Ref();
}

Ref create_atexit_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "atexit");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"register", &atexit_register},
                                 {"unregister", &atexit_unregister},
                                 {"_run_exitfuncs", &atexit_run_exitfuncs},
                                 {"_clear", &atexit_clear},
                                 {"_ncallbacks", &atexit_ncallbacks}});
  return module;
}

}  // namespace krait::modules
