// Support: opening ICU with dlopen (see icu_library.h).
#include "support/icu_library.h"

#include <dlfcn.h>

#include <type_traits>

namespace krait::icu {
namespace {

#define KRAIT_STRINGIFY_EXPANDED(x) #x
#define KRAIT_STRINGIFY(x) KRAIT_STRINGIFY_EXPANDED(x)

Library open_library() {
  Library functions;
  void* handle = dlopen("libicuuc.so." KRAIT_STRINGIFY(U_ICU_VERSION_MAJOR_NUM), RTLD_NOW | RTLD_LOCAL);
  if (!handle) return functions;
  bool complete = true;
  auto find = [&](auto& pointer, const char* name) {
    pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(dlsym(handle, name));
    complete = complete && pointer;
  };
  // The macro names expand to ICU's versioned symbols (u_charAge_72, ...).
  find(functions.char_age, KRAIT_STRINGIFY(u_charAge));
  find(functions.has_binary_property, KRAIT_STRINGIFY(u_hasBinaryProperty));
  find(functions.char_direction, KRAIT_STRINGIFY(u_charDirection));
  find(functions.int_property_value, KRAIT_STRINGIFY(u_getIntPropertyValue));
  find(functions.char_digit_value, KRAIT_STRINGIFY(u_charDigitValue));
  find(functions.to_lower, KRAIT_STRINGIFY(u_strToLower));
  find(functions.to_upper, KRAIT_STRINGIFY(u_strToUpper));
  find(functions.fold_case, KRAIT_STRINGIFY(u_strFoldCase));
  find(functions.case_map_open, KRAIT_STRINGIFY(ucasemap_open));
  find(functions.case_map_close, KRAIT_STRINGIFY(ucasemap_close));
  find(functions.case_map_to_title, KRAIT_STRINGIFY(ucasemap_toTitle));
  find(functions.char_from_name, KRAIT_STRINGIFY(u_charFromName));
  find(functions.char_name, KRAIT_STRINGIFY(u_charName));
  find(functions.numeric_value, KRAIT_STRINGIFY(u_getNumericValue));
  find(functions.nfkd_instance, KRAIT_STRINGIFY(unorm2_getNFKDInstance));
  find(functions.raw_decomposition, KRAIT_STRINGIFY(unorm2_getRawDecomposition));
  if (!complete) return Library();
  functions.loaded = true;
  return functions;
}

}  // namespace

const Library& library() {
  static const Library functions = open_library();
  return functions;
}

}  // namespace krait::icu
