// Native modules: the standard streams (see standard_streams.h), shaped
// after io.TextIOWrapper: UTF-8 text, strict decoding.
#include "modules/standard_streams.h"

#include <unistd.h>

#include <string>

#include "objects/codecs.h"
#include "objects/descriptor_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

struct StreamObject : runtime::Object {
  std::FILE* file = nullptr;
  const char* name = "";
  const char* mode = "";
};

StreamObject* as_stream(Value value) { return static_cast<StreamObject*>(value.as_object()); }

bool writable(const StreamObject* stream) { return stream->mode[0] == 'w'; }

// io.UnsupportedOperation is an OSError (and a ValueError); OSError stands
// for it until there is an io module.
Ref unsupported(Interpreter& interpreter, const char* what) {
  return interpreter.raise(interpreter.OSError_type, what);
}

Ref stream_write(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "TextIOWrapper.write", kwnames) ||
      !runtime::check_positional(interpreter, "TextIOWrapper.write", count, 1, 1))
    return Ref();
  if (!writable(as_stream(self))) return unsupported(interpreter, "not writable");
  const Value text = arguments[0];
  if (!runtime::is_str(interpreter, text))
    return interpreter.raise(interpreter.TypeError_type,
                             "write() argument must be str, not " + runtime::argument_type_name(interpreter, text));
  const std::string_view utf8 = runtime::str_utf8(text);
  std::fwrite(utf8.data(), 1, utf8.size(), as_stream(self)->file);
  return runtime::new_int(interpreter, runtime::as_str(text)->length);
}

Ref stream_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.flush", count, kwnames)) return Ref();
  std::fflush(as_stream(self)->file);
  return interpreter.new_none();
}

// Up to `limit` bytes (no limit when negative), stopping after a newline
// when reading a `line`, or at the end of the input.
std::string read_bytes(std::FILE* file, std::int64_t limit, bool line) {
  std::string bytes;
  for (int c; (limit < 0 || static_cast<std::int64_t>(bytes.size()) < limit) && (c = std::fgetc(file)) != EOF;) {
    bytes += static_cast<char>(c);
    if (line && c == '\n') break;
  }
  return bytes;
}

// An optional size argument: negative or None means no limit.
bool size_argument(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                   Value kwnames, std::int64_t& size) {
  size = -1;
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_positional(interpreter, function, count, 0, 1))
    return false;
  if (count == 0 || arguments[0] == interpreter.none()) return true;
  return runtime::index_argument(interpreter, arguments[0], size);
}

Ref decoded(Interpreter& interpreter, const std::string& bytes) {
  return runtime::decode_bytes(interpreter, bytes, "utf-8", "strict");
}

Ref stream_readline(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t size;
  if (!size_argument(interpreter, "TextIOWrapper.readline", arguments, count, kwnames, size)) return Ref();
  if (writable(as_stream(self))) return unsupported(interpreter, "not readable");
  return decoded(interpreter, read_bytes(as_stream(self)->file, size, true));
}

Ref stream_read(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t size;
  if (!size_argument(interpreter, "TextIOWrapper.read", arguments, count, kwnames, size)) return Ref();
  if (writable(as_stream(self))) return unsupported(interpreter, "not readable");
  return decoded(interpreter, read_bytes(as_stream(self)->file, size, false));
}

Ref stream_readlines(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.readlines", count, kwnames)) return Ref();
  if (writable(as_stream(self))) return unsupported(interpreter, "not readable");
  Ref lines = runtime::new_list(interpreter, {});
  for (;;) {
    const std::string bytes = read_bytes(as_stream(self)->file, -1, true);
    if (bytes.empty()) return lines;
    Ref line = decoded(interpreter, bytes);
    if (!line) return Ref();
    runtime::list_append(lines.get(), line.get());
  }
}

// Iteration reads lines until the end of the input.
Ref stream_iter(Interpreter&, Value self) { return Ref::borrow(self); }
Ref stream_next(Interpreter& interpreter, Value self) {
  if (writable(as_stream(self))) return unsupported(interpreter, "not readable");
  const std::string bytes = read_bytes(as_stream(self)->file, -1, true);
  if (bytes.empty()) return Ref();
  return decoded(interpreter, bytes);
}

Ref stream_fileno(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.fileno", count, kwnames)) return Ref();
  return runtime::new_int(interpreter, fileno(as_stream(self)->file));
}

Ref stream_isatty(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.isatty", count, kwnames)) return Ref();
  return interpreter.new_boolean(isatty(fileno(as_stream(self)->file)));
}

Ref stream_writable(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.writable", count, kwnames)) return Ref();
  return interpreter.new_boolean(writable(as_stream(self)));
}

Ref stream_readable(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "TextIOWrapper.readable", count, kwnames)) return Ref();
  return interpreter.new_boolean(!writable(as_stream(self)));
}

Ref stream_name(Interpreter& interpreter, Value self) { return runtime::new_str(interpreter, as_stream(self)->name); }
Ref stream_mode(Interpreter& interpreter, Value self) { return runtime::new_str(interpreter, as_stream(self)->mode); }
Ref stream_encoding(Interpreter& interpreter, Value) { return runtime::new_str(interpreter, "utf-8"); }

Ref stream_repr(Interpreter& interpreter, Value self) {
  const StreamObject* stream = as_stream(self);
  return runtime::new_str(interpreter, "<_io.TextIOWrapper name='" + std::string(stream->name) + "' mode='" +
                                           stream->mode + "' encoding='utf-8'>");
}

void stream_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<StreamObject*>(object); }

}  // namespace

runtime::Type* new_stream_type(Interpreter& interpreter) {
  runtime::Type* type = runtime::new_native_type(interpreter, "_io.TextIOWrapper", interpreter.object_type);
  type->repr = &stream_repr;
  type->iter = &stream_iter;
  type->next = &stream_next;
  type->deallocate = &stream_deallocate;
  runtime::add_methods(interpreter, type,
                       {{"write", &stream_write},
                        {"flush", &stream_flush},
                        {"read", &stream_read},
                        {"readline", &stream_readline},
                        {"readlines", &stream_readlines},
                        {"fileno", &stream_fileno},
                        {"isatty", &stream_isatty},
                        {"writable", &stream_writable},
                        {"readable", &stream_readable}});
  runtime::add_getsets(interpreter, type,
                       {{"name", &stream_name}, {"mode", &stream_mode}, {"encoding", &stream_encoding}});
  runtime::ready_native_type(interpreter, type);
  return type;
}

Ref new_stream(Interpreter& interpreter, runtime::Type* type, std::FILE* file, const char* name, const char* mode) {
  auto* stream = new StreamObject;
  stream->type = type;
  stream->file = file;
  stream->name = name;
  stream->mode = mode;
  return Ref::steal(Value::object(stream));
}

}  // namespace krait::modules
