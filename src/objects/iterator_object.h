// Objects: iterators. The iterator of the built-in sequences
// (tuple_iterator, list_iterator, str_iterator: a position in a sequence,
// read through the sequence's SequenceAccess), list_reverseiterator,
// `iterator` (iteration through __getitem__), callable_iterator
// (iter(f, sentinel)), and the iterator types the builtins name: enumerate,
// zip, map, filter and reversed, each constructed by calling its type.
#pragma once

#include "objects/sequence.h"

namespace krait::runtime {

// tuple_iterator, list_iterator, str_iterator, ... (the VM steps list and
// tuple iterators itself).
struct SequenceIterator : Object {
  Ref sequence;  // null once exhausted
  std::int64_t index = 0;
  const SequenceAccess* access = nullptr;
};

// iter(sequence), as an iterator of `type`.
Ref new_sequence_iterator(Interpreter& interpreter, Type* type, Value sequence, const SequenceAccess& access);

// iter(object) for an object without __iter__ but with __getitem__: items
// 0, 1, 2, ... until IndexError or StopIteration (CPython's seqiter).
Ref new_index_iterator(Interpreter& interpreter, Value sequence);

// reversed(list): an iterator from the last item down (list_reverseiterator).
Ref new_list_reverse_iterator(Interpreter& interpreter, Value list);

// iter(callable, sentinel): calls `callable` until it returns `sentinel`.
Ref new_callable_iterator(Interpreter& interpreter, Value callable, Value sentinel);

// get_iterator (runtime/operations.h), under the name the builtins use.
Ref iterate(Interpreter& interpreter, Value iterable);

// The next item of an iterator; a null Ref without an exception pending
// when it is exhausted, which includes its raising StopIteration.
Ref next_item(Interpreter& interpreter, Value iterator);

void init_iterator_types(Interpreter& interpreter);

}  // namespace krait::runtime
