// Unit tests: the text of annotations under `from __future__ import
// annotations` (compiler/annotation_text), straight from parsed trees, and
// the future feature given to the compiler by CompileOptions, as compile()
// and exec() pass it. Expected texts are CPython 3.11's.
#include <gtest/gtest.h>

#include <string>

#include "compiler/annotation_text.h"
#include "compiler/code_object.h"
#include "compiler/compiler.h"
#include "objects/str_object.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"
#include "vm/vm.h"

namespace krait::compiler {
namespace {

class AnnotationTextTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;

  AnnotationTextTest() { vm::install(interpreter); }

  // The annotation text of the expression `source`.
  std::string text(const std::string& source) {
    Arena arena;
    parser::ParseOptions options;
    options.mode = parser::Mode::Eval;
    options.filename = "<annotation>";
    parser::ParseResult parsed = parser::parse(source, arena, options);
    EXPECT_FALSE(parsed.error) << (parsed.error ? parsed.error->message : "");
    if (!parsed.tree) return "<parse error>";
    const ast::Expr* body = static_cast<const ast::Expression*>(parsed.tree)->body;
    runtime::Ref result = annotation_text(interpreter, body);
    EXPECT_TRUE(result);
    return result ? std::string(runtime::str_utf8(result.get())) : "<error>";
  }
};

// Each source with the text CPython 3.11 stores for it.
struct Case {
  const char* source;
  const char* text;
};

constexpr Case cases[] = {
    // Parentheses where the precedence levels need them, and only there.
    {"(a + b) * c", "(a + b) * c"},
    {"a + (b * c)", "a + b * c"},
    {"(a ** b) ** c", "(a ** b) ** c"},
    {"a ** (b ** c)", "a ** b ** c"},
    {"-a ** -b", "-a ** (-b)"},
    {"not (a or b) and c", "not (a or b) and c"},
    {"(a if b else c) if d else e", "(a if b else c) if d else e"},
    {"(a, b)[0]", "(a, b)[0]"},
    {"x[(a, b)]", "x[a, b]"},
    {"x[()]", "x[()]"},
    // Constants and spacing.
    {"1 .real", "1 .real"},
    {"1.0.real", "1.0.real"},
    {"1e309 + 1e309j", "1e309 + 1e309j"},
    {"'it\\'s'", "\"it's\""},
    {"u'x'", "u'x'"},
    {"b'\\x00'", "b'\\x00'"},
    {"...", "..."},
    {"lambda *a, k=1, **kw: 0", "lambda*a, k=1, **kw: 0"},
    {"f(x for x in y)", "f(x for x in y)"},
    // f-strings.
    {"f'{x!r:>{w}} {{}}'", "f'{x!r:>{w}} {{}}'"},
    {"f'{ {1} }'", "f'{ {1}}'"},
    {"f\"{'a'}\"", "f\"{'a'}\""},
    {"f'{x=}'", "f'x={x!r}'"},
};

TEST_F(AnnotationTextTest, CPythonTexts) {
  for (const Case& c : cases) EXPECT_EQ(text(c.source), c.text) << c.source;
}

// CompileOptions::future_features, as compile() passes its flags: the
// annotations are strs and every code object carries CO_FUTURE_ANNOTATIONS.
TEST_F(AnnotationTextTest, FeatureFromOptions) {
  CompileOptions options;
  options.future_features = future_feature::annotations;
  CompileResult result = compile_source(interpreter, "def f(a: Undefined) -> 1 + 2: pass\n", "<string>",
                                        tokenizer::SourceOrigin::Text, options);
  ASSERT_FALSE(result.error) << result.error->message;
  const CodeObject* module = as_code(result.code.get());
  EXPECT_TRUE(module->flags & code_future_annotations);
  bool found = false;
  for (const runtime::Ref& constant : module->constants) {
    if (runtime::type_of(interpreter, constant.get()) != interpreter.str_type) continue;
    if (runtime::str_utf8(constant.get()) == "1 + 2") found = true;
  }
  EXPECT_TRUE(found);

  CompileResult plain = compile_source(interpreter, "x = 1\n", "<string>", tokenizer::SourceOrigin::Text, {});
  ASSERT_FALSE(plain.error);
  EXPECT_FALSE(as_code(plain.code.get())->flags & code_future_annotations);
}

}  // namespace
}  // namespace krait::compiler
