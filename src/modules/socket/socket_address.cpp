// Native modules: _socket's addresses (CPython's getsockaddrarg,
// makesockaddr, setipaddr and idna_converter) and timeouts
// (socket_parse_timeout).
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/un.h>

#include <cmath>
#include <cstddef>
#include <cstring>
#include <ctime>

#include "modules/module_support.h"
#include "modules/socket/socket.h"
#include "objects/bytes_methods.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::modules::socket {
namespace {

// The addrinfo list of a getaddrinfo call, freed on every path.
struct AddressInfo {
  addrinfo* list = nullptr;
  ~AddressInfo() {
    if (list) freeaddrinfo(list);
  }
};

// getaddrinfo(name, service, hints) through the blocking point: the error
// code (0 on success).
int lookup(Interpreter& interpreter, const char* name, const char* service, const addrinfo& hints, AddressInfo& out) {
  return blocking_call(interpreter, [&] { return getaddrinfo(name, service, &hints, &out.list); });
}

// The size of an address's IP part: 4 or 16, or OSError "unknown address
// family" for another.
bool ip_family(Interpreter& interpreter, const sockaddr* address) {
  if (address->sa_family == AF_INET || address->sa_family == AF_INET6) return true;
  interpreter.set_exception(interpreter.OSError_type, "unknown address family");
  return false;
}

// An item of an address tuple as PyArg_ParseTuple's "i": an int whose
// OverflowError becomes `overflow` ("bind(): port must be 0-65535.").
bool port_item(Interpreter& interpreter, Value value, const std::string& overflow, int& out) {
  if (runtime::int_argument(interpreter, value, out)) return true;
  if (interpreter.exception_is(interpreter.OverflowError_type)) {
    Ref ignored = interpreter.take_exception();
    interpreter.set_exception(interpreter.OverflowError_type, overflow);
  }
  return false;
}

bool inet_address(Interpreter& interpreter, Value address, const char* caller, SocketAddress& out) {
  const std::string port_range = std::string(caller) + "(): port must be 0-65535.";
  if (!runtime::is_tuple_instance(interpreter, address)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(caller) + "(): AF_INET address must be tuple, not " +
                                                              std::string(runtime::type_name(interpreter, address)));
    return false;
  }
  const runtime::TupleObject* tuple = runtime::as_tuple(address);
  if (tuple->size != 2) {
    interpreter.set_exception(interpreter.TypeError_type, "AF_INET address must be a pair (host, port)");
    return false;
  }
  std::string host;
  int port = 0;
  if (!host_argument(interpreter, tuple->items()[0], host) ||
      !port_item(interpreter, tuple->items()[1], port_range, port) ||
      !resolve_host(interpreter, host, AF_INET, out))
    return false;
  if (port < 0 || port > 0xFFFF) {
    interpreter.set_exception(interpreter.OverflowError_type, port_range);
    return false;
  }
  auto* inet = reinterpret_cast<sockaddr_in*>(&out.storage);
  inet->sin_family = AF_INET;
  inet->sin_port = htons(static_cast<std::uint16_t>(port));
  out.length = sizeof(sockaddr_in);
  return true;
}

bool inet6_address(Interpreter& interpreter, Value address, const char* caller, SocketAddress& out) {
  const std::string port_range = std::string(caller) + "(): port must be 0-65535.";
  if (!runtime::is_tuple_instance(interpreter, address)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(caller) +
                                                              "(): AF_INET6 address must be tuple, not " +
                                                              std::string(runtime::type_name(interpreter, address)));
    return false;
  }
  const runtime::TupleObject* tuple = runtime::as_tuple(address);
  if (tuple->size < 2 || tuple->size > 4) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    return false;
  }
  std::string host;
  int port = 0;
  std::uint64_t flowinfo = 0, scope_id = 0;
  if (!host_argument(interpreter, tuple->items()[0], host) ||
      !port_item(interpreter, tuple->items()[1], port_range, port) ||
      (tuple->size > 2 && !bitwise_unsigned_argument(interpreter, tuple->items()[2], flowinfo)) ||
      (tuple->size > 3 && !bitwise_unsigned_argument(interpreter, tuple->items()[3], scope_id)) ||
      !resolve_host(interpreter, host, AF_INET6, out))
    return false;
  if (port < 0 || port > 0xFFFF) {
    interpreter.set_exception(interpreter.OverflowError_type, port_range);
    return false;
  }
  if ((flowinfo & 0xFFFFFFFF) > 0xFFFFF) {
    interpreter.set_exception(interpreter.OverflowError_type, std::string(caller) + "(): flowinfo must be 0-1048575.");
    return false;
  }
  auto* inet6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
  inet6->sin6_family = AF_INET6;
  inet6->sin6_port = htons(static_cast<std::uint16_t>(port));
  inet6->sin6_flowinfo = htonl(static_cast<std::uint32_t>(flowinfo));
  inet6->sin6_scope_id = static_cast<std::uint32_t>(scope_id);
  out.length = sizeof(sockaddr_in6);
  return true;
}

// A path: str (file-system encoded) or bytes-like; Linux's abstract
// namespace starts with a NUL byte and takes no terminator.
bool unix_address(Interpreter& interpreter, Value address, SocketAddress& out) {
  std::string encoded;
  std::string_view path;
  if (runtime::is_str(interpreter, address)) {
    if (!encode_path_text(interpreter, address, encoded)) return false;
    path = encoded;
  } else if (!runtime::require_byte_view(interpreter, address, path)) {
    return false;
  }
  auto* unix_address = reinterpret_cast<sockaddr_un*>(&out.storage);
  const bool abstract = path.empty() || path[0] == '\0';
  if (path.size() + (abstract ? 0 : 1) > sizeof unix_address->sun_path) {
    interpreter.set_exception(interpreter.OSError_type, "AF_UNIX path too long");
    return false;
  }
  unix_address->sun_family = AF_UNIX;
  std::memcpy(unix_address->sun_path, path.data(), path.size());
  out.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (abstract ? 0 : 1));
  return true;
}

}  // namespace

Ref raise_gaierror(Interpreter& interpreter, int code) {
  if (code == EAI_SYSTEM) return errno_error(interpreter);
  return raise_error_as(interpreter, interpreter.socket.gaierror.get(), code, gai_strerror(code));
}

Ref raise_herror(Interpreter& interpreter, int code) {
  return raise_error_as(interpreter, interpreter.socket.herror.get(), code, hstrerror(code));
}

bool host_argument(Interpreter& interpreter, Value value, std::string& out) {
  std::string_view bytes;
  Ref encoded;
  if (runtime::is_str(interpreter, value)) {
    bytes = runtime::str_utf8(value);
    if (!runtime::as_str(value)->ascii) {
      const Value codec = interpreter.intern("idna");
      encoded = runtime::call_method(interpreter, value, interpreter.intern("encode"), &codec, 1);
      if (!encoded || !runtime::require_byte_view(interpreter, encoded.get(), bytes)) return false;
    }
  } else if (runtime::is_bytes(interpreter, value) || runtime::is_bytearray(interpreter, value)) {
    if (!runtime::byte_view(interpreter, value, bytes)) return false;
  } else {
    interpreter.set_exception(interpreter.TypeError_type, "str, bytes or bytearray expected, not " +
                                                              std::string(runtime::type_name(interpreter, value)));
    return false;
  }
  if (bytes.find('\0') != std::string_view::npos) {
    interpreter.set_exception(interpreter.TypeError_type, "host name must not contain null character");
    return false;
  }
  out.assign(bytes);
  return true;
}

bool resolve_host(Interpreter& interpreter, const std::string& name, int family, SocketAddress& out) {
  addrinfo hints{};
  AddressInfo found;
  if (name.empty()) {
    hints.ai_family = family;
    hints.ai_socktype = SOCK_DGRAM;  // any one type: each address once
    hints.ai_flags = AI_PASSIVE;
    if (const int error = lookup(interpreter, nullptr, "0", hints, found)) {
      (void)raise_gaierror(interpreter, error);
      return false;
    }
    if (!ip_family(interpreter, found.list->ai_addr)) return false;
    if (found.list->ai_next) {
      interpreter.set_exception(interpreter.OSError_type, "wildcard resolved to multiple address");
      return false;
    }
    std::memcpy(&out.storage, found.list->ai_addr, found.list->ai_addrlen);
    return true;
  }
  auto* inet = reinterpret_cast<sockaddr_in*>(&out.storage);
  if (name == "255.255.255.255" || name == "<broadcast>") {
    if (family != AF_INET && family != AF_UNSPEC) {
      interpreter.set_exception(interpreter.OSError_type, "address family mismatched");
      return false;
    }
    inet->sin_family = AF_INET;
    inet->sin_addr.s_addr = INADDR_BROADCAST;
    return true;
  }
  if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name.c_str(), &inet->sin_addr) > 0) {
    inet->sin_family = AF_INET;
    return true;
  }
  // A scope ("fe80::1%eth0") needs getaddrinfo to name the interface.
  auto* inet6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
  if ((family == AF_INET6 || family == AF_UNSPEC) && name.find('%') == std::string::npos &&
      inet_pton(AF_INET6, name.c_str(), &inet6->sin6_addr) > 0) {
    inet6->sin6_family = AF_INET6;
    return true;
  }
  hints.ai_family = family;
  if (const int error = lookup(interpreter, name.c_str(), nullptr, hints, found)) {
    (void)raise_gaierror(interpreter, error);
    return false;
  }
  std::memcpy(&out.storage, found.list->ai_addr, std::min<std::size_t>(found.list->ai_addrlen, sizeof out.storage));
  return ip_family(interpreter, out.get());
}

bool address_argument(Interpreter& interpreter, int family, Value address, const char* caller, SocketAddress& out) {
  out = SocketAddress{};
  switch (family) {
    case AF_UNIX:
      return unix_address(interpreter, address, out);
    case AF_INET:
      return inet_address(interpreter, address, caller, out);
    case AF_INET6:
      return inet6_address(interpreter, address, caller, out);
    default:
      interpreter.set_exception(interpreter.OSError_type, std::string(caller) + "(): bad family");
      return false;
  }
}

Ref numeric_host(Interpreter& interpreter, const sockaddr* address) {
  char text[INET6_ADDRSTRLEN] = {};
  const void* bytes = address->sa_family == AF_INET
                          ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(address)->sin_addr)
                          : static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr);
  inet_ntop(address->sa_family, bytes, text, sizeof text);
  return runtime::new_str(interpreter, text);
}

Ref address_value(Interpreter& interpreter, const sockaddr* address, socklen_t length) {
  if (length == 0) return interpreter.new_none();
  switch (address->sa_family) {
    case AF_INET: {
      Ref host = numeric_host(interpreter, address);
      const auto* inet = reinterpret_cast<const sockaddr_in*>(address);
      const Value items[] = {host.get(), Value::small_int(ntohs(inet->sin_port))};
      return runtime::new_tuple(interpreter, items);
    }
    case AF_INET6: {
      Ref host = numeric_host(interpreter, address);
      const auto* inet6 = reinterpret_cast<const sockaddr_in6*>(address);
      Ref flowinfo = runtime::new_int(interpreter, ntohl(inet6->sin6_flowinfo));
      Ref scope_id = runtime::new_int(interpreter, inet6->sin6_scope_id);
      const Value items[] = {host.get(), Value::small_int(ntohs(inet6->sin6_port)), flowinfo.get(), scope_id.get()};
      return runtime::new_tuple(interpreter, items);
    }
    case AF_UNIX: {
      const auto* unix_address = reinterpret_cast<const sockaddr_un*>(address);
      const std::size_t size = length - offsetof(sockaddr_un, sun_path);
      if (length > offsetof(sockaddr_un, sun_path) && unix_address->sun_path[0] == '\0')
        return runtime::new_bytes(interpreter, std::string_view(unix_address->sun_path, size));
      return decode_path(interpreter, std::string_view(unix_address->sun_path, strnlen(unix_address->sun_path, size)),
                         false);
    }
    default: {
      Ref data = runtime::new_bytes(interpreter, std::string_view(address->sa_data, sizeof address->sa_data));
      const Value items[] = {Value::small_int(address->sa_family), data.get()};
      return runtime::new_tuple(interpreter, items);
    }
  }
}

// ---------------------------------------------------------------------------
// Timeouts

std::int64_t monotonic_nanoseconds() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

bool timeout_argument(Interpreter& interpreter, Value value, std::int64_t& out) {
  if (value == interpreter.none()) {
    out = -1;
    return true;
  }
  // CPython's _PyTime_FromSecondsObject, rounding away from zero.
  if (runtime::is_float(interpreter, value)) {
    const double seconds = runtime::float_value(value);
    if (std::isnan(seconds)) {
      interpreter.set_exception(interpreter.ValueError_type, "Invalid value NaN (not a number)");
      return false;
    }
    const double nanoseconds = seconds >= 0 ? std::ceil(seconds * 1e9) : std::floor(seconds * 1e9);
    if (!(nanoseconds >= -9.223372036854775808e18 && nanoseconds < 9.223372036854775808e18)) {
      interpreter.set_exception(interpreter.OverflowError_type, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<std::int64_t>(nanoseconds);
  } else {
    std::int64_t seconds = 0;
    if (!runtime::index_argument(interpreter, value, seconds)) {
      if (!interpreter.exception_is(interpreter.OverflowError_type)) return false;
      Ref ignored = interpreter.take_exception();
      seconds = INT64_MAX;
    }
    if (__builtin_mul_overflow(seconds, 1000000000, &out)) {
      interpreter.set_exception(interpreter.OverflowError_type, "timestamp too large to convert to C _PyTime_t");
      return false;
    }
  }
  if (out < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "Timeout value out of range");
    return false;
  }
  return true;
}

Ref timeout_value(Interpreter& interpreter, std::int64_t timeout) {
  if (timeout < 0) return interpreter.new_none();
  return runtime::new_float(interpreter, static_cast<double>(timeout) / 1e9);
}

}  // namespace krait::modules::socket
