// Native modules: _thread (CPython's Modules/_threadmodule.c), which the
// standard library's threading, functools, reprlib and friends build on.
// Krait runs one thread per interpreter: locks and re-entrant locks keep
// CPython's semantics for that thread (a lock it already holds, acquired
// again without a timeout, waits forever as CPython's would), and starting
// a thread fails with the RuntimeError CPython gives when it cannot.
#include <pthread.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdint>
#include <ctime>
#include <sys/syscall.h>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// CPython's PY_TIMEOUT_MAX in seconds, as _thread.TIMEOUT_MAX shows it.
constexpr double timeout_max = 9223372036.0;

struct LockObject : runtime::Object {
  bool locked = false;
};

// An RLock: owned by the thread `owner` while `count` > 0.
struct RLockObject : runtime::Object {
  std::int64_t owner = 0;
  std::int64_t count = 0;
};

// pthread_self() as CPython's get_ident() shows it (an address: positive
// as an int64).
std::int64_t thread_ident() { return static_cast<std::int64_t>(pthread_self()); }

LockObject* as_lock(Value value) { return static_cast<LockObject*>(value.as_object()); }
RLockObject* as_rlock(Value value) { return static_cast<RLockObject*>(value.as_object()); }

// acquire(blocking=True, timeout=-1)'s arguments: false with the error
// pending; `wait` is negative for "forever".
bool acquire_arguments(Interpreter& interpreter, const Value* arguments, std::size_t count, Value kwnames,
                       bool& blocking, double& wait) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"acquire", {"blocking", "timeout"}, 0, 0, 0}, arguments, count, kwnames,
                               values))
    return false;
  blocking = true;
  if (!values[0].is_null()) {
    const int truth = runtime::truth(interpreter, values[0]);
    if (truth < 0) return false;
    blocking = truth;
  }
  wait = -1;
  if (!values[1].is_null()) {
    Ref seconds = runtime::number_to_float(interpreter, values[1]);
    if (!seconds) return false;
    wait = runtime::float_value(seconds.get());
  }
  if (!blocking && wait != -1) {
    interpreter.set_exception(interpreter.ValueError_type, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (wait < 0 && wait != -1) {
    interpreter.set_exception(interpreter.ValueError_type, "timeout value must be positive");
    return false;
  }
  if (wait * 1e9 >= 9.223372036854775807e18) {
    interpreter.set_exception(interpreter.OverflowError_type, "timestamp out of range for platform time_t");
    return false;
  }
  if (wait > timeout_max) {
    interpreter.set_exception(interpreter.OverflowError_type, "timeout value is too large");
    return false;
  }
  if (!blocking) wait = 0;
  return true;
}

// Waiting for a lock only this thread could release: the timeout passes
// (false), or, without one, the thread waits as CPython's would, forever.
Ref wait_in_vain(Interpreter& interpreter, double wait) {
  if (wait < 0) {
    for (;;) pause();
  }
  timespec remaining{static_cast<time_t>(wait), static_cast<long>((wait - std::floor(wait)) * 1e9)};
  while (nanosleep(&remaining, &remaining) != 0) {
  }
  return interpreter.new_boolean(false);
}

Ref lock_acquire(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool blocking = true;
  double wait = -1;
  if (!acquire_arguments(interpreter, arguments, count, kwnames, blocking, wait)) return Ref();
  LockObject* lock = as_lock(self);
  if (!lock->locked) {
    lock->locked = true;
    return interpreter.new_boolean(true);
  }
  return wait == 0 ? interpreter.new_boolean(false) : wait_in_vain(interpreter, wait);
}

Ref lock_release(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "release", count, kwnames)) return Ref();
  LockObject* lock = as_lock(self);
  if (!lock->locked) return interpreter.raise(interpreter.RuntimeError_type, "release unlocked lock");
  lock->locked = false;
  return interpreter.new_none();
}

// __exit__(*exc_info): releases, whatever the arguments.
Ref lock_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  return lock_release(interpreter, self, nullptr, 0, Value());
}

Ref lock_locked(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "locked", count, kwnames)) return Ref();
  return interpreter.new_boolean(as_lock(self)->locked);
}

// _at_fork_reinit(): the lock is new again (the child of a fork).
Ref lock_at_fork_reinit(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_at_fork_reinit", count, kwnames)) return Ref();
  as_lock(self)->locked = false;
  return interpreter.new_none();
}

Ref lock_repr(Interpreter& interpreter, Value self) {
  const LockObject* lock = as_lock(self);
  return runtime::new_str(interpreter, std::string(lock->locked ? "<locked" : "<unlocked") + " _thread.lock object at " +
                                           runtime::address_text(lock) + ">");
}

void lock_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<LockObject*>(object); }

Ref new_lock(Interpreter& interpreter) {
  auto* lock = new LockObject;
  lock->type = interpreter.thread_lock_type;
  return Ref::steal(Value::object(lock));
}

// ---- RLock -------------------------------------------------------------------

Ref rlock_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  auto* lock = new RLockObject;
  lock->type = static_cast<runtime::Type*>(callee.as_object());
  runtime::incref(callee);
  return Ref::steal(Value::object(lock));
}

void rlock_deallocate(Interpreter&, runtime::Object* object) {
  runtime::Type* type = object->type;
  delete static_cast<RLockObject*>(object);
  runtime::decref(Value::object(type));
}

Ref rlock_acquire(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool blocking = true;
  double wait = -1;
  if (!acquire_arguments(interpreter, arguments, count, kwnames, blocking, wait)) return Ref();
  RLockObject* lock = as_rlock(self);
  const std::int64_t me = thread_ident();
  if (lock->count > 0 && lock->owner != me)
    return wait == 0 ? interpreter.new_boolean(false) : wait_in_vain(interpreter, wait);
  if (lock->count == INT64_MAX) return interpreter.raise(interpreter.OverflowError_type, "Internal lock count overflowed");
  lock->owner = me;
  ++lock->count;
  return interpreter.new_boolean(true);
}

bool owned_by_caller(const RLockObject* lock) { return lock->count > 0 && lock->owner == thread_ident(); }

Ref rlock_release(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "release", count, kwnames)) return Ref();
  RLockObject* lock = as_rlock(self);
  if (!owned_by_caller(lock)) return interpreter.raise(interpreter.RuntimeError_type, "cannot release un-acquired lock");
  if (--lock->count == 0) lock->owner = 0;
  return interpreter.new_none();
}

Ref rlock_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  return rlock_release(interpreter, self, nullptr, 0, Value());
}

Ref rlock_is_owned(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_is_owned", count, kwnames)) return Ref();
  return interpreter.new_boolean(owned_by_caller(as_rlock(self)));
}

Ref rlock_recursion_count(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_recursion_count", count, kwnames)) return Ref();
  const RLockObject* lock = as_rlock(self);
  return runtime::new_int(interpreter, owned_by_caller(lock) ? lock->count : 0);
}

// _release_save(): releases entirely, returning (count, owner) for
// _acquire_restore (threading.Condition.wait).
Ref rlock_release_save(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_release_save", count, kwnames)) return Ref();
  RLockObject* lock = as_rlock(self);
  if (lock->count == 0) return interpreter.raise(interpreter.RuntimeError_type, "cannot release un-acquired lock");
  Ref saved_count = runtime::new_int(interpreter, lock->count);
  Ref saved_owner = runtime::new_int(interpreter, lock->owner);
  lock->count = 0;
  lock->owner = 0;
  const Value state[] = {saved_count.get(), saved_owner.get()};
  return runtime::new_tuple(interpreter, state);
}

Ref rlock_acquire_restore(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_acquire_restore", count, kwnames)) return Ref();
  const Value state = arguments[0];
  if (!runtime::is_tuple(interpreter, state) || runtime::as_tuple(state)->size != 2)
    return interpreter.raise(interpreter.TypeError_type, "_acquire_restore() argument must be a 2-tuple");
  std::int64_t saved[2] = {};
  for (int i = 0; i < 2; ++i) {
    const Value item = runtime::as_tuple(state)->items()[i];
    if (!runtime::is_int(interpreter, item) || !runtime::int_to_int64(interpreter, item, saved[i]))
      return interpreter.raise(interpreter.TypeError_type, "_acquire_restore() argument must be a 2-tuple of ints");
  }
  RLockObject* lock = as_rlock(self);
  lock->count = saved[0];
  lock->owner = saved[1];
  return interpreter.new_none();
}

Ref rlock_at_fork_reinit(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_at_fork_reinit", count, kwnames)) return Ref();
  as_rlock(self)->count = 0;
  as_rlock(self)->owner = 0;
  return interpreter.new_none();
}

Ref rlock_repr(Interpreter& interpreter, Value self) {
  const RLockObject* lock = as_rlock(self);
  return runtime::new_str(interpreter, std::string(lock->count ? "<locked " : "<unlocked ") + lock->type->name +
                                           " object owner=" + std::to_string(lock->owner) +
                                           " count=" + std::to_string(lock->count) + " at " +
                                           runtime::address_text(lock) + ">");
}

// ---- module functions ---------------------------------------------------------

Ref thread_allocate_lock(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "allocate_lock", count, kwnames)) return Ref();
  return new_lock(interpreter);
}

Ref thread_get_ident(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "get_ident", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, thread_ident());
}

Ref thread_get_native_id(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "get_native_id", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, static_cast<std::int64_t>(syscall(SYS_gettid)));
}

// The number of threads started by this module and still running: none.
Ref thread_count(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_count", count, kwnames)) return Ref();
  return Ref::small_int(0);
}

Ref thread_stack_size(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "stack_size", kwnames) ||
      !runtime::check_positional(interpreter, "stack_size", count, 0, 1))
    return Ref();
  std::int64_t size = 0;
  if (count == 1 && !runtime::int_to_int64(interpreter, arguments[0], size)) return Ref();
  if (size != 0 && size < 32768) return interpreter.raise(interpreter.ValueError_type, "size not valid: " + std::to_string(size) + " bytes");
  return Ref::small_int(0);
}

Ref thread_start_new_thread(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "start_new_thread", kwnames) ||
      !runtime::check_positional(interpreter, "start_new_thread", count, 2, 3))
    return Ref();
  if (!runtime::type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "first arg must be callable");
  if (!runtime::is_tuple(interpreter, arguments[1]))
    return interpreter.raise(interpreter.TypeError_type, "2nd arg must be a tuple");
  return interpreter.raise(interpreter.RuntimeError_type, "can't start new thread");
}

Ref thread_exit(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "exit", count, kwnames)) return Ref();
  interpreter.set_exception(interpreter.SystemExit_type, "");
  return Ref();
}

// interrupt_main(signum=SIGINT): the signal, as if it had arrived.
Ref thread_interrupt_main(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value values[1];
  if (!runtime::bind_arguments(interpreter, {"interrupt_main", {"signum"}, 0, 0, 0}, arguments, count, kwnames, values))
    return Ref();
  std::int64_t signal_number = SIGINT;
  if (!values[0].is_null() && !runtime::int_to_int64(interpreter, values[0], signal_number)) return Ref();
  if (signal_number < 1 || signal_number >= NSIG)
    return interpreter.raise(interpreter.ValueError_type, "signal number out of range");
  std::raise(static_cast<int>(signal_number));
  return interpreter.new_none();
}

runtime::Type* make_type(Interpreter& interpreter, const char* name, runtime::UnarySlot repr,
                         runtime::Deallocator deallocate) {
  runtime::Type* type = runtime::new_native_type(interpreter, name, interpreter.object_type);
  type->repr = repr;
  type->deallocate = deallocate;
  return type;
}

}  // namespace

Ref create_thread_module(Interpreter& interpreter) {
  if (!interpreter.thread_lock_type) {
    runtime::Type* lock = make_type(interpreter, "_thread.lock", &lock_repr, &lock_deallocate);
    runtime::add_methods(interpreter, lock,
                         {{"acquire", &lock_acquire},
                          {"acquire_lock", &lock_acquire},
                          {"__enter__", &lock_acquire},
                          {"release", &lock_release},
                          {"release_lock", &lock_release},
                          {"__exit__", &lock_exit},
                          {"locked", &lock_locked},
                          {"locked_lock", &lock_locked},
                          {"_at_fork_reinit", &lock_at_fork_reinit}});
    runtime::ready_native_type(interpreter, lock);
    interpreter.thread_lock_type = lock;

    runtime::Type* rlock = make_type(interpreter, "_thread.RLock", &rlock_repr, &rlock_deallocate);
    rlock->construct = &rlock_construct;
    rlock->subclassable = true;
    runtime::add_methods(interpreter, rlock,
                         {{"acquire", &rlock_acquire},
                          {"__enter__", &rlock_acquire},
                          {"release", &rlock_release},
                          {"__exit__", &rlock_exit},
                          {"_is_owned", &rlock_is_owned},
                          {"_recursion_count", &rlock_recursion_count},
                          {"_release_save", &rlock_release_save},
                          {"_acquire_restore", &rlock_acquire_restore},
                          {"_at_fork_reinit", &rlock_at_fork_reinit}});
    runtime::ready_native_type(interpreter, rlock);
    interpreter.thread_rlock_type = rlock;
  }
  Ref module = runtime::new_module(interpreter, "_thread");
  const Value thread = module.get();
  runtime::add_module_functions(interpreter, thread,
                                {{"allocate_lock", &thread_allocate_lock},
                                 {"allocate", &thread_allocate_lock},
                                 {"_set_sentinel", &thread_allocate_lock},
                                 {"get_ident", &thread_get_ident},
                                 {"get_native_id", &thread_get_native_id},
                                 {"_count", &thread_count},
                                 {"stack_size", &thread_stack_size},
                                 {"start_new_thread", &thread_start_new_thread},
                                 {"start_new", &thread_start_new_thread},
                                 {"exit", &thread_exit},
                                 {"exit_thread", &thread_exit},
                                 {"interrupt_main", &thread_interrupt_main}});
  runtime::module_set(interpreter, thread, "LockType", Value::object(interpreter.thread_lock_type));
  runtime::module_set(interpreter, thread, "RLock", Value::object(interpreter.thread_rlock_type));
  runtime::module_set(interpreter, thread, "error", Value::object(interpreter.RuntimeError_type));
  Ref timeout = runtime::new_float(interpreter, timeout_max);
  runtime::module_set(interpreter, thread, "TIMEOUT_MAX", timeout.get());
  return module;
}

}  // namespace krait::modules
