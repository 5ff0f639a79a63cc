// Native modules: the shared state and helpers of modules/module_types.h.
#include "modules/module_types.h"

#include "objects/module_object.h"
#include "objects/str_object.h"

namespace krait::modules {

IterModuleTypes& iter_module_types(runtime::Interpreter& interpreter) {
  if (!interpreter.iter_module_types)
    interpreter.iter_module_types = {new IterModuleTypes, [](IterModuleTypes* types) { delete types; }};
  return *interpreter.iter_module_types;
}

runtime::Ref instance_dict_getter(runtime::Interpreter& interpreter, runtime::Value self) {
  return runtime::instance_dict(interpreter, self);
}

runtime::Ref iterator_self(runtime::Interpreter&, runtime::Value self) { return runtime::Ref::borrow(self); }

void set_module_doc(runtime::Interpreter& interpreter, runtime::Value module, const char* text) {
  runtime::Ref doc = runtime::new_str(interpreter, text);
  runtime::module_set(interpreter, module, "__doc__", doc.get());
}

std::string_view short_type_name(const runtime::Type* type) {
  const std::string_view name = type->name;
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

}  // namespace krait::modules
