// Objects: the Type struct (a type's name, base, version tag and its table of
// special-method slots) and the type queries every stage uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/gc.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// Rich comparison operators, in CPython's Py_LT..Py_GE order.
enum class CompareOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// `a OP b` for ordered C++ values (NaN makes all but != false, as in C++).
template <class T>
constexpr bool compare_ordered(T a, T b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

enum class BinaryOperator : std::uint8_t {
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) Name,
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
};

// Slot signatures. Every slot returns a null Ref (or -1) with an exception
// pending on failure; `next` returns a null Ref with no exception pending
// when the iterator is exhausted (as CPython's tp_iternext).
using UnarySlot = Ref (*)(Interpreter&, Value self);
using BinarySlot = Ref (*)(Interpreter&, Value left, Value right);
using CompareSlot = Ref (*)(Interpreter&, Value left, Value right, CompareOp op);
// The calling convention (CPython's vectorcall): `count` positional
// arguments, then one value per name of `kwnames`, a tuple of strs, or the
// null Value when the call passes no keywords.
using CallSlot = Ref (*)(Interpreter&, Value callee, const Value* arguments, std::size_t count, Value kwnames);
// A native function or method: `self` is the bound object (the instance for
// a method, null for a plain builtin), then the CallSlot arguments.
using NativeFunction = Ref (*)(Interpreter&, Value self, const Value* arguments, std::size_t count, Value kwnames);
// Attribute access (name: a str). get_attribute raises AttributeError when
// the attribute is missing; set_attribute deletes when `value` is null.
using GetAttributeSlot = Ref (*)(Interpreter&, Value self, Value name);
using SetAttributeSlot = int (*)(Interpreter&, Value self, Value name, Value value);  // 0, or -1: error
// The descriptor protocol: __get__ (instance null for access through the
// class) and __set__/__delete__ (value null).
using DescriptorGetSlot = Ref (*)(Interpreter&, Value self, Value instance, Value owner);
using DescriptorSetSlot = int (*)(Interpreter&, Value self, Value instance, Value value);  // 0, or -1: error
using ContainsSlot = int (*)(Interpreter&, Value self, Value item);  // 1, 0, or -1: error
using AssignSubscriptSlot = int (*)(Interpreter&, Value self, Value key, Value value);  // 0, or -1: error
using RepeatSlot = Ref (*)(Interpreter&, Value self, std::int64_t count);
using HashSlot = std::int64_t (*)(Interpreter&, Value self);  // -1: error
using TruthSlot = int (*)(Interpreter&, Value self);          // 1, 0, or -1: error
using Deallocator = void (*)(Interpreter&, Object* object);
class ItemSink;
using DrainSlot = bool (*)(Interpreter&, Value self, ItemSink& sink);  // false: error

// The slots, numbered in type_slots.def order.
enum class SlotId : std::uint8_t {
#define KRAIT_TYPE_SLOT(field, dunder, signature) field,
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
};
#define KRAIT_TYPE_SLOT(field, dunder, signature) +1
constexpr int slot_count = 0
#include "objects/type_slots.def"
    ;
#undef KRAIT_TYPE_SLOT

// CPython's tp_flags bits, as type.__flags__ reports them (copyreg tests
// HEAPTYPE, typing and inspect ABSTRACT, match SEQUENCE and MAPPING).
namespace type_flag {
inline constexpr std::uint64_t managed_dict = 1ULL << 4;
inline constexpr std::uint64_t sequence = 1ULL << 5;  // a subject of match's sequence patterns
inline constexpr std::uint64_t mapping = 1ULL << 6;   // a subject of match's mapping patterns
inline constexpr std::uint64_t immutable = 1ULL << 8;
inline constexpr std::uint64_t heap_type = 1ULL << 9;
inline constexpr std::uint64_t base_type = 1ULL << 10;
inline constexpr std::uint64_t ready = 1ULL << 12;
inline constexpr std::uint64_t have_gc = 1ULL << 14;
inline constexpr std::uint64_t valid_version_tag = 1ULL << 19;
inline constexpr std::uint64_t is_abstract = 1ULL << 20;
inline constexpr std::uint64_t match_self = 1ULL << 22;  // a class pattern's one positional matches the subject
inline constexpr std::uint64_t long_subclass = 1ULL << 24;
inline constexpr std::uint64_t list_subclass = 1ULL << 25;
inline constexpr std::uint64_t tuple_subclass = 1ULL << 26;
inline constexpr std::uint64_t bytes_subclass = 1ULL << 27;
inline constexpr std::uint64_t unicode_subclass = 1ULL << 28;
inline constexpr std::uint64_t dict_subclass = 1ULL << 29;
inline constexpr std::uint64_t base_exception_subclass = 1ULL << 30;
inline constexpr std::uint64_t type_subclass = 1ULL << 31;
// The flags a type keeps itself (Type::pattern_flags); the others follow
// from its other fields.
inline constexpr std::uint64_t pattern_flags = sequence | mapping | match_self;
}  // namespace type_flag

// A native method of a built-in type, as add_methods() installs it.
struct MethodDef {
  const char* name;
  NativeFunction function;
};

struct Type : Object {
  // The interpreter that created the type: how destroy() reaches the
  // per-interpreter state (free lists) without any global.
  Interpreter* interpreter = nullptr;
  std::string name;
  std::string qualname;  // a class's __qualname__ when it differs from its name
  // The base whose instance layout this type extends (CPython's tp_base).
  Type* base = nullptr;
  // The namespace (a dict): methods, descriptors, class attributes.
  Ref dict;
  // __mro__: the type itself first, then its C3 linearisation. Entries
  // other than the first are owned references.
  std::vector<Type*> mro;
  Ref bases;  // __bases__, a tuple
  // Types deriving from this one (borrowed), so a change here can reach
  // their versions.
  std::vector<Type*> subclasses;
  // A fresh value from the interpreter's counter whenever the type's
  // namespace or one of its bases' changes, so inline caches keyed by it
  // stay valid exactly as long as what they cached.
  std::uint64_t version = 0;
  bool is_heap_type = false;  // created by a class statement (refcounted, mutable)
  // Classes may derive from it (CPython's Py_TPFLAGS_BASETYPE): every class,
  // and the built-in types init_type_type lists.
  bool subclassable = false;
  // Where an instance keeps its attributes (an Attributes, object_object.h),
  // as a byte offset into the instance; 0 when instances have none.
  std::size_t attributes_offset = 0;
  // Instances keep their attributes in the interpreter's side table
  // (classes deriving from a built-in type other than object; see
  // object_object.h). attributes_offset is 0 then.
  bool side_attributes = false;
  // Instances store only __slots__ members: no __dict__.
  bool slots_only = false;
  // __abstractmethods__ was set to a true value: instances cannot be made
  // (CPython's Py_TPFLAGS_IS_ABSTRACT).
  bool is_abstract = false;
  // __slots__ members (this class's and its bases') own the first
  // member_count attribute slots of every instance.
  std::uint32_t member_count = 0;
  // The slots of instance attribute names (a dict: str -> int, from
  // member_count on), shared by every instance; adding a name renews
  // `version`.
  Ref instance_keys;
  Deallocator deallocate = nullptr;
  // The cycle collector's slots (runtime/gc.h): a type with `traverse` is a
  // container, whose objects carry a GcHeader; `finalize` is __del__.
  TraverseSlot traverse = nullptr;
  ClearSlot clear = nullptr;
  FinalizeSlot finalize = nullptr;
  // Its instances can be weakly referenced (CPython's tp_weaklistoffset).
  bool weakrefable = false;
  // type_flag::sequence, mapping and match_self: how match patterns treat
  // instances. A class takes its base's; _abc sets sequence or mapping
  // when a class registers with collections.abc.Sequence or Mapping.
  std::uint64_t pattern_flags = 0;
  // The instance layout as __basicsize__ and __itemsize__ report it: the
  // fixed part in bytes and, for variable-size objects (int, tuple, bytes),
  // one item's size (a class cannot add __slots__ to those). Krait's own
  // numbers, not CPython's; 0 until set or inherited from the base.
  std::uint32_t basic_size = 0;
  std::uint32_t item_size = 0;
  // An iterator's own way to feed all its items to a native consumer
  // (runtime::for_each_item), faster than one __next__ per item:
  // generators run their frame once for many items.
  DrainSlot drain = nullptr;
#define KRAIT_TYPE_SLOT(field, dunder, signature) signature field = nullptr;
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
};

// Puts native methods into a built-in type's namespace (as method
// descriptors).
void add_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods);
// Class methods: classmethod objects over builtin functions that take the
// class first (dict.fromkeys, int.from_bytes).
void add_class_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods);

// Puts classmethods over native functions into a built-in type's namespace:
// each function receives the class as arguments[0] (count includes it).
void add_class_methods(Interpreter& interpreter, Type* type, std::initializer_list<MethodDef> methods);

// Looks `name` (a str) up along the type's MRO: the value (borrowed), or null.
Value type_lookup(const Type* type, Value name);

// Sets a new object's type; an instance of a class holds a reference to it.
inline void set_object_type(Object* object, Type* type) {
  object->type = type;
  if (type->is_heap_type) ++type->refcount;
}

// Adds (as keys of the dict `names`) the names in the namespaces of the type
// and of its bases, recursively (CPython's merge_class_dict, for dir()).
void add_class_names(Interpreter& interpreter, Value names, const Type* type);

// Copies every slot the type leaves empty from its base (single inheritance).
void inherit_slots(Type& type);

// A built-in type made after the interpreter started (a native module's):
// its namespace and MRO are ready for its slots, methods and getsets; then
// ready_native_type() inherits the rest from `base` and gives it a version.
Type* new_native_type(Interpreter& interpreter, std::string name, Type* base);
void ready_native_type(Interpreter& interpreter, Type* type);

bool is_subtype(const Type* type, const Type* base);

// The most derived of `metatype` and the types of `bases` (a tuple), which
// a new class's type must be; null with TypeError pending when none is
// (CPython's _PyType_CalculateMetaclass).
Type* calculate_metaclass(Interpreter& interpreter, Type* metatype, Value bases);

// The type of any value, small ints included. (Inline, on every dispatch:
// defined in runtime/interpreter.h.)
inline Type* type_of(const Interpreter& interpreter, Value value);

// type.__flags__: the CPython flag bits that hold for the type.
std::uint64_t type_flags(Interpreter& interpreter, const Type* type);

// type.__repr__: "<class 'int'>".
Ref type_repr(Interpreter& interpreter, Value self);

// A class as an uncaught exception's display names it: its __qualname__,
// after "module." unless the module is builtins or __main__.
std::string displayed_type_name(Interpreter& interpreter, const Type* type);

void init_type_type(Interpreter& interpreter);

}  // namespace krait::runtime
