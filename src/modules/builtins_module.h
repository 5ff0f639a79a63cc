// Native modules: what site.py adds to builtins.
#pragma once

#include "runtime/interpreter.h"

namespace krait::modules {

// site.py's setcopyright() and sethelper(): copyright, credits and license
// (_sitebuiltins._Printer, license reading the LICENSE files near
// sys._stdlib_dir) and help (_sitebuiltins._Helper, which imports pydoc
// when called) in builtins. False with an exception pending on failure.
[[nodiscard]] bool add_site_builtins(runtime::Interpreter& interpreter);

}  // namespace krait::modules
