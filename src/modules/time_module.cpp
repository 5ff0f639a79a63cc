// Native modules: time, the clocks of CPython's Modules/timemodule.c that
// programs use to measure and wait: time, monotonic, perf_counter,
// process_time (each also as _ns), and sleep.
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <ctime>

#include "modules/signal_module.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

std::int64_t clock_nanoseconds(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

constexpr char time_name[] = "time.time";
constexpr char time_ns_name[] = "time.time_ns";
constexpr char monotonic_name[] = "time.monotonic";
constexpr char monotonic_ns_name[] = "time.monotonic_ns";
constexpr char perf_counter_name[] = "time.perf_counter";
constexpr char perf_counter_ns_name[] = "time.perf_counter_ns";
constexpr char process_time_name[] = "time.process_time";
constexpr char process_time_ns_name[] = "time.process_time_ns";

// A clock read as float seconds (`nanoseconds` false) or int nanoseconds.
template <const char* name, clockid_t clock, bool nanoseconds>
Ref read_clock(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, name, count, kwnames)) return Ref();
  const std::int64_t value = clock_nanoseconds(clock);
  if constexpr (nanoseconds) return runtime::new_int(interpreter, value);
  return runtime::new_float(interpreter, static_cast<double>(value) * 1e-9);
}

Ref time_sleep(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "sleep", kwnames) ||
      !runtime::check_positional(interpreter, "sleep", count, 1, 1))
    return Ref();
  double seconds = 0;
  if (arguments[0].is_small_int()) {
    seconds = static_cast<double>(arguments[0].as_small_int());
  } else if (runtime::is_float(interpreter, arguments[0])) {
    seconds = runtime::float_value(arguments[0]);
  } else if (!runtime::int_to_double(interpreter, arguments[0], seconds)) {
    return Ref();
  }
  if (std::isnan(seconds)) return interpreter.raise(interpreter.ValueError_type, "Invalid value NaN (not a number)");
  if (seconds < 0) return interpreter.raise(interpreter.ValueError_type, "sleep length must be non-negative");
  timespec wait{};
  wait.tv_sec = static_cast<time_t>(seconds);
  wait.tv_nsec = static_cast<long>((seconds - std::floor(seconds)) * 1e9);
  // A signal interrupting the wait runs its handler, which may raise.
  for (;;) {
    int result;
    {
      runtime::GilReleased released(interpreter);  // other threads run meanwhile
      result = nanosleep(&wait, &wait);
    }
    if (result == 0 || errno != EINTR) break;
    if (!check_signals(interpreter)) return Ref();
  }
  return interpreter.new_none();
}

}  // namespace

Ref create_time_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "time");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"time", &read_clock<time_name, CLOCK_REALTIME, false>},
                                 {"time_ns", &read_clock<time_ns_name, CLOCK_REALTIME, true>},
                                 {"monotonic", &read_clock<monotonic_name, CLOCK_MONOTONIC, false>},
                                 {"monotonic_ns", &read_clock<monotonic_ns_name, CLOCK_MONOTONIC, true>},
                                 {"perf_counter", &read_clock<perf_counter_name, CLOCK_MONOTONIC, false>},
                                 {"perf_counter_ns", &read_clock<perf_counter_ns_name, CLOCK_MONOTONIC, true>},
                                 {"process_time", &read_clock<process_time_name, CLOCK_PROCESS_CPUTIME_ID, false>},
                                 {"process_time_ns", &read_clock<process_time_ns_name, CLOCK_PROCESS_CPUTIME_ID, true>},
                                 {"sleep", &time_sleep}});
  return module;
}

}  // namespace krait::modules
