// Objects: collections.deque and its iterators, after CPython 3.11's
// Modules/_collectionsmodule.c: the block list, appends and pops at both
// ends, maxlen trimming, rotate, indexing, the search methods with their
// "deque mutated during iteration" checks, comparison, repr, + and *.
#include "objects/deque_object.h"

#include <algorithm>
#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/generic_alias_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Where an empty deque's ends start (CPython's CENTER): the middle of a block.
constexpr std::int64_t center = (deque_block_length - 1) / 2;

DequeBlock* new_block(DequeObject* deque) {
  if (deque->spare_count > 0) return deque->spare_blocks[--deque->spare_count];
  return new DequeBlock;
}

void free_block(DequeObject* deque, DequeBlock* block) {
  if (deque->spare_count < DequeObject::spare_limit) {
    deque->spare_blocks[deque->spare_count++] = block;
    return;
  }
  delete block;
}

bool is_deque(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, interpreter.collections_types.deque);
}

// A position in the block list; step() moves it one item right (or left).
struct Cursor {
  DequeBlock* block;
  std::int64_t index;

  Value item() const { return block->items[index]; }
  Value& slot() const { return block->items[index]; }
  void step_right() {
    if (++index == deque_block_length) {
      block = block->right;
      index = 0;
    }
  }
  void step_left() {
    if (--index < 0) {
      block = block->left;
      index = deque_block_length - 1;
    }
  }
};

Cursor first(const DequeObject* deque) { return {deque->left_block, deque->left_index}; }
Cursor last(const DequeObject* deque) { return {deque->right_block, deque->right_index}; }

// The cursor at item `position` (0 <= position < size), walked from the
// nearer end (CPython's deque_item).
Cursor locate(const DequeObject* deque, std::int64_t position) {
  const std::int64_t absolute = position + deque->left_index;
  std::int64_t blocks = absolute / deque_block_length;
  const std::int64_t index = absolute % deque_block_length;
  DequeBlock* block;
  if (position < (deque->size >> 1)) {
    block = deque->left_block;
    while (--blocks >= 0) block = block->right;
  } else {
    blocks = (deque->left_index + deque->size - 1) / deque_block_length - blocks;
    block = deque->right_block;
    while (--blocks >= 0) block = block->left;
  }
  return {block, index};
}

// ---- The ends (steal or return references; no Python code runs) ----

void push_right(DequeObject* deque, Value item) {
  if (deque->right_index == deque_block_length - 1) {
    DequeBlock* block = new_block(deque);
    block->left = deque->right_block;
    block->right = nullptr;
    deque->right_block->right = block;
    deque->right_block = block;
    deque->right_index = -1;
  }
  ++deque->size;
  deque->right_block->items[++deque->right_index] = item;
}

void push_left(DequeObject* deque, Value item) {
  if (deque->left_index == 0) {
    DequeBlock* block = new_block(deque);
    block->right = deque->left_block;
    block->left = nullptr;
    deque->left_block->left = block;
    deque->left_block = block;
    deque->left_index = deque_block_length;
  }
  ++deque->size;
  deque->left_block->items[--deque->left_index] = item;
}

// An empty deque's ends go back to the middle of its block rather than
// freeing it.
void recenter(DequeObject* deque) {
  deque->left_index = center + 1;
  deque->right_index = center;
}

// Precondition: size > 0. The caller owns the item returned.
Value take_right(DequeObject* deque) {
  const Value item = deque->right_block->items[deque->right_index--];
  --deque->size;
  ++deque->state;
  if (deque->right_index < 0) {
    if (deque->size > 0) {
      DequeBlock* previous = deque->right_block->left;
      free_block(deque, deque->right_block);
      previous->right = nullptr;
      deque->right_block = previous;
      deque->right_index = deque_block_length - 1;
    } else {
      recenter(deque);
    }
  }
  return item;
}

Value take_left(DequeObject* deque) {
  const Value item = deque->left_block->items[deque->left_index++];
  --deque->size;
  ++deque->state;
  if (deque->left_index == deque_block_length) {
    if (deque->size > 0) {
      DequeBlock* next = deque->left_block->right;
      free_block(deque, deque->left_block);
      next->left = nullptr;
      deque->left_block = next;
      deque->left_index = 0;
    } else {
      recenter(deque);
    }
  }
  return item;
}

// Appends (a new reference to) `item` at the left or right end; a full
// bounded deque drops its other end, whose release may run Python code (a
// __del__).
template <bool left>
void append_item(DequeObject* deque, Value item) {
  incref(item);
  if constexpr (left) {
    push_left(deque, item);
  } else {
    push_right(deque, item);
  }
  if (deque->maxlen >= 0 && deque->size > deque->maxlen) {
    decref(left ? take_right(deque) : take_left(deque));
  } else {
    ++deque->state;
  }
}

void append_right(DequeObject* deque, Value item) { append_item<false>(deque, item); }
void append_left(DequeObject* deque, Value item) { append_item<true>(deque, item); }

// Removes every item: the deque is emptied first and the items released
// after, so a __del__ run by the release sees a consistent (empty) deque.
void clear_deque(DequeObject* deque) {
  if (deque->size == 0) return;
  std::vector<Value> items;
  items.reserve(static_cast<std::size_t>(deque->size));
  while (deque->size > 0) items.push_back(take_right(deque));
  for (Value item : items) decref(item);
}

// Moves `steps` items from the right end to the left (negative: the other
// way), taking the shorter way round (CPython's _deque_rotate).
void rotate(DequeObject* deque, std::int64_t steps) {
  const std::int64_t size = deque->size;
  if (size <= 1) return;
  const std::int64_t half = size >> 1;
  if (steps > half || steps < -half) {
    steps %= size;
    if (steps > half) {
      steps -= size;
    } else if (steps < -half) {
      steps += size;
    }
  }
  ++deque->state;
  for (; steps > 0; --steps) {
    const Value item = deque->right_block->items[deque->right_index];
    // As take_right and push_left, without the state and size churn.
    --deque->size;
    if (--deque->right_index < 0) {
      DequeBlock* previous = deque->right_block->left;
      free_block(deque, deque->right_block);
      previous->right = nullptr;
      deque->right_block = previous;
      deque->right_index = deque_block_length - 1;
    }
    push_left(deque, item);
  }
  for (; steps < 0; ++steps) {
    const Value item = deque->left_block->items[deque->left_index];
    --deque->size;
    if (++deque->left_index == deque_block_length) {
      DequeBlock* next = deque->left_block->right;
      free_block(deque, deque->left_block);
      next->left = nullptr;
      deque->left_block = next;
      deque->left_index = 0;
    }
    push_right(deque, item);
  }
}

// ---- Creation and the collector ----

Ref allocate_deque(Interpreter& interpreter, Type* type) {
  DequeObject* deque = gc_new<DequeObject>(interpreter, type);
  DequeBlock* block = new DequeBlock;
  deque->left_block = deque->right_block = block;
  recenter(deque);
  return Ref::steal(Value::object(deque));
}

Ref deque_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return allocate_deque(interpreter, static_cast<Type*>(callee.as_object()));
}

void deque_traverse(Object* object, const Visitor& visit) {
  const DequeObject* deque = static_cast<DequeObject*>(object);
  Cursor cursor = first(deque);
  for (std::int64_t i = 0; i < deque->size; ++i, cursor.step_right()) visit(cursor.item());
}

void deque_clear_references(Interpreter&, Object* object) { clear_deque(static_cast<DequeObject*>(object)); }

void deque_deallocate(Interpreter& interpreter, Object* object) {
  auto* deque = static_cast<DequeObject*>(object);
  clear_deque(deque);
  delete deque->left_block;
  for (int i = 0; i < deque->spare_count; ++i) delete deque->spare_blocks[i];
  gc_delete(interpreter, deque);
}

// ---- Building from iterables ----

// Appends every item of `iterable` at one end. Extending a deque by itself
// reads a copy first, as CPython.
template <bool left>
bool extend(Interpreter& interpreter, Value self, Value iterable) {
  if (iterable == self) {
    Ref items = new_list(interpreter, {});
    if (!list_extend(interpreter, items.get(), iterable)) return false;
    return extend<left>(interpreter, self, items.get());
  }
  struct Appender final : ItemSink {
    DequeObject* deque;
    explicit Appender(DequeObject* target) : deque(target) {}
    bool take(Interpreter&, Value item) override {
      append_item<left>(deque, item);
      return true;
    }
    // Quiet while nothing is trimmed: trimming releases an item.
    bool take_quietly(Interpreter& interpreter, Value item) override {
      return deque->maxlen < 0 && take(interpreter, item);
    }
  } appender(as_deque(self));
  return for_each_item(interpreter, iterable, appender);
}

// deque.__init__(self, iterable=(), maxlen=None).
Ref deque_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  static const NativeSignature signature{"deque", {"iterable", "maxlen"}, 0, 0, 0};
  Value bound[2];
  if (!bind_arguments(interpreter, signature, arguments, count, kwnames, bound)) return Ref();
  DequeObject* deque = as_deque(self);
  std::int64_t maxlen = -1;
  if (!bound[1].is_null() && bound[1] != interpreter.none()) {
    if (!is_int(interpreter, bound[1])) return interpreter.raise(interpreter.TypeError_type, "an integer is required");
    if (!int_to_int64(interpreter, bound[1], maxlen))
      return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C ssize_t");
    if (maxlen < 0) return interpreter.raise(interpreter.ValueError_type, "maxlen must be non-negative");
  }
  deque->maxlen = maxlen;
  clear_deque(deque);
  if (!bound[0].is_null() && !extend<false>(interpreter, self, bound[0])) return Ref();
  return interpreter.new_none();
}

// A new deque of the same class holding the same items (deque.copy): a
// subclass is called as type(d)(d[, maxlen]), as CPython does.
Ref copy_deque(Interpreter& interpreter, Value self) {
  const DequeObject* deque = as_deque(self);
  Type* type = self.as_object()->type;
  if (type == interpreter.collections_types.deque) {
    Ref result = allocate_deque(interpreter, type);
    DequeObject* copy = as_deque(result.get());
    copy->maxlen = deque->maxlen;
    Cursor cursor = first(deque);
    for (std::int64_t i = 0; i < deque->size; ++i, cursor.step_right()) append_right(copy, cursor.item());
    return result;
  }
  if (deque->maxlen < 0) return call(interpreter, Value::object(type), &self, 1);
  Ref maxlen = new_int(interpreter, deque->maxlen);
  const Value arguments[] = {self, maxlen.get()};
  return call(interpreter, Value::object(type), arguments, 2);
}

// ---- Slots ----

Ref deque_length(Interpreter& interpreter, Value self) { return new_int(interpreter, as_deque(self)->size); }

int deque_truth(Interpreter&, Value self) { return as_deque(self)->size != 0; }

Ref deque_repr(Interpreter& interpreter, Value self) {
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end()) return new_str(interpreter, "[...]");
  Ref items = new_list(interpreter, {});
  if (!list_extend(interpreter, items.get(), self)) return Ref();
  active.push_back(self);
  Ref shown = repr(interpreter, items.get());
  active.pop_back();
  if (!shown) return Ref();
  const std::string& name = self.as_object()->type->name;
  std::string text = name.substr(name.rfind('.') + 1) + "(" + std::string(str_utf8(shown.get()));
  if (as_deque(self)->maxlen >= 0) text += ", maxlen=" + std::to_string(as_deque(self)->maxlen);
  return new_str(interpreter, text + ")");
}

// Lexicographic, as lists compare; only deques compare with deques
// (CPython's deque_richcompare).
Ref deque_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (!is_deque(interpreter, right)) return Ref::borrow(interpreter.not_implemented());
  const DequeObject* a = as_deque(left);
  const DequeObject* b = as_deque(right);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && a->size != b->size)
    return interpreter.new_boolean(op == CompareOp::Ne);
  // Walked by index through fresh cursors: a comparison may change either deque.
  const std::uint64_t a_state = a->state, b_state = b->state;
  Cursor x = first(a), y = first(b);
  for (std::int64_t i = 0; i < a->size && i < b->size; ++i) {
    Ref item = Ref::borrow(x.item()), other = Ref::borrow(y.item());
    const int same = equal(interpreter, item.get(), other.get());
    if (same < 0) return Ref();
    if (a->state != a_state || b->state != b_state)
      return interpreter.raise(interpreter.RuntimeError_type, "deque mutated during iteration");
    if (!same) return runtime::compare(interpreter, item.get(), other.get(), op);
    x.step_right();
    y.step_right();
  }
  return interpreter.new_boolean(compare_ordered<std::int64_t>(a->size, b->size, op));
}

// Calls `visit(item)` on each item in order, stopping at its first nonzero
// result (returned; -1 means an error). A change of the deque meanwhile is
// "deque mutated during iteration" (of `error_type`).
template <class F>
int search(Interpreter& interpreter, Value self, std::int64_t start, std::int64_t stop, Type* error_type, F&& visit) {
  const DequeObject* deque = as_deque(self);
  if (start >= stop) return 0;
  const std::uint64_t state = deque->state;
  Cursor cursor = locate(deque, start);
  for (std::int64_t i = start; i < stop; ++i) {
    Ref item = Ref::borrow(cursor.item());
    const int result = visit(item.get(), i);
    if (result < 0) return -1;
    if (deque->state != state) {
      interpreter.set_exception(error_type, "deque mutated during iteration");
      return -1;
    }
    if (result) return result;
    cursor.step_right();
  }
  return 0;
}

int deque_contains(Interpreter& interpreter, Value self, Value item) {
  const DequeObject* deque = as_deque(self);
  if (deque->size == 0) return 0;
  return search(interpreter, self, 0, deque->size, interpreter.RuntimeError_type,
                [&](Value candidate, std::int64_t) { return equal(interpreter, candidate, item); });
}

// An item index for d[i], d[i] = x and del d[i]: a position in the deque,
// or the exception pending.
bool item_position(Interpreter& interpreter, Value self, Value key, std::int64_t& position) {
  Ref index = subscript_index(interpreter, key);
  if (!index) {
    if (!interpreter.has_exception())
      interpreter.set_exception(interpreter.TypeError_type,
                                "sequence index must be integer, not '" + std::string(type_name(interpreter, key)) + "'");
    return false;
  }
  if (!int_to_int64(interpreter, index.get(), position)) {
    interpreter.set_exception(interpreter.IndexError_type, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  const std::int64_t size = as_deque(self)->size;
  if (position < 0) position += size;
  if (position < 0 || position >= size) {
    interpreter.set_exception(interpreter.IndexError_type, "deque index out of range");
    return false;
  }
  return true;
}

Ref deque_subscript(Interpreter& interpreter, Value self, Value key) {
  std::int64_t position = 0;
  if (!item_position(interpreter, self, key, position)) return Ref();
  const DequeObject* deque = as_deque(self);
  if (position == 0) return Ref::borrow(first(deque).item());
  if (position == deque->size - 1) return Ref::borrow(last(deque).item());
  return Ref::borrow(locate(deque, position).item());
}

// del d[i]: rotated to the front, popped, rotated back (CPython's deque_del_item).
void delete_item(DequeObject* deque, std::int64_t position) {
  rotate(deque, -position);
  const Value item = take_left(deque);
  rotate(deque, position);
  decref(item);
}

int deque_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  std::int64_t position = 0;
  if (!item_position(interpreter, self, key, position)) return -1;
  DequeObject* deque = as_deque(self);
  if (value.is_null()) {
    delete_item(deque, position);
    return 0;
  }
  Value& slot = locate(deque, position).slot();
  const Value old = slot;
  incref(value);
  slot = value;
  decref(old);
  return 0;
}

Ref deque_concatenate(Interpreter& interpreter, Value self, Value other) {
  if (!is_deque(interpreter, other))
    return interpreter.raise(interpreter.TypeError_type, "can only concatenate deque (not \"" +
                                                             std::string(type_name(interpreter, other)) + "\") to deque");
  Ref result = copy_deque(interpreter, self);
  if (!result || !extend<false>(interpreter, result.get(), other)) return Ref();
  return result;
}

Ref deque_inplace_concatenate(Interpreter& interpreter, Value self, Value other) {
  if (!extend<false>(interpreter, self, other)) return Ref();
  return Ref::borrow(self);
}

// d *= n: the items repeated n times; a bounded deque keeps the last maxlen
// of them, which are computed directly rather than appended and dropped.
Ref deque_inplace_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  DequeObject* deque = as_deque(self);
  const std::int64_t size = deque->size;
  if (count <= 0 || size == 0) {
    clear_deque(deque);
    return Ref::borrow(self);
  }
  if (count == 1) return Ref::borrow(self);
  std::int64_t total = 0;
  if (__builtin_mul_overflow(size, count, &total)) return interpreter.raise(interpreter.MemoryError_type, "");
  Ref items = new_list(interpreter, {});
  if (!list_extend(interpreter, items.get(), self)) return Ref();
  const std::vector<Value>& source = as_list(items.get())->items;
  std::int64_t begin = size;  // the repetitions after the deque's own items
  if (deque->maxlen >= 0 && total > deque->maxlen) {
    clear_deque(deque);
    begin = total - deque->maxlen;
  }
  for (std::int64_t i = begin; i < total; ++i) append_right(deque, source[i % size]);
  return Ref::borrow(self);
}

Ref deque_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  Ref result = copy_deque(interpreter, self);
  if (!result) return Ref();
  return deque_inplace_repeat(interpreter, result.get(), count);
}

// ---- Iterators ----

struct DequeIterator : Object {
  Ref deque;
  Cursor cursor{};
  std::int64_t remaining = 0;
  std::uint64_t state = 0;
};

template <bool reverse>
Ref new_deque_iterator(Interpreter& interpreter, Value self) {
  Type* type = reverse ? interpreter.collections_types.deque_reverse_iterator
                       : interpreter.collections_types.deque_iterator;
  DequeIterator* iterator = gc_new<DequeIterator>(interpreter, type);
  const DequeObject* deque = as_deque(self);
  iterator->deque = Ref::borrow(self);
  iterator->cursor = reverse ? last(deque) : first(deque);
  iterator->remaining = deque->size;
  iterator->state = deque->state;
  return Ref::steal(Value::object(iterator));
}

template <bool reverse>
Ref deque_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<DequeIterator*>(self.as_object());
  // The state first, as CPython: even an exhausted iterator reports a change.
  if (as_deque(iterator->deque.get())->state != iterator->state) {
    iterator->remaining = 0;
    return interpreter.raise(interpreter.RuntimeError_type, "deque mutated during iteration");
  }
  if (iterator->remaining == 0) return Ref();
  Ref item = Ref::borrow(iterator->cursor.item());
  if (reverse) {
    iterator->cursor.step_left();
  } else {
    iterator->cursor.step_right();
  }
  --iterator->remaining;
  return item;
}

Ref deque_iter(Interpreter& interpreter, Value self) { return new_deque_iterator<false>(interpreter, self); }

Ref iterator_self(Interpreter&, Value self) { return Ref::borrow(self); }

Ref deque_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  return new_int(interpreter, static_cast<DequeIterator*>(self.as_object())->remaining);
}

void deque_iterator_traverse(Object* object, const Visitor& visit) { visit(static_cast<DequeIterator*>(object)->deque); }

void deque_iterator_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<DequeIterator*>(object));
}

// ---- Methods ----

#define KRAIT_DEQUE_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

KRAIT_DEQUE_METHOD(deque_append) {
  if (!check_one_argument(interpreter, "deque.append", count, kwnames)) return Ref();
  append_right(as_deque(self), arguments[0]);
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_appendleft) {
  if (!check_one_argument(interpreter, "deque.appendleft", count, kwnames)) return Ref();
  append_left(as_deque(self), arguments[0]);
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_pop) {
  if (!check_no_arguments(interpreter, "deque.pop", count, kwnames)) return Ref();
  DequeObject* deque = as_deque(self);
  if (deque->size == 0) return interpreter.raise(interpreter.IndexError_type, "pop from an empty deque");
  return Ref::steal(take_right(deque));
}

KRAIT_DEQUE_METHOD(deque_popleft) {
  if (!check_no_arguments(interpreter, "deque.popleft", count, kwnames)) return Ref();
  DequeObject* deque = as_deque(self);
  if (deque->size == 0) return interpreter.raise(interpreter.IndexError_type, "pop from an empty deque");
  return Ref::steal(take_left(deque));
}

KRAIT_DEQUE_METHOD(deque_extend) {
  if (!check_one_argument(interpreter, "deque.extend", count, kwnames) ||
      !extend<false>(interpreter, self, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_extendleft) {
  if (!check_one_argument(interpreter, "deque.extendleft", count, kwnames) ||
      !extend<true>(interpreter, self, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_clear_method) {
  if (!check_no_arguments(interpreter, "deque.clear", count, kwnames)) return Ref();
  clear_deque(as_deque(self));
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_copy_method) {
  if (!check_no_arguments(interpreter, "deque.copy", count, kwnames)) return Ref();
  return copy_deque(interpreter, self);
}

KRAIT_DEQUE_METHOD(deque_count) {
  if (!check_one_argument(interpreter, "deque.count", count, kwnames)) return Ref();
  std::int64_t found = 0;
  const Value value = arguments[0];
  const int result = search(interpreter, self, 0, as_deque(self)->size, interpreter.RuntimeError_type,
                            [&](Value item, std::int64_t) {
                              const int same = equal(interpreter, item, value);
                              if (same > 0) ++found;
                              return same < 0 ? -1 : 0;
                            });
  if (result < 0) return Ref();
  return new_int(interpreter, found);
}

Ref not_in_deque(Interpreter& interpreter, Value value) {
  Ref shown = repr(interpreter, value);
  if (!shown) return Ref();
  return interpreter.raise(interpreter.ValueError_type, std::string(str_utf8(shown.get())) + " is not in deque");
}

// index(value[, start[, stop]]): clamped as list.index clamps.
KRAIT_DEQUE_METHOD(deque_index) {
  if (!reject_keywords(interpreter, "deque.index", kwnames) || !check_positional(interpreter, "index", count, 1, 3))
    return Ref();
  std::int64_t start = 0, stop = INT64_MAX;
  if ((count > 1 && !slice_index_argument(interpreter, arguments[1], false, start)) ||
      (count > 2 && !slice_index_argument(interpreter, arguments[2], false, stop)))
    return Ref();
  const std::int64_t size = as_deque(self)->size;
  if (start < 0) start = std::max<std::int64_t>(start + size, 0);
  if (stop < 0) stop = std::max<std::int64_t>(stop + size, 0);
  stop = std::min(stop, size);
  if (start > stop) start = stop;
  std::int64_t position = -1;
  const Value value = arguments[0];
  const int result = search(interpreter, self, start, stop, interpreter.RuntimeError_type,
                            [&](Value item, std::int64_t index) {
                              const int same = equal(interpreter, item, value);
                              if (same > 0) position = index;
                              return same;
                            });
  if (result < 0) return Ref();
  if (position < 0) return not_in_deque(interpreter, value);
  return new_int(interpreter, position);
}

KRAIT_DEQUE_METHOD(deque_insert) {
  std::int64_t index = 0;
  if (!reject_keywords(interpreter, "deque.insert", kwnames) || !check_positional(interpreter, "insert", count, 2, 2) ||
      !index_argument(interpreter, arguments[0], index))
    return Ref();
  DequeObject* deque = as_deque(self);
  const std::int64_t size = deque->size;
  if (deque->maxlen == size)
    return interpreter.raise(interpreter.IndexError_type, "deque already at its maximum size");
  if (index >= size) {
    append_right(deque, arguments[1]);
  } else if (index <= -size || index == 0) {
    append_left(deque, arguments[1]);
  } else {
    rotate(deque, -index);
    if (index < 0) {
      append_right(deque, arguments[1]);
    } else {
      append_left(deque, arguments[1]);
    }
    rotate(deque, index);
  }
  return interpreter.new_none();
}

// remove(value): a change meanwhile is an IndexError here, as in CPython.
KRAIT_DEQUE_METHOD(deque_remove) {
  if (!check_one_argument(interpreter, "deque.remove", count, kwnames)) return Ref();
  std::int64_t position = -1;
  const Value value = arguments[0];
  const int result = search(interpreter, self, 0, as_deque(self)->size, interpreter.IndexError_type,
                            [&](Value item, std::int64_t index) {
                              const int same = equal(interpreter, item, value);
                              if (same > 0) position = index;
                              return same;
                            });
  if (result < 0) return Ref();
  if (position < 0) return not_in_deque(interpreter, value);
  delete_item(as_deque(self), position);
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_reverse) {
  if (!check_no_arguments(interpreter, "deque.reverse", count, kwnames)) return Ref();
  DequeObject* deque = as_deque(self);
  Cursor left = first(deque), right = last(deque);
  for (std::int64_t i = deque->size / 2; i > 0; --i) {
    std::swap(left.slot(), right.slot());
    left.step_right();
    right.step_left();
  }
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_rotate) {
  std::int64_t steps = 1;
  if (!reject_keywords(interpreter, "deque.rotate", kwnames) ||
      !check_argument_count(interpreter, "deque.rotate", count, 0, 1) ||
      (count == 1 && !index_argument(interpreter, arguments[0], steps)))
    return Ref();
  rotate(as_deque(self), steps);
  return interpreter.new_none();
}

KRAIT_DEQUE_METHOD(deque_reversed) {
  if (!check_no_arguments(interpreter, "deque.__reversed__", count, kwnames)) return Ref();
  return new_deque_iterator<true>(interpreter, self);
}

// (type(d), (), state, iter(d)) or (type(d), ((), maxlen), state, iter(d)),
// the state __getstate__ gives (copy and pickle use it).
KRAIT_DEQUE_METHOD(deque_reduce) {
  if (!check_no_arguments(interpreter, "deque.__reduce__", count, kwnames)) return Ref();
  Ref state = object_state(interpreter, self);
  if (!state) return Ref();
  Ref iterator = deque_iter(interpreter, self);
  Ref construction = new_tuple(interpreter, {});
  if (as_deque(self)->maxlen >= 0) {
    Ref maxlen = new_int(interpreter, as_deque(self)->maxlen);
    const Value pair[] = {construction.get(), maxlen.get()};
    construction = new_tuple(interpreter, pair);
  }
  const Value items[] = {Value::object(self.as_object()->type), construction.get(), state.get(), iterator.get()};
  return new_tuple(interpreter, items);
}

Ref deque_maxlen(Interpreter& interpreter, Value self) {
  const std::int64_t maxlen = as_deque(self)->maxlen;
  if (maxlen < 0) return interpreter.new_none();
  return new_int(interpreter, maxlen);
}

Type* new_iterator_type(Interpreter& interpreter, const char* name, UnarySlot next) {
  Type* type = new_native_type(interpreter, name, interpreter.object_type);
  type->iter = &iterator_self;
  type->next = next;
  type->traverse = &deque_iterator_traverse;
  type->deallocate = &deque_iterator_deallocate;
  add_methods(interpreter, type, {{"__length_hint__", &deque_iterator_length_hint}});
  ready_native_type(interpreter, type);
  return type;
}

}  // namespace

void init_deque_types(Interpreter& interpreter) {
  Type* type = new_native_type(interpreter, "collections.deque", interpreter.object_type);
  type->subclassable = true;
  type->weakrefable = true;
  type->pattern_flags = type_flag::sequence;
  type->construct = &deque_construct;
  type->initialize = &deque_initialize;
  type->deallocate = &deque_deallocate;
  type->traverse = &deque_traverse;
  type->clear = &deque_clear_references;
  type->repr = &deque_repr;
  type->hash = &hash_not_implemented;
  type->length = &deque_length;
  type->truth = &deque_truth;
  type->compare = &deque_compare;
  type->contains = &deque_contains;
  type->subscript = &deque_subscript;
  type->assign_subscript = &deque_assign_subscript;
  type->concatenate = &deque_concatenate;
  type->inplace_concatenate = &deque_inplace_concatenate;
  type->repeat = &deque_repeat;
  type->inplace_repeat = &deque_inplace_repeat;
  type->iter = &deque_iter;
  add_methods(interpreter, type,
              {{"append", &deque_append},
               {"appendleft", &deque_appendleft},
               {"pop", &deque_pop},
               {"popleft", &deque_popleft},
               {"extend", &deque_extend},
               {"extendleft", &deque_extendleft},
               {"clear", &deque_clear_method},
               {"copy", &deque_copy_method},
               {"__copy__", &deque_copy_method},
               {"count", &deque_count},
               {"index", &deque_index},
               {"insert", &deque_insert},
               {"remove", &deque_remove},
               {"reverse", &deque_reverse},
               {"rotate", &deque_rotate},
               {"__reversed__", &deque_reversed},
               {"__reduce__", &deque_reduce}});
  add_class_methods(interpreter, type, {{"__class_getitem__", &generic_class_getitem}});
  add_getsets(interpreter, type, {{"maxlen", &deque_maxlen}});
  ready_native_type(interpreter, type);
  interpreter.collections_types.deque = type;
  interpreter.collections_types.deque_iterator =
      new_iterator_type(interpreter, "_collections._deque_iterator", &deque_iterator_next<false>);
  interpreter.collections_types.deque_reverse_iterator =
      new_iterator_type(interpreter, "_collections._deque_reverse_iterator", &deque_iterator_next<true>);
}

}  // namespace krait::runtime
