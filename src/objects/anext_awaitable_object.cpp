// Objects: anext_awaitable (see anext_awaitable_object.h). It is its own
// awaitable iterator: each step goes to the iterator of the wrapped
// awaitable's __await__(), and a StopAsyncIteration out of it becomes
// StopIteration(default), the result of the await.
#include "objects/anext_awaitable_object.h"

#include "objects/exception_object.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct AnextAwaitable : Object {
  Ref awaitable;      // what __anext__() returned
  Ref default_value;
  Ref iterator;       // awaitable.__await__(), made on the first step
};

AnextAwaitable* as_anext(Value value) { return static_cast<AnextAwaitable*>(value.as_object()); }

// The wrapped awaitable's iterator, made on first use.
Value inner_iterator(Interpreter& interpreter, Value self) {
  AnextAwaitable* anext = as_anext(self);
  if (anext->iterator) return anext->iterator.get();
  bool found = true;
  Ref iterator = call_special(interpreter, anext->awaitable.get(), interpreter.intern("__await__"), nullptr, 0, found);
  if (!found) {
    interpreter.set_exception(interpreter.TypeError_type, "'async_iterator' object is not awaitable");
    return Value();
  }
  if (!iterator) return Value();
  anext->iterator = std::move(iterator);
  return anext->iterator.get();
}

// A step's outcome: StopAsyncIteration from the iterator ends the await
// with the default.
Ref finish_step(Interpreter& interpreter, Value self, Ref result) {
  if (result || !interpreter.exception_is(interpreter.StopAsyncIteration_type)) return result;
  Ref discarded = interpreter.take_exception();
  return raise_stop_iteration(interpreter, as_anext(self)->default_value.get());
}

// One step: next (value None) or send(value) to the inner iterator; its
// StopIteration, which carries the await's result, stays pending.
Ref step(Interpreter& interpreter, Value self, Value value) {
  const Value iterator = inner_iterator(interpreter, self);
  if (iterator.is_null()) return Ref();
  const Type* type = type_of(interpreter, iterator);
  Ref result = (value.is_null() || value == interpreter.none()) && type->next
                   ? type->next(interpreter, iterator)
                   : call_method(interpreter, iterator, interpreter.names.send, &value, 1);
  if (!result && !interpreter.has_exception()) return raise_stop_iteration(interpreter, interpreter.none());
  return finish_step(interpreter, self, std::move(result));
}

Ref anext_next(Interpreter& interpreter, Value self) { return step(interpreter, self, Value()); }

Ref anext_iter(Interpreter&, Value self) { return Ref::borrow(self); }

Ref anext_send(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "anext_awaitable.send", count, kwnames)) return Ref();
  return step(interpreter, self, arguments[0]);
}

// throw(...) and close(): to the inner iterator, when it has them.
Ref forward(Interpreter& interpreter, Value self, const char* name, const Value* arguments, std::size_t count) {
  const Value iterator = inner_iterator(interpreter, self);
  if (iterator.is_null()) return Ref();
  Ref method;
  const int found = lookup_attribute(interpreter, iterator, interpreter.intern(name), method);
  if (found < 0) return Ref();
  if (!found) return interpreter.new_none();
  return finish_step(interpreter, self, call(interpreter, method.get(), arguments, count));
}

Ref anext_throw(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "throw", kwnames) || !check_argument_count(interpreter, "throw", count, 1, 3))
    return Ref();
  return forward(interpreter, self, "throw", arguments, count);
}

Ref anext_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "anext_awaitable.close", count, kwnames)) return Ref();
  return forward(interpreter, self, "close", nullptr, 0);
}

Ref anext_await(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "anext_awaitable.__await__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

void anext_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, static_cast<AnextAwaitable*>(object)); }
void anext_traverse(Object* object, const Visitor& visit) {
  const auto* anext = static_cast<AnextAwaitable*>(object);
  visit(anext->awaitable);
  visit(anext->default_value);
  visit(anext->iterator);
}
void anext_clear(Interpreter&, Object* object) {
  auto* anext = static_cast<AnextAwaitable*>(object);
  Ref fields[] = {std::move(anext->awaitable), std::move(anext->default_value), std::move(anext->iterator)};
}

}  // namespace

Ref new_anext_awaitable(Interpreter& interpreter, Value awaitable, Value default_value) {
  auto* anext = gc_new<AnextAwaitable>(interpreter, interpreter.anext_awaitable_type);
  anext->awaitable = Ref::borrow(awaitable);
  anext->default_value = Ref::borrow(default_value);
  return Ref::steal(Value::object(anext));
}

void init_anext_awaitable_type(Interpreter& interpreter) {
  Type* type = interpreter.anext_awaitable_type;
  type->iter = &anext_iter;
  type->next = &anext_next;
  type->deallocate = &anext_deallocate;
  type->traverse = &anext_traverse;
  type->clear = &anext_clear;
  add_methods(interpreter, type,
              {{"send", &anext_send}, {"throw", &anext_throw}, {"close", &anext_close}, {"__await__", &anext_await}});
}

}  // namespace krait::runtime
