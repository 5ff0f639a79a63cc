// Native modules: posix (CPython's Modules/posixmodule.c), the operating
// system calls os.py re-exports: files and directories by path (stat,
// mkdir, rename, readlink ...), file descriptors (open, read, write, pipe
// ...), the process (getpid, kill, waitpid, _exit ...), the environment
// (environ as bytes, putenv, unsetenv), scandir with its DirEntry, and the
// platform constants. Paths are str (UTF-8 with surrogateescape, as
// CPython's filesystem encoding on Linux), bytes or os.PathLike; a function
// given bytes names files by bytes in its result. Failures raise OSError
// (the subclass of the errno) naming the path as CPython does.
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/os_arguments.h"
#include "modules/signal_module.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/struct_sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

extern char** environ;

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// ---------------------------------------------------------------------------
// Arguments

// A path argument as CPython's path_converter takes it.
struct Path {
  Value object;        // the argument as given (borrowed): the error's filename
  std::string native;  // the bytes naming the file
  bool bytes = false;  // named by bytes: results name files by bytes too
  int fd = -1;         // an open file descriptor given instead of a name
  bool given() const { return fd >= 0 || !native.empty() || !object.is_null(); }
};

enum PathAccepts : unsigned { names_only = 0, fd_too = 1, none_too = 2 };

// The object an error names for `path`: what the caller passed.
Value error_filename(const Path& path) { return path.object; }

std::string accepted_kinds(unsigned accepts) {
  if (accepts == (fd_too | none_too)) return "string, bytes, os.PathLike, integer or None";
  if (accepts == fd_too) return "string, bytes, os.PathLike or integer";
  if (accepts == none_too) return "string, bytes, os.PathLike or None";
  return "string, bytes or os.PathLike";
}

// A file descriptor argument (CPython's _PyLong_FileDescriptor_Converter
// for a path given as an int).
bool descriptor_argument(Interpreter& interpreter, Value value, int& out) {
  std::int64_t wide = 0;
  if (!runtime::index_argument(interpreter, value, wide)) {
    if (interpreter.exception_is(interpreter.OverflowError_type)) {
      Ref ignored = interpreter.take_exception();
      interpreter.set_exception(interpreter.OverflowError_type, runtime::int_sign(interpreter, value) < 0
                                                                    ? "fd is less than minimum"
                                                                    : "fd is greater than maximum");
    }
    return false;
  }
  if (wide > INT_MAX || wide < INT_MIN) {
    interpreter.set_exception(interpreter.OverflowError_type,
                              wide < 0 ? "fd is less than minimum" : "fd is greater than maximum");
    return false;
  }
  out = static_cast<int>(wide);
  return true;
}

// Converts `value` (borrowed; it must outlive `out`) to a Path, with the
// TypeError and ValueError texts of path_converter: "stat: path should be
// string, bytes, os.PathLike or integer, not list".
bool path_argument(Interpreter& interpreter, std::string_view function, std::string_view argument, Value value,
                   unsigned accepts, Path& out) {
  out = Path();
  out.object = value;
  if (value.is_null() || (value == interpreter.none() && (accepts & none_too))) {
    out.object = Value();
    out.native = ".";
    return true;
  }
  if ((accepts & fd_too) && runtime::is_int(interpreter, value)) return descriptor_argument(interpreter, value, out.fd);
  Ref converted;
  Value named;
  if (!fspath_result(interpreter, value, converted, named)) return false;
  if (named.is_null()) named = value;
  std::string_view view;
  if (runtime::is_str(interpreter, named)) {
    if (!encode_path_text(interpreter, named, out.native)) return false;
    if (out.native.find('\0') != std::string::npos) {
      interpreter.set_exception(interpreter.ValueError_type, "embedded null byte");
      return false;
    }
    return true;
  }
  if (runtime::byte_view(interpreter, named, view)) {
    out.native = view;
    out.bytes = true;
    if (out.native.find('\0') != std::string::npos) {
      interpreter.set_exception(interpreter.ValueError_type,
                                std::string(function) + ": embedded null character in " + std::string(argument));
      return false;
    }
    return true;
  }
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + ": " + std::string(argument) +
                                                            " should be " + accepted_kinds(accepts) + ", not " +
                                                            runtime::type_of(interpreter, value)->name);
  return false;
}

// A dir_fd argument: None (or not given) is the current directory.
bool dir_fd_argument(Interpreter& interpreter, Value value, int& out) {
  out = AT_FDCWD;
  if (value.is_null() || value == interpreter.none()) return true;
  if (!runtime::is_int(interpreter, value) &&
      runtime::lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "argument should be integer or None, not " +
                                                              runtime::type_of(interpreter, value)->name);
    return false;
  }
  return descriptor_argument(interpreter, value, out);
}

// A file descriptor or other C int argument.
bool int_value(Interpreter& interpreter, Value value, int& out) { return runtime::int_argument(interpreter, value, out); }

// A boolean argument (CPython's "p" converter): any object's truth.
bool truth_value(Interpreter& interpreter, Value value, bool fallback, bool& out) {
  if (value.is_null()) {
    out = fallback;
    return true;
  }
  const int truth = runtime::truth(interpreter, value);
  if (truth < 0) return false;
  out = truth != 0;
  return true;
}

// "stat: can't specify dir_fd without matching path"-style checks of
// functions given an fd where they also take dir_fd or follow_symlinks.
bool check_fd_combination(Interpreter& interpreter, std::string_view function, const Path& path, int dir_fd,
                          bool follow_symlinks) {
  if (path.fd < 0) return true;
  if (dir_fd != AT_FDCWD) {
    interpreter.set_exception(interpreter.ValueError_type,
                              std::string(function) + ": can't specify dir_fd without matching path");
    return false;
  }
  if (!follow_symlinks) {
    interpreter.set_exception(interpreter.ValueError_type,
                              std::string(function) + ": cannot use fd and follow_symlinks together");
    return false;
  }
  return true;
}

// The error helpers leave an exception already pending (a signal handler's,
// raised while a call was retried) in place.
Ref os_error(Interpreter& interpreter, const Path& path) {
  if (interpreter.has_exception()) return Ref();
  return runtime::raise_os_error(interpreter, errno, path.fd >= 0 ? Value::small_int(path.fd) : error_filename(path));
}

Ref os_error_two(Interpreter& interpreter, const Path& source, const Path& destination) {
  if (interpreter.has_exception()) return Ref();
  return runtime::raise_os_error(interpreter, errno, error_filename(source), error_filename(destination));
}

// ---------------------------------------------------------------------------
// stat

Ref time_float(Interpreter& interpreter, const timespec& time) {
  return runtime::new_float(interpreter, static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) * 1e-9);
}

Ref time_nanoseconds(Interpreter& interpreter, const timespec& time) {
  Ref seconds = runtime::new_int(interpreter, time.tv_sec);
  Ref scale = runtime::new_int(interpreter, 1000000000);
  Ref scaled = runtime::binary_operation(interpreter, runtime::BinaryOperator::MULTIPLY, seconds.get(), scale.get(), false);
  if (!scaled) return Ref();
  Ref nanoseconds = runtime::new_int(interpreter, time.tv_nsec);
  return runtime::binary_operation(interpreter, runtime::BinaryOperator::ADD, scaled.get(), nanoseconds.get(), false);
}

Ref new_stat_result(Interpreter& interpreter, const struct stat& status) {
  const timespec times[] = {status.st_atim, status.st_mtim, status.st_ctim};
  std::vector<Ref> fields;
  for (const std::int64_t number :
       {static_cast<std::int64_t>(status.st_mode), static_cast<std::int64_t>(status.st_ino),
        static_cast<std::int64_t>(status.st_dev), static_cast<std::int64_t>(status.st_nlink),
        static_cast<std::int64_t>(status.st_uid), static_cast<std::int64_t>(status.st_gid),
        static_cast<std::int64_t>(status.st_size)})
    fields.push_back(runtime::new_int(interpreter, number));
  for (const timespec& time : times) fields.push_back(runtime::new_int(interpreter, time.tv_sec));
  for (const timespec& time : times) fields.push_back(time_float(interpreter, time));
  for (const timespec& time : times) {
    fields.push_back(time_nanoseconds(interpreter, time));
    if (!fields.back()) return Ref();
  }
  for (const std::int64_t number : {static_cast<std::int64_t>(status.st_blksize),
                                    static_cast<std::int64_t>(status.st_blocks), static_cast<std::int64_t>(status.st_rdev)})
    fields.push_back(runtime::new_int(interpreter, number));
  std::vector<Value> items;
  for (const Ref& field : fields) items.push_back(field.get());
  return runtime::new_struct_sequence(interpreter, interpreter.posix.stat_result_type, items);
}

// stat of a path, an fd, or a name relative to dir_fd; errno set on failure.
int stat_path(Interpreter& interpreter, const Path& path, int dir_fd, bool follow_symlinks, struct stat& out) {
  if (path.fd >= 0) return retry(interpreter, [&] { return fstat(path.fd, &out); });
  return retry(interpreter, [&] {
    return fstatat(dir_fd, path.native.c_str(), &out, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  });
}

// The (path, *, dir_fd=None, follow_symlinks=True) parameters most
// functions share.
struct PathCall {
  Path path;
  int dir_fd = AT_FDCWD;
  bool follow_symlinks = true;
};

bool bind_path_call(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                    Value kwnames, unsigned accepts, bool has_follow, PathCall& out) {
  Value bound[3];
  const bool ok = has_follow ? runtime::bind_arguments(interpreter, {function, {"path", "dir_fd", "follow_symlinks"}, 0, 2, 1},
                                                       arguments, count, kwnames, bound)
                             : runtime::bind_arguments(interpreter, {function, {"path", "dir_fd"}, 0, 1, 1}, arguments,
                                                       count, kwnames, bound);
  return ok && path_argument(interpreter, function, "path", bound[0], accepts, out.path) &&
         dir_fd_argument(interpreter, bound[1], out.dir_fd) &&
         truth_value(interpreter, bound[2], true, out.follow_symlinks) &&
         check_fd_combination(interpreter, function, out.path, out.dir_fd, out.follow_symlinks);
}

Ref posix_stat(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  PathCall call;
  if (!bind_path_call(interpreter, "stat", arguments, count, kwnames, fd_too, true, call)) return Ref();
  struct stat status {};
  if (stat_path(interpreter, call.path, call.dir_fd, call.follow_symlinks, status) != 0) return os_error(interpreter, call.path);
  return new_stat_result(interpreter, status);
}

Ref posix_lstat(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  PathCall call;
  if (!bind_path_call(interpreter, "lstat", arguments, count, kwnames, names_only, false, call)) return Ref();
  struct stat status {};
  if (stat_path(interpreter, call.path, call.dir_fd, false, status) != 0) return os_error(interpreter, call.path);
  return new_stat_result(interpreter, status);
}

Ref posix_fstat(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  int fd = 0;
  if (!runtime::bind_arguments(interpreter, {"fstat", {"fd"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !int_value(interpreter, bound, fd))
    return Ref();
  struct stat status {};
  if (retry(interpreter, [&] { return fstat(fd, &status); }) != 0) return errno_error(interpreter);
  return new_stat_result(interpreter, status);
}

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)
Ref posix_access(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[5];
  Path path;
  int mode = 0, dir_fd = AT_FDCWD;
  bool effective = false, follow = true;
  if (!runtime::bind_arguments(interpreter,
                               {"access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 0, 3, 2},
                               arguments, count, kwnames, bound) ||
      !path_argument(interpreter, "access", "path", bound[0], names_only, path) ||
      !int_value(interpreter, bound[1], mode) || !dir_fd_argument(interpreter, bound[2], dir_fd) ||
      !truth_value(interpreter, bound[3], false, effective) || !truth_value(interpreter, bound[4], true, follow))
    return Ref();
  const int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return interpreter.new_boolean(faccessat(dir_fd, path.native.c_str(), mode, flags) == 0);
}

// ---------------------------------------------------------------------------
// Files and directories by name

Ref posix_getcwd_as(Interpreter& interpreter, bool bytes) {
  std::vector<char> buffer(PATH_MAX);
  while (!getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) return errno_error(interpreter);
    buffer.resize(buffer.size() * 2);
  }
  return decode_path(interpreter, buffer.data(), bytes);
}

Ref posix_getcwd(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getcwd", count, kwnames)) return Ref();
  return posix_getcwd_as(interpreter, false);
}

Ref posix_getcwdb(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getcwdb", count, kwnames)) return Ref();
  return posix_getcwd_as(interpreter, true);
}

Ref posix_chdir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  Path path;
  if (!runtime::bind_arguments(interpreter, {"chdir", {"path"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !path_argument(interpreter, "chdir", "path", bound, fd_too, path))
    return Ref();
  const int result = path.fd >= 0 ? fchdir(path.fd) : chdir(path.native.c_str());
  if (result != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True)
Ref posix_chmod(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  Path path;
  int mode = 0, dir_fd = AT_FDCWD;
  bool follow = true;
  if (!runtime::bind_arguments(interpreter, {"chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 0, 2, 2},
                               arguments, count, kwnames, bound) ||
      !path_argument(interpreter, "chmod", "path", bound[0], fd_too, path) || !int_value(interpreter, bound[1], mode) ||
      !dir_fd_argument(interpreter, bound[2], dir_fd) || !truth_value(interpreter, bound[3], true, follow) ||
      !check_fd_combination(interpreter, "chmod", path, dir_fd, follow))
    return Ref();
  const int result = path.fd >= 0 ? fchmod(path.fd, static_cast<mode_t>(mode))
                                  : fchmodat(dir_fd, path.native.c_str(), static_cast<mode_t>(mode),
                                             follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (result != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

Ref posix_fchmod(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  int fd = 0, mode = 0;
  if (!runtime::bind_arguments(interpreter, {"fchmod", {"fd", "mode"}, 0, 0, 2}, arguments, count, kwnames, bound) ||
      !int_value(interpreter, bound[0], fd) || !int_value(interpreter, bound[1], mode))
    return Ref();
  if (retry(interpreter, [&] { return fchmod(fd, static_cast<mode_t>(mode)); }) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// listdir(path=None): the names in a directory (or an fd's), '.' and '..'
// left out, as str unless the path was bytes.
Ref list_directory(Interpreter& interpreter, const Path& path) {
  DIR* directory = nullptr;
  if (path.fd >= 0) {
    const int copy = dup(path.fd);
    if (copy < 0) return os_error(interpreter, path);
    directory = fdopendir(copy);
    if (!directory) {
      const int saved = errno;
      close(copy);
      errno = saved;
    } else {
      rewinddir(directory);
    }
  } else {
    directory = opendir(path.native.c_str());
  }
  if (!directory) return os_error(interpreter, path);
  Ref names = runtime::new_list(interpreter, {});
  errno = 0;
  while (const dirent* entry = readdir(directory)) {
    const std::string_view name = entry->d_name;
    if (name != "." && name != "..") {
      Ref item = decode_path(interpreter, name, path.bytes);
      if (!item) {
        closedir(directory);
        return Ref();
      }
      runtime::list_append(names.get(), item.get());
    }
    errno = 0;
  }
  const int error = errno;
  closedir(directory);
  if (error != 0) {
    errno = error;
    return os_error(interpreter, path);
  }
  return names;
}

Ref posix_listdir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  Path path;
  if (!runtime::bind_arguments(interpreter, {"listdir", {"path"}, 0, 0, 0}, arguments, count, kwnames, &bound) ||
      !path_argument(interpreter, "listdir", "path", bound, fd_too | none_too, path))
    return Ref();
  return list_directory(interpreter, path);
}

// mkdir(path, mode=0o777, *, dir_fd=None)
Ref posix_mkdir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  Path path;
  int mode = 0777, dir_fd = AT_FDCWD;
  if (!runtime::bind_arguments(interpreter, {"mkdir", {"path", "mode", "dir_fd"}, 0, 1, 1}, arguments, count, kwnames,
                               bound) ||
      !path_argument(interpreter, "mkdir", "path", bound[0], names_only, path) ||
      (!bound[1].is_null() && !int_value(interpreter, bound[1], mode)) || !dir_fd_argument(interpreter, bound[2], dir_fd))
    return Ref();
  if (mkdirat(dir_fd, path.native.c_str(), static_cast<mode_t>(mode)) != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

// rmdir, unlink and remove: (path, *, dir_fd=None).
template <bool directory>
Ref remove_entry(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                 Value kwnames) {
  PathCall call;
  if (!bind_path_call(interpreter, function, arguments, count, kwnames, names_only, false, call)) return Ref();
  if (unlinkat(call.dir_fd, call.path.native.c_str(), directory ? AT_REMOVEDIR : 0) != 0)
    return os_error(interpreter, call.path);
  return interpreter.new_none();
}

Ref posix_rmdir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return remove_entry<true>(interpreter, "rmdir", arguments, count, kwnames);
}
Ref posix_unlink(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return remove_entry<false>(interpreter, "unlink", arguments, count, kwnames);
}
Ref posix_remove(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return remove_entry<false>(interpreter, "remove", arguments, count, kwnames);
}

// The (src, dst, *, src_dir_fd=None, dst_dir_fd=None) parameters of
// rename, replace and link.
struct TwoPaths {
  Path source, destination;
  int source_dir_fd = AT_FDCWD, destination_dir_fd = AT_FDCWD;
  bool follow_symlinks = true;
};

bool bind_two_paths(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                    Value kwnames, bool has_follow, TwoPaths& out) {
  Value bound[5];
  const bool ok =
      has_follow ? runtime::bind_arguments(interpreter,
                                           {function, {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 0, 3, 2},
                                           arguments, count, kwnames, bound)
                 : runtime::bind_arguments(interpreter, {function, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 0, 2, 2},
                                           arguments, count, kwnames, bound);
  if (!ok || !path_argument(interpreter, function, "src", bound[0], names_only, out.source) ||
      !path_argument(interpreter, function, "dst", bound[1], names_only, out.destination) ||
      !dir_fd_argument(interpreter, bound[2], out.source_dir_fd) ||
      !dir_fd_argument(interpreter, bound[3], out.destination_dir_fd) ||
      !truth_value(interpreter, bound[4], true, out.follow_symlinks))
    return false;
  if (out.source.bytes != out.destination.bytes) {
    interpreter.set_exception(interpreter.TypeError_type,
                              std::string(function) + ": src and dst must be the same type");
    return false;
  }
  return true;
}

template <const char* function>
Ref rename_entry(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  TwoPaths paths;
  if (!bind_two_paths(interpreter, function, arguments, count, kwnames, false, paths)) return Ref();
  if (renameat(paths.source_dir_fd, paths.source.native.c_str(), paths.destination_dir_fd,
               paths.destination.native.c_str()) != 0)
    return os_error_two(interpreter, paths.source, paths.destination);
  return interpreter.new_none();
}
constexpr char rename_name[] = "rename";
constexpr char replace_name[] = "replace";

Ref posix_link(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  TwoPaths paths;
  if (!bind_two_paths(interpreter, "link", arguments, count, kwnames, true, paths)) return Ref();
  if (linkat(paths.source_dir_fd, paths.source.native.c_str(), paths.destination_dir_fd,
             paths.destination.native.c_str(), paths.follow_symlinks ? AT_SYMLINK_FOLLOW : 0) != 0)
    return os_error_two(interpreter, paths.source, paths.destination);
  return interpreter.new_none();
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None)
Ref posix_symlink(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  Path source, destination;
  int dir_fd = AT_FDCWD;
  if (!runtime::bind_arguments(interpreter, {"symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 0, 1, 2},
                               arguments, count, kwnames, bound) ||
      !path_argument(interpreter, "symlink", "src", bound[0], names_only, source) ||
      !path_argument(interpreter, "symlink", "dst", bound[1], names_only, destination) ||
      !dir_fd_argument(interpreter, bound[3], dir_fd))
    return Ref();
  if (symlinkat(source.native.c_str(), dir_fd, destination.native.c_str()) != 0)
    return os_error_two(interpreter, source, destination);
  return interpreter.new_none();
}

Ref posix_readlink(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  PathCall call;
  if (!bind_path_call(interpreter, "readlink", arguments, count, kwnames, names_only, false, call)) return Ref();
  std::vector<char> buffer(PATH_MAX + 1);
  for (;;) {
    const ssize_t length = readlinkat(call.dir_fd, call.path.native.c_str(), buffer.data(), buffer.size());
    if (length < 0) return os_error(interpreter, call.path);
    if (static_cast<std::size_t>(length) < buffer.size())
      return decode_path(interpreter, std::string_view(buffer.data(), static_cast<std::size_t>(length)), call.path.bytes);
    buffer.resize(buffer.size() * 2);
  }
}

// A time in seconds (int or float) as a timespec, for utime's times.
bool seconds_argument(Interpreter& interpreter, Value value, timespec& out) {
  if (runtime::is_float(interpreter, value)) {
    const double seconds = runtime::float_value(value);
    double whole = std::floor(seconds);
    double fraction = std::round((seconds - whole) * 1e9);
    if (fraction >= 1e9) {
      whole += 1;
      fraction -= 1e9;
    }
    out.tv_sec = static_cast<time_t>(whole);
    out.tv_nsec = static_cast<long>(fraction);
    return true;
  }
  std::int64_t seconds = 0;
  if (!runtime::index_argument(interpreter, value, seconds)) return false;
  out.tv_sec = static_cast<time_t>(seconds);
  out.tv_nsec = 0;
  return true;
}

// A time in nanoseconds (an int) as a timespec, for utime's ns.
bool nanoseconds_argument(Interpreter& interpreter, Value value, timespec& out) {
  Ref scale = runtime::new_int(interpreter, 1000000000);
  Ref parts = runtime::int_divmod(interpreter, value, scale.get());
  if (!parts) return false;
  std::int64_t seconds = 0, nanoseconds = 0;
  if (!runtime::index_argument(interpreter, runtime::as_tuple(parts.get())->items()[0], seconds) ||
      !runtime::index_argument(interpreter, runtime::as_tuple(parts.get())->items()[1], nanoseconds))
    return false;
  out.tv_sec = static_cast<time_t>(seconds);
  out.tv_nsec = static_cast<long>(nanoseconds);
  return true;
}

// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)
Ref posix_utime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[5];
  Path path;
  int dir_fd = AT_FDCWD;
  bool follow = true;
  if (!runtime::bind_arguments(interpreter, {"utime", {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 0, 3, 1},
                               arguments, count, kwnames, bound) ||
      !path_argument(interpreter, "utime", "path", bound[0], fd_too, path) ||
      !dir_fd_argument(interpreter, bound[3], dir_fd) || !truth_value(interpreter, bound[4], true, follow) ||
      !check_fd_combination(interpreter, "utime", path, dir_fd, follow))
    return Ref();
  const Value none = interpreter.none();
  const bool has_times = !bound[1].is_null() && bound[1] != none, has_ns = !bound[2].is_null();
  if (has_times && has_ns)
    return interpreter.raise(interpreter.ValueError_type, "utime: you may specify either 'times' or 'ns' but not both");
  timespec times[2] = {};
  timespec* chosen = nullptr;
  for (int which = 0; which < 2; ++which) {
    const Value pair = which == 0 ? (has_times ? bound[1] : Value()) : (has_ns ? bound[2] : Value());
    if (pair.is_null()) continue;
    if (!runtime::is_tuple(interpreter, pair) || runtime::as_tuple(pair)->size != 2)
      return interpreter.raise(interpreter.TypeError_type, which == 0
                                                               ? "utime: 'times' must be either a tuple of two ints or None"
                                                               : "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; ++i) {
      const Value item = runtime::as_tuple(pair)->items()[i];
      if (!(which == 0 ? seconds_argument(interpreter, item, times[i]) : nanoseconds_argument(interpreter, item, times[i])))
        return Ref();
    }
    chosen = times;
  }
  const int result = path.fd >= 0 ? futimens(path.fd, chosen)
                                  : utimensat(dir_fd, path.native.c_str(), chosen, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (result != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

Ref posix_truncate(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  Path path;
  std::int64_t length = 0;
  if (!runtime::bind_arguments(interpreter, {"truncate", {"path", "length"}, 0, 0, 2}, arguments, count, kwnames,
                               bound) ||
      !path_argument(interpreter, "truncate", "path", bound[0], fd_too, path) ||
      !runtime::index_argument(interpreter, bound[1], length))
    return Ref();
  const int result = path.fd >= 0 ? retry(interpreter, [&] { return ftruncate(path.fd, length); })
                                  : truncate(path.native.c_str(), length);
  if (result != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

// ---------------------------------------------------------------------------
// File descriptors

// One C int argument: fd functions' (fd, /) parameter.
bool one_int(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count, Value kwnames,
             const char* name, int& out) {
  Value bound;
  return runtime::bind_arguments(interpreter, {function, {name}, 0, 0, 1}, arguments, count, kwnames, &bound) &&
         int_value(interpreter, bound, out);
}

// open(path, flags, mode=0o777, *, dir_fd=None): new descriptors are not
// inheritable (O_CLOEXEC), as PEP 446 makes them.
Ref posix_open(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  Path path;
  int flags = 0, mode = 0777, dir_fd = AT_FDCWD;
  if (!runtime::bind_arguments(interpreter, {"open", {"path", "flags", "mode", "dir_fd"}, 0, 1, 2}, arguments, count,
                               kwnames, bound) ||
      !path_argument(interpreter, "open", "path", bound[0], names_only, path) || !int_value(interpreter, bound[1], flags) ||
      (!bound[2].is_null() && !int_value(interpreter, bound[2], mode)) || !dir_fd_argument(interpreter, bound[3], dir_fd))
    return Ref();
  const int fd = retry(interpreter, [&] { return openat(dir_fd, path.native.c_str(), flags | O_CLOEXEC, mode); });
  if (fd < 0) return os_error(interpreter, path);
  return Ref::small_int(fd);
}

Ref posix_close(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "close", arguments, count, kwnames, "fd", fd)) return Ref();
  // EINTR: the descriptor is closed anyway on Linux, so no retry.
  if (close(fd) != 0 && errno != EINTR) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref posix_closerange(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int low = 0, high = 0;
  if (!runtime::check_positional(interpreter, "closerange", count, 2, 2) ||
      !runtime::reject_keywords(interpreter, "closerange", kwnames) || !int_value(interpreter, arguments[0], low) ||
      !int_value(interpreter, arguments[1], high))
    return Ref();
  for (int fd = low < 0 ? 0 : low; fd < high; ++fd) close(fd);
  return interpreter.new_none();
}

Ref posix_read(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  std::int64_t length = 0;
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 2, 2) ||
      !int_value(interpreter, arguments[0], fd) || !runtime::index_argument(interpreter, arguments[1], length))
    return Ref();
  if (length < 0) {
    errno = EINVAL;
    return errno_error(interpreter);
  }
  std::string buffer(static_cast<std::size_t>(length), '\0');
  const ssize_t got = retry(interpreter, [&] { return ::read(fd, buffer.data(), buffer.size()); });
  if (got < 0) return errno_error(interpreter);
  buffer.resize(static_cast<std::size_t>(got));
  return runtime::new_bytes(interpreter, buffer);
}

Ref posix_write(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  std::string_view data;
  if (!runtime::reject_keywords(interpreter, "write", kwnames) ||
      !runtime::check_positional(interpreter, "write", count, 2, 2) || !int_value(interpreter, arguments[0], fd) ||
      !runtime::require_byte_view(interpreter, arguments[1], data))
    return Ref();
  const ssize_t written = retry(interpreter, [&] { return ::write(fd, data.data(), data.size()); });
  if (written < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, written);
}

Ref posix_lseek(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0, whence = 0;
  std::int64_t position = 0;
  if (!runtime::reject_keywords(interpreter, "lseek", kwnames) ||
      !runtime::check_positional(interpreter, "lseek", count, 3, 3) || !int_value(interpreter, arguments[0], fd) ||
      !runtime::index_argument(interpreter, arguments[1], position) || !int_value(interpreter, arguments[2], whence))
    return Ref();
  const off_t result = lseek(fd, position, whence);
  if (result < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, result);
}

Ref posix_ftruncate(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  std::int64_t length = 0;
  if (!runtime::reject_keywords(interpreter, "ftruncate", kwnames) ||
      !runtime::check_positional(interpreter, "ftruncate", count, 2, 2) || !int_value(interpreter, arguments[0], fd) ||
      !runtime::index_argument(interpreter, arguments[1], length))
    return Ref();
  if (retry(interpreter, [&] { return ftruncate(fd, length); }) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// fsync(fd): also a file object, through its fileno().
Ref posix_fsync(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  if (!runtime::bind_arguments(interpreter, {"fsync", {"fd"}, 0, 0, 1}, arguments, count, kwnames, &bound))
    return Ref();
  Ref descriptor;
  if (!runtime::is_int(interpreter, bound)) {
    descriptor = runtime::call_method(interpreter, bound, interpreter.intern("fileno"), nullptr, 0);
    if (!descriptor) return Ref();
    bound = descriptor.get();
  }
  int fd = 0;
  if (!int_value(interpreter, bound, fd)) return Ref();
  if (retry(interpreter, [&] { return fsync(fd); }) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref posix_dup(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "dup", arguments, count, kwnames, "fd", fd)) return Ref();
  const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) return errno_error(interpreter);
  return Ref::small_int(copy);
}

// dup2(fd, fd2, inheritable=True)
Ref posix_dup2(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  int fd = 0, fd2 = 0;
  bool inheritable = true;
  if (!runtime::bind_arguments(interpreter, {"dup2", {"fd", "fd2", "inheritable"}, 0, 0, 2}, arguments, count, kwnames,
                               bound) ||
      !int_value(interpreter, bound[0], fd) || !int_value(interpreter, bound[1], fd2) ||
      !truth_value(interpreter, bound[2], true, inheritable))
    return Ref();
  const int result = fd == fd2 ? fd2 : dup3(fd, fd2, inheritable ? 0 : O_CLOEXEC);
  if (result < 0) return errno_error(interpreter);
  return Ref::small_int(result);
}

Ref posix_pipe(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "pipe", count, kwnames)) return Ref();
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return errno_error(interpreter);
  const Value items[] = {Value::small_int(fds[0]), Value::small_int(fds[1])};
  return runtime::new_tuple(interpreter, items);
}

Ref posix_isatty(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "isatty", arguments, count, kwnames, "fd", fd)) return Ref();
  return interpreter.new_boolean(isatty(fd) != 0);
}

// device_encoding(fd): the terminal's encoding, or None.
Ref posix_device_encoding(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "device_encoding", arguments, count, kwnames, "fd", fd)) return Ref();
  if (!isatty(fd)) return interpreter.new_none();
  return runtime::new_str(interpreter, "utf-8");
}

Ref posix_get_inheritable(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "get_inheritable", arguments, count, kwnames, "fd", fd)) return Ref();
  const int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return errno_error(interpreter);
  return interpreter.new_boolean(!(flags & FD_CLOEXEC));
}

// Sets or clears one bit of a descriptor's flags (F_GETFD/F_SETFD or
// F_GETFL/F_SETFL).
bool change_descriptor_flag(int fd, int get, int set, int bit, bool on) {
  const int flags = fcntl(fd, get);
  if (flags < 0) return false;
  const int changed = on ? flags | bit : flags & ~bit;
  return changed == flags || fcntl(fd, set, changed) == 0;
}

Ref posix_set_inheritable(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  bool inheritable = false;
  if (!runtime::reject_keywords(interpreter, "set_inheritable", kwnames) ||
      !runtime::check_positional(interpreter, "set_inheritable", count, 2, 2) ||
      !int_value(interpreter, arguments[0], fd) || !truth_value(interpreter, arguments[1], false, inheritable))
    return Ref();
  if (!change_descriptor_flag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, !inheritable)) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref posix_get_blocking(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!one_int(interpreter, "get_blocking", arguments, count, kwnames, "fd", fd)) return Ref();
  const int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return errno_error(interpreter);
  return interpreter.new_boolean(!(flags & O_NONBLOCK));
}

Ref posix_set_blocking(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  bool blocking = false;
  if (!runtime::reject_keywords(interpreter, "set_blocking", kwnames) ||
      !runtime::check_positional(interpreter, "set_blocking", count, 2, 2) ||
      !int_value(interpreter, arguments[0], fd) || !truth_value(interpreter, arguments[1], false, blocking))
    return Ref();
  if (!change_descriptor_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, !blocking)) return errno_error(interpreter);
  return interpreter.new_none();
}

// get_terminal_size(fd=1): os.terminal_size(columns, lines).
Ref posix_get_terminal_size(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = STDOUT_FILENO;
  if (!runtime::reject_keywords(interpreter, "get_terminal_size", kwnames) ||
      !runtime::check_positional(interpreter, "get_terminal_size", count, 0, 1) ||
      (count == 1 && !int_value(interpreter, arguments[0], fd)))
    return Ref();
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return errno_error(interpreter);
  const Value items[] = {Value::small_int(size.ws_col), Value::small_int(size.ws_row)};
  return runtime::new_struct_sequence(interpreter, interpreter.posix.terminal_size_type, items);
}

// ---------------------------------------------------------------------------
// The process

template <auto query>
Ref process_number(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "function", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, static_cast<std::int64_t>(query()));
}

Ref posix_getpgid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int pid = 0;
  if (!one_int(interpreter, "getpgid", arguments, count, kwnames, "pid", pid)) return Ref();
  const pid_t group = getpgid(pid);
  if (group < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, group);
}

Ref posix_getlogin(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getlogin", count, kwnames)) return Ref();
  const char* name = getlogin();
  if (!name) return errno_error(interpreter);
  return decode_path(interpreter, name, false);
}

Ref posix_getgroups(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getgroups", count, kwnames)) return Ref();
  const int size = getgroups(0, nullptr);
  std::vector<gid_t> groups(static_cast<std::size_t>(size < 0 ? 0 : size));
  const int got = getgroups(size, groups.data());
  if (got < 0) return errno_error(interpreter);
  Ref list = runtime::new_list(interpreter, {});
  for (int i = 0; i < got; ++i) {
    Ref item = runtime::new_int(interpreter, groups[static_cast<std::size_t>(i)]);
    runtime::list_append(list.get(), item.get());
  }
  return list;
}

Ref posix_umask(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int mask = 0;
  if (!one_int(interpreter, "umask", arguments, count, kwnames, "mask", mask)) return Ref();
  return Ref::small_int(umask(static_cast<mode_t>(mask)));
}

Ref posix_kill(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int pid = 0, signal_number = 0;
  if (!runtime::reject_keywords(interpreter, "kill", kwnames) || !runtime::check_positional(interpreter, "kill", count, 2, 2) ||
      !int_value(interpreter, arguments[0], pid) || !int_value(interpreter, arguments[1], signal_number))
    return Ref();
  if (kill(pid, signal_number) != 0) return errno_error(interpreter);
  // A signal sent to this process is handled at once, as CPython's os.kill.
  if (!check_signals(interpreter)) return Ref();
  return interpreter.new_none();
}

// _exit(status): ends the process at once (no cleanup, no flushing).
Ref posix_exit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int status = 0;
  if (!one_int(interpreter, "_exit", arguments, count, kwnames, "status", status)) return Ref();
  _exit(status);
}

// system(command): the shell's wait status.
Ref posix_system(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  Path command;
  if (!runtime::bind_arguments(interpreter, {"system", {"command"}, 0, 0, 1}, arguments, count, kwnames, &bound))
    return Ref();
  if (!runtime::is_str(interpreter, bound) && !runtime::is_bytes(interpreter, bound))
    return interpreter.raise(interpreter.TypeError_type, "system() argument 'command' must be str, not " +
                                                             runtime::argument_type_name(interpreter, bound));
  if (!path_argument(interpreter, "system", "command", bound, names_only, command)) return Ref();
  std::fflush(stdout);
  std::fflush(stderr);
  return Ref::small_int(std::system(command.native.c_str()));
}

// waitpid(pid, options, /): (pid, status).
Ref posix_waitpid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int pid = 0, options = 0;
  if (!runtime::reject_keywords(interpreter, "waitpid", kwnames) ||
      !runtime::check_positional(interpreter, "waitpid", count, 2, 2) || !int_value(interpreter, arguments[0], pid) ||
      !int_value(interpreter, arguments[1], options))
    return Ref();
  int status = 0;
  const pid_t result = retry(interpreter, [&] { return waitpid(pid, &status, options); });
  if (result < 0) return errno_error(interpreter);
  const Value items[] = {Value::small_int(result), Value::small_int(status)};
  return runtime::new_tuple(interpreter, items);
}

// pidfd_open(pid, flags=0): a descriptor of the process that becomes
// readable when it exits (asyncio's PidfdChildWatcher selects on it).
Ref posix_pidfd_open(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  int pid = 0, flags = 0;
  if (!runtime::bind_arguments(interpreter, {"pidfd_open", {"pid", "flags"}, 0, 0, 1}, arguments, count, kwnames,
                               bound) ||
      !int_value(interpreter, bound[0], pid) || (!bound[1].is_null() && !int_value(interpreter, bound[1], flags)))
    return Ref();
  const long fd = syscall(SYS_pidfd_open, pid, static_cast<unsigned>(flags));
  if (fd < 0) return errno_error(interpreter);
  return Ref::small_int(fd);
}

// The W*(status) functions decoding a wait status.
constexpr char wifexited_name[] = "WIFEXITED";
constexpr char wexitstatus_name[] = "WEXITSTATUS";
constexpr char wifsignaled_name[] = "WIFSIGNALED";
constexpr char wtermsig_name[] = "WTERMSIG";
constexpr char wifstopped_name[] = "WIFSTOPPED";
constexpr char wstopsig_name[] = "WSTOPSIG";
constexpr char wcoredump_name[] = "WCOREDUMP";
constexpr char wifcontinued_name[] = "WIFCONTINUED";

template <const char* name, bool boolean, int (*decode)(int)>
Ref wait_status(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  int status = 0;
  if (!runtime::bind_arguments(interpreter, {name, {"status"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !int_value(interpreter, bound, status))
    return Ref();
  const int result = decode(status);
  return boolean ? interpreter.new_boolean(result != 0) : Ref::small_int(result);
}

int decode_exited(int status) { return WIFEXITED(status); }
int decode_exit_status(int status) { return WEXITSTATUS(status); }
int decode_signaled(int status) { return WIFSIGNALED(status); }
int decode_term_signal(int status) { return WTERMSIG(status); }
int decode_stopped(int status) { return WIFSTOPPED(status); }
int decode_stop_signal(int status) { return WSTOPSIG(status); }
int decode_core_dump(int status) { return WCOREDUMP(status); }
int decode_continued(int status) { return WIFCONTINUED(status); }

// waitstatus_to_exitcode(status): the exit code, or -signal.
Ref posix_waitstatus_to_exitcode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                 Value kwnames) {
  Value bound;
  int status = 0;
  if (!runtime::bind_arguments(interpreter, {"waitstatus_to_exitcode", {"status"}, 0, 0, 1}, arguments, count, kwnames,
                               &bound) ||
      !int_value(interpreter, bound, status))
    return Ref();
  if (WIFEXITED(status)) return Ref::small_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Ref::small_int(-WTERMSIG(status));
  return interpreter.raise(interpreter.ValueError_type, "invalid wait status: " + std::to_string(status));
}

// execv(path, argv) and execve(path, argv, env): replace the process.
bool string_list_argument(Interpreter& interpreter, const char* function, Value sequence, std::vector<std::string>& out) {
  Ref items = runtime::tuple_from_iterable(interpreter, sequence);
  if (!items) return false;
  for (std::int64_t i = 0; i < runtime::as_tuple(items.get())->size; ++i) {
    Path item;
    if (!path_argument(interpreter, function, "args", runtime::as_tuple(items.get())->items()[i], names_only, item))
      return false;
    out.push_back(item.native);
  }
  return true;
}

Ref posix_execv(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Path path;
  std::vector<std::string> argv;
  if (!runtime::reject_keywords(interpreter, "execv", kwnames) || !runtime::check_positional(interpreter, "execv", count, 2, 2) ||
      !path_argument(interpreter, "execv", "path", arguments[0], names_only, path) ||
      !string_list_argument(interpreter, "execv", arguments[1], argv))
    return Ref();
  if (argv.empty()) return interpreter.raise(interpreter.ValueError_type, "execv() arg 2 must not be empty");
  std::vector<char*> pointers;
  for (std::string& argument : argv) pointers.push_back(argument.data());
  pointers.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  execv(path.native.c_str(), pointers.data());
  return errno_error(interpreter);
}

Ref posix_strerror(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int code = 0;
  if (!one_int(interpreter, "strerror", arguments, count, kwnames, "code", code)) return Ref();
  return decode_path(interpreter, std::strerror(code), false);
}

Ref posix_urandom(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  std::int64_t size = 0;
  if (!runtime::bind_arguments(interpreter, {"urandom", {"size"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !runtime::index_argument(interpreter, bound, size))
    return Ref();
  if (size < 0) return interpreter.raise(interpreter.ValueError_type, "negative argument not allowed");
  std::string buffer(static_cast<std::size_t>(size), '\0');
  for (std::size_t filled = 0; filled < buffer.size();) {
    const ssize_t got = getrandom(buffer.data() + filled, buffer.size() - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return errno_error(interpreter);
    }
    filled += static_cast<std::size_t>(got);
  }
  return runtime::new_bytes(interpreter, buffer);
}

Ref posix_cpu_count(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "cpu_count", count, kwnames)) return Ref();
  const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  if (cpus < 1) return interpreter.new_none();
  return Ref::small_int(cpus);
}

Ref posix_uname(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "uname", count, kwnames)) return Ref();
  utsname names{};
  if (uname(&names) != 0) return errno_error(interpreter);
  std::vector<Ref> fields;
  std::vector<Value> items;
  for (const char* text : {names.sysname, names.nodename, names.release, names.version, names.machine}) {
    fields.push_back(decode_path(interpreter, text, false));
    if (!fields.back()) return Ref();
    items.push_back(fields.back().get());
  }
  return runtime::new_struct_sequence(interpreter, interpreter.posix.uname_result_type, items);
}

// times(): CPU times of the process and its children, and elapsed real time.
Ref posix_times(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "times", count, kwnames)) return Ref();
  tms usage{};
  const clock_t elapsed = times(&usage);
  if (elapsed == static_cast<clock_t>(-1)) return errno_error(interpreter);
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  std::vector<Ref> fields;
  std::vector<Value> items;
  for (const clock_t value : {usage.tms_utime, usage.tms_stime, usage.tms_cutime, usage.tms_cstime, elapsed}) {
    fields.push_back(runtime::new_float(interpreter, static_cast<double>(value) / ticks));
    items.push_back(fields.back().get());
  }
  return runtime::new_struct_sequence(interpreter, interpreter.posix.times_result_type, items);
}

// fspath(path): a str or bytes as itself, else its __fspath__().
Ref posix_fspath(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value path;
  if (!runtime::bind_arguments(interpreter, {"fspath", {"path"}, 0, 0, 1}, arguments, count, kwnames, &path))
    return Ref();
  return os_fspath(interpreter, path);
}

// ---------------------------------------------------------------------------
// The environment

// posix.environ: the process's environment as bytes names and values.
Ref environment_dict(Interpreter& interpreter) {
  Ref dict = runtime::new_dict(interpreter);
  for (char** entry = environ; entry && *entry; ++entry) {
    const std::string_view text = *entry;
    const std::size_t equals = text.find('=', 1);
    if (equals == std::string_view::npos) continue;
    Ref name = runtime::new_bytes(interpreter, text.substr(0, equals));
    Ref value = runtime::new_bytes(interpreter, text.substr(equals + 1));
    // The first definition of a name wins, as in CPython.
    Value existing;
    const int found = runtime::dict_lookup(interpreter, dict.get(), name.get(), existing);
    if (found < 0) return Ref();
    if (!found && !runtime::dict_set_item(interpreter, dict.get(), name.get(), value.get())) return Ref();
  }
  return dict;
}

// An environment variable's name or value: str or bytes without NUL.
bool environment_text(Interpreter& interpreter, const char* function, const char* argument, Value value,
                      std::string& out) {
  Path converted;
  if (!runtime::is_str(interpreter, value) && !runtime::is_bytes(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + ": illegal type for " + argument +
                                                              " parameter");
    return false;
  }
  if (!path_argument(interpreter, function, argument, value, names_only, converted)) return false;
  out = converted.native;
  return true;
}

Ref posix_putenv(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string name, value;
  if (!runtime::reject_keywords(interpreter, "putenv", kwnames) ||
      !runtime::check_positional(interpreter, "putenv", count, 2, 2) ||
      !environment_text(interpreter, "putenv", "name", arguments[0], name) ||
      !environment_text(interpreter, "putenv", "value", arguments[1], value))
    return Ref();
  if (name.empty() || name.find('=') != std::string::npos)
    return interpreter.raise(interpreter.ValueError_type, "illegal environment variable name");
  if (setenv(name.c_str(), value.c_str(), 1) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref posix_unsetenv(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string name;
  if (!runtime::reject_keywords(interpreter, "unsetenv", kwnames) ||
      !runtime::check_positional(interpreter, "unsetenv", count, 1, 1) ||
      !environment_text(interpreter, "unsetenv", "name", arguments[0], name))
    return Ref();
  if (name.empty() || name.find('=') != std::string::npos)
    return interpreter.raise(interpreter.ValueError_type, "illegal environment variable name");
  if (unsetenv(name.c_str()) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// ---------------------------------------------------------------------------
// scandir and DirEntry

// An entry scandir found: its name and path (str, or bytes when the
// directory was named by bytes), the type readdir reported, and the stat
// results once asked for.
struct DirEntryObject : runtime::Object {
  Ref name, path;
  Ref stat, lstat;       // cached stat_results, null until needed
  unsigned char kind = DT_UNKNOWN;
  ino_t inode = 0;
  int dir_fd = -1;       // scandir(fd): the entry is stat'ed relative to it
  std::string native;    // the bytes of `path` (the name when dir_fd >= 0)
};

struct ScandirIteratorObject : runtime::Object {
  DIR* directory = nullptr;  // null once exhausted or closed
  std::string native;        // the directory's bytes ("." for None)
  bool bytes = false;
  int fd = -1;               // scandir(fd)
  bool named = false;        // the directory was given (not None): paths join it
};

DirEntryObject* as_dir_entry(Value value) { return static_cast<DirEntryObject*>(value.as_object()); }
ScandirIteratorObject* as_scandir(Value value) { return static_cast<ScandirIteratorObject*>(value.as_object()); }

template <class Layout>
void delete_object(Interpreter&, runtime::Object* object) {
  delete static_cast<Layout*>(object);
}

void close_scandir(ScandirIteratorObject* iterator) {
  if (iterator->directory) closedir(iterator->directory);
  iterator->directory = nullptr;
}

void scandir_deallocate(Interpreter& interpreter, runtime::Object* object) {
  close_scandir(static_cast<ScandirIteratorObject*>(object));
  delete_object<ScandirIteratorObject>(interpreter, object);
}

Ref cannot_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return interpreter.raise(interpreter.TypeError_type,
                           "cannot create '" + static_cast<runtime::Type*>(callee.as_object())->name + "' instances");
}

// scandir(path=None): an iterator of DirEntry.
Ref posix_scandir(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  Path path;
  if (!runtime::bind_arguments(interpreter, {"scandir", {"path"}, 0, 0, 0}, arguments, count, kwnames, &bound) ||
      !path_argument(interpreter, "scandir", "path", bound, fd_too | none_too, path))
    return Ref();
  auto* iterator = new ScandirIteratorObject;
  iterator->type = interpreter.posix.scandir_iterator_type;
  Ref owned = Ref::steal(Value::object(iterator));
  iterator->native = path.native;
  iterator->bytes = path.bytes;
  iterator->named = !path.object.is_null();
  if (path.fd >= 0) {
    const int copy = dup(path.fd);
    if (copy < 0) return os_error(interpreter, path);
    iterator->directory = fdopendir(copy);
    if (!iterator->directory) {
      const int saved = errno;
      close(copy);
      errno = saved;
      return os_error(interpreter, path);
    }
    rewinddir(iterator->directory);
    iterator->fd = path.fd;
  } else {
    iterator->directory = opendir(path.native.c_str());
    if (!iterator->directory) return os_error(interpreter, path);
  }
  return owned;
}

Ref scandir_next(Interpreter& interpreter, Value self) {
  ScandirIteratorObject* iterator = as_scandir(self);
  while (iterator->directory) {
    errno = 0;
    const dirent* entry = readdir(iterator->directory);
    if (!entry) {
      const int error = errno;
      close_scandir(iterator);
      if (error == 0) return Ref();
      errno = error;
      return runtime::raise_os_error(interpreter, error, Value());
    }
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    auto* result = new DirEntryObject;
    result->type = interpreter.posix.dir_entry_type;
    Ref owned = Ref::steal(Value::object(result));
    result->kind = entry->d_type;
    result->inode = entry->d_ino;
    result->name = decode_path(interpreter, name, iterator->bytes);
    if (!result->name) return Ref();
    if (iterator->fd >= 0) {
      result->dir_fd = iterator->fd;
      result->native = name;
      result->path = Ref::borrow(result->name.get());
    } else {
      // CPython's join_path_filename: "./name" for the current directory.
      result->native = iterator->native;
      if (!result->native.empty() && result->native.back() != '/') result->native += '/';
      result->native += name;
      result->path = decode_path(interpreter, result->native, iterator->bytes);
      if (!result->path) return Ref();
    }
    return owned;
  }
  return Ref();
}

Ref scandir_iter(Interpreter&, Value self) { return Ref::borrow(self); }

Ref scandir_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "close", count, kwnames)) return Ref();
  close_scandir(as_scandir(self));
  return interpreter.new_none();
}

Ref scandir_enter(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__enter__", count, kwnames)) return Ref();
  return Ref::borrow(self);
}

Ref scandir_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  close_scandir(as_scandir(self));
  return interpreter.new_none();
}

// The entry's stat (following symlinks) or lstat, made once.
Ref dir_entry_fetch_stat(Interpreter& interpreter, DirEntryObject* entry, bool follow_symlinks) {
  const bool link = entry->kind == DT_LNK;
  Ref& cache = follow_symlinks && (link || entry->kind == DT_UNKNOWN) ? entry->stat : entry->lstat;
  if (!cache) {
    struct stat status {};
    const int dir_fd = entry->dir_fd >= 0 ? entry->dir_fd : AT_FDCWD;
    const bool follow = &cache == &entry->stat;
    if (fstatat(dir_fd, entry->native.c_str(), &status, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
      return runtime::raise_os_error(interpreter, errno, entry->path.get());
    cache = new_stat_result(interpreter, status);
    if (!cache) return Ref();
  }
  return Ref::borrow(cache.get());
}

bool follow_symlinks_keyword(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                             Value kwnames, bool& out) {
  Value bound;
  return runtime::bind_arguments(interpreter, {function, {"follow_symlinks"}, 0, 1, 0}, arguments, count, kwnames,
                                 &bound) &&
         truth_value(interpreter, bound, true, out);
}

Ref dir_entry_stat(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool follow = true;
  if (!follow_symlinks_keyword(interpreter, "stat", arguments, count, kwnames, follow)) return Ref();
  return dir_entry_fetch_stat(interpreter, as_dir_entry(self), follow);
}

// Whether the entry is of file type `kind` (DT_DIR/DT_REG), from readdir's
// type when it can, else from stat; a vanished file is of no type.
int dir_entry_is(Interpreter& interpreter, DirEntryObject* entry, bool follow_symlinks, unsigned char kind,
                 mode_t mode_kind) {
  if (entry->kind != DT_UNKNOWN && !(follow_symlinks && entry->kind == DT_LNK)) return entry->kind == kind;
  Ref status = dir_entry_fetch_stat(interpreter, entry, follow_symlinks);
  if (!status) {
    if (!interpreter.exception_is(interpreter.FileNotFoundError_type)) return -1;
    Ref ignored = interpreter.take_exception();
    return 0;
  }
  const Value mode = runtime::as_tuple(status.get())->items()[0];
  return (static_cast<mode_t>(mode.as_small_int()) & S_IFMT) == mode_kind;
}

template <unsigned char kind, mode_t mode_kind, const char* name>
Ref dir_entry_is_kind(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool follow = true;
  if (!follow_symlinks_keyword(interpreter, name, arguments, count, kwnames, follow)) return Ref();
  const int result = dir_entry_is(interpreter, as_dir_entry(self), follow, kind, mode_kind);
  if (result < 0) return Ref();
  return interpreter.new_boolean(result != 0);
}
constexpr char is_dir_name[] = "is_dir";
constexpr char is_file_name[] = "is_file";

Ref dir_entry_is_symlink(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "is_symlink", count, kwnames)) return Ref();
  const int result = dir_entry_is(interpreter, as_dir_entry(self), false, DT_LNK, S_IFLNK);
  if (result < 0) return Ref();
  return interpreter.new_boolean(result != 0);
}

Ref dir_entry_inode(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "inode", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, static_cast<std::int64_t>(as_dir_entry(self)->inode));
}

Ref dir_entry_fspath(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__fspath__", count, kwnames)) return Ref();
  return Ref::borrow(as_dir_entry(self)->path.get());
}

Ref dir_entry_repr(Interpreter& interpreter, Value self) {
  Ref name = runtime::repr(interpreter, as_dir_entry(self)->name.get());
  if (!name) return Ref();
  return runtime::new_str(interpreter, "<DirEntry " + std::string(runtime::str_utf8(name.get())) + ">");
}

Ref dir_entry_name(Interpreter&, Value self) { return Ref::borrow(as_dir_entry(self)->name.get()); }
Ref dir_entry_path(Interpreter&, Value self) { return Ref::borrow(as_dir_entry(self)->path.get()); }

// ---------------------------------------------------------------------------
// fork callbacks, scheduling, file systems and more process calls

// register_at_fork(*, before=None, after_in_child=None, after_in_parent=None).
Ref posix_register_at_fork(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value bound[3];
  if (count > 0)
    return interpreter.raise(interpreter.TypeError_type, "register_at_fork() takes no positional arguments");
  if (!runtime::bind_arguments(interpreter, {"register_at_fork", {"before", "after_in_child", "after_in_parent"}, 0, 3, 0},
                               arguments, count, kwnames, bound))
    return Ref();
  if (bound[0].is_null() && bound[1].is_null() && bound[2].is_null())
    return interpreter.raise(interpreter.TypeError_type, "At least one argument is required.");
  const char* names[] = {"before", "after_in_child", "after_in_parent"};
  for (int i = 0; i < 3; ++i)
    if (!bound[i].is_null() && !runtime::type_of(interpreter, bound[i])->call)
      return interpreter.raise(interpreter.TypeError_type, std::string("'") + names[i] + "' must be callable, not " +
                                                               runtime::type_of(interpreter, bound[i])->name);
  auto& callbacks = interpreter.fork_callbacks;
  Ref* lists[] = {&callbacks.before, &callbacks.after_in_child, &callbacks.after_in_parent};
  for (int i = 0; i < 3; ++i) {
    if (bound[i].is_null()) continue;
    if (!*lists[i]) *lists[i] = runtime::new_list(interpreter, {});
    runtime::list_append(lists[i]->get(), bound[i]);
  }
  return interpreter.new_none();
}

// Calls the callbacks of one fork stage (before ones last registered
// first); an exception is reported and ignored, as CPython's
// run_at_forkers does.
void run_fork_callbacks(Interpreter& interpreter, const Ref& list, bool reverse) {
  if (!list) return;
  // A copy: a callback may register more.
  Ref snapshot = runtime::new_list(interpreter, {});
  const std::vector<Value> callbacks = runtime::as_list(list.get())->items;
  for (Value item : callbacks) runtime::list_append(snapshot.get(), item);
  const std::size_t size = callbacks.size();
  for (std::size_t i = 0; i < size; ++i) {
    const Value callback = callbacks[reverse ? size - 1 - i : i];
    Ref result = runtime::call(interpreter, callback, nullptr, 0);
    if (!result) interpreter.report_unraisable(callback);
  }
}

Ref posix_fork(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "fork", count, kwnames)) return Ref();
  run_fork_callbacks(interpreter, interpreter.fork_callbacks.before, true);
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t pid = fork();
  const int saved = errno;
  if (pid == 0) runtime::after_fork_child(interpreter);  // the only thread left
  run_fork_callbacks(interpreter, pid == 0 ? interpreter.fork_callbacks.after_in_child
                                           : interpreter.fork_callbacks.after_in_parent,
                     false);
  if (pid < 0) {
    errno = saved;
    return errno_error(interpreter);
  }
  return Ref::small_int(pid);
}

// getloadavg(): the 1, 5 and 15 minute load averages.
Ref posix_getloadavg(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getloadavg", count, kwnames)) return Ref();
  double loads[3];
  if (getloadavg(loads, 3) != 3) return interpreter.raise(interpreter.OSError_type, "Load averages are unobtainable");
  Ref values[3] = {runtime::new_float(interpreter, loads[0]), runtime::new_float(interpreter, loads[1]),
                   runtime::new_float(interpreter, loads[2])};
  const Value items[] = {values[0].get(), values[1].get(), values[2].get()};
  return runtime::new_tuple(interpreter, items);
}

// A pid argument (the "i" converter of pid_t).
bool pid_argument(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                  Value kwnames, std::size_t expected, int* out) {
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, expected, expected))
    return false;
  for (std::size_t i = 0; i < expected; ++i)
    if (!int_value(interpreter, arguments[i], out[i])) return false;
  return true;
}

// sched_getaffinity(pid, /): the set of CPUs the process may run on.
Ref posix_sched_getaffinity(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  int pid = 0;
  if (!pid_argument(interpreter, "sched_getaffinity", arguments, count, kwnames, 1, &pid)) return Ref();
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  if (sched_getaffinity(pid, sizeof cpus, &cpus) != 0) return errno_error(interpreter);
  Ref set = runtime::new_set(interpreter);
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
    if (CPU_ISSET(cpu, &cpus) && !runtime::set_add(interpreter, set.get(), Value::small_int(cpu))) return Ref();
  return set;
}

// sched_setaffinity(pid, mask, /): mask an iterable of CPU numbers.
Ref posix_sched_setaffinity(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  int pid = 0;
  if (!runtime::reject_keywords(interpreter, "sched_setaffinity", kwnames) ||
      !runtime::check_argument_count(interpreter, "sched_setaffinity", count, 2, 2) ||
      !int_value(interpreter, arguments[0], pid))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[1]);
  if (!iterator) return Ref();
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  while (Ref item = runtime::iterator_next(interpreter, iterator.get())) {
    if (!runtime::is_int(interpreter, item.get()))
      return interpreter.raise(interpreter.TypeError_type, "expected an iterator of ints, but iterator yielded <class '" +
                                                               runtime::type_of(interpreter, item.get())->name + "'>");
    std::int64_t cpu = 0;
    if (!runtime::int_to_int64(interpreter, item.get(), cpu) || cpu > INT_MAX)
      return interpreter.raise(interpreter.OverflowError_type, "invalid CPU number");
    if (cpu < 0) return interpreter.raise(interpreter.ValueError_type, "negative CPU number");
    if (cpu >= CPU_SETSIZE) {
      errno = EINVAL;
      return errno_error(interpreter);
    }
    CPU_SET(static_cast<int>(cpu), &cpus);
  }
  if (interpreter.has_exception()) return Ref();
  if (sched_setaffinity(pid, sizeof cpus, &cpus) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref posix_sched_yield(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sched_yield", count, kwnames)) return Ref();
  sched_yield();
  return interpreter.new_none();
}

template <bool maximum>
Ref posix_sched_priority(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = maximum ? "sched_get_priority_max" : "sched_get_priority_min";
  Value bound;
  int policy = 0;
  if (!runtime::bind_arguments(interpreter, {name, {"policy"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !int_value(interpreter, bound, policy))
    return Ref();
  const int result = maximum ? sched_get_priority_max(policy) : sched_get_priority_min(policy);
  if (result < 0) return errno_error(interpreter);
  return Ref::small_int(result);
}

// A statvfs result as os.statvfs_result (f_fsid an attribute only).
Ref new_statvfs_result(Interpreter& interpreter, const struct statvfs& status) {
  const std::uint64_t fields[] = {status.f_bsize, status.f_frsize, status.f_blocks, status.f_bfree,  status.f_bavail,
                                  status.f_files, status.f_ffree,  status.f_favail, status.f_flag,   status.f_namemax,
                                  status.f_fsid};
  std::vector<Ref> values;
  std::vector<Value> items;
  for (std::uint64_t field : fields) {
    values.push_back(runtime::new_int(interpreter, static_cast<std::int64_t>(field)));
    items.push_back(values.back().get());
  }
  return runtime::new_struct_sequence(interpreter, interpreter.posix.statvfs_result_type, items);
}

// statvfs(path): path may be an open file descriptor.
Ref posix_statvfs(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound;
  Path path;
  if (!runtime::bind_arguments(interpreter, {"statvfs", {"path"}, 0, 0, 1}, arguments, count, kwnames, &bound) ||
      !path_argument(interpreter, "statvfs", "path", bound, fd_too, path))
    return Ref();
  struct statvfs status {};
  const int result = retry(interpreter, [&] {
    return path.fd >= 0 ? fstatvfs(path.fd, &status) : statvfs(path.native.c_str(), &status);
  });
  if (result != 0) return os_error(interpreter, path);
  return new_statvfs_result(interpreter, status);
}

Ref posix_fstatvfs(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!pid_argument(interpreter, "fstatvfs", arguments, count, kwnames, 1, &fd)) return Ref();
  struct statvfs status {};
  if (retry(interpreter, [&] { return fstatvfs(fd, &status); }) != 0) return errno_error(interpreter);
  return new_statvfs_result(interpreter, status);
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True), and lchown.
Ref change_owner(Interpreter& interpreter, const char* name, bool symlinks_too, const Value* arguments,
                 std::size_t count, Value kwnames) {
  Value bound[5];
  Path path;
  unsigned uid = 0, gid = 0;
  int dir_fd = AT_FDCWD;
  bool follow = symlinks_too;
  const bool full = symlinks_too;
  if (!runtime::bind_arguments(interpreter,
                               full ? runtime::NativeSignature{name, {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 0, 2, 3}
                                    : runtime::NativeSignature{name, {"path", "uid", "gid"}, 0, 0, 3},
                               arguments, count, kwnames, bound) ||
      !path_argument(interpreter, name, "path", bound[0], full ? fd_too : names_only, path) ||
      !id_argument(interpreter, bound[1], "uid", uid) || !id_argument(interpreter, bound[2], "gid", gid) ||
      (full && (!dir_fd_argument(interpreter, bound[3], dir_fd) || !truth_value(interpreter, bound[4], true, follow) ||
                !check_fd_combination(interpreter, name, path, dir_fd, follow))))
    return Ref();
  const int result = path.fd >= 0 ? fchown(path.fd, uid, gid)
                                  : fchownat(dir_fd, path.native.c_str(), uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (result != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

Ref posix_chown(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return change_owner(interpreter, "chown", true, arguments, count, kwnames);
}

Ref posix_lchown(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  Path path;
  unsigned uid = 0, gid = 0;
  if (!runtime::bind_arguments(interpreter, {"lchown", {"path", "uid", "gid"}, 0, 0, 3}, arguments, count, kwnames,
                               bound) ||
      !path_argument(interpreter, "lchown", "path", bound[0], names_only, path) ||
      !id_argument(interpreter, bound[1], "uid", uid) || !id_argument(interpreter, bound[2], "gid", gid))
    return Ref();
  if (lchown(path.native.c_str(), uid, gid) != 0) return os_error(interpreter, path);
  return interpreter.new_none();
}

Ref posix_fchown(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  int fd = 0;
  unsigned uid = 0, gid = 0;
  if (!runtime::bind_arguments(interpreter, {"fchown", {"fd", "uid", "gid"}, 0, 0, 3}, arguments, count, kwnames,
                               bound) ||
      !int_value(interpreter, bound[0], fd) || !id_argument(interpreter, bound[1], "uid", uid) ||
      !id_argument(interpreter, bound[2], "gid", gid))
    return Ref();
  if (retry(interpreter, [&] { return fchown(fd, uid, gid); }) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// A call on one int argument (or none) answering 0 or -1 with errno.
template <const char* name, int (*call)(int)>
Ref int_call(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int value = 0;
  if (!pid_argument(interpreter, name, arguments, count, kwnames, 1, &value)) return Ref();
  if (retry(interpreter, [&] { return call(value); }) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}
constexpr char fchdir_name[] = "fchdir";
constexpr char fdatasync_name[] = "fdatasync";
int change_directory_fd(int fd) { return fchdir(fd); }
int sync_data(int fd) { return fdatasync(fd); }

Ref posix_sync(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sync", count, kwnames)) return Ref();
  sync();
  return interpreter.new_none();
}

// killpg(pgid, signal, /), setpgid(pid, pgrp, /).
template <const char* name, int (*call)(int, int)>
Ref pair_call(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int values[2] = {};
  if (!pid_argument(interpreter, name, arguments, count, kwnames, 2, values)) return Ref();
  if (call(values[0], values[1]) != 0) return errno_error(interpreter);
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_none();
}
constexpr char killpg_name[] = "killpg";
constexpr char setpgid_name[] = "setpgid";
int kill_group(int group, int signal) { return killpg(group, signal); }
int set_group(int pid, int group) { return setpgid(pid, group); }

// getsid(pid, /), getpgid's sibling.
Ref posix_getsid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int pid = 0;
  if (!pid_argument(interpreter, "getsid", arguments, count, kwnames, 1, &pid)) return Ref();
  const pid_t result = getsid(pid);
  if (result < 0) return errno_error(interpreter);
  return Ref::small_int(result);
}

// nice(increment, /): the new niceness.
Ref posix_nice(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int increment = 0;
  if (!pid_argument(interpreter, "nice", arguments, count, kwnames, 1, &increment)) return Ref();
  errno = 0;
  const int result = nice(increment);
  if (result == -1 && errno != 0) return errno_error(interpreter);
  return Ref::small_int(result);
}

// getpriority(which, who), setpriority(which, who, priority).
Ref posix_getpriority(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int values[2] = {};
  if (!pid_argument(interpreter, "getpriority", arguments, count, kwnames, 2, values)) return Ref();
  errno = 0;
  const int result = getpriority(static_cast<__priority_which_t>(values[0]), static_cast<id_t>(values[1]));
  if (result == -1 && errno != 0) return errno_error(interpreter);
  return Ref::small_int(result);
}

Ref posix_setpriority(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int values[3] = {};
  if (!pid_argument(interpreter, "setpriority", arguments, count, kwnames, 3, values)) return Ref();
  if (setpriority(static_cast<__priority_which_t>(values[0]), static_cast<id_t>(values[1]), values[2]) != 0)
    return errno_error(interpreter);
  return interpreter.new_none();
}

// wait(): (pid, status) of a child that ended.
Ref posix_wait(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "wait", count, kwnames)) return Ref();
  int status = 0;
  const pid_t result = retry(interpreter, [&] { return wait(&status); });
  if (result < 0) return errno_error(interpreter);
  const Value items[] = {Value::small_int(result), Value::small_int(status)};
  return runtime::new_tuple(interpreter, items);
}

// pipe2(flags, /).
Ref posix_pipe2(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int flags = 0;
  if (!pid_argument(interpreter, "pipe2", arguments, count, kwnames, 1, &flags)) return Ref();
  int fds[2];
  if (pipe2(fds, flags) != 0) return errno_error(interpreter);
  const Value items[] = {Value::small_int(fds[0]), Value::small_int(fds[1])};
  return runtime::new_tuple(interpreter, items);
}

// major(device), minor(device), makedev(major, minor).
template <bool major_part>
Ref posix_device_part(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = major_part ? "major" : "minor";
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, 1, 1))
    return Ref();
  Ref integer = runtime::number_index(interpreter, arguments[0]);
  std::uint64_t device = 0;
  if (!integer) return Ref();
  if (!runtime::int_to_uint64(interpreter, integer.get(), device))
    return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C dev_t");
  return runtime::new_int(interpreter, major_part ? major(device) : minor(device));
}

Ref posix_makedev(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int parts[2] = {};
  if (!pid_argument(interpreter, "makedev", arguments, count, kwnames, 2, parts)) return Ref();
  return runtime::new_int(interpreter, static_cast<std::int64_t>(makedev(parts[0], parts[1])));
}

// mkfifo(path, mode=0o666, *, dir_fd=None).
Ref posix_mkfifo(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  Path path;
  int mode = 0666, dir_fd = AT_FDCWD;
  if (!runtime::bind_arguments(interpreter, {"mkfifo", {"path", "mode", "dir_fd"}, 0, 1, 1}, arguments, count, kwnames,
                               bound) ||
      !path_argument(interpreter, "mkfifo", "path", bound[0], names_only, path) ||
      (!bound[1].is_null() && !int_value(interpreter, bound[1], mode)) ||
      !dir_fd_argument(interpreter, bound[2], dir_fd))
    return Ref();
  if (retry(interpreter, [&] { return mkfifoat(dir_fd, path.native.c_str(), static_cast<mode_t>(mode)); }) != 0)
    return os_error(interpreter, path);
  return interpreter.new_none();
}

// ttyname(fd, /).
Ref posix_ttyname(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!pid_argument(interpreter, "ttyname", arguments, count, kwnames, 1, &fd)) return Ref();
  char name[256];
  const int error = ttyname_r(fd, name, sizeof name);
  if (error != 0) {
    errno = error;
    return errno_error(interpreter);
  }
  return decode_path(interpreter, name, false);
}

// pread(fd, length, offset, /) and pwrite(fd, data, offset, /).
Ref posix_pread(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  std::int64_t length = 0, offset = 0;
  if (!runtime::reject_keywords(interpreter, "pread", kwnames) ||
      !runtime::check_argument_count(interpreter, "pread", count, 3, 3) || !int_value(interpreter, arguments[0], fd) ||
      !runtime::index_argument(interpreter, arguments[1], length) ||
      !runtime::index_argument(interpreter, arguments[2], offset))
    return Ref();
  if (length < 0) {
    errno = EINVAL;
    return errno_error(interpreter);
  }
  std::string buffer(static_cast<std::size_t>(length), '\0');
  const ssize_t got = retry(interpreter, [&] { return pread(fd, buffer.data(), buffer.size(), offset); });
  if (got < 0) return errno_error(interpreter);
  buffer.resize(static_cast<std::size_t>(got));
  return runtime::new_bytes(interpreter, buffer);
}

Ref posix_pwrite(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  std::int64_t offset = 0;
  std::string_view data;
  if (!runtime::reject_keywords(interpreter, "pwrite", kwnames) ||
      !runtime::check_argument_count(interpreter, "pwrite", count, 3, 3) || !int_value(interpreter, arguments[0], fd) ||
      !runtime::require_byte_view(interpreter, arguments[1], data) ||
      !runtime::index_argument(interpreter, arguments[2], offset))
    return Ref();
  const ssize_t written = retry(interpreter, [&] { return pwrite(fd, data.data(), data.size(), offset); });
  if (written < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, written);
}

// sendfile(out_fd, in_fd, offset, count): offset None reads from in_fd's
// position.
Ref posix_sendfile(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  int out_fd = 0, in_fd = 0;
  std::int64_t size = 0;
  if (!runtime::bind_arguments(interpreter, {"sendfile", {"out_fd", "in_fd", "offset", "count"}, 0, 0, 4}, arguments,
                               count, kwnames, bound) ||
      !int_value(interpreter, bound[0], out_fd) || !int_value(interpreter, bound[1], in_fd) ||
      !runtime::index_argument(interpreter, bound[3], size))
    return Ref();
  off_t offset = 0;
  const bool positioned = bound[2] != interpreter.none();
  if (positioned) {
    std::int64_t wide = 0;
    if (!runtime::index_argument(interpreter, bound[2], wide)) return Ref();
    offset = static_cast<off_t>(wide);
  }
  const ssize_t sent = retry(interpreter, [&] {
    return sendfile(out_fd, in_fd, positioned ? &offset : nullptr, static_cast<std::size_t>(size));
  });
  if (sent < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, sent);
}

// abort(): ends the process with SIGABRT, no cleanup.
Ref posix_abort(Interpreter&, Value, const Value*, std::size_t, Value) { std::abort(); }

// sysconf(name, /): name an int or a key of sysconf_names.
struct ConfigurationName {
  const char* name;
  int value;
};

constexpr ConfigurationName sysconf_names[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},           {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},           {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},         {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},       {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX}, {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_IOV_MAX", _SC_IOV_MAX},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_TZNAME_MAX", _SC_TZNAME_MAX},     {"SC_VERSION", _SC_VERSION},
    {"SC_MINSIGSTKSZ", 249},
};

Ref posix_sysconf(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "sysconf", kwnames) ||
      !runtime::check_argument_count(interpreter, "sysconf", count, 1, 1))
    return Ref();
  int name = 0;
  if (runtime::is_str(interpreter, arguments[0])) {
    const std::string_view text = runtime::str_utf8(arguments[0]);
    const ConfigurationName* found = nullptr;
    for (const ConfigurationName& entry : sysconf_names)
      if (text == entry.name) found = &entry;
    if (!found) return interpreter.raise(interpreter.ValueError_type, "unrecognized configuration name");
    name = found->value;
  } else if (runtime::is_int(interpreter, arguments[0])) {
    if (!int_value(interpreter, arguments[0], name)) return Ref();
  } else {
    return interpreter.raise(interpreter.TypeError_type, "configuration names must be strings or integers");
  }
  errno = 0;
  const long result = sysconf(name);
  if (result == -1 && errno != 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, result);
}

Ref sysconf_names_dict(Interpreter& interpreter) {
  Ref dict = runtime::new_dict(interpreter);
  for (const ConfigurationName& entry : sysconf_names)
    runtime::dict_set_str(interpreter, dict.get(), interpreter.intern(entry.name), Value::small_int(entry.value));
  return dict;
}

// execve(path, argv, env): env a mapping of str or bytes.
Ref posix_execve(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  Path path;
  if (!runtime::bind_arguments(interpreter, {"execve", {"path", "argv", "env"}, 0, 0, 3}, arguments, count, kwnames,
                               bound) ||
      !path_argument(interpreter, "execve", "path", bound[0], fd_too, path))
    return Ref();
  std::vector<std::string> argv_strings;
  if (!string_list_argument(interpreter, "execve", bound[1], argv_strings)) return Ref();
  Ref items = runtime::call_method(interpreter, bound[2], interpreter.intern("items"), nullptr, 0);
  if (!items) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, items.get());
  if (!iterator) return Ref();
  std::vector<std::string> environment;
  while (Ref pair = runtime::iterator_next(interpreter, iterator.get())) {
    Ref key_value = runtime::tuple_from_iterable(interpreter, pair.get());
    if (!key_value || runtime::as_tuple(key_value.get())->size != 2) return Ref();
    std::string key, value;
    if (!filesystem_bytes(interpreter, runtime::as_tuple(key_value.get())->items()[0], key) ||
        !filesystem_bytes(interpreter, runtime::as_tuple(key_value.get())->items()[1], value))
      return Ref();
    if (key.empty() || key.find('=') != std::string::npos)
      return interpreter.raise(interpreter.ValueError_type, "illegal environment variable name");
    environment.push_back(key + "=" + value);
  }
  if (interpreter.has_exception()) return Ref();
  std::vector<char*> argv, envp;
  for (std::string& text : argv_strings) argv.push_back(text.data());
  argv.push_back(nullptr);
  for (std::string& text : environment) envp.push_back(text.data());
  envp.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  if (path.fd >= 0)
    fexecve(path.fd, argv.data(), envp.data());
  else
    execve(path.native.c_str(), argv.data(), envp.data());
  return os_error(interpreter, path);
}

// ---------------------------------------------------------------------------
// Constants

struct Constant {
  const char* name;
  std::int64_t value;
};

// The constants of posixmodule.c's all_ins() that Linux has.
constexpr Constant constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK}, {"NGROUPS_MAX", NGROUPS_MAX},
    {"TMP_MAX", TMP_MAX}, {"WCONTINUED", WCONTINUED}, {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_NDELAY", O_NDELAY},
    {"O_NONBLOCK", O_NONBLOCK}, {"O_APPEND", O_APPEND}, {"O_DSYNC", O_DSYNC}, {"O_RSYNC", O_RSYNC},
    {"O_SYNC", O_SYNC}, {"O_NOCTTY", O_NOCTTY}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC},
    {"O_LARGEFILE", O_LARGEFILE}, {"O_PATH", O_PATH}, {"O_TMPFILE", O_TMPFILE}, {"PRIO_PROCESS", 0},
    {"PRIO_PGRP", 1}, {"PRIO_USER", 2}, {"O_CLOEXEC", O_CLOEXEC}, {"O_ACCMODE", O_ACCMODE},
    {"O_FSYNC", O_FSYNC}, {"SEEK_HOLE", SEEK_HOLE}, {"SEEK_DATA", SEEK_DATA}, {"O_ASYNC", O_ASYNC},
    {"O_DIRECT", O_DIRECT}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_NOATIME", O_NOATIME},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
    {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
    {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
    {"EX_CONFIG", 78}, {"ST_RDONLY", 1}, {"ST_NOSUID", 2}, {"ST_NODEV", 4}, {"ST_NOEXEC", 8},
    {"ST_SYNCHRONOUS", 16}, {"ST_MANDLOCK", 64}, {"ST_WRITE", 128}, {"ST_APPEND", 256}, {"ST_NOATIME", 1024},
    {"ST_NODIRATIME", 2048}, {"ST_RELATIME", 4096}, {"P_PID", 1}, {"P_PGID", 2}, {"P_ALL", 0},
    {"P_PIDFD", 3}, {"WEXITED", WEXITED}, {"WNOWAIT", WNOWAIT}, {"WSTOPPED", WSTOPPED},
    {"CLD_EXITED", 1}, {"CLD_KILLED", 2}, {"CLD_DUMPED", 3}, {"CLD_TRAPPED", 4}, {"CLD_STOPPED", 5},
    {"CLD_CONTINUED", 6}, {"F_LOCK", F_LOCK}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK}, {"F_TEST", F_TEST},
    {"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_NODELETE", 4096},
    {"RTLD_NOLOAD", 4}, {"RTLD_DEEPBIND", 8}, {"GRND_RANDOM", GRND_RANDOM}, {"GRND_NONBLOCK", GRND_NONBLOCK},
    {"SCHED_OTHER", SCHED_OTHER}, {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_RR", SCHED_RR}, {"SCHED_BATCH", SCHED_BATCH},
    {"SCHED_IDLE", SCHED_IDLE}, {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK},
};

// What os.py's supports_dir_fd, supports_fd and supports_follow_symlinks
// are made from: the *at and f* calls the functions above use.
constexpr const char* have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR",    "HAVE_FCHMOD",    "HAVE_FCHMODAT",   "HAVE_FCHOWN",   "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR", "HAVE_FSTATAT",   "HAVE_FSTATVFS",  "HAVE_FTRUNCATE",  "HAVE_FUTIMENS", "HAVE_LINKAT",
    "HAVE_LSTAT",     "HAVE_MKDIRAT",   "HAVE_MKFIFOAT",  "HAVE_OPENAT",     "HAVE_READLINKAT", "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT", "HAVE_UNLINKAT",  "HAVE_UTIMENSAT",
};

// os.stat_result(sequence): the float times not given are the int ones,
// as posixmodule.c's statresult_new makes them.
Ref stat_result_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Ref result = runtime::construct_struct_sequence(interpreter, callee, arguments, count, kwnames);
  if (!result) return Ref();
  Value* items = runtime::as_tuple(result.get())->items();
  for (int i = 0; i < 3; ++i) {
    if (items[10 + i] != interpreter.none()) continue;
    runtime::incref(items[7 + i]);
    runtime::decref(std::exchange(items[10 + i], items[7 + i]));
  }
  return result;
}

void create_posix_types(Interpreter& interpreter) {
  auto& types = interpreter.posix;
  if (types.stat_result_type) return;
  types.stat_result_type = runtime::new_struct_sequence_type(
      interpreter, "os.stat_result",
      {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", nullptr, nullptr, nullptr, "st_atime",
       "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
      10, true);
  types.stat_result_type->construct = &stat_result_construct;
  types.terminal_size_type =
      runtime::new_struct_sequence_type(interpreter, "os.terminal_size", {"columns", "lines"}, 2, true);
  types.uname_result_type = runtime::new_struct_sequence_type(
      interpreter, "posix.uname_result", {"sysname", "nodename", "release", "version", "machine"}, 5, true);
  types.times_result_type = runtime::new_struct_sequence_type(
      interpreter, "posix.times_result", {"user", "system", "children_user", "children_system", "elapsed"}, 5, true);
  types.statvfs_result_type = runtime::new_struct_sequence_type(
      interpreter, "os.statvfs_result",
      {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag",
       "f_namemax", "f_fsid"},
      10, true);

  runtime::Type* entry = runtime::new_native_type(interpreter, "posix.DirEntry", interpreter.object_type);
  entry->construct = &cannot_construct;
  entry->deallocate = &delete_object<DirEntryObject>;
  entry->repr = &dir_entry_repr;
  runtime::add_methods(interpreter, entry,
                       {{"stat", &dir_entry_stat},
                        {"is_dir", &dir_entry_is_kind<DT_DIR, S_IFDIR, is_dir_name>},
                        {"is_file", &dir_entry_is_kind<DT_REG, S_IFREG, is_file_name>},
                        {"is_symlink", &dir_entry_is_symlink},
                        {"inode", &dir_entry_inode},
                        {"__fspath__", &dir_entry_fspath}});
  runtime::add_getsets(interpreter, entry, {{"name", &dir_entry_name}, {"path", &dir_entry_path}});
  runtime::ready_native_type(interpreter, entry);
  types.dir_entry_type = entry;

  runtime::Type* iterator = runtime::new_native_type(interpreter, "posix.ScandirIterator", interpreter.object_type);
  iterator->construct = &cannot_construct;
  iterator->deallocate = &scandir_deallocate;
  iterator->iter = &scandir_iter;
  iterator->next = &scandir_next;
  runtime::add_methods(interpreter, iterator,
                       {{"close", &scandir_close}, {"__enter__", &scandir_enter}, {"__exit__", &scandir_exit}});
  runtime::ready_native_type(interpreter, iterator);
  types.scandir_iterator_type = iterator;
}

}  // namespace

Ref create_posix_module(Interpreter& interpreter) {
  create_posix_types(interpreter);
  Ref module = runtime::new_module(interpreter, "posix");
  const Value posix = module.get();
  runtime::add_module_functions(
      interpreter, posix,
      {{"stat", &posix_stat},
       {"access", &posix_access},
       {"chdir", &posix_chdir},
       {"chmod", &posix_chmod},
       {"fchmod", &posix_fchmod},
       {"getcwd", &posix_getcwd},
       {"getcwdb", &posix_getcwdb},
       {"link", &posix_link},
       {"listdir", &posix_listdir},
       {"lstat", &posix_lstat},
       {"mkdir", &posix_mkdir},
       {"readlink", &posix_readlink},
       {"rename", &rename_entry<rename_name>},
       {"replace", &rename_entry<replace_name>},
       {"rmdir", &posix_rmdir},
       {"symlink", &posix_symlink},
       {"system", &posix_system},
       {"umask", &posix_umask},
       {"uname", &posix_uname},
       {"unlink", &posix_unlink},
       {"remove", &posix_remove},
       {"utime", &posix_utime},
       {"times", &posix_times},
       {"execv", &posix_execv},
       {"fork", &posix_fork},
       {"getegid", &process_number<getegid>},
       {"geteuid", &process_number<geteuid>},
       {"getgid", &process_number<getgid>},
       {"getgroups", &posix_getgroups},
       {"getpid", &process_number<getpid>},
       {"getpgrp", &process_number<getpgrp>},
       {"getppid", &process_number<getppid>},
       {"getuid", &process_number<getuid>},
       {"getlogin", &posix_getlogin},
       {"getpgid", &posix_getpgid},
       {"kill", &posix_kill},
       {"setsid", &process_number<setsid>},
       {"waitpid", &posix_waitpid},
       {"pidfd_open", &posix_pidfd_open},
       {"waitstatus_to_exitcode", &posix_waitstatus_to_exitcode},
       {"open", &posix_open},
       {"close", &posix_close},
       {"closerange", &posix_closerange},
       {"device_encoding", &posix_device_encoding},
       {"dup", &posix_dup},
       {"dup2", &posix_dup2},
       {"lseek", &posix_lseek},
       {"read", &posix_read},
       {"write", &posix_write},
       {"fstat", &posix_fstat},
       {"isatty", &posix_isatty},
       {"pipe", &posix_pipe},
       {"ftruncate", &posix_ftruncate},
       {"truncate", &posix_truncate},
       {"fsync", &posix_fsync},
       {"putenv", &posix_putenv},
       {"unsetenv", &posix_unsetenv},
       {"strerror", &posix_strerror},
       {"WCOREDUMP", &wait_status<wcoredump_name, true, decode_core_dump>},
       {"WIFCONTINUED", &wait_status<wifcontinued_name, true, decode_continued>},
       {"WIFSTOPPED", &wait_status<wifstopped_name, true, decode_stopped>},
       {"WIFSIGNALED", &wait_status<wifsignaled_name, true, decode_signaled>},
       {"WIFEXITED", &wait_status<wifexited_name, true, decode_exited>},
       {"WEXITSTATUS", &wait_status<wexitstatus_name, false, decode_exit_status>},
       {"WTERMSIG", &wait_status<wtermsig_name, false, decode_term_signal>},
       {"WSTOPSIG", &wait_status<wstopsig_name, false, decode_stop_signal>},
       {"get_terminal_size", &posix_get_terminal_size},
       {"cpu_count", &posix_cpu_count},
       {"get_inheritable", &posix_get_inheritable},
       {"set_inheritable", &posix_set_inheritable},
       {"get_blocking", &posix_get_blocking},
       {"set_blocking", &posix_set_blocking},
       {"scandir", &posix_scandir},
       {"fspath", &posix_fspath},
       {"urandom", &posix_urandom},
       {"register_at_fork", &posix_register_at_fork},
       {"getloadavg", &posix_getloadavg},
       {"sched_getaffinity", &posix_sched_getaffinity},
       {"sched_setaffinity", &posix_sched_setaffinity},
       {"sched_yield", &posix_sched_yield},
       {"sched_get_priority_max", &posix_sched_priority<true>},
       {"sched_get_priority_min", &posix_sched_priority<false>},
       {"statvfs", &posix_statvfs},
       {"fstatvfs", &posix_fstatvfs},
       {"chown", &posix_chown},
       {"lchown", &posix_lchown},
       {"fchown", &posix_fchown},
       {"fchdir", &int_call<fchdir_name, change_directory_fd>},
       {"fdatasync", &int_call<fdatasync_name, sync_data>},
       {"sync", &posix_sync},
       {"killpg", &pair_call<killpg_name, kill_group>},
       {"setpgid", &pair_call<setpgid_name, set_group>},
       {"getsid", &posix_getsid},
       {"nice", &posix_nice},
       {"getpriority", &posix_getpriority},
       {"setpriority", &posix_setpriority},
       {"wait", &posix_wait},
       {"pipe2", &posix_pipe2},
       {"major", &posix_device_part<true>},
       {"minor", &posix_device_part<false>},
       {"makedev", &posix_makedev},
       {"mkfifo", &posix_mkfifo},
       {"ttyname", &posix_ttyname},
       {"pread", &posix_pread},
       {"pwrite", &posix_pwrite},
       {"sendfile", &posix_sendfile},
       {"sysconf", &posix_sysconf},
       {"execve", &posix_execve},
       {"abort", &posix_abort},
       {"_exit", &posix_exit}});
  Ref environment = environment_dict(interpreter);
  if (!environment) return Ref();
  runtime::module_set(interpreter, posix, "environ", environment.get());
  runtime::module_set(interpreter, posix, "error", Value::object(interpreter.OSError_type));
  for (const Constant& constant : constants)
    runtime::module_set(interpreter, posix, constant.name, Value::small_int(constant.value));
  std::vector<Value> have;
  for (const char* name : have_functions) have.push_back(interpreter.intern(name));
  Ref have_list = runtime::new_list(interpreter, have);
  runtime::module_set(interpreter, posix, "_have_functions", have_list.get());
  const auto& types = interpreter.posix;
  runtime::module_set(interpreter, posix, "stat_result", Value::object(types.stat_result_type));
  runtime::module_set(interpreter, posix, "terminal_size", Value::object(types.terminal_size_type));
  runtime::module_set(interpreter, posix, "uname_result", Value::object(types.uname_result_type));
  runtime::module_set(interpreter, posix, "times_result", Value::object(types.times_result_type));
  runtime::module_set(interpreter, posix, "DirEntry", Value::object(types.dir_entry_type));
  runtime::module_set(interpreter, posix, "statvfs_result", Value::object(types.statvfs_result_type));
  Ref names = sysconf_names_dict(interpreter);
  runtime::module_set(interpreter, posix, "sysconf_names", names.get());
  return module;
}

}  // namespace krait::modules
