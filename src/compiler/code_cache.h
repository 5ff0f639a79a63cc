// Compiler stage: the bytecode cache's file format (Krait's own, versioned).
// A cache file is a 40-byte header, then one serialized code object (the
// module's, its nested code among its constants):
//
//   0  u32 magic number: derived from the opcode table and format_version,
//      so it changes whenever either does
//   4  "\r\nKR"
//   8  u32 flags (PEP 552): bit 0 hash-based, bit 1 check the source
//   12 u32 zero
//   16 u64 the source's modification time in nanoseconds, or in hash mode
//      source_hash() of its bytes
//   24 u64 the source's size in bytes (timestamp mode; 0 in hash mode)
//   32 u64 payload_checksum() of what follows
//   40 the payload
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
#include <optional>
#include <string>
#include <string_view>

#include "runtime/interpreter.h"

namespace krait::compiler {

// Bumped whenever the payload's encoding changes.
constexpr std::uint32_t cache_format_version = 4;
constexpr std::size_t cache_header_size = 40;

// PEP 552's flags.
enum CacheFlag : std::uint32_t { cache_hash_based = 0x1, cache_check_source = 0x2 };

// The first four bytes of every cache file this Krait reads and writes.
std::uint32_t cache_magic_number();
// The eight bytes the file starts with (the magic number and signature).
std::string cache_magic_bytes();

struct CacheHeader {
  std::uint32_t flags = 0;
  std::uint64_t stamp = 0;  // mtime in ns, or the source hash in hash mode
  std::uint64_t source_size = 0;
};

// A 64-bit hash of the source's bytes (hash-based caches).
std::uint64_t source_hash(std::string_view source);

// The payload of a code object; nothing when it holds a constant the format
// does not know (the code is then simply not cached).
std::optional<std::string> serialize_code(runtime::Interpreter& interpreter, runtime::Value code);

// A whole cache file: header, then payload.
std::string make_cache_file(const CacheHeader& header, std::string_view payload);

// The header of a cache file and its payload, after checking the magic
// number, the signature and the payload's checksum; `why` says what failed.
struct CacheFile {
  CacheHeader header;
  std::string_view payload;
};
std::optional<CacheFile> read_cache_file(std::string_view data, std::string& why);

// The code object a payload holds, validated; null with `why` set (and no
// exception pending) when it is not well formed. `filename`, when not null,
// becomes every code object's co_filename (a source that moved keeps its
// cache); otherwise the stored one is kept.
runtime::Ref load_code(runtime::Interpreter& interpreter, std::string_view payload, runtime::Value filename,
                       std::string& why);

}  // namespace krait::compiler
