// Native modules: _socket.socket (CPython's PySocketSockObject). Every call
// that may wait runs through socket_call, CPython's sock_call_ex: with a
// timeout it polls for readiness first (TimeoutError "timed out" past the
// deadline), retries after a signal (PEP 475) and after a spurious wake-up.
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "modules/io/io.h"
#include "modules/module_support.h"
#include "modules/os_arguments.h"
#include "modules/socket/socket.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/operations.h"

namespace krait::modules::socket {
namespace {

// ---------------------------------------------------------------------------
// Waiting (CPython's internal_select and sock_call_ex)

Ref raise_timeout(Interpreter& interpreter) { return interpreter.raise(interpreter.TimeoutError_type, "timed out"); }

// Polls the socket for reading or writing for `interval` nanoseconds (-1:
// forever): 0 ready, 1 timed out, -1 failed (errno). Sockets without a
// timeout need no wait, except for a connection in progress.
int wait_ready(Interpreter& interpreter, const SocketObject* socket, bool writing, std::int64_t interval,
               bool connect) {
  if (socket->fd < 0 || (socket->timeout <= 0 && !connect)) return 0;
  pollfd entry{socket->fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
  if (connect) entry.events |= POLLERR;
  // Whole milliseconds, rounded up so the wait is never shorter.
  const std::int64_t milliseconds = interval < 0 ? -1 : (interval + 999999) / 1000000;
  const int wait = static_cast<int>(std::min<std::int64_t>(milliseconds, INT_MAX));
  const int result = blocking_call(interpreter, [&] { return ::poll(&entry, 1, wait); });
  if (result < 0) return -1;
  return result == 0 ? 1 : 0;
}

// Runs `operation` (true on success, else errno set) until it succeeds,
// fails, or `timeout` passes. A failure raises OSError, or with `error`
// only stores its errno there (connect_ex: EWOULDBLOCK for a timeout, -1
// when a signal handler raised). `connect` waits for writability even
// without a timeout: a connection interrupted by a signal goes on.
template <class Operation>
bool socket_call(Interpreter& interpreter, SocketObject* socket, bool writing, Operation operation,
                 bool connect = false, int* error = nullptr, std::int64_t timeout = -2) {
  if (timeout == -2) timeout = socket->timeout;
  const bool has_timeout = timeout > 0;
  const std::int64_t deadline = has_timeout ? monotonic_nanoseconds() + timeout : 0;
  for (bool first = true;; first = false) {
    if (has_timeout || connect) {
      const std::int64_t interval = !has_timeout ? timeout : first ? timeout : deadline - monotonic_nanoseconds();
      const int waited = has_timeout && interval < 0 ? 1 : wait_ready(interpreter, socket, writing, interval, connect);
      if (waited < 0) {
        if (error) *error = errno;
        if (errno == EINTR) {
          if (check_signals(interpreter)) continue;
          if (error) *error = -1;
          return false;
        }
        if (!error) (void)errno_error(interpreter);
        return false;
      }
      if (waited == 1) {
        if (error) *error = EWOULDBLOCK;
        else (void)raise_timeout(interpreter);
        return false;
      }
    }
    for (;;) {
      if (blocking_call(interpreter, operation)) {
        if (error) *error = 0;
        return true;
      }
      if (error) *error = errno;
      if (errno != EINTR) break;
      if (!check_signals(interpreter)) {
        if (error) *error = -1;
        return false;
      }
    }
    // Ready, yet nothing there (a datagram dropped): wait again.
    if (socket->timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
    if (!error) (void)errno_error(interpreter);
    return false;
  }
}

// O_NONBLOCK on or off (CPython's internal_setblocking).
bool set_blocking(Interpreter& interpreter, SocketObject* socket, bool blocking) {
  const int flags = fcntl(socket->fd, F_GETFL);
  if (flags < 0 || fcntl(socket->fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0) {
    (void)errno_error(interpreter);
    return false;
  }
  return true;
}

// What a socket is made with (CPython's init_sockobject): the type without
// SOCK_NONBLOCK and SOCK_CLOEXEC, and the default timeout unless
// SOCK_NONBLOCK asked for none.
bool init_socket(Interpreter& interpreter, SocketObject* socket, int fd, int family, int type, int proto) {
  socket->fd = fd;
  socket->family = family;
  socket->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  socket->proto = proto;
  if (type & SOCK_NONBLOCK) {
    socket->timeout = 0;
    return true;
  }
  socket->timeout = interpreter.socket.default_timeout;
  return socket->timeout < 0 || set_blocking(interpreter, socket, false);
}

// ---------------------------------------------------------------------------
// Arguments

#define KRAIT_SOCKET_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

// A METH_VARARGS method's arguments: positional only, the count in range.
bool positional(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames, std::size_t minimum,
                std::size_t maximum) {
  return runtime::reject_keywords(interpreter, std::string("socket.") + name, kwnames) &&
         runtime::check_tuple_arguments(interpreter, name, count, minimum, maximum);
}

// An optional C int argument (flags): `fallback` when absent.
bool optional_int(Interpreter& interpreter, const Value* arguments, std::size_t count, std::size_t index,
                  int fallback, int& out) {
  out = fallback;
  return index >= count || runtime::int_argument(interpreter, arguments[index], out);
}

// The bytes to send: a view of bytes, a copy of anything mutable (the lock
// may be released while the system reads them).
struct SendBuffer {
  std::string copy;
  std::string_view data;
};

bool send_buffer(Interpreter& interpreter, Value value, SendBuffer& out) {
  if (!runtime::require_byte_view(interpreter, value, out.data)) return false;
  if (!runtime::is_bytes(interpreter, value)) {
    out.copy.assign(out.data);
    out.data = out.copy;
  }
  return true;
}

// A buffer size for recv() and friends: ValueError "negative buffersize in
// recv" when negative.
bool buffer_size(Interpreter& interpreter, Value value, const char* name, std::int64_t& out) {
  if (!runtime::index_argument(interpreter, value, out)) return false;
  if (out >= 0) return true;
  interpreter.set_exception(interpreter.ValueError_type, std::string("negative buffersize in ") + name);
  return false;
}

// ---------------------------------------------------------------------------
// Construction

Ref socket_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  SocketObject* socket = runtime::gc_new<SocketObject>(interpreter, static_cast<Type*>(callee.as_object()));
  return Ref::steal(Value::object(socket));
}

void socket_traverse(runtime::Object*, const runtime::Visitor&) {}

void socket_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* socket = static_cast<SocketObject*>(object);
  if (socket->fd >= 0) ::close(socket->fd);
  runtime::gc_delete(interpreter, socket);
}

// The option of an open descriptor (family, type, protocol), for
// socket(fileno=fd) when not given.
bool descriptor_option(Interpreter& interpreter, int fd, int option, int& out) {
  socklen_t size = sizeof out;
  if (getsockopt(fd, SOL_SOCKET, option, &out, &size) == 0) return true;
  (void)errno_error(interpreter);
  return false;
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
Ref socket_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  if (!runtime::bind_arguments(interpreter, {"socket", {"family", "type", "proto", "fileno"}, 0, 0, 0}, arguments,
                               count, kwnames, bound))
    return Ref();
  int family = -1, type = -1, proto = -1;
  if ((!bound[0].is_null() && !runtime::int_argument(interpreter, bound[0], family)) ||
      (!bound[1].is_null() && !runtime::int_argument(interpreter, bound[1], type)) ||
      (!bound[2].is_null() && !runtime::int_argument(interpreter, bound[2], proto)))
    return Ref();
  int fd = -1;
  if (!bound[3].is_null() && bound[3] != interpreter.none()) {
    std::int64_t number = 0;
    if (!runtime::index_argument(interpreter, bound[3], number)) return Ref();
    if (number < 0) return interpreter.raise(interpreter.ValueError_type, "negative file descriptor");
    if (number > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "signed integer is greater than maximum");
    fd = static_cast<int>(number);
    if ((family == -1 && !descriptor_option(interpreter, fd, SO_DOMAIN, family)) ||
        (type == -1 && !descriptor_option(interpreter, fd, SO_TYPE, type)) ||
        (proto == -1 && !descriptor_option(interpreter, fd, SO_PROTOCOL, proto)))
      return Ref();
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return errno_error(interpreter);
  }
  SocketObject* socket = as_socket(self);
  if (socket->fd >= 0) ::close(socket->fd);  // __init__ called again
  if (!init_socket(interpreter, socket, fd, family, type, proto)) return Ref();
  return interpreter.new_none();
}

Ref socket_repr(Interpreter& interpreter, Value self) {
  const SocketObject* socket = as_socket(self);
  return runtime::new_str(interpreter, "<socket object, fd=" + std::to_string(socket->fd) +
                                           ", family=" + std::to_string(socket->family) +
                                           ", type=" + std::to_string(socket->type) +
                                           ", proto=" + std::to_string(socket->proto) + ">");
}

Ref socket_family(Interpreter&, Value self) { return Ref::small_int(as_socket(self)->family); }
Ref socket_kind(Interpreter&, Value self) { return Ref::small_int(as_socket(self)->type); }
Ref socket_proto(Interpreter&, Value self) { return Ref::small_int(as_socket(self)->proto); }
Ref socket_timeout(Interpreter& interpreter, Value self) {
  return timeout_value(interpreter, as_socket(self)->timeout);
}

// ---------------------------------------------------------------------------
// Descriptor and mode

KRAIT_SOCKET_METHOD(socket_fileno) {
  if (!runtime::check_no_arguments(interpreter, "socket.fileno", count, kwnames)) return Ref();
  return Ref::small_int(as_socket(self)->fd);
}

KRAIT_SOCKET_METHOD(socket_close) {
  if (!runtime::check_no_arguments(interpreter, "socket.close", count, kwnames)) return Ref();
  SocketObject* socket = as_socket(self);
  const int fd = socket->fd;
  if (fd >= 0) {
    socket->fd = -1;
    // The descriptor is gone even when close() reports an error; a reset
    // connection is no error for a socket being closed.
    if (::close(fd) < 0 && errno != ECONNRESET) return errno_error(interpreter);
  }
  return interpreter.new_none();
}

KRAIT_SOCKET_METHOD(socket_detach) {
  if (!runtime::check_no_arguments(interpreter, "socket.detach", count, kwnames)) return Ref();
  SocketObject* socket = as_socket(self);
  const int fd = socket->fd;
  socket->fd = -1;
  return Ref::small_int(fd);
}

KRAIT_SOCKET_METHOD(socket_settimeout) {
  std::int64_t timeout = 0;
  if (!runtime::check_one_argument(interpreter, "socket.settimeout", count, kwnames) ||
      !timeout_argument(interpreter, arguments[0], timeout))
    return Ref();
  SocketObject* socket = as_socket(self);
  socket->timeout = timeout;
  if (socket->fd >= 0 && !set_blocking(interpreter, socket, timeout < 0)) return Ref();
  return interpreter.new_none();
}

KRAIT_SOCKET_METHOD(socket_gettimeout) {
  if (!runtime::check_no_arguments(interpreter, "socket.gettimeout", count, kwnames)) return Ref();
  return timeout_value(interpreter, as_socket(self)->timeout);
}

KRAIT_SOCKET_METHOD(socket_setblocking) {
  int blocking = 0;
  if (!runtime::check_one_argument(interpreter, "socket.setblocking", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], blocking))
    return Ref();
  SocketObject* socket = as_socket(self);
  socket->timeout = blocking ? -1 : 0;
  if (socket->fd >= 0 && !set_blocking(interpreter, socket, blocking != 0)) return Ref();
  return interpreter.new_none();
}

KRAIT_SOCKET_METHOD(socket_getblocking) {
  if (!runtime::check_no_arguments(interpreter, "socket.getblocking", count, kwnames)) return Ref();
  return interpreter.new_boolean(as_socket(self)->timeout != 0);
}

// ---------------------------------------------------------------------------
// Connections

KRAIT_SOCKET_METHOD(socket_bind) {
  if (!runtime::check_one_argument(interpreter, "socket.bind", count, kwnames)) return Ref();
  SocketObject* socket = as_socket(self);
  SocketAddress address;
  if (!address_argument(interpreter, socket->family, arguments[0], "bind", address)) return Ref();
  if (::bind(socket->fd, address.get(), address.length) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

KRAIT_SOCKET_METHOD(socket_listen) {
  int backlog = std::min(SOMAXCONN, 128);
  if (!positional(interpreter, "listen", count, kwnames, 0, 1) ||
      !optional_int(interpreter, arguments, count, 0, backlog, backlog))
    return Ref();
  if (::listen(as_socket(self)->fd, std::max(backlog, 0)) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// _accept() -> (fd, address): socket.accept() makes the socket.
KRAIT_SOCKET_METHOD(socket_accept) {
  if (!runtime::check_no_arguments(interpreter, "socket._accept", count, kwnames)) return Ref();
  SocketObject* socket = as_socket(self);
  SocketAddress address;
  int fd = -1;
  if (!socket_call(interpreter, socket, false, [&] {
        address.length = sizeof address.storage;
        fd = accept4(socket->fd, address.get(), &address.length, SOCK_CLOEXEC);
        return fd >= 0;
      }))
    return Ref();
  Ref peer = address_value(interpreter, address.get(), address.length);
  if (!peer) {
    ::close(fd);
    return Ref();
  }
  const Value items[] = {Value::small_int(fd), peer.get()};
  return runtime::new_tuple(interpreter, items);
}

// connect() as CPython's internal_connect: the error code, 0 on success,
// or -1 with an exception pending. A connection in progress (a timeout, or
// a signal) is waited for and its outcome read from SO_ERROR.
int connect_socket(Interpreter& interpreter, SocketObject* socket, const SocketAddress& address, bool raise) {
  if (::connect(socket->fd, address.get(), address.length) == 0) return 0;
  int error = errno;
  bool wait = false;
  if (error == EINTR) {
    if (!check_signals(interpreter)) return -1;
    wait = socket->timeout != 0;
  } else {
    wait = socket->timeout > 0 && error == EINPROGRESS;
  }
  if (!wait) {
    if (!raise) return error;
    errno = error;
    (void)errno_error(interpreter);
    return -1;
  }
  const auto outcome = [&] {
    int failure = 0;
    socklen_t size = sizeof failure;
    if (getsockopt(socket->fd, SOL_SOCKET, SO_ERROR, &failure, &size) < 0) return false;
    if (failure == EISCONN || failure == 0) return true;
    errno = failure;
    return false;
  };
  if (raise) return socket_call(interpreter, socket, true, outcome, true) ? 0 : -1;
  socket_call(interpreter, socket, true, outcome, true, &error);
  if (error == -1 && interpreter.has_exception()) return -1;
  return error;
}

template <bool raise>
KRAIT_SOCKET_METHOD(socket_connect) {
  const char* name = raise ? "connect" : "connect_ex";
  if (!runtime::check_one_argument(interpreter, raise ? "socket.connect" : "socket.connect_ex", count, kwnames))
    return Ref();
  SocketObject* socket = as_socket(self);
  SocketAddress address;
  if (!address_argument(interpreter, socket->family, arguments[0], name, address)) return Ref();
  const int result = connect_socket(interpreter, socket, address, raise);
  if (result < 0) return Ref();
  if (raise) return interpreter.new_none();
  return Ref::small_int(result);
}

KRAIT_SOCKET_METHOD(socket_shutdown) {
  int how = 0;
  if (!runtime::check_one_argument(interpreter, "socket.shutdown", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], how))
    return Ref();
  if (::shutdown(as_socket(self)->fd, how) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

template <bool peer>
KRAIT_SOCKET_METHOD(socket_name) {
  if (!runtime::check_no_arguments(interpreter, peer ? "socket.getpeername" : "socket.getsockname", count, kwnames))
    return Ref();
  SocketAddress address;
  const int fd = as_socket(self)->fd;
  const int result = peer ? getpeername(fd, address.get(), &address.length)
                          : getsockname(fd, address.get(), &address.length);
  if (result < 0) return errno_error(interpreter);
  return address_value(interpreter, address.get(), address.length);
}

// ---------------------------------------------------------------------------
// Options

// getsockopt(level, option[, buflen]): an int, or up to buflen bytes.
KRAIT_SOCKET_METHOD(socket_getsockopt) {
  int level = 0, option = 0, size = 0;
  if (!positional(interpreter, "getsockopt", count, kwnames, 2, 3) ||
      !runtime::int_argument(interpreter, arguments[0], level) ||
      !runtime::int_argument(interpreter, arguments[1], option) || !optional_int(interpreter, arguments, count, 2, 0, size))
    return Ref();
  const int fd = as_socket(self)->fd;
  if (size == 0) {
    int flag = 0;
    socklen_t flag_size = sizeof flag;
    if (getsockopt(fd, level, option, &flag, &flag_size) < 0) return errno_error(interpreter);
    return runtime::new_int(interpreter, flag);
  }
  if (size < 0 || size > 1024) return interpreter.raise(interpreter.OSError_type, "getsockopt buflen out of range");
  std::string buffer(static_cast<std::size_t>(size), '\0');
  socklen_t length = static_cast<socklen_t>(size);
  if (getsockopt(fd, level, option, buffer.data(), &length) < 0) return errno_error(interpreter);
  buffer.resize(length);
  return runtime::new_bytes(interpreter, buffer);
}

// setsockopt(level, option, value: int | buffer) or (level, option, None, optlen).
KRAIT_SOCKET_METHOD(socket_setsockopt) {
  int level = 0, option = 0;
  if (!runtime::reject_keywords(interpreter, "socket.setsockopt", kwnames)) return Ref();
  if (count != 3 && count != 4) {
    return interpreter.raise(interpreter.TypeError_type,
                             "setsockopt() takes exactly " + std::string(count < 3 ? "3" : "4") + " arguments (" +
                                 std::to_string(count) + " given)");
  }
  if (!runtime::int_argument(interpreter, arguments[0], level) ||
      !runtime::int_argument(interpreter, arguments[1], option))
    return Ref();
  const int fd = as_socket(self)->fd;
  int result = 0;
  if (count == 4) {
    std::uint64_t length = 0;
    if (arguments[2] != interpreter.none()) {
      return interpreter.raise(interpreter.TypeError_type, "setsockopt() argument 3 must be NoneType, not " +
                                                               std::string(runtime::type_name(interpreter, arguments[2])));
    }
    if (!bitwise_unsigned_argument(interpreter, arguments[3], length)) return Ref();
    result = setsockopt(fd, level, option, nullptr, static_cast<socklen_t>(length));
  } else if (runtime::is_int(interpreter, arguments[2])) {
    int flag = 0;
    if (!runtime::int_argument(interpreter, arguments[2], flag)) return Ref();
    result = setsockopt(fd, level, option, &flag, sizeof flag);
  } else {
    std::string_view value;
    if (!runtime::require_byte_view(interpreter, arguments[2], value)) return Ref();
    result = setsockopt(fd, level, option, value.data(), static_cast<socklen_t>(value.size()));
  }
  if (result < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// ---------------------------------------------------------------------------
// Receiving

// recv(2) (or recvfrom(2) when `from`) of up to `size` bytes into `data`:
// how many arrived, -1 with the error pending.
std::int64_t receive(Interpreter& interpreter, SocketObject* socket, char* data, std::int64_t size, int flags,
                     SocketAddress* from) {
  ssize_t received = 0;
  if (!socket_call(interpreter, socket, false, [&] {
        if (from) {
          from->length = sizeof from->storage;
          received = recvfrom(socket->fd, data, static_cast<std::size_t>(size), flags, from->get(), &from->length);
        } else {
          received = recv(socket->fd, data, static_cast<std::size_t>(size), flags);
        }
        return received >= 0;
      }))
    return -1;
  return received;
}

// recv(bufsize[, flags]) and recvfrom(bufsize[, flags]).
template <bool from>
KRAIT_SOCKET_METHOD(socket_recv) {
  const char* name = from ? "recvfrom" : "recv";
  std::int64_t size = 0;
  int flags = 0;
  if (!positional(interpreter, name, count, kwnames, 1, 2) || !buffer_size(interpreter, arguments[0], name, size) ||
      !optional_int(interpreter, arguments, count, 1, 0, flags))
    return Ref();
  std::string buffer(static_cast<std::size_t>(size), '\0');
  SocketAddress address;
  const std::int64_t received = receive(interpreter, as_socket(self), buffer.data(), size, flags, from ? &address : nullptr);
  if (received < 0) return Ref();
  Ref data = runtime::new_bytes(interpreter, std::string_view(buffer).substr(0, static_cast<std::size_t>(received)));
  if (!from) return data;
  Ref peer = address_value(interpreter, address.get(), address.length);
  if (!peer) return Ref();
  const Value items[] = {data.get(), peer.get()};
  return runtime::new_tuple(interpreter, items);
}

// recv_into(buffer, nbytes=0, flags=0) and recvfrom_into(buffer, nbytes=0, flags=0).
template <bool from>
KRAIT_SOCKET_METHOD(socket_recv_into) {
  const char* name = from ? "recvfrom_into" : "recv_into";
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {name, {"buffer", "nbytes", "flags"}, 0, 0, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  std::int64_t size = 0;
  int flags = 0;
  if ((!bound[1].is_null() && !runtime::index_argument(interpreter, bound[1], size)) ||
      (!bound[2].is_null() && !runtime::int_argument(interpreter, bound[2], flags)))
    return Ref();
  char* target = nullptr;
  std::int64_t capacity = 0;
  if (!io::writable_buffer(interpreter, bound[0], target, capacity, std::string(name) + "() argument 1")) return Ref();
  if (size < 0) return interpreter.raise(interpreter.ValueError_type, std::string("negative buffersize in ") + name);
  if (size == 0) {
    size = capacity;
  } else if (size > capacity) {
    return interpreter.raise(interpreter.ValueError_type, from ? "nbytes is greater than the length of the buffer"
                                                               : "buffer too small for requested bytes");
  }
  // Received into a buffer of its own, then copied: the target may move
  // while the lock is released.
  std::string buffer(static_cast<std::size_t>(size), '\0');
  SocketAddress address;
  const std::int64_t received = receive(interpreter, as_socket(self), buffer.data(), size, flags, from ? &address : nullptr);
  if (received < 0) return Ref();
  if (!io::writable_buffer(interpreter, bound[0], target, capacity, name)) return Ref();
  std::memcpy(target, buffer.data(), static_cast<std::size_t>(std::min(received, capacity)));
  Ref length = runtime::new_int(interpreter, received);
  if (!from) return length;
  Ref peer = address_value(interpreter, address.get(), address.length);
  if (!peer) return Ref();
  const Value items[] = {length.get(), peer.get()};
  return runtime::new_tuple(interpreter, items);
}

// recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)
KRAIT_SOCKET_METHOD(socket_recvmsg) {
  std::int64_t size = 0, ancillary_size = 0;
  int flags = 0;
  if (!positional(interpreter, "recvmsg", count, kwnames, 1, 3) ||
      !runtime::index_argument(interpreter, arguments[0], size) ||
      (count > 1 && !runtime::index_argument(interpreter, arguments[1], ancillary_size)) ||
      !optional_int(interpreter, arguments, count, 2, 0, flags))
    return Ref();
  if (size < 0) return interpreter.raise(interpreter.ValueError_type, "negative buffer size in recvmsg()");
  if (ancillary_size < 0 || ancillary_size > INT_MAX)
    return interpreter.raise(interpreter.ValueError_type, "invalid ancillary data buffer length");
  std::string buffer(static_cast<std::size_t>(size), '\0');
  // cmsghdr needs its alignment: size_t words.
  std::vector<std::size_t> control((static_cast<std::size_t>(ancillary_size) + sizeof(std::size_t) - 1) /
                                   sizeof(std::size_t));
  SocketAddress address;
  iovec vector{buffer.data(), buffer.size()};
  msghdr message{};
  ssize_t received = 0;
  SocketObject* socket = as_socket(self);
  if (!socket_call(interpreter, socket, false, [&] {
        message = msghdr{};
        message.msg_name = address.get();
        message.msg_namelen = sizeof address.storage;
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        message.msg_control = ancillary_size ? control.data() : nullptr;
        message.msg_controllen = static_cast<std::size_t>(ancillary_size);
        received = recvmsg(socket->fd, &message, flags);
        return received >= 0;
      }))
    return Ref();
  Ref items = runtime::new_list(interpreter, {});
  if (ancillary_size) {
    const char* end = reinterpret_cast<const char*>(control.data()) + message.msg_controllen;
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
      const char* data = reinterpret_cast<const char*>(CMSG_DATA(header));
      const std::size_t length =
          std::min<std::size_t>(header->cmsg_len - CMSG_LEN(0), static_cast<std::size_t>(std::max<std::ptrdiff_t>(end - data, 0)));
      Ref bytes = runtime::new_bytes(interpreter, std::string_view(data, length));
      Ref level = runtime::new_int(interpreter, header->cmsg_level);
      Ref kind = runtime::new_int(interpreter, header->cmsg_type);
      const Value triple[] = {level.get(), kind.get(), bytes.get()};
      Ref item = runtime::new_tuple(interpreter, triple);
      runtime::list_append(items.get(), item.get());
    }
  }
  Ref data = runtime::new_bytes(interpreter, std::string_view(buffer).substr(0, static_cast<std::size_t>(received)));
  Ref peer = address_value(interpreter, address.get(), message.msg_namelen);
  if (!peer) return Ref();
  Ref message_flags = runtime::new_int(interpreter, message.msg_flags);
  const Value result[] = {data.get(), items.get(), message_flags.get(), peer.get()};
  return runtime::new_tuple(interpreter, result);
}

// ---------------------------------------------------------------------------
// Sending

// send(2) or sendto(2) of `data` once: how many bytes went, -1 with the
// error pending. `timeout` bounds the wait (sendall's time left).
std::int64_t send_once(Interpreter& interpreter, SocketObject* socket, std::string_view data, int flags,
                       const SocketAddress* to, std::int64_t timeout) {
  ssize_t sent = 0;
  if (!socket_call(
          interpreter, socket, true,
          [&] {
            sent = to ? sendto(socket->fd, data.data(), data.size(), flags, to->get(), to->length)
                      : send(socket->fd, data.data(), data.size(), flags);
            return sent >= 0;
          },
          false, nullptr, timeout))
    return -1;
  return sent;
}

KRAIT_SOCKET_METHOD(socket_send) {
  SendBuffer buffer;
  int flags = 0;
  if (!positional(interpreter, "send", count, kwnames, 1, 2) || !send_buffer(interpreter, arguments[0], buffer) ||
      !optional_int(interpreter, arguments, count, 1, 0, flags))
    return Ref();
  SocketObject* socket = as_socket(self);
  const std::int64_t sent = send_once(interpreter, socket, buffer.data, flags, nullptr, socket->timeout);
  if (sent < 0) return Ref();
  return runtime::new_int(interpreter, sent);
}

// sendall(data[, flags]): send until all is sent, the timeout bounding the
// whole; signal handlers run between the pieces.
KRAIT_SOCKET_METHOD(socket_sendall) {
  SendBuffer buffer;
  int flags = 0;
  if (!positional(interpreter, "sendall", count, kwnames, 1, 2) || !send_buffer(interpreter, arguments[0], buffer) ||
      !optional_int(interpreter, arguments, count, 1, 0, flags))
    return Ref();
  SocketObject* socket = as_socket(self);
  const bool has_timeout = socket->timeout > 0;
  const std::int64_t deadline = has_timeout ? monotonic_nanoseconds() + socket->timeout : 0;
  std::string_view left = buffer.data;
  do {
    std::int64_t interval = socket->timeout;
    if (has_timeout) {
      interval = deadline - monotonic_nanoseconds();
      if (interval <= 0) return raise_timeout(interpreter);
    }
    const std::int64_t sent = send_once(interpreter, socket, left, flags, nullptr, interval);
    if (sent < 0) return Ref();
    left.remove_prefix(static_cast<std::size_t>(sent));
    if (!check_signals(interpreter)) return Ref();
  } while (!left.empty());
  return interpreter.new_none();
}

// sendto(data[, flags], address)
KRAIT_SOCKET_METHOD(socket_sendto) {
  if (!runtime::reject_keywords(interpreter, "socket.sendto", kwnames)) return Ref();
  if (count != 2 && count != 3) {
    return interpreter.raise(interpreter.TypeError_type,
                             "sendto() takes 2 or 3 arguments (" + std::to_string(count) + " given)");
  }
  SendBuffer buffer;
  int flags = 0;
  SocketObject* socket = as_socket(self);
  SocketAddress address;
  if (!send_buffer(interpreter, arguments[0], buffer) ||
      (count == 3 && !runtime::int_argument(interpreter, arguments[1], flags)) ||
      !address_argument(interpreter, socket->family, arguments[count - 1], "sendto", address))
    return Ref();
  const std::int64_t sent = send_once(interpreter, socket, buffer.data, flags, &address, socket->timeout);
  if (sent < 0) return Ref();
  return runtime::new_int(interpreter, sent);
}

// The (level, type, data) items of sendmsg's ancillary data, laid out as
// cmsghdr records in `control` (size_t words, for their alignment).
bool ancillary_argument(Interpreter& interpreter, Value items, std::vector<std::size_t>& control,
                        std::size_t& length) {
  Ref iterator = runtime::get_iterator(interpreter, items);
  if (!iterator) return false;
  std::vector<std::pair<std::pair<int, int>, std::string>> records;
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) {
      if (interpreter.has_exception()) return false;
      break;
    }
    if (!runtime::is_tuple_instance(interpreter, item.get()) || runtime::as_tuple(item.get())->size != 3) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "[sendmsg() ancillary data items]() argument must be sequence of length 3, not " +
                                    std::to_string(runtime::is_tuple_instance(interpreter, item.get())
                                                       ? runtime::as_tuple(item.get())->size
                                                       : 0));
      return false;
    }
    const Value* triple = runtime::as_tuple(item.get())->items();
    int level = 0, kind = 0;
    std::string_view data;
    if (!runtime::int_argument(interpreter, triple[0], level) || !runtime::int_argument(interpreter, triple[1], kind) ||
        !runtime::require_byte_view(interpreter, triple[2], data))
      return false;
    records.push_back({{level, kind}, std::string(data)});
  }
  length = 0;
  for (const auto& record : records) length += CMSG_SPACE(record.second.size());
  control.assign((length + sizeof(std::size_t) - 1) / sizeof(std::size_t), 0);
  msghdr message{};
  message.msg_control = control.data();
  message.msg_controllen = length;
  cmsghdr* header = CMSG_FIRSTHDR(&message);
  for (const auto& [kinds, data] : records) {
    header->cmsg_level = kinds.first;
    header->cmsg_type = kinds.second;
    header->cmsg_len = CMSG_LEN(data.size());
    std::memcpy(CMSG_DATA(header), data.data(), data.size());
    header = CMSG_NXTHDR(&message, header);
  }
  return true;
}

// sendmsg(buffers[, ancdata[, flags[, address]]])
KRAIT_SOCKET_METHOD(socket_sendmsg) {
  if (!positional(interpreter, "sendmsg", count, kwnames, 1, 4)) return Ref();
  SocketObject* socket = as_socket(self);
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) {
    if (interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      interpreter.set_exception(interpreter.TypeError_type, "sendmsg() argument 1 must be an iterable");
    }
    return Ref();
  }
  std::vector<std::string> pieces;
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) {
      if (interpreter.has_exception()) return Ref();
      break;
    }
    std::string_view data;
    if (!runtime::require_byte_view(interpreter, item.get(), data)) return Ref();
    pieces.emplace_back(data);
  }
  std::vector<std::size_t> control;
  std::size_t control_length = 0;
  int flags = 0;
  SocketAddress address;
  const bool addressed = count > 3 && arguments[3] != interpreter.none();
  if ((count > 1 && !ancillary_argument(interpreter, arguments[1], control, control_length)) ||
      !optional_int(interpreter, arguments, count, 2, 0, flags) ||
      (addressed && !address_argument(interpreter, socket->family, arguments[3], "sendmsg", address)))
    return Ref();
  std::vector<iovec> vectors;
  for (std::string& piece : pieces) vectors.push_back(iovec{piece.data(), piece.size()});
  ssize_t sent = 0;
  if (!socket_call(interpreter, socket, true, [&] {
        msghdr message{};
        message.msg_name = addressed ? address.get() : nullptr;
        message.msg_namelen = addressed ? address.length : 0;
        message.msg_iov = vectors.data();
        message.msg_iovlen = vectors.size();
        message.msg_control = control_length ? control.data() : nullptr;
        message.msg_controllen = control_length;
        sent = sendmsg(socket->fd, &message, flags);
        return sent >= 0;
      }))
    return Ref();
  return runtime::new_int(interpreter, sent);
}

}  // namespace

Type* socket_type(Interpreter& interpreter) {
  auto& state = interpreter.socket;
  if (state.socket_type) return state.socket_type;
  Type* type = runtime::new_native_type(interpreter, "_socket.socket", interpreter.object_type);
  type->subclassable = true;
  type->construct = &socket_construct;
  type->initialize = &socket_initialize;
  type->traverse = &socket_traverse;
  type->deallocate = &socket_deallocate;
  type->repr = &socket_repr;
  runtime::add_methods(interpreter, type,
                       {{"_accept", &socket_accept},
                        {"bind", &socket_bind},
                        {"close", &socket_close},
                        {"connect", &socket_connect<true>},
                        {"connect_ex", &socket_connect<false>},
                        {"detach", &socket_detach},
                        {"fileno", &socket_fileno},
                        {"getblocking", &socket_getblocking},
                        {"getpeername", &socket_name<true>},
                        {"getsockname", &socket_name<false>},
                        {"getsockopt", &socket_getsockopt},
                        {"gettimeout", &socket_gettimeout},
                        {"listen", &socket_listen},
                        {"recv", &socket_recv<false>},
                        {"recv_into", &socket_recv_into<false>},
                        {"recvfrom", &socket_recv<true>},
                        {"recvfrom_into", &socket_recv_into<true>},
                        {"recvmsg", &socket_recvmsg},
                        {"send", &socket_send},
                        {"sendall", &socket_sendall},
                        {"sendmsg", &socket_sendmsg},
                        {"sendto", &socket_sendto},
                        {"setblocking", &socket_setblocking},
                        {"setsockopt", &socket_setsockopt},
                        {"settimeout", &socket_settimeout},
                        {"shutdown", &socket_shutdown}});
  runtime::add_getsets(interpreter, type,
                       {{"family", &socket_family},
                        {"type", &socket_kind},
                        {"proto", &socket_proto},
                        {"timeout", &socket_timeout}});
  runtime::ready_native_type(interpreter, type);
  state.socket_type = type;
  return type;
}

Ref new_socket(Interpreter& interpreter, int fd, int family, int type, int proto) {
  SocketObject* socket = runtime::gc_new<SocketObject>(interpreter, socket_type(interpreter));
  Ref result = Ref::steal(Value::object(socket));
  if (!init_socket(interpreter, socket, fd, family, type, proto)) return Ref();
  return result;
}

}  // namespace krait::modules::socket
