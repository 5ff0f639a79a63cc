// Objects: the built-in functions of the builtins module.
#include "objects/builtins.h"

#include <cstdio>
#include <string>

#include "objects/dict_object.h"
#include "objects/format.h"
#include "objects/function_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// print(*objects): keyword arguments (sep, end, file, flush) come with
// keyword calls.
Ref builtin_print(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string line;
  for (std::size_t i = 0; i < count; ++i) {
    Ref text = str(interpreter, arguments[i]);
    if (!text) return Ref();
    if (i > 0) line += ' ';
    line += str_utf8(text.get());
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
  return interpreter.new_none();
}

Ref builtin_len(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count != 1)
    return interpreter.raise(interpreter.TypeError_type,
                             "len() takes exactly one argument (" + std::to_string(count) + " given)");
  return length(interpreter, arguments[0]);
}

}  // namespace

void add_builtins(Interpreter& interpreter, Value builtins) {
  auto define = [&](const char* name, Value value) { dict_set_str(interpreter, builtins, interpreter.intern(name), value); };
  struct Function {
    const char* name;
    CallSlot function;
  };
  for (const Function& entry : {Function{"print", &builtin_print}, Function{"len", &builtin_len},
                                Function{"format", &builtin_format}}) {
    Ref function = new_builtin_function(interpreter, entry.name, entry.function);
    define(entry.name, function.get());
  }
  for (Type* type : {interpreter.range_type, interpreter.tuple_type, interpreter.list_type, interpreter.object_type,
                     interpreter.type_type, interpreter.property_type, interpreter.classmethod_type,
                     interpreter.staticmethod_type, interpreter.dict_type, interpreter.set_type,
                     interpreter.frozenset_type, interpreter.str_type})
    define(type->name.c_str(), Value::object(type));
#define KRAIT_EXCEPTION_TYPE(Name, Base) define(#Name, Value::object(interpreter.Name##_type));
#include "objects/exception_types.def"
#undef KRAIT_EXCEPTION_TYPE
}

}  // namespace krait::runtime
