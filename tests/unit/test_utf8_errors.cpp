// Unit tests for source that is not UTF-8: how Python's UTF-8 decoder
// delimits and words an invalid sequence (support/unicode.h), and where the
// two source origins report it (tokenizer/source.h, the lexer). Expected
// values are what CPython 3.11 gives (bytes.decode, ast.parse, running a file).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "support/unicode.h"
#include "tokenizer/lexer.h"
#include "tokenizer/source.h"

namespace krait {
namespace {

struct DecodeCase {
  std::string_view bytes;
  std::size_t start;
  std::size_t end;
  std::string_view message;  // str() of the UnicodeDecodeError
};

TEST(Utf8Error, DelimitsAndDescribesAsPythonsDecoder) {
  static constexpr DecodeCase cases[] = {
      {"b\xf6se", 1, 2, "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"},
      {"\x80", 0, 1, "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"},
      {"\xf8", 0, 1, "'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte"},
      // Overlong two-byte forms never start a sequence.
      {"\xc0\x80", 0, 1, "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
      // Overlong, surrogate and out-of-range forms fail at their second byte.
      {"\xe0\x80\x80", 0, 1, "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
      {"a\xed\xa0\x80", 1, 2, "'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte"},
      {"\xf0\x80\x80\x80", 0, 1, "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"},
      {"\xf4\x90\x80\x80", 0, 1, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
      {"\xc3x", 0, 1, "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"},
      // A broken sequence covers its well-formed prefix.
      {"\xf0\x9fx", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
      {"\xf0\x9f\x98x", 0, 3, "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"},
      // Cut short by the end of the input, it runs to that end.
      {"\xc3", 0, 1, "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
      {"\xe4\xb8", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
      {"\xe0\xa0", 0, 2, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
      {"\xf0\x9f\x98", 0, 3, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
      {"\xe4\xb8\xad\xe4", 3, 4, "'utf-8' codec can't decode byte 0xe4 in position 3: unexpected end of data"},
      // The extremes of the valid ranges pass.
      {"\xed\x9f\xbf\xf5", 3, 4, "'utf-8' codec can't decode byte 0xf5 in position 3: invalid start byte"},
      {"\xf4\x8f\xbf\xbf\xff", 4, 5, "'utf-8' codec can't decode byte 0xff in position 4: invalid start byte"},
  };
  for (const DecodeCase& c : cases) {
    SCOPED_TRACE(testing::PrintToString(std::string(c.bytes)));
    const auto error = unicode::find_utf8_error(c.bytes);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->start, c.start);
    EXPECT_EQ(error->end, c.end);
    EXPECT_EQ(unicode::describe_utf8_error(c.bytes, *error), c.message);
  }
}

TEST(Utf8Error, ValidTextHasNone) {
  for (std::string_view valid : {"", "ascii", "\xc3\xa9t\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf"}) {
    EXPECT_FALSE(unicode::find_utf8_error(valid));
    EXPECT_TRUE(unicode::is_valid_utf8(valid));
  }
  EXPECT_FALSE(unicode::is_valid_utf8("\xed\xa0\x80"));
}

TEST(Utf8Error, ReplacesAndCountsAsErrorsReplace) {
  // b'...'.decode('utf-8', 'replace'): one U+FFFD per invalid sequence.
  EXPECT_EQ(unicode::replace_invalid_utf8("b\xf6se"), "b\xef\xbf\xbdse");
  EXPECT_EQ(unicode::replace_invalid_utf8("a\xed\xa0\x80"), "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(unicode::replace_invalid_utf8("\xf0\x9f\x98x"), "\xef\xbf\xbdx");
  EXPECT_EQ(unicode::replace_invalid_utf8("\xe4\xb8\xad\xe4"), "\xe4\xb8\xad\xef\xbf\xbd");
  EXPECT_EQ(unicode::count_code_points("a\xed\xa0\x80"), 4u);
  EXPECT_EQ(unicode::count_code_points("\xf0\x9f\x98x"), 2u);
  EXPECT_EQ(unicode::count_code_points("\xe4\xb8\xad\xe4"), 2u);
  EXPECT_EQ(unicode::count_code_points("\xc3\xa9t\xc3\xa9"), 3u);
}

TEST(SourceOrigin, OnlyARunFileChecksUndeclaredUtf8UpFront) {
  using tokenizer::decode_source;
  using tokenizer::SourceOrigin;
  const std::string_view source = "x = 1\ny = '\xff'\n";
  EXPECT_TRUE(decode_source(source, "f.py", SourceOrigin::File).error);
  const auto bytes = decode_source(source, "f.py", SourceOrigin::Bytes);
  ASSERT_FALSE(bytes.error);
  EXPECT_EQ(bytes.text, source);
  // A declared UTF-8 encoding defers the check to the tokens for a file too.
  EXPECT_FALSE(decode_source("# coding: utf-8\ny = '\xff'\n", "f.py", SourceOrigin::File).error);
  EXPECT_FALSE(decode_source("\xEF\xBB\xBFy = '\xff'\n", "f.py", SourceOrigin::File).error);
}

SyntaxErrorInfo lexer_error(std::string_view source) {
  tokenizer::Lexer lexer(source, {});
  for (;;) {
    const tokenizer::Token token = lexer.next();
    if (token.kind == tokenizer::TokenKind::ERRORTOKEN) return *lexer.error();
    if (token.kind == tokenizer::TokenKind::ENDMARKER) return {};
  }
}

TEST(SourceOrigin, LexerDecodesNamesAndSkipsComments) {
  EXPECT_TRUE(lexer_error("x = 1  # \xf6 comment\n").message.empty());
  // ast.parse(b'x\xf6 = 1\n'): at the end of the name, with no end.
  SyntaxErrorInfo name = lexer_error("x\xf6 = 1\n");
  EXPECT_EQ(name.message, "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
  EXPECT_EQ(name.lineno, 1);
  EXPECT_EQ(name.offset, 2);
  EXPECT_EQ(name.end_offset, -1);
  EXPECT_EQ(name.text, "x\xef\xbf\xbd = 1\n");
  // ast.parse(b'x\xe4\xb8 = 1\n')
  EXPECT_EQ(lexer_error("x\xe4\xb8 = 1\n").message,
            "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
  // A tokenizer error counts columns in the line decoded with errors="replace":
  // ast.parse(b'"\xed\xa0\x80" 1_\n') puts "invalid decimal literal" at 8.
  SyntaxErrorInfo number = lexer_error("\"\xed\xa0\x80\" 1_\n");
  EXPECT_EQ(number.message, "invalid decimal literal");
  EXPECT_EQ(number.offset, 8);
  EXPECT_EQ(number.text, "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\" 1_");
}

}  // namespace
}  // namespace krait
