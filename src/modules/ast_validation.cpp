// Native modules: _ast's validation of a tree compile() got as objects
// (CPython 3.11's Python/ast.c, check for check and message for message),
// so that the compiler only ever sees trees the parser could have made:
// contexts that match their places, no empty bodies, consistent lengths,
// constants of literal types, patterns of the allowed forms.
#include <string>

#include "modules/ast_classes.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::modules::ast_classes {
namespace {

using ast::ExprContext;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;
using Tag = ast::ConstantValue::Tag;

class Validator {
 public:
  explicit Validator(Interpreter& interpreter) : interpreter_(interpreter) {}

  bool module(const ast::Mod* tree) {
    switch (tree->kind) {
      case ast::NodeKind::Module: return statements(static_cast<const ast::Module*>(tree)->body);
      case ast::NodeKind::Interactive: return statements(static_cast<const ast::Interactive*>(tree)->body);
      case ast::NodeKind::Expression: return expression(static_cast<const ast::Expression*>(tree)->body, ExprContext::Load);
      case ast::NodeKind::FunctionType: {
        const auto* function = static_cast<const ast::FunctionType*>(tree);
        return expressions(function->argtypes, ExprContext::Load) && expression(function->returns, ExprContext::Load);
      }
      default: return fail(interpreter_.SystemError_type, "impossible module node");
    }
  }

 private:
  // Nesting counts as in CPython's validator: against three times the
  // recursion limit, as the compiler's stack frames are smaller.
  struct Level {
    explicit Level(int& depth) : depth(depth) { ++depth; }
    ~Level() { --depth; }
    int& depth;
  };
  bool too_deep() {
    if (depth_ <= 3 * interpreter_.recursion_limit) return false;
    fail(interpreter_.RecursionError_type, "maximum recursion depth exceeded during compilation");
    return true;
  }

  bool fail(runtime::Type* type, const std::string& message) {
    interpreter_.set_exception(type, message);
    return false;
  }
  bool fail(const std::string& message) { return fail(interpreter_.ValueError_type, message); }

  // VALIDATE_POSITIONS.
  bool positions(const ast::Located* node) {
    const auto line = std::to_string(node->lineno), end_line = std::to_string(node->end_lineno);
    if (node->lineno > node->end_lineno) return fail("AST node line range (" + line + ", " + end_line + ") is not valid");
    if ((node->lineno < 0 && node->end_lineno != node->lineno) ||
        (node->col_offset < 0 && node->col_offset != node->end_col_offset))
      return fail("AST node column range (" + std::to_string(node->col_offset) + ", " +
                  std::to_string(node->end_col_offset) + ") for line range (" + line + ", " + end_line +
                  ") is not valid");
    if (node->lineno == node->end_lineno && node->col_offset > node->end_col_offset)
      return fail("line " + line + ", column " + std::to_string(node->col_offset) + "-" +
                  std::to_string(node->end_col_offset) + " is not a valid range");
    return true;
  }

  bool name(std::string_view identifier) {
    for (const char* constant : {"None", "True", "False"})
      if (identifier == constant)
        return fail("identifier field can't represent '" + std::string(constant) + "' constant");
    return true;
  }

  bool capture(std::string_view identifier) {
    if (identifier == "_") return fail("can't capture name '_' in patterns");
    return name(identifier);
  }

  template <class T>
  bool nonempty(const ast::Seq<T>& items, const char* what, const char* owner) {
    return !items.empty() || fail("empty " + std::string(what) + " on " + owner);
  }

  // ---- constants ---------------------------------------------------------------

  // validate_constant over an object (a tagged constant is valid as made):
  // literal types, and tuples and frozensets of them.
  bool constant_object(Value value) {
    const runtime::Type* type = runtime::type_of(interpreter_, value);
    if (value == interpreter_.none() || value == interpreter_.ellipsis() || type == interpreter_.int_type ||
        type == interpreter_.float_type || type == interpreter_.complex_type || type == interpreter_.bool_type ||
        type == interpreter_.str_type || type == interpreter_.bytes_type)
      return true;
    if (type == interpreter_.tuple_type || type == interpreter_.frozenset_type) {
      Level level(depth_);
      if (too_deep()) return false;
      Ref iterator = runtime::get_iterator(interpreter_, value);
      if (!iterator) return false;
      while (Ref item = runtime::iterator_next(interpreter_, iterator.get()))
        if (!constant_object(item.get())) return false;
      return !interpreter_.has_exception();
    }
    return fail(interpreter_.TypeError_type, "got an invalid type in Constant: " + std::string(type->name));
  }

  static Value object_of(const ast::ConstantValue& value) {
    return Value::from_bits(static_cast<std::uint64_t>(value.integer));
  }

  // A number of the kinds allowed (ensure_literal_number).
  bool literal_number(const ast::Expr* expression, bool real, bool imaginary) {
    const ast::ConstantValue& value = static_cast<const ast::Constant*>(expression)->value;
    switch (value.tag) {
      case Tag::Int:
      case Tag::BigInt:
      case Tag::Float: return real;
      case Tag::Complex: return imaginary;
      case Tag::Object: {
        const runtime::Type* type = runtime::type_of(interpreter_, object_of(value));
        return (real && (type == interpreter_.int_type || type == interpreter_.float_type)) ||
               (imaginary && type == interpreter_.complex_type);
      }
      default: return false;
    }
  }

  bool literal_negative(const ast::Expr* expression, bool real, bool imaginary) {
    const auto* unary = static_cast<const ast::UnaryOp*>(expression);
    return unary->op == ast::UnaryOpKind::USub && unary->operand->kind == ast::NodeKind::Constant &&
           literal_number(unary->operand, real, imaginary);
  }

  bool literal_complex(const ast::Expr* expression) {
    const auto* binary = static_cast<const ast::BinOp*>(expression);
    if (binary->op != ast::OperatorKind::Add && binary->op != ast::OperatorKind::Sub) return false;
    switch (binary->left->kind) {
      case ast::NodeKind::Constant:
        if (!literal_number(binary->left, true, false)) return false;
        break;
      case ast::NodeKind::UnaryOp:
        if (!literal_negative(binary->left, true, false)) return false;
        break;
      default: return false;
    }
    return binary->right->kind == ast::NodeKind::Constant && literal_number(binary->right, false, true);
  }

  // ---- expressions -------------------------------------------------------------

  bool expressions(const ast::Seq<ast::Expr*>& items, ExprContext context, bool null_ok = false) {
    for (const ast::Expr* item : items) {
      if (item) {
        if (!expression(item, context)) return false;
      } else if (!null_ok) {
        return fail("None disallowed in expression list");
      }
    }
    return true;
  }

  bool optional(const ast::Expr* item) { return !item || expression(item, ExprContext::Load); }

  // The context of a node that has one; false for the others.
  static bool context_of(const ast::Expr* item, ExprContext& context) {
    switch (item->kind) {
      case ast::NodeKind::Attribute: context = static_cast<const ast::Attribute*>(item)->ctx; return true;
      case ast::NodeKind::Subscript: context = static_cast<const ast::Subscript*>(item)->ctx; return true;
      case ast::NodeKind::Starred: context = static_cast<const ast::Starred*>(item)->ctx; return true;
      case ast::NodeKind::Name: context = static_cast<const ast::Name*>(item)->ctx; return true;
      case ast::NodeKind::List: context = static_cast<const ast::List*>(item)->ctx; return true;
      case ast::NodeKind::Tuple: context = static_cast<const ast::Tuple*>(item)->ctx; return true;
      default: return false;
    }
  }

  bool comprehension(const ast::Seq<ast::Comprehension*>& generators) {
    if (generators.empty()) return fail("comprehension with no generators");
    for (const ast::Comprehension* generator : generators)
      if (!expression(generator->target, ExprContext::Store) || !expression(generator->iter, ExprContext::Load) ||
          !expressions(generator->ifs, ExprContext::Load))
        return false;
    return true;
  }

  bool keywords(const ast::Seq<ast::Keyword*>& items) {
    for (const ast::Keyword* keyword : items)
      if (!expression(keyword->value, ExprContext::Load)) return false;
    return true;
  }

  bool args(const ast::Seq<ast::Arg*>& items) {
    for (const ast::Arg* arg : items)
      if (!positions(arg) || !optional(arg->annotation)) return false;
    return true;
  }

  bool arguments(const ast::Arguments* arguments) {
    if (!args(arguments->posonlyargs) || !args(arguments->args)) return false;
    if (arguments->vararg && !optional(arguments->vararg->annotation)) return false;
    if (!args(arguments->kwonlyargs)) return false;
    if (arguments->kwarg && !optional(arguments->kwarg->annotation)) return false;
    if (arguments->defaults.size() > arguments->posonlyargs.size() + arguments->args.size())
      return fail("more positional defaults than args on arguments");
    if (arguments->kw_defaults.size() != arguments->kwonlyargs.size())
      return fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    return expressions(arguments->defaults, ExprContext::Load) &&
           expressions(arguments->kw_defaults, ExprContext::Load, true);
  }

  bool expression(const ast::Expr* item, ExprContext context) {
    if (!positions(item)) return false;
    Level level(depth_);
    if (too_deep()) return false;
    if (const auto* name_node = ast::as<ast::Name>(const_cast<ast::Expr*>(item)); name_node && !name(name_node->id))
      return false;
    ExprContext actual = ExprContext::Load;
    if (!context_of(item, actual)) {
      if (context != ExprContext::Load)
        return fail("expression which can't be assigned to in " + std::string(ast::enum_value_name(context)) +
                    " context");
    } else if (actual != context) {
      return fail("expression must have " + std::string(ast::enum_value_name(context)) + " context but has " +
                  std::string(ast::enum_value_name(actual)) + " instead");
    }
    constexpr ExprContext load = ExprContext::Load;
    switch (item->kind) {
      case ast::NodeKind::BoolOp: {
        const auto* node = static_cast<const ast::BoolOp*>(item);
        if (node->values.size() < 2) return fail("BoolOp with less than 2 values");
        return expressions(node->values, load);
      }
      case ast::NodeKind::BinOp: {
        const auto* node = static_cast<const ast::BinOp*>(item);
        return expression(node->left, load) && expression(node->right, load);
      }
      case ast::NodeKind::UnaryOp: return expression(static_cast<const ast::UnaryOp*>(item)->operand, load);
      case ast::NodeKind::Lambda: {
        const auto* node = static_cast<const ast::Lambda*>(item);
        return arguments(node->args) && expression(node->body, load);
      }
      case ast::NodeKind::IfExp: {
        const auto* node = static_cast<const ast::IfExp*>(item);
        return expression(node->test, load) && expression(node->body, load) && expression(node->orelse, load);
      }
      case ast::NodeKind::Dict: {
        const auto* node = static_cast<const ast::Dict*>(item);
        if (node->keys.size() != node->values.size())
          return fail("Dict doesn't have the same number of keys as values");
        // A null key is a `**mapping` entry.
        return expressions(node->keys, load, true) && expressions(node->values, load);
      }
      case ast::NodeKind::Set: return expressions(static_cast<const ast::Set*>(item)->elts, load);
      case ast::NodeKind::ListComp: {
        const auto* node = static_cast<const ast::ListComp*>(item);
        return comprehension(node->generators) && expression(node->elt, load);
      }
      case ast::NodeKind::SetComp: {
        const auto* node = static_cast<const ast::SetComp*>(item);
        return comprehension(node->generators) && expression(node->elt, load);
      }
      case ast::NodeKind::GeneratorExp: {
        const auto* node = static_cast<const ast::GeneratorExp*>(item);
        return comprehension(node->generators) && expression(node->elt, load);
      }
      case ast::NodeKind::DictComp: {
        const auto* node = static_cast<const ast::DictComp*>(item);
        return comprehension(node->generators) && expression(node->key, load) && expression(node->value, load);
      }
      case ast::NodeKind::Yield: return optional(static_cast<const ast::Yield*>(item)->value);
      case ast::NodeKind::YieldFrom: return expression(static_cast<const ast::YieldFrom*>(item)->value, load);
      case ast::NodeKind::Await: return expression(static_cast<const ast::Await*>(item)->value, load);
      case ast::NodeKind::Compare: {
        const auto* node = static_cast<const ast::Compare*>(item);
        if (node->comparators.empty()) return fail("Compare with no comparators");
        if (node->comparators.size() != node->ops.size())
          return fail("Compare has a different number of comparators and operands");
        return expressions(node->comparators, load) && expression(node->left, load);
      }
      case ast::NodeKind::Call: {
        const auto* node = static_cast<const ast::Call*>(item);
        return expression(node->func, load) && expressions(node->args, load) && keywords(node->keywords);
      }
      case ast::NodeKind::Constant: {
        const ast::ConstantValue& value = static_cast<const ast::Constant*>(item)->value;
        return value.tag != Tag::Object || constant_object(object_of(value));
      }
      case ast::NodeKind::JoinedStr: return expressions(static_cast<const ast::JoinedStr*>(item)->values, load);
      case ast::NodeKind::FormattedValue: {
        const auto* node = static_cast<const ast::FormattedValue*>(item);
        if (!expression(node->value, load) || !optional(node->format_spec)) return false;
        // CPython's compiler reports this one (compiler_formatted_value).
        if (node->conversion != -1 && node->conversion != 's' && node->conversion != 'r' && node->conversion != 'a')
          return fail(interpreter_.SystemError_type,
                      "Unrecognized conversion character " + std::to_string(node->conversion));
        return true;
      }
      case ast::NodeKind::Attribute: return expression(static_cast<const ast::Attribute*>(item)->value, load);
      case ast::NodeKind::Subscript: {
        const auto* node = static_cast<const ast::Subscript*>(item);
        return expression(node->slice, load) && expression(node->value, load);
      }
      case ast::NodeKind::Starred: return expression(static_cast<const ast::Starred*>(item)->value, context);
      case ast::NodeKind::Slice: {
        const auto* node = static_cast<const ast::Slice*>(item);
        return optional(node->lower) && optional(node->upper) && optional(node->step);
      }
      case ast::NodeKind::List: return expressions(static_cast<const ast::List*>(item)->elts, context);
      case ast::NodeKind::Tuple: return expressions(static_cast<const ast::Tuple*>(item)->elts, context);
      case ast::NodeKind::NamedExpr: {
        const auto* node = static_cast<const ast::NamedExpr*>(item);
        if (node->target->kind != ast::NodeKind::Name)
          return fail(interpreter_.TypeError_type, "NamedExpr target must be a Name");
        return expression(node->value, load);
      }
      case ast::NodeKind::Name: return true;
      default: return fail(interpreter_.SystemError_type, "unexpected expression");
    }
  }

  // ---- patterns ----------------------------------------------------------------

  bool match_value(const ast::Expr* value) {
    if (!expression(value, ExprContext::Load)) return false;
    switch (value->kind) {
      case ast::NodeKind::Constant: {
        // True, False and None are MatchSingleton's; Ellipsis and tuples
        // no pattern's.
        const ast::ConstantValue& constant = static_cast<const ast::Constant*>(value)->value;
        bool literal = constant.tag == Tag::Str || constant.tag == Tag::Bytes || literal_number(value, true, true);
        if (constant.tag == Tag::Object) {
          const runtime::Type* type = runtime::type_of(interpreter_, object_of(constant));
          literal = literal || type == interpreter_.str_type || type == interpreter_.bytes_type;
        }
        return literal || fail("unexpected constant inside of a literal pattern");
      }
      case ast::NodeKind::Attribute:
      case ast::NodeKind::JoinedStr: return true;
      case ast::NodeKind::UnaryOp:
        if (literal_negative(value, true, true)) return true;
        break;
      case ast::NodeKind::BinOp:
        if (literal_complex(value)) return true;
        break;
      default: break;
    }
    return fail("patterns may only match literals and attribute lookups");
  }

  bool patterns(const ast::Seq<ast::Pattern*>& items, bool star_ok) {
    for (const ast::Pattern* item : items)
      if (!pattern(item, star_ok)) return false;
    return true;
  }

  bool pattern(const ast::Pattern* item, bool star_ok) {
    if (!item) return fail("None disallowed in pattern list");
    if (!positions(item)) return false;
    Level level(depth_);
    if (too_deep()) return false;
    switch (item->kind) {
      case ast::NodeKind::MatchValue: return match_value(static_cast<const ast::MatchValue*>(item)->value);
      case ast::NodeKind::MatchSingleton: {
        const Tag tag = static_cast<const ast::MatchSingleton*>(item)->value.tag;
        return tag == Tag::None || tag == Tag::True || tag == Tag::False ||
               fail("MatchSingleton can only contain True, False and None");
      }
      case ast::NodeKind::MatchSequence: return patterns(static_cast<const ast::MatchSequence*>(item)->patterns, true);
      case ast::NodeKind::MatchMapping: {
        const auto* node = static_cast<const ast::MatchMapping*>(item);
        if (node->keys.size() != node->patterns.size())
          return fail("MatchMapping doesn't have the same number of keys as patterns");
        if (node->rest.data() && !capture(node->rest)) return false;
        for (const ast::Expr* key : node->keys) {
          // None, True and False are valid keys, though no match value.
          if (const auto* constant = ast::as<ast::Constant>(const_cast<ast::Expr*>(key))) {
            const Tag tag = constant->value.tag;
            if (tag == Tag::None || tag == Tag::True || tag == Tag::False) continue;
          }
          if (!key) return fail("None disallowed in expression list");
          if (!match_value(key)) return false;
        }
        return patterns(node->patterns, false);
      }
      case ast::NodeKind::MatchClass: {
        const auto* node = static_cast<const ast::MatchClass*>(item);
        if (node->kwd_attrs.size() != node->kwd_patterns.size())
          return fail("MatchClass doesn't have the same number of keyword attributes as patterns");
        if (!expression(node->cls, ExprContext::Load)) return false;
        for (const ast::Expr* cls = node->cls; cls->kind != ast::NodeKind::Name;) {
          if (cls->kind != ast::NodeKind::Attribute)
            return fail("MatchClass cls field can only contain Name or Attribute nodes.");
          cls = static_cast<const ast::Attribute*>(cls)->value;
        }
        for (std::string_view attribute : node->kwd_attrs)
          if (!name(attribute)) return false;
        return patterns(node->patterns, false) && patterns(node->kwd_patterns, false);
      }
      case ast::NodeKind::MatchStar: {
        if (!star_ok) return fail("can't use MatchStar here");
        const std::string_view target = static_cast<const ast::MatchStar*>(item)->name;
        return !target.data() || capture(target);
      }
      case ast::NodeKind::MatchAs: {
        const auto* node = static_cast<const ast::MatchAs*>(item);
        if (node->name.data() && !capture(node->name)) return false;
        if (!node->pattern) return true;
        if (!node->name.data()) return fail("MatchAs must specify a target name if a pattern is given");
        return pattern(node->pattern, false);
      }
      case ast::NodeKind::MatchOr: {
        const auto* node = static_cast<const ast::MatchOr*>(item);
        if (node->patterns.size() < 2) return fail("MatchOr requires at least 2 patterns");
        return patterns(node->patterns, false);
      }
      default: return fail(interpreter_.SystemError_type, "unexpected pattern");
    }
  }

  // ---- statements --------------------------------------------------------------

  bool statements(const ast::Seq<ast::Stmt*>& items) {
    for (const ast::Stmt* item : items) {
      if (!item) return fail("None disallowed in statement list");
      if (!statement(item)) return false;
    }
    return true;
  }

  bool body(const ast::Seq<ast::Stmt*>& items, const char* owner) {
    return nonempty(items, "body", owner) && statements(items);
  }

  bool targets(const ast::Seq<ast::Expr*>& items, ExprContext context) {
    return nonempty(items, "targets", context == ExprContext::Del ? "Delete" : "Assign") &&
           expressions(items, context);
  }

  template <class Function>
  bool function(const Function* node, const char* owner) {
    return body(node->body, owner) && arguments(node->args) && expressions(node->decorator_list, ExprContext::Load) &&
           optional(node->returns);
  }

  template <class Loop>
  bool loop(const Loop* node, const char* owner) {
    return expression(node->target, ExprContext::Store) && expression(node->iter, ExprContext::Load) &&
           body(node->body, owner) && statements(node->orelse);
  }

  template <class With>
  bool with(const With* node, const char* owner) {
    if (!nonempty(node->items, "items", owner)) return false;
    for (const ast::WithItem* item : node->items)
      if (!expression(item->context_expr, ExprContext::Load) ||
          (item->optional_vars && !expression(item->optional_vars, ExprContext::Store)))
        return false;
    return body(node->body, owner);
  }

  template <class Try>
  bool try_statement(const Try* node, const char* owner, bool handler_positions) {
    if (!body(node->body, owner)) return false;
    if (node->handlers.empty() && node->finalbody.empty())
      return fail(std::string(owner) + " has neither except handlers nor finalbody");
    if (node->handlers.empty() && !node->orelse.empty())
      return fail(std::string(owner) + " has orelse but no except handlers");
    for (const ast::ExceptHandler* handler : node->handlers) {
      if (!handler) return fail("None disallowed in statement list");
      if ((handler_positions && !positions(handler)) || !optional(handler->type) || !body(handler->body, "ExceptHandler"))
        return false;
    }
    return statements(node->finalbody) && statements(node->orelse);
  }

  bool statement(const ast::Stmt* item) {
    if (!positions(item)) return false;
    Level level(depth_);
    if (too_deep()) return false;
    constexpr ExprContext load = ExprContext::Load;
    switch (item->kind) {
      case ast::NodeKind::FunctionDef: return function(static_cast<const ast::FunctionDef*>(item), "FunctionDef");
      case ast::NodeKind::AsyncFunctionDef:
        return function(static_cast<const ast::AsyncFunctionDef*>(item), "AsyncFunctionDef");
      case ast::NodeKind::ClassDef: {
        const auto* node = static_cast<const ast::ClassDef*>(item);
        return body(node->body, "ClassDef") && expressions(node->bases, load) && keywords(node->keywords) &&
               expressions(node->decorator_list, load);
      }
      case ast::NodeKind::Return: return optional(static_cast<const ast::Return*>(item)->value);
      case ast::NodeKind::Delete: return targets(static_cast<const ast::Delete*>(item)->targets, ExprContext::Del);
      case ast::NodeKind::Assign: {
        const auto* node = static_cast<const ast::Assign*>(item);
        return targets(node->targets, ExprContext::Store) && expression(node->value, load);
      }
      case ast::NodeKind::AugAssign: {
        const auto* node = static_cast<const ast::AugAssign*>(item);
        return expression(node->target, ExprContext::Store) && expression(node->value, load);
      }
      case ast::NodeKind::AnnAssign: {
        const auto* node = static_cast<const ast::AnnAssign*>(item);
        if (node->target->kind != ast::NodeKind::Name && node->simple)
          return fail(interpreter_.TypeError_type, "AnnAssign with simple non-Name target");
        return expression(node->target, ExprContext::Store) && optional(node->value) &&
               expression(node->annotation, load);
      }
      case ast::NodeKind::For: return loop(static_cast<const ast::For*>(item), "For");
      case ast::NodeKind::AsyncFor: return loop(static_cast<const ast::AsyncFor*>(item), "AsyncFor");
      case ast::NodeKind::While: {
        const auto* node = static_cast<const ast::While*>(item);
        return expression(node->test, load) && body(node->body, "While") && statements(node->orelse);
      }
      case ast::NodeKind::If: {
        const auto* node = static_cast<const ast::If*>(item);
        return expression(node->test, load) && body(node->body, "If") && statements(node->orelse);
      }
      case ast::NodeKind::With: return with(static_cast<const ast::With*>(item), "With");
      case ast::NodeKind::AsyncWith: return with(static_cast<const ast::AsyncWith*>(item), "AsyncWith");
      case ast::NodeKind::Match: {
        const auto* node = static_cast<const ast::Match*>(item);
        if (!expression(node->subject, load) || !nonempty(node->cases, "cases", "Match")) return false;
        for (const ast::MatchCase* match_case : node->cases)
          if (!pattern(match_case->pattern, false) || !optional(match_case->guard) ||
              !body(match_case->body, "match_case"))
            return false;
        return true;
      }
      case ast::NodeKind::Raise: {
        const auto* node = static_cast<const ast::Raise*>(item);
        if (node->exc) return expression(node->exc, load) && optional(node->cause);
        return !node->cause || fail("Raise with cause but no exception");
      }
      case ast::NodeKind::Try: return try_statement(static_cast<const ast::Try*>(item), "Try", true);
      case ast::NodeKind::TryStar: return try_statement(static_cast<const ast::TryStar*>(item), "TryStar", false);
      case ast::NodeKind::Assert: {
        const auto* node = static_cast<const ast::Assert*>(item);
        return expression(node->test, load) && optional(node->msg);
      }
      case ast::NodeKind::Import: return nonempty(static_cast<const ast::Import*>(item)->names, "names", "Import");
      case ast::NodeKind::ImportFrom: {
        const auto* node = static_cast<const ast::ImportFrom*>(item);
        if (node->level.value < 0) return fail("Negative ImportFrom level");
        return nonempty(node->names, "names", "ImportFrom");
      }
      case ast::NodeKind::Global: return nonempty(static_cast<const ast::Global*>(item)->names, "names", "Global");
      case ast::NodeKind::Nonlocal: return nonempty(static_cast<const ast::Nonlocal*>(item)->names, "names", "Nonlocal");
      case ast::NodeKind::ExprStmt: return expression(static_cast<const ast::ExprStmt*>(item)->value, load);
      case ast::NodeKind::Pass:
      case ast::NodeKind::Break:
      case ast::NodeKind::Continue: return true;
      default: return fail(interpreter_.SystemError_type, "unexpected statement");
    }
  }

  Interpreter& interpreter_;
  int depth_ = 0;
};

}  // namespace

bool validate_tree(Interpreter& interpreter, const ast::Mod* tree) { return Validator(interpreter).module(tree); }

}  // namespace krait::modules::ast_classes
