// Compiler stage: the code type (created on first use, as the compiler owns
// code objects) and line lookup.
#include "compiler/code_object.h"

#include <algorithm>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
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

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

const CodeObject* code(Value self) { return as_code(self); }

Ref tuple_of(Interpreter& interpreter, const std::vector<Ref>& items) {
  std::vector<Value> values;
  for (const Ref& item : items) values.push_back(item.get());
  return runtime::new_tuple(interpreter, values);
}

Ref varnames(Interpreter& interpreter, Value self) {
  const std::vector<Value> names = code(self)->variable_names();
  return runtime::new_tuple(interpreter, names);
}

Ref co_name(Interpreter&, Value self) { return Ref::borrow(code(self)->name.get()); }
Ref co_qualname(Interpreter&, Value self) { return Ref::borrow(code(self)->qualname.get()); }
Ref co_filename(Interpreter&, Value self) { return Ref::borrow(code(self)->filename.get()); }
Ref co_firstlineno(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, code(self)->first_line); }
Ref co_argcount(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, code(self)->argument_count); }
Ref co_posonlyargcount(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, code(self)->positional_only_count);
}
Ref co_kwonlyargcount(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, code(self)->keyword_only_count);
}
Ref co_nlocals(Interpreter& interpreter, Value self) {
  Ref names = varnames(interpreter, self);
  return runtime::new_int(interpreter, runtime::as_tuple(names.get())->size);
}
Ref co_flags(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, code(self)->flags); }
// The code with its body read (null with the error pending).
const CodeObject* code_body(Value self) {
  CodeObject* code = as_code(self);
  return ensure_code_body(*code) ? code : nullptr;
}

Ref co_consts(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  return c ? tuple_of(interpreter, c->constants) : Ref();
}
Ref co_names(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  return c ? tuple_of(interpreter, c->names) : Ref();
}
Ref co_cellvars(Interpreter& interpreter, Value self) { return tuple_of(interpreter, code(self)->cell_names); }
Ref co_freevars(Interpreter& interpreter, Value self) { return tuple_of(interpreter, code(self)->free_names); }
Ref co_stacksize(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, code(self)->register_count); }

// Instruction offsets as CPython counts them: two bytes per code unit.
constexpr std::int64_t bytes_per_instruction = 2;

// co_lines(): (start, end, line) for each run of instructions on one line.
Ref code_lines(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "co_lines", kwnames) ||
      !runtime::check_positional(interpreter, "co_lines", count, 0, 0))
    return Ref();
  const CodeObject* c = code_body(self);
  if (!c) return Ref();
  Ref list = runtime::new_list(interpreter, {});
  for (std::size_t i = 0, next; i < c->lines.size(); i = next) {
    // Runs that differ only in columns are one line's.
    for (next = i + 1; next < c->lines.size() && c->lines[next].position.line == c->lines[i].position.line;) ++next;
    const std::int64_t end = next < c->lines.size() ? c->lines[next].first : c->instructions.size();
    Ref start_value = runtime::new_int(interpreter, c->lines[i].first * bytes_per_instruction);
    Ref end_value = runtime::new_int(interpreter, end * bytes_per_instruction);
    Ref line_value = runtime::new_int(interpreter, c->lines[i].position.line);
    const Value items[] = {start_value.get(), end_value.get(), line_value.get()};
    Ref entry = runtime::new_tuple(interpreter, items);
    runtime::list_append(list.get(), entry.get());
  }
  return runtime::get_iterator(interpreter, list.get());
}

// co_positions(): (line, end line, column, end column) per instruction,
// None for what is unknown.
Ref code_positions(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "co_positions", kwnames) ||
      !runtime::check_positional(interpreter, "co_positions", count, 0, 0))
    return Ref();
  const CodeObject* c = code_body(self);
  if (!c) return Ref();
  Ref list = runtime::new_list(interpreter, {});
  for (std::size_t i = 0; i < c->instructions.size(); ++i) {
    const SourcePosition position = c->position_of(i);
    auto number = [&](int value) { return value < 0 ? Ref::borrow(interpreter.none()) : runtime::new_int(interpreter, value); };
    Ref line = number(position.line);
    Ref end_line = number(position.end_line);
    Ref column = number(position.column);
    Ref end_column = number(position.end_column);
    const Value items[] = {line.get(), end_line.get(), column.get(), end_column.get()};
    Ref entry = runtime::new_tuple(interpreter, items);
    runtime::list_append(list.get(), entry.get());
  }
  return runtime::get_iterator(interpreter, list.get());
}

runtime::Type* code_type(runtime::Interpreter& interpreter) {
  if (!interpreter.code_type) {
    runtime::Type* type = interpreter.create_type("code", interpreter.object_type);
    type->dict = runtime::new_dict(interpreter);
    type->mro = {type, interpreter.object_type};
    type->repr = &code_repr;
    type->deallocate = &code_deallocate;
    runtime::inherit_slots(*type);
    interpreter.code_type = type;
    runtime::add_getsets(interpreter, type,
                         {{"co_name", &co_name},
                          {"co_qualname", &co_qualname},
                          {"co_filename", &co_filename},
                          {"co_firstlineno", &co_firstlineno},
                          {"co_argcount", &co_argcount},
                          {"co_posonlyargcount", &co_posonlyargcount},
                          {"co_kwonlyargcount", &co_kwonlyargcount},
                          {"co_nlocals", &co_nlocals},
                          {"co_varnames", &varnames},
                          {"co_flags", &co_flags},
                          {"co_consts", &co_consts},
                          {"co_names", &co_names},
                          {"co_cellvars", &co_cellvars},
                          {"co_freevars", &co_freevars},
                          {"co_stacksize", &co_stacksize}});
    runtime::add_methods(interpreter, type, {{"co_lines", &code_lines}, {"co_positions", &code_positions}});
    type->version = interpreter.next_type_version();
  }
  return interpreter.code_type;
}

}  // namespace

std::vector<Value> CodeObject::variable_names() const {
  std::vector<Value> names;
  for (const Ref& name : local_names) {
    const auto is_named = [&](const Ref& other) { return runtime::str_equal(other.get(), name.get()); };
    const bool parameter = names.size() < static_cast<std::size_t>(parameter_count);
    if (!parameter && (std::any_of(cell_names.begin(), cell_names.end(), is_named) ||
                       std::any_of(free_names.begin(), free_names.end(), is_named)))
      continue;
    names.push_back(name.get());
  }
  return names;
}

const SourcePosition* CodeObject::local_read_at(std::size_t index, int local) const {
  const LocalRead* found = nullptr;
  for (const LocalRead& read : local_reads)
    if (read.local == local && read.first <= index && (!found || read.first > found->first)) found = &read;
  return found ? &found->position : nullptr;
}

SourcePosition CodeObject::position_of(std::size_t index) const {
  auto after = std::upper_bound(lines.begin(), lines.end(), index,
                                [](std::size_t i, const LineRun& run) { return i < run.first; });
  return after == lines.begin() ? SourcePosition{first_line, first_line} : std::prev(after)->position;
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
