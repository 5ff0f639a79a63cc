// Objects: the operations the built-in sequences share (see sequence.h).
#include "objects/sequence.h"

#include <sys/sysinfo.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {

bool index_sized(Interpreter& interpreter, Value value, std::int64_t& out) {
  if (int_to_int64(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.OverflowError_type, "cannot fit 'int' into an index-sized integer");
  return false;
}

namespace {

// The int an integer-like value stands for (itself, or its __index__), or a
// null Ref with `error` raised as TypeError when it has none.
Ref integer_value(Interpreter& interpreter, Value value, const std::string& error) {
  if (is_int(interpreter, value)) return Ref::borrow(value);
  const Value method = lookup_special(interpreter, value, interpreter.names.dunder_index);
  if (method.is_null()) return interpreter.raise(interpreter.TypeError_type, error);
  Ref result = call_with_self(interpreter, method, value, nullptr, 0, Value());
  if (!result) return Ref();
  if (!is_int(interpreter, result.get()))
    return interpreter.raise(interpreter.TypeError_type, "__index__ returned non-int (type " +
                                                             std::string(type_name(interpreter, result.get())) + ")");
  return result;
}

}  // namespace

bool index_argument(Interpreter& interpreter, Value value, std::int64_t& out) {
  Ref integer = integer_value(interpreter, value,
                              quoted_type_name(interpreter, value) + " object cannot be interpreted as an integer");
  if (!integer) return false;
  if (int_to_int64(interpreter, integer.get(), out)) return true;
  interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C ssize_t");
  return false;
}

bool int_argument(Interpreter& interpreter, Value value, int& out) {
  Ref integer = integer_value(interpreter, value,
                              quoted_type_name(interpreter, value) + " object cannot be interpreted as an integer");
  if (!integer) return false;
  std::int64_t wide = 0;
  if (!int_to_int64(interpreter, integer.get(), wide) || wide < std::numeric_limits<int>::min() ||
      wide > std::numeric_limits<int>::max()) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C int");
    return false;
  }
  out = static_cast<int>(wide);
  return true;
}

bool slice_index_argument(Interpreter& interpreter, Value value, bool none_allowed, std::int64_t& out) {
  if (none_allowed && value == interpreter.none()) return true;
  Ref integer = integer_value(interpreter, value,
                              none_allowed ? "slice indices must be integers or None or have an __index__ method"
                                           : "slice indices must be integers or have an __index__ method");
  if (!integer) return false;
  if (!int_to_int64(interpreter, integer.get(), out))
    out = int_sign(interpreter, integer.get()) < 0 ? std::numeric_limits<std::int64_t>::min()
                                                   : std::numeric_limits<std::int64_t>::max();
  return true;
}

void adjust_range(std::int64_t& start, std::int64_t& end, std::int64_t length) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end = std::max<std::int64_t>(end + length, 0);
  }
  if (start < 0) start = std::max<std::int64_t>(start + length, 0);
}

std::int64_t sequence_index_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                                   Value kwnames, const char* qualified, const SequenceAccess& access) {
  if (!reject_keywords(interpreter, qualified, kwnames) || !check_positional(interpreter, "index", count, 1, 3))
    return -2;
  std::int64_t start = 0, stop = std::numeric_limits<std::int64_t>::max();
  if ((count > 1 && !slice_index_argument(interpreter, arguments[1], false, start)) ||
      (count > 2 && !slice_index_argument(interpreter, arguments[2], false, stop)))
    return -2;
  const std::int64_t length = access.length(self);
  if (start < 0) start = std::max<std::int64_t>(start + length, 0);
  if (stop < 0) stop = std::max<std::int64_t>(stop + length, 0);
  // The length is reread: comparing may run code that changes a list.
  for (std::int64_t i = start; i < stop && i < access.length(self); ++i) {
    Ref item = access.item(interpreter, self, i);
    const int found = equal(interpreter, item.get(), arguments[0]);
    if (found < 0) return -2;
    if (found) return i;
  }
  return -1;
}

std::int64_t sequence_count(Interpreter& interpreter, Value self, Value value, const SequenceAccess& access) {
  std::int64_t found = 0;
  for (std::int64_t i = 0; i < access.length(self); ++i) {
    Ref item = access.item(interpreter, self, i);
    const int same = equal(interpreter, item.get(), value);
    if (same < 0) return -1;
    found += same;
  }
  return found;
}

namespace {

// What the system could ever give one allocation (RAM and swap), which
// Linux's overcommit heuristic refuses beyond: CPython's MemoryError then.
std::uint64_t memory_limit() {
  static const std::uint64_t limit = [] {
    struct sysinfo info {};
    if (sysinfo(&info) != 0) return std::numeric_limits<std::uint64_t>::max();
    return (static_cast<std::uint64_t>(info.totalram) + info.totalswap) * info.mem_unit;
  }();
  return limit;
}

}  // namespace

bool repeat_size(Interpreter& interpreter, std::int64_t size, std::int64_t count, std::int64_t& out) {
  if (count < 0) count = 0;
  // The bound keeps the byte size of the result within a machine word, and
  // within memory (an item takes a byte at least).
  if (size != 0 && (count > std::numeric_limits<std::int64_t>::max() / 16 / size ||
                    static_cast<std::uint64_t>(size * count) > memory_limit())) {
    interpreter.set_exception(interpreter.MemoryError_type, "");
    return false;
  }
  out = size * count;
  return true;
}

Ref subscript_index(Interpreter& interpreter, Value key) {
  if (is_int(interpreter, key)) return Ref::borrow(key);
  if (lookup_special(interpreter, key, interpreter.names.dunder_index).is_null()) return Ref();
  return number_index(interpreter, key);
}

bool sequence_index(Interpreter& interpreter, Value index, std::int64_t length, std::string_view what,
                    std::int64_t& out, Value key) {
  if (!int_to_int64(interpreter, index, out)) {
    // CPython reports an index too large for a machine word as IndexError.
    interpreter.set_exception(interpreter.IndexError_type, "cannot fit " + quoted_type_name(interpreter, key.is_null() ? index : key) +
                                                               " into an index-sized integer");
    return false;
  }
  if (out < 0) out += length;
  if (out >= 0 && out < length) return true;
  interpreter.set_exception(interpreter.IndexError_type, std::string(what) + " index out of range");
  return false;
}

Ref sequence_subscript(Interpreter& interpreter, Value self, Value key, const SequenceAccess& access) {
  const std::int64_t length = access.length(self);
  if (is_int(interpreter, key)) {
    std::int64_t index = 0;
    if (!sequence_index(interpreter, key, length, access.name, index)) return Ref();
    return access.item(interpreter, self, index);
  }
  if (is_slice(interpreter, key)) {
    SliceBounds bounds;
    if (!slice_bounds(interpreter, key, length, bounds)) return Ref();
    return access.slice(interpreter, self, bounds);
  }
  if (Ref index_value = subscript_index(interpreter, key)) {
    std::int64_t index = 0;
    if (!sequence_index(interpreter, index_value.get(), length, access.name, index, key)) return Ref();
    return access.item(interpreter, self, index);
  }
  if (interpreter.has_exception()) return Ref();
  const std::string name(access.name);
  // str's message differs from the others' in 3.11.
  if (name == "string")
    return interpreter.raise(interpreter.TypeError_type,
                             "string indices must be integers, not " + quoted_type_name(interpreter, key));
  return interpreter.raise(interpreter.TypeError_type,
                           name + " indices must be integers or slices, not " + std::string(type_name(interpreter, key)));
}

Ref sequence_compare(Interpreter& interpreter, Value left, Value right, CompareOp op, const SequenceAccess& access) {
  // Both operands of the same built-in sequence type, subclasses included.
  const Type* builtin = type_of(interpreter, left);
  while (builtin->is_heap_type) builtin = builtin->base;
  if (!is_subtype(type_of(interpreter, right), builtin)) return Ref::borrow(interpreter.not_implemented());
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && access.length(left) != access.length(right))
    return interpreter.new_boolean(op == CompareOp::Ne);
  std::int64_t i = 0;
  for (; i < access.length(left) && i < access.length(right); ++i) {
    Ref a = access.item(interpreter, left, i);
    Ref b = access.item(interpreter, right, i);
    const int same = equal(interpreter, a.get(), b.get());
    if (same < 0) return Ref();
    if (same) continue;
    if (op == CompareOp::Eq) return interpreter.new_boolean(false);
    if (op == CompareOp::Ne) return interpreter.new_boolean(true);
    return compare(interpreter, a.get(), b.get(), op);
  }
  return interpreter.new_boolean(compare_ordered<std::int64_t>(access.length(left), access.length(right), op));
}

int sequence_contains(Interpreter& interpreter, Value self, Value item, const SequenceAccess& access) {
  for (std::int64_t i = 0; i < access.length(self); ++i) {
    Ref candidate = access.item(interpreter, self, i);
    const int same = equal(interpreter, candidate.get(), item);
    if (same != 0) return same;
  }
  return 0;
}

Ref sequence_repr(Interpreter& interpreter, Value self, std::string_view open, std::string_view close,
                  const SequenceAccess& access) {
  std::vector<Value>& active = interpreter.repr_active;
  if (std::find(active.begin(), active.end(), self) != active.end())
    return new_str(interpreter, std::string(open) + "..." + std::string(close));
  active.push_back(self);
  std::string text(open);
  bool failed = false;
  for (std::int64_t i = 0; i < access.length(self); ++i) {
    Ref item = access.item(interpreter, self, i);
    Ref item_repr = repr(interpreter, item.get());
    if (!item_repr) {
      failed = true;
      break;
    }
    if (i > 0) text += ", ";
    text += str_utf8(item_repr.get());
  }
  active.pop_back();
  if (failed) return Ref();
  text += close;
  return new_str(interpreter, text);
}

Padding justify_padding(Justify how, std::int64_t margin, std::int64_t width) {
  switch (how) {
    case Justify::Left: return {0, margin};
    case Justify::Right: return {margin, 0};
    case Justify::Center: break;
  }
  const std::int64_t left = margin / 2 + (margin & width & 1);
  return {left, margin - left};
}

Ref join_items(Interpreter& interpreter, Value iterable, const Value*& items, std::size_t& size) {
  Ref collected;
  if (is_list(interpreter, iterable) || is_tuple(interpreter, iterable)) {
    collected = Ref::borrow(iterable);
  } else {
    if (type_of(interpreter, iterable)->iter == nullptr)
      return interpreter.raise(interpreter.TypeError_type, "can only join an iterable");
    collected = new_list(interpreter, {});
    if (!list_extend(interpreter, collected.get(), iterable)) return Ref();
  }
  if (is_tuple(interpreter, collected.get())) {
    items = as_tuple(collected.get())->items();
    size = static_cast<std::size_t>(as_tuple(collected.get())->size);
  } else {
    items = as_list(collected.get())->items.data();
    size = as_list(collected.get())->items.size();
  }
  return collected;
}

}  // namespace krait::runtime
