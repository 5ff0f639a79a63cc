// Runtime: the Interpreter, which owns everything a running program shares
// (built-in types, singletons, builtins, interned names, the pending
// exception, free lists and the register stack). There is no global state:
// every runtime function receives the Interpreter it works for.
#pragma once

#include <cstddef>
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "objects/hash.h"
#include "objects/type_object.h"
#include "runtime/frame.h"
#include "runtime/free_list.h"
#include "runtime/gc.h"
#include "runtime/intern_table.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace krait::modules {
struct IterModuleTypes;
}

namespace krait::runtime {

struct FloatObject;
struct ComplexObject;
struct ListObject;
struct DictObject;
struct SliceObject;
struct TupleObject;
struct SideAttributes;
struct WeakReference;
struct FrameObject;

class Interpreter {
 public:
  Interpreter();
  // Finalizes (when not done yet), then frees every object: a host may
  // create and destroy many interpreters in one process.
  ~Interpreter();
  // Ends the interpreter's Python-visible life: the modules' namespaces are
  // emptied and the last collection runs (finalizers, weak reference
  // callbacks); no Python code runs after it. What the destructor does
  // after it only frees memory, which a process about to exit may skip.
  void finalize();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Built-in types, created per interpreter.
  Type* type_type = nullptr;
  Type* object_type = nullptr;
  Type* none_type = nullptr;
  Type* not_implemented_type = nullptr;
  Type* ellipsis_type = nullptr;
  Type* int_type = nullptr;
  Type* bool_type = nullptr;
  Type* float_type = nullptr;
  Type* complex_type = nullptr;
  Type* str_type = nullptr;
  Type* bytes_type = nullptr;
  Type* bytearray_type = nullptr;
  Type* memoryview_type = nullptr;
  Type* dict_type = nullptr;
  Type* function_type = nullptr;
  Type* builtin_function_type = nullptr;
  Type* method_descriptor_type = nullptr;
  Type* method_type = nullptr;        // a Python function bound to an instance
  Type* property_type = nullptr;
  Type* classmethod_type = nullptr;
  Type* staticmethod_type = nullptr;
  Type* super_type = nullptr;
  Type* getset_descriptor_type = nullptr;
  Type* member_descriptor_type = nullptr;   // a __slots__ member
  Type* wrapper_descriptor_type = nullptr;  // a built-in type's slot as a dunder method
  Type* method_wrapper_type = nullptr;      // a wrapper_descriptor bound to an instance
  Type* cell_type = nullptr;
  Type* traceback_type = nullptr;
  Type* frame_type = nullptr;
  Type* range_type = nullptr;
  Type* range_iterator_type = nullptr;
  Type* slice_type = nullptr;
  Type* tuple_type = nullptr;
  Type* list_type = nullptr;
  Type* tuple_iterator_type = nullptr;
  Type* list_iterator_type = nullptr;
  Type* str_iterator_type = nullptr;
  Type* str_ascii_iterator_type = nullptr;
  Type* bytes_iterator_type = nullptr;
  Type* bytearray_iterator_type = nullptr;
  Type* set_type = nullptr;
  Type* frozenset_type = nullptr;
  Type* set_iterator_type = nullptr;
  Type* dict_keys_type = nullptr;
  Type* dict_values_type = nullptr;
  Type* dict_items_type = nullptr;
  Type* mappingproxy_type = nullptr;
  Type* generic_alias_type = nullptr;
  Type* union_type = nullptr;
  Type* dict_keyiterator_type = nullptr;
  Type* dict_valueiterator_type = nullptr;
  Type* dict_itemiterator_type = nullptr;
  Type* dict_reversekeyiterator_type = nullptr;
  Type* dict_reversevalueiterator_type = nullptr;
  Type* dict_reverseitemiterator_type = nullptr;
  // The iterators of builtins (objects/iterator_object.cpp).
  Type* list_reverse_iterator_type = nullptr;
  Type* index_iterator_type = nullptr;  // "iterator": iter() over __getitem__
  Type* callable_iterator_type = nullptr;
  Type* enumerate_type = nullptr;
  Type* zip_type = nullptr;
  Type* map_type = nullptr;
  Type* filter_type = nullptr;
  Type* reversed_type = nullptr;
  // Generators and coroutines (objects/generator_object.h; run by vm/generator.cpp).
  Type* generator_type = nullptr;
  Type* coroutine_type = nullptr;
  Type* coroutine_wrapper_type = nullptr;
  Type* async_generator_type = nullptr;
  Type* async_generator_asend_type = nullptr;
  Type* async_generator_athrow_type = nullptr;
  Type* module_type = nullptr;
  Type* namespace_type = nullptr;  // types.SimpleNamespace
  Type* anext_awaitable_type = nullptr;  // what anext(iterator, default) returns (vm/async_builtins.cpp)
  // Owned by the compiler stage, which creates it on first use.
  Type* code_type = nullptr;
  Type* module_spec_type = nullptr;  // made by the import system on first use (vm/import.cpp)
  Type* weakref_type = nullptr;  // weakref.ref (objects/weakref_object.h)
  Type* weakproxy_type = nullptr;
  Type* weakcallableproxy_type = nullptr;
  // itertools, _functools, _string: the types their functions make
  // instances of (modules/module_types.h), made on first import.
  std::unique_ptr<modules::IterModuleTypes, void (*)(modules::IterModuleTypes*)> iter_module_types{nullptr, nullptr};
  // _io: its types and classes (modules/io/io.h: IoState), made on first use.
  std::unique_ptr<void, void (*)(void*)> io_state{nullptr, nullptr};
  // _sre (modules/sre_module.cpp): the types of re's patterns, matches and
  // scanners, made when _sre is first imported.
  struct SreTypes {
    Type* pattern = nullptr;
    Type* match = nullptr;
    Type* scanner = nullptr;
  } sre;
#define KRAIT_EXCEPTION_TYPE(Name, Base) Type* Name##_type = nullptr;
#include "objects/exception_types.def"
#undef KRAIT_EXCEPTION_TYPE

  // coll: the types of the native modules _collections, _abc, _json,
  // _random (with _sha512, which random seeds through) and _struct, each
  // made when its module is first imported (null until then). Owned by the
  // interpreter, as every type.
  struct {
    Type* deque = nullptr;
    Type* deque_iterator = nullptr;
    Type* deque_reverse_iterator = nullptr;
    Type* defaultdict = nullptr;
    Type* tuplegetter = nullptr;
    Type* ordereddict = nullptr;
    Type* odict_keys = nullptr;
    Type* odict_values = nullptr;
    Type* odict_items = nullptr;
  } collections_types;
  struct {
    Type* data = nullptr;  // _abc_data
    // abc.get_cache_token(): renewed by every ABC registration, which
    // invalidates every negative cache.
    std::int64_t invalidation_counter = 0;
  } abc_state;
  struct {
    Type* scanner = nullptr;
    Type* encoder = nullptr;
  } json_types;
  struct {
    Type* random = nullptr;
  } random_types;
  struct {
    Type* sha512 = nullptr;
    Type* sha384 = nullptr;
  } sha512_types;
  struct {
    Type* struct_type = nullptr;
    Type* unpack_iterator = nullptr;
    Type* error = nullptr;
  } struct_types;

  // posix (modules/posix_module.cpp): its types, made on its first import.
  struct PosixTypes {
    Type* stat_result_type = nullptr;
    Type* terminal_size_type = nullptr;
    Type* uname_result_type = nullptr;
    Type* times_result_type = nullptr;
    Type* dir_entry_type = nullptr;
    Type* scandir_iterator_type = nullptr;
    Type* statvfs_result_type = nullptr;
  } posix;
  // The codec registry (objects/codecs.cpp, modules/codecs_module.cpp): the
  // search functions (a list), what they found by normalised name (a dict)
  // and the error handlers by name (a dict). Made on first use.
  struct CodecRegistry {
    Ref search_functions;
    Ref cache;
    Ref error_handlers;
  } codecs;
  // _signal (modules/signal_module.cpp): the Python handler set for each
  // signal (null: none), default_int_handler, whether SIGINT still has the handler installed at start-up (it raises
  // KeyboardInterrupt, as default_int_handler).
  struct SignalHandlers {
    std::array<Ref, 65> handlers;
    Ref default_int_handler;
    bool interrupt_installed = false;
  } signals;

  // A new type owned by the interpreter; its file's init function fills its
  // slots, then inherit_slots() copies the rest from `base`.
  Type* create_type(std::string name, Type* base);

  // The cycle collector's generations (runtime/gc.h). Constructed before
  // anything is allocated.
  GcState gc;
  // The weak references to each weakly referenced object, the head of its
  // list (objects/weakref_object.h).
  std::unordered_map<Object*, WeakReference*> weak_references;

  // The key of str and bytes hashes (objects/hash.h), from PYTHONHASHSEED.
  // Initialised first: the interpreter hashes names while it starts.
  HashSecret hash_secret = hash_secret_from_environment();

  // Identifiers the runtime looks up (runtime/names.def).
  struct Names {
#define KRAIT_NAME(field, text) Value field;
#include "runtime/names.def"
#undef KRAIT_NAME
  } names;
  // Each slot's dunder name (null for slots without one), the reflected
  // and in-place names of the binary operators, and the rich comparisons'.
  Value slot_names[slot_count] = {};
  Value reflected_names[slot_count] = {};
  Value inplace_names[slot_count] = {};
  Value compare_names[6] = {};
  // The bit of each of those names (and a few more) in the set of dunders
  // that choose a class's slots (objects/slot_wrappers.cpp), made on first use.
  std::unordered_map<const Object*, std::uint8_t> slot_dunder_bits;

  // Sources of type versions and dict key versions (type_object.h,
  // dict_object.h): every value handed out is new.
  std::uint64_t next_type_version() { return ++type_versions_; }

  // The type attribute cache (CPython's method cache): what type_lookup
  // found for an interned name on a type of some version. Versions are never
  // reused, so an entry of a changed type simply stops matching.
  struct TypeCacheEntry {
    std::uint64_t version = 0;
    Value name;
    Value value;  // borrowed from a namespace of that version; null: absent
  };
  static constexpr std::size_t type_cache_size = 4096;
  std::array<TypeCacheEntry, type_cache_size> type_cache{};
  std::uint64_t next_keys_version() { return ++keys_versions_; }

  // Singletons (borrowed: the interpreter holds them for its lifetime).
  Value none() const { return Value::object(none_); }
  Value not_implemented() const { return Value::object(not_implemented_); }
  Value ellipsis() const { return Value::object(ellipsis_); }
  Value boolean(bool value) const { return Value::object(value ? true_ : false_); }
  Ref new_none() const { return Ref::borrow(none()); }
  Ref new_boolean(bool value) const { return Ref::borrow(boolean(value)); }

  // The builtins namespace (a dict).
  Value builtins() const { return builtins_.get(); }
  // sys.modules: the loaded modules by name (a dict; vm/import.cpp fills it).
  Ref modules;
  // Every module namespace made, kept to be cleared at exit (clear_modules),
  // also those of modules no longer in sys.modules.
  std::vector<Ref> module_namespaces;

  // Native modules' state (modules/*_module.cpp), made when first imported.
  // atexit: its registered callbacks (a list).
  Ref atexit_callbacks;
  // _thread (modules/thread_module.cpp): its lock types, made on first import.
  struct ThreadModule {
    Type* lock_type = nullptr;
    Type* rlock_type = nullptr;
  } thread_module;
  // binascii (modules/binascii_module.cpp): binascii.Error and Incomplete.
  struct BinasciiState {
    Ref error, incomplete;
  } binascii;
  // zlib (modules/zlib_module.cpp): zlib.error and the stream types.
  struct ZlibState {
    Ref error;
    Type* compress_type = nullptr;
    Type* decompress_type = nullptr;
  } zlib;
  // _csv (modules/csv_module.cpp): its types, _csv.Error, the registered
  // dialects (a dict) and the field size limit.
  struct CsvState {
    Type* dialect_type = nullptr;
    Type* reader_type = nullptr;
    Type* writer_type = nullptr;
    Ref error;
    Ref dialects;
    std::int64_t field_limit = 128 * 1024;
  } csv;
  // unicodedata (modules/unicodedata_module.cpp): the type of ucd_3_2_0.
  Type* unicodedata_ucd_type = nullptr;
  // array (modules/array_module.cpp): array.array and its iterator.
  Type* array_type = nullptr;
  Type* array_iterator_type = nullptr;
  Ref array_reconstructor;  // array._array_reconstructor, for __reduce_ex__
  // _ast: its classes and the operator singletons, a tuple laid out by
  // modules/ast_module.cpp, made when first needed.
  Ref ast_classes;
  // select, pwd, grp, resource, termios, _contextvars (modules/*_module.cpp,
  // the process and OS modules): their types, and the current context.
  struct ProcessModules {
    Type* poll_type = nullptr;
    Type* epoll_type = nullptr;
    Type* passwd_type = nullptr;      // pwd.struct_passwd
    Type* group_type = nullptr;       // grp.struct_group
    Type* rusage_type = nullptr;      // resource.struct_rusage
    Type* context_type = nullptr;     // _contextvars.Context
    Type* context_var_type = nullptr;
    Type* token_type = nullptr;
    Ref token_missing;                // Token.MISSING
    Ref current_context;              // null until first needed
  } proc_modules;
  // The import system beside CPython's importlib (vm/import.cpp) and _imp
  // (modules/imp_module.cpp).
  struct ImportState {
    int lock_depth = 0;           // _imp.acquire_lock's (one thread: a depth)
    bool importtime = false;      // -X importtime
    int importtime_depth = 0;     // its nesting of imports under way
    std::int64_t importtime_accumulated = 0;  // microseconds of nested imports
    bool importtime_header = false;           // its header line printed
    Ref bootstrap;                // importlib._bootstrap, once importlib is set up
    Ref external;                 // importlib._bootstrap_external then
    bool installing = false;      // while importlib installs its finders
    Ref default_meta_path;        // a tuple of what sys.meta_path holds by default
    Ref default_path_hooks;       // the same for sys.path_hooks
  } imports;
  // time (modules/time_module.cpp): time.struct_time, made on first import.
  Type* time_struct_time_type = nullptr;
  // os.register_at_fork's callbacks (modules/posix_module.cpp), lists made
  // when the first is registered, run around os.fork.
  struct ForkCallbacks {
    Ref before, after_in_parent, after_in_child;
  } fork_callbacks;
  // _hashlib and _blake2 (modules/hashlib_module.cpp, blake2_module.cpp):
  // their types, _hashlib.UnsupportedDigestmodError, and the digest name of
  // each openssl_* constructor (the dict behind _hashlib._constructors).
  struct HashlibState {
    Type* hash_type = nullptr;      // _hashlib.HASH
    Type* hash_xof_type = nullptr;  // _hashlib.HASHXOF
    Type* hmac_type = nullptr;      // _hashlib.HMAC
    Type* blake2b_type = nullptr;
    Type* blake2s_type = nullptr;
    Ref unsupported_digestmod_error;
    Ref constructors;
  } hashlib;
  // _bz2 and _lzma (modules/bz2_module.cpp, lzma_module.cpp): their
  // compressor and decompressor types and _lzma.LZMAError.
  struct CompressionState {
    Type* bz2_compressor_type = nullptr;
    Type* bz2_decompressor_type = nullptr;
    Type* lzma_compressor_type = nullptr;
    Type* lzma_decompressor_type = nullptr;
    Ref lzma_error;
  } compression;
  // _socket (modules/socket_module.cpp, modules/socket/): the socket type,
  // socket.herror and socket.gaierror, and setdefaulttimeout()'s timeout in
  // nanoseconds (-1: none, sockets block).
  struct SocketState {
    Type* socket_type = nullptr;
    Ref herror, gaierror;
    std::int64_t default_timeout = -1;
  } socket;

  // An interned str for an identifier: equal names are the same object, so
  // namespace lookups by name usually succeed on the identity compare.
  Value intern(std::string_view utf8);
  // The interned str with this text, or null when there is none (nothing made).
  Value find_interned(std::string_view utf8) const;

  // The pending exception: raising stores it and returns the null Ref, so a
  // failing function can `return interpreter.raise(...)`.
  Ref raise(Type* type, std::string_view message) {
    set_exception(type, message);
    return Ref();
  }
  void set_exception(Type* type, std::string_view message);
  // Makes `exception` (an instance of BaseException) the pending one, its
  // __context__ the exception being handled, as every raise does.
  void raise_object(Ref exception);
  // Makes `exception` pending again as it is (a bare `raise`, a re-raise).
  void restore_exception(Ref exception) { exception_ = std::move(exception); }
  bool has_exception() const { return static_cast<bool>(exception_); }
  Value exception() const { return exception_.get(); }
  Ref take_exception() { return std::move(exception_); }
  // Whether the pending exception is an instance of `type`.
  bool exception_is(const Type* type) const;
  // Reports the pending exception, raised where nothing can receive it (a
  // finalizer, a weak-reference callback), as CPython's default
  // sys.unraisablehook does: "Exception ignored in: <repr of object>" and
  // the traceback on stderr. The VM installs the printer of tracebacks.
  // `where` completes "Exception ignored ...: <object>" (without an object,
  // "Exception ignored <where>:" unless `where` is "in").
  void report_unraisable(Value object, std::string_view where = "in");
  using UnraisablePrinter = void (*)(Interpreter& interpreter, Value exception, Value object, std::string_view where);
  UnraisablePrinter unraisable_printer = nullptr;
  // CPython's PyErr_Display (sys.excepthook's work): the traceback display
  // of `exception` on stderr. Installed by the VM.
  using ExceptionPrinter = void (*)(Interpreter& interpreter, Value exception);
  ExceptionPrinter exception_printer = nullptr;

  // The exception being handled (sys.exception()): the one an `except` or
  // `finally` block caught, or null. Owned. The VM saves the previous one
  // while a handler runs and puts it back when the handler ends.
  Value handled_exception = Value();

  // Float free list (see float_object.cpp).
  FreeList<FloatObject, 1000> free_floats;
  FreeList<ComplexObject, 100> free_complexes;
  FreeList<ListObject, 80> free_lists;          // each keeps its items' buffer
  FreeList<DictObject, 80> free_dicts;          // each keeps its table's buffers
  std::vector<void*> free_set_tables;           // set tables of 32 entries (set_object.cpp)
  FreeList<SliceObject, 4> free_slices;
  static constexpr std::size_t tuple_free_sizes = 20;  // tuples of 1..19 items
  std::array<FreeList<TupleObject, 2000>, tuple_free_sizes> free_tuples;
  Ref empty_tuple;  // the one (), made on first use (tuple_object.cpp)
  // str's caches (see str_object.cpp): recycled storage of small strs by
  // size class, and the one-character strs U+0000..U+00FF, made on first use.
  std::vector<void*> free_strs[4];
  Value latin1_strs[256] = {};

  // Attributes of instances whose layout has no room for them (object_object.h).
  std::unique_ptr<SideAttributes> side_attributes;

  // The containers whose repr is being computed (objects/sequence.cpp), so
  // one met again inside itself prints as [...].
  std::vector<Value> repr_active;

  // The register stack: frames are windows of it (vm/vm.cpp). Zeroed at
  // allocation, which is the "unbound" value of every register.
  Value* register_base() const { return registers_; }
  // One past the highest register any frame's window reached: registers
  // above it were never written (push_frame keeps it), so teardown clears
  // only below it, and the stack's untouched pages stay unmapped.
  Value* register_high_water = nullptr;
  std::size_t register_capacity() const { return register_capacity_; }
  // The Python frames running, innermost last (the VM pushes and pops them;
  // native code calling back into Python starts its window above the last).
  std::vector<Frame> frames;
  // Frame objects (objects/frame_object.h) of running module and class-body
  // frames, to find them again and detach them when the frame ends; a
  // function's frame holds its own in Frame::locals.
  std::vector<FrameObject*> frame_objects;
  // Python frames currently running, checked against the limit for
  // RecursionError.
  int frame_depth = 0;
  int recursion_limit = 1000;
  // The most decimal digits int/str conversions accept (0: no limit;
  // sys.set_int_max_str_digits), as CPython's int_max_str_digits.
  int int_max_str_digits = 4300;
  // How many -O flags: with one or more, assert statements compile to nothing.
  int optimize = 0;
  // -X dev (CPython's development mode): sys.flags.dev_mode, and the
  // "default" warning filter first in sys.warnoptions.
  bool dev_mode = false;
  // The bytecode cache (vm/bytecode_cache.h): --check-hash-based-pycs
  // (0 default, 1 always, 2 never), and -v's level (traces it on stderr).
  int check_hash_based_pycs = 0;
  int verbose = 0;

 private:
  std::vector<Type*> types_;  // the built-in types, freed last
  Object* none_ = nullptr;
  Object* not_implemented_ = nullptr;
  Object* ellipsis_ = nullptr;
  Object* true_ = nullptr;
  Object* false_ = nullptr;
  Ref builtins_;
  InternTable interned_;
  std::uint64_t type_versions_ = 0;
  std::uint64_t keys_versions_ = 0;
  Ref exception_;
  Value* registers_ = nullptr;
  std::size_t register_capacity_ = 0;
  std::unique_ptr<ThreadState> main_thread_state_;

 public:
  // Threads (runtime/thread_state.h), after every other field: the hot
  // ones keep their offsets and cache lines. The GIL (shared with the
  // threads, which may outlive the interpreter), the thread holding it, the
  // main thread (the only one that runs signal handlers), the threads
  // alive, and the request to drop the GIL that the VM's eval-breaker
  // points test.
  std::shared_ptr<Gil> gil;
  ThreadState* current_thread = nullptr;
  ThreadState* main_thread = nullptr;
  std::int64_t thread_count = 1;
  std::atomic<bool> gil_drop_request{false};
  // The stack size of the threads _thread starts (0: the default).
  std::size_t thread_stack_size = 0;
  // Exchanges the per-thread fields (the pending and handled exception, the
  // frames, their frame objects and registers, repr's active containers,
  // the current context) with those saved in `thread`: a thread's own on
  // taking the GIL, back on dropping it.
  void swap_thread_state(ThreadState& thread);
};

// A register stack of `capacity` registers, zeroed, its pages mapped only
// as frames reach them (the interpreter's and each thread's).
Value* map_register_stack(std::size_t capacity);
void unmap_register_stack(Value* registers, std::size_t capacity);

inline Type* type_of(const Interpreter& interpreter, Value value) {
  return value.is_small_int() ? interpreter.int_type : value.as_object()->type;
}

// The collector's allocation (runtime/gc.h), inline: every container passes here.
inline void gc_count_allocation(Interpreter& interpreter) {
  GcGeneration& young = interpreter.gc.generations[0];
  if (++young.count > young.threshold) [[unlikely]]
    collect_if_due(interpreter);
}

inline void gc_track_new(Interpreter& interpreter, GcHeader* header) {
  header->bits = 0;
  gc_list_append(header, &interpreter.gc.generations[0].list);
}

// Memory for a container already counted (gc_count_allocation), tracked.
inline void* gc_new_memory(Interpreter& interpreter, std::size_t size) {
  auto* header = static_cast<GcHeader*>(::operator new(sizeof(GcHeader) + size));
  gc_track_new(interpreter, header);
  return header + 1;
}

// Memory for a container already counted, left untracked (gc_track later).
inline void* gc_new_untracked_memory(std::size_t size) {
  return new (::operator new(sizeof(GcHeader) + size)) GcHeader + 1;
}

inline void* gc_allocate(Interpreter& interpreter, std::size_t size) {
  gc_count_allocation(interpreter);
  return gc_new_memory(interpreter, size);
}

// A container leaving (freed, or kept in a free list): the generation 0
// count goes down, as CPython's.
inline void gc_count_free(Interpreter& interpreter) {
  GcGeneration& young = interpreter.gc.generations[0];
  if (young.count > 0) --young.count;
}

inline void gc_free(Interpreter& interpreter, Object* object) {
  GcHeader* header = gc_header(object);
  if (header->next) gc_list_remove(header);
  gc_count_free(interpreter);
  ::operator delete(header);
}

// A container taken from a free list: counted and tracked as a new one
// (the caller counted it first with gc_count_allocation).
inline void gc_reuse(Interpreter& interpreter, Object* object) { gc_track_new(interpreter, gc_header(object)); }

}  // namespace krait::runtime
