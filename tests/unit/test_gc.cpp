// Unit tests: the cycle collector (runtime/gc.h), __del__, weak references
// and the gc and _weakref modules, through Python programs importing them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/symbol_table.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "parser/parser.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/arena.h"
#include "vm/vm.h"

namespace krait::runtime {
namespace {

class GcTest : public ::testing::Test {
 protected:
  GcTest() { vm::install(interpreter); }

  // Runs `source` as a module; what it printed, and the uncaught
  // exception's traceback (or "") after "---" when it printed to stderr.
  std::string run(const std::string& source) {
    Arena arena;
    parser::ParseOptions options;
    options.filename = "test.py";
    // _weakref: the unit tests run without the standard library (weakref.py).
    const std::string program = "import gc, _weakref as weakref\n" + source;
    auto parsed = parser::parse(program, arena, options);
    EXPECT_FALSE(parsed.error);
    if (parsed.error) return "syntax error";
    auto table = compiler::build_symbol_table(parsed.tree, program, "test.py");
    EXPECT_TRUE(table.table);
    auto compiled = compiler::compile_module(interpreter, parsed.tree, *table.table, program, "test.py");
    EXPECT_FALSE(compiled.error);
    if (compiled.error) return "compile error";
    Ref globals = new_dict(interpreter);
    dict_set_str(interpreter, globals.get(), interpreter.intern("__name__"), interpreter.intern("__main__"));
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    Ref outcome = vm::run_module(interpreter, compiled.code.get(), globals.get());
    if (!outcome) vm::report_uncaught(interpreter, interpreter.take_exception().get());
    collect_garbage(interpreter);
    dict_clear(interpreter, globals.get());
    std::string out = testing::internal::GetCapturedStdout();
    std::string error = testing::internal::GetCapturedStderr();
    return error.empty() ? out : out + "---\n" + error;
  }

  Interpreter interpreter;
};

TEST_F(GcTest, CollectsCycles) {
  EXPECT_EQ(run("gc.collect()\n"
                "l = []; l.append(l); del l\n"
                "print(gc.collect())\n"
                "class A: pass\n"
                "a = A(); a.x = a; del a\n"
                "print(gc.collect())\n"
                "b = A(); c = A(); b.c = c; c.b = b; del b, c\n"
                "print(gc.collect())\n"
                "d = {}; d['d'] = d; del d\n"
                "print(gc.collect(), gc.collect())\n"),
            "1\n1\n2\n1 0\n");
}

TEST_F(GcTest, FinalizersRunOnceAndMayResurrect) {
  EXPECT_EQ(run("class A:\n"
                "    def __del__(self):\n"
                "        print('del', self.n)\n"
                "        global saved\n"
                "        if self.n == 2: saved = self\n"
                "a = A(); a.n = 1; del a\n"
                "b = A(); b.n = 2; b.me = b; del b\n"
                "gc.collect()\n"
                "print(saved.n)\n"
                "del saved\n"
                "print(gc.collect())\n"
                "print('end')\n"),
            "del 1\ndel 2\n2\n1\nend\n");
}

TEST_F(GcTest, WeakReferences) {
  EXPECT_EQ(run("class A: pass\n"
                "a = A()\n"
                "r = weakref.ref(a, lambda w: print('callback', w() is None))\n"
                "print(r() is a, weakref.getweakrefcount(a), weakref.ref(a) is weakref.ref(a))\n"
                "del a\n"
                "print(r())\n"
                "b = A(); b.self = b\n"
                "rb = weakref.ref(b, lambda w: print('cycle callback'))\n"
                "del b\n"
                "print(gc.collect(), rb())\n"
                "try: weakref.ref(1)\n"
                "except TypeError as e: print(e)\n"),
            "True 1 True\ncallback True\nNone\ncycle callback\n1 None\ncannot create weak reference to 'int' object\n");
}

TEST_F(GcTest, ThresholdTriggersCollection) {
  EXPECT_EQ(run("class A:\n"
                "    def __del__(self): A.count += 1\n"
                "A.count = 0\n"
                "gc.set_threshold(50)\n"
                "for i in range(1000):\n"
                "    a = A(); a.me = a\n"
                "del a\n"
                "print(A.count > 900, gc.get_threshold())\n"),
            "True (50, 10, 10)\n");
}

TEST_F(GcTest, ContainersCarryAHeaderOthersDoNot) {
  EXPECT_TRUE(is_container(interpreter.list_type));
  EXPECT_TRUE(is_container(interpreter.dict_type));
  EXPECT_TRUE(is_container(interpreter.tuple_type));
  EXPECT_FALSE(is_container(interpreter.int_type));
  EXPECT_FALSE(is_container(interpreter.float_type));
  EXPECT_FALSE(is_container(interpreter.str_type));
  EXPECT_FALSE(is_container(interpreter.bytes_type));
  Ref list = new_list(interpreter, {});
  EXPECT_TRUE(gc_is_tracked(list.get().as_object()));
  // Built-in types are containers the interpreter owns: never tracked.
  EXPECT_FALSE(gc_is_tracked(interpreter.int_type));
}

// Each interpreter has its own generations: collecting one leaves the
// other's garbage alone.
TEST(GcInterpreters, EachCollectsItsOwnCycles) {
  Interpreter first, second;
  for (Interpreter* interpreter : {&first, &second}) {
    Ref list = new_list(*interpreter, {});
    list_append(list.get(), list.get());
  }
  EXPECT_EQ(collect_garbage(first), 1);
  EXPECT_EQ(collect_garbage(first), 0);
  EXPECT_EQ(collect_garbage(second), 1);
}

// Whether ending the interpreter could run Python code: a live object with
// a finalizer (__del__, a suspended generator), a weak reference with a
// callback, or a gc callback makes the teardown observable.
TEST_F(GcTest, TeardownIsQuietWithoutFinalizersOrCallbacks) {
  // `exempt`: the name of a global whose object does not count; nor do
  // those made before the program (the standard streams).
  const auto quiet_after = [&](const std::string& source, const char* exempt = nullptr) {
    std::vector<Object*> exempted = gc_tracked_objects(interpreter, -1);
    Arena arena;
    parser::ParseOptions options;
    options.filename = "test.py";
    const std::string program = "import gc, _weakref as weakref\n" + source;
    auto parsed = parser::parse(program, arena, options);
    auto table = compiler::build_symbol_table(parsed.tree, program, "test.py");
    auto compiled = compiler::compile_module(interpreter, parsed.tree, *table.table, program, "test.py");
    Ref globals = new_dict(interpreter);
    dict_set_str(interpreter, globals.get(), interpreter.intern("__name__"), interpreter.intern("__main__"));
    EXPECT_TRUE(vm::run_module(interpreter, compiled.code.get(), globals.get()));
    if (exempt) exempted.push_back(dict_get_str(globals.get(), interpreter.intern(exempt)).as_object());
    const bool quiet = gc_teardown_is_quiet(interpreter, exempted);
    dict_clear(interpreter, globals.get());
    collect_garbage(interpreter);
    return quiet;
  };
  EXPECT_TRUE(quiet_after("class A: pass\na = A(); a.me = a\nf = lambda: 1\n"));
  EXPECT_FALSE(quiet_after("class A:\n    def __del__(self): pass\na = A()\n"));
  EXPECT_FALSE(quiet_after("def g():\n    yield 1\nit = g()\n"));
  EXPECT_FALSE(quiet_after("class A: pass\na = A()\nr = weakref.ref(a, print)\n"));
  EXPECT_TRUE(quiet_after("class A: pass\na = A()\nr = weakref.ref(a)\n"));
  EXPECT_FALSE(quiet_after("gc.callbacks.append(print)\n"));
  EXPECT_TRUE(quiet_after("gc.callbacks.clear()\n"));
  // An exempt object (at exit, the standard streams) does not count.
  EXPECT_TRUE(quiet_after("class A:\n    def __del__(self): pass\na = A()\n", "a"));
  EXPECT_FALSE(quiet_after("class A:\n    def __del__(self): pass\na = A(); b = A()\n", "a"));
}

}  // namespace
}  // namespace krait::runtime
