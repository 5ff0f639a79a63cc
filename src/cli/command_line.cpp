// CLI: command-line parsing (see command_line.h).
#include "cli/command_line.h"

#include <cstring>
#include <string_view>

namespace krait::cli {

namespace {

std::string short_usage(const std::string& program) {
  return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
         "Try `" + program + " -h' for more information.\n";
}

CommandLine usage_error(CommandLine line, const std::string& program, const std::string& message) {
  line.action = Action::UsageError;
  line.error = message + "\n" + short_usage(program);
  return line;
}

// The synopsis of a stage view's options.
std::string view_usage(Action action) {
  switch (action) {
    case Action::Ast: return " --ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]";
    case Action::Symtable: return " --symtable [-h] [file]";
    default: return " --tokens [-h] [-e] [filename.py]";
  }
}

// The options of a stage view (`--tokens`, `--ast` or `--symtable`), parsed
// like the argparse parser of the CPython module it mirrors: options anywhere,
// one optional positional FILE ('-' or none for stdin).
CommandLine parse_view_options(CommandLine line, int argc, char** argv, int index, const std::string& program) {
  const bool is_ast = line.action == Action::Ast;
  const bool is_tokens = line.action == Action::Tokens;
  const std::string prog = is_ast ? "python -m ast" : is_tokens ? "python -m tokenize" : "symtable_view.py";
  const std::string usage = "usage: " + program + view_usage(line.action) + "\n";
  bool have_file = false;
  auto fail = [&](const std::string& message) {
    line.action = Action::UsageError;
    line.error = usage + program + ": error: " + message + "\n";
    return line;
  };
  for (; index < argc; ++index) {
    std::string_view arg = argv[index];
    auto value = [&](std::string& out) {
      if (index + 1 >= argc) return false;
      out = argv[++index];
      return true;
    };
    if (is_tokens && (arg == "-e" || arg == "--exact")) {
      line.exact_tokens = true;
    } else if (is_ast && (arg == "-a" || arg == "--include-attributes")) {
      line.ast_attributes = true;
    } else if (is_ast && arg == "--no-type-comments") {
      line.ast_type_comments = false;
    } else if (is_ast && (arg == "-m" || arg == "--mode")) {
      if (!value(line.ast_mode)) return fail("argument -m/--mode: expected one argument");
      if (line.ast_mode != "exec" && line.ast_mode != "single" && line.ast_mode != "eval" && line.ast_mode != "func_type")
        return fail("argument -m/--mode: invalid choice: '" + line.ast_mode +
                    "' (choose from 'exec', 'single', 'eval', 'func_type')");
    } else if (is_ast && (arg == "-i" || arg == "--indent")) {
      std::string text;
      if (!value(text)) return fail("argument -i/--indent: expected one argument");
      char* end = nullptr;
      long indent = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0') return fail("argument -i/--indent: invalid int value: '" + text + "'");
      line.ast_indent = static_cast<int>(indent);
    } else if (arg == "-h" || arg == "--help") {
      line.action = Action::Help;
      line.target = prog;
      return line;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return fail("unrecognized arguments: " + std::string(arg));
    } else if (have_file) {
      return fail("unrecognized arguments: " + std::string(arg));
    } else {
      have_file = true;
      line.target = std::string(arg);
    }
  }
  // argparse.FileType (python -m ast) reads stdin for '-', and so does
  // --symtable; tokenize.py only without a file name, '-' being a file name to it.
  line.source = (!have_file || (!is_tokens && line.target == "-")) ? ProgramSource::Stdin : ProgramSource::File;
  return line;
}

}  // namespace

std::string usage_text(const std::string& program) {
  return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
         "Options:\n"
         "-B     : don't write .pyc files on import\n"
         "-c cmd : program passed in as string (terminates option list)\n"
         "-E     : ignore PYTHON* environment variables\n"
         "-h     : print this help message and exit (also -? or --help)\n"
         "-i     : inspect interactively after running script\n"
         "-I     : isolate Krait from the user's environment (implies -E and -s)\n"
         "-m mod : run library module as a script (terminates option list)\n"
         "-O     : remove assert and __debug__-dependent statements\n"
         "-OO    : do -O changes and also discard docstrings\n"
         "-q     : don't print version and copyright messages on interactive startup\n"
         "-s     : don't add user site directory to sys.path\n"
         "-S     : don't imply 'import site' on initialization\n"
         "-u     : force the stdout and stderr streams to be unbuffered\n"
         "-v     : verbose (trace import statements)\n"
         "-V     : print the Krait version number and exit (also --version)\n"
         "-W arg : warning control\n"
         "-X opt : set implementation-specific option\n"
         "--check-hash-based-pycs always|default|never:\n"
         "         control how Krait invalidates hash-based .pyc files\n"
         "file   : program read from script file\n"
         "-      : program read from stdin (default; interactive mode if a tty)\n"
         "arg ...: arguments passed to program in sys.argv[1:]\n"
         "\n"
         "Stage views (Krait's own):\n"
         "--tokens [-e] [file]  print the tokens, as `python -m tokenize [-e]` does\n"
         "--ast [-a] [-m mode] [-i indent] [--no-type-comments] [file]\n"
         "                      print the syntax tree, as `python -m ast` does\n"
         "--symtable [file]     print the symbol tables, as tests/symtable_view.py does\n"
         "--dis [-c cmd | file | -]  print the bytecode of every code object\n";
}

CommandLine parse_command_line(int argc, char** argv) {
  CommandLine line;
  const std::string program = argc > 0 ? argv[0] : "krait";
  int index = 1;
  if (index < argc) {
    const std::string_view view = argv[index];
    if (view == "--tokens" || view == "--ast" || view == "--symtable") {
      line.action = view == "--ast" ? Action::Ast : view == "--tokens" ? Action::Tokens : Action::Symtable;
      return parse_view_options(line, argc, argv, index + 1, program);
    }
    // `--dis` then the program as python3 would take it (FILE, -c CMD, -).
    if (view == "--dis") {
      line.action = Action::Disassemble;
      ++index;
    }
  }
  for (; index < argc; ++index) {
    std::string_view arg = argv[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;  // a file name, or '-'
    if (arg == "--help") {
      line.action = Action::Help;
      return line;
    }
    if (arg == "--version") {
      line.action = Action::Version;
      return line;
    }
    if (arg == "--check-hash-based-pycs") {
      if (index + 1 >= argc) return usage_error(line, program, "Argument expected for the --check-hash-based-pycs options");
      line.check_hash_based_pycs = argv[++index];
      if (line.check_hash_based_pycs != "default" && line.check_hash_based_pycs != "always" &&
          line.check_hash_based_pycs != "never")
        return usage_error(line, program, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
      continue;
    }
    if (arg.substr(0, 2) == "--") return usage_error(line, program, "unknown option " + std::string(arg));
    // Single-letter options may be combined (-BOu); -c, -m, -X and -W take
    // the rest of the word or the next argument.
    for (std::size_t pos = 1; pos < arg.size(); ++pos) {
      const char option = arg[pos];
      auto take_value = [&](std::string& out) {
        if (pos + 1 < arg.size()) {
          out = std::string(arg.substr(pos + 1));
        } else if (index + 1 < argc) {
          out = argv[++index];
        } else {
          return false;
        }
        pos = arg.size();
        return true;
      };
      switch (option) {
        case 'c':
        case 'm': {
          if (!take_value(line.target))
            return usage_error(line, program, std::string("Argument expected for the -") + option + " option");
          line.source = option == 'c' ? ProgramSource::Command : ProgramSource::Module;
          line.argv.push_back(option == 'c' ? "-c" : "-m");
          for (++index; index < argc; ++index) line.argv.push_back(argv[index]);
          return line;
        }
        case 'X':
        case 'W': {
          std::string value;
          if (!take_value(value))
            return usage_error(line, program, std::string("Argument expected for the -") + option + " option");
          (option == 'X' ? line.x_options : line.warn_options).push_back(value);
          break;
        }
        case 'B': line.dont_write_bytecode = true; break;
        case 'O': ++line.optimize; break;
        case 'u': line.unbuffered = true; break;
        case 'v': ++line.verbose; break;
        case 'E': line.ignore_environment = true; break;
        case 'I': line.isolated = line.ignore_environment = line.no_user_site = true; break;
        case 's': line.no_user_site = true; break;
        case 'S': line.no_site = true; break;
        case 'q': line.quiet = true; break;
        case 'i': line.inspect = true; break;
        case 'b':
        case 'd':
        case 'x':
        case 'R': break;  // accepted for compatibility; no effect in Krait
        case 'h':
        case '?': line.action = Action::Help; return line;
        case 'V': line.action = Action::Version; return line;
        default:
          return usage_error(line, program, std::string("Unknown option: -") + option);
      }
    }
  }
  if (index < argc) {
    line.target = argv[index];
    line.source = line.target == "-" ? ProgramSource::Stdin : ProgramSource::File;
    for (; index < argc; ++index) line.argv.push_back(argv[index]);
  } else {
    line.argv.push_back("");
  }
  return line;
}

}  // namespace krait::cli
