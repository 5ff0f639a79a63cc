// Native modules: the registry of modules written in C++ (native_modules.def),
// which the import system (vm/import.cpp) consults after sys.modules.
#pragma once

#include <span>
#include <string_view>

#include "runtime/interpreter.h"

namespace krait::modules {

// Makes the module (a new runtime::ModuleObject) or returns null with the
// exception pending.
using CreateModule = runtime::Ref (*)(runtime::Interpreter& interpreter);

struct NativeModule {
  std::string_view name;
  CreateModule create;
};

// Every native module, in table order.
std::span<const NativeModule> native_modules();

// The native module called `name`, or null.
const NativeModule* find_native_module(std::string_view name);

}  // namespace krait::modules
