// Runtime: threads. Each Python thread has a ThreadState (CPython's
// PyThreadState); one lock per Interpreter, the GIL, lets one thread at a
// time run Python code, so separate interpreters still run in parallel.
// The per-thread part of the interpreter (the pending and the handled
// exception, the frame and register stacks, the recursion depth ...) lives
// in the Interpreter's own fields while a thread holds the GIL, and is
// swapped into the thread's ThreadState when it lets the GIL go
// (Interpreter::swap_thread_state): the hot paths read the fields directly,
// with no indirection.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "runtime/frame.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct FrameObject;

// pthread_self() as _thread.get_ident() shows it.
std::int64_t current_thread_ident();

struct ThreadState {
  std::int64_t ident = 0;
  // The interpreter's per-thread fields, while another thread runs
  // (Interpreter::swap_thread_state lists them).
  Ref exception;
  Value handled_exception;
  std::vector<Frame> frames;
  std::vector<FrameObject*> frame_objects;
  int frame_depth = 0;
  Value* registers = nullptr;
  std::size_t register_capacity = 0;
  Value* register_high_water = nullptr;
  std::vector<Value> repr_active;
  Ref context;  // _contextvars' current context
  // _thread's: the lock _set_sentinel made, released when the thread ends
  // (threading's Thread.join waits for it).
  Ref sentinel;
};

// The global interpreter lock (CPython's Python/ceval_gil.h). A thread that
// waits for it longer than the switch interval asks the holder to drop it
// (Interpreter::gil_drop_request, which the VM tests at its eval-breaker
// points); the holder then waits until another thread took it, so that
// threads alternate. Shared between the interpreter and its threads: a
// daemon thread still waiting when the interpreter finalizes blocks here for
// ever, and must find the lock alive.
class Gil {
 public:
  // Made held: by the thread creating the interpreter (or forking).
  Gil() = default;
  // Waits for the lock, asking `drop_request` to be set when the holder
  // keeps it past the switch interval. After finalization began, only the
  // finalizing thread gets it: any other blocks for ever.
  void take(ThreadState* thread, std::atomic<bool>& drop_request);
  // Lets the lock go; `force_switch` (a drop the holder was asked for):
  // returns only once another thread took it.
  void drop(bool force_switch);
  // From now on, only `finalizer` (the thread holding the lock) takes it.
  void begin_finalization(ThreadState* finalizer);
  bool finalizing() const { return finalizer_ != nullptr; }

  // sys.setswitchinterval's value, in microseconds.
  std::atomic<std::int64_t> switch_interval{5000};

 private:
  [[noreturn]] void block_forever(std::unique_lock<std::mutex>& lock);

  std::mutex mutex_;
  std::condition_variable released_;  // the lock became free
  std::condition_variable switched_;  // another thread took it
  bool locked_ = true;
  std::uint64_t switches_ = 0;        // how many times the lock was taken
  ThreadState* finalizer_ = nullptr;
};

// Lets other threads run during a blocking call (CPython's
// Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS): the GIL is released for
// the object's lifetime. The code inside must not touch Python objects.
// errno survives taking the GIL back. With one thread alive it does
// nothing: no other thread could take the GIL meanwhile.
class GilReleased {
 public:
  explicit GilReleased(Interpreter& interpreter);
  ~GilReleased();
  GilReleased(const GilReleased&) = delete;
  GilReleased& operator=(const GilReleased&) = delete;

 private:
  Interpreter& interpreter_;
  ThreadState* thread_ = nullptr;  // null: nothing was released
  Gil* gil_ = nullptr;
};

// The thread holding the GIL lets it go and takes it back: a thread that
// asked for it runs meanwhile (the VM calls it when gil_drop_request is set).
void yield_gil(Interpreter& interpreter);

// A new thread's state, with its own register stack; counted in the
// interpreter's threads. The thread takes it with enter_thread.
ThreadState* new_thread_state(Interpreter& interpreter);
// A thread state whose thread could not start.
void delete_thread_state(Interpreter& interpreter, ThreadState* thread);
// On the new thread: waits for the GIL (`gil` keeps it alive) and makes
// `thread` the running one.
void enter_thread(Interpreter& interpreter, const std::shared_ptr<Gil>& gil, ThreadState* thread);
// On the ending thread, holding the GIL: clears its state, frees it and
// drops the GIL for good.
void exit_thread(Interpreter& interpreter, ThreadState* thread);

// At exit, after threading._shutdown and atexit: daemon threads wanting the
// GIL from now on wait for ever, touching nothing.
void begin_finalization(Interpreter& interpreter);

// In the child of fork(): the calling thread is the only one left. The GIL
// is made new, held by it; the other threads' states are abandoned.
void after_fork_child(Interpreter& interpreter);

}  // namespace krait::runtime
