// Compiler stage, first pass: building symbol tables (see symbol_table.h).
// Two passes, as CPython 3.11's Python/symtable.c: a walk of the AST records
// raw facts per scope (bound here, used here, declared global...), then an
// analysis of the scope tree resolves every name to LOCAL, GLOBAL_*, FREE or
// CELL. Visiting orders follow CPython's, because they decide the order of
// child scopes and which error is reported first.
#include "compiler/symbol_table.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "support/unicode.h"

namespace krait::compiler {

const Symbol* Scope::lookup(std::string_view name) const {
  auto found = index.find(name);
  return found == index.end() ? nullptr : &symbols[found->second];
}

const Scope* SymbolTable::scope_of(const ast::Node* node) const {
  auto found = by_node.find(node);
  return found == by_node.end() ? nullptr : found->second;
}

namespace {

namespace flag = symbol_flag;
using ast::NodeKind;

// CPython bounds the symbol-table walk by the recursion limit (1000) times
// COMPILER_STACK_FRAME_SCALE (3), counting statements, expressions and
// patterns.
constexpr int recursion_limit = 3000;

// A source range as CPython's AST holds it (1-based lines, byte columns).
struct Location {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

Location location_of(const ast::Located& node) {
  return {node.lineno, node.col_offset, node.end_lineno, node.end_col_offset};
}

// The one internal exception of this pass, as ParseError is the parser's: an
// error ends the build at once, and build_symbol_table() returns it.
struct SymbolTableError {
  SyntaxErrorInfo info;
};

// A `global` or `nonlocal` statement (or the implicit one a walrus in a
// comprehension makes): where to point when the analysis rejects the name.
struct Directive {
  const Scope* scope;
  std::string_view name;  // mangled
  Location location;
};

// A scope being visited, with CPython's visiting state of its entry.
struct Frame {
  Scope* scope;
  bool in_iteration_target = false;  // ste_comp_iter_target
  int iterable_depth = 0;            // ste_comp_iter_expr (inherited by nested scopes)
};

using NameSet = std::unordered_set<std::string_view>;

void add_all(NameSet& into, const NameSet& from) { into.insert(from.begin(), from.end()); }

// A name as CPython's messages show it: 'name'.
std::string quote(std::string_view name) {
  std::string quoted = "'";
  quoted += name;
  quoted += '\'';
  return quoted;
}

class Builder {
 public:
  Builder(SymbolTable& table, std::string_view source, const std::string& filename)
      : table_(table), source_(source), filename_(filename) {}

  void build(const ast::Mod* module) {
    table_.top = enter(ScopeKind::Module, "top", module, 0, 0);
    if (auto* m = ast::as<ast::Module>(const_cast<ast::Mod*>(module))) {
      read_future_imports(m->body);
      visit_body(m->body);
    } else if (auto* interactive = ast::as<ast::Interactive>(const_cast<ast::Mod*>(module))) {
      read_future_imports(interactive->body);
      visit_body(interactive->body);
    } else if (auto* expression = ast::as<ast::Expression>(const_cast<ast::Mod*>(module))) {
      visit_expression(expression->body);
    }
    exit();
    NameSet free;
    NameSet global;
    analyze(table_.top, nullptr, free, global);
  }

 private:
  // ---- errors ----

  [[noreturn]] void fail(std::string message, int lineno, int offset, int end_lineno, int end_offset,
                         std::string type = "SyntaxError") {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.filename = filename_;
    info.lineno = lineno;
    info.offset = offset;
    info.end_lineno = end_lineno;
    info.end_offset = end_offset;
    // CPython re-reads the line from the file and shows it only when it is
    // valid UTF-8 (_PyErr_ProgramDecodedTextObject), whatever the file's coding.
    std::string_view line = source_line(lineno);
    if (unicode::is_valid_utf8(line)) info.text = std::string(line);
    throw SymbolTableError{std::move(info)};
  }

  // CPython reports symtable errors at col_offset + 1 and end_col_offset + 1,
  // byte columns left unconverted to characters (PyErr_RangedSyntaxLocationObject).
  [[noreturn]] void fail(std::string message, const Location& at) {
    fail(std::move(message), at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1);
  }

  std::string_view source_line(int lineno) const {
    std::size_t start = 0;
    for (int line = 1; line < lineno; ++line) {
      start = source_.find('\n', start);
      if (start == std::string_view::npos) return {};
      ++start;
    }
    std::size_t end = source_.find('\n', start);
    return source_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1);
  }

  // ---- future imports (CPython's future.c, which runs before the symtable) ----

  static bool is_docstring(const ast::Stmt* statement) {
    auto* expression = ast::as<ast::ExprStmt>(const_cast<ast::Stmt*>(statement));
    auto* constant = expression ? ast::as<ast::Constant>(expression->value) : nullptr;
    return constant && constant->value.tag == ast::ConstantValue::Tag::Str;
  }

  // Future imports count only at the top, after an optional docstring. A
  // misplaced one is otherwise the compiler's error, except on the line that
  // ends the run (`import os; from __future__ import x`), reported here.
  void read_future_imports(const ast::Seq<ast::Stmt*>& body) {
    std::uint32_t index = !body.empty() && is_docstring(body[0]) ? 1 : 0;
    bool done = false;
    int previous_line = 0;
    for (; index < body.size(); ++index) {
      const ast::Stmt* statement = body[index];
      if (done && statement->lineno > previous_line) return;
      previous_line = statement->lineno;
      auto* import = ast::as<ast::ImportFrom>(const_cast<ast::Stmt*>(statement));
      if (!import || import->module != "__future__") {
        done = true;
        continue;
      }
      if (done)
        fail("from __future__ imports must occur at the beginning of the file", statement->lineno,
             statement->col_offset, statement->lineno, 0);
      for (const ast::Alias* alias : import->names) read_future_feature(alias->name, *statement);
      table_.future_lineno = statement->lineno;
    }
  }

  void read_future_feature(std::string_view name, const ast::Stmt& statement) {
    static constexpr std::string_view without_effect[] = {
        "nested_scopes", "generators",       "division",        "absolute_import",
        "with_statement", "print_function", "unicode_literals", "generator_stop"};
    if (name == "annotations") {
      table_.future_features |= future_feature::annotations;
    } else if (name == "barry_as_FLUFL") {
      table_.future_features |= future_feature::barry_as_flufl;
    } else if (std::find(std::begin(without_effect), std::end(without_effect), name) == std::end(without_effect)) {
      fail(name == "braces" ? "not a chance" : "future feature " + std::string(name) + " is not defined",
           statement.lineno, statement.col_offset + 1, statement.lineno, 0);
    }
  }

  bool future_annotations() const { return table_.future_features & future_feature::annotations; }

  // ---- scopes ----

  Frame& frame() { return stack_.back(); }
  Scope* current() { return stack_.back().scope; }

  Scope* enter(ScopeKind kind, std::string_view name, const ast::Node* node, int lineno, int col_offset) {
    table_.storage.push_back(std::make_unique<Scope>());
    Scope* scope = table_.storage.back().get();
    scope->kind = kind;
    scope->name = name;
    scope->node = node;
    scope->lineno = lineno;
    scope->col_offset = col_offset;
    int iterable_depth = 0;
    if (!stack_.empty()) {
      Scope* parent = current();
      scope->nested = parent->nested || parent->kind == ScopeKind::Function;
      // bpo-37757: a walrus anywhere inside a comprehension's iterable, even
      // in a nested lambda or comprehension, is rejected.
      iterable_depth = frame().iterable_depth;
      if (kind != ScopeKind::Annotation) parent->children.push_back(scope);
    }
    if (kind != ScopeKind::Annotation) table_.by_node.emplace(node, scope);
    stack_.push_back({scope, false, iterable_depth});
    return scope;
  }

  void exit() { stack_.pop_back(); }

  // Private name mangling, in a class body and everything nested in it.
  std::string_view mangle(std::string_view name) {
    const std::string mangled = mangle_name(private_, name);
    return mangled.size() == name.size() ? name : table_.names.copy(mangled);
  }

  Symbol& symbol(Scope* scope, std::string_view mangled) {
    auto [position, inserted] = scope->index.emplace(mangled, static_cast<std::uint32_t>(scope->symbols.size()));
    if (inserted) scope->symbols.push_back({mangled, 0, Resolution::Unresolved});
    return scope->symbols[position->second];
  }

  std::uint16_t flags_of(Scope* scope, std::string_view mangled) const {
    const Symbol* found = scope->lookup(mangled);
    return found ? found->flags : 0;
  }

  // symtable_add_def_helper: records `flag` for `name` in the frame's scope.
  void define_in(Frame& target, std::string_view name, std::uint16_t flag, const Location& at) {
    std::string_view mangled = mangle(name);
    Scope* scope = target.scope;
    std::uint16_t flags = flags_of(scope, mangled);
    if ((flag & flag::parameter) && (flags & flag::parameter))
      fail("duplicate argument " + quote(name) + " in function definition", at);
    flags |= flag;
    if (target.in_iteration_target) {
      if (flags & (flag::global | flag::nonlocal))
        fail("comprehension inner loop cannot rebind assignment expression target " + quote(name), at);
      flags |= flag::comprehension_iteration;
    }
    symbol(scope, mangled).flags = flags;
    if (flag & flag::parameter) {
      scope->parameters.push_back(mangled);
    } else if (flag & flag::global) {
      // A `global` anywhere also marks the name in the module's table.
      symbol(table_.top, mangled).flags |= flag;
    }
  }

  void define(std::string_view name, std::uint16_t flag, const Location& at) { define_in(frame(), name, flag, at); }

  void record_directive(std::string_view name, const Location& at) {
    directives_.push_back({current(), mangle(name), at});
  }

  // ---- statements ----

  struct DepthGuard {
    Builder& builder;
    explicit DepthGuard(Builder& b) : builder(b) {
      if (++builder.depth_ > recursion_limit)
        builder.fail("maximum recursion depth exceeded during compilation", 0, 0, 0, 0, "RecursionError");
    }
    ~DepthGuard() { --builder.depth_; }
  };

  void visit_body(const ast::Seq<ast::Stmt*>& body) {
    for (const ast::Stmt* statement : body) visit_statement(statement);
  }

  void visit_expressions(const ast::Seq<ast::Expr*>& expressions) {
    // Null entries are dict `**` keys and keyword-only arguments without default.
    for (const ast::Expr* expression : expressions)
      if (expression) visit_expression(expression);
  }

  void visit_optional(const ast::Expr* expression) {
    if (expression) visit_expression(expression);
  }

  void visit_statement(const ast::Stmt* statement) {
    DepthGuard guard(*this);
    ast::Stmt* s = const_cast<ast::Stmt*>(statement);
    switch (s->kind) {
      case NodeKind::FunctionDef: return visit_function(*static_cast<ast::FunctionDef*>(s), false);
      case NodeKind::AsyncFunctionDef: return visit_function(*static_cast<ast::AsyncFunctionDef*>(s), true);
      case NodeKind::ClassDef: return visit_class(*static_cast<ast::ClassDef*>(s));
      case NodeKind::Return: return visit_optional(static_cast<ast::Return*>(s)->value);
      case NodeKind::Delete: return visit_expressions(static_cast<ast::Delete*>(s)->targets);
      case NodeKind::Assign: {
        auto* assign = static_cast<ast::Assign*>(s);
        visit_expressions(assign->targets);
        return visit_expression(assign->value);
      }
      case NodeKind::AugAssign: {
        auto* assign = static_cast<ast::AugAssign*>(s);
        visit_expression(assign->target);
        return visit_expression(assign->value);
      }
      case NodeKind::AnnAssign: return visit_annotated_assignment(*static_cast<ast::AnnAssign*>(s));
      case NodeKind::For: return visit_for(*static_cast<ast::For*>(s));
      case NodeKind::AsyncFor: return visit_for(*static_cast<ast::AsyncFor*>(s));
      case NodeKind::While: return visit_conditional(*static_cast<ast::While*>(s));
      case NodeKind::If: return visit_conditional(*static_cast<ast::If*>(s));
      case NodeKind::With: return visit_with(*static_cast<ast::With*>(s));
      case NodeKind::AsyncWith: return visit_with(*static_cast<ast::AsyncWith*>(s));
      case NodeKind::Match: return visit_match(*static_cast<ast::Match*>(s));
      case NodeKind::Raise: {
        auto* raise = static_cast<ast::Raise*>(s);
        visit_optional(raise->exc);
        return visit_optional(raise->cause);
      }
      case NodeKind::Try: return visit_try(*static_cast<ast::Try*>(s));
      case NodeKind::TryStar: return visit_try(*static_cast<ast::TryStar*>(s));
      case NodeKind::Assert: {
        auto* assertion = static_cast<ast::Assert*>(s);
        visit_expression(assertion->test);
        return visit_optional(assertion->msg);
      }
      case NodeKind::Import: return visit_aliases(static_cast<ast::Import*>(s)->names);
      case NodeKind::ImportFrom: return visit_aliases(static_cast<ast::ImportFrom*>(s)->names);
      case NodeKind::Global: return visit_declaration(*s, static_cast<ast::Global*>(s)->names, true);
      case NodeKind::Nonlocal: return visit_declaration(*s, static_cast<ast::Nonlocal*>(s)->names, false);
      case NodeKind::ExprStmt: return visit_expression(static_cast<ast::ExprStmt*>(s)->value);
      default: return;  // pass, break, continue
    }
  }

  template <class Def>
  void visit_function(const Def& def, bool is_async) {
    define(def.name, flag::local, location_of(def));
    visit_expressions(def.args->defaults);
    visit_expressions(def.args->kw_defaults);
    visit_annotations(def);
    visit_expressions(def.decorator_list);
    Scope* scope = enter(ScopeKind::Function, def.name, &def, def.lineno, def.col_offset);
    scope->coroutine = is_async;
    visit_parameters(*def.args);
    visit_body(def.body);
    exit();
  }

  // Parameter annotations and the return annotation are evaluated where the
  // function is defined (no PEP 649 in 3.11), or kept as strings in a scope of
  // their own under `from __future__ import annotations`.
  template <class Def>
  void visit_annotations(const Def& def) {
    const ast::Arguments& args = *def.args;
    if (future_annotations()) enter(ScopeKind::Annotation, "_annotation", &def, def.lineno, def.col_offset);
    for (const ast::Arg* arg : args.posonlyargs) visit_optional(arg->annotation);
    for (const ast::Arg* arg : args.args) visit_optional(arg->annotation);
    if (args.vararg) visit_optional(args.vararg->annotation);
    if (args.kwarg) visit_optional(args.kwarg->annotation);
    for (const ast::Arg* arg : args.kwonlyargs) visit_optional(arg->annotation);
    if (future_annotations()) exit();
    if (def.returns) visit_annotation(def.returns);
  }

  void visit_annotation(const ast::Expr* annotation) {
    if (future_annotations())
      enter(ScopeKind::Annotation, "_annotation", annotation, annotation->lineno, annotation->col_offset);
    visit_expression(annotation);
    if (future_annotations()) exit();
  }

  // CPython's varnames order: positional-only, positional, keyword-only, then
  // *args and **kwargs.
  void visit_parameters(const ast::Arguments& args) {
    for (const ast::Arg* arg : args.posonlyargs) define(arg->arg, flag::parameter, location_of(*arg));
    for (const ast::Arg* arg : args.args) define(arg->arg, flag::parameter, location_of(*arg));
    for (const ast::Arg* arg : args.kwonlyargs) define(arg->arg, flag::parameter, location_of(*arg));
    if (args.vararg) {
      define(args.vararg->arg, flag::parameter, location_of(*args.vararg));
      current()->has_varargs = true;
    }
    if (args.kwarg) {
      define(args.kwarg->arg, flag::parameter, location_of(*args.kwarg));
      current()->has_varkeywords = true;
    }
  }

  void visit_class(const ast::ClassDef& def) {
    define(def.name, flag::local, location_of(def));
    visit_expressions(def.bases);
    for (const ast::Keyword* keyword : def.keywords) visit_expression(keyword->value);
    visit_expressions(def.decorator_list);
    enter(ScopeKind::Class, def.name, &def, def.lineno, def.col_offset);
    std::string_view enclosing_private = private_;
    private_ = def.name;
    visit_body(def.body);
    private_ = enclosing_private;
    exit();
  }

  void visit_annotated_assignment(const ast::AnnAssign& assign) {
    if (auto* name = ast::as<ast::Name>(assign.target)) {
      std::uint16_t flags = flags_of(current(), mangle(name->id));
      // `global x` then `x: int` is allowed only at module level.
      if ((flags & (flag::global | flag::nonlocal)) && current() != table_.top && assign.simple)
        fail("annotated name " + quote(name->id) + " can't be " +
                 (flags & flag::global ? "global" : "nonlocal"),
             location_of(assign));
      if (assign.simple)
        define(name->id, flag::annotated | flag::local, location_of(*name));
      else if (assign.value)
        define(name->id, flag::local, location_of(*name));
    } else {
      visit_expression(assign.target);
    }
    visit_annotation(assign.annotation);
    visit_optional(assign.value);
  }

  template <class Loop>
  void visit_for(const Loop& loop) {
    visit_expression(loop.target);
    visit_expression(loop.iter);
    visit_body(loop.body);
    visit_body(loop.orelse);
  }

  template <class Conditional>
  void visit_conditional(const Conditional& statement) {
    visit_expression(statement.test);
    visit_body(statement.body);
    visit_body(statement.orelse);
  }

  template <class With>
  void visit_with(const With& with) {
    for (const ast::WithItem* item : with.items) {
      visit_expression(item->context_expr);
      visit_optional(item->optional_vars);
    }
    visit_body(with.body);
  }

  // CPython visits `else` before the handlers.
  template <class Try>
  void visit_try(const Try& statement) {
    visit_body(statement.body);
    visit_body(statement.orelse);
    for (const ast::ExceptHandler* handler : statement.handlers) {
      visit_optional(handler->type);
      if (handler->name.data()) define(handler->name, flag::local, location_of(*handler));
      visit_body(handler->body);
    }
    visit_body(statement.finalbody);
  }

  void visit_match(const ast::Match& match) {
    visit_expression(match.subject);
    for (const ast::MatchCase* match_case : match.cases) {
      visit_pattern(match_case->pattern);
      visit_optional(match_case->guard);
      visit_body(match_case->body);
    }
  }

  void visit_aliases(const ast::Seq<ast::Alias*>& aliases) {
    for (const ast::Alias* alias : aliases) {
      std::string_view name = alias->asname.data() ? alias->asname : alias->name;
      if (name == "*") {
        if (current()->kind != ScopeKind::Module) fail("import * only allowed at module level", location_of(*alias));
        current()->has_import_star = true;
        continue;
      }
      // `import a.b.c` binds `a`.
      define(name.substr(0, name.find('.')), flag::imported, location_of(*alias));
    }
  }

  void visit_declaration(const ast::Stmt& statement, const ast::Seq<ast::Identifier>& names, bool is_global) {
    const std::string keyword = is_global ? "global" : "nonlocal";
    for (std::string_view name : names) {
      std::uint16_t flags = flags_of(current(), mangle(name));
      if (flags & (flag::parameter | flag::local | flag::use | flag::annotated)) {
        const std::string quoted = quote(name);
        if (flags & flag::parameter)
          fail("name " + quoted + " is parameter and " + keyword, location_of(statement));
        if (flags & flag::use)
          fail("name " + quoted + " is used prior to " + keyword + " declaration", location_of(statement));
        if (flags & flag::annotated)
          fail("annotated name " + quoted + " can't be " + keyword, location_of(statement));
        fail("name " + quoted + " is assigned to before " + keyword + " declaration", location_of(statement));
      }
      define(name, is_global ? flag::global : flag::nonlocal, location_of(statement));
      record_directive(name, location_of(statement));
    }
  }

  // ---- expressions ----

  void visit_expression(const ast::Expr* expression) {
    DepthGuard guard(*this);
    ast::Expr* e = const_cast<ast::Expr*>(expression);
    switch (e->kind) {
      case NodeKind::NamedExpr: return visit_named_expression(*static_cast<ast::NamedExpr*>(e));
      case NodeKind::BoolOp: return visit_expressions(static_cast<ast::BoolOp*>(e)->values);
      case NodeKind::BinOp: {
        auto* operation = static_cast<ast::BinOp*>(e);
        visit_expression(operation->left);
        return visit_expression(operation->right);
      }
      case NodeKind::UnaryOp: return visit_expression(static_cast<ast::UnaryOp*>(e)->operand);
      case NodeKind::Lambda: {
        auto* lambda = static_cast<ast::Lambda*>(e);
        visit_expressions(lambda->args->defaults);
        visit_expressions(lambda->args->kw_defaults);
        enter(ScopeKind::Function, "lambda", lambda, e->lineno, e->col_offset);
        visit_parameters(*lambda->args);
        visit_expression(lambda->body);
        return exit();
      }
      case NodeKind::IfExp: {
        auto* conditional = static_cast<ast::IfExp*>(e);
        visit_expression(conditional->test);
        visit_expression(conditional->body);
        return visit_expression(conditional->orelse);
      }
      case NodeKind::Dict: {
        auto* dict = static_cast<ast::Dict*>(e);
        visit_expressions(dict->keys);
        return visit_expressions(dict->values);
      }
      case NodeKind::Set: return visit_expressions(static_cast<ast::Set*>(e)->elts);
      case NodeKind::ListComp: {
        auto* comprehension = static_cast<ast::ListComp*>(e);
        return visit_comprehension(*e, "listcomp", Comprehension::List, comprehension->generators,
                                   comprehension->elt, nullptr);
      }
      case NodeKind::SetComp: {
        auto* comprehension = static_cast<ast::SetComp*>(e);
        return visit_comprehension(*e, "setcomp", Comprehension::Set, comprehension->generators,
                                   comprehension->elt, nullptr);
      }
      case NodeKind::DictComp: {
        auto* comprehension = static_cast<ast::DictComp*>(e);
        return visit_comprehension(*e, "dictcomp", Comprehension::Dict, comprehension->generators,
                                   comprehension->key, comprehension->value);
      }
      case NodeKind::GeneratorExp: {
        auto* comprehension = static_cast<ast::GeneratorExp*>(e);
        return visit_comprehension(*e, "genexpr", Comprehension::Generator, comprehension->generators,
                                   comprehension->elt, nullptr);
      }
      case NodeKind::Yield: return visit_yield(*e, static_cast<ast::Yield*>(e)->value);
      case NodeKind::YieldFrom: return visit_yield(*e, static_cast<ast::YieldFrom*>(e)->value);
      case NodeKind::Await:
        reject_in_annotation("await expression", *e);
        visit_expression(static_cast<ast::Await*>(e)->value);
        current()->coroutine = true;
        return;
      case NodeKind::Compare: {
        auto* compare = static_cast<ast::Compare*>(e);
        visit_expression(compare->left);
        return visit_expressions(compare->comparators);
      }
      case NodeKind::Call: {
        auto* call = static_cast<ast::Call*>(e);
        visit_expression(call->func);
        visit_expressions(call->args);
        for (const ast::Keyword* keyword : call->keywords) visit_expression(keyword->value);
        return;
      }
      case NodeKind::FormattedValue: {
        auto* formatted = static_cast<ast::FormattedValue*>(e);
        visit_expression(formatted->value);
        return visit_optional(formatted->format_spec);
      }
      case NodeKind::JoinedStr: return visit_expressions(static_cast<ast::JoinedStr*>(e)->values);
      case NodeKind::Attribute: return visit_expression(static_cast<ast::Attribute*>(e)->value);
      case NodeKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript*>(e);
        visit_expression(subscript->value);
        return visit_expression(subscript->slice);
      }
      case NodeKind::Starred: return visit_expression(static_cast<ast::Starred*>(e)->value);
      case NodeKind::Slice: {
        auto* slice = static_cast<ast::Slice*>(e);
        visit_optional(slice->lower);
        visit_optional(slice->upper);
        return visit_optional(slice->step);
      }
      case NodeKind::Name: return visit_name(*static_cast<ast::Name*>(e));
      case NodeKind::List: return visit_expressions(static_cast<ast::List*>(e)->elts);
      case NodeKind::Tuple: return visit_expressions(static_cast<ast::Tuple*>(e)->elts);
      default: return;  // Constant
    }
  }

  void visit_name(const ast::Name& name) {
    const bool load = name.ctx == ast::ExprContext::Load;
    define(name.id, load ? flag::use : flag::local, location_of(name));
    // A call of `super()` needs the implicit `__class__` cell of the method.
    if (load && current()->kind == ScopeKind::Function && name.id == "super")
      define("__class__", flag::use, location_of(name));
  }

  // Under `from __future__ import annotations` an annotation is only a string,
  // so what would run code in it is rejected.
  void reject_in_annotation(std::string_view what, const ast::Expr& e) {
    if (current()->kind == ScopeKind::Annotation)
      fail(quote(what) + " can not be used within an annotation", location_of(e));
  }

  void visit_yield(const ast::Expr& e, const ast::Expr* value) {
    reject_in_annotation("yield expression", e);
    visit_optional(value);
    current()->generator = true;
    switch (current()->comprehension) {
      case Comprehension::None: return;
      case Comprehension::List: fail("'yield' inside list comprehension", location_of(e));
      case Comprehension::Set: fail("'yield' inside set comprehension", location_of(e));
      case Comprehension::Dict: fail("'yield' inside dict comprehension", location_of(e));
      case Comprehension::Generator: fail("'yield' inside generator expression", location_of(e));
    }
  }

  // The outermost iterable is evaluated in the enclosing scope and passed in
  // as the implicit parameter `.0`; the rest runs in the comprehension's own
  // function scope.
  void visit_comprehension(const ast::Expr& e, std::string_view scope_name, Comprehension kind,
                           const ast::Seq<ast::Comprehension*>& generators, const ast::Expr* element,
                           const ast::Expr* value) {
    const ast::Comprehension& outermost = *generators[0];
    ++frame().iterable_depth;
    visit_expression(outermost.iter);
    --frame().iterable_depth;
    Scope* scope = enter(ScopeKind::Function, scope_name, &e, e.lineno, e.col_offset);
    scope->comprehension = kind;
    if (outermost.is_async) scope->coroutine = true;
    define(".0", flag::parameter, {scope->lineno, scope->col_offset, scope->lineno, scope->col_offset});
    visit_iteration_target(outermost.target);
    visit_expressions(outermost.ifs);
    for (std::uint32_t index = 1; index < generators.size(); ++index) {
      const ast::Comprehension& generator = *generators[index];
      visit_iteration_target(generator.target);
      ++frame().iterable_depth;
      visit_expression(generator.iter);
      --frame().iterable_depth;
      visit_expressions(generator.ifs);
      if (generator.is_async) scope->coroutine = true;
    }
    // A dict comprehension's value is visited before its key.
    visit_optional(value);
    visit_expression(element);
    const bool is_generator = kind == Comprehension::Generator;
    scope->generator = is_generator;
    exit();
    // An `await` or `async for` in a list, set or dict comprehension makes
    // the enclosing function a coroutine too.
    if (scope->coroutine && !is_generator) current()->coroutine = true;
  }

  void visit_iteration_target(const ast::Expr* target) {
    frame().in_iteration_target = true;
    visit_expression(target);
    frame().in_iteration_target = false;
  }

  void visit_named_expression(const ast::NamedExpr& named) {
    reject_in_annotation("named expression", named);
    if (frame().iterable_depth > 0)
      fail("assignment expression cannot be used in a comprehension iterable expression", location_of(named));
    if (current()->comprehension != Comprehension::None) bind_in_enclosing_scope(*ast::as<ast::Name>(named.target));
    visit_expression(named.value);
    visit_expression(named.target);
  }

  // PEP 572: a walrus inside a comprehension binds in the nearest enclosing
  // function (as an implicit nonlocal, or global if declared so there) or at
  // module level (as an implicit global), never in a class body.
  void bind_in_enclosing_scope(const ast::Name& target) {
    const Location at = location_of(target);
    for (std::size_t index = stack_.size(); index-- > 0;) {
      Frame& enclosing = stack_[index];
      Scope* scope = enclosing.scope;
      if (scope->comprehension != Comprehension::None) {
        if (flags_of(scope, mangle(target.id)) & flag::comprehension_iteration)
          fail("assignment expression cannot rebind comprehension iteration variable " + quote(target.id), at);
        continue;
      }
      if (scope->kind == ScopeKind::Function) {
        const bool global = flags_of(scope, mangle(target.id)) & flag::global;
        define(target.id, global ? flag::global : flag::nonlocal, at);
        record_directive(target.id, at);
        return define_in(enclosing, target.id, flag::local, at);
      }
      if (scope->kind == ScopeKind::Module) {
        define(target.id, flag::global, at);
        record_directive(target.id, at);
        return define_in(enclosing, target.id, flag::global, at);
      }
      if (scope->kind == ScopeKind::Class)
        fail("assignment expression within a comprehension cannot be used in a class body", at);
    }
  }

  // ---- patterns ----

  void visit_patterns(const ast::Seq<ast::Pattern*>& patterns) {
    for (const ast::Pattern* pattern : patterns) visit_pattern(pattern);
  }

  void visit_pattern(const ast::Pattern* pattern) {
    DepthGuard guard(*this);
    ast::Pattern* p = const_cast<ast::Pattern*>(pattern);
    switch (p->kind) {
      case NodeKind::MatchValue: return visit_expression(static_cast<ast::MatchValue*>(p)->value);
      case NodeKind::MatchSequence: return visit_patterns(static_cast<ast::MatchSequence*>(p)->patterns);
      case NodeKind::MatchStar: {
        auto* star = static_cast<ast::MatchStar*>(p);
        if (star->name.data()) define(star->name, flag::local, location_of(*p));
        return;
      }
      case NodeKind::MatchMapping: {
        auto* mapping = static_cast<ast::MatchMapping*>(p);
        visit_expressions(mapping->keys);
        visit_patterns(mapping->patterns);
        if (mapping->rest.data()) define(mapping->rest, flag::local, location_of(*p));
        return;
      }
      case NodeKind::MatchClass: {
        auto* match_class = static_cast<ast::MatchClass*>(p);
        visit_expression(match_class->cls);
        visit_patterns(match_class->patterns);
        return visit_patterns(match_class->kwd_patterns);
      }
      case NodeKind::MatchAs: {
        auto* capture = static_cast<ast::MatchAs*>(p);
        if (capture->pattern) visit_pattern(capture->pattern);
        if (capture->name.data()) define(capture->name, flag::local, location_of(*p));
        return;
      }
      case NodeKind::MatchOr: return visit_patterns(static_cast<ast::MatchOr*>(p)->patterns);
      default: return;  // MatchSingleton
    }
  }

  // ---- analysis (CPython's analyze_block and its helpers) ----

  [[noreturn]] void fail_at_directive(std::string message, const Scope* scope, std::string_view name) {
    for (const Directive& directive : directives_)
      if (directive.scope == scope && directive.name == name) fail(std::move(message), directive.location);
    fail(std::move(message), Location{});
  }

  // Resolves one name of `scope`. `bound` holds the names bound in enclosing
  // function scopes (null at module level), `global` the names declared
  // global in enclosing scopes; `free` collects this scope's free names.
  void analyze_name(Scope* scope, Symbol& symbol, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string quoted = quote(symbol.name);
    if (symbol.flags & flag::global) {
      if (symbol.flags & flag::nonlocal) fail_at_directive("name " + quoted + " is nonlocal and global", scope, symbol.name);
      symbol.resolution = Resolution::GlobalExplicit;
      global.insert(symbol.name);
      if (bound) bound->erase(symbol.name);
      return;
    }
    if (symbol.flags & flag::nonlocal) {
      if (!bound) fail_at_directive("nonlocal declaration not allowed at module level", scope, symbol.name);
      if (!bound->count(symbol.name))
        fail_at_directive("no binding for nonlocal " + quoted + " found", scope, symbol.name);
      symbol.resolution = Resolution::Free;
      free.insert(symbol.name);
      return;
    }
    if (symbol.flags & flag::bound) {
      symbol.resolution = Resolution::Local;
      local.insert(symbol.name);
      global.erase(symbol.name);
      return;
    }
    if (bound && bound->count(symbol.name)) {
      symbol.resolution = Resolution::Free;
      free.insert(symbol.name);
      return;
    }
    // Also implicit when an enclosing scope declares it global: CPython 3.11
    // reports GLOBAL_IMPLICIT either way.
    symbol.resolution = Resolution::GlobalImplicit;
  }

  void analyze(Scope* scope, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    NameSet child_global;
    NameSet child_bound;
    // A class body's names are not visible in its methods: its children see
    // only what the class itself sees.
    if (scope->kind == ScopeKind::Class) {
      child_global = global;
      if (bound) child_bound = *bound;
    }
    for (Symbol& symbol : scope->symbols) analyze_name(scope, symbol, bound, local, free, global);
    if (scope->kind != ScopeKind::Class) {
      if (scope->kind == ScopeKind::Function) add_all(child_bound, local);
      if (bound) add_all(child_bound, *bound);
      add_all(child_global, global);
    } else {
      child_bound.insert("__class__");
    }

    NameSet children_free;
    for (Scope* child : scope->children) {
      NameSet bound_copy = child_bound;
      NameSet global_copy = child_global;
      NameSet child_free;
      analyze(child, &bound_copy, child_free, global_copy);
      add_all(children_free, child_free);
    }

    if (scope->kind == ScopeKind::Function) {
      // A local that a nested scope uses freely lives in a cell.
      for (Symbol& symbol : scope->symbols) {
        if (symbol.resolution == Resolution::Local && children_free.erase(symbol.name))
          symbol.resolution = Resolution::Cell;
      }
    } else if (scope->kind == ScopeKind::Class && children_free.erase("__class__")) {
      scope->needs_class_closure = true;
    }
    pass_free_names_through(scope, bound, children_free);
    add_all(free, children_free);
  }

  // update_symbols: a name free in a nested scope and bound further out is
  // free here too, so the closure can be passed down; in a class that binds
  // the same name it is marked DEF_FREE_CLASS instead.
  void pass_free_names_through(Scope* scope, const NameSet* bound, const NameSet& children_free) {
    std::vector<std::string_view> names(children_free.begin(), children_free.end());
    std::sort(names.begin(), names.end());
    for (std::string_view name : names) {
      if (scope->index.count(name)) {
        Symbol& existing = symbol(scope, name);
        if (scope->kind == ScopeKind::Class && (existing.flags & (flag::bound | flag::global)))
          existing.flags |= flag::free_class;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      symbol(scope, name).resolution = Resolution::Free;
    }
  }

  SymbolTable& table_;
  std::string_view source_;
  const std::string& filename_;
  std::vector<Frame> stack_;
  std::vector<Directive> directives_;
  std::string_view private_;  // the class whose body is being visited (st_private)
  int depth_ = 0;
};

}  // namespace

std::string mangle_name(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name.substr(0, 2) != "__") return std::string(name);
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) return std::string(name);
  std::string_view owner = private_name.substr(std::min(private_name.find_first_not_of('_'), private_name.size()));
  if (owner.empty()) return std::string(name);
  return std::string("_").append(owner).append(name);
}

SymbolTableResult build_symbol_table(const ast::Mod* module, std::string_view source, const std::string& filename,
                                     std::uint32_t future_features) {
  SymbolTableResult result;
  result.table = std::make_unique<SymbolTable>();
  result.table->future_features = future_features;
  try {
    Builder(*result.table, source, filename).build(module);
  } catch (SymbolTableError& error) {
    result.table.reset();
    result.error = std::move(error.info);
  }
  return result;
}

}  // namespace krait::compiler
