// Objects: the Type struct (a type's name, base, version tag and its table of
// special-method slots) and the type queries every stage uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

// Rich comparison operators, in CPython's Py_LT..Py_GE order.
enum class CompareOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

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
using CallSlot = Ref (*)(Interpreter&, Value callee, const Value* arguments, std::size_t count);
using ContainsSlot = int (*)(Interpreter&, Value self, Value item);  // 1, 0, or -1: error
using AssignSubscriptSlot = int (*)(Interpreter&, Value self, Value key, Value value);  // 0, or -1: error
using RepeatSlot = Ref (*)(Interpreter&, Value self, std::int64_t count);
using HashSlot = std::int64_t (*)(Interpreter&, Value self);  // -1: error
using TruthSlot = int (*)(Interpreter&, Value self);          // 1, 0, or -1: error
using Deallocator = void (*)(Interpreter&, Object* object);

struct Type : Object {
  // The interpreter that created the type: how destroy() reaches the
  // per-interpreter state (free lists) without any global.
  Interpreter* interpreter = nullptr;
  std::string name;
  Type* base = nullptr;
  // Bumped whenever the type's behaviour changes, so inline caches keyed by
  // it stay valid exactly as long as what they cached.
  std::uint64_t version = 0;
  Deallocator deallocate = nullptr;
#define KRAIT_TYPE_SLOT(field, dunder, signature) signature field = nullptr;
#include "objects/type_slots.def"
#undef KRAIT_TYPE_SLOT
};

// Copies every slot the type leaves empty from its base (single inheritance).
void inherit_slots(Type& type);

bool is_subtype(const Type* type, const Type* base);

// The type of any value, small ints included.
Type* type_of(const Interpreter& interpreter, Value value);

// type.__repr__: "<class 'int'>".
Ref type_repr(Interpreter& interpreter, Value self);

void init_type_type(Interpreter& interpreter);

}  // namespace krait::runtime
