// Objects: BaseException's construction, attributes, str and repr, shared by
// every built-in exception class through slot inheritance, and the few
// classes that add to it (KeyError's str, StopIteration.value,
// SystemExit.code).
#include "objects/exception_object.h"

#include <string>
#include <utility>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref value_or_none(Interpreter& interpreter, const Ref& value) {
  return value ? Ref::borrow(value.get()) : interpreter.new_none();
}

const TupleObject* args_of(Value self) { return as_tuple(as_exception(self)->args.get()); }

// BaseException.__new__(cls, *args): an instance holding args, whatever
// __init__ later does with them. Keywords are left to __init__.
Ref exception_new(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value) {
  return new_exception(interpreter, static_cast<Type*>(callee.as_object()),
                       new_tuple(interpreter, std::span<const Value>(arguments, count)));
}

Ref exception_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, type_of(interpreter, self)->name, kwnames)) return Ref();
  as_exception(self)->args = new_tuple(interpreter, std::span<const Value>(arguments, count));
  return interpreter.new_none();
}

// str(): '' without arguments, str(arg) with one, str(args) with more.
Ref exception_str(Interpreter& interpreter, Value self) {
  const TupleObject* args = args_of(self);
  if (args->size == 0) return new_str(interpreter, "");
  if (args->size == 1) return str(interpreter, args->items()[0]);
  return str(interpreter, as_exception(self)->args.get());
}

// repr(): Name(arg) with one argument, else Name(args...).
Ref exception_repr(Interpreter& interpreter, Value self) {
  const TupleObject* args = args_of(self);
  Ref inner = args->size == 1 ? repr(interpreter, args->items()[0]) : repr(interpreter, as_exception(self)->args.get());
  if (!inner) return Ref();
  std::string text(type_of(interpreter, self)->name);
  if (args->size == 1) text += "(";
  text += str_utf8(inner.get());
  if (args->size == 1) text += ")";
  return new_str(interpreter, text);
}

// KeyError shows its key as repr: a missing '' reads KeyError: ''.
Ref key_error_str(Interpreter& interpreter, Value self) {
  const TupleObject* args = args_of(self);
  if (args->size == 1) return repr(interpreter, args->items()[0]);
  return exception_str(interpreter, self);
}

Ref stop_iteration_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!exception_init(interpreter, self, arguments, count, kwnames)) return Ref();
  as_exception(self)->payload = count ? Ref::borrow(arguments[0]) : Ref();
  return interpreter.new_none();
}

// SystemExit.code: None, the one argument, or all of them.
Ref system_exit_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!exception_init(interpreter, self, arguments, count, kwnames)) return Ref();
  ExceptionObject* exception = as_exception(self);
  exception->payload = count == 0 ? Ref() : count == 1 ? Ref::borrow(arguments[0]) : Ref::borrow(exception->args.get());
  return interpreter.new_none();
}

Ref get_payload(Interpreter& interpreter, Value self) { return value_or_none(interpreter, as_exception(self)->payload); }
int set_payload(Interpreter& interpreter, Value self, Value value) {
  as_exception(self)->payload = value.is_null() || value == interpreter.none() ? Ref() : Ref::borrow(value);
  return 0;
}

Ref get_args(Interpreter&, Value self) { return Ref::borrow(as_exception(self)->args.get()); }
int set_args(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "args may not be deleted");
    return -1;
  }
  Ref items = tuple_from_iterable(interpreter, value);
  if (!items) return -1;
  as_exception(self)->args = std::move(items);
  return 0;
}

// __cause__ and __context__: None or an exception.
int set_link(Interpreter& interpreter, Value value, Ref& link, const char* what) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(what) + " may not be deleted");
    return -1;
  }
  if (value == interpreter.none()) {
    link = Ref();
    return 0;
  }
  if (!is_exception(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              std::string(what) + " must be None or derive from BaseException");
    return -1;
  }
  link = Ref::borrow(value);
  return 0;
}

Ref get_cause(Interpreter& interpreter, Value self) { return value_or_none(interpreter, as_exception(self)->cause); }
int set_cause(Interpreter& interpreter, Value self, Value value) {
  if (set_link(interpreter, value, as_exception(self)->cause, "exception cause") < 0) return -1;
  as_exception(self)->suppress_context = true;
  return 0;
}
Ref get_context(Interpreter& interpreter, Value self) { return value_or_none(interpreter, as_exception(self)->context); }
int set_context(Interpreter& interpreter, Value self, Value value) {
  return set_link(interpreter, value, as_exception(self)->context, "exception context");
}

Ref get_suppress_context(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_exception(self)->suppress_context);
}
int set_suppress_context(Interpreter& interpreter, Value self, Value value) {
  const int truth = value.is_null() ? 0 : runtime::truth(interpreter, value);
  if (truth < 0) return -1;
  as_exception(self)->suppress_context = truth;
  return 0;
}

Ref get_traceback(Interpreter& interpreter, Value self) { return exception_traceback(interpreter, *as_exception(self)); }
int set_traceback(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "__traceback__ may not be deleted");
    return -1;
  }
  return set_exception_traceback(interpreter, *as_exception(self), value) ? 0 : -1;
}

Ref exception_with_traceback(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                             Value kwnames) {
  if (!reject_keywords(interpreter, "with_traceback", kwnames) ||
      !check_positional(interpreter, "with_traceback", count, 1, 1) || set_traceback(interpreter, self, arguments[0]) < 0)
    return Ref();
  return Ref::borrow(self);
}

// add_note(note): appends to the __notes__ list, made on first use.
Ref exception_add_note(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "add_note", kwnames) || !check_positional(interpreter, "add_note", count, 1, 1))
    return Ref();
  if (!is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type,
                             "note must be a str, not '" + std::string(type_name(interpreter, arguments[0])) + "'");
  const Value name = interpreter.intern("__notes__");
  Ref notes;
  const int found = lookup_attribute(interpreter, self, name, notes);
  if (found < 0) return Ref();
  if (!found) {
    notes = new_list(interpreter, {});
    if (!set_attribute(interpreter, self, name, notes.get())) return Ref();
  } else if (type_of(interpreter, notes.get()) != interpreter.list_type) {
    return interpreter.raise(interpreter.TypeError_type, "Cannot add note: __notes__ is not a list");
  }
  list_append(notes.get(), arguments[0]);
  return interpreter.new_none();
}

// __reduce__(): (type, args), with the __dict__ when it holds anything.
Ref exception_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "BaseException.__reduce__", count, kwnames)) return Ref();
  Ref dict = instance_dict(interpreter, self);
  if (!dict) return Ref();
  const Value type = Value::object(type_of(interpreter, self));
  const Value args = as_exception(self)->args.get();
  if (as_dict(dict.get())->used == 0) {
    const Value items[] = {type, args};
    return new_tuple(interpreter, items);
  }
  const Value items[] = {type, args, dict.get()};
  return new_tuple(interpreter, items);
}

// __setstate__(state): the attributes of a dict state (None: nothing).
Ref exception_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "BaseException.__setstate__", count, kwnames)) return Ref();
  const Value state = arguments[0];
  if (state == interpreter.none()) return interpreter.new_none();
  if (!is_dict(interpreter, state)) return interpreter.raise(interpreter.TypeError_type, "state is not a dictionary");
  std::size_t position = 0;
  Value key, value;
  while (dict_next(state, position, key, value))
    if (!set_attribute(interpreter, self, key, value)) return Ref();
  return interpreter.new_none();
}

Ref get_dict(Interpreter& interpreter, Value self) { return instance_dict(interpreter, self); }

void exception_deallocate(Interpreter& interpreter, Object* object) {
  auto* exception = static_cast<ExceptionObject*>(object);
  release_attributes(exception->attributes);
  gc_delete(interpreter, exception);
}

// (The attributes are visited and cleared by the collector for every layout.)
void exception_traverse(Object* object, const Visitor& visit) {
  const auto* exception = static_cast<ExceptionObject*>(object);
  for (const Ref* field : {&exception->args, &exception->cause, &exception->context, &exception->payload,
                           &exception->fields})
    visit(*field);
  for (const ExceptionObject::TracebackEntry& entry : exception->traceback) {
    visit(entry.code);
    visit(entry.globals);
    visit(entry.object);
    visit(entry.frame);
  }
}

// args becomes () rather than null: printing an exception needs it.
void exception_clear(Interpreter& interpreter, Object* object) {
  auto* exception = static_cast<ExceptionObject*>(object);
  Ref fields[] = {std::exchange(exception->args, new_tuple(interpreter, {})), std::move(exception->cause),
                  std::move(exception->context), std::move(exception->payload), std::move(exception->fields)};
  std::vector<ExceptionObject::TracebackEntry> traceback = std::move(exception->traceback);
}

}  // namespace

bool is_exception(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.BaseException_type);
}

bool is_exception_type(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.type_type &&
         is_subtype(static_cast<const Type*>(value.as_object()), interpreter.BaseException_type);
}

Ref new_exception(Interpreter& interpreter, Type* type, Ref args) {
  auto* exception = gc_new<ExceptionObject>(interpreter, type);
  exception->args = std::move(args);
  return Ref::steal(Value::object(exception));
}

Ref new_exception(Interpreter& interpreter, Type* type, std::string_view message) {
  if (message.empty()) return new_exception(interpreter, type, new_tuple(interpreter, {}));
  Ref text = new_str(interpreter, message);
  const Value item = text.get();
  return new_exception(interpreter, type, new_tuple(interpreter, std::span<const Value>(&item, 1)));
}

void copy_traceback(const ExceptionObject& from, ExceptionObject& to) {
  to.traceback.clear();
  for (const ExceptionObject::TracebackEntry& entry : from.traceback)
    to.traceback.push_back({Ref::borrow(entry.code.get()), Ref::borrow(entry.globals.get()), entry.line, entry.instruction,
                            Ref::borrow(entry.object.get()), Ref::borrow(entry.frame.get())});
}

Ref raise_key_error(Interpreter& interpreter, Value key) {
  interpreter.raise_object(new_exception(interpreter, interpreter.KeyError_type,
                                         new_tuple(interpreter, std::span<const Value>(&key, 1))));
  return Ref();
}

Ref raise_stop_iteration(Interpreter& interpreter, Value value) {
  // A None return value makes a bare StopIteration(), as CPython's.
  const bool none = value.is_null() || value == interpreter.none();
  Ref exception = new_exception(interpreter, interpreter.StopIteration_type,
                                new_tuple(interpreter, std::span<const Value>(&value, none ? 0 : 1)));
  if (!none) as_exception(exception.get())->payload = Ref::borrow(value);
  interpreter.raise_object(std::move(exception));
  return Ref();
}

void init_exception_types(Interpreter& interpreter) {
  Type* type = interpreter.BaseException_type;
  type->construct = &exception_new;
  type->initialize = &exception_init;
  type->str = &exception_str;
  type->repr = &exception_repr;
  type->deallocate = &exception_deallocate;
  type->traverse = &exception_traverse;
  type->clear = &exception_clear;
  type->attributes_offset = attributes_offset<ExceptionObject>();
  add_getsets(interpreter, type,
              {{"args", &get_args, &set_args},
               {"__dict__", &get_dict},
               {"__cause__", &get_cause, &set_cause},
               {"__context__", &get_context, &set_context},
               {"__suppress_context__", &get_suppress_context, &set_suppress_context},
               {"__traceback__", &get_traceback, &set_traceback}});
  add_methods(interpreter, type,
              {{"with_traceback", &exception_with_traceback},
               {"add_note", &exception_add_note},
               {"__reduce__", &exception_reduce},
               {"__setstate__", &exception_setstate}});
  interpreter.KeyError_type->str = &key_error_str;
  interpreter.StopIteration_type->initialize = &stop_iteration_init;
  add_getsets(interpreter, interpreter.StopIteration_type, {{"value", &get_payload, &set_payload}});
  interpreter.SystemExit_type->initialize = &system_exit_init;
  add_getsets(interpreter, interpreter.SystemExit_type, {{"code", &get_payload, &set_payload}});
}

}  // namespace krait::runtime
