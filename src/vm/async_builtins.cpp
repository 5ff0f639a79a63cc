// VM stage: aiter(), anext() and anext_awaitable (see async_builtins.h).
// anext(it, default) awaits it.__anext__() and turns its StopAsyncIteration
// into the default, as CPython's anextawaitable does.
#include "vm/async_builtins.h"

#include <string>

#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/dict_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/operations.h"
#include "vm/generator.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

struct AnextAwaitable : runtime::Object {
  Ref awaitable;      // what __anext__() returned
  Ref default_value;
  Ref iterator;       // the awaitable's iterator, once awaited
};

AnextAwaitable* as_anext(Value value) { return static_cast<AnextAwaitable*>(value.as_object()); }

// Raises StopIteration(value): how an awaitable's iterator returns value.
Ref stop_with(Interpreter& interpreter, Value value) {
  Ref exception = runtime::call(interpreter, Value::object(interpreter.StopIteration_type), &value, 1);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

// The outcome of one step of the awaited iterator: what it yielded, or
// StopIteration with what it returned, or the default for StopAsyncIteration.
Ref finish_step(Interpreter& interpreter, Value self, int outcome, Ref result) {
  if (outcome == 1) return result;
  if (outcome == 0) return stop_with(interpreter, result.get());
  if (!interpreter.exception_is(interpreter.StopAsyncIteration_type)) return Ref();
  Ref ignored = interpreter.take_exception();
  return stop_with(interpreter, as_anext(self)->default_value.get());
}

Ref anext_step(Interpreter& interpreter, Value self, Value sent) {
  AnextAwaitable* awaitable = as_anext(self);
  if (!awaitable->iterator) {
    awaitable->iterator = awaitable_iterator(interpreter, awaitable->awaitable.get());
    if (!awaitable->iterator) return finish_step(interpreter, self, -1, Ref());
  }
  Value out;
  const int outcome = delegate_step(interpreter, awaitable->iterator.get(), sent, out);
  return finish_step(interpreter, self, outcome, Ref::steal(out));
}

Ref anext_next(Interpreter& interpreter, Value self) { return anext_step(interpreter, self, interpreter.none()); }
Ref anext_itself(Interpreter&, Value self) { return Ref::borrow(self); }

Ref anext_send(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "anext_awaitable.send", count, kwnames)) return Ref();
  return anext_step(interpreter, self, arguments[0]);
}

// throw() and close() go to the awaited iterator, if it has them.
Ref anext_forward(Interpreter& interpreter, Value self, Value name, const Value* arguments, std::size_t count) {
  AnextAwaitable* awaitable = as_anext(self);
  if (!awaitable->iterator) {
    awaitable->iterator = awaitable_iterator(interpreter, awaitable->awaitable.get());
    if (!awaitable->iterator) return Ref();
  }
  Ref method;
  const int found = runtime::lookup_attribute(interpreter, awaitable->iterator.get(), name, method);
  if (found <= 0) return found < 0 ? Ref() : interpreter.new_none();
  Ref result = runtime::call(interpreter, method.get(), arguments, count);
  if (result) return result;
  if (interpreter.exception_is(interpreter.StopIteration_type)) return Ref();
  return finish_step(interpreter, self, -1, Ref());
}
Ref anext_throw(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "throw", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "throw", count, 1, 3))
    return Ref();
  return anext_forward(interpreter, self, interpreter.names.throw_, arguments, count);
}
Ref anext_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "anext_awaitable.close", count, kwnames)) return Ref();
  return anext_forward(interpreter, self, interpreter.names.close, nullptr, 0);
}
Ref anext_await(Interpreter&, Value self, const Value*, std::size_t, Value) { return Ref::borrow(self); }

void anext_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<AnextAwaitable*>(object));
}
void anext_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  const auto* awaitable = static_cast<AnextAwaitable*>(object);
  for (const Ref* field : {&awaitable->awaitable, &awaitable->default_value, &awaitable->iterator}) visit(field->get());
}

// aiter(async_iterable): its __aiter__(), which must be an async iterator.
Ref builtin_aiter(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "aiter", kwnames) ||
      !runtime::check_positional(interpreter, "aiter", count, 1, 1))
    return Ref();
  const Value iterable = arguments[0];
  if (runtime::lookup_special(interpreter, iterable, interpreter.intern("__aiter__")).is_null())
    return interpreter.raise(interpreter.TypeError_type,
                             runtime::quoted_type_name(interpreter, iterable) + " object is not an async iterable");
  Ref iterator = runtime::call_method(interpreter, iterable, interpreter.intern("__aiter__"), nullptr, 0);
  if (!iterator) return iterator;
  if (runtime::lookup_special(interpreter, iterator.get(), interpreter.intern("__anext__")).is_null())
    return interpreter.raise(interpreter.TypeError_type, "aiter() returned not an async iterator of type '" +
                                                             std::string(runtime::type_name(interpreter, iterator.get())) +
                                                             "'");
  return iterator;
}

// anext(async_iterator[, default]): the awaitable of its next item.
Ref builtin_anext(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "anext", kwnames) ||
      !runtime::check_positional(interpreter, "anext", count, 1, 2))
    return Ref();
  const Value iterator = arguments[0];
  if (runtime::lookup_special(interpreter, iterator, interpreter.intern("__anext__")).is_null())
    return interpreter.raise(interpreter.TypeError_type,
                             runtime::quoted_type_name(interpreter, iterator) + " object is not an async iterator");
  Ref awaitable = runtime::call_method(interpreter, iterator, interpreter.intern("__anext__"), nullptr, 0);
  if (!awaitable || count == 1) return awaitable;
  auto* result = runtime::gc_new<AnextAwaitable>(interpreter, interpreter.anext_awaitable_type);
  result->awaitable = std::move(awaitable);
  result->default_value = Ref::borrow(arguments[1]);
  return Ref::steal(Value::object(result));
}

}  // namespace

void install_async_builtins(Interpreter& interpreter) {
  runtime::Type* type = interpreter.anext_awaitable_type;
  type->iter = &anext_itself;
  type->next = &anext_next;
  type->deallocate = &anext_deallocate;
  type->traverse = &anext_traverse;
  runtime::add_methods(interpreter, type,
                       {{"send", &anext_send}, {"throw", &anext_throw}, {"close", &anext_close}, {"__await__", &anext_await}});
  for (auto [name, function] : {std::pair{"aiter", &builtin_aiter}, std::pair{"anext", &builtin_anext}}) {
    Ref builtin = runtime::new_builtin_function(interpreter, name, function);
    runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern(name), builtin.get());
  }
}

}  // namespace krait::vm
