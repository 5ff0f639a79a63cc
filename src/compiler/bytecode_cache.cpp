// Compiler stage: the bytecode cache in __pycache__ (see bytecode_cache.h). The
// paths, checks and -v messages follow importlib._bootstrap_external
// (cache_from_source, _classify_pyc, _validate_*_pyc, _write_atomic).
#include "compiler/bytecode_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "compiler/code_cache.h"
#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::compiler {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr const char* cache_tag = "krait-311";

// -v's trace line, "# message", on stderr.
void trace(Interpreter& interpreter, const std::string& message) {
  if (interpreter.verbose > 0) std::fprintf(stderr, "# %s\n", message.c_str());
}

// sys.<name> (borrowed), or null.
Value sys_attribute(Interpreter& interpreter, const char* name) {
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  if (sys.is_null() || !runtime::is_module(interpreter, sys)) return Value();
  return runtime::dict_get_str(runtime::module_dict(sys), interpreter.intern(name));
}

bool writing_allowed(Interpreter& interpreter) {
  const Value flag = sys_attribute(interpreter, "dont_write_bytecode");
  if (flag.is_null()) return true;
  const int set = runtime::truth(interpreter, flag);
  if (set < 0) Ref ignored = interpreter.take_exception();
  return set == 0;
}

std::string quoted(const std::string& path) { return "'" + path + "'"; }

std::uint64_t nanoseconds(const struct timespec& time) {
  return static_cast<std::uint64_t>(time.tv_sec) * 1000000000ULL + static_cast<std::uint64_t>(time.tv_nsec);
}

// A cache file read whole into the memory the code objects loaded from it
// keep (a lazy body is read from there when its code first runs), and its
// modification time in nanoseconds.
struct CacheFileBytes {
  std::shared_ptr<const PayloadBytes> bytes;
  std::uint64_t modified = 0;
};

std::optional<CacheFileBytes> read_cache_bytes(Interpreter& interpreter, const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<CacheFileBytes> result;
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    if (auto bytes = PayloadBytes::read_file(interpreter, fd, static_cast<std::size_t>(info.st_size)))
      result = CacheFileBytes{std::move(bytes), nanoseconds(info.st_mtim)};
  }
  ::close(fd);
  return result;
}

// A source's modification time in seconds and size, both modulo 2**32 as
// the cache header (and importlib's _validate_timestamp_pyc) has them, and
// its modification time in nanoseconds.
struct SourceStat {
  std::uint64_t mtime = 0;
  std::uint64_t size = 0;
  std::uint64_t modified = 0;
};

std::optional<SourceStat> stat_source(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return SourceStat{static_cast<std::uint64_t>(info.st_mtim.tv_sec) & 0xffffffffULL,
                    static_cast<std::uint64_t>(info.st_size) & 0xffffffffULL, nanoseconds(info.st_mtim)};
}

// Writes `data` to `path` through a temporary file in the same directory
// renamed over it, so a reader sees the old file or the new, never half of
// one. The directory is made first. False with `error` set.
bool write_atomic(const std::string& path, const std::string& data, std::string& error) {
  static std::atomic<unsigned> counter{0};
  const std::filesystem::path directory = std::filesystem::path(path).parent_path();
  std::error_code code;
  std::filesystem::create_directories(directory, code);
  if (code) {
    error = "could not create " + quoted(directory.string()) + ": " + code.message();
    return false;
  }
  const std::string temporary = path + "." + std::to_string(getpid()) + "." + std::to_string(counter++) + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = "could not create " + quoted(path) + ": " + std::strerror(errno);
    return false;
  }
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t count = ::write(fd, data.data() + written, data.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) break;
    written += static_cast<std::size_t>(count);
  }
  const bool complete = written == data.size();
  const int saved = errno;
  if (::close(fd) != 0 || !complete || ::rename(temporary.c_str(), path.c_str()) != 0) {
    error = "could not create " + quoted(path) + ": " + std::strerror(complete ? errno : saved);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

// Serializes `code` and writes it as the cache `path` with `header`.
bool write_cache(Interpreter& interpreter, Value code, const std::string& path, const CacheHeader& header,
                 std::string& error) {
  std::optional<std::string> payload = serialize_code(interpreter, code);
  if (!payload) {
    error = "could not serialize the code of " + quoted(path);
    return false;
  }
  return write_atomic(path, make_cache_file(header, *payload), error);
}

CompileResult os_error(const std::string& path) {
  const int error_number = errno ? errno : ENOENT;
  CompileResult result;
  result.error.emplace();
  result.error->type = "OSError";
  result.error->message =
      "[Errno " + std::to_string(error_number) + "] " + std::strerror(error_number) + ": " + quoted(path);
  return result;
}

// The code of a valid, fresh cache for the source; null (and -v says why) otherwise.
// `header` receives the cache's header, whose mode a rewrite keeps.
Ref load_fresh_cache(Interpreter& interpreter, const std::string& path, const std::string& cache,
                     const std::string& name, const std::optional<SourceStat>& stat,
                     std::optional<std::string>& source, CacheHeader& header) {
  const std::optional<CacheFileBytes> data = read_cache_bytes(interpreter, cache);
  if (!data) return Ref();
  std::string why;
  const std::optional<CacheFile> file = read_cache_file(data->bytes->view(), why);
  if (!file) {
    trace(interpreter, why + " in " + quoted(name) + " (" + cache + ")");
    return Ref();
  }
  header = file->header;
  if (header.flags & cache_hash_based) {
    const bool check = interpreter.check_hash_based_pycs == 1 ||
                       (interpreter.check_hash_based_pycs == 0 && (header.flags & cache_check_source));
    if (check) {
      if (!source) source = read_whole_file(path);
      if (!source) return Ref();
      if (source_hash(*source) != header.stamp) {
        trace(interpreter, "hash in bytecode doesn't match hash of source " + quoted(name));
        return Ref();
      }
    }
  } else if (!stat || stat->mtime != header.stamp || stat->size != header.source_size ||
             stat->modified > data->modified) {
    // (A source changed after its cache was written is stale too: the
    // header's whole seconds miss a same-size edit within one second.)
    trace(interpreter, "bytecode is stale for " + quoted(name));
    return Ref();
  }
  Ref filename = runtime::new_str(interpreter, path);
  Ref code = load_code(interpreter, data->bytes, file->payload, filename.get(), why);
  if (!code) {
    trace(interpreter, "bad code object in " + quoted(name) + ": " + why + " (" + cache + ")");
    return Ref();
  }
  trace(interpreter, cache + " matches " + path);
  trace(interpreter, "code object from " + quoted(cache));
  return code;
}

// A header for the source as it is now, in the mode of `previous` (a
// hash-based cache stays hash-based).
CacheHeader header_for(const std::optional<SourceStat>& stat, const std::string& source,
                                 std::uint32_t flags) {
  CacheHeader header;
  header.flags = flags;
  if (flags & cache_hash_based) {
    header.stamp = source_hash(source);
  } else {
    header.stamp = stat ? stat->mtime : 0;
    header.source_size = stat ? stat->size : source.size() & 0xffffffffULL;
  }
  return header;
}

// The code of the source: compiled, and cached if allowed.
CompileResult compile_and_cache(Interpreter& interpreter, const std::string& path, const std::string& cache,
                                          const std::optional<SourceStat>& stat, const std::string& source,
                                          std::uint32_t flags) {
  CompileResult result = compile_source(interpreter, source, path);
  trace(interpreter, "source compiled (tokenizer, parser, compiler): " + quoted(path));
  // Code whose compilation warned is not cached: the warnings show each run.
  if (!result.code || !result.warnings.empty() || !stat || !writing_allowed(interpreter)) return result;
  std::string error;
  if (write_cache(interpreter, result.code.get(), cache, header_for(stat, source, flags), error))
    trace(interpreter, "created " + quoted(cache));
  else
    trace(interpreter, error);
  return result;
}

}  // namespace

std::optional<std::string> read_whole_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> data = read_all(fd);
  const int saved = errno;
  ::close(fd);
  errno = saved;
  return data;
}

std::optional<std::string> read_all(int fd) {
  struct stat info;
  if (::fstat(fd, &info) != 0) return std::nullopt;
  if (S_ISDIR(info.st_mode)) {
    errno = EISDIR;
    return std::nullopt;
  }
  std::string data;
  data.resize(S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0);
  std::size_t done = 0;
  for (;;) {
    if (done == data.size()) data.resize(data.size() + 4096);  // a file that grew, or a pipe
    const ssize_t count = ::read(fd, data.data() + done, data.size() - done);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return std::nullopt;
    if (count == 0) break;
    done += static_cast<std::size_t>(count);
  }
  data.resize(done);
  return data;
}

std::string cache_path(Interpreter& interpreter, const std::string& source_path) {
  std::filesystem::path source(source_path);
  std::string base = source.filename().string();
  const std::size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  std::string name = base + "." + cache_tag;
  if (interpreter.optimize > 0) name += ".opt-" + std::to_string(interpreter.optimize);
  name += ".pyc";
  const Value prefix = sys_attribute(interpreter, "pycache_prefix");
  if (!prefix.is_null() && runtime::is_str(interpreter, prefix)) {
    // PREFIX/<the source's absolute directory>/NAME, no __pycache__.
    std::error_code error;
    std::string directory = std::filesystem::absolute(source, error).parent_path().string();
    return std::string(runtime::str_utf8(prefix)) + directory + "/" + name;
  }
  const std::filesystem::path directory = source.parent_path();
  return (directory.empty() ? std::string() : directory.string() + "/") + "__pycache__/" + name;
}

CompileResult load_source(Interpreter& interpreter, const std::string& path, const std::string& name) {
  const std::optional<SourceStat> stat = stat_source(path);
  const std::string cache = cache_path(interpreter, path);
  std::optional<std::string> source;
  CacheHeader previous;
  if (stat) {
    Ref code = load_fresh_cache(interpreter, path, cache, name, stat, source, previous);
    if (code) {
      CompileResult result;
      result.code = std::move(code);
      return result;
    }
  }
  if (!source) source = read_whole_file(path);
  if (!source) return os_error(path);
  return compile_and_cache(interpreter, path, cache, stat, *source, previous.flags);
}

bool compile_to_cache(Interpreter& interpreter, const std::string& source_path, std::string cache_file,
                      Invalidation invalidation, std::string& error) {
  const std::optional<std::string> source = read_whole_file(source_path);
  if (!source) {
    error = "[Errno " + std::to_string(errno) + "] " + std::strerror(errno) + ": " + quoted(source_path);
    return false;
  }
  CompileResult result = compile_source(interpreter, *source, source_path);
  if (!result.code) {
    SyntaxErrorInfo info = *result.error;
    if (info.filename.empty()) info.filename = source_path;
    error = format_syntax_error(info);
    return false;
  }
  if (cache_file.empty()) cache_file = cache_path(interpreter, source_path);
  const std::uint32_t flags = invalidation == Invalidation::Timestamp ? 0
                              : invalidation == Invalidation::CheckedHash
                                  ? cache_hash_based | cache_check_source
                                  : cache_hash_based;
  return write_cache(interpreter, result.code.get(), cache_file, header_for(stat_source(source_path), *source, flags),
                     error);
}

bool cache_is_current(Interpreter& interpreter, const std::string& source_path) {
  const std::optional<SourceStat> stat = stat_source(source_path);
  const std::optional<std::string> data = read_whole_file(cache_path(interpreter, source_path));
  std::string why;
  const std::optional<CacheFile> file = data ? read_cache_file(*data, why) : std::nullopt;
  if (!stat || !file) return false;
  if (!(file->header.flags & cache_hash_based)) return file->header.stamp == stat->mtime && file->header.source_size == stat->size;
  const std::optional<std::string> source = read_whole_file(source_path);
  return source && source_hash(*source) == file->header.stamp;
}

Invalidation default_invalidation() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  return epoch && *epoch ? Invalidation::CheckedHash : Invalidation::Timestamp;
}

bool is_cache_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char start[4];
  const ssize_t count = ::read(fd, start, sizeof start);
  ::close(fd);
  return count == 4 && std::string_view(start, 4) == cache_magic_bytes();
}

Ref load_cache_file(Interpreter& interpreter, const std::string& path) {
  const std::optional<std::string> data = read_whole_file(path);
  std::string why;
  const std::optional<CacheFile> file = data ? read_cache_file(*data, why) : std::nullopt;
  if (!file) return interpreter.raise(interpreter.RuntimeError_type, "Bad magic number in .pyc file");
  Ref code = load_code(interpreter, file->payload, Value(), why);
  if (!code) return interpreter.raise(interpreter.RuntimeError_type, "Bad code object in .pyc file");
  trace(interpreter, "code object from " + quoted(path));
  return code;
}

}  // namespace krait::compiler
