// Compiler stage: the `--symtable` view (see symbol_table_view.h). The text is
// tests/symtable_view.py's, which reads the same facts from CPython's
// _symtable module, so the two can be compared line for line.
#include "compiler/symbol_table_view.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace krait::compiler {
namespace {

namespace flag = symbol_flag;

constexpr std::pair<std::uint16_t, std::string_view> flag_names[] = {
    {flag::global, "global"},         {flag::local, "local"},   {flag::parameter, "param"},
    {flag::nonlocal, "nonlocal"},     {flag::use, "use"},       {flag::free_class, "free_class"},
    {flag::imported, "import"},       {flag::annotated, "annot"}, {flag::comprehension_iteration, "comp_iter"},
};

std::string_view resolution_name(Resolution resolution) {
  switch (resolution) {
    case Resolution::Local: return "LOCAL";
    case Resolution::GlobalExplicit: return "GLOBAL_EXPLICIT";
    case Resolution::GlobalImplicit: return "GLOBAL_IMPLICIT";
    case Resolution::Free: return "FREE";
    case Resolution::Cell: return "CELL";
    case Resolution::Unresolved: break;
  }
  return "UNRESOLVED";
}

std::string_view kind_name(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Function: return "function";
    case ScopeKind::Class: return "class";
    case ScopeKind::Module: return "module";
    case ScopeKind::Annotation: break;
  }
  return "annotation";
}

// Iterative, so a deep tree of scopes cannot exhaust the C++ stack.
void print_scopes(const Scope* top, std::string& out) {
  std::vector<std::pair<const Scope*, std::size_t>> pending = {{top, 0}};
  while (!pending.empty()) {
    auto [scope, depth] = pending.back();
    pending.pop_back();
    const std::string indent(depth * 2, ' ');
    out += indent;
    out += kind_name(scope->kind);
    out += ' ';
    out += scope->name;
    out += " line=" + std::to_string(scope->lineno);
    out += scope->nested ? " nested=1" : " nested=0";
    out += scope->kind == ScopeKind::Function ? " optimized=1\n" : " optimized=0\n";
    if (!scope->parameters.empty()) {
      out += indent + "  params:";
      for (std::string_view parameter : scope->parameters) {
        out += ' ';
        out += parameter;
      }
      out += '\n';
    }
    std::vector<const Symbol*> symbols;
    for (const Symbol& symbol : scope->symbols) symbols.push_back(&symbol);
    std::sort(symbols.begin(), symbols.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* symbol : symbols) {
      out += indent + "  ";
      out += symbol->name;
      out += ": ";
      out += resolution_name(symbol->resolution);
      for (const auto& [bit, name] : flag_names) {
        if (!(symbol->flags & bit)) continue;
        out += ' ';
        out += name;
      }
      out += '\n';
    }
    for (auto child = scope->children.rbegin(); child != scope->children.rend(); ++child)
      pending.emplace_back(*child, depth + 1);
  }
}

}  // namespace

std::string symbol_table_view(const SymbolTable& table) {
  std::string out;
  print_scopes(table.top, out);
  return out;
}

}  // namespace krait::compiler
