// Runtime: calling special methods found on an object's type.
#include "runtime/special_methods.h"

#include <vector>

#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {

Ref call_found_special_method(Interpreter& interpreter, Value method, Value object, const Value* arguments,
                              std::size_t count) {
  // Held while it runs: the call may remove it from the type's namespace.
  Ref held = Ref::borrow(method);
  const Type* type = type_of(interpreter, method);
  if (type == interpreter.function_type || type == interpreter.method_descriptor_type) {
    // A plain function takes the object as its first argument, with no
    // bound method made for one call.
    std::vector<Value> with_self(count + 1);
    with_self[0] = object;
    for (std::size_t i = 0; i < count; ++i) with_self[i + 1] = arguments[i];
    return call(interpreter, method, with_self.data(), with_self.size());
  }
  if (type->descriptor_get) {
    Ref bound = type->descriptor_get(interpreter, method, object, Value::object(type_of(interpreter, object)));
    if (!bound) return Ref();
    return call(interpreter, bound.get(), arguments, count);
  }
  return call(interpreter, method, arguments, count);
}

int call_special_method(Interpreter& interpreter, Value object, Value name, const Value* arguments, std::size_t count,
                        Ref& out) {
  const Value method = lookup_special(interpreter, object, name);
  if (method.is_null()) return 0;
  out = call_found_special_method(interpreter, method, object, arguments, count);
  return out ? 1 : -1;
}

}  // namespace krait::runtime
