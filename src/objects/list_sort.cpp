// Objects: list.sort: a merge sort (binary insertion for short runs, then
// bottom-up merging), stable and safe under any comparison, even one that
// is inconsistent or raises. Lists of only small ints, only floats or only
// strs compare without the generic protocol, as CPython's
// unsafe_*_compare do.
#include "objects/list_sort.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/float_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct Entry {
  Value key;   // what is compared: the item, or key(item)
  Value item;
};

// Sorts `entries` stably by `less`, which returns 1 (less), 0 or -1 (an
// exception: the sort stops, the entries keep some permutation).
template <class Less>
bool merge_sort(std::vector<Entry>& entries, Less less) {
  const std::size_t size = entries.size();
  constexpr std::size_t run = 32;
  // Binary insertion sort of each run: at most log2(run) comparisons per item.
  for (std::size_t start = 0; start < size; start += run) {
    const std::size_t end = std::min(start + run, size);
    for (std::size_t i = start + 1; i < end; ++i) {
      const Entry pivot = entries[i];
      std::size_t low = start, high = i;
      while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const int result = less(pivot.key, entries[middle].key);
        if (result < 0) return false;
        if (result)
          high = middle;
        else
          low = middle + 1;
      }
      std::memmove(static_cast<void*>(&entries[low + 1]), &entries[low], (i - low) * sizeof(Entry));
      entries[low] = pivot;
    }
  }
  std::vector<Entry> buffer(size);
  for (std::size_t width = run; width < size; width *= 2) {
    for (std::size_t left = 0; left < size; left += 2 * width) {
      const std::size_t middle = std::min(left + width, size);
      const std::size_t right = std::min(left + 2 * width, size);
      std::size_t i = left, j = middle, k = left;
      while (i < middle && j < right) {
        // Take from the right run only when strictly less: stability.
        const int result = less(entries[j].key, entries[i].key);
        if (result < 0) {
          // Keep every entry: copy what is still unmerged back in place.
          while (i < middle) buffer[k++] = entries[i++];
          while (j < right) buffer[k++] = entries[j++];
          std::copy(buffer.begin() + static_cast<std::ptrdiff_t>(left), buffer.begin() + static_cast<std::ptrdiff_t>(k),
                    entries.begin() + static_cast<std::ptrdiff_t>(left));
          return false;
        }
        buffer[k++] = result ? entries[j++] : entries[i++];
      }
      while (i < middle) buffer[k++] = entries[i++];
      while (j < right) buffer[k++] = entries[j++];
    }
    entries.swap(buffer);
  }
  return true;
}

enum class KeyKind { Mixed, SmallInt, Float, Str };

KeyKind common_kind(Interpreter& interpreter, const std::vector<Entry>& entries) {
  if (entries.empty()) return KeyKind::Mixed;
  auto kind_of = [&](Value value) {
    if (value.is_small_int()) return KeyKind::SmallInt;
    const Type* type = value.as_object()->type;
    if (type == interpreter.float_type) return KeyKind::Float;
    if (type == interpreter.str_type) return KeyKind::Str;
    return KeyKind::Mixed;
  };
  const KeyKind first = kind_of(entries[0].key);
  for (const Entry& entry : entries)
    if (kind_of(entry.key) != first) return KeyKind::Mixed;
  return first;
}

int str_less(Value a, Value b) {
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  const std::int64_t common = std::min(x->length, y->length);
  if (x->width == 1 && y->width == 1) {
    const int sign = std::memcmp(x->data(), y->data(), static_cast<std::size_t>(common));
    if (sign != 0) return sign < 0;
  } else {
    for (std::int64_t i = 0; i < common; ++i) {
      const char32_t c = x->at(i), d = y->at(i);
      if (c != d) return c < d;
    }
  }
  return x->length < y->length;
}

bool sort_entries(Interpreter& interpreter, std::vector<Entry>& entries) {
  switch (common_kind(interpreter, entries)) {
    case KeyKind::SmallInt:
      return merge_sort(entries, [](Value a, Value b) { return a.as_small_int() < b.as_small_int() ? 1 : 0; });
    case KeyKind::Float:
      // NaNs compare false both ways, as with `<`.
      return merge_sort(entries, [](Value a, Value b) { return float_value(a) < float_value(b) ? 1 : 0; });
    case KeyKind::Str:
      return merge_sort(entries, [](Value a, Value b) { return str_less(a, b); });
    case KeyKind::Mixed:
      break;
  }
  return merge_sort(entries, [&](Value a, Value b) {
    Ref result = compare(interpreter, a, b, CompareOp::Lt);
    if (!result) return -1;
    return truth(interpreter, result.get());
  });
}

}  // namespace

bool list_sort(Interpreter& interpreter, Value list, Value key, bool reverse) {
  if (key == interpreter.none()) key = Value();
  ListObject* self = as_list(list);
  // The list looks empty while it is sorted, so that changes made by keys
  // or comparisons can be detected (CPython does the same).
  std::vector<Value> items = std::move(self->items);
  self->items.clear();
  std::vector<Entry> entries(items.size());
  std::vector<Ref> keys;
  bool ok = true;
  if (!key.is_null()) {
    keys.reserve(items.size());
    for (Value item : items) {
      Ref computed = call(interpreter, key, &item, 1);
      if (!computed) {
        ok = false;
        break;
      }
      keys.push_back(std::move(computed));
    }
  }
  if (ok) {
    for (std::size_t i = 0; i < items.size(); ++i) entries[i] = {key.is_null() ? items[i] : keys[i].get(), items[i]};
    // Reversed before and after, so that equal items keep their order.
    if (reverse) std::reverse(entries.begin(), entries.end());
    ok = sort_entries(interpreter, entries);
    if (reverse) std::reverse(entries.begin(), entries.end());
    // Sorted, or (after a failed comparison) some permutation of the items.
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = entries[i].item;
  }
  std::vector<Value> modified = std::move(self->items);
  self->items = std::move(items);
  if (!modified.empty()) {
    for (Value item : modified) decref(item);
    if (ok) {
      interpreter.set_exception(interpreter.ValueError_type, "list modified during sort");
      return false;
    }
  }
  return ok;
}

}  // namespace krait::runtime
