// Native modules: _io.FileIO, raw I/O on a file descriptor (CPython's
// Modules/_io/fileio.c, message for message).
#include "modules/io/fileio.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "modules/os_arguments.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"
#include "runtime/warnings.h"

namespace krait::modules::io {

FileIOObject* as_fileio(Value value) { return static_cast<FileIOObject*>(value.as_object()); }

namespace {

// FileIO's own closed-file error has no final period (fileio.c's err_closed).
// read(2), retried after a signal's handler ran, as CPython's _Py_read
// (PEP 475): -1 with the handler's exception pending when it raised.
ssize_t read_retrying(Interpreter& interpreter, int fd, char* data, std::size_t size) {
  return retry(interpreter, [&] { return ::read(fd, data, size); });
}

Raised raise_fileio_closed(Interpreter& interpreter) {
  return raise_error(interpreter, interpreter.ValueError_type, "I/O operation on closed file");
}

FileIOObject* open_fileio(Interpreter& interpreter, Value self) {
  FileIOObject* file = as_fileio(self);
  if (file->fd < 0) {
    raise_fileio_closed(interpreter);
    return nullptr;
  }
  return file;
}

Ref fileio_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<FileIOObject>(interpreter, as_type(callee))));
}

// A path argument as bytes for open(2): str (UTF-8), bytes, or an
// os.PathLike's __fspath__().
bool path_bytes(Interpreter& interpreter, Value path, std::string& out) {
  Ref converted;
  if (!runtime::is_str(interpreter, path) && !runtime::is_bytes(interpreter, path)) {
    const std::string type_name(runtime::type_name(interpreter, path));
    const Value fspath = runtime::lookup_special(interpreter, path, interpreter.intern("__fspath__"));
    if (fspath.is_null())
      return raise_error(interpreter, interpreter.TypeError_type,
                         "expected str, bytes or os.PathLike object, not " + type_name);
    converted = runtime::call_with_self(interpreter, fspath, path, nullptr, 0, Value());
    if (!converted) return false;
    path = converted.get();
    if (!runtime::is_str(interpreter, path) && !runtime::is_bytes(interpreter, path))
      return raise_error(interpreter, interpreter.TypeError_type,
                         "expected " + type_name + ".__fspath__() to return str or bytes, not " +
                             std::string(runtime::type_name(interpreter, path)));
  }
  if (runtime::is_str(interpreter, path)) {
    out = runtime::str_utf8(path);
  } else {
    out = std::string(runtime::as_bytes(path)->data(), static_cast<std::size_t>(runtime::as_bytes(path)->size));
  }
  if (out.find('\0') != std::string::npos)
    return raise_error(interpreter, interpreter.ValueError_type, "embedded null byte");
  return true;
}

Ref bad_mode(Interpreter& interpreter) {
  return interpreter.raise(interpreter.ValueError_type,
                           "Must have exactly one of create/read/write/append mode and at most one plus");
}

// FileIO(file, mode='r', closefd=True, opener=None).
Ref fileio_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[4];
  if (!runtime::bind_arguments(interpreter, {"FileIO", {"file", "mode", "closefd", "opener"}, 0, 0, 1}, arguments, count,
                               kwnames, values))
    return Ref();
  FileIOObject* file = as_fileio(self);
  if (file->fd >= 0) {
    if (file->closefd) ::close(file->fd);
    file->fd = -1;
  }
  const Value name = values[0];
  std::string mode = "r";
  if (!values[1].is_null()) {
    if (!runtime::is_str(interpreter, values[1]))
      return interpreter.raise(interpreter.TypeError_type, "FileIO() argument 'mode' must be str, not " +
                                                               runtime::argument_type_name(interpreter, values[1]));
    mode = runtime::str_utf8(values[1]);
  }
  bool closefd = true;
  if (!values[2].is_null()) {
    const int truth = runtime::truth(interpreter, values[2]);
    if (truth < 0) return Ref();
    closefd = truth;
  }
  const Value opener = values[3].is_null() || values[3] == interpreter.none() ? Value() : values[3];

  int fd = -1;
  std::string path;
  if (runtime::is_int(interpreter, name)) {
    std::int64_t number = 0;
    if (!runtime::index_argument(interpreter, name, number)) return Ref();
    if (number < 0) return interpreter.raise(interpreter.ValueError_type, "negative file descriptor");
    fd = static_cast<int>(number);
  } else if (!path_bytes(interpreter, name, path)) {
    return Ref();
  }

  bool rwa = false, plus = false;
  int flags = 0;
  file->readable = file->writable = file->appending = file->created = false;
  for (const char c : mode) {
    switch (c) {
      case 'x':
        if (rwa) return bad_mode(interpreter);
        rwa = file->created = file->writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) return bad_mode(interpreter);
        rwa = file->readable = true;
        break;
      case 'w':
        if (rwa) return bad_mode(interpreter);
        rwa = file->writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) return bad_mode(interpreter);
        rwa = file->writable = file->appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) return bad_mode(interpreter);
        file->readable = file->writable = plus = true;
        break;
      default:
        return interpreter.raise(interpreter.ValueError_type, "invalid mode: " + mode);
    }
  }
  if (!rwa) return bad_mode(interpreter);
  flags |= file->readable && file->writable ? O_RDWR : file->readable ? O_RDONLY : O_WRONLY;
  flags |= O_CLOEXEC;

  if (fd >= 0) {
    file->fd = fd;
    file->closefd = closefd;
  } else {
    file->closefd = true;
    if (!closefd) return interpreter.raise(interpreter.ValueError_type, "Cannot use closefd=False with file name");
    if (opener.is_null()) {
      do fd = ::open(path.c_str(), flags, 0666);
      while (fd < 0 && errno == EINTR);
      if (fd < 0) return raise_errno(interpreter, errno, name);
    } else {
      const Value opener_arguments[] = {name, Value::small_int(flags)};
      Ref opened = runtime::call(interpreter, opener, opener_arguments, 2);
      if (!opened) return Ref();
      if (!runtime::is_int(interpreter, opened.get()))
        return interpreter.raise(interpreter.TypeError_type, "expected integer from opener");
      std::int64_t number = 0;
      if (!runtime::index_argument(interpreter, opened.get(), number)) return Ref();
      if (number < 0)
        return interpreter.raise(interpreter.ValueError_type, "opener returned " + std::to_string(number));
      fd = static_cast<int>(number);
    }
    file->fd = fd;
  }
  file->seekable = -1;
  struct stat status {};
  if (fstat(file->fd, &status) < 0) {
    const int error = errno;
    if (error == EBADF) {
      file->fd = -1;
      return raise_errno(interpreter, error);
    }
  } else {
    if (S_ISDIR(status.st_mode)) {
      if (file->closefd) ::close(file->fd);
      file->fd = -1;
      return raise_errno(interpreter, EISDIR, name);
    }
    file->blksize = status.st_blksize > 1 ? status.st_blksize : default_buffer_size;
  }
  if (!runtime::set_attribute(interpreter, self, interpreter.intern("name"), name)) return Ref();
  if (file->appending) lseek(file->fd, 0, SEEK_END);
  return interpreter.new_none();
}

Ref fileio_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  if (!file->readable) return raise_unsupported(interpreter, "File not open for reading");
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  std::string data;
  if (!fileio_read_bytes(interpreter, file, size, data)) return Ref();
  if (data.empty() && errno == EAGAIN) return interpreter.new_none();
  return runtime::new_bytes(interpreter, data);
}

Ref fileio_readall(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.readall", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  std::string data;
  if (!fileio_read_bytes(interpreter, file, -1, data)) return Ref();
  return runtime::new_bytes(interpreter, data);
}

Ref fileio_readinto(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "FileIO.readinto", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  if (!file->readable) return raise_unsupported(interpreter, "File not open for reading");
  char* data = nullptr;
  std::int64_t size = 0;
  if (!writable_buffer(interpreter, arguments[0], data, size)) return Ref();
  const ssize_t n = read_retrying(interpreter, file->fd, data, static_cast<std::size_t>(size));
  if (n < 0) {
    if (interpreter.has_exception()) return Ref();
    if (errno == EAGAIN) return interpreter.new_none();
    return raise_errno(interpreter, errno);
  }
  return runtime::new_int(interpreter, n);
}

Ref fileio_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "FileIO.write", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  if (!file->writable) return raise_unsupported(interpreter, "File not open for writing");
  std::string_view data;
  if (!bytes_argument(interpreter, arguments[0], data)) return Ref();
  const std::int64_t n = fileio_write_bytes(interpreter, file, data);
  if (n < 0) return n == -2 ? interpreter.new_none() : Ref();
  return runtime::new_int(interpreter, n);
}

Ref fileio_seek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "seek", kwnames) || !runtime::check_positional(interpreter, "seek", count, 1, 2))
    return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  std::int64_t position = 0, whence = 0;
  if (!runtime::index_argument(interpreter, arguments[0], position) ||
      (count == 2 && !runtime::index_argument(interpreter, arguments[1], whence)))
    return Ref();
  const std::int64_t result = fileio_seek_to(interpreter, file, position, static_cast<int>(whence));
  if (result < 0) return Ref();
  return runtime::new_int(interpreter, result);
}

Ref fileio_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.tell", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  const std::int64_t result = fileio_seek_to(interpreter, file, 0, SEEK_CUR);
  if (result < 0) return Ref();
  return runtime::new_int(interpreter, result);
}

Ref fileio_truncate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "truncate", kwnames) ||
      !runtime::check_positional(interpreter, "truncate", count, 0, 1))
    return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  if (!file->writable) return raise_unsupported(interpreter, "File not open for writing");
  std::int64_t size = 0;
  if (count == 0 || arguments[0] == interpreter.none()) {
    size = fileio_seek_to(interpreter, file, 0, SEEK_CUR);
    if (size < 0) return Ref();
  } else if (!runtime::index_argument(interpreter, arguments[0], size)) {
    return Ref();
  }
  if (ftruncate(file->fd, size) < 0) return raise_errno(interpreter, errno);
  return runtime::new_int(interpreter, size);
}

// _dealloc_warn(source): ResourceWarning "unclosed file <repr of source>"
// while the descriptor is open and owned, `source` being the object whose
// finalizer closes the file (the TextIOWrapper over it, say). The pending
// exception, if any, survives; a warning that fails is unraisable.
void fileio_warn_unclosed(Interpreter& interpreter, Value self, Value source) {
  const FileIOObject* file = as_fileio(self);
  if (file->fd < 0 || !file->closefd) return;
  Ref pending = interpreter.take_exception();
  Ref text = runtime::repr(interpreter, source);
  if (text && !runtime::warn(interpreter, interpreter.ResourceWarning_type,
                             "unclosed file " + std::string(runtime::str_utf8(text.get())), 1, source) &&
      interpreter.exception_is(interpreter.Warning_type))
    interpreter.report_unraisable(self);
  Ref ignored = interpreter.take_exception();
  if (pending) interpreter.restore_exception(std::move(pending));
}

Ref fileio_close(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Ref result = iobase_close(interpreter, self, arguments, count, kwnames);
  FileIOObject* file = as_fileio(self);
  if (file->finalizing) fileio_warn_unclosed(interpreter, self, self);
  const int fd = file->fd;
  file->fd = -1;
  if (fd >= 0 && file->closefd && ::close(fd) < 0 && result) return raise_errno(interpreter, errno);
  return result;
}

Ref fileio_seekable(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.seekable", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  if (file->seekable < 0) file->seekable = lseek(file->fd, 0, SEEK_CUR) >= 0;
  return interpreter.new_boolean(file->seekable);
}

template <bool FileIOObject::*flag>
Ref fileio_flag(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.readable", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  return interpreter.new_boolean(file->*flag);
}

Ref fileio_fileno(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.fileno", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  return runtime::new_int(interpreter, file->fd);
}

Ref fileio_isatty(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "FileIO.isatty", count, kwnames)) return Ref();
  FileIOObject* file = open_fileio(interpreter, self);
  if (!file) return Ref();
  return interpreter.new_boolean(isatty(file->fd));
}

Ref fileio_dealloc_warn(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_dealloc_warn", count, kwnames)) return Ref();
  fileio_warn_unclosed(interpreter, self, arguments[0]);
  return interpreter.new_none();
}

Ref fileio_closed(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_fileio(self)->fd < 0); }
Ref fileio_closefd(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_fileio(self)->closefd); }
Ref fileio_mode(Interpreter& interpreter, Value self) { return runtime::new_str(interpreter, fileio_mode_text(as_fileio(self))); }
Ref fileio_blksize(Interpreter& interpreter, Value self) { return runtime::new_int(interpreter, as_fileio(self)->blksize); }
Ref fileio_finalizing(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_fileio(self)->finalizing);
}

// <_io.FileIO name='x' mode='rb' closefd=True>, fd=N without a name.
Ref fileio_repr(Interpreter& interpreter, Value self) {
  const FileIOObject* file = as_fileio(self);
  std::string type_name = runtime::type_of(interpreter, self)->name;
  if (runtime::type_of(interpreter, self)->is_heap_type) {
    Ref module = runtime::get_attribute(interpreter, Value::object(runtime::type_of(interpreter, self)),
                                        interpreter.intern("__module__"));
    if (module && runtime::is_str(interpreter, module.get()))
      type_name = std::string(runtime::str_utf8(module.get())) + "." + type_name;
    Ref ignored = interpreter.take_exception();
  }
  if (file->fd < 0) return runtime::new_str(interpreter, "<" + type_name + " [closed]>");
  Ref name;
  if (runtime::lookup_attribute(interpreter, self, interpreter.intern("name"), name) < 0) return Ref();
  std::string text = "<" + type_name + " ";
  if (name) {
    Ref shown = runtime::repr(interpreter, name.get());
    if (!shown) return Ref();
    text += "name=" + std::string(runtime::str_utf8(shown.get()));
  } else {
    text += "fd=" + std::to_string(file->fd);
  }
  text += " mode='" + fileio_mode_text(file) + "' closefd=" + (file->closefd ? "True" : "False") + ">";
  return runtime::new_str(interpreter, text);
}

// Finalizing a FileIO that still holds its descriptor closes it.
void fileio_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* file = static_cast<FileIOObject*>(object);
  if (file->fd >= 0 && file->closefd) ::close(file->fd);
  io_deallocate<FileIOObject>(interpreter, object);
}

void fileio_traverse(runtime::Object*, const runtime::Visitor&) {}

}  // namespace

std::string fileio_mode_text(const FileIOObject* file) {
  if (file->created) return file->readable ? "xb+" : "xb";
  if (file->appending) return file->readable ? "ab+" : "ab";
  if (file->readable) return file->writable ? "rb+" : "rb";
  return "wb";
}

bool fileio_read_bytes(Interpreter& interpreter, FileIOObject* file, std::int64_t size, std::string& out) {
  errno = 0;
  if (size >= 0) {
    out.resize(static_cast<std::size_t>(size));
    const ssize_t n = read_retrying(interpreter, file->fd, out.data(), out.size());
    if (n < 0) {
      out.clear();
      if (interpreter.has_exception()) return false;
      if (errno == EAGAIN) return true;
      raise_errno(interpreter, errno);
      return false;
    }
    out.resize(static_cast<std::size_t>(n));
    return true;
  }
  // readall: grow by the file's remaining size when known.
  struct stat status {};
  std::size_t chunk = default_buffer_size;
  if (fstat(file->fd, &status) == 0 && status.st_size > 0) {
    const off_t position = lseek(file->fd, 0, SEEK_CUR);
    if (position >= 0 && status.st_size >= position) chunk = static_cast<std::size_t>(status.st_size - position) + 1;
  }
  out.clear();
  for (;;) {
    const std::size_t used = out.size();
    out.resize(used + chunk);
    const ssize_t n = read_retrying(interpreter, file->fd, out.data() + used, chunk);
    if (n < 0) {
      out.resize(used);
      if (interpreter.has_exception()) return false;
      if (errno == EAGAIN && used > 0) return true;
      if (errno == EAGAIN) return true;
      raise_errno(interpreter, errno);
      return false;
    }
    out.resize(used + static_cast<std::size_t>(n));
    if (n == 0) return true;
    chunk = std::max<std::size_t>(chunk, default_buffer_size);
  }
}

std::int64_t fileio_write_bytes(Interpreter& interpreter, FileIOObject* file, std::string_view data) {
  const ssize_t n = retry(interpreter, [&] { return ::write(file->fd, data.data(), data.size()); });
  if (n < 0) {
    if (interpreter.has_exception()) return -1;
    if (errno == EAGAIN) return -2;
    raise_errno(interpreter, errno);
    return -1;
  }
  return n;
}

std::int64_t fileio_seek_to(Interpreter& interpreter, FileIOObject* file, std::int64_t position, int whence) {
  const off_t result = lseek(file->fd, position, whence);
  if (result < 0) {
    raise_errno(interpreter, errno);
    return -1;
  }
  if (file->seekable < 0) file->seekable = 1;
  return result;
}

bool is_exact_fileio(Interpreter& interpreter, Value value) {
  IoState* state = io_state(interpreter, false);
  return value.is_object() && value.as_object()->type == state->fileio;
}

void init_fileio_type(Interpreter& interpreter, IoState& state) {
  Type* type = new_io_type(interpreter, "_io.FileIO", state.raw_iobase, &fileio_deallocate, &fileio_traverse, nullptr);
  type->construct = &fileio_new;
  type->initialize = &fileio_init;
  type->repr = &fileio_repr;
  runtime::add_methods(interpreter, type,
                       {{"read", &fileio_read},
                        {"readall", &fileio_readall},
                        {"readinto", &fileio_readinto},
                        {"write", &fileio_write},
                        {"seek", &fileio_seek},
                        {"tell", &fileio_tell},
                        {"truncate", &fileio_truncate},
                        {"close", &fileio_close},
                        {"seekable", &fileio_seekable},
                        {"readable", &fileio_flag<&FileIOObject::readable>},
                        {"writable", &fileio_flag<&FileIOObject::writable>},
                        {"fileno", &fileio_fileno},
                        {"isatty", &fileio_isatty},
                        {"_dealloc_warn", &fileio_dealloc_warn}});
  runtime::add_getsets(interpreter, type,
                       {{"closed", &fileio_closed},
                        {"closefd", &fileio_closefd},
                        {"mode", &fileio_mode},
                        {"_blksize", &fileio_blksize},
                        {"_finalizing", &fileio_finalizing}});
  runtime::ready_native_type(interpreter, type);
  state.fileio = type;
}

}  // namespace krait::modules::io
