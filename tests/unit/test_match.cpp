// Unit tests: compiling match statements, for what the differential tests
// cannot see: where the compiler's SyntaxErrors point (CPython 3.11's
// positions, from compile()) and the MATCH_* instructions `--dis` shows.
#include <gtest/gtest.h>

#include <string>

#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "compiler/symbol_table.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"

namespace krait::compiler {
namespace {

class MatchCompileTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;

  CompileResult compile(const std::string& source) {
    Arena arena;
    parser::ParseOptions options;
    options.filename = "t.py";
    auto parsed = parser::parse(source, arena, options);
    EXPECT_FALSE(parsed.error) << (parsed.error ? parsed.error->message : "");
    if (!parsed.tree) return {};
    SymbolTableResult table = build_symbol_table(parsed.tree, source, "t.py");
    EXPECT_FALSE(table.error);
    if (!table.table) return {};
    return compile_module(interpreter, parsed.tree, *table.table, source, "t.py");
  }

  // "message line offset end_line end_offset", as CPython's SyntaxError has them.
  std::string error_of(const std::string& source) {
    CompileResult result = compile(source);
    if (!result.error) return "no error";
    const SyntaxErrorInfo& error = *result.error;
    return error.message + " " + std::to_string(error.lineno) + " " + std::to_string(error.offset) + " " +
           std::to_string(error.end_lineno) + " " + std::to_string(error.end_offset);
  }
};

TEST_F(MatchCompileTest, SyntaxErrorsPointWhereCPythonsDo) {
  EXPECT_EQ(error_of("match 1:\n case x:\n  pass\n case 2:\n  pass\n"),
            "name capture 'x' makes remaining patterns unreachable 2 7 2 8");
  EXPECT_EQ(error_of("match 1:\n case (_|1):\n  pass\n case 2: pass\n"),
            "wildcard makes remaining patterns unreachable 2 8 2 9");
  EXPECT_EQ(error_of("match 1:\n case [x, x]:\n  pass\n"), "multiple assignments to name 'x' in pattern 2 11 2 12");
  // At the pattern compiled last: the value of 'a', the inner capture.
  EXPECT_EQ(error_of("match 1:\n case {'a': x, **x}:\n  pass\n"),
            "multiple assignments to name 'x' in pattern 2 13 2 14");
  EXPECT_EQ(error_of("match 1:\n case x as __debug__:\n  pass\n"), "cannot assign to __debug__ 2 7 2 8");
  EXPECT_EQ(error_of("match 1:\n case (x, 1) | (1, y):\n  pass\n"), "alternative patterns bind different names 2 20 2 21");
  EXPECT_EQ(error_of("match 1:\n case {1: a, True: b}:\n  pass\n"), "mapping pattern checks duplicate key (True) 2 7 2 22");
  EXPECT_EQ(error_of("match 1:\n case {1+2j: a, 1+2j: b}:\n  pass\n"),
            "mapping pattern checks duplicate key ((1+2j)) 2 7 2 25");
  EXPECT_EQ(error_of("match 1:\n case [*a, *b]:\n  pass\n"), "multiple starred names in sequence pattern 2 7 2 15");
  EXPECT_EQ(error_of("match 1:\n case C(a=[x], b=y, a=z):\n  pass\n"), "attribute name repeated in class pattern: a 2 23 2 24");
  EXPECT_EQ(error_of("match 1:\n case C(__debug__=1):\n  pass\n"), "cannot assign to __debug__ 2 19 2 20");
  EXPECT_EQ(error_of("match 1:\n case f'x':\n  pass\n"), "patterns may only match literals and attribute lookups 2 7 2 11");
  EXPECT_EQ(error_of("match 1:\n case {f'a': 1}:\n  pass\n"),
            "mapping pattern keys may only match literals and attribute lookups 2 7 2 16");
  // Guarded, an irrefutable case may come before others.
  EXPECT_EQ(error_of("match 1:\n case x if x:\n  pass\n case _: pass\n"), "no error");
}

TEST_F(MatchCompileTest, DisassemblyShowsTheMatchInstructions) {
  CompileResult result = compile(
      "match s:\n"
      "    case [a, *_, b]: pass\n"
      "    case (a, *b): pass\n"
      "    case {'k': v, **rest}: pass\n"
      "    case Point(x, y=0): pass\n");
  ASSERT_TRUE(result.code);
  const std::string text = disassemble(result.code.get());
  for (const char* expected : {"MATCH_SEQUENCE        r0, 2, 1", "GET_LEN", "UNPACK_EX", "MATCH_MAPPING         r0, 1",
                               "MATCH_KEYS", "COPY_DICT_WITHOUT", "MATCH_CLASS", "1, 1 (('y',))"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
}

}  // namespace
}  // namespace krait::compiler
