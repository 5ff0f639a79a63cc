// Objects: the iterator of the built-in sequences (tuple_iterator,
// list_iterator, str_iterator): a position in a sequence, read through the
// sequence's SequenceAccess.
#pragma once

#include "objects/sequence.h"

namespace krait::runtime {

// iter(sequence), as an iterator of `type`.
Ref new_sequence_iterator(Interpreter& interpreter, Type* type, Value sequence, const SequenceAccess& access);

void init_iterator_types(Interpreter& interpreter);

}  // namespace krait::runtime
