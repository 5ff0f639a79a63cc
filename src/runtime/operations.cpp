// Runtime: the abstract object protocol (see operations.h).
#include "runtime/operations.h"


#include <cstdio>

#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/float_object.h"
#include "objects/generic_alias_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/union_type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::runtime {
namespace {

struct BinaryOperatorInfo {
  BinarySlot Type::*slot;
  BinarySlot Type::*inplace_slot;
  const char* symbol;
};

constexpr BinaryOperatorInfo binary_operators[] = {
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) {&Type::slot, &Type::inplace_##slot, symbol},
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
};

constexpr const char* compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
// The operator a reflected comparison asks of the right operand.
constexpr CompareOp reflected[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                   CompareOp::Ne, CompareOp::Lt, CompareOp::Le};

}  // namespace

std::string quoted_type_name(const Interpreter& interpreter, Value value) {
  std::string text(1, '\'');
  text.append(type_name(interpreter, value));
  text += '\'';
  return text;
}

std::string_view type_name(const Interpreter& interpreter, Value value) { return type_of(interpreter, value)->name; }

std::string address_text(const void* pointer) {
  char text[32];
  std::snprintf(text, sizeof text, "%p", pointer);
  return text;
}

void RecursionGuard::refuse(Interpreter& interpreter, const char* where) {
  interpreter.set_exception(interpreter.RecursionError_type, std::string("maximum recursion depth exceeded") + where);
}

namespace {

// PyObject_Repr's and PyObject_Str's check of what a class's method gave.
Ref checked_text(Interpreter& interpreter, Ref result, const char* method) {
  if (!result || is_str(interpreter, result.get())) return result;
  return interpreter.raise(interpreter.TypeError_type, std::string(method) + " returned non-string (type " +
                                                           std::string(type_name(interpreter, result.get())) + ")");
}

}  // namespace

Ref repr(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  RecursionGuard guard(interpreter, " while getting the repr of an object");
  if (!guard) return Ref();
  if (type->repr) return checked_text(interpreter, type->repr(interpreter, value), "__repr__");
  return new_str(interpreter, "<" + type->name + " object at " + address_text(value.as_object()) + ">");
}

// Without __str__, object's calls the repr slot: a bad __repr__ is then
// reported as __str__'s, as CPython does.
Ref str(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (type == interpreter.str_type) return Ref::borrow(value);
  RecursionGuard guard(interpreter, " while getting the str of an object");
  if (!guard) return Ref();
  if (!type->str && !type->repr) return repr(interpreter, value);
  return checked_text(interpreter, type->str ? type->str(interpreter, value) : type->repr(interpreter, value), "__str__");
}

int truth(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (type->truth) return type->truth(interpreter, value);
  if (type->length) {
    Ref size = type->length(interpreter, value);
    if (!size) return -1;
    return size.get() != Value::small_int(0);
  }
  return 1;
}

std::int64_t hash(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (type->hash) return type->hash(interpreter, value);
  interpreter.set_exception(interpreter.TypeError_type, "unhashable type: " + quoted_type_name(interpreter, value));
  return -1;
}

Ref binary_operation(Interpreter& interpreter, BinaryOperator op, Value left, Value right, bool in_place) {
  const BinaryOperatorInfo& info = binary_operators[static_cast<int>(op)];
  const Type* left_type = type_of(interpreter, left);
  const Type* right_type = type_of(interpreter, right);
  // `left OP= right` asks the left operand's in-place slot first (CPython's
  // binary_iop1); NotImplemented falls back to the binary operation.
  if (in_place) {
    if (const BinarySlot inplace_slot = left_type->*info.inplace_slot) {
      Ref result = inplace_slot(interpreter, left, right);
      if (!result || result.get() != interpreter.not_implemented()) return result;
    }
  }
  const BinarySlot left_slot = left_type->*info.slot;
  BinarySlot right_slot = right_type->*info.slot;
  if (right_slot == left_slot) right_slot = nullptr;
  // The right operand's slot is asked only when it differs, and first when
  // its type derives from the left's (CPython's binary_op1); it receives
  // the operands in source order too.
  if (right_slot && left_slot && is_subtype(right_type, left_type)) {
    Ref result = right_slot(interpreter, left, right);
    if (!result || result.get() != interpreter.not_implemented()) return result;
    right_slot = nullptr;
  }
  for (BinarySlot slot : {left_slot, right_slot}) {
    if (!slot) continue;
    Ref result = slot(interpreter, left, right);
    if (!result || result.get() != interpreter.not_implemented()) return result;
  }
  // Then the sequence protocol: + concatenates (the left operand only, as
  // CPython's PyNumber_Add) and * repeats a sequence operand.
  if (op == BinaryOperator::ADD) {
    const Type* type = type_of(interpreter, left);
    if (in_place && type->inplace_concatenate) return type->inplace_concatenate(interpreter, left, right);
    if (type->concatenate) return type->concatenate(interpreter, left, right);
  }
  if (op == BinaryOperator::MULTIPLY) {
    const bool left_repeats = type_of(interpreter, left)->repeat != nullptr;
    if (left_repeats || type_of(interpreter, right)->repeat) {
      const Value sequence = left_repeats ? left : right;
      const Value count = left_repeats ? right : left;
      Ref count_index = subscript_index(interpreter, count);
      if (!count_index) {
        if (interpreter.has_exception()) return Ref();
        return interpreter.raise(interpreter.TypeError_type, "can't multiply sequence by non-int of type " +
                                                                 quoted_type_name(interpreter, count));
      }
      std::int64_t times = 0;
      if (!index_sized(interpreter, count_index.get(), times)) return Ref();
      const Type* type = type_of(interpreter, sequence);
      if (in_place && left_repeats && type->inplace_repeat) return type->inplace_repeat(interpreter, sequence, times);
      return type->repeat(interpreter, sequence, times);
    }
  }
  std::string symbol = info.symbol;
  if (in_place) symbol += '=';
  if (op == BinaryOperator::POWER && !in_place) symbol += " or pow()";
  return interpreter.raise(interpreter.TypeError_type, "unsupported operand type(s) for " + symbol + ": " +
                                                           quoted_type_name(interpreter, left) + " and " +
                                                           quoted_type_name(interpreter, right));
}

Ref compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  const Type* left_type = type_of(interpreter, left);
  const Type* right_type = type_of(interpreter, right);
  RecursionGuard guard(interpreter, " in comparison");
  if (!guard) return Ref();
  const CompareSlot left_slot = left_type->compare;
  CompareSlot right_slot = right_type->compare;
  // The reflected operation first when the right operand's type derives
  // from the left's (CPython's do_richcompare).
  if (right_slot && left_type != right_type && is_subtype(right_type, left_type)) {
    Ref result = right_slot(interpreter, right, left, reflected[static_cast<int>(op)]);
    if (!result || result.get() != interpreter.not_implemented()) return result;
    right_slot = nullptr;
  }
  if (left_slot) {
    Ref result = left_slot(interpreter, left, right, op);
    if (!result || result.get() != interpreter.not_implemented()) return result;
  }
  if (right_slot) {
    Ref result = right_slot(interpreter, right, left, reflected[static_cast<int>(op)]);
    if (!result || result.get() != interpreter.not_implemented()) return result;
  }
  if (op == CompareOp::Eq) return interpreter.new_boolean(left == right);
  if (op == CompareOp::Ne) return interpreter.new_boolean(left != right);
  return interpreter.raise(interpreter.TypeError_type, std::string("'") + compare_symbols[static_cast<int>(op)] +
                                                           "' not supported between instances of " +
                                                           quoted_type_name(interpreter, left) + " and " +
                                                           quoted_type_name(interpreter, right));
}

int equal(Interpreter& interpreter, Value left, Value right) {
  // Identity implies equality here, as in CPython's PyObject_RichCompareBool.
  if (left == right) return 1;
  if (left.is_small_int() && right.is_small_int()) return 0;
  return compare_truth(interpreter, left, right, CompareOp::Eq);
}

// Exact ints, floats and strs compare here without a call: sorting, min,
// max and the tuple comparisons below live on this.
int compare_truth(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  if (left.is_small_int() && right.is_small_int())
    return compare_ordered(left.as_small_int(), right.as_small_int(), op);
  if (left.is_object() && right.is_object() && left.as_object()->type == right.as_object()->type) {
    const Type* type = left.as_object()->type;
    if (type == interpreter.float_type) return compare_ordered(float_value(left), float_value(right), op);
    if (type == interpreter.str_type) {
      if (op == CompareOp::Eq) return str_equal(left, right);
      if (op == CompareOp::Ne) return !str_equal(left, right);
      return compare_ordered(str_order(left, right), 0, op);
    }
  }
  Ref result = compare(interpreter, left, right, op);
  if (!result) return -1;
  return truth(interpreter, result.get());
}

int less_than(Interpreter& interpreter, Value left, Value right) {
  if (left.is_object() && right.is_object() && left.as_object()->type == interpreter.tuple_type &&
      right.as_object()->type == interpreter.tuple_type) {
    const TupleObject* a = as_tuple(left);
    const TupleObject* b = as_tuple(right);
    for (std::int64_t i = 0; i < a->size && i < b->size; ++i) {
      const int same = equal(interpreter, a->items()[i], b->items()[i]);
      if (same < 0) return -1;
      if (!same) return less_than(interpreter, a->items()[i], b->items()[i]);
    }
    return a->size < b->size;
  }
  return compare_truth(interpreter, left, right, CompareOp::Lt);
}

int contains(Interpreter& interpreter, Value container, Value item) {
  const Type* type = type_of(interpreter, container);
  if (type->contains) return type->contains(interpreter, container, item);
  // Otherwise a search of the iteration (CPython's _PySequence_IterSearch).
  Ref iterator = get_iterator(interpreter, container);
  if (!iterator) {
    if (is_subtype(type_of(interpreter, interpreter.exception()), interpreter.TypeError_type))
      interpreter.set_exception(interpreter.TypeError_type,
                                "argument of type " + quoted_type_name(interpreter, container) + " is not iterable");
    return -1;
  }
  while (Ref candidate = iterator_next(interpreter, iterator.get())) {
    const int same = equal(interpreter, candidate.get(), item);
    if (same != 0) return same;
  }
  return interpreter.has_exception() ? -1 : 0;
}

Ref get_item(Interpreter& interpreter, Value container, Value key) {
  const Type* type = type_of(interpreter, container);
  if (type->subscript) return type->subscript(interpreter, container, key);
  // A class subscripted (PEP 560): type[...] itself, else its __class_getitem__.
  if (is_subtype(type, interpreter.type_type)) {
    if (container == Value::object(interpreter.type_type)) return new_generic_alias(interpreter, container, key);
    Ref method;
    if (lookup_attribute(interpreter, container, interpreter.names.dunder_class_getitem, method) < 0) return Ref();
    if (method && method.get() != interpreter.none()) return call(interpreter, method.get(), &key, 1);
    return interpreter.raise(interpreter.TypeError_type,
                             "type '" + static_cast<const Type*>(container.as_object())->name + "' is not subscriptable");
  }
  return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, container) + " object is not subscriptable");
}

bool set_item(Interpreter& interpreter, Value container, Value key, Value value) {
  const Type* type = type_of(interpreter, container);
  if (type->assign_subscript) return type->assign_subscript(interpreter, container, key, value) == 0;
  interpreter.set_exception(interpreter.TypeError_type,
                            quoted_type_name(interpreter, container) +
                                (value.is_null() ? " object doesn't support item deletion"
                                                 : " object does not support item assignment"));
  return false;
}

bool unpack(Interpreter& interpreter, Value iterable, int before, bool starred, int after, std::vector<Ref>& out) {
  const Type* type = type_of(interpreter, iterable);
  if (!type->iter && !is_sequence(interpreter, iterable)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              "cannot unpack non-iterable " + std::string(type->name) + " object");
    return false;
  }
  Ref iterator = get_iterator(interpreter, iterable);
  if (!iterator) return false;
  const int required = before + after;
  auto not_enough = [&](std::size_t got) {
    interpreter.set_exception(interpreter.ValueError_type, std::string("not enough values to unpack (expected ") +
                                                               (starred ? "at least " : "") + std::to_string(required) +
                                                               ", got " + std::to_string(got) + ")");
    return false;
  };
  out.clear();
  for (int i = 0; i < before; ++i) {
    Ref item = iterator_next(interpreter, iterator.get());
    if (!item) return interpreter.has_exception() ? false : not_enough(out.size());
    out.push_back(std::move(item));
  }
  if (!starred) {
    Ref extra = iterator_next(interpreter, iterator.get());
    if (extra) {
      interpreter.set_exception(interpreter.ValueError_type,
                                "too many values to unpack (expected " + std::to_string(before) + ")");
      return false;
    }
    return !interpreter.has_exception();
  }
  Ref rest = new_list(interpreter, {});
  if (!list_extend(interpreter, rest.get(), iterator.get())) return false;
  std::vector<Value>& items = as_list(rest.get())->items;
  if (items.size() < static_cast<std::size_t>(after)) return not_enough(out.size() + items.size());
  // The last `after` items leave the list for their own targets.
  std::vector<Ref> tail;
  for (std::size_t i = items.size() - after; i < items.size(); ++i) tail.push_back(Ref::steal(items[i]));
  items.resize(items.size() - after);
  out.push_back(std::move(rest));
  for (Ref& item : tail) out.push_back(std::move(item));
  return true;
}

Ref unary_operation(Interpreter& interpreter, UnaryOperator op, Value operand) {
  static constexpr UnarySlot Type::*slots[] = {&Type::negative, &Type::positive, &Type::invert};
  static constexpr const char* symbols[] = {"-", "+", "~"};
  const UnarySlot slot = type_of(interpreter, operand)->*slots[static_cast<int>(op)];
  if (slot) return slot(interpreter, operand);
  return interpreter.raise(interpreter.TypeError_type, std::string("bad operand type for unary ") +
                                                           symbols[static_cast<int>(op)] + ": " +
                                                           quoted_type_name(interpreter, operand));
}

Ref call(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  const Type* type = type_of(interpreter, callee);
  if (type->call) return type->call(interpreter, callee, arguments, count, kwnames);
  return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, callee) + " object is not callable");
}

Ref call_with_self(Interpreter& interpreter, Value callable, Value self, const Value* arguments, std::size_t count,
                   Value kwnames) {
  const std::size_t total = count + keyword_count(kwnames);
  // Short calls prepend self in a buffer on the stack.
  constexpr std::size_t inline_capacity = 8;
  Value buffer[inline_capacity + 1];
  std::vector<Value> heap;
  Value* all = buffer;
  if (total >= inline_capacity) {
    heap.resize(total + 1);
    all = heap.data();
  }
  all[0] = self;
  for (std::size_t i = 0; i < total; ++i) all[i + 1] = arguments[i];
  return call(interpreter, callable, all, count + 1, kwnames);
}

namespace {

Ref get_attribute_without_context(Interpreter& interpreter, Value object, Value name) {
  const Type* type = type_of(interpreter, object);
  if (type->get_attribute) return type->get_attribute(interpreter, object, name);
  return interpreter.raise(interpreter.AttributeError_type, quoted_type_name(interpreter, object) +
                                                                " object has no attribute " + str_repr_text(name));
}

}  // namespace

Ref get_attribute(Interpreter& interpreter, Value object, Value name) {
  Ref result = get_attribute_without_context(interpreter, object, name);
  if (!result) set_attribute_error_context(interpreter, object, name);
  return result;
}

int lookup_attribute(Interpreter& interpreter, Value object, Value name, Ref& out) {
  // A missing attribute is no error here: its AttributeError needs no details.
  out = get_attribute_without_context(interpreter, object, name);
  if (out) return 1;
  if (!interpreter.exception_is(interpreter.AttributeError_type)) return -1;
  Ref discarded = interpreter.take_exception();
  return 0;
}

bool set_attribute(Interpreter& interpreter, Value object, Value name, Value value) {
  const Type* type = type_of(interpreter, object);
  if (type->set_attribute) return type->set_attribute(interpreter, object, name, value) == 0;
  interpreter.set_exception(interpreter.AttributeError_type, quoted_type_name(interpreter, object) +
                                                                 " object has no attribute " + str_repr_text(name));
  return false;
}

Value lookup_special(Interpreter& interpreter, Value object, Value name) {
  return type_lookup(type_of(interpreter, object), name);
}

Ref bind_special(Interpreter& interpreter, Value found, Value self) {
  const Type* found_type = type_of(interpreter, found);
  if (!found_type->descriptor_get) return Ref::borrow(found);
  return found_type->descriptor_get(interpreter, found, self, Value::object(type_of(interpreter, self)));
}

Ref import_module(Interpreter& interpreter, std::string_view name) {
  const Value import = dict_get_str(interpreter.builtins(), interpreter.intern("__import__"));
  if (import.is_null()) return interpreter.raise(interpreter.ImportError_type, "__import__ not found");
  Ref text = new_str(interpreter, name);
  const Value argument = text.get();
  return call(interpreter, import, &argument, 1);
}

Ref call_method(Interpreter& interpreter, Value object, Value name, const Value* arguments, std::size_t count) {
  Ref method = get_attribute(interpreter, object, name);
  if (!method) return Ref();
  return call(interpreter, method.get(), arguments, count);
}

bool is_type_object(const Interpreter& interpreter, Value value) {
  return value.is_object() && is_subtype(type_of(interpreter, value), interpreter.type_type);
}

namespace {

// A class-like object's __bases__ (CPython's abstract_get_bases): 1 with
// `bases` set to a tuple, 0 when it has none (or not a tuple), -1 on error.
int abstract_bases(Interpreter& interpreter, Value cls, Ref& bases) {
  const int found = lookup_attribute(interpreter, cls, interpreter.names.dunder_bases, bases);
  if (found <= 0) return found;
  return type_of(interpreter, bases.get()) == interpreter.tuple_type ? 1 : 0;
}

// Whether `cls` passes for a class (it has a tuple of __bases__); TypeError
// `message` otherwise.
int check_class(Interpreter& interpreter, Value cls, const char* message) {
  Ref bases;
  const int found = abstract_bases(interpreter, cls, bases);
  if (found == 0) interpreter.set_exception(interpreter.TypeError_type, message);
  return found;
}

// `derived` reaches `cls` through __bases__ (CPython's abstract_issubclass).
int abstract_is_subclass(Interpreter& interpreter, Value derived, Value cls) {
  Ref current = Ref::borrow(derived);
  for (;;) {
    if (current.get() == cls) return 1;
    Ref bases;
    const int found = abstract_bases(interpreter, current.get(), bases);
    if (found <= 0) return found;
    const TupleObject* tuple = as_tuple(bases.get());
    if (tuple->size == 0) return 0;
    if (tuple->size == 1) {
      current = Ref::borrow(tuple->items()[0]);
      continue;
    }
    for (std::int64_t i = 0; i < tuple->size; ++i) {
      const int result = abstract_is_subclass(interpreter, tuple->items()[i], cls);
      if (result != 0) return result;
    }
    return 0;
  }
}

}  // namespace

int real_is_instance(Interpreter& interpreter, Value object, Value cls) {
  Ref claimed;
  if (is_type_object(interpreter, cls)) {
    Type* type = static_cast<Type*>(cls.as_object());
    const Type* object_type = type_of(interpreter, object);
    if (is_subtype(object_type, type)) return 1;
    // With object's own __class__ (a data descriptor no instance can
    // shadow), the object claims its type: nothing more to find.
    const Value dunder_class = interpreter.names.dunder_class;
    if (type_lookup(object_type, dunder_class) == type_lookup(interpreter.object_type, dunder_class)) return 0;
    const int found = lookup_attribute(interpreter, object, interpreter.names.dunder_class, claimed);
    if (found <= 0) return found;
    return claimed.get() != Value::object(type_of(interpreter, object)) && is_type_object(interpreter, claimed.get()) &&
           is_subtype(static_cast<Type*>(claimed.get().as_object()), type);
  }
  if (check_class(interpreter, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") <= 0) return -1;
  const int found = lookup_attribute(interpreter, object, interpreter.names.dunder_class, claimed);
  if (found <= 0) return found;
  return abstract_is_subclass(interpreter, claimed.get(), cls);
}

namespace {

// Calls cls.__instancecheck__(object) or cls.__subclasscheck__(derived)
// when the metaclass defines it: 1 or 0 (its truth), -1 on error, or 2
// when there is no such method.
int call_check_hook(Interpreter& interpreter, Value cls, Value name, Value argument) {
  const Value hook = lookup_special(interpreter, cls, name);
  if (hook.is_null()) return 2;
  Ref bound = Ref::borrow(hook);
  if (const DescriptorGetSlot getter = type_of(interpreter, hook)->descriptor_get) {
    bound = getter(interpreter, hook, cls, Value::object(type_of(interpreter, cls)));
    if (!bound) return -1;
  }
  Ref result = call(interpreter, bound.get(), &argument, 1);
  return result ? truth(interpreter, result.get()) : -1;
}

// Nested tuples of classes recurse; CPython guards the depth the same way.
bool enter_check(Interpreter& interpreter, int& depth, const char* where) {
  if (++depth <= interpreter.recursion_limit) return true;
  interpreter.set_exception(interpreter.RecursionError_type, std::string("maximum recursion depth exceeded ") + where);
  return false;
}

// isinstance (`instance`) or issubclass of `subject` against `cls`, a
// class, a tuple of them (nested), or an object whose metaclass has the
// hook (CPython's object_recursive_isinstance and object_issubclass).
int check_class(Interpreter& interpreter, bool instance, Value subject, Value cls, int depth) {
  if (instance && Value::object(type_of(interpreter, subject)) == cls) return 1;
  auto real = [&] {
    return instance ? real_is_instance(interpreter, subject, cls) : real_is_subclass(interpreter, subject, cls);
  };
  if (cls.is_object() && type_of(interpreter, cls) == interpreter.type_type) return real();
  // A union is checked as the tuple of its members (int | str).
  if (is_union(interpreter, cls)) cls = union_args(cls);
  if (type_of(interpreter, cls) == interpreter.tuple_type) {
    if (!enter_check(interpreter, depth, instance ? "in __instancecheck__" : "in __subclasscheck__")) return -1;
    const TupleObject* tuple = as_tuple(cls);
    for (std::int64_t i = 0; i < tuple->size; ++i) {
      const int result = check_class(interpreter, instance, subject, tuple->items()[i], depth);
      if (result != 0) return result;
    }
    return 0;
  }
  const Value hook = instance ? interpreter.names.dunder_instancecheck : interpreter.names.dunder_subclasscheck;
  const int hooked = call_check_hook(interpreter, cls, hook, subject);
  return hooked != 2 ? hooked : real();
}

}  // namespace

int real_is_subclass(Interpreter& interpreter, Value derived, Value cls) {
  if (is_type_object(interpreter, cls) && is_type_object(interpreter, derived))
    return is_subtype(static_cast<Type*>(derived.as_object()), static_cast<Type*>(cls.as_object()));
  if (check_class(interpreter, derived, "issubclass() arg 1 must be a class") <= 0) return -1;
  if (check_class(interpreter, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") <= 0)
    return -1;
  return abstract_is_subclass(interpreter, derived, cls);
}

int is_instance(Interpreter& interpreter, Value object, Value cls) { return check_class(interpreter, true, object, cls, 0); }

int is_subclass(Interpreter& interpreter, Value derived, Value cls) {
  return check_class(interpreter, false, derived, cls, 0);
}

Ref length(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (type->length) return type->length(interpreter, value);
  return interpreter.raise(interpreter.TypeError_type, "object of type " + quoted_type_name(interpreter, value) + " has no len()");
}

bool is_sequence(const Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  return type->subscript && !is_subtype(type, interpreter.dict_type);
}

Ref get_iterator(Interpreter& interpreter, Value value) {
  const Type* type = type_of(interpreter, value);
  if (!type->iter) {
    if (is_sequence(interpreter, value)) return new_index_iterator(interpreter, value);
    return interpreter.raise(interpreter.TypeError_type, quoted_type_name(interpreter, value) + " object is not iterable");
  }
  Ref iterator = type->iter(interpreter, value);
  if (iterator && !type_of(interpreter, iterator.get())->next)
    return interpreter.raise(interpreter.TypeError_type,
                             "iter() returned non-iterator of type " + quoted_type_name(interpreter, iterator.get()));
  return iterator;
}

Ref iterator_next(Interpreter& interpreter, Value iterator) {
  Ref item = type_of(interpreter, iterator)->next(interpreter, iterator);
  // An iterator may also end by raising StopIteration (CPython's PyIter_Next).
  if (!item && interpreter.exception_is(interpreter.StopIteration_type)) Ref discarded = interpreter.take_exception();
  return item;
}

bool for_each_item(Interpreter& interpreter, Value iterable, ItemSink& sink) {
  Ref iterator = get_iterator(interpreter, iterable);
  if (!iterator) return false;
  const Type* type = type_of(interpreter, iterator.get());
  if (type->drain) return type->drain(interpreter, iterator.get(), sink);
  while (Ref item = iterator_next(interpreter, iterator.get()))
    if (!sink.take(interpreter, item.get())) return false;
  return !interpreter.has_exception();
}

}  // namespace krait::runtime
