// Objects: wrapper_descriptor, method-wrapper and the __new__ of built-in
// types (see wrapper_descriptor_object.h). Each dunder has an adapter that
// checks the arguments as CPython's wrap_* function for it does, then calls
// the owner's slot.
#include "objects/wrapper_descriptor_object.h"

#include <string>
#include <string_view>
#include <utility>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/hash.h"
#include "objects/int_object.h"
#include "objects/object_reduce.h"
#include "objects/sequence.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Calls the owner's slot for `self` and the dunder's arguments.
using SlotAdapter = Ref (*)(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments,
                            std::size_t count, Value kwnames);

struct WrapperDescriptor : Object {
  Value name;  // an interned str, alive as long as the interpreter
  Type* owner = nullptr;
  SlotAdapter adapter = nullptr;
  bool keywords = false;  // __init__ and __call__ take keywords
};

struct MethodWrapper : Object {
  Ref descriptor;
  Ref self;
};

WrapperDescriptor* as_wrapper(Value value) { return static_cast<WrapperDescriptor*>(value.as_object()); }
MethodWrapper* as_method_wrapper(Value value) { return static_cast<MethodWrapper*>(value.as_object()); }

// --- argument checks ----------------------------------------------------------
// CPython's check_num_args: "expected 1 argument, got 0".
bool expect_arguments(Interpreter& interpreter, std::size_t count, std::size_t expected) {
  return check_slot_arguments(interpreter, "", count, Value(), expected);
}

// PyArg_UnpackTuple(args, "", minimum, maximum): " expected 2 arguments, got 1".
bool unpack_arguments(Interpreter& interpreter, std::size_t count, std::size_t minimum, std::size_t maximum) {
  return check_argument_count(interpreter, "", count, minimum, maximum);
}

bool name_argument(Interpreter& interpreter, Value name) {
  if (is_str(interpreter, name)) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            "attribute name must be string, not " + quoted_type_name(interpreter, name));
  return false;
}

Ref none_or_error(Interpreter& interpreter, bool ok) { return ok ? interpreter.new_none() : Ref(); }

// --- adapters -------------------------------------------------------------------
template <UnarySlot Type::*slot>
Ref unary(Interpreter& interpreter, const Type* owner, Value self, const Value*, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 0)) return Ref();
  return (owner->*slot)(interpreter, self);
}

// __next__: exhaustion is StopIteration to a Python caller.
Ref next(Interpreter& interpreter, const Type* owner, Value self, const Value*, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 0)) return Ref();
  Ref item = owner->next(interpreter, self);
  if (!item && !interpreter.has_exception()) return interpreter.raise(interpreter.StopIteration_type, "");
  return item;
}

Ref hash_method(Interpreter& interpreter, const Type* owner, Value self, const Value*, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 0)) return Ref();
  const std::int64_t result = owner->hash(interpreter, self);
  if (result == -1 && interpreter.has_exception()) return Ref();
  return new_int(interpreter, result);
}

Ref truth_method(Interpreter& interpreter, const Type* owner, Value self, const Value*, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 0)) return Ref();
  const int result = owner->truth(interpreter, self);
  return result < 0 ? Ref() : interpreter.new_boolean(result);
}

template <CompareOp op>
Ref compare_method(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                   Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  return owner->compare(interpreter, self, arguments[0], op);
}

// __op__(self, other) is slot(self, other); __rop__ is slot(other, self).
template <BinarySlot Type::*slot, bool reflected>
Ref binary(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  return reflected ? (owner->*slot)(interpreter, arguments[0], self) : (owner->*slot)(interpreter, self, arguments[0]);
}

// __pow__(self, other, mod=None): a modulus goes to pow() itself, the
// slots being binary.
template <bool reflected>
Ref power(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!unpack_arguments(interpreter, count, 1, 2)) return Ref();
  if (count == 1 || arguments[1] == interpreter.none())
    return reflected ? owner->power(interpreter, arguments[0], self) : owner->power(interpreter, self, arguments[0]);
  const Value operands[] = {reflected ? arguments[0] : self, reflected ? self : arguments[0], arguments[1]};
  return call(interpreter, dict_get_str(interpreter.builtins(), interpreter.intern("pow")), operands, 3);
}

// The sequence protocol's * (__mul__, __rmul__, __imul__): an index count.
template <RepeatSlot Type::*slot>
Ref repeat(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  std::int64_t times = 0;
  if (!index_argument(interpreter, arguments[0], times)) return Ref();
  return (owner->*slot)(interpreter, self, times);
}

Ref contains_method(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                    Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  const int result = owner->contains(interpreter, self, arguments[0]);
  return result < 0 ? Ref() : interpreter.new_boolean(result);
}

Ref setitem(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!unpack_arguments(interpreter, count, 2, 2)) return Ref();
  return none_or_error(interpreter, owner->assign_subscript(interpreter, self, arguments[0], arguments[1]) == 0);
}

Ref delitem(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  return none_or_error(interpreter, owner->assign_subscript(interpreter, self, arguments[0], Value()) == 0);
}

Ref call_method(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                Value kwnames) {
  return owner->call(interpreter, self, arguments, count, kwnames);
}

Ref init_method(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                Value kwnames) {
  Ref result = owner->initialize(interpreter, self, arguments, count, kwnames);
  return result ? interpreter.new_none() : Ref();
}

Ref getattribute(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                 Value) {
  if (!expect_arguments(interpreter, count, 1) || !name_argument(interpreter, arguments[0])) return Ref();
  return owner->get_attribute(interpreter, self, arguments[0]);
}

// object.__setattr__ may not skip a built-in type's own __setattr__ below
// the instance's classes (CPython's hackcheck).
bool setattr_applies(Interpreter& interpreter, const Type* owner, Value self, const char* what) {
  const Type* type = type_of(interpreter, self);
  for (const Type* base = type; base; base = base->base) {
    if (base->set_attribute == owner->set_attribute) return true;
    if (!is_class_set_attribute(base->set_attribute)) break;
  }
  interpreter.set_exception(interpreter.TypeError_type,
                            std::string("can't apply this ") + what + " to " + type->name + " object");
  return false;
}

Ref setattr(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!unpack_arguments(interpreter, count, 2, 2) || !name_argument(interpreter, arguments[0]) ||
      !setattr_applies(interpreter, owner, self, "__setattr__"))
    return Ref();
  return none_or_error(interpreter, owner->set_attribute(interpreter, self, arguments[0], arguments[1]) == 0);
}

Ref delattr(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 1) || !name_argument(interpreter, arguments[0]) ||
      !setattr_applies(interpreter, owner, self, "__delattr__"))
    return Ref();
  return none_or_error(interpreter, owner->set_attribute(interpreter, self, arguments[0], Value()) == 0);
}

// __get__(instance, owner=None), None standing for "absent".
Ref descriptor_get(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                   Value) {
  if (!unpack_arguments(interpreter, count, 1, 2)) return Ref();
  const Value instance = arguments[0] == interpreter.none() ? Value() : arguments[0];
  const Value cls = count < 2 || arguments[1] == interpreter.none() ? Value() : arguments[1];
  if (instance.is_null() && cls.is_null())
    return interpreter.raise(interpreter.TypeError_type, "__get__(None, None) is invalid");
  return owner->descriptor_get(interpreter, self, instance, cls);
}

Ref descriptor_set(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments, std::size_t count,
                   Value) {
  if (!unpack_arguments(interpreter, count, 2, 2)) return Ref();
  return none_or_error(interpreter, owner->descriptor_set(interpreter, self, arguments[0], arguments[1]) == 0);
}

Ref descriptor_delete(Interpreter& interpreter, const Type* owner, Value self, const Value* arguments,
                      std::size_t count, Value) {
  if (!expect_arguments(interpreter, count, 1)) return Ref();
  return none_or_error(interpreter, owner->descriptor_set(interpreter, self, arguments[0], Value()) == 0);
}

// --- wrapper_descriptor -----------------------------------------------------------
std::string descriptor_name(const WrapperDescriptor* descriptor) { return std::string(str_utf8(descriptor->name)); }

// The descriptor applies to instances of its owner: "descriptor '__add__'
// for 'int' objects doesn't apply to a 'str' object".
bool applies_to(Interpreter& interpreter, const WrapperDescriptor* descriptor, Value self) {
  if (is_subtype(type_of(interpreter, self), descriptor->owner)) return true;
  interpreter.set_exception(interpreter.TypeError_type, "descriptor '" + descriptor_name(descriptor) + "' for '" +
                                                            descriptor->owner->name + "' objects doesn't apply to a " +
                                                            quoted_type_name(interpreter, self) + " object");
  return false;
}

Ref call_bound(Interpreter& interpreter, const WrapperDescriptor* descriptor, Value self, const Value* arguments,
               std::size_t count, Value kwnames) {
  if (!descriptor->keywords && keyword_count(kwnames) != 0)
    return interpreter.raise(interpreter.TypeError_type,
                             "wrapper " + descriptor_name(descriptor) + "() takes no keyword arguments");
  return descriptor->adapter(interpreter, descriptor->owner, self, arguments, count, kwnames);
}

// int.__add__(1, 2): the first argument is the instance.
Ref wrapper_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const WrapperDescriptor* descriptor = as_wrapper(callee);
  if (count == 0)
    return interpreter.raise(interpreter.TypeError_type, "descriptor '" + descriptor_name(descriptor) + "' of '" +
                                                             descriptor->owner->name + "' object needs an argument");
  if (!is_subtype(type_of(interpreter, arguments[0]), descriptor->owner))
    return interpreter.raise(interpreter.TypeError_type, "descriptor '" + descriptor_name(descriptor) + "' requires a '" +
                                                             descriptor->owner->name + "' object but received a " +
                                                             quoted_type_name(interpreter, arguments[0]));
  return call_bound(interpreter, descriptor, arguments[0], arguments + 1, count - 1, kwnames);
}

Ref wrapper_get(Interpreter& interpreter, Value self, Value instance, Value) {
  if (instance.is_null()) return Ref::borrow(self);
  if (!applies_to(interpreter, as_wrapper(self), instance)) return Ref();
  auto* bound = gc_new<MethodWrapper>(interpreter, interpreter.method_wrapper_type);
  bound->descriptor = Ref::borrow(self);
  bound->self = Ref::borrow(instance);
  return Ref::steal(Value::object(bound));
}

Ref wrapper_repr(Interpreter& interpreter, Value self) {
  const WrapperDescriptor* descriptor = as_wrapper(self);
  return new_str(interpreter, "<slot wrapper '" + descriptor_name(descriptor) + "' of '" + descriptor->owner->name +
                                  "' objects>");
}

Ref wrapper_name(Interpreter&, Value self) { return Ref::borrow(as_wrapper(self)->name); }
Ref wrapper_qualname(Interpreter& interpreter, Value self) {
  return new_str(interpreter, as_wrapper(self)->owner->name + "." + descriptor_name(as_wrapper(self)));
}
Ref wrapper_objclass(Interpreter&, Value self) { return Ref::borrow(Value::object(as_wrapper(self)->owner)); }

// __text_signature__: the signature CPython's slot table documents for
// the dunder (what inspect.signature reads).
Ref wrapper_text_signature(Interpreter& interpreter, Value self) {
  const std::string name = descriptor_name(as_wrapper(self));
  static constexpr std::pair<std::string_view, std::string_view> special[] = {
      {"__init__", "($self, /, *args, **kwargs)"},   {"__call__", "($self, /, *args, **kwargs)"},
      {"__setattr__", "($self, name, value, /)"},    {"__getattribute__", "($self, name, /)"},
      {"__delattr__", "($self, name, /)"},           {"__get__", "($self, instance, owner=None, /)"},
      {"__set__", "($self, instance, value, /)"},    {"__delete__", "($self, instance, /)"},
      {"__setitem__", "($self, key, value, /)"},     {"__getitem__", "($self, key, /)"},
      {"__delitem__", "($self, key, /)"},            {"__contains__", "($self, key, /)"},
      {"__pow__", "($self, value, mod=None, /)"},    {"__rpow__", "($self, value, mod=None, /)"}};
  for (const auto& [dunder, signature] : special)
    if (name == dunder) return new_str(interpreter, signature);
  // Unary slots take only self; the others (operators, comparisons) one value.
  static constexpr std::string_view unary[] = {"__repr__", "__str__",   "__hash__",  "__bool__",  "__len__",
                                               "__iter__", "__next__",  "__neg__",   "__pos__",   "__invert__",
                                               "__abs__",  "__index__", "__int__",   "__float__", "__del__",
                                               "__await__", "__aiter__", "__anext__"};
  for (std::string_view dunder : unary)
    if (name == dunder) return new_str(interpreter, "($self, /)");
  return new_str(interpreter, "($self, value, /)");
}

// --- method-wrapper -----------------------------------------------------------------
Ref method_wrapper_call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                        Value kwnames) {
  const MethodWrapper* bound = as_method_wrapper(callee);
  return call_bound(interpreter, as_wrapper(bound->descriptor.get()), bound->self.get(), arguments, count, kwnames);
}

Ref method_wrapper_repr(Interpreter& interpreter, Value self) {
  const MethodWrapper* bound = as_method_wrapper(self);
  const Value object = bound->self.get();
  return new_str(interpreter, "<method-wrapper '" + descriptor_name(as_wrapper(bound->descriptor.get())) + "' of " +
                                  std::string(type_name(interpreter, object)) + " object at " +
                                  address_text(object.is_object() ? static_cast<const void*>(object.as_object())
                                                                  : reinterpret_cast<const void*>(object.bits())) +
                                  ">");
}

Ref method_wrapper_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(interpreter, other) != interpreter.method_wrapper_type)
    return Ref::borrow(interpreter.not_implemented());
  const MethodWrapper* a = as_method_wrapper(self);
  const MethodWrapper* b = as_method_wrapper(other);
  const bool same = a->descriptor.get() == b->descriptor.get() && a->self.get() == b->self.get();
  return interpreter.new_boolean(same == (op == CompareOp::Eq));
}

Ref method_wrapper_self(Interpreter&, Value self) { return Ref::borrow(as_method_wrapper(self)->self.get()); }
Ref method_wrapper_text_signature(Interpreter& interpreter, Value self) {
  return wrapper_text_signature(interpreter, as_method_wrapper(self)->descriptor.get());
}
Ref method_wrapper_name(Interpreter&, Value self) {
  return Ref::borrow(as_wrapper(as_method_wrapper(self)->descriptor.get())->name);
}
// __qualname__ and __objclass__: the descriptor's ("int.__add__", int).
Ref method_wrapper_qualname(Interpreter& interpreter, Value self) {
  return wrapper_qualname(interpreter, as_method_wrapper(self)->descriptor.get());
}
Ref method_wrapper_objclass(Interpreter& interpreter, Value self) {
  return wrapper_objclass(interpreter, as_method_wrapper(self)->descriptor.get());
}

void descriptor_deallocate(Interpreter&, Object* object) { delete static_cast<WrapperDescriptor*>(object); }
void method_wrapper_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<MethodWrapper*>(object));
}
void method_wrapper_traverse(Object* object, const Visitor& visit) {
  const MethodWrapper* bound = static_cast<MethodWrapper*>(object);
  visit(bound->descriptor);
  visit(bound->self);
}

// --- __new__ ---------------------------------------------------------------------------
// T.__new__(S, *args): S must be a subtype of T whose nearest built-in
// base constructs as T does (CPython's tp_new_wrapper).
Ref new_wrapper(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const Type* type = static_cast<Type*>(self.as_object());
  if (count == 0) return interpreter.raise(interpreter.TypeError_type, type->name + ".__new__(): not enough arguments");
  const Value subtype_value = arguments[0];
  if (!subtype_value.is_object() || !is_subtype(type_of(interpreter, subtype_value), interpreter.type_type))
    return interpreter.raise(interpreter.TypeError_type, type->name + ".__new__(X): X is not a type object (" +
                                                             std::string(type_name(interpreter, subtype_value)) + ")");
  const Type* subtype = static_cast<Type*>(subtype_value.as_object());
  if (!is_subtype(subtype, type))
    return interpreter.raise(interpreter.TypeError_type, type->name + ".__new__(" + subtype->name + "): " +
                                                             subtype->name + " is not a subtype of " + type->name);
  const Type* static_base = subtype;
  while (static_base && is_class_construct(static_base->construct)) static_base = static_base->base;
  if (static_base && static_base->construct != type->construct)
    return interpreter.raise(interpreter.TypeError_type, type->name + ".__new__(" + subtype->name +
                                                             ") is not safe, use " + static_base->name + ".__new__()");
  return type->construct(interpreter, subtype_value, arguments + 1, count - 1, kwnames);
}

struct Registration {
  Interpreter& interpreter;
  Type* type;

  // Adds `name` -> the adapter when the type fills the slot and does not
  // define the name already.
  void add(bool fills, Value name, SlotAdapter adapter, bool keywords = false) const {
    if (!fills || !dict_get_str(type->dict.get(), name).is_null()) return;
    auto* descriptor = new WrapperDescriptor;
    descriptor->type = interpreter.wrapper_descriptor_type;
    descriptor->name = name;
    descriptor->owner = type;
    descriptor->adapter = adapter;
    descriptor->keywords = keywords;
    Ref owned = Ref::steal(Value::object(descriptor));
    dict_set_str(interpreter, type->dict.get(), name, owned.get());
  }
  void add(bool fills, const char* name, SlotAdapter adapter, bool keywords = false) const {
    add(fills, interpreter.intern(name), adapter, keywords);
  }
};

// __reduce__(): (getattr, (owner, name)) for a slot wrapper, (getattr,
// (self, name)) for one bound to an object, as pickle saves them.
Ref wrapper_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "wrapper_descriptor.__reduce__", count, kwnames)) return Ref();
  const Value arguments[] = {Value::object(as_wrapper(self)->owner), as_wrapper(self)->name};
  return reduce_value(interpreter, builtin_named(interpreter, "getattr"), arguments);
}

Ref method_wrapper_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "method-wrapper.__reduce__", count, kwnames)) return Ref();
  const MethodWrapper* bound = as_method_wrapper(self);
  const Value arguments[] = {bound->self.get(), as_wrapper(bound->descriptor.get())->name};
  return reduce_value(interpreter, builtin_named(interpreter, "getattr"), arguments);
}

}  // namespace

void add_slot_wrappers(Interpreter& interpreter, Type* type) {
  const Registration wrap{interpreter, type};
  const Interpreter::Names& names = interpreter.names;
  auto slot_name = [&](SlotId id) { return interpreter.slot_names[static_cast<int>(id)]; };
  if (type->construct && dict_get_str(type->dict.get(), names.dunder_new).is_null()) {
    Ref function = new_builtin_function(interpreter, "__new__", &new_wrapper, Value::object(type));
    dict_set_str(interpreter, type->dict.get(), names.dunder_new, function.get());
  }
  wrap.add(type->repr, slot_name(SlotId::repr), &unary<&Type::repr>);
  wrap.add(type->str, slot_name(SlotId::str), &unary<&Type::str>);
  if (type->hash == &hash_not_implemented) {
    dict_set_str(interpreter, type->dict.get(), slot_name(SlotId::hash), interpreter.none());
  } else {
    wrap.add(type->hash, slot_name(SlotId::hash), &hash_method);
  }
  // CPython's sized built-ins answer truth by their length, without a
  // __bool__ of their own (Krait's truth slot there is a shortcut); range
  // is the one with both.
  if (!type->length || type->is_heap_type || type == interpreter.range_type)
    wrap.add(type->truth, slot_name(SlotId::truth), &truth_method);
  wrap.add(type->length, slot_name(SlotId::length), &unary<&Type::length>);
  constexpr SlotAdapter comparisons[] = {&compare_method<CompareOp::Lt>, &compare_method<CompareOp::Le>,
                                         &compare_method<CompareOp::Eq>, &compare_method<CompareOp::Ne>,
                                         &compare_method<CompareOp::Gt>, &compare_method<CompareOp::Ge>};
  for (int op = 0; op < 6; ++op) wrap.add(type->compare, interpreter.compare_names[op], comparisons[op]);
  wrap.add(type->call, names.dunder_call, &call_method, true);
  wrap.add(type->initialize, names.dunder_init, &init_method, true);
  wrap.add(type->get_attribute, names.dunder_getattribute, &getattribute);
  wrap.add(type->set_attribute, names.dunder_setattr, &setattr);
  wrap.add(type->set_attribute, names.dunder_delattr, &delattr);
  wrap.add(type->descriptor_get, names.dunder_get, &descriptor_get);
  wrap.add(type->descriptor_set, names.dunder_set, &descriptor_set);
  wrap.add(type->descriptor_set, names.dunder_delete, &descriptor_delete);
  wrap.add(type->iter, slot_name(SlotId::iter), &unary<&Type::iter>);
  wrap.add(type->next, slot_name(SlotId::next), &next);
  wrap.add(type->negative, slot_name(SlotId::negative), &unary<&Type::negative>);
  wrap.add(type->positive, slot_name(SlotId::positive), &unary<&Type::positive>);
  wrap.add(type->invert, slot_name(SlotId::invert), &unary<&Type::invert>);
  // __op__, __rop__ and __iop__ of each binary operator; pow takes a modulus.
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast)                                                          \
  if (SlotId::slot == SlotId::power) {                                                                          \
    wrap.add(type->slot, slot_name(SlotId::slot), &power<false>);                                               \
    wrap.add(type->slot, interpreter.reflected_names[static_cast<int>(SlotId::slot)], &power<true>);            \
  } else {                                                                                                      \
    wrap.add(type->slot, slot_name(SlotId::slot), &binary<&Type::slot, false>);                                 \
    wrap.add(type->slot, interpreter.reflected_names[static_cast<int>(SlotId::slot)], &binary<&Type::slot, true>); \
  }                                                                                                             \
  wrap.add(type->inplace_##slot, slot_name(SlotId::inplace_##slot), &binary<&Type::inplace_##slot, false>);
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  wrap.add(type->contains, slot_name(SlotId::contains), &contains_method);
  wrap.add(type->subscript, slot_name(SlotId::subscript), &binary<&Type::subscript, false>);
  wrap.add(type->assign_subscript, slot_name(SlotId::assign_subscript), &setitem);
  wrap.add(type->assign_subscript, "__delitem__", &delitem);
  // The sequence protocol's + and *, where the number slots left the names free.
  wrap.add(type->concatenate, "__add__", &binary<&Type::concatenate, false>);
  wrap.add(type->repeat, "__mul__", &repeat<&Type::repeat>);
  wrap.add(type->repeat, "__rmul__", &repeat<&Type::repeat>);
  wrap.add(type->inplace_concatenate, "__iadd__", &binary<&Type::inplace_concatenate, false>);
  wrap.add(type->inplace_repeat, "__imul__", &repeat<&Type::inplace_repeat>);
}

void init_wrapper_descriptor_types(Interpreter& interpreter) {
  Type* descriptor = interpreter.wrapper_descriptor_type;
  descriptor->call = &wrapper_call;
  descriptor->descriptor_get = &wrapper_get;
  descriptor->repr = &wrapper_repr;
  descriptor->deallocate = &descriptor_deallocate;
  add_getsets(interpreter, descriptor,
              {{"__name__", &wrapper_name},
               {"__qualname__", &wrapper_qualname},
               {"__objclass__", &wrapper_objclass},
               {"__text_signature__", &wrapper_text_signature}});
  add_methods(interpreter, descriptor, {{"__reduce__", &wrapper_reduce}});
  Type* bound = interpreter.method_wrapper_type;
  bound->call = &method_wrapper_call;
  bound->repr = &method_wrapper_repr;
  bound->compare = &method_wrapper_compare;
  bound->deallocate = &method_wrapper_deallocate;
  bound->traverse = &method_wrapper_traverse;
  add_getsets(interpreter, bound,
              {{"__self__", &method_wrapper_self},
               {"__name__", &method_wrapper_name},
               {"__qualname__", &method_wrapper_qualname},
               {"__objclass__", &method_wrapper_objclass},
               {"__text_signature__", &method_wrapper_text_signature}});
  add_methods(interpreter, bound, {{"__reduce__", &method_wrapper_reduce}});
}

}  // namespace krait::runtime
