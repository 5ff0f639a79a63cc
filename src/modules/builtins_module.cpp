// Native modules: builtins, a module over the interpreter's builtins dict
// (objects/builtins.cpp fills it), so `import builtins` and a module's
// __builtins__ see the names every lookup falls back to.
#include "modules/builtins_module.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// A _sitebuiltins._Printer with the attributes its __init__ would set,
// made without running it: __init__ imports os (os.path.join), which a
// start-up cannot afford.
runtime::Ref new_printer(runtime::Interpreter& interpreter, runtime::Value printer_class, const char* name,
                         std::string_view text, std::span<const std::string> filenames) {
  using runtime::Ref;
  using runtime::Value;
  Ref make = runtime::get_attribute(interpreter, printer_class, interpreter.names.dunder_new);
  Ref printer = make ? runtime::call(interpreter, make.get(), &printer_class, 1) : Ref();
  if (!printer) return Ref();
  std::vector<Ref> paths;
  for (const std::string& path : filenames) paths.push_back(runtime::new_str(interpreter, path));
  std::vector<Value> path_values;
  for (const Ref& path : paths) path_values.push_back(path.get());
  Ref name_value = runtime::new_str(interpreter, name), data = runtime::new_str(interpreter, text);
  Ref path_list = runtime::new_list(interpreter, path_values);
  for (const auto& [attribute, value] : {std::pair{"_Printer__name", name_value.get()},
                                         std::pair{"_Printer__data", data.get()},
                                         std::pair{"_Printer__lines", interpreter.none()},
                                         std::pair{"_Printer__filenames", path_list.get()}})
    if (!runtime::set_attribute(interpreter, printer.get(), interpreter.intern(attribute), value)) return Ref();
  return printer;
}

bool add_site_builtins(runtime::Interpreter& interpreter) {
  using runtime::Ref;
  using runtime::Value;
  Ref site_builtins = runtime::import_module(interpreter, "_sitebuiltins");
  if (!site_builtins) return false;
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref printer = runtime::get_attribute(interpreter, site_builtins.get(), interpreter.intern("_Printer"));
  Ref helper = runtime::get_attribute(interpreter, site_builtins.get(), interpreter.intern("_Helper"));
  Ref copyright = sys.is_null() ? Ref() : runtime::get_attribute(interpreter, sys, interpreter.intern("copyright"));
  Ref stdlib = sys.is_null() ? Ref() : runtime::get_attribute(interpreter, sys, interpreter.intern("_stdlib_dir"));
  if (!printer || !helper || !copyright || !stdlib || !runtime::is_str(interpreter, copyright.get()) ||
      !runtime::is_str(interpreter, stdlib.get()))
    return false;
  const auto define = [&](const char* name, Ref value) {
    if (value) runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern(name), value.get());
    return static_cast<bool>(value);
  };
  // site.setcopyright's texts; license() reads the first LICENSE file found.
  const std::string here(runtime::str_utf8(stdlib.get()));
  std::vector<std::string> licenses;
  for (const std::string& directory : {here + "/..", here, std::string(".")})
    for (const char* file : {"LICENSE.txt", "LICENSE"}) licenses.push_back(directory + "/" + file);
  return define("copyright", new_printer(interpreter, printer.get(), "copyright", runtime::str_utf8(copyright.get()), {})) &&
         define("credits", new_printer(interpreter, printer.get(), "credits",
                                       "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                                       "    for supporting Python development.  See www.python.org for more information.",
                                       {})) &&
         define("license", new_printer(interpreter, printer.get(), "license", "See https://www.python.org/psf/license/",
                                       licenses)) &&
         define("help", runtime::call(interpreter, helper.get(), nullptr, 0));
}

}  // namespace krait::modules
