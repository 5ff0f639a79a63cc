// Support: a bump allocator. The AST of one parse lives in one Arena and is
// freed at once with it, so AST nodes are trivially destructible and never
// freed one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace krait {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(std::size_t size, std::size_t align) {
    std::uintptr_t p = (reinterpret_cast<std::uintptr_t>(cursor_) + align - 1) & ~(align - 1);
    if (p + size > reinterpret_cast<std::uintptr_t>(limit_)) return allocate_slow(size, align);
    cursor_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <class T>
  T* make_array(std::size_t count) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    if (count == 0) return nullptr;
    return new (allocate(sizeof(T) * count, alignof(T))) T[count]();
  }

  // Copies `text` into the arena; the view stays valid as long as the arena.
  std::string_view copy(std::string_view text) {
    if (text.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(p, text.data(), text.size());
    return {p, text.size()};
  }

  std::size_t bytes_reserved() const { return reserved_; }

 private:
  void* allocate_slow(std::size_t size, std::size_t align) {
    // Chunks double up to 1 MiB so small parses stay small; an oversized
    // request gets a chunk of its own.
    std::size_t chunk = next_chunk_;
    if (next_chunk_ < (std::size_t{1} << 20)) next_chunk_ *= 2;
    if (size + align > chunk) chunk = size + align;
    chunks_.push_back(std::make_unique<char[]>(chunk));
    reserved_ += chunk;
    cursor_ = chunks_.back().get();
    limit_ = cursor_ + chunk;
    return allocate(size, align);
  }

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cursor_ = nullptr;
  char* limit_ = nullptr;
  std::size_t next_chunk_ = 16 * 1024;
  std::size_t reserved_ = 0;
};

}  // namespace krait
