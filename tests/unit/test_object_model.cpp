// Unit tests: the object model's internals: the side table holding the
// attributes of instances of built-in subclasses (entered on the first
// store, erased with the object), __slots__ member storage, and slot
// wrappers reaching a built-in type's own slot.
#include <gtest/gtest.h>

#include <string>

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

class ObjectModelTest : public ::testing::Test {
 protected:
  Interpreter interpreter;

  // type(name, bases, namespace), with `slots` as __slots__ when given.
  Ref make_class(const char* name, Type* base, Value slots = Value()) {
    Ref namespace_dict = new_dict(interpreter);
    if (!slots.is_null()) dict_set_str(interpreter, namespace_dict.get(), interpreter.names.dunder_slots, slots);
    const Value base_value = Value::object(base);
    Ref bases = new_tuple(interpreter, std::span<const Value>(&base_value, 1));
    Ref class_name = new_str(interpreter, name);
    const Value arguments[] = {class_name.get(), bases.get(), namespace_dict.get()};
    Ref cls = call(interpreter, Value::object(interpreter.type_type), arguments, 3);
    EXPECT_TRUE(cls);
    return cls;
  }
  std::size_t side_entries() const { return interpreter.side_attributes->table.size(); }
};

TEST_F(ObjectModelTest, SideTableEntryLivesWithItsObject) {
  Ref cls = make_class("MyList", interpreter.list_type);
  const auto* type = static_cast<const Type*>(cls.get().as_object());
  EXPECT_TRUE(type->side_attributes);
  EXPECT_EQ(type->attributes_offset, 0u);
  {
    Ref instance = call(interpreter, cls.get(), nullptr, 0);
    ASSERT_TRUE(instance);
    EXPECT_EQ(attributes_of(instance.get().as_object()), nullptr);  // nothing stored yet
    EXPECT_EQ(side_entries(), 0u);
    Ref value = new_str(interpreter, "value");
    ASSERT_TRUE(set_attribute(interpreter, instance.get(), interpreter.intern("tag"), value.get()));
    EXPECT_EQ(side_entries(), 1u);
    Ref read = get_attribute(interpreter, instance.get(), interpreter.intern("tag"));
    ASSERT_TRUE(read);
    EXPECT_EQ(read.get(), value.get());
    // Kept in dict form: the VM's inline caches know only inline slots.
    EXPECT_TRUE(attributes_of(instance.get().as_object())->dict);
  }
  EXPECT_EQ(side_entries(), 0u);
}

TEST_F(ObjectModelTest, EmptySlotsLeaveNoStorage) {
  Ref empty = new_tuple(interpreter, {});
  Ref cls = make_class("Point", interpreter.tuple_type, empty.get());
  const auto* type = static_cast<const Type*>(cls.get().as_object());
  EXPECT_FALSE(type->side_attributes);
  EXPECT_TRUE(type->slots_only);
  Ref instance = call(interpreter, cls.get(), nullptr, 0);
  ASSERT_TRUE(instance);
  EXPECT_FALSE(set_attribute(interpreter, instance.get(), interpreter.intern("x"), Value::small_int(1)));
  Ref error = interpreter.take_exception();
  EXPECT_EQ(type_of(interpreter, error.get()), interpreter.AttributeError_type);
}

TEST_F(ObjectModelTest, SlotMembersOwnTheFirstAttributeSlots) {
  Ref a = new_str(interpreter, "a");
  Ref b = new_str(interpreter, "b");
  const Value names[] = {b.get(), a.get()};
  Ref slots = new_tuple(interpreter, names);
  Ref cls = make_class("S", interpreter.object_type, slots.get());
  const auto* type = static_cast<const Type*>(cls.get().as_object());
  EXPECT_EQ(type->member_count, 2u);
  Ref sub = make_class("T", static_cast<Type*>(cls.get().as_object()));
  const auto* subtype = static_cast<const Type*>(sub.get().as_object());
  EXPECT_EQ(subtype->member_count, 2u);
  EXPECT_FALSE(subtype->slots_only);
  Ref instance = call(interpreter, sub.get(), nullptr, 0);
  ASSERT_TRUE(instance);
  ASSERT_TRUE(set_attribute(interpreter, instance.get(), interpreter.intern("b"), Value::small_int(2)));
  ASSERT_TRUE(set_attribute(interpreter, instance.get(), interpreter.intern("c"), Value::small_int(3)));
  // Members are sorted: a in slot 0, b in slot 1; other names come after.
  EXPECT_EQ(member_value(instance.get().as_object(), 1), Value::small_int(2));
  EXPECT_EQ(instance_key_slot(subtype, interpreter.intern("c")), 2);
  EXPECT_TRUE(instance_attribute(instance.get().as_object(), interpreter.intern("b")).is_null());
}

TEST_F(ObjectModelTest, SlotWrapperCallsTheOwnersSlot) {
  Ref items = new_list(interpreter, {});
  Ref method = get_attribute(interpreter, Value::object(interpreter.list_type), interpreter.intern("__len__"));
  ASSERT_TRUE(method);
  EXPECT_EQ(type_of(interpreter, method.get()), interpreter.wrapper_descriptor_type);
  const Value self = items.get();
  Ref length = call(interpreter, method.get(), &self, 1);
  ASSERT_TRUE(length);
  EXPECT_EQ(length.get(), Value::small_int(0));
}

}  // namespace
}  // namespace krait::runtime
