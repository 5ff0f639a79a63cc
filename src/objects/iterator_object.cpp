// Objects: the sequence iterator types: each step reads item `index` of the
// sequence through its SequenceAccess, rechecking the length, and the
// sequence is released once exhausted (as CPython's list and tuple
// iterators do).
#include "objects/iterator_object.h"

#include "runtime/interpreter.h"

namespace krait::runtime {
namespace {

struct SequenceIterator : Object {
  Ref sequence;  // null once exhausted
  std::int64_t index = 0;
  const SequenceAccess* access = nullptr;
};

Ref iterator_iter(Interpreter&, Value self) { return Ref::borrow(self); }

Ref iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<SequenceIterator*>(self.as_object());
  if (!iterator->sequence) return Ref();
  if (iterator->index >= iterator->access->length(iterator->sequence.get())) {
    iterator->sequence = Ref();
    return Ref();
  }
  return iterator->access->item(interpreter, iterator->sequence.get(), iterator->index++);
}

void iterator_deallocate(Interpreter&, Object* object) { delete static_cast<SequenceIterator*>(object); }

}  // namespace

Ref new_sequence_iterator(Interpreter&, Type* type, Value sequence, const SequenceAccess& access) {
  auto* iterator = new SequenceIterator;
  iterator->type = type;
  iterator->sequence = Ref::borrow(sequence);
  iterator->access = &access;
  return Ref::steal(Value::object(iterator));
}

void init_iterator_types(Interpreter& interpreter) {
  for (Type* type : {interpreter.tuple_iterator_type, interpreter.list_iterator_type, interpreter.str_iterator_type}) {
    type->iter = &iterator_iter;
    type->next = &iterator_next;
    type->deallocate = &iterator_deallocate;
  }
}

}  // namespace krait::runtime
