// Runtime: a bounded free list of one object layout (CPython keeps such
// lists for floats, tuples, ...): freed objects wait for reuse, linked
// through their type field, so a loop making and dropping temporaries
// allocates nothing. Each Interpreter owns its lists.
#pragma once

#include <cstddef>
#include <memory>

#include "runtime/object.h"

namespace krait::runtime {

template <class Layout, std::size_t limit>
class FreeList {
 public:
  // A freed object to reuse (its fields stale, its type to set), or null.
  Layout* take() {
    Layout* object = head_;
    if (object) {
      head_ = reinterpret_cast<Layout*>(object->type);
      --count_;
      object->refcount = 1;
    }
    return object;
  }
  // Keeps `object` for reuse; false when the list is full (free it then).
  bool give(Layout* object) {
    if (count_ >= limit) return false;
    object->type = reinterpret_cast<Type*>(head_);
    head_ = object;
    ++count_;
    return true;
  }
  // Frees what the list holds (where Layout is complete).
  template <class Free = std::default_delete<Layout>>
  void release(Free free = Free()) {
    while (Layout* object = take()) free(object);
  }

 private:
  Layout* head_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace krait::runtime
