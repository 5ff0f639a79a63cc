// Support: running work on a thread with a large stack. Krait's recursion
// limits (the parser's, the symbol table's, later the VM's) are CPython's
// counts; this gives them room under any build, sanitizers included, instead
// of depending on the 8 MiB a process's main thread happens to get.
#pragma once

#include <cstddef>
#include <functional>

namespace krait {

// Reserved, not committed: pages are only used as deep recursion reaches them.
inline constexpr std::size_t large_stack_size = std::size_t{512} << 20;

// Runs `work` to completion on a new thread with `stack_size` bytes of
// stack; runs it on the calling thread if such a thread cannot be created.
void run_with_large_stack(const std::function<void()>& work, std::size_t stack_size = large_stack_size);

}  // namespace krait
