// Objects: the traceback and frame types (see traceback_object.h).
#include "objects/traceback_object.h"

#include <string>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Offsets as CPython counts them: two bytes per code unit.
constexpr int bytes_per_instruction = 2;

TracebackObject* as_traceback(Value value) { return static_cast<TracebackObject*>(value.as_object()); }

Ref or_none(Interpreter& interpreter, const Ref& value) { return value ? Ref::borrow(value.get()) : interpreter.new_none(); }

// --- traceback -----------------------------------------------------------
Ref traceback_next(Interpreter& interpreter, Value self) { return or_none(interpreter, as_traceback(self)->next); }

// tb_next's value check (CPython's tb_next setter and tb_new, `expected`
// their texts): a traceback or None, and no loop through `self` (null for
// a new one).
bool valid_next(Interpreter& interpreter, Value self, Value next, const char* expected) {
  if (next == interpreter.none()) return true;
  if (type_of(interpreter, next) != interpreter.traceback_type) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(expected) + ", got '" +
                                                              std::string(type_name(interpreter, next)) + "'");
    return false;
  }
  for (Value cursor = next; !cursor.is_null(); cursor = as_traceback(cursor)->next.get()) {
    if (cursor == self) {
      interpreter.set_exception(interpreter.ValueError_type, "traceback loop detected");
      return false;
    }
  }
  return true;
}

int traceback_set_next(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "can't delete tb_next attribute");
    return -1;
  }
  if (!valid_next(interpreter, self, value, "expected traceback object")) return -1;
  as_traceback(self)->next = value == interpreter.none() ? Ref() : Ref::borrow(value);
  return 0;
}

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
Ref traceback_new(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  int lasti = 0, lineno = 0;
  if (!bind_arguments(interpreter, {"TracebackType", {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 0, 0, 4},
                      arguments, count, kwnames, bound))
    return Ref();
  if (type_of(interpreter, bound[1]) != interpreter.frame_type)
    return interpreter.raise(interpreter.TypeError_type, "TracebackType() argument 'tb_frame' must be frame, not " +
                                                             std::string(type_name(interpreter, bound[1])));
  if (!valid_next(interpreter, Value(), bound[0], "expected traceback object or None") || !index_to_c_int(interpreter, bound[2], lasti) ||
      !index_to_c_int(interpreter, bound[3], lineno))
    return Ref();
  auto* traceback = gc_new<TracebackObject>(interpreter, interpreter.traceback_type);
  traceback->next = bound[0] == interpreter.none() ? Ref() : Ref::borrow(bound[0]);
  traceback->frame = Ref::borrow(bound[1]);
  traceback->line = lineno;
  traceback->instruction = lasti / bytes_per_instruction;
  return Ref::steal(Value::object(traceback));
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
    const ExceptionObject::TracebackEntry& entry = entries[i];
    Ref frame = entry.frame ? Ref::borrow(entry.frame.get())
                            : new_frame_object(interpreter, entry.code.get(), entry.globals ? entry.globals.get() : Value(),
                                               entry.line, static_cast<int>(entry.instruction), Ref());
    // A frame the history alone describes is called from the next entry's.
    if (i > 0 && !entries[i - 1].frame)
      as_frame_object(as_traceback(entries[i - 1].object.get())->frame.get())->back = Ref::borrow(frame.get());
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
    const FrameObject* frame = as_frame_object(traceback->frame.get());
    entries.insert(entries.begin(), {Ref::borrow(frame->code.get()), frame->globals ? Ref::borrow(frame->globals.get()) : Ref(),
                                     traceback->line, static_cast<std::uint32_t>(traceback->instruction),
                                     Ref::borrow(link), Ref::borrow(traceback->frame.get())});
    link = traceback->next ? traceback->next.get() : interpreter.none();
    if (entries.size() > 1000000) break;  // a cycle made through tb_next
  }
  std::swap(exception.traceback, entries);
  return true;
}

void init_traceback_types(Interpreter& interpreter) {
  init_frame_type(interpreter);
  Type* traceback = interpreter.traceback_type;
  traceback->deallocate = &traceback_deallocate;
  traceback->traverse = &traceback_traverse;
  traceback->clear = &traceback_clear;
  traceback->construct = &traceback_new;
  add_getsets(interpreter, traceback,
              {{"tb_next", &traceback_next, &traceback_set_next},
               {"tb_frame", &traceback_frame},
               {"tb_lineno", &traceback_lineno},
               {"tb_lasti", &traceback_lasti}});
}

}  // namespace krait::runtime
