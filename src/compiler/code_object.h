// Compiler stage: code objects, the compiler's output and the VM's input:
// instructions, constants, names, the register window's shape and the line
// table, cell and free variable names, plus CPython's co_name/co_qualname/co_filename/co_firstlineno.
#pragma once

#include <algorithm>
#include <array>
#include <iterator>
#include <cstdint>
#include <memory>
#include <vector>

#include "compiler/opcodes.h"
#include "runtime/interpreter.h"
#include "runtime/object.h"

namespace krait::compiler {

// co_flags bits, as CPython's.
enum CodeFlag : int {
  code_optimized = 0x1,
  code_new_locals = 0x2,
  code_varargs = 0x4,
  code_varkeywords = 0x8,
  code_nested = 0x10,
  code_generator = 0x20,
  code_coroutine = 0x80,
  code_iterable_coroutine = 0x100,
  code_async_generator = 0x200,
  // Compiled under `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS):
  // exec(), eval() and compile() called from this code inherit the feature.
  code_future_annotations = 0x1000000,
  // Calling such code makes a generator, coroutine or async generator.
  code_suspendable = code_generator | code_coroutine | code_async_generator,
};

// An inline cache: the VM's memory of what one LOAD_GLOBAL, LOAD_ATTR,
// STORE_ATTR or LOAD_METHOD found last time, valid while the versions it
// recorded are unchanged (see vm/vm.cpp).
struct InlineCache {
  runtime::Value name;           // borrowed from the code object's names
  // LOAD_GLOBAL: the entry position in the globals (version2 == 0) or the
  // builtins, valid while their keys versions are these.
  std::uint64_t version = 0;
  std::uint64_t version2 = 0;
  std::int64_t index = -1;
  // Attribute sites: what was found on objects of up to four types, each
  // valid while its type's version is unchanged. Several types meet at one
  // site in methods of a base class (`self.x` for each subclass).
  // What a LOAD_ATTR found: an instance attribute in slot `index`, a data
  // descriptor on the type (`value`), or a type attribute that an instance
  // attribute (slot `index`, -1 for none) would shadow.
  enum class Kind : std::uint8_t { InstanceSlot, DataDescriptor, TypeAttribute };
  struct Entry {
    runtime::Object* type = nullptr;
    std::uint64_t version = 0;
    std::int64_t index = -1;  // instance attribute slot
    runtime::Value value;     // borrowed: the attribute found on the type
    Kind kind = Kind::InstanceSlot;
  };
  std::array<Entry, 4> entries;
  std::uint8_t next_entry = 0;  // the entry a new type replaces, round robin

  // The entry to fill for `type`: its own, else the next in turn.
  Entry& entry_for(runtime::Object* type) {
    for (Entry& entry : entries)
      if (entry.type == type) return entry;
    Entry& entry = entries[next_entry];
    next_entry = static_cast<std::uint8_t>((next_entry + 1) % entries.size());
    return entry;
  }
};

// Where an instruction comes from: lines and UTF-8 byte columns of an AST
// node (columns -1 when unknown, as CPython's None).
struct SourcePosition {
  int line = 0;
  int end_line = 0;
  int column = -1;
  int end_column = -1;
  bool operator==(const SourcePosition&) const = default;
};

class PayloadBytes;

struct CodeObject : runtime::Object {
  std::vector<Instruction> instructions;
  std::vector<runtime::Ref> constants;    // K: values, and the code objects of nested functions
  std::vector<runtime::Ref> names;        // N: interned strs of global names
  // Register i < local_count holds variable i: the names of co_varnames,
  // then the cell variables that are not parameters, then the free variables
  // (CPython 3.11's co_localsplusnames order). A cell or free variable's
  // register holds its cell.
  std::vector<runtime::Ref> local_names;
  std::vector<runtime::Ref> cell_names;  // co_cellvars: cell parameters in order, then the other cells sorted
  std::vector<runtime::Ref> free_names;  // co_freevars, sorted; the last free_names.size() variables
  // The window: parameters (co_varnames order: positional, keyword-only,
  // *args, **kwargs), then the other variables, then temporaries.
  int parameter_count = 0;
  int argument_count = 0;             // co_argcount
  int positional_only_count = 0;      // co_posonlyargcount
  int keyword_only_count = 0;         // co_kwonlyargcount
  int flags = 0;                      // co_flags (CodeFlag)
  std::vector<InlineCache> caches;
  int local_count = 0;
  int register_count = 0;
  // Line table: runs of instructions with one source position, each
  // {first instruction, position}, in instruction order. A position is the
  // AST node's that CPython 3.11 gives the instruction (co_positions).
  struct LineRun {
    std::uint32_t first = 0;
    SourcePosition position;
  };
  std::vector<LineRun> lines;
  // Reads of a local variable's register in place, by the instruction that
  // uses the value (no instruction of their own): from instruction `first`
  // on, the name's position, for an UnboundLocalError to point at the name
  // as CPython's LOAD_FAST does.
  struct LocalRead {
    std::uint32_t first = 0;
    int local = 0;
    SourcePosition position;
  };
  std::vector<LocalRead> local_reads;
  // Exception table: where an exception raised by an instruction goes. Runs
  // of instructions [start, end), sorted and disjoint, each sending it to
  // `target` with the exception in register `exception_register` (CPython
  // 3.11's zero-cost exception table, for registers instead of a stack).
  struct ExceptionHandler {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t target = 0;
    int exception_register = 0;
  };
  std::vector<ExceptionHandler> exception_table;
  runtime::Ref name;      // co_name
  runtime::Ref qualname;  // co_qualname
  runtime::Ref docstring; // a function's __doc__: its body's leading str, else null
  runtime::Ref filename;  // co_filename
  int first_line = 1;     // co_firstlineno
  // A code object read from a cache file inside another keeps its body
  // (variable names, names, constants, instructions, positions, exception
  // table) unread until it first runs or is inspected, so a start-up pays
  // only for the functions it calls: until then, the bytes it lies in, and
  // where (code_cache.cpp, load_code_body).
  std::shared_ptr<const PayloadBytes> lazy_body;
  std::size_t lazy_offset = 0;
  std::size_t lazy_size = 0;

  // The source line of the instruction at `index`, and its whole position.
  // (Inline: the runtime's frame objects read it without the compiler.)
  int line_of(std::size_t index) const { return position_of(index).line; }
  SourcePosition position_of(std::size_t index) const {
    auto after = std::upper_bound(lines.begin(), lines.end(), index,
                                  [](std::size_t i, const LineRun& run) { return i < run.first; });
    return after == lines.begin() ? SourcePosition{first_line, first_line} : std::prev(after)->position;
  }
  // Where the instruction at `index` reads local `local` in place (its
  // first such read), or null.
  const SourcePosition* local_read_at(std::size_t index, int local) const;
  // co_varnames (borrowed): the parameters and other locals, without the
  // cells that are not parameters and the free variables.
  std::vector<runtime::Value> variable_names() const;
  // The handler of an exception raised at instruction `index`, or null.
  const ExceptionHandler* handler_at(std::size_t index) const;
};

inline CodeObject* as_code(runtime::Value value) { return static_cast<CodeObject*>(value.as_object()); }

// co_varnames: the parameters and other locals, without the cells that are
// not parameters and the free variables (which follow them in local_names).
std::vector<runtime::Ref> variable_names(const CodeObject& code);

// Reads a lazily loaded code object's body (CodeObject::lazy_body): false
// with ValueError pending when the cache's bytes prove bad.
bool load_code_body(CodeObject& code);
// The body present: before anything reads more than the header fields.
inline bool ensure_code_body(CodeObject& code) { return !code.lazy_body || load_code_body(code); }

// A new, empty code object (the compiler fills it).
runtime::Ref new_code(runtime::Interpreter& interpreter);

}  // namespace krait::compiler
