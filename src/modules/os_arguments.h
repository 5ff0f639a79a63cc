// Native modules: the argument conversions and error helpers shared by the
// modules over operating-system calls (posix, _posixsubprocess, select,
// fcntl, termios ...), after CPython's PyUnicode_FSConverter,
// PyObject_AsFileDescriptor and PyErr_SetFromErrno.
#pragma once

#include <cerrno>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/signal_module.h"
#include "objects/list_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {

// A str path's bytes: UTF-8, lone surrogates U+DC80..U+DCFF back to the
// bytes they escape (os.fsencode).
[[nodiscard]] bool encode_path_text(runtime::Interpreter& interpreter, runtime::Value text, std::string& out);

// A file name's bytes as a str (os.fsdecode) or, when `bytes`, as bytes.
runtime::Ref decode_path(runtime::Interpreter& interpreter, std::string_view native, bool bytes);

// A path object as os.fspath sees it: `named` is `value` itself when str or
// bytes, else what its __fspath__() returned (kept alive by `holder`), which
// must be one (TypeError otherwise); null, no exception, without __fspath__.
[[nodiscard]] bool fspath_result(runtime::Interpreter& interpreter, runtime::Value value, runtime::Ref& holder,
                                 runtime::Value& named);

// os.fspath(value): a str or bytes, else TypeError "expected str, bytes or
// os.PathLike object, not int".
runtime::Ref os_fspath(runtime::Interpreter& interpreter, runtime::Value value);

// A str, bytes or os.PathLike as the bytes naming a file (CPython's
// PyUnicode_FSConverter): TypeError "expected str, bytes or os.PathLike
// object, not int", ValueError "embedded null byte".
[[nodiscard]] bool filesystem_bytes(runtime::Interpreter& interpreter, runtime::Value value, std::string& out);

// A file descriptor: an int, or an object whose fileno() returns one
// (CPython's PyObject_AsFileDescriptor, with its TypeError and ValueError).
[[nodiscard]] bool file_descriptor_argument(runtime::Interpreter& interpreter, runtime::Value value, int& out);

// A user or group id (CPython's _Py_Uid_Converter and _Py_Gid_Converter;
// `kind` is "uid" or "gid"): an integer, -1 meaning "unchanged";
// TypeError "uid should be integer, not str", OverflowError "uid is less
// than minimum" / "greater than maximum".
[[nodiscard]] bool id_argument(runtime::Interpreter& interpreter, runtime::Value value, const char* kind,
                               unsigned& out);

// OSError (the subclass for errno) from errno, unless an exception is
// already pending (a signal handler's, raised while a call was retried).
runtime::Ref errno_error(runtime::Interpreter& interpreter);

// Makes a system call with the GIL released (it may block: other threads
// run meanwhile; `call` must not touch Python objects), retrying it when a
// signal interrupted it after running the signal handlers, as CPython does;
// a handler that raises ends the call (-1, with its exception pending).
template <class Call>
auto retry(runtime::Interpreter& interpreter, Call call) {
  for (;;) {
    decltype(call()) result;
    {
      runtime::GilReleased released(interpreter);
      result = call();
    }
    if (result != -1 || errno != EINTR || !check_signals(interpreter)) return result;
  }
}

// Runs a reentrant database lookup (getpwuid_r, getgrnam_r ...) as
// lookup(&entry, buffer, size, &found), growing `buffer` while the call
// answers ERANGE: whether it found an entry.
template <class Entry, class Lookup>
bool database_lookup(Entry& entry, std::vector<char>& buffer, Lookup lookup) {
  buffer.resize(1024);
  for (;;) {
    Entry* found = nullptr;
    if (lookup(&entry, buffer.data(), buffer.size(), &found) != ERANGE) return found != nullptr;
    buffer.resize(buffer.size() * 2);
  }
}

// A new exception class `name` deriving from `base`, with __module__
// `module`, made as a class statement would make it (CPython's
// PyErr_NewException): termios.error, locale.Error.
runtime::Ref new_exception_class(runtime::Interpreter& interpreter, std::string_view module, std::string_view name,
                                 runtime::Type* base);

// Raises `type`(errno, strerror(errno)), as modules with their own error
// class report a failed call (termios.error); the null Ref.
runtime::Ref raise_errno_as(runtime::Interpreter& interpreter, runtime::Value type);
// Raises `type`(code, message): socket.gaierror and socket.herror.
runtime::Ref raise_error_as(runtime::Interpreter& interpreter, runtime::Value type, int code, std::string_view message);

// Every entry of a database walked with set*ent/get*ent/end*ent (the
// password and group files), each made a Python object by `make`: a list,
// or null with the error pending.
template <class Entry>
runtime::Ref database_entries(runtime::Interpreter& interpreter, void (*open)(), Entry* (*next)(), void (*close)(),
                              runtime::Ref (*make)(runtime::Interpreter&, const Entry&)) {
  runtime::Ref list = runtime::new_list(interpreter, {});
  open();
  while (const Entry* entry = next()) {
    runtime::Ref item = make(interpreter, *entry);
    if (!item) {
      close();
      return runtime::Ref();
    }
    runtime::list_append(list.get(), item.get());
  }
  close();
  return list;
}

// A module's integer constants, set from a table.
struct IntConstant {
  const char* name;
  long value;
};
void add_int_constants(runtime::Interpreter& interpreter, runtime::Value module, std::span<const IntConstant> constants);

// Raises KeyError(message) (a str); the null Ref.
runtime::Ref raise_key_error_text(runtime::Interpreter& interpreter, std::string_view message);

}  // namespace krait::modules
