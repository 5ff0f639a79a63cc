// Objects: descriptors. getset_descriptor (a native getter/setter pair, for
// attributes such as __class__ or __name__), member_descriptor (a __slots__
// member), property, classmethod, staticmethod, and method (a function
// bound to an instance).
#pragma once

#include <cstdint>
#include <initializer_list>

#include "objects/type_object.h"
#include "runtime/object.h"

namespace krait::runtime {

class Interpreter;

using Getter = Ref (*)(Interpreter&, Value self);
using Setter = int (*)(Interpreter&, Value self, Value value);  // value null: delete; 0, or -1: error

struct GetSetDef {
  const char* name;
  Getter get;
  Setter set = nullptr;  // null: read-only
};

// The setter of an attribute CPython declares as a read-only member (T_OBJECT
// READONLY, as slice.start): AttributeError "readonly attribute".
int readonly_member(Interpreter& interpreter, Value self, Value value);

// A getset descriptor for instances of `owner` (borrowed: the descriptor
// lives in its namespace, as member descriptors do).
Ref new_getset_descriptor(Interpreter& interpreter, Type* owner, const GetSetDef& definition);

// Puts getset descriptors into a built-in type's namespace.
void add_getsets(Interpreter& interpreter, Type* type, std::initializer_list<GetSetDef> getsets);

struct MethodObject : Object {
  Ref function;
  Ref self;
};

// A __slots__ member of `owner` stored in attribute slot `index`
// (member_descriptor).
Ref new_member_descriptor(Interpreter& interpreter, Value name, Type* owner, std::uint32_t index);

// classmethod(callable).
Ref new_classmethod(Interpreter& interpreter, Value callable);

// `function` bound to `self` (a method object).
Ref new_method(Interpreter& interpreter, Value function, Value self);

void init_descriptor_types(Interpreter& interpreter);

}  // namespace krait::runtime
