// Objects: mappingproxy (see mappingproxy_object.h): every operation but
// changes is the mapping's own.
#include "objects/mappingproxy_object.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/hash.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Value mapping_of(Value self) { return static_cast<MappingProxyObject*>(self.as_object())->mapping.get(); }

Ref proxy_repr(Interpreter& interpreter, Value self) {
  Ref text = repr(interpreter, mapping_of(self));
  if (!text) return text;
  return new_str(interpreter, "mappingproxy(" + std::string(str_utf8(text.get())) + ")");
}
Ref proxy_str(Interpreter& interpreter, Value self) { return str(interpreter, mapping_of(self)); }
Ref proxy_subscript(Interpreter& interpreter, Value self, Value key) { return get_item(interpreter, mapping_of(self), key); }
Ref proxy_length(Interpreter& interpreter, Value self) { return length(interpreter, mapping_of(self)); }
Ref proxy_iter(Interpreter& interpreter, Value self) { return get_iterator(interpreter, mapping_of(self)); }
int proxy_contains(Interpreter& interpreter, Value self, Value key) { return contains(interpreter, mapping_of(self), key); }
Ref proxy_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  return compare(interpreter, mapping_of(self), other, op);
}

// proxy | other is mapping | other; |= would change the mapping.
Ref proxy_or(Interpreter& interpreter, Value left, Value right) {
  const Type* proxy = interpreter.mappingproxy_type;
  return binary_operation(interpreter, BinaryOperator::OR, type_of(interpreter, left) == proxy ? mapping_of(left) : left,
                          type_of(interpreter, right) == proxy ? mapping_of(right) : right, false);
}
Ref proxy_inplace_or(Interpreter& interpreter, Value, Value) {
  return interpreter.raise(interpreter.TypeError_type, "'|=' is not supported by mappingproxy; use '|' instead");
}

// get, keys, values, items, copy and __reversed__ ask the mapping.
template <const char* name, std::size_t minimum, std::size_t maximum>
Ref forward(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, name, kwnames) || !check_positional(interpreter, name, count, minimum, maximum))
    return Ref();
  return call_method(interpreter, mapping_of(self), interpreter.intern(name), arguments, count);
}
constexpr char get_name[] = "get", keys_name[] = "keys", values_name[] = "values", items_name[] = "items",
               copy_name[] = "copy", reversed_name[] = "__reversed__";

// mappingproxy(mapping): any mapping but a list or tuple.
Ref proxy_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value mapping;
  if (!bind_arguments(interpreter, {"mappingproxy", {"mapping"}, 0, 0, 1}, arguments, count, kwnames, &mapping))
    return Ref();
  const Type* type = type_of(interpreter, mapping);
  if (!type->subscript || is_subtype(type, interpreter.list_type) || is_subtype(type, interpreter.tuple_type))
    return interpreter.raise(interpreter.TypeError_type,
                             "mappingproxy() argument must be a mapping, not " + std::string(type->name));
  return new_mappingproxy(interpreter, mapping);
}

void proxy_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<MappingProxyObject*>(object));
}
void proxy_traverse(Object* object, const Visitor& visit) { visit(static_cast<MappingProxyObject*>(object)->mapping.get()); }

}  // namespace

Ref new_mappingproxy(Interpreter& interpreter, Value mapping) {
  auto* proxy = gc_new<MappingProxyObject>(interpreter, interpreter.mappingproxy_type);
  proxy->mapping = Ref::borrow(mapping);
  return Ref::steal(Value::object(proxy));
}

void init_mappingproxy_type(Interpreter& interpreter) {
  Type* type = interpreter.mappingproxy_type;
  type->repr = &proxy_repr;
  type->str = &proxy_str;
  type->subscript = &proxy_subscript;
  type->length = &proxy_length;
  type->iter = &proxy_iter;
  type->contains = &proxy_contains;
  type->compare = &proxy_compare;
  type->bitwise_or = &proxy_or;
  type->inplace_bitwise_or = &proxy_inplace_or;
  type->hash = &hash_not_implemented;
  type->construct = &proxy_construct;
  type->deallocate = &proxy_deallocate;
  type->traverse = &proxy_traverse;
  add_methods(interpreter, type,
              {{"get", &forward<get_name, 1, 2>},
               {"keys", &forward<keys_name, 0, 0>},
               {"values", &forward<values_name, 0, 0>},
               {"items", &forward<items_name, 0, 0>},
               {"copy", &forward<copy_name, 0, 0>},
               {"__reversed__", &forward<reversed_name, 0, 0>}});
}

}  // namespace krait::runtime
