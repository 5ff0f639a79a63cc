// Unit tests for the tokenizer stage: lexer tokens and errors, source
// decoding and the `--tokens` view.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tokenizer/lexer.h"
#include "tokenizer/source.h"
#include "tokenizer/tokenize_view.h"

namespace krait::tokenizer {
namespace {

std::vector<Token> lex(std::string_view source, bool type_comments = false) {
  LexerOptions options;
  options.type_comments = type_comments;
  // Tokens view `source`, so they outlive the lexer.
  Lexer lexer(source, options);
  std::vector<Token> tokens;
  for (;;) {
    tokens.push_back(lexer.next());
    if (tokens.back().kind == TokenKind::ENDMARKER || tokens.back().kind == TokenKind::ERRORTOKEN) break;
  }
  return tokens;
}

std::vector<TokenKind> kinds(std::string_view source) {
  std::vector<TokenKind> out;
  for (const Token& token : lex(source)) out.push_back(token.kind);
  return out;
}

SyntaxErrorInfo error_of(std::string_view source) {
  Lexer lexer(source, {});
  for (;;) {
    Token token = lexer.next();
    if (token.kind == TokenKind::ERRORTOKEN) return *lexer.error();
    if (token.kind == TokenKind::ENDMARKER) return {};
  }
}

using K = TokenKind;

TEST(Lexer, ExactOperatorKinds) {
  EXPECT_EQ(kinds("a **= b // c -> d := ...\n"),
            (std::vector<K>{K::NAME, K::DOUBLESTAREQUAL, K::NAME, K::DOUBLESLASH, K::NAME, K::RARROW, K::NAME,
                            K::COLONEQUAL, K::ELLIPSIS, K::NEWLINE, K::ENDMARKER}));
  EXPECT_EQ(kinds("a <> b\n")[1], K::NOTEQUAL);
  EXPECT_EQ(kinds("a ! b\n")[1], K::OP);
  EXPECT_EQ(kinds("x..y\n")[1], K::DOT);
}

TEST(Lexer, IndentDedentAndBlankLines) {
  EXPECT_EQ(kinds("if a:\n  # c\n\n  b\nc\n"),
            (std::vector<K>{K::NAME, K::NAME, K::COLON, K::NEWLINE, K::INDENT, K::NAME, K::NEWLINE, K::DEDENT, K::NAME,
                            K::NEWLINE, K::ENDMARKER}));
  EXPECT_EQ(kinds("if a:\n  b")[7], K::DEDENT);  // dedent at EOF, after the implicit NEWLINE
}

TEST(Lexer, NoNewlineInsideBrackets) {
  EXPECT_EQ(kinds("(a,\n b)\n"), (std::vector<K>{K::LPAR, K::NAME, K::COMMA, K::NAME, K::RPAR, K::NEWLINE, K::ENDMARKER}));
}

TEST(Lexer, PositionsAreBytesAndStringsSpanLines) {
  std::vector<Token> tokens = lex("é = '''a\nb'''\n");
  EXPECT_EQ(tokens[0].end_col_offset, 2);
  EXPECT_EQ(tokens[2].kind, K::STRING);
  EXPECT_EQ(tokens[2].text, "'''a\nb'''");
  EXPECT_EQ(tokens[2].lineno, 1);
  EXPECT_EQ(tokens[2].col_offset, 5);
  EXPECT_EQ(tokens[2].end_lineno, 2);
  EXPECT_EQ(tokens[2].end_col_offset, 4);
}

TEST(Lexer, ImplicitNewlineAtEof) {
  std::vector<Token> tokens = lex("x = 1");
  EXPECT_EQ(tokens[3].kind, K::NEWLINE);
  EXPECT_EQ(tokens[3].col_offset, 5);
  EXPECT_EQ(tokens[4].kind, K::ENDMARKER);
}

TEST(Lexer, StringPrefixes) {
  for (std::string_view source : {"rb'x'\n", "Rb'x'\n", "bR'x'\n", "f'x'\n", "Fr'x'\n", "u'x'\n"}) {
    EXPECT_EQ(lex(source)[0].kind, K::STRING) << source;
  }
  EXPECT_EQ(kinds("ur'x'\n")[0], K::NAME);
  EXPECT_EQ(kinds("async await\n")[0], K::ASYNC);
  EXPECT_EQ(kinds("async await\n")[1], K::AWAIT);
}

TEST(Lexer, NumberLiterals) {
  for (std::string_view source : {"0x_1f\n", "1_000.5e-3j\n", ".5\n", "5.\n", "0_0\n", "00\n", "09.5\n", "0o17\n", "1if x else y\n"}) {
    EXPECT_EQ(lex(source)[0].kind, K::NUMBER) << source;
  }
  EXPECT_EQ(lex("1if x else y\n")[0].text, "1");
}

TEST(Lexer, NumberErrors) {
  SyntaxErrorInfo error = error_of("x = 1abc\n");
  EXPECT_EQ(error.message, "invalid decimal literal");
  EXPECT_EQ(error.offset, 5);
  EXPECT_EQ(error.text, "x = 1abc");
  error = error_of("x = 012\n");
  EXPECT_EQ(error.message, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(error.offset, 5);
  EXPECT_EQ(error.end_offset, 6);
  EXPECT_EQ(error_of("x = 0o18\n").message, "invalid digit '8' in octal literal");
  EXPECT_EQ(error_of("x = 0b\n").message, "invalid binary literal");
  EXPECT_EQ(error_of("x = 0x\n").message, "invalid hexadecimal literal");
  EXPECT_EQ(error_of("x = 1j_\n").message, "invalid imaginary literal");
}

TEST(Lexer, StringErrors) {
  SyntaxErrorInfo error = error_of("x = '''abc\n\n");
  EXPECT_EQ(error.message, "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(error.lineno, 1);
  EXPECT_EQ(error.offset, 5);
  error = error_of("s = f'abc\n");
  EXPECT_EQ(error.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(error.text, "s = f'abc");
}

TEST(Lexer, CharacterErrors) {
  SyntaxErrorInfo error = error_of("ab€c = 1\n");
  EXPECT_EQ(error.message, "invalid character '€' (U+20AC)");
  EXPECT_EQ(error.offset, 3);
  EXPECT_EQ(error_of("x = a\u00a0b\n").message, "invalid non-printable character U+00A0");
  EXPECT_EQ(error_of("x = \x01\n").message, "invalid non-printable character U+0001");
  EXPECT_EQ(error_of(std::string_view("x = \0\n", 6)).message, "source code string cannot contain null bytes");
}

TEST(Lexer, BracketErrors) {
  SyntaxErrorInfo error = error_of("x = (\n");
  EXPECT_EQ(error.message, "'(' was never closed");
  EXPECT_EQ(error.offset, 5);
  EXPECT_EQ(error.end_offset, 0);
  EXPECT_EQ(error.text, "x = (\n");
  EXPECT_EQ(error_of("x = )\n").message, "unmatched ')'");
  EXPECT_EQ(error_of("x = {'a':\n 1]\n").message, "closing parenthesis ']' does not match opening parenthesis '{' on line 1");
  EXPECT_EQ(error_of(std::string(201, '(') + "\n").message, "too many nested parentheses");
}

TEST(Lexer, IndentationErrors) {
  SyntaxErrorInfo error = error_of("if x:\n  a\n b\n");
  EXPECT_EQ(error.type, "IndentationError");
  EXPECT_EQ(error.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(error.offset, 3);
  EXPECT_EQ(error.end_offset, -1);
  EXPECT_EQ(error.text, " b\n");
  error = error_of("if x:\n\ta\n        b\n");
  EXPECT_EQ(error.type, "TabError");
  EXPECT_EQ(error.offset, 1);
  EXPECT_EQ(error.end_offset, 0);
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(i, ' ') + "if 1:\n";
  EXPECT_EQ(error_of(deep).message, "too many levels of indentation");
}

TEST(Lexer, ContinuationErrors) {
  SyntaxErrorInfo error = error_of("x = \\ y\n");
  EXPECT_EQ(error.message, "unexpected character after line continuation character");
  EXPECT_EQ(error.offset, 6);
  error = error_of("x = 1 \\");
  EXPECT_EQ(error.message, "unexpected EOF while parsing");
  EXPECT_EQ(error.offset, 8);
  EXPECT_EQ(error.text, "x = 1 \\\n");
}

TEST(Lexer, TypeComments) {
  std::vector<Token> tokens = lex("x = 1  # type: int\ny = 2  # type: ignore[misc]\n", true);
  EXPECT_EQ(tokens[3].kind, K::TYPE_COMMENT);
  EXPECT_EQ(tokens[3].text, "int");
  EXPECT_EQ(tokens[8].kind, K::TYPE_IGNORE);
  EXPECT_EQ(tokens[8].text, "[misc]");
  EXPECT_EQ(lex("x = 1  # type: ignored\n", true)[3].kind, K::TYPE_COMMENT);
  EXPECT_EQ(kinds("x = 1  # type: int\n")[3], K::NEWLINE);
}

TEST(Lexer, LineText) {
  Lexer lexer("a\nbc\n\nd", {});
  EXPECT_EQ(lexer.line_text(2), "bc");
  EXPECT_EQ(lexer.line_text(3), "");
  EXPECT_EQ(lexer.line_text(4), "d");
}

TEST(Source, DecodesCookiesBomAndNewlines) {
  DecodedSource latin = decode_source("# coding: latin-1\r\ns = '\xe9'\r\n");
  ASSERT_FALSE(latin.error);
  EXPECT_EQ(latin.encoding, "iso-8859-1");
  EXPECT_EQ(latin.text, "# coding: latin-1\ns = '\xc3\xa9'\n");
  DecodedSource bom = decode_source("\xEF\xBB\xBFx = 1\r");
  EXPECT_EQ(bom.encoding, "utf-8-sig");
  EXPECT_EQ(bom.text, "x = 1\n");
  DecodedSource bad = decode_source("x = 1\ny = '\xff'\n", "f.py");
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->message,
            "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(decode_source("\xEF\xBB\xBF# coding: latin-1\n").error->message, "encoding problem: iso-8859-1 with BOM");
}

TEST(TokenizeView, MatchesTokenizePy) {
  TokenizeViewOutput view = tokenize_view("x = $\n", "f.py", false, true);
  EXPECT_EQ(view.out,
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'x'            \n"
            "1,2-1,3:            EQUAL          '='            \n"
            "1,3-1,4:            ERRORTOKEN     ' '            \n"
            "1,4-1,5:            ERRORTOKEN     '$'            \n"
            "1,5-1,6:            NEWLINE        '\\n'           \n"
            "2,0-2,0:            ENDMARKER      ''             \n");
  TokenizeViewOutput error = tokenize_view("x = (\n", "<stdin>", true, false);
  EXPECT_EQ(error.err, "<stdin>:2:0: error: EOF in multi-line statement\n");
  EXPECT_EQ(error.exit_code, 1);
}

}  // namespace
}  // namespace krait::tokenizer
