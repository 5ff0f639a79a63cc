// Native modules: marshal, after CPython 3.11's Python/marshal.c. Data
// values use CPython's format (version 4), so data marshalled by CPython
// loads here and the reverse: None, bools, ints (big ones as 15-bit
// digits), floats and complex numbers (binary), str, bytes (and other
// bytes-like objects), tuples, lists, dicts, sets, frozensets, Ellipsis,
// StopIteration, with FLAG_REF back-references. Code objects are Krait's
// own: a code block (compiler/code_cache.h), which is also what a cache
// file holds after its header, so importlib's SourceFileLoader reads and
// writes Krait's caches through marshal. CPython writes FLAG_REF on the
// objects its reference count says are shared; Krait, which has no such
// count to ask, flags every object it may refer back to (the usual case of
// a named or constant value in CPython).
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/code_cache.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/complex_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr int marshal_version = 4;
// Deeper nesting is refused, as CPython's MAX_MARSHAL_STACK_DEPTH.
constexpr int max_depth = 2000;
constexpr unsigned char flag_ref = 0x80;

// The type codes of marshal.c.
enum Type : unsigned char {
  type_null = '0',
  type_none = 'N',
  type_false = 'F',
  type_true = 'T',
  type_stop_iteration = 'S',
  type_ellipsis = '.',
  type_int = 'i',
  type_int64 = 'I',
  type_float = 'f',
  type_binary_float = 'g',
  type_complex = 'x',
  type_binary_complex = 'y',
  type_long = 'l',
  type_string = 's',
  type_interned = 't',
  type_ref = 'r',
  type_tuple = '(',
  type_list = '[',
  type_dict = '{',
  type_unicode = 'u',
  type_set = '<',
  type_frozenset = '>',
  type_ascii = 'a',
  type_ascii_interned = 'A',
  type_small_tuple = ')',
  type_short_ascii = 'z',
  type_short_ascii_interned = 'Z',
};

bool is_exactly(Interpreter& interpreter, Value value, runtime::Type* type) {
  return runtime::type_of(interpreter, value) == type;
}

class Writer {
 public:
  Writer(Interpreter& interpreter, int version) : interpreter_(interpreter), version_(version) {}

  std::string& out() { return out_; }

  // False with ValueError pending for what marshal cannot write.
  bool value(Value value, int depth = 0) {
    if (depth > max_depth) return fail("object too deeply nested to marshal");
    if (value == interpreter_.none()) return put(type_none);
    if (value == interpreter_.boolean(true)) return put(type_true);
    if (value == interpreter_.boolean(false)) return put(type_false);
    if (value == interpreter_.ellipsis()) return put(type_ellipsis);
    if (value == Value::object(interpreter_.StopIteration_type)) return put(type_stop_iteration);
    // A back-reference to an object written before; else this one is
    // numbered (flagged) for later references. Equal small ints count as
    // one object, as CPython's cached ones.
    unsigned char flag = 0;
    if (version_ >= 3) {
      const auto [entry, added] = references_.try_emplace(value.bits(), references_.size());
      if (!added) {
        put(type_ref);
        put_u32(static_cast<std::uint32_t>(entry->second));
        return true;
      }
      flag = flag_ref;
    }
    return complex_value(value, flag, depth);
  }

 private:
  bool fail(const char* message) {
    interpreter_.set_exception(interpreter_.ValueError_type, message);
    return false;
  }
  bool put(unsigned char byte) {
    out_ += static_cast<char>(byte);
    return true;
  }
  void put_u32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out_ += static_cast<char>(value >> (8 * i));
  }
  void put_double(double value) {
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i) out_ += static_cast<char>(bits >> (8 * i));
  }
  bool small_int(std::int64_t number, unsigned char flag = 0) {
    if (number >= INT32_MIN && number <= INT32_MAX) {
      put(type_int | flag);
      put_u32(static_cast<std::uint32_t>(number));
      return true;
    }
    Ref big = runtime::new_big_int(interpreter_, number);
    return long_value(big.get(), flag);
  }
  // TYPE_LONG: the signed count of 15-bit digits, then the digits, least
  // significant first.
  bool long_value(Value value, unsigned char flag) {
    const mpz_srcptr number = static_cast<runtime::IntObject*>(value.as_object())->value;
    std::size_t count = 0;
    std::vector<std::uint16_t> digits((mpz_sizeinbase(number, 2) + 14) / 15 + 1);
    mpz_export(digits.data(), &count, -1, 2, 0, 1, number);
    put(type_long | flag);
    const std::int64_t signed_count = mpz_sgn(number) < 0 ? -static_cast<std::int64_t>(count) : static_cast<std::int64_t>(count);
    put_u32(static_cast<std::uint32_t>(signed_count));
    for (std::size_t i = 0; i < count; ++i) {
      out_ += static_cast<char>(digits[i] & 0xff);
      out_ += static_cast<char>(digits[i] >> 8);
    }
    return true;
  }
  bool sized(unsigned char type, std::size_t size) {
    if (size > INT32_MAX) return fail("unmarshallable object");
    put(type);
    put_u32(static_cast<std::uint32_t>(size));
    return true;
  }
  bool text(Value value, unsigned char flag) {
    const runtime::StrObject* str = runtime::as_str(value);
    const bool interned = str->interned;
    if (str->ascii) {
      const std::string_view data = runtime::str_utf8(value);
      if (data.size() < 256) {
        put((interned ? type_short_ascii_interned : type_short_ascii) | flag);
        put(static_cast<unsigned char>(data.size()));
      } else if (!sized((interned ? type_ascii_interned : type_ascii) | flag, data.size())) {
        return false;
      }
      out_.append(data);
      return true;
    }
    Ref encoded = runtime::encode_text(interpreter_, value, "utf-8", "surrogatepass");
    std::string_view data;
    if (!encoded || !runtime::byte_view(interpreter_, encoded.get(), data)) return false;
    if (!sized((interned ? type_interned : type_unicode) | flag, data.size())) return false;
    out_.append(data);
    return true;
  }
  bool items(const Value* items, std::size_t size, int depth) {
    for (std::size_t i = 0; i < size; ++i)
      if (!value(items[i], depth + 1)) return false;
    return true;
  }
  bool complex_value(Value value, unsigned char flag, int depth) {
    if (value.is_small_int()) return small_int(value.as_small_int(), flag);
    if (is_exactly(interpreter_, value, interpreter_.int_type)) return long_value(value, flag);
    if (is_exactly(interpreter_, value, interpreter_.float_type)) {
      put(type_binary_float | flag);
      put_double(runtime::float_value(value));
      return true;
    }
    if (is_exactly(interpreter_, value, interpreter_.complex_type)) {
      put(type_binary_complex | flag);
      put_double(runtime::complex_value(value).real);
      put_double(runtime::complex_value(value).imag);
      return true;
    }
    if (is_exactly(interpreter_, value, interpreter_.str_type)) return text(value, flag);
    if (is_exactly(interpreter_, value, interpreter_.tuple_type)) {
      const runtime::TupleObject* tuple = runtime::as_tuple(value);
      if (tuple->size < 256) {
        put(type_small_tuple | flag);
        put(static_cast<unsigned char>(tuple->size));
      } else if (!sized(type_tuple | flag, static_cast<std::size_t>(tuple->size))) {
        return false;
      }
      return items(tuple->items(), static_cast<std::size_t>(tuple->size), depth);
    }
    if (is_exactly(interpreter_, value, interpreter_.list_type)) {
      // A copy of the items: writing them runs no code, but stays safe if it did.
      std::vector<Ref> copied;
      for (const Value item : runtime::as_list(value)->items) copied.push_back(Ref::borrow(item));
      if (!sized(type_list | flag, copied.size())) return false;
      for (const Ref& item : copied)
        if (!this->value(item.get(), depth + 1)) return false;
      return true;
    }
    if (is_exactly(interpreter_, value, interpreter_.dict_type)) {
      put(type_dict | flag);
      std::size_t position = 0;
      Value key, item;
      while (runtime::dict_next(value, position, key, item))
        if (!this->value(key, depth + 1) || !this->value(item, depth + 1)) return false;
      return put(type_null);
    }
    if (is_exactly(interpreter_, value, interpreter_.set_type) ||
        is_exactly(interpreter_, value, interpreter_.frozenset_type)) {
      std::vector<Value> members;
      std::size_t position = 0;
      Value member;
      while (runtime::set_next(value, position, member)) members.push_back(member);
      const bool frozen = is_exactly(interpreter_, value, interpreter_.frozenset_type);
      if (!sized((frozen ? type_frozenset : type_set) | flag, members.size())) return false;
      return items(members.data(), members.size(), depth);
    }
    if (is_exactly(interpreter_, value, interpreter_.code_type)) {
      std::optional<std::string> payload = compiler::serialize_code(interpreter_, value);
      if (!payload) return fail("unmarshallable object");
      out_ += compiler::code_block(*payload);
      return true;
    }
    std::string_view bytes;
    if (runtime::byte_view(interpreter_, value, bytes)) {
      if (!sized(type_string | flag, bytes.size())) return false;
      out_.append(bytes);
      return true;
    }
    return fail("unmarshallable object");
  }

  Interpreter& interpreter_;
  int version_;
  std::string out_;
  std::unordered_map<std::uint64_t, std::size_t> references_;  // by Value bits
};

// The bytes a Reader reads: a buffer, or a file read as marshal.load reads
// it (exactly the bytes an object takes, so the file stays positioned
// after it).
class Reader {
 public:
  using Fetch = std::function<bool(std::size_t, std::string&)>;
  Reader(Interpreter& interpreter, std::string_view data) : interpreter_(interpreter), data_(data) {}
  Reader(Interpreter& interpreter, Fetch fetch) : interpreter_(interpreter), fetch_(std::move(fetch)) {}

  std::size_t position() const { return position_; }

  Ref read(int depth = 0) {
    unsigned char code = 0;
    if (!byte(code)) return eof_object();
    return read_object(code, depth);
  }

 private:
  Ref fail(runtime::Type* type, const char* message) {
    if (!interpreter_.has_exception()) interpreter_.set_exception(type, message);
    return Ref();
  }
  Ref eof_object() { return fail(interpreter_.EOFError_type, "EOF read where object expected"); }
  Ref too_short() { return fail(interpreter_.EOFError_type, "marshal data too short"); }
  Ref bad(const char* what) { return fail(interpreter_.ValueError_type, what); }

  // The next `size` bytes; false at the end of the data (or a failed read).
  bool take(std::size_t size, std::string_view& out) {
    if (fetch_) {
      if (!fetch_(size, buffer_)) return false;
      out = buffer_;
    } else {
      if (size > data_.size() - position_) return false;
      out = data_.substr(position_, size);
    }
    position_ += size;
    return true;
  }
  bool byte(unsigned char& out) {
    std::string_view data;
    if (!take(1, data)) return false;
    out = static_cast<unsigned char>(data[0]);
    return true;
  }
  bool u32(std::uint32_t& out) {
    std::string_view data;
    if (!take(4, data)) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) out |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << (8 * i);
    return true;
  }
  bool size(std::size_t& out) {
    std::uint32_t value = 0;
    if (!u32(value)) return false;
    if (static_cast<std::int32_t>(value) < 0) {
      Ref ignored = bad("bad marshal data (size out of range)");
      return false;
    }
    out = value;
    return true;
  }
  bool real(double& out) {
    std::string_view data;
    if (!take(8, data)) return false;
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i])) << (8 * i);
    out = std::bit_cast<double>(bits);
    return true;
  }
  // A float written as text (marshal versions before 2).
  bool text_real(double& out) {
    unsigned char length = 0;
    std::string_view data;
    if (!byte(length) || !take(length, data)) return false;
    Ref text = runtime::new_str(interpreter_, data);
    const Value argument = text.get();
    Ref number = runtime::call(interpreter_, Value::object(interpreter_.float_type), &argument, 1);
    if (!number) return false;
    out = runtime::float_value(number.get());
    return true;
  }
  Ref long_value() {
    std::uint32_t raw = 0;
    if (!u32(raw)) return too_short();
    const std::int64_t signed_count = static_cast<std::int32_t>(raw);
    const std::size_t count = static_cast<std::size_t>(signed_count < 0 ? -signed_count : signed_count);
    if (count > (1u << 28)) return bad("bad marshal data (long size out of range)");
    std::string_view data;
    if (!take(count * 2, data)) return too_short();
    std::vector<std::uint16_t> digits(count);
    for (std::size_t i = 0; i < count; ++i) {
      digits[i] = static_cast<std::uint16_t>(static_cast<unsigned char>(data[2 * i]) |
                                             static_cast<unsigned char>(data[2 * i + 1]) << 8);
      if (digits[i] >= 0x8000) return bad("bad marshal data (digit out of range in long)");
    }
    if (count > 0 && digits.back() == 0) return bad("bad marshal data (unnormalized long data)");
    mpz_t number;
    mpz_init(number);
    mpz_import(number, count, -1, 2, 0, 1, digits.data());
    if (signed_count < 0) mpz_neg(number, number);
    Ref result = runtime::new_int(interpreter_, number);
    mpz_clear(number);
    return result;
  }
  Ref text(std::size_t length, bool ascii, bool interned) {
    std::string_view data;
    if (!take(length, data)) return too_short();
    Ref result = ascii ? runtime::new_str(interpreter_, data)
                       : runtime::decode_bytes(interpreter_, data, "utf-8", "surrogatepass");
    if (result && interned) return Ref::borrow(interpreter_.intern(runtime::str_utf8(result.get())));
    return result;
  }
  bool items(std::size_t count, std::vector<Ref>& out, int depth) {
    out.reserve(std::min<std::size_t>(count, 1 << 16));
    for (std::size_t i = 0; i < count; ++i) {
      Ref item = read(depth + 1);
      if (!item) return false;
      out.push_back(std::move(item));
    }
    return true;
  }
  // The object whose type byte `code` was just read.
  Ref read_object(unsigned char code, int depth) {
    if (depth > max_depth) return bad("recursion limit exceeded");
    const bool flagged = code & flag_ref;
    // A flagged object's number is taken before its items are read.
    const std::size_t slot = references_.size();
    if (flagged) references_.emplace_back();
    Ref result = read_typed(code & ~flag_ref, depth);
    if (result && flagged) references_[slot] = Ref::borrow(result.get());
    return result;
  }
  Ref sequence(unsigned char type, std::size_t count, int depth) {
    std::vector<Ref> values;
    if (!items(count, values, depth)) return Ref();
    std::vector<Value> borrowed;
    for (const Ref& item : values) borrowed.push_back(item.get());
    if (type == type_list) return runtime::new_list(interpreter_, borrowed);
    if (type == type_tuple || type == type_small_tuple) return runtime::new_tuple(interpreter_, borrowed);
    Ref set = runtime::new_set(interpreter_);
    for (const Value item : borrowed)
      if (!runtime::set_add(interpreter_, set.get(), item)) return Ref();
    if (type == type_set) return set;
    return runtime::new_frozenset(interpreter_, set.get());
  }
  Ref code_value() {
    // The block's header, then its payload (position_ has counted the tag).
    std::string block(1, compiler::code_block_tag);
    std::string_view data;
    if (!take(compiler::code_block_header_size - 1, data)) return too_short();
    block.append(data);
    const std::uint32_t length = static_cast<std::uint32_t>(static_cast<unsigned char>(data[0])) |
                                 static_cast<std::uint32_t>(static_cast<unsigned char>(data[1])) << 8 |
                                 static_cast<std::uint32_t>(static_cast<unsigned char>(data[2])) << 16 |
                                 static_cast<std::uint32_t>(static_cast<unsigned char>(data[3])) << 24;
    if (!take(length, data)) return too_short();
    block.append(data);
    std::string why;
    std::size_t used = 0;
    const std::optional<std::string_view> payload = compiler::read_code_block(block, used, why);
    Ref code = payload ? compiler::load_code(interpreter_, *payload, Value(), why) : Ref();
    if (!code && !interpreter_.has_exception()) return bad("bad marshal data (invalid code object)");
    return code;
  }
  Ref read_typed(unsigned char type, int depth) {
    std::size_t count = 0;
    switch (type) {
      case type_none: return interpreter_.new_none();
      case type_true: return Ref::borrow(interpreter_.boolean(true));
      case type_false: return Ref::borrow(interpreter_.boolean(false));
      case type_ellipsis: return Ref::borrow(interpreter_.ellipsis());
      case type_stop_iteration: return Ref::borrow(Value::object(interpreter_.StopIteration_type));
      case type_null: return bad("NULL object in marshal data for object");
      case type_int: {
        std::uint32_t value = 0;
        if (!u32(value)) return too_short();
        return runtime::new_int(interpreter_, static_cast<std::int32_t>(value));
      }
      case type_int64: {
        std::uint32_t low = 0, high = 0;
        if (!u32(low) || !u32(high)) return too_short();
        return runtime::new_int(interpreter_, static_cast<std::int64_t>(static_cast<std::uint64_t>(high) << 32 | low));
      }
      case type_long: return long_value();
      case type_binary_float:
      case type_float: {
        double value = 0;
        if (!(type == type_float ? text_real(value) : real(value))) return too_short();
        return runtime::new_float(interpreter_, value);
      }
      case type_binary_complex:
      case type_complex: {
        double real_part = 0, imaginary_part = 0;
        const bool binary = type == type_binary_complex;
        if (!(binary ? real(real_part) && real(imaginary_part) : text_real(real_part) && text_real(imaginary_part)))
          return too_short();
        return runtime::new_complex(interpreter_, runtime::Complex{real_part, imaginary_part});
      }
      case type_string: {
        std::string_view data;
        if (!size(count)) return too_short();
        if (!take(count, data)) return too_short();
        return runtime::new_bytes(interpreter_, data);
      }
      case type_short_ascii:
      case type_short_ascii_interned: {
        unsigned char length = 0;
        if (!byte(length)) return too_short();
        return text(length, true, type == type_short_ascii_interned);
      }
      case type_ascii:
      case type_ascii_interned:
      case type_unicode:
      case type_interned:
        if (!size(count)) return too_short();
        return text(count, type == type_ascii || type == type_ascii_interned,
                    type == type_ascii_interned || type == type_interned);
      case type_small_tuple: {
        unsigned char small = 0;
        if (!byte(small)) return too_short();
        return sequence(type, small, depth);
      }
      case type_tuple:
      case type_list:
      case type_set:
      case type_frozenset:
        if (!size(count)) return too_short();
        return sequence(type, count, depth);
      case type_dict: {
        Ref dict = runtime::new_dict(interpreter_);
        for (;;) {
          unsigned char next = 0;
          if (!byte(next)) return eof_object();
          if (next == type_null) return dict;  // the end of the pairs
          Ref key = read_object(next, depth + 1);
          Ref value = key ? read(depth + 1) : Ref();
          if (!value || !runtime::dict_set_item(interpreter_, dict.get(), key.get(), value.get())) return Ref();
        }
      }
      case type_ref: {
        std::uint32_t index = 0;
        if (!u32(index)) return too_short();
        if (index >= references_.size() || !references_[index]) return bad("bad marshal data (invalid reference)");
        return Ref::borrow(references_[index].get());
      }
      case static_cast<unsigned char>(compiler::code_block_tag): return code_value();
      default: return bad("bad marshal data (unknown type code)");
    }
  }
  Interpreter& interpreter_;
  std::string_view data_;
  Fetch fetch_;
  std::string buffer_;
  std::size_t position_ = 0;
  std::vector<Ref> references_;
};

bool version_argument(Interpreter& interpreter, Value value, int& out) {
  out = marshal_version;
  return value.is_null() || runtime::index_to_c_int(interpreter, value, out);
}

Ref dumps_value(Interpreter& interpreter, Value value, int version) {
  Writer writer(interpreter, version);
  if (!writer.value(value)) return Ref();
  return runtime::new_bytes(interpreter, writer.out());
}

// marshal.dumps(value, version=4, /)
Ref marshal_dumps(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "dumps", kwnames) ||
      !runtime::check_argument_count(interpreter, "dumps", count, 1, 2))
    return Ref();
  int version = 0;
  if (!version_argument(interpreter, count > 1 ? arguments[1] : Value(), version)) return Ref();
  return dumps_value(interpreter, arguments[0], version);
}

// marshal.dump(value, file, version=4, /): file.write(dumps(value)).
Ref marshal_dump(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "dump", kwnames) ||
      !runtime::check_argument_count(interpreter, "dump", count, 2, 3))
    return Ref();
  int version = 0;
  if (!version_argument(interpreter, count > 2 ? arguments[2] : Value(), version)) return Ref();
  Ref data = dumps_value(interpreter, arguments[0], version);
  if (!data) return Ref();
  const Value argument = data.get();
  Ref written = runtime::call_method(interpreter, arguments[1], interpreter.intern("write"), &argument, 1);
  return written ? interpreter.new_none() : Ref();
}

// marshal.loads(bytes, /): the first object of a bytes-like object (what follows is ignored).
Ref marshal_loads(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "marshal.loads", count, kwnames)) return Ref();
  std::string_view data;
  if (!runtime::require_byte_view(interpreter, arguments[0], data)) return Ref();
  // The data is copied: a bytearray read could change under the reader.
  const std::string copy(data);
  Reader reader(interpreter, std::string_view(copy));
  return reader.read();
}

// marshal.load(file, /): one object read from file.read(n) calls.
Ref marshal_load(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "marshal.load", count, kwnames)) return Ref();
  const Value file = arguments[0];
  Reader reader(interpreter, [&interpreter, file](std::size_t size, std::string& out) {
    Ref wanted = runtime::new_int(interpreter, static_cast<std::int64_t>(size));
    const Value argument = wanted.get();
    Ref data = runtime::call_method(interpreter, file, interpreter.intern("read"), &argument, 1);
    std::string_view bytes;
    if (!data) return false;
    if (!runtime::is_bytes(interpreter, data.get())) {
      interpreter.set_exception(interpreter.TypeError_type, "file.read() returned not bytes but " +
                                                                std::string(runtime::type_name(interpreter, data.get())));
      return false;
    }
    if (!runtime::byte_view(interpreter, data.get(), bytes) || bytes.size() != size) return false;
    out.assign(bytes);
    return true;
  });
  return reader.read();
}

}  // namespace

Ref create_marshal_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "marshal");
  runtime::add_module_functions(interpreter, module.get(),
                                {{"dumps", &marshal_dumps},
                                 {"dump", &marshal_dump},
                                 {"loads", &marshal_loads},
                                 {"load", &marshal_load}});
  Ref version = runtime::new_int(interpreter, marshal_version);
  runtime::module_set(interpreter, module.get(), "version", version.get());
  return module;
}

}  // namespace krait::modules
