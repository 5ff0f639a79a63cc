// Native modules: builtins, a module over the interpreter's builtins dict
// (objects/builtins.cpp fills it), so `import builtins` and a module's
// __builtins__ see the names every lookup falls back to.
#include "modules/io/io.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {

runtime::Ref create_builtins_module(runtime::Interpreter& interpreter) {
  runtime::Ref module = runtime::new_module_with_dict(interpreter, "builtins", interpreter.builtins());
  runtime::Ref doc = runtime::new_str(interpreter, "Built-in functions, types, exceptions, and other objects.");
  runtime::module_set(interpreter, module.get(), "__doc__", doc.get());
  runtime::Ref open = io::new_open_function(interpreter);
  runtime::module_set(interpreter, module.get(), "open", open.get());
  return module;
}

}  // namespace krait::modules
