// Compiler stage: the bytecode cache's file format (Krait's own, versioned,
// in PEP 552's frame so that CPython's importlib, run on Krait, reads and
// writes the same files). A cache file is a 16-byte header, then the
// module's code as marshal.dumps writes a code object:
//
//   0  magic number: a u16 derived from the opcode table and
//      format_version (so it changes whenever either does; its high bit
//      set, unlike CPython's), then "\r\n"; importlib's MAGIC_NUMBER on Krait
//   4  u32 flags (PEP 552): bit 0 hash-based, bit 1 check the source
//   8  timestamp mode: u32 the source's modification time in seconds and
//      u32 its size in bytes (both modulo 2**32, as importlib stores them);
//      hash mode: u64 source_hash() of its bytes (_imp.source_hash)
//   16 the code block: 'K', u32 payload length, u64 payload_checksum(),
//      then the payload
//
// All integers are little-endian. The payload is a value tree in the spirit
// of marshal: a tag byte per value, lengths as varints, and back-references
// to objects already read (so constants shared within a module stay shared,
// and an interned str is interned again). Inline caches are not stored: a
// cached instruction's data word is written as its name's index and the
// loader makes a fresh cache for it.
//
// The loader never trusts its input: every length is checked against what
// remains, every instruction operand against the register window and the
// tables it indexes, jumps land on instructions, nesting is bounded; any
// failure gives a reason and the caller compiles the source instead.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/interpreter.h"

namespace krait::compiler {

// Bumped whenever the payload's encoding changes.
constexpr std::uint32_t cache_format_version = 7;
constexpr std::size_t cache_header_size = 16;
// A code block's tag (no marshal type code of CPython's) and the size of
// what precedes its payload.
constexpr char code_block_tag = 'K';
constexpr std::size_t code_block_header_size = 13;

// PEP 552's flags.
enum CacheFlag : std::uint32_t { cache_hash_based = 0x1, cache_check_source = 0x2 };

// The first four bytes of every cache file this Krait reads and writes.
std::uint32_t cache_magic_number();
// The same as the four bytes the file starts with.
std::string cache_magic_bytes();

struct CacheHeader {
  std::uint32_t flags = 0;
  std::uint64_t stamp = 0;  // mtime in seconds, or the source hash in hash mode
  std::uint64_t source_size = 0;
};

// A 64-bit hash of the source's bytes (hash-based caches).
std::uint64_t source_hash(std::string_view source);

// The payload of a code object; nothing when it holds a constant the format
// does not know (the code is then simply not cached).
std::optional<std::string> serialize_code(runtime::Interpreter& interpreter, runtime::Value code);

// A payload as a code block (what marshal.dumps writes for a code object).
std::string code_block(std::string_view payload);

// The payload of the code block `data` starts with, its checksum checked;
// `used` receives the block's length. Nothing, with `why` set, otherwise.
std::optional<std::string_view> read_code_block(std::string_view data, std::size_t& used, std::string& why);

// A whole cache file: header, then payload's code block.
std::string make_cache_file(const CacheHeader& header, std::string_view payload);

// The header of a cache file and its payload, after checking the magic
// number, the signature and the payload's checksum; `why` says what failed.
struct CacheFile {
  CacheHeader header;
  std::string_view payload;
};
std::optional<CacheFile> read_cache_file(std::string_view data, std::string& why);

// The bytes code objects are read from, kept by the lazy ones (whose bodies
// are read when first run) for as long as they live. They belong to one
// interpreter: its strs are made from them.
class PayloadBytes {
 public:
  PayloadBytes(runtime::Interpreter& interpreter, std::size_t size);  // not initialised
  PayloadBytes(runtime::Interpreter& interpreter, std::string_view bytes);
  // `size` bytes read from the start of the file `fd`; null when it has fewer.
  static std::shared_ptr<const PayloadBytes> read_file(runtime::Interpreter& interpreter, int fd, std::size_t size);
  ~PayloadBytes();
  PayloadBytes(const PayloadBytes&) = delete;
  PayloadBytes& operator=(const PayloadBytes&) = delete;

  const unsigned char* begin() const { return reinterpret_cast<const unsigned char*>(storage()); }
  std::size_t size() const { return size_; }
  std::string_view view() const { return {storage(), size_}; }
  runtime::Interpreter& interpreter() const { return interpreter_; }

  // The payload's string table: where each interned str lies, and the str
  // once a record has read it (borrowed: the interpreter's intern table
  // keeps it).
  struct TableString {
    std::size_t offset;
    std::uint32_t size;  // in bytes
    std::uint8_t width;
    runtime::Value str;
  };
  std::vector<TableString>& strings() const { return strings_; }

 private:
  char* storage() const { return mapped_ ? mapped_ : allocated_.get(); }

  runtime::Interpreter& interpreter_;
  mutable std::vector<TableString> strings_;
  std::size_t size_;
  char* mapped_ = nullptr;  // large ones: pages mapped for them
  std::unique_ptr<char[]> allocated_;
};

// The code object a payload holds, validated; null with `why` set (and no
// exception pending) when it is not well formed. `filename`, when not null,
// becomes every code object's co_filename (a source that moved keeps its
// cache); otherwise the stored one is kept.
runtime::Ref load_code(runtime::Interpreter& interpreter, std::string_view payload, runtime::Value filename,
                       std::string& why);
// The same for a payload lying in `data` (the cache file read whole), which
// the code objects keep instead of a copy of it.
runtime::Ref load_code(runtime::Interpreter& interpreter, const std::shared_ptr<const PayloadBytes>& data,
                       std::string_view payload, runtime::Value filename, std::string& why);

// Makes `filename` the co_filename of the code object and of every code
// object nested in it (a body not read yet takes its own code object's).
void set_code_filename(runtime::Value code, runtime::Value filename);

}  // namespace krait::compiler
