// CLI: the command line, parsed the way `python3` parses its own
// (`krait [options] [-c cmd | -m mod | file | -] [args]`), plus Krait's stage
// views `--tokens` and `--ast`, whose options mirror `python -m tokenize` and
// `python -m ast`, `--symtable FILE` (tests/symtable_view.py's output) and
// `--dis` before a program (its bytecode, in the spirit of `python -m dis`).
#pragma once

#include <string>
#include <vector>

namespace krait::cli {

enum class Action { Run, Disassemble, Help, Version, Tokens, Ast, Symtable, UsageError };
enum class ProgramSource { File, Command, Module, Stdin };

struct CommandLine {
  Action action = Action::Run;
  ProgramSource source = ProgramSource::Stdin;
  std::string target;             // file name, command text or module name
  std::vector<std::string> argv;  // what sys.argv will hold
  std::string error;              // for UsageError: the message CPython prints

  // Interpreter options, as python3's.
  int optimize = 0;                // -O, -OO
  bool dont_write_bytecode = false;  // -B
  bool unbuffered = false;         // -u
  int verbose = 0;                 // -v
  bool ignore_environment = false;  // -E, -I
  bool isolated = false;           // -I
  bool no_user_site = false;       // -s, -I
  bool no_site = false;            // -S
  bool quiet = false;              // -q
  bool inspect = false;            // -i
  std::vector<std::string> x_options;     // -X
  std::vector<std::string> warn_options;  // -W
  std::string check_hash_based_pycs = "default";  // --check-hash-based-pycs default|always|never

  // --tokens [-e] [FILE|-]
  bool exact_tokens = false;
  // --ast [-a] [-m MODE] [-i N] [--no-type-comments] [FILE|-]
  bool ast_attributes = false;
  std::string ast_mode = "exec";
  int ast_indent = 3;
  bool ast_type_comments = true;
};

CommandLine parse_command_line(int argc, char** argv);

// `krait -h`.
std::string usage_text(const std::string& program);

}  // namespace krait::cli
