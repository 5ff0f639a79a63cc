// Tokenizer stage: source decoding (PEP 263 cookies, the UTF-8 BOM, PEP 3120's
// UTF-8 default, other encodings through iconv) and newline normalisation,
// plus the cookie and codec helpers of lexical.h.
#include "tokenizer/source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <iconv.h>

#include "support/unicode.h"
#include "tokenizer/lexical.h"

namespace krait::tokenizer {

namespace lexical {

namespace {

bool is_cookie_name_char(char c) { return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; }

// tokenize._get_normal_name: only the UTF-8 and Latin-1 families get
// canonical names; any other name is kept as written.
std::string normal_encoding_name(const std::string& name) {
  std::string head;
  for (std::size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    head += c == '_' ? '-' : static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  auto starts = [&](std::string_view p) { return std::string_view(head).substr(0, p.size()) == p; };
  if (head == "utf-8" || starts("utf-8-")) return "utf-8";
  if (head == "latin-1" || head == "iso-8859-1" || head == "iso-latin-1" || starts("latin-1-") || starts("iso-8859-1-") ||
      starts("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

iconv_t open_decoder(const std::string& encoding) {
  // Python spells codec names with '_' or '-' and no separator alike.
  std::string dashed = encoding, bare;
  for (char& c : dashed) c = c == '_' ? '-' : c;
  for (char c : dashed) bare += c == '-' ? "" : std::string(1, c);
  for (const std::string& name : {encoding, dashed, bare}) {
    iconv_t decoder = iconv_open("UTF-8", name.c_str());
    if (decoder != reinterpret_cast<iconv_t>(-1)) return decoder;
  }
  return reinterpret_cast<iconv_t>(-1);
}

}  // namespace

std::optional<std::string> find_coding_cookie(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  for (std::size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    std::size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    std::size_t begin = p;
    while (p < line.size() && is_cookie_name_char(line[p])) ++p;
    if (p > begin) return normal_encoding_name(std::string(line.substr(begin, p - begin)));
  }
  return std::nullopt;
}

bool is_blank_or_comment_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

bool is_known_encoding(const std::string& encoding) {
  iconv_t decoder = open_decoder(encoding);
  if (decoder == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(decoder);
  return true;
}

std::optional<std::string> decode_to_utf8(std::string_view bytes, const std::string& encoding,
                                          std::size_t& error_position) {
  iconv_t decoder = open_decoder(encoding);
  if (decoder == reinterpret_cast<iconv_t>(-1)) {
    error_position = 0;
    return std::nullopt;
  }
  std::string out(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  std::optional<std::string> result;
  if (iconv(decoder, &in, &in_left, &out_ptr, &out_left) == static_cast<std::size_t>(-1)) {
    error_position = bytes.size() - in_left;
  } else {
    out.resize(out.size() - out_left);
    result = std::move(out);
  }
  iconv_close(decoder);
  return result;
}

}  // namespace lexical

namespace {

// Line `index` (0-based) of `bytes`, newline included.
std::string_view nth_line(std::string_view bytes, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index && start < bytes.size(); ++i) {
    std::size_t newline = bytes.find('\n', start);
    start = newline == std::string_view::npos ? bytes.size() : newline + 1;
  }
  std::size_t newline = bytes.find('\n', start);
  return bytes.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline + 1 - start);
}

// CPython reads source with universal newlines: "\r\n" and a lone "\r" both
// end a line.
std::string normalise_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// A decoding error; a program being run has no line for it (CPython's
// None, shown as -1).
DecodedSource failure(std::string message, SourceOrigin origin = SourceOrigin::Bytes) {
  DecodedSource result;
  result.error.emplace();
  result.error->message = std::move(message);
  if (origin == SourceOrigin::File) result.error->lineno = -1;
  return result;
}

}  // namespace

DecodedSource decode_source(std::string_view bytes, std::string_view filename, SourceOrigin origin) {
  DecodedSource result;
  if (origin == SourceOrigin::Text) {
    result.text = normalise_newlines(bytes);
    result.encoding = "utf-8";
    return result;
  }
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);

  std::optional<std::string> cookie = lexical::find_coding_cookie(nth_line(bytes, 0));
  if (!cookie && lexical::is_blank_or_comment_line(nth_line(bytes, 0))) cookie = lexical::find_coding_cookie(nth_line(bytes, 1));

  if (cookie && *cookie != "utf-8") {
    if (bom) return failure("encoding problem: " + *cookie + " with BOM", origin);
    if (!lexical::is_known_encoding(*cookie)) return failure("encoding problem: " + *cookie, origin);
    std::size_t error_position = 0;
    std::optional<std::string> text = lexical::decode_to_utf8(bytes, *cookie, error_position);
    // A program being run reads its file through the codec, which fails as a whole.
    if (!text && origin == SourceOrigin::File) return failure("encoding problem: " + *cookie, origin);
    if (!text) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "%02x", error_position < bytes.size() ? static_cast<unsigned char>(bytes[error_position]) : 0u);
      return failure("(unicode error) '" + *cookie + "' codec can't decode byte 0x" + byte + " in position " +
                     std::to_string(error_position));
    }
    result.text = normalise_newlines(*text);
    result.encoding = *cookie;
    return result;
  }

  // Only undeclared UTF-8 from a file run as a program is checked up front
  // (compile() of bytes decodes each token when it needs it); the first
  // invalid sequence names its line, as CPython checks line by line.
  if (origin == SourceOrigin::File && !bom && !cookie) {
    if (const auto invalid = unicode::find_utf8_error(bytes)) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "%02x", static_cast<unsigned char>(bytes[invalid->start]));
      const auto lineno = std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(invalid->start), '\n') + 1;
      return failure(std::string("Non-UTF-8 code starting with '\\x") + byte + "' in file " + std::string(filename) +
                     " on line " + std::to_string(lineno) +
                     ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                     origin);
    }
  }
  result.text = normalise_newlines(bytes);
  result.encoding = bom ? "utf-8-sig" : "utf-8";
  return result;
}

}  // namespace krait::tokenizer
