// Native modules: OS argument helpers (see os_arguments.h).
#include "modules/os_arguments.h"

#include <cstring>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::modules {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

bool encode_path_text(Interpreter& interpreter, Value text, std::string& out) {
  if (runtime::as_str(text)->ascii) {
    out = runtime::str_utf8(text);
    return true;
  }
  Ref encoded = runtime::encode_text(interpreter, text, "utf-8", "surrogateescape");
  if (!encoded) return false;
  out = runtime::as_bytes(encoded.get())->view();
  return true;
}

Ref decode_path(Interpreter& interpreter, std::string_view native, bool bytes) {
  if (bytes) return runtime::new_bytes(interpreter, native);
  return runtime::decode_bytes(interpreter, native, "utf-8", "surrogateescape");
}

bool fspath_result(Interpreter& interpreter, Value value, Ref& holder, Value& named) {
  named = value;
  if (runtime::is_str(interpreter, value) || runtime::is_bytes(interpreter, value)) return true;
  const Value fspath = runtime::lookup_special(interpreter, value, interpreter.intern("__fspath__"));
  if (fspath.is_null()) {
    named = Value();
    return true;
  }
  holder = runtime::call(interpreter, fspath, &value, 1);
  if (!holder) return false;
  named = holder.get();
  if (runtime::is_str(interpreter, named) || runtime::is_bytes(interpreter, named)) return true;
  interpreter.set_exception(interpreter.TypeError_type, "expected " + runtime::type_of(interpreter, value)->name +
                                                            ".__fspath__() to return str or bytes, not " +
                                                            runtime::type_of(interpreter, named)->name);
  return false;
}

Ref os_fspath(Interpreter& interpreter, Value value) {
  Ref holder;
  Value named;
  if (!fspath_result(interpreter, value, holder, named)) return Ref();
  if (named.is_null())
    return interpreter.raise(interpreter.TypeError_type, "expected str, bytes or os.PathLike object, not " +
                                                             runtime::type_of(interpreter, value)->name);
  return holder ? std::move(holder) : Ref::borrow(named);
}

bool filesystem_bytes(Interpreter& interpreter, Value value, std::string& out) {
  Ref path = os_fspath(interpreter, value);
  if (!path) return false;
  const Value named = path.get();
  if (runtime::is_str(interpreter, named)) {
    if (!encode_path_text(interpreter, named, out)) return false;
  } else {
    out = runtime::as_bytes(named)->view();
  }
  if (out.find('\0') != std::string::npos) {
    interpreter.set_exception(interpreter.ValueError_type, "embedded null byte");
    return false;
  }
  return true;
}

bool file_descriptor_argument(Interpreter& interpreter, Value value, int& out) {
  Ref returned;
  if (!runtime::is_int(interpreter, value)) {
    Ref fileno;
    const int found = runtime::lookup_attribute(interpreter, value, interpreter.intern("fileno"), fileno);
    if (found < 0) return false;
    if (found == 0) {
      interpreter.set_exception(interpreter.TypeError_type, "argument must be an int, or have a fileno() method.");
      return false;
    }
    returned = runtime::call(interpreter, fileno.get(), nullptr, 0);
    if (!returned) return false;
    if (!runtime::is_int(interpreter, returned.get())) {
      interpreter.set_exception(interpreter.TypeError_type, "fileno() returned a non-integer");
      return false;
    }
    value = returned.get();
  }
  if (!runtime::int_argument(interpreter, value, out)) return false;
  if (out < 0) {
    interpreter.set_exception(interpreter.ValueError_type,
                              "file descriptor cannot be a negative integer (" + std::to_string(out) + ")");
    return false;
  }
  return true;
}

bool id_argument(Interpreter& interpreter, Value value, const char* kind, unsigned& out) {
  if (!runtime::is_int(interpreter, value) &&
      runtime::lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(kind) + " should be integer, not " +
                                                              runtime::type_of(interpreter, value)->name);
    return false;
  }
  Ref number = runtime::number_index(interpreter, value);
  if (!number) return false;
  std::int64_t wide = 0;
  const bool fits = runtime::int_to_int64(interpreter, number.get(), wide);
  if (fits && wide == -1) {
    out = static_cast<unsigned>(-1);
    return true;
  }
  if (!fits || wide < 0 || wide >= 0xFFFFFFFFLL) {
    const bool low = runtime::int_sign(interpreter, number.get()) < 0;
    interpreter.set_exception(interpreter.OverflowError_type,
                              std::string(kind) + (low ? " is less than minimum" : " is greater than maximum"));
    return false;
  }
  out = static_cast<unsigned>(wide);
  return true;
}

Ref errno_error(Interpreter& interpreter) {
  if (interpreter.has_exception()) return Ref();
  return runtime::raise_os_error(interpreter, errno);
}

Ref new_exception_class(Interpreter& interpreter, std::string_view module, std::string_view name, runtime::Type* base) {
  const Value base_value = Value::object(base);
  Ref name_text = runtime::new_str(interpreter, name);
  Ref bases = runtime::new_tuple(interpreter, {&base_value, 1});
  Ref namespace_dict = runtime::new_dict(interpreter);
  Ref module_name = runtime::new_str(interpreter, module);
  runtime::dict_set_str(interpreter, namespace_dict.get(), interpreter.names.dunder_module, module_name.get());
  const Value arguments[] = {name_text.get(), bases.get(), namespace_dict.get()};
  return runtime::call(interpreter, Value::object(interpreter.type_type), arguments, 3);
}

Ref raise_errno_as(Interpreter& interpreter, Value type) {
  if (interpreter.has_exception()) return Ref();
  const int error = errno;
  return raise_error_as(interpreter, type, error, std::strerror(error));
}

Ref raise_error_as(Interpreter& interpreter, Value type, int code, std::string_view text) {
  Ref message = runtime::new_str(interpreter, text);
  const Value arguments[] = {Value::small_int(code), message.get()};
  Ref exception = runtime::call(interpreter, type, arguments, 2);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

void add_int_constants(Interpreter& interpreter, Value module, std::span<const IntConstant> constants) {
  for (const IntConstant& constant : constants) {
    Ref value = runtime::new_int(interpreter, constant.value);
    runtime::module_set(interpreter, module, constant.name, value.get());
  }
}

Ref raise_key_error_text(Interpreter& interpreter, std::string_view message) {
  Ref text = runtime::new_str(interpreter, message);
  return runtime::raise_key_error(interpreter, text.get());
}

}  // namespace krait::modules
