// Compiler stage: the bytecode cache's file format (see code_cache.h).
#include "compiler/code_cache.h"

#include <gmp.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "compiler/code_object.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::compiler {

PayloadBytes::PayloadBytes(runtime::Interpreter& interpreter, std::size_t size) : interpreter_(interpreter), size_(size) {
  // A large buffer is mapped and populated at once: faulting a few hundred
  // kilobytes in page by page costs more than filling them.
  constexpr std::size_t populate_threshold = 64 * 1024;
  if (size_ >= populate_threshold) {
    void* pages = ::mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (pages != MAP_FAILED) mapped_ = static_cast<char*>(pages);
  }
  if (!mapped_) allocated_ = std::make_unique_for_overwrite<char[]>(size_);
}

PayloadBytes::PayloadBytes(runtime::Interpreter& interpreter, std::string_view bytes) : PayloadBytes(interpreter, bytes.size()) {
  if (!bytes.empty()) std::memcpy(storage(), bytes.data(), bytes.size());
}

PayloadBytes::~PayloadBytes() {
  if (mapped_) ::munmap(mapped_, size_);
}

std::shared_ptr<const PayloadBytes> PayloadBytes::read_file(runtime::Interpreter& interpreter, int fd, std::size_t size) {
  auto bytes = std::make_shared<PayloadBytes>(interpreter, size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t count = ::read(fd, bytes->storage() + done, size - done);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return nullptr;  // an error, or a file shorter than it was
    done += static_cast<std::size_t>(count);
  }
  return bytes;
}

namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// Deeper nesting of tuples and code objects than any source compiles to
// (the tokenizer allows 100 indentation levels, the parser 200 nested
// parentheses), and shallow enough for a thread's default 8 MB stack even
// in a sanitizer build.
constexpr int max_depth = 400;
// The payload's value tags.
enum Tag : char {
  tag_none = '0',
  tag_true = 'T',
  tag_false = 'F',
  tag_ellipsis = 'E',
  tag_small_int = 'i',
  tag_big_int = 'I',
  tag_float = 'f',
  tag_complex = 'c',
  tag_str = 's',
  // An interned str: its index in the payload's string table.
  tag_interned = 'n',
  tag_bytes = 'b',
  tag_tuple = 't',
  tag_frozenset = 'z',
  tag_code = 'C',
  // A code object inside another: the byte lengths of its header and of its
  // body, then each, with back-references only within itself, so that the
  // body can be read later, alone (CodeObject::lazy_body).
  tag_lazy_code = 'L',
  tag_reference = 'r',
};

std::uint64_t mix(std::uint64_t value) {  // splitmix64's finalizer
  value ^= value >> 30;
  value *= 0xbf58476d1ce4e5b9ULL;
  value ^= value >> 27;
  value *= 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

// A fast 64-bit hash of bytes (not cryptographic: it tells a changed or
// damaged file, not a forged one). Four independent lanes of xxHash64's
// round take 32 bytes a step, so the processor overlaps their multiplies.
std::uint64_t hash_bytes(std::string_view data, std::uint64_t seed) {
  constexpr std::uint64_t prime1 = 0x9E3779B185EBCA87ULL, prime2 = 0xC2B2AE3D27D4EB4FULL;
  const auto round = [](std::uint64_t lane, std::uint64_t word) { return std::rotl(lane + word * prime2, 31) * prime1; };
  const auto word_at = [&](std::size_t offset) {
    std::uint64_t word;
    std::memcpy(&word, data.data() + offset, 8);
    return word;
  };
  std::uint64_t lanes[4] = {seed + prime1 + prime2, seed + prime2, seed, seed - prime1};
  std::size_t i = 0;
  for (; i + 32 <= data.size(); i += 32)
    for (int lane = 0; lane < 4; ++lane) lanes[lane] = round(lanes[lane], word_at(i + 8 * lane));
  std::uint64_t hash = mix(data.size() * 0x9e3779b97f4a7c15ULL);
  for (const std::uint64_t lane : lanes) hash = std::rotl(hash ^ mix(lane), 27) * prime1;
  for (; i + 8 <= data.size(); i += 8) hash = std::rotl(hash ^ round(0, word_at(i)), 27) * prime1;
  std::uint64_t tail = 0;
  std::memcpy(&tail, data.data() + i, data.size() - i);
  return mix(hash ^ mix(tail ^ (data.size() - i)));
}

std::uint64_t payload_checksum(std::string_view payload) { return hash_bytes(payload, cache_magic_number()); }

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>(value >> (8 * i));
}
void put_u64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>(value >> (8 * i));
}
void append_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out += static_cast<char>(value | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}
// A str's length, width and code units.
void append_str(std::string& out, const runtime::StrObject* str) {
  append_varint(out, static_cast<std::uint64_t>(str->length));
  out += static_cast<char>(str->width);
  out.append(reinterpret_cast<const char*>(str->data()), static_cast<std::size_t>(str->length) * str->width);
}
std::uint64_t get_le(const unsigned char* data, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= static_cast<std::uint64_t>(data[i]) << (8 * i);
  return value;
}

// Whether the bytes are all ASCII, a word at a time.
bool is_ascii(std::string_view data) {
  std::uint64_t any = 0;
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, data.data() + i, 8);
    any |= word;
  }
  for (; i < data.size(); ++i) any |= static_cast<unsigned char>(data[i]);
  return (any & 0x8080808080808080ULL) == 0;
}

bool is_type(Interpreter& interpreter, Value value, runtime::Type* type) {
  return type && runtime::type_of(interpreter, value) == type;
}

// The builtins' Ellipsis (borrowed), or null where the runtime has none.
Value ellipsis(Interpreter& interpreter) { return runtime::dict_get_str(interpreter.builtins(), interpreter.intern("Ellipsis")); }

// --- the fields of a code object, in file order ------------------------------
// One list serves the writer and the reader (an Archive of either kind), so
// a field added to CodeObject is added here once.

// The position tables' records, seen as their 32-bit fields: each field is
// stored as its difference from the previous record's, which is small
// (a varint of one byte, mostly), so positions take a quarter of the bytes
// their records do. Only the bodies that run are decoded (lazy bodies).
template <class Record>
using RecordFields = std::array<std::uint32_t, sizeof(Record) / 4>;
static_assert(std::is_trivially_copyable_v<CodeObject::LineRun> && sizeof(CodeObject::LineRun) == 20);
static_assert(std::is_trivially_copyable_v<CodeObject::LocalRead> && sizeof(CodeObject::LocalRead) == 24);

template <class Archive>
bool transfer(Archive& archive, CodeObject::ExceptionHandler& handler) {
  return archive.number(handler.start) && archive.number(handler.end) && archive.number(handler.target) &&
         archive.number(handler.exception_register);
}

template <class Archive>
bool transfer_code_header(Archive& archive, CodeObject& code) {
  return archive.number(code.parameter_count) && archive.number(code.argument_count) &&
         archive.number(code.positional_only_count) && archive.number(code.keyword_only_count) &&
         archive.number(code.flags) && archive.number(code.local_count) && archive.number(code.register_count) &&
         archive.number(code.first_line) && archive.value(code.name) && archive.value(code.qualname) &&
         archive.filename(code) && archive.values(code.cell_names) && archive.values(code.free_names) &&
         archive.optional_value(code.docstring);
}

// What only running or inspecting the code needs: read on first use for
// the code objects nested in others (CodeObject::lazy_body).
template <class Archive>
bool transfer_code_body(Archive& archive, CodeObject& code) {
  return archive.values(code.local_names) && archive.values(code.names) && archive.values(code.constants) && archive.instructions(code) &&
         archive.records(code.lines) && archive.records(code.local_reads) && archive.sequence(code.exception_table);
}

template <class Archive>
bool transfer_code(Archive& archive, CodeObject& code) {
  return transfer_code_header(archive, code) && transfer_code_body(archive, code);
}

// --- writing -------------------------------------------------------------------

// The interned strs of a payload (names, variable names, identifier-like
// constants), each stored once before the code and referred to by index
// from every record, so a load interns each once however many functions
// name it.
class StringTable {
 public:
  std::uint32_t index_of(const runtime::StrObject* str) {
    const auto [found, added] = index_.emplace(str, static_cast<std::uint32_t>(index_.size()));
    if (added) append_str(entries_, str);
    return found->second;
  }
  // The table as the payload begins with it: the count, then the entries.
  std::string encoded() const {
    std::string out;
    append_varint(out, index_.size());
    return out + entries_;
  }

 private:
  std::unordered_map<const runtime::StrObject*, std::uint32_t> index_;
  std::string entries_;
};

class Writer {
 public:
  Writer(Interpreter& interpreter, StringTable& strings) : interpreter_(interpreter), strings_(strings) {}
  std::string& out() { return out_; }

  template <class Integer>
  bool number(const Integer& value) {
    if constexpr (std::is_signed_v<Integer>) {
      const auto wide = static_cast<std::int64_t>(value);
      varint((static_cast<std::uint64_t>(wide) << 1) ^ static_cast<std::uint64_t>(wide >> 63));
    } else {
      varint(value);
    }
    return true;
  }

  bool value(const Ref& ref) { return write_value(ref.get()); }
  // A value that may be absent: None stands for it.
  bool optional_value(const Ref& ref) { return write_value(ref ? ref.get() : interpreter_.none()); }
  // co_filename, written once: the code objects inside take their
  // outermost one's (None here).
  bool filename(const CodeObject& code) { return write_value(nested_ ? interpreter_.none() : code.filename.get()); }

  bool values(const std::vector<Ref>& items) {
    varint(items.size());
    for (const Ref& item : items)
      if (!write_value(item.get())) return false;
    return true;
  }

  template <class Item>
  bool sequence(std::vector<Item>& items) {
    varint(items.size());
    for (Item& item : items) transfer(*this, item);
    return true;
  }

  template <class Record>
  bool records(const std::vector<Record>& items) {
    varint(items.size());
    RecordFields<Record> previous{};
    for (const Record& item : items) {
      const RecordFields<Record> fields = std::bit_cast<RecordFields<Record>>(item);
      for (std::size_t i = 0; i < fields.size(); ++i) number(static_cast<std::int32_t>(fields[i] - previous[i]));
      previous = fields;
    }
    return true;
  }

  // The words, with each cached instruction's data word replaced by the
  // index of its cache's name.
  bool instructions(const CodeObject& code) {
    std::unordered_map<const runtime::Object*, std::uint32_t> name_index;
    for (std::size_t i = 0; i < code.names.size(); ++i) name_index.emplace(code.names[i].get().as_object(), i);
    varint(code.instructions.size());
    for (std::size_t i = 0; i < code.instructions.size(); ++i) {
      const Instruction instruction = code.instructions[i];
      put_u32(out_, instruction);
      const OperandFormat format = opcode_formats[static_cast<int>(opcode_of(instruction))];
      if (!has_data_word(format) || i + 1 >= code.instructions.size()) continue;
      Instruction data = code.instructions[++i];
      if (format != OperandFormat::AnK) {
        if (data >= code.caches.size()) return false;
        const auto found = name_index.find(code.caches[data].name.as_object());
        if (found == name_index.end()) return false;
        data = found->second;
      }
      put_u32(out_, data);
    }
    return true;
  }

 private:
  void varint(std::uint64_t value) { append_varint(out_, value); }

  void tag(Tag t) { out_ += static_cast<char>(t); }

  bool write_value(Value value) {
    if (value.is_null()) return false;
    if (value.is_small_int()) {
      tag(tag_small_int);
      return number(value.as_small_int());
    }
    Interpreter& interpreter = interpreter_;
    if (value == interpreter.none()) return tag(tag_none), true;
    if (value == interpreter.boolean(true)) return tag(tag_true), true;
    if (value == interpreter.boolean(false)) return tag(tag_false), true;
    if (value == ellipsis(interpreter)) return tag(tag_ellipsis), true;
    runtime::Object* object = value.as_object();
    if (is_type(interpreter, value, interpreter.str_type) && runtime::as_str(value)->interned) {
      tag(tag_interned);
      varint(strings_.index_of(runtime::as_str(value)));
      return true;
    }
    if (const auto found = references_.find(object); found != references_.end()) {
      tag(tag_reference);
      varint(found->second);
      return true;
    }
    if (!write_object(value)) return false;
    references_.emplace(object, static_cast<std::uint32_t>(references_.size()));
    return true;
  }

  bool write_object(Value value) {
    Interpreter& interpreter = interpreter_;
    if (is_type(interpreter, value, interpreter.str_type)) {
      tag(tag_str);
      append_str(out_, runtime::as_str(value));
      return true;
    }
    if (is_type(interpreter, value, interpreter.int_type)) {
      const auto* integer = static_cast<const runtime::IntObject*>(value.as_object());
      tag(tag_big_int);
      out_ += static_cast<char>(mpz_sgn(integer->value) < 0);
      std::size_t count = 0;
      void* digits = mpz_export(nullptr, &count, -1, 1, 0, 0, integer->value);
      varint(count);
      out_.append(static_cast<const char*>(digits), count);
      void (*release)(void*, std::size_t);
      mp_get_memory_functions(nullptr, nullptr, &release);
      release(digits, count);
      return true;
    }
    if (is_type(interpreter, value, interpreter.float_type)) {
      tag(tag_float);
      put_u64(out_, std::bit_cast<std::uint64_t>(runtime::float_value(value)));
      return true;
    }
    if (is_type(interpreter, value, interpreter.complex_type)) {
      const runtime::Complex number = runtime::complex_value(value);
      tag(tag_complex);
      put_u64(out_, std::bit_cast<std::uint64_t>(number.real));
      put_u64(out_, std::bit_cast<std::uint64_t>(number.imag));
      return true;
    }
    if (is_type(interpreter, value, interpreter.bytes_type)) {
      const std::string_view data = runtime::as_bytes(value)->view();
      tag(tag_bytes);
      varint(data.size());
      out_.append(data);
      return true;
    }
    if (is_type(interpreter, value, interpreter.tuple_type)) {
      const runtime::TupleObject* tuple = runtime::as_tuple(value);
      tag(tag_tuple);
      varint(static_cast<std::uint64_t>(tuple->size));
      for (std::int64_t i = 0; i < tuple->size; ++i)
        if (!write_value(tuple->items()[i])) return false;
      return true;
    }
    if (is_type(interpreter, value, interpreter.frozenset_type)) {
      const runtime::SetObject* set = runtime::as_set(value);
      // The table's layout, so that the set loaded iterates in the same
      // order as the one compiled (see read_frozenset).
      tag(tag_frozenset);
      varint(set->mask);
      varint(set->used);
      for (std::size_t i = 0; i <= set->mask; ++i) {
        if (set->table[i].key.is_null()) continue;
        varint(i);
        if (!write_value(set->table[i].key)) return false;
      }
      return true;
    }
    if (is_type(interpreter, value, interpreter.code_type)) {
      CodeObject& code = *as_code(value);
      if (!ensure_code_body(code)) return false;
      if (!nested_) {
        tag(tag_code);
        if (!transfer_code_header(*this, code)) return false;
        nested_ = true;
        const bool written = transfer_code_body(*this, code);
        nested_ = false;
        return written;
      }
      Writer header(interpreter, strings_), body(interpreter, strings_);
      header.nested_ = body.nested_ = true;
      if (!transfer_code_header(header, code) || !transfer_code_body(body, code)) return false;
      tag(tag_lazy_code);
      varint(header.out_.size());
      varint(body.out_.size());
      out_ += header.out_;
      out_ += body.out_;
      return true;
    }
    return false;  // a constant of a kind the format does not know
  }

  Interpreter& interpreter_;
  StringTable& strings_;
  std::string out_;
  std::unordered_map<const runtime::Object*, std::uint32_t> references_;
  bool nested_ = false;  // writing inside a code object: code objects are lazy records
};

// --- reading -------------------------------------------------------------------

// What the readers of one load share: the reader of a lazy record inside
// works on top of its parent's buffers (its back-references after the
// parent's), so a load allocates them once.
struct ReaderBuffers {
  ReaderBuffers() { references.reserve(64); }
  std::vector<Ref> references;
  // A stack of the items of the tuples being read (owned), and validate's buffers.
  std::vector<Value> items;
  std::vector<bool> deref, starts;
  std::vector<std::size_t> targets, skipped;
};

class Reader {
 public:
  // Reads [begin, end) of `data`, the bytes lazy code objects keep.
  Reader(Interpreter& interpreter, const std::shared_ptr<const PayloadBytes>& data, ReaderBuffers& buffers,
         const unsigned char* begin, const unsigned char* end, Value filename)
      : interpreter_(interpreter),
        data_(data),
        buffers_(buffers),
        references_base_(buffers.references.size()),
        next_(begin),
        end_(end),
        filename_(filename) {}
  // This reader's back-references go (the parent's stay).
  ~Reader() { buffers_.references.resize(references_base_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  const std::string& why() const { return why_; }
  bool at_end() const { return next_ == end_; }
  bool fail(const std::string& why) {
    if (why_.empty()) why_ = why;
    return false;
  }

  // Most numbers take one byte, which always fits: that case is inline.
  template <class Integer>
  [[gnu::always_inline]] bool number(Integer& out) {
    if (next_ != end_ && *next_ < 0x80) [[likely]] {
      const unsigned raw = *next_++;
      if constexpr (std::is_signed_v<Integer>) out = static_cast<Integer>(static_cast<int>(raw >> 1) ^ -static_cast<int>(raw & 1));
      else out = static_cast<Integer>(raw);
      return true;
    }
    return long_number(out);
  }

  template <class Integer>
  bool long_number(Integer& out) {
    std::uint64_t raw = 0;
    if (!long_varint(raw)) return false;
    if constexpr (std::is_signed_v<Integer>) {
      const auto value = static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
      if (value < std::numeric_limits<Integer>::min() || value > std::numeric_limits<Integer>::max())
        return fail("number out of range");
      out = static_cast<Integer>(value);
    } else {
      if (raw > std::numeric_limits<Integer>::max()) return fail("number out of range");
      out = static_cast<Integer>(raw);
    }
    return true;
  }

  bool value(Ref& out) {
    out = read_value();
    return static_cast<bool>(out);
  }

  bool optional_value(Ref& out) {
    if (!value(out)) return false;
    if (out.get() == interpreter_.none()) out = Ref();
    return true;
  }

  // co_filename: the one given to the reader (where the source is now),
  // else the stored one, which the code objects inside share.
  bool filename(CodeObject& code) {
    Ref stored;
    if (!value(stored)) return false;
    if (filename_.is_null()) filename_ = stored.get() == interpreter_.none() ? Value() : stored.get();
    if (filename_.is_null()) return fail("no file name");
    code.filename = Ref::borrow(filename_);
    return true;
  }

  bool values(std::vector<Ref>& items) {
    std::uint64_t count = 0;
    if (!length(count, 1)) return false;
    items.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) {
      Ref item = read_value();
      if (!item) return false;
      items.push_back(std::move(item));
    }
    return true;
  }

  template <class Item>
  bool sequence(std::vector<Item>& items) {
    std::uint64_t count = 0;
    if (!length(count, 1)) return false;
    items.resize(count);
    for (Item& item : items)
      if (!transfer(*this, item)) return false;
    return true;
  }

  template <class Record>
  bool records(std::vector<Record>& items) {
    RecordFields<Record> fields{};
    std::uint64_t count = 0;
    if (!length(count, fields.size())) return false;
    items.resize(count);
    for (Record& item : items) {
      for (std::uint32_t& field : fields) {
        std::int32_t delta = 0;
        if (!number(delta)) return false;
        field += static_cast<std::uint32_t>(delta);
      }
      item = std::bit_cast<Record>(fields);
    }
    return true;
  }

  bool instructions(CodeObject& code) {
    std::uint64_t count = 0;
    if (!length(count, 4)) return false;
    code.instructions.resize(count);
    for (Instruction& word : code.instructions) {
      word = static_cast<Instruction>(get_le(next_, 4));
      next_ += 4;
    }
    return true;
  }

  Ref read_value() {
    if (++depth_ > max_depth) return failed("nesting too deep");
    Ref value = read_value_unchecked();
    --depth_;
    if (!value && interpreter_.has_exception()) {
      Ref ignored = interpreter_.take_exception();  // MemoryError, an unhashable item
      return failed("a value could not be made");
    }
    return value;
  }

 private:
  Ref failed(const std::string& why) {
    fail(why);
    return Ref();
  }

  // Most numbers take one byte: that case is small enough to inline.
  bool varint(std::uint64_t& out) {
    if (next_ != end_ && *next_ < 0x80) {
      out = *next_++;
      return true;
    }
    return long_varint(out);
  }

  bool long_varint(std::uint64_t& out) {
    out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (next_ == end_) return fail("truncated");
      const unsigned char byte = *next_++;
      out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return true;
    }
    return fail("bad varint");
  }

  // A count of items taking at least `unit` bytes each, checked against
  // what is left (so no input makes the reader allocate more than it holds).
  bool length(std::uint64_t& count, std::size_t unit) {
    if (!varint(count)) return false;
    if (count > static_cast<std::uint64_t>(end_ - next_) / unit) return fail("length beyond the end");
    return true;
  }

  bool bytes(std::size_t size, std::string_view& out) {
    if (size > static_cast<std::size_t>(end_ - next_)) return fail("truncated");
    out = std::string_view(reinterpret_cast<const char*>(next_), size);
    next_ += size;
    return true;
  }

  Ref remember(Ref value) {
    if (value) buffers_.references.push_back(Ref::borrow(value.get()));
    return value;
  }

  Ref read_value_unchecked() {
    if (next_ == end_) return failed("truncated");
    Interpreter& interpreter = interpreter_;
    const char tag = static_cast<char>(*next_++);
    switch (tag) {
      case tag_none: return interpreter.new_none();
      case tag_true: return interpreter.new_boolean(true);
      case tag_false: return interpreter.new_boolean(false);
      case tag_ellipsis: {
        const Value found = ellipsis(interpreter);
        return found.is_null() ? failed("no Ellipsis") : Ref::borrow(found);
      }
      case tag_small_int: {
        std::int64_t number = 0;
        if (!this->number(number)) return Ref();
        return runtime::new_int(interpreter, number);
      }
      case tag_reference: {
        std::uint64_t index = 0;
        if (!varint(index)) return Ref();
        if (index >= buffers_.references.size() - references_base_) return failed("bad back-reference");
        return Ref::borrow(buffers_.references[references_base_ + index].get());
      }
      case tag_str: return remember(read_str());
      case tag_interned: {
        std::uint64_t index = 0;
        if (!varint(index)) return Ref();
        std::vector<PayloadBytes::TableString>& strings = data_->strings();
        if (index >= strings.size()) return failed("bad string index");
        PayloadBytes::TableString& entry = strings[index];
        if (entry.str.is_null()) {
          const Ref str = make_str(std::string_view(reinterpret_cast<const char*>(data_start() + entry.offset), entry.size),
                                   entry.width, true);
          if (!str) return Ref();
          entry.str = str.get();  // (the interpreter's intern table keeps it)
        }
        return Ref::borrow(entry.str);
      }
      case tag_big_int: {
        std::string_view sign, digits;
        std::uint64_t count = 0;
        if (!bytes(1, sign) || !length(count, 1) || !bytes(count, digits)) return Ref();
        if (sign[0] != 0 && sign[0] != 1) return failed("bad int sign");
        mpz_t number;
        mpz_init(number);
        mpz_import(number, digits.size(), -1, 1, 0, 0, digits.data());
        if (sign[0]) mpz_neg(number, number);
        Ref result = runtime::new_int(interpreter, number);
        mpz_clear(number);
        return remember(std::move(result));
      }
      case tag_float: {
        std::string_view data;
        if (!bytes(8, data)) return Ref();
        return remember(runtime::new_float(interpreter, std::bit_cast<double>(get_le(next_ - 8, 8))));
      }
      case tag_complex: {
        std::string_view data;
        if (!bytes(16, data)) return Ref();
        const runtime::Complex number{std::bit_cast<double>(get_le(next_ - 16, 8)),
                                      std::bit_cast<double>(get_le(next_ - 8, 8))};
        return remember(runtime::new_complex(interpreter, number));
      }
      case tag_bytes: {
        std::uint64_t size = 0;
        std::string_view data;
        if (!length(size, 1) || !bytes(size, data)) return Ref();
        return remember(runtime::new_bytes(interpreter, data));
      }
      case tag_tuple: return remember(read_tuple());
      case tag_frozenset: return remember(read_frozenset());
      case tag_code: return remember(read_code());
      case tag_lazy_code: return remember(read_lazy_code());
      default: return failed("unknown tag");
    }
  }

  // A tuple's items are read onto the items stack and the tuple made from there.
  Ref read_tuple() {
    std::uint64_t count = 0;
    if (!length(count, 1)) return Ref();
    std::vector<Value>& items = buffers_.items;
    const std::size_t base = items.size();
    Ref tuple;
    bool complete = true;
    for (std::uint64_t i = 0; i < count && complete; ++i) {
      Ref item = read_value();
      complete = static_cast<bool>(item);
      if (complete) items.push_back(item.release());
    }
    if (complete) tuple = runtime::new_tuple(interpreter_, std::span<const Value>(items.data() + base, items.size() - base));
    for (std::size_t i = base; i < items.size(); ++i) runtime::decref(items[i]);
    items.resize(base);
    return tuple;
  }

  // A str's length, width and code units (what append_str writes).
  bool str_data(int& width, std::string_view& data) {
    std::uint64_t count = 0;
    std::string_view width_byte;
    if (!varint(count) || !bytes(1, width_byte)) return false;
    width = width_byte[0];
    if (width != 1 && width != 2 && width != 4) return fail("bad str width");
    if (count > static_cast<std::uint64_t>(end_ - next_) / width) return fail("truncated");
    return bytes(count * width, data);
  }

  Ref read_str() {
    int width = 0;
    std::string_view data;
    return str_data(width, data) ? make_str(data, width, false) : Ref();
  }

  Ref make_str(std::string_view data, int width, bool interned) {
    Interpreter& interpreter = interpreter_;
    if (width == 1 && is_ascii(data))
      return interned ? Ref::borrow(interpreter.intern(data)) : runtime::new_str(interpreter, data);
    const std::size_t count = data.size() / width;
    runtime::StrBuilder builder(interpreter, static_cast<std::int64_t>(count));
    for (std::size_t i = 0; i < count; ++i) {
      const auto code_point = static_cast<char32_t>(get_le(reinterpret_cast<const unsigned char*>(data.data()) + i * width, width));
      if (code_point > 0x10FFFF) return failed("bad code point");
      builder.append(code_point);
    }
    Ref str = builder.finish();
    if (!str || !interned) return str;
    return Ref::borrow(interpreter.intern(runtime::str_utf8(str.get())));
  }

 public:
  // The string table a payload begins with: where each entry lies (each is
  // made when a record first reads it).
  bool read_string_table() {
    std::uint64_t count = 0;
    if (!length(count, 2)) return false;
    std::vector<PayloadBytes::TableString>& strings = data_->strings();
    strings.clear();
    strings.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) {
      int width = 0;
      std::string_view data;
      if (!str_data(width, data)) return false;
      strings.push_back({static_cast<std::size_t>(reinterpret_cast<const unsigned char*>(data.data()) - data_start()),
                         static_cast<std::uint32_t>(data.size()), static_cast<std::uint8_t>(width), Value()});
    }
    return true;
  }

 private:
  // A frozenset iterates in the order of its table, which depends on the
  // order its items were added and on the hash seed. The table is rebuilt
  // as it was stored when every item is found there under this process's
  // seed (always so with the seed of the process that wrote it); otherwise
  // the items are added in the stored order, as CPython's marshal does.
  Ref read_frozenset() {
    std::uint64_t mask = 0, count = 0;
    if (!varint(mask) || !length(count, 2)) return Ref();
    const std::uint64_t size = mask + 1;
    // A table no larger than growing by adding `count` items makes.
    if (size < runtime::SetObject::minimum_size || (size & mask) != 0 || count >= size ||
        size > 16 * std::max<std::uint64_t>(count, 1))
      return failed("bad frozenset");
    std::vector<std::pair<std::uint64_t, Ref>> entries;
    Interpreter& interpreter = interpreter_;
    Ref added = runtime::new_frozenset(interpreter, Value());
    for (std::uint64_t i = 0; i < count; ++i) {
      std::uint64_t slot = 0;
      if (!varint(slot)) return Ref();
      Ref item = read_value();
      if (!item) return Ref();
      if (slot >= size || (!entries.empty() && slot <= entries.back().first)) return failed("bad frozenset");
      if (!runtime::set_add(interpreter, added.get(), item.get())) return Ref();
      entries.emplace_back(slot, std::move(item));
    }
    runtime::SetObject* plain = runtime::as_set(added.get());
    if (plain->used != count) return failed("bad frozenset");  // equal items
    const auto same_layout = [&](const runtime::SetObject* set) {
      if (set->mask != mask) return false;
      for (const auto& [slot, item] : entries)
        if (set->table[slot].key != item.get()) return false;
      return true;
    };
    if (same_layout(plain)) return added;
    Ref exact = runtime::new_frozenset(interpreter, Value());
    runtime::SetObject* set = runtime::as_set(exact.get());
    if (size > runtime::SetObject::minimum_size) set->table = new runtime::SetObject::Entry[size];
    set->mask = mask;
    for (const auto& [slot, item] : entries) {
      const std::int64_t hash = runtime::hash(interpreter, item.get());
      if (hash == -1 && interpreter.has_exception()) return Ref();
      runtime::incref(item.get());
      set->table[slot] = {item.get(), hash};
      set->fill = ++set->used;
    }
    for (const auto& [slot, item] : entries) {
      const int found = runtime::set_contains(interpreter, exact.get(), item.get());
      if (found < 0) return Ref();
      if (found == 0) return added;  // another seed: the order of this one
    }
    return exact;
  }

  Ref read_code() {
    Ref result = new_code(interpreter_);
    CodeObject& code = *as_code(result.get());
    if (!transfer_code(*this, code)) return Ref();
    std::string why;
    if (!validate(code, why)) return failed(why);
    return result;
  }

  // A code object whose body stays in the bytes until load_code_body.
  Ref read_lazy_code() {
    std::uint64_t header_size = 0, body_size = 0;
    if (!varint(header_size) || !length(body_size, 1)) return Ref();
    if (header_size > static_cast<std::uint64_t>(end_ - next_) - body_size) return failed("truncated");
    const unsigned char* header = next_;
    const unsigned char* body = header + header_size;
    next_ = body + body_size;
    Ref result = new_code(interpreter_);
    CodeObject& code = *as_code(result.get());
    Reader record(interpreter_, data_, buffers_, header, body, filename_);
    if (!transfer_code_header(record, code)) return failed(record.why());
    if (!record.at_end()) return failed("data after a code header");
    std::string why;
    if (!validate_header(code, why)) return failed(why);
    code.lazy_body = data_;
    code.lazy_offset = static_cast<std::size_t>(body - data_start());
    code.lazy_size = static_cast<std::size_t>(body_size);
    return result;
  }

 public:
  // The header's fields consistent: what a function made from the code
  // relies on before its body is read.
  bool validate_header(CodeObject& code, std::string& why);
  // The variables' names (the body's first field) consistent with the
  // header's counts, cells and free variables; the registers holding cells.
  bool validate_locals(CodeObject& code, std::string& why);
  // Everything the VM relies on without checking, checked; the caches made.
  bool validate(CodeObject& code, std::string& why);

 private:
  const unsigned char* data_start() const { return data_->begin(); }

  Interpreter& interpreter_;
  const std::shared_ptr<const PayloadBytes>& data_;
  ReaderBuffers& buffers_;
  const std::size_t references_base_;
  const unsigned char* next_;
  const unsigned char* end_;
  Value filename_;
  int depth_ = 0;
  std::string why_;
};

bool Reader::validate_header(CodeObject& code, std::string& why) {
  Interpreter& interpreter = interpreter_;
  const auto invalid = [&](const std::string& text) {
    why = "code object " + text;
    return false;
  };
  const auto all_str = [&](const std::vector<Ref>& items) {
    return std::all_of(items.begin(), items.end(), [&](const Ref& item) { return is_type(interpreter, item.get(), interpreter.str_type); });
  };
  if (!is_type(interpreter, code.name.get(), interpreter.str_type) ||
      !is_type(interpreter, code.qualname.get(), interpreter.str_type) ||
      !is_type(interpreter, code.filename.get(), interpreter.str_type) || !all_str(code.cell_names) ||
      !all_str(code.free_names))
    return invalid("with a name that is not a str");
  const int locals = code.local_count;
  if (code.register_count < locals || code.register_count > max_register + 1 || code.parameter_count < 0 || code.parameter_count > locals ||
      code.argument_count < 0 || code.positional_only_count < 0 || code.keyword_only_count < 0 ||
      code.positional_only_count > code.argument_count ||
      code.argument_count + code.keyword_only_count > code.parameter_count ||
      code.cell_names.size() + code.free_names.size() > static_cast<std::size_t>(locals))
    return invalid("with inconsistent counts");
  if (code.flags & ~(0x3FF | code_future_annotations) || std::popcount(static_cast<unsigned>(code.flags & code_suspendable)) > 1)
    return invalid("with bad flags");
  return true;
}

bool Reader::validate_locals(CodeObject& code, std::string& why) {
  Interpreter& interpreter = interpreter_;
  const auto invalid = [&](const std::string& text) {
    why = "code object " + text;
    return false;
  };
  const int locals = code.local_count;
  if (locals != static_cast<int>(code.local_names.size())) return invalid("with inconsistent counts");
  for (const Ref& name : code.local_names)
    if (!is_type(interpreter, name.get(), interpreter.str_type)) return invalid("with a name that is not a str");
  // The registers that hold cells: those of the cell and free variables,
  // the free ones last (COPY_FREE_VARS fills them from the closure).
  std::vector<bool>& deref = buffers_.deref;  // (buffers kept across code objects: fewer allocations)
  deref.assign(locals, false);
  const std::size_t first_free = locals - code.free_names.size();
  for (std::size_t i = 0; i < code.free_names.size(); ++i) {
    if (!runtime::str_equal(code.local_names[first_free + i].get(), code.free_names[i].get()))
      return invalid("with misplaced free variables");
    deref[first_free + i] = true;
  }
  for (const Ref& cell : code.cell_names) {
    const auto found = std::find_if(code.local_names.begin(), code.local_names.end(),
                                    [&](const Ref& name) { return runtime::str_equal(name.get(), cell.get()); });
    if (found == code.local_names.end()) return invalid("with a cell that is no variable");
    deref[found - code.local_names.begin()] = true;
  }
  return true;
}

bool Reader::validate(CodeObject& code, std::string& why) {
  if (!validate_header(code, why) || !validate_locals(code, why)) return false;
  Interpreter& interpreter = interpreter_;
  const auto all_str = [&](const std::vector<Ref>& items) {
    return std::all_of(items.begin(), items.end(), [&](const Ref& item) { return is_type(interpreter, item.get(), interpreter.str_type); });
  };
  const auto invalid = [&](const std::string& text) {
    why = "code object " + text;
    return false;
  };
  if (code.constants.size() > max_index + 1u || code.names.size() > max_index + 1u)
    return invalid("with too many constants or names");
  if (!all_str(code.names)) return invalid("with a name that is not a str");
  const int locals = code.local_count;
  const std::size_t first_free = locals - code.free_names.size();
  const std::vector<bool>& deref = buffers_.deref;

  const std::size_t count = code.instructions.size();
  if (count == 0 || count > (1u << 24)) return invalid("with no or too many instructions");
  std::vector<bool>& starts = buffers_.starts;  // where an instruction begins (not a data word)
  starts.assign(count, false);
  std::vector<std::size_t>& targets = buffers_.targets;  // jump destinations, checked after the walk
  std::vector<std::size_t>& skipped = buffers_.skipped;  // the JUMPs that tests skip
  targets.clear();
  skipped.clear();
  std::size_t last = 0;
  const int registers = code.register_count;
  bool ok = true;
  const auto reg = [&](int index) { ok = ok && index >= 0 && index < registers; };
  const auto span = [&](int first, int size) { ok = ok && first >= 0 && size >= 0 && first + size <= registers; };
  const auto cell = [&](int index) { ok = ok && index >= 0 && index < locals && deref[index]; };
  const auto name = [&](std::uint32_t index) { ok = ok && index < code.names.size(); };
  const auto constant = [&](std::uint32_t index) { ok = ok && index < code.constants.size(); };
  code.caches.clear();
  for (std::size_t i = 0; i < count && ok; ++i) {
    starts[i] = true;
    last = i;
    const Instruction instruction = code.instructions[i];
    if (static_cast<int>(instruction & 0xFF) >= opcode_count) return invalid("with an unknown opcode");
    const Opcode op = opcode_of(instruction);
    const OperandFormat format = opcode_formats[static_cast<int>(op)];
    const int a = operand_a(instruction), b = operand_b(instruction), c = operand_c(instruction);
    const int bx = operand_bx(instruction);
    std::uint32_t data = 0;
    if (has_data_word(format)) {
      if (i + 1 >= count) return invalid("ending in the middle of an instruction");
      data = code.instructions[++i];
    }
    const std::size_t next = i + 1;
    const auto jump = [&](long offset) {
      const long target = static_cast<long>(next) + offset;
      ok = ok && target >= 0 && target < static_cast<long>(count);
      if (ok) targets.push_back(static_cast<std::size_t>(target));
    };
    // A test reads the JUMP after it, and skips it or takes it.
    const auto skips = [&] { skipped.push_back(next); };
    const auto kwnames = [&](int limit) {
      constant(data);
      ok = ok && is_type(interpreter, code.constants[data].get(), interpreter.tuple_type);
      if (!ok) return 0;
      const runtime::TupleObject* tuple = runtime::as_tuple(code.constants[data].get());
      for (std::int64_t k = 0; k < tuple->size; ++k) ok = ok && is_type(interpreter, tuple->items()[k], interpreter.str_type);
      ok = ok && tuple->size <= limit;
      return static_cast<int>(tuple->size);
    };
    const auto cached = [&] {
      name(data);
      if (!ok) return;
      InlineCache cache;
      cache.name = code.names[data].get();
      code.caches.push_back(cache);
      code.instructions[i] = static_cast<Instruction>(code.caches.size() - 1);
    };
    switch (op) {
      case Opcode::NOP:
      case Opcode::SETUP_ANNOTATIONS:
      case Opcode::RETURN_NONE: break;
      case Opcode::LOAD_INT:
      case Opcode::LOAD_BUILD_CLASS:
      case Opcode::DELETE_FAST:
      case Opcode::CLEAR:
      case Opcode::RERAISE:
      case Opcode::LOAD_ASSERTION_ERROR:
      case Opcode::END_ASYNC_FOR:
      case Opcode::IMPORT_STAR:
      case Opcode::PRINT_EXPR:
      case Opcode::RETURN: reg(a); break;
      case Opcode::CATCH:
      case Opcode::POP_EXCEPT: span(a, 2); break;
      case Opcode::MAKE_CELL:
      case Opcode::DELETE_DEREF: cell(a); break;
      case Opcode::LOAD_DEREF:
      case Opcode::LOAD_CLASSDEREF: reg(a), cell(b); break;
      case Opcode::STORE_DEREF: cell(a), reg(b); break;
      case Opcode::MOVE:
      case Opcode::LIST_APPEND:
      case Opcode::LIST_EXTEND:
      case Opcode::LIST_TO_TUPLE:
      case Opcode::DELETE_ITEM:
      case Opcode::NEGATE:
      case Opcode::POSITIVE:
      case Opcode::INVERT:
      case Opcode::NOT:
      case Opcode::GET_ITER:
      case Opcode::DICT_UPDATE:
      case Opcode::DICT_MERGE:
      case Opcode::SET_ADD:
      case Opcode::SET_UPDATE:
      case Opcode::FORMAT_VALUE:
      case Opcode::SET_ANNOTATIONS:
      case Opcode::SET_KWDEFAULTS:
      case Opcode::WITH_EXCEPT:
      case Opcode::GET_YIELD_FROM_ITER:
      case Opcode::GET_AWAITABLE:
      case Opcode::GET_LEN:
      case Opcode::GET_AITER:
      case Opcode::GET_ANEXT: reg(a), reg(b); break;
      case Opcode::BEFORE_WITH:
      case Opcode::BEFORE_ASYNC_WITH:
      case Opcode::PREP_EXCEPT_STAR: span(a, 2), reg(b); break;
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) case Opcode::BINARY_##Name: case Opcode::INPLACE_##Name:
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR
      case Opcode::COMPARE_LT:
      case Opcode::COMPARE_LE:
      case Opcode::COMPARE_EQ:
      case Opcode::COMPARE_NE:
      case Opcode::COMPARE_GT:
      case Opcode::COMPARE_GE:
      case Opcode::IS:
      case Opcode::IS_NOT:
      case Opcode::CONTAINS:
      case Opcode::NOT_CONTAINS:
      case Opcode::GET_ITEM:
      case Opcode::SET_ITEM:
      case Opcode::MAP_ADD:
      case Opcode::FORMAT_WITH_SPEC:
      case Opcode::CHECK_EXC_MATCH:
      case Opcode::CHECK_EG_MATCH:
      case Opcode::PREP_RERAISE_STAR:
      case Opcode::COPY_DICT_WITHOUT: reg(a), reg(b), reg(c); break;
      // The registers kept across a suspension include those it resumes with.
      case Opcode::YIELD: reg(b), ok = ok && a <= b; break;
      case Opcode::YIELD_FROM: reg(c), ok = ok && a <= c && b <= c; break;
      case Opcode::RAISE:
        ok = c <= 2;
        if (c >= 1) reg(a);
        if (c == 2) reg(b);
        break;
      case Opcode::TEST_LT:
      case Opcode::TEST_LE:
      case Opcode::TEST_EQ:
      case Opcode::TEST_NE:
      case Opcode::TEST_GT:
      case Opcode::TEST_GE:
      case Opcode::TEST_IS:
      case Opcode::TEST_IS_NOT:
      case Opcode::TEST_IN:
      case Opcode::TEST_NOT_IN:
      case Opcode::FOR_ITER: reg(a), reg(b), skips(); break;
      case Opcode::MATCH_KEYS: reg(a), reg(b), reg(c), skips(); break;
      case Opcode::MATCH_MAPPING: reg(a), skips(); break;
      case Opcode::MATCH_SEQUENCE: reg(a), ok = ok && c <= 1, skips(); break;
      case Opcode::MATCH_CLASS: span(a, 2), span(a, b + kwnames(max_register)), skips(); break;
      case Opcode::LOAD_CONST: reg(a), constant(bx); break;
      case Opcode::MAKE_FUNCTION:
        reg(a), constant(bx);
        ok = ok && is_type(interpreter, code.constants[bx].get(), interpreter.code_type);
        break;
      case Opcode::STORE_GLOBAL:
      case Opcode::LOAD_NAME:
      case Opcode::STORE_NAME:
      case Opcode::DELETE_ATTR: reg(a), name(bx); break;
      case Opcode::DELETE_GLOBAL:
      case Opcode::DELETE_NAME: name(bx); break;
      case Opcode::IMPORT_NAME:
      case Opcode::IMPORT_FROM: span(a, 2), name(bx); break;
      case Opcode::LOAD_GLOBAL: reg(a), cached(); break;
      case Opcode::LOAD_ATTR:
      case Opcode::STORE_ATTR: reg(a), reg(b), cached(); break;
      case Opcode::LOAD_METHOD: span(a, 2), reg(b), cached(); break;
      case Opcode::JUMP: jump(operand_sj(instruction)); break;
      case Opcode::JUMP_IF_FALSE:
      case Opcode::JUMP_IF_TRUE: reg(a), jump(operand_sbx(instruction)); break;
      case Opcode::CALL: span(a, b + 1); break;
      case Opcode::CALL_METHOD: span(a, b + 2); break;
      case Opcode::CALL_KW: span(a, b + 1), kwnames(b); break;
      case Opcode::CALL_METHOD_KW: span(a, b + 2), kwnames(b); break;
      case Opcode::CALL_EX: ok = b <= 1, span(a, b + 2); break;
      case Opcode::COPY_FREE_VARS:
        ok = b == static_cast<int>(code.free_names.size()) && a == static_cast<int>(first_free);
        break;
      case Opcode::BUILD_TUPLE:
      case Opcode::BUILD_LIST:
      case Opcode::BUILD_SET:
      case Opcode::BUILD_STRING:
      case Opcode::SET_DEFAULTS:
      case Opcode::SET_CLOSURE: reg(a), span(b, c); break;
      case Opcode::BUILD_SLICE: reg(a), ok = ok && (c == 2 || c == 3), span(b, c); break;
      case Opcode::BUILD_MAP: reg(a), span(b, 2 * c); break;
      case Opcode::UNPACK_SEQUENCE: span(a, c), reg(b); break;
      case Opcode::UNPACK_EX: span(a, b + c + 1); break;
      case Opcode::CONVERT_VALUE: reg(a), reg(b), ok = ok && c >= 1 && c <= 3; break;
    }
    if (!ok) return invalid("with a bad operand at instruction " + std::to_string(i));
  }
  // Control never runs off the end.
  const Opcode final_op = opcode_of(code.instructions[last]);
  if (last != count - 1 || (final_op != Opcode::RETURN && final_op != Opcode::RETURN_NONE && final_op != Opcode::JUMP &&
                            final_op != Opcode::RAISE && final_op != Opcode::RERAISE))
    return invalid("that may run off its end");
  for (const std::size_t target : targets)
    if (!starts[target]) return invalid("jumping into an instruction");
  for (const std::size_t jump : skipped)
    if (!starts[jump] || jump + 1 >= count || opcode_of(code.instructions[jump]) != Opcode::JUMP)
      return invalid("with a test not followed by a jump");
  std::uint32_t previous_end = 0;
  for (const CodeObject::ExceptionHandler& handler : code.exception_table) {
    if (handler.start < previous_end || handler.start >= handler.end || handler.end > count || handler.target >= count ||
        !starts[handler.target] || handler.exception_register < 0 || handler.exception_register >= registers)
      return invalid("with a bad exception table");
    previous_end = handler.end;
  }
  std::uint32_t previous_first = 0;
  // Positions as the compiler makes them: lines from 0, an end not before
  // the start, columns from -1 (unknown), nothing beyond a sane source size.
  const auto sane = [](const SourcePosition& position) {
    constexpr int limit = 1 << 28;
    return position.line >= 0 && position.end_line >= position.line && position.end_line < limit &&
           position.column >= -1 && position.column < limit && position.end_column >= -1 &&
           position.end_column < limit;
  };
  for (const CodeObject::LineRun& run : code.lines) {
    if (run.first < previous_first || run.first > count || !sane(run.position)) return invalid("with a bad line table");
    previous_first = run.first;
  }
  previous_first = 0;
  for (const CodeObject::LocalRead& read : code.local_reads) {
    if (read.first < previous_first || read.first > count || read.local < 0 || read.local >= code.local_count ||
        !sane(read.position))
      return invalid("with a bad table of local reads");
    previous_first = read.first;
  }
  return true;
}

}  // namespace

std::uint32_t cache_magic_number() {
  static const std::uint32_t magic = [] {
    std::string table = "krait-311 cache format " + std::to_string(cache_format_version) +
                        (std::endian::native == std::endian::little ? " little-endian" : " big-endian");
    for (int op = 0; op < opcode_count; ++op) {
      table += ' ';
      table += opcode_names[op];
      table += ':';
      table += std::to_string(static_cast<int>(opcode_formats[op]));
    }
    // A 16-bit number with the high bit set (CPython's are below 4000),
    // then "\r\n" as CPython's magic numbers end.
    const std::uint32_t number = (static_cast<std::uint32_t>(hash_bytes(table, 0)) & 0x7fff) | 0x8000;
    return number | (static_cast<std::uint32_t>('\r') << 16) | (static_cast<std::uint32_t>('\n') << 24);
  }();
  return magic;
}

std::string cache_magic_bytes() {
  std::string bytes;
  put_u32(bytes, cache_magic_number());
  return bytes;
}

std::uint64_t source_hash(std::string_view source) { return hash_bytes(source, 0x6b72616974ULL); }

std::optional<std::string> serialize_code(Interpreter& interpreter, Value code) {
  if (!is_type(interpreter, code, interpreter.code_type)) return std::nullopt;
  StringTable strings;
  Writer writer(interpreter, strings);
  if (!writer.value(Ref::borrow(code))) return std::nullopt;
  return strings.encoded() + writer.out();
}

std::string code_block(std::string_view payload) {
  std::string block(1, code_block_tag);
  put_u32(block, static_cast<std::uint32_t>(payload.size()));
  put_u64(block, payload_checksum(payload));
  block.append(payload);
  return block;
}

std::optional<std::string_view> read_code_block(std::string_view data, std::size_t& used, std::string& why) {
  if (data.size() < code_block_header_size || data[0] != code_block_tag) {
    why = data.size() < code_block_header_size ? "truncated header" : "not a code object";
    return std::nullopt;
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const std::uint64_t size = get_le(bytes + 1, 4);
  if (size > data.size() - code_block_header_size) {
    why = "truncated payload";
    return std::nullopt;
  }
  const std::string_view payload = data.substr(code_block_header_size, size);
  if (get_le(bytes + 5, 8) != payload_checksum(payload)) {
    why = "checksum mismatch";
    return std::nullopt;
  }
  used = code_block_header_size + size;
  return payload;
}

std::string make_cache_file(const CacheHeader& header, std::string_view payload) {
  std::string file = cache_magic_bytes();
  put_u32(file, header.flags);
  if (header.flags & cache_hash_based) {
    put_u64(file, header.stamp);
  } else {
    put_u32(file, static_cast<std::uint32_t>(header.stamp));
    put_u32(file, static_cast<std::uint32_t>(header.source_size));
  }
  return file + code_block(payload);
}

std::optional<CacheFile> read_cache_file(std::string_view data, std::string& why) {
  if (data.size() < cache_header_size + code_block_header_size) {
    why = "truncated header";
    return std::nullopt;
  }
  if (data.substr(0, 4) != cache_magic_bytes()) {
    why = "bad magic number";
    return std::nullopt;
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  CacheFile file;
  file.header.flags = static_cast<std::uint32_t>(get_le(bytes + 4, 4));
  if ((file.header.flags & ~3u) != 0) {
    why = "invalid flags";
    return std::nullopt;
  }
  const bool hash_based = file.header.flags & cache_hash_based;
  file.header.stamp = get_le(bytes + 8, hash_based ? 8 : 4);
  file.header.source_size = hash_based ? 0 : get_le(bytes + 12, 4);
  std::size_t used = 0;
  const std::optional<std::string_view> payload = read_code_block(data.substr(cache_header_size), used, why);
  if (!payload) return std::nullopt;
  if (cache_header_size + used != data.size()) {
    why = "data after the code object";
    return std::nullopt;
  }
  file.payload = *payload;
  return file;
}

Ref load_code(Interpreter& interpreter, std::string_view payload, Value filename, std::string& why) {
  const auto data = std::make_shared<const PayloadBytes>(interpreter, payload);
  return load_code(interpreter, data, data->view(), filename, why);
}

Ref load_code(Interpreter& interpreter, const std::shared_ptr<const PayloadBytes>& data, std::string_view payload,
              Value filename, std::string& why) {
  const auto* begin = reinterpret_cast<const unsigned char*>(payload.data());
  ReaderBuffers buffers;
  Reader reader(interpreter, data, buffers, begin, begin + payload.size(), filename);
  if (!reader.read_string_table()) {
    why = reader.why();
    return Ref();
  }
  // The constants made here are all new and acyclic: no automatic
  // collection needs to look at them while they are read.
  const bool collecting = interpreter.gc.enabled;
  interpreter.gc.enabled = false;
  Ref code = reader.read_value();
  interpreter.gc.enabled = collecting;
  if (code && !is_type(interpreter, code.get(), interpreter.code_type)) reader.fail("not a code object");
  else if (code && !reader.at_end()) reader.fail("data after the code object");
  if (!reader.why().empty()) {
    why = reader.why();
    return Ref();
  }
  return code;
}

bool load_code_body(CodeObject& code) {
  // Taken first (the code is complete again once read); put back when the
  // bytes prove bad, so that every use fails the same way.
  const std::shared_ptr<const PayloadBytes> bytes = std::move(code.lazy_body);
  Interpreter& interpreter = bytes->interpreter();
  const unsigned char* begin = bytes->begin() + code.lazy_offset;
  ReaderBuffers buffers;
  Reader reader(interpreter, bytes, buffers, begin, begin + code.lazy_size, code.filename.get());
  const bool collecting = interpreter.gc.enabled;  // (new, acyclic values, as load_code's)
  interpreter.gc.enabled = false;
  std::string why;
  const bool loaded = transfer_code_body(reader, code) && reader.at_end() && reader.validate(code, why);
  interpreter.gc.enabled = collecting;
  if (loaded) return true;
  if (why.empty()) why = reader.why().empty() ? "data after the code object" : reader.why();
  code.local_names.clear();
  code.names.clear();
  code.constants.clear();
  code.instructions.clear();
  code.lines.clear();
  code.local_reads.clear();
  code.exception_table.clear();
  code.caches.clear();
  code.lazy_body = bytes;
  interpreter.set_exception(interpreter.ValueError_type, "bad cached code for " +
                                                            std::string(runtime::str_utf8(code.qualname.get())) +
                                                            " in " + std::string(runtime::str_utf8(code.filename.get())) +
                                                            ": " + why);
  return false;
}

void set_code_filename(Value code, Value filename) {
  CodeObject& object = *as_code(code);
  object.filename = Ref::borrow(filename);
  if (object.lazy_body) return;
  for (const Ref& constant : object.constants)
    if (constant.get().is_object() && constant.get().as_object()->type == object.type)
      set_code_filename(constant.get(), filename);
}

}  // namespace krait::compiler
