// Compiler stage, first pass: symbol tables. For a module's AST, the tree of
// scopes (module, classes, functions, lambdas, comprehensions) and, in each,
// every name with the flags and the resolved scope CPython 3.11 computes in
// Python/symtable.c, plus the SyntaxErrors that pass raises.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "support/arena.h"
#include "support/syntax_error.h"

namespace krait::compiler {

// CPython's _Py_block_ty. Annotation scopes exist only under `from __future__
// import annotations`: their names are kept out of the enclosing scope (the
// annotations become strings) and they are never children of it.
enum class ScopeKind : std::uint8_t { Function, Class, Module, Annotation };

// What a name resolves to, with CPython's values (LOCAL = 1 ... CELL = 5);
// Unresolved only in annotation scopes, which are never analysed.
enum class Resolution : std::uint8_t { Unresolved, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Which comprehension a function scope is (CPython's _Py_comprehension_ty).
enum class Comprehension : std::uint8_t { None, List, Dict, Set, Generator };

// Symbol flags, with CPython's DEF_* bit values so the `--symtable` view can
// be compared with the `symtable` module number for number.
namespace symbol_flag {
constexpr std::uint16_t global = 1;        // `global` declaration
constexpr std::uint16_t local = 2;         // assigned (or deleted) here
constexpr std::uint16_t parameter = 4;
constexpr std::uint16_t nonlocal = 8;      // `nonlocal` declaration
constexpr std::uint16_t use = 16;          // read here
constexpr std::uint16_t free_class = 64;   // free in a method, bound in the class body
constexpr std::uint16_t imported = 128;
constexpr std::uint16_t annotated = 256;
constexpr std::uint16_t comprehension_iteration = 512;  // a comprehension's loop variable
constexpr std::uint16_t bound = local | parameter | imported;  // DEF_BOUND
}  // namespace symbol_flag

struct Symbol {
  std::string_view name;  // mangled (`__x` in class C is `_C__x`)
  std::uint16_t flags = 0;
  Resolution resolution = Resolution::Unresolved;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string_view name;  // "top", a def/class name, "lambda", "listcomp", ...
  int lineno = 0;
  int col_offset = 0;
  const ast::Node* node = nullptr;  // the Module, FunctionDef, Lambda, ListComp, ...
  std::vector<Scope*> children;     // in source order, as CPython visits them
  std::vector<Symbol> symbols;      // in order of first occurrence
  std::vector<std::string_view> parameters;  // in CPython's varnames order
  Comprehension comprehension = Comprehension::None;
  bool nested = false;               // inside a function (CO_NESTED)
  bool generator = false;
  bool coroutine = false;
  bool has_varargs = false;
  bool has_varkeywords = false;
  bool needs_class_closure = false;  // a method uses `super` or `__class__`
  bool has_import_star = false;      // `from m import *` (only at module level)

  // The symbol named `name` (already mangled), or null.
  const Symbol* lookup(std::string_view name) const;

  // Internal to the builder: the position of each name in `symbols`.
  std::unordered_map<std::string_view, std::uint32_t> index;
};

// `from __future__` features that change compilation (CPython's CO_FUTURE_*).
namespace future_feature {
constexpr std::uint32_t annotations = 1;      // PEP 563: annotations are strings
constexpr std::uint32_t barry_as_flufl = 2;
}  // namespace future_feature

struct SymbolTable {
  Scope* top = nullptr;
  std::uint32_t future_features = 0;
  int future_lineno = 0;  // line of the last `from __future__` import

  // The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or
  // comprehension node opens, or null.
  const Scope* scope_of(const ast::Node* node) const;

  // Internal to the builder.
  std::vector<std::unique_ptr<Scope>> storage;
  std::unordered_map<const ast::Node*, Scope*> by_node;
  Arena names;  // mangled names and `.0`
};

struct SymbolTableResult {
  std::unique_ptr<SymbolTable> table;  // null when `error` is set
  // A SyntaxError, or a RecursionError ("maximum recursion depth exceeded
  // during compilation") whose `type` says so.
  std::optional<SyntaxErrorInfo> error;
};

// Private name mangling (CPython's _Py_Mangle): inside class `private_name`
// (and everything nested in it), `__name` is `_Class__name`, unless it ends
// in `__` or is dotted, or the class name is all underscores; otherwise the
// name itself.
std::string mangle_name(std::string_view private_name, std::string_view name);

// Builds the symbol table of a parsed module. `source` is the program's bytes
// as read from its file (an error shows its line, as CPython re-reads it);
// `filename` is the error's file name. `future_features` (future_feature
// bits) are in force before the module's own future imports.
[[nodiscard]] SymbolTableResult build_symbol_table(const ast::Mod* module, std::string_view source,
                                                   const std::string& filename, std::uint32_t future_features = 0);

}  // namespace krait::compiler
