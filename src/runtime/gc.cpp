// Runtime: the cycle collector (see gc.h). The algorithm is CPython's
// (Modules/gcmodule.c): for the containers of the generations collected,
// gc_refs starts as the reference count and loses one for every reference
// from another container of the set; containers left with gc_refs > 0 are
// referred to from outside (registers, native code, untracked objects) and,
// with everything they reach, survive. The rest is garbage: weak references
// to it are cleared (callbacks of live weak references run), finalizers run
// once (PEP 442), and what is still unreachable after them has its
// references cleared, which frees it by reference counting.
#include "runtime/gc.h"

#include <algorithm>
#include <cassert>
#include <vector>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "objects/weakref_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// ---- Lists: circular, doubly linked, through a sentinel ----

void list_init(GcHeader* list) {
  list->next = list;
  list->bits = reinterpret_cast<std::uintptr_t>(list);
}
bool list_empty(const GcHeader* list) { return list->next == list; }

void list_move(GcHeader* node, GcHeader* list) {
  node->previous()->next = node->next;
  node->next->set_previous(node->previous());
  gc_list_append(node, list);
}

// Appends every node of `from` to `to`, leaving `from` empty.
void list_merge(GcHeader* from, GcHeader* to) {
  if (list_empty(from)) return;
  GcHeader* last = to->previous();
  last->next = from->next;
  from->next->set_previous(last);
  to->set_previous(from->previous());
  from->previous()->next = to;
  list_init(from);
}

std::int64_t list_size(const GcHeader* list) {
  std::int64_t size = 0;
  for (const GcHeader* node = list->next; node != list; node = node->next) ++size;
  return size;
}

// ---- gc_refs ----

constexpr std::uint64_t refs_unit = std::uint64_t{1} << GcHeader::refs_shift;

std::int64_t refs_of(const GcHeader* header) { return static_cast<std::int64_t>(header->bits >> GcHeader::refs_shift); }
bool is_collecting(const GcHeader* header) { return header->has(GcHeader::collecting); }
void clear_collecting(GcHeader* header) { header->clear(GcHeader::collecting); }

// The header of `object` when it is a container in the set being collected.
GcHeader* collecting_header(Object* object) {
  if (!is_container(object->type)) return nullptr;
  GcHeader* header = gc_header(object);
  return is_collecting(header) ? header : nullptr;
}

// gc_refs = the reference count, and the collecting flag (update_refs).
// The list's back links give way to gc_refs until move_unreachable relinks
// it: meanwhile only `next` is followed.
void update_refs(GcHeader* list) {
  for (GcHeader* node = list->next; node != list; node = node->next) {
    const auto count = static_cast<std::uintptr_t>(gc_object(node)->refcount);
    node->bits = (node->bits & (GcHeader::finalized | GcHeader::weakly_referenced)) | GcHeader::collecting |
                 (count << GcHeader::refs_shift);
  }
}

// One reference less for every reference from inside the set (subtract_refs).
void subtract_refs(GcHeader* list) {
  const Visitor decrement(
      [](Value value, void*) {
        if (GcHeader* header = collecting_header(value.as_object())) {
          // Below zero, a traverse visited a reference its object does not own.
          assert(header->bits >= refs_unit);
          header->bits -= refs_unit;
        }
      },
      nullptr);
  for (GcHeader* node = list->next; node != list; node = node->next) traverse_object(gc_object(node), decrement);
}

// Moves what is unreachable from outside the set from `list` to
// `unreachable`, keeping the collecting flag there; the reachable stay in
// `list` with the flag cleared (move_unreachable, written as a worklist).
void move_unreachable(GcHeader* list, GcHeader* unreachable) {
  std::vector<GcHeader*> reached;
  for (GcHeader* node = list->next; node != list; node = node->next) {
    if (refs_of(node) > 0) {
      clear_collecting(node);
      reached.push_back(node);
    }
  }
  const Visitor reach(
      [](Value value, void* context) {
        if (GcHeader* header = collecting_header(value.as_object())) {
          clear_collecting(header);
          static_cast<std::vector<GcHeader*>*>(context)->push_back(header);
        }
      },
      &reached);
  while (!reached.empty()) {
    GcHeader* node = reached.back();
    reached.pop_back();
    traverse_object(gc_object(node), reach);
  }
  // Relinked in order: the reachable back into `list`, the rest (still
  // flagged collecting) into `unreachable`; appending replaces each node's
  // gc_refs by its back link and keeps its flags.
  GcHeader* node = list->next;
  list_init(list);
  while (node != list) {
    GcHeader* next = node->next;
    gc_list_append(node, is_collecting(node) ? unreachable : list);
    node = next;
  }
}

// Tuples that survive holding no tracked container can never be part of a
// cycle (they cannot change): the collector stops looking at them
// (CPython's untrack_tuples; gc.is_tracked((1, 2)) is then False).
void untrack_tuples(Interpreter& interpreter, GcHeader* list) {
  for (GcHeader* node = list->next; node != list;) {
    GcHeader* next = node->next;
    Object* object = gc_object(node);
    if (object->type == interpreter.tuple_type) {
      const auto* tuple = static_cast<TupleObject*>(object);
      bool atomic = true;
      for (std::int64_t i = 0; i < tuple->size && atomic; ++i) {
        const Value item = tuple->items()[i];
        atomic = !item.is_object() || !gc_is_tracked(item.as_object());
      }
      if (atomic) gc_list_remove(node);
    }
    node = next;
  }
}

// Python code run by the collector or a finalizer starts its frames well
// above the innermost frame's window: a collection can start in the middle
// of a call, while the callee's arguments are being placed above the
// caller's window (up to 256 registers) before its frame is pushed.
class RegisterReserve {
 public:
  explicit RegisterReserve(Interpreter& interpreter) : interpreter_(interpreter) {
    if (interpreter.frames.empty()) return;
    Frame& frame = interpreter.frames.back();
    saved_ = frame.top;
    Value* const end = interpreter.register_base() + interpreter.register_capacity();
    frame.top = end - frame.top > reserve ? frame.top + reserve : end;
    depth_ = interpreter.frames.size();
  }
  ~RegisterReserve() {
    if (saved_ && interpreter_.frames.size() == depth_) interpreter_.frames.back().top = saved_;
  }
  RegisterReserve(const RegisterReserve&) = delete;
  RegisterReserve& operator=(const RegisterReserve&) = delete;

 private:
  static constexpr std::ptrdiff_t reserve = 257;
  Interpreter& interpreter_;
  Value* saved_ = nullptr;
  std::size_t depth_ = 0;
};

// Runs the finalizers of the unreachable objects that have one and have not
// run it (finalize_garbage). Objects move to `done` one at a time, so one
// freed by another's finalizer simply leaves the list.
void finalize_garbage(Interpreter& interpreter, GcHeader* unreachable) {
  GcHeader done;
  list_init(&done);
  while (!list_empty(unreachable)) {
    GcHeader* node = unreachable->next;
    list_move(node, &done);
    Object* object = gc_object(node);
    if (!object->type->finalize || node->has(GcHeader::finalized)) continue;
    node->set(GcHeader::finalized);
    Ref held = Ref::borrow(Value::object(object));
    call_finalizer(interpreter, object);
  }
  list_merge(&done, unreachable);
}

// Drops the references of the objects still unreachable, which frees them
// (delete_garbage). One that survives its clearing (something outside
// still refers to it) goes to `old`, to die later by reference counting.
void delete_garbage(Interpreter& interpreter, GcHeader* unreachable, GcHeader* old) {
  while (!list_empty(unreachable)) {
    GcHeader* node = unreachable->next;
    Object* object = gc_object(node);
    incref(Value::object(object));
    if (Attributes* attributes = attributes_of(object)) release_attributes(*attributes);
    if (object->type->clear) object->type->clear(interpreter, object);
    if (unreachable->next == node) {
      clear_collecting(node);
      list_move(node, old);
    }
    decref(Value::object(object));
  }
}

// Nothing may reach the garbage through a weak reference any more: every
// weak reference to it, and every weak reference that is itself garbage,
// is detached. The callbacks of those that are not garbage then run (they
// cannot reach the garbage either); the number of them freed by that is
// returned, as CPython's handle_weakrefs counts them.
std::int64_t clear_unreachable_weak_references(Interpreter& interpreter, GcHeader* unreachable) {
  std::vector<Ref> to_call;
  for (GcHeader* node = unreachable->next; node != unreachable; node = node->next) {
    Object* object = gc_object(node);
    if (is_weak_reference(interpreter, object)) {
      auto* reference = static_cast<WeakReference*>(object);
      if (reference->referent) detach_weak_reference(interpreter, reference);
    }
    if (!node->has(GcHeader::weakly_referenced)) continue;
    while (WeakReference* reference = weak_references_of(interpreter, object)) {
      detach_weak_reference(interpreter, reference);
      if (reference->callback && !is_collecting(gc_header(reference)))
        to_call.push_back(Ref::borrow(Value::object(reference)));
    }
  }
  std::int64_t freed = 0;
  for (Ref& reference : to_call) {
    if (interpreter.gc.ready) {
      const Value callback = static_cast<WeakReference*>(reference.get().as_object())->callback.get();
      if (!callback.is_null()) {
        const Value argument = reference.get();
        Ref result = call(interpreter, callback, &argument, 1);
        if (!result) interpreter.report_unraisable(callback);
      }
    }
    if (reference.get().as_object()->refcount == 1) ++freed;
    reference = Ref();
  }
  return freed;
}

std::int64_t collect_generation(Interpreter& interpreter, int generation) {
  GcState& gc = interpreter.gc;
  if (generation + 1 < GcState::generation_count) ++gc.generations[generation + 1].count;
  for (int i = 0; i <= generation; ++i) gc.generations[i].count = 0;
  GcHeader* young = &gc.generations[generation].list;
  for (int i = 0; i < generation; ++i) list_merge(&gc.generations[i].list, young);
  GcHeader* old = generation + 1 < GcState::generation_count ? &gc.generations[generation + 1].list : young;

  update_refs(young);
  subtract_refs(young);
  GcHeader unreachable;
  list_init(&unreachable);
  move_unreachable(young, &unreachable);
  untrack_tuples(interpreter, young);
  // The survivors are promoted.
  if (young != old) {
    if (generation == GcState::generation_count - 2) gc.long_lived_pending += list_size(young);
    list_merge(young, old);
  } else {
    gc.long_lived_pending = 0;
    gc.long_lived_total = list_size(young);
  }

  const RegisterReserve reserve(interpreter);
  const Ref saved = interpreter.take_exception();
  std::int64_t found = clear_unreachable_weak_references(interpreter, &unreachable);
  if (gc.ready) finalize_garbage(interpreter, &unreachable);
  // Finalizers may have resurrected some: what the rest does not reach
  // from outside is still garbage; the others live on.
  GcHeader still_unreachable;
  list_init(&still_unreachable);
  update_refs(&unreachable);
  subtract_refs(&unreachable);
  move_unreachable(&unreachable, &still_unreachable);
  list_merge(&unreachable, old);
  found += list_size(&still_unreachable);
  delete_garbage(interpreter, &still_unreachable, old);

  GcGeneration& stats = gc.generations[generation];
  ++stats.collections;
  stats.collected += found;
  if (saved) interpreter.restore_exception(Ref::borrow(saved.get()));
  return found;
}

// Calls each of gc.callbacks as callback(phase, {"generation": ...,
// "collected": ..., "uncollectable": 0}) (CPython's invoke_gc_callback).
void call_callbacks(Interpreter& interpreter, const char* phase, int generation, std::int64_t collected) {
  GcState& gc = interpreter.gc;
  if (!gc.ready || !gc.callbacks || as_list(gc.callbacks.get())->items.empty()) return;
  const RegisterReserve reserve(interpreter);
  const Ref saved = interpreter.take_exception();
  Ref info = new_dict(interpreter);
  Ref collected_value = new_int(interpreter, collected);
  dict_set_str(interpreter, info.get(), interpreter.intern("generation"), Value::small_int(generation));
  dict_set_str(interpreter, info.get(), interpreter.intern("collected"), collected_value.get());
  dict_set_str(interpreter, info.get(), interpreter.intern("uncollectable"), Value::small_int(0));
  const Value arguments[] = {interpreter.intern(phase), info.get()};
  // A copy: a callback may change the list.
  Ref callbacks = new_list(interpreter, as_list(gc.callbacks.get())->items);
  for (Value callback : as_list(callbacks.get())->items) {
    Ref result = call(interpreter, callback, arguments, 2);
    if (!result) interpreter.report_unraisable(callback);
  }
  if (saved) interpreter.restore_exception(Ref::borrow(saved.get()));
}

// The oldest generation whose count passed its threshold (CPython's
// gc_collect_generations), with the full collection held back until the
// long-lived objects have grown by a quarter.
void collect_generations(Interpreter& interpreter) {
  GcState& gc = interpreter.gc;
  for (int i = GcState::generation_count - 1; i >= 0; --i) {
    if (gc.generations[i].count <= gc.generations[i].threshold) continue;
    if (i == GcState::generation_count - 1 && gc.long_lived_pending < gc.long_lived_total / 4) continue;
    collect_garbage(interpreter, i);
    return;
  }
}

}  // namespace

GcState::GcState() {
  for (GcGeneration& generation : generations) list_init(&generation.list);
  list_init(&permanent);
  generations[0].threshold = 700;
  generations[1].threshold = 10;
  generations[2].threshold = 10;
}

bool is_container(const Type* type) { return type->traverse != nullptr; }

void collect_if_due(Interpreter& interpreter) {
  const GcState& gc = interpreter.gc;
  if (gc.generations[0].threshold && gc.enabled && gc.ready && !gc.collecting && !interpreter.has_exception())
    collect_generations(interpreter);
}

bool gc_is_tracked(const Object* object) { return is_container(object->type) && gc_header(object)->next; }

void gc_untrack(Object* object) {
  GcHeader* header = gc_header(object);
  if (header->next) gc_list_remove(header);
}

void gc_track(Interpreter& interpreter, Object* object) {
  GcHeader* header = gc_header(object);
  if (!header->next) gc_list_append(header, &interpreter.gc.generations[0].list);
}

void traverse_object(Object* object, const Visitor& visit) {
  Type* type = object->type;
  if (type->is_heap_type) visit(static_cast<Object*>(type));
  if (const Attributes* attributes = attributes_of(object)) {
    for (std::uint32_t i = 0; i < attributes->capacity; ++i) visit(attributes->values[i]);
    visit(attributes->dict);
  }
  if (type->traverse) type->traverse(object, visit);
}

std::int64_t collect_garbage(Interpreter& interpreter, int generation) {
  GcState& gc = interpreter.gc;
  if (gc.collecting) return 0;
  gc.collecting = true;
  call_callbacks(interpreter, "start", generation, 0);
  const std::int64_t found = collect_generation(interpreter, generation);
  call_callbacks(interpreter, "stop", generation, found);
  gc.collecting = false;
  return found;
}

void gc_freeze(Interpreter& interpreter) {
  for (GcGeneration& generation : interpreter.gc.generations) {
    list_merge(&generation.list, &interpreter.gc.permanent);
    generation.count = 0;
  }
}

void gc_unfreeze(Interpreter& interpreter) {
  list_merge(&interpreter.gc.permanent, &interpreter.gc.generations[GcState::generation_count - 1].list);
}

std::int64_t gc_permanent_count(Interpreter& interpreter) { return list_size(&interpreter.gc.permanent); }

std::vector<Object*> gc_tracked_objects(Interpreter& interpreter, int generation) {
  std::vector<Object*> objects;
  for (int i = 0; i < GcState::generation_count; ++i) {
    if (generation >= 0 && i != generation) continue;
    const GcHeader* list = &interpreter.gc.generations[i].list;
    for (GcHeader* node = list->next; node != list; node = node->next) objects.push_back(gc_object(node));
  }
  return objects;
}

void call_finalizer(Interpreter& interpreter, Object* object) {
  if (!interpreter.gc.ready) return;
  const RegisterReserve reserve(interpreter);
  const Ref saved = interpreter.take_exception();
  object->type->finalize(interpreter, object);
  if (interpreter.has_exception()) Ref discarded = interpreter.take_exception();
  if (saved) interpreter.restore_exception(Ref::borrow(saved.get()));
}

bool prepare_destroy(Object* object) {
  Type* type = object->type;
  Interpreter& interpreter = *type->interpreter;
  const bool container = is_container(type);
  if (type->finalize && !(container && gc_header(object)->has(GcHeader::finalized)) && interpreter.gc.ready) {
    if (container) gc_header(object)->set(GcHeader::finalized);
    object->refcount = 1;
    call_finalizer(interpreter, object);
    if (--object->refcount != 0) return false;
    type = object->type;
  }
  if (!is_container(type)) return true;
  // Off the collector's list first: a callback may start a collection,
  // which must not see an object whose count is zero.
  GcHeader* header = gc_header(object);
  if (header->next) gc_list_remove(header);
  if (header->has(GcHeader::weakly_referenced)) {
    const RegisterReserve reserve(interpreter);
    clear_weak_references(interpreter, object);
  }
  return true;
}

void gc_start(Interpreter& interpreter) {
  interpreter.gc.callbacks = new_list(interpreter, {});
  interpreter.gc.ready = true;
}

void gc_shutdown(Interpreter& interpreter) {
  if (!interpreter.gc.ready) return;
  collect_garbage(interpreter);
  interpreter.gc.ready = false;
  interpreter.gc.callbacks = Ref();
}

bool gc_teardown_is_quiet(Interpreter& interpreter, std::span<Object* const> exempt) {
  GcState& gc = interpreter.gc;
  if (gc.callbacks && !as_list(gc.callbacks.get())->items.empty()) return false;
  const auto quiet = [&](const GcHeader* list) {
    for (GcHeader* node = list->next; node != list; node = node->next) {
      Object* object = gc_object(node);
      if (object->type->finalize && std::find(exempt.begin(), exempt.end(), object) == exempt.end()) return false;
    }
    return true;
  };
  for (const GcGeneration& generation : gc.generations)
    if (!quiet(&generation.list)) return false;
  if (!quiet(&gc.permanent)) return false;
  for (const auto& [object, first] : interpreter.weak_references)
    for (const WeakReference* reference = first; reference; reference = reference->next)
      if (reference->callback) return false;
  return true;
}

}  // namespace krait::runtime
