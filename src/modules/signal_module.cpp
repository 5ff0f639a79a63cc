// Native modules: _signal (CPython's Modules/signalmodule.c), what
// signal.py wraps in enums: the signal numbers, signal() and getsignal()
// with SIG_DFL, SIG_IGN or a Python handler, default_int_handler,
// raise_signal, alarm, pause, strsignal, valid_signals, set_wakeup_fd,
// pthread_sigmask and the interval timers. A signal with a Python handler
// is only noted by the C handler; the handler runs when the interpreter
// next checks (check_signals: after a system call the signal interrupted,
// after raise_signal). The CLI installs SIGINT's handler at start-up
// (install_signal_handlers): Ctrl-C raises KeyboardInterrupt.
#include "modules/signal_module.h"

#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr int signal_count = NSIG;  // signals are 1 .. NSIG - 1

// The signals caught and not yet handled: set by the C handler (the only
// state a signal handler may touch), cleared by check_signals. Signals are
// the process's, so this is the one process-wide state of the module.
volatile std::sig_atomic_t pending_signals[signal_count];

// set_wakeup_fd's descriptor (-1: none), written one byte (the signal's
// number) per signal the C handler catches, so that a selector waiting on
// it wakes up (asyncio's self-pipe). Process-wide as the handler is: only
// the main thread sets it.
volatile std::sig_atomic_t wakeup_descriptor = -1;
// warn_on_full_buffer: whether a write failing as the buffer is full
// (EAGAIN) is reported, as any other failure is.
volatile std::sig_atomic_t wakeup_warns = 1;
// The errno of a failed write, reported by the next check_signals (0: none).
volatile std::sig_atomic_t wakeup_error = 0;

extern "C" void note_signal(int number) {
  const int saved_errno = errno;
  if (number > 0 && number < signal_count) pending_signals[number] = 1;
  any_pending = 1;
  const int descriptor = wakeup_descriptor;
  if (descriptor >= 0) {
    const unsigned char byte = static_cast<unsigned char>(number);
    if (write(descriptor, &byte, 1) < 0 && (wakeup_warns || (errno != EAGAIN && errno != EWOULDBLOCK)))
      wakeup_error = errno;
  }
  errno = saved_errno;
}

bool signal_argument(Interpreter& interpreter, Value value, int& out) {
  if (!runtime::int_argument(interpreter, value, out)) return false;
  if (out < 1 || out >= signal_count) {
    interpreter.set_exception(interpreter.ValueError_type, "signal number out of range");
    return false;
  }
  return true;
}

// The handler Python sees for `number`: what it set, else SIG_DFL / SIG_IGN
// as the process has it (default_int_handler for SIGINT's start-up handler).
Ref current_handler(Interpreter& interpreter, int number) {
  const Ref& handler = interpreter.signals.handlers[static_cast<std::size_t>(number)];
  if (handler) return Ref::borrow(handler.get());
  if (number == SIGINT && interpreter.signals.interrupt_installed && interpreter.signals.default_int_handler)
    return Ref::borrow(interpreter.signals.default_int_handler.get());
  struct sigaction action {};
  sigaction(number, nullptr, &action);
  return Ref::small_int(action.sa_handler == SIG_IGN ? 1 : 0);
}

// Raises KeyboardInterrupt(); returns the null Ref.
Ref raise_keyboard_interrupt(Interpreter& interpreter) {
  Ref exception = runtime::call(interpreter, Value::object(interpreter.KeyboardInterrupt_type), nullptr, 0);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

// default_int_handler(signalnum, frame): raises KeyboardInterrupt.
Ref signal_default_int_handler(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return raise_keyboard_interrupt(interpreter);
}

// signal(signalnum, handler): installs SIG_DFL (0), SIG_IGN (1) or a
// callable; returns the previous handler.
Ref signal_signal(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int number = 0;
  if (!runtime::reject_keywords(interpreter, "signal", kwnames) ||
      !runtime::check_positional(interpreter, "signal", count, 2, 2) || !signal_argument(interpreter, arguments[0], number))
    return Ref();
  const Value handler = arguments[1];
  void (*native)(int) = note_signal;
  if (runtime::type_of(interpreter, handler) == interpreter.int_type) {
    std::int64_t value = -1;
    if (!runtime::int_to_int64(interpreter, handler, value) || (value != 0 && value != 1))
      return interpreter.raise(interpreter.TypeError_type,
                               "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    native = value == 0 ? SIG_DFL : SIG_IGN;
  } else if (!runtime::type_of(interpreter, handler)->call) {
    return interpreter.raise(interpreter.TypeError_type,
                             "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  Ref previous = current_handler(interpreter, number);
  struct sigaction action {};
  action.sa_handler = native;
  sigemptyset(&action.sa_mask);
  if (sigaction(number, &action, nullptr) != 0) return runtime::raise_os_error(interpreter, errno);
  Ref& slot = interpreter.signals.handlers[static_cast<std::size_t>(number)];
  slot = native == note_signal ? Ref::borrow(handler) : Ref();
  if (number == SIGINT) interpreter.signals.interrupt_installed = false;
  return previous;
}

Ref signal_getsignal(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int number = 0;
  if (!runtime::check_one_argument(interpreter, "getsignal", count, kwnames) ||
      !signal_argument(interpreter, arguments[0], number))
    return Ref();
  return current_handler(interpreter, number);
}

Ref signal_raise_signal(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int number = 0;
  if (!runtime::check_one_argument(interpreter, "raise_signal", count, kwnames) ||
      !signal_argument(interpreter, arguments[0], number))
    return Ref();
  if (std::raise(number) != 0) return runtime::raise_os_error(interpreter, errno);
  if (!check_signals(interpreter)) return Ref();
  return interpreter.new_none();
}

Ref signal_strsignal(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int number = 0;
  if (!runtime::check_one_argument(interpreter, "strsignal", count, kwnames) ||
      !signal_argument(interpreter, arguments[0], number))
    return Ref();
  const char* text = strsignal(number);
  if (!text || std::strncmp(text, "Unknown signal", 14) == 0 || std::strncmp(text, "Real-time signal", 16) == 0)
    return interpreter.new_none();
  return runtime::new_str(interpreter, text);
}

Ref signal_alarm(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int seconds = 0;
  if (!runtime::check_one_argument(interpreter, "alarm", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], seconds))
    return Ref();
  return Ref::small_int(alarm(static_cast<unsigned>(seconds)));
}

Ref signal_pause(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "pause", count, kwnames)) return Ref();
  pause();
  if (!check_signals(interpreter)) return Ref();
  return interpreter.new_none();
}

// The signals of a sigset_t as a set of ints.
Ref signal_set(Interpreter& interpreter, const sigset_t& signals) {
  Ref set = runtime::new_set(interpreter);
  for (int number = 1; number < signal_count; ++number)
    if (sigismember(&signals, number) == 1 && !runtime::set_add(interpreter, set.get(), Value::small_int(number)))
      return Ref();
  return set;
}

Ref signal_valid_signals(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "valid_signals", count, kwnames)) return Ref();
  sigset_t all;
  sigfillset(&all);
  return signal_set(interpreter, all);
}

Ref signal_sigpending(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "sigpending", count, kwnames)) return Ref();
  sigset_t pending;
  if (sigpending(&pending) != 0) return runtime::raise_os_error(interpreter, errno);
  return signal_set(interpreter, pending);
}

// pthread_sigmask(how, mask): the previous mask.
Ref signal_pthread_sigmask(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int how = 0;
  if (!runtime::reject_keywords(interpreter, "pthread_sigmask", kwnames) ||
      !runtime::check_positional(interpreter, "pthread_sigmask", count, 2, 2) ||
      !runtime::int_argument(interpreter, arguments[0], how))
    return Ref();
  Ref items = runtime::tuple_from_iterable(interpreter, arguments[1]);
  if (!items) return Ref();
  sigset_t mask, previous;
  sigemptyset(&mask);
  for (std::int64_t i = 0; i < runtime::as_tuple(items.get())->size; ++i) {
    int number = 0;
    if (!signal_argument(interpreter, runtime::as_tuple(items.get())->items()[i], number)) return Ref();
    sigaddset(&mask, number);
  }
  const int error = pthread_sigmask(how, &mask, &previous);
  if (error != 0) return runtime::raise_os_error(interpreter, error);
  return signal_set(interpreter, previous);
}

// set_wakeup_fd(fd, /, *, warn_on_full_buffer=True): the previous
// descriptor. The descriptor must be open and non-blocking (-1: none).
Ref signal_set_wakeup_fd(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  int fd = -1;
  if (!runtime::bind_arguments(interpreter, {"set_wakeup_fd", {"fd", "warn_on_full_buffer"}, 1, 1, 1}, arguments,
                               count, kwnames, bound) ||
      !runtime::int_argument(interpreter, bound[0], fd))
    return Ref();
  int warns = 1;
  if (!bound[1].is_null() && (warns = runtime::truth(interpreter, bound[1])) < 0) return Ref();
  if (interpreter.current_thread != interpreter.main_thread)
    return interpreter.raise(interpreter.ValueError_type,
                             "set_wakeup_fd only works in main thread of the main interpreter");
  if (fd != -1) {
    const int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return runtime::raise_os_error(interpreter, errno);
    if (!(flags & O_NONBLOCK))
      return interpreter.raise(interpreter.ValueError_type,
                               "the fd " + std::to_string(fd) + " must be in non-blocking mode");
  }
  const int previous = wakeup_descriptor;
  wakeup_descriptor = fd;
  wakeup_warns = warns;
  return Ref::small_int(previous);
}

Ref signal_siginterrupt(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int number = 0, flag = 0;
  if (!runtime::reject_keywords(interpreter, "siginterrupt", kwnames) ||
      !runtime::check_positional(interpreter, "siginterrupt", count, 2, 2) ||
      !signal_argument(interpreter, arguments[0], number) || !runtime::int_argument(interpreter, arguments[1], flag))
    return Ref();
  struct sigaction action {};
  sigaction(number, nullptr, &action);
  if (flag)
    action.sa_flags &= ~SA_RESTART;
  else
    action.sa_flags |= SA_RESTART;
  if (sigaction(number, &action, nullptr) != 0) return runtime::raise_os_error(interpreter, errno);
  return interpreter.new_none();
}

double timeval_seconds(const timeval& time) {
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) * 1e-6;
}

timeval seconds_timeval(double seconds) {
  timeval time{};
  time.tv_sec = static_cast<time_t>(seconds);
  time.tv_usec = static_cast<suseconds_t>((seconds - static_cast<double>(time.tv_sec)) * 1e6);
  if (seconds > 0 && time.tv_sec == 0 && time.tv_usec == 0) time.tv_usec = 1;
  return time;
}

Ref timer_pair(Interpreter& interpreter, const itimerval& timer) {
  Ref value = runtime::new_float(interpreter, timeval_seconds(timer.it_value));
  Ref interval = runtime::new_float(interpreter, timeval_seconds(timer.it_interval));
  const Value items[] = {value.get(), interval.get()};
  return runtime::new_tuple(interpreter, items);
}

bool seconds_argument(Interpreter& interpreter, Value value, double& out) {
  Ref number = runtime::number_to_float(interpreter, value);
  if (!number) return false;
  out = runtime::float_value(number.get());
  return true;
}

// setitimer(which, seconds, interval=0.0): the previous (delay, interval).
Ref signal_setitimer(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int which = 0;
  double seconds = 0, interval = 0;
  if (!runtime::reject_keywords(interpreter, "setitimer", kwnames) ||
      !runtime::check_positional(interpreter, "setitimer", count, 2, 3) ||
      !runtime::int_argument(interpreter, arguments[0], which) || !seconds_argument(interpreter, arguments[1], seconds) ||
      (count == 3 && !seconds_argument(interpreter, arguments[2], interval)))
    return Ref();
  itimerval timer{seconds_timeval(interval), seconds_timeval(seconds)}, previous{};
  if (setitimer(which, &timer, &previous) != 0) return runtime::raise_os_error(interpreter, errno);
  return timer_pair(interpreter, previous);
}

Ref signal_getitimer(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int which = 0;
  if (!runtime::check_one_argument(interpreter, "getitimer", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], which))
    return Ref();
  itimerval timer{};
  if (getitimer(which, &timer) != 0) return runtime::raise_os_error(interpreter, errno);
  return timer_pair(interpreter, timer);
}

struct Constant {
  const char* name;
  int value;
};

// In signalmodule.c's order.
constexpr Constant constants[] = {
    {"NSIG", NSIG},           {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},         {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},     {"SIGIOT", SIGIOT},       {"SIGABRT", SIGABRT},         {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGBUS", SIGBUS},       {"SIGSEGV", SIGSEGV},         {"SIGSYS", SIGSYS},
    {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},         {"SIGUSR1", SIGUSR1},
    {"SIGUSR2", SIGUSR2},     {"SIGCLD", SIGCHLD},      {"SIGCHLD", SIGCHLD},         {"SIGPWR", SIGPWR},
    {"SIGIO", SIGIO},         {"SIGURG", SIGURG},       {"SIGWINCH", SIGWINCH},       {"SIGPOLL", SIGPOLL},
    {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},     {"SIGCONT", SIGCONT},         {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},         {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ},     {"SIGSTKFLT", SIGSTKFLT}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
};

}  // namespace

volatile std::sig_atomic_t any_pending = 0;

void simulate_signal(Interpreter& interpreter, int number) {
  // Not for SIG_DFL or SIG_IGN; SIGINT's start-up handler counts.
  if (interpreter.signals.handlers[static_cast<std::size_t>(number)] ||
      (number == SIGINT && interpreter.signals.interrupt_installed))
    note_signal(number);
}

void install_signal_handlers(Interpreter& interpreter) {
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  struct sigaction action {};
  if (sigaction(SIGINT, nullptr, &action) != 0 || action.sa_handler != SIG_DFL) return;
  action.sa_handler = note_signal;
  action.sa_flags = 0;  // no SA_RESTART: a blocking call returns EINTR and checks
  sigemptyset(&action.sa_mask);
  if (sigaction(SIGINT, &action, nullptr) == 0) interpreter.signals.interrupt_installed = true;
}

bool check_signals(Interpreter& interpreter) {
  // Handlers run in the main thread only, as CPython's.
  if (!any_pending || interpreter.current_thread != interpreter.main_thread) return true;
  any_pending = 0;
  if (const int error = wakeup_error) {
    wakeup_error = 0;
    Ref discarded = runtime::raise_os_error(interpreter, error);
    interpreter.report_unraisable(Value(), "when trying to write to the signal wakeup fd");
  }
  for (int number = 1; number < signal_count; ++number) {
    if (!pending_signals[number]) continue;
    pending_signals[number] = 0;
    const Ref& handler = interpreter.signals.handlers[static_cast<std::size_t>(number)];
    Ref result;
    if (handler) {
      Ref callable = Ref::borrow(handler.get());
      const Value arguments[] = {Value::small_int(number), interpreter.none()};
      result = runtime::call(interpreter, callable.get(), arguments, 2);
    } else if (number == SIGINT && interpreter.signals.interrupt_installed) {
      result = raise_keyboard_interrupt(interpreter);
    } else {
      continue;
    }
    if (!result) {
      any_pending = 1;  // the others wait for the next check
      return false;
    }
  }
  return true;
}

Ref create_signal_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_signal");
  const Value signal = module.get();
  runtime::add_module_functions(interpreter, signal,
                                {{"default_int_handler", &signal_default_int_handler},
                                 {"signal", &signal_signal},
                                 {"getsignal", &signal_getsignal},
                                 {"raise_signal", &signal_raise_signal},
                                 {"strsignal", &signal_strsignal},
                                 {"alarm", &signal_alarm},
                                 {"pause", &signal_pause},
                                 {"valid_signals", &signal_valid_signals},
                                 {"sigpending", &signal_sigpending},
                                 {"pthread_sigmask", &signal_pthread_sigmask},
                                 {"set_wakeup_fd", &signal_set_wakeup_fd},
                                 {"siginterrupt", &signal_siginterrupt},
                                 {"setitimer", &signal_setitimer},
                                 {"getitimer", &signal_getitimer}});
  if (!interpreter.signals.default_int_handler)
    interpreter.signals.default_int_handler =
        Ref::borrow(runtime::dict_get_str(runtime::module_dict(signal), interpreter.intern("default_int_handler")));
  for (const Constant& constant : constants)
    runtime::module_set(interpreter, signal, constant.name, Value::small_int(constant.value));
  runtime::module_set(interpreter, signal, "SIGRTMIN", Value::small_int(SIGRTMIN));
  runtime::module_set(interpreter, signal, "SIGRTMAX", Value::small_int(SIGRTMAX));
  runtime::module_set(interpreter, signal, "SIG_DFL", Value::small_int(0));
  runtime::module_set(interpreter, signal, "SIG_IGN", Value::small_int(1));
  runtime::module_set(interpreter, signal, "ItimerError", Value::object(interpreter.OSError_type));
  return module;
}

}  // namespace krait::modules
