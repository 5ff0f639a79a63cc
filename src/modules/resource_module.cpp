// Native modules: resource (CPython's Modules/resource.c): resource limits
// (getrlimit, setrlimit, prlimit: RLIM_INFINITY shows as -1), usage
// (getrusage as resource.struct_rusage, times as float seconds) and the
// page size.
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "modules/os_arguments.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
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

Ref seconds_value(Interpreter& interpreter, const timeval& time) {
  return runtime::new_float(interpreter, static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) * 1e-6);
}

// getrusage(who, /)
Ref resource_getrusage(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int who = 0;
  if (!runtime::check_one_argument(interpreter, "getrusage", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], who))
    return Ref();
  rusage usage{};
  if (getrusage(who, &usage) < 0) {
    if (errno == EINVAL) return interpreter.raise(interpreter.ValueError_type, "invalid who parameter");
    return errno_error(interpreter);
  }
  std::vector<Ref> fields;
  fields.push_back(seconds_value(interpreter, usage.ru_utime));
  fields.push_back(seconds_value(interpreter, usage.ru_stime));
  for (const long number : {usage.ru_maxrss, usage.ru_ixrss, usage.ru_idrss, usage.ru_isrss, usage.ru_minflt,
                            usage.ru_majflt, usage.ru_nswap, usage.ru_inblock, usage.ru_oublock, usage.ru_msgsnd,
                            usage.ru_msgrcv, usage.ru_nsignals, usage.ru_nvcsw, usage.ru_nivcsw})
    fields.push_back(runtime::new_int(interpreter, number));
  std::vector<Value> items;
  for (const Ref& field : fields) items.push_back(field.get());
  return runtime::new_struct_sequence(interpreter, interpreter.proc_modules.rusage_type, items);
}

bool resource_argument(Interpreter& interpreter, Value value, int& out) {
  if (!runtime::int_argument(interpreter, value, out)) return false;
  if (out >= 0 && out < RLIM_NLIMITS) return true;
  interpreter.set_exception(interpreter.ValueError_type, "invalid resource specified");
  return false;
}

// A limit as Python shows it: RLIM_INFINITY is -1.
Ref limit_value(Interpreter& interpreter, rlim_t limit) {
  return runtime::new_int(interpreter, limit == RLIM_INFINITY ? -1 : static_cast<std::int64_t>(limit));
}

Ref limits_tuple(Interpreter& interpreter, const rlimit& limits) {
  Ref soft = limit_value(interpreter, limits.rlim_cur), hard = limit_value(interpreter, limits.rlim_max);
  const Value items[] = {soft.get(), hard.get()};
  return runtime::new_tuple(interpreter, items);
}

// A (soft, hard) pair of limits: any iterable of two integers.
bool limits_argument(Interpreter& interpreter, Value value, rlimit& out) {
  const Value* items = nullptr;
  std::size_t size = 0;
  Ref held = runtime::join_items(interpreter, value, items, size);
  if (!held) {
    if (interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      interpreter.set_exception(interpreter.TypeError_type,
                                "'" + runtime::type_of(interpreter, value)->name + "' object is not iterable");
    }
    return false;
  }
  if (size != 2) {
    interpreter.set_exception(interpreter.ValueError_type, "expected a tuple of 2 integers");
    return false;
  }
  std::int64_t soft = 0, hard = 0;
  if (!runtime::index_argument(interpreter, items[0], soft) || !runtime::index_argument(interpreter, items[1], hard))
    return false;
  out.rlim_cur = soft == -1 ? RLIM_INFINITY : static_cast<rlim_t>(soft);
  out.rlim_max = hard == -1 ? RLIM_INFINITY : static_cast<rlim_t>(hard);
  return true;
}

// setrlimit's and prlimit's errors: ValueError for the limits themselves.
Ref limit_error(Interpreter& interpreter) {
  if (errno == EINVAL) return interpreter.raise(interpreter.ValueError_type, "current limit exceeds maximum limit");
  if (errno == EPERM) return interpreter.raise(interpreter.ValueError_type, "not allowed to raise maximum limit");
  return errno_error(interpreter);
}

// getrlimit(resource, /)
Ref resource_getrlimit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int resource = 0;
  if (!runtime::check_one_argument(interpreter, "getrlimit", count, kwnames) ||
      !resource_argument(interpreter, arguments[0], resource))
    return Ref();
  rlimit limits{};
  if (getrlimit(static_cast<__rlimit_resource_t>(resource), &limits) < 0) return errno_error(interpreter);
  return limits_tuple(interpreter, limits);
}

// setrlimit(resource, limits, /)
Ref resource_setrlimit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int resource = 0;
  rlimit limits{};
  if (!runtime::reject_keywords(interpreter, "setrlimit", kwnames) ||
      !runtime::check_argument_count(interpreter, "setrlimit", count, 2, 2) ||
      !resource_argument(interpreter, arguments[0], resource) || !limits_argument(interpreter, arguments[1], limits))
    return Ref();
  if (setrlimit(static_cast<__rlimit_resource_t>(resource), &limits) < 0) return limit_error(interpreter);
  return interpreter.new_none();
}

// prlimit(pid, resource, [limits], /): the old limits, after setting new
// ones when given.
Ref resource_prlimit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int pid = 0, resource = 0;
  if (!runtime::reject_keywords(interpreter, "prlimit", kwnames) ||
      !runtime::check_argument_count(interpreter, "prlimit", count, 2, 3) ||
      !runtime::int_argument(interpreter, arguments[0], pid) || !resource_argument(interpreter, arguments[1], resource))
    return Ref();
  rlimit limits{}, old{};
  const bool setting = count == 3 && arguments[2] != interpreter.none();
  if (setting && !limits_argument(interpreter, arguments[2], limits)) return Ref();
  if (prlimit(pid, static_cast<__rlimit_resource>(resource), setting ? &limits : nullptr, &old) < 0)
    return limit_error(interpreter);
  return limits_tuple(interpreter, old);
}

Ref resource_getpagesize(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getpagesize", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, sysconf(_SC_PAGESIZE));
}

constexpr IntConstant constants[] = {
    {"RLIMIT_CPU", RLIMIT_CPU},         {"RLIMIT_FSIZE", RLIMIT_FSIZE},     {"RLIMIT_DATA", RLIMIT_DATA},
    {"RLIMIT_STACK", RLIMIT_STACK},     {"RLIMIT_CORE", RLIMIT_CORE},       {"RLIMIT_NOFILE", RLIMIT_NOFILE},
    {"RLIMIT_OFILE", RLIMIT_OFILE},     {"RLIMIT_AS", RLIMIT_AS},           {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_NPROC", RLIMIT_NPROC},     {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE},
    {"RLIMIT_NICE", RLIMIT_NICE},       {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},   {"RLIMIT_RTTIME", RLIMIT_RTTIME},
    {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING}, {"RUSAGE_SELF", RUSAGE_SELF}, {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
    {"RUSAGE_THREAD", RUSAGE_THREAD},   {"RLIM_INFINITY", -1},
};

}  // namespace

Ref create_resource_module(Interpreter& interpreter) {
  auto& state = interpreter.proc_modules;
  if (!state.rusage_type)
    state.rusage_type = runtime::new_struct_sequence_type(
        interpreter, "resource.struct_rusage",
        {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
         "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"},
        16, true);
  Ref module = runtime::new_module(interpreter, "resource");
  const Value resource = module.get();
  runtime::add_module_functions(interpreter, resource,
                                {{"getrusage", &resource_getrusage},
                                 {"getrlimit", &resource_getrlimit},
                                 {"setrlimit", &resource_setrlimit},
                                 {"prlimit", &resource_prlimit},
                                 {"getpagesize", &resource_getpagesize}});
  runtime::module_set(interpreter, resource, "error", Value::object(interpreter.OSError_type));
  runtime::module_set(interpreter, resource, "struct_rusage", Value::object(state.rusage_type));
  add_int_constants(interpreter, resource, constants);
  return module;
}

}  // namespace krait::modules
