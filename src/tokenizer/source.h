// Tokenizer stage: turning a file's bytes into UTF-8 text (PEP 263 coding
// declarations, the UTF-8 BOM, PEP 3120's UTF-8 default).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "support/syntax_error.h"

namespace krait::tokenizer {

struct DecodedSource {
  std::string text;      // UTF-8
  std::string encoding;  // as tokenize.detect_encoding names it: "utf-8", "utf-8-sig", "iso-8859-1", ...
  std::optional<SyntaxErrorInfo> error;  // set when the bytes cannot be decoded
};

// The text has universal newlines applied ("\r\n" and "\r" become "\n"), as
// CPython reads source. `filename` appears in error messages.
DecodedSource decode_source(std::string_view bytes, std::string_view filename = "<unknown>");

}  // namespace krait::tokenizer
