// Parser stage: a generic walk over the fields of an AST node, generated from
// ast_nodes.def. `visit_fields(node, visitor)` calls, in ASDL field order,
// visitor.child / optional_child / children for node fields and
// visitor.value / optional_value / values for scalar fields, each with the
// field's name. The dump and the parser's depth check are such visitors.
#pragma once

#include "parser/ast.h"

namespace krait::ast {

#define CHILD(T, n) visitor.child(#n, node.n);
#define OPT_CHILD(T, n) visitor.optional_child(#n, node.n);
#define CHILDREN(T, n) visitor.children(#n, node.n);
#define VALUE(T, n) visitor.value(#n, node.n);
#define OPT_VALUE(T, n) visitor.optional_value(#n, node.n);
#define VALUES(T, n) visitor.values(#n, node.n);
#define AST_NODE(Name, Base, Fields)                  \
  template <class Visitor>                            \
  void visit_fields(const Name& node, Visitor& visitor) { Fields }
#include "parser/ast_nodes.def"
#undef AST_NODE
#undef CHILD
#undef OPT_CHILD
#undef CHILDREN
#undef VALUE
#undef OPT_VALUE
#undef VALUES

template <class Visitor>
void visit_fields(const Node& node, Visitor& visitor) {
  switch (node.kind) {
#define AST_NODE(Name, Base, Fields) \
  case NodeKind::Name:               \
    visit_fields(static_cast<const Name&>(node), visitor); \
    break;
#include "parser/ast_nodes.def"
#undef AST_NODE
  }
}

}  // namespace krait::ast
