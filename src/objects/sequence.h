// Objects: what the built-in sequences (str, tuple, list) share: how an item
// or a slice is read, index normalisation, subscripting, lexicographic
// comparison, membership and repr with the recursion guard. Each sequence
// describes itself once as a SequenceAccess and these work from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "objects/slice_object.h"
#include "objects/type_object.h"

namespace krait::runtime {

struct SequenceAccess {
  // As CPython's messages name the sequence: "list", "tuple", "string".
  const char* name;
  // Reread on every step, since a list may change while it is walked.
  std::int64_t (*length)(Value self);
  // Precondition: 0 <= index < length(self).
  Ref (*item)(Interpreter& interpreter, Value self, std::int64_t index);
  Ref (*slice)(Interpreter& interpreter, Value self, const SliceBounds& bounds);
};

// A subscript key as an index (CPython's PyIndex_Check, then
// PyNumber_Index): an int as it is, else what its __index__ returns. Null
// without an exception when the key has no __index__.
Ref subscript_index(Interpreter& interpreter, Value key);

// An int index as a position in a sequence of `length` items (negative ones
// count from the end), or IndexError "`what` index out of range". `key`, if
// given, is what the index came from (named when it does not fit a word).
// Precondition: is_int(index).
[[nodiscard]] bool sequence_index(Interpreter& interpreter, Value index, std::int64_t length, std::string_view what,
                                  std::int64_t& out, Value key = Value());

// self[key] for an int or slice key; other keys are a TypeError.
Ref sequence_subscript(Interpreter& interpreter, Value self, Value key, const SequenceAccess& access);

// Lexicographic comparison of two sequences of the same kind (CPython's
// list_richcompare): the first unequal items decide, else the lengths.
Ref sequence_compare(Interpreter& interpreter, Value left, Value right, CompareOp op, const SequenceAccess& access);

int sequence_contains(Interpreter& interpreter, Value self, Value item, const SequenceAccess& access);

// "[1, 2]" / "(1, 2)" from the items' reprs between `open` and `close`;
// a sequence met again inside itself prints as open + "..." + close.
Ref sequence_repr(Interpreter& interpreter, Value self, std::string_view open, std::string_view close,
                  const SequenceAccess& access);

// A repeat count or index-sized int: OverflowError "cannot fit 'int' into
// an index-sized integer" when it does not fit 64 bits. Precondition: is_int.
[[nodiscard]] bool index_sized(Interpreter& interpreter, Value value, std::int64_t& out);

// An integer argument (an int, or an object with __index__) as a machine
// integer: TypeError "'str' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C ssize_t".
[[nodiscard]] bool index_argument(Interpreter& interpreter, Value value, std::int64_t& out);

// The same for a C int parameter (flags, tab sizes): OverflowError "Python
// int too large to convert to C int" beyond 32 bits.
[[nodiscard]] bool int_argument(Interpreter& interpreter, Value value, int& out);

// A start or end argument of index(), find(), count() ...: an integer
// (clamped to 64 bits, as CPython clamps slice indices), or None when
// `none_allowed`; TypeError "slice indices must be integers or [None or]
// have an __index__ method" otherwise.
[[nodiscard]] bool slice_index_argument(Interpreter& interpreter, Value value, bool none_allowed, std::int64_t& out);

// Normalises [start, end) against a sequence of `length` items as slicing
// does (negative positions count from the end; then clamped); end may end
// up below start, which selects nothing.
void adjust_range(std::int64_t& start, std::int64_t& end, std::int64_t length);

// The index(value[, start[, stop]]) method of list and tuple, up to its
// result: the first position in [start, stop) (CPython's clamping) whose
// item equals value; -1 when there is none, -2 with an exception pending
// (argument errors name `qualified`, e.g. "list.index").
std::int64_t sequence_index_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                                   Value kwnames, const char* qualified, const SequenceAccess& access);
// How many items equal value; -1 with an exception pending.
std::int64_t sequence_count(Interpreter& interpreter, Value self, Value value, const SequenceAccess& access);

// The items of an iterable as str.join and bytes.join read them (CPython's
// PySequence_Fast): a list or tuple itself, else a new list of its items;
// `items` and `size` are then set. Null with TypeError "can only join an
// iterable" for a non-iterable.
Ref join_items(Interpreter& interpreter, Value iterable, const Value*& items, std::size_t& size);

// How ljust, rjust and center (of str, bytes and bytearray) split `margin`
// (> 0) fill characters around a text padded to `width`. CPython's
// rounding: center's odd one goes left only when the margin and the width
// are both odd.
enum class Justify { Left, Right, Center };
struct Padding {
  std::int64_t left = 0, right = 0;
};
Padding justify_padding(Justify how, std::int64_t margin, std::int64_t width);

// The length of `count` repetitions of `size` items (a count below zero
// repeats nothing), or MemoryError when that is beyond any memory.
[[nodiscard]] bool repeat_size(Interpreter& interpreter, std::int64_t size, std::int64_t count, std::int64_t& out);

}  // namespace krait::runtime
