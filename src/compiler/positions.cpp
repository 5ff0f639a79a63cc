// Compiler stage: source positions of instructions.
#include "compiler/positions.h"

#include <algorithm>

namespace krait::compiler {

SourcePosition method_position(const ast::Located* whole, const ast::Attribute* method) {
  SourcePosition position = position_of(whole);
  if (position.line == method->end_lineno) return position;
  position.line = method->end_lineno;
  // CPython subtracts the name's length in characters from a byte offset.
  int length = 0;
  for (unsigned char byte : method->attr) length += (byte & 0xC0) != 0x80;
  if (length <= method->end_col_offset) {
    position.column = method->end_col_offset - length;
  } else {
    position.column = position.end_column = -1;
  }
  position.end_line = std::max(position.line, position.end_line);
  if (position.line == position.end_line) position.end_column = std::max(position.column, position.end_column);
  return position;
}

}  // namespace krait::compiler
