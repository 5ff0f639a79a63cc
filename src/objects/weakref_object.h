// Objects: weak references (weakref.ref and the proxies weakref.ProxyType and
// CallableProxyType, CPython's Objects/weakrefobject.c).
// A weak reference does not keep its referent alive: when the referent
// dies (by reference counting or in a collection), every weak reference to
// it reads None from then on and their callbacks are called.
//
// Only containers (objects with a GcHeader, runtime/gc.h) can be weakly
// referenced: the header's `weakly_referenced` flag says whether the
// interpreter's table (Interpreter::weak_references) lists weak references
// to the object, so objects nobody refers to weakly pay one bit test when
// they die.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;

struct WeakReference : Object {
  Object* referent = nullptr;  // borrowed; null once it died
  Ref callback;                // null: none
  std::int64_t hash = -1;      // the referent's, once asked
  // The other weak references to the same referent, in CPython's order:
  // the one without callback first, the newest with a callback next.
  WeakReference* previous = nullptr;
  WeakReference* next = nullptr;
};

bool is_weak_reference(const Interpreter& interpreter, const Object* object);

// weakref.ref(object, callback) for type `type` (weakref.ref or a
// subclass): the existing callback-less reference when there is one and
// none is asked for; TypeError for an object that cannot be weakly referenced.
Ref new_weak_reference(Interpreter& interpreter, Type* type, Value referent, Value callback);

// weakref.proxy(object, callback): a ProxyType, or a CallableProxyType for
// a callable object.
Ref new_weak_proxy(Interpreter& interpreter, Value referent, Value callback);

// The weak references to `object` (the first of its list), or null.
WeakReference* weak_references_of(const Interpreter& interpreter, const Object* object);
std::int64_t weak_reference_count(const Interpreter& interpreter, const Object* object);

// Detaches a weak reference from its referent, which it reads as None from
// then on; its callback stays (CPython's _PyWeakref_ClearRef).
void detach_weak_reference(Interpreter& interpreter, WeakReference* reference);

// For a dying object: detaches every weak reference to it, then calls
// their callbacks (CPython's PyObject_ClearWeakRefs).
void clear_weak_references(Interpreter& interpreter, Object* object);

void init_weakref_type(Interpreter& interpreter);

}  // namespace krait::runtime
