// Native modules: _struct (CPython 3.11's Modules/_struct.c), which
// Lib/struct.py re-exports: pack, unpack, calcsize, iter_unpack, pack_into,
// unpack_from, the Struct type, its unpack_iterator and struct.error.
//
// A format is a byte order prefix ('@' native with alignment, '=' '<' '>'
// '!' standard sizes) and codes with repeat counts. CPython packs through
// three tables of functions, substituting the native ones into the
// little-endian table where sizes agree; the error texts follow from which
// function runs, so each code here records the function family CPython
// would use (see IntegerRule).
#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
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

enum class ByteOrder { Native, Little, Big };

// How an integer code checks its range, which decides CPython's message:
//   Byte, UnsignedByte, Short, UnsignedShort  the native functions' own texts
//                         ("short format requires ...");
//   Signed, Unsigned      a C long / unsigned long read ("argument out of
//                         range" beyond 64 bits), then the code's range
//                         ("'i' format requires ...") when narrower;
//   BigSigned, BigUnsigned  a byte-array conversion: "int too large to
//                         convert" when out of range (big-endian q and Q,
//                         and P).
enum class IntegerRule { Byte, UnsignedByte, Short, UnsignedShort, Signed, Unsigned, BigSigned, BigUnsigned };

enum class Kind { Integer, Bool, Char, Pad, String, Pascal, Half, Float, Double };

struct Code {
  char format = 0;
  Kind kind = Kind::Pad;
  IntegerRule rule = IntegerRule::Signed;
  std::int64_t offset = 0;
  std::int64_t size = 0;  // bytes: the item's, or a string's length
};

struct Layout {
  ByteOrder order = ByteOrder::Native;
  std::vector<Code> codes;
  std::int64_t size = 0;
  std::int64_t items = 0;  // values packed or unpacked
};

Type* error_type(Interpreter& interpreter) { return interpreter.struct_types.error; }

bool struct_error(Interpreter& interpreter, const std::string& message) {
  interpreter.set_exception(error_type(interpreter), message);
  return false;
}

// The size and alignment of a code in native mode (x86-64 Linux), 0 if the
// character is not a code.
struct NativeShape {
  int size, alignment;
};
NativeShape native_shape(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return {1, c == '?' ? 1 : 0};
    case 'h': case 'H': case 'e': return {2, 2};
    case 'i': case 'I': case 'f': return {4, 4};
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return {8, 8};
    default: return {0, 0};
  }
}

int standard_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

// Fills a code's kind and integer rule for `c` in `order` (size already set).
void classify(Code& code, ByteOrder order) {
  const char c = code.format;
  switch (c) {
    case 'x': code.kind = Kind::Pad; return;
    case 'c': code.kind = Kind::Char; return;
    case '?': code.kind = Kind::Bool; return;
    case 's': code.kind = Kind::String; return;
    case 'p': code.kind = Kind::Pascal; return;
    case 'e': code.kind = Kind::Half; return;
    case 'f': code.kind = Kind::Float; return;
    case 'd': code.kind = Kind::Double; return;
    default: code.kind = Kind::Integer; break;
  }
  // The native functions serve native mode, and little-endian mode (on this
  // little-endian machine) wherever the standard size is the native one.
  const bool native_function = order == ByteOrder::Native ||
                               (order == ByteOrder::Little && standard_size(c) == native_shape(c).size);
  const bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
  if (c == 'b') {
    code.rule = IntegerRule::Byte;
  } else if (c == 'B') {
    code.rule = IntegerRule::UnsignedByte;
  } else if (c == 'P' || (!native_function && code.size == 8)) {
    code.rule = is_unsigned ? IntegerRule::BigUnsigned : IntegerRule::BigSigned;
  } else if (native_function && c == 'h') {
    code.rule = IntegerRule::Short;
  } else if (native_function && c == 'H') {
    code.rule = IntegerRule::UnsignedShort;
  } else {
    code.rule = is_unsigned ? IntegerRule::Unsigned : IntegerRule::Signed;
  }
}

// Parses a format (CPython's prepare_s): false with struct.error pending.
bool parse_format(Interpreter& interpreter, std::string_view format, Layout& layout) {
  if (format.find('\0') != std::string_view::npos) return struct_error(interpreter, "embedded null character");
  std::size_t position = 0;
  layout.order = ByteOrder::Native;
  bool aligned = true;
  if (!format.empty()) {
    switch (format[0]) {
      case '@': position = 1; break;
      case '=': case '<': layout.order = ByteOrder::Little; aligned = false; position = 1; break;
      case '>': case '!': layout.order = ByteOrder::Big; aligned = false; position = 1; break;
      default: break;
    }
  }
  constexpr std::int64_t limit = INT64_MAX;
  std::int64_t size = 0;
  while (position < format.size()) {
    char c = format[position++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    std::int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = c - '0';
      while (position < format.size() && format[position] >= '0' && format[position] <= '9') {
        const int digit = format[position++] - '0';
        if (count > (limit - digit) / 10) return struct_error(interpreter, "total struct size too long");
        count = count * 10 + digit;
      }
      if (position == format.size()) return struct_error(interpreter, "repeat count given without format specifier");
      c = format[position++];
    }
    const NativeShape shape = native_shape(c);
    const bool known = layout.order == ByteOrder::Native ? shape.size != 0 : standard_size(c) != 0;
    if (!known) return struct_error(interpreter, "bad char in struct format");
    const std::int64_t item_size = layout.order == ByteOrder::Native ? shape.size : standard_size(c);
    if (aligned && shape.alignment > 1 && size > 0) {
      const std::int64_t extra = (shape.alignment - 1) - (size - 1) % shape.alignment;
      if (extra > limit - size) return struct_error(interpreter, "total struct size too long");
      size += extra;
    }
    if (count > (limit - size) / item_size) return struct_error(interpreter, "total struct size too long");
    Code code;
    code.format = c;
    code.size = item_size;
    classify(code, layout.order);
    if (c == 's' || c == 'p') {
      code.offset = size;
      code.size = count;
      layout.codes.push_back(code);
      ++layout.items;
    } else if (c != 'x') {
      for (std::int64_t i = 0; i < count; ++i) {
        code.offset = size + i * item_size;
        layout.codes.push_back(code);
      }
      layout.items += count;
    }
    size += count * item_size;
  }
  layout.size = size;
  return true;
}

// A format argument (str or bytes) as its text.
bool format_text(Interpreter& interpreter, Value format, std::string& out) {
  if (runtime::is_str(interpreter, format)) {
    out = runtime::str_utf8(format);
    return true;
  }
  if (runtime::is_bytes(interpreter, format)) {
    out = runtime::as_bytes(format)->view();
    return true;
  }
  interpreter.set_exception(interpreter.TypeError_type, "Struct() argument 1 must be a str or bytes object, not " +
                                                            std::string(runtime::type_name(interpreter, format)));
  return false;
}

// ---- Packing ----

// The integer a code packs: an int, or what __index__ returns.
Ref integer_argument(Interpreter& interpreter, Value value) {
  if (runtime::is_int(interpreter, value)) return Ref::borrow(value);
  if (runtime::lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    struct_error(interpreter, "required argument is not an integer");
    return Ref();
  }
  return runtime::number_index(interpreter, value);
}

// The value of an int as 64 bits, signed or unsigned; false when it does
// not fit.
bool int_bits(Interpreter& interpreter, Value value, bool is_unsigned, std::uint64_t& out) {
  if (is_unsigned) return runtime::int_to_uint64(interpreter, value, out);
  std::int64_t wide = 0;
  if (!runtime::int_to_int64(interpreter, value, wide)) return false;
  out = static_cast<std::uint64_t>(wide);
  return true;
}

void store(char* target, std::uint64_t bits, std::int64_t size, ByteOrder order) {
  for (std::int64_t i = 0; i < size; ++i) {
    const std::int64_t position = order == ByteOrder::Big ? size - 1 - i : i;
    target[position] = static_cast<char>(bits >> (8 * i));
  }
}

std::uint64_t load(const char* source, std::int64_t size, ByteOrder order) {
  std::uint64_t bits = 0;
  for (std::int64_t i = 0; i < size; ++i) {
    const std::int64_t position = order == ByteOrder::Big ? size - 1 - i : i;
    bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(source[position])) << (8 * i);
  }
  return bits;
}

std::string range_text(const Code& code, bool is_unsigned) {
  const std::int64_t bits = code.size * 8;
  if (is_unsigned)
    return std::string("'") + code.format + "' format requires 0 <= number <= " +
           std::to_string((std::uint64_t{1} << bits) - 1);
  const std::int64_t largest = (std::int64_t{1} << (bits - 1)) - 1;
  return std::string("'") + code.format + "' format requires " + std::to_string(-largest - 1) +
         " <= number <= " + std::to_string(largest);
}

bool pack_integer(Interpreter& interpreter, const Code& code, ByteOrder order, Value value, char* target) {
  Ref integer = integer_argument(interpreter, value);
  if (!integer) return false;
  const bool is_unsigned = code.rule == IntegerRule::Unsigned || code.rule == IntegerRule::BigUnsigned;
  std::uint64_t bits = 0;
  if (code.format == 'P') {
    // A pointer takes any value of 64 bits, signed or unsigned.
    if (!int_bits(interpreter, integer.get(), false, bits) && !int_bits(interpreter, integer.get(), true, bits))
      return struct_error(interpreter, "int too large to convert");
    store(target, bits, code.size, order);
    return true;
  }
  // Byte and short ranges are checked on a C long, which is always signed.
  const bool read_unsigned = is_unsigned && code.rule != IntegerRule::UnsignedShort;
  if (!int_bits(interpreter, integer.get(), read_unsigned, bits)) {
    const bool byte_array = code.rule == IntegerRule::BigSigned || code.rule == IntegerRule::BigUnsigned;
    return struct_error(interpreter, byte_array ? "int too large to convert" : "argument out of range");
  }
  const auto wide = static_cast<std::int64_t>(bits);
  switch (code.rule) {
    case IntegerRule::Byte:
      if (wide < -128 || wide > 127) return struct_error(interpreter, "byte format requires -128 <= number <= 127");
      break;
    case IntegerRule::UnsignedByte:
      if (wide < 0 || wide > 255) return struct_error(interpreter, "ubyte format requires 0 <= number <= 255");
      break;
    case IntegerRule::Short:
      if (wide < -32768 || wide > 32767)
        return struct_error(interpreter, "short format requires -32768 <= number <= 32767");
      break;
    case IntegerRule::UnsignedShort:
      if (wide < 0 || wide > 65535) return struct_error(interpreter, "ushort format requires 0 <= number <= 65535");
      break;
    case IntegerRule::Signed:
      if (code.size < 8) {
        const std::int64_t largest = (std::int64_t{1} << (code.size * 8 - 1)) - 1;
        if (wide < -largest - 1 || wide > largest) return struct_error(interpreter, range_text(code, false));
      }
      break;
    case IntegerRule::Unsigned:
      if (code.size < 8 && bits > (std::uint64_t{1} << (code.size * 8)) - 1)
        return struct_error(interpreter, range_text(code, true));
      break;
    case IntegerRule::BigSigned:
    case IntegerRule::BigUnsigned: break;
  }
  store(target, bits, code.size, order);
  return true;
}

// PyFloat_AsDouble: a float, __float__, or __index__; any failure is
// struct.error "required argument is not a float".
bool struct_float_argument(Interpreter& interpreter, Value value, double& out) {
  if (runtime::float_argument(interpreter, value, out)) return true;
  Ref ignored = interpreter.take_exception();
  return struct_error(interpreter, "required argument is not a float");
}

// An overflowing float: OverflowError, or for an int argument struct.error
// "int too large to convert" (as s_pack_internal rewrites it).
bool float_overflow(Interpreter& interpreter, Value value, char format) {
  if (runtime::is_int(interpreter, value)) return struct_error(interpreter, "int too large to convert");
  interpreter.set_exception(interpreter.OverflowError_type,
                            std::string("float too large to pack with ") + format + " format");
  return false;
}

// IEEE 754 binary16 bits of x, rounded half to even (CPython's
// PyFloat_Pack2); false when x is too large.
bool half_bits(double x, std::uint16_t& out) {
  unsigned sign = 0;
  int exponent = 0;
  unsigned bits = 0;
  if (x == 0.0) {
    sign = std::signbit(x) ? 1 : 0;
  } else if (std::isinf(x)) {
    sign = x < 0;
    exponent = 0x1f;
  } else if (std::isnan(x)) {
    sign = std::signbit(x) ? 1 : 0;
    exponent = 0x1f;
    bits = 512;
  } else {
    sign = x < 0;
    if (sign) x = -x;
    double fraction = std::frexp(x, &exponent);
    fraction *= 2.0;  // into [1.0, 2.0)
    --exponent;
    if (exponent >= 16) return false;
    if (exponent < -25) {  // underflows to zero
      fraction = 0.0;
      exponent = 0;
    } else if (exponent < -14) {  // subnormal
      fraction = std::ldexp(fraction, 14 + exponent);
      exponent = 0;
    } else {
      exponent += 15;
      fraction -= 1.0;
    }
    fraction *= 1024.0;
    bits = static_cast<unsigned>(fraction);
    if (fraction - bits > 0.5 || (fraction - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++exponent == 31) return false;
      }
    }
  }
  out = static_cast<std::uint16_t>(bits | (static_cast<unsigned>(exponent) << 10) | (sign << 15));
  return true;
}

double half_value(std::uint16_t half) {
  const bool sign = (half >> 15) & 1;
  int exponent = (half >> 10) & 0x1f;
  const unsigned fraction = half & 0x3ff;
  if (exponent == 0x1f) {
    if (fraction == 0) return sign ? -HUGE_VAL : HUGE_VAL;
    return sign ? -std::fabs(NAN) : std::fabs(NAN);
  }
  double x = fraction / 1024.0;
  if (exponent == 0) {
    exponent = -14;
  } else {
    x += 1.0;
    exponent -= 15;
  }
  x = std::ldexp(x, exponent);
  return sign ? -x : x;
}

bool pack_float(Interpreter& interpreter, const Code& code, ByteOrder order, Value value, char* target) {
  double x = 0;
  if (!struct_float_argument(interpreter, value, x)) return false;
  std::uint64_t bits = 0;
  if (code.kind == Kind::Half) {
    std::uint16_t half = 0;
    if (!half_bits(x, half)) return float_overflow(interpreter, value, 'e');
    bits = half;
  } else if (code.kind == Kind::Float) {
    const auto narrow = static_cast<float>(x);
    // Native mode stores the C cast; standard sizes refuse to overflow.
    if (order != ByteOrder::Native && std::isinf(narrow) && !std::isinf(x))
      return float_overflow(interpreter, value, 'f');
    std::uint32_t word = 0;
    std::memcpy(&word, &narrow, sizeof word);
    bits = word;
  } else {
    std::memcpy(&bits, &x, sizeof bits);
  }
  store(target, bits, code.size, order);
  return true;
}

bool pack_one(Interpreter& interpreter, const Code& code, ByteOrder order, Value value, char* target) {
  switch (code.kind) {
    case Kind::Integer: return pack_integer(interpreter, code, order, value, target);
    case Kind::Half:
    case Kind::Float:
    case Kind::Double: return pack_float(interpreter, code, order, value, target);
    case Kind::Bool: {
      const int truth = runtime::truth(interpreter, value);
      if (truth < 0) return false;
      *target = static_cast<char>(truth);
      return true;
    }
    case Kind::Char:
      if (!runtime::is_bytes(interpreter, value) || runtime::as_bytes(value)->size != 1)
        return struct_error(interpreter, "char format requires a bytes object of length 1");
      *target = runtime::as_bytes(value)->data()[0];
      return true;
    case Kind::String:
    case Kind::Pascal: {
      std::string_view data;
      if (runtime::is_bytes(interpreter, value)) {
        data = runtime::as_bytes(value)->view();
      } else if (runtime::is_bytearray(interpreter, value)) {
        data = runtime::as_bytearray(value)->bytes;
      } else {
        return struct_error(interpreter, std::string("argument for '") + code.format + "' must be a bytes object");
      }
      if (code.kind == Kind::String) {
        std::memcpy(target, data.data(), std::min<std::size_t>(data.size(), code.size));
        return true;
      }
      if (code.size == 0) return true;
      const std::int64_t length =
          std::min<std::int64_t>({static_cast<std::int64_t>(data.size()), code.size - 1, std::int64_t{255}});
      std::memcpy(target + 1, data.data(), static_cast<std::size_t>(length));
      *target = static_cast<char>(length);
      return true;
    }
    case Kind::Pad: return true;
  }
  return true;
}

// Packs `count` values into `target` (layout.size bytes, zeroed).
bool pack_values(Interpreter& interpreter, const Layout& layout, const Value* values, std::size_t count,
                 char* target) {
  if (static_cast<std::int64_t>(count) != layout.items)
    return struct_error(interpreter, "pack expected " + std::to_string(layout.items) + " items for packing (got " +
                                         std::to_string(count) + ")");
  for (std::size_t i = 0; i < count; ++i) {
    const Code& code = layout.codes[i];
    if (!pack_one(interpreter, code, layout.order, values[i], target + code.offset)) return false;
  }
  return true;
}

Ref pack_to_bytes(Interpreter& interpreter, const Layout& layout, const Value* values, std::size_t count) {
  Ref result = runtime::new_bytes_uninitialised(interpreter, layout.size);
  if (!result) return Ref();
  char* data = runtime::as_bytes(result.get())->data();
  std::memset(data, 0, static_cast<std::size_t>(layout.size));
  if (!pack_values(interpreter, layout, values, count, data)) return Ref();
  return result;
}

// ---- Unpacking ----

Ref unpack_one(Interpreter& interpreter, const Code& code, ByteOrder order, const char* source) {
  switch (code.kind) {
    case Kind::Integer: {
      const std::uint64_t bits = load(source, code.size, order);
      const bool is_unsigned = code.rule == IntegerRule::UnsignedByte || code.rule == IntegerRule::UnsignedShort ||
                               code.rule == IntegerRule::Unsigned || code.rule == IntegerRule::BigUnsigned ||
                               code.format == 'P';
      if (is_unsigned) {
        if (bits <= static_cast<std::uint64_t>(INT64_MAX))
          return runtime::new_int(interpreter, static_cast<std::int64_t>(bits));
        mpz_t big;
        mpz_init_set_ui(big, bits);
        Ref result = runtime::new_int(interpreter, big);
        mpz_clear(big);
        return result;
      }
      const int shift = static_cast<int>(64 - code.size * 8);
      return runtime::new_int(interpreter, static_cast<std::int64_t>(bits << shift) >> shift);
    }
    case Kind::Bool: return interpreter.new_boolean(*source != 0);
    case Kind::Char: return runtime::new_bytes(interpreter, std::string_view(source, 1));
    case Kind::String: return runtime::new_bytes(interpreter, std::string_view(source, code.size));
    case Kind::Pascal: {
      std::int64_t length = code.size == 0 ? 0 : static_cast<unsigned char>(*source);
      if (length >= code.size) length = code.size - 1;
      if (length < 0) length = 0;
      return runtime::new_bytes(interpreter, std::string_view(source + 1, static_cast<std::size_t>(length)));
    }
    case Kind::Half: return runtime::new_float(interpreter, half_value(static_cast<std::uint16_t>(load(source, 2, order))));
    case Kind::Float: {
      const auto word = static_cast<std::uint32_t>(load(source, 4, order));
      float value = 0;
      std::memcpy(&value, &word, sizeof value);
      return runtime::new_float(interpreter, value);
    }
    case Kind::Double: {
      const std::uint64_t bits = load(source, 8, order);
      double value = 0;
      std::memcpy(&value, &bits, sizeof value);
      return runtime::new_float(interpreter, value);
    }
    case Kind::Pad: break;
  }
  return interpreter.new_none();
}

Ref unpack_values(Interpreter& interpreter, const Layout& layout, const char* source) {
  std::vector<Ref> items;
  items.reserve(layout.codes.size());
  for (const Code& code : layout.codes) {
    Ref item = unpack_one(interpreter, code, layout.order, source + code.offset);
    if (!item) return Ref();
    items.push_back(std::move(item));
  }
  std::vector<Value> values;
  values.reserve(items.size());
  for (const Ref& item : items) values.push_back(item.get());
  return runtime::new_tuple(interpreter, values);
}

// The bytes of a buffer argument (bytes, bytearray, memoryview).
bool readable_buffer(Interpreter& interpreter, Value buffer, std::string_view& out) {
  return runtime::require_byte_view(interpreter, buffer, out);
}

// The bytes of a writable buffer (bytearray, or a writable memoryview of one).
bool writable_buffer(Interpreter& interpreter, Value buffer, char*& data, std::int64_t& size) {
  if (runtime::is_bytearray(interpreter, buffer)) {
    std::string& bytes = runtime::as_bytearray(buffer)->bytes;
    data = bytes.data();
    size = static_cast<std::int64_t>(bytes.size());
    return true;
  }
  if (runtime::is_memoryview(interpreter, buffer)) {
    const runtime::MemoryViewObject* view = runtime::as_memoryview(buffer);
    std::string_view contiguous;
    if (!view->readonly && view->over_bytearray && runtime::memoryview_contiguous_bytes(view, contiguous)) {
      data = const_cast<char*>(contiguous.data());
      size = static_cast<std::int64_t>(contiguous.size());
      return true;
    }
  }
  interpreter.set_exception(interpreter.TypeError_type, "argument must be read-write bytes-like object, not " +
                                                            std::string(runtime::type_name(interpreter, buffer)));
  return false;
}

// An offset argument made absolute for a buffer of `size` bytes (negative
// offsets count from the end).
bool buffer_offset(Interpreter& interpreter, Value offset_argument, std::int64_t size, std::int64_t& offset) {
  if (!runtime::index_argument(interpreter, offset_argument, offset)) return false;
  if (offset < 0) {
    if (offset + size < 0)
      return struct_error(interpreter, "offset " + std::to_string(offset) + " out of range for " +
                                           std::to_string(size) + "-byte buffer");
    offset += size;
  }
  return true;
}

std::string short_buffer_text(const char* action, const Layout& layout, std::int64_t offset, std::int64_t size) {
  const char* verb = action[0] == 'p' ? "packing" : "unpacking";
  return std::string(action) + " requires a buffer of at least " + std::to_string(layout.size + offset) +
         " bytes for " + verb + " " + std::to_string(layout.size) + " bytes at offset " + std::to_string(offset) +
         " (actual buffer size is " + std::to_string(size) + ")";
}

Ref unpack_buffer(Interpreter& interpreter, const Layout& layout, Value buffer) {
  std::string_view data;
  if (!readable_buffer(interpreter, buffer, data)) return Ref();
  if (static_cast<std::int64_t>(data.size()) != layout.size) {
    struct_error(interpreter, "unpack requires a buffer of " + std::to_string(layout.size) + " bytes");
    return Ref();
  }
  return unpack_values(interpreter, layout, data.data());
}

Ref unpack_from_buffer(Interpreter& interpreter, const Layout& layout, Value buffer, Value offset_argument) {
  std::string_view data;
  if (!readable_buffer(interpreter, buffer, data)) return Ref();
  const auto size = static_cast<std::int64_t>(data.size());
  std::int64_t offset = 0;
  if (!offset_argument.is_null() && !buffer_offset(interpreter, offset_argument, size, offset)) return Ref();
  if (size - offset < layout.size) {
    struct_error(interpreter, short_buffer_text("unpack_from", layout, offset, size));
    return Ref();
  }
  return unpack_values(interpreter, layout, data.data() + offset);
}

// pack_into(buffer, offset, *values) after the format.
Ref pack_into_buffer(Interpreter& interpreter, const Layout& layout, const Value* arguments, std::size_t count) {
  if (count < 1) {
    struct_error(interpreter, "pack_into expected buffer argument");
    return Ref();
  }
  if (count < 2) {
    struct_error(interpreter, "pack_into expected offset argument");
    return Ref();
  }
  if (static_cast<std::int64_t>(count - 2) != layout.items) {
    struct_error(interpreter, "pack_into expected " + std::to_string(layout.items) + " items for packing (got " +
                                  std::to_string(count - 2) + ")");
    return Ref();
  }
  char* data = nullptr;
  std::int64_t size = 0;
  if (!writable_buffer(interpreter, arguments[0], data, size)) return Ref();
  std::int64_t offset = 0;
  if (!buffer_offset(interpreter, arguments[1], size, offset)) return Ref();
  if (size - offset < layout.size) {
    struct_error(interpreter, short_buffer_text("pack_into", layout, offset, size));
    return Ref();
  }
  // Packed aside first: converting a value may run code that resizes the buffer.
  std::string packed(static_cast<std::size_t>(layout.size), '\0');
  if (!pack_values(interpreter, layout, arguments + 2, count - 2, packed.data())) return Ref();
  if (!writable_buffer(interpreter, arguments[0], data, size) || size - offset < layout.size) return Ref();
  std::memcpy(data + offset, packed.data(), packed.size());
  return interpreter.new_none();
}

// ---- Struct and unpack_iterator ----

struct StructObject : runtime::Object {
  Ref format;  // str; null before __init__
  Layout layout;
};

StructObject* as_struct(Value value) { return static_cast<StructObject*>(value.as_object()); }

Ref struct_construct(Interpreter& interpreter, Value callee, const Value*, std::size_t, Value) {
  StructObject* object = runtime::gc_new<StructObject>(interpreter, static_cast<Type*>(callee.as_object()));
  return Ref::steal(Value::object(object));
}

void struct_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  visit(static_cast<StructObject*>(object)->format);
}

void struct_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<StructObject*>(object));
}

// Struct(format): the layout parsed once.
Ref struct_initialize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                      Value kwnames) {
  static const runtime::NativeSignature signature{"Struct", {"format"}, 0, 0, 1};
  Value format;
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, &format)) return Ref();
  std::string text;
  Layout layout;
  if (!format_text(interpreter, format, text) || !parse_format(interpreter, text, layout)) return Ref();
  StructObject* object = as_struct(self);
  object->format = runtime::new_str(interpreter, text);
  object->layout = std::move(layout);
  return interpreter.new_none();
}

struct UnpackIterator : runtime::Object {
  Ref owner;  // the Struct
  Ref buffer;
  std::int64_t offset = 0;
  std::int64_t size = 0;  // the buffer's, when the iterator was made
};

Ref new_unpack_iterator(Interpreter& interpreter, Value owner, Value buffer) {
  const Layout& layout = as_struct(owner)->layout;
  std::string_view data;
  if (!readable_buffer(interpreter, buffer, data)) return Ref();
  if (layout.size == 0) {
    struct_error(interpreter, "cannot iteratively unpack with a struct of length 0");
    return Ref();
  }
  if (static_cast<std::int64_t>(data.size()) % layout.size != 0) {
    struct_error(interpreter, "iterative unpacking requires a buffer of a multiple of " +
                                  std::to_string(layout.size) + " bytes");
    return Ref();
  }
  auto* iterator = runtime::gc_new<UnpackIterator>(interpreter, interpreter.struct_types.unpack_iterator);
  iterator->owner = Ref::borrow(owner);
  iterator->buffer = Ref::borrow(buffer);
  iterator->size = static_cast<std::int64_t>(data.size());
  return Ref::steal(Value::object(iterator));
}

Ref unpack_iterator_next(Interpreter& interpreter, Value self) {
  auto* iterator = static_cast<UnpackIterator*>(self.as_object());
  if (!iterator->buffer) return Ref();
  const Layout& layout = as_struct(iterator->owner.get())->layout;
  std::string_view data;
  if (!readable_buffer(interpreter, iterator->buffer.get(), data)) return Ref();
  if (iterator->offset + layout.size > static_cast<std::int64_t>(data.size())) {
    iterator->buffer = Ref();
    return Ref();
  }
  Ref result = unpack_values(interpreter, layout, data.data() + iterator->offset);
  iterator->offset += layout.size;
  return result;
}

Ref unpack_iterator_length_hint(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "__length_hint__", count, kwnames)) return Ref();
  const auto* iterator = static_cast<UnpackIterator*>(self.as_object());
  if (!iterator->buffer) return Ref::small_int(0);
  const std::int64_t size = as_struct(iterator->owner.get())->layout.size;
  return runtime::new_int(interpreter, (iterator->size - iterator->offset) / size);
}

void unpack_iterator_traverse(runtime::Object* object, const runtime::Visitor& visit) {
  const auto* iterator = static_cast<UnpackIterator*>(object);
  visit(iterator->owner);
  visit(iterator->buffer);
}

void unpack_iterator_deallocate(Interpreter& interpreter, runtime::Object* object) {
  runtime::gc_delete(interpreter, static_cast<UnpackIterator*>(object));
}

Ref iterator_self(Interpreter&, Value self) { return Ref::borrow(self); }

// ---- Struct methods ----

#define KRAIT_STRUCT_METHOD(function) \
  Ref function(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

bool check_ready(Interpreter& interpreter, Value self) {
  if (as_struct(self)->format) return true;
  interpreter.set_exception(interpreter.ValueError_type, "Struct object not initialized");
  return false;
}

KRAIT_STRUCT_METHOD(struct_pack) {
  if (!check_ready(interpreter, self) || !runtime::reject_keywords(interpreter, "pack", kwnames)) return Ref();
  return pack_to_bytes(interpreter, as_struct(self)->layout, arguments, count);
}

KRAIT_STRUCT_METHOD(struct_pack_into) {
  if (!check_ready(interpreter, self) || !runtime::reject_keywords(interpreter, "pack_into", kwnames)) return Ref();
  return pack_into_buffer(interpreter, as_struct(self)->layout, arguments, count);
}

KRAIT_STRUCT_METHOD(struct_unpack) {
  if (!check_ready(interpreter, self) || !runtime::check_one_argument(interpreter, "unpack", count, kwnames))
    return Ref();
  return unpack_buffer(interpreter, as_struct(self)->layout, arguments[0]);
}

KRAIT_STRUCT_METHOD(struct_unpack_from) {
  static const runtime::NativeSignature signature{"unpack_from", {"buffer", "offset"}, 0, 0, 1};
  Value bound[2];
  if (!check_ready(interpreter, self) ||
      !runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound))
    return Ref();
  return unpack_from_buffer(interpreter, as_struct(self)->layout, bound[0], bound[1]);
}

KRAIT_STRUCT_METHOD(struct_iter_unpack) {
  if (!check_ready(interpreter, self) || !runtime::check_one_argument(interpreter, "iter_unpack", count, kwnames))
    return Ref();
  return new_unpack_iterator(interpreter, self, arguments[0]);
}

Ref struct_format(Interpreter& interpreter, Value self) {
  if (!as_struct(self)->format) return interpreter.new_none();
  return Ref::borrow(as_struct(self)->format.get());
}

Ref struct_size(Interpreter& interpreter, Value self) {
  return runtime::new_int(interpreter, as_struct(self)->layout.size);
}

Ref struct_repr(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, "<_struct.Struct object at " + runtime::address_text(self.as_object()) + ">");
}

// ---- Module functions (a format first, then as the Struct method) ----

// A new Struct for a format argument (CPython caches them; parsing a short
// format costs less than the lookup would here).
Ref struct_for(Interpreter& interpreter, Value format) {
  Ref object = struct_construct(interpreter, Value::object(interpreter.struct_types.struct_type), nullptr, 0, Value());
  Ref ok = struct_initialize(interpreter, object.get(), &format, 1, Value());
  if (!ok) return Ref();
  return object;
}

Ref module_pack(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count == 0) return interpreter.raise(interpreter.TypeError_type, "missing format argument");
  Ref object = struct_for(interpreter, arguments[0]);
  if (!object) return Ref();
  return struct_pack(interpreter, object.get(), arguments + 1, count - 1, kwnames);
}

Ref module_pack_into(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (count == 0) return interpreter.raise(interpreter.TypeError_type, "missing format argument");
  Ref object = struct_for(interpreter, arguments[0]);
  if (!object) return Ref();
  return struct_pack_into(interpreter, object.get(), arguments + 1, count - 1, kwnames);
}

Ref module_unpack(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "unpack", kwnames) ||
      !runtime::check_argument_count(interpreter, "unpack", count, 2, 2))
    return Ref();
  Ref object = struct_for(interpreter, arguments[0]);
  if (!object) return Ref();
  return unpack_buffer(interpreter, as_struct(object.get())->layout, arguments[1]);
}

Ref module_unpack_from(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  static const runtime::NativeSignature signature{"unpack_from", {"format", "buffer", "offset"}, 1, 0, 2};
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, signature, arguments, count, kwnames, bound)) return Ref();
  Ref object = struct_for(interpreter, bound[0]);
  if (!object) return Ref();
  return unpack_from_buffer(interpreter, as_struct(object.get())->layout, bound[1], bound[2]);
}

Ref module_iter_unpack(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "iter_unpack", kwnames) ||
      !runtime::check_argument_count(interpreter, "iter_unpack", count, 2, 2))
    return Ref();
  Ref object = struct_for(interpreter, arguments[0]);
  if (!object) return Ref();
  return new_unpack_iterator(interpreter, object.get(), arguments[1]);
}

Ref module_calcsize(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "calcsize", count, kwnames)) return Ref();
  std::string text;
  Layout layout;
  if (!format_text(interpreter, arguments[0], text) || !parse_format(interpreter, text, layout)) return Ref();
  return runtime::new_int(interpreter, layout.size);
}

Ref module_clearcache(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "_clearcache", count, kwnames)) return Ref();
  return interpreter.new_none();
}

void init_struct_types(Interpreter& interpreter) {
  auto& types = interpreter.struct_types;
  Type* error = runtime::new_native_type(interpreter, "struct.error", interpreter.Exception_type);
  error->subclassable = true;
  runtime::ready_native_type(interpreter, error);
  types.error = error;

  Type* type = runtime::new_native_type(interpreter, "_struct.Struct", interpreter.object_type);
  type->subclassable = true;
  type->weakrefable = true;
  type->construct = &struct_construct;
  type->initialize = &struct_initialize;
  type->traverse = &struct_traverse;
  type->deallocate = &struct_deallocate;
  type->repr = &struct_repr;
  runtime::add_methods(interpreter, type,
                       {{"pack", &struct_pack},
                        {"pack_into", &struct_pack_into},
                        {"unpack", &struct_unpack},
                        {"unpack_from", &struct_unpack_from},
                        {"iter_unpack", &struct_iter_unpack}});
  runtime::add_getsets(interpreter, type, {{"format", &struct_format}, {"size", &struct_size}});
  // A heap type in CPython, whose namespace holds __module__.
  runtime::dict_set_str(interpreter, type->dict.get(), interpreter.names.dunder_module, interpreter.intern("_struct"));
  runtime::ready_native_type(interpreter, type);
  types.struct_type = type;

  Type* iterator = runtime::new_native_type(interpreter, "_struct.unpack_iterator", interpreter.object_type);
  iterator->iter = &iterator_self;
  iterator->next = &unpack_iterator_next;
  iterator->traverse = &unpack_iterator_traverse;
  iterator->deallocate = &unpack_iterator_deallocate;
  runtime::add_methods(interpreter, iterator, {{"__length_hint__", &unpack_iterator_length_hint}});
  runtime::ready_native_type(interpreter, iterator);
  types.unpack_iterator = iterator;
}

}  // namespace

Ref create_struct_module(Interpreter& interpreter) {
  if (!interpreter.struct_types.struct_type) init_struct_types(interpreter);
  Ref module = runtime::new_module(interpreter, "_struct");
  const Value module_value = module.get();
  runtime::add_module_functions(interpreter, module_value,
                                {{"pack", &module_pack},
                                 {"pack_into", &module_pack_into},
                                 {"unpack", &module_unpack},
                                 {"unpack_from", &module_unpack_from},
                                 {"iter_unpack", &module_iter_unpack},
                                 {"calcsize", &module_calcsize},
                                 {"_clearcache", &module_clearcache}});
  runtime::module_set(interpreter, module_value, "Struct", Value::object(interpreter.struct_types.struct_type));
  runtime::module_set(interpreter, module_value, "error", Value::object(interpreter.struct_types.error));
  return module;
}

}  // namespace krait::modules
