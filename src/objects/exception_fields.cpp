// Objects: the fields of SyntaxError, ImportError, NameError,
// AttributeError, OSError and the UnicodeErrors (see exception_fields.h).
// All keep them in ExceptionObject::fields, a list read by index; a null
// entry reads as None.
#include "objects/exception_fields.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/object_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

enum SyntaxField { syntax_msg, syntax_filename, syntax_lineno, syntax_offset, syntax_text, syntax_end_lineno,
                   syntax_end_offset, syntax_print_file_and_line, syntax_field_count };
enum ImportField { import_msg, import_name, import_path, import_field_count };
// NameError's globals are the namespace the name was missing from, for the
// display's suggestions (not an attribute).
enum NameField { name_name, name_field_count };
enum AttributeField { attribute_name, attribute_obj, attribute_field_count };
enum OsField { os_errno, os_strerror, os_filename, os_filename2, os_characters_written, os_field_count };
// UnicodeTranslateError has no encoding: it stays None.
enum UnicodeField { unicode_encoding, unicode_object, unicode_start, unicode_end, unicode_reason, unicode_field_count };

// The exception's fields, made (all None) on first use.
ListObject* fields_of(Interpreter& interpreter, Value self, std::size_t count) {
  ExceptionObject* exception = as_exception(self);
  if (!exception->fields) {
    exception->fields = new_list(interpreter, {});
    for (std::size_t i = 0; i < count; ++i) list_append(exception->fields.get(), interpreter.none());
  }
  return as_list(exception->fields.get());
}

Value field(Interpreter& interpreter, Value self, std::size_t index, std::size_t count) {
  return fields_of(interpreter, self, count)->items[index];
}

void set_field(Interpreter& interpreter, Value self, std::size_t index, std::size_t count, Value value) {
  Value& slot = fields_of(interpreter, self, count)->items[index];
  const Value old = slot;
  slot = value.is_null() ? interpreter.none() : value;
  incref(slot);
  decref(old);
}

// A getset per field: the field's index is the template argument.
template <std::size_t index, std::size_t count>
Ref get_field(Interpreter& interpreter, Value self) {
  return Ref::borrow(field(interpreter, self, index, count));
}
template <std::size_t index, std::size_t count>
int put_field(Interpreter& interpreter, Value self, Value value) {
  set_field(interpreter, self, index, count, value);
  return 0;
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
Ref syntax_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, kwnames)) return Ref();
  if (count >= 1) set_field(interpreter, self, syntax_msg, syntax_field_count, arguments[0]);
  if (count != 2) return interpreter.new_none();
  Ref details = tuple_from_iterable(interpreter, arguments[1]);
  if (!details) return Ref();
  const TupleObject* items = as_tuple(details.get());
  if (items->size < 4 || items->size > 6)
    return interpreter.raise(interpreter.TypeError_type, std::string("function takes ") +
                                                             (items->size < 4 ? "at least 4" : "at most 6") +
                                                             " arguments (" + std::to_string(items->size) + " given)");
  if (items->size == 5)
    return interpreter.raise(interpreter.TypeError_type, "end_offset must be provided when end_lineno is provided");
  for (std::int64_t i = 0; i < items->size; ++i)
    set_field(interpreter, self, syntax_filename + static_cast<std::size_t>(i), syntax_field_count, items->items()[i]);
  return interpreter.new_none();
}

// "msg (file.py, line 3)": the file's base name and the line when known.
Ref syntax_error_str(Interpreter& interpreter, Value self) {
  const Value message = field(interpreter, self, syntax_msg, syntax_field_count);
  const Value filename = field(interpreter, self, syntax_filename, syntax_field_count);
  const Value lineno = field(interpreter, self, syntax_lineno, syntax_field_count);
  Ref text = str(interpreter, message);
  if (!text) return Ref();
  std::string location;
  if (is_str(interpreter, filename)) {
    const std::string_view path = str_utf8(filename);
    location = std::string(path.substr(path.rfind('/') + 1));
  }
  if (type_of(interpreter, lineno) == interpreter.int_type) {
    Ref number = str(interpreter, lineno);
    if (!number) return Ref();
    location += (location.empty() ? "line " : ", line ") + std::string(str_utf8(number.get()));
  }
  if (location.empty()) return text;
  return new_str(interpreter, std::string(str_utf8(text.get())) + " (" + location + ")");
}

// The keyword arguments an exception's __init__ takes besides its
// positional ones (NameError's name=, AttributeError's name= and obj=, and
// ImportError's name= and path=): each one's value into `out` (null when
// not given), TypeError for any other keyword.
bool exception_keywords(Interpreter& interpreter, std::string_view function, const Value* arguments, std::size_t count,
                        Value kwnames, std::initializer_list<std::string_view> names, Value* out) {
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k) {
    const std::string_view text = str_utf8(as_tuple(kwnames)->items()[k]);
    std::size_t index = 0;
    for (const std::string_view name : names) {
      if (name == text) break;
      ++index;
    }
    if (index == names.size()) {
      invalid_keyword(interpreter, function, text);
      return false;
    }
    out[index] = arguments[count + k];
  }
  return true;
}

// ImportError(*args, name=None, path=None): msg is the one argument.
Ref import_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value given[2];
  if (!exception_keywords(interpreter, "ImportError", arguments, count, kwnames, {"name", "path"}, given))
    return Ref();
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, Value())) return Ref();
  set_field(interpreter, self, import_msg, import_field_count, count == 1 ? arguments[0] : Value());
  set_field(interpreter, self, import_name, import_field_count, given[0]);
  set_field(interpreter, self, import_path, import_field_count, given[1]);
  return interpreter.new_none();
}

// The message when it is a str, else BaseException's str.
Ref import_error_str(Interpreter& interpreter, Value self) {
  const Value message = field(interpreter, self, import_msg, import_field_count);
  if (type_of(interpreter, message) == interpreter.str_type) return Ref::borrow(message);
  return interpreter.BaseException_type->str(interpreter, self);
}

// NameError(*args, name=None).
Ref name_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value name;
  if (!exception_keywords(interpreter, "NameError", arguments, count, kwnames, {"name"}, &name)) return Ref();
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, Value())) return Ref();
  set_field(interpreter, self, name_name, name_field_count, name);
  return interpreter.new_none();
}

// AttributeError(*args, name=None, obj=None).
Ref attribute_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  Value given[2];
  if (!exception_keywords(interpreter, "AttributeError", arguments, count, kwnames, {"name", "obj"}, given)) return Ref();
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, Value())) return Ref();
  set_field(interpreter, self, attribute_name, attribute_field_count, given[0]);
  set_field(interpreter, self, attribute_obj, attribute_field_count, given[1]);
  return interpreter.new_none();
}

// The OSError subclass CPython's errnomap gives an errno.
Type* os_error_subclass(Interpreter& interpreter, std::int64_t number) {
  switch (number) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return interpreter.BlockingIOError_type;
    case ECHILD: return interpreter.ChildProcessError_type;
    case EPIPE: case ESHUTDOWN: return interpreter.BrokenPipeError_type;
    case ECONNABORTED: return interpreter.ConnectionAbortedError_type;
    case ECONNREFUSED: return interpreter.ConnectionRefusedError_type;
    case ECONNRESET: return interpreter.ConnectionResetError_type;
    case EEXIST: return interpreter.FileExistsError_type;
    case ENOENT: return interpreter.FileNotFoundError_type;
    case EISDIR: return interpreter.IsADirectoryError_type;
    case ENOTDIR: return interpreter.NotADirectoryError_type;
    case EINTR: return interpreter.InterruptedError_type;
    case EACCES: case EPERM: return interpreter.PermissionError_type;
    case ESRCH: return interpreter.ProcessLookupError_type;
    case ETIMEDOUT: return interpreter.TimeoutError_type;
    default: return interpreter.OSError_type;
  }
}

// OSError(errno, strerror, ...) made as OSError itself becomes the subclass
// its errno names: OSError(2, 'x') is a FileNotFoundError.
Ref os_error_new(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count, Value kwnames) {
  auto* type = static_cast<Type*>(callee.as_object());
  std::int64_t number = 0;
  if (type == interpreter.OSError_type && count >= 2 && count <= 5 && is_int(interpreter, arguments[0]) &&
      int_to_int64(interpreter, arguments[0], number))
    type = os_error_subclass(interpreter, number);
  return new_exception(interpreter, type, new_tuple(interpreter, std::span<const Value>(arguments, count)));
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a
// filename, args keeps only (errno, strerror); BlockingIOError's third
// argument, when an int, is characters_written.
Ref os_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, kwnames)) return Ref();
  if (count < 2 || count > 5) return interpreter.new_none();
  constexpr std::size_t n = os_field_count;
  set_field(interpreter, self, os_errno, n, arguments[0]);
  set_field(interpreter, self, os_strerror, n, arguments[1]);
  if (count < 3 || arguments[2] == interpreter.none()) return interpreter.new_none();
  if (is_subtype(type_of(interpreter, self), interpreter.BlockingIOError_type) && is_int(interpreter, arguments[2])) {
    set_field(interpreter, self, os_characters_written, n, arguments[2]);
    return interpreter.new_none();
  }
  set_field(interpreter, self, os_filename, n, arguments[2]);
  if (count == 5) set_field(interpreter, self, os_filename2, n, arguments[4]);
  as_exception(self)->args = new_tuple(interpreter, std::span<const Value>(arguments, 2));
  return interpreter.new_none();
}

// The exception's __dict__ when it has attributes, else null.
Ref own_attributes(Interpreter& interpreter, Value self) {
  Ref dict = instance_dict(interpreter, self);
  if (dict && as_dict(dict.get())->used == 0) return Ref();
  return dict;
}

// (type, args) or (type, args, state) for exceptions' __reduce__.
Ref exception_reduction(Interpreter& interpreter, Value self, Value args, Value state) {
  const Value type = Value::object(type_of(interpreter, self));
  if (state.is_null()) {
    const Value pair[] = {type, args};
    return new_tuple(interpreter, pair);
  }
  const Value triple[] = {type, args, state};
  return new_tuple(interpreter, triple);
}

// ImportError.__reduce__(): the state carries name= and path= (CPython's
// ImportError_getstate), with the other attributes.
Ref import_error_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "ImportError.__reduce__", count, kwnames)) return Ref();
  Ref state = own_attributes(interpreter, self);
  if (interpreter.has_exception()) return Ref();
  constexpr std::size_t n = import_field_count;
  const Value name = field(interpreter, self, import_name, n), path = field(interpreter, self, import_path, n);
  if (name != interpreter.none() || path != interpreter.none()) {
    state = state ? dict_copy(interpreter, state.get()) : new_dict(interpreter);
    if (name != interpreter.none()) dict_set_str(interpreter, state.get(), interpreter.intern("name"), name);
    if (path != interpreter.none()) dict_set_str(interpreter, state.get(), interpreter.intern("path"), path);
  }
  return exception_reduction(interpreter, self, as_exception(self)->args.get(), state.get());
}

// OSError.__reduce__(): a filename goes back into the arguments, which
// keep only (errno, strerror) when one is given.
Ref os_error_reduce(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "OSError.__reduce__", count, kwnames)) return Ref();
  Ref args = Ref::borrow(as_exception(self)->args.get());
  constexpr std::size_t n = os_field_count;
  const Value filename = field(interpreter, self, os_filename, n), filename2 = field(interpreter, self, os_filename2, n);
  if (as_tuple(args.get())->size == 2 && filename != interpreter.none()) {
    const Value* pair = as_tuple(args.get())->items();
    if (filename2 != interpreter.none()) {
      const Value items[] = {pair[0], pair[1], filename, interpreter.none(), filename2};
      args = new_tuple(interpreter, items);
    } else {
      const Value items[] = {pair[0], pair[1], filename};
      args = new_tuple(interpreter, items);
    }
  }
  Ref state = own_attributes(interpreter, self);
  if (interpreter.has_exception()) return Ref();
  return exception_reduction(interpreter, self, args.get(), state.get());
}

}  // namespace

Ref raise_os_error(Interpreter& interpreter, int error_number, Value filename, Value filename2) {
  Ref message = new_str(interpreter, std::strerror(error_number));
  const Value none = interpreter.none();
  const Value arguments[] = {Value::small_int(error_number), message.get(), filename.is_null() ? none : filename, none,
                             filename2};
  const std::size_t count = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Ref exception = call(interpreter, Value::object(interpreter.OSError_type), arguments, count);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

namespace {

// "[Errno 2] No such file: 'name' -> 'other'", as much as is known.
Ref os_error_str(Interpreter& interpreter, Value self) {
  constexpr std::size_t n = os_field_count;
  const Value number = field(interpreter, self, os_errno, n), message = field(interpreter, self, os_strerror, n);
  const Value filename = field(interpreter, self, os_filename, n), filename2 = field(interpreter, self, os_filename2, n);
  const Value none = interpreter.none();
  if (number == none && message == none) return interpreter.BaseException_type->str(interpreter, self);
  std::string text = "[Errno ";
  for (const Value part : {number, message}) {
    Ref shown = str(interpreter, part);
    if (!shown) return Ref();
    text += str_utf8(shown.get());
    if (part == number) text += "] ";
  }
  if (filename != none) {
    for (const Value name : {filename, filename2}) {
      if (name == none) continue;
      Ref shown = repr(interpreter, name);
      if (!shown) return Ref();
      text += (name == filename ? ": " : " -> ") + std::string(str_utf8(shown.get()));
    }
  }
  return new_str(interpreter, text);
}

// BlockingIOError.characters_written: an AttributeError until set.
Ref get_characters_written(Interpreter& interpreter, Value self) {
  const Value value = field(interpreter, self, os_characters_written, os_field_count);
  if (value == interpreter.none()) return interpreter.raise(interpreter.AttributeError_type, "characters_written");
  return Ref::borrow(value);
}
int put_characters_written(Interpreter& interpreter, Value self, Value value) {
  if (value.is_null() && field(interpreter, self, os_characters_written, os_field_count) == interpreter.none()) {
    interpreter.set_exception(interpreter.AttributeError_type, "characters_written");
    return -1;
  }
  if (!value.is_null()) {
    Ref number = number_index(interpreter, value);
    if (!number) return -1;
  }
  set_field(interpreter, self, os_characters_written, os_field_count, value);
  return 0;
}

// UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeEncodeError (object a str), UnicodeTranslateError(object, start,
// end, reason): CPython's argument checks, the object kept as bytes for a
// decode error.
Ref unicode_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, kwnames)) return Ref();
  const Type* type = type_of(interpreter, self);
  const bool translate = is_subtype(type, interpreter.UnicodeTranslateError_type);
  const bool decode = is_subtype(type, interpreter.UnicodeDecodeError_type);
  const std::size_t expected = translate ? 4 : 5;
  if (count != expected)
    return interpreter.raise(interpreter.TypeError_type, "function takes exactly " + std::to_string(expected) +
                                                             " arguments (" + std::to_string(count) + " given)");
  const Value* given = translate ? arguments - 1 : arguments;  // given[1] is the object
  auto require_str = [&](std::size_t index) {
    if (is_str(interpreter, given[index])) return true;
    interpreter.set_exception(interpreter.TypeError_type, "argument " + std::to_string(index + (translate ? 0 : 1)) +
                                                              " must be str, not " +
                                                              argument_type_name(interpreter, given[index]));
    return false;
  };
  if (!translate && !require_str(0)) return Ref();
  Ref object;
  if (decode) {
    std::string_view data;
    if (!require_byte_view(interpreter, given[1], data)) return Ref();
    object = new_bytes(interpreter, data);
  } else {
    if (!require_str(1)) return Ref();
    object = Ref::borrow(given[1]);
  }
  Ref start = number_index(interpreter, given[2]);
  if (!start) return Ref();
  Ref end = number_index(interpreter, given[3]);
  if (!end || !require_str(4)) return Ref();
  constexpr std::size_t n = unicode_field_count;
  set_field(interpreter, self, unicode_encoding, n, translate ? Value() : given[0]);
  set_field(interpreter, self, unicode_object, n, object.get());
  set_field(interpreter, self, unicode_start, n, start.get());
  set_field(interpreter, self, unicode_end, n, end.get());
  set_field(interpreter, self, unicode_reason, n, given[4]);
  return interpreter.new_none();
}

// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
// and the encode and translate forms; BaseException's str before __init__
// set the fields.
Ref unicode_error_str(Interpreter& interpreter, Value self) {
  constexpr std::size_t n = unicode_field_count;
  const Value object = field(interpreter, self, unicode_object, n);
  if (object == interpreter.none()) return interpreter.BaseException_type->str(interpreter, self);
  std::int64_t start = 0, end = 0;
  if (!index_argument(interpreter, field(interpreter, self, unicode_start, n), start) ||
      !index_argument(interpreter, field(interpreter, self, unicode_end, n), end))
    return Ref();
  Ref reason = str(interpreter, field(interpreter, self, unicode_reason, n));
  if (!reason) return Ref();
  const Type* type = type_of(interpreter, self);
  std::string text;
  if (!is_subtype(type, interpreter.UnicodeTranslateError_type)) {
    Ref encoding = str(interpreter, field(interpreter, self, unicode_encoding, n));
    if (!encoding) return Ref();
    text = "'" + std::string(str_utf8(encoding.get())) + "' codec ";
  }
  const bool decode = is_subtype(type, interpreter.UnicodeDecodeError_type);
  text += decode ? "can't decode " : is_subtype(type, interpreter.UnicodeEncodeError_type) ? "can't encode " : "can't translate ";
  std::string_view data;
  const bool single = end == start + 1 && start >= 0 &&
                      (decode ? byte_view(interpreter, object, data) && start < static_cast<std::int64_t>(data.size())
                              : is_str(interpreter, object) && start < as_str(object)->length);
  if (single && decode) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(data[start])));
    text += std::string("byte ") + byte;
  } else if (single) {
    const char32_t c = as_str(object)->at(start);
    char escaped[16];
    std::snprintf(escaped, sizeof escaped, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                  static_cast<unsigned>(c));
    text += std::string("character '") + escaped + "'";
  } else {
    text += decode ? "bytes" : "characters";
  }
  text += " in position " + std::to_string(start);
  if (!single) text += "-" + std::to_string(end - 1);
  return new_str(interpreter, text + ": " + std::string(str_utf8(reason.get())));
}

int int_field(Interpreter& interpreter, Value value) {
  std::int64_t number = 0;
  return type_of(interpreter, value) == interpreter.int_type && int_to_int64(interpreter, value, number) ? static_cast<int>(number) : 0;
}

}  // namespace

Ref raise_front_end_error(Interpreter& interpreter, const SyntaxErrorInfo& error) {
  const Value found = dict_get_str(interpreter.builtins(), interpreter.intern(error.type));
  Type* type = is_exception_type(interpreter, found) ? static_cast<Type*>(found.as_object()) : interpreter.SyntaxError_type;
  if (!is_subtype(type, interpreter.SyntaxError_type)) return interpreter.raise(type, error.message);
  Ref message = new_str(interpreter, error.message);
  Ref filename = new_str(interpreter, error.filename);
  Ref lineno = error.lineno < 0 ? interpreter.new_none() : new_int(interpreter, error.lineno);
  Ref offset = new_int(interpreter, error.offset);
  Ref text = error.text.empty() ? interpreter.new_none() : new_str(interpreter, error.text);
  Ref end_lineno = new_int(interpreter, error.end_lineno);
  Ref end_offset = new_int(interpreter, error.end_offset);
  const Value details[] = {filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()};
  Ref details_tuple = new_tuple(interpreter, details);
  const Value arguments[] = {message.get(), details_tuple.get()};
  Ref exception = call(interpreter, Value::object(type), arguments, 2);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

Ref raise_import_error(Interpreter& interpreter, Type* type, std::string_view message, Value name, Value path) {
  Ref exception = new_exception(interpreter, type, message);
  Ref text = new_str(interpreter, message);
  set_field(interpreter, exception.get(), import_msg, import_field_count, text.get());
  set_field(interpreter, exception.get(), import_name, import_field_count, name);
  set_field(interpreter, exception.get(), import_path, import_field_count, path);
  interpreter.raise_object(std::move(exception));
  return Ref();
}

Ref raise_unicode_error(Interpreter& interpreter, Type* type, std::string_view encoding, Value object,
                        std::int64_t start, std::int64_t end, std::string_view reason) {
  Ref encoding_text = new_str(interpreter, encoding);
  Ref reason_text = new_str(interpreter, reason);
  Ref start_value = new_int(interpreter, start), end_value = new_int(interpreter, end);
  const Value arguments[] = {encoding_text.get(), object, start_value.get(), end_value.get(), reason_text.get()};
  Ref exception = call(interpreter, Value::object(type), arguments, 5);
  if (exception) interpreter.raise_object(std::move(exception));
  return Ref();
}

bool syntax_error_details(Interpreter& interpreter, Value exception, SyntaxErrorInfo& out) {
  if (!is_subtype(type_of(interpreter, exception), interpreter.SyntaxError_type)) return false;
  out.type = displayed_type_name(interpreter, type_of(interpreter, exception));
  const Value message = field(interpreter, exception, syntax_msg, syntax_field_count);
  Ref text = str(interpreter, message);
  if (!text) {
    Ref discarded = interpreter.take_exception();
    return false;
  }
  out.message = str_utf8(text.get());
  const Value filename = field(interpreter, exception, syntax_filename, syntax_field_count);
  out.filename = is_str(interpreter, filename) ? std::string(str_utf8(filename)) : "<string>";
  const Value lineno = field(interpreter, exception, syntax_lineno, syntax_field_count);
  out.lineno = lineno.is_null() || lineno == interpreter.none() ? -1 : int_field(interpreter, lineno);
  out.offset = int_field(interpreter, field(interpreter, exception, syntax_offset, syntax_field_count));
  out.end_lineno = int_field(interpreter, field(interpreter, exception, syntax_end_lineno, syntax_field_count));
  out.end_offset = int_field(interpreter, field(interpreter, exception, syntax_end_offset, syntax_field_count));
  const Value source = field(interpreter, exception, syntax_text, syntax_field_count);
  out.text = is_str(interpreter, source) ? std::string(str_utf8(source)) : "";
  return true;
}

void init_exception_field_types(Interpreter& interpreter) {
  Type* syntax = interpreter.SyntaxError_type;
  syntax->initialize = &syntax_error_init;
  syntax->str = &syntax_error_str;
  constexpr std::size_t s = syntax_field_count;
  add_getsets(interpreter, syntax,
              {{"msg", &get_field<syntax_msg, s>, &put_field<syntax_msg, s>},
               {"filename", &get_field<syntax_filename, s>, &put_field<syntax_filename, s>},
               {"lineno", &get_field<syntax_lineno, s>, &put_field<syntax_lineno, s>},
               {"offset", &get_field<syntax_offset, s>, &put_field<syntax_offset, s>},
               {"text", &get_field<syntax_text, s>, &put_field<syntax_text, s>},
               {"end_lineno", &get_field<syntax_end_lineno, s>, &put_field<syntax_end_lineno, s>},
               {"end_offset", &get_field<syntax_end_offset, s>, &put_field<syntax_end_offset, s>},
               {"print_file_and_line", &get_field<syntax_print_file_and_line, s>,
                &put_field<syntax_print_file_and_line, s>}});
  Type* import = interpreter.ImportError_type;
  import->initialize = &import_error_init;
  import->str = &import_error_str;
  constexpr std::size_t i = import_field_count;
  add_getsets(interpreter, import,
              {{"msg", &get_field<import_msg, i>, &put_field<import_msg, i>},
               {"name", &get_field<import_name, i>, &put_field<import_name, i>},
               {"path", &get_field<import_path, i>, &put_field<import_path, i>}});
  add_methods(interpreter, import, {{"__reduce__", &import_error_reduce}});
  interpreter.NameError_type->initialize = &name_error_init;
  add_getsets(interpreter, interpreter.NameError_type,
              {{"name", &get_field<name_name, name_field_count>, &put_field<name_name, name_field_count>}});
  interpreter.AttributeError_type->initialize = &attribute_error_init;
  constexpr std::size_t a = attribute_field_count;
  add_getsets(interpreter, interpreter.AttributeError_type,
              {{"name", &get_field<attribute_name, a>, &put_field<attribute_name, a>},
               {"obj", &get_field<attribute_obj, a>, &put_field<attribute_obj, a>}});
  Type* os = interpreter.OSError_type;
  os->construct = &os_error_new;
  os->initialize = &os_error_init;
  os->str = &os_error_str;
  constexpr std::size_t o = os_field_count;
  add_getsets(interpreter, os,
              {{"errno", &get_field<os_errno, o>, &put_field<os_errno, o>},
               {"strerror", &get_field<os_strerror, o>, &put_field<os_strerror, o>},
               {"filename", &get_field<os_filename, o>, &put_field<os_filename, o>},
               {"filename2", &get_field<os_filename2, o>, &put_field<os_filename2, o>},
               {"characters_written", &get_characters_written, &put_characters_written}});
  add_methods(interpreter, os, {{"__reduce__", &os_error_reduce}});
  constexpr std::size_t u = unicode_field_count;
  for (Type* type : {interpreter.UnicodeDecodeError_type, interpreter.UnicodeEncodeError_type,
                     interpreter.UnicodeTranslateError_type}) {
    type->initialize = &unicode_error_init;
    type->str = &unicode_error_str;
    add_getsets(interpreter, type,
                {{"encoding", &get_field<unicode_encoding, u>, &put_field<unicode_encoding, u>},
                 {"object", &get_field<unicode_object, u>, &put_field<unicode_object, u>},
                 {"start", &get_field<unicode_start, u>, &put_field<unicode_start, u>},
                 {"end", &get_field<unicode_end, u>, &put_field<unicode_end, u>},
                 {"reason", &get_field<unicode_reason, u>, &put_field<unicode_reason, u>}});
  }
}

void set_name_error_name(Interpreter& interpreter, Value name) {
  const Value exception = interpreter.exception();
  if (exception.is_null() || !is_subtype(type_of(interpreter, exception), interpreter.NameError_type)) return;
  if (field(interpreter, exception, name_name, name_field_count) == interpreter.none())
    set_field(interpreter, exception, name_name, name_field_count, name);
}

void set_attribute_error_context(Interpreter& interpreter, Value object, Value name) {
  const Value exception = interpreter.exception();
  if (exception.is_null() || !is_subtype(type_of(interpreter, exception), interpreter.AttributeError_type)) return;
  if (field(interpreter, exception, attribute_name, attribute_field_count) != interpreter.none() ||
      field(interpreter, exception, attribute_obj, attribute_field_count) != interpreter.none())
    return;
  set_field(interpreter, exception, attribute_name, attribute_field_count, name);
  set_field(interpreter, exception, attribute_obj, attribute_field_count, object);
}

Value name_error_name(Interpreter& interpreter, Value exception) {
  return field(interpreter, exception, name_name, name_field_count);
}

Value attribute_error_name(Interpreter& interpreter, Value exception) {
  return field(interpreter, exception, attribute_name, attribute_field_count);
}

Value attribute_error_object(Interpreter& interpreter, Value exception) {
  return field(interpreter, exception, attribute_obj, attribute_field_count);
}

}  // namespace krait::runtime
