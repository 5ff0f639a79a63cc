// Compiler stage, second pass: code generation for the register VM (see
// compiler.h). Errors travel inside as CompileError and leave
// compile_module() as a SyntaxErrorInfo value.
#include "compiler/compiler.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <set>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/annotation_text.h"
#include "compiler/code_object.h"
#include "compiler/positions.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "parser/parser.h"
#include "runtime/operations.h"
#include "runtime/warnings.h"

namespace krait::compiler {
namespace {

using runtime::Ref;
using runtime::Value;

struct CompileError {
  SyntaxErrorInfo info;
};

[[noreturn]] void fail(const ast::Located* node, const std::string& type, const std::string& message) {
  SyntaxErrorInfo info;
  info.type = type;
  info.message = message;
  if (node) {
    info.lineno = node->lineno;
    info.offset = node->col_offset + 1;
    info.end_lineno = node->end_lineno;
    info.end_offset = node->end_col_offset + 1;
  }
  throw CompileError{std::move(info)};
}

[[noreturn]] void unsupported(const ast::Located* node, const std::string& what) {
  fail(node, "NotImplementedError", "the compiler does not support " + what + " yet");
}

Opcode binary_opcode(ast::OperatorKind kind, bool in_place, const ast::Located* node) {
  switch (kind) {
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast_kind) \
  case ast::OperatorKind::ast_kind:                          \
    return in_place ? Opcode::INPLACE_##Name : Opcode::BINARY_##Name;
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
    default:
      unsupported(node, "the operator " + std::string(ast::enum_value_name(kind)));
  }
}

// The compare-and-skip of a condition, or NOP for operators without one.
Opcode test_opcode(ast::CmpOpKind kind) {
  switch (kind) {
    case ast::CmpOpKind::Lt: return Opcode::TEST_LT;
    case ast::CmpOpKind::LtE: return Opcode::TEST_LE;
    case ast::CmpOpKind::Eq: return Opcode::TEST_EQ;
    case ast::CmpOpKind::NotEq: return Opcode::TEST_NE;
    case ast::CmpOpKind::Gt: return Opcode::TEST_GT;
    case ast::CmpOpKind::GtE: return Opcode::TEST_GE;
    case ast::CmpOpKind::Is: return Opcode::TEST_IS;
    case ast::CmpOpKind::IsNot: return Opcode::TEST_IS_NOT;
    case ast::CmpOpKind::In: return Opcode::TEST_IN;
    case ast::CmpOpKind::NotIn: return Opcode::TEST_NOT_IN;
    default: return Opcode::NOP;
  }
}

Opcode compare_opcode(ast::CmpOpKind kind, const ast::Located* node) {
  switch (kind) {
    case ast::CmpOpKind::Lt: return Opcode::COMPARE_LT;
    case ast::CmpOpKind::LtE: return Opcode::COMPARE_LE;
    case ast::CmpOpKind::Eq: return Opcode::COMPARE_EQ;
    case ast::CmpOpKind::NotEq: return Opcode::COMPARE_NE;
    case ast::CmpOpKind::Gt: return Opcode::COMPARE_GT;
    case ast::CmpOpKind::GtE: return Opcode::COMPARE_GE;
    case ast::CmpOpKind::Is: return Opcode::IS;
    case ast::CmpOpKind::IsNot: return Opcode::IS_NOT;
    case ast::CmpOpKind::In: return Opcode::CONTAINS;
    case ast::CmpOpKind::NotIn: return Opcode::NOT_CONTAINS;
    default: unsupported(node, "the operator " + std::string(ast::enum_value_name(kind)));
  }
}

struct Shared {
  runtime::Interpreter& interpreter;
  const SymbolTable& table;
  Ref filename;
  std::unordered_set<std::string> mangled_names;  // owns the mangled names' text
  // compile() and exec(): the top level keeps its names in the frame's
  // locals mapping (LOAD_NAME, as CPython compiles every module); a program
  // or imported module, whose locals are its globals, uses LOAD_GLOBAL.
  bool names_in_namespace = false;
  // compile(..., 'single'): expression statements at the top level print
  // their value through sys.displayhook.
  bool interactive = false;
  int optimize = 0;  // -O level: 1 drops asserts, 2 also docstrings
  std::string_view source;                 // for the warnings' lines
  std::vector<SyntaxErrorInfo> warnings;   // SyntaxWarnings found while compiling
};

std::string source_line(std::string_view source, int lineno);

// Compiles one scope (the module or a function body) into one code object.
class ScopeCompiler {
 public:
  // `enclosing_private` is the class whose names are mangled in the
  // enclosing scope (CPython's u_private); a class body mangles by its own.
  ScopeCompiler(Shared& shared, const Scope& scope, std::string_view qualname, int first_line,
                std::string_view enclosing_private)
      : shared_(shared),
        scope_(scope),
        code_ref_(new_code(shared.interpreter)),
        code_(as_code(code_ref_.get())),
        private_(scope.kind == ScopeKind::Class ? scope.name : enclosing_private) {
    runtime::Interpreter& interpreter = shared.interpreter;
    const bool lambda = scope.node && scope.node->kind == ast::NodeKind::Lambda;
    const std::string comprehension = std::string("<").append(scope.name).append(">");  // <listcomp>, ...
    code_->name = Ref::borrow(interpreter.intern(scope.kind == ScopeKind::Module              ? "<module>"
                                                 : lambda                                      ? "<lambda>"
                                                 : scope.comprehension != Comprehension::None ? comprehension
                                                                                               : scope.name));
    code_->qualname = runtime::new_str(interpreter, scope.kind == ScopeKind::Module ? "<module>" : qualname);
    code_->filename = Ref::borrow(shared.filename.get());
    code_->first_line = first_line;
    if (scope.kind == ScopeKind::Function) code_->flags |= code_optimized | code_new_locals;
    if (scope.nested) code_->flags |= code_nested;
    if (shared.table.future_features & future_feature::annotations) code_->flags |= code_future_annotations;
    if (scope.generator)
      code_->flags |= scope.coroutine ? code_async_generator : code_generator;
    else if (scope.coroutine)
      code_->flags |= code_coroutine;
    position_ = {first_line, first_line};
    if (scope.kind == ScopeKind::Function || scope.kind == ScopeKind::Class) {
      for (std::string_view parameter : scope.parameters) add_local(parameter);
      code_->parameter_count = static_cast<int>(scope.parameters.size());
      if (scope.kind == ScopeKind::Function)
        for (const Symbol& symbol : scope.symbols)
          if (symbol.resolution == Resolution::Local && !locals_.count(symbol.name)) add_local(symbol.name);
      // Cells and free variables as CPython 3.11 orders them: cell
      // parameters in parameter order, then the other cells sorted, then the
      // free variables sorted, each after the locals.
      std::vector<std::string_view> cells, frees;
      for (const Symbol& symbol : scope.symbols) {
        if (symbol.resolution == Resolution::Cell) cells.push_back(symbol.name);
        if (symbol.resolution == Resolution::Free || (symbol.flags & symbol_flag::free_class)) frees.push_back(symbol.name);
      }
      // A class whose methods use super() or __class__ holds the __class__ cell.
      if (scope.kind == ScopeKind::Class && scope.needs_class_closure) cells.push_back("__class__");
      std::sort(cells.begin(), cells.end());
      std::sort(frees.begin(), frees.end());
      for (std::string_view parameter : scope.parameters)
        if (std::binary_search(cells.begin(), cells.end(), parameter)) add_deref(parameter, code_->cell_names);
      for (std::string_view cell : cells)
        if (!derefs_.count(cell)) add_deref(cell, code_->cell_names);
      for (std::string_view free : frees) add_deref(free, code_->free_names);
    }
    code_->local_count = static_cast<int>(locals_.size());
    next_register_ = code_->local_count;
    code_->register_count = next_register_;
    // At entry: the closure's cells into the free variables' registers, a
    // cell for each cell variable (holding a parameter's argument).
    if (!code_->free_names.empty()) {
      const auto count = static_cast<int>(code_->free_names.size());
      emit(encode_abc(Opcode::COPY_FREE_VARS, code_->local_count - count, count, 0));
    }
    for (const Ref& cell : code_->cell_names) emit(encode_abc(Opcode::MAKE_CELL, derefs_.at(str_of(cell)), 0, 0));
  }

  Ref compile_body(const ast::Seq<ast::Stmt*>& body) {
    if (scope_.kind == ScopeKind::Module && has_annotations(body)) emit(encode_abc(Opcode::SETUP_ANNOTATIONS, 0, 0, 0));
    if (scope_.kind == ScopeKind::Module) store_docstring(body);
    if (scope_.kind == ScopeKind::Function) code_->docstring = docstring_of(body);
    for (ast::Stmt* statement : body) compile_statement(statement);
    emit(encode_abc(Opcode::RETURN_NONE, 0, 0, 0));
    return finish();
  }

  // compile()'s 'eval' mode: the code returns the expression's value.
  Ref compile_expression_body(ast::Expr* body) {
    at(body);
    const int result = push_temporary(body);
    compile_into(body, result);
    emit(encode_abc(Opcode::RETURN, result, 0, 0));
    return finish();
  }

  // A class body: __module__ and __qualname__ first, then the statements;
  // it returns its __class__ cell (for __build_class__ to fill), if any.
  Ref compile_class_body(const ast::ClassDef& definition) {
    const int value = push_temporary(&definition);
    emit_cached(Opcode::LOAD_GLOBAL, value, 0, "__name__", &definition);
    emit(encode_abx(Opcode::STORE_NAME, value, name_index("__module__", &definition)));
    emit(encode_abx(Opcode::LOAD_CONST, value, add_constant(Ref::borrow(code_->qualname.get()), &definition)));
    emit(encode_abx(Opcode::STORE_NAME, value, name_index("__qualname__", &definition)));
    if (has_annotations(definition.body)) emit(encode_abc(Opcode::SETUP_ANNOTATIONS, 0, 0, 0));
    next_register_ = value;
    store_docstring(definition.body);
    for (ast::Stmt* statement : definition.body) compile_statement(statement);
    auto cell = derefs_.find("__class__");
    if (cell != derefs_.end() && std::find_if(code_->cell_names.begin(), code_->cell_names.end(), [](const Ref& name) {
                                   return str_of(name) == "__class__";
                                 }) != code_->cell_names.end())
      emit(encode_abc(Opcode::RETURN, cell->second, 0, 0));
    else
      emit(encode_abc(Opcode::RETURN_NONE, 0, 0, 0));
    return finish();
  }

  // The docstring of a body (a first statement that is a str), null when
  // there is none or -OO strips docstrings.
  const ast::Constant* docstring_constant(const ast::Seq<ast::Stmt*>& body) const {
    if (body.empty() || shared_.optimize >= 2) return nullptr;
    auto* expression = ast::as<ast::ExprStmt>(body[0]);
    auto* constant = expression ? ast::as<ast::Constant>(expression->value) : nullptr;
    return constant && constant->value.tag == ast::ConstantValue::Tag::Str ? constant : nullptr;
  }

  Ref docstring_of(const ast::Seq<ast::Stmt*>& body) const {
    const ast::Constant* constant = docstring_constant(body);
    return constant ? runtime::new_str(shared_.interpreter, constant->value.text) : Ref();
  }

  // A module's or class's docstring is its __doc__.
  void store_docstring(const ast::Seq<ast::Stmt*>& body) {
    const ast::Constant* constant = docstring_constant(body);
    if (!constant) return;
    const int saved_top = next_register_;
    const int value = push_temporary(constant);
    load_constant(runtime::new_str(shared_.interpreter, constant->value.text), value, constant);
    store_name("__doc__", value, constant);
    next_register_ = saved_top;
  }

  // A comprehension's body (CPython 3.11's <listcomp>, <setcomp>,
  // <dictcomp>, <genexpr>): a function of the outermost iterator `.0`
  // that runs the loops and collects the elements.
  Ref compile_comprehension_body(ast::Expr* node, const ast::Seq<ast::Comprehension*>& generators, ast::Expr* element,
                                 ast::Expr* value) {
    code_->argument_count = 1;
    const Comprehension kind = scope_.comprehension;
    if (kind == Comprehension::Generator) {
      // A generator function yielding each element (from a temporary: a
      // resumed YIELD writes the value sent into its register).
      compile_comprehension_loop(node, generators, 0, [&] {
        const int item = push_temporary(element);
        compile_into(element, item);
        at(node);
        emit(encode_abc(Opcode::YIELD, item, last_live_register(item), 0));
      });
      at(node);
      emit(encode_abc(Opcode::RETURN_NONE, 0, 0, 0));
      return finish();
    }
    const int result = push_temporary(node);
    emit(encode_abc(kind == Comprehension::List ? Opcode::BUILD_LIST
                    : kind == Comprehension::Set ? Opcode::BUILD_SET
                                                 : Opcode::BUILD_MAP,
                    result, result, 0));
    compile_comprehension_loop(node, generators, 0, [&] {
      if (kind == Comprehension::Dict) {
        const int key = compile_operand(element);
        const int item = compile_operand(value);
        at(node);
        emit(encode_abc(Opcode::MAP_ADD, result, key, item));
      } else {
        const int item = compile_operand(element);
        at(node);
        emit(encode_abc(kind == Comprehension::List ? Opcode::LIST_APPEND : Opcode::SET_ADD, result, item, 0));
      }
    });
    at(node);
    emit(encode_abc(Opcode::RETURN, result, 0, 0));
    return finish();
  }

  // A lambda's body: one expression, returned.
  Ref compile_lambda_body(ast::Expr* body) {
    const int result = compile_operand(body);
    at(body);
    emit(encode_abc(Opcode::RETURN, result, 0, 0));
    return finish();
  }

 private:
  // --- registers, constants, names -------------------------------------
  void add_local(std::string_view name) {
    const int index = static_cast<int>(locals_.size());
    if (index > max_register) unsupported(nullptr, "a function with more than 256 local variables");
    locals_.emplace(name, index);
    code_->local_names.push_back(Ref::borrow(shared_.interpreter.intern(name)));
  }

  // A cell or free variable: its register (a parameter's own, else a new
  // one) and its entry in co_cellvars or co_freevars.
  void add_deref(std::string_view name, std::vector<Ref>& names) {
    if (!locals_.count(name)) add_local(name);
    derefs_.emplace(name, locals_.at(name));
    names.push_back(Ref::borrow(shared_.interpreter.intern(name)));
  }

  int push_temporary(const ast::Located* node) {
    if (next_register_ > max_register) unsupported(node, "an expression needing more than 256 registers");
    const int index = next_register_++;
    if (next_register_ > code_->register_count) code_->register_count = next_register_;
    return index;
  }

  bool is_local_register(int index) const { return index < code_->local_count; }

  int add_constant(Ref value, const ast::Located* node) {
    // Equal constants share one slot, as CPython's co_consts does.
    std::string key = constant_key(value.get());
    if (!key.empty()) {
      auto found = constant_indexes_.find(key);
      if (found != constant_indexes_.end()) return found->second;
    }
    if (code_->constants.size() > static_cast<std::size_t>(max_index)) unsupported(node, "more than 65536 constants in one scope");
    code_->constants.push_back(std::move(value));
    const int index = static_cast<int>(code_->constants.size() - 1);
    if (!key.empty()) constant_indexes_.emplace(std::move(key), index);
    return index;
  }

  // What identifies a constant among equal ones: its type and its bits (so
  // that 0.0 and -0.0, or 1 and True, stay apart); empty for constants that
  // are not shared (tuples, code objects, big ints).
  std::string constant_key(Value value) const {
    const runtime::Interpreter& interpreter = shared_.interpreter;
    const runtime::Type* type = runtime::type_of(interpreter, value);
    auto tagged = [&](std::string_view bits) { return std::string(1, '\0') + type->name + '\0' + std::string(bits); };
    if (type == interpreter.str_type) return tagged(runtime::str_utf8(value));
    if (type == interpreter.bytes_type) return tagged(runtime::as_bytes(value)->view());
    if (value.is_small_int()) {
      const std::int64_t integer = value.as_small_int();
      return tagged({reinterpret_cast<const char*>(&integer), sizeof integer});
    }
    if (type == interpreter.float_type) {
      const double number = runtime::float_value(value);
      return tagged({reinterpret_cast<const char*>(&number), sizeof number});
    }
    if (value == interpreter.none() || value == interpreter.ellipsis() || type == interpreter.bool_type) {
      const runtime::Object* object = value.as_object();
      return tagged({reinterpret_cast<const char*>(&object), sizeof object});
    }
    return std::string();
  }

  // A name as this scope sees it: `__name` mangled inside a class.
  std::string_view mangled(std::string_view name) const {
    if (private_.empty() || name.substr(0, 2) != "__") return name;
    std::string text = mangle_name(private_, name);
    if (text.size() == name.size()) return name;
    return *shared_.mangled_names.insert(std::move(text)).first;
  }

  int name_index(std::string_view name, const ast::Located* node) {
    name = mangled(name);
    auto found = name_indexes_.find(name);
    if (found != name_indexes_.end()) return found->second;
    if (code_->names.size() > static_cast<std::size_t>(max_index)) unsupported(node, "more than 65536 names in one scope");
    code_->names.push_back(Ref::borrow(shared_.interpreter.intern(name)));
    const int index = static_cast<int>(code_->names.size() - 1);
    name_indexes_.emplace(name, index);
    return index;
  }

  // Where a name lives: a local register, or -1 for a cell or free variable
  // (deref_register) or the globals.
  int local_register(std::string_view name) const {
    name = mangled(name);
    const Symbol* symbol = scope_.lookup(name);
    const Resolution resolution = symbol ? symbol->resolution : Resolution::GlobalImplicit;
    if (resolution == Resolution::Local && scope_.kind == ScopeKind::Function) return locals_.at(name);
    return -1;
  }

  // The register holding a cell or free variable's cell, or -1.
  int deref_register(std::string_view name) const {
    name = mangled(name);
    const Symbol* symbol = scope_.lookup(name);
    if (!symbol || (symbol->resolution != Resolution::Cell && symbol->resolution != Resolution::Free)) return -1;
    return derefs_.at(name);
  }

  // The cell a nested scope's closure takes for its free variable `name`:
  // this scope's cell or free variable (in a class body also a name the
  // class binds itself, which the symbol table marks free_class).
  int closure_register(std::string_view name, const ast::Located* node) const {
    auto found = derefs_.find(name);
    if (found == derefs_.end()) unsupported(node, "a closure over '" + std::string(name) + "' here");
    return found->second;
  }

  // Whether a class body (or compile()'s top level) keeps the name in its
  // namespace (LOAD_NAME): all but explicit globals, cells and free variables.
  bool in_namespace(std::string_view name) const {
    if (scope_.kind != ScopeKind::Class && !(scope_.kind == ScopeKind::Module && shared_.names_in_namespace)) return false;
    const Symbol* symbol = scope_.lookup(mangled(name));
    return !symbol || symbol->resolution == Resolution::Local || symbol->resolution == Resolution::GlobalImplicit;
  }

  // R[target] = the name's value, wherever it lives.
  void load_name(std::string_view name, int target, const ast::Located* node) {
    if (in_namespace(name)) {
      emit(encode_abx(Opcode::LOAD_NAME, target, name_index(name, node)));
      return;
    }
    const int local = local_register(name);
    const int deref = local >= 0 ? -1 : deref_register(name);
    if (local >= 0) {
      emit(encode_abc(Opcode::MOVE, target, local, 0));
    } else if (deref >= 0) {
      // A class body reads its namespace first, then the cell.
      emit(encode_abc(scope_.kind == ScopeKind::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF, target, deref, 0));
    } else {
      emit_cached(Opcode::LOAD_GLOBAL, target, 0, name, node);
    }
  }

  // --- emitting ------------------------------------------------------------
  std::size_t emit(Instruction instruction) {
    const auto index = static_cast<std::uint32_t>(code_->instructions.size());
    if (code_->lines.empty() || !(code_->lines.back().position == position_)) code_->lines.push_back({index, position_});
    code_->instructions.push_back(instruction);
    return index;
  }

  std::size_t here() const { return code_->instructions.size(); }

  // The instructions emitted next come from `node`.
  void at(const ast::Located* node) { position_ = position_of(node); }

  // An instruction followed by the index of a new inline cache for `name`.
  void emit_cached(Opcode op, int a, int b, std::string_view name, const ast::Located* node) {
    emit(encode_abc(op, a, b, 0));
    InlineCache cache;
    cache.name = code_->names[name_index(name, node)].get();
    code_->caches.push_back(cache);
    code_->instructions.push_back(static_cast<Instruction>(code_->caches.size() - 1));
  }

  // An instruction followed by a constant's index.
  void emit_with_constant(Opcode op, int a, int b, Ref constant, const ast::Located* node) {
    emit(encode_abc(op, a, b, 0));
    code_->instructions.push_back(static_cast<Instruction>(add_constant(std::move(constant), node)));
  }

  // Points the jump at `from` to `target`, now that it is known.
  void patch(std::size_t from, std::size_t target, const ast::Located* node) {
    const long offset = static_cast<long>(target) - static_cast<long>(from) - 1;
    Instruction& instruction = code_->instructions[from];
    const Opcode op = opcode_of(instruction);
    if (opcode_formats[static_cast<int>(op)] == OperandFormat::sJ) {
      if (offset <= -jump_range || offset >= jump_range) unsupported(node, "a jump this long");
      instruction = encode_sj(op, static_cast<int>(offset));
    } else {
      if (offset < min_signed || offset > max_signed) unsupported(node, "a conditional jump this long");
      instruction = encode_asbx(op, operand_a(instruction), static_cast<int>(offset));
    }
  }

  std::size_t emit_jump() { return emit(encode_sj(Opcode::JUMP, 0)); }
  void emit_jump_to(std::size_t target, const ast::Located* node) { patch(emit_jump(), target, node); }

  // --- expressions ---------------------------------------------------------
  // The register holding the expression's value: a local's own register,
  // else a new temporary.
  int compile_operand(ast::Expr* expression) {
    if (auto* name = ast::as<ast::Name>(expression)) {
      const int local = local_register(name->id);
      if (local >= 0) {
        code_->local_reads.push_back({static_cast<std::uint32_t>(here()), local, position_of(name)});
        return local;
      }
    }
    const int temporary = push_temporary(expression);
    compile_into(expression, temporary);
    return temporary;
  }

  // Evaluates the expression into register `target`. Expressions that write
  // their target before their last instruction go through a temporary when
  // the target is a local, which they might still read.
  void compile_into(ast::Expr* expression, int target) {
    const SourcePosition saved_position = position_;
    const int saved_top = next_register_;
    at(expression);
    // (A yield's target holds the value yielded, then the value sent.)
    const bool writes_early = expression->kind == ast::NodeKind::BoolOp || expression->kind == ast::NodeKind::IfExp ||
                              expression->kind == ast::NodeKind::Compare || expression->kind == ast::NodeKind::Yield ||
                              expression->kind == ast::NodeKind::YieldFrom || expression->kind == ast::NodeKind::Await;
    if (writes_early && is_local_register(target)) {
      const int temporary = push_temporary(expression);
      compile_value(expression, temporary);
      emit(encode_abc(Opcode::MOVE, target, temporary, 0));
    } else {
      compile_value(expression, target);
    }
    next_register_ = saved_top;
    position_ = saved_position;
  }

  Ref constant_object(const ast::Constant& constant) {
    return compiler::constant_object(shared_.interpreter, constant.value);
  }

  // R[target] = a constant value: LOAD_INT for an int that fits.
  void load_constant(Ref value, int target, const ast::Located* node) {
    if (value.get().is_small_int()) {
      const std::int64_t integer = value.get().as_small_int();
      if (integer >= min_signed && integer <= max_signed) {
        emit(encode_asbx(Opcode::LOAD_INT, target, static_cast<int>(integer)));
        return;
      }
    }
    emit(encode_abx(Opcode::LOAD_CONST, target, add_constant(std::move(value), node)));
  }

  void compile_constant(const ast::Constant& constant, int target) {
    Ref value = constant_object(constant);
    if (!value) unsupported(&constant, "this kind of constant");
    load_constant(std::move(value), target, &constant);
  }

  void compile_value(ast::Expr* expression, int target) {
    switch (expression->kind) {
      case ast::NodeKind::Constant:
        compile_constant(*static_cast<ast::Constant*>(expression), target);
        return;
      case ast::NodeKind::Name: {
        auto* name = static_cast<ast::Name*>(expression);
        load_name(name->id, target, name);
        return;
      }
      case ast::NodeKind::Lambda: {
        auto* lambda = static_cast<ast::Lambda*>(expression);
        const Scope* scope = shared_.table.scope_of(lambda);
        check_parameters(lambda->args, lambda);
        ScopeCompiler inner(shared_, *scope, nested_qualname("<lambda>"), lambda->lineno, private_);
        make_function(lambda, lambda->args, inner.compile_lambda_body(lambda->body), target);
        return;
      }
      case ast::NodeKind::BinOp: {
        auto* binary = static_cast<ast::BinOp*>(expression);
        if (Ref folded = fold_constant(expression)) {
          load_constant(std::move(folded), target, expression);
          return;
        }
        const int left = compile_operand(binary->left);
        const int right = compile_operand(binary->right);
        at(expression);
        emit(encode_abc(binary_opcode(binary->op, false, binary), target, left, right));
        return;
      }
      case ast::NodeKind::UnaryOp: {
        auto* unary = static_cast<ast::UnaryOp*>(expression);
        static constexpr Opcode opcodes[] = {Opcode::INVERT, Opcode::NOT, Opcode::POSITIVE, Opcode::NEGATE};
        if (Ref folded = fold_constant(expression)) {
          load_constant(std::move(folded), target, expression);
          return;
        }
        const int operand = compile_operand(unary->operand);
        emit(encode_abc(opcodes[static_cast<int>(unary->op)], target, operand, 0));
        return;
      }
      case ast::NodeKind::Compare: {
        // a < b < c: each operand evaluated once, stopping at the first false.
        auto* comparison = static_cast<ast::Compare*>(expression);
        check_identity_operands(*comparison);
        int left = compile_operand(comparison->left);
        std::vector<std::size_t> exits;
        for (std::uint32_t i = 0; i < comparison->ops.size(); ++i) {
          const int right = compile_operand(comparison->comparators[i]);
          emit(encode_abc(compare_opcode(comparison->ops[i], comparison), target, left, right));
          if (i + 1 < comparison->ops.size()) exits.push_back(emit(encode_asbx(Opcode::JUMP_IF_FALSE, target, 0)));
          left = right;
        }
        for (std::size_t exit : exits) patch(exit, here(), comparison);
        return;
      }
      case ast::NodeKind::BoolOp: {
        auto* boolean = static_cast<ast::BoolOp*>(expression);
        const Opcode jump = boolean->op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE : Opcode::JUMP_IF_TRUE;
        std::vector<std::size_t> exits;
        for (std::uint32_t i = 0; i < boolean->values.size(); ++i) {
          compile_into(boolean->values[i], target);
          if (i + 1 < boolean->values.size()) exits.push_back(emit(encode_asbx(jump, target, 0)));
        }
        for (std::size_t exit : exits) patch(exit, here(), boolean);
        return;
      }
      case ast::NodeKind::IfExp: {
        auto* conditional = static_cast<ast::IfExp*>(expression);
        const Jumps to_else = compile_condition_jump(conditional->test);
        compile_into(conditional->body, target);
        const std::size_t to_end = emit_jump();
        patch_all(to_else, here(), conditional);
        compile_into(conditional->orelse, target);
        patch(to_end, here(), conditional);
        return;
      }
      case ast::NodeKind::Call:
        compile_call(*static_cast<ast::Call*>(expression), target);
        return;
      case ast::NodeKind::Attribute: {
        auto* attribute = static_cast<ast::Attribute*>(expression);
        const int object = compile_operand(attribute->value);
        at(expression);
        emit_cached(Opcode::LOAD_ATTR, target, object, attribute->attr, attribute);
        return;
      }
      case ast::NodeKind::Dict:
        compile_dict(*static_cast<ast::Dict*>(expression), target);
        return;
      case ast::NodeKind::Tuple:
        compile_display(static_cast<ast::Tuple*>(expression)->elts, Display::Tuple, target, expression);
        return;
      case ast::NodeKind::List:
        compile_display(static_cast<ast::List*>(expression)->elts, Display::List, target, expression);
        return;
      case ast::NodeKind::Set:
        compile_display(static_cast<ast::Set*>(expression)->elts, Display::Set, target, expression);
        return;
      case ast::NodeKind::Yield: {
        if (scope_.kind != ScopeKind::Function) fail(expression, "SyntaxError", "'yield' outside function");
        ast::Expr* value = static_cast<ast::Yield*>(expression)->value;
        if (value)
          compile_into(value, target);
        else
          emit(encode_abx(Opcode::LOAD_CONST, target, add_constant(shared_.interpreter.new_none(), expression)));
        emit(encode_abc(Opcode::YIELD, target, last_live_register(target), 0));
        break;
      }
      case ast::NodeKind::YieldFrom:
        if (scope_.kind != ScopeKind::Function) fail(expression, "SyntaxError", "'yield' outside function");
        compile_delegation(Opcode::GET_YIELD_FROM_ITER, static_cast<ast::YieldFrom*>(expression)->value, target);
        break;
      case ast::NodeKind::Await:
        // CPython's compiler_visit_expr: a comprehension checks its own.
        if (scope_.kind != ScopeKind::Function) fail(expression, "SyntaxError", "'await' outside function");
        if (scope_.comprehension == Comprehension::None &&
            !(scope_.node && scope_.node->kind == ast::NodeKind::AsyncFunctionDef))
          fail(expression, "SyntaxError", "'await' outside async function");
        compile_delegation(Opcode::GET_AWAITABLE, static_cast<ast::Await*>(expression)->value, target);
        break;
      case ast::NodeKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript*>(expression);
        check_subscript(*subscript);
        const int container = compile_operand(subscript->value);
        const int key = compile_operand(subscript->slice);
        at(expression);
        emit(encode_abc(Opcode::GET_ITEM, target, container, key));
        return;
      }
      case ast::NodeKind::ListComp:
      case ast::NodeKind::SetComp:
      case ast::NodeKind::DictComp:
      case ast::NodeKind::GeneratorExp:
        compile_comprehension(expression, target);
        return;
      case ast::NodeKind::NamedExpr: {
        auto* named = static_cast<ast::NamedExpr*>(expression);
        compile_into(named->value, target);
        store_name(static_cast<ast::Name*>(named->target)->id, target, named->target);
        return;
      }
      case ast::NodeKind::Starred: fail(expression, "SyntaxError", "can't use starred expression here");
      case ast::NodeKind::Slice:  // only in a subscript, alone or in a tuple (x[1:2, 3])
        compile_slice(*static_cast<ast::Slice*>(expression), target);
        return;
      case ast::NodeKind::JoinedStr:
        compile_fstring(*static_cast<ast::JoinedStr*>(expression), target);
        return;
      case ast::NodeKind::FormattedValue:
        compile_formatted_value(*static_cast<ast::FormattedValue*>(expression), target);
        return;
      default:
        unsupported(expression, "the expression " + std::string(ast::node_kind_name(expression->kind)));
    }
  }

  // One `for` of a comprehension (the first iterates `.0`), its `if`s
  // (a false one continues the loop), then the next `for` or the element.
  // An `async for` awaits __anext__() until StopAsyncIteration.
  template <typename Element>
  void compile_comprehension_loop(const ast::Located* node, const ast::Seq<ast::Comprehension*>& generators,
                                  std::uint32_t index, const Element& element) {
    const ast::Comprehension& generator = *generators[index];
    const int saved_top = next_register_;
    int iterator = local_register(".0");
    if (index > 0) {
      const int iterable = compile_operand(generator.iter);
      iterator = push_temporary(generator.iter);
      at(node);
      emit(encode_abc(generator.is_async ? Opcode::GET_AITER : Opcode::GET_ITER, iterator, iterable, 0));
    }
    // A local name receives the item directly; other targets from a temporary.
    auto* name = ast::as<ast::Name>(generator.target);
    const int local = name ? local_register(name->id) : -1;
    const int item = local >= 0 ? local : push_temporary(generator.target);
    at(node);
    std::size_t head = 0, to_end = 0;
    int handler = -1, caught = -1;
    if (generator.is_async) {
      const int awaitable = push_temporary(node);
      caught = push_temporary(node);
      handler = new_handler(caught);
      head = here();
      push_handler(handler);
      emit(encode_abc(Opcode::GET_ANEXT, awaitable, iterator, 0));
      emit_yield_from(awaitable, item, node);
      pop_handler();
    } else {
      head = emit(encode_abc(Opcode::FOR_ITER, iterator, item, 0));
      to_end = emit_jump();
    }
    if (local < 0) compile_store(generator.target, item);
    for (ast::Expr* test : generator.ifs) patch_all(compile_condition_jump(test), head, test);
    if (index + 1 < generators.size()) {
      compile_comprehension_loop(node, generators, index + 1, element);
    } else {
      element();
    }
    at(node);
    emit_jump_to(head, generator.target);
    if (generator.is_async) {
      place_handler(handler);
      emit(encode_abc(Opcode::END_ASYNC_FOR, caught, 0, 0));
    } else {
      patch(to_end, here(), generator.target);
    }
    next_register_ = saved_top;
  }

  // A comprehension: its function made and called at once on the iterator
  // of the outermost iterable, which is evaluated here.
  void compile_comprehension(ast::Expr* node, int target) {
    const ast::Seq<ast::Comprehension*>* generators = nullptr;
    ast::Expr* element = nullptr;
    ast::Expr* value = nullptr;
    const char* name = nullptr;
    switch (node->kind) {
      case ast::NodeKind::ListComp:
        generators = &static_cast<ast::ListComp*>(node)->generators;
        element = static_cast<ast::ListComp*>(node)->elt;
        name = "<listcomp>";
        break;
      case ast::NodeKind::SetComp:
        generators = &static_cast<ast::SetComp*>(node)->generators;
        element = static_cast<ast::SetComp*>(node)->elt;
        name = "<setcomp>";
        break;
      case ast::NodeKind::DictComp:
        generators = &static_cast<ast::DictComp*>(node)->generators;
        element = static_cast<ast::DictComp*>(node)->key;
        value = static_cast<ast::DictComp*>(node)->value;
        name = "<dictcomp>";
        break;
      default:
        generators = &static_cast<ast::GeneratorExp*>(node)->generators;
        element = static_cast<ast::GeneratorExp*>(node)->elt;
        name = "<genexpr>";
        break;
    }
    const Scope* scope = shared_.table.scope_of(node);
    // An `async for` or `await` makes a list, set or dict comprehension a
    // coroutine, awaited here, which only an async function (or another
    // comprehension) may do.
    const bool awaited = scope->coroutine && node->kind != ast::NodeKind::GeneratorExp;
    const bool in_async_function = scope_.coroutine && scope_.node && scope_.node->kind == ast::NodeKind::AsyncFunctionDef;
    if (awaited && !in_async_function && scope_.comprehension == Comprehension::None)
      fail(node, "SyntaxError", "asynchronous comprehension outside of an asynchronous function");
    ScopeCompiler inner(shared_, *scope, nested_qualname(name), node->lineno, private_);
    Ref code = inner.compile_comprehension_body(node, *generators, element, value);
    const bool target_on_top = target == next_register_ - 1 && !is_local_register(target);
    const int base = target_on_top ? target : push_temporary(node);
    make_function(node, nullptr, std::move(code), base);
    const int iterator = push_temporary(node);
    ast::Expr* iterable = (*generators)[0]->iter;
    compile_into(iterable, iterator);
    at(node);
    emit(encode_abc((*generators)[0]->is_async ? Opcode::GET_AITER : Opcode::GET_ITER, iterator, iterator, 0));
    emit(encode_abc(Opcode::CALL, base, 1, 0));
    if (awaited) emit_await(base, node);
    if (target != base) emit(encode_abc(Opcode::MOVE, target, base, 0));
  }

  // An f-string: its parts (str constants and formatted values) in
  // consecutive registers, joined by BUILD_STRING; a part alone is the
  // value. Very many parts are joined a chunk at a time onto the first
  // register.
  void compile_fstring(const ast::JoinedStr& joined, int target) {
    constexpr std::uint32_t chunk = 32;
    const std::uint32_t count = joined.values.size();
    if (count == 1) {
      compile_into(joined.values[0], target);
      return;
    }
    const int base = next_register_;
    std::uint32_t done = 0;
    do {
      const std::uint32_t end = std::min(count, done + chunk);
      next_register_ = done == 0 ? base : base + 1;  // after the chunks joined so far
      for (std::uint32_t i = done; i < end; ++i) compile_into(joined.values[i], push_temporary(joined.values[i]));
      at(&joined);
      const int joined_count = static_cast<int>(end - done) + (done == 0 ? 0 : 1);
      emit(encode_abc(Opcode::BUILD_STRING, end == count ? target : base, base, joined_count));
      done = end;
    } while (done < count);
  }

  // {value!conversion:spec}: the value, then the spec, then the conversion
  // and the formatting (CPython's FORMAT_VALUE).
  void compile_formatted_value(const ast::FormattedValue& formatted, int target) {
    int value = compile_operand(formatted.value);
    const int spec = formatted.format_spec ? compile_operand(formatted.format_spec) : -1;
    at(&formatted);
    if (formatted.conversion != -1) {
      const int converted = push_temporary(&formatted);
      const int kind = formatted.conversion == 's' ? 1 : formatted.conversion == 'r' ? 2 : 3;
      emit(encode_abc(Opcode::CONVERT_VALUE, converted, value, kind));
      value = converted;
    }
    if (spec >= 0) {
      emit(encode_abc(Opcode::FORMAT_WITH_SPEC, target, value, spec));
    } else {
      emit(encode_abc(Opcode::FORMAT_VALUE, target, value, 0));
    }
  }

  // A call. The callee (for obj.name(...), the method and obj) and the
  // arguments go to consecutive registers at the top (starting at the target
  // when it is the top temporary). Starred and ** arguments collect into a
  // list and a dict for CALL_EX.
  // `yield from value` / `await value`: the sub-iterator runs to its end,
  // its return value landing in R[target].
  void compile_delegation(Opcode get_iterator, ast::Expr* value, int target) {
    const int saved_top = next_register_;
    const int operand = compile_operand(value);
    emit_delegation(get_iterator, operand, target, value);
    next_register_ = saved_top;
  }
  void emit_delegation(Opcode get_iterator, int operand, int target, const ast::Located* node) {
    const int sub = push_temporary(node);
    emit(encode_abc(get_iterator, sub, operand, 0));
    emit_yield_from(sub, target, node);
    --next_register_;
  }
  // The highest register holding a value across a suspension that resumes
  // into `resumed`: the variables and the temporaries in use (those above
  // are dead, and the generator keeps none of them).
  int last_live_register(int resumed) const { return std::max(next_register_, resumed + 1) - 1; }

  // R[target] = the return value of the sub-iterator R[sub], run to its end.
  void emit_yield_from(int sub, int target, const ast::Located* node) {
    emit(encode_abx(Opcode::LOAD_CONST, target, add_constant(shared_.interpreter.new_none(), node)));
    emit(encode_abc(Opcode::YIELD_FROM, sub, target, last_live_register(std::max(sub, target))));
    emit(encode_abc(Opcode::CLEAR, sub, 0, 0));
  }
  // R[value] = await R[value].
  void emit_await(int value, const ast::Located* node) { emit_delegation(Opcode::GET_AWAITABLE, value, value, node); }

  void compile_call(const ast::Call& call, int target) {
    check_keywords(call.keywords, &call);
    check_callee(call.func);
    const std::size_t argument_count = call.args.size() + call.keywords.size();
    // Arguments that would not fit the registers go through a list and a
    // dict, as CPython's CALL_FUNCTION_EX for many arguments.
    const bool dynamic = has_unpacking(call.args, call.keywords) ||
                         static_cast<std::size_t>(next_register_) + argument_count + 2 > static_cast<std::size_t>(max_register);
    const bool target_on_top = target == next_register_ - 1 && !is_local_register(target);
    const int base = target_on_top ? target : push_temporary(&call);
    auto* method = ast::as<ast::Attribute>(call.func);
    if (method && !dynamic) {
      push_temporary(&call);  // self
      const int object = compile_operand(method->value);
      position_ = method_position(method, method);
      emit_cached(Opcode::LOAD_METHOD, base, object, method->attr, method);
      next_register_ = base + 2;
    } else {
      compile_into(call.func, base);
    }
    if (dynamic) {
      const int list = push_temporary(&call);
      push_temporary(&call);  // the keyword dict
      if (call.args.size() == 1 && call.args[0]->kind == ast::NodeKind::Starred) {
        // f(*x) passes x itself; CALL_EX checks it is iterable.
        compile_into(static_cast<ast::Starred*>(call.args[0])->value, list);
        compile_dynamic_arguments({}, call.keywords, list);
      } else {
        emit(encode_abc(Opcode::BUILD_LIST, list, list, 0));
        compile_dynamic_arguments(call.args, call.keywords, list);
      }
      at(&call);
      emit(encode_abc(Opcode::CALL_EX, base, call.keywords.empty() ? 0 : 1, 0));
    } else {
      for (ast::Expr* argument : call.args) compile_into(argument, push_temporary(argument));
      std::vector<Value> names;
      for (ast::Keyword* keyword : call.keywords) {
        compile_into(keyword->value, push_temporary(keyword->value));
        names.push_back(shared_.interpreter.intern(keyword->arg));
      }
      position_ = method ? method_position(&call, method) : position_of(&call);
      const int count = static_cast<int>(argument_count);
      if (names.empty()) {
        emit(encode_abc(method ? Opcode::CALL_METHOD : Opcode::CALL, base, count, 0));
      } else {
        emit_with_constant(method ? Opcode::CALL_METHOD_KW : Opcode::CALL_KW, base, count,
                           runtime::new_tuple(shared_.interpreter, names), &call);
      }
    }
    if (target != base) emit(encode_abc(Opcode::MOVE, target, base, 0));
  }

  // f(*a, b, **k, c=1): the positional arguments appended to the list in
  // R[list] (built by the caller), the keyword dict into R[list+1] (left
  // unbound when there are no keywords).
  void compile_dynamic_arguments(const ast::Seq<ast::Expr*>& arguments, const ast::Seq<ast::Keyword*>& keywords, int list) {
    const int dict = list + 1;
    for (ast::Expr* argument : arguments) {
      const int saved_top = next_register_;
      if (auto* star = ast::as<ast::Starred>(argument)) {
        const int value = compile_operand(star->value);
        emit(encode_abc(Opcode::LIST_EXTEND, list, value, 0));
      } else {
        emit(encode_abc(Opcode::LIST_APPEND, list, compile_operand(argument), 0));
      }
      next_register_ = saved_top;
    }
    if (keywords.empty()) return;
    emit(encode_abc(Opcode::BUILD_MAP, dict, dict, 0));
    for (ast::Keyword* keyword : keywords) {
      const int saved_top = next_register_;
      const int value = compile_operand(keyword->value);
      if (keyword->arg.data() != nullptr) {
        const int pair = push_temporary(keyword);
        const int key = push_temporary(keyword);
        emit(encode_abx(Opcode::LOAD_CONST, key, add_constant(Ref::borrow(shared_.interpreter.intern(keyword->arg)), keyword)));
        emit(encode_abc(Opcode::MOVE, key + 1 < next_register_ ? key + 1 : push_temporary(keyword), value, 0));
        emit(encode_abc(Opcode::BUILD_MAP, pair, key, 1));
        emit(encode_abc(Opcode::DICT_MERGE, dict, pair, 0));
      } else {
        emit(encode_abc(Opcode::DICT_MERGE, dict, value, 0));
      }
      next_register_ = saved_top;
    }
  }

  // Whether a call's arguments need CALL_EX: a *iterable or a **mapping.
  static bool has_unpacking(const ast::Seq<ast::Expr*>& arguments, const ast::Seq<ast::Keyword*>& keywords) {
    for (ast::Expr* argument : arguments)
      if (argument->kind == ast::NodeKind::Starred) return true;
    for (ast::Keyword* keyword : keywords)
      if (keyword->arg.data() == nullptr) return true;
    return false;
  }

  // {k: v, **m}: pairs in consecutive registers for one BUILD_MAP, or one
  // at a time into the dict when ** appears or there are many.
  void compile_dict(const ast::Dict& dict, int target) {
    constexpr std::uint32_t max_built_at_once = 16;
    bool unpacking = false;
    for (ast::Expr* key : dict.keys) unpacking = unpacking || key == nullptr;
    if (!unpacking && dict.keys.size() <= max_built_at_once) {
      const int base = next_register_;
      for (std::uint32_t i = 0; i < dict.keys.size(); ++i) {
        compile_into(dict.keys[i], push_temporary(dict.keys[i]));
        compile_into(dict.values[i], push_temporary(dict.values[i]));
      }
      at(&dict);
      emit(encode_abc(Opcode::BUILD_MAP, target, base, static_cast<int>(dict.keys.size())));
      return;
    }
    const int result = push_temporary(&dict);
    emit(encode_abc(Opcode::BUILD_MAP, result, result, 0));
    for (std::uint32_t i = 0; i < dict.keys.size(); ++i) {
      const int saved_top = next_register_;
      if (!dict.keys[i]) {
        emit(encode_abc(Opcode::DICT_UPDATE, result, compile_operand(dict.values[i]), 0));
      } else {
        const int key = compile_operand(dict.keys[i]);
        const int value = compile_operand(dict.values[i]);
        emit(encode_abc(Opcode::SET_ITEM, result, key, value));
      }
      next_register_ = saved_top;
    }
    emit(encode_abc(Opcode::MOVE, target, result, 0));
  }

  enum class Display { Tuple, List, Set };

  // A tuple, list or set display, as CPython's starunpack_helper compiles
  // it. Three or more constants extend an empty list or set from one
  // constant, a tuple or a frozenset (whose order decides the set's).
  // Otherwise the items before the
  // first starred one go to consecutive temporaries for one BUILD (so an
  // unhashable item is found only after they are all evaluated), and the
  // rest are added one at a time; very many items are all added one at a time.
  void compile_display(const ast::Seq<ast::Expr*>& items, Display kind, int target, const ast::Located* node) {
    constexpr std::uint32_t max_built_at_once = 32;
    const Opcode build = kind == Display::Set ? Opcode::BUILD_SET : Opcode::BUILD_LIST;
    const Opcode extend = kind == Display::Set ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND;
    if (kind == Display::Tuple) {
      if (Ref folded = fold_items(items)) {
        load_constant(std::move(folded), target, node);
        return;
      }
    } else if (items.size() > 2) {
      if (Ref folded = fold_items(items)) {
        if (kind == Display::Set) folded = runtime::new_frozenset(shared_.interpreter, folded.get());
        const int result = push_temporary(node);
        const int constant = push_temporary(node);
        at(node);
        emit(encode_abc(build, result, result, 0));
        emit(encode_abx(Opcode::LOAD_CONST, constant, add_constant(std::move(folded), node)));
        emit(encode_abc(extend, result, constant, 0));
        emit(encode_abc(Opcode::MOVE, target, result, 0));
        return;
      }
    }
    std::uint32_t star = 0;
    while (star < items.size() && items[star]->kind != ast::NodeKind::Starred) ++star;
    const bool big = items.size() > max_built_at_once;
    if (star == items.size() && !big) {
      const int base = next_register_;
      for (ast::Expr* item : items) compile_into(item, push_temporary(item));
      at(node);
      emit(encode_abc(kind == Display::Tuple ? Opcode::BUILD_TUPLE : build, target, base, static_cast<int>(items.size())));
      return;
    }
    // Built aside: a local target may still be read by a later item.
    const int result = push_temporary(node);
    const std::uint32_t built = big ? 0 : star;
    const int base = next_register_;
    for (std::uint32_t i = 0; i < built; ++i) compile_into(items[i], push_temporary(items[i]));
    at(node);
    emit(encode_abc(build, result, base, static_cast<int>(built)));
    next_register_ = base;
    for (std::uint32_t i = built; i < items.size(); ++i) {
      if (auto* starred = ast::as<ast::Starred>(items[i])) {
        const int value = compile_operand(starred->value);
        emit(encode_abc(extend, result, value, 0));
      } else {
        const int value = compile_operand(items[i]);
        emit(encode_abc(kind == Display::Set ? Opcode::SET_ADD : Opcode::LIST_APPEND, result, value, 0));
      }
      next_register_ = base;
    }
    emit(encode_abc(kind == Display::Tuple ? Opcode::LIST_TO_TUPLE : Opcode::MOVE, target, result, 0));
  }

  // --- constant folding (CPython's AST optimizer, in part) ----------------
  // The value of a constant expression: a literal, a sign or ~ applied to a
  // number, or a tuple of constants; null when the expression is not one.
  Ref fold_constant(ast::Expr* expression) {
    runtime::Interpreter& interpreter = shared_.interpreter;
    switch (expression->kind) {
      case ast::NodeKind::Constant: return constant_object(*static_cast<ast::Constant*>(expression));
      case ast::NodeKind::UnaryOp: {
        auto* unary = static_cast<ast::UnaryOp*>(expression);
        Ref operand = fold_constant(unary->operand);
        if (!operand) return Ref();
        Ref folded;
        if (unary->op == ast::UnaryOpKind::Not) {
          const int truth = runtime::truth(interpreter, operand.get());
          if (truth >= 0) folded = interpreter.new_boolean(!truth);
        } else {
          static constexpr runtime::UnaryOperator operators[] = {
              runtime::UnaryOperator::Invert, runtime::UnaryOperator::Invert, runtime::UnaryOperator::Positive,
              runtime::UnaryOperator::Negative};
          folded = runtime::unary_operation(interpreter, operators[static_cast<int>(unary->op)], operand.get());
        }
        if (!folded) Ref discarded = interpreter.take_exception();  // ~1.5: left to fail at run time
        return folded;
      }
      case ast::NodeKind::Tuple: return fold_items(static_cast<ast::Tuple*>(expression)->elts);
      case ast::NodeKind::BinOp: {
        auto* binary = static_cast<ast::BinOp*>(expression);
        Ref left = fold_constant(binary->left);
        Ref right = left ? fold_constant(binary->right) : Ref();
        if (!right) return Ref();
        return fold_binary(binary->op, left.get(), right.get());
      }
      default: return Ref();
    }
  }

  // left op right on constants, within CPython's limits (ast_opt.c): ints of
  // at most 128 bits from *, ** and <<, repeated strs and bytes of at most
  // 4096 items and tuples of 256, no str or bytes %; errors stay for run time.
  Ref fold_binary(ast::OperatorKind op, Value left, Value right) {
    runtime::Interpreter& interpreter = shared_.interpreter;
    constexpr std::int64_t max_int_bits = 128, max_collection = 256, max_str = 4096;
    auto is_int = [&](Value value) { return runtime::is_subtype(runtime::type_of(interpreter, value), interpreter.int_type); };
    auto bits = [&](Value value) -> std::int64_t {
      Ref length = runtime::call_method(interpreter, value, interpreter.intern("bit_length"), nullptr, 0);
      std::int64_t out = 0;
      return length && runtime::int_to_int64(interpreter, length.get(), out) ? out : max_int_bits + 1;
    };
    auto small = [&](Value value, std::int64_t& out) { return is_int(value) && runtime::int_to_int64(interpreter, value, out); };
    auto length_of = [&](Value value) -> std::int64_t {
      const runtime::Type* type = runtime::type_of(interpreter, value);
      if (type == interpreter.tuple_type || type == interpreter.frozenset_type) return -max_collection - 1;
      if (type == interpreter.str_type || type == interpreter.bytes_type) return max_str;
      return 0;
    };
    // The bound a sequence times n must keep: positive for strs/bytes, negative for tuples.
    auto repeat_fits = [&](Value sequence, Value count) {
      const std::int64_t bound = length_of(sequence);
      if (bound == 0) return true;
      std::int64_t n = 0;
      if (!small(count, n)) return false;
      Ref size_value = runtime::length(interpreter, sequence);
      std::int64_t size = 0;
      if (!size_value || !runtime::int_to_int64(interpreter, size_value.get(), size)) return false;
      const std::int64_t limit = bound > 0 ? bound : -bound - 1;
      return size == 0 || (n >= 0 && n <= limit / size);
    };
    runtime::BinaryOperator operation = runtime::BinaryOperator::ADD;
    switch (op) {
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast_kind) \
  case ast::OperatorKind::ast_kind: operation = runtime::BinaryOperator::Name; break;
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
      default: return Ref();  // @
    }
    const runtime::Type* left_type = runtime::type_of(interpreter, left);
    std::int64_t amount = 0;
    switch (operation) {
      case runtime::BinaryOperator::MULTIPLY:
        if (is_int(left) && is_int(right)) {
          if (runtime::truth(interpreter, left) && runtime::truth(interpreter, right) && bits(left) + bits(right) > max_int_bits)
            return Ref();
        } else if (!(is_int(left) ? repeat_fits(right, left) : repeat_fits(left, right))) {
          return Ref();
        }
        break;
      case runtime::BinaryOperator::REMAINDER:
        if (left_type == interpreter.str_type || left_type == interpreter.bytes_type) return Ref();
        break;
      case runtime::BinaryOperator::POWER:
        if (is_int(left) && is_int(right) && runtime::truth(interpreter, left) && small(right, amount) && amount > 0 &&
            bits(left) > max_int_bits / amount)
          return Ref();
        break;
      case runtime::BinaryOperator::LEFT_SHIFT:
        if (is_int(left) && is_int(right) && runtime::truth(interpreter, left) && runtime::truth(interpreter, right) &&
            (!small(right, amount) || amount < 0 || amount > max_int_bits || bits(left) > max_int_bits - amount))
          return Ref();
        break;
      default: break;
    }
    Ref result = runtime::binary_operation(interpreter, operation, left, right, false);
    if (!result) Ref discarded = interpreter.take_exception();  // 1/0 and the like fail at run time
    return result;
  }

  // A tuple of the items' constant values, or null unless all are constant.
  Ref fold_items(const ast::Seq<ast::Expr*>& items) {
    std::vector<Ref> values;
    for (ast::Expr* item : items) {
      values.push_back(fold_constant(item));
      if (!values.back()) return Ref();
    }
    std::vector<Value> borrowed;
    for (const Ref& value : values) borrowed.push_back(value.get());
    return runtime::new_tuple(shared_.interpreter, borrowed);
  }

  // The register holding a subscript's key: an expression, or a slice built
  // from its bounds (None where omitted).
  // R[target] = slice(lower, upper[, step]), the bounds None when left out.
  void compile_slice(const ast::Slice& slice, int target) {
    const int base = next_register_;
    const int count = slice.step ? 3 : 2;
    ast::Expr* const bounds[] = {slice.lower, slice.upper, slice.step};
    for (int i = 0; i < count; ++i) {
      ast::Expr* bound = bounds[i];
      const int bound_register = push_temporary(&slice);
      if (bound) {
        compile_into(bound, bound_register);
      } else {
        emit(encode_abx(Opcode::LOAD_CONST, bound_register, add_constant(shared_.interpreter.new_none(), &slice)));
      }
    }
    at(&slice);
    emit(encode_abc(Opcode::BUILD_SLICE, target, base, count));
    next_register_ = base;
  }

  // Evaluates a condition and emits the jumps taken when it is false (to
  // patch together). Comparisons test and jump without making a bool, `and`
  // chains its operands' jumps, and a true constant needs no jump at all.
  using Jumps = std::vector<std::size_t>;
  Jumps compile_condition_jump(ast::Expr* test) {
    const int saved_top = next_register_;
    Jumps jumps;
    if (auto* constant = ast::as<ast::Constant>(test); constant && constant_is_true(*constant)) return jumps;
    if (auto* boolean = ast::as<ast::BoolOp>(test); boolean && boolean->op == ast::BoolOpKind::And) {
      for (ast::Expr* value : boolean->values) {
        Jumps inner = compile_condition_jump(value);
        jumps.insert(jumps.end(), inner.begin(), inner.end());
      }
      return jumps;
    }
    auto* comparison = ast::as<ast::Compare>(test);
    if (comparison) check_identity_operands(*comparison);
    if (comparison && std::all_of(comparison->ops.begin(), comparison->ops.end(),
                                  [](ast::CmpOpKind op) { return test_opcode(op) != Opcode::NOP; })) {
      int left = compile_operand(comparison->left);
      for (std::uint32_t i = 0; i < comparison->ops.size(); ++i) {
        const int right = compile_operand(comparison->comparators[i]);
        at(comparison);
        emit(encode_abc(test_opcode(comparison->ops[i]), left, right, 0));
        jumps.push_back(emit_jump());
        left = right;
      }
      next_register_ = saved_top;
      return jumps;
    }
    const int value = compile_operand(test);
    next_register_ = saved_top;
    jumps.push_back(emit(encode_asbx(Opcode::JUMP_IF_FALSE, value, 0)));
    return jumps;
  }

  void patch_all(const Jumps& jumps, std::size_t target, const ast::Located* node) {
    for (std::size_t jump : jumps) patch(jump, target, node);
  }

  static bool constant_is_true(const ast::Constant& constant) {
    return constant.value.tag == ast::ConstantValue::Tag::True;
  }

  // --- statements ----------------------------------------------------------
  // CPython's forbidden_name: __debug__ is never bound or deleted.
  static void check_bindable(std::string_view name, const ast::Located* node, bool deleting = false) {
    if (name == "__debug__") fail(node, "SyntaxError", deleting ? "cannot delete __debug__" : "cannot assign to __debug__");
  }

  // CPython's validate_keywords: no __debug__= and no keyword twice.
  static void check_keywords(const ast::Seq<ast::Keyword*>& keywords, const ast::Located* node) {
    for (std::uint32_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i]->arg.data() == nullptr) continue;
      check_bindable(keywords[i]->arg, node);
      for (std::uint32_t j = i + 1; j < keywords.size(); ++j)
        if (keywords[j]->arg.data() != nullptr && keywords[j]->arg == keywords[i]->arg)
          fail(keywords[j], "SyntaxError", "keyword argument repeated: " + std::string(keywords[i]->arg));
    }
  }

  // CPython's compiler_check_debug_args: no parameter named __debug__.
  static void check_parameters(const ast::Arguments* arguments, const ast::Located* node) {
    if (!arguments) return;
    for (const ast::Seq<ast::Arg*>* group : {&arguments->posonlyargs, &arguments->args, &arguments->kwonlyargs})
      for (const ast::Arg* argument : *group) check_bindable(argument->arg, node);
    for (const ast::Arg* argument : {arguments->vararg, arguments->kwarg})
      if (argument) check_bindable(argument->arg, node);
  }

  void store_name(std::string_view name, int source, const ast::Located* node) {
    check_bindable(name, node);
    if (in_namespace(name)) {
      emit(encode_abx(Opcode::STORE_NAME, source, name_index(name, node)));
      return;
    }
    const int local = local_register(name);
    const int deref = local >= 0 ? -1 : deref_register(name);
    if (local >= 0) {
      if (local != source) emit(encode_abc(Opcode::MOVE, local, source, 0));
    } else if (deref >= 0) {
      emit(encode_abc(Opcode::STORE_DEREF, deref, source, 0));
    } else {
      emit(encode_abx(Opcode::STORE_GLOBAL, source, name_index(name, node)));
    }
  }

  // Stores the value in register `source` to an assignment target: a name,
  // a subscript, or a tuple/list of targets (unpacked, one starred allowed).
  void compile_store(ast::Expr* target, int source) {
    const int saved_top = next_register_;
    const SourcePosition saved_position = position_;
    at(target);
    switch (target->kind) {
      case ast::NodeKind::Name: store_name(static_cast<ast::Name*>(target)->id, source, target); break;
      case ast::NodeKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript*>(target);
        const int container = compile_operand(subscript->value);
        const int key = compile_operand(subscript->slice);
        at(target);
        emit(encode_abc(Opcode::SET_ITEM, container, key, source));
        break;
      }
      case ast::NodeKind::Attribute: {
        auto* attribute = static_cast<ast::Attribute*>(target);
        check_bindable(attribute->attr, target);
        const int object = compile_operand(attribute->value);
        at(target);
        emit_cached(Opcode::STORE_ATTR, object, source, attribute->attr, attribute);
        break;
      }
      case ast::NodeKind::Tuple: compile_unpack(static_cast<ast::Tuple*>(target)->elts, source, target); break;
      case ast::NodeKind::List: compile_unpack(static_cast<ast::List*>(target)->elts, source, target); break;
      case ast::NodeKind::Starred: fail(target, "SyntaxError", "starred assignment target must be in a list or tuple");
      default: unsupported(target, "assignment to " + std::string(ast::node_kind_name(target->kind)));
    }
    next_register_ = saved_top;
    position_ = saved_position;
  }

  void compile_unpack(const ast::Seq<ast::Expr*>& targets, int source, const ast::Located* node) {
    int star = -1;
    for (std::uint32_t i = 0; i < targets.size(); ++i) {
      if (targets[i]->kind != ast::NodeKind::Starred) continue;
      if (star >= 0) fail(targets[i], "SyntaxError", "multiple starred expressions in assignment");
      star = static_cast<int>(i);
    }
    const int count = static_cast<int>(targets.size());
    const int before = star < 0 ? count : star;
    const int after = star < 0 ? 0 : count - star - 1;
    if (before > max_register || after > max_register)
      fail(node, "SyntaxError", "too many expressions in star-unpacking assignment");
    const int base = next_register_;
    for (int i = 0; i < count; ++i) push_temporary(node);
    if (star < 0) {
      emit(encode_abc(Opcode::UNPACK_SEQUENCE, base, source, count));
    } else {
      emit(encode_abc(Opcode::MOVE, base, source, 0));
      emit(encode_abc(Opcode::UNPACK_EX, base, before, after));
    }
    for (int i = 0; i < count; ++i) {
      ast::Expr* target = targets[i];
      if (auto* starred = ast::as<ast::Starred>(target)) target = starred->value;
      compile_store(target, base + i);
    }
  }

  void delete_name(std::string_view name, const ast::Located* node) {
    check_bindable(name, node, true);
    if (in_namespace(name)) {
      emit(encode_abx(Opcode::DELETE_NAME, 0, name_index(name, node)));
      return;
    }
    const int local = local_register(name);
    const int deref = local >= 0 ? -1 : deref_register(name);
    if (local >= 0) {
      emit(encode_abc(Opcode::DELETE_FAST, local, 0, 0));
    } else if (deref >= 0) {
      emit(encode_abc(Opcode::DELETE_DEREF, deref, 0, 0));
    } else {
      emit(encode_abx(Opcode::DELETE_GLOBAL, 0, name_index(name, node)));
    }
  }

  void compile_delete(ast::Expr* target) {
    switch (target->kind) {
      case ast::NodeKind::Name:
        at(target);
        delete_name(static_cast<ast::Name*>(target)->id, target);
        return;
      case ast::NodeKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript*>(target);
        const int saved_top = next_register_;
        const int container = compile_operand(subscript->value);
        const int key = compile_operand(subscript->slice);
        at(target);
        emit(encode_abc(Opcode::DELETE_ITEM, container, key, 0));
        next_register_ = saved_top;
        return;
      }
      case ast::NodeKind::Attribute: {
        auto* attribute = static_cast<ast::Attribute*>(target);
        check_bindable(attribute->attr, target, true);
        const int saved_top = next_register_;
        const int object = compile_operand(attribute->value);
        at(target);
        emit(encode_abx(Opcode::DELETE_ATTR, object, name_index(attribute->attr, attribute)));
        next_register_ = saved_top;
        return;
      }
      case ast::NodeKind::Tuple:
        for (ast::Expr* inner : static_cast<ast::Tuple*>(target)->elts) compile_delete(inner);
        return;
      case ast::NodeKind::List:
        for (ast::Expr* inner : static_cast<ast::List*>(target)->elts) compile_delete(inner);
        return;
      default: unsupported(target, "deletion of " + std::string(ast::node_kind_name(target->kind)));
    }
  }

  // Whether a module or class body has an annotated assignment outside
  // nested functions and classes (CPython's find_ann), so that it starts
  // with SETUP_ANNOTATIONS.
  static bool has_annotations(const ast::Seq<ast::Stmt*>& body) {
    for (ast::Stmt* statement : body) {
      switch (statement->kind) {
        case ast::NodeKind::AnnAssign: return true;
        case ast::NodeKind::For:
          if (body_or_else_has_annotations<ast::For>(statement)) return true;
          break;
        case ast::NodeKind::AsyncFor:
          if (body_or_else_has_annotations<ast::AsyncFor>(statement)) return true;
          break;
        case ast::NodeKind::While:
          if (body_or_else_has_annotations<ast::While>(statement)) return true;
          break;
        case ast::NodeKind::If:
          if (body_or_else_has_annotations<ast::If>(statement)) return true;
          break;
        case ast::NodeKind::With:
          if (has_annotations(static_cast<ast::With*>(statement)->body)) return true;
          break;
        case ast::NodeKind::AsyncWith:
          if (has_annotations(static_cast<ast::AsyncWith*>(statement)->body)) return true;
          break;
        case ast::NodeKind::Try:
          if (try_has_annotations(*static_cast<ast::Try*>(statement))) return true;
          break;
        case ast::NodeKind::TryStar:
          if (try_has_annotations(*static_cast<ast::TryStar*>(statement))) return true;
          break;
        case ast::NodeKind::Match:
          for (ast::MatchCase* match_case : static_cast<ast::Match*>(statement)->cases)
            if (has_annotations(match_case->body)) return true;
          break;
        default: break;
      }
    }
    return false;
  }

  template <typename Statement>
  static bool body_or_else_has_annotations(ast::Stmt* statement) {
    auto* compound = static_cast<Statement*>(statement);
    return has_annotations(compound->body) || has_annotations(compound->orelse);
  }

  template <typename Try>
  static bool try_has_annotations(const Try& attempt) {
    for (ast::ExceptHandler* handler : attempt.handlers)
      if (has_annotations(handler->body)) return true;
    return has_annotations(attempt.body) || has_annotations(attempt.finalbody) || has_annotations(attempt.orelse);
  }

  // `target: annotation = value`: the value stored first; then in a module
  // or class body a simple name's annotation goes to __annotations__ and any
  // other target's is evaluated; a target without value has its object (and
  // subscript) evaluated. A function evaluates no annotation, nor does any
  // scope under `from __future__ import annotations` (a simple name's
  // annotation is stored as its text).
  void compile_annotated_assign(const ast::AnnAssign& assign) {
    if (auto* name = ast::as<ast::Name>(assign.target)) check_bindable(name->id, assign.value ? static_cast<const ast::Located*>(name) : &assign);
    if (assign.value) {
      auto* name = ast::as<ast::Name>(assign.target);
      const int local = name ? local_register(name->id) : -1;
      if (local >= 0) {
        compile_into(assign.value, local);
      } else {
        compile_store(assign.target, compile_operand(assign.value));
      }
    }
    const int saved_top = next_register_;
    const bool stored = scope_.kind == ScopeKind::Module || scope_.kind == ScopeKind::Class;
    switch (assign.target->kind) {
      case ast::NodeKind::Name:
        if (assign.simple && stored) {
          const int annotation = compile_annotation(assign.annotation);
          const int annotations = push_temporary(&assign);
          const int key = push_temporary(&assign);
          at(&assign);
          emit(encode_abx(Opcode::LOAD_NAME, annotations, name_index("__annotations__", &assign)));
          emit(encode_abx(Opcode::LOAD_CONST, key,
                          add_constant(Ref::borrow(shared_.interpreter.intern(mangled(static_cast<ast::Name*>(assign.target)->id))),
                                       &assign)));
          emit(encode_abc(Opcode::SET_ITEM, annotations, key, annotation));
          next_register_ = saved_top;
          return;
        }
        break;
      case ast::NodeKind::Attribute:
        if (!assign.value) compile_operand(static_cast<ast::Attribute*>(assign.target)->value);
        break;
      case ast::NodeKind::Subscript:
        if (!assign.value) {
          auto* subscript = static_cast<ast::Subscript*>(assign.target);
          compile_operand(subscript->value);
          evaluate_subscript_key(subscript->slice);
        }
        break;
      default: break;
    }
    next_register_ = saved_top;
    if (stored && !annotations_as_text()) compile_operand(assign.annotation);
    next_register_ = saved_top;
  }

  bool annotations_as_text() const { return shared_.table.future_features & future_feature::annotations; }

  // The register of an annotation's value: under `from __future__ import
  // annotations` (PEP 563) its text, else the expression evaluated.
  int compile_annotation(ast::Expr* annotation) {
    if (!annotations_as_text()) return compile_operand(annotation);
    Ref text = annotation_text(shared_.interpreter, annotation);
    if (!text) {
      Ref discarded = shared_.interpreter.take_exception();
      fail(annotation, "SystemError", "an annotation's constant has no repr");
    }
    const int value = push_temporary(annotation);
    emit(encode_abx(Opcode::LOAD_CONST, value, add_constant(std::move(text), annotation)));
    return value;
  }

  // The parts of a subscript that an annotation without value evaluates
  // (CPython's check_ann_subscr): slice bounds, each item of a tuple.
  void evaluate_subscript_key(ast::Expr* key) {
    if (auto* slice = ast::as<ast::Slice>(key)) {
      for (ast::Expr* bound : {slice->lower, slice->upper, slice->step})
        if (bound) compile_operand(bound);
    } else if (auto* tuple = ast::as<ast::Tuple>(key)) {
      for (ast::Expr* item : tuple->elts) evaluate_subscript_key(item);
    } else {
      compile_operand(key);
    }
  }

  // The elements of a tuple or list display without starred items, or null.
  static const ast::Seq<ast::Expr*>* plain_elements(ast::Expr* expression) {
    const ast::Seq<ast::Expr*>* elements = nullptr;
    if (auto* tuple = ast::as<ast::Tuple>(expression)) elements = &tuple->elts;
    if (auto* list = ast::as<ast::List>(expression)) elements = &list->elts;
    if (!elements) return nullptr;
    for (ast::Expr* element : *elements)
      if (element->kind == ast::NodeKind::Starred) return nullptr;
    return elements;
  }

  // `a, b = x, y`: the values into temporaries, then the targets in order,
  // with no tuple built and unpacked (CPython swaps on its stack instead).
  bool compile_parallel_assign(ast::Expr* target, ast::Expr* value) {
    const ast::Seq<ast::Expr*>* targets = plain_elements(target);
    const ast::Seq<ast::Expr*>* values = plain_elements(value);
    if (!targets || !values || targets->size() != values->size() || targets->size() > 16) return false;
    const int saved_top = next_register_;
    const int base = next_register_;
    for (std::uint32_t i = 0; i < values->size(); ++i) push_temporary(value);
    for (std::uint32_t i = 0; i < values->size(); ++i) compile_into((*values)[i], base + static_cast<int>(i));
    for (std::uint32_t i = 0; i < targets->size(); ++i) compile_store((*targets)[i], base + static_cast<int>(i));
    next_register_ = saved_top;
    return true;
  }

  void compile_assign(const ast::Assign& assign) {
    if (assign.targets.size() == 1) {
      if (auto* name = ast::as<ast::Name>(assign.targets[0])) {
        const int local = local_register(name->id);
        if (local >= 0) {
          compile_into(assign.value, local);
          return;
        }
      }
    }
    if (assign.targets.size() == 1 && compile_parallel_assign(assign.targets[0], assign.value)) return;
    // With several targets the value goes to a temporary: storing to the
    // first target must not change what the later ones receive.
    int value = -1;
    if (assign.targets.size() == 1) {
      value = compile_operand(assign.value);
    } else {
      value = push_temporary(assign.value);
      compile_into(assign.value, value);
    }
    for (ast::Expr* target : assign.targets) compile_store(target, value);
  }

  void compile_augmented_assign(const ast::AugAssign& assign) {
    const Opcode op = binary_opcode(assign.op, true, &assign);
    if (auto* subscript = ast::as<ast::Subscript>(assign.target)) {
      // x[k] op= v: x and k once, then read, operate, write back.
      const int container = compile_operand(subscript->value);
      const int key = compile_operand(subscript->slice);
      const int current = push_temporary(subscript);
      at(subscript);
      emit(encode_abc(Opcode::GET_ITEM, current, container, key));
      const int value = compile_operand(assign.value);
      at(&assign);
      emit(encode_abc(op, current, current, value));
      at(subscript);
      emit(encode_abc(Opcode::SET_ITEM, container, key, current));
      return;
    }
    if (auto* attribute = ast::as<ast::Attribute>(assign.target)) {
      check_bindable(attribute->attr, attribute);
      const int object = compile_operand(attribute->value);
      const int current = push_temporary(attribute);
      at(attribute);
      emit_cached(Opcode::LOAD_ATTR, current, object, attribute->attr, attribute);
      const int value = compile_operand(assign.value);
      at(&assign);
      emit(encode_abc(op, current, current, value));
      at(attribute);
      emit_cached(Opcode::STORE_ATTR, object, current, attribute->attr, attribute);
      return;
    }
    auto* name = ast::as<ast::Name>(assign.target);
    if (!name) unsupported(assign.target, "augmented assignment to " + std::string(ast::node_kind_name(assign.target->kind)));
    const int local = local_register(name->id);
    if (local >= 0) {
      code_->local_reads.push_back({static_cast<std::uint32_t>(here()), local, position_of(name)});
      const int value = compile_operand(assign.value);
      at(&assign);
      emit(encode_abc(op, local, local, value));
      return;
    }
    const int current = push_temporary(name);
    at(name);
    load_name(name->id, current, name);
    const int value = compile_operand(assign.value);
    at(&assign);
    emit(encode_abc(op, current, current, value));
    at(name);
    store_name(name->id, current, name);
  }

  void compile_while(const ast::While& loop) {
    const std::size_t head = here();
    const Jumps to_else = compile_condition_jump(loop.test);
    push_loop(head);
    compile_statements(loop.body);
    at(&loop);
    emit_jump_to(head, &loop);
    finish_loop(to_else, loop.orelse, &loop);
  }

  void compile_for(const ast::For& loop) {
    const int iterable = compile_operand(loop.iter);
    at(&loop);
    const int iterator = push_temporary(&loop);
    emit(encode_abc(Opcode::GET_ITER, iterator, iterable, 0));
    // A local name receives the item directly; other targets from a temporary.
    auto* name = ast::as<ast::Name>(loop.target);
    const int local = name ? local_register(name->id) : -1;
    const int item = local >= 0 ? local : push_temporary(loop.target);
    const std::size_t head = emit(encode_abc(Opcode::FOR_ITER, iterator, item, 0));
    const std::size_t to_else = emit_jump();
    if (local < 0) compile_store(loop.target, item);
    push_loop(head);
    compile_statements(loop.body);
    at(&loop);
    emit_jump_to(head, &loop);
    finish_loop({to_else}, loop.orelse, &loop);
  }

  // async for: items are awaited from __anext__() until it raises
  // StopAsyncIteration, which ends the loop as exhaustion does.
  void compile_async_for(const ast::AsyncFor& loop) {
    const int iterable = compile_operand(loop.iter);
    at(&loop);
    const int iterator = push_temporary(&loop);
    emit(encode_abc(Opcode::GET_AITER, iterator, iterable, 0));
    const int item = push_temporary(&loop);
    const int awaitable = push_temporary(&loop);
    const int caught = push_temporary(&loop);
    const int handler = new_handler(caught);
    const std::size_t head = here();
    push_handler(handler);
    emit(encode_abc(Opcode::GET_ANEXT, awaitable, iterator, 0));
    emit_yield_from(awaitable, item, &loop);
    pop_handler();
    compile_store(loop.target, item);
    push_loop(head);
    compile_statements(loop.body);
    at(&loop);
    emit_jump_to(head, &loop);
    place_handler(handler);
    emit(encode_abc(Opcode::END_ASYNC_FOR, caught, 0, 0));
    finish_loop({emit_jump()}, loop.orelse, &loop);
  }

  // The else clause runs when the loop ends normally; `break` skips it.
  void finish_loop(const Jumps& to_else, const ast::Seq<ast::Stmt*>& orelse, const ast::Located* node) {
    Block loop = std::move(blocks_.back());
    blocks_.pop_back();
    patch_all(to_else, here(), node);
    compile_statements(orelse);
    for (std::size_t jump : loop.breaks) patch(jump, here(), node);
  }

  void compile_if(const ast::If& statement) {
    const Jumps to_else = compile_condition_jump(statement.test);
    for (ast::Stmt* inner : statement.body) compile_statement(inner);
    if (statement.orelse.empty()) {
      patch_all(to_else, here(), &statement);
      return;
    }
    const std::size_t to_end = emit_jump();
    patch_all(to_else, here(), &statement);
    for (ast::Stmt* inner : statement.orelse) compile_statement(inner);
    patch(to_end, here(), &statement);
  }

  // Decorators are evaluated before the definition and applied after it,
  // innermost first.
  std::vector<int> compile_decorators(const ast::Seq<ast::Expr*>& decorators) {
    std::vector<int> registers;
    for (ast::Expr* decorator : decorators) {
      const int slot = push_temporary(decorator);
      compile_into(decorator, slot);
      registers.push_back(slot);
    }
    return registers;
  }

  // Each call has its decorator's position.
  void apply_decorators(const std::vector<int>& decorators, const ast::Seq<ast::Expr*>& nodes, int value,
                        const ast::Located* node) {
    for (auto decorator = decorators.rbegin(); decorator != decorators.rend(); ++decorator) {
      at(nodes[static_cast<std::size_t>(decorators.rend() - decorator - 1)]);
      const int base = push_temporary(node);
      emit(encode_abc(Opcode::MOVE, base, *decorator, 0));
      emit(encode_abc(Opcode::MOVE, push_temporary(node), value, 0));
      emit(encode_abc(Opcode::CALL, base, 1, 0));
      emit(encode_abc(Opcode::MOVE, value, base, 0));
      next_register_ = base;
    }
  }

  // A def or async def statement.
  template <class Definition>
  void compile_function(const Definition& function) {
    const ast::Arguments& arguments = *function.args;
    const std::vector<int> decorators = compile_decorators(function.decorator_list);
    check_parameters(&arguments, &function);
    const Scope* scope = shared_.table.scope_of(&function);
    ScopeCompiler inner(shared_, *scope, nested_qualname(function.name), function.lineno, private_);
    Ref code = inner.compile_body(function.body);
    const int function_register = push_temporary(&function);
    make_function(&function, &arguments, std::move(code), function_register, function.returns);
    at(&function);
    apply_decorators(decorators, function.decorator_list, function_register, &function);
    at(&function);
    store_name(function.name, function_register, &function);
  }

  void compile_class(const ast::ClassDef& definition) {
    const std::vector<int> decorators = compile_decorators(definition.decorator_list);
    const Scope* scope = shared_.table.scope_of(&definition);
    ScopeCompiler inner(shared_, *scope, nested_qualname(definition.name), definition.lineno, private_);
    Ref code = inner.compile_class_body(definition);
    check_keywords(definition.keywords, &definition);
    // __build_class__(body, name, *bases, **keywords)
    const int base = push_temporary(&definition);
    at(&definition);
    emit(encode_abc(Opcode::LOAD_BUILD_CLASS, base, 0, 0));
    if (has_unpacking(definition.bases, definition.keywords)) {
      // Through CALL_EX: the list [body, name, *bases] and the keyword dict.
      const int list = push_temporary(&definition);
      push_temporary(&definition);  // the keyword dict
      const int body = push_temporary(&definition);
      make_function(&definition, nullptr, std::move(code), body);
      emit(encode_abx(Opcode::LOAD_CONST, push_temporary(&definition),
                      add_constant(runtime::new_str(shared_.interpreter, definition.name), &definition)));
      emit(encode_abc(Opcode::BUILD_LIST, list, body, 2));
      next_register_ = body;
      compile_dynamic_arguments(definition.bases, definition.keywords, list);
      at(&definition);
      emit(encode_abc(Opcode::CALL_EX, base, definition.keywords.empty() ? 0 : 1, 0));
    } else {
      const int body = push_temporary(&definition);
      make_function(&definition, nullptr, std::move(code), body);
      const int name = push_temporary(&definition);
      emit(encode_abx(Opcode::LOAD_CONST, name, add_constant(runtime::new_str(shared_.interpreter, definition.name), &definition)));
      for (ast::Expr* argument : definition.bases) compile_into(argument, push_temporary(argument));
      std::vector<Value> names;
      for (ast::Keyword* keyword : definition.keywords) {
        compile_into(keyword->value, push_temporary(keyword->value));
        names.push_back(shared_.interpreter.intern(keyword->arg));
      }
      at(&definition);
      const int count = static_cast<int>(2 + definition.bases.size() + definition.keywords.size());
      if (names.empty())
        emit(encode_abc(Opcode::CALL, base, count, 0));
      else
        emit_with_constant(Opcode::CALL_KW, base, count, runtime::new_tuple(shared_.interpreter, names), &definition);
    }
    apply_decorators(decorators, definition.decorator_list, base, &definition);
    at(&definition);
    store_name(definition.name, base, &definition);
  }

  // The qualified name of a function defined here.
  std::string nested_qualname(std::string_view name) const {
    if (scope_.kind == ScopeKind::Function) return std::string(str_of(code_->qualname)) + ".<locals>." + std::string(name);
    if (scope_.kind == ScopeKind::Class) return std::string(str_of(code_->qualname)) + "." + std::string(name);
    return std::string(name);
  }

  // R[target] = a function of `code` (a def's or a lambda's, or with no
  // `arguments` a class body's or a comprehension's, whose code has its
  // signature already), with its defaults evaluated left to right now and
  // its closure: the cells of this scope's variables that are free in it.
  void make_function(const ast::Located* node, const ast::Arguments* arguments, Ref code, int target,
                     ast::Expr* returns = nullptr) {
    static const ast::Arguments no_arguments{};
    const bool signature = arguments != nullptr;
    if (!arguments) arguments = &no_arguments;
    const int saved_top = next_register_;
    const int defaults = next_register_;
    for (ast::Expr* value : arguments->defaults) compile_into(value, push_temporary(value));
    // Keyword-only defaults: a dict built after the positional ones.
    int keyword_defaults = -1;
    for (std::uint32_t i = 0; i < arguments->kwonlyargs.size(); ++i) {
      if (!arguments->kw_defaults[i]) continue;
      if (keyword_defaults < 0) {
        keyword_defaults = push_temporary(node);
        emit(encode_abc(Opcode::BUILD_MAP, keyword_defaults, keyword_defaults, 0));
      }
      const int saved = next_register_;
      const int key = push_temporary(node);
      emit(encode_abx(Opcode::LOAD_CONST, key,
                      add_constant(Ref::borrow(shared_.interpreter.intern(mangled(arguments->kwonlyargs[i]->arg))), node)));
      const int value = compile_operand(arguments->kw_defaults[i]);
      emit(encode_abc(Opcode::SET_ITEM, keyword_defaults, key, value));
      next_register_ = saved;
    }
    const int annotations = compile_function_annotations(node, *arguments, returns);
    CodeObject* inner = as_code(code.get());
    if (signature) {
      inner->argument_count = static_cast<int>(arguments->posonlyargs.size() + arguments->args.size());
      inner->positional_only_count = static_cast<int>(arguments->posonlyargs.size());
      inner->keyword_only_count = static_cast<int>(arguments->kwonlyargs.size());
      if (arguments->vararg) inner->flags |= code_varargs;
      if (arguments->kwarg) inner->flags |= code_varkeywords;
    }
    const int closure = next_register_;
    at(node);
    for (const Ref& free : inner->free_names)
      emit(encode_abc(Opcode::MOVE, push_temporary(node), closure_register(str_of(free), node), 0));
    const int free_count = static_cast<int>(inner->free_names.size());
    emit(encode_abx(Opcode::MAKE_FUNCTION, target, add_constant(std::move(code), node)));
    if (!arguments->defaults.empty())
      emit(encode_abc(Opcode::SET_DEFAULTS, target, defaults, static_cast<int>(arguments->defaults.size())));
    if (keyword_defaults >= 0) emit(encode_abc(Opcode::SET_KWDEFAULTS, target, keyword_defaults, 0));
    if (annotations >= 0) emit(encode_abc(Opcode::SET_ANNOTATIONS, target, annotations, 0));
    if (free_count > 0) emit(encode_abc(Opcode::SET_CLOSURE, target, closure, free_count));
    next_register_ = saved_top;
  }

  // A def's __annotations__, evaluated after its defaults in CPython 3.11's
  // order (parameters, positional-only ones, *args, keyword-only ones,
  // **kwargs, the return): the register of the dict, or -1 when there are
  // none.
  int compile_function_annotations(const ast::Located* node, const ast::Arguments& arguments, ast::Expr* returns) {
    int annotations = -1;
    auto annotate = [&](std::string_view name, ast::Expr* annotation) {
      if (!annotation) return;
      if (annotations < 0) {
        annotations = push_temporary(node);
        emit(encode_abc(Opcode::BUILD_MAP, annotations, annotations, 0));
      }
      const int saved = next_register_;
      const int key = push_temporary(annotation);
      emit(encode_abx(Opcode::LOAD_CONST, key, add_constant(Ref::borrow(shared_.interpreter.intern(mangled(name))), annotation)));
      int value;
      auto* starred = ast::as<ast::Starred>(annotation);
      if (starred && !annotations_as_text()) {
        // *args: *Ts is the one item of Ts.
        const int unpacked = compile_operand(starred->value);
        value = push_temporary(annotation);
        emit(encode_abc(Opcode::UNPACK_SEQUENCE, value, unpacked, 1));
      } else {
        value = compile_annotation(annotation);
      }
      at(node);
      emit(encode_abc(Opcode::MAP_ADD, annotations, key, value));
      next_register_ = saved;
    };
    for (ast::Arg* arg : arguments.args) annotate(arg->arg, arg->annotation);
    for (ast::Arg* arg : arguments.posonlyargs) annotate(arg->arg, arg->annotation);
    if (arguments.vararg) annotate(arguments.vararg->arg, arguments.vararg->annotation);
    for (ast::Arg* arg : arguments.kwonlyargs) annotate(arg->arg, arg->annotation);
    if (arguments.kwarg) annotate(arguments.kwarg->arg, arguments.kwarg->annotation);
    annotate("return", returns);
    return annotations;
  }

  void compile_statements(const ast::Seq<ast::Stmt*>& body) {
    for (ast::Stmt* statement : body) compile_statement(statement);
  }

  // --- blocks: what break, continue and return leave -----------------------
  // A loop (the target of break and continue), a try body with a final body
  // to run on the way out, a handler (an except or finally block, whose
  // caught exception stops being handled), or a with body (whose __exit__
  // runs). Leaving one by a jump or a return emits its exit code inline,
  // outside its own exception handler, as CPython's compiler does.
  enum class BlockKind { Loop, Finally, Handler, With };
  struct Block {
    BlockKind kind = BlockKind::Loop;
    std::size_t handler_depth = 0;  // handler_stack_'s size outside the block
    std::size_t continue_target = 0;                     // Loop
    std::vector<std::size_t> breaks;                     // Loop: jumps to patch to the loop's end
    const ast::Seq<ast::Stmt*>* final_body = nullptr;    // Finally
    int caught = -1;                                     // Handler: the CATCH register pair
    std::string_view name;                               // Handler: the except clause's name
    int exit = -1;                                       // With: the __exit__ register
    bool is_async = false;                               // With: async with
    bool star = false;                                   // Handler: an except* clause
  };

  Block& push_block(BlockKind kind) {
    Block& block = blocks_.emplace_back();
    block.kind = kind;
    block.handler_depth = handler_stack_.size();
    return block;
  }

  void push_loop(std::size_t continue_target) { push_block(BlockKind::Loop).continue_target = continue_target; }

  // Emits the exits of the blocks from the innermost down to blocks_[depth],
  // then `leave` (the jump or return), and restores the blocks for the code
  // that follows.
  template <class Leave>
  void leave_blocks(std::size_t depth, const ast::Located* node, Leave leave) {
    std::vector<Block> left;
    const std::vector<int> saved_handlers = handler_stack_;
    while (blocks_.size() > depth) {
      left.push_back(std::move(blocks_.back()));
      blocks_.pop_back();
      const Block& block = left.back();
      set_handler_depth(block.handler_depth);
      switch (block.kind) {
        case BlockKind::Loop: break;
        case BlockKind::Finally: compile_statements(*block.final_body); break;
        case BlockKind::Handler: end_handled(block.caught, block.name, node); break;
        case BlockKind::With: emit_exit_call(block.exit, block.is_async, node); break;
      }
    }
    at(node);
    leave();
    for (auto block = left.rbegin(); block != left.rend(); ++block) blocks_.push_back(std::move(*block));
    handler_stack_ = saved_handlers;
    note_handler();
  }

  // 'break', 'continue' and 'return' may not leave an except* block.
  void check_not_leaving_star_handler(std::size_t depth, const ast::Located* node) {
    for (std::size_t i = depth; i < blocks_.size(); ++i)
      if (blocks_[i].star)
        fail(node, "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block");
  }

  void compile_return(const ast::Return& statement) {
    if (scope_.kind != ScopeKind::Function) fail(&statement, "SyntaxError", "'return' outside function");
    // (CPython reports it where the compiler stands: after the value.)
    check_not_leaving_star_handler(0, statement.value ? static_cast<const ast::Located*>(statement.value) : &statement);
    int result = -1;
    if (statement.value) {
      result = compile_operand(statement.value);
      // A final body might assign the variable being returned.
      if (!blocks_.empty() && is_local_register(result)) {
        const int copy = push_temporary(&statement);
        emit(encode_abc(Opcode::MOVE, copy, result, 0));
        result = copy;
      }
    }
    leave_blocks(0, &statement, [&] {
      emit(result < 0 ? encode_abc(Opcode::RETURN_NONE, 0, 0, 0) : encode_abc(Opcode::RETURN, result, 0, 0));
    });
  }

  void compile_loop_exit(ast::Stmt* statement) {
    const bool is_break = statement->kind == ast::NodeKind::Break;
    std::size_t loop = blocks_.size();
    while (loop > 0 && blocks_[loop - 1].kind != BlockKind::Loop) --loop;
    if (loop == 0) fail(statement, "SyntaxError", is_break ? "'break' outside loop" : "'continue' not properly in loop");
    check_not_leaving_star_handler(loop, statement);
    leave_blocks(loop, statement, [&] {
      if (is_break)
        blocks_[loop - 1].breaks.push_back(emit_jump());
      else
        emit_jump_to(blocks_[loop - 1].continue_target, statement);
    });
  }

  // --- exception handlers ----------------------------------------------------
  // Where an exception raised by a protected instruction goes, and the
  // register it arrives in. The protected instructions are those emitted
  // while the handler is innermost on handler_stack_ (not one range: the
  // inline exits of leave_blocks are not protected).
  struct Handler {
    std::size_t target = 0;
    int exception_register = 0;
  };

  int new_handler(int exception_register) {
    handlers_.push_back({0, exception_register});
    return static_cast<int>(handlers_.size() - 1);
  }
  void push_handler(int handler) {
    handler_stack_.push_back(handler);
    note_handler();
  }
  void pop_handler() {
    handler_stack_.pop_back();
    note_handler();
  }
  void set_handler_depth(std::size_t depth) {
    handler_stack_.resize(depth);
    note_handler();
  }
  // The handler's code starts here.
  void place_handler(int handler) { handlers_[handler].target = here(); }

  // Records which handler protects the instructions from here on.
  void note_handler() {
    const int current = handler_stack_.empty() ? -1 : handler_stack_.back();
    const auto first = static_cast<std::uint32_t>(here());
    if (!handler_runs_.empty() && handler_runs_.back().first == first) handler_runs_.pop_back();
    const int previous = handler_runs_.empty() ? -1 : handler_runs_.back().handler;
    if (current != previous) handler_runs_.push_back({first, current});
  }

  // The code object, its exception table made from the handler runs.
  Ref finish() {
    for (std::size_t i = 0; i < handler_runs_.size(); ++i) {
      const HandlerRun& run = handler_runs_[i];
      const std::uint32_t end = i + 1 < handler_runs_.size() ? handler_runs_[i + 1].first : static_cast<std::uint32_t>(here());
      if (run.handler < 0 || end == run.first) continue;
      const Handler& handler = handlers_[run.handler];
      code_->exception_table.push_back(
          {run.first, end, static_cast<std::uint32_t>(handler.target), handler.exception_register});
    }
    return std::move(code_ref_);
  }

  // Two registers for CATCH: the exception caught, and the one handled before.
  int push_catch_pair(const ast::Located* node) {
    const int caught = push_temporary(node);
    push_temporary(node);
    return caught;
  }

  // Starts the code that handles the exception in `caught`: an exception
  // escaping it goes to a cleanup (emit_cleanup) that ends the handling
  // first. Returns the cleanup's handler.
  int begin_handled(int caught, const ast::Located* node) {
    emit(encode_abc(Opcode::CATCH, caught, 0, 0));
    const int cleanup = new_handler(push_temporary(node));
    push_block(BlockKind::Handler).caught = caught;
    push_handler(cleanup);
    return cleanup;
  }
  void finish_handled() {
    pop_handler();
    blocks_.pop_back();
  }
  // The cleanup's code, out of the normal flow (after a jump or a raise).
  void emit_cleanup(int cleanup, int caught) {
    place_handler(cleanup);
    emit(encode_abc(Opcode::POP_EXCEPT, caught, 0, 0));
    emit(encode_abc(Opcode::RERAISE, handlers_[cleanup].exception_register, 0, 0));
  }
  // The normal end of a handler: the exception stops being handled and the
  // except clause's name, if any, is unbound.
  void end_handled(int caught, std::string_view name, const ast::Located* node) {
    emit(encode_abc(Opcode::POP_EXCEPT, caught, 0, 0));
    if (!name.empty()) unbind_name(name, node);
  }

  // `name = None; del name`, as the end of `except E as name:` does.
  void unbind_name(std::string_view name, const ast::Located* node) {
    const int local = in_namespace(name) ? -1 : local_register(name);
    if (local >= 0) {
      emit(encode_abc(Opcode::CLEAR, local, 0, 0));
      return;
    }
    const int none = push_temporary(node);
    emit(encode_abx(Opcode::LOAD_CONST, none, add_constant(shared_.interpreter.new_none(), node)));
    store_name(name, none, node);
    --next_register_;
    delete_name(name, node);
  }

  // try statements with except or except* clauses (Try, TryStar).
  template <class Statement>
  void compile_try(const Statement& statement) {
    if (statement.finalbody.empty()) {
      compile_try_handlers(statement);
      return;
    }
    // The body (with any except clauses) protected; the final body inline
    // on the normal way out, and in a handler that raises again.
    const int caught = push_catch_pair(&statement);
    const int handler = new_handler(caught);
    push_block(BlockKind::Finally).final_body = &statement.finalbody;
    push_handler(handler);
    if (statement.handlers.empty())
      compile_statements(statement.body);
    else
      compile_try_handlers(statement);
    pop_handler();
    blocks_.pop_back();
    compile_statements(statement.finalbody);
    const std::size_t to_end = emit_jump();
    place_handler(handler);
    const int cleanup = begin_handled(caught, &statement);
    compile_statements(statement.finalbody);
    emit(encode_abc(Opcode::RERAISE, caught, 0, 0));
    finish_handled();
    emit_cleanup(cleanup, caught);
    patch(to_end, here(), &statement);
  }

  void compile_try_handlers(const ast::Try& statement) { compile_try_except(statement); }
  void compile_try_handlers(const ast::TryStar& statement) { compile_try_star(statement); }

  // try/except*: the exception (made a group) is split by each clause in
  // turn; a clause runs with its part, collecting what it raises; what is
  // left unhandled, raised again or newly raised leaves together
  // (prepare_reraise_star), as CPython's except* does.
  void compile_try_star(const ast::TryStar& statement) {
    const int caught = push_catch_pair(&statement);
    const int handler = new_handler(caught);
    push_handler(handler);
    compile_statements(statement.body);
    pop_handler();
    compile_statements(statement.orelse);
    const std::size_t to_end = emit_jump();
    place_handler(handler);
    const int cleanup = begin_handled(caught, &statement);
    const int rest = push_catch_pair(&statement);  // the part not handled yet, then the list of raised ones
    const int raised = rest + 1;
    const int none = push_temporary(&statement);
    emit(encode_abx(Opcode::LOAD_CONST, none, add_constant(shared_.interpreter.new_none(), &statement)));
    emit(encode_abc(Opcode::PREP_EXCEPT_STAR, rest, caught, 0));
    for (ast::ExceptHandler* clause : statement.handlers) {
      at(clause);
      const int saved_top = next_register_;
      const int type = compile_operand(clause->type);
      const int match = push_catch_pair(clause);
      at(clause);
      emit(encode_abc(Opcode::CHECK_EG_MATCH, match, rest, type));
      emit(encode_abc(Opcode::TEST_IS_NOT, match, none, 0));
      const std::size_t to_next = emit_jump();
      emit(encode_abc(Opcode::CATCH, match, 0, 0));
      const int collect = new_handler(push_temporary(clause));
      Block& block = push_block(BlockKind::Handler);
      block.caught = match;
      block.name = clause->name;
      block.star = true;
      push_handler(collect);
      if (!clause->name.empty()) store_name(clause->name, match, clause);
      compile_statements(clause->body);
      pop_handler();
      blocks_.pop_back();
      end_handled(match, clause->name, clause);
      const std::size_t to_after = emit_jump();
      // What the clause raised joins the others.
      place_handler(collect);
      emit(encode_abc(Opcode::LIST_APPEND, raised, handlers_[collect].exception_register, 0));
      end_handled(match, clause->name, clause);
      patch(to_after, here(), clause);
      patch(to_next, here(), clause);
      next_register_ = saved_top;
    }
    at(&statement);
    emit(encode_abc(Opcode::LIST_APPEND, raised, rest, 0));
    const int result = push_temporary(&statement);
    emit(encode_abc(Opcode::PREP_RERAISE_STAR, result, caught, raised));
    emit(encode_abc(Opcode::TEST_IS_NOT, result, none, 0));
    finish_absorbing_handler(cleanup, caught, result, emit_jump(), to_end, &statement);
  }

  // The end of a handler that raises R[reraised] unless the jump
  // `to_absorbed` skips that (the exception was dealt with): the handling
  // ends, and the absorbed way and the normal way (`to_end`) go on after
  // the statement.
  void finish_absorbing_handler(int cleanup, int caught, int reraised, std::size_t to_absorbed, std::size_t to_end,
                                const ast::Located* node) {
    emit(encode_abc(Opcode::RERAISE, reraised, 0, 0));
    finish_handled();
    patch(to_absorbed, here(), node);
    end_handled(caught, {}, node);
    const std::size_t absorbed = emit_jump();
    emit_cleanup(cleanup, caught);
    patch(to_end, here(), node);
    patch(absorbed, here(), node);
  }

  void compile_try_except(const ast::Try& statement) {
    const int caught = push_catch_pair(&statement);
    const int handler = new_handler(caught);
    push_handler(handler);
    compile_statements(statement.body);
    pop_handler();
    compile_statements(statement.orelse);
    std::vector<std::size_t> to_end{emit_jump()};
    place_handler(handler);
    const int cleanup = begin_handled(caught, &statement);
    for (ast::ExceptHandler* clause : statement.handlers) {
      at(clause);
      std::size_t to_next = 0;
      if (clause->type) {
        const int saved_top = next_register_;
        const int type = compile_operand(clause->type);
        const int matched = push_temporary(clause);
        at(clause);
        emit(encode_abc(Opcode::CHECK_EXC_MATCH, matched, caught, type));
        to_next = emit(encode_asbx(Opcode::JUMP_IF_FALSE, matched, 0));
        next_register_ = saved_top;
      }
      if (clause->name.empty()) {
        compile_statements(clause->body);
        end_handled(caught, {}, clause);
        to_end.push_back(emit_jump());
      } else {
        // The name is unbound however the clause ends.
        store_name(clause->name, caught, clause);
        const int unbind = new_handler(push_temporary(clause));
        blocks_.back().name = clause->name;
        push_handler(unbind);
        compile_statements(clause->body);
        pop_handler();
        blocks_.back().name = {};
        end_handled(caught, clause->name, clause);
        to_end.push_back(emit_jump());
        place_handler(unbind);
        unbind_name(clause->name, clause);
        emit(encode_abc(Opcode::RERAISE, handlers_[unbind].exception_register, 0, 0));
      }
      if (clause->type) patch(to_next, here(), clause);
    }
    // No clause matched.
    emit(encode_abc(Opcode::RERAISE, caught, 0, 0));
    finish_handled();
    emit_cleanup(cleanup, caught);
    for (std::size_t jump : to_end) patch(jump, here(), &statement);
  }

  // `with a as x, b:` is `with a as x:` around `with b:`. Each: __enter__
  // now, __exit__(None, None, None) on the normal way out, and on an
  // exception __exit__(type, value, traceback), which absorbs it if true.
  // `async with` awaits what __aenter__ and __aexit__ return.
  template <class Statement>
  void compile_with(const Statement& statement, std::size_t item_index) {
    constexpr bool is_async = std::is_same_v<Statement, ast::AsyncWith>;
    const ast::WithItem* item = statement.items[item_index];
    const int manager = compile_operand(item->context_expr);
    at(&statement);
    const int exit = push_temporary(&statement);
    push_temporary(&statement);  // what __enter__ returned
    emit(encode_abc(is_async ? Opcode::BEFORE_ASYNC_WITH : Opcode::BEFORE_WITH, exit, manager, 0));
    if (is_async) emit_await(exit + 1, &statement);
    const int caught = push_catch_pair(&statement);
    const int handler = new_handler(caught);
    Block& block = push_block(BlockKind::With);
    block.exit = exit;
    block.is_async = is_async;
    push_handler(handler);
    if (item->optional_vars) compile_store(item->optional_vars, exit + 1);
    if (item_index + 1 < statement.items.size())
      compile_with(statement, item_index + 1);
    else
      compile_statements(statement.body);
    pop_handler();
    blocks_.pop_back();
    at(&statement);
    emit_exit_call(exit, is_async, &statement);
    const std::size_t to_end = emit_jump();
    place_handler(handler);
    const int cleanup = begin_handled(caught, &statement);
    emit(encode_abc(Opcode::WITH_EXCEPT, exit, caught, 0));
    if (is_async) emit_await(exit, &statement);
    const std::size_t to_absorb = emit(encode_asbx(Opcode::JUMP_IF_TRUE, exit, 0));
    finish_absorbing_handler(cleanup, caught, caught, to_absorb, to_end, &statement);
  }

  // R[exit](None, None, None) (awaited for async with), called from the top
  // of the registers (a call overwrites those above its callee), which
  // leaves R[exit] unbound.
  void emit_exit_call(int exit, bool is_async, const ast::Located* node) {
    const int saved_top = next_register_;
    const int callee = push_temporary(node);
    const int none = add_constant(shared_.interpreter.new_none(), node);
    emit(encode_abc(Opcode::MOVE, callee, exit, 0));
    for (int i = 1; i <= 3; ++i) emit(encode_abx(Opcode::LOAD_CONST, push_temporary(node), none));
    emit(encode_abc(Opcode::CALL, callee, 3, 0));
    if (is_async) emit_await(callee, node);
    emit(encode_abc(Opcode::CLEAR, exit, 0, 0));
    next_register_ = saved_top;
  }

  void compile_raise(const ast::Raise& statement) {
    const int exception = statement.exc ? compile_operand(statement.exc) : 0;
    const int cause = statement.cause ? compile_operand(statement.cause) : 0;
    at(&statement);
    emit(encode_abc(Opcode::RAISE, exception, cause, !statement.exc ? 0 : statement.cause ? 2 : 1));
  }

  // The position CPython's compiler_jump_if leaves behind for what follows
  // a condition: its last comparison's, through and/or/not/if-else, else
  // none (the statement's stays).
  static const ast::Expr* last_jump_compare(ast::Expr* test) {
    const ast::Expr* last = nullptr;
    auto consider = [&](ast::Expr* inner) {
      if (const ast::Expr* found = last_jump_compare(inner)) last = found;
    };
    if (test->kind == ast::NodeKind::Compare) return test;
    if (auto* boolean = ast::as<ast::BoolOp>(test)) {
      for (ast::Expr* value : boolean->values) consider(value);
    } else if (auto* unary = ast::as<ast::UnaryOp>(test)) {
      if (unary->op == ast::UnaryOpKind::Not) consider(unary->operand);
    } else if (auto* conditional = ast::as<ast::IfExp>(test)) {
      consider(conditional->test);
      consider(conditional->body);
      consider(conditional->orelse);
    }
    return last;
  }

  // assert test, message: raise AssertionError(message) unless test (no
  // code at all under -O).
  void compile_assert(const ast::Assert& statement) {
    if (shared_.optimize) return;
    const int test = compile_operand(statement.test);
    const ast::Expr* compare = last_jump_compare(statement.test);
    at(compare ? static_cast<const ast::Located*>(compare) : &statement);
    const std::size_t to_end = emit(encode_asbx(Opcode::JUMP_IF_TRUE, test, 0));
    const int error = push_temporary(&statement);
    emit(encode_abc(Opcode::LOAD_ASSERTION_ERROR, error, 0, 0));
    if (statement.msg) {
      compile_into(statement.msg, push_temporary(statement.msg));
      emit(encode_abc(Opcode::CALL, error, 1, 0));
    }
    emit(encode_abc(Opcode::RAISE, error, 0, 1));
    patch(to_end, here(), &statement);
  }

  // --- imports (CPython 3.11's compiler_import and compiler_from_import) ---
  // R[module] = __import__(name, fromlist=R[module], level=R[module + 1]).
  int emit_import_name(std::string_view name, Ref fromlist, std::int64_t level, const ast::Located* node) {
    const int module = push_temporary(node);
    push_temporary(node);
    load_constant(std::move(fromlist), module, node);
    load_constant(runtime::new_int(shared_.interpreter, level), module + 1, node);
    emit(encode_abx(Opcode::IMPORT_NAME, module, name_index(name, node)));
    return module;
  }

  // `import a.b.c` binds a (the top package IMPORT_NAME returns);
  // `import a.b.c as d` binds the submodule, reached by IMPORT_FROM.
  void compile_import(const ast::Import& statement) {
    for (const ast::Alias* alias : statement.names) {
      const int saved_top = next_register_;
      const std::string_view name = alias->name;
      const int module = emit_import_name(name, shared_.interpreter.new_none(), 0, &statement);
      if (!alias->asname.data()) {
        store_name(name.substr(0, name.find('.')), module, &statement);
      } else {
        std::size_t dot = name.find('.');
        int value = module;
        while (dot != std::string_view::npos) {
          const std::size_t next = name.find('.', dot + 1);
          if (value != module) emit(encode_abc(Opcode::MOVE, module, value, 0));
          emit(encode_abx(Opcode::IMPORT_FROM, module, name_index(name.substr(dot + 1, next - dot - 1), &statement)));
          value = module + 1;
          dot = next;
        }
        store_name(alias->asname, value, &statement);
      }
      next_register_ = saved_top;
    }
  }

  // `from m import x, y as z` and `from . import *`: one IMPORT_NAME with
  // the names as its fromlist, then IMPORT_FROM per name, or IMPORT_STAR.
  void compile_import_from(const ast::ImportFrom& statement) {
    runtime::Interpreter& interpreter = shared_.interpreter;
    std::vector<Value> names;
    for (const ast::Alias* alias : statement.names) names.push_back(interpreter.intern(alias->name));
    const std::string_view name = statement.module.data() ? statement.module : std::string_view("");
    // The symbol table accepted the future imports that begin the file.
    if (name == "__future__" && statement.lineno > shared_.table.future_lineno)
      fail(&statement, "SyntaxError", "from __future__ imports must occur at the beginning of the file");
    const int module = emit_import_name(name, runtime::new_tuple(interpreter, names),
                                        statement.level.present ? statement.level.value : 0, &statement);
    if (statement.names.size() == 1 && statement.names[0]->name == "*") {
      emit(encode_abc(Opcode::IMPORT_STAR, module, 0, 0));
      return;
    }
    for (const ast::Alias* alias : statement.names) {
      emit(encode_abx(Opcode::IMPORT_FROM, module, name_index(alias->name, &statement)));
      store_name(alias->asname.data() ? alias->asname : alias->name, module + 1, &statement);
    }
  }

  // --- match statements (PEP 634) --------------------------------------------
  // As CPython 3.11 compiles them (compiler_match, compiler_pattern_*), with
  // registers for its stack: the subject in a temporary, each sub-pattern's
  // subject in a register, and every name a case binds captured first in a
  // temporary of its own, stored only once the whole pattern has matched
  // (before the guard runs). A test that fails jumps to the next case.

  // What compiling a pattern tracks (CPython's pattern_context).
  struct PatternContext {
    const std::unordered_map<std::string_view, int>& captures;  // each name's capture register
    std::vector<std::string_view> stores;  // the names bound so far, in binding order
    bool allow_irrefutable = false;        // whether this pattern may match anything
    Jumps fails;                           // the jumps taken on a mismatch
  };

  void compile_match(const ast::Match& match) {
    const int subject = push_temporary(&match);
    compile_into(match.subject, subject);
    Jumps to_end;
    const std::uint32_t count = match.cases.size();
    for (std::uint32_t i = 0; i < count; ++i) {
      const ast::MatchCase& match_case = *match.cases[i];
      ast::Pattern* pattern = match_case.pattern;
      const int saved_top = next_register_;
      std::unordered_map<std::string_view, int> captures;
      allocate_captures(pattern, captures);
      // Only a guarded or last case may match anything.
      PatternContext context{captures, {}, match_case.guard != nullptr || i + 1 == count, {}};
      compile_pattern(pattern, subject, context);
      at(pattern);
      for (std::string_view name : context.stores) store_name(name, captures.at(name), pattern);
      if (match_case.guard) {
        const Jumps guard = compile_condition_jump(match_case.guard);
        context.fails.insert(context.fails.end(), guard.begin(), guard.end());
      }
      next_register_ = saved_top;
      compile_statements(match_case.body);
      if (i + 1 < count) {
        at(pattern);
        to_end.push_back(emit_jump());
      }
      patch_all(context.fails, here(), pattern);
    }
    patch_all(to_end, here(), &match);
  }

  // A register for each name the pattern binds (alternatives binding the
  // same name share it).
  void allocate_captures(const ast::Pattern* pattern, std::unordered_map<std::string_view, int>& captures) {
    auto add = [&](std::string_view name) {
      if (!name.empty() && !captures.count(name)) captures.emplace(name, push_temporary(pattern));
    };
    auto add_all = [&](const ast::Seq<ast::Pattern*>& patterns) {
      for (const ast::Pattern* inner : patterns) allocate_captures(inner, captures);
    };
    switch (pattern->kind) {
      case ast::NodeKind::MatchSequence: add_all(static_cast<const ast::MatchSequence*>(pattern)->patterns); break;
      case ast::NodeKind::MatchMapping:
        add_all(static_cast<const ast::MatchMapping*>(pattern)->patterns);
        add(static_cast<const ast::MatchMapping*>(pattern)->rest);
        break;
      case ast::NodeKind::MatchClass:
        add_all(static_cast<const ast::MatchClass*>(pattern)->patterns);
        add_all(static_cast<const ast::MatchClass*>(pattern)->kwd_patterns);
        break;
      case ast::NodeKind::MatchStar: add(static_cast<const ast::MatchStar*>(pattern)->name); break;
      case ast::NodeKind::MatchAs: {
        auto* as_pattern = static_cast<const ast::MatchAs*>(pattern);
        if (as_pattern->pattern) allocate_captures(as_pattern->pattern, captures);
        add(as_pattern->name);
        break;
      }
      case ast::NodeKind::MatchOr: add_all(static_cast<const ast::MatchOr*>(pattern)->patterns); break;
      default: break;
    }
  }

  static bool is_wildcard(ast::Pattern* pattern) {
    auto* as_pattern = ast::as<ast::MatchAs>(pattern);
    return as_pattern && !as_pattern->pattern && as_pattern->name.empty();
  }

  // Matches the value in register `subject` against the pattern.
  void compile_pattern(ast::Pattern* pattern, int subject, PatternContext& context) {
    at(pattern);
    last_pattern_ = pattern;
    switch (pattern->kind) {
      case ast::NodeKind::MatchValue:
        compile_value_pattern(*static_cast<ast::MatchValue*>(pattern), subject, context);
        return;
      case ast::NodeKind::MatchSingleton: {
        // None, True and False match by identity.
        const ast::ConstantValue& value = static_cast<ast::MatchSingleton*>(pattern)->value;
        runtime::Interpreter& interpreter = shared_.interpreter;
        const int singleton = push_temporary(pattern);
        load_constant(value.tag == ast::ConstantValue::Tag::None ? interpreter.new_none()
                                                                 : interpreter.new_boolean(value.tag == ast::ConstantValue::Tag::True),
                      singleton, pattern);
        emit(encode_abc(Opcode::TEST_IS, subject, singleton, 0));
        context.fails.push_back(emit_jump());
        --next_register_;
        return;
      }
      case ast::NodeKind::MatchSequence:
        compile_sequence_pattern(*static_cast<ast::MatchSequence*>(pattern), subject, context);
        return;
      case ast::NodeKind::MatchMapping:
        compile_mapping_pattern(*static_cast<ast::MatchMapping*>(pattern), subject, context);
        return;
      case ast::NodeKind::MatchClass:
        compile_class_pattern(*static_cast<ast::MatchClass*>(pattern), subject, context);
        return;
      case ast::NodeKind::MatchStar:
        capture(static_cast<ast::MatchStar*>(pattern)->name, subject, context);
        return;
      case ast::NodeKind::MatchAs: {
        auto* as_pattern = static_cast<ast::MatchAs*>(pattern);
        if (!as_pattern->pattern) {
          if (!context.allow_irrefutable) {
            if (as_pattern->name.empty()) fail(pattern, "SyntaxError", "wildcard makes remaining patterns unreachable");
            fail(pattern, "SyntaxError",
                 "name capture '" + std::string(as_pattern->name) + "' makes remaining patterns unreachable");
          }
        } else {
          compile_pattern(as_pattern->pattern, subject, context);
        }
        capture(as_pattern->name, subject, context);
        return;
      }
      case ast::NodeKind::MatchOr:
        compile_or_pattern(*static_cast<ast::MatchOr*>(pattern), subject, context);
        return;
      default: unsupported(pattern, "the pattern " + std::string(ast::node_kind_name(pattern->kind)));
    }
  }

  // A pattern inside another, which may match anything.
  void compile_subpattern(ast::Pattern* pattern, int subject, PatternContext& context) {
    const bool allow_irrefutable = context.allow_irrefutable;
    context.allow_irrefutable = true;
    compile_pattern(pattern, subject, context);
    context.allow_irrefutable = allow_irrefutable;
  }

  // Checks that the pattern may bind `name` (CPython's
  // pattern_helper_store_name). Its errors point where CPython's do: at the
  // pattern compiled last.
  void check_store(std::string_view name, const std::vector<std::string_view>& stores) const {
    if (name == "__debug__") fail(last_pattern_, "SyntaxError", "cannot assign to __debug__");
    if (std::find(stores.begin(), stores.end(), name) != stores.end())
      fail(last_pattern_, "SyntaxError", "multiple assignments to name '" + std::string(name) + "' in pattern");
  }

  // Binds `name` (unless empty: a wildcard) to the value in `source`.
  void capture(std::string_view name, int source, PatternContext& context) {
    if (name.empty()) return;
    check_store(name, context.stores);
    emit(encode_abc(Opcode::MOVE, context.captures.at(name), source, 0));
    context.stores.push_back(name);
  }

  // R[target] = a value pattern's or a mapping key's value: a literal or an
  // attribute lookup. (An f-string is neither.)
  void compile_pattern_literal(ast::Expr* value, int target, Ref constant, const ast::Located* pattern, const char* error) {
    if (constant) {
      load_constant(std::move(constant), target, value);
      return;
    }
    if (value->kind != ast::NodeKind::Attribute) fail(pattern, "SyntaxError", error);
    compile_into(value, target);
  }

  // A literal or a dotted name: subject == value.
  void compile_value_pattern(const ast::MatchValue& pattern, int subject, PatternContext& context) {
    const int value = push_temporary(&pattern);
    compile_pattern_literal(pattern.value, value, fold_constant(pattern.value), &pattern,
                            "patterns may only match literals and attribute lookups");
    at(&pattern);
    emit(encode_abc(Opcode::TEST_EQ, subject, value, 0));
    context.fails.push_back(emit_jump());
    --next_register_;
  }

  // [a, b, *rest]: a sequence of the right length, then each item. With a
  // `*_` the items are read by index (counted from len() after the star),
  // otherwise the subject is unpacked.
  void compile_sequence_pattern(const ast::MatchSequence& sequence, int subject, PatternContext& context) {
    const ast::Seq<ast::Pattern*>& patterns = sequence.patterns;
    const int size = static_cast<int>(patterns.size());
    int star = -1;
    bool only_wildcards = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      if (auto* starred = ast::as<ast::MatchStar>(patterns[i])) {
        if (star >= 0) fail(&sequence, "SyntaxError", "multiple starred names in sequence pattern");
        star_wildcard = starred->name.empty();
        only_wildcards = only_wildcards && star_wildcard;
        star = i;
      } else {
        only_wildcards = only_wildcards && is_wildcard(patterns[i]);
      }
    }
    if (size > max_register) unsupported(&sequence, "a sequence pattern of more than 255 items");
    at(&sequence);
    emit(encode_abc(Opcode::MATCH_SEQUENCE, subject, star < 0 ? size : size - 1, star < 0 ? 0 : 1));
    context.fails.push_back(emit_jump());
    if (only_wildcards) return;
    const int saved_top = next_register_;
    if (star_wildcard) {
      for (int i = 0; i < size; ++i) {
        if (i == star || is_wildcard(patterns[i])) continue;
        const int item = push_temporary(patterns[i]);
        const int index = push_temporary(patterns[i]);
        at(&sequence);
        if (i < star) {
          emit(encode_asbx(Opcode::LOAD_INT, index, i));
        } else {
          // The subject may not take negative indexes: len(subject) - (size - i).
          emit(encode_abc(Opcode::GET_LEN, index, subject, 0));
          emit(encode_asbx(Opcode::LOAD_INT, item, size - i));
          emit(encode_abc(Opcode::BINARY_SUBTRACT, index, index, item));
        }
        emit(encode_abc(Opcode::GET_ITEM, item, subject, index));
        next_register_ = item + 1;
        compile_subpattern(patterns[i], item, context);
        next_register_ = saved_top;
      }
      return;
    }
    const int base = next_register_;
    for (int i = 0; i < size; ++i) push_temporary(&sequence);
    if (star < 0) {
      emit(encode_abc(Opcode::UNPACK_SEQUENCE, base, subject, size));
    } else {
      emit(encode_abc(Opcode::MOVE, base, subject, 0));
      emit(encode_abc(Opcode::UNPACK_EX, base, star, size - star - 1));
    }
    for (int i = 0; i < size; ++i) compile_subpattern(patterns[i], base + i, context);
    next_register_ = saved_top;
  }

  // {key: pattern, **rest}: a mapping with at least as many items, then the
  // value of each key (literals, no two equal, or attribute lookups,
  // evaluated now), then **rest a dict of the other items.
  void compile_mapping_pattern(const ast::MatchMapping& mapping, int subject, PatternContext& context) {
    const int size = static_cast<int>(mapping.keys.size());
    if (size > max_register - 2) unsupported(&mapping, "a mapping pattern of more than 253 keys");
    at(&mapping);
    emit(encode_abc(Opcode::MATCH_MAPPING, subject, size, 0));
    context.fails.push_back(emit_jump());
    if (size == 0 && mapping.rest.empty()) return;
    const int saved_top = next_register_;
    const int keys = push_temporary(&mapping);
    const int base = next_register_;
    Ref seen = runtime::new_set(shared_.interpreter);
    for (ast::Expr* key : mapping.keys) {
      Ref constant = fold_constant(key);
      if (constant) {
        const int repeated = runtime::set_contains(shared_.interpreter, seen.get(), constant.get());
        if (repeated) {
          Ref text = runtime::repr(shared_.interpreter, constant.get());
          fail(&mapping, "SyntaxError", "mapping pattern checks duplicate key (" + std::string(str_of(text)) + ")");
        }
        if (!runtime::set_add(shared_.interpreter, seen.get(), constant.get())) unsupported(key, "this key");
      }
      compile_pattern_literal(key, push_temporary(key), std::move(constant), &mapping,
                              "mapping pattern keys may only match literals and attribute lookups");
    }
    at(&mapping);
    emit(encode_abc(Opcode::BUILD_TUPLE, keys, base, size));
    if (size > 0) {
      emit(encode_abc(Opcode::MATCH_KEYS, base, subject, keys));
      context.fails.push_back(emit_jump());
    }
    for (int i = 0; i < size; ++i) compile_subpattern(mapping.patterns[i], base + i, context);
    if (!mapping.rest.empty()) {
      const int rest = push_temporary(&mapping);
      at(&mapping);
      emit(encode_abc(Opcode::COPY_DICT_WITHOUT, rest, subject, keys));
      capture(mapping.rest, rest, context);
    }
    next_register_ = saved_top;
  }

  // Cls(a, b, name=c): an instance of Cls, then its attributes (named by
  // __match_args__ for the positional ones), all read before any is matched.
  void compile_class_pattern(const ast::MatchClass& pattern, int subject, PatternContext& context) {
    const auto positional = static_cast<int>(pattern.patterns.size());
    const auto keywords = static_cast<int>(pattern.kwd_attrs.size());
    for (int i = 0; i < keywords; ++i) {
      const std::string_view name = pattern.kwd_attrs[i];
      if (name == "__debug__") fail(pattern.kwd_patterns[i], "SyntaxError", "cannot assign to __debug__");
      for (int j = i + 1; j < keywords; ++j)
        if (pattern.kwd_attrs[j] == name)
          fail(pattern.kwd_patterns[j], "SyntaxError", "attribute name repeated in class pattern: " + std::string(name));
    }
    const int count = positional + keywords;
    if (count > max_register - 1) unsupported(&pattern, "a class pattern of more than 254 sub-patterns");
    const int saved_top = next_register_;
    // R[base] the class, R[base + 1] the subject, then the attributes from R[base].
    const int base = push_temporary(&pattern);
    for (int i = 1; i < std::max(2, count); ++i) push_temporary(&pattern);
    compile_into(pattern.cls, base);
    at(&pattern);
    emit(encode_abc(Opcode::MOVE, base + 1, subject, 0));
    std::vector<Value> names;
    for (std::string_view name : pattern.kwd_attrs) names.push_back(shared_.interpreter.intern(name));
    emit_with_constant(Opcode::MATCH_CLASS, base, positional, runtime::new_tuple(shared_.interpreter, names), &pattern);
    context.fails.push_back(emit_jump());
    for (int i = 0; i < count; ++i)
      compile_subpattern(i < positional ? pattern.patterns[i] : pattern.kwd_patterns[i - positional], base + i, context);
    next_register_ = saved_top;
  }

  // a | b | c: each alternative in turn (only the last may match anything),
  // all binding the same names.
  void compile_or_pattern(const ast::MatchOr& alternatives, int subject, PatternContext& context) {
    std::vector<std::string_view> control;  // the names the first alternative binds
    Jumps matched;
    const std::uint32_t count = alternatives.patterns.size();
    for (std::uint32_t i = 0; i < count; ++i) {
      ast::Pattern* alternative = alternatives.patterns[i];
      PatternContext inner{context.captures, {}, i + 1 == count && context.allow_irrefutable, {}};
      compile_pattern(alternative, subject, inner);
      if (i == 0) {
        control = inner.stores;
      } else if (inner.stores.size() != control.size() ||
                 !std::all_of(control.begin(), control.end(), [&](std::string_view name) {
                   return std::find(inner.stores.begin(), inner.stores.end(), name) != inner.stores.end();
                 })) {
        fail(last_pattern_, "SyntaxError", "alternative patterns bind different names");
      }
      if (i + 1 < count) {
        matched.push_back(emit_jump());
        patch_all(inner.fails, here(), alternative);
      } else {
        context.fails.insert(context.fails.end(), inner.fails.begin(), inner.fails.end());
      }
    }
    patch_all(matched, here(), &alternatives);
    for (std::string_view name : control) {
      check_store(name, context.stores);
      context.stores.push_back(name);
    }
  }

  static std::string_view str_of(const Ref& str) { return runtime::str_utf8(str.get()); }

  // Whether CPython's AST optimizer makes the operand a constant other than
  // None, True, False and Ellipsis (check_is_arg): literals, and signs,
  // operators and tuples over them.
  static bool is_literal(const ast::Expr* operand) {
    if (const auto* constant = ast::as<ast::Constant>(const_cast<ast::Expr*>(operand))) {
      const auto tag = constant->value.tag;
      return tag != ast::ConstantValue::Tag::None && tag != ast::ConstantValue::Tag::True &&
             tag != ast::ConstantValue::Tag::False && tag != ast::ConstantValue::Tag::Ellipsis;
    }
    auto constant_like = [](const ast::Expr* item) {
      return is_literal(item) || ast::as<ast::Constant>(const_cast<ast::Expr*>(item));
    };
    if (const auto* unary = ast::as<ast::UnaryOp>(const_cast<ast::Expr*>(operand)))
      return unary->op != ast::UnaryOpKind::Not && is_literal(unary->operand);
    if (const auto* tuple = ast::as<ast::Tuple>(const_cast<ast::Expr*>(operand)))
      return std::all_of(tuple->elts.begin(), tuple->elts.end(), constant_like);
    return false;
  }

  void warn(const ast::Located* node, std::string message) {
    SyntaxErrorInfo warning;
    warning.type = "SyntaxWarning";
    warning.message = std::move(message);
    warning.lineno = node->lineno;
    warning.offset = node->col_offset + 1;
    warning.end_lineno = node->end_lineno;
    warning.end_offset = node->end_col_offset + 1;
    warning.text = source_line(shared_.source, node->lineno);
    shared_.warnings.push_back(std::move(warning));
  }

  // infer_type: the type a literal or display certainly makes, or null.
  static const char* inferred_type(const ast::Expr* expression) {
    using Tag = ast::ConstantValue::Tag;
    switch (expression->kind) {
      case ast::NodeKind::Tuple: return "tuple";
      case ast::NodeKind::List:
      case ast::NodeKind::ListComp: return "list";
      case ast::NodeKind::Dict:
      case ast::NodeKind::DictComp: return "dict";
      case ast::NodeKind::Set:
      case ast::NodeKind::SetComp: return "set";
      case ast::NodeKind::GeneratorExp: return "generator";
      case ast::NodeKind::Lambda: return "function";
      case ast::NodeKind::JoinedStr:
      case ast::NodeKind::FormattedValue: return "str";
      case ast::NodeKind::Constant:
        switch (static_cast<const ast::Constant*>(expression)->value.tag) {
          case Tag::None: return "NoneType";
          case Tag::True:
          case Tag::False: return "bool";
          case Tag::Ellipsis: return "ellipsis";
          case Tag::Int:
          case Tag::BigInt: return "int";
          case Tag::Float: return "float";
          case Tag::Complex: return "complex";
          case Tag::Str: return "str";
          case Tag::Bytes: return "bytes";
          case Tag::Object: return nullptr;
        }
        return nullptr;
      default: return nullptr;
    }
  }

  // check_caller: calling a literal or display.
  void check_callee(const ast::Expr* callee) {
    switch (callee->kind) {
      case ast::NodeKind::Constant:
      case ast::NodeKind::Tuple:
      case ast::NodeKind::List:
      case ast::NodeKind::ListComp:
      case ast::NodeKind::Dict:
      case ast::NodeKind::DictComp:
      case ast::NodeKind::Set:
      case ast::NodeKind::SetComp:
      case ast::NodeKind::GeneratorExp:
      case ast::NodeKind::JoinedStr:
      case ast::NodeKind::FormattedValue:
        warn(callee, "'" + std::string(inferred_type(callee)) + "' object is not callable; perhaps you missed a comma?");
        break;
      default: break;
    }
  }

  // check_subscripter and check_index: subscripting what cannot be, or a
  // sequence literal by a key of a known type other than int.
  void check_subscript(const ast::Subscript& subscript) {
    const ast::Expr* container = subscript.value;
    const char* container_type = inferred_type(container);
    const auto* constant = ast::as<ast::Constant>(const_cast<ast::Expr*>(container));
    const std::string_view type = container_type ? container_type : "";
    const bool unsubscriptable = constant ? type != "str" && type != "bytes"
                                          : container->kind == ast::NodeKind::Set ||
                                                container->kind == ast::NodeKind::SetComp ||
                                                container->kind == ast::NodeKind::GeneratorExp ||
                                                container->kind == ast::NodeKind::Lambda;
    if (unsubscriptable) {
      warn(container, "'" + std::string(type) + "' object is not subscriptable; perhaps you missed a comma?");
      return;
    }
    const char* key_type = inferred_type(subscript.slice);
    if (!key_type || std::string_view(key_type) == "int" || std::string_view(key_type) == "bool") return;
    const bool sequence = constant ? type == "str" || type == "bytes"
                                   : container->kind == ast::NodeKind::Tuple || container->kind == ast::NodeKind::List ||
                                         container->kind == ast::NodeKind::ListComp ||
                                         container->kind == ast::NodeKind::JoinedStr ||
                                         container->kind == ast::NodeKind::FormattedValue;
    if (sequence)
      warn(container, std::string(type) + " indices must be integers or slices, not " + key_type +
                          "; perhaps you missed a comma?");
  }

  // check_compare: `is` or `is not` with a literal operand is a SyntaxWarning.
  void check_identity_operands(const ast::Compare& comparison) {
    bool left_literal = is_literal(comparison.left);
    for (std::uint32_t i = 0; i < comparison.ops.size(); ++i) {
      const bool right_literal = is_literal(comparison.comparators[i]);
      const ast::CmpOpKind op = comparison.ops[i];
      if ((op == ast::CmpOpKind::Is || op == ast::CmpOpKind::IsNot) && (left_literal || right_literal)) {
        warn(&comparison, op == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                   : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left_literal = right_literal;
    }
  }

  void compile_statement(ast::Stmt* statement) {
    at(statement);
    const int saved_top = next_register_;
    switch (statement->kind) {
      case ast::NodeKind::ExprStmt: {
        ast::Expr* value = static_cast<ast::ExprStmt*>(statement)->value;
        if (shared_.interactive && scope_.kind == ScopeKind::Module) {
          const int result = push_temporary(value);
          compile_into(value, result);
          emit(encode_abc(Opcode::PRINT_EXPR, result, 0, 0));
        } else if (value->kind != ast::NodeKind::Constant) {
          compile_into(value, push_temporary(value));
        }
        break;
      }
      case ast::NodeKind::Assign: compile_assign(*static_cast<ast::Assign*>(statement)); break;
      case ast::NodeKind::AugAssign: compile_augmented_assign(*static_cast<ast::AugAssign*>(statement)); break;
      case ast::NodeKind::AnnAssign: compile_annotated_assign(*static_cast<ast::AnnAssign*>(statement)); break;
      case ast::NodeKind::Delete:
        for (ast::Expr* target : static_cast<ast::Delete*>(statement)->targets) compile_delete(target);
        break;
      case ast::NodeKind::If: compile_if(*static_cast<ast::If*>(statement)); break;
      case ast::NodeKind::While: compile_while(*static_cast<ast::While*>(statement)); break;
      case ast::NodeKind::For: compile_for(*static_cast<ast::For*>(statement)); break;
      case ast::NodeKind::FunctionDef: compile_function(*static_cast<ast::FunctionDef*>(statement)); break;
      case ast::NodeKind::AsyncFunctionDef: compile_function(*static_cast<ast::AsyncFunctionDef*>(statement)); break;
      case ast::NodeKind::ClassDef: compile_class(*static_cast<ast::ClassDef*>(statement)); break;
      case ast::NodeKind::Return: compile_return(*static_cast<ast::Return*>(statement)); break;
      case ast::NodeKind::Break:
      case ast::NodeKind::Continue: compile_loop_exit(statement); break;
      case ast::NodeKind::Try: compile_try(*static_cast<ast::Try*>(statement)); break;
      case ast::NodeKind::TryStar: compile_try(*static_cast<ast::TryStar*>(statement)); break;
      case ast::NodeKind::With: compile_with(*static_cast<ast::With*>(statement), 0); break;
      case ast::NodeKind::AsyncWith: compile_with(*static_cast<ast::AsyncWith*>(statement), 0); break;
      case ast::NodeKind::AsyncFor: compile_async_for(*static_cast<ast::AsyncFor*>(statement)); break;
      case ast::NodeKind::Raise: compile_raise(*static_cast<ast::Raise*>(statement)); break;
      case ast::NodeKind::Assert: compile_assert(*static_cast<ast::Assert*>(statement)); break;
      case ast::NodeKind::Import: compile_import(*static_cast<ast::Import*>(statement)); break;
      case ast::NodeKind::ImportFrom: compile_import_from(*static_cast<ast::ImportFrom*>(statement)); break;
      case ast::NodeKind::Match: compile_match(*static_cast<ast::Match*>(statement)); break;
      case ast::NodeKind::Pass:
      case ast::NodeKind::Global:
      case ast::NodeKind::Nonlocal:
        break;
      default:
        unsupported(statement, "the statement " + std::string(ast::node_kind_name(statement->kind)));
    }
    next_register_ = saved_top;
  }

  Shared& shared_;
  const Scope& scope_;
  Ref code_ref_;
  CodeObject* code_;
  std::string_view private_;  // the class whose private names this scope mangles
  std::unordered_map<std::string_view, int> locals_;   // every variable's register
  std::unordered_map<std::string_view, int> derefs_;   // cell and free variables' registers
  std::unordered_map<std::string_view, int> name_indexes_;
  std::unordered_map<std::string, int> constant_indexes_;
  std::vector<Block> blocks_;
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;  // the handlers protecting what is emitted now, innermost last
  struct HandlerRun {
    std::uint32_t first;  // instruction
    int handler;          // or -1
  };
  std::vector<HandlerRun> handler_runs_;
  const ast::Pattern* last_pattern_ = nullptr;  // the pattern whose compilation started last
  int next_register_ = 0;
  SourcePosition position_{1, 1};  // of the instructions emitted now
};

// The source line `lineno` (1-based), for a SyntaxError's display.
std::string source_line(std::string_view source, int lineno) {
  std::size_t start = 0;
  for (int line = 1; line < lineno && start != std::string_view::npos; ++line) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > source.size()) return "";
  const std::size_t end = source.find('\n', start);
  return std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1));
}

}  // namespace

// The text of `filename`'s line `lineno`, as CPython reads a SyntaxError's
// text from the file when the source was a string (empty: no such file).
std::string file_line(const std::string& filename, int lineno) {
  std::ifstream in(filename, std::ios::binary);
  if (!in || lineno <= 0) return "";
  std::ostringstream content;
  content << in.rdbuf();
  return source_line(content.str(), lineno);
}

void end_error_text(SyntaxErrorInfo& error, std::string_view source) {
  if (error.from_tokenizer || error.lineno <= 0 || error.text.empty() || error.text.back() == '\n') return;
  std::size_t start = 0;
  for (int line = 1; line < error.lineno && start != std::string_view::npos; ++line) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start != std::string_view::npos && source.substr(start, error.text.size() + 1) == error.text + "\n")
    error.text += '\n';
}

CompileResult compile_module(runtime::Interpreter& interpreter, const ast::Mod* module, const SymbolTable& table,
                             std::string_view source, const std::string& filename, const CompileOptions& options) {
  CompileResult result;
  Shared shared{interpreter, table, runtime::new_str(interpreter, filename), {}, false, false, 0, source, {}};
  shared.names_in_namespace = options.names_in_namespace;
  shared.interactive = module->kind == ast::NodeKind::Interactive;
  shared.optimize = options.optimize < 0 ? interpreter.optimize : options.optimize;
  try {
    ScopeCompiler compiler(shared, *table.top, "<module>", 1, "");
    if (const auto* expression = ast::as<ast::Expression>(const_cast<ast::Mod*>(module)))
      result.code = compiler.compile_expression_body(expression->body);
    else if (const auto* interactive = ast::as<ast::Interactive>(const_cast<ast::Mod*>(module)))
      result.code = compiler.compile_body(interactive->body);
    else
      result.code = compiler.compile_body(static_cast<const ast::Module*>(module)->body);
  } catch (CompileError& error) {
    result.error = std::move(error.info);
    result.error->filename = filename;
    if (result.error->lineno > 0) result.error->text = source_line(source, result.error->lineno);
  }
  result.warnings = std::move(shared.warnings);
  return result;
}

bool issue_warnings(runtime::Interpreter& interpreter, CompileResult& result, const std::string& filename) {
  std::set<std::pair<std::string, int>> shown;
  for (const SyntaxErrorInfo& warning : result.warnings) {
    // The tokenizer's, which the parser's two passes may both see: once per line.
    if (warning.from_tokenizer && !shown.emplace(warning.message, warning.lineno).second) continue;
    runtime::Type* category =
        warning.type == "DeprecationWarning" ? interpreter.DeprecationWarning_type : interpreter.SyntaxWarning_type;
    if (runtime::warn_explicit(interpreter, category, warning.message, filename, warning.lineno)) continue;
    if (!interpreter.exception_is(category)) return false;
    // A warning turned into an error is a SyntaxError at its place.
    runtime::Ref ignored = interpreter.take_exception();
    result.error = warning;
    result.error->type = "SyntaxError";
    result.error->filename = filename;
    result.code = runtime::Ref();
    break;
  }
  result.warnings.clear();
  return true;
}

CompileResult compile_tree(runtime::Interpreter& interpreter, const ast::Mod* tree, std::string_view source,
                           const std::string& filename, tokenizer::SourceOrigin origin, const CompileOptions& options,
                           std::vector<SyntaxErrorInfo> warnings) {
  CompileResult result;
  result.warnings = std::move(warnings);
  SymbolTableResult table = build_symbol_table(tree, source, filename, options.future_features);
  result.error = std::move(table.error);
  if (!result.error) {
    CompileResult compiled = compile_module(interpreter, tree, *table.table, source, filename, options);
    result.code = std::move(compiled.code);
    result.error = std::move(compiled.error);
    result.warnings.insert(result.warnings.end(), compiled.warnings.begin(), compiled.warnings.end());
  }
  // A string's warnings show the line of the file of that name, if any;
  // the parser's about string literals keep the source line it read.
  if (origin != tokenizer::SourceOrigin::File)
    for (SyntaxErrorInfo& warning : result.warnings)
      if (warning.type != "DeprecationWarning" || warning.from_tokenizer)
        warning.text = file_line(filename, warning.lineno);
  // The stages after the parser see no source text when it was a string:
  // CPython reads the error's line from the file of that name, if any.
  if (result.error && origin != tokenizer::SourceOrigin::File) result.error->text = file_line(filename, result.error->lineno);
  return result;
}

CompileResult compile_source(runtime::Interpreter& interpreter, std::string_view source, const std::string& filename,
                             tokenizer::SourceOrigin origin, const CompileOptions& options) {
  Arena arena;
  parser::ParseOptions parse_options;
  parse_options.filename = filename;
  parse_options.origin = origin;
  parse_options.mode = options.mode;
  parse_options.allow_incomplete_input = options.allow_incomplete_input;
  parse_options.imply_dedent = options.imply_dedent;
  parser::ParseResult parsed = parser::parse(source, arena, parse_options);
  if (parsed.error) {
    CompileResult result;
    result.warnings = std::move(parsed.warnings);
    result.error = std::move(parsed.error);
    return result;
  }
  return compile_tree(interpreter, parsed.tree, source, filename, origin, options, std::move(parsed.warnings));
}

runtime::Ref constant_object(runtime::Interpreter& interpreter, const ast::ConstantValue& value) {
  using Tag = ast::ConstantValue::Tag;
  switch (value.tag) {
    case Tag::None: return interpreter.new_none();
    case Tag::Ellipsis: return Ref::borrow(interpreter.ellipsis());
    case Tag::True: return interpreter.new_boolean(true);
    case Tag::False: return interpreter.new_boolean(false);
    case Tag::Int: return runtime::new_int(interpreter, value.integer);
    case Tag::BigInt: return runtime::new_int_from_decimal(interpreter, value.text);
    case Tag::Float: return runtime::new_float(interpreter, value.number);
    case Tag::Str:
      // Identifier-like strings are interned, as CPython does, so that
      // lookups by them mostly match by identity.
      if (std::all_of(value.text.begin(), value.text.end(),
                      [](char c) { return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }))
        return Ref::borrow(interpreter.intern(value.text));
      return runtime::new_str(interpreter, value.text);
    case Tag::Complex: return runtime::new_complex(interpreter, {0.0, value.number});
    case Tag::Bytes: return runtime::new_bytes(interpreter, value.text);
    case Tag::Object: return Ref::borrow(runtime::Value::from_bits(static_cast<std::uint64_t>(value.integer)));
  }
  return Ref();
}

}  // namespace krait::compiler
