// Parser stage (internal): the one C++ exception of the front end. Thrown by
// the parser and literal decoding at the point a SyntaxError is found, and
// caught only by parser::parse(), which returns it as a value.
#pragma once

#include <utility>

#include "support/syntax_error.h"

namespace krait::parser {

struct ParseError {
  SyntaxErrorInfo info;
};

}  // namespace krait::parser
