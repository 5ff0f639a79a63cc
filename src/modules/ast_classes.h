// Native modules: what the files of _ast share (ast_module.cpp makes the
// classes, ast_from_objects.cpp reads trees of them): the node table seen
// from Python, and where each class sits in Interpreter::ast_classes.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "parser/ast.h"
#include "runtime/interpreter.h"

namespace krait::modules::ast_classes {

// How a field holds its value (the field forms of ast_nodes.def).
enum class FieldForm : std::uint8_t { Child, OptionalChild, Children, Value, OptionalValue, Values };

struct FieldInfo {
  const char* name;
  const char* type;  // the C++ type's name in the table ("Expr", "Identifier")
  FieldForm form;
};

// The classes a node class derives from that are not node classes: AST,
// and the ASDL sums of more than operators (CPython's abstract classes).
enum class AbstractClass : std::uint8_t { Ast, Mod, Stmt, Expr, Pattern, ExceptHandler, TypeIgnore };
constexpr int abstract_class_count = 7;
constexpr std::string_view abstract_names[abstract_class_count] = {"AST",     "mod",           "stmt",       "expr",
                                                                   "pattern", "excepthandler", "type_ignore"};

// The sum a field of table type T holds, or Ast for a product type.
template <class T>
constexpr AbstractClass sum_of() {
  if constexpr (std::is_same_v<T, ast::Mod>) return AbstractClass::Mod;
  if constexpr (std::is_same_v<T, ast::Stmt>) return AbstractClass::Stmt;
  if constexpr (std::is_same_v<T, ast::Expr>) return AbstractClass::Expr;
  if constexpr (std::is_same_v<T, ast::Pattern>) return AbstractClass::Pattern;
  if constexpr (std::is_same_v<T, ast::ExceptHandler>) return AbstractClass::ExceptHandler;
  if constexpr (std::is_same_v<T, ast::TypeIgnore>) return AbstractClass::TypeIgnore;
  return AbstractClass::Ast;
}

struct NodeInfo {
  AbstractClass base;  // Ast for a product type (arguments, arg, ...)
  bool located;        // has lineno, col_offset, end_lineno, end_col_offset
  bool end_optional;   // end_lineno and end_col_offset may be None (`int?`)
  const FieldInfo* fields;
  int field_count;
};

#define AST_NODE(Name, Base, Fields) +1
constexpr int node_class_count = 0
#include "parser/ast_nodes.def"
    ;
#undef AST_NODE

// The Python view of a node kind (generated from the table).
const NodeInfo& node_info(ast::NodeKind kind);

// The ASDL name of a type of the table: "expr" for Expr, "cmpop" for
// CmpOpKind, "identifier" for Identifier.
std::string_view asdl_name(std::string_view table_type);

// The operator-like enums (ast_operators.def): one abstract class each
// (expr_context, boolop, ...), one class per value (Load, Add, ...) and
// one shared instance of each value class.
enum class EnumId : std::uint8_t {
#define AST_ENUM(Enum, ...) Enum,
#include "parser/ast_operators.def"
#undef AST_ENUM
};

constexpr std::string_view enum_type_names[] = {
#define AST_ENUM(Enum, ...) #Enum,
#include "parser/ast_operators.def"
#undef AST_ENUM
};

constexpr int count_names(std::string_view list) {
  int count = 1;
  for (char c : list) count += c == ',';
  return count;
}

constexpr int enum_sizes[] = {
#define AST_ENUM(Enum, ...) count_names(#__VA_ARGS__),
#include "parser/ast_operators.def"
#undef AST_ENUM
};
constexpr int enum_count = sizeof enum_sizes / sizeof enum_sizes[0];

constexpr int enum_offset(int id) {
  int offset = 0;
  for (int i = 0; i < id; ++i) offset += enum_sizes[i];
  return offset;
}
constexpr int enum_value_count = enum_offset(enum_count);

#define AST_ENUM(Enum, ...) \
  constexpr EnumId enum_id(ast::Enum) { return EnumId::Enum; }
#include "parser/ast_operators.def"
#undef AST_ENUM

// Interpreter::ast_classes, a tuple: the node classes in NodeKind order,
// the abstract classes, the enums' abstract classes, their value classes
// in table order, then the value classes' instances.
constexpr int abstract_index(AbstractClass id) { return node_class_count + static_cast<int>(id); }
constexpr int enum_abstract_index(EnumId id) { return node_class_count + abstract_class_count + static_cast<int>(id); }
constexpr int enum_value_index(EnumId id, int value) {
  return node_class_count + abstract_class_count + enum_count + enum_offset(static_cast<int>(id)) + value;
}
constexpr int singleton_index(EnumId id, int value) { return enum_value_index(id, value) + enum_value_count; }
constexpr int class_table_size = node_class_count + abstract_class_count + enum_count + 2 * enum_value_count;

// Makes the classes unless they exist; false with the exception pending.
[[nodiscard]] bool ensure_classes(runtime::Interpreter& interpreter);

// An entry of the table (borrowed). Precondition: ensure_classes().
runtime::Value class_entry(const runtime::Interpreter& interpreter, int index);

inline runtime::Type* node_class(const runtime::Interpreter& interpreter, ast::NodeKind kind) {
  return static_cast<runtime::Type*>(class_entry(interpreter, static_cast<int>(kind)).as_object());
}
inline runtime::Type* abstract_class(const runtime::Interpreter& interpreter, AbstractClass id) {
  return static_cast<runtime::Type*>(class_entry(interpreter, abstract_index(id)).as_object());
}
template <class Enum>
runtime::Type* value_class(const runtime::Interpreter& interpreter, Enum value) {
  return static_cast<runtime::Type*>(
      class_entry(interpreter, enum_value_index(enum_id(value), static_cast<int>(value))).as_object());
}
template <class Enum>
runtime::Value value_singleton(const runtime::Interpreter& interpreter, Enum value) {
  return class_entry(interpreter, singleton_index(enum_id(value), static_cast<int>(value)));
}

// CPython's validation of a tree compile() did not parse (Python/ast.c):
// false with ValueError, TypeError or RecursionError pending.
[[nodiscard]] bool validate_tree(runtime::Interpreter& interpreter, const ast::Mod* tree);

}  // namespace krait::modules::ast_classes
