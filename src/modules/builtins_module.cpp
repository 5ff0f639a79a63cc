// Native modules: builtins, a module over the interpreter's builtins dict
// (objects/builtins.cpp fills it), so `import builtins` and a module's
// __builtins__ see the names every lookup falls back to.
#include "modules/builtins_module.h"

#include "modules/io/io.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {

runtime::Ref create_builtins_module(runtime::Interpreter& interpreter) {
  runtime::Ref module = runtime::new_module_with_dict(interpreter, "builtins", interpreter.builtins());
  runtime::Ref doc = runtime::new_str(interpreter, "Built-in functions, types, exceptions, and other objects.");
  runtime::module_set(interpreter, module.get(), "__doc__", doc.get());
  runtime::Ref open = io::new_open_function(interpreter);
  runtime::module_set(interpreter, module.get(), "open", open.get());
  return module;
}

bool add_site_builtins(runtime::Interpreter& interpreter) {
  using runtime::Ref;
  using runtime::Value;
  Ref site_builtins = runtime::import_module(interpreter, "_sitebuiltins");
  if (!site_builtins) return false;
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref printer = runtime::get_attribute(interpreter, site_builtins.get(), interpreter.intern("_Printer"));
  Ref helper = runtime::get_attribute(interpreter, site_builtins.get(), interpreter.intern("_Helper"));
  Ref copyright_text = sys.is_null() ? Ref() : runtime::get_attribute(interpreter, sys, interpreter.intern("copyright"));
  Ref stdlib = sys.is_null() ? Ref() : runtime::get_attribute(interpreter, sys, interpreter.intern("_stdlib_dir"));
  if (!printer || !helper || !copyright_text || !stdlib) return false;
  const auto define = [&](const char* name, Ref value) {
    if (value) runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern(name), value.get());
    return static_cast<bool>(value);
  };
  const auto make_printer = [&](const char* name, Value text, Value files = Value(), Value dirs = Value()) {
    Ref name_value = runtime::new_str(interpreter, name);
    const Value arguments[] = {name_value.get(), text, files, dirs};
    return runtime::call(interpreter, printer.get(), arguments, files.is_null() ? 2 : 4);
  };
  Ref credits = runtime::new_str(interpreter,
                                 "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                                 "    for supporting Python development.  See www.python.org for more information.");
  Ref license = runtime::new_str(interpreter, "See https://www.python.org/psf/license/");
  const std::string here(runtime::str_utf8(stdlib.get()));
  Ref license_file = runtime::new_str(interpreter, "LICENSE.txt"), other_file = runtime::new_str(interpreter, "LICENSE");
  Ref parent = runtime::new_str(interpreter, here + "/.."), current = runtime::new_str(interpreter, ".");
  const Value file_names[] = {license_file.get(), other_file.get()};
  const Value directories[] = {parent.get(), stdlib.get(), current.get()};
  Ref files = runtime::new_list(interpreter, file_names), dirs = runtime::new_list(interpreter, directories);
  return define("copyright", make_printer("copyright", copyright_text.get())) &&
         define("credits", make_printer("credits", credits.get())) &&
         define("license", make_printer("license", license.get(), files.get(), dirs.get())) &&
         define("help", runtime::call(interpreter, helper.get(), nullptr, 0));
}

}  // namespace krait::modules
