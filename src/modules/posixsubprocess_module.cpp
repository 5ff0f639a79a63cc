// Native modules: _posixsubprocess (CPython's Modules/_posixsubprocess.c),
// whose fork_exec starts every child of subprocess.Popen: the parent
// converts the arguments, forks, and the child arranges its descriptors,
// directory, session and ids, runs preexec_fn, closes what it must not
// inherit and execs. A failure in the child before or at exec is written to
// errpipe_write as "OSError:<hex errno>:" (plus "noexec" when exec was never
// reached) or "SubprocessError:0:<message>", which subprocess.py decodes.
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/os_arguments.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// A NULL-terminated char* array over owned strings, as execve takes it.
struct StringArray {
  std::vector<std::string> strings;
  std::vector<char*> pointers;
  char* const* finish() {
    pointers.clear();
    for (std::string& text : strings) pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers.data();
  }
};

// The items of a sequence (CPython's PySequence_Fast): the list or tuple
// itself, else a new list; TypeError `message` for a non-iterable.
Ref sequence_items(Interpreter& interpreter, Value sequence, const char* message, const Value*& items,
                   std::size_t& size) {
  Ref result = runtime::join_items(interpreter, sequence, items, size);
  if (!result && interpreter.exception_is(interpreter.TypeError_type)) {
    Ref ignored = interpreter.take_exception();
    interpreter.set_exception(interpreter.TypeError_type, message);
  }
  return result;
}

// args: each item a path (str, bytes, os.PathLike) made bytes.
bool argument_strings(Interpreter& interpreter, Value sequence, StringArray& out) {
  const Value* items = nullptr;
  std::size_t size = 0;
  Ref held = sequence_items(interpreter, sequence, "argv must be a tuple", items, size);
  if (!held) return false;
  for (std::size_t i = 0; i < size; ++i) {
    std::string text;
    if (!filesystem_bytes(interpreter, items[i], text)) return false;
    out.strings.push_back(std::move(text));
  }
  return true;
}

// executable_list and env: sequences of bytes (CPython's
// _PySequence_BytesToCharpArray).
bool bytes_strings(Interpreter& interpreter, Value sequence, StringArray& out) {
  Ref length = runtime::length(interpreter, sequence);
  if (!length) return false;
  std::int64_t size = 0;
  if (!runtime::index_argument(interpreter, length.get(), size)) return false;
  for (std::int64_t i = 0; i < size; ++i) {
    Ref item = runtime::get_item(interpreter, sequence, Value::small_int(i));
    if (!item) return false;
    if (!runtime::is_bytes(interpreter, item.get())) {
      interpreter.set_exception(interpreter.TypeError_type,
                                "expected bytes, " + runtime::type_of(interpreter, item.get())->name + " found");
      return false;
    }
    const std::string_view view = runtime::as_bytes(item.get())->view();
    if (view.find('\0') != std::string_view::npos) {
      interpreter.set_exception(interpreter.ValueError_type, "embedded null byte");
      return false;
    }
    out.strings.emplace_back(view);
  }
  return true;
}

// pass_fds: a tuple of distinct non-negative ints in increasing order
// (CPython's _sanity_check_python_fd_sequence).
bool descriptors_to_keep(Interpreter& interpreter, Value tuple, std::vector<int>& out) {
  const runtime::TupleObject* items = runtime::as_tuple(tuple);
  for (std::int64_t i = 0; i < items->size; ++i) {
    const Value item = items->items()[i];
    std::int64_t fd = -1;
    if (!runtime::is_int(interpreter, item) || !runtime::int_to_int64(interpreter, item, fd) || fd < 0 ||
        fd > INT_MAX || (!out.empty() && fd <= out.back())) {
      interpreter.set_exception(interpreter.ValueError_type, "bad value(s) in fds_to_keep");
      return false;
    }
    out.push_back(static_cast<int>(fd));
  }
  return true;
}

// A uid or gid argument: None (-1: unchanged) or an id.
bool optional_id(Interpreter& interpreter, Value value, const char* kind, unsigned& out) {
  out = static_cast<unsigned>(-1);
  return value == interpreter.none() || id_argument(interpreter, value, kind, out);
}

bool groups_argument(Interpreter& interpreter, Value value, bool& given, std::vector<gid_t>& out) {
  given = value != interpreter.none();
  if (!given) return true;
  const Value* items = nullptr;
  std::size_t size = 0;
  Ref held = sequence_items(interpreter, value, "setgroups argument must be a sequence", items, size);
  if (!held) return false;
  for (std::size_t i = 0; i < size; ++i) {
    unsigned gid = 0;
    if (!id_argument(interpreter, items[i], "gid", gid)) return false;
    out.push_back(gid);
  }
  return true;
}

// Everything the child needs, converted before the fork so the child does
// no allocation it could avoid.
struct ChildPlan {
  StringArray arguments, executables, environment;
  bool has_arguments = false, has_environment = false, has_directory = false;
  std::string directory;
  std::vector<int> keep;
  bool close_descriptors = false, restore_signals = false, new_session = false, has_groups = false;
  int p2cread = -1, p2cwrite = -1, c2pread = -1, c2pwrite = -1, errread = -1, errwrite = -1;
  int errpipe_read = -1, errpipe_write = -1;
  int process_group = -1, umask = -1;
  unsigned gid = static_cast<unsigned>(-1), uid = static_cast<unsigned>(-1);
  std::vector<gid_t> groups;
  Value preexec;  // None or a callable
};

// Writes the whole of `text`, ignoring errors: the child has no one to
// report them to.
void write_quietly(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

int set_inheritable(int fd, bool inheritable) {
  const int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return -1;
  const int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
  return wanted == flags ? 0 : fcntl(fd, F_SETFD, wanted);
}

// Closes every descriptor from 3 up except those in `keep` (sorted):
// close_range over the gaps where the kernel has it, else the numbers
// /proc/self/fd lists.
void close_open_descriptors(const std::vector<int>& keep) {
  unsigned int low = 3;
  bool ranges = true;
  for (std::size_t i = 0; i <= keep.size() && ranges; ++i) {
    const unsigned int high = i < keep.size() ? static_cast<unsigned int>(keep[i]) : ~0U;
    if (high < low) continue;
    if (high > low && syscall(SYS_close_range, low, high - 1, 0) != 0) ranges = false;
    if (i < keep.size()) low = high + 1;
  }
  if (ranges) return;
  auto kept = [&](int fd) {
    for (const int k : keep) if (k == fd) return true;
    return false;
  };
  if (DIR* directory = opendir("/proc/self/fd")) {
    const int own = dirfd(directory);
    std::vector<int> open;
    while (const dirent* entry = readdir(directory)) {
      const int fd = std::atoi(entry->d_name);
      if (entry->d_name[0] >= '0' && entry->d_name[0] <= '9' && fd >= 3 && fd != own && !kept(fd)) open.push_back(fd);
    }
    closedir(directory);
    for (const int fd : open) close(fd);
    return;
  }
  const long maximum = sysconf(_SC_OPEN_MAX);
  for (long fd = 3; fd < maximum; ++fd)
    if (!kept(static_cast<int>(fd))) close(static_cast<int>(fd));
}

// The child: never returns. `interpreter` only serves preexec_fn.
[[noreturn]] void run_child(Interpreter& interpreter, ChildPlan& plan, char* const* argv, char* const* envp) {
  bool reached_preexec = false;
  const char* message = nullptr;
  int saved_errno = 0;
  int c2pwrite = plan.c2pwrite, errwrite = plan.errwrite;
  auto fail = [&]() -> bool {
    saved_errno = errno;
    return false;
  };
  auto prepare = [&]() -> bool {
    for (const int fd : plan.keep)
      if (fd != plan.errpipe_write && set_inheritable(fd, true) < 0) return fail();
    // The parent's ends of the pipes.
    for (const int fd : {plan.p2cwrite, plan.c2pread, plan.errread})
      if (fd != -1) close(fd);
    close(plan.errpipe_read);
    // Descriptors about to be replaced by dup2 must not be the targets of
    // another: move c2pwrite off 0 and errwrite off 0 and 1 first.
    if (c2pwrite == 0) {
      if ((c2pwrite = dup(c2pwrite)) < 0 || set_inheritable(c2pwrite, false) < 0) return fail();
    }
    while (errwrite == 0 || errwrite == 1) {
      if ((errwrite = dup(errwrite)) < 0 || set_inheritable(errwrite, false) < 0) return fail();
    }
    // dup2 clears close-on-exec; a descriptor already in place needs it
    // cleared by hand.
    const int sources[] = {plan.p2cread, c2pwrite, errwrite};
    for (int target = 0; target < 3; ++target) {
      const int source = sources[target];
      if (source == target) {
        if (set_inheritable(source, true) < 0) return fail();
      } else if (source != -1 && dup2(source, target) < 0) {
        return fail();
      }
    }
    if (plan.has_directory && chdir(plan.directory.c_str()) < 0) return fail();
    if (plan.umask >= 0) umask(static_cast<mode_t>(plan.umask));
    if (plan.restore_signals) {
      signal(SIGPIPE, SIG_DFL);
      signal(SIGXFSZ, SIG_DFL);
    }
    if (plan.new_session && setsid() < 0) return fail();
    if (plan.process_group >= 0 && setpgid(0, plan.process_group) < 0) return fail();
    if (plan.has_groups && setgroups(plan.groups.size(), plan.groups.data()) < 0) return fail();
    if (plan.gid != static_cast<unsigned>(-1) && setregid(plan.gid, plan.gid) < 0) return fail();
    if (plan.uid != static_cast<unsigned>(-1) && setreuid(plan.uid, plan.uid) < 0) return fail();
    reached_preexec = true;
    if (plan.preexec != interpreter.none()) {
      Ref result = runtime::call(interpreter, plan.preexec, nullptr, 0);
      if (!result) {
        message = "Exception occurred in preexec_fn.";
        return false;
      }
    }
    if (plan.close_descriptors) close_open_descriptors(plan.keep);
    // Try each executable; report the first error other than "not there".
    for (char* const executable : plan.executables.pointers) {
      if (!executable) break;
      if (plan.has_environment) execve(executable, argv, envp);
      else execv(executable, argv);
      if (errno != ENOENT && errno != ENOTDIR && saved_errno == 0) saved_errno = errno;
    }
    if (saved_errno == 0) saved_errno = errno;
    return false;
  };
  prepare();
  if (message) {
    write_quietly(plan.errpipe_write, "SubprocessError:0:");
    write_quietly(plan.errpipe_write, message);
  } else {
    char hex[2 * sizeof(int) + 1];
    int length = 0;
    for (unsigned value = static_cast<unsigned>(saved_errno); value != 0; value /= 16) hex[length++] = "0123456789abcdef"[value % 16];
    std::string report = "OSError:";
    while (length > 0) report += hex[--length];
    report += ':';
    if (!reached_preexec) report += "noexec";
    write_quietly(plan.errpipe_write, report);
  }
  _exit(255);
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
//           p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
//           errpipe_read, errpipe_write, restore_signals, call_setsid,
//           pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
//           allow_vfork, /): the child's pid.
Ref subprocess_fork_exec(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "fork_exec", kwnames) ||
      !runtime::check_tuple_arguments(interpreter, "fork_exec", count, 23, 23))
    return Ref();
  ChildPlan plan;
  const Value none = interpreter.none();
  int truth = runtime::truth(interpreter, arguments[2]);
  if (truth < 0) return Ref();
  plan.close_descriptors = truth != 0;
  if (!runtime::is_tuple(interpreter, arguments[3]))
    return interpreter.raise(interpreter.TypeError_type, "fork_exec() argument 4 must be tuple, not " +
                                                             runtime::argument_type_name(interpreter, arguments[3]));
  int* const descriptors[] = {&plan.p2cread, &plan.p2cwrite, &plan.c2pread, &plan.c2pwrite,
                              &plan.errread, &plan.errwrite, &plan.errpipe_read, &plan.errpipe_write};
  for (std::size_t i = 0; i < 8; ++i)
    if (!runtime::int_argument(interpreter, arguments[6 + i], *descriptors[i])) return Ref();
  for (const auto& [index, flag] : {std::pair{14, &plan.restore_signals}, std::pair{15, &plan.new_session}}) {
    truth = runtime::truth(interpreter, arguments[index]);
    if (truth < 0) return Ref();
    *flag = truth != 0;
  }
  if (!runtime::int_argument(interpreter, arguments[16], plan.process_group) ||
      !optional_id(interpreter, arguments[17], "gid", plan.gid) ||
      !groups_argument(interpreter, arguments[18], plan.has_groups, plan.groups) ||
      !optional_id(interpreter, arguments[19], "uid", plan.uid) || !runtime::int_argument(interpreter, arguments[20], plan.umask))
    return Ref();
  plan.preexec = arguments[21];
  if (plan.close_descriptors && plan.errpipe_write < 3)
    return interpreter.raise(interpreter.ValueError_type, "errpipe_write must be >= 3");
  if (!descriptors_to_keep(interpreter, arguments[3], plan.keep)) return Ref();
  plan.has_arguments = arguments[0] != none;
  if (plan.has_arguments && !argument_strings(interpreter, arguments[0], plan.arguments)) return Ref();
  if (!bytes_strings(interpreter, arguments[1], plan.executables)) return Ref();
  plan.has_directory = arguments[4] != none;
  if (plan.has_directory && !filesystem_bytes(interpreter, arguments[4], plan.directory)) return Ref();
  plan.has_environment = arguments[5] != none;
  if (plan.has_environment && !bytes_strings(interpreter, arguments[5], plan.environment)) return Ref();

  char* const* argv = plan.has_arguments ? plan.arguments.finish() : nullptr;
  char* const* envp = plan.has_environment ? plan.environment.finish() : nullptr;
  plan.executables.finish();
  const pid_t pid = fork();
  if (pid == 0) run_child(interpreter, plan, argv, envp);
  if (pid < 0) return errno_error(interpreter);
  return runtime::new_int(interpreter, pid);
}

}  // namespace

Ref create_posixsubprocess_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "_posixsubprocess");
  runtime::add_module_functions(interpreter, module.get(), {{"fork_exec", &subprocess_fork_exec}});
  return module;
}

}  // namespace krait::modules
