// Runtime: freeing an object whose reference count reached zero.
#include "runtime/object.h"

#include "objects/type_object.h"

namespace krait::runtime {

void destroy(Object* object) { object->type->deallocate(*object->type->interpreter, object); }

}  // namespace krait::runtime
