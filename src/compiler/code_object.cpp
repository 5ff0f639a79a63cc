// Compiler stage: the code type (created on first use, as the compiler owns
// code objects) and line lookup.
#include "compiler/code_object.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "objects/bytes_object.h"
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

// The code with its body read (null with the error pending).
const CodeObject* code_body(Value self) {
  CodeObject* code = as_code(self);
  return ensure_code_body(*code) ? code : nullptr;
}

Ref varnames(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  return c ? runtime::new_tuple(interpreter, c->variable_names()) : Ref();
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

// --- Krait's encodings as bytes ------------------------------------------------
// co_code, co_linetable and co_exceptiontable are Krait's own formats, not
// CPython's: the 32-bit instruction words (a cached instruction's data word
// is its inline cache's index), the line runs' in-memory records and the
// handlers' (start, end, target, register) as 32-bit words, little-endian.
// co_lnotab, which CPython derives from the line table, is CPython's format.
template <class Item>
Ref bytes_of(Interpreter& interpreter, const std::vector<Item>& items) {
  return runtime::new_bytes(interpreter, std::string_view(reinterpret_cast<const char*>(items.data()),
                                                          items.size() * sizeof(Item)));
}
Ref co_code(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  return c ? bytes_of(interpreter, c->instructions) : Ref();
}
Ref co_linetable(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  return c ? bytes_of(interpreter, c->lines) : Ref();
}
Ref co_exceptiontable(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  if (!c) return Ref();
  std::vector<std::uint32_t> words;
  for (const CodeObject::ExceptionHandler& handler : c->exception_table)
    words.insert(words.end(), {handler.start, handler.end, handler.target,
                               static_cast<std::uint32_t>(handler.exception_register)});
  return bytes_of(interpreter, words);
}

// co_lnotab (CPython's decode_linetable): (offset delta, line delta) byte
// pairs wherever the line changes, from co_firstlineno, deltas too large
// for a byte split over several pairs.
Ref co_lnotab(Interpreter& interpreter, Value self) {
  const CodeObject* c = code_body(self);
  if (!c) return Ref();
  std::string table;
  const auto pair = [&](int offset, int line) {
    table += static_cast<char>(offset);
    table += static_cast<char>(line);
  };
  std::int64_t last_offset = 0;
  int last_line = c->first_line;
  for (const CodeObject::LineRun& run : c->lines) {
    const int line = run.position.line;
    if (line <= 0 || line == last_line) continue;
    const std::int64_t offset = run.first * bytes_per_instruction;
    std::int64_t offset_delta = offset - last_offset;
    int line_delta = line - last_line;
    for (; offset_delta > 255; offset_delta -= 255) pair(255, 0);
    for (; line_delta > 127; line_delta -= 127, offset_delta = 0) pair(static_cast<int>(offset_delta), 127);
    for (; line_delta < -128; line_delta += 128, offset_delta = 0) pair(static_cast<int>(offset_delta), -128);
    pair(static_cast<int>(offset_delta), line_delta);
    last_offset = offset;
    last_line = line;
  }
  return runtime::new_bytes(interpreter, table);
}

// _varname_from_oparg(oparg): the name of local variable `oparg`
// (co_localsplusnames' entry; dis reads it).
Ref code_varname_from_oparg(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {"_varname_from_oparg", {"oparg"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  int index = 0;
  if (!runtime::index_to_c_int(interpreter, bound[0], index)) return Ref();
  const CodeObject* c = code_body(self);
  if (!c) return Ref();
  const std::vector<Ref>& names = c->local_names;
  if (index < 0 || static_cast<std::size_t>(index) >= names.size())
    return interpreter.raise(interpreter.IndexError_type, "tuple index out of range");
  return Ref::borrow(names[index].get());
}

// --- code.replace ----------------------------------------------------------------
// The keywords of 3.11's code.replace, in its order.
constexpr std::string_view replace_keywords[] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",  "co_stacksize", "co_flags",
    "co_firstlineno", "co_code",         "co_consts",         "co_names",    "co_varnames",  "co_freevars",
    "co_cellvars",   "co_filename",      "co_name",           "co_qualname", "co_linetable", "co_exceptiontable"};
enum ReplaceField {
  argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags_field, firstlineno, code_bytes, consts, names,
  varnames_field, freevars, cellvars, filename, name, qualname, linetable, exceptiontable, field_count
};

// The co_flags bits that say how the code runs (its frame's shape and what
// calling it makes): Krait's instructions depend on them.
constexpr int execution_flags = code_optimized | code_new_locals | code_varargs | code_varkeywords | code_suspendable;

// A copy of the code object sharing its values, with fresh inline caches.
Ref copy_code(Interpreter& interpreter, const CodeObject& from) {
  Ref result = new_code(interpreter);
  CodeObject& to = *as_code(result.get());
  const auto copy = [](const std::vector<Ref>& items) {
    std::vector<Ref> out;
    for (const Ref& item : items) out.push_back(Ref::borrow(item.get()));
    return out;
  };
  to.instructions = from.instructions;
  to.constants = copy(from.constants);
  to.names = copy(from.names);
  to.local_names = copy(from.local_names);
  to.cell_names = copy(from.cell_names);
  to.free_names = copy(from.free_names);
  to.parameter_count = from.parameter_count;
  to.argument_count = from.argument_count;
  to.positional_only_count = from.positional_only_count;
  to.keyword_only_count = from.keyword_only_count;
  to.flags = from.flags;
  for (const InlineCache& cache : from.caches) {
    InlineCache fresh;
    fresh.name = cache.name;
    to.caches.push_back(fresh);
  }
  to.local_count = from.local_count;
  to.register_count = from.register_count;
  to.lines = from.lines;
  to.local_reads = from.local_reads;
  to.exception_table = from.exception_table;
  to.name = Ref::borrow(from.name.get());
  to.qualname = Ref::borrow(from.qualname.get());
  if (from.docstring) to.docstring = Ref::borrow(from.docstring.get());
  to.filename = Ref::borrow(from.filename.get());
  to.first_line = from.first_line;
  return result;
}

Ref cannot_replace(Interpreter& interpreter, std::string_view field) {
  return interpreter.raise(interpreter.ValueError_type,
                           "code.replace(): Krait's register bytecode cannot take a different " + std::string(field));
}

// Whether a replacement tuple keeps what the instructions rely on: as many
// items, strs for names, and the kinds of constants instructions read
// (code objects, tuples of keyword names).
bool compatible_items(Interpreter& interpreter, const std::vector<Ref>& old_items, Value replacement, bool names_only) {
  const runtime::TupleObject* tuple = runtime::as_tuple(replacement);
  if (tuple->size != static_cast<std::int64_t>(old_items.size())) return false;
  for (std::int64_t i = 0; i < tuple->size; ++i) {
    const runtime::Type* type = runtime::type_of(interpreter, tuple->items()[i]);
    const runtime::Type* old_type = runtime::type_of(interpreter, old_items[i].get());
    if (names_only ? type != interpreter.str_type
                   : (old_type == interpreter.code_type || old_type == interpreter.tuple_type) && type != old_type)
      return false;
  }
  return true;
}

std::vector<Ref> refs_of(Value tuple_value) {
  const runtime::TupleObject* tuple = runtime::as_tuple(tuple_value);
  std::vector<Ref> items;
  for (std::int64_t i = 0; i < tuple->size; ++i) items.push_back(Ref::borrow(tuple->items()[i]));
  return items;
}

// code.replace(**changes): a new code object with the co_* fields given.
// Names (co_name, co_qualname, co_filename, the entries of co_names and
// co_varnames), constants of the same kinds, co_firstlineno (the line
// table moves with it) and the co_flags bits that do not change how the
// code runs may differ; the rest (counts, co_code and the tables) must be
// given as they are, else ValueError: Krait's instructions index them.
Ref code_replace(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (count != 0) return interpreter.raise(interpreter.TypeError_type, "replace() takes no positional arguments");
  Value bound[field_count] = {};
  if (!runtime::bind_arguments(interpreter,
                               {"replace",
                                {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
                                 "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
                                 "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
                                 "co_exceptiontable"},
                                0, field_count, 0},
                               arguments, count, kwnames, bound))
    return Ref();
  const CodeObject* old = code_body(self);
  if (!old) return Ref();
  // Type checks first, in signature order, with argument clinic's messages.
  int numbers[firstlineno + 1] = {};
  for (int field = 0; field < field_count; ++field) {
    const Value value = bound[field];
    if (value.is_null()) continue;
    const auto expect = [&](runtime::Type* type, const char* type_name) {
      if (runtime::is_subtype(runtime::type_of(interpreter, value), type)) return true;
      interpreter.set_exception(interpreter.TypeError_type, "replace() argument '" + std::string(replace_keywords[field]) +
                                                                "' must be " + type_name + ", not " +
                                                                runtime::argument_type_name(interpreter, value));
      return false;
    };
    bool ok = true;
    if (field <= firstlineno) ok = runtime::index_to_c_int(interpreter, value, numbers[field]);
    else if (field == code_bytes || field == linetable || field == exceptiontable) ok = expect(interpreter.bytes_type, "bytes");
    else if (field >= filename) ok = expect(interpreter.str_type, "str");
    else ok = expect(interpreter.tuple_type, "tuple");
    if (!ok) return Ref();
  }
  for (int field : {consts, names, varnames_field, freevars, cellvars})
    if (!bound[field].is_null() && field != consts)
      for (std::int64_t i = 0; i < runtime::as_tuple(bound[field])->size; ++i)
        if (runtime::type_of(interpreter, runtime::as_tuple(bound[field])->items()[i]) != interpreter.str_type)
          return interpreter.raise(interpreter.SystemError_type, "non-string found in code slot");
  // What must stay as it is.
  const Value self_value = self;
  const std::pair<int, runtime::Getter> fixed[] = {{argcount, &co_argcount},   {posonlyargcount, &co_posonlyargcount},
                                          {kwonlyargcount, &co_kwonlyargcount}, {nlocals, &co_nlocals},
                                          {stacksize, &co_stacksize}, {code_bytes, &co_code},
                                          {linetable, &co_linetable}, {exceptiontable, &co_exceptiontable},
                                          {freevars, &co_freevars},   {cellvars, &co_cellvars}};
  for (const auto& [field, getter] : fixed) {
    if (bound[field].is_null()) continue;
    Ref current = getter(interpreter, self_value);
    Ref same = current ? runtime::compare(interpreter, current.get(), bound[field], runtime::CompareOp::Eq) : Ref();
    if (!same) return Ref();
    if (same.get() != interpreter.boolean(true)) return cannot_replace(interpreter, replace_keywords[field]);
  }
  if (!bound[flags_field].is_null() &&
      ((numbers[flags_field] ^ old->flags) & execution_flags || numbers[flags_field] & ~0x3FF ||
       numbers[flags_field] < 0))
    return cannot_replace(interpreter, "co_flags execution bits");
  const std::vector<Value> old_varnames = old->variable_names();
  std::vector<Ref> old_varname_refs;
  for (Value item : old_varnames) old_varname_refs.push_back(Ref::borrow(item));
  if (!bound[consts].is_null() && !compatible_items(interpreter, old->constants, bound[consts], false))
    return cannot_replace(interpreter, "number or kind of co_consts");
  if (!bound[names].is_null() && !compatible_items(interpreter, old->names, bound[names], true))
    return cannot_replace(interpreter, "number of co_names");
  if (!bound[varnames_field].is_null() && !compatible_items(interpreter, old_varname_refs, bound[varnames_field], true))
    return cannot_replace(interpreter, "number of co_varnames");

  Ref result = copy_code(interpreter, *old);
  CodeObject& changed = *as_code(result.get());
  if (!bound[flags_field].is_null()) changed.flags = numbers[flags_field];
  if (!bound[firstlineno].is_null()) {
    // Lines are absolute in Krait's table: they move with the first.
    const int shift = numbers[firstlineno] - old->first_line;
    changed.first_line = numbers[firstlineno];
    for (CodeObject::LineRun& run : changed.lines)
      if (run.position.line > 0) run.position.line += shift, run.position.end_line += shift;
    for (CodeObject::LocalRead& read : changed.local_reads)
      if (read.position.line > 0) read.position.line += shift, read.position.end_line += shift;
  }
  if (!bound[consts].is_null()) changed.constants = refs_of(bound[consts]);
  if (!bound[names].is_null()) {
    // The inline caches name what they look up: the new names.
    changed.names = refs_of(bound[names]);
    for (InlineCache& cache : changed.caches)
      for (std::size_t i = 0; i < old->names.size(); ++i)
        if (cache.name == old->names[i].get()) {
          cache.name = changed.names[i].get();
          break;
        }
  }
  if (!bound[varnames_field].is_null()) {
    // co_varnames are the locals less the cells that are not parameters.
    const std::vector<Ref> replacement = refs_of(bound[varnames_field]);
    std::size_t next = 0;
    for (Ref& local : changed.local_names)
      if (next < old_varnames.size() && local.get() == old_varnames[next]) local = Ref::borrow(replacement[next++].get());
  }
  if (!bound[filename].is_null()) changed.filename = Ref::borrow(bound[filename]);
  if (!bound[name].is_null()) changed.name = Ref::borrow(bound[name]);
  if (!bound[qualname].is_null()) changed.qualname = Ref::borrow(bound[qualname]);
  return result;
}

runtime::Type* code_type(runtime::Interpreter& interpreter) {
  if (!interpreter.code_type) {
    runtime::Type* type = interpreter.create_type("code", interpreter.object_type);
    type->dict = runtime::new_dict(interpreter);
    type->mro = {type, interpreter.object_type};
    type->repr = &code_repr;
    type->deallocate = &code_deallocate;
    type->item_size = 2;  // variable-size in CPython (its code units), as __itemsize__ says
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
                          {"co_stacksize", &co_stacksize},
                          {"co_code", &co_code},
                          {"_co_code_adaptive", &co_code},
                          {"co_linetable", &co_linetable},
                          {"co_exceptiontable", &co_exceptiontable},
                          {"co_lnotab", &co_lnotab}});
    runtime::add_methods(interpreter, type,
                         {{"co_lines", &code_lines},
                          {"co_positions", &code_positions},
                          {"replace", &code_replace},
                          {"_varname_from_oparg", &code_varname_from_oparg}});
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
