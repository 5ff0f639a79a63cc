// Compiler stage: the bytecode cache in __pycache__ (the file format is
// compiler/code_cache.h). A source file's code comes from
// DIR/__pycache__/NAME.krait-311.pyc when that file is valid and fresh:
// its magic number is this Krait's, and it records the source's
// modification time and size (or, hash-based, the source's hash, checked
// as --check-hash-based-pycs says). Otherwise the source is compiled and
// the cache written, atomically (a temporary file renamed over it), unless
// sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE) is true.
// sys.pycache_prefix (PYTHONPYCACHEPREFIX) moves caches to a tree of their
// own. Nothing about a cache file ever stops a program: an unreadable,
// damaged, foreign or unwritable cache only means compiling the source.
// Under -v each decision is traced on stderr, as CPython's importlib does.
#pragma once

#include <optional>
#include <string>

#include "compiler/compiler.h"
#include "runtime/interpreter.h"

namespace krait::compiler {

// How hash-based caches are checked (--check-hash-based-pycs).
enum class HashCheck { Default, Always, Never };

// The cache file of a source file (importlib.util.cache_from_source).
std::string cache_path(runtime::Interpreter& interpreter, const std::string& source_path);

// The code of the source file at `path` (co_filename `path`), from its
// cache or compiled (and cached). `name` names it in -v's messages. The
// result's error is set when the source cannot be compiled; an unreadable
// source gives an error of type "OSError" with errno_text's message.
CompileResult load_source(runtime::Interpreter& interpreter, const std::string& path,
                                    const std::string& name);

// The invalidation modes of py_compile.
enum class Invalidation { Timestamp, CheckedHash, UncheckedHash };

// py_compile.compile: compiles `source_path` and writes `cache_file` (its
// usual cache when empty) whatever is there. False with `error` set (the
// SyntaxError's text, or why the file could not be written).
bool compile_to_cache(runtime::Interpreter& interpreter, const std::string& source_path, std::string cache_file,
                      Invalidation invalidation, std::string& error);

// Whether the source's cache is valid and fresh (compileall skips it).
bool cache_is_current(runtime::Interpreter& interpreter, const std::string& source_path);

// The invalidation mode of py_compile's default: checked-hash when
// SOURCE_DATE_EPOCH is set (reproducible builds), else timestamp.
Invalidation default_invalidation();

// The code of a cache file run directly (`krait FILE.pyc`); null with
// RuntimeError pending ("Bad magic number in .pyc file") when it is not one.
[[nodiscard]] runtime::Ref load_cache_file(runtime::Interpreter& interpreter, const std::string& path);

// Whether the file starts with this Krait's cache magic number.
bool is_cache_file(const std::string& path);

// The whole content of a file, or nothing (errno set).
std::optional<std::string> read_whole_file(const std::string& path);
// What is left to read from a descriptor (a file, a pipe, a terminal), or
// nothing (errno set).
std::optional<std::string> read_all(int fd);

}  // namespace krait::compiler
