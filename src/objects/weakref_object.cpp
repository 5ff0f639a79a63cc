// Objects: weak references (see weakref_object.h).
#include "objects/weakref_object.h"

#include <string>
#include <utility>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

WeakReference* as_weak_reference(Value value) { return static_cast<WeakReference*>(value.as_object()); }

// A reference without callback of the exact type weakref.ref, or
// ProxyType/CallableProxyType: shared by everyone asking for one.
bool is_basic(const Interpreter& interpreter, const WeakReference* reference) {
  const Type* type = reference->type;
  return !reference->callback && (type == interpreter.weakref_type || type == interpreter.weakproxy_type ||
                                  type == interpreter.weakcallableproxy_type);
}

// Puts `reference` into its referent's list: at the head, or after `after`.
void link(Interpreter& interpreter, WeakReference* reference, WeakReference* after) {
  Object* referent = reference->referent;
  if (after) {
    reference->previous = after;
    reference->next = after->next;
    if (after->next) after->next->previous = reference;
    after->next = reference;
    return;
  }
  WeakReference*& head = interpreter.weak_references[referent];
  reference->next = head;
  if (head) head->previous = reference;
  head = reference;
  gc_header(referent)->set(GcHeader::weakly_referenced);
}

void unlink(Interpreter& interpreter, WeakReference* reference) {
  if (reference->next) reference->next->previous = reference->previous;
  if (reference->previous) {
    reference->previous->next = reference->next;
  } else if (reference->next) {
    interpreter.weak_references[reference->referent] = reference->next;
  } else {
    interpreter.weak_references.erase(reference->referent);
    gc_header(reference->referent)->clear(GcHeader::weakly_referenced);
  }
  reference->previous = reference->next = nullptr;
}

// weakref.ref(object[, callback]) (keywords are ignored, as CPython's
// PyArg_UnpackTuple does).
Ref weakref_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value) {
  if (!check_argument_count(interpreter, "__new__", count, 1, 2)) return Ref();
  return new_weak_reference(interpreter, static_cast<Type*>(callee.as_object()), arguments[0],
                            count == 2 ? arguments[1] : Value());
}

Ref weakref_initialize(Interpreter& interpreter, Value, const Value*, std::size_t count, Value) {
  if (!check_argument_count(interpreter, "__init__", count, 1, 2)) return Ref();
  return interpreter.new_none();
}

// r(): the referent, or None once it died.
Ref weakref_call(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "weakref", kwnames) || !check_argument_count(interpreter, "weakref", count, 0, 0))
    return Ref();
  Object* referent = as_weak_reference(self)->referent;
  return referent ? Ref::borrow(Value::object(referent)) : interpreter.new_none();
}

// The referent's hash, kept: a weak reference stays usable as a dict key
// after its referent died.
std::int64_t weakref_hash(Interpreter& interpreter, Value self) {
  WeakReference* reference = as_weak_reference(self);
  if (reference->hash != -1) return reference->hash;
  if (!reference->referent) {
    interpreter.set_exception(interpreter.TypeError_type, "weak object has gone away");
    return -1;
  }
  reference->hash = hash(interpreter, Value::object(reference->referent));
  return reference->hash;
}

// == and != compare live referents, and dead references by identity.
Ref weakref_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !other.is_object() ||
      !is_weak_reference(interpreter, other.as_object()))
    return Ref::borrow(interpreter.not_implemented());
  Object* left = as_weak_reference(self)->referent;
  Object* right = as_weak_reference(other)->referent;
  if (!left || !right) return interpreter.new_boolean((self == other) == (op == CompareOp::Eq));
  return compare(interpreter, Value::object(left), Value::object(right), op);
}

Ref weakref_repr(Interpreter& interpreter, Value self) {
  const WeakReference* reference = as_weak_reference(self);
  if (!reference->referent) return new_str(interpreter, "<weakref at " + address_text(reference) + "; dead>");
  const Value referent = Value::object(reference->referent);
  std::string text = "<weakref at " + address_text(reference) + "; to '" + reference->referent->type->name + "' at " +
                     address_text(reference->referent);
  Ref name;
  if (lookup_attribute(interpreter, referent, interpreter.names.dunder_name, name) < 0) return Ref();
  if (name && is_str(interpreter, name.get())) text += " (" + std::string(str_utf8(name.get())) + ")";
  return new_str(interpreter, text + ">");
}

Ref weakref_callback(Interpreter& interpreter, Value self) {
  const WeakReference* reference = as_weak_reference(self);
  return reference->callback ? Ref::borrow(reference->callback.get()) : interpreter.new_none();
}

void weakref_traverse(Object* self, const Visitor& visit) { visit(static_cast<WeakReference*>(self)->callback); }

void weakref_clear(Interpreter& interpreter, Object* self) {
  auto* reference = static_cast<WeakReference*>(self);
  if (reference->referent) detach_weak_reference(interpreter, reference);
  Ref callback = std::move(reference->callback);
}

void weakref_deallocate(Interpreter& interpreter, Object* self) {
  auto* reference = static_cast<WeakReference*>(self);
  if (reference->referent) detach_weak_reference(interpreter, reference);
  gc_delete(interpreter, reference);
}

// ---- weakref.ProxyType and CallableProxyType --------------------------------
// A proxy stands for its referent: every operation applies to the referent
// (operands that are proxies unwrapped), or raises ReferenceError once it died.

// The referent (borrowed), or null with ReferenceError pending.
Value proxied(Interpreter& interpreter, Value self) {
  Object* referent = as_weak_reference(self)->referent;
  if (referent) return Value::object(referent);
  interpreter.set_exception(interpreter.ReferenceError_type, "weakly-referenced object no longer exists");
  return Value();
}

bool is_proxy(const Interpreter& interpreter, Value value) {
  return value.is_object() &&
         (value.as_object()->type == interpreter.weakproxy_type || value.as_object()->type == interpreter.weakcallableproxy_type);
}

// An operand: a proxy's referent, anything else itself.
Value unwrapped(Interpreter& interpreter, Value value) {
  return is_proxy(interpreter, value) ? proxied(interpreter, value) : value;
}

Ref proxy_get_attribute(Interpreter& interpreter, Value self, Value name) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? Ref() : get_attribute(interpreter, referent, name);
}

int proxy_set_attribute(Interpreter& interpreter, Value self, Value name, Value value) {
  const Value referent = proxied(interpreter, self);
  return !referent.is_null() && set_attribute(interpreter, referent, name, value) ? 0 : -1;
}

template <Ref (*operation)(Interpreter&, Value)>
Ref proxy_unary(Interpreter& interpreter, Value self) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? Ref() : operation(interpreter, referent);
}

Ref proxy_negative(Interpreter& interpreter, Value value) {
  return unary_operation(interpreter, UnaryOperator::Negative, value);
}
Ref proxy_positive(Interpreter& interpreter, Value value) {
  return unary_operation(interpreter, UnaryOperator::Positive, value);
}
Ref proxy_invert(Interpreter& interpreter, Value value) {
  return unary_operation(interpreter, UnaryOperator::Invert, value);
}

Ref proxy_repr(Interpreter& interpreter, Value self) {
  const Object* referent = as_weak_reference(self)->referent;
  return new_str(interpreter, "<weakproxy at " + address_text(self.as_object()) + "; to '" +
                                  (referent ? referent->type->name : std::string("NoneType")) + "' at " +
                                  address_text(referent) + ">");
}

int proxy_truth(Interpreter& interpreter, Value self) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? -1 : truth(interpreter, referent);
}

std::int64_t proxy_hash(Interpreter& interpreter, Value self) {
  interpreter.set_exception(interpreter.TypeError_type, "unhashable type: '" + self.as_object()->type->name + "'");
  return -1;
}

Ref proxy_next(Interpreter& interpreter, Value self) {
  const Value referent = proxied(interpreter, self);
  if (referent.is_null()) return Ref();
  if (!type_of(interpreter, referent)->next)
    return interpreter.raise(interpreter.TypeError_type, "Weakref proxy referenced a non-iterator '" +
                                                             std::string(type_name(interpreter, referent)) + "' object");
  return iterator_next(interpreter, referent);
}

Ref proxy_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? Ref() : call(interpreter, referent, arguments, count, kwnames);
}

Ref proxy_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  const Value a = unwrapped(interpreter, left);
  const Value b = a.is_null() ? Value() : unwrapped(interpreter, right);
  return b.is_null() ? Ref() : compare(interpreter, a, b, op);
}

template <BinaryOperator op, bool in_place>
Ref proxy_binary(Interpreter& interpreter, Value left, Value right) {
  const Value a = unwrapped(interpreter, left);
  const Value b = a.is_null() ? Value() : unwrapped(interpreter, right);
  return b.is_null() ? Ref() : binary_operation(interpreter, op, a, b, in_place);
}

Ref proxy_subscript(Interpreter& interpreter, Value self, Value key) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? Ref() : get_item(interpreter, referent, key);
}

int proxy_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  const Value referent = proxied(interpreter, self);
  return !referent.is_null() && set_item(interpreter, referent, key, value) ? 0 : -1;
}

int proxy_contains(Interpreter& interpreter, Value self, Value item) {
  const Value referent = proxied(interpreter, self);
  return referent.is_null() ? -1 : contains(interpreter, referent, item);
}

void init_proxy_type(Type* type) {
  type->get_attribute = &proxy_get_attribute;
  type->set_attribute = &proxy_set_attribute;
  type->repr = &proxy_repr;
  type->str = &proxy_unary<&str>;
  type->truth = &proxy_truth;
  type->hash = &proxy_hash;
  type->length = &proxy_unary<&length>;
  type->iter = &proxy_unary<&get_iterator>;
  type->next = &proxy_next;
  type->compare = &proxy_compare;
  type->negative = &proxy_unary<&proxy_negative>;
  type->positive = &proxy_unary<&proxy_positive>;
  type->invert = &proxy_unary<&proxy_invert>;
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast)                   \
  type->slot = &proxy_binary<BinaryOperator::Name, false>;              \
  type->inplace_##slot = &proxy_binary<BinaryOperator::Name, true>;
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
  type->subscript = &proxy_subscript;
  type->assign_subscript = &proxy_assign_subscript;
  type->contains = &proxy_contains;
  type->traverse = &weakref_traverse;
  type->clear = &weakref_clear;
  type->deallocate = &weakref_deallocate;
}

}  // namespace

bool is_weak_reference(const Interpreter& interpreter, const Object* object) {
  return is_subtype(object->type, interpreter.weakref_type) || object->type == interpreter.weakproxy_type ||
         object->type == interpreter.weakcallableproxy_type;
}

Ref new_weak_reference(Interpreter& interpreter, Type* type, Value referent, Value callback) {
  if (!referent.is_object() || !referent.as_object()->type->weakrefable)
    return interpreter.raise(interpreter.TypeError_type,
                             "cannot create weak reference to " + quoted_type_name(interpreter, referent) + " object");
  if (callback == interpreter.none()) callback = Value();
  Object* object = referent.as_object();
  // The list starts with the shared references (a ref, then a proxy), as
  // CPython keeps it; one is returned when it is what is asked for.
  WeakReference* last_basic = nullptr;
  for (WeakReference* entry = weak_references_of(interpreter, object); entry && is_basic(interpreter, entry);
       entry = entry->next) {
    if (callback.is_null() && entry->type == type) return Ref::borrow(Value::object(entry));
    last_basic = entry;
  }
  auto* reference = gc_new<WeakReference>(interpreter, type);
  reference->referent = object;
  if (!callback.is_null()) reference->callback = Ref::borrow(callback);
  const bool ref_first = is_basic(interpreter, reference) && type == interpreter.weakref_type;
  link(interpreter, reference, ref_first ? nullptr : last_basic);
  return Ref::steal(Value::object(reference));
}

Ref new_weak_proxy(Interpreter& interpreter, Value referent, Value callback) {
  const bool callable = referent.is_object() && type_of(interpreter, referent)->call;
  return new_weak_reference(interpreter, callable ? interpreter.weakcallableproxy_type : interpreter.weakproxy_type,
                            referent, callback);
}

WeakReference* weak_references_of(const Interpreter& interpreter, const Object* object) {
  if (!is_container(object->type) || !gc_header(object)->has(GcHeader::weakly_referenced)) return nullptr;
  auto found = interpreter.weak_references.find(const_cast<Object*>(object));
  return found == interpreter.weak_references.end() ? nullptr : found->second;
}

std::int64_t weak_reference_count(const Interpreter& interpreter, const Object* object) {
  std::int64_t count = 0;
  for (WeakReference* reference = weak_references_of(interpreter, object); reference; reference = reference->next) ++count;
  return count;
}

void detach_weak_reference(Interpreter& interpreter, WeakReference* reference) {
  unlink(interpreter, reference);
  reference->referent = nullptr;
}

void clear_weak_references(Interpreter& interpreter, Object* object) {
  std::vector<std::pair<Ref, Ref>> callbacks;  // (reference, callback)
  while (WeakReference* reference = weak_references_of(interpreter, object)) {
    detach_weak_reference(interpreter, reference);
    if (reference->callback)
      callbacks.emplace_back(Ref::borrow(Value::object(reference)), std::move(reference->callback));
  }
  if (!interpreter.gc.ready) return;
  for (auto& [reference, callback] : callbacks) {
    const Value argument = reference.get();
    Ref result = call(interpreter, callback.get(), &argument, 1);
    if (!result) interpreter.report_unraisable(callback.get());
  }
}

void init_weakref_type(Interpreter& interpreter) {
  Type* type = interpreter.weakref_type;
  type->construct = &weakref_construct;
  type->initialize = &weakref_initialize;
  type->call = &weakref_call;
  type->hash = &weakref_hash;
  type->compare = &weakref_compare;
  type->repr = &weakref_repr;
  type->traverse = &weakref_traverse;
  type->clear = &weakref_clear;
  type->deallocate = &weakref_deallocate;
  add_getsets(interpreter, type, {{"__callback__", &weakref_callback}});
  init_proxy_type(interpreter.weakproxy_type);
  init_proxy_type(interpreter.weakcallableproxy_type);
  interpreter.weakcallableproxy_type->call = &proxy_call;
}

}  // namespace krait::runtime
