// Compiler stage: annotations written back as text, as CPython 3.11's
// _PyAST_ExprAsUnicode does for `from __future__ import annotations`.
//
// The walk recurses once per nested expression. It runs only on trees the
// symbol table has walked first, which refuses those nested deeper than its
// recursion limit (RecursionError "maximum recursion depth exceeded during
// compilation"), so the depth here stays within what the compiler itself
// recurses through.
#include "compiler/annotation_text.h"

#include <string>
#include <string_view>

#include "compiler/compiler.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::compiler {

namespace {

using runtime::Ref;
using runtime::Value;

// How tightly the context of an expression binds, loosest first (CPython's
// PR_* levels): an expression whose operator binds less tightly than its
// context is parenthesized.
enum Precedence : int {
  Tuple,
  Test,  // conditional expression, lambda
  Or,
  And,
  Not,
  Compare,
  BitOr,
  Expression = BitOr,  // a bitwise or, or anything tighter
  BitXor,
  BitAnd,
  Shift,
  Arith,  // binary + and -
  Term,   // *, @, /, %, //
  Factor,  // unary +, - and ~
  Power,
  Await,
  Atom,
};

// CPython writes an infinite float as 1e309 (1 + DBL_MAX_10_EXP), a literal
// that reads back as infinity.
void append_replacing_infinity(std::string& out, std::string_view repr) {
  for (std::size_t start = 0;;) {
    const std::size_t found = repr.find("inf", start);
    out.append(repr.substr(start, found - start));
    if (found == std::string_view::npos) return;
    out += "1e309";
    start = found + 3;
  }
}

class Unparser {
 public:
  explicit Unparser(runtime::Interpreter& interpreter) : interpreter_(interpreter) {}

  Ref finish() {
    if (failed_) return Ref();
    return runtime::new_str(interpreter_, out_);
  }

  void expression(const ast::Expr* node, int context) {
    if (failed_) return;
    ast::Expr* e = const_cast<ast::Expr*>(node);
    switch (e->kind) {
      case ast::NodeKind::BoolOp: return bool_operation(*static_cast<ast::BoolOp*>(e), context);
      case ast::NodeKind::BinOp: return binary_operation(*static_cast<ast::BinOp*>(e), context);
      case ast::NodeKind::UnaryOp: return unary_operation(*static_cast<ast::UnaryOp*>(e), context);
      case ast::NodeKind::Lambda: return lambda(*static_cast<ast::Lambda*>(e), context);
      case ast::NodeKind::IfExp: return conditional(*static_cast<ast::IfExp*>(e), context);
      case ast::NodeKind::Dict: return dict(*static_cast<ast::Dict*>(e));
      case ast::NodeKind::Set: return sequence("{", static_cast<ast::Set*>(e)->elts, "}");
      case ast::NodeKind::List: return sequence("[", static_cast<ast::List*>(e)->elts, "]");
      case ast::NodeKind::Tuple: return tuple(*static_cast<ast::Tuple*>(e), context);
      case ast::NodeKind::GeneratorExp: {
        auto* generator = static_cast<ast::GeneratorExp*>(e);
        return comprehension("(", generator->elt, nullptr, generator->generators, ")");
      }
      case ast::NodeKind::ListComp: {
        auto* list = static_cast<ast::ListComp*>(e);
        return comprehension("[", list->elt, nullptr, list->generators, "]");
      }
      case ast::NodeKind::SetComp: {
        auto* set = static_cast<ast::SetComp*>(e);
        return comprehension("{", set->elt, nullptr, set->generators, "}");
      }
      case ast::NodeKind::DictComp: {
        auto* dict = static_cast<ast::DictComp*>(e);
        return comprehension("{", dict->key, dict->value, dict->generators, "}");
      }
      case ast::NodeKind::Yield: {
        ast::Expr* value = static_cast<ast::Yield*>(e)->value;
        if (!value) {
          out_ += "(yield)";
          return;
        }
        return prefixed("(yield ", value, Test, ")");
      }
      case ast::NodeKind::YieldFrom:
        return prefixed("(yield from ", static_cast<ast::YieldFrom*>(e)->value, Test, ")");
      case ast::NodeKind::Await: {
        const bool parenthesized = context > Await;
        return prefixed(parenthesized ? "(await " : "await ", static_cast<ast::Await*>(e)->value, Atom,
                        parenthesized ? ")" : "");
      }
      case ast::NodeKind::Compare: return comparison(*static_cast<ast::Compare*>(e), context);
      case ast::NodeKind::Call: return call(*static_cast<ast::Call*>(e));
      case ast::NodeKind::Constant: {
        auto* literal = static_cast<ast::Constant*>(e);
        // A u-prefixed string keeps its prefix (the Constant's kind).
        if (literal->value.tag != ast::ConstantValue::Tag::Ellipsis && literal->kind.data()) out_ += literal->kind;
        return constant(literal->value);
      }
      case ast::NodeKind::JoinedStr: return joined_string(*static_cast<ast::JoinedStr*>(e), false);
      case ast::NodeKind::FormattedValue: return formatted_value(*static_cast<ast::FormattedValue*>(e));
      case ast::NodeKind::Attribute: return attribute(*static_cast<ast::Attribute*>(e));
      case ast::NodeKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript*>(e);
        expression(subscript->value, Atom);
        return prefixed("[", subscript->slice, Tuple, "]");
      }
      case ast::NodeKind::Starred: return prefixed("*", static_cast<ast::Starred*>(e)->value, Expression, "");
      case ast::NodeKind::Slice: return slice(*static_cast<ast::Slice*>(e));
      case ast::NodeKind::Name: out_ += static_cast<ast::Name*>(e)->id; return;
      case ast::NodeKind::NamedExpr: {
        auto* named = static_cast<ast::NamedExpr*>(e);
        open_if(context > Tuple);
        expression(named->target, Atom);
        out_ += " := ";
        expression(named->value, Atom);
        close_if(context > Tuple);
        return;
      }
      default: return;
    }
  }

 private:
  void open_if(bool condition) {
    if (condition) out_ += '(';
  }
  void close_if(bool condition) {
    if (condition) out_ += ')';
  }

  // before + the expression + after.
  void prefixed(const char* before, const ast::Expr* e, int context, const char* after) {
    out_ += before;
    expression(e, context);
    out_ += after;
  }

  void bool_operation(const ast::BoolOp& operation, int context) {
    const bool conjunction = operation.op == ast::BoolOpKind::And;
    const int precedence = conjunction ? And : Or;
    open_if(context > precedence);
    for (std::uint32_t i = 0; i < operation.values.size(); ++i) {
      if (i > 0) out_ += conjunction ? " and " : " or ";
      expression(operation.values[i], precedence + 1);
    }
    close_if(context > precedence);
  }

  void binary_operation(const ast::BinOp& operation, int context) {
    using Op = ast::OperatorKind;
    const char* text = "";
    int precedence = Term;
    switch (operation.op) {
      case Op::Add: text = " + "; precedence = Arith; break;
      case Op::Sub: text = " - "; precedence = Arith; break;
      case Op::Mult: text = " * "; break;
      case Op::MatMult: text = " @ "; break;
      case Op::Div: text = " / "; break;
      case Op::Mod: text = " % "; break;
      case Op::FloorDiv: text = " // "; break;
      case Op::LShift: text = " << "; precedence = Shift; break;
      case Op::RShift: text = " >> "; precedence = Shift; break;
      case Op::BitOr: text = " | "; precedence = BitOr; break;
      case Op::BitXor: text = " ^ "; precedence = BitXor; break;
      case Op::BitAnd: text = " & "; precedence = BitAnd; break;
      case Op::Pow: text = " ** "; precedence = Power; break;
    }
    // ** groups to the right: its left operand needs parentheses at its own
    // level, the others' right operand does.
    const int right_associative = operation.op == Op::Pow ? 1 : 0;
    open_if(context > precedence);
    expression(operation.left, precedence + right_associative);
    out_ += text;
    expression(operation.right, precedence + 1 - right_associative);
    close_if(context > precedence);
  }

  void unary_operation(const ast::UnaryOp& operation, int context) {
    using Op = ast::UnaryOpKind;
    const char* text = operation.op == Op::Invert ? "~" : operation.op == Op::Not ? "not " : operation.op == Op::UAdd ? "+" : "-";
    const int precedence = operation.op == Op::Not ? Not : Factor;
    open_if(context > precedence);
    prefixed(text, operation.operand, precedence, "");
    close_if(context > precedence);
  }

  void lambda(const ast::Lambda& lambda, int context) {
    open_if(context > Test);
    // CPython writes no space before a first parameter that is starred.
    const bool positional = !lambda.args->args.empty() || !lambda.args->posonlyargs.empty();
    out_ += positional ? "lambda " : "lambda";
    arguments(*lambda.args);
    prefixed(": ", lambda.body, Test, "");
    close_if(context > Test);
  }

  void arguments(const ast::Arguments& arguments) {
    bool first = true;
    auto separate = [&] {
      if (!first) out_ += ", ";
      first = false;
    };
    const std::int64_t positional_only = arguments.posonlyargs.size();
    const std::int64_t positional = positional_only + arguments.args.size();
    // Defaults belong to the last positional parameters.
    const std::int64_t first_default = positional - arguments.defaults.size();
    for (std::int64_t i = 0; i < positional; ++i) {
      separate();
      parameter(*(i < positional_only ? arguments.posonlyargs[i] : arguments.args[i - positional_only]));
      if (i >= first_default) prefixed("=", arguments.defaults[i - first_default], Test, "");
      if (i + 1 == positional_only) out_ += ", /";
    }
    if (arguments.vararg || !arguments.kwonlyargs.empty()) {
      separate();
      out_ += '*';
      if (arguments.vararg) parameter(*arguments.vararg);
    }
    for (std::uint32_t i = 0; i < arguments.kwonlyargs.size(); ++i) {
      separate();
      parameter(*arguments.kwonlyargs[i]);
      if (i < arguments.kw_defaults.size() && arguments.kw_defaults[i])
        prefixed("=", arguments.kw_defaults[i], Test, "");
    }
    if (arguments.kwarg) {
      separate();
      out_ += "**";
      parameter(*arguments.kwarg);
    }
  }

  void parameter(const ast::Arg& parameter) {
    out_ += parameter.arg;
    if (parameter.annotation) prefixed(": ", parameter.annotation, Test, "");
  }

  void conditional(const ast::IfExp& conditional, int context) {
    open_if(context > Test);
    expression(conditional.body, Test + 1);
    prefixed(" if ", conditional.test, Test + 1, " else ");
    expression(conditional.orelse, Test);
    close_if(context > Test);
  }

  void dict(const ast::Dict& dict) {
    out_ += '{';
    for (std::uint32_t i = 0; i < dict.values.size(); ++i) {
      if (i > 0) out_ += ", ";
      if (dict.keys[i]) {
        expression(dict.keys[i], Test);
        prefixed(": ", dict.values[i], Test, "");
      } else {
        prefixed("**", dict.values[i], Expression, "");
      }
    }
    out_ += '}';
  }

  void items(const ast::Seq<ast::Expr*>& items) {
    for (std::uint32_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ", ";
      expression(items[i], Test);
    }
  }

  void sequence(const char* open, const ast::Seq<ast::Expr*>& elements, const char* close) {
    out_ += open;
    items(elements);
    out_ += close;
  }

  void tuple(const ast::Tuple& tuple, int context) {
    if (tuple.elts.empty()) {
      out_ += "()";
      return;
    }
    open_if(context > Tuple);
    items(tuple.elts);
    if (tuple.elts.size() == 1) out_ += ',';
    close_if(context > Tuple);
  }

  // A comprehension: `value` is a dict comprehension's value, else null.
  void comprehension(const char* open, const ast::Expr* element, const ast::Expr* value,
                     const ast::Seq<ast::Comprehension*>& generators, const char* close) {
    out_ += open;
    expression(element, Test);
    if (value) prefixed(": ", value, Test, "");
    for (const ast::Comprehension* generator : generators) {
      prefixed(generator->is_async ? " async for " : " for ", generator->target, Tuple, " in ");
      expression(generator->iter, Test + 1);
      for (const ast::Expr* condition : generator->ifs) prefixed(" if ", condition, Test + 1, "");
    }
    out_ += close;
  }

  void comparison(const ast::Compare& comparison, int context) {
    open_if(context > Compare);
    expression(comparison.left, Compare + 1);
    for (std::uint32_t i = 0; i < comparison.ops.size(); ++i) {
      prefixed(comparison_text(comparison.ops[i]), comparison.comparators[i], Compare + 1, "");
    }
    close_if(context > Compare);
  }

  static const char* comparison_text(ast::CmpOpKind op) {
    using Op = ast::CmpOpKind;
    switch (op) {
      case Op::Eq: return " == ";
      case Op::NotEq: return " != ";
      case Op::Lt: return " < ";
      case Op::LtE: return " <= ";
      case Op::Gt: return " > ";
      case Op::GtE: return " >= ";
      case Op::Is: return " is ";
      case Op::IsNot: return " is not ";
      case Op::In: return " in ";
      case Op::NotIn: return " not in ";
    }
    return "";
  }

  void call(const ast::Call& call) {
    expression(call.func, Atom);
    // f(x for x in y): the generator's own parentheses are the call's.
    if (call.args.size() == 1 && call.keywords.empty() && call.args[0]->kind == ast::NodeKind::GeneratorExp)
      return expression(call.args[0], Test);
    out_ += '(';
    items(call.args);
    for (std::uint32_t i = 0; i < call.keywords.size(); ++i) {
      if (i > 0 || !call.args.empty()) out_ += ", ";
      const ast::Keyword& keyword = *call.keywords[i];
      if (keyword.arg.data()) {
        out_ += keyword.arg;
        out_ += '=';
      } else {
        out_ += "**";
      }
      expression(keyword.value, Test);
    }
    out_ += ')';
  }

  void attribute(const ast::Attribute& attribute) {
    expression(attribute.value, Atom);
    // `1.real` would read as a float: an int needs a space before the dot.
    const auto* number = ast::as<ast::Constant>(attribute.value);
    out_ += number && is_integer(number->value) ? " ." : ".";
    out_ += attribute.attr;
  }

  // An int constant (exactly: not a bool), also one of a tree compile()
  // got as _ast objects.
  bool is_integer(const ast::ConstantValue& value) const {
    using Tag = ast::ConstantValue::Tag;
    if (value.tag == Tag::Int || value.tag == Tag::BigInt) return true;
    return value.tag == Tag::Object &&
           runtime::type_of(interpreter_, Value::from_bits(static_cast<std::uint64_t>(value.integer))) ==
               interpreter_.int_type;
  }

  void slice(const ast::Slice& slice) {
    if (slice.lower) expression(slice.lower, Test);
    out_ += ':';
    if (slice.upper) expression(slice.upper, Test);
    if (slice.step) prefixed(":", slice.step, Test, "");
  }

  void constant(const ast::ConstantValue& value) {
    using Tag = ast::ConstantValue::Tag;
    switch (value.tag) {
      case Tag::Ellipsis: out_ += "..."; return;
      case Tag::None: out_ += "None"; return;
      case Tag::True: out_ += "True"; return;
      case Tag::False: out_ += "False"; return;
      default: break;
    }
    Ref object = constant_object(interpreter_, value);
    if (!object) {
      failed_ = true;
      return;
    }
    constant_object_text(object.get());
  }

  // A tuple constant (of a tree compile() got as _ast objects) has its
  // items written one by one, so that infinities inside are 1e309 too.
  // Tuples nested deeper than any source could write are left to repr,
  // which bounds its own recursion.
  void constant_object_text(Value value, int depth = 0) {
    if (!runtime::is_tuple(interpreter_, value) || depth > 200) return append_repr(value);
    const runtime::TupleObject* tuple = runtime::as_tuple(value);
    out_ += '(';
    for (std::int64_t i = 0; i < tuple->size; ++i) {
      if (i > 0) out_ += ", ";
      constant_object_text(tuple->items()[i], depth + 1);
    }
    if (tuple->size == 1) out_ += ',';
    out_ += ')';
  }

  void append_repr(Value value) {
    Ref text = runtime::repr(interpreter_, value);
    if (!text) {
      failed_ = true;
      return;
    }
    const runtime::Type* type = runtime::type_of(interpreter_, value);
    if (type == interpreter_.float_type || type == interpreter_.complex_type)
      append_replacing_infinity(out_, runtime::str_utf8(text.get()));
    else
      out_ += runtime::str_utf8(text.get());
  }

  // The text `write` appends, in a buffer of its own.
  template <class Write>
  std::string text_of(Write write) {
    std::string outer = std::move(out_);
    out_.clear();
    write();
    std::string text = std::move(out_);
    out_ = std::move(outer);
    return text;
  }

  // An f-string: the body is built whole, then written as the repr of a
  // str after an `f` (a format spec's body is written as it is).
  void joined_string(const ast::JoinedStr& joined, bool format_spec) {
    std::string body = text_of([&] {
      for (const ast::Expr* value : joined.values) fstring_part(value, format_spec);
    });
    if (format_spec) {
      out_ += body;
      return;
    }
    out_ += 'f';
    Ref str = runtime::new_str(interpreter_, body);
    if (!str) {
      failed_ = true;
      return;
    }
    append_repr(str.get());
  }

  void fstring_part(const ast::Expr* part, bool format_spec) {
    if (auto* literal = ast::as<ast::Constant>(const_cast<ast::Expr*>(part))) {
      for (char c : literal->value.text) {
        out_ += c;
        if (c == '{' || c == '}') out_ += c;
      }
    } else if (auto* joined = ast::as<ast::JoinedStr>(const_cast<ast::Expr*>(part))) {
      joined_string(*joined, format_spec);
    } else if (auto* formatted = ast::as<ast::FormattedValue>(const_cast<ast::Expr*>(part))) {
      formatted_value(*formatted);
    }
  }

  void formatted_value(const ast::FormattedValue& formatted) {
    // Above Test, so that a lambda's ':' is not read as a format spec.
    std::string value = text_of([&] { expression(formatted.value, Test + 1); });
    // `{{` would be an escaped brace: a value starting with a brace (a set
    // or dict display) is set apart by a space.
    out_ += value.starts_with('{') ? "{ " : "{";
    out_ += value;
    if (formatted.conversion > 0) {
      out_ += '!';
      out_ += static_cast<char>(formatted.conversion);
    }
    if (formatted.format_spec) {
      out_ += ':';
      fstring_part(formatted.format_spec, true);
    }
    out_ += '}';
  }

  runtime::Interpreter& interpreter_;
  std::string out_;
  bool failed_ = false;
};

}  // namespace

runtime::Ref annotation_text(runtime::Interpreter& interpreter, const ast::Expr* annotation) {
  Unparser unparser(interpreter);
  unparser.expression(annotation, Test);
  return unparser.finish();
}

}  // namespace krait::compiler
