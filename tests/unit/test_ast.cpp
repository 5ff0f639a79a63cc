// Unit tests: the AST tables.
#include <gtest/gtest.h>

#include "parser/ast.h"

namespace krait::ast {

TEST(AstTables, NodeKindNamesMatchPython) {
  EXPECT_EQ(node_kind_name(NodeKind::Module), "Module");
  EXPECT_EQ(node_kind_name(NodeKind::ExprStmt), "Expr");
  EXPECT_EQ(node_kind_name(NodeKind::TypeIgnore), "TypeIgnore");
}

TEST(AstTables, EnumValueNames) {
  EXPECT_EQ(enum_value_name(ExprContext::Load), "Load");
  EXPECT_EQ(enum_value_name(ExprContext::Del), "Del");
  EXPECT_EQ(enum_value_name(OperatorKind::FloorDiv), "FloorDiv");
  EXPECT_EQ(enum_value_name(CmpOpKind::NotIn), "NotIn");
  EXPECT_EQ(enum_value_name(UnaryOpKind::Invert), "Invert");
}

TEST(Arena, NodesAreZeroInitialisedAndTagged) {
  Arena arena;
  auto* call = arena.make<Call>();
  EXPECT_EQ(call->kind, NodeKind::Call);
  EXPECT_EQ(call->func, nullptr);
  EXPECT_TRUE(call->args.empty());
  EXPECT_EQ(as<Name>(call), nullptr);
  EXPECT_EQ(as<Call>(call), call);
}

}  // namespace krait::ast
