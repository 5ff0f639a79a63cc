// Support: a syntax error found by the tokenizer, parser or compiler, with the
// fields of CPython's SyntaxError so it can be printed the way CPython prints
// it. The front end reports errors as this value; it never throws past its
// public entry points.
#pragma once

#include <string>
#include <vector>

namespace krait {

struct SyntaxErrorInfo {
  // "SyntaxError", "IndentationError" or "TabError".
  std::string type = "SyntaxError";
  std::string message;
  std::string filename;
  // As CPython's SyntaxError attributes: 1-based line, 1-based character
  // (not byte) offsets; 0 where unknown (lineno -1: None, no location at
  // all). `text` is the offending source line.
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;
  // Raised by the tokenizer (or for a bracket never closed): CPython's
  // SyntaxError.text is then the line without its newline. A warning from
  // the tokenizer is shown once per line (format_warnings).
  bool from_tokenizer = false;
};

// The text CPython prints for an uncaught SyntaxError, from the `File` line
// down to `SyntaxError: message`.
std::string format_syntax_error(const SyntaxErrorInfo& error);

// What the warnings module prints for a compile-time warning (`file:line:
// SyntaxWarning: message` and the stripped source line): the tokenizer's
// (which the parser's passes may see twice) once per distinct (message,
// line), as the "default" action does; the compiler's each time.
std::string format_warnings(const std::vector<SyntaxErrorInfo>& warnings, const std::string& filename);

}  // namespace krait
