// Objects: the frame type (see frame_object.h). Only the code object's
// fields are read here, from its header: the runtime does not link the
// compiler stage.
#include "objects/frame_object.h"

#include <algorithm>
#include <string>
#include <utility>

#include "compiler/code_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/frame_inspection.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Offsets as CPython counts them: two bytes per code unit.
constexpr int bytes_per_instruction = 2;

const compiler::CodeObject* code_of(Value code) { return static_cast<const compiler::CodeObject*>(code.as_object()); }
bool is_optimized(Value code) { return code_of(code)->flags & compiler::code_optimized; }

Ref or_none(Interpreter& interpreter, const Ref& value) { return value ? Ref::borrow(value.get()) : interpreter.new_none(); }

FrameObject* allocate(Interpreter& interpreter, Value code, Value globals) {
  auto* frame = gc_new<FrameObject>(interpreter, interpreter.frame_type);
  frame->code = Ref::borrow(code);
  if (!globals.is_null()) frame->globals = Ref::borrow(globals);
  return frame;
}

// The instruction a running frame is at: the one before its saved pc.
int current_instruction(const Frame& frame) {
  const compiler::CodeObject* code = code_of(Value::object(frame.code));
  if (!frame.pc || code->instructions.empty()) return 0;
  const auto index = static_cast<int>(frame.pc - reinterpret_cast<const std::uint32_t*>(code->instructions.data()));
  return index > 0 ? index - 1 : 0;
}

// The frame record below `frame` on the frame stack, or null.
Frame* caller_of(Interpreter& interpreter, Frame& frame) {
  const auto index = &frame - interpreter.frames.data();
  return index > 0 ? &interpreter.frames[static_cast<std::size_t>(index - 1)] : nullptr;
}

// The frame has stopped (ended, or its generator suspended): the object
// keeps its variables (copied: the VM clears or moves the registers) and
// position.
void detach(FrameObject& object, const Frame& frame) {
  object.running = nullptr;
  object.instruction = current_instruction(frame);
  object.line = code_of(object.code.get())->line_of(static_cast<std::size_t>(object.instruction));
  if (!object.namespace_mapping) {
    const int count = code_of(object.code.get())->local_count;
    object.variables.assign(frame.registers, frame.registers + count);
    for (const Value value : object.variables)
      if (!value.is_null()) incref(value);
  }
}

// The frame has ended: the object also keeps its caller.
void finish(Interpreter& interpreter, FrameObject& object, Frame& frame) {
  detach(object, frame);
  if (Frame* caller = caller_of(interpreter, frame)) object.back = frame_object(interpreter, *caller);
}

void release_variables(FrameObject& frame) {
  std::vector<Value> variables = std::move(frame.variables);
  frame.variables.clear();
  for (const Value value : variables)
    if (!value.is_null()) decref(value);
}

std::vector<FrameObject*>& registry(Interpreter& interpreter) { return interpreter.frame_objects; }

void unregister(Interpreter& interpreter, FrameObject* object) {
  auto& objects = registry(interpreter);
  const auto found = std::find(objects.rbegin(), objects.rend(), object);
  if (found != objects.rend()) objects.erase(std::next(found).base());
}

// --- getters and methods ---------------------------------------------------
Ref frame_code(Interpreter&, Value self) { return Ref::borrow(as_frame_object(self)->code.get()); }
Ref frame_globals(Interpreter& interpreter, Value self) { return or_none(interpreter, as_frame_object(self)->globals); }
Ref frame_builtins(Interpreter& interpreter, Value) { return Ref::borrow(interpreter.builtins()); }
Ref frame_back(Interpreter& interpreter, Value self) {
  FrameObject* frame = as_frame_object(self);
  if (frame->running) {
    Frame* caller = caller_of(interpreter, *frame->running);
    return caller ? frame_object(interpreter, *caller) : interpreter.new_none();
  }
  return or_none(interpreter, frame->back);
}
int frame_instruction(const FrameObject* frame) {
  return frame->running ? current_instruction(*frame->running) : frame->instruction;
}
Ref frame_lineno(Interpreter& interpreter, Value self) {
  const FrameObject* frame = as_frame_object(self);
  if (!frame->running) return new_int(interpreter, frame->line);
  return new_int(interpreter, code_of(frame->code.get())->line_of(static_cast<std::size_t>(frame_instruction(frame))));
}
// Jumps are for trace functions, which Krait does not call: CPython 3.11's
// refusals outside tracing (whose last trace event reads as 'call').
int frame_set_lineno(Interpreter& interpreter, Value, Value value) {
  if (value.is_null())
    interpreter.set_exception(interpreter.AttributeError_type, "cannot delete attribute");
  else if (type_of(interpreter, value) != interpreter.int_type)
    interpreter.set_exception(interpreter.ValueError_type, "lineno must be an integer");
  else
    interpreter.set_exception(interpreter.ValueError_type, "can't jump from the 'call' trace event of a new frame");
  return -1;
}
Ref frame_lasti(Interpreter& interpreter, Value self) {
  return new_int(interpreter, frame_instruction(as_frame_object(self)) * bytes_per_instruction);
}
Ref frame_locals_getter(Interpreter& interpreter, Value self) {
  return frame_object_locals(interpreter, *as_frame_object(self));
}
Ref frame_trace(Interpreter& interpreter, Value self) { return or_none(interpreter, as_frame_object(self)->trace); }
int frame_set_trace(Interpreter& interpreter, Value self, Value value) {
  FrameObject* frame = as_frame_object(self);
  frame->trace = value.is_null() || value == interpreter.none() ? Ref() : Ref::borrow(value);
  return 0;
}

// clear(): drops a finished frame's variables (CPython's frame_clear).
Ref frame_clear_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "clear", count, kwnames)) return Ref();
  FrameObject* frame = as_frame_object(self);
  if (frame->running) return interpreter.raise(interpreter.RuntimeError_type, "cannot clear an executing frame");
  Ref trace = std::move(frame->trace);
  release_variables(*frame);
  if (frame->locals) dict_clear(interpreter, frame->locals.get());
  return interpreter.new_none();
}

Ref frame_repr(Interpreter& interpreter, Value self) {
  const compiler::CodeObject* code = code_of(as_frame_object(self)->code.get());
  Ref line = frame_lineno(interpreter, self);
  Ref quoted = repr(interpreter, code->filename.get());
  if (!quoted || !line) return Ref();
  return new_str(interpreter, "<frame at " + address_text(as_frame_object(self)) + ", file " +
                                  std::string(str_utf8(quoted.get())) + ", line " +
                                  std::to_string(line.get().as_small_int()) + ", code " +
                                  std::string(str_utf8(code->name.get())) + ">");
}

void frame_deallocate(Interpreter& interpreter, Object* object) {
  auto* frame = static_cast<FrameObject*>(object);
  if (frame->running) unregister(interpreter, frame);
  release_variables(*frame);
  gc_delete(interpreter, frame);
}
void frame_traverse(Object* object, const Visitor& visit) {
  const auto* frame = static_cast<FrameObject*>(object);
  for (const Ref* field : {&frame->code, &frame->globals, &frame->namespace_mapping, &frame->locals, &frame->back,
                           &frame->trace})
    visit(*field);
  for (const Value value : frame->variables) visit(value);
}
void frame_clear(Interpreter&, Object* object) {
  auto* frame = static_cast<FrameObject*>(object);
  Ref fields[] = {std::move(frame->globals), std::move(frame->namespace_mapping), std::move(frame->locals),
                  std::move(frame->back), std::move(frame->trace)};
  release_variables(*frame);
}

}  // namespace

Ref frame_object(Interpreter& interpreter, Frame& frame) {
  const Value code = Value::object(frame.code);
  if (is_optimized(code)) {
    // A function's frame owns its object in Frame::locals, where the VM's
    // pop finds it (detach_frame_objects).
    if (!frame.locals.is_null()) return Ref::borrow(frame.locals);
    FrameObject* object = allocate(interpreter, code, frame.globals);
    object->running = &frame;
    frame.locals = Value::object(object);
    return Ref::borrow(frame.locals);
  }
  for (FrameObject* object : registry(interpreter))
    if (object->running == &frame) return Ref::borrow(Value::object(object));
  FrameObject* object = allocate(interpreter, code, frame.globals);
  object->namespace_mapping = Ref::borrow(frame.locals.is_null() ? frame.globals : frame.locals);
  object->running = &frame;
  registry(interpreter).push_back(object);
  return Ref::steal(Value::object(object));
}

Ref new_frame_object(Interpreter& interpreter, Value code, Value globals, int line, int instruction, Ref back) {
  FrameObject* frame = allocate(interpreter, code, globals);
  if (!is_optimized(code) && !globals.is_null()) frame->namespace_mapping = Ref::borrow(globals);
  frame->back = std::move(back);
  frame->line = line;
  frame->instruction = instruction;
  return Ref::steal(Value::object(frame));
}

Ref frame_object_locals(Interpreter& interpreter, FrameObject& frame) {
  if (frame.namespace_mapping) return Ref::borrow(frame.namespace_mapping.get());
  if (!frame.locals) frame.locals = new_dict(interpreter);
  const Value* registers = frame.running ? frame.running->registers : frame.variables.data();
  if (!frame.running && frame.variables.empty()) return Ref::borrow(frame.locals.get());
  // Brought up to date (PyFrame_FastToLocals): other keys, as exec() may
  // add, stay; a variable unbound now leaves.
  const compiler::CodeObject* code = code_of(frame.code.get());
  for (int i = 0; i < code->local_count; ++i) {
    const Value value = frame_variable(interpreter, code, registers, i);
    const Value name = code->local_names[static_cast<std::size_t>(i)].get();
    if (!value.is_null()) {
      dict_set_str(interpreter, frame.locals.get(), name, value);
    } else if (dict_delete_item(interpreter, frame.locals.get(), name) < 0) {
      return Ref();
    }
  }
  return Ref::borrow(frame.locals.get());
}

void detach_frame_objects(Interpreter& interpreter, Frame& frame) {
  if (is_optimized(Value::object(frame.code))) {
    const Value held = std::exchange(frame.locals, Value());
    // Nobody else sees it: nothing to keep.
    if (held.as_object()->refcount > 1) finish(interpreter, *as_frame_object(held), frame);
    decref(held);
    return;
  }
  auto& objects = registry(interpreter);
  for (std::size_t i = objects.size(); i-- > 0;) {
    if (objects[i]->running != &frame) continue;
    FrameObject* object = objects[i];
    objects.erase(objects.begin() + static_cast<std::ptrdiff_t>(i));
    finish(interpreter, *object, frame);
  }
}

Ref suspend_frame_object(Frame& frame, const std::uint32_t* pc) {
  if (frame.locals.is_null()) return Ref();
  Ref object = Ref::steal(std::exchange(frame.locals, Value()));
  if (object.get().as_object()->refcount == 1) return Ref();  // nobody else sees it
  frame.pc = pc;
  detach(*as_frame_object(object.get()), frame);
  return object;
}

void resume_frame_object(Frame& frame, Ref object) {
  FrameObject& attached = *as_frame_object(object.get());
  release_variables(attached);
  attached.running = &frame;
  frame.locals = object.release();
}

void init_frame_type(Interpreter& interpreter) {
  Type* frame = interpreter.frame_type;
  frame->repr = &frame_repr;
  frame->deallocate = &frame_deallocate;
  frame->traverse = &frame_traverse;
  frame->clear = &frame_clear;
  add_getsets(interpreter, frame,
              {{"f_code", &frame_code},
               {"f_globals", &frame_globals},
               {"f_builtins", &frame_builtins},
               {"f_locals", &frame_locals_getter},
               {"f_back", &frame_back},
               {"f_lineno", &frame_lineno, &frame_set_lineno},
               {"f_lasti", &frame_lasti},
               {"f_trace", &frame_trace, &frame_set_trace}});
  add_methods(interpreter, frame, {{"clear", &frame_clear_method}});
}

}  // namespace krait::runtime
