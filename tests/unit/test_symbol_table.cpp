// Unit tests: the compiler's symbol tables, for what the `--symtable` view
// cannot show (CPython's symtable module does not expose it): generator and
// coroutine flags, comprehension kinds, the class closure, future features,
// node-to-scope lookup, error fields and the depth bound.
#include <gtest/gtest.h>

#include <string>

#include "compiler/symbol_table.h"
#include "parser/parser.h"
#include "support/large_stack.h"

namespace krait::compiler {
namespace {

struct Built {
  Arena arena;
  SymbolTableResult result;
  const ast::Mod* tree = nullptr;
};

std::unique_ptr<Built> build(const std::string& source, parser::Mode mode = parser::Mode::Exec) {
  auto built = std::make_unique<Built>();
  parser::ParseOptions options;
  options.mode = mode;
  options.filename = "t.py";
  auto parsed = parser::parse(source, built->arena, options);
  EXPECT_FALSE(parsed.error) << (parsed.error ? parsed.error->message : "");
  built->tree = parsed.tree;
  if (parsed.tree) built->result = build_symbol_table(parsed.tree, source, "t.py");
  return built;
}

const Scope* child(const Scope* scope, std::size_t index) {
  EXPECT_LT(index, scope->children.size());
  return index < scope->children.size() ? scope->children[index] : nullptr;
}

TEST(SymbolTable, GeneratorAndCoroutineFlags) {
  auto built = build(
      "def g():\n    yield 1\n"
      "async def c():\n    await x\n"
      "async def ag():\n    yield 1\n"
      "def plain():\n    return 1\n");
  ASSERT_TRUE(built->result.table);
  const Scope* top = built->result.table->top;
  EXPECT_TRUE(child(top, 0)->generator);
  EXPECT_FALSE(child(top, 0)->coroutine);
  EXPECT_TRUE(child(top, 1)->coroutine);
  EXPECT_FALSE(child(top, 1)->generator);
  EXPECT_TRUE(child(top, 2)->coroutine);
  EXPECT_TRUE(child(top, 2)->generator);
  EXPECT_FALSE(child(top, 3)->generator || child(top, 3)->coroutine);
}

TEST(SymbolTable, ComprehensionKindsAndAsyncPropagation) {
  auto built = build("async def f():\n    [x async for x in y]\n    (z async for z in w)\n    {a: b for a, b in c}\n    {s for s in t}\n");
  ASSERT_TRUE(built->result.table);
  const Scope* function = child(built->result.table->top, 0);
  const Scope* list = child(function, 0);
  EXPECT_EQ(list->comprehension, Comprehension::List);
  EXPECT_TRUE(list->coroutine);
  EXPECT_FALSE(list->generator);
  EXPECT_EQ(child(function, 1)->comprehension, Comprehension::Generator);
  EXPECT_TRUE(child(function, 1)->generator);
  EXPECT_EQ(child(function, 2)->comprehension, Comprehension::Dict);
  EXPECT_EQ(child(function, 3)->comprehension, Comprehension::Set);
  ASSERT_EQ(list->parameters.size(), 1u);
  EXPECT_EQ(list->parameters[0], ".0");
}

TEST(SymbolTable, AsyncListComprehensionMakesEnclosingScopeACoroutine) {
  auto built = build("def f():\n    return [await x for x in y]\n");
  ASSERT_TRUE(built->result.table);
  EXPECT_TRUE(child(built->result.table->top, 0)->coroutine);
}

TEST(SymbolTable, ClassClosureForSuperAndDunderClass) {
  auto built = build(
      "class A:\n    def f(self): return super()\n"
      "class B:\n    def f(self): return __class__\n"
      "class C:\n    def f(self): return self\n");
  ASSERT_TRUE(built->result.table);
  const Scope* top = built->result.table->top;
  EXPECT_TRUE(child(top, 0)->needs_class_closure);
  EXPECT_TRUE(child(top, 1)->needs_class_closure);
  EXPECT_FALSE(child(top, 2)->needs_class_closure);
  EXPECT_EQ(child(top, 0)->lookup("__class__"), nullptr);
  const Symbol* cell = child(child(top, 0), 0)->lookup("__class__");
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->resolution, Resolution::Free);
}

TEST(SymbolTable, VarargsKeywordsAndNested) {
  auto built = build("def f(*a, **k):\n    def g(): pass\n    return lambda: 0\n");
  ASSERT_TRUE(built->result.table);
  const Scope* f = child(built->result.table->top, 0);
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkeywords);
  EXPECT_FALSE(f->nested);
  EXPECT_TRUE(child(f, 0)->nested);
  EXPECT_EQ(child(f, 1)->name, "lambda");
  EXPECT_TRUE(child(f, 1)->nested);
}

TEST(SymbolTable, ScopeOfNodes) {
  auto built = build("def f(): pass\nclass C: pass\n");
  ASSERT_TRUE(built->result.table);
  const SymbolTable& table = *built->result.table;
  const auto* module = static_cast<const ast::Module*>(built->tree);
  EXPECT_EQ(table.scope_of(module), table.top);
  EXPECT_EQ(table.scope_of(module->body[0])->name, "f");
  EXPECT_EQ(table.scope_of(module->body[1])->kind, ScopeKind::Class);
  EXPECT_EQ(table.scope_of(nullptr), nullptr);
}

TEST(SymbolTable, FutureFeatures) {
  auto built = build("'''doc'''\nfrom __future__ import annotations\nfrom __future__ import barry_as_FLUFL\nx = 1\n");
  ASSERT_TRUE(built->result.table);
  EXPECT_EQ(built->result.table->future_features, future_feature::annotations | future_feature::barry_as_flufl);
  EXPECT_EQ(built->result.table->future_lineno, 3);
  auto late = build("x = 1\nfrom __future__ import annotations\n");
  ASSERT_TRUE(late->result.table);  // the compiler's error, not the symbol table's
  EXPECT_EQ(late->result.table->future_features, 0u);
}

TEST(SymbolTable, FutureAnnotationsKeepNamesOutOfTheEnclosingScope) {
  auto built = build("from __future__ import annotations\ndef f(a: T) -> R:\n    x: U = 1\n");
  ASSERT_TRUE(built->result.table);
  const Scope* top = built->result.table->top;
  EXPECT_EQ(top->lookup("T"), nullptr);
  EXPECT_EQ(top->lookup("R"), nullptr);
  EXPECT_EQ(child(top, 0)->lookup("U"), nullptr);
  ASSERT_EQ(top->children.size(), 1u);
}

TEST(SymbolTable, ImportStarMark) {
  auto built = build("from os import *\n");
  ASSERT_TRUE(built->result.table);
  EXPECT_TRUE(built->result.table->top->has_import_star);
}

TEST(SymbolTable, ManglingAndSymbolOrder) {
  auto built = build("class _C:\n    b = 1\n    __a = 2\n    __d__ = 3\n");
  ASSERT_TRUE(built->result.table);
  const Scope* c = child(built->result.table->top, 0);
  ASSERT_EQ(c->symbols.size(), 3u);
  EXPECT_EQ(c->symbols[0].name, "b");
  EXPECT_EQ(c->symbols[1].name, "_C__a");
  EXPECT_EQ(c->symbols[2].name, "__d__");
}

TEST(SymbolTable, ErrorFieldsUseByteColumnsAsCPython) {
  const std::string source = "def f(\xc3\xa9):\n    global \xc3\xa9\n";
  auto built = build(source);
  ASSERT_TRUE(built->result.error);
  const SyntaxErrorInfo& error = *built->result.error;
  EXPECT_FALSE(built->result.table);
  EXPECT_EQ(error.type, "SyntaxError");
  EXPECT_EQ(error.message, "name '\xc3\xa9' is parameter and global");
  EXPECT_EQ(error.filename, "t.py");
  EXPECT_EQ(error.lineno, 2);
  EXPECT_EQ(error.offset, 5);
  EXPECT_EQ(error.end_lineno, 2);
  EXPECT_EQ(error.end_offset, 14);  // byte column 13 (12 characters), plus one
  EXPECT_EQ(error.text, "    global \xc3\xa9\n");
}

TEST(SymbolTable, OtherModes) {
  auto expression = build("[x for x in y]", parser::Mode::Eval);
  ASSERT_TRUE(expression->result.table);
  EXPECT_EQ(child(expression->result.table->top, 0)->name, "listcomp");
  auto interactive = build("nonlocal x\n", parser::Mode::Single);
  ASSERT_TRUE(interactive->result.error);
  EXPECT_EQ(interactive->result.error->message, "nonlocal declaration not allowed at module level");
}

TEST(SymbolTable, DeepNestingIsARecursionErrorNotACrash) {
  std::string source = "x = a";
  for (int i = 0; i < 20000; ++i) source += " + a";
  source += "\n";
  // As the CLI does, so the 3000-level limit has room under sanitizers too.
  decltype(build(source)) built;
  run_with_large_stack([&] { built = build(source); });
  ASSERT_TRUE(built->result.error);
  EXPECT_EQ(built->result.error->type, "RecursionError");
  EXPECT_EQ(built->result.error->message, "maximum recursion depth exceeded during compilation");
}

TEST(SymbolTable, ManyNestedFunctionsWithinTheLimit) {
  std::string source;
  for (int depth = 0; depth < 90; ++depth) source += std::string(depth, ' ') + "def f" + std::to_string(depth) + "(v):\n";
  source += std::string(90, ' ') + "return v\n";
  auto built = build(source);
  ASSERT_TRUE(built->result.table) << (built->result.error ? built->result.error->message : "");
  const Scope* scope = built->result.table->top;
  while (!scope->children.empty()) scope = scope->children[0];
  EXPECT_EQ(scope->lookup("v")->resolution, Resolution::Local);
}

}  // namespace
}  // namespace krait::compiler
