// Parser stage: `--ast` output, CPython 3.11's ast.dump() (Lib/ast.py) and
// repr() of constants, generated from the node table with no per-node code.
#include "parser/ast_dump.h"

#include <charconv>
#include <type_traits>

#include "parser/ast_visit.h"
#include "support/number_format.h"
#include "support/repr.h"
#include "support/unicode.h"

namespace krait::ast {

namespace {

bool is_located(NodeKind kind) {
  switch (kind) {
#define AST_NODE(Name, Base, Fields) \
  case NodeKind::Name:               \
    return std::is_base_of_v<Located, Name>;
#include "parser/ast_nodes.def"
#undef AST_NODE
  }
  return false;
}

// Optional fields that are None are omitted from the dump (their class
// attribute default is None); everything else is printed.
bool is_present(std::string_view text) { return text.data() != nullptr; }
bool is_present(OptionalInt number) { return number.present; }

// Counts the arguments ast.dump() prints for a node and whether all of them
// are "simple" (scalars, empty lists, nodes printed with no arguments). Only
// the node's own fields are inspected, so the count is cheap.
class ArgumentCounter {
 public:
  ArgumentCounter(bool include_attributes, bool inspect_children)
      : include_attributes_(include_attributes), inspect_children_(inspect_children) {}

  void count(const Node& node) {
    visit_fields(node, *this);
    if (include_attributes_ && is_located(node.kind)) arguments_ += 4;
  }

  template <class T>
  void child(const char*, const T* node) {
    ++arguments_;
    if (inspect_children_) all_simple_ = all_simple_ && prints_no_arguments(*node);
  }
  template <class T>
  void optional_child(const char* name, const T* node) {
    if (node) child(name, node);
  }
  template <class T>
  void children(const char*, const Seq<T>& items) {
    ++arguments_;
    all_simple_ = all_simple_ && items.empty();
  }
  template <class T>
  void value(const char*, const T&) {
    ++arguments_;
  }
  template <class T>
  void optional_value(const char*, const T& value) {
    if (is_present(value)) ++arguments_;
  }
  template <class T>
  void values(const char* name, const Seq<T>& items) {
    children(name, items);
  }

  int arguments() const { return arguments_; }
  bool all_simple() const { return all_simple_; }

 private:
  bool prints_no_arguments(const Node& node) const {
    ArgumentCounter counter(include_attributes_, false);
    counter.count(node);
    return counter.arguments() == 0;
  }

  bool include_attributes_;
  bool inspect_children_;
  int arguments_ = 0;
  bool all_simple_ = true;
};

void append_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

void append_constant_repr(std::string& out, const ConstantValue& value) {
  switch (value.tag) {
    case ConstantValue::Tag::None: out += "None"; return;
    case ConstantValue::Tag::True: out += "True"; return;
    case ConstantValue::Tag::False: out += "False"; return;
    case ConstantValue::Tag::Ellipsis: out += "Ellipsis"; return;
    case ConstantValue::Tag::Int: append_integer(out, value.integer); return;
    case ConstantValue::Tag::BigInt: out += value.text; return;
    case ConstantValue::Tag::Float: out += float_repr(value.number); return;
    case ConstantValue::Tag::Complex: {
      // complex_repr drops a zero real part and formats the imaginary part
      // with repr's digits but without the float's added ".0" (1j, not 1.0j).
      std::string imaginary = float_repr(value.number);
      if (imaginary.ends_with(".0")) imaginary.resize(imaginary.size() - 2);
      out += imaginary;
      out += 'j';
      return;
    }
    case ConstantValue::Tag::Str: append_str_repr(out, value.text); return;
    case ConstantValue::Tag::Bytes: append_bytes_repr(out, value.text); return;
    case ConstantValue::Tag::Object: out += "<object>"; return;  // never parsed, so never dumped
  }
}

// ast.dump(node, indent=...) writing straight into one string. `level` is
// _format's nesting level; each node or list opens one more.
class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  void node(const Node& node, int level) {
    ++level;
    ArgumentCounter counter(options_.include_attributes, true);
    counter.count(node);
    // ast.dump keeps a node on one line when all its arguments are simple
    // and there are at most three of them.
    const bool one_line = counter.all_simple() && counter.arguments() <= 3;
    out_ += node_kind_name(node.kind);
    out_ += '(';
    const Layout saved = layout_;
    layout_ = {level, one_line, true};
    visit_fields(node, *this);
    if (options_.include_attributes && is_located(node.kind)) {
      const auto& located = static_cast<const Located&>(node);
      value("lineno", Int{located.lineno});
      value("col_offset", Int{located.col_offset});
      value("end_lineno", Int{located.end_lineno});
      value("end_col_offset", Int{located.end_col_offset});
    }
    layout_ = saved;
    out_ += ')';
  }

  // Field visitor interface (see visit_fields).
  template <class T>
  void child(const char* name, const T* child) {
    begin_argument(name);
    node(*child, layout_.level);
  }
  template <class T>
  void optional_child(const char* name, const T* child) {
    if (child) this->child(name, child);
  }
  template <class T>
  void children(const char* name, const Seq<T>& items) {
    begin_argument(name);
    list(items);
  }
  template <class T>
  void value(const char* name, const T& value) {
    begin_argument(name);
    scalar(value);
  }
  template <class T>
  void optional_value(const char* name, const T& value) {
    if (is_present(value)) this->value(name, value);
  }
  template <class T>
  void values(const char* name, const Seq<T>& items) {
    children(name, items);
  }

  std::string take() { return std::move(out_); }

 private:
  struct Layout {
    int level = 0;
    bool one_line = true;
    bool first = true;
  };

  template <class T>
  void list(const Seq<T>& items) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    const int level = layout_.level + 1;
    out_ += '[';
    const Layout saved = layout_;
    layout_ = {level, false, true};
    for (const T& item : items) {
      separator();
      list_item(item, level);
    }
    layout_ = saved;
    out_ += ']';
  }

  // A null node in a list is None: a `**` entry's Dict key, a keyword-only
  // argument without default.
  template <class T>
  void list_item(const T& item, int level) {
    if constexpr (std::is_pointer_v<T>) {
      if (item) {
        node(*item, level);
      } else {
        out_ += "None";
      }
    } else {
      scalar(item);
    }
  }

  void scalar(std::string_view text) { append_str_repr(out_, text); }
  void scalar(Int number) { append_integer(out_, number); }
  void scalar(OptionalInt number) { append_integer(out_, number.value); }
  void scalar(const ConstantValue& constant) { append_constant_repr(out_, constant); }
  template <class Enum>
  void scalar(Enum operator_kind) {
    out_ += enum_value_name(operator_kind);
    out_ += "()";
  }

  // _format's prefix before the first argument, sep between the others.
  void separator() {
    if (!layout_.first) out_ += ',';
    if (options_.indent >= 0 && !layout_.one_line) {
      out_ += '\n';
      out_.append(static_cast<std::size_t>(options_.indent) * layout_.level, ' ');
    } else if (!layout_.first) {
      out_ += ' ';
    }
    layout_.first = false;
  }

  void begin_argument(const char* name) {
    separator();
    out_ += name;
    out_ += '=';
  }

  const DumpOptions& options_;
  Layout layout_;
  std::string out_;
};

}  // namespace

std::string dump(const Node* tree, const DumpOptions& options) {
  Dumper dumper(options);
  dumper.node(*tree, 0);
  return dumper.take();
}

std::string constant_repr(const ConstantValue& value) {
  std::string out;
  append_constant_repr(out, value);
  return out;
}

}  // namespace krait::ast
