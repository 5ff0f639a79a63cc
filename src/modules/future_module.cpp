// Native modules: __future__, which `from __future__ import x` really
// imports (the compiler acts on the feature; the import binds the name).
// As Lib/__future__.py: a _Feature per feature, all_feature_names and the
// CO_* compiler flags.
#include <string>
#include <vector>

#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/struct_sequence.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

struct Release {
  int major, minor, micro;
  const char* level;
  int serial;
};

struct Feature {
  const char* name;
  Release optional;
  Release mandatory;  // major 0: none (the feature never became mandatory)
  int compiler_flag;
  const char* flag_name;
};

constexpr Feature features[] = {
    {"nested_scopes", {2, 1, 0, "beta", 1}, {2, 2, 0, "alpha", 0}, 0x10, "CO_NESTED"},
    {"generators", {2, 2, 0, "alpha", 1}, {2, 3, 0, "final", 0}, 0, "CO_GENERATOR_ALLOWED"},
    {"division", {2, 2, 0, "alpha", 2}, {3, 0, 0, "alpha", 0}, 0x20000, "CO_FUTURE_DIVISION"},
    {"absolute_import", {2, 5, 0, "alpha", 1}, {3, 0, 0, "alpha", 0}, 0x40000, "CO_FUTURE_ABSOLUTE_IMPORT"},
    {"with_statement", {2, 5, 0, "alpha", 1}, {2, 6, 0, "alpha", 0}, 0x80000, "CO_FUTURE_WITH_STATEMENT"},
    {"print_function", {2, 6, 0, "alpha", 2}, {3, 0, 0, "alpha", 0}, 0x100000, "CO_FUTURE_PRINT_FUNCTION"},
    {"unicode_literals", {2, 6, 0, "alpha", 2}, {3, 0, 0, "alpha", 0}, 0x200000, "CO_FUTURE_UNICODE_LITERALS"},
    {"barry_as_FLUFL", {3, 1, 0, "alpha", 2}, {4, 0, 0, "alpha", 0}, 0x400000, "CO_FUTURE_BARRY_AS_BDFL"},
    {"generator_stop", {3, 5, 0, "beta", 1}, {3, 7, 0, "alpha", 0}, 0x800000, "CO_FUTURE_GENERATOR_STOP"},
    {"annotations", {3, 7, 0, "beta", 1}, {0, 0, 0, "", 0}, 0x1000000, "CO_FUTURE_ANNOTATIONS"},
};

Ref release_tuple(Interpreter& interpreter, const Release& release) {
  if (release.major == 0) return interpreter.new_none();
  Ref level = runtime::new_str(interpreter, release.level);
  const Value items[] = {Value::small_int(release.major), Value::small_int(release.minor),
                         Value::small_int(release.micro), level.get(), Value::small_int(release.serial)};
  return runtime::new_tuple(interpreter, items);
}

}  // namespace

Ref create_future_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "__future__");
  runtime::Type* feature_type =
      runtime::new_struct_sequence_type(interpreter, "_Feature", {"optional", "mandatory", "compiler_flag"});
  Ref names = runtime::new_list(interpreter, {});
  for (const Feature& feature : features) {
    Ref optional = release_tuple(interpreter, feature.optional);
    Ref mandatory = release_tuple(interpreter, feature.mandatory);
    const Value items[] = {optional.get(), mandatory.get(), Value::small_int(feature.compiler_flag)};
    Ref value = runtime::new_struct_sequence(interpreter, feature_type, items);
    runtime::module_set(interpreter, module.get(), feature.name, value.get());
    runtime::module_set(interpreter, module.get(), feature.flag_name, Value::small_int(feature.compiler_flag));
    runtime::list_append(names.get(), interpreter.intern(feature.name));
  }
  runtime::module_set(interpreter, module.get(), "all_feature_names", names.get());
  return module;
}

}  // namespace krait::modules
