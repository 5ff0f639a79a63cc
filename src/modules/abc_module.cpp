// Native modules: _abc (CPython 3.11's Modules/_abc.c), the machinery of
// abc.ABCMeta: each ABC keeps an _abc_data with its registry of virtual
// subclasses and its positive and negative caches, all holding classes
// weakly, so isinstance() against Mapping, Number, ... is a cache probe
// after the first answer.
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// Classes held weakly, keyed by address. An entry whose weak reference died
// is stale (its address may be reused) and dropped when met. Classes that
// cannot be weakly referenced are the built-in types, which live as long as
// the interpreter: their entries hold no reference.
class WeakClassSet {
 public:
  bool contains(runtime::Object* object) {
    auto found = entries_.find(object);
    if (found == entries_.end()) return false;
    const Value reference = found->second.get();
    if (reference.is_null() || static_cast<runtime::WeakReference*>(reference.as_object())->referent == object)
      return true;
    entries_.erase(found);
    return false;
  }

  bool add(Interpreter& interpreter, Value item) {
    runtime::Object* object = item.as_object();
    if (contains(object)) return true;
    Ref reference = runtime::new_weak_reference(interpreter, interpreter.weakref_type, item, Value());
    if (!reference) {
      if (!interpreter.exception_is(interpreter.TypeError_type)) return false;
      Ref ignored = interpreter.take_exception();
    }
    entries_[object] = std::move(reference);
    return true;
  }

  void clear() { entries_.clear(); }

  // The live entries as weak references (a new set), as _get_dump shows them.
  Ref dump(Interpreter& interpreter) {
    Ref result = runtime::new_set(interpreter);
    for (auto& [object, reference] : entries_) {
      if (!contains(object)) continue;
      Ref shown = reference ? Ref::borrow(reference.get())
                            : runtime::new_weak_reference(interpreter, interpreter.weakref_type,
                                                          Value::object(object), Value());
      if (!shown) {
        Ref ignored = interpreter.take_exception();
        continue;
      }
      if (!runtime::set_add(interpreter, result.get(), shown.get())) return Ref();
    }
    return result;
  }

  // The classes (new references), for a walk that may run Python code.
  std::vector<Ref> members() {
    std::vector<Ref> result;
    for (auto& [object, reference] : entries_)
      if (contains(object)) result.push_back(Ref::borrow(Value::object(object)));
    return result;
  }

 private:
  std::unordered_map<runtime::Object*, Ref> entries_;
};

struct AbcData : runtime::Object {
  WeakClassSet registry, cache, negative_cache;
  std::int64_t negative_cache_version = 0;
};

void abc_data_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<AbcData*>(object); }

Ref new_abc_data(Interpreter& interpreter) {
  auto* data = new AbcData;
  runtime::set_object_type(data, interpreter.abc_state.data);
  data->negative_cache_version = interpreter.abc_state.invalidation_counter;
  return Ref::steal(Value::object(data));
}

// self._abc_impl (CPython's _get_impl); `held` keeps it alive.
AbcData* abc_impl(Interpreter& interpreter, Value self, Ref& held) {
  held = runtime::get_attribute(interpreter, self, interpreter.intern("_abc_impl"));
  if (!held) return nullptr;
  if (runtime::type_of(interpreter, held.get()) != interpreter.abc_state.data) {
    interpreter.set_exception(interpreter.TypeError_type, "_abc_impl is set to a wrong type");
    return nullptr;
  }
  return static_cast<AbcData*>(held.get().as_object());
}

// getattr(value, "__isabstractmethod__", False), as a truth value (-1: error).
int is_abstract(Interpreter& interpreter, Value value) {
  Ref flag;
  const int found = runtime::lookup_attribute(interpreter, value, interpreter.intern("__isabstractmethod__"), flag);
  if (found <= 0) return found;
  return runtime::truth(interpreter, flag.get());
}

// Sets self.__abstractmethods__: the names bound to abstract methods in the
// class itself, and those still abstract of its bases' abstract methods.
bool compute_abstract_methods(Interpreter& interpreter, Value self) {
  Ref abstracts = runtime::new_frozenset(interpreter, Value());
  Ref namespace_ = runtime::get_attribute(interpreter, self, interpreter.intern("__dict__"));
  if (!namespace_) return false;
  Ref keys = runtime::call_method(interpreter, namespace_.get(), interpreter.intern("keys"), nullptr, 0);
  if (!keys) return false;
  Ref names = runtime::new_list(interpreter, {});
  if (!runtime::list_extend(interpreter, names.get(), keys.get())) return false;
  for (std::size_t i = 0; i < runtime::as_list(names.get())->items.size(); ++i) {
    Ref key = Ref::borrow(runtime::as_list(names.get())->items[i]);
    Ref value = runtime::get_item(interpreter, namespace_.get(), key.get());
    if (!value) return false;
    const int abstract = is_abstract(interpreter, value.get());
    if (abstract < 0 || (abstract && !runtime::set_add(interpreter, abstracts.get(), key.get()))) return false;
  }
  Ref bases = runtime::get_attribute(interpreter, self, interpreter.intern("__bases__"));
  if (!bases) return false;
  if (!runtime::is_tuple(interpreter, bases.get())) {
    interpreter.set_exception(interpreter.TypeError_type, "__bases__ is not tuple");
    return false;
  }
  const runtime::TupleObject* base_tuple = runtime::as_tuple(bases.get());
  for (std::int64_t i = 0; i < base_tuple->size; ++i) {
    Ref inherited;
    const int found = runtime::lookup_attribute(interpreter, base_tuple->items()[i],
                                                interpreter.intern("__abstractmethods__"), inherited);
    if (found < 0) return false;
    if (found == 0) continue;
    Ref iterator = runtime::get_iterator(interpreter, inherited.get());
    if (!iterator) return false;
    while (Ref key = runtime::iterator_next(interpreter, iterator.get())) {
      if (!runtime::is_str(interpreter, key.get())) {
        interpreter.set_exception(interpreter.TypeError_type, "attribute name must be string, not " +
                                                                  runtime::quoted_type_name(interpreter, key.get()));
        return false;
      }
      Ref value;
      const int present = runtime::lookup_attribute(interpreter, self, key.get(), value);
      if (present < 0) return false;
      if (present == 0) continue;
      const int abstract = is_abstract(interpreter, value.get());
      if (abstract < 0 || (abstract && !runtime::set_add(interpreter, abstracts.get(), key.get()))) return false;
    }
    if (interpreter.has_exception()) return false;
  }
  return runtime::set_attribute(interpreter, self, interpreter.intern("__abstractmethods__"), abstracts.get());
}

// The pattern flags collections.abc gives through __abc_tpflags__.
constexpr std::uint64_t collection_flags = runtime::type_flag::sequence | runtime::type_flag::mapping;

// Gives a registered class and its subclasses the flag, except built-in
// types and classes that have one already (CPython's
// set_collection_flag_recursive).
void set_collection_flag(Type* type, std::uint64_t flag) {
  if (!type->is_heap_type || (type->pattern_flags & collection_flags)) return;
  type->pattern_flags |= flag;
  for (Type* subclass : type->subclasses) set_collection_flag(subclass, flag);
}

// _abc_init(self): __abstractmethods__, a fresh _abc_data, and the class's
// __abc_tpflags__ consumed (collections.abc marks Sequence and Mapping so).
Ref abc_init(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_abc_init", count, kwnames)) return Ref();
  const Value self = arguments[0];
  if (!compute_abstract_methods(interpreter, self)) return Ref();
  Ref data = new_abc_data(interpreter);
  if (!runtime::set_attribute(interpreter, self, interpreter.intern("_abc_impl"), data.get())) return Ref();
  if (runtime::is_type_object(interpreter, self)) {
    const Value flags_name = interpreter.intern("__abc_tpflags__");
    Type* type = static_cast<Type*>(self.as_object());
    const Value own = runtime::dict_get_str(type->dict.get(), flags_name);
    if (!own.is_null()) {
      std::int64_t flags = 0;
      if (runtime::is_int(interpreter, own) && runtime::int_to_int64(interpreter, own, flags))
        type->pattern_flags |= static_cast<std::uint64_t>(flags) & collection_flags;
      if (!runtime::set_attribute(interpreter, self, flags_name, Value())) return Ref();
    }
  }
  return interpreter.new_none();
}

Ref abc_register(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_abc_register", kwnames) ||
      !runtime::check_argument_count(interpreter, "_abc_register", count, 2, 2))
    return Ref();
  const Value self = arguments[0], subclass = arguments[1];
  if (!runtime::is_type_object(interpreter, subclass))
    return interpreter.raise(interpreter.TypeError_type, "Can only register classes");
  int result = runtime::is_subclass(interpreter, subclass, self);
  if (result < 0) return Ref();
  if (result > 0) return Ref::borrow(subclass);  // already a subclass
  // The cycle test comes after: X.register(X) is a no-op.
  result = runtime::is_subclass(interpreter, self, subclass);
  if (result < 0) return Ref();
  if (result > 0) return interpreter.raise(interpreter.RuntimeError_type, "Refusing to create an inheritance cycle");
  Ref held;
  AbcData* impl = abc_impl(interpreter, self, held);
  if (!impl || !impl->registry.add(interpreter, subclass)) return Ref();
  ++interpreter.abc_state.invalidation_counter;  // every negative cache is stale now
  // A class registered as a Sequence or Mapping matches those patterns.
  if (runtime::is_type_object(interpreter, self)) {
    const std::uint64_t flag = static_cast<Type*>(self.as_object())->pattern_flags & collection_flags;
    if (flag) set_collection_flag(static_cast<Type*>(subclass.as_object()), flag);
  }
  return Ref::borrow(subclass);
}

Ref call_subclasscheck(Interpreter& interpreter, Value self, Value subclass) {
  return runtime::call_method(interpreter, self, interpreter.intern("__subclasscheck__"), &subclass, 1);
}

Ref abc_instancecheck(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_abc_instancecheck", kwnames) ||
      !runtime::check_argument_count(interpreter, "_abc_instancecheck", count, 2, 2))
    return Ref();
  const Value self = arguments[0], instance = arguments[1];
  Ref held;
  AbcData* impl = abc_impl(interpreter, self, held);
  if (!impl) return Ref();
  Ref subclass = runtime::get_attribute(interpreter, instance, interpreter.names.dunder_class);
  if (!subclass) return Ref();
  if (subclass.get().is_object() && impl->cache.contains(subclass.get().as_object()))
    return interpreter.new_boolean(true);
  const Value subtype = Value::object(runtime::type_of(interpreter, instance));
  if (subtype == subclass.get()) {
    if (impl->negative_cache_version == interpreter.abc_state.invalidation_counter &&
        impl->negative_cache.contains(subclass.get().as_object()))
      return interpreter.new_boolean(false);
    return call_subclasscheck(interpreter, self, subclass.get());
  }
  Ref result = call_subclasscheck(interpreter, self, subclass.get());
  if (!result) return Ref();
  const int truth = runtime::truth(interpreter, result.get());
  if (truth < 0) return Ref();
  if (truth) return result;
  return call_subclasscheck(interpreter, self, subtype);
}

// Answers and remembers: `subclass` goes into the cache or the negative cache.
Ref remember(Interpreter& interpreter, WeakClassSet& cache, Value subclass, bool answer) {
  if (!cache.add(interpreter, subclass)) return Ref();
  return interpreter.new_boolean(answer);
}

Ref abc_subclasscheck(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_abc_subclasscheck", kwnames) ||
      !runtime::check_argument_count(interpreter, "_abc_subclasscheck", count, 2, 2))
    return Ref();
  const Value self = arguments[0], subclass = arguments[1];
  if (!runtime::is_type_object(interpreter, subclass))
    return interpreter.raise(interpreter.TypeError_type, "issubclass() arg 1 must be a class");
  Ref held;
  AbcData* impl = abc_impl(interpreter, self, held);
  if (!impl) return Ref();
  runtime::Object* key = subclass.as_object();
  // 1. The cache.
  if (impl->cache.contains(key)) return interpreter.new_boolean(true);
  // 2. The negative cache, dropped when a registration happened since.
  if (impl->negative_cache_version < interpreter.abc_state.invalidation_counter) {
    impl->negative_cache.clear();
    impl->negative_cache_version = interpreter.abc_state.invalidation_counter;
  } else if (impl->negative_cache.contains(key)) {
    return interpreter.new_boolean(false);
  }
  // 3. The subclass hook.
  Ref hook = runtime::call_method(interpreter, self, interpreter.intern("__subclasshook__"), &subclass, 1);
  if (!hook) return Ref();
  if (hook.get() == interpreter.boolean(true)) return remember(interpreter, impl->cache, subclass, true);
  if (hook.get() == interpreter.boolean(false)) return remember(interpreter, impl->negative_cache, subclass, false);
  if (hook.get() != interpreter.not_implemented())
    return interpreter.raise(interpreter.AssertionError_type,
                             "__subclasshook__ must return either False, True, or NotImplemented");
  // 4. A direct subclass.
  for (const Type* entry : static_cast<Type*>(key)->mro)
    if (Value::object(const_cast<Type*>(entry)) == self) return remember(interpreter, impl->cache, subclass, true);
  // 5. A registered class (answered without caching, as CPython), or a
  // subclass of one.
  if (impl->registry.contains(key)) return interpreter.new_boolean(true);
  for (const Ref& registered : impl->registry.members()) {
    const int result = runtime::is_subclass(interpreter, subclass, registered.get());
    if (result < 0) return Ref();
    if (result > 0) return remember(interpreter, impl->cache, subclass, true);
  }
  // 6. A subclass of a subclass.
  Ref subclasses = runtime::call_method(interpreter, self, interpreter.intern("__subclasses__"), nullptr, 0);
  if (!subclasses) return Ref();
  Ref list = runtime::new_list(interpreter, {});
  if (!runtime::list_extend(interpreter, list.get(), subclasses.get())) return Ref();
  for (std::size_t i = 0; i < runtime::as_list(list.get())->items.size(); ++i) {
    Ref candidate = Ref::borrow(runtime::as_list(list.get())->items[i]);
    const int result = runtime::is_subclass(interpreter, subclass, candidate.get());
    if (result < 0) return Ref();
    if (result > 0) return remember(interpreter, impl->cache, subclass, true);
  }
  return remember(interpreter, impl->negative_cache, subclass, false);
}

Ref abc_get_dump(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_get_dump", count, kwnames)) return Ref();
  Ref held;
  AbcData* impl = abc_impl(interpreter, arguments[0], held);
  if (!impl) return Ref();
  Ref registry = impl->registry.dump(interpreter);
  Ref cache = impl->cache.dump(interpreter);
  Ref negative = impl->negative_cache.dump(interpreter);
  if (!registry || !cache || !negative) return Ref();
  Ref version = runtime::new_int(interpreter, impl->negative_cache_version);
  const Value items[] = {registry.get(), cache.get(), negative.get(), version.get()};
  return runtime::new_tuple(interpreter, items);
}

template <bool registry>
Ref abc_reset(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, registry ? "_reset_registry" : "_reset_caches", count, kwnames))
    return Ref();
  Ref held;
  AbcData* impl = abc_impl(interpreter, arguments[0], held);
  if (!impl) return Ref();
  if (registry) {
    impl->registry.clear();
  } else {
    impl->cache.clear();
    impl->negative_cache.clear();
  }
  return interpreter.new_none();
}

Ref abc_get_cache_token(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "get_cache_token", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, interpreter.abc_state.invalidation_counter);
}

}  // namespace

Ref create_abc_module(Interpreter& interpreter) {
  if (!interpreter.abc_state.data) {
    Type* data = runtime::new_native_type(interpreter, "_abc._abc_data", interpreter.object_type);
    data->deallocate = &abc_data_deallocate;
    runtime::ready_native_type(interpreter, data);
    interpreter.abc_state.data = data;
  }
  Ref module = runtime::new_module(interpreter, "_abc");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"get_cache_token", &abc_get_cache_token},
                                 {"_abc_init", &abc_init},
                                 {"_abc_register", &abc_register},
                                 {"_abc_instancecheck", &abc_instancecheck},
                                 {"_abc_subclasscheck", &abc_subclasscheck},
                                 {"_get_dump", &abc_get_dump},
                                 {"_reset_registry", &abc_reset<true>},
                                 {"_reset_caches", &abc_reset<false>}});
  return module;
}

}  // namespace krait::modules
