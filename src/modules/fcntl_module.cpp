// Native modules: fcntl (CPython's Modules/fcntlmodule.c): fcntl, ioctl,
// flock and lockf over file descriptors (ints or objects with fileno()),
// and the F_*, LOCK_*, DN_* constants. An argument may be an int or a
// buffer of at most 1024 bytes, which the call reads and may rewrite; the
// rewritten bytes are the result.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "modules/os_arguments.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The largest buffer argument fcntl and ioctl copy (CPython's 1024).
constexpr std::size_t buffer_limit = 1024;

// A buffer argument (bytes-like, or str as UTF-8), or false when `value`
// is not one (no exception).
bool buffer_argument(Interpreter& interpreter, Value value, std::string& out) {
  std::string_view view;
  if (runtime::is_str(interpreter, value)) {
    out = runtime::str_utf8(value);
    return true;
  }
  if (!runtime::byte_view(interpreter, value, view)) return false;
  out = view;
  return true;
}

// fcntl's and ioctl's third argument (null: not given, 0): a buffer, which
// the call may rewrite (the result is the rewritten bytes), or an int (the
// result is the call's). `call` takes a char* or an int.
template <class Call>
Ref call_with_argument(Interpreter& interpreter, Value argument, const char* too_long, Call call) {
  std::string buffer;
  if (!argument.is_null() && buffer_argument(interpreter, argument, buffer)) {
    if (buffer.size() > buffer_limit) return interpreter.raise(interpreter.ValueError_type, too_long);
    const std::size_t size = buffer.size();
    buffer.resize(buffer_limit + 1);
    if (retry(interpreter, [&] { return call(buffer.data()); }) < 0) return errno_error(interpreter);
    return runtime::new_bytes(interpreter, std::string_view(buffer.data(), size));
  }
  int number = 0;
  if (!argument.is_null() && !runtime::int_argument(interpreter, argument, number)) return Ref();
  const int result = retry(interpreter, [&] { return call(number); });
  if (result < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, result);
}

// fcntl(fd, cmd, arg=0, /)
Ref fcntl_fcntl(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "fcntl", kwnames) ||
      !runtime::check_argument_count(interpreter, "fcntl", count, 2, 3))
    return Ref();
  int fd = 0, command = 0;
  if (!file_descriptor_argument(interpreter, arguments[0], fd) || !runtime::int_argument(interpreter, arguments[1], command))
    return Ref();
  return call_with_argument(interpreter, count == 3 ? arguments[2] : Value(), "fcntl string arg too long",
                            [&](auto argument) { return fcntl(fd, command, argument); });
}

// ioctl(fd, request, arg=0, mutate_flag=True, /): a bytearray argument is
// rewritten in place (the result is the call's return value), other
// buffers come back as bytes.
Ref fcntl_ioctl(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "ioctl", kwnames) ||
      !runtime::check_argument_count(interpreter, "ioctl", count, 2, 4))
    return Ref();
  int fd = 0;
  std::int64_t request_value = 0;
  if (!file_descriptor_argument(interpreter, arguments[0], fd) ||
      !runtime::index_argument(interpreter, arguments[1], request_value))
    return Ref();
  const auto request = static_cast<unsigned long>(request_value);
  bool mutate = true;
  if (count == 4) {
    const int truth = runtime::truth(interpreter, arguments[3]);
    if (truth < 0) return Ref();
    mutate = truth != 0;
  }
  if (count >= 3 && runtime::is_bytearray(interpreter, arguments[2]) && mutate) {
    std::string& bytes = runtime::as_bytearray(arguments[2])->bytes;
    const std::size_t size = bytes.size();
    std::string buffer = bytes;
    buffer.resize(std::max(size, buffer_limit) + 1);
    const int result = retry(interpreter, [&] { return ioctl(fd, request, buffer.data()); });
    if (result < 0) return errno_error(interpreter);
    std::memcpy(runtime::as_bytearray(arguments[2])->bytes.data(), buffer.data(), size);
    return runtime::new_int(interpreter, result);
  }
  return call_with_argument(interpreter, count >= 3 ? arguments[2] : Value(), "ioctl string arg too long",
                            [&](auto argument) { return ioctl(fd, request, argument); });
}

// flock(fd, operation, /)
Ref fcntl_flock(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "flock", kwnames) ||
      !runtime::check_argument_count(interpreter, "flock", count, 2, 2))
    return Ref();
  int fd = 0, operation = 0;
  if (!file_descriptor_argument(interpreter, arguments[0], fd) ||
      !runtime::int_argument(interpreter, arguments[1], operation))
    return Ref();
  if (retry(interpreter, [&] { return flock(fd, operation); }) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// lockf(fd, cmd, len=0, start=0, whence=0, /): fcntl record locks, cmd a
// LOCK_* operation as flock's.
Ref fcntl_lockf(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "lockf", kwnames) ||
      !runtime::check_argument_count(interpreter, "lockf", count, 2, 5))
    return Ref();
  int fd = 0, command = 0, whence = 0;
  std::int64_t length = 0, start = 0;
  if (!file_descriptor_argument(interpreter, arguments[0], fd) ||
      !runtime::int_argument(interpreter, arguments[1], command) ||
      (count > 2 && !runtime::index_argument(interpreter, arguments[2], length)) ||
      (count > 3 && !runtime::index_argument(interpreter, arguments[3], start)) ||
      (count > 4 && !runtime::int_argument(interpreter, arguments[4], whence)))
    return Ref();
  struct flock lock {};
  if ((command & ~LOCK_NB) == LOCK_UN) lock.l_type = F_UNLCK;
  else if (command & LOCK_SH) lock.l_type = F_RDLCK;
  else if (command & LOCK_EX) lock.l_type = F_WRLCK;
  else return interpreter.raise(interpreter.ValueError_type, "unrecognized lockf argument");
  lock.l_start = start;
  lock.l_len = length;
  lock.l_whence = static_cast<short>(whence);
  const int operation = (command & LOCK_NB) ? F_SETLK : F_SETLKW;
  if (retry(interpreter, [&] { return fcntl(fd, operation, &lock); }) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

constexpr IntConstant constants[] = {
    {"LOCK_SH", LOCK_SH}, {"LOCK_EX", LOCK_EX}, {"LOCK_NB", LOCK_NB}, {"LOCK_UN", LOCK_UN},
    {"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
    {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_GETFD", F_GETFD}, {"F_SETFD", F_SETFD},
    {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETLK", F_GETLK}, {"F_SETLK", F_SETLK},
    {"F_SETLKW", F_SETLKW}, {"F_GETOWN", F_GETOWN}, {"F_SETOWN", F_SETOWN}, {"F_GETSIG", F_GETSIG},
    {"F_SETSIG", F_SETSIG}, {"F_RDLCK", F_RDLCK}, {"F_WRLCK", F_WRLCK}, {"F_UNLCK", F_UNLCK},
    {"F_GETLK64", F_GETLK64}, {"F_SETLK64", F_SETLK64}, {"F_SETLKW64", F_SETLKW64}, {"FASYNC", FASYNC},
    {"F_SETLEASE", F_SETLEASE}, {"F_GETLEASE", F_GETLEASE}, {"F_NOTIFY", F_NOTIFY}, {"F_EXLCK", 4},
    {"F_SHLCK", 8}, {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW},
    {"F_SETPIPE_SZ", F_SETPIPE_SZ}, {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_ADD_SEALS", F_ADD_SEALS},
    {"F_GET_SEALS", F_GET_SEALS}, {"F_SEAL_SEAL", F_SEAL_SEAL}, {"F_SEAL_SHRINK", F_SEAL_SHRINK},
    {"F_SEAL_GROW", F_SEAL_GROW}, {"F_SEAL_WRITE", F_SEAL_WRITE}, {"FD_CLOEXEC", FD_CLOEXEC},
    {"DN_ACCESS", DN_ACCESS}, {"DN_MODIFY", DN_MODIFY}, {"DN_CREATE", DN_CREATE}, {"DN_DELETE", DN_DELETE},
    {"DN_RENAME", DN_RENAME}, {"DN_ATTRIB", DN_ATTRIB}, {"DN_MULTISHOT", static_cast<long>(static_cast<unsigned>(DN_MULTISHOT))},
};

}  // namespace

Ref create_fcntl_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "fcntl");
  const Value fcntl_module = module.get();
  runtime::add_module_functions(interpreter, fcntl_module,
                                {{"fcntl", &fcntl_fcntl},
                                 {"ioctl", &fcntl_ioctl},
                                 {"flock", &fcntl_flock},
                                 {"lockf", &fcntl_lockf}});
  add_int_constants(interpreter, fcntl_module, constants);
  return module;
}

}  // namespace krait::modules
