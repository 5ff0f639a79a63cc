// Native modules: _ast's conversion of a tree of _ast objects to Krait's
// parse tree, for compile(tree) (CPython's obj2ast_* in Python-ast.c),
// generated from parser/ast_nodes.def. Field by field as CPython reads
// them, with its errors: a sum type's positions first, then the class
// decides the node kind; a product type's fields, then its positions; a
// required child left None is reported once its node is read.
#include <cmath>
#include <string>
#include <unordered_map>

#include "modules/ast_classes.h"
#include "modules/ast_module.h"
#include "objects/bytes_methods.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using namespace ast_classes;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The scalar types of the table, named as its fields name them (VALUE(T, n)
// passes ScalarKind::T), where C++ types alone cannot tell them apart.
enum class ScalarKind : std::uint8_t {
  Identifier,
  String,
  Int,
  ConstantValue,
#define AST_ENUM(Enum, ...) Enum,
#include "parser/ast_operators.def"
#undef AST_ENUM
};

struct Positions {
  std::int32_t lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

class TreeReader {
 public:
  TreeReader(Interpreter& interpreter, Arena& arena, std::vector<Ref>& constants)
      : interpreter_(interpreter), arena_(arena), constants_(constants) {}

  // A node of a field of type T: a sum type's (None is null) or a product
  // type's.
  template <class T>
  bool node(Value object, T*& out) {
    constexpr AbstractClass sum = sum_of<T>();
    if constexpr (sum == AbstractClass::Ast) {
      return product(object, out);
    } else {
      if (object == interpreter_.none()) {
        out = nullptr;
        return true;
      }
      return sum_node(object, sum, reinterpret_cast<ast::Node*&>(out));
    }
  }

  // Field readers: `owner` is the node's class name, for the messages.
  template <class T>
  bool child(Value object, std::string_view owner, const char* name, T*& out) {
    Ref value;
    return required_field(object, owner, name, value) && node(value.get(), out);
  }
  template <class T>
  bool optional_child(Value object, std::string_view owner, const char* name, T*& out) {
    Ref value;
    if (!optional_field(object, name, value)) return false;
    out = nullptr;
    return !value || node(value.get(), out);
  }
  template <class T>
  bool children(Value object, std::string_view owner, const char* name, ast::Seq<T*>& out) {
    return list_field(object, owner, name, out, [this](Value item, T*& slot) { return node(item, slot); });
  }
  template <class T>
  bool value(Value object, std::string_view owner, const char* name, T& out, ScalarKind kind) {
    Ref value;
    return required_field(object, owner, name, value) && scalar(value.get(), out, kind);
  }
  template <class T>
  bool optional_value(Value object, std::string_view owner, const char* name, T& out, ScalarKind kind) {
    Ref value;
    if (!optional_field(object, name, value)) return false;
    return !value || scalar(value.get(), out, kind);
  }
  template <class T>
  bool values(Value object, std::string_view owner, const char* name, ast::Seq<T>& out, ScalarKind kind) {
    // (A None identifier here would be a null one: CPython crashes on it.)
    return list_field(object, owner, name, out, [this, kind](Value item, T& slot) {
      if (item == interpreter_.none() && kind == ScalarKind::Identifier) return scalar(Value::small_int(0), slot, kind);
      return scalar(item, slot, kind);
    });
  }

  // What the node constructors check (_PyAST_Name ...): a required child
  // or identifier that was None.
  bool required(std::string_view owner, const char* name, bool present) {
    if (present) return true;
    interpreter_.set_exception(interpreter_.ValueError_type,
                               "field '" + std::string(name) + "' is required for " + std::string(owner));
    return false;
  }

 private:
  bool sum_node(Value object, AbstractClass sum, ast::Node*& out);
  template <class T>
  bool product(Value object, T*& out);
  ast::Node* build(ast::NodeKind kind, Value object);
  template <class T>
  ast::Node* build(Value object);

  bool positions(Value object, std::string_view owner, bool end_optional, Positions& out);

  // One more level of nesting while it lives.
  struct Level {
    explicit Level(std::size_t& depth) : depth(depth) { ++depth; }
    ~Level() { --depth; }
    std::size_t& depth;
  };
  // Whether the nesting passed Python's recursion limit (RecursionError
  // pending), which CPython checks in every obj2ast call.
  bool too_deep(std::string_view type_name);

  int lookup(Value object, const char* name, Ref& out) {
    auto [entry, added] = names_.try_emplace(name, Value());
    if (added) entry->second = interpreter_.intern(name);
    return runtime::lookup_attribute(interpreter_, object, entry->second, out);
  }
  bool required_field(Value object, std::string_view owner, const char* name, Ref& out);
  // Missing and None are alike (out stays null).
  bool optional_field(Value object, const char* name, Ref& out);
  template <class T, class Convert>
  bool list_field(Value object, std::string_view owner, const char* name, ast::Seq<T>& out, Convert convert);

  bool scalar(Value value, std::string_view& out, ScalarKind kind);
  bool scalar(Value value, ast::Int& out, ScalarKind) { return to_int(value, out); }
  bool scalar(Value value, ast::OptionalInt& out, ScalarKind) {
    out.present = true;
    return to_int(value, out.value);
  }
  bool scalar(Value value, ast::ConstantValue& out, ScalarKind);
  template <class Enum>
  bool scalar(Value value, Enum& out, ScalarKind);

  // obj2ast_int: an int that fits a C int.
  template <class Integer>
  bool to_int(Value value, Integer& out);
  bool expected(std::string_view type_name, Value value);

  Interpreter& interpreter_;
  Arena& arena_;
  std::vector<Ref>& constants_;
  std::unordered_map<const char*, Value> names_;
  std::size_t depth_ = 0;
};

// ---- the generated per-node readers ----------------------------------------------

#define CHILD(T, n) &&reader.child(object, owner, #n, node->n)
#define OPT_CHILD(T, n) &&reader.optional_child(object, owner, #n, node->n)
#define CHILDREN(T, n) &&reader.children(object, owner, #n, node->n)
#define VALUE(T, n) &&reader.value(object, owner, #n, node->n, ScalarKind::T)
#define OPT_VALUE(T, n) &&reader.optional_value(object, owner, #n, node->n, ScalarKind::T)
#define VALUES(T, n) &&reader.values(object, owner, #n, node->n, ScalarKind::T)
#define AST_NODE(Name, Base, Fields)                                                    \
  [[maybe_unused]] bool read_fields(TreeReader& reader, Value object, ast::Name* node) { \
    [[maybe_unused]] const std::string_view owner = ast::node_kind_name(ast::NodeKind::Name); \
    return true Fields;                                                                 \
  }
#include "parser/ast_nodes.def"
#undef AST_NODE
#undef CHILD
#undef OPT_CHILD
#undef CHILDREN
#undef VALUE
#undef OPT_VALUE
#undef VALUES

// Whether a required field was set (not None): children and identifiers
// (other scalars cannot be None).
template <class T>
bool is_set(const T& field) {
  if constexpr (std::is_pointer_v<T>) return field != nullptr;
  if constexpr (std::is_same_v<T, std::string_view>) return field.data() != nullptr;
  return true;
}

#define CHILD(T, n) &&reader.required(owner, #n, is_set(node->n))
#define OPT_CHILD(T, n)
#define CHILDREN(T, n)
#define VALUE(T, n) &&reader.required(owner, #n, is_set(node->n))
#define OPT_VALUE(T, n)
#define VALUES(T, n)
#define AST_NODE(Name, Base, Fields)                                                          \
  [[maybe_unused]] bool check_required(TreeReader& reader, const ast::Name* node) {           \
    [[maybe_unused]] const std::string_view owner = ast::node_kind_name(ast::NodeKind::Name); \
    return true Fields;                                                                       \
  }
#include "parser/ast_nodes.def"
#undef AST_NODE
#undef CHILD
#undef OPT_CHILD
#undef CHILDREN
#undef VALUE
#undef OPT_VALUE
#undef VALUES

// ---- nodes ---------------------------------------------------------------------

bool TreeReader::too_deep(std::string_view type_name) {
  if (interpreter_.frames.size() + depth_ <= static_cast<std::size_t>(interpreter_.recursion_limit)) return false;
  interpreter_.set_exception(interpreter_.RecursionError_type,
                             "maximum recursion depth exceeded while traversing '" + std::string(type_name) + "' node");
  return true;
}

bool TreeReader::sum_node(Value object, AbstractClass sum, ast::Node*& out) {
  const std::string_view sum_name = abstract_names[static_cast<int>(sum)];
  Level level(depth_);
  if (too_deep(sum_name)) return false;
  const NodeInfo* member = nullptr;
  for (int kind = 0; kind < node_class_count && !member; ++kind)
    if (node_info(static_cast<ast::NodeKind>(kind)).base == sum) member = &node_info(static_cast<ast::NodeKind>(kind));
  Positions where;
  if (member->located && !positions(object, sum_name, member->end_optional, where)) return false;
  // The class decides the kind: the object's own first, then a base (a
  // class deriving from a node class).
  const runtime::Type* type = runtime::type_of(interpreter_, object);
  int found = -1;
  for (int pass = 0; pass < 2 && found < 0; ++pass)
    for (int kind = 0; kind < node_class_count && found < 0; ++kind) {
      if (node_info(static_cast<ast::NodeKind>(kind)).base != sum) continue;
      const runtime::Type* node_type = node_class(interpreter_, static_cast<ast::NodeKind>(kind));
      if (pass == 0 ? type == node_type : runtime::is_subtype(type, node_type)) found = kind;
    }
  if (found < 0) return expected(sum_name, object);
  ast::Node* node = build(static_cast<ast::NodeKind>(found), object);
  if (!node) return false;
  if (member->located) {
    auto* located = static_cast<ast::Located*>(node);
    located->lineno = where.lineno;
    located->col_offset = where.col_offset;
    located->end_lineno = where.end_lineno;
    located->end_col_offset = where.end_col_offset;
  }
  out = node;
  return true;
}

template <class T>
bool TreeReader::product(Value object, T*& out) {
  const std::string_view name = ast::node_kind_name(T::node_kind);
  Level level(depth_);
  if (too_deep(name)) return false;
  T* node = arena_.make<T>();
  if (!read_fields(*this, object, node)) return false;
  if constexpr (std::is_base_of_v<ast::Located, T>) {
    Positions where;
    if (!positions(object, name, node_info(T::node_kind).end_optional, where)) return false;
    node->lineno = where.lineno;
    node->col_offset = where.col_offset;
    node->end_lineno = where.end_lineno;
    node->end_col_offset = where.end_col_offset;
  }
  if (!check_required(*this, node)) return false;
  out = node;
  return true;
}

template <class T>
ast::Node* TreeReader::build(Value object) {
  T* node = arena_.make<T>();
  return read_fields(*this, object, node) && check_required(*this, node) ? node : nullptr;
}

ast::Node* TreeReader::build(ast::NodeKind kind, Value object) {
  switch (kind) {
#define AST_NODE(Name, Base, Fields) \
  case ast::NodeKind::Name:          \
    return build<ast::Name>(object);
#include "parser/ast_nodes.def"
#undef AST_NODE
  }
  return nullptr;
}

// A missing end position (`int?`) is the start's: a zero-width range.
bool TreeReader::positions(Value object, std::string_view owner, bool end_optional, Positions& out) {
  Ref value;
  if (!required_field(object, owner, "lineno", value) || !to_int(value.get(), out.lineno)) return false;
  if (!required_field(object, owner, "col_offset", value) || !to_int(value.get(), out.col_offset)) return false;
  const std::pair<const char*, std::int32_t*> ends[] = {{"end_lineno", &out.end_lineno},
                                                        {"end_col_offset", &out.end_col_offset}};
  out.end_lineno = out.lineno;
  out.end_col_offset = out.col_offset;
  for (auto [name, slot] : ends) {
    value = Ref();
    if (!(end_optional ? optional_field(object, name, value) : required_field(object, owner, name, value))) return false;
    if (value && !to_int(value.get(), *slot)) return false;
  }
  return true;
}

// ---- fields --------------------------------------------------------------------

bool TreeReader::required_field(Value object, std::string_view owner, const char* name, Ref& out) {
  const int found = lookup(object, name, out);
  if (found < 0) return false;
  if (found) return true;
  interpreter_.set_exception(interpreter_.TypeError_type,
                             "required field \"" + std::string(name) + "\" missing from " + std::string(owner));
  return false;
}

bool TreeReader::optional_field(Value object, const char* name, Ref& out) {
  if (lookup(object, name, out) < 0) return false;
  if (out && out.get() == interpreter_.none()) out = Ref();
  return true;
}

template <class T, class Convert>
bool TreeReader::list_field(Value object, std::string_view owner, const char* name, ast::Seq<T>& out,
                            Convert convert) {
  Ref list;
  if (!required_field(object, owner, name, list)) return false;
  const std::string prefix = std::string(owner) + " field \"" + name + "\" ";
  if (!runtime::is_list(interpreter_, list.get())) {
    interpreter_.set_exception(interpreter_.TypeError_type,
                               prefix + "must be a list, not a " + std::string(runtime::type_name(interpreter_, list.get())));
    return false;
  }
  const std::vector<Value>& items = runtime::as_list(list.get())->items;
  const std::size_t size = items.size();
  out.items = arena_.make_array<T>(size);
  out.count = static_cast<std::uint32_t>(size);
  for (std::size_t i = 0; i < size; ++i) {
    // Reading an item may run code that changes the list.
    Ref item = Ref::borrow(items[i]);
    if (!convert(item.get(), out.items[i])) return false;
    if (items.size() != size) {
      interpreter_.set_exception(interpreter_.TypeError_type, prefix + "changed size during iteration");
      return false;
    }
  }
  return true;
}

// ---- scalars -------------------------------------------------------------------

bool TreeReader::scalar(Value value, std::string_view& out, ScalarKind kind) {
  const runtime::Type* type = runtime::type_of(interpreter_, value);
  std::string_view bytes;
  if (value == interpreter_.none()) {
    out = {};
  } else if (type == interpreter_.str_type) {
    out = arena_.copy(runtime::str_utf8(value));
  } else if (kind == ScalarKind::String && type == interpreter_.bytes_type && runtime::byte_view(interpreter_, value, bytes)) {
    out = arena_.copy(bytes);
  } else {
    interpreter_.set_exception(interpreter_.TypeError_type, kind == ScalarKind::Identifier
                                                                ? "AST identifier must be of type str"
                                                                : "AST string must be of type str");
    return false;
  }
  return true;
}

// Any object is a constant here (validate_tree checks its type): those a
// literal makes keep their tagged form, which the compiler's checks read;
// the others stay objects.
bool TreeReader::scalar(Value value, ast::ConstantValue& out, ScalarKind) {
  using Tag = ast::ConstantValue::Tag;
  const runtime::Type* type = runtime::type_of(interpreter_, value);
  std::string_view bytes;
  if (value == interpreter_.none()) {
    out.tag = Tag::None;
  } else if (value == interpreter_.ellipsis()) {
    out.tag = Tag::Ellipsis;
  } else if (type == interpreter_.bool_type) {
    out.tag = value == interpreter_.boolean(true) ? Tag::True : Tag::False;
  } else if (type == interpreter_.int_type && runtime::int_to_int64(interpreter_, value, out.integer)) {
    out.tag = Tag::Int;
  } else if (type == interpreter_.float_type) {
    out.tag = Tag::Float;
    out.number = runtime::float_value(value);
  } else if (type == interpreter_.complex_type && runtime::complex_value(value).real == 0.0 &&
             !std::signbit(runtime::complex_value(value).real)) {
    out.tag = Tag::Complex;
    out.number = runtime::complex_value(value).imag;
  } else if (type == interpreter_.str_type) {
    out.tag = Tag::Str;
    out.text = arena_.copy(runtime::str_utf8(value));
  } else if (type == interpreter_.bytes_type && runtime::byte_view(interpreter_, value, bytes)) {
    out.tag = Tag::Bytes;
    out.text = arena_.copy(bytes);
  } else {
    out.tag = Tag::Object;
    out.integer = static_cast<std::int64_t>(value.bits());
    constants_.push_back(Ref::borrow(value));
  }
  return true;
}

template <class Enum>
bool TreeReader::scalar(Value value, Enum& out, ScalarKind) {
  const int id = static_cast<int>(enum_id(Enum{}));
  const runtime::Type* type = runtime::type_of(interpreter_, value);
  for (int index = 0; index < enum_sizes[id]; ++index)
    if (runtime::is_subtype(type, value_class(interpreter_, static_cast<Enum>(index)))) {
      out = static_cast<Enum>(index);
      return true;
    }
  return expected(asdl_name(enum_type_names[id]), value);
}

template <class Integer>
bool TreeReader::to_int(Value value, Integer& out) {
  if (!runtime::is_int(interpreter_, value)) {
    Ref text = runtime::repr(interpreter_, value);
    if (text)
      interpreter_.set_exception(interpreter_.ValueError_type,
                                 "invalid integer value: " + std::string(runtime::str_utf8(text.get())));
    return false;
  }
  std::int64_t number = 0;
  if (!runtime::int_to_int64(interpreter_, value, number) || number < INT32_MIN || number > INT32_MAX) {
    interpreter_.set_exception(interpreter_.OverflowError_type, "Python int too large to convert to C int");
    return false;
  }
  out = static_cast<Integer>(number);
  return true;
}

bool TreeReader::expected(std::string_view type_name, Value value) {
  Ref text = runtime::repr(interpreter_, value);
  if (text)
    interpreter_.set_exception(interpreter_.TypeError_type, "expected some sort of " + std::string(type_name) +
                                                                ", but got " + std::string(runtime::str_utf8(text.get())));
  return false;
}

}  // namespace

ast::Mod* ast_from_objects(Interpreter& interpreter, Value tree, parser::Mode mode, Arena& arena,
                           std::vector<Ref>& constants) {
  if (!ensure_classes(interpreter)) return nullptr;
  ast::NodeKind kind = ast::NodeKind::Module;
  switch (mode) {
    case parser::Mode::Exec: kind = ast::NodeKind::Module; break;
    case parser::Mode::Eval: kind = ast::NodeKind::Expression; break;
    case parser::Mode::Single: kind = ast::NodeKind::Interactive; break;
    case parser::Mode::FuncType: kind = ast::NodeKind::FunctionType; break;
  }
  const runtime::Type* type = runtime::type_of(interpreter, tree);
  if (!runtime::is_subtype(type, node_class(interpreter, kind))) {
    interpreter.set_exception(interpreter.TypeError_type, "expected " + std::string(ast::node_kind_name(kind)) +
                                                              " node, got " + type->name.substr(type->name.rfind('.') + 1));
    return nullptr;
  }
  ast::Mod* module = nullptr;
  TreeReader reader(interpreter, arena, constants);
  if (!reader.node(tree, module) || !validate_tree(interpreter, module)) return nullptr;
  return module;
}

}  // namespace krait::modules
