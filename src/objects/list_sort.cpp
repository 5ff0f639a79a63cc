// Objects: list sorting (see list_sort.h). Galloping is left out: merges
// move items one at a time, after cutting off the ends of the two runs that
// are already in place.
#include "objects/list_sort.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// An item and the key it sorts by (the item itself without a key function).
struct SortItem {
  Value key;
  Value value;
};

class Sorter {
 public:
  Sorter(Interpreter& interpreter, std::vector<SortItem>& items) : interpreter_(interpreter), items_(items) {}

  // False with the exception of a failed comparison pending.
  bool sort() {
    const std::size_t count = items_.size();
    if (count < 2) return true;
    const std::size_t minimum_run = minimum_run_length(count);
    for (std::size_t start = 0; start < count;) {
      bool descending = false;
      std::size_t length = 0;
      if (!count_run(start, descending, length)) return false;
      if (descending) std::reverse(items_.begin() + start, items_.begin() + start + length);
      if (length < minimum_run) {
        const std::size_t extended = std::min(minimum_run, count - start);
        if (!binary_insertion_sort(start, start + length, start + extended)) return false;
        length = extended;
      }
      runs_.push_back({start, length});
      if (!merge_collapse()) return false;
      start += length;
    }
    while (runs_.size() > 1) {
      std::size_t at = runs_.size() - 2;
      if (at > 0 && runs_[at - 1].length < runs_[at + 1].length) --at;
      if (!merge_at(at)) return false;
    }
    return true;
  }

 private:
  struct Run {
    std::size_t base;
    std::size_t length;
  };

  // Timsort's minrun: between 32 and 64, so that count / minrun is a power
  // of two or a little less (balanced merges).
  static std::size_t minimum_run_length(std::size_t count) {
    std::size_t extra = 0;
    while (count >= 64) {
      extra |= count & 1;
      count >>= 1;
    }
    return count + extra;
  }

  // a < b: 1, 0, or -1 with an exception pending (ints, floats, strs and
  // tuples inline, as CPython's unsafe_*_compare do).
  int less(Value a, Value b) { return less_than(interpreter_, a, b); }

  // The run starting at `start`: ascending (each item not less than the one
  // before) or strictly descending, so that reversing it keeps stability.
  bool count_run(std::size_t start, bool& descending, std::size_t& length) {
    const std::size_t count = items_.size();
    length = 1;
    if (start + 1 == count) return true;
    int order = less(items_[start + 1].key, items_[start].key);
    if (order < 0) return false;
    descending = order == 1;
    for (length = 2; start + length < count; ++length) {
      order = less(items_[start + length].key, items_[start + length - 1].key);
      if (order < 0) return false;
      if ((order == 1) != descending) break;
    }
    return true;
  }

  // Sorts [low, high) whose prefix [low, sorted) is already sorted.
  bool binary_insertion_sort(std::size_t low, std::size_t sorted, std::size_t high) {
    for (std::size_t next = sorted; next < high; ++next) {
      const SortItem pivot = items_[next];
      // After every item equal to the pivot: stability.
      std::size_t left = low, right = next;
      while (left < right) {
        const std::size_t middle = left + (right - left) / 2;
        const int order = less(pivot.key, items_[middle].key);
        if (order < 0) return false;
        if (order == 1) {
          right = middle;
        } else {
          left = middle + 1;
        }
      }
      std::move_backward(items_.begin() + left, items_.begin() + next, items_.begin() + next + 1);
      items_[left] = pivot;
    }
    return true;
  }

  // Timsort's invariants on the pending runs (lengths A, B, C from the
  // bottom of the top three): A > B + C and B > C, so the stack stays
  // logarithmic and merges stay balanced.
  bool merge_collapse() {
    while (runs_.size() > 1) {
      std::size_t at = runs_.size() - 2;
      const auto length = [&](std::size_t i) { return runs_[i].length; };
      if ((at > 0 && length(at - 1) <= length(at) + length(at + 1)) ||
          (at > 1 && length(at - 2) <= length(at - 1) + length(at))) {
        if (length(at - 1) < length(at + 1)) --at;
      } else if (length(at) > length(at + 1)) {
        break;
      }
      if (!merge_at(at)) return false;
    }
    return true;
  }

  // The first position in [low, high) whose key is greater than `key`
  // (after the keys equal to it) when `after_equal`, else the first whose
  // key is not less than `key`. False on error.
  bool search(Value key, std::size_t low, std::size_t high, bool after_equal, std::size_t& out) {
    while (low < high) {
      const std::size_t middle = low + (high - low) / 2;
      const int order = after_equal ? less(key, items_[middle].key) : less(items_[middle].key, key);
      if (order < 0) return false;
      if ((order == 1) == after_equal) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    out = low;
    return true;
  }

  // Merges runs `at` and `at + 1` (adjacent) into one.
  bool merge_at(std::size_t at) {
    Run& left = runs_[at];
    const Run right = runs_[at + 1];
    left.length += right.length;
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(at) + 1);
    // Items of the left run not greater than the right run's first item, and
    // items of the right run less than the left run's last, are in place.
    std::size_t low = 0, high = 0;
    if (!search(items_[right.base].key, left.base, right.base, true, low)) return false;
    if (low == right.base) return true;
    if (!search(items_[right.base - 1].key, right.base, right.base + right.length, false, high)) return false;
    return merge(low, right.base, high);
  }

  // Merges the sorted ranges [low, middle) and [middle, high) through a
  // copy of the first. On error the copy's remaining items fill the gap, so
  // no item is lost or doubled.
  bool merge(std::size_t low, std::size_t middle, std::size_t high) {
    temporary_.assign(items_.begin() + low, items_.begin() + middle);
    std::size_t from_left = 0, from_right = middle, to = low;
    bool ok = true;
    while (from_left < temporary_.size() && from_right < high) {
      const int order = less(items_[from_right].key, temporary_[from_left].key);
      if (order < 0) {
        ok = false;
        break;
      }
      items_[to++] = order == 1 ? items_[from_right++] : temporary_[from_left++];
    }
    std::copy(temporary_.begin() + from_left, temporary_.end(), items_.begin() + to);
    return ok;
  }

  Interpreter& interpreter_;
  std::vector<SortItem>& items_;
  std::vector<Run> runs_;
  std::vector<SortItem> temporary_;
};

}  // namespace

// CPython's list_sort_impl: the items leave the list while it sorts.
bool list_sort(Interpreter& interpreter, Value list, Value key, bool reverse) {
  std::vector<Value>& storage = as_list(list)->items;
  std::vector<Value> saved = std::move(storage);
  storage = std::vector<Value>();  // capacity 0: any change shows
  const bool has_key = !key.is_null() && key != interpreter.none();
  std::vector<SortItem> items(saved.size());
  bool ok = true;
  for (std::size_t i = 0; i < saved.size(); ++i) items[i].key = items[i].value = saved[i];
  for (std::size_t i = 0; has_key && i < saved.size(); ++i) {
    Ref computed = call(interpreter, key, &saved[i], 1);
    if (!computed) {
      for (std::size_t j = 0; j < i; ++j) decref(items[j].key);
      ok = false;
      break;
    }
    items[i].key = computed.release();
  }
  // The items live in `items` while sorting: the list's buffer goes, so the
  // sort's peak memory is the items and the merge buffer, as CPython's.
  const std::size_t size = saved.size();
  saved = std::vector<Value>();
  if (ok) {
    if (reverse) std::reverse(items.begin(), items.end());
    ok = Sorter(interpreter, items).sort();
    if (has_key)
      for (const SortItem& item : items) decref(item.key);
    if (ok && storage.capacity() != 0) {
      interpreter.set_exception(interpreter.ValueError_type, "list modified during sort");
      ok = false;
    }
    if (reverse) std::reverse(items.begin(), items.end());
  }
  saved.reserve(size);
  for (const SortItem& item : items) saved.push_back(item.value);
  // Whatever was put into the list meanwhile is dropped, after the list
  // holds its items again.
  std::vector<Value> intruders = std::move(storage);
  storage = std::move(saved);
  for (Value item : intruders) decref(item);
  return ok;
}

Ref list_sort_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"sort", {"key", "reverse"}, 0, 2}, arguments, count, kwnames, bound)) return Ref();
  int reverse = 0;
  if (!bound[1].is_null() && !index_to_c_int(interpreter, bound[1], reverse)) return Ref();
  if (!list_sort(interpreter, self, bound[0], reverse != 0)) return Ref();
  return interpreter.new_none();
}

}  // namespace krait::runtime
