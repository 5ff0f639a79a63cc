// Native modules: time (CPython's Modules/timemodule.c on Linux): the
// clocks (time, monotonic, perf_counter, process_time, thread_time, each
// also as _ns, clock_gettime/settime/getres and get_clock_info), sleep, the
// conversions between timestamps and struct_time (gmtime, localtime,
// mktime), their text (asctime, ctime, strftime through the C library's
// wcsftime, strptime through _strptime.py) and the local zone (timezone,
// altzone, daylight, tzname, tzset).
#include <pthread.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <cwchar>
#include <string>
#include <vector>

#include "modules/os_arguments.h"
#include "modules/signal_module.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/struct_sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr std::int64_t nanoseconds_per_second = 1000000000;

std::int64_t timespec_nanoseconds(const timespec& value) {
  return static_cast<std::int64_t>(value.tv_sec) * nanoseconds_per_second + value.tv_nsec;
}

Ref seconds_value(Interpreter& interpreter, std::int64_t nanoseconds) {
  return runtime::new_float(interpreter, static_cast<double>(nanoseconds) * 1e-9);
}

// ---- clocks -------------------------------------------------------------------------

// A clock as time.get_clock_info describes it.
struct ClockInfo {
  const char* name;            // get_clock_info's name
  clockid_t clock;
  const char* implementation;
  bool monotonic;
  bool adjustable;
};

// CPython 3.11 reads each of its clocks with clock_gettime on Linux.
constexpr ClockInfo clocks[] = {
    {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true},
    {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
    {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
};

constexpr char time_name[] = "time.time";
constexpr char time_ns_name[] = "time.time_ns";
constexpr char monotonic_name[] = "time.monotonic";
constexpr char monotonic_ns_name[] = "time.monotonic_ns";
constexpr char perf_counter_name[] = "time.perf_counter";
constexpr char perf_counter_ns_name[] = "time.perf_counter_ns";
constexpr char process_time_name[] = "time.process_time";
constexpr char process_time_ns_name[] = "time.process_time_ns";
constexpr char thread_time_name[] = "time.thread_time";
constexpr char thread_time_ns_name[] = "time.thread_time_ns";

// A clock read as float seconds (`nanoseconds` false) or int nanoseconds.
template <const char* name, clockid_t clock, bool nanoseconds>
Ref read_clock(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, name, count, kwnames)) return Ref();
  timespec now{};
  if (clock_gettime(clock, &now) != 0) return errno_error(interpreter);
  if constexpr (nanoseconds) return runtime::new_int(interpreter, timespec_nanoseconds(now));
  return seconds_value(interpreter, timespec_nanoseconds(now));
}

// A clk_id argument (the "i" converter) of a function taking `maximum`
// arguments.
bool clock_arguments(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                     Value kwnames, std::size_t expected, clockid_t& clock) {
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, expected, expected))
    return false;
  int value = 0;
  if (!runtime::index_to_c_int(interpreter, arguments[0], value)) return false;
  clock = static_cast<clockid_t>(value);
  return true;
}

template <bool nanoseconds>
Ref time_clock_gettime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  clockid_t clock = 0;
  if (!clock_arguments(interpreter, nanoseconds ? "clock_gettime_ns" : "clock_gettime", arguments, count, kwnames, 1,
                       clock))
    return Ref();
  timespec now{};
  if (clock_gettime(clock, &now) != 0) return errno_error(interpreter);
  if constexpr (nanoseconds) return runtime::new_int(interpreter, timespec_nanoseconds(now));
  return seconds_value(interpreter, timespec_nanoseconds(now));
}

Ref time_clock_getres(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  clockid_t clock = 0;
  if (!clock_arguments(interpreter, "clock_getres", arguments, count, kwnames, 1, clock)) return Ref();
  timespec resolution{};
  if (clock_getres(clock, &resolution) != 0) return errno_error(interpreter);
  return runtime::new_float(interpreter,
                            static_cast<double>(resolution.tv_sec) + static_cast<double>(resolution.tv_nsec) * 1e-9);
}

// Seconds as CPython's _PyTime_FromSecondsObject converts a duration or an
// instant to nanoseconds (rounding toward +inf when `ceiling`, else half
// to even): ValueError for NaN, OverflowError beyond the 64-bit range.
bool nanoseconds_argument(Interpreter& interpreter, Value value, bool ceiling, std::int64_t& out) {
  if (runtime::is_float(interpreter, value)) {
    const double seconds = runtime::float_value(value);
    if (std::isnan(seconds)) {
      interpreter.set_exception(interpreter.ValueError_type, "Invalid value NaN (not a number)");
      return false;
    }
    double nanoseconds = seconds * 1e9;
    nanoseconds = ceiling ? std::ceil(nanoseconds) : std::nearbyint(nanoseconds);
    if (!(nanoseconds >= -9.2233720368547758e18 && nanoseconds < 9.2233720368547758e18)) {
      interpreter.set_exception(interpreter.OverflowError_type, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<std::int64_t>(nanoseconds);
    return true;
  }
  Ref integer = runtime::number_index(interpreter, value);
  if (!integer) return false;
  std::int64_t seconds = 0;
  if (!runtime::int_to_int64(interpreter, integer.get(), seconds) ||
      __builtin_mul_overflow(seconds, nanoseconds_per_second, &out)) {
    interpreter.set_exception(interpreter.OverflowError_type, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

timespec to_timespec(std::int64_t nanoseconds) {
  timespec value{};
  value.tv_sec = static_cast<time_t>(nanoseconds / nanoseconds_per_second);
  value.tv_nsec = static_cast<long>(nanoseconds % nanoseconds_per_second);
  if (value.tv_nsec < 0) {
    value.tv_nsec += nanoseconds_per_second;
    --value.tv_sec;
  }
  return value;
}

template <bool nanoseconds>
Ref time_clock_settime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  clockid_t clock = 0;
  if (!clock_arguments(interpreter, nanoseconds ? "clock_settime_ns" : "clock_settime", arguments, count, kwnames, 2,
                       clock))
    return Ref();
  std::int64_t value = 0;
  if constexpr (nanoseconds) {
    Ref integer = runtime::number_index(interpreter, arguments[1]);
    if (!integer) return Ref();
    if (!runtime::int_to_int64(interpreter, integer.get(), value))
      return interpreter.raise(interpreter.OverflowError_type, "timestamp too large to convert to C _PyTime_t");
  } else if (!nanoseconds_argument(interpreter, arguments[1], false, value)) {
    return Ref();
  }
  const timespec when = to_timespec(value);
  if (clock_settime(clock, &when) != 0) return errno_error(interpreter);
  return interpreter.new_none();
}

Ref time_pthread_getcpuclockid(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                               Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "pthread_getcpuclockid", kwnames) ||
      !runtime::check_argument_count(interpreter, "pthread_getcpuclockid", count, 1, 1))
    return Ref();
  Ref integer = runtime::number_index(interpreter, arguments[0]);
  if (!integer) return Ref();
  std::uint64_t thread = 0;
  if (!runtime::int_to_uint64(interpreter, integer.get(), thread))
    return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C unsigned long");
  clockid_t clock = 0;
  const int error = pthread_getcpuclockid(static_cast<pthread_t>(thread), &clock);
  if (error != 0) {
    errno = error;
    return errno_error(interpreter);
  }
  return runtime::new_int(interpreter, clock);
}

// get_clock_info(name): a namespace(implementation, monotonic, adjustable,
// resolution).
Ref time_get_clock_info(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get_clock_info", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "get_clock_info", count, 1, 1))
    return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "get_clock_info() argument 1 must be str, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  const std::string_view name = runtime::str_utf8(arguments[0]);
  for (const ClockInfo& info : clocks) {
    if (name != info.name) continue;
    timespec resolution{};
    if (clock_getres(info.clock, &resolution) != 0) return errno_error(interpreter);
    Ref result = runtime::call(interpreter, Value::object(interpreter.namespace_type), nullptr, 0);
    if (!result) return Ref();
    Ref implementation = runtime::new_str(interpreter, info.implementation);
    Ref resolution_value = runtime::new_float(
        interpreter, static_cast<double>(resolution.tv_sec) + static_cast<double>(resolution.tv_nsec) * 1e-9);
    for (auto [attribute, value] : {std::pair{"implementation", implementation.get()},
                                    std::pair{"monotonic", interpreter.boolean(info.monotonic)},
                                    std::pair{"adjustable", interpreter.boolean(info.adjustable)},
                                    std::pair{"resolution", resolution_value.get()}})
      if (!runtime::set_attribute(interpreter, result.get(), interpreter.intern(attribute), value)) return Ref();
    return result;
  }
  return interpreter.raise(interpreter.ValueError_type, "unknown clock");
}

// ---- sleep ----------------------------------------------------------------------------

// The one place the time module blocks: waits until `deadline` on the
// monotonic clock, running signal handlers when a signal interrupts the
// wait (PEP 475), which may raise. The GIL is released around the
// clock_nanosleep call: other threads run meanwhile.
bool sleep_until(Interpreter& interpreter, const timespec& deadline) {
  for (;;) {
    int error;
    {
      runtime::GilReleased released(interpreter);
      error = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    }
    if (error == 0) return true;
    if (error != EINTR) {
      errno = error;
      return static_cast<bool>(errno_error(interpreter));
    }
    if (!check_signals(interpreter)) return false;
  }
}

Ref time_sleep(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "time.sleep", kwnames) ||
      !runtime::check_positional(interpreter, "time.sleep", count, 1, 1))
    return Ref();
  std::int64_t duration = 0;
  if (!nanoseconds_argument(interpreter, arguments[0], true, duration)) return Ref();
  if (duration < 0) return interpreter.raise(interpreter.ValueError_type, "sleep length must be non-negative");
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (!sleep_until(interpreter, to_timespec(timespec_nanoseconds(now) + duration))) return Ref();
  return interpreter.new_none();
}

// ---- struct_time ------------------------------------------------------------------------

runtime::Type* struct_time_type(Interpreter& interpreter) {
  if (!interpreter.time_struct_time_type)
    interpreter.time_struct_time_type = runtime::new_struct_sequence_type(
        interpreter, "time.struct_time",
        {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
         "tm_gmtoff"},
        9, true);
  return interpreter.time_struct_time_type;
}

// A struct tm as a struct_time: the actual year, months from 1, Monday
// as day 0, days of the year from 1.
Ref new_struct_time(Interpreter& interpreter, const struct tm& value) {
  Ref zone = decode_path(interpreter, value.tm_zone ? value.tm_zone : "", false);
  if (!zone) return Ref();
  const Value items[] = {Value::small_int(value.tm_year + 1900LL), Value::small_int(value.tm_mon + 1),
                         Value::small_int(value.tm_mday),          Value::small_int(value.tm_hour),
                         Value::small_int(value.tm_min),           Value::small_int(value.tm_sec),
                         Value::small_int((value.tm_wday + 6) % 7), Value::small_int(value.tm_yday + 1),
                         Value::small_int(value.tm_isdst),         zone.get(),
                         Value::small_int(value.tm_gmtoff)};
  return runtime::new_struct_sequence(interpreter, struct_time_type(interpreter), items);
}

// A timestamp argument as CPython's _PyTime_ObjectToTime_t takes it (floats
// rounded down); None or no argument is now.
bool timestamp_argument(Interpreter& interpreter, Value value, time_t& out) {
  if (value.is_null() || value == interpreter.none()) {
    out = time(nullptr);
    return true;
  }
  if (runtime::is_float(interpreter, value)) {
    const double seconds = std::floor(runtime::float_value(value));
    if (std::isnan(seconds)) {
      interpreter.set_exception(interpreter.ValueError_type, "Invalid value NaN (not a number)");
      return false;
    }
    if (!(seconds >= -9.2233720368547758e18 && seconds < 9.2233720368547758e18)) {
      interpreter.set_exception(interpreter.OverflowError_type, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<time_t>(seconds);
    return true;
  }
  Ref integer = runtime::number_index(interpreter, value);
  if (!integer) return false;
  std::int64_t seconds = 0;
  if (!runtime::int_to_int64(interpreter, integer.get(), seconds)) {
    interpreter.set_exception(interpreter.OverflowError_type, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(seconds);
  return true;
}

// The optional timestamp of gmtime, localtime and ctime (PyArg_ParseTuple's
// "|O:name").
bool optional_timestamp(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                        Value kwnames, time_t& out) {
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_tuple_arguments(interpreter, name, count, 0, 1))
    return false;
  return timestamp_argument(interpreter, count ? arguments[0] : Value(), out);
}

// gmtime_r/localtime_r, OSError from errno on failure (EOVERFLOW: a year
// beyond int).
bool broken_down(Interpreter& interpreter, time_t when, bool local, struct tm& out) {
  errno = 0;
  if ((local ? localtime_r(&when, &out) : gmtime_r(&when, &out)) != nullptr) return true;
  if (errno == 0) errno = EINVAL;
  return static_cast<bool>(errno_error(interpreter));
}

template <bool local>
Ref time_broken_down(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = local ? "localtime" : "gmtime";
  time_t when = 0;
  struct tm value {};
  if (!optional_timestamp(interpreter, name, arguments, count, kwnames, when) ||
      !broken_down(interpreter, when, local, value))
    return Ref();
  return new_struct_time(interpreter, value);
}

// A tuple or struct_time argument as a struct tm (CPython's gettmarg); a
// struct_time's tm_zone stays alive in `zone` while `out` points at it.
// `function` names the caller in "asctime(): illegal time tuple argument".
bool time_tuple_argument(Interpreter& interpreter, Value value, const char* function, struct tm& out,
                         std::string& zone) {
  out = {};
  if (!runtime::is_tuple_instance(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "Tuple or struct_time argument required");
    return false;
  }
  const runtime::TupleObject* tuple = runtime::as_tuple(value);
  if (tuple->size != 9) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "(): illegal time tuple argument");
    return false;
  }
  int fields[9];
  for (int i = 0; i < 9; ++i) {
    Ref integer = runtime::number_index(interpreter, tuple->items()[i]);
    if (!integer) return false;
    std::int64_t field = 0;
    const bool fits = runtime::int_to_int64(interpreter, integer.get(), field);
    if (!fits || field > INT_MAX || field < INT_MIN) {
      interpreter.set_exception(interpreter.OverflowError_type, runtime::int_sign(interpreter, integer.get()) > 0
                                                                    ? "signed integer is greater than maximum"
                                                                    : "signed integer is less than minimum");
      return false;
    }
    fields[i] = static_cast<int>(field);
  }
  if (fields[0] < INT_MIN + 1900) {
    interpreter.set_exception(interpreter.OverflowError_type, "year out of range");
    return false;
  }
  out.tm_year = fields[0] - 1900;
  out.tm_mon = fields[1] - 1;
  out.tm_mday = fields[2];
  out.tm_hour = fields[3];
  out.tm_min = fields[4];
  out.tm_sec = fields[5];
  out.tm_wday = (fields[6] + 1) % 7;
  out.tm_yday = fields[7] - 1;
  out.tm_isdst = fields[8];
  if (value.as_object()->type == interpreter.time_struct_time_type) {
    const Value zone_item = tuple->items()[9];
    if (zone_item != interpreter.none()) {
      if (!runtime::is_str(interpreter, zone_item)) {
        interpreter.set_exception(interpreter.TypeError_type, "bad argument type for built-in operation");
        return false;
      }
      zone = runtime::str_utf8(zone_item);
      out.tm_zone = zone.c_str();
    }
    const Value offset = tuple->items()[10];
    if (offset != interpreter.none()) {
      Ref integer = runtime::number_index(interpreter, offset);
      std::int64_t seconds = 0;
      if (!integer) return false;
      if (!runtime::int_to_int64(interpreter, integer.get(), seconds)) {
        interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C long");
        return false;
      }
      out.tm_gmtoff = seconds;
    }
  }
  return true;
}

// The field ranges strftime and asctime accept (CPython's checktm); a zero
// month, day of month or day of year means the first.
bool check_time_fields(Interpreter& interpreter, struct tm& value) {
  const char* problem = nullptr;
  if (value.tm_mon == -1)
    value.tm_mon = 0;
  else if (value.tm_mon < 0 || value.tm_mon > 11)
    problem = "month out of range";
  if (!problem) {
    if (value.tm_mday == 0)
      value.tm_mday = 1;
    else if (value.tm_mday < 0 || value.tm_mday > 31)
      problem = "day of month out of range";
  }
  if (!problem && (value.tm_hour < 0 || value.tm_hour > 23)) problem = "hour out of range";
  if (!problem && (value.tm_min < 0 || value.tm_min > 59)) problem = "minute out of range";
  if (!problem && (value.tm_sec < 0 || value.tm_sec > 61)) problem = "seconds out of range";
  if (!problem && value.tm_wday < 0) problem = "day of week out of range";
  if (!problem) {
    if (value.tm_yday == -1)
      value.tm_yday = 0;
    else if (value.tm_yday < 0 || value.tm_yday > 365)
      problem = "day of year out of range";
  }
  if (!problem) return true;
  interpreter.set_exception(interpreter.ValueError_type, problem);
  return false;
}

// The optional time tuple of asctime and strftime: now, in local time,
// when not given.
bool optional_time_tuple(Interpreter& interpreter, Value value, const char* function, struct tm& out,
                         std::string& zone) {
  if (value.is_null()) return broken_down(interpreter, time(nullptr), true, out);
  return time_tuple_argument(interpreter, value, function, out, zone) && check_time_fields(interpreter, out);
}

// "Sun Jun 20 23:21:05 1993", as CPython formats it (any year).
Ref asctime_text(Interpreter& interpreter, const struct tm& value) {
  static const char weekdays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  std::snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %lld", weekdays[value.tm_wday], months[value.tm_mon],
                value.tm_mday, value.tm_hour, value.tm_min, value.tm_sec, value.tm_year + 1900LL);
  return runtime::new_str(interpreter, text);
}

Ref time_asctime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "asctime", kwnames) ||
      !runtime::check_argument_count(interpreter, "asctime", count, 0, 1))
    return Ref();
  struct tm value {};
  std::string zone;
  if (!optional_time_tuple(interpreter, count ? arguments[0] : Value(), "asctime", value, zone)) return Ref();
  return asctime_text(interpreter, value);
}

Ref time_ctime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  time_t when = 0;
  struct tm value {};
  if (!optional_timestamp(interpreter, "ctime", arguments, count, kwnames, when) ||
      !broken_down(interpreter, when, true, value))
    return Ref();
  return asctime_text(interpreter, value);
}

Ref time_mktime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "mktime", count, kwnames)) return Ref();
  struct tm value {};
  std::string zone;
  if (!time_tuple_argument(interpreter, arguments[0], "mktime", value, zone)) return Ref();
  value.tm_wday = -1;  // mktime sets it on success: -1 is also a valid timestamp
  const time_t result = mktime(&value);
  if (result == static_cast<time_t>(-1) && value.tm_wday == -1)
    return interpreter.raise(interpreter.OverflowError_type, "mktime argument out of range");
  return runtime::new_float(interpreter, static_cast<double>(result));
}

// strftime(format[, tuple]): the C library's wcsftime over the format's
// code points, so the locale's names come out as text.
Ref time_strftime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "strftime", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "strftime", count, 1, 2))
    return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "strftime() argument 1 must be str, not " +
                                                             runtime::argument_type_name(interpreter, arguments[0]));
  struct tm value {};
  std::string zone;
  if (!optional_time_tuple(interpreter, count == 2 ? arguments[1] : Value(), "strftime", value, zone)) return Ref();
  // %Z may index an array by tm_isdst.
  if (value.tm_isdst < -1) value.tm_isdst = -1;
  if (value.tm_isdst > 1) value.tm_isdst = 1;
  std::wstring format;
  const bool has_null = runtime::visit_code_points(runtime::as_str(arguments[0]), [&](const auto* points) {
    const std::int64_t length = runtime::as_str(arguments[0])->length;
    for (std::int64_t i = 0; i < length; ++i) {
      if (points[i] == 0) return true;
      format += static_cast<wchar_t>(points[i]);
    }
    return false;
  });
  if (has_null) return interpreter.raise(interpreter.ValueError_type, "embedded null character");
  // An empty result may be a too small buffer or simply empty (%Z with no
  // zone): CPython stops trying at 256 times the format's length.
  std::vector<wchar_t> out;
  for (std::size_t size = 1024;; size *= 2) {
    out.resize(size);
    const std::size_t length = wcsftime(out.data(), size, format.c_str(), &value);
    if (length > 0 || size >= 256 * format.size()) {
      runtime::StrBuilder builder(interpreter, static_cast<std::int64_t>(length));
      for (std::size_t i = 0; i < length; ++i) builder.append(static_cast<char32_t>(out[i]));
      return builder.finish();
    }
  }
}

// strptime(string, format): _strptime._strptime_time's work.
Ref time_strptime(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Ref module = runtime::import_module(interpreter, "_strptime");
  if (!module) return Ref();
  Ref function = runtime::get_attribute(interpreter, module.get(), interpreter.intern("_strptime_time"));
  if (!function) return Ref();
  return runtime::call(interpreter, function.get(), arguments, count, kwnames);
}

// ---- the local zone -----------------------------------------------------------------

// timezone, altzone, daylight and tzname from the offsets of January and
// July of this year, as CPython 3.11 finds them on glibc (the southern
// hemisphere has its summer in January).
bool set_zone_attributes(Interpreter& interpreter, Value module) {
  tzset();
  constexpr time_t year = (365 * 24 + 6) * 3600;
  time_t when = (time(nullptr) / year) * year;
  struct tm january {}, july {};
  if (!broken_down(interpreter, when, true, january)) return false;
  when += year / 2;
  if (!broken_down(interpreter, when, true, july)) return false;
  const long january_zone = -january.tm_gmtoff, july_zone = -july.tm_gmtoff;
  const bool reversed = january_zone < july_zone;
  const struct tm& standard = reversed ? july : january;
  const struct tm& summer = reversed ? january : july;
  Ref names[2] = {decode_path(interpreter, std::string(standard.tm_zone ? standard.tm_zone : "").substr(0, 9), false),
                  decode_path(interpreter, std::string(summer.tm_zone ? summer.tm_zone : "").substr(0, 9), false)};
  if (!names[0] || !names[1]) return false;
  const Value name_values[] = {names[0].get(), names[1].get()};
  Ref tzname = runtime::new_tuple(interpreter, name_values);
  runtime::module_set(interpreter, module, "timezone", Value::small_int(-standard.tm_gmtoff));
  runtime::module_set(interpreter, module, "altzone", Value::small_int(-summer.tm_gmtoff));
  runtime::module_set(interpreter, module, "daylight", Value::small_int(january_zone != july_zone));
  runtime::module_set(interpreter, module, "tzname", tzname.get());
  return true;
}

// tzset(): the zone from os.environ['TZ'] again, and the module's zone
// attributes with it.
Ref time_tzset(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "tzset", count, kwnames)) return Ref();
  Ref module = runtime::import_module(interpreter, "time");
  if (!module || !set_zone_attributes(interpreter, module.get())) return Ref();
  return interpreter.new_none();
}

constexpr IntConstant clock_constants[] = {
    {"CLOCK_REALTIME", CLOCK_REALTIME},
    {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
    {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_TAI", CLOCK_TAI},
    {"_STRUCT_TM_ITEMS", 11},
};

}  // namespace

Ref create_time_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "time");
  const Value time = module.get();
  runtime::add_module_functions(
      interpreter, time,
      {{"time", &read_clock<time_name, CLOCK_REALTIME, false>},
       {"time_ns", &read_clock<time_ns_name, CLOCK_REALTIME, true>},
       {"monotonic", &read_clock<monotonic_name, CLOCK_MONOTONIC, false>},
       {"monotonic_ns", &read_clock<monotonic_ns_name, CLOCK_MONOTONIC, true>},
       {"perf_counter", &read_clock<perf_counter_name, CLOCK_MONOTONIC, false>},
       {"perf_counter_ns", &read_clock<perf_counter_ns_name, CLOCK_MONOTONIC, true>},
       {"process_time", &read_clock<process_time_name, CLOCK_PROCESS_CPUTIME_ID, false>},
       {"process_time_ns", &read_clock<process_time_ns_name, CLOCK_PROCESS_CPUTIME_ID, true>},
       {"thread_time", &read_clock<thread_time_name, CLOCK_THREAD_CPUTIME_ID, false>},
       {"thread_time_ns", &read_clock<thread_time_ns_name, CLOCK_THREAD_CPUTIME_ID, true>},
       {"clock_gettime", &time_clock_gettime<false>},
       {"clock_gettime_ns", &time_clock_gettime<true>},
       {"clock_settime", &time_clock_settime<false>},
       {"clock_settime_ns", &time_clock_settime<true>},
       {"clock_getres", &time_clock_getres},
       {"pthread_getcpuclockid", &time_pthread_getcpuclockid},
       {"get_clock_info", &time_get_clock_info},
       {"sleep", &time_sleep},
       {"gmtime", &time_broken_down<false>},
       {"localtime", &time_broken_down<true>},
       {"asctime", &time_asctime},
       {"ctime", &time_ctime},
       {"mktime", &time_mktime},
       {"strftime", &time_strftime},
       {"strptime", &time_strptime},
       {"tzset", &time_tzset}});
  add_int_constants(interpreter, time, clock_constants);
  runtime::module_set(interpreter, time, "struct_time", Value::object(struct_time_type(interpreter)));
  if (!set_zone_attributes(interpreter, time)) return Ref();
  return module;
}

}  // namespace krait::modules
