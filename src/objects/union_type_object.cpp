// Objects: types.UnionType (see union_type_object.h), after CPython's
// Objects/unionobject.c without type variables.
#include "objects/union_type_object.h"

#include <string>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/generic_alias_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/gc.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

struct UnionType : Object {
  Ref args;  // a tuple of at least two distinct members
};

UnionType* as_union(Value value) { return static_cast<UnionType*>(value.as_object()); }

// What may take part in a union: None, classes, aliases and unions.
bool is_unionable(const Interpreter& interpreter, Value value) {
  return value == interpreter.none() || is_type_object(interpreter, value) || is_generic_alias(interpreter, value) ||
         is_union(interpreter, value);
}

// Appends a member unless already there (aliases compare equal, others
// by identity), -1 on error.
int add_member(Interpreter& interpreter, std::vector<Ref>& members, Value member) {
  if (member == interpreter.none()) member = Value::object(interpreter.none_type);
  for (const Ref& present : members) {
    if (present.get() == member) return 0;
    if (is_generic_alias(interpreter, present.get()) && is_generic_alias(interpreter, member)) {
      const int same = equal(interpreter, present.get(), member);
      if (same != 0) return same < 0 ? -1 : 0;
    }
  }
  members.push_back(Ref::borrow(member));
  return 1;
}

int add_members(Interpreter& interpreter, std::vector<Ref>& members, Value operand) {
  if (!is_union(interpreter, operand)) return add_member(interpreter, members, operand);
  const TupleObject* args = as_tuple(union_args(operand));
  for (std::int64_t i = 0; i < args->size; ++i)
    if (add_member(interpreter, members, args->items()[i]) < 0) return -1;
  return 1;
}

Ref union_repr(Interpreter& interpreter, Value self) {
  std::string text;
  const TupleObject* args = as_tuple(union_args(self));
  for (std::int64_t i = 0; i < args->size; ++i) {
    if (i > 0) text += " | ";
    const Value member = args->items()[i];
    if (member == Value::object(interpreter.none_type)) {
      text += "None";
    } else if (!append_type_repr(interpreter, member, text)) {
      return Ref();
    }
  }
  return new_str(interpreter, text);
}

Ref union_args_getter(Interpreter&, Value self) { return Ref::borrow(union_args(self)); }
Ref union_parameters(Interpreter& interpreter, Value) { return new_tuple(interpreter, {}); }

// Unions are equal when they have the same members, in any order.
Ref union_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_union(interpreter, other))
    return Ref::borrow(interpreter.not_implemented());
  const Value frozenset = Value::object(interpreter.frozenset_type);
  const Value mine = union_args(self), theirs = union_args(other);
  Ref a = call(interpreter, frozenset, &mine, 1);
  if (!a) return Ref();
  Ref b = call(interpreter, frozenset, &theirs, 1);
  if (!b) return Ref();
  return compare(interpreter, a.get(), b.get(), op);
}

std::int64_t union_hash(Interpreter& interpreter, Value self) {
  const Value args = union_args(self);
  Ref members = call(interpreter, Value::object(interpreter.frozenset_type), &args, 1);
  if (!members) return -1;
  return hash(interpreter, members.get());
}

Ref union_subscript(Interpreter& interpreter, Value self, Value) {
  Ref text = union_repr(interpreter, self);
  if (!text) return Ref();
  return interpreter.raise(interpreter.TypeError_type, std::string(str_utf8(text.get())) + " is not a generic class");
}

void union_deallocate(Interpreter& interpreter, Object* object) { gc_delete(interpreter, static_cast<UnionType*>(object)); }
void union_traverse(Object* object, const Visitor& visit) { visit(static_cast<UnionType*>(object)->args); }

}  // namespace

bool is_union(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.union_type;
}

Value union_args(Value value) { return as_union(value)->args.get(); }

Ref union_or(Interpreter& interpreter, Value left, Value right) {
  if (!is_unionable(interpreter, left) || !is_unionable(interpreter, right))
    return Ref::borrow(interpreter.not_implemented());
  std::vector<Ref> members;
  if (add_members(interpreter, members, left) < 0 || add_members(interpreter, members, right) < 0) return Ref();
  if (members.size() == 1) return std::move(members[0]);
  std::vector<Value> items;
  for (const Ref& member : members) items.push_back(member.get());
  auto* result = gc_new<UnionType>(interpreter, interpreter.union_type);
  result->args = new_tuple(interpreter, items);
  return Ref::steal(Value::object(result));
}

void init_union_type(Interpreter& interpreter) {
  Type* type = interpreter.union_type;
  type->repr = &union_repr;
  type->compare = &union_compare;
  type->hash = &union_hash;
  type->subscript = &union_subscript;
  type->bitwise_or = &union_or;
  type->deallocate = &union_deallocate;
  type->traverse = &union_traverse;
  add_getsets(interpreter, type, {{"__args__", &union_args_getter, &readonly_member}, {"__parameters__", &union_parameters}});
  // type.__or__ and type.__ror__: int | None.
  interpreter.type_type->bitwise_or = &union_or;
}

}  // namespace krait::runtime
