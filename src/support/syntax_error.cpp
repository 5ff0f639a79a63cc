// Support: printing a SyntaxError the way CPython's default exception display
// does (Python/pythonrun.c print_error_text): the location line, the source
// line without its indentation, and the caret line.
#include "support/syntax_error.h"

#include <algorithm>
#include <set>
#include <utility>

#include "support/unicode.h"

namespace krait {

std::string format_syntax_error(const SyntaxErrorInfo& error) {
  // Without a line (CPython's None: -1) the error shows as any exception does.
  if (error.lineno < 0) return error.type + (error.message.empty() ? "" : ": " + error.message) + "\n";
  std::string out = "  File \"" + error.filename + "\", line " + std::to_string(error.lineno) + "\n";
  // Only SyntaxError itself has its end position shown, not its subclasses
  // (pythonrun.c's parse_syntax_error).
  const bool ranged = error.type == "SyntaxError";
  if (!error.text.empty()) {
    std::string_view line = error.text;
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    std::size_t indent = line.find_first_not_of(" \t\f");
    if (indent == std::string_view::npos) indent = line.size();
    std::string_view shown = line.substr(indent);
    out += "    ";
    out += shown;
    out += '\n';
    const int stripped = static_cast<int>(unicode::count_code_points(line.substr(0, indent)));
    // CPython clips the offset to the line's size in bytes.
    const int shown_length = static_cast<int>(shown.size());
    int start = error.offset - stripped;
    if (error.offset > 0 && start >= 1) {
      start = std::min(start, shown_length + 1);
      // A range over several lines ends with the first; a range is at most
      // the line's size in bytes, its line end included (CPython compares
      // character offsets with it).
      const int size = static_cast<int>(line.size()) + 1;
      int end_offset = error.end_lineno > error.lineno ? size : error.end_offset;
      end_offset = std::min(end_offset, size + 1);
      int end = ranged && error.end_lineno >= error.lineno && end_offset > error.offset ? end_offset - stripped : start + 1;
      if (end <= start) end = start + 1;
      out += "    " + std::string(start - 1, ' ') + std::string(end - start, '^') + "\n";
    }
  }
  out += error.type;
  if (!error.message.empty()) out += ": " + error.message;
  out += '\n';
  return out;
}

std::string format_warnings(const std::vector<SyntaxErrorInfo>& warnings, const std::string& filename) {
  std::string out;
  std::set<std::pair<std::string, int>> shown;
  for (const SyntaxErrorInfo& warning : warnings) {
    if (warning.from_tokenizer && !shown.emplace(warning.message, warning.lineno).second) continue;
    // The default filters show SyntaxWarnings; a DeprecationWarning (an
    // invalid escape) only in __main__, which a file's warnings are not.
    if (warning.type == "DeprecationWarning") continue;
    out += filename + ":" + std::to_string(warning.lineno) + ": " + warning.type + ": " + warning.message + "\n";
    std::string_view line = warning.text;
    const char* space = " \t\n\r\f\v";
    std::size_t first = line.find_first_not_of(space);
    if (first == std::string_view::npos) continue;
    line = line.substr(first, line.find_last_not_of(space) - first + 1);
    out += "  ";
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace krait
