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

// Where source bytes come from: CPython checks UTF-8 source without a
// declared encoding (no cookie, no BOM) differently for each.
enum class SourceOrigin {
  // A file or stdin run as a program: the tokenizer rejects a line that is
  // not UTF-8 as it reads it ("Non-UTF-8 code starting with '\xf6' in file
  // ...", Parser/tokenizer.c's ensure_utf8).
  File,
  // Bytes given to compile() or ast.parse(), as `python -m ast` does: nothing
  // is checked up front; comments may hold any bytes, and a name or string
  // that is not UTF-8 fails when it is decoded ("(unicode error) 'utf-8'
  // codec can't decode ...", reported by the lexer and the literal code).
  Bytes,
  // A str given to compile(), exec() or eval(): text already (its UTF-8), so
  // a coding cookie or a BOM is not read as such (CPython's
  // PyCF_IGNORE_COOKIE).
  Text,
};

// The text has universal newlines applied ("\r\n" and "\r" become "\n"), as
// CPython reads source. `filename` appears in error messages.
DecodedSource decode_source(std::string_view bytes, std::string_view filename = "<unknown>",
                            SourceOrigin origin = SourceOrigin::File);

}  // namespace krait::tokenizer
