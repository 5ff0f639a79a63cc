// CLI: the `krait` executable. Parses the command line and hands the program
// to the pipeline; `--tokens` and `--ast` stop after the first stages and
// print them.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "cli/command_line.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "support/syntax_error.h"
#include "tokenizer/tokenize_view.h"

namespace krait::cli {
namespace {

constexpr const char* version_text = "Krait " KRAIT_VERSION " (Python 3.11)";

// The OSError text CPython shows for a file that cannot be read.
std::string os_error_text(int error_number, const std::string& filename) {
  return "[Errno " + std::to_string(error_number) + "] " + std::strerror(error_number) + ": '" + filename + "'";
}

std::optional<std::string> read_file(const std::string& filename, int& error_number) {
  std::ifstream in(filename, std::ios::binary);
  if (!in) {
    error_number = errno ? errno : ENOENT;
    return std::nullopt;
  }
  if (std::filesystem::is_directory(filename)) {
    error_number = EISDIR;
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

int print_syntax_error(SyntaxErrorInfo error, const std::string& filename) {
  if (error.filename.empty()) error.filename = filename;
  std::fputs(format_syntax_error(error).c_str(), stderr);
  return 1;
}

int show_tokens(const CommandLine& line) {
  const bool from_stdin = line.source == ProgramSource::Stdin;
  std::string source;
  if (from_stdin) {
    source = read_stdin();
  } else {
    int error_number = 0;
    auto content = read_file(line.target, error_number);
    if (!content) {
      std::fprintf(stderr, "error: %s\n", os_error_text(error_number, line.target).c_str());
      return 1;
    }
    source = std::move(*content);
  }
  auto result = tokenizer::tokenize_view(source, from_stdin ? "<stdin>" : line.target, from_stdin, line.exact_tokens);
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
  std::string source;
  std::string filename = "<stdin>";
  if (line.source == ProgramSource::Stdin) {
    source = read_stdin();
  } else {
    int error_number = 0;
    auto content = read_file(line.target, error_number);
    if (!content) {
      std::fprintf(stderr, "usage: krait --ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]\n"
                           "krait: error: argument infile: can't open '%s': %s\n",
                   line.target.c_str(), os_error_text(error_number, line.target).c_str());
      return 2;
    }
    source = std::move(*content);
    filename = line.target;
  }
  Arena arena;
  parser::ParseOptions options;
  options.mode = parse_mode(line.ast_mode);
  options.type_comments = line.ast_type_comments;
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

int run_program(const CommandLine& line) {
  std::string source;
  std::string filename;
  switch (line.source) {
    case ProgramSource::Command:
      source = line.target;
      filename = "<string>";
      break;
    case ProgramSource::Stdin:
      source = read_stdin();
      filename = "<stdin>";
      break;
    case ProgramSource::File: {
      int error_number = 0;
      auto content = read_file(line.target, error_number);
      if (!content) {
        std::error_code ignored;
        std::string absolute = std::filesystem::absolute(line.target, ignored).string();
        std::fprintf(stderr, "krait: can't open file %s: [Errno %d] %s\n", ("'" + absolute + "'").c_str(),
                     error_number, std::strerror(error_number));
        return 2;
      }
      source = std::move(*content);
      filename = line.target;
      break;
    }
    case ProgramSource::Module:
      std::fprintf(stderr, "krait: -m %s: modules cannot be run yet (the import system is not implemented)\n",
                   line.target.c_str());
      return 1;
  }
  Arena arena;
  parser::ParseOptions options;
  options.filename = filename;
  auto result = parser::parse(source, arena, options);
  std::fputs(format_warnings(result.warnings, filename).c_str(), stderr);
  if (result.error) return print_syntax_error(*result.error, filename);
  // Stages 3 and 4 (compiler and virtual machine) do not exist yet.
  std::fprintf(stderr, "krait: %s parsed without errors; executing programs is not implemented yet\n",
               filename.c_str());
  return 0;
}

}  // namespace
}  // namespace krait::cli

int main(int argc, char** argv) {
  using namespace krait::cli;
  CommandLine line = parse_command_line(argc, argv);
  switch (line.action) {
    case Action::UsageError:
      std::fputs(line.error.c_str(), stderr);
      return 2;
    case Action::Help:
      std::fputs(usage_text(argc > 0 ? argv[0] : "krait").c_str(), stdout);
      return 0;
    case Action::Version:
      std::puts(version_text);
      return 0;
    case Action::Tokens:
      return show_tokens(line);
    case Action::Ast:
      return show_ast(line);
    case Action::Run:
      return run_program(line);
  }
  return 0;
}
