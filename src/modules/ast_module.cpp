// Native modules: _ast (CPython's Python/Python-ast.c): the node classes,
// made from parser/ast_nodes.def when _ast is first imported (or compile()
// first needs them), the module, and compile(..., PyCF_ONLY_AST)'s
// conversion of Krait's parse tree to instances of those classes.
//
// The classes are ordinary classes, as CPython's are (ast.py adds
// properties to Constant): AST, the abstract sums (stmt, expr, ...), one
// class per node kind with its `_fields`, `__match_args__`, and None
// defaults for optional fields, and one class per operator value (Add,
// Load, ...) with one shared instance each, as ast.parse() uses them.
#include "modules/ast_module.h"

#include <string>
#include <unordered_map>

#include "compiler/compiler.h"
#include "modules/ast_classes.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "parser/ast_visit.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {

namespace ast_classes {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// ---- the node table as Python sees it ------------------------------------------

#define CHILD(T, n) {#n, #T, FieldForm::Child},
#define OPT_CHILD(T, n) {#n, #T, FieldForm::OptionalChild},
#define CHILDREN(T, n) {#n, #T, FieldForm::Children},
#define VALUE(T, n) {#n, #T, FieldForm::Value},
#define OPT_VALUE(T, n) {#n, #T, FieldForm::OptionalValue},
#define VALUES(T, n) {#n, #T, FieldForm::Values},
// Each list ends with a sentinel, so that a node without fields has one.
#define AST_NODE(Name, Base, Fields) constexpr FieldInfo Name##_fields[] = {Fields{nullptr, nullptr, FieldForm::Child}};
#include "parser/ast_nodes.def"
#undef AST_NODE
#undef CHILD
#undef OPT_CHILD
#undef CHILDREN
#undef VALUE
#undef OPT_VALUE
#undef VALUES

// The Python class a node class derives from: its base's sum, or its own
// (excepthandler and type_ignore are sums of one constructor), or AST for
// a product type.
template <class Node, class Base>
constexpr AbstractClass base_of() {
  return sum_of<Base>() != AbstractClass::Ast ? sum_of<Base>() : sum_of<Node>();
}

// Patterns' end positions are required (`int end_lineno`); every other
// positioned node's are `int?`.
#define AST_NODE(Name, Base, Fields)                                                   \
  NodeInfo{base_of<ast::Name, ast::Base>(), std::is_base_of_v<ast::Located, ast::Name>, \
           std::is_base_of_v<ast::Located, ast::Name> && !std::is_base_of_v<ast::Pattern, ast::Name>, Name##_fields, \
           static_cast<int>(sizeof Name##_fields / sizeof(FieldInfo)) - 1},
constexpr NodeInfo node_infos[] = {
#include "parser/ast_nodes.def"
};
#undef AST_NODE

constexpr const char* position_names[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

// ---- docstrings (the ASDL text, as CPython's class docs) -----------------------

// "BinOp(expr left, operator op, expr right)"; "Pass" without fields.
std::string signature(ast::NodeKind kind) {
  const NodeInfo& info = node_info(kind);
  std::string text(ast::node_kind_name(kind));
  if (info.field_count == 0) return text;
  text += '(';
  for (int i = 0; i < info.field_count; ++i) {
    const FieldInfo& field = info.fields[i];
    if (i) text += ", ";
    text += asdl_name(field.type);
    if (field.form == FieldForm::Children || field.form == FieldForm::Values) text += '*';
    if (field.form == FieldForm::OptionalChild || field.form == FieldForm::OptionalValue) text += '?';
    text += ' ';
    text += field.name;
  }
  return text + ')';
}

// "stmt = FunctionDef(...)\n     | AsyncFunctionDef(...)...".
std::string sum_doc(AbstractClass sum) {
  const std::string_view name = abstract_names[static_cast<int>(sum)];
  std::string text(name);
  text += " = ";
  const std::string separator = "\n" + std::string(name.size() + 1, ' ') + "| ";
  bool first = true;
  for (int kind = 0; kind < node_class_count; ++kind) {
    if (node_infos[kind].base != sum) continue;
    if (!first) text += separator;
    first = false;
    text += signature(static_cast<ast::NodeKind>(kind));
  }
  return text;
}

// ---- making the classes --------------------------------------------------------

Ref names_tuple(Interpreter& interpreter, const std::vector<const char*>& names) {
  std::vector<Value> items;
  for (const char* name : names) items.push_back(interpreter.intern(name));
  return runtime::new_tuple(interpreter, items);
}

// What a class's namespace holds: `fields` (also its __match_args__),
// `attributes` (null: inherited), the names whose class default is None.
struct ClassSpec {
  std::string_view name;
  Value base;  // null for AST itself
  std::vector<const char*> fields;
  const std::vector<const char*>* attributes = nullptr;
  std::vector<const char*> none_defaults;
  std::string doc;  // none when empty
};

Ref make_class(Interpreter& interpreter, const ClassSpec& spec) {
  Ref namespace_dict = runtime::new_dict(interpreter);
  const Value dict = namespace_dict.get();
  Ref fields = names_tuple(interpreter, spec.fields);
  runtime::dict_set_str(interpreter, dict, interpreter.intern("_fields"), fields.get());
  runtime::dict_set_str(interpreter, dict, interpreter.intern("__match_args__"), fields.get());
  Ref module_name = runtime::new_str(interpreter, "ast");
  runtime::dict_set_str(interpreter, dict, interpreter.names.dunder_module, module_name.get());
  if (!spec.doc.empty()) {
    Ref doc = runtime::new_str(interpreter, spec.doc);
    runtime::dict_set_str(interpreter, dict, interpreter.intern("__doc__"), doc.get());
  }
  if (spec.attributes) {
    Ref attributes = names_tuple(interpreter, *spec.attributes);
    runtime::dict_set_str(interpreter, dict, interpreter.intern("_attributes"), attributes.get());
  }
  for (const char* name : spec.none_defaults) runtime::dict_set_str(interpreter, dict, interpreter.intern(name), interpreter.none());
  Ref name = runtime::new_str(interpreter, spec.name);
  Ref bases = runtime::new_tuple(interpreter, spec.base.is_null() ? std::span<const Value>() : std::span(&spec.base, 1));
  const Value arguments[] = {name.get(), bases.get(), dict};
  return runtime::call(interpreter, Value::object(interpreter.type_type), arguments, 3);
}

// The position attributes of a sum or product type, and those that
// default to None.
void add_positions(const NodeInfo& info, ClassSpec& spec) {
  static const std::vector<const char*> positions(std::begin(position_names), std::end(position_names));
  static const std::vector<const char*> none;
  spec.attributes = info.located ? &positions : &none;
  if (info.located && info.end_optional) spec.none_defaults.insert(spec.none_defaults.end(), {"end_lineno", "end_col_offset"});
}

Ref ast_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);
Ref ast_reduce(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames);

// AST itself: no fields, and the constructor every node class inherits.
Ref make_ast_class(Interpreter& interpreter) {
  static const std::vector<const char*> none;
  Ref ast = make_class(interpreter, {"AST", Value(), {}, &none, {}, ""});
  if (!ast) return Ref();
  auto* type = static_cast<runtime::Type*>(ast.get().as_object());
  for (const runtime::MethodDef& method : {runtime::MethodDef{"__init__", &ast_init}, {"__reduce__", &ast_reduce}}) {
    Ref descriptor = runtime::new_method_descriptor(interpreter, method.name, method.function, type);
    if (!runtime::set_attribute(interpreter, ast.get(), interpreter.intern(method.name), descriptor.get())) return Ref();
  }
  return ast;
}

Ref make_node_class(Interpreter& interpreter, ast::NodeKind kind, Value base) {
  const NodeInfo& info = node_info(kind);
  ClassSpec spec{ast::node_kind_name(kind), base, {}, nullptr, {}, signature(kind)};
  for (int i = 0; i < info.field_count; ++i) {
    const FieldInfo& field = info.fields[i];
    spec.fields.push_back(field.name);
    if (field.form == FieldForm::OptionalChild || field.form == FieldForm::OptionalValue)
      spec.none_defaults.push_back(field.name);
  }
  // A product type is its own sum: it carries the attributes.
  if (info.base == AbstractClass::Ast) add_positions(info, spec);
  return make_class(interpreter, spec);
}

Ref make_sum_class(Interpreter& interpreter, AbstractClass sum, Value ast) {
  ClassSpec spec{abstract_names[static_cast<int>(sum)], ast, {}, nullptr, {}, sum_doc(sum)};
  for (const NodeInfo& info : node_infos)
    if (info.base == sum) {
      add_positions(info, spec);
      break;
    }
  return make_class(interpreter, spec);
}

// The value names of an enum ("Load, Store, Del"), one at a time.
std::vector<std::string> enum_value_names(int id) {
  std::vector<std::string> names;
  for (int value = 0; value < enum_sizes[id]; ++value) {
    switch (static_cast<EnumId>(id)) {
#define AST_ENUM(Enum, ...)                                                              \
  case EnumId::Enum:                                                                     \
    names.emplace_back(ast::enum_value_name(static_cast<ast::Enum>(value)));            \
    break;
#include "parser/ast_operators.def"
#undef AST_ENUM
    }
  }
  return names;
}

bool make_enum_classes(Interpreter& interpreter, Value ast, std::vector<Ref>& entries) {
  static const std::vector<const char*> none;
  for (int id = 0; id < enum_count; ++id) {
    const std::string_view name = asdl_name(enum_type_names[id]);
    const std::vector<std::string> values = enum_value_names(id);
    std::string doc(name);
    for (std::size_t i = 0; i < values.size(); ++i) doc += (i ? " | " : " = ") + values[i];
    Ref abstract = make_class(interpreter, {name, ast, {}, &none, {}, doc});
    if (!abstract) return false;
    for (int value = 0; value < enum_sizes[id]; ++value) {
      Ref value_class = make_class(interpreter, {values[value], abstract.get(), {}, nullptr, {}, values[value]});
      if (!value_class) return false;
      entries[singleton_index(static_cast<EnumId>(id), value)] =
          runtime::new_instance(interpreter, static_cast<runtime::Type*>(value_class.get().as_object()));
      entries[enum_value_index(static_cast<EnumId>(id), value)] = std::move(value_class);
    }
    entries[enum_abstract_index(static_cast<EnumId>(id))] = std::move(abstract);
  }
  return true;
}

// ---- AST's methods -------------------------------------------------------------

// AST.__init__(*args, **kwargs) (ast_type_init): positional arguments set
// the fields in `_fields` order, keywords set any attribute.
Ref ast_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const runtime::Type* type = runtime::type_of(interpreter, self);
  Ref fields;
  if (runtime::lookup_attribute(interpreter, Value::object(const_cast<runtime::Type*>(type)),
                                interpreter.intern("_fields"), fields) < 0)
    return Ref();
  std::int64_t field_count = 0;
  if (fields) {
    Ref size = runtime::length(interpreter, fields.get());
    if (!size) return Ref();
    field_count = size.get().as_small_int();
  }
  const std::string short_name = type->name.substr(type->name.rfind('.') + 1);
  if (static_cast<std::int64_t>(count) > field_count)
    return interpreter.raise(interpreter.TypeError_type, short_name + " constructor takes at most " +
                                                             std::to_string(field_count) + " positional argument" +
                                                             (field_count == 1 ? "" : "s"));
  for (std::size_t i = 0; i < count; ++i) {
    Ref name = runtime::get_item(interpreter, fields.get(), Value::small_int(static_cast<std::int64_t>(i)));
    if (!name || !runtime::set_attribute(interpreter, self, name.get(), arguments[i])) return Ref();
  }
  const std::size_t keyword_count = kwnames.is_null() ? 0 : runtime::as_tuple(kwnames)->size;
  for (std::size_t i = 0; i < keyword_count; ++i) {
    const Value key = runtime::as_tuple(kwnames)->items()[i];
    if (fields && count > 0) {
      const int contained = runtime::contains(interpreter, fields.get(), key);
      if (contained < 0) return Ref();
      if (contained) {
        Ref position = runtime::call_method(interpreter, fields.get(), interpreter.intern("index"), &key, 1);
        if (!position) return Ref();
        if (position.get().as_small_int() < static_cast<std::int64_t>(count))
          return interpreter.raise(interpreter.TypeError_type, type->name + " got multiple values for argument '" +
                                                                   std::string(runtime::str_utf8(key)) + "'");
      }
    }
    if (!runtime::set_attribute(interpreter, self, key, arguments[count + i])) return Ref();
  }
  return interpreter.new_none();
}

// AST.__reduce__() (ast_type_reduce): (type, (), __dict__), so that copy
// and pickle rebuild a node through its class.
Ref ast_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  Ref dict;
  if (runtime::lookup_attribute(interpreter, self, interpreter.intern("__dict__"), dict) < 0) return Ref();
  Ref no_arguments = runtime::new_tuple(interpreter, {});
  const Value type = Value::object(runtime::type_of(interpreter, self));
  const Value items[] = {type, no_arguments.get(), dict.get()};
  return runtime::new_tuple(interpreter, std::span(items, dict ? 3 : 2));
}

}  // namespace

const NodeInfo& node_info(ast::NodeKind kind) { return node_infos[static_cast<int>(kind)]; }

std::string_view asdl_name(std::string_view table_type) {
  static constexpr std::pair<std::string_view, std::string_view> names[] = {
      {"Mod", "mod"},
      {"Stmt", "stmt"},
      {"Expr", "expr"},
      {"Pattern", "pattern"},
      {"ExceptHandler", "excepthandler"},
      {"TypeIgnore", "type_ignore"},
      {"Arguments", "arguments"},
      {"Arg", "arg"},
      {"Keyword", "keyword"},
      {"Alias", "alias"},
      {"WithItem", "withitem"},
      {"MatchCase", "match_case"},
      {"Comprehension", "comprehension"},
      {"Identifier", "identifier"},
      {"String", "string"},
      {"Int", "int"},
      {"ConstantValue", "constant"},
      {"ExprContext", "expr_context"},
      {"BoolOpKind", "boolop"},
      {"OperatorKind", "operator"},
      {"UnaryOpKind", "unaryop"},
      {"CmpOpKind", "cmpop"},
  };
  for (const auto& [table_name, name] : names)
    if (table_name == table_type) return name;
  return table_type;
}

bool ensure_classes(Interpreter& interpreter) {
  if (interpreter.ast_classes) return true;
  std::vector<Ref> entries(class_table_size);
  Ref ast = make_ast_class(interpreter);
  if (!ast) return false;
  for (int sum = 1; sum < abstract_class_count; ++sum) {
    entries[abstract_index(static_cast<AbstractClass>(sum))] =
        make_sum_class(interpreter, static_cast<AbstractClass>(sum), ast.get());
    if (!entries[abstract_index(static_cast<AbstractClass>(sum))]) return false;
  }
  for (int kind = 0; kind < node_class_count; ++kind) {
    const AbstractClass base = node_infos[kind].base;
    const Value base_class = base == AbstractClass::Ast ? ast.get() : entries[abstract_index(base)].get();
    entries[kind] = make_node_class(interpreter, static_cast<ast::NodeKind>(kind), base_class);
    if (!entries[kind]) return false;
  }
  if (!make_enum_classes(interpreter, ast.get(), entries)) return false;
  entries[abstract_index(AbstractClass::Ast)] = std::move(ast);
  std::vector<Value> items;
  for (const Ref& entry : entries) items.push_back(entry.get());
  interpreter.ast_classes = runtime::new_tuple(interpreter, items);
  return true;
}

Value class_entry(const Interpreter& interpreter, int index) {
  return runtime::as_tuple(interpreter.ast_classes.get())->items()[index];
}

}  // namespace ast_classes

namespace {

using ast_classes::class_entry;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// ---- the parse tree as objects (ast2obj) ---------------------------------------

// Builds the objects of a tree, as a field visitor (ast_visit.h): each
// field becomes an attribute of the object being built, in field order,
// then the positions, as CPython's ast2obj sets them.
class ObjectBuilder {
 public:
  explicit ObjectBuilder(Interpreter& interpreter) : interpreter_(interpreter) {}

  Ref node(const ast::Node& node) {
    Ref object = runtime::new_instance(interpreter_, ast_classes::node_class(interpreter_, node.kind));
    const Value saved = target_;
    target_ = object.get();
    ast::visit_fields(node, *this);
    if (ast_classes::node_info(node.kind).located) {
      const auto& located = static_cast<const ast::Located&>(node);
      value("lineno", ast::Int{located.lineno});
      value("col_offset", ast::Int{located.col_offset});
      value("end_lineno", ast::Int{located.end_lineno});
      value("end_col_offset", ast::Int{located.end_col_offset});
    }
    target_ = saved;
    return failed_ ? Ref() : std::move(object);
  }

  // Field visitor interface (see visit_fields).
  template <class T>
  void child(const char* name, const T* child) {
    if (!failed_) set(name, node_or_none(child));
  }
  template <class T>
  void optional_child(const char* name, const T* child) {
    this->child(name, child);
  }
  template <class T>
  void children(const char* name, const ast::Seq<T>& items) {
    if (failed_) return;
    Ref list = runtime::new_list(interpreter_, {});
    for (const T& item : items) {
      Ref object;
      if constexpr (std::is_pointer_v<T>) {
        object = node_or_none(item);
      } else {
        object = scalar(item);
      }
      if (!object) return fail();
      runtime::list_append(list.get(), object.get());
    }
    set(name, std::move(list));
  }
  template <class T>
  void value(const char* name, const T& value) {
    if (!failed_) set(name, scalar(value));
  }
  template <class T>
  void optional_value(const char* name, const T& value) {
    this->value(name, value);
  }
  template <class T>
  void values(const char* name, const ast::Seq<T>& items) {
    children(name, items);
  }

 private:
  // A null child is None: an optional field, a `**` entry's Dict key.
  template <class T>
  Ref node_or_none(const T* child) {
    return child ? node(*child) : interpreter_.new_none();
  }

  // Identifiers and strings; a null view is None (an optional field).
  Ref scalar(std::string_view text) {
    return text.data() ? runtime::new_str(interpreter_, text) : interpreter_.new_none();
  }
  Ref scalar(ast::Int number) { return runtime::new_int(interpreter_, number); }
  Ref scalar(ast::OptionalInt number) {
    return number.present ? runtime::new_int(interpreter_, number.value) : interpreter_.new_none();
  }
  Ref scalar(const ast::ConstantValue& constant) { return compiler::constant_object(interpreter_, constant); }
  template <class Enum>
  Ref scalar(Enum operator_kind) {
    return Ref::borrow(ast_classes::value_singleton(interpreter_, operator_kind));
  }

  void set(const char* name, Ref value) {
    if (!value || !runtime::set_attribute(interpreter_, target_, attribute_name(name), value.get())) fail();
  }

  // The field names are the table's string literals: interned once each.
  Value attribute_name(const char* name) {
    auto [entry, added] = names_.try_emplace(name, Value());
    if (added) entry->second = interpreter_.intern(name);
    return entry->second;
  }

  void fail() { failed_ = true; }

  Interpreter& interpreter_;
  Value target_;
  bool failed_ = false;
  std::unordered_map<const char*, Value> names_;
};

}  // namespace

Ref ast_to_objects(Interpreter& interpreter, const ast::Mod* tree) {
  if (!ast_classes::ensure_classes(interpreter)) return Ref();
  return ObjectBuilder(interpreter).node(*tree);
}

bool is_ast_object(Interpreter& interpreter, Value value) {
  return interpreter.ast_classes &&
         runtime::is_subtype(runtime::type_of(interpreter, value),
                             ast_classes::abstract_class(interpreter, ast_classes::AbstractClass::Ast));
}

// The module: every class under its name, and compile()'s flags.
Ref create_ast_module(Interpreter& interpreter) {
  using namespace ast_classes;
  if (!ensure_classes(interpreter)) return Ref();
  Ref module = runtime::new_module(interpreter, "_ast");
  const Value ast_module = module.get();
  for (int index = 0; index < enum_value_index(static_cast<EnumId>(0), 0) + enum_value_count; ++index) {
    const auto* type = static_cast<const runtime::Type*>(class_entry(interpreter, index).as_object());
    runtime::module_set(interpreter, ast_module, type->name, class_entry(interpreter, index));
  }
  for (auto [name, value] : {std::pair{"PyCF_ONLY_AST", only_ast_flag}, std::pair{"PyCF_TYPE_COMMENTS", type_comments_flag},
                             std::pair{"PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000}})
    runtime::module_set(interpreter, ast_module, name, Value::small_int(value));
  return module;
}

}  // namespace krait::modules
