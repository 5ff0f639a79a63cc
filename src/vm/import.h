// VM stage: the import system (CPython 3.11's Python/import.c with the parts
// of importlib._bootstrap it calls). A module is found in sys.modules, then
// among the native modules (modules/registry.h), then as <dir>/<name>.py or
// the package <dir>/<name>/__init__.py for each directory of sys.path (of
// the package's __path__ for a submodule). A source module is compiled by
// compile_file and run in its own namespace, entered in sys.modules first so
// circular imports see the partial module, and removed again if it fails.
#pragma once

#include <string>

#include "runtime/frame.h"
#include "runtime/interpreter.h"

namespace krait::vm {

// Adds __import__ to the builtins and loads builtins and sys into
// sys.modules (part of install()).
void install_import(runtime::Interpreter& interpreter);

// The one way a source file becomes a code object: from its bytecode cache
// (vm/bytecode_cache.h) when fresh, else read, parsed and compiled (a
// SyntaxError pending when that fails). `name`, the module's, is for -v.
[[nodiscard]] runtime::Ref compile_file(runtime::Interpreter& interpreter, const std::string& path,
                                        const std::string& name = "");

// __import__(name, globals, None, fromlist, level) (PyImport_ImportModuleLevelObject):
// the top package for `import a.b`, the module itself with a fromlist;
// `level` > 0 resolves a relative name against the package of `globals`.
[[nodiscard]] runtime::Ref import_module_level(runtime::Interpreter& interpreter, runtime::Value name,
                                               runtime::Value globals, runtime::Value fromlist, int level);

// IMPORT_NAME: builtins.__import__ (directly when it is the original) with
// the frame's globals and locals.
[[nodiscard]] runtime::Ref import_name(runtime::Interpreter& interpreter, const runtime::Frame& frame,
                                       runtime::Value name, runtime::Value fromlist, runtime::Value level);

// IMPORT_FROM: `name` from the module, else the submodule of that name in
// sys.modules (a circular import), else ImportError "cannot import name".
[[nodiscard]] runtime::Ref import_from(runtime::Interpreter& interpreter, runtime::Value module, runtime::Value name);

// IMPORT_STAR: the module's names listed by __all__, else its public ones,
// stored into `locals`.
[[nodiscard]] bool import_star(runtime::Interpreter& interpreter, runtime::Value locals, runtime::Value module);

// The module the main program runs in, `__main__` in sys.modules, with
// __file__ when the program is a file (`filename` not empty).
[[nodiscard]] runtime::Ref new_main_module(runtime::Interpreter& interpreter, const std::string& filename);

// -m NAME (runpy._run_module_as_main): imports NAME's parent packages,
// finds its source (a package's __main__.py) and compiles it; `main` is a
// new module __main__ in sys.modules with its __file__, __cached__,
// __package__ and __spec__, and sys.argv[0] becomes the file. A native
// module with a `main` function (py_compile, compileall) has it called
// instead (null code and empty failure, `status` its exit status). Null
// with `failure` set for runpy's own errors ("No module named ..."), or
// with an exception pending.
[[nodiscard]] runtime::Ref prepare_main_module(runtime::Interpreter& interpreter, const std::string& name,
                                               runtime::Ref& main, std::string& failure);

}  // namespace krait::vm
