// Native modules: _io (CPython's Modules/_io/_iomodule.c): the module, its
// state (the types, made on first use), open(), open_code(),
// text_encoding(), and the standard streams sys makes from them. The
// classes are in modules/io/.
#include <unistd.h>

#include "modules/io/fileio.h"
#include "modules/io/io.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {

namespace io {

namespace {

void delete_state(void* state) { delete static_cast<IoState*>(state); }

// io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError),
// made as a class statement would make it.
Ref new_unsupported_operation(Interpreter& interpreter) {
  const Value base_values[] = {Value::object(interpreter.OSError_type), Value::object(interpreter.ValueError_type)};
  Ref name = runtime::new_str(interpreter, "UnsupportedOperation");
  Ref bases = runtime::new_tuple(interpreter, base_values);
  Ref namespace_dict = runtime::new_dict(interpreter);
  Ref module = runtime::new_str(interpreter, "io");
  runtime::dict_set_str(interpreter, namespace_dict.get(), interpreter.names.dunder_module, module.get());
  const Value arguments[] = {name.get(), bases.get(), namespace_dict.get()};
  return runtime::call(interpreter, Value::object(interpreter.type_type), arguments, 3);
}

// The parts of open()'s mode.
struct Mode {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  std::string raw;  // FileIO's mode
};

bool parse_mode(Interpreter& interpreter, std::string_view text, Mode& mode) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    bool* flag = nullptr;
    switch (c) {
      case 'x': flag = &mode.creating; break;
      case 'r': flag = &mode.reading; break;
      case 'w': flag = &mode.writing; break;
      case 'a': flag = &mode.appending; break;
      case '+': flag = &mode.updating; break;
      case 't': flag = &mode.text; break;
      case 'b': flag = &mode.binary; break;
      default: break;
    }
    if (!flag || text.find(c, i + 1) != std::string_view::npos) {
      interpreter.set_exception(interpreter.ValueError_type, "invalid mode: '" + std::string(text) + "'");
      return false;
    }
    *flag = true;
  }
  if (mode.creating) mode.raw += 'x';
  if (mode.reading) mode.raw += 'r';
  if (mode.writing) mode.raw += 'w';
  if (mode.appending) mode.raw += 'a';
  if (mode.updating) mode.raw += '+';
  if (mode.text && mode.binary) {
    interpreter.set_exception(interpreter.ValueError_type, "can't have text and binary mode at once");
    return false;
  }
  if (mode.creating + mode.reading + mode.writing + mode.appending > 1) {
    interpreter.set_exception(interpreter.ValueError_type, "must have exactly one of create/read/write/append mode");
    return false;
  }
  return true;
}

// An optional str argument of open(): null or None when absent.
bool optional_text(Interpreter& interpreter, const char* name, Value value) {
  if (value.is_null() || value == interpreter.none() || runtime::is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string("open() argument '") + name +
                                                            "' must be str or None, not " +
                                                            runtime::argument_type_name(interpreter, value));
  return false;
}

bool given(Interpreter& interpreter, Value value) { return !value.is_null() && value != interpreter.none(); }

// The layers above the raw file: buffered, then text (CPython's _io_open_impl after FileIO).
Ref wrap_raw(Interpreter& interpreter, IoState& state, Value raw, const Mode& mode, std::int64_t buffering,
             const Value* values, Value mode_text) {
  bool line_buffering = false;
  bool tty = false;
  if (buffering < 0) {
    Ref answer = call_method(interpreter, raw, "isatty");
    if (!answer) return Ref();
    const int truth = runtime::truth(interpreter, answer.get());
    if (truth < 0) return Ref();
    tty = truth;
  }
  if (buffering == 1 || tty) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) {
    Ref size = runtime::get_attribute(interpreter, raw, interpreter.intern("_blksize"));
    if (!size || !runtime::index_argument(interpreter, size.get(), buffering)) return Ref();
    if (buffering <= 1) buffering = default_buffer_size;
  }
  if (buffering == 0) {
    if (!mode.binary) return interpreter.raise(interpreter.ValueError_type, "can't have unbuffered text I/O");
    return Ref::borrow(raw);
  }
  Type* type = mode.updating ? state.buffered_random
               : mode.creating || mode.writing || mode.appending ? state.buffered_writer
                                                                 : state.buffered_reader;
  Ref buffer = new_buffered(interpreter, type, raw, buffering);
  if (!buffer || mode.binary) return buffer;
  Ref wrapper = new_text_wrapper(interpreter, buffer.get(), values[3].is_null() ? interpreter.none() : values[3],
                                 values[4].is_null() ? interpreter.none() : values[4],
                                 values[5].is_null() ? interpreter.none() : values[5], line_buffering, false);
  if (!wrapper || !runtime::set_attribute(interpreter, wrapper.get(), interpreter.intern("mode"), mode_text)) return Ref();
  return wrapper;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
Ref io_open(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[8];
  if (!runtime::bind_arguments(interpreter,
                               {"open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 0, 0, 1},
                               arguments, count, kwnames, values))
    return Ref();
  IoState* state = io_state(interpreter);
  if (!state) return Ref();
  Ref default_mode;
  if (values[1].is_null()) {
    default_mode = runtime::new_str(interpreter, "r");
    values[1] = default_mode.get();
  } else if (!runtime::is_str(interpreter, values[1])) {
    return interpreter.raise(interpreter.TypeError_type, "open() argument 'mode' must be str, not " +
                                                             runtime::argument_type_name(interpreter, values[1]));
  }
  std::int64_t buffering = -1;
  if (!values[2].is_null()) {
    if (runtime::is_float(interpreter, values[2]))
      return interpreter.raise(interpreter.TypeError_type, "'float' object cannot be interpreted as an integer");
    if (!runtime::index_argument(interpreter, values[2], buffering)) return Ref();
  }
  if (!optional_text(interpreter, "encoding", values[3]) || !optional_text(interpreter, "errors", values[4]) ||
      !optional_text(interpreter, "newline", values[5]))
    return Ref();
  bool closefd = true;
  if (!values[6].is_null()) {
    const int truth = runtime::truth(interpreter, values[6]);
    if (truth < 0) return Ref();
    closefd = truth;
  }
  Mode mode;
  if (!parse_mode(interpreter, runtime::str_utf8(values[1]), mode)) return Ref();
  if (mode.binary && given(interpreter, values[3]))
    return interpreter.raise(interpreter.ValueError_type, "binary mode doesn't take an encoding argument");
  if (mode.binary && given(interpreter, values[4]))
    return interpreter.raise(interpreter.ValueError_type, "binary mode doesn't take an errors argument");
  if (mode.binary && given(interpreter, values[5]))
    return interpreter.raise(interpreter.ValueError_type, "binary mode doesn't take a newline argument");
  Ref raw_mode = runtime::new_str(interpreter, mode.raw);
  const Value raw_arguments[] = {values[0], raw_mode.get(), interpreter.boolean(closefd),
                                 values[7].is_null() ? interpreter.none() : values[7]};
  Ref raw = runtime::call(interpreter, Value::object(state->fileio), raw_arguments, 4);
  if (!raw) return Ref();
  Ref result = wrap_raw(interpreter, *state, raw.get(), mode, buffering, values, values[1]);
  if (!result) {
    // The raw file is closed before the error goes on (as CPython's cleanup).
    Ref error = interpreter.take_exception();
    Ref closed = call_method(interpreter, raw.get(), "close");
    Ref ignored = interpreter.take_exception();
    interpreter.restore_exception(std::move(error));
  }
  return result;
}

Ref io_open_code(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value path;
  if (!runtime::bind_arguments(interpreter, {"open_code", {"path"}, 0, 0, 1}, arguments, count, kwnames, &path))
    return Ref();
  if (!runtime::is_str(interpreter, path))
    return interpreter.raise(interpreter.TypeError_type, "open_code() argument 'path' must be str, not " +
                                                             runtime::argument_type_name(interpreter, path));
  Ref mode = runtime::new_str(interpreter, "rb");
  const Value open_arguments[] = {path, mode.get()};
  return io_open(interpreter, Value(), open_arguments, 2, Value());
}

Ref io_text_encoding(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value values[2];
  if (!runtime::bind_arguments(interpreter, {"text_encoding", {"encoding", "stacklevel"}, 0, 0, 1}, arguments, count,
                               kwnames, values))
    return Ref();
  return text_encoding(interpreter, values[0]);
}

}  // namespace

IoState* io_state(Interpreter& interpreter, bool complete) {
  auto* state = static_cast<IoState*>(interpreter.io_state.get());
  if (!state) {
    state = new IoState;
    interpreter.io_state = std::unique_ptr<void, void (*)(void*)>(state, &delete_state);
    init_iobase_types(interpreter, *state);
    init_fileio_type(interpreter, *state);
    init_buffered_types(interpreter, *state);
    init_text_types(interpreter, *state);
  }
  if (!complete || state->complete) return state;
  state->complete = true;
  init_bytesio_type(interpreter, *state);
  init_stringio_type(interpreter, *state);
  init_buffered_random_types(interpreter, *state);
  init_newline_decoder_type(interpreter, *state);
  state->unsupported_operation = new_unsupported_operation(interpreter);
  if (!state->unsupported_operation) return nullptr;
  return state;
}

Ref text_encoding(Interpreter& interpreter, Value encoding) {
  if (!encoding.is_null() && encoding != interpreter.none()) return Ref::borrow(encoding);
  return runtime::new_str(interpreter, "locale");
}

Ref new_standard_stream(Interpreter& interpreter, int fd, std::FILE* file, bool write) {
  IoState* state = io_state(interpreter, false);
  if (!state) return Ref();
  Ref mode = runtime::new_str(interpreter, write ? "wb" : "rb");
  const Value raw_arguments[] = {Value::small_int(fd), mode.get(), interpreter.boolean(false)};
  Ref raw = runtime::call(interpreter, Value::object(state->fileio), raw_arguments, 3);
  if (!raw) return Ref();
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  Ref name = runtime::new_str(interpreter, names[fd]);
  if (!runtime::set_attribute(interpreter, raw.get(), interpreter.intern("name"), name.get())) return Ref();
  Ref buffer = new_buffered(interpreter, write ? state->buffered_writer : state->buffered_reader, raw.get(),
                            default_buffer_size);
  if (!buffer) return Ref();
  if (write) buffered_use_stdio(buffer.get(), file);
  Ref encoding = runtime::new_str(interpreter, "utf-8");
  Ref errors = runtime::new_str(interpreter, fd == 2 ? "backslashreplace" : "surrogateescape");
  Ref newline = runtime::new_str(interpreter, "\n");
  const bool line_buffering = fd == 2 || (fd == 1 && isatty(fd));
  Ref text = new_text_wrapper(interpreter, buffer.get(), encoding.get(), errors.get(), newline.get(), line_buffering,
                              false);
  if (!text) return Ref();
  Ref text_mode = runtime::new_str(interpreter, write ? "w" : "r");
  if (!runtime::set_attribute(interpreter, text.get(), interpreter.intern("mode"), text_mode.get())) return Ref();
  return text;
}

// builtins.open, the same function as _io.open.
Ref new_open_function(Interpreter& interpreter) {
  return runtime::new_builtin_function(interpreter, "open", &io_open);
}

}  // namespace io

runtime::Ref create_io_module(runtime::Interpreter& interpreter) {
  io::IoState* state = io::io_state(interpreter);
  if (!state) return runtime::Ref();
  runtime::Ref module = runtime::new_module(interpreter, "_io");
  const runtime::Value io_module = module.get();
  runtime::add_module_functions(interpreter, io_module,
                                {{"open_code", &io::io_open_code}, {"text_encoding", &io::io_text_encoding}});
  // open is builtins.open when that is still the one made at start.
  runtime::Value open = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("open"));
  runtime::Ref made;
  if (open.is_null() || runtime::type_of(interpreter, open) != interpreter.builtin_function_type ||
      static_cast<runtime::BuiltinFunction*>(open.as_object())->function != &io::io_open) {
    made = io::new_open_function(interpreter);
    open = made.get();
  }
  runtime::module_set(interpreter, io_module, "open", open);
  runtime::module_set(interpreter, io_module, "DEFAULT_BUFFER_SIZE", runtime::Value::small_int(io::default_buffer_size));
  runtime::module_set(interpreter, io_module, "BlockingIOError", runtime::Value::object(interpreter.BlockingIOError_type));
  runtime::module_set(interpreter, io_module, "UnsupportedOperation", state->unsupported_operation.get());
  struct Entry {
    const char* name;
    runtime::Type* type;
  };
  for (const Entry& entry : {Entry{"_IOBase", state->iobase}, Entry{"_RawIOBase", state->raw_iobase},
                             Entry{"_BufferedIOBase", state->buffered_iobase}, Entry{"_TextIOBase", state->text_iobase},
                             Entry{"FileIO", state->fileio}, Entry{"BytesIO", state->bytesio},
                             Entry{"StringIO", state->stringio}, Entry{"BufferedReader", state->buffered_reader},
                             Entry{"BufferedWriter", state->buffered_writer},
                             Entry{"BufferedRandom", state->buffered_random},
                             Entry{"BufferedRWPair", state->buffered_rwpair},
                             Entry{"TextIOWrapper", state->text_wrapper},
                             Entry{"IncrementalNewlineDecoder", state->newline_decoder}})
    runtime::module_set(interpreter, io_module, entry.name, runtime::Value::object(entry.type));
  return module;
}

}  // namespace krait::modules
