// Native modules: _stat (CPython's Modules/_stat.c), what stat.py takes
// from C: the S_IS* tests of a mode, S_IMODE, S_IFMT, filemode, and the
// file type, permission and flag constants.
#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// A mode argument as _stat.c's _PyLong_AsMode_t converts it: an int that
// fits an unsigned 32-bit mode_t.
bool mode_argument(Interpreter& interpreter, Value value, std::uint32_t& out) {
  if (!runtime::is_int(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "an integer is required");
    return false;
  }
  if (runtime::int_sign(interpreter, value) < 0) {
    interpreter.set_exception(interpreter.OverflowError_type, "can't convert negative value to unsigned int");
    return false;
  }
  std::int64_t wide = 0;
  if (!runtime::int_to_int64(interpreter, value, wide)) {
    interpreter.set_exception(interpreter.OverflowError_type, "Python int too large to convert to C unsigned long");
    return false;
  }
  if (wide > UINT32_MAX) {
    interpreter.set_exception(interpreter.OverflowError_type, "mode out of range");
    return false;
  }
  out = static_cast<std::uint32_t>(wide);
  return true;
}

constexpr char is_dir_name[] = "_stat.S_ISDIR";
constexpr char is_chr_name[] = "_stat.S_ISCHR";
constexpr char is_blk_name[] = "_stat.S_ISBLK";
constexpr char is_reg_name[] = "_stat.S_ISREG";
constexpr char is_fifo_name[] = "_stat.S_ISFIFO";
constexpr char is_lnk_name[] = "_stat.S_ISLNK";
constexpr char is_sock_name[] = "_stat.S_ISSOCK";
constexpr char is_door_name[] = "_stat.S_ISDOOR";
constexpr char is_port_name[] = "_stat.S_ISPORT";
constexpr char is_wht_name[] = "_stat.S_ISWHT";

// S_ISxxx(mode): (named "_stat.S_ISxxx" for messages) whether the file type bits are `type` (0: a type Linux
// does not have, never true).
template <const char* name, std::uint32_t type>
Ref stat_is_type(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, name, count, kwnames)) return Ref();
  std::uint32_t mode = 0;
  if (!mode_argument(interpreter, arguments[0], mode)) return Ref();
  return interpreter.new_boolean(type != 0 && (mode & S_IFMT) == type);
}

Ref stat_imode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_stat.S_IMODE", count, kwnames)) return Ref();
  std::uint32_t mode = 0;
  if (!mode_argument(interpreter, arguments[0], mode)) return Ref();
  return Ref::small_int(mode & 07777);
}

Ref stat_ifmt(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_stat.S_IFMT", count, kwnames)) return Ref();
  std::uint32_t mode = 0;
  if (!mode_argument(interpreter, arguments[0], mode)) return Ref();
  return Ref::small_int(mode & S_IFMT);
}

char file_type_letter(std::uint32_t mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFBLK: return 'b';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
  }
}

// filemode(mode): "-rwxr-xr-x", as `ls -l` shows a mode.
Ref stat_filemode(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "_stat.filemode", count, kwnames)) return Ref();
  std::uint32_t mode = 0;
  if (!mode_argument(interpreter, arguments[0], mode)) return Ref();
  std::string text(1, file_type_letter(mode));
  // Each class's read, write and execute bits; the execute letter also shows
  // the set-id or sticky bit ('s'/'S', 't'/'T').
  struct Permissions {
    std::uint32_t read, write, execute, special;
    char with_execute, without_execute;
  };
  for (const Permissions& entry : {Permissions{S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S'},
                                   Permissions{S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S'},
                                   Permissions{S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'}}) {
    text += mode & entry.read ? 'r' : '-';
    text += mode & entry.write ? 'w' : '-';
    const bool execute = mode & entry.execute;
    if (mode & entry.special)
      text += execute ? entry.with_execute : entry.without_execute;
    else
      text += execute ? 'x' : '-';
  }
  return runtime::new_str(interpreter, text);
}

struct Constant {
  const char* name;
  std::int64_t value;
};

// In _stat.c's order. S_IFDOOR, S_IFPORT, S_IFWHT are 0 on Linux; the
// UF_/SF_ flags are BSD's values, which CPython defines everywhere.
constexpr Constant constants[] = {
    {"S_IFDIR", S_IFDIR},     {"S_IFCHR", S_IFCHR},       {"S_IFBLK", S_IFBLK},        {"S_IFREG", S_IFREG},
    {"S_IFIFO", S_IFIFO},     {"S_IFLNK", S_IFLNK},       {"S_IFSOCK", S_IFSOCK},      {"S_IFDOOR", 0},
    {"S_IFPORT", 0},          {"S_IFWHT", 0},             {"S_ISUID", S_ISUID},        {"S_ISGID", S_ISGID},
    {"S_ISVTX", S_ISVTX},     {"S_ENFMT", S_ISGID},       {"S_IREAD", S_IRUSR},        {"S_IWRITE", S_IWUSR},
    {"S_IEXEC", S_IXUSR},     {"S_IRWXU", S_IRWXU},       {"S_IRUSR", S_IRUSR},        {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},     {"S_IRWXG", S_IRWXG},       {"S_IRGRP", S_IRGRP},        {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},     {"S_IRWXO", S_IRWXO},       {"S_IROTH", S_IROTH},        {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},     {"UF_NODUMP", 0x1},         {"UF_IMMUTABLE", 0x2},       {"UF_APPEND", 0x4},
    {"UF_OPAQUE", 0x8},       {"UF_NOUNLINK", 0x10},      {"UF_COMPRESSED", 0x20},     {"UF_HIDDEN", 0x8000},
    {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000},  {"SF_APPEND", 0x40000},      {"SF_NOUNLINK", 0x100000},
    {"SF_SNAPSHOT", 0x200000}, {"ST_MODE", 0},            {"ST_INO", 1},               {"ST_DEV", 2},
    {"ST_NLINK", 3},          {"ST_UID", 4},              {"ST_GID", 5},               {"ST_SIZE", 6},
    {"ST_ATIME", 7},          {"ST_MTIME", 8},            {"ST_CTIME", 9},
};

}  // namespace

Ref create_stat_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_stat");
  runtime::add_module_functions(interpreter, module.get(),
                                {{is_dir_name + 6, &stat_is_type<is_dir_name, S_IFDIR>},
                                 {is_chr_name + 6, &stat_is_type<is_chr_name, S_IFCHR>},
                                 {is_blk_name + 6, &stat_is_type<is_blk_name, S_IFBLK>},
                                 {is_reg_name + 6, &stat_is_type<is_reg_name, S_IFREG>},
                                 {is_fifo_name + 6, &stat_is_type<is_fifo_name, S_IFIFO>},
                                 {is_lnk_name + 6, &stat_is_type<is_lnk_name, S_IFLNK>},
                                 {is_sock_name + 6, &stat_is_type<is_sock_name, S_IFSOCK>},
                                 {is_door_name + 6, &stat_is_type<is_door_name, 0>},
                                 {is_port_name + 6, &stat_is_type<is_port_name, 0>},
                                 {is_wht_name + 6, &stat_is_type<is_wht_name, 0>},
                                 {"S_IMODE", &stat_imode},
                                 {"S_IFMT", &stat_ifmt},
                                 {"filemode", &stat_filemode}});
  for (const Constant& constant : constants)
    runtime::module_set(interpreter, module.get(), constant.name, Value::small_int(constant.value));
  return module;
}

}  // namespace krait::modules
