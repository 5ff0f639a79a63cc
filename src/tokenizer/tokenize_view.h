// Tokenizer stage: `krait --tokens`, which prints exactly what CPython 3.11's
// `python -m tokenize [-e]` prints: its token names, positions (in
// characters), reprs, ENCODING/COMMENT/NL tokens and its error lines.
#pragma once

#include <string>
#include <string_view>

namespace krait::tokenizer {

struct TokenizeViewOutput {
  std::string out;  // what tokenize.py writes to stdout
  std::string err;  // what it writes to stderr
  int exit_code = 0;
};

// `filename` is printed in error lines; `from_stdin` selects tokenize.py's
// stdin behaviour (no ENCODING token, "<stdin>" as the name). `exact` is -e.
TokenizeViewOutput tokenize_view(std::string_view source_bytes, std::string_view filename,
                                 bool from_stdin, bool exact);

}  // namespace krait::tokenizer
