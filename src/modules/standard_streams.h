// Native modules: sys.stdin, sys.stdout and sys.stderr, minimal text
// streams over the C streams (write, flush, read, readline, iteration).
// print() without file= writes to C's stdout directly, so the two stay in
// order.
#pragma once

#include <cstdio>

#include "runtime/interpreter.h"

namespace krait::modules {

// The stream type, made once per sys module.
runtime::Type* new_stream_type(runtime::Interpreter& interpreter);

// A stream of that type over `file`: `name` as '<stdout>', `mode` "r" or "w".
runtime::Ref new_stream(runtime::Interpreter& interpreter, runtime::Type* type, std::FILE* file, const char* name,
                        const char* mode);

}  // namespace krait::modules
