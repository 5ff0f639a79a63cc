// Native modules: the registry, generated from native_modules.def.
#include "modules/registry.h"

namespace krait::modules {

#define KRAIT_NATIVE_MODULE(name, create) runtime::Ref create(runtime::Interpreter& interpreter);
#include "modules/native_modules.def"
#undef KRAIT_NATIVE_MODULE

namespace {

constexpr NativeModule table[] = {
#define KRAIT_NATIVE_MODULE(name, create) {name, &create},
#include "modules/native_modules.def"
#undef KRAIT_NATIVE_MODULE
};

}  // namespace

std::span<const NativeModule> native_modules() { return table; }

const NativeModule* find_native_module(std::string_view name) {
  for (const NativeModule& module : table)
    if (module.name == name) return &module;
  return nullptr;
}

}  // namespace krait::modules
