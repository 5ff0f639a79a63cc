// Native modules: _io.FileIO's layout and the raw operations the buffered
// classes call directly when their raw stream is exactly a FileIO.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "modules/io/io.h"

namespace krait::modules::io {

struct FileIOObject : IOObject {
  int fd = -1;
  bool readable = false;
  bool writable = false;
  bool appending = false;
  bool created = false;
  bool closefd = true;
  signed char seekable = -1;  // -1: not known yet
  std::int64_t blksize = default_buffer_size;
};

FileIOObject* as_fileio(Value value);
bool is_exact_fileio(Interpreter& interpreter, Value value);
// 'rb', 'wb', 'rb+', 'xb', 'ab+' ...
std::string fileio_mode_text(const FileIOObject* file);
// Reads `size` bytes at most (all up to the end when negative); false with
// OSError pending. A descriptor that would block gives nothing (errno EAGAIN).
[[nodiscard]] bool fileio_read_bytes(Interpreter& interpreter, FileIOObject* file, std::int64_t size, std::string& out);
// Bytes written; -1 with OSError pending, -2 when it would block.
std::int64_t fileio_write_bytes(Interpreter& interpreter, FileIOObject* file, std::string_view data);
// lseek; -1 with OSError pending.
std::int64_t fileio_seek_to(Interpreter& interpreter, FileIOObject* file, std::int64_t position, int whence);

}  // namespace krait::modules::io
