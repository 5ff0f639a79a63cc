// Unit tests: NUMBER values and STRING-run decoding (escapes, bytes,
// f-strings), with expected values taken from CPython 3.11.
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "parser/ast_dump.h"
#include "parser/literals.h"
#include "parser/parse_error.h"

namespace krait::parser {
namespace {

using ast::ConstantValue;

// Stands in for the parser: a replacement field's expression becomes a Name
// of its (identifier) text, placed by the lineno/col_offset contract of
// parse_fstring_expression; errors carry their message only.
class FakeExpressionParser final : public FStringExpressionParser {
 public:
  explicit FakeExpressionParser(Arena& arena) : arena_(arena) {}

  ast::Expr* parse_fstring_expression(std::string_view source, int lineno, int col_offset) override {
    sources.emplace_back(source);
    std::size_t line = 0;
    std::size_t line_start = 0;
    std::size_t start = 1;  // after the wrapping '('
    while (start < source.size() && std::isspace(static_cast<unsigned char>(source[start]))) {
      if (source[start] == '\n') {
        ++line;
        line_start = start + 1;
      }
      ++start;
    }
    std::size_t end = start;
    while (end < source.size() && (std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_')) ++end;
    auto* name = arena_.make<ast::Name>();
    name->id = source.substr(start, end - start);
    name->lineno = lineno + static_cast<int>(line);
    const int column = static_cast<int>(start - line_start);
    name->col_offset = line == 0 ? col_offset + column : column;
    name->end_lineno = name->lineno;
    name->end_col_offset = name->col_offset + static_cast<int>(end - start);
    return name;
  }

  [[noreturn]] void raise_string_error(std::string_view message, const tokenizer::Token* token, bool) override {
    ParseError error;
    error.info.message = message;
    error.info.lineno = token ? token->lineno : -1;
    throw error;
  }

  void warn_string(std::string message, const tokenizer::Token&) override { warnings.push_back(std::move(message)); }

  std::vector<std::string> sources;
  std::vector<std::string> warnings;

 private:
  Arena& arena_;
};

// Tokens for the given STRING texts, laid out on line 1 separated by spaces.
std::vector<tokenizer::Token> string_tokens(const std::vector<std::string_view>& texts) {
  std::vector<tokenizer::Token> tokens;
  int column = 0;
  for (std::string_view text : texts) {
    tokenizer::Token token;
    token.kind = tokenizer::TokenKind::STRING;
    token.text = text;
    token.lineno = token.end_lineno = 1;
    token.col_offset = column;
    token.end_col_offset = column + static_cast<int>(text.size());
    column = token.end_col_offset + 1;
    tokens.push_back(token);
  }
  return tokens;
}

struct Decoded {
  std::string dump;   // one-line ast.dump, or empty on error
  std::string error;  // the SyntaxError message, or empty
};

Decoded decode(const std::vector<std::string_view>& texts, bool include_attributes = false) {
  Arena arena;
  FakeExpressionParser parser(arena);
  const auto tokens = string_tokens(texts);
  try {
    ast::Expr* expression = string_expression(tokens.data(), tokens.size(), arena, parser);
    return {ast::dump(expression, {include_attributes, -1}), ""};
  } catch (const ParseError& error) {
    return {"", error.info.message};
  }
}

std::string value_of(std::string_view text) { return decode({text}).dump; }
std::string error_of(std::string_view text) { return decode({text}).error; }

TEST(NumberValue, Integers) {
  Arena arena;
  ConstantValue value = number_value("1_000", arena);
  EXPECT_EQ(value.tag, ConstantValue::Tag::Int);
  EXPECT_EQ(value.integer, 1000);
  EXPECT_EQ(number_value("0", arena).integer, 0);
  EXPECT_EQ(number_value("00", arena).integer, 0);
  EXPECT_EQ(number_value("0xff", arena).integer, 255);
  EXPECT_EQ(number_value("0XdEaD_bEeF", arena).integer, 0xDEADBEEF);
  EXPECT_EQ(number_value("0o777", arena).integer, 511);
  EXPECT_EQ(number_value("0b1010", arena).integer, 10);
  EXPECT_EQ(number_value("9223372036854775807", arena).integer, std::numeric_limits<std::int64_t>::max());
}

TEST(NumberValue, BigIntegers) {
  Arena arena;
  ConstantValue value = number_value("9223372036854775808", arena);
  EXPECT_EQ(value.tag, ConstantValue::Tag::BigInt);
  EXPECT_EQ(value.text, "9223372036854775808");
  EXPECT_EQ(number_value("0x8000000000000000", arena).text, "9223372036854775808");
  EXPECT_EQ(number_value("18_446_744_073_709_551_616", arena).text, "18446744073709551616");
  EXPECT_EQ(number_value("0xffff_ffff_ffff_ffff_ffff", arena).text, "1208925819614629174706175");
  EXPECT_EQ(number_value("0b" + std::string(70, '1'), arena).text, "1180591620717411303423");
}

TEST(NumberValue, Floats) {
  Arena arena;
  ConstantValue value = number_value("1.5", arena);
  EXPECT_EQ(value.tag, ConstantValue::Tag::Float);
  EXPECT_EQ(value.number, 1.5);
  EXPECT_EQ(number_value("1_000.000_5", arena).number, 1000.0005);
  EXPECT_EQ(number_value(".5", arena).number, 0.5);
  EXPECT_EQ(number_value("1.", arena).number, 1.0);
  EXPECT_EQ(number_value("1e3", arena).number, 1000.0);
  EXPECT_EQ(number_value("1E-3", arena).number, 0.001);
  EXPECT_EQ(number_value("0e0", arena).number, 0.0);
  EXPECT_EQ(number_value("2.2250738585072014e-308", arena).number, 2.2250738585072014e-308);
  EXPECT_EQ(number_value("1e400", arena).number, std::numeric_limits<double>::infinity());
  EXPECT_EQ(number_value("0.0001e-400", arena).number, 0.0);
  EXPECT_EQ(number_value("123456789e-400", arena).number, 0.0);
}

TEST(NumberValue, Imaginary) {
  Arena arena;
  ConstantValue value = number_value("10j", arena);
  EXPECT_EQ(value.tag, ConstantValue::Tag::Complex);
  EXPECT_EQ(value.number, 10.0);
  EXPECT_EQ(number_value("1.5J", arena).number, 1.5);
  EXPECT_EQ(number_value("1_0e1_0j", arena).number, 1e11);
  EXPECT_EQ(number_value("1e400j", arena).number, std::numeric_limits<double>::infinity());
  EXPECT_EQ(ast::constant_repr(number_value("1e100j", arena)), "1e+100j");
}

TEST(StringExpression, PlainStrings) {
  EXPECT_EQ(value_of("'abc'"), "Constant(value='abc')");
  EXPECT_EQ(value_of("''"), "Constant(value='')");
  EXPECT_EQ(value_of("'''a\nb'''"), "Constant(value='a\\nb')");
  EXPECT_EQ(value_of("u'a'"), "Constant(value='a', kind='u')");
  // CPython tests for a lower-case 'u' only.
  EXPECT_EQ(value_of("U'a'"), "Constant(value='a')");
  EXPECT_EQ(decode({"'a'", "u'b'"}).dump, "Constant(value='ab')");
  EXPECT_EQ(decode({"u'a'", "'b'"}).dump, "Constant(value='ab', kind='u')");
}

TEST(StringExpression, Escapes) {
  EXPECT_EQ(value_of(R"('\n\t\\\'\"\a\b\f\v\r')"), R"(Constant(value='\n\t\\\'"\x07\x08\x0c\x0b\r'))");
  EXPECT_EQ(value_of(R"('\0\01\012\123\777\8\9')"), R"(Constant(value='\x00\x01\nSǿ\\8\\9'))");
  EXPECT_EQ(value_of(R"('\x41\u0041\U00000041\u00e9\U0001F600')"), "Constant(value='AAAé😀')");
  EXPECT_EQ(value_of(R"('\ud800\udfff')"), R"(Constant(value='\ud800\udfff'))");
  EXPECT_EQ(value_of(R"('\N{DAGGER}\N{latin small letter a}\N{LATIN CAPITAL LETTER GHA}')"),
            "Constant(value='†aƢ')");
  EXPECT_EQ(value_of(R"('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}')"), "Constant(value='一가')");
  EXPECT_EQ(value_of(R"('\q\%\{')"), R"(Constant(value='\\q\\%\\{'))");
  EXPECT_EQ(value_of("'a\\\nb'"), "Constant(value='ab')");
  EXPECT_EQ(value_of("'é\\é'"), R"(Constant(value='é\\é'))");
  EXPECT_EQ(value_of(R"(r'\n\x')"), R"(Constant(value='\\n\\x'))");
}

TEST(StringExpression, EscapeErrors) {
  EXPECT_EQ(error_of(R"('a\x1')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape");
  // Positions count each non-ASCII character as CPython's 10-byte \U escape.
  EXPECT_EQ(error_of("'é\\xé'"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape");
  EXPECT_EQ(error_of(R"('\u12')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape");
  EXPECT_EQ(error_of(R"('\U0011ffff')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
  EXPECT_EQ(error_of(R"('\N{foo}')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
  EXPECT_EQ(error_of(R"('\N{cjk unified ideograph-4e00}')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name");
  EXPECT_EQ(error_of(R"('\N{}')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
  EXPECT_EQ(error_of(R"('\N{DAGGER')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: malformed \\N character escape");
}

// The first invalid escape of each literal (piece) warns.
std::vector<std::string> warnings_of(const std::vector<std::string_view>& texts) {
  Arena arena;
  FakeExpressionParser parser(arena);
  const auto tokens = string_tokens(texts);
  string_expression(tokens.data(), tokens.size(), arena, parser);
  return parser.warnings;
}

TEST(StringExpression, InvalidEscapeWarnings) {
  using Messages = std::vector<std::string>;
  EXPECT_EQ(warnings_of({R"('\d\w')"}), Messages{R"(invalid escape sequence '\d')"});
  EXPECT_EQ(warnings_of({R"(b'\q')"}), Messages{R"(invalid escape sequence '\q')"});
  EXPECT_EQ(warnings_of({R"('\777')"}), Messages{R"(invalid octal escape sequence '\777')"});
  EXPECT_EQ(warnings_of({R"('\377\n')"}), Messages{});
  EXPECT_EQ(warnings_of({R"(r'\d')", R"('\e')"}), Messages{R"(invalid escape sequence '\e')"});
  EXPECT_EQ(warnings_of({R"(f'\d{x}\s')"}),
            (Messages{R"(invalid escape sequence '\d')", R"(invalid escape sequence '\s')"}));
}

TEST(StringExpression, Bytes) {
  EXPECT_EQ(value_of("b'abc'"), "Constant(value=b'abc')");
  EXPECT_EQ(decode({"b'a'", R"(b'\x00\xff')"}).dump, R"(Constant(value=b'a\x00\xff'))");
  EXPECT_EQ(value_of(R"(b'\777\q\N')"), R"(Constant(value=b'\xff\\q\\N'))");
  EXPECT_EQ(value_of(R"(rb'\n')"), R"(Constant(value=b'\\n'))");
  EXPECT_EQ(error_of(R"(b'\x1')"), "(value error) invalid \\x escape at position 0");
  EXPECT_EQ(error_of("b'é'"), "bytes can only contain ASCII literal characters");
  EXPECT_EQ(decode({"b'a'", "'b'"}).error, "cannot mix bytes and nonbytes literals");
  EXPECT_EQ(decode({"f'{x}'", "b''"}).error, "cannot mix bytes and nonbytes literals");
}

TEST(StringExpression, FStrings) {
  EXPECT_EQ(decode({"f\"a{x!r:>{w}}c\"", "\"d\""}).dump,
            "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), "
            "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', "
            "ctx=Load()), conversion=-1)])), Constant(value='cd')])");
  EXPECT_EQ(decode({"u\"a\"", "f\"{b}\"", "\"c\""}).dump,
            "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='b', ctx=Load()), "
            "conversion=-1), Constant(value='c', kind='u')])");
  EXPECT_EQ(value_of("f'{x=}'"),
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])");
  EXPECT_EQ(value_of("f'{x = !s:>3}'"),
            "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), "
            "conversion=115, format_spec=JoinedStr(values=[Constant(value='>3')]))])");
  EXPECT_EQ(value_of("f'{x:}'"),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
            "format_spec=JoinedStr(values=[]))])");
  EXPECT_EQ(value_of("f'a{{b}}c'"), "JoinedStr(values=[Constant(value='a{b}c')])");
  EXPECT_EQ(decode({"f''", "''"}).dump, "JoinedStr(values=[])");
  EXPECT_EQ(value_of(R"(f'\N{DAGGER}{x}')"),
            "JoinedStr(values=[Constant(value='†'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])");
  EXPECT_EQ(value_of(R"(rf'\{x}')"),
            R"(JoinedStr(values=[Constant(value='\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))");
}

TEST(StringExpression, FStringExpressionSourceAndPositions) {
  Arena arena;
  FakeExpressionParser parser(arena);
  // x = (f"""\n  {a}""") with the string at line 1, column 5.
  tokenizer::Token token;
  token.kind = tokenizer::TokenKind::STRING;
  token.text = "f\"\"\"{ b}\n  {a}\n{\n c}\"\"\"";
  token.lineno = 1;
  token.col_offset = 5;
  token.end_lineno = 4;
  token.end_col_offset = 6;
  auto* joined = ast::as<ast::JoinedStr>(string_expression(&token, 1, arena, parser));
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(parser.sources, (std::vector<std::string>{"( b)", "(a)", "(\n c)"}));
  // Same line as the token: shifted by the token's column and the brace's.
  const auto* b = static_cast<ast::FormattedValue*>(joined->values[0])->value;
  EXPECT_EQ(b->lineno, 1);
  EXPECT_EQ(b->col_offset, 11);
  // A later line: the brace's column within that line only.
  const auto* a = static_cast<ast::FormattedValue*>(joined->values[2])->value;
  EXPECT_EQ(a->lineno, 2);
  EXPECT_EQ(a->col_offset, 3);
  // A newline right after the brace: no shift at all.
  const auto* c = static_cast<ast::FormattedValue*>(joined->values[4])->value;
  EXPECT_EQ(c->lineno, 4);
  EXPECT_EQ(c->col_offset, 1);
  // The JoinedStr and its parts carry the position of the whole run.
  EXPECT_EQ(joined->values[1]->col_offset, 5);
  EXPECT_EQ(joined->values[1]->end_lineno, 4);
}

TEST(StringExpression, FormatSpecIsPlacedAtItsToken) {
  EXPECT_EQ(decode({"f'{x:a{y}b}'", "'c'"}, true).dump,
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
            "end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', lineno=1, "
            "col_offset=0, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, "
            "col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=16), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], "
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=16), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], "
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
}

TEST(StringExpression, FStringErrors) {
  EXPECT_EQ(error_of("f'{}'"), "f-string: empty expression not allowed");
  EXPECT_EQ(error_of("f'{ \t}'"), "f-string: empty expression not allowed");
  EXPECT_EQ(error_of("f'{!r}'"), "f-string: expression required before '!'");
  EXPECT_EQ(error_of("f'{ :x}'"), "f-string: expression required before ':'");
  EXPECT_EQ(error_of("f'{=}'"), "f-string: expression required before '='");
  EXPECT_EQ(error_of("f'}'"), "f-string: single '}' is not allowed");
  EXPECT_EQ(error_of("f'{x'"), "f-string: expecting '}'");
  EXPECT_EQ(error_of("f'{x:'"), "f-string: expecting '}'");
  EXPECT_EQ(error_of("f'{x:{y}'"), "f-string: expecting '}'");
  EXPECT_EQ(error_of("f'{x!r x}'"), "f-string: expecting '}'");
  EXPECT_EQ(error_of("f'{x!z}'"), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(error_of("f'{x!}'"), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(error_of("f'{x#}'"), "f-string expression part cannot include '#'");
  EXPECT_EQ(error_of(R"(f'{x\n}')"), "f-string expression part cannot include a backslash");
  EXPECT_EQ(error_of("f'{)}'"), "f-string: unmatched ')'");
  EXPECT_EQ(error_of("f'{(}'"), "f-string: closing parenthesis '}' does not match opening parenthesis '('");
  EXPECT_EQ(error_of("f'{[x'"), "f-string: unmatched '['");
  EXPECT_EQ(error_of("f'{\"a}'"), "f-string: unterminated string");
  EXPECT_EQ(error_of("f'{x:{y:{z}}}'"), "f-string: expressions nested too deeply");
  EXPECT_EQ(error_of("f'{" + std::string(201, '(') + "}'"), "f-string: too many nested parenthesis");
  EXPECT_EQ(error_of(R"(f'\Nx{y}')"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
}

}  // namespace
}  // namespace krait::parser
