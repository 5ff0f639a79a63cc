// Runtime: freeing an object whose reference count reached zero.
#include "runtime/object.h"

#include "objects/type_object.h"
#include "runtime/gc.h"

namespace krait::runtime {

void destroy(Object* object) {
  Type* type = object->type;
  // Containers and objects with a finalizer (__del__) have work to do first
  // (runtime/gc.h); ints, floats and strs go straight to their deallocator.
  if (type->traverse || type->finalize) {
    GcHeader* header = nullptr;
    if (!type->finalize && !(header = gc_header(object))->has(GcHeader::weakly_referenced)) {
      // The common container: only off the collector's list.
      if (header->next) gc_list_remove(header);
    } else if (!prepare_destroy(object)) {
      return;  // resurrected by its finalizer
    }
    type = object->type;
  }
  type->deallocate(*type->interpreter, object);
  // An instance of a class held its type.
  if (type->is_heap_type) decref(Value::object(type));
}

}  // namespace krait::runtime
