// VM stage: the display of an uncaught exception as CPython 3.11 prints it
// (Python/pythonrun.c's print_exception_recursive and Python/traceback.c):
// each frame's `File` line, its source line and the caret line under the
// failing expression, repeated frames collapsed, chained exceptions, notes,
// and exception groups drawn as nested boxes.
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/code_object.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "parser/parser.h"
#include "runtime/operations.h"
#include "support/unicode.h"
#include "tokenizer/source.h"
#include "vm/suggestions.h"
#include "vm/vm.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using compiler::SourcePosition;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// CPython's _PyPegen_byte_offset_to_character_offset: the characters in
// the first `offset` bytes of `text` (one past the end counts the end).
long characters_before(std::string_view text, long offset) {
  if (offset > static_cast<long>(text.size()) + 1) offset = static_cast<long>(text.size()) + 1;
  const bool past_end = offset == static_cast<long>(text.size()) + 1;
  if (past_end) --offset;
  long count = past_end ? 1 : 0;
  for (long i = 0; i < offset; ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

// The columns the first `characters` characters of `text` take on a
// terminal: two for a wide character (CPython aligns carets so).
long display_width(std::string_view text, long characters) {
  long width = 0;
  std::size_t position = 0;
  for (long i = 0; i < characters; ++i) {
    if (position >= text.size()) {
      width += characters - i;
      break;
    }
    const int code_point = unicode::decode_utf8(text, position);
    width += code_point >= 0 && unicode::is_wide(static_cast<char32_t>(code_point)) ? 2 : 1;
  }
  return width;
}

// The bytes of `text` from character `start` to character `end`.
std::string_view character_range(std::string_view text, long start, long end) {
  std::size_t begin = 0;
  long index = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (index == start) begin = i;
    if (index == end) break;
    ++index;
  }
  if (index < start) return {};
  return text.substr(begin, i - begin);
}

// Source files as CPython's traceback display reads them: decoded, split
// at universal newlines, each file once.
class SourceFiles {
 public:
  // Line `number` without its line end; null when there is none.
  const std::string* line(const std::string& filename, int number) {
    auto found = files_.find(filename);
    if (found == files_.end()) found = files_.emplace(filename, read(filename)).first;
    if (number < 1 || static_cast<std::size_t>(number) > found->second.size()) return nullptr;
    return &found->second[number - 1];
  }

 private:
  static std::vector<std::string> read(const std::string& filename) {
    std::vector<std::string> lines;
    std::ifstream in(filename, std::ios::binary);
    if (!in) return lines;
    std::stringstream bytes;
    bytes << in.rdbuf();
    tokenizer::DecodedSource source = tokenizer::decode_source(bytes.str(), filename, tokenizer::SourceOrigin::Bytes);
    if (source.error) return lines;
    std::string_view text = source.text;
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      lines.emplace_back(text.substr(0, end));
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
    return lines;
  }

  std::map<std::string, std::vector<std::string>> files_;
};

// Where the carets of a binary operation or subscript change from `~` to
// `^` (Python/traceback.c's extract_anchors_from_line): the operator, or the
// brackets and what they hold. Byte offsets into `segment`.
struct Anchors {
  long left = -1;
  long right = -1;
  bool found = false;
};

Anchors anchors_of(std::string_view segment) {
  Anchors anchors;
  Arena arena;
  parser::ParseOptions options;
  parser::ParseResult parsed = parser::parse(segment, arena, options);
  if (!parsed.tree) return anchors;
  auto* module = ast::as<ast::Module>(parsed.tree);
  if (!module || module->body.size() != 1) return anchors;
  auto* statement = ast::as<ast::ExprStmt>(module->body[0]);
  if (!statement) return anchors;
  if (auto* operation = ast::as<ast::BinOp>(statement->value)) {
    const long right_start = operation->right->col_offset;
    for (long i = operation->left->end_col_offset; i < right_start; ++i) {
      if (is_space(segment[i])) continue;
      anchors.left = i;
      anchors.right = i + 1;
      if (i + 1 < right_start && !is_space(segment[i + 1])) ++anchors.right;  // a two-character operator
      if (i + 1 < right_start && segment[i] == ')') continue;
      anchors.found = true;
      break;
    }
    return anchors;
  }
  if (auto* subscript = ast::as<ast::Subscript>(statement->value)) {
    const long length = static_cast<long>(segment.size());
    anchors.left = subscript->value->end_col_offset;
    anchors.right = subscript->slice->end_col_offset + 1;
    while (anchors.left < length && segment[anchors.left] != '[') ++anchors.left;
    while (anchors.right < length && segment[anchors.right] != ']') ++anchors.right;
    if (anchors.right < length) ++anchors.right;
    anchors.found = true;
  }
  return anchors;
}

// The caret line under `line` (the whole source line) for an instruction at
// `position`, empty when none is shown.
std::string caret_line(const std::string& line, const SourcePosition& position) {
  if (position.line <= 0 || position.end_line <= 0 || position.column < 0 || position.end_column < 0) return "";
  long indent = 0;
  while (indent < static_cast<long>(line.size()) && is_space(line[indent])) ++indent;
  const long length = static_cast<long>(unicode::count_code_points(line));
  const long start = characters_before(line, position.column);
  long end = characters_before(line, position.end_column);
  long left = -1;
  long right = -1;
  char primary = '^';
  char secondary = '^';
  if (position.line == position.end_line) {
    const std::string_view segment = character_range(line, start, end);
    const Anchors anchors = anchors_of(segment);
    if (anchors.left >= 0) {
      left = characters_before(segment, anchors.left) + start;
      right = characters_before(segment, anchors.right) + start;
      if (anchors.found) primary = '~';
    }
  } else {
    // To the line's last non-blank character (CPython counts characters
    // but indexes bytes here).
    long i = length;
    while (--i >= 0 && is_space(line[i])) {
    }
    end = i + 1;
  }
  const bool anchored = left != -1 || right != -1;
  if (end - start == length - indent && !anchored) return "";
  // Offsets in terminal columns from here on.
  const long start_column = display_width(line, start);
  const long end_column = display_width(line, end);
  if (anchored) {
    left = display_width(line, left);
    right = display_width(line, right);
  }
  std::string carets;
  for (long offset = indent - 4 + 1; offset <= end_column; ++offset) {
    if (offset <= start_column)
      carets += ' ';
    else if (anchored && left < offset && offset <= right)
      carets += secondary;
    else
      carets += primary;
  }
  return carets;
}

// The state of one display (CPython's exception_print_context).
class Printer {
 public:
  explicit Printer(Interpreter& interpreter) : interpreter_(interpreter) {}

  std::string text() const { return out_; }

  void print_recursive(Value exception) {
    if (depth_guard_ > 100) return;
    ++depth_guard_;
    if (runtime::is_exception(interpreter_, exception)) print_cause_and_context(exception);
    if (is_group(exception))
      print_group(exception);
    else
      print_one(exception);
    --depth_guard_;
  }

 private:
  static constexpr int max_group_width = 15;
  static constexpr int max_group_depth = 10;

  std::string margin() const { return group_depth_ ? "| " : ""; }
  int indent() const { return 2 * group_depth_; }
  void write_margin() { out_ += std::string(indent(), ' ') + margin(); }

  bool is_group(Value exception) const {
    return runtime::is_exception(interpreter_, exception) &&
           runtime::is_subtype(runtime::type_of(interpreter_, exception), interpreter_.BaseExceptionGroup_type);
  }

  void print_cause_and_context(Value exception) {
    seen_.insert(exception.as_object());
    const runtime::ExceptionObject* object = runtime::as_exception(exception);
    if (object->cause) {
      if (!seen_.count(object->cause.get().as_object()))
        print_chained(object->cause.get(), "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (object->suppress_context || !object->context) return;
    if (!seen_.count(object->context.get().as_object()))
      print_chained(object->context.get(), "During handling of the above exception, another exception occurred:\n");
  }

  void print_chained(Value exception, const char* message) {
    const bool need_close = need_close_;
    print_recursive(exception);
    need_close_ = need_close;
    write_margin();
    out_ += "\n";
    write_margin();
    out_ += message;
    write_margin();
    out_ += "\n";
  }

  void print_group(Value group) {
    if (group_depth_ > max_group_depth) {
      write_margin();
      out_ += "... (max_group_depth is " + std::to_string(max_group_depth) + ")\n";
      return;
    }
    if (group_depth_ == 0) group_depth_ = 1;
    print_one(group);
    const runtime::TupleObject* exceptions = runtime::as_tuple(runtime::as_exception(group)->payload.get());
    const long count = static_cast<long>(exceptions->size);
    const long shown = count <= max_group_width ? count : max_group_width + 1;
    need_close_ = false;
    for (long i = 0; i < shown; ++i) {
      const bool last = i == shown - 1;
      if (last) need_close_ = true;  // unless a nested group closes the box
      out_ += std::string(indent(), ' ');
      const bool truncated = i >= max_group_width;
      out_ += std::string(i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : std::to_string(i + 1)) +
              " ----------------\n";
      ++group_depth_;
      if (!truncated) {
        print_recursive(exceptions->items()[i]);
      } else {
        const long remaining = count - max_group_width;
        write_margin();
        out_ += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close_) {
        out_ += std::string(indent(), ' ') + "+------------------------------------\n";
        need_close_ = false;
      }
      --group_depth_;
    }
    if (group_depth_ == 1) group_depth_ = 0;
  }

  void print_one(Value exception) {
    if (!runtime::is_exception(interpreter_, exception)) {
      // CPython: "TypeError: print_exception(): Exception expected for value, <type> found".
      write_margin();
      out_ += "TypeError: print_exception(): Exception expected for value, " +
              std::string(runtime::type_name(interpreter_, exception)) + " found\n";
      return;
    }
    print_traceback(exception);
    SyntaxErrorInfo syntax_error;
    if (runtime::syntax_error_details(interpreter_, exception, syntax_error)) {
      write_margined(format_syntax_error(syntax_error));
    } else {
      write_margin();
      out_ += runtime::displayed_type_name(interpreter_, runtime::type_of(interpreter_, exception));
      Ref message = runtime::str(interpreter_, exception);
      if (!message) Ref failed = interpreter_.take_exception();
      const std::string text = message ? std::string(runtime::str_utf8(message.get())) : "<exception str() failed>";
      if (!text.empty()) out_ += ": " + text;
      out_ += suggestion_text(interpreter_, exception);
      out_ += "\n";
    }
    print_notes(exception);
  }

  // Each line of `text` after the margin.
  void write_margined(const std::string& text) {
    std::string_view rest = text;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      write_margin();
      out_ += rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }

  void print_notes(Value exception) {
    Ref notes;
    const int found = runtime::lookup_attribute(interpreter_, exception, interpreter_.intern("__notes__"), notes);
    if (found <= 0) {
      if (found < 0) Ref failed = interpreter_.take_exception();
      return;
    }
    if (!runtime::is_sequence(interpreter_, notes.get())) {
      write_margin();
      Ref text = runtime::repr(interpreter_, notes.get());
      if (!text) Ref failed = interpreter_.take_exception();
      // (CPython 3.11 writes no line end after it.)
      out_ += text ? std::string(runtime::str_utf8(text.get())) : "<__notes__ repr() failed>";
      return;
    }
    Ref items = runtime::tuple_from_iterable(interpreter_, notes.get());
    if (!items) {
      Ref failed = interpreter_.take_exception();
      return;
    }
    const runtime::TupleObject* tuple = runtime::as_tuple(items.get());
    for (std::int64_t i = 0; i < tuple->size; ++i) {
      const Value note = tuple->items()[i];
      Ref text = runtime::str(interpreter_, note);
      Ref lines;
      if (text) {
        Ref splitlines = runtime::get_attribute(interpreter_, text.get(), interpreter_.intern("splitlines"));
        const Value keep_ends = interpreter_.boolean(true);
        if (splitlines) lines = runtime::call(interpreter_, splitlines.get(), &keep_ends, 1);
      }
      if (!lines) {
        Ref failed = interpreter_.take_exception();
        out_ += "<note str() failed>";
      } else {
        for (Value line : runtime::as_list(lines.get())->items) {
          write_margin();
          out_ += runtime::str_utf8(line);
        }
      }
      out_ += "\n";
    }
  }

  // The position of an entry's instruction; where the exception was raised,
  // an unbound local read in place is the name's.
  SourcePosition entry_position(const CodeObject& code, const runtime::ExceptionObject::TracebackEntry& entry) {
    const SourcePosition position = code.position_of(entry.instruction);
    if (&entry != &current_->traceback.front() ||
        current_->type != interpreter_.UnboundLocalError_type)
      return position;
    // "cannot access local variable 'x' where it is not associated with a value"
    const runtime::TupleObject* args = runtime::as_tuple(current_->args.get());
    if (args->size != 1 || !runtime::is_str(interpreter_, args->items()[0])) return position;
    const std::string_view message = runtime::str_utf8(args->items()[0]);
    const std::size_t start = message.find('\'');
    const std::size_t end = message.find("' where", start == std::string_view::npos ? 0 : start);
    if (start == std::string_view::npos || end == std::string_view::npos) return position;
    const std::string_view name = message.substr(start + 1, end - start - 1);
    for (std::size_t local = 0; local < code.local_names.size(); ++local) {
      if (runtime::str_utf8(code.local_names[local].get()) != name) continue;
      const SourcePosition* read = code.local_read_at(entry.instruction, static_cast<int>(local));
      return read ? *read : position;
    }
    return position;
  }

  void print_traceback(Value exception) {
    const runtime::ExceptionObject* object = runtime::as_exception(exception);
    current_ = object;
    if (object->traceback.empty()) return;
    out_ += std::string(indent(), ' ');
    if (is_group(exception)) {
      out_ += group_depth_ == 1 ? "+ " : margin();
      out_ += "Exception Group Traceback (most recent call last):\n";
    } else {
      out_ += margin() + "Traceback (most recent call last):\n";
    }
    // A run of entries for one line of one function shows three times,
    // then a count (tb_printinternal).
    constexpr int cutoff = 3;
    const CodeObject* last_code = nullptr;
    int last_line = -1;
    int count = 0;
    auto repeated = [&] {
      if (count <= cutoff) return;
      const int more = count - cutoff;
      // (No margin: CPython's tb_print_line_repeated writes it bare.)
      out_ += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    };
    for (auto entry = object->traceback.rbegin(); entry != object->traceback.rend(); ++entry) {
      const CodeObject* code = compiler::as_code(entry->code.get());
      const bool same = last_code && runtime::str_equal(code->filename.get(), last_code->filename.get()) &&
                        entry->line == last_line && runtime::str_equal(code->name.get(), last_code->name.get());
      if (!same) {
        repeated();
        last_code = code;
        last_line = entry->line;
        count = 0;
      }
      if (++count <= cutoff) print_entry(*code, *entry);
    }
    repeated();
  }

  void print_entry(const CodeObject& code, const runtime::ExceptionObject::TracebackEntry& entry) {
    const std::string filename(runtime::str_utf8(code.filename.get()));
    write_margin();
    out_ += "  File \"" + filename + "\", line " + std::to_string(entry.line) + ", in " +
            std::string(runtime::str_utf8(code.name.get())) + "\n";
    if (filename.size() >= 2 && filename.front() == '<' && filename.back() == '>') return;
    const std::string* line = sources_.line(filename, entry.line);
    if (!line) return;
    std::size_t indent = 0;
    while (indent < line->size() && is_space((*line)[indent])) ++indent;
    write_margin();
    out_ += "    " + line->substr(indent) + "\n";
    const std::string carets = caret_line(*line, entry_position(code, entry));
    if (carets.empty()) return;
    write_margin();
    out_ += carets + "\n";
  }

  Interpreter& interpreter_;
  std::string out_;
  int group_depth_ = 0;
  bool need_close_ = false;
  int depth_guard_ = 0;
  const runtime::ExceptionObject* current_ = nullptr;  // whose traceback prints
  std::set<const runtime::Object*> seen_;
  SourceFiles sources_;
};

}  // namespace

std::string format_exception(Interpreter& interpreter, Value exception) {
  Printer printer(interpreter);
  printer.print_recursive(exception);
  return printer.text();
}

namespace {

// Writes to sys.stderr, as CPython's display does (a program may have
// replaced it); to the process's stderr when there is no usable one.
// `or_process`: sys.stderr None also means the process's stderr (as
// CPython's PySys_WriteStderr), else nothing is written (PyErr_Display).
void write_stderr(Interpreter& interpreter, const std::string& text, bool or_process = false) {
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref stream;
  if (!sys.is_null() && runtime::lookup_attribute(interpreter, sys, interpreter.intern("stderr"), stream) < 0)
    Ref failed = interpreter.take_exception();
  if (stream && stream.get() == interpreter.none()) {
    if (!or_process) return;
    stream = Ref();
  }
  if (stream) {
    Ref write = runtime::get_attribute(interpreter, stream.get(), interpreter.intern("write"));
    Ref piece = runtime::new_str(interpreter, text);
    const Value argument = piece.get();
    Ref written = write && piece ? runtime::call(interpreter, write.get(), &argument, 1) : Ref();
    if (written) return;
    Ref failed = interpreter.take_exception();
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace

void print_exception(Interpreter& interpreter, Value exception) {
  write_stderr(interpreter, format_exception(interpreter, exception));
}

namespace {

// The exit status of SystemExit (CPython's _Py_HandleSystemExit): 0 for
// None; an int's value as a C long cut to an int (-1 past a long); else 1
// with str(code) on stderr.
int system_exit_status(Interpreter& interpreter, Value exception) {
  const Ref& code = runtime::as_exception(exception)->payload;
  if (!code || code.get() == interpreter.none()) return 0;
  if (code.get().is_small_int()) return static_cast<int>(code.get().as_small_int());
  if (runtime::is_int(interpreter, code.get())) {
    std::int64_t value = -1;
    if (!runtime::int_to_int64(interpreter, code.get(), value)) {
      Ref overflow = interpreter.take_exception();
      value = -1;
    }
    return static_cast<int>(value);
  }
  Ref text = runtime::str(interpreter, code.get());
  if (!text) Ref failed = interpreter.take_exception();
  if (text) write_stderr(interpreter, std::string(runtime::str_utf8(text.get())) + "\n", true);
  return 1;
}

bool is_system_exit(Interpreter& interpreter, Value exception) {
  return runtime::is_subtype(runtime::type_of(interpreter, exception), interpreter.SystemExit_type);
}

}  // namespace

int report_uncaught(Interpreter& interpreter, Value exception) {
  if (is_system_exit(interpreter, exception)) return system_exit_status(interpreter, exception);
  // CPython's _PyErr_PrintEx: the display is sys.excepthook's.
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref hook;
  if (!sys.is_null() && runtime::lookup_attribute(interpreter, sys, interpreter.intern("excepthook"), hook) < 0)
    Ref failed = interpreter.take_exception();
  if (sys.is_null()) {
    print_exception(interpreter, exception);
    return 1;
  }
  if (!hook) {
    write_stderr(interpreter, "sys.excepthook is missing\n");
    print_exception(interpreter, exception);
    return 1;
  }
  Ref traceback = runtime::get_attribute(interpreter, exception, interpreter.intern("__traceback__"));
  if (!traceback) traceback = Ref::borrow(interpreter.none());
  const Value arguments[] = {Value::object(runtime::type_of(interpreter, exception)), exception, traceback.get()};
  Ref result = runtime::call(interpreter, hook.get(), arguments, 3);
  if (!result) {
    Ref error = interpreter.take_exception();
    if (is_system_exit(interpreter, error.get())) return system_exit_status(interpreter, error.get());
    std::fflush(stdout);
    write_stderr(interpreter, "Error in sys.excepthook:\n");
    print_exception(interpreter, error.get());
    write_stderr(interpreter, "\nOriginal exception was:\n");
    print_exception(interpreter, exception);
  }
  return 1;
}

void print_unraisable(Interpreter& interpreter, Value exception, Value object, std::string_view where) {
  std::string text;
  if (!object.is_null()) {
    Ref description = runtime::repr(interpreter, object);
    if (!description) Ref discarded = interpreter.take_exception();
    text = "Exception ignored " + std::string(where) + ": " +
           (description ? std::string(runtime::str_utf8(description.get())) : std::string("<object repr() failed>")) +
           "\n";
  } else if (where != "in") {
    text = "Exception ignored " + std::string(where) + ":\n";
  }
  text += format_exception(interpreter, exception);
  write_stderr(interpreter, text);
}

}  // namespace krait::vm
