// Unit tests: the exception tables the compiler builds, for what running
// programs shows only indirectly: the runs are sorted and disjoint, their
// handlers lie inside the code, and the inline exits of finally bodies and
// with blocks are left unprotected by their own handler.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "compiler/code_object.h"
#include "compiler/compiler.h"
#include "compiler/symbol_table.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"

namespace krait::compiler {
namespace {

class ExceptionTableTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;

  runtime::Ref compile(const std::string& source) {
    Arena arena;
    parser::ParseOptions options;
    options.filename = "t.py";
    auto parsed = parser::parse(source, arena, options);
    EXPECT_FALSE(parsed.error);
    SymbolTableResult table = build_symbol_table(parsed.tree, source, "t.py");
    EXPECT_FALSE(table.error);
    CompileResult result = compile_module(interpreter, parsed.tree, *table.table, source, "t.py");
    EXPECT_FALSE(result.error);
    return std::move(result.code);
  }

  // Every code object of the module, nested ones included.
  void each_code(runtime::Value code, const std::function<void(const CodeObject&)>& visit) {
    const CodeObject& object = *as_code(code);
    visit(object);
    for (const runtime::Ref& constant : object.constants)
      if (constant.get().is_object() && constant.get().as_object()->type == object.type) each_code(constant.get(), visit);
  }
};

TEST_F(ExceptionTableTest, RunsAreSortedDisjointAndInsideTheCode) {
  runtime::Ref code = compile(
      "def f(x):\n"
      "    for i in range(3):\n"
      "        try:\n"
      "            with open(x) as h:\n"
      "                if i: break\n"
      "                return h\n"
      "        except (OSError, ValueError) as e:\n"
      "            try:\n"
      "                raise KeyError from e\n"
      "            finally:\n"
      "                continue\n"
      "        else:\n"
      "            pass\n"
      "        finally:\n"
      "            x = None\n"
      "    try:\n"
      "        pass\n"
      "    except* TypeError:\n"
      "        pass\n");
  int tables = 0;
  each_code(code.get(), [&](const CodeObject& object) {
    std::uint32_t previous_end = 0;
    for (const CodeObject::ExceptionHandler& handler : object.exception_table) {
      EXPECT_LT(handler.start, handler.end);
      EXPECT_GE(handler.start, previous_end);
      EXPECT_LT(handler.target, object.instructions.size());
      EXPECT_LT(handler.exception_register, object.register_count);
      previous_end = handler.end;
    }
    if (!object.exception_table.empty()) ++tables;
  });
  EXPECT_EQ(tables, 1);
}

TEST_F(ExceptionTableTest, HandlerAtFindsTheInnermostRun) {
  runtime::Ref code = compile(
      "try:\n"
      "    a = 1\n"
      "    try:\n"
      "        b = 2\n"
      "    except KeyError:\n"
      "        pass\n"
      "except ValueError:\n"
      "    pass\n");
  const CodeObject& object = *as_code(code.get());
  ASSERT_FALSE(object.exception_table.empty());
  EXPECT_EQ(object.handler_at(object.instructions.size() + 10), nullptr);
  // Each instruction of a run maps to that run's handler, and nothing else does.
  for (const CodeObject::ExceptionHandler& handler : object.exception_table)
    for (std::uint32_t index = handler.start; index < handler.end; ++index)
      EXPECT_EQ(object.handler_at(index), &handler);
  // Two distinct handlers at least: the outer try's and the inner one's.
  std::uint32_t targets = 0;
  for (const CodeObject::ExceptionHandler& handler : object.exception_table)
    if (handler.target != object.exception_table.front().target) ++targets;
  EXPECT_GT(targets, 0u);
}

TEST_F(ExceptionTableTest, CodeWithoutTryHasNoTable) {
  runtime::Ref code = compile("def f(x):\n    return [y * 2 for y in x if y]\nprint(f([1, 2]))\n");
  each_code(code.get(), [](const CodeObject& object) { EXPECT_TRUE(object.exception_table.empty()); });
}

}  // namespace
}  // namespace krait::compiler
