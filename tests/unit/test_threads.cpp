// Unit tests: threads (runtime/thread_state.h) through _thread: threads of
// one interpreter share its GIL; separate interpreters, each with its own
// GIL, run at the same time in threads of one process.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "compiler/compiler.h"
#include "compiler/symbol_table.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/arena.h"
#include "vm/vm.h"

namespace krait::runtime {
namespace {

// Runs `source` as a module in a new interpreter: the repr of its global
// `result`, or what went wrong.
std::string run_in_new_interpreter(const std::string& source) {
  Interpreter interpreter;
  vm::install(interpreter);
  Arena arena;
  parser::ParseOptions options;
  options.filename = "test.py";
  auto parsed = parser::parse(source, arena, options);
  if (parsed.error) return "syntax error";
  auto table = compiler::build_symbol_table(parsed.tree, source, "test.py");
  auto compiled = compiler::compile_module(interpreter, parsed.tree, *table.table, source, "test.py");
  if (compiled.error) return "compile error";
  Ref globals = new_dict(interpreter);
  dict_set_str(interpreter, globals.get(), interpreter.intern("__name__"), interpreter.intern("__main__"));
  Ref outcome = vm::run_module(interpreter, compiled.code.get(), globals.get());
  std::string text;
  if (!outcome) {
    Ref exception = interpreter.take_exception();
    text = std::string("error: ") + std::string(type_name(interpreter, exception.get()));
  } else {
    Ref shown = repr(interpreter, dict_get_str(globals.get(), interpreter.intern("result")));
    text = shown ? std::string(str_utf8(shown.get())) : "repr failed";
  }
  dict_clear(interpreter, globals.get());
  return text;
}

// Four threads add to a counter under a lock; the main thread waits for
// each one's "done" lock, then for the threads' end. Busy loops make the
// GIL change hands.
const char* const counting_program =
    "import _thread\n"
    "counter = 0\n"
    "lock = _thread.allocate_lock()\n"
    "def work(done):\n"
    "    global counter\n"
    "    for _ in range(20000):\n"
    "        lock.acquire()\n"
    "        counter += 1\n"
    "        lock.release()\n"
    "    done.release()\n"
    "dones = []\n"
    "for _ in range(4):\n"
    "    done = _thread.allocate_lock()\n"
    "    done.acquire()\n"
    "    dones.append(done)\n"
    "    _thread.start_new_thread(work, (done,))\n"
    "for done in dones:\n"
    "    done.acquire()\n"
    "result = counter\n"
    "import time\n"
    "while _thread._count():\n"
    "    time.sleep(0.001)\n";

TEST(ThreadsTest, ThreadsShareTheInterpreter) { EXPECT_EQ(run_in_new_interpreter(counting_program), "80000"); }

TEST(ThreadsTest, InterpretersRunInParallel) {
  std::string first, second;
  std::thread a([&] { first = run_in_new_interpreter(counting_program); });
  std::thread b([&] { second = run_in_new_interpreter(counting_program); });
  a.join();
  b.join();
  EXPECT_EQ(first, "80000");
  EXPECT_EQ(second, "80000");
}

TEST(ThreadsTest, ExceptionsArePerThread) {
  EXPECT_EQ(run_in_new_interpreter("import _thread\n"
                                   "seen = []\n"
                                   "done = _thread.allocate_lock()\n"
                                   "done.acquire()\n"
                                   "def work():\n"
                                   "    try:\n"
                                   "        raise KeyError(1)\n"
                                   "    except KeyError as e:\n"
                                   "        seen.append(type(e).__name__)\n"
                                   "    done.release()\n"
                                   "try:\n"
                                   "    raise ValueError(2)\n"
                                   "except ValueError:\n"
                                   "    _thread.start_new_thread(work, ())\n"
                                   "    done.acquire()\n"
                                   "    import sys\n"
                                   "    seen.append(type(sys.exception()).__name__)\n"
                                   "result = seen\n"
                                   "import time\n"
                                   "while _thread._count():\n"
                                   "    time.sleep(0.001)\n"),
            "['KeyError', 'ValueError']");
}

}  // namespace
}  // namespace krait::runtime
