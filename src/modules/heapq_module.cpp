// Native modules: _heapq, after CPython 3.11's Modules/_heapqmodule.c, which
// Lib/heapq.py prefers to its pure-Python functions: heappush, heappop,
// heapify, heapreplace, heappushpop and the max-heap helpers of nlargest
// and merge (_heapify_max, _heappop_max, _heapreplace_max). Items compare
// with `<` only, in CPython's order, so the heaps come out the same.
#include <string>
#include <utility>
#include <vector>

#include "objects/list_object.h"
#include "objects/module_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The heap's items (a list's, which a comparison may change under us).
std::vector<Value>& items_of(Value heap) { return runtime::as_list(heap)->items; }

// `a < b` for a min-heap; `b < a` for a max-heap: 1, 0 or -1.
template <bool max_heap>
int before(Interpreter& interpreter, Value a, Value b) {
  // The items stay alive across the comparison even if it empties the list.
  Ref first = Ref::borrow(a), second = Ref::borrow(b);
  return max_heap ? runtime::less_than(interpreter, b, a) : runtime::less_than(interpreter, a, b);
}

bool size_changed(Interpreter& interpreter, Value heap, std::size_t size) {
  if (items_of(heap).size() == size) return false;
  interpreter.set_exception(interpreter.RuntimeError_type, "list changed size during iteration");
  return true;
}

// Moves the item at `position` up towards `start` while it sorts before
// its parent (CPython's siftdown).
template <bool max_heap>
bool sift_down(Interpreter& interpreter, Value heap, std::size_t start, std::size_t position) {
  const std::size_t size = items_of(heap).size();
  while (position > start) {
    const std::size_t parent = (position - 1) >> 1;
    const int smaller = before<max_heap>(interpreter, items_of(heap)[position], items_of(heap)[parent]);
    if (smaller < 0 || size_changed(interpreter, heap, size)) return false;
    if (smaller == 0) break;
    std::swap(items_of(heap)[parent], items_of(heap)[position]);
    position = parent;
  }
  return true;
}

// Moves the smaller child up until the item at `position` reaches a leaf,
// then sifts it back down into place (CPython's siftup).
template <bool max_heap>
bool sift_up(Interpreter& interpreter, Value heap, std::size_t position) {
  const std::size_t end = items_of(heap).size();
  const std::size_t start = position;
  const std::size_t limit = end >> 1;
  while (position < limit) {
    std::size_t child = 2 * position + 1;
    if (child + 1 < end) {
      const int smaller = before<max_heap>(interpreter, items_of(heap)[child], items_of(heap)[child + 1]);
      if (smaller < 0 || size_changed(interpreter, heap, end)) return false;
      if (smaller == 0) ++child;
    }
    std::swap(items_of(heap)[child], items_of(heap)[position]);
    position = child;
  }
  return sift_down<max_heap>(interpreter, heap, start, position);
}

// The heap argument: a list; "heappush() argument 1 must be list, not int"
// (or "heapify() argument must be list" for one-argument functions).
bool heap_argument(Interpreter& interpreter, const char* name, Value heap, bool only) {
  if (runtime::is_subtype(runtime::type_of(interpreter, heap), interpreter.list_type)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(name) + "() argument" + (only ? "" : " 1") +
                                                            " must be list, not " +
                                                            runtime::argument_type_name(interpreter, heap));
  return false;
}

bool heap_and_item(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                   Value kwnames) {
  return runtime::reject_keywords(interpreter, std::string("_heapq.") + name, kwnames) &&
         runtime::check_argument_count(interpreter, name, count, 2, 2) &&
         heap_argument(interpreter, name, arguments[0], false);
}

bool heap_only(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count, Value kwnames) {
  return runtime::check_one_argument(interpreter, std::string("_heapq.") + name, count, kwnames) &&
         heap_argument(interpreter, name, arguments[0], true);
}

Ref index_out_of_range(Interpreter& interpreter) {
  return interpreter.raise(interpreter.IndexError_type, "index out of range");
}

Ref heapq_heappush(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_and_item(interpreter, "heappush", arguments, count, kwnames)) return Ref();
  const Value heap = arguments[0];
  runtime::list_append(heap, arguments[1]);
  if (!sift_down<false>(interpreter, heap, 0, items_of(heap).size() - 1)) return Ref();
  return interpreter.new_none();
}

// Takes the top item out: the last item takes its place and sifts.
template <bool max_heap>
Ref pop_top(Interpreter& interpreter, Value heap) {
  std::vector<Value>& items = items_of(heap);
  if (items.empty()) return index_out_of_range(interpreter);
  Ref last = Ref::steal(items.back());
  items.pop_back();
  if (items.empty()) return last;
  Ref top = Ref::steal(items[0]);
  items[0] = last.release();
  if (!sift_up<max_heap>(interpreter, heap, 0)) return Ref();
  return top;
}

// Replaces the top item by `item`, sifting it into place; the old top.
template <bool max_heap>
Ref replace_top(Interpreter& interpreter, Value heap, Value item) {
  std::vector<Value>& items = items_of(heap);
  if (items.empty()) return index_out_of_range(interpreter);
  Ref top = Ref::steal(items[0]);
  runtime::incref(item);
  items[0] = item;
  if (!sift_up<max_heap>(interpreter, heap, 0)) return Ref();
  return top;
}

template <bool max_heap>
bool heapify(Interpreter& interpreter, Value heap) {
  // Sift each parent down, the last first: children are heaps before their
  // parent is placed.
  for (std::size_t i = items_of(heap).size() / 2; i-- > 0;)
    if (!sift_up<max_heap>(interpreter, heap, i)) return false;
  return true;
}

Ref heapq_heappop(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_only(interpreter, "heappop", arguments, count, kwnames)) return Ref();
  return pop_top<false>(interpreter, arguments[0]);
}

Ref heapq_heapreplace(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_and_item(interpreter, "heapreplace", arguments, count, kwnames)) return Ref();
  return replace_top<false>(interpreter, arguments[0], arguments[1]);
}

// heappushpop(heap, item): push then pop, in one sift.
Ref heapq_heappushpop(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_and_item(interpreter, "heappushpop", arguments, count, kwnames)) return Ref();
  const Value heap = arguments[0], item = arguments[1];
  if (items_of(heap).empty()) return Ref::borrow(item);
  const int smaller = before<false>(interpreter, items_of(heap)[0], item);
  if (smaller < 0) return Ref();
  if (smaller == 0) return Ref::borrow(item);
  return replace_top<false>(interpreter, heap, item);
}

Ref heapq_heapify(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_only(interpreter, "heapify", arguments, count, kwnames) || !heapify<false>(interpreter, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

Ref heapq_heapify_max(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_only(interpreter, "_heapify_max", arguments, count, kwnames) || !heapify<true>(interpreter, arguments[0]))
    return Ref();
  return interpreter.new_none();
}

Ref heapq_heappop_max(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_only(interpreter, "_heappop_max", arguments, count, kwnames)) return Ref();
  return pop_top<true>(interpreter, arguments[0]);
}

Ref heapq_heapreplace_max(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!heap_and_item(interpreter, "_heapreplace_max", arguments, count, kwnames)) return Ref();
  return replace_top<true>(interpreter, arguments[0], arguments[1]);
}

}  // namespace

Ref create_heapq_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_heapq");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"heappush", &heapq_heappush},
                                 {"heappop", &heapq_heappop},
                                 {"heapify", &heapq_heapify},
                                 {"heapreplace", &heapq_heapreplace},
                                 {"heappushpop", &heapq_heappushpop},
                                 {"_heapify_max", &heapq_heapify_max},
                                 {"_heappop_max", &heapq_heappop_max},
                                 {"_heapreplace_max", &heapq_heapreplace_max}});
  return module;
}

}  // namespace krait::modules
