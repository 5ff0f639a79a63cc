// Objects: mappingproxy (see mappingproxy_object.h), after CPython's
// Objects/descrobject.c mappingproxy_*.
#include "objects/mappingproxy_object.h"

#include <string>

#include "objects/dict_object.h"
#include "objects/hash.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct MappingProxy : Object {
  Ref mapping;
};

Value mapping_of(Value self) { return static_cast<MappingProxy*>(self.as_object())->mapping.get(); }

// mappingproxy(mapping): anything subscriptable but a list or tuple (CPython's
// mappingproxy_check_mapping).
Ref mappingproxy_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value mapping;
  if (!bind_arguments(interpreter, {"mappingproxy", {"mapping"}, 0, 0, 1}, arguments, count, kwnames, &mapping))
    return Ref();
  const Type* type = type_of(interpreter, mapping);
  if (!type->subscript || is_subtype(type, interpreter.list_type) || is_subtype(type, interpreter.tuple_type))
    return interpreter.raise(interpreter.TypeError_type, "mappingproxy() argument must be a mapping, not " +
                                                             std::string(type_name(interpreter, mapping)));
  return new_mappingproxy(interpreter, mapping);
}

Ref mappingproxy_repr(Interpreter& interpreter, Value self) {
  Ref inner = repr(interpreter, mapping_of(self));
  if (!inner) return Ref();
  return new_str(interpreter, "mappingproxy(" + std::string(str_utf8(inner.get())) + ")");
}

Ref mappingproxy_str(Interpreter& interpreter, Value self) { return str(interpreter, mapping_of(self)); }
Ref mappingproxy_length(Interpreter& interpreter, Value self) { return length(interpreter, mapping_of(self)); }
Ref mappingproxy_iter(Interpreter& interpreter, Value self) { return get_iterator(interpreter, mapping_of(self)); }
Ref mappingproxy_subscript(Interpreter& interpreter, Value self, Value key) {
  return get_item(interpreter, mapping_of(self), key);
}
int mappingproxy_contains(Interpreter& interpreter, Value self, Value item) {
  return contains(interpreter, mapping_of(self), item);
}
Ref mappingproxy_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  return compare(interpreter, mapping_of(self), other, op);
}

// proxy | other and other | proxy: the mapping's |.
Ref mappingproxy_or(Interpreter& interpreter, Value left, Value right) {
  const Type* type = interpreter.mappingproxy_type;
  const Value a = type_of(interpreter, left) == type ? mapping_of(left) : left;
  const Value b = type_of(interpreter, right) == type ? mapping_of(right) : right;
  return binary_operation(interpreter, BinaryOperator::OR, a, b, false);
}

Ref mappingproxy_inplace_or(Interpreter& interpreter, Value, Value) {
  return interpreter.raise(interpreter.TypeError_type, "'|=' is not supported by mappingproxy; use '|' instead");
}

// get, keys, values, items, copy and __reversed__: the mapping's methods.
template <const char* name>
Ref forward_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, name, kwnames)) return Ref();
  return call_method(interpreter, mapping_of(self), interpreter.intern(name), arguments, count);
}
constexpr char get_name[] = "get", keys_name[] = "keys", values_name[] = "values", items_name[] = "items",
               copy_name[] = "copy";

Ref mappingproxy_reversed(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "mappingproxy.__reversed__", count, kwnames)) return Ref();
  const Value function = dict_get_str(interpreter.builtins(), interpreter.intern("reversed"));
  const Value mapping = mapping_of(self);
  return call(interpreter, function, &mapping, 1);
}

void mappingproxy_deallocate(Interpreter& interpreter, Object* object) {
  gc_delete(interpreter, static_cast<MappingProxy*>(object));
}
void mappingproxy_traverse(Object* object, const Visitor& visit) { visit(static_cast<MappingProxy*>(object)->mapping); }

}  // namespace

Ref new_mappingproxy(Interpreter& interpreter, Value mapping) {
  auto* proxy = gc_new<MappingProxy>(interpreter, interpreter.mappingproxy_type);
  proxy->mapping = Ref::borrow(mapping);
  return Ref::steal(Value::object(proxy));
}

void init_mappingproxy_type(Interpreter& interpreter) {
  Type* type = interpreter.mappingproxy_type;
  type->construct = &mappingproxy_construct;
  type->repr = &mappingproxy_repr;
  type->str = &mappingproxy_str;
  type->length = &mappingproxy_length;
  type->iter = &mappingproxy_iter;
  type->subscript = &mappingproxy_subscript;
  type->contains = &mappingproxy_contains;
  type->compare = &mappingproxy_compare;
  type->bitwise_or = &mappingproxy_or;
  type->inplace_bitwise_or = &mappingproxy_inplace_or;
  type->hash = &hash_not_implemented;
  type->deallocate = &mappingproxy_deallocate;
  type->traverse = &mappingproxy_traverse;
  add_methods(interpreter, type,
              {{"get", &forward_method<get_name>},
               {"keys", &forward_method<keys_name>},
               {"values", &forward_method<values_name>},
               {"items", &forward_method<items_name>},
               {"copy", &forward_method<copy_name>},
               {"__reversed__", &mappingproxy_reversed}});
}

}  // namespace krait::runtime
