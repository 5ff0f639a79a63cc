// Fuzz target (libFuzzer): the whole front end on arbitrary bytes. Every
// input must end in a tree or a SyntaxError: no crash, hang or sanitizer
// report. The first byte picks the parse mode and type-comment flag; the
// `--tokens` view and the AST dump run too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "tokenizer/tokenize_view.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  std::string_view source(reinterpret_cast<const char*>(data + 1), size - 1);

  krait::Arena arena;
  krait::parser::ParseOptions options;
  static constexpr krait::parser::Mode modes[] = {krait::parser::Mode::Exec, krait::parser::Mode::Eval,
                                                  krait::parser::Mode::Single, krait::parser::Mode::FuncType};
  options.mode = modes[selector & 3];
  options.type_comments = (selector & 4) != 0;
  options.ast_depth_check = (selector & 64) != 0;
  auto result = krait::parser::parse(source, arena, options);
  if (result.tree) {
    krait::ast::DumpOptions dump_options;
    dump_options.include_attributes = (selector & 8) != 0;
    (void)krait::ast::dump(result.tree, dump_options);
  }
  if (selector & 16) (void)krait::tokenizer::tokenize_view(source, "<fuzz>", (selector & 32) != 0, false);
  return 0;
}
