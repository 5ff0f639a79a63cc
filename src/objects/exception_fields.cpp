// Objects: the fields of SyntaxError, ImportError, AttributeError and
// NameError (see exception_fields.h).
// Both keep them in ExceptionObject::fields, a list read by index; a null
// entry reads as None.
#include "objects/exception_fields.h"

#include <string>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
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
enum AttributeField { attribute_name, attribute_obj, attribute_field_count };
// NameError's globals are the namespace the name was missing from, for the
// display's suggestions (not an attribute).
enum NameField { name_name, name_globals, name_field_count };

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

// ImportError(*args, name=None, path=None): msg is the one argument.
Ref import_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value name, path;
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k) {
    const Value keyword = as_tuple(kwnames)->items()[k];
    const std::string_view text = str_utf8(keyword);
    if (text == "name") {
      name = arguments[count + k];
    } else if (text == "path") {
      path = arguments[count + k];
    } else {
      invalid_keyword(interpreter, "ImportError", text);
      return Ref();
    }
  }
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, count, Value())) return Ref();
  set_field(interpreter, self, import_msg, import_field_count, count == 1 ? arguments[0] : Value());
  set_field(interpreter, self, import_name, import_field_count, name);
  set_field(interpreter, self, import_path, import_field_count, path);
  return interpreter.new_none();
}

// AttributeError(*args, name=None, obj=None) and NameError(*args,
// name=None): BaseException's arguments, and the context fields, made only
// when given (an AttributeError without them gets them where it is raised).
template <bool attribute>
Ref context_error_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t positional,
                       Value kwnames) {
  const char* function = attribute ? "AttributeError" : "NameError";
  constexpr std::size_t count = attribute ? std::size_t{attribute_field_count} : std::size_t{name_field_count};
  const std::size_t keywords = keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k) {
    const std::string_view text = str_utf8(as_tuple(kwnames)->items()[k]);
    if (text != "name" && !(text == "obj" && attribute)) {
      invalid_keyword(interpreter, function, text);
      return Ref();
    }
  }
  if (!interpreter.BaseException_type->initialize(interpreter, self, arguments, positional, Value())) return Ref();
  for (std::size_t k = 0; k < keywords; ++k) {
    const bool name = str_utf8(as_tuple(kwnames)->items()[k]) == "name";
    set_field(interpreter, self, name ? 0 : attribute_obj, count, arguments[positional + k]);
  }
  return interpreter.new_none();
}

// The message when it is a str, else BaseException's str.
Ref import_error_str(Interpreter& interpreter, Value self) {
  const Value message = field(interpreter, self, import_msg, import_field_count);
  if (type_of(interpreter, message) == interpreter.str_type) return Ref::borrow(message);
  return interpreter.BaseException_type->str(interpreter, self);
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
  Ref lineno = new_int(interpreter, error.lineno);
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
  out.lineno = int_field(interpreter, field(interpreter, exception, syntax_lineno, syntax_field_count));
  out.offset = int_field(interpreter, field(interpreter, exception, syntax_offset, syntax_field_count));
  out.end_lineno = int_field(interpreter, field(interpreter, exception, syntax_end_lineno, syntax_field_count));
  out.end_offset = int_field(interpreter, field(interpreter, exception, syntax_end_offset, syntax_field_count));
  const Value source = field(interpreter, exception, syntax_text, syntax_field_count);
  out.text = is_str(interpreter, source) ? std::string(str_utf8(source)) : "";
  return true;
}

void set_attribute_error_context(Interpreter& interpreter, Value object, Value name) {
  if (!interpreter.exception_is(interpreter.AttributeError_type)) return;
  const Value exception = interpreter.exception();
  if (as_exception(exception)->fields) return;  // given, or set where it was first raised
  set_field(interpreter, exception, attribute_name, attribute_field_count, name);
  set_field(interpreter, exception, attribute_obj, attribute_field_count, object);
}

void set_name_error_context(Interpreter& interpreter, Value name, Value globals) {
  const Value exception = interpreter.exception();
  set_field(interpreter, exception, name_name, name_field_count, name);
  set_field(interpreter, exception, name_globals, name_field_count, globals);
}

bool error_context(Interpreter& interpreter, Value exception, Value& name, Value& where) {
  const Type* type = type_of(interpreter, exception);
  const bool attribute = is_subtype(type, interpreter.AttributeError_type);
  if ((!attribute && !is_subtype(type, interpreter.NameError_type)) || !as_exception(exception)->fields) return false;
  const std::size_t count = attribute ? std::size_t{attribute_field_count} : std::size_t{name_field_count};
  name = field(interpreter, exception, 0, count);
  where = field(interpreter, exception, 1, count);
  return is_str(interpreter, name) && where != interpreter.none();
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
  Type* attribute = interpreter.AttributeError_type;
  constexpr std::size_t a = attribute_field_count;
  attribute->initialize = &context_error_init<true>;
  add_getsets(interpreter, attribute,
              {{"name", &get_field<attribute_name, a>, &put_field<attribute_name, a>},
               {"obj", &get_field<attribute_obj, a>, &put_field<attribute_obj, a>}});
  Type* name = interpreter.NameError_type;
  constexpr std::size_t n = name_field_count;
  name->initialize = &context_error_init<false>;
  add_getsets(interpreter, name, {{"name", &get_field<name_name, n>, &put_field<name_name, n>}});
}

}  // namespace krait::runtime
