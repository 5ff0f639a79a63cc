// Objects: the cell type (repr as CPython's: `<cell at 0x...: int object at
// 0x...>`, or `empty`).
#include "objects/cell_object.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref cell_repr(Interpreter& interpreter, Value self) {
  const CellObject* cell = as_cell(self);
  std::string text = "<cell at " + address_text(cell) + ": ";
  if (cell->contents.is_null()) {
    text += "empty";
  } else {
    const void* address = cell->contents.is_object() ? static_cast<const void*>(cell->contents.as_object()) : nullptr;
    text += std::string(type_name(interpreter, cell->contents)) + " object at " + address_text(address);
  }
  return new_str(interpreter, text + ">");
}

void cell_deallocate(Interpreter& interpreter, Object* object) {
  auto* cell = static_cast<CellObject*>(object);
  decref(cell->contents);
  gc_delete(interpreter, cell);
}

void cell_traverse(Object* object, const Visitor& visit) { visit(static_cast<CellObject*>(object)->contents); }
void cell_clear(Interpreter&, Object* object) { cell_set(Value::object(object), Value()); }

// cell_contents: ValueError "Cell is empty" when it is.
Ref cell_contents_get(Interpreter& interpreter, Value self) {
  const Value contents = as_cell(self)->contents;
  if (contents.is_null()) return interpreter.raise(interpreter.ValueError_type, "Cell is empty");
  return Ref::borrow(contents);
}
int cell_contents_set(Interpreter&, Value self, Value value) {
  if (!value.is_null()) incref(value);
  cell_set(self, value);
  return 0;
}

}  // namespace

Ref new_cell(Interpreter& interpreter, Value owned) {
  auto* cell = gc_new<CellObject>(interpreter, interpreter.cell_type);
  cell->contents = owned;
  return Ref::steal(Value::object(cell));
}

void cell_set(Value cell, Value owned) {
  CellObject* target = as_cell(cell);
  const Value old = target->contents;
  target->contents = owned;
  decref(old);
}

void init_cell_type(Interpreter& interpreter) {
  interpreter.cell_type->repr = &cell_repr;
  interpreter.cell_type->deallocate = &cell_deallocate;
  interpreter.cell_type->traverse = &cell_traverse;
  interpreter.cell_type->clear = &cell_clear;
  add_getsets(interpreter, interpreter.cell_type, {{"cell_contents", &cell_contents_get, &cell_contents_set}});
}

}  // namespace krait::runtime
