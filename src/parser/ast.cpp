// Parser stage: names of AST node kinds and enum values, from the tables.
#include "parser/ast.h"

#include <array>

namespace krait::ast {

std::string_view node_kind_name(NodeKind kind) {
  static constexpr std::array names = {
#define AST_NODE(Name, Base, Fields) std::string_view(#Name),
#include "parser/ast_nodes.def"
#undef AST_NODE
  };
  switch (kind) {
    // The expression statement is `Expr` in Python, but that name is the C++
    // base of all expressions here.
    case NodeKind::ExprStmt: return "Expr";
    // ASDL product types keep their lower-case type names as class names.
    case NodeKind::Comprehension: return "comprehension";
    case NodeKind::Arguments: return "arguments";
    case NodeKind::Arg: return "arg";
    case NodeKind::Keyword: return "keyword";
    case NodeKind::Alias: return "alias";
    case NodeKind::WithItem: return "withitem";
    case NodeKind::MatchCase: return "match_case";
    default: return names[static_cast<int>(kind)];
  }
}

namespace {
// The i-th name of a comma-separated list such as "Load, Store, Del".
constexpr std::string_view nth_name(std::string_view list, int index) {
  for (; index > 0; --index) list.remove_prefix(list.find(',') + 2);
  return list.substr(0, list.find(','));
}
}  // namespace

#define AST_ENUM(Enum, ...) \
  std::string_view enum_value_name(Enum value) { return nth_name(#__VA_ARGS__, static_cast<int>(value)); }
#include "parser/ast_operators.def"
#undef AST_ENUM

}  // namespace krait::ast
