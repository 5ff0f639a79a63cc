// Runtime: reading the running frame (see frame_inspection.h). A frame's
// registers are laid out by the compiler (compiler/code_object.h): the
// variables of co_localsplusnames first, a cell or free variable's register
// holding its cell. Only the code object's fields are read here, from its
// header: the runtime does not link the compiler stage.
#include "runtime/frame_inspection.h"

#include <string>

#include "compiler/code_object.h"
#include "objects/cell_object.h"
#include "objects/dict_object.h"
#include "objects/frame_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

bool contains_name(const std::vector<Ref>& names, Value name) {
  for (const Ref& entry : names)
    if (str_equal(entry.get(), name)) return true;
  return false;
}

}  // namespace

Value frame_variable(Interpreter& interpreter, const compiler::CodeObject* code, const Value* registers, int index) {
  const Value value = registers[index];
  const Value name = code->local_names[static_cast<std::size_t>(index)].get();
  const bool through_cell = contains_name(code->cell_names, name) || contains_name(code->free_names, name);
  if (through_cell && !value.is_null() && type_of(interpreter, value) == interpreter.cell_type)
    return as_cell(value)->contents;
  return value;
}

Ref frame_locals(Interpreter& interpreter) {
  if (interpreter.frames.empty()) return new_dict(interpreter);
  Frame& frame = interpreter.frames.back();
  const auto* code = static_cast<const compiler::CodeObject*>(frame.code);
  if (!(code->flags & compiler::code_optimized)) return Ref::borrow(frame.locals.is_null() ? frame.globals : frame.locals);
  Ref object = frame_object(interpreter, frame);
  return frame_object_locals(interpreter, *as_frame_object(object.get()));
}

bool frame_super_arguments(Interpreter& interpreter, Type*& type, Value& first) {
  auto fail = [&](const std::string& message) {
    interpreter.set_exception(interpreter.RuntimeError_type, message);
    return false;
  };
  if (interpreter.frames.empty()) return fail("super(): no current frame");
  const Frame& frame = interpreter.frames.back();
  const auto* code = static_cast<const compiler::CodeObject*>(frame.code);
  if (code->argument_count == 0) return fail("super(): no arguments");
  first = frame_variable(interpreter, code, frame.registers, 0);
  if (first.is_null()) return fail("super(): arg[0] deleted");
  const auto free_count = static_cast<int>(code->free_names.size());
  for (int i = 0; i < free_count; ++i) {
    if (!str_equal(code->free_names[i].get(), interpreter.names.dunder_class)) continue;
    const Value cell = frame.registers[code->local_count - free_count + i];
    if (cell.is_null() || type_of(interpreter, cell) != interpreter.cell_type) return fail("super(): bad __class__ cell");
    const Value contents = as_cell(cell)->contents;
    if (contents.is_null()) return fail("super(): empty __class__ cell");
    if (!is_subtype(type_of(interpreter, contents), interpreter.type_type))
      return fail("super(): __class__ is not a type (" + std::string(type_name(interpreter, contents)) + ")");
    type = static_cast<Type*>(contents.as_object());
    return true;
  }
  return fail("super(): __class__ cell not found");
}

}  // namespace krait::runtime
