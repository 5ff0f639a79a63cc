// Unit tests: compile()'s code and the eval/exec builtins, for what the
// differential tests cannot see: which instructions compile()'s top level
// uses, and running code objects with namespaces made in C++.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "vm/vm.h"

namespace krait::compiler {
namespace {

class EvalTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;

  EvalTest() { vm::install(interpreter); }

  std::string disassembly(const std::string& source, const CompileOptions& options) {
    CompileResult result = compile_source(interpreter, source, "<string>", tokenizer::SourceOrigin::Text, options);
    EXPECT_FALSE(result.error) << (result.error ? result.error->message : "");
    return result.code ? disassemble(result.code.get()) : "";
  }

  // builtins.<function>(arguments...), the result's repr ("error: Type" when it raises).
  std::string call_builtin(const char* function, std::initializer_list<runtime::Value> arguments) {
    const runtime::Value callee = runtime::dict_get_str(interpreter.builtins(), interpreter.intern(function));
    std::vector<runtime::Value> values(arguments);
    runtime::Ref result = runtime::call(interpreter, callee, values.data(), values.size());
    if (!result) {
      runtime::Ref exception = interpreter.take_exception();
      return "error: " + std::string(runtime::type_name(interpreter, exception.get()));
    }
    runtime::Ref text = runtime::repr(interpreter, result.get());
    return std::string(runtime::str_utf8(text.get()));
  }
};

TEST_F(EvalTest, TopLevelNamesUseTheLocalsOnlyForCompile) {
  CompileOptions options;
  EXPECT_NE(disassembly("x = y\n", options).find("STORE_GLOBAL"), std::string::npos);
  options.names_in_namespace = true;
  const std::string text = disassembly("x = y\n", options);
  EXPECT_NE(text.find("LOAD_NAME"), std::string::npos);
  EXPECT_NE(text.find("STORE_NAME"), std::string::npos);
  EXPECT_EQ(text.find("GLOBAL"), std::string::npos);
  // An explicit global stays a global.
  EXPECT_NE(disassembly("global g\ng = 1\n", options).find("STORE_GLOBAL"), std::string::npos);
}

TEST_F(EvalTest, ModesReturnOrPrint) {
  CompileOptions options;
  options.names_in_namespace = true;
  options.mode = parser::Mode::Eval;
  EXPECT_NE(disassembly("1 + x", options).find("RETURN "), std::string::npos);
  options.mode = parser::Mode::Single;
  EXPECT_NE(disassembly("x\n", options).find("PRINT_EXPR"), std::string::npos);
  EXPECT_EQ(disassembly("x = 1\n", options).find("PRINT_EXPR"), std::string::npos);
}

TEST_F(EvalTest, EvalAndExecWithNamespacesFromCpp) {
  runtime::Ref globals = runtime::new_dict(interpreter);
  runtime::Ref locals = runtime::new_dict(interpreter);
  runtime::Ref seven = runtime::Ref::small_int(7);
  runtime::dict_set_str(interpreter, globals.get(), interpreter.intern("g"), seven.get());
  runtime::Ref source = runtime::new_str(interpreter, "l = g * 2");
  EXPECT_EQ(call_builtin("exec", {source.get(), globals.get(), locals.get()}), "None");
  EXPECT_EQ(runtime::dict_get_str(locals.get(), interpreter.intern("l")), runtime::Value::small_int(14));
  EXPECT_TRUE(runtime::dict_get_str(globals.get(), interpreter.intern("l")).is_null());
  EXPECT_FALSE(runtime::dict_get_str(globals.get(), interpreter.intern("__builtins__")).is_null());
  runtime::Ref expression = runtime::new_str(interpreter, "  l + g");
  EXPECT_EQ(call_builtin("eval", {expression.get(), globals.get(), locals.get()}), "21");
  runtime::Ref bad = runtime::new_str(interpreter, "1 +");
  EXPECT_EQ(call_builtin("eval", {bad.get(), globals.get()}), "error: SyntaxError");
  runtime::Ref missing = runtime::new_str(interpreter, "nowhere");
  EXPECT_EQ(call_builtin("eval", {missing.get(), globals.get()}), "error: NameError");
}

}  // namespace
}  // namespace krait::compiler
