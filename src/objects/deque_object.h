// Objects: collections.deque, a double-ended queue (CPython's
// Modules/_collectionsmodule.c): a doubly linked list of fixed-size blocks,
// so appends and pops at either end are O(1) and never move items. The
// _collections module (modules/collections_module.cpp) creates the type and
// its two iterators on first import.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

// Items a block holds (CPython's BLOCKLEN): a block and its two links fill
// 66 words.
constexpr std::int64_t deque_block_length = 64;

struct DequeBlock {
  DequeBlock* left = nullptr;
  Value items[deque_block_length];
  DequeBlock* right = nullptr;
};

// The items run from left_block->items[left_index] to
// right_block->items[right_index] through the blocks' right links. An empty
// deque has one block with right_index == left_index - 1, centred so that
// either end can grow first.
struct DequeObject : Object {
  DequeBlock* left_block = nullptr;
  DequeBlock* right_block = nullptr;
  std::int64_t left_index = 0;
  std::int64_t right_index = 0;
  std::int64_t size = 0;
  std::int64_t maxlen = -1;  // -1: unbounded
  // Renewed by every change of the item sequence, so iterators can report a
  // deque mutated under them (CPython's `state`).
  std::uint64_t state = 0;
  // Emptied blocks kept for reuse (CPython keeps up to 16 per deque), so a
  // queue that hovers around a block boundary does not allocate.
  static constexpr int spare_limit = 16;
  int spare_count = 0;
  DequeBlock* spare_blocks[spare_limit] = {};
};

inline DequeObject* as_deque(Value value) { return static_cast<DequeObject*>(value.as_object()); }

// Creates deque, _deque_iterator and _deque_reverse_iterator into the
// interpreter's _collections state.
void init_deque_types(Interpreter& interpreter);

}  // namespace krait::runtime
