// VM stage: generators and coroutines (see generator.h): creation, the
// resume/suspend protocol, send/throw/close, `yield from` and `await`
// delegation, and the generator and coroutine types' slots.
#include "vm/generator.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "vm/call.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using runtime::GeneratorObject;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;
using State = GeneratorObject::State;

CodeObject* code_of(const GeneratorObject* generator) {
  return compiler::as_code(runtime::as_function(generator->function.get())->code.get());
}

bool is_coroutine(const Interpreter& interpreter, const GeneratorObject* generator) {
  return generator->type == interpreter.coroutine_type;
}

const char* kind_name(const Interpreter& interpreter, const GeneratorObject* generator) {
  return is_coroutine(interpreter, generator) ? "coroutine" : "generator";
}

// The exception being handled swaps as control enters and leaves the
// generator: inside, it is what the generator was handling when it last
// suspended, or else what its resumer is handling.
void enter_handled(Interpreter& interpreter, GeneratorObject* generator) {
  generator->resumer_handled = interpreter.handled_exception;
  if (generator->handled.is_null()) runtime::incref(generator->resumer_handled);
  interpreter.handled_exception = generator->handled.is_null() ? generator->resumer_handled : generator->handled;
  generator->handled = Value();
}

void leave_handled(Interpreter& interpreter, GeneratorObject* generator) {
  const Value inside = interpreter.handled_exception;
  interpreter.handled_exception = generator->resumer_handled;
  generator->resumer_handled = Value();
  if (inside == interpreter.handled_exception) {
    runtime::decref(inside);
  } else {
    generator->handled = inside;
  }
}

// Runs the generator from where it stopped, with `sent` arriving (or, when
// `throwing`, the pending exception raised where it stopped). Returns the
// value it yields or returns (see its state), null on error.
Ref resume(Interpreter& interpreter, GeneratorObject* generator, Value sent, bool throwing) {
  auto* function = runtime::as_function(generator->function.get());
  CodeObject* code = code_of(generator);
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  if (!push_frame(interpreter, function, code, function->globals.get(), Value(), window, nullptr, true)) return Ref();
  std::copy(generator->registers.begin(), generator->registers.end(), window);
  std::fill(generator->registers.begin(), generator->registers.end(), Value());
  if (!throwing && generator->sent_register >= 0) {
    if (sent.is_null()) sent = interpreter.none();
    runtime::incref(sent);
    runtime::decref(window[generator->sent_register]);
    window[generator->sent_register] = sent;
  }
  runtime::Frame& frame = interpreter.frames.back();
  frame.pc = code->instructions.data() + generator->resume;
  frame.generator = generator;
  generator->state = State::Running;
  generator->sent_register = -1;
  generator->delegate_register = -1;
  enter_handled(interpreter, generator);
  return execute(interpreter, throwing);
}

// Resumes the generator: 1 when it yielded `out`, 0 when it returned `out`,
// -1 on error (a StopIteration escaping it becomes RuntimeError, PEP 479).
int send(Interpreter& interpreter, GeneratorObject* generator, Value sent, bool throwing, Ref& out) {
  switch (generator->state) {
    case State::Running:
      if (throwing) Ref discarded = interpreter.take_exception();
      interpreter.set_exception(interpreter.ValueError_type, std::string(kind_name(interpreter, generator)) + " already executing");
      return -1;
    case State::Finished:
      if (throwing) return -1;
      if (is_coroutine(interpreter, generator)) {
        interpreter.set_exception(interpreter.RuntimeError_type, "cannot reuse already awaited coroutine");
        return -1;
      }
      out = interpreter.new_none();
      return 0;
    case State::Created:
      if (throwing) {
        generator->state = State::Finished;
        return -1;
      }
      if (!sent.is_null() && sent != interpreter.none()) {
        interpreter.set_exception(interpreter.TypeError_type, "can't send non-None value to a just-started " +
                                                                  std::string(kind_name(interpreter, generator)));
        return -1;
      }
      generator->awaited = true;
      break;
    case State::Suspended:
      break;
  }
  const Ref keep = Ref::borrow(Value::object(generator));
  out = resume(interpreter, generator, sent, throwing);
  if (out) return generator->state == State::Suspended ? 1 : 0;
  if (interpreter.exception_is(interpreter.StopIteration_type)) {
    Ref stop = interpreter.take_exception();
    interpreter.set_exception(interpreter.RuntimeError_type,
                              std::string(kind_name(interpreter, generator)) + " raised StopIteration");
    auto* error = runtime::as_exception(interpreter.exception());
    error->cause = Ref::borrow(stop.get());
    error->context = std::move(stop);
    error->suppress_context = true;
  }
  return -1;
}

// gen.throw(exception) / gen.close()'s GeneratorExit, the exception pending:
// while the generator delegates (`yield from`), the sub-iterator gets it
// first, as PEP 380 says.
int throw_into(Interpreter& interpreter, GeneratorObject* generator, Ref& out) {
  if (generator->state == State::Suspended && generator->delegate_register >= 0) {
    const Ref sub = Ref::borrow(generator->registers[generator->delegate_register]);
    const bool closing = interpreter.exception_is(interpreter.GeneratorExit_type);
    Ref method;
    Ref pending = interpreter.take_exception();
    const int found = runtime::lookup_attribute(interpreter, sub.get(), closing ? interpreter.names.close : interpreter.names.throw_, method);
    if (found > 0 && closing) {
      Ref result = runtime::call(interpreter, method.get(), nullptr, 0);
      if (result) interpreter.restore_exception(std::move(pending));
    } else if (found > 0) {
      const Value argument = pending.get();
      Ref result = runtime::call(interpreter, method.get(), &argument, 1);
      if (result) {
        out = std::move(result);
        return 1;  // the sub-iterator yielded: so does the generator, still delegating
      }
      if (interpreter.exception_is(interpreter.StopIteration_type)) {
        // The sub-iterator finished: the generator goes on after its yield from.
        Ref stop = interpreter.take_exception();
        const Ref& value = runtime::as_exception(stop.get())->payload;
        generator->sent_register = compiler::operand_b(code_of(generator)->instructions[generator->resume]);
        ++generator->resume;
        return send(interpreter, generator, value ? value.get() : interpreter.none(), false, out);
      }
    } else if (found == 0) {
      interpreter.restore_exception(std::move(pending));
    }
  }
  return send(interpreter, generator, Value(), true, out);
}

// throw(type[, value[, traceback]]) as CPython normalises it.
bool set_thrown(Interpreter& interpreter, Value type, Value value) {
  if (runtime::is_exception_type(interpreter, type)) {
    Ref exception;
    if (!value.is_null() && value != interpreter.none() &&
        runtime::is_subtype(runtime::type_of(interpreter, value), static_cast<runtime::Type*>(type.as_object()))) {
      exception = Ref::borrow(value);
    } else if (value.is_null() || value == interpreter.none()) {
      exception = runtime::call(interpreter, type, nullptr, 0);
    } else if (runtime::type_of(interpreter, value) == interpreter.tuple_type) {
      exception = runtime::call(interpreter, type, runtime::as_tuple(value)->items(), runtime::as_tuple(value)->size);
    } else {
      exception = runtime::call(interpreter, type, &value, 1);
    }
    if (!exception) return false;
    interpreter.restore_exception(std::move(exception));
    return true;
  }
  if (runtime::is_exception(interpreter, type)) {
    if (!value.is_null() && value != interpreter.none()) {
      interpreter.set_exception(interpreter.TypeError_type, "instance exception may not have a separate value");
      return false;
    }
    interpreter.restore_exception(Ref::borrow(type));
    return true;
  }
  interpreter.set_exception(interpreter.TypeError_type,
                            "exceptions must be classes or instances deriving from BaseException, not " +
                                std::string(runtime::type_name(interpreter, type)));
  return false;
}

Ref generator_next(Interpreter& interpreter, Value self) {
  Ref out;
  const int outcome = send(interpreter, runtime::as_generator(self), Value(), false, out);
  if (outcome == 1) return out;
  if (outcome == 0 && out.get() != interpreter.none()) return runtime::raise_stop_iteration(interpreter, out.get());
  return Ref();
}

// The value yielded, or StopIteration carrying the value returned.
Ref yielded_or_stop(Interpreter& interpreter, int outcome, Ref out) {
  if (outcome == 1) return out;
  if (outcome == 0) return runtime::raise_stop_iteration(interpreter, out.get());
  return Ref();
}

Ref generator_send(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "send", kwnames) ||
      !runtime::check_positional(interpreter, "send", count, 1, 1))
    return Ref();
  Ref out;
  const int outcome = send(interpreter, runtime::as_generator(self), arguments[0], false, out);
  return yielded_or_stop(interpreter, outcome, std::move(out));
}

Ref generator_throw(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "throw", kwnames) ||
      !runtime::check_argument_count(interpreter, "throw", count, 1, 3) ||
      !set_thrown(interpreter, arguments[0], count > 1 ? arguments[1] : Value()))
    return Ref();
  Ref out;
  const int outcome = throw_into(interpreter, runtime::as_generator(self), out);
  return yielded_or_stop(interpreter, outcome, std::move(out));
}

// close(): GeneratorExit raised where the generator stopped, which must end it.
bool close_generator(Interpreter& interpreter, GeneratorObject* generator) {
  if (generator->state == State::Created || generator->state == State::Finished) {
    generator->state = State::Finished;
    return true;
  }
  interpreter.restore_exception(runtime::new_exception(interpreter, interpreter.GeneratorExit_type, ""));
  Ref out;
  const int outcome = throw_into(interpreter, generator, out);
  if (outcome == 1) {
    interpreter.set_exception(interpreter.RuntimeError_type,
                              std::string(kind_name(interpreter, generator)) + " ignored GeneratorExit");
    return false;
  }
  if (outcome == 0) return true;
  if (interpreter.exception_is(interpreter.GeneratorExit_type) || interpreter.exception_is(interpreter.StopIteration_type)) {
    Ref discarded = interpreter.take_exception();
    return true;
  }
  return false;
}

Ref generator_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "close", kwnames) ||
      !runtime::check_positional(interpreter, "close", count, 0, 0))
    return Ref();
  if (!close_generator(interpreter, runtime::as_generator(self))) return Ref();
  return interpreter.new_none();
}

Ref generator_repr(Interpreter& interpreter, Value self) {
  const GeneratorObject* generator = runtime::as_generator(self);
  return runtime::new_str(interpreter, "<" + std::string(kind_name(interpreter, generator)) + " object " +
                                           std::string(runtime::str_utf8(generator->qualname.get())) + " at " +
                                           runtime::address_text(generator) + ">");
}

// Prints what CPython's default unraisable hook prints for an exception
// raised where nothing can receive it (a finaliser).
void report_unraisable(Interpreter& interpreter, Value object) {
  Ref exception = interpreter.take_exception();
  Ref description = runtime::repr(interpreter, object);
  if (!description) Ref discarded = interpreter.take_exception();
  std::string text = "Exception ignored in: " +
                     (description ? std::string(runtime::str_utf8(description.get())) : std::string("<object>")) + "\n" +
                     format_exception(interpreter, exception.get());
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void generator_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* generator = static_cast<GeneratorObject*>(object);
  // A generator stopped inside try/finally or with runs its cleanup first
  // (it is kept alive meanwhile, and may be resurrected by it).
  if (generator->state == State::Suspended && code_of(generator)->handler_at(generator->resume - 1)) {
    generator->refcount = 1;
    const Ref saved = interpreter.take_exception();
    if (!close_generator(interpreter, generator)) report_unraisable(interpreter, Value::object(generator));
    if (saved) interpreter.restore_exception(Ref::borrow(saved.get()));
    if (--generator->refcount != 0) return;
  } else if (generator->state == State::Created && is_coroutine(interpreter, generator) && !generator->awaited) {
    std::fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n",
                 std::string(runtime::str_utf8(generator->qualname.get())).c_str());
  }
  for (Value value : generator->registers) runtime::decref(value);
  runtime::decref(generator->handled);
  delete generator;
}

Ref get_running(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(runtime::as_generator(self)->state == State::Running);
}
Ref get_suspended(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(runtime::as_generator(self)->state == State::Suspended);
}
Ref get_code(Interpreter&, Value self) {
  return Ref::borrow(runtime::as_function(runtime::as_generator(self)->function.get())->code.get());
}
Ref get_yield_from(Interpreter& interpreter, Value self) {
  const GeneratorObject* generator = runtime::as_generator(self);
  if (generator->state != State::Suspended || generator->delegate_register < 0) return interpreter.new_none();
  return Ref::borrow(generator->registers[generator->delegate_register]);
}
Ref get_frame(Interpreter& interpreter, Value) { return interpreter.new_none(); }
Ref get_name(Interpreter&, Value self) { return Ref::borrow(runtime::as_generator(self)->name.get()); }
Ref get_qualname(Interpreter&, Value self) { return Ref::borrow(runtime::as_generator(self)->qualname.get()); }

int set_str_field(Interpreter& interpreter, Value value, Ref& field, const char* what) {
  if (value.is_null() || !runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(what) + " must be set to a string object");
    return -1;
  }
  field = Ref::borrow(value);
  return 0;
}
int set_name(Interpreter& interpreter, Value self, Value value) {
  return set_str_field(interpreter, value, runtime::as_generator(self)->name, "__name__");
}
int set_qualname(Interpreter& interpreter, Value self, Value value) {
  return set_str_field(interpreter, value, runtime::as_generator(self)->qualname, "__qualname__");
}

Ref self_iterator(Interpreter&, Value self) { return Ref::borrow(self); }

// coroutine.__await__(): an iterator driving the coroutine.
Ref coroutine_await(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "__await__", kwnames) ||
      !runtime::check_positional(interpreter, "__await__", count, 0, 0))
    return Ref();
  auto* wrapper = new runtime::CoroutineWrapper;
  wrapper->type = interpreter.coroutine_wrapper_type;
  wrapper->coroutine = Ref::borrow(self);
  return Ref::steal(Value::object(wrapper));
}

Value wrapped(Value wrapper) { return static_cast<runtime::CoroutineWrapper*>(wrapper.as_object())->coroutine.get(); }

Ref wrapper_next(Interpreter& interpreter, Value self) { return generator_next(interpreter, wrapped(self)); }
Ref wrapper_send(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return generator_send(interpreter, wrapped(self), arguments, count, kwnames);
}
Ref wrapper_throw(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return generator_throw(interpreter, wrapped(self), arguments, count, kwnames);
}
Ref wrapper_close(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return generator_close(interpreter, wrapped(self), arguments, count, kwnames);
}
void wrapper_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<runtime::CoroutineWrapper*>(object); }

}  // namespace

Ref new_generator(Interpreter& interpreter, runtime::FunctionObject* function, CodeObject* code, Value* window) {
  if (code->flags & compiler::code_async_generator)
    return interpreter.raise(interpreter.NotImplementedError_type, "async generators are not supported yet");
  auto* generator = new GeneratorObject;
  generator->type = code->flags & compiler::code_coroutine ? interpreter.coroutine_type : interpreter.generator_type;
  generator->function = Ref::borrow(Value::object(function));
  generator->name = Ref::borrow(function->name.get());
  generator->qualname = Ref::borrow(function->qualname.get());
  generator->registers.assign(window, window + code->register_count);
  std::fill(window, window + code->register_count, Value());
  return Ref::steal(Value::object(generator));
}

void suspend_generator(Interpreter& interpreter, runtime::Frame& frame, const compiler::Instruction* resume,
                       int sent_register, int delegate_register) {
  auto* generator = static_cast<GeneratorObject*>(frame.generator);
  const CodeObject* code = static_cast<const CodeObject*>(frame.code);
  std::copy(frame.registers, frame.registers + code->register_count, generator->registers.begin());
  std::fill(frame.registers, frame.registers + code->register_count, Value());
  generator->resume = static_cast<std::uint32_t>(resume - code->instructions.data());
  generator->sent_register = sent_register;
  generator->delegate_register = delegate_register;
  generator->state = State::Suspended;
  leave_handled(interpreter, generator);
  runtime::Object* function = frame.function;
  interpreter.frames.pop_back();
  --interpreter.frame_depth;
  runtime::decref(Value::object(function));
}

void finish_generator(Interpreter& interpreter, runtime::Object* object) {
  auto* generator = static_cast<GeneratorObject*>(object);
  generator->state = State::Finished;
  leave_handled(interpreter, generator);
  runtime::decref(generator->handled);
  generator->handled = Value();
}

int delegate_step(Interpreter& interpreter, Value sub, Value sent, Value& out) {
  const runtime::Type* type = runtime::type_of(interpreter, sub);
  Ref result;
  if (type == interpreter.generator_type || type == interpreter.coroutine_type) {
    const int outcome = send(interpreter, runtime::as_generator(sub), sent, false, result);
    out = result.release();
    return outcome;
  }
  if (sent == interpreter.none() && type->next) {
    result = type->next(interpreter, sub);
  } else {
    result = runtime::call_method(interpreter, sub, interpreter.names.send, &sent, 1);
  }
  if (result) {
    out = result.release();
    return 1;
  }
  if (interpreter.has_exception() && !interpreter.exception_is(interpreter.StopIteration_type)) return -1;
  // Exhausted, or StopIteration carrying the return value.
  Ref stop = interpreter.take_exception();
  const Value value = stop ? runtime::as_exception(stop.get())->payload.get() : Value();
  out = value.is_null() ? interpreter.new_none().release() : Ref::borrow(value).release();
  return 0;
}

Ref yield_from_iterator(Interpreter& interpreter, Value value, bool in_coroutine) {
  const runtime::Type* type = runtime::type_of(interpreter, value);
  if (type == interpreter.coroutine_type) {
    if (!in_coroutine)
      return interpreter.raise(interpreter.TypeError_type,
                               "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return Ref::borrow(value);
  }
  if (type == interpreter.generator_type) return Ref::borrow(value);
  return runtime::get_iterator(interpreter, value);
}

Ref awaitable_iterator(Interpreter& interpreter, Value value) {
  const runtime::Type* type = runtime::type_of(interpreter, value);
  if (type == interpreter.coroutine_type) {
    const GeneratorObject* coroutine = runtime::as_generator(value);
    if (coroutine->state == State::Suspended && coroutine->delegate_register >= 0)
      return interpreter.raise(interpreter.RuntimeError_type, "coroutine is being awaited already");
    return Ref::borrow(value);
  }
  const Value method = runtime::lookup_special(interpreter, value, interpreter.intern("__await__"));
  if (method.is_null())
    return interpreter.raise(interpreter.TypeError_type, "object " + std::string(runtime::type_name(interpreter, value)) +
                                                             " can't be used in 'await' expression");
  Ref bound = runtime::bind_special(interpreter, method, value);
  if (!bound) return Ref();
  Ref iterator = runtime::call(interpreter, bound.get(), nullptr, 0);
  if (!iterator) return Ref();
  const runtime::Type* iterator_type = runtime::type_of(interpreter, iterator.get());
  if (iterator_type == interpreter.coroutine_type)
    return interpreter.raise(interpreter.TypeError_type, "__await__() returned a coroutine");
  if (!iterator_type->next)
    return interpreter.raise(interpreter.TypeError_type, "__await__() returned non-iterator of type '" +
                                                             std::string(iterator_type->name) + "'");
  return iterator;
}

void install_generators(Interpreter& interpreter) {
  for (runtime::Type* type : {interpreter.generator_type, interpreter.coroutine_type}) {
    type->repr = &generator_repr;
    type->deallocate = &generator_deallocate;
    runtime::add_methods(interpreter, type,
                         {{"send", &generator_send}, {"throw", &generator_throw}, {"close", &generator_close}});
    runtime::add_getsets(interpreter, type,
                         {{"__name__", &get_name, &set_name}, {"__qualname__", &get_qualname, &set_qualname}});
  }
  runtime::Type* generator = interpreter.generator_type;
  generator->iter = &self_iterator;
  generator->next = &generator_next;
  runtime::add_getsets(interpreter, generator,
                       {{"gi_running", &get_running},
                        {"gi_suspended", &get_suspended},
                        {"gi_code", &get_code},
                        {"gi_frame", &get_frame},
                        {"gi_yieldfrom", &get_yield_from}});
  runtime::Type* coroutine = interpreter.coroutine_type;
  runtime::add_methods(interpreter, coroutine, {{"__await__", &coroutine_await}});
  runtime::add_getsets(interpreter, coroutine,
                       {{"cr_running", &get_running},
                        {"cr_suspended", &get_suspended},
                        {"cr_code", &get_code},
                        {"cr_frame", &get_frame},
                        {"cr_await", &get_yield_from}});
  runtime::Type* wrapper = interpreter.coroutine_wrapper_type;
  wrapper->iter = &self_iterator;
  wrapper->next = &wrapper_next;
  wrapper->deallocate = &wrapper_deallocate;
  runtime::add_methods(interpreter, wrapper,
                       {{"send", &wrapper_send}, {"throw", &wrapper_throw}, {"close", &wrapper_close}});
}

}  // namespace krait::vm
