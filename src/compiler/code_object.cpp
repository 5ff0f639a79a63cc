// Compiler stage: the code type (created on first use, as the compiler owns
// code objects) and line lookup.
#include "compiler/code_object.h"

#include <algorithm>
#include <string>

#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::compiler {
namespace {

runtime::Ref code_repr(runtime::Interpreter& interpreter, runtime::Value self) {
  const CodeObject* code = as_code(self);
  return runtime::new_str(interpreter, "<code object " + std::string(runtime::str_utf8(code->name.get())) + " at " +
                                           runtime::address_text(code) + ", file \"" + std::string(runtime::str_utf8(code->filename.get())) +
                                           "\", line " + std::to_string(code->first_line) + ">");
}

void code_deallocate(runtime::Interpreter&, runtime::Object* object) { delete static_cast<CodeObject*>(object); }

runtime::Type* code_type(runtime::Interpreter& interpreter) {
  if (!interpreter.code_type) {
    runtime::Type* type = interpreter.create_type("code", interpreter.object_type);
    type->repr = &code_repr;
    type->deallocate = &code_deallocate;
    runtime::inherit_slots(*type);
    interpreter.code_type = type;
  }
  return interpreter.code_type;
}

}  // namespace

int CodeObject::line_of(std::size_t index) const {
  auto after = std::upper_bound(lines.begin(), lines.end(), index,
                                [](std::size_t i, const LineRun& run) { return i < run.first; });
  return after == lines.begin() ? first_line : std::prev(after)->line;
}

const CodeObject::ExceptionHandler* CodeObject::handler_at(std::size_t index) const {
  auto after = std::upper_bound(exception_table.begin(), exception_table.end(), index,
                                [](std::size_t i, const ExceptionHandler& handler) { return i < handler.start; });
  if (after == exception_table.begin()) return nullptr;
  const ExceptionHandler& candidate = *std::prev(after);
  return index < candidate.end ? &candidate : nullptr;
}

runtime::Ref new_code(runtime::Interpreter& interpreter) {
  auto* code = new CodeObject;
  code->type = code_type(interpreter);
  return runtime::Ref::steal(runtime::Value::object(code));
}

}  // namespace krait::compiler
