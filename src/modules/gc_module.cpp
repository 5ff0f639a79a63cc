// Native modules: gc, the interface to the cycle collector (runtime/gc.h),
// as CPython's Modules/gcmodule.c presents it: collect, enable/disable,
// thresholds and counts, is_tracked/is_finalized, get_referents/
// get_referrers/get_objects, get_stats, freeze, garbage and callbacks.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::GcState;
using runtime::Interpreter;
using runtime::Object;
using runtime::Ref;
using runtime::Value;

constexpr int generations = GcState::generation_count;

// gc.collect(generation=2): the number of unreachable objects found.
Ref gc_collect(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {"collect", {"generation"}}, arguments, count, kwnames, bound)) return Ref();
  int generation = generations - 1;
  if (!bound[0].is_null() && !runtime::index_to_c_int(interpreter, bound[0], generation)) return Ref();
  if (generation < 0 || generation >= generations)
    return interpreter.raise(interpreter.ValueError_type, "invalid generation");
  return runtime::new_int(interpreter, runtime::collect_garbage(interpreter, generation));
}

template <bool enabled>
Ref gc_enable(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, enabled ? "gc.enable" : "gc.disable", count, kwnames)) return Ref();
  interpreter.gc.enabled = enabled;
  return interpreter.new_none();
}

Ref gc_isenabled(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.isenabled", count, kwnames)) return Ref();
  return interpreter.new_boolean(interpreter.gc.enabled);
}

// A tuple of one number per generation.
template <std::int64_t runtime::GcGeneration::*field>
Ref generation_tuple(Interpreter& interpreter, const char* name, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, name, count, kwnames)) return Ref();
  Value items[generations];
  std::vector<Ref> owned;
  for (int i = 0; i < generations; ++i) {
    owned.push_back(runtime::new_int(interpreter, interpreter.gc.generations[i].*field));
    items[i] = owned.back().get();
  }
  return runtime::new_tuple(interpreter, items);
}

Ref gc_get_count(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  return generation_tuple<&runtime::GcGeneration::count>(interpreter, "gc.get_count", count, kwnames);
}

Ref gc_get_threshold(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  return generation_tuple<&runtime::GcGeneration::threshold>(interpreter, "gc.get_threshold", count, kwnames);
}

// gc.set_threshold(threshold0[, threshold1[, threshold2]]).
Ref gc_set_threshold(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "set_threshold", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "set_threshold", count, 1, generations))
    return Ref();
  int thresholds[generations];
  for (std::size_t i = 0; i < count; ++i)
    if (!runtime::index_to_c_int(interpreter, arguments[i], thresholds[i])) return Ref();
  for (std::size_t i = 0; i < count; ++i) interpreter.gc.generations[i].threshold = thresholds[i];
  return interpreter.new_none();
}

Ref gc_is_tracked(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "gc.is_tracked", count, kwnames)) return Ref();
  return interpreter.new_boolean(arguments[0].is_object() && runtime::gc_is_tracked(arguments[0].as_object()));
}

Ref gc_is_finalized(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "gc.is_finalized", count, kwnames)) return Ref();
  const Value value = arguments[0];
  return interpreter.new_boolean(value.is_object() && runtime::is_container(value.as_object()->type) &&
                                 runtime::gc_header(value.as_object())->has(runtime::GcHeader::finalized));
}

// What the collector sees an object refer to: nothing for built-in types
// (owned by the interpreter) and objects that are not containers.
std::vector<Value> referents(Value value) {
  std::vector<Value> found;
  if (!value.is_object()) return found;
  Object* object = value.as_object();
  if (!runtime::is_container(object->type)) return found;
  if (runtime::is_subtype(object->type, object->type->interpreter->type_type) &&
      !static_cast<runtime::Type*>(object)->is_heap_type)
    return found;
  runtime::traverse_object(
      object,
      runtime::Visitor([](Value referent, void* context) { static_cast<std::vector<Value>*>(context)->push_back(referent); },
                       &found, true));
  return found;
}

Ref gc_get_referents(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get_referents", kwnames)) return Ref();
  Ref result = runtime::new_list(interpreter, {});
  for (std::size_t i = 0; i < count; ++i)
    for (Value referent : referents(arguments[i])) runtime::list_append(result.get(), referent);
  return result;
}

// The tracked objects that refer to any of the arguments.
Ref gc_get_referrers(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get_referrers", kwnames)) return Ref();
  Ref result = runtime::new_list(interpreter, {});
  for (Object* object : runtime::gc_tracked_objects(interpreter, -1)) {
    if (object == result.get().as_object()) continue;
    for (Value referent : referents(Value::object(object))) {
      if (std::find(arguments, arguments + count, referent) == arguments + count) continue;
      runtime::list_append(result.get(), Value::object(object));
      break;
    }
  }
  return result;
}

// gc.get_objects(generation=None).
Ref gc_get_objects(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {"get_objects", {"generation"}}, arguments, count, kwnames, bound))
    return Ref();
  int generation = -1;
  if (!bound[0].is_null() && bound[0] != interpreter.none()) {
    if (!runtime::index_to_c_int(interpreter, bound[0], generation)) return Ref();
    if (generation >= generations)
      return interpreter.raise(interpreter.ValueError_type,
                               "generation parameter must be less than the number of available generations (" +
                                   std::to_string(generations) + ")");
    if (generation < 0) return interpreter.raise(interpreter.ValueError_type, "generation parameter cannot be negative");
  }
  Ref result = runtime::new_list(interpreter, {});
  for (Object* object : runtime::gc_tracked_objects(interpreter, generation))
    if (object != result.get().as_object()) runtime::list_append(result.get(), Value::object(object));
  return result;
}

// gc.get_stats(): per generation, its collections and what they collected
// (nothing is ever uncollectable: no legacy finalizers).
Ref gc_get_stats(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.get_stats", count, kwnames)) return Ref();
  Ref result = runtime::new_list(interpreter, {});
  for (const runtime::GcGeneration& generation : interpreter.gc.generations) {
    Ref stats = runtime::new_dict(interpreter);
    const std::pair<const char*, std::int64_t> fields[] = {
        {"collections", generation.collections}, {"collected", generation.collected}, {"uncollectable", 0}};
    for (const auto& [name, number] : fields) {
      Ref value = runtime::new_int(interpreter, number);
      runtime::dict_set_str(interpreter, stats.get(), interpreter.intern(name), value.get());
    }
    runtime::list_append(result.get(), stats.get());
  }
  return result;
}

Ref gc_freeze(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.freeze", count, kwnames)) return Ref();
  runtime::gc_freeze(interpreter);
  return interpreter.new_none();
}

Ref gc_unfreeze(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.unfreeze", count, kwnames)) return Ref();
  runtime::gc_unfreeze(interpreter);
  return interpreter.new_none();
}

Ref gc_get_freeze_count(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.get_freeze_count", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, runtime::gc_permanent_count(interpreter));
}

// The debugging flags are kept, and have no effect.
Ref gc_set_debug(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!runtime::bind_arguments(interpreter, {"set_debug", {"flags"}, 1, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  int flags = 0;
  if (!runtime::index_to_c_int(interpreter, bound[0], flags)) return Ref();
  interpreter.gc.debug = flags;
  return interpreter.new_none();
}

Ref gc_get_debug(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "gc.get_debug", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, interpreter.gc.debug);
}

}  // namespace

Ref create_gc_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "gc");
  const Value gc = module.get();
  runtime::add_module_functions(interpreter, gc,
                                {{"collect", &gc_collect},
                                 {"enable", &gc_enable<true>},
                                 {"disable", &gc_enable<false>},
                                 {"isenabled", &gc_isenabled},
                                 {"get_count", &gc_get_count},
                                 {"get_threshold", &gc_get_threshold},
                                 {"set_threshold", &gc_set_threshold},
                                 {"is_tracked", &gc_is_tracked},
                                 {"is_finalized", &gc_is_finalized},
                                 {"get_referents", &gc_get_referents},
                                 {"get_referrers", &gc_get_referrers},
                                 {"get_objects", &gc_get_objects},
                                 {"get_stats", &gc_get_stats},
                                 {"freeze", &gc_freeze},
                                 {"unfreeze", &gc_unfreeze},
                                 {"get_freeze_count", &gc_get_freeze_count},
                                 {"set_debug", &gc_set_debug},
                                 {"get_debug", &gc_get_debug}});
  const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1},         {"DEBUG_COLLECTABLE", 2},
                                               {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
                                               {"DEBUG_LEAK", 38}};
  for (const auto& [name, value] : flags) runtime::module_set(interpreter, gc, name, Value::small_int(value));
  Ref garbage = runtime::new_list(interpreter, {});
  runtime::module_set(interpreter, gc, "garbage", garbage.get());
  runtime::module_set(interpreter, gc, "callbacks", interpreter.gc.callbacks.get());
  return module;
}

}  // namespace krait::modules
