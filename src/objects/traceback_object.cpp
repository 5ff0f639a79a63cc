// Objects: the traceback and frame types (see traceback_object.h).
#include "objects/traceback_object.h"

#include <string>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Offsets as CPython counts them: two bytes per code unit.
constexpr int bytes_per_instruction = 2;

FrameObject* as_frame(Value value) { return static_cast<FrameObject*>(value.as_object()); }
TracebackObject* as_traceback(Value value) { return static_cast<TracebackObject*>(value.as_object()); }

Ref or_none(Interpreter& interpreter, const Ref& value) { return value ? Ref::borrow(value.get()) : interpreter.new_none(); }

Ref new_frame(Interpreter& interpreter, const ExceptionObject::TracebackEntry& entry) {
  return new_frame_object(interpreter, entry.code.get(), entry.globals ? entry.globals.get() : Value(), entry.line,
                          static_cast<int>(entry.instruction), Ref());
}

// --- frame ---------------------------------------------------------------
Ref frame_code(Interpreter&, Value self) { return Ref::borrow(as_frame(self)->code.get()); }
Ref frame_globals(Interpreter& interpreter, Value self) { return or_none(interpreter, as_frame(self)->globals); }
Ref frame_builtins(Interpreter& interpreter, Value) { return Ref::borrow(interpreter.builtins()); }
Ref frame_back(Interpreter& interpreter, Value self) { return or_none(interpreter, as_frame(self)->back); }
Ref frame_lineno(Interpreter& interpreter, Value self) { return new_int(interpreter, as_frame(self)->line); }
Ref frame_lasti(Interpreter& interpreter, Value self) {
  return new_int(interpreter, as_frame(self)->instruction * bytes_per_instruction);
}
// A module's or class body's frame has its namespace as locals; a
// function's variables are gone once the exception has left it.
Ref frame_locals(Interpreter& interpreter, Value self) {
  const FrameObject* frame = as_frame(self);
  Ref name = get_attribute(interpreter, frame->code.get(), interpreter.intern("co_name"));
  if (name && frame->globals && str_utf8(name.get()) == "<module>") return Ref::borrow(frame->globals.get());
  if (!name) Ref failed = interpreter.take_exception();
  return new_dict(interpreter);
}

Ref frame_repr(Interpreter& interpreter, Value self) {
  const FrameObject* frame = as_frame(self);
  Ref filename = get_attribute(interpreter, frame->code.get(), interpreter.intern("co_filename"));
  Ref name = filename ? get_attribute(interpreter, frame->code.get(), interpreter.intern("co_name")) : Ref();
  if (!name) return Ref();
  Ref quoted = repr(interpreter, filename.get());
  if (!quoted) return Ref();
  return new_str(interpreter, "<frame at " + address_text(frame) + ", file " + std::string(str_utf8(quoted.get())) +
                                  ", line " + std::to_string(frame->line) + ", code " + std::string(str_utf8(name.get())) +
                                  ">");
}

void frame_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, static_cast<FrameObject*>(object)); }
void frame_traverse(Object* object, const Visitor& visit) {
  const auto* frame = static_cast<FrameObject*>(object);
  visit(frame->code);
  visit(frame->globals);
  visit(frame->back);
}
void frame_clear(Interpreter&, Object* object) {
  auto* frame = static_cast<FrameObject*>(object);
  Ref fields[] = {std::move(frame->globals), std::move(frame->back)};
}

// --- traceback -----------------------------------------------------------
Ref traceback_next(Interpreter& interpreter, Value self) { return or_none(interpreter, as_traceback(self)->next); }
// tb.tb_next = value (traceback's tb_next_set): a traceback or None that
// does not lead back to this one (unittest cuts its own frames off so).
int traceback_set_next(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "can't delete tb_next attribute");
    return -1;
  }
  if (value == interpreter.none()) {
    as_traceback(self)->next = Ref();
    return 0;
  }
  if (type_of(interpreter, value) != interpreter.traceback_type) {
    interpreter.set_exception(interpreter.TypeError_type, "expected traceback object or None, got '" +
                                                              type_of(interpreter, value)->name + "'");
    return -1;
  }
  for (Value cursor = value; !cursor.is_null(); cursor = as_traceback(cursor)->next.get())
    if (cursor == self) {
      interpreter.set_exception(interpreter.ValueError_type, "traceback loop detected");
      return -1;
    }
  as_traceback(self)->next = Ref::borrow(value);
  return 0;
}
Ref traceback_frame(Interpreter&, Value self) { return Ref::borrow(as_traceback(self)->frame.get()); }
Ref traceback_lineno(Interpreter& interpreter, Value self) { return new_int(interpreter, as_traceback(self)->line); }
Ref traceback_lasti(Interpreter& interpreter, Value self) {
  return new_int(interpreter, as_traceback(self)->instruction * bytes_per_instruction);
}

void traceback_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<TracebackObject*>(object));
}
void traceback_traverse(Object* object, const Visitor& visit) {
  const auto* traceback = static_cast<TracebackObject*>(object);
  visit(traceback->next);
  visit(traceback->frame);
}
void traceback_clear(Interpreter&, Object* object) {
  auto* traceback = static_cast<TracebackObject*>(object);
  Ref fields[] = {std::move(traceback->next), std::move(traceback->frame)};
}

}  // namespace

Ref exception_traceback(Interpreter& interpreter, ExceptionObject& exception) {
  std::vector<ExceptionObject::TracebackEntry>& entries = exception.traceback;
  if (entries.empty()) return interpreter.new_none();
  // Innermost first: each traceback's next is the one of the frame it called.
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].object) continue;
    Ref frame = new_frame(interpreter, entries[i]);
    if (i > 0) as_frame(as_traceback(entries[i - 1].object.get())->frame.get())->back = Ref::borrow(frame.get());
    auto* traceback = gc_new<TracebackObject>(interpreter, interpreter.traceback_type);
    traceback->frame = std::move(frame);
    traceback->line = entries[i].line;
    traceback->instruction = static_cast<int>(entries[i].instruction);
    if (i > 0) traceback->next = Ref::borrow(entries[i - 1].object.get());
    entries[i].object = Ref::steal(Value::object(traceback));
  }
  return Ref::borrow(entries.back().object.get());
}

bool set_exception_traceback(Interpreter& interpreter, ExceptionObject& exception, Value value) {
  if (value != interpreter.none() && type_of(interpreter, value) != interpreter.traceback_type) {
    interpreter.set_exception(interpreter.TypeError_type, "__traceback__ must be a traceback or None");
    return false;
  }
  std::vector<ExceptionObject::TracebackEntry> entries;
  for (Value link = value; link != interpreter.none();) {
    const TracebackObject* traceback = as_traceback(link);
    const FrameObject* frame = as_frame(traceback->frame.get());
    entries.insert(entries.begin(), {Ref::borrow(frame->code.get()), frame->globals ? Ref::borrow(frame->globals.get()) : Ref(),
                                     traceback->line, static_cast<std::uint32_t>(traceback->instruction),
                                     Ref::borrow(link)});
    link = traceback->next ? traceback->next.get() : interpreter.none();
    if (entries.size() > 1000000) break;  // a cycle made through tb_next
  }
  std::swap(exception.traceback, entries);
  return true;
}

Ref new_frame_object(Interpreter& interpreter, Value code, Value globals, int line, int instruction, Ref back) {
  auto* frame = gc_new<FrameObject>(interpreter, interpreter.frame_type);
  frame->code = Ref::borrow(code);
  frame->globals = globals.is_null() ? Ref() : Ref::borrow(globals);
  frame->back = std::move(back);
  frame->line = line;
  frame->instruction = instruction;
  return Ref::steal(Value::object(frame));
}

void init_traceback_types(Interpreter& interpreter) {
  Type* frame = interpreter.frame_type;
  frame->repr = &frame_repr;
  frame->deallocate = &frame_deallocate;
  frame->traverse = &frame_traverse;
  frame->clear = &frame_clear;
  add_getsets(interpreter, frame,
              {{"f_code", &frame_code},
               {"f_globals", &frame_globals},
               {"f_builtins", &frame_builtins},
               {"f_locals", &frame_locals},
               {"f_back", &frame_back},
               {"f_lineno", &frame_lineno},
               {"f_lasti", &frame_lasti}});
  Type* traceback = interpreter.traceback_type;
  traceback->deallocate = &traceback_deallocate;
  traceback->traverse = &traceback_traverse;
  traceback->clear = &traceback_clear;
  add_getsets(interpreter, traceback,
              {{"tb_next", &traceback_next, &traceback_set_next},
               {"tb_frame", &traceback_frame},
               {"tb_lineno", &traceback_lineno},
               {"tb_lasti", &traceback_lasti}});
}

}  // namespace krait::runtime
