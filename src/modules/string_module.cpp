// Native modules: _string, after CPython 3.11's Objects/unicodeobject.c
// (formatter_parser, formatter_field_name_split), what string.Formatter
// parses format strings with. The parsing is str.format's own
// (objects/format.h): formatteriterator and fieldnameiterator walk it.
#include <string>

#include "modules/module_types.h"
#include "objects/format.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// The argument of both functions: a str ("expected str, got int").
bool str_argument(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count,
                  Value kwnames) {
  if (!runtime::check_one_argument(interpreter, std::string("_string.") + name, count, kwnames)) return false;
  if (runtime::is_str(interpreter, arguments[0])) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            "expected str, got " + std::string(runtime::type_name(interpreter, arguments[0])));
  return false;
}

// formatter_parser(str): (literal, field_name, format_spec, conversion) per
// step; the last three None where there is no field.
struct FormatterIterator : runtime::Object {
  Ref format;
  runtime::MarkupIterator markup{Value(), 0, 0};
  template <class F>
  void for_fields(F f) {
    f(format);
  }
};

Ref substring(Interpreter& interpreter, Value text, std::int64_t start, std::int64_t end) {
  return runtime::str_substring(interpreter, text, start, end);
}

Ref formatter_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<FormatterIterator>(self);
  runtime::MarkupField field;
  if (iterator->markup.next(interpreter, field) <= 0) return Ref();
  const Value format = iterator->format.get();
  Ref literal = substring(interpreter, format, field.literal_start, field.literal_end);
  Ref name = interpreter.new_none(), spec = interpreter.new_none(), conversion = interpreter.new_none();
  if (field.has_field) {
    name = substring(interpreter, format, field.name_start, field.name_end);
    spec = substring(interpreter, format, field.spec_start, field.spec_end);
    if (field.conversion) conversion = runtime::new_str_from_code_point(interpreter, field.conversion);
  }
  const Value items[] = {literal.get(), name.get(), spec.get(), conversion.get()};
  return runtime::new_tuple(interpreter, items);
}

// The iterator of formatter_field_name_split: (is_attribute, key) per part,
// a key that spells an integer as an int.
struct FieldNameIterator : runtime::Object {
  Ref format;
  runtime::FieldNameIterator parts{Value(), 0, 0};
  template <class F>
  void for_fields(F f) {
    f(format);
  }
};

// A field name part: an int when it spells one, else the str.
Ref name_part(Interpreter& interpreter, Value format, std::int64_t start, std::int64_t end) {
  const std::int64_t index = runtime::field_name_integer(interpreter, format, start, end);
  if (index >= 0) return runtime::new_int(interpreter, index);
  if (interpreter.has_exception()) return Ref();
  return substring(interpreter, format, start, end);
}

Ref field_name_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = as<FieldNameIterator>(self);
  runtime::FieldNamePart part;
  if (iterator->parts.next(interpreter, part) <= 0) return Ref();
  Ref key = part.attribute ? substring(interpreter, iterator->format.get(), part.start, part.end)
                           : name_part(interpreter, iterator->format.get(), part.start, part.end);
  if (!key) return Ref();
  const Value items[] = {interpreter.boolean(part.attribute), key.get()};
  return runtime::new_tuple(interpreter, items);
}

Ref string_formatter_parser(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  if (!str_argument(interpreter, "formatter_parser", arguments, count, kwnames)) return Ref();
  const Value format = arguments[0];
  auto* iterator = runtime::gc_new<FormatterIterator>(interpreter, iter_module_types(interpreter).formatter_iterator);
  iterator->format = Ref::borrow(format);
  iterator->markup = runtime::MarkupIterator(format, 0, runtime::as_str(format)->length);
  return owned(iterator);
}

Ref string_formatter_field_name_split(Interpreter& interpreter, Value, const Value* arguments,
                                      std::size_t count, Value kwnames) {
  if (!str_argument(interpreter, "formatter_field_name_split", arguments, count, kwnames)) return Ref();
  const Value format = arguments[0];
  const std::int64_t end = runtime::as_str(format)->length;
  const std::int64_t first_end = runtime::field_name_first_end(format, 0, end);
  Ref first = name_part(interpreter, format, 0, first_end);
  if (!first) return Ref();
  auto* iterator = runtime::gc_new<FieldNameIterator>(interpreter, iter_module_types(interpreter).field_name_iterator);
  Ref rest = owned(iterator);
  iterator->format = Ref::borrow(format);
  iterator->parts = runtime::FieldNameIterator(format, first_end, end);
  const Value items[] = {first.get(), rest.get()};
  return runtime::new_tuple(interpreter, items);
}

// The module's __doc__, as CPython's.
constexpr char module_doc[] =
    "string helper module";

}  // namespace

Ref create_string_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_string");
  set_module_doc(interpreter, module.get(), module_doc);
  IterModuleTypes& types = iter_module_types(interpreter);
  types.formatter_iterator =
      new_iterator_type<FormatterIterator>(interpreter, "formatteriterator", &formatter_iterator_next);
  types.field_name_iterator =
      new_iterator_type<FieldNameIterator>(interpreter, "fieldnameiterator", &field_name_iterator_next);
  for (Type* type : {types.formatter_iterator, types.field_name_iterator}) {
    type->subclassable = false;
    runtime::ready_native_type(interpreter, type);
  }
  runtime::add_module_functions(interpreter, module.get(),
                                {{"formatter_parser", &string_formatter_parser},
                                 {"formatter_field_name_split", &string_formatter_field_name_split}});
  return module;
}

}  // namespace krait::modules
