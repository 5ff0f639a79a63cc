// Native modules: _json (CPython 3.11's Modules/_json.c), the speedups
// Lib/json uses when present: scanstring, make_scanner (the Scanner type:
// one JSON value from a str, what JSONDecoder.scan_once calls),
// make_encoder (the Encoder type: a whole value encoded to one str, used by
// JSONEncoder when indent is None), encode_basestring_ascii and
// encode_basestring. Errors are json.decoder.JSONDecodeError, raised with
// the texts, positions and StopIteration protocol of the C version.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/number_format.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

Ref call_one(Interpreter& interpreter, Value callable, Value argument) {
  return runtime::call(interpreter, callable, &argument, 1);
}

Ref one_tuple(Interpreter& interpreter, Value item) { return runtime::new_tuple(interpreter, {&item, 1}); }

bool is_json_whitespace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Ref first_argument_not_string(Interpreter& interpreter, Value value) {
  return interpreter.raise(interpreter.TypeError_type, "first argument must be a string, not " +
                                                           std::string(runtime::type_name(interpreter, value)));
}

// Raises json.decoder.JSONDecodeError(message, string, position) (CPython's
// raise_errmsg): the class is looked up on each error, as CPython does.
void raise_decode_error(Interpreter& interpreter, const char* message, Value string, std::int64_t position) {
  const Value import = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("__import__"));
  if (import.is_null()) return void(interpreter.raise(interpreter.ImportError_type, "__import__ not found"));
  Ref name = runtime::new_str(interpreter, "json.decoder");
  Ref wanted = runtime::new_str(interpreter, "JSONDecodeError");
  Ref fromlist = one_tuple(interpreter, wanted.get());
  const Value import_arguments[] = {name.get(), interpreter.none(), interpreter.none(), fromlist.get()};
  Ref module = runtime::call(interpreter, import, import_arguments, 4);
  if (!module) return;
  Ref error_class = runtime::get_attribute(interpreter, module.get(), wanted.get());
  if (!error_class) return;
  Ref text = runtime::new_str(interpreter, message);
  Ref where = runtime::new_int(interpreter, position);
  const Value arguments[] = {text.get(), string, where.get()};
  Ref error = runtime::call(interpreter, error_class.get(), arguments, 3);
  if (!error) return;
  interpreter.raise_object(std::move(error));
}

// ---- Decoding ----

int hex_digit(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// The string starting after the quote at begin - 1 (CPython's
// scanstring_unicode): the str and, in `end`, the index after its closing
// quote.
template <class Char>
Ref scan_string(Interpreter& interpreter, Value string, const Char* text, std::int64_t length, std::int64_t end,
                bool strict, std::int64_t& next_end) {
  const std::int64_t begin = end - 1;
  if (end < 0 || length < end) return interpreter.raise(interpreter.ValueError_type, "end is out of bounds");
  std::optional<runtime::StrBuilder> builder;
  while (true) {
    std::int64_t next = end;
    char32_t c = 0;
    for (; next < length; ++next) {
      c = text[next];
      if (c == '"' || c == '\\') break;
      if (c <= 0x1f && strict) {
        raise_decode_error(interpreter, "Invalid control character at", string, next);
        return Ref();
      }
    }
    if (next == length || (c != '"' && c != '\\')) {
      raise_decode_error(interpreter, "Unterminated string starting at", string, begin);
      return Ref();
    }
    if (c == '"' && !builder) {
      // No escape: the str is a slice of the source.
      next_end = next + 1;
      return runtime::str_substring(interpreter, string, end, next);
    }
    if (!builder) builder.emplace(interpreter, next - end);
    if (next > end) builder->append(string, end, next);
    ++next;
    if (c == '"') {
      end = next;
      break;
    }
    if (next == length) {
      raise_decode_error(interpreter, "Unterminated string starting at", string, begin);
      return Ref();
    }
    c = text[next];
    if (c != 'u') {
      end = next + 1;
      switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: c = 0; break;
      }
      if (c == 0) {
        raise_decode_error(interpreter, "Invalid \\escape", string, end - 2);
        return Ref();
      }
    } else {
      c = 0;
      ++next;
      end = next + 4;
      if (end >= length) {
        raise_decode_error(interpreter, "Invalid \\uXXXX escape", string, next - 1);
        return Ref();
      }
      for (; next < end; ++next) {
        const int digit = hex_digit(text[next]);
        if (digit < 0) {
          raise_decode_error(interpreter, "Invalid \\uXXXX escape", string, end - 5);
          return Ref();
        }
        c = (c << 4) | static_cast<char32_t>(digit);
      }
      // A high surrogate followed by an escaped low one is one character.
      if (c >= 0xD800 && c <= 0xDBFF && end + 6 < length && text[next] == '\\' && text[next + 1] == 'u') {
        next += 2;
        char32_t low = 0;
        end += 6;
        for (; next < end; ++next) {
          const int digit = hex_digit(text[next]);
          if (digit < 0) {
            raise_decode_error(interpreter, "Invalid \\uXXXX escape", string, end - 5);
            return Ref();
          }
          low = (low << 4) | static_cast<char32_t>(digit);
        }
        if (low >= 0xDC00 && low <= 0xDFFF) {
          c = 0x10000 + (((c - 0xD800) << 10) | (low - 0xDC00));
        } else {
          end -= 6;
        }
      }
    }
    builder->append(c);
  }
  next_end = end;
  return builder->finish();
}

// scanstring(string, end, strict=True) -> (str, end).
Ref json_scanstring(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::int64_t end = 0;
  if (!runtime::reject_keywords(interpreter, "scanstring", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "scanstring", count, 2, 3) ||
      !runtime::index_argument(interpreter, arguments[1], end))
    return Ref();
  bool strict = true;
  if (count == 3) {
    const int truth = runtime::truth(interpreter, arguments[2]);
    if (truth < 0) return Ref();
    strict = truth != 0;
  }
  const Value string = arguments[0];
  if (!runtime::is_str(interpreter, string)) return first_argument_not_string(interpreter, string);
  const runtime::StrObject* str = runtime::as_str(string);
  std::int64_t next_end = 0;
  Ref result = runtime::visit_code_points(str, [&](const auto* text) {
    return scan_string(interpreter, string, text, str->length, end, strict, next_end);
  });
  if (!result) return Ref();
  Ref position = runtime::new_int(interpreter, next_end);
  const Value pair[] = {result.get(), position.get()};
  return runtime::new_tuple(interpreter, pair);
}

// The Scanner (make_scanner(context)): the decoder's settings, read once.
struct ScannerObject : runtime::Object {
  bool strict = true;
  Ref object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
};

ScannerObject* as_scanner(Value value) { return static_cast<ScannerObject*>(value.as_object()); }

// One scan_once call over a str of code points of type Char.
template <class Char>
class Scan {
 public:
  Scan(Interpreter& interpreter, const ScannerObject* scanner, Value string, const Char* text, std::int64_t length)
      : interpreter_(interpreter), scanner_(scanner), string_(string), text_(text), length_(length) {}

  // The value at `index`, `end` after it; StopIteration(index) when no
  // value starts there.
  Ref value(std::int64_t index, std::int64_t& end) {
    if (index < 0) return interpreter_.raise(interpreter_.ValueError_type, "idx cannot be negative");
    if (index >= length_) return runtime::raise_stop_iteration(interpreter_, Value::small_int(index));
    switch (text_[index]) {
      case '"': return scan_string(interpreter_, string_, text_, length_, index + 1, scanner_->strict, end);
      case '{': {
        runtime::RecursionGuard guard(interpreter_, " while decoding a JSON object from a unicode string");
        if (!guard) return Ref();
        return object(index + 1, end);
      }
      case '[': {
        runtime::RecursionGuard guard(interpreter_, " while decoding a JSON array from a unicode string");
        if (!guard) return Ref();
        return array(index + 1, end);
      }
      case 'n':
        if (matches(index, "null")) {
          end = index + 4;
          return interpreter_.new_none();
        }
        break;
      case 't':
        if (matches(index, "true")) {
          end = index + 4;
          return interpreter_.new_boolean(true);
        }
        break;
      case 'f':
        if (matches(index, "false")) {
          end = index + 5;
          return interpreter_.new_boolean(false);
        }
        break;
      case 'N':
        if (matches(index, "NaN")) return constant("NaN", index, 3, end);
        break;
      case 'I':
        if (matches(index, "Infinity")) return constant("Infinity", index, 8, end);
        break;
      case '-':
        if (matches(index, "-Infinity")) return constant("-Infinity", index, 9, end);
        break;
      default: break;
    }
    return number(index, end);
  }

 private:
  bool matches(std::int64_t index, std::string_view word) const {
    if (index + static_cast<std::int64_t>(word.size()) > length_) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (text_[index + static_cast<std::int64_t>(i)] != static_cast<Char>(word[i])) return false;
    return true;
  }

  std::int64_t skip_whitespace(std::int64_t index) const {
    while (index < length_ && is_json_whitespace(text_[index])) ++index;
    return index;
  }

  bool at(std::int64_t index, char c) const { return index < length_ && text_[index] == static_cast<Char>(c); }

  Ref fail(const char* message, std::int64_t index) {
    raise_decode_error(interpreter_, message, string_, index);
    return Ref();
  }

  Ref constant(const char* name, std::int64_t index, std::int64_t size, std::int64_t& end) {
    Ref text = runtime::new_str(interpreter_, name);
    Ref result = call_one(interpreter_, scanner_->parse_constant.get(), text.get());
    if (result) end = index + size;
    return result;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? (CPython's _match_number_unicode).
  Ref number(std::int64_t start, std::int64_t& end) {
    std::int64_t index = start;
    if (at(index, '-')) {
      ++index;
      if (index >= length_) return runtime::raise_stop_iteration(interpreter_, Value::small_int(start));
    }
    auto digit = [&](std::int64_t i) { return i < length_ && text_[i] >= '0' && text_[i] <= '9'; };
    if (text_[index] >= '1' && text_[index] <= '9') {
      ++index;
      while (digit(index)) ++index;
    } else if (text_[index] == '0') {
      ++index;
    } else {
      return runtime::raise_stop_iteration(interpreter_, Value::small_int(start));
    }
    bool is_float = false;
    if (at(index, '.') && digit(index + 1)) {
      is_float = true;
      index += 2;
      while (digit(index)) ++index;
    }
    if (at(index, 'e') || at(index, 'E')) {
      std::int64_t exponent = index + 1;
      if (at(exponent, '-') || at(exponent, '+')) ++exponent;
      if (digit(exponent)) {
        while (digit(exponent)) ++exponent;
        is_float = true;
        index = exponent;
      }
    }
    end = index;
    // The digits are ASCII whatever the str's width.
    std::string digits;
    digits.reserve(static_cast<std::size_t>(index - start));
    for (std::int64_t i = start; i < index; ++i) digits.push_back(static_cast<char>(text_[i]));
    if (is_float) {
      if (scanner_->parse_float.get() == Value::object(interpreter_.float_type))
        return runtime::new_float(interpreter_, std::strtod(digits.c_str(), nullptr));
      Ref text = runtime::new_str(interpreter_, digits);
      return call_one(interpreter_, scanner_->parse_float.get(), text.get());
    }
    if (scanner_->parse_int.get() == Value::object(interpreter_.int_type)) {
      if (digits.size() <= 18) return runtime::new_int(interpreter_, std::strtoll(digits.c_str(), nullptr, 10));
      return runtime::new_int_from_decimal(interpreter_, digits);
    }
    Ref text = runtime::new_str(interpreter_, digits);
    return call_one(interpreter_, scanner_->parse_int.get(), text.get());
  }

  // After '{' (CPython's _parse_object_unicode).
  Ref object(std::int64_t index, std::int64_t& end) {
    const bool pairs = scanner_->object_pairs_hook.get() != interpreter_.none();
    Ref result = pairs ? runtime::new_list(interpreter_, {}) : runtime::new_dict(interpreter_);
    index = skip_whitespace(index);
    if (!at(index, '}')) {
      while (true) {
        if (!at(index, '"')) return fail("Expecting property name enclosed in double quotes", index);
        std::int64_t next = 0;
        Ref key = scan_string(interpreter_, string_, text_, length_, index + 1, scanner_->strict, next);
        if (!key) return Ref();
        key = memoized(std::move(key));
        if (!key) return Ref();
        index = skip_whitespace(next);
        if (!at(index, ':')) return fail("Expecting ':' delimiter", index);
        index = skip_whitespace(index + 1);
        Ref item = value(index, next);
        if (!item) return Ref();
        if (pairs) {
          const Value pair[] = {key.get(), item.get()};
          Ref tuple = runtime::new_tuple(interpreter_, pair);
          runtime::list_append(result.get(), tuple.get());
        } else if (!runtime::dict_set_item(interpreter_, result.get(), key.get(), item.get())) {
          return Ref();
        }
        index = skip_whitespace(next);
        if (at(index, '}')) break;
        if (!at(index, ',')) return fail("Expecting ',' delimiter", index);
        index = skip_whitespace(index + 1);
      }
    }
    end = index + 1;
    if (pairs) return call_one(interpreter_, scanner_->object_pairs_hook.get(), result.get());
    if (scanner_->object_hook.get() != interpreter_.none())
      return call_one(interpreter_, scanner_->object_hook.get(), result.get());
    return result;
  }

  // After '[' (CPython's _parse_array_unicode).
  Ref array(std::int64_t index, std::int64_t& end) {
    Ref result = runtime::new_list(interpreter_, {});
    index = skip_whitespace(index);
    if (!at(index, ']')) {
      while (true) {
        std::int64_t next = 0;
        Ref item = value(index, next);
        if (!item) return Ref();
        runtime::list_append(result.get(), item.get());
        index = skip_whitespace(next);
        if (at(index, ']')) break;
        if (!at(index, ',')) return fail("Expecting ',' delimiter", index);
        index = skip_whitespace(index + 1);
      }
    }
    end = index + 1;
    return result;
  }

  // Equal keys share one str within a document (CPython's memo).
  Ref memoized(Ref key) {
    if (!memo_) memo_ = runtime::new_dict(interpreter_);
    Value known;
    const int found = runtime::dict_lookup(interpreter_, memo_.get(), key.get(), known);
    if (found < 0) return Ref();
    if (found > 0) return Ref::borrow(known);
    if (!runtime::dict_set_item(interpreter_, memo_.get(), key.get(), key.get())) return Ref();
    return key;
  }

  Interpreter& interpreter_;
  const ScannerObject* scanner_;
  Value string_;
  const Char* text_;
  std::int64_t length_;
  Ref memo_;
};

Ref scanner_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                      Value kwnames) {
  static const runtime::NativeSignature signature{"make_scanner", {"context"}, 0, 0, 1};
  Value context;
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, &context)) return Ref();
  Ref strict = runtime::get_attribute(interpreter, context, interpreter.intern("strict"));
  if (!strict) return Ref();
  const int strict_truth = runtime::truth(interpreter, strict.get());
  if (strict_truth < 0) return Ref();
  Ref fields[5];
  const char* names[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
  for (int i = 0; i < 5; ++i) {
    fields[i] = runtime::get_attribute(interpreter, context, interpreter.intern(names[i]));
    if (!fields[i]) return Ref();
  }
  auto* scanner = runtime::gc_new<ScannerObject>(interpreter, static_cast<Type*>(callee.as_object()));
  scanner->strict = strict_truth != 0;
  scanner->object_hook = std::move(fields[0]);
  scanner->object_pairs_hook = std::move(fields[1]);
  scanner->parse_float = std::move(fields[2]);
  scanner->parse_int = std::move(fields[3]);
  scanner->parse_constant = std::move(fields[4]);
  return Ref::steal(Value::object(scanner));
}

// scanner(string, idx) -> (value, end).
Ref scanner_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  static const runtime::NativeSignature signature{"scan_once", {"string", "idx"}, 0, 0, 2};
  Value bound[2];
  std::int64_t index = 0;
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound) ||
      !runtime::index_argument(interpreter, bound[1], index))
    return Ref();
  const Value string = bound[0];
  if (!runtime::is_str(interpreter, string)) return first_argument_not_string(interpreter, string);
  const runtime::StrObject* str = runtime::as_str(string);
  std::int64_t end = 0;
  Ref result = runtime::visit_code_points(str, [&](const auto* text) {
    using Char = std::remove_cv_t<std::remove_pointer_t<decltype(text)>>;
    Scan<Char> scan(interpreter, as_scanner(self), string, text, str->length);
    return scan.value(index, end);
  });
  if (!result) return Ref();
  Ref position = runtime::new_int(interpreter, end);
  const Value pair[] = {result.get(), position.get()};
  return runtime::new_tuple(interpreter, pair);
}

void scanner_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  const auto* scanner = static_cast<ScannerObject*>(object);
  visit(scanner->object_hook);
  visit(scanner->object_pairs_hook);
  visit(scanner->parse_float);
  visit(scanner->parse_int);
  visit(scanner->parse_constant);
}

void scanner_clear(Interpreter&, runtime::Object* object) {
  auto* scanner = static_cast<ScannerObject*>(object);
  Ref fields[] = {std::move(scanner->object_hook), std::move(scanner->object_pairs_hook),
                  std::move(scanner->parse_float), std::move(scanner->parse_int),
                  std::move(scanner->parse_constant)};
}

void scanner_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<ScannerObject*>(object));
}

template <Ref ScannerObject::*field>
Ref scanner_member(Interpreter& interpreter, Value self) {
  const Value value = (as_scanner(self)->*field).get();
  return Ref::borrow(value.is_null() ? interpreter.none() : value);
}

Ref scanner_strict(Interpreter& interpreter, Value self) { return interpreter.new_boolean(as_scanner(self)->strict); }

// ---- Encoding ----

void append_hex_escape(runtime::StrBuilder& out, char32_t c) {
  static const char digits[] = "0123456789abcdef";
  const char text[] = {'\\', 'u', digits[(c >> 12) & 0xf], digits[(c >> 8) & 0xf], digits[(c >> 4) & 0xf],
                       digits[c & 0xf]};
  out.append_ascii(std::string_view(text, sizeof text));
}

// A str as a JSON string literal, quotes included (CPython's
// ascii_escape_unicode and escape_unicode): with `ascii`, everything outside
// printable ASCII as \uXXXX (surrogate pairs above U+FFFF).
void append_json_string(runtime::StrBuilder& out, Value str, bool ascii) {
  out.append_ascii("\"");
  const runtime::StrObject* object = runtime::as_str(str);
  runtime::visit_code_points(object, [&](const auto* text) {
    std::int64_t run = 0;  // start of the characters copied as they are
    for (std::int64_t i = 0; i < object->length; ++i) {
      const char32_t c = text[i];
      const bool plain = c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~');
      if (plain) continue;
      if (i > run) out.append(str, run, i);
      run = i + 1;
      switch (c) {
        case '"': out.append_ascii("\\\""); break;
        case '\\': out.append_ascii("\\\\"); break;
        case '\b': out.append_ascii("\\b"); break;
        case '\f': out.append_ascii("\\f"); break;
        case '\n': out.append_ascii("\\n"); break;
        case '\r': out.append_ascii("\\r"); break;
        case '\t': out.append_ascii("\\t"); break;
        default:
          if (c >= 0x10000) {
            const char32_t v = c - 0x10000;
            append_hex_escape(out, 0xD800 | ((v >> 10) & 0x3ff));
            append_hex_escape(out, 0xDC00 | (v & 0x3ff));
          } else {
            append_hex_escape(out, c);
          }
          break;
      }
    }
    if (object->length > run) out.append(str, run, object->length);
  });
  out.append_ascii("\"");
}

template <bool ascii>
Ref json_encode_basestring(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                           Value kwnames) {
  if (!runtime::check_one_argument(interpreter, ascii ? "encode_basestring_ascii" : "encode_basestring", count,
                                   kwnames))
    return Ref();
  if (!runtime::is_str(interpreter, arguments[0])) return first_argument_not_string(interpreter, arguments[0]);
  runtime::StrBuilder out(interpreter, runtime::as_str(arguments[0])->length + 2);
  append_json_string(out, arguments[0], ascii);
  return out.finish();
}

// The Encoder (make_encoder(...)): c_make_encoder's nine settings.
struct EncoderObject : runtime::Object {
  Ref markers, default_function, encoder, indent, key_separator, item_separator;
  bool sort_keys = false, skip_keys = false, allow_nan = true;
  // The encoder is one of this module's string encoders: called directly.
  enum class Fast { None, Ascii, Unicode } fast = Fast::None;
};

EncoderObject* as_encoder(Value value) { return static_cast<EncoderObject*>(value.as_object()); }

Ref encoder_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                      Value kwnames) {
  static const runtime::NativeSignature signature{"make_encoder",
                                                  {"markers", "default", "encoder", "indent", "key_separator",
                                                   "item_separator", "sort_keys", "skipkeys", "allow_nan"},
                                                  0,
                                                  0,
                                                  9};
  Value bound[9];
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound)) return Ref();
  if (bound[0] != interpreter.none() && !runtime::is_dict(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "make_encoder() argument 1 must be dict or None, not " +
                                                             std::string(runtime::type_name(interpreter, bound[0])));
  for (int i : {4, 5})
    if (!runtime::is_str(interpreter, bound[i]))
      return interpreter.raise(interpreter.TypeError_type,
                               "make_encoder() argument " + std::to_string(i + 1) + " must be str, not " +
                                   std::string(runtime::type_name(interpreter, bound[i])));
  int flags[3];
  for (int i = 0; i < 3; ++i) {
    flags[i] = runtime::truth(interpreter, bound[6 + i]);
    if (flags[i] < 0) return Ref();
  }
  auto* encoder = runtime::gc_new<EncoderObject>(interpreter, static_cast<Type*>(callee.as_object()));
  encoder->markers = Ref::borrow(bound[0]);
  encoder->default_function = Ref::borrow(bound[1]);
  encoder->encoder = Ref::borrow(bound[2]);
  encoder->indent = Ref::borrow(bound[3]);
  encoder->key_separator = Ref::borrow(bound[4]);
  encoder->item_separator = Ref::borrow(bound[5]);
  encoder->sort_keys = flags[0] != 0;
  encoder->skip_keys = flags[1] != 0;
  encoder->allow_nan = flags[2] != 0;
  const Value function = bound[2];
  if (function.is_object() && function.as_object()->type == interpreter.builtin_function_type) {
    const runtime::NativeFunction native = static_cast<runtime::BuiltinFunction*>(function.as_object())->function;
    if (native == &json_encode_basestring<true>) encoder->fast = EncoderObject::Fast::Ascii;
    if (native == &json_encode_basestring<false>) encoder->fast = EncoderObject::Fast::Unicode;
  }
  return Ref::steal(Value::object(encoder));
}

class Encoding {
 public:
  Encoding(Interpreter& interpreter, EncoderObject* encoder) : interpreter_(interpreter), encoder_(encoder), out_(interpreter) {}

  // Appends the JSON text of `value` (CPython's encoder_listencode_obj).
  bool encode(Value value) {
    if (value == interpreter_.none()) return out_.append_ascii("null"), true;
    if (value == interpreter_.boolean(true)) return out_.append_ascii("true"), true;
    if (value == interpreter_.boolean(false)) return out_.append_ascii("false"), true;
    if (runtime::is_str(interpreter_, value)) return encode_string(value);
    if (runtime::is_int(interpreter_, value)) return encode_int(value);
    if (runtime::is_float(interpreter_, value)) return encode_float(value);
    if (runtime::is_list(interpreter_, value) || runtime::is_tuple(interpreter_, value) ||
        runtime::is_subtype(runtime::type_of(interpreter_, value), interpreter_.list_type) ||
        runtime::is_subtype(runtime::type_of(interpreter_, value), interpreter_.tuple_type)) {
      runtime::RecursionGuard guard(interpreter_, " while encoding a JSON object");
      return guard && encode_list(value);
    }
    if (runtime::is_dict(interpreter_, value)) {
      runtime::RecursionGuard guard(interpreter_, " while encoding a JSON object");
      return guard && encode_dict(value);
    }
    if (!enter(value)) return false;
    Ref replacement = runtime::call(interpreter_, encoder_->default_function.get(), &value, 1);
    if (!replacement) return false;
    {
      runtime::RecursionGuard guard(interpreter_, " while encoding a JSON object");
      if (!guard || !encode(replacement.get())) return false;
    }
    leave(value);
    return true;
  }

  Ref finish() { return out_.finish(); }

 private:
  bool encode_string(Value str) {
    switch (encoder_->fast) {
      case EncoderObject::Fast::Ascii: append_json_string(out_, str, true); return true;
      case EncoderObject::Fast::Unicode: append_json_string(out_, str, false); return true;
      case EncoderObject::Fast::None: break;
    }
    Ref encoded = runtime::call(interpreter_, encoder_->encoder.get(), &str, 1);
    if (!encoded) return false;
    if (!runtime::is_str(interpreter_, encoded.get())) {
      interpreter_.set_exception(interpreter_.TypeError_type,
                                 "encoder() must return a string, not " +
                                     std::string(runtime::type_name(interpreter_, encoded.get())));
      return false;
    }
    out_.append(encoded.get());
    return true;
  }

  // int.__repr__, also for subclasses (an IntEnum encodes as its value).
  bool encode_int(Value value) {
    if (value.is_small_int()) {
      out_.append_ascii(std::to_string(value.as_small_int()));
      return true;
    }
    Ref text = interpreter_.int_type->repr(interpreter_, value);
    if (!text) return false;
    out_.append(text.get());
    return true;
  }

  // float.__repr__, or Infinity, -Infinity and NaN when allow_nan.
  bool encode_float(Value value) {
    const double x = runtime::float_value(value);
    if (!std::isfinite(x)) {
      if (!encoder_->allow_nan) {
        interpreter_.set_exception(interpreter_.ValueError_type, "Out of range float values are not JSON compliant");
        return false;
      }
      out_.append_ascii(x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN");
      return true;
    }
    out_.append_ascii(krait::float_repr(x));
    return true;
  }

  // The circular-reference check (when markers is a dict, as
  // check_circular asks): containers being encoded, innermost last.
  bool enter(Value value) {
    if (encoder_->markers.get() == interpreter_.none()) return true;
    if (std::find(active_.begin(), active_.end(), value) != active_.end()) {
      interpreter_.set_exception(interpreter_.ValueError_type, "Circular reference detected");
      return false;
    }
    active_.push_back(value);
    return true;
  }
  void leave(Value value) {
    if (!active_.empty() && active_.back() == value) active_.pop_back();
  }

  bool encode_list(Value sequence) {
    const Value* items = nullptr;
    std::size_t size = 0;
    Ref held = Ref::borrow(sequence);
    if (runtime::is_subtype(runtime::type_of(interpreter_, sequence), interpreter_.tuple_type)) {
      items = runtime::as_tuple(sequence)->items();
      size = static_cast<std::size_t>(runtime::as_tuple(sequence)->size);
    } else {
      // A snapshot: encoding an item may run code that changes the list.
      held = runtime::tuple_from_iterable(interpreter_, sequence);
      if (!held) return false;
      items = runtime::as_tuple(held.get())->items();
      size = static_cast<std::size_t>(runtime::as_tuple(held.get())->size);
    }
    if (size == 0) return out_.append_ascii("[]"), true;
    if (!enter(sequence)) return false;
    out_.append_ascii("[");
    for (std::size_t i = 0; i < size; ++i) {
      if (i > 0) out_.append(encoder_->item_separator.get());
      if (!encode(items[i])) return false;
    }
    out_.append_ascii("]");
    leave(sequence);
    return true;
  }

  // A dict key as its JSON string (null: skipped), or false on error.
  bool key_text(Value key, Ref& out) {
    if (runtime::is_str(interpreter_, key)) {
      out = Ref::borrow(key);
      return true;
    }
    std::string text;
    if (runtime::is_float(interpreter_, key)) {
      const double x = runtime::float_value(key);
      if (!std::isfinite(x) && !encoder_->allow_nan) {
        interpreter_.set_exception(interpreter_.ValueError_type, "Out of range float values are not JSON compliant");
        return false;
      }
      text = std::isfinite(x) ? krait::float_repr(x) : x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
    } else if (key == interpreter_.boolean(true)) {
      text = "true";
    } else if (key == interpreter_.boolean(false)) {
      text = "false";
    } else if (key == interpreter_.none()) {
      text = "null";
    } else if (runtime::is_int(interpreter_, key)) {
      out = interpreter_.int_type->repr(interpreter_, key);
      return static_cast<bool>(out);
    } else if (encoder_->skip_keys) {
      out = Ref();
      return true;
    } else {
      interpreter_.set_exception(interpreter_.TypeError_type,
                                 "keys must be str, int, float, bool or None, not " +
                                     std::string(runtime::type_of(interpreter_, key)->name));
      return false;
    }
    out = runtime::new_str(interpreter_, text);
    return true;
  }

  bool encode_dict(Value dict) {
    if (runtime::as_dict(dict)->used == 0) return out_.append_ascii("{}"), true;
    if (!enter(dict)) return false;
    // The items as a list of pairs (CPython's PyMapping_Items), sorted as
    // a list when sort_keys asks.
    Ref items;
    if (runtime::type_of(interpreter_, dict) == interpreter_.dict_type) {
      items = runtime::new_list(interpreter_, {});
      std::size_t position = 0;
      Value key, value;
      while (runtime::dict_next(dict, position, key, value)) {
        const Value pair[] = {key, value};
        Ref tuple = runtime::new_tuple(interpreter_, pair);
        runtime::list_append(items.get(), tuple.get());
      }
    } else {
      Ref view = runtime::call_method(interpreter_, dict, interpreter_.intern("items"), nullptr, 0);
      if (!view) return false;
      items = runtime::new_list(interpreter_, {});
      if (!runtime::list_extend(interpreter_, items.get(), view.get())) return false;
    }
    if (encoder_->sort_keys) {
      Ref sorted = runtime::call_method(interpreter_, items.get(), interpreter_.intern("sort"), nullptr, 0);
      if (!sorted) return false;
    }
    out_.append_ascii("{");
    bool first = true;
    for (Value item : runtime::as_list(items.get())->items) {
      if (!runtime::is_tuple(interpreter_, item) || runtime::as_tuple(item)->size != 2) {
        interpreter_.set_exception(interpreter_.ValueError_type, "items must return tuples of 2");
        return false;
      }
      Ref key;
      if (!key_text(runtime::as_tuple(item)->items()[0], key)) return false;
      if (!key) continue;
      if (!first) out_.append(encoder_->item_separator.get());
      first = false;
      if (!encode_string(key.get())) return false;
      out_.append(encoder_->key_separator.get());
      if (!encode(runtime::as_tuple(item)->items()[1])) return false;
    }
    out_.append_ascii("}");
    leave(dict);
    return true;
  }

  Interpreter& interpreter_;
  EncoderObject* encoder_;
  runtime::StrBuilder out_;
  std::vector<Value> active_;
};

// encoder(obj, _current_indent_level) -> (str,).
Ref encoder_call(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  static const runtime::NativeSignature signature{"_iterencode", {"obj", "_current_indent_level"}, 0, 0, 2};
  Value bound[2];
  std::int64_t level = 0;
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound) ||
      !runtime::index_argument(interpreter, bound[1], level))
    return Ref();
  Encoding encoding(interpreter, as_encoder(self));
  if (!encoding.encode(bound[0])) return Ref();
  Ref text = encoding.finish();
  if (!text) return Ref();
  return one_tuple(interpreter, text.get());
}

void encoder_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  const auto* encoder = static_cast<EncoderObject*>(object);
  visit(encoder->markers);
  visit(encoder->default_function);
  visit(encoder->encoder);
  visit(encoder->indent);
  visit(encoder->key_separator);
  visit(encoder->item_separator);
}

void encoder_clear(Interpreter&, runtime::Object* object) {
  auto* encoder = static_cast<EncoderObject*>(object);
  Ref fields[] = {std::move(encoder->markers), std::move(encoder->default_function), std::move(encoder->encoder),
                  std::move(encoder->indent)};
}

void encoder_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<EncoderObject*>(object));
}

template <Ref EncoderObject::*field>
Ref encoder_member(Interpreter& interpreter, Value self) {
  const Value value = (as_encoder(self)->*field).get();
  return Ref::borrow(value.is_null() ? interpreter.none() : value);
}

template <bool EncoderObject::*field>
Ref encoder_flag(Interpreter& interpreter, Value self) {
  return interpreter.new_boolean(as_encoder(self)->*field);
}

void init_json_types(Interpreter& interpreter) {
  Type* scanner = runtime::new_native_type(interpreter, "_json.Scanner", interpreter.object_type);
  scanner->construct = &scanner_construct;
  scanner->call = &scanner_call;
  scanner->traverse = &scanner_traverse;
  scanner->clear = &scanner_clear;
  scanner->deallocate = &scanner_deallocate;
  runtime::add_getsets(interpreter, scanner,
                       {{"strict", &scanner_strict},
                        {"object_hook", &scanner_member<&ScannerObject::object_hook>},
                        {"object_pairs_hook", &scanner_member<&ScannerObject::object_pairs_hook>},
                        {"parse_float", &scanner_member<&ScannerObject::parse_float>},
                        {"parse_int", &scanner_member<&ScannerObject::parse_int>},
                        {"parse_constant", &scanner_member<&ScannerObject::parse_constant>}});
  // Heap types in CPython, whose namespaces hold __module__.
  runtime::dict_set_str(interpreter, scanner->dict.get(), interpreter.names.dunder_module, interpreter.intern("_json"));
  runtime::ready_native_type(interpreter, scanner);
  interpreter.json_types.scanner = scanner;

  Type* encoder = runtime::new_native_type(interpreter, "_json.Encoder", interpreter.object_type);
  encoder->construct = &encoder_construct;
  encoder->call = &encoder_call;
  encoder->traverse = &encoder_traverse;
  encoder->clear = &encoder_clear;
  encoder->deallocate = &encoder_deallocate;
  runtime::add_getsets(interpreter, encoder,
                       {{"markers", &encoder_member<&EncoderObject::markers>},
                        {"default", &encoder_member<&EncoderObject::default_function>},
                        {"encoder", &encoder_member<&EncoderObject::encoder>},
                        {"indent", &encoder_member<&EncoderObject::indent>},
                        {"key_separator", &encoder_member<&EncoderObject::key_separator>},
                        {"item_separator", &encoder_member<&EncoderObject::item_separator>},
                        {"sort_keys", &encoder_flag<&EncoderObject::sort_keys>},
                        {"skipkeys", &encoder_flag<&EncoderObject::skip_keys>}});
  runtime::dict_set_str(interpreter, encoder->dict.get(), interpreter.names.dunder_module, interpreter.intern("_json"));
  runtime::ready_native_type(interpreter, encoder);
  interpreter.json_types.encoder = encoder;
}

}  // namespace

Ref create_json_module(Interpreter& interpreter) {
  if (!interpreter.json_types.scanner) init_json_types(interpreter);
  Ref module = runtime::new_module(interpreter, "_json");
  const Value json = module.get();
  runtime::add_module_functions(interpreter, json,
                                {{"scanstring", &json_scanstring},
                                 {"encode_basestring_ascii", &json_encode_basestring<true>},
                                 {"encode_basestring", &json_encode_basestring<false>}});
  runtime::module_set(interpreter, json, "make_scanner", Value::object(interpreter.json_types.scanner));
  runtime::module_set(interpreter, json, "make_encoder", Value::object(interpreter.json_types.encoder));
  return module;
}

}  // namespace krait::modules
