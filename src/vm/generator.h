// VM stage: running generators and coroutines. Calling a generator function
// makes a GeneratorObject holding the bound frame registers; each resumption
// puts them back on the register stack as an entry frame and runs it until
// it yields (suspend_generator) or ends (finish_generator).
#pragma once

#include "compiler/code_object.h"
#include "objects/function_object.h"
#include "objects/generator_object.h"
#include "runtime/frame.h"
#include "runtime/interpreter.h"

namespace krait::vm {

// The generator, coroutine or async generator of a call of `function`, whose
// arguments are bound in `window` (its registers move into the object).
runtime::Ref new_generator(runtime::Interpreter& interpreter, runtime::FunctionObject* function,
                           compiler::CodeObject* code, runtime::Value* window);

// A yield: the frame's registers [0, live) move into its generator (the
// others are released), which will resume at `resume` with a sent value in
// `sent_register` (-1: none), delegating to the sub-iterator in
// `delegate_register` (-1: none); the frame is popped.
void suspend_generator(runtime::Interpreter& interpreter, runtime::Frame& frame, const compiler::Instruction* resume,
                       int sent_register, int delegate_register, int live);

// Pushes the generator's frame to resume it, with `sent` arriving (unless
// `throwing`), returning into `result` (entry frames: to the native caller).
[[nodiscard]] bool push_generator_frame(runtime::Interpreter& interpreter, runtime::GeneratorObject* generator,
                                        runtime::Value sent, bool throwing, runtime::Value* result, bool entry);

// A StopIteration leaving a generator's frame becomes RuntimeError (PEP 479).
void stop_iteration_escaped(runtime::Interpreter& interpreter, runtime::Object* generator);

// The generator of a frame that returned or raised is done.
void finish_generator(runtime::Interpreter& interpreter, runtime::Object* generator);

// One step of `yield from sub` / `await sub` sending `sent`: 1 when sub
// yielded `out`, 0 when it returned `out`, -1 on error. `out` is owned.
int delegate_step(runtime::Interpreter& interpreter, runtime::Value sub, runtime::Value sent, runtime::Value& out);

// The iterator of `yield from value` (a generator or coroutine as it is), and
// of `await value` (`in_coroutine`: the awaiting code is a coroutine).
runtime::Ref yield_from_iterator(runtime::Interpreter& interpreter, runtime::Value value, bool in_coroutine);
runtime::Ref awaitable_iterator(runtime::Interpreter& interpreter, runtime::Value value);

void install_generators(runtime::Interpreter& interpreter);

}  // namespace krait::vm
