// Unit tests: instruction positions (co_positions) and the traceback display
// of an uncaught exception (vm/traceback.cpp), through programs written to a
// temporary file so the display can read their lines.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "compiler/compiler.h"
#include "objects/dict_object.h"
#include "runtime/interpreter.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

class TracebackTest : public ::testing::Test {
 protected:
  TracebackTest() { install(interpreter); }

  // Runs `source` from a file; what it printed, then "---" and stderr.
  std::string run(const std::string& source) {
    // A file of this test's own: CTest runs tests in parallel processes.
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("krait_traceback_" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
         std::to_string(getpid()) + ".py");
    std::ofstream(path) << source;
    auto compiled = compiler::compile_source(interpreter, source, path.string());
    EXPECT_FALSE(compiled.error);
    if (compiled.error) return "compile error";
    runtime::Ref globals = runtime::new_dict(interpreter);
    runtime::dict_set_str(interpreter, globals.get(), interpreter.intern("__name__"), interpreter.intern("__main__"));
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    runtime::Ref outcome = run_module(interpreter, compiled.code.get(), globals.get());
    if (!outcome) report_uncaught(interpreter, interpreter.take_exception().get());
    runtime::dict_clear(interpreter, globals.get());
    std::string out = testing::internal::GetCapturedStdout();
    std::string error = testing::internal::GetCapturedStderr();
    std::filesystem::remove(path);
    // The file's directory is left out, as the differential tests do.
    for (std::size_t at; (at = error.find(path.string())) != std::string::npos;) error.replace(at, path.string().size(), "t.py");
    return out + "---\n" + error;
  }

  runtime::Interpreter interpreter;
};

TEST_F(TracebackTest, PositionsHaveColumns) {
  EXPECT_EQ(run("def f(a, b):\n    return a + b\n"
                "print(sorted({p for p in f.__code__.co_positions() if p[2] is not None and p[3] - p[2] == 5}))\n"),
            "[(2, 2, 11, 16)]\n---\n");
}

TEST_F(TracebackTest, CaretsUnderOperatorAndSubscript) {
  EXPECT_EQ(run("x = {'a': 1}\ny = x['a'] + None\n"),
            "---\nTraceback (most recent call last):\n"
            "  File \"t.py\", line 2, in <module>\n"
            "    y = x['a'] + None\n"
            "        ~~~~~~~^~~~~~\n"
            "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n");
  EXPECT_EQ(run("items = []\nitems[0]\n"),
            "---\nTraceback (most recent call last):\n"
            "  File \"t.py\", line 2, in <module>\n"
            "    items[0]\n"
            "    ~~~~~^^^\n"
            "IndexError: list index out of range\n");
}

TEST_F(TracebackTest, NoCaretsWhenTheWholeLineFails) {
  EXPECT_EQ(run("raise ValueError('v')\n"),
            "---\nTraceback (most recent call last):\n"
            "  File \"t.py\", line 1, in <module>\n"
            "    raise ValueError('v')\n"
            "ValueError: v\n");
}

TEST_F(TracebackTest, SuggestsSimilarNames) {
  EXPECT_EQ(run("counter = 1\ncountr\n"),
            "---\nTraceback (most recent call last):\n"
            "  File \"t.py\", line 2, in <module>\n"
            "    countr\n"
            "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n");
}

TEST_F(TracebackTest, ExceptionGroupsAreBoxed) {
  EXPECT_EQ(run("raise ExceptionGroup('g', [ValueError(1)])\n"),
            "---\n  + Exception Group Traceback (most recent call last):\n"
            "  |   File \"t.py\", line 1, in <module>\n"
            "  |     raise ExceptionGroup('g', [ValueError(1)])\n"
            "  | ExceptionGroup: g (1 sub-exception)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | ValueError: 1\n"
            "    +------------------------------------\n");
}

}  // namespace
}  // namespace krait::vm
