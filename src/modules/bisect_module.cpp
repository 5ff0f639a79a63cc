// Native modules: _bisect, after CPython 3.11's Modules/_bisectmodule.c,
// which Lib/bisect.py prefers to its pure-Python functions: bisect_left,
// bisect_right, insort_left and insort_right, with lo, hi and key. Items
// compare with `<` only, as CPython's.
#include <algorithm>
#include <cstdint>
#include <string>

#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The arguments of (a, x, lo=0, hi=None, *, key=None).
struct BisectArguments {
  Value sequence;
  Value item;
  std::int64_t lo = 0;
  std::int64_t hi = -1;  // -1: len(a)
  Value key;             // null: none
};

bool bisect_arguments(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                      Value kwnames, BisectArguments& out) {
  Value bound[5] = {};
  if (runtime::arguments_fit(count, kwnames, 2, 4)) {
    std::copy(arguments, arguments + count, bound);
  } else if (!runtime::bind_arguments(interpreter, {name, {"a", "x", "lo", "hi", "key"}, 0, 1, 2}, arguments, count,
                                      kwnames, bound)) {
    return false;
  }
  out.sequence = bound[0];
  out.item = bound[1];
  if (!bound[2].is_null() && !runtime::index_argument(interpreter, bound[2], out.lo)) return false;
  if (!bound[3].is_null() && bound[3] != interpreter.none()) {
    if (!bound[3].is_small_int() &&
        runtime::lookup_special(interpreter, bound[3], interpreter.names.dunder_index).is_null() &&
        !runtime::is_int(interpreter, bound[3])) {
      interpreter.set_exception(interpreter.TypeError_type, "argument should be integer or None, not '" +
                                                                runtime::argument_type_name(interpreter, bound[3]) +
                                                                "'");
      return false;
    }
    if (!runtime::index_argument(interpreter, bound[3], out.hi)) return false;
  }
  if (!bound[4].is_null() && bound[4] != interpreter.none()) out.key = bound[4];
  return true;
}

// sequence[index], straight from a list.
Ref item_at(Interpreter& interpreter, Value sequence, std::int64_t index) {
  if (sequence.is_object() && sequence.as_object()->type == interpreter.list_type) {
    const std::vector<Value>& items = runtime::as_list(sequence)->items;
    if (index < static_cast<std::int64_t>(items.size())) return Ref::borrow(items[index]);
  }
  return runtime::get_item(interpreter, sequence, Value::small_int(index));
}

// The insertion point of `x` (already keyed) in [lo, hi): before equal
// items (`right` false) or after them. -1 with an exception pending.
template <bool right>
std::int64_t bisect(Interpreter& interpreter, Value sequence, Value x, std::int64_t lo, std::int64_t hi, Value key) {
  if (lo < 0) {
    interpreter.set_exception(interpreter.ValueError_type, "lo must be non-negative");
    return -1;
  }
  if (hi == -1) {
    Ref size = runtime::length(interpreter, sequence);
    if (!size || !runtime::index_argument(interpreter, size.get(), hi)) return -1;
  }
  while (lo < hi) {
    const std::int64_t middle = static_cast<std::int64_t>((static_cast<std::uint64_t>(lo) + hi) / 2);
    Ref item = item_at(interpreter, sequence, middle);
    if (!item) return -1;
    if (!key.is_null()) {
      const Value argument = item.get();
      item = runtime::call(interpreter, key, &argument, 1);
      if (!item) return -1;
    }
    const int smaller = right ? runtime::less_than(interpreter, x, item.get())
                              : runtime::less_than(interpreter, item.get(), x);
    if (smaller < 0) return -1;
    if (smaller != right)
      lo = middle + 1;
    else
      hi = middle;
  }
  return lo;
}

template <bool right>
Ref bisect_function(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  BisectArguments bound;
  if (!bisect_arguments(interpreter, right ? "bisect_right" : "bisect_left", arguments, count, kwnames, bound))
    return Ref();
  const std::int64_t index = bisect<right>(interpreter, bound.sequence, bound.item, bound.lo, bound.hi, bound.key);
  if (index < 0) return Ref();
  return runtime::new_int(interpreter, index);
}

// insort_left / insort_right: a.insert(bisect(...), x), the key applied to
// x for the search.
template <bool right>
Ref insort_function(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  BisectArguments bound;
  if (!bisect_arguments(interpreter, right ? "insort_right" : "insort_left", arguments, count, kwnames, bound))
    return Ref();
  Ref keyed = Ref::borrow(bound.item);
  if (!bound.key.is_null()) {
    keyed = runtime::call(interpreter, bound.key, &bound.item, 1);
    if (!keyed) return Ref();
  }
  const std::int64_t index = bisect<right>(interpreter, bound.sequence, keyed.get(), bound.lo, bound.hi, bound.key);
  if (index < 0) return Ref();
  if (bound.sequence.is_object() && bound.sequence.as_object()->type == interpreter.list_type) {
    std::vector<Value>& items = runtime::as_list(bound.sequence)->items;
    runtime::incref(bound.item);
    items.insert(items.begin() + std::min<std::int64_t>(index, static_cast<std::int64_t>(items.size())), bound.item);
    return interpreter.new_none();
  }
  const Value insert_arguments[] = {Value::small_int(index), bound.item};
  Ref result = runtime::call_method(interpreter, bound.sequence, interpreter.intern("insert"), insert_arguments, 2);
  if (!result) return Ref();
  return interpreter.new_none();
}

}  // namespace

Ref create_bisect_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_bisect");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"bisect_right", &bisect_function<true>},
                                 {"bisect_left", &bisect_function<false>},
                                 {"insort_right", &insort_function<true>},
                                 {"insort_left", &insort_function<false>}});
  return module;
}

}  // namespace krait::modules
