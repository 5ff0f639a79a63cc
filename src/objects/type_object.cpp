// Objects: the type type: calling a type (construction), attribute access
// on types, class creation (type.__new__ with CPython's C3 MRO), version
// tags, slot inheritance and subtype tests.
#include "objects/type_object.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/module_object.h"
#include "objects/object_object.h"
#include "objects/set_object.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/wrapper_descriptor_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Type* as_type(Value value) { return static_cast<Type*>(value.as_object()); }

bool is_type(Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(type_of(interpreter, value), interpreter.type_type);
}

Ref type_new(Interpreter& interpreter, Type* metatype, const Value* arguments, std::size_t count, Value kwnames);

// type(x), type(name, bases, namespace), and calling a class: __new__, then
// __init__ when __new__ returned an instance of the class.
Ref type_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Type* type = as_type(callee);
  if (type == interpreter.type_type) {
    if (count == 1 && keyword_count(kwnames) == 0) return Ref::borrow(Value::object(type_of(interpreter, arguments[0])));
    if (count == 1) return interpreter.raise(interpreter.TypeError_type, "type() takes no keyword arguments");
    if (count != 3) return interpreter.raise(interpreter.TypeError_type, "type() takes 1 or 3 arguments");
  }
  if (!type->construct) return interpreter.raise(interpreter.TypeError_type, "cannot create '" + type->name + "' instances");
  // A class has no vectorcall in CPython: a native call to its recursion count.
  std::optional<RecursionGuard> guard;
  if (type->is_heap_type && !guard.emplace(interpreter, " while calling a Python object")) return Ref();
  Ref instance = type->construct(interpreter, callee, arguments, count, kwnames);
  if (!instance) return instance;
  Type* instance_type = type_of(interpreter, instance.get());
  if (!is_subtype(instance_type, type) || !instance_type->initialize) return instance;
  Ref result = instance_type->initialize(interpreter, instance.get(), arguments, count, kwnames);
  if (!result) return result;
  if (result.get() != interpreter.none())
    return interpreter.raise(interpreter.TypeError_type,
                             "__init__() should return None, not " + quoted_type_name(interpreter, result.get()));
  return instance;
}

Ref type_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  if (count != 3)
    return interpreter.raise(interpreter.TypeError_type,
                             "type.__new__() takes exactly 3 arguments (" + std::to_string(count) + " given)");
  return type_new(interpreter, as_type(callee), arguments, count, kwnames);
}

// type.__init__: type.__new__ did the work; only the arguments are checked.
Ref type_initialize(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (count == 1 && keyword_count(kwnames) != 0)
    return interpreter.raise(interpreter.TypeError_type, "type.__init__() takes no keyword arguments");
  if (count != 1 && count != 3)
    return interpreter.raise(interpreter.TypeError_type, "type.__init__() takes 1 or 3 arguments");
  return interpreter.new_none();
}

// A built-in type named "module.name" (sys.version_info) is name in module.
std::string module_prefix(Interpreter& interpreter, const Type* type) {
  if (!type->is_heap_type) return type->name.substr(0, type->name.rfind('.') + 1);
  const Value module = dict_get_str(type->dict.get(), interpreter.names.dunder_module);
  if (module.is_null() || type_of(interpreter, module) != interpreter.str_type || str_utf8(module) == "builtins")
    return "";
  return std::string(str_utf8(module)) + ".";
}

std::string qualified_name(Interpreter& interpreter, const Type* type) {
  if (!type->is_heap_type) return type->name.substr(type->name.rfind('.') + 1);
  return type->qualname.empty() ? type->name : type->qualname;
}

Ref type_get_attribute(Interpreter& interpreter, Value self, Value name) {
  Type* type = as_type(self);
  Type* metatype = type_of(interpreter, self);
  const Value meta_found = type_lookup(metatype, name);
  DescriptorGetSlot meta_getter = nullptr;
  if (!meta_found.is_null()) {
    const Type* found_type = type_of(interpreter, meta_found);
    meta_getter = found_type->descriptor_get;
    if (meta_getter && found_type->descriptor_set) return meta_getter(interpreter, meta_found, self, Value::object(metatype));
  }
  const Value found = type_lookup(type, name);
  if (!found.is_null()) {
    const DescriptorGetSlot getter = type_of(interpreter, found)->descriptor_get;
    return getter ? getter(interpreter, found, Value(), self) : Ref::borrow(found);
  }
  if (meta_getter) return meta_getter(interpreter, meta_found, self, Value::object(metatype));
  if (!meta_found.is_null()) return Ref::borrow(meta_found);
  return interpreter.raise(interpreter.AttributeError_type,
                           "type object '" + (type->is_heap_type ? qualified_name(interpreter, type) : type->name) +
                               "' has no attribute " + str_repr_text(name));
}

// A changed namespace renews the versions of the type and of every type
// deriving from it, and re-chooses their slots when a dunder changed.
void namespace_changed(Interpreter& interpreter, Type* type, bool dunder) {
  type->version = interpreter.next_type_version();
  if (dunder) update_heap_slots(interpreter, type);
  for (Type* subclass : type->subclasses) namespace_changed(interpreter, subclass, dunder);
}

bool is_dunder(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

int type_set_attribute(Interpreter& interpreter, Value self, Value name, Value value) {
  Type* type = as_type(self);
  // A str subclass names the attribute by an interned str, as CPython's
  // type_setattro copies it.
  if (name.is_object() && name.as_object()->type != interpreter.str_type) name = interpreter.intern(str_utf8(name));
  const Value meta_found = type_lookup(type_of(interpreter, self), name);
  if (!meta_found.is_null()) {
    const DescriptorSetSlot setter = type_of(interpreter, meta_found)->descriptor_set;
    if (setter) return setter(interpreter, meta_found, self, value);
  }
  if (!type->is_heap_type) {
    interpreter.set_exception(interpreter.TypeError_type, "cannot set " + str_repr_text(name) +
                                                              " attribute of immutable type '" + type->name + "'");
    return -1;
  }
  if (value.is_null()) {
    const int removed = dict_delete_item(interpreter, type->dict.get(), name);
    if (removed < 0) return -1;
    if (removed == 0) {
      interpreter.set_exception(interpreter.AttributeError_type,
                                "type object '" + type->name + "' has no attribute " + str_repr_text(name));
      return -1;
    }
  } else if (!dict_set_item(interpreter, type->dict.get(), name, value)) {
    return -1;
  }
  namespace_changed(interpreter, type, is_dunder(str_utf8(name)));
  return 0;
}

// --- attributes of types ------------------------------------------------------
Ref type_name_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  return new_str(interpreter, type->is_heap_type ? type->name : qualified_name(interpreter, type));
}
Ref type_qualname_get(Interpreter& interpreter, Value self) {
  return new_str(interpreter, qualified_name(interpreter, as_type(self)));
}
Ref type_module_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  if (type->is_heap_type) {
    const Value module = dict_get_str(type->dict.get(), interpreter.names.dunder_module);
    if (!module.is_null()) return Ref::borrow(module);
  }
  // CPython's "builtins" is one interned str (pickle's memo sees it
  // once); a dotted type name's module is a new str each time.
  const std::string prefix = module_prefix(interpreter, type);
  if (prefix.empty()) return Ref::borrow(interpreter.intern("builtins"));
  return new_str(interpreter, prefix.substr(0, prefix.size() - 1));
}
Ref type_mro_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  std::vector<Value> entries;
  for (Type* entry : type->mro) entries.push_back(Value::object(entry));
  return new_tuple(interpreter, entries);
}
Ref type_bases_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  if (type->bases) return Ref::borrow(type->bases.get());
  if (!type->base) return new_tuple(interpreter, {});
  const Value base = Value::object(type->base);
  return new_tuple(interpreter, std::span<const Value>(&base, 1));
}
Ref type_base_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  return type->base ? Ref::borrow(Value::object(type->base)) : interpreter.new_none();
}
// A read-only view: inline caches trust the type's version, which only
// changes when the namespace changes through the type.
Ref type_dict_get(Interpreter& interpreter, Value self) {
  return new_mappingproxy(interpreter, as_type(self)->dict.get());
}
Ref type_doc_get(Interpreter& interpreter, Value self) {
  const Value doc = dict_get_str(as_type(self)->dict.get(), interpreter.names.dunder_doc);
  return doc.is_null() ? interpreter.new_none() : Ref::borrow(doc);
}

// __annotations__: the class's own, made empty on first read (CPython
// 3.10's type_get_annotations); built-in types have none.
Ref type_annotations_get(Interpreter& interpreter, Value self) {
  Type* type = as_type(self);
  const Value name = interpreter.intern("__annotations__");
  const Value own = dict_get_str(type->dict.get(), name);
  if (!own.is_null()) return Ref::borrow(own);
  if (!type->is_heap_type)
    return interpreter.raise(interpreter.AttributeError_type,
                             "type object '" + type->name + "' has no attribute '__annotations__'");
  Ref annotations = new_dict(interpreter);
  dict_set_str(interpreter, type->dict.get(), name, annotations.get());
  type->version = interpreter.next_type_version();
  return annotations;
}

// CPython's check_set_special_type_attr: built-in types are immutable, and
// these attributes cannot be deleted.
bool special_attribute_settable(Interpreter& interpreter, const Type* type, Value value, const char* name) {
  if (type->is_heap_type && !value.is_null()) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string("cannot ") + (value.is_null() ? "delete" : "set") +
                                                            " '" + name + "' attribute of immutable type '" +
                                                            type->name + "'");
  return false;
}

// A str for type.__name__/__qualname__, or false with TypeError pending.
bool type_name_settable(Interpreter& interpreter, Type* type, Value value, const char* name) {
  if (!special_attribute_settable(interpreter, type, value, name)) return false;
  if (is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type, "can only assign string to " + type->name + "." + name +
                                                            ", not '" + std::string(type_name(interpreter, value)) + "'");
  return false;
}

// Stores a special attribute kept in the class's namespace.
int set_namespace_attribute(Interpreter& interpreter, Type* type, const char* name, Value value) {
  dict_set_str(interpreter, type->dict.get(), interpreter.intern(name), value);
  type->version = interpreter.next_type_version();
  return 0;
}

int type_name_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!type_name_settable(interpreter, type, value, "__name__")) return -1;
  const std::string_view name = str_utf8(value);
  if (name.find('\0') != std::string_view::npos) {
    interpreter.set_exception(interpreter.ValueError_type, "type name must not contain null characters");
    return -1;
  }
  type->name = std::string(name);
  return 0;
}

// C.__bases__ = bases, with CPython's checks. Only the bases the class has
// can be assigned (typing.NamedTuple does so): changing them would need the
// MRO and the inherited slots of the class and its subclasses remade.
int type_bases_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!special_attribute_settable(interpreter, type, value, "__bases__")) return -1;
  const std::string where = type->name + ".__bases__";
  if (!is_tuple(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "can only assign tuple to " + where + ", not " +
                                                              std::string(type_name(interpreter, value)));
    return -1;
  }
  const TupleObject* bases = as_tuple(value);
  if (bases->size == 0) {
    interpreter.set_exception(interpreter.TypeError_type, "can only assign non-empty tuple to " + where + ", not ()");
    return -1;
  }
  for (std::int64_t i = 0; i < bases->size; ++i) {
    if (is_type_object(interpreter, bases->items()[i])) continue;
    interpreter.set_exception(interpreter.TypeError_type, where + " must be tuple of classes, not '" +
                                                              std::string(type_name(interpreter, bases->items()[i])) + "'");
    return -1;
  }
  Ref current = type_bases_get(interpreter, self);
  const TupleObject* old = as_tuple(current.get());
  bool same = old->size == bases->size;
  for (std::int64_t i = 0; same && i < bases->size; ++i) same = old->items()[i] == bases->items()[i];
  if (!same) {
    interpreter.set_exception(interpreter.NotImplementedError_type, "Krait cannot change the bases of a class yet");
    return -1;
  }
  type->bases = Ref::borrow(value);
  return 0;
}

int type_qualname_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!type_name_settable(interpreter, type, value, "__qualname__")) return -1;
  type->qualname = str_utf8(value);
  return 0;
}

int type_module_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!special_attribute_settable(interpreter, type, value, "__module__")) return -1;
  return set_namespace_attribute(interpreter, type, "__module__", value);
}

int type_doc_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!special_attribute_settable(interpreter, type, value, "__doc__")) return -1;
  return set_namespace_attribute(interpreter, type, "__doc__", value);
}

// __abstractmethods__: what abc's metaclass stores, kept in the class's
// namespace; `type` itself has none (its namespace's entry is this getset).
Ref type_abstractmethods_get(Interpreter& interpreter, Value self) {
  const Value name = interpreter.intern("__abstractmethods__");
  const Value found = as_type(self) == interpreter.type_type ? Value() : dict_get_str(as_type(self)->dict.get(), name);
  if (found.is_null()) return interpreter.raise(interpreter.AttributeError_type, "__abstractmethods__");
  return Ref::borrow(found);
}

int type_abstractmethods_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  const Value name = interpreter.intern("__abstractmethods__");
  if (value.is_null()) {
    const int deleted = dict_delete_item(interpreter, type->dict.get(), name);
    if (deleted <= 0) {
      if (deleted == 0) interpreter.set_exception(interpreter.AttributeError_type, "__abstractmethods__");
      return -1;
    }
    type->is_abstract = false;
    type->version = interpreter.next_type_version();
    return 0;
  }
  const int abstract = truth(interpreter, value);
  if (abstract < 0) return -1;
  type->is_abstract = abstract;
  return set_namespace_attribute(interpreter, type, "__abstractmethods__", value);
}

int type_annotations_set(Interpreter& interpreter, Value self, Value value) {
  Type* type = as_type(self);
  if (!type->is_heap_type) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "cannot set '__annotations__' attribute of immutable type '" + type->name + "'");
    return -1;
  }
  if (!value.is_null()) return set_namespace_attribute(interpreter, type, "__annotations__", value);
  const int deleted = dict_delete_item(interpreter, type->dict.get(), interpreter.intern("__annotations__"));
  if (deleted <= 0) {
    if (deleted == 0) interpreter.set_exception(interpreter.AttributeError_type, "__annotations__");
    return -1;
  }
  type->version = interpreter.next_type_version();
  return 0;
}

Ref type_flags_get(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(type_flags(interpreter, as_type(self))));
}
Ref type_basicsize_get(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(as_type(self)->basic_size));
}
Ref type_itemsize_get(Interpreter& interpreter, Value self) {
  return new_int(interpreter, static_cast<std::int64_t>(as_type(self)->item_size));
}
// Where instances keep their __dict__: the attributes' offset, or -8 (as
// CPython counts from the end of a variable-size object) for those in the
// side table; 0 without one.
Ref type_dictoffset_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  if (!has_instance_dict(type)) return new_int(interpreter, std::int64_t{0});
  return new_int(interpreter, type->attributes_offset ? static_cast<std::int64_t>(type->attributes_offset)
                                                      : -static_cast<std::int64_t>(sizeof(Value)));
}
// Krait keeps weak references in a table beside the objects: the offset
// is nominal, nonzero exactly when instances can be weakly referenced (the
// end of the first layout in the base chain that allowed them).
Ref type_weakrefoffset_get(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  if (!type->weakrefable) return new_int(interpreter, std::int64_t{0});
  while (type->base && type->base->weakrefable) type = type->base;
  return new_int(interpreter, static_cast<std::int64_t>(type->basic_size - (type->is_heap_type ? sizeof(Value) : 0)));
}
// Built-in types carry no docstrings, so no signature in them either.
Ref type_text_signature_get(Interpreter& interpreter, Value) { return interpreter.new_none(); }

Ref type_mro_method(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  Ref mro = type_mro_get(interpreter, self);
  if (!mro) return mro;
  return new_list(interpreter, std::span<const Value>(as_tuple(mro.get())->items(), as_tuple(mro.get())->size));
}

Ref type_subclasses_method(Interpreter& interpreter, Value self, const Value*, std::size_t, Value) {
  std::vector<Value> entries;
  for (Type* entry : as_type(self)->subclasses) entries.push_back(Value::object(entry));
  return new_list(interpreter, entries);
}

// type.__instancecheck__(cls, instance) and type.__subclasscheck__(cls,
// subclass): the checks without the hooks.
template <int (*check)(Interpreter&, Value, Value), const char* name>
Ref type_check_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, name, kwnames) || !check_positional(interpreter, name, count, 1, 1)) return Ref();
  const int result = check(interpreter, arguments[0], self);
  return result < 0 ? Ref() : interpreter.new_boolean(result);
}
constexpr char instancecheck_name[] = "type.__instancecheck__", subclasscheck_name[] = "type.__subclasscheck__";

// type.__dir__(): the names of the class and its bases (not its metaclass).
Ref type_dir(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "__dir__", kwnames) || !check_positional(interpreter, "__dir__", count, 0, 0))
    return Ref();
  Ref names = new_dict(interpreter);
  add_class_names(interpreter, names.get(), as_type(self));
  Ref list = new_list(interpreter, {});
  if (!list_extend(interpreter, list.get(), names.get())) return Ref();
  return list;
}

// --- class creation -------------------------------------------------------
// C3 linearisation: the type, then the merge of its bases' MROs and the
// list of bases. Empty with TypeError set when no consistent order exists.
std::vector<Type*> c3_mro(Interpreter& interpreter, Type* type, const std::vector<Type*>& bases) {
  if (bases.size() == 1) {  // the merge of one base's MRO: that MRO
    std::vector<Type*> result;
    result.reserve(bases[0]->mro.size() + 1);
    result.push_back(type);
    result.insert(result.end(), bases[0]->mro.begin(), bases[0]->mro.end());
    return result;
  }
  std::vector<std::vector<Type*>> sequences;
  for (Type* base : bases) sequences.push_back(base->mro);
  sequences.push_back(bases);
  std::vector<Type*> result{type};
  for (;;) {
    bool remaining = false;
    Type* candidate = nullptr;
    for (auto& sequence : sequences) {
      if (sequence.empty()) continue;
      remaining = true;
      Type* head = sequence.front();
      const bool in_tail = std::any_of(sequences.begin(), sequences.end(), [&](const std::vector<Type*>& other) {
        return std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head) != other.end();
      });
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!remaining) return result;
    if (!candidate) {
      std::string names;
      for (Type* base : bases) names += (names.empty() ? "" : ", ") + base->name;
      interpreter.set_exception(interpreter.TypeError_type,
                                "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      return {};
    }
    result.push_back(candidate);
    for (auto& sequence : sequences)
      if (!sequence.empty() && sequence.front() == candidate) sequence.erase(sequence.begin());
  }
}

// The built-in type whose instance layout a type extends.
Type* builtin_base(Type* type) {
  while (type->is_heap_type) type = type->base;
  return type;
}

// The nearest type (itself included) that adds to the instance layout: a
// built-in type with a layout of its own (not one sharing its base's
// deallocator, as the exception classes share BaseException's), or a class
// adding __slots__ members (CPython's solid_base).
Type* solid_base(Type* type) {
  while ((type->is_heap_type && type->member_count == type->base->member_count) ||
         (!type->is_heap_type && type->base && type->deallocate == type->base->deallocate &&
          type->attributes_offset == type->base->attributes_offset && type->base->base))
    type = type->base;
  return type;
}

// The base giving the new class its layout: the one whose solid base
// derives from every other's (CPython's best_base).
Type* best_base(Interpreter& interpreter, const std::vector<Type*>& bases) {
  Type* best = nullptr;
  Type* best_solid = nullptr;
  for (Type* base : bases) {
    Type* solid = solid_base(base);
    if (best_solid && is_subtype(best_solid, solid)) continue;  // a layout the best one extends: no change
    if (!best_solid || is_subtype(solid, best_solid)) {
      best = base;
      best_solid = solid;
    } else {
      interpreter.set_exception(interpreter.TypeError_type, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

// A private name in a class body, as the compiler mangles it: __x in
// class _C becomes _C__x.
std::string mangle(std::string_view class_name, std::string_view name) {
  if (name.size() < 2 || name.substr(0, 2) != "__" || (name.size() >= 4 && name.substr(name.size() - 2) == "__"))
    return std::string(name);
  const std::size_t start = class_name.find_first_not_of('_');
  if (start == std::string_view::npos) return std::string(name);
  return "_" + std::string(class_name.substr(start)) + std::string(name);
}

// __slots__ (CPython's type_new_slots): member descriptors for the names,
// in sorted order after the bases' members; a __dict__ only when listed
// or inherited. `base` is the base giving the layout.
bool apply_slots(Interpreter& interpreter, Type* type, Type* base, Value slots) {
  std::vector<Ref> names;
  if (is_str(interpreter, slots)) {
    names.push_back(Ref::borrow(slots));
  } else {
    Ref iterator = get_iterator(interpreter, slots);
    if (!iterator) return false;
    while (Ref name = iterator_next(interpreter, iterator.get())) names.push_back(std::move(name));
    if (interpreter.has_exception()) return false;
  }
  const bool base_has_dict = has_instance_dict(base);
  if (!names.empty() && base->item_size) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "nonempty __slots__ not supported for subtype of '" + base->name + "'");
    return false;
  }
  bool add_dict = false, add_weak = false;
  std::vector<std::string> members;
  for (const Ref& name : names) {
    if (!is_str(interpreter, name.get())) {
      interpreter.set_exception(interpreter.TypeError_type, "__slots__ items must be strings, not " +
                                                                quoted_type_name(interpreter, name.get()));
      return false;
    }
    Ref valid = call_method(interpreter, name.get(), interpreter.intern("isidentifier"), nullptr, 0);
    if (!valid) return false;
    if (valid.get() != interpreter.boolean(true)) {
      interpreter.set_exception(interpreter.TypeError_type, "__slots__ must be identifiers");
      return false;
    }
    const std::string_view text = str_utf8(name.get());
    if (text == "__dict__") {
      if (base_has_dict || add_dict) {
        interpreter.set_exception(interpreter.TypeError_type, "__dict__ slot disallowed: we already got one");
        return false;
      }
      add_dict = true;
    } else if (text == "__weakref__") {
      if (add_weak || base->weakrefable || base->item_size) {
        interpreter.set_exception(interpreter.TypeError_type,
                                  "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      add_weak = true;
    } else {
      members.push_back(mangle(type->name, text));
    }
  }
  std::sort(members.begin(), members.end());
  for (const std::string& member : members) {
    const Value name = interpreter.intern(member);
    if (!dict_get_str(type->dict.get(), name).is_null()) {
      interpreter.set_exception(interpreter.ValueError_type, str_repr_text(name) + " in __slots__ conflicts with class variable");
      return false;
    }
  }
  type->member_count = base->member_count;
  type->basic_size += static_cast<std::uint32_t>(members.size() * sizeof(Value));
  for (const std::string& member : members) {
    const Value name = interpreter.intern(member);
    Ref descriptor = new_member_descriptor(interpreter, name, type, type->member_count++);
    dict_set_str(interpreter, type->dict.get(), name, descriptor.get());
  }
  type->slots_only = !base_has_dict && !add_dict;
  type->weakrefable = base->weakrefable || add_weak;
  return true;
}

// Whether a value in the class's namespace has __set_name__ (finding out
// runs no Python code: the namespace need not be copied when none has).
bool has_set_name(Interpreter& interpreter, const Type* type) {
  std::size_t position = 0;
  Value key, value;
  while (dict_next(type->dict.get(), position, key, value))
    if (!type_lookup(type_of(interpreter, value), interpreter.names.dunder_set_name).is_null()) return true;
  return false;
}

// __set_name__(cls, name) of each value in (a copy of) the namespace.
bool set_names(Interpreter& interpreter, Type* type) {
  Ref names = dict_copy(interpreter, type->dict.get());
  if (!names) return false;
  std::size_t position = 0;
  Value key, value;
  while (dict_next(names.get(), position, key, value)) {
    bool found = true;
    const Value arguments[] = {Value::object(type), key};
    Ref result = call_special(interpreter, value, interpreter.names.dunder_set_name, arguments, 2, found);
    if (found && !result) {
      Ref cause = interpreter.take_exception();
      interpreter.set_exception(interpreter.RuntimeError_type, "Error calling __set_name__ on '" +
                                                                   std::string(type_name(interpreter, value)) +
                                                                   "' instance " + str_repr_text(key) + " in '" +
                                                                   type->name + "'");
      // _PyErr_FormatFromCause: the original is the cause (and context).
      ExceptionObject* raised = as_exception(interpreter.exception());
      raised->context = Ref::borrow(cause.get());
      raised->cause = std::move(cause);
      raised->suppress_context = true;
      return false;
    }
  }
  return true;
}

// After the class exists: __set_name__(cls, name) of each namespace value
// that has one, then super(cls, cls).__init_subclass__(**keywords), as
// CPython's type_new_set_names and type_new_init_subclass.
bool announce_class(Interpreter& interpreter, Type* type, const Value* keyword_values, Value kwnames) {
  if (has_set_name(interpreter, type) && !set_names(interpreter, type)) return false;
  // object.__init_subclass__ takes no arguments and does nothing: without
  // keywords, a class whose bases define no other need not call it.
  const Value object_hook = dict_get_str(interpreter.object_type->dict.get(), interpreter.names.dunder_init_subclass);
  if (keyword_count(kwnames) == 0 && !object_hook.is_null()) {
    Value hook;
    for (std::size_t i = 1; i < type->mro.size() && hook.is_null(); ++i)
      hook = dict_get_str(type->mro[i]->dict.get(), interpreter.names.dunder_init_subclass);
    if (hook == object_hook) return true;
  }
  const Value self = Value::object(type);
  const Value super_arguments[] = {self, self};
  Ref super = call(interpreter, Value::object(interpreter.super_type), super_arguments, 2);
  if (!super) return false;
  Ref hook = get_attribute(interpreter, super.get(), interpreter.names.dunder_init_subclass);
  if (!hook) return false;
  return static_cast<bool>(call(interpreter, hook.get(), keyword_values, 0, kwnames));
}

// A class owns its namespace, bases, key table and the MRO after itself;
// a built-in type (never tracked) owns no MRO entry.
void type_traverse(Object* object, const Visitor& visit) {
  auto* type = static_cast<Type*>(object);
  visit(type->dict);
  visit(type->bases);
  visit(type->instance_keys);
  if (type->is_heap_type)
    for (std::size_t i = 1; i < type->mro.size(); ++i) visit(type->mro[i]);
}

// Breaks a class's cycles by emptying its namespace. The type stays usable:
// an empty namespace replaces the old one before that is freed, and the
// versions change, so no cache keeps what the old one held.
void type_clear(Interpreter& interpreter, Object* object) {
  auto* type = static_cast<Type*>(object);
  if (!type->is_heap_type || !type->dict) return;
  Ref namespace_dict = std::exchange(type->dict, new_dict(interpreter));
  namespace_changed(interpreter, type, true);
}

void heap_type_deallocate(Interpreter& interpreter, Object* object) {
  auto* type = static_cast<Type*>(object);
  const TupleObject* bases = as_tuple(type->bases.get());
  for (std::int64_t i = 0; i < bases->size; ++i) {
    auto& siblings = as_type(bases->items()[i])->subclasses;
    siblings.erase(std::remove(siblings.begin(), siblings.end(), type), siblings.end());
  }
  // Released after the type is gone, as they may hold the last references
  // to objects referring back to it.
  std::vector<Type*> mro = std::move(type->mro);
  Ref dict = std::move(type->dict);
  Ref bases_tuple = std::move(type->bases);
  Ref keys = std::move(type->instance_keys);
  gc_delete(interpreter, type);
  for (std::size_t i = 1; i < mro.size(); ++i) decref(Value::object(mro[i]));
}

// type.__new__(metatype, name, bases, namespace, **keywords).
Ref type_new(Interpreter& interpreter, Type* metatype, const Value* arguments, std::size_t count, Value kwnames) {
  const Value name = arguments[0], bases_value = arguments[1], namespace_value = arguments[2];
  const Type* expected[] = {interpreter.str_type, interpreter.tuple_type, interpreter.dict_type};
  for (int i = 0; i < 3; ++i)
    if (!is_subtype(type_of(interpreter, arguments[i]), expected[i]))
      return interpreter.raise(interpreter.TypeError_type, "type.__new__() argument " + std::to_string(i + 1) +
                                                               " must be " + expected[i]->name + ", not " +
                                                               argument_type_name(interpreter, arguments[i]));
  // type(name, bases, namespace) makes a class of the bases' metaclass,
  // by that metaclass's __new__ when it has its own.
  Type* winner = calculate_metaclass(interpreter, metatype, bases_value);
  if (!winner) return Ref();
  if (winner != metatype) {
    if (winner->construct != metatype->construct)
      return winner->construct(interpreter, Value::object(winner), arguments, count, kwnames);
    metatype = winner;
  }
  std::vector<Type*> bases;
  const TupleObject* base_tuple = as_tuple(bases_value);
  for (std::int64_t i = 0; i < base_tuple->size; ++i) {
    const Value base = base_tuple->items()[i];
    if (!is_type(interpreter, base))
      return interpreter.raise(interpreter.TypeError_type, "bases must be types");
    Type* base_type = as_type(base);
    if (!base_type->subclassable)
      return interpreter.raise(interpreter.TypeError_type, "type '" + base_type->name + "' is not an acceptable base type");
    bases.push_back(base_type);
  }
  if (bases.empty()) bases.push_back(interpreter.object_type);
  Type* base = best_base(interpreter, bases);
  if (!base) return Ref();

  // The class's namespace, a copy of the one given (PyDict_Copy: a dict
  // subclass overriding __iter__ is read through its keys()).
  Ref namespace_copy = dict_copy(interpreter, namespace_value);
  if (!namespace_copy) return Ref();
  auto* type = gc_new<Type>(interpreter, metatype);
  type->interpreter = &interpreter;
  type->name = std::string(str_utf8(name));
  type->base = base;
  type->is_heap_type = true;
  type->subclassable = true;
  const Value object_base = Value::object(interpreter.object_type);
  type->bases = base_tuple->size ? Ref::borrow(bases_value) : new_tuple(interpreter, std::span<const Value>(&object_base, 1));
  type->deallocate = nullptr;
  Ref owned = Ref::steal(Value::object(type));
  std::vector<Type*> mro = c3_mro(interpreter, type, bases);
  if (mro.empty()) return Ref();
  type->mro = std::move(mro);
  for (std::size_t i = 1; i < type->mro.size(); ++i) incref(Value::object(type->mro[i]));
  for (std::int64_t i = 0; i < as_tuple(type->bases.get())->size; ++i)
    as_type(as_tuple(type->bases.get())->items()[i])->subclasses.push_back(type);

  type->dict = std::move(namespace_copy);
  // Without __module__, the class belongs to the module running type().
  if (dict_get_str(type->dict.get(), interpreter.names.dunder_module).is_null() && !interpreter.frames.empty()) {
    const Value module = dict_get_str(interpreter.frames.back().globals, interpreter.names.dunder_name);
    if (!module.is_null()) dict_set_str(interpreter, type->dict.get(), interpreter.names.dunder_module, module);
  }
  // __qualname__ from the class body becomes the type's, not an attribute.
  const Value qualname = dict_get_str(type->dict.get(), interpreter.names.dunder_qualname);
  if (!qualname.is_null()) {
    if (type_of(interpreter, qualname) != interpreter.str_type)
      return interpreter.raise(interpreter.TypeError_type, "type __qualname__ must be a str, not " +
                                                               std::string(type_name(interpreter, qualname)));
    type->qualname = str_utf8(qualname);
    if (dict_delete_item(interpreter, type->dict.get(), interpreter.names.dunder_qualname) < 0) return Ref();
  }
  // A class defining __eq__ without __hash__ is unhashable.
  const Value eq_name = interpreter.compare_names[static_cast<int>(CompareOp::Eq)];
  const Value hash_name = interpreter.slot_names[static_cast<int>(SlotId::hash)];
  if (!dict_get_str(type->dict.get(), eq_name).is_null() && dict_get_str(type->dict.get(), hash_name).is_null())
    dict_set_str(interpreter, type->dict.get(), hash_name, interpreter.none());
  // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods, implicitly.
  const Value new_function = dict_get_str(type->dict.get(), interpreter.names.dunder_new);
  if (!new_function.is_null() && type_of(interpreter, new_function) == interpreter.function_type) {
    Ref wrapped = call(interpreter, Value::object(interpreter.staticmethod_type), &new_function, 1);
    if (!wrapped) return Ref();
    dict_set_str(interpreter, type->dict.get(), interpreter.names.dunder_new, wrapped.get());
  }
  for (Value implicit : {interpreter.names.dunder_init_subclass, interpreter.names.dunder_class_getitem}) {
    const Value function = dict_get_str(type->dict.get(), implicit);
    if (!function.is_null() && type_of(interpreter, function) == interpreter.function_type) {
      Ref wrapped = call(interpreter, Value::object(interpreter.classmethod_type), &function, 1);
      if (!wrapped) return Ref();
      dict_set_str(interpreter, type->dict.get(), implicit, wrapped.get());
    }
  }
  const Value slots = dict_get_str(type->dict.get(), interpreter.names.dunder_slots);
  type->basic_size = base->basic_size;
  type->item_size = base->item_size;
  if (!slots.is_null()) {
    if (!apply_slots(interpreter, type, base, slots)) return Ref();
  } else {
    type->member_count = base->member_count;
  }
  // Instances of classes over object carry their attributes inline, as do
  // those over types whose layout has room for them (exceptions); others
  // use the side table, when they have attributes at all.
  if (builtin_base(base) == interpreter.object_type) {
    type->attributes_offset = attributes_offset<InstanceObject>();
  } else {
    type->attributes_offset = base->attributes_offset;
    type->side_attributes = !type->attributes_offset && (base->side_attributes || !type->slots_only || type->member_count);
  }
  type->deallocate = type->side_attributes ? &side_attributes_deallocate : base->deallocate;
  type->version = interpreter.next_type_version();
  inherit_slots(*type);
  // Instances of classes can be weakly referenced when their layout has a
  // collector header (not over int, str, float ...) and is not a tuple's,
  // unless __slots__ leaves out __weakref__ (CPython's __weakref__ slot).
  if (slots.is_null()) type->weakrefable = true;
  type->weakrefable = type->weakrefable && is_container(type) && builtin_base(base) != interpreter.tuple_type;
  // What the class adds to its base's layout shows in its namespace as
  // CPython's __dict__ and __weakref__ getsets, then __doc__ (None
  // without a docstring), each unless the class body defined it.
  // A metaclass adds none: a class's namespace is already its __dict__.
  const bool adds_dict = has_instance_dict(type) && !has_instance_dict(base) &&
                         !is_subtype(base, interpreter.type_type);
  const bool adds_weakref = type->weakrefable && !base->weakrefable;
  type->basic_size += static_cast<std::uint32_t>((adds_dict + adds_weakref) * sizeof(Value));
  add_instance_getsets(interpreter, type, adds_dict, adds_weakref);
  if (dict_get_str(type->dict.get(), interpreter.names.dunder_doc).is_null())
    dict_set_str(interpreter, type->dict.get(), interpreter.names.dunder_doc, interpreter.none());
  update_heap_slots(interpreter, type);
  if (!announce_class(interpreter, type, arguments + 3, kwnames)) return Ref();
  return owned;
}

// type.__prepare__(name, bases, **keywords): a class body's namespace, an
// empty dict (a classmethod: the metaclass comes first).
Ref type_prepare(Interpreter& interpreter, Value, const Value*, std::size_t, Value) { return new_dict(interpreter); }

}  // namespace

void add_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& method : methods) {
    Ref descriptor = new_method_descriptor(interpreter, method.name, method.function, type);
    dict_set_str(interpreter, type->dict.get(), interpreter.intern(method.name), descriptor.get());
  }
}

void add_class_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& method : methods) {
    Ref function = new_builtin_function(interpreter, method.name, method.function);
    Ref wrapped = new_classmethod(interpreter, function.get());
    dict_set_str(interpreter, type->dict.get(), interpreter.intern(method.name), wrapped.get());
  }
}

Value type_lookup(const Type* type, Value name) {
  const bool cacheable = type->version != 0 && as_str(name)->interned;
  Interpreter::TypeCacheEntry& entry =
      type->interpreter->type_cache[(type->version * 0x9E3779B97F4A7C15ULL ^ (name.bits() >> 4)) %
                                    Interpreter::type_cache_size];
  if (cacheable && entry.version == type->version && entry.name == name) return entry.value;
  Value found;
  for (const Type* base : type->mro) {
    found = dict_get_str(base->dict.get(), name);
    if (!found.is_null()) break;
  }
  if (cacheable) entry = {type->version, name, found};
  return found;
}

void add_class_names(Interpreter& interpreter, Value names, const Type* type) {
  std::size_t position = 0;
  Value key, value;
  while (dict_next(type->dict.get(), position, key, value)) dict_set_str(interpreter, names, key, interpreter.none());
  if (!type->bases) {
    if (type->base) add_class_names(interpreter, names, type->base);
    return;
  }
  const TupleObject* bases = as_tuple(type->bases.get());
  for (std::int64_t i = 0; i < bases->size; ++i) add_class_names(interpreter, names, as_type(bases->items()[i]));
}

void inherit_slots(Type& type) {
  if (!type.base) return;
  // A built-in type directly over object without a constructor of its own
  // cannot be instantiated (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION).
  const CallSlot construct = type.construct;
#define KRAIT_TYPE_SLOT(field, dunder, signature) \
  if (!type.field) type.field = type.base->field;
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
  if (!type.is_heap_type && !type.base->base) type.construct = construct;
  // The collector's slots go with the layout: classes share their base's,
  // and so do built-in types without a deallocator of their own.
  if (type.is_heap_type || !type.deallocate) {
    if (!type.traverse) type.traverse = type.base->traverse;
    if (!type.clear) type.clear = type.base->clear;
  }
  if (!type.deallocate) type.deallocate = type.base->deallocate;
  if (!type.finalize) type.finalize = type.base->finalize;
  if (!type.attributes_offset) type.attributes_offset = type.base->attributes_offset;
  if (!type.pattern_flags) type.pattern_flags = type.base->pattern_flags;
  if (!type.basic_size) type.basic_size = type.base->basic_size;
  if (!type.item_size) type.item_size = type.base->item_size;
}

std::uint64_t type_flags(Interpreter& interpreter, const Type* type) {
  std::uint64_t flags = type->pattern_flags | type_flag::ready;
  flags |= type->is_heap_type ? type_flag::heap_type : type_flag::immutable | type_flag::valid_version_tag;
  if (type->subclassable) flags |= type_flag::base_type;
  if (is_container(type)) flags |= type_flag::have_gc;
  if (type->is_abstract) flags |= type_flag::is_abstract;
  if (type->is_heap_type && has_instance_dict(type) && !type->item_size) flags |= type_flag::managed_dict;
  const std::pair<const Type*, std::uint64_t> subclass_flags[] = {
      {interpreter.int_type, type_flag::long_subclass},
      {interpreter.list_type, type_flag::list_subclass},
      {interpreter.tuple_type, type_flag::tuple_subclass},
      {interpreter.bytes_type, type_flag::bytes_subclass},
      {interpreter.str_type, type_flag::unicode_subclass},
      {interpreter.dict_type, type_flag::dict_subclass},
      {interpreter.BaseException_type, type_flag::base_exception_subclass},
      {interpreter.type_type, type_flag::type_subclass}};
  for (const auto& [base, flag] : subclass_flags)
    if (is_subtype(type, base)) flags |= flag;
  return flags;
}

Type* new_native_type(Interpreter& interpreter, std::string name, Type* base) {
  Type* type = interpreter.create_type(std::move(name), base);
  type->dict = new_dict(interpreter);
  for (Type* entry = type; entry; entry = entry->base) type->mro.push_back(entry);
  return type;
}

void ready_native_type(Interpreter& interpreter, Type* type) {
  add_slot_wrappers(interpreter, type);
  inherit_slots(*type);
  type->version = interpreter.next_type_version();
}

Type* calculate_metaclass(Interpreter& interpreter, Type* metatype, Value bases) {
  Type* winner = metatype;
  const TupleObject* items = as_tuple(bases);
  for (std::int64_t i = 0; i < items->size; ++i) {
    Type* base_meta = type_of(interpreter, items->items()[i]);
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    interpreter.set_exception(interpreter.TypeError_type,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                              "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

bool is_subtype(const Type* type, const Type* base) {
  if (type == base) return true;
  for (const Type* entry : type->mro)
    if (entry == base) return true;
  return false;
}

Ref type_repr(Interpreter& interpreter, Value self) {
  const Type* type = as_type(self);
  return new_str(interpreter, "<class '" + module_prefix(interpreter, type) + qualified_name(interpreter, type) + "'>");
}

std::string displayed_type_name(Interpreter& interpreter, const Type* type) {
  const std::string prefix = module_prefix(interpreter, type);
  return (prefix == "__main__." ? "" : prefix) + qualified_name(interpreter, type);
}

void init_type_type(Interpreter& interpreter) {
  // The built-in types classes may derive from; the others (bool, range,
  // functions, iterators, views, descriptors ...) are final, as in CPython.
  for (Type* base : {interpreter.object_type, interpreter.type_type, interpreter.int_type, interpreter.float_type,
                     interpreter.complex_type, interpreter.str_type, interpreter.bytes_type, interpreter.bytearray_type,
                     interpreter.tuple_type, interpreter.list_type, interpreter.dict_type, interpreter.set_type,
                     interpreter.frozenset_type, interpreter.property_type, interpreter.classmethod_type,
                     interpreter.staticmethod_type, interpreter.super_type, interpreter.enumerate_type,
                     interpreter.zip_type, interpreter.map_type, interpreter.filter_type, interpreter.reversed_type,
                     interpreter.weakref_type, interpreter.generic_alias_type})
    base->subclassable = true;
#define KRAIT_EXCEPTION_TYPE(Name, Base) interpreter.Name##_type->subclassable = true;
#include "objects/exception_types.def"
#undef KRAIT_EXCEPTION_TYPE
  for (Type* sequence : {interpreter.list_type, interpreter.tuple_type, interpreter.range_type, interpreter.memoryview_type})
    sequence->pattern_flags |= type_flag::sequence;
  for (Type* mapping : {interpreter.dict_type, interpreter.mappingproxy_type})
    mapping->pattern_flags |= type_flag::mapping;
  for (Type* self_matching : {interpreter.bool_type, interpreter.bytearray_type, interpreter.bytes_type,
                              interpreter.dict_type, interpreter.float_type, interpreter.frozenset_type,
                              interpreter.int_type, interpreter.list_type, interpreter.set_type, interpreter.str_type,
                              interpreter.tuple_type})
    self_matching->pattern_flags |= type_flag::match_self;
  // Layout sizes for __basicsize__/__itemsize__; the other built-in types
  // take their base's. Variable-size objects as in CPython: int (GMP limbs),
  // tuple, bytes.
  const std::pair<Type*, std::size_t> basic_sizes[] = {
      {interpreter.object_type, sizeof(Object)},       {interpreter.type_type, sizeof(Type)},
      {interpreter.int_type, sizeof(IntObject)},       {interpreter.float_type, sizeof(FloatObject)},
      {interpreter.str_type, sizeof(StrObject)},       {interpreter.bytes_type, sizeof(BytesObject)},
      {interpreter.tuple_type, sizeof(TupleObject)},   {interpreter.list_type, sizeof(ListObject)},
      {interpreter.dict_type, sizeof(DictObject)},     {interpreter.set_type, sizeof(SetObject)},
      {interpreter.frozenset_type, sizeof(SetObject)}, {interpreter.function_type, sizeof(FunctionObject)},
      {interpreter.module_type, sizeof(ModuleObject)}, {interpreter.BaseException_type, sizeof(ExceptionObject)}};
  for (const auto& [sized, size] : basic_sizes) sized->basic_size = static_cast<std::uint32_t>(size);
  interpreter.int_type->item_size = sizeof(mp_limb_t);
  interpreter.bool_type->item_size = sizeof(mp_limb_t);
  interpreter.tuple_type->item_size = sizeof(Value);
  interpreter.bytes_type->item_size = 1;
  // memoryview is variable-size in CPython too (its shape and strides):
  // "cannot pickle memoryview objects".
  interpreter.memoryview_type->item_size = sizeof(std::int64_t);
  Type* type = interpreter.type_type;
  type->repr = &type_repr;
  type->call = &type_call;
  type->construct = &type_construct;
  type->initialize = &type_initialize;
  type->get_attribute = &type_get_attribute;
  type->set_attribute = &type_set_attribute;
  // Built-in types are owned by their interpreter; a class is freed here.
  type->deallocate = &heap_type_deallocate;
  type->traverse = &type_traverse;
  type->clear = &type_clear;
  type->weakrefable = true;
  add_getsets(interpreter, type,
              {{"__name__", &type_name_get, &type_name_set},
               {"__qualname__", &type_qualname_get, &type_qualname_set},
               {"__module__", &type_module_get, &type_module_set},
               {"__mro__", &type_mro_get},
               {"__bases__", &type_bases_get, &type_bases_set},
               {"__base__", &type_base_get},
               {"__dict__", &type_dict_get},
               {"__doc__", &type_doc_get, &type_doc_set},
               {"__annotations__", &type_annotations_get, &type_annotations_set},
               {"__abstractmethods__", &type_abstractmethods_get, &type_abstractmethods_set},
               {"__flags__", &type_flags_get},
               {"__basicsize__", &type_basicsize_get},
               {"__itemsize__", &type_itemsize_get},
               {"__dictoffset__", &type_dictoffset_get},
               {"__weakrefoffset__", &type_weakrefoffset_get},
               {"__text_signature__", &type_text_signature_get}});
  add_methods(interpreter, type,
              {{"mro", &type_mro_method},
               {"__subclasses__", &type_subclasses_method},
               {"__instancecheck__", &type_check_method<&real_is_instance, instancecheck_name>},
               {"__subclasscheck__", &type_check_method<&real_is_subclass, subclasscheck_name>},
               {"__dir__", &type_dir}});
  add_class_methods(interpreter, type, {{"__prepare__", &type_prepare}});
}

}  // namespace krait::runtime
