// Native modules: _functools, after CPython 3.11's Modules/_functoolsmodule.c,
// which Lib/functools.py prefers to its pure-Python versions: reduce,
// partial, cmp_to_key (functools.KeyWrapper) and _lru_cache_wrapper, the
// engine of functools.lru_cache and functools.cache.
#include <limits>
#include <string>
#include <vector>

#include "modules/module_types.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/generic_alias_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

bool is_callable(const Interpreter& interpreter, Value value) {
  return runtime::type_of(interpreter, value)->call != nullptr;
}

// ---- reduce(function, iterable[, initial]) ---------------------------------

Ref functools_reduce(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "reduce", kwnames) ||
      !runtime::check_argument_count(interpreter, "reduce", count, 2, 3))
    return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[1]);
  if (!iterator) {
    if (interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      return interpreter.raise(interpreter.TypeError_type, "reduce() arg 2 must support iteration");
    }
    return Ref();
  }
  Ref result = count == 3 ? Ref::borrow(arguments[2]) : Ref();
  for (;;) {
    Ref item = runtime::iterator_next(interpreter, iterator.get());
    if (!item) {
      if (interpreter.has_exception()) return Ref();
      break;
    }
    if (!result) {
      result = std::move(item);
      continue;
    }
    const Value pair[] = {result.get(), item.get()};
    result = runtime::call(interpreter, arguments[0], pair, 2);
    if (!result) return Ref();
  }
  if (!result)
    return interpreter.raise(interpreter.TypeError_type, "reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial(func, /, *args, **keywords) -----------------------------------

struct Partial : runtime::Object {
  Ref function;
  Ref arguments;  // a tuple
  Ref keywords;   // a dict
  runtime::Attributes attributes;
  template <class F>
  void for_fields(F f) {
    f(function);
    f(arguments);
    f(keywords);
  }
};

Ref partial_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                      Value kwnames) {
  if (count < 1) return interpreter.raise(interpreter.TypeError_type, "type 'partial' takes at least one argument");
  Value function = arguments[0];
  if (!is_callable(interpreter, function))
    return interpreter.raise(interpreter.TypeError_type, "the first argument must be callable");
  std::vector<Value> stored;
  Ref keywords;
  // A partial of a partial (without attributes of its own) flattens into one.
  const Type* partial_type = iter_module_types(interpreter).partial;
  if (function.is_object() && function.as_object()->type->call == partial_type->call) {
    auto* inner = as<Partial>(function);
    const runtime::Attributes* attributes = runtime::attributes_of(inner);
    if (!attributes || (!attributes->dict && !attributes->values)) {
      const runtime::TupleObject* inner_arguments = runtime::as_tuple(inner->arguments.get());
      stored.assign(inner_arguments->items(), inner_arguments->items() + inner_arguments->size);
      keywords = runtime::dict_copy(interpreter, inner->keywords.get());
      function = inner->function.get();
    }
  }
  if (!keywords) keywords = runtime::new_dict(interpreter);
  stored.insert(stored.end(), arguments + 1, arguments + count);
  const std::size_t keyword_count = runtime::keyword_count(kwnames);
  for (std::size_t i = 0; i < keyword_count; ++i)
    if (!runtime::dict_set_item(interpreter, keywords.get(), runtime::as_tuple(kwnames)->items()[i],
                                arguments[count + i]))
      return Ref();
  auto* partial = new_instance<Partial>(interpreter, type);
  partial->function = Ref::borrow(function);
  partial->arguments = runtime::new_tuple(interpreter, stored);
  partial->keywords = std::move(keywords);
  return owned(partial);
}

// partial(...)(*args, **kwargs): the function with the stored arguments
// first, the call's keywords over the stored ones.
Ref partial_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const auto* partial = as<Partial>(self);
  const runtime::TupleObject* stored = runtime::as_tuple(partial->arguments.get());
  const auto stored_count = static_cast<std::size_t>(stored->size);
  const Value keywords = partial->keywords.get();
  const std::size_t stored_keywords = runtime::as_dict(keywords)->used;
  const std::size_t call_keywords = runtime::keyword_count(kwnames);
  if (stored_count == 0 && stored_keywords == 0)
    return runtime::call(interpreter, partial->function.get(), arguments, count, kwnames);
  std::vector<Value> values(stored->items(), stored->items() + stored_count);
  values.insert(values.end(), arguments, arguments + count);
  if (stored_keywords == 0) {
    values.insert(values.end(), arguments + count, arguments + count + call_keywords);
    return runtime::call(interpreter, partial->function.get(), values.data(), stored_count + count, kwnames);
  }
  Ref merged = runtime::dict_copy(interpreter, keywords);
  for (std::size_t i = 0; i < call_keywords; ++i)
    if (!runtime::dict_set_item(interpreter, merged.get(), runtime::as_tuple(kwnames)->items()[i],
                                arguments[count + i]))
      return Ref();
  std::vector<Value> names;
  std::size_t position = 0;
  Value key, value;
  while (runtime::dict_next(merged.get(), position, key, value)) {
    names.push_back(key);
    values.push_back(value);
  }
  Ref merged_names = runtime::new_tuple(interpreter, names);
  return runtime::call(interpreter, partial->function.get(), values.data(), stored_count + count, merged_names.get());
}

Ref partial_function(Interpreter&, Value self) { return Ref::borrow(as<Partial>(self)->function.get()); }
Ref partial_arguments(Interpreter&, Value self) { return Ref::borrow(as<Partial>(self)->arguments.get()); }
Ref partial_keywords(Interpreter&, Value self) { return Ref::borrow(as<Partial>(self)->keywords.get()); }

// "functools.partial(<function f at 0x...>, 1, key=2)"; a subclass shows
// its own name, and a partial met again inside itself "...".
Ref partial_repr(Interpreter& interpreter, Value self) {
  const auto* partial = as<Partial>(self);
  const std::string& name = partial->type->name;
  for (const Value active : interpreter.repr_active)
    if (active == self) return runtime::new_str(interpreter, "...");
  interpreter.repr_active.push_back(self);
  auto text_of = [&](Value value, std::string& out) {
    Ref text = runtime::repr(interpreter, value);
    if (text) out += runtime::str_utf8(text.get());
    return static_cast<bool>(text);
  };
  std::string text = name + "(";
  bool ok = text_of(partial->function.get(), text);
  const runtime::TupleObject* stored = runtime::as_tuple(partial->arguments.get());
  for (std::int64_t i = 0; ok && i < stored->size; ++i) {
    text += ", ";
    ok = text_of(stored->items()[i], text);
  }
  std::size_t position = 0;
  Value key, value;
  while (ok && runtime::dict_next(partial->keywords.get(), position, key, value)) {
    Ref key_text = runtime::str(interpreter, key);
    ok = static_cast<bool>(key_text);
    if (ok) {
      text += ", " + std::string(runtime::str_utf8(key_text.get())) + "=";
      ok = text_of(value, text);
    }
  }
  interpreter.repr_active.pop_back();
  if (!ok) return Ref();
  return runtime::new_str(interpreter, text + ")");
}

// The instance dict of a partial that has attributes, else None.
Ref partial_attributes(Interpreter& interpreter, Value self) {
  const runtime::Attributes* attributes = runtime::attributes_of(self.as_object());
  if (!attributes || (!attributes->dict && !attributes->values)) return interpreter.new_none();
  return runtime::instance_dict(interpreter, self);
}

// __reduce__(): (type, (func,), (func, args, keywords, __dict__ or None)),
// what copy and pickle rebuild a partial from.
Ref partial_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__reduce__", count, kwnames)) return Ref();
  const auto* partial = as<Partial>(self);
  Ref attributes = partial_attributes(interpreter, self);
  if (!attributes) return Ref();
  const Value function = partial->function.get();
  Ref constructor_arguments = runtime::new_tuple(interpreter, {&function, 1});
  const Value state_items[] = {function, partial->arguments.get(), partial->keywords.get(), attributes.get()};
  Ref state = runtime::new_tuple(interpreter, state_items);
  const Value items[] = {Value::object(partial->type), constructor_arguments.get(), state.get()};
  return runtime::new_tuple(interpreter, items);
}

// __setstate__((func, args, keywords, __dict__)), __reduce__'s inverse.
Ref partial_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "__setstate__", count, kwnames)) return Ref();
  const Value state = arguments[0];
  const runtime::TupleObject* items =
      runtime::is_subtype(runtime::type_of(interpreter, state), interpreter.tuple_type) ? runtime::as_tuple(state)
                                                                                         : nullptr;
  const bool valid = items && items->size == 4 && is_callable(interpreter, items->items()[0]) &&
                     runtime::is_subtype(runtime::type_of(interpreter, items->items()[1]), interpreter.tuple_type) &&
                     (items->items()[2] == interpreter.none() || runtime::is_dict(interpreter, items->items()[2]));
  if (!valid) return interpreter.raise(interpreter.TypeError_type, "invalid partial state");
  auto* partial = as<Partial>(self);
  const runtime::TupleObject* stored = runtime::as_tuple(items->items()[1]);
  Ref stored_arguments = runtime::new_tuple(interpreter, {stored->items(), static_cast<std::size_t>(stored->size)});
  Ref keywords = items->items()[2] == interpreter.none() ? runtime::new_dict(interpreter)
                                                         : runtime::dict_copy(interpreter, items->items()[2]);
  const Value attributes = items->items()[3];
  Ref dict = runtime::instance_dict(interpreter, self);
  if (!dict) return Ref();
  runtime::dict_clear(interpreter, dict.get());
  if (attributes != interpreter.none() && !runtime::dict_update(interpreter, dict.get(), attributes)) return Ref();
  partial->function = Ref::borrow(items->items()[0]);
  partial->arguments = std::move(stored_arguments);
  partial->keywords = std::move(keywords);
  return interpreter.new_none();
}

// ---- cmp_to_key(mycmp) -----------------------------------------------------

// functools.KeyWrapper: cmp_to_key(mycmp) is one without an object;
// calling it wraps an object, and wrapped objects compare through mycmp.
struct KeyWrapper : runtime::Object {
  Ref compare;
  Ref object;
  template <class F>
  void for_fields(F f) {
    f(compare);
    f(object);
  }
};

Ref new_key_wrapper(Interpreter& interpreter, Value compare, Value object) {
  auto* wrapper = runtime::gc_new<KeyWrapper>(interpreter, iter_module_types(interpreter).key_wrapper);
  wrapper->compare = Ref::borrow(compare);
  if (!object.is_null()) wrapper->object = Ref::borrow(object);
  return owned(wrapper);
}

Ref functools_cmp_to_key(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value compare;
  if (!runtime::bind_arguments(interpreter, {"cmp_to_key", {"mycmp"}, 0, 0, 1}, arguments, count, kwnames, &compare))
    return Ref();
  return new_key_wrapper(interpreter, compare, Value());
}

Ref key_wrapper_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value object;
  if (!runtime::bind_arguments(interpreter, {"K", {"obj"}, 0, 0, 1}, arguments, count, kwnames, &object))
    return Ref();
  return new_key_wrapper(interpreter, as<KeyWrapper>(self)->compare.get(), object);
}

// mycmp(left.obj, right.obj) OP 0.
Ref key_wrapper_compare(Interpreter& interpreter, Value left, Value right, runtime::CompareOp op) {
  const Type* type = iter_module_types(interpreter).key_wrapper;
  if (runtime::type_of(interpreter, right) != type)
    return interpreter.raise(interpreter.TypeError_type, "other argument must be K instance");
  const auto* first = as<KeyWrapper>(left);
  const auto* second = as<KeyWrapper>(right);
  if (!first->object || !second->object)
    return interpreter.raise(interpreter.AttributeError_type, "object");
  const Value pair[] = {first->object.get(), second->object.get()};
  Ref order = runtime::call(interpreter, first->compare.get(), pair, 2);
  if (!order) return Ref();
  return runtime::compare(interpreter, order.get(), Value::small_int(0), op);
}

Ref key_wrapper_object(Interpreter& interpreter, Value self) {
  const auto* wrapper = as<KeyWrapper>(self);
  if (!wrapper->object) return interpreter.raise(interpreter.AttributeError_type, "obj");
  return Ref::borrow(wrapper->object.get());
}

// ---- _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) ----

// An entry of a bounded cache: the cache dict maps a key to its link; the
// links form a ring through the wrapper's `root`, least recently used first.
struct LruLink : runtime::Object {
  LruLink* previous = nullptr;
  LruLink* next = nullptr;
  Ref key;
  Ref result;
};

enum class CacheKind { Uncached, Unbounded, Bounded };

struct LruCache : runtime::Object {
  Ref function;
  Ref cache;  // a dict: key -> result (unbounded) or key -> LruLink (bounded)
  Ref kwd_mark;
  Ref cache_info_type;
  CacheKind kind = CacheKind::Uncached;
  bool typed = false;
  std::int64_t maxsize = 0;
  std::int64_t hits = 0;
  std::int64_t misses = 0;
  LruLink root;  // the ring's sentinel
  runtime::Attributes attributes;
  template <class F>
  void for_fields(F f) {
    f(function);
    f(cache);
    f(kwd_mark);
    f(cache_info_type);
  }
};

void unlink(LruLink* link) {
  link->previous->next = link->next;
  link->next->previous = link->previous;
}

// Puts the link last in the ring: the most recently used.
void append_link(LruCache* cache, LruLink* link) {
  LruLink* last = cache->root.previous;
  last->next = link;
  link->previous = last;
  link->next = &cache->root;
  cache->root.previous = link;
}

void lru_link_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<LruLink*>(object); }

// Empties the cache (links are freed by the dict letting them go).
void clear_cache(Interpreter& interpreter, LruCache* cache) {
  cache->root.previous = cache->root.next = &cache->root;
  if (cache->cache) runtime::dict_clear(interpreter, cache->cache.get());
}

void lru_cache_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  auto* cache = static_cast<LruCache*>(object);
  cache->for_fields([&](const Ref& field) { visit(field); });
  for (LruLink* link = cache->root.next; link && link != &cache->root; link = link->next) {
    visit(link->key);
    visit(link->result);
  }
}

void lru_cache_clear(Interpreter& interpreter, runtime::Object* object) {
  auto* cache = static_cast<LruCache*>(object);
  clear_cache(interpreter, cache);
  cache->for_fields([](Ref& field) { field = Ref(); });
}

Ref lru_cache_construct(Interpreter& interpreter, Value type, const Value* arguments, std::size_t count,
                        Value kwnames) {
  Value bound[4] = {};
  if (!runtime::bind_arguments(interpreter,
                               {"_lru_cache_wrapper", {"user_function", "maxsize", "typed", "cache_info_type"}, 0, 0, 4},
                               arguments, count, kwnames, bound))
    return Ref();
  if (!is_callable(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "the first argument must be callable");
  const int typed = runtime::truth(interpreter, bound[2]);
  if (typed < 0) return Ref();
  CacheKind kind = CacheKind::Unbounded;
  std::int64_t maxsize = -1;
  if (bound[1] != interpreter.none()) {
    if (!runtime::is_int(interpreter, bound[1]))
      return interpreter.raise(interpreter.TypeError_type, "maxsize should be integer or None");
    if (!runtime::int_to_int64(interpreter, bound[1], maxsize))
      maxsize = runtime::int_sign(interpreter, bound[1]) < 0 ? 0 : std::numeric_limits<std::int64_t>::max();
    if (maxsize < 0) maxsize = 0;
    kind = maxsize == 0 ? CacheKind::Uncached : CacheKind::Bounded;
  }
  auto* cache = new_instance<LruCache>(interpreter, type);
  cache->root.previous = cache->root.next = &cache->root;
  cache->function = Ref::borrow(bound[0]);
  cache->cache = runtime::new_dict(interpreter);
  cache->kwd_mark = runtime::call(interpreter, Value::object(interpreter.object_type), nullptr, 0);
  cache->cache_info_type = Ref::borrow(bound[3]);
  cache->kind = kind;
  cache->typed = typed != 0;
  cache->maxsize = maxsize;
  return owned(cache);
}

// The cache key of a call (CPython's lru_cache_make_key): the argument
// tuple, a lone int or str argument itself; keywords after kwd_mark, and
// with `typed` the argument types at the end.
Ref make_key(Interpreter& interpreter, const LruCache* cache, const Value* arguments, std::size_t count,
             Value kwnames) {
  const std::size_t keywords = runtime::keyword_count(kwnames);
  if (!cache->typed && keywords == 0) {
    if (count == 1) {
      const Type* type = runtime::type_of(interpreter, arguments[0]);
      if (type == interpreter.int_type || type == interpreter.str_type) return Ref::borrow(arguments[0]);
    }
    return runtime::new_tuple(interpreter, {arguments, count});
  }
  std::vector<Value> key(arguments, arguments + count);
  if (keywords) {
    key.push_back(cache->kwd_mark.get());
    for (std::size_t i = 0; i < keywords; ++i) {
      key.push_back(runtime::as_tuple(kwnames)->items()[i]);
      key.push_back(arguments[count + i]);
    }
  }
  if (cache->typed) {
    for (std::size_t i = 0; i < count; ++i) key.push_back(Value::object(runtime::type_of(interpreter, arguments[i])));
    for (std::size_t i = 0; i < keywords; ++i)
      key.push_back(Value::object(runtime::type_of(interpreter, arguments[count + i])));
  }
  return runtime::new_tuple(interpreter, key);
}

Ref lru_cache_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  auto* cache = as<LruCache>(self);
  const Value function = cache->function.get();
  if (cache->kind == CacheKind::Uncached) {
    ++cache->misses;
    return runtime::call(interpreter, function, arguments, count, kwnames);
  }
  Ref key = make_key(interpreter, cache, arguments, count, kwnames);
  if (!key) return Ref();
  Value found;
  const int present = runtime::dict_lookup(interpreter, cache->cache.get(), key.get(), found);
  if (present < 0) return Ref();
  if (present) {
    ++cache->hits;
    if (cache->kind == CacheKind::Unbounded) return Ref::borrow(found);
    auto* link = as<LruLink>(found);
    unlink(link);
    append_link(cache, link);
    return Ref::borrow(link->result.get());
  }
  ++cache->misses;
  Ref result = runtime::call(interpreter, function, arguments, count, kwnames);
  if (!result) return Ref();
  if (cache->kind == CacheKind::Unbounded) {
    if (!runtime::dict_set_item(interpreter, cache->cache.get(), key.get(), result.get())) return Ref();
    return result;
  }
  // The call may have cached this key itself (recursion): keep that entry.
  const int added = runtime::dict_lookup(interpreter, cache->cache.get(), key.get(), found);
  if (added != 0) return added < 0 ? Ref() : std::move(result);
  Ref link_ref;
  if (static_cast<std::int64_t>(runtime::as_dict(cache->cache.get())->used) >= cache->maxsize &&
      cache->root.next != &cache->root) {
    // Full: the least recently used entry goes.
    LruLink* oldest = cache->root.next;
    unlink(oldest);
    link_ref = Ref::borrow(Value::object(oldest));
    if (runtime::dict_delete_item(interpreter, cache->cache.get(), oldest->key.get()) < 0) return Ref();
  } else {
    auto* link = new LruLink;
    link->type = iter_module_types(interpreter).lru_link;
    link_ref = Ref::steal(Value::object(link));
  }
  auto* link = as<LruLink>(link_ref.get());
  link->key = Ref::borrow(key.get());
  link->result = Ref::borrow(result.get());
  if (!runtime::dict_set_item(interpreter, cache->cache.get(), key.get(), link_ref.get())) return Ref();
  append_link(cache, link);
  return result;
}

Ref lru_cache_info(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "cache_info", count, kwnames)) return Ref();
  const auto* cache = as<LruCache>(self);
  Ref hits = runtime::new_int(interpreter, cache->hits);
  Ref misses = runtime::new_int(interpreter, cache->misses);
  Ref maxsize = cache->kind == CacheKind::Unbounded ? interpreter.new_none() : runtime::new_int(interpreter, cache->maxsize);
  Ref size = runtime::new_int(interpreter, static_cast<std::int64_t>(runtime::as_dict(cache->cache.get())->used));
  const Value fields[] = {hits.get(), misses.get(), maxsize.get(), size.get()};
  return runtime::call(interpreter, cache->cache_info_type.get(), fields, 4);
}

Ref lru_cache_clear_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "cache_clear", count, kwnames)) return Ref();
  auto* cache = as<LruCache>(self);
  cache->hits = cache->misses = 0;
  clear_cache(interpreter, cache);
  return interpreter.new_none();
}

// __copy__ and __deepcopy__: the wrapper itself, as CPython's.
Ref lru_cache_copy(Interpreter&, Value self, const Value*, std::size_t, Value) { return Ref::borrow(self); }

// __reduce__(): the __qualname__, which pickle saves as a global.
Ref lru_cache_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_lru_cache_wrapper.__reduce__", count, kwnames)) return Ref();
  return runtime::get_attribute(interpreter, self, interpreter.names.dunder_qualname);
}

// A cached function is a method when read from an instance.
Ref lru_cache_descriptor_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null() || instance == interpreter.none()) return Ref::borrow(self);
  return runtime::new_method(interpreter, self, instance);
}

void lru_cache_deallocate(Interpreter& interpreter, runtime::Object* object) {
  auto* cache = static_cast<LruCache*>(object);
  clear_cache(interpreter, cache);
  deallocate_container<LruCache>(interpreter, object);
}

// The module's __doc__, as CPython's.
constexpr char module_doc[] =
    "Tools that operate on functions.";

}  // namespace

Ref create_functools_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_functools");
  set_module_doc(interpreter, module.get(), module_doc);
  const Value functools = module.get();
  IterModuleTypes& types = iter_module_types(interpreter);
  runtime::add_module_functions(interpreter, functools,
                                {{"reduce", &functools_reduce}, {"cmp_to_key", &functools_cmp_to_key}});

  Type* partial = types.partial = new_container_type<Partial>(interpreter, "functools.partial");
  partial->construct = &partial_construct;
  partial->call = &partial_call;
  partial->repr = &partial_repr;
  partial->weakrefable = true;
  runtime::add_class_methods(interpreter, partial, {{"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_methods(interpreter, partial, {{"__reduce__", &partial_reduce}, {"__setstate__", &partial_setstate}});
  runtime::add_getsets(interpreter, partial,
                       {{"func", &partial_function, &runtime::readonly_member},
                        {"args", &partial_arguments, &runtime::readonly_member},
                        {"keywords", &partial_keywords, &runtime::readonly_member}});
  runtime::ready_native_type(interpreter, partial);
  runtime::module_set(interpreter, functools, "partial", Value::object(partial));

  Type* key_wrapper = types.key_wrapper = new_container_type<KeyWrapper>(interpreter, "functools.KeyWrapper");
  key_wrapper->subclassable = false;
  key_wrapper->call = &key_wrapper_call;
  key_wrapper->compare = &key_wrapper_compare;
  key_wrapper->hash = &runtime::hash_not_implemented;
  runtime::add_getsets(interpreter, key_wrapper, {{"obj", &key_wrapper_object}});
  runtime::ready_native_type(interpreter, key_wrapper);

  types.lru_link = runtime::new_native_type(interpreter, "functools._lru_list_elem", interpreter.object_type);
  types.lru_link->deallocate = &lru_link_deallocate;
  runtime::ready_native_type(interpreter, types.lru_link);

  Type* lru_cache = new_container_type<LruCache>(interpreter, "functools._lru_cache_wrapper");
  lru_cache->construct = &lru_cache_construct;
  lru_cache->call = &lru_cache_call;
  lru_cache->descriptor_get = &lru_cache_descriptor_get;
  lru_cache->deallocate = &lru_cache_deallocate;
  lru_cache->traverse = &lru_cache_traverse;
  lru_cache->clear = &lru_cache_clear;
  lru_cache->weakrefable = true;
  lru_cache->subclassable = false;
  runtime::add_methods(interpreter, lru_cache,
                       {{"cache_info", &lru_cache_info},
                        {"cache_clear", &lru_cache_clear_method},
                        {"__copy__", &lru_cache_copy},
                        {"__deepcopy__", &lru_cache_copy},
                        {"__reduce__", &lru_cache_reduce}});
  runtime::ready_native_type(interpreter, lru_cache);
  runtime::module_set(interpreter, functools, "_lru_cache_wrapper", Value::object(lru_cache));
  return module;
}

}  // namespace krait::modules
