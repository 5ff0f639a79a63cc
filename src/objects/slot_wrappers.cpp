// Objects: the slot functions of classes (see slot_wrappers.h).
#include "objects/slot_wrappers.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

constexpr int slot_index(SlotId id) { return static_cast<int>(id); }

// Calls a special method found on the type: a plain function gets self as
// its first argument; anything else is bound through its __get__ first.
Ref call_found(Interpreter& interpreter, Value found, Value self, const Value* arguments, std::size_t count,
               Value kwnames = Value()) {
  const Type* found_type = type_of(interpreter, found);
  if (found_type == interpreter.function_type || found_type == interpreter.method_descriptor_type ||
      found_type == interpreter.wrapper_descriptor_type)
    return call_with_self(interpreter, found, self, arguments, count, kwnames);
  if (found_type->descriptor_get) {
    Ref bound = found_type->descriptor_get(interpreter, found, self, Value::object(type_of(interpreter, self)));
    if (!bound) return bound;
    return call(interpreter, bound.get(), arguments, count, kwnames);
  }
  return call(interpreter, found, arguments, count, kwnames);
}

Ref call_slot_dunder(Interpreter& interpreter, SlotId id, Value self, const Value* arguments, std::size_t count) {
  bool found = true;
  Ref result = call_special(interpreter, self, interpreter.slot_names[slot_index(id)], arguments, count, found);
  if (!found)
    return interpreter.raise(interpreter.AttributeError_type,
                             std::string(str_utf8(interpreter.slot_names[slot_index(id)])));
  return result;
}

template <SlotId id>
Ref unary_wrapper(Interpreter& interpreter, Value self) {
  return call_slot_dunder(interpreter, id, self, nullptr, 0);
}

// Binary operators: the left operand's __op__, then the right operand's
// __rop__ (each only when its type's slot is this wrapper).
template <SlotId id>
Ref binary_wrapper(Interpreter& interpreter, Value left, Value right) {
  constexpr int index = slot_index(id);
  const Type* left_type = type_of(interpreter, left);
  const Type* right_type = type_of(interpreter, right);
  const auto self_slot = &binary_wrapper<id>;
  auto slot_of = [](const Type* type) {
    switch (id) {
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) \
  case SlotId::slot:                                   \
    return type->slot;
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
      default: return static_cast<BinarySlot>(nullptr);
    }
  };
  bool try_right = right_type != left_type && slot_of(right_type) == self_slot;
  if (slot_of(left_type) == self_slot) {
    // A subclass on the right that overrides __rop__ goes first
    // (CPython's SLOT1BINFULL with method_is_overloaded).
    const Value reflected = interpreter.reflected_names[index];
    if (try_right && is_subtype(right_type, left_type) &&
        type_lookup(right_type, reflected) != type_lookup(left_type, reflected)) {
      bool found = true;
      Ref result = call_special(interpreter, right, reflected, &left, 1, found);
      if (found && (!result || result.get() != interpreter.not_implemented())) return result;
      try_right = false;
    }
    bool found = true;
    Ref result = call_special(interpreter, left, interpreter.slot_names[index], &right, 1, found);
    if (found && (!result || result.get() != interpreter.not_implemented())) return result;
  }
  if (try_right) {
    bool found = true;
    Ref result = call_special(interpreter, right, interpreter.reflected_names[index], &left, 1, found);
    if (found && (!result || result.get() != interpreter.not_implemented())) return result;
  }
  return Ref::borrow(interpreter.not_implemented());
}

// __iadd__ and the other in-place operators: the left operand's method.
template <SlotId id>
Ref inplace_wrapper(Interpreter& interpreter, Value left, Value right) {
  bool found = true;
  Ref result = call_special(interpreter, left, interpreter.slot_names[slot_index(id)], &right, 1, found);
  return found ? std::move(result) : Ref::borrow(interpreter.not_implemented());
}

// __iter__ = None declares a class not iterable.
Ref iter_wrapper(Interpreter& interpreter, Value self) {
  const Value method = type_lookup(type_of(interpreter, self), interpreter.slot_names[slot_index(SlotId::iter)]);
  if (method == interpreter.none())
    return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, self) + " object is not iterable");
  return call_slot_dunder(interpreter, SlotId::iter, self, nullptr, 0);
}

Ref compare_wrapper(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  bool found = true;
  Ref result = call_special(interpreter, self, interpreter.compare_names[static_cast<int>(op)], &other, 1, found);
  if (found) return result;
  // Without __ne__, != inverts __eq__ (as object.__ne__).
  if (op != CompareOp::Ne) return Ref::borrow(interpreter.not_implemented());
  Ref equal = compare_wrapper(interpreter, self, other, CompareOp::Eq);
  if (!equal || equal.get() == interpreter.not_implemented()) return equal;
  const int truth_value = truth(interpreter, equal.get());
  if (truth_value < 0) return Ref();
  return interpreter.new_boolean(!truth_value);
}

std::int64_t hash_wrapper(Interpreter& interpreter, Value self) {
  const Value found = type_lookup(type_of(interpreter, self), interpreter.slot_names[slot_index(SlotId::hash)]);
  if (found.is_null() || found == interpreter.none()) {
    interpreter.set_exception(interpreter.TypeError_type, "unhashable type: " + quoted_type_name(interpreter, self));
    return -1;
  }
  Ref result = call_found(interpreter, found, self, nullptr, 0);
  if (!result) return -1;
  if (!is_subtype(type_of(interpreter, result.get()), interpreter.int_type)) {
    interpreter.set_exception(interpreter.TypeError_type, "__hash__ method should return an integer");
    return -1;
  }
  // A big int folds as int's own hash does.
  const std::int64_t value = result.get().is_small_int() ? result.get().as_small_int() : hash(interpreter, result.get());
  return value == -1 ? -2 : value;
}

int truth_wrapper(Interpreter& interpreter, Value self) {
  Ref result = call_slot_dunder(interpreter, SlotId::truth, self, nullptr, 0);
  if (!result) return -1;
  if (type_of(interpreter, result.get()) != interpreter.bool_type) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "__bool__ should return bool, returned " + std::string(type_name(interpreter, result.get())));
    return -1;
  }
  return result.get() == interpreter.boolean(true);
}

// CPython's slot_sq_length: __len__'s result as an index (its __index__),
// which must fit a machine word and not be negative; an exact int.
Ref length_wrapper(Interpreter& interpreter, Value self) {
  Ref result = call_slot_dunder(interpreter, SlotId::length, self, nullptr, 0);
  if (!result) return result;
  Ref index = number_index(interpreter, result.get());
  if (!index) return index;
  std::int64_t length = 0;
  if (!int_to_int64(interpreter, index.get(), length)) {
    const bool negative = int_sign(interpreter, index.get()) < 0;
    return interpreter.raise(negative ? interpreter.ValueError_type : interpreter.OverflowError_type,
                             negative ? "__len__() should return >= 0" : "cannot fit 'int' into an index-sized integer");
  }
  if (length < 0) return interpreter.raise(interpreter.ValueError_type, "__len__() should return >= 0");
  return new_int(interpreter, length);
}

// __next__ raising StopIteration means "exhausted" to the slot's callers.
Ref next_wrapper(Interpreter& interpreter, Value self) {
  Ref result = call_slot_dunder(interpreter, SlotId::next, self, nullptr, 0);
  if (!result && interpreter.exception_is(interpreter.StopIteration_type))
    Ref discarded = interpreter.take_exception();
  return result;
}

int contains_wrapper(Interpreter& interpreter, Value self, Value item) {
  // `__contains__ = None` declares the class no container.
  if (type_lookup(type_of(interpreter, self), interpreter.slot_names[slot_index(SlotId::contains)]) == interpreter.none()) {
    interpreter.set_exception(interpreter.TypeError_type, quoted_type_name(interpreter, self) + " object is not a container");
    return -1;
  }
  Ref result = call_slot_dunder(interpreter, SlotId::contains, self, &item, 1);
  return result ? truth(interpreter, result.get()) : -1;
}

Ref subscript_wrapper(Interpreter& interpreter, Value self, Value key) {
  return call_slot_dunder(interpreter, SlotId::subscript, self, &key, 1);
}

int assign_subscript_wrapper(Interpreter& interpreter, Value self, Value key, Value value) {
  bool found = true;
  const Value arguments[] = {key, value};
  Ref result = value.is_null()
                   ? call_special(interpreter, self, interpreter.intern("__delitem__"), arguments, 1, found)
                   : call_special(interpreter, self, interpreter.slot_names[slot_index(SlotId::assign_subscript)],
                                  arguments, 2, found);
  // The class defines the other of the two (CPython's slot_mp_ass_subscript).
  if (!found) {
    interpreter.set_exception(interpreter.AttributeError_type, value.is_null() ? "__delitem__" : "__setitem__");
    return -1;
  }
  return result ? 0 : -1;
}

Ref call_wrapper(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  RecursionGuard guard(interpreter, " while calling a Python object");  // CPython's _PyObject_MakeTpCall
  if (!guard) return Ref();
  const Value found = type_lookup(type_of(interpreter, self), interpreter.names.dunder_call);
  if (found.is_null())
    return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, self) + " object is not callable");
  return call_found(interpreter, found, self, arguments, count, kwnames);
}

Ref initialize_wrapper(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const Value found = type_lookup(type_of(interpreter, self), interpreter.names.dunder_init);
  return call_found(interpreter, found, self, arguments, count, kwnames);
}

// __new__ is a static method: called with the class first.
Ref construct_wrapper(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  Type* type = static_cast<Type*>(callee.as_object());
  const Value found = type_lookup(type, interpreter.names.dunder_new);
  Ref function = Ref::borrow(found);
  const DescriptorGetSlot getter = type_of(interpreter, found)->descriptor_get;
  if (getter) function = getter(interpreter, found, Value(), callee);
  if (!function) return function;
  return call_with_self(interpreter, function.get(), callee, arguments, count, kwnames);
}

Ref get_attribute_wrapper(Interpreter& interpreter, Value self, Value name);

// The lookup of the nearest base whose lookup is native (type's for a
// metaclass, object's for most classes).
Ref base_get_attribute(Interpreter& interpreter, const Type* type, Value self, Value name) {
  for (const Type* base : type->mro)
    if (base->get_attribute && base->get_attribute != &get_attribute_wrapper)
      return base->get_attribute(interpreter, self, name);
  return object_get_attribute(interpreter, self, name);
}

// The base's attribute lookup, then __getattr__ when that raised
// AttributeError. A class's own __getattribute__ replaces the first step.
Ref get_attribute_wrapper(Interpreter& interpreter, Value self, Value name) {
  Type* type = type_of(interpreter, self);
  const Value getattribute = type_lookup(type, interpreter.names.dunder_getattribute);
  Ref result;
  if (!getattribute.is_null() && type_of(interpreter, getattribute) == interpreter.function_type) {
    result = call_found(interpreter, getattribute, self, &name, 1);
  } else {
    result = base_get_attribute(interpreter, type, self, name);
  }
  if (result || !interpreter.exception_is(interpreter.AttributeError_type)) return result;
  const Value getattr = type_lookup(type, interpreter.names.dunder_getattr);
  if (getattr.is_null()) return result;
  Ref discarded = interpreter.take_exception();
  return call_found(interpreter, getattr, self, &name, 1);
}

int set_attribute_wrapper(Interpreter& interpreter, Value self, Value name, Value value) {
  const Type* type = type_of(interpreter, self);
  const Value dunder = value.is_null() ? interpreter.names.dunder_delattr : interpreter.names.dunder_setattr;
  const Value method = type_lookup(type, dunder);
  // object's own method is the generic store; anything else (a function,
  // or e.g. `__setattr__ = dict.__setitem__`) is called.
  if (method.is_null() || method == type_lookup(interpreter.object_type, dunder))
    return object_set_attribute(interpreter, self, name, value);
  const Value arguments[] = {name, value};
  Ref result = call_found(interpreter, method, self, arguments, value.is_null() ? 1 : 2);
  return result ? 0 : -1;
}

Ref descriptor_get_wrapper(Interpreter& interpreter, Value self, Value instance, Value owner) {
  const Value arguments[] = {instance.is_null() ? interpreter.none() : instance, owner.is_null() ? interpreter.none() : owner};
  return call_slot_dunder(interpreter, SlotId::descriptor_get, self, arguments, 2);
}

int descriptor_set_wrapper(Interpreter& interpreter, Value self, Value instance, Value value) {
  bool found = true;
  const Value arguments[] = {instance, value};
  Ref result = value.is_null() ? call_special(interpreter, self, interpreter.names.dunder_delete, arguments, 1, found)
                               : call_special(interpreter, self, interpreter.names.dunder_set, arguments, 2, found);
  if (!found) {
    interpreter.set_exception(interpreter.AttributeError_type, value.is_null() ? "__delete__" : "__set__");
    return -1;
  }
  return result ? 0 : -1;
}

// __del__ (CPython's slot_tp_finalize): its errors cannot propagate, they
// are reported naming the method.
void finalize_wrapper(Interpreter& interpreter, Object* object) {
  const Value method = type_lookup(object->type, interpreter.names.dunder_del);
  if (method.is_null()) return;
  Ref result = call_found(interpreter, method, Value::object(object), nullptr, 0);
  if (!result) interpreter.report_unraisable(method);
}

// --- choosing a class's slots ---------------------------------------------------
// Each dunder that chooses a slot has a bit: a slot's own dunder at its slot
// index, a binary operator's reflected one at slot_count plus its index,
// then the others below. A class's slots follow from one set of these bits
// (one pass over its namespaces) rather than a lookup per slot and name.
enum class OtherDunder : std::uint8_t { le, eq, ne, gt, ge, delitem, getattr, delattr, delete_, del, count };
constexpr std::size_t other_dunders = 2 * slot_count;
using DunderSet = std::bitset<other_dunders + static_cast<std::size_t>(OtherDunder::count)>;

constexpr std::size_t own_bit(SlotId id) { return static_cast<std::size_t>(id); }
constexpr std::size_t reflected_bit(SlotId id) { return slot_count + static_cast<std::size_t>(id); }
constexpr std::size_t other_bit(OtherDunder dunder) { return other_dunders + static_cast<std::size_t>(dunder); }

// The interpreter's table from interned dunder names to their bits, made on
// first use.
const std::unordered_map<const Object*, std::uint8_t>& dunder_bits(Interpreter& interpreter) {
  auto& bits = interpreter.slot_dunder_bits;
  if (!bits.empty()) return bits;
  for (std::size_t i = 0; i < slot_count; ++i) {
    if (!interpreter.slot_names[i].is_null()) bits.emplace(interpreter.slot_names[i].as_object(), i);
    if (!interpreter.reflected_names[i].is_null())
      bits.emplace(interpreter.reflected_names[i].as_object(), reflected_bit(static_cast<SlotId>(i)));
  }
  const Interpreter::Names& names = interpreter.names;
  const std::pair<Value, OtherDunder> others[] = {
      {interpreter.compare_names[1], OtherDunder::le},  {interpreter.compare_names[2], OtherDunder::eq},
      {interpreter.compare_names[3], OtherDunder::ne},  {interpreter.compare_names[4], OtherDunder::gt},
      {interpreter.compare_names[5], OtherDunder::ge},  {interpreter.intern("__delitem__"), OtherDunder::delitem},
      {names.dunder_getattr, OtherDunder::getattr},     {names.dunder_delattr, OtherDunder::delattr},
      {names.dunder_delete, OtherDunder::delete_},      {names.dunder_del, OtherDunder::del}};
  for (const auto& [name, dunder] : others) bits.emplace(name.as_object(), other_bit(dunder));
  return bits;
}

// The dunders the classes along the MRO define, up to the first built-in
// type (whose slots the class inherits otherwise).
DunderSet heap_dunders(Interpreter& interpreter, const Type* type) {
  const auto& bits = dunder_bits(interpreter);
  DunderSet defined;
  for (const Type* entry : type->mro) {
    if (!entry->is_heap_type) break;
    std::size_t position = 0;
    Value key, value;
    while (dict_next(entry->dict.get(), position, key, value)) {
      if (!is_str(interpreter, key)) continue;
      // A key that is not the interned name (a str made at run time, a str
      // subclass) stands for it by its text.
      const Value name = as_str(key)->interned ? key : interpreter.find_interned(str_utf8(key));
      if (name.is_null()) continue;
      const auto found = bits.find(name.as_object());
      if (found != bits.end()) defined.set(found->second);
    }
  }
  return defined;
}

}  // namespace

Ref call_special(Interpreter& interpreter, Value self, Value name, const Value* arguments, std::size_t count,
                 bool& found) {
  const Value method = type_lookup(type_of(interpreter, self), name);
  found = !method.is_null();
  if (!found) return Ref();
  return call_found(interpreter, method, self, arguments, count);
}

bool is_class_construct(CallSlot slot) { return slot == &construct_wrapper; }
bool is_class_set_attribute(SetAttributeSlot slot) { return slot == &set_attribute_wrapper; }

void update_heap_slots(Interpreter& interpreter, Type* type) {
  if (!type->is_heap_type) return;
  const DunderSet defined = heap_dunders(interpreter, type);
  auto choose = [&](auto Type::*field, auto wrapper, std::initializer_list<std::size_t> dunders) {
    const bool defines = std::any_of(dunders.begin(), dunders.end(), [&](std::size_t bit) { return defined[bit]; });
    type->*field = defines ? wrapper : type->base->*field;
  };
  // repr() and str() check that the result is a str (operations.cpp).
  choose(&Type::repr, &unary_wrapper<SlotId::repr>, {own_bit(SlotId::repr)});
  choose(&Type::str, &unary_wrapper<SlotId::str>, {own_bit(SlotId::str)});
  choose(&Type::hash, &hash_wrapper, {own_bit(SlotId::hash)});
  choose(&Type::truth, &truth_wrapper, {own_bit(SlotId::truth)});
  choose(&Type::length, &length_wrapper, {own_bit(SlotId::length)});
  choose(&Type::compare, &compare_wrapper,
         {own_bit(SlotId::compare), other_bit(OtherDunder::le), other_bit(OtherDunder::eq), other_bit(OtherDunder::ne),
          other_bit(OtherDunder::gt), other_bit(OtherDunder::ge)});
  choose(&Type::call, &call_wrapper, {own_bit(SlotId::call)});
  choose(&Type::construct, &construct_wrapper, {own_bit(SlotId::construct)});
  choose(&Type::initialize, &initialize_wrapper, {own_bit(SlotId::initialize)});
  choose(&Type::iter, &iter_wrapper, {own_bit(SlotId::iter)});
  choose(&Type::next, &next_wrapper, {own_bit(SlotId::next)});
  choose(&Type::negative, &unary_wrapper<SlotId::negative>, {own_bit(SlotId::negative)});
  choose(&Type::positive, &unary_wrapper<SlotId::positive>, {own_bit(SlotId::positive)});
  choose(&Type::invert, &unary_wrapper<SlotId::invert>, {own_bit(SlotId::invert)});
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast)                                                            \
  choose(&Type::slot, &binary_wrapper<SlotId::slot>, {own_bit(SlotId::slot), reflected_bit(SlotId::slot)});     \
  choose(&Type::inplace_##slot, &inplace_wrapper<SlotId::inplace_##slot>, {own_bit(SlotId::inplace_##slot)});
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  choose(&Type::contains, &contains_wrapper, {own_bit(SlotId::contains)});
  choose(&Type::subscript, &subscript_wrapper, {own_bit(SlotId::subscript)});
  choose(&Type::assign_subscript, &assign_subscript_wrapper,
         {own_bit(SlotId::assign_subscript), other_bit(OtherDunder::delitem)});
  choose(&Type::get_attribute, &get_attribute_wrapper, {own_bit(SlotId::get_attribute), other_bit(OtherDunder::getattr)});
  if (type->side_attributes && type->get_attribute == &object_get_attribute) type->get_attribute = &side_get_attribute;
  choose(&Type::set_attribute, &set_attribute_wrapper, {own_bit(SlotId::set_attribute), other_bit(OtherDunder::delattr)});
  choose(&Type::descriptor_get, &descriptor_get_wrapper, {own_bit(SlotId::descriptor_get)});
  choose(&Type::descriptor_set, &descriptor_set_wrapper,
         {own_bit(SlotId::descriptor_set), other_bit(OtherDunder::delete_)});
  choose(&Type::finalize, &finalize_wrapper, {other_bit(OtherDunder::del)});
}

}  // namespace krait::runtime
