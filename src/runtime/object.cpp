// Runtime: freeing an object whose reference count reached zero.
#include "runtime/object.h"

#include "objects/type_object.h"

namespace krait::runtime {

void destroy(Object* object) {
  Type* type = object->type;
  type->deallocate(*type->interpreter, object);
  // An instance of a class held its type.
  if (type->is_heap_type) decref(Value::object(type));
}

}  // namespace krait::runtime
