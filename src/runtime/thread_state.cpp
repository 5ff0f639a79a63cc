// Runtime: see thread_state.h.
#include "runtime/thread_state.h"

#include <pthread.h>

#include <algorithm>
#include <cerrno>
#include <utility>

#include "runtime/interpreter.h"

namespace krait::runtime {

std::int64_t current_thread_ident() { return static_cast<std::int64_t>(pthread_self()); }

void Gil::take(ThreadState* thread, std::atomic<bool>& drop_request) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (finalizer_ && finalizer_ != thread) block_forever(lock);
    if (!locked_) break;
    const std::uint64_t seen = switches_;
    const auto interval =
        std::chrono::microseconds(std::max<std::int64_t>(1, switch_interval.load(std::memory_order_relaxed)));
    const bool timed_out = released_.wait_for(lock, interval) == std::cv_status::timeout;
    // The holder kept the lock a whole interval: ask it to let go. (Only
    // before finalization: `drop_request` is the interpreter's.)
    if (timed_out && locked_ && switches_ == seen && !finalizer_) drop_request.store(true, std::memory_order_relaxed);
  }
  locked_ = true;
  ++switches_;
  switched_.notify_all();
  drop_request.store(false, std::memory_order_relaxed);
}

void Gil::drop(bool force_switch) {
  std::unique_lock<std::mutex> lock(mutex_);
  locked_ = false;
  released_.notify_one();
  // CPython's FORCE_SWITCHING: without it the dropping thread, already
  // running, would usually take the lock back before a waiter wakes up.
  if (force_switch && !finalizer_) {
    const std::uint64_t seen = switches_;
    switched_.wait(lock, [&] { return switches_ != seen || finalizer_; });
  }
}

void Gil::begin_finalization(ThreadState* finalizer) {
  std::lock_guard<std::mutex> lock(mutex_);
  finalizer_ = finalizer;
  released_.notify_all();
  switched_.notify_all();
}

void Gil::block_forever(std::unique_lock<std::mutex>& lock) {
  // A condition nobody signals: the thread sleeps until the process ends.
  std::condition_variable never;
  for (;;) never.wait(lock);
}

GilReleased::GilReleased(Interpreter& interpreter) : interpreter_(interpreter) {
  if (interpreter.thread_count == 1) return;
  thread_ = interpreter.current_thread;
  gil_ = interpreter.gil.get();
  interpreter.swap_thread_state(*thread_);
  gil_->drop(false);
}

GilReleased::~GilReleased() {
  if (!thread_) return;
  const int saved_errno = errno;
  gil_->take(thread_, interpreter_.gil_drop_request);
  interpreter_.swap_thread_state(*thread_);
  interpreter_.current_thread = thread_;
  errno = saved_errno;
}

void yield_gil(Interpreter& interpreter) {
  Gil* gil = interpreter.gil.get();
  if (gil->finalizing() || interpreter.thread_count == 1) {
    interpreter.gil_drop_request.store(false, std::memory_order_relaxed);
    return;
  }
  ThreadState* thread = interpreter.current_thread;
  interpreter.swap_thread_state(*thread);
  gil->drop(true);
  gil->take(thread, interpreter.gil_drop_request);
  interpreter.swap_thread_state(*thread);
  interpreter.current_thread = thread;
}

ThreadState* new_thread_state(Interpreter& interpreter) {
  auto* thread = new ThreadState;
  // As deep as the creating thread's: sys.setrecursionlimit's ceiling.
  thread->register_capacity = interpreter.register_capacity();
  thread->registers = map_register_stack(thread->register_capacity);
  thread->register_high_water = thread->registers;
  thread->frames.reserve(interpreter.frames.capacity());
  ++interpreter.thread_count;
  return thread;
}

void delete_thread_state(Interpreter& interpreter, ThreadState* thread) {
  unmap_register_stack(thread->registers, thread->register_capacity);
  delete thread;
  --interpreter.thread_count;
}

void enter_thread(Interpreter& interpreter, const std::shared_ptr<Gil>& gil, ThreadState* thread) {
  thread->ident = current_thread_ident();
  gil->take(thread, interpreter.gil_drop_request);
  interpreter.swap_thread_state(*thread);
  interpreter.current_thread = thread;
}

void exit_thread(Interpreter& interpreter, ThreadState* thread) {
  // What the thread's registers still hold is released once they are all
  // cleared: a finalizer run by the release starts its frames at the base.
  std::vector<Value> held;
  for (Value* slot = interpreter.register_base(); slot < interpreter.register_high_water; ++slot)
    if (!slot->is_null()) held.push_back(std::exchange(*slot, Value()));
  for (Value value : held) decref(value);
  Ref exception = interpreter.take_exception();
  exception = Ref();
  decref(std::exchange(interpreter.handled_exception, Value()));
  interpreter.proc_modules.current_context = Ref();
  thread->sentinel = Ref();
  interpreter.swap_thread_state(*thread);
  delete_thread_state(interpreter, thread);
  interpreter.current_thread = nullptr;
  interpreter.gil->drop(false);
}

void begin_finalization(Interpreter& interpreter) { interpreter.gil->begin_finalization(interpreter.current_thread); }

void after_fork_child(Interpreter& interpreter) {
  // The old lock may be held, or its mutex locked, by a thread the child
  // does not have: it is abandoned (never destroyed), as the other threads'
  // states are.
  static_cast<void>(new std::shared_ptr<Gil>(std::move(interpreter.gil)));
  interpreter.gil = std::make_shared<Gil>();
  interpreter.gil_drop_request.store(false, std::memory_order_relaxed);
  interpreter.thread_count = 1;
  interpreter.main_thread = interpreter.current_thread;
  interpreter.current_thread->ident = current_thread_ident();
}

}  // namespace krait::runtime
