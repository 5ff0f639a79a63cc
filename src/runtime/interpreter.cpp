// Runtime: creating an interpreter (its types, singletons, builtins and
// register stack) and tearing it down so that every object is freed.
#include "runtime/interpreter.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <new>
#include <utility>

#include "objects/builtins.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/cell_object.h"
#include "objects/complex_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/dict_view_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/format.h"
#include "objects/function_object.h"
#include "objects/generic_alias_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/memoryview_object.h"
#include "objects/module_object.h"
#include "objects/generic_alias_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/namespace_object.h"
#include "objects/object_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/singleton_objects.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/super_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "objects/union_type_object.h"
#include "objects/weakref_object.h"
#include "objects/wrapper_descriptor_object.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// Room for the deepest recursion the limit allows, at the largest frame the
// instruction encoding can address (256 registers), plus one frame's slack.
constexpr std::size_t register_stack_size(int recursion_limit) { return (recursion_limit + 2) * 257; }

}  // namespace

Type* Interpreter::create_type(std::string name, Type* base) {
  // A container like every type (classes are collected), but the
  // interpreter owns the built-in ones: never tracked.
  Type* type = type_type ? gc_new<Type>(*this, type_type) : new (gc_allocate(*this, sizeof(Type))) Type;
  gc_untrack(type);
  if (!type_type) type->type = type;
  type->interpreter = this;
  type->name = std::move(name);
  type->base = base;
  types_.push_back(type);
  return type;
}

Value* map_register_stack(std::size_t capacity) {
  // Mapped, not calloc'ed: its zero pages become resident only as deep
  // calls reach them (calloc may clear the whole 2 MB at once).
  void* registers = mmap(nullptr, capacity * sizeof(Value), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (registers == MAP_FAILED) throw std::bad_alloc();
  return static_cast<Value*>(registers);
}

void unmap_register_stack(Value* registers, std::size_t capacity) { munmap(registers, capacity * sizeof(Value)); }

Interpreter::Interpreter() {
  // The thread creating the interpreter is its main thread, holding the GIL.
  main_thread_state_ = std::make_unique<ThreadState>();
  main_thread_state_->ident = current_thread_ident();
  main_thread = current_thread = main_thread_state_.get();
  gil = std::make_shared<Gil>();
  type_type = create_type("type", nullptr);
  object_type = create_type("object", nullptr);
  type_type->base = object_type;
  none_type = create_type("NoneType", object_type);
  not_implemented_type = create_type("NotImplementedType", object_type);
  ellipsis_type = create_type("ellipsis", object_type);
  int_type = create_type("int", object_type);
  bool_type = create_type("bool", int_type);
  float_type = create_type("float", object_type);
  complex_type = create_type("complex", object_type);
  str_type = create_type("str", object_type);
  bytes_type = create_type("bytes", object_type);
  bytearray_type = create_type("bytearray", object_type);
  memoryview_type = create_type("memoryview", object_type);
  dict_type = create_type("dict", object_type);
  function_type = create_type("function", object_type);
  builtin_function_type = create_type("builtin_function_or_method", object_type);
  method_descriptor_type = create_type("method_descriptor", object_type);
  method_type = create_type("method", object_type);
  property_type = create_type("property", object_type);
  classmethod_type = create_type("classmethod", object_type);
  staticmethod_type = create_type("staticmethod", object_type);
  super_type = create_type("super", object_type);
  getset_descriptor_type = create_type("getset_descriptor", object_type);
  member_descriptor_type = create_type("member_descriptor", object_type);
  wrapper_descriptor_type = create_type("wrapper_descriptor", object_type);
  method_wrapper_type = create_type("method-wrapper", object_type);
  cell_type = create_type("cell", object_type);
  traceback_type = create_type("traceback", object_type);
  frame_type = create_type("frame", object_type);
  range_type = create_type("range", object_type);
  range_iterator_type = create_type("range_iterator", object_type);
  slice_type = create_type("slice", object_type);
  tuple_type = create_type("tuple", object_type);
  list_type = create_type("list", object_type);
  tuple_iterator_type = create_type("tuple_iterator", object_type);
  list_iterator_type = create_type("list_iterator", object_type);
  str_iterator_type = create_type("str_iterator", object_type);
  str_ascii_iterator_type = create_type("str_ascii_iterator", object_type);
  bytes_iterator_type = create_type("bytes_iterator", object_type);
  bytearray_iterator_type = create_type("bytearray_iterator", object_type);
  set_type = create_type("set", object_type);
  frozenset_type = create_type("frozenset", object_type);
  set_iterator_type = create_type("set_iterator", object_type);
  dict_keys_type = create_type("dict_keys", object_type);
  dict_values_type = create_type("dict_values", object_type);
  dict_items_type = create_type("dict_items", object_type);
  mappingproxy_type = create_type("mappingproxy", object_type);
  generic_alias_type = create_type("types.GenericAlias", object_type);
  union_type = create_type("types.UnionType", object_type);
  dict_keyiterator_type = create_type("dict_keyiterator", object_type);
  dict_valueiterator_type = create_type("dict_valueiterator", object_type);
  dict_itemiterator_type = create_type("dict_itemiterator", object_type);
  dict_reversekeyiterator_type = create_type("dict_reversekeyiterator", object_type);
  dict_reversevalueiterator_type = create_type("dict_reversevalueiterator", object_type);
  dict_reverseitemiterator_type = create_type("dict_reverseitemiterator", object_type);
  list_reverse_iterator_type = create_type("list_reverseiterator", object_type);
  index_iterator_type = create_type("iterator", object_type);
  callable_iterator_type = create_type("callable_iterator", object_type);
  enumerate_type = create_type("enumerate", object_type);
  zip_type = create_type("zip", object_type);
  map_type = create_type("map", object_type);
  filter_type = create_type("filter", object_type);
  reversed_type = create_type("reversed", object_type);
  generator_type = create_type("generator", object_type);
  coroutine_type = create_type("coroutine", object_type);
  coroutine_wrapper_type = create_type("coroutine_wrapper", object_type);
  async_generator_type = create_type("async_generator", object_type);
  async_generator_asend_type = create_type("async_generator_asend", object_type);
  async_generator_athrow_type = create_type("async_generator_athrow", object_type);
  weakref_type = create_type("weakref.ReferenceType", object_type);
  weakproxy_type = create_type("weakref.ProxyType", object_type);
  weakcallableproxy_type = create_type("weakref.CallableProxyType", object_type);
  module_type = create_type("module", object_type);
  namespace_type = create_type("types.SimpleNamespace", object_type);
  anext_awaitable_type = create_type("anext_awaitable", object_type);
#define KRAIT_EXCEPTION_TYPE(Name, Base) Name##_type = create_type(#Name, Base##_type);
#include "objects/exception_types.def"
#undef KRAIT_EXCEPTION_TYPE

#define KRAIT_NAME(field, text) names.field = intern(text);
#include "runtime/names.def"
#undef KRAIT_NAME
  {
    int index = 0;
#define KRAIT_TYPE_SLOT(field, dunder, signature) \
  if (*dunder) slot_names[index] = intern(dunder); \
  ++index;
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
    // __add__ -> __radd__ and __iadd__, for the binary operators' slots.
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast)                                              \
  {                                                                                                 \
    const std::string_view dunder = str_utf8(slot_names[static_cast<int>(SlotId::slot)]);           \
    reflected_names[static_cast<int>(SlotId::slot)] = intern("__r" + std::string(dunder.substr(2))); \
    inplace_names[static_cast<int>(SlotId::slot)] = intern("__i" + std::string(dunder.substr(2)));   \
  }
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
    const char* comparisons[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; ++i) compare_names[i] = intern(comparisons[i]);
  }
  // Every built-in type gets its namespace and its MRO (single inheritance:
  // the chain of bases) before the init functions fill them.
  for (Type* type : types_) {
    type->dict = new_dict(*this);
    for (Type* entry = type; entry; entry = entry->base) type->mro.push_back(entry);
    type->version = next_type_version();
  }
  init_object_type(*this);
  init_descriptor_types(*this);
  init_super_type(*this);
  init_wrapper_descriptor_types(*this);
  init_type_type(*this);
  init_singleton_types(*this);
  init_int_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_str_type(*this);
  init_bytes_type(*this);
  init_bytearray_type(*this);
  init_memoryview_type(*this);
  init_dict_type(*this);
  init_dict_view_types(*this);
  init_mappingproxy_type(*this);
  init_generic_alias_type(*this);
  init_union_type(*this);
  init_set_types(*this);
  init_function_types(*this);
  init_cell_type(*this);
  init_range_types(*this);
  init_slice_type(*this);
  init_tuple_type(*this);
  init_list_type(*this);
  init_iterator_types(*this);
  init_exception_types(*this);
  init_traceback_types(*this);
  init_exception_field_types(*this);
  init_module_type(*this);
  init_namespace_type(*this);
  init_exception_group_types(*this);
  init_weakref_type(*this);
  init_format(*this);

  // The singletons (before the slot wrappers: `__hash__ = None`).
  auto singleton = [](Type* type) {
    auto* object = new Object;
    object->type = type;
    return object;
  };
  none_ = singleton(none_type);
  not_implemented_ = singleton(not_implemented_type);
  ellipsis_ = singleton(ellipsis_type);
  true_ = singleton(bool_type);
  false_ = singleton(bool_type);

  // Special methods as attributes, for the slots each type fills itself;
  // __doc__ None where a type has no docstring (Krait keeps none).
  for (Type* type : types_) {
    add_slot_wrappers(*this, type);
    if (dict_get_str(type->dict.get(), names.dunder_doc).is_null())
      dict_set_str(*this, type->dict.get(), names.dunder_doc, none());
  }
  // Types were created base first, so one pass inherits transitively. New
  // versions: lookups made while the namespaces filled are forgotten.
  for (Type* type : types_) {
    inherit_slots(*type);
    type->version = next_type_version();
  }

  side_attributes = std::make_unique<SideAttributes>();

  register_capacity_ = register_stack_size(recursion_limit);
  // The VM keeps pointers to frames while it runs: the stack never moves.
  // Room for as many frames as the register stack can hold (a frame that
  // calls has a register), so sys.setrecursionlimit can raise the limit
  // that far; the pages are only touched as frames are pushed.
  frames.reserve(register_capacity_ + 1);
  registers_ = map_register_stack(register_capacity_);

  builtins_ = new_dict(*this);
  add_builtins(*this, builtins_.get());
  modules = new_dict(*this);
  gc_start(*this);
}

void Interpreter::finalize() {
  // Daemon threads still alive stop at their next wait for the GIL.
  begin_finalization(*this);
  current_thread->sentinel = Ref();
  main_thread_state_->sentinel = Ref();
  clear_modules(*this);
  modules = Ref();
  codecs = CodecRegistry();
  signals = SignalHandlers();
  binascii = BinasciiState();
  zlib.error = Ref();
  csv.error = Ref();
  csv.dialects = Ref();
  array_reconstructor = Ref();
  proc_modules = ProcessModules();
  imports = ImportState();
  fork_callbacks = ForkCallbacks();
  hashlib.unsupported_digestmod_error = Ref();
  hashlib.constructors = Ref();
  compression.lzma_error = Ref();
  socket = SocketState();
  module_namespaces.clear();
  for (Value* slot = registers_; slot < register_high_water; ++slot) decref(std::exchange(*slot, Value()));
  exception_ = Ref();
  decref(std::exchange(handled_exception, Value()));
  // The last collection that may run Python code (finalizers, weak
  // reference callbacks) runs while everything still exists; none runs
  // after it.
  gc_shutdown(*this);
}

Interpreter::~Interpreter() {
  finalize();
  unmap_register_stack(registers_, register_capacity_);
  registers_ = nullptr;
  register_capacity_ = 0;
  builtins_ = Ref();
  atexit_callbacks = Ref();
  io_state.reset();
  empty_tuple = Ref();
  ast_classes = Ref();
  release_side_attributes(*this);
  // What only cycles still hold (classes and their methods ...) goes now.
  collect_garbage(*this);
  // Instances of classes over str, int, bytes ... carry no collector header,
  // so a cycle through one (a class holding its own instance, as enum's
  // StrEnum members) escapes the collector: the namespaces of the classes
  // still alive are emptied, and what they held goes.
  std::vector<Ref> classes;
  for (Object* object : gc_tracked_objects(*this, -1))
    if (is_subtype(object->type, type_type) && static_cast<Type*>(object)->is_heap_type)
      classes.push_back(Ref::borrow(Value::object(object)));
  for (const Ref& type : classes) dict_clear(*this, static_cast<Type*>(type.get().as_object())->dict.get());
  classes.clear();
  collect_garbage(*this);
  // Type namespaces refer to objects of other types: release them all while
  // every type (and so every deallocator) still exists.
  for (Type* type : types_) {
    type->dict = Ref();
    type->bases = Ref();
    type->instance_keys = Ref();
  }
  for (const Value value : interned_.take_all()) decref(value);
  free_floats.release();
  free_complexes.release();
  free_lists.release([this](ListObject* list) { gc_delete(*this, list); });
  free_dicts.release([this](DictObject* dict) { gc_delete(*this, dict); });
  free_slices.release();
  for (auto& tuples : free_tuples) tuples.release([this](TupleObject* tuple) { gc_delete(*this, tuple); });
  release_str_caches(*this);
  release_set_tables(*this);
  for (Object* singleton : {none_, not_implemented_, ellipsis_, true_, false_}) delete singleton;
  for (Type* type : types_) gc_delete(*this, type);
}

Value Interpreter::intern(std::string_view utf8) {
  const std::uint64_t hash = InternTable::hash(utf8);
  const Value found = interned_.find(utf8, hash);
  if (!found.is_null()) return found;
  Value value = new_str(*this, utf8).release();
  as_str(value)->interned = true;
  interned_.insert(value, hash);
  return value;
}

void Interpreter::swap_thread_state(ThreadState& thread) {
  std::swap(exception_, thread.exception);
  std::swap(handled_exception, thread.handled_exception);
  frames.swap(thread.frames);
  frame_objects.swap(thread.frame_objects);
  std::swap(frame_depth, thread.frame_depth);
  std::swap(registers_, thread.registers);
  std::swap(register_capacity_, thread.register_capacity);
  std::swap(register_high_water, thread.register_high_water);
  repr_active.swap(thread.repr_active);
  std::swap(proc_modules.current_context, thread.context);
}

Value Interpreter::find_interned(std::string_view utf8) const {
  return interned_.find(utf8, InternTable::hash(utf8));
}

void Interpreter::set_exception(Type* type, std::string_view message) {
  raise_object(new_exception(*this, type, message));
}

void Interpreter::raise_object(Ref exception) {
  const Value handled = handled_exception;
  if (!handled.is_null() && handled != exception.get()) {
    // Cut `exception` out of the handled one's context chain first, so the
    // chain stays acyclic (CPython's _PyErr_SetObject).
    // A chain made cyclic by hand ends the walk (Floyd's tortoise and hare).
    ExceptionObject* slow = as_exception(handled);
    bool advance_slow = false;
    for (auto* link = slow; link->context;) {
      auto* next = as_exception(link->context.get());
      if (next == exception.get().as_object()) {
        link->context = Ref();
        break;
      }
      link = next;
      if (link == slow) break;
      if (advance_slow) slow = as_exception(slow->context.get());
      advance_slow = !advance_slow;
    }
    as_exception(exception.get())->context = Ref::borrow(handled);
  }
  exception_ = std::move(exception);
}

void Interpreter::report_unraisable(Value object, std::string_view where) {
  Ref exception = take_exception();
  if (!exception) return;
  if (unraisable_printer) return unraisable_printer(*this, exception.get(), object, where);
  // Without the VM (unit tests): the exception's type alone.
  std::string text =
      object.is_null() ? "" : "Exception ignored " + std::string(where) + ": " + quoted_type_name(*this, object) + " object\n";
  text += std::string(type_name(*this, exception.get())) + "\n";
  std::fputs(text.c_str(), stderr);
}

bool Interpreter::exception_is(const Type* type) const {
  return exception_ && is_subtype(exception_.get().as_object()->type, type);
}

}  // namespace krait::runtime
