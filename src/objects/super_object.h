// Objects: super. super(type, obj) looks attributes up along the MRO of
// obj's class, starting after `type`, and binds what it finds to obj;
// super() finds `type` and obj in the running method's frame.
#pragma once

namespace krait::runtime {

class Interpreter;

void init_super_type(Interpreter& interpreter);

}  // namespace krait::runtime
