// Native modules: _io.StringIO, a text stream over a str in memory
// (CPython's Modules/_io/stringio.c): code points in a u32string, positions
// counted in code points, newline translation as CPython's.
#include <string>

#include "modules/io/io.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules::io {
namespace {

struct StringIOObject : IOObject {
  std::u32string text;
  std::int64_t position = 0;
  bool initialized = false;
  bool closed = false;
  // newline: None (universal, translated), '' (universal, kept), '\n',
  // '\r' or '\r\n' (written for '\n', and the only line ending read).
  bool universal = true;
  bool translate = true;
  std::u32string separator;  // the newline argument when given
  int seen = 0;              // NewlineSeen, when universal
  bool track = true;         // newline None or '': `newlines` reports what was written
};

StringIOObject* as_stringio(Value value) { return static_cast<StringIOObject*>(value.as_object()); }

StringIOObject* open_stringio(Interpreter& interpreter, Value self) {
  StringIOObject* io = as_stringio(self);
  if (!io->initialized) {
    raise_uninitialized(interpreter);
    return nullptr;
  }
  if (io->closed) {
    // StringIO's text has no final period (stringio.c's CHECK_CLOSED).
    raise_error(interpreter, interpreter.ValueError_type, "I/O operation on closed file");
    return nullptr;
  }
  return io;
}

std::u32string code_points(Value str) {
  const runtime::StrObject* object = runtime::as_str(str);
  return runtime::visit_code_points(object, [&](const auto* data) {
    std::u32string result(static_cast<std::size_t>(object->length), U'\0');
    for (std::int64_t i = 0; i < object->length; ++i) result[static_cast<std::size_t>(i)] = data[i];
    return result;
  });
}

Ref new_text(Interpreter& interpreter, std::u32string_view text) {
  runtime::StrBuilder builder(interpreter, static_cast<std::int64_t>(text.size()));
  for (const char32_t c : text) builder.append(c);
  return builder.finish();
}

Ref stringio_new(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  return Ref::steal(Value::object(new_io_object<StringIOObject>(interpreter, as_type(callee))));
}

// Writes `str` at the position (zero-filling a gap past the end), newlines
// translated as the newline argument asks.
void write_text(StringIOObject* io, Value str) {
  std::u32string text = code_points(str);
  if (io->universal) translate_newlines(text, io->translate, io->seen);
  if (!io->separator.empty() && io->separator != U"\n") {
    std::u32string translated;
    for (const char32_t c : text) {
      if (c == U'\n')
        translated += io->separator;
      else
        translated += c;
    }
    text = std::move(translated);
  }
  const auto position = static_cast<std::size_t>(io->position);
  if (io->text.size() < position) io->text.resize(position, U'\0');
  io->text.replace(position, std::min(text.size(), io->text.size() - position), text);
  io->position = static_cast<std::int64_t>(position + text.size());
}

bool newline_argument(Interpreter& interpreter, Value newline, bool& given, std::u32string& out) {
  given = !newline.is_null() && newline != interpreter.none();
  if (!given) return true;
  if (!runtime::is_str(interpreter, newline)) {
    interpreter.set_exception(interpreter.TypeError_type, "newline must be str or None, not " +
                                                              std::string(runtime::type_name(interpreter, newline)));
    return false;
  }
  out = code_points(newline);
  if (out.empty() || out == U"\n" || out == U"\r" || out == U"\r\n") return true;
  Ref shown = runtime::repr(interpreter, newline);
  if (shown) interpreter.set_exception(interpreter.ValueError_type, "illegal newline value: " + std::string(runtime::str_utf8(shown.get())));
  return false;
}

// StringIO(initial_value='', newline='\n').
Ref stringio_init(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"StringIO", {"initial_value", "newline"}}, arguments, count, kwnames, values))
    return Ref();
  const Value initial = values[0].is_null() || values[0] == interpreter.none() ? Value() : values[0];
  bool given = true;
  std::u32string newline = U"\n";
  if (!values[1].is_null() && !newline_argument(interpreter, values[1], given, newline)) return Ref();
  if (!initial.is_null() && !runtime::is_str(interpreter, initial))
    return interpreter.raise(interpreter.TypeError_type, "initial_value must be str or None, not " +
                                                             std::string(runtime::type_name(interpreter, initial)));
  StringIOObject* io = as_stringio(self);
  io->universal = !given || newline.empty();
  io->translate = !given;
  io->track = io->universal;
  io->separator = given ? newline : U"";
  io->seen = 0;
  io->text.clear();
  io->position = 0;
  io->closed = false;
  io->initialized = true;
  if (!initial.is_null()) write_text(io, initial);
  io->position = 0;
  return interpreter.new_none();
}

Ref stringio_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "StringIO.write", count, kwnames)) return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  if (!runtime::is_str(interpreter, arguments[0]))
    return interpreter.raise(interpreter.TypeError_type, "string argument expected, got " +
                                                             runtime::quoted_type_name(interpreter, arguments[0]));
  const std::int64_t length = runtime::as_str(arguments[0])->length;
  if (length > 0) write_text(io, arguments[0]);
  return runtime::new_int(interpreter, length);
}

Ref stringio_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "read", kwnames) || !runtime::check_positional(interpreter, "read", count, 0, 1))
    return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  const auto length = static_cast<std::int64_t>(io->text.size());
  if (io->position >= length) return runtime::new_str(interpreter, "");
  std::int64_t available = length - io->position;
  if (size >= 0 && size < available) available = size;
  Ref result = new_text(interpreter, std::u32string_view(io->text).substr(static_cast<std::size_t>(io->position),
                                                                          static_cast<std::size_t>(available)));
  io->position += available;
  return result;
}

// The next line, at most `limit` characters (none when negative).
Ref read_line(Interpreter& interpreter, StringIOObject* io, std::int64_t limit) {
  const auto length = static_cast<std::int64_t>(io->text.size());
  if (io->position >= length) return runtime::new_str(interpreter, "");
  const auto start = static_cast<std::size_t>(io->position);
  std::size_t end = line_end(io->text, start, io->universal, io->separator);
  if (limit >= 0 && static_cast<std::int64_t>(end - start) > limit) end = start + static_cast<std::size_t>(limit);
  io->position = static_cast<std::int64_t>(end);
  return new_text(interpreter, std::u32string_view(io->text).substr(start, end - start));
}

Ref stringio_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "readline", kwnames) ||
      !runtime::check_positional(interpreter, "readline", count, 0, 1))
    return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  std::int64_t size = -1;
  if (count == 1 && !size_argument(interpreter, arguments[0], size)) return Ref();
  return read_line(interpreter, io, size);
}

Ref stringio_next(Interpreter& interpreter, Value self) {
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  // A subclass's readline is the one iteration uses (CPython's stringio_iternext).
  Ref line;
  if (runtime::type_of(interpreter, self)->is_heap_type) {
    line = call_method(interpreter, self, "readline");
    if (line && !runtime::is_str(interpreter, line.get()))
      return interpreter.raise(interpreter.OSError_type, "readline() should have returned a str object, not '" +
                                                             std::string(runtime::type_name(interpreter, line.get())) + "'");
  } else {
    line = read_line(interpreter, io, -1);
  }
  if (!line || runtime::as_str(line.get())->length == 0) return Ref();
  return line;
}

Ref stringio_seek(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "seek", kwnames) || !runtime::check_positional(interpreter, "seek", count, 1, 2))
    return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  std::int64_t position = 0, whence = 0;
  if (!runtime::index_argument(interpreter, arguments[0], position) ||
      (count == 2 && !runtime::index_argument(interpreter, arguments[1], whence)))
    return Ref();
  if (whence != 0 && whence != 1 && whence != 2)
    return interpreter.raise(interpreter.ValueError_type,
                             "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (position < 0 && whence == 0)
    return interpreter.raise(interpreter.ValueError_type, "Negative seek position " + std::to_string(position));
  if (whence != 0 && position != 0)
    return interpreter.raise(interpreter.OSError_type, "Can't do nonzero cur-relative seeks");
  if (whence == 1) position = io->position;
  if (whence == 2) position = static_cast<std::int64_t>(io->text.size());
  io->position = position;
  return runtime::new_int(interpreter, position);
}

Ref stringio_tell(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "StringIO.tell", count, kwnames)) return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  return runtime::new_int(interpreter, io->position);
}

Ref stringio_truncate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "truncate", kwnames) ||
      !runtime::check_positional(interpreter, "truncate", count, 0, 1))
    return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  std::int64_t size = io->position;
  if (count == 1 && arguments[0] != interpreter.none() && !size_argument(interpreter, arguments[0], size)) return Ref();
  if (size < 0) return interpreter.raise(interpreter.ValueError_type, "Negative size value " + std::to_string(size));
  if (size < static_cast<std::int64_t>(io->text.size())) io->text.resize(static_cast<std::size_t>(size));
  return runtime::new_int(interpreter, size);
}

Ref stringio_getvalue(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "StringIO.getvalue", count, kwnames)) return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  return new_text(interpreter, io->text);
}

Ref stringio_close(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "StringIO.close", count, kwnames)) return Ref();
  StringIOObject* io = as_stringio(self);
  io->closed = true;
  io->text = std::u32string();
  return interpreter.new_none();
}

template <bool result>
Ref stringio_query(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "StringIO.readable", count, kwnames)) return Ref();
  if (!open_stringio(interpreter, self)) return Ref();
  return interpreter.new_boolean(result);
}

// (value, newline, position, dict), for copy and pickle.
Ref stringio_getstate(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "StringIO.__getstate__", count, kwnames)) return Ref();
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  Ref value = new_text(interpreter, io->text);
  Ref newline = io->translate ? interpreter.new_none() : new_text(interpreter, io->separator);
  Ref position = runtime::new_int(interpreter, io->position);
  Ref dict = state_dict(interpreter, self);
  if (!dict) return Ref();
  const Value items[] = {value.get(), newline.get(), position.get(), dict.get()};
  return runtime::new_tuple(interpreter, items);
}

Ref stringio_setstate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "StringIO.__setstate__", count, kwnames)) return Ref();
  // An object __new__ made and nothing initialized yet is fine (unpickling
  // sets the state so): only a closed one is refused (CHECK_CLOSED).
  StringIOObject* io = as_stringio(self);
  if (io->closed) return raise_error(interpreter, interpreter.ValueError_type, "I/O operation on closed file");
  if (!check_state(interpreter, self, arguments[0], 4, 3)) return Ref();
  const Value* items = runtime::as_tuple(arguments[0])->items();
  const Value init_arguments[] = {interpreter.none(), items[1]};
  if (!stringio_init(interpreter, self, init_arguments, 2, Value())) return Ref();
  std::int64_t position = 0;
  if (!runtime::is_str(interpreter, items[0]) || !runtime::index_argument(interpreter, items[2], position))
    return raise_error(interpreter, interpreter.TypeError_type, "invalid state");
  if (position < 0) return raise_error(interpreter, interpreter.ValueError_type, "position value cannot be negative");
  // The value is restored as it was, without newline translation.
  io->text = code_points(items[0]);
  io->position = position;
  return interpreter.new_none();
}

Ref stringio_closed(Interpreter& interpreter, Value self) {
  StringIOObject* io = as_stringio(self);
  if (!io->initialized) return raise_uninitialized(interpreter);
  return interpreter.new_boolean(io->closed);
}

Ref stringio_line_buffering(Interpreter& interpreter, Value self) {
  if (!open_stringio(interpreter, self)) return Ref();
  return interpreter.new_boolean(false);
}

Ref stringio_newlines(Interpreter& interpreter, Value self) {
  StringIOObject* io = open_stringio(interpreter, self);
  if (!io) return Ref();
  if (!io->track) return interpreter.new_none();
  return newlines_value(interpreter, io->seen);
}

void stringio_traverse(runtime::Object*, const runtime::Visitor&) {}

}  // namespace

void init_stringio_type(Interpreter& interpreter, IoState& state) {
  Type* type = new_io_type(interpreter, "_io.StringIO", state.text_iobase, &io_deallocate<StringIOObject>,
                           &stringio_traverse, nullptr);
  type->construct = &stringio_new;
  type->initialize = &stringio_init;
  type->next = &stringio_next;
  runtime::add_methods(interpreter, type,
                       {{"read", &stringio_read},
                        {"readline", &stringio_readline},
                        {"write", &stringio_write},
                        {"seek", &stringio_seek},
                        {"tell", &stringio_tell},
                        {"truncate", &stringio_truncate},
                        {"getvalue", &stringio_getvalue},
                        {"close", &stringio_close},
                        {"readable", &stringio_query<true>},
                        {"writable", &stringio_query<true>},
                        {"seekable", &stringio_query<true>},
                        {"__getstate__", &stringio_getstate},
                        {"__setstate__", &stringio_setstate}});
  runtime::add_getsets(interpreter, type,
                       {{"closed", &stringio_closed},
                        {"line_buffering", &stringio_line_buffering},
                        {"newlines", &stringio_newlines}});
  runtime::ready_native_type(interpreter, type);
  state.stringio = type;
}

}  // namespace krait::modules::io
