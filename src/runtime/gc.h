// Runtime: the cycle collector (CPython's Modules/gcmodule.c, rewritten).
// Reference counting frees an object when its last reference goes; what it
// cannot free are reference cycles. Container objects (those that own
// references to arbitrary objects: lists, dicts, instances, functions,
// cells, ...) are allocated with a GcHeader placed before their Object
// header and linked into the interpreter's generation lists; a collection
// finds the containers that only other containers of the same generation
// refer to, runs their finalizers (PEP 442), clears weak references to
// them, and breaks their cycles with each type's `clear` slot. Objects of
// other types (int, float, str, bytes, code ...) carry no header and cost
// nothing. See docs/architecture.md ("Memory management").
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <new>
#include <vector>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;
struct Type;
// Defined in objects/type_object.h (which every user of gc_new includes).
inline void set_object_type(Object* object, Type* type);

// The collector's part of a container: it precedes the Object header in the
// same allocation, in two words as CPython's PyGC_Head. Tracked objects sit
// on a circular doubly-linked list (`next` is null while untracked); `bits`
// holds the previous node's address with the flags below in its low bits
// (headers are 8-byte aligned). While a collection sorts the nodes of the
// generations it collects, their `bits` hold their gc_refs above the flags
// instead, and their lists are relinked once sorted (as CPython's _gc_prev).
struct GcHeader {
  GcHeader* next = nullptr;
  std::uintptr_t bits = 0;

  static constexpr std::uintptr_t finalized = 1;          // its finalizer ran (PEP 442: once only)
  static constexpr std::uintptr_t weakly_referenced = 2;  // in Interpreter::weak_references
  static constexpr std::uintptr_t collecting = 4;  // in the generations being collected, not yet found reachable
  static constexpr std::uintptr_t flag_mask = 7;
  static constexpr int refs_shift = 3;

  GcHeader* previous() const { return reinterpret_cast<GcHeader*>(bits & ~flag_mask); }
  void set_previous(GcHeader* node) { bits = reinterpret_cast<std::uintptr_t>(node) | (bits & flag_mask); }
  bool has(std::uintptr_t flag) const { return (bits & flag) != 0; }
  void set(std::uintptr_t flag) { bits |= flag; }
  void clear(std::uintptr_t flag) { bits &= ~flag; }
};
static_assert(sizeof(GcHeader) == 2 * sizeof(void*) && sizeof(GcHeader) % alignof(Object) == 0);

inline GcHeader* gc_header(const Object* object) {
  return reinterpret_cast<GcHeader*>(const_cast<Object*>(object)) - 1;
}
inline Object* gc_object(GcHeader* header) { return reinterpret_cast<Object*>(header + 1); }

// Calls a function on each reference a container owns (CPython's visitproc
// over tp_traverse). Null values are skipped here, so traverse functions
// can pass every field, and so are small ints unless `small_ints` asks for
// them (gc.get_referents shows them; the collector has no use for them).
class Visitor {
 public:
  using Function = void (*)(Value value, void* context);
  Visitor(Function function, void* context, bool small_ints = false)
      : function_(function), context_(context), small_ints_(small_ints) {}
  void operator()(Value value) const {
    if (value.is_object() || (small_ints_ && value.is_small_int())) function_(value, context_);
  }
  void operator()(const Ref& ref) const { (*this)(ref.get()); }
  void operator()(Object* object) const {
    if (object) function_(Value::object(object), context_);
  }

 private:
  Function function_;
  void* context_;
  bool small_ints_;
};

// The collector's type slots (Type::traverse, clear and finalize):
//   traverse  visits every reference the object owns; a type with one is a
//             container: its objects are allocated with gc_new (a header);
//   clear     drops the references that could form cycles, leaving the
//             object valid for its deallocator (mutable containers);
//   finalize  __del__ (or a generator's close): run once before the
//             object goes, by deallocation or by a collection. It reports
//             its own errors (Interpreter::report_unraisable).
using TraverseSlot = void (*)(Object* self, const Visitor& visit);
using ClearSlot = void (*)(Interpreter&, Object* self);
using FinalizeSlot = void (*)(Interpreter&, Object* self);

struct GcGeneration {
  GcHeader list;               // sentinel of the circular list
  std::int64_t threshold = 0;  // collect when `count` exceeds it
  // Generation 0: container allocations minus deallocations since its last
  // collection; older ones: collections of the generation below since.
  std::int64_t count = 0;
  // gc.get_stats()
  std::int64_t collections = 0;
  std::int64_t collected = 0;
};

// The collector's state (one per interpreter).
struct GcState {
  static constexpr int generation_count = 3;
  GcState();
  GcState(const GcState&) = delete;
  GcState& operator=(const GcState&) = delete;

  GcGeneration generations[generation_count];
  GcHeader permanent;  // gc.freeze(): never collected
  bool enabled = true;       // gc.enable()/gc.disable(): automatic collections
  bool collecting = false;   // a collection is running (no other starts)
  // Off while the interpreter starts and after its final collection:
  // no automatic collection, no finalizer, no weak-reference callback.
  bool ready = false;
  // Full collections wait until a quarter of the long-lived objects are new
  // (CPython's long_lived_pending / long_lived_total heuristic).
  std::int64_t long_lived_total = 0;
  std::int64_t long_lived_pending = 0;
  int debug = 0;  // gc.set_debug(): kept, without effect
  // gc.callbacks: a list of callables called as callback(phase, info)
  // around every collection, phase "start" or "stop".
  Ref callbacks;
};

// Allocates room for a container of `size` bytes after its GcHeader,
// tracked (in generation 0). May run an automatic collection first.
// (Inline, on every container's allocation: defined in runtime/interpreter.h,
// which every user of gc_new includes.)
inline void* gc_allocate(Interpreter& interpreter, std::size_t size);
// Frees a container's memory (its destructor has run), untracking it first.
inline void gc_free(Interpreter& interpreter, Object* object);
// gc_allocate's slow path: the generation 0 count passed its threshold.
void collect_if_due(Interpreter& interpreter);

// The list operations (circular, doubly linked, through a sentinel).
inline void gc_list_append(GcHeader* node, GcHeader* list) {
  GcHeader* last = list->previous();
  node->set_previous(last);
  node->next = list;
  last->next = node;
  list->set_previous(node);
}
inline void gc_list_remove(GcHeader* node) {
  node->previous()->next = node->next;
  node->next->set_previous(node->previous());
  node->next = nullptr;
  node->set_previous(nullptr);
}

// A new container of layout T (default-constructed) and type `type`, tracked.
template <class T>
T* gc_new(Interpreter& interpreter, Type* type, std::size_t extra_bytes = 0) {
  T* object = new (gc_allocate(interpreter, sizeof(T) + extra_bytes)) T;
  set_object_type(object, type);
  return object;
}
template <class T>
void gc_delete(Interpreter& interpreter, T* object) {
  object->~T();
  gc_free(interpreter, object);
}

bool gc_is_tracked(const Object* object);
// Takes a container off (or puts it back on) the collector's lists, for
// objects that cannot be part of a cycle (CPython's PyObject_GC_UnTrack).
void gc_untrack(Object* object);
void gc_track(Interpreter& interpreter, Object* object);

// Whether objects of this type carry a GcHeader.
bool is_container(const Type* type);

// Runs a collection of generations 0..generation (CPython's gc.collect):
// the number of unreachable objects found, 0 while another collection runs.
std::int64_t collect_garbage(Interpreter& interpreter, int generation = GcState::generation_count - 1);

// Visits what `object` owns: its class when that is a heap type, its
// instance attributes, then its type's traverse slot.
void traverse_object(Object* object, const Visitor& visit);

// gc.freeze(), gc.unfreeze(), gc.get_freeze_count().
void gc_freeze(Interpreter& interpreter);
void gc_unfreeze(Interpreter& interpreter);
std::int64_t gc_permanent_count(Interpreter& interpreter);
// The tracked objects of one generation (or all, for -1), for gc.get_objects().
std::vector<Object*> gc_tracked_objects(Interpreter& interpreter, int generation);

// What destroy() does for containers and for objects with a finalizer
// before their deallocator runs: the finalizer (once for a container), weak
// references cleared with their callbacks, the object untracked. False when
// the finalizer resurrected the object (it must not be freed).
bool prepare_destroy(Object* object);

// Calls the object's finalize slot with the pending exception put aside
// and the register stack reserved (see RegisterReserve in gc.cpp).
void call_finalizer(Interpreter& interpreter, Object* object);

// Sets the collector up and tears it down with its interpreter: `start`
// once every type has its slots; `shutdown` runs the last collection
// that may run Python code and then turns finalizers off.
void gc_start(Interpreter& interpreter);
void gc_shutdown(Interpreter& interpreter);

// Whether freeing every object now would run no Python code: no tracked
// object has a finalizer (__del__, a generator's close, a file's) other
// than those in `exempt`, no weak reference has a callback and gc.callbacks
// is empty. A process about to exit may then skip the interpreter's end.
bool gc_teardown_is_quiet(Interpreter& interpreter, std::span<Object* const> exempt);

}  // namespace krait::runtime
