// Native modules: _thread (CPython's Modules/_threadmodule.c), which the
// standard library's threading builds on: real threads, each running one
// callable under the interpreter's GIL (runtime/thread_state.h), and the
// locks they share. A lock waits with the GIL released. threading falls
// back on its pure-Python excepthook and on _threading_local's local.
#include "modules/thread_module.h"

#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <memory>
#include <mutex>
#include <new>
#include <sys/syscall.h>
#include <vector>

#include "modules/signal_module.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "support/large_stack.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// CPython's PY_TIMEOUT_MAX in seconds, as _thread.TIMEOUT_MAX shows it.
constexpr double timeout_max = 9223372036.0;

// The lock under _thread.lock and RLock (CPython's PyThread_type_lock): a
// flag guarded by a mutex, waited for with the GIL released. Any thread
// may release it.
class WaitableLock {
 public:
  static constexpr std::chrono::milliseconds signal_poll{20};

  bool try_acquire() {
    std::lock_guard<std::mutex> guard(mutex_);
    return !std::exchange(locked_, true);
  }
  // Waits at most `wait` seconds (negative: for ever): 1 when it got the
  // lock, 0 when the time ran out. The main thread, `interruptible`, runs
  // the handlers of signals arriving meanwhile (CPython's acquire_timed; a
  // signal may reach another thread, so it looks every `signal_poll`): -1
  // with the exception a handler raised pending.
  int acquire(Interpreter& interpreter, double wait, bool interruptible = true) {
    if (try_acquire()) return 1;
    if (wait == 0) return 0;
    using Clock = std::chrono::steady_clock;
    const bool polling = interruptible && interpreter.current_thread == interpreter.main_thread;
    const Clock::time_point deadline =
        wait < 0 ? Clock::time_point::max()
                 : Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(wait));
    for (;;) {
      bool got = false;
      {
        runtime::GilReleased released(interpreter);
        std::unique_lock<std::mutex> lock(mutex_);
        const auto free = [this] { return !locked_; };
        if (polling) {
          got = released_.wait_until(lock, std::min(deadline, Clock::now() + signal_poll), free);
        } else if (wait < 0) {
          released_.wait(lock, free);
          got = true;
        } else {
          got = released_.wait_until(lock, deadline, free);
        }
        if (got) locked_ = true;
      }
      if (got) return 1;
      if (Clock::now() >= deadline) return 0;
      if (!check_signals(interpreter)) return -1;
    }
  }
  // False if it was not locked.
  bool release() {
    {
      std::lock_guard<std::mutex> guard(mutex_);
      if (!locked_) return false;
      locked_ = false;
    }
    released_.notify_one();
    return true;
  }
  bool locked() {
    std::lock_guard<std::mutex> guard(mutex_);
    return locked_;
  }
  // In the child of a fork: new, unlocked (its mutex may have been held by
  // a thread the child does not have).
  void reinitialize() {
    new (&mutex_) std::mutex;
    new (&released_) std::condition_variable;
    locked_ = false;
  }

 private:
  std::mutex mutex_;
  std::condition_variable released_;
  bool locked_ = false;
};

struct LockObject : runtime::Object {
  WaitableLock lock;
};

// An RLock: owned by the thread `owner` while `count` > 0.
struct RLockObject : runtime::Object {
  WaitableLock lock;
  std::int64_t owner = 0;
  std::int64_t count = 0;
};

std::int64_t thread_ident() { return runtime::current_thread_ident(); }

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

Ref lock_acquire(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool blocking = true;
  double wait = -1;
  if (!acquire_arguments(interpreter, arguments, count, kwnames, blocking, wait)) return Ref();
  const int got = as_lock(self)->lock.acquire(interpreter, wait);
  if (got < 0) return Ref();
  return interpreter.new_boolean(got);
}

Ref lock_release(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "release", count, kwnames)) return Ref();
  if (!as_lock(self)->lock.release()) return interpreter.raise(interpreter.RuntimeError_type, "release unlocked lock");
  return interpreter.new_none();
}

// __exit__(*exc_info): releases, whatever the arguments.
Ref lock_exit(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  return lock_release(interpreter, self, nullptr, 0, Value());
}

Ref lock_locked(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "locked", count, kwnames)) return Ref();
  return interpreter.new_boolean(as_lock(self)->lock.locked());
}

// _at_fork_reinit(): the lock is new again (the child of a fork).
Ref lock_at_fork_reinit(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_at_fork_reinit", count, kwnames)) return Ref();
  as_lock(self)->lock.reinitialize();
  return interpreter.new_none();
}

Ref lock_repr(Interpreter& interpreter, Value self) {
  LockObject* lock = as_lock(self);
  return runtime::new_str(interpreter, std::string(lock->lock.locked() ? "<locked" : "<unlocked") + " _thread.lock object at " +
                                           runtime::address_text(lock) + ">");
}

void lock_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<LockObject*>(object); }

Ref new_lock(Interpreter& interpreter) {
  auto* lock = new LockObject;
  lock->type = interpreter.thread_module.lock_type;
  return Ref::steal(Value::object(lock));
}

// ---- RLock -------------------------------------------------------------------

Ref rlock_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  auto* lock = new RLockObject;
  lock->type = static_cast<runtime::Type*>(callee.as_object());
  if (lock->type->is_heap_type) runtime::incref(callee);  // released by destroy()
  return Ref::steal(Value::object(lock));
}

void rlock_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<RLockObject*>(object); }

Ref rlock_acquire(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  bool blocking = true;
  double wait = -1;
  if (!acquire_arguments(interpreter, arguments, count, kwnames, blocking, wait)) return Ref();
  RLockObject* lock = as_rlock(self);
  const std::int64_t me = thread_ident();
  if (lock->count > 0 && lock->owner == me) {
    if (lock->count == INT64_MAX)
      return interpreter.raise(interpreter.OverflowError_type, "Internal lock count overflowed");
    ++lock->count;
    return interpreter.new_boolean(true);
  }
  const int got = lock->lock.acquire(interpreter, wait);
  if (got <= 0) return got < 0 ? Ref() : interpreter.new_boolean(false);
  lock->owner = me;
  lock->count = 1;
  return interpreter.new_boolean(true);
}

bool owned_by_caller(const RLockObject* lock) { return lock->count > 0 && lock->owner == thread_ident(); }

Ref rlock_release(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "release", count, kwnames)) return Ref();
  RLockObject* lock = as_rlock(self);
  if (!owned_by_caller(lock)) return interpreter.raise(interpreter.RuntimeError_type, "cannot release un-acquired lock");
  if (--lock->count == 0) {
    lock->owner = 0;
    lock->lock.release();
  }
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
  lock->lock.release();
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
  lock->lock.acquire(interpreter, -1, false);
  lock->count = saved[0];
  lock->owner = saved[1];
  return interpreter.new_none();
}

Ref rlock_at_fork_reinit(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_at_fork_reinit", count, kwnames)) return Ref();
  as_rlock(self)->lock.reinitialize();
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

// The number of threads started by this module and still running.
Ref thread_count(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_count", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, interpreter.thread_count - 1);
}

// stack_size([size]): the size new threads get (0: the default), and the
// previous one.
Ref thread_stack_size(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "stack_size", kwnames) ||
      !runtime::check_positional(interpreter, "stack_size", count, 0, 1))
    return Ref();
  const auto previous = static_cast<std::int64_t>(interpreter.thread_stack_size);
  if (count == 0) return runtime::new_int(interpreter, previous);
  std::int64_t size = 0;
  if (!runtime::int_to_int64(interpreter, arguments[0], size)) return Ref();
  if (size != 0 && size < 32768)
    return interpreter.raise(interpreter.ValueError_type, "size not valid: " + std::to_string(size) + " bytes");
  interpreter.thread_stack_size = static_cast<std::size_t>(size);
  return runtime::new_int(interpreter, previous);
}

// What a new thread runs (CPython's thread_run): its callable, then the end
// of its state. An exception other than SystemExit goes to the unraisable
// hook, "Exception ignored in thread started by: <callable>".
struct Bootstrap {
  Interpreter* interpreter;
  std::shared_ptr<runtime::Gil> gil;  // outlives the interpreter for a daemon thread
  runtime::ThreadState* thread;
  Ref function;
  Ref arguments;
  Ref keywords;  // a dict, or null
};

Ref call_with_keywords(Interpreter& interpreter, Value function, Value arguments, Value keywords) {
  const runtime::TupleObject* tuple = runtime::as_tuple(arguments);
  std::vector<Value> values(tuple->items(), tuple->items() + tuple->size);
  if (keywords.is_null() || runtime::as_dict(keywords)->used == 0)
    return runtime::call(interpreter, function, values.data(), values.size());
  std::vector<Value> names;
  std::vector<Ref> held;  // the callee may change the dict
  std::size_t position = 0;
  Value key, value;
  while (runtime::dict_next(keywords, position, key, value)) {
    if (!runtime::is_str(interpreter, key)) return interpreter.raise(interpreter.TypeError_type, "keywords must be strings");
    names.push_back(key);
    values.push_back(value);
    held.push_back(Ref::borrow(value));
  }
  Ref kwnames = runtime::new_tuple(interpreter, names);
  return runtime::call(interpreter, function, values.data(), tuple->size, kwnames.get());
}

void* run_thread(void* raw) {
  std::unique_ptr<Bootstrap> bootstrap(static_cast<Bootstrap*>(raw));
  Interpreter& interpreter = *bootstrap->interpreter;
  runtime::ThreadState* thread = bootstrap->thread;
  runtime::enter_thread(interpreter, bootstrap->gil, thread);
  Ref result = call_with_keywords(interpreter, bootstrap->function.get(), bootstrap->arguments.get(),
                                  bootstrap->keywords.get());
  if (!result) {
    if (interpreter.exception_is(interpreter.SystemExit_type)) {
      Ref ignored = interpreter.take_exception();
    } else {
      interpreter.report_unraisable(bootstrap->function.get(), "in thread started by");
    }
  }
  result = Ref();
  bootstrap->function = Ref();
  bootstrap->arguments = Ref();
  bootstrap->keywords = Ref();
  // Thread.join waits for the sentinel: released once the thread's objects are.
  Ref sentinel = std::move(thread->sentinel);
  if (sentinel) as_lock(sentinel.get())->lock.release();
  sentinel = Ref();
  runtime::exit_thread(interpreter, thread);
  return nullptr;
}

// start_new_thread(function, args, kwargs=None): the new thread's identity.
Ref thread_start_new_thread(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "start_new_thread", kwnames) ||
      !runtime::check_positional(interpreter, "start_new_thread", count, 2, 3))
    return Ref();
  if (!runtime::type_of(interpreter, arguments[0])->call)
    return interpreter.raise(interpreter.TypeError_type, "first arg must be callable");
  if (!runtime::is_tuple(interpreter, arguments[1]))
    return interpreter.raise(interpreter.TypeError_type, "2nd arg must be a tuple");
  if (count == 3 && !runtime::is_dict(interpreter, arguments[2]))
    return interpreter.raise(interpreter.TypeError_type, "optional 3rd arg must be a dictionary");
  if (interpreter.gil->finalizing())
    return interpreter.raise(interpreter.RuntimeError_type, "can't create new thread at interpreter shutdown");
  auto* bootstrap = new Bootstrap{&interpreter, interpreter.gil, runtime::new_thread_state(interpreter),
                                  Ref::borrow(arguments[0]), Ref::borrow(arguments[1]),
                                  count == 3 ? Ref::borrow(arguments[2]) : Ref()};
  const std::size_t stack_size = interpreter.thread_stack_size ? interpreter.thread_stack_size
                                                                       : krait::large_stack_size;
  pthread_attr_t attributes;
  pthread_t handle;
  const bool started = pthread_attr_init(&attributes) == 0 &&
                       pthread_attr_setstacksize(&attributes, stack_size) == 0 &&
                       pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED) == 0 &&
                       pthread_create(&handle, &attributes, &run_thread, bootstrap) == 0;
  pthread_attr_destroy(&attributes);
  if (!started) {
    runtime::ThreadState* thread = bootstrap->thread;
    delete bootstrap;
    runtime::delete_thread_state(interpreter, thread);
    return interpreter.raise(interpreter.RuntimeError_type, "can't start new thread");
  }
  // The thread waits for the GIL this one holds: its identity is set first.
  return runtime::new_int(interpreter, static_cast<std::int64_t>(handle));
}

// _set_sentinel(): a new lock that the calling thread releases (if held)
// when it ends, after its objects are released: threading takes it, and
// Thread.join waits for it. A second call forgets the first lock.
Ref thread_set_sentinel(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_set_sentinel", count, kwnames)) return Ref();
  Ref lock = new_lock(interpreter);
  interpreter.current_thread->sentinel = Ref::borrow(lock.get());
  return lock;
}

Ref thread_exit(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "exit", count, kwnames)) return Ref();
  interpreter.set_exception(interpreter.SystemExit_type, "");
  return Ref();
}

// interrupt_main(signum=SIGINT): the signal as if it had arrived, for the
// main thread to handle, when Python handles it.
Ref thread_interrupt_main(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value values[1];
  if (!runtime::bind_arguments(interpreter, {"interrupt_main", {"signum"}, 0, 0, 0}, arguments, count, kwnames, values))
    return Ref();
  std::int64_t signal_number = SIGINT;
  if (!values[0].is_null() && !runtime::int_to_int64(interpreter, values[0], signal_number)) return Ref();
  if (signal_number < 1 || signal_number >= NSIG)
    return interpreter.raise(interpreter.ValueError_type, "signal number out of range");
  simulate_signal(interpreter, static_cast<int>(signal_number));
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

void wait_for_thread_shutdown(Interpreter& interpreter) {
  if (!interpreter.modules) return;
  const Value threading = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("threading"));
  if (threading.is_null()) return;
  Ref result = runtime::call_method(interpreter, threading, interpreter.intern("_shutdown"), nullptr, 0);
  if (!result) interpreter.report_unraisable(threading);
}

Ref create_thread_module(Interpreter& interpreter) {
  if (!interpreter.thread_module.lock_type) {
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
    interpreter.thread_module.lock_type = lock;

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
    interpreter.thread_module.rlock_type = rlock;
  }
  Ref module = runtime::new_module(interpreter, "_thread");
  const Value thread = module.get();
  runtime::add_module_functions(interpreter, thread,
                                {{"allocate_lock", &thread_allocate_lock},
                                 {"allocate", &thread_allocate_lock},
                                 {"_set_sentinel", &thread_set_sentinel},
                                 {"get_ident", &thread_get_ident},
                                 {"get_native_id", &thread_get_native_id},
                                 {"_count", &thread_count},
                                 {"stack_size", &thread_stack_size},
                                 {"start_new_thread", &thread_start_new_thread},
                                 {"start_new", &thread_start_new_thread},
                                 {"exit", &thread_exit},
                                 {"exit_thread", &thread_exit},
                                 {"interrupt_main", &thread_interrupt_main}});
  runtime::module_set(interpreter, thread, "LockType", Value::object(interpreter.thread_module.lock_type));
  runtime::module_set(interpreter, thread, "RLock", Value::object(interpreter.thread_module.rlock_type));
  runtime::module_set(interpreter, thread, "error", Value::object(interpreter.RuntimeError_type));
  Ref timeout = runtime::new_float(interpreter, timeout_max);
  runtime::module_set(interpreter, thread, "TIMEOUT_MAX", timeout.get());
  return module;
}

}  // namespace krait::modules
