// CLI: the `krait` executable. Parses the command line and hands the program
// to the pipeline; `--tokens`, `--ast`, `--symtable` and `--dis` stop after
// the first stages and print them.
#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/command_line.h"
#include "compiler/bytecode_cache.h"
#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "compiler/symbol_table.h"
#include "compiler/symbol_table_view.h"
#include "parser/ast_dump.h"
#include "modules/atexit_module.h"
#include "modules/thread_module.h"
#include "modules/builtins_module.h"
#include "modules/signal_module.h"
#include "modules/sys_module.h"
#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "objects/hash.h"
#include "parser/parser.h"
#include "support/large_stack.h"
#include "support/syntax_error.h"
#include "tokenizer/tokenize_view.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace krait::cli {
namespace {

constexpr const char* version_text = "Krait " KRAIT_VERSION " (Python 3.11)";

// The OSError text CPython shows for a file that cannot be read.
std::string os_error_text(int error_number, const std::string& filename) {
  return "[Errno " + std::to_string(error_number) + "] " + std::strerror(error_number) + ": '" + filename + "'";
}

std::optional<std::string> read_file(const std::string& filename, int& error_number) {
  std::optional<std::string> content = compiler::read_whole_file(filename);
  if (!content) error_number = errno ? errno : ENOENT;
  return content;
}

std::string read_stdin() { return compiler::read_all(0).value_or(""); }

// 0 when the file can be opened for reading and is no directory, else why not.
int open_error(const std::string& filename) {
  const int fd = ::open(filename.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno ? errno : ENOENT;
  struct stat info;
  const int error = ::fstat(fd, &info) != 0 ? errno : S_ISDIR(info.st_mode) ? EISDIR : 0;
  ::close(fd);
  return error;
}

int print_syntax_error(SyntaxErrorInfo error, const std::string& filename) {
  if (error.filename.empty()) error.filename = filename;
  std::fputs(format_syntax_error(error).c_str(), stderr);
  return 1;
}

// A SyntaxError (IndentationError, TabError) from any stage of the front
// end as CPython shows it; other errors (RecursionError, a construct the
// compiler does not handle yet) as `Type: message`.
int print_compile_error(SyntaxErrorInfo error, const std::string& filename) {
  if (error.type == "SyntaxError" || error.type == "IndentationError" || error.type == "TabError")
    return print_syntax_error(std::move(error), filename);
  if (error.lineno > 0) std::fprintf(stderr, "  File \"%s\", line %d\n", filename.c_str(), error.lineno);
  std::fprintf(stderr, "%s: %s\n", error.type.c_str(), error.message.c_str());
  return 1;
}

// The input of a view that reads FILE, or stdin for none or '-': its text and
// name, or the errno of a file that cannot be read.
struct ViewInput {
  std::optional<std::string> source;
  std::string filename = "<stdin>";
  int error_number = 0;
};

ViewInput read_view_input(const CommandLine& line) {
  ViewInput input;
  if (line.source == ProgramSource::Stdin) {
    input.source = read_stdin();
  } else {
    input.source = read_file(line.target, input.error_number);
    input.filename = line.target;
  }
  return input;
}

int show_tokens(const CommandLine& line) {
  ViewInput input = read_view_input(line);
  if (!input.source) {
    std::fprintf(stderr, "error: %s\n", os_error_text(input.error_number, line.target).c_str());
    return 1;
  }
  const bool from_stdin = line.source == ProgramSource::Stdin;
  auto result = tokenizer::tokenize_view(*input.source, input.filename, from_stdin, line.exact_tokens);
  std::fwrite(result.out.data(), 1, result.out.size(), stdout);
  std::fflush(stdout);
  std::fwrite(result.err.data(), 1, result.err.size(), stderr);
  return result.exit_code;
}

parser::Mode parse_mode(const std::string& name) {
  if (name == "eval") return parser::Mode::Eval;
  if (name == "single") return parser::Mode::Single;
  if (name == "func_type") return parser::Mode::FuncType;
  return parser::Mode::Exec;
}

int show_ast(const CommandLine& line) {
  ViewInput input = read_view_input(line);
  if (!input.source) {
    std::fprintf(stderr, "usage: krait --ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]\n"
                         "krait: error: argument infile: can't open '%s': %s\n",
                 line.target.c_str(), os_error_text(input.error_number, line.target).c_str());
    return 2;
  }
  const std::string& source = *input.source;
  const std::string& filename = input.filename;
  Arena arena;
  parser::ParseOptions options;
  options.mode = parse_mode(line.ast_mode);
  options.type_comments = line.ast_type_comments;
  options.ast_depth_check = true;
  options.filename = filename;
  auto result = parser::parse(source, arena, options);
  std::fputs(format_warnings(result.warnings, filename).c_str(), stderr);
  if (result.error) return print_syntax_error(*result.error, filename);
  ast::DumpOptions dump_options;
  dump_options.include_attributes = line.ast_attributes;
  dump_options.indent = line.ast_indent;
  std::string text = ast::dump(result.tree, dump_options);
  text += '\n';
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

// The symbol tables, or the SyntaxError that stops the front end, both on
// stdout (as tests/symtable_view.py prints them) so that a test compares the
// error's location as well.
int show_symtable(const CommandLine& line) {
  ViewInput input = read_view_input(line);
  if (!input.source) {
    std::fprintf(stderr, "krait: can't open file '%s': %s\n", line.target.c_str(),
                 os_error_text(input.error_number, line.target).c_str());
    return 2;
  }
  Arena arena;
  parser::ParseOptions options;
  options.filename = input.filename;
  auto parsed = parser::parse(*input.source, arena, options);
  std::fputs(format_warnings(parsed.warnings, input.filename).c_str(), stderr);
  std::optional<SyntaxErrorInfo> error = std::move(parsed.error);
  std::string text;
  if (!error) {
    auto built = compiler::build_symbol_table(parsed.tree, *input.source, input.filename);
    error = std::move(built.error);
    if (built.table) text = compiler::symbol_table_view(*built.table);
  }
  if (error) {
    if (error->filename.empty()) error->filename = input.filename;
    const bool located = error->type == "SyntaxError" || error->type == "IndentationError" || error->type == "TabError";
    text = located ? format_syntax_error(*error) : error->type + ": " + error->message + "\n";
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  return error ? 1 : 0;
}

// An environment variable unless -E or -I: null when unset or ignored.
const char* environment(const CommandLine& line, const char* name) {
  return line.ignore_environment ? nullptr : std::getenv(name);
}

// The directories of a colon-separated list, empty entries dropped.
void append_directories(std::vector<std::string>& path, const char* list) {
  for (std::string_view rest = list ? list : ""; !rest.empty();) {
    const std::size_t colon = rest.find(':');
    const std::string_view entry = rest.substr(0, colon);
    if (!entry.empty()) path.emplace_back(entry);
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
}

bool is_directory(const std::string& path) {
  std::error_code error;
  return !path.empty() && std::filesystem::is_directory(path, error);
}

// -X dev (or -X dev=...), or PYTHONDEVMODE set non-empty.
bool dev_mode(const CommandLine& line) {
  for (const std::string& option : line.x_options)
    if (option == "dev" || option.starts_with("dev=")) return true;
  const char* variable = environment(line, "PYTHONDEVMODE");
  return variable && *variable;
}

// What sys says about the program: argv as python3 sets it, the path with
// the program's directory first ('' for -c and stdin: the current one; the
// current directory's absolute path for -m; none under -I), then
// PYTHONPATH's directories unless -E or -I, then Krait's library directory
// and CPython's standard library (see docs/architecture.md, "The import
// system"), each when it exists.
modules::SysConfiguration sys_configuration(const CommandLine& line) {
  modules::SysConfiguration configuration;
  configuration.argv = line.argv;
  std::error_code error;
  if (!line.isolated) {
    std::string directory;
    if (line.source == ProgramSource::File) {
      // CPython resolves the script's symbolic links first.
      const std::filesystem::path script = std::filesystem::canonical(line.target, error);
      directory = error ? std::filesystem::absolute(line.target, error).parent_path().string()
                        : script.parent_path().string();
    } else if (line.source == ProgramSource::Module) {
      directory = std::filesystem::current_path(error).string();
    }
    configuration.path.push_back(directory);
  }
  append_directories(configuration.path, environment(line, "PYTHONPATH"));
  const char* library = std::getenv("KRAIT_LIBRARY");
  const std::string library_directory = library ? library : KRAIT_LIBRARY_DIR;
  if (is_directory(library_directory)) configuration.path.push_back(library_directory);
  const char* stdlib = std::getenv("KRAIT_STDLIB");
  const std::string stdlib_directory = stdlib ? stdlib : KRAIT_STDLIB_DIR;
  if (is_directory(stdlib_directory)) {
    configuration.path.push_back(stdlib_directory);
    configuration.stdlib_directory = stdlib_directory;
  }
  configuration.executable = std::filesystem::canonical("/proc/self/exe", error).string();
  const char* dont_write = environment(line, "PYTHONDONTWRITEBYTECODE");
  configuration.dont_write_bytecode = line.dont_write_bytecode || (dont_write && *dont_write);
  const char* prefix = environment(line, "PYTHONPYCACHEPREFIX");
  if (prefix) configuration.pycache_prefix = prefix;
  for (const std::string& option : line.x_options)
    if (option.starts_with("pycache_prefix=")) configuration.pycache_prefix = option.substr(15);
  configuration.x_options = line.x_options;
  if (dev_mode(line)) configuration.warn_options.push_back("default");
  for (std::string_view rest = environment(line, "PYTHONWARNINGS") ? environment(line, "PYTHONWARNINGS") : "";
       !rest.empty();) {
    const std::size_t comma = rest.find(',');
    if (!rest.substr(0, comma).empty()) configuration.warn_options.emplace_back(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  configuration.warn_options.insert(configuration.warn_options.end(), line.warn_options.begin(), line.warn_options.end());
  return configuration;
}

// The interpreter's settings from the command line (before anything runs).
void configure_interpreter(runtime::Interpreter& interpreter, const CommandLine& line) {
  interpreter.optimize = line.optimize;
  interpreter.dev_mode = dev_mode(line);
  interpreter.verbose = line.verbose;
  if (const char* verbose = environment(line, "PYTHONVERBOSE"); verbose && *verbose)
    interpreter.verbose = std::max(interpreter.verbose, std::atoi(verbose) > 0 ? std::atoi(verbose) : 1);
  interpreter.check_hash_based_pycs =
      line.check_hash_based_pycs == "always" ? 1 : line.check_hash_based_pycs == "never" ? 2 : 0;
  // -X importtime, or PYTHONPROFILEIMPORTTIME set non-empty.
  for (const std::string& option : line.x_options)
    if (option == "importtime" || option.starts_with("importtime=")) interpreter.imports.importtime = true;
  if (const char* importtime = environment(line, "PYTHONPROFILEIMPORTTIME"); importtime && *importtime)
    interpreter.imports.importtime = true;
}

// The code of the program, by how it is given: the text of -c or stdin, a
// script through its bytecode cache, a cache file itself; null after
// reporting an error (`status` set).
runtime::Ref program_code(runtime::Interpreter& interpreter, const CommandLine& line, std::string& filename,
                          int& status) {
  std::optional<std::string> source;
  compiler::CompileResult compiled;
  status = 1;
  if (line.source == ProgramSource::File) {
    int error_number = 0;
    std::error_code ignored;
    // CPython (since 3.9) names the script by its absolute path, unnormalised.
    filename = std::filesystem::absolute(line.target, ignored).string();
    error_number = open_error(line.target);
    if (error_number != 0) {
      std::fprintf(stderr, "krait: can't open file %s: [Errno %d] %s\n", ("'" + filename + "'").c_str(),
                   error_number, std::strerror(error_number));
      status = 2;
      return runtime::Ref();
    }
    if (line.action == Action::Disassemble) {
      source = read_file(line.target, error_number);
    } else if (line.target.ends_with(".pyc") || compiler::is_cache_file(line.target)) {
      runtime::Ref code = compiler::load_cache_file(interpreter, line.target);
      status = code ? 0 : vm::report_uncaught(interpreter, interpreter.take_exception().get());
      return code;
    } else {
      compiled = compiler::load_source(interpreter, filename, "__main__");
    }
  } else {
    source = line.source == ProgramSource::Command ? line.target : read_stdin();
    filename = line.source == ProgramSource::Command ? "<string>" : "<stdin>";
  }
  if (source) compiled = compiler::compile_source(interpreter, *source, filename);
  if (!compiler::issue_warnings(interpreter, compiled, filename)) {
    status = vm::report_uncaught(interpreter, interpreter.take_exception().get());
    return runtime::Ref();
  }
  if (compiled.error) {
    status = print_compile_error(*compiled.error, filename);
    return runtime::Ref();
  }
  status = 0;
  return std::move(compiled.code);
}

// Runs the program; `quick` tells that nothing is left for the
// interpreter's end to do that a program could see (see run_program).
int run_in(runtime::Interpreter& interpreter, const CommandLine& line, bool& quick) {
  configure_interpreter(interpreter, line);
  vm::install(interpreter);
  modules::install_signal_handlers(interpreter);
  modules::configure_sys(interpreter, sys_configuration(line));
  // What site.py adds to builtins (unless -S); without CPython's standard
  // library there is no _sitebuiltins, and no such names.
  if (!line.no_site && !modules::add_site_builtins(interpreter)) runtime::Ref ignored = interpreter.take_exception();
  std::string filename;
  int status = 0;
  runtime::Ref main;
  runtime::Ref code;
  if (line.source == ProgramSource::Module) {
    // -m: the module found on sys.path runs as __main__ (runpy's _run_module_as_main).
    std::string failure;
    code = vm::prepare_main_module(interpreter, line.target, main, failure);
    if (!failure.empty()) {
      std::fprintf(stderr, "krait: %s\n", failure.c_str());
      return 1;
    }
    if (!code) return vm::report_uncaught(interpreter, interpreter.take_exception().get());
    if (!main) return 0;  // a native module's main() ran
  } else {
    code = program_code(interpreter, line, filename, status);
    if (!code) return status;
    if (line.action == Action::Disassemble) {
      std::string text = compiler::disassemble(code.get());
      std::fwrite(text.data(), 1, text.size(), stdout);
      return 0;
    }
    // The program runs as the module __main__, which sys.modules holds; its
    // __file__ is the script's path, or '<stdin>' (none for -c).
    main = vm::new_main_module(interpreter, line.source == ProgramSource::Command ? "" : filename);
  }
  runtime::Ref outcome;
  if (main) outcome = vm::run_module(interpreter, code.get(), runtime::module_dict(main.get()));
  std::fflush(stdout);
  bool interrupted = false;
  if (!outcome) {
    runtime::Ref exception = interpreter.take_exception();
    interrupted = runtime::is_subtype(runtime::type_of(interpreter, exception.get()), interpreter.KeyboardInterrupt_type);
    status = vm::report_uncaught(interpreter, exception.get());
  }
  // As CPython's finalization: the non-daemon threads are waited for,
  // atexit's functions run, daemon threads are stopped at their next wait
  // for the GIL, the cycles already garbage are collected (their finalizers
  // run), then the modules' namespaces are emptied -- unless no finalizer
  // or callback is left to run, when nobody could tell.
  modules::wait_for_thread_shutdown(interpreter);
  modules::run_exit_functions(interpreter);
  runtime::begin_finalization(interpreter);
  std::fflush(stdout);
  quick = modules::prepare_quick_exit(interpreter);
  if (!quick) {
    runtime::collect_garbage(interpreter);
    runtime::clear_modules(interpreter);
  }
  if (interrupted) {
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython
    // does, so that its parent sees the interruption.
    std::fflush(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  return status;
}

// Sanitizer builds free everything at exit, so that LeakSanitizer checks
// the runtime's teardown; other builds leave the memory to the system.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool free_at_exit = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool free_at_exit = true;
#else
constexpr bool free_at_exit = false;
#endif
#else
constexpr bool free_at_exit = false;
#endif

// The program in a new interpreter, finalized at the end (its modules
// cleared, its last collection run: all a Python program can see, skipped
// when there is nothing to see) but, as the process exits next, not freed
// object by object: the system takes the memory back at once.
int run_program(const CommandLine& line) {
  auto interpreter = std::make_unique<runtime::Interpreter>();
  bool quick = false;
  const int status = run_in(*interpreter, line, quick);
  if (free_at_exit) return status;  // (the destructor finalizes, then frees)
  if (!quick) interpreter->finalize();
  static_cast<void>(interpreter.release());
  return status;
}

}  // namespace
}  // namespace krait::cli

namespace krait::cli {
namespace {

int dispatch(const CommandLine& line, const char* program) {
  // CPython validates PYTHONHASHSEED before doing anything else.
  std::optional<std::uint32_t> seed;
  if (!runtime::parse_hash_seed(std::getenv("PYTHONHASHSEED"), seed)) {
    std::fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range "
               "[0; 4294967295]\nPython runtime state: preinitialized\n\n",
               stderr);
    return 1;
  }
  switch (line.action) {
    case Action::UsageError:
      std::fputs(line.error.c_str(), stderr);
      return 2;
    case Action::Help:
      std::fputs(usage_text(program).c_str(), stdout);
      return 0;
    case Action::Version:
      std::puts(version_text);
      return 0;
    case Action::Tokens:
      return show_tokens(line);
    case Action::Ast:
      return show_ast(line);
    case Action::Symtable:
      return show_symtable(line);
    case Action::Run:
    case Action::Disassemble:
      return run_program(line);
  }
  return 0;
}

}  // namespace
}  // namespace krait::cli

int main(int argc, char** argv) {
  using namespace krait::cli;
  // Krait runs on one thread (the large-stack one): it shares the main
  // malloc arena, which grows by brk in large steps, rather than a thread
  // arena grown a page at a time by mprotect (a system call and a fault
  // for every page of a start-up's allocations).
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TOP_PAD, 4 << 20);
  // The last line of defence against a failed allocation the runtime did
  // not check in advance (a container grown past the machine's memory):
  // end as an uncaught MemoryError would, rather than by std::terminate.
  std::set_new_handler([] {
    std::fflush(stdout);
    std::fputs("MemoryError\n", stderr);
    std::_Exit(1);
  });
  const CommandLine line = parse_command_line(argc, argv);
  int status = 0;
  krait::run_with_large_stack([&] {
    status = dispatch(line, argc > 0 ? argv[0] : "krait");
    // The process ends from this thread: returning would first end the
    // thread, which hands its malloc caches back to the heap (work wasted
    // just before the process goes).
    std::exit(status);
  });
  return status;
}
