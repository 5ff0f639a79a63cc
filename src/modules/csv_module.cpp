// Native modules: _csv (CPython's Modules/_csv.c), the parser and writer
// under csv.py: Dialect (validated formatting parameters), reader (a state
// machine fed one character at a time), writer (quoting and escaping), the
// dialect registry and the field size limit, with CPython's messages.
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/module_support.h"
#include "modules/module_types.h"
#include "objects/complex_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

enum Quoting { quote_minimal, quote_all, quote_nonnumeric, quote_none };

// A character parameter that is not set (escapechar None), and the end of
// a line as the reader's state machine sees it: neither is a character.
constexpr std::int32_t not_set = -1;
constexpr std::int32_t end_of_line = -2;

struct DialectObject : runtime::Object {
  std::int32_t delimiter = ',';
  std::int32_t escapechar = not_set;
  std::int32_t quotechar = '"';
  bool doublequote = true;
  bool skipinitialspace = false;
  bool strict = false;
  int quoting = quote_minimal;
  Ref lineterminator;  // a str
};

DialectObject* as_dialect(Value value) { return static_cast<DialectObject*>(value.as_object()); }

void set_error(Interpreter& interpreter, std::string_view message) {
  interpreter.set_exception(class_type(interpreter.csv.error), message);
}

Ref raise_error(Interpreter& interpreter, std::string_view message) {
  set_error(interpreter, message);
  return Ref();
}

// ---- Dialect -----------------------------------------------------------------------------

// The parameters in the order Dialect() takes them after `dialect`.
constexpr std::string_view parameter_names[] = {"delimiter", "doublequote", "escapechar",       "lineterminator",
                                                "quotechar", "quoting",     "skipinitialspace", "strict"};
enum Parameter { delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict };

std::string quoted_name(Parameter parameter) { return "\"" + std::string(parameter_names[parameter]) + "\""; }

// A one-character str parameter (delimiter), or with `none_allowed` None
// too (escapechar, quotechar: not_set).
bool character_parameter(Interpreter& interpreter, Parameter parameter, Value value, bool none_allowed,
                         std::int32_t& out) {
  if (none_allowed && value == interpreter.none()) {
    out = not_set;
    return true;
  }
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type,
                              quoted_name(parameter) +
                                  (none_allowed ? " must be string or None, not " : " must be string, not ") +
                                  runtime::type_of(interpreter, value)->name);
    return false;
  }
  if (runtime::as_str(value)->length != 1) {
    interpreter.set_exception(interpreter.TypeError_type, quoted_name(parameter) + " must be a 1-character string");
    return false;
  }
  out = static_cast<std::int32_t>(runtime::as_str(value)->at(0));
  return true;
}

bool flag_parameter(Interpreter& interpreter, Value value, bool& out) {
  const int truth = runtime::truth(interpreter, value);
  if (truth < 0) return false;
  out = truth;
  return true;
}

void dialect_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<DialectObject*>(object); }

// The dialect registered as `name`: Error "unknown dialect" otherwise.
Ref registered_dialect(Interpreter& interpreter, Value name) {
  Value found;
  const int result = runtime::dict_lookup(interpreter, interpreter.csv.dialects.get(), name, found);
  if (result < 0) return Ref();
  if (result == 0) return raise_error(interpreter, "unknown dialect");
  return Ref::borrow(found);
}

// Dialect(dialect=None, **parameters): each parameter given, else the
// dialect's attribute of that name (a registered name is looked up first),
// else the default; then validated as CPython's dialect_new does.
Ref make_dialect(Interpreter& interpreter, Value base, const Value* given) {
  Ref base_object;
  bool any_given = false;
  for (int i = 0; i < 8; ++i) any_given = any_given || !given[i].is_null();
  if (!base.is_null()) {
    if (runtime::is_str(interpreter, base)) {
      base_object = registered_dialect(interpreter, base);
      if (!base_object) return Ref();
    } else {
      base_object = Ref::borrow(base);
    }
    // A Dialect asked for unchanged is itself.
    if (runtime::type_of(interpreter, base_object.get()) == interpreter.csv.dialect_type && !any_given)
      return base_object;
  }
  Ref values[8];
  for (int i = 0; i < 8; ++i) {
    if (!given[i].is_null()) {
      values[i] = Ref::borrow(given[i]);
    } else if (base_object) {
      Ref name = runtime::new_str(interpreter, parameter_names[i]);
      values[i] = runtime::get_attribute(interpreter, base_object.get(), name.get());
      if (!values[i]) (void)interpreter.take_exception();
    }
  }
  auto* dialect = new DialectObject;
  dialect->type = interpreter.csv.dialect_type;
  Ref result = Ref::steal(Value::object(dialect));
  if (values[delimiter] &&
      !character_parameter(interpreter, delimiter, values[delimiter].get(), false, dialect->delimiter))
    return Ref();
  if (values[doublequote] && !flag_parameter(interpreter, values[doublequote].get(), dialect->doublequote))
    return Ref();
  if (values[escapechar] &&
      !character_parameter(interpreter, escapechar, values[escapechar].get(), true, dialect->escapechar))
    return Ref();
  if (!values[lineterminator]) {
    dialect->lineterminator = runtime::new_str(interpreter, "\r\n");
  } else if (values[lineterminator].get() != interpreter.none()) {
    if (!runtime::is_str(interpreter, values[lineterminator].get()))
      return interpreter.raise(interpreter.TypeError_type, quoted_name(lineterminator) + " must be a string");
    dialect->lineterminator = Ref::borrow(values[lineterminator].get());
  }
  if (values[quotechar] &&
      !character_parameter(interpreter, quotechar, values[quotechar].get(), true, dialect->quotechar))
    return Ref();
  if (values[quoting]) {
    const Value value = values[quoting].get();
    if (runtime::type_of(interpreter, value) != interpreter.int_type)
      return interpreter.raise(interpreter.TypeError_type, quoted_name(quoting) + " must be an integer");
    if (!runtime::index_to_c_int(interpreter, value, dialect->quoting)) return Ref();
  }
  if (values[skipinitialspace] &&
      !flag_parameter(interpreter, values[skipinitialspace].get(), dialect->skipinitialspace))
    return Ref();
  if (values[strict] && !flag_parameter(interpreter, values[strict].get(), dialect->strict)) return Ref();
  if (dialect->quoting < quote_minimal || dialect->quoting > quote_none)
    return interpreter.raise(interpreter.TypeError_type, "bad \"quoting\" value");
  // quotechar=None alone means no quoting.
  if (values[quotechar] && values[quotechar].get() == interpreter.none() && !values[quoting])
    dialect->quoting = quote_none;
  if (dialect->quoting != quote_none && dialect->quotechar == not_set)
    return interpreter.raise(interpreter.TypeError_type, "quotechar must be set if quoting enabled");
  if (!dialect->lineterminator) return interpreter.raise(interpreter.TypeError_type, "lineterminator must be set");
  return result;
}

// Binds the keywords of (dialect=..., **parameters): `keyword_values` has
// one value per name in kwnames.
bool dialect_keywords(Interpreter& interpreter, const Value* keyword_values, Value kwnames, Value& base, Value* given) {
  const std::size_t keywords = runtime::keyword_count(kwnames);
  for (std::size_t k = 0; k < keywords; ++k) {
    const std::string_view text = runtime::str_utf8(runtime::as_tuple(kwnames)->items()[k]);
    if (text == "dialect") {
      base = keyword_values[k];
      continue;
    }
    bool known = false;
    for (int i = 0; i < 8; ++i) {
      if (text == parameter_names[i]) {
        given[i] = keyword_values[k];
        known = true;
      }
    }
    if (!known) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "'" + std::string(text) + "' is an invalid keyword argument for this function");
      return false;
    }
  }
  return true;
}

Ref dialect_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  // Dialect(dialect, delimiter, ...): positionally too, in that order.
  if (count > 9)
    return interpreter.raise(interpreter.TypeError_type,
                             "function takes at most 9 arguments (" + std::to_string(count) + " given)");
  Value base;
  Value given[8];
  if (count > 0) base = arguments[0];
  if (!dialect_keywords(interpreter, arguments + count, kwnames, base, given)) return Ref();
  for (std::size_t i = 1; i < count; ++i) given[i - 1] = arguments[i];
  return make_dialect(interpreter, base, given);
}

// Dialect(dialect, **keywords) for reader(), writer() and register_dialect().
Ref dialect_from_call(Interpreter& interpreter, Value base, const Value* keyword_values, Value kwnames) {
  Value given[8];
  if (!dialect_keywords(interpreter, keyword_values, kwnames, base, given)) return Ref();
  return make_dialect(interpreter, base, given);
}

Ref character_or_none(Interpreter& interpreter, std::int32_t c) {
  if (c == not_set) return interpreter.new_none();
  return runtime::new_str_from_code_point(interpreter, static_cast<char32_t>(c));
}

Ref dialect_delimiter(Interpreter& interpreter, Value self) {
  return character_or_none(interpreter, as_dialect(self)->delimiter);
}
Ref dialect_escapechar(Interpreter& interpreter, Value self) {
  return character_or_none(interpreter, as_dialect(self)->escapechar);
}
Ref dialect_quotechar(Interpreter& interpreter, Value self) {
  return character_or_none(interpreter, as_dialect(self)->quotechar);
}
Ref dialect_lineterminator(Interpreter&, Value self) { return Ref::borrow(as_dialect(self)->lineterminator.get()); }
Ref dialect_doublequote(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_dialect(self)->doublequote);
}
Ref dialect_skipinitialspace(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_dialect(self)->skipinitialspace);
}
Ref dialect_strict(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_dialect(self)->strict); }
Ref dialect_quoting(Interpreter&, Value self) { return Ref::small_int(as_dialect(self)->quoting); }

// ---- reader --------------------------------------------------------------------------------

enum class ParseState {
  start_record,
  start_field,
  escaped_character,
  in_field,
  in_quoted_field,
  escape_in_quoted_field,
  quote_in_quoted_field,
  eat_newline,
  after_escaped_newline,
};

struct ReaderObject : runtime::Object {
  Ref input;    // the iterator of lines
  Ref dialect;  // a DialectObject
  Ref fields;   // the record being read (a list)
  std::u32string field;
  bool numeric_field = false;
  ParseState state = ParseState::start_record;
  std::int64_t line_number = 0;
  template <class F>
  void for_fields(F f) {
    f(input);
    f(dialect);
    f(fields);
  }
};

ReaderObject* as_reader(Value value) { return static_cast<ReaderObject*>(value.as_object()); }

bool save_field(Interpreter& interpreter, ReaderObject* reader) {
  runtime::StrBuilder builder(interpreter, static_cast<std::int64_t>(reader->field.size()));
  for (const char32_t c : reader->field) builder.append(c);
  Ref field = builder.finish();
  if (!field) return false;
  reader->field.clear();
  if (reader->numeric_field) {
    // QUOTE_NONNUMERIC: unquoted fields are numbers.
    reader->numeric_field = false;
    field = runtime::number_to_float(interpreter, field.get());
    if (!field) return false;
  }
  runtime::list_append(reader->fields.get(), field.get());
  return true;
}

bool add_character(Interpreter& interpreter, ReaderObject* reader, std::int32_t c) {
  if (static_cast<std::int64_t>(reader->field.size()) >= interpreter.csv.field_limit) {
    set_error(interpreter, "field larger than field limit (" + std::to_string(interpreter.csv.field_limit) + ")");
    return false;
  }
  reader->field += static_cast<char32_t>(c);
  return true;
}

bool is_newline(std::int32_t c) { return c == '\n' || c == '\r'; }

// One character (or end_of_line) through CPython's parse_process_char.
bool process_character(Interpreter& interpreter, ReaderObject* reader, std::int32_t c) {
  const DialectObject* dialect = as_dialect(reader->dialect.get());
  const bool quoting = dialect->quoting != quote_none;
  switch (reader->state) {
    case ParseState::start_record:
      if (c == end_of_line) return true;  // an empty line: []
      if (is_newline(c)) {
        reader->state = ParseState::eat_newline;
        return true;
      }
      reader->state = ParseState::start_field;
      [[fallthrough]];
    case ParseState::start_field:
      if (is_newline(c) || c == end_of_line) {
        if (!save_field(interpreter, reader)) return false;
        reader->state = c == end_of_line ? ParseState::start_record : ParseState::eat_newline;
      } else if (c == dialect->quotechar && quoting) {
        reader->state = ParseState::in_quoted_field;
      } else if (c == dialect->escapechar) {
        reader->state = ParseState::escaped_character;
      } else if (c == ' ' && dialect->skipinitialspace) {
        // Spaces at the start of a field are skipped.
      } else if (c == dialect->delimiter) {
        if (!save_field(interpreter, reader)) return false;
      } else {
        if (dialect->quoting == quote_nonnumeric) reader->numeric_field = true;
        if (!add_character(interpreter, reader, c)) return false;
        reader->state = ParseState::in_field;
      }
      return true;
    case ParseState::escaped_character:
      if (is_newline(c)) {
        if (!add_character(interpreter, reader, c)) return false;
        reader->state = ParseState::after_escaped_newline;
        return true;
      }
      if (!add_character(interpreter, reader, c == end_of_line ? '\n' : c)) return false;
      reader->state = ParseState::in_field;
      return true;
    case ParseState::after_escaped_newline:
      if (c == end_of_line) return true;
      [[fallthrough]];
    case ParseState::in_field:
      if (is_newline(c) || c == end_of_line) {
        if (!save_field(interpreter, reader)) return false;
        reader->state = c == end_of_line ? ParseState::start_record : ParseState::eat_newline;
      } else if (c == dialect->escapechar) {
        reader->state = ParseState::escaped_character;
      } else if (c == dialect->delimiter) {
        if (!save_field(interpreter, reader)) return false;
        reader->state = ParseState::start_field;
      } else if (!add_character(interpreter, reader, c)) {
        return false;
      }
      return true;
    case ParseState::in_quoted_field:
      if (c == end_of_line) {
        // The field goes on over the next line.
      } else if (c == dialect->escapechar) {
        reader->state = ParseState::escape_in_quoted_field;
      } else if (c == dialect->quotechar && quoting) {
        reader->state = dialect->doublequote ? ParseState::quote_in_quoted_field : ParseState::in_field;
      } else if (!add_character(interpreter, reader, c)) {
        return false;
      }
      return true;
    case ParseState::escape_in_quoted_field:
      if (!add_character(interpreter, reader, c == end_of_line ? '\n' : c)) return false;
      reader->state = ParseState::in_quoted_field;
      return true;
    case ParseState::quote_in_quoted_field:
      // A quote in a quoted field: doubled, or the end of the quoted part.
      if (quoting && c == dialect->quotechar) {
        if (!add_character(interpreter, reader, c)) return false;
        reader->state = ParseState::in_quoted_field;
      } else if (c == dialect->delimiter) {
        if (!save_field(interpreter, reader)) return false;
        reader->state = ParseState::start_field;
      } else if (is_newline(c) || c == end_of_line) {
        if (!save_field(interpreter, reader)) return false;
        reader->state = c == end_of_line ? ParseState::start_record : ParseState::eat_newline;
      } else if (!dialect->strict) {
        if (!add_character(interpreter, reader, c)) return false;
        reader->state = ParseState::in_field;
      } else {
        std::string message = "'";
        unicode::append_utf8(message, static_cast<char32_t>(dialect->delimiter));
        message += "' expected after '";
        unicode::append_utf8(message, static_cast<char32_t>(dialect->quotechar));
        set_error(interpreter, message + "'");
        return false;
      }
      return true;
    case ParseState::eat_newline:
      if (is_newline(c)) return true;
      if (c == end_of_line) {
        reader->state = ParseState::start_record;
        return true;
      }
      set_error(interpreter,
                "new-line character seen in unquoted field - do you need to open the file in universal-newline "
                "mode?");
      return false;
  }
  return true;
}

Ref reader_next(Interpreter& interpreter, Value self) {
  ReaderObject* reader = as_reader(self);
  reader->fields = runtime::new_list(interpreter, {});
  reader->field.clear();
  reader->numeric_field = false;
  reader->state = ParseState::start_record;
  do {
    Ref line = runtime::iterator_next(interpreter, reader->input.get());
    if (!line) {
      // The end of the input, in the middle of a record or not.
      if (interpreter.has_exception()) return Ref();
      if (reader->field.empty() && reader->state != ParseState::in_quoted_field) return Ref();
      if (as_dialect(reader->dialect.get())->strict) return raise_error(interpreter, "unexpected end of data");
      if (!save_field(interpreter, reader)) return Ref();
      break;
    }
    if (!runtime::is_str(interpreter, line.get()))
      return raise_error(interpreter, "iterator should return strings, not " +
                                          runtime::type_of(interpreter, line.get())->name +
                                          " (the file should be opened in text mode)");
    ++reader->line_number;
    const runtime::StrObject* text = runtime::as_str(line.get());
    for (std::int64_t i = 0; i < text->length; ++i)
      if (!process_character(interpreter, reader, static_cast<std::int32_t>(text->at(i)))) return Ref();
    if (!process_character(interpreter, reader, end_of_line)) return Ref();
  } while (reader->state != ParseState::start_record);
  return std::move(reader->fields);
}

Ref reader_dialect(Interpreter&, Value self) { return Ref::borrow(as_reader(self)->dialect.get()); }
Ref reader_line_num(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, as_reader(self)->line_number);
}

// reader(iterable, dialect='excel', **parameters).
Ref csv_reader(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_argument_count(interpreter, "", count, 1, 2)) return Ref();
  Ref input = runtime::get_iterator(interpreter, arguments[0]);
  if (!input) return Ref();
  Ref dialect = dialect_from_call(interpreter, count == 2 ? arguments[1] : Value(), arguments + count, kwnames);
  if (!dialect) return Ref();
  auto* reader = new_instance<ReaderObject>(interpreter, Value::object(interpreter.csv.reader_type));
  reader->input = std::move(input);
  reader->dialect = std::move(dialect);
  return owned(reader);
}

// ---- writer --------------------------------------------------------------------------------

struct WriterObject : runtime::Object {
  Ref write;    // the file's write method
  Ref dialect;  // a DialectObject
  template <class F>
  void for_fields(F f) {
    f(write);
    f(dialect);
  }
};

WriterObject* as_writer(Value value) { return static_cast<WriterObject*>(value.as_object()); }

// CPython's PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted.
bool is_number(Interpreter& interpreter, Value value) {
  return runtime::is_int(interpreter, value) || runtime::is_float(interpreter, value) ||
         runtime::is_complex(interpreter, value) ||
         !runtime::lookup_special(interpreter, value, interpreter.names.dunder_index).is_null() ||
         !runtime::lookup_special(interpreter, value, interpreter.names.dunder_int).is_null() ||
         !runtime::lookup_special(interpreter, value, interpreter.names.dunder_float).is_null();
}

// Appends one field to the record (CPython's join_append): quoted when
// asked or when it holds a delimiter, quote, escape or line terminator
// character, which are escaped or doubled as the dialect says.
bool append_field(Interpreter& interpreter, const DialectObject* dialect, runtime::StrBuilder& record,
                  std::size_t& field_count, Value field, bool quoted) {
  const runtime::StrObject* text = field.is_null() ? nullptr : runtime::as_str(field);
  const Value terminator = dialect->lineterminator.get();
  const auto special = [&](char32_t c) {
    if (static_cast<std::int32_t>(c) == dialect->delimiter || static_cast<std::int32_t>(c) == dialect->escapechar ||
        static_cast<std::int32_t>(c) == dialect->quotechar)
      return true;
    const runtime::StrObject* line_end = runtime::as_str(terminator);
    for (std::int64_t i = 0; i < line_end->length; ++i)
      if (line_end->at(i) == c) return true;
    return false;
  };
  // First pass: whether the field needs quotes, and whether it can be written.
  const std::int64_t length = text ? text->length : 0;
  for (std::int64_t i = 0; i < length; ++i) {
    const char32_t c = text->at(i);
    if (!special(c)) continue;
    bool escape = dialect->quoting == quote_none;
    if (!escape) {
      if (static_cast<std::int32_t>(c) == dialect->quotechar)
        escape = !dialect->doublequote;
      else if (static_cast<std::int32_t>(c) == dialect->escapechar)
        escape = true;
      if (!escape) quoted = true;
    }
    if (escape && dialect->escapechar == not_set) {
      set_error(interpreter, "need to escape, but no escapechar set");
      return false;
    }
  }
  if (field_count > 0) record.append(static_cast<char32_t>(dialect->delimiter));
  if (quoted) record.append(static_cast<char32_t>(dialect->quotechar));
  for (std::int64_t i = 0; i < length; ++i) {
    const char32_t c = text->at(i);
    if (special(c)) {
      bool escape = dialect->quoting == quote_none;
      if (!escape && static_cast<std::int32_t>(c) == dialect->quotechar) {
        if (dialect->doublequote)
          record.append(c);
        else
          escape = true;
      } else if (!escape && static_cast<std::int32_t>(c) == dialect->escapechar) {
        escape = true;
      }
      if (escape) record.append(static_cast<char32_t>(dialect->escapechar));
    }
    record.append(c);
  }
  if (quoted) record.append(static_cast<char32_t>(dialect->quotechar));
  ++field_count;
  return true;
}

Ref writer_writerow(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "writerow", count, kwnames)) return Ref();
  WriterObject* writer = as_writer(self);
  const auto* dialect = as_dialect(writer->dialect.get());
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) {
    if (!interpreter.exception_is(interpreter.TypeError_type)) return Ref();
    (void)interpreter.take_exception();
    return raise_error(interpreter, "iterable expected, not " + runtime::type_of(interpreter, arguments[0])->name);
  }
  runtime::StrBuilder record(interpreter);
  std::size_t field_count = 0;
  while (Ref field = runtime::iterator_next(interpreter, iterator.get())) {
    const bool quoted =
        dialect->quoting == quote_all || (dialect->quoting == quote_nonnumeric && !is_number(interpreter, field.get()));
    Ref text;
    if (runtime::is_str(interpreter, field.get())) {
      text = std::move(field);
    } else if (field.get() != interpreter.none()) {
      text = runtime::str(interpreter, field.get());
      if (!text) return Ref();
    }
    if (!append_field(interpreter, dialect, record, field_count, text ? text.get() : Value(), quoted)) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  if (field_count == 1 && record.length() == 0) {
    // A record of one empty field must be quoted to read back as one.
    if (dialect->quoting == quote_none) return raise_error(interpreter, "single empty field record must be quoted");
    field_count = 0;
    if (!append_field(interpreter, dialect, record, field_count, Value(), true)) return Ref();
  }
  record.append(dialect->lineterminator.get());
  Ref line = record.finish();
  if (!line) return Ref();
  const Value line_value = line.get();
  return runtime::call(interpreter, writer->write.get(), &line_value, 1);
}

Ref writer_writerows(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "writerows", count, kwnames)) return Ref();
  Ref iterator = runtime::get_iterator(interpreter, arguments[0]);
  if (!iterator) return Ref();
  while (Ref row = runtime::iterator_next(interpreter, iterator.get())) {
    const Value row_value = row.get();
    if (!writer_writerow(interpreter, self, &row_value, 1, Value())) return Ref();
  }
  if (interpreter.has_exception()) return Ref();
  return interpreter.new_none();
}

Ref writer_dialect(Interpreter&, Value self) { return Ref::borrow(as_writer(self)->dialect.get()); }

// writer(fileobj, dialect='excel', **parameters).
Ref csv_writer(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_argument_count(interpreter, "", count, 1, 2)) return Ref();
  Ref write = runtime::get_attribute(interpreter, arguments[0], interpreter.names.write);
  if (!write) {
    if (!interpreter.exception_is(interpreter.AttributeError_type)) return Ref();
    (void)interpreter.take_exception();
    return interpreter.raise(interpreter.TypeError_type, "argument 1 must have a \"write\" method");
  }
  Ref dialect = dialect_from_call(interpreter, count == 2 ? arguments[1] : Value(), arguments + count, kwnames);
  if (!dialect) return Ref();
  auto* writer = new_instance<WriterObject>(interpreter, Value::object(interpreter.csv.writer_type));
  writer->write = std::move(write);
  writer->dialect = std::move(dialect);
  return owned(writer);
}

// ---- the registry ---------------------------------------------------------------------------

Ref csv_register_dialect(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_argument_count(interpreter, "", count, 1, 2)) return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "dialect name must be a string");
  Ref dialect = dialect_from_call(interpreter, count == 2 ? arguments[1] : Value(), arguments + count, kwnames);
  if (!dialect) return Ref();
  if (!runtime::dict_set_item(interpreter, interpreter.csv.dialects.get(), arguments[0], dialect.get())) return Ref();
  return interpreter.new_none();
}

Ref csv_unregister_dialect(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "unregister_dialect", kwnames) ||
      !runtime::check_argument_count(interpreter, "unregister_dialect", count, 1, 1))
    return Ref();
  const int removed = runtime::dict_delete_item(interpreter, interpreter.csv.dialects.get(), arguments[0]);
  if (removed < 0) return Ref();
  if (removed == 0) return raise_error(interpreter, "unknown dialect");
  return interpreter.new_none();
}

Ref csv_get_dialect(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get_dialect", kwnames) ||
      !runtime::check_argument_count(interpreter, "get_dialect", count, 1, 1))
    return Ref();
  return registered_dialect(interpreter, arguments[0]);
}

Ref csv_list_dialects(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "list_dialects", count, kwnames)) return Ref();
  Ref names = runtime::new_list(interpreter, {});
  std::size_t position = 0;
  Value key, value;
  while (runtime::dict_next(interpreter.csv.dialects.get(), position, key, value))
    runtime::list_append(names.get(), key);
  return names;
}

// field_size_limit(new_limit=<unchanged>): the limit before the call.
Ref csv_field_size_limit(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count > 1)
    return interpreter.raise(interpreter.TypeError_type,
                             "field_size_limit() takes at most 1 argument (" + std::to_string(count) + " given)");
  Value limit;
  if (!runtime::bind_arguments(interpreter, {"field_size_limit", {"new_limit"}, 0, 0, 0}, arguments, count, kwnames,
                               &limit))
    return Ref();
  const std::int64_t old_limit = interpreter.csv.field_limit;
  if (!limit.is_null()) {
    if (runtime::type_of(interpreter, limit) != interpreter.int_type)
      return interpreter.raise(interpreter.TypeError_type, "limit must be an integer");
    std::int64_t new_limit = 0;
    if (!runtime::int_to_int64(interpreter, limit, new_limit))
      return interpreter.raise(interpreter.OverflowError_type, "Python int too large to convert to C long");
    interpreter.csv.field_limit = new_limit;
  }
  return runtime::new_int(interpreter, old_limit);
}

void make_types(Interpreter& interpreter) {
  auto& state = interpreter.csv;
  runtime::Type* dialect = runtime::new_native_type(interpreter, "_csv.Dialect", interpreter.object_type);
  dialect->deallocate = &dialect_deallocate;
  dialect->construct = &dialect_construct;
  runtime::add_getsets(interpreter, dialect,
                       {{"delimiter", &dialect_delimiter},
                        {"doublequote", &dialect_doublequote},
                        {"escapechar", &dialect_escapechar},
                        {"lineterminator", &dialect_lineterminator},
                        {"quotechar", &dialect_quotechar},
                        {"quoting", &dialect_quoting},
                        {"skipinitialspace", &dialect_skipinitialspace},
                        {"strict", &dialect_strict}});
  runtime::ready_native_type(interpreter, dialect);
  state.dialect_type = dialect;

  // Readers and writers hold what may refer back to them (the file, the
  // lines' iterator): containers for the cycle collector.
  runtime::Type* reader = new_iterator_type<ReaderObject>(interpreter, "_csv.reader", &reader_next);
  reader->subclassable = false;
  runtime::add_getsets(interpreter, reader,
                       {{"dialect", &reader_dialect, &runtime::readonly_member},
                        {"line_num", &reader_line_num, &runtime::readonly_member}});
  runtime::ready_native_type(interpreter, reader);
  state.reader_type = reader;

  runtime::Type* writer = new_container_type<WriterObject>(interpreter, "_csv.writer");
  writer->subclassable = false;
  runtime::add_methods(interpreter, writer, {{"writerow", &writer_writerow}, {"writerows", &writer_writerows}});
  runtime::add_getsets(interpreter, writer, {{"dialect", &writer_dialect, &runtime::readonly_member}});
  runtime::ready_native_type(interpreter, writer);
  state.writer_type = writer;
}

}  // namespace

Ref create_csv_module(Interpreter& interpreter) {
  auto& state = interpreter.csv;
  if (!state.error) {
    state.error = new_exception_class(interpreter, "_csv", "Error", interpreter.Exception_type);
    if (!state.error) return Ref();
    state.dialects = runtime::new_dict(interpreter);
    make_types(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_csv");
  const Value csv = module.get();
  runtime::add_module_functions(interpreter, csv,
                                {{"reader", &csv_reader},
                                 {"writer", &csv_writer},
                                 {"register_dialect", &csv_register_dialect},
                                 {"unregister_dialect", &csv_unregister_dialect},
                                 {"get_dialect", &csv_get_dialect},
                                 {"list_dialects", &csv_list_dialects},
                                 {"field_size_limit", &csv_field_size_limit}});
  for (const auto& [name, value] :
       {std::pair{"QUOTE_MINIMAL", quote_minimal}, std::pair{"QUOTE_ALL", quote_all},
        std::pair{"QUOTE_NONNUMERIC", quote_nonnumeric}, std::pair{"QUOTE_NONE", quote_none}})
    runtime::module_set(interpreter, csv, name, Value::small_int(value));
  runtime::module_set(interpreter, csv, "Error", state.error.get());
  runtime::module_set(interpreter, csv, "_dialects", state.dialects.get());
  runtime::module_set(interpreter, csv, "Dialect", Value::object(state.dialect_type));
  runtime::module_set(interpreter, csv, "Reader", Value::object(state.reader_type));
  runtime::module_set(interpreter, csv, "Writer", Value::object(state.writer_type));
  Ref version = runtime::new_str(interpreter, "1.0");
  runtime::module_set(interpreter, csv, "__version__", version.get());
  Ref doc = runtime::new_str(interpreter, "CSV parsing and writing.\n");
  runtime::module_set(interpreter, csv, "__doc__", doc.get());
  return module;
}

}  // namespace krait::modules
