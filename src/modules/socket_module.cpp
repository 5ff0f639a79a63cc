// Native modules: _socket (CPython's Modules/socketmodule.c) on Linux, what
// socket.py builds on: the socket type (socket/socket_object.cpp), name and
// service lookups, byte order, the inet_* conversions and the constants.
// Addresses and timeouts live in socket/socket_address.cpp.
#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netpacket/packet.h>
#include <sys/ioctl.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/can.h>
#include <linux/can/bcm.h>
#include <linux/can/isotp.h>
#include <linux/can/j1939.h>
#include <linux/can/raw.h>
#include <linux/if_alg.h>
#include <linux/netlink.h>
#include <linux/tipc.h>
#include <linux/vm_sockets.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_support.h"
#include "modules/os_arguments.h"
#include "modules/socket/socket.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using socket::Interpreter;
using socket::Ref;
using socket::Value;

#define KRAIT_SOCKET_FUNCTION(function) \
  Ref function(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames)

// A str argument as PyArg_ParseTuple's "s": TypeError "inet_aton() argument
// 1 must be str, not bytes"; ValueError "embedded null character".
bool text_argument(Interpreter& interpreter, const char* function, int position, Value value, std::string& out) {
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument " +
                                                              std::to_string(position) + " must be str, not " +
                                                              runtime::argument_type_name(interpreter, value));
    return false;
  }
  out = runtime::str_utf8(value);
  if (out.find('\0') == std::string::npos) return true;
  interpreter.set_exception(interpreter.ValueError_type, "embedded null character");
  return false;
}

// A list of str.
Ref text_list(Interpreter& interpreter, char** items) {
  Ref list = runtime::new_list(interpreter, {});
  for (; items && *items; ++items) {
    Ref text = runtime::new_str(interpreter, *items);
    runtime::list_append(list.get(), text.get());
  }
  return list;
}

// ---------------------------------------------------------------------------
// Host names

KRAIT_SOCKET_FUNCTION(socket_gethostname) {
  if (!runtime::check_no_arguments(interpreter, "gethostname", count, kwnames)) return Ref();
  char name[HOST_NAME_MAX + 1] = {};
  if (gethostname(name, sizeof name - 1) < 0) return errno_error(interpreter);
  return decode_path(interpreter, name, false);
}

KRAIT_SOCKET_FUNCTION(socket_sethostname) {
  std::string name;
  if (!runtime::check_one_argument(interpreter, "sethostname", count, kwnames) ||
      !filesystem_bytes(interpreter, arguments[0], name))
    return Ref();
  if (sethostname(name.data(), name.size()) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// A host argument resolved to an address of `family`.
bool resolved_argument(Interpreter& interpreter, Value host, int family, socket::SocketAddress& out) {
  std::string name;
  return socket::host_argument(interpreter, host, name) && socket::resolve_host(interpreter, name, family, out);
}

KRAIT_SOCKET_FUNCTION(socket_gethostbyname) {
  socket::SocketAddress address;
  if (!runtime::check_one_argument(interpreter, "gethostbyname", count, kwnames) ||
      !resolved_argument(interpreter, arguments[0], AF_INET, address))
    return Ref();
  return socket::numeric_host(interpreter, address.get());
}

// gethostbyname_ex and gethostbyaddr's (name, aliases, addresses), from a
// reentrant lookup run as lookup(&entry, buffer, size, &found, &error).
template <class Lookup>
Ref host_entry(Interpreter& interpreter, int family, Lookup lookup) {
  hostent entry{};
  hostent* found = nullptr;
  int error = 0;
  std::vector<char> buffer(16384);
  while (socket::blocking_call(interpreter, [&] {
           return lookup(&entry, buffer.data(), buffer.size(), &found, &error);
         }) == ERANGE)
    buffer.resize(buffer.size() * 2);
  if (!found) return socket::raise_herror(interpreter, error);
  if (found->h_addrtype != family) {
    errno = EAFNOSUPPORT;
    return errno_error(interpreter);
  }
  Ref aliases = text_list(interpreter, found->h_aliases);
  Ref addresses = runtime::new_list(interpreter, {});
  for (char** item = found->h_addr_list; *item; ++item) {
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(found->h_addrtype, *item, text, sizeof text);
    Ref address = runtime::new_str(interpreter, text);
    runtime::list_append(addresses.get(), address.get());
  }
  Ref name = runtime::new_str(interpreter, found->h_name);
  const Value items[] = {name.get(), aliases.get(), addresses.get()};
  return runtime::new_tuple(interpreter, items);
}

KRAIT_SOCKET_FUNCTION(socket_gethostbyname_ex) {
  std::string name;
  socket::SocketAddress address;
  if (!runtime::check_one_argument(interpreter, "gethostbyname_ex", count, kwnames) ||
      !socket::host_argument(interpreter, arguments[0], name) ||
      !socket::resolve_host(interpreter, name, AF_INET, address))
    return Ref();
  return host_entry(interpreter, AF_INET, [&](hostent* entry, char* buffer, std::size_t size, hostent** found,
                                              int* error) {
    return gethostbyname_r(name.c_str(), entry, buffer, size, found, error);
  });
}

KRAIT_SOCKET_FUNCTION(socket_gethostbyaddr) {
  socket::SocketAddress address;
  if (!runtime::check_one_argument(interpreter, "gethostbyaddr", count, kwnames) ||
      !resolved_argument(interpreter, arguments[0], AF_UNSPEC, address))
    return Ref();
  const int family = address.get()->sa_family;
  const void* bytes = family == AF_INET ? static_cast<const void*>(&reinterpret_cast<sockaddr_in*>(&address.storage)->sin_addr)
                                        : static_cast<const void*>(&reinterpret_cast<sockaddr_in6*>(&address.storage)->sin6_addr);
  const socklen_t length = family == AF_INET ? sizeof(in_addr) : sizeof(in6_addr);
  return host_entry(interpreter, family, [&](hostent* entry, char* buffer, std::size_t size, hostent** found,
                                             int* error) {
    return gethostbyaddr_r(bytes, length, family, entry, buffer, size, found, error);
  });
}

// ---------------------------------------------------------------------------
// Services and protocols

// An optional protocol name (the second argument of getservby*).
bool protocol_argument(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                       std::string& out, const char*& protocol) {
  protocol = nullptr;
  if (count < 2) return true;
  if (!text_argument(interpreter, function, 2, arguments[1], out)) return false;
  protocol = out.c_str();
  return true;
}

KRAIT_SOCKET_FUNCTION(socket_getservbyname) {
  std::string name, protocol_text;
  const char* protocol = nullptr;
  if (!runtime::reject_keywords(interpreter, "getservbyname", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "getservbyname", count, 1, 2) ||
      !text_argument(interpreter, "getservbyname", 1, arguments[0], name) ||
      !protocol_argument(interpreter, "getservbyname", arguments, count, protocol_text, protocol))
    return Ref();
  servent entry{};
  std::vector<char> buffer;
  const bool found = database_lookup(entry, buffer, [&](servent* into, char* data, std::size_t size, servent** result) {
    return getservbyname_r(name.c_str(), protocol, into, data, size, result);
  });
  if (!found) return interpreter.raise(interpreter.OSError_type, "service/proto not found");
  return runtime::new_int(interpreter, ntohs(static_cast<std::uint16_t>(entry.s_port)));
}

KRAIT_SOCKET_FUNCTION(socket_getservbyport) {
  int port = 0;
  std::string protocol_text;
  const char* protocol = nullptr;
  if (!runtime::reject_keywords(interpreter, "getservbyport", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "getservbyport", count, 1, 2) ||
      !runtime::int_argument(interpreter, arguments[0], port) ||
      !protocol_argument(interpreter, "getservbyport", arguments, count, protocol_text, protocol))
    return Ref();
  if (port < 0 || port > 0xFFFF)
    return interpreter.raise(interpreter.OverflowError_type, "getservbyport: port must be 0-65535.");
  servent entry{};
  std::vector<char> buffer;
  const bool found = database_lookup(entry, buffer, [&](servent* into, char* data, std::size_t size, servent** result) {
    return getservbyport_r(htons(static_cast<std::uint16_t>(port)), protocol, into, data, size, result);
  });
  if (!found) return interpreter.raise(interpreter.OSError_type, "port/proto not found");
  return runtime::new_str(interpreter, entry.s_name);
}

KRAIT_SOCKET_FUNCTION(socket_getprotobyname) {
  std::string name;
  if (!runtime::check_one_argument(interpreter, "getprotobyname", count, kwnames) ||
      !text_argument(interpreter, "getprotobyname", 1, arguments[0], name))
    return Ref();
  protoent entry{};
  std::vector<char> buffer;
  const bool found = database_lookup(entry, buffer, [&](protoent* into, char* data, std::size_t size, protoent** result) {
    return getprotobyname_r(name.c_str(), into, data, size, result);
  });
  if (!found) return interpreter.raise(interpreter.OSError_type, "protocol not found");
  return runtime::new_int(interpreter, entry.p_proto);
}

// ---------------------------------------------------------------------------
// getaddrinfo and getnameinfo

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): a list of
// (family, type, proto, canonname, sockaddr).
KRAIT_SOCKET_FUNCTION(socket_getaddrinfo) {
  Value bound[6];
  if (!runtime::bind_arguments(interpreter,
                               {"getaddrinfo", {"host", "port", "family", "type", "proto", "flags"}, 0, 0, 2},
                               arguments, count, kwnames, bound))
    return Ref();
  int numbers[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; ++i)
    if (!bound[2 + i].is_null() && !runtime::int_argument(interpreter, bound[2 + i], numbers[i])) return Ref();
  std::string host, service;
  const char* host_pointer = nullptr;
  const char* service_pointer = nullptr;
  const Value host_value = bound[0], port = bound[1];
  if (runtime::is_str(interpreter, host_value) || runtime::is_bytes(interpreter, host_value)) {
    if (!socket::host_argument(interpreter, host_value, host)) return Ref();
    host_pointer = host.c_str();
  } else if (host_value != interpreter.none()) {
    return interpreter.raise(interpreter.TypeError_type, "getaddrinfo() argument 1 must be string or None");
  }
  if (runtime::type_of(interpreter, port) == interpreter.int_type) {
    std::int64_t number = 0;
    if (!runtime::int_to_int64(interpreter, port, number))
      return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C long");
    service = std::to_string(number);
    service_pointer = service.c_str();
  } else if (runtime::is_str(interpreter, port)) {
    service = runtime::str_utf8(port);
    service_pointer = service.c_str();
  } else if (runtime::is_bytes(interpreter, port)) {
    service = runtime::as_bytes(port)->view();
    service_pointer = service.c_str();
  } else if (port != interpreter.none()) {
    return interpreter.raise(interpreter.OSError_type, "Int or String expected");
  }
  addrinfo hints{};
  hints.ai_family = numbers[0];
  hints.ai_socktype = numbers[1];
  hints.ai_protocol = numbers[2];
  hints.ai_flags = numbers[3];
  addrinfo* found = nullptr;
  const int error = socket::blocking_call(
      interpreter, [&] { return getaddrinfo(host_pointer, service_pointer, &hints, &found); });
  if (error) return socket::raise_gaierror(interpreter, error);
  Ref list = runtime::new_list(interpreter, {});
  for (const addrinfo* entry = found; entry; entry = entry->ai_next) {
    Ref address = socket::address_value(interpreter, entry->ai_addr, entry->ai_addrlen);
    Ref canonical = runtime::new_str(interpreter, entry->ai_canonname ? entry->ai_canonname : "");
    if (!address || !canonical) {
      freeaddrinfo(found);
      return Ref();
    }
    const Value items[] = {Value::small_int(entry->ai_family), Value::small_int(entry->ai_socktype),
                           Value::small_int(entry->ai_protocol), canonical.get(), address.get()};
    Ref tuple = runtime::new_tuple(interpreter, items);
    runtime::list_append(list.get(), tuple.get());
  }
  freeaddrinfo(found);
  return list;
}

// getnameinfo(sockaddr, flags) -> (host, port)
KRAIT_SOCKET_FUNCTION(socket_getnameinfo) {
  int flags = 0;
  if (!runtime::reject_keywords(interpreter, "getnameinfo", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "getnameinfo", count, 2, 2) ||
      !runtime::int_argument(interpreter, arguments[1], flags))
    return Ref();
  if (!runtime::is_tuple_instance(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "getnameinfo() argument 1 must be a tuple");
  const runtime::TupleObject* tuple = runtime::as_tuple(arguments[0]);
  if (tuple->size < 2 || tuple->size > 4)
    return interpreter.raise(interpreter.TypeError_type, "getnameinfo(): illegal sockaddr argument");
  std::string host;
  int port = 0;
  std::uint64_t flowinfo = 0, scope_id = 0;
  if (!text_argument(interpreter, "getnameinfo", 1, tuple->items()[0], host) ||
      !runtime::int_argument(interpreter, tuple->items()[1], port) ||
      (tuple->size > 2 && !bitwise_unsigned_argument(interpreter, tuple->items()[2], flowinfo)) ||
      (tuple->size > 3 && !bitwise_unsigned_argument(interpreter, tuple->items()[3], scope_id)))
    return Ref();
  if ((flowinfo & 0xFFFFFFFF) > 0xFFFFF)
    return interpreter.raise(interpreter.OverflowError_type, "getnameinfo(): flowinfo must be 0-1048575.");
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;  // any one type: each address once
  hints.ai_flags = AI_NUMERICHOST;
  const std::string service = std::to_string(port);
  addrinfo* found = nullptr;
  if (const int error = getaddrinfo(host.c_str(), service.c_str(), &hints, &found))
    return socket::raise_gaierror(interpreter, error);
  Ref result;
  if (found->ai_next) {
    interpreter.set_exception(interpreter.OSError_type, "sockaddr resolved to multiple addresses");
  } else if (found->ai_family == AF_INET && tuple->size != 2) {
    interpreter.set_exception(interpreter.OSError_type, "IPv4 sockaddr must be 2 tuple");
  } else {
    if (found->ai_family == AF_INET6) {
      auto* inet6 = reinterpret_cast<sockaddr_in6*>(found->ai_addr);
      inet6->sin6_flowinfo = htonl(static_cast<std::uint32_t>(flowinfo));
      inet6->sin6_scope_id = static_cast<std::uint32_t>(scope_id);
    }
    char host_text[NI_MAXHOST] = {}, service_text[NI_MAXSERV] = {};
    const int error = socket::blocking_call(interpreter, [&] {
      return getnameinfo(found->ai_addr, found->ai_addrlen, host_text, sizeof host_text, service_text,
                         sizeof service_text, flags);
    });
    if (error) {
      (void)socket::raise_gaierror(interpreter, error);
    } else {
      Ref host_value = runtime::new_str(interpreter, host_text);
      Ref service_value = runtime::new_str(interpreter, service_text);
      const Value items[] = {host_value.get(), service_value.get()};
      result = runtime::new_tuple(interpreter, items);
    }
  }
  freeaddrinfo(found);
  return result;
}

// ---------------------------------------------------------------------------
// Byte order

// htons(x) and ntohs(x): a 16-bit unsigned integer.
template <const char* name>
KRAIT_SOCKET_FUNCTION(socket_short_order) {
  std::int64_t value = 0;
  if (!runtime::check_one_argument(interpreter, name, count, kwnames)) return Ref();
  if (!runtime::index_argument(interpreter, arguments[0], value)) {
    if (interpreter.exception_is(interpreter.OverflowError_type)) {
      Ref ignored = interpreter.take_exception();
      interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C long");
    }
    return Ref();
  }
  if (value < 0)
    return interpreter.raise(interpreter.OverflowError_type,
                             std::string(name) + ": can't convert negative Python int to C 16-bit unsigned integer");
  if (value > 0xFFFF)
    return interpreter.raise(interpreter.OverflowError_type,
                             std::string(name) + ": Python int too large to convert to C 16-bit unsigned integer");
  return Ref::small_int(htons(static_cast<std::uint16_t>(value)));
}

// htonl(x) and ntohl(x): a 32-bit unsigned integer.
template <const char* name>
KRAIT_SOCKET_FUNCTION(socket_long_order) {
  if (!runtime::check_one_argument(interpreter, name, count, kwnames)) return Ref();
  const Value value = arguments[0];
  if (!runtime::is_int(interpreter, value))
    return interpreter.raise(interpreter.TypeError_type,
                             "expected int, " + std::string(runtime::type_name(interpreter, value)) + " found");
  if (runtime::int_sign(interpreter, value) < 0)
    return interpreter.raise(interpreter.OverflowError_type, "can't convert negative value to unsigned int");
  std::uint64_t number = 0;
  if (!bitwise_unsigned_argument(interpreter, value, number)) return Ref();
  std::int64_t exact = 0;
  const bool fits = runtime::int_to_int64(interpreter, value, exact);
  Ref bits = runtime::call_method(interpreter, value, interpreter.intern("bit_length"), nullptr, 0);
  std::int64_t bit_length = 0;
  if (!bits || !runtime::int_to_int64(interpreter, bits.get(), bit_length)) return Ref();
  if (bit_length > 64)
    return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C unsigned long");
  if (!fits || number > 0xFFFFFFFF) return interpreter.raise(interpreter.OverflowError_type, "int larger than 32 bits");
  return runtime::new_int(interpreter, htonl(static_cast<std::uint32_t>(number)));
}

constexpr char htons_name[] = "htons";
constexpr char ntohs_name[] = "ntohs";
constexpr char htonl_name[] = "htonl";
constexpr char ntohl_name[] = "ntohl";

// ---------------------------------------------------------------------------
// Address text

KRAIT_SOCKET_FUNCTION(socket_inet_aton) {
  std::string text;
  if (!runtime::check_one_argument(interpreter, "inet_aton", count, kwnames) ||
      !text_argument(interpreter, "inet_aton", 1, arguments[0], text))
    return Ref();
  in_addr address{};
  if (inet_aton(text.c_str(), &address) == 0)
    return interpreter.raise(interpreter.OSError_type, "illegal IP address string passed to inet_aton");
  return runtime::new_bytes(interpreter, std::string_view(reinterpret_cast<const char*>(&address), sizeof address));
}

KRAIT_SOCKET_FUNCTION(socket_inet_ntoa) {
  std::string_view packed;
  if (!runtime::check_one_argument(interpreter, "inet_ntoa", count, kwnames) ||
      !runtime::require_byte_view(interpreter, arguments[0], packed))
    return Ref();
  if (packed.size() != sizeof(in_addr))
    return interpreter.raise(interpreter.OSError_type, "packed IP wrong length for inet_ntoa");
  char text[INET_ADDRSTRLEN] = {};
  inet_ntop(AF_INET, packed.data(), text, sizeof text);
  return runtime::new_str(interpreter, text);
}

KRAIT_SOCKET_FUNCTION(socket_inet_pton) {
  int family = 0;
  std::string text;
  if (!runtime::reject_keywords(interpreter, "inet_pton", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "inet_pton", count, 2, 2) ||
      !runtime::int_argument(interpreter, arguments[0], family) ||
      !text_argument(interpreter, "inet_pton", 2, arguments[1], text))
    return Ref();
  unsigned char packed[sizeof(in6_addr)] = {};
  const int result = inet_pton(family, text.c_str(), packed);
  if (result < 0) return errno_error(interpreter);
  if (result == 0) return interpreter.raise(interpreter.OSError_type, "illegal IP address string passed to inet_pton");
  return runtime::new_bytes(interpreter, std::string_view(reinterpret_cast<const char*>(packed),
                                                          family == AF_INET ? sizeof(in_addr) : sizeof(in6_addr)));
}

KRAIT_SOCKET_FUNCTION(socket_inet_ntop) {
  int family = 0;
  std::string_view packed;
  if (!runtime::reject_keywords(interpreter, "inet_ntop", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "inet_ntop", count, 2, 2) ||
      !runtime::int_argument(interpreter, arguments[0], family) ||
      !runtime::require_byte_view(interpreter, arguments[1], packed))
    return Ref();
  if (family != AF_INET && family != AF_INET6)
    return interpreter.raise(interpreter.ValueError_type, "unknown address family " + std::to_string(family));
  if (packed.size() != (family == AF_INET ? sizeof(in_addr) : sizeof(in6_addr)))
    return interpreter.raise(interpreter.ValueError_type, "invalid length of packed IP address string");
  char text[INET6_ADDRSTRLEN] = {};
  if (!inet_ntop(family, packed.data(), text, sizeof text)) return errno_error(interpreter);
  return runtime::new_str(interpreter, text);
}

// ---------------------------------------------------------------------------
// Descriptors, timeouts, interfaces, ancillary data

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
KRAIT_SOCKET_FUNCTION(socket_socketpair) {
  int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
  if (!runtime::reject_keywords(interpreter, "socketpair", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "socketpair", count, 0, 3) ||
      (count > 0 && !runtime::int_argument(interpreter, arguments[0], family)) ||
      (count > 1 && !runtime::int_argument(interpreter, arguments[1], type)) ||
      (count > 2 && !runtime::int_argument(interpreter, arguments[2], proto)))
    return Ref();
  int fds[2] = {-1, -1};
  if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return errno_error(interpreter);
  Ref first = socket::new_socket(interpreter, fds[0], family, type, proto);
  if (!first) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Ref();
  }
  Ref second = socket::new_socket(interpreter, fds[1], family, type, proto);
  if (!second) {
    ::close(fds[1]);
    return Ref();
  }
  const Value items[] = {first.get(), second.get()};
  return runtime::new_tuple(interpreter, items);
}

// dup(fd): a non-inheritable duplicate.
KRAIT_SOCKET_FUNCTION(socket_dup) {
  int fd = 0;
  if (!runtime::check_one_argument(interpreter, "dup", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], fd))
    return Ref();
  const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) return errno_error(interpreter);
  return Ref::small_int(copy);
}

KRAIT_SOCKET_FUNCTION(socket_close) {
  int fd = 0;
  if (!runtime::check_one_argument(interpreter, "close", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], fd))
    return Ref();
  if (::close(fd) < 0 && errno != ECONNRESET) return errno_error(interpreter);
  return interpreter.new_none();
}

KRAIT_SOCKET_FUNCTION(socket_getdefaulttimeout) {
  if (!runtime::check_no_arguments(interpreter, "getdefaulttimeout", count, kwnames)) return Ref();
  return socket::timeout_value(interpreter, interpreter.socket.default_timeout);
}

KRAIT_SOCKET_FUNCTION(socket_setdefaulttimeout) {
  std::int64_t timeout = 0;
  if (!runtime::check_one_argument(interpreter, "setdefaulttimeout", count, kwnames) ||
      !socket::timeout_argument(interpreter, arguments[0], timeout))
    return Ref();
  interpreter.socket.default_timeout = timeout;
  return interpreter.new_none();
}

KRAIT_SOCKET_FUNCTION(socket_if_nameindex) {
  if (!runtime::check_no_arguments(interpreter, "if_nameindex", count, kwnames)) return Ref();
  struct if_nameindex* names = ::if_nameindex();
  if (!names) return errno_error(interpreter);
  Ref list = runtime::new_list(interpreter, {});
  for (const struct if_nameindex* entry = names; entry->if_index != 0; ++entry) {
    Ref index = runtime::new_int(interpreter, entry->if_index);
    Ref name = decode_path(interpreter, entry->if_name, false);
    const Value items[] = {index.get(), name.get()};
    Ref pair = runtime::new_tuple(interpreter, items);
    runtime::list_append(list.get(), pair.get());
  }
  if_freenameindex(names);
  return list;
}

KRAIT_SOCKET_FUNCTION(socket_if_nametoindex) {
  std::string name;
  if (!runtime::check_one_argument(interpreter, "if_nametoindex", count, kwnames) ||
      !filesystem_bytes(interpreter, arguments[0], name))
    return Ref();
  const unsigned index = ::if_nametoindex(name.c_str());
  if (index == 0) return interpreter.raise(interpreter.OSError_type, "no interface with this name");
  return runtime::new_int(interpreter, index);
}

KRAIT_SOCKET_FUNCTION(socket_if_indextoname) {
  if (!runtime::check_one_argument(interpreter, "if_indextoname", count, kwnames)) return Ref();
  if (!runtime::is_int(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "an integer is required");
  std::uint64_t index = 0;
  if (!bitwise_unsigned_argument(interpreter, arguments[0], index)) return Ref();
  char name[IF_NAMESIZE + 1] = {};
  if (!::if_indextoname(static_cast<unsigned>(index), name)) return errno_error(interpreter);
  return decode_path(interpreter, name, false);
}

// CMSG_LEN(length) and CMSG_SPACE(length): OverflowError "CMSG_LEN()
// argument out of range" beyond what a control message can hold.
template <bool space>
KRAIT_SOCKET_FUNCTION(socket_cmsg_size) {
  const char* name = space ? "CMSG_SPACE" : "CMSG_LEN";
  std::int64_t length = 0;
  if (!runtime::check_one_argument(interpreter, name, count, kwnames) ||
      !runtime::index_argument(interpreter, arguments[0], length))
    return Ref();
  if (length < 0 || length > static_cast<std::int64_t>(INT_MAX - CMSG_SPACE(1)))
    return interpreter.raise(interpreter.OverflowError_type, std::string(name) + "() argument out of range");
  const auto size = static_cast<std::size_t>(length);
  return runtime::new_int(interpreter, static_cast<std::int64_t>(space ? CMSG_SPACE(size) : CMSG_LEN(size)));
}

constexpr IntConstant constants[] = {
#define KRAIT_SOCKET_CONSTANT(name) {#name, name},
#define KRAIT_SOCKET_VALUE(name, value) {#name, value},
#include "modules/socket/socket_constants.def"
#undef KRAIT_SOCKET_CONSTANT
#undef KRAIT_SOCKET_VALUE
};

}  // namespace

Ref create_socket_module(Interpreter& interpreter) {
  auto& state = interpreter.socket;
  if (!state.herror) {
    state.herror = new_exception_class(interpreter, "socket", "herror", interpreter.OSError_type);
    if (!state.herror) return Ref();
    state.gaierror = new_exception_class(interpreter, "socket", "gaierror", interpreter.OSError_type);
    if (!state.gaierror) return Ref();
  }
  socket::Type* type = socket::socket_type(interpreter);
  Ref module = runtime::new_module(interpreter, "_socket");
  const Value socket_module = module.get();
  runtime::add_module_functions(interpreter, socket_module,
                                {{"gethostname", &socket_gethostname},
                                 {"sethostname", &socket_sethostname},
                                 {"gethostbyname", &socket_gethostbyname},
                                 {"gethostbyname_ex", &socket_gethostbyname_ex},
                                 {"gethostbyaddr", &socket_gethostbyaddr},
                                 {"getservbyname", &socket_getservbyname},
                                 {"getservbyport", &socket_getservbyport},
                                 {"getprotobyname", &socket_getprotobyname},
                                 {"getaddrinfo", &socket_getaddrinfo},
                                 {"getnameinfo", &socket_getnameinfo},
                                 {"htons", &socket_short_order<htons_name>},
                                 {"ntohs", &socket_short_order<ntohs_name>},
                                 {"htonl", &socket_long_order<htonl_name>},
                                 {"ntohl", &socket_long_order<ntohl_name>},
                                 {"inet_aton", &socket_inet_aton},
                                 {"inet_ntoa", &socket_inet_ntoa},
                                 {"inet_pton", &socket_inet_pton},
                                 {"inet_ntop", &socket_inet_ntop},
                                 {"socketpair", &socket_socketpair},
                                 {"dup", &socket_dup},
                                 {"close", &socket_close},
                                 {"getdefaulttimeout", &socket_getdefaulttimeout},
                                 {"setdefaulttimeout", &socket_setdefaulttimeout},
                                 {"if_nameindex", &socket_if_nameindex},
                                 {"if_nametoindex", &socket_if_nametoindex},
                                 {"if_indextoname", &socket_if_indextoname},
                                 {"CMSG_LEN", &socket_cmsg_size<false>},
                                 {"CMSG_SPACE", &socket_cmsg_size<true>}});
  runtime::module_set(interpreter, socket_module, "socket", Value::object(type));
  runtime::module_set(interpreter, socket_module, "SocketType", Value::object(type));
  runtime::module_set(interpreter, socket_module, "error", Value::object(interpreter.OSError_type));
  runtime::module_set(interpreter, socket_module, "timeout", Value::object(interpreter.TimeoutError_type));
  runtime::module_set(interpreter, socket_module, "herror", state.herror.get());
  runtime::module_set(interpreter, socket_module, "gaierror", state.gaierror.get());
  Ref has_ipv6 = interpreter.new_boolean(true);
  runtime::module_set(interpreter, socket_module, "has_ipv6", has_ipv6.get());
  add_int_constants(interpreter, socket_module, constants);
  return module;
}

}  // namespace krait::modules
