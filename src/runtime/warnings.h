// Runtime: warnings raised by native code (CPython's PyErr_WarnEx,
// PyErr_WarnExplicit and PyErr_ResourceWarning).
//
// Krait's native _warnings has only warn (for importlib): CPython's
// pure-Python `warnings` keeps the filters itself then (its fallback when
// `from _warnings import filters, ...` fails) and applies -W, PYTHONWARNINGS and -X dev (sys.warnoptions) when
// imported. Native code hands a warning to that module once it is loaded,
// as CPython's _warnings does. Until then the filters are known to be
// CPython's defaults (as long as sys.warnoptions is empty), so a warning is
// filtered and shown here in the module's format, with the same per-module
// registry (__warningregistry__): a program that warns does not import
// `warnings` (and the modules it needs to show a source line) for it.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

// Issues a warning of `category` (a Warning subclass) attributed to the
// Python frame `stack_level` calls out (1: the running one; "sys:1" when
// there is none). `source`, when given, is the object the warning is about
// (an unclosed file, a coroutine never awaited): the default display then
// suggests tracemalloc (the warnings module is not given it: see
// warnings.cpp). False with an exception pending when a filter turned the
// warning into an error, or showing it failed.
[[nodiscard]] bool warn(Interpreter& interpreter, Type* category, std::string_view message, int stack_level = 1,
                        Value source = Value());

// A warning at a given place, for compile-time warnings: its module is the
// file name without ".py" and it has no registry, so it shows each time
// (CPython's PyErr_WarnExplicitObject with null module and registry).
[[nodiscard]] bool warn_explicit(Interpreter& interpreter, Type* category, std::string_view message,
                                 std::string_view filename, int lineno);

}  // namespace krait::runtime
