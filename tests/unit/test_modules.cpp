// Unit tests: the native-module registry and the import system's entry
// points, for what the differential tests cannot reach: every registered
// module creates itself, compile_file's SyntaxError fields, imports from a
// directory put on sys.path, and the namespaces cleared at exit.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>

#include "modules/registry.h"
#include "modules/sys_module.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

using runtime::Ref;
using runtime::Value;

class ModulesTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;
  std::filesystem::path directory;

  void SetUp() override {
    install(interpreter);
    directory = std::filesystem::temp_directory_path() / ("krait_modules_test_" + std::to_string(getpid()));
    std::filesystem::create_directories(directory);
    modules::SysConfiguration configuration;
    configuration.argv = {"test"};
    configuration.path = {directory.string()};
    modules::configure_sys(interpreter, configuration);
  }
  void TearDown() override { std::filesystem::remove_all(directory); }

  void write(const std::string& name, const std::string& text) {
    std::ofstream(directory / name) << text;
  }

  Ref import(const std::string& name) {
    Ref text = runtime::new_str(interpreter, name);
    return import_module_level(interpreter, text.get(), Value(), Value(), 0);
  }

  std::string attribute_text(Value object, const char* name) {
    Ref value = runtime::get_attribute(interpreter, object, interpreter.intern(name));
    Ref shown = value ? runtime::str(interpreter, value.get()) : Ref();
    if (!shown) {
      Ref discarded = interpreter.take_exception();
      return "<error>";
    }
    return std::string(runtime::str_utf8(shown.get()));
  }
};

TEST_F(ModulesTest, EveryNativeModuleImportsAsBuiltIn) {
  std::set<std::string_view> names;
  for (const modules::NativeModule& native : modules::native_modules()) {
    EXPECT_TRUE(names.insert(native.name).second) << "registered twice: " << native.name;
    EXPECT_EQ(modules::find_native_module(native.name), &native);
    Ref module = import(std::string(native.name));
    ASSERT_TRUE(module) << native.name;
    EXPECT_TRUE(runtime::as_module(module.get())->builtin);
    Ref shown = runtime::repr(interpreter, module.get());
    EXPECT_EQ(runtime::str_utf8(shown.get()), "<module '" + std::string(native.name) + "' (built-in)>");
  }
  EXPECT_EQ(modules::find_native_module("no such module"), nullptr);
}

TEST_F(ModulesTest, InstallLoadsBuiltinsAndSys) {
  const Value modules = interpreter.modules.get();
  EXPECT_FALSE(runtime::dict_get_str(modules, interpreter.intern("sys")).is_null());
  const Value builtins = runtime::dict_get_str(modules, interpreter.intern("builtins"));
  ASSERT_FALSE(builtins.is_null());
  EXPECT_EQ(runtime::module_dict(builtins), interpreter.builtins());
}

TEST_F(ModulesTest, ImportsSourceModulesAndPackagesFromSysPath) {
  write("plain.py", "value = 6 * 7\n");
  std::filesystem::create_directories(directory / "package");
  write("package/__init__.py", "from . import inner\n");
  write("package/inner.py", "name = __name__\n");
  Ref plain = import("plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(attribute_text(plain.get(), "value"), "42");
  EXPECT_EQ(attribute_text(plain.get(), "__file__"), (directory / "plain.py").string());
  Ref package = import("package.inner");  // the top package
  ASSERT_TRUE(package);
  EXPECT_EQ(attribute_text(package.get(), "__name__"), "package");
  Ref inner = runtime::get_attribute(interpreter, package.get(), interpreter.intern("inner"));
  ASSERT_TRUE(inner);
  EXPECT_EQ(attribute_text(inner.get(), "name"), "package.inner");
}

TEST_F(ModulesTest, CompileFileRaisesSyntaxErrorWithItsFields) {
  write("broken.py", "x = 1\nx = = 2\n");
  const std::string path = (directory / "broken.py").string();
  Ref code = compile_file(interpreter, path);
  EXPECT_FALSE(code);
  ASSERT_TRUE(interpreter.exception_is(interpreter.SyntaxError_type));
  Ref error = interpreter.take_exception();
  EXPECT_EQ(attribute_text(error.get(), "filename"), path);
  EXPECT_EQ(attribute_text(error.get(), "lineno"), "2");
  EXPECT_EQ(attribute_text(error.get(), "text"), "x = = 2\n");
  Ref shown = runtime::str(interpreter, error.get());
  EXPECT_EQ(runtime::str_utf8(shown.get()), "invalid syntax (broken.py, line 2)");
}

TEST_F(ModulesTest, AFailedImportLeavesNoModule) {
  write("failing.py", "1 / 0\n");
  EXPECT_FALSE(import("failing"));
  EXPECT_TRUE(interpreter.exception_is(interpreter.ZeroDivisionError_type));
  Ref discarded = interpreter.take_exception();
  EXPECT_TRUE(runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("failing")).is_null());
}

TEST_F(ModulesTest, ClearModulesEmptiesNamespacesAndSysModules) {
  write("kept.py", "def f():\n    return f\n");
  Ref kept = import("kept");
  ASSERT_TRUE(kept);
  runtime::clear_modules(interpreter);
  EXPECT_EQ(runtime::as_dict(interpreter.modules.get())->used, 0u);
  EXPECT_EQ(runtime::as_dict(runtime::module_dict(kept.get()))->used, 0u);
  EXPECT_FALSE(runtime::dict_get_str(interpreter.builtins(), interpreter.intern("len")).is_null());
}

}  // namespace
}  // namespace krait::vm
