// Parser stage: the abstract syntax tree. Node structs are generated from
// ast_nodes.def and live in an Arena; they mirror CPython 3.11's `ast` module
// field for field, so `--ast` prints exactly what `python -m ast` prints.
#pragma once

#include <cstdint>
#include <string_view>

#include "support/arena.h"

namespace krait::ast {

#define AST_NODE(Name, Base, Fields) Name,
enum class NodeKind : std::uint8_t {
#include "parser/ast_nodes.def"
};
#undef AST_NODE

#define AST_ENUM(Enum, ...) enum class Enum : std::uint8_t { __VA_ARGS__ };
#include "parser/ast_operators.def"
#undef AST_ENUM

// The CPython class name of an enum value: "Add" for OperatorKind::Add.
#define AST_ENUM(Enum, ...) std::string_view enum_value_name(Enum value);
#include "parser/ast_operators.def"
#undef AST_ENUM

// Identifiers and strings are UTF-8 views into the arena or the source
// buffer; a null data() means None for optional fields.
using Identifier = std::string_view;
using String = std::string_view;
using Int = std::int64_t;

// An optional int field (ImportFrom.level); the parser always sets it.
struct OptionalInt {
  std::int64_t value = 0;
  bool present = false;
};

// The value of a Constant node or a MatchSingleton.
struct ConstantValue {
  enum class Tag : std::uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes, Object };
  Tag tag = Tag::None;
  // Int: the value. Float: `number`. Complex: a literal is pure imaginary,
  // `number` is its imaginary part. Object: `integer` holds the bits of a
  // runtime value no literal makes (a tuple, a frozenset, a complex with a
  // real part: a Constant of a tree compile() got as _ast objects), which
  // the caller of the compiler keeps alive.
  std::int64_t integer = 0;
  double number = 0.0;
  // Str: UTF-8, lone surrogates encoded as 3-byte sequences (as WTF-8).
  // Bytes: raw bytes. BigInt: decimal digits, with a leading '-' if negative.
  std::string_view text;
};

// A sequence of children or scalars, allocated in the arena.
template <class T>
struct Seq {
  T* items = nullptr;
  std::uint32_t count = 0;

  T* begin() const { return items; }
  T* end() const { return items + count; }
  std::uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](std::uint32_t i) const { return items[i]; }
};

struct Node {
  NodeKind kind;
  explicit Node(NodeKind k) : kind(k) {}
};

// Positions follow CPython: 1-based lines, 0-based UTF-8 byte columns.
struct Located : Node {
  using Node::Node;
  std::int32_t lineno = 0;
  std::int32_t col_offset = 0;
  std::int32_t end_lineno = 0;
  std::int32_t end_col_offset = 0;
};

struct Mod : Node { using Node::Node; };
struct Stmt : Located { using Located::Located; };
struct Expr : Located { using Located::Located; };
struct Pattern : Located { using Located::Located; };

#define AST_NODE(Name, Base, Fields) struct Name;
#include "parser/ast_nodes.def"
#undef AST_NODE

#define CHILD(T, n) T* n = nullptr;
#define OPT_CHILD(T, n) T* n = nullptr;
#define CHILDREN(T, n) Seq<T*> n;
#define VALUE(T, n) T n{};
#define OPT_VALUE(T, n) OptionalField<T>::type n{};
#define VALUES(T, n) Seq<T> n;

template <class T> struct OptionalField { using type = T; };
template <> struct OptionalField<Int> { using type = OptionalInt; };

#define AST_NODE(Name, Base, Fields)                               \
  struct Name final : Base {                                       \
    static constexpr NodeKind node_kind = NodeKind::Name;          \
    Name() : Base(NodeKind::Name) {}                               \
    Fields                                                         \
  };
#include "parser/ast_nodes.def"
#undef AST_NODE
#undef CHILD
#undef OPT_CHILD
#undef CHILDREN
#undef VALUE
#undef OPT_VALUE
#undef VALUES

// The CPython class name of a node kind ("Expr" for ExprStmt).
std::string_view node_kind_name(NodeKind kind);

// Checked downcast: `as<Name>(expr)` is null unless `expr` is a Name.
template <class T>
T* as(Node* node) {
  return node && node->kind == T::node_kind ? static_cast<T*>(node) : nullptr;
}

}  // namespace krait::ast
