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

bool is_basic(const Interpreter& interpreter, const WeakReference* reference) {
  return !reference->callback && reference->type == interpreter.weakref_type;
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
  gc_header(referent)->state |= GcHeader::weakly_referenced;
}

void unlink(Interpreter& interpreter, WeakReference* reference) {
  if (reference->next) reference->next->previous = reference->previous;
  if (reference->previous) {
    reference->previous->next = reference->next;
  } else if (reference->next) {
    interpreter.weak_references[reference->referent] = reference->next;
  } else {
    interpreter.weak_references.erase(reference->referent);
    gc_header(reference->referent)->state &= ~GcHeader::weakly_referenced;
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

}  // namespace

bool is_weak_reference(const Interpreter& interpreter, const Object* object) {
  return is_subtype(object->type, interpreter.weakref_type);
}

Ref new_weak_reference(Interpreter& interpreter, Type* type, Value referent, Value callback) {
  if (!referent.is_object() || !referent.as_object()->type->weakrefable)
    return interpreter.raise(interpreter.TypeError_type,
                             "cannot create weak reference to " + quoted_type_name(interpreter, referent) + " object");
  if (callback == interpreter.none()) callback = Value();
  Object* object = referent.as_object();
  WeakReference* head = weak_references_of(interpreter, object);
  // One callback-less reference serves everyone who asks for one.
  if (head && is_basic(interpreter, head) && callback.is_null() && type == interpreter.weakref_type)
    return Ref::borrow(Value::object(head));
  auto* reference = gc_new<WeakReference>(interpreter, type);
  reference->referent = object;
  if (!callback.is_null()) reference->callback = Ref::borrow(callback);
  const bool after_basic = head && is_basic(interpreter, head);
  link(interpreter, reference, is_basic(interpreter, reference) || !after_basic ? nullptr : head);
  return Ref::steal(Value::object(reference));
}

WeakReference* weak_references_of(const Interpreter& interpreter, const Object* object) {
  if (!is_container(object->type) || !(gc_header(object)->state & GcHeader::weakly_referenced)) return nullptr;
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
}

}  // namespace krait::runtime
