// VM stage: generators and coroutines (see generator.h): creation, the
// resume/suspend protocol, send/throw/close, `yield from` and `await`
// delegation, and the generator and coroutine types' slots.
#include "vm/generator.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "runtime/warnings.h"
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

// Moves a frame's registers (their references) between the register stack
// and a generator: a few words, moved one by one (GCC would otherwise make
// the loop memmove and memset calls), with the source left null.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void move_registers(Value* from, Value* to, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    to[i] = from[i];
    from[i] = Value();
  }
}

bool is_coroutine(const Interpreter& interpreter, const GeneratorObject* generator) {
  return generator->type == interpreter.coroutine_type;
}

bool is_async_generator(const Interpreter& interpreter, const GeneratorObject* generator) {
  return generator->type == interpreter.async_generator_type;
}

const char* kind_name(const Interpreter& interpreter, const GeneratorObject* generator) {
  return is_coroutine(interpreter, generator)         ? "coroutine"
         : is_async_generator(interpreter, generator) ? "async generator"
                                                      : "generator";
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

}  // namespace

bool push_generator_frame(Interpreter& interpreter, GeneratorObject* generator, Value sent, bool throwing,
                          Value* result, bool entry) {
  auto* function = runtime::as_function(generator->function.get());
  CodeObject* code = code_of(generator);
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  if (!push_frame(interpreter, function, code, function->globals.get(), Value(), window, result, entry)) return false;
  // The sent value goes in before the move (writing the window after a
  // bulk copy would stall on store forwarding).
  Value* saved = generator->registers();
  if (!throwing && generator->sent_register >= 0) {
    if (sent.is_null()) sent = interpreter.none();
    runtime::incref(sent);
    runtime::decref(saved[generator->sent_register]);
    saved[generator->sent_register] = sent;
  }
  move_registers(saved, window, generator->live);
  generator->live = 0;
  runtime::Frame& frame = interpreter.frames.back();
  frame.pc = code->instructions.data() + generator->resume;
  frame.generator = generator;
  if (generator->frame) [[unlikely]]
    runtime::resume_frame_object(frame, std::move(generator->frame));
  generator->state = State::Running;
  generator->sent_register = -1;
  generator->delegate_register = -1;
  generator->awaited = true;
  enter_handled(interpreter, generator);
  return true;
}

void stop_iteration_escaped(Interpreter& interpreter, runtime::Object* object) {
  const auto* generator = static_cast<GeneratorObject*>(object);
  const bool async_stop =
      is_async_generator(interpreter, generator) && interpreter.exception_is(interpreter.StopAsyncIteration_type);
  if (!async_stop && !interpreter.exception_is(interpreter.StopIteration_type)) return;
  Ref stop = interpreter.take_exception();
  interpreter.set_exception(interpreter.RuntimeError_type, std::string(kind_name(interpreter, generator)) +
                                                               (async_stop ? " raised StopAsyncIteration"
                                                                           : " raised StopIteration"));
  auto* error = runtime::as_exception(interpreter.exception());
  error->cause = Ref::borrow(stop.get());
  error->context = std::move(stop);
  error->suppress_context = true;
}

namespace {

// Runs the generator from where it stopped, with `sent` arriving (or, when
// `throwing`, the pending exception raised where it stopped). Returns the
// value it yields or returns (see its state), null on error.
Ref resume(Interpreter& interpreter, GeneratorObject* generator, Value sent, bool throwing,
           runtime::ItemSink* sink) {
  if (!push_generator_frame(interpreter, generator, sent, throwing, nullptr, true)) return Ref();
  interpreter.frames.back().sink = sink;
  return execute(interpreter, throwing);
}

// Resumes the generator: 1 when it yielded `out`, 0 when it returned `out`,
// -1 on error (a StopIteration escaping it becomes RuntimeError, PEP 479).
int send(Interpreter& interpreter, GeneratorObject* generator, Value sent, bool throwing, Ref& out,
         runtime::ItemSink* sink = nullptr) {
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
      break;
    case State::Suspended:
      break;
  }
  const Ref keep = Ref::borrow(Value::object(generator));
  out = resume(interpreter, generator, sent, throwing, sink);
  return out ? (generator->state == State::Suspended ? 1 : 0) : -1;
}

// gen.throw(exception) / gen.close()'s GeneratorExit, the exception pending:
// while the generator delegates (`yield from`), the sub-iterator gets it
// first, as PEP 380 says.
int throw_into(Interpreter& interpreter, GeneratorObject* generator, Ref& out) {
  if (generator->state == State::Suspended && generator->delegate_register >= 0) {
    const Ref sub = Ref::borrow(generator->registers()[generator->delegate_register]);
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

// Feeds a generator's items to a native consumer: each resume runs until an
// item the sink cannot take quietly (or the end), so most items pass with no
// suspending and resuming (register moves, a dispatch loop entered anew).
bool generator_drain(Interpreter& interpreter, Value self, runtime::ItemSink& sink) {
  GeneratorObject* generator = runtime::as_generator(self);
  for (;;) {
    Ref out;
    const int outcome = send(interpreter, generator, Value(), false, out, &sink);
    if (outcome <= 0) return outcome == 0;
    if (!sink.take(interpreter, out.get())) return false;
  }
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
  return runtime::new_str(interpreter, "<" + generator->type->name + " object " +
                                           std::string(runtime::str_utf8(generator->qualname.get())) + " at " +
                                           runtime::address_text(generator) + ">");
}

void generator_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* generator = static_cast<GeneratorObject*>(object);
  for (std::uint32_t i = 0; i < generator->live; ++i) runtime::decref(generator->registers()[i]);
  runtime::decref(generator->handled);
  runtime::gc_delete(interpreter, generator);
}

// A suspended generator owns its live registers; a running one's are on the
// register stack (none are live in the object meanwhile).
void generator_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  const auto* generator = static_cast<GeneratorObject*>(object);
  visit(generator->function);
  visit(generator->name);
  visit(generator->qualname);
  visit(generator->frame);
  for (std::uint32_t i = 0; i < generator->live; ++i) visit(generator->registers()[i]);
  visit(generator->handled);
  visit(generator->resumer_handled);
}

void generator_clear(Interpreter&, runtime::Object* object) {
  auto* generator = static_cast<GeneratorObject*>(object);
  if (generator->state == State::Running) return;
  generator->state = State::Finished;
  // Detached first: releasing a register may run code that sees the generator.
  std::vector<Value> registers(generator->registers(), generator->registers() + generator->live);
  std::fill_n(generator->registers(), generator->live, Value());
  generator->live = 0;
  const Value handled = std::exchange(generator->handled, Value());
  Ref frame = std::move(generator->frame);
  for (Value value : registers) runtime::decref(value);
  runtime::decref(handled);
}

// Before a generator goes (freed, or found in a cycle) it is closed, as
// CPython's _PyGen_Finalize: one stopped inside try/finally or with runs
// its cleanup (and may be resurrected by it); any other suspended one just
// lets go of its frame (as one never started), which is what GeneratorExit
// would do there. A
// coroutine never awaited is reported.
void generator_finalize(Interpreter& interpreter, runtime::Object* object) {
  auto* generator = static_cast<GeneratorObject*>(object);
  if (generator->state == State::Created && is_coroutine(interpreter, generator) && !generator->awaited &&
      !runtime::warn(interpreter, interpreter.RuntimeWarning_type,
                     "coroutine '" + std::string(runtime::str_utf8(generator->qualname.get())) + "' was never awaited",
                     1, Value::object(generator)))
    interpreter.report_unraisable(Value::object(generator));
  if (generator->state == State::Suspended && code_of(generator)->handler_at(generator->resume - 1)) {
    if (!close_generator(interpreter, generator)) interpreter.report_unraisable(Value::object(generator));
  } else if (generator->state == State::Suspended || generator->state == State::Created) {
    generator_clear(interpreter, object);
  }
}

// __del__(): the finalizer, called directly (CPython's wrap_del).
Ref generator_del(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__del__", count, kwnames)) return Ref();
  generator_finalize(interpreter, self.as_object());
  return interpreter.has_exception() ? Ref() : interpreter.new_none();
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
  return Ref::borrow(generator->registers()[generator->delegate_register]);
}
// gi_frame: None once finished; while running, its frame's object; else
// the frame object of the suspended frame as it stands (its variables, the
// line it stopped at, the def's line before it started), the same one until
// it finishes.
Ref get_frame(Interpreter& interpreter, Value self) {
  GeneratorObject* generator = runtime::as_generator(self);
  if (generator->state == State::Finished) return interpreter.new_none();
  const CodeObject* code = code_of(generator);
  if (generator->state == State::Running) {
    for (std::size_t i = interpreter.frames.size(); i-- > 0;)
      if (interpreter.frames[i].generator == generator) return runtime::frame_object(interpreter, interpreter.frames[i]);
    return interpreter.new_none();
  }
  if (generator->frame) return Ref::borrow(generator->frame.get());
  const bool started = generator->state == State::Suspended;
  const int instruction = started ? static_cast<int>(generator->resume) - 1 : 0;
  const auto* function = runtime::as_function(generator->function.get());
  Ref frame = runtime::new_frame_object(interpreter, function->code.get(), function->globals.get(),
                                        started ? code->line_of(static_cast<std::size_t>(instruction)) : code->first_line,
                                        instruction, Ref());
  std::vector<Value>& variables = runtime::as_frame_object(frame.get())->variables;
  variables.assign(generator->registers(), generator->registers() + code->local_count);
  for (const Value value : variables)
    if (!value.is_null()) runtime::incref(value);
  generator->frame = std::move(frame);
  return Ref::borrow(generator->frame.get());
}
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
  auto* wrapper = runtime::gc_new<runtime::CoroutineWrapper>(interpreter, interpreter.coroutine_wrapper_type);
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
void wrapper_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<runtime::CoroutineWrapper*>(object));
}
void wrapper_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(static_cast<runtime::CoroutineWrapper*>(object)->coroutine);
}

}  // namespace

namespace {

// --- async generators (PEP 525) ----------------------------------------------
using runtime::AsyncGeneratorStep;

AsyncGeneratorStep* as_step(Value value) { return static_cast<AsyncGeneratorStep*>(value.as_object()); }

Ref new_step(Interpreter& interpreter, Value generator, AsyncGeneratorStep::Kind kind, Ref value) {
  auto* step = runtime::gc_new<AsyncGeneratorStep>(interpreter, kind == AsyncGeneratorStep::Kind::Send
                                                                      ? interpreter.async_generator_asend_type
                                                                      : interpreter.async_generator_athrow_type);
  step->generator = Ref::borrow(generator);
  step->kind = kind;
  step->value = std::move(value);
  return Ref::steal(Value::object(step));
}

// What one step of the generator means to the awaitable: a value the
// generator yielded completes it (StopIteration(value)); a value an await
// inside passed up goes on to the event loop; the generator's end is
// StopAsyncIteration (aclose(): completion).
Ref finish_step(Interpreter& interpreter, AsyncGeneratorStep* step, int outcome, Ref out) {
  const GeneratorObject* generator = runtime::as_generator(step->generator.get());
  const bool closing = step->kind == AsyncGeneratorStep::Kind::Close;
  if (outcome == 1 && generator->delegate_register >= 0) return out;
  step->state = AsyncGeneratorStep::State::Done;
  if (outcome == 1) {
    if (closing) return interpreter.raise(interpreter.RuntimeError_type, "async generator ignored GeneratorExit");
    return runtime::raise_stop_iteration(interpreter, out.get());
  }
  if (outcome == 0) {
    if (closing) return runtime::raise_stop_iteration(interpreter, Value());
    return interpreter.raise(interpreter.StopAsyncIteration_type, "");
  }
  if (closing && (interpreter.exception_is(interpreter.StopAsyncIteration_type) ||
                  interpreter.exception_is(interpreter.GeneratorExit_type))) {
    Ref discarded = interpreter.take_exception();
    return runtime::raise_stop_iteration(interpreter, Value());
  }
  return Ref();
}

Ref step_send_value(Interpreter& interpreter, Value self, Value sent) {
  AsyncGeneratorStep* step = as_step(self);
  auto* generator = runtime::as_generator(step->generator.get());
  if (step->state == AsyncGeneratorStep::State::Done)
    return interpreter.raise(interpreter.RuntimeError_type,
                             step->kind == AsyncGeneratorStep::Kind::Send
                                 ? "cannot reuse already awaited __anext__()/asend()"
                                 : "cannot reuse already awaited aclose()/athrow()");
  Ref out;
  if (step->state == AsyncGeneratorStep::State::Initial) {
    step->state = AsyncGeneratorStep::State::Running;
    if (step->kind == AsyncGeneratorStep::Kind::Send) {
      const Value first = sent.is_null() || sent == interpreter.none() ? step->value.get() : sent;
      const int outcome = send(interpreter, generator, first, false, out);
      return finish_step(interpreter, step, outcome, std::move(out));
    }
    if (!sent.is_null() && sent != interpreter.none())
      return interpreter.raise(interpreter.RuntimeError_type, "can't send non-None value to a just-started coroutine");
    if (generator->state == State::Finished ||
        (step->kind == AsyncGeneratorStep::Kind::Close && generator->state == State::Created)) {
      generator->state = State::Finished;
      step->state = AsyncGeneratorStep::State::Done;
      if (step->kind == AsyncGeneratorStep::Kind::Close) return runtime::raise_stop_iteration(interpreter, Value());
      interpreter.restore_exception(Ref::borrow(step->value.get()));
      return Ref();
    }
    interpreter.restore_exception(Ref::borrow(step->value.get()));
    const int outcome = throw_into(interpreter, generator, out);
    return finish_step(interpreter, step, outcome, std::move(out));
  }
  const int outcome = send(interpreter, generator, sent, false, out);
  return finish_step(interpreter, step, outcome, std::move(out));
}

Ref step_next(Interpreter& interpreter, Value self) { return step_send_value(interpreter, self, Value()); }

Ref step_send(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "send", kwnames) ||
      !runtime::check_positional(interpreter, "send", count, 1, 1))
    return Ref();
  return step_send_value(interpreter, self, arguments[0]);
}

Ref step_throw(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  AsyncGeneratorStep* step = as_step(self);
  if (!runtime::reject_keywords(interpreter, "throw", kwnames) ||
      !runtime::check_argument_count(interpreter, "throw", count, 1, 3))
    return Ref();
  if (step->state == AsyncGeneratorStep::State::Done)
    return interpreter.raise(interpreter.RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
  if (!set_thrown(interpreter, arguments[0], count > 1 ? arguments[1] : Value())) return Ref();
  step->state = AsyncGeneratorStep::State::Running;
  Ref out;
  const int outcome = throw_into(interpreter, runtime::as_generator(step->generator.get()), out);
  return finish_step(interpreter, step, outcome, std::move(out));
}

Ref step_close(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  as_step(self)->state = AsyncGeneratorStep::State::Done;
  return interpreter.new_none();
}

Ref step_await(Interpreter&, Value self, const Value*, std::size_t, Value) { return Ref::borrow(self); }

void step_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<AsyncGeneratorStep*>(object));
}
void step_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(as_step(Value::object(object))->generator);
  visit(as_step(Value::object(object))->value);
}

Ref async_generator_aiter(Interpreter&, Value self, const Value*, std::size_t, Value) { return Ref::borrow(self); }

Ref async_generator_anext(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "__anext__", kwnames) ||
      !runtime::check_positional(interpreter, "__anext__", count, 0, 0))
    return Ref();
  return new_step(interpreter, self, AsyncGeneratorStep::Kind::Send, interpreter.new_none());
}

Ref async_generator_asend(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "asend", kwnames) ||
      !runtime::check_positional(interpreter, "asend", count, 1, 1))
    return Ref();
  return new_step(interpreter, self, AsyncGeneratorStep::Kind::Send, Ref::borrow(arguments[0]));
}

Ref async_generator_athrow(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                           Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "athrow", kwnames) ||
      !runtime::check_argument_count(interpreter, "athrow", count, 1, 3) ||
      !set_thrown(interpreter, arguments[0], count > 1 ? arguments[1] : Value()))
    return Ref();
  return new_step(interpreter, self, AsyncGeneratorStep::Kind::Throw, interpreter.take_exception());
}

Ref async_generator_aclose(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "aclose", kwnames) ||
      !runtime::check_positional(interpreter, "aclose", count, 0, 0))
    return Ref();
  return new_step(interpreter, self, AsyncGeneratorStep::Kind::Close,
                  runtime::new_exception(interpreter, interpreter.GeneratorExit_type, ""));
}

void install_async_generators(Interpreter& interpreter) {
  runtime::add_methods(interpreter, interpreter.async_generator_type,
                       {{"__aiter__", &async_generator_aiter},
                        {"__anext__", &async_generator_anext},
                        {"asend", &async_generator_asend},
                        {"athrow", &async_generator_athrow},
                        {"aclose", &async_generator_aclose}});
  runtime::add_getsets(interpreter, interpreter.async_generator_type,
                       {{"ag_running", &get_running}, {"ag_code", &get_code}, {"ag_frame", &get_frame},
                        {"ag_await", &get_yield_from}});
  for (runtime::Type* type : {interpreter.async_generator_asend_type, interpreter.async_generator_athrow_type}) {
    type->iter = &self_iterator;
    type->next = &step_next;
    type->deallocate = &step_deallocate;
    type->traverse = &step_traverse;
    runtime::add_methods(interpreter, type,
                         {{"send", &step_send}, {"throw", &step_throw}, {"close", &step_close}, {"__await__", &step_await}});
  }
}

}  // namespace

Ref new_generator(Interpreter& interpreter, runtime::FunctionObject* function, CodeObject* code, Value* window) {
  const auto register_count = static_cast<std::uint32_t>(code->register_count);
  auto* generator = runtime::gc_new<GeneratorObject>(interpreter,
                                                     code->flags & compiler::code_async_generator ? interpreter.async_generator_type
                                                     : code->flags & compiler::code_coroutine     ? interpreter.coroutine_type
                                                                                                  : interpreter.generator_type,
                                                     register_count * sizeof(Value));
  std::uninitialized_fill_n(generator->registers(), register_count, Value());
  generator->register_count = register_count;
  generator->function = Ref::borrow(Value::object(function));
  generator->name = Ref::borrow(function->name.get());
  generator->qualname = Ref::borrow(function->qualname.get());
  // Before the body runs only the variables hold values (the temporaries
  // above them are null, as all registers above the running frames).
  generator->live = static_cast<std::uint32_t>(code->local_count);
  move_registers(window, generator->registers(), generator->live);
  return Ref::steal(Value::object(generator));
}

void suspend_generator(Interpreter& interpreter, runtime::Frame& frame, const compiler::Instruction* resume,
                       int sent_register, int delegate_register, int live) {
  auto* generator = static_cast<GeneratorObject*>(frame.generator);
  const CodeObject* code = static_cast<const CodeObject*>(frame.code);
  generator->frame = runtime::suspend_frame_object(frame, resume);
  release_function_locals(interpreter, frame, resume);
  move_registers(frame.registers, generator->registers(), static_cast<std::size_t>(live));
  generator->live = static_cast<std::uint32_t>(live);
  // Temporaries above the live ones are dead: released now (as CPython pops
  // them), so that the register stack above the running frames stays null.
  for (int i = live; i < code->register_count; ++i) runtime::decref(std::exchange(frame.registers[i], Value()));
  release_function_locals(interpreter, frame, resume);  // made again by a finalizer meanwhile
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
  // A generator of a @types.coroutine function (CO_ITERABLE_COROUTINE) is awaited as it is.
  if (type == interpreter.generator_type && code_of(runtime::as_generator(value))->flags & compiler::code_iterable_coroutine)
    return Ref::borrow(value);
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
  install_async_generators(interpreter);
  for (runtime::Type* type : {interpreter.generator_type, interpreter.coroutine_type, interpreter.async_generator_type}) {
    type->repr = &generator_repr;
    type->deallocate = &generator_deallocate;
    type->traverse = &generator_traverse;
    type->clear = &generator_clear;
    type->finalize = &generator_finalize;
    type->weakrefable = true;
    runtime::add_getsets(interpreter, type,
                         {{"__name__", &get_name, &set_name}, {"__qualname__", &get_qualname, &set_qualname}});
  }
  for (runtime::Type* type : {interpreter.generator_type, interpreter.coroutine_type})
    runtime::add_methods(interpreter, type,
                         {{"send", &generator_send}, {"throw", &generator_throw}, {"close", &generator_close},
                          {"__del__", &generator_del}});
  runtime::Type* generator = interpreter.generator_type;
  generator->iter = &self_iterator;
  generator->next = &generator_next;
  generator->drain = &generator_drain;
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
  wrapper->traverse = &wrapper_traverse;
  runtime::add_methods(interpreter, wrapper,
                       {{"send", &wrapper_send}, {"throw", &wrapper_throw}, {"close", &wrapper_close}});
}

}  // namespace krait::vm
