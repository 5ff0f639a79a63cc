// Native modules: select (CPython's Modules/selectmodule.c) on Linux:
// select(), poll objects and epoll objects, what the selectors module (and
// through it subprocess.communicate and asyncio) waits with. A call that a
// signal interrupts runs the handlers and resumes with the time left, as
// PEP 475 has it.
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <string>
#include <vector>

#include "modules/os_arguments.h"
#include "objects/descriptor_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// ---------------------------------------------------------------------------
// Timeouts

double monotonic_seconds() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// A timeout of `unit` seconds (int, float or __index__), as CPython's
// _PyTime_FromSecondsObject and _PyTime_FromMillisecondsObject read it: a
// TypeError becomes `type_message`; beyond the 64-bit nanoseconds of
// _PyTime_t, OverflowError.
bool timeout_argument(Interpreter& interpreter, Value value, double unit, const char* type_message, double& out) {
  if (runtime::is_float(interpreter, value)) {
    out = runtime::float_value(value);
    if (std::isnan(out)) {
      interpreter.set_exception(interpreter.ValueError_type, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    std::int64_t whole = 0;
    if (!runtime::index_argument(interpreter, value, whole)) {
      if (interpreter.exception_is(interpreter.TypeError_type)) {
        Ref ignored = interpreter.take_exception();
        interpreter.set_exception(interpreter.TypeError_type, type_message);
      } else if (interpreter.exception_is(interpreter.OverflowError_type)) {
        Ref ignored = interpreter.take_exception();
        out = HUGE_VAL;
      } else {
        return false;
      }
      if (interpreter.has_exception()) return false;
    } else {
      out = static_cast<double>(whole);
    }
  }
  if (std::fabs(out * unit * 1e9) >= 9.223372036854775807e18) {
    interpreter.set_exception(interpreter.OverflowError_type, runtime::is_float(interpreter, value)
                                                                  ? "timestamp out of range for platform time_t"
                                                                  : "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

// A timeout for poll()/epoll_wait() in whole milliseconds (rounded up, so
// the wait is never shorter), -1 for negative: forever.
bool whole_milliseconds(Interpreter& interpreter, double wait, int& out) {
  const double milliseconds = std::ceil(wait);
  if (milliseconds > INT_MAX || milliseconds < INT_MIN) {
    interpreter.set_exception(interpreter.OverflowError_type, "timeout is too large");
    return false;
  }
  out = milliseconds < 0 ? -1 : static_cast<int>(milliseconds);
  return true;
}

// The time left until `deadline` in milliseconds (0 once passed), for a
// call resumed after a signal; -1 stays forever.
int remaining_milliseconds(int milliseconds, double deadline) {
  if (milliseconds < 0) return -1;
  const double left = deadline - monotonic_seconds();
  return left <= 0 ? 0 : static_cast<int>(std::ceil(left * 1e3));
}

// A list of (fd, events) pairs.
Ref event_list(Interpreter& interpreter, const std::vector<std::pair<int, unsigned>>& events) {
  Ref list = runtime::new_list(interpreter, {});
  for (const auto& [fd, mask] : events) {
    Ref mask_value = runtime::new_int(interpreter, mask);
    const Value pair[] = {Value::small_int(fd), mask_value.get()};
    Ref tuple = runtime::new_tuple(interpreter, pair);
    runtime::list_append(list.get(), tuple.get());
  }
  return list;
}

// poll's event mask (CPython's unsigned short converter): an int in
// range, with its ValueError and OverflowError.
bool poll_mask_argument(Interpreter& interpreter, Value value, unsigned& out) {
  if (!runtime::is_int(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "an integer is required");
    return false;
  }
  std::int64_t mask = 0;
  if (runtime::int_sign(interpreter, value) < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "value must be positive");
    return false;
  }
  if (!runtime::int_to_int64(interpreter, value, mask) || mask > 0xFFFF) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large for C unsigned short");
    return false;
  }
  out = static_cast<unsigned>(mask);
  return true;
}

// epoll's event mask (a bitwise unsigned int): any integer, its low 32 bits.
bool epoll_mask_argument(Interpreter& interpreter, Value value, unsigned& out) {
  Ref number = runtime::number_index(interpreter, value);
  if (!number) return false;
  Ref mask = runtime::binary_operation(interpreter, runtime::BinaryOperator::AND, number.get(),
                                       Value::small_int(0xFFFFFFFF), false);
  std::int64_t low = 0;
  if (!mask || !runtime::int_to_int64(interpreter, mask.get(), low)) return false;
  out = static_cast<unsigned>(low);
  return true;
}

// ---------------------------------------------------------------------------
// select()

// One of select()'s lists: the objects and their descriptors.
struct WaitList {
  Ref held;  // the sequence's items, kept alive
  const Value* objects = nullptr;
  std::size_t size = 0;
  std::vector<int> fds;
};

bool wait_list_argument(Interpreter& interpreter, Value sequence, WaitList& out, fd_set& set, int& highest) {
  out.held = runtime::join_items(interpreter, sequence, out.objects, out.size);
  if (!out.held) {
    if (interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      interpreter.set_exception(interpreter.TypeError_type, "arguments 1-3 must be sequences");
    }
    return false;
  }
  for (std::size_t i = 0; i < out.size; ++i) {
    int fd = 0;
    if (!file_descriptor_argument(interpreter, out.objects[i], fd)) return false;
    if (fd >= FD_SETSIZE) {
      interpreter.set_exception(interpreter.ValueError_type, "filedescriptor out of range in select()");
      return false;
    }
    FD_SET(fd, &set);
    if (fd > highest) highest = fd;
    out.fds.push_back(fd);
  }
  return true;
}

// The objects of a list whose descriptors are ready.
Ref ready_objects(Interpreter& interpreter, const WaitList& list, const fd_set& set) {
  Ref result = runtime::new_list(interpreter, {});
  for (std::size_t i = 0; i < list.size; ++i)
    if (FD_ISSET(list.fds[i], &set)) runtime::list_append(result.get(), list.objects[i]);
  return result;
}

// select(rlist, wlist, xlist, timeout=None, /)
Ref select_select(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "select", kwnames) ||
      !runtime::check_argument_count(interpreter, "select", count, 3, 4))
    return Ref();
  double seconds = -1;
  const bool forever = count < 4 || arguments[3] == interpreter.none();
  if (!forever) {
    if (!timeout_argument(interpreter, arguments[3], 1, "timeout must be a float or None", seconds)) return Ref();
    if (seconds < 0) return interpreter.raise(interpreter.ValueError_type, "timeout must be non-negative");
  }
  WaitList lists[3];
  fd_set sets[3];
  int highest = -1;
  for (int i = 0; i < 3; ++i) {
    FD_ZERO(&sets[i]);
    if (!wait_list_argument(interpreter, arguments[i], lists[i], sets[i], highest)) return Ref();
  }
  const double deadline = monotonic_seconds() + seconds;
  fd_set ready[3];
  for (;;) {
    for (int i = 0; i < 3; ++i) ready[i] = sets[i];
    timeval wait{};
    if (!forever) {
      const double left = std::max(0.0, deadline - monotonic_seconds());
      wait.tv_sec = static_cast<time_t>(left);
      wait.tv_usec = static_cast<suseconds_t>(std::ceil((left - std::floor(left)) * 1e6));
      if (wait.tv_usec >= 1000000) {
        ++wait.tv_sec;
        wait.tv_usec -= 1000000;
      }
    }
    int result;
    {
      runtime::GilReleased released(interpreter);
      result = ::select(highest + 1, &ready[0], &ready[1], &ready[2], forever ? nullptr : &wait);
    }
    if (result >= 0) break;
    if (errno != EINTR || !check_signals(interpreter)) return errno_error(interpreter);
  }
  Ref results[3];
  for (int i = 0; i < 3; ++i) results[i] = ready_objects(interpreter, lists[i], ready[i]);
  const Value items[] = {results[0].get(), results[1].get(), results[2].get()};
  return runtime::new_tuple(interpreter, items);
}

// ---------------------------------------------------------------------------
// poll objects

// The registered descriptors in registration order, as CPython's dict
// keeps them.
struct PollObject : runtime::Object {
  std::vector<pollfd> fds;
  bool polling = false;
};

PollObject* as_poll(Value value) { return static_cast<PollObject*>(value.as_object()); }

pollfd* find_poll_fd(PollObject* poll, int fd) {
  for (pollfd& entry : poll->fds)
    if (entry.fd == fd) return &entry;
  return nullptr;
}

void poll_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<PollObject*>(object); }

Ref select_poll(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "select.poll", count, kwnames)) return Ref();
  auto* poll = new PollObject;
  poll->type = interpreter.proc_modules.poll_type;
  return Ref::steal(Value::object(poll));
}

constexpr unsigned default_poll_mask = POLLIN | POLLPRI | POLLOUT;

// register(fd, eventmask=POLLIN|POLLPRI|POLLOUT, /) and modify(fd, eventmask, /)
template <bool modify>
Ref poll_register(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = modify ? "modify" : "register";
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, modify ? 2 : 1, 2))
    return Ref();
  int fd = 0;
  unsigned mask = default_poll_mask;
  if (!file_descriptor_argument(interpreter, arguments[0], fd) ||
      (count > 1 && !poll_mask_argument(interpreter, arguments[1], mask)))
    return Ref();
  PollObject* poll = as_poll(self);
  pollfd* entry = find_poll_fd(poll, fd);
  if (!entry) {
    if (modify) {
      errno = ENOENT;
      return errno_error(interpreter);
    }
    poll->fds.push_back(pollfd{fd, 0, 0});
    entry = &poll->fds.back();
  }
  entry->events = static_cast<short>(mask);
  return interpreter.new_none();
}

Ref poll_unregister(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!runtime::check_one_argument(interpreter, "unregister", count, kwnames) ||
      !file_descriptor_argument(interpreter, arguments[0], fd))
    return Ref();
  PollObject* poll = as_poll(self);
  pollfd* entry = find_poll_fd(poll, fd);
  if (!entry) {
    Ref key = runtime::new_int(interpreter, fd);
    return runtime::raise_key_error(interpreter, key.get());
  }
  poll->fds.erase(poll->fds.begin() + (entry - poll->fds.data()));
  return interpreter.new_none();
}

// poll(timeout=None, /): a list of (fd, revents); timeout in milliseconds.
Ref poll_poll(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "poll", kwnames) ||
      !runtime::check_argument_count(interpreter, "poll", count, 0, 1))
    return Ref();
  int milliseconds = -1;
  if (count == 1 && arguments[0] != interpreter.none()) {
    double wait = 0;
    if (!timeout_argument(interpreter, arguments[0], 1e-3, "timeout must be an integer or None", wait) ||
        !whole_milliseconds(interpreter, wait, milliseconds))
      return Ref();
  }
  PollObject* poll = as_poll(self);
  if (poll->polling) return interpreter.raise(interpreter.RuntimeError_type, "concurrent poll() invocation");
  const double deadline = monotonic_seconds() + milliseconds / 1e3;
  std::vector<pollfd> fds = poll->fds;
  int result = 0;
  for (int wait = milliseconds;; wait = remaining_milliseconds(milliseconds, deadline)) {
    {
      runtime::GilReleased released(interpreter);
      result = ::poll(fds.data(), fds.size(), wait);
    }
    if (result >= 0) break;
    if (errno != EINTR) return errno_error(interpreter);
    poll->polling = true;
    const bool handled = check_signals(interpreter);
    poll->polling = false;
    if (!handled) return Ref();
  }
  std::vector<std::pair<int, unsigned>> events;
  for (const pollfd& entry : fds)
    if (entry.revents) events.emplace_back(entry.fd, static_cast<unsigned short>(entry.revents));
  return event_list(interpreter, events);
}

// ---------------------------------------------------------------------------
// epoll objects

struct EpollObject : runtime::Object {
  int fd = -1;  // -1 once closed
};

EpollObject* as_epoll(Value value) { return static_cast<EpollObject*>(value.as_object()); }

void close_epoll(EpollObject* epoll) {
  if (epoll->fd >= 0) close(epoll->fd);
  epoll->fd = -1;
}

void epoll_deallocate(Interpreter&, runtime::Object* object) {
  auto* epoll = static_cast<EpollObject*>(object);
  close_epoll(epoll);
  delete epoll;
}

Ref new_epoll(Interpreter& interpreter, runtime::Type* type, int fd) {
  auto* epoll = new EpollObject;
  runtime::set_object_type(epoll, type);
  epoll->fd = fd;
  return Ref::steal(Value::object(epoll));
}

// epoll(sizehint=-1, flags=0)
Ref epoll_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  int size_hint = -1, flags = 0;
  if (!runtime::bind_arguments(interpreter, {"epoll", {"sizehint", "flags"}, 0, 0, 0}, arguments, count, kwnames,
                               bound) ||
      (!bound[0].is_null() && !runtime::int_argument(interpreter, bound[0], size_hint)) ||
      (!bound[1].is_null() && !runtime::int_argument(interpreter, bound[1], flags)))
    return Ref();
  if (size_hint == 0 || size_hint < -1) return interpreter.raise(interpreter.ValueError_type, "negative sizehint");
  const int fd = epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return errno_error(interpreter);
  return new_epoll(interpreter, static_cast<runtime::Type*>(callee.as_object()), fd);
}

// epoll.fromfd(fd): an epoll object over an existing descriptor.
Ref epoll_fromfd(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!runtime::check_one_argument(interpreter, "epoll.fromfd", count - 1, kwnames) ||
      !runtime::int_argument(interpreter, arguments[1], fd))
    return Ref();
  return new_epoll(interpreter, static_cast<runtime::Type*>(arguments[0].as_object()), fd);
}

bool check_open(Interpreter& interpreter, EpollObject* epoll) {
  if (epoll->fd >= 0) return true;
  interpreter.set_exception(interpreter.ValueError_type, "I/O operation on closed epoll object");
  return false;
}

Ref epoll_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "close", count, kwnames)) return Ref();
  close_epoll(as_epoll(self));
  return interpreter.new_none();
}

Ref epoll_closed(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_epoll(self)->fd < 0); }

Ref epoll_fileno(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "fileno", count, kwnames)) return Ref();
  EpollObject* epoll = as_epoll(self);
  if (!check_open(interpreter, epoll)) return Ref();
  return Ref::small_int(epoll->fd);
}

constexpr unsigned default_epoll_mask = EPOLLIN | EPOLLPRI | EPOLLOUT;

// register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT), modify(fd, eventmask),
// unregister(fd): epoll_ctl.
template <int operation>
Ref epoll_control(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = operation == EPOLL_CTL_ADD ? "register" : operation == EPOLL_CTL_MOD ? "modify" : "unregister";
  Value bound[2];
  const bool bound_ok =
      operation == EPOLL_CTL_DEL
          ? runtime::bind_arguments(interpreter, {name, {"fd"}, 0, 0, 1}, arguments, count, kwnames, bound)
          : runtime::bind_arguments(interpreter, {name, {"fd", "eventmask"}, 0, 0, operation == EPOLL_CTL_MOD ? 2u : 1u},
                                    arguments, count, kwnames, bound);
  int fd = 0;
  unsigned mask = default_epoll_mask;
  if (!bound_ok || !file_descriptor_argument(interpreter, bound[0], fd) ||
      (!bound[1].is_null() && !epoll_mask_argument(interpreter, bound[1], mask)))
    return Ref();
  EpollObject* epoll = as_epoll(self);
  if (!check_open(interpreter, epoll)) return Ref();
  epoll_event event{};
  event.events = mask;
  event.data.fd = fd;
  if (epoll_ctl(epoll->fd, operation, fd, &event) < 0) return errno_error(interpreter);
  return interpreter.new_none();
}

// poll(timeout=None, maxevents=-1): a list of (fd, events); timeout in seconds.
Ref epoll_poll(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {"poll", {"timeout", "maxevents"}, 0, 0, 0}, arguments, count, kwnames,
                               bound))
    return Ref();
  int milliseconds = -1, max_events = -1;
  if (!bound[0].is_null() && bound[0] != interpreter.none()) {
    double seconds = 0;
    if (!timeout_argument(interpreter, bound[0], 1, "timeout must be an integer or None", seconds) ||
        !whole_milliseconds(interpreter, seconds * 1e3, milliseconds))
      return Ref();
  }
  if (!bound[1].is_null() && !runtime::int_argument(interpreter, bound[1], max_events)) return Ref();
  if (max_events == -1) {
    max_events = FD_SETSIZE - 1;
  } else if (max_events < 1) {
    return interpreter.raise(interpreter.ValueError_type,
                             "maxevents must be greater than 0, got " + std::to_string(max_events));
  }
  EpollObject* epoll = as_epoll(self);
  if (!check_open(interpreter, epoll)) return Ref();
  std::vector<epoll_event> ready(static_cast<std::size_t>(max_events));
  const double deadline = monotonic_seconds() + milliseconds / 1e3;
  int result = 0;
  for (int wait = milliseconds;; wait = remaining_milliseconds(milliseconds, deadline)) {
    {
      runtime::GilReleased released(interpreter);
      result = epoll_wait(epoll->fd, ready.data(), max_events, wait);
    }
    if (result >= 0) break;
    if (errno != EINTR || !check_signals(interpreter)) return errno_error(interpreter);
  }
  std::vector<std::pair<int, unsigned>> events;
  for (int i = 0; i < result; ++i) {
    const int fd = ready[i].data.fd;  // a packed field: copied out, not bound
    const unsigned mask = ready[i].events;
    events.emplace_back(fd, mask);
  }
  return event_list(interpreter, events);
}

Ref epoll_enter(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__enter__", count, kwnames) ||
      !check_open(interpreter, as_epoll(self)))
    return Ref();
  return Ref::borrow(self);
}

Ref epoll_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  close_epoll(as_epoll(self));
  return interpreter.new_none();
}

void create_select_types(Interpreter& interpreter) {
  auto& state = interpreter.proc_modules;
  if (state.poll_type) return;
  runtime::Type* poll = runtime::new_native_type(interpreter, "select.poll", interpreter.object_type);
  poll->deallocate = &poll_deallocate;
  runtime::add_methods(interpreter, poll,
                       {{"register", &poll_register<false>},
                        {"modify", &poll_register<true>},
                        {"unregister", &poll_unregister},
                        {"poll", &poll_poll}});
  runtime::ready_native_type(interpreter, poll);
  poll->construct = nullptr;  // made by select.poll() only: "cannot create 'select.poll' instances"
  state.poll_type = poll;

  runtime::Type* epoll = runtime::new_native_type(interpreter, "select.epoll", interpreter.object_type);
  epoll->construct = &epoll_construct;
  epoll->deallocate = &epoll_deallocate;
  epoll->subclassable = true;
  runtime::add_methods(interpreter, epoll,
                       {{"close", &epoll_close},
                        {"fileno", &epoll_fileno},
                        {"register", &epoll_control<EPOLL_CTL_ADD>},
                        {"modify", &epoll_control<EPOLL_CTL_MOD>},
                        {"unregister", &epoll_control<EPOLL_CTL_DEL>},
                        {"poll", &epoll_poll},
                        {"__enter__", &epoll_enter},
                        {"__exit__", &epoll_exit}});
  runtime::add_class_methods(interpreter, epoll, {{"fromfd", &epoll_fromfd}});
  runtime::add_getsets(interpreter, epoll, {{"closed", &epoll_closed}});
  runtime::ready_native_type(interpreter, epoll);
  state.epoll_type = epoll;
}

constexpr IntConstant constants[] = {
    {"PIPE_BUF", PIPE_BUF},       {"POLLIN", POLLIN},           {"POLLPRI", POLLPRI},
    {"POLLOUT", POLLOUT},         {"POLLERR", POLLERR},         {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL},       {"POLLRDNORM", POLLRDNORM},   {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM},   {"POLLWRBAND", POLLWRBAND},   {"POLLMSG", POLLMSG},
    {"POLLRDHUP", POLLRDHUP},     {"EPOLLIN", EPOLLIN},         {"EPOLLOUT", EPOLLOUT},
    {"EPOLLPRI", EPOLLPRI},       {"EPOLLERR", EPOLLERR},       {"EPOLLHUP", EPOLLHUP},
    {"EPOLLET", EPOLLET},         {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
    {"EPOLLRDHUP", EPOLLRDHUP},   {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
    {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
    {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
};

}  // namespace

Ref create_select_module(Interpreter& interpreter) {
  create_select_types(interpreter);
  Ref module = runtime::new_module(interpreter, "select");
  const Value select = module.get();
  runtime::add_module_functions(interpreter, select, {{"select", &select_select}, {"poll", &select_poll}});
  runtime::module_set(interpreter, select, "error", Value::object(interpreter.OSError_type));
  runtime::module_set(interpreter, select, "epoll", Value::object(interpreter.proc_modules.epoll_type));
  add_int_constants(interpreter, select, constants);
  return module;
}

}  // namespace krait::modules
