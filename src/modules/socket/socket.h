// Native modules: _socket (CPython's Modules/socketmodule.c) on Linux,
// shared by its files:
//   socket_module.cpp          the module: name resolution, byte order,
//                              inet_* conversions, the constants
//   socket/socket_object.cpp   the socket type, every call on it through
//                              socket_call (CPython's sock_call_ex)
//   socket/socket_address.cpp  socket addresses to and from Python, host
//                              names, timeouts
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdint>
#include <string>

#include "runtime/interpreter.h"

namespace krait::modules::socket {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// A socket: its descriptor (-1 once closed or detached), what it was made
// with, and its timeout in nanoseconds: -1 blocks (the descriptor is
// blocking), 0 never waits, more waits that long (both non-blocking).
struct SocketObject : runtime::Object {
  int fd = -1;
  int family = 0;
  int type = 0;
  int proto = 0;
  std::int64_t timeout = -1;
};

inline SocketObject* as_socket(Value value) { return static_cast<SocketObject*>(value.as_object()); }

// THE point where the interpreter waits on the system: every call that may
// block (poll, connect, accept, send, recv, getaddrinfo, gethostbyname ...)
// runs through here, so the per-interpreter lock can be released around it
// once threads exist (CPython's Py_BEGIN_ALLOW_THREADS). `call` must touch
// no Python object.
template <class Call>
auto blocking_call(Interpreter&, Call call) {
  return call();
}

// Room for any socket address, and its length.
struct SocketAddress {
  sockaddr_storage storage{};
  socklen_t length = sizeof(sockaddr_storage);
  sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
  const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
};

// The socket type and a socket of it over `fd` (socketpair, accept), with
// the default timeout (CPython's new_sockobject); null with the error
// pending.
Type* socket_type(Interpreter& interpreter);
Ref new_socket(Interpreter& interpreter, int fd, int family, int type, int proto);

// ---------------------------------------------------------------------------
// Errors

// socket.gaierror(code, gai_strerror(code)), or the OSError for errno when
// the code is EAI_SYSTEM (CPython's set_gaierror); the null Ref.
Ref raise_gaierror(Interpreter& interpreter, int code);
// socket.herror(code, hstrerror(code)) (CPython's set_herror).
Ref raise_herror(Interpreter& interpreter, int code);

// ---------------------------------------------------------------------------
// Addresses (socket_address.cpp)

// A host name argument as CPython's idna_converter takes it: str (ASCII as
// it is, else through the "idna" codec), bytes or bytearray; TypeError "str,
// bytes or bytearray expected, not int", "host name must not contain null
// character".
[[nodiscard]] bool host_argument(Interpreter& interpreter, Value value, std::string& out);

// Resolves a host name into `out` as CPython's setipaddr: "" is the
// wildcard, "<broadcast>" INADDR_BROADCAST, numeric addresses need no
// lookup, others go to getaddrinfo. Only the address part matters (the
// port is the caller's). False with gaierror or OSError pending.
[[nodiscard]] bool resolve_host(Interpreter& interpreter, const std::string& name, int family, SocketAddress& out);

// A Python address for `family` sockets (a tuple for AF_INET and AF_INET6,
// a path for AF_UNIX), named `caller` in messages ("bind(): port must be
// 0-65535."): CPython's getsockaddrarg.
[[nodiscard]] bool address_argument(Interpreter& interpreter, int family, Value address, const char* caller,
                                    SocketAddress& out);

// The Python value of an address of `length` bytes (CPython's
// makesockaddr): None when empty, ('127.0.0.1', 80), ('::1', 80, 0, 0), a
// path str (bytes for Linux's abstract namespace), (family, bytes) else.
Ref address_value(Interpreter& interpreter, const sockaddr* address, socklen_t length);

// The numeric text of an IPv4 or IPv6 address (inet_ntop).
Ref numeric_host(Interpreter& interpreter, const sockaddr* address);

// ---------------------------------------------------------------------------
// Timeouts (socket_address.cpp)

// A timeout argument in nanoseconds (CPython's socket_parse_timeout): None
// is -1; ValueError "Timeout value out of range" when negative.
[[nodiscard]] bool timeout_argument(Interpreter& interpreter, Value value, std::int64_t& out);
// gettimeout()'s value: None for -1, else seconds as a float.
Ref timeout_value(Interpreter& interpreter, std::int64_t timeout);
// CLOCK_MONOTONIC in nanoseconds, for deadlines.
std::int64_t monotonic_nanoseconds();

}  // namespace krait::modules::socket
