// Support: see large_stack.h.
#include "support/large_stack.h"

#include <pthread.h>

#include <csignal>

namespace krait {

namespace {
void* run_work(void* work) {
  (*static_cast<const std::function<void()>*>(work))();
  return nullptr;
}
}  // namespace

void run_with_large_stack(const std::function<void()>& work, std::size_t stack_size) {
  pthread_attr_t attributes;
  pthread_t thread;
  bool started = pthread_attr_init(&attributes) == 0 && pthread_attr_setstacksize(&attributes, stack_size) == 0 &&
                 pthread_create(&thread, &attributes, run_work, const_cast<std::function<void()>*>(&work)) == 0;
  pthread_attr_destroy(&attributes);
  if (started) {
    // Signals sent to the process go to the thread doing the work, so that
    // they interrupt its blocking calls (time.sleep, reads), as they
    // interrupt CPython's main thread: the waiting thread blocks them.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    pthread_join(thread, nullptr);
  } else {
    work();
  }
}

}  // namespace krait
